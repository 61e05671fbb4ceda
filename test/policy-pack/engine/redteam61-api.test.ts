// Red-team round 61 on the Kubernetes/EKS API level (fresh eyes), away from rounds 55-60 (aggregation labels, kubelet
// API, CSR signer wildcards, named patches, access entry types EC2/FARGATE/HYBRID, webhooks, kube-system controller
// ServiceAccounts through EKS scopes): built-in bootstrap ClusterRoles bound by a stack binding
// (system:kube-controller-manager mints any ServiceAccount token; system:controller:job-controller,
// statefulset-controller create pods; clusterrole-aggregation-controller escalates: kubernetes/kubernetes
// plugin/pkg/auth/authorizer/rbac/bootstrappolicy policy.go and controller_policy.go) and EKS's own eks:addon-manager;
// access entries of type EC2_LINUX for an outside role (EKS maps it to system:node:{{EC2PrivateDNSName}} in
// system:nodes), in the Pod Identity and the IRSA stack; a Role that may `escalate` and update itself (RBAC
// "Restrictions on role creation or update"); escalate on roles in tools in a Pod Identity stack (README, Services
// capture node-local traffic, CVE-2020-8554); pods/attach create and pods/ephemeralcontainers update in validators;
// KubeRay RayJobs in validators; a Helm v3 Release into validators naming the signer's ServiceAccount; CSR create +
// approval for the kubelet client signer; a stack access entry's kubernetesGroups bound to token minting; a tools
// ServiceAccount (where platform-devs run pods) bound in validators to token minting; a Pod Identity role of a tools
// reporter with eks:CreateAccessEntry/AssociateAccessPolicy, or eks:CreatePodIdentityAssociation + iam:PassRole on
// the signer's role.
// Secure neighbours a platform team writes: built-in admin in the restricted namespace tools (IRSA stack), an access
// entry's kubernetesGroups bound to view, pods/attach/exec/portforward in tools, RayJobs in tools (IRSA stack), the
// built-in system:monitoring ClusterRole for a Prometheus group, a policy team managing ValidatingAdmissionPolicies,
// AmazonEKSAdminPolicy scoped to tools (IRSA stack), a Pod Identity reporter in tools on its own tag-pinned
// CloudWatch-read role.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses: none (0 insecure, 0 secure). Dropped, not a case: a team-admin Role in tools holding `escalate`/`bind` on
// roles is refused in the IRSA stack too (read as acting as the signer). Defensible: escalate lets its holder write
// any Role in tools, custom resources of every group included, and the pack reads writes of custom resources it does
// not know as their controller's, cluster-wide (engine/customResources.ts UNKNOWN_CONTROLLER_WHY; e.g. a Flux
// Kustomization in tools applies as kustomize-controller unless a default ServiceAccount is set); built-in admin in
// tools (no escalate) is accepted.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor, serviceAccount, trustedRole } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const CLUSTER_ARN = "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators";
const SIGNER_ROLE = "arn:aws:iam::111111111111:role/custody-pod-identity-signer";

/** A metrics reporter in the restricted namespace tools bound by EKS Pod Identity to its own role, pinned by tags. */
function reporter(r: Resources, ...statements: object[]): void {
    namespace(r, "tools");
    serviceAccount(r, "tools", "reporter");
    const arn = trustedRole(
        r,
        "111111111111",
        "tools-reporter",
        [
            {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
                        "aws:RequestTag/kubernetes-namespace": "tools",
                        "aws:RequestTag/kubernetes-service-account": "reporter",
                    },
                },
            },
        ],
        [
            { Effect: "Allow", Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"], Resource: "*" },
            ...statements,
        ],
    );
    aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "tools-reporter", {
        clusterName: "prod-validators",
        namespace: "tools",
        serviceAccount: "reporter",
        roleArn: arn,
    });
}

