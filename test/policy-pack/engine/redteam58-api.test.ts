// Red-team round 58 on the Kubernetes/EKS API level (fresh eyes), away from rounds 56 and 57 (Kyverno/Crossplane/
// Knative labels; the kubelet API, websocket upgrades, CSR signer wildcards, named webhook and pod patches):
// EKS access entries of type EC2 (Auto Mode nodes) with AmazonEKSAutoNodePolicy; a named patch of the signer's
// StatefulSet and of kube-system's eks-pod-identity-agent DaemonSet (it serves every pod's credentials on its node)
// and of the ConfigMap aws-auth; a second Pod Identity association of the signer's role (validators/default); a
// cluster-wide `patch` of batch Jobs (KEP-2926: a suspended Job's template labels, annotations, nodeSelector and
// tolerations stay mutable); aws-auth mapping an outside role to a ServiceAccount's username (RBAC matches
// ServiceAccount subjects by username). Secure neighbours a platform team writes: AmazonEKSEditPolicy scoped to a
// restricted team namespace (IRSA stack), AmazonEKSViewPolicy scoped to validators, aws-auth to a group bound to
// built-in view, external-dns's and cluster-autoscaler's ClusterRoles, a ValidatingAdmissionPolicy denying privileged
// containers.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses: none (0 insecure, 0 secure). Not filed (conservative, defensible): cluster-autoscaler's chart ClusterRole
// as shipped (kubernetes/autoscaler charts/cluster-autoscaler clusterrole.yaml: batch jobs get/list/patch/watch) is
// refused as acting as the signer's ServiceAccount through a Job patch; per KEP-2926 a suspended Job's pod-template
// annotations and scheduling stay patchable, so a cluster-wide Job patch is not harmless. The secure case keeps jobs
// read-only.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POD_IDENTITY = "aws:eks/podIdentityAssociation:PodIdentityAssociation";

/** An EKS access entry for platform-ops of this type with these Kubernetes groups. */
function accessEntry(r: Resources, name: string, kubernetesGroups: string[] = [], type = "STANDARD"): void {
    aws(r, ENTRY, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type,
        ...(type === "STANDARD" ? { kubernetesGroups } : {}),
    });
}
/** An EKS access policy association for platform-ops. */
function association(r: Resources, name: string, policy: string, accessScope: object): void {
    aws(r, ASSOCIATION, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}
/** aws-auth (a ConfigMapPatch) mapping platform-ops to a username and groups. */
function awsAuth(r: Resources, name: string, username: string, groups: string[]): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", name, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: {
            mapRoles: `- rolearn: ${OPS_ROLE}\n  username: ${username}\n  groups:\n${groups.map(g => `    - ${g}\n`).join("")}`,
        },
    });
}

const insecure: StackCase[] = [
    {
        name: "an EC2 access entry (EKS Auto Mode node) for platform-ops with AmazonEKSAutoNodePolicy",
        stack: "prod",
        edit: r => {
            accessEntry(r, "ops-auto-node", [], "EC2");
            association(r, "ops-auto-node-policy", "AmazonEKSAutoNodePolicy", { type: "cluster" });
        },
        refused: /ops-auto-node|platform-ops/,
    },
    {
        name: "a Role in validators patching the StatefulSet containment-chamber by name (pod template swap)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "signer-sts-patch",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["statefulsets"],
                        verbs: ["get", "patch"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                DEVS,
                "validators",
            ),
        refused: /signer-sts-patch/,
    },
    {
        name: "a Role in kube-system patching the DaemonSet eks-pod-identity-agent by name (the agent hands out every pod's credentials)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "agent-tuner",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["daemonsets"],
                        verbs: ["get", "patch"],
                        resourceNames: ["eks-pod-identity-agent"],
                    },
                ],
                DEVS,
                "kube-system",
            ),
        refused: /agent-tuner/,
    },
    {
        name: "a Role in kube-system patching the ConfigMap aws-auth by name",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "aws-auth-editor",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "patch"], resourceNames: ["aws-auth"] }],
                DEVS,
                "kube-system",
            ),
        refused: /aws-auth-editor/,
    },
    {
        name: "a second Pod Identity association of the signer's role for validators/default",
        stack: "pod-identity",
        edit: r =>
            aws(r, POD_IDENTITY, "validators-default-pod-identity", {
                clusterName: "prod-validators",
                namespace: "validators",
                serviceAccount: "default",
                roleArn: "arn:aws:iam::111111111111:role/custody-pod-identity-signer",
            }),
        refused: /second association of role custody-pod-identity-signer/,
        policy: "serviceaccount-role-agree",
    },
    // Kubernetes "Jobs", Mutable Scheduling Directives (KEP-2926, stable in 1.27): a suspended Job that has never
    // started takes new pod-template labels, annotations, nodeSelector and tolerations, which injectors and the
    // scheduler read; unsuspending it then runs its pods as the template's ServiceAccount.
    {
        name: "a ClusterRole patching batch jobs (suspended Jobs' template annotations, unsuspend) bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "job-patcher",
                [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["get", "list", "watch", "patch"] }],
                DEVS,
            ),
        refused: /job-patcher/,
    },
    // RBAC matches a ServiceAccount subject by its username (system:serviceaccount:<ns>:<name>), and aws-iam-authenticator
    // reserves no prefix on EKS (kubernetes-sigs/aws-iam-authenticator#1047).
    {
        name: "aws-auth maps platform-ops to the username system:serviceaccount:validators:containment-chamber",
        stack: "prod",
        edit: r => awsAuth(r, "aws-auth-ops-as-signer", "system:serviceaccount:validators:containment-chamber", []),
        refused: /aws-auth|platform-ops/,
    },
];

