// Red-team round 90, aws: new classes beside round 88's key-attribute reading (alias placement, provider ignoreTags,
// ForAllValues alias Denies, boundary attribute clauses), on prod and pod-identity.
// Probed: alias placement through a provider of its own (same account in us-east-1, a Region unknown in preview, a
// provider pinned to no account assuming into 333333333333; the alias's own `region` bringing it back to eu-west-1,
// a second pinned provider naming the key by ARN), alias name uniqueness (one name declared twice in one account and
// Region; the same name in another Region), ForAllValues:StringLike kms:ResourceAliases Denies beside a second alias
// (outside the pattern by id or by ARN through a second provider; inside it); provider defaultTags (a default value
// under the key's own tag, a default key the provider also ignores; a Deny keyed on a default tag; unrelated
// defaults); aws:TagKeys on a tag changer's own Deny (ForAllValues, another prefix); Null on kms:ViaService; key-policy
// aws:PrincipalArn by StringLike of any account and by ArnLike with a path glob; a Deny by alias ARN in Resource;
// grants (CreateGrant handed to the signer, an encryption-context-constrained Decrypt grant with a retiring
// principal); trusts (Pod Identity with aws:SourceArn ArnLike cluster/* and no cluster tag, IRSA keys of another
// issuer under IfExists, an IRSA sub prefix glob); DynamoDB (an inline `replicas` read in us-east-1, a resource policy
// for every principal of the account); boundaries a deployer can delete or rewrite; an ABAC Allow by a session-tag
// variable under a TagSession trust. Secure mirrors: valid alias placements, an MFA-gated auditor and break-glass
// responder declared as operations helpers, a key admin and a tagging deployer capped by custody-tag Denies (own and
// boundary), Denies by key-ARN glob and NotResource, the signer denying itself exports, a keystore perimeter resource
// policy, exact IRSA and Pod Identity pins.
// Misses (1 insecure accepted, 3 secure refused):
// - alias name uniqueness never checked (model/keyAttributes.ts aliasTargets / declaredAliases) (1, insecure):
//   rt90a-alias-duplicate-name.
// - provider defaultTags never read for aws:ResourceTag (model/keyAttributes.ts declaredTags) (1, fail closed):
//   rt90a-s-default-tags-deny.
// - stack-keys-not-destructible ignores Denies the key's fixed attributes make true (model/keyAccess.ts
//   kmsActionsOnKey skips every conditioned Deny) (1, fail closed): rt90a-s-key-admin-not-custody.
// - a tag changer's permissions-boundary Denies not among its held Denies (model/fixedTags.ts tagChangingStatements /
//   changingReaches) (1, fail closed): rt90a-s-deployer-custody-boundary.
// Not misses (by design, dropped): a tag admin allowed kms:TagResource on key/* with a Deny of custody:* aws:TagKeys is
// refused by custody-effective-access (any action of an identity outside the model on a custody key); an audit or
// break-glass role reading custody key metadata on key/* is refused until declared as a custody:operations helper
// with exact ARNs (README, "Naming an operations helper"), as the secure cases here are.
// Held: 23 of 24 insecure refused; 14 of 17 secure clean.
// Fixed in round 90 (fix90-aws): all 4 misses (alias name uniqueness, provider defaultTags, the destructive-action
// rule on the key's fixed attributes, a tag changer's boundary), each unskipped with a "Was a MISS" comment;
// neighbours added (-fix90): 7 insecure, 5 secure. Now 31 of 31 insecure refused, 22 of 22 secure clean.
import { describeVariants, find, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { editDoc, outsideRole } from "./variantBuilders";
import { UNKNOWN } from "../support";

const A = ACCOUNT.prod;
const SHARE1_ID = "48163296-803a-4ce6-ad53-a0a0de26d32e";
const OTHER_ID = "ffffffff-0000-0000-0000-000000000090";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/${SHARE1_ID}`;
const OTHER_KEY = `arn:aws:kms:eu-west-1:${A}:key/${OTHER_ID}`;
const TABLES_KEY_ID = "1410d6b4-da14-4683-a7ca-130695bf6084";
const TABLES_KEY = `arn:aws:kms:eu-west-1:${A}:key/${TABLES_KEY_ID}`;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const POLICY = "aws:iam/policy:Policy";
const SIGNER_ARN = `arn:aws:iam::${A}:role/custody-prod-signer`;
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`;
const OIDC = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const WORKLOAD_TAG = "aws:ResourceTag/custody:workload";
const WORKLOAD_DENY = {
    Effect: "Deny",
    Action: "kms:*",
    Resource: "*",
    Condition: { StringEquals: { [WORKLOAD_TAG]: "containment-chamber" } },
};
const LOCKED_DENY = {
    Effect: "Deny",
    Action: "kms:*",
    Resource: "*",
    Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/locked/*" } },
};
/** A Deny of every KMS action on keys every alias of which is alias/custody-infra/* (none: also). */
const CUSTODY_ALIASES_ALL_DENY = {
    Effect: "Deny",
    Action: "kms:*",
    Resource: "*",
    Condition: { "ForAllValues:StringLike": { "kms:ResourceAliases": "alias/custody-infra/*" } },
};
const kmsDeny = (condition: object, extra: object = {}) => ({
    Effect: "Deny",
    Action: "kms:*",
    Resource: "*",
    Condition: condition,
    ...extra,
});
const TAGGING = ["kms:TagResource", "kms:UntagResource"];
/** A key administrator's listed actions (KMS Developer Guide, "Default key policy": key administrators, plus use). */
const KEY_ADMIN = [
    "kms:Decrypt",
    "kms:Encrypt",
    "kms:DescribeKey",
    "kms:CreateGrant",
    "kms:DisableKey",
    "kms:PutKeyPolicy",
    "kms:ScheduleKeyDeletion",
];
const TABLE_ARNS = ["anti-slashing", "keystore", "signer-state"].map(
    t => `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-${t}`,
);
/** Identity Center roles outside the stack (README, "Naming an operations helper": the helper's subject). */
const AUDITOR = outsideRole(A, "custody-prod-auditor");
const BREAK_GLASS = outsideRole(A, "custody-prod-break-glass");

const edit = (name: string, e: (r: Resources) => void, stack = "prod"): StackCase => ({ name, stack, edit: e });
const ops = (id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, "prod", A, id, statements));
/** An ops role holding `statements` beside a second ops role (`id`-helper) holding `helper`. */
const pair = (id: string, what: string, statements: object[], helper: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => {
        opsRole(r, "prod", A, id, statements);
        opsRole(r, "prod", A, `${id}-helper`, helper);
    });
/** A customer managed policy of the prod stack (a Policy resource) holding `statements`; returns its ARN. */
const managedPolicy = (r: Resources, name: string, statements: object[]): string => {
    const arn = `arn:aws:iam::${A}:policy/${name}`;
    beside(r, "prod", POLICY, name, {
        name,
        arn,
        policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }),
    });
    return arn;
};
/** The provider of the prod key `like`, copied as a second provider `name` with `inputs` changed. */
const providerLike = (r: Resources, name: string, inputs: Record<string, unknown>, like = "signer-tables-cmk") => {
    const p = find(r, KEY, like).provider!;
    return { ...p, urn: p.urn.replace(/::[^:]+$/, `::${name}`), name, inputs: { ...p.inputs, ...inputs } };
};
/** An alias resource on the provider of the prod key `like` (the tables' key by default). */
const alias = (r: Resources, name: string, inputs: Record<string, unknown>, like = "signer-tables-cmk") =>
    beside(r, "prod", ALIAS, name, inputs, find(r, KEY, like));
