// Red-team round 16 on the Kubernetes/EKS side (fresh eyes): Service ClusterIPs on the EKS Pod Identity agent's
// address through an added ServiceCIDR, SSH keys and kubelet settings carried by a node launch template, built-in
// system ClusterRoles bound by the stack, RBAC writes on running pods and resourceNames on create; and what a careful
// platform team runs (an extra private ServiceCIDR, closed node launch templates, evictions, scale, PDBs, priority
// classes, a token for the namespace's default ServiceAccount only). Insecure variants the whole pack must refuse,
// secure ones it must accept; the pack's misses are `it.skip` with a MISS comment.
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { nodePolicyConfig, runWithConfig } from "./packRunner";
import { assertClean, assertRefused, doc, Resources, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, namespace, nodeRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
const CLUSTER: Record<string, string> = {
    dev: "dev-validators",
    prod: "prod-validators",
    "pod-identity": "prod-validators",
};
const SERVICE_CIDR = "kubernetes:networking.k8s.io/v1:ServiceCIDR";
const SERVICE = "kubernetes:core/v1:Service";

const IMDS_SAFE = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 };

const BASIL_NODES = { account: "111122223333", cluster: "basil-cluster", amiType: "BOTTLEROCKET_x86_64" };

/**
 * A managed node group of the stack's cluster (account 111111111111, AL2023, unless `at` says otherwise) on its own launch template: an
 * EC2-only node role with AWS's node policies and a launch template with closed instance metadata plus `extra`.
 */
function managedNodes(
    r: Resources,
    stack: string,
    name: string,
    extra: Record<string, unknown> = {},
    at: { account: string; cluster: string; amiType: string } = {
        account: PRIMARY,
        cluster: CLUSTER[stack],
        amiType: "AL2023_x86_64_STANDARD",
    },
): void {
    const arn = nodeRole(r, at.account, name);
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, {
        name,
        id: "lt-0c1d2e3f4a5b6c7d8",
        latestVersion: 1,
        defaultVersion: 1,
        metadataOptions: IMDS_SAFE,
        ...extra,
    });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: at.cluster,
        nodeGroupName: name,
        nodeRoleArn: arn,
        amiType: at.amiType,
        subnetIds: ["subnet-0a1b2c3d4e5f60718"],
        scalingConfig: { desiredSize: 2, maxSize: 4, minSize: 2 },
        launchTemplate: { id: "lt-0c1d2e3f4a5b6c7d8", version: "1" },
    });
}

/**
 * A self-managed node of the stack's cluster: an EC2 instance (AL2023 EKS AMI) with an EC2-only node role, its
 * instance profile, closed instance metadata and an EC2_LINUX access entry, plus `extra` instance settings.
 */
function selfManagedInstance(r: Resources, stack: string, name: string, extra: Record<string, unknown> = {}): void {
    const arn = nodeRole(r, PRIMARY, name);
    aws(r, "aws:iam/instanceProfile:InstanceProfile", name, {
        name,
        arn: `arn:aws:iam::${PRIMARY}:instance-profile/${name}`,
        role: name,
    });
    aws(r, "aws:ec2/instance:Instance", name, {
        ami: "ami-0abcdef1234567890",
        instanceType: "m6i.large",
        subnetId: "subnet-0a1b2c3d4e5f60718",
        iamInstanceProfile: name,
        metadataOptions: IMDS_SAFE,
        ...extra,
    });
    aws(r, "aws:eks/accessEntry:AccessEntry", `${name}-entry`, {
        clusterName: CLUSTER[stack],
        principalArn: arn,
        type: "EC2_LINUX",
    });
}

/** AL2023 user data (MIME multi-part, nodeadm NodeConfig) merging `kubelet` into the kubelet's configuration. */
function nodeadmUserData(kubelet: object): string {
    const nodeConfig = [
        "apiVersion: node.eks.aws/v1alpha1",
        "kind: NodeConfig",
        "spec:",
        "  kubelet:",
        `    config: ${JSON.stringify(kubelet)}`,
    ].join("\n");
    const mime = [
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="BOUNDARY"',
        "",
        "--BOUNDARY",
        "Content-Type: application/node.eks.aws",
        "",
        nodeConfig,
        "",
        "--BOUNDARY--",
        "",
    ].join("\n");
    return Buffer.from(mime).toString("base64");
}

