// Red-team round 50 on the Kubernetes/EKS API level (fresh eyes): round 49's rules (RolePatch/ClusterRolePatch or a
// same-named role adding rules to a built-in role, held by whoever the bootstrap bindings name; group/uid/extra
// impersonation counting only beside a user or ServiceAccount the same principal may impersonate) probed through the
// built-in ClusterRoleBindings of every caller (system:basic-user, system:public-info-viewer, and
// system:service-account-issuer-discovery, bound to every ServiceAccount), the `default` ServiceAccount every
// namespace has, group impersonation held through system:authenticated, identity fields without a user; plus
// TokenRequest and ephemeral containers in the custody namespace by other spellings; with secure neighbours of each.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `skip` with a MISS comment.
import { describeStackCases, Resources, StackCase } from "./support";
import { bareServiceAccount, bind, k8s, k8sRole, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const CUSTODY_NS = "validators";
const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });

/** A ClusterRolePatch (server-side apply) of the ClusterRole `name` setting its rules. */
function clusterRolePatch(r: Resources, name: string, rules: object[], labels?: Record<string, string>): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, `${name.replace(/:/g, "-")}-patch`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, ...(labels ? { labels } : {}) },
        ...(rules.length > 0 ? { rules } : {}),
    });
}
const ISSUER_DISCOVERY_RULES = [
    { nonResourceURLs: ["/.well-known/openid-configuration", "/openid/v1/jwks"], verbs: ["get"] },
];
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const SECRET_READ = { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] };
const impersonateSa = (name?: string) => ({
    apiGroups: [""],
    resources: ["serviceaccounts"],
    ...(name ? { resourceNames: [name] } : {}),
    verbs: ["impersonate"],
});
const impersonate = (resource: "users" | "groups", name: string) => ({
    apiGroups: [""],
    resources: [resource],
    resourceNames: [name],
    verbs: ["impersonate"],
});
const IDENTITY_FIELDS = {
    apiGroups: ["authentication.k8s.io"],
    resources: ["uids", "userextras/arn", "userextras/sessionname"],
    verbs: ["impersonate"],
};

