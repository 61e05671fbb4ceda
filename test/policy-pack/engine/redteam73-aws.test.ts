// Red-team round 73, aws (fresh eyes; run after round 73's fixes). Probed the neighbours of round 72/73's listed
// secret reads (judge.ts SECRET_READS, isHarmlessRead, namesSecret, READS_WITHOUT_SECRET): the same secret returned by
// another read of the service (CloudFront's List* of DistributionSummary, Service Catalog's view of CloudFormation
// outputs), the listed reads by wildcard, `?` glob and NotAction, and in every other stack; harmless reads the name or
// service rule refuses (IVS ListStreamKeys, Secrets Manager GetResourcePolicy); custody keys and tables by other forms
// (a `?` glob over the region, kms:ResourceAliases, backup and point-in-time restores, PartiQL, a @pulumi/aws 7
// ReplicaKey with a per-resource `region`); trust (Cognito without aud, sts:Assume*, TagSession/SetSourceIdentity
// alone); PassRole by glob.
// Misses (8 insecure, 2 secure):
// - insecure, secret reads under plain names (8): cloudfront:ListDistributions, ListDistributionsByWebACLId,
//   ListDistributionsByRealtimeLogConfig (DistributionSummary.Origins carries the CustomHeaders round 72 listed for
//   GetDistributionConfig; prod, dev, and cloudfront:List*); servicecatalog:GetProvisionedProductOutputs and
//   DescribeRecord (a provisioned CloudFormation stack's outputs; and servicecatalog:Get*). Fix: SECRET_READS entries.
// - secure, harmless reads refused (2): ivs:ListStreamKeys (namesSecret "streamkey"; StreamKeySummary has no value),
//   secretsmanager:GetResourcePolicy (a policy document). Fix: READS_WITHOUT_SECRET entries.
// Held: every wildcard/glob/NotAction over round 72's listed reads, those reads in basil, trust-domain, cross-account,
// pod-identity and curity, the custody forms and trust cases above. Secure accepted: Pinpoint GetApnsChannel/
// GetChannels, CloudFront lists returning DistributionIdList, Service Catalog Search/DescribeProvisionedProduct,
// ivs:GetChannel, Decrypt on alias ARNs and on another region's keys, a non-custody key with a v7 `region`,
// TagSession/SetSourceIdentity-only trust. Pinned by design: metadata reads (GetPublicKey, DescribeKey, DescribeTable)
// of custody assets by an identity the model does not name are refused (the model is exact).
import { describeVariants, StackCase, find, doc, Resources } from "./support";
import { ACCOUNT, allow, opsRole, beside } from "./awsCaseBuilders";
import { editDoc, outsideRole, Statement } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const OPS = outsideRole(A);

