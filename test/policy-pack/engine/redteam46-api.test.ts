// Red-team round 46 on the Kubernetes/EKS API level (fresh eyes): round 45's principal-wide pairing over every
// identity an actor becomes (tokens and ServiceAccount impersonation granted cluster-wide by resourceNames, the pod
// creation half held through a hop, SA-to-SA chains, pods run through a Deployment), a Role on every core resource
// as pod creation, Argo CD's namespace-scoped install (a trimmed controller that may also write Roles and
// RoleBindings, with or without escalate/bind; one that writes Services on a Pod Identity stack; its bindings outside
// argocd), and CEL two-variable transforms (transformMapEntry, the filter form, existsOne, optional receivers);
// with secure neighbours of each.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bareServiceAccount, k8s, namespace, roleFor } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const SECRET = "kubernetes:core/v1:Secret";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const NAMED_CI_TOKEN = { apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"] };
const TOKEN_GET = { apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] };
const POD_CREATE = { apiGroups: [""], resources: ["pods"], verbs: ["create"] };
const NS_PATCH = { apiGroups: [""], resources: ["namespaces"], verbs: ["patch"] };
const NS_READ = { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "list"] };
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

/** A ValidatingAdmissionPolicy on core secrets (CREATE, UPDATE), failurePolicy Fail, with variables and its binding. */
function secretPolicy(r: Resources, name: string, spec: object, actions: string[]): void {
    k8s(r, VAP, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: {
                resourceRules: [
                    { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["secrets"] },
                ],
            },
            ...spec,
        },
    });
    k8s(r, VAP_BINDING, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: actions },
    });
}

/** A legacy token Secret of kube-system/replicaset-controller declared by the stack (the control plane fills it). */
function controllerToken(r: Resources): void {
    k8s(r, SECRET, "kube-system-rs-controller-token", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "rs-controller-token",
            namespace: "kube-system",
            annotations: { "kubernetes.io/service-account.name": "replicaset-controller" },
        },
    });
}

/** A one-validation Deny policy on Secrets next to a stack token Secret. */
function celCase(r: Resources, name: string, expression: string, messageExpression?: string): void {
    controllerToken(r);
    secretPolicy(r, name, { validations: [{ expression, ...(messageExpression ? { messageExpression } : {}) }] }, [
        "Deny",
    ]);
}

/** The application controller's Role trimmed to named namespaced kinds (no Namespace write). */
const NAMESPACED_KINDS = ["pods", "configmaps", "deployments", "replicasets", "statefulsets", "jobs"];

/**
 * Argo CD's namespace-scoped install (namespace-install.yaml) in argocd: its ServiceAccounts, the application
 * controller's Role on `resources` of core/apps/batch with every verb plus `extra` rules, and argocd-server's Role.
 */
