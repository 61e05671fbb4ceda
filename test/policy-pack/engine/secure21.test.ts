// Neighbours of the round-21 fixes (redteam21-secure.test.ts): role ARNs that only match events or findings
// (EventBridge patterns, Access Analyzer archive rules, CloudTrail Lake selectors), keys dedicated to the EBS default
// encryption, a Secrets Manager secret or an S3 bucket, and GuardDuty Malware Protection for S3's EventBridge grant.
// For each fix: another spelling of the insecure effect that must stay refused, and a secure neighbour that must stay
// clean.
import { runPack } from "./packRunner";
import { assertClean, assertRefused, Resources, stackResources } from "./support";
import { aws, cmk, rootDelegation, trustedRole as role } from "./variantBuilders";

const PRIMARY = "111111111111";
const REGION = "eu-west-1";
const EFFECTIVE = "custody-effective-access";
const BREAK_GLASS = `arn:aws:iam::${PRIMARY}:role/platform-break-glass`;
const ADMIN = `arn:aws:iam::${PRIMARY}:role/platform-admin`;
const SSO_READER = `arn:aws:iam::${PRIMARY}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Reader_0123456789abcdef`;

// ---- 1-3: match values.

/** An EventBridge rule matching the use of two roles outside the stack; `roleArn` is the rule's own role. */
function breakGlassRule(r: Resources, roleArn?: string): void {
    aws(r, "aws:cloudwatch/eventRule:EventRule", "outside-roles-used", {
        name: "custody-prod-outside-roles-used",
        eventPattern: JSON.stringify({
            source: ["aws.sts"],
            "detail-type": ["AWS API Call via CloudTrail"],
            detail: { eventName: ["AssumeRole"], requestParameters: { roleArn: [BREAK_GLASS, ADMIN] } },
        }),
        ...(roleArn ? { roleArn } : {}),
    });
}

/** An event data store keeping only the two roles' events, and an archive rule on their unused-access findings. */
function lakeAndArchive(r: Resources): void {
    aws(r, "aws:cloudtrail/eventDataStore:EventDataStore", "outside-roles-events", {
        name: "custody-prod-outside-roles",
        multiRegionEnabled: false,
        retentionPeriod: 365,
        advancedEventSelectors: [
            {
                name: "management events of the platform's roles",
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Management"] },
                    { field: "userIdentity.arn", startsWiths: [BREAK_GLASS, ADMIN] },
                ],
            },
        ],
    });
    aws(r, "aws:accessanalyzer/archiveRule:ArchiveRule", "platform-roles-unused", {
        analyzerName: "custody-prod-unused",
        ruleName: "platform-roles",
        filters: [{ criteria: "resource", contains: [ADMIN, BREAK_GLASS] }],
    });
}

const ASG_SLR_SUFFIXED = `arn:aws:iam::${PRIMARY}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling_custody`;

// ---- 4: the EBS default key.

/**
 * EBS encryption by default on a stack key. `user` is the principal of the key's use and CreateGrant statements (EC2
 * Auto Scaling user guide, "Required AWS KMS key policy for use with encrypted volumes", example 1); `viaEc2` adds
 * the aws/ebs key policy's statement (every principal of the account, only through EC2: kms:ViaService, kms:CallerAccount).
 */
function ebsKey(r: Resources, user: string, viaEc2 = false): void {
    const key = cmk(r, "ebs-default", PRIMARY, REGION, "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", [
        rootDelegation(PRIMARY),
        {
            Sid: "AllowServiceLinkedRoleUseOfTheKey",
            Effect: "Allow",
            Principal: { AWS: user },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
        },
        {
            Sid: "AllowAttachmentOfPersistentResources",
            Effect: "Allow",
            Principal: { AWS: user },
            Action: "kms:CreateGrant",
            Resource: "*",
            Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
        },
        ...(viaEc2
            ? [
                  {
                      Sid: "AllowAccessThroughEBS",
                      Effect: "Allow",
                      Principal: { AWS: "*" },
                      Action: [
                          "kms:Encrypt",
                          "kms:Decrypt",
                          "kms:ReEncrypt*",
                          "kms:GenerateDataKey*",
                          "kms:CreateGrant",
                          "kms:DescribeKey",
                      ],
                      Resource: "*",
                      Condition: {
                          StringEquals: {
                              "kms:CallerAccount": PRIMARY,
                              "kms:ViaService": `ec2.${REGION}.amazonaws.com`,
                          },
                      },
                  },
              ]
            : []),
    ]);
    aws(r, "aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-encryption", { enabled: true });
    aws(r, "aws:ebs/defaultKmsKey:DefaultKmsKey", "ebs-default", { keyArn: key });
}

