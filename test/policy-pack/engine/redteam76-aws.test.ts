// Red-team round 76, aws (fresh eyes; run after round 76's fixes). Probed the READS_WITHOUT_SECRET entries of
// unreviewed services for response types that carry a secret after all (IVS), wildcards by what they match (`?` globs
// in the action and in the service prefix, `*:Action`, case), NotAction on a narrow Resource (Allow and Deny), and
// same-policy Deny statements beside harmless-service grants (round 74 subtracts only boundary Denies).
// Misses (5 insecure, 3 secure):
// - insecure, IVS SRT ingest passphrase (5): judge.ts READS_WITHOUT_SECRET clears ivs:GetChannel (round 74) and
//   ivs:GetStreamSession (round 72) as "no stream key", but IVS API Reference, Channel: `srt` (Srt {endpoint,
//   passphrase}: "Auto-generated passphrase to enable encryption", SENSITIVE in the SDKs), and StreamSession.channel is
//   a Channel (prod, curity, trust-domain, basil by channel ARN). Fix: move both to SECRET_READS with that document.
// - secure, IVS listings refused fail-closed (1): ivs:ListChannels (ChannelSummary: no srt, no ingest endpoint) and
//   ListStreamSessions. Fix: READS_WITHOUT_SECRET ivs:listchannels with ChannelSummary.
// - secure, NotAction on an S3 ARN (2): model/permissions.ts actsOnResources reads an action's optional resource types
//   as enough, so "everything but s3:DeleteObject on arn:aws:s3:::rt76-logs/*" brings in ssm:SendCommand (its
//   optional `bucket` type) and backup recovery-point actions (an ARN format with ${Vendor}). Fix: an action applies
//   only when a Resource pattern matches one of its REQUIRED (starred) resource types when it has any.
// Held: ivs:BatchGetChannel and ivs:Get* (refused); `?` globs over the action and over the service prefix, `*:Action`,
// mixed case; NotAction sns:Publish on *; a Deny of one read, on one topic, under a region Condition, on another
// role, or in an aws.iam.RolePolicy the Role's exclusive inlinePolicies drop (all still refused). Secure accepted:
// unconditional Deny of every SNS secret read (same policy, by names, lower case, ? and * globs, Deny NotAction, and
// in a second aws.iam.RolePolicy of a role without inlinePolicies), s3:* on objects, ec2:GetPasswordData on an S3 ARN
// (matches nothing), sns:ListSubscriptions*, ivs:ListStreamSessions alone.
// Seen and left alone: the other IVS reads (GetPlaybackKeyPair: public key; GetRecordingConfiguration: S3 bucket).
import { describeVariants, doc, StackCase, Resources } from "./support";
import { outsideRole } from "./variantBuilders";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";

