// Red-team round 72, aws (fresh eyes; run after round 72's fixes). Probed the AWS side beside round 72's changes:
// judge.ts namesSecret/isSecretRead (a Read/List whose NAME says secret is secret-bearing) with reads that return a
// secret under a plain name (Firehose, Pinpoint, Direct Connect, IoT Wireless, CloudFront) and harmless reads whose
// names carry a secret word (WAF change tokens, AppStream/IVS/Athena sessions, ListKeys, ListSecrets, public keys);
// model/boundary.ts boundaryActions, the one boundary reader (Allow NotAction, conditional Allows and Denies,
// NotResource, an ARN naming no stack policy, an AWS managed boundary, an unknown boundary document, a bounded and an
// unbounded user sharing a group, group membership by UserGroupMembership, a bounded user named by a key policy); the
// Argo CD capability heldBy exemption (a second, condition-widened principal, another service in the trust, a grant
// beyond the documented one, PassRole to the capability role, narrowing trust forms); trust conditions that do not
// restrict (ForAllValues on an absent key, PrincipalArn globs, Null on a tag, NotPrincipal); KMS grants with
// constraints, ReEncryptFrom, a key named by ARN.
// Misses (5 insecure, 7 secure):
// - insecure, secret-returning reads with plain names (5): firehose:DescribeDeliveryStream (Splunk HECToken),
//   mobiletargeting:GetGcmChannel (FCM server key), directconnect:DescribeVirtualInterfaces (BGP authKey),
//   iotwireless:GetWirelessDevice (LoRaWAN AppKey/NwkKey), cloudfront:GetDistributionConfig (origin custom headers,
//   CloudFront's documented origin secret). Fix: SECRET_READS entries (firehose is in HARMLESS_SERVICES too).
// - secure, harmless reads whose names carry a secret word (5): waf/waf-regional GetChangeToken(Status),
//   appstream:DescribeSessions, ivs:ListStreamSessions/GetStreamSession, athena:ListSessions/GetSessionStatus,
//   secretsmanager:ListSecrets. Fix: READS_WITHOUT_SECRET entries with their response types.
// - secure, boundaries (2): a boundary's Deny statements are ignored (model/boundary.ts boundaryActions collects
//   only Allow actions: Allow * + Deny NotAction VIEW caps nothing); a bounded user's group reached by
//   aws.iam.UserGroupMembership is judged as a group nobody becomes (only GroupMembership links members).
// Held: the boundary forms above on the insecure side (conditions and NotResource are not read as caps; wrong ARN,
// AWS managed and unknown boundaries cap nothing), every Argo CD neighbour, every trust condition, every grant, a
// bounded user named directly by a key policy (IAM: a same-account resource policy naming the user is not limited by
// its boundary). Secure accepted: kms:ListKeys/ListAliases, cloudtrail:ListPublicKeys + iam:ListSSHPublicKeys, an
// unknown boundary over a view-only role, the capability trust narrowed by aws:SourceAccount or written as a list.
import { describeVariants, StackCase, find, doc, prop, resourceLike, Resources } from "./support";
import { ACCOUNT, allow, opsRole, beside } from "./awsCaseBuilders";
import { editDoc, outsideRole, stackRole, Statement } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/policy:Policy";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const OPS = outsideRole(A);
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const trust = (r: Resources, name: string, edit: (s: Statement[]) => void) =>
    editDoc(find(r, ROLE, name), "assumeRolePolicy", d => edit(d.Statement));

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

/** An in-stack managed policy of prod with these statements; returns its ARN. */
const policy = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", POLICY, name, { name, arn: `arn:aws:iam::${A}:policy/${name}`, policy: doc(...statements) });
    return `arn:aws:iam::${A}:policy/${name}`;
};
/** A role of prod trusted by the ops SSO role, bounded by `boundary`, with `extra` inputs (inline, managed). */
const boundedRole = (r: Resources, name: string, boundary: string, extra: Record<string, unknown>) =>
    beside(r, "prod", ROLE, name, {
        name,
        arn: `arn:aws:iam::${A}:role/${name}`,
        permissionsBoundary: boundary,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:AssumeRole" }),
        ...extra,
    });
const inline = (...statements: object[]) => ({ inlinePolicies: [{ name: "all", policy: doc(...statements) }] });
/** The SSM on-call view (round 71's accepted reads). */
const VIEW = ["ssm:DescribeSessions", "ssm:DescribeInstanceInformation", "ssm:GetConnectionStatus"];
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;

