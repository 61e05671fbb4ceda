// Red-team round 51 on the Kubernetes/EKS API level (fresh eyes): round 50's rules (built-in default ClusterRoleBindings
// read as the stack's own, so every power a patched built-in role gets reaches their subjects; resources matched as
// Kubernetes' ResourceMatches) probed through the built-in bindings DEFAULT_BINDINGS does not list (system:monitoring,
// bound to group system:monitoring, which an aws-auth mapping can hand an outside role;
// system:service-account-issuer-discovery, bound to every ServiceAccount) with Secret create+read and impersonation
// rather than the token/exec powers round 50 tried; wildcard subresources `*/proxy` and `*/exec`; Secret read by
// `watch` alone; and secure neighbours (literal `nodes/*`, wrong API groups for tokens and ServiceAccount impersonation,
// pods/status, read-only ephemeral containers, system:auth-delegator, patches adding nothing).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `skip` with a MISS comment.
import { describeStackCases, Resources, StackCase } from "./support";
import { bareServiceAccount, bind, k8s, namespace, outsideRole, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const CUSTODY_NS = "validators";
const PRIMARY = "111111111111";

/** A ClusterRolePatch (server-side apply) of the ClusterRole `name` setting its rules. */
function clusterRolePatch(r: Resources, name: string, rules: object[]): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, `${name.replace(/:/g, "-")}-patch`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        rules,
    });
}
/** aws-auth (a ConfigMapPatch) mapping an outside role of the cluster account to groups. */
function awsAuth(r: Resources, role: string, groups: string[]): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", `aws-auth-${role}`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: {
            mapRoles: `- rolearn: ${outsideRole(PRIMARY, role)}\n  username: ${role}\n  groups:\n${groups.map(g => `    - ${g}\n`).join("")}`,
        },
    });
}
const MONITORING_RULES = [
    {
        nonResourceURLs: ["/healthz", "/healthz/*", "/livez", "/livez/*", "/readyz", "/readyz/*", "/metrics"],
        verbs: ["get"],
    },
];
const ISSUER_DISCOVERY_RULES = [
    { nonResourceURLs: ["/.well-known/openid-configuration", "/openid/v1/jwks"], verbs: ["get"] },
];
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const SECRET_READ = { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] };