const insecure: StackCase[] = [
    // ---- ClusterRolePatch of built-in ClusterRoles every caller holds ----
    {
        name: "a ClusterRolePatch of system:basic-user (bound to system:authenticated) adds create serviceaccounts/token",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:basic-user", [
                { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews"], verbs: ["create"] },
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]),
        refused: /basic-user|system:authenticated|token/,
    },
    // Was a MISS (fixed in round 50): a ClusterRolePatch (or same-named ClusterRole) adding Secret create + get/list to a built-in ClusterRole
    // whose bootstrap ClusterRoleBinding names every caller (system:public-info-viewer: system:authenticated AND
    // system:unauthenticated; system:basic-user / system:discovery: system:authenticated) is accepted clean, though the
    // same patch adding create serviceaccounts/token is refused (DEFAULT_BINDINGS feeds the token/pod powers but not the
    // Secret create+read pairing, nor the Argo CD argocd-secret read). Anyone (anonymous, where anonymous auth is on)
    // POSTs a kubernetes.io/service-account-token Secret annotated validators/containment-chamber in validators and reads
    // it back: that custody ServiceAccount's non-expiring token, hence its IRSA/Pod Identity role. The control (the same
    // rules in a stack ClusterRole bound to system:authenticated) is refused. Fix: let secretPairs (readers, creators and
    // the Argo CD/controller Secret readers) walk the default bindings of a patched DEFAULT_BINDINGS role like the stack's
    // own ClusterRoleBindings. Doc: Kubernetes "Using RBAC Authorization" ("Default roles and role bindings":
    // system:public-info-viewer bound to system:authenticated and system:unauthenticated; "Auto-reconciliation" keeps
    // added rules); "Manually create a long-lived API token for a ServiceAccount".
    {
        name: "a ClusterRolePatch of system:public-info-viewer (bound to system:authenticated and system:unauthenticated) adds create and get/list secrets",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:public-info-viewer", [
                { nonResourceURLs: ["/healthz", "/livez", "/readyz", "/version", "/version/"], verbs: ["get"] },
                SECRET_READ,
                SECRET_CREATE,
            ]),
        refused: /public-info-viewer|system:(un)?authenticated|secret/i,
    },
    // Was a MISS (fixed in round 50): as above, split over two principals: a ClusterRolePatch of system:basic-user (every authenticated caller)
    // adds get/list secrets; platform-devs may create secrets in the custody namespace. platform-devs create a
    // service-account-token Secret for a custody ServiceAccount and read it through system:basic-user (and every
    // authenticated caller reads argocd-secret's server.secretkey). Accepted clean. Fix and doc as above.
    {
        name: "a ClusterRolePatch of system:basic-user (bound to system:authenticated) adds get/list secrets; platform-devs may create secrets in the custody namespace",
        stack: "prod",
        edit: r => {
            clusterRolePatch(r, "system:basic-user", [
                { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews"], verbs: ["create"] },
                SECRET_READ,
            ]);
            roleFor(r, "validators-secret-writers", [SECRET_CREATE], [DEVS], CUSTODY_NS);
        },
        refused: /basic-user|system:authenticated|secret/i,
    },
    // Neighbours (round 50 fix): every Secret power of a default binding's role reaches its groups.
    {
        name: "a ClusterRolePatch of system:basic-user (bound to system:authenticated) adds create secrets; platform-devs may get secrets in kube-system",
        stack: "prod",
        edit: r => {
            clusterRolePatch(r, "system:basic-user", [
                { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews"], verbs: ["create"] },
                SECRET_CREATE,
            ]);
            roleFor(r, "kube-system-secret-readers", [SECRET_READ], [DEVS], "kube-system");
        },
        refused: /basic-user.*kube-system|kube-controller-manager/,
    },
    {
        name: "a stack ClusterRole named system:discovery (reconciled beside the built-in, bound to system:authenticated) gets Secret argocd-secret",
        stack: "prod",
        edit: r =>
            k8sRole(r, "system:discovery", [
                { nonResourceURLs: ["/api", "/api/*", "/apis", "/apis/*", "/version"], verbs: ["get"] },
                { apiGroups: [""], resources: ["secrets"], resourceNames: ["argocd-secret"], verbs: ["get"] },
            ]),
        refused: /discovery|system:authenticated|argocd-secret|Argo CD/i,
    },
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery (built-in binding: group system:serviceaccounts) adds create serviceaccounts/token",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:service-account-issuer-discovery", [
                ...ISSUER_DISCOVERY_RULES,
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]),
        refused: /issuer-discovery|system:serviceaccounts|token/,
    },
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery (built-in binding: group system:serviceaccounts) adds create pods/exec",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "system:service-account-issuer-discovery", [
                ...ISSUER_DISCOVERY_RULES,
                { apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] },
            ]),
        refused: /issuer-discovery|system:serviceaccounts|exec/,
    },
    {
        name: "a stack ClusterRole named system:basic-user (same name as the built-in, reconciled beside it) impersonates every ServiceAccount",
        stack: "prod",
        edit: r => k8sRole(r, "system:basic-user", [impersonateSa()]),
        refused: /basic-user|system:authenticated|impersonate/,
    },
    // ---- group impersonation beside a ServiceAccount the holder may impersonate ----
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group system:masters and (RoleBinding in tools) ServiceAccount default, which every namespace has",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(r, "as-masters-group", [impersonate("groups", "system:masters")], [DEVS]);
            roleFor(r, "as-tools-default", [impersonateSa("default")], [DEVS], "tools");
        },
        refused: /system:masters|as-masters-group|impersonate/,
    },
    {
        name: "a ClusterRoleBinding lets system:authenticated impersonate group secret-readers (get/list secrets in kube-system); platform-devs may impersonate tools/default and create secrets in kube-system",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "all-as-secret-readers",
                [impersonate("groups", "secret-readers")],
                [group("system:authenticated")],
            );
            roleFor(r, "as-tools-default", [impersonateSa("default")], [DEVS], "tools");
            roleFor(r, "ks-secret-readers", [SECRET_READ], [group("secret-readers")], "kube-system");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|secret-readers|kube-system/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding, one rule with resources users and groups) impersonate user release-bot and group system:masters",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "as-bot-masters",
                [
                    {
                        apiGroups: [""],
                        resources: ["users", "groups"],
                        resourceNames: ["release-bot", "system:masters"],
                        verbs: ["impersonate"],
                    },
                ],
                [DEVS],
            ),
        refused: /system:masters|as-bot-masters|impersonate/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding, apiGroups *) impersonate serviceaccounts named default and group system:masters",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-default-masters",
                [
                    {
                        apiGroups: ["*"],
                        resources: ["serviceaccounts"],
                        resourceNames: ["default"],
                        verbs: ["impersonate"],
                    },
                    impersonate("groups", "system:masters"),
                ],
                [DEVS],
            ),
        refused: /system:masters|as-default-masters|impersonate/,
    },
    // ---- subresources matched exactly (round 50 fix neighbours) ----
    {
        name: "platform-devs may create serviceaccounts/* and serviceaccounts/token in the custody namespace",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "sa-token-and-star",
                [{ apiGroups: [""], resources: ["serviceaccounts/*", "serviceaccounts/token"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /sa-token-and-star|token/,
    },
    {
        name: 'platform-devs may create */token (apiGroups [""]) in the custody namespace',
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "every-token-subresource",
                [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /every-token-subresource|token/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate user release-bot and the extras */arn and */sessionname (userextras by the */<key> form)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-bot-extras",
                [
                    impersonate("users", "release-bot"),
                    {
                        apiGroups: ["authentication.k8s.io"],
                        resources: ["*/arn", "*/sessionname"],
                        verbs: ["impersonate"],
                    },
                ],
                [DEVS],
            ),
        refused: /as-bot-extras|impersonate/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) do * on */nodeclient in every API group (csrapproving approves their kubelet client CSRs; */<sub> also names userextras/<key>)",
        stack: "prod",
        edit: r =>
            roleFor(r, "any-nodeclient", [{ apiGroups: ["*"], resources: ["*/nodeclient"], verbs: ["*"] }], [DEVS]),
        refused: /any-nodeclient|nodeclient/,
    },
    // ---- the custody namespace's pods and tokens, other spellings ----
    {
        name: "platform-devs may update (PUT) pods/ephemeralcontainers in the custody namespace",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "debug-validators",
                [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["update"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /ephemeral|debug-validators|validators/,
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 50): (secure refused) `serviceaccounts/*` in a rule matches only a subresource literally named `*`: Kubernetes
    // RBAC matches `*`, the exact resource/subresource, or `*/<subresource>`, never `<resource>/*`
    // (pkg/apis/rbac/v1/evaluation_helpers.go ResourceMatches), so create on serviceaccounts/* mints no token. The pack
    // refuses it as create serviceaccounts/token for every custody ServiceAccount (ruleNames reads x.split("/")[0]); it
    // does read pods/* correctly (next case). Who loses: a team writing the (common, wrong) `resource/*` spelling cannot
    // deploy; low severity. Fix: resourceCovers/ruleNames match `<resource>/*` only as the literal subresource `*`.
    // Doc: Kubernetes "Using RBAC Authorization" ("Referring to resources": subresources are named explicitly,
    // `*/scale` the only wildcard form); evaluation_helpers.go ResourceMatches.
    {
        name: "platform-devs may create serviceaccounts/* in the custody namespace (RBAC never reads resource/* as every subresource)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "sa-subresources",
                [{ apiGroups: [""], resources: ["serviceaccounts/*"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    // Neighbours (round 50 fix): subresources are matched exactly (ResourceMatches), wildcards only as `*` or `*/<sub>`.
    {
        name: "platform-devs may impersonate serviceaccounts/* (ClusterRoleBinding): impersonation asks for serviceaccounts, no subresource",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "sa-impersonate-subresources",
                [{ apiGroups: [""], resources: ["serviceaccounts/*"], verbs: ["impersonate"] }],
                [DEVS],
            ),
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate user release-bot and bare userextras (an extra is asked as userextras/<key>: no key matches)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-bot-bare-extras",
                [
                    impersonate("users", "release-bot"),
                    { apiGroups: ["authentication.k8s.io"], resources: ["userextras"], verbs: ["impersonate"] },
                ],
                [DEVS],
            ),
    },
    {
        name: "a ClusterRolePatch of system:basic-user adds get on Secret public-banner only (no Secret create anywhere)",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:basic-user", [
                { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews"], verbs: ["create"] },
                { apiGroups: [""], resources: ["secrets"], resourceNames: ["public-banner"], verbs: ["get"] },
            ]),
    },
    {
        name: "platform-devs may create pods/* in the custody namespace (RBAC matches */exec, never pods/*: only a subresource literally named *)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "pod-subresources",
                [{ apiGroups: [""], resources: ["pods/*"], verbs: ["create"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    // ---- patches of every caller's built-in ClusterRoles that add nothing reaching custody ----
    {
        name: "a ClusterRolePatch of system:basic-user adds create selfsubjectreviews (authentication.k8s.io) only",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:basic-user", [
                {
                    apiGroups: ["authorization.k8s.io"],
                    resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
                    verbs: ["create"],
                },
                { apiGroups: ["authentication.k8s.io"], resources: ["selfsubjectreviews"], verbs: ["create"] },
            ]),
    },
    {
        name: "a ClusterRolePatch of system:service-account-issuer-discovery re-states its own rules with a label",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "system:service-account-issuer-discovery", ISSUER_DISCOVERY_RULES, {
                "team.example.com/owner": "platform",
            }),
    },
    {
        name: "a ClusterRolePatch of system:public-info-viewer adds get on /metrics/slis (a non-resource URL)",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:public-info-viewer", [
                {
                    nonResourceURLs: ["/healthz", "/livez", "/readyz", "/version", "/version/", "/metrics/slis"],
                    verbs: ["get"],
                },
            ]),
    },
    // ---- identity fields and groups without a user ----
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group system:masters, uids and userextras, but no user or ServiceAccount",
        stack: "prod",
        edit: r => roleFor(r, "as-masters-fields", [impersonate("groups", "system:masters"), IDENTITY_FIELDS], [DEVS]),
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group secret-readers and (RoleBinding in tools) tools/default; secret-readers read secrets in tools only",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(r, "as-secret-readers", [impersonate("groups", "secret-readers")], [DEVS]);
            roleFor(r, "as-tools-default", [impersonateSa("default")], [DEVS], "tools");
            roleFor(r, "tools-secret-readers", [SECRET_READ], [group("secret-readers")], "tools");
        },
    },
    {
        name: "platform-devs may impersonate tools/deployer (RoleBinding in tools), who may create pods/exec in tools (restricted)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "tools", "deployer");
            roleFor(r, "as-deployer", [impersonateSa("deployer")], [DEVS], "tools");
            roleFor(
                r,
                "deployer-exec",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
                [{ kind: "ServiceAccount", name: "deployer", namespace: "tools" }],
                "tools",
            );
        },
    },
    {
        name: "a RoleBinding in tools binds built-in ClusterRole system:basic-user to platform-devs",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bind(r, "devs-basic", { kind: "ClusterRole", name: "system:basic-user" }, [DEVS], "tools");
        },
    },
    // ---- the custody namespace read, not entered ----
    {
        name: "platform-devs may get/list serviceaccounts and events in the custody namespace",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "view-validators-sa",
                [
                    { apiGroups: [""], resources: ["serviceaccounts", "events"], verbs: ["get", "list", "watch"] },
                    { apiGroups: ["events.k8s.io"], resources: ["events"], verbs: ["get", "list", "watch"] },
                ],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    {
        name: "platform-devs may get pods/* (log, status) in the custody namespace but create nothing",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "view-pod-subresources",
                [{ apiGroups: [""], resources: ["pods", "pods/log", "pods/status"], verbs: ["get", "list"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
];

describeStackCases("red-team 50: Kubernetes/EKS API level", insecure, secure);
