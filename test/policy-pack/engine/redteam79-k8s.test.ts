// Red-team round 79 on the Kubernetes/EKS API level (fresh eyes): who can act as a runtime ServiceAccount or reach
// cluster-admin on prod (IRSA) and pod-identity, probing the neighbours of the round 79 K8s fixes.
// Probed: (1) access entries resolved to a cluster ARN: providers whose Region is unknown (none set: AWS_REGION),
// whose account is unknown (no allowedAccountIds, assumeRoles only, forbiddenAccountIds only, two allowed accounts),
// and an entry in the custody Region but another account on the Pod Identity stack (custody-b/c providers with a
// resource-level region, a new provider of another account); (2) a ServiceAccount's power over itself held through
// its Kubernetes identity: token Secrets read by list/watch, by an EKS access policy, mounted by another workload, and
// the ServiceAccount's self-powers spelled as ephemeral containers, Deployment patch, CronJob/StatefulSet/DaemonSet/
// ReplicationController/Job creation, pods patch, nodes/proxy, mutating webhooks, bind/escalate, a wildcard resource;
// basil's runtime reading the provisioner's token (K32, K33); secure neighbours (tokens of others only, a Secret of
// the same name in another namespace, a resourceNames-pinned Secret reader, pod logs only, an Opaque Secret with the
// annotation, create-only on Secrets, basil's runtime reading its own token; a cluster name in another case);
// (3) aggregation selectors with extra requirements: NotIn / DoesNotExist on a missing key selecting stack
// ClusterRoles, edit/admin narrowed, an empty selector ORed in, an unprefixed key, a stack ClusterRole that is itself
// aggregated into view. No insecure selector slips: every ClusterRole an "own" selector can pull in carries the
// built-in's label, so it joins that built-in's bindings anyway (joinsBuiltIn); the misses are precision only.
// Misses (0 insecure accepted, 2 secure refused):
// - secure refused, one class (a selector carrying several built-ins' own requirements is read as the first of
//   admin/edit/view found, not the least powerful, though ANDed requirements select within each): S11 ({view, admin}
//   read as admin's), S14 ({edit, view} read as edit's).
// Held: 33 of 33 insecure refused; 16 of 18 secure clean. K2-K4 and K6 are refused by aws-provider-pinned (a
// provider must pin exactly one account), so an unknown account never reaches the cluster-ARN match; K1/K5 (no
// provider region) by custody-effective-access (unknown Region fails closed). The selector cases K22-K24 are pinned
// to the bound role's own path (refused regex), not the built-in's.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { describeVariants, StackCase } from "./support";
import { aws, k8s, next } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";
const CLUSTER = "prod-validators";
const VIEW = `${RBAC}/aggregate-to-view`;
const EDIT = `${RBAC}/aggregate-to-edit`;
const ADMIN = `${RBAC}/aggregate-to-admin`;
const CC = { kind: "ServiceAccount", name: "containment-chamber", namespace: "validators" };

type R = Parameters<StackCase["edit"]>[0];

/** A STANDARD access entry of `principalArn` on prod-validators and its ClusterAdmin association, cluster scope. */
const clusterAdminInputs = (principalArn: string, extra: Record<string, unknown> = {}) => ({
    entry: { clusterName: CLUSTER, principalArn, type: "STANDARD", ...extra },
    assoc: {
        clusterName: CLUSTER,
        principalArn,
        policyArn: `${POLICY}/AmazonEKSClusterAdminPolicy`,
        accessScope: { type: "cluster" },
        ...extra,
    },
});

/** A new explicit AWS provider with these inputs, and the entry + ClusterAdmin association through it. */
const adminThroughNewProvider = (
    r: R,
    pname: string,
    pinputs: Record<string, unknown>,
    principalArn = OPS_ROLE,
    extra: Record<string, unknown> = {},
) => {
    const like = r.find(x => x.type === "aws:iam/role:Role");
    if (!like) throw new Error("no role in the fixture");
    const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
    const provider = {
        urn: `${stackPrefix}::pulumi:providers:aws::${pname}`,
        type: "pulumi:providers:aws",
        name: pname,
        inputs: pinputs,
    };
    r.push({ ...provider, outputs: pinputs } as AnalyzerResourceInput);
    const { entry, assoc } = clusterAdminInputs(principalArn, extra);
    next(r, like, ENTRY, `${pname}-entry`, entry).provider = provider;
    next(r, like, ASSOC, `${pname}-assoc`, assoc).provider = provider;
};

/** The entry + ClusterAdmin association through the stack's provider named `provider`. */
const adminThroughProvider = (
    r: R,
    provider: string,
    name: string,
    principalArn: string,
    extra: Record<string, unknown> = {},
) => {
    const like = r.find(
        x => x.type.startsWith("aws:") && (x.provider as { name?: string } | undefined)?.name === provider,
    );
    if (!like) throw new Error(`no resource through ${provider}`);
    const { entry, assoc } = clusterAdminInputs(principalArn, extra);
    next(r, like, ENTRY, name, entry);
    next(r, like, ASSOC, `${name}-assoc`, assoc);
};