// ---- 5: a Secrets Manager secret's own key.

const SECRET_KEY = `arn:aws:kms:${REGION}:${PRIMARY}:key/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e`;
const SECRET = `arn:aws:secretsmanager:${REGION}:${PRIMARY}:secret:custody-prod/pager-token-AbCdEf`;

/** A secret under its own key (aws/secretsmanager's policy), read by a pager role of the stack through `keyGrant`. */
function pagerSecret(r: Resources, keyGrant: object): void {
    cmk(r, "pager-secret-key", PRIMARY, REGION, "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", [
        rootDelegation(PRIMARY),
        {
            Sid: "AllowAccessThroughSecretsManager",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
            Condition: {
                StringEquals: {
                    "kms:CallerAccount": PRIMARY,
                    "kms:ViaService": `secretsmanager.${REGION}.amazonaws.com`,
                },
            },
        },
    ]);
    aws(r, "aws:secretsmanager/secret:Secret", "pager-token", {
        name: "custody-prod/pager-token",
        arn: SECRET,
        kmsKeyId: SECRET_KEY,
        recoveryWindowInDays: 30,
    });
    role(
        r,
        PRIMARY,
        "custody-pager",
        [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [
            {
                Sid: "ReadToken",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                Resource: SECRET,
            },
            keyGrant,
        ],
    );
}

// ---- 6: an S3 bucket's own key.

const REPORTS = "custody-prod-reports-111111111111";
const REPORTS_KEY = `arn:aws:kms:${REGION}:${PRIMARY}:key/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f`;

/**
 * A bucket of the stack under default encryption with its own key (`configType` either of Pulumi's two resources),
 * read by a reporting role through `keyGrant`; `exported` makes it the destination of a custody table's export.
 */
function reportsBucket(
    r: Resources,
    keyGrant: object,
    configType = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    exported = false,
): void {
    cmk(r, "reports-key", PRIMARY, REGION, "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", [rootDelegation(PRIMARY)]);
    aws(r, "aws:s3/bucketV2:BucketV2", "reports", { bucket: REPORTS, arn: `arn:aws:s3:::${REPORTS}` });
    aws(r, configType, "reports", {
        bucket: REPORTS,
        rules: [
            {
                applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: REPORTS_KEY },
                bucketKeyEnabled: true,
            },
        ],
    });
    if (exported)
        aws(r, "aws:dynamodb/tableExport:TableExport", "reports-export", {
            tableArn: `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/custody-prod-anti-slashing`,
            s3Bucket: REPORTS,
            s3BucketOwner: PRIMARY,
            exportFormat: "DYNAMODB_JSON",
        });
    role(
        r,
        PRIMARY,
        "custody-reports-reader",
        [{ Effect: "Allow", Principal: { AWS: SSO_READER }, Action: "sts:AssumeRole" }],
        [
            {
                Sid: "ReadReports",
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:ListBucket"],
                Resource: [`arn:aws:s3:::${REPORTS}`, `arn:aws:s3:::${REPORTS}/reports/*`],
            },
            keyGrant,
        ],
    );
}

const viaS3 = (extra: string[] = []) => ({
    Sid: "DecryptReportsThroughS3",
    Effect: "Allow",
    Action: "kms:Decrypt",
    Resource: REPORTS_KEY,
    Condition: { StringEquals: { "kms:ViaService": [`s3.${REGION}.amazonaws.com`, ...extra] } },
});

// ---- 8: GuardDuty Malware Protection for S3's role.

const MALWARE_RULES = `arn:aws:events:${REGION}:${PRIMARY}:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*`;

