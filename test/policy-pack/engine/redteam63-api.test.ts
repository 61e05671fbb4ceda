// Red-team round 63 on the Kubernetes/EKS API level (fresh eyes), away from rounds 55-61 (aggregation labels, kubelet
// API, CSR signers, named patches, access entry types, webhooks, job/statefulset/aggregation controller ClusterRoles,
// KubeRay, Helm): other built-in controllers' ClusterRoles bound by a stack binding (root-ca-cert-publisher updates
// every ConfigMap, aws-auth included; generic-garbage-collector patches every object; namespace-controller reads every
// object, Secrets included; system:persistent-volume-provisioner creates PersistentVolumes: kubernetes/kubernetes
// plugin/pkg/auth/authorizer/rbac/bootstrappolicy controller_policy.go, policy.go), impersonation of and token minting
// for kube-controller-manager's per-controller ServiceAccounts through a Role in kube-system, impersonation of the user
// system:kube-controller-manager, pod-creating custom resources of popular operators in validators (OpenKruise
// CloneSets, Knative Services, KEDA ScaledJobs, Tekton TaskRuns, LeaderWorkerSets), a namespace patch by name that
// can relabel the restricted namespace's Pod Security level, an EKS access policy association of AmazonEMRJobPolicy
// scoped to validators, a declared Vault Secrets Operator VaultAuth/VaultConnection.
// Secure neighbours a platform team writes: EKS's own self-managed kube-proxy binding (eks:kube-proxy to built-in
// system:node-proxier for kube-system/kube-proxy), Knative Services, Tekton runs and KEDA ScaledJobs in the restricted
// namespace tools (IRSA stack), a support bot impersonating only a group bound to view, the built-in
// system:service-account-issuer-discovery for system:unauthenticated.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Regression guards (refused): the controller ClusterRoles above, kube-system controller impersonation and tokens, the
// kube-controller-manager user, CloneSets/Knative/KEDA/Tekton/LeaderWorkerSets in validators, the tools namespace
// patch, AmazonEMRJobPolicy scoped to validators, a declared Vault Secrets Operator VaultAuth sending containment-
// chamber's token (audience sts.amazonaws.com) to an outside Vault address.
//
// Misses (0 insecure, 1 secure; fixed in round 63): EKS's kube-proxy binding (eks:kube-proxy → built-in system:node-proxier for
// kube-system/kube-proxy) is refused: system:node-proxier's fixed bootstrap rules (read Services/Endpoints/
// EndpointSlices/nodes, write events) are not known, so it is read as any unreadable outside ClusterRole.
// Dropped, not a case: a tools reporter's Pod Identity association chaining (targetRoleArn) to a CloudWatch-read
// target role is refused because the chain role's sts:AssumeRole reaches another identity; README "An identity of no
// workload passes when its grants reach ... no other identity" documents that (extend the model to allow it).
import { describeStackCases, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];

