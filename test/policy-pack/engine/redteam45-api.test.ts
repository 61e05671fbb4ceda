// Red-team round 45 on the Kubernetes/EKS API level (fresh eyes): round 44's principal-wide pairing of rights that
// count only together (create + read a Secret, pod creation + Namespace relabel) when one half is held through a
// ServiceAccount the principal becomes (TokenRequest, ServiceAccount impersonation), one or two hops away; Argo CD's
// namespace-scoped install judged by its own bindings (Application writers and argocd-rbac-cm against argocd's Pod
// Security level, its ServiceAccounts' groups); CEL two-variable comprehensions through variables, renamed and nested
// variables and over the whole object, key-only and comparison-only forms, and transformList over sizes; and secure
// neighbours of each.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bareServiceAccount, bind, k8s, namespace, roleFor } from "./variantBuilders";

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

const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });
const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const TOKEN_GET = { apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] };
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
const impersonateGroups = (...names: string[]) => ({
    apiGroups: [""],
    resources: ["groups"],
    resourceNames: names,
    verbs: ["impersonate"],
});

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

/** The application controller's Role trimmed to named namespaced kinds: no Namespace write (unlike `*`). */
const NAMESPACED_KINDS = [
    "pods",
    "services",
    "configmaps",
    "deployments",
    "replicasets",
    "statefulsets",
    "jobs",
    "ingresses",
];

/**
 * Argo CD's namespace-scoped install (namespace-install.yaml): ServiceAccounts and Roles in argocd only, the
 * application controller's on every resource of core/apps/batch/networking (Namespace argocd included) unless
 * `resources` names them.
 */
