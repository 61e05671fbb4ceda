// Red-team round 44 on the Kubernetes/EKS API level (fresh eyes): round 41's create+read Secrets pairing (holderOfBoth)
// when the two halves reach one AWS principal through two groups of its access entry or aws-auth mapping, or one
// impersonator through two impersonated groups; the outside controllers of round 41 (OUTSIDE_CONTROLLER_ACCOUNTS)
// against the ServiceAccounts Argo CD's and Flux's documented installs bind cluster-wide beside the one the pack names
// (argocd-server, argocd-applicationset-controller, source-controller, notification-controller); argocd-secret written
// by delete and re-create rather than update/patch (ARGOCD_SECRETS); CEL two-variable comprehensions (Kubernetes 1.32+)
// whose value variable the CEL reader never sees; and secure neighbours of each (groups split across namespaces, Argo CD
// ServiceAccounts without RBAC, write-only or delete-only Secret roles, two-variable comprehensions over sizes).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { aws, bind, k8s, outsideRole, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
const ACCESS_ENTRY = "aws:eks/accessEntry:AccessEntry";
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
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const TOKEN_GET = { apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] };
/** TokenRequest for one named ServiceAccount (`kubectl create token <name>`). */
const tokenFor = (name: string) => ({
    apiGroups: [""],
    resources: ["serviceaccounts/token"],
    resourceNames: [name],
    verbs: ["create"],
});

/** An EKS access entry of the stack for an outside role of the cluster account, with these Kubernetes groups. */
function accessEntry(r: Resources, role: string, groups: string[], userName?: string): void {
    aws(r, ACCESS_ENTRY, role, {
        clusterName: "prod-validators",
        principalArn: outsideRole(PRIMARY, role),
        ...(userName ? { userName } : {}),
        kubernetesGroups: groups,
        type: "STANDARD",
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

/** A ValidatingAdmissionPolicy on core secrets (CREATE, UPDATE), failurePolicy Fail, with its binding. */
function secretPolicy(r: Resources, name: string, validations: object[], actions: string[]): void {
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
            validations,
        },
    });
    k8s(r, VAP_BINDING, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: actions },
    });
}

