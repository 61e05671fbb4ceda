// Red-team round 70 on the Kubernetes/EKS API level (fresh eyes), beside round 70's fixes (provider-aware namespaces
// in declared-role-kind-consistent, serviceaccount-role-agree, tokenSecretOf, builtInBindingsInUse; podSecurityConfined
// keyed by cluster: engine/k8sNamespace.ts placedNamespace, kubernetes.ts kubernetesClusterKey).
// Probed: aws-auth placed in kube-system by the provider's namespace (ConfigMap, ConfigMapPatch, mapUsers, a node
// mapping, an unknown provider namespace, an unknown metadata.name); the other long-running kinds (StatefulSet,
// DaemonSet, ReplicaSet, bare Pod, Argo Rollout, Prometheus) by the provider's namespace basil-bootstrap as the
// provisioner; RBAC placed by the provider's namespace (token minting, Deployment patching, pod creation in an unknown
// namespace and in kube-system, edit, an aggregated ClusterRole, a ServiceAccount subject whose namespace is "");
// controller token Secrets with one side's namespace unknown; a coredns DeploymentPatch placed in kube-system; Pod
// Security through a NamespacePatch of a second provider, another kubeconfig, an unknown kubeconfig; EKS access
// policies and a Pod Identity association; a mutating webhook on validators; hostPath pods in an unknown namespace.
// Secure: team-a's own objects by the provider's namespace (a ServiceAccount named containment-chamber, token
// Secrets, pods/exec in restricted team-a), a team aws-auth copy, view grants in validators, platform objects
// (NetworkPolicy, PDB, quota, LimitRange), providers differing only in client settings, a per-team provider declaring
// the Namespace, a validating webhook, an unmounted hostPath; DECIDED pins: the stack's own pods running as the
// custody ServiceAccount (redteam3-signer, round 7) by the provider's namespace validators or an unknown one.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (1 insecure, 1 secure): aws-auth readers skip a kube-system ConfigMap whose metadata.name is unknown during
// the preview (kubernetes.ts readKubernetes: `m.name !== "aws-auth"`), so a mapping to system:masters is accepted;
// podSecurityConfined requires a Namespace's confinement through every cluster the stack's Kubernetes objects use, so
// one ConfigMap on another kubeconfig context unconfines every namespace (team-a's pod creation on the stack's cluster
// refused). Held: everything else above.
// Round 71 fixed both (kubernetes.ts readKubernetes: a ConfigMap whose name is unknown is read as possibly aws-auth
// and, in a namespace Argo CD may be in, as possibly each of Argo CD's ConfigMaps; podSecurityConfined judges each
// power by the Namespaces of its granting object's own cluster), with neighbour cases beside each.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN } from "../support";
import { describeVariants, resourceLike, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const SA = "kubernetes:core/v1:ServiceAccount";
const CM = "kubernetes:core/v1:ConfigMap";
const TEAM = [{ kind: "Group", apiGroup: RBAC, name: "team-a" }];

type R = Parameters<StackCase["edit"]>[0];

const entry = (r: R, name: string, principalArn: string, extra: object = {}) =>
    aws(r, ENTRY, name, { clusterName: "prod-validators", principalArn, type: "STANDARD", ...extra });

const teamEntry = (r: R) => entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });

/** An access entry for platform-ops with one access policy association. */
const opsPolicy = (r: R, name: string, policy: string, accessScope: object) => {
    entry(r, name, OPS_ROLE, { kubernetesGroups: [] });
    aws(r, ASSOCIATION, `${name}-policy`, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
};

/** A Kubernetes object through the stack's provider with its default namespace set to `ns` (a copy of it). */
const viaProvider = (r: R, ns: unknown, type: string, name: string, inputs: Record<string, unknown>) => {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    const res = resourceLike(like, type, name, inputs);
    res.provider = { ...res.provider!, inputs: { ...res.provider!.inputs, namespace: ns } };
    r.push(res as AnalyzerResourceInput);
    return res;
};

/** A Kubernetes object through a second provider resource (its own URN) with these provider inputs. */
const viaOther =
    (suffix: string, inputs: Record<string, unknown>) =>
    (r: R, ns: unknown, type: string, name: string, objInputs: Record<string, unknown>) => {
        const like = r.find(x => x.type === SA);
        if (!like) throw new Error("no ServiceAccount in the fixture");
        const res = resourceLike(like, type, name, objInputs);
        const p = res.provider!;
        res.provider = {
            ...p,
            urn: p.urn.replace(/::[^:]+$/, `::${suffix}`),
            name: suffix,
            inputs: { ...p.inputs, ...(ns === undefined ? {} : { namespace: ns }), ...inputs },
        };
        r.push(res as AnalyzerResourceInput);
        return res;
    };

type Place = typeof viaProvider;

/** A Role and RoleBinding (no metadata.namespace) through `place`, letting `subjects` do `rules`. */
const placedRole = (place: Place, r: R, ns: unknown, name: string, rules: object[], subjects: object[]) => {
    place(r, ns, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name },
        rules,
    });
    place(r, ns, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name },
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects,
    });
};

const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }];

