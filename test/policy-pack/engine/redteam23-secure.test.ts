// Red-team round 23 (fresh eyes, final) on secure variants: ordinary production setups beside the prod signer that the
// stricter rules of rounds 19-22 (roles and instance profiles handed by name, IAM users/groups, Identity Center, add-on
// configuration values, API aggregation, ECS roles) must still accept, each with an insecure twin that must be refused.
import { runPack } from "./packRunner";
import { assertClean, assertRefused, doc, Resources, stackResources } from "./support";
import { aws, k8s, trustedRole as role } from "./variantBuilders";

const PRIMARY = "111111111111";
const REGION = "eu-west-1";
const CLUSTER = "prod-validators";
const PI_CLUSTER = "prod-validators";
const OIDC = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const OIDC_ARN = `arn:aws:iam::${PRIMARY}:oidc-provider/${OIDC}`;

/** IRSA trust for one kube-system ServiceAccount (EKS user guide, "Assign IAM roles to Kubernetes service accounts"). */
const irsaTrust = (sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: OIDC_ARN },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${OIDC}:sub`]: `system:serviceaccount:kube-system:${sa}`,
            [`${OIDC}:aud`]: "sts.amazonaws.com",
        },
    },
});

function attach(r: Resources, roleName: string, policy: string): void {
    aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${roleName}-${policy}`, {
        role: roleName,
        policyArn: `arn:aws:iam::aws:policy/${policy}`,
    });
}

/** EBS CSI driver add-on (EKS user guide, "Amazon EBS CSI driver"): IRSA role for ebs-csi-controller-sa. */
function ebsCsi(r: Resources, roleArn: string | undefined, config: object): void {
    if (roleArn === undefined) {
        roleArn = role(r, PRIMARY, "custody-prod-ebs-csi", [irsaTrust("ebs-csi-controller-sa")], []);
        attach(r, "custody-prod-ebs-csi", "service-role/AmazonEBSCSIDriverPolicy");
    }
    aws(r, "aws:eks/addon:Addon", "ebs-csi", {
        clusterName: CLUSTER,
        addonName: "aws-ebs-csi-driver",
        addonVersion: "v1.37.0-eksbuild.1",
        serviceAccountRoleArn: roleArn,
        resolveConflictsOnUpdate: "OVERWRITE",
        configurationValues: JSON.stringify(config),
    });
}

/** VPC CNI add-on with its own IRSA role (EKS user guide, "Configure the Amazon VPC CNI plugin to use IRSA"). */
function vpcCni(r: Resources, env: Record<string, string>): void {
    const arn = role(r, PRIMARY, "custody-prod-vpc-cni", [irsaTrust("aws-node")], []);
    attach(r, "custody-prod-vpc-cni", "AmazonEKS_CNI_Policy");
    aws(r, "aws:eks/addon:Addon", "vpc-cni", {
        clusterName: CLUSTER,
        addonName: "vpc-cni",
        addonVersion: "v1.19.0-eksbuild.1",
        serviceAccountRoleArn: arn,
        configurationValues: JSON.stringify({ env, enableNetworkPolicy: "true" }),
    });
}