const insecure: StackCase[] = [
    {
        name: "a Pod Identity reporter in tools whose role may create access entries and associate access policies on the cluster",
        stack: "pod-identity",
        edit: r =>
            reporter(r, {
                Effect: "Allow",
                Action: ["eks:CreateAccessEntry", "eks:AssociateAccessPolicy"],
                Resource: [CLUSTER_ARN, "arn:aws:eks:eu-west-1:111111111111:access-entry/prod-validators/*"],
            }),
        refused: /tools-reporter/,
    },
    {
        name: "a Pod Identity reporter in tools whose role may create Pod Identity associations and pass the signer's role to EKS Pod Identity",
        stack: "pod-identity",
        edit: r =>
            reporter(
                r,
                { Effect: "Allow", Action: "eks:CreatePodIdentityAssociation", Resource: CLUSTER_ARN },
                {
                    Effect: "Allow",
                    Action: "iam:PassRole",
                    Resource: SIGNER_ROLE,
                    Condition: { StringEquals: { "iam:PassedToService": "pods.eks.amazonaws.com" } },
                },
            ),
        refused: /tools-reporter/,
    },
    {
        name: "an access entry of type EC2_LINUX for platform-ops (IRSA stack: a node mints its pods' tokens)",
        stack: "prod",
        edit: r =>
            aws(r, ENTRY, "ops-ec2-linux-irsa", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "EC2_LINUX",
            }),
        refused: /platform-ops|ops-ec2-linux-irsa/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:kube-controller-manager (serviceaccounts/token create) to platform-devs",
        stack: "pod-identity",
        edit: r => bind(r, "devs-kcm", { kind: "ClusterRole", name: "system:kube-controller-manager" }, DEVS),
        refused: /devs-kcm/,
    },
    {
        name: "a RoleBinding in validators to the built-in system:controller:job-controller (pods create) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "devs-job-controller",
                { kind: "ClusterRole", name: "system:controller:job-controller" },
                DEVS,
                "validators",
            ),
        refused: /devs-job-controller/,
    },
    {
        name: "a ClusterRoleBinding of EKS's eks:addon-manager ClusterRole to platform-devs",
        stack: "pod-identity",
        edit: r => bind(r, "devs-addon-manager", { kind: "ClusterRole", name: "eks:addon-manager" }, DEVS),
        refused: /devs-addon-manager/,
    },
    {
        name: "an access entry of type EC2_LINUX for platform-ops (a node identity in system:nodes)",
        stack: "pod-identity",
        edit: r =>
            aws(r, ENTRY, "ops-ec2-linux", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "EC2_LINUX",
            }),
        refused: /platform-ops|ops-ec2-linux/,
    },
    {
        name: "a Role in validators bound to platform-devs that may update and escalate itself by name",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "self-escalate",
                [
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["get"] },
                    {
                        apiGroups: [RBAC],
                        resources: ["roles"],
                        verbs: ["get", "update", "patch", "escalate"],
                        resourceNames: ["self-escalate"],
                    },
                ],
                DEVS,
                "validators",
            ),
        refused: /self-escalate/,
    },
    {
        name: "a Role in validators creating pods/attach (the signer container's stdin/tty) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "attach",
                [{ apiGroups: [""], resources: ["pods/attach"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /attach/,
    },
    {
        name: "a Role in validators creating KubeRay RayJobs (their pods name any ServiceAccount of validators) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "rayjobs",
                [{ apiGroups: ["ray.io"], resources: ["rayjobs", "rayclusters"], verbs: ["create"] }],
                DEVS,
                "validators",
            ),
        refused: /rayjobs/,
    },
    {
        name: "a Helm v3 Release from an outside chart repository into validators running as the signer's ServiceAccount",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:helm.sh/v3:Release", "debug-tools", {
                chart: "debug-tools",
                version: "1.2.0",
                namespace: "validators",
                repositoryOpts: { repo: "https://charts.platform-devs.example.com" },
                values: { serviceAccount: { create: false, name: "containment-chamber" } },
            }),
        refused: /debug-tools/,
    },
    {
        name: "a ClusterRole creating and approving CSRs for the kubelet client signer (system:node:<name> certificates) for platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "kubelet-csr",
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
                        verbs: ["approve"],
                        resourceNames: ["kubernetes.io/kube-apiserver-client-kubelet"],
                    },
                ],
                DEVS,
            ),
        refused: /kubelet-csr/,
    },
    {
        name: "an access entry for platform-ops with kubernetesGroups ops-tokens, bound in validators to minting the signer's token",
        stack: "pod-identity",
        edit: r => {
            aws(r, ENTRY, "ops-groups", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: ["ops-tokens"],
            });
            roleFor(
                r,
                "ops-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                [{ kind: "Group", apiGroup: RBAC, name: "ops-tokens" }],
                "validators",
            );
        },
        refused: /ops-token/,
    },
    {
        name: "a RoleBinding in validators minting the signer's token for tools/builder, where platform-devs create pods",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            serviceAccount(r, "tools", "builder");
            roleFor(r, "tools-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], DEVS, "tools");
            roleFor(
                r,
                "builder-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "builder", namespace: "tools" }],
                "validators",
            );
        },
        refused: /builder-token/,
    },
    // README "Services can capture node-local traffic (CVE-2020-8554)": in a Pod Identity stack, escalate in tools
    // lets platform-devs give themselves Service create there (externalIPs 169.254.170.23 capture every pod's Pod
    // Identity credential request, the signer's token included); the IRSA twin is a secure case below.
    {
        name: "a team-admin Role in tools with escalate on roles for platform-devs (Pod Identity stack: Service capture)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-escalate",
                [
                    { apiGroups: [RBAC], resources: ["roles", "rolebindings"], verbs: ["get", "create", "update"] },
                    { apiGroups: [RBAC], resources: ["roles"], verbs: ["escalate", "bind"] },
                ],
                DEVS,
                "tools",
            );
        },
        refused: /tools-escalate/,
    },
    {
        name: "a Role in validators updating pods/ephemeralcontainers (a debug container in the signer's pod) for platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "ephemeral",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
                    { apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["update"] },
                ],
                DEVS,
                "validators",
            ),
        refused: /ephemeral/,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:controller:clusterrole-aggregation-controller (escalate clusterroles) to platform-devs",
        stack: "prod",
        edit: r =>
            bind(
                r,
                "devs-aggregator",
                { kind: "ClusterRole", name: "system:controller:clusterrole-aggregation-controller" },
                DEVS,
            ),
        refused: /devs-aggregator/,
    },
    {
        name: "a RoleBinding in validators to the built-in system:controller:statefulset-controller for platform-devs (IRSA stack)",
        stack: "prod",
        edit: r =>
            bind(
                r,
                "devs-sts-controller",
                { kind: "ClusterRole", name: "system:controller:statefulset-controller" },
                DEVS,
                "validators",
            ),
        refused: /devs-sts-controller/,
    },
];