const RESTRICTED = {
    runAsNonRoot: true,
    runAsUser: 1000,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

/** A restricted pod spec running as `sa`. */
const podSpec = (sa: string, extra: Record<string, unknown> = {}) => ({
    serviceAccountName: sa,
    automountServiceAccountToken: true,
    containers: [{ name: "main", image: "public.ecr.aws/aws-cli/aws-cli:2.17.0", securityContext: RESTRICTED }],
    ...extra,
});

/** A workload of `kind` (apps/v1 or batch/v1 or v1 Pod) named `name` running `spec`, metadata.namespace `own`. */
const workload = (kind: string, name: string, spec: Record<string, unknown>, own?: string) => {
    const metadata = own === undefined ? { name } : { name, namespace: own };
    const template = { metadata: { labels: { app: name } }, spec };
    const selector = { matchLabels: { app: name } };
    switch (kind) {
        case "Pod":
            return { apiVersion: "v1", kind, metadata, spec };
        case "Job":
            return {
                apiVersion: "batch/v1",
                kind,
                metadata,
                spec: { template: { spec: { ...spec, restartPolicy: "Never" } } },
            };
        case "CronJob":
            return {
                apiVersion: "batch/v1",
                kind,
                metadata,
                spec: {
                    schedule: "*/5 * * * *",
                    jobTemplate: { spec: { template: { spec: { ...spec, restartPolicy: "OnFailure" } } } },
                },
            };
        case "StatefulSet":
            return { apiVersion: "apps/v1", kind, metadata, spec: { serviceName: name, selector, template } };
        default:
            return { apiVersion: "apps/v1", kind, metadata, spec: { selector, template } };
    }
};

const TYPE_OF: Record<string, string> = {
    Pod: "kubernetes:core/v1:Pod",
    Job: "kubernetes:batch/v1:Job",
    CronJob: "kubernetes:batch/v1:CronJob",
    StatefulSet: "kubernetes:apps/v1:StatefulSet",
    Deployment: "kubernetes:apps/v1:Deployment",
    DaemonSet: "kubernetes:apps/v1:DaemonSet",
    ReplicaSet: "kubernetes:apps/v1:ReplicaSet",
};

/** A workload without metadata.namespace through the provider whose namespace is `ns`. */
const placedWorkload = (
    r: R,
    ns: unknown,
    kind: string,
    name: string,
    sa: string,
    extra: Record<string, unknown> = {},
) => viaProvider(r, ns, TYPE_OF[kind], `placed-${name}`, workload(kind, name, podSpec(sa, extra)));

/** A legacy token Secret (no metadata.namespace: placed by the provider) of ServiceAccount `sa`. */
const tokenSecret = (r: R, ns: unknown, name: string, sa: string) =>
    viaProvider(r, ns, "kubernetes:core/v1:Secret", `placed-${name}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, annotations: { "kubernetes.io/service-account.name": sa } },
    });

/** The aws-auth ConfigMap body mapping `arn` to `groups`. */
const awsAuth = (arn: string, groups: string[], metadata: Record<string, unknown> = { name: "aws-auth" }) => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata,
    data: {
        mapRoles: `- rolearn: ${arn}\n  username: ops\n  groups:\n${groups.map(g => `    - ${g}`).join("\n")}\n`,
    },
});

const insecure: StackCase[] = [
    // aws-auth (EKS user guide, "Grant IAM users access to Kubernetes with a ConfigMap": the authenticator reads the
    // ConfigMap aws-auth of kube-system) placed in kube-system by the provider's `namespace` (pulumi-kubernetes
    // Provider `namespace`: "If present, the default namespace to use"), mapping platform-ops to system:masters.
    {
        name: "aws-auth without metadata.namespace by the provider's namespace kube-system mapping platform-ops to system:masters",
        stack: "prod",
        edit: r => viaProvider(r, "kube-system", CM, "placed-aws-auth", awsAuth(OPS_ROLE, ["system:masters"])),
        refused: /aws-auth|platform-ops/,
    },
    {
        name: "aws-auth by a provider namespace unknown during the preview mapping platform-ops to system:masters",
        stack: "prod",
        edit: r => viaProvider(r, UNKNOWN, CM, "unknown-aws-auth", awsAuth(OPS_ROLE, ["system:masters"])),
        refused: /aws-auth|platform-ops/,
    },
    {
        name: "a ConfigMapPatch of aws-auth by the provider's namespace kube-system adding platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            viaProvider(
                r,
                "kube-system",
                "kubernetes:core/v1:ConfigMapPatch",
                "placed-aws-auth-patch",
                awsAuth(OPS_ROLE, ["system:masters"]),
            ),
        refused: /aws-auth|platform-ops/,
    },
    // A ConfigMap of kube-system whose metadata.name is unknown during the preview (another resource's output) may be
    // aws-auth.
    // Was a MISS (fixed in round 71): EKS's authenticator reads the ConfigMap aws-auth of kube-system (EKS user guide, "Grant IAM users access
    // to Kubernetes with a ConfigMap"; aws-iam-authenticator's configmap mapper watches kube-system/aws-auth); a
    // ConfigMap whose metadata.name is another resource's output (unknown during the preview) in kube-system may be it
    // at `up`, mapping platform-ops to system:masters (cluster-admin: pods as containment-chamber, the signer's IRSA
    // role). Accepted: policy-pack/engine/kubernetes.ts readKubernetes ("aws-auth: mapRoles / mapUsers") skips a
    // ConfigMap unless meta(r).name === "aws-auth", and str() reads an unknown name as undefined; the same when the
    // whole metadata is unknown. Fix: a ConfigMap(Patch) whose name is unknown (isUnknown(metadata) or of
    // metadata.name) and whose namespace is kube-system, unset or unknown is read as possibly aws-auth (its data
    // judged, or unknownAwsAuth("metadata.name")).
    {
        name: "a kube-system ConfigMap whose name is unknown during the preview mapping platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            k8s(
                r,
                CM,
                "unknown-name-cm",
                awsAuth(OPS_ROLE, ["system:masters"], { name: UNKNOWN, namespace: "kube-system" }),
            ),
        refused: /aws-auth|unknown|platform-ops/,
    },
    // Neighbours (round 71): the whole metadata unknown (name and namespace); a ConfigMapPatch (server-side apply) of
    // an unknown name placed in kube-system by the provider's namespace; an unknown name by a provider namespace
    // unknown during the preview; an unknown name in kube-system whose data is unknown; a ConfigMapList item whose
    // name is unknown; mapUsers with a reserved username.
    {
        name: "a ConfigMap whose whole metadata is unknown during the preview mapping platform-ops to system:masters",
        stack: "prod",
        edit: r => k8s(r, CM, "unknown-meta-cm", { ...awsAuth(OPS_ROLE, ["system:masters"]), metadata: UNKNOWN }),
        refused: /it may be kube-system\/aws-auth/,
    },
    {
        name: "a ConfigMapPatch of an unknown name by the provider's namespace kube-system adding platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            viaProvider(
                r,
                "kube-system",
                "kubernetes:core/v1:ConfigMapPatch",
                "unknown-name-patch",
                awsAuth(OPS_ROLE, ["system:masters"], { name: UNKNOWN }),
            ),
        refused: /it may be kube-system\/aws-auth/,
    },
    {
        name: "a ConfigMap of an unknown name by a provider namespace unknown during the preview mapping platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            viaProvider(r, UNKNOWN, CM, "unknown-name-ns-cm", awsAuth(OPS_ROLE, ["system:masters"], { name: UNKNOWN })),
        refused: /it may be kube-system\/aws-auth/,
    },
    {
        name: "a kube-system ConfigMap whose name and data are unknown during the preview",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-data-cm", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "kube-system" },
                data: UNKNOWN,
            }),
        refused: /it may be kube-system\/aws-auth/,
    },
    {
        name: "a ConfigMapList item in kube-system whose name is unknown mapping platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:core/v1:ConfigMapList", "unknown-name-list", {
                apiVersion: "v1",
                kind: "ConfigMapList",
                items: [awsAuth(OPS_ROLE, ["system:masters"], { name: UNKNOWN, namespace: "kube-system" })],
            }),
        refused: /it may be kube-system\/aws-auth/,
    },
    {
        name: "a kube-system ConfigMap of an unknown name whose mapUsers gives platform-ops the username system:admin",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-users-cm", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "kube-system" },
                data: { mapUsers: `- userarn: arn:aws:iam::111111111111:user/ops\n  username: system:admin\n` },
            }),
        refused: /metadata.name\) mapUsers \(username system:admin/,
    },
    // The same for the other ConfigMaps the pack reads by name: Argo CD's (customResources.ts ARGOCD_CONFIG_MAPS; Argo
    // CD "RBAC Configuration": argocd-rbac-cm's policy.csv `g, <subject>, role:admin`; argo-cd server/server.go:
    // argocd-cmd-params-cm server.disable.auth turns RBAC enforcement off). A ConfigMap of argocd whose name is unknown
    // during the preview may be argocd-rbac-cm or argocd-cmd-params-cm at `up` (round 71).
    {
        name: "an argocd ConfigMap whose name is unknown during the preview making platform:deployers Argo CD admin",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-argocd-rbac", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "argocd" },
                data: { "policy.csv": "g, platform:deployers, role:admin\n" },
            }),
        refused: /platform:deployers[\s\S]*metadata.name is unknown/,
    },
    {
        name: "an argocd ConfigMap whose name is unknown during the preview turning server.disable.auth on",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-argocd-params", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "argocd" },
                data: { "server.disable.auth": "true" },
            }),
        refused: /server\.disable\.auth/,
    },
    {
        name: "a ConfigMap whose whole metadata is unknown during the preview with data unknown too",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-everything-cm", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: UNKNOWN,
                data: UNKNOWN,
            }),
        refused: /aws-auth|Argo CD|unknown/,
    },
    // Neighbours of round 70's declared-role-kind-consistent fix (longRunningServiceAccounts, placedNamespace): the
    // other long-running kinds (Kubernetes "Workload Management": a StatefulSet, DaemonSet, ReplicaSet or bare Pod with
    // restartPolicy Always keeps its containers running) by the provider's namespace basil-bootstrap, as the provisioner.
    ...["StatefulSet", "DaemonSet", "ReplicaSet", "Pod"].map((kind): StackCase => ({
        name: `a ${kind} by the provider's namespace basil-bootstrap running as basil-provisioner`,
        stack: "basil",
        edit: r => placedWorkload(r, "basil-bootstrap", kind, `prov-${kind.toLowerCase()}`, "basil-provisioner"),
        refused: /basil-provisioner/,
    })),
    {
        name: "a ReplicaSet by a provider namespace unknown during the preview running as basil-provisioner",
        stack: "basil",
        edit: r => placedWorkload(r, UNKNOWN, "ReplicaSet", "prov-unknown-rs", "basil-provisioner"),
        refused: /basil-provisioner/,
    },
    // Long-running pods an operator renders (Argo Rollouts "Rollout": a Deployment replacement whose spec.template is a
    // pod template; prometheus-operator "Prometheus": a StatefulSet running as spec.serviceAccountName) by the
    // provider's namespace basil-bootstrap, as the provisioner (seed 004: a one-shot job).
    {
        name: "an Argo Rollout by the provider's namespace basil-bootstrap running as basil-provisioner",
        stack: "basil",
        edit: r =>
            viaProvider(r, "basil-bootstrap", "kubernetes:argoproj.io/v1alpha1:Rollout", "placed-rollout", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "Rollout",
                metadata: { name: "prov-rollout" },
                spec: {
                    replicas: 1,
                    selector: { matchLabels: { app: "prov-rollout" } },
                    template: { metadata: { labels: { app: "prov-rollout" } }, spec: podSpec("basil-provisioner") },
                    strategy: { canary: { steps: [{ setWeight: 100 }] } },
                },
            }),
        refused: /basil-provisioner|Rollout|prov-rollout/,
    },
    {
        name: "a Prometheus by the provider's namespace basil-bootstrap running as basil-provisioner",
        stack: "basil",
        edit: r =>
            viaProvider(r, "basil-bootstrap", "kubernetes:monitoring.coreos.com/v1:Prometheus", "placed-prom", {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "Prometheus",
                metadata: { name: "prov-prom" },
                spec: { serviceAccountName: "basil-provisioner", replicas: 1 },
            }),
        refused: /basil-provisioner/,
    },
    // aws-auth neighbours by the provider's namespace kube-system: mapUsers to system:masters, and a team role mapped
    // as a node (EKS user guide, aws-auth: system:node:{{EC2PrivateDNSName}} with groups system:bootstrappers,
    // system:nodes: the node authorizer lets a node read the Secrets and mint the tokens of pods bound to it).
    {
        name: "aws-auth by the provider's namespace kube-system mapping an IAM user to system:masters (mapUsers)",
        stack: "prod",
        edit: r =>
            viaProvider(r, "kube-system", CM, "placed-aws-auth-users", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth" },
                data: {
                    mapUsers:
                        "- userarn: arn:aws:iam::111111111111:user/breakglass\n  username: breakglass\n  groups:\n    - system:masters\n",
                },
            }),
        refused: /aws-auth|breakglass/,
    },
    {
        name: "aws-auth by the provider's namespace kube-system mapping platform-ops as a node",
        stack: "prod",
        edit: r =>
            viaProvider(r, "kube-system", CM, "placed-aws-auth-node", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth" },
                data: {
                    mapRoles: `- rolearn: ${OPS_ROLE}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n`,
                },
            }),
        refused: /aws-auth|platform-ops|node/,
    },
    // Pod creation in kube-system (Kubernetes "RBAC Good Practices", "Workload creation": a pod there may run as any
    // kube-system ServiceAccount, replicaset-controller's among them) by a RoleBinding the provider places there.
    {
        name: "a Role and RoleBinding by the provider's namespace kube-system letting team-a create pods",
        stack: "prod",
        edit: r => {
            placedRole(viaProvider, r, "kube-system", "ks-pods", POD_CREATE, TEAM);
            teamEntry(r);
        },
        refused: /ks-pods/,
    },
    // An EKS Pod Identity association of the signer's role with team-a's ServiceAccount (EKS user guide, "EKS Pod
    // Identity": every pod of that ServiceAccount gets the role's credentials).
    {
        name: "a Pod Identity association of the signer role with team-a/containment-chamber",
        stack: "pod-identity",
        edit: r =>
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "team-a-pi", {
                clusterName: "prod-validators",
                namespace: "team-a",
                serviceAccount: "containment-chamber",
                roleArn: "arn:aws:iam::111111111111:role/custody-pod-identity-signer",
            }),
        refused: /team-a/,
    },
    // RBAC placed by the provider's namespace (kubernetes.ts meta/objectNamespace): minting containment-chamber's
    // token (Kubernetes "Managing Service Accounts", TokenRequest: create serviceaccounts/token), and pod creation in
    // a namespace unknown during the preview (it may be validators: a pod there may run as containment-chamber).
    {
        name: "a Role and RoleBinding by the provider's namespace validators letting team-a mint containment-chamber's token",
        stack: "prod",
        edit: r => {
            placedRole(
                viaProvider,
                r,
                "validators",
                "chamber-mint",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                TEAM,
            );
            teamEntry(r);
        },
        refused: /chamber-mint/,
    },
    {
        name: "a Role and RoleBinding by a provider namespace unknown during the preview letting team-a create pods",
        stack: "prod",
        edit: r => {
            placedRole(viaProvider, r, UNKNOWN, "unknown-pods", POD_CREATE, TEAM);
            teamEntry(r);
        },
        refused: /unknown-pods|unknown/,
    },
    {
        name: "a RoleBinding by a provider namespace unknown during the preview granting ClusterRole edit to team-a",
        stack: "prod",
        edit: r => {
            viaProvider(r, UNKNOWN, `kubernetes:${RBAC}/v1:RoleBinding`, "unknown-edit", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "team-a-edit" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "edit" },
                subjects: TEAM,
            });
            teamEntry(r);
        },
        refused: /team-a-edit|unknown/,
    },
    // Updating Deployments in validators lets team-a set any one's serviceAccountName to containment-chamber
    // (Kubernetes "RBAC Good Practices", "Workload creation": permission to create or update workloads implies the
    // pods' ServiceAccounts).
    {
        name: "a Role and RoleBinding by the provider's namespace validators letting team-a patch Deployments",
        stack: "prod",
        edit: r => {
            placedRole(
                viaProvider,
                r,
                "validators",
                "deploy-patch",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "patch"] }],
                TEAM,
            );
            teamEntry(r);
        },
        refused: /deploy-patch/,
    },
    // A RoleBinding's ServiceAccount subject whose namespace is "" is the binding's (Kubernetes RBAC authorizer,
    // appliesToUser: `if len(subject.Namespace) == 0` the binding's namespace; the field is omitempty, so "" is unset):
    // validators/runner (anyone who may create ServiceAccounts or pods there) gets pods/exec beside the signer.
    ...[
        [
            "the provider's namespace validators",
            (r: R, name: string, rules: object[], subjects: object[]) =>
                placedRole(viaProvider, r, "validators", name, rules, subjects),
        ],
        [
            "metadata.namespace validators",
            (r: R, name: string, rules: object[], subjects: object[]) =>
                roleFor(r, name, rules, subjects, "validators"),
        ],
    ].map(([where, place]): StackCase => ({
        name: `a Role and RoleBinding by ${where as string} giving pods/exec to a ServiceAccount subject whose namespace is ""`,
        stack: "prod",
        edit: r =>
            (place as (r: R, name: string, rules: object[], subjects: object[]) => void)(
                r,
                "empty-ns-exec",
                [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] }],
                [{ kind: "ServiceAccount", name: "runner", namespace: "" }],
            ),
        refused: /empty-ns-exec/,
    })),
    // An aggregated ClusterRole (Kubernetes RBAC, "Aggregated ClusterRoles": the controller fills its rules from every
    // ClusterRole its aggregationRule selects) bound in validators by a RoleBinding the provider places there.
    {
        name: "a RoleBinding by the provider's namespace validators to an aggregated ClusterRole that picks up pods/exec",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "agg-parent", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "team-tools" },
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "example.com/aggregate-to-tools": "true" } }],
                },
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "agg-child", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "tools-exec", labels: { "example.com/aggregate-to-tools": "true" } },
                rules: [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] }],
            });
            viaProvider(r, "validators", `kubernetes:${RBAC}/v1:RoleBinding`, "placed-tools", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "team-a-tools" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "team-tools" },
                subjects: TEAM,
            });
            teamEntry(r);
        },
        refused: /team-a-tools|team-tools|tools-exec/,
    },
    // Legacy token Secrets: a controller's (job-controller creates pods as any ServiceAccount of the Job's namespace:
    // the pack's controller reading) placed in kube-system by the provider, mounted by a pod whose namespace is
    // unknown during the preview (tokenConsumers); and one whose namespace is unknown, read into the environment of a
    // kube-system pod.
    {
        name: "a token Secret of job-controller by the provider's namespace kube-system, mounted by a pod whose provider namespace is unknown",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "kube-system", "jc-token", "job-controller");
            placedWorkload(r, UNKNOWN, "Deployment", "jc-reader", "watcher", {
                volumes: [{ name: "t", secret: { secretName: "jc-token" } }],
            });
        },
        refused: /jc-token|job-controller|jc-reader/,
    },
    {
        name: "a token Secret of job-controller by a provider namespace unknown, read into the environment of a kube-system pod",
        stack: "prod",
        edit: r => {
            tokenSecret(r, UNKNOWN, "jc-token", "job-controller");
            const spec = podSpec("watcher");
            (spec.containers[0] as Record<string, unknown>).env = [
                { name: "T", valueFrom: { secretKeyRef: { name: "jc-token", key: "token" } } },
            ];
            k8s(r, TYPE_OF.Deployment, "ks-jc-env", workload("Deployment", "jc-env", spec, "kube-system"));
        },
        refused: /jc-token|job-controller|jc-env/,
    },
    // A DeploymentPatch by the provider's namespace kube-system switching coredns to replicaset-controller (a pod of
    // kube-system running as it holds its token: builtInBindingsInUse's neighbour, through a patch).
    {
        name: "a DeploymentPatch by the provider's namespace kube-system switching coredns to replicaset-controller",
        stack: "prod",
        edit: r =>
            viaProvider(r, "kube-system", "kubernetes:apps/v1:DeploymentPatch", "placed-coredns-patch", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns" },
                spec: { template: { spec: { serviceAccountName: "replicaset-controller" } } },
            }),
        refused: /coredns|serviceAccountName|replicaset-controller/,
    },
    // Pod Security (kubernetes.ts podSecurityConfined, kubernetesClusterKey): a NamespacePatch through a second
    // provider on the same context relabelling team-a privileged (Kubernetes "Pod Security Admission": the enforce
    // label on the Namespace; server-side apply patches it), and a provider with the same context name but another
    // kubeconfig (pulumi-kubernetes ProviderArgs `kubeconfig`: another file, maybe another cluster).
    {
        name: "a NamespacePatch through a second provider (same context) relabelling team-a privileged, team-a creating pods",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            viaOther("ns-patcher", {})(r, undefined, "kubernetes:core/v1:NamespacePatch", "team-a-relabel", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
            });
            roleFor(r, "team-a-pods-relabelled", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
        },
        refused: /team-a-pods-relabelled/,
    },
    {
        name: "a second provider with the same context name but another kubeconfig placing pod creation in team-a (restricted on the stack's)",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            placedRole(
                viaOther("other-kubeconfig", { kubeconfig: "/home/ci/.kube/staging.yaml" }),
                r,
                "team-a",
                "team-a-kc-pods",
                POD_CREATE,
                TEAM,
            );
            teamEntry(r);
        },
        refused: /team-a-kc-pods/,
    },
    {
        name: "a second provider whose kubeconfig is unknown during the preview placing pod creation in team-a",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            placedRole(
                viaOther("unknown-kubeconfig", { kubeconfig: UNKNOWN }),
                r,
                "team-a",
                "team-a-ukc-pods",
                POD_CREATE,
                TEAM,
            );
            teamEntry(r);
        },
        refused: /team-a-ukc-pods|unknown/,
    },
    // Neighbours of round 71's per-cluster confinement (podSecurityConfined: a power is confined by the Namespaces of
    // its binding's own cluster): team-a restricted only on the other context while its pod creation is on the
    // stack's; pod creation on the other context where team-a is privileged; pod creation on both clusters, team-a
    // restricted on the stack's only; an EKS access policy (its EKS cluster may be either provider's) with a second
    // context in the program.
    {
        name: "team-a restricted only on another kubeconfig context, team-a creating pods on the stack's cluster",
        stack: "prod",
        edit: r => {
            viaOther("staging-k8s", { context: "staging-validators" })(
                r,
                undefined,
                "kubernetes:core/v1:Namespace",
                "staging-team-a-ns",
                {
                    apiVersion: "v1",
                    kind: "Namespace",
                    metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
                },
            );
            roleFor(r, "team-a-pods-here", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
        },
        refused: /team-a-pods-here/,
    },
    {
        name: "team-a restricted on the stack's cluster, privileged on another context where team-a creates pods",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            const staging = viaOther("staging-k8s", { context: "staging-validators" });
            staging(r, undefined, "kubernetes:core/v1:Namespace", "staging-team-a-priv", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
            });
            placedRole(staging, r, "team-a", "team-a-staging-pods", POD_CREATE, TEAM);
            teamEntry(r);
        },
        refused: /team-a-staging-pods/,
    },
    {
        name: "team-a creating pods on both clusters, restricted only on the stack's",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            roleFor(r, "team-a-pods-both", POD_CREATE, TEAM, "team-a");
            placedRole(
                viaOther("staging-k8s", { context: "staging-validators" }),
                r,
                "team-a",
                "team-a-pods-staging",
                POD_CREATE,
                TEAM,
            );
            teamEntry(r);
        },
        refused: /team-a-pods-staging/,
    },
    {
        name: "platform-ops with AmazonEKSEditPolicy scoped to team-a (restricted on the stack's cluster) and a second context in the program",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            opsPolicy(r, "ops-edit-team-a", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["team-a"] });
            viaOther("staging-k8s", { context: "staging-validators" })(r, "platform", CM, "staging-settings-2", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "settings" },
                data: { LOG_LEVEL: "info" },
            });
        },
        refused: /ops-edit-team-a/,
    },
    // EKS access policies (EKS user guide, "Associate access policies with access entries": AmazonEKSEditPolicy
    // includes creating pods and workloads in the scoped namespaces).
    {
        name: "platform-ops with AmazonEKSEditPolicy scoped to validators",
        stack: "prod",
        edit: r =>
            opsPolicy(r, "ops-edit-validators", "AmazonEKSEditPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
        refused: /platform-ops|ops-edit-validators/,
    },
    // A mutating webhook (cluster-scoped: the provider's namespace does not place it) served by team-a's Service,
    // matching pod creation in validators: team-a's server rewrites the signer's pods (Kubernetes "Dynamic Admission
    // Control": a mutating webhook may change the object).
    {
        name: "a MutatingWebhookConfiguration through a provider with namespace validators, served by a team-a Service, on validators pods",
        stack: "prod",
        edit: r =>
            viaProvider(r, "validators", `kubernetes:${ADM}/v1:MutatingWebhookConfiguration`, "placed-mwh", {
                apiVersion: `${ADM}/v1`,
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "team-a-injector" },
                webhooks: [
                    {
                        name: "inject.team-a.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "injector", namespace: "team-a", path: "/mutate" } },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            }),
        refused: /team-a-injector|injector/,
    },
    // A hostPath pod (Pod Security Standards, Baseline: "HostPath volumes must be forbidden") whose provider
    // namespace is unknown: it may be anywhere, and reads the node's credentials.
    {
        name: "a hostPath Deployment by a provider namespace unknown during the preview running as watcher",
        stack: "prod",
        edit: r =>
            placedWorkload(r, UNKNOWN, "Deployment", "node-peek", "watcher", {
                volumes: [{ name: "root", hostPath: { path: "/" } }],
                containers: [
                    {
                        name: "main",
                        image: "public.ecr.aws/aws-cli/aws-cli:2.17.0",
                        volumeMounts: [{ name: "root", mountPath: "/host" }],
                    },
                ],
            }),
        refused: /node-peek|watcher|hostPath/,
    },
];
const secure: StackCase[] = [
    // DECIDED (redteam3-signer, round 7: "the program creates no pod of its own ... nothing tells the signer's own pod
    // spec from a second one"): a pod of the stack itself running as the custody ServiceAccount is the custody
    // workload (Kubernetes "Configure Service Accounts for Pods": a pod runs as a ServiceAccount of its own namespace;
    // the metadata.namespace validators control is accepted the same), whether the provider's namespace places it in
    // validators or that namespace is unknown during the preview. Pinned accepted so that a change is noticed.
    ...["Deployment", "DaemonSet", "StatefulSet", "Pod"].map((kind): StackCase => ({
        name: `DECIDED: a ${kind} by the provider's namespace validators running as containment-chamber`,
        stack: "prod",
        edit: r => placedWorkload(r, "validators", kind, `second-${kind.toLowerCase()}`, "containment-chamber"),
    })),
    ...["Deployment", "CronJob"].map((kind): StackCase => ({
        name: `DECIDED: a ${kind} by a provider namespace unknown during the preview running as containment-chamber`,
        stack: "prod",
        edit: r => placedWorkload(r, UNKNOWN, kind, `unknown-${kind.toLowerCase()}`, "containment-chamber"),
    })),
    {
        name: "DECIDED: a Deployment by the provider's namespace validators running as containment-chamber (pod-identity stack)",
        stack: "pod-identity",
        edit: r => placedWorkload(r, "validators", "Deployment", "second-pi", "containment-chamber"),
    },
    // A ConfigMap named aws-auth in team-a (by the provider's namespace) is nobody's authenticator configuration: EKS
    // reads kube-system/aws-auth only (EKS user guide, "aws-auth ConfigMap").
    {
        name: "a ConfigMap named aws-auth by the provider's namespace team-a (a team's copy, not the authenticator's)",
        stack: "prod",
        edit: r => viaProvider(r, "team-a", CM, "team-a-aws-auth", awsAuth(OPS_ROLE, ["system:masters"])),
    },
    // Argo CD reads its ConfigMaps from its own namespace only (Argo CD "Declarative Setup": "All resources ... have to
    // be installed in the Argo CD namespace"): an unknown-named ConfigMap in team-a with a policy.csv is nobody's Argo
    // CD configuration; one in argocd holding settings only grants nothing whichever Argo CD ConfigMap it is.
    {
        name: "a team-a ConfigMap whose name is unknown during the preview holding an Argo CD-like policy.csv",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-team-argo", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "team-a" },
                data: { "policy.csv": "g, platform:deployers, role:admin\n" },
            }),
    },
    {
        name: "an argocd ConfigMap whose name is unknown during the preview holding read-only settings",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-argocd-settings", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "argocd" },
                data: { "policy.default": "role:readonly", "timeout.reconciliation": "180s" },
            }),
    },
    // Neighbours of round 71's unknown-name aws-auth fix: a kube-system ConfigMap of an unknown name whose known data
    // maps no one (no mapRoles or mapUsers: nothing for the authenticator whatever its name); an unknown name in
    // team-a (EKS reads kube-system/aws-auth only); an unknown name in kube-system mapping platform-ops to a group
    // bound to view.
    {
        name: "a kube-system ConfigMap whose name is unknown during the preview holding settings only (no mapRoles or mapUsers)",
        stack: "prod",
        edit: r =>
            k8s(r, CM, "unknown-name-settings", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: UNKNOWN, namespace: "kube-system" },
                data: { LOG_LEVEL: "info" },
            }),
    },
    {
        name: "a team-a ConfigMap whose name is unknown during the preview holding an aws-auth-like mapRoles",
        stack: "prod",
        edit: r =>
            k8s(
                r,
                CM,
                "unknown-name-team-cm",
                awsAuth(OPS_ROLE, ["system:masters"], { name: UNKNOWN, namespace: "team-a" }),
            ),
    },
    {
        name: "a kube-system ConfigMap whose name is unknown mapping platform-ops to a group bound to view",
        stack: "prod",
        edit: r => {
            k8s(
                r,
                CM,
                "unknown-name-view-cm",
                awsAuth(OPS_ROLE, ["platform-viewers"], { name: UNKNOWN, namespace: "kube-system" }),
            );
            bind(r, "platform-viewers-u", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", apiGroup: RBAC, name: "platform-viewers" },
            ]);
        },
    },
    // The platform's aws-auth in kube-system by the provider's namespace mapping platform-ops to a viewers group bound
    // to ClusterRole view (Kubernetes "Default roles": view reads most objects, not Secrets).
    {
        name: "aws-auth by the provider's namespace kube-system mapping platform-ops to a group bound to view",
        stack: "prod",
        edit: r => {
            viaProvider(r, "kube-system", CM, "placed-aws-auth-view", awsAuth(OPS_ROLE, ["platform-viewers"]));
            bind(r, "platform-viewers", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", apiGroup: RBAC, name: "platform-viewers" },
            ]);
        },
    },
    // ServiceAccounts are namespaced: team-a's own containment-chamber (by the provider's namespace team-a) is not the
    // signer's (the signer role's trust pins system:serviceaccount:validators:containment-chamber).
    ...["Deployment", "DaemonSet", "StatefulSet"].map((kind): StackCase => ({
        name: `a restricted ${kind} by the provider's namespace team-a running as team-a's own containment-chamber`,
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            viaProvider(r, "team-a", SA, `team-a-cc-sa-${kind}`, {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "containment-chamber" },
            });
            placedWorkload(r, "team-a", kind, `team-a-${kind.toLowerCase()}`, "containment-chamber");
        },
    })),
    {
        name: "a restricted Deployment by the provider's namespace team-a running as team-a's own ServiceAccount (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            viaProvider(r, "team-a", SA, "team-a-app-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "app" },
            });
            placedWorkload(r, "team-a", "Deployment", "team-a-app", "app");
        },
    },
    // One-shot provisioning: a Job (Kubernetes "Jobs": runs pods to completion) of the provisioner by a provider whose
    // namespace is unknown during the preview: a Job is what seed 004 asks for wherever it lands.
    {
        name: "a Job by a provider namespace unknown during the preview running as basil-provisioner",
        stack: "basil",
        edit: r => placedWorkload(r, UNKNOWN, "Job", "prov-once", "basil-provisioner"),
    },
    {
        name: "a Job by the provider's namespace basil-bootstrap running as basil-provisioner",
        stack: "basil",
        edit: r => placedWorkload(r, "basil-bootstrap", "Job", "prov-once-known", "basil-provisioner"),
    },
    // Team RBAC by the provider's namespace in a restricted team namespace: pods and pods/exec of its own pods.
    {
        name: "a Role and RoleBinding by the provider's namespace team-a (restricted) giving team-a pods and pods/exec",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            placedRole(
                viaProvider,
                r,
                "team-a",
                "team-a-exec",
                [{ apiGroups: [""], resources: ["pods", "pods/exec", "pods/log"], verbs: ["get", "list", "create"] }],
                TEAM,
            );
            teamEntry(r);
        },
    },
    // Read-only views in validators: ClusterRole view (no Secrets, no exec) bound by a RoleBinding the provider places
    // there; and AmazonEKSViewPolicy scoped to validators (EKS user guide, access policy permissions: view reads
    // most objects, not Secrets).
    {
        name: "a RoleBinding by the provider's namespace validators granting ClusterRole view to team-a",
        stack: "prod",
        edit: r => {
            viaProvider(r, "validators", `kubernetes:${RBAC}/v1:RoleBinding`, "placed-view", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "team-a-view" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                subjects: TEAM,
            });
            teamEntry(r);
        },
    },
    {
        name: "platform-ops with AmazonEKSViewPolicy scoped to validators",
        stack: "prod",
        edit: r =>
            opsPolicy(r, "ops-view-validators", "AmazonEKSViewPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
    },
    // Platform objects next to the signer placed by the provider's namespace validators: a default-deny NetworkPolicy,
    // a PodDisruptionBudget, a ResourceQuota and a LimitRange (none runs a pod or grants anything).
    {
        name: "NetworkPolicy, PodDisruptionBudget, ResourceQuota and LimitRange by the provider's namespace validators",
        stack: "prod",
        edit: r => {
            viaProvider(r, "validators", "kubernetes:networking.k8s.io/v1:NetworkPolicy", "placed-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny" },
                spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
            });
            viaProvider(r, "validators", "kubernetes:policy/v1:PodDisruptionBudget", "placed-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "signer" },
                spec: { maxUnavailable: 0, selector: { matchLabels: { "app.kubernetes.io/component": "signer" } } },
            });
            viaProvider(r, "validators", "kubernetes:core/v1:ResourceQuota", "placed-quota", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "validators" },
                spec: { hard: { pods: "10" } },
            });
            viaProvider(r, "validators", "kubernetes:core/v1:LimitRange", "placed-limits", {
                apiVersion: "v1",
                kind: "LimitRange",
                metadata: { name: "validators" },
                spec: { limits: [{ type: "Container", default: { cpu: "500m", memory: "256Mi" } }] },
            });
        },
    },
    // A legacy token Secret of team-a's own ServiceAccount by the provider's namespace team-a, read by team-a: team-a
    // acts as its own ServiceAccount, which holds nothing of custody.
    {
        name: "a legacy token Secret of team-a's own ServiceAccount by the provider's namespace team-a, team-a reading it",
        stack: "prod",
        edit: r => {
            viaProvider(r, "team-a", SA, "team-a-ci-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "ci" },
            });
            tokenSecret(r, "team-a", "ci-token", "ci");
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["ci-token"] }],
                TEAM,
                "team-a",
            );
            teamEntry(r);
        },
    },
    // Two explicit providers on the same context differing only in client settings (pulumi-kubernetes ProviderArgs:
    // enableServerSideApply, kubeClientSettings, deleteUnreachable choose how, not which cluster): team-a restricted
    // through the stack's provider confines pods created through the other.
    {
        name: "a second provider (same context, other client settings, namespace team-a) placing pod creation in team-a (restricted)",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            placedRole(
                viaOther("team-a-ssa", {
                    enableServerSideApply: true,
                    kubeClientSettings: { qps: 50, burst: 100, timeout: 60 },
                    deleteUnreachable: true,
                    suppressDeprecationWarnings: true,
                }),
                r,
                "team-a",
                "team-a-ssa-pods",
                POD_CREATE,
                TEAM,
            );
            teamEntry(r);
        },
    },
    // Two clusters in one program: a ConfigMap on another context (staging) beside the stack's cluster, where team-a is
    // restricted and team-a's pod creation is granted (both on the stack's provider). The other cluster has no grant
    // to team-a at all: nothing there to confine (Kubernetes RBAC and Pod Security are per cluster).
    // Was a MISS (fixed in round 71): (over-refusal) Kubernetes RBAC and Pod Security Admission are per cluster (Kubernetes "Pod Security
    // Admission": the enforce label is on the Namespace object of that cluster; a RoleBinding grants only in its own
    // cluster's API), and pulumi-kubernetes ProviderArgs `context` ("If present, the name of the kubeconfig context to
    // use") sends each object to its provider's cluster. Here team-a is restricted on the stack's cluster and team-a's
    // pod creation is granted there; the only object on the other context (staging-validators) is a ConfigMap: no
    // grant to team-a exists on that cluster, so nothing there needs confining. Refused:
    // policy-pack/engine/kubernetes.ts podSecurityConfined requires the Namespace to confine team-a "through every
    // provider (every cluster: kubernetesClusterKey) the stack's other Kubernetes objects use", so any Kubernetes object
    // on a second cluster unconfines every namespace (pod creation in team-a then reads as owning the node: the signer's
    // IRSA role). Fix: judge confinement per cluster of the power: a binding's namespaces are confined when the
    // Namespace confines them through a provider of the binding's own cluster key (and the grant's Role on that
    // cluster); a cluster where no binding grants pod creation needs no Namespace.
    {
        name: "a ConfigMap on another kubeconfig context, team-a restricted and creating pods on the stack's cluster",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            roleFor(r, "team-a-own-pods", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
            viaOther("staging-k8s", { context: "staging-validators" })(r, "platform", CM, "staging-settings", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "settings" },
                data: { LOG_LEVEL: "info" },
            });
        },
    },
    // Neighbours (round 71): team-a restricted on both clusters and creating pods on both (each binding confined by
    // its own cluster's Namespace); team-a creating pods on the other context only, restricted there (the stack's
    // cluster grants team-a nothing and declares no team-a).
    {
        name: "team-a restricted on both clusters and creating pods on both",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            roleFor(r, "team-a-pods-home", POD_CREATE, TEAM, "team-a");
            const staging = viaOther("staging-k8s", { context: "staging-validators" });
            staging(r, undefined, "kubernetes:core/v1:Namespace", "staging-team-a-ns", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            });
            placedRole(staging, r, "team-a", "team-a-pods-away", POD_CREATE, TEAM);
            teamEntry(r);
        },
    },
    {
        name: "team-a creating pods only on another kubeconfig context, restricted there",
        stack: "prod",
        edit: r => {
            const staging = viaOther("staging-k8s", { context: "staging-validators" });
            staging(r, undefined, "kubernetes:core/v1:Namespace", "staging-team-a-only-ns", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            });
            placedRole(staging, r, "team-a", "team-a-pods-only-away", POD_CREATE, TEAM);
            teamEntry(r);
        },
    },
    // The converse of round 70's kubernetesClusterKey fix: team-a's Namespace (restricted) declared through a per-team
    // provider on the same context, the pod-creating Role through the stack's provider: one cluster, confined.
    {
        name: "team-a's restricted Namespace through a per-team provider (same context), pod creation through the stack's",
        stack: "prod",
        edit: r => {
            viaOther("team-a-k8s", {})(r, "team-a", "kubernetes:core/v1:Namespace", "team-a-ns-2p", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            });
            roleFor(r, "team-a-pods-1p", POD_CREATE, TEAM, "team-a");
            teamEntry(r);
        },
    },
    // A hostPath volume no container mounts (Kubernetes "Volumes": a volume is visible in a container only at its
    // volumeMounts) gives the pod nothing of the node; a restricted team Deployment declaring one is harmless.
    {
        name: "a restricted Deployment by a provider namespace unknown during the preview declaring a hostPath volume no container mounts",
        stack: "prod",
        edit: r =>
            placedWorkload(r, UNKNOWN, "Deployment", "unmounted-hp", "watcher", {
                volumes: [{ name: "root", hostPath: { path: "/" } }],
            }),
    },
    // A validating webhook (it may only allow or deny: Kubernetes "Dynamic Admission Control", validating webhooks
    // cannot change the object) on team-a ConfigMaps, served by the platform's policy Service.
    {
        name: "a ValidatingWebhookConfiguration on team-a ConfigMaps served by a platform Service",
        stack: "prod",
        edit: r =>
            k8s(r, `kubernetes:${ADM}/v1:ValidatingWebhookConfiguration`, "cm-validator", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "cm-validator" },
                webhooks: [
                    {
                        name: "cm.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "validator", namespace: "platform", path: "/validate" } },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "team-a" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["configmaps"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            }),
    },
];

describeVariants("red team 70: Kubernetes/EKS API level", insecure, secure);
