// Red-team round 67 on the Kubernetes/EKS API level (fresh eyes), on round 66's fix (holderKey: an EKS access policy's
// Secret grants pair with the RBAC the same principal holds through its access entry's kubernetesGroups/userName) and
// the literal namespace comparisons left in saPowerOfRules/argoCdConfigPower.
// Probed (holderKey): the mint pair (RBAC create Secrets in kube-system + AmazonEKSSecretReaderPolicy) through the
// access entry's userName; SecretReader of cluster scope; a group impersonating a named user who creates the Secrets;
// a principalArn computed from the stack role (unknown during the preview). All refused.
// Probed (literal namespaces): SecretReader scoped argo* and argocd; a Role in argocd writing every ConfigMap; a
// RoleBinding in argocd of a ClusterRole patching every Secret (all refused); Argo CD installed in another namespace
// the stack itself declares its configuration in (gitops): Role writing every ConfigMap, reading or patching every
// Secret, AmazonEKSSecretReaderPolicy / AmazonEKSAdminViewPolicy / AmazonEKSEditPolicy scoped to gitops.
// Secure neighbours a platform team writes: the mint pair confined to tools (no powerful ServiceAccount), two
// principals each holding one half, Argo CD's read-only configuration declared in gitops. All accepted.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (6 insecure, 0 secure): Argo CD's namespace is the literal `argocd` in argoCdConfigPower (`onlyIn:
// ARGOCD_NAMESPACE`, dropped by saPowerOfRules for any other `where`) and in the argocd-secret reader check
// (inNamespaces(x.namespaces, ARGOCD_NAMESPACE)), even where the stack declares argocd-cm/argocd-rbac-cm in another
// namespace (gitops): writing every ConfigMap, reading or patching every Secret there by RBAC, and the EKS access
// policies SecretReader, AdminView and Edit scoped to it, are accepted. The round-67 holderKey pairing holds.
import { describeStackCases, StackCase } from "./support";
import { aws, k8s, namespace, roleFor, stackRole } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const AUDIT_ROLE = "arn:aws:iam::111111111111:role/secret-auditor";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

type R = Parameters<StackCase["edit"]>[0];

const entry = (r: R, name: string, principalArn: string, extra: object = {}) =>
    aws(r, ENTRY, name, { clusterName: "prod-validators", principalArn, type: "STANDARD", ...extra });

const association = (r: R, name: string, principalArn: string, policy: string, scope: object) =>
    aws(r, ASSOCIATION, `${name}-policy`, {
        clusterName: "prod-validators",
        principalArn,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: scope,
    });

const SECRET_CREATE = [{ apiGroups: [""], resources: ["secrets"], verbs: ["create"] }];
const OPS_WRITERS = [{ kind: "Group", apiGroup: RBAC, name: "ops-secret-writers" }];
const KUBE_SYSTEM = { type: "namespace", namespaces: ["kube-system"] };

const GITOPS = [{ kind: "Group", apiGroup: RBAC, name: "ops-gitops" }];
/** Argo CD's own ConfigMaps declared in `ns` (a careful, read-only default: no admin, no policy.csv grants). */
const argoCdConfig = (r: R, ns: string) => {
    namespace(r, ns);
    for (const [name, data] of [
        ["argocd-cm", { "admin.enabled": "false" }],
        ["argocd-rbac-cm", { "policy.default": "role:readonly" }],
    ] as const)
        k8s(r, "kubernetes:core/v1:ConfigMap", `${ns}-${name}`, {
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: { name, namespace: ns, labels: { "app.kubernetes.io/part-of": "argocd" } },
            data,
        });
};

