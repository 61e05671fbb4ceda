// Red-team round 74 on the Kubernetes/EKS API level (fresh eyes), neighbours of round 74's unknown-subjects fix:
// values unknown during a first preview everywhere else a Kubernetes identity or power is decided.
// Probed (insecure, 36): access entries with unknown kubernetesGroups, type, principalArn or clusterName; access policy
// associations with unknown policyArn, namespaces, accessScope, scope type, principalArn or clusterName; aws-auth
// (ConfigMap and Patch) with unknown mapRoles/mapUsers/data; Namespaces with unknown Pod Security labels; ClusterRoles
// with unknown labels (aggregation) or clusterRoleSelectors; bindings with unknown subject apiGroup+name, roleRef,
// roleRef.kind, RoleBindingPatch subjects, one of two subjects, ServiceAccount name; a Role of unknown namespace and a
// ClusterRole of unknown name matching a binding's roleRef; mutating webhooks with unknown clientConfig, url,
// namespaceSelector or rules; a MutatingAdmissionPolicy with unknown mutations; Karpenter EC2NodeClass unknown userData;
// an Argo CD Application with unknown repoURL.
// Probed (secure, 21): unknown values that cannot widen power (view/read-only roles, tokenreviews, a User subject's
// namespace, a webhook's objectSelector inside restricted team-a, a validating webhook on pods), Pod Identity
// associations with unknown namespace/ServiceAccount/role (the custody role's trust pins the session tags), an
// association on another cluster (pod-identity stack).
// Misses (both fixed in round 74): insecure 1 (I37: an access entry's unknown kubernetesGroups only get the SDK advisory, while a literal
// system:masters is refused); secure 1 (S18: a roleRef whose only unknown is kind, both candidates read ConfigMaps,
// refused as "a role unknown during preview").
// Held: everything else. Judgement left to the lead (S20/S21), DECIDED in round 75 as insecure (now I38/I39): a
// validating webhook on Secret UPDATE plus another subject's Secret create in validators (create holder → token
// Secret → webhook server). First written as insecure, rightly accepted: Pod Identity associations with unknown parts (S13-S15).
import { UNKNOWN } from "../support";
import { describeVariants, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const SIGNER_ROLE = "arn:aws:iam::111111111111:role/custody-pod-identity-signer";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const PIA = "aws:eks/podIdentityAssociation:PodIdentityAssociation";
const TEAM = [{ kind: "Group", apiGroup: RBAC, name: "team-a" }];
const POLICY = "arn:aws:eks::aws:cluster-access-policy";
const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }];

type R = Parameters<StackCase["edit"]>[0];

const entry = (r: R, name: string, extra: Record<string, unknown>) =>
    aws(r, ENTRY, name, { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "STANDARD", ...extra });

const assoc = (r: R, name: string, extra: Record<string, unknown>) =>
    aws(r, ASSOC, name, { clusterName: "prod-validators", principalArn: OPS_ROLE, ...extra });

const role = (r: R, kind: "Role" | "ClusterRole", name: string, rules: unknown, ns?: string, labels?: unknown) =>
    k8s(r, `kubernetes:${RBAC}/v1:${kind}`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind,
        metadata: {
            name,
            ...(ns ? { namespace: ns } : {}),
            ...(labels !== undefined ? { labels } : {}),
        },
        rules,
    });

const binding = (r: R, kind: string, name: string, roleRef: unknown, subjects: unknown, ns?: string) =>
    k8s(r, `kubernetes:${RBAC}/v1:${kind}`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind,
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef,
        subjects,
    });

const awsAuth = (data: unknown) =>
    ({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data,
    }) as Record<string, unknown>;

const webhook = (r: R, name: string, hook: Record<string, unknown>, kind = "MutatingWebhookConfiguration") =>
    k8s(r, `kubernetes:${ADM}/v1:${kind}`, name, {
        apiVersion: `${ADM}/v1`,
        kind,
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name: "hook", namespace: "team-a", path: "/hook" } },
                rules: [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["pods"],
                        scope: "Namespaced",
                    },
                ],
                ...hook,
            },
        ],
    });

/** User auditor may create Secrets in validators; a validating webhook served at `url` sees Secret CREATE/UPDATE. */
/**
 * A webhook configuration (validating unless `kind`) on Secrets CREATE/UPDATE (or `operations`/`resources`) served by
 * `url`, with User auditor allowed to create Secrets in validators (unless `creator` is false).
 */
