// Red-team round 60 on the Kubernetes/EKS API level (fresh eyes), away from rounds 56-59 (aggregation labels, kubelet
// API, CSR signers, named patches, access entry types, PersistentVolumes, APIServices): admission webhooks as a path
// into the signer's pod (a MutatingWebhookConfiguration on pods or StatefulSets served by an outside URL or from a
// namespace platform-devs deploy to, or selecting validators by kubernetes.io/metadata.name; one on every namespaced
// kind of tools only, beside a stack RoleBinding there; MutatingAdmissionPolicy create); EKS access policy scopes on kube-system (its controller ServiceAccounts, e.g.
// replicaset-controller, create pods with any ServiceAccount: bootstrappolicy controller_policy.go); `bind` limited by
// resourceNames to edit; `system:` groups (system:serviceaccounts, system:authenticated, and
// system:serviceaccounts:validators reached through aws-auth, an access entry or another ServiceAccount's token);
// pods/exec limited by resourceNames bound cluster-wide.
// Secure neighbours a platform team writes: a ValidatingAdmissionPolicy pinning the signer's ServiceAccount to
// validators, Gatekeeper's validating webhook, a mutating webhook whose namespaceSelector names tools by
// kubernetes.io/metadata.name (set by the control plane), RoleBinding delegation with `bind` limited to view (in tools
// and cluster-wide), a projected token with audience vault in tools, AmazonEKSEditPolicy scoped to tools, CSIDriver
// management (tokenRequests reach only drivers of volumes a pod mounts: KEP-1855; the signer mounts none), ServiceAccount
// patches in tools under IRSA, view for system:authenticated in validators and for system:serviceaccounts:validators in
// tools, validators/default's token, a new ServiceAccount's token in validators, a RoleBinding in tools to a
// ClusterRole with named pods/exec.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses: none (0 insecure, 0 secure). Dropped, not a case: aws-auth mapping platform-ops into group
// system:bootstrappers is accepted; Kubernetes binds nothing to that group by default (system:node-bootstrapper is
// "not bound to any users by default", kubernetes/kubernetes#40760) and EKS nodes authenticate through IAM, not TLS
// bootstrap; we found no EKS binding auto-approving node client certificates (system:node:<name>) for that group.
// Note: the system:serviceaccounts:validators cases are refused already for the group Role alone (validators/default is in that group), so they guard
// the outcome, not the aws-auth or access-entry group reading.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bind, k8s, namespace, rbacRole, roleFor, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

/** An EKS access entry for platform-ops and one access policy association of it. */
function opsPolicy(r: Resources, name: string, policy: string, accessScope: object): void {
    aws(r, ENTRY, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
        kubernetesGroups: [],
    });
    aws(r, ASSOCIATION, `${name}-policy`, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}

/** A stack MutatingWebhookConfiguration on pod creation calling this client config. */
function podWebhook(r: Resources, name: string, clientConfig: object, extra: object = {}): void {
    k8s(r, `kubernetes:${ADM}/v1:MutatingWebhookConfiguration`, name, {
        apiVersion: `${ADM}/v1`,
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig,
                rules: [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["pods"],
                        scope: "Namespaced",
                    },
                ],
                ...extra,
            },
        ],
    });
}

