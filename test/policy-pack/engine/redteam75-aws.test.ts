// Red-team round 75, aws (fresh eyes; run after round 75's fixes). Probed the harmless-read allowlist (judge.ts
// isHarmlessRead: HARMLESS_SERVICES granted whole, REVIEWED_READ_SERVICES, READS_WITHOUT_SECRET, SECRET_READS) for
// reads that return a shared secret the pack already calls secret elsewhere, and the neighbours of round 75's fixes
// (Security Hub V2 reads and globs, Config by glob, SNS beyond endpoint tokens).
// Misses (6 insecure, 3 secure):
// - insecure, SNS subscription endpoints (4): sns:GetSubscriptionAttributes returns the HTTPS endpoint URL whole,
//   with its basic/digest-auth user:password (SNS developer guide), and sns is a HARMLESS_SERVICE granted whole, the
//   read not in SECRET_READS (prod, curity, sns:*SubscriptionAttributes, sns:GetS*). Fix: SECRET_READS
//   sns:getsubscriptionattributes.
// - insecure, the CloudFront origin-verify header on the origin side (2): the pack lists CloudFront's origin custom
//   headers as secret (SECRET_READS cloudfront:getdistributionconfig, "Restrict access to Application Load
//   Balancers"), but the same value sits in the ALB listener rule's http-header condition (elasticloadbalancing:
//   DescribeRules, cleared in READS_WITHOUT_SECRET) and in the WAF rule's ByteMatchStatement.SearchString
//   (wafv2:GetWebACL, cleared). Fix: take both out of READS_WITHOUT_SECRET into SECRET_READS with these documents.
// - secure, harmless listings refused fail-closed (3): elasticloadbalancing:DescribeListenerCertificates +
//   DescribeSSLPolicies, ecs:ListTasks + ListContainerInstances, wafv2:ListResourcesForWebACL (ARNs and cipher lists).
//   Fix: READS_WITHOUT_SECRET entries with their response types.
// Held: sns:Get* (refused through GetEndpointAttributes), securityhub:GetResources* and Get*V2 globs, config
// *ResourceConfig* glob (basil), elasticloadbalancing:Describe* (unreviewed reads among it). Secure accepted:
// sns:ListSubscriptions(ByTopic), iam:GetServerCertificate, securityhub insights and V2 statistics, CloudTrail trail
// settings, ELB DescribeLoadBalancers/DescribeTargetHealth.
// Seen and left alone: cloudtrail:GetQueryResults / GetEventDataStoreData (CloudTrail Lake event records, the
// LookupEvents class redteam74-aws left alone); cloudwatch:GetSpaceCredentialsForOrganization (no document found for
// whose credentials it returns); eks:DescribeAddon configurationValues (judge.ts's known limit).
import { describeVariants, StackCase, Resources } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { nodePolicyConfig } from "./packRunner";
import { CLUSTER, PRIMARY } from "./nodeBuilders";
import { aws, managedNodes } from "./variantBuilders";