/** An extra ServiceCIDR (Kubernetes 1.33 GA, MultiCIDRServiceAllocator) and a Service whose ClusterIP is in it. */
function serviceOnCidr(r: Resources, cidr: string, clusterIP: string, ipFamilies?: string[]): void {
    k8s(r, SERVICE_CIDR, "extra-service-range", {
        apiVersion: "networking.k8s.io/v1",
        kind: "ServiceCIDR",
        metadata: { name: "extra-service-range" },
        spec: { cidrs: [cidr] },
    });
    namespace(r, "tools");
    k8s(r, SERVICE, "tools-endpoint", {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "endpoint", namespace: "tools" },
        spec: {
            type: "ClusterIP",
            clusterIP,
            clusterIPs: [clusterIP],
            ...(ipFamilies ? { ipFamilies, ipFamilyPolicy: "SingleStack" } : {}),
            selector: { app: "endpoint" },
            ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }],
        },
    });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
    config?: (c: PackConfig) => PackConfig;
};

const insecure: Case[] = [
    // Was a MISS (fixed this session; insecure accepted): the pack reads only a Service's externalIPs, loadBalancerIP and status ingress IP for
    // the CVE-2020-8554 capture, never its clusterIP. Since Kubernetes 1.33 (MultiCIDRServiceAllocator GA; Kubernetes
    // docs "Extend Service IP Ranges") a ServiceCIDR object adds Service ranges, and its validation only checks that
    // each entry is a valid CIDR, one per family (kubernetes pkg/apis/networking/validation validateServiceCIDRSpec:
    // IsValidCIDR, no link-local or special-range check, unlike ValidateNonSpecialIP on externalIPs). So a ServiceCIDR
    // over 169.254.170.16/28 lets a Service take ClusterIP 169.254.170.23 (port 80), and kube-proxy DNATs every pod's
    // traffic to that address (the Pod Identity agent's: EKS user guide "Understand how EKS Pod Identity works") to the
    // Service's pods, which receive each Pod Identity credential request with its ServiceAccount token. networking.k8s.io
    // is a known group (engine/opaque.ts), so the ServiceCIDR is not refused as a custom resource either.
    {
        name: "an extra ServiceCIDR 169.254.170.16/28 and a Service in tools whose ClusterIP is 169.254.170.23 (the Pod Identity agent's address)",
        stack: "pod-identity",
        edit: r => serviceOnCidr(r, "169.254.170.16/28", "169.254.170.23"),
        refused: /169\.254\.170|ClusterIP|ServiceCIDR/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed this session; insecure accepted): the IPv6 form of the case above: ServiceCIDR fd00:ec2::/112 (a valid CIDR for
    // validateServiceCIDRSpec) and a single-stack IPv6 Service with ClusterIP fd00:ec2::23, the agent's IPv6 address on
    // IPv6 clusters (EKS user guide, Pod Identity agent: 169.254.170.23 and [fd00:ec2::23]). Same missing clusterIP read.
    {
        name: "an extra IPv6 ServiceCIDR fd00:ec2::/112 and a Service in tools whose ClusterIP is fd00:ec2::23 (the Pod Identity agent's IPv6 address)",
        stack: "pod-identity",
        edit: r => serviceOnCidr(r, "fd00:ec2::/112", "fd00:ec2::23", ["IPv6"]),
        refused: /fd00:ec2|ClusterIP|ServiceCIDR/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed this session; insecure accepted): the pack refuses a managed node group's remoteAccess.ec2SshKey (SSH with sudo on every
    // node) but never reads the launch template's keyName, which is where the key goes once a node group uses a launch
    // template (EKS API CreateNodegroup: "When using this object, don't directly specify instanceTypes, diskSize, or
    // remoteAccess"; EKS user guide "Customize managed nodes with launch templates": the key pair is a launch template
    // setting, not among the prohibited ones). On the AL2023 EKS AMI the key pair's holder logs in as ec2-user with sudo:
    // root on the node reads every pod token there and acts as the node. engine/*.ts has no keyName at all.
    {
        name: "a managed node group (AL2023) on a launch template with closed instance metadata and an EC2 key pair (keyName)",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r => managedNodes(r, "pod-identity", "validators-nodes", { keyName: "platform-ops" }),
        refused: /key|SSH/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed this session; insecure accepted): the launch template's user data is not read for node settings. nodeadm merges a NodeConfig's
    // spec.kubelet.config into the kubelet's configuration (awslabs.github.io/amazon-eks-ami nodeadm, "Merging multiple
    // configuration objects"; eksctl "Node bootstrapping" for managed node groups); with authentication.anonymous.enabled
    // true and authorization.mode AlwaysAllow the kubelet API (port 10250) answers anyone who reaches the node: GET /pods
    // and POST /exec/<namespace>/<pod>/<container> run commands in the signer's container (CIS Kubernetes 4.2.1/4.2.2,
    // "Ensure that the --anonymous-auth argument is set to false" / "--authorization-mode ... not AlwaysAllow"), i.e. any
    // pod of the cluster acts as every ServiceAccount on that node. The pack only reads the template's metadataOptions.
    {
        name: "a managed node group (AL2023) whose launch template user data (nodeadm NodeConfig) turns on kubelet anonymous auth with AlwaysAllow",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, "pod-identity", "validators-nodes", {
                userData: nodeadmUserData({
                    authentication: { anonymous: { enabled: true } },
                    authorization: { mode: "AlwaysAllow" },
                }),
            }),
        refused: /kubelet|user data|userData/i,
        policy: EFFECTIVE,
    },
    {
        name: "a ClusterRoleBinding of the built-in system:node ClusterRole (create serviceaccounts/token, get secrets) to platform-devs",
        stack: "dev",
        edit: r => bind(r, "devs-as-nodes", { kind: "ClusterRole", name: "system:node" }, [DEVS]),
        refused: /system:node/,
        policy: EFFECTIVE,
    },
    {
        name: "a RoleBinding in validators of the built-in system:kube-controller-manager ClusterRole to platform-devs",
        stack: "dev",
        edit: r =>
            bind(
                r,
                "devs-as-kcm",
                { kind: "ClusterRole", name: "system:kube-controller-manager" },
                [DEVS],
                "validators",
            ),
        refused: /system:kube-controller-manager/,
        policy: EFFECTIVE,
    },
    {
        name: "a Role in validators allowing patch on pods (a running container's image is mutable) bound to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(
                r,
                "pod-patcher",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "patch"] }],
                "validators",
            );
            bind(r, "pod-patcher", { kind: "Role", name: "pod-patcher" }, [DEVS], "validators");
        },
        refused: /pods/,
        policy: EFFECTIVE,
    },
    {
        name: "an EKS hybrid node access entry (HYBRID_LINUX) for a role IAM Roles Anywhere issues to any certificate of a trust anchor",
        stack: "pod-identity",
        edit: r => {
            const name = "hybrid-nodes";
            const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
            aws(r, "aws:iam/role:Role", name, {
                name,
                arn,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "rolesanywhere.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"],
                    Condition: {
                        ArnEquals: {
                            "aws:SourceArn": `arn:aws:rolesanywhere:eu-west-1:${PRIMARY}:trust-anchor/0a1b2c3d-4e5f-6789-abcd-ef0123456789`,
                        },
                    },
                }),
            });
            aws(r, "aws:eks/accessEntry:AccessEntry", `${name}-entry`, {
                clusterName: "prod-validators",
                principalArn: arn,
                type: "HYBRID_LINUX",
            });
        },
        refused: /node/i,
        policy: EFFECTIVE,
    },
    {
        name: "a Service in tools with externalIPs FD00:0EC2:0000:0000:0000:0000:0000:0023 (the Pod Identity agent's IPv6 address, upper-case and fully written)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            k8s(r, SERVICE, "tools-endpoint", {
                apiVersion: "v1",
                kind: "Service",
                metadata: { name: "endpoint", namespace: "tools" },
                spec: {
                    type: "ClusterIP",
                    selector: { app: "endpoint" },
                    externalIPs: ["FD00:0EC2:0000:0000:0000:0000:0000:0023"],
                    ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }],
                },
            });
        },
        refused: /externalIPs/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed this session; insecure accepted): Bottlerocket's user data (TOML settings) enables the admin host container with its own
    // SSH authorized key: the admin container runs an SSH server and gives root on the host (bottlerocket.dev
    // "host-containers": settings.host-containers.<container>.user-data; bottlerocket-admin-container README: keys from
    // a base64 JSON user-data block instead of IMDS; "the admin container ... allows you to get root access to the host").
    // The key holder, outside IAM, reads every pod token on the node. As with keyName, user data is never read for nodes.
    {
        name: "a Bottlerocket managed node group whose launch template user data turns on the admin host container with an SSH authorized key",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(
                r,
                "basil",
                "basil-bottlerocket",
                {
                    userData: Buffer.from(
                        [
                            "[settings.host-containers.admin]",
                            "enabled = true",
                            `user-data = "${Buffer.from(JSON.stringify({ ssh: { "authorized-keys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly ops@example"] } })).toString("base64")}"`,
                        ].join("\n"),
                    ).toString("base64"),
                },
                BASIL_NODES,
            ),
        refused: /admin|SSH|user data|userData/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed this session; insecure accepted): the same key pair on a self-managed node, an EC2 instance of the stack with the node's
    // instance profile and an EC2_LINUX access entry (EC2 API RunInstances KeyName; the instance's keyName). Its key
    // holder has sudo on a node of the cluster; the pack reads the instance's profile and metadata options only.
    {
        name: "a self-managed node (EC2 instance, EC2_LINUX access entry, closed instance metadata) launched with an EC2 key pair (keyName)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => selfManagedInstance(r, "dev", "dev-self-managed-node", { keyName: "platform-ops" }),
        refused: /key|SSH/i,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    // DECIDED (round 52): moved from the insecure list. Kubernetes "Using RBAC Authorization", "Referring to
    // resources": "You cannot restrict create or deletecollection requests by their resource name": a POST carries no
    // name, and a server-side apply naming debug-shell is authorised as `patch` on it first, which this Role lacks
    // (k8s.io/apiserver endpoints/handlers/patch.go). The Role creates no pod at all; a named create counts only beside
    // a patch of that name by the same request identity (red-team 52's neighbours).
    {
        name: "a Role in validators allowing create pods limited by resourceNames (which RBAC cannot apply to create) bound to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(
                r,
                "named-pod-creator",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["create"], resourceNames: ["debug-shell"] }],
                "validators",
            );
            bind(r, "named-pod-creator", { kind: "Role", name: "named-pod-creator" }, [DEVS], "validators");
        },
    },
    {
        name: "an extra private ServiceCIDR 10.101.0.0/16 (Extend Service IP Ranges) and a ClusterIP Service in tools at 10.101.0.10",
        stack: "pod-identity",
        edit: r => serviceOnCidr(r, "10.101.0.0/16", "10.101.0.10"),
    },
    {
        name: "a managed node group (AL2023) on a launch template with closed instance metadata, no key pair and no user data",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r => managedNodes(r, "pod-identity", "validators-nodes"),
    },
    {
        name: "a managed node group (AL2023) whose nodeadm user data only sets kubelet maxPods and an eviction threshold",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, "pod-identity", "validators-nodes", {
                userData: nodeadmUserData({ maxPods: 58, evictionHard: { "memory.available": "200Mi" } }),
            }),
    },
    {
        name: "a Role in validators allowing get/list pods and create pods/eviction (restart the signer through a drain) bound to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(
                r,
                "signer-restarter",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                ],
                "validators",
            );
            bind(r, "signer-restarter", { kind: "Role", name: "signer-restarter" }, [DEVS], "validators");
        },
    },
    {
        name: "a Role in validators allowing get/update deployments/scale and get pods/log bound to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(
                r,
                "signer-scaler",
                [
                    { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "update", "patch"] },
                    { apiGroups: [""], resources: ["pods/log"], verbs: ["get"] },
                ],
                "validators",
            );
            bind(r, "signer-scaler", { kind: "Role", name: "signer-scaler" }, [DEVS], "validators");
        },
    },
    {
        name: "a PodDisruptionBudget for the signer and a non-preempting PriorityClass",
        stack: "dev",
        edit: r => {
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "signer-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "signer", namespace: "validators" },
                spec: { minAvailable: 1, selector: { matchLabels: { "app.kubernetes.io/component": "signer" } } },
            });
            k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "custody-critical", {
                apiVersion: "scheduling.k8s.io/v1",
                kind: "PriorityClass",
                metadata: { name: "custody-critical" },
                value: 1000000,
                preemptionPolicy: "Never",
                globalDefault: false,
            });
        },
    },
    {
        name: "a Role in validators allowing create serviceaccounts/token only for the namespace's default ServiceAccount (no IAM role) bound to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(
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
                "validators",
            );
            bind(r, "default-token", { kind: "Role", name: "default-token" }, [DEVS], "validators");
        },
    },
    {
        name: "an access entry for an outside role with AmazonEKSViewPolicy scoped to validators",
        stack: "pod-identity",
        edit: r => {
            const arn = `arn:aws:iam::${PRIMARY}:role/platform-ops`;
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops-entry", {
                clusterName: "prod-validators",
                principalArn: arn,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ops-view", {
                clusterName: "prod-validators",
                principalArn: arn,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "namespace", namespaces: ["validators"] },
            });
        },
    },
    {
        name: "an internet-facing LoadBalancer Service in tools limited by loadBalancerSourceRanges, no externalIPs or loadBalancerIP",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            k8s(r, SERVICE, "tools-public", {
                apiVersion: "v1",
                kind: "Service",
                metadata: {
                    name: "public",
                    namespace: "tools",
                    annotations: { "service.beta.kubernetes.io/aws-load-balancer-scheme": "internet-facing" },
                },
                spec: {
                    type: "LoadBalancer",
                    selector: { app: "public" },
                    loadBalancerSourceRanges: ["203.0.113.0/24"],
                    ports: [{ name: "https", port: 443, targetPort: 8443, protocol: "TCP" }],
                },
            });
        },
    },
    {
        name: "a ClusterRole reading services, endpoints and endpointslices bound cluster-wide to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(r, "service-reader", [
                { apiGroups: [""], resources: ["services", "endpoints"], verbs: ["get", "list", "watch"] },
                { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
            ]);
            bind(r, "service-reader", { kind: "ClusterRole", name: "service-reader" }, [DEVS]);
        },
    },
    {
        name: "a Role in tools allowing create serviceaccounts/token for resourceNames containment-chamber (the signer's name, but tools has no such runtime ServiceAccount) bound to platform-devs",
        stack: "dev",
        edit: r => {
            namespace(r, "tools");
            k8sRole(
                r,
                "tools-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                "tools",
            );
            bind(r, "tools-token", { kind: "Role", name: "tools-token" }, [DEVS], "tools");
        },
    },
    {
        name: "a Bottlerocket managed node group on a closed launch template whose user data only sets kubernetes max-pods",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(
                r,
                "basil",
                "basil-bottlerocket",
                { userData: Buffer.from("[settings.kubernetes]\nmax-pods = 58\n").toString("base64") },
                BASIL_NODES,
            ),
    },
    {
        name: "a self-managed node (EC2 instance, EC2_LINUX access entry) with closed instance metadata and no key pair",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => selfManagedInstance(r, "dev", "dev-self-managed-node"),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 16 on the Kubernetes/EKS side (ServiceCIDRs, node launch templates, system ClusterRoles, pod writes)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWithConfig(c.stack, r, c.config), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWithConfig(c.stack, r, c.config));
        });
    }
});
