// Red-team round 64 on the Kubernetes/EKS API level (fresh eyes), away from round 63 (controller ClusterRoles,
// controller impersonation, operator CRDs, Vault Secrets Operator): other built-in ClusterRoles bound by a stack
// binding (system:kube-scheduler, system:node, system:kubelet-api-admin), ephemeral containers in validators, kubelet
// exec through GET on nodes/proxy, rights to write MutatingAdmissionPolicies, a declared MutatingAdmissionPolicy
// rewriting validators' pods, EKS's own eks:addon-manager ClusterRole, a RoleBinding in validators to
// system:aggregate-to-edit, an EKS access policy association of AmazonEKSAdminViewPolicy cluster-wide (reads Secrets).
// Secure neighbours a platform team writes: a declared ValidatingAdmissionPolicy with its binding denying privileged
// pods, AmazonEKSViewPolicy for platform-ops cluster-wide, metrics-server's ClusterRole (nodes/metrics), the Secrets
// Store CSI driver's CSIDriver (tokenRequests audience sts.amazonaws.com), AmazonEKSEditPolicy scoped to tools (IRSA
// stack), AmazonEKSAdminViewPolicy and AmazonEKSSecretReaderPolicy scoped to tools (pod-identity stack).
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (0 insecure, 2 secure; fixed in round 64): read-only EKS access policies (AmazonEKSAdminViewPolicy, AmazonEKSSecretReaderPolicy)
// scoped to the restricted namespace tools are refused on the pod-identity stack: accessPolicyPower reads every access
// policy but AmazonEKSViewPolicy as admin of its scope, so they count as writing Services (CVE-2020-8554 path to the
// Pod Identity agent). Dropped, not a case: a ClusterRole writing CSIDrivers (tokenRequests) for platform-devs is
// accepted, rightly: the signer pods mount no CSI volume, so kubelet hands their token to no driver.
import { describeStackCases, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor } from "./variantBuilders";

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
        name: "a ClusterRoleBinding of the built-in system:kube-scheduler (pods/binding create, pods update) to platform-devs",
        stack: "pod-identity",
        edit: r => bind(r, "devs-scheduler", { kind: "ClusterRole", name: "system:kube-scheduler" }, DEVS),
        refused: /devs-scheduler/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:node (reads Secrets of pods on the node, mints their tokens) to platform-devs",
        stack: "prod",
        edit: r => bind(r, "devs-node", { kind: "ClusterRole", name: "system:node" }, DEVS),
        refused: /devs-node/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:kubelet-api-admin (nodes/proxy: exec in any pod) to platform-devs",
        stack: "pod-identity",
        edit: r => bind(r, "devs-kubelet-admin", { kind: "ClusterRole", name: "system:kubelet-api-admin" }, DEVS),
        refused: /devs-kubelet-admin/,
    },
    {
        name: "a Role in validators patching pods/ephemeralcontainers (a debug container in the signer pod) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "ephemeral",
                [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch", "update"] }],
                DEVS,
                "validators",
            ),
        refused: /ephemeral/,
    },
    {
        name: "a ClusterRole with only get on nodes/proxy (kubelet exec over WebSocket is a GET) for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(r, "nodes-proxy-get", [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }], DEVS),
        refused: /nodes-proxy-get/,
    },
    {
        name: "a ClusterRole creating MutatingAdmissionPolicies and their bindings (rewrite signer pods) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "map-writer",
                [
                    {
                        apiGroups: ["admissionregistration.k8s.io"],
                        resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                        verbs: ["create", "update", "patch"],
                    },
                ],
                DEVS,
            ),
        refused: /map-writer/,
    },
    {
        name: "a declared MutatingAdmissionPolicy (bound to validators) replacing the image of every pod",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "swap-image", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "swap-image" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    mutations: [
                        {
                            patchType: "JSONPatch",
                            jsonPatch: {
                                expression:
                                    '[JSONPatch{op: "replace", path: "/spec/containers/0/image", value: "ghcr.io/platform-devs/signer:debug"}]',
                            },
                        },
                    ],
                },
            });
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding",
                "swap-image-binding",
                {
                    apiVersion: "admissionregistration.k8s.io/v1beta1",
                    kind: "MutatingAdmissionPolicyBinding",
                    metadata: { name: "swap-image-binding" },
                    spec: {
                        policyName: "swap-image",
                        matchResources: {
                            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                        },
                    },
                },
            );
        },
        refused: /swap-image/,
    },
    {
        name: "a ClusterRoleBinding of EKS's own eks:addon-manager ClusterRole (not in the stack) to platform-devs",
        stack: "prod",
        edit: r => bind(r, "devs-addon-manager", { kind: "ClusterRole", name: "eks:addon-manager" }, DEVS),
        refused: /devs-addon-manager/,
    },
    {
        name: "a RoleBinding in validators of the built-in system:aggregate-to-edit (creates workloads) to platform-devs",
        stack: "pod-identity",
        edit: r =>
            bind(r, "devs-agg-edit", { kind: "ClusterRole", name: "system:aggregate-to-edit" }, DEVS, "validators"),
        refused: /devs-agg-edit/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy (lists/views every resource, Secrets included) cluster-wide",
        stack: "pod-identity",
        edit: r => accessPolicy(r, "ops-admin-view", "AmazonEKSAdminViewPolicy", { type: "cluster" }),
        refused: /ops-admin-view/,
    },
    // Neighbours of the round 64 fix (EKS access policies judged by their rules, EKS_ACCESS_POLICY_RULES): what the
    // read-only policies still reach, and the Edit policy's Service writes on the pod-identity stack.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy cluster-wide (pod-identity stack: argocd-secret among them)",
        stack: "pod-identity",
        edit: r => accessPolicy(r, "ops-secrets", "AmazonEKSSecretReaderPolicy", { type: "cluster" }),
        refused: /ops-secrets-policy \(EKS access policy AmazonEKSSecretReaderPolicy, scope cluster\)/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to kube-system, where the stack keeps a token Secret of the ReplicaSet controller",
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
            accessPolicy(r, "ops-kube-system-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["kube-system"],
            });
        },
        refused: /rs-controller-token.*ops-kube-system-secrets-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to argocd (argocd-secret: an Argo CD admin session)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-argocd-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["argocd"],
            }),
        refused: /ops-argocd-secrets-policy.*Argo CD/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to validators (get pods/exec: commands in the signer pod)",
        stack: "prod",
        edit: r =>
            accessPolicy(r, "ops-validators-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
        refused: /ops-validators-adminview-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to tools and validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["tools", "validators"],
            });
        },
        refused: /ops-adminview-policy/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to the restricted namespace tools (pod-identity stack: writes Services)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-tools-edit", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["tools"] });
        },
        refused: /ops-tools-edit-policy.*writes services/,
    },
    {
        name: "an access entry for platform-ops with an access policy the pack does not know (AmazonEKSFutureViewPolicy) scoped to tools (pod-identity stack): admin of its scope",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-tools-future", "AmazonEKSFutureViewPolicy", {
                type: "namespace",
                namespaces: ["tools"],
            });
        },
        refused: /ops-tools-future-policy/,
    },
];