/** An ops role of `stack`'s account holding `statements`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});

const insecure: StackCase[] = [
    // ======== SNS subscription endpoints: a HARMLESS_SERVICE's read that returns a password.
    // Was a MISS (fixed in round 75): insecure accepted (secret read inside a harmless service). SNS developer guide, "Fanout Amazon SNS
    // notifications to HTTPS endpoints" (sns-http-https-endpoint-as-subscriber): "Basic and Digest Access
    // Authentication — This allows you to specify a username and password in the HTTPS URL ... such as
    // https://user:password@domain.com"; "HTTPS URLs are only retrievable from the Amazon SNS GetSubscriptionAttributes
    // API action, for principals to which you have granted API access" (its Attributes.Endpoint). Gain: the
    // credentials of every webhook receiver subscribed to a topic of the account (to post forged notifications to it,
    // or reuse them where the receiver's owner reused them). The pack: judge.ts isAccepted via HARMLESS_SERVICES (sns
    // granted whole; round 75 listed only GetEndpointAttributes/ListEndpointsByPlatformApplication in SECRET_READS).
    // Fix: SECRET_READS sns:getsubscriptionattributes with this document (ListSubscriptions stays harmless: the full
    // URL is only retrievable from GetSubscriptionAttributes).
    ops(
        "prod",
        "rt75a-sns-subscription-attributes",
        "sns:GetSubscriptionAttributes (HTTPS endpoint with user:password)",
        [allow("sns:GetSubscriptionAttributes", "*")],
    ),
    ops("prod", "rt75a-sns-get-star", "sns:Get* (GetSubscriptionAttributes among them)", [allow("sns:Get*", "*")]),
    // Was a MISS (fixed in round 75): insecure accepted (same class; see rt75a-sns-subscription-attributes). Fix: as there.
    ops("curity", "rt75a-curity-sns-subscription", "sns:GetSubscriptionAttributes (curity)", [
        allow("sns:GetSubscriptionAttributes", "*"),
    ]),
    // Was a MISS (fixed in round 75): insecure accepted (same class, by a glob matching Get/SetSubscriptionAttributes). Fix: as
    // rt75a-sns-subscription-attributes (the glob is expanded by what it matches).
    ops("prod", "rt75a-sns-attributes-glob", "sns:*SubscriptionAttributes (a glob)", [
        allow("sns:*SubscriptionAttributes", "*"),
    ]),
    // Was a MISS (fixed in round 75): insecure accepted (same class: sns:GetS* matches GetSubscriptionAttributes, GetSMSAttributes,
    // GetSMSSandboxAccountStatus, not GetEndpointAttributes, so nothing listed stops it). Fix: as
    // rt75a-sns-subscription-attributes.
    ops("prod", "rt75a-sns-gets-glob", "sns:GetS* (GetSubscriptionAttributes among them)", [allow("sns:GetS*", "*")]),
    // ======== The CloudFront origin-verify secret where the origin checks it.
    // Was a MISS (fixed in round 75): insecure accepted (a read cleared in READS_WITHOUT_SECRET returns a value the pack lists as secret).
    // CloudFront developer guide, "Restrict access to Application Load Balancers": "1. Configure CloudFront to add a
    // custom HTTP header to requests that it sends to the Application Load Balancer. 2. Configure the Application Load
    // Balancer to only forward requests that contain the custom HTTP header": the listener rule's http-header
    // condition (ELB API Reference, RuleCondition.HttpHeaderConfig {HttpHeaderName, Values}) holds the same value
    // SECRET_READS cloudfront:getdistributionconfig calls the origin's shared secret, and DescribeRules returns it.
    // Gain: the header value, so requests straight to the ALB pass as CloudFront's (bypassing its WAF and caching).
    // The pack: judge.ts READS_WITHOUT_SECRET elasticloadbalancing:describerules (reviewed only for the OIDC
    // ClientSecret). Fix: move it to SECRET_READS with this document (or drop the CloudFront entries: one decision).
    ops("prod", "rt75a-elb-describe-rules", "elasticloadbalancing:DescribeRules (http-header condition values)", [
        allow("elasticloadbalancing:DescribeRules", "*"),
    ]),
    // Was a MISS (fixed in round 75): insecure accepted (same class). AWS Security Blog, "How to enhance Amazon CloudFront origin security with
    // AWS WAF and AWS Secrets Manager" (and AWS's "Origin cloaking" article: "validate the secret header on an ALB
    // based origin using an ALB rule or using an AWS WAF rule"): the ALB's web ACL has a rule whose
    // ByteMatchStatement.SearchString is the header value (WAFV2 API Reference, GetWebACL returns WebACL.Rules with
    // their statements), rotated there by Secrets Manager. The pack: READS_WITHOUT_SECRET wafv2:getwebacl. Fix: move
    // to SECRET_READS with this document (wafv2:ListWebACLs stays harmless).
    ops("prod", "rt75a-wafv2-get-web-acl", "wafv2:GetWebACL (ByteMatch SearchString)", [allow("wafv2:GetWebACL", "*")]),
    // Round 75 neighbours (the fix's review): every read returning the rules' matched values. WAFV2 API Reference,
    // GetRuleGroup: RuleGroup.Rules (ByteMatchStatement.SearchString); GetWebACLForResource: the resource's whole
    // WebACL; WAF Classic API Reference, GetByteMatchSet: ByteMatchTuples[].TargetString.
    ops("prod", "rt75f-wafv2-get-rule-group", "wafv2:GetRuleGroup (rule statements' SearchString)", [
        allow("wafv2:GetRuleGroup", "*"),
    ]),
    ops("prod", "rt75f-wafv2-web-acl-for-resource", "wafv2:GetWebACLForResource (the ALB's web ACL)", [
        allow("wafv2:GetWebACLForResource", "*"),
    ]),
    ops("curity", "rt75f-waf-regional-byte-match", "waf-regional:GetByteMatchSet (TargetString)", [
        allow("waf-regional:GetByteMatchSet", "*"),
    ]),
    ops("prod", "rt75f-wafv2-get-glob", "wafv2:Get*WebACL* (GetWebACL among them)", [allow("wafv2:Get*WebACL*", "*")]),
    // The listener rule read beside harmless ELB reads: DescribeRules alone keeps the refusal.
    ops("prod", "rt75f-elb-rules-with-listeners", "elasticloadbalancing:DescribeListeners + DescribeRules", [
        allow(["elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules"], "*"),
    ]),
    // The SNS subscription read by its own ARN (a subscription ARN is the topic's ARN and an id).
    ops("prod", "rt75f-sns-subscription-arn", "sns:GetSubscriptionAttributes on a topic's subscriptions", [
        allow("sns:GetSubscriptionAttributes", `arn:aws:sns:eu-west-1:${ACCOUNT.prod}:alerts:*`),
    ]),
    // Round 75 (the red team's "seen and left"): AWS managed policy reference, AmazonSSMManagedInstanceCore grants
    // ssm:GetParameter and ssm:GetParameters on "*"; a node role holding it reads the SecureString the stack creates
    // (decrypted under aws/ssm through Systems Manager): the pack's rule for the CloudWatch agent's parameters
    // (judge.ts agentParameterIsSecret), for every SecureString.
    {
        name: "rt75f-node-ssm-core-securestring: a node role with AmazonSSMManagedInstanceCore beside a SecureString the stack creates",
        stack: "dev",
        config: c => nodePolicyConfig(c),
        edit: (r: Resources) => {
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, "rt75f-ssm-nodes");
            aws(r, "aws:ssm/parameter:Parameter", "rt75f-db-password", {
                name: "/validators/db-password",
                type: "SecureString",
                value: "not-a-real-password",
            });
        },
        refused: /AmazonSSMManagedInstanceCore[\s\S]*SecureString/,
    },
    ops("prod", "rt75a-elb-describe-star", "elasticloadbalancing:Describe* (DescribeRules among them)", [
        allow("elasticloadbalancing:Describe*", "*"),
    ]),
    // ======== Neighbours of round 75's Security Hub / Config fixes, by glob.
    ops("prod", "rt75a-securityhub-resources-glob", "securityhub:GetResources* (GetResourcesV2 among them)", [
        allow("securityhub:GetResources*", "*"),
    ]),
    ops("prod", "rt75a-securityhub-v2-glob", "securityhub:Get*V2 (GetResourcesV2 among them)", [
        allow("securityhub:Get*V2", "*"),
    ]),
    ops("basil", "rt75a-basil-config-glob", "config:*ResourceConfig* (listed config reads by a glob)", [
        allow("config:*ResourceConfig*", "*"),
    ]),
];

const secure: StackCase[] = [
    // SNS developer guide (as rt75a-sns-subscription-attributes): the HTTPS URL with its credentials is only
    // retrievable from GetSubscriptionAttributes; the listings carry subscription ARNs, protocols and endpoints.
    ops("prod", "rt75a-s-sns-list-subscriptions", "sns:ListSubscriptions + ListSubscriptionsByTopic", [
        allow(["sns:ListSubscriptions", "sns:ListSubscriptionsByTopic"], "*"),
    ]),
    // IAM API Reference, ServerCertificate: metadata, CertificateBody, CertificateChain: no private key.
    ops("prod", "rt75a-s-iam-server-certificate", "iam:GetServerCertificate + ListServerCertificates", [
        allow(["iam:GetServerCertificate", "iam:ListServerCertificates"], "*"),
    ]),
    ops("prod", "rt75a-s-securityhub-insights", "securityhub:GetInsights + GetInsightResults", [
        allow(["securityhub:GetInsights", "securityhub:GetInsightResults"], "*"),
    ]),
    ops("prod", "rt75a-s-securityhub-statistics-v2", "securityhub:GetResourcesStatisticsV2 + GetFindingsTrendsV2", [
        allow(["securityhub:GetResourcesStatisticsV2", "securityhub:GetFindingsTrendsV2"], "*"),
    ]),
    ops("prod", "rt75a-s-cloudtrail-trails", "cloudtrail:DescribeTrails + GetTrailStatus + GetEventSelectors", [
        allow(["cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors"], "*"),
    ]),
    ops("prod", "rt75a-s-elb-describe-lbs", "elasticloadbalancing:DescribeLoadBalancers + DescribeTargetHealth", [
        allow(["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTargetHealth"], "*"),
    ]),
    // Was a MISS (fixed in round 75): secure refused (audit read of a service not reviewed, fail closed). ELB API Reference (v2):
    // DescribeListenerCertificates returns Certificate {CertificateArn, IsDefault}; DescribeSSLPolicies SslPolicy
    // {Name, SslProtocols, Ciphers, SupportedLoadBalancerTypes}: ARNs and cipher lists, no key. Harmless. The pack:
    // judge.ts unreviewedReadsNote (elasticloadbalancing outside REVIEWED_READ_SERVICES). Fix: READS_WITHOUT_SECRET
    // elasticloadbalancing:describelistenercertificates, describesslpolicies.
    ops("prod", "rt75a-s-elb-certificates", "elasticloadbalancing:DescribeListenerCertificates + DescribeSSLPolicies", [
        allow(["elasticloadbalancing:DescribeListenerCertificates", "elasticloadbalancing:DescribeSSLPolicies"], "*"),
    ]),
    // Was a MISS (fixed in round 75): secure refused (listing of a code-running service). ECS API Reference, ListTasks: {taskArns};
    // ListContainerInstances: {containerInstanceArns}: no overrides or environment (DescribeTasks carries those, in
    // SECRET_READS). Harmless. The pack: ecs is in CODE_CONFIG_SERVICES (SECRET_BEARING_SERVICES), cleared read by
    // read (ListClusters/ListServices are). Fix: READS_WITHOUT_SECRET ecs:listtasks, ecs:listcontainerinstances.
    ops("prod", "rt75a-s-ecs-list-tasks", "ecs:ListTasks + ListContainerInstances (ARNs)", [
        allow(["ecs:ListTasks", "ecs:ListContainerInstances"], "*"),
    ]),
    // Was a MISS (fixed in round 75): secure refused (same class as rt75a-s-elb-certificates). WAFV2 API Reference, ListResourcesForWebACL:
    // {ResourceArns}. Fix: READS_WITHOUT_SECRET wafv2:listresourcesforwebacl.
    ops("prod", "rt75a-s-wafv2-resources", "wafv2:ListResourcesForWebACL (resource ARNs)", [
        allow("wafv2:ListResourcesForWebACL", "*"),
    ]),
    // Round 75 neighbours: the reads beside the secret ones that carry no matched value. WAFV2 API Reference,
    // ListWebACLs (WebACLSummary), ListResourcesForWebACL ({ResourceArns}), GetLoggingConfiguration (destinations,
    // redacted field names, filters on actions and label names).
    ops("prod", "rt75f-s-wafv2-logging", "wafv2:ListWebACLs + ListResourcesForWebACL + GetLoggingConfiguration", [
        allow(["wafv2:ListWebACLs", "wafv2:ListResourcesForWebACL", "wafv2:GetLoggingConfiguration"], "*"),
    ]),
    // ELB API Reference (v2), Listener: default actions (no conditions; AuthenticateOidcConfig without a readable
    // ClientSecret), certificates' ARNs and the SSL policy.
    ops(
        "prod",
        "rt75f-s-elb-listeners",
        "elasticloadbalancing:DescribeListeners + DescribeListenerCertificates + DescribeSSLPolicies",
        [
            allow(
                [
                    "elasticloadbalancing:DescribeListeners",
                    "elasticloadbalancing:DescribeListenerCertificates",
                    "elasticloadbalancing:DescribeSSLPolicies",
                ],
                "*",
            ),
        ],
    ),
    // ECS: the ARN listings beside the cleared cluster and service reads.
    ops("curity", "rt75f-s-ecs-lists", "ecs:ListClusters + ListServices + ListTasks (curity)", [
        allow(["ecs:ListClusters", "ecs:ListServices", "ecs:ListTasks"], "*"),
    ]),
    // SNS API Reference, GetTopicAttributes (policy, owner, counts) and GetPlatformApplicationAttributes (expiry
    // date, team and bundle ids, authentication method, event topics; PlatformCredential is set, never returned).
    ops("prod", "rt75f-s-sns-topic-attributes", "sns:GetTopicAttributes + GetPlatformApplicationAttributes", [
        allow(["sns:GetTopicAttributes", "sns:GetPlatformApplicationAttributes"], "*"),
    ]),
    // The secure twin of rt75f-node-ssm-core-securestring: the same node role beside a String parameter (no secret).
    {
        name: "rt75f-s-node-ssm-core-string: a node role with AmazonSSMManagedInstanceCore beside a String parameter",
        stack: "dev",
        config: c => nodePolicyConfig(c),
        edit: (r: Resources) => {
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, "rt75f-ssm-nodes");
            aws(r, "aws:ssm/parameter:Parameter", "rt75f-log-level", {
                name: "/validators/log-level",
                type: "String",
                value: "info",
            });
        },
    },
];

describeVariants("red team 75: aws (subscription endpoints, origin-verify secrets, V2 globs)", insecure, secure);