/** An alias resource on a provider of its own. */
const aliasOn = (r: Resources, name: string, inputs: Record<string, unknown>, provider: Record<string, unknown>) => {
    const res = alias(r, name, inputs);
    res.provider = provider as typeof res.provider;
    return res;
};
/** Sets a provider input of share-1's (and the tables' key's: one provider) AWS provider. */
const providerInput = (r: Resources, key: string, value: unknown) => {
    for (const res of r.filter(x => x.provider?.urn === find(r, KEY, "signer-shares-share-1").provider?.urn))
        res.provider = { ...res.provider!, inputs: { ...res.provider!.inputs, [key]: value } };
};
/** Adds a statement to a prod key's policy. */
const keyPolicyAdd = (r: Resources, keyName: string, statement: object) =>
    editDoc(find(r, KEY, keyName), "policy", d => d.Statement.push(statement as Record<string, unknown>));
/** Adds statements to the signer role's own RolePolicy. */
const signerAdd =
    (...statements: object[]) =>
    (r: Resources) =>
        editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", d =>
            d.Statement.push(...(statements as Record<string, unknown>[])),
        );
/** Replaces the signer role's trust with one statement. */
const trust = (statement: object) => (r: Resources) =>
    setProp(
        find(r, ROLE, "signer-role"),
        "assumeRolePolicy",
        JSON.stringify({ Version: "2012-10-17", Statement: [statement] }),
    );
const PODS = { Service: "pods.eks.amazonaws.com" };
const POD_ACTIONS = ["sts:AssumeRole", "sts:TagSession"];
/** A KMS grant on the prod key `keyId`. */
const grant = (r: Resources, name: string, inputs: Record<string, unknown>) =>
    beside(r, "prod", "aws:kms/grant:Grant", name, { name, ...inputs }, find(r, KEY, "signer-shares-share-1"));
/** A role of the prod account trusted by the SSO role only with MFA (IAM User Guide, "Configuring MFA-protected API access"). */
const mfaRole = (r: Resources, name: string, subject: string, statements: object[]) => {
    opsRole(r, "prod", A, name, statements);
    setProp(
        find(r, ROLE, name),
        "assumeRolePolicy",
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { AWS: subject },
                    Action: "sts:AssumeRole",
                    Condition: {
                        Bool: { "aws:MultiFactorAuthPresent": "true" },
                        NumericLessThan: { "aws:MultiFactorAuthAge": "3600" },
                    },
                },
            ],
        }),
    );
};

