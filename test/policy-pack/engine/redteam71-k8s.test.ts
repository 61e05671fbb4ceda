// Red-team round 71 on the Kubernetes/EKS API level (fresh eyes), beside round 71's fixes (kubernetes.ts readKubernetes:
// a kube-system ConfigMap whose name is unknown during the preview read as possibly aws-auth / Argo CD config;
// podSecurityConfined judged per cluster of the granting object).
// Probed (insecure): nodes/proxy get and the `*/proxy` wildcard; pods/ephemeralcontainers; serviceaccounts/token and
// serviceaccounts impersonation of containment-chamber (pod-identity); bind by resourceName cluster-admin; escalate;
// impersonating system:masters; aggregation into view and a custom aggregationRule adding pods/exec; CSR approval for
// kube-apiserver-client; hostPath and local PersistentVolumes pre-bound to a claim in a restricted namespace (Pod
// Security admits persistentVolumeClaim volumes) and PV creation; relabelling a restricted Namespace privileged by a
// Kyverno mutate rule, a MutatingAdmissionPolicy, an Argo CD Application's managedNamespaceMetadata, a NamespacePatch
// through a second provider on the same cluster; a restricted Namespace only rendered (renderYamlToDirectory) or only
// on another context; CRDs whose controllers run pods (Argo Workflows, Tekton, Spark operator, Flux Kustomization);
// a MutatingAdmissionPolicy rewriting validators' images; aws-auth neighbours (literal name with an unknown
// namespace, unknown name with only mapRoles unknown, unknown name mapping to a group bound to cluster-admin, an
// unknown-named ConfigMapPatch through a second server-side-apply provider placing it in kube-system, a yaml/v2
// ConfigGroup rendering aws-auth and one whose yaml is unknown).
// Probed (secure): nodes/metrics and nodes/stats reads; an EFS CSI PV for team-a; a CRD read aggregated into view;
// unknown-named ConfigMaps without mapRoles/mapUsers or outside kube-system; aws-auth-backup; enforce-version pinned;
// a ValidatingAdmissionPolicy; bind of edit inside restricted team-a; impersonation and token minting of team-a's own
// ServiceAccount; pods/log reads in validators (pod-identity); two providers with equal cluster inputs; a Kyverno
// validate-only policy; and two cases first written as insecure that the pack rightly accepts: `nodes/*` (RBAC has
// no resource/* wildcard) and `impersonate users system:serviceaccount:...` (asked as serviceaccounts, never users).
//
// Misses: none (0 insecure, 0 secure). Everything above held.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN } from "../support";
import { describeVariants, resourceLike, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const SA = "kubernetes:core/v1:ServiceAccount";
const CM = "kubernetes:core/v1:ConfigMap";
const NS = "kubernetes:core/v1:Namespace";
const TEAM = [{ kind: "Group", apiGroup: RBAC, name: "team-a" }];

type R = Parameters<StackCase["edit"]>[0];

/** platform-ops in the Kubernetes group team-a on the stack's cluster (an EKS access entry). */
const teamEntry = (r: R) =>
    aws(r, ENTRY, "ops-team-a", {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
        kubernetesGroups: ["team-a"],
    });

/** A Kubernetes object through a second provider resource (its own URN) with these provider inputs. */
const viaOther =
    (suffix: string, inputs: Record<string, unknown>) =>
    (r: R, type: string, name: string, objInputs: Record<string, unknown>) => {
        const like = r.find(x => x.type === SA);
        if (!like) throw new Error("no ServiceAccount in the fixture");
        const res = resourceLike(like, type, name, objInputs);
        const p = res.provider!;
        res.provider = {
            ...p,
            urn: p.urn.replace(/::[^:]+$/, `::${suffix}`),
            name: suffix,
            inputs: { ...p.inputs, ...inputs },
        };
        r.push(res as AnalyzerResourceInput);
        return res;
    };

const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }];

