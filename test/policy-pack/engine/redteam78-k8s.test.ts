// Red-team round 78 on the Kubernetes/EKS API level (fresh eyes): who can act as, or reach the credentials of, a
// runtime ServiceAccount or a cluster-admin identity on prod, pod-identity and basil.
// Probed: every access entry type EKS documents (FARGATE_LINUX, EC2_WINDOWS, EC2 (Auto Mode), HYBRID_LINUX,
// HYPERPOD_LINUX); access policies the pack does not know by rules (AutoNode, BlockStorage, LoadBalancing), namespaces
// [*], AdminView cluster-wide, Edit in kube-system; WHICH cluster an access entry acts in (name vs the account and
// region it is created in, resource-level `region`); basil's runtime role made a Kubernetes identity (aws-auth, access
// entries, groups, its ServiceAccount's own RBAC into basil-bootstrap); pods update (image swap), mutating webhooks on
// pod UPDATE / Deployments / CronJobs; aws-auth root and Fargate-form mappings; neighbours of the round 78 fixes (a
// role path in an access entry vs aws-auth, IAM Identity Center aws-reserved paths; aggregation selectors spelled by
// matchExpressions, ORed, ANDed); escalate by name, impersonation with apiGroups *; legacy token Secrets of the
// custody ServiceAccount chained with that ServiceAccount's own RBAC; nonResourceURLs, discovery roles, scale and
// eviction, restricted-namespace workloads with sts-audience projected tokens, basil's bootstrap Job.
// Misses (5 insecure accepted, 6 secure refused):
// - insecure accepted, one class (a Kubernetes-only identity of the runtime ServiceAccount, from a legacy token Secret,
//   is not followed through that ServiceAccount's powers over itself): K35, K37, K38, K39, K40.
// - secure refused, class 1 (an access entry's cluster is matched by name only, never by its account/region; IRSA
//   counts every entry even in another region than the issuer's): S1, S2, S13, S19.
// - secure refused, class 2 (a built-in's own aggregation selector recognised only in the exact matchLabels
//   spelling): S17 (matchExpressions In [true]), S18 (an extra ANDed label).
// Held: 35 of 40 insecure refused; 18 of 24 secure clean.
// Fixed in round 78 (fix78-k8s): all 11 (a ServiceAccount's power over itself upgrades whoever holds its Kubernetes
// identity: build.ts, judge.ts uncoveredPaths; access entries by cluster ARN: build.ts clusterOutsideStack; selectors
// as requirements: kubernetes.ts labelRequirements/ownSelector), with neighbours K41-K47 and S25-S27 (-fix78).
import { describeVariants, StackCase } from "./support";
import { aws, k8s, namespace, next } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const BASIL_AGENT = "arn:aws:iam::111122223333:role/basil-agent";
const HOOK_URL = "https://hook.team-a.example.com/v";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";
const CLUSTER = "prod-validators";

type R = Parameters<StackCase["edit"]>[0];

const awsAuth = (r: R, data: Record<string, string>) =>
    k8s(r, "kubernetes:core/v1:ConfigMap", "aws-auth-78", {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data,
    });

/** An access entry of `principalArn` on `cluster` (prod-validators), with these extra inputs. */
const entry = (r: R, name: string, extra: Record<string, unknown> = {}, principalArn = OPS_ROLE, cluster = CLUSTER) =>
    aws(r, ENTRY, name, { clusterName: cluster, principalArn, type: "STANDARD", ...extra });

/** A STANDARD access entry and one access policy association of it. */
const access = (
    r: R,
    name: string,
    policy: string,
    accessScope: Record<string, unknown>,
    principalArn = OPS_ROLE,
    cluster = CLUSTER,
) => {
    entry(r, name, {}, principalArn, cluster);
    aws(r, ASSOC, `${name}-assoc`, {
        clusterName: cluster,
        principalArn,
        policyArn: `${POLICY}/${policy}`,
        accessScope,
    });
};

/** A Role in `ns` with these rules, bound to User auditor. */
const grant = (r: R, name: string, rules: unknown[], ns = "validators") => {
    k8s(r, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name, namespace: ns },
        rules,
    });
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: ns },
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
    });
};

/** A Role in `ns` bound to these subjects. */
const grantTo = (r: R, name: string, rules: unknown[], ns: string, subjects: unknown[]) => {
    k8s(r, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name, namespace: ns },
        rules,
    });
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: ns },
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects,
    });
};

/** A ClusterRole with this body, bound in validators to User auditor by a RoleBinding. */
const clusterGrant = (r: R, name: string, body: Record<string, unknown>) => {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-crole`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        ...body,
    });
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-rb`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: "validators" },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
        subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
    });
};

/** A legacy token Secret of validators/containment-chamber. */
const tokenSecret = (r: R) =>
    k8s(r, "kubernetes:core/v1:Secret", "cc-token-78", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "cc-token-78",
            namespace: "validators",
            annotations: { "kubernetes.io/service-account.name": "containment-chamber" },
        },
    });

/** A RoleBinding in validators of ServiceAccount validators/containment-chamber to a Role with these rules. */
const selfGrant = (r: R, rules: unknown[]) =>
    grantTo(r, "self78", rules, "validators", [
        { kind: "ServiceAccount", name: "containment-chamber", namespace: "validators" },
    ]);

/** A mutating webhook by team-a's url with these rules (and extra fields). */
const mutating = (r: R, name: string, rules: unknown[], extra: Record<string, unknown> = {}) =>
    k8s(r, `kubernetes:${ADM}/v1:MutatingWebhookConfiguration`, name, {
        apiVersion: `${ADM}/v1`,
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { url: HOOK_URL },
                rules,
                ...extra,
            },
        ],
    });

const inNs = (ns: string) => ({
    namespaceSelector: {
        matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: [ns] }],
    },
});

/** A resource through the AWS provider named `provider` (aws-signer, aws-custody-b, aws-custody-c). */
const viaProvider = (r: R, provider: string, type: string, name: string, inputs: Record<string, unknown>) => {
    const like = r.find(
        x => x.type.startsWith("aws:") && (x.provider as { name?: string } | undefined)?.name === provider,
    );
    if (!like) throw new Error(`no resource through ${provider}`);
    return next(r, like, type, name, inputs);
};

const container = (extra: Record<string, unknown> = {}) => ({
    name: "app",
    image: "registry.example.com/app:1.0",
    securityContext: {
        allowPrivilegeEscalation: false,
        runAsNonRoot: true,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
    },
    ...extra,
});