/** A Role in `ns` with these rules bound to these subjects. */
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

const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];

/** A Role in `ns` (validators) with these rules bound to User auditor. */
const grant = (r: R, name: string, rules: unknown[], ns = "validators") => grantTo(r, name, rules, ns, AUDITOR);

/** A Role in validators for ServiceAccount validators/containment-chamber (its power over itself). */
const selfGrant = (r: R, rules: unknown[]) => grantTo(r, "self79", rules, "validators", [CC]);

/** A legacy token Secret in `ns` annotated for ServiceAccount `sa`. */
const tokenSecret = (r: R, ns = "validators", sa = "containment-chamber") =>
    k8s(r, "kubernetes:core/v1:Secret", `tok79-${ns}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name: "cc-token-79", namespace: ns, annotations: { "kubernetes.io/service-account.name": sa } },
    });

/** auditor reads the token Secret cc-token-79 of validators by get. */
const readToken = (r: R, verbs = ["get"], ns = "validators") => {
    tokenSecret(r, ns);
    grant(
        r,
        `rd79-${verbs.join("-")}`,
        [
            verbs.includes("get")
                ? { apiGroups: [""], resources: ["secrets"], verbs, resourceNames: ["cc-token-79"] }
                : { apiGroups: [""], resources: ["secrets"], verbs },
        ],
        ns,
    );
};

const SELF_TOKEN = [
    {
        apiGroups: [""],
        resources: ["serviceaccounts/token"],
        verbs: ["create"],
        resourceNames: ["containment-chamber"],
    },
];

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
        subjects: AUDITOR,
    });
};

/** A stack ClusterRole with these labels that creates pods (what an aggregating selector may pull in). */
const podsRole = (r: R, name: string, labels: Record<string, string>) =>
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-crole`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
    });

/** A ClusterRole aggregating these selectors, bound in validators to auditor. */
const aggregating = (r: R, name: string, clusterRoleSelectors: unknown[]) =>
    clusterGrant(r, name, { aggregationRule: { clusterRoleSelectors }, rules: [] });

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

/** A stack Deployment in validators running as `sa` and mounting the token Secret cc-token-79. */
const mountingDeployment = (r: R, sa: string) =>
    k8s(r, "kubernetes:apps/v1:Deployment", `dep79-${sa}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: `dep79-${sa}`, namespace: "validators" },
        spec: {
            selector: { matchLabels: { app: "dep79" } },
            template: {
                metadata: { labels: { app: "dep79" } },
                spec: {
                    serviceAccountName: sa,
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [
                        container({ volumeMounts: [{ name: "tok", mountPath: "/var/run/cc", readOnly: true }] }),
                    ],
                    volumes: [{ name: "tok", secret: { secretName: "cc-token-79" } }],
                },
            },
        },
    });

/** A ClusterRole with these rules bound cluster-wide (ClusterRoleBinding) to validators/containment-chamber. */
const selfClusterGrant = (r: R, name: string, rules: unknown[]) => {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-crole`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        rules,
    });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, `${name}-crb`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRoleBinding",
        metadata: { name },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
        subjects: [CC],
    });
};

