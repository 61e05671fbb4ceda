// Red-team round 47 on the Kubernetes/EKS API level (fresh eyes): round 46's changes in policy-pack/engine/kubernetes.ts
// (a ClusterRoleBinding to tokens or impersonation limited by resourceNames acting as each known ServiceAccount of
// that name, kube-controller-manager's included; every subject of a Secret grant walked, groups such as
// system:authenticated, system:unauthenticated and system:serviceaccounts:<ns> included; a name-limited Secret create
// paired only with a patch of the same request identity, probed with the identities one impersonated request really
// carries: a ServiceAccount with Impersonate-Group, an impersonated user without the impersonator's own groups); with
// secure neighbours of each.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `skip` with a MISS comment.
import { describeStackCases, StackCase } from "./support";
import { bareServiceAccount, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });
const userSubject = (name: string) => ({ kind: "User", name, apiGroup: RBAC });
const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });

const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const NAMED_CI_TOKEN = { apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"] };
const TOKEN_GET = { ...NAMED_CI_TOKEN, verbs: ["get"] };
const tokenFor = (name: string) => ({
    apiGroups: [""],
    resources: ["serviceaccounts/token"],
    resourceNames: [name],
    verbs: ["create"],
});
const impersonateSa = (name: string) => ({
    apiGroups: [""],
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

const insecure: StackCase[] = [
    // ---- one impersonated request: a ServiceAccount with Impersonate-Group ----
    // Was a MISS (fixed in round 47): one impersonated request carries the ServiceAccount AND the groups named by Impersonate-Group
    // (`kubectl --as=system:serviceaccount:ops:applier --as-group=secret-patchers`): impersonation.go sets the username
    // from the ServiceAccount and, when groups are specified, exactly those groups, and RBAC matches a ServiceAccount
    // subject by username, so that request holds applier's named create and secret-patchers' patch: a server-side apply
    // creates kube-system/ci-token as replicaset-controller's token, read back through the patch (platform-devs become
    // kube-controller-manager's controllers: pods as the signer's ServiceAccount). Accepted clean: secretPairs'
    // requestIdentities pairs each ServiceAccount with only its own groups (subjectIdentities) and puts impersonated
    // groups in the separate non-ServiceAccount set. Fix: a ServiceAccount the holder impersonates is one request
    // identity with every group the holder may impersonate. Doc: k8s.io/apiserver pkg/endpoints/filters/impersonation.go
    // (WithImpersonation: ServiceAccount kind sets username, its fixed groups only `if !groupsSpecified`;
    // buildImpersonationRequests); Kubernetes "User Impersonation" (Impersonate-Group repeated with Impersonate-User).
    {
        name: "platform-devs may impersonate ops/applier (named create of kube-system's secret ci-token) and the group secret-patchers (get and patch ci-token): one request --as ops/applier --as-group secret-patchers server-side applies it",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "as-applier", [impersonateSa("applier")], [DEVS], "ops");
            roleFor(r, "as-patchers", [impersonate("groups", "secret-patchers")], [DEVS]);
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
                [group("secret-patchers")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager|secret-patchers|applier/,
    },
    // Neighbour (round 47): the impersonator a ServiceAccount, the impersonated ServiceAccount by ClusterRoleBinding.
    {
        name: "ci/deployer may (ClusterRoleBinding) impersonate every ServiceAccount named applier and the group secret-patchers: ops/applier may create (resourceNames ci-token) secrets in kube-system, secret-patchers may get and patch ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            bareServiceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "as-applier-patchers",
                [impersonateSa("applier"), impersonate("groups", "secret-patchers")],
                [sa("ci", "deployer")],
            );
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
                [group("secret-patchers")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager|secret-patchers|applier/,
    },
    // Neighbour (round 47): the named create and the patch both by impersonated identities of one request.
    {
        name: "platform-devs may impersonate user release-bot and group ks-creators: ks-creators may create (resourceNames ci-token) secrets in kube-system, release-bot may get and patch ci-token",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "as-release-bot",
                [impersonate("users", "release-bot"), impersonate("groups", "ks-creators")],
                [DEVS],
            );
            roleFor(
                r,
                "ks-named-create",
                [{ ...NAMED_CI_TOKEN, verbs: ["create"] }],
                [group("ks-creators")],
                "kube-system",
            );
            roleFor(
                r,
                "ks-named-patch",
                [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }],
                [userSubject("release-bot")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Neighbour (round 47): the holder's own named create and patch, read back through the user it impersonates.
    {
        name: "platform-devs may create (resourceNames ci-token) and patch kube-system's secret ci-token and impersonate user release-bot, which may get it",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-named-apply", [{ ...NAMED_CI_TOKEN, verbs: ["create", "patch"] }], [DEVS], "kube-system");
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(r, "ks-token-read", [TOKEN_GET], [userSubject("release-bot")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // ---- a ServiceAccount's own groups in the same request ----
    {
        name: "platform-devs may create tokens for ops/applier, which may create (resourceNames ci-token) secrets in kube-system; system:serviceaccounts:ops may get and patch ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "applier-token", [tokenFor("applier")], [DEVS], "ops");
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
                [group("system:serviceaccounts:ops")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // ---- cluster-wide name-limited powers ----
    {
        name: "platform-devs may create secrets in kube-system and (ClusterRoleBinding) tokens for every ServiceAccount named default; ops/default (bound, undeclared) may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "default-token", [tokenFor("default")], [DEVS]);
            roleFor(r, "default-reads", [TOKEN_GET], [sa("ops", "default")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 47): a TokenRequest for kube-controller-manager's own ServiceAccount kube-system/daemon-set-controller gives its
    // bootstrap role system:controller:daemon-set-controller (create pods in every namespace, naming any ServiceAccount:
    // a pod in validators as containment-chamber gets the signer's IRSA role). Accepted clean, though the pack knows
    // these ServiceAccounts hold power (it names "43 of them" when their token Secret is readable): README lists only a
    // readable token Secret or a stack pod in kube-system as acting as them, not serviceaccounts/token or impersonation
    // of them. Fix: token and impersonation powers (RoleBinding in kube-system, or a ClusterRoleBinding by name) act as
    // kube-controller-manager's kube-system ServiceAccounts too (accountsActedAs / the outside controllers). Doc:
    // Kubernetes "Using RBAC Authorization", "Controller roles" (--use-service-account-credentials: each controller runs
    // as its own ServiceAccount bound to system:controller:<name>); "Managing Service Accounts" (TokenRequest API).
    {
        name: "platform-devs may create tokens for kube-system/daemon-set-controller (RoleBinding in kube-system)",
        stack: "prod",
        edit: r => roleFor(r, "ds-controller-token", [tokenFor("daemon-set-controller")], [DEVS], "kube-system"),
        refused: /daemon-set-controller|kube-controller-manager|ds-controller-token/,
    },
    // Was a MISS (fixed in round 47): as the case above, through round 46's cluster-wide named reading (that name exists in kube-system only).
    {
        name: "platform-devs may (ClusterRoleBinding) create tokens for every ServiceAccount named daemon-set-controller (kube-controller-manager's, in kube-system)",
        stack: "prod",
        edit: r => roleFor(r, "ds-controller-token", [tokenFor("daemon-set-controller")], [DEVS]),
        refused: /daemon-set-controller|kube-controller-manager|ds-controller-token/,
    },
    // Was a MISS (fixed in round 47): as above with impersonation (`kubectl --as=system:serviceaccount:kube-system:replicaset-controller`):
    // system:controller:replicaset-controller creates pods in every namespace. Doc: Kubernetes "User Impersonation";
    // "Using RBAC Authorization", "Controller roles".
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate every ServiceAccount named replicaset-controller (kube-controller-manager's, in kube-system)",
        stack: "prod",
        edit: r => roleFor(r, "as-rs-controller", [impersonateSa("replicaset-controller")], [DEVS]),
        refused: /replicaset-controller|kube-controller-manager|as-rs-controller/,
    },
    // Neighbours (round 47): impersonation by RoleBinding in kube-system; another controller's token.
    {
        name: "platform-devs may impersonate kube-system/job-controller (RoleBinding in kube-system)",
        stack: "prod",
        edit: r => roleFor(r, "as-job-controller", [impersonateSa("job-controller")], [DEVS], "kube-system"),
        refused: /job-controller|kube-controller-manager|as-job-controller/,
    },
    {
        name: "ServiceAccount ci/deployer may (ClusterRoleBinding) create tokens for every ServiceAccount named generic-garbage-collector (kube-controller-manager's, in kube-system)",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ci", "deployer");
            roleFor(r, "gc-token", [tokenFor("generic-garbage-collector")], [sa("ci", "deployer")]);
        },
        refused: /generic-garbage-collector|kube-controller-manager|gc-token/,
    },
    {
        name: "system:serviceaccounts:ops may (ClusterRoleBinding) create tokens for every ServiceAccount named secret-auditor; ops/ks-writer may create secrets in kube-system, tools/secret-auditor may get ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "ks-writer");
            bareServiceAccount(r, "tools", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("ops", "ks-writer")], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [group("system:serviceaccounts:ops")]);
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("tools", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // ---- Secret-grant subjects walked ----
    {
        name: "platform-devs may impersonate user release-bot, which may create secrets in kube-system; platform-devs may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [userSubject("release-bot")], "kube-system");
            roleFor(r, "ks-token-read", [TOKEN_GET], [DEVS], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    {
        name: "platform-devs may impersonate user release-bot, which may create secrets in kube-system; system:authenticated may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [userSubject("release-bot")], "kube-system");
            roleFor(r, "ks-token-read", [TOKEN_GET], [group("system:authenticated")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    {
        name: "platform-devs may impersonate user release-bot and group secret-patchers: release-bot may create (resourceNames ci-token) secrets in kube-system, secret-patchers may get and patch ci-token",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "as-release-bot",
                [impersonate("users", "release-bot"), impersonate("groups", "secret-patchers")],
                [DEVS],
            );
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
                [group("secret-patchers")],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
];

const secure: StackCase[] = [
    // An impersonated request is the impersonated user only (the impersonator's own identity is dropped).
    // Was a MISS (fixed in round 47): (secure refused) an impersonated request is the impersonated user only: impersonation.go builds the new
    // user from Impersonate-User/-Group alone and drops the requester's identity, so platform-devs' named create (as
    // themselves) and release-bot's patch (as release-bot) never meet in one server-side apply, and a POST never
    // matches a named create: nobody can create ci-token. Refused "by a server-side apply ... (through User release-bot)":
    // requestIdentities lumps the holder's own keys with the users it impersonates. Who loses: a team allowed to apply
    // one named Secret next to a bot account it drives. Fix: the impersonated users and groups are one request identity,
    // the holder's own subject with its groups another. Doc: k8s.io/apiserver pkg/endpoints/filters/impersonation.go
    // (newUser from the impersonation requests only); Kubernetes "Using RBAC Authorization", "Referring to resources"
    // (create cannot be restricted by resourceName); "User Impersonation".
    {
        name: "platform-devs may create (resourceNames ci-token) secrets in kube-system and impersonate user release-bot, which may get and patch ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-named-create", [{ ...NAMED_CI_TOKEN, verbs: ["create"] }], [DEVS], "kube-system");
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(
                r,
                "ks-named-patch",
                [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }],
                [userSubject("release-bot")],
                "kube-system",
            );
        },
    },
    {
        name: "platform-devs may impersonate ops/applier (named create of kube-system's secret ci-token); the group secret-patchers, which nobody may impersonate, may get and patch ci-token",
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
                [group("secret-patchers")],
                "kube-system",
            );
        },
    },
    {
        name: "platform-devs may create tokens for ops/applier, which may create (resourceNames ci-token) secrets in kube-system; system:serviceaccounts:tools may get and patch ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "applier-token", [tokenFor("applier")], [DEVS], "ops");
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
                [group("system:serviceaccounts:tools")],
                "kube-system",
            );
        },
    },
    {
        name: "platform-devs may create (resourceNames ci-token) secrets in kube-system and (ClusterRoleBinding) tokens for every ServiceAccount named secret-auditor; ops/secret-auditor may get and patch ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-named-create", [{ ...NAMED_CI_TOKEN, verbs: ["create"] }], [DEVS], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS]);
            roleFor(
                r,
                "auditor-reads",
                [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }],
                [sa("ops", "secret-auditor")],
                "kube-system",
            );
        },
    },
    // Neighbour (round 47): a ServiceAccount whose token the holder mints takes no group the holder impersonates (the
    // token's requests are authorised as that ServiceAccount, which may impersonate no one).
    {
        name: "platform-devs may create tokens for ops/applier (named create of kube-system's secret ci-token) and impersonate user release-bot and group secret-patchers (get and patch ci-token)",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "applier-token", [tokenFor("applier")], [DEVS], "ops");
            roleFor(
                r,
                "as-release-bot",
                [impersonate("users", "release-bot"), impersonate("groups", "secret-patchers")],
                [DEVS],
            );
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
                [group("secret-patchers")],
                "kube-system",
            );
        },
    },
    // Neighbour (round 47): the holder's named create and an impersonated ServiceAccount's patch are two requests.
    {
        name: "platform-devs may create (resourceNames ci-token) secrets in kube-system and impersonate ops/applier, which may get and patch ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "applier");
            roleFor(r, "ks-named-create", [{ ...NAMED_CI_TOKEN, verbs: ["create"] }], [DEVS], "kube-system");
            roleFor(r, "as-applier", [impersonateSa("applier")], [DEVS], "ops");
            roleFor(
                r,
                "ks-named-patch",
                [{ ...NAMED_CI_TOKEN, verbs: ["get", "patch"] }],
                [sa("ops", "applier")],
                "kube-system",
            );
        },
    },
    // Neighbours (round 47): a controller's name outside kube-system is an ordinary ServiceAccount.
    {
        name: "platform-devs may create tokens for tools/daemon-set-controller (RoleBinding in tools)",
        stack: "prod",
        edit: r => roleFor(r, "ds-token", [tokenFor("daemon-set-controller")], [DEVS], "tools"),
    },
    {
        name: "platform-devs may impersonate tools/replicaset-controller (RoleBinding in tools)",
        stack: "prod",
        edit: r => roleFor(r, "as-rs", [impersonateSa("replicaset-controller")], [DEVS], "tools"),
    },
    {
        name: "platform-devs may create secrets in tools; system:authenticated may get kube-system's secret cluster-ca-bundle",
        stack: "prod",
        edit: r => {
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [DEVS], "tools");
            roleFor(
                r,
                "ca-bundle-read",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["cluster-ca-bundle"], verbs: ["get"] }],
                [group("system:authenticated")],
                "kube-system",
            );
        },
    },
    {
        name: "system:authenticated may create, get and list secrets in scratch (no ServiceAccount of the stack there)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "scratch-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get", "list"] }],
                [group("system:authenticated")],
                "scratch",
            ),
    },
    {
        name: "platform-devs may create secrets in kube-system and (ClusterRoleBinding) tokens for every ServiceAccount named default; tools/default may get secret app-config in tools",
        stack: "prod",
        edit: r => {
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "default-token", [tokenFor("default")], [DEVS]);
            roleFor(
                r,
                "default-reads",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["app-config"], verbs: ["get"] }],
                [sa("tools", "default")],
                "tools",
            );
        },
    },
    {
        name: "platform-devs may impersonate user release-bot, which may create secrets in tools; platform-devs may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            roleFor(r, "as-release-bot", [impersonate("users", "release-bot")], [DEVS]);
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [userSubject("release-bot")], "tools");
            roleFor(r, "ks-token-read", [TOKEN_GET], [DEVS], "kube-system");
        },
    },
    {
        name: "system:serviceaccounts:ops may (ClusterRoleBinding) create tokens for every ServiceAccount named secret-auditor; platform-devs may create secrets in kube-system, tools/secret-auditor may get ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "tools", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [group("system:serviceaccounts:ops")]);
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("tools", "secret-auditor")], "kube-system");
        },
    },
];

describeStackCases("red-team 47: Kubernetes/EKS API level", insecure, secure);
