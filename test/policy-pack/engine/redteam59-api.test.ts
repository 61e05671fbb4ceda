// Red-team round 59 on the Kubernetes/EKS API level (fresh eyes), away from rounds 56-58 (Kyverno/Crossplane/Knative
// labels; kubelet API, CSR signers, named webhook/pod patches; EC2 access entries, named workload/aws-auth patches,
// Job patches): access entries of type FARGATE_LINUX for an outside role; cluster-scoped AmazonEKSAdminViewPolicy and
// AmazonEKSSecretReaderPolicy (Secret read everywhere); a hostPath PersistentVolume created cluster-wide and claimed
// from a restricted namespace (Pod Security admission does not look at PersistentVolumes); APIService create/patch
// (aggregation: the apiserver proxies requests of a group to the named Service); a RoleBinding in validators to the
// built-in ClusterRole system:aggregate-to-edit (it holds edit's workload rules itself, not through aggregation).
// Secure neighbours a platform team writes: a CSI snapshot controller's ClusterRole (volumesnapshots, PV read),
// AmazonEKSViewPolicy cluster-wide (no Secrets), AmazonEKSAdminViewPolicy scoped to the restricted namespace tools.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses: none (0 insecure, 0 secure). Dropped, not a case: `impersonate` on `users` with resourceNames
// system:serviceaccount:validators:containment-chamber is accepted, rightly: the apiserver's impersonation filter
// (apiserver endpoints/filters/impersonation.go, buildImpersonationRequests) checks a ServiceAccount-shaped username
// against `serviceaccounts` in its namespace, not `users`, so that rule cannot impersonate the signer.
import { describeStackCases, StackCase } from "./support";
import { aws, bind, namespace, roleFor, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

const insecure: StackCase[] = [
    {
        name: "a FARGATE_LINUX access entry for platform-ops (a Fargate node identity)",
        stack: "prod",
        edit: r =>
            aws(r, ENTRY, "ops-fargate", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "FARGATE_LINUX",
            }),
        refused: /ops-fargate|platform-ops/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy cluster-wide (Secrets read everywhere)",
        stack: "prod",
        edit: r => {
            aws(r, ENTRY, "ops-adminview", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: [],
            });
            aws(r, ASSOCIATION, "ops-adminview-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
        refused: /platform-ops/,
    },
    {
        name: "an access entry for platform-ops with AmazonEKSSecretReaderPolicy cluster-wide",
        stack: "prod",
        edit: r => {
            aws(r, ENTRY, "ops-secrets", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: [],
            });
            aws(r, ASSOCIATION, "ops-secrets-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSSecretReaderPolicy",
                accessScope: { type: "cluster" },
            });
        },
        refused: /platform-ops/,
    },
    {
        name: "a ClusterRole creating PersistentVolumes (hostPath) bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "pv-maker",
                [{ apiGroups: [""], resources: ["persistentvolumes"], verbs: ["get", "list", "create"] }],
                DEVS,
            ),
        refused: /pv-maker/,
    },
    {
        name: "a ClusterRole creating and patching APIServices bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "apiservice-admin",
                [
                    {
                        apiGroups: ["apiregistration.k8s.io"],
                        resources: ["apiservices"],
                        verbs: ["get", "create", "patch"],
                    },
                ],
                DEVS,
            ),
        refused: /apiservice-admin/,
    },
    {
        name: "a RoleBinding in validators to the built-in ClusterRole system:aggregate-to-edit for platform-devs",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "devs-aggregate-edit",
                { kind: "ClusterRole", name: "system:aggregate-to-edit" },
                DEVS,
                "validators",
            ),
        refused: /devs-aggregate-edit|system:aggregate-to-edit/,
    },
];

const secure: StackCase[] = [
    {
        name: "an access entry for platform-ops with AmazonEKSViewPolicy cluster-wide",
        stack: "prod",
        edit: r => {
            aws(r, ENTRY, "ops-view", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: [],
            });
            aws(r, ASSOCIATION, "ops-view-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
    {
        name: "the CSI snapshot-controller's ClusterRole bound to kube-system/snapshot-controller",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "kube-system", "snapshot-controller");
            roleFor(
                r,
                "snapshot-controller",
                [
                    { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["get", "list", "watch"] },
                    {
                        apiGroups: [""],
                        resources: ["persistentvolumeclaims"],
                        verbs: ["get", "list", "watch", "update"],
                    },
                    { apiGroups: [""], resources: ["events"], verbs: ["list", "watch", "create", "update", "patch"] },
                    {
                        apiGroups: ["snapshot.storage.k8s.io"],
                        resources: ["volumesnapshotclasses"],
                        verbs: ["get", "list", "watch"],
                    },
                    {
                        apiGroups: ["snapshot.storage.k8s.io"],
                        resources: ["volumesnapshotcontents"],
                        verbs: ["create", "get", "list", "watch", "update", "delete", "patch"],
                    },
                    {
                        apiGroups: ["snapshot.storage.k8s.io"],
                        resources: ["volumesnapshotcontents/status"],
                        verbs: ["patch"],
                    },
                    {
                        apiGroups: ["snapshot.storage.k8s.io"],
                        resources: ["volumesnapshots"],
                        verbs: ["get", "list", "watch", "update", "patch", "delete"],
                    },
                    {
                        apiGroups: ["snapshot.storage.k8s.io"],
                        resources: ["volumesnapshots/status"],
                        verbs: ["update", "patch"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "snapshot-controller", namespace: "kube-system" }],
            );
        },
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminViewPolicy scoped to tools (restricted)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            aws(r, ENTRY, "ops-adminview-tools", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: [],
            });
            aws(r, ASSOCIATION, "ops-adminview-tools-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy",
                accessScope: { type: "namespace", namespaces: ["tools"] },
            });
        },
    },
];

describeStackCases("red team 59: Kubernetes/EKS API level", insecure, secure);