const secure: StackCase[] = [
    {
        name: "an EKS access entry for platform-ops with AmazonEKSEditPolicy scoped to tools (restricted)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            accessEntry(r, "ops-tools");
            association(r, "ops-edit-tools", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["tools"] });
        },
    },
    {
        name: "an EKS access entry for platform-ops with AmazonEKSViewPolicy scoped to validators",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ops-view-validators");
            association(r, "ops-view-validators", "AmazonEKSViewPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            });
        },
    },
    {
        name: "aws-auth maps platform-ops to group platform-viewers, bound to the built-in ClusterRole view",
        stack: "prod",
        edit: r => {
            awsAuth(r, "aws-auth-ops-view", "platform-ops", ["platform-viewers"]);
            bind(r, "platform-viewers", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", apiGroup: RBAC, name: "platform-viewers" },
            ]);
        },
    },
    {
        name: "external-dns's ClusterRole (services, endpoints, pods, nodes, ingresses read) bound to kube-system/external-dns",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "kube-system", "external-dns");
            roleFor(
                r,
                "external-dns",
                [
                    {
                        apiGroups: [""],
                        resources: ["services", "endpoints", "pods", "nodes"],
                        verbs: ["get", "watch", "list"],
                    },
                    {
                        apiGroups: ["extensions", "networking.k8s.io"],
                        resources: ["ingresses"],
                        verbs: ["get", "watch", "list"],
                    },
                    { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "watch", "list"] },
                ],
                [{ kind: "ServiceAccount", name: "external-dns", namespace: "kube-system" }],
            );
        },
    },
    {
        name: "cluster-autoscaler's ClusterRole (chart, jobs read-only) bound to kube-system/cluster-autoscaler",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "kube-system", "cluster-autoscaler");
            roleFor(
                r,
                "cluster-autoscaler",
                [
                    { apiGroups: [""], resources: ["events", "endpoints"], verbs: ["create", "patch"] },
                    { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                    { apiGroups: [""], resources: ["pods/status"], verbs: ["update"] },
                    {
                        apiGroups: [""],
                        resources: ["endpoints"],
                        resourceNames: ["cluster-autoscaler"],
                        verbs: ["get", "update"],
                    },
                    { apiGroups: [""], resources: ["nodes"], verbs: ["watch", "list", "get", "update"] },
                    {
                        apiGroups: [""],
                        resources: [
                            "namespaces",
                            "pods",
                            "services",
                            "replicationcontrollers",
                            "persistentvolumeclaims",
                            "persistentvolumes",
                        ],
                        verbs: ["watch", "list", "get"],
                    },
                    { apiGroups: ["batch"], resources: ["jobs", "cronjobs"], verbs: ["watch", "list", "get"] },
                    { apiGroups: ["batch"], resources: ["jobs"], verbs: ["get", "list", "watch"] },
                    {
                        apiGroups: ["extensions"],
                        resources: ["replicasets", "daemonsets"],
                        verbs: ["watch", "list", "get"],
                    },
                    { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: ["watch", "list"] },
                    {
                        apiGroups: ["apps"],
                        resources: ["daemonsets", "replicasets", "statefulsets"],
                        verbs: ["watch", "list", "get"],
                    },
                    {
                        apiGroups: ["storage.k8s.io"],
                        resources: ["storageclasses", "csinodes", "csidrivers", "csistoragecapacities"],
                        verbs: ["watch", "list", "get"],
                    },
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["list", "watch", "get"] },
                    { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create"] },
                    {
                        apiGroups: ["coordination.k8s.io"],
                        resourceNames: ["cluster-autoscaler"],
                        resources: ["leases"],
                        verbs: ["get", "update"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "cluster-autoscaler", namespace: "kube-system" }],
            );
        },
    },
    {
        name: "a ValidatingAdmissionPolicy and cluster binding denying privileged containers",
        stack: "prod",
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
];

describeStackCases("red team 58: Kubernetes/EKS API level", insecure, secure);