function argoCdNamespaceInstall(r: Resources, resources = ["*"]): void {
    for (const n of ["argocd-application-controller", "argocd-server", "argocd-repo-server"])
        bareServiceAccount(r, "argocd", n);
    roleFor(
        r,
        "argocd-application-controller",
        [{ apiGroups: ["", "apps", "batch", "networking.k8s.io"], resources, verbs: ["*"] }],
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

const insecure: Case[] = [
    // Was a MISS (fixed in round 45): the round 44 pairing holds both halves for one principal only through its own memberships (access entry
    // groups, impersonated users/groups), not through a ServiceAccount it may impersonate: platform-devs create
    // kube-system/ci-token as a token Secret of replicaset-controller with their own rights, then read it with
    // `kubectl --as=system:serviceaccount:ops:secret-auditor get secret ci-token -n kube-system`, becoming
    // kube-controller-manager's replicaset-controller (pods in every namespace, as any ServiceAccount, the signer's
    // included). Accepted clean; the neighbour with both halves on platform-devs is refused. Fix: hold, for the
    // pairing, the keys of every ServiceAccount (and user/group) an actor becomes by impersonation or token, closed
    // transitively, as `held` does for direct memberships. Doc: Kubernetes "User Impersonation" ("Request user info is replaced with impersonation values"; impersonating a ServiceAccount is `impersonate` on `serviceaccounts` in its namespace) and "Managing Service Accounts" (a Secret of type kubernetes.io/service-account-token annotated with a ServiceAccount's name is filled with its token by the control plane); README "The custody model" ("one principal holding them through several memberships").
    {
        name: "platform-devs may create secrets in kube-system and impersonate ServiceAccount ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "as-auditor", [impersonateSa("secret-auditor")], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 45): the same with a TokenRequest (`kubectl create token secret-auditor -n ops`) instead of impersonation.
    // Accepted clean. Fix: as above.
    {
        name: "platform-devs may create secrets in kube-system and create serviceaccounts/token for ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "pod-identity",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 45): two hops: a token of ops/ci-bot, whose ClusterRole impersonates user ci-bot with group token-readers (the
    // read half): `kubectl --token=<ci-bot's> --as=ci-bot --as-group=token-readers get secret ci-token -n kube-system`
    // (Impersonate-Group "Requires Impersonate-User"). Accepted clean. Fix: as above, transitively.
    {
        name: "platform-devs may create secrets in kube-system and tokens for ops/ci-bot, which may impersonate user ci-bot with group token-readers (get kube-system's secret ci-token)",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "ci-bot");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "ci-bot-token", [tokenFor("ci-bot")], [DEVS], "ops");
            roleFor(
                r,
                "ci-bot-as",
                [
                    { apiGroups: [""], resources: ["users"], resourceNames: ["ci-bot"], verbs: ["impersonate"] },
                    impersonateGroups("token-readers"),
                ],
                [sa("ops", "ci-bot")],
            );
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 45): pod creation + Namespace relabel (round 44: counted together for one principal) with the relabel half held
    // through a token of ops/ns-labeler: platform-devs patch tools' pod-security.kubernetes.io/enforce to privileged
    // with the token, then create a privileged hostPath pod in tools with their own rights (Pod Security admission
    // judges the namespace's label at pod creation). Accepted clean; the neighbour with both halves on platform-devs is
    // refused. Fix: as above. Doc: Kubernetes "Pod Security Admission" (labels per namespace) and "Managing Service
    // Accounts" (TokenRequest); README "The custody model" ("pod creation and a Namespace relabel").
    {
        name: "platform-devs may create pods in restricted namespace tools and tokens for ops/ns-labeler, which may patch namespaces",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "ns-labeler");
            roleFor(r, "tools-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [DEVS], "tools");
            roleFor(r, "labeler-token", [tokenFor("ns-labeler")], [DEVS], "ops");
            roleFor(
                r,
                "ns-labeler",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["patch"] }],
                [sa("ops", "ns-labeler")],
            );
        },
        refused: /tools|namespace/,
    },
    // Neighbours of the fix: a hop through a pod run as the ServiceAccount (pods in restricted ops, whose
    // secret-auditor gets ci-token), and one through a token Secret minted and read (ops: secrets create and get, its
    // ServiceAccount ns-labeler patches namespaces) paired with pod creation in restricted tools.
    {
        name: "neighbour: platform-devs may create secrets in kube-system and pods in restricted namespace ops, whose ServiceAccount secret-auditor may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            namespace(r, "ops");
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "ks-secret-writers", [SECRET_CREATE], [DEVS], "kube-system");
            roleFor(r, "ops-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    {
        name: "neighbour: platform-devs may create pods in restricted namespace tools and create and get secrets in ops, whose ServiceAccount ns-labeler may patch namespaces",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "ns-labeler");
            roleFor(r, "tools-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [DEVS], "tools");
            roleFor(
                r,
                "ops-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"] }],
                [DEVS],
                "ops",
            );
            roleFor(
                r,
                "ns-labeler",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["patch"] }],
                [sa("ops", "ns-labeler")],
            );
        },
        refused: /tools|namespace/,
    },
    // Neighbours (round 44 rules): both halves on platform-devs themselves.
    {
        name: "neighbour: platform-devs may create secrets and get the secret ci-token in kube-system",
        stack: "prod",
        edit: r => roleFor(r, "ks-secrets", [SECRET_CREATE, TOKEN_GET], [DEVS], "kube-system"),
        refused: /ci-token|kube-controller-manager/,
    },
    {
        name: "neighbour: platform-devs may create pods in restricted namespace tools and patch namespaces",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(r, "tools-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [DEVS], "tools");
            roleFor(r, "ns-labeler", [{ apiGroups: [""], resources: ["namespaces"], verbs: ["patch"] }], [DEVS]);
        },
        refused: /tools|namespace/,
    },
    // Argo CD's namespace-scoped install (Roles in argocd only): creating pods in argocd, which enforces no Pod Security
    // level (EKS default privileged), owns a node. Refused, as it should be.
    {
        name: "neighbour: Argo CD's namespace-scoped install (argocd without a Pod Security label) and platform-devs may create pods in argocd",
        stack: "basil",
        edit: r => {
            argoCdNamespaceInstall(r);
            roleFor(r, "argocd-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [DEVS], "argocd");
        },
        refused: /argocd/,
    },
    // Was a MISS (fixed in round 45): Application writers of a namespace-scoped Argo CD the stack declares are judged by its application
    // controller's own bindings (round 44), but that power (every verb on core/apps/batch in argocd: create pods) is
    // not then judged against argocd's Pod Security level: the neighbour creating pods in argocd directly is refused,
    // this one is accepted clean, although the controller syncs whatever Pod the Application's source holds
    // (privileged, hostPath) into argocd, which enforces nothing (EKS default privileged), and owns the node with the
    // runtime pods' tokens. Round 44's secure S5b (redteam44-secure) is this case. Fix: give the Application writer
    // the controller's power as any power, confined by Pod Security where the namespace enforces baseline/restricted
    // (the restricted neighbour below is clean). Doc: Argo CD "Application Sync using impersonation" ("application
    // syncs in Argo CD have the same privileges as the Argo CD control plane"); Kubernetes "Pod Security Admission";
    // README "Kubernetes paths" ("EKS's Pod Security Admission default is privileged, and a privileged or hostPath pod
    // owns its node").
    {
        name: "Argo CD's namespace-scoped install (controller: every verb on core/apps/batch in argocd, no Pod Security label) and platform-devs may create Applications in argocd",
        stack: "basil",
        edit: r => {
            argoCdNamespaceInstall(r);
            roleFor(
                r,
                "argocd-apps",
                [{ apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create"] }],
                [DEVS],
                "argocd",
            );
        },
        refused: /argocd/,
    },
    // DECIDED (round 45): was a secure case. With the controller's Role read as pod creation (every resource of the
    // core group: pods, not only serviceaccounts/token), `*` there also covers namespaces, and a RoleBinding in argocd
    // authorises PATCH of the Namespace argocd itself (the request carries namespace argocd: Kubernetes "RBAC Good
    // Practices", "Namespace modification": "through a namespaced RoleBinding to a Role with that access"). So the
    // controller, and whoever becomes it (an Application's pod running as its ServiceAccount holds its token), relabels
    // argocd privileged and runs a privileged pod there: restricted confines nothing. namespace-install.yaml's own
    // controller Role is `*` on `*`. The secure twins below name the controller's kinds.
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd (controller: every verb on every core resource, namespaces included), and platform-devs may create Applications in argocd",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r);
            roleFor(
                r,
                "argocd-apps",
                [{ apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create"] }],
                [DEVS],
                "argocd",
            );
        },
        refused: /argocd/,
    },
    // DECIDED (round 45): was a secure case; refused as the one above (the controller relabels argocd).
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd (controller: every verb on every core resource, namespaces included), and platform-devs may patch argocd-rbac-cm",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r);
            roleFor(
                r,
                "argocd-rbac",
                [{ apiGroups: [""], resources: ["configmaps"], resourceNames: ["argocd-rbac-cm"], verbs: ["patch"] }],
                [DEVS],
                "argocd",
            );
        },
        refused: /argocd/,
    },
    // Neighbours of the fix: the controller's Role naming its kinds (no Namespace write), in an argocd that enforces
    // privileged (the label set, enforcing nothing), and every resource of the core group in a namespace of its own
    // (a token rule no more: pods too).
    {
        name: "neighbour: Argo CD's namespace-scoped install in an argocd labelled enforce=privileged, its controller's Role naming namespaced kinds, and platform-devs may create Applications in argocd",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd", "privileged");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(
                r,
                "argocd-apps",
                [{ apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create"] }],
                [DEVS],
                "argocd",
            );
        },
        refused: /argocd/,
    },
    {
        name: "neighbour: platform-devs may do every verb on every core resource of tools (no Pod Security label)",
        stack: "prod",
        edit: r => roleFor(r, "tools-core", [{ apiGroups: [""], resources: ["*"], verbs: ["*"] }], [DEVS], "tools"),
        refused: /tools/,
    },
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, edit bound cluster-wide to group system:serviceaccounts:argocd, and platform-devs may patch argocd-rbac-cm",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r);
            bind(r, "argocd-sa-edit", { kind: "ClusterRole", name: "edit" }, [group("system:serviceaccounts:argocd")]);
            roleFor(
                r,
                "argocd-rbac",
                [{ apiGroups: [""], resources: ["configmaps"], resourceNames: ["argocd-rbac-cm"], verbs: ["patch"] }],
                [DEVS],
                "argocd",
            );
        },
        refused: /argocd/,
    },
    // Neighbours of the transformList fix: a transform that converts each value (its error quotes it) and a message
    // that hands the values on.
    {
        name: "neighbour: a ValidatingAdmissionPolicy (Fail, Audit) validating object.data.transformList(k, v, int(string(v))).sum() >= 0, next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "t1",
                {
                    validations: [
                        {
                            expression:
                                "!has(object.data) || object.data.transformList(k, v, int(string(v))).sum() >= 0",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /t1|rs-controller-token|replicaset-controller/,
    },
    {
        name: "neighbour: a ValidatingAdmissionPolicy (Fail, Deny) limiting the total size, its messageExpression listing object.data.transformList(k, v, v), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "t2",
                {
                    validations: [
                        {
                            expression:
                                "!has(object.data) || object.data.transformList(k, v, size(v)).sum() <= 1048576",
                            messageExpression: "'too large: ' + string(object.data.transformList(k, v, v))",
                        },
                    ],
                },
                ["Deny"],
            );
        },
        refused: /t2|rs-controller-token|replicaset-controller/,
    },
    // Round 44's two-variable comprehensions over a variable aliasing the data, under other variable names, nested
    // inside a one-variable macro, and over the whole object (kubernetes apiserver pkg/cel/environment base.go:
    // ext.TwoVarComprehensions from 1.32). All refused, as they should be.
    {
        name: "a ValidatingAdmissionPolicy (Fail, Audit) with variable d = object.data validating variables.d.all(k, v, ... int(string(v)) ...), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "c1",
                {
                    variables: [{ name: "d", expression: "has(object.data) ? object.data : {}" }],
                    validations: [
                        { expression: "variables.d.all(k, v, !k.endsWith('port') || int(string(v)) < 65536)" },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /c1|rs-controller-token|replicaset-controller/,
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Audit) validating object.data.all(key, data, ... int(string(data)) ...), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "c2",
                {
                    validations: [
                        {
                            expression:
                                "!has(object.data) || object.data.all(key, data, !key.endsWith('port') || int(string(data)) < 65536)",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /c2|rs-controller-token|replicaset-controller/,
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Audit) validating [object.data].all(m, m.all(k, v, int(string(v)) >= 0)), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "c3",
                {
                    validations: [
                        {
                            expression: "!has(object.data) || [object.data].all(m, m.all(k, v, int(string(v)) >= 0))",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /c3|rs-controller-token|replicaset-controller/,
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Audit) validating object.all(f, x, f != 'data' || x.all(k, int(string(x[k])) >= 0)), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "c4",
                {
                    validations: [
                        {
                            expression: "object.all(f, x, f != 'data' || x.all(k, int(string(x[k])) >= 0))",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /c4|rs-controller-token|replicaset-controller/,
    },
];

const secure: Case[] = [
    // A token of a ServiceAccount whose read half lies in another namespace than platform-devs' create half.
    {
        name: "platform-devs may create secrets in tools and create serviceaccounts/token for ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "pod-identity",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [DEVS], "tools");
            roleFor(r, "auditor-token", [tokenFor("secret-auditor")], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
    },
    // The fix direction of the Application miss: argocd enforces restricted and the controller's Role names its kinds
    // (no Namespace write), so the pods it syncs own nothing.
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller's Role naming namespaced kinds (no namespaces), and platform-devs may create Applications in argocd",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(
                r,
                "argocd-apps",
                [{ apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create"] }],
                [DEVS],
                "argocd",
            );
        },
    },
    // Neighbour of the hop fix: the ServiceAccount platform-devs mint tokens for may only read Namespaces, not patch them.
    {
        name: "platform-devs may create pods in restricted namespace tools and tokens for ops/ns-viewer, which may get and list namespaces",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "ops", "ns-viewer");
            roleFor(r, "tools-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [DEVS], "tools");
            roleFor(r, "viewer-token", [tokenFor("ns-viewer")], [DEVS], "ops");
            roleFor(
                r,
                "ns-viewer",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["get", "list"] }],
                [sa("ops", "ns-viewer")],
            );
        },
    },
    {
        name: "platform-devs may create secrets in tools and impersonate ServiceAccount ops/secret-auditor, which may get kube-system's secret ci-token",
        stack: "prod",
        edit: r => {
            bareServiceAccount(r, "ops", "secret-auditor");
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [DEVS], "tools");
            roleFor(r, "as-auditor", [impersonateSa("secret-auditor")], [DEVS], "ops");
            roleFor(r, "auditor-reads", [TOKEN_GET], [sa("ops", "secret-auditor")], "kube-system");
        },
    },
    {
        name: "Argo CD's namespace-scoped install in a restricted argocd, its controller's Role naming namespaced kinds (no namespaces), and platform-devs may patch argocd-rbac-cm (Argo CD admin = its Roles in argocd)",
        stack: "basil",
        edit: r => {
            namespace(r, "argocd");
            argoCdNamespaceInstall(r, NAMESPACED_KINDS);
            roleFor(
                r,
                "argocd-rbac",
                [{ apiGroups: [""], resources: ["configmaps"], resourceNames: ["argocd-rbac-cm"], verbs: ["patch"] }],
                [DEVS],
                "argocd",
            );
        },
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.all(k, v, k.matches(...)) (value unused), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "keys",
                {
                    validations: [
                        { expression: "!has(object.data) || object.data.all(k, v, k.matches('^[A-Za-z0-9._-]+$'))" },
                    ],
                },
                ["Deny"],
            );
        },
    },
    // Was a MISS (fixed in round 45): (secure refused) a total-size limit through the two-variable transformList (cel-go ext.TwoVarComprehensions,
    // Kubernetes 1.32+: apiserver pkg/cel/environment base.go) and the Kubernetes lists library's sum() yields
    // integers only (size of bytes; an overflow error quotes no operand), yet it is refused as "an error quoting the
    // object's data ... at object.data" because transformList is read as any call on the data (CEL_BOOLEAN_MACROS
    // comment: "a call, refused as any other"). Who loses: a platform that limits Secret sizes by CEL. Fix: read the
    // two-variable transformList/transformMap like all()/exists(): the receiver safe, the value variable a read judged
    // where it stands (here inside size()). Doc: cel-go ext/comprehensions.go (transformList(i, v, expr)); Kubernetes
    // "CEL in Kubernetes" (lists library: sum()).
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.transformList(k, v, size(v)).sum() <= 1048576 (total size), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "total-size",
                {
                    validations: [
                        {
                            expression:
                                "!has(object.data) || object.data.transformList(k, v, size(v)).sum() <= 1048576",
                        },
                    ],
                },
                ["Deny"],
            );
        },
    },
    // Neighbours of the fix: a per-key limit through transformMap, with a message of the total size.
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.transformMap(k, v, size(v)).all(k, n, n <= 65536), its message string() of the total size, next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "per-key-size",
                {
                    validations: [
                        {
                            expression:
                                "!has(object.data) || object.data.transformMap(k, v, size(v)).all(k, n, n <= 65536)",
                            messageExpression:
                                "'total size ' + string(has(object.data) ? object.data.transformList(k, v, size(v)).sum() : 0)",
                        },
                    ],
                },
                ["Deny"],
            );
        },
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating !object.data.exists(k, v, v == b'') (a comparison), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "non-empty",
                { validations: [{ expression: "!has(object.data) || !object.data.exists(k, v, v == b'')" }] },
                ["Deny"],
            );
        },
    },
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) validating object.data.all(v, v.matches(...)) (one variable named v: the keys), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "onevar",
                {
                    validations: [
                        { expression: "!has(object.data) || object.data.all(v, v.matches('^[A-Za-z0-9._-]+$'))" },
                    ],
                },
                ["Deny"],
            );
        },
    },
];

describeStackCases("red-team 45: Kubernetes/EKS API level", insecure, secure);
