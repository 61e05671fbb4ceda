// Red-team round 85, aws: effective access to the custody assets (share keys, custody tables) and the runtime roles on
// prod, dev, basil, curity and pod-identity, beside the round-84 fixes (model/keyPresence.ts key presence per holder
// kind, Null/IfExists, variables with no value, ForAnyValue on single-valued keys, model/fixedTags.ts fixed principal
// tags, region narrowing, engine/trustDeny.ts presence per caller).
// Probed: holder kinds other than a role (an IAM user's long-term keys carry no aws:TokenIssueTime and do carry
// aws:username; a group's member users; one managed policy on a role AND a user through aws.iam.PolicyAttachment; a
// key-policy and a trust Deny per caller kind; a user's federated sessions of type FederatedUser); service-principal
// and forward-access keys (aws:PrincipalServiceName presence, aws:ViaAWSService false, aws:PrincipalType, a service
// principal in a share key policy, a Nitro attestation of any image); variables the attacker or the stack gives a
// value (a fixed tag naming the keystore, a declared tag overridden by a session tag, ${aws:SourceIdentity} with
// sts:SetSourceIdentity, a fixed tag's default); tags someone can change after all (sts:Tag* and NotAction trusts, an
// IAM user with TagRole on role/rt85a-*, a case-sensitive value, ForAnyValue/StringLike of another value);
// Regions (IAM's us-east-1, a keystore global-table replica read by its own Region's ARN or a pin, Pod Identity
// create+PassRole pinned to the cluster's Region). Secure mirrors: keys whose value or presence is fixed for the holder
// (aws:PrincipalServiceName absent, aws:PrincipalType AssumedRole, StringLike * on aws:RequestedRegion, aws:EpochTime
// present, aws:userid AROA*:*, ArnNotLike user/*), fixed tags used as variables and under StringLike/IgnoreCase/
// ForAnyValue, a user's Deny on its own ARNs, a group's Deny of non-service callers, a PolicyAttachment to a role only,
// a signer trust Deny of the role's temporary credentials. Batch 3: the insecure neighbours a fix of those misses must
// keep refusing (aws:userid AIDA* / NotLike AROA*:* on a role, AssumedRole on a user, a tag variable of an untaggable
// role).
// Misses (0 insecure accepted, 10 secure refused, all fail closed):
// - fixed principal tags never substituted as policy variables (model/document.ts ownerValue/resolveVariables) (3):
//   rt85a-s-deny-var-fixed-tag-share1, rt85a-s-allow-var-fixed-tag-other, rt85a-s-allow-var-fixed-tag-default-unused.
// Round 85 fixed: the aws:PrincipalType and group-owner classes below (3 cases, -fix85 neighbours beside them).
// Round 86 fixed: the variable, like-operator and holder-glob classes below (7 cases, -fix86 neighbours at the end).
// - aws:PrincipalType fixed for a role (ownerValue) not credited in Denies (model/conditions.ts denySurelyHoldsFor
//   HOLDER_KEYS) (2): rt85a-s-deny-principaltype-assumedrole, rt85a-s-deny-not-user-type.
// - like-operators on a key whose value is fixed or always present, read only as exact pins (model/conditions.ts
//   clauseHoldsForHolder/strictPin, userIdGlobs) (3): rt85a-s-deny-region-like-star, rt85a-s-deny-own-tag-like,
//   rt85a-s-deny-userid-aroa.
// - a user's positive ArnLike on its own ARN forms not credited (model/conditions.ts userPrincipalArnGlobs read only
//   through negatedExcludingGlobs) (1): rt85a-s-user-deny-own-arns.
// - a group has no owner in share-custody (model/keyAccess.ts grantedIdentities) though the engine credits its Deny
//   (1): rt85a-s-group-deny-not-service.
// Not misses: an identity Allow of sts:AssumeRole on the signer is refused by the allowlist whatever the trust says
// (by design), so the trust-Deny secure case grants the ops role nothing in its identity policy.
// Held: 41 of 41 insecure refused; 8 of 18 secure clean.
import { addStatements, describeVariants, doc, find, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { outsideRole } from "./variantBuilders";

const A = ACCOUNT.prod;
const ROLE = "aws:iam/role:Role";
const SHARE1_ID = "48163296-803a-4ce6-ad53-a0a0de26d32e";
const OTHER_ID = "ffffffff-0000-0000-0000-000000000085";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/${SHARE1_ID}`;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const PODID_SIGNER = `arn:aws:iam::${A}:role/custody-pod-identity-signer`;
const DECRYPT = allow("kms:Decrypt", SHARE1);

const edit = (name: string, e: (r: Resources) => void, stack = "prod"): StackCase => ({ name, stack, edit: e });
const opsArn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`;
const userArn = (name: string, account = A) => `arn:aws:iam::${account}:user/${name}`;
/** A prod ops role holding `statements`. */
const ops = (id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, "prod", A, id, statements));
const denyOn = (actions: string | string[], resource: string | string[], extra: object = {}) => ({
    Effect: "Deny",
    Action: actions,
    Resource: resource,
    ...extra,
});
const deny = (actions: string | string[], condition: object) => denyOn(actions, "*", { Condition: condition });
/** An IAM user of `stack` with an inline policy of `statements`. */
const userWith = (r: Resources, stack: string, name: string, statements: object[]) => {
    beside(r, stack, "aws:iam/user:User", name, { name, path: "/", arn: userArn(name, ACCOUNT[stack]) });
    beside(r, stack, "aws:iam/userPolicy:UserPolicy", `${name}-p`, {
        name: `${name}-p`,
        user: name,
        policy: doc(...statements),
    });
};
/** An IAM group of `stack` with an inline policy of `statements` and one member user. */
const groupWith = (r: Resources, stack: string, name: string, statements: object[]) => {
    const account = ACCOUNT[stack];
    beside(r, stack, "aws:iam/group:Group", name, { name, path: "/", arn: `arn:aws:iam::${account}:group/${name}` });
    beside(r, stack, "aws:iam/groupPolicy:GroupPolicy", `${name}-p`, {
        name: `${name}-p`,
        group: name,
        policy: doc(...statements),
    });
    beside(r, stack, "aws:iam/user:User", `${name}-member`, {
        name: `${name}-member`,
        path: "/",
        arn: userArn(`${name}-member`, account),
    });
    beside(r, stack, "aws:iam/userGroupMembership:UserGroupMembership", `${name}-membership`, {
        user: `${name}-member`,
        groups: [name],
    });
};
/** A managed policy of `stack` attached by one aws.iam.PolicyAttachment to `roles` and `users`. */
const policyAttachment = (
    r: Resources,
    stack: string,
    name: string,
    statements: object[],
    roles: string[],
    users: string[],
) => {
    const arn = `arn:aws:iam::${ACCOUNT[stack]}:policy/${name}`;
    beside(r, stack, "aws:iam/policy:Policy", name, { name, path: "/", arn, policy: doc(...statements) });
    beside(r, stack, "aws:iam/policyAttachment:PolicyAttachment", `${name}-att`, {
        name: `${name}-att`,
        policyArn: arn,
        roles,
        users,
    });
};
/** A role tagged `tags` holding `statements`, its trust replaced by `trust` when given. */
const tagged = (
    r: Resources,
    stack: string,
    name: string,
    tags: Record<string, string>,
    statements: object[],
    trust?: object,
) => {
    opsRole(r, stack, ACCOUNT[stack], name, statements);
    setProp(find(r, ROLE, name), "tags", tags);
    if (trust !== undefined) setProp(find(r, ROLE, name), "assumeRolePolicy", doc(trust));
};
/** A trust of the outside ops role with `extra` fields (Action or NotAction). */
const trustOf = (extra: object, account = A) => ({
    Effect: "Allow",
    Principal: { AWS: outsideRole(account) },
    ...extra,
});
/** share-1's key policy with a Deny of kms:Decrypt to `principal` under `condition`. */
const share1DenyTo = (r: Resources, principal: string, condition: object) =>
    addStatements(find(r, "aws:kms/key:Key", "signer-shares-share-1"), "policy", {
        Sid: "DenyRt85a",
        Effect: "Deny",
        Principal: { AWS: principal },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: condition,
    });

