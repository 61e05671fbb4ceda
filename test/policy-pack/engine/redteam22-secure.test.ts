// Red-team round 22 (fresh eyes) on secure variants across the committed stacks: what a careful platform team writes
// for backups, networking, compliance, observability, KMS hygiene and CI/CD beside the custody footprint (AWS Backup
// copies to another Region of the same account, PrivateLink endpoint services, AWS Config rules with ARN parameters,
// Audit Manager assessments, Amazon Managed Prometheus scrapers, a GitHub Actions deploy role, Network Firewall and
// Transit Gateway, multi-Region keys of an application), each with the smallest insecure twin that must be refused.
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { runWithConfig } from "./packRunner";
import { assertClean, assertRefused, doc, modelWithOperations, Resources, stackResources } from "./support";
import { aws, bind, cmk, k8sRole, rootDelegation, serviceAccount, trustedRole as role } from "./variantBuilders";

const PRIMARY = "111111111111";
const CUSTODY_B = "222222222222";
const REGION = "eu-west-1";
const CLUSTER = "prod-validators";
const EFFECTIVE = "custody-effective-access";

/** Roles of the signer account and of a consumer account that the landing zone creates (outside the stack). */
const SSO_COMPLIANCE = `arn:aws:iam::${PRIMARY}:role/AWSReservedSSO_ComplianceOfficer_0123456789abcdef`;
const CONSUMER_ROLE = "arn:aws:iam::999988887777:role/status-consumer-endpoints";
const PLATFORM_OPS = `arn:aws:iam::${PRIMARY}:role/platform-ops`;
const ALERTS = `arn:aws:sns:eu-west-1:111111111111:custody-prod-compliance-alerts`;

const PROD_TABLE = (t: string) => `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/custody-prod-${t}`;
const PROD_TABLES = ["anti-slashing", "signer-state", "keystore"].map(PROD_TABLE);

// ---- prod: AWS Backup of the three tables, each recovery point copied to a vault in another Region of the same account.

const BACKUP_OPERATIONS = [
    {
        name: "table-backup",
        subject: { service: { principal: "backup.amazonaws.com" } },
        allow: [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }],
    },
];

/**
 * AWS Backup developer guide, "Creating backup copies across AWS Regions": a plan rule's copy action names the
 * destination vault by ARN (Pulumi aws.backup.Plan rules[].copyActions[].destinationVaultArn). The stack's backup role
 * (trusted by backup.amazonaws.com) creates the table backups; the copy vault lives in eu-central-1 of the signer
 * account (the per-resource `region` of @pulumi/aws 7), under AWS Backup's own key.
 */