const RESTRICTED = {
    runAsNonRoot: true,
    runAsUser: 1000,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

const container = (extra: Record<string, unknown> = {}) => ({
    name: "main",
    image: "public.ecr.aws/aws-cli/aws-cli:2.17.0",
    securityContext: RESTRICTED,
    ...extra,
});

/** team-a restricted, creating pods in team-a, platform-ops in team-a. */
const teamPods = (r: R) => {
    namespace(r, "team-a");
    roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
    teamEntry(r);
};

/** A ClusterRole with these rules bound cluster-wide to team-a. */
const clusterGrant = (r: R, name: string, rules: object[]) => {
    roleFor(r, name, rules, TEAM);
    teamEntry(r);
};

/** A Role in validators with these rules bound to team-a. */
const validatorsGrant = (r: R, name: string, rules: object[]) => {
    roleFor(r, name, rules, TEAM, "validators");
    teamEntry(r);
};

const awsAuthData = (arn: string, group: string) => ({
    mapRoles: `- rolearn: ${arn}\n  username: ops\n  groups:\n    - ${group}\n`,
});

/** A cluster-scoped PersistentVolume pre-bound to team-a/data, with this volume source, and its claim. */
const boundVolume = (r: R, name: string, source: Record<string, unknown>) => {
    k8s(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "10Gi" },
            accessModes: ["ReadWriteOnce"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "",
            claimRef: { namespace: "team-a", name: "data" },
            ...source,
        },
    });
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: "data", namespace: "team-a" },
        spec: {
            accessModes: ["ReadWriteOnce"],
            storageClassName: "",
            volumeName: name,
            resources: { requests: { storage: "10Gi" } },
        },
    });
};