function argoCdNamespaceInstall(r: Resources, resources: string[], extra: object[] = []): void {
    for (const n of ["argocd-application-controller", "argocd-server", "argocd-repo-server"])
        bareServiceAccount(r, "argocd", n);
    roleFor(
        r,
        "argocd-application-controller",
        [{ apiGroups: ["", "apps", "batch"], resources, verbs: ["*"] }, ...extra],
        [sa("argocd", "argocd-application-controller")],
        "argocd",
    );
    roleFor(
        r,
        "argocd-server",
        [
            {
                apiGroups: [""],
                resources: ["secrets", "configmaps"],
                verbs: ["create", "get", "list", "watch", "update", "patch", "delete"],
            },
            {
                apiGroups: ["argoproj.io"],
                resources: ["applications", "applicationsets", "appprojects"],
                verbs: ["create", "get", "list", "watch", "update", "delete", "patch"],
            },
        ],
        [sa("argocd", "argocd-server")],
        "argocd",
    );
}
const APPS_CREATE = { apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create"] };

const insecure: Case[] = [
    // ---- principal-wide pairing over identities an actor becomes ----
    // Was a MISS (fixed in round 46): round 45's hop (accountsActedAs in kubernetes.ts) returns no ServiceAccount for a
    // power whose scope is every namespace (`if (scope.namespaces === "*" ...) return []`, "cluster-wide powers become
    // none"), but a ClusterRole limited by resourceNames to serviceaccounts/token of `secret-auditor`, bound by a
    // ClusterRoleBinding, is not every ServiceAccount: it is the ServiceAccounts of that name in every namespace,
    // ops/secret-auditor among them (`kubectl create token secret-auditor -n ops`). So platform-devs create
    // kube-system/ci-token as replicaset-controller's token Secret and read it with secret-auditor's token: they become
    // kube-controller-manager's replicaset-controller (pods in every namespace as any ServiceAccount, the signer's
    // included). Accepted clean; the same with a RoleBinding in ops (round 45) is refused. Fix: for a cluster-wide
    // scope with `names`, act as the known ServiceAccounts scopeIncludes admits (accounts.filter(...)), and as the
    // named ones in kube-system and the documented installs' namespaces. Doc: Kubernetes "Using RBAC Authorization"
    // ("ClusterRoleBinding": grants "across the whole cluster"; "Referring to resources": resourceNames restrict by
    // name; a TokenRequest is `create` on serviceaccounts/token named by the ServiceAccount) and "Managing Service
    // Accounts" (token Secret filled by the control plane).
    {
        name: "platform-devs may create secrets in kube-system and (ClusterRoleBinding) tokens for every ServiceAccount named secret-auditor; ops/secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS]);
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 46): the same with ServiceAccount impersonation (`kubectl
    // --as=system:serviceaccount:ops:secret-auditor`): `impersonate` on serviceaccounts named secret-auditor through a
    // ClusterRoleBinding covers ops/secret-auditor, but the cluster-wide named scope hops to no one (accountsActedAs).
    // Accepted clean; the RoleBinding-in-ops form is refused (round 45). Fix: as above. Doc: Kubernetes "User
    // Impersonation" (impersonating a ServiceAccount is `impersonate` on `serviceaccounts` with its name in its
    // namespace); "Using RBAC Authorization".
    {
        name: "platform-devs may create secrets in kube-system and (ClusterRoleBinding) impersonate every ServiceAccount named secret-auditor; ops/secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "as-auditor", [impersonateSa("secret-auditor")], [DEVS]);
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 46): pod creation + Namespace relabel through the same cluster-wide named token rule:
    // platform-devs relabel tools privileged themselves and, with ops/deployer's token (ClusterRole on
    // serviceaccounts/token named deployer), create a privileged hostPath pod in tools, owning the node and its pods'
    // tokens. Accepted clean; the RoleBinding-in-ops neighbour below is refused. Fix: as above. Doc: Kubernetes "Pod
    // Security Admission" (per namespace labels, judged at pod creation); "Using RBAC Authorization".
    {
        name: "platform-devs may patch namespaces and (ClusterRoleBinding) create tokens for every ServiceAccount named deployer; ops/deployer may create pods in restricted tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "deployer");
            roleFor(r, "ns-labeler", [NS_PATCH], [DEVS]);
            roleFor(r, "deployer-token", [tokenFor("deployer")], [DEVS]);
            roleFor(r, "deployer-pods", [POD_CREATE], [sa("ops", "deployer")], "tools");
        },
        refused: /tools|namespace/,
    },
    // Neighbours (round 46): a ClusterRoleBinding to tokens of every ServiceAccount (no resourceNames) is every
    // ServiceAccount already (scopeIncludes), and one limited to the name of a documented install's controller outside
    // the stack (Argo CD's argocd-server, bound cluster-wide by its install) acts as that controller.
    {
        name: "platform-devs may (ClusterRoleBinding) create tokens for every ServiceAccount",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "any-token",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                [DEVS],
            ),
        refused: /any-token/,
    },
    {
        name: "platform-devs may (ClusterRoleBinding) impersonate every ServiceAccount named argocd-server (Argo CD's API server, installed outside the stack)",
        stack: "basil",
        edit: r => roleFor(r, "as-argocd-server", [impersonateSa("argocd-server")], [DEVS]),
        refused: /argocd-server/,
    },
    // The pod-creation half through the hop (round 45 tested the relabel half only).
    {
        name: "platform-devs may patch namespaces and create tokens for ops/deployer, which may create pods in restricted tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "deployer");
            roleFor(r, "ns-labeler", [NS_PATCH], [DEVS]);
            roleFor(r, "deployer-token", [tokenFor("deployer")], [DEVS], "ops");
            roleFor(r, "deployer-pods", [POD_CREATE], [sa("ops", "deployer")], "tools");
        },
        refused: /tools|namespace/,
    },
    // ServiceAccount to ServiceAccount: impersonate ops/a, whose token rule mints ops/b, which reads ci-token.
    {
        name: "platform-devs may create secrets in kube-system and impersonate ops/relay, which may create tokens for ops/secret-auditor (get kube-system's secret ci-token)",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "relay");
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "as-relay", [impersonateSa("relay")], [DEVS], "ops");
            roleFor(r, "relay-token", [tokenFor("secret-auditor")], [sa("ops", "relay")], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // A pod run as the ServiceAccount through a Deployment in a restricted namespace (a controller's pod template).
    {
        name: "platform-devs may get kube-system's secret ci-token and create deployments in restricted ops, whose ServiceAccount ks-writer may create secrets in kube-system",
        stack: "prod",
        edit: r => {
            namespace(r, "ops");
            bareServiceAccount(r, "ops", "ks-writer");
            roleFor(r, "ks-token-read", [TOKEN_GET], [DEVS], "kube-system");
            roleFor(
                r,
                "ops-deploy",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }],
                [DEVS],
                "ops",
            );
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("ops", "ks-writer")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // The ServiceAccount is only a binding subject (installed by a chart outside the stack), not declared.
    {
        name: "platform-devs may create secrets in kube-system and pods in restricted ops, whose (undeclared, bound) ServiceAccount secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            namespace(r, "ops");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "ops-pods", [POD_CREATE], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // A declared legacy token Secret of ops/secret-auditor read by name (becoming it), paired with Secret creation in
    // kube-system.
    {
        name: "platform-devs may create secrets in kube-system and get ops' token Secret auditor-token of ServiceAccount secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            k8s(r, SECRET, "ops-auditor-token", {
                apiVersion: "v1",
                kind: "Secret",
                type: "kubernetes.io/service-account-token",
                metadata: {
                    name: "auditor-token",
                    namespace: "ops",
                    annotations: { "kubernetes.io/service-account.name": "secret-auditor" },
                },
            });
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(
                r,
                "auditor-token-read",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["auditor-token"], verbs: ["get"] }],
                [DEVS],
                "ops",
            );
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 46): the hop held through a group Kubernetes puts every user in: platform-devs
    // (authenticated, so in system:authenticated) mint ops/secret-auditor's token through the RoleBinding to
    // system:authenticated and read the kube-system/ci-token they create, becoming replicaset-controller. Accepted
    // clean. heldRights walks only actors with a membership, a SaPower or a `bound` key; platform-devs' only own right
    // here is Secret creation (secretCreators, not view.powers), so their implicit group's hop is never followed:
    // giving them any unrelated SaPower (a token for tools/x) makes the same stack refused with this path. Fix: expand
    // every subject of secretCreators/secretReaders/secretPatchers/secretDeleters and relabelers in heldRights too.
    // Doc: Kubernetes "Using RBAC Authorization" ("Referring to subjects": system:authenticated holds every
    // authenticated user; "Default roles and role bindings"); "Managing Service Accounts" (TokenRequest).
    {
        name: "platform-devs may create secrets in kube-system; system:authenticated may create tokens for ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(
                r,
                "auditor-token",
                [tokenFor("secret-auditor")],
                [{ kind: "Group", name: "system:authenticated", apiGroup: RBAC }],
                "ops",
            );
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Neighbour (round 46): the hop held through system:serviceaccounts, which every ServiceAccount is in: ops/ks-writer
    // creates kube-system's ci-token, mints ops/secret-auditor's token through that group and reads ci-token with it.
    {
        name: "ops/ks-writer may create secrets in kube-system; system:serviceaccounts may create tokens for ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "ks-writer");
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [sa("ops", "ks-writer")], "kube-system");
            roleFor(
                r,
                "auditor-token",
                [tokenFor("secret-auditor")],
                [{ kind: "Group", name: "system:serviceaccounts", apiGroup: RBAC }],
                "ops",
            );
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Neighbours (round 46) of the named create: with the patch held by the same identity (platform-devs, or
    // system:authenticated that every request is in) it is a server-side apply, paired with the read across the hop.
    {
        name: "platform-devs may create and patch (resourceNames ci-token) secrets in kube-system and create tokens for ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-named-apply", [{ ...NAMED_CI_TOKEN, verbs: ["create", "patch"] }], [DEVS], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    {
        name: "platform-devs may create (resourceNames ci-token) secrets in kube-system and tokens for ops/secret-auditor, which may get kube-system's secret ci-token; system:authenticated may patch it",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-named-create", [{ ...NAMED_CI_TOKEN, verbs: ["create"] }], [DEVS], "kube-system");
            roleFor(
                r,
                "ks-named-patch",
                [{ ...NAMED_CI_TOKEN, verbs: ["patch"] }],
                [{ kind: "Group", name: "system:authenticated", apiGroup: RBAC }],
                "kube-system",
            );
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // ---- a Role on every core resource ----
    // `*` with resourceNames: RBAC matches `*` against serviceaccounts/token too, and a TokenRequest names its
    // ServiceAccount, so this mints containment-chamber's token (no pod is created by name without patch).
    {
        name: "platform-devs may create every core resource named containment-chamber in validators (a TokenRequest for the signer's ServiceAccount)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "cc-anything",
                [{ apiGroups: [""], resources: ["*"], resourceNames: ["containment-chamber"], verbs: ["create"] }],
                [DEVS],
                "validators",
            ),
        refused: /validators|containment-chamber/,
    },
    {
        name: "platform-devs may create */token in validators (every token subresource)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "any-token",
                [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }],
                [DEVS],
                "validators",
            ),
        refused: /validators|containment-chamber/,
    },
    // ---- Argo CD's namespace-scoped install ----
    // Trimmed controller, but it also manages Roles and RoleBindings with every verb (escalate, bind): it may write a
    // Role on Namespace argocd and relabel it.
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller naming kinds plus every verb on roles and rolebindings, and platform-devs may create Applications",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS, [
                { apiGroups: [RBAC], resources: ["roles", "rolebindings"], verbs: ["*"] },
            ]);
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
        refused: /argocd/,
    },
    // Trimmed controller writing Services on the Pod Identity stack (a Service's externalIPs 169.254.170.23).
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd of the Pod Identity stack, its controller naming kinds with services, and platform-devs may create Applications",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, [...NAMESPACED_KINDS, "services"]);
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
        refused: /argocd|Pod Identity|170\.23/,
    },
    // Trimmed controller in a restricted argocd, but also bound (RoleBinding) to pod creation in unlabeled tools:
    // namespace-install deploys to the namespaces its cluster Secret lists, with the Roles given there.
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller also may create pods in tools (no Pod Security label), and platform-devs may create Applications",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(r, "argocd-tools", [POD_CREATE], [sa("argocd", "argocd-application-controller")], "tools");
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
        refused: /argocd|tools/,
    },
    // Applications as the hop: the trimmed controller's pod creation in restricted argocd is confined, but
    // platform-devs may relabel Namespace argocd themselves and sync through the controller.
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller naming kinds, and platform-devs may create Applications and patch Namespace argocd",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
            roleFor(r, "argocd-ns", [{ ...NS_PATCH, resourceNames: ["argocd"] }], [DEVS]);
        },
        refused: /argocd/,
    },
    // A Deployment's pod template rewritten in restricted ops (pods run as any ServiceAccount of ops).
    {
        name: "platform-devs may create secrets in kube-system and patch deployments in restricted ops, whose ServiceAccount secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            namespace(r, "ops");
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(
                r,
                "ops-deploy-patch",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "patch"] }],
                [DEVS],
                "ops",
            );
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // exec into the pods of restricted ops (a stack Deployment runs as secret-auditor there).
    {
        name: "platform-devs may create secrets in kube-system and create pods/exec in ops, whose ServiceAccount secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            namespace(r, "ops");
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "ops-exec", [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // ---- CEL two-variable transforms ----
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.transformMapEntry(k, v, {k: size(v)}).size() >= 0, its message string() of transformMapEntry(k, v, {string(v): k}) (values become keys), next to a stack token Secret",
        stack: "prod",
        edit: r =>
            celCase(
                r,
                "m1",
                "!has(object.data) || object.data.transformMapEntry(k, v, {k: size(v)}).size() >= 0",
                "'keys: ' + string(object.data.transformMapEntry(k, v, {string(v): k}))",
            ),
        refused: /m1|rs-controller-token|replicaset-controller/,
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.transformList(k, v, size(v) > 0, v).all(x, int(string(x)) >= 0) (filter form, values handed on), next to a stack token Secret",
        stack: "prod",
        edit: r =>
            celCase(
                r,
                "m2",
                "!has(object.data) || object.data.transformList(k, v, size(v) > 0, v).all(x, int(string(x)) >= 0)",
            ),
        refused: /m2|rs-controller-token|replicaset-controller/,
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.existsOne(k, v, int(string(v)) == 1), next to a stack token Secret",
        stack: "prod",
        edit: r => celCase(r, "m3", "!has(object.data) || !object.data.existsOne(k, v, int(string(v)) == 1)"),
        refused: /m3|rs-controller-token|replicaset-controller/,
    },
];

