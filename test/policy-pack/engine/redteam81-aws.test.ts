// Red-team round 81, aws: effective access to the custody assets (share keys, custody tables and their streams and
// indexes) and to the runtime roles on every committed stack (prod, dev, basil, curity, cross-account, trust-domain,
// pod-identity), probing the neighbours of the round-80 fixes (segment-wise ARN operators, negated caller pins,
// covering Denies, key-policy Denies through one reader).
// Probed: Resource-element wildcards (not condition operators) whose `*` or `?` would have to cross a colon inside a
// segment (region and account run together, `eu-*1`, `eu-west-1?111...`), in identity Denies (inline and managed), a
// key-policy Deny, a table-policy Deny, a NotResource Allow, Denies guarding the runtime role (UpdateAssumeRolePolicy,
// PassRole + CreatePodIdentityAssociation), on all seven stacks, and the mirrors that do cover (a `*` ending its
// segment: `1111*`, `arn:aws:dynamodb:*`, `table/x*`, `arn:aws:iam::1111*`); Denies that cover less than the Allow (an
// alias ARN, the table but not its stream, NotAction, Decrypt but not ReEncrypt, NotResource of the key itself or of
// the indexes, another Region's keys); conditioned Denies on request keys (aws:SourceIp, aws:RequestedRegion of the
// key's own Region, aws:ResourceAccount, aws:CalledVia, aws:PrincipalTag of a tagged role, aws:PrincipalType,
// aws:PrincipalIsAWSService); negated pins and IAM paths; key-policy Allows to "*" by ArnLike (a name prefix, any
// account) and by exact ArnEquals; trust Denies a caller steers (sts:ExternalId, sts:RoleSessionName, aws:SourceIp),
// the account root with ArnLike role/platform-*, ArnNotLike/ArnNotEquals excluding the trusted role, and a session ARN
// that is never aws:PrincipalArn.
// Misses (13 insecure accepted, 6 secure refused):
// - Resource-element patterns matched as whole-string globs, so a Deny whose `*`/`?` must cross a colon mid-segment
//   (matching nothing in IAM) is subtracted (engine/judge.ts deniedOnAllOf, engine/build.ts deniedOn and
//   resourceSideCovers: patterns.ts globSubsumes/surelyMatches) (13): rt81a-deny-resource-colon-span,
//   rt81a-deny-table-colon-span, rt81a-deny-resource-region-span, rt81a-deny-resource-question-colon,
//   rt81a-managed-deny-resource-colon-span, rt81a-key-deny-resource-colon-span, rt81a-deny-iam-colon-span-trust (the
//   runtime role's trust rewritable), rt81a-dev-deny-resource-colon-span, rt81a-basil-deny-resource-colon-span,
//   rt81a-curity-deny-table-colon-span, rt81a-xacct-deny-table-colon-span, rt81a-td-deny-resource-colon-span,
//   rt81a-podid-deny-table-colon-span. Its fail-closed mirrors (2): rt81a-s-deny-notresource-colon-span,
//   rt81a-s-allow-resource-colon-span.
// - an Allow's NotResource judged as "*" (1, fail closed): rt81a-s-notresource-all-kms.
// - request keys the asset fixes never read in a Deny (1, fail closed): rt81a-s-deny-unless-other-region.
// - caller-kind keys of a role holder unknown (1, fail closed): rt81a-s-deny-unless-service.
// - a known role path ignored under a negated ARN operator (1, fail closed): rt81a-s-deny-noteq-pathless-own.
// Held: 26 of 39 insecure refused; 12 of 18 secure clean.
import { addStatements, describeVariants, doc, find, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, ANCHOR, allow, beside, opsRole } from "./awsCaseBuilders";

const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const BREAKGLASS = `arn:aws:iam::${A}:role/rt81a-breakglass`;
const DECRYPT = allow("kms:Decrypt", SHARE1);
const GET = allow("dynamodb:GetItem", KEYSTORE);