const insecure: StackCase[] = [
    {
        name: "platform-ops with userName ops-minter (RoleBinding: create Secrets in kube-system) and AmazonEKSSecretReaderPolicy scoped to kube-system",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "minter-create",
                SECRET_CREATE,
                [{ kind: "User", apiGroup: RBAC, name: "ops-minter" }],
                "kube-system",
            );
            entry(r, "ops-user-mint", OPS_ROLE, { userName: "ops-minter" });
            association(r, "ops-user-mint", OPS_ROLE, "AmazonEKSSecretReaderPolicy", KUBE_SYSTEM);
        },
        refused: /ops-user-mint|minter-create/,
    },
    {
        name: "platform-ops in group ops-secret-writers (create Secrets in kube-system) with AmazonEKSSecretReaderPolicy of cluster scope",
        stack: "pod-identity",
        edit: r => {
            roleFor(r, "ops-ks-create", SECRET_CREATE, OPS_WRITERS, "kube-system");
            entry(r, "ops-cluster-reader", OPS_ROLE, { kubernetesGroups: ["ops-secret-writers"] });
            association(r, "ops-cluster-reader", OPS_ROLE, "AmazonEKSSecretReaderPolicy", { type: "cluster" });
        },
        refused: /ops-cluster-reader|ops-ks-create/,
    },
    {
        name: "platform-ops in group ops-impersonators (impersonate User secret-minter, who creates Secrets in kube-system) with AmazonEKSSecretReaderPolicy scoped to kube-system",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "minter-create2",
                SECRET_CREATE,
                [{ kind: "User", apiGroup: RBAC, name: "secret-minter" }],
                "kube-system",
            );
            roleFor(
                r,
                "ops-impersonate-minter",
                [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["secret-minter"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "ops-impersonators" }],
            );
            entry(r, "ops-imp-mint", OPS_ROLE, { kubernetesGroups: ["ops-impersonators"] });
            association(r, "ops-imp-mint", OPS_ROLE, "AmazonEKSSecretReaderPolicy", KUBE_SYSTEM);
        },
        refused: /ops-imp-mint|ops-impersonate-minter|minter-create2/,
    },
    {
        name: "a stack role (principalArn computed, unknown during the preview) in group ops-secret-writers (create Secrets in kube-system) with AmazonEKSSecretReaderPolicy scoped to kube-system, the entry naming the role literally",
        stack: "prod",
        edit: r => {
            const arn = stackRole(
                r,
                "111111111111",
                "cluster-ops",
                { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111111111111:root" }, Action: "sts:AssumeRole" },
                [],
            );
            roleFor(r, "ops-ks-create3", SECRET_CREATE, OPS_WRITERS, "kube-system");
            entry(r, "ops-computed", arn, { kubernetesGroups: ["ops-secret-writers"] });
            association(r, "ops-computed", arn, "AmazonEKSSecretReaderPolicy", KUBE_SYSTEM);
        },
        refused: /ops-computed|ops-ks-create3/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to argo* (reads argocd-secret: Argo CD admin)",
        stack: "prod",
        edit: r => {
            entry(r, "ops-argo-secrets", OPS_ROLE);
            association(r, "ops-argo-secrets", OPS_ROLE, "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["argo*"],
            });
        },
        refused: /ops-argo-secrets-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to argocd (reads argocd-secret: Argo CD admin)",
        stack: "pod-identity",
        edit: r => {
            entry(r, "ops-argocd-secrets", OPS_ROLE);
            association(r, "ops-argocd-secrets", OPS_ROLE, "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["argocd"],
            });
        },
        refused: /ops-argocd-secrets-policy/,
    },
    {
        name: "group ops-gitops (platform-ops' access entry) with a Role in argocd updating every ConfigMap (argocd-rbac-cm: Argo CD admin)",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "gitops-cm",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "ops-gitops" }],
                "argocd",
            );
            entry(r, "ops-gitops-entry", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-cm/,
    },
    {
        name: "group ops-gitops2 bound in argocd (RoleBinding) to a ClusterRole patching every Secret (argocd-secret admin.password)",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "secret-patcher-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "secret-patcher" },
                rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["patch"] }],
            });
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "gitops-secret-patch-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "gitops-secret-patch", namespace: "argocd" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "secret-patcher" },
                subjects: [{ kind: "Group", apiGroup: RBAC, name: "ops-gitops2" }],
            });
            entry(r, "ops-gitops2-entry", OPS_ROLE, { kubernetesGroups: ["ops-gitops2"] });
        },
        refused: /gitops-secret-patch|secret-patcher/,
    },
    // Was a MISS (fixed in round 68): writing every ConfigMap of gitops rewrites argocd-rbac-cm (`g, <me>, role:admin`) or argocd-cm (admin.enabled,
    // accounts): Argo CD admin, whose application controller deploys anything as itself cluster-wide (ARGOCD_USERS_WHY).
    // The stack itself declares Argo CD's own ConfigMaps argocd-cm and argocd-rbac-cm in namespace gitops, so Argo CD
    // is installed in gitops (Argo CD "Declarative Setup": "All resources, including Application and AppProject specs,
    // have to be installed in the Argo CD namespace (by default argocd)", argocd-cm/argocd-rbac-cm/argocd-secret each
    // with "a single supported resource name"; the Helm chart and `kubectl apply -n <ns>` install anywhere). The pack
    // recognises that configuration in gitops (argoConfig, README "Argo CD's configuration in another namespace is read
    // as the default install's"), yet the every-ConfigMap/every-Secret readings stay literal to `argocd`:
    // argoCdConfigPower returns `onlyIn: ARGOCD_NAMESPACE` and saPowerOfRules drops it for where=gitops; the Secret
    // readers loop (near "Whoever reads Argo CD's own Secret") tests inNamespaces(x.namespaces, ARGOCD_NAMESPACE) only.
    // The same case with argocd in place of gitops is refused (the control case below). Fix: treat every namespace the
    // stack declares Argo CD configuration in (argoConfig keys, plus argocd) as an Argo CD namespace in
    // argoCdConfigPower's onlyIn and the argocd-secret reader check (read cluster-wide, as the default install's).
    {
        name: "platform-ops in group ops-gitops with a Role in gitops (where the stack declares argocd-cm/argocd-rbac-cm) updating every ConfigMap",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            roleFor(
                r,
                "gitops-cm-writer",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] }],
                GITOPS,
                "gitops",
            );
            entry(r, "ops-gitops-cm", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-cm-writer/,
    },
    // Was a MISS (fixed in round 68): reading every Secret of gitops reads argocd-secret (server.secretkey signs Argo CD sessions: an admin session,
    // ARGOCD_SECRET_WHY).
    // The stack itself declares Argo CD's own ConfigMaps argocd-cm and argocd-rbac-cm in namespace gitops, so Argo CD
    // is installed in gitops (Argo CD "Declarative Setup": "All resources, including Application and AppProject specs,
    // have to be installed in the Argo CD namespace (by default argocd)", argocd-cm/argocd-rbac-cm/argocd-secret each
    // with "a single supported resource name"; the Helm chart and `kubectl apply -n <ns>` install anywhere). The pack
    // recognises that configuration in gitops (argoConfig, README "Argo CD's configuration in another namespace is read
    // as the default install's"), yet the every-ConfigMap/every-Secret readings stay literal to `argocd`:
    // argoCdConfigPower returns `onlyIn: ARGOCD_NAMESPACE` and saPowerOfRules drops it for where=gitops; the Secret
    // readers loop (near "Whoever reads Argo CD's own Secret") tests inNamespaces(x.namespaces, ARGOCD_NAMESPACE) only.
    // The same case with argocd in place of gitops is refused (the control case below). Fix: treat every namespace the
    // stack declares Argo CD configuration in (argoConfig keys, plus argocd) as an Argo CD namespace in
    // argoCdConfigPower's onlyIn and the argocd-secret reader check (read cluster-wide, as the default install's).
    {
        name: "platform-ops in group ops-gitops with a Role in gitops (Argo CD's namespace) getting and listing every Secret (argocd-secret)",
        stack: "pod-identity",
        edit: r => {
            argoCdConfig(r, "gitops");
            roleFor(
                r,
                "gitops-secret-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }],
                GITOPS,
                "gitops",
            );
            entry(r, "ops-gitops-secrets", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-secret-reader/,
    },
    // Was a MISS (fixed in round 68): patching every Secret of gitops sets argocd-secret's admin.password (bcrypt) or server.secretkey: Argo CD admin
    // (Argo CD FAQ "I forgot the admin password": edit argocd-secret's admin.password).
    // The stack itself declares Argo CD's own ConfigMaps argocd-cm and argocd-rbac-cm in namespace gitops, so Argo CD
    // is installed in gitops (Argo CD "Declarative Setup": "All resources, including Application and AppProject specs,
    // have to be installed in the Argo CD namespace (by default argocd)", argocd-cm/argocd-rbac-cm/argocd-secret each
    // with "a single supported resource name"; the Helm chart and `kubectl apply -n <ns>` install anywhere). The pack
    // recognises that configuration in gitops (argoConfig, README "Argo CD's configuration in another namespace is read
    // as the default install's"), yet the every-ConfigMap/every-Secret readings stay literal to `argocd`:
    // argoCdConfigPower returns `onlyIn: ARGOCD_NAMESPACE` and saPowerOfRules drops it for where=gitops; the Secret
    // readers loop (near "Whoever reads Argo CD's own Secret") tests inNamespaces(x.namespaces, ARGOCD_NAMESPACE) only.
    // The same case with argocd in place of gitops is refused (the control case below). Fix: treat every namespace the
    // stack declares Argo CD configuration in (argoConfig keys, plus argocd) as an Argo CD namespace in
    // argoCdConfigPower's onlyIn and the argocd-secret reader check (read cluster-wide, as the default install's).
    {
        name: "platform-ops in group ops-gitops with a Role in gitops (Argo CD's namespace) patching every Secret (argocd-secret admin.password)",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            roleFor(
                r,
                "gitops-secret-patcher",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["patch"] }],
                GITOPS,
                "gitops",
            );
            entry(r, "ops-gitops-patch", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-secret-patcher/,
    },
    // Was a MISS (fixed in round 68): AmazonEKSSecretReaderPolicy (get/list/watch secrets, EKS user guide "Review access policy permissions")
    // scoped to gitops reads argocd-secret there (server.secretkey: an Argo CD admin session, ARGOCD_SECRET_WHY).
    // The stack itself declares Argo CD's own ConfigMaps argocd-cm and argocd-rbac-cm in namespace gitops, so Argo CD
    // is installed in gitops (Argo CD "Declarative Setup": "All resources, including Application and AppProject specs,
    // have to be installed in the Argo CD namespace (by default argocd)", argocd-cm/argocd-rbac-cm/argocd-secret each
    // with "a single supported resource name"; the Helm chart and `kubectl apply -n <ns>` install anywhere). The pack
    // recognises that configuration in gitops (argoConfig, README "Argo CD's configuration in another namespace is read
    // as the default install's"), yet the every-ConfigMap/every-Secret readings stay literal to `argocd`:
    // argoCdConfigPower returns `onlyIn: ARGOCD_NAMESPACE` and saPowerOfRules drops it for where=gitops; the Secret
    // readers loop (near "Whoever reads Argo CD's own Secret") tests inNamespaces(x.namespaces, ARGOCD_NAMESPACE) only.
    // The same case with argocd in place of gitops is refused (the control case below). Fix: treat every namespace the
    // stack declares Argo CD configuration in (argoConfig keys, plus argocd) as an Argo CD namespace in
    // argoCdConfigPower's onlyIn and the argocd-secret reader check (read cluster-wide, as the default install's).
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to gitops (Argo CD's namespace: argocd-secret)",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            entry(r, "ops-gitops-eks-reader", OPS_ROLE);
            association(r, "ops-gitops-eks-reader", OPS_ROLE, "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["gitops"],
            });
        },
        refused: /ops-gitops-eks-reader/,
    },
    // Was a MISS (fixed in round 68): AmazonEKSEditPolicy scoped to gitops (EKS user guide "Review access policy permissions": Edit writes
    // configmaps and secrets and creates pods in its scope) rewrites argocd-rbac-cm/argocd-secret there: Argo CD admin,
    // whose application controller deploys anything cluster-wide (ARGOCD_USERS_WHY); accepted.
    // The stack declares Argo CD's own ConfigMaps argocd-cm/argocd-rbac-cm in gitops, so Argo CD is installed there
    // (Argo CD "Declarative Setup": "All resources ... have to be installed in the Argo CD namespace (by default
    // argocd)"). The access-policy path reads the scope's powers with saPowerOfRules(where=gitops), which drops
    // argoCdConfigPower's `onlyIn: ARGOCD_NAMESPACE` (literal argocd), and its Secret grants meet the argocd-secret
    // check inNamespaces(x.namespaces, ARGOCD_NAMESPACE) only; pods created in gitops are not read as Argo CD's
    // ServiceAccounts either. Fix: every namespace the stack declares Argo CD configuration in counts as Argo CD's.
    {
        name: "AmazonEKSEditPolicy scoped to gitops (Argo CD's namespace)",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            entry(r, "ops-gitops-edit", OPS_ROLE);
            association(r, "ops-gitops-edit", OPS_ROLE, "AmazonEKSEditPolicy", {
                type: "namespace",
                namespaces: ["gitops"],
            });
        },
        refused: /ops-gitops-edit/,
    },
    // Was a MISS (fixed in round 68): AmazonEKSAdminViewPolicy scoped to gitops (EKS user guide "Review access policy permissions": AdminView
    // gets/lists secrets in its scope) reads argocd-secret (server.secretkey signs an Argo CD admin session,
    // ARGOCD_SECRET_WHY); accepted.
    // The stack declares Argo CD's own ConfigMaps argocd-cm/argocd-rbac-cm in gitops, so Argo CD is installed there
    // (Argo CD "Declarative Setup": "All resources ... have to be installed in the Argo CD namespace (by default
    // argocd)"). The access-policy path reads the scope's powers with saPowerOfRules(where=gitops), which drops
    // argoCdConfigPower's `onlyIn: ARGOCD_NAMESPACE` (literal argocd), and its Secret grants meet the argocd-secret
    // check inNamespaces(x.namespaces, ARGOCD_NAMESPACE) only; pods created in gitops are not read as Argo CD's
    // ServiceAccounts either. Fix: every namespace the stack declares Argo CD configuration in counts as Argo CD's.
    {
        name: "AmazonEKSAdminViewPolicy scoped to gitops (Argo CD's namespace)",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            entry(r, "ops-gitops-av", OPS_ROLE);
            association(r, "ops-gitops-av", OPS_ROLE, "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["gitops"],
            });
        },
        refused: /ops-gitops-av/,
    },
    {
        name: "control: platform-ops in group ops-gitops with a Role in argocd (where the stack declares argocd-cm/argocd-rbac-cm) updating every ConfigMap",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "argocd");
            roleFor(
                r,
                "argocd-cm-writer",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] }],
                GITOPS,
                "argocd",
            );
            entry(r, "ops-argocd-cm", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /argocd-cm-writer/,
    },
    // Round 68 neighbour: a pattern scope that takes in Argo CD's declared namespace reads argocd-secret there.
    {
        name: "AmazonEKSSecretReaderPolicy scoped to git* with Argo CD's configuration declared in gitops",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            entry(r, "ops-gitstar", OPS_ROLE);
            association(r, "ops-gitstar", OPS_ROLE, "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["git*"],
            });
        },
        refused: /ops-gitstar/,
    },
    // Round 68 neighbour: an argocd-secret declared where no namespace is known (neither metadata.namespace nor the
    // provider's: the kubeconfig context's) may be any namespace's, so every-Secret readers anywhere read it.
    {
        name: "argocd-secret declared without a namespace, a Role in tools reading every Secret",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            k8s(r, "kubernetes:core/v1:Secret", "argocd-secret-unplaced", {
                apiVersion: "v1",
                kind: "Secret",
                metadata: { name: "argocd-secret" },
                stringData: { "admin.enabled": "false" },
            });
            roleFor(
                r,
                "tools-secret-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }],
                GITOPS,
                "tools",
            );
            entry(r, "ops-tools-reader", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /tools-secret-reader/,
    },
];