const secure: Case[] = [
    // Trimmed core kinds, every resource of apps and batch (only the core group holds Namespaces), Secrets included.
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller naming core kinds (secrets included) and every resource of apps and batch, and platform-devs may create Applications",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(
                r,
                ["pods", "configmaps", "secrets", "services"],
                [{ apiGroups: ["apps", "batch"], resources: ["*"], verbs: ["*"] }],
            );
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
    },
    {
        name: "platform-devs may create every core resource in restricted tools (pods confined, no Namespace write, no runtime ServiceAccount there)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(r, "tools-create", [{ apiGroups: [""], resources: ["*"], verbs: ["create"] }], [DEVS], "tools");
        },
    },
    // Was a MISS (fixed in round 46): (secure refused) a `create` limited by resourceNames works only as a server-side
    // apply, ONE request authorised as `patch` and then as `create` for the same user (k8s.io/apiserver
    // endpoints/handlers/patch.go createAuthorizerAttributes; README: "counts only for a name the subject may also
    // patch there"). Here platform-devs hold the named create and ops/secret-auditor, whose token they mint, the patch:
    // no identity holds both, a POST never matches a named rule, so nobody can create ci-token, and reading it gives
    // nothing. Refused as "by a server-side apply that RoleBinding auditor-reads lets it patch ... through
    // ServiceAccount ops/secret-auditor": round 45's principal-wide pairing joins the two verbs of one request across
    // identities. Who loses: a platform that lets one team apply a named Secret and another read it. Fix: pair a named
    // create with a patch held by the same request identity (the subject with its groups, or one impersonation/token
    // hop), not across the principal's hops; pair only the create and the read across them. Doc: Kubernetes "Using RBAC
    // Authorization", "Referring to resources" ("You cannot restrict create or deletecollection requests by their
    // resource name"; also prometheus-operator/prometheus-operator#2974); "Server-Side Apply".
    {
        name: "platform-devs may create (resourceNames ci-token) secrets in kube-system and tokens for ops/secret-auditor, which may get and patch kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(
                r,
                "ks-named-create",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["create"] }],
                [DEVS],
                "kube-system",
            );
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS], "ops");
            roleFor(
                r,
                "auditor-reads",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get", "patch"] }],
                [sa("ops", "secret-auditor")],
                "kube-system",
            );
        },
    },
    // Neighbours (round 46): the read on the creator's side and the patch across the hop; a ClusterRoleBinding to
    // tokens of a name no known ServiceAccount has; a token minted through system:serviceaccounts, which platform-devs
    // (users) are not in.
    {
        name: "platform-devs may create and get (resourceNames ci-token) secrets in kube-system and create tokens for ops/secret-auditor, which may patch kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-named-create", [{ ...NAMED_CI_TOKEN, verbs: ["create", "get"] }], [DEVS], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS], "ops");
            roleFor(
                r,
                "auditor-patches",
                [{ ...NAMED_CI_TOKEN, verbs: ["patch"] }],
                [sa("ops", "secret-auditor")],
                "kube-system",
            );
        },
    },
    {
        name: "platform-devs may create secrets in kube-system and (ClusterRoleBinding) tokens for every ServiceAccount named nobody-here; ops/secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "nobody-token", [tokenFor("nobody-here")], [DEVS]);
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
    },
    {
        name: "platform-devs may create secrets in kube-system; system:serviceaccounts may create tokens for ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(
                r,
                "auditor-token",
                [tokenFor("secret-auditor")],
                [{ kind: "Group", name: "system:serviceaccounts", apiGroup: RBAC }],
                "ops",
            );
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
    },
    {
        name: "platform-devs may create secrets in tools and (ClusterRoleBinding) tokens for every ServiceAccount named secret-auditor; ops/secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [DEVS], "tools");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS]);
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
    },
    {
        name: "platform-devs may create pods in restricted tools and (ClusterRoleBinding) create tokens for every ServiceAccount named ns-viewer, which may get and list namespaces",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "ns-viewer");
            roleFor(r, "tools-pods", [POD_CREATE], [DEVS], "tools");
            roleFor(r, "viewer-token", [tokenFor("ns-viewer")], [DEVS]);
            roleFor(r, "ns-viewer", [NS_READ], [sa("ops", "ns-viewer")]);
        },
    },
    {
        name: "platform-devs may get and list namespaces and create tokens for ops/deployer, which may create pods in restricted tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "deployer");
            roleFor(r, "ns-viewer", [NS_READ], [DEVS]);
            roleFor(r, "deployer-token", [tokenFor("deployer")], [DEVS], "ops");
            roleFor(r, "deployer-pods", [POD_CREATE], [sa("ops", "deployer")], "tools");
        },
    },
    {
        name: "platform-devs may create pods in restricted tools and impersonate ops/relay, which may create tokens for ops/ns-viewer (get and list namespaces)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "relay");
            bareServiceAccount(r, "ops", "ns-viewer");
            roleFor(r, "tools-pods", [POD_CREATE], [DEVS], "tools");
            roleFor(r, "as-relay", [impersonateSa("relay")], [DEVS], "ops");
            roleFor(r, "relay-token", [tokenFor("ns-viewer")], [sa("ops", "relay")], "ops");
            roleFor(r, "ns-viewer", [NS_READ], [sa("ops", "ns-viewer")]);
        },
    },
    {
        name: "platform-devs may get kube-system's secret ci-token and create deployments in restricted ops, whose ServiceAccount tools-writer may create secrets in tools",
        stack: "prod",
        edit: r => {
            namespace(r, "ops");
            bareServiceAccount(r, "ops", "tools-writer");
            roleFor(r, "ks-token-read", [TOKEN_GET], [DEVS], "kube-system");
            roleFor(
                r,
                "ops-deploy",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }],
                [DEVS],
                "ops",
            );
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [sa("ops", "tools-writer")], "tools");
        },
    },
    // The controller manages Roles and RoleBindings without escalate or bind: RBAC's escalation prevention lets it
    // write only rules it holds (no Namespace write).
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller naming kinds plus create/update/patch/delete (no escalate, bind) on roles and rolebindings, and platform-devs may create Applications",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS, [
                {
                    apiGroups: [RBAC],
                    resources: ["roles", "rolebindings"],
                    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
            ]);
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
    },
    {
        name: "Argo CD's namespace-scoped install in a baseline argocd of the Pod Identity stack, its controller naming kinds (no services), and platform-devs may create Applications",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "argocd", "baseline");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
    },
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller naming kinds and also pods in restricted tools, and platform-devs may create Applications",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            namespace(r, "tools");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(r, "argocd-tools", [POD_CREATE], [sa("argocd", "argocd-application-controller")], "tools");
            roleFor(r, "argocd-apps", [APPS_CREATE], [DEVS], "argocd");
        },
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.transformMapEntry(k, v, {k: size(v)}).all(k, n, n <= 65536), next to a stack token Secret",
        stack: "prod",
        edit: r =>
            celCase(
                r,
                "s1",
                "!has(object.data) || object.data.transformMapEntry(k, v, {k: size(v)}).all(k, n, n <= 65536)",
            ),
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.transformList(k, v, size(v) == 0, k).size() == 0 (filter form: no empty values), its message listing the keys, next to a stack token Secret",
        stack: "prod",
        edit: r =>
            celCase(
                r,
                "s2",
                "!has(object.data) || object.data.transformList(k, v, size(v) == 0, k).size() == 0",
                "'empty keys: ' + object.data.transformList(k, v, size(v) == 0, k).join(', ')",
            ),
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating !object.data.existsOne(k, v, v == b'') , next to a stack token Secret",
        stack: "prod",
        edit: r => celCase(r, "s3", "!has(object.data) || !object.data.existsOne(k, v, v == b'')"),
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.?data.orValue({}).all(k, v, size(v) <= 65536), next to a stack token Secret",
        stack: "prod",
        edit: r => celCase(r, "s4", "object.?data.orValue({}).all(k, v, size(v) <= 65536)"),
    },
];

describe("red-team 46: Kubernetes/EKS API level", function () {
    this.timeout(120000);
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack, c.preview ?? false);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy ?? EFFECTIVE);
            });
        }
    });
    describe("secure variants are accepted", () => {
        for (const c of secure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack, c.preview ?? false);
                c.edit(r);
                assertClean(await runWholePack(c.stack, r));
            });
        }
    });
});