const insecure: StackCase[] = [
    // ---- RBAC ----
    {
        name: "team-a may get nodes/proxy (kubelet exec over a websocket GET)",
        stack: "prod",
        edit: r => clusterGrant(r, "node-proxy-get", [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }]),
        refused: /nodes\/proxy/,
    },
    // RBAC's `*/subresource` form (kubernetes pkg/apis/rbac/v1 evaluation_helpers.go ResourceMatches: `*`, the exact
    // `resource/subresource`, or `*/<subresource>`) reaches nodes/proxy of every resource.
    {
        name: "team-a may get */proxy (pod-identity stack)",
        stack: "pod-identity",
        edit: r => clusterGrant(r, "any-proxy-get", [{ apiGroups: [""], resources: ["*/proxy"], verbs: ["get"] }]),
        refused: /proxy/,
    },
    {
        name: "team-a may patch pods/ephemeralcontainers in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "ephemeral", [
                { apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch", "update"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
            ]),
    },
    {
        name: "team-a may create serviceaccounts/token of containment-chamber (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            validatorsGrant(r, "mint", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["containment-chamber"],
                },
            ]),
    },
    {
        name: "team-a may bind cluster-admin in validators (bind verb by resourceName, create rolebindings)",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "binder", [
                { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["cluster-admin"] },
            ]),
    },
    {
        name: "team-a may escalate and update Roles in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "escalator", [
                { apiGroups: [RBAC], resources: ["roles"], verbs: ["escalate", "update", "patch", "get"] },
            ]),
    },
    {
        name: "team-a may impersonate the ServiceAccount containment-chamber in validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            validatorsGrant(r, "imp-sa", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts"],
                    verbs: ["impersonate"],
                    resourceNames: ["containment-chamber"],
                },
            ]),
        refused: /impersonat|containment-chamber/,
    },
    {
        name: "team-a may impersonate the group system:masters",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "imp-masters", [
                { apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: ["system:masters"] },
                { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["ops"] },
            ]),
    },
    {
        name: "a ClusterRole aggregated to view adding pods/exec, view bound in validators to team-a",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "agg-exec", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "agg-exec", labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
                rules: [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
            });
            bind(r, "team-a-view", { kind: "ClusterRole", name: "view" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    {
        name: "a custom aggregationRule ClusterRole selecting a labelled ClusterRole with pods/exec, bound in validators",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "team-agg", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "team-agg" },
                aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "example.com/team": "a" } }] },
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "team-agg-part", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "team-agg-exec", labels: { "example.com/team": "a" } },
                rules: [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
            });
            bind(r, "team-agg", { kind: "ClusterRole", name: "team-agg" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    {
        name: "team-a may create and approve CSRs for kubernetes.io/kube-apiserver-client",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "csr", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["create", "get"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests/approval"],
                    verbs: ["update"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["signers"],
                    verbs: ["approve"],
                    resourceNames: ["kubernetes.io/kube-apiserver-client"],
                },
            ]),
    },
    // ---- PersistentVolumes: Pod Security restricted admits persistentVolumeClaim volumes ----
    {
        name: "a hostPath PersistentVolume pre-bound to team-a's claim, team-a restricted and creating pods",
        stack: "prod",
        edit: r => {
            teamPods(r);
            boundVolume(r, "host-root", { hostPath: { path: "/", type: "Directory" } });
        },
    },
    {
        name: "a local PersistentVolume of /var/lib/kubelet pre-bound to team-a's claim, team-a restricted and creating pods",
        stack: "prod",
        edit: r => {
            teamPods(r);
            boundVolume(r, "kubelet-dir", {
                local: { path: "/var/lib/kubelet" },
                nodeAffinity: {
                    required: {
                        nodeSelectorTerms: [
                            { matchExpressions: [{ key: "kubernetes.io/os", operator: "In", values: ["linux"] }] },
                        ],
                    },
                },
            });
        },
    },
    {
        name: "team-a may create PersistentVolumes cluster-wide, restricted and creating pods in team-a",
        stack: "prod",
        edit: r => {
            teamPods(r);
            roleFor(
                r,
                "pv-maker",
                [{ apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create", "get"] }],
                TEAM,
            );
        },
    },
    // ---- Pod Security: relabelling by other means, per cluster ----
    {
        name: "a Kyverno ClusterPolicy mutating Namespace team-a to enforce privileged, team-a creating pods",
        stack: "prod",
        edit: r => {
            teamPods(r);
            k8s(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "relabel", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "relabel" },
                spec: {
                    rules: [
                        {
                            name: "privileged",
                            match: { any: [{ resources: { kinds: ["Namespace"], names: ["team-a"] } }] },
                            mutate: {
                                patchStrategicMerge: {
                                    metadata: { labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
                                },
                            },
                        },
                    ],
                },
            });
        },
    },
    {
        name: "a MutatingAdmissionPolicy relabelling Namespaces privileged, team-a restricted and creating pods",
        stack: "prod",
        edit: r => {
            teamPods(r);
            k8s(r, `kubernetes:${ADM}/v1beta1:MutatingAdmissionPolicy`, "ns-relabel", {
                apiVersion: `${ADM}/v1beta1`,
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "ns-relabel" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["namespaces"],
                            },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression:
                                    'Object{metadata: Object.metadata{labels: {"pod-security.kubernetes.io/enforce": "privileged"}}}',
                            },
                        },
                    ],
                },
            });
            k8s(r, `kubernetes:${ADM}/v1beta1:MutatingAdmissionPolicyBinding`, "ns-relabel-binding", {
                apiVersion: `${ADM}/v1beta1`,
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "ns-relabel" },
                spec: { policyName: "ns-relabel" },
            });
        },
    },
    {
        name: "a MutatingAdmissionPolicy rewriting validators' pod images",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${ADM}/v1beta1:MutatingAdmissionPolicy`, "img", {
                apiVersion: `${ADM}/v1beta1`,
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "img" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    mutations: [
                        {
                            patchType: "JSONPatch",
                            jsonPatch: {
                                expression:
                                    '[JSONPatch{op: "replace", path: "/spec/containers/0/image", value: "ghcr.io/team-a/tool:1"}]',
                            },
                        },
                    ],
                },
            });
            k8s(r, `kubernetes:${ADM}/v1beta1:MutatingAdmissionPolicyBinding`, "img-binding", {
                apiVersion: `${ADM}/v1beta1`,
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "img" },
                spec: {
                    policyName: "img",
                    matchResources: {
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                    },
                },
            });
        },
    },
    {
        name: "an Argo CD Application with managedNamespaceMetadata privileged on team-a, team-a restricted and creating pods",
        stack: "prod",
        edit: r => {
            teamPods(r);
            k8s(r, "kubernetes:argoproj.io/v1alpha1:Application", "team-a-app", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "Application",
                metadata: { name: "team-a", namespace: "argocd" },
                spec: {
                    project: "default",
                    source: { repoURL: "https://github.com/example/team-a", path: "deploy", targetRevision: "main" },
                    destination: { server: "https://kubernetes.default.svc", namespace: "team-a" },
                    syncPolicy: {
                        automated: {},
                        syncOptions: ["CreateNamespace=true"],
                        managedNamespaceMetadata: { labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
                    },
                },
            });
        },
    },
    {
        name: "team-a's restricted Namespace only through a renderYamlToDirectory provider, pod creation applied",
        stack: "prod",
        edit: r => {
            viaOther("render", { renderYamlToDirectory: "rendered" })(r, NS, "team-a-ns-rendered", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            });
            roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
        },
        refused: /team-a/,
    },
    {
        name: "team-a restricted by its Namespace and set privileged by a NamespacePatch on the same cluster (other provider)",
        stack: "prod",
        edit: r => {
            teamPods(r);
            viaOther("ssa", { enableServerSideApply: true })(r, "kubernetes:core/v1:NamespacePatch", "team-a-relabel", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
            });
        },
    },
    {
        name: "team-a restricted only on another context, pod creation on the stack's cluster",
        stack: "prod",
        edit: r => {
            viaOther("staging", { context: "staging-validators" })(r, NS, "team-a-ns-staging", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            });
            roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
        },
    },
    // ---- CRDs whose controllers run pods ----
    {
        name: "team-a may create Argo Workflows in validators (pods as containment-chamber)",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "wf", [
                { apiGroups: ["argoproj.io"], resources: ["workflows"], verbs: ["create", "get"] },
            ]),
    },
    {
        name: "team-a may create Tekton TaskRuns in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "tekton", [{ apiGroups: ["tekton.dev"], resources: ["taskruns"], verbs: ["create"] }]),
    },
    {
        name: "team-a may create SparkApplications in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "spark", [
                { apiGroups: ["sparkoperator.k8s.io"], resources: ["sparkapplications"], verbs: ["create"] },
            ]),
    },
    {
        name: "team-a may create Flux Kustomizations in team-a (kustomize-controller applies as cluster-admin)",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            roleFor(
                r,
                "flux",
                [{ apiGroups: ["kustomize.toolkit.fluxcd.io"], resources: ["kustomizations"], verbs: ["create"] }],
                TEAM,
                "team-a",
            );
            teamEntry(r);
        },
    },
    {
        name: "a stack Argo Workflow in validators running as containment-chamber",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:argoproj.io/v1alpha1:Workflow", "wf-signer", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "Workflow",
                metadata: { name: "wf-signer", namespace: "validators" },
                spec: {
                    entrypoint: "main",
                    serviceAccountName: "containment-chamber",
                    templates: [
                        {
                            name: "main",
                            container: container({ command: ["sh", "-c", "aws sts get-caller-identity"] }),
                        },
                    ],
                },
            }),
    },
    // ---- aws-auth neighbours ----
    {
        name: "aws-auth named literally with metadata.namespace unknown during the preview",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "aws-auth-ns-unknown", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth", namespace: UNKNOWN },
                data: awsAuthData(OPS_ROLE, "system:masters"),
            }),
        refused: /aws-auth|platform-ops/,
    },
    {
        name: "a kube-system ConfigMap of an unknown name whose mapRoles alone is unknown",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-maproles", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "kube-system" },
                data: { mapRoles: UNKNOWN },
            }),
        refused: /aws-auth/,
    },
    {
        name: "a kube-system ConfigMap of an unknown name mapping platform-ops to a group bound to cluster-admin",
        stack: "prod",
        edit: r => {
            k8s(r, CM, "unknown-name-group", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "kube-system" },
                data: awsAuthData(OPS_ROLE, "platform-admins"),
            });
            bind(r, "platform-admins", { kind: "ClusterRole", name: "cluster-admin" }, [
                { kind: "Group", apiGroup: RBAC, name: "platform-admins" },
            ]);
        },
        refused: /platform-ops|platform-admins/,
    },
    {
        name: "a ConfigMapPatch (server-side apply) of an unknown name on a second provider whose namespace is kube-system",
        stack: "prod",
        edit: r =>
            viaOther("ssa-ks", { enableServerSideApply: true, namespace: "kube-system" })(
                r,
                "kubernetes:core/v1:ConfigMapPatch",
                "unknown-name-ssa",
                {
                    apiVersion: "v1",
                    kind: "ConfigMap",
                    metadata: { name: UNKNOWN },
                    data: awsAuthData(OPS_ROLE, "system:masters"),
                },
            ),
        refused: /aws-auth/,
    },
    // A yaml/v2 ConfigGroup renders its objects as child resources (pulumi-kubernetes yaml/v2 configgroup.go: each
    // object registered with the group as parent), which the pack judges like any other; while its yaml is unknown
    // during the preview no child shows (opaque.ts RENDERED_COMPONENTS).
    {
        name: "a yaml/v2 ConfigGroup rendering aws-auth (its child ConfigMap) mapping platform-ops to system:masters",
        stack: "prod",
        edit: r => {
            const group = k8s(r, "kubernetes:yaml/v2:ConfigGroup", "aws-auth-group", {
                yaml: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n    - rolearn: ${OPS_ROLE}\n      username: ops\n      groups:\n        - system:masters\n`,
            });
            const child = k8s(r, CM, "aws-auth-group:kube-system/aws-auth", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: awsAuthData(OPS_ROLE, "system:masters"),
            });
            (child as { parent?: string }).parent = group.urn;
        },
        refused: /aws-auth|platform-ops/,
    },
    {
        name: "a yaml/v2 ConfigGroup whose yaml is unknown during the preview (no child shown)",
        stack: "prod",
        edit: r => k8s(r, "kubernetes:yaml/v2:ConfigGroup", "unknown-group", { yaml: UNKNOWN }),
        refused: /ConfigGroup/,
    },
];

