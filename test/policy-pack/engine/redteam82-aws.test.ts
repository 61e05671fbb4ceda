// Red-team round 82, aws: effective access to the custody assets (share keys, custody tables) and to the runtime roles
// on every committed stack (prod, dev, basil, curity, cross-account, trust-domain, pod-identity), probing the
// neighbours of the round-81 AWS fixes (one Resource-element matcher, NotResource, NotPrincipal, IAM user sessions).
// Probed: identity Denies by NotResource (a `?` or a segment-ending `*` listing share-1, lists naming it, Encrypt-only,
// conditioned, two lists, the keystore spared, a Region prefix) and Allows by NotResource (another account, another
// partition); Resource Denies that cover less (key id in capitals, another partition, role/<name>/*, an IAM ARN with a
// Region, a `?` run one short); permissions boundaries (NotResource Allows, a Deny on a colon span, a spanning account
// `*`, a SourceIp-conditioned Allow, a Deny of another Region, five-segment KMS/DynamoDB patterns whose segment-ending
// `*` spans the account); key-policy NotPrincipal Denies (the role and its account, a federated user of an ops user,
// assumed-role/<role>/*) and ArnNotLike federated-user/*; the user's own Deny by aws:userid against its federated
// sessions; runtime-role trusts naming IAM users (MFA, the account root with ArnLike user/*, a Deny only without MFA);
// attachment forms (RolePolicyAttachmentsExclusive, a group's PolicyAttachment through UserGroupMembership); a table
// policy Deny by NotResource of indexes; per-resource Region (basil's us-east-1 keys, a Pod Identity association
// in another Region, the keystore's name in a Region without it); the NotResource class on dev, basil, curity,
// cross-account, trust-domain and pod-identity (iam:PassRole for CreatePodIdentityAssociation). Secure mirrors:
// NotResource Denies that cover, action-name case, `?` runs, `arn:*`, boundaries that cap (aliases only, Deny of
// key/*, Deny kms:* on *, another account), NotPrincipal naming a same-name user or a bounded role, a trust Deny
// leaving only federated-user sessions (which cannot call AssumeRole), a role's aws:userid.
// Misses (4 insecure accepted, 5 secure refused):
// - boundary Resource patterns padded KMS-wise after their last segment (model/boundary.ts kmsSegments/patternsMeet),
//   so a five-segment boundary Allow (or identity Allow under a boundary) whose segment-ending `*` spans the account
//   is read as meeting no key (4): rt82a-boundary-kms-region-span, rt82a-boundary-kms-region-span-keyid,
//   rt82a-basil-boundary-kms-region-span, rt82a-boundary-identity-region-span.
// - boundary Denies subtracted only on `Resource: "*"` (model/boundary.ts deniesEverywhere) (1, fail closed):
//   rt82a-s-boundary-deny-keys.
// - NotPrincipal: the required account ARN read as exempting every principal of the account, and a bounded role read
//   as exemptable (engine/trustDeny.ts notPrincipalSurelyOmits) (2, fail closed): rt82a-s-key-notprincipal-same-name-user,
//   rt82a-s-key-notprincipal-bounded-role.
// - Pod Identity associations compared without their Region (rules/serviceaccount-role-agree.ts) (1, fail closed):
//   rt82a-s-podid-association-other-region.
// - a role holder's aws:userid unknown (model/conditions.ts) (1, fail closed): rt82a-s-role-deny-unless-federated-userid.
// Held: 40 of 44 insecure refused; 11 of 16 secure clean.
import { addStatements, describeVariants, doc, find, prop, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, ANCHOR, allow, beside, opsRole } from "./awsCaseBuilders";

const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE = "aws:iam/role:Role";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const DECRYPT = allow("kms:Decrypt", SHARE1);
const GET = allow("dynamodb:GetItem", KEYSTORE);