const insecure: StackCase[] = [
    // ======== Holder kinds other than a role (model/keyPresence.ts): a key fixed for a role session is not fixed
    // for an IAM user. aws:TokenIssueTime "is included in the request context only when the principal uses temporary
    // credentials" (IAM User Guide, "AWS global condition context keys"): a user signing with its long-term access
    // keys does not carry it, so a Deny of requests that carry it spares the user, who Decrypts share-1.
    edit("rt85a-user-deny-temp-only: an IAM user may Decrypt share-1; a Deny only for temporary credentials", r =>
        userWith(r, "prod", "rt85a-user-deny-temp-only", [
            DECRYPT,
            deny("kms:*", { Null: { "aws:TokenIssueTime": "false" } }),
        ]),
    ),
    // aws:username is present for an IAM user's requests ("AWS global condition context keys", aws:username: the
    // user's friendly name): a Deny of requests WITHOUT it spares the user's long-term-key requests.
    edit("rt85a-user-deny-no-username: an IAM user may Decrypt share-1; a Deny when aws:username is absent", r =>
        userWith(r, "prod", "rt85a-user-deny-no-username", [
            DECRYPT,
            deny("kms:*", { Null: { "aws:username": "true" } }),
        ]),
    ),
    // A group's policy applies to its member users (IAM User Guide, "IAM user groups"): the same long-term-key gap.
    edit("rt85a-group-deny-temp-only: a group may Decrypt share-1; a Deny only for temporary credentials", r =>
        groupWith(r, "prod", "rt85a-group-deny-temp-only", [
            DECRYPT,
            deny("kms:*", { Null: { "aws:TokenIssueTime": "false" } }),
        ]),
    ),
    // One managed policy attached by one aws.iam.PolicyAttachment to a role AND a user (Pulumi AWS,
    // iam.PolicyAttachment: roles, users, groups): the Deny holds for the role's sessions, never for the user's
    // long-term keys. The policy must be read once per holder kind, not once per document.
    edit("rt85a-policyattach-role-user-temp-only: one managed policy on a role and a user; Deny temporary only", r => {
        opsRole(r, "prod", A, "rt85a-pa-role", [allow("sts:GetCallerIdentity", "*")]);
        beside(r, "prod", "aws:iam/user:User", "rt85a-pa-user", {
            name: "rt85a-pa-user",
            path: "/",
            arn: userArn("rt85a-pa-user"),
        });
        policyAttachment(
            r,
            "prod",
            "rt85a-pa-policy",
            [DECRYPT, deny("kms:*", { Null: { "aws:TokenIssueTime": "false" } })],
            ["rt85a-pa-role"],
            ["rt85a-pa-user"],
        );
    }),
    // The key policy's Deny to the user applies only to temporary credentials (engine/trustDeny.ts reads presence per
    // caller): the user's long-term keys are not denied, its identity Decrypt stays.
    edit("rt85a-key-deny-user-temp-only: share-1 denies a user Decrypt only with temporary credentials", r => {
        share1DenyTo(r, userArn("rt85a-key-deny-user-temp-only"), { Null: { "aws:TokenIssueTime": "false" } });
        userWith(r, "prod", "rt85a-key-deny-user-temp-only", [DECRYPT]);
    }),
    edit(
        "rt85a-dev-user-deny-temp-only: dev, an IAM user may Decrypt key/*; a Deny only for temporary credentials",
        r =>
            userWith(r, "dev", "rt85a-dev-user-deny-temp-only", [
                allow("kms:Decrypt", `arn:aws:kms:*:${ACCOUNT.dev}:key/*`),
                deny("kms:*", { Null: { "aws:TokenIssueTime": "false" } }),
            ]),
        "dev",
    ),
    // ======== Service principal and forward-access keys. aws:PrincipalServiceName "is present in the request when
    // the call is made by an AWS service principal. This key is not present in any other situation" ("AWS global
    // condition context keys"): a Deny when it is present never touches the ops role.
    ops(
        "rt85a-deny-servicename-present",
        "may Decrypt share-1; a Deny kms:* when aws:PrincipalServiceName is present",
        [DECRYPT, deny("kms:*", { Null: { "aws:PrincipalServiceName": "false" } })],
    ),
    // aws:ViaAWSService is true when a service makes the request for the principal with forward access sessions
    // (IAM User Guide, "Forward access sessions"; "AWS global condition context keys", aws:ViaAWSService): the Deny
    // covers only direct calls, every request a service forwards for the role keeps the Decrypt.
    ops("rt85a-deny-direct-only", "may Decrypt share-1; a Deny kms:* only when not via an AWS service", [
        DECRYPT,
        deny("kms:*", { Bool: { "aws:ViaAWSService": "false" } }),
    ]),
    // aws:PrincipalType is AssumedRole for a role session ("AWS global condition context keys", "Principal key
    // values"): a Deny of User principals never applies to the ops role.
    ops("rt85a-deny-principaltype-user", "may Decrypt share-1; a Deny kms:* for principal type User", [
        DECRYPT,
        deny("kms:*", { StringEquals: { "aws:PrincipalType": "User" } }),
    ]),
    // A Nitro Enclaves attestation present with ANY image: the caller runs its own enclave image and KMS returns the
    // plaintext encrypted to that enclave's key (KMS Developer Guide, "Condition keys for AWS Nitro Enclaves",
    // kms:RecipientAttestation:ImageSha384): only a pinned image hash restricts who decrypts.
    ops("rt85a-attestation-any-image", "may Decrypt share-1 with any enclave attestation", [
        allow("kms:Decrypt", SHARE1, {
            Condition: { Null: { "kms:RecipientAttestation:ImageSha384": "false" } },
        }),
    ]),
    // ======== Policy variables an attacker or the stack gives a value (IAM User Guide, "IAM policy elements:
    // Variables and tags"). A role's fixed tag table=custody-prod-keystore makes table/${aws:PrincipalTag/table} the
    // keystore itself.
    edit("rt85a-allow-var-fixed-tag-keystore: a role tagged table=custody-prod-keystore may GetItem table/${tag}", r =>
        tagged(r, "prod", "rt85a-allow-var-fixed-tag-keystore", { table: "custody-prod-keystore" }, [
            allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/\${aws:PrincipalTag/table}`),
        ]),
    ),
    // The declared tag names another key, but the trust allows sts:TagSession: a session tag "overrides" the role's
    // tag of the same key (IAM User Guide, "Pass session tags in AWS STS"), so the caller passes share-1's id.
    edit("rt85a-allow-var-tag-tagsession: a role tagged keyid=<other> whose trust allows TagSession", r =>
        tagged(
            r,
            "prod",
            "rt85a-allow-var-tag-tagsession",
            { keyid: OTHER_ID },
            [allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid}`)],
            trustOf({ Action: ["sts:AssumeRole", "sts:TagSession"] }),
        ),
    ),
    // aws:SourceIdentity is set by the caller at AssumeRole when the trust allows sts:SetSourceIdentity (IAM User
    // Guide, "Monitor and control actions taken with assumed roles"): the caller names it custody-prod-keystore.
    edit("rt85a-allow-var-sourceidentity: GetItem on table/${aws:SourceIdentity}, trust allows SetSourceIdentity", r =>
        tagged(
            r,
            "prod",
            "rt85a-allow-var-sourceidentity",
            {},
            [allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/\${aws:SourceIdentity}`)],
            trustOf({ Action: ["sts:AssumeRole", "sts:SetSourceIdentity"] }),
        ),
    ),
    // A Deny on key/${aws:SourceIdentity}: the caller simply sets no source identity (or another one): no value, the
    // Deny covers nothing and the Decrypt stays.
    ops("rt85a-deny-var-sourceidentity", "may Decrypt share-1; a Deny kms:* on key/${aws:SourceIdentity}", [
        DECRYPT,
        denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/\${aws:SourceIdentity}`),
    ]),
    // The role's fixed tag names ANOTHER key: the Deny on key/${aws:PrincipalTag/keyid} covers that key only.
    edit("rt85a-deny-var-fixed-tag-other-key: a role tagged keyid=<other>, Deny on key/${tag}, Decrypt share-1", r =>
        tagged(r, "prod", "rt85a-deny-var-fixed-tag-other-key", { keyid: OTHER_ID }, [
            DECRYPT,
            denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid}`),
        ]),
    ),
    // The fixed tag's default: tag present, so the default is unused, but the tag names share-1 itself.
    edit("rt85a-allow-var-fixed-tag-default: a role tagged keyid=<share-1> may Decrypt key/${tag, '<other>'}", r =>
        tagged(r, "prod", "rt85a-allow-var-fixed-tag-default", { keyid: SHARE1_ID }, [
            allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid, '${OTHER_ID}'}`),
        ]),
    ),
    // ======== A role's tag someone can change after all (model/fixedTags.ts). sts:Tag* in the trust is
    // sts:TagSession (IAM User Guide, "IAM JSON policy elements: Action": wildcards in action names).
    edit("rt85a-deny-own-tag-trust-glob: a role denied by its tag; trust allows sts:Tag*", r =>
        tagged(
            r,
            "prod",
            "rt85a-deny-own-tag-trust-glob",
            { restricted: "true" },
            [DECRYPT, deny("kms:*", { StringEquals: { "aws:PrincipalTag/restricted": "true" } })],
            trustOf({ Action: ["sts:AssumeRole", "sts:Tag*"] }),
        ),
    ),
    // A trust NotAction of AssumeRoleWithSAML allows every other sts action, sts:TagSession included (IAM User Guide,
    // "IAM JSON policy elements: NotAction").
    edit("rt85a-deny-own-tag-trust-notaction: a role denied by its tag; trust NotAction AssumeRoleWithSAML", r =>
        tagged(
            r,
            "prod",
            "rt85a-deny-own-tag-trust-notaction",
            { restricted: "true" },
            [DECRYPT, deny("kms:*", { StringEquals: { "aws:PrincipalTag/restricted": "true" } })],
            trustOf({ NotAction: "sts:AssumeRoleWithSAML" }),
        ),
    ),
    // An IAM user of the program may iam:TagRole every rt85a role: it overwrites restricted=false (IAM API
    // Reference, TagRole: "If a tag with the same key name already exists, then that tag is overwritten").
    edit("rt85a-deny-own-tag-user-tagger: a role denied by its tag; an IAM user may TagRole role/rt85a-*", r => {
        tagged(r, "prod", "rt85a-deny-own-tag-user-tagger", { restricted: "true" }, [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:PrincipalTag/restricted": "true" } }),
        ]);
        userWith(r, "prod", "rt85a-tagger-user", [allow("iam:TagRole", `arn:aws:iam::${A}:role/rt85a-*`)]);
    }),
    // StringEquals is case sensitive (IAM User Guide, "Condition operators": "Exact matching, case sensitive"): the
    // role's tag is "True", the Deny names "true", it never applies.
    edit("rt85a-deny-own-tag-case-value: a role tagged restricted=True, denied only when restricted=true", r =>
        tagged(r, "prod", "rt85a-deny-own-tag-case-value", { restricted: "True" }, [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:PrincipalTag/restricted": "true" } }),
        ]),
    ),
    // ForAnyValue on the single-valued tag key with another value: false, the Deny is off.
    edit("rt85a-deny-own-tag-foranyvalue-other: a role tagged restricted=true, Deny ForAnyValue restricted=false", r =>
        tagged(r, "prod", "rt85a-deny-own-tag-foranyvalue-other", { restricted: "true" }, [
            DECRYPT,
            deny("kms:*", { "ForAnyValue:StringEquals": { "aws:PrincipalTag/restricted": "false" } }),
        ]),
    ),
    // A Deny keyed on a tag the role does not declare, under ...IfExists: on a missing key IfExists is true, but the
    // provider's default tags or a later TagRole may add it with any value; StringNotEqualsIfExists here is false
    // when the tag says "ops": the role tagged team=ops via the Deny's own key is exempt.
    edit("rt85a-deny-tag-noteq-exempt: a role tagged team=ops, Deny unless team=ops", r =>
        tagged(r, "prod", "rt85a-deny-tag-noteq-exempt", { team: "ops" }, [
            DECRYPT,
            deny("kms:*", { StringNotEquals: { "aws:PrincipalTag/team": "ops" } }),
        ]),
    ),
    edit(
        "rt85a-curity-deny-own-tag-trust-glob: curity, a role denied by its tag; trust allows sts:*",
        r =>
            tagged(
                r,
                "curity",
                "rt85a-curity-deny-own-tag-trust-glob",
                { restricted: "true" },
                [
                    allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/curity-*`),
                    deny("dynamodb:*", { StringEquals: { "aws:PrincipalTag/restricted": "true" } }),
                ],
                trustOf({ Action: "sts:*" }, ACCOUNT.curity),
            ),
        "curity",
    ),
    edit(
        "rt85a-basil-user-deny-temp-only: basil, an IAM user may Sign key/*; a Deny only for temporary credentials",
        r =>
            userWith(r, "basil", "rt85a-basil-user-deny-temp-only", [
                allow(["kms:Sign", "kms:Decrypt"], `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
                deny("kms:*", { Null: { "aws:TokenIssueTime": "false" } }),
            ]),
        "basil",
    ),
    // ======== Region narrowing. IAM is a global service whose endpoint is in us-east-1, so an IAM call's
    // aws:RequestedRegion is us-east-1 ("AWS global condition context keys", aws:RequestedRegion): a us-east-1 pin
    // does not stop the ops role rewriting the signer's trust.
    ops("rt85a-region-pin-iam-us-east-1", "may UpdateAssumeRolePolicy on the signer when Region is us-east-1", [
        allow("iam:UpdateAssumeRolePolicy", SIGNER, {
            Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
        }),
    ]),
    // A DynamoDB global table replica is the same table in another Region (DynamoDB Developer Guide, "Global
    // tables"): GetItem on the us-east-1 ARN of custody-prod-keystore reads the replica's items.
    edit("rt85a-keystore-replica-read: the keystore replicated to us-east-1; an ops role reads the replica", r => {
        setProp(find(r, "aws:dynamodb/table:Table", "signer-tables-keystore"), "replicas", [
            { regionName: "us-east-1", pointInTimeRecovery: true },
        ]);
        opsRole(r, "prod", A, "rt85a-keystore-replica-read", [
            allow("dynamodb:GetItem", `arn:aws:dynamodb:us-east-1:${A}:table/custody-prod-keystore`),
        ]);
    }),
    // The same through a `*` Region segment pinned to us-east-1.
    edit("rt85a-keystore-replica-pin: the keystore replicated to us-east-1; GetItem any Region pinned us-east-1", r => {
        setProp(find(r, "aws:dynamodb/table:Table", "signer-tables-keystore"), "replicas", [
            { regionName: "us-east-1", pointInTimeRecovery: true },
        ]);
        opsRole(r, "prod", A, "rt85a-keystore-replica-pin", [
            allow("dynamodb:GetItem", `arn:aws:dynamodb:*:${A}:table/custody-prod-keystore`, {
                Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
            }),
        ]);
    }),
    // Pod Identity: creating an association in eu-west-1 passes the signer role from eu-west-1 (EKS API Reference,
    // CreatePodIdentityAssociation; IAM User Guide, "Grant a user permissions to pass a role"): the eu-west-1 pin on
    // both does not narrow anything away.
    edit(
        "rt85a-podid-create-pinned-eu: may CreatePodIdentityAssociation and pass the signer, pinned to eu-west-1",
        r =>
            opsRole(r, "pod-identity", A, "rt85a-podid-create-pinned-eu", [
                allow("eks:CreatePodIdentityAssociation", `arn:aws:eks:*:${A}:cluster/*`, {
                    Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
                }),
                allow("iam:PassRole", PODID_SIGNER, {
                    Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
                }),
            ]),
        "pod-identity",
    ),
    // ======== Batch 2 (insecure): neighbours of the batch-1 secure misses and of trustDeny presence.
    // A user's federated sessions (GetFederationToken) are of type FederatedUser ("AWS global condition context keys",
    // "Principal key values"): a Deny of principal type User spares them, and the user's policy applies to them.
    edit("rt85a-user-deny-type-user-federates: a user may Decrypt share-1 and GetFederationToken; Deny type User", r =>
        userWith(r, "prod", "rt85a-user-deny-type-user-federates", [
            DECRYPT,
            allow("sts:GetFederationToken", "*"),
            deny("kms:*", { StringEquals: { "aws:PrincipalType": "User" } }),
        ]),
    ),
    // A role session's type is AssumedRole: a Deny unless AssumedRole never applies to it.
    ops("rt85a-deny-unless-assumedrole", "may Decrypt share-1; a Deny kms:* unless principal type AssumedRole", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:PrincipalType": "AssumedRole" } }),
    ]),
    // StringLike us-* on aws:RequestedRegion: share-1 is used in eu-west-1, the Deny never covers it.
    ops("rt85a-deny-region-like-us", "may Decrypt share-1; a Deny kms:* in Regions us-*", [
        DECRYPT,
        deny("kms:*", { StringLike: { "aws:RequestedRegion": "us-*" } }),
    ]),
    // A group's members' long-term requests carry aws:username: a Deny when it is absent spares them.
    edit("rt85a-group-deny-no-username: a group may Decrypt share-1; a Deny when aws:username is absent", r =>
        groupWith(r, "prod", "rt85a-group-deny-no-username", [
            DECRYPT,
            deny("kms:*", { Null: { "aws:username": "true" } }),
        ]),
    ),
    // A group's Deny only for AWS services: never for its users.
    edit("rt85a-group-deny-service-only: a group may Decrypt share-1; a Deny only for AWS service principals", r =>
        groupWith(r, "prod", "rt85a-group-deny-service-only", [
            DECRYPT,
            deny("kms:*", { Bool: { "aws:PrincipalIsAWSService": "true" } }),
        ]),
    ),
    // The fixed tag does not match the StringLike pattern: the Deny is off.
    edit("rt85a-deny-own-tag-like-other: a role tagged restricted=true, Deny restricted like fa*", r =>
        tagged(r, "prod", "rt85a-deny-own-tag-like-other", { restricted: "true" }, [
            DECRYPT,
            deny("kms:*", { StringLike: { "aws:PrincipalTag/restricted": "fa*" } }),
        ]),
    ),
    // share-1's Deny to the ops role only for direct calls (aws:ViaAWSService false): forward access sessions of the
    // role are not denied ("Forward access sessions").
    edit("rt85a-key-deny-direct-only: share-1 denies the ops role Decrypt only when not via a service", r => {
        share1DenyTo(r, opsArn("rt85a-key-deny-direct-only"), { Bool: { "aws:ViaAWSService": "false" } });
        opsRole(r, "prod", A, "rt85a-key-deny-direct-only", [DECRYPT]);
    }),
    // A service principal admitted to Decrypt share-1 (KMS Developer Guide, "Allowing AWS services to use your KMS
    // key"): CloudWatch Logs decrypts for whoever can read a log group associated with the key.
    edit("rt85a-key-allow-service-logs: share-1's key policy lets logs.eu-west-1.amazonaws.com Decrypt", r =>
        addStatements(find(r, "aws:kms/key:Key", "signer-shares-share-1"), "policy", {
            Sid: "AllowLogs",
            Effect: "Allow",
            Principal: { Service: "logs.eu-west-1.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": A } },
        }),
    ),
    // The signer's trust admits an IAM user and denies it only with temporary credentials: the user's long-term keys
    // call sts:AssumeRole without aws:TokenIssueTime, the Deny is off (engine/trustDeny.ts per caller kind).
    edit("rt85a-trust-deny-user-temp-only: the signer trusts a user, Deny only for temporary credentials", r => {
        userWith(r, "prod", "rt85a-trust-user", [allow("sts:AssumeRole", SIGNER)]);
        addStatements(
            find(r, ROLE, "signer-role"),
            "assumeRolePolicy",
            { Effect: "Allow", Principal: { AWS: userArn("rt85a-trust-user") }, Action: "sts:AssumeRole" },
            {
                Effect: "Deny",
                Principal: { AWS: userArn("rt85a-trust-user") },
                Action: "sts:AssumeRole",
                Condition: { Null: { "aws:TokenIssueTime": "false" } },
            },
        );
    }),
    // ======== Batch 3 (insecure): the neighbours a fix of the batch-1/2 secure misses must keep refusing.
    // A role's aws:userid begins with its AROA unique id, never a user's AIDA one ("IAM identifiers", unique ID
    // prefixes): a Deny of AIDA* callers never applies to the ops role.
    ops("rt85a-deny-userid-user-prefix", "may Decrypt share-1; a Deny kms:* when aws:userid is like AIDA*", [
        DECRYPT,
        deny("kms:*", { StringLike: { "aws:userid": "AIDA*" } }),
    ]),
    // StringNotLike AROA*:* never holds for a role session: the Deny is off.
    ops("rt85a-deny-userid-not-role", "may Decrypt share-1; a Deny kms:* unless aws:userid is like AROA*:*", [
        DECRYPT,
        deny("kms:*", { StringNotLike: { "aws:userid": "AROA*:*" } }),
    ]),
    // An IAM user is of type User (long-term keys) or FederatedUser (its sessions), never AssumedRole: the Deny is off.
    edit("rt85a-user-deny-type-assumedrole: an IAM user may Decrypt share-1; a Deny for AssumedRole principals", r =>
        userWith(r, "prod", "rt85a-user-deny-type-assumedrole", [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:PrincipalType": "AssumedRole" } }),
        ]),
    ),
    // StringEquals is case sensitive ("Condition operators": "Exact matching, case sensitive") and a role session's
    // type is AssumedRole ("AWS global condition context keys", aws:PrincipalType): "assumedrole" never matches.
    ops("rt85a-deny-type-lowercase-fix85", "may Decrypt share-1; a Deny kms:* for principal type assumedrole", [
        DECRYPT,
        deny("kms:*", { StringEquals: { "aws:PrincipalType": "assumedrole" } }),
    ]),
    // A group's member may call GetFederationToken; its federated sessions are of type FederatedUser ("Principal key
    // values") and keep the group's Allow (intersected with a session policy it writes): a Deny of type User spares them.
    edit("rt85a-group-deny-type-user-fix85: a group may Decrypt share-1 and GetFederationToken; Deny type User", r =>
        groupWith(r, "prod", "rt85a-group-deny-type-user-fix85", [
            DECRYPT,
            allow("sts:GetFederationToken", "*"),
            deny("kms:*", { StringEquals: { "aws:PrincipalType": "User" } }),
        ]),
    ),
    // The role's tag names share-1, but another role may untag it: not fixed, so the Deny on key/${tag} may cover
    // nothing (IAM API Reference, UntagRole; "Policy variables with no value").
    edit(
        "rt85a-deny-var-tag-untaggable: a role tagged keyid=<share-1>, Deny on key/${tag}; another role may untag it",
        r => {
            tagged(r, "prod", "rt85a-deny-var-tag-untaggable", { keyid: SHARE1_ID }, [
                DECRYPT,
                denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid}`),
            ]);
            opsRole(r, "prod", A, "rt85a-untagger", [allow("iam:UntagRole", opsArn("rt85a-deny-var-tag-untaggable"))]);
        },
    ),
    // ======== Round 86 neighbours (insecure): fixed values read with the operator's own matcher, fixed tags as
    // variables, holder globs credited only when a pattern covers every form.
    // The role's fixed tag names the keys' own Region: the Allow's aws:RequestedRegion = ${aws:PrincipalTag/region}
    // (IAM User Guide, "IAM policy elements: Variables and tags": variables in Condition string values) is eu-west-1.
    edit(
        "rt85a-allow-cond-var-tag-region-fix86: a role tagged region=eu-west-1 may Decrypt key/* in ${tag} Region",
        r =>
            tagged(r, "prod", "rt85a-allow-cond-var-tag-region-fix86", { region: "eu-west-1" }, [
                allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`, {
                    Condition: { StringEquals: { "aws:RequestedRegion": "${aws:PrincipalTag/region}" } },
                }),
            ]),
    ),
    // StringLike on the role's own ARN with another name's pattern: the Deny never applies.
    ops(
        "rt85a-deny-arn-like-other-fix86",
        "may Decrypt share-1; a Deny kms:* when aws:PrincipalArn like role/other-*",
        [DECRYPT, deny("kms:*", { StringLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/other-*` } })],
    ),
    // StringLike is case-sensitive ("Condition operators": "Case-sensitive matching"): TR* never matches true.
    edit("rt85a-deny-own-tag-like-case-fix86: a role tagged restricted=true, Deny restricted like TR*", r =>
        tagged(r, "prod", "rt85a-deny-own-tag-like-case-fix86", { restricted: "true" }, [
            DECRYPT,
            deny("kms:*", { StringLike: { "aws:PrincipalTag/restricted": "TR*" } }),
        ]),
    ),
    // The fixed tag matches the Allow's pattern: the Decrypt holds in every session.
    edit(
        "rt85a-allow-tag-like-own-fix86: a role tagged team=custody-ops may Decrypt share-1 if team like custody*",
        r =>
            tagged(r, "prod", "rt85a-allow-tag-like-own-fix86", { team: "custody-ops" }, [
                allow("kms:Decrypt", SHARE1, { Condition: { StringLike: { "aws:PrincipalTag/team": "custody*" } } }),
            ]),
    ),
    // A user in path /team/: its aws:PrincipalArn is user/team/<name> (IAM User Guide, "IAM identifiers": the path is
    // part of the ARN), which the Deny's user/<name> does not match.
    edit("rt85a-user-deny-own-arns-path-fix86: a user in path /team/; a Deny on user/<name> and federated ARNs", r => {
        const name = "rt85a-user-deny-own-arns-path-fix86";
        beside(r, "prod", "aws:iam/user:User", name, {
            name,
            path: "/team/",
            arn: `arn:aws:iam::${A}:user/team/${name}`,
        });
        beside(r, "prod", "aws:iam/userPolicy:UserPolicy", `${name}-p`, {
            name: `${name}-p`,
            user: name,
            policy: doc(
                DECRYPT,
                deny("kms:*", {
                    ArnLike: { "aws:PrincipalArn": [userArn(name), `arn:aws:sts::${A}:federated-user/*`] },
                }),
            ),
        });
    }),
    // A role's unique id starts AROA, not necessarily AROAX ("IAM identifiers"): AROAX*:* does not cover every session.
    ops("rt85a-deny-userid-narrow-fix86", "may Decrypt share-1; a Deny kms:* when aws:userid is like AROAX*:*", [
        DECRYPT,
        deny("kms:*", { StringLike: { "aws:userid": "AROAX*:*" } }),
    ]),
    // The user's own ARN only: its federated sessions (arn:aws:sts::<account>:federated-user/...) are not denied.
    edit(
        "rt85a-user-deny-own-arn-only-fix86: a user may Decrypt share-1 and federate; a Deny on its user ARN only",
        r =>
            userWith(r, "prod", "rt85a-user-deny-own-arn-only-fix86", [
                DECRYPT,
                allow("sts:GetFederationToken", "*"),
                deny("kms:*", { ArnLike: { "aws:PrincipalArn": [userArn("rt85a-user-deny-own-arn-only-fix86")] } }),
            ]),
    ),
];

const secure: StackCase[] = [
    // aws:PrincipalServiceName is never present for an IAM principal's request ("This key is not present in any other
    // situation"): Null true holds for the ops role, the Deny applies.
    ops(
        "rt85a-s-deny-servicename-absent",
        "may Decrypt share-1; a Deny kms:* when aws:PrincipalServiceName is absent",
        [DECRYPT, deny("kms:*", { Null: { "aws:PrincipalServiceName": "true" } })],
    ),
    // Was a MISS (fixed in round 85): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). model/conditions.ts denySurelyHoldsFor credits only HOLDER_KEYS
    // (aws:PrincipalArn, aws:PrincipalAccount, kms:CallerAccount), though model/document.ts ownerValue already fixes
    // aws:PrincipalType to AssumedRole for a role holder. Fix (general): credit every key ownerValue fixes for the
    // holder kind (aws:PrincipalType: AssumedRole for a role; never for a user/group, whose federated sessions are
    // FederatedUser) in denySurelyHoldsFor and allowNeverHoldsFor, exact and negated operators alike. Low (fail
    // closed).
    // A role session's aws:PrincipalType is AssumedRole ("AWS global condition context keys", aws:PrincipalType; the
    // "Principal key values" table): the Deny applies to every session of the role.
    ops("rt85a-s-deny-principaltype-assumedrole", "may Decrypt share-1; a Deny kms:* for AssumedRole principals", [
        DECRYPT,
        deny("kms:*", { StringEquals: { "aws:PrincipalType": "AssumedRole" } }),
    ]),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). model/conditions.ts denySurelyHoldsFor: a like-operator clause is credited
    // only on HOLDER_KEYS through strictPin (exact values); StringLike "*" on a key model/keyPresence.ts marks present
    // for every request is true for any value. Fix (general): a positive like-operator clause whose patterns include
    // one matching every string (`*`), on a key of fixed presence, holds (no IfExists needed). Low (fail closed).
    // aws:RequestedRegion "is always included in the request context": StringLike "*" holds for every request.
    ops("rt85a-s-deny-region-like-star", "may Decrypt share-1; a Deny kms:* when aws:RequestedRegion is like *", [
        DECRYPT,
        deny("kms:*", { StringLike: { "aws:RequestedRegion": "*" } }),
    ]),
    // aws:EpochTime is always present: Null false holds, the Deny applies.
    ops("rt85a-s-deny-epoch-present", "may Decrypt share-1; a Deny kms:* when aws:EpochTime is present", [
        DECRYPT,
        deny("kms:*", { Null: { "aws:EpochTime": "false" } }),
    ]),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). model/document.ts ownerValue / resolveVariables never substitutes
    // PolicyOwner.principalTags ("read by model/keyPresence.ts and model/conditions.ts, never as a variable"): a Deny's
    // Resource key/${aws:PrincipalTag/keyid} is kept as written (covers nothing), though fixedTags.ts proved the tag
    // fixed. Fix (general): ownerValue returns a fixed principal tag's value for ${aws:PrincipalTag/<key>} (any case
    // of the key), in both directions, and keeps today's reading for undeclared keys. Low (fail closed).
    // The fixed tag names share-1: the Deny on key/${aws:PrincipalTag/keyid} covers share-1 in every session.
    edit("rt85a-s-deny-var-fixed-tag-share1: a role tagged keyid=<share-1>, Deny on key/${tag}", r =>
        tagged(r, "prod", "rt85a-s-deny-var-fixed-tag-share1", { keyid: SHARE1_ID }, [
            DECRYPT,
            denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid}`),
        ]),
    ),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1; read as key/*). Same class as rt85a-s-deny-var-fixed-tag-share1: the
    // Allow's ${aws:PrincipalTag/keyid} is read as `*` (wide) though the role's tag is fixed to another key's id.
    // The fixed tag names another key: the Allow on key/${tag} reaches that key only.
    edit("rt85a-s-allow-var-fixed-tag-other: a role tagged keyid=<other> may Decrypt key/${tag}", r =>
        tagged(r, "prod", "rt85a-s-allow-var-fixed-tag-other", { keyid: OTHER_ID }, [
            allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid}`),
        ]),
    ),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1; read as key/*). Same class: the fixed tag is present, so the default (share-1)
    // is never used; the pack reads the variable as `*`.
    // A default is used only when the key is missing (IAM User Guide, "Specifying default values"); the tag is
    // fixed and present, so the default (share-1) is never used.
    edit("rt85a-s-allow-var-fixed-tag-default-unused: a role tagged keyid=<other>, key/${tag, '<share-1>'}", r =>
        tagged(r, "prod", "rt85a-s-allow-var-fixed-tag-default-unused", { keyid: OTHER_ID }, [
            allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid, '${SHARE1_ID}'}`),
        ]),
    ),
    // StringEqualsIgnoreCase ("Condition operators": "Exact matching, ignoring case"): True matches true.
    edit("rt85a-s-deny-own-tag-ignorecase: a role tagged restricted=True, Deny restricted=true ignoring case", r =>
        tagged(r, "prod", "rt85a-s-deny-own-tag-ignorecase", { restricted: "True" }, [
            DECRYPT,
            deny("kms:*", { StringEqualsIgnoreCase: { "aws:PrincipalTag/restricted": "true" } }),
        ]),
    ),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). model/conditions.ts denySurelyHoldsFor reads a fixed principal tag
    // (principalTagValue) through clauseHoldsForHolder, whose strictPin takes exact values only: StringLike tr* on the
    // fixed value true is not matched. Fix (general): for a key with one fixed value (a fixed tag, ownerValue keys),
    // evaluate the clause on that value with the operator's own matcher (StringLike glob, case rules), for Denies and
    // for allowNeverHoldsFor alike. Low (fail closed).
    // StringLike "tr*" matches the fixed value true.
    edit("rt85a-s-deny-own-tag-like: a role tagged restricted=true, Deny restricted like tr*", r =>
        tagged(r, "prod", "rt85a-s-deny-own-tag-like", { restricted: "true" }, [
            DECRYPT,
            deny("kms:*", { StringLike: { "aws:PrincipalTag/restricted": "tr*" } }),
        ]),
    ),
    // ForAnyValue on the single-valued fixed tag with its own value: the plain match.
    edit("rt85a-s-deny-own-tag-foranyvalue: a role tagged restricted=true, Deny ForAnyValue restricted=true", r =>
        tagged(r, "prod", "rt85a-s-deny-own-tag-foranyvalue", { restricted: "true" }, [
            DECRYPT,
            deny("kms:*", { "ForAnyValue:StringEquals": { "aws:PrincipalTag/restricted": "true" } }),
        ]),
    ),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). model/conditions.ts denySurelyHoldsFor reads a user's aws:PrincipalArn
    // (userPrincipalArnGlobs) only through negatedExcludingGlobs; a positive ArnLike listing the user's ARN and
    // federated-user/* (every form its requests carry: IAM User Guide, "AWS global condition context keys", "Principal
    // key values") is not credited. Fix (general): a positive clause holds when every holder glob is covered by one of
    // its patterns (the mirror of negatedExcludingGlobs). Low (fail closed).
    // An IAM user denied by its own ARN: aws:PrincipalArn is in every signed request and, for a user, is its ARN
    // (long-term keys); its federated sessions are refused separately (their ARN is federated-user/...: IAM User
    // Guide, "Principal key values"). Here the Deny lists both forms.
    edit("rt85a-s-user-deny-own-arns: an IAM user may Decrypt share-1; a Deny on its user and federated ARNs", r =>
        userWith(r, "prod", "rt85a-s-user-deny-own-arns", [
            DECRYPT,
            deny("kms:*", {
                ArnLike: {
                    "aws:PrincipalArn": [userArn("rt85a-s-user-deny-own-arns"), `arn:aws:sts::${A}:federated-user/*`],
                },
            }),
        ]),
    ),
    // Was a MISS (fixed in round 85): secure refused (share-custody only: "group ... is allowed kms:Decrypt on signer-shares-share-1";
    // custody-effective-access credits the Deny). model/keyAccess.ts grantedIdentities gives a group no owner
    // (`owner: i.kind === "user" ? userOwner(...) : undefined`), so model/requestConditions.ts principalIsServiceOf
    // (owner.kind undefined) cannot read Bool aws:PrincipalIsAWSService false. Fix (general): one owner builder for
    // every identity kind shared by the engine and share-custody (a group: { kind: "group", account }). Low.
    // aws:PrincipalIsAWSService is false for every IAM principal's own request: the group's Deny applies to its users.
    edit("rt85a-s-group-deny-not-service: a group may Decrypt share-1; a Deny when not an AWS service", r =>
        groupWith(r, "prod", "rt85a-s-group-deny-not-service", [
            DECRYPT,
            deny("kms:*", { Bool: { "aws:PrincipalIsAWSService": "false" } }),
        ]),
    ),
    // A PolicyAttachment to a role only: the role's sessions always carry aws:TokenIssueTime, the Deny applies.
    edit("rt85a-s-policyattach-role-temp-deny: a managed policy on a role only; Deny temporary credentials", r => {
        opsRole(r, "prod", A, "rt85a-s-pa-role", [allow("sts:GetCallerIdentity", "*")]);
        policyAttachment(
            r,
            "prod",
            "rt85a-s-pa-policy",
            [DECRYPT, deny("kms:*", { Null: { "aws:TokenIssueTime": "false" } })],
            ["rt85a-s-pa-role"],
            [],
        );
    }),
    // A us-east-1 replica exists, but the ops role's Allow names only the eu-west-1... none: it reads a non-custody
    // table in any Region pinned to us-east-1, and the keystore is not matched by name.
    ops("rt85a-s-region-pin-other-table", "may GetItem table/ops-* in any Region pinned to us-east-1", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:*:${A}:table/ops-*`, {
            Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
        }),
    ]),
    // Was a MISS (fixed in round 86): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). A role's aws:userid is "<role unique id>:<session name>" and a role's unique
    // id begins AROA (IAM User Guide, "IAM identifiers", "Understanding unique ID prefixes"); model/conditions.ts
    // userIdGlobs serves only user holders (through negatedExcludingGlobs). Fix (general): per holder kind, a glob
    // every
    // aws:userid of the holder matches (role: AROA*:*; user: AIDA* or <account>:* for its federated sessions), read by
    // positive like-operators in Denies as holding when the clause's pattern covers that glob. Low (fail closed).
    // ======== Batch 2 (secure).
    // A role's aws:userid is "<role unique id>:<session name>" and a role's unique id starts AROA (IAM User Guide,
    // "IAM identifiers", unique ID prefixes; "AWS global condition context keys", aws:userid): the Deny applies.
    ops("rt85a-s-deny-userid-aroa", "may Decrypt share-1; a Deny kms:* when aws:userid is like AROA*:*", [
        DECRYPT,
        deny("kms:*", { StringLike: { "aws:userid": "AROA*:*" } }),
    ]),
    // Was a MISS (fixed in round 85): secure refused (share-custody, custody-effective-access, custody-share-rings: the holder may Decrypt
    // share-1). Same class as rt85a-s-deny-principaltype-assumedrole: a negated clause on
    // aws:PrincipalType (StringNotEquals User) is not read, though a role's value is fixed (AssumedRole).
    // StringNotEquals User: a role session is AssumedRole, the Deny applies.
    ops("rt85a-s-deny-not-user-type", "may Decrypt share-1; a Deny kms:* unless principal type User", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:PrincipalType": "User" } }),
    ]),
    // StringEqualsIgnoreCase ("Exact matching, ignoring case"): assumedrole matches a role session's AssumedRole.
    ops("rt85a-s-deny-type-ignorecase-fix85", "may Decrypt share-1; a Deny kms:* for type assumedrole ignoring case", [
        DECRYPT,
        deny("kms:*", { StringEqualsIgnoreCase: { "aws:PrincipalType": "assumedrole" } }),
    ]),
    // A role session is never User nor FederatedUser ("Principal key values"): StringNotEquals of both holds.
    ops("rt85a-s-deny-not-user-types-fix85", "may Decrypt share-1; a Deny kms:* unless type User or FederatedUser", [
        DECRYPT,
        deny("kms:*", { StringNotEquals: { "aws:PrincipalType": ["User", "FederatedUser"] } }),
    ]),
    // A group's member users (and their sessions) are principals of the group's account ("AWS global condition
    // context keys", aws:PrincipalAccount): the group's Deny for its own account applies to all of them.
    edit("rt85a-s-group-deny-own-account-fix85: a group may Decrypt share-1; a Deny for its own account", r =>
        groupWith(r, "prod", "rt85a-s-group-deny-own-account-fix85", [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:PrincipalAccount": A } }),
        ]),
    ),
    // The role's aws:PrincipalArn is its role ARN, never a user's: ArnNotLike user/* holds, the Deny applies.
    ops("rt85a-s-deny-unless-user-arn", "may Decrypt share-1; a Deny kms:* unless the caller is an IAM user", [
        DECRYPT,
        deny("kms:*", { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:user/*` } }),
    ]),
    // The signer's trust admits an ops role and denies it whenever aws:TokenIssueTime is present: a role session
    // always carries it (the caller of sts:AssumeRole is the ops role's session), the Deny applies, nobody new
    // assumes the signer. Same account, so the trust alone would admit the role (IAM User Guide, "Policy evaluation
    // logic", cross-account vs same account: a role trust naming the principal suffices); no identity Allow is needed.
    edit("rt85a-s-trust-deny-role-token-present: the signer trusts an ops role, Deny when temporary credentials", r => {
        opsRole(r, "prod", A, "rt85a-s-trust-ops", [allow("sts:GetCallerIdentity", "*")]);
        addStatements(
            find(r, ROLE, "signer-role"),
            "assumeRolePolicy",
            { Effect: "Allow", Principal: { AWS: opsArn("rt85a-s-trust-ops") }, Action: "sts:AssumeRole" },
            {
                Effect: "Deny",
                Principal: { AWS: opsArn("rt85a-s-trust-ops") },
                Action: "sts:AssumeRole",
                Condition: { Null: { "aws:TokenIssueTime": "false" } },
            },
        );
    }),
    // ======== Round 86 neighbours (secure).
    // The fixed tag names another Region: the Allow pinned to it never reaches the eu-west-1 keys (aws:RequestedRegion
    // "is always included in the request context"; KMS keys are Regional: KMS Developer Guide, "Multi-Region keys").
    edit(
        "rt85a-s-allow-cond-var-tag-region-fix86: a role tagged region=us-east-1 may Decrypt key/* in ${tag} Region",
        r =>
            tagged(r, "prod", "rt85a-s-allow-cond-var-tag-region-fix86", { region: "us-east-1" }, [
                allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`, {
                    Condition: { StringEquals: { "aws:RequestedRegion": "${aws:PrincipalTag/region}" } },
                }),
            ]),
    ),
    // The role's aws:PrincipalArn is its ARN ("AWS global condition context keys"): StringLike role/rt85a-* and an
    // ArnLike of any account's role/rt85a-s-* both match it.
    ops(
        "rt85a-s-deny-arn-like-own-fix86",
        "may Decrypt share-1; a Deny kms:* when aws:PrincipalArn like role/rt85a-*",
        [DECRYPT, deny("kms:*", { StringLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/rt85a-*` } })],
    ),
    ops(
        "rt85a-s-deny-arnlike-own-fix86",
        "may Decrypt share-1; a Deny kms:* when aws:PrincipalArn ArnLike role/rt85a-s-*",
        [DECRYPT, deny("kms:*", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/rt85a-s-*" } })],
    ),
    // The fixed tag team=ops never matches custody*: the Allow holds in no session.
    edit("rt85a-s-allow-tag-like-other-fix86: a role tagged team=ops may Decrypt share-1 if team like custody*", r =>
        tagged(r, "prod", "rt85a-s-allow-tag-like-other-fix86", { team: "ops" }, [
            allow("kms:Decrypt", SHARE1, { Condition: { StringLike: { "aws:PrincipalTag/team": "custody*" } } }),
        ]),
    ),
    // A user's aws:userid is its AIDA unique id, its federated sessions' <account>:<name> ("IAM policy elements:
    // Variables and tags", aws:userid; "IAM identifiers", unique ID prefixes): a Deny like both covers every request.
    edit(
        "rt85a-s-user-deny-userid-fix86: an IAM user may Decrypt share-1; a Deny when aws:userid like AIDA* or <acct>:*",
        r =>
            userWith(r, "prod", "rt85a-s-user-deny-userid-fix86", [
                DECRYPT,
                deny("kms:*", { StringLike: { "aws:userid": ["AIDA*", `${A}:*`] } }),
            ]),
    ),
    // The fixed tag is present, so the default is unused ("Specifying default values"): the Deny covers share-1.
    edit("rt85a-s-deny-var-fixed-tag-default-fix86: a role tagged keyid=<share-1>, Deny on key/${tag, '<other>'}", r =>
        tagged(r, "prod", "rt85a-s-deny-var-fixed-tag-default-fix86", { keyid: SHARE1_ID }, [
            DECRYPT,
            denyOn("kms:*", `arn:aws:kms:eu-west-1:${A}:key/\${aws:PrincipalTag/keyid, '${OTHER_ID}'}`),
        ]),
    ),
];

/** The misses (their MISS comments say why): skipped. */
const MISSES = new Set<string>([]);
const marked = (cases: StackCase[]): StackCase[] =>
    cases.map(c => (MISSES.has(c.name.split(":")[0]) ? { ...c, skip: true } : c));

describeVariants(
    "red team 85: aws (holder kinds, service keys, variables with values, changeable tags, Regions)",
    marked(insecure),
    marked(secure),
);
