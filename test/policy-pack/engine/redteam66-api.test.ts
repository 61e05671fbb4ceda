// Red-team round 66 on the Kubernetes/EKS API level (fresh eyes), on round 65's fix (EKS access-scope namespace
// patterns in Secret grants: inNamespaces, sharedNamespaces/namespaceOverlap): the other paths that take an access
// scope's namespaces. Probed: Secret create (RBAC, a literal namespace or cluster-wide) paired with
// AmazonEKSSecretReaderPolicy scoped to a pattern (kube-*, kube-sys*) through an access entry's kubernetesGroups (the
// mint pair: a token Secret for kube-system's controllers); powers read per scope namespace (powerOf `where`: the
// aws-auth ConfigMap write and Argo CD's own configuration are `onlyIn` one literal namespace) for AmazonEKSEditPolicy
// and AmazonEKSAdminPolicy scoped to argo*, kube-*; AmazonEKSAdminViewPolicy scoped to kube-*; SecretReader scoped
// to * with a legacy token Secret of kube-system/daemon-set-controller; an access policy the pack does not know
// (AmazonEKSNetworkingPolicy) scoped to valid*.
// Secure neighbours a platform team writes: AmazonEKSViewPolicy scoped to kube-* (no Secrets, no exec),
// SecretReader scoped to tools-* beside an RBAC Secret create in apps (no shared namespace), SecretReader scoped to
// monitoring* on the pod-identity stack, AdminView scoped to tools and apps-* on the IRSA stack.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (2 insecure, 0 secure): an EKS access policy's Secret grants never pair with the principal's RBAC grants.
// AmazonEKSSecretReaderPolicy scoped to kube-* (or kube-sys*; the literal kube-system too) for an access entry whose
// kubernetesGroups are bound to Secret create in kube-system (RoleBinding) or everywhere (ClusterRoleBinding) is
// accepted: create a legacy token Secret for a kube-system controller and read it (MINTED_TOKEN_WHY). The access-policy
// grant subjects carry no `key`, and secretPairs/pairSecrets pair keyed subjects only. Round 66's pattern fix holds
// elsewhere: token Secret readers, Argo CD, the power path (kube-*, kube-s*, argo*, *) all refuse; no secure misses.
import { describeStackCases, StackCase } from "./support";
import { aws, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

const accessPolicy = (
    r: Parameters<StackCase["edit"]>[0],
    name: string,
    policy: string,
    scope: object,
    kubernetesGroups?: string[],
) => {
    aws(r, ENTRY, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
        ...(kubernetesGroups ? { kubernetesGroups } : {}),
    });
    aws(r, ASSOCIATION, `${name}-policy`, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: scope,
    });
};

const tokenSecret = (r: Parameters<StackCase["edit"]>[0], name: string, sa: string) =>
    k8s(r, "kubernetes:core/v1:Secret", name, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, namespace: "kube-system", annotations: { "kubernetes.io/service-account.name": sa } },
    });

const SECRET_CREATE = [{ apiGroups: [""], resources: ["secrets"], verbs: ["create"] }];
const OPS_WRITERS = [{ kind: "Group", apiGroup: RBAC, name: "ops-secret-writers" }];