/** A Role in validators letting every ServiceAccount of validators mint the signer's token. */
function groupToken(r: Resources): void {
    roleFor(
        r,
        "validators-self-token",
        [
            {
                apiGroups: [""],
                resources: ["serviceaccounts/token"],
                verbs: ["create"],
                resourceNames: ["containment-chamber"],
            },
        ],
        [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:validators" }],
        "validators",
    );
}

const insecure: StackCase[] = [
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to kube-system (controller ServiceAccounts there create pods anywhere)",
        stack: "prod",
        edit: r =>
            opsPolicy(r, "ops-edit-ks", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["kube-system"] }),
        refused: /platform-ops|ops-edit-ks/,
    },
    {
        name: "a RoleBinding in kube-system to built-in edit for platform-devs (runs pods as kube-system's controller ServiceAccounts)",
        stack: "pod-identity",
        edit: r => bind(r, "devs-ks-edit", { kind: "ClusterRole", name: "edit" }, DEVS, "kube-system"),
        refused: /devs-ks-edit/,
    },
    {
        name: "a MutatingWebhookConfiguration on pod CREATE in every namespace calling an outside URL",
        stack: "pod-identity",
        edit: r => podWebhook(r, "pod-defaults", { url: "https://hooks.platform-devs.example.com/mutate" }),
        refused: /pod-defaults/,
    },
    {
        name: "a MutatingWebhookConfiguration on pod CREATE in every namespace served from tools, where platform-devs deploy",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            podWebhook(r, "pod-defaults", { service: { namespace: "tools", name: "defaulter", path: "/mutate" } });
            roleFor(
                r,
                "tools-edit",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "patch"] }],
                DEVS,
                "tools",
            );
        },
        refused: /pod-defaults/,
    },
    {
        name: "a ClusterRole creating RoleBindings anywhere with `bind` limited by resourceNames to edit, bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "rb-delegate",
                [
                    { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
                    { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["edit"] },
                ],
                DEVS,
            ),
        refused: /rb-delegate/,
    },
    {
        name: "a Role in kube-system minting the token of replicaset-controller by name, bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "rs-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["replicaset-controller"],
                    },
                ],
                DEVS,
                "kube-system",
            ),
        refused: /rs-token/,
    },
    {
        name: "a ClusterRole creating MutatingAdmissionPolicies and their bindings, bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "vap-admin",
                [
                    {
                        apiGroups: [ADM],
                        resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                        verbs: ["create"],
                    },
                ],
                DEVS,
            ),
        refused: /vap-admin/,
    },
    {
        name: "a MutatingWebhookConfiguration on apps StatefulSet CREATE/UPDATE calling an outside URL (the signer's pod template)",
        stack: "pod-identity",
        edit: r =>
            k8s(r, `kubernetes:${ADM}/v1:MutatingWebhookConfiguration`, "sts-defaults", {
                apiVersion: `${ADM}/v1`,
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "sts-defaults" },
                webhooks: [
                    {
                        name: "sts-defaults.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://hooks.platform-devs.example.com/sts" },
                        rules: [
                            {
                                apiGroups: ["apps"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["statefulsets"],
                            },
                        ],
                    },
                ],
            }),
        refused: /sts-defaults/,
    },
    {
        name: "a RoleBinding in validators to edit for group system:serviceaccounts (every ServiceAccount of the cluster)",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "all-sa-edit",
                { kind: "ClusterRole", name: "edit" },
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts" }],
                "validators",
            ),
        refused: /all-sa-edit/,
    },
    {
        name: "a Role in validators minting any ServiceAccount token for group system:authenticated",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "authd-token",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "system:authenticated" }],
                "validators",
            ),
        refused: /authd-token/,
    },
    {
        name: "aws-auth mapping platform-ops into group system:serviceaccounts:validators, which may mint the signer's token",
        stack: "pod-identity",
        edit: r => {
            groupToken(r);
            k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth-sa-group", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles: `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:serviceaccounts:validators\n`,
                },
            });
        },
        refused: /aws-auth|platform-ops|validators-self-token/,
    },
    {
        name: "platform-devs minting validators/default's token, whose group system:serviceaccounts:validators may mint the signer's",
        stack: "pod-identity",
        edit: r => {
            groupToken(r);
            roleFor(
                r,
                "default-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["default"],
                    },
                ],
                DEVS,
                "validators",
            );
        },
        refused: /default-token|validators-self-token/,
    },
    {
        name: "an access entry putting platform-ops in group system:serviceaccounts:validators, which may mint the signer's token",
        stack: "prod",
        edit: r => {
            groupToken(r);
            aws(r, ENTRY, "ops-sa-group", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: ["system:serviceaccounts:validators"],
            });
        },
        refused: /ops-sa-group|platform-ops|validators-self-token/,
    },
    {
        name: "a MutatingWebhookConfiguration on every namespaced kind (*/*) of tools only, served from tools, beside a stack RoleBinding in tools",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            bind(r, "devs-view-tools", { kind: "ClusterRole", name: "view" }, DEVS, "tools");
            k8s(r, `kubernetes:${ADM}/v1:MutatingWebhookConfiguration`, "tools-everything", {
                apiVersion: `${ADM}/v1`,
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "tools-everything" },
                webhooks: [
                    {
                        name: "tools-everything.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { namespace: "tools", name: "defaulter", path: "/mutate" } },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "tools" } },
                        rules: [
                            {
                                apiGroups: ["*"],
                                apiVersions: ["*"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["*"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            });
        },
        refused: /tools-everything/,
    },
    {
        name: "a ClusterRole with pods/exec limited by resourceNames to containment-chamber-0, bound cluster-wide to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "exec-named",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods/exec"],
                        verbs: ["get", "create"],
                        resourceNames: ["containment-chamber-0"],
                    },
                ],
                DEVS,
            ),
        refused: /exec-named/,
    },
    {
        name: "a MutatingWebhookConfiguration on pod CREATE served from tools, its namespaceSelector naming validators",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            podWebhook(
                r,
                "validators-defaults",
                { service: { namespace: "tools", name: "defaulter", path: "/mutate" } },
                { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } } },
            );
        },
        refused: /validators-defaults/,
    },
];