/** An ops role of `stack`'s account holding `statements`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const edit = (stack: string, name: string, e: (r: Resources) => void, skip?: string): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});
const trust = (r: Resources, name: string, add: Statement) =>
    editDoc(find(r, ROLE, name), "assumeRolePolicy", d => d.Statement.push(add));
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const CF = `arn:aws:cloudfront::${A}:distribution/*`;

const insecure: StackCase[] = [
    // ======== Neighbours of round 73's listed secret reads: the same secret under another read, or by wildcard.
    // Was a MISS (fixed in round 74): insecure accepted (secret read under a plain name, neighbour of round 72's GetDistributionConfig). CloudFront API Reference, ListDistributions returns a DistributionList of
    // DistributionSummary, and DistributionSummary carries Origins (Origins.Items[].CustomHeaders, OriginCustomHeader
    // HeaderName/HeaderValue): the same origin header values round 72 listed for GetDistributionConfig, which the
    // CloudFront developer guide ("Restrict access to Application Load Balancers") uses as the origin's shared secret.
    // Gain: the header that lets a caller bypass CloudFront (and its WAF) to the origin.
    // The pack: judge.ts isHarmlessRead (cloudfront outside SECRET_BEARING_SERVICES, the name clears namesSecret, not in
    // SECRET_READS) so holdsNoCustodyPower accepts it. Fix: SECRET_READS cloudfront:listdistributions and every List
    // returning a DistributionList (ListDistributionsByWebACLId, ByRealtimeLogConfig, ByAnycastIpListId...); not the
    // By*PolicyId/ByKeyGroup/ByVpcOriginId lists, which return DistributionIdList (ids only).
    ops("prod", "rt73-cloudfront-list-distributions", "cloudfront:ListDistributions (summaries carry Origins)", [
        allow("cloudfront:ListDistributions", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class). CloudFront API Reference, ListDistributionsByWebACLId: response
    // DistributionList (DistributionSummary with Origins and their CustomHeaders). Fix: as rt73-cloudfront-list-distributions.
    ops("prod", "rt73-cloudfront-list-by-webacl", "cloudfront:ListDistributionsByWebACLId (summaries)", [
        allow("cloudfront:ListDistributionsByWebACLId", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class). CloudFront API Reference, ListDistributionsByRealtimeLogConfig: response
    // DistributionList (summaries with Origins' CustomHeaders). Fix: as rt73-cloudfront-list-distributions.
    ops("prod", "rt73-cloudfront-list-by-realtime-log", "cloudfront:ListDistributionsByRealtimeLogConfig", [
        allow("cloudfront:ListDistributionsByRealtimeLogConfig", "*"),
    ]),
    ops("prod", "rt73-cloudfront-get-wildcard", "cloudfront:GetDistribution* (GetDistributionConfig among them)", [
        allow("cloudfront:GetDistribution*", CF),
    ]),
    ops("prod", "rt73-cloudfront-read-star", "cloudfront:Get* + cloudfront:List*", [
        allow(["cloudfront:Get*", "cloudfront:List*"], "*"),
    ]),
    ops("prod", "rt73-firehose-describe-wildcard", "firehose:Describe* (DescribeDeliveryStream's HECToken)", [
        allow("firehose:Describe*", `arn:aws:firehose:eu-west-1:${A}:deliverystream/*`),
    ]),
    ops("prod", "rt73-firehose-star", "firehose:* on every stream (a harmless service, with a listed read)", [
        allow("firehose:*", "*"),
    ]),
    ops("prod", "rt73-firehose-question-mark", "firehose:DescribeDeliverySt?eam (a ? glob)", [
        allow("firehose:DescribeDeliverySt?eam", "*"),
    ]),
    ops("prod", "rt73-pinpoint-channel-wildcard", "mobiletargeting:Get*Channel (GCM and Baidu among them)", [
        allow("mobiletargeting:Get*Channel", `arn:aws:mobiletargeting:eu-west-1:${A}:apps/*`),
    ]),
    ops("prod", "rt73-dx-describe-star", "directconnect:Describe* (DescribeVirtualInterfaces' authKey)", [
        allow("directconnect:Describe*", "*"),
    ]),
    ops("prod", "rt73-iotwireless-get-star", "iotwireless:Get* (GetWirelessDevice's LoRaWAN keys)", [
        allow("iotwireless:Get*", "*"),
    ]),
    ops("prod", "rt73-notaction-read", "Allow NotAction [iam:*, sts:*] on * (reads of every service)", [
        { Effect: "Allow", NotAction: ["iam:*", "sts:*", "kms:*", "dynamodb:*"], Resource: "*" },
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class, dev stack). Fix: as rt73-cloudfront-list-distributions.
    ops("dev", "rt73-dev-cloudfront-list", "cloudfront:ListDistributions (dev)", [
        allow("cloudfront:ListDistributions", "*"),
    ]),
    ops("curity", "rt73-curity-cloudfront-config", "cloudfront:GetDistributionConfig (curity)", [
        allow("cloudfront:GetDistributionConfig", `arn:aws:cloudfront::${ACCOUNT.curity}:distribution/*`),
    ]),
    // ======== CloudFormation's outputs through Service Catalog (cloudformation is a CODE_CONFIG_SERVICE).
    // Was a MISS (fixed in round 74): insecure accepted (CloudFormation outputs under another service). Service Catalog API Reference,
    // GetProvisionedProductOutputs: "responds with the key/value pairs of those outputs" (RecordOutput OutputKey/
    // OutputValue; "the output for a CloudFormation-backed product"): the provisioned stack's Outputs, which the pack
    // treats as secret-bearing for cloudformation itself (CODE_CONFIG_SERVICES: DescribeStacks parameters and outputs).
    // Gain: whatever a product template outputs (generated passwords, access keys a template creates). The pack:
    // judge.ts isHarmlessRead (servicecatalog unlisted, the name clears namesSecret). Fix: SECRET_READS
    // servicecatalog:getprovisionedproductoutputs and servicecatalog:describerecord (RecordOutputs).
    ops("prod", "rt73-servicecatalog-outputs", "servicecatalog:GetProvisionedProductOutputs (stack outputs)", [
        allow("servicecatalog:GetProvisionedProductOutputs", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class). Service Catalog API Reference, DescribeRecord: RecordOutputs, "Information
    // about the product created as the result of a request. For example, the output for a CloudFormation-backed product
    // that creates an S3 bucket would include the S3 bucket URL" (every stack output). Fix: as rt73-servicecatalog-outputs.
    ops("prod", "rt73-servicecatalog-describe-record", "servicecatalog:DescribeRecord (RecordOutputs)", [
        allow("servicecatalog:DescribeRecord", "*"),
    ]),
    // Round 74 (lead): the role behind CloudWatch Omni's space credentials (cloudwatch:GetSpaceCredentials "Returns
    // temporary credentials for a space"; Pulumi aws.cloudwatchomni.Space's data-access role trusts
    // cloudwatch.amazonaws.com) is judged itself: a stack role CloudWatch may become, with Decrypt on the shares, is
    // refused whoever may ask for its credentials (its becomer is no workload subject of the model).
    edit("prod", "rt74-cloudwatch-space-role-service: the same role trusted by cloudwatch.amazonaws.com", r => {
        opsRole(r, "prod", A, "rt74-space-data-access2", [allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`)]);
        editDoc(find(r, ROLE, "rt74-space-data-access2"), "assumeRolePolicy", d => {
            d.Statement = [
                { Effect: "Allow", Principal: { Service: "cloudwatch.amazonaws.com" }, Action: "sts:AssumeRole" },
            ];
        });
    }),
    // ======== Custody keys and tables by other forms.
    ops("prod", "rt73-kms-region-glob", "kms:Decrypt on arn:aws:kms:eu-west-?:A:key/* (a ? glob over region)", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-?:${A}:key/*`),
    ]),
    ops("prod", "rt73-kms-resource-aliases", "kms:Decrypt on * when kms:ResourceAliases names share 1's alias", [
        allow("kms:Decrypt", "*", {
            Condition: { "ForAnyValue:StringEquals": { "kms:ResourceAliases": "alias/custody-infra/prod/share-1" } },
        }),
    ]),
    ops("prod", "rt73-dynamodb-restore-backup", "restore the keystore's backups into a table it reads", [
        allow(["dynamodb:RestoreTableFromBackup", "dynamodb:ListBackups"], `${KEYSTORE}/backup/*`),
        allow(["dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:BatchWriteItem"], "*"),
    ]),
    ops("prod", "rt73-dynamodb-pitr-restore", "dynamodb:RestoreTableToPointInTime from the keystore", [
        allow("dynamodb:RestoreTableToPointInTime", KEYSTORE),
        allow(["dynamodb:PutItem", "dynamodb:Scan"], `arn:aws:dynamodb:eu-west-1:${A}:table/rt73-copy`),
    ]),
    ops("prod", "rt73-dynamodb-partiql", "dynamodb:PartiQLSelect on the keystore", [
        allow("dynamodb:PartiQLSelect", KEYSTORE),
    ]),
    // @pulumi/aws 7: every resource takes `region`; a replica of share 1 in us-east-1 shares its key material.
    edit(
        "prod",
        "rt73-replica-key-region: a ReplicaKey of share 1 in us-east-1 (region input) lets ops Decrypt",
        r =>
            void beside(r, "prod", "aws:kms/replicaKey:ReplicaKey", "rt73-share1-replica", {
                region: "us-east-1",
                primaryKeyArn: String(find(r, KEY, "signer-shares-share-1").inputs.arn ?? ""),
                arn: `arn:aws:kms:us-east-1:${A}:key/mrk-rt73`,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: OPS },
                    Action: ["kms:Decrypt", "kms:DescribeKey"],
                    Resource: "*",
                }),
            }),
    ),
    // ======== Trust.
    edit("prod", "rt73-trust-cognito-no-aud: signer trusts cognito-identity with only an amr condition", r =>
        trust(r, "signer-role", {
            Effect: "Allow",
            Principal: { Federated: "cognito-identity.amazonaws.com" },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: { "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" } },
        } as Statement),
    ),
    edit("prod", "rt73-trust-assume-via-wildcard-action: signer trusts ops for sts:Assume* (AssumeRole among it)", r =>
        trust(r, "signer-role", { Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:Assume*" } as Statement),
    ),
    ops("prod", "rt73-passrole-glob", "iam:PassRole on role/custody-* with lambda:CreateFunction", [
        allow("iam:PassRole", `arn:aws:iam::${A}:role/custody-*`),
        allow(["lambda:CreateFunction", "lambda:InvokeFunction"], "*"),
    ]),
    // ======== Round 72's listed reads in the other stacks (pins), and the misses' wildcards.
    ops("basil", "rt73-basil-firehose", "firehose:DescribeDeliveryStream (basil)", [
        allow("firehose:DescribeDeliveryStream", "*"),
    ]),
    ops("trust-domain", "rt73-td-pinpoint-gcm", "mobiletargeting:GetGcmChannel (trust-domain)", [
        allow("mobiletargeting:GetGcmChannel", "*"),
    ]),
    ops("cross-account", "rt73-xacct-dx", "directconnect:DescribeVirtualInterfaces (cross-account)", [
        allow("directconnect:DescribeVirtualInterfaces", "*"),
    ]),
    ops("pod-identity", "rt73-podid-lorawan", "iotwireless:GetWirelessDevice (pod-identity)", [
        allow("iotwireless:GetWirelessDevice", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (the wildcard matches ListDistributions, rt73-cloudfront-list-distributions' class).
    // Fix: as rt73-cloudfront-list-distributions (the wildcard is expanded by what it matches).
    ops("prod", "rt73-cloudfront-list-star", "cloudfront:List* (ListDistributions among them)", [
        allow("cloudfront:List*", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (matches GetProvisionedProductOutputs, rt73-servicecatalog-outputs' class). Fix: as
    // rt73-servicecatalog-outputs.
    ops("prod", "rt73-servicecatalog-get-star", "servicecatalog:Get* (GetProvisionedProductOutputs among them)", [
        allow("servicecatalog:Get*", "*"),
    ]),
    // ======== Round 74 neighbours (fix74-reads): a read is harmless only when READS_WITHOUT_SECRET names it or its
    // service is among REVIEWED_READ_SERVICES (judge.ts isHarmlessRead), never a listed secret read.
    // A harmless-looking read of a service nobody reviewed (Service Catalog's RecordDetail has no outputs, but the
    // pack has not read the rest of the service): refused, naming the unreviewed service rule.
    ops("prod", "rt74-unreviewed-servicecatalog-history", "servicecatalog:ListRecordHistory (unreviewed service)", [
        allow("servicecatalog:ListRecordHistory", "*"),
    ]),
    // Inspector's BatchGetCodeSnippet returns the scanned code (the secret it found among it): unreviewed, refused.
    ops("dev", "rt74-unreviewed-inspector-snippet", "inspector2:BatchGetCodeSnippet (unreviewed service, dev)", [
        allow("inspector2:BatchGetCodeSnippet", "*"),
    ]),
    // ELB's trust store reads return a pre-signed S3 URI: elasticloadbalancing is not a reviewed service.
    ops("prod", "rt74-elb-trust-store", "elasticloadbalancing:GetTrustStoreRevocationContent (a pre-signed URI)", [
        allow("elasticloadbalancing:GetTrustStoreRevocationContent", "*"),
    ]),
    // The rest of CloudFront's DistributionList reads (SECRET_READS).
    ops("prod", "rt74-cloudfront-by-anycast", "cloudfront:ListDistributionsByAnycastIpListId (DistributionList)", [
        allow("cloudfront:ListDistributionsByAnycastIpListId", "*"),
    ]),
    // Secret reads found reviewing the reviewed services (SECRET_READS): Config's copies of resource configuration (a
    // CodeBuild project's environment), the EKS console's view of Kubernetes objects.
    ops("prod", "rt74-config-history", "config:GetResourceConfigHistory (configuration items)", [
        allow("config:GetResourceConfigHistory", "*"),
    ]),
    ops("dev", "rt74-config-select", "config:SelectResourceConfig (dev)", [allow("config:SelectResourceConfig", "*")]),
    ops("prod", "rt74-eks-access-k8s-api", "eks:AccessKubernetesApi (the console's view of cluster objects)", [
        allow("eks:AccessKubernetesApi", `arn:aws:eks:eu-west-1:${A}:cluster/*`),
    ]),
    // ======== Held by design (pins, not insecure): the custody model is exact (README, "The custody model": any
    // access of an identity the model does not name to a custody asset is refused), so harmless metadata reads of the
    // custody keys and tables by an ops role are refused too. KMS API Reference, GetPublicKey: fails on a symmetric key
    // (UnsupportedOperationException); DescribeKey and DynamoDB DescribeTable return metadata, no plaintext or item.
    // Left as they are: granting them needs a model entry, not a pack change.
    ops("prod", "rt73-pin-kms-get-public-key", "kms:GetPublicKey on * (custody keys are symmetric)", [
        allow("kms:GetPublicKey", "*"),
    ]),
    ops("prod", "rt73-pin-kms-describe-key", "kms:DescribeKey on * (key metadata, WRITE_ONLY_KEY_ACTIONS)", [
        allow("kms:DescribeKey", "*"),
    ]),
    ops("prod", "rt73-pin-dynamodb-describe-table", "dynamodb:DescribeTable on the keystore (schema, no items)", [
        allow("dynamodb:DescribeTable", KEYSTORE),
    ]),
    // DECIDED (round 76): insecure (was accepted as "no stream key"). IVS API Reference, Channel: `srt` (Srt
    // {endpoint, passphrase}: "Auto-generated passphrase to enable encryption", SENSITIVE in the SDKs): GetChannel
    // returns the channel's SRT ingest passphrase, so it is in SECRET_READS (ListChannels' ChannelSummary has no srt).
    ops("prod", "rt73-s-ivs-get-channel", "ivs:GetChannel (Channel: no stream key)", [
        allow("ivs:GetChannel", `arn:aws:ivs:eu-west-1:${A}:channel/*`),
    ]),
];

const secure: StackCase[] = [
    // Round 74 (lead): cloudwatch:GetSpaceCredentials returns a space's temporary credentials (CloudWatch Omni API
    // Reference), those of the space's data-access role, which the pack judges where the stack has it (the insecure
    // rt74-cloudwatch-space-role cases) and which is outside the stack's sight otherwise (README, trust boundary):
    // an ops role's cloudwatch:* stays a data service's grant.
    ops("prod", "rt74-s-cloudwatch-space-credentials", "cloudwatch:GetSpaceCredentials + cloudwatch:*", [
        allow(["cloudwatch:GetSpaceCredentials", "cloudwatch:*"], "*"),
    ]),
    ops("prod", "rt73-s-cloudfront-by-orp", "cloudfront:ListDistributionsByOriginRequestPolicyId (ids only)", [
        allow("cloudfront:ListDistributionsByOriginRequestPolicyId", "*"),
    ]),
    ops("prod", "rt73-s-servicecatalog-describe-pp", "servicecatalog:DescribeProvisionedProduct (no outputs)", [
        allow("servicecatalog:DescribeProvisionedProduct", "*"),
    ]),
    // Was a MISS (fixed in round 74): secure refused (name rule over-refuses). IVS Low-Latency API Reference, ListStreamKeys: "Gets summary
    // information about stream keys for the specified channel", response StreamKeySummary {arn, channelArn, tags}: no
    // value (GetStreamKey/BatchGetStreamKey return StreamKey.value, both in SECRET_READS). Harmless: ARNs and tags.
    // The pack: judge.ts namesSecret ("streamkey") so isSecretRead refuses it. Fix: READS_WITHOUT_SECRET
    // ivs:liststreamkeys with its response type.
    ops("prod", "rt73-s-ivs-list-stream-keys", "ivs:ListStreamKeys (stream-key ARNs and tags, no value)", [
        allow("ivs:ListStreamKeys", `arn:aws:ivs:eu-west-1:${A}:channel/*`),
    ]),
    ops("prod", "rt73-s-pinpoint-apns-channel", "mobiletargeting:GetApnsChannel (HasCredential, no key)", [
        allow("mobiletargeting:GetApnsChannel", `arn:aws:mobiletargeting:eu-west-1:${A}:apps/*`),
    ]),
    ops("prod", "rt73-s-pinpoint-get-channels", "mobiletargeting:GetChannels (ChannelResponse, no credential)", [
        allow("mobiletargeting:GetChannels", `arn:aws:mobiletargeting:eu-west-1:${A}:apps/*`),
    ]),
    ops("prod", "rt73-s-cloudfront-by-cache-policy", "cloudfront:ListDistributionsByCachePolicyId (ids only)", [
        allow("cloudfront:ListDistributionsByCachePolicyId", "*"),
    ]),
    ops("prod", "rt73-s-servicecatalog-search", "servicecatalog:SearchProvisionedProducts (no outputs)", [
        allow("servicecatalog:SearchProvisionedProducts", "*"),
    ]),
    // Was a MISS (fixed in round 74): secure refused (arguably by design: secretsmanager is SECRET_BEARING). Secrets Manager API Reference,
    // GetResourcePolicy: response {ARN, Name, ResourcePolicy} ("Retrieves the JSON text of the resource-based policy
    // document attached to the secret"): no SecretString/SecretBinary. Harmless: a policy document. The pack: judge.ts
    // isHarmlessRead (secretsmanager in SECRET_BEARING_SERVICES, not in READS_WITHOUT_SECRET; namesSecret "secret" is
    // not in the action name but the service rule refuses). Fix: READS_WITHOUT_SECRET secretsmanager:getresourcepolicy
    // (beside DescribeSecret/ListSecrets, cleared in round 72).
    ops("prod", "rt73-s-secrets-resource-policy", "secretsmanager:GetResourcePolicy (the policy, no value)", [
        allow("secretsmanager:GetResourcePolicy", `arn:aws:secretsmanager:eu-west-1:${A}:secret:*`),
    ]),
    ops("prod", "rt73-s-kms-alias-arn", "kms:Decrypt on alias ARNs (KMS authorizes key use on the key ARN)", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:alias/*`),
    ]),
    ops("prod", "rt73-s-kms-other-region", "kms:Decrypt on keys of us-east-1 (custody keys are in eu-west-1)", [
        allow("kms:Decrypt", `arn:aws:kms:us-east-1:${A}:key/*`),
    ]),
    edit("prod", "rt73-s-key-region-v7: a non-custody key in us-east-1 (region input) that ops may use", r => {
        const key = beside(r, "prod", KEY, "rt73-logs-key", {
            region: "us-east-1",
            arn: `arn:aws:kms:us-east-1:${A}:key/0b6b7c1e-1111-4a2b-9c3d-1234567890ab`,
            description: "logs",
            enableKeyRotation: true,
        });
        key.options = { ...key.options, protect: true };
        opsRole(r, "prod", A, "rt73-logs-user", [
            allow(
                ["kms:Decrypt", "kms:Encrypt"],
                `arn:aws:kms:us-east-1:${A}:key/0b6b7c1e-1111-4a2b-9c3d-1234567890ab`,
            ),
        ]);
    }),
    // ======== Round 74 neighbours (fix74-reads): reads of reviewed services and reviewed reads stay accepted.
    ops("prod", "rt74-s-cloudwatch-metrics", "cloudwatch:GetMetricData + ListMetrics + DescribeAlarms", [
        allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"], "*"),
    ]),
    ops("prod", "rt74-s-ec2-describe", "ec2:DescribeInstances + DescribeVolumes (reviewed one by one)", [
        allow(["ec2:DescribeInstances", "ec2:DescribeVolumes"], "*"),
    ]),
    ops("dev", "rt74-s-audit-reads", "iam:GetRole, cloudtrail:LookupEvents, config:DescribeConfigRules (dev)", [
        allow(["iam:GetRole", "iam:ListRoles", "cloudtrail:LookupEvents", "config:DescribeConfigRules"], "*"),
    ]),
    ops("prod", "rt74-s-elb-target-health", "elasticloadbalancing:DescribeTargetHealth + DescribeLoadBalancers", [
        allow(["elasticloadbalancing:DescribeTargetHealth", "elasticloadbalancing:DescribeLoadBalancers"], "*"),
    ]),
    ops("prod", "rt74-s-cloudfront-by-key-group", "cloudfront:ListDistributionsByKeyGroup (DistributionIdList)", [
        allow("cloudfront:ListDistributionsByKeyGroup", "*"),
    ]),
    ops("prod", "rt74-s-acm-describe", "acm:DescribeCertificate + ListCertificates (no private key)", [
        allow(["acm:DescribeCertificate", "acm:ListCertificates"], "*"),
    ]),
    edit("prod", "rt73-s-trust-tagsession-only: signer trusts ops for sts:TagSession alone (no AssumeRole)", r =>
        trust(r, "signer-role", { Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:TagSession" } as Statement),
    ),
    edit("prod", "rt73-s-trust-sourceidentity-only: signer trusts ops for sts:SetSourceIdentity alone", r =>
        trust(r, "signer-role", {
            Effect: "Allow",
            Principal: { AWS: OPS },
            Action: "sts:SetSourceIdentity",
        } as Statement),
    ),
];

/** What each refusal must name, by case id. */
const REFUSED: Record<string, RegExp> = {
    "rt73-pin-kms-get-public-key": /no workload of the custody model/,
    "rt73-pin-kms-describe-key": /no workload of the custody model/,
    "rt73-pin-dynamodb-describe-table": /no workload of the custody model/,
    "rt73-replica-key-region": /rt73-share1-replica|replica/i,
    "rt73-trust-cognito-no-aud": /cognito-identity/,
    "rt73-trust-assume-via-wildcard-action": /signer/,
    "rt74-unreviewed-servicecatalog-history": /not among the reviewed harmless reads/,
    "rt74-unreviewed-inspector-snippet": /not among the reviewed harmless reads/,
    "rt74-elb-trust-store": /not among the reviewed harmless reads/,
};

describeVariants(
    "red team 73: aws (secret reads beside round 73's list, custody forms, trust)",
    insecure.map(c => ({ ...c, refused: REFUSED[c.name.split(":")[0]] ?? c.refused })),
    secure,
);