const insecure: StackCase[] = [
    // Was a MISS (fixed in round 67): an access entry for platform-ops with kubernetesGroups [ops-secret-writers], a RoleBinding in kube-system
    // letting that group create Secrets, and AmazonEKSSecretReaderPolicy scoped to the pattern kube-* (EKS user guide,
    // "Associate access policies with access entries": dev-* scopes every namespace starting with dev-) are accepted on
    // the prod stack. kube-* covers kube-system, so the principal may create Secrets in kube-system (RBAC, its group) and
    // the principal reads every Secret there. Creating a Secret of type kubernetes.io/service-account-token annotated
    // kubernetes.io/service-account.name: <a kube-system controller, e.g. replicaset-controller> makes the control plane
    // fill it with a non-expiring token of that ServiceAccount (Kubernetes "Configure Service Accounts for Pods",
    // "Manually create an API token for a ServiceAccount"), which the principal then reads: it becomes the ReplicaSet
    // controller (creates pods with any ServiceAccount, the signer's included), the pack's own MINTED_TOKEN_WHY. EKS
    // CreateAccessEntry API, kubernetesGroups: "If you associate any access policies, the principalARN has all
    // permissions assigned in the associated access policies and all permissions in any Kubernetes Role or ClusterRole
    // objects that the group names are bound to", so one principal holds both halves. Not the pattern: the literal
    // scope ["kube-system"] is accepted too (checked). The cause: the Secret grants of an access policy association
    // (the loop feeding recordSecretGrants near "EKS access policy associations whose policy is known by its rules" in
    // policy-pack/engine/kubernetes.ts) build their subject as `{ actor, label }` without `key`, and secretPairs'
    // `by()`/`oneRequest()` and pairSecrets' secretHolders take only subjects with a key, so an access policy's Secret
    // read (or create/delete) never pairs with anything. Fix: give the subject the key of the principal's own user
    // identity (or pair by nodeKey(actor) for access-policy grants), so its grants pair with the RBAC grants of the
    // access entry's kubernetesGroups/userName the principal holds (and with sharedNamespaces for the pattern).
    {
        name: "platform-ops in group ops-secret-writers (create Secrets in kube-system by a RoleBinding) with AmazonEKSSecretReaderPolicy scoped to kube-* (mints a token Secret of a kube-system controller and reads it)",
        stack: "prod",
        edit: r => {
            roleFor(r, "ops-secret-create", SECRET_CREATE, OPS_WRITERS, "kube-system");
            accessPolicy(
                r,
                "ops-kube-mint",
                "AmazonEKSSecretReaderPolicy",
                { type: "namespace", namespaces: ["kube-*"] },
                ["ops-secret-writers"],
            );
        },
        refused: /ops-kube-mint|ops-secret-create/,
    },
    // Was a MISS (fixed in round 67): an access entry for platform-ops with kubernetesGroups [ops-secret-writers], a ClusterRoleBinding letting
    // that group create Secrets in every namespace, and AmazonEKSSecretReaderPolicy scoped to the pattern kube-sys*
    // (EKS user guide, "Associate access policies with access entries": dev-* scopes every namespace starting with dev-)
    // are accepted on the pod-identity stack. kube-sys* covers kube-system, so the principal may create Secrets there and
    // the principal reads every Secret there. Creating a Secret of type kubernetes.io/service-account-token annotated
    // kubernetes.io/service-account.name: <a kube-system controller, e.g. replicaset-controller> makes the control plane
    // fill it with a non-expiring token of that ServiceAccount (Kubernetes "Configure Service Accounts for Pods",
    // "Manually create an API token for a ServiceAccount"), which the principal then reads: it becomes the ReplicaSet
    // controller (creates pods with any ServiceAccount, the signer's included), the pack's own MINTED_TOKEN_WHY. EKS
    // CreateAccessEntry API, kubernetesGroups: "If you associate any access policies, the principalARN has all
    // permissions assigned in the associated access policies and all permissions in any Kubernetes Role or ClusterRole
    // objects that the group names are bound to", so one principal holds both halves. Not the pattern: the literal
    // scope ["kube-system"] is accepted too (checked). The cause: the Secret grants of an access policy association
    // (the loop feeding recordSecretGrants near "EKS access policy associations whose policy is known by its rules" in
    // policy-pack/engine/kubernetes.ts) build their subject as `{ actor, label }` without `key`, and secretPairs'
    // `by()`/`oneRequest()` and pairSecrets' secretHolders take only subjects with a key, so an access policy's Secret
    // read (or create/delete) never pairs with anything. Fix: give the subject the key of the principal's own user
    // identity (or pair by nodeKey(actor) for access-policy grants), so its grants pair with the RBAC grants of the
    // access entry's kubernetesGroups/userName the principal holds (and with sharedNamespaces for the pattern).
    {
        name: "platform-ops in group ops-secret-writers (create Secrets cluster-wide) with AmazonEKSSecretReaderPolicy scoped to kube-sys* (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            roleFor(r, "ops-secret-create-all", SECRET_CREATE, OPS_WRITERS);
            accessPolicy(
                r,
                "ops-kubesys-mint",
                "AmazonEKSSecretReaderPolicy",
                { type: "namespace", namespaces: ["kube-sys*"] },
                ["ops-secret-writers"],
            );
        },
        refused: /ops-kubesys-mint|ops-secret-create-all/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to kube-sys* where the stack keeps a token Secret of the ReplicaSet controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-token", "replicaset-controller");
            accessPolicy(r, "ops-kubesys-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["kube-sys*"],
            });
        },
        refused: /ops-kubesys-secrets-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to * where the stack keeps a token Secret of the DaemonSet controller (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r, "ds-token", "daemon-set-controller");
            accessPolicy(r, "ops-star-ds-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["*"],
            });
        },
        refused: /ops-star-ds-secrets-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to argo* (pod-identity stack: writes argocd-secret, creates pods as Argo CD's controller)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-argo-edit", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["argo*"] }),
        refused: /ops-argo-edit-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminPolicy scoped to kube-* (prod stack: aws-auth, the controllers' ServiceAccounts)",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-kube-admin", "AmazonEKSAdminPolicy", { type: "namespace", namespaces: ["kube-*"] }),
        refused: /ops-kube-admin-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to kube-s* (prod stack: writes aws-auth in kube-system)",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-kubes-edit", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["kube-s*"] }),
        refused: /ops-kubes-edit-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to kube-* (get pods/exec and Secrets in kube-system)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-kube-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["kube-*"],
            }),
        refused: /ops-kube-adminview-policy/,
    },
    {
        name: "an access entry for platform-ops with an access policy the pack does not know (AmazonEKSNetworkingPolicy) scoped to valid*",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-valid-networking", "AmazonEKSNetworkingPolicy", {
                type: "namespace",
                namespaces: ["valid*"],
            }),
        refused: /ops-valid-networking-policy/,
    },
];

const secure: StackCase[] = [
    {
        name: "an access entry for platform-ops with AmazonEKSViewPolicy scoped to kube-* (no Secrets, no exec)",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-kube-view", "AmazonEKSViewPolicy", { type: "namespace", namespaces: ["kube-*"] }),
    },
    {
        name: "platform-ops in group ops-secret-writers (create Secrets in apps) with AmazonEKSSecretReaderPolicy scoped to tools-* (no shared namespace)",
        stack: "prod",
        edit: r => {
            namespace(r, "apps");
            roleFor(r, "ops-apps-secret-create", SECRET_CREATE, OPS_WRITERS, "apps");
            accessPolicy(
                r,
                "ops-tools-reader",
                "AmazonEKSSecretReaderPolicy",
                { type: "namespace", namespaces: ["tools-*"] },
                ["ops-secret-writers"],
            );
        },
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to monitoring* (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-monitoring-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["monitoring*"],
            }),
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to tools and apps-* (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-irsa-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["tools", "apps-*"],
            });
        },
    },
];

describeStackCases("red team 66: Kubernetes/EKS API level", insecure, secure);