const secretsHook = (
    r: R,
    url: unknown,
    opts: {
        kind?: string;
        creator?: boolean;
        namespaceSelector?: unknown;
        resources?: string[];
        operations?: string[];
    } = {},
) => {
    if (opts.creator !== false) {
        role(r, "Role", "sc33", [{ apiGroups: [""], resources: ["secrets"], verbs: ["create"] }], "validators");
        binding(
            r,
            "RoleBinding",
            "sc33",
            { apiGroup: RBAC, kind: "Role", name: "sc33" },
            [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            "validators",
        );
    }
    webhook(
        r,
        "vwh-secrets33",
        {
            clientConfig: { url },
            ...(opts.namespaceSelector !== undefined ? { namespaceSelector: opts.namespaceSelector } : {}),
            rules: [
                {
                    apiGroups: [""],
                    apiVersions: ["v1"],
                    operations: opts.operations ?? ["CREATE", "UPDATE"],
                    resources: opts.resources ?? ["secrets"],
                    scope: "Namespaced",
                },
            ],
        },
        opts.kind ?? "ValidatingWebhookConfiguration",
    );
};

const insecure: StackCase[] = [
    // ---- EKS access entries with unknown groups/type (EKS API reference CreateAccessEntry: kubernetesGroups "The
    // value(s) ... are Kubernetes groups that the principal is a member of"; type STANDARD | EC2_LINUX | ...)
    // I1/I2 are refused by the team-a group binding itself (the pack refuses any group holding custody power), so
    // they pin that, not the unknown groups: I37 below is the unknown-groups probe.
    {
        name: "I1 access entry of platform-ops whose kubernetesGroups are unknown; team-a may create pods in validators",
        stack: "prod",
        preview: true,
        edit: r => {
            entry(r, "ops-unknown-groups", { kubernetesGroups: UNKNOWN });
            roleFor(r, "team-a-val-pods", POD_CREATE, TEAM, "validators");
        },
    },
    {
        name: "I2 access entry of platform-ops whose one kubernetesGroups element is unknown; team-a may create pods in validators",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            entry(r, "ops-unknown-group", { kubernetesGroups: ["readers", UNKNOWN] });
            roleFor(r, "team-a-val-pods2", POD_CREATE, TEAM, "validators");
        },
    },
    // EKS user guide "Create access entries": type EC2_LINUX makes the principal a node (system:nodes, user
    // system:node:{{EC2PrivateDNSName}}); a node may read Secrets and tokens for pods bound to it (Node authorizer).
    {
        name: "I3 access entry of platform-ops whose type is unknown during the preview (EC2_LINUX at `up`)",
        stack: "prod",
        preview: true,
        edit: r => entry(r, "ops-unknown-type", { type: UNKNOWN }),
    },
    {
        name: "I4 access entry of platform-ops whose principalArn is wholly unknown, kubernetesGroups team-a, team-a creating pods in validators",
        stack: "prod",
        preview: true,
        edit: r => {
            entry(r, "any-principal", { principalArn: UNKNOWN, kubernetesGroups: ["team-a"] });
            roleFor(r, "team-a-val-pods3", POD_CREATE, TEAM, "validators");
        },
    },
    // ---- access policy associations with unknown parts (EKS "Associate access policies with access entries")
    {
        name: "I5 association of platform-ops whose policyArn is unknown, cluster scope",
        stack: "prod",
        preview: true,
        edit: r => {
            entry(r, "ops-e5", {});
            assoc(r, "unknown-policy", { policyArn: UNKNOWN, accessScope: { type: "cluster" } });
        },
    },
    {
        name: "I6 association of platform-ops with AmazonEKSEditPolicy on namespaces unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => {
            entry(r, "ops-e6", {});
            assoc(r, "edit-unknown-ns", {
                policyArn: `${POLICY}/AmazonEKSEditPolicy`,
                accessScope: { type: "namespace", namespaces: [UNKNOWN] },
            });
        },
    },
    {
        name: "I7 association of platform-ops with AmazonEKSAdminPolicy whose accessScope is wholly unknown",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            entry(r, "ops-e7", {});
            assoc(r, "admin-unknown-scope", { policyArn: `${POLICY}/AmazonEKSAdminPolicy`, accessScope: UNKNOWN });
        },
    },
    {
        name: "I8 association of platform-ops with AmazonEKSEditPolicy, accessScope.type unknown, namespaces team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            entry(r, "ops-e8", {});
            assoc(r, "edit-unknown-type", {
                policyArn: `${POLICY}/AmazonEKSEditPolicy`,
                accessScope: { type: UNKNOWN, namespaces: ["team-a"] },
            });
        },
    },
    {
        name: "I9 association whose principalArn is unknown with AmazonEKSClusterAdminPolicy",
        stack: "prod",
        preview: true,
        edit: r =>
            aws(r, ASSOC, "unknown-principal-admin", {
                clusterName: "prod-validators",
                principalArn: UNKNOWN,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
            }),
    },
    // ---- aws-auth with unknown data (EKS user guide "Grant IAM users access to Kubernetes with a ConfigMap")
    {
        name: "I10 aws-auth ConfigMap whose mapRoles is unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => k8s(r, "kubernetes:core/v1:ConfigMap", "aws-auth-unknown", awsAuth({ mapRoles: UNKNOWN })),
    },
    {
        name: "I11 aws-auth ConfigMapPatch whose data is wholly unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth-patch-unknown", awsAuth(UNKNOWN)),
    },
    {
        name: "I12 aws-auth ConfigMap whose mapUsers is unknown during the preview",
        stack: "pod-identity",
        preview: true,
        edit: r => k8s(r, "kubernetes:core/v1:ConfigMap", "aws-auth-users-unknown", awsAuth({ mapUsers: UNKNOWN })),
    },
    // ---- namespaces and Pod Security labels unknown (Kubernetes "Pod Security Admission": the enforce label's
    // level; privileged admits hostPath/hostNetwork pods that reach node credentials)
    {
        name: "I16 team-a whose pod-security enforce label is unknown, team-a creating pods there",
        stack: "prod",
        preview: true,
        edit: r => {
            k8s(r, "kubernetes:core/v1:Namespace", "team-a-ns", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": UNKNOWN } },
            });
            roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
            entry(r, "ops-e16", { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "I17 team-a whose labels are wholly unknown, team-a creating pods there",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            k8s(r, "kubernetes:core/v1:Namespace", "team-a-ns2", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: UNKNOWN },
            });
            roleFor(r, "team-a-pods2", POD_CREATE, TEAM, "team-a");
            entry(r, "ops-e17", { kubernetesGroups: ["team-a"] });
        },
    },
    // ---- aggregation with unknown labels (Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles")
    {
        name: "I18 ClusterRole with pods/exec whose labels are unknown (aggregate-to-edit at `up`), edit bound in validators",
        stack: "prod",
        preview: true,
        edit: r => {
            role(
                r,
                "ClusterRole",
                "maybe-agg",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }],
                undefined,
                UNKNOWN,
            );
            bind(r, "team-a-edit", { kind: "ClusterRole", name: "edit" }, TEAM, "validators");
            entry(r, "ops-e18", { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "I19 ClusterRole with pods/exec whose aggregate-to-admin label value is unknown, admin bound in validators",
        stack: "prod",
        preview: true,
        edit: r => {
            role(
                r,
                "ClusterRole",
                "maybe-agg2",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }],
                undefined,
                {
                    [`${RBAC}/aggregate-to-admin`]: UNKNOWN,
                },
            );
            bind(r, "team-a-admin", { kind: "ClusterRole", name: "admin" }, TEAM, "validators");
            entry(r, "ops-e19", { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "I20 aggregating ClusterRole whose clusterRoleSelectors are unknown, bound in validators to team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "agg-unknown-sel", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "agg-unknown-sel" },
                aggregationRule: { clusterRoleSelectors: UNKNOWN },
            });
            bind(r, "team-a-agg", { kind: "ClusterRole", name: "agg-unknown-sel" }, TEAM, "validators");
            entry(r, "ops-e20", { kubernetesGroups: ["team-a"] });
        },
    },
    // ---- bindings: neighbours of the fix
    {
        name: "I21 RoleBinding in validators of pod-creating Role, subject User with apiGroup unknown and name unknown",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "pc21", POD_CREATE, "validators");
            binding(
                r,
                "RoleBinding",
                "pc21",
                { apiGroup: RBAC, kind: "Role", name: "pc21" },
                [{ kind: "User", apiGroup: UNKNOWN, name: UNKNOWN }],
                "validators",
            );
        },
    },
    {
        name: "I22 ClusterRoleBinding of cluster-admin whose roleRef is wholly unknown, subjects team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            binding(r, "ClusterRoleBinding", "rr22", UNKNOWN, TEAM);
            entry(r, "ops-e22", { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "I23 RoleBindingPatch in validators of a pod-creating Role whose subjects are unknown",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            role(r, "Role", "pc23", POD_CREATE, "validators");
            k8s(r, `kubernetes:${RBAC}/v1:RoleBindingPatch`, "pc23-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "pc23", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "pc23" },
                subjects: UNKNOWN,
            });
        },
    },
    {
        name: "I24 ClusterRoleBinding of a ClusterRole minting serviceaccounts/token, one of two subjects unknown",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            role(r, "ClusterRole", "mint24", [
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]);
            binding(r, "ClusterRoleBinding", "mint24", { apiGroup: RBAC, kind: "ClusterRole", name: "mint24" }, [
                { kind: "User", apiGroup: RBAC, name: "auditor" },
                { kind: "Group", apiGroup: RBAC, name: UNKNOWN },
            ]);
        },
    },
    {
        name: "I25 RoleBinding in validators of ClusterRole edit to a ServiceAccount whose name is unknown in team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            binding(
                r,
                "RoleBinding",
                "edit25",
                { apiGroup: RBAC, kind: "ClusterRole", name: "edit" },
                [{ kind: "ServiceAccount", name: UNKNOWN, namespace: "team-a" }],
                "validators",
            );
        },
    },
    // ---- webhooks with unknown parts (Kubernetes "Dynamic Admission Control": a mutating webhook may change the
    // admitted object; clientConfig url/service name the server)
    {
        name: "I26 MutatingWebhookConfiguration on pods whose clientConfig is unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => webhook(r, "mwh-unknown-client", { clientConfig: UNKNOWN }),
    },
    {
        name: "I27 MutatingWebhookConfiguration on pods served by a url unknown during the preview",
        stack: "pod-identity",
        preview: true,
        edit: r => webhook(r, "mwh-unknown-url", { clientConfig: { url: UNKNOWN } }),
    },
    {
        name: "I28 MutatingWebhookConfiguration served in team-a whose namespaceSelector is unknown",
        stack: "prod",
        preview: true,
        edit: r => webhook(r, "mwh-unknown-sel", { namespaceSelector: UNKNOWN }),
    },
    {
        name: "I29 MutatingWebhookConfiguration whose rules are unknown, served in team-a",
        stack: "prod",
        preview: true,
        edit: r =>
            webhook(r, "mwh-unknown-rules", {
                rules: UNKNOWN,
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
            }),
    },
    // ---- round 74 neighbours, second batch
    // Kubernetes API reference RoleRef: kind "is the type of resource being referenced" (Role or ClusterRole): an
    // unknown kind may turn a harmless Role into the same-named pod-creating ClusterRole.
    {
        name: "I30 RoleBinding in validators to User auditor whose roleRef.kind is unknown (Role pods-x reads, ClusterRole pods-x creates pods)",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "pods-x", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }], "validators");
            role(r, "ClusterRole", "pods-x", POD_CREATE);
            binding(
                r,
                "RoleBinding",
                "px30",
                { apiGroup: RBAC, kind: UNKNOWN, name: "pods-x" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                "validators",
            );
        },
    },
    // Twin of S18 (round 74 fix): with only Role reader30b in the stack, the kind may name a ClusterRole reader30b
    // outside it, whose rules the pack cannot read.
    {
        name: "I30b RoleBinding in validators to User auditor whose roleRef.kind is unknown, only Role reader30b (reads ConfigMaps) in the stack",
        stack: "prod",
        preview: true,
        edit: r => {
            role(
                r,
                "Role",
                "reader30b",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }],
                "validators",
            );
            binding(
                r,
                "RoleBinding",
                "reader30b",
                { apiGroup: RBAC, kind: UNKNOWN, name: "reader30b" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                "validators",
            );
        },
    },
    {
        name: "I31 pod-creating Role pc31 whose namespace is unknown, RoleBinding in validators of Role pc31 to User auditor",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "pc31", POD_CREATE, UNKNOWN as unknown as string);
            binding(
                r,
                "RoleBinding",
                "pc31",
                { apiGroup: RBAC, kind: "Role", name: "pc31" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                "validators",
            );
        },
    },
    {
        name: "I32 pod-creating ClusterRole whose name is unknown, RoleBinding in validators of ClusterRole ghost to User auditor",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "unnamed-pc", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: UNKNOWN },
                rules: POD_CREATE,
            });
            binding(
                r,
                "RoleBinding",
                "ghost32",
                { apiGroup: RBAC, kind: "ClusterRole", name: "ghost" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                "validators",
            );
        },
    },
    {
        name: "I34 MutatingAdmissionPolicy on pods whose mutations are unknown during the preview, bound cluster-wide",
        stack: "prod",
        preview: true,
        edit: r => {
            k8s(r, `kubernetes:${ADM}/v1beta1:MutatingAdmissionPolicy`, "map-unknown", {
                apiVersion: `${ADM}/v1beta1`,
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "map-unknown" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                    },
                    reinvocationPolicy: "Never",
                    mutations: UNKNOWN,
                },
            });
            k8s(r, `kubernetes:${ADM}/v1beta1:MutatingAdmissionPolicyBinding`, "map-unknown-binding", {
                apiVersion: `${ADM}/v1beta1`,
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "map-unknown" },
                spec: { policyName: "map-unknown" },
            });
        },
    },
    // Karpenter EC2NodeClass userData runs on every node it launches (karpenter.sh "NodeClasses": spec.userData).
    {
        name: "I35 Karpenter EC2NodeClass whose userData is unknown during the preview, an untainted NodePool on it",
        stack: "prod",
        preview: true,
        edit: r => {
            k8s(r, "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass", "nc35", {
                apiVersion: "karpenter.k8s.aws/v1",
                kind: "EC2NodeClass",
                metadata: { name: "nc35" },
                spec: {
                    role: "prod-validators-node",
                    amiSelectorTerms: [{ alias: "al2023@latest" }],
                    subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod-validators" } }],
                    securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod-validators" } }],
                    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
                    userData: UNKNOWN,
                },
            });
            k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "np35", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "np35" },
                spec: {
                    template: {
                        spec: {
                            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "nc35" },
                            requirements: [],
                        },
                    },
                },
            });
        },
    },
    // Argo CD "Application": the controller applies whatever spec.source renders into spec.destination.namespace.
    {
        name: "I36 Argo CD Application whose source repoURL is unknown, destination validators",
        stack: "prod",
        preview: true,
        edit: r =>
            k8s(r, "kubernetes:argoproj.io/v1alpha1:Application", "app36", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "Application",
                metadata: { name: "app36", namespace: "argocd" },
                spec: {
                    project: "default",
                    source: { repoURL: UNKNOWN, path: "deploy", targetRevision: "main" },
                    destination: { server: "https://kubernetes.default.svc", namespace: "validators" },
                    syncPolicy: { automated: {} },
                },
            }),
    },
    // Was a MISS (fixed in round 74): EKS API CreateAccessEntry kubernetesGroups ("Amazon EKS doesn't confirm that the value for name exists in
    // any bindings on your cluster") and the pack's own README rule that a value still unknown during a first preview
    // is refused as unverifiable. An access entry whose kubernetesGroups come from another resource's output is only
    // pushed to view.unknown (kubernetes.ts readKubernetes, access-entry branch: `if (groups.unknown)
    // view.unknown.push(...)`), i.e. the SDK advisory, while the same entry with the literal group system:masters is
    // read as power over everything (`if (g === "system:masters") view.powers.push(... scope: everything)`), as is
    // an unknown `type` (nodeRoles) or principalArn. Attacker gain: platform-ops becomes system:masters (cluster-admin:
    // mints containment-chamber's token) if EKS accepts the name at `up` (the pack's literal branch assumes it may);
    // at least, groups bound outside the stack (DEFAULT_BINDINGS) are reached unseen. Fix: when groups.unknown, push
    // the same power as a literal system:masters with `unverifiable("kubernetesGroups", "it may name system:masters
    // or any bound group")`.
    {
        name: "I37 access entry of platform-ops whose kubernetesGroups are unknown during the preview (no stack binding names a group)",
        stack: "prod",
        preview: true,
        refused: /kubernetesGroups is unknown during the preview/,
        edit: r => entry(r, "ops-i37", { kubernetesGroups: UNKNOWN }),
    },
    // Twin of I37 (round 74 fix): one of two groups unknown is as open as the whole list unknown.
    {
        name: "I37b access entry of platform-ops whose second kubernetesGroups element is unknown (no stack binding names a group)",
        stack: "pod-identity",
        preview: true,
        refused: /kubernetesGroups is unknown during the preview/,
        edit: r => entry(r, "ops-i37b", { kubernetesGroups: ["readers", UNKNOWN] }),
    },
    {
        name: "I38 access entry of platform-ops with the literal kubernetesGroups system:masters (control for I37)",
        stack: "prod",
        edit: r => entry(r, "ops-i38", { kubernetesGroups: ["system:masters"] }),
    },
    // EKS API CreateAccessEntry / AssociateAccessPolicy clusterName: which cluster the entry opens; unknown, it may be
    // the stack's own.
    {
        name: "I39 access entry of platform-ops in group system:masters on a cluster whose name is unknown",
        stack: "prod",
        preview: true,
        edit: r => entry(r, "ops-i39", { clusterName: UNKNOWN, kubernetesGroups: ["system:masters"] }),
    },
    {
        name: "I40 AmazonEKSClusterAdminPolicy association of platform-ops on a cluster whose name is unknown",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            entry(r, "ops-i40", { clusterName: UNKNOWN });
            assoc(r, "admin-i40", {
                clusterName: UNKNOWN,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
            });
        },
    },
    // DECIDED (round 75): moved from the accepted side (were S20/S21, a judgement left to the lead). Kubernetes
    // "Configure Service Accounts for Pods", "Manually create a long-lived API token for a ServiceAccount": whoever may
    // create Secrets in validators (User auditor) creates a Secret of type kubernetes.io/service-account-token
    // annotated containment-chamber; the token controller fills its token by UPDATE, and "Dynamic Admission
    // Control" sends the webhook's server that UPDATE's whole object. Create holder → token Secret → webhook server:
    // two holders, but the server is outside the model, so it is a token-minting path whoever creates
    // (kubernetes.ts readKubernetes, the webhook readers paired with every Secret creator).
    {
        name: "I38 (was S20) ValidatingWebhookConfiguration on Secrets CREATE/UPDATE served by a url unknown, auditor may create Secrets in validators",
        stack: "prod",
        preview: true,
        refused: /webhook server/,
        edit: r => secretsHook(r, UNKNOWN),
    },
    {
        name: "I39 (was S21) the same webhook served by the literal url https://hook.team-a.example.com/v",
        stack: "prod",
        refused: /webhook server/,
        edit: r => secretsHook(r, "https://hook.team-a.example.com/v"),
    },
    {
        name: "I40 the same as a MutatingWebhookConfiguration",
        stack: "prod",
        refused: /webhook server/,
        edit: r => secretsHook(r, "https://hook.team-a.example.com/v", { kind: "MutatingWebhookConfiguration" }),
    },
    // A namespaceSelector unknown during the preview may admit validators (fail closed).
    {
        name: "I41 the same webhook whose namespaceSelector is unknown during the preview",
        stack: "prod",
        preview: true,
        refused: /webhook server/,
        edit: r => secretsHook(r, "https://hook.team-a.example.com/v", { namespaceSelector: UNKNOWN }),
    },
    {
        name: "I42 the same webhook limited by namespaceSelector to validators by name",
        stack: "prod",
        refused: /webhook server/,
        edit: r =>
            secretsHook(r, "https://hook.team-a.example.com/v", {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
            }),
    },
];

