// Red-team round 8 (fresh eyes) on false refusals, across all seven committed stacks (dev, prod, pod-identity, basil,
// trust-domain, curity, cross-account): what a careful platform team legitimately adds or changes around the custody
// workloads in real AWS/EKS accounts (DNS and certificate controllers, the load balancer controller, the EBS CSI
// add-on, Karpenter's interruption queue, network policies, PodDisruptionBudgets, HPAs, alarms, VPC endpoints with
// endpoint policies, SCP/RCP guard Denies, key-policy guards, explicit PITR and rotation settings, stricter
// conditions on the workloads' own grants, first-preview unknowns, Pod Identity session-tag pins, operations helpers
// named through `custody:operations`). Plus insecure twins: the same helper made subtly dangerous, which the pack must
// keep refusing, so the secure verdicts are not mere leniency.
//
// Secure variants the whole pack must accept; insecure ones it must refuse (with the path message it must name).
// A case the pack gets wrong is `skip` with a comment starting "MISS:" (why, and the document checked); set
// REDTEAM_ALL=1 to run them too.
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    addStatements,
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    modelWithOperations,
    prop,
    resourceLike,
    Resources,
    runPackWith,
    setProp,
    stackResources,
} from "./support";
import { bindSa, k8s, namespace, rbacRole, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const CUSTODY_B = "222222222222";
const CUSTODY_C = "333333333333";
const BASIL = "111122223333";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_A = "666666666666";
const MANAGEMENT = "999999999999";
const ORG_ID = "o-a1b2c3d4e5";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const BASIL_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const CURITY_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;
const PROD_SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const POD_SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-signer`;
const TD_SERVER = `arn:aws:iam::${IDENTITY}:role/trust-domain-server`;
const ACCESS_ROLE = `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`;
const MY_TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/my-table`;
const ZONE = "arn:aws:route53:::hostedzone/Z0123456789EXAMPLEAB";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const EFFECTIVE = "custody-effective-access";
const EBS_CSI_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy";
const CW_AGENT_POLICY = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";

// ---- builders.

/** An AWS resource through the provider of a resource of the stack (its first role unless `like` is given). */
function aws(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    like?: AnalyzerResourceInput,
): AnalyzerResourceInput {
    const base = like ?? r.find(x => x.type === ROLE);
    if (!base) throw new Error("no role in the fixture");
    const res = resourceLike(base, type, name, inputs);
    r.push(res);
    return res;
}

/** A stack role with these trust statements and one inline policy; returns its ARN. */
function role(
    r: Resources,
    account: string,
    name: string,
    trust: object[],
    statements: object[],
    like?: AnalyzerResourceInput,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            ...(statements.length > 0 ? { inlinePolicies: [{ name: "access", policy: doc(...statements) }] } : {}),
        },
        like,
    );
    return arn;
}

const irsaTrust = (issuer: string, account: string, namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

const podIdentityTrust = (namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
            "aws:RequestTag/kubernetes-namespace": namespace,
            "aws:RequestTag/kubernetes-service-account": sa,
        },
    },
});

const ec2Trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };

