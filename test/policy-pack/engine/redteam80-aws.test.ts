// Red-team round 80, aws: effective access to the custody assets (share keys, custody tables) and to the runtime roles
// on every committed stack (prod, dev, basil, curity, cross-account, trust-domain, pod-identity), probing the
// neighbours of the round-80 AWS fixes.
// Probed: identity Denies with a NEGATED caller pin (model/conditions.ts negatedExcludingHolder): the holder listed
// among the exclusions, StringNotLike / ArnNotLike / ArnNotEquals patterns that match it (own prefix, role/*, its own
// path, an account glob), StringNotEqualsIfExists / IgnoreCase, a negated pin ANDed with a Region, a
// ${aws:PrincipalArn} self-variable, NotResource beside it, kms:CallerAccount negated on KMS + DynamoDB, a set-qualified
// negation, the break-glass role holding the shared "all but break-glass" Deny, and the mirrors that hold (other
// account, other path, IfExists, a user holder, own ARN in capitals under a case-sensitive operator); unconditional
// Denies that must cover the Allow's Resource (judge.ts deniedOnAllOf: table name in other case, indexes only, a
// neighbouring key-id prefix, SecureTransport only; covering mirrors: any-Region glob, `?` runs); key-policy Denies
// (rules/keyPolicyDeny.ts: only via Secrets Manager, another account's same-named role, NotPrincipal naming the role,
// "other accounts only", Encrypt only, a role glob that matches it; the mirror "all but the signer"); keystore
// resource-policy Denies (other accounts only, any role of 111; mirror all but the signer); ARN condition patterns
// in key, table and trust Denies (ArnLike / ArnEquals with fewer than six segments or a wildcard crossing a colon, and
// the StringLike / six-segment mirrors); runtime-role trust policies trusting platform-ops beside a Deny of it.
// Misses (11 insecure accepted, 6 secure refused):
// - ARN operators read as whole-string globs in resource/trust Denies (engine/trustDeny.ts clauseSurelyHolds →
//   globSubsumes), so a Deny that matches nothing in AWS is taken as holding (11): rt80a-key-deny-arnlike-short,
//   rt80a-key-deny-arnequals-short, rt80a-keystore-deny-arnlike-short, rt80a-key-deny-arnlike-mid-span,
//   rt80a-signer-trust-deny-arnlike-short, rt80a-podid-trust-deny-arnlike-short, rt80a-curity-trust-deny-arnlike-short,
//   rt80a-basil-trust-deny-arnequals-short, rt80a-dev-trust-deny-arnlike-short, rt80a-xacct-trust-deny-arnlike-short,
//   rt80a-td-trust-deny-arnlike-short. Its fail-closed mirrors (2): rt80a-s-key-deny-unless-signer-arnnotlike-short
//   (ArnNotLike of a five-segment pattern read as matching), rt80a-s-allow-pinned-arnlike-short (model/conditions.ts
//   patternsExcludeHolder, globsIntersect).
// - negated kms:CallerAccount on non-KMS actions never read (kmsOnly guard before the negated reading) (1, fail
//   closed): rt80a-s-deny-noteq-calleraccount-dynamodb.
// - holder glob widened to any path and name suffix (1, fail closed): rt80a-s-deny-notlike-other-path.
// - case-blind comparison under a case-sensitive negated operator (1, fail closed): rt80a-s-deny-noteq-own-caps.
// - a user owner's aws:PrincipalArn unknown (1, fail closed): rt80a-s-user-deny-unless-breakglass.
// Held: 32 of 43 insecure refused; 12 of 18 secure clean.
import { addStatements, describeVariants, doc, find, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, ANCHOR, allow, beside, opsRole } from "./awsCaseBuilders";

const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const BREAKGLASS = `arn:aws:iam::${A}:role/rt80a-breakglass`;
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
/** An account-111 managed policy of `statements`. */
const policy = (r: Resources, name: string, statements: object[]) =>
    beside(r, "prod", "aws:iam/policy:Policy", name, {
        name,
        path: "/",
        arn: `arn:aws:iam::${A}:policy/${name}`,
        policy: doc(...statements),
    });
