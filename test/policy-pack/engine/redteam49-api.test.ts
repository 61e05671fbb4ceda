// Red-team round 49 on the Kubernetes/EKS API level (fresh eyes): round 48's built-in controller Roles (bound
// directly by a RoleBinding, patched by a RolePatch, reached by impersonation or a token; cloud-provider's kube-system
// ConfigMap create beside bootstrap-signer's and token-cleaner's Secret reads), impersonation counted only through
// ClusterRoleBindings (a ServiceAccount impersonated by a RoleBinding joined with groups impersonated by a
// ClusterRoleBinding; aggregated ClusterRoles carrying impersonation; ServiceAccount usernames under `users`), and
// pods/exec, attach and ephemeral containers in the custody namespace; with secure neighbours of each.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `skip` with a MISS comment.
import { describeStackCases, Resources, StackCase } from "./support";
import { bind, k8s, k8sRole, namespace, outsideRole } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
const CUSTODY_NS = "validators";
const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });
const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });

/** A Role (namespace given) or ClusterRole `name` with `rules`, bound to `subjects`. */
function roleFor(r: Resources, name: string, rules: object[], subjects: object[], ns?: string): void {
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: ns ? "Role" : "ClusterRole", name }, subjects, ns);
}
/** A ServiceAccount of the stack. */
function account(r: Resources, ns: string, name: string): void {
    k8s(r, "kubernetes:core/v1:ServiceAccount", `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name, namespace: ns },
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
/** A ClusterRole whose rules are aggregated from ClusterRoles labelled example.com/aggregate-to: <label>, bound by a ClusterRoleBinding (or a RoleBinding in `ns`). */
function aggregatedFor(r: Resources, name: string, label: string, subjects: object[], ns?: string): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "example.com/aggregate-to": label } }] },
        rules: [],
    });
    bind(r, name, { kind: "ClusterRole", name }, subjects, ns);
}
/** A ClusterRole labelled to join the aggregated ClusterRole of `label`. */
function labelledRole(r: Resources, name: string, label: string, rules: object[]): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels: { "example.com/aggregate-to": label } },
        rules,
    });
}
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
const tokenFor = (name: string) => ({
    apiGroups: [""],
    resources: ["serviceaccounts/token"],
    resourceNames: [name],
    verbs: ["create"],
});

const insecure: StackCase[] = [
    // ---- the built-in controller Roles bound or patched directly ----
    {
        name: "a RoleBinding in kube-system binds the built-in Role system:controller:bootstrap-signer (get/list secrets) to platform-devs, who may also create secrets in kube-system",
        stack: "prod",
        edit: r => {
            bind(
                r,
                "devs-as-signer",
                { kind: "Role", name: "system:controller:bootstrap-signer" },
                [DEVS],
                "kube-system",
            );
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|bootstrap-signer|kube-system/,
    },
    {
        name: "aws-auth maps outside role ci-runner to group cleaners; a RoleBinding in kube-system binds built-in Role system:controller:token-cleaner to cleaners, a ClusterRoleBinding lets cleaners create secrets",
        stack: "prod",
        edit: r => {
            awsAuth(r, "ci-runner", ["cleaners"]);
            bind(
                r,
                "cleaners-as-token-cleaner",
                { kind: "Role", name: "system:controller:token-cleaner" },
                [group("cleaners")],
                "kube-system",
            );
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("cleaners")]);
        },
        refused: /kube-controller-manager|replicaset-controller|token-cleaner|kube-system/,
    },
    // Was a MISS (fixed in round 49): the kube-system Role system:controller:bootstrap-signer is judged by its built-in rules only
    // (BUILT_IN_ROLES) when someone acts as kube-system/bootstrap-signer; a RolePatch of the stack that gives it
    // `create secrets` (server-side apply of the whole rules list, kept by the API server's reconciliation, which only
    // adds missing rules) is not joined to the controller's read. platform-devs impersonate bootstrap-signer, POST a
    // kubernetes.io/service-account-token Secret annotated replicaset-controller and read it back: that controller's
    // non-expiring token (creates pods with any ServiceAccount, the custody ones included). Accepted clean; the same
    // create through a stack Role bound to kube-system/bootstrap-signer (next case) is refused. Fix: the rules a
    // RolePatch/ClusterRolePatch of the stack adds to a built-in Role (BUILT_IN_ROLES) or system:controller:
    // ClusterRole count for whoever acts as that controller (controllerAccountsPower / secretPairs readers and
    // creators). Doc: Kubernetes "Using RBAC Authorization" ("Default roles and role bindings", "Auto-reconciliation":
    // missing permissions are added, user modifications kept); plugin/pkg/auth/authorizer/rbac/bootstrappolicy
    // namespace_policy.go (system:controller:bootstrap-signer in kube-system); "User Impersonation"; "Manually create a
    // long-lived API token for a ServiceAccount".
    {
        name: "a RolePatch adds create secrets to the built-in Role system:controller:bootstrap-signer in kube-system; platform-devs may impersonate kube-system/bootstrap-signer",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:RolePatch`, "signer-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "system:controller:bootstrap-signer", namespace: "kube-system" },
                rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch", "create"] }],
            });
            roleFor(r, "as-bootstrap-signer", [impersonateSa("bootstrap-signer")], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|bootstrap-signer/,
    },
    // Neighbour: a stack Role bound to kube-system/bootstrap-signer (not a patch of its built-in Role).
    {
        name: "a RoleBinding in kube-system binds stack Role ks-secret-writers (create secrets) to kube-system/bootstrap-signer; platform-devs may impersonate kube-system/bootstrap-signer",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("kube-system", "bootstrap-signer")], "kube-system");
            roleFor(r, "as-bootstrap-signer", [impersonateSa("bootstrap-signer")], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|bootstrap-signer/,
    },
    // Neighbour (round 49 fix): a stack Role of the built-in Role's own name is a write to it too (auto-reconciliation
    // keeps the built-in rules beside the stack's), held by token-cleaner through its bootstrap binding.
    {
        name: "a stack Role named system:controller:token-cleaner in kube-system (create secrets); group token-minters (aws-auth ci-runner) may create tokens for kube-system/token-cleaner",
        stack: "prod",
        edit: r => {
            k8sRole(r, "system:controller:token-cleaner", [SECRET_CREATE], "kube-system");
            awsAuth(r, "ci-runner", ["token-minters"]);
            roleFor(r, "tc-token", [tokenFor("token-cleaner")], [group("token-minters")], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|token-cleaner|tc-token/,
    },
    // cloud-provider's kube-system Role creates ConfigMaps there (aws-auth when none exists): the pack counts the
    // same create as the aws-auth power for anyone else.
    {
        name: "platform-devs may impersonate kube-system/cloud-provider (built-in Role system:controller:cloud-provider: create configmaps in kube-system)",
        stack: "prod",
        edit: r => roleFor(r, "as-cloud-provider", [impersonateSa("cloud-provider")], [DEVS], "kube-system"),
        refused: /cloud-provider|aws-auth|kube-controller-manager|as-cloud-provider/,
    },
    {
        name: "aws-auth maps outside role ci-runner to group token-minters, which may create tokens for kube-system/cloud-provider",
        stack: "prod",
        edit: r => {
            awsAuth(r, "ci-runner", ["token-minters"]);
            roleFor(r, "cp-token", [tokenFor("cloud-provider")], [group("token-minters")], "kube-system");
        },
        refused: /cloud-provider|aws-auth|kube-controller-manager|cp-token/,
    },
    // ---- one impersonated request: a ServiceAccount (RoleBinding) with groups (ClusterRoleBinding) ----
    {
        name: "platform-devs may impersonate ops/applier (RoleBinding in ops) and (ClusterRoleBinding) group secret-readers; applier may create secrets in kube-system, secret-readers get/list them",
        stack: "prod",
        edit: r => {
            account(r, "ops", "applier");
            roleFor(r, "as-applier", [impersonateSa("applier")], [DEVS], "ops");
            roleFor(r, "as-secret-readers", [impersonate("groups", "secret-readers")], [DEVS]);
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("ops", "applier")], "kube-system");
            roleFor(r, "ks-secret-readers", [SECRET_READ], [group("secret-readers")], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|secret-readers|applier/,
    },
    // ---- impersonation carried by an aggregated ClusterRole bound by a ClusterRoleBinding ----
    {
        name: "a ClusterRoleBinding binds aggregated ClusterRole ops-aggregate to platform-devs; a ClusterRole labelled into it impersonates user system:kube-controller-manager",
        stack: "prod",
        edit: r => {
            aggregatedFor(r, "ops-aggregate", "ops", [DEVS]);
            labelledRole(r, "ops-as-kcm", "ops", [impersonate("users", "system:kube-controller-manager")]);
        },
        refused: /kube-controller-manager|ops-aggregate|ops-as-kcm|impersonate/,
    },
    {
        name: "a ClusterRoleBinding binds aggregated ClusterRole ops-aggregate to platform-devs; labelled into it: impersonate serviceaccounts bootstrap-signer; platform-devs may create secrets in kube-system",
        stack: "prod",
        edit: r => {
            aggregatedFor(r, "ops-aggregate", "ops", [DEVS]);
            labelledRole(r, "ops-as-signer", "ops", [impersonateSa("bootstrap-signer")]);
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|bootstrap-signer|ops-aggregate/,
    },
    // ---- the runtime ServiceAccounts' pods ----
    {
        name: "platform-devs may patch pods/ephemeralcontainers in the custody namespace (an ephemeral container in a signer pod)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "debug-validators",
                [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /ephemeral|debug-validators|validators/,
    },
    {
        name: "platform-devs may get pods/attach in the custody namespace (a websocket attach needs only get)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "attach-validators",
                [{ apiGroups: [""], resources: ["pods/attach"], verbs: ["get"] }],
                [DEVS],
                CUSTODY_NS,
            ),
        refused: /attach|validators/,
    },
    {
        name: "platform-devs may impersonate every ServiceAccount of the custody namespace (a RoleBinding there)",
        stack: "pod-identity",
        edit: r => roleFor(r, "as-validators", [impersonateSa()], [DEVS], CUSTODY_NS),
        refused: /impersonate|as-validators|validators/,
    },
    // ---- round 49 neighbours: ServiceAccount usernames under `users`, groups beside a user ----
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate users system:serviceaccount:kube-system:replicaset-controller and system:kube-controller-manager (the second is a user)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-kcm-user",
                [
                    {
                        ...impersonate("users", "system:kube-controller-manager"),
                        resourceNames: [
                            "system:serviceaccount:kube-system:replicaset-controller",
                            "system:kube-controller-manager",
                        ],
                    },
                ],
                [DEVS],
            ),
        refused: /kube-controller-manager|as-kcm-user|impersonate/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group system:masters and (RoleBinding in tools) ServiceAccount tools/deployer: Impersonate-User of the ServiceAccount with Impersonate-Group system:masters",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            account(r, "tools", "deployer");
            roleFor(r, "as-masters-group", [impersonate("groups", "system:masters")], [DEVS]);
            roleFor(r, "as-deployer", [impersonateSa("deployer")], [DEVS], "tools");
        },
        refused: /system:masters|as-masters-group|impersonate/,
    },
    {
        name: "aws-auth maps ci-runner to groups masters-impersonators (may impersonate group system:masters) and deployer-impersonators (may impersonate tools/deployer): one principal holds both",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            account(r, "tools", "deployer");
            awsAuth(r, "ci-runner", ["masters-impersonators", "deployer-impersonators"]);
            roleFor(r, "as-masters-group", [impersonate("groups", "system:masters")], [group("masters-impersonators")]);
            roleFor(r, "as-deployer", [impersonateSa("deployer")], [group("deployer-impersonators")], "tools");
        },
        refused: /system:masters|as-masters-group|impersonate|ci-runner/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate user release-bot, and (another ClusterRoleBinding) group secret-readers, which get/list secrets in kube-system; platform-devs create secrets there",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(r, "as-secret-readers", [impersonate("groups", "secret-readers")], [DEVS]);
            roleFor(r, "ks-secret-readers", [SECRET_READ], [group("secret-readers")], "kube-system");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
        },
        refused: /kube-controller-manager|replicaset-controller|secret-readers/,
    },
    // DECIDED (round 52): moved from the secure list. A patched role keeps every binding that names it, the stack's
    // view of them is not complete (any RoleBinding in kube-system may name this Role: "Using RBAC Authorization",
    // "RoleBinding and ClusterRoleBinding"; auto-reconciliation keeps the added rules: "Auto-reconciliation"), and the
    // pack already reads the same RolePatch adding serviceaccounts/token or pods as power of "whoever the bindings of
    // Role system:controller:bootstrap-signer outside this stack name". Round 52 made that holder one principal of the
    // bindings loop, so the Secret create + read the patch writes pairs for it too: a kube-system token Secret minted
    // for kube-controller-manager's ServiceAccounts. Keep such grants in a stack Role bound to the subject meant.
    {
        name: "a RolePatch adds create secrets to the built-in Role system:controller:bootstrap-signer in kube-system; no one of the stack may act as bootstrap-signer",
        stack: "prod",
        edit: r =>
            k8s(r, `kubernetes:${RBAC}/v1:RolePatch`, "signer-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "system:controller:bootstrap-signer", namespace: "kube-system" },
                rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch", "create"] }],
            }),
        refused: /Role system:controller:bootstrap-signer outside this stack[\s\S]*Secret kube-system/,
    },
];