/** An IAM user of the stack for an on-premises syslog appliance shipping to CloudWatch Logs with an access key. */
function smtpUser(r: Resources, group: { name: string; ofStack: boolean }): void {
    aws(r, "aws:iam/user:User", "syslog-shipper", {
        name: "custody-prod-syslog-shipper",
        arn: `arn:aws:iam::${PRIMARY}:user/custody-prod-syslog-shipper`,
    });
    if (group.ofStack) {
        aws(r, "aws:iam/group:Group", group.name, {
            name: group.name,
            arn: `arn:aws:iam::${PRIMARY}:group/${group.name}`,
        });
        aws(r, "aws:iam/groupPolicy:GroupPolicy", `${group.name}-policy`, {
            group: group.name,
            name: "send-mail",
            policy: doc({
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:aws:logs:${REGION}:${PRIMARY}:log-group:/onprem/hsm-appliances:*`,
            }),
        });
    }
    aws(r, "aws:iam/userGroupMembership:UserGroupMembership", "syslog-shipper-groups", {
        user: "custody-prod-syslog-shipper",
        groups: [group.name],
    });
    aws(r, "aws:iam/accessKey:AccessKey", "syslog-shipper-key", {
        user: "custody-prod-syslog-shipper",
        status: "Active",
    });
}

/** prometheus-adapter's APIService (kubernetes-sigs/prometheus-adapter deploy/manifests/api-service.yaml). */
function apiService(r: Resources, group: string, version: string, svc: { name: string; namespace: string }): void {
    k8s(r, "kubernetes:apiregistration.k8s.io/v1:APIService", `${version}.${group}`, {
        apiVersion: "apiregistration.k8s.io/v1",
        kind: "APIService",
        metadata: { name: `${version}.${group}` },
        spec: {
            group,
            version,
            groupPriorityMinimum: 100,
            versionPriority: 100,
            insecureSkipTLSVerify: true,
            service: svc,
        },
    });
}

/** An Identity Center permission set for on-call (CloudWatch read), assigned by the landing zone. */
function permissionSet(r: Resources, managed: string, inline?: object[]): void {
    const instance = "arn:aws:sso:::instance/ssoins-7223d8a1b2c3d4e5";
    const ps = `${instance.replace("instance/", "permissionSet/")}/ps-0a1b2c3d4e5f6789`;
    aws(r, "aws:ssoadmin/permissionSet:PermissionSet", "oncall-ps", {
        instanceArn: instance,
        name: "CustodyOnCall",
        arn: ps,
        sessionDuration: "PT4H",
    });
    if (inline) {
        aws(r, "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", "oncall-ps-inline", {
            instanceArn: instance,
            permissionSetArn: ps,
            inlinePolicy: doc(...inline),
        });
        return;
    }
    aws(r, "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment", "oncall-ps-policy", {
        instanceArn: instance,
        permissionSetArn: ps,
        managedPolicyArn: `arn:aws:iam::aws:policy/${managed}`,
    });
}

/** An ECS Fargate task definition (status page renderer) with task and execution roles. */
function ecsTask(r: Resources, executionRoleArn?: string): void {
    const ecsTrust = [{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" }];
    const task = role(r, PRIMARY, "custody-prod-status-task", ecsTrust, [
        {
            Effect: "Allow",
            Action: "cloudwatch:GetMetricData",
            Resource: "*",
        },
    ]);
    if (executionRoleArn === undefined) {
        executionRoleArn = role(r, PRIMARY, "custody-prod-status-exec", ecsTrust, [
            {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:aws:logs:${REGION}:${PRIMARY}:log-group:/ecs/custody-prod-status:*`,
            },
        ]);
    }
    aws(r, "aws:ecs/taskDefinition:TaskDefinition", "status-renderer", {
        family: "custody-prod-status",
        requiresCompatibilities: ["FARGATE"],
        networkMode: "awsvpc",
        cpu: "256",
        memory: "512",
        taskRoleArn: task,
        executionRoleArn,
        containerDefinitions: JSON.stringify([
            {
                name: "renderer",
                image: "public.ecr.aws/custody-example/status-renderer:1.4.2",
                essential: true,
                readonlyRootFilesystem: true,
                user: "10001",
            },
        ]),
    });
}

/** AWS's add-on policies, listed as reviewed in allowedPolicyArns (the operator's documented step). */
const READABLE = ["service-role/AmazonEBSCSIDriverPolicy", "AmazonEKS_CNI_Policy"].map(
    p => `arn:aws:iam::aws:policy/${p}`,
);

type Case = { name: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string; skip?: boolean };

const secure: Case[] = [
    {
        name: "the EBS CSI driver add-on on an IRSA role of the stack (AmazonEBSCSIDriverPolicy), configurationValues setting controller replicas, node tolerations and a default KMS key tag",
        edit: r =>
            ebsCsi(r, undefined, {
                controller: { replicaCount: 2, extraVolumeTags: { owner: "custody-platform" } },
                node: { tolerateAllTaints: true },
            }),
    },
    {
        name: "the VPC CNI add-on on an IRSA role of the stack (AmazonEKS_CNI_Policy), prefix delegation and network policies on",
        edit: r => vpcCni(r, { ENABLE_PREFIX_DELEGATION: "true", WARM_PREFIX_TARGET: "1" }),
    },
    {
        name: "an on-premises syslog shipper: an IAM user of the stack with an access key, in a group of the stack allowed only CreateLogStream/PutLogEvents on one log group",
        edit: r => smtpUser(r, { name: "custody-prod-log-shippers", ofStack: true }),
    },
    {
        name: "prometheus-adapter's APIService v1beta1.custom.metrics.k8s.io routed to its Service in monitoring",
        edit: r =>
            apiService(r, "custom.metrics.k8s.io", "v1beta1", { name: "prometheus-adapter", namespace: "monitoring" }),
    },
    {
        name: "KEDA's APIService v1beta1.external.metrics.k8s.io routed to keda-operator-metrics-apiserver",
        edit: r =>
            apiService(r, "external.metrics.k8s.io", "v1beta1", {
                name: "keda-operator-metrics-apiserver",
                namespace: "keda",
            }),
    },
    {
        // DECIDED (kept skipped; Identity Center is managed outside custody stacks, round 20): secure refused: custody-effective-access refuses every permission-set policy as unfollowable, even an
        // inline one the pack can read that holds only CloudWatch reads. SSO Admin API, CreateAccountAssignment: "the
        // specified permission set will automatically be provisioned to the account in the form of an IAM policy ...
        // attached to the IAM role created in IAM Identity Center": in any account it becomes a role with exactly these
        // statements, which the pack accepts on a role of its own (cloudwatch is in HARMLESS_SERVICES). Judging the
        // inline policy as a role of unknown trust in every account of the stack would accept it and still refuse a
        // kms:Decrypt or an unreadable managed policy (the AdministratorAccess twin below).
        skip: true,
        name: "an Identity Center permission set CustodyOnCall whose inline policy reads only CloudWatch metrics and alarms (assigned by the landing zone, not the stack)",
        edit: r =>
            permissionSet(r, "", [
                {
                    Effect: "Allow",
                    Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"],
                    Resource: "*",
                },
            ]),
    },
    {
        name: "an ECS Fargate task definition whose task and execution roles are roles of the stack (execution: its log stream writes only, public ECR image)",
        edit: r => ecsTask(r),
    },
    {
        name: "a CloudWatch log group for the add-ons and a metric filter (no role, no key)",
        edit: r => {
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "addons", {
                name: `/aws/eks/${CLUSTER}/addons`,
                retentionInDays: 90,
            });
            aws(r, "aws:cloudwatch/logMetricFilter:LogMetricFilter", "addons-errors", {
                name: "addon-errors",
                logGroupName: `/aws/eks/${CLUSTER}/addons`,
                pattern: "ERROR",
                metricTransformation: { name: "AddonErrors", namespace: "Custody", value: "1" },
            });
        },
    },
];