const attach = (r: Resources, role: string, policyName: string) =>
    beside(r, "prod", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${role}-${policyName}`, {
        role,
        policyArn: `arn:aws:iam::${A}:policy/${policyName}`,
    });
/** A prod ops role under IAM path `path` (its ARN carries the path: IAM User Guide, "IAM identifiers"). */
const pathed = (r: Resources, name: string, path: string, statements: object[]) => {
    opsRole(r, "prod", A, name, statements);
    const role = find(r, "aws:iam/role:Role", name);
    setProp(role, "path", path);
    setProp(role, "arn", `arn:aws:iam::${A}:role${path}${name}`);
};
/** Adds `statements` to share-1's key policy. */
const share1Policy = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, KEY, "signer-shares-share-1"), "policy", ...statements);
/** The keystore's resource policy set to `statements`. */
const keystorePolicy = (r: Resources, ...statements: object[]) =>
    setProp(find(r, TABLE, "signer-tables-keystore"), "resourcePolicy", doc(...statements));
/** An IAM user of 111 with an inline policy of `statements`. */
const userWith = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", "aws:iam/user:User", name, { name, arn: `arn:aws:iam::${A}:user/${name}` });
    beside(r, "prod", "aws:iam/userPolicy:UserPolicy", `${name}-p`, {
        name: `${name}-p`,
        user: name,
        policy: doc(...statements),
    });
};

const PLATFORM_OPS = (account: string) => `arn:aws:iam::${account}:role/platform-ops`;
/**
 * `stack`'s anchor role (the runtime role) also trusting the account's platform-ops SSO role, with a trust Deny of
 * that role under `condition` (IAM User Guide, "Policy evaluation logic": a Deny that holds removes the path).
 */
const trustOpsWithDeny = (r: Resources, stack: string, condition: object) =>
    addStatements(
        find(r, ANCHOR[stack][0], ANCHOR[stack][1]),
        "assumeRolePolicy",
        {
            Sid: "OpsBreakGlass",
            Effect: "Allow",
            Principal: { AWS: PLATFORM_OPS(ACCOUNT[stack]) },
            Action: "sts:AssumeRole",
        },
        {
            Sid: "DenyOps",
            Effect: "Deny",
            Principal: { AWS: PLATFORM_OPS(ACCOUNT[stack]) },
            Action: "sts:AssumeRole",
            Condition: condition,
        },
    );

const insecure: StackCase[] = [
    // ======== Identity Denies with a NEGATED caller pin (round-80 fix: model/conditions.ts negatedExcludingHolder).
    // A negated operator with several values is a NOR (IAM User Guide, "Conditions with multiple context keys or
    // values", negated matching operators): listing the holder itself makes the clause false for it, so the Deny never
    // applies to the holder and its Decrypt of share-1 stays.
    ops(
        "rt80a-deny-not-own-arn-listed",
        "may Decrypt share-1; its Deny kms:* unless PrincipalArn in [break-glass, itself]",
        [
            DECRYPT,
            deny("kms:*", {
                ArnNotEquals: { "aws:PrincipalArn": [BREAKGLASS, opsArn("rt80a-deny-not-own-arn-listed")] },
            }),
        ],
    ),
    // StringNotLike of a pattern the holder's ARN matches (IAM User Guide, "Condition operators", StringNotLike:
    // negated case-sensitive matching with * and ?): false for the holder, the Deny never applies.
    ops("rt80a-deny-notlike-role-prefix", "may Decrypt share-1; its Deny unless PrincipalArn like role/rt80a-*", [
        DECRYPT,
        deny("kms:*", { StringNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/rt80a-*` } }),
    ]),
    // ARN operators take wildcards in each component whatever their name (IAM User Guide, "Condition operators", ARN
    // condition operators; AWS SDK for .NET ConditionFactory.ArnComparisonType): ArnNotEquals role/* excludes every
    // role of 111, the holder among them.
    ops("rt80a-deny-arnnotequals-wildcard", "may Decrypt share-1; its Deny unless PrincipalArn ArnNotEquals role/*", [
        DECRYPT,
        deny("kms:*", { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*` } }),
    ]),
    // aws:PrincipalAccount is the holder's own account (IAM User Guide, "AWS global condition context keys"): a Deny
    // for callers of other accounts only never applies to it.
    ops("rt80a-deny-notequals-own-account", "may GetItem the keystore; its Deny unless PrincipalAccount = its own", [
        GET,
        deny("dynamodb:*", { StringNotEquals: { "aws:PrincipalAccount": A } }),
    ]),
    // StringNotEqualsIgnoreCase compares ignoring case (IAM User Guide, "Condition operators"): its own ARN in capitals
    // is its own ARN, the clause is false for it.
    ops("rt80a-deny-noteq-ignorecase-own", "may Decrypt share-1; its Deny unless IgnoreCase PrincipalArn = it (CAPS)", [
        DECRYPT,
        deny("kms:*", {
            StringNotEqualsIgnoreCase: { "aws:PrincipalArn": opsArn("RT80A-DENY-NOTEQ-IGNORECASE-OWN") },
        }),
    ]),
    // Operators AND (IAM User Guide, "Conditions with multiple context keys or values"): the negated pin holds but the
    // Deny also needs aws:RequestedRegion = us-east-1, false for a call to share-1 in eu-west-1.
    ops("rt80a-deny-negated-and-region", "may Decrypt share-1; its Deny unless break-glass AND only in us-east-1", [
        DECRYPT,
        deny("kms:*", {
            ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS },
            StringEquals: { "aws:RequestedRegion": "us-east-1" },
        }),
    ]),
    // A policy variable resolves to the request's own value (IAM User Guide, "IAM policy elements: Variables and
    // tags"): PrincipalArn NotEquals ${aws:PrincipalArn} is false for every caller.
    ops("rt80a-deny-negated-self-variable", "may Decrypt share-1; its Deny unless PrincipalArn = ${aws:PrincipalArn}", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:PrincipalArn": "${aws:PrincipalArn}" } }),
    ]),
    // A glob of the account that matches 111111111111.
    ops("rt80a-deny-notlike-account-glob", "may GetItem the keystore; its Deny unless PrincipalAccount like 1111*", [
        GET,
        deny("dynamodb:*", { StringNotLike: { "aws:PrincipalAccount": "1111*" } }),
    ]),
    // A role under /ops/ matches arn:...:role/ops/* (its ARN carries the path: IAM User Guide, "IAM identifiers").
    edit(
        "rt80a-deny-notlike-own-path: a role under /ops/ may Decrypt; its Deny unless PrincipalArn like role/ops/*",
        r =>
            pathed(r, "rt80a-deny-notlike-own-path", "/ops/", [
                DECRYPT,
                deny("kms:*", { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/ops/*` } }),
            ]),
    ),
    // A managed "everyone but break-glass" Deny attached to the break-glass role itself: for it the clause is false
    // (it IS the excluded ARN), so its own Decrypt of share-1 stands. Per-holder reading must not subtract it.
    edit("rt80a-breakglass-shared-deny: the break-glass role holding Decrypt and the 'all but break-glass' Deny", r => {
        policy(r, "rt80a-all-but-breakglass", [deny("kms:*", { ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS } })]);
        opsRole(r, "prod", A, "rt80a-breakglass", [DECRYPT]);
        attach(r, "rt80a-breakglass", "rt80a-all-but-breakglass");
    }),
    // The negated pin holds, but NotResource exempts share-1 (IAM User Guide, "NotResource"): share-1 stays allowed.
    ops("rt80a-deny-negated-notresource", "may Decrypt share-1; its Deny unless break-glass has NotResource share-1", [
        DECRYPT,
        {
            Effect: "Deny",
            Action: "kms:*",
            NotResource: SHARE1,
            Condition: { ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS } },
        },
    ]),
    // kms:CallerAccount is in KMS requests only (KMS Developer Guide, "AWS KMS condition keys"); for a KMS call it is
    // 111, so "unless CallerAccount = 111" is false there: the Deny takes DynamoDB (key absent, negated = true) but
    // never KMS, and the Decrypt of share-1 stands.
    ops(
        "rt80a-deny-noteq-calleraccount-own",
        "may Decrypt share-1; its Deny kms:*,dynamodb:* unless CallerAccount = 111",
        [DECRYPT, deny(["kms:*", "dynamodb:*"], { StringNotEquals: { "kms:CallerAccount": A } })],
    ),
    // A set-qualified negation on a single-valued key (IAM User Guide, "Set operators for multivalued context keys":
    // use them only with multivalued keys) is not read as a sure Deny.
    ops(
        "rt80a-deny-foranyvalue-negated",
        "may Decrypt share-1; its Deny under ForAllValues:StringNotEquals its own ARN",
        [
            DECRYPT,
            deny("kms:*", {
                "ForAllValues:StringNotEquals": { "aws:PrincipalArn": opsArn("rt80a-deny-foranyvalue-negated") },
            }),
        ],
    ),
    // ======== Unconditional Denies whose Resource must cover the Allow's (judge.ts deniedOnAllOf, round-80 fix).
    // DynamoDB table names are case-sensitive (DynamoDB Developer Guide, "Supported data types and naming rules"):
    // a Deny on table/CUSTODY-PROD-KEYSTORE is another table.
    ops("rt80a-deny-table-other-case", "may GetItem the keystore; a Deny dynamodb:* on its name in capitals", [
        GET,
        {
            Effect: "Deny",
            Action: "dynamodb:*",
            Resource: `arn:aws:dynamodb:eu-west-1:${A}:table/CUSTODY-PROD-KEYSTORE`,
        },
    ]),
    // A Deny on the indexes only: the base table stays readable.
    ops("rt80a-deny-index-only", "may Query the keystore and its indexes; a Deny Query on its indexes only", [
        allow("dynamodb:Query", [KEYSTORE, `${KEYSTORE}/index/*`]),
        { Effect: "Deny", Action: "dynamodb:Query", Resource: `${KEYSTORE}/index/*` },
    ]),
    // A Deny conditioned on a request property (aws:SecureTransport false): an HTTPS call is not denied.
    ops("rt80a-deny-insecure-transport-only", "may Decrypt share-1; a Deny * only without TLS", [
        DECRYPT,
        deny("*", { Bool: { "aws:SecureTransport": "false" } }),
    ]),
    // A Deny of a neighbouring key id pattern that does not cover share-1 (48163296-* vs 48163297-*).
    ops("rt80a-deny-other-key-prefix", "may Decrypt key/*; a Deny Decrypt on key/48163297-*", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`),
        { Effect: "Deny", Action: "kms:Decrypt", Resource: `arn:aws:kms:eu-west-1:${A}:key/48163297-*` },
    ]),
    // ======== Key-policy Denies (rules/keyPolicyDeny.ts, engine/trustDeny.ts surelyDenied, round-80 fix).
    // A Deny only via Secrets Manager (kms:ViaService: KMS Developer Guide) leaves a direct Decrypt allowed.
    edit(
        "rt80a-key-deny-via-secretsmanager: share-1's policy denies the ops role kms:* only via Secrets Manager",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsViaSecrets",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-key-deny-via-secretsmanager") },
                Action: "kms:*",
                Resource: "*",
                Condition: { StringEquals: { "kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com" } },
            });
            opsRole(r, "prod", A, "rt80a-key-deny-via-secretsmanager", [DECRYPT]);
        },
    ),
    // A Deny of a same-named role in account 222 is another principal (IAM User Guide, "Principal").
    edit("rt80a-key-deny-other-account-role: share-1's policy denies role/<same name> of account 222", r => {
        share1Policy(r, {
            Sid: "DenyOps222",
            Effect: "Deny",
            Principal: { AWS: opsArn("rt80a-key-deny-other-account-role", "222222222222") },
            Action: "kms:*",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt80a-key-deny-other-account-role", [DECRYPT]);
    }),
    // NotPrincipal with Deny denies everyone EXCEPT the named principals (IAM User Guide, "NotPrincipal"): the ops
    // role named there is the one principal not denied.
    edit(
        "rt80a-key-deny-notprincipal-ops: share-1's policy denies Decrypt to all but the ops role (NotPrincipal)",
        r => {
            share1Policy(r, {
                Sid: "DenyAllButOps",
                Effect: "Deny",
                NotPrincipal: { AWS: [opsArn("rt80a-key-deny-notprincipal-ops"), SIGNER] },
                Action: "kms:Decrypt",
                Resource: "*",
            });
            opsRole(r, "prod", A, "rt80a-key-deny-notprincipal-ops", [DECRYPT]);
        },
    ),
    // "Other accounts only": the ops role of 111 is not denied.
    edit("rt80a-key-deny-other-accounts: share-1's policy denies * unless PrincipalAccount = 111", r => {
        share1Policy(r, {
            Sid: "DenyOtherAccounts",
            Effect: "Deny",
            Principal: "*",
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { StringNotEquals: { "aws:PrincipalAccount": A } },
        });
        opsRole(r, "prod", A, "rt80a-key-deny-other-accounts", [DECRYPT]);
    }),
    // A Deny of Encrypt only: Decrypt stays.
    edit("rt80a-key-deny-encrypt-only: share-1's policy denies the ops role kms:Encrypt only", r => {
        share1Policy(r, {
            Sid: "DenyOpsEncrypt",
            Effect: "Deny",
            Principal: { AWS: opsArn("rt80a-key-deny-encrypt-only") },
            Action: "kms:Encrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt80a-key-deny-encrypt-only", [DECRYPT]);
    }),
    // A Deny of everyone but roles like role/rt80a-*: the ops role matches, so it is not denied.
    edit(
        "rt80a-key-deny-unless-role-glob: share-1's policy denies Decrypt unless PrincipalArn like role/rt80a-*",
        r => {
            share1Policy(r, {
                Sid: "DenyUnlessRt80a",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": [`arn:aws:iam::${A}:role/rt80a-*`, SIGNER] } },
            });
            opsRole(r, "prod", A, "rt80a-key-deny-unless-role-glob", [DECRYPT]);
        },
    ),
    // ======== Table resource policies (DynamoDB Developer Guide, "Using resource-based policies for DynamoDB").
    edit("rt80a-keystore-deny-other-accounts: the keystore's policy denies * unless PrincipalAccount = 111", r => {
        keystorePolicy(r, {
            Effect: "Deny",
            Principal: "*",
            Action: "dynamodb:*",
            Resource: [KEYSTORE, `${KEYSTORE}/*`],
            Condition: { StringNotEquals: { "aws:PrincipalAccount": A } },
        });
        opsRole(r, "prod", A, "rt80a-keystore-deny-other-accounts", [GET]);
    }),
    edit("rt80a-keystore-deny-unless-any-role: the keystore's policy denies * unless PrincipalArn like role/*", r => {
        keystorePolicy(r, {
            Effect: "Deny",
            Principal: "*",
            Action: "dynamodb:*",
            Resource: [KEYSTORE, `${KEYSTORE}/*`],
            Condition: { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*` } },
        });
        opsRole(r, "prod", A, "rt80a-keystore-deny-unless-any-role", [GET]);
    }),
    // ======== ARN condition patterns read as string globs (engine/trustDeny.ts clauseSurelyHolds: globSubsumes).
    // ArnLike/ArnEquals match each colon-delimited ARN segment separately: "Wildcards cannot be used to span ARN
    // segment, so the partition, service, region, account, and resource must all be present in your policy value"
    // (iam.cloudcopilot.io, "ArnLike", the simulator model/document.ts cites; AWS SDK for .NET
    // ConditionFactory.ArnComparisonType: "Each of the six colon-delimited components of the ARN is checked
    // separately"). `arn:aws:iam::*` has five segments, so it matches no principal ARN: the key policy's Deny never
    // applies and the ops role Decrypts share-1 through the root delegation.
    // Was a MISS (fixed in round 80): insecure accepted (got []). share-custody, custody-effective-access and custody-share-rings all accept: engine/trustDeny.ts clauseSurelyHolds reads ArnLike (and ArnEquals with a
    // wildcard, which model/document.ts operatorByMatch turns into ArnLike) with engine/patterns.ts globSubsumes, a
    // whole-string glob whose * spans colons, so `arn:aws:iam::*` "surely" matches the principal's ARN and surelyDenied drops
    // the path (rules/keyPolicyDeny.ts dropKeyPolicyDenied and engine/build.ts resourceDenied). AWS matches ARN operators segment by segment: a pattern without all six segments, or whose
    // wildcard would have to cross a colon, matches nothing, and the Deny never applies. Fix (general): an ARN
    // operator surely matches only segment-wise (split pattern and value on the first five colons, require six
    // segments, glob each segment; the resource segment may hold colons); the StringLike reading stays as is.
    edit(
        "rt80a-key-deny-arnlike-short: share-1's policy denies the ops role kms:* only under ArnLike arn:aws:iam::*",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsArnLike",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-key-deny-arnlike-short") },
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } },
            });
            opsRole(r, "prod", A, "rt80a-key-deny-arnlike-short", [DECRYPT]);
        },
    ),
    // ArnEquals takes the same segment-wise wildcards (iam.cloudcopilot.io, "ArnEquals": behaves as ArnLike).
    // Was a MISS (fixed in round 80): insecure accepted (got []), same class as rt80a-key-deny-arnlike-short (ArnEquals with a wildcard read
    // as a whole-string glob: engine/trustDeny.ts clauseSurelyHolds).
    edit(
        "rt80a-key-deny-arnequals-short: share-1's policy denies the ops role kms:Decrypt under ArnEquals arn:aws:iam::*",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsArnEquals",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-key-deny-arnequals-short") },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*" } },
            });
            opsRole(r, "prod", A, "rt80a-key-deny-arnequals-short", [DECRYPT]);
        },
    ),
    // The same on the keystore's resource policy: the Deny never applies, the ops role reads the custody table.
    // Was a MISS (fixed in round 80): insecure accepted (got []), same class as rt80a-key-deny-arnlike-short, on a table policy (engine/build.ts
    // resourceDenied → trustDeny.ts surelyDenied): the ops role reads the custody keystore.
    edit(
        "rt80a-keystore-deny-arnlike-short: the keystore's policy denies the ops role only under ArnLike arn:aws:iam::*",
        r => {
            keystorePolicy(r, {
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-keystore-deny-arnlike-short") },
                Action: "dynamodb:*",
                Resource: [KEYSTORE, `${KEYSTORE}/*`],
                Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } },
            });
            opsRole(r, "prod", A, "rt80a-keystore-deny-arnlike-short", [GET]);
        },
    ),
    // A wildcard in the middle of a segment cannot reach past its colon either (IAM User Guide, "IAM JSON policy
    // elements: Resource": only a * that is the LAST character of a segment may expand past the colon, and ArnLike
    // not even that): `arn:aws:*1:role/<name>` has four segments.
    // Was a MISS (fixed in round 80): insecure accepted (got []), same class as rt80a-key-deny-arnlike-short (the * of `*1` spans
    // `iam::11111111111` in globSubsumes).
    edit(
        "rt80a-key-deny-arnlike-mid-span: share-1's policy denies the ops role under ArnLike arn:aws:*1:role/<it>",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsMidSpan",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-key-deny-arnlike-mid-span") },
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:*1:role/rt80a-key-deny-arnlike-mid-span" } },
            });
            opsRole(r, "prod", A, "rt80a-key-deny-arnlike-mid-span", [DECRYPT]);
        },
    ),
    // The same reading in a TRUST policy (engine/build.ts trust paths → trustDeny.ts surelyDenied): the runtime role
    // trusts platform-ops and "denies" it under ArnLike arn:aws:iam::*, which matches no ARN, so platform-ops (any
    // SSO user of it) becomes the runtime role and holds its keys and tables.
    // Was a MISS (fixed in round 80): insecure accepted (got []). The whole pack accepts a runtime role any platform-ops user may assume: engine/trustDeny.ts clauseSurelyHolds reads ArnLike (and ArnEquals with a
    // wildcard, which model/document.ts operatorByMatch turns into ArnLike) with engine/patterns.ts globSubsumes, a
    // whole-string glob whose * spans colons, so `arn:aws:iam::*` "surely" matches the principal's ARN and surelyDenied drops
    // the path (engine/build.ts trust paths, line `if (surelyDenied(denies, from, act, n.account)) continue`). AWS matches ARN operators segment by segment: a pattern without all six segments, or whose
    // wildcard would have to cross a colon, matches nothing, and the Deny never applies. Fix (general): an ARN
    // operator surely matches only segment-wise (split pattern and value on the first five colons, require six
    // segments, glob each segment; the resource segment may hold colons); the StringLike reading stays as is.
    edit(
        "rt80a-signer-trust-deny-arnlike-short: the signer trusts platform-ops, denied only under ArnLike arn:aws:iam::*",
        r => trustOpsWithDeny(r, "prod", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []) on pod-identity, same class as rt80a-signer-trust-deny-arnlike-short (trust Deny read
    // through engine/trustDeny.ts clauseSurelyHolds globSubsumes).
    {
        ...edit(
            "rt80a-podid-trust-deny-arnlike-short: the Pod Identity signer trusts platform-ops, denied under ArnLike arn:aws:iam::*",
            r => trustOpsWithDeny(r, "pod-identity", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
        ),
        stack: "pod-identity",
    },
    // Was a MISS (fixed in round 80): insecure accepted (got []) on curity, same class as rt80a-signer-trust-deny-arnlike-short (trust Deny read
    // through engine/trustDeny.ts clauseSurelyHolds globSubsumes).
    {
        ...edit(
            "rt80a-curity-trust-deny-arnlike-short: curity-role trusts platform-ops, denied under ArnLike arn:aws:iam::*",
            r => trustOpsWithDeny(r, "curity", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
        ),
        stack: "curity",
    },
    // Was a MISS (fixed in round 80): insecure accepted (got []) on basil, same class as rt80a-signer-trust-deny-arnlike-short (trust Deny read
    // through engine/trustDeny.ts clauseSurelyHolds globSubsumes).
    {
        ...edit(
            "rt80a-basil-trust-deny-arnequals-short: basil-runtime trusts platform-ops, denied under ArnEquals arn:aws:iam::*",
            r => trustOpsWithDeny(r, "basil", { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
        ),
        stack: "basil",
    },
    // Was a MISS (fixed in round 80): insecure accepted (got []) on dev, same class as rt80a-signer-trust-deny-arnlike-short (trust Deny read
    // through engine/trustDeny.ts clauseSurelyHolds globSubsumes).
    {
        ...edit(
            "rt80a-dev-trust-deny-arnlike-short: the dev runtime role trusts platform-ops, denied under ArnLike arn:aws:iam::*",
            r => trustOpsWithDeny(r, "dev", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
        ),
        stack: "dev",
    },
    // Was a MISS (fixed in round 80): insecure accepted (got []) on cross-account, same class as rt80a-signer-trust-deny-arnlike-short (trust Deny read
    // through engine/trustDeny.ts clauseSurelyHolds globSubsumes).
    {
        ...edit(
            "rt80a-xacct-trust-deny-arnlike-short: the cross-account runtime role trusts platform-ops, denied under ArnLike arn:aws:iam::*",
            r => trustOpsWithDeny(r, "cross-account", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
        ),
        stack: "cross-account",
    },
    // Was a MISS (fixed in round 80): insecure accepted (got []) on trust-domain, same class as rt80a-signer-trust-deny-arnlike-short (trust Deny read
    // through engine/trustDeny.ts clauseSurelyHolds globSubsumes).
    {
        ...edit(
            "rt80a-td-trust-deny-arnlike-short: the trust-domain runtime role trusts platform-ops, denied under ArnLike arn:aws:iam::*",
            r => trustOpsWithDeny(r, "trust-domain", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
        ),
        stack: "trust-domain",
    },
    // A trust Deny of platform-ops only in another Region: it still assumes the role from eu-west-1.
    edit("rt80a-signer-trust-deny-region: the signer trusts platform-ops, denied only in us-east-1", r =>
        trustOpsWithDeny(r, "prod", { StringEquals: { "aws:RequestedRegion": "us-east-1" } }),
    ),
    // The identity-policy twin (model/conditions.ts denySurelyHoldsFor reads only wildcard-free pins).
    ops("rt80a-deny-arnlike-short", "may Decrypt share-1; its Deny kms:* under ArnLike PrincipalArn arn:aws:iam::*", [
        DECRYPT,
        deny("kms:*", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
    ]),
    // ======== Neighbours of the round-80 fixes (insecure).
    // ARN operators match segment by segment (model/glob.ts arnPatternMatches): `arn:aws:iam:*:role/<it>` has five
    // segments (its * would have to span the empty region and the account), so it matches no ARN (IAM User Guide,
    // "Condition operators", ARN condition operators; iam.cloudcopilot.io, "ArnLike") and the key's Deny never applies.
    edit(
        "rt80a-key-deny-arnlike-region-span-fix80: share-1's policy denies the ops role under ArnLike arn:aws:iam:*:role/<it>",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsRegionSpan",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-key-deny-arnlike-region-span-fix80") },
                Action: "kms:*",
                Resource: "*",
                Condition: {
                    ArnLike: { "aws:PrincipalArn": "arn:aws:iam:*:role/rt80a-key-deny-arnlike-region-span-fix80" },
                },
            });
            opsRole(r, "prod", A, "rt80a-key-deny-arnlike-region-span-fix80", [DECRYPT]);
        },
    ),
    // The trust twin with an account prefix: `arn:aws:iam::<account>*` has five segments, the Deny never applies and
    // platform-ops becomes the signer.
    edit(
        "rt80a-signer-trust-deny-arnlike-account-fix80: the signer trusts platform-ops, denied under ArnLike arn:aws:iam::111…*",
        r => trustOpsWithDeny(r, "prod", { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}*` } }),
    ),
    // The Allow side: a six-segment ArnLike pattern that matches the holder leaves its Allow in force.
    ops(
        "rt80a-allow-pinned-arnlike-six-fix80",
        "may Decrypt share-1 under ArnLike PrincipalArn arn:aws:iam::*:role/*",
        [allow("kms:Decrypt", SHARE1, { Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/*" } } })],
    ),
    // kms:CallerAccount is absent from a DynamoDB request and a positive operator on a missing key is false (IAM User
    // Guide, "Condition operators"): this Deny never applies, the GetItem lives.
    ops(
        "rt80a-deny-eq-calleraccount-dynamodb-fix80",
        "may GetItem the keystore; its Deny dynamodb:* if CallerAccount = own",
        [GET, deny("dynamodb:*", { StringEquals: { "kms:CallerAccount": A } })],
    ),
    // Split by service: the Deny takes the role's DynamoDB calls (key absent) but not its KMS ones (CallerAccount is its
    // own account, so StringNotEquals is false): the Decrypt of share-1 lives.
    ops(
        "rt80a-deny-noteq-calleraccount-mixed-fix80",
        "may Decrypt share-1; its Deny kms:* and dynamodb:* unless CallerAccount = own",
        [DECRYPT, deny(["kms:*", "dynamodb:*"], { StringNotEquals: { "kms:CallerAccount": A } })],
    ),
    // StringNotEqualsIgnoreCase compares without case (IAM User Guide, "Condition operators"): its own ARN in capitals
    // is its own ARN, the Deny never applies.
    ops(
        "rt80a-deny-noteq-ignorecase-caps-fix80",
        "may Decrypt share-1; its Deny unless PrincipalArn = its ARN in CAPS (ignoring case)",
        [
            DECRYPT,
            deny("kms:*", {
                StringNotEqualsIgnoreCase: { "aws:PrincipalArn": opsArn("RT80A-DENY-NOTEQ-IGNORECASE-CAPS-FIX80") },
            }),
        ],
    ),
    // The holder glob is the role's own ARN with its path (model/conditions.ts holderValuesGlob): a role under /ops/
    // matches ArnNotLike role/*/<its name> (any path), so the clause is false for it and its Deny never applies.
    edit("rt80a-deny-notlike-own-path-fix80: a role under /ops/ may Decrypt share-1; its Deny unless role/*/<it>", r =>
        pathed(r, "rt80a-deny-notlike-own-path-fix80", "/ops/", [
            DECRYPT,
            deny("kms:*", {
                ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*/rt80a-deny-notlike-own-path-fix80` },
            }),
        ]),
    ),
    // ======== The other stacks.
    opsIn("curity", "rt80a-curity-deny-not-own-listed", "may GetItem curity-sessions; its Deny unless [itself]", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/curity-sessions`),
        deny("dynamodb:*", {
            ArnNotEquals: { "aws:PrincipalArn": opsArn("rt80a-curity-deny-not-own-listed", ACCOUNT.curity) },
        }),
    ]),
    opsIn(
        "basil",
        "rt80a-basil-deny-notlike-account",
        "may Decrypt key/*; its Deny unless PrincipalAccount like 1111*",
        [
            allow("kms:Decrypt", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
            deny("kms:*", { StringNotLike: { "aws:PrincipalAccount": "1111*" } }),
        ],
    ),
    opsIn(
        "cross-account",
        "rt80a-xacct-deny-own-account",
        "may Scan my-table; its Deny unless PrincipalAccount = own",
        [
            allow("dynamodb:Scan", `arn:aws:dynamodb:us-east-1:${ACCOUNT["cross-account"]}:table/my-table`),
            deny("dynamodb:*", { StringNotEquals: { "aws:PrincipalAccount": ACCOUNT["cross-account"] } }),
        ],
    ),
    opsIn(
        "pod-identity",
        "rt80a-podid-deny-region-and",
        "may GetItem the keystore; its Deny unless break-glass in us-east-1",
        [
            allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-pod-identity-keystore`),
            deny("dynamodb:*", {
                ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS },
                StringEquals: { "aws:RequestedRegion": "us-east-1" },
            }),
        ],
    ),
    opsIn("dev", "rt80a-dev-deny-notlike-own", "may Decrypt key/*; its Deny unless PrincipalArn like *rt80a*", [
        allow("kms:Decrypt", `arn:aws:kms:*:${ACCOUNT.dev}:key/*`),
        deny("kms:*", { StringNotLike: { "aws:PrincipalArn": "*rt80a*" } }),
    ]),
    // Round 81 neighbours of rt80a-s-user-deny-unless-breakglass (model/conditions.ts userPrincipalArnGlobs). The
    // exempt ARN is the user itself under a path: the same user (IAM names are unique per account, the path aside),
    // so the Deny does not surely hold.
    edit(
        "rt80a-i-user-deny-unless-self-path-fix81: a user may Decrypt share-1; its Deny unless PrincipalArn is itself under /team/",
        r =>
            userWith(r, "rt80a-i-user-self-path", [
                DECRYPT,
                deny("kms:*", {
                    ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:user/team/rt80a-i-user-self-path` },
                }),
            ]),
    ),
    // The exempt pattern is the account's federated-user sessions (IAM User Guide, aws:PrincipalArn of "AWS STS
    // federated user sessions"): the user's own GetFederationToken session is exempt and decrypts.
    edit(
        "rt80a-i-user-deny-unless-federated-fix81: a user may Decrypt share-1; its Deny unless PrincipalArn is a federated user",
        r =>
            userWith(r, "rt80a-i-user-federated", [
                DECRYPT,
                deny("kms:*", { ArnNotLike: { "aws:PrincipalArn": `arn:aws:sts::${A}:federated-user/*` } }),
            ]),
    ),
    // StringNotEqualsIgnoreCase of the user's ARN in capitals: the user itself, exempt.
    edit(
        "rt80a-i-user-deny-unless-self-caps-fix81: a user may Decrypt share-1; its Deny unless PrincipalArn is itself (CAPS, IgnoreCase)",
        r =>
            userWith(r, "rt80a-i-user-self-caps", [
                DECRYPT,
                deny("kms:*", {
                    StringNotEqualsIgnoreCase: { "aws:PrincipalArn": `arn:aws:iam::${A}:user/RT80A-I-USER-SELF-CAPS` },
                }),
            ]),
    ),
];

const secure: StackCase[] = [
    // A negated operator is true when the key's value matches none of the values, and IfExists changes nothing for a
    // key every request carries (IAM User Guide, "Condition operators"): for the ops role the Deny holds.
    ops("rt80a-s-deny-noteq-ifexists-breakglass", "may Decrypt share-1; its Deny unless break-glass (IfExists)", [
        DECRYPT,
        deny("kms:*", { ArnNotEqualsIfExists: { "aws:PrincipalArn": BREAKGLASS } }),
    ]),
    ops("rt80a-s-deny-noteq-other-account", "may GetItem the keystore; its Deny unless PrincipalAccount = 999", [
        GET,
        deny("dynamodb:*", { StringNotEquals: { "aws:PrincipalAccount": "999999999999" } }),
    ]),
    // kms:CallerAccount is absent from a DynamoDB request (KMS Developer Guide, "AWS KMS condition keys"); "If the
    // policy condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is
    // not present, the condition is true" (IAM User Guide, "Condition operators"). So this Deny takes every DynamoDB
    // call of the role: the GetItem is dead.
    // Was a MISS (fixed in round 80): secure refused (custody-effective-access "allows dynamodb:GetItem on ...table/custody-prod-keystore ...: no
    // workload of the custody model has this identity"). model/conditions.ts denySurelyHoldsFor returns false for any
    // Deny with a kms:CallerAccount clause unless every action is kms: (the round-79 kmsOnly guard), before
    // negatedExcludingHolder is asked; that guard is right for positive operators only. A negated operator on a key the
    // request lacks is true, so for non-KMS actions the clause surely holds. Fix (general): per clause, a service key
    // absent from the action's service is "surely true" under a negated operator (and surely false under a positive
    // one); split the Deny by action service instead of refusing the whole statement. Low (fail closed).
    ops(
        "rt80a-s-deny-noteq-calleraccount-dynamodb",
        "may GetItem the keystore; its Deny dynamodb:* unless CallerAccount = 999",
        [GET, deny("dynamodb:*", { StringNotEquals: { "kms:CallerAccount": "999999999999" } })],
    ),
    // The holder is not under /breakglass/: ArnNotLike role/breakglass/* is true for it.
    // Was a MISS (fixed in round 80): secure refused (share-custody, custody-effective-access, custody-share-rings: the ops role may Decrypt
    // share-1). model/conditions.ts holderValuesGlob widens the holder's aws:PrincipalArn to
    // `arn:aws:iam::111...:role/*<name>` (any path, and any name ending in <name>), which meets role/breakglass/*,
    // so negatedExcludingHolder cannot tell the pattern excludes it. The role's path is known (its `path` input or
    // its ARN). Fix (general): build the holder glob from the role's own ARN when the stack knows it (path included),
    // keeping the any-path widening only for an unknown path. Low (fail closed).
    ops("rt80a-s-deny-notlike-other-path", "may Decrypt share-1; its Deny unless PrincipalArn like role/breakglass/*", [
        DECRYPT,
        deny("kms:*", { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/breakglass/*` } }),
    ]),
    // StringNotEquals is case-sensitive (IAM User Guide, "Condition operators": StringEquals "Exact matching, case
    // sensitive", StringNotEquals its negation); the role's aws:PrincipalArn is its ARN as created, lower case, so a
    // value in capitals differs and the Deny holds.
    // Was a MISS (fixed in round 80): secure refused (share-custody, custody-effective-access, custody-share-rings). model/conditions.ts
    // mayBeHolder compares values case-blind ("any case or path") for every operator, so a case-sensitive
    // StringNotEquals / ArnNotEquals value that differs from the holder's ARN only in case is read as possibly the
    // holder and negatedExcludingHolder keeps the Deny conditional. Fix (general): compare by the operator's own case
    // rule (exact for StringNotEquals/ArnNotEquals, blind only for ...IgnoreCase), as denySurelyHoldsFor already does
    // for positive pins (strictPin caseBlind). Low (fail closed).
    ops(
        "rt80a-s-deny-noteq-own-caps",
        "may Decrypt share-1; its Deny unless PrincipalArn = its ARN in CAPS (case-sensitive)",
        [DECRYPT, deny("kms:*", { StringNotEquals: { "aws:PrincipalArn": opsArn("RT80A-S-DENY-NOTEQ-OWN-CAPS") } })],
    ),
    // An IAM user's aws:PrincipalArn is its user ARN (IAM User Guide, "AWS global condition context keys"), never the
    // break-glass role's: the Deny holds for the user.
    // Was a MISS (fixed in round 81): secure refused (share-custody, custody-effective-access "user rt80a-s-user ... allows kms:Decrypt",
    // custody-share-rings). model/document.ts ownerValue knows aws:PrincipalArn only for a role owner, so an IAM user's
    // own Deny "unless PrincipalArn is break-glass" is never read as holding, though a user's aws:PrincipalArn is its
    // user ARN (IAM User Guide, "AWS global condition context keys"). Fix (general): give ownerValue the user's ARN
    // for a user owner (never for a group: its members vary). Low (fail closed).
    // Still open (round 80): a user's policy also serves its federated-user sessions (GetFederationToken), whose
    // aws:PrincipalArn is arn:aws:sts::<account>:federated-user/<name>, not the user ARN (engine/build.ts ownerOf says
    // so), so the fix needs ownerValue to give a SET of holder values (user ARN and its federated-user ARNs) and the
    // negated reading to require every value to differ from each; not done for time.
    // Round 81: model/conditions.ts userPrincipalArnGlobs gives a user holder its ARN (any path) and its federated-user
    // sessions' (arn:aws:sts::<account>:federated-user/*); a negated clause holds when no value may match either.
    edit(
        "rt80a-s-user-deny-unless-breakglass: a user may Decrypt share-1; its Deny unless PrincipalArn is break-glass",
        r =>
            userWith(r, "rt80a-s-user", [DECRYPT, deny("kms:*", { ArnNotEquals: { "aws:PrincipalArn": BREAKGLASS } })]),
    ),
    // share-1's policy denies Decrypt to everyone but the signer (ArnNotEquals aws:PrincipalArn, as the IAM User Guide's
    // "NotPrincipal" page recommends instead of NotPrincipal): the ops role's IAM Decrypt is dead (explicit deny wins:
    // "Policy evaluation logic").
    edit("rt80a-s-key-deny-unless-signer: share-1's policy denies Decrypt unless PrincipalArn is the signer", r => {
        share1Policy(r, {
            Sid: "DenyDecryptUnlessSigner",
            Effect: "Deny",
            Principal: "*",
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } },
        });
        opsRole(r, "prod", A, "rt80a-s-key-deny-unless-signer", [DECRYPT]);
    }),
    // The keystore's policy denies everyone but the signer: the ops role's GetItem is dead.
    edit(
        "rt80a-s-keystore-deny-unless-signer: the keystore's policy denies dynamodb:* unless PrincipalArn is the signer",
        r => {
            keystorePolicy(r, {
                Effect: "Deny",
                Principal: "*",
                Action: "dynamodb:*",
                Resource: [KEYSTORE, `${KEYSTORE}/*`],
                Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } },
            });
            opsRole(r, "prod", A, "rt80a-s-keystore-deny-unless-signer", [GET]);
        },
    ),
    // StringLike is plain string matching, its * spans any characters, colons included (IAM User Guide, "Condition
    // operators", StringLike: "multi-character match wildcard (*) ... anywhere in the string"): `arn:aws:iam::*` matches
    // the ops role's ARN, so share-1's Deny holds and its IAM Decrypt is dead.
    edit(
        "rt80a-s-key-deny-stringlike-span: share-1's policy denies the ops role kms:* under StringLike arn:aws:iam::*",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsStringLike",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-s-key-deny-stringlike-span") },
                Action: "kms:*",
                Resource: "*",
                Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*" } },
            });
            opsRole(r, "prod", A, "rt80a-s-key-deny-stringlike-span", [DECRYPT]);
        },
    ),
    // An Allow pinned to the account's USERS never holds for a role: its aws:PrincipalArn is arn:...:role/<name>
    // (IAM User Guide, "AWS global condition context keys"), which arn:aws:iam::111...:user/* cannot match.
    ops("rt80a-s-allow-pinned-users-like", "may Decrypt share-1 only under ArnLike PrincipalArn user/*", [
        allow("kms:Decrypt", SHARE1, { Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:user/*` } } }),
    ]),
    // The trust mirror: StringLike arn:aws:iam::* matches platform-ops's ARN (string wildcard spans colons), so the
    // trust Deny holds and the added Allow is dead.
    edit(
        "rt80a-s-signer-trust-deny-stringlike: the signer trusts platform-ops, denied under StringLike arn:aws:iam::*",
        r => trustOpsWithDeny(r, "prod", { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*" } }),
    ),
    // ArnLike with all six segments present matches it too.
    edit(
        "rt80a-s-signer-trust-deny-arnlike-six: the signer trusts platform-ops, denied under ArnLike arn:aws:iam::*:role/*",
        r => trustOpsWithDeny(r, "prod", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/*" } }),
    ),
    // The negated mirror of the ARN-segment class: "Deny Decrypt unless ArnNotLike [signer, arn:aws:iam::*]". The
    // five-segment pattern matches nothing (iam.cloudcopilot.io, "ArnNotLike": segment-wise, wildcards cannot span a
    // segment), so for the ops role the clause is true and the key policy's Deny holds: its IAM Decrypt is dead.
    // MISS: secure refused (share-custody, custody-effective-access, custody-share-rings: the ops role may Decrypt
    // share-1). engine/trustDeny.ts clauseSurelyHolds reads `arn:aws:iam::*` with globSubsumes as matching the ops
    // role, so ArnNotLike is false and the Deny is not applied. Same fix as rt80a-key-deny-arnlike-short (segment-wise
    // ARN matching). Low (fail closed).
    // DECIDED (round 80): stays refused. The positive reading is fixed (ArnLike/ArnEquals match segment-wise, a
    // five-segment value matches nothing), but how a NEGATED ARN operator reads a malformed value is not documented:
    // @cloud-copilot/iam-simulate (condition/arn/ArnNotLike.js) reads the whole ArnNotLike clause as false when one of
    // its values is no six-segment ARN, so the Deny may never apply. trustDeny.ts arnClauseSurelyHolds and
    // conditions.ts negatedExcludingHolder therefore do not take such a clause as holding (fail closed).
    edit(
        "rt80a-s-key-deny-unless-signer-arnnotlike-short: share-1 denies Decrypt unless ArnNotLike [signer, arn:aws:iam::*]",
        r => {
            share1Policy(r, {
                Sid: "DenyDecryptUnlessSignerShort",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": [SIGNER, "arn:aws:iam::*"] } },
            });
            opsRole(r, "prod", A, "rt80a-s-key-deny-unless-signer-arnnotlike-short", [DECRYPT]);
        },
    ),
    // An identity Allow pinned by ArnLike to a five-segment pattern never holds (it matches no ARN).
    // Was a MISS (fixed in round 80): secure refused (share-custody, custody-effective-access, custody-share-rings). model/conditions.ts
    // patternsExcludeHolder asks globsIntersect (a whole-string glob) whether `arn:aws:iam::*` may meet the holder's
    // ARN; it may as a string, so allowNeverHoldsFor keeps the Allow. Same fix as rt80a-key-deny-arnlike-short
    // (ARN operators match segment-wise). Low (fail closed).
    ops("rt80a-s-allow-pinned-arnlike-short", "may Decrypt share-1 only under ArnLike PrincipalArn arn:aws:iam::*", [
        allow("kms:Decrypt", SHARE1, { Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } } }),
    ]),
    // Unconditional Denies whose Resource covers the Allow's (IAM User Guide, "Policy evaluation logic").
    ops(
        "rt80a-s-deny-cover-any-region",
        "may GetItem the keystore; a Deny dynamodb:* on table/custody-* of any Region",
        [GET, { Effect: "Deny", Action: "dynamodb:*", Resource: `arn:aws:dynamodb:*:${A}:table/custody-*` }],
    ),
    ops("rt80a-s-deny-cover-question", "may Decrypt share-1; a Deny kms:Decrypt on key/48163296-????-*", [
        DECRYPT,
        { Effect: "Deny", Action: "kms:Decrypt", Resource: `arn:aws:kms:eu-west-1:${A}:key/48163296-????-*` },
    ]),
    opsIn("basil", "rt80a-s-basil-deny-noteq-other", "may Decrypt key/*; its Deny unless PrincipalArn is break-glass", [
        allow("kms:Decrypt", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
        deny("kms:*", { ArnNotEquals: { "aws:PrincipalArn": opsArn("rt80a-breakglass", ACCOUNT.basil) } }),
    ]),
    opsIn("pod-identity", "rt80a-s-podid-deny-noteq-other", "may GetItem the keystore; its Deny unless break-glass", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-pod-identity-keystore`),
        deny("dynamodb:*", { StringNotEqualsIfExists: { "aws:PrincipalArn": BREAKGLASS } }),
    ]),
    // ======== Neighbours of the round-80 fixes (secure).
    // A six-segment ArnLike pattern with `?` runs in the account and a * in the resource matches the ops role (each
    // segment globbed on its own: IAM User Guide, "Condition operators", ARN condition operators): the Deny holds.
    edit(
        "rt80a-s-key-deny-arnlike-questions-fix80: share-1's policy denies the ops role under ArnLike arn:aws:iam::????????????:role/rt80a-*",
        r => {
            share1Policy(r, {
                Sid: "DenyOpsQuestions",
                Effect: "Deny",
                Principal: { AWS: opsArn("rt80a-s-key-deny-arnlike-questions-fix80") },
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::????????????:role/rt80a-*" } },
            });
            opsRole(r, "prod", A, "rt80a-s-key-deny-arnlike-questions-fix80", [DECRYPT]);
        },
    ),
    // kms:CallerAccount negated, split by service: on KMS actions the role's account is not 999 (true), on DynamoDB ones
    // the key is absent (true: IAM User Guide, "Condition operators"): both Allows are dead.
    ops(
        "rt80a-s-deny-noteq-calleraccount-mixed-fix80",
        "may Decrypt share-1 and GetItem the keystore; its Deny kms:* and dynamodb:* unless CallerAccount = 999",
        [DECRYPT, GET, deny(["kms:*", "dynamodb:*"], { StringNotEquals: { "kms:CallerAccount": "999999999999" } })],
    ),
    // StringNotEquals is case-sensitive: break-glass and the role's own ARN in capitals both differ from its ARN.
    ops(
        "rt80a-s-deny-noteq-caps-listed-fix80",
        "may Decrypt share-1; its Deny unless PrincipalArn is break-glass or its ARN in CAPS",
        [
            DECRYPT,
            deny("kms:*", {
                StringNotEquals: { "aws:PrincipalArn": [BREAKGLASS, opsArn("RT80A-S-DENY-NOTEQ-CAPS-LISTED-FIX80")] },
            }),
        ],
    ),
    // A role under /team/ is not under /breakglass/ (its ARN carries its path: IAM User Guide, "IAM identifiers"): the
    // Deny holds for it.
    edit(
        "rt80a-s-deny-notlike-pathed-other-fix80: a role under /team/ may Decrypt share-1; its Deny unless role/breakglass/*",
        r =>
            pathed(r, "rt80a-s-deny-notlike-pathed-other-fix80", "/team/", [
                DECRYPT,
                deny("kms:*", { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/breakglass/*` } }),
            ]),
    ),
    // Round 81 neighbour: the exempt pattern names break-glass roles only (role/rt80a-breakglass*): neither the user's
    // ARN nor a federated-user session's can match it, so the Deny holds for the user.
    edit(
        "rt80a-s-user-deny-unless-breakglass-like-fix81: a user may Decrypt share-1; its Deny unless PrincipalArn like role/rt80a-breakglass*",
        r =>
            userWith(r, "rt80a-s-user-like", [
                DECRYPT,
                deny("kms:*", { ArnNotLike: { "aws:PrincipalArn": `${BREAKGLASS}*` } }),
            ]),
    ),
];

/** The misses (their MISS comments say why): skipped. */
const MISSES = new Set<string>(["rt80a-s-key-deny-unless-signer-arnnotlike-short"]);
const marked = (cases: StackCase[]): StackCase[] =>
    cases.map(c => (MISSES.has(c.name.split(":")[0]) ? { ...c, skip: true } : c));

describeVariants(
    "red team 80: aws (negated caller pins, covering Denies, key and table policy Denies)",
    marked(insecure),
    marked(secure),
);