const secure: StackCase[] = [
    // ---- ServiceAccount usernames are authorised on serviceaccounts, never on users ----
    // Was a MISS (fixed in round 49): (secure refused) an Impersonate-User value of the form system:serviceaccount:<ns>:<name> is authorised as
    // `impersonate` on resource serviceaccounts <name> in <ns>, never on `users` (k8s.io/apiserver
    // pkg/endpoints/filters/impersonation.go buildImpersonationRequests: serviceaccount.SplitUsername(requestedUser)
    // succeeds → ObjectReference{Kind: "ServiceAccount"}, else Kind "User"), so a `users` rule naming a ServiceAccount's
    // username lets its holder impersonate no one; `kubectl --as=system:serviceaccount:kube-system:replicaset-controller`
    // is Forbidden. The pack reads the name as reserved (reservedImpersonation: `system:`) and refuses it as acting as
    // every custody ServiceAccount. Who loses: a team that wrote the ServiceAccount's username under `users` (a
    // natural reading of `--as`) cannot deploy; low severity. Fix: in impersonationOfRules/saPowerOfRule, a `users`
    // resourceName that serviceaccount.SplitUsername accepts grants nothing (groups keep their reading). Doc:
    // Kubernetes "User Impersonation" (ServiceAccounts impersonated through the serviceaccounts resource);
    // impersonation.go as above.
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate users named system:serviceaccount:kube-system:replicaset-controller (the API server checks serviceaccounts for that name)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-rs-user",
                [impersonate("users", "system:serviceaccount:kube-system:replicaset-controller")],
                [DEVS],
            ),
    },
    // ---- a group impersonated through a RoleBinding never joins an impersonated ServiceAccount ----
    {
        name: "platform-devs may impersonate ops/applier and (RoleBinding in ops) group secret-readers; applier may create secrets in kube-system, secret-readers get/list them",
        stack: "prod",
        edit: r => {
            account(r, "ops", "applier");
            roleFor(
                r,
                "ops-impersonation",
                [impersonateSa("applier"), impersonate("groups", "secret-readers")],
                [DEVS],
                "ops",
            );
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("ops", "applier")], "kube-system");
            roleFor(r, "ks-secret-readers", [SECRET_READ], [group("secret-readers")], "kube-system");
        },
    },
    {
        name: "platform-devs may impersonate ops/applier (RoleBinding in ops) and (ClusterRoleBinding) group secret-readers; applier creates secrets in kube-system, secret-readers read them in tools only",
        stack: "prod",
        edit: r => {
            account(r, "ops", "applier");
            roleFor(r, "as-applier", [impersonateSa("applier")], [DEVS], "ops");
            roleFor(r, "as-secret-readers", [impersonate("groups", "secret-readers")], [DEVS]);
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("ops", "applier")], "kube-system");
            roleFor(r, "tools-secret-readers", [SECRET_READ], [group("secret-readers")], "tools");
        },
    },
    // ---- the built-in controller Roles where they give nothing ----
    {
        name: "a RoleBinding in kube-public binds built-in Role system:controller:bootstrap-signer (configmaps only) to platform-devs, who may create secrets in kube-public",
        stack: "prod",
        edit: r => {
            bind(
                r,
                "devs-as-signer",
                { kind: "Role", name: "system:controller:bootstrap-signer" },
                [DEVS],
                "kube-public",
            );
            roleFor(r, "public-secret-writers", [SECRET_CREATE], [DEVS], "kube-public");
        },
    },
    {
        name: "platform-devs may impersonate tools/cloud-provider (a ServiceAccount of tools, not kube-controller-manager's)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            account(r, "tools", "cloud-provider");
            roleFor(r, "as-cloud-provider", [impersonateSa("cloud-provider")], [DEVS], "tools");
        },
    },
    // ---- Impersonate-Group needs Impersonate-User ----
    // Was a MISS (fixed in round 49): (secure refused) the API server refuses Impersonate-Group without Impersonate-User ("requesting uid,
    // groups or user-extra ... without impersonating a user", k8s.io/apiserver impersonation.go), and Impersonate-User
    // needs `impersonate` on users or serviceaccounts, which platform-devs hold nowhere; round 48 accepts the same
    // group-only rule for an ordinary group (redteam48 secure "impersonate the group secret-creators (no user)") but a
    // reserved group name (system:masters) is read as cluster power whoever may or may not name a user. Who loses: a
    // stack that grants group impersonation ahead of user impersonation (or after removing it) cannot deploy; low
    // severity (any later user/ServiceAccount impersonation of the same principal makes it cluster-admin, so refusing
    // it is cautious). Fix: read group impersonation, reserved names included, as power only joined with a user or
    // ServiceAccount impersonation the same principal holds (the impersonators pairing already does this for uids and
    // userextras). Doc: Kubernetes "User Impersonation" (Impersonate-Group/-Uid/-Extra require Impersonate-User);
    // impersonation.go buildImpersonationRequests.
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group system:masters only (no user, no ServiceAccount: Impersonate-Group needs Impersonate-User)",
        stack: "prod",
        edit: r => roleFor(r, "as-masters-group", [impersonate("groups", "system:masters")], [DEVS]),
    },
    // Neighbours (round 49 fixes), each close to an insecure one above.
    {
        name: "a RolePatch adds create secrets to the built-in Role system:controller:bootstrap-signer in kube-public (where it reads no Secrets); platform-devs may impersonate kube-system/bootstrap-signer",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:RolePatch`, "signer-public-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "system:controller:bootstrap-signer", namespace: "kube-public" },
                rules: [SECRET_CREATE],
            });
            roleFor(r, "as-bootstrap-signer", [impersonateSa("bootstrap-signer")], [DEVS], "kube-system");
        },
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate users system:serviceaccount:kube-system:replicaset-controller and group system:masters (no user they may send: the ServiceAccount username is checked on serviceaccounts)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "as-rs-masters",
                [
                    impersonate("users", "system:serviceaccount:kube-system:replicaset-controller"),
                    impersonate("groups", "system:masters"),
                ],
                [DEVS],
            ),
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group secret-readers only (no user: Impersonate-Group needs Impersonate-User), which get/list secrets in kube-system; platform-devs create secrets there",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-secret-readers", [impersonate("groups", "secret-readers")], [DEVS]);
            roleFor(r, "ks-secret-readers", [SECRET_READ], [group("secret-readers")], "kube-system");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
        },
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate group system:masters and (RoleBinding in tools, which authorises no user) users release-bot",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(r, "as-masters-group", [impersonate("groups", "system:masters")], [DEVS]);
            roleFor(r, "tools-as-release-bot", [impersonate("users", "release-bot")], [DEVS], "tools");
        },
    },
    // ---- the custody namespace's pods read, not entered ----
    {
        name: "platform-devs may get/list pods, pods/log and pods/status in the custody namespace",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "view-validators",
                [{ apiGroups: [""], resources: ["pods", "pods/log", "pods/status"], verbs: ["get", "list", "watch"] }],
                [DEVS],
                CUSTODY_NS,
            ),
    },
    {
        name: "platform-devs may patch pods/ephemeralcontainers and create pods/exec in tools (restricted, no custody ServiceAccount)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "debug-tools",
                [
                    { apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                [DEVS],
                "tools",
            );
        },
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate user release-bot and group secret-readers; release-bot creates secrets in tools, secret-readers read them in tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "as-release-bot",
                [impersonate("users", "release-bot"), impersonate("groups", "secret-readers")],
                [DEVS],
            );
            roleFor(
                r,
                "tools-secret-writers",
                [SECRET_CREATE],
                [{ kind: "User", name: "release-bot", apiGroup: RBAC }],
                "tools",
            );
            roleFor(r, "tools-secret-readers", [SECRET_READ], [group("secret-readers")], "tools");
        },
    },
];

describeStackCases("red-team 49: Kubernetes/EKS API level", insecure, secure);
