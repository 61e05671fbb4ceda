// Red-team round 65 on the Kubernetes/EKS API level (fresh eyes), away from round 64 (built-in ClusterRoles,
// ephemeral containers, nodes/proxy get, MutatingAdmissionPolicies, EKS access policies by their rules): EKS access
// policy associations whose accessScope namespaces use EKS's wildcard names (valid*, val*, kube-*, argo*, *) with
// Edit, Admin, AdminView and SecretReader, RBAC escalate and bind verbs, CSR approval for the kube-apiserver-client
// and kube-apiserver-client-kubelet signers, pods/attach in validators, access entries of type EC2_LINUX and
// HYBRID_LINUX for an outside role (node identities).
// Secure neighbours a platform team writes: AmazonEKSViewPolicy scoped to valid*, AmazonEKSSecretReaderPolicy scoped
// to tools-* (IRSA stack), AmazonEKSAdminViewPolicy scoped to tools and apps-* (pod-identity stack), cert-manager's
// approve ClusterRole (cert-manager.io signers), a read-only ClusterRole for platform-devs.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (3 insecure, 0 secure; all fixed in round 65: namespace lists of Secret grants matched as patterns, inNamespaces/sharedNamespaces): EKS access policy scopes take wildcard namespace names (EKS user guide, "Associate
// access policies with access entries": dev-*), and the pack's power path matches them (namespaceMatches in
// scopeIncludes), but the Secret grants of an association (recordSecretGrants) are compared literally: SecretReader
// scoped to argo* or * reads argocd-secret (Argo CD admin) and scoped to kube-* reads a kube-system controller token
// Secret, all accepted. Dropped, not cases: a ClusterRole writing ValidatingWebhookConfigurations (a declared one
// matching Secret writes is accepted too: DECIDED round 41, onWrites sight of argocd-secret is not counted);
// AmazonEKSEditPolicy scoped to tools-* on the IRSA stack is refused as a namespace without Pod Security (a pattern
// also covers namespaces the stack does not declare: fail closed, not filed).
import { describeStackCases, StackCase } from "./support";
import { aws, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];