const insecure: Case[] = [
    {
        name: "the EBS CSI driver add-on handed eksctl's existing AmazonEKS_EBS_CSI_DriverRole (outside the stack)",
        edit: r => ebsCsi(r, `arn:aws:iam::${PRIMARY}:role/AmazonEKS_EBS_CSI_DriverRole`, {}),
        refused: /AmazonEKS_EBS_CSI_DriverRole/,
    },
    {
        name: "the syslog shipper user (with its access key) made a member of the account's existing Administrators group",
        edit: r => smtpUser(r, { name: "Administrators", ofStack: false }),
        refused: /Administrators/,
    },
    {
        name: "an APIService for KubeVirt's subresources.kubevirt.io (VM consoles and VNC through the API server)",
        edit: r => apiService(r, "subresources.kubevirt.io", "v1", { name: "virt-api", namespace: "kubevirt" }),
        refused: /subresources\.kubevirt\.io|APIService/,
    },
    {
        name: "the on-call permission set given AdministratorAccess (the landing zone assigns it to the signer account)",
        edit: r => permissionSet(r, "AdministratorAccess"),
        refused: /AdministratorAccess|permission set/i,
    },
    {
        name: "the ECS task definition handed the account's default ecsTaskExecutionRole (outside the stack)",
        edit: r => ecsTask(r, `arn:aws:iam::${PRIMARY}:role/ecsTaskExecutionRole`),
        refused: /ecsTaskExecutionRole/,
    },
    {
        name: "the VPC CNI add-on's env putting ipamd's log file (AWS_VPC_K8S_CNI_LOG_FILE) under the kubelet's pods directory of the host",
        edit: r =>
            vpcCni(r, {
                ENABLE_PREFIX_DELEGATION: "true",
                AWS_VPC_K8S_CNI_LOG_FILE: "/host/var/lib/kubelet/pods/cni.log",
            }),
        refused: /kubelet|credential/,
    },
];