const secure: StackCase[] = [
    {
        name: "platform-ops in group ops-secret-writers (create Secrets in tools) with AmazonEKSSecretReaderPolicy scoped to tools (no powerful ServiceAccount there)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(r, "ops-tools-create", SECRET_CREATE, OPS_WRITERS, "tools");
            entry(r, "ops-tools", OPS_ROLE, { kubernetesGroups: ["ops-secret-writers"] });
            association(r, "ops-tools", OPS_ROLE, "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["tools"],
            });
        },
    },
    {
        name: "platform-ops in group ops-secret-writers (create Secrets in kube-system), a different role secret-auditor with AmazonEKSSecretReaderPolicy scoped to monitoring",
        stack: "prod",
        edit: r => {
            roleFor(r, "ops-ks-create-only", SECRET_CREATE, OPS_WRITERS, "kube-system");
            entry(r, "ops-writer-only", OPS_ROLE, { kubernetesGroups: ["ops-secret-writers"] });
            entry(r, "auditor", AUDIT_ROLE);
            association(r, "auditor", AUDIT_ROLE, "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["monitoring"],
            });
        },
    },
    {
        name: "Argo CD's read-only configuration (argocd-cm admin disabled, argocd-rbac-cm policy.default role:readonly) declared in gitops",
        stack: "prod",
        edit: r => argoCdConfig(r, "gitops"),
    },
    // Round 68 neighbour: Argo CD declared in gitops does not make other namespaces' ConfigMaps and Secrets its own.
    {
        name: "Argo CD's configuration in gitops, a Role in tools writing every ConfigMap and reading every Secret",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            namespace(r, "tools");
            roleFor(
                r,
                "tools-config",
                [
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] },
                    { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] },
                ],
                GITOPS,
                "tools",
            );
            entry(r, "ops-tools-config", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
    },
];

describeStackCases("red team 67: Kubernetes/EKS API level", insecure, secure);