const insecure: StackCase[] = [
    // ---- Class 1: access entries resolved to a cluster ARN whose parts are unknown (fail closed).
    // Pulumi AWS provider configuration: `region` "can also be sourced from the AWS_REGION or AWS_DEFAULT_REGION
    // environment variables": a provider without `region` acts in whatever Region the deployer's shell names, the
    // custody cluster's eu-west-1 included. The Pod Identity pin names arn:aws:eks:eu-west-1:111111111111:cluster/
    // prod-validators; ClusterAdmin there acts as validators/containment-chamber (EKS user guide, "Associate access
    // policies": AmazonEKSClusterAdminPolicy is cluster-admin; pods and TokenRequest in validators).
    {
        name: "K1 pod-identity: entry + ClusterAdmin on prod-validators through a provider without region (AWS_REGION)-rt79k",
        stack: "pod-identity",
        policy: "custody-effective-access",
        edit: r => adminThroughNewProvider(r, "aws-ops79a", { allowedAccountIds: ["111111111111"] }),
    },
    // A provider of eu-west-1 with no allowedAccountIds: its account is whichever its credentials (assumeRoles) are,
    // here the signer account itself; the pack cannot know it, so the entry may be the pinned cluster's. (K2-K4, K6:
    // the pack refuses any provider not pinned to exactly one account, aws-provider-pinned, before the cluster ARN.)
    {
        name: "K2 pod-identity: entry + ClusterAdmin through a provider of eu-west-1 with assumeRoles only (no allowedAccountIds)-rt79k",
        stack: "pod-identity",
        policy: "aws-provider-pinned",
        edit: r =>
            adminThroughNewProvider(r, "aws-ops79b", {
                region: "eu-west-1",
                assumeRoles: JSON.stringify([{ roleArn: "arn:aws:iam::111111111111:role/eks-ops-deployer" }]),
            }),
    },
    // forbiddenAccountIds only forbids (Pulumi AWS provider: "List of forbidden AWS account IDs"): any other account,
    // the signer's included, may be used.
    {
        name: "K3 pod-identity: entry + ClusterAdmin through a provider of eu-west-1 with forbiddenAccountIds [333333333333] only-rt79k",
        stack: "pod-identity",
        policy: "aws-provider-pinned",
        edit: r =>
            adminThroughNewProvider(r, "aws-ops79c", { region: "eu-west-1", forbiddenAccountIds: ["333333333333"] }),
    },
    // allowedAccountIds of two accounts: the provider may run in either, the signer account included.
    {
        name: "K4 pod-identity: entry + ClusterAdmin through a provider of eu-west-1 allowing 333333333333 and 111111111111-rt79k",
        stack: "pod-identity",
        policy: "aws-provider-pinned",
        edit: r =>
            adminThroughNewProvider(r, "aws-ops79d", {
                region: "eu-west-1",
                allowedAccountIds: ["333333333333", "111111111111"],
            }),
    },
    // IRSA stack: the trusted issuer is oidc.eks.eu-west-1 (README "Binding ServiceAccounts"); a Region-less provider
    // may act in eu-west-1, the issuer's cluster's Region.
    {
        name: "K5 prod: entry + ClusterAdmin on prod-validators through a provider without region (AWS_REGION)-rt79k",
        stack: "prod",
        policy: "custody-effective-access",
        edit: r => adminThroughNewProvider(r, "aws-ops79e", { allowedAccountIds: ["111111111111"] }),
    },
    // IRSA: an OIDC provider may be created in another account from the cluster's (EKS user guide, "Authenticate to
    // another account with IRSA"): a provider of unknown account and eu-west-1 still counts.
    {
        name: "K6 prod: entry + ClusterAdmin through a provider of eu-west-1 with no account pin-rt79k",
        stack: "prod",
        policy: "aws-provider-pinned",
        edit: r => adminThroughNewProvider(r, "aws-ops79f", { region: "eu-west-1", profile: "ops" }),
    },
    // ---- Class 2: a ServiceAccount's power over itself, held by another through its Kubernetes identity.
    // "Good practices for Kubernetes Secrets" / "RBAC Good Practices" (Listing Secrets): list (and watch) of Secrets
    // returns their contents, so list alone reads the legacy token (kubernetes.io/service-account-token: "Service
    // Accounts", long-lived API token). With that identity the holder asks a TokenRequest of containment-chamber
    // itself for sts.amazonaws.com (the caller chooses `audiences`: API reference "TokenRequest") and assumes the
    // custody signer role by IRSA.
    {
        name: "K7 auditor lists Secrets in validators (no get) + containment-chamber mints its own tokens-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r, ["list"]);
            selfGrant(r, SELF_TOKEN);
        },
    },
    // watch too streams the objects, data included (API concepts "Efficient detection of changes").
    {
        name: "K8 pod-identity: auditor watches Secrets in validators + containment-chamber mints its own tokens-rt79k",
        stack: "pod-identity",
        edit: r => {
            readToken(r, ["watch"]);
            selfGrant(r, SELF_TOKEN);
        },
    },
    // Impersonation of the ServiceAccount ("User impersonation": `--as=system:serviceaccount:ns:name` needs impersonate
    // on serviceaccounts) gives its Kubernetes identity, then its own TokenRequest.
    {
        name: "K9 auditor impersonates serviceaccounts [containment-chamber] + it mints its own tokens-rt79k",
        stack: "prod",
        edit: r => {
            grant(r, "imp79", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts"],
                    verbs: ["impersonate"],
                    resourceNames: ["containment-chamber"],
                },
            ]);
            selfGrant(r, SELF_TOKEN);
        },
    },
    // The token Secret mounted by another workload ("Secrets": a secret volume exposes its keys as files): the pods of
    // dep79-metrics-reader (and whoever execs into them) hold containment-chamber's API token, then its self-mint.
    {
        name: "K10 pod-identity: token Secret mounted by a metrics-reader Deployment + containment-chamber mints its own tokens-rt79k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            mountingDeployment(r, "metrics-reader");
            selfGrant(r, SELF_TOKEN);
        },
    },
    // An EKS access policy reads the Secret: AmazonEKSAdminViewPolicy lists/gets every resource, Secrets included
    // ("Review access policy permissions"), scoped to validators.
    {
        name: "K11 pod-identity: platform-ops AdminView in validators reads the token Secret + containment-chamber mints its own tokens-rt79k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            aws(r, ENTRY, "ops79-av", { clusterName: CLUSTER, principalArn: OPS_ROLE, type: "STANDARD" });
            aws(r, ASSOC, "ops79-av-assoc", {
                clusterName: CLUSTER,
                principalArn: OPS_ROLE,
                policyArn: `${POLICY}/AmazonEKSAdminViewPolicy`,
                accessScope: { type: "namespace", namespaces: ["validators"] },
            });
            selfGrant(r, SELF_TOKEN);
        },
    },
    // Ephemeral containers ("Ephemeral Containers": added by the pods/ephemeralcontainers subresource, they share the
    // pod's volumes, the projected token among them).
    {
        name: "K12 token Secret read by auditor + containment-chamber patches pods/ephemeralcontainers in validators-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [
                { apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch", "update"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
            ]);
        },
    },
    // Patching the custody Deployment's pod template (image) makes its new pods run the holder's code as the custody
    // ServiceAccount ("Deployments": a template change rolls out new pods).
    {
        name: "K13 token Secret read by auditor + containment-chamber patches deployments in validators-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "patch"] }]);
        },
    },
    // Each workload controller creates pods from its template, which may name containment-chamber ("RBAC Good
    // Practices", Workload creation: "Users who can create workloads ... can access ... any service account in the
    // namespace").
    ...(
        [
            ["batch", "cronjobs"],
            ["apps", "statefulsets"],
            ["apps", "daemonsets"],
            ["", "replicationcontrollers"],
        ] as const
    ).map(([group, res], i): StackCase => ({
        name: `K${14 + i} token Secret read by auditor + containment-chamber creates ${res} in validators-rt79k`,
        stack: i % 2 === 0 ? "prod" : "pod-identity",
        edit: r => {
            readToken(r);
            selfGrant(r, [{ apiGroups: [group], resources: [res], verbs: ["create"] }]);
        },
    })),
    // bind on the built-in admin + create rolebindings: the ServiceAccount binds itself to admin in validators
    // ("Using RBAC Authorization", Restrictions on role binding creation: `bind` lets a subject bind a role it does not
    // hold), then creates pods as itself.
    {
        name: "K18 token Secret read by auditor + containment-chamber binds clusterrole admin in validators-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [
                { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
            ]);
        },
    },
    // escalate + update on its own Role: it adds any rule to the Role it is bound to ("Restrictions on role creation
    // or update": `escalate`).
    {
        name: "K19 pod-identity: token Secret read by auditor + containment-chamber escalates its own Role self79-rt79k",
        stack: "pod-identity",
        edit: r => {
            readToken(r);
            selfGrant(r, [
                {
                    apiGroups: [RBAC],
                    resources: ["roles"],
                    verbs: ["get", "update", "escalate"],
                    resourceNames: ["self79"],
                },
            ]);
        },
    },
    // A wildcard resource with create covers serviceaccounts/token and pods ("Using RBAC Authorization": `*` matches
    // every resource and subresource).
    {
        name: "K20 token Secret read by auditor + containment-chamber may create * in validators-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [{ apiGroups: ["*"], resources: ["*"], verbs: ["create"] }]);
        },
    },
    // The holder reaches the token through a ClusterRoleBinding (every namespace's Secrets) and the self-power is
    // exec into the custody pod (its projected token: "Service Accounts", projected volume).
    {
        name: "K21 ClusterRoleBinding: auditor gets Secrets everywhere + containment-chamber may exec in validators-rt79k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "sec79-crole", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "sec79" },
                rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "sec79-crb", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "sec79" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "sec79" },
                subjects: AUDITOR,
            });
            selfGrant(r, [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                { apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] },
            ]);
        },
    },
    // ---- Class 3: aggregation selectors with extra requirements.
    // "Labels and Selectors", set-based requirement: `tier notin (frontend, backend)` selects "all resources with no
    // labels with the tier key" too. So {view In [true], team NotIn [b]} selects the stack ClusterRole labelled view
    // only, which creates pods: auditor creates pods in validators as containment-chamber.
    {
        name: "K22 ClusterRole aggregating {aggregate-to-view In [true], team NotIn [b]} + stack CR labelled view creating pods-rt79k",
        stack: "prod",
        refused: /RoleBinding agg79notin in validators/,
        edit: r => {
            podsRole(r, "pods79a", { [VIEW]: "true" });
            aggregating(r, "agg79notin", [
                {
                    matchExpressions: [
                        { key: VIEW, operator: "In", values: ["true"] },
                        { key: "team", operator: "NotIn", values: ["b"] },
                    ],
                },
            ]);
        },
    },
    // DoesNotExist selects the ClusterRoles without the key.
    {
        name: "K23 ClusterRole aggregating {aggregate-to-view: true} AND team DoesNotExist + stack CR labelled view creating pods-rt79k",
        stack: "prod",
        refused: /RoleBinding agg79dne in validators/,
        edit: r => {
            podsRole(r, "pods79b", { [VIEW]: "true" });
            aggregating(r, "agg79dne", [
                { matchLabels: { [VIEW]: "true" }, matchExpressions: [{ key: "team", operator: "DoesNotExist" }] },
            ]);
        },
    },
    // edit's own requirement narrowed by team: a still selects the stack's ClusterRole so labelled, which creates
    // pods (and edit's own rules create pods anyway: "User-facing roles", edit).
    {
        name: "K24 ClusterRole aggregating {aggregate-to-edit: true, team: a} + stack CR so labelled creating pods-rt79k",
        stack: "prod",
        refused: /RoleBinding agg79edit in validators/,
        edit: r => {
            podsRole(r, "pods79c", { [EDIT]: "true", team: "a" });
            aggregating(r, "agg79edit", [{ matchLabels: { [EDIT]: "true", team: "a" } }]);
        },
    },
    // Neighbours of S11 (round 80: a selector requiring several built-ins' own labels is read as the least powerful of
    // them, engine/kubernetes.ts sameSelection). Requiring view's and admin's labels still selects a stack ClusterRole
    // carrying both, which creates pods ("LabelSelector": the requirements are ANDed, and a stack ClusterRole so
    // labelled matches them all): auditor creates pods in validators as containment-chamber.
    {
        name: "K24a ClusterRole aggregating {aggregate-to-view: true, aggregate-to-admin: true} + stack CR labelled both creating pods-fix80",
        stack: "prod",
        refused: /RoleBinding agg80both in validators/,
        edit: r => {
            podsRole(r, "pods80both", { [VIEW]: "true", [ADMIN]: "true" });
            aggregating(r, "agg80both", [{ matchLabels: { [VIEW]: "true", [ADMIN]: "true" } }]);
        },
    },
    // edit's and admin's labels without view's: the least of them is edit, whose own rules create pods ("User-facing
    // roles", edit: "read/write access to most objects in a namespace", pods included).
    {
        name: "K24b ClusterRole aggregating {aggregate-to-edit: true, aggregate-to-admin: true} (read as edit: creates pods)-fix80",
        stack: "prod",
        refused: /RoleBinding agg80ea in validators/,
        edit: r => aggregating(r, "agg80ea", [{ matchLabels: { [EDIT]: "true", [ADMIN]: "true" } }]),
    },
    // "LabelSelector": "An empty label selector matches all objects": ORed in, it aggregates every ClusterRole,
    // cluster-admin's rules included.
    {
        name: "K25 ClusterRole aggregating {aggregate-to-view In [true], team In [a]} OR {} (empty: every ClusterRole)-rt79k",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg79empty", [
                {
                    matchExpressions: [
                        { key: VIEW, operator: "In", values: ["true"] },
                        { key: "team", operator: "In", values: ["a"] },
                    ],
                },
                {},
            ]),
    },
    // An unprefixed key is another label ("Labels and Selectors": the prefix is part of the key): any ClusterRole
    // outside the stack may carry aggregate-to-view: "true".
    {
        name: "K26 ClusterRole aggregating {aggregate-to-view (no rbac prefix): true}, bound in validators-rt79k",
        stack: "prod",
        edit: r => aggregating(r, "agg79nopfx", [{ matchLabels: { "aggregate-to-view": "true" } }]),
    },
    // A stack ClusterRole labelled aggregate-to-view that itself aggregates edit's ClusterRoles: view's aggregation
    // controller copies its (aggregated) rules into view ("Aggregated ClusterRoles": the controller fills `rules` of
    // the aggregating role with the selected roles' rules), so built-in view bound to auditor now creates pods.
    {
        name: "K27 stack CR labelled aggregate-to-view aggregating aggregate-to-edit; auditor bound to built-in view in validators-rt79k",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "chain79-crole", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "chain79", labels: { [VIEW]: "true" } },
                aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [EDIT]: "true" } }] },
                rules: [],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "view79-rb", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "view79", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                subjects: AUDITOR,
            });
        },
    },
    // ---- Class 2, more self-powers (depth).
    // A pod's containers[*].image is mutable ("Pods": updating a running pod): patch of the custody pod swaps its
    // image, which then runs with the pod's projected token.
    {
        name: "K28 token Secret read by auditor + containment-chamber patches pods in validators (image swap)-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "patch"] }]);
        },
    },
    // A Job's pod template names the ServiceAccount it runs as ("Jobs"; "RBAC Good Practices", Workload creation).
    {
        name: "K29 pod-identity: token Secret read by auditor + containment-chamber creates jobs in validators-rt79k",
        stack: "pod-identity",
        edit: r => {
            readToken(r);
            selfGrant(r, [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] }]);
        },
    },
    // nodes/proxy reaches the kubelet API, whose /exec and /run run commands in any pod of the node ("RBAC Good
    // Practices", nodes/proxy: "access to ... the Kubelet API ... allows for command execution on every pod").
    {
        name: "K30 token Secret read by auditor + containment-chamber gets nodes/proxy cluster-wide-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfClusterGrant(r, "np79", [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get", "create"] }]);
        },
    },
    // A mutating webhook it creates rewrites the custody pods at admission ("Dynamic Admission Control").
    {
        name: "K31 pod-identity: token Secret read by auditor + containment-chamber creates mutatingwebhookconfigurations-rt79k",
        stack: "pod-identity",
        edit: r => {
            readToken(r);
            selfClusterGrant(r, "mwh79", [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingwebhookconfigurations"],
                    verbs: ["create"],
                },
            ]);
        },
    },
    // ---- Basil: the runtime ServiceAccount basil/basil-agent reads the legacy token of the provisioner ServiceAccount
    // basil-bootstrap/basil-provisioner (trusted by the key-management role basil-provisioner: README
    // "provisioner-not-runtime-assumable"), which may mint its own tokens: the runtime becomes the provisioner.
    {
        name: "K32 basil: basil-agent reads a token Secret of basil-provisioner + basil-provisioner mints its own tokens-rt79k",
        stack: "basil",
        edit: r => {
            tokenSecret(r, "basil-bootstrap", "basil-provisioner");
            grantTo(
                r,
                "rd79b",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-79"] }],
                "basil-bootstrap",
                [{ kind: "ServiceAccount", name: "basil-agent", namespace: "basil" }],
            );
            grantTo(
                r,
                "self79b",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["basil-provisioner"],
                    },
                ],
                "basil-bootstrap",
                [{ kind: "ServiceAccount", name: "basil-provisioner", namespace: "basil-bootstrap" }],
            );
        },
    },
    // The same with the token read by the whole group system:serviceaccounts:basil and a Job as the self-power.
    {
        name: "K33 basil: group system:serviceaccounts:basil reads the provisioner's token Secret + it creates jobs-rt79k",
        stack: "basil",
        edit: r => {
            tokenSecret(r, "basil-bootstrap", "basil-provisioner");
            grantTo(r, "rd79g", [{ apiGroups: [""], resources: ["secrets"], verbs: ["list"] }], "basil-bootstrap", [
                { kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:basil" },
            ]);
            grantTo(
                r,
                "self79j",
                [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] }],
                "basil-bootstrap",
                [{ kind: "ServiceAccount", name: "basil-provisioner", namespace: "basil-bootstrap" }],
            );
        },
    },
];