const insecure: StackCase[] = [
    {
        name: "a ClusterRoleBinding of the built-in system:controller:root-ca-cert-publisher (create/update every ConfigMap, aws-auth included) to platform-devs",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "devs-ca-publisher",
                { kind: "ClusterRole", name: "system:controller:root-ca-cert-publisher" },
                DEVS,
            ),
        refused: /devs-ca-publisher/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:controller:generic-garbage-collector (patch every object) to platform-devs",
        stack: "prod",
        edit: r =>
            bind(r, "devs-gc", { kind: "ClusterRole", name: "system:controller:generic-garbage-collector" }, DEVS),
        refused: /devs-gc/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:controller:namespace-controller (get every object, Secrets included) to platform-devs",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "devs-ns-controller",
                { kind: "ClusterRole", name: "system:controller:namespace-controller" },
                DEVS,
            ),
        refused: /devs-ns-controller/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:persistent-volume-provisioner to platform-devs, who admin tools (IRSA stack: a hostPath PV)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bind(r, "devs-tools-admin", { kind: "ClusterRole", name: "admin" }, DEVS, "tools");
            bind(r, "devs-pv-provisioner", { kind: "ClusterRole", name: "system:persistent-volume-provisioner" }, DEVS);
        },
        refused: /devs-pv-provisioner/,
    },
    {
        name: "a Role in kube-system impersonating the ServiceAccount replicaset-controller (creates pods with any ServiceAccount) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "impersonate-rs-controller",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["replicaset-controller"],
                    },
                ],
                DEVS,
                "kube-system",
            ),
        refused: /impersonate-rs-controller/,
    },
    {
        name: "a Role in kube-system minting tokens of the ServiceAccount daemon-set-controller for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "ds-controller-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["daemon-set-controller"],
                    },
                ],
                DEVS,
                "kube-system",
            ),
        refused: /ds-controller-token/,
    },
    {
        name: "a ClusterRole impersonating the user system:kube-controller-manager (mints any ServiceAccount's token) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "impersonate-kcm",
                [
                    {
                        apiGroups: [""],
                        resources: ["users"],
                        verbs: ["impersonate"],
                        resourceNames: ["system:kube-controller-manager"],
                    },
                ],
                DEVS,
            ),
        refused: /impersonate-kcm/,
    },
    {
        name: "a Role in validators creating OpenKruise CloneSets (pods with any ServiceAccount of validators) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "clonesets",
                [{ apiGroups: ["apps.kruise.io"], resources: ["clonesets"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /clonesets/,
    },
    {
        name: "a Role in validators creating Knative Services (revision pods as any ServiceAccount of validators) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "knative",
                [{ apiGroups: ["serving.knative.dev"], resources: ["services"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /knative/,
    },
    {
        name: "a Role in validators creating KEDA ScaledJobs for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "scaledjobs",
                [{ apiGroups: ["keda.sh"], resources: ["scaledjobs"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /scaledjobs/,
    },
    {
        name: "a Role in validators creating Tekton TaskRuns (serviceAccountName containment-chamber) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "taskruns",
                [{ apiGroups: ["tekton.dev"], resources: ["taskruns"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /taskruns/,
    },
    {
        name: "a Role in validators creating LeaderWorkerSets (pod templates with any ServiceAccount) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "lws",
                [{ apiGroups: ["leaderworkerset.x-k8s.io"], resources: ["leaderworkersets"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /lws/,
    },
    {
        name: "a ClusterRole patching the namespace tools by name (its pod-security labels) for platform-devs, who admin tools (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bind(r, "devs-tools-admin", { kind: "ClusterRole", name: "admin" }, DEVS, "tools");
            roleFor(
                r,
                "tools-ns-patch",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"], resourceNames: ["tools"] }],
                DEVS,
            );
        },
        refused: /tools-ns-patch/,
    },
    {
        name: "an access entry for platform-ops with AmazonEMRJobPolicy (EMR on EKS job runs: creates pods) scoped to validators",
        stack: "pod-identity",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops-emr", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ops-emr-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEMRJobPolicy",
                accessScope: { type: "namespace", namespaces: ["validators"] },
            });
        },
        refused: /ops-emr/,
    },
    {
        name: "a declared Vault Secrets Operator VaultAuth in validators minting containment-chamber's token (audience sts.amazonaws.com) for an outside Vault address (IRSA stack)",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:secrets.hashicorp.com/v1beta1:VaultConnection", "ext-vault", {
                apiVersion: "secrets.hashicorp.com/v1beta1",
                kind: "VaultConnection",
                metadata: { name: "ext-vault", namespace: "validators" },
                spec: { address: "https://vault.platform-devs.example.com:8200" },
            });
            k8s(r, "kubernetes:secrets.hashicorp.com/v1beta1:VaultAuth", "signer-vault-auth", {
                apiVersion: "secrets.hashicorp.com/v1beta1",
                kind: "VaultAuth",
                metadata: { name: "signer-vault-auth", namespace: "validators" },
                spec: {
                    vaultConnectionRef: "ext-vault",
                    method: "kubernetes",
                    mount: "kubernetes",
                    kubernetes: {
                        role: "signer",
                        serviceAccount: "containment-chamber",
                        audiences: ["sts.amazonaws.com"],
                    },
                },
            });
        },
        refused: /signer-vault-auth|ext-vault/,
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 63): the built-in ClusterRole system:node-proxier is read as "not in this stack: its rules cannot be read", so
    // EKS's own kube-proxy binding is refused (as writing Services, creating and reading Secrets in kube-system, argocd,
    // flux-system...). Its rules are fixed by the Kubernetes bootstrap policy (kubernetes/kubernetes plugin/pkg/auth/
    // authorizer/rbac/bootstrappolicy policy.go NodeProxierRole; "Using RBAC Authorization", "Core component roles":
    // system:node-proxier "Allows access to the resources required by the kube-proxy component"): list/watch
    // services, endpoints and discovery.k8s.io endpointslices (servicecidrs in newer releases), get (list/watch) nodes,
    // create/patch/update events; read-only plus events, no workload, Secret or token. EKS's kube-proxy manifest (the
    // kube-proxy add-on / self-managed kube-proxy, EKS user guide "Manage kube-proxy") is exactly this binding:
    // ClusterRoleBinding eks:kube-proxy → ClusterRole system:node-proxier → ServiceAccount kube-system/kube-proxy.
    // Fix: add system:node-proxier to BUILT_IN_CLUSTER_ROLE_RULES (engine/kubernetes.ts) with those rules (a
    // ClusterRolePatch of it is already judged by its rules: redteam53-api), as system:node-problem-detector is.
    {
        name: "EKS's self-managed kube-proxy binding: eks:kube-proxy to built-in system:node-proxier for kube-system/kube-proxy",
        stack: "pod-identity",
        edit: r =>
            bind(r, "eks:kube-proxy", { kind: "ClusterRole", name: "system:node-proxier" }, [
                { kind: "ServiceAccount", name: "kube-proxy", namespace: "kube-system" },
            ]),
    },
    {
        name: "a Role in tools creating Knative Services for platform-devs (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-knative",
                [
                    {
                        apiGroups: ["serving.knative.dev"],
                        resources: ["services"],
                        verbs: ["get", "list", "create", "update", "delete"],
                    },
                ],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a Role in tools creating Tekton PipelineRuns and TaskRuns for platform-devs (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-tekton",
                [
                    {
                        apiGroups: ["tekton.dev"],
                        resources: ["pipelineruns", "taskruns"],
                        verbs: ["get", "list", "create", "delete"],
                    },
                ],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a Role in tools creating KEDA ScaledJobs and ScaledObjects for platform-devs (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-keda",
                [
                    {
                        apiGroups: ["keda.sh"],
                        resources: ["scaledjobs", "scaledobjects"],
                        verbs: ["get", "list", "create", "update", "delete"],
                    },
                ],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a support bot impersonating only the group support-viewers, bound cluster-wide to view",
        stack: "pod-identity",
        edit: r => {
            roleFor(
                r,
                "support-impersonate",
                [
                    {
                        apiGroups: [""],
                        resources: ["groups"],
                        verbs: ["impersonate"],
                        resourceNames: ["support-viewers"],
                    },
                ],
                [{ kind: "User", apiGroup: RBAC, name: "support-bot" }],
            );
            bind(r, "support-viewers-view", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", apiGroup: RBAC, name: "support-viewers" },
            ]);
        },
    },
    {
        name: "service account issuer discovery for unauthenticated callers (built-in system:service-account-issuer-discovery)",
        stack: "pod-identity",
        edit: r =>
            bind(r, "oidc-discovery-public", { kind: "ClusterRole", name: "system:service-account-issuer-discovery" }, [
                { kind: "Group", apiGroup: RBAC, name: "system:unauthenticated" },
            ]),
    },
];

describeStackCases("red team 63: Kubernetes/EKS API level", insecure, secure);