/** An ops role of `stack`'s account holding `statements`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const deny = (action: string | string[], resource: string | string[]) => ({
    Effect: "Deny",
    Action: action,
    Resource: resource,
});

/** A role of prod's account trusted by an SSO role outside the stack, with no policy of its own. */
const plainRole = (r: Resources, name: string) =>
    void beside(r, "prod", "aws:iam/role:Role", name, {
        name,
        arn: `arn:aws:iam::${ACCOUNT.prod}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { AWS: outsideRole(ACCOUNT.prod) },
            Action: "sts:AssumeRole",
        }),
    });

/** SNS's listed secret reads (judge.ts SECRET_READS). */
const SNS_SECRET_READS = [
    "sns:GetSubscriptionAttributes",
    "sns:GetEndpointAttributes",
    "sns:ListEndpointsByPlatformApplication",
];

const insecure: StackCase[] = [
    // ======== IVS SRT ingest: a READS_WITHOUT_SECRET entry whose response carries a passphrase.
    // Was a MISS (fixed in round 76): insecure accepted (a cleared read returns a secret). IVS API Reference, Channel: `srt`, type Srt
    // {endpoint, passphrase}: "Auto-generated passphrase to enable encryption. This field is applicable only if the end
    // user has not enabled the insecureIngest option" (the SDKs mark it SENSITIVE); GetChannel returns Channel. Gain:
    // the SRT ingest passphrase of every channel of the account (with a stream key, or where the channel accepts SRT
    // by passphrase, to inject or decrypt the ingest). The pack: judge.ts READS_WITHOUT_SECRET "ivs:getchannel" (round
    // 74, reviewed only for the stream key). Fix: move it to SECRET_READS with this document.
    ops("prod", "rt76-ivs-get-channel", "ivs:GetChannel (Channel.srt.passphrase)", [allow("ivs:GetChannel", "*")]),
    // Was a MISS (fixed in round 76): insecure accepted (same class as rt76-ivs-get-channel). Fix: as there.
    ops("curity", "rt76-curity-ivs-get-channel", "ivs:GetChannel (curity)", [allow("ivs:GetChannel", "*")]),
    // Was a MISS (fixed in round 76): insecure accepted (same class). IVS API Reference, StreamSession: `channel` (type Channel, with its srt
    // passphrase); GetStreamSession returns it. The pack: judge.ts READS_WITHOUT_SECRET "ivs:getstreamsession" (round
    // 72: "Channel has no stream key"). Fix: move it to SECRET_READS with this document (ListStreamSessions stays:
    // StreamSessionSummary has no channel).
    ops("prod", "rt76-ivs-get-stream-session", "ivs:GetStreamSession (StreamSession.channel.srt)", [
        allow("ivs:GetStreamSession", "*"),
    ]),
    // Was a MISS (fixed in round 76): insecure accepted (same class as rt76-ivs-get-stream-session). Fix: as there.
    ops("trust-domain", "rt76-td-ivs-stream-session", "ivs:GetStreamSession (trust-domain)", [
        allow("ivs:GetStreamSession", "*"),
    ]),
    // Was a MISS (fixed in round 76): insecure accepted (same class as rt76-ivs-get-channel, on the channels' ARN). Fix: as there.
    ops("basil", "rt76-basil-ivs-channel-arn", "ivs:GetChannel on the account's channels (basil)", [
        allow("ivs:GetChannel", `arn:aws:ivs:*:${ACCOUNT.basil}:channel/*`),
    ]),
    // Round 76 neighbours (fix76): GetStreamSession on the channels' ARN, and ListChannels beside GetChannel.
    ops("prod", "rt76-ivs-stream-session-channel-arn", "ivs:GetStreamSession on the account's channels", [
        allow("ivs:GetStreamSession", `arn:aws:ivs:eu-west-1:${ACCOUNT.prod}:channel/*`),
    ]),
    ops("prod", "rt76-ivs-list-and-get-channel", "ivs:ListChannels + ivs:GetChannel", [
        allow(["ivs:ListChannels", "ivs:GetChannel"], "*"),
    ]),
    // ssm:SendCommand whose Resource also matches its required document (and instances): the optional bucket beside
    // them does not narrow it (the required-type twin of rt76-s-sendcommand-bucket-only).
    ops("prod", "rt76-sendcommand-document-and-bucket", "ssm:SendCommand on documents, instances and a bucket", [
        allow("ssm:SendCommand", [
            "arn:aws:s3:::rt76-logs/*",
            `arn:aws:ssm:eu-west-1:${ACCOUNT.prod}:document/*`,
            `arn:aws:ec2:eu-west-1:${ACCOUNT.prod}:instance/*`,
        ]),
    ]),
    // NotAction on the ssm document ARNs: SendCommand (document*) applies there.
    ops("prod", "rt76-notaction-ssm-documents", "every action but s3:DeleteObject on every ssm document and instance", [
        {
            Effect: "Allow",
            NotAction: "s3:DeleteObject",
            Resource: ["arn:aws:ssm:*:*:document/*", "arn:aws:ec2:*:*:instance/*"],
        },
    ]),
    // Held: BatchGetChannel ("Performs GetChannel on multiple ARNs": the same Channel) is not cleared, and ivs:Get*
    // matches GetStreamKey (SECRET_READS).
    ops("prod", "rt76-ivs-batch-get-channel", "ivs:BatchGetChannel", [allow("ivs:BatchGetChannel", "*")]),
    ops("prod", "rt76-ivs-get-glob", "ivs:Get* (GetStreamKey among them)", [allow("ivs:Get*", "*")]),
    // ======== Wildcards by what they match. IAM User Guide, "IAM JSON policy elements: Action": "You can use wildcards
    // (* or ?) as part of the action name"; action names are not case sensitive. Each matches a listed secret read.
    ops("prod", "rt76-sns-question-glob", "sns:GetSubscriptionAttribute? (a ? glob)", [
        allow("sns:GetSubscriptionAttribute?", "*"),
    ]),
    ops("prod", "rt76-sns-mixed-case", "SNS:getSubscriptionATTRIBUTES (case)", [
        allow("SNS:getSubscriptionATTRIBUTES", "*"),
    ]),
    ops("prod", "rt76-service-question-glob", "s?s:GetSubscriptionAttributes (the service by a ? glob)", [
        allow("s?s:GetSubscriptionAttributes", "*"),
    ]),
    ops("dev", "rt76-any-service", "*:GetSubscriptionAttributes", [allow("*:GetSubscriptionAttributes", "*")]),
    ops("prod", "rt76-wafv2-question-glob", "wafv2:GetWebAC? (GetWebACL by a ? glob)", [allow("wafv2:GetWebAC?", "*")]),
    ops("prod", "rt76-elb-rules-question-glob", "elasticloadbalancing:Describe?ules", [
        allow("elasticloadbalancing:Describe?ules", "*"),
    ]),
    // ======== NotAction, and same-policy Denies that leave a secret read (IAM User Guide, "Policy evaluation logic":
    // an explicit Deny overrides an Allow only for the requests it matches).
    ops("prod", "rt76-notaction-sns", "every action but sns:Publish (NotAction)", [
        { Effect: "Allow", NotAction: "sns:Publish", Resource: "*" },
    ]),
    ops("prod", "rt76-deny-partial", "sns:* less sns:GetEndpointAttributes (GetSubscriptionAttributes left)", [
        allow("sns:*", "*"),
        deny(["sns:GetEndpointAttributes", "sns:ListEndpointsByPlatformApplication"], "*"),
    ]),
    ops("prod", "rt76-deny-other-resource", "sns:* with the Deny on one topic only", [
        allow("sns:*", "*"),
        deny("sns:GetSubscriptionAttributes", `arn:aws:sns:eu-west-1:${ACCOUNT.prod}:alerts`),
    ]),
    // A conditional Deny (IAM User Guide, "Policy evaluation logic": a Deny applies only to the requests whose context
    // satisfies its Condition): outside eu-west-1 the read stays allowed.
    ops("prod", "rt76-deny-region-condition", "sns:* less the secret reads only in eu-west-1 (conditional Deny)", [
        allow("sns:*", "*"),
        {
            ...deny(SNS_SECRET_READS, "*"),
            Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
        },
    ]),
    // Pulumi AWS Role docs, inlinePolicies: "Configuration block defining an exclusive set of IAM inline policies
    // associated with the IAM role"; a RolePolicy outside that set is removed at the next `up`, so its Deny is gone.
    {
        name: "rt76-deny-exclusive-inline: sns:* in the Role's inlinePolicies, the Deny in an aws.iam.RolePolicy",
        stack: "prod",
        edit: (r: Resources) => {
            opsRole(r, "prod", ACCOUNT.prod, "rt76-dei", [allow("sns:*", "*")]);
            beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt76-dei-deny", {
                name: "deny",
                role: "rt76-dei",
                policy: doc(deny(SNS_SECRET_READS, "*")),
            });
        },
    },
    // The Deny in a second inline policy of ANOTHER role does nothing for this one.
    {
        name: "rt76-deny-other-role: sns:* on one role, the Deny of its secret reads on another",
        stack: "prod",
        edit: (r: Resources) => {
            opsRole(r, "prod", ACCOUNT.prod, "rt76-dor", [allow("sns:*", "*")]);
            opsRole(r, "prod", ACCOUNT.prod, "rt76-dor-other", [allow("sns:ListTopics", "*")]);
            beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt76-dor-deny", {
                name: "deny",
                role: "rt76-dor-other",
                policy: doc(deny(SNS_SECRET_READS, "*")),
            });
        },
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 76): secure refused (a listing of an unreviewed service, fail closed). IVS API Reference, ChannelSummary
    // (ListChannels): arn, name, latency mode, type, authorized, insecureIngest, preset, recording and playback
    // restriction ARNs, tags: no srt, no ingest endpoint; StreamSessionSummary (ListStreamSessions, cleared) and
    // StreamKeySummary (ListStreamKeys, cleared): ids and times. Harmless. The pack: judge.ts unreviewedReadsNote
    // (ivs outside REVIEWED_READ_SERVICES). Fix: READS_WITHOUT_SECRET ivs:listchannels with ChannelSummary.
    ops("prod", "rt76-s-ivs-listings", "ivs:ListChannels + ListStreamSessions + ListStreamKeys", [
        allow(["ivs:ListChannels", "ivs:ListStreamSessions", "ivs:ListStreamKeys"], "*"),
    ]),
    // Same-policy unconditional Denies on "*" (the pack subtracts them, as boundary Denies): nothing secret is left.
    ops("prod", "rt76-s-sns-deny-secret-reads", "sns:* less every secret read (same-policy Deny)", [
        allow("sns:*", "*"),
        deny(
            ["sns:GetSubscriptionAttributes", "sns:GetEndpointAttributes", "sns:ListEndpointsByPlatformApplication"],
            "*",
        ),
    ]),
    ops("prod", "rt76-s-sns-deny-notaction", "sns:* with a Deny of everything but Publish/ListTopics", [
        allow("sns:*", "*"),
        { Effect: "Deny", NotAction: ["sns:Publish", "sns:ListTopics"], Resource: "*" },
    ]),
    // MISS: secure refused (NotAction read too wide). IAM User Guide, "IAM JSON policy elements: NotAction": with a
    // Resource, NotAction limits "the allowed actions to the actions that can be performed on the specified resource";
    // Service Authorization Reference, "Resource types" column: "If the column includes a resource type with an
    // asterisk (*), then you must specify that resource type" (ssm:SendCommand: document* required; bucket optional).
    // A request for SendCommand names a document and instances, which arn:aws:s3:::rt76-logs/* never matches, so the
    // role holds only S3 object actions (s3:* there is accepted: rt76-s-s3-star-objects). The pack:
    // model/permissions.ts actsOnResources takes any resource type of the catalogue (ssm:SendCommand's optional
    // bucket, backup's recovery point `arn:${Partition}:${Vendor}:...`) as matching, so ssm:SendCommand and backup
    // restores join the grant. Fix: when an action has required resource types, apply the statement only when a
    // pattern matches one of them (and read ${Vendor} as the recovery point's own service, not any).
    // Still open (round 76): the required-type half is fixed (model/permissions.ts actsOnResources counts only the
    // starred types when the catalogue marks any, so ssm:SendCommand no longer joins: rt76-s-sendcommand-bucket-only),
    // but the backup recovery-point actions (recoveryPoint* required, `arn:${Partition}:${Vendor}:...`) still do:
    // a recovery point's ARN is the backed-up service's own (AWS Backup guide, "Working with backups": EBS
    // `snapshot/...`, EC2 `image/...`, DynamoDB `table/.../backup/...`, else `arn:aws:backup:...:recovery-point:...`)
    // and no document found lists every vendor or excludes s3, so ${Vendor} stays any service (fail closed). It
    // would take AWS Backup's full list of recovery-point ARN formats per supported resource type.
    ops(
        "prod",
        "rt76-s-notaction-s3-objects",
        "every action but s3:DeleteObject on one bucket's objects",
        [{ Effect: "Allow", NotAction: "s3:DeleteObject", Resource: "arn:aws:s3:::rt76-logs/*" }],
        "MISS",
    ),
    ops("prod", "rt76-s-s3-star-objects", "s3:* on one bucket's objects (the NotAction case's twin)", [
        allow("s3:*", "arn:aws:s3:::rt76-logs/*"),
    ]),
    // MISS: secure refused (same class as rt76-s-notaction-s3-objects, on every S3 ARN). Fix: as there.
    // Still open (round 76): as rt76-s-notaction-s3-objects (backup's ${Vendor} recovery points).
    ops(
        "prod",
        "rt76-s-notaction-s3-star",
        "every action but s3:DeleteObject on every S3 ARN (arn:aws:s3:::*)",
        [{ Effect: "Allow", NotAction: "s3:DeleteObject", Resource: "arn:aws:s3:::*" }],
        "MISS",
    ),
    // Round 76 neighbours (fix76): ssm:SendCommand on a bucket only matches its optional `bucket` type, never its
    // required document* (Service Authorization Reference), so the statement authorizes no SendCommand request.
    ops("prod", "rt76-s-sendcommand-bucket-only", "ssm:SendCommand on one bucket's objects (optional type only)", [
        allow("ssm:SendCommand", "arn:aws:s3:::rt76-logs/*"),
    ]),
    ops("prod", "rt76-s-ivs-list-channels", "ivs:ListChannels (ChannelSummary: no srt)", [
        allow("ivs:ListChannels", `arn:aws:ivs:eu-west-1:${ACCOUNT.prod}:channel/*`),
    ]),
    ops("prod", "rt76-s-secret-read-wrong-resource", "ec2:GetPasswordData on an S3 object ARN (matches nothing)", [
        allow("ec2:GetPasswordData", "arn:aws:s3:::rt76-logs/*"),
    ]),
    ops("prod", "rt76-s-sns-list-glob", "sns:ListSubscriptions* (the listings by a glob)", [
        allow("sns:ListSubscriptions*", "*"),
    ]),
    ops("curity", "rt76-s-sns-deny-get-glob", "sns:* less sns:Get* and sns:ListEndpoints* (Deny by glob)", [
        allow("sns:*", "*"),
        deny(["sns:Get*", "sns:ListEndpoints*"], "*"),
    ]),
    ops("prod", "rt76-s-ivs-stream-sessions", "ivs:ListStreamSessions (summaries)", [
        allow("ivs:ListStreamSessions", "*"),
    ]),
    // Denies by other spellings: lower case and a `?` glob (IAM matches action names case-insensitively, with * and ?).
    ops("prod", "rt76-s-deny-lowercase-glob", "sns:* less the secret reads, spelled in lower case and by ? globs", [
        allow("sns:*", "*"),
        deny(
            ["sns:getsubscriptionattributes", "sns:GetEndpointAttribute?", "sns:ListEndpointsByPlatformApplicatio?"],
            "*",
        ),
    ]),
    // The Deny in a second inline policy (aws.iam.RolePolicy) of the same role: IAM User Guide, "Policy evaluation
    // logic": every identity-based policy of the principal is evaluated, and an explicit Deny in any of them wins. The
    // role declares no `inlinePolicies` (with them, the Role's set is exclusive and Pulumi removes other RolePolicy
    // documents: the pack rightly ignores such a Deny; rt76-deny-exclusive-inline pins that).
    {
        name: "rt76-s-deny-second-policy: two aws.iam.RolePolicy documents, sns:* and a Deny of the secret reads",
        stack: "prod",
        edit: (r: Resources) => {
            plainRole(r, "rt76-dsp");
            beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt76-dsp-allow", {
                name: "allow",
                role: "rt76-dsp",
                policy: doc(allow("sns:*", "*")),
            });
            beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt76-dsp-deny", {
                name: "deny",
                role: "rt76-dsp",
                policy: doc(deny(SNS_SECRET_READS, "*")),
            });
        },
    },
];

describeVariants("red team 76: aws (IVS ingest secrets, ? globs, NotAction and Deny)", insecure, secure);