const edit = (name: string, e: (r: Resources) => void, skip?: string, stack = "prod"): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});
/** A prod ops role holding `statements`. */
const ops = (id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, "prod", A, id, statements));
const opsArn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`;
/** An ops role of `stack` (its account) holding `statements`. */
const opsIn = (stack: string, id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, stack, ACCOUNT[stack], id, statements), undefined, stack);
/** A Deny of `actions` on * under `condition`. */
const deny = (actions: string | string[], condition: object, extra: object = {}) => ({
    Effect: "Deny",
    Action: actions,
    Resource: "*",
    Condition: condition,
    ...extra,
});
/** An unconditional Deny of `actions` on `resource`. */
const denyOn = (actions: string | string[], resource: string | string[]) => ({
    Effect: "Deny",
    Action: actions,
    Resource: resource,
});
/** Adds `statements` to share-1's key policy. */
const share1Policy = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, KEY, "signer-shares-share-1"), "policy", ...statements);
/** The keystore's resource policy set to `statements`. */
const keystorePolicy = (r: Resources, ...statements: object[]) =>
    setProp(find(r, TABLE, "signer-tables-keystore"), "resourcePolicy", doc(...statements));

/** A prod ops role under IAM path `path` (its ARN carries the path: IAM User Guide, "IAM identifiers"). */
const pathed = (r: Resources, name: string, path: string, statements: object[]) => {
    opsRole(r, "prod", A, name, statements);
    const role = find(r, "aws:iam/role:Role", name);
    setProp(role, "path", path);
    setProp(role, "arn", `arn:aws:iam::${A}:role${path}${name}`);
};

const PLATFORM_OPS = (account: string) => `arn:aws:iam::${account}:role/platform-ops`;
/** `stack`'s anchor (runtime) role also trusting platform-ops, with `extra` trust statements. */
const trustOps = (r: Resources, stack: string, allowCondition?: object, ...extra: object[]) =>
    addStatements(
        find(r, ANCHOR[stack][0], ANCHOR[stack][1]),
        "assumeRolePolicy",
        {
            Sid: "OpsBreakGlass",
            Effect: "Allow",
            Principal: { AWS: PLATFORM_OPS(ACCOUNT[stack]) },
            Action: "sts:AssumeRole",
            ...(allowCondition === undefined ? {} : { Condition: allowCondition }),
        },
        ...extra,
    );
/** A trust Deny of platform-ops under `condition`. */
const trustDenyOps = (stack: string, condition: object) => ({
    Sid: "DenyOps",
    Effect: "Deny",
    Principal: { AWS: PLATFORM_OPS(ACCOUNT[stack]) },
    Action: "sts:AssumeRole",
    Condition: condition,
});

// A Resource pattern whose `*` sits INSIDE a segment and must span a colon to match: the region and account run
// together ("*111111111111" where "*:111111111111" was meant). IAM User Guide, "IAM JSON policy elements: Resource",
// "Using wildcards in resource ARNs": wildcards are used "within the individual segments of an ARN (the parts
// separated by colons)"; "If the * wildcard is the last character of a resource ARN segment, it can expand to match
// beyond the colon boundaries" (so a `*` that is NOT a segment's last character does not). Such a pattern has five
// segments and matches no six-segment key or table ARN.
const KMS_SPAN = `arn:aws:kms:*${A}:key/*`;
const DDB_SPAN = (account: string, table: string) => `arn:aws:dynamodb:*${account}:table/${table}`;

const insecure: StackCase[] = [
    // ======== Resource-element wildcards that would have to cross a colon mid-segment (the Resource twin of the
    // round-80 segment-wise ARN-operator fix). The Deny matches nothing, so the ops role's Decrypt of share-1 stays.
    // Was a MISS (fixed in round 81): insecure accepted (got []). The identity Deny is subtracted as covering share-1 / the table: engine/judge.ts
    // deniedOnAllOf and engine/build.ts deniedOn test the Deny's Resource with globSubsumes / patterns.ts surelyMatches, a
    // whole-string glob whose `*` (and `?`) may match a colon anywhere. IAM matches Resource ARNs within segments: only a `*`
    // that ends its segment may expand past a colon (IAM User Guide, "IAM JSON policy elements: Resource"). Fix (general): one
    // Resource-element matcher for every "surely matches" reading (Deny Resource, NotResource of an Allow, resource-policy
    // Deny, boundary caps): segment by segment, a `*` crossing a colon only when it is the last character of its segment, `?`
    // never a colon; keep the whole-string glob for the "may match" (widening) side only.
    ops("rt81a-deny-resource-colon-span", "may Decrypt share-1; a Deny kms:* on arn:aws:kms:*111111111111:key/*", [
        DECRYPT,
        denyOn("kms:*", KMS_SPAN),
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []). Same class and place as rt81a-deny-resource-colon-span (judge.ts
    // deniedOnAllOf / build.ts deniedOn, whole-string globSubsumes); same fix.
    ops("rt81a-deny-table-colon-span", "may GetItem the keystore; a Deny dynamodb:* on ...:*111111111111:table/...", [
        GET,
        denyOn("dynamodb:*", DDB_SPAN(A, "custody-prod-*")),
    ]),
    // The region segment `eu-*1` ends in `1`, not `*`: it matches eu-west-1 within its segment only.
    // Was a MISS (fixed in round 81): insecure accepted (got []). Same class and place as rt81a-deny-resource-colon-span (judge.ts
    // deniedOnAllOf / build.ts deniedOn, whole-string globSubsumes); same fix.
    ops("rt81a-deny-resource-region-span", "may Decrypt share-1; a Deny kms:Decrypt on arn:aws:kms:eu-*1:key/*", [
        DECRYPT,
        denyOn("kms:Decrypt", "arn:aws:kms:eu-*1:key/*"),
    ]),
    // An Allow with NotResource applies to every resource the NotResource list does not match (IAM User Guide,
    // "IAM JSON policy elements: NotResource"): the five-segment pattern matches no key, so the Allow reaches share-1.
    ops("rt81a-notresource-colon-span", "may Decrypt every key NotResource arn:aws:kms:*111111111111:key/*", [
        { Effect: "Allow", Action: "kms:Decrypt", NotResource: KMS_SPAN },
    ]),
    // The key-policy twin: share-1's Deny of the ops role on a five-segment Resource matches nothing.
    // Was a MISS (fixed in round 81): insecure accepted (got []). The key policy's Deny is read as covering share-1: engine/build.ts
    // resourceSideCovers asks surelyMatches (patterns.ts globSubsumes, whole-string) of its Resource. Same fix as
    // rt81a-deny-resource-colon-span (segment-wise Resource matching for every Deny), through rules/keyPolicyDeny.ts's reader.
    edit("rt81a-key-deny-resource-colon-span: share-1's policy denies the ops role on a colon-spanning Resource", r => {
        share1Policy(r, {
            Sid: "DenyOpsSpan",
            Effect: "Deny",
            Principal: { AWS: opsArn("rt81a-key-deny-resource-colon-span") },
            Action: "kms:*",
            Resource: KMS_SPAN,
        });
        opsRole(r, "prod", A, "rt81a-key-deny-resource-colon-span", [DECRYPT]);
    }),
    // The table-policy twin (DynamoDB Developer Guide, "Using resource-based policies for DynamoDB": the Resource is
    // the table's ARN): the Deny on a colon-spanning pattern matches nothing, the ops role's GetItem stays.
    edit("rt81a-keystore-deny-resource-colon-span: the keystore's policy denies the ops role on a colon span", r => {
        keystorePolicy(r, {
            Effect: "Deny",
            Principal: { AWS: opsArn("rt81a-keystore-deny-resource-colon-span") },
            Action: "dynamodb:*",
            Resource: DDB_SPAN(A, "custody-prod-keystore"),
        });
        opsRole(r, "prod", A, "rt81a-keystore-deny-resource-colon-span", [GET]);
    }),
    // Was a MISS (fixed in round 81): insecure accepted (got []) on this stack: same class, place and fix as rt81a-deny-resource-colon-span.
    opsIn("dev", "rt81a-dev-deny-resource-colon-span", "may Decrypt key/*; a Deny kms:* on a colon span", [
        allow("kms:Decrypt", `arn:aws:kms:*:${ACCOUNT.dev}:key/*`),
        denyOn("kms:*", `arn:aws:kms:*${ACCOUNT.dev}:key/*`),
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []) on this stack: same class, place and fix as rt81a-deny-resource-colon-span.
    opsIn("basil", "rt81a-basil-deny-resource-colon-span", "may Decrypt key/*; a Deny kms:* on a colon span", [
        allow("kms:Decrypt", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
        denyOn("kms:*", `arn:aws:kms:*${ACCOUNT.basil}:key/*`),
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []) on this stack: same class, place and fix as rt81a-deny-resource-colon-span.
    opsIn("curity", "rt81a-curity-deny-table-colon-span", "may GetItem curity-sessions; a Deny on a colon span", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/curity-sessions`),
        denyOn("dynamodb:*", DDB_SPAN(ACCOUNT.curity, "curity-*")),
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []) on this stack: same class, place and fix as rt81a-deny-resource-colon-span.
    opsIn("cross-account", "rt81a-xacct-deny-table-colon-span", "may Scan my-table; a Deny on a colon span", [
        allow("dynamodb:Scan", `arn:aws:dynamodb:us-east-1:${ACCOUNT["cross-account"]}:table/my-table`),
        denyOn("dynamodb:*", DDB_SPAN(ACCOUNT["cross-account"], "my-table")),
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []) on this stack: same class, place and fix as rt81a-deny-resource-colon-span.
    opsIn("trust-domain", "rt81a-td-deny-resource-colon-span", "may Decrypt key/*; a Deny kms:* on a colon span", [
        allow("kms:Decrypt", `arn:aws:kms:us-east-1:${ACCOUNT["trust-domain"]}:key/*`),
        denyOn("kms:*", `arn:aws:kms:*${ACCOUNT["trust-domain"]}:key/*`),
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []) on this stack: same class, place and fix as rt81a-deny-resource-colon-span.
    opsIn("pod-identity", "rt81a-podid-deny-table-colon-span", "may GetItem the keystore; a Deny on a colon span", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-pod-identity-keystore`),
        denyOn("dynamodb:*", DDB_SPAN(A, "custody-pod-identity-*")),
    ]),
    // ======== Denies whose Resource or condition does not cover what the Allow reaches.
    // An alias ARN in a Resource element names the alias, never the key (KMS Developer Guide, "Use aliases to control
    // access to KMS keys": "When an alias is the value of a resource element, the policy applies to the alias
    // resource, not to any KMS key"): the Deny leaves Decrypt of share-1.
    ops("rt81a-deny-alias-resource", "may Decrypt share-1; a Deny kms:* on alias/* only", [
        DECRYPT,
        denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:alias/*`),
    ]),
    // A stream ARN is `<table ARN>/stream/<label>` (DynamoDB Developer Guide, "Change data capture for DynamoDB
    // Streams"): a Deny on the table ARN alone does not match it, and GetRecords returns the items' images.
    ops("rt81a-deny-table-not-stream", "may read the keystore's stream; a Deny dynamodb:* on the table ARN only", [
        allow(["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"], `${KEYSTORE}/stream/*`),
        denyOn("dynamodb:*", KEYSTORE),
    ]),
    // NotAction with Deny denies every action but those listed (IAM User Guide, "NotAction"): kms:Decrypt stays.
    ops("rt81a-deny-notaction-negated", "may Decrypt share-1; a Deny NotAction kms:Decrypt unless break-glass", [
        DECRYPT,
        {
            Effect: "Deny",
            NotAction: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS } },
        },
    ]),
    // ReEncrypt decrypts under the source key inside KMS and re-encrypts under a key the caller holds (KMS API
    // Reference, ReEncrypt: kms:ReEncryptFrom on the source key): a Deny of kms:Decrypt alone leaves the share readable.
    ops("rt81a-deny-decrypt-not-reencrypt", "may ReEncryptFrom share-1; its Deny of kms:Decrypt unless break-glass", [
        allow("kms:ReEncryptFrom", SHARE1),
        deny("kms:Decrypt", { ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS } }),
    ]),
    // aws:SourceIp is the caller's address (IAM User Guide, "AWS global condition context keys"): a call from inside
    // 10.0.0.0/8 passes NotIpAddress and is not denied.
    ops("rt81a-deny-not-sourceip", "may Decrypt share-1; a Deny kms:* from outside 10.0.0.0/8 only", [
        DECRYPT,
        deny("kms:*", { NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } }),
    ]),
    // aws:RequestedRegion is the Region called (IAM User Guide, "AWS global condition context keys"); share-1 lives in
    // eu-west-1, so "Deny unless eu-west-1" never denies a call to it.
    ops("rt81a-deny-unless-share-region", "may Decrypt share-1; a Deny kms:* unless RequestedRegion eu-west-1", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } }),
    ]),
    // aws:ResourceAccount is the resource owner's account (IAM User Guide, "AWS global condition context keys"):
    // share-1 is 111's, so "Deny unless ResourceAccount = 111" never denies it.
    ops("rt81a-deny-unless-own-resource-account", "may GetItem the keystore; a Deny unless ResourceAccount = 111", [
        GET,
        deny("dynamodb:*", { StringNotEquals: { "aws:ResourceAccount": A } }),
    ]),
    // aws:CalledVia holds the services that called on the principal's behalf (IAM User Guide, "AWS global condition
    // context keys"): a direct Decrypt has none, so a Deny only via DynamoDB leaves it.
    ops("rt81a-deny-only-calledvia", "may Decrypt share-1; a Deny kms:* only when called via DynamoDB", [
        DECRYPT,
        deny("kms:*", { "ForAnyValue:StringEquals": { "aws:CalledVia": "dynamodb.amazonaws.com" } }),
    ]),
    // A role tagged team=custody: aws:PrincipalTag/team is its tag (IAM User Guide, "AWS global condition context
    // keys"), so "Deny unless PrincipalTag/team = custody" never applies to it.
    edit("rt81a-deny-unless-own-tag: a tagged ops role may Decrypt; its Deny unless PrincipalTag/team=custody", r => {
        opsRole(r, "prod", A, "rt81a-deny-unless-own-tag", [
            DECRYPT,
            deny("kms:*", { StringNotEquals: { "aws:PrincipalTag/team": "custody" } }),
        ]);
        setProp(find(r, "aws:iam/role:Role", "rt81a-deny-unless-own-tag"), "tags", { team: "custody" });
    }),
    // A key-policy Deny with NotResource of share-1's own ARN does not apply to share-1 (IAM User Guide,
    // "NotResource"): the ops role's IAM Decrypt stays.
    edit("rt81a-key-deny-notresource-self: share-1's policy denies the ops role NotResource share-1", r => {
        share1Policy(r, {
            Sid: "DenyOpsNotSelf",
            Effect: "Deny",
            Principal: { AWS: opsArn("rt81a-key-deny-notresource-self") },
            Action: "kms:*",
            NotResource: `arn:aws:kms:eu-west-1:${A}:key/48163296-*`,
        });
        opsRole(r, "prod", A, "rt81a-key-deny-notresource-self", [DECRYPT]);
    }),
    // The keystore's Deny covers everything but its indexes: a Query of an index reads the projected items.
    edit("rt81a-keystore-deny-notresource-index: the keystore's policy denies all but its indexes", r => {
        keystorePolicy(r, {
            Effect: "Deny",
            Principal: { AWS: opsArn("rt81a-keystore-deny-notresource-index") },
            Action: "dynamodb:*",
            NotResource: `${KEYSTORE}/index/*`,
        });
        opsRole(r, "prod", A, "rt81a-keystore-deny-notresource-index", [
            allow("dynamodb:Query", `${KEYSTORE}/index/*`),
        ]);
    }),
    // ======== Trust policies (STS).
    // sts:ExternalId is a value the CALLER passes in AssumeRole (IAM User Guide, "Access to AWS accounts owned by third
    // parties"): platform-ops passes it and the Deny does not apply.
    edit(
        "rt81a-signer-trust-deny-unless-externalid: the signer trusts platform-ops, denied unless it passes an ExternalId",
        r => trustOps(r, "prod", undefined, trustDenyOps("prod", { StringNotEquals: { "sts:ExternalId": "rt81a" } })),
    ),
    // The account root as Principal delegates to IAM and the condition picks roles by pattern (IAM User Guide, "AWS
    // JSON policy elements: Principal", account principals): platform-ops matches role/platform-*.
    edit("rt81a-signer-trust-root-arnlike-platform: the signer trusts 111's root, ArnLike role/platform-*", r =>
        addStatements(find(r, ANCHOR.prod[0], ANCHOR.prod[1]), "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:root` },
            Action: "sts:AssumeRole",
            Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/platform-*` } },
        }),
    ),
    // A trust Deny "unless ArnNotLike role/platform-*" excludes platform-ops itself: the Deny never applies to it.
    edit("rt81a-podid-trust-deny-notlike-own: the signer trusts platform-ops, denied unless not role/platform-*", r =>
        trustOps(
            r,
            "pod-identity",
            undefined,
            trustDenyOps("pod-identity", { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/platform-*` } }),
        ),
    ),
    // A trust Deny of platform-ops only via a source IP range: from inside it, platform-ops assumes the runtime role.
    {
        ...edit("rt81a-curity-trust-deny-sourceip: curity-role trusts platform-ops, denied only outside 10/8", r =>
            trustOps(
                r,
                "curity",
                undefined,
                trustDenyOps("curity", { NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } }),
            ),
        ),
        stack: "curity",
    },
    // ======== Batch 2: depth on the colon-span class and key-policy caller patterns.
    // `?` stands for one character within a segment (IAM User Guide, "IAM JSON policy elements: Resource"): it cannot
    // stand for the colon between region and account, so this Deny has five segments and matches no key.
    // Was a MISS (fixed in round 81): insecure accepted (got []). Same class and place as rt81a-deny-resource-colon-span (judge.ts
    // deniedOnAllOf / build.ts deniedOn, whole-string globSubsumes); same fix.
    ops(
        "rt81a-deny-resource-question-colon",
        "may Decrypt share-1; a Deny kms:* on arn:aws:kms:eu-west-1?111111111111:key/*",
        [DECRYPT, denyOn("kms:*", `arn:aws:kms:eu-west-1?${A}:key/*`)],
    ),
    // A Deny in a managed policy attached to the ops role: same five-segment pattern, read the same way.
    // Was a MISS (fixed in round 81): insecure accepted (got []): a managed policy's Deny, same class, place and fix as
    // rt81a-deny-resource-colon-span.
    edit("rt81a-managed-deny-resource-colon-span: an ops role may GetItem; its managed Deny on a colon span", r => {
        beside(r, "prod", "aws:iam/policy:Policy", "rt81a-deny-span", {
            name: "rt81a-deny-span",
            path: "/",
            arn: `arn:aws:iam::${A}:policy/rt81a-deny-span`,
            policy: doc(denyOn(["dynamodb:GetItem", "dynamodb:Query"], DDB_SPAN(A, "custody-prod-keystore"))),
        });
        opsRole(r, "prod", A, "rt81a-managed-deny-resource-colon-span", [GET]);
        beside(r, "prod", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "rt81a-deny-span-att", {
            role: "rt81a-managed-deny-resource-colon-span",
            policyArn: `arn:aws:iam::${A}:policy/rt81a-deny-span`,
        });
    }),
    // A key-policy Allow to "*" pinned by an ArnLike pattern: any role whose name starts custody-prod-signer matches
    // (IAM User Guide, "Condition operators", ARN operators), and the ops role custody-prod-signer-breakglass does.
    // The key policy alone grants it (KMS Developer Guide, "Key policies": a key policy can grant access by itself).
    edit("rt81a-key-allow-arnlike-signer-prefix: share-1 allows * ArnLike role/custody-prod-signer*", r => {
        share1Policy(r, {
            Sid: "AllowSignerFamily",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/custody-prod-signer*` } },
        });
        opsRole(r, "prod", A, "custody-prod-signer-breakglass", [allow("sts:GetCallerIdentity", "*")]);
    }),
    // The account segment globbed: a role named custody-prod-signer in ANY account matches (six segments, the `*`
    // inside the account segment), so whoever owns another account creates that role and decrypts the share.
    edit("rt81a-key-allow-arnlike-any-account: share-1 allows * ArnLike arn:aws:iam::*:role/custody-prod-signer", r =>
        share1Policy(r, {
            Sid: "AllowSignerAnyAccount",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/custody-prod-signer" } },
        }),
    ),
    // basil's keys are in us-east-1 (per-resource Region): "Deny unless us-east-1" never denies a call to them.
    opsIn("basil", "rt81a-basil-deny-unless-key-region", "may Decrypt key/*; a Deny unless RequestedRegion us-east-1", [
        allow("kms:Decrypt", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
        deny("kms:*", { StringNotEquals: { "aws:RequestedRegion": "us-east-1" } }),
    ]),
    // A Deny whose Resource names another Region's keys (share-1 is eu-west-1's): it covers nothing of share-1.
    ops("rt81a-deny-other-region-keys", "may Decrypt key/*; a Deny kms:* on us-east-1's keys only", [
        allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`),
        denyOn("kms:*", `arn:aws:kms:us-east-1:${A}:key/*`),
    ]),
    // aws:PrincipalType of a role session is "AssumedRole" (IAM User Guide, "AWS global condition context keys"): a
    // Deny unless AssumedRole never applies to the ops role.
    ops("rt81a-deny-unless-assumedrole", "may Decrypt share-1; a Deny kms:* unless PrincipalType AssumedRole", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:PrincipalType": "AssumedRole" } }),
    ]),
    // A trust Deny of platform-ops only under a role-session name pattern: sts:RoleSessionName is chosen by the caller
    // (IAM User Guide, "sts:RoleSessionName"), so platform-ops picks another name.
    edit(
        "rt81a-xacct-trust-deny-session-name: the access role trusts platform-ops, denied only for session admin-*",
        r =>
            trustOps(
                r,
                "cross-account",
                undefined,
                trustDenyOps("cross-account", { StringLike: { "sts:RoleSessionName": "admin-*" } }),
            ),
        undefined,
        "cross-account",
    ),
    // The trust-domain runtime role trusting platform-ops with a Deny of it "unless ArnNotEquals platform-ops": a negated
    // operator is false when the value matches (IAM User Guide, "Condition operators"), so the Deny never applies to it.
    edit(
        "rt81a-td-trust-deny-notequals-own: the runtime role trusts platform-ops, denied unless ArnNotEquals itself",
        r =>
            trustOps(
                r,
                "trust-domain",
                undefined,
                trustDenyOps("trust-domain", {
                    ArnNotEquals: { "aws:PrincipalArn": PLATFORM_OPS(ACCOUNT["trust-domain"]) },
                }),
            ),
        undefined,
        "trust-domain",
    ),
    // ======== Batch 3: colon spans guarding the runtime roles (IAM ARNs have an empty Region segment: IAM User Guide,
    // "IAM identifiers"). `arn:aws:iam:*111111111111:role/*` has five segments; its `*` is not its segment's last
    // character, so it never spans the colon and the Deny matches no role.
    // iam:UpdateAssumeRolePolicy on the signer role lets the ops role trust itself and become the runtime role (IAM
    // User Guide, "UpdateAssumeRolePolicy"; the pack's runtime-role-no-privilege-escalation).
    // Was a MISS (fixed in round 81): insecure accepted (got []): the ops role may rewrite the runtime role's trust (become the signer), and the
    // Deny on `arn:aws:iam:*111111111111:role/*` (five segments, mid-segment `*`) is taken as covering the signer's ARN by
    // engine/judge.ts deniedOnAllOf (globSubsumes), so custody-effective-access drops the escalation. Same fix as
    // rt81a-deny-resource-colon-span. The most serious of the class: the gain is the runtime role itself.
    ops(
        "rt81a-deny-iam-colon-span-trust",
        "may rewrite the signer's trust; a Deny iam:* on arn:aws:iam:*111111111111:role/*",
        [allow("iam:UpdateAssumeRolePolicy", SIGNER), denyOn("iam:*", `arn:aws:iam:*${A}:role/*`)],
    ),
    // eks:CreatePodIdentityAssociation with iam:PassRole of the runtime role binds it to a service account the ops role
    // picks (EKS User Guide, "Assign an IAM role to a Kubernetes service account": the association needs iam:PassRole).
    opsIn(
        "pod-identity",
        "rt81a-podid-deny-passrole-colon-span",
        "may associate and pass the signer role; a Deny iam:PassRole on a colon span",
        [
            allow("eks:CreatePodIdentityAssociation", `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`),
            allow("iam:PassRole", `arn:aws:iam::${A}:role/custody-pod-identity-signer`),
            denyOn("iam:PassRole", `arn:aws:iam:*${A}:role/custody-*`),
        ],
    ),
    // ======== Batch 4: negated pins and IAM paths. A role under /ops/ has ARN role/ops/<name> (IAM User Guide, "IAM
    // identifiers"); ArnNotLike role/*/<name> (a `*` inside the resource segment spans the path) matches it, so the
    // clause is false for it and the Deny never applies.
    edit(
        "rt81a-deny-notlike-any-path-own: a role under /ops/ may Decrypt; its Deny unless ArnNotLike role/*/itself",
        r =>
            pathed(r, "rt81a-deny-notlike-any-path-own", "/ops/", [
                DECRYPT,
                deny("kms:*", {
                    ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*/rt81a-deny-notlike-any-path-own` },
                }),
            ]),
    ),
    // ======== Round-81 fix neighbours (insecure). A `?` standing for the colon before the resource part: `?` matches
    // one character within a segment (IAM User Guide, "IAM JSON policy elements: Resource"), never the colon, so the
    // Deny matches no key and the Decrypt of share-1 stays.
    ops("rt81a-deny-key-question-colon-fix81", "may Decrypt share-1; a Deny kms:* on ...:111111111111?key/*", [
        DECRYPT,
        denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}?key/*`),
    ]),
    // The key-policy twin of the `?` span, read by rules/keyPolicyDeny.ts and engine/build.ts alike.
    edit("rt81a-key-deny-question-colon-fix81: share-1's policy denies the ops role on ...:eu-west-1?111...", r => {
        share1Policy(r, {
            Sid: "DenyOpsQuestion",
            Effect: "Deny",
            Principal: { AWS: opsArn("rt81a-key-deny-question-colon-fix81") },
            Action: "kms:*",
            Resource: `arn:aws:kms:eu-west-1?${A}:key/*`,
        });
        opsRole(r, "prod", A, "rt81a-key-deny-question-colon-fix81", [DECRYPT]);
    }),
    // A Deny by NotResource of the account's keys applies to every resource but those (IAM User Guide, "IAM JSON policy
    // elements: NotResource"): share-1 is one of them, so the Deny leaves its Decrypt.
    ops(
        "rt81a-deny-notresource-keys-fix81",
        "may Decrypt share-1; a Deny kms:* NotResource arn:aws:kms:*:111...:key/*",
        [DECRYPT, { Effect: "Deny", Action: "kms:*", NotResource: `arn:aws:kms:*:${A}:key/*` }],
    ),
    // Round-82 neighbours (model/requestConditions.ts): a Deny only for service principals never holds for the role
    // (aws:PrincipalIsAWSService is false for it), so it leaves the role's Decrypt of share-1.
    ops("rt81a-deny-only-service-fix82", "may Decrypt share-1; a Deny kms:* when PrincipalIsAWSService", [
        DECRYPT,
        deny("kms:*", { Bool: { "aws:PrincipalIsAWSService": "true" } }),
    ]),
    // An Allow only for IAM principals (PrincipalIsAWSService false) holds for the role: it reaches share-1.
    ops("rt81a-allow-not-service-fix82", "may Decrypt share-1 when not PrincipalIsAWSService", [
        allow("kms:Decrypt", SHARE1, { Condition: { Bool: { "aws:PrincipalIsAWSService": "false" } } }),
    ]),
    // An Allow by NotResource of another Region's keys reaches share-1 (eu-west-1).
    ops("rt81a-notresource-other-region-fix81", "may Decrypt every key NotResource arn:aws:kms:us-east-1:*", [
        { Effect: "Allow", Action: "kms:Decrypt", NotResource: "arn:aws:kms:us-east-1:*" },
    ]),
    // An Allow by NotResource of aliases only: Decrypt takes a key (Service Authorization Reference, AWS KMS), which
    // no alias pattern matches, so the Allow reaches every key.
    ops("rt81a-notresource-aliases-fix81", "may Decrypt every key NotResource arn:aws:kms:*:*:alias/*", [
        { Effect: "Allow", Action: "kms:Decrypt", NotResource: "arn:aws:kms:*:*:alias/*" },
    ]),
];

const secure: StackCase[] = [
    // ======== Resource-element wildcards that END a segment expand past colons (IAM User Guide, "IAM JSON policy
    // elements: Resource": "If the * wildcard is the last character of a resource ARN segment, it can expand to match
    // beyond the colon boundaries"): these Denies cover the Allow and it is dead.
    ops("rt81a-s-deny-account-star-end", "may Decrypt share-1; a Deny kms:* on arn:aws:kms:eu-west-1:1111*", [
        DECRYPT,
        denyOn("kms:*", `arn:aws:kms:eu-west-1:1111*`),
    ]),
    ops("rt81a-s-deny-service-star-end", "may GetItem the keystore; a Deny dynamodb:* on arn:aws:dynamodb:*", [
        GET,
        denyOn("dynamodb:*", "arn:aws:dynamodb:*"),
    ]),
    ops(
        "rt81a-s-deny-table-prefix-star",
        "may Query the keystore and indexes; a Deny on table/custody-prod-keystore*",
        [allow("dynamodb:Query", [KEYSTORE, `${KEYSTORE}/index/*`]), denyOn("dynamodb:*", `${KEYSTORE}*`)],
    ),
    // An Allow whose NotResource covers every KMS ARN reaches no key.
    // Was a MISS (fixed in round 81): secure refused (custody-effective-access "allows kms:Decrypt on NotResource arn:aws:kms:*: no workload of the
    // custody model has this identity"). engine/judge.ts judgeIdentity judges an Allow with NotResource as Resource "*"
    // (`g.statement.resources ?? ["*"]`). Fix (general): an Allow whose NotResource surely matches every resource type the
    // action takes (the catalogue's resourceArns) reaches nothing for that action. Low (fail closed).
    ops("rt81a-s-notresource-all-kms", "may Decrypt NotResource arn:aws:kms:* (no key)", [
        { Effect: "Allow", Action: "kms:Decrypt", NotResource: "arn:aws:kms:*" },
    ]),
    edit("rt81a-s-key-deny-resource-six: share-1's policy denies the ops role on arn:aws:kms:*:111:key/*", r => {
        share1Policy(r, {
            Sid: "DenyOpsSix",
            Effect: "Deny",
            Principal: { AWS: opsArn("rt81a-s-key-deny-resource-six") },
            Action: "kms:*",
            Resource: `arn:aws:kms:*:${A}:key/*`,
        });
        opsRole(r, "prod", A, "rt81a-s-key-deny-resource-six", [DECRYPT]);
    }),
    edit(
        "rt81a-s-keystore-deny-prefix: the keystore's policy denies the ops role on table/custody-prod-keystore*",
        r => {
            keystorePolicy(r, {
                Effect: "Deny",
                Principal: { AWS: opsArn("rt81a-s-keystore-deny-prefix") },
                Action: "dynamodb:*",
                Resource: `${KEYSTORE}*`,
            });
            opsRole(r, "prod", A, "rt81a-s-keystore-deny-prefix", [GET]);
        },
    ),
    // ======== Negated pins that surely exclude the holder.
    // A user ARN of the same name is another principal: a role's aws:PrincipalArn is arn:...:role/<name> (IAM User
    // Guide, "AWS global condition context keys"), so "unless PrincipalArn = user/<name>" holds for the role.
    ops("rt81a-s-deny-unless-same-name-user", "may Decrypt share-1; its Deny unless PrincipalArn is user/<its name>", [
        DECRYPT,
        deny("kms:*", {
            ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:user/rt81a-s-deny-unless-same-name-user` },
        }),
    ]),
    ops(
        "rt81a-s-deny-decrypt-and-reencrypt",
        "may Decrypt/ReEncryptFrom share-1; its Deny of both unless break-glass",
        [
            allow(["kms:Decrypt", "kms:ReEncryptFrom"], SHARE1),
            deny(["kms:Decrypt", "kms:ReEncrypt*"], { ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS } }),
        ],
    ),
    // A role session's aws:PrincipalArn is the role's ARN, never the assumed-role session ARN (IAM User Guide, "AWS
    // global condition context keys", aws:PrincipalArn): "unless ArnNotLike assumed-role/breakglass/*" is true for
    // platform-ops, so the trust Deny holds and the added trust is dead.
    edit("rt81a-s-signer-trust-deny-unless-session: the signer trusts platform-ops, denied unless a session ARN", r =>
        trustOps(
            r,
            "prod",
            undefined,
            trustDenyOps("prod", {
                ArnNotLike: { "aws:PrincipalArn": `arn:aws:sts::${A}:assumed-role/rt81a-breakglass/*` },
            }),
        ),
    ),
    // Per-resource Region: share-1 lives in eu-west-1 (its ARN), and a KMS call for it goes to that Region's endpoint
    // (aws:RequestedRegion, IAM User Guide "AWS global condition context keys"); "Deny unless us-east-1" denies it.
    // MISS: secure refused (share-custody, custody-effective-access, custody-share-rings: the ops role may Decrypt
    // share-1). model/conditions.ts denySurelyHoldsFor reads only the holder keys (aws:PrincipalArn, PrincipalAccount,
    // kms:CallerAccount); a negated aws:RequestedRegion clause is never read against the asset's own Region
    // (model/resources.ts resourceRegion). Fix (general): judge a conditioned Deny per asset, resolving request keys the
    // asset fixes (aws:RequestedRegion = the asset's Region, aws:ResourceAccount = its account) before asking whether the
    // Deny surely holds. Low (fail closed).
    // Still open (round 81): model/conditions.ts is another fixer's this round; needs denySurelyHoldsFor to judge a Deny per asset with aws:RequestedRegion / aws:ResourceAccount resolved from the asset (model/resources.ts resourceRegion).
    // Still open (round 82): the Allow side of this class is fixed (model/requestConditions.ts narrowedByRequestedRegion
    // drops an Allow's KMS/DynamoDB patterns of Regions its aws:RequestedRegion pin excludes); the Deny side still needs
    // a per-asset reading: no IAM glob says "every Region but us-east-1", so engine/build.ts must resolve the negated
    // clause against each asset's Region (model/resources.ts resourceRegion). Not done for time; fail closed.
    ops("rt81a-s-deny-unless-other-region", "may Decrypt share-1; a Deny kms:* unless RequestedRegion us-east-1", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:RequestedRegion": "us-east-1" } }),
    ]),
    // ======== Batch 2 (secure).
    // A Deny with NotResource of a five-segment pattern: the pattern matches nothing, so the Deny applies to every
    // resource, share-1 included (IAM User Guide, "NotResource"; "Resource", wildcards within segments).
    // Was a MISS (fixed in round 81): secure refused (share-custody, custody-effective-access, custody-share-rings). engine/build.ts deniedOn
    // reads a Deny's NotResource with mayMatch (patterns.ts globsIntersect, whole-string): the five-segment pattern may
    // "match" share-1 as a string, so the Deny is not taken to cover it. Same segment-wise matcher as
    // rt81a-deny-resource-colon-span fixes it. Low (fail closed).
    ops(
        "rt81a-s-deny-notresource-colon-span",
        "may Decrypt share-1; a Deny kms:* NotResource a colon span (all keys)",
        [DECRYPT, { Effect: "Deny", Action: "kms:*", NotResource: KMS_SPAN }],
    ),
    // An Allow on a five-segment colon-spanning pattern matches no key: it grants nothing.
    // MISS: secure refused (share-custody, custody-effective-access "reaching key ... share-1", custody-share-rings).
    // engine/build.ts grantMayReach / mayMatch reads the five-segment pattern as a whole-string glob that reaches share-1;
    // in IAM it matches no key. Same segment-wise matcher fixes it. Low (fail closed).
    // Still open (round 81): engine/build.ts and the key-form rules now read the pattern segment-wise and find it reaches no key, but judge.ts judgeIdentity still judges the pattern against the custody model's entries as written; to see it names no key it must be matched against the action's resource ARN formats (catalogue), whose account segment is any colon-free run there: a `*` ending the pattern can make `key/…` the account. The fix needs an account segment read as 12 digits (IAM User Guide, "AWS account identifiers") in the format reading.
    // Still open (round 82): not attempted (judge.ts judgeIdentity's catalogue format reading); fix as above.
    ops("rt81a-s-allow-resource-colon-span", "may Decrypt arn:aws:kms:*111111111111:key/* (no key)", [
        allow("kms:Decrypt", KMS_SPAN),
    ]),
    // aws:PrincipalIsAWSService is false for a role session (IAM User Guide, "AWS global condition context keys"):
    // the Deny holds for the ops role.
    // Was a MISS (fixed in round 82): secure refused (share-custody, custody-effective-access, custody-share-rings). model/conditions.ts
    // denySurelyHoldsFor knows no value of aws:PrincipalIsAWSService for the holder, though a role session's is always
    // false (IAM User Guide, "AWS global condition context keys"). Fix (general): give ownerValue the caller-kind keys a
    // role holder surely brings (aws:PrincipalIsAWSService false, aws:PrincipalType AssumedRole). Low (fail closed).
    // Round 82: model/requestConditions.ts callerKindClauseAlwaysHolds reads `Bool aws:PrincipalIsAWSService false`
    // as true for an IAM role, user or group holder (denySurelyHoldsFor).
    ops("rt81a-s-deny-unless-service", "may Decrypt share-1; a Deny kms:* unless PrincipalIsAWSService", [
        DECRYPT,
        deny("kms:*", { Bool: { "aws:PrincipalIsAWSService": "false" } }),
    ]),
    // Round-82 neighbour (model/requestConditions.ts callerKindClauseNeverHolds): an Allow only for service principals
    // never holds for a role's own requests (IAM User Guide, "AWS global condition context keys",
    // aws:PrincipalIsAWSService): secure.
    ops("rt81a-s-allow-only-service-fix82", "may Decrypt share-1 only when PrincipalIsAWSService", [
        allow("kms:Decrypt", SHARE1, { Condition: { Bool: { "aws:PrincipalIsAWSService": "true" } } }),
    ]),
    // An exact key-policy Allow of the signer by ArnEquals without wildcard (a Principal "*" narrowed to one ARN).
    edit("rt81a-s-key-allow-star-arnequals-signer: share-1 allows * ArnEquals aws:PrincipalArn the signer", r =>
        share1Policy(r, {
            Sid: "AllowSignerByArn",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnEquals: { "aws:PrincipalArn": SIGNER } },
        }),
    ),
    // The same trust Deny as rt81a-td-trust-deny-notequals-own, naming break-glass instead: platform-ops is denied.
    edit(
        "rt81a-s-td-trust-deny-notequals-other: the runtime role trusts platform-ops, denied unless break-glass",
        r =>
            trustOps(
                r,
                "trust-domain",
                undefined,
                trustDenyOps("trust-domain", {
                    ArnNotEquals: {
                        "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT["trust-domain"]}:role/rt81a-breakglass`,
                    },
                }),
            ),
        undefined,
        "trust-domain",
    ),
    // ======== Batch 3 (secure): the same guards with a segment-ending `*` (IAM User Guide, "Resource": it may expand
    // past colons), or the IAM ARN's empty Region written out: the Denies cover the role.
    ops(
        "rt81a-s-deny-iam-six-trust",
        "may rewrite the signer's trust; a Deny iam:* on arn:aws:iam::111111111111:role/*",
        [allow("iam:UpdateAssumeRolePolicy", SIGNER), denyOn("iam:*", `arn:aws:iam::${A}:role/*`)],
    ),
    opsIn(
        "pod-identity",
        "rt81a-s-podid-deny-passrole-star-end",
        "may associate and pass the signer role; a Deny iam:PassRole on arn:aws:iam::1111*",
        [
            allow("eks:CreatePodIdentityAssociation", `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`),
            allow("iam:PassRole", `arn:aws:iam::${A}:role/custody-pod-identity-signer`),
            denyOn(["iam:PassRole", "eks:CreatePodIdentityAssociation"], [`arn:aws:iam::1111*`, `arn:aws:eks:*`]),
        ],
    ),
    // ======== Batch 4 (secure). aws:PrincipalArn of a role is its ARN with its path (IAM User Guide, "AWS global
    // condition context keys": "For IAM roles, the request context returns the ARN of the role"; "IAM identifiers": a
    // role's ARN includes its path). The path-less ARN is another value, so ArnNotEquals is true for the role under
    // /ops/ and the Deny holds.
    // MISS: secure refused (share-custody, custody-effective-access, custody-share-rings: the role may Decrypt share-1).
    // model/conditions.ts mayBeHolder compares an ARN value with the holder "as its principal (any path)"
    // (principalIdentity), so the path-less ARN is taken as possibly the holder and negatedExcludingHolder keeps the Deny
    // conditional, though the holder's ARN (its `arn`, path included) is known. Fix (general): when the holder's ARN is
    // known with its path, compare exact ARNs (under the operator's case rule); keep the any-path reading for an unknown
    // path only. Low (fail closed).
    // Still open (round 81): model/conditions.ts is another fixer's this round; needs mayBeHolder to compare exact ARNs when the holder's ARN (path included) is known.
    // Still open (round 82): not attempted: model/conditions.ts mayBeHolder sits beside fix82-awsA's aws:userid work
    // this round (kept apart to merge cleanly); fix as above.
    edit(
        "rt81a-s-deny-noteq-pathless-own: a role under /ops/ may Decrypt; its Deny unless ArnNotEquals its path-less ARN",
        r =>
            pathed(r, "rt81a-s-deny-noteq-pathless-own", "/ops/", [
                DECRYPT,
                deny("kms:*", { ArnNotEquals: { "aws:PrincipalArn": opsArn("rt81a-s-deny-noteq-pathless-own") } }),
            ]),
    ),
    // ======== Round-81 fix neighbours (secure). A `?` within the region segment matches its one character (IAM User
    // Guide, "IAM JSON policy elements: Resource"): the Deny covers share-1 and the Allow is dead.
    ops(
        "rt81a-s-deny-region-question-fix81",
        "may Decrypt share-1; a Deny kms:* on arn:aws:kms:eu-west-?:111...:key/*",
        [DECRYPT, denyOn("kms:*", `arn:aws:kms:eu-west-?:${A}:key/*`)],
    ),
    // The table twin of rt81a-s-deny-notresource-colon-span: NotResource of a five-segment pattern matches no table,
    // index or stream, so the Deny takes them all (IAM User Guide, "NotResource").
    ops(
        "rt81a-s-deny-notresource-table-span-fix81",
        "may GetItem the keystore; a Deny dynamodb:* NotResource a colon span (all tables)",
        [GET, { Effect: "Deny", Action: "dynamodb:*", NotResource: DDB_SPAN(A, "custody-*") }],
    ),
    // An Allow whose NotResource covers every DynamoDB ARN of the partition reaches no table (IAM User Guide,
    // "NotResource"; AWS Fault Isolation Boundaries, "Partitions": no access across partitions).
    ops("rt81a-s-notresource-all-dynamodb-fix81", "may GetItem NotResource arn:aws:dynamodb:* (no table)", [
        { Effect: "Allow", Action: "dynamodb:GetItem", NotResource: "arn:aws:dynamodb:*" },
    ]),
];

/** The misses (their MISS comments say why): skipped. */
const MISSES = new Set<string>([
    "rt81a-s-allow-resource-colon-span",
    "rt81a-s-deny-unless-other-region",
    "rt81a-s-deny-noteq-pathless-own",
]);
const marked = (cases: StackCase[]): StackCase[] =>
    cases.map(c => (MISSES.has(c.name.split(":")[0]) ? { ...c, skip: true } : c));

describeVariants(
    "red team 81: aws (Resource-element colon spans, uncovering Denies, trusts)",
    marked(insecure),
    marked(secure),
);