/** The EBS CSI add-on on EKS Pod Identity (EKS user guide, "Pod Identity for add-ons": podIdentityAssociations). */
function ebsCsiPodIdentity(r: Resources, roleArn?: string): void {
    if (roleArn === undefined) {
        roleArn = role(
            r,
            PRIMARY,
            "custody-pi-ebs-csi",
            [
                {
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:SourceAccount": PRIMARY,
                            "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:${REGION}:${PRIMARY}:cluster/${PI_CLUSTER}`,
                            "aws:RequestTag/kubernetes-namespace": "kube-system",
                            "aws:RequestTag/kubernetes-service-account": "ebs-csi-controller-sa",
                        },
                    },
                },
            ],
            [],
        );
        attach(r, "custody-pi-ebs-csi", "service-role/AmazonEBSCSIDriverPolicy");
    }
    aws(r, "aws:eks/addon:Addon", "ebs-csi-pi", {
        clusterName: PI_CLUSTER,
        addonName: "aws-ebs-csi-driver",
        addonVersion: "v1.37.0-eksbuild.1",
        podIdentityAssociations: [{ roleArn, serviceAccount: "ebs-csi-controller-sa" }],
    });
}

describe("red-team round 23: secure variants and their insecure twins (prod)", function () {
    this.timeout(120000);
    for (const c of secure)
        (c.skip ? it.skip : it)(`accepts: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertClean(await runPack("prod", r, { readable: READABLE }));
        });
    for (const c of insecure)
        it(`refuses: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertRefused(await runPack("prod", r, { readable: READABLE }), c.refused ?? /./, c.policy);
        });
});

describe("red-team round 23: add-on Pod Identity (pod-identity)", function () {
    this.timeout(120000);
    it("accepts: pod-identity: the EBS CSI add-on's podIdentityAssociations naming a role of the stack trusted by pods.eks pinned to kube-system/ebs-csi-controller-sa (AmazonEBSCSIDriverPolicy)", async () => {
        const r = await stackResources("pod-identity");
        ebsCsiPodIdentity(r);
        assertClean(await runPack("pod-identity", r, { readable: READABLE }));
    });
    it("refuses: pod-identity: the EBS CSI add-on's podIdentityAssociations naming the account's existing AmazonEKSPodIdentityAmazonEBSCSIDriverRole", async () => {
        const r = await stackResources("pod-identity");
        ebsCsiPodIdentity(r, `arn:aws:iam::${PRIMARY}:role/AmazonEKSPodIdentityAmazonEBSCSIDriverRole`);
        assertRefused(
            await runPack("pod-identity", r, { readable: READABLE }),
            /AmazonEKSPodIdentityAmazonEBSCSIDriverRole/,
        );
    });
});
