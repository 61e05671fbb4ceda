// Red-team round 48 on the Kubernetes/EKS API level (fresh eyes): round 47's one request identity per impersonation
// (an impersonated user or ServiceAccount with no Impersonate-Group: its own groups and system:authenticated; the
// holder's own grants beside an impersonated user's), kube-controller-manager's ServiceAccounts reached by a hop
// (impersonation, a minted token, an access entry's or aws-auth's group) and the Roles of bootstrap-signer and
// token-cleaner (which read kube-system's Secrets), the API group and binding scope of impersonation and
// TokenRequest rules (users and groups are cluster-scoped: a RoleBinding never grants their impersonation), and
// NamespacePatch Pod Security labels; with secure neighbours of each.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `skip` with a MISS comment.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bareServiceAccount, bind, k8s, k8sRole, namespace, outsideRole, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
const ACCESS_ENTRY = "aws:eks/accessEntry:AccessEntry";
const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });
const userSubject = (name: string) => ({ kind: "User", name, apiGroup: RBAC });
const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });

/** A ClusterRole `name` with `rules`, bound by a RoleBinding in `ns`. */
function clusterRoleIn(r: Resources, name: string, rules: object[], subjects: object[], ns: string): void {
    k8sRole(r, name, rules);
    bind(r, name, { kind: "ClusterRole", name }, subjects, ns);
}
/** An EKS access entry (STANDARD) for an outside role of the account. */
function accessEntry(r: Resources, role: string, groups: string[], userName?: string): void {
    aws(r, ACCESS_ENTRY, role, {
        clusterName: "prod-validators",
        principalArn: outsideRole(PRIMARY, role),
        ...(userName ? { userName } : {}),
        kubernetesGroups: groups,
        type: "STANDARD",
    });
}
/** aws-auth (a ConfigMapPatch) mapping an outside role to groups. */
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
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const NAMED_CI_TOKEN = { apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"] };
const POD_CREATE = { apiGroups: [""], resources: ["pods"], verbs: ["create"] };
const tokenFor = (name: string, apiGroup = "") => ({
    apiGroups: [apiGroup],
    resources: ["serviceaccounts/token"],
    resourceNames: [name],
    verbs: ["create"],
});
const impersonateSa = (name: string, apiGroup = "") => ({
    apiGroups: [apiGroup],
    resources: ["serviceaccounts"],
    resourceNames: [name],
    verbs: ["impersonate"],
});
const impersonate = (resource: "users" | "groups", name: string) => ({
    apiGroups: [""],
    resources: [resource],
    resourceNames: [name],
    verbs: ["impersonate"],
});
/** A Pulumi NamespacePatch setting the Pod Security enforce label of an existing Namespace. */
function namespacePatch(r: Resources, name: string, enforce: string): void {
    k8s(r, "kubernetes:core/v1:NamespacePatch", `ns-patch-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name, labels: { "pod-security.kubernetes.io/enforce": enforce } },
    });
}

const insecure: StackCase[] = [
    // ---- one impersonated request without Impersonate-Group ----
    {
        name: "platform-devs may impersonate user release-bot (no groups), which may create (resourceNames ci-token) secrets in kube-system; system:authenticated may get and patch ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(
                r,
                "ks-named-create",
                [{ ...NAMED_CI_TOKEN, verbs: ["create"] }],
                [userSubject("release-bot")],
                "kube-system",
            );
            roleFor(
                r,
                "ks-named-patch",
                [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }],
                [group("system:authenticated")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
    {
        name: "platform-devs may impersonate ops/applier (no groups), which may create (resourceNames ci-token) secrets in kube-system; system:serviceaccounts may get and patch ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "as-applier", [impersonateSa("applier")], [DEVS], "ops");
            roleFor(
                r,
                "ks-named-create",
                [{ ...NAMED_CI_TOKEN, verbs: ["create"] }],
                [sa("ops", "applier")],
                "kube-system",
            );
            roleFor(
                r,
                "ks-named-patch",
                [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }],
                [group("system:serviceaccounts")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // ---- kube-controller-manager's ServiceAccounts through a hop ----
    {
        name: "platform-devs may impersonate user release-bot, which may create tokens for kube-system/job-controller (RoleBinding in kube-system)",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(r, "job-token", [tokenFor("job-controller")], [userSubject("release-bot")], "kube-system");
        },
        refused: /job-controller|kube-controller-manager|job-token/,
    },
    {
        name: "platform-devs may create tokens for ops/applier, which may (ClusterRoleBinding) impersonate every ServiceAccount named daemon-set-controller",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "applier-token", [tokenFor("applier")], [DEVS], "ops");
            roleFor(r, "as-ds-controller", [impersonateSa("daemon-set-controller")], [sa("ops", "applier")]);
        },
        refused: /daemon-set-controller|kube-controller-manager|as-ds-controller/,
    },
    {
        name: "an access entry for outside role ci-runner with kubernetesGroups kcm-operators, which may (ClusterRoleBinding) impersonate every ServiceAccount named cronjob-controller",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["kcm-operators"]);
            roleFor(r, "as-cronjob-controller", [impersonateSa("cronjob-controller")], [group("kcm-operators")]);
        },
        refused: /cronjob-controller|kube-controller-manager|as-cronjob-controller/,
    },
    {
        name: "aws-auth maps outside role ci-runner to group token-minters, which may create tokens for kube-system/statefulset-controller (RoleBinding in kube-system)",
        stack: "prod",
        edit: r => {
            awsAuth(r, "ci-runner", ["token-minters"]);
            roleFor(r, "sts-token", [tokenFor("statefulset-controller")], [group("token-minters")], "kube-system");
        },
        refused: /statefulset-controller|kube-controller-manager|sts-token/,
    },
    {
        name: "Group system:serviceaccounts:ci may impersonate kube-system/persistent-volume-binder (RoleBinding in kube-system); ci/deployer declared",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "as-pv-binder",
                [impersonateSa("persistent-volume-binder")],
                [group("system:serviceaccounts:ci")],
                "kube-system",
            );
        },
        refused: /persistent-volume-binder|kube-controller-manager|as-pv-binder/,
    },
    // ---- the Roles of bootstrap-signer and token-cleaner read kube-system's Secrets ----
    // Was a MISS (fixed in round 48): kube-controller-manager's bootstrap-signer holds the kube-system Role system:controller:bootstrap-signer
    // (get/list/watch secrets in kube-system) and token-cleaner the Role system:controller:token-cleaner (delete/get/
    // list/watch secrets there); the pack lists both Roles (BUILT_IN_ROLES, CONTROLLER_SERVICE_ACCOUNTS) but never
    // counts them as a Secret READ for the create+read pairing. platform-devs POST a kubernetes.io/service-account-token
    // Secret annotated replicaset-controller (an unnamed create, as themselves), then read it as bootstrap-signer
    // (`kubectl --as=system:serviceaccount:kube-system:bootstrap-signer get secret`): replicaset-controller's token,
    // pods in every namespace as the signer's ServiceAccount. Accepted clean; the same read through an impersonated
    // ServiceAccount of the stack (ops/secret-reader, next case) is refused. Fix: the Secret reads of the controller
    // Roles (BUILT_IN_ROLES) join secretPairs' readers for whoever acts as that controller (token, impersonation, pod).
    // Doc: kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy namespace_policy.go and testdata
    // namespace-roles.yaml (system:controller:bootstrap-signer / token-cleaner on secrets in kube-system); Kubernetes
    // "Manually create a long-lived API token for a ServiceAccount"; "User Impersonation".
    {
        name: "platform-devs may create secrets in kube-system and impersonate kube-system/bootstrap-signer (Role system:controller:bootstrap-signer: get/list secrets in kube-system)",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "as-bootstrap-signer", [impersonateSa("bootstrap-signer")], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|bootstrap-signer|replicaset-controller/,
    },
    // Was a MISS (fixed in round 48): as above through a TokenRequest for kube-system/token-cleaner (Role system:controller:token-cleaner).
    {
        name: "platform-devs may create secrets in kube-system and tokens for kube-system/token-cleaner (Role system:controller:token-cleaner: get/list secrets in kube-system)",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "token-cleaner-token", [tokenFor("token-cleaner")], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|token-cleaner|replicaset-controller/,
    },
    // Neighbour: the read half through an impersonated ServiceAccount of the stack (refused: the pairing walks it).
    {
        name: "platform-devs may create secrets in kube-system and impersonate ops/secret-reader, which may get and list secrets in kube-system",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-reader");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "as-secret-reader", [impersonateSa("secret-reader")], [DEVS], "ops");
            roleFor(
                r,
                "ks-secret-reads",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }],
                [sa("ops", "secret-reader")],
                "kube-system",
            );
        },
        refused: /kube-controller-manager|replicaset-controller|secret-reader/,
    },
    // Neighbours (round 48 fix): the controller's Secret reads join whatever else the holder holds, by any route.
    {
        name: "aws-auth maps outside role ci-runner to group token-minters, which may create tokens for kube-system/bootstrap-signer and (ClusterRoleBinding) create secrets everywhere",
        stack: "prod",
        edit: r => {
            awsAuth(r, "ci-runner", ["token-minters"]);
            roleFor(r, "signer-token", [tokenFor("bootstrap-signer")], [group("token-minters")], "kube-system");
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("token-minters")]);
        },
        refused: /kube-controller-manager|bootstrap-signer|replicaset-controller/,
    },
    {
        name: "platform-devs may create secrets in kube-system and tokens for ops/applier, which may (ClusterRoleBinding) impersonate every ServiceAccount named token-cleaner",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "applier-token", [tokenFor("applier")], [DEVS], "ops");
            roleFor(r, "as-token-cleaner", [impersonateSa("token-cleaner")], [sa("ops", "applier")]);
        },
        refused: /kube-controller-manager|token-cleaner|replicaset-controller/,
    },
    // Neighbours (round 48 fix): a RoleBinding still grants ServiceAccount impersonation in its namespace, and a
    // ClusterRoleBinding (or `bind` through one) user impersonation.
    {
        name: "a Role in kube-system lets platform-devs impersonate every user, group and serviceaccount (every ServiceAccount of kube-system)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "ks-impersonate",
                [{ apiGroups: [""], resources: ["users", "groups", "serviceaccounts"], verbs: ["impersonate"] }],
                [DEVS],
                "kube-system",
            ),
        refused: /kube-controller-manager|ks-impersonate|impersonate/,
    },
    {
        name: "a ClusterRoleBinding of a ClusterRole letting platform-devs impersonate user system:kube-controller-manager",
        stack: "prod",
        edit: r => roleFor(r, "as-kcm", [impersonate("users", "system:kube-controller-manager")], [DEVS]),
        refused: /kube-controller-manager|as-kcm/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) bind ClusterRole as-kcm (impersonate user system:kube-controller-manager) and create clusterrolebindings",
        stack: "prod",
        edit: r => {
            k8sRole(r, "as-kcm", [impersonate("users", "system:kube-controller-manager")]);
            roleFor(
                r,
                "bind-as-kcm",
                [
                    { apiGroups: [RBAC], resources: ["clusterroles"], resourceNames: ["as-kcm"], verbs: ["bind"] },
                    { apiGroups: [RBAC], resources: ["clusterrolebindings"], verbs: ["create"] },
                ],
                [DEVS],
            );
        },
        refused: /kube-controller-manager|as-kcm|bind/,
    },
    // ---- Pod Security labels through a NamespacePatch ----
    {
        name: "tools enforces restricted, a NamespacePatch relabels it enforce privileged; platform-devs may create pods in tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            namespacePatch(r, "tools", "privileged");
            roleFor(r, "tools-pods", [POD_CREATE], [DEVS], "tools");
        },
        refused: /tools/,
    },
    {
        name: "platform-devs may create pods in tools, which no Namespace of the stack declares, but a NamespacePatch labels it warn restricted only",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:NamespacePatch", "ns-patch-tools", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "tools", labels: { "pod-security.kubernetes.io/warn": "restricted" } },
            });
            roleFor(r, "tools-pods", [POD_CREATE], [DEVS], "tools");
        },
        refused: /tools/,
    },
];

const secure: StackCase[] = [
    // An impersonated request is the impersonated user only: the holder's own patch does not join it.
    {
        name: "platform-devs may impersonate user release-bot (no groups), which may create (resourceNames ci-token) secrets in kube-system; platform-devs may get and patch ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(
                r,
                "ks-named-create",
                [{ ...NAMED_CI_TOKEN, verbs: ["create"] }],
                [userSubject("release-bot")],
                "kube-system",
            );
            roleFor(r, "ks-named-patch", [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }], [DEVS], "kube-system");
        },
    },
    // Impersonate-Group needs Impersonate-User: a group the holder may impersonate with no user is never in a request.
    {
        name: "platform-devs may impersonate the group secret-creators (no user), which may create (resourceNames ci-token) secrets in kube-system; platform-devs may get and patch ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-secret-creators", [impersonate("groups", "secret-creators")], [DEVS]);
            roleFor(
                r,
                "ks-named-create",
                [{ ...NAMED_CI_TOKEN, verbs: ["create"] }],
                [group("secret-creators")],
                "kube-system",
            );
            roleFor(r, "ks-named-patch", [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }], [DEVS], "kube-system");
        },
    },
    // ---- users and groups are cluster-scoped: a RoleBinding never grants their impersonation ----
    // Was a MISS (fixed in round 48): (secure refused) impersonating users and groups is authorised without a namespace: impersonation.go
    // (buildImpersonationRequests) asks the authorizer `impersonate` on `users`/`groups` with an empty Namespace (only
    // a ServiceAccount's request carries its namespace), and the RBAC authorizer consults RoleBindings only when the
    // request has a namespace (plugin/pkg/auth/authorizer/rbac rbac.go / registry/rbac/validation rule.go
    // VisitRulesFor: `if len(namespace) > 0` list RoleBindings), so a Role in tools granting impersonation of every user
    // and group grants nothing: `kubectl --as=anyone` is Forbidden. Refused as cluster-wide impersonation. Who loses: a
    // team whose namespace Role carries a copied `impersonate users/groups` rule (e.g. from a namespaced-admin
    // template) cannot deploy. Fix: impersonation of users, groups, uids and userextras counts only through
    // ClusterRoleBindings; a RoleBinding grants only ServiceAccount impersonation in its namespace. Doc: Kubernetes
    // "User Impersonation" (users/groups/uids are cluster-wide resources; ServiceAccounts namespaced); k8s.io/apiserver
    // pkg/endpoints/filters/impersonation.go; "Using RBAC Authorization" ("RoleBinding ... grants permissions within a
    // specific namespace").
    {
        name: "a Role in tools lets platform-devs impersonate every user and group (a RoleBinding: users and groups are not namespaced)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "tools-impersonate",
                [{ apiGroups: [""], resources: ["users", "groups"], verbs: ["impersonate"] }],
                [DEVS],
                "tools",
            ),
    },
    // Was a MISS (fixed in round 48): (secure refused) as above, a RoleBinding in tools of a ClusterRole naming user system:kube-controller-manager.
    {
        name: "a RoleBinding in tools of a ClusterRole letting platform-devs impersonate user system:kube-controller-manager",
        stack: "prod",
        edit: r =>
            clusterRoleIn(r, "as-kcm", [impersonate("users", "system:kube-controller-manager")], [DEVS], "tools"),
    },
    // ---- API groups: TokenRequest and ServiceAccount impersonation are core ("") ----
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate serviceaccounts named replicaset-controller in API group apps (no such resource)",
        stack: "prod",
        edit: r => roleFor(r, "as-rs-apps", [impersonateSa("replicaset-controller", "apps")], [DEVS]),
    },
    {
        name: "platform-devs may create serviceaccounts/token for kube-system/daemon-set-controller in API group authentication.k8s.io (no such resource)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "ds-token-authn",
                [tokenFor("daemon-set-controller", "authentication.k8s.io")],
                [DEVS],
                "kube-system",
            ),
    },
    // ---- neighbours without a path ----
    {
        name: "platform-devs may get and list serviceaccounts in kube-system and (ClusterRoleBinding) get serviceaccounts/token (no create)",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "ks-sa-read",
                [{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get", "list"] }],
                [DEVS],
                "kube-system",
            );
            roleFor(
                r,
                "token-get",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["get"] }],
                [DEVS],
            );
        },
    },
    {
        name: "an access entry for outside role ci-runner with kubernetesGroups kcm-operators, which may impersonate tools/cronjob-controller (RoleBinding in tools)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["kcm-operators"]);
            roleFor(r, "as-cronjob", [impersonateSa("cronjob-controller")], [group("kcm-operators")], "tools");
        },
    },
    {
        name: "aws-auth maps outside role ci-runner to group token-minters, which may create tokens for tools/statefulset-controller (RoleBinding in tools)",
        stack: "prod",
        edit: r => {
            awsAuth(r, "ci-runner", ["token-minters"]);
            roleFor(r, "sts-token", [tokenFor("statefulset-controller")], [group("token-minters")], "tools");
        },
    },
    {
        name: "tools enforces baseline, a NamespacePatch raises it to enforce restricted; platform-devs may create pods in tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools", "baseline");
            namespacePatch(r, "tools", "restricted");
            roleFor(r, "tools-pods", [POD_CREATE], [DEVS], "tools");
        },
    },
    {
        name: "platform-devs may create secrets in tools and impersonate kube-system/bootstrap-signer (its Role reads kube-system's Secrets only)",
        stack: "prod",
        edit: r => {
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [DEVS], "tools");
            roleFor(r, "as-bootstrap-signer", [impersonateSa("bootstrap-signer")], [DEVS], "kube-system");
        },
    },
    // Neighbours (round 48 fix): becoming a controller gives its bootstrap Roles' rules, no more.
    {
        name: "platform-devs may create tokens for kube-system/token-cleaner (reads and deletes kube-system's Secrets) and create no Secret anywhere",
        stack: "prod",
        edit: r => roleFor(r, "token-cleaner-token", [tokenFor("token-cleaner")], [DEVS], "kube-system"),
    },
    {
        name: "platform-devs may create secrets in kube-public and impersonate kube-system/bootstrap-signer (its kube-public Role reads ConfigMaps only)",
        stack: "prod",
        edit: r => {
            roleFor(r, "public-secret-writers", [SECRET_CREATE], [DEVS], "kube-public");
            roleFor(r, "as-bootstrap-signer", [impersonateSa("bootstrap-signer")], [DEVS], "kube-system");
        },
    },
    // Neighbours (round 48 fix): no RoleBinding authorises impersonating users, groups, uids or userextras.
    {
        name: "a Role in tools lets platform-devs impersonate user release-bot with any uid and userextras (a RoleBinding)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "tools-identity",
                [
                    impersonate("users", "release-bot"),
                    { apiGroups: ["authentication.k8s.io"], resources: ["uids", "userextras"], verbs: ["impersonate"] },
                ],
                [DEVS],
                "tools",
            ),
    },
    {
        name: "platform-devs may (RoleBinding in tools) bind ClusterRole as-kcm (impersonate user system:kube-controller-manager) and create rolebindings there",
        stack: "prod",
        edit: r => {
            k8sRole(r, "as-kcm", [impersonate("users", "system:kube-controller-manager")]);
            roleFor(
                r,
                "bind-as-kcm",
                [
                    { apiGroups: [RBAC], resources: ["clusterroles"], resourceNames: ["as-kcm"], verbs: ["bind"] },
                    { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
                ],
                [DEVS],
                "tools",
            );
        },
    },
];

describeStackCases("red-team 48: Kubernetes/EKS API level", insecure, secure);