const secure: StackCase[] = [
    // ---- Class 1: a cluster ARN surely not the pinned one. Pod Identity: EKS sets the session tag eks-cluster-arn
    // (EKS user guide, "Pod Identity session tags") and the custody trust pins arn:aws:eks:eu-west-1:111111111111:
    // cluster/prod-validators. A cluster of the same name and Region in account 333333333333 (custody-c's provider,
    // allowedAccountIds [333333333333], resource-level region eu-west-1: @pulumi/aws 7 "Enhanced Region Support") has
    // another ARN: admin there reaches no custody role.
    {
        name: "S1 pod-identity: entry + ClusterAdmin on prod-validators through custody-c's provider, region eu-west-1-rt79k",
        stack: "pod-identity",
        edit: r =>
            adminThroughProvider(r, "aws-custody-c", "ops79-c-euw1", "arn:aws:iam::333333333333:role/platform-ops", {
                region: "eu-west-1",
            }),
    },
    // The same in custody-b's account (222222222222).
    {
        name: "S2 pod-identity: entry + ClusterAdmin on prod-validators through custody-b's provider, region eu-west-1-rt79k",
        stack: "pod-identity",
        edit: r =>
            adminThroughProvider(r, "aws-custody-b", "ops79-b-euw1", "arn:aws:iam::222222222222:role/platform-ops", {
                region: "eu-west-1",
            }),
    },
    // A new provider pinned to one other account (allowedAccountIds as the JSON string the engine stores) in
    // eu-west-1: "allowedAccountIds: List of allowed AWS account IDs" (Pulumi AWS provider): it can only act in
    // 444444444444.
    {
        name: "S3 pod-identity: entry + ClusterAdmin through a new provider allowing only 444444444444, eu-west-1-rt79k",
        stack: "pod-identity",
        edit: r =>
            adminThroughNewProvider(
                r,
                "aws-ops79s",
                { region: "eu-west-1", allowedAccountIds: JSON.stringify(["444444444444"]) },
                "arn:aws:iam::444444444444:role/platform-ops",
            ),
    },
    // IRSA: the trusted issuer oidc.eks.eu-west-1.amazonaws.com/id/... is a eu-west-1 cluster's; a provider pinned to
    // us-west-2 creates entries in us-west-2 clusters only (EKS API endpoints are Regional).
    {
        name: "S4 prod: entry + ClusterAdmin through a provider of us-west-2 pinned to the cluster account-rt79k",
        stack: "prod",
        edit: r =>
            adminThroughNewProvider(r, "aws-ops79w", { region: "us-west-2", allowedAccountIds: ["111111111111"] }),
    },
    // ---- Class 2 secure neighbours.
    // The Kubernetes identity of containment-chamber may mint tokens of metrics-reader only (resourceNames: "Using
    // RBAC Authorization", Referring to resources): no custody role trusts metrics-reader.
    {
        name: "S5 token Secret read by auditor + containment-chamber mints tokens of metrics-reader only-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["metrics-reader"],
                },
            ]);
        },
    },
    // A token Secret in team-a annotated containment-chamber is team-a/containment-chamber's ("Service Accounts":
    // the annotation names a ServiceAccount of the Secret's namespace), not the custody one: its reader gets nothing of
    // validators/containment-chamber, whatever that one's self-power.
    {
        name: "S6 token Secret in team-a naming containment-chamber read by auditor + validators SA mints its own tokens-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r, ["get"], "team-a");
            selfGrant(r, SELF_TOKEN);
        },
    },
    // The token Secret exists but auditor may get only Secret app-config79 (resourceNames) in validators.
    {
        name: "S7 pod-identity: auditor gets Secret app-config79 only; token Secret + containment-chamber self-mint-rt79k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            grant(r, "rd79cfg", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["app-config79"] },
            ]);
            selfGrant(r, SELF_TOKEN);
        },
    },
    // The ServiceAccount's only power: read pods and their logs (pods/log get: container stdout, no token).
    {
        name: "S8 token Secret read by auditor + containment-chamber reads pods and pods/log only-rt79k",
        stack: "prod",
        edit: r => {
            readToken(r);
            selfGrant(r, [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] }]);
        },
    },
    // ---- Class 3 secure neighbours.
    // view's requirement narrowed by NotIn / DoesNotExist on another key: a subset of what view aggregates (the
    // requirements are ANDed: "LabelSelector"); no stack ClusterRole carries view's label.
    {
        name: "S9 ClusterRole aggregating {aggregate-to-view In [true], team NotIn [b]}, bound in validators-rt79k",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg79notins", [
                {
                    matchExpressions: [
                        { key: VIEW, operator: "In", values: ["true"] },
                        { key: "team", operator: "NotIn", values: ["b"] },
                    ],
                },
            ]),
    },
    {
        name: "S10 ClusterRole aggregating {aggregate-to-view: true} AND team DoesNotExist, bound in validators-rt79k",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg79dnes", [
                { matchLabels: { [VIEW]: "true" }, matchExpressions: [{ key: "team", operator: "DoesNotExist" }] },
            ]),
    },
    // Was a MISS (fixed in round 80): secure refused. A selector that requires two built-ins' own labels selects only ClusterRoles carrying both,
    // each of which view's own selector aggregates anyway ("LabelSelector": requirements are ANDed; "Aggregated
    // ClusterRoles"), so its power is at most view's. The pack refuses it: "custody-effective-access: Kubernetes User
    // auditor → RoleBinding agg79both in validators → ClusterRole agg79both (aggregated ClusterRole: its rules come
    // from every ClusterRole its selectors match) → acts as ServiceAccount validators/containment-chamber → ...".
    // Where: policy-pack/engine/kubernetes.ts readKubernetes, sameSelection takes the FIRST built-in in the order
    // admin, edit, view whose own requirement the selector carries (["admin", "edit", "view"].find(b =>
    // ownSelector(sel, b))), and selectedPower reads the selection as that built-in's (admin/edit create pods). General
    // fix: a selector carrying several built-ins' own requirements selects within each of them (the intersection): read
    // it as the LEAST powerful of them (view < edit < admin, or the meet of their powers), not the first found.
    {
        name: "S11 ClusterRole aggregating {aggregate-to-view: true, aggregate-to-admin: true}, bound in validators-rt79k",
        stack: "prod",
        edit: r => aggregating(r, "agg79both", [{ matchLabels: { [VIEW]: "true", [ADMIN]: "true" } }]),
    },
    // Was a MISS (fixed in round 80): secure refused (as S11). A selector that requires two built-ins' own labels selects only ClusterRoles
    // carrying both, each of which view's own selector aggregates anyway ("LabelSelector": requirements are ANDed;
    // "Aggregated ClusterRoles"), so its power is at most view's. The pack refuses it: "custody-effective-access:
    // Kubernetes User auditor → RoleBinding agg79ev in validators → ClusterRole agg79ev (aggregated ClusterRole: its
    // rules come from every ClusterRole its selectors match) → acts as ServiceAccount validators/containment-chamber →
    // ...". Where: policy-pack/engine/kubernetes.ts readKubernetes, sameSelection takes the FIRST built-in in the order
    // admin, edit, view whose own requirement the selector carries (["admin", "edit", "view"].find(b =>
    // ownSelector(sel, b))), and selectedPower reads the selection as that built-in's (admin/edit create pods). General
    // fix: a selector carrying several built-ins' own requirements selects within each of them (the intersection): read
    // it as the LEAST powerful of them (view < edit < admin, or the meet of their powers), not the first found.
    {
        name: "S14 ClusterRole aggregating aggregate-to-edit In [true] AND aggregate-to-view In [true], bound in validators-rt79k",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg79ev", [
                {
                    matchExpressions: [
                        { key: EDIT, operator: "In", values: ["true"] },
                        { key: VIEW, operator: "In", values: ["true"] },
                    ],
                },
            ]),
    },
    // All three built-ins' own labels required (round 80): only ClusterRoles carrying view's label too, so at most
    // what view aggregates ("LabelSelector": requirements are ANDed; "Aggregated ClusterRoles").
    {
        name: "S14a ClusterRole aggregating {aggregate-to-admin, aggregate-to-edit, aggregate-to-view: true}, bound in validators-fix80",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg80all", [
                {
                    matchLabels: { [ADMIN]: "true", [EDIT]: "true" },
                    matchExpressions: [{ key: VIEW, operator: "In", values: ["true"] }],
                },
            ]),
    },
    // view's requirement ANDed with a NotIn of another value on the same key: the same set as view's.
    {
        name: "S12 ClusterRole aggregating {aggregate-to-view: true} AND aggregate-to-view NotIn [false]-rt79k",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg79same", [
                {
                    matchLabels: { [VIEW]: "true" },
                    matchExpressions: [{ key: VIEW, operator: "NotIn", values: ["false"] }],
                },
            ]),
    },
    // A stack ClusterRole labelled aggregate-to-view aggregating only view's own selector: it adds view's rules to
    // view.
    {
        name: "S13 stack CR labelled aggregate-to-view aggregating aggregate-to-view; auditor bound to built-in view-rt79k",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "loop79-crole", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "loop79", labels: { [VIEW]: "true" } },
                aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [VIEW]: "true" } }] },
                rules: [],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "view79s-rb", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "view79s", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                subjects: AUDITOR,
            });
        },
    },
    // An Opaque Secret carrying the service-account.name annotation is not a token Secret: the token controller fills
    // only Secrets of type kubernetes.io/service-account-token ("Service Accounts", manually create a long-lived API
    // token: the type is what asks for it), so reading it yields no identity.
    {
        name: "S15 Opaque Secret annotated containment-chamber read by auditor + containment-chamber self-mint-rt79k",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "opq79", {
                apiVersion: "v1",
                kind: "Secret",
                type: "Opaque",
                metadata: {
                    name: "cc-token-79",
                    namespace: "validators",
                    annotations: { "kubernetes.io/service-account.name": "containment-chamber" },
                },
            });
            grant(r, "rd79opq", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-79"] },
            ]);
            selfGrant(r, SELF_TOKEN);
        },
    },
    // EKS CreateCluster: "The name can contain only alphanumeric characters (case-sensitive) ... unique within the
    // Amazon Web Services Region and Amazon Web Services account": Prod-Validators is another cluster than the pinned
    // prod-validators, its eks-cluster-arn session tag another ARN (the committed trust compares it exactly).
    {
        name: "S16 pod-identity: entry + ClusterAdmin on cluster Prod-Validators (another case) through the signer provider-rt79k",
        stack: "pod-identity",
        edit: r => adminThroughProvider(r, "aws-signer", "ops79-case", OPS_ROLE, { clusterName: "Prod-Validators" }),
    },
    // create alone on Secrets returns the object as written (API concepts: the response is the created object), before
    // the token controller fills `data.token`; with no get/list/watch the creator never reads the token.
    {
        name: "S17 auditor may only create Secrets in validators + containment-chamber self-mint-rt79k",
        stack: "prod",
        edit: r => {
            grant(r, "cr79only", [{ apiGroups: [""], resources: ["secrets"], verbs: ["create"] }]);
            selfGrant(r, SELF_TOKEN);
        },
    },
    // Basil: the runtime ServiceAccount reads its OWN legacy token and may mint its own tokens: nothing beyond what
    // it already is (its IRSA role basil-agent); no other subject reads the Secret.
    {
        name: "S18 basil: basil-agent reads its own token Secret in basil + mints its own tokens-rt79k",
        stack: "basil",
        edit: r => {
            tokenSecret(r, "basil", "basil-agent");
            grantTo(
                r,
                "own79",
                [
                    { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-79"] },
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["basil-agent"],
                    },
                ],
                "basil",
                [{ kind: "ServiceAccount", name: "basil-agent", namespace: "basil" }],
            );
        },
    },
];

describeVariants("red team 79: Kubernetes API paths", insecure, secure);