const secure: StackCase[] = [
    // Twin of I37 (round 74 fix): a known group no stack binding makes powerful is still accepted during a preview.
    {
        name: "S37 access entry of platform-ops with the literal kubernetesGroups readers during the preview",
        stack: "prod",
        preview: true,
        edit: r => entry(r, "ops-s37", { kubernetesGroups: ["readers"] }),
    },
    {
        name: "S2 association of platform-ops with AmazonEKSViewPolicy on namespaces unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => {
            entry(r, "ops-s2", {});
            assoc(r, "view-unknown-ns", {
                policyArn: `${POLICY}/AmazonEKSViewPolicy`,
                accessScope: { type: "namespace", namespaces: [UNKNOWN] },
            });
        },
    },
    {
        name: "S3 ClusterRoleBinding of a ClusterRole creating tokenreviews, subjects unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "ClusterRole", "reviews3", [
                { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
            ]);
            binding(
                r,
                "ClusterRoleBinding",
                "reviews3",
                { apiGroup: RBAC, kind: "ClusterRole", name: "reviews3" },
                UNKNOWN,
            );
        },
    },
    {
        name: "S4 RoleBinding in restricted team-a of Role reading ConfigMaps, subject apiGroup unknown, name literal",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            role(r, "Role", "cm4", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }], "team-a");
            binding(
                r,
                "RoleBinding",
                "cm4",
                { apiGroup: RBAC, kind: "Role", name: "cm4" },
                [{ kind: "User", apiGroup: UNKNOWN, name: "auditor" }],
                "team-a",
            );
        },
    },
    {
        name: "S5 ClusterRole reading a CRD whose labels are unknown, edit bound in restricted team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            role(
                r,
                "ClusterRole",
                "widgets5",
                [{ apiGroups: ["example.com"], resources: ["widgets"], verbs: ["get", "list", "watch"] }],
                undefined,
                UNKNOWN,
            );
            bind(r, "team-a-edit5", { kind: "ClusterRole", name: "edit" }, TEAM, "team-a");
        },
    },
    {
        name: "S6 team-a Namespace whose labels are unknown, nothing creates pods there",
        stack: "prod",
        preview: true,
        edit: r =>
            k8s(r, "kubernetes:core/v1:Namespace", "team-a-ns6", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: UNKNOWN },
            }),
    },
    {
        name: "S7 ValidatingWebhookConfiguration on pods whose url is unknown (validating only, pods only)",
        stack: "prod",
        preview: true,
        edit: r => webhook(r, "vwh-unknown-url", { clientConfig: { url: UNKNOWN } }, "ValidatingWebhookConfiguration"),
    },
    {
        name: "S8 RoleBinding of view in validators to a Group whose name is unknown",
        stack: "prod",
        preview: true,
        edit: r =>
            binding(
                r,
                "RoleBinding",
                "view8",
                { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                [{ kind: "Group", apiGroup: RBAC, name: UNKNOWN }],
                "validators",
            ),
    },
    {
        name: "S9 ClusterRoleBinding of cluster-admin-free ClusterRole listing events, one subject a Group with unknown namespace field",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "ClusterRole", "events9", [{ apiGroups: [""], resources: ["events"], verbs: ["get", "list"] }]);
            binding(r, "ClusterRoleBinding", "events9", { apiGroup: RBAC, kind: "ClusterRole", name: "events9" }, [
                { kind: "Group", apiGroup: RBAC, name: "auditors", namespace: UNKNOWN },
            ]);
        },
    },
    {
        name: "S10 Pod Identity association of a harmless role with team-a/containment-chamber, namespace unknown",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            aws(r, PIA, "pi-harmless", {
                clusterName: "prod-validators",
                namespace: UNKNOWN,
                serviceAccount: "metrics",
                roleArn: "arn:aws:iam::111111111111:role/nonexistent-metrics-reader",
            }),
    },
    {
        name: "S11 access entry whose userName is unknown with AmazonEKSViewPolicy cluster-wide",
        stack: "prod",
        preview: true,
        edit: r => {
            entry(r, "ops-s11", { userName: UNKNOWN });
            assoc(r, "view-s11", { policyArn: `${POLICY}/AmazonEKSViewPolicy`, accessScope: { type: "cluster" } });
        },
    },
    {
        name: "S12 aws-auth ConfigMap with a literal mapRoles of platform-ops to readers, mapUsers unknown-free",
        stack: "prod",
        edit: r =>
            k8s(
                r,
                "kubernetes:core/v1:ConfigMap",
                "aws-auth-readers",
                awsAuth({ mapRoles: `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n` }),
            ),
    },
    // Kubernetes API reference Subject: namespace "If the object kind is non-namespace, such as "User" or "Group",
    // and this value is not empty the Authorizer should report an error" (never widens who it is).
    {
        name: "S16 RoleBinding in restricted team-a of a pod-creating Role to User auditor whose namespace field is unknown",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            role(r, "Role", "tp16", POD_CREATE, "team-a");
            binding(
                r,
                "RoleBinding",
                "tp16",
                { apiGroup: RBAC, kind: "Role", name: "tp16" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor", namespace: UNKNOWN }],
                "team-a",
            );
        },
    },
    {
        name: "S17 MutatingWebhookConfiguration on pods of restricted team-a only, served in team-a, objectSelector unknown",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            webhook(r, "mwh-team-a", {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "team-a" } },
                objectSelector: UNKNOWN,
            });
        },
    },
    // Was a MISS (fixed in round 74) (secure, minor): Kubernetes API reference RoleRef: kind is Role or ClusterRole (anything else is rejected
    // at `up`); both candidates here are stack roles reading ConfigMaps only, so whatever the kind, auditor reads
    // ConfigMaps in validators. The pack reads a roleRef with any unknown field as "a role that is unknown during
    // preview" (kubernetes.ts readKubernetes, roleRef resolution) and refuses it as if it granted everything. Fix: when
    // only roleRef.kind is unknown and name is known, judge the union of the stack's Role <name> in the binding's
    // namespace and ClusterRole <name> (and refuse only if either is not in the stack). I30 (a powerful candidate)
    // must stay refused.
    {
        name: "S18 RoleBinding in validators whose roleRef.kind is unknown, Role and ClusterRole reader18 both read ConfigMaps",
        stack: "prod",
        preview: true,
        edit: r => {
            const rules = [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }];
            role(r, "Role", "reader18", rules, "validators");
            role(r, "ClusterRole", "reader18", rules);
            binding(
                r,
                "RoleBinding",
                "reader18",
                { apiGroup: RBAC, kind: UNKNOWN, name: "reader18" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                "validators",
            );
        },
    },
    // Kubernetes "Dynamic Admission Control": the AdmissionReview request carries the whole object, so a webhook on
    // Secrets sees their data (a ServiceAccount token Secret's token included), but only of Secrets someone writes
    // (kubernetes.ts admissionSecretSight, onWrites): with nobody writing a token Secret there is nothing to see.
    {
        name: "S19 ValidatingWebhookConfiguration on Secrets CREATE/UPDATE served by a url unknown (nothing may write a token Secret)",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            webhook(
                r,
                "vwh-secrets",
                {
                    clientConfig: { url: UNKNOWN },
                    rules: [
                        {
                            apiGroups: [""],
                            apiVersions: ["v1"],
                            operations: ["CREATE", "UPDATE"],
                            resources: ["secrets"],
                            scope: "Namespaced",
                        },
                    ],
                },
                "ValidatingWebhookConfiguration",
            ),
    },
    // ---- Pod Identity associations with unknown parts: first written as insecure, but harmless. EKS user guide
    // "Create IAM role with trust policy required by EKS Pod Identity" (pod-id-role.html): EKS Pod Identity calls
    // sts:AssumeRole + sts:TagSession with the session tags kubernetes-namespace / kubernetes-service-account, and the
    // custody role's trust pins them (components/iam/trust.ts; rule serviceaccount-role-agree checks it), so whatever
    // ServiceAccount or role the association names at `up`, STS refuses every pod but validators/containment-chamber.
    // The pack gives the SDK advisory (serviceaccount-role-agree checkAssociations, unknowns.run): right.
    {
        name: "S13 Pod Identity association of the signer role with a ServiceAccount whose namespace is unknown",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            aws(r, PIA, "pi-unknown-ns", {
                clusterName: "prod-validators",
                namespace: UNKNOWN,
                serviceAccount: "containment-chamber",
                roleArn: SIGNER_ROLE,
            }),
    },
    {
        name: "S14 Pod Identity association of the signer role with a ServiceAccount whose name is unknown in validators",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            aws(r, PIA, "pi-unknown-sa", {
                clusterName: "prod-validators",
                namespace: "team-a",
                serviceAccount: UNKNOWN,
                roleArn: SIGNER_ROLE,
            }),
    },
    {
        name: "S15 Pod Identity association of team-a/containment-chamber with a roleArn unknown during the preview",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            aws(r, PIA, "pi-unknown-role", {
                clusterName: "prod-validators",
                namespace: "team-a",
                serviceAccount: "containment-chamber",
                roleArn: UNKNOWN,
            }),
    },
    // Neighbours of the round 75 decision (I38-I42, insecure): the same webhook with nobody but the model allowed to
    // create Secrets in validators (nothing mints a token Secret for its server to see), a webhook on ConfigMaps, one
    // limited by namespaceSelector to team-a (no custody ServiceAccount), one on Secret CREATE alone (the token is
    // filled by the UPDATE it does not match).
    {
        name: "S23 ValidatingWebhookConfiguration on Secrets CREATE/UPDATE served by https://hook.team-a.example.com/v, nobody else may create Secrets",
        stack: "prod",
        edit: r => secretsHook(r, "https://hook.team-a.example.com/v", { creator: false }),
    },
    {
        name: "S24 ValidatingWebhookConfiguration on ConfigMaps CREATE/UPDATE, auditor may create Secrets in validators",
        stack: "prod",
        edit: r => secretsHook(r, "https://hook.team-a.example.com/v", { resources: ["configmaps"] }),
    },
    {
        name: "S25 ValidatingWebhookConfiguration on Secrets CREATE/UPDATE limited to namespace team-a, auditor may create Secrets in validators",
        stack: "prod",
        edit: r =>
            secretsHook(r, "https://hook.team-a.example.com/v", {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "team-a" } },
            }),
    },
    {
        name: "S26 ValidatingWebhookConfiguration on Secrets CREATE only, auditor may create Secrets in validators",
        stack: "prod",
        edit: r => secretsHook(r, "https://hook.team-a.example.com/v", { operations: ["CREATE"] }),
    },
    // An access entry opens only the cluster it names (EKS "Grant IAM users access to Kubernetes with EKS access
    // entries"); a cluster outside the stack runs no custody pod. Pod-identity stack: its pod subjects pin the cluster
    // ARN (build.ts clusterOutsideStack); on prod (IRSA, the issuer names no cluster) the pack counts every entry,
    // a documented conservative choice, not probed as a miss.
    {
        name: "S22 AmazonEKSClusterAdminPolicy association of platform-ops on the cluster other-cluster (not this stack's)",
        stack: "pod-identity",
        edit: r => {
            entry(r, "ops-s22", { clusterName: "other-cluster" });
            assoc(r, "admin-s22", {
                clusterName: "other-cluster",
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
            });
        },
    },
];

describeVariants("red team 74: Kubernetes API paths", insecure, secure);