const restricted = {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

function deployment(r: Resources, name: string, namespace: string, sa: string, image: string): void {
    k8s(r, "kubernetes:apps/v1:Deployment", `${namespace}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    securityContext: { runAsNonRoot: true, runAsUser: 65532, fsGroup: 65532 },
                    containers: [{ name, image, securityContext: restricted }],
                },
            },
        },
    });
}

const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const tableArns = (r: Resources) => r.filter(x => x.type === TABLE).map(arnOf);

/** Replaces the statement `sid` of a JSON policy property. */
function editStatement(x: AnalyzerResourceInput, key: string, sid: string, edit: (s: any) => void): void {
    const d = JSON.parse(prop(x, key) as string) as { Statement: any[] };
    const s = d.Statement.find(st => st.Sid === sid);
    if (!s) throw new Error(`no statement ${sid}`);
    edit(s);
    setProp(x, key, JSON.stringify(d));
}

/** Stateful resources the stack adds carry the options the program gives its own (protect, retainOnDelete). */
function protectedOptions(x: AnalyzerResourceInput): AnalyzerResourceInput {
    (x as { options?: Record<string, unknown> }).options = {
        protect: true,
        retainOnDelete: true,
        ignoreChanges: [],
        deleteBeforeReplace: false,
        additionalSecretOutputs: [],
    };
    return x;
}

/**
 * A new explicit AWS provider (pinned to one account, as the stack's own are) and a stand-in resource using it, to
 * pass as `like`: the organization's management account, where SCPs and RCPs are created.
 */
function providerFor(r: Resources, name: string, account: string, region: string): AnalyzerResourceInput {
    const stackPrefix = r[0].urn.split("::").slice(0, 2).join("::");
    const inputs = {
        allowedAccountIds: JSON.stringify([account]),
        assumeRoles: JSON.stringify([{ roleArn: `arn:aws:iam::${account}:role/custody-deployer` }]),
        region,
        skipCredentialsValidation: "false",
        skipRegionValidation: "true",
    };
    const urn = `${stackPrefix}::pulumi:providers:aws::${name}`;
    r.push({ urn, type: "pulumi:providers:aws", name, inputs, outputs: inputs } as unknown as AnalyzerResourceInput);
    return {
        urn: `${stackPrefix}::stand-in::${name}`,
        type: "stand-in",
        name,
        inputs: {},
        provider: { urn, type: "pulumi:providers:aws", name, inputs },
    } as unknown as AnalyzerResourceInput;
}

/** A DynamoDB gateway endpoint with an endpoint policy (VPC user guide, "Control access to VPC endpoints"). */
function dynamoGatewayEndpoint(
    r: Resources,
    name: string,
    region: string,
    policy: string,
    like?: AnalyzerResourceInput,
    routeTableIds: unknown = ["rtb-0a1b2c3d4e5f60718"],
): AnalyzerResourceInput {
    return aws(
        r,
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        name,
        {
            vpcId: "vpc-0a1b2c3d4e5f60718",
            serviceName: `com.amazonaws.${region}.dynamodb`,
            vpcEndpointType: "Gateway",
            routeTableIds,
            policy,
            id: `vpce-${name.length.toString().padStart(4, "0")}0a1b2c3d4e5f6`,
        },
        like,
    );
}

// ---- the model, as `npm run custody-model` writes it from a stack file with custody:operations.

/** The reviewed AWS managed policy a team lists in attached-policies-readable (its documented knob). */
const allowPolicyArn =
    (...arns: string[]) =>
    (c: PackConfig): PackConfig => ({
        ...c,
        "attached-policies-readable": { ...(c["attached-policies-readable"] ?? {}), allowedPolicyArns: arns },
    });

type Case = {
    name: string;
    stack: string;
    /** Judge the first-preview fixture (computed outputs unknown). */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The custody:operations entries the stack file names (the generated model is used). */
    operations?: Record<string, unknown>[];
    /** A documented pack-config knob the team sets with the change. */
    config?: (c: PackConfig) => PackConfig;
    /** Insecure cases: the path message the refusal must name, and the policy (any when absent). */
    refused?: RegExp;
    policy?: string;
    /** A case the pack gets wrong: "MISS: <why>". */
    skip?: string;
};

// ---- shared pieces of the helpers and their twins.

/** external-dns (kubernetes-sigs/external-dns, docs/tutorials/aws.md): one hosted zone, IRSA, read-only RBAC. */
function externalDns(r: Resources, extra: object[] = []): void {
    namespace(r, "external-dns");
    const arn = role(
        r,
        PRIMARY,
        "custody-dev-external-dns",
        [irsaTrust(DEV_ISSUER, PRIMARY, "external-dns", "external-dns")],
        [
            {
                Sid: "ChangeOwnZone",
                Effect: "Allow",
                Action: "route53:ChangeResourceRecordSets",
                Resource: ZONE,
                Condition: {
                    "ForAllValues:StringEquals": {
                        "route53:ChangeResourceRecordSetsRecordTypes": ["A", "AAAA", "CNAME", "TXT"],
                    },
                },
            },
            {
                Sid: "ListZonesAndRecords",
                Effect: "Allow",
                Action: ["route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:ListTagsForResources"],
                Resource: "*",
            },
            ...extra,
        ],
    );
    serviceAccount(r, "external-dns", "external-dns", { "eks.amazonaws.com/role-arn": arn });
    rbacRole(r, "external-dns", [
        { apiGroups: [""], resources: ["services", "endpoints", "pods", "nodes"], verbs: ["get", "watch", "list"] },
        { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: ["get", "watch", "list"] },
        { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "watch", "list"] },
    ]);
    bindSa(r, "external-dns", "ClusterRole", "external-dns", "external-dns");
    deployment(r, "external-dns", "external-dns", "external-dns", "registry.k8s.io/external-dns/external-dns:v0.15.0");
}

/** cert-manager's Route 53 DNS-01 role (cert-manager docs, "Route53": IRSA, least-privilege policy). */
function certManager(r: Resources): void {
    namespace(r, "cert-manager");
    const arn = role(
        r,
        CURITY,
        "cert-manager-route53",
        [irsaTrust(CURITY_ISSUER, CURITY, "cert-manager", "cert-manager")],
        [
            { Sid: "GetChange", Effect: "Allow", Action: "route53:GetChange", Resource: "arn:aws:route53:::change/*" },
            {
                Sid: "AcmeChallengeRecords",
                Effect: "Allow",
                Action: ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"],
                Resource: ZONE,
                Condition: {
                    "ForAllValues:StringEquals": { "route53:ChangeResourceRecordSetsRecordTypes": ["TXT"] },
                    "ForAllValues:StringLike": {
                        "route53:ChangeResourceRecordSetsNormalizedRecordNames": ["_acme-challenge.*"],
                    },
                },
            },
            { Sid: "FindZone", Effect: "Allow", Action: "route53:ListHostedZonesByName", Resource: "*" },
        ],
    );
    serviceAccount(r, "cert-manager", "cert-manager", { "eks.amazonaws.com/role-arn": arn });
    k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "letsencrypt", {
        apiVersion: "cert-manager.io/v1",
        kind: "ClusterIssuer",
        metadata: { name: "letsencrypt" },
        spec: {
            acme: {
                server: "https://acme-v02.api.letsencrypt.org/directory",
                privateKeySecretRef: { name: "letsencrypt-account" },
                solvers: [{ dns01: { route53: { region: "eu-west-1", hostedZoneID: "Z0123456789EXAMPLEAB" } } }],
            },
        },
    });
    k8s(r, "kubernetes:cert-manager.io/v1:Certificate", "curity-tls", {
        apiVersion: "cert-manager.io/v1",
        kind: "Certificate",
        metadata: { name: "curity-tls", namespace: "curity" },
        spec: {
            secretName: "curity-tls",
            dnsNames: ["login.example.com"],
            issuerRef: { kind: "ClusterIssuer", name: "letsencrypt" },
        },
    });
}

/** The key auditor of the pod-identity stack: a Pod Identity role reading share and table metadata. */
const POD_AUDIT_OPERATIONS = [
    {
        name: "key-audit",
        subject: { podIdentity: { namespace: "audit", serviceAccount: "key-audit" } },
        allow: [
            { accessSet: "operations.keyAudit", on: ["signer.shares"] },
            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
        ],
    },
];
const POD_AUDITOR = `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-key-audit`;
function podIdentityAuditor(r: Resources, keyPolicyActions: string[], indices = [1, 2, 3]): void {
    const shares = indices.map(i => arnOf(share(r, i)));
    role(
        r,
        PRIMARY,
        "custody-pod-identity-key-audit",
        [podIdentityTrust("audit", "key-audit")],
        [
            {
                Sid: "ShareMetadata",
                Effect: "Allow",
                Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:GetKeyPolicy"],
                Resource: shares,
            },
            {
                Sid: "TableSettings",
                Effect: "Allow",
                Action: ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups"],
                Resource: tableArns(r),
            },
        ],
    );
    // Shares 2 and 3 live in other accounts: their key policies must name the auditor (KMS developer guide,
    // "Allowing users in other accounts to use a KMS key").
    for (const i of indices.filter(n => n !== 1))
        addStatements(share(r, i), "policy", {
            Sid: "KeyAudit",
            Effect: "Allow",
            Principal: { AWS: POD_AUDITOR },
            Action: keyPolicyActions,
            Resource: "*",
        });
    serviceAccount(r, "audit", "key-audit");
    const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    aws(
        r,
        "aws:eks/podIdentityAssociation:PodIdentityAssociation",
        "key-audit-pod-identity",
        {
            clusterName: "prod-validators",
            namespace: "audit",
            serviceAccount: "key-audit",
            roleArn: POD_AUDITOR,
            disableSessionTags: false,
            associationArn: `arn:aws:eks:eu-west-1:${PRIMARY}:podidentityassociation/prod-validators/a-0audit0000000001`,
        },
        assoc,
    );
}

/** The EBS CSI driver add-on bound by Pod Identity to its own role (EKS user guide, "Amazon EBS CSI driver"). */
function ebsCsi(r: Resources, roleArnOverride?: string): void {
    const arn = role(
        r,
        PRIMARY,
        "custody-pod-identity-ebs-csi",
        [podIdentityTrust("kube-system", "ebs-csi-controller-sa")],
        [],
    );
    aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "ebs-csi-policy", {
        role: "custody-pod-identity-ebs-csi",
        policyArn: EBS_CSI_POLICY,
    });
    const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    aws(
        r,
        "aws:eks/addon:Addon",
        "aws-ebs-csi-driver",
        {
            clusterName: "prod-validators",
            addonName: "aws-ebs-csi-driver",
            addonVersion: "v1.37.0-eksbuild.1",
            resolveConflictsOnUpdate: "OVERWRITE",
            podIdentityAssociations: [{ roleArn: roleArnOverride ?? arn, serviceAccount: "ebs-csi-controller-sa" }],
        },
        assoc,
    );
}

/** Basil's key auditor: an IRSA role (audit/key-audit) reading the catalog keys' metadata. */
const BASIL_AUDIT_OPERATIONS = [
    {
        name: "key-audit",
        subject: { irsa: { namespace: "audit", serviceAccount: "key-audit" } },
        allow: [{ accessSet: "operations.keyAudit", on: ["basil.keys"] }],
    },
];
function basilAuditor(r: Resources, statement: Record<string, unknown>): void {
    const keys = r.filter(x => x.type === KEY).map(arnOf);
    const arn = role(
        r,
        BASIL,
        "basil-key-audit",
        [irsaTrust(BASIL_ISSUER, BASIL, "audit", "key-audit")],
        [{ Sid: "CatalogKeyMetadata", Effect: "Allow", Resource: keys, ...statement }],
    );
    serviceAccount(r, "audit", "key-audit", { "eks.amazonaws.com/role-arn": arn });
}

/** AWS's node policies Karpenter's getting-started template attaches to its node role. */
const NODE_POLICY_ARNS = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEKS_CNI_Policy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
].map(p => `arn:aws:iam::aws:policy/${p}`);

/** Karpenter's node role (EC2 only, AWS's node policies by ARN) with an EC2_LINUX access entry. */
function karpenterNodeRole(r: Resources, inline: object[] = []): void {
    role(r, BASIL, "KarpenterNodeRole-basil", [ec2Trust], inline);
    for (const policyArn of NODE_POLICY_ARNS)
        aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `karpenter-node-${policyArn.split("/").pop()}`, {
            role: "KarpenterNodeRole-basil",
            policyArn,
        });
    aws(r, "aws:eks/accessEntry:AccessEntry", "karpenter-node", {
        clusterName: "basil-cluster",
        principalArn: `arn:aws:iam::${BASIL}:role/KarpenterNodeRole-basil`,
        type: "EC2_LINUX",
    });
}

/** Karpenter's interruption queue (Karpenter docs, "Interruption": SQS queue + EventBridge rules). */
function karpenterInterruptionQueue(r: Resources): void {
    const queue = `arn:aws:sqs:us-east-1:${BASIL}:basil-cluster-karpenter`;
    aws(r, "aws:sqs/queue:Queue", "karpenter-interruption", {
        name: "basil-cluster-karpenter",
        arn: queue,
        messageRetentionSeconds: 300,
        sqsManagedSseEnabled: true,
    });
    aws(r, "aws:sqs/queuePolicy:QueuePolicy", "karpenter-interruption", {
        queueUrl: `https://sqs.us-east-1.amazonaws.com/${BASIL}/basil-cluster-karpenter`,
        policy: doc(
            {
                Sid: "EC2InterruptionPolicy",
                Effect: "Allow",
                Principal: { Service: ["events.amazonaws.com", "sqs.amazonaws.com"] },
                Action: "sqs:SendMessage",
                Resource: queue,
            },
            {
                Sid: "DenyHTTP",
                Effect: "Deny",
                Principal: "*",
                Action: "sqs:*",
                Resource: queue,
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ),
    });
    const rules: Record<string, object> = {
        "scheduled-change": { source: ["aws.health"], "detail-type": ["AWS Health Event"] },
        "spot-interruption": { source: ["aws.ec2"], "detail-type": ["EC2 Spot Instance Interruption Warning"] },
        rebalance: { source: ["aws.ec2"], "detail-type": ["EC2 Instance Rebalance Recommendation"] },
        "instance-state-change": { source: ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"] },
    };
    for (const [name, pattern] of Object.entries(rules)) {
        aws(r, "aws:cloudwatch/eventRule:EventRule", `karpenter-${name}`, {
            name: `karpenter-${name}`,
            arn: `arn:aws:events:us-east-1:${BASIL}:rule/karpenter-${name}`,
            eventPattern: JSON.stringify(pattern),
        });
        aws(r, "aws:cloudwatch/eventTarget:EventTarget", `karpenter-${name}`, {
            rule: `karpenter-${name}`,
            targetId: "KarpenterInterruptionQueueTarget",
            arn: queue,
        });
    }
}

/** A key-policy guard on the cross-account data key: nobody outside the organization (aws:PrincipalOrgID). */
const orgGuard = (effect: "Deny" | "Allow") => ({
    Sid: "DenyOutsideOrganization",
    Effect: effect,
    Principal: "*",
    Action: "kms:*",
    Resource: "*",
    Condition: {
        StringNotEqualsIfExists: { "aws:PrincipalOrgID": ORG_ID },
        BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
    },
});

// ---- secure variants.

const secure: Case[] = [
    // ---- dev.
    {
        // Was a MISS (h7-secure): Route 53 record writes on named hosted zones pass for an identity of no workload while every trusted issuer is an EKS one (judge.ts dnsRecordWrite); List reads have catalogue access levels now.
        stack: "dev",
        name: "external-dns with its own IRSA role: record changes in one hosted zone (A/AAAA/CNAME/TXT only), zone listing, read-only RBAC",
        edit: r => externalDns(r),
    },
    {
        stack: "dev",
        name: "a CloudWatch metrics exporter (YACE) in monitoring by IRSA: GetMetricData, ListMetrics and tag:GetResources",
        edit: r => {
            namespace(r, "monitoring");
            const arn = role(
                r,
                PRIMARY,
                "custody-dev-yace",
                [irsaTrust(DEV_ISSUER, PRIMARY, "monitoring", "yace")],
                [
                    {
                        Sid: "Metrics",
                        Effect: "Allow",
                        Action: [
                            "cloudwatch:GetMetricData",
                            "cloudwatch:GetMetricStatistics",
                            "cloudwatch:ListMetrics",
                            "tag:GetResources",
                        ],
                        Resource: "*",
                    },
                ],
            );
            serviceAccount(r, "monitoring", "yace", { "eks.amazonaws.com/role-arn": arn });
            deployment(r, "yace", "monitoring", "yace", "ghcr.io/nerdswords/yet-another-cloudwatch-exporter:v0.61.0");
        },
    },
    {
        stack: "dev",
        name: "cost-allocation and classification tags added to every key, table and the signer role (custody: tags kept)",
        edit: r => {
            for (const x of r.filter(y => [KEY, TABLE, ROLE].includes(y.type))) {
                const tags = (prop(x, "tags") ?? {}) as Record<string, string>;
                setProp(x, "tags", {
                    ...tags,
                    "cost-center": "4711",
                    "data-classification": "restricted",
                    "backup-policy": "daily",
                });
            }
        },
    },
    {
        stack: "dev",
        // Was a MISS (h7-secure): model/catalog.ts details every service, so these List reads are harmless (judge.ts SECRET_READS excludes the secret-returning ones).
        name: "an inventory scanner (IRSA security/inventory) reading EC2, ELB, Route 53 and ACM configuration only (Describe*/List*)",
        edit: r => {
            namespace(r, "security");
            const arn = role(
                r,
                PRIMARY,
                "custody-dev-inventory",
                [irsaTrust(DEV_ISSUER, PRIMARY, "security", "inventory")],
                [
                    {
                        Sid: "Inventory",
                        Effect: "Allow",
                        Action: [
                            "ec2:DescribeInstances",
                            "ec2:DescribeSecurityGroups",
                            "ec2:DescribeVpcs",
                            "elasticloadbalancing:DescribeLoadBalancers",
                            "route53:ListHostedZones",
                            "acm:ListCertificates",
                        ],
                        Resource: "*",
                    },
                ],
            );
            serviceAccount(r, "security", "inventory", { "eks.amazonaws.com/role-arn": arn });
        },
    },
    // ---- prod.
    {
        stack: "prod",
        name: "explicit hardening settings: PITR recoveryPeriodInDays 35 on every table, share keys with rotationPeriodInDays 365, multiRegion false, isEnabled true, bypassPolicyLockoutSafetyCheck false",
        edit: r => {
            for (const t of r.filter(x => x.type === TABLE))
                setProp(t, "pointInTimeRecovery", { enabled: true, recoveryPeriodInDays: 35 });
            for (const k of r.filter(x => x.type === KEY)) {
                setProp(k, "rotationPeriodInDays", k.name === "signer-tables-cmk" ? 180 : 365);
                setProp(k, "multiRegion", false);
                setProp(k, "isEnabled", true);
                setProp(k, "bypassPolicyLockoutSafetyCheck", false);
            }
        },
    },
    {
        stack: "prod",
        name: "a DynamoDB gateway endpoint whose endpoint policy names the signer role for its seed actions on its three tables (and the keystore index)",
        edit: r => {
            const tables = tableArns(r);
            dynamoGatewayEndpoint(
                r,
                "dynamodb-gateway",
                "eu-west-1",
                doc({
                    Sid: "SignerTablesOnly",
                    Effect: "Allow",
                    Principal: { AWS: PROD_SIGNER },
                    Action: [
                        "dynamodb:DescribeTable",
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem",
                        "dynamodb:Query",
                        "dynamodb:Scan",
                        "dynamodb:ConditionCheckItem",
                    ],
                    Resource: [...tables, ...tables.map(t => `${t}/index/*`)],
                }),
            );
        },
    },
    {
        stack: "prod",
        name: "from the organization's management account: an SCP denying table deletion, PITR and resource-policy changes on custody-prod-* except to the deployer, and an STS RCP keeping role assumption inside the organization",
        edit: r => {
            const mgmt = providerFor(r, "aws-management", MANAGEMENT, "us-east-1");
            aws(
                r,
                "aws:organizations/policy:Policy",
                "custody-tables-guard",
                {
                    name: "custody-tables-guard",
                    type: "SERVICE_CONTROL_POLICY",
                    id: "p-scp0custody1",
                    content: doc({
                        Sid: "ProtectCustodyTables",
                        Effect: "Deny",
                        Action: [
                            "dynamodb:DeleteTable",
                            "dynamodb:UpdateContinuousBackups",
                            "dynamodb:PutResourcePolicy",
                            "dynamodb:DeleteResourcePolicy",
                            "dynamodb:ExportTableToPointInTime",
                            "dynamodb:UpdateTimeToLive",
                        ],
                        Resource: `arn:aws:dynamodb:*:${PRIMARY}:table/custody-prod-*`,
                        Condition: {
                            ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-deployer` },
                        },
                    }),
                },
                mgmt,
            );
            aws(
                r,
                "aws:organizations/policy:Policy",
                "sts-org-only",
                {
                    name: "sts-org-only",
                    type: "RESOURCE_CONTROL_POLICY",
                    id: "p-rcp0custody1",
                    content: doc({
                        Sid: "EnforceOrgIdentities",
                        Effect: "Deny",
                        Principal: "*",
                        Action: "sts:AssumeRole",
                        Resource: "*",
                        Condition: {
                            StringNotEqualsIfExists: { "aws:PrincipalOrgID": ORG_ID },
                            BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
                        },
                    }),
                },
                mgmt,
            );
            for (const [policyId, target] of [
                ["p-scp0custody1", PRIMARY],
                ["p-rcp0custody1", PRIMARY],
                ["p-rcp0custody1", CUSTODY_B],
                ["p-rcp0custody1", CUSTODY_C],
            ])
                aws(
                    r,
                    "aws:organizations/policyAttachment:PolicyAttachment",
                    `${policyId}-${target}`,
                    { policyId, targetId: target },
                    mgmt,
                );
        },
    },
    {
        stack: "prod",
        name: "an alarm on share-1 use by anyone but the signer: CloudTrail metric filter, alarm, SNS topic encrypted with its own stack key that admits CloudWatch for this account",
        edit: r => {
            const like = share(r, 1);
            const alarm = `arn:aws:cloudwatch:eu-west-1:${PRIMARY}:alarm:share-1-foreign-use`;
            const topic = `arn:aws:sns:eu-west-1:${PRIMARY}:custody-alarms`;
            const keyId = "5b1d7c1e-0a0b-4c4d-8e8f-101112131415";
            const keyArn = `arn:aws:kms:eu-west-1:${PRIMARY}:key/${keyId}`;
            protectedOptions(
                aws(
                    r,
                    KEY,
                    "custody-alarms-key",
                    {
                        description: "SNS topic key for custody alarms",
                        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                        keyUsage: "ENCRYPT_DECRYPT",
                        deletionWindowInDays: 30,
                        enableKeyRotation: true,
                        arn: keyArn,
                        keyId,
                        policy: doc(
                            {
                                Sid: "EnableIAMDelegation",
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                                Action: "kms:*",
                                Resource: "*",
                            },
                            {
                                Sid: "CloudWatchAlarms",
                                Effect: "Allow",
                                Principal: { Service: "cloudwatch.amazonaws.com" },
                                Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
                                Resource: "*",
                                Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
                            },
                        ),
                    },
                    like,
                ),
            );
            aws(
                r,
                "aws:sns/topic:Topic",
                "custody-alarms",
                { name: "custody-alarms", arn: topic, kmsMasterKeyId: keyArn },
                like,
            );
            aws(
                r,
                "aws:sns/topicPolicy:TopicPolicy",
                "custody-alarms",
                {
                    arn: topic,
                    policy: doc({
                        Sid: "CloudWatchAlarmPublish",
                        Effect: "Allow",
                        Principal: { Service: "cloudwatch.amazonaws.com" },
                        Action: "sns:Publish",
                        Resource: topic,
                        Condition: { ArnEquals: { "aws:SourceArn": alarm } },
                    }),
                },
                like,
            );
            aws(
                r,
                "aws:cloudwatch/logMetricFilter:LogMetricFilter",
                "share-1-foreign-use",
                {
                    name: "share-1-foreign-use",
                    logGroupName: "/aws/cloudtrail/organization",
                    pattern: `{ ($.eventSource = "kms.amazonaws.com") && ($.resources[0].ARN = "${arnOf(share(r, 1))}") && ($.userIdentity.sessionContext.sessionIssuer.arn != "${PROD_SIGNER}") }`,
                    metricTransformation: { name: "Share1ForeignUse", namespace: "Custody", value: "1" },
                },
                like,
            );
            aws(
                r,
                "aws:cloudwatch/metricAlarm:MetricAlarm",
                "share-1-foreign-use",
                {
                    name: "share-1-foreign-use",
                    arn: alarm,
                    namespace: "Custody",
                    metricName: "Share1ForeignUse",
                    statistic: "Sum",
                    period: 60,
                    evaluationPeriods: 1,
                    threshold: 0,
                    comparisonOperator: "GreaterThanThreshold",
                    treatMissingData: "notBreaching",
                    alarmActions: [topic],
                },
                like,
            );
        },
    },
    {
        stack: "prod",
        name: "the signer's share statement narrowed to calls by its share aliases (ForAnyValue:StringLike kms:RequestAlias alias/custody-infra/prod/share-*)",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "signer-role-access"), "policy", "KMSShareKeyWrap", s => {
                s.Condition = { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/custody-infra/prod/share-*" } };
            }),
    },
    {
        stack: "prod",
        preview: true,
        name: "a DynamoDB gateway endpoint whose policy is built from the tables' ARNs (unknown in the first preview)",
        edit: r => {
            const keystore = find(r, TABLE, "signer-tables-keystore");
            const ep = dynamoGatewayEndpoint(r, "dynamodb-gateway", "eu-west-1", UNKNOWN);
            dependsOn(ep, "policy", keystore);
        },
    },
    // ---- pod-identity.
    {
        // Was a MISS (h7-secure): share-custody counts the role exactly an IRSA/Pod Identity metadata auditor's subjects can become as the auditor.
        stack: "pod-identity",
        name: "a key auditor named through custody:operations by Pod Identity (audit/key-audit): share and table metadata, shares 2 and 3 by their key policies",
        operations: POD_AUDIT_OPERATIONS,
        edit: r => podIdentityAuditor(r, ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:GetKeyPolicy"]),
    },
    {
        stack: "pod-identity",
        name: "a key auditor named through custody:operations by Pod Identity, limited to share 1 (the cluster's own account: IAM alone) and the tables",
        operations: [
            {
                name: "key-audit",
                subject: { podIdentity: { namespace: "audit", serviceAccount: "key-audit" } },
                allow: [
                    { accessSet: "operations.keyAudit", on: ["signer.shares.1"] },
                    { accessSet: "operations.tableAudit", on: ["signer.tables"] },
                ],
            },
        ],
        edit: r => podIdentityAuditor(r, [], [1]),
    },
    {
        stack: "pod-identity",
        name: "the signer's Pod Identity trust additionally pinned to its pods' names (StringLike aws:RequestTag/kubernetes-pod-name containment-chamber-*)",
        edit: r => {
            const signer = find(r, ROLE, "signer-role");
            const d = JSON.parse(prop(signer, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement[0].Condition.StringLike = { "aws:RequestTag/kubernetes-pod-name": "containment-chamber-*" };
            setProp(signer, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        stack: "pod-identity",
        name: "validators locked down: default-deny NetworkPolicy allowing egress only to DNS, the Pod Identity agent (169.254.170.23:80) and the VPC endpoints' subnets on 443, and a PodDisruptionBudget",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-egress", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "signer-egress", namespace: "validators" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Ingress", "Egress"],
                    egress: [
                        {
                            to: [
                                {
                                    namespaceSelector: {
                                        matchLabels: { "kubernetes.io/metadata.name": "kube-system" },
                                    },
                                },
                            ],
                            ports: [
                                { protocol: "UDP", port: 53 },
                                { protocol: "TCP", port: 53 },
                            ],
                        },
                        { to: [{ ipBlock: { cidr: "169.254.170.23/32" } }], ports: [{ protocol: "TCP", port: 80 }] },
                        { to: [{ ipBlock: { cidr: "10.20.0.0/20" } }], ports: [{ protocol: "TCP", port: 443 }] },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "validators-signer-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    minAvailable: 1,
                    unhealthyPodEvictionPolicy: "AlwaysAllow",
                    selector: { matchLabels: { app: "containment-chamber" } },
                },
            });
        },
    },
    {
        // Was a MISS (h7-secure): judge.ts AWS_AGENT_POLICIES knows AmazonEBSCSIDriverPolicy (EKS user guide, "Amazon EBS CSI driver").
        stack: "pod-identity",
        name: "the aws-ebs-csi-driver add-on bound by Pod Identity to its own role (kube-system/ebs-csi-controller-sa) with AmazonEBSCSIDriverPolicy, listed in allowedPolicyArns",
        config: allowPolicyArn(EBS_CSI_POLICY),
        edit: r => ebsCsi(r),
    },
    // ---- basil.
    {
        stack: "basil",
        name: "a key auditor named through custody:operations by IRSA (audit/key-audit): DescribeKey, GetKeyRotationStatus, ListResourceTags on the two catalog keys",
        operations: BASIL_AUDIT_OPERATIONS,
        edit: r =>
            basilAuditor(r, {
                Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListResourceTags"],
            }),
    },
    {
        stack: "basil",
        name: "Karpenter's node role (EC2 only, AWS's node policies listed in allowedPolicyArns, EC2_LINUX access entry) and its interruption queue with EventBridge rules",
        config: allowPolicyArn(...NODE_POLICY_ARNS),
        edit: r => {
            karpenterNodeRole(r);
            karpenterInterruptionQueue(r);
        },
    },
    // ---- trust-domain.
    {
        stack: "trust-domain",
        preview: true,
        name: "the server ships its own logs to one new log group whose ARN is still unknown (CreateLogStream, PutLogEvents)",
        edit: r => {
            const lg = aws(r, "aws:cloudwatch/logGroup:LogGroup", "spirl-server-logs", {
                name: "/spirl/server",
                retentionInDays: 365,
                arn: UNKNOWN,
            });
            const rp = aws(r, ROLE_POLICY, "trust-domain-role-logs", {
                role: "trust-domain-server",
                name: "logs",
                policy: UNKNOWN,
            });
            dependsOn(rp, "policy", lg);
        },
    },
    {
        stack: "trust-domain",
        name: "a KMS interface endpoint whose endpoint policy admits only the server role for its key-manager actions on keys of its own account (aws:ResourceAccount)",
        edit: r => {
            aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "kms-interface", {
                vpcId: "vpc-0b1c2d3e4f5061728",
                serviceName: "com.amazonaws.us-east-1.kms",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                subnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"],
                securityGroupIds: ["sg-0a1b2c3d4e5f60718"],
                policy: doc(
                    {
                        Sid: "TrustDomainServer",
                        Effect: "Allow",
                        Principal: { AWS: TD_SERVER },
                        Action: ["kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource"],
                        Resource: "*",
                        Condition: { StringEquals: { "aws:ResourceAccount": IDENTITY } },
                    },
                    {
                        Sid: "TrustDomainCreateKey",
                        Effect: "Allow",
                        Principal: { AWS: TD_SERVER },
                        Action: "kms:CreateKey",
                        Resource: "*",
                    },
                ),
            });
        },
    },
    {
        stack: "trust-domain",
        name: "an alarm on the account's KMS Sign request rate against its quota (AWS/Usage) into an SNS topic",
        edit: r => {
            const topic = `arn:aws:sns:us-east-1:${IDENTITY}:kms-quota`;
            aws(r, "aws:sns/topic:Topic", "kms-quota", {
                name: "kms-quota",
                arn: topic,
                kmsMasterKeyId: "alias/aws/sns",
            });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "kms-sign-rate", {
                name: "kms-sign-rate",
                arn: `arn:aws:cloudwatch:us-east-1:${IDENTITY}:alarm:kms-sign-rate`,
                namespace: "AWS/Usage",
                metricName: "CallCount",
                dimensions: { Service: "KMS", Type: "API", Resource: "Sign", Class: "None" },
                statistic: "Sum",
                period: 60,
                evaluationPeriods: 5,
                threshold: 50000,
                comparisonOperator: "GreaterThanThreshold",
                alarmActions: [topic],
            });
        },
    },
    // ---- curity.
    {
        // Was a MISS (h7-secure): as external-dns (judge.ts dnsRecordWrite).
        stack: "curity",
        name: "cert-manager for Curity's TLS: Route 53 DNS-01 role (TXT _acme-challenge.* records of one zone) by IRSA, a ClusterIssuer and a Certificate",
        edit: r => certManager(r),
    },
    {
        // Was a MISS (h7-secure): iam:CreateServiceLinkedRole pinned by iam:AWSServiceName is no escalation (model/escalation.ts); the controller's documented writes are DOCUMENTED_AGENT_GRANTS (judge.ts).
        stack: "curity",
        name: "the AWS Load Balancer Controller (IRSA kube-system/aws-load-balancer-controller) with its documented, tag-scoped policy",
        edit: r => {
            const CLUSTER_TAG = "aws:ResourceTag/elbv2.k8s.aws/cluster";
            const REQUEST_TAG = "aws:RequestTag/elbv2.k8s.aws/cluster";
            const arn = role(
                r,
                CURITY,
                "aws-load-balancer-controller",
                [irsaTrust(CURITY_ISSUER, CURITY, "kube-system", "aws-load-balancer-controller")],
                [
                    {
                        Effect: "Allow",
                        Action: "iam:CreateServiceLinkedRole",
                        Resource: "*",
                        Condition: { StringEquals: { "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com" } },
                    },
                    {
                        Effect: "Allow",
                        Action: [
                            "ec2:DescribeAccountAttributes",
                            "ec2:DescribeAddresses",
                            "ec2:DescribeAvailabilityZones",
                            "ec2:DescribeInternetGateways",
                            "ec2:DescribeVpcs",
                            "ec2:DescribeSubnets",
                            "ec2:DescribeSecurityGroups",
                            "ec2:DescribeInstances",
                            "ec2:DescribeNetworkInterfaces",
                            "ec2:DescribeTags",
                            "elasticloadbalancing:DescribeLoadBalancers",
                            "elasticloadbalancing:DescribeLoadBalancerAttributes",
                            "elasticloadbalancing:DescribeListeners",
                            "elasticloadbalancing:DescribeRules",
                            "elasticloadbalancing:DescribeTargetGroups",
                            "elasticloadbalancing:DescribeTargetGroupAttributes",
                            "elasticloadbalancing:DescribeTargetHealth",
                            "elasticloadbalancing:DescribeTags",
                            "acm:ListCertificates",
                            "acm:DescribeCertificate",
                        ],
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Action: ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"],
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Action: "ec2:CreateSecurityGroup",
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Action: "ec2:CreateTags",
                        Resource: "arn:aws:ec2:*:*:security-group/*",
                        Condition: {
                            StringEquals: { "ec2:CreateAction": "CreateSecurityGroup" },
                            Null: { [REQUEST_TAG]: "false" },
                        },
                    },
                    {
                        Effect: "Allow",
                        Action: ["ec2:DeleteSecurityGroup"],
                        Resource: "*",
                        Condition: { Null: { [CLUSTER_TAG]: "false" } },
                    },
                    {
                        Effect: "Allow",
                        Action: ["elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"],
                        Resource: "*",
                        Condition: { Null: { [REQUEST_TAG]: "false" } },
                    },
                    {
                        Effect: "Allow",
                        Action: [
                            "elasticloadbalancing:CreateListener",
                            "elasticloadbalancing:DeleteListener",
                            "elasticloadbalancing:CreateRule",
                            "elasticloadbalancing:DeleteRule",
                        ],
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Action: [
                            "elasticloadbalancing:ModifyLoadBalancerAttributes",
                            "elasticloadbalancing:SetSecurityGroups",
                            "elasticloadbalancing:SetSubnets",
                            "elasticloadbalancing:DeleteLoadBalancer",
                            "elasticloadbalancing:ModifyTargetGroup",
                            "elasticloadbalancing:ModifyTargetGroupAttributes",
                            "elasticloadbalancing:DeleteTargetGroup",
                        ],
                        Resource: "*",
                        Condition: { Null: { [CLUSTER_TAG]: "false" } },
                    },
                    {
                        Effect: "Allow",
                        Action: ["elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"],
                        Resource: "arn:aws:elasticloadbalancing:*:*:targetgroup/*/*",
                    },
                ],
            );
            serviceAccount(r, "kube-system", "aws-load-balancer-controller", { "eks.amazonaws.com/role-arn": arn });
        },
    },
    {
        stack: "curity",
        name: "Curity behind an ALB Ingress (ACM certificate, external-dns hostname), a NetworkPolicy admitting only the ALB's subnets, an HPA and a PDB",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:Ingress", "curity-ingress", {
                apiVersion: "networking.k8s.io/v1",
                kind: "Ingress",
                metadata: {
                    name: "curity",
                    namespace: "curity",
                    annotations: {
                        "alb.ingress.kubernetes.io/scheme": "internet-facing",
                        "alb.ingress.kubernetes.io/target-type": "ip",
                        "alb.ingress.kubernetes.io/certificate-arn": `arn:aws:acm:eu-west-1:${CURITY}:certificate/0a1b2c3d-0000-4000-8000-000000000001`,
                        "alb.ingress.kubernetes.io/ssl-policy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
                        "external-dns.alpha.kubernetes.io/hostname": "login.example.com",
                    },
                },
                spec: {
                    ingressClassName: "alb",
                    rules: [
                        {
                            host: "login.example.com",
                            http: {
                                paths: [
                                    {
                                        path: "/",
                                        pathType: "Prefix",
                                        backend: {
                                            service: { name: "curity-idsvr-runtime-svc", port: { number: 8443 } },
                                        },
                                    },
                                ],
                            },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "curity-ingress-only", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "ingress-from-alb", namespace: "curity" },
                spec: {
                    podSelector: { matchLabels: { app: "curity-idsvr-runtime" } },
                    policyTypes: ["Ingress"],
                    ingress: [
                        { from: [{ ipBlock: { cidr: "10.30.0.0/22" } }], ports: [{ protocol: "TCP", port: 8443 }] },
                    ],
                },
            });
            k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "curity-hpa", {
                apiVersion: "autoscaling/v2",
                kind: "HorizontalPodAutoscaler",
                metadata: { name: "curity-idsvr-runtime", namespace: "curity" },
                spec: {
                    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "curity-idsvr-runtime" },
                    minReplicas: 2,
                    maxReplicas: 6,
                    metrics: [
                        {
                            type: "Resource",
                            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "curity-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "curity-idsvr-runtime", namespace: "curity" },
                spec: { maxUnavailable: 1, selector: { matchLabels: { app: "curity-idsvr-runtime" } } },
            });
        },
    },
    // ---- cross-account.
    {
        stack: "cross-account",
        name: "the data key rotating every 90 days, with a key-policy guard Deny of everyone outside the organization (aws:PrincipalOrgID, AWS services exempt)",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            setProp(key, "rotationPeriodInDays", 90);
            addStatements(key, "policy", orgGuard("Deny"));
        },
    },
    {
        // Was a MISS (h7-secure): a workload identity may hold the telemetry agents' managed policies (judge.ts WORKLOAD_TELEMETRY_POLICIES): no custody reach.
        stack: "cross-account",
        name: "the caller instance role runs the CloudWatch agent with AWS's CloudWatchAgentServerPolicy attached by ARN (listed in allowedPolicyArns)",
        config: allowPolicyArn(CW_AGENT_POLICY),
        edit: r =>
            aws(
                r,
                "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                "caller-cloudwatch-agent",
                { role: "instance-role", policyArn: CW_AGENT_POLICY },
                find(r, ROLE, "cross-account-caller"),
            ),
    },
    {
        stack: "cross-account",
        name: "the access role's trust also requires the caller's session name (StringEquals sts:RoleSessionName custody-reader)",
        edit: r => {
            const access = find(r, ROLE, "cross-account-access");
            const d = JSON.parse(prop(access, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement[0].Condition.StringEquals["sts:RoleSessionName"] = "custody-reader";
            setProp(access, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        stack: "cross-account",
        preview: true,
        name: "a DynamoDB gateway endpoint in account B whose policy admits only the access role on my-table, route tables still unknown",
        edit: r => {
            const caller = find(r, ROLE, "cross-account-caller");
            dynamoGatewayEndpoint(
                r,
                "accountb-dynamodb",
                "us-east-1",
                doc({
                    Sid: "CustodyReadOnly",
                    Effect: "Allow",
                    Principal: { AWS: ACCESS_ROLE },
                    Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                    Resource: [MY_TABLE, `${MY_TABLE}/index/*`],
                }),
                caller,
                UNKNOWN,
            );
        },
    },
];

// ---- insecure twins: the same helpers, made subtly dangerous.

const insecure: Case[] = [
    {
        stack: "dev",
        name: "external-dns also decrypts its SOPS-encrypted settings: kms:Decrypt on key/* of the account (reaches the shares through their root delegation)",
        edit: r =>
            externalDns(r, [
                {
                    Sid: "SopsDecrypt",
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
                },
            ]),
        refused: /custody-dev-external-dns.*kms:Decrypt.*share-1/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "anti-slashing's PITR window cut to 7 days (recoveryPeriodInDays) to 'save cost'",
        edit: r =>
            setProp(find(r, TABLE, "signer-tables-anti-slashing"), "pointInTimeRecovery", {
                enabled: true,
                recoveryPeriodInDays: 7,
            }),
        refused: /custody-prod-anti-slashing: pointInTimeRecovery\.recoveryPeriodInDays is 7/,
        policy: "custody-tables",
    },
    {
        stack: "prod",
        name: "the share statement keeps the alias condition but its Resource widened to key/* of every account and region",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "signer-role-access"), "policy", "KMSShareKeyWrap", s => {
                s.Resource = "arn:aws:kms:*:*:key/*";
                s.Condition = { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/custody-infra/prod/share-*" } };
            }),
        refused: /KMSShareKeyWrap.*"arn:aws:kms:\*:\*:key\/\*"/,
        policy: "runtime-role-scoped-resources",
    },
    {
        stack: "pod-identity",
        name: "the key auditor's key-policy statement on shares 2 and 3 also allows kms:ReEncrypt* (re-encrypting a share under a key it holds is a decrypt)",
        operations: POD_AUDIT_OPERATIONS,
        edit: r => podIdentityAuditor(r, ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ReEncrypt*"]),
        refused: /signer-shares-share-2 also lets .*custody-pod-identity-key-audit call .*kms:ReEncryptFrom/,
        policy: "share-custody",
    },
    {
        stack: "pod-identity",
        name: "the pod-name pin added as a second trust statement pinning only the cluster and the pod name (any namespace and ServiceAccount)",
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: { "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN },
                    StringLike: { "aws:RequestTag/kubernetes-pod-name": "containment-chamber-*" },
                },
            }),
        refused: /kubernetes-(namespace|service-account)/,
        policy: "role-trust-pinned",
    },
    {
        stack: "pod-identity",
        name: "the aws-ebs-csi-driver add-on's Pod Identity association names the signer's role (a copy-paste of the wrong ARN)",
        config: allowPolicyArn(EBS_CSI_POLICY),
        edit: r => ebsCsi(r, POD_SIGNER),
        refused: /ebs-csi-controller-sa .*binds role custody-pod-identity-signer/,
        policy: "serviceaccount-role-agree",
    },
    {
        stack: "basil",
        name: "the key auditor written as 'everything but crypto': NotAction Encrypt/Decrypt/Sign/Verify on the catalog keys",
        operations: BASIL_AUDIT_OPERATIONS,
        edit: r => basilAuditor(r, { NotAction: ["kms:Encrypt", "kms:Decrypt", "kms:Sign", "kms:Verify"] }),
        refused: /basil-key-audit.*kms:CreateGrant.*alias\/basil\/jwt-signing-primary/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "Karpenter's node role also allowed kms:Decrypt and GenerateDataKey* on * for encrypted EBS volumes (every pod reaches the node role)",
        config: allowPolicyArn(...NODE_POLICY_ARNS),
        edit: r => {
            karpenterNodeRole(r, [
                {
                    Sid: "EbsEncryption",
                    Effect: "Allow",
                    Action: ["kms:Decrypt", "kms:GenerateDataKey*", "kms:CreateGrant"],
                    Resource: "*",
                },
            ]);
            karpenterInterruptionQueue(r);
        },
        refused: /KarpenterNodeRole-basil.*(kms:Decrypt|kms:CreateGrant)/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "cert-manager's token-request rule made cluster-wide: create serviceaccounts/token without resourceNames (mints dynamo-sa's token)",
        edit: r => {
            certManager(r);
            rbacRole(r, "cert-manager-tokenrequest", [
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]);
            bindSa(r, "cert-manager-tokenrequest", "ClusterRole", "cert-manager", "cert-manager");
        },
        refused: /cert-manager.*curity\/dynamo-sa|dynamo-sa.*cert-manager/,
        policy: EFFECTIVE,
    },
    {
        stack: "cross-account",
        name: "the organization guard written with Effect Allow (an edit flipped it): every principal outside the organization may use the data key",
        edit: r => addStatements(find(r, KEY, "cross-account-key"), "policy", orgGuard("Allow")),
        refused: /anyone .*on key alias\/custody-infra\/cross-account\/cross-account-data .*DenyOutsideOrganization/,
        policy: EFFECTIVE,
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;
const optsOf = (c: Case) => ({
    model: c.operations ? modelWithOperations(c.stack, c.operations) : undefined,
    config: c.config,
});

describe("allowlist: red-team round 8 on secure variants (what a careful platform team adds) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runPackWith(c.stack, r, optsOf(c)));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runPackWith(c.stack, r, optsOf(c)), c.refused ?? /./, c.policy);
        });
    }
});