const secure: StackCase[] = [
    {
        name: "a ValidatingAdmissionPolicy (Deny) keeping serviceAccountName containment-chamber to validators",
        stack: "pod-identity",
        edit: r => {
            k8s(r, `kubernetes:${ADM}/v1:ValidatingAdmissionPolicy`, "signer-sa-only", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "signer-sa-only" },
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
                                "object.spec.serviceAccountName != 'containment-chamber' || namespaceObject.metadata.name == 'validators'",
                        },
                    ],
                },
            });
            k8s(r, `kubernetes:${ADM}/v1:ValidatingAdmissionPolicyBinding`, "signer-sa-only-binding", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "signer-sa-only-binding" },
                spec: { policyName: "signer-sa-only", validationActions: ["Deny"] },
            });
        },
    },
    {
        name: "a Role in tools creating RoleBindings with `bind` limited by resourceNames to view (namespace delegation)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-delegate",
                [
                    { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create", "get", "list", "delete"] },
                    { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["view"] },
                ],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a ClusterRole creating RoleBindings anywhere with `bind` limited by resourceNames to view",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "view-delegate",
                [
                    { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
                    { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["view"] },
                ],
                DEVS,
            ),
    },
    {
        name: "a restricted Deployment in tools projecting its own ServiceAccount's token with audience vault",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            serviceAccount(r, "tools", "reporter");
            k8s(r, "kubernetes:apps/v1:Deployment", "reporter", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "reporter", namespace: "tools" },
                spec: {
                    selector: { matchLabels: { app: "reporter" } },
                    template: {
                        metadata: { labels: { app: "reporter" } },
                        spec: {
                            serviceAccountName: "reporter",
                            automountServiceAccountToken: false,
                            securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                            containers: [
                                {
                                    name: "reporter",
                                    image:
                                        "111111111111.dkr.ecr.eu-west-1.amazonaws.com/reporter@sha256:" +
                                        "a".repeat(64),
                                    securityContext: {
                                        allowPrivilegeEscalation: false,
                                        capabilities: { drop: ["ALL"] },
                                    },
                                    volumeMounts: [
                                        { name: "vault-token", mountPath: "/var/run/secrets/vault", readOnly: true },
                                    ],
                                },
                            ],
                            volumes: [
                                {
                                    name: "vault-token",
                                    projected: {
                                        sources: [
                                            {
                                                serviceAccountToken: {
                                                    audience: "vault",
                                                    expirationSeconds: 600,
                                                    path: "token",
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
    {
        name: "an access entry for platform-ops with AmazonEKSEditPolicy scoped to tools (restricted)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            opsPolicy(r, "ops-edit-tools", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["tools"] });
        },
    },
    {
        name: "a ClusterRole reading CSIDrivers, CSINodes and StorageClasses, bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "csi-read",
                [
                    {
                        apiGroups: ["storage.k8s.io"],
                        resources: ["csidrivers", "csinodes", "storageclasses"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
                DEVS,
            ),
    },
    {
        name: "a MutatingWebhookConfiguration on pod CREATE served from tools, its namespaceSelector kubernetes.io/metadata.name In [tools]",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            podWebhook(
                r,
                "tools-defaults",
                { service: { namespace: "tools", name: "defaulter", path: "/mutate" } },
                {
                    namespaceSelector: {
                        matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: ["tools"] }],
                    },
                },
            );
        },
    },
    {
        name: "Gatekeeper's ValidatingWebhookConfiguration on pod CREATE/UPDATE (gatekeeper-system service)",
        stack: "pod-identity",
        edit: r =>
            k8s(r, `kubernetes:${ADM}/v1:ValidatingWebhookConfiguration`, "pod-policy", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "pod-policy" },
                webhooks: [
                    {
                        name: "validation.gatekeeper.sh",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        clientConfig: {
                            service: {
                                namespace: "gatekeeper-system",
                                name: "gatekeeper-webhook-service",
                                path: "/v1/admit",
                            },
                        },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                ],
            }),
    },
    {
        name: "a Role in tools creating and patching ServiceAccounts (IRSA annotations) for platform-devs",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-sa",
                [{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get", "create", "patch"] }],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a RoleBinding in tools to view for group system:serviceaccounts:validators",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            bind(
                r,
                "validators-view-tools",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:validators" }],
                "tools",
            );
        },
    },
    {
        name: "a RoleBinding in validators to view for group system:authenticated",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "authd-view",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "Group", apiGroup: RBAC, name: "system:authenticated" }],
                "validators",
            ),
    },
    {
        name: "a Role in validators minting validators/default's token by name (no Pod Identity association, no RBAC)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "default-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["default"],
                    },
                ],
                DEVS,
                "validators",
            ),
    },
    {
        name: "a Role in validators creating ServiceAccounts and minting ci-runner's token by name",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "ci-sa",
                [
                    { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["create"] },
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["ci-runner"],
                    },
                ],
                DEVS,
                "validators",
            ),
    },
    {
        name: "a storage team's ClusterRole managing CSIDriver objects (the signer mounts no CSI volume)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "csi-admin",
                [
                    {
                        apiGroups: ["storage.k8s.io"],
                        resources: ["csidrivers"],
                        verbs: ["get", "create", "patch", "update"],
                    },
                ],
                DEVS,
            ),
    },
    {
        name: "a RoleBinding in tools to a ClusterRole with pods/exec limited to containment-chamber-0 (a tools pod of that name)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            rbacRole(r, "exec-named", [
                {
                    apiGroups: [""],
                    resources: ["pods/exec"],
                    verbs: ["get", "create"],
                    resourceNames: ["containment-chamber-0"],
                },
            ]);
            bind(r, "devs-exec-tools", { kind: "ClusterRole", name: "exec-named" }, DEVS, "tools");
        },
    },
];

describeStackCases("red team 60: Kubernetes/EKS API level", insecure, secure);