function crossRegionBackup(r: Resources, copyAccount: string): void {
    const backupRole = role(
        r,
        PRIMARY,
        "custody-prod-table-backup",
        [{ Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [
            {
                Sid: "BackupTables",
                Effect: "Allow",
                Action: ["dynamodb:DescribeTable", "dynamodb:CreateBackup", "dynamodb:ListTagsOfResource"],
                Resource: PROD_TABLES,
            },
            {
                Sid: "ManageItsBackups",
                Effect: "Allow",
                Action: ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
                Resource: PROD_TABLES.map(t => `${t}/backup/*`),
            },
        ],
    );
    aws(r, "aws:backup/vault:Vault", "custody-prod-vault", {
        name: "custody-prod",
        arn: `arn:aws:backup:${REGION}:${PRIMARY}:backup-vault:custody-prod`,
    });
    const copyVault = `arn:aws:backup:eu-central-1:${copyAccount}:backup-vault:custody-prod-copy`;
    if (copyAccount === PRIMARY)
        aws(r, "aws:backup/vault:Vault", "custody-prod-copy-vault", {
            name: "custody-prod-copy",
            region: "eu-central-1",
            arn: copyVault,
        });
    aws(r, "aws:backup/plan:Plan", "custody-prod-daily", {
        name: "custody-prod-daily",
        rules: [
            // Was a MISS (fixed in round 22): secure refused: an assessment's PROCESS_OWNER persona role is read as a role handed to Audit Manager.
            {
                ruleName: "daily",
                targetVaultName: "custody-prod",
                schedule: "cron(0 3 * * ? *)",
                lifecycle: { deleteAfter: 35 },
                copyActions: [{ destinationVaultArn: copyVault, lifecycle: { deleteAfter: 35 } }],
            },
        ],
    });
    aws(r, "aws:backup/selection:Selection", "custody-prod-tables", {
        name: "custody-prod-tables",
        planId: "a1b2c3d4-5678-90ab-cdef-EXAMPLE33333",
        iamRoleArn: backupRole,
        resources: PROD_TABLES,
    });
}

// ---- prod: a PrivateLink endpoint service for the signer's internal status NLB, allowed to one consumer role.

/**
 * VPC API reference, ModifyVpcEndpointServicePermissions: "permissions for service consumers (AWS accounts, users, and
 * IAM roles) to connect to your endpoint service. Principal ARNs with path components aren't supported." The allowed
 * principal may create an interface endpoint to the service; the endpoint service never acts with it.
 */
function endpointService(r: Resources, principal: string): void {
    aws(r, "aws:ec2/vpcEndpointService:VpcEndpointService", "status-endpoint-service", {
        acceptanceRequired: true,
        networkLoadBalancerArns: [
            `arn:aws:elasticloadbalancing:${REGION}:${PRIMARY}:loadbalancer/net/custody-status/0123456789abcdef`,
        ],
        supportedIpAddressTypes: ["ipv4"],
        id: "vpce-svc-0123456789abcdef0",
    });
    aws(r, "aws:ec2/vpcEndpointServiceAllowedPrinciple:VpcEndpointServiceAllowedPrinciple", "status-consumer", {
        vpcEndpointServiceId: "vpce-svc-0123456789abcdef0",
        principalArn: principal,
    });
}

// ---- prod: AWS Config managed rules with ARN parameters, and a remediation.

/**
 * AWS Config developer guide, ec2-instance-profile-attached (EC2_INSTANCE_PROFILE_ATTACHED): parameter
 * IamInstanceProfileArnList, "Comma-separated list of IAM profile ARNs that can be attached to Amazon EC2 instances"
 * (the approved profiles, compared against what instances carry).
 */
function configRules(r: Resources, approvedProfiles = true): void {
    aws(r, "aws:cfg/rule:Rule", "approved-instance-profiles", {
        name: "custody-prod-approved-instance-profiles",
        source: { owner: "AWS", sourceIdentifier: "EC2_INSTANCE_PROFILE_ATTACHED" },
        scope: { complianceResourceTypes: ["AWS::EC2::Instance"] },
        ...(approvedProfiles
            ? {
                  inputParameters: JSON.stringify({
                      IamInstanceProfileArnList: `arn:aws:iam::${PRIMARY}:instance-profile/platform-bastion`,
                  }),
              }
            : {}),
    });
}

/**
 * AWS Config developer guide, "Remediating noncompliant resources": an SSM Automation document run with the
 * AutomationAssumeRole parameter; AWS Config has Systems Manager act with that role.
 */
function remediation(r: Resources, assumeRole: string, notify = false): void {
    configRules(r, false);
    aws(r, "aws:cfg/remediationConfiguration:RemediationConfiguration", "approved-instance-profiles", {
        configRuleName: "custody-prod-approved-instance-profiles",
        targetType: "SSM_DOCUMENT",
        targetId: notify ? "AWS-PublishSNSNotification" : "AWS-StopEC2Instance",
        automatic: false,
        parameters: notify
            ? [
                  { name: "AutomationAssumeRole", staticValue: assumeRole },
                  { name: "TopicArn", staticValue: ALERTS },
                  { name: "Message", staticValue: "instance without an approved profile" },
              ]
            : [
                  { name: "AutomationAssumeRole", staticValue: assumeRole },
                  { name: "InstanceId", resourceValue: "RESOURCE_ID" },
              ],
    });
}

/** A role of the stack that SSM Automation assumes for the remediation, allowed `statement` only. */
function remediationRole(r: Resources, statement: object): string {
    return role(
        r,
        PRIMARY,
        "custody-prod-config-remediation",
        [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [statement],
    );
}

// ---- prod: an Audit Manager assessment owned by the compliance officers' Identity Center role.

/**
 * Audit Manager API reference, Role: "The wrapper that contains the Audit Manager role information of the current
 * user", roleType "The type of customer persona" (PROCESS_OWNER in CreateAssessment). The process owner is the person
 * responsible for the assessment; Audit Manager collects evidence with its own service-linked role.
 */
function auditAssessment(r: Resources): void {
    aws(r, "aws:auditmanager/assessment:Assessment", "custody-prod-soc2", {
        name: "custody-prod-soc2",
        frameworkId: "11111111-2222-3333-4444-555555555555",
        assessmentReportsDestination: { destination: "s3://custody-prod-audit-reports", destinationType: "S3" },
        roles: [{ roleArn: SSO_COMPLIANCE, roleType: "PROCESS_OWNER" }],
        scope: {
            awsAccounts: [{ id: PRIMARY }],
            awsServices: [{ serviceName: "dynamodb" }, { serviceName: "kms" }],
        },
    });
}

// ---- prod: an Amazon Managed Service for Prometheus workspace and an AWS managed scraper of the cluster.

/** AMP user guide, "Using service-linked roles": the scraper's role lives under aws-service-role/scraper.aps.amazonaws.com/. */
const SCRAPER_ROLE = `arn:aws:iam::${PRIMARY}:role/aws-service-role/scraper.aps.amazonaws.com/AWSServiceRoleForAmazonPrometheusScraper_1a2b3c4d-5e6f7a8b`;

/**
 * AMP user guide, "Using an AWS managed collector" / "Configuring your Amazon EKS cluster": the scraper's
 * service-linked role gets an access entry with the Kubernetes username aps-collector-user, bound to a ClusterRole
 * that reads what service discovery needs and /metrics. `nodeResources` are the node resources it may read.
 */
function ampScraper(r: Resources, nodeResources: string[]): void {
    aws(r, "aws:amp/workspace:Workspace", "custody-prod-metrics", { alias: "custody-prod" });
    aws(r, "aws:amp/scraper:Scraper", "custody-prod-scraper", {
        alias: "custody-prod",
        scrapeConfiguration: "global:\n  scrape_interval: 30s\nscrape_configs: []\n",
        source: {
            eks: {
                clusterArn: `arn:aws:eks:${REGION}:${PRIMARY}:cluster/${CLUSTER}`,
                subnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"],
            },
        },
        destination: { amp: { workspaceArn: `arn:aws:aps:${REGION}:${PRIMARY}:workspace/ws-0123abcd` } },
        roleArn: SCRAPER_ROLE,
    });
    aws(r, "aws:eks/accessEntry:AccessEntry", "aps-collector", {
        clusterName: CLUSTER,
        principalArn: SCRAPER_ROLE,
        kubernetesGroups: [],
        type: "STANDARD",
        userName: "aps-collector-user",
    });
    k8sRole(r, "aps-collector-role", [
        {
            apiGroups: [""],
            resources: [...nodeResources, "services", "endpoints", "pods", "configmaps"],
            verbs: ["get", "list", "watch"],
        },
        { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: ["get", "list", "watch"] },
        { nonResourceURLs: ["/metrics"], verbs: ["get"] },
    ]);
    bind(r, "aps-collector-user-role-binding", { kind: "ClusterRole", name: "aps-collector-role" }, [
        { kind: "User", name: "aps-collector-user", apiGroup: "rbac.authorization.k8s.io" },
    ]);
}

// ---- prod: GitHub Actions deploying the public status page (S3 + CloudFront), one repository environment.

const GITHUB = `arn:aws:iam::${PRIMARY}:oidc-provider/token.actions.githubusercontent.com`;

/**
 * GitHub docs, "Configuring OpenID Connect in Amazon Web Services": the provider token.actions.githubusercontent.com
 * (audience sts.amazonaws.com) and a role whose trust pins aud and sub (repo:<org>/<repo>:environment:<env>). The
 * role writes the status site's bucket; it may read the status namespace through an access entry (`access`) to check
 * the rollout.
 */
function githubDeployer(r: Resources, access: { policy: string; namespace: string }): void {
    aws(r, "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "github-actions", {
        url: "https://token.actions.githubusercontent.com",
        clientIdLists: ["sts.amazonaws.com"],
        arn: GITHUB,
    });
    const deployer = role(
        r,
        PRIMARY,
        "custody-prod-status-deploy",
        [
            {
                Effect: "Allow",
                Principal: { Federated: GITHUB },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                        "token.actions.githubusercontent.com:sub":
                            "repo:acme-custody/status-page:environment:production",
                    },
                },
            },
        ],
        [
            {
                Sid: "Site",
                Effect: "Allow",
                Action: ["s3:PutObject", "s3:DeleteObject", "s3:ListBucket"],
                Resource: ["arn:aws:s3:::custody-prod-status-site", "arn:aws:s3:::custody-prod-status-site/*"],
            },
        ],
    );
    aws(r, "aws:eks/accessEntry:AccessEntry", "status-deploy", {
        clusterName: CLUSTER,
        principalArn: deployer,
        type: "STANDARD",
    });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "status-deploy", {
        clusterName: CLUSTER,
        principalArn: deployer,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${access.policy}`,
        accessScope: { type: "namespace", namespaces: [access.namespace] },
    });
}

// ---- prod: Network Firewall on a Transit Gateway inspection VPC, logging to a log group under its own key.

const FW_LOG_GROUP = "/custody-prod/network-firewall";
const FW_LOG_GROUP_ARN = `arn:aws:logs:${REGION}:${PRIMARY}:log-group:${FW_LOG_GROUP}`;

/**
 * Network Firewall developer guide, "Logging network traffic" (CloudWatch Logs destination), and the CloudWatch Logs
 * user guide, "Encrypt log data using AWS KMS" (key policy for logs.<region>.amazonaws.com pinned by
 * kms:EncryptionContext:aws:logs:arn). The key is in the signer account's custody Region, dedicated to the log group.
 * `reader` adds a role of the stack that decrypts with the key (a NOC role reading the firewall's logs), its grant
 * pinned to CloudWatch Logs or not.
 */
function networkFirewall(r: Resources, reader?: { viaLogs: boolean }): void {
    const key = cmk(r, "firewall-logs-key", PRIMARY, REGION, "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", [
        rootDelegation(PRIMARY),
        {
            Sid: "AllowCloudWatchLogs",
            Effect: "Allow",
            Principal: { Service: `logs.${REGION}.amazonaws.com` },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": FW_LOG_GROUP_ARN } },
        },
    ]);
    aws(r, "aws:cloudwatch/logGroup:LogGroup", "firewall-logs", {
        name: FW_LOG_GROUP,
        arn: FW_LOG_GROUP_ARN,
        retentionInDays: 365,
        kmsKeyId: key,
    });
    aws(r, "aws:ec2transitgateway/transitGateway:TransitGateway", "custody-prod-tgw", {
        amazonSideAsn: 64512,
        autoAcceptSharedAttachments: "disable",
        defaultRouteTableAssociation: "disable",
        defaultRouteTablePropagation: "disable",
        id: "tgw-0123456789abcdef0",
    });
    aws(r, "aws:ec2transitgateway/vpcAttachment:VpcAttachment", "inspection", {
        transitGatewayId: "tgw-0123456789abcdef0",
        vpcId: "vpc-0inspection000000",
        subnetIds: ["subnet-0fw000000000000a1", "subnet-0fw000000000000b1"],
        applianceModeSupport: "enable",
    });
    aws(r, "aws:networkfirewall/ruleGroup:RuleGroup", "egress-domains", {
        name: "custody-prod-egress-domains",
        capacity: 100,
        type: "STATEFUL",
        ruleGroup: {
            rulesSource: {
                rulesSourceList: {
                    generatedRulesType: "ALLOWLIST",
                    targetTypes: ["TLS_SNI", "HTTP_HOST"],
                    targets: [".amazonaws.com", ".github.com"],
                },
            },
        },
    });
    aws(r, "aws:networkfirewall/firewallPolicy:FirewallPolicy", "egress", {
        name: "custody-prod-egress",
        firewallPolicy: {
            statelessDefaultActions: ["aws:forward_to_sfe"],
            statelessFragmentDefaultActions: ["aws:forward_to_sfe"],
            statefulRuleGroupReferences: [
                {
                    resourceArn: `arn:aws:network-firewall:${REGION}:${PRIMARY}:stateful-rulegroup/custody-prod-egress-domains`,
                },
            ],
        },
    });
    aws(r, "aws:networkfirewall/firewall:Firewall", "egress", {
        name: "custody-prod-egress",
        firewallPolicyArn: `arn:aws:network-firewall:${REGION}:${PRIMARY}:firewall-policy/custody-prod-egress`,
        vpcId: "vpc-0inspection000000",
        subnetMappings: [{ subnetId: "subnet-0fw000000000000a1" }, { subnetId: "subnet-0fw000000000000b1" }],
        deleteProtection: true,
    });
    aws(r, "aws:networkfirewall/loggingConfiguration:LoggingConfiguration", "egress", {
        firewallArn: `arn:aws:network-firewall:${REGION}:${PRIMARY}:firewall/custody-prod-egress`,
        loggingConfiguration: {
            logDestinationConfigs: [
                { logDestination: { logGroup: FW_LOG_GROUP }, logDestinationType: "CloudWatchLogs", logType: "ALERT" },
            ],
        },
    });
    if (reader)
        role(
            r,
            PRIMARY,
            "custody-prod-noc",
            [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` }, Action: "sts:AssumeRole" }],
            [
                {
                    Sid: "ReadFirewallLogs",
                    Effect: "Allow",
                    Action: ["logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartQuery", "logs:GetQueryResults"],
                    Resource: `${FW_LOG_GROUP_ARN}:*`,
                },
                {
                    Sid: "DecryptFirewallLogs",
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: key,
                    ...(reader.viaLogs
                        ? { Condition: { StringEquals: { "kms:ViaService": `logs.${REGION}.amazonaws.com` } } }
                        : {}),
                },
            ],
        );
}