const insecure: Case[] = [
    // Was a MISS (fixed in round 44): round 41 pairs Secret creators with Secret readers per RBAC subject (holderOfBoth: one subject, or a
    // ServiceAccount and the groups Kubernetes puts it in), but an AWS principal mapped by an access entry holds every
    // one of its kubernetesGroups at once (EKS user guide, "Create access entries": kubernetesGroups; Kubernetes "Using
    // RBAC Authorization": a request is allowed when any binding of the user or of any of its groups allows it). The
    // CI role here may create any Secret in kube-system (group secret-writers) and get kube-system/ci-token (group
    // token-readers): it creates ci-token as a kubernetes.io/service-account-token Secret for replicaset-controller and
    // reads the token the control plane writes into it, whose bootstrap ClusterRole creates pods in every namespace as
    // any ServiceAccount (the runtime ones included). Accepted clean; the neighbour with both halves on one group of
    // the same access entry is refused. Fix: pair creators and readers over what one principal holds through all its
    // memberships (the `held` map already built for pod creation + Namespace relabel), not per subject.
    {
        name: "an access entry for outside role ci-runner with kubernetesGroups secret-writers (create secrets in kube-system) and token-readers (get kube-system's secret ci-token)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["secret-writers", "token-readers"]);
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "kube-system");
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 44): the same with the creating half on the access entry's userName (User ci-bot) and the reading half on its
    // group: EKS authenticates the role as ci-bot in group token-readers, and RBAC unions both's bindings. Accepted
    // clean. Fix: as above.
    {
        name: "an access entry for outside role ci-runner with userName ci-bot (may create secrets in kube-system) and kubernetesGroups token-readers (may get the secret ci-token)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["token-readers"], "ci-bot");
            roleFor(
                r,
                "secret-writers",
                [SECRET_CREATE],
                [{ kind: "User", name: "ci-bot", apiGroup: RBAC }],
                "kube-system",
            );
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 44): impersonation carries several groups in one request (Kubernetes "User Impersonation": Impersonate-Group
    // "can be provided multiple times to set multiple groups"; `kubectl --as=ci-bot --as-group=secret-writers
    // --as-group=token-readers`). platform-devs may impersonate ci-bot with both groups, so one request holds the
    // create half and the read half. Accepted clean; the neighbour impersonating one group holding both is refused.
    // Fix: as above (an impersonator's memberships are held together).
    {
        name: "platform-devs may impersonate user ci-bot and groups secret-writers and token-readers (create secrets / get ci-token in kube-system)",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "as-ci",
                [
                    { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["ci-bot"] },
                    {
                        apiGroups: [""],
                        resources: ["groups"],
                        verbs: ["impersonate"],
                        resourceNames: ["secret-writers", "token-readers"],
                    },
                ],
                [DEVS],
            );
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "kube-system");
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 44): OUTSIDE_CONTROLLER_ACCOUNTS lists only Flux's kustomize-controller and helm-controller, but Flux's install
    // binds source-controller (with notification-controller and the image controllers) to ClusterRole crd-controller:
    // every verb on kustomize.toolkit.fluxcd.io and helm.toolkit.fluxcd.io objects and get/list/watch of every Secret,
    // cluster-wide (fluxcd/flux2 manifests/rbac/controller.yaml, ClusterRoleBinding crd-controller). A token of
    // source-controller writes a Kustomization, which kustomize-controller applies as cluster-admin (the README's own
    // CLUSTER_APPLYING_RESOURCES reason), and reads every Secret. Accepted clean; the same token of kustomize-controller
    // is refused. Fix: add flux-system's crd-controller subjects to OUTSIDE_CONTROLLER_ACCOUNTS.
    {
        name: "flux-system: a Role letting platform-devs create serviceaccounts/token for source-controller (ClusterRole crd-controller: writes Kustomizations, reads every Secret)",
        stack: "prod",
        edit: r => roleFor(r, "flux-source-token", [tokenFor("source-controller")], [DEVS], "flux-system"),
        refused: /source-controller|flux-system/,
    },
    // Was a MISS (fixed in round 44): the same class by impersonation: becoming flux-system/notification-controller (a crd-controller subject,
    // fluxcd/flux2 manifests/rbac/controller.yaml) is writing Kustomizations cluster-wide. Accepted clean. Fix: as above.
    {
        name: "flux-system: a Role letting platform-devs impersonate the ServiceAccount notification-controller (ClusterRole crd-controller)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "flux-notify-as",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["notification-controller"],
                    },
                ],
                [DEVS],
                "flux-system",
            ),
        refused: /notification-controller|flux-system/,
    },
    // Was a MISS (fixed in round 44): Argo CD's install binds argocd/argocd-server to ClusterRole argocd-server: delete, get and patch on every
    // resource of every API group (argoproj/argo-cd manifests/cluster-rbac/server/argocd-server-clusterrole.yaml,
    // "supports `argocd app patch`"): its token reads every Secret and patches the runtime Deployments' pod templates
    // in validators. OUTSIDE_CONTROLLER_ACCOUNTS names only argocd-application-controller. Accepted clean. Fix: add
    // argocd/argocd-server (and the controller below) to OUTSIDE_CONTROLLER_ACCOUNTS.
    {
        name: "argocd: a Role letting platform-devs create serviceaccounts/token for argocd-server (ClusterRole argocd-server: get/patch/delete on every resource)",
        stack: "prod",
        edit: r => roleFor(r, "argocd-server-token", [tokenFor("argocd-server")], [DEVS], "argocd"),
        refused: /argocd-server|argocd/,
    },
    // Was a MISS (fixed in round 44): argocd-applicationset-controller's ClusterRole creates, updates and patches Applications in any namespace
    // and reads every Secret (argoproj/argo-cd manifests/cluster-rbac/applicationset-controller/
    // argocd-applicationset-controller-clusterrole.yaml); an Application is synced cluster-wide by the application
    // controller (the README's argoproj.io reason). Accepted clean. Fix: as above.
    {
        name: "argocd: a Role letting platform-devs create serviceaccounts/token for argocd-applicationset-controller (creates Applications, reads every Secret)",
        stack: "pod-identity",
        edit: r => roleFor(r, "appset-token", [tokenFor("argocd-applicationset-controller")], [DEVS], "argocd"),
        refused: /applicationset|argocd/,
    },
    // Was a MISS (fixed in round 44): round 41 counts writes of argocd-secret as update/patch only ("a create of it fails"), but with delete a
    // create succeeds: platform-devs delete argocd-secret and create their own, with a server.secretkey they chose
    // (Argo CD operator manual, "argocd-secret.yaml": server.secretkey is the "random server signature key for session
    // validation", admin.password the admin's bcrypt hash) and sign an admin session. A write-only "repository
    // credentials" Role (create and delete, never read) is what a platform team writes. Accepted clean; the ConfigMap
    // twin (create+delete configmaps in argocd: argocd-rbac-cm) is refused. Fix: count create together with delete of
    // the name (or every Secret of argocd) as a write of argocd-secret.
    {
        name: "argocd: a Role letting platform-devs create and delete secrets (write-only repository credentials; argocd-secret deleted and re-created)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-creds-writer",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "delete"] }],
                [DEVS],
                "argocd",
            ),
        refused: /argocd/,
    },
    // Was a MISS (fixed in round 44): the same with the delete limited to argocd-secret by name (a "rotate argocd-secret" Role).
    {
        name: "argocd: a Role letting platform-devs create secrets and delete the secret argocd-secret (rotation by re-creation)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-secret-rotate",
                [
                    SECRET_CREATE,
                    { apiGroups: [""], resources: ["secrets"], resourceNames: ["argocd-secret"], verbs: ["delete"] },
                ],
                [DEVS],
                "argocd",
            ),
        refused: /argocd/,
    },
    // Was a MISS (fixed in round 44): Kubernetes 1.32 added cel-go's two-variable comprehensions to the admission CEL environment
    // (kubernetes staging/src/k8s.io/apiserver/pkg/cel/environment/base.go, "Two variable comprehensions",
    // ext.TwoVarComprehensions, IntroducedVersion 1.32): `object.data.all(k, v, ...)` binds v to each value. The
    // pack's reader treats `object.data.all(` as a boolean macro over keys (CEL_BOOLEAN_MACROS) and never sees v, so
    // int(string(v)), which the pack refuses as int(string(object.data[k])) (a conversion error quotes its operand:
    // POLICY_ERROR_WHY), passes: with failurePolicy Fail the error on the token key is recorded in the audit event
    // (Audit) when the control plane fills replicaset-controller's token. Accepted clean. Fix: in a two-argument form
    // of all/exists/exists_one/existsOne (and transformList/Map/MapEntry), read the second variable as a read of the
    // data.
    {
        name: "a ValidatingAdmissionPolicy (Fail, Audit) on core secrets validating object.data.all(k, v, ... int(string(v)) ...) (two-variable comprehension), next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "port-values",
                [
                    {
                        expression:
                            "!has(object.data) || object.data.all(k, v, !k.endsWith('token') || int(string(v)) < 65536)",
                    },
                ],
                ["Audit"],
            );
        },
        refused: /port-values|rs-controller-token|replicaset-controller/,
    },
    // Neighbour of the first miss: both halves on one group of the access entry.
    {
        name: "neighbour: an access entry for outside role ci-runner with kubernetesGroups ci-secrets, which may create secrets and get the secret ci-token in kube-system",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["ci-secrets"]);
            roleFor(r, "ci-secrets", [SECRET_CREATE, TOKEN_GET], [group("ci-secrets")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Neighbour of the impersonation miss: one impersonated group holding both halves.
    {
        name: "neighbour: platform-devs may impersonate user ci-bot and group ci-secrets, which may create secrets and get the secret ci-token in kube-system",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "as-ci",
                [
                    { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["ci-bot"] },
                    { apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: ["ci-secrets"] },
                ],
                [DEVS],
            );
            roleFor(r, "ci-secrets", [SECRET_CREATE, TOKEN_GET], [group("ci-secrets")], "kube-system");
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Neighbour of the Flux misses: the controller the pack names.
    {
        name: "neighbour: flux-system: a Role letting platform-devs create serviceaccounts/token for kustomize-controller",
        stack: "prod",
        edit: r => roleFor(r, "flux-k-token", [tokenFor("kustomize-controller")], [DEVS], "flux-system"),
        refused: /kustomize-controller|flux-system/,
    },
    // Neighbour of the argocd-secret misses: the ConfigMaps by create and delete (argocd-rbac-cm replaced).
    {
        name: "neighbour: argocd: a Role letting platform-devs create, delete, get and list configmaps (argocd-rbac-cm replaced)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-cm-rotate",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create", "delete", "get", "list"] }],
                [DEVS],
                "argocd",
            ),
        refused: /argocd/,
    },
    // The built-in edit role bound in argocd reads and writes every Secret there (argocd-secret included).
    {
        name: "neighbour: argocd: a RoleBinding of the built-in ClusterRole edit to platform-devs",
        stack: "pod-identity",
        edit: r => bind(r, "argocd-edit", { kind: "ClusterRole", name: "edit" }, [DEVS], "argocd"),
        refused: /argocd/,
    },
    // aws-auth replaced by delete and create in kube-system.
    {
        name: "neighbour: kube-system: a Role letting platform-devs create and delete configmaps (aws-auth deleted and re-created)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "ks-cm-rotate",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create", "delete"] }],
                [DEVS],
                "kube-system",
            ),
        refused: /aws-auth|kube-system/,
    },
    // Neighbours (round 44 fix) of the two-group pairing: aws-auth mapping one role to both groups.
    {
        name: "neighbour: aws-auth maps outside role ci-runner to groups secret-writers (create secrets in kube-system) and token-readers (get kube-system's secret ci-token)",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth-ci", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles: `- rolearn: ${outsideRole(PRIMARY, "ci-runner")}\n  username: ci-runner\n  groups:\n    - secret-writers\n    - token-readers\n`,
                },
            });
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "kube-system");
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
        refused: /ci-runner.*ci-token|ci-token.*ci-runner/,
    },
    // The impersonated user holding the create half, one impersonated group the read half.
    {
        name: "neighbour: platform-devs may impersonate user ci-bot (may create secrets in kube-system) and group token-readers (may get the secret ci-token)",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "as-ci",
                [
                    { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["ci-bot"] },
                    {
                        apiGroups: [""],
                        resources: ["groups"],
                        verbs: ["impersonate"],
                        resourceNames: ["token-readers"],
                    },
                ],
                [DEVS],
            );
            roleFor(
                r,
                "secret-writers",
                [SECRET_CREATE],
                [{ kind: "User", name: "ci-bot", apiGroup: RBAC }],
                "kube-system",
            );
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
        refused: /platform-devs.*ci-token/,
    },
    // Neighbours (round 44 fix) of the Flux and Argo CD controllers: the image controllers are crd-controller subjects
    // too (fluxcd/flux2 manifests/rbac/controller.yaml).
    {
        name: "neighbour: flux-system: a Role letting platform-devs create serviceaccounts/token for image-automation-controller (ClusterRole crd-controller)",
        stack: "pod-identity",
        edit: r => roleFor(r, "flux-image-token", [tokenFor("image-automation-controller")], [DEVS], "flux-system"),
        refused: /image-automation-controller.*crd-controller/,
    },
    // Neighbours (round 44 fix) of argocd-secret re-created: the two halves in two Roles of the same group.
    {
        name: "neighbour: argocd: two Roles for platform-devs, one creating secrets (repository credentials), one deleting the secret argocd-secret",
        stack: "pod-identity",
        edit: r => {
            roleFor(r, "argocd-creds-adder", [SECRET_CREATE], [DEVS], "argocd");
            roleFor(
                r,
                "argocd-secret-remover",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["argocd-secret"], verbs: ["delete"] }],
                [DEVS],
                "argocd",
            );
        },
        refused: /argocd-secret.*create Secrets there|create its own argocd-secret/,
    },
    // deletecollection without names deletes argocd-secret too.
    {
        name: "neighbour: argocd: a Role letting platform-devs create secrets and deletecollection secrets",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-creds-sweeper",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "deletecollection"] }],
                [DEVS],
                "argocd",
            ),
        refused: /its own argocd-secret/,
    },
    // Neighbour (round 44 fix) of the two-variable comprehension: the value variable under another name, in a
    // conversion and a regular expression, Deny.
    {
        name: "neighbour: a ValidatingAdmissionPolicy (Fail, Deny) on core secrets validating object.data.exists(key, value, string(value).matches('^-----BEGIN')), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "pem-values",
                [
                    {
                        expression:
                            "!has(object.data) || !object.data.exists(key, value, string(value).matches('^-----BEGIN'))",
                    },
                ],
                ["Deny"],
            );
        },
        refused: /pem-values|rs-controller-token|replicaset-controller/,
    },
];