const edit = (name: string, e: (r: Resources) => void, stack = "prod"): StackCase => ({ name, stack, edit: e });
/** A prod ops role holding `statements`. */
const ops = (id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, "prod", A, id, statements));
const opsArn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`;
/** An ops role of `stack` (its account) holding `statements`. */
const opsIn = (stack: string, id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, stack, ACCOUNT[stack], id, statements), stack);
/** An unconditional Deny of `actions` on `resource`. */
const denyOn = (actions: string | string[], resource: string | string[]) => ({
    Effect: "Deny",
    Action: actions,
    Resource: resource,
});
/** A Deny of `actions` on every resource but `notResource` (IAM User Guide, "IAM JSON policy elements: NotResource"). */
const denyBut = (actions: string | string[], notResource: string | string[], extra: object = {}) => ({
    Effect: "Deny",
    Action: actions,
    NotResource: notResource,
    ...extra,
});
/** Adds `statements` to share-1's key policy. */
const share1Policy = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, KEY, "signer-shares-share-1"), "policy", ...statements);
/** An account-111 managed policy of `statements`. */
const managed = (r: Resources, name: string, statements: object[]) =>
    beside(r, "prod", "aws:iam/policy:Policy", name, {
        name,
        path: "/",
        arn: `arn:aws:iam::${A}:policy/${name}`,
        policy: doc(...statements),
    });
/**
 * A prod ops role holding `statements` under a permissions boundary of `boundary` (IAM User Guide, "Permissions
 * boundaries for IAM entities": the effective permissions are the intersection of the identity policies and the
 * boundary).
 */
const bounded = (r: Resources, name: string, statements: object[], boundary: object[]) => {
    managed(r, `${name}-boundary`, boundary);
    opsRole(r, "prod", A, name, statements);
    setProp(find(r, ROLE, name), "permissionsBoundary", `arn:aws:iam::${A}:policy/${name}-boundary`);
};
/** An IAM user of `account` with an inline policy of `statements`. */
const userWith = (r: Resources, stack: string, name: string, statements: object[]) => {
    const account = ACCOUNT[stack];
    beside(r, stack, "aws:iam/user:User", name, { name, path: "/", arn: `arn:aws:iam::${account}:user/${name}` });
    beside(r, stack, "aws:iam/userPolicy:UserPolicy", `${name}-p`, {
        name: `${name}-p`,
        user: name,
        policy: doc(...statements),
    });
};
/** `stack`'s anchor (runtime) role's ARN. */
const anchorArn = (r: Resources, stack: string) => String(prop(find(r, ANCHOR[stack][0], ANCHOR[stack][1]), "arn"));
/** `stack`'s anchor (runtime) role's trust policy with `statements` added. */
const trust = (r: Resources, stack: string, ...statements: object[]) =>
    addStatements(find(r, ANCHOR[stack][0], ANCHOR[stack][1]), "assumeRolePolicy", ...statements);

const insecure: StackCase[] = [
    // ======== Deny by NotResource (round-81 fix: an unconditional NotResource Deny narrows Allows to what it lists).
    // A Deny with NotResource applies to every resource NOT matched by the list (IAM User Guide, "IAM JSON policy
    // elements: NotResource"); `?` stands for one character of the key id (IAM User Guide, "IAM JSON policy elements:
    // Resource", wildcards), so share-1 is listed, the Deny spares it and the Decrypt stays.
    ops("rt82a-deny-notresource-share-question", "may Decrypt share-1; a Deny kms:* NotResource key/4816329?-*", [
        DECRYPT,
        denyBut("kms:*", `arn:aws:kms:eu-west-1:${A}:key/4816329?-*`),
    ]),
    // A `*` ending the pattern expands past colons (IAM User Guide, "Resource": "If the * wildcard is the last
    // character of a resource ARN segment, it can expand to match beyond the colon boundaries"): every key of the
    // account is listed and spared.
    ops(
        "rt82a-deny-notresource-account-star-end",
        "may Decrypt share-1; a Deny kms:* NotResource ...:eu-west-1:1111*",
        [DECRYPT, denyBut("kms:*", `arn:aws:kms:eu-west-1:1111*`)],
    ),
    // A list of NotResource values: a resource matching ANY of them is spared (NotResource), share-1 is the second.
    ops("rt82a-deny-notresource-list-share", "may Decrypt share-1; a Deny kms:* NotResource [alias/*, share-1]", [
        DECRYPT,
        denyBut("kms:*", [`arn:aws:kms:eu-west-1:${A}:alias/*`, SHARE1]),
    ]),
    // The Deny's Action is kms:Encrypt only: Decrypt is not denied anywhere (IAM User Guide, "Policy evaluation
    // logic": a Deny applies to the actions it names).
    ops("rt82a-deny-notresource-encrypt-only", "may Decrypt share-1; a Deny kms:Encrypt NotResource alias/*", [
        DECRYPT,
        denyBut("kms:Encrypt", `arn:aws:kms:*:*:alias/*`),
    ]),
    // A conditioned NotResource Deny does not narrow unconditionally: aws:SourceIp is the caller's address (IAM User
    // Guide, "AWS global condition context keys"), from inside 10/8 the Deny is off.
    ops("rt82a-deny-notresource-sourceip", "may Decrypt share-1; a Deny kms:* NotResource alias/* from outside 10/8", [
        DECRYPT,
        denyBut("kms:*", `arn:aws:kms:*:*:alias/*`, { Condition: { NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }),
    ]),
    // The Deny spares the keystore only (NotResource), and the Allow's table/custody-prod-* reaches the keystore: its
    // items (the encrypted shares) are read.
    ops(
        "rt82a-deny-notresource-spares-keystore",
        "may GetItem custody-prod-*; a Deny dynamodb:* NotResource keystore",
        [
            allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`),
            denyBut("dynamodb:*", KEYSTORE),
        ],
    ),
    // A NotResource `*` ending a segment (`eu-*`) read WIDE for a Deny's NotResource: it matches eu-west-1's keys,
    // so share-1 is spared.
    ops("rt82a-deny-notresource-region-prefix", "may Decrypt share-1; a Deny kms:* NotResource arn:aws:kms:eu-*:...", [
        DECRYPT,
        denyBut("kms:*", `arn:aws:kms:eu-*:${A}:key/*`),
    ]),
    // Two NotResource Denies each narrow to their own list: share-1 is in both lists, so neither denies it.
    ops("rt82a-deny-notresource-two-lists", "may Decrypt share-1; two Denies NotResource [share-1, …]", [
        DECRYPT,
        denyBut("kms:*", [SHARE1, `arn:aws:kms:eu-west-1:${A}:alias/*`]),
        denyBut(["kms:Decrypt", "kms:ReEncrypt*"], [SHARE1, `arn:aws:kms:eu-central-1:${A}:key/*`]),
    ]),
    // An Allow with NotResource of another account's keys reaches every key of 111, share-1 included (NotResource).
    ops("rt82a-allow-notresource-other-account", "may Decrypt every key NotResource 222222222222's keys", [
        { Effect: "Allow", Action: "kms:Decrypt", NotResource: "arn:aws:kms:*:222222222222:key/*" },
    ]),
    // An Allow with NotResource of another partition's ARNs (AWS General Reference, "Amazon Resource Names":
    // the partition segment) reaches every aws-partition key.
    ops("rt82a-allow-notresource-gov-partition", "may Decrypt every key NotResource arn:aws-us-gov:kms:*", [
        { Effect: "Allow", Action: "kms:Decrypt", NotResource: "arn:aws-us-gov:kms:*" },
    ]),
    // ======== Resource-element matcher neighbours (round-81 fix): Denies that cover less than they seem.
    // Resource ARNs compare case-sensitively in their resource part (IAM User Guide, "IAM JSON policy elements:
    // Resource": "Resource ARNs are case sensitive"): a key id in capitals names another key.
    ops("rt82a-deny-key-id-capitals", "may Decrypt key/*; a Deny kms:* on share-1's key id in capitals", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`),
        denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/48163296-803A-4CE6-AD53-A0A0DE26D32E`),
    ]),
    // Another partition's ARNs never name a commercial-partition key.
    ops("rt82a-deny-gov-partition", "may Decrypt key/*; a Deny kms:* on arn:aws-us-gov:kms:*", [
        allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`),
        denyOn("kms:*", "arn:aws-us-gov:kms:*"),
    ]),
    // A role's ARN has no trailing path under its name (IAM User Guide, "IAM identifiers"): role/custody-prod-signer/*
    // matches no role named custody-prod-signer, so the Deny leaves iam:UpdateAssumeRolePolicy of the runtime role
    // (rewrite its trust, become it).
    ops("rt82a-deny-role-trailing-path", "may rewrite the signer's trust; a Deny iam:* on role/custody-prod-signer/*", [
        allow("iam:UpdateAssumeRolePolicy", SIGNER),
        denyOn("iam:*", `${SIGNER}/*`),
    ]),
    // The Deny names the IAM service with a Region segment (IAM ARNs have an empty Region: IAM User Guide, "IAM
    // identifiers"); `eu-west-1` never matches the empty segment, so the signer's trust stays rewritable.
    ops("rt82a-deny-iam-region-segment", "may rewrite the signer's trust; a Deny iam:* on arn:aws:iam:eu-west-1:...", [
        allow("iam:UpdateAssumeRolePolicy", SIGNER),
        denyOn("iam:*", `arn:aws:iam:eu-west-1:${A}:role/*`),
    ]),
    // `?` stands for exactly one character (IAM User Guide, "Resource", wildcards): `481632?-` matches a 7-character
    // key-id prefix, and share-1's is 8 characters (48163296), so the Deny misses share-1.
    ops("rt82a-deny-key-question-short", "may Decrypt key/*; a Deny kms:* on key/481632?-* (one character short)", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`),
        denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/481632?-*`),
    ]),
    // ======== Permissions boundaries: a boundary caps only by what its Allows reach (IAM User Guide, "Permissions
    // boundaries for IAM entities").
    // The boundary allows kms:* on every resource but aliases (NotResource): share-1 is inside it.
    edit(
        "rt82a-boundary-notresource-aliases: an ops role may Decrypt share-1 under a boundary NotResource alias/*",
        r =>
            bounded(
                r,
                "rt82a-boundary-notresource-aliases",
                [DECRYPT],
                [{ Effect: "Allow", Action: "kms:*", NotResource: "arn:aws:kms:*:*:alias/*" }],
            ),
    ),
    // The boundary allows everything and denies kms:* on a colon-spanning pattern that matches no key (IAM User
    // Guide, "Resource": wildcards stay within segments unless a `*` ends its segment).
    edit("rt82a-boundary-deny-colon-span: an ops role may Decrypt share-1 under a boundary Deny on a colon span", r =>
        bounded(
            r,
            "rt82a-boundary-deny-colon-span",
            [DECRYPT],
            [allow("*", "*"), denyOn("kms:*", `arn:aws:kms:*${A}:key/*`)],
        ),
    ),
    // The boundary's Allow reaches every key of 111 (a `*` ending the account segment's pattern spans).
    edit(
        "rt82a-boundary-account-star: an ops role may Decrypt share-1 under a boundary kms:* on arn:aws:kms:*:1111*",
        r => bounded(r, "rt82a-boundary-account-star", [DECRYPT], [allow("kms:*", `arn:aws:kms:*:1111*`)]),
    ),
    // ======== NotPrincipal in key policies (round-81 fix: a NotPrincipal Deny applies only when no listed value
    // could exempt the role). NotPrincipal exempts the principals it lists: "the actions specified in the policy
    // statement are explicitly denied to all principals except for the ones specified" (IAM User Guide, "AWS JSON
    // policy elements: NotPrincipal"); listing the role ARN and its account exempts the role.
    edit("rt82a-key-notprincipal-role-and-account: share-1 denies all but [111 root, the ops role]", r => {
        share1Policy(r, {
            Sid: "DenyAllButOps",
            Effect: "Deny",
            NotPrincipal: {
                AWS: [`arn:aws:iam::${A}:root`, opsArn("rt82a-key-notprincipal-role-and-account"), SIGNER],
            },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt82a-key-notprincipal-role-and-account", [DECRYPT]);
    }),
    // An IAM user's federated sessions (GetFederationToken) are principals arn:aws:sts::A:federated-user/NAME (IAM
    // User Guide, "AWS JSON policy elements: Principal", AWS STS federated user principals) and their permissions are
    // the user's policies intersected with the session policy (STS API Reference, GetFederationToken): listing the
    // federated-user ARN exempts a session the user makes, and its Decrypt comes from the user's own policy.
    edit("rt82a-key-notprincipal-federated-user: share-1 denies all but a federated user of an ops IAM user", r => {
        share1Policy(r, {
            Sid: "DenyAllButFederated",
            Effect: "Deny",
            NotPrincipal: {
                AWS: [`arn:aws:iam::${A}:root`, `arn:aws:sts::${A}:federated-user/rt82a-ops`, SIGNER],
            },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        userWith(r, "prod", "rt82a-key-notprincipal-federated-user", [DECRYPT, allow("sts:GetFederationToken", "*")]);
    }),
    // The wildcard in the session part: assumed-role/<ops role>/* exempts every session of the ops role (NotPrincipal
    // takes assumed-role session ARNs: IAM User Guide, "NotPrincipal"); the session name is the caller's choice.
    edit("rt82a-key-notprincipal-session-star: share-1 denies all but assumed-role/<ops role>/*", r => {
        share1Policy(r, {
            Sid: "DenyAllButOpsSessions",
            Effect: "Deny",
            NotPrincipal: {
                AWS: [
                    `arn:aws:iam::${A}:root`,
                    `arn:aws:sts::${A}:assumed-role/rt82a-key-notprincipal-session-star/*`,
                    SIGNER,
                ],
            },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt82a-key-notprincipal-session-star", [DECRYPT]);
    }),
    // ======== Trust policies of the runtime roles trusting IAM users.
    // A user in the trust policy's Principal may call sts:AssumeRole with its long-term keys (IAM User Guide, "AWS
    // JSON policy elements: Principal", IAM user principals); aws:MultiFactorAuthPresent is the user's own MFA
    // sign-in (IAM User Guide, "AWS global condition context keys"), which the user holds.
    edit(
        "rt82a-curity-trust-user-mfa: curity-role trusts an IAM user with MFA",
        r => {
            userWith(r, "curity", "rt82a-curity-ops", [allow("sts:GetCallerIdentity", "*")]);
            trust(r, "curity", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT.curity}:user/rt82a-curity-ops` },
                Action: "sts:AssumeRole",
                Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
            });
        },
        "curity",
    ),
    // The account root with ArnLike user/* picks every IAM user of the account (IAM User Guide, "Principal": an
    // account principal delegates to the account's IAM policies), and the ops user may sts:AssumeRole any role.
    edit(
        "rt82a-td-trust-root-users: the runtime role trusts 444's root, ArnLike user/*",
        r => {
            userWith(r, "trust-domain", "rt82a-td-ops", [allow("sts:AssumeRole", anchorArn(r, "trust-domain"))]);
            trust(r, "trust-domain", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT["trust-domain"]}:root` },
                Action: "sts:AssumeRole",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT["trust-domain"]}:user/*` } },
            });
        },
        "trust-domain",
    ),
    // A trust Deny of the user only when NOT under MFA: the user signs in with MFA and the Deny is off.
    edit(
        "rt82a-basil-trust-user-deny-no-mfa: basil-runtime trusts an IAM user, denied without MFA only",
        r => {
            userWith(r, "basil", "rt82a-basil-ops", [allow("sts:GetCallerIdentity", "*")]);
            trust(
                r,
                "basil",
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT.basil}:user/rt82a-basil-ops` },
                    Action: "sts:AssumeRole",
                },
                {
                    Effect: "Deny",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT.basil}:user/rt82a-basil-ops` },
                    Action: "sts:AssumeRole",
                    Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
                },
            );
        },
        "basil",
    ),
    // ======== Per-resource Region (@pulumi/aws 7 `region`) and the other stacks.
    // A Deny of the eu-west-1 keys while the dev ops role's Allow spans Regions, on dev: same NotResource class.
    opsIn(
        "dev",
        "rt82a-dev-deny-notresource-own-keys",
        "may Decrypt key/*; a Deny kms:* NotResource its account's keys",
        [
            allow("kms:Decrypt", `arn:aws:kms:*:${ACCOUNT.dev}:key/*`),
            denyBut("kms:*", `arn:aws:kms:*:${ACCOUNT.dev}:key/*`),
        ],
    ),
    // basil's keys live in us-east-1: a NotResource Deny listing us-east-1 spares them.
    opsIn("basil", "rt82a-basil-deny-notresource-region", "may Sign with key/*; a Deny kms:* NotResource us-east-1", [
        allow(["kms:Sign", "kms:Decrypt"], `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
        denyBut("kms:*", `arn:aws:kms:us-east-1:*`),
    ]),
    opsIn("curity", "rt82a-curity-deny-notresource-table", "may GetItem curity-*; a Deny NotResource table/curity-*", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/curity-*`),
        denyBut("dynamodb:*", `arn:aws:dynamodb:*:*:table/curity-*`),
    ]),
    opsIn("cross-account", "rt82a-xacct-deny-notresource-table", "may Scan my-table; a Deny NotResource table/my-*", [
        allow("dynamodb:Scan", `arn:aws:dynamodb:us-east-1:${ACCOUNT["cross-account"]}:table/my-table`),
        denyBut("dynamodb:*", `arn:aws:dynamodb:us-east-1:${ACCOUNT["cross-account"]}:table/my-*`),
    ]),
    opsIn("trust-domain", "rt82a-td-boundaryless-deny-notresource", "may Decrypt key/*; a Deny NotResource key/*", [
        allow("kms:Decrypt", `arn:aws:kms:us-east-1:${ACCOUNT["trust-domain"]}:key/*`),
        denyBut("kms:*", `arn:aws:kms:us-east-1:${ACCOUNT["trust-domain"]}:key/*`),
    ]),
    // pod-identity: a Deny of PassRole NotResource the runtime role spares it (NotResource), so the ops role
    // associates the signer role with a service account of its choosing (EKS User Guide, "EKS Pod Identity":
    // CreatePodIdentityAssociation needs iam:PassRole of the role).
    opsIn(
        "pod-identity",
        "rt82a-podid-deny-passrole-notresource",
        "may associate and pass the signer role; a Deny iam:PassRole NotResource role/custody-*",
        [
            allow("eks:CreatePodIdentityAssociation", `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`),
            allow("iam:PassRole", `arn:aws:iam::${A}:role/custody-pod-identity-signer`),
            denyBut("iam:PassRole", `arn:aws:iam::${A}:role/custody-*`),
        ],
    ),
    // ======== Batch 2: attachment forms, caller ids of IAM users' sessions, boundaries with conditions.
    // aws:userid of a federated-user session is "account:caller-specified-name" (IAM User Guide, "AWS global condition
    // context keys", aws:userid): the user's own Deny "unless userid 111111111111:*" spares every session it makes
    // with GetFederationToken, whose permissions are the user's policy (STS API Reference, GetFederationToken).
    edit("rt82a-user-deny-unless-federated-userid: an ops user may Decrypt share-1; its Deny unless userid 111:*", r =>
        userWith(r, "prod", "rt82a-user-deny-unless-federated-userid", [
            DECRYPT,
            allow("sts:GetFederationToken", "*"),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotLike: { "aws:userid": `${A}:*` } },
            },
        ]),
    ),
    // A managed policy attached by RolePolicyAttachmentsExclusive (the @pulumi/aws 7 exclusive attachment resource)
    // reaches share-1 like any attachment (IAM User Guide, "Managed policies and inline policies").
    edit("rt82a-exclusive-attachment: an ops role's Decrypt of share-1 through RolePolicyAttachmentsExclusive", r => {
        managed(r, "rt82a-decrypt", [DECRYPT]);
        opsRole(r, "prod", A, "rt82a-exclusive-attachment", [allow("sts:GetCallerIdentity", "*")]);
        beside(r, "prod", "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", "rt82a-excl", {
            roleName: "rt82a-exclusive-attachment",
            policyArns: [`arn:aws:iam::${A}:policy/rt82a-decrypt`],
        });
    }),
    // A group's managed policy through the legacy PolicyAttachment (groups list) reaches its members (IAM User
    // Guide, "IAM user groups": users in a group get its permissions).
    edit("rt82a-policyattachment-group: a user in a group whose PolicyAttachment allows GetItem on the keystore", r => {
        managed(r, "rt82a-keystore-read", [GET]);
        beside(r, "prod", "aws:iam/group:Group", "rt82a-readers", { name: "rt82a-readers", path: "/" });
        userWith(r, "prod", "rt82a-reader", [allow("sts:GetCallerIdentity", "*")]);
        beside(r, "prod", "aws:iam/userGroupMembership:UserGroupMembership", "rt82a-reader-groups", {
            user: "rt82a-reader",
            groups: ["rt82a-readers"],
        });
        beside(r, "prod", "aws:iam/policyAttachment:PolicyAttachment", "rt82a-readers-att", {
            name: "rt82a-readers-att",
            groups: ["rt82a-readers"],
            policyArn: `arn:aws:iam::${A}:policy/rt82a-keystore-read`,
        });
    }),
    // A boundary whose only Allow is conditioned on the caller's source address: from inside 10/8 it admits kms:*
    // (IAM User Guide, "Permissions boundaries": a boundary is evaluated with its conditions).
    edit("rt82a-boundary-sourceip: an ops role may Decrypt share-1 under a boundary kms:* from 10/8 only", r =>
        bounded(
            r,
            "rt82a-boundary-sourceip",
            [DECRYPT],
            [{ ...allow("kms:*", "*"), Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }],
        ),
    ),
    // A boundary Deny of another Region's keys: share-1 (eu-west-1) passes it.
    edit(
        "rt82a-boundary-deny-other-region: an ops role may Decrypt share-1 under a boundary denying us-east-1 keys",
        r =>
            bounded(
                r,
                "rt82a-boundary-deny-other-region",
                [DECRYPT],
                [allow("*", "*"), denyOn("kms:*", `arn:aws:kms:us-east-1:${A}:key/*`)],
            ),
    ),
    // A key-policy Deny by aws:PrincipalArn ArnNotLike [signer, federated-user/*] (the user's federated sessions carry
    // aws:PrincipalArn arn:aws:sts::A:federated-user/NAME: IAM User Guide, "AWS global condition context keys"):
    // the ops user's federated session is spared, with the user's Decrypt.
    edit("rt82a-key-deny-unless-federated-arn: share-1 denies all but the signer and federated-user/*", r => {
        share1Policy(r, {
            Sid: "DenyAllButSignerOrFederated",
            Effect: "Deny",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnNotLike: { "aws:PrincipalArn": [SIGNER, `arn:aws:sts::${A}:federated-user/*`] } },
        });
        userWith(r, "prod", "rt82a-key-deny-unless-federated-arn", [DECRYPT, allow("sts:GetFederationToken", "*")]);
    }),
    // The keystore's resource policy Deny with a NotResource of its own index: the Deny spares the index, and a
    // Query of the index returns every projected attribute (projectionType ALL).
    edit(
        "rt82a-keystore-deny-notresource-table-star: the keystore denies the ops role on all but table/*/index/*",
        r => {
            setProp(
                find(r, TABLE, "signer-tables-keystore"),
                "resourcePolicy",
                doc({
                    Effect: "Deny",
                    Principal: { AWS: opsArn("rt82a-keystore-deny-notresource-table-star") },
                    Action: "dynamodb:*",
                    NotResource: `arn:aws:dynamodb:*:*:table/*/index/*`,
                }),
            );
            opsRole(r, "prod", A, "rt82a-keystore-deny-notresource-table-star", [
                allow("dynamodb:Query", `${KEYSTORE}/index/status-shard-index`),
            ]);
        },
    ),
    // ======== Batch 3: boundary Resource patterns with a segment-ending `*` (IAM User Guide, "IAM JSON policy
    // elements: Resource": "If the * wildcard is the last character of a resource ARN segment, it can expand to match
    // beyond the colon boundaries"). `arn:aws:kms:*:key/*` has five segments, its region `*` ends its segment and
    // expands over `eu-west-1:111111111111`, so the boundary admits kms:* on share-1 and the ops role's Decrypt stays.
    // Was a MISS (fixed in round 82): insecure accepted (got []). model/boundary.ts patternsMeet reads two KMS patterns segment by segment
    // through kmsSegments, which pads a short pattern with `*` segments AFTER its last one: `arn:aws:kms:*:key/*` becomes
    // region `*`, account `key/*`, resource `*`, and account `key/*` never meets 111111111111, so the boundary is taken to
    // admit no share key and the Decrypt is dropped. In IAM (and in the pack's own wide reading, model/glob.ts
    // resourcePatternMayMeet) the region's segment-ending `*` spans the colons. Fix (general): read a boundary Allow's
    // Resource with the one Resource-element matcher, wide (resourcePatternMayMeet against the identity pattern), not
    // with a KMS-only segment padding; a short pattern's segment-ending `*` may stand for several segments.
    edit(
        "rt82a-boundary-kms-region-span: an ops role may Decrypt share-1 under a boundary kms:* on arn:aws:kms:*:key/*",
        r => bounded(r, "rt82a-boundary-kms-region-span", [DECRYPT], [allow("kms:*", "arn:aws:kms:*:key/*")]),
    ),
    // The same with share-1's key-id prefix: the boundary names share-1 in all but the account.
    // Was a MISS (fixed in round 82): insecure accepted (got []). Same class, place (model/boundary.ts kmsSegments/patternsMeet) and fix as
    // rt82a-boundary-kms-region-span.
    edit("rt82a-boundary-kms-region-span-keyid: the boundary allows kms:Decrypt on arn:aws:kms:*:key/48163296-*", r =>
        bounded(
            r,
            "rt82a-boundary-kms-region-span-keyid",
            [DECRYPT],
            [allow("kms:Decrypt", "arn:aws:kms:*:key/48163296-*")],
        ),
    ),
    // The identity twin: the Allow itself on `arn:aws:kms:*:key/*` reaches share-1 (the wide reading).
    ops("rt82a-allow-kms-region-span", "may Decrypt arn:aws:kms:*:key/* (the region * spans the account)", [
        allow("kms:Decrypt", "arn:aws:kms:*:key/*"),
    ]),
    // A boundary on DynamoDB with the same five-segment form: the `*` after dynamodb: spans to the keystore.
    edit("rt82a-boundary-ddb-region-span: an ops role may GetItem the keystore under a boundary on ...:*:table/*", r =>
        bounded(r, "rt82a-boundary-ddb-region-span", [GET], [allow("dynamodb:*", "arn:aws:dynamodb:*:table/*")]),
    ),
    // The region segment `eu-west-1*` ends in a `*` and expands over the account (IAM User Guide, "Resource"): the
    // identity Allow reaches share-1.
    ops("rt82a-allow-kms-region-star-span", "may Decrypt arn:aws:kms:eu-west-1*:key/* (five segments, spanning)", [
        allow("kms:Decrypt", "arn:aws:kms:eu-west-1*:key/*"),
    ]),
    // basil's twin: its keys are us-east-1's (per-resource Region); the boundary's `us-east-1*` spans the account.
    // Was a MISS (fixed in round 82): insecure accepted (got []) on basil. Same class, place (model/boundary.ts kmsSegments/patternsMeet) and fix as
    // rt82a-boundary-kms-region-span: `us-east-1*` ends its segment and spans the account.
    edit(
        "rt82a-basil-boundary-kms-region-span: an ops role may Sign with basil's keys under a boundary on us-east-1*:key/*",
        r => {
            const name = "rt82a-basil-boundary-kms-region-span";
            beside(r, "basil", "aws:iam/policy:Policy", `${name}-boundary`, {
                name: `${name}-boundary`,
                path: "/",
                arn: `arn:aws:iam::${ACCOUNT.basil}:policy/${name}-boundary`,
                policy: doc(allow("kms:*", "arn:aws:kms:us-east-1*:key/*")),
            });
            opsRole(r, "basil", ACCOUNT.basil, name, [
                allow(["kms:Sign", "kms:Decrypt"], `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
            ]);
            setProp(
                find(r, ROLE, name),
                "permissionsBoundary",
                `arn:aws:iam::${ACCOUNT.basil}:policy/${name}-boundary`,
            );
        },
        "basil",
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []). Same place (model/boundary.ts patternsMeet, via resourcesWithin): the identity
    // pattern is padded by kmsSegments to account `key/*`, which never meets the boundary's 111111111111, so the Allow
    // is capped to nothing. Same fix as rt82a-boundary-kms-region-span (the one wide Resource reader on both sides).
    // The mirror: the IDENTITY Allow is the five-segment pattern (its region `*` ends its segment and spans the
    // account: IAM User Guide, "Resource") and the boundary a plain six-segment one over 111's keys; both match share-1.
    edit(
        "rt82a-boundary-identity-region-span: an ops role may Decrypt arn:aws:kms:*:key/* under a boundary of 111's keys",
        r =>
            bounded(
                r,
                "rt82a-boundary-identity-region-span",
                [allow("kms:Decrypt", "arn:aws:kms:*:key/*")],
                [allow("kms:*", `arn:aws:kms:*:${A}:key/*`)],
            ),
    ),
    // ======== Round 82 fix neighbours (model/boundary.ts patternsMeet: both patterns read wide by model/glob.ts
    // resourcePatternMayMeet, a KMS ARN holding five colons). A five-segment boundary pattern whose region `eu-*` ends
    // its segment spans the account (IAM User Guide, "IAM JSON policy elements: Resource"): it admits share-1.
    edit(
        "rt82a-boundary-kms-region-prefix-span-fix82: the boundary allows kms:* on arn:aws:kms:eu-*:key/48163296-*",
        r =>
            bounded(
                r,
                "rt82a-boundary-kms-region-prefix-span-fix82",
                [DECRYPT],
                [allow("kms:*", "arn:aws:kms:eu-*:key/48163296-*")],
            ),
    ),
    // (model/boundary.ts resourcesWithin: a boundary Deny subtracts per resource only what it surely covers, read
    // narrow.) A boundary Deny of another account's keys leaves share-1 (111's) admitted.
    edit("rt82a-boundary-deny-other-account-fix82: a boundary Allow * with a Deny kms:* on 222's keys only", r =>
        bounded(
            r,
            "rt82a-boundary-deny-other-account-fix82",
            [DECRYPT],
            [allow("*", "*"), denyOn("kms:*", "arn:aws:kms:*:222222222222:key/*")],
        ),
    ),
    // A boundary Deny whose key-id pattern is not share-1's (it ends in ffff): share-1 stays admitted.
    edit("rt82a-boundary-deny-other-key-fix82: a boundary Allow * with a Deny kms:* on key/*-ffffffffffff", r =>
        bounded(
            r,
            "rt82a-boundary-deny-other-key-fix82",
            [DECRYPT],
            [allow("*", "*"), denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/*-ffffffffffff`)],
        ),
    ),
    // (engine/trustDeny.ts notPrincipalSurelyOmits.) A unique id (AROA...) in NotPrincipal may be the ops role's
    // (IAM User Guide, "IAM identifiers", unique IDs): the role may be exempt, its Decrypt stays (fail closed).
    edit("rt82a-key-notprincipal-unique-id-fix82: share-1 denies all but [root, signer, an AROA unique id]", r => {
        share1Policy(r, {
            Sid: "DenyAllButUniqueId",
            Effect: "Deny",
            NotPrincipal: { AWS: [`arn:aws:iam::${A}:root`, SIGNER, "AROAEXAMPLEEXAMPLE0001"] },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt82a-key-notprincipal-unique-id-fix82", [DECRYPT]);
    }),
    // (model/conditions.ts userIdGlobs.) A role session's aws:userid is `AROA...:session` (IAM User Guide, "IAM policy
    // elements: Variables and tags", aws:userid): StringNotLike AROA* matches it, so the Deny never applies.
    ops("rt82a-role-deny-unless-aroa-userid-fix82", "may Decrypt share-1; its Deny unless userid AROA* (a role)", [
        DECRYPT,
        { Effect: "Deny", Action: "kms:*", Resource: "*", Condition: { StringNotLike: { "aws:userid": "AROA*" } } },
    ]),
    // A user's federated sessions carry aws:userid `<account>:<name>` (same page): a Deny unless 111:* spares them, and
    // a federated session holds the user's Decrypt (GetFederationToken: the intersection with the session policy).
    edit("rt82a-user-deny-unless-federated-userid-fix82: a user may Decrypt share-1; its Deny unless userid 111:*", r =>
        userWith(r, "prod", "rt82a-user-deny-unless-federated-userid-fix82", [
            DECRYPT,
            allow("sts:GetFederationToken", "*"),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotLike: { "aws:userid": `${A}:*` } },
            },
        ]),
    ),
    // Round-82 neighbour (rules/serviceaccount-role-agree.ts bindsExactly, mayBeSameCluster): an association on the
    // same-named cluster of another Region (@pulumi/aws 7 `region`) is judged against the trust's cluster ARN with its
    // Region: EKS tags the session with that cluster's own ARN (EKS User Guide, "EKS Pod Identity session tags",
    // eks-cluster-arn), which the signer's trust (eu-west-1's cluster) does not pin.
    {
        ...edit(
            "rt82a-podid-association-other-region-fix82: the signer role associated on prod-validators in us-east-1",
            r =>
                beside(
                    r,
                    "pod-identity",
                    "aws:eks/podIdentityAssociation:PodIdentityAssociation",
                    "rt82a-podid-us-east-1-fix82",
                    {
                        clusterName: "prod-validators",
                        namespace: "validators",
                        serviceAccount: "containment-chamber",
                        region: "us-east-1",
                        roleArn: `arn:aws:iam::${A}:role/custody-pod-identity-signer`,
                        disableSessionTags: false,
                    },
                    find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity"),
                ),
            "pod-identity",
        ),
        refused: /us-east-1\) binds role custody-pod-identity-signer, whose trust pins .*arn:aws:eks:eu-west-1:/,
    },
];

const secure: StackCase[] = [
    // ======== NotResource Denies that really cover: the Deny applies to everything its list does not match (IAM User
    // Guide, "NotResource"). Aliases never match a key ARN, so share-1 is denied and the Allow is dead.
    ops("rt82a-s-deny-notresource-aliases", "may Decrypt share-1; a Deny kms:* NotResource alias/* (keys denied)", [
        DECRYPT,
        denyBut("kms:*", `arn:aws:kms:*:*:alias/*`),
    ]),
    // A key-id pattern that is not share-1's (it ends in ffff): share-1 is denied.
    ops("rt82a-s-deny-notresource-other-key", "may Decrypt share-1; a Deny kms:* NotResource key/*-ffff", [
        DECRYPT,
        denyBut("kms:*", `arn:aws:kms:eu-west-1:${A}:key/*-ffffffffffff`),
    ]),
    // Action names compare case-insensitively (IAM User Guide, "IAM JSON policy elements: Action": "action names are
    // case insensitive"): KMS:decrypt denies kms:Decrypt.
    ops("rt82a-s-deny-action-case", "may Decrypt share-1; a Deny KMS:decrypt on arn:aws:kms:*:*:key/*", [
        DECRYPT,
        denyOn("KMS:decrypt", `arn:aws:kms:*:*:key/*`),
    ]),
    // `?` runs inside the key-id segment: eight of them match 48163296 (IAM User Guide, "Resource", wildcards).
    ops("rt82a-s-deny-key-question-run", "may Decrypt share-1; a Deny kms:* on key/????????-*", [
        DECRYPT,
        denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/????????-*`),
    ]),
    // `arn:*` ends with a `*` that expands past every colon: it covers every ARN.
    ops("rt82a-s-deny-arn-star", "may GetItem the keystore; a Deny dynamodb:* on arn:*", [
        GET,
        denyOn("dynamodb:*", "arn:*"),
    ]),
    // ======== Permissions boundaries that cap the Allow.
    // The boundary allows kms:* on aliases only: no key action passes it (IAM User Guide, "Permissions boundaries").
    edit("rt82a-s-boundary-aliases-only: an ops role may Decrypt share-1 under a boundary of alias/* only", r =>
        bounded(r, "rt82a-s-boundary-aliases-only", [DECRYPT], [allow("kms:*", `arn:aws:kms:*:*:alias/*`)]),
    ),
    // The boundary allows everything but denies kms:* on every key of the account: the Deny is in force.
    // Was a MISS (fixed in round 82): secure refused (share-custody, custody-effective-access, custody-share-rings: the ops role may Decrypt
    // share-1). model/boundary.ts boundaryCap subtracts a boundary Deny only when deniesEverywhere (no condition and
    // `Resource: "*"`), so a Deny of kms:* on arn:aws:kms:*:111111111111:key/* (which covers share-1 under the narrow
    // reading) subtracts nothing. Fix (general): subtract a boundary's unconditional Deny per resource, as identity
    // Denies are (resourcePatternCovers, narrow), so an action stays admitted only on resources the Deny does not
    // surely cover. Low (fail closed).
    edit("rt82a-s-boundary-deny-keys: an ops role may Decrypt share-1 under a boundary denying key/*", r =>
        bounded(
            r,
            "rt82a-s-boundary-deny-keys",
            [DECRYPT],
            [allow("*", "*"), denyOn("kms:*", `arn:aws:kms:*:${A}:key/*`)],
        ),
    ),
    // ======== NotPrincipal that exempts nobody the ops role can be.
    // A user of the same name is a different principal (IAM User Guide, "IAM identifiers": role/NAME and user/NAME
    // are distinct ARNs): the ops role is not exempt and share-1 denies its Decrypt.
    // Was a MISS (fixed in round 82): secure refused (share-custody, custody-effective-access, custody-share-rings). engine/trustDeny.ts
    // notPrincipalSurelyOmits (and the key-policy Deny reader that shares it) takes ANY listed value naming the role's
    // account (here the required 111 root) as possibly exempting the role. The NotPrincipal page requires the account
    // ARN beside the exempted principal ("you must also specify the account ARN of the not-denied principal") and its
    // example (NotPrincipal [user/Bob, account root]) denies "all principals except the user named Bob": the account
    // ARN does not exempt the account's other principals. Fix (general): read an account value in NotPrincipal as
    // exempting only with another listed value that may be the holder (its role, a session of it, a wildcard, an
    // unknown id); an account value alone exempts only the account root. Low (fail closed).
    edit("rt82a-s-key-notprincipal-same-name-user: share-1 denies all but [root, signer, user/<ops name>]", r => {
        share1Policy(r, {
            Sid: "DenyAllButUser",
            Effect: "Deny",
            NotPrincipal: {
                AWS: [
                    `arn:aws:iam::${A}:root`,
                    SIGNER,
                    `arn:aws:iam::${A}:user/rt82a-s-key-notprincipal-same-name-user`,
                ],
            },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt82a-s-key-notprincipal-same-name-user", [DECRYPT]);
    }),
    // A role with a permissions boundary is ALWAYS denied by a NotPrincipal Deny, whatever NotPrincipal lists (IAM
    // User Guide, "NotPrincipal", key points: "The NotPrincipal element with a Deny effect will always deny any IAM
    // principal that has a permissions boundary policy attached, regardless of the values specified").
    // Was a MISS (fixed in round 82): secure refused (share-custody, custody-effective-access, custody-share-rings). engine/trustDeny.ts
    // notPrincipalSurelyOmits returns false when the role is listed, without asking whether the role has a permissions
    // boundary; the NotPrincipal page says a NotPrincipal Deny "will always deny any IAM principal that has a
    // permissions boundary policy attached, regardless of the values specified". Fix (general): a role or user whose
    // permissionsBoundary is set (known) is never exempted by NotPrincipal. Low (fail closed).
    edit(
        "rt82a-s-key-notprincipal-bounded-role: share-1 denies all but [root, signer, the ops role]; it has a boundary",
        r => {
            share1Policy(r, {
                Sid: "DenyAllButOpsBounded",
                Effect: "Deny",
                NotPrincipal: {
                    AWS: [`arn:aws:iam::${A}:root`, SIGNER, opsArn("rt82a-s-key-notprincipal-bounded-role")],
                },
                Action: "kms:Decrypt",
                Resource: "*",
            });
            bounded(r, "rt82a-s-key-notprincipal-bounded-role", [DECRYPT], [allow("kms:*", "*")]);
        },
    ),
    // ======== IAM users and the runtime role's trust. A federated-user session (GetFederationToken) cannot call
    // sts:AssumeRole: "You cannot call any AWS STS API operations except GetCallerIdentity" (STS API Reference,
    // GetFederationToken, Permissions). The trust Deny removes the user's long-term keys (aws:PrincipalArn is the
    // user ARN: IAM User Guide, "AWS global condition context keys"), so nobody assumes the role through it.
    edit(
        "rt82a-s-curity-trust-user-deny-unless-federated: curity-role trusts a user, denied unless a federated session",
        r => {
            userWith(r, "curity", "rt82a-s-curity-ops", [allow("sts:GetCallerIdentity", "*")]);
            trust(
                r,
                "curity",
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT.curity}:user/rt82a-s-curity-ops` },
                    Action: "sts:AssumeRole",
                },
                {
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: "sts:AssumeRole",
                    Condition: {
                        ArnNotLike: { "aws:PrincipalArn": `arn:aws:sts::${ACCOUNT.curity}:federated-user/*` },
                    },
                },
            );
        },
        "curity",
    ),
    // ======== Per-resource Region. A Pod Identity association on a same-named cluster of another Region (@pulumi/aws
    // 7 `region`): the session tag eks-cluster-arn is that cluster's ARN (EKS User Guide, "EKS Pod Identity session
    // tags"), and the signer role's trust pins aws:RequestTag/eks-cluster-arn to the eu-west-1 cluster, so EKS cannot
    // assume it there.
    // MISS: secure refused (serviceaccount-role-agree: "repeats an association of role custody-pod-identity-signer: EKS
    // allows one association per ServiceAccount per cluster"). rules/serviceaccount-role-agree.ts compares associations
    // by clusterName, namespace and serviceAccount only, ignoring the @pulumi/aws 7 per-resource `region`; a cluster
    // is regional (its ARN carries the Region), so us-east-1's prod-validators is another cluster. Fix (general): key
    // associations (and their trust check, bindsExactly) by cluster ARN: the resource's `region` (else its provider's)
    // with the cluster name. Low (fail closed); note the trust check (bindsExactly) also ignores the Region, so an
    // association in another Region is judged against the trust's cluster name only.
    // DECIDED (round 82): serviceaccount-role-agree now keys associations by cluster name and Region (the resource's
    // `region`, else its provider's: model/resources.ts resourceRegion) and bindsExactly compares the trust's pinned
    // cluster ARN's Region, so the "repeats an association" reading is gone. The case is still refused, by design: the
    // rule requires each association's role to pin exactly that association's cluster (this one is us-east-1's, the
    // trust pins eu-west-1's: a dead binding is a disagreement between the Kubernetes and IAM sides, refused rather
    // than accepted as harmless) and a role to belong to exactly one ServiceAccount. Its insecure-side twin below
    // (rt82a-podid-association-other-region-fix82) pins the new reading.
    edit(
        "rt82a-s-podid-association-other-region: a second association of the signer role on prod-validators in us-east-1",
        r =>
            beside(
                r,
                "pod-identity",
                "aws:eks/podIdentityAssociation:PodIdentityAssociation",
                "rt82a-s-podid-us-east-1",
                {
                    clusterName: "prod-validators",
                    namespace: "validators",
                    serviceAccount: "containment-chamber",
                    region: "us-east-1",
                    roleArn: `arn:aws:iam::${A}:role/custody-pod-identity-signer`,
                    disableSessionTags: false,
                },
                find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity"),
            ),
        "pod-identity",
    ),
    // An Allow on the keystore's name in a Region where no replica exists (the keystore is eu-west-1's, no replicas):
    // a table ARN carries its Region (DynamoDB Developer Guide, "DynamoDB resource types" / ARN formats).
    ops(
        "rt82a-s-allow-keystore-other-region",
        "may GetItem table/custody-prod-keystore in us-east-1 (no table there)",
        [allow("dynamodb:GetItem", `arn:aws:dynamodb:us-east-1:${A}:table/custody-prod-keystore`)],
    ),
    // ======== Batch 2 (secure). A role session's aws:userid is "role-id:caller-specified-role-name" (the AROA unique
    // id: IAM User Guide, "AWS global condition context keys", aws:userid), never "111111111111:…", so the Deny
    // "unless userid 111111111111:*" holds for the ops role.
    // Was a MISS (fixed in round 82): secure refused (share-custody, custody-effective-access, custody-share-rings). model/conditions.ts
    // denySurelyHoldsFor knows no aws:userid for a role holder, though it is always "<AROA unique id>:<session name>"
    // (IAM User Guide, "AWS global condition context keys", aws:userid), whose prefix is never a 12-digit account. Fix
    // (general): give a role holder the aws:userid shape `AROA*:*` (a user `AIDA*`, its federated sessions
    // `account:*`) and read negated string patterns against it. Low (fail closed).
    ops("rt82a-s-role-deny-unless-federated-userid", "may Decrypt share-1; its Deny unless userid 111:* (a role)", [
        DECRYPT,
        { Effect: "Deny", Action: "kms:*", Resource: "*", Condition: { StringNotLike: { "aws:userid": `${A}:*` } } },
    ]),
    // The same attachment resource with the policy that reaches nothing custody: clean.
    edit(
        "rt82a-s-exclusive-attachment-alias-only: RolePolicyAttachmentsExclusive of a policy on alias/* reads only",
        r => {
            managed(r, "rt82a-s-alias-read", [allow("kms:ListAliases", "*")]);
            opsRole(r, "prod", A, "rt82a-s-exclusive-attachment-alias-only", [allow("sts:GetCallerIdentity", "*")]);
            beside(r, "prod", "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", "rt82a-s-excl", {
                roleName: "rt82a-s-exclusive-attachment-alias-only",
                policyArns: [`arn:aws:iam::${A}:policy/rt82a-s-alias-read`],
            });
        },
    ),
    // A boundary with a Deny kms:* on Resource "*" (unconditional): no KMS action passes (IAM User Guide,
    // "Permissions boundaries" / "Policy evaluation logic").
    edit("rt82a-s-boundary-deny-all-kms: an ops role may Decrypt share-1 under a boundary denying kms:* on *", r =>
        bounded(r, "rt82a-s-boundary-deny-all-kms", [DECRYPT], [allow("*", "*"), denyOn("kms:*", "*")]),
    ),
    // A boundary admitting kms:* on another account's keys only: share-1 (111's) is outside it.
    edit("rt82a-s-boundary-other-account: an ops role may Decrypt share-1 under a boundary of 222's keys only", r =>
        bounded(r, "rt82a-s-boundary-other-account", [DECRYPT], [allow("kms:*", "arn:aws:kms:*:222222222222:key/*")]),
    ),
    // ======== Round 82 fix neighbours (model/boundary.ts patternsMeet). A KMS ARN holds five colons (KMS API
    // Reference: key ids and alias names hold none), so a boundary on 222's keys meets no 111 key even under an
    // identity pattern whose final `*` spans colons: the Decrypt on 111's keys is capped away.
    edit("rt82a-s-boundary-other-account-wide-fix82: a Decrypt on 111's key/* under a boundary of 222's keys", r =>
        bounded(
            r,
            "rt82a-s-boundary-other-account-wide-fix82",
            [allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`)],
            [allow("kms:*", "arn:aws:kms:*:222222222222:key/*")],
        ),
    ),
    // A `*` inside a segment stays in it (IAM User Guide, "Resource"): `*111111111111` is a five-segment pattern whose
    // region must end in 111111111111, which no key's does.
    edit(
        "rt82a-s-boundary-inner-star-fix82: a Decrypt of share-1 under a boundary on arn:aws:kms:*111111111111:key/*",
        r => bounded(r, "rt82a-s-boundary-inner-star-fix82", [DECRYPT], [allow("kms:*", `arn:aws:kms:*${A}:key/*`)]),
    ),
    // (resourcesWithin.) A boundary Deny of share-1 itself takes the Decrypt (IAM User Guide, "Policy evaluation
    // logic": an explicit deny in a permissions boundary overrides any allow).
    edit("rt82a-s-boundary-deny-share1-fix82: a boundary Allow * with a Deny kms:Decrypt on share-1", r =>
        bounded(r, "rt82a-s-boundary-deny-share1-fix82", [DECRYPT], [allow("*", "*"), denyOn("kms:Decrypt", SHARE1)]),
    ),
    // (engine/trustDeny.ts.) NotPrincipal of the account root and the signer: the account ARN exempts the root only
    // (IAM User Guide, "NotPrincipal", the user/Bob example), so the ops role is denied.
    edit("rt82a-s-key-notprincipal-root-signer-fix82: share-1 denies all but [root, signer]", r => {
        share1Policy(r, {
            Sid: "DenyAllButRootSigner",
            Effect: "Deny",
            NotPrincipal: { AWS: [`arn:aws:iam::${A}:root`, SIGNER] },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt82a-s-key-notprincipal-root-signer-fix82", [DECRYPT]);
    }),
    // (model/conditions.ts userIdGlobs.) Neither a user's unique id (AIDA...) nor a federated session's `111:*` is a
    // role session's aws:userid (AROA...:session): the Deny holds for the role.
    ops("rt82a-s-role-deny-unless-user-ids-fix82", "may Decrypt share-1; its Deny unless userid AIDA* or 111:*", [
        DECRYPT,
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: "*",
            Condition: { StringNotLike: { "aws:userid": ["AIDA*", `${A}:*`] } },
        },
    ]),
];

/** The misses (their MISS comments say why): skipped. */
const MISSES = new Set<string>(["rt82a-s-podid-association-other-region"]);
const marked = (cases: StackCase[]): StackCase[] =>
    cases.map(c => (MISSES.has(c.name.split(":")[0]) ? { ...c, skip: true } : c));

describeVariants(
    "red team 82: aws (NotResource Denies, boundaries, NotPrincipal, IAM users, per-resource Region)",
    marked(insecure),
    marked(secure),
);