const insecure: StackCase[] = [
    // ======== Alias placement through a provider of its own (neighbour of round 88's aliasPlacement). "The alias and
    // its associated KMS key must be in the same AWS account and Region" (KMS API Reference, CreateAlias): a provider of
    // the same account in us-east-1 makes the alias there, where the tables' key id names no key.
    edit("rt90a-alias-provider-other-region: alias/locked/tables through a us-east-1 provider of the account", r => {
        aliasOn(
            r,
            "rt90a-alias-use1",
            { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID },
            providerLike(r, "aws-signer-use1", { region: "us-east-1" }),
        );
        opsRole(r, "prod", A, "rt90a-alias-provider-other-region", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
    // A provider whose Region is not known (a first preview): the alias's placement is not known (fail closed).
    edit("rt90a-alias-provider-unknown-region: alias/locked/tables through a provider of unknown Region", r => {
        aliasOn(
            r,
            "rt90a-alias-unknown",
            { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID },
            providerLike(r, "aws-signer-unknown", { region: UNKNOWN }),
        );
        opsRole(r, "prod", A, "rt90a-alias-provider-unknown-region", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
    // A provider of eu-west-1 pinned to no account that assumes a role of 333333333333: the alias is made there
    // (Pulumi AWS provider, assumeRoles / allowedAccountIds), not in the key's account.
    edit(
        "rt90a-alias-provider-unpinned-account: alias/locked/tables through a provider assuming into 333333333333",
        r => {
            aliasOn(
                r,
                "rt90a-alias-unpinned",
                { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID },
                providerLike(r, "aws-signer-unpinned", {
                    allowedAccountIds: undefined,
                    assumeRoles: JSON.stringify([{ roleArn: "arn:aws:iam::333333333333:role/custody-deployer" }]),
                }),
            );
            opsRole(r, "prod", A, "rt90a-alias-provider-unpinned-account", [
                allow("kms:Decrypt", TABLES_KEY),
                LOCKED_DENY,
            ]);
        },
    ),
    // Was a MISS (fixed in round 90): model/keyAttributes.ts aliasTargets now groups the program's aliases by name and
    // placement (aliasPlacement): an alias another alias of the same name (compared without case) or of unknown name
    // may share the key's account and Region with (its placement the key's or not known) is not known to target the
    // key, so the key's aliases are unread (fail closed). Was: alias name uniqueness: insecure accepted (got []). The
    // tables' key is credited alias/locked/tables
    // although a second Alias resource of the same name, placed in the same account and Region, targets another key:
    // AWS keeps whichever is created first and fails the other. Where: model/keyAttributes.ts aliasTargets /
    // declaredAliases (each Alias resource is read alone; no check that its name is unique in its account and Region).
    // Fix (general): group the program's Alias resources by (account, Region, name) from aliasPlacement; a name held
    // by two or more of them (or by one whose placement or name is unknown beside it) is credited to no key, so the
    // key's aliases are left unread (fail closed), and a rule may say "alias name declared twice" with both URNs.
    // Two Alias resources of one name in one account and Region: "The alias name must be unique in the AWS account and
    // Region" (AWS::KMS::Alias, CloudFormation / Pulumi aws-native kms.Alias; KMS API Reference, CreateAlias:
    // AlreadyExistsException), so only the first created exists, and the
    // engine creates independent resources in parallel (Pulumi docs, "pulumi up": resources without dependencies are
    // created concurrently): alias/locked/tables may end on another key, and the Deny need not hold on the tables' key.
    edit("rt90a-alias-duplicate-name: alias/locked/tables declared twice, on the tables' key and on another key", r => {
        alias(r, "rt90a-alias-locked-tables", { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID });
        alias(r, "rt90a-alias-locked-other", { name: "alias/locked/tables", targetKeyId: OTHER_ID });
        opsRole(r, "prod", A, "rt90a-alias-duplicate-name", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
    // The same name declared again through a second provider of the same account and Region (placement the key's):
    // "The alias name must be unique in the AWS account and Region" (AWS::KMS::Alias).
    edit(
        "rt90a-alias-duplicate-second-provider-fix90: alias/locked/tables again through a second eu-west-1 provider",
        r => {
            alias(r, "rt90a-alias-dup-tables", { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID });
            aliasOn(
                r,
                "rt90a-alias-dup-other",
                { name: "alias/locked/tables", targetKeyId: OTHER_KEY },
                providerLike(r, "aws-signer-second", {}),
            );
            opsRole(r, "prod", A, "rt90a-alias-duplicate-second-provider-fix90", [
                allow("kms:Decrypt", TABLES_KEY),
                LOCKED_DENY,
            ]);
        },
    ),
    // The second alias of that name through a provider of unknown Region (a first preview): it may be placed in the
    // key's Region, so which alias exists there is not known (fail closed).
    edit(
        "rt90a-alias-duplicate-unknown-region-fix90: alias/locked/tables again through a provider of unknown Region",
        r => {
            alias(r, "rt90a-alias-dup-tables-2", { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID });
            aliasOn(
                r,
                "rt90a-alias-dup-unknown",
                { name: "alias/locked/tables", targetKeyId: OTHER_ID },
                providerLike(r, "aws-signer-unknown", { region: UNKNOWN }),
            );
            opsRole(r, "prod", A, "rt90a-alias-duplicate-unknown-region-fix90", [
                allow("kms:Decrypt", TABLES_KEY),
                LOCKED_DENY,
            ]);
        },
    ),
    // ======== ForAllValues:StringLike kms:ResourceAliases in a Deny holds only while EVERY alias of the key matches
    // (IAM User Guide, "Single-valued vs. multivalued context keys"): a second alias outside alias/custody-infra/*
    // on the tables' key makes it false.
    edit("rt90a-deny-allvalues-extra-alias: the tables' key also aliased alias/ops/tables; a ForAllValues Deny", r => {
        alias(r, "rt90a-alias-ops-tables", { name: "alias/ops/tables", targetKeyId: TABLES_KEY_ID });
        opsRole(r, "prod", A, "rt90a-deny-allvalues-extra-alias", [
            allow("kms:Decrypt", TABLES_KEY),
            CUSTODY_ALIASES_ALL_DENY,
        ]);
    }),
    // The same, the extra alias made through a second provider of the same account and Region naming the key by ARN.
    edit(
        "rt90a-deny-allvalues-extra-alias-provider: alias/ops/tables by ARN through a second eu-west-1 provider",
        r => {
            aliasOn(
                r,
                "rt90a-alias-ops-tables-2",
                { name: "alias/ops/tables", targetKeyId: TABLES_KEY },
                providerLike(r, "aws-signer-second", {}),
            );
            opsRole(r, "prod", A, "rt90a-deny-allvalues-extra-alias-provider", [
                allow("kms:Decrypt", TABLES_KEY),
                CUSTODY_ALIASES_ALL_DENY,
            ]);
        },
    ),
    // ======== Provider defaultTags: "Setting default tags at the provider level will not supersede tags set on
    // individual resources as resource tags take precedence" (HashiCorp, "Default Tags in the Terraform AWS Provider";
    // Pulumi AWS provider defaultTags). share-1 declares custody:workload=containment-chamber, so a Deny of keys whose
    // custody:workload is `locked` (the default) never holds on it.
    edit(
        "rt90a-default-tag-overridden: defaultTags custody:workload=locked under share-1's own tag; a Deny of locked",
        r => {
            providerInput(r, "defaultTags", JSON.stringify({ tags: { "custody:workload": "locked" } }));
            opsRole(r, "prod", A, "rt90a-default-tag-overridden", [
                allow("kms:Decrypt", KEYS),
                kmsDeny({ StringEquals: { [WORKLOAD_TAG]: "locked" } }),
            ]);
        },
    ),
    // A default tag the same provider also ignores (ignoreTags): not managed by the program, the Deny need not hold.
    edit("rt90a-default-tag-ignored: defaultTags custody:tier=custody, ignoreTags custody:tier; a Deny by tier", r => {
        providerInput(r, "defaultTags", JSON.stringify({ tags: { "custody:tier": "custody" } }));
        providerInput(r, "ignoreTags", JSON.stringify({ keys: ["custody:tier"] }));
        opsRole(r, "prod", A, "rt90a-default-tag-ignored", [
            allow("kms:Decrypt", KEYS),
            kmsDeny({ StringEquals: { "aws:ResourceTag/custody:tier": "custody" } }),
        ]);
    }),
    // A default whose value is unknown (a first preview): the key's custody:tier is not known, the Deny may not hold.
    edit("rt90a-default-tag-unknown-fix90: defaultTags custody:tier of unknown value; a Deny by tier", r => {
        providerInput(r, "defaultTags", JSON.stringify({ tags: { "custody:tier": UNKNOWN } }));
        opsRole(r, "prod", A, "rt90a-default-tag-unknown-fix90", [
            allow("kms:Decrypt", KEYS),
            kmsDeny({ StringEquals: { "aws:ResourceTag/custody:tier": "custody" } }),
        ]);
    }),
    // The whole defaultTags unknown: any key may be among them (a case variant of custody:workload too: tag keys are
    // case-sensitive, KMS API Reference, TagResource), so no tag is read and the workload Deny is not credited.
    edit("rt90a-default-tags-unknown-block-fix90: the provider's defaultTags unknown; a custody:workload Deny", r => {
        providerInput(r, "defaultTags", UNKNOWN);
        opsRole(r, "prod", A, "rt90a-default-tags-unknown-block-fix90", [allow("kms:Decrypt", KEYS), WORKLOAD_DENY]);
    }),
    // ======== aws:TagKeys on a tag changer's own Deny. ForAllValues holds only when every key of the request matches
    // (IAM User Guide, "Multivalued context keys"): TagResource with custody:workload AND another key escapes it.
    pair(
        "rt90a-tagger-tagkeys-allvalues",
        "may Decrypt key/* with a tag Deny; a tag admin denied only when ALL its tag keys are custody:*",
        [allow("kms:Decrypt", KEYS), WORKLOAD_DENY],
        [
            allow(TAGGING, KEYS),
            {
                Effect: "Deny",
                Action: TAGGING,
                Resource: "*",
                Condition: { "ForAllValues:StringLike": { "aws:TagKeys": "custody:*" } },
            },
        ],
    ),
    // A Deny of tag keys owner* only: custody:workload may still be rewritten.
    pair(
        "rt90a-tagger-tagkeys-other-prefix",
        "may Decrypt key/* with a tag Deny; a tag admin denied only tag keys owner*",
        [allow("kms:Decrypt", KEYS), WORKLOAD_DENY],
        [
            allow(TAGGING, KEYS),
            {
                Effect: "Deny",
                Action: TAGGING,
                Resource: "*",
                Condition: { "ForAnyValue:StringLike": { "aws:TagKeys": "owner*" } },
            },
        ],
    ),
    // ======== Null on kms:ViaService: "Null": "false" holds when the key is present (IAM User Guide, "Condition
    // operator to check existence of condition keys"), so this Deny takes calls through a service and leaves direct
    // Decrypt calls of the tables' key allowed (kms:ViaService is present only when a service calls on one's behalf:
    // KMS Developer Guide, "kms:ViaService").
    ops("rt90a-deny-null-viaservice-false", "may Decrypt the tables' key; a Deny when kms:ViaService is present", [
        allow("kms:Decrypt", TABLES_KEY),
        { Effect: "Deny", Action: "kms:*", Resource: "*", Condition: { Null: { "kms:ViaService": "false" } } },
    ]),
    // ======== StringLike on a principal ARN of any account in a key policy (IAM User Guide, "AWS global condition
    // context keys", aws:PrincipalArn; Principal "*" in a key policy: KMS Developer Guide, "Key policies"): any
    // account's role named custody-prod-signer may Decrypt the tables' key.
    edit("rt90a-keypolicy-principalarn-any-account: the tables' key lets role/custody-prod-signer of any account", r =>
        keyPolicyAdd(r, "signer-tables-cmk", {
            Sid: "SignerAnyAccount",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["kms:Decrypt", "kms:DescribeKey"],
            Resource: "*",
            Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/custody-prod-signer" } },
        }),
    ),
    // ArnLike with a path wildcard: role/*/custody-prod-signer of the account is any role so named under a path.
    edit("rt90a-keypolicy-principalarn-any-path: share-1's policy lets role/*custody-prod-signer Decrypt", r =>
        keyPolicyAdd(r, "signer-shares-share-1", {
            Sid: "SignerAnyPath",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*custody-prod-signer` } },
        }),
    ),
    // ======== A Deny naming the keys by alias ARN: "When an alias is the value of a resource element, the policy
    // applies to the alias resource, not to any KMS key that might be associated with it" (KMS Developer Guide, "Use
    // aliases to control access to KMS keys").
    ops("rt90a-deny-alias-arn-resource", "may Decrypt key/*; a Deny names the custody keys by alias ARN", [
        allow("kms:Decrypt", KEYS),
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: [
                `arn:aws:kms:eu-west-1:${A}:alias/custody-infra/prod/share-1`,
                `arn:aws:kms:eu-west-1:${A}:alias/custody-infra/prod/signer-tables`,
            ],
        },
    ]),
    // ======== Grants. A grant with CreateGrant lets its grantee create grants for the same operations to anyone
    // (KMS Developer Guide, "Grants in AWS KMS": "Grant operations ... CreateGrant"; "Grant tokens"): the signer
    // could hand Decrypt of share-1 on.
    edit("rt90a-grant-signer-creategrant: a grant on share-1 of Decrypt and CreateGrant to the signer role", r =>
        grant(r, "rt90a-grant-signer", {
            keyId: SHARE1,
            granteePrincipal: SIGNER_ARN,
            operations: ["Decrypt", "Encrypt", "CreateGrant"],
        }),
    ),
    // A grant constrained by encryption context still decrypts every ciphertext carrying that context (KMS Developer
    // Guide, "Grant constraints"); the retiring principal only retires it.
    edit("rt90a-grant-ops-constrained: a grant on share-1 of Decrypt to an ops role with an encryption context", r => {
        opsRole(r, "prod", A, "rt90a-grant-ops-constrained", [allow("sts:GetCallerIdentity", "*")]);
        grant(r, "rt90a-grant-ops", {
            keyId: SHARE1_ID,
            granteePrincipal: `arn:aws:iam::${A}:role/rt90a-grant-ops-constrained`,
            retiringPrincipal: SIGNER_ARN,
            operations: ["Decrypt"],
            constraints: [{ encryptionContextEquals: { purpose: "share-export" } }],
        });
    }),
    // ======== Trusts. Pod Identity: the cluster pinned by ArnLike cluster/* (any cluster of the account) with the
    // namespace and service account pinned but no eks-cluster-arn tag: any cluster of the account with a
    // validators/containment-chamber association (EKS User Guide, "Create IAM role with trust policy required by EKS
    // Pod Identity").
    edit(
        "rt90a-podid-trust-cluster-glob: the signer's Pod Identity trust takes any cluster of the account",
        trust({
            Effect: "Allow",
            Principal: PODS,
            Action: POD_ACTIONS,
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": A,
                    "aws:RequestTag/kubernetes-namespace": "validators",
                    "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                },
                ArnLike: { "aws:SourceArn": `arn:aws:eks:eu-west-1:${A}:cluster/*` },
            },
        }),
        "pod-identity",
    ),
    // IRSA: the sub and aud pinned under another issuer's keys with IfExists: for this provider's tokens those keys
    // are absent, and "...IfExists" is true when the key is absent (IAM User Guide, "...IfExists condition operators").
    edit(
        "rt90a-irsa-other-issuer-ifexists: the signer's IRSA trust pins sub/aud of another issuer with IfExists",
        trust({
            Effect: "Allow",
            Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/${OIDC}` },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEqualsIfExists: {
                    "oidc.eks.eu-west-1.amazonaws.com/id/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF90:sub":
                        "system:serviceaccount:validators:containment-chamber",
                    "oidc.eks.eu-west-1.amazonaws.com/id/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF90:aud": "sts.amazonaws.com",
                },
            },
        }),
    ),
    // IRSA: sts:TagSession beside the web identity assume with the sub pinned by StringLike on a name prefix.
    edit(
        "rt90a-irsa-sub-prefix-like: the signer's IRSA trust takes validators:containment-chamber*",
        trust({
            Effect: "Allow",
            Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/${OIDC}` },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringLike: { [`${OIDC}:sub`]: "system:serviceaccount:validators:containment-chamber*" },
                StringEquals: { [`${OIDC}:aud`]: "sts.amazonaws.com" },
            },
        }),
    ),
    // ======== DynamoDB: the keystore's inline replica (Table `replicas`, "a replica table ... stores the same data":
    // DynamoDB Developer Guide, "Global tables") in us-east-1, read by an ops role there.
    edit("rt90a-table-inline-replica-read: the keystore replicated to us-east-1; an ops role reads it there", r => {
        setProp(find(r, "aws:dynamodb/table:Table", "signer-tables-keystore"), "replicas", [
            { regionName: "us-east-1", pointInTimeRecovery: true },
        ]);
        opsRole(r, "prod", A, "rt90a-table-inline-replica-read", [
            allow(["dynamodb:GetItem", "dynamodb:Scan"], `arn:aws:dynamodb:us-east-1:${A}:table/custody-prod-keystore`),
        ]);
    }),
    // A DynamoDB resource-based policy granting every principal of the account (Principal "*" with
    // aws:PrincipalAccount): a resource policy grants same-account principals directly (IAM User Guide, "Policy
    // evaluation logic": "Identity-based policies and resource-based policies").
    edit(
        "rt90a-keystore-resource-policy-account: the keystore's resource policy lets every principal of 111111111111",
        r =>
            beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt90a-keystore-policy", {
                resourceArn: KEYSTORE,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: "*",
                            Action: ["dynamodb:GetItem", "dynamodb:Query"],
                            Resource: KEYSTORE,
                            Condition: { StringEquals: { "aws:PrincipalAccount": A } },
                        },
                    ],
                }),
            }),
    ),
    // ======== Boundaries (neighbours of round 88's boundary attribute reading): a deployer capped by a boundary that
    // denies custody-tagged keys, but allowed to delete its own boundary (iam:DeleteRolePermissionsBoundary: IAM User
    // Guide, "Permissions boundaries for IAM entities": delegated administrators must not be able to remove it).
    edit("rt90a-boundary-self-removable: a deployer capped by a custody-tag boundary may delete its boundary", r => {
        opsRole(r, "prod", A, "rt90a-boundary-self-removable", [
            allow(["kms:Decrypt", "kms:Encrypt"], KEYS),
            allow(["iam:DeleteRolePermissionsBoundary", "iam:GetRole"], `arn:aws:iam::${A}:role/rt90a-*`),
        ]);
        const arn = managedPolicy(r, "rt90a-boundary-custody", [
            allow(["kms:Decrypt", "kms:Encrypt", "iam:DeleteRolePermissionsBoundary", "iam:GetRole"], "*"),
            kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } }),
        ]);
        setProp(find(r, ROLE, "rt90a-boundary-self-removable"), "permissionsBoundary", arn);
    }),
    // The same deployer may write a new default version of its boundary policy (iam:CreatePolicyVersion with
    // SetAsDefault: IAM API Reference, CreatePolicyVersion).
    edit("rt90a-boundary-rewritable: a deployer capped by a custody-tag boundary may rewrite the boundary", r => {
        opsRole(r, "prod", A, "rt90a-boundary-rewritable", [
            allow(["kms:Decrypt", "kms:Encrypt"], KEYS),
            allow("iam:CreatePolicyVersion", `arn:aws:iam::${A}:policy/rt90a-boundary-custody-2`),
        ]);
        const arn = managedPolicy(r, "rt90a-boundary-custody-2", [
            allow(["kms:Decrypt", "kms:Encrypt", "iam:CreatePolicyVersion"], "*"),
            kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } }),
        ]);
        setProp(find(r, ROLE, "rt90a-boundary-rewritable"), "permissionsBoundary", arn);
    }),
    // ======== Policy variables: an ABAC Allow whose value is the caller's principal tag, on a role whose trust
    // allows sts:TagSession (the caller sets its own session tag: IAM User Guide, "Passing session tags in AWS STS":
    // a session tag overrides a role tag of the same key).
    edit("rt90a-abac-session-tag-var: an ops role (TagSession trust) Decrypts keys tagged its own workload tag", r => {
        opsRole(r, "prod", A, "rt90a-abac-session-tag-var", [
            allow("kms:Decrypt", KEYS, {
                Condition: { StringEquals: { [WORKLOAD_TAG]: "${aws:PrincipalTag/workload}" } },
            }),
        ]);
        const role = find(r, ROLE, "rt90a-abac-session-tag-var");
        setProp(role, "tags", { workload: "ops-reporting" });
        editDoc(role, "assumeRolePolicy", d => {
            d.Statement[0].Action = ["sts:AssumeRole", "sts:TagSession"];
        });
    }),
    // ======== Neighbours of the destructive-action rule reading the key's fixed attributes (round 90): a Deny by a tag
    // value the custody keys do not carry never holds on them (KMS Developer Guide, "Use tags to control access to KMS
    // keys"), so the key admin may schedule their deletion.
    {
        ...ops(
            "rt90a-key-admin-other-stack-fix90",
            "may use and manage key/*, a Deny of keys tagged custody:stack other-infra/*",
            [allow(KEY_ADMIN, KEYS), kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "other-infra/*" } })],
        ),
        policy: "stack-keys-not-destructible",
        refused: /role rt90a-key-admin-other-stack-fix90 is allowed .*kms:ScheduleKeyDeletion/,
    },
    // The same custody-tag Deny while another role may retag every key ("Changing a tag or alias might allow or deny
    // permission to a KMS key": KMS Developer Guide, "ABAC for AWS KMS"): the tag is not fixed, the Deny may not hold.
    {
        ...pair(
            "rt90a-key-admin-retagged-fix90",
            "may use and manage key/* but not custody-tagged keys; a helper may retag key/*",
            [allow(KEY_ADMIN, KEYS), kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } })],
            [allow(TAGGING, KEYS)],
        ),
        policy: "stack-keys-not-destructible",
        refused: /role rt90a-key-admin-retagged-fix90 is allowed .*kms:ScheduleKeyDeletion/,
    },
    // ======== Neighbour of a tag changer's boundary (round 90): the boundary admits tagging and denies only use of
    // custody-tagged keys, so the deployer may untag share-1 and then Decrypt it ("An entity's permissions boundary
    // allows it to perform only the actions that are allowed by both": IAM User Guide, "Permissions boundaries").
    {
        ...edit(
            "rt90a-deployer-boundary-use-deny-fix90: a deployer uses and tags key/*; boundary denies custody-key use only",
            r => {
                opsRole(r, "prod", A, "rt90a-deployer-boundary-use-deny-fix90", [
                    allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey", ...TAGGING], KEYS),
                ]);
                const arn = managedPolicy(r, "rt90a-boundary-use-deny", [
                    allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey", ...TAGGING], "*"),
                    {
                        Effect: "Deny",
                        Action: ["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey"],
                        Resource: "*",
                        Condition: { StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } },
                    },
                ]);
                setProp(find(r, ROLE, "rt90a-deployer-boundary-use-deny-fix90"), "permissionsBoundary", arn);
            },
        ),
        policy: "custody-share-rings",
        refused:
            /role rt90a-deployer-boundary-use-deny-fix90 → kms:Decrypt.* on key alias\/custody-infra\/prod\/share-1/,
    },
];

const secure: StackCase[] = [
    // ======== Alias placement that AWS accepts: a provider of us-east-1 but the alias's own `region` eu-west-1
    // (Pulumi AWS 7 resource-level region overrides the provider's: "Enhanced Region Support").
    edit(
        "rt90a-s-alias-provider-other-region-own-region: alias/locked/tables, us-east-1 provider, region eu-west-1",
        r => {
            aliasOn(
                r,
                "rt90a-s-alias-use1-back",
                { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID, region: "eu-west-1" },
                providerLike(r, "aws-signer-use1", { region: "us-east-1" }),
            );
            opsRole(r, "prod", A, "rt90a-s-alias-provider-other-region-own-region", [
                allow("kms:Decrypt", TABLES_KEY),
                LOCKED_DENY,
            ]);
        },
    ),
    // A second provider of the same account (allowedAccountIds) and Region naming the tables' key by its ARN.
    edit("rt90a-s-alias-second-provider: alias/locked/tables by ARN through a second eu-west-1 provider", r => {
        aliasOn(
            r,
            "rt90a-s-alias-second",
            { name: "alias/locked/tables", targetKeyId: TABLES_KEY },
            providerLike(r, "aws-signer-second", {}),
        );
        opsRole(r, "prod", A, "rt90a-s-alias-second-provider", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
    // The same alias name in another Region is another alias ("you can create aliases with the same name in different
    // AWS Regions": AWS::KMS::Alias): alias/locked/tables of us-east-1 names a us-east-1 key, the
    // tables' key keeps its own.
    edit(
        "rt90a-s-alias-same-name-other-region: alias/locked/tables in eu-west-1 and, on another key, in us-east-1",
        r => {
            alias(r, "rt90a-s-alias-locked-tables", { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID });
            aliasOn(
                r,
                "rt90a-s-alias-locked-use1",
                { name: "alias/locked/tables", targetKeyId: OTHER_ID },
                providerLike(r, "aws-signer-use1", { region: "us-east-1" }),
            );
            opsRole(r, "prod", A, "rt90a-s-alias-same-name-other-region", [
                allow("kms:Decrypt", TABLES_KEY),
                LOCKED_DENY,
            ]);
        },
    ),
    // The same name in another account (a provider pinned to 222222222222 in eu-west-1) is another alias: "The alias
    // name must be unique in the AWS account and Region" (AWS::KMS::Alias), so the tables' key keeps its own.
    edit(
        "rt90a-s-alias-same-name-other-account-fix90: alias/locked/tables here and, on a key of 222222222222, there",
        r => {
            alias(r, "rt90a-s-alias-locked-tables-2", { name: "alias/locked/tables", targetKeyId: TABLES_KEY_ID });
            aliasOn(
                r,
                "rt90a-s-alias-locked-acct2",
                { name: "alias/locked/tables", targetKeyId: OTHER_ID },
                providerLike(r, "aws-signer-acct2", { allowedAccountIds: JSON.stringify(["222222222222"]) }),
            );
            opsRole(r, "prod", A, "rt90a-s-alias-same-name-other-account-fix90", [
                allow("kms:Decrypt", TABLES_KEY),
                LOCKED_DENY,
            ]);
        },
    ),
    // ForAllValues:StringLike alias/custody-infra/* with a second custody alias on the tables' key: every alias
    // matches, the Deny holds.
    edit(
        "rt90a-s-deny-allvalues-two-custody-aliases: the tables' key has two custody aliases; a ForAllValues Deny",
        r => {
            alias(r, "rt90a-s-alias-tables-2", {
                name: "alias/custody-infra/prod/signer-tables-v2",
                targetKeyId: TABLES_KEY_ID,
            });
            opsRole(r, "prod", A, "rt90a-s-deny-allvalues-two-custody-aliases", [
                allow("kms:Decrypt", TABLES_KEY),
                CUSTODY_ALIASES_ALL_DENY,
            ]);
        },
    ),
    // Was a MISS (fixed in round 90): model/resources.ts managedTags now reads a resource's tags as its provider's
    // defaultTags (providerDefaultTags) overlaid by its own tags, less the provider's ignoreTags, for keys
    // (keyAttributes.ts declaredTags) and roles (fixedTags.ts fixedPrincipalTags); an unknown block reads no tag, a
    // default of unknown value not set by the resource leaves that key unread. Was: provider defaultTags never read:
    // secure refused (fail closed; got share-custody / custody-effective-access /
    // custody-share-rings on the Decrypt of share-1 and the tables' key). Where: model/keyAttributes.ts declaredTags
    // reads the key's own `tags` only ("A tag the provider's default tags alone add is not among them"), so a Deny by a
    // default tag never holds. Fix (general): a key's tags are its provider's defaultTags.tags overlaid by its own
    // `tags` (resource tags take precedence), less the provider's ignoreTags (model/resources.ts managedTags); an
    // unknown or unreadable defaultTags leaves the default keys unread (or read the engine's `tagsAll` output when
    // known); the same for a role's fixed principal tags (model/fixedTags.ts fixedPrincipalTags).
    // ======== Provider defaultTags: every resource of the provider carries custody:tier=custody (resource tags
    // override only the same key: HashiCorp, "Default Tags in the Terraform AWS Provider"; Pulumi AWS provider
    // defaultTags), nobody may retag: a Deny by custody:tier holds on share-1 and the tables' key.
    edit("rt90a-s-default-tags-deny: the provider's defaultTags custody:tier=custody; a Deny by custody:tier", r => {
        providerInput(r, "defaultTags", JSON.stringify({ tags: { "custody:tier": "custody" } }));
        opsRole(r, "prod", A, "rt90a-s-default-tags-deny", [
            allow("kms:Decrypt", KEYS),
            kmsDeny({ StringEquals: { "aws:ResourceTag/custody:tier": "custody" } }),
        ]);
    }),
    // defaultTags handed over as an object (not JSON-encoded), beside an ignoreTags of another key: the default
    // custody:tier is read (Pulumi AWS provider configuration, defaultTags; ignoreTags names owner only).
    edit(
        "rt90a-s-default-tags-object-fix90: defaultTags custody:tier as an object, ignoreTags owner; a Deny by tier",
        r => {
            providerInput(r, "defaultTags", { tags: { "custody:tier": "custody", owner: "platform" } });
            providerInput(r, "ignoreTags", JSON.stringify({ keys: ["owner"] }));
            opsRole(r, "prod", A, "rt90a-s-default-tags-object-fix90", [
                allow("kms:Decrypt", KEYS),
                kmsDeny({ StringEquals: { "aws:ResourceTag/custody:tier": "custody" } }),
            ]);
        },
    ),
    // A default of unknown value (a first preview) under another key: only that key is unread, the declared
    // custody:workload still is.
    edit(
        "rt90a-s-default-tag-unknown-other-fix90: defaultTags cost-center unknown; the custody:workload Deny holds",
        r => {
            providerInput(r, "defaultTags", JSON.stringify({ tags: { "cost-center": UNKNOWN } }));
            opsRole(r, "prod", A, "rt90a-s-default-tag-unknown-other-fix90", [
                allow("kms:Decrypt", KEYS),
                WORKLOAD_DENY,
            ]);
        },
    ),
    // Unrelated defaultTags beside the declared custody:workload: the declared tag is still read.
    edit("rt90a-s-default-tags-other: the provider's defaultTags cost-center; the custody:workload Deny holds", r => {
        providerInput(r, "defaultTags", JSON.stringify({ tags: { "cost-center": "platform" } }));
        opsRole(r, "prod", A, "rt90a-s-default-tags-other", [allow("kms:Decrypt", KEYS), WORKLOAD_DENY]);
    }),
    // Was a MISS (fixed in round 90): model/keyAccess.ts kmsActionsOnKey now reads the permissions on the key's fixed
    // attributes (KeyModel.fixedAttributes, through model/effective.ts permissionsOnKey: denySurelyHoldsOnKey /
    // allowNeverHoldsOnKey, as engine/build.ts), and rules/stack-keys-not-destructible.ts hands them over. Was:
    // destructive-action rule ignores key-attribute Denies: secure refused (fail closed; got
    // stack-keys-not-destructible for CreateGrant, DisableKey, PutKeyPolicy, ScheduleKeyDeletion on share-1 and the
    // tables' key, while custody-effective-access and share-custody credit the same Deny). Where:
    // model/keyAccess.ts kmsActionsOnKey (used by rules/stack-keys-not-destructible.ts) skips every conditioned Deny
    // (`s.conditions.length > 0`) and never reads the key's fixed attributes. Fix (general): hand kmsActionsOnKey the
    // key's KeyModel.fixedAttributes; a Deny that denySurelyHoldsOnKey (tag, alias, Region clauses) takes its actions
    // on that key, and an Allow that allowNeverHoldsOnKey reaches nothing there, as engine/build.ts already does.
    // A key admin that may use and manage keys (listed actions, no kms:*) but nothing on custody-stack-tagged ones
    // (ABAC guardrail: KMS Developer Guide, "Use tags to control access to KMS keys"), and nobody may retag.
    ops(
        "rt90a-s-key-admin-not-custody",
        "may use and manage key/* but nothing on keys tagged custody:stack custody-infra/*",
        [allow(KEY_ADMIN, KEYS), kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } })],
    ),
    // The same key admin capped by a Deny of keys aliased alias/custody-infra/* (kms:ResourceAliases: KMS Developer
    // Guide, "Use aliases to control access to KMS keys"), every custody key carrying one and nobody re-aliasing.
    ops(
        "rt90a-s-key-admin-alias-deny-fix90",
        "may use and manage key/* but nothing on keys aliased alias/custody-infra/*",
        [
            allow(KEY_ADMIN, KEYS),
            kmsDeny({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/*" } }),
        ],
    ),
    // ======== Audit and break-glass roles, declared as operations helpers (README, "Naming an operations helper":
    // operations.keyAudit / operations.tableAudit), reachable only from an Identity Center role with MFA (IAM User
    // Guide, "Configuring MFA-protected API access": aws:MultiFactorAuthPresent, aws:MultiFactorAuthAge). Metadata
    // reads only (KMS Developer Guide, "Permissions reference": DescribeKey, GetKeyPolicy, ListGrants; DynamoDB service
    // authorization reference: DescribeTable, DescribeContinuousBackups).
    {
        ...edit("rt90a-s-audit-role-mfa: an MFA-gated audit role reads share-1, tables' key and table metadata", r =>
            mfaRole(r, "rt90a-s-audit-role-mfa", AUDITOR, [
                allow(
                    [
                        "kms:DescribeKey",
                        "kms:GetKeyPolicy",
                        "kms:GetKeyRotationStatus",
                        "kms:ListGrants",
                        "kms:ListResourceTags",
                    ],
                    [SHARE1, TABLES_KEY],
                ),
                allow(["kms:ListAliases", "kms:ListKeys"], "*"),
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive"],
                    TABLE_ARNS,
                ),
            ]),
        ),
        operations: [
            {
                name: "custody-audit",
                subject: { principal: AUDITOR },
                allow: [
                    { accessSet: "operations.keyAudit", on: ["signer.shares.1", "signer.tablesKey"] },
                    { accessSet: "operations.tableAudit", on: ["signer.tables"] },
                ],
            },
        ],
    },
    // A break-glass responder: reads the signer role (IAM reads are reviewed reads) and CloudTrail, and share-1's
    // grants and state, nothing else.
    {
        ...edit(
            "rt90a-s-break-glass-readonly: an MFA-gated break-glass role reads the signer role, CloudTrail, grants",
            r =>
                mfaRole(r, "rt90a-s-break-glass-readonly", BREAK_GLASS, [
                    allow(
                        ["iam:GetRole", "iam:GetRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies"],
                        SIGNER_ARN,
                    ),
                    allow("cloudtrail:LookupEvents", "*"),
                    allow(["kms:DescribeKey", "kms:ListGrants"], SHARE1),
                ]),
        ),
        operations: [
            {
                name: "break-glass",
                subject: { principal: BREAK_GLASS },
                allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1"] }],
            },
        ],
    },
    // Was a MISS (fixed in round 90): model/fixedTags.ts tagChangingStatements now carries the holder's in-stack
    // permissions boundary: its Denies among the holder's held Denies (model/boundary.ts boundaryDenies) and its
    // Allows (boundaryAllows), so changingReaches counts a changing Allow only where the boundary admits the action on
    // the key. Was: a tag changer's permissions boundary Denies not read: secure refused (fail closed; got
    // share-custody, custody-effective-access and custody-share-rings on share-1's Decrypt). Its control
    // (rt90a-s-deployer-custody-boundary-no-tagging, the same boundary without TagResource) is clean: the deployer's
    // own kms:TagResource/UntagResource make it a changer of share-1's tags, and its boundary's Deny (which AWS applies:
    // an explicit Deny in a permissions boundary overrides the Allow) is not among its held Denies, so no tag is fixed
    // and the boundary's custody:stack Deny is never credited. Where: model/fixedTags.ts tagChangingStatements (holders
    // from permissionSources only, heldDenies without the holder's boundary) and changingReaches. Fix (general): a
    // holder's heldDenies include its permissions boundary's Denies (model/boundary.ts boundaryDenies), and a changing
    // Allow counts only where the boundary's Allows admit the action on the key (boundary.ts allowedResources).
    // ======== A deployer capped by a boundary that denies custody-stack-tagged keys (round 88's boundary reading):
    // it may use and tag keys (listed actions), the boundary's Deny takes share-1 and the tables' key for all of them,
    // tagging included, so their tags stay as declared ("An explicit deny in any of these policies overrides the
    // allow": IAM User Guide, "Permissions boundaries for IAM entities", "Policy evaluation logic").
    edit(
        "rt90a-s-deployer-custody-boundary: a deployer may use and tag key/* under a boundary denying custody keys",
        r => {
            opsRole(r, "prod", A, "rt90a-s-deployer-custody-boundary", [
                allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey", ...TAGGING], KEYS),
            ]);
            const arn = managedPolicy(r, "rt90a-s-boundary-custody", [
                allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey", ...TAGGING], "*"),
                kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } }),
            ]);
            setProp(find(r, ROLE, "rt90a-s-deployer-custody-boundary"), "permissionsBoundary", arn);
        },
    ),
    // The control of rt90a-s-deployer-custody-boundary: the same boundary, the deployer without tagging.
    edit(
        "rt90a-s-deployer-custody-boundary-no-tagging: a deployer may use key/* under a boundary denying custody keys",
        r => {
            opsRole(r, "prod", A, "rt90a-s-deployer-custody-boundary-no-tagging", [
                allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey"], KEYS),
            ]);
            const arn = managedPolicy(r, "rt90a-s-boundary-custody-2", [
                allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey"], "*"),
                kmsDeny({ StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } }),
            ]);
            setProp(find(r, ROLE, "rt90a-s-deployer-custody-boundary-no-tagging"), "permissionsBoundary", arn);
        },
    ),
    // A deployer whose identity policy allows tagging key/* under a boundary that admits no tagging at all: it changes
    // no tag, so the boundary's Deny of custody-tagged keys (use actions only) holds on share-1 and the tables' key.
    edit(
        "rt90a-s-deployer-boundary-no-tagging-fix90: identity tags key/*; boundary admits use only, denies custody keys",
        r => {
            opsRole(r, "prod", A, "rt90a-s-deployer-boundary-no-tagging-fix90", [
                allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey", ...TAGGING], KEYS),
            ]);
            const arn = managedPolicy(r, "rt90a-s-boundary-use-only", [
                allow(["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey"], "*"),
                {
                    Effect: "Deny",
                    Action: ["kms:Decrypt", "kms:Encrypt", "kms:DescribeKey"],
                    Resource: "*",
                    Condition: { StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } },
                },
            ]);
            setProp(find(r, ROLE, "rt90a-s-deployer-boundary-no-tagging-fix90"), "permissionsBoundary", arn);
        },
    ),
    // ======== Denies a careful team adds.
    // A Deny by key ARN glob (id prefix) and the tables' key ARN: the Resource matches the keys (IAM User Guide,
    // "Resource": wildcards in ARNs).
    ops("rt90a-s-deny-key-arn-glob", "may Decrypt key/*; a Deny of key/48163296-* and the tables' key", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", Resource: [`arn:aws:kms:*:${A}:key/48163296-*`, TABLES_KEY] },
    ]),
    // A Deny NotResource its own key: every other key (IAM User Guide, "NotResource").
    ops("rt90a-s-deny-notresource-own-key", "may Decrypt key/*; a Deny of kms:* NotResource its own key", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", NotResource: OTHER_KEY },
    ]),
    // The signer role denies itself exports, restores and backups of every table (DynamoDB service authorization
    // reference: ExportTableToPointInTime, RestoreTableFromBackup, RestoreTableToPointInTime, CreateBackup).
    edit(
        "rt90a-s-signer-deny-exports: the signer role denies itself table exports, restores and backups",
        signerAdd({
            Effect: "Deny",
            Action: [
                "dynamodb:ExportTableToPointInTime",
                "dynamodb:RestoreTableFromBackup",
                "dynamodb:RestoreTableToPointInTime",
                "dynamodb:CreateBackup",
            ],
            Resource: "*",
        }),
    ),
    // A perimeter resource policy on the keystore: Deny everyone but the signer and the deployer (DynamoDB Developer
    // Guide, "Using resource-based policies for DynamoDB"; aws:PrincipalArn with ArnNotEquals).
    edit("rt90a-s-keystore-perimeter: the keystore's resource policy denies all but the signer and deployer", r =>
        beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt90a-s-keystore-policy", {
            resourceArn: KEYSTORE,
            policy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    {
                        Sid: "OnlySignerAndDeployer",
                        Effect: "Deny",
                        Principal: "*",
                        Action: "dynamodb:*",
                        Resource: [KEYSTORE, `${KEYSTORE}/*`],
                        Condition: {
                            ArnNotEquals: {
                                "aws:PrincipalArn": [SIGNER_ARN, `arn:aws:iam::${A}:role/custody-deployer`],
                            },
                        },
                    },
                ],
            }),
        }),
    ),
    // The signer's IRSA trust with the issuer's sub pinned by StringEquals and aud by StringLike on the exact value.
    edit(
        "rt90a-s-irsa-aud-like-exact: the signer's IRSA trust pins sub exactly, aud by StringLike sts.amazonaws.com",
        trust({
            Effect: "Allow",
            Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/${OIDC}` },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEquals: { [`${OIDC}:sub`]: "system:serviceaccount:validators:containment-chamber" },
                StringLike: { [`${OIDC}:aud`]: "sts.amazonaws.com" },
            },
        }),
    ),
    // pod-identity: the trust pins the tags and the cluster by ArnEquals aws:SourceArn with aws:SourceAccount
    // (EKS User Guide, "Create IAM role with trust policy required by EKS Pod Identity").
    edit(
        "rt90a-s-podid-trust-arnequals: the signer's Pod Identity trust pins tags, SourceAccount and SourceArn",
        trust({
            Effect: "Allow",
            Principal: PODS,
            Action: POD_ACTIONS,
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": A,
                    "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
                    "aws:RequestTag/kubernetes-namespace": "validators",
                    "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                },
                ArnEquals: { "aws:SourceArn": CLUSTER_ARN },
            },
        }),
        "pod-identity",
    ),
];

/** Cases refused for the ops role's own Decrypt of a custody key (not for a helper's incidental grant). */
const SHARE_PINNED = new Set<string>([
    "rt90a-default-tag-overridden",
    "rt90a-default-tag-ignored",
    "rt90a-default-tag-unknown-fix90",
    "rt90a-default-tags-unknown-block-fix90",
    "rt90a-tagger-tagkeys-allvalues",
    "rt90a-tagger-tagkeys-other-prefix",
    "rt90a-deny-alias-arn-resource",
    "rt90a-abac-session-tag-var",
]);
const TABLES_PINNED = new Set<string>([
    "rt90a-alias-provider-other-region",
    "rt90a-alias-provider-unknown-region",
    "rt90a-alias-provider-unpinned-account",
    "rt90a-deny-allvalues-extra-alias",
    "rt90a-deny-allvalues-extra-alias-provider",
    "rt90a-deny-null-viaservice-false",
    "rt90a-alias-duplicate-name",
    "rt90a-alias-duplicate-second-provider-fix90",
    "rt90a-alias-duplicate-unknown-region-fix90",
]);
const pinned = (cases: StackCase[]): StackCase[] =>
    cases.map(c => {
        const id = c.name.split(":")[0];
        if (SHARE_PINNED.has(id))
            return {
                ...c,
                policy: "custody-share-rings",
                refused: new RegExp(`role ${id} → kms:Decrypt on key alias/custody-infra/prod/share-1`),
            };
        if (TABLES_PINNED.has(id))
            return {
                ...c,
                policy: "custody-effective-access",
                refused: new RegExp(`role ${id} → .*kms:Decrypt.*reaching key alias/custody-infra/prod/signer-tables`),
            };
        return c;
    });
/** Round 90's misses, all fixed (fix90-aws): none left skipped. */
const MISSES = new Set<string>([]);
/** REDTEAM_ALL=1 runs the skipped (MISS) cases too, to see what the pack says of them. */
const skipMisses = process.env.REDTEAM_ALL !== "1";
const marked = (cases: StackCase[]): StackCase[] =>
    cases.map(c => (skipMisses && MISSES.has(c.name.split(":")[0]) ? { ...c, skip: true } : c));

describeVariants(
    "red team 90: aws (alias placement by provider, defaultTags, aws:TagKeys, grants, trusts, boundaries)",
    pinned(marked(insecure)),
    marked(secure),
);