/** The Malware Protection plan's role with `events` as its EventBridge statements (the bucket's own grants aside). */
function malwareRole(r: Resources, events: object[]): void {
    const bucket = "custody-prod-uploads-111111111111";
    aws(r, "aws:s3/bucketV2:BucketV2", "uploads", { bucket, arn: `arn:aws:s3:::${bucket}` });
    const arn = role(
        r,
        PRIMARY,
        "custody-uploads-malware",
        [
            {
                Effect: "Allow",
                Principal: { Service: "malware-protection-plan.guardduty.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
            },
        ],
        [
            ...events,
            {
                Sid: "AllowPostScanTag",
                Effect: "Allow",
                Action: [
                    "s3:GetObject",
                    "s3:GetObjectVersion",
                    "s3:PutObjectTagging",
                    "s3:GetObjectTagging",
                    "s3:PutObjectVersionTagging",
                    "s3:GetObjectVersionTagging",
                ],
                Resource: `arn:aws:s3:::${bucket}/*`,
            },
            {
                Sid: "AllowEnableS3EventBridgeEvents",
                Effect: "Allow",
                Action: ["s3:PutBucketNotification", "s3:GetBucketNotification"],
                Resource: `arn:aws:s3:::${bucket}`,
            },
        ],
    );
    aws(r, "aws:guardduty/malwareProtectionPlan:MalwareProtectionPlan", "uploads", {
        role: arn,
        protectedResource: { s3Bucket: { bucketName: bucket } },
        actions: [{ taggings: [{ status: "ENABLED" }] }],
    });
}

const managedRule = (condition?: object, resource = MALWARE_RULES) => ({
    Sid: "AllowManagedRuleToSendS3EventsToGuardDuty",
    Effect: "Allow",
    Action: ["events:PutRule", "events:DeleteRule", "events:PutTargets", "events:RemoveTargets"],
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
});

type Case = { name: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const insecure: Case[] = [
    {
        name: "1: an EventBridge rule whose own roleArn (used to invoke its targets) is the break-glass role",
        edit: r => breakGlassRule(r, BREAK_GLASS),
        refused: /EventRule outside-roles-used → roleArn arn:aws:iam::111111111111:role\/platform-break-glass/,
        policy: EFFECTIVE,
    },
    {
        name: "1: a Glue crawler handed a role by the plain name AWSServiceRoleForGlueCrawler (a role at path /, not a service-linked role)",
        edit: r =>
            aws(r, "aws:glue/crawler:Crawler", "reports-crawler", {
                name: "reports-crawler",
                databaseName: "reports",
                role: "AWSServiceRoleForGlueCrawler",
                s3Targets: [{ path: `s3://${REPORTS}/reports/` }],
            }),
        refused: /Crawler reports-crawler → role arn:aws:iam::111111111111:role\/AWSServiceRoleForGlueCrawler/,
        policy: EFFECTIVE,
    },
    {
        name: "4: the EBS default key's statements naming a role called AWSServiceRoleForAutoScaling at path / (a customer's role)",
        edit: r => ebsKey(r, `arn:aws:iam::${PRIMARY}:role/AWSServiceRoleForAutoScaling`),
        refused: /role\/AWSServiceRoleForAutoScaling \(outside this stack\) → kms:Decrypt/,
        policy: EFFECTIVE,
    },
    {
        name: "4: the EBS default key's statements naming another service's service-linked role (Systems Manager's)",
        edit: r =>
            ebsKey(r, `arn:aws:iam::${PRIMARY}:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM`),
        refused: /AWSServiceRoleForAmazonSSM \(outside this stack\) → kms:Decrypt/,
        policy: EFFECTIVE,
    },
    {
        name: "5: the pager role decrypting with the secret's key directly (no kms:ViaService in its grant)",
        edit: r =>
            pagerSecret(r, { Sid: "DecryptDirect", Effect: "Allow", Action: "kms:Decrypt", Resource: SECRET_KEY }),
        refused: /custody-pager → statement "DecryptDirect"[\s\S]*pager-secret-key/,
        policy: EFFECTIVE,
    },
    {
        name: "6: the reader's S3-pinned decrypt also pinned to DynamoDB (kms:ViaService s3 or dynamodb)",
        edit: r => reportsBucket(r, viaS3([`dynamodb.${REGION}.amazonaws.com`])),
        refused: /custody-reports-reader → statement "DecryptReportsThroughS3"[\s\S]*reports-key/,
        policy: EFFECTIVE,
    },
    {
        name: "6: the bucket's key decrypted through S3 while the bucket holds an export of the anti-slashing table",
        edit: r => reportsBucket(r, viaS3(), undefined, true),
        refused: /statement "DecryptReportsThroughS3"[\s\S]*reaching key reports-key/,
        policy: EFFECTIVE,
    },
    {
        name: "8: the Malware Protection role's EventBridge writes without the events:ManagedBy pin",
        edit: r => malwareRole(r, [managedRule()]),
        refused: /custody-uploads-malware → statement "AllowManagedRuleToSendS3EventsToGuardDuty"/,
        policy: EFFECTIVE,
    },
    {
        name: "8: the Malware Protection role's EventBridge writes on every rule of the account (ManagedBy pinned)",
        edit: r =>
            malwareRole(r, [
                managedRule(
                    { StringEquals: { "events:ManagedBy": "malware-protection-plan.guardduty.amazonaws.com" } },
                    `arn:aws:events:${REGION}:${PRIMARY}:rule/*`,
                ),
            ]),
        refused: /custody-uploads-malware → statement "AllowManagedRuleToSendS3EventsToGuardDuty"/,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    {
        name: "1: an EventBridge rule matching AssumeRole of two roles outside the stack (their ARNs in requestParameters)",
        edit: r => breakGlassRule(r),
    },
    {
        name: "1-3: a CloudTrail Lake store selecting two outside roles' events (startsWith) and an archive rule on their findings (contains)",
        edit: r => lakeAndArchive(r),
    },
    {
        name: "1: an Auto Scaling group on Auto Scaling's service-linked role with a custom suffix (its ARN under aws-service-role/)",
        edit: r =>
            aws(r, "aws:autoscaling/group:Group", "reports-workers", {
                name: "reports-workers",
                minSize: 0,
                maxSize: 0,
                vpcZoneIdentifiers: ["subnet-0a1b2c3d4e5f60718"],
                serviceLinkedRoleArn: ASG_SLR_SUFFIXED,
            }),
    },
    {
        name: "4: the EBS default key for Auto Scaling's suffixed service-linked role and the account's principals through EC2 (aws/ebs's statement)",
        edit: r => ebsKey(r, ASG_SLR_SUFFIXED, true),
    },
    {
        name: "5: a pager role reading its secret and decrypting with the secret's key only through Secrets Manager",
        edit: r =>
            pagerSecret(r, {
                Sid: "DecryptThroughSecretsManager",
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: SECRET_KEY,
                Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${REGION}.amazonaws.com` } },
            }),
    },
    {
        name: "6: a reports bucket under its own key (the older BucketServerSideEncryptionConfiguration), read through S3 only",
        edit: r =>
            reportsBucket(
                r,
                viaS3(),
                "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            ),
    },
    {
        name: "8: the documented Malware Protection role (ManagedBy by StringEquals, DescribeRule/ListTargetsByRule on its rules)",
        edit: r =>
            malwareRole(r, [
                managedRule({
                    StringEquals: { "events:ManagedBy": "malware-protection-plan.guardduty.amazonaws.com" },
                }),
                {
                    Sid: "AllowGuardDutyToMonitorEventBridgeManagedRule",
                    Effect: "Allow",
                    Action: ["events:DescribeRule", "events:ListTargetsByRule"],
                    Resource: MALWARE_RULES,
                },
            ]),
    },
];

describe("allowlist: neighbours of the round-21 fixes (match values, dedicated keys, GuardDuty's managed rule)", () => {
    for (const c of insecure)
        it(`refuses: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertRefused(await runPack("prod", r), c.refused ?? /never/, c.policy);
        });
    for (const c of secure)
        it(`accepts: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertClean(await runPack("prod", r));
        });
});