const secure: StackCase[] = [
    {
        name: "a metrics reporter in the restricted namespace tools bound by Pod Identity to its own CloudWatch-read role (tags pinned)",
        stack: "pod-identity",
        edit: r => reporter(r),
    },
    {
        name: "a RoleBinding in the restricted namespace tools to built-in admin for platform-devs (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bind(r, "devs-tools-admin", { kind: "ClusterRole", name: "admin" }, DEVS, "tools");
        },
    },
    {
        name: "an access entry for platform-ops with kubernetesGroups ops-viewers bound cluster-wide to view",
        stack: "pod-identity",
        edit: r => {
            aws(r, ENTRY, "ops-viewers", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: ["ops-viewers"],
            });
            bind(r, "ops-viewers-view", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", apiGroup: RBAC, name: "ops-viewers" },
            ]);
        },
    },
    {
        name: "a Role in tools with pods/attach, pods/exec and pods/portforward for platform-devs",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-debug",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                    {
                        apiGroups: [""],
                        resources: ["pods/attach", "pods/exec", "pods/portforward"],
                        verbs: ["get", "create"],
                    },
                ],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a Role in tools creating KubeRay RayJobs for platform-devs (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "tools-rayjobs",
                [{ apiGroups: ["ray.io"], resources: ["rayjobs"], verbs: ["get", "list", "create", "delete"] }],
                DEVS,
                "tools",
            );
        },
    },
    {
        name: "a ClusterRoleBinding of the built-in system:monitoring ClusterRole to a prometheus group",
        stack: "pod-identity",
        edit: r =>
            bind(r, "prom-monitoring", { kind: "ClusterRole", name: "system:monitoring" }, [
                { kind: "Group", apiGroup: RBAC, name: "prometheus-scrapers" },
            ]),
    },
    {
        name: "a policy team's ClusterRole managing ValidatingAdmissionPolicies and their bindings (they only deny)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "vap-validating-admin",
                [
                    {
                        apiGroups: ["admissionregistration.k8s.io"],
                        resources: ["validatingadmissionpolicies", "validatingadmissionpolicybindings"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                ],
                [{ kind: "Group", apiGroup: RBAC, name: "policy-team" }],
            ),
    },
    {
        name: "an access entry for platform-ops with AmazonEKSAdminPolicy scoped to the restricted namespace tools (IRSA stack)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            aws(r, ENTRY, "ops-tools-admin", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: [],
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ops-tools-admin-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy",
                accessScope: { type: "namespace", namespaces: ["tools"] },
            });
        },
    },
];

describeStackCases("red team 61: Kubernetes/EKS API level", insecure, secure);