const secure: Case[] = [
    // The two groups' halves in different namespaces: nothing is both created and read.
    {
        name: "an access entry for outside role ci-runner with kubernetesGroups secret-writers (create secrets in tools) and token-readers (get kube-system's secret ci-token)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["secret-writers", "token-readers"]);
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "tools");
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
    },
    // view reads no Secret: creating Secrets in kube-system with it mints nothing readable.
    {
        name: "an access entry for outside role ci-runner with kubernetesGroups custody-readers (view, cluster-wide) and secret-writers (create secrets in kube-system)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-runner", ["custody-readers", "secret-writers"]);
            bind(r, "custody-readers", { kind: "ClusterRole", name: "view" }, [group("custody-readers")]);
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "kube-system");
        },
    },
    // argocd-repo-server has no Kubernetes RBAC in Argo CD's install (it renders manifests, the controller applies).
    {
        name: "argocd: a Role letting platform-devs create serviceaccounts/token for argocd-repo-server (no RBAC in Argo CD's install)",
        stack: "prod",
        edit: r => roleFor(r, "repo-token", [tokenFor("argocd-repo-server")], [DEVS], "argocd"),
    },
    // The notifications Secret holds webhook and chat credentials, not Argo CD's session key or admin password.
    {
        name: "argocd: a Role letting platform-devs get and patch the secret argocd-notifications-secret",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-notifications",
                [
                    {
                        apiGroups: [""],
                        resources: ["secrets"],
                        resourceNames: ["argocd-notifications-secret"],
                        verbs: ["get", "patch"],
                    },
                ],
                [DEVS],
                "argocd",
            ),
    },
    // Create alone: argocd-secret exists from the install on, so a create of it fails (round 41).
    {
        name: "argocd: a Role letting platform-devs create secrets (repository credentials, no delete, no read)",
        stack: "prod",
        edit: r => roleFor(r, "argocd-creds-adder", [SECRET_CREATE], [DEVS], "argocd"),
    },
    // Delete alone: Argo CD regenerates what is missing ("Autogenerated when missing"), nothing chosen by the deleter.
    {
        name: "argocd: a Role letting platform-devs delete secrets (stale repository credentials, no create, no read)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-creds-cleaner",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["delete"] }],
                [DEVS],
                "argocd",
            ),
    },
    // Debugging Argo CD: its pods and logs.
    {
        name: "argocd: a Role letting platform-devs get, list and watch pods and pods/log",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "argocd-debug",
                [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] }],
                [DEVS],
                "argocd",
            ),
    },
    // Reading Flux objects changes nothing it applies.
    {
        name: "flux-system: a Role letting platform-devs get, list and watch Kustomizations and GitRepositories",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "flux-viewer",
                [
                    {
                        apiGroups: ["kustomize.toolkit.fluxcd.io", "source.toolkit.fluxcd.io"],
                        resources: ["kustomizations", "gitrepositories"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
                [DEVS],
                "flux-system",
            ),
    },
    // The two-variable comprehension of the miss, with only sizes of the values (integers, no error quoting them).
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) on core secrets validating object.data.all(k, v, size(v) <= 65536) with a message of string(object.data.exists(k, v, size(v) == 0)), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "value-sizes",
                [
                    {
                        expression: "!has(object.data) || object.data.all(k, v, size(v) <= 65536)",
                        messageExpression:
                            "'Secret ' + object.metadata.name + ' has an empty value: ' + string(has(object.data) && object.data.exists(k, v, size(v) == 0))",
                    },
                ],
                ["Deny"],
            );
        },
    },
    // Neighbours (round 44 fix) of the two-group pairing: two outside roles, each with one half (no principal holds
    // both).
    {
        name: "access entries for outside roles ci-writer (kubernetesGroups secret-writers: create secrets in kube-system) and ci-reader (token-readers: get kube-system's secret ci-token)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ci-writer", ["secret-writers"]);
            accessEntry(r, "ci-reader", ["token-readers"]);
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "kube-system");
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
    },
    // An impersonator of two groups whose halves lie in different namespaces.
    {
        name: "platform-devs may impersonate groups secret-writers (create secrets in tools) and token-readers (get kube-system's secret ci-token)",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "as-ci",
                [
                    {
                        apiGroups: [""],
                        resources: ["groups"],
                        verbs: ["impersonate"],
                        resourceNames: ["secret-writers", "token-readers"],
                    },
                ],
                [DEVS],
            );
            roleFor(r, "secret-writers", [SECRET_CREATE], [group("secret-writers")], "tools");
            roleFor(r, "token-readers", [TOKEN_GET], [group("token-readers")], "kube-system");
        },
    },
    // Neighbours (round 44 fix) of argocd-secret re-created: the delete names another Secret, or lies in another
    // namespace than the create.
    {
        name: "argocd: a Role letting platform-devs create secrets and delete the secret repo-creds-old (not argocd-secret)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-creds-rotate",
                [
                    SECRET_CREATE,
                    { apiGroups: [""], resources: ["secrets"], resourceNames: ["repo-creds-old"], verbs: ["delete"] },
                ],
                [DEVS],
                "argocd",
            ),
    },
    {
        name: "platform-devs may create secrets in argocd and delete secrets in tools (no namespace holds both)",
        stack: "pod-identity",
        edit: r => {
            roleFor(r, "argocd-creds-adder", [SECRET_CREATE], [DEVS], "argocd");
            roleFor(
                r,
                "tools-secret-cleaner",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["delete"] }],
                [DEVS],
                "tools",
            );
        },
    },
    // Neighbour (round 44 fix) of the two-variable comprehension: over the labels, which hold no Secret data.
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) on core secrets validating object.metadata.labels.all(k, v, int(v) >= 0) for labels named *-port, next to a stack token Secret",
        stack: "prod",
        edit: r => {
            controllerToken(r);
            secretPolicy(
                r,
                "port-labels",
                [
                    {
                        expression:
                            "!has(object.metadata.labels) || object.metadata.labels.all(k, v, !k.endsWith('-port') || int(v) >= 0)",
                    },
                ],
                ["Deny"],
            );
        },
    },
];

describeStackCases("red-team 44: Kubernetes/EKS API level", insecure, secure);