const secure: StackCase[] = [
    {
        name: "a declared ValidatingAdmissionPolicy and binding denying privileged containers in every namespace",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "deny-privileged", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "deny-privileged" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "object.spec.containers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || c.securityContext.privileged == false)",
                            message: "privileged containers are not allowed",
                        },
                    ],
                },
            });
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding",
                "deny-privileged-binding",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "ValidatingAdmissionPolicyBinding",
                    metadata: { name: "deny-privileged-binding" },
                    spec: { policyName: "deny-privileged", validationActions: ["Deny"] },
                },
            );
        },
    },
    {
        name: "an access entry for platform-ops with AmazonEKSViewPolicy (no Secrets) cluster-wide",
        stack: "prod",
        edit: r => accessPolicy(r, "ops-view", "AmazonEKSViewPolicy", { type: "cluster" }),
    },
    {
        name: "metrics-server's ClusterRole system:metrics-server (nodes/metrics get, pods/nodes read) bound to kube-system/metrics-server",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "system:metrics-server",
                [
                    { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
                    { apiGroups: [""], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] },
                ],
                [{ kind: "ServiceAccount", name: "metrics-server", namespace: "kube-system" }],
            ),
    },
    {
        name: "the Secrets Store CSI driver's CSIDriver object (tokenRequests audience sts.amazonaws.com for the AWS provider)",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:storage.k8s.io/v1:CSIDriver", "secrets-store-csi", {
                apiVersion: "storage.k8s.io/v1",
                kind: "CSIDriver",
                metadata: { name: "secrets-store.csi.k8s.io" },
                spec: {
                    podInfoOnMount: true,
                    attachRequired: false,
                    volumeLifecycleModes: ["Ephemeral"],
                    tokenRequests: [{ audience: "sts.amazonaws.com" }],
                    requiresRepublish: true,
                },
            }),
    },
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to the restricted namespace tools (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-tools-edit", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["tools"] });
        },
    },
    // Was a MISS (fixed in round 64): on the pod-identity stack, AmazonEKSAdminViewPolicy scoped to the restricted namespace tools is refused as
    // "writes services: kube-proxy ... (CVE-2020-8554), the EKS Pod Identity agent's 169.254.170.23 ... → acts as
    // ServiceAccount validators/containment-chamber". AmazonEKSAdminViewPolicy writes nothing: EKS user guide, "Review
    // access policy permissions" — it grants list/view (get, list, watch) of all resources in its scope, Secrets
    // included, and no create/update/patch/delete (round 54 and 59 already accept it scoped to tools on the IRSA
    // stack "prod"; only the pod-identity stack's Service-write path trips it). Cause: accessPolicyPower
    // (policy-pack/engine/kubernetes.ts) reads every access policy but AmazonEKSViewPolicy as admin of its scope.
    // Fix: judge the read-only access policies (AmazonEKSAdminViewPolicy; AmazonEKSSecretReaderPolicy: get/list/watch
    // secrets) by their read rules in their scope (Secrets of tools are no custody asset), as stack Roles are.
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to the restricted namespace tools (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-tools-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["tools"],
            });
        },
    },
    // Was a MISS (fixed in round 64): same cause as the AmazonEKSAdminViewPolicy case above: AmazonEKSSecretReaderPolicy (EKS user guide,
    // "Review access policy permissions": get, list, watch on secrets only) scoped to the restricted namespace tools
    // on the pod-identity stack is read as admin of tools (accessPolicyPower in policy-pack/engine/kubernetes.ts) and
    // refused as writing Services (the Pod Identity agent hijack path); it writes nothing. Fix: judge it by its rules.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to the restricted namespace tools (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-tools-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["tools"],
            });
        },
    },
    // Neighbours of the round 64 fix (EKS access policies judged by their rules, EKS_ACCESS_POLICY_RULES): reading
    // Secrets of a namespace that holds no custody asset, on the IRSA stack, and several such namespaces.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to the restricted namespace tools (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            accessPolicy(r, "ops-tools-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["tools"],
            });
        },
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to the restricted namespaces tools and apps (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            namespace(r, "apps");
            accessPolicy(r, "ops-adminview", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["tools", "apps"],
            });
        },
    },
    // DECIDED (round 64): AmazonEKSSecretReaderPolicy scoped to validators is judged as a stack Role reading Secrets
    // there is, and accepted as that is (redteam34-secure I1-I3: a legacy token of the signer's ServiceAccount goes
    // to the API server, where that identity holds no RBAC here, and no AWS credential: IRSA and Pod Identity take
    // only projected tokens of the cluster's issuer). Its neighbours with a path (a token Secret of a ServiceAccount
    // with power, argocd-secret, cluster-wide) are refused above.
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy scoped to validators (no token Secret of a ServiceAccount with power there)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-validators-secrets", "AmazonEKSSecretReaderPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
    },
    {
        name: "an access entry for platform-ops with AmazonEKSViewPolicy scoped to validators (no Secrets, no exec)",
        stack: "pod-identity",
        edit: r =>
            accessPolicy(r, "ops-validators-view", "AmazonEKSViewPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
    },
];

describeStackCases("red team 64: Kubernetes/EKS API level", insecure, secure);