/** A user of prod (with `extra` inputs) in group `group`. */
const userIn = (r: Resources, user: string, group: string, extra: Record<string, unknown> = {}) => {
    beside(r, "prod", "aws:iam/user:User", user, { name: user, arn: `arn:aws:iam::${A}:user/${user}`, ...extra });
    beside(r, "prod", "aws:iam/userGroupMembership:UserGroupMembership", `${user}-groups`, {
        user,
        groups: [group],
    });
};
const group = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", "aws:iam/group:Group", name, { name, arn: `arn:aws:iam::${A}:group/${name}` });
    beside(r, "prod", "aws:iam/groupPolicy:GroupPolicy", `${name}-policy`, { group: name, policy: doc(...statements) });
};

// ---- pod-identity: the Argo CD capability (redteam13-signer's builders).
const PRIMARY = "111111111111";
const CAPABILITY = "aws:eks/capability:Capability";
const CAPABILITY_TRUST = {
    Effect: "Allow",
    Principal: { Service: "capabilities.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
};
const CONNECTION = `arn:aws:codeconnections:eu-west-1:${PRIMARY}:connection/4f3c2b1a-9e8d-4c7b-a6f5-0e1d2c3b4a59`;
const CONNECTION_GRANT = {
    Effect: "Allow",
    Action: ["codeconnections:UseConnection", "codeconnections:GetConnection"],
    Resource: CONNECTION,
};
const capability = (r: Resources, roleArn: string) =>
    r.push(
        resourceLike(find(r, ROLE, "signer-role"), CAPABILITY, "argocd", {
            clusterName: "prod-validators",
            capabilityName: "argocd",
            type: "ARGOCD",
            roleArn,
            deletePropagationPolicy: "RETAIN",
            arn: `arn:aws:eks:eu-west-1:${PRIMARY}:capability/prod-validators/argocd`,
        }),
    );
const argo = (name: string, trusts: object[], statements: object[] = [CONNECTION_GRANT], skip?: string): StackCase =>
    edit(
        "pod-identity",
        name,
        r => {
            const arn = `arn:aws:iam::${PRIMARY}:role/argocd-capability`;
            stackRole(r, PRIMARY, "argocd-capability", trusts[0], statements);
            editDoc(find(r, ROLE, "argocd-capability"), "assumeRolePolicy", d => {
                d.Statement.push(...(trusts.slice(1) as Statement[]));
            });
            capability(r, arn);
        },
        skip,
    );

const grant = (name: string, inputs: (r: Resources) => Record<string, unknown>, skip?: string): StackCase =>
    edit(
        "prod",
        name,
        r =>
            void beside(r, "prod", "aws:kms/grant:Grant", name.split(":")[0], {
                name: name.split(":")[0],
                ...inputs(r),
            }),
        skip,
    );
const SHARE1_ID = "48163296-803a-4ce6-ad53-a0a0de26d32e";

const insecure: StackCase[] = [
    // ======== Reads that return a secret though their names say nothing (namesSecret misses them).
    // Was a MISS (fixed in round 72): insecure accepted (secret read under a plain name). Firehose API Reference, SplunkDestinationDescription
    // (DescribeDeliveryStream): HECToken, "A GUID you obtain from your Splunk cluster when you create a new HEC endpoint"
    // (the token Splunk authenticates writers by). Gain: write (and, with the endpoint, forge) events into the SIEM the
    // custody audit lands in. The pack: judge.ts isHarmlessRead (Read, firehose outside SECRET_BEARING_SERVICES and in
    // HARMLESS_SERVICES, name clears namesSecret) so holdsNoCustodyPower accepts it. Fix: SECRET_READS
    // firehose:describedeliverystream (the HTTP endpoint and Snowflake/Splunk descriptions are its response type).
    ops("prod", "rt72-firehose-hec-token", "firehose:DescribeDeliveryStream (a Splunk destination's HECToken)", [
        allow("firehose:DescribeDeliveryStream", `arn:aws:firehose:eu-west-1:${A}:deliverystream/*`),
    ]),
    // Was a MISS (fixed in round 72): insecure accepted (secret read under a plain name). Pinpoint API, GCMChannelResponse (GetGcmChannel):
    // Credential, "The Web API Key, also referred to as an API_KEY or server key, that you received from Google". Gain: the
    // FCM server key (push to every device of the app). The pack: judge.ts isHarmlessRead (mobiletargeting unlisted, the
    // name clears namesSecret). Fix: SECRET_READS mobiletargeting:getgcmchannel (the Baidu/APNs VoIP channels likewise
    // to check).
    ops("prod", "rt72-pinpoint-gcm-key", "mobiletargeting:GetGcmChannel (the FCM server key)", [
        allow("mobiletargeting:GetGcmChannel", `arn:aws:mobiletargeting:eu-west-1:${A}:apps/*`),
    ]),
    // Was a MISS (fixed in round 72): insecure accepted (secret read under a plain name; low). Direct Connect API, VirtualInterface (DescribeVirtual
    // Interfaces): authKey, "The authentication key for BGP configuration" (the BGP MD5 secret). Gain: with a foothold on
    // the path, a BGP session the router trusts. The pack: judge.ts isHarmlessRead (directconnect unlisted). Fix:
    // SECRET_READS directconnect:describevirtualinterfaces (and DescribeHostedConnections-like reads returning the key).
    ops("prod", "rt72-dx-bgp-key", "directconnect:DescribeVirtualInterfaces (BGP MD5 authKey)", [
        allow("directconnect:DescribeVirtualInterfaces", `arn:aws:directconnect:eu-west-1:${A}:dxvif/*`),
    ]),
    // Was a MISS (fixed in round 72): insecure accepted (secret read under a plain name; low). IoT Wireless API Reference, OtaaV1_1 / OtaaV1_0_x
    // (LoRaWANDevice, the LoRaWAN member of GetWirelessDevice): AppKey and NwkKey, the device root keys. Gain: impersonate
    // or decrypt the devices. The pack: judge.ts isHarmlessRead (iotwireless unlisted). Fix: SECRET_READS
    // iotwireless:getwirelessdevice.
    ops("prod", "rt72-iotwireless-lorawan-keys", "iotwireless:GetWirelessDevice (LoRaWAN AppKey/NwkKey)", [
        allow("iotwireless:GetWirelessDevice", `arn:aws:iotwireless:eu-west-1:${A}:WirelessDevice/*`),
    ]),
    // Was a MISS (fixed in round 72): insecure accepted (secret read under a plain name). CloudFront developer guide, "Restrict access to
    // Application Load Balancers": "Configure CloudFront to add a custom HTTP header to requests that it sends to the
    // Application Load Balancer ... only forward requests that contain the custom HTTP header"; GetDistributionConfig
    // returns Origins[].CustomHeaders with their values. Gain: the shared secret that lets a caller bypass CloudFront (and
    // its WAF) to the origin. The pack: judge.ts isHarmlessRead (cloudfront unlisted). Fix: SECRET_READS
    // cloudfront:getdistributionconfig and cloudfront:getdistribution (both return the DistributionConfig).
    ops("prod", "rt72-cloudfront-origin-secret", "cloudfront:GetDistributionConfig (origin custom headers)", [
        allow("cloudfront:GetDistributionConfig", `arn:aws:cloudfront::${A}:distribution/*`),
    ]),
    // ======== Boundaries (model/boundary.ts) in forms round 71/72 did not write.
    edit("prod", "rt72-boundary-notaction: a boundary of Allow NotAction iam:* caps nothing from ssm:*", r =>
        boundedRole(
            r,
            "rt72-bnotaction",
            policy(r, "rt72-boundary-notaction", [{ Effect: "Allow", NotAction: ["iam:*", "sts:*"], Resource: "*" }]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit("prod", "rt72-boundary-region-cond: a boundary admitting ssm:* only in eu-west-1 (the stack's region)", r =>
        boundedRole(
            r,
            "rt72-bregion",
            policy(r, "rt72-boundary-region", [
                allow("ssm:*", "*", { Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } } }),
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit("prod", "rt72-boundary-deny-cond-region: a boundary of * whose ssm Deny holds only outside us-east-1", r =>
        boundedRole(
            r,
            "rt72-bdenyregion",
            policy(r, "rt72-boundary-denyregion", [
                allow("*", "*"),
                {
                    Effect: "Deny",
                    Action: "ssm:*",
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:RequestedRegion": "us-east-1" } },
                },
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit(
        "prod",
        "rt72-boundary-deny-cond-tag: a boundary of * whose ssm Deny spares oncall=true, the role so tagged",
        r =>
            boundedRole(
                r,
                "rt72-bdenytag",
                policy(r, "rt72-boundary-denytag", [
                    allow("*", "*"),
                    {
                        Effect: "Deny",
                        Action: "ssm:*",
                        Resource: "*",
                        Condition: { StringNotEquals: { "aws:PrincipalTag/oncall": "true" } },
                    },
                ]),
                { ...inline(allow("ssm:*", "*")), tags: { oncall: "true" } },
            ),
    ),
    edit("prod", "rt72-boundary-notresource: a boundary admitting ssm:* on all but parameters (sessions stay)", r =>
        boundedRole(
            r,
            "rt72-bnotres",
            policy(r, "rt72-boundary-notres", [
                { Effect: "Allow", Action: "ssm:*", NotResource: `arn:aws:ssm:*:${A}:parameter/*` },
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit("prod", "rt72-boundary-group-mixed: two users share a keystore-reading group, only one is bounded", r => {
        group(r, "rt72-readers", [allow("dynamodb:GetItem", KEYSTORE)]);
        userIn(r, "rt72-bounded-reader", "rt72-readers", {
            permissionsBoundary: policy(r, "rt72-boundary-reader", [allow(VIEW, "*")]),
        });
        userIn(r, "rt72-free-reader", "rt72-readers");
    }),
    edit(
        "prod",
        "rt72-boundary-group-mixed-ssm: two GroupMembership users of an ssm:* group, one bounded by the view",
        r => {
            group(r, "rt72-operators", [allow("ssm:*", "*")]);
            for (const [u, extra] of [
                [
                    "rt72-bounded-operator",
                    { permissionsBoundary: policy(r, "rt72-boundary-operator", [allow(VIEW, "*")]) },
                ],
                ["rt72-free-operator", {}],
            ] as const)
                beside(r, "prod", "aws:iam/user:User", u, { name: u, arn: `arn:aws:iam::${A}:user/${u}`, ...extra });
            beside(r, "prod", "aws:iam/groupMembership:GroupMembership", "rt72-operators-members", {
                name: "rt72-operators-members",
                group: "rt72-operators",
                users: ["rt72-bounded-operator", "rt72-free-operator"],
            });
        },
    ),
    edit(
        "prod",
        "rt72-user-group-membership-ssm: an unbounded user in an ssm:* group by aws.iam.UserGroupMembership",
        r => {
            group(r, "rt72-ugm-group", [allow("ssm:*", "*")]);
            userIn(r, "rt72-ugm-user", "rt72-ugm-group");
        },
    ),
    // Was a MISS: secure refused (membership form unread). Pulumi AWS, aws.iam.UserGroupMembership: "Provides a resource
    // for adding an IAM User to IAM Groups" (the user's side of aws.iam.GroupMembership); IAM User Guide, "Permissions
    // boundaries": a user's boundary caps the group policies it gets as a member. The only member is view-bounded, so
    // the group's ssm:* reaches nothing beyond the view (rt71-s-boundary-user-group, by GroupMembership, is accepted).
    // The pack: engine/build.ts links group members only through GroupMembership (opaque.ts reads UserGroupMembership
    // only to refuse outside groups), so the group is judged as an identity nobody becomes and its ssm:* refused. Fix:
    // read UserGroupMembership (user, groups[]) as membership in build.ts, as GroupMembership.
    // DECIDED (round 74): refused by design, the case's premise is wrong: rt71-s-boundary-user-group (GroupMembership)
    // is not accepted but DECIDED (round 72) refused, because a group's policy reaches every member and the stack
    // cannot know them all: Pulumi registry, aws.iam.UserGroupMembership is non-exclusive ("To exclusively manage the
    // users in a group, see the aws.iam.GroupMembership resource"), and IAM AddUserToGroup adds members from any stack
    // or the console. So the group's ssm:* is judged whole whatever the known member's boundary (build.ts caps a
    // user's own policies, not its group's), by UserGroupMembership as by GroupMembership; opaque.ts already reads
    // both forms for groups outside the stack. Moved to the refused side.
    edit(
        "prod",
        "rt72-s-boundary-user-group-membership: a view-bounded user in an ssm:* group by UserGroupMembership",
        r => {
            group(r, "rt72-ugm-s-group", [allow("ssm:*", "*")]);
            userIn(r, "rt72-ugm-s-user", "rt72-ugm-s-group", {
                permissionsBoundary: policy(r, "rt72-boundary-ugm-s", [allow(VIEW, "*")]),
            });
        },
    ),
    // Neighbours (round 74) of boundary Denies that are not sure for every request, so subtract nothing: a Deny
    // NotAction the view on parameters only (sessions on instances stay), one of all but the instances (NotResource),
    // and a Deny by Action of the parameter reads only (StartSession stays).
    edit("prod", "rt74-boundary-deny-resource: a boundary of * whose Deny NotAction the view names parameters", r =>
        boundedRole(
            r,
            "rt74-bdenyres",
            policy(r, "rt74-boundary-denyres", [
                allow("*", "*"),
                { Effect: "Deny", NotAction: VIEW, Resource: `arn:aws:ssm:eu-west-1:${A}:parameter/*` },
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit("prod", "rt74-boundary-deny-notresource: a boundary of * whose Deny NotAction the view spares instances", r =>
        boundedRole(
            r,
            "rt74-bdenynotres",
            policy(r, "rt74-boundary-denynotres", [
                allow("*", "*"),
                { Effect: "Deny", NotAction: VIEW, NotResource: `arn:aws:ec2:eu-west-1:${A}:instance/*` },
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit("prod", "rt74-boundary-deny-params-only: a boundary of * whose Deny takes only ssm:GetParameter*", r =>
        boundedRole(
            r,
            "rt74-bdenyparams",
            policy(r, "rt74-boundary-denyparams", [
                allow("*", "*"),
                { Effect: "Deny", Action: ["ssm:GetParameter*"], Resource: "*" },
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    edit("prod", "rt72-boundary-user-in-key-policy: share 1's key policy names a view-bounded user for Decrypt", r => {
        const user = "rt72-kp-user";
        beside(r, "prod", "aws:iam/user:User", user, {
            name: user,
            arn: `arn:aws:iam::${A}:user/${user}`,
            permissionsBoundary: policy(r, "rt72-boundary-kp", [allow(VIEW, "*")]),
        });
        editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
            d.Statement.push({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:user/${user}` },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        );
    }),
    edit(
        "prod",
        "rt72-boundary-wrong-path: the boundary ARN names no stack policy (the view policy is under /b/)",
        r => {
            beside(r, "prod", POLICY, "rt72-boundary-pathed", {
                name: "rt72-boundary-pathed",
                path: "/b/",
                arn: `arn:aws:iam::${A}:policy/b/rt72-boundary-pathed`,
                policy: doc(allow(VIEW, "*")),
            });
            boundedRole(
                r,
                "rt72-bwrongpath",
                `arn:aws:iam::${A}:policy/rt72-boundary-pathed`,
                inline(allow("ssm:*", "*")),
            );
        },
    ),
    edit("prod", "rt72-boundary-readonly-managed: ReadOnlyAccess (AWS managed, admits ssm:Get*) as the boundary", r =>
        boundedRole(r, "rt72-breadonly", "arn:aws:iam::aws:policy/ReadOnlyAccess", inline(allow("ssm:*", "*"))),
    ),
    {
        ...edit("prod", "rt72-boundary-unknown-doc: the boundary policy's document is unknown (first preview)", r => {
            beside(r, "prod", POLICY, "rt72-boundary-unknown", {
                name: "rt72-boundary-unknown",
                arn: `arn:aws:iam::${A}:policy/rt72-boundary-unknown`,
                policy: UNKNOWN,
            });
            boundedRole(
                r,
                "rt72-bunknown",
                `arn:aws:iam::${A}:policy/rt72-boundary-unknown`,
                inline(allow("ssm:*", "*")),
            );
        }),
        preview: true,
    },
    // ======== Argo CD capability heldBy (judge.ts documentedAgentGrant).
    argo("rt72-argo-ifexists: capability trust plus Principal * when StringEqualsIfExists aws:PrincipalServiceName", [
        CAPABILITY_TRUST,
        {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "sts:AssumeRole",
            Condition: { StringEqualsIfExists: { "aws:PrincipalServiceName": "capabilities.eks.amazonaws.com" } },
        },
    ]),
    argo("rt72-argo-eks-service: the capability role also trusted by eks.amazonaws.com (any cluster role use)", [
        { ...CAPABILITY_TRUST, Principal: { Service: ["capabilities.eks.amazonaws.com", "eks.amazonaws.com"] } },
    ]),
    argo(
        "rt72-argo-get-token: the capability role also holds GetConnectionToken (not in the documented grant)",
        [CAPABILITY_TRUST],
        [CONNECTION_GRANT, { Effect: "Allow", Action: "codeconnections:GetConnectionToken", Resource: CONNECTION }],
    ),
    // Neighbour (round 74, judge.ts documentedAgentGrant now asks isSecretRead, the one judgement): the documented
    // capability grant's UseConnection (a secret read: it hands out the connection's Git credentials) held by an ops
    // role a person becomes, not by the service the document names (heldBy), is refused.
    ops("prod", "rt74-agent-useconnection-ops", "codeconnections:UseConnection + GetConnection (Argo CD's grant)", [
        allow(
            ["codeconnections:UseConnection", "codeconnections:GetConnection"],
            `arn:aws:codeconnections:eu-west-1:${A}:connection/*`,
        ),
    ]),
    edit("pod-identity", "rt72-argo-passrole: an ops role may pass the capability role and create capabilities", r => {
        const arn = stackRole(r, PRIMARY, "argocd-capability", CAPABILITY_TRUST, [CONNECTION_GRANT]);
        capability(r, arn);
        opsRole(r, "pod-identity", PRIMARY, "rt72-capability-maker", [
            allow("iam:PassRole", arn),
            allow(["eks:CreateCapability", "eks:DescribeCapability"], "*"),
        ]);
    }),
    // ======== Trust conditions that do not restrict.
    edit("prod", "rt72-trust-forallvalues-absent: signer trusts * ForAllValues on aws:PrincipalServiceNamesList", r =>
        trust(r, "signer-role", s =>
            s.push({
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { "ForAllValues:StringEquals": { "aws:PrincipalServiceNamesList": "ec2.amazonaws.com" } },
            }),
        ),
    ),
    edit("prod", "rt72-trust-principalarn-glob: signer trusts the root when aws:PrincipalArn is any role of A", r =>
        trust(r, "signer-role", s =>
            s.push({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:root` },
                Action: "sts:AssumeRole",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*` } },
            }),
        ),
    ),
    edit("prod", "rt72-trust-null-tag: signer trusts the root when any aws:PrincipalTag/team is present", r =>
        trust(r, "signer-role", s =>
            s.push({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:root` },
                Action: "sts:AssumeRole",
                Condition: { Null: { "aws:PrincipalTag/team": "false" } },
            }),
        ),
    ),
    edit("prod", "rt72-trust-notprincipal: signer trusts NotPrincipal of one role (everyone else)", r =>
        trust(r, "signer-role", s =>
            s.push({ Effect: "Allow", NotPrincipal: { AWS: OPS }, Action: "sts:AssumeRole" } as Statement),
        ),
    ),
    // ======== KMS grants with constraints and other key forms.
    grant("rt72-grant-context-equals: a grant of Decrypt on share 1 to ops with an encryptionContextEquals", () => ({
        keyId: SHARE1_ID,
        granteePrincipal: OPS,
        operations: ["Decrypt"],
        constraints: [{ encryptionContextEquals: { purpose: "custody", share: "1" } }],
    })),
    grant(
        "rt72-grant-reencrypt-from: ReEncryptFrom + GenerateDataKey on share 1 to ops (decrypts into its key)",
        () => ({
            keyId: SHARE1_ID,
            granteePrincipal: OPS,
            operations: ["ReEncryptFrom", "GenerateDataKey"],
        }),
    ),
    grant("rt72-grant-key-arn: a grant of Decrypt on share 1 named by its key ARN", r => ({
        keyId: prop(find(r, KEY, "signer-shares-share-1"), "arn"),
        granteePrincipal: OPS,
        operations: ["Decrypt"],
        retiringPrincipal: OPS,
    })),
    // Was a MISS (fixed in round 72): secure refused (name rule over-refuses). IVS API Reference, ListStreamSessions (StreamSessionSummary:
    // id, times, hasErrorEvent) and GetStreamSession (StreamSession: channel, ingest and recording configuration,
    // truncated events; Channel carries no stream key, GetStreamKey does). The pack: namesSecret ("session"). Fix:
    // READS_WITHOUT_SECRET ivs:liststreamsessions, ivs:getstreamsession.
    // DECIDED (round 76): insecure. IVS API Reference, StreamSession.channel is a Channel, whose `srt` (Srt
    // {endpoint, passphrase}: "Auto-generated passphrase to enable encryption", SENSITIVE in the SDKs) is the SRT
    // ingest passphrase: GetStreamSession is in SECRET_READS (ListStreamSessions alone stays accepted:
    // rt76-s-ivs-stream-sessions).
    ops("prod", "rt72-s-ivs-stream-sessions", "ivs:ListStreamSessions + GetStreamSession (times, events)", [
        allow(["ivs:ListStreamSessions", "ivs:GetStreamSession"], `arn:aws:ivs:eu-west-1:${A}:channel/*`),
    ]),
];

const secure: StackCase[] = [
    // ======== Harmless reads whose names carry a secret word (namesSecret over-refuses).
    // Was a MISS (fixed in round 72): secure refused (name rule over-refuses). WAF Classic API Reference, GetChangeToken: "Change tokens ensure
    // that your application doesn't submit conflicting requests", response {ChangeToken}; GetChangeTokenStatus returns
    // {ChangeTokenStatus}: a concurrency nonce, no credential. The pack: judge.ts namesSecret ("token"). Fix:
    // READS_WITHOUT_SECRET waf:/waf-regional: getchangetoken, getchangetokenstatus.
    ops("prod", "rt72-s-waf-change-token", "waf/waf-regional:GetChangeToken + GetChangeTokenStatus (a write nonce)", [
        allow(
            [
                "waf:GetChangeToken",
                "waf:GetChangeTokenStatus",
                "waf-regional:GetChangeToken",
                "waf-regional:GetChangeTokenStatus",
            ],
            "*",
        ),
    ]),
    // Was a MISS (fixed in round 72): secure refused (name rule over-refuses). AppStream API, DescribeSessions: "Retrieves a list that describes
    // the streaming sessions" (Session: Id, UserId, StackName, FleetName, State, ConnectionState, times, network
    // access configuration), no streaming URL (CreateStreamingURL returns that). The pack: namesSecret ("session").
    // Fix: READS_WITHOUT_SECRET appstream:describesessions.
    ops("prod", "rt72-s-appstream-sessions", "appstream:DescribeSessions (session ids, users, states)", [
        allow("appstream:DescribeSessions", `arn:aws:appstream:eu-west-1:${A}:fleet/*`),
    ]),
    // Was a MISS (fixed in round 72): secure refused (name rule over-refuses). Athena API Reference, ListSessions (SessionSummary: id,
    // description, engine version, status) and GetSessionStatus ({SessionId, Status}): no query results or credential.
    // The pack: namesSecret ("session"). Fix: READS_WITHOUT_SECRET athena:listsessions, athena:getsessionstatus.
    ops("prod", "rt72-s-athena-sessions", "athena:ListSessions + GetSessionStatus (Spark session states)", [
        allow(["athena:ListSessions", "athena:GetSessionStatus"], `arn:aws:athena:eu-west-1:${A}:workgroup/*`),
    ]),
    ops("prod", "rt72-s-kms-list-keys", "kms:ListKeys + kms:ListAliases (key ids and alias names)", [
        allow(["kms:ListKeys", "kms:ListAliases"], "*"),
    ]),
    // Was a MISS (fixed in round 72): secure refused (arguably by design). Secrets Manager API Reference, ListSecrets: "Lists the secrets
    // that are stored by Secrets Manager ... To get the secret value, use GetSecretValue" (SecretListEntry: name, ARN,
    // description, KMS key id, rotation, tags; no SecretString). The pack: secretsmanager in SECRET_BEARING_SERVICES
    // and namesSecret ("secret"). Fix: READS_WITHOUT_SECRET secretsmanager:listsecrets.
    ops("prod", "rt72-s-secrets-list", "secretsmanager:ListSecrets (names and metadata, no values)", [
        allow("secretsmanager:ListSecrets", "*"),
    ]),
    ops("prod", "rt72-s-public-keys", "cloudtrail:ListPublicKeys + iam:ListSSHPublicKeys (public keys)", [
        allow(["cloudtrail:ListPublicKeys", "iam:ListSSHPublicKeys"], "*"),
    ]),
    // ======== Boundaries that do cap.
    // Was a MISS (fixed in round 74): secure refused (boundary Denies not read). IAM User Guide, "Permissions boundaries for IAM entities": the
    // effective permissions are those both the identity policies and the boundary allow, and the policy evaluation
    // logic applies an explicit Deny in a boundary; Allow * with Deny NotAction VIEW admits exactly the view, so the
    // inline ssm:* is the view (as rt71-s-boundary-managed). The pack: model/boundary.ts boundaryActions collects only
    // the Allow statements' actions (every one, for Allow *) and capByBoundary keeps ssm:*, so judgeIdentity refuses
    // an identity of no workload with ssm:GetParameter/StartSession. Fix: subtract the boundary's unconditional Deny
    // actions (Action or NotAction, Resource "*") from the admitted set; conditional Denies stay unread (fail closed).
    edit("prod", "rt72-s-boundary-deny-notaction: a boundary of * with Deny NotAction the view, inline ssm:*", r =>
        boundedRole(
            r,
            "rt72-bdenynot",
            policy(r, "rt72-boundary-denynot", [allow("*", "*"), { Effect: "Deny", NotAction: VIEW, Resource: "*" }]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    // Neighbours (round 74): the Action form of an unconditional Deny of every resource subtracts too (the boundary
    // admits the view and ssm:StartSession, its Deny takes StartSession back), as does NotAction under an Allow of
    // ssm:* written with Resource as a list.
    edit(
        "prod",
        "rt74-s-boundary-deny-action: a boundary of the view + StartSession whose Deny takes StartSession",
        r =>
            boundedRole(
                r,
                "rt74-bdenyaction",
                policy(r, "rt74-boundary-denyaction", [
                    allow([...VIEW, "ssm:StartSession"], "*"),
                    { Effect: "Deny", Action: "ssm:StartSession", Resource: ["*"] },
                ]),
                inline(allow("ssm:*", "*")),
            ),
    ),
    edit("prod", "rt74-s-boundary-ssm-deny-notaction: a boundary of ssm:* with Deny NotAction the view", r =>
        boundedRole(
            r,
            "rt74-bssmdenynot",
            policy(r, "rt74-boundary-ssmdenynot", [
                allow("ssm:*", "*"),
                { Sid: "OnlyTheView", Effect: "Deny", NotAction: VIEW, Resource: ["*"] },
            ]),
            inline(allow("ssm:*", "*")),
        ),
    ),
    {
        ...edit("prod", "rt72-s-boundary-unknown-view-only: an unknown boundary over a role of only the view", r => {
            beside(r, "prod", POLICY, "rt72-boundary-unknown-s", {
                name: "rt72-boundary-unknown-s",
                arn: `arn:aws:iam::${A}:policy/rt72-boundary-unknown-s`,
                policy: UNKNOWN,
            });
            boundedRole(
                r,
                "rt72-bunknown-s",
                `arn:aws:iam::${A}:policy/rt72-boundary-unknown-s`,
                inline(allow(VIEW, "*")),
            );
        }),
        preview: true,
    },
    // ======== Argo CD capability: the documented grant with narrowing trust forms.
    argo("rt72-s-argo-source-account: the capability trust narrowed by aws:SourceAccount (confused deputy)", [
        { ...CAPABILITY_TRUST, Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } } },
    ]),
    // Neighbour (round 74, documentedAgentGrant by isSecretRead): the documented grant's GetConnection alone is no
    // secret read (CodeConnections API Reference, GetConnection: the Connection's name, ARN, provider type, owner
    // account and status, no credential), so an ops role may hold it within the documented resource.
    ops("prod", "rt74-s-agent-getconnection-ops", "codeconnections:GetConnection (connection metadata)", [
        allow("codeconnections:GetConnection", `arn:aws:codeconnections:eu-west-1:${A}:connection/*`),
    ]),
    argo("rt72-s-argo-service-list: the capability service as a one-element list", [
        { ...CAPABILITY_TRUST, Principal: { Service: ["capabilities.eks.amazonaws.com"] } },
    ]),
];

/** What each refusal must name (the identity or resource that gains the access), by case id. */
const REFUSED: Record<string, RegExp> = {
    "rt72-boundary-notaction": /role rt72-bnotaction .*ssm:/,
    "rt72-boundary-region-cond": /role rt72-bregion .*ssm:/,
    "rt72-boundary-deny-cond-region": /role rt72-bdenyregion .*ssm:/,
    "rt72-boundary-deny-cond-tag": /role rt72-bdenytag .*ssm:/,
    "rt72-boundary-notresource": /role rt72-bnotres .*ssm:/,
    "rt72-boundary-group-mixed": /group rt72-readers .*custody-prod-keystore/,
    "rt72-boundary-group-mixed-ssm": /rt72-free-operator|rt72-operators/,
    "rt72-user-group-membership-ssm": /rt72-ugm-user|rt72-ugm-group/,
    "rt72-s-boundary-user-group-membership": /rt72-ugm-s-user|rt72-ugm-s-group/,
    "rt74-boundary-deny-resource": /role rt74-bdenyres .*ssm:/,
    "rt74-boundary-deny-notresource": /role rt74-bdenynotres .*ssm:/,
    "rt74-boundary-deny-params-only": /role rt74-bdenyparams .*ssm:/,
    "rt72-boundary-user-in-key-policy": /rt72-kp-user/,
    "rt72-boundary-wrong-path": /role rt72-bwrongpath .*ssm:/,
    "rt72-boundary-readonly-managed": /role rt72-breadonly .*ssm:/,
    "rt72-boundary-unknown-doc": /rt72-bunknown/,
    "rt72-argo-ifexists": /argocd-capability/,
    "rt72-argo-eks-service": /argocd-capability/,
    "rt72-argo-get-token": /argocd-capability.*GetConnectionToken|GetConnectionToken.*argocd-capability/,
    "rt72-argo-passrole": /rt72-capability-maker/,
    "rt74-agent-useconnection-ops":
        /rt74-agent-useconnection-ops.*UseConnection|UseConnection.*rt74-agent-useconnection-ops/,
    "rt72-trust-forallvalues-absent": /signer/,
    "rt72-trust-principalarn-glob": /signer/,
    "rt72-trust-null-tag": /signer/,
    "rt72-trust-notprincipal": /signer/,
    "rt72-grant-context-equals": /rt72-grant-context-equals/,
    "rt72-grant-reencrypt-from": /rt72-grant-reencrypt-from/,
    "rt72-grant-key-arn": /rt72-grant-key-arn/,
};

describeVariants(
    "red team 72: aws (secret-named reads, boundaries, Argo CD capability, grants, trust)",
    insecure.map(c => ({ ...c, refused: REFUSED[c.name.split(":")[0]] ?? c.refused })),
    secure,
);