// ---- dev: an application's multi-Region key (orders service), primary in us-west-2, one replica.

const MRK = "mrk-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

/**
 * KMS developer guide, "Multi-Region keys": a primary (MultiRegion true) and a ReplicaKey with its own policy in another
 * Region, the same key ID. The orders service's IRSA role (apps/orders, its ServiceAccount of the stack) uses the key in both Regions.
 * Neither Region holds a custody key in dev (the shares and the tables' CMK are in eu-west-1) unless
 * `replicaRegion` is eu-west-1.
 */
function ordersMultiRegionKey(r: Resources, replicaRegion: string): void {
    const policy = doc(rootDelegation(PRIMARY));
    const primary = aws(r, "aws:kms/key:Key", "orders-mrk", {
        description: "orders service data key (multi-Region)",
        keyId: MRK,
        arn: `arn:aws:kms:us-west-2:${PRIMARY}:key/${MRK}`,
        region: "us-west-2",
        multiRegion: true,
        enableKeyRotation: true,
        rotationPeriodInDays: 180,
        deletionWindowInDays: 30,
        policy,
        tags: { "data-class": "internal", service: "orders" },
    });
    primary.options = { protect: true };
    aws(r, "aws:kms/alias:Alias", "orders-mrk-alias", {
        name: "alias/orders/data",
        region: "us-west-2",
        targetKeyId: MRK,
    });
    const replica = aws(r, "aws:kms/replicaKey:ReplicaKey", "orders-mrk-replica", {
        description: "orders service data key (replica)",
        primaryKeyArn: `arn:aws:kms:us-west-2:${PRIMARY}:key/${MRK}`,
        keyId: MRK,
        arn: `arn:aws:kms:${replicaRegion}:${PRIMARY}:key/${MRK}`,
        region: replicaRegion,
        deletionWindowInDays: 30,
        policy,
        tags: { "data-class": "internal", service: "orders" },
    });
    replica.options = { protect: true };
    aws(r, "aws:kms/alias:Alias", "orders-mrk-replica-alias", {
        name: "alias/orders/data",
        region: replicaRegion,
        targetKeyId: MRK,
    });
    const issuer = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    const orders = role(
        r,
        PRIMARY,
        "custody-dev-orders",
        [
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${issuer}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${issuer}:sub`]: "system:serviceaccount:apps:orders",
                        [`${issuer}:aud`]: "sts.amazonaws.com",
                    },
                },
            },
        ],
        [
            {
                Sid: "OrdersKey",
                Effect: "Allow",
                Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"],
                Resource: [
                    `arn:aws:kms:us-west-2:${PRIMARY}:key/${MRK}`,
                    `arn:aws:kms:${replicaRegion}:${PRIMARY}:key/${MRK}`,
                ],
            },
        ],
    );
    serviceAccount(r, "apps", "orders", { "eks.amazonaws.com/role-arn": orders });
}

// ---- Cases.

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    operations?: Record<string, unknown>[];
    /** Issuers listed in role-trust-pinned's allowedIssuers (reviewed by the team). */
    issuers?: string[];
    refused?: RegExp;
    policy?: string;
    miss?: string;
    /** Why a case was once refused wrongly (fixed since). */
    wasMiss?: string;
};

const insecure: Case[] = [
    {
        stack: "prod",
        name: "the tables' daily backups copied to a vault of share 2's account (custody-b, eu-central-1)",
        edit: r => crossRegionBackup(r, CUSTODY_B),
        operations: BACKUP_OPERATIONS,
        refused: /copies their backups into arn:aws:backup:eu-central-1:222222222222:.*outside the table's account/,
        policy: "custody-tables",
    },
    {
        stack: "prod",
        name: "the approved-instance-profile rule remediated by SSM Automation with the landing zone's platform-ops role (AutomationAssumeRole)",
        edit: r => remediation(r, PLATFORM_OPS),
        refused: /RemediationConfiguration approved-instance-profiles → parameters\.0\.staticValue .*platform-ops/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the Prometheus scraper's ClusterRole also reading nodes/proxy (kubelet API through the API server: exec by websocket GET)",
        edit: r => ampScraper(r, ["nodes", "nodes/metrics", "nodes/proxy"]),
        refused: /aps-collector-user .*nodes\/proxy.*validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the GitHub status-page deployer given AmazonEKSEditPolicy in validators (it creates pods as the signer's ServiceAccount)",
        edit: r => githubDeployer(r, { policy: "AmazonEKSEditPolicy", namespace: "validators" }),
        issuers: ["token.actions.githubusercontent.com"],
        refused: /custody-prod-status-deploy → EKS access policy association .*AmazonEKSEditPolicy, scope validators/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a NOC role of the stack decrypting with the firewall log key directly (no kms:ViaService: the key in the custody Region is then custody)",
        edit: r => networkFirewall(r, { viaLogs: false }),
        refused: /custody-prod-noc → statement "DecryptFirewallLogs" .*reaching key firewall-logs-key/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "the orders service's multi-Region key replicated into eu-west-1 (the shares' Region), orders' role using both Regions' ARNs",
        edit: r => ordersMultiRegionKey(r, REGION),
        refused: /custody-dev-orders → statement "OrdersKey" .*reaching key orders-mrk-replica/,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "the tables backed up daily by AWS Backup's role (named through custody:operations), each recovery point copied to a vault in eu-central-1 of the signer account",
        edit: r => crossRegionBackup(r, PRIMARY),
        operations: BACKUP_OPERATIONS,
    },
    // Was a MISS (fixed in round 22): secure refused: an endpoint service allowed principal (a consumer role) is read as a role handed to a service.
    {
        stack: "prod",
        name: "a PrivateLink endpoint service on the internal status NLB (acceptance required) allowing one consumer account's role to connect",
        edit: r => endpointService(r, CONSUMER_ROLE),
        wasMiss:
            "MISS: the allowed principal of an endpoint service is who may create an interface endpoint to it (VPC API " +
            "reference, ModifyVpcEndpointServicePermissions: 'service consumers (AWS accounts, users, and IAM roles)'); " +
            "the service never acts with it, yet passedOutsideRoles reads principalArn as a role handed to a service.",
    },
    {
        stack: "prod",
        name: "the same endpoint service allowing the consumer account (root ARN) instead of a role",
        edit: r => endpointService(r, "arn:aws:iam::999988887777:root"),
    },
    // Was a MISS (fixed in round 22): secure refused: a Config rule parameter listing approved instance profiles is read as a handed profile.
    {
        stack: "prod",
        name: "an AWS Config managed rule EC2_INSTANCE_PROFILE_ATTACHED listing the approved bastion profile (IamInstanceProfileArnList)",
        edit: configRules,
        wasMiss:
            "MISS: IamInstanceProfileArnList is a compliance parameter compared against instances' profiles (AWS Config " +
            "developer guide, ec2-instance-profile-attached: 'Comma-separated list of IAM profile ARNs that can be " +
            "attached'); AWS Config never attaches or uses the profile, yet the pack reads the ARN in the rule's " +
            "inputParameters JSON as an instance profile handed to a service.",
    },
    {
        stack: "prod",
        name: "the approved-instance-profile rule (no parameter) remediated by SSM Automation (AWS-PublishSNSNotification) with a role of the stack allowed only sns:Publish on the compliance topic",
        edit: r =>
            remediation(r, remediationRole(r, { Effect: "Allow", Action: "sns:Publish", Resource: ALERTS }), true),
    },
    // DECIDED (kept skipped): secure refused (conservative by design): a remediation role with EC2 stop rights only is refused as outside HARMLESS_SERVICES.
    {
        stack: "prod",
        name: "the approved-instance-profile rule (no parameter) remediated by SSM Automation (AWS-StopEC2Instance) with a role of the stack allowed only ec2:StopInstances and DescribeInstanceStatus",
        edit: r =>
            remediation(
                r,
                remediationRole(r, {
                    Effect: "Allow",
                    Action: ["ec2:StopInstances", "ec2:DescribeInstanceStatus"],
                    Resource: "*",
                }),
            ),
        miss:
            "MISS (conservative by design, engine/judge.ts HARMLESS_SERVICES): a role of no workload may hold only " +
            "data-service actions; ec2:StopInstances/DescribeInstanceStatus neither reach a custody asset nor act as " +
            "another identity (Service Authorization Reference, Amazon EC2: StopInstances acts on instance only; AWS " +
            "Config developer guide, 'Remediating noncompliant resources' with AWS-StopEC2Instance), and " +
            "custody:operations cannot name such a helper (operations.* sets only), so no Config remediation can " +
            "live in the stack.",
    },
    {
        stack: "prod",
        name: "an Audit Manager assessment (DynamoDB and KMS scope, reports to a stack bucket) whose process owner is the compliance officers' Identity Center role",
        edit: auditAssessment,
        wasMiss:
            "MISS: an assessment's roles[] name the customer personas who own it (Audit Manager API reference, Role: " +
            "'the Audit Manager role information of the current user', roleType 'The type of customer persona'); Audit " +
            "Manager collects evidence with its own service-linked role and never acts with a process owner's role, " +
            "yet the pack reads roleArn as a role handed to Audit Manager.",
    },
    {
        stack: "prod",
        name: "an AMP workspace and AWS managed scraper of the cluster, its service-linked role mapped to aps-collector-user with a read-only ClusterRole (nodes, nodes/metrics, services, endpoints, pods, configmaps, ingresses, /metrics)",
        edit: r => ampScraper(r, ["nodes", "nodes/metrics"]),
    },
    // Was a MISS (fixed in round 22): secure refused: role-trust-pinned requires a ServiceAccount sub even for a listed non-EKS issuer.
    {
        stack: "prod",
        name: "a GitHub OIDC provider and a status-page deploy role pinned to one repository environment (issuer listed as reviewed) writing the S3 site, with AmazonEKSViewPolicy in the status namespace",
        edit: r => githubDeployer(r, { policy: "AmazonEKSViewPolicy", namespace: "status" }),
        issuers: ["token.actions.githubusercontent.com"],
        wasMiss:
            "MISS: with the GitHub issuer listed in allowedIssuers, role-trust-pinned still requires the sub to be a " +
            "system:serviceaccount:<ns>:<name> (rules/role-trust-pinned.ts SA_SUBJECT), which no GitHub token carries; " +
            "GitHub's documented pin is repo:<org>/<repo>:environment:<env> (GitHub docs, 'Configuring OpenID Connect " +
            "in Amazon Web Services' / 'OIDC reference: example subject claims'), so no CI role can be pinned at all.",
    },
    {
        stack: "prod",
        name: "Network Firewall (domain allowlist) on a Transit Gateway inspection VPC, logging to a log group under its own key (CloudWatch Logs pinned by the log group's encryption context)",
        edit: r => networkFirewall(r),
    },
    {
        stack: "prod",
        name: "the same firewall, a NOC role of the stack reading its logs and decrypting with the log key only through CloudWatch Logs (kms:ViaService)",
        edit: r => networkFirewall(r, { viaLogs: true }),
    },
    {
        stack: "dev",
        name: "the orders service's multi-Region key (us-west-2, 180-day rotation, 30-day window, tags, alias) replicated into eu-north-1, orders' IRSA role naming both ARNs",
        edit: r => ordersMultiRegionKey(r, "eu-north-1"),
    },
];

/** Every policy of the pack under the stack's config, with the case's operations helpers and listed issuers. */
function run(c: Case, r: Resources) {
    return runWithConfig(c.stack, r, (config: PackConfig) => {
        let out = config;
        if (c.operations)
            out = {
                ...out,
                "custody-model": modelWithOperations(c.stack, c.operations) as unknown as Record<string, unknown>,
            };
        if (c.issuers) {
            const own = (out["role-trust-pinned"] ?? {}) as Record<string, unknown>;
            const listed = (own.allowedIssuers as string[] | undefined) ?? [];
            out = { ...out, "role-trust-pinned": { ...own, allowedIssuers: [...listed, ...c.issuers] } };
        }
        return out;
    });
}

describe("red-team 22: secure variants across the stacks and their insecure twins", () => {
    for (const c of insecure)
        (c.miss ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await run(c, r);
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    for (const c of secure)
        (c.miss ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await run(c, r));
        });
});