const insecure: StackCase[] = [
    // ---- built-in default bindings DEFAULT_BINDINGS does not list ----
    {
        name: "aws-auth maps outside role metrics-scraper to group system:monitoring; a ClusterRolePatch of system:monitoring (built-in binding to that group) adds create serviceaccounts/token",
        stack: "prod",
        edit: r => {
            awsAuth(r, "metrics-scraper", ["system:monitoring"]);
            clusterRolePatch(r, "system:monitoring", [
                ...MONITORING_RULES,
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]);
        },
        refused: /monitoring|metrics-scraper|token/,
    },
    // Was a MISS (fixed in round 51): a ClusterRolePatch of system:monitoring (the built-in ClusterRoleBinding system:monitoring names Group
    // system:monitoring, which aws-auth hands outside role metrics-scraper) adding Secret create + get/list is accepted
    // clean, though the same patch adding create serviceaccounts/token is refused ("whoever the bindings of ClusterRole
    // system:monitoring outside this stack name"): that fail-closed reading feeds the token/pod powers, but the Secret
    // create+read pairing (secretPairs) walks only the stack's bindings and DEFAULT_BINDINGS (basic-user, discovery,
    // public-info-viewer). metrics-scraper creates a kubernetes.io/service-account-token Secret for
    // kube-system/replicaset-controller, reads it back, and as that controller creates pods with the custody
    // ServiceAccount (its IRSA role: share keys, signer tables). Fix: give every built-in binding of the bootstrap
    // policy (system:monitoring -> Group system:monitoring, system:service-account-issuer-discovery -> Group
    // system:serviceaccounts, ...) to DEFAULT_BINDINGS, or let secretPairs read a patched role with out-of-stack bindings
    // as held by its (unknown) subjects. Doc: Kubernetes "Using RBAC Authorization" ("Default roles and role bindings":
    // system:monitoring bound to group system:monitoring; "Auto-reconciliation" keeps added rules; plugin/pkg/auth/
    // authorizer/rbac/bootstrappolicy testdata/cluster-role-bindings.yaml); "Manually create a long-lived API token
    // for a ServiceAccount".
    {
        name: "aws-auth maps outside role metrics-scraper to group system:monitoring; a ClusterRolePatch of system:monitoring adds create and get/list secrets",
        stack: "prod",
        edit: r => {
            awsAuth(r, "metrics-scraper", ["system:monitoring"]);
            clusterRolePatch(r, "system:monitoring", [...MONITORING_RULES, SECRET_CREATE, SECRET_READ]);
        },
        refused: /monitoring|metrics-scraper|secret/i,
    },
    // Was a MISS (fixed in round 51): as above for system:service-account-issuer-discovery, whose built-in binding names Group
    // system:serviceaccounts (every ServiceAccount of the cluster): a patch adding Secret create + get/list is accepted
    // clean (round 50 refused the same patch adding serviceaccounts/token or pods/exec). Any pod of any namespace mints a
    // legacy token for kube-system/replicaset-controller and creates pods as the custody ServiceAccount. Fix and doc as
    // above ("Default roles and role bindings": system:service-account-issuer-discovery, no auto-reconcile exemption).
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery (built-in binding: group system:serviceaccounts) adds create and get/list secrets",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:service-account-issuer-discovery", [
                ...ISSUER_DISCOVERY_RULES,
                SECRET_CREATE,
                SECRET_READ,
            ]),
        refused: /issuer-discovery|system:serviceaccounts|secret/i,
    },
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery (group system:serviceaccounts) adds impersonate serviceaccounts",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "system:service-account-issuer-discovery", [
                ...ISSUER_DISCOVERY_RULES,
                { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["impersonate"] },
            ]),
        refused: /issuer-discovery|system:serviceaccounts|impersonate/,
    },
    // Was a MISS (fixed in round 51): the same split over one ServiceAccount's memberships: tools/ci-bot may create secrets in kube-system (a
    // RoleBinding) and reads them through the patched system:service-account-issuer-discovery (group
    // system:serviceaccounts). Accepted clean. Fix and doc as above.
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery adds get/list secrets; ServiceAccount tools/ci-bot may create secrets in kube-system",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "tools", "ci-bot");
            clusterRolePatch(r, "system:service-account-issuer-discovery", [...ISSUER_DISCOVERY_RULES, SECRET_READ]);
            roleFor(
                r,
                "ks-secret-writers",
                [SECRET_CREATE],
                [{ kind: "ServiceAccount", name: "ci-bot", namespace: "tools" }],
                "kube-system",
            );
        },
        refused: /issuer-discovery|ci-bot|kube-system|controller/i,
    },
    // Was a MISS (fixed in round 51): the split over one aws-auth mapping's groups: metrics-scraper reads Secrets through the patched
    // system:monitoring and creates them in kube-system through group ks-secret-writers. Accepted clean. Fix and doc as
    // the first system:monitoring MISS.
    {
        name: "aws-auth maps metrics-scraper to system:monitoring and ks-secret-writers; system:monitoring patched with get/list secrets; ks-secret-writers create secrets in kube-system",
        stack: "prod",
        edit: r => {
            awsAuth(r, "metrics-scraper", ["system:monitoring", "ks-secret-writers"]);
            clusterRolePatch(r, "system:monitoring", [...MONITORING_RULES, SECRET_READ]);
            roleFor(
                r,
                "ks-secret-writers",
                [SECRET_CREATE],
                [{ kind: "Group", name: "ks-secret-writers", apiGroup: RBAC }],
                "kube-system",
            );
        },
        refused: /monitoring|metrics-scraper|kube-system|controller/i,
    },
    // Neighbours (round 51 fix): every bootstrap ClusterRoleBinding (DEFAULT_BINDINGS) hands a patched role's powers
    // to its own subjects, a ServiceAccount's or a component user's alike.
    {
        name: "a ClusterRolePatch of system:kube-dns (built-in binding: ServiceAccount kube-system/kube-dns) adds get/list secrets; kube-dns may create secrets in kube-system",
        stack: "prod",
        edit: r => {
            clusterRolePatch(r, "system:kube-dns", [
                { apiGroups: [""], resources: ["endpoints", "services"], verbs: ["list", "watch"] },
                SECRET_READ,
            ]);
            roleFor(
                r,
                "kube-dns-secret-writers",
                [SECRET_CREATE],
                [{ kind: "ServiceAccount", name: "kube-dns", namespace: "kube-system" }],
                "kube-system",
            );
        },
        refused: /kube-dns|kube-system|controller/i,
    },
    {
        name: "a ClusterRolePatch of system:volume-scheduler (built-in binding: User system:kube-scheduler) adds create pods",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "system:volume-scheduler", [
                {
                    apiGroups: [""],
                    resources: ["persistentvolumes"],
                    verbs: ["get", "list", "patch", "update", "watch"],
                },
                { apiGroups: [""], resources: ["pods"], verbs: ["create"] },
            ]),
        refused: /volume-scheduler|kube-scheduler|pods/,
    },
    // Neighbours (round 51 fix): impersonation in its own API group, `*` matching any.
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate serviceaccounts in apiGroups *",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "any-group-sa-impersonate",
                [{ apiGroups: ["*"], resources: ["serviceaccounts"], verbs: ["impersonate"] }],
                [DEVS],
            ),
        refused: /any-group-sa-impersonate|impersonate/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate users in the core group",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "core-user-impersonate",
                [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"] }],
                [DEVS],
            ),
        refused: /core-user-impersonate|impersonate/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate user readonly-bot and uids in authentication.k8s.io (EKS's authorizer may read the uid)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-bot-with-uid",
                [
                    { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["readonly-bot"] },
                    { apiGroups: ["authentication.k8s.io"], resources: ["uids"], verbs: ["impersonate"] },
                ],
                [DEVS],
            ),
        refused: /impersonate uids or userextras/,
    },
    // Neighbours (round 51 fix): workloads in their own API groups; a custom group still counts (fail closed).
    {
        name: "platform-devs may create every resource of apps in the custody namespace (deployments)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "validators-apps-all",
                [{ apiGroups: ["apps"], resources: ["*"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /validators-apps-all|apps|\*/,
    },
    {
        name: "platform-devs may create pods in a custom API group in the custody namespace (its server is unknown: read as pods)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "validators-custom-pods",
                [{ apiGroups: ["pods.example.com"], resources: ["pods"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /validators-custom-pods|pods/,
    },
    // ---- wildcard subresources (ResourceMatches: `*/<sub>`) ----
    {
        name: "platform-devs may (ClusterRoleBinding) get */proxy in the core group (matches nodes/proxy: the kubelet API execs into every pod)",
        stack: "prod",
        edit: r => roleFor(r, "any-proxy", [{ apiGroups: [""], resources: ["*/proxy"], verbs: ["get"] }], [DEVS]),
        refused: /any-proxy|proxy/,
    },
    {
        name: "platform-devs may get */exec and */attach in the custody namespace (a websocket exec is authorised as get)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "any-exec",
                [{ apiGroups: [""], resources: ["*/exec", "*/attach"], verbs: ["get"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /any-exec|exec/,
    },
    // ---- Secret read by watch alone ----
    {
        name: "platform-devs may create and watch (only watch) secrets in kube-system (a legacy token for replicaset-controller)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "kube-system-secret-watch",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "watch"] }],
                [DEVS],
                "kube-system",
            ),
        refused: /kube-system|controller/i,
    },
    {
        name: "platform-devs may patch (only patch) pods in the custody namespace with apiGroups * (a running pod's image may be changed)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "validators-pod-patch",
                [{ apiGroups: ["*"], resources: ["pods"], verbs: ["patch"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /validators-pod-patch|pods/,
    },
    {
        name: "platform-devs may create replicationcontrollers in the custody namespace",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "validators-rc",
                [{ apiGroups: [""], resources: ["replicationcontrollers"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /validators-rc|replicationcontrollers/,
    },
];

const secure: StackCase[] = [
    {
        name: "aws-auth maps outside role metrics-scraper to group system:monitoring; a ClusterRolePatch of system:monitoring adds get /metrics/slis only",
        stack: "prod",
        edit: r => {
            awsAuth(r, "metrics-scraper", ["system:monitoring"]);
            clusterRolePatch(r, "system:monitoring", [
                { nonResourceURLs: [...MONITORING_RULES[0].nonResourceURLs, "/metrics/slis"], verbs: ["get"] },
            ]);
        },
    },
    {
        name: "platform-devs may (ClusterRoleBinding) get nodes/* (RBAC matches only a subresource literally named *)",
        stack: "prod",
        edit: r =>
            roleFor(r, "node-subresources", [{ apiGroups: [""], resources: ["nodes/*"], verbs: ["get"] }], [DEVS]),
    },
    {
        name: "platform-devs may create serviceaccounts/token with apiGroups authentication.k8s.io (TokenRequest's own group) in the custody namespace: RBAC asks for the core group",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "authn-group-token",
                [{ apiGroups: ["authentication.k8s.io"], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    // Was a MISS (fixed in round 51): (secure refused) impersonating a ServiceAccount, user or group is authorised in the core group: the
    // API server builds the check from the impersonation request's kind (v1 ServiceAccount/User/Group, APIGroup ""),
    // only uids and userextras live in authentication.k8s.io (k8s.io/apiserver endpoints/filters/impersonation.go
    // WithImpersonation: `APIGroup: impersonationRequest.GetObjectKind().GroupVersionKind().Group`, Resource
    // "serviceaccounts" for v1 ServiceAccount). A rule of authentication.k8s.io on serviceaccounts impersonates no one;
    // the pack reads it as impersonating every ServiceAccount (IMPERSONATION.groups = ["", "authentication.k8s.io"]
    // for all five resources). Who loses: a team writing that (wrong but harmless) group cannot deploy; low severity.
    // Fix: users/groups/serviceaccounts only in "" (or "*"), uids/userextras only in authentication.k8s.io (or "*").
    // Doc: Kubernetes "User impersonation" (the example ClusterRole: users/groups/serviceaccounts in apiGroups [""],
    // uids/userextras in authentication.k8s.io).
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate serviceaccounts in authentication.k8s.io (ServiceAccount impersonation is asked in the core group)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "authn-group-sa-impersonate",
                [{ apiGroups: ["authentication.k8s.io"], resources: ["serviceaccounts"], verbs: ["impersonate"] }],
                [DEVS],
            ),
    },
    {
        name: "platform-devs may update and patch pods/status in the custody namespace (the status subresource keeps the spec)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "validators-pod-status",
                [{ apiGroups: [""], resources: ["pods/status"], verbs: ["get", "update", "patch"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    {
        name: "platform-devs may get/list pods/ephemeralcontainers in the custody namespace (read only)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "validators-ephemeral-read",
                [{ apiGroups: [""], resources: ["pods", "pods/ephemeralcontainers"], verbs: ["get", "list"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    {
        name: "a ClusterRoleBinding binds built-in system:auth-delegator to tools/metrics-adapter (create tokenreviews and subjectaccessreviews)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "tools", "metrics-adapter");
            bind(r, "metrics-adapter-auth-delegator", { kind: "ClusterRole", name: "system:auth-delegator" }, [
                { kind: "ServiceAccount", name: "metrics-adapter", namespace: "tools" },
            ]);
        },
    },
    {
        name: "platform-devs may create and watch secrets in tools only",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-secret-watch",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "watch"] }],
                [DEVS],
                "tools",
            );
        },
    },
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery adds get on ConfigMap kube-root-ca.crt",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "system:service-account-issuer-discovery", [
                ...ISSUER_DISCOVERY_RULES,
                { apiGroups: [""], resources: ["configmaps"], resourceNames: ["kube-root-ca.crt"], verbs: ["get"] },
            ]),
    },
    // Was a MISS (fixed in round 51): (secure refused) `resources: ["*"]` under `apiGroups: ["authentication.k8s.io"]` matches only that
    // group's resources (tokenreviews, selfsubjectreviews): RBAC needs APIGroupMatches and ResourceMatches together
    // (pkg/apis/rbac/v1/evaluation_helpers.go RuleAllows), and pods live in the core group. The pack reads it as
    // `create *` on workloads (saPowerOfRule: `anyGroup` for WORKLOAD_RESOURCES, any group at all) and refuses it as
    // acting as every ServiceAccount. Who loses: auth proxies (kube-rbac-proxy style) written with `*`; low severity.
    // Fix: match workload resources only in their own groups ("" pods/replicationcontrollers, apps, batch, "*"), and
    // unknown/custom groups as today. Doc: Kubernetes "Using RBAC Authorization" ("Role example": a rule applies to
    // the resources of the apiGroups it lists; `""` is the core group); "API Overview: API groups".
    {
        name: "platform-devs may (ClusterRoleBinding) create tokenreviews and selfsubjectreviews (authentication.k8s.io *)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "authn-reviews",
                [{ apiGroups: ["authentication.k8s.io"], resources: ["*"], verbs: ["create"] }],
                [DEVS],
            ),
    },
    // Neighbours (round 51 fix): a bootstrap binding's subjects hold only what the patch adds that pairs up.
    {
        name: "aws-auth maps metrics-scraper to system:monitoring and ks-secret-writers; system:monitoring patched with get/list configmaps; ks-secret-writers create (only) secrets in kube-system",
        stack: "prod",
        edit: r => {
            awsAuth(r, "metrics-scraper", ["system:monitoring", "ks-secret-writers"]);
            clusterRolePatch(r, "system:monitoring", [
                ...MONITORING_RULES,
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] },
            ]);
            roleFor(
                r,
                "ks-secret-writers",
                [SECRET_CREATE],
                [{ kind: "Group", name: "ks-secret-writers", apiGroup: RBAC }],
                "kube-system",
            );
        },
    },
    {
        name: "a ClusterRolePatch of system:kube-dns adds get on ConfigMap coredns in kube-system (its built-in rules are the cluster's own)",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:kube-dns", [
                { apiGroups: [""], resources: ["endpoints", "services"], verbs: ["list", "watch"] },
                { apiGroups: [""], resources: ["configmaps"], resourceNames: ["coredns"], verbs: ["get"] },
            ]),
    },
    // Neighbours (round 51 fix): users and groups impersonated in authentication.k8s.io, workloads outside their group.
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate users and groups in authentication.k8s.io (asked in the core group)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "authn-group-user-impersonate",
                [{ apiGroups: ["authentication.k8s.io"], resources: ["users", "groups"], verbs: ["impersonate"] }],
                [DEVS],
            ),
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate user readonly-bot, and uids in the core group (asked in authentication.k8s.io: grants nothing)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-bot-core-uid",
                [
                    { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["readonly-bot"] },
                    { apiGroups: [""], resources: ["uids"], verbs: ["impersonate"] },
                ],
                [DEVS],
            ),
    },
    {
        name: "platform-devs may create pods and deployments with apiGroups authorization.k8s.io in the custody namespace (neither is served there)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "validators-authz-pods",
                [{ apiGroups: ["authorization.k8s.io"], resources: ["pods", "deployments"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    {
        name: "platform-devs may get services/proxy in tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-svc-proxy",
                [{ apiGroups: [""], resources: ["services/proxy"], verbs: ["get"] }],
                [DEVS],
                "tools",
            );
        },
    },
];

describeStackCases("red-team 51: Kubernetes/EKS API level", insecure, secure);