const secure: StackCase[] = [
    {
        name: "team-a may get nodes/metrics and nodes/stats (a metrics agent's grant)",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "node-metrics", [
                { apiGroups: [""], resources: ["nodes/metrics", "nodes/stats", "nodes"], verbs: ["get", "list"] },
            ]),
    },
    {
        name: "an EFS CSI PersistentVolume pre-bound to team-a's claim, team-a restricted and creating pods",
        stack: "prod",
        edit: r => {
            teamPods(r);
            boundVolume(r, "team-a-efs", {
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0123456789abcdef0" },
            });
        },
    },
    {
        name: "a ClusterRole aggregated to view reading a team CRD, view bound in validators to team-a",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "agg-widgets", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: {
                    name: "widgets-view",
                    labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" },
                },
                rules: [{ apiGroups: ["example.com"], resources: ["widgets"], verbs: ["get", "list", "watch"] }],
            });
            bind(r, "team-a-view", { kind: "ClusterRole", name: "view" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    {
        name: "a kube-system ConfigMap of an unknown name without mapRoles or mapUsers",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-settings", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "kube-system" },
                data: { "settings.json": '{"logLevel":"info"}' },
            }),
    },
    {
        name: "a team-a ConfigMap whose name is unknown during the preview mapping platform-ops to system:masters (not kube-system)",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-team-a", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "team-a" },
                data: awsAuthData(OPS_ROLE, "system:masters"),
            }),
    },
    {
        name: "a kube-system ConfigMap literally named aws-auth-backup mapping platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "aws-auth-backup", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth-backup", namespace: "kube-system" },
                data: awsAuthData(OPS_ROLE, "system:masters"),
            }),
    },
    {
        name: "team-a restricted with enforce-version pinned, creating pods",
        stack: "prod",
        edit: r => {
            k8s(r, NS, "ns-team-a-pinned", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: {
                    name: "team-a",
                    labels: {
                        "pod-security.kubernetes.io/enforce": "restricted",
                        "pod-security.kubernetes.io/enforce-version": "v1.29",
                        "pod-security.kubernetes.io/warn": "restricted",
                    },
                },
            });
            roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
        },
    },
    {
        name: "a ValidatingAdmissionPolicy denying hostPath pods, bound cluster-wide",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${ADM}/v1:ValidatingAdmissionPolicy`, "no-hostpath", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "no-hostpath" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                    validations: [
                        { expression: "!has(object.spec.volumes) || object.spec.volumes.all(v, !has(v.hostPath))" },
                    ],
                },
            });
            k8s(r, `kubernetes:${ADM}/v1:ValidatingAdmissionPolicyBinding`, "no-hostpath-binding", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "no-hostpath" },
                spec: { policyName: "no-hostpath", validationActions: ["Deny"] },
            });
        },
    },
    {
        name: "team-a may bind ClusterRole edit within restricted team-a (bind by resourceName)",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            roleFor(
                r,
                "team-a-binder",
                [
                    { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create", "get"] },
                    { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["edit"] },
                ],
                TEAM,
                "team-a",
            );
            teamEntry(r);
        },
    },
    {
        name: "team-a may impersonate and mint tokens of its own ServiceAccount ci in restricted team-a",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            k8s(r, SA, "team-a-ci", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "ci", namespace: "team-a" },
            });
            roleFor(
                r,
                "team-a-ci-imp",
                [
                    { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["impersonate"], resourceNames: ["ci"] },
                    { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"], resourceNames: ["ci"] },
                ],
                TEAM,
                "team-a",
            );
            teamEntry(r);
        },
    },
    {
        name: "team-a may read pods and logs in validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            validatorsGrant(r, "reader", [
                { apiGroups: [""], resources: ["pods", "pods/log", "events"], verbs: ["get", "list", "watch"] },
            ]),
    },
    {
        name: "team-a restricted on the stack's cluster through two providers with equal cluster inputs, pods through both",
        stack: "prod",
        edit: r => {
            const a = viaOther("team-a-k8s", { namespace: "team-a" });
            const b = viaOther("team-a-k8s-ssa", { namespace: "team-a", enableServerSideApply: true });
            a(r, NS, "team-a-ns-p", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "baseline" } },
            });
            b(r, `kubernetes:${RBAC}/v1:Role`, "team-a-pods-role-p", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "pods" },
                rules: POD_CREATE,
            });
            b(r, `kubernetes:${RBAC}/v1:RoleBinding`, "team-a-pods-binding-p", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "pods" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "pods" },
                subjects: TEAM,
            });
            teamEntry(r);
        },
    },
    {
        name: "a Kyverno validate-only ClusterPolicy requiring restricted labels on Namespaces",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "require-psa", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "require-psa" },
                spec: {
                    validationFailureAction: "Enforce",
                    background: true,
                    rules: [
                        {
                            name: "psa",
                            match: { any: [{ resources: { kinds: ["Namespace"] } }] },
                            validate: {
                                message: "restricted required",
                                pattern: {
                                    metadata: { labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
                                },
                            },
                        },
                    ],
                },
            }),
    },
    // RBAC matches a rule's resource `*`, the exact `resource/subresource`, or `*/<subresource>` only (kubernetes
    // pkg/apis/rbac/v1 evaluation_helpers.go ResourceMatches): `nodes/*` is no wildcard, it names a subresource
    // literally called "*", so it grants nothing of nodes/proxy (the kubelet exec path). Accepted (probed as insecure,
    // the pack is right).
    {
        name: "team-a may get nodes/* (no RBAC wildcard: grants nothing of nodes/proxy; pod-identity stack)",
        stack: "pod-identity",
        edit: r => clusterGrant(r, "node-star-get", [{ apiGroups: [""], resources: ["nodes/*"], verbs: ["get"] }]),
    },
    // Impersonating a ServiceAccount is asked as `impersonate` on serviceaccounts <name> in <ns>, never on users
    // (k8s.io/apiserver endpoints/filters/impersonation.go buildImpersonationRequests: serviceaccount.SplitUsername
    // succeeds for system:serviceaccount:<ns>:<name> and yields a ServiceAccount reference), so `users` with that name
    // lets team-a impersonate nothing. Accepted (probed as insecure, the pack is right).
    {
        name: "team-a may impersonate users named system:serviceaccount:validators:containment-chamber (never asked)",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "imp-user", [
                {
                    apiGroups: [""],
                    resources: ["users"],
                    verbs: ["impersonate"],
                    resourceNames: ["system:serviceaccount:validators:containment-chamber"],
                },
            ]),
    },
];

describeVariants("red team 71: Kubernetes/EKS API level", insecure, secure);