/** A stack Deployment in `ns` running as `sa`, with these pod spec fields. */
const deployment = (r: R, ns: string, sa: string, spec: Record<string, unknown> = {}) =>
    k8s(r, "kubernetes:apps/v1:Deployment", `dep78-${ns}-${sa}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: `dep78-${sa}`, namespace: ns },
        spec: {
            selector: { matchLabels: { app: "dep78" } },
            template: {
                metadata: { labels: { app: "dep78" } },
                spec: {
                    serviceAccountName: sa,
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [container()],
                    ...spec,
                },
            },
        },
    });

const insecure: StackCase[] = [
    // EKS API CreateAccessEntry `type`: "Valid values are STANDARD, FARGATE_LINUX, EC2_LINUX, EC2_WINDOWS, EC2 (for EKS
    // Auto Mode), HYBRID_LINUX, and HYPERPOD_LINUX"; every type but STANDARD is a node's (EKS user guide, "Create access
    // entries": EKS grants the node permissions, group system:nodes), and the Node authorizer lets a node mint the
    // tokens of the ServiceAccounts of pods bound to it ("Using Node Authorization"): platform-ops becomes a node.
    ...["FARGATE_LINUX", "EC2_WINDOWS", "EC2", "HYBRID_LINUX", "HYPERPOD_LINUX"].map((type, i): StackCase => ({
        name: `K${i + 1} access entry of platform-ops with type ${type} (a node identity)-rt78k`,
        stack: "prod",
        edit: r => entry(r, `ops-78-${type.toLowerCase()}`, { type }),
    })),
    // The same on the pod-identity stack's own cluster (named prod-validators there): a node of it can reach the Pod
    // Identity agent with its pods' tokens.
    {
        name: "K6 pod-identity: access entry of platform-ops with type EC2 (Auto Mode node) on prod-validators-rt78k",
        stack: "pod-identity",
        edit: r => entry(r, "ops-78-auto", { type: "EC2" }),
    },
    // "Review access policy permissions" (aws eks list-access-policies) lists more policies than the pack knows by rules
    // (EKS_ACCESS_POLICY_RULES): AmazonEKSAutoNodePolicy (Auto Mode nodes), AmazonEKSBlockStoragePolicy (Auto Mode
    // storage). Their rules are not read here, so each must be admin of its scope (fail closed).
    {
        name: "K7 access entry platform-ops + AmazonEKSAutoNodePolicy scoped to the cluster-rt78k",
        stack: "prod",
        edit: r => access(r, "ops-78-an", "AmazonEKSAutoNodePolicy", { type: "cluster" }),
    },
    {
        name: "K8 access entry platform-ops + AmazonEKSBlockStoragePolicy scoped to the cluster-rt78k",
        stack: "prod",
        edit: r => access(r, "ops-78-bs", "AmazonEKSBlockStoragePolicy", { type: "cluster" }),
    },
    // AmazonEKSLoadBalancingPolicy (Auto Mode's load balancing), unknown to the pack by rules: fail closed as admin of
    // the cluster, which on a Pod Identity cluster includes Service writes (CVE-2020-8554 capture of the agent).
    {
        name: "K9 pod-identity: access entry platform-ops + AmazonEKSLoadBalancingPolicy scoped to the cluster-rt78k",
        stack: "pod-identity",
        edit: r => access(r, "ops-78-lb", "AmazonEKSLoadBalancingPolicy", { type: "cluster" }),
    },
    // EKS API AccessScope `namespaces`: a wildcard is allowed at the end of a name ("dev-*"); `*` alone is every
    // namespace, validators and kube-system included.
    {
        name: "K10 access entry platform-ops + AmazonEKSEditPolicy scoped to namespaces [*]-rt78k",
        stack: "prod",
        edit: r => access(r, "ops-78-star", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["*"] }),
    },
    // "Review access policy permissions": AmazonEKSAdminViewPolicy lists/views every resource, Secrets included; at
    // cluster scope that is every Secret of every namespace, argocd-secret (Argo CD admin: README) and any token Secret.
    {
        name: "K11 access entry platform-ops + AmazonEKSAdminViewPolicy scoped to the cluster-rt78k",
        stack: "prod",
        edit: r => access(r, "ops-78-av", "AmazonEKSAdminViewPolicy", { type: "cluster" }),
    },
    // Edit scoped to kube-system: kube-system's ServiceAccounts (the controllers) create pods anywhere.
    {
        name: "K12 pod-identity: access entry platform-ops + AmazonEKSEditPolicy scoped to kube-system-rt78k",
        stack: "pod-identity",
        edit: r => access(r, "ops-78-ks", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["kube-system"] }),
    },
    // Basil: the runtime role itself made a Kubernetes identity. The provisioner ServiceAccount basil-bootstrap/
    // basil-provisioner is trusted by the key-management role basil-provisioner (IRSA); whoever creates pods (or
    // tokens) there acts as it (README "provisioner-not-runtime-assumable": not through a Kubernetes subject).
    // aws-auth maps the runtime role to system:masters: the runtime pod's credentials become cluster-admin.
    {
        name: "K13 basil: aws-auth mapRoles basil-agent (the runtime role) to system:masters-rt78k",
        stack: "basil",
        edit: r =>
            awsAuth(r, {
                mapRoles: `- rolearn: ${BASIL_AGENT}\n  username: basil-agent\n  groups:\n    - system:masters\n`,
            }),
    },
    // EKS access entry of the runtime role with Edit in basil-bootstrap: creates pods as basil-provisioner.
    {
        name: "K14 basil: access entry basil-agent + AmazonEKSEditPolicy scoped to basil-bootstrap-rt78k",
        stack: "basil",
        edit: r =>
            access(
                r,
                "agent-78-edit",
                "AmazonEKSEditPolicy",
                { type: "namespace", namespaces: ["basil-bootstrap"] },
                BASIL_AGENT,
                "basil-cluster",
            ),
    },
    // kubernetesGroups of the runtime role's entry bound to a token Role for basil-provisioner ("Service Accounts",
    // TokenRequest; CreateAccessEntry: the entry holds what its groups are bound to).
    {
        name: "K15 basil: access entry basil-agent kubernetesGroups [bootstrap-ops] + Role minting basil-provisioner tokens-rt78k",
        stack: "basil",
        edit: r => {
            entry(r, "agent-78-grp", { kubernetesGroups: ["bootstrap-ops"] }, BASIL_AGENT, "basil-cluster");
            grantTo(
                r,
                "tok78b",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["basil-provisioner"],
                    },
                ],
                "basil-bootstrap",
                [{ kind: "Group", apiGroup: RBAC, name: "bootstrap-ops" }],
            );
        },
    },
    // The runtime ServiceAccount itself may create Jobs in basil-bootstrap: a Job's pod runs as basil-provisioner.
    {
        name: "K16 basil: RoleBinding in basil-bootstrap of ServiceAccount basil/basil-agent to create jobs-rt78k",
        stack: "basil",
        edit: r =>
            grantTo(
                r,
                "job78b",
                [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] }],
                "basil-bootstrap",
                [{ kind: "ServiceAccount", name: "basil-agent", namespace: "basil" }],
            ),
    },
    // A running pod's container image may be changed by an update ("Pods": "spec.containers[*].image" is mutable):
    // `update` (a PUT of the whole pod) alone swaps the custody pod's image, which then runs with its token.
    {
        name: "K17 Role: get + update pods in validators (image swap by PUT), auditor-rt78k",
        stack: "prod",
        edit: r => grant(r, "upd78", [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "update"] }]),
    },
    // A mutating webhook on pod UPDATE only: every update of the custody pod (a label, an annotation) is rewritten by
    // team-a's server, which sets a new image ("Dynamic Admission Control": mutating webhooks see UPDATE requests;
    // image is mutable in a running pod).
    {
        name: "K18 MutatingWebhookConfiguration by team-a's url on pods UPDATE only, namespace validators-rt78k",
        stack: "prod",
        edit: r =>
            mutating(
                r,
                "mwh78u",
                [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["UPDATE"],
                        resources: ["pods"],
                        scope: "Namespaced",
                    },
                ],
                inNs("validators"),
            ),
    },
    // A mutating webhook on Deployments only: it rewrites the pod template, from which the ReplicaSet makes pods
    // running as the template's ServiceAccount.
    {
        name: "K19 MutatingWebhookConfiguration on apps deployments CREATE/UPDATE in validators-rt78k",
        stack: "prod",
        edit: r =>
            mutating(
                r,
                "mwh78d",
                [
                    {
                        apiGroups: ["apps"],
                        apiVersions: ["v1"],
                        operations: ["CREATE", "UPDATE"],
                        resources: ["deployments"],
                        scope: "Namespaced",
                    },
                ],
                inNs("validators"),
            ),
    },
    // The same on CronJobs (batch): the jobTemplate's pod template.
    {
        name: "K20 MutatingWebhookConfiguration on batch cronjobs CREATE/UPDATE, every namespace-rt78k",
        stack: "prod",
        edit: r =>
            mutating(r, "mwh78c", [
                {
                    apiGroups: ["batch"],
                    apiVersions: ["v1"],
                    operations: ["CREATE", "UPDATE"],
                    resources: ["cronjobs"],
                    scope: "*",
                },
            ]),
    },
    // aws-auth mapUsers of the account root ARN: aws-iam-authenticator's canonical ARN of the root user is
    // arn:aws:iam::A:root, matched with EqualFold: whoever signs in as root is system:masters.
    {
        name: "K21 aws-auth mapUsers userarn arn:aws:iam::111111111111:root to system:masters-rt78k",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapUsers: `- userarn: arn:aws:iam::111111111111:root\n  username: root\n  groups:\n    - system:masters\n`,
            }),
    },
    // aws-auth mapRoles in the Fargate form (username system:node:{{SessionName}}, groups system:bootstrappers and
    // system:nodes: EKS user guide, "Fargate pod execution role") for a role that is no Fargate profile's.
    {
        name: "K22 aws-auth mapRoles platform-ops as a Fargate node (system:node:{{SessionName}}, system:nodes)-rt78k",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapRoles: `- rolearn: ${OPS_ROLE}\n  username: system:node:{{SessionName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n`,
            }),
    },
    // Control for S1: the same entry with the resource-level region set to the cluster's own (eu-west-1).
    {
        name: "K23 pod-identity: access entry + ClusterAdmin on prod-validators with resource region eu-west-1-rt78k",
        stack: "pod-identity",
        edit: r => {
            aws(r, ENTRY, "ops-78-euw1", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                type: "STANDARD",
                region: "eu-west-1",
            });
            aws(r, ASSOC, "ops-78-euw1-assoc", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
                region: "eu-west-1",
            });
        },
    },
    // Pods in `default`, which enforces no Pod Security level (EKS's default is privileged): a privileged pod owns its
    // node and the tokens of every pod there ("Pod Security Admission"; "RBAC Good Practices", workload creation).
    {
        name: "K24 Role: create pods in namespace default, auditor-rt78k",
        stack: "prod",
        edit: r => grant(r, "def78", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], "default"),
    },
    // The built-in ClusterRole system:aggregate-to-edit (bootstrap policy: pods, pods/exec, deployments, ... writes)
    // bound in validators: the rules edit aggregates, without the user-facing name.
    {
        name: "K25 RoleBinding in validators of auditor to the built-in ClusterRole system:aggregate-to-edit-rt78k",
        stack: "prod",
        edit: r =>
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "agg78e-rb", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "agg78e", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "system:aggregate-to-edit" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            }),
    },
    // Group system:serviceaccounts:basil holds every ServiceAccount of basil, the runtime basil-agent included ("Using
    // RBAC Authorization", "Referring to subjects"): pods created in basil-bootstrap run as basil-provisioner.
    {
        name: "K26 basil: RoleBinding in basil-bootstrap of Group system:serviceaccounts:basil to create pods-rt78k",
        stack: "basil",
        edit: r =>
            grantTo(r, "grp78b", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], "basil-bootstrap", [
                { kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:basil" },
            ]),
    },
    // A stack Deployment in validators on the host network: instance metadata answers host-network pods with the node
    // role whatever the hop limit, and the node role is a node identity (Node authorizer: its pods' tokens).
    {
        name: "K27 pod-identity: Deployment in validators (SA metrics-reader) with hostNetwork true-rt78k",
        stack: "pod-identity",
        edit: r => deployment(r, "validators", "metrics-reader", { hostNetwork: true }),
    },
    // Neighbour of the round 78 aws-auth path fix, on access entries: EKS access entries accept a role ARN WITH its
    // path and map that role ("Create access entries": "If the ARN is for an IAM role, it can include a path ...
    // ARNs in aws-auth ConfigMap entries, can't include a path"): ClusterAdmin for role ops/platform-ops.
    {
        name: "K28 access entry principalArn role/ops/platform-ops (a path) + AmazonEKSClusterAdminPolicy-rt78k",
        stack: "prod",
        edit: r =>
            access(
                r,
                "ops-78-path",
                "AmazonEKSClusterAdminPolicy",
                { type: "cluster" },
                "arn:aws:iam::111111111111:role/ops/platform-ops",
            ),
    },
    // The IAM Identity Center role without its aws-reserved path maps (the form the EKS user guide tells you to write),
    // to system:masters.
    {
        name: "K29 aws-auth mapRoles AWSReservedSSO_Admin role without its path to system:masters-rt78k",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapRoles: `- rolearn: arn:aws:iam::111111111111:role/AWSReservedSSO_Admin_0123456789abcdef\n  username: sso-admin\n  groups:\n    - system:masters\n`,
            }),
    },
    // Neighbour of the aggregation fix: two selectors are ORed ("Aggregated ClusterRoles": any matching selector), so
    // aggregate-to-view plus aggregate-to-edit holds edit (pods, exec, tokens).
    {
        name: "K30 ClusterRole aggregating aggregate-to-view OR aggregate-to-edit, bound in validators to auditor-rt78k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78ve", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchLabels: { [`${RBAC}/aggregate-to-view`]: "true" } },
                        { matchLabels: { [`${RBAC}/aggregate-to-edit`]: "true" } },
                    ],
                },
                rules: [],
            }),
    },
    // A matchExpressions spelling of aggregate-to-admin (In ["true"]): what admin aggregates (RBAC writes, edit).
    {
        name: "K31 ClusterRole aggregating aggregate-to-admin by matchExpressions In [true], bound in validators-rt78k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78a", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchExpressions: [{ key: `${RBAC}/aggregate-to-admin`, operator: "In", values: ["true"] }] },
                    ],
                },
                rules: [],
            }),
    },
    // Control for S13/S19: on the IRSA stack a cluster of another NAME in the issuer's region (the stack's own
    // provider, eu-west-1) may be the issuer's cluster: the stack names its cluster by issuer only.
    {
        name: "K32 prod: access entry + ClusterAdmin on cluster staging-validators through the signer provider (eu-west-1)-rt78k",
        stack: "prod",
        edit: r =>
            access(
                r,
                "ops-78-pstg",
                "AmazonEKSClusterAdminPolicy",
                { type: "cluster" },
                OPS_ROLE,
                "staging-validators",
            ),
    },
    // "Using RBAC Authorization", Privilege escalation prevention: `escalate` on a Role lets its holder write any rule
    // into it (update, limited to its name); bound to that Role, the holder then grants itself pods/exec or tokens.
    {
        name: "K33 Role: escalate + update roles resourceNames [viewer] in validators, auditor also bound to viewer-rt78k",
        stack: "prod",
        edit: r => {
            grant(r, "esc78", [
                {
                    apiGroups: [RBAC],
                    resources: ["roles"],
                    verbs: ["get", "update", "escalate"],
                    resourceNames: ["viewer"],
                },
            ]);
            grant(r, "viewer", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }]);
        },
    },
    // Impersonation of the custody ServiceAccount with apiGroups `*` (RBAC RuleAllows: `*` matches the core group the
    // API server asks impersonate on serviceaccounts in).
    {
        name: "K34 pod-identity: Role: impersonate apiGroups [*] serviceaccounts [containment-chamber] in validators-rt78k",
        stack: "pod-identity",
        edit: r =>
            grant(r, "imp78", [
                {
                    apiGroups: ["*"],
                    resources: ["serviceaccounts"],
                    verbs: ["impersonate"],
                    resourceNames: ["containment-chamber"],
                },
            ]),
    },
    // A chain through the runtime ServiceAccount's own rights: auditor reads a legacy token Secret of
    // containment-chamber (a Kubernetes API identity of it: "Service Accounts", legacy tokens), and containment-chamber
    // may mint its own tokens (TokenRequest, any audience: sts.amazonaws.com), which IRSA exchanges for the custody role.
    // Was a MISS (fixed in round 78): insecure accepted (got []). auditor → token Secret → containment-chamber (Kubernetes) → TokenRequest of itself for sts.amazonaws.com → custody-prod-signer. Where: engine/kubernetes.ts readKubernetes, the hop-by-hop "becomes"
    // chain: a holder that becomes a ServiceAccount only as a Kubernetes API identity (a legacy token Secret it reads,
    // or creates and reads: secretPairs / token Secret readers, "a legacy token is a Kubernetes API identity only ...
    // it gives only their RBAC") is given that ServiceAccount's RBAC, but RBAC powers whose only target is that same
    // ServiceAccount (serviceaccounts/token of itself, pods it can create as itself, exec into its own pods) are
    // dropped as self-loops (rightly nothing new for the ServiceAccount itself, S24). General fix: when the identity is
    // Kubernetes-only, a power of its RBAC that yields a projected token of the ServiceAccount (TokenRequest for it,
    // a pod running as it, exec/attach/ephemeral containers into its pods, a workload template naming it) upgrades the
    // holder to the full ServiceAccount (IRSA/Pod Identity credentials): never filter self-targets for such holders.
    {
        name: "K35 token Secret of containment-chamber read by auditor + containment-chamber may mint its own tokens-rt78k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            grantTo(
                r,
                "self78",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                "validators",
                [{ kind: "ServiceAccount", name: "containment-chamber", namespace: "validators" }],
            );
        },
    },
    // The same with the self-mint granted to Group system:serviceaccounts:validators.
    {
        name: "K36 pod-identity: token Secret of containment-chamber read by auditor + group system:serviceaccounts:validators mints tokens-rt78k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            grantTo(
                r,
                "self78",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                "validators",
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:validators" }],
            );
        },
    },
    // K35 on the Pod Identity stack (the agent takes a token of audience pods.eks.amazonaws.com, which a TokenRequest
    // may ask for: "Service Accounts", TokenRequest `audiences`).
    // Was a MISS (fixed in round 78): insecure accepted (got []). The same on Pod Identity (audience pods.eks.amazonaws.com). Where: engine/kubernetes.ts readKubernetes, the hop-by-hop "becomes"
    // chain: a holder that becomes a ServiceAccount only as a Kubernetes API identity (a legacy token Secret it reads,
    // or creates and reads: secretPairs / token Secret readers, "a legacy token is a Kubernetes API identity only ...
    // it gives only their RBAC") is given that ServiceAccount's RBAC, but RBAC powers whose only target is that same
    // ServiceAccount (serviceaccounts/token of itself, pods it can create as itself, exec into its own pods) are
    // dropped as self-loops (rightly nothing new for the ServiceAccount itself, S24). General fix: when the identity is
    // Kubernetes-only, a power of its RBAC that yields a projected token of the ServiceAccount (TokenRequest for it,
    // a pod running as it, exec/attach/ephemeral containers into its pods, a workload template naming it) upgrades the
    // holder to the full ServiceAccount (IRSA/Pod Identity credentials): never filter self-targets for such holders.
    {
        name: "K37 pod-identity: token Secret of containment-chamber read by auditor + containment-chamber mints its own tokens-rt78k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            selfGrant(r, [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["containment-chamber"],
                },
            ]);
        },
    },
    // The same chain with pod creation: validators enforces restricted (no node reach), containment-chamber may create
    // pods there; the Kubernetes identity from the token Secret creates a pod running as containment-chamber, whose
    // projected token IRSA exchanges for the custody role.
    // Was a MISS (fixed in round 78): insecure accepted (got []). auditor → containment-chamber (Kubernetes) → a pod running as containment-chamber in restricted validators → its projected IRSA token. Where: engine/kubernetes.ts readKubernetes, the hop-by-hop "becomes"
    // chain: a holder that becomes a ServiceAccount only as a Kubernetes API identity (a legacy token Secret it reads,
    // or creates and reads: secretPairs / token Secret readers, "a legacy token is a Kubernetes API identity only ...
    // it gives only their RBAC") is given that ServiceAccount's RBAC, but RBAC powers whose only target is that same
    // ServiceAccount (serviceaccounts/token of itself, pods it can create as itself, exec into its own pods) are
    // dropped as self-loops (rightly nothing new for the ServiceAccount itself, S24). General fix: when the identity is
    // Kubernetes-only, a power of its RBAC that yields a projected token of the ServiceAccount (TokenRequest for it,
    // a pod running as it, exec/attach/ephemeral containers into its pods, a workload template naming it) upgrades the
    // holder to the full ServiceAccount (IRSA/Pod Identity credentials): never filter self-targets for such holders.
    {
        name: "K38 validators restricted; token Secret of containment-chamber read by auditor + containment-chamber creates pods-rt78k",
        stack: "prod",
        edit: r => {
            namespace(r, "validators");
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            selfGrant(r, [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }]);
        },
    },
    // And with exec: containment-chamber may exec into validators' pods (its own among them), so the token Secret's
    // reader runs commands in the custody pod and reads its projected token.
    // Was a MISS (fixed in round 78): insecure accepted (got []). auditor → containment-chamber (Kubernetes) → exec into the custody pod → its projected token. Where: engine/kubernetes.ts readKubernetes, the hop-by-hop "becomes"
    // chain: a holder that becomes a ServiceAccount only as a Kubernetes API identity (a legacy token Secret it reads,
    // or creates and reads: secretPairs / token Secret readers, "a legacy token is a Kubernetes API identity only ...
    // it gives only their RBAC") is given that ServiceAccount's RBAC, but RBAC powers whose only target is that same
    // ServiceAccount (serviceaccounts/token of itself, pods it can create as itself, exec into its own pods) are
    // dropped as self-loops (rightly nothing new for the ServiceAccount itself, S24). General fix: when the identity is
    // Kubernetes-only, a power of its RBAC that yields a projected token of the ServiceAccount (TokenRequest for it,
    // a pod running as it, exec/attach/ephemeral containers into its pods, a workload template naming it) upgrades the
    // holder to the full ServiceAccount (IRSA/Pod Identity credentials): never filter self-targets for such holders.
    {
        name: "K39 token Secret of containment-chamber read by auditor + containment-chamber may exec in validators-rt78k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            selfGrant(r, [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }]);
        },
    },
    // The token Secret made by auditor itself: create and read Secrets in validators (README: a token Secret it creates
    // for any ServiceAccount there, filled by the control plane), paired with containment-chamber's self-mint.
    // Was a MISS (fixed in round 78): insecure accepted (got []). auditor creates and reads a token Secret of containment-chamber → TokenRequest of itself. Where: engine/kubernetes.ts readKubernetes, the hop-by-hop "becomes"
    // chain: a holder that becomes a ServiceAccount only as a Kubernetes API identity (a legacy token Secret it reads,
    // or creates and reads: secretPairs / token Secret readers, "a legacy token is a Kubernetes API identity only ...
    // it gives only their RBAC") is given that ServiceAccount's RBAC, but RBAC powers whose only target is that same
    // ServiceAccount (serviceaccounts/token of itself, pods it can create as itself, exec into its own pods) are
    // dropped as self-loops (rightly nothing new for the ServiceAccount itself, S24). General fix: when the identity is
    // Kubernetes-only, a power of its RBAC that yields a projected token of the ServiceAccount (TokenRequest for it,
    // a pod running as it, exec/attach/ephemeral containers into its pods, a workload template naming it) upgrades the
    // holder to the full ServiceAccount (IRSA/Pod Identity credentials): never filter self-targets for such holders.
    {
        name: "K40 auditor creates and reads Secrets in validators + containment-chamber mints its own tokens-rt78k",
        stack: "prod",
        edit: r => {
            grant(r, "crd78", [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"] }]);
            selfGrant(r, [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["containment-chamber"],
                },
            ]);
        },
    },
    // Round 78 fix neighbours, class 1 (a Kubernetes-only identity of a ServiceAccount upgraded by that ServiceAccount's
    // own powers over itself): a Deployment it may create runs as it (a pod template names any ServiceAccount of its
    // namespace: "Configure Service Accounts for Pods"), so its projected IRSA token is the token Secret reader's.
    {
        name: "K41 token Secret of containment-chamber read by auditor + containment-chamber creates Deployments in validators-fix78",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            selfGrant(r, [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }]);
        },
    },
    // The same with exec on the Pod Identity stack, the token Secret created and read by auditor (MINTED_TOKEN_WHY).
    {
        name: "K42 pod-identity: auditor creates and reads Secrets in validators + containment-chamber may exec there-fix78",
        stack: "pod-identity",
        edit: r => {
            grant(r, "crd78", [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"] }]);
            selfGrant(r, [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }]);
        },
    },
    // Class 2 neighbours (an access entry's cluster by ARN): the resource-level region equal to the Pod Identity pin's
    // (eu-west-1) is the pinned cluster, so ClusterAdmin there acts as the runtime ServiceAccount.
    {
        name: "K43 pod-identity: access entry + ClusterAdmin on prod-validators with region eu-west-1 (the pinned one)-fix78",
        stack: "pod-identity",
        edit: r => {
            aws(r, ENTRY, "ops-78-euw1", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                type: "STANDARD",
                region: "eu-west-1",
            });
            aws(r, ASSOC, "ops-78-euw1-assoc", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
                region: "eu-west-1",
            });
        },
    },
    // IRSA: an OIDC provider may be created in another account from a cluster's issuer (EKS user guide, "Authenticate
    // to another account with IRSA"), so an entry of another account (custody-b's provider) in the issuer's Region
    // (eu-west-1, resource-level) may be the trusted cluster's: still counted.
    {
        name: "K44 prod: access entry + ClusterAdmin through custody-b's provider with region eu-west-1 (the issuer's)-fix78",
        stack: "prod",
        edit: r => {
            const principalArn = "arn:aws:iam::222222222222:role/platform-ops";
            viaProvider(r, "aws-custody-b", ENTRY, "ops-78-b-euw1", {
                clusterName: CLUSTER,
                principalArn,
                type: "STANDARD",
                region: "eu-west-1",
            });
            viaProvider(r, "aws-custody-b", ASSOC, "ops-78-b-euw1-assoc", {
                clusterName: CLUSTER,
                principalArn,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
                region: "eu-west-1",
            });
        },
    },
    // Class 3 neighbours (aggregation selectors as requirements): In ["true", "yes"] on aggregate-to-view also selects
    // ClusterRoles labelled "yes", which view does not aggregate: any ClusterRole outside the stack may carry it.
    {
        name: "K45 ClusterRole aggregating aggregate-to-view In [true, yes], bound in validators-fix78",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78yes", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        {
                            matchExpressions: [
                                { key: `${RBAC}/aggregate-to-view`, operator: "In", values: ["true", "yes"] },
                            ],
                        },
                    ],
                },
                rules: [],
            }),
    },
    // Selectors OR: view's own selector beside {team: a}, which any ClusterRole outside the stack may carry.
    {
        name: "K46 ClusterRole aggregating aggregate-to-view OR {team: a}, bound in validators-fix78",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78or", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchLabels: { [`${RBAC}/aggregate-to-view`]: "true" } },
                        { matchLabels: { team: "a" } },
                    ],
                },
                rules: [],
            }),
    },
    // A narrowed view selector still pulls in the stack's ClusterRoles it matches (selectedPower): one labelled
    // aggregate-to-view and team: a that creates pods gives that power.
    {
        name: "K47 ClusterRole aggregating {aggregate-to-view, team: a} + stack ClusterRole so labelled creating pods-fix78",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "pods78-crole", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "pods78", labels: { [`${RBAC}/aggregate-to-view`]: "true", team: "a" } },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            });
            clusterGrant(r, "agg78and2", {
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { [`${RBAC}/aggregate-to-view`]: "true", team: "a" } }],
                },
                rules: [],
            });
        },
    },
];

const secure: StackCase[] = [
    // Pod Identity: EKS sets the session tag eks-cluster-arn to the cluster's ARN and the custody role's trust pins
    // arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators (README "Binding ServiceAccounts"; EKS user guide
    // "Pod Identity session tags"). A cluster of the same NAME in another region (the AWS provider v7 resource-level
    // `region` input) or another account is another cluster (ARNs differ): admin there reaches no custody role.
    // Was a MISS (fixed in round 78): secure refused. A cluster named prod-validators in us-east-1 (resource-level region) is not the pinned eu-west-1 cluster, so its admins reach no custody role. The pack refuses it as ClusterAdmin on the custody cluster (custody-effective-access:
    // "arn:...:role/platform-ops (outside this stack) → EKS access policy association ops-78-use1-assoc (EKS access policy
    // AmazonEKSClusterAdminPolicy, scope cluster) → acts as ServiceAccount validators/containment-chamber → ...").
    // Where: engine/build.ts clusterOutsideStack (and kubernetes.ts readKubernetes, the access-entry loop) matches an
    // entry's cluster by clusterName alone, never by the account and region it is created in (its AWS provider's
    // allowedAccountIds/region, or the resource-level `region` input of AWS provider v7), and for IRSA it counts every
    // entry. General fix: resolve each access entry / association to a cluster ARN (arn:aws:eks:<region>:<account>:
    // cluster/<name>, region = resource `region` ?? provider region, account = provider's account) and compare it with
    // the Pod Identity pins' cluster ARNs; for IRSA, an entry whose region differs from every issuer's region
    // (oidc.eks.<region>.amazonaws.com) is outside; unknown region/account stays inside (fail closed).
    {
        name: "S1 pod-identity: access entry + ClusterAdmin on prod-validators in region us-east-1 (resource region)-rt78k",
        stack: "pod-identity",
        edit: r => {
            aws(r, ENTRY, "ops-78-use1", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                type: "STANDARD",
                region: "us-east-1",
            });
            aws(r, ASSOC, "ops-78-use1-assoc", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
                region: "us-east-1",
            });
        },
    },
    // Was a MISS (fixed in round 78): secure refused. A cluster named prod-validators in account 333333333333 (custody-c's provider) is another cluster (the pin names account 111111111111). The pack refuses it as ClusterAdmin on the custody cluster (custody-effective-access:
    // "arn:...:role/platform-ops (outside this stack) → EKS access policy association ops-78-c-assoc (EKS access policy
    // AmazonEKSClusterAdminPolicy, scope cluster) → acts as ServiceAccount validators/containment-chamber → ...").
    // Where: engine/build.ts clusterOutsideStack (and kubernetes.ts readKubernetes, the access-entry loop) matches an
    // entry's cluster by clusterName alone, never by the account and region it is created in (its AWS provider's
    // allowedAccountIds/region, or the resource-level `region` input of AWS provider v7), and for IRSA it counts every
    // entry. General fix: resolve each access entry / association to a cluster ARN (arn:aws:eks:<region>:<account>:
    // cluster/<name>, region = resource `region` ?? provider region, account = provider's account) and compare it with
    // the Pod Identity pins' cluster ARNs; for IRSA, an entry whose region differs from every issuer's region
    // (oidc.eks.<region>.amazonaws.com) is outside; unknown region/account stays inside (fail closed).
    {
        name: "S2 pod-identity: access entry + ClusterAdmin on prod-validators through custody-c's provider (333333333333, us-east-1)-rt78k",
        stack: "pod-identity",
        edit: r => {
            const principalArn = "arn:aws:iam::333333333333:role/platform-ops";
            viaProvider(r, "aws-custody-c", ENTRY, "ops-78-c", {
                clusterName: CLUSTER,
                principalArn,
                type: "STANDARD",
            });
            viaProvider(r, "aws-custody-c", ASSOC, "ops-78-c-assoc", {
                clusterName: CLUSTER,
                principalArn,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
            });
        },
    },
    // Control: another cluster name on the stack's provider.
    {
        name: "S3 pod-identity: access entry + ClusterAdmin on cluster staging-validators-rt78k",
        stack: "pod-identity",
        edit: r =>
            access(r, "ops-78-stg", "AmazonEKSClusterAdminPolicy", { type: "cluster" }, OPS_ROLE, "staging-validators"),
    },
    // A STANDARD entry with no groups, userName or association: EKS gives it the default username (its ARN) and
    // system:authenticated only ("Create access entries"); no stack binding names either.
    {
        name: "S4 access entry of platform-ops, STANDARD, nothing else-rt78k",
        stack: "prod",
        edit: r => entry(r, "ops-78-bare"),
    },
    // AmazonEKSViewPolicy in validators: no Secrets, exec or writes ("Review access policy permissions").
    {
        name: "S5 access entry platform-ops + AmazonEKSViewPolicy scoped to validators-rt78k",
        stack: "prod",
        edit: r => access(r, "ops-78-v", "AmazonEKSViewPolicy", { type: "namespace", namespaces: ["validators"] }),
    },
    // Edit in team-a, which enforces Pod Security restricted, on the IRSA stack (no Pod Identity agent to capture):
    // team-a's pods reach no node, and no custody role trusts a team-a ServiceAccount (the IRSA trust pins
    // system:serviceaccount:validators:containment-chamber).
    {
        name: "S6 access entry platform-ops + AmazonEKSEditPolicy scoped to team-a (enforce restricted)-rt78k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            access(r, "ops-78-ta", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["team-a"] });
        },
    },
    // The scale subresource sets replicas only ("Horizontal Pod Autoscaling"; apps/v1 Scale has spec.replicas alone):
    // no pod template is written.
    {
        name: "S7 Role: get/patch/update deployments/scale and statefulsets/scale in validators, auditor-rt78k",
        stack: "prod",
        edit: r =>
            grant(r, "scale78", [
                {
                    apiGroups: ["apps"],
                    resources: ["deployments/scale", "statefulsets/scale"],
                    verbs: ["get", "patch", "update"],
                },
            ]),
    },
    // Eviction and delete of pods restart them (their controller makes the same pod again): availability, no token.
    {
        name: "S8 Role: delete pods and create pods/eviction in validators, auditor-rt78k",
        stack: "prod",
        edit: r =>
            grant(r, "evict78", [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "delete"] },
                { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
            ]),
    },
    // A mutating webhook on pods of team-a only (namespaceSelector by kubernetes.io/metadata.name), team-a enforcing
    // restricted: Pod Security admission validates after mutation ("Dynamic Admission Control": validating admission
    // runs after mutating), so the mutated pod stays restricted, and team-a runs no custody ServiceAccount.
    {
        name: "S9 MutatingWebhookConfiguration on pods CREATE in team-a only (enforce restricted)-rt78k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            mutating(
                r,
                "mwh78s",
                [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["pods"],
                        scope: "Namespaced",
                    },
                ],
                inNs("team-a"),
            );
        },
    },
    // A team-a Deployment (restricted) with a projected ServiceAccount token for audience sts.amazonaws.com: the
    // token's sub is system:serviceaccount:team-a:ci ("Service Accounts", bound tokens), which the custody role's
    // trust (StringEquals :sub validators/containment-chamber) refuses.
    {
        name: "S10 Deployment in team-a (restricted) mounting a projected sts.amazonaws.com token of team-a/ci-rt78k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            k8s(r, "kubernetes:apps/v1:Deployment", "ci78", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "ci78", namespace: "team-a" },
                spec: {
                    selector: { matchLabels: { app: "ci78" } },
                    template: {
                        metadata: { labels: { app: "ci78" } },
                        spec: {
                            serviceAccountName: "ci",
                            containers: [
                                container({
                                    volumeMounts: [{ name: "aws", mountPath: "/var/run/secrets/aws", readOnly: true }],
                                }),
                            ],
                            volumes: [
                                {
                                    name: "aws",
                                    projected: {
                                        sources: [
                                            {
                                                serviceAccountToken: {
                                                    audience: "sts.amazonaws.com",
                                                    expirationSeconds: 3600,
                                                    path: "token",
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
    // A team-a Job whose pod names serviceAccountName containment-chamber: a pod runs as a ServiceAccount of its own
    // namespace ("Configure Service Accounts for Pods"), so at most team-a/containment-chamber, whose token's sub the
    // custody trust refuses.
    {
        name: "S11 Job in team-a (restricted) with serviceAccountName containment-chamber-rt78k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            k8s(r, "kubernetes:batch/v1:Job", "job78", {
                apiVersion: "batch/v1",
                kind: "Job",
                metadata: { name: "job78", namespace: "team-a" },
                spec: {
                    template: {
                        spec: {
                            serviceAccountName: "containment-chamber",
                            restartPolicy: "Never",
                            containers: [container()],
                        },
                    },
                },
            });
        },
    },
    // aws-auth mapAccounts: every IAM principal of the account authenticates with its ARN as username and no group but
    // system:authenticated (aws-iam-authenticator README, mapAccounts); nothing in the stack is bound to those.
    {
        name: "S12 aws-auth mapAccounts [111111111111] alone-rt78k",
        stack: "prod",
        edit: r => awsAuth(r, { mapAccounts: '- "111111111111"\n' }),
    },
    // IRSA: an EKS cluster's OIDC issuer is https://oidc.eks.<region>.amazonaws.com/id/<ID> (EKS user guide, "Create
    // an IAM OIDC provider for your cluster"; the stack's own issuer is oidc.eks.eu-west-1...), so a cluster in
    // us-east-1 (resource-level region) is not the cluster whose tokens the custody trust accepts.
    // Was a MISS (fixed in round 78): secure refused. IRSA: a us-east-1 cluster's issuer is oidc.eks.us-east-1..., not the trusted oidc.eks.eu-west-1... issuer. The pack refuses it as ClusterAdmin on the custody cluster (custody-effective-access:
    // "arn:...:role/platform-ops (outside this stack) → EKS access policy association ops-78-p1-assoc (EKS access policy
    // AmazonEKSClusterAdminPolicy, scope cluster) → acts as ServiceAccount validators/containment-chamber → ...").
    // Where: engine/build.ts clusterOutsideStack (and kubernetes.ts readKubernetes, the access-entry loop) matches an
    // entry's cluster by clusterName alone, never by the account and region it is created in (its AWS provider's
    // allowedAccountIds/region, or the resource-level `region` input of AWS provider v7), and for IRSA it counts every
    // entry. General fix: resolve each access entry / association to a cluster ARN (arn:aws:eks:<region>:<account>:
    // cluster/<name>, region = resource `region` ?? provider region, account = provider's account) and compare it with
    // the Pod Identity pins' cluster ARNs; for IRSA, an entry whose region differs from every issuer's region
    // (oidc.eks.<region>.amazonaws.com) is outside; unknown region/account stays inside (fail closed).
    {
        name: "S13 prod: access entry + ClusterAdmin on a cluster in region us-east-1 (resource region)-rt78k",
        stack: "prod",
        edit: r => {
            aws(r, ENTRY, "ops-78-p1", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                type: "STANDARD",
                region: "us-east-1",
            });
            aws(r, ASSOC, "ops-78-p1-assoc", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
                region: "us-east-1",
            });
        },
    },
    // The runtime role given a Kubernetes identity that only reads (AmazonEKSViewPolicy: no Secrets, exec, tokens or
    // writes): it gains nothing it could turn into another identity.
    {
        name: "S14 pod-identity: access entry of the signer runtime role + AmazonEKSViewPolicy in validators-rt78k",
        stack: "pod-identity",
        edit: r =>
            access(
                r,
                "signer-78-view",
                "AmazonEKSViewPolicy",
                { type: "namespace", namespaces: ["validators"] },
                "arn:aws:iam::111111111111:role/custody-pod-identity-signer",
            ),
    },
    // A plain stack Deployment in validators as a ServiceAccount no role trusts, with a restricted securityContext and
    // no host namespace or hostPath: it reaches only its own token.
    {
        name: "S15 prod: Deployment in validators (SA metrics-reader), restricted securityContext-rt78k",
        stack: "prod",
        edit: r => deployment(r, "validators", "metrics-reader"),
    },
    // Round 78 fix neighbour: an IAM Identity Center role keeps its aws-reserved path in its ARN
    // (role/aws-reserved/sso.amazonaws.com/<region>/AWSReservedSSO_...), which aws-auth can't match ("Create access
    // entries": aws-auth ARNs "can't include a path"; aws-iam-authenticator compares the path-free canonical ARN):
    // this mapping maps no one.
    {
        name: "S16 aws-auth mapRoles rolearn role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_x to system:masters-rt78k",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapRoles: `- rolearn: arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0123456789abcdef\n  username: sso-admin\n  groups:\n    - system:masters\n`,
            }),
    },
    // Aggregation fix neighbours: matchExpressions In ["true"] on aggregate-to-view is the same selector as matchLabels
    // (label selectors, "Labels and Selectors": set-based In with one value equals equality), so view.
    // Was a MISS (fixed in round 78): secure refused. matchExpressions In ["true"] is the very selector view uses. The pack refuses "ClusterRole agg78vi (aggregated ClusterRole: its rules come from every
    // ClusterRole its selectors match) → acts as ServiceAccount validators/containment-chamber". Where:
    // engine/kubernetes.ts ownSelector (used by sameSelection in the bindings loop) recognises a built-in's own
    // selector only as exactly matchLabels {aggregate-to-<built-in>: "true"} with no matchExpressions. General fix:
    // read a selector as the set of label requirements it implies (matchLabels and matchExpressions In with one value
    // are the same requirement); one that requires aggregate-to-<built-in>=true selects a subset of what that built-in
    // aggregates (further requirements only narrow it), so judge it as that built-in plus the stack ClusterRoles it
    // matches (selectedPower), as the round 78 fix does for the exact spelling.
    {
        name: "S17 ClusterRole aggregating aggregate-to-view by matchExpressions In [true], bound in validators-rt78k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78vi", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchExpressions: [{ key: `${RBAC}/aggregate-to-view`, operator: "In", values: ["true"] }] },
                    ],
                },
                rules: [],
            }),
    },
    // A selector with aggregate-to-view AND another label selects only ClusterRoles carrying both: each of them is
    // itself aggregated into view, so the aggregator holds at most what view holds.
    // Was a MISS (fixed in round 78): secure refused. {aggregate-to-view, team: a} selects only ClusterRoles view aggregates anyway. The pack refuses "ClusterRole agg78and (aggregated ClusterRole: its rules come from every
    // ClusterRole its selectors match) → acts as ServiceAccount validators/containment-chamber". Where:
    // engine/kubernetes.ts ownSelector (used by sameSelection in the bindings loop) recognises a built-in's own
    // selector only as exactly matchLabels {aggregate-to-<built-in>: "true"} with no matchExpressions. General fix:
    // read a selector as the set of label requirements it implies (matchLabels and matchExpressions In with one value
    // are the same requirement); one that requires aggregate-to-<built-in>=true selects a subset of what that built-in
    // aggregates (further requirements only narrow it), so judge it as that built-in plus the stack ClusterRoles it
    // matches (selectedPower), as the round 78 fix does for the exact spelling.
    {
        name: "S18 ClusterRole aggregating {aggregate-to-view: true, team: a} (AND), bound in validators-rt78k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78and", {
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { [`${RBAC}/aggregate-to-view`]: "true", team: "a" } }],
                },
                rules: [],
            }),
    },
    // The same class through custody-b's provider (eu-central-1): not the issuer's region either.
    // Was a MISS (fixed in round 78): secure refused. IRSA: an eu-central-1 cluster (custody-b's provider) cannot issue oidc.eks.eu-west-1... tokens. The pack refuses it as ClusterAdmin on the custody cluster (custody-effective-access:
    // "arn:...:role/platform-ops (outside this stack) → EKS access policy association ops-78-b-assoc (EKS access policy
    // AmazonEKSClusterAdminPolicy, scope cluster) → acts as ServiceAccount validators/containment-chamber → ...").
    // Where: engine/build.ts clusterOutsideStack (and kubernetes.ts readKubernetes, the access-entry loop) matches an
    // entry's cluster by clusterName alone, never by the account and region it is created in (its AWS provider's
    // allowedAccountIds/region, or the resource-level `region` input of AWS provider v7), and for IRSA it counts every
    // entry. General fix: resolve each access entry / association to a cluster ARN (arn:aws:eks:<region>:<account>:
    // cluster/<name>, region = resource `region` ?? provider region, account = provider's account) and compare it with
    // the Pod Identity pins' cluster ARNs; for IRSA, an entry whose region differs from every issuer's region
    // (oidc.eks.<region>.amazonaws.com) is outside; unknown region/account stays inside (fail closed).
    {
        name: "S19 prod: access entry + ClusterAdmin through custody-b's provider (222222222222, eu-central-1)-rt78k",
        stack: "prod",
        edit: r => {
            const principalArn = "arn:aws:iam::222222222222:role/platform-ops";
            viaProvider(r, "aws-custody-b", ENTRY, "ops-78-b", {
                clusterName: CLUSTER,
                principalArn,
                type: "STANDARD",
            });
            viaProvider(r, "aws-custody-b", ASSOC, "ops-78-b-assoc", {
                clusterName: CLUSTER,
                principalArn,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
            });
        },
    },
    // A legacy token Secret of containment-chamber mounted by a pod of another ServiceAccount: a legacy token is a
    // Kubernetes API identity only (README; "Service Accounts": legacy tokens are not bound to an audience the EKS
    // Pod Identity agent or STS accepts), and containment-chamber holds no RBAC in the stack.
    {
        name: "S20 pod-identity: token Secret of containment-chamber mounted by a validators Deployment of metrics-reader-rt78k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "cc-token-78", {
                apiVersion: "v1",
                kind: "Secret",
                type: "kubernetes.io/service-account-token",
                metadata: {
                    name: "cc-token-78",
                    namespace: "validators",
                    annotations: { "kubernetes.io/service-account.name": "containment-chamber" },
                },
            });
            deployment(r, "validators", "metrics-reader", {
                containers: [container({ volumeMounts: [{ name: "tok", mountPath: "/var/run/cc", readOnly: true }] })],
                volumes: [{ name: "tok", secret: { secretName: "cc-token-78" } }],
            });
        },
    },
    // Non-resource URLs never name an object: /api/v1/... requests are resource requests, judged by `resources`
    // ("Using RBAC Authorization": nonResourceURLs apply to ClusterRoles bound by ClusterRoleBindings and to non-resource
    // endpoints such as /healthz): get on every non-resource URL reads health, version and discovery.
    {
        name: "S21 ClusterRoleBinding of auditor to get on nonResourceURLs [*]-rt78k",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "nru78-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "nru78" },
                rules: [{ nonResourceURLs: ["*"], verbs: ["get"] }],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "nru78-crb", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "nru78" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "nru78" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
    // The built-in discovery roles ("Default roles and role bindings": system:basic-user reads its own identity,
    // system:discovery the API's discovery documents), bound in validators.
    {
        name: "S22 RoleBindings in validators of auditor to system:basic-user and system:discovery-rt78k",
        stack: "prod",
        edit: r => {
            for (const role of ["system:basic-user", "system:discovery"])
                k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${role.replace(":", "-")}-78-rb`, {
                    apiVersion: `${RBAC}/v1`,
                    kind: "RoleBinding",
                    metadata: { name: `${role.replace(":", "-")}-78`, namespace: "validators" },
                    roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: role },
                    subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                });
        },
    },
    // Basil's own bootstrap Job: the stack file's provisioner block names basil-bootstrap/basil-provisioner for "a
    // break-glass operator or a bootstrap job"; a run-to-completion Job of the stack, restricted securityContext.
    {
        name: "S23 basil: the stack's bootstrap Job in basil-bootstrap as basil-provisioner-rt78k",
        stack: "basil",
        edit: r =>
            k8s(r, "kubernetes:batch/v1:Job", "boot78", {
                apiVersion: "batch/v1",
                kind: "Job",
                metadata: { name: "boot78", namespace: "basil-bootstrap" },
                spec: {
                    backoffLimit: 1,
                    template: {
                        spec: {
                            serviceAccountName: "basil-provisioner",
                            restartPolicy: "Never",
                            securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                            containers: [container()],
                        },
                    },
                },
            }),
    },
    // The runtime ServiceAccount minting its own tokens: it is the identity the custody role trusts already, and a
    // TokenRequest names the ServiceAccount it is for ("Service Accounts", TokenRequest API): nothing new is reached.
    {
        name: "S24 RoleBinding in validators: containment-chamber may create serviceaccounts/token of itself-rt78k",
        stack: "prod",
        edit: r =>
            grantTo(
                r,
                "self78s",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                "validators",
                [{ kind: "ServiceAccount", name: "containment-chamber", namespace: "validators" }],
            ),
    },
    // Round 78 fix neighbours, class 1: a token Secret of containment-chamber read by auditor while containment-chamber
    // holds no power over itself: a legacy token is a Kubernetes API identity only (README), so auditor gets only its
    // RBAC, none here.
    {
        name: "S25 token Secret of containment-chamber read by auditor, containment-chamber reads ConfigMaps only-fix78",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd78", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-78"] },
            ]);
            selfGrant(r, [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] }]);
        },
    },
    // Class 2: the pin's account and name but another Region through custody-b's provider (eu-central-1): another
    // cluster ARN.
    {
        name: "S26 pod-identity: access entry + ClusterAdmin on prod-validators with region eu-central-1-fix78",
        stack: "pod-identity",
        edit: r => {
            aws(r, ENTRY, "ops-78-euc1", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                type: "STANDARD",
                region: "eu-central-1",
            });
            aws(r, ASSOC, "ops-78-euc1-assoc", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
                accessScope: { type: "cluster" },
                region: "eu-central-1",
            });
        },
    },
    // Class 3: view's own requirement in matchLabels ANDed with a matchExpressions Exists on another key: a subset of
    // what view aggregates ("Labels and Selectors": requirements are ANDed).
    {
        name: "S27 ClusterRole aggregating {aggregate-to-view: true} AND team Exists, bound in validators-fix78",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "agg78ex", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        {
                            matchLabels: { [`${RBAC}/aggregate-to-view`]: "true" },
                            matchExpressions: [{ key: "team", operator: "Exists" }],
                        },
                    ],
                },
                rules: [],
            }),
    },
];

describeVariants("red team 78: Kubernetes API paths", insecure, secure);