const accessPolicy = (r: Parameters<StackCase["edit"]>[0], name: string, policy: string, scope: object) => {
    aws(r, "aws:eks/accessEntry:AccessEntry", name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
    });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${name}-policy`, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: scope,
    });
};

const insecure: StackCase[] = [
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to the namespace pattern valid* (matches validators: creates pods as the signer)",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-valid-edit", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["valid*"] }),
        refused: /ops-valid-edit-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to the namespace pattern valid* (get pods/exec in validators)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-valid-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["valid*"],
            }),
        refused: /ops-valid-adminview-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to the namespace pattern * (every namespace)",
        stack: "prod",
        edit: r => accessPolicy(r, "ops-star-edit", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["*"] }),
        refused: /ops-star-edit-policy/,
    },
    // Was a MISS (fixed in round 65): AmazonEKSSecretReaderPolicy (get/list/watch secrets) scoped to the namespace pattern argo* is accepted on
    // the pod-identity stack, though EKS user guide, "Associate access policies with access entries"
    // (access-policies.adoc): "You can use wildcard characters for a namespace name. For example, if you want to scope
    // an access policy to all namespaces that start with dev-, you can specify dev-* as a namespace name." So argo*
    // covers argocd, and the principal reads argocd-secret (signs an Argo CD admin session: the same association scoped
    // to the literal ["argocd"] is refused in redteam64-api). The cause: the Secret grants of an access policy
    // association (recordSecretGrants, fed by the AccessPolicyAssociation loop in policy-pack/engine/kubernetes.ts)
    // keep accessScope.namespaces as literal names, and their consumers compare literally: token Secret readers
    // `x.namespaces.includes(token.namespace)`, the Argo CD check `x.namespaces.includes(ARGOCD_NAMESPACE)` and
    // actAsArgoCdAdmin `every(n => n === ARGOCD_NAMESPACE)`; only scopeIncludes uses namespaceMatches. Fix: match those
    // namespaces with namespaceMatches (or read a pattern scope as "*" for Secret grants), as the power path already
    // does.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to argo* (pod-identity stack: argocd-secret, an Argo CD admin session)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-argo-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["argo*"],
            }),
        refused: /ops-argo-secrets-policy/,
    },
    // Neighbour of the fix (round 65): a wildcard that ends a name, and one among literal names.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to tools and argocd* (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-argocd-star-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["tools", "argocd*"],
            });
        },
        refused: /ops-argocd-star-secrets-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminPolicy scoped to tools and val* (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-val-admin", "AmazonEKSAdminPolicy", {
                type: "namespace",
                namespaces: ["tools", "val*"],
            });
        },
        refused: /ops-val-admin-policy/,
    },
    // Was a MISS (fixed in round 65): AmazonEKSSecretReaderPolicy scoped to the namespace pattern kube-* is accepted on the prod stack while the
    // stack keeps a legacy token Secret of kube-system/replicaset-controller (which creates pods with any
    // ServiceAccount, the signer's included); EKS user guide, "Associate access policies with access entries"
    // (access-policies.adoc): "You can use wildcard characters for a namespace name. For example, if you want to scope
    // an access policy to all namespaces that start with dev-, you can specify dev-* as a namespace name." So kube-*
    // covers kube-system, and reading the token makes the principal the ReplicaSet controller (the literal
    // ["kube-system"] scope is refused in redteam64-api). The cause: the Secret grants of an access policy association
    // (recordSecretGrants, fed by the AccessPolicyAssociation loop in policy-pack/engine/kubernetes.ts) keep
    // accessScope.namespaces as literal names, and their consumers compare literally: token Secret readers
    // `x.namespaces.includes(token.namespace)`, the Argo CD check `x.namespaces.includes(ARGOCD_NAMESPACE)` and
    // actAsArgoCdAdmin `every(n => n === ARGOCD_NAMESPACE)`; only scopeIncludes uses namespaceMatches. Fix: match those
    // namespaces with namespaceMatches (or read a pattern scope as "*" for Secret grants), as the power path already
    // does.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to kube-* (kube-system), where the stack keeps a token Secret of the ReplicaSet controller",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "rs-controller-token", {
                apiVersion: "v1",
                kind: "Secret",
                type: "kubernetes.io/service-account-token",
                metadata: {
                    name: "rs-controller-token",
                    namespace: "kube-system",
                    annotations: { "kubernetes.io/service-account.name": "replicaset-controller" },
                },
            });
            accessPolicy(r, "ops-kube-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["kube-*"],
            });
        },
        refused: /ops-kube-secrets-policy/,
    },
    // Was a MISS (fixed in round 65): AmazonEKSSecretReaderPolicy with accessScope {type: namespace, namespaces: ["*"]} is accepted on the
    // pod-identity stack; EKS user guide, "Associate access policies with access entries" (access-policies.adoc): "You
    // can use wildcard characters for a namespace name. For example, if you want to scope an access policy to all
    // namespaces that start with dev-, you can specify dev-* as a namespace name." The pattern * covers every
    // namespace, argocd included (argocd-secret: an Argo CD admin session), exactly as the cluster scope does (refused
    // in redteam64-api). The cause: the Secret grants of an access policy association (recordSecretGrants, fed by the
    // AccessPolicyAssociation loop in policy-pack/engine/kubernetes.ts) keep accessScope.namespaces as literal names,
    // and their consumers compare literally: token Secret readers `x.namespaces.includes(token.namespace)`, the Argo CD
    // check `x.namespaces.includes(ARGOCD_NAMESPACE)` and actAsArgoCdAdmin `every(n => n === ARGOCD_NAMESPACE)`; only
    // scopeIncludes uses namespaceMatches. Fix: match those namespaces with namespaceMatches (or read a pattern scope
    // as "*" for Secret grants), as the power path already does.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to the namespace pattern * (pod-identity stack: argocd-secret among them)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-star-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["*"],
            }),
        refused: /ops-star-secrets-policy/,
    },
    {
        name: "a ClusterRole with escalate and bind on clusterroles/roles (grant oneself cluster-admin) for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "escalate-bind",
                [
                    { apiGroups: [RBAC], resources: ["clusterroles", "roles"], verbs: ["escalate", "bind"] },
                    { apiGroups: [RBAC], resources: ["clusterrolebindings", "rolebindings"], verbs: ["create"] },
                ],
                DEVS,
            ),
        refused: /escalate-bind/,
    },
    {
        name: "a ClusterRole creating and approving CSRs for the kube-apiserver-client signer (a client certificate for any user) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "csr-approver",
                [
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests"],
                        verbs: ["create", "get"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests/approval"],
                        verbs: ["update"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["signers"],
                        resourceNames: ["kubernetes.io/kube-apiserver-client"],
                        verbs: ["approve"],
                    },
                ],
                DEVS,
            ),
        refused: /csr-approver/,
    },
    {
        name: "a ClusterRole approving CSRs for the kube-apiserver-client-kubelet signer (a client certificate as any node) for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "kubelet-csr-approver",
                [
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests"],
                        verbs: ["create", "get", "list"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests/approval"],
                        verbs: ["update", "patch"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["signers"],
                        resourceNames: ["kubernetes.io/kube-apiserver-client-kubelet"],
                        verbs: ["approve"],
                    },
                ],
                DEVS,
            ),
        refused: /kubelet-csr-approver/,
    },
    {
        name: "a Role in validators creating pods/attach (attach to the signer container's stdin/tty) for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "attach",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                    { apiGroups: [""], resources: ["pods/attach"], verbs: ["create", "get"] },
                ],
                DEVS,
                "validators",
            ),
        refused: /attach/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to argo* (pod-identity stack: reads argocd-secret)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-argo-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["argo*"],
            }),
        refused: /ops-argo-adminview-policy/,
    },
    {
        name: "an access entry of type EC2_LINUX for the outside role platform-ops (group system:nodes: registers a node the signer pod may land on)",
        stack: "pod-identity",
        edit: r =>
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops-as-node", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "EC2_LINUX",
            }),
        refused: /ops-as-node/,
    },
    {
        name: "an access entry of type HYBRID_LINUX for the outside role platform-ops (a hybrid node identity)",
        stack: "prod",
        edit: r =>
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops-as-hybrid", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "HYBRID_LINUX",
            }),
        refused: /ops-as-hybrid/,
    },
];

const secure: StackCase[] = [
    {
        name: "an access entry for platform-ops with AmazonEKSViewPolicy scoped to the namespace pattern valid* (no Secrets, no exec)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-valid-view", "AmazonEKSViewPolicy", { type: "namespace", namespaces: ["valid*"] }),
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to the namespace pattern tools-* (IRSA stack)",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-tools-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["tools-*"],
            }),
    },
    {
        name: "cert-manager's approve ClusterRole (signers approve for issuers.cert-manager.io/* and clusterissuers.cert-manager.io/*) bound to cert-manager/cert-manager",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "cert-manager-controller-approve:cert-manager-io",
                [
                    {
                        apiGroups: ["cert-manager.io"],
                        resources: ["signers"],
                        verbs: ["approve"],
                        resourceNames: ["issuers.cert-manager.io/*", "clusterissuers.cert-manager.io/*"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "cert-manager", namespace: "cert-manager" }],
            ),
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to tools and apps-* (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            namespace(r, "apps-web");
            accessPolicy(r, "ops-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["tools", "apps-*"],
            });
        },
    },
    {
        name: "a read-only ClusterRole for platform-devs (pods, deployments, events, pods/log; no Secrets)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "devs-read",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods", "events", "services", "configmaps"],
                        verbs: ["get", "list", "watch"],
                    },
                    { apiGroups: ["apps"], resources: ["deployments", "replicasets"], verbs: ["get", "list", "watch"] },
                ],
                DEVS,
            ),
    },
];

describeStackCases("red team 65: Kubernetes/EKS API level", insecure, secure);
