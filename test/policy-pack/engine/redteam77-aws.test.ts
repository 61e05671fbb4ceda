// Red-team round 77, aws (fresh eyes; after round 76's foreign-key admission and starred-resource-type rules).
// Probed round 76's foreign-key admission (model/keyAccess.ts foreignKeyMayAdmit, judge.ts foreignKeyShutOut,
// rules/share-custody.ts) in every principal form the key policy and grants take (bare account id, assumed-role
// session, "*" under aws:PrincipalAccount, string "*", other case, role with a path, grants to root/sessions/other
// operations, a separate aws.kms.KeyPolicy), every attachment form of the caller's IAM (inline, managed
// RolePolicyAttachment, aws.iam.RolePolicy, UserPolicy, GroupPolicy), assume-role chains into the named signer role,
// the mirror direction (an account-222 role reaching account 111's keys and tables), and the starred-resource-type
// rule (model/permissions.ts actsOnResources) on backup restores, table replicas/global tables, instance attributes
// and profiles, EKS access entries and pod identity associations, PartiQL on ARN-prefix globs.
// Misses (0 insecure, 4 secure):
// - secure, users/groups read as designated by a role principal (2): principalMayDesignate returns true for any
//   identity without a role ARN. Fix: compare principals by kind (role principal: that role; user principal: that
//   user; groups are never principals).
// - secure, key-policy Principal "*" pinned by kms:CallerAccount ignored (1): signer-tables-cmk's DynamoDB statement
//   admits only account 111, but foreignKeyMayAdmit reads it as admitting account 222. Fix: honour StringEquals
//   kms:CallerAccount / aws:PrincipalAccount.
// - secure, cross-account table reach without a table resource policy (1): the shut-out covers keys only. Fix: the
//   same for model tables (DynamoDB needs both identity and resource policy across accounts).
// Held (all insecure refused): every admitting form above, grants on share keys (kms-grants-safe), extra key-policy
// statements (kms-key-policy-safe, share-custody), the starred-type routes. Secure accepted: 111 roles reaching 222's
// keys through managed policies, aws.iam.RolePolicy and a /ops/ path; starred-type non-matches (ModifyInstanceAttribute
// on security groups, PartiQL on another table's indexes).
// Seen and left alone: secret reads of REVIEWED_READ_SERVICES (s3:GetDataAccess, eks:AccessKubernetesApi,
// ListServiceSpecificCredentials already handled; sts:GetWebIdentityToken is a Write).
import { addStatements, describeVariants, doc, find, prop, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";

const A = ACCOUNT.prod;
const B = "222222222222";
const KEY = "aws:kms/key:Key";
const SHARE2 = "signer-shares-share-2";
/** Every key of account 222 in share-2's region. */
const SHARE2_KEYS = `arn:aws:kms:eu-central-1:${B}:key/*`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const DECRYPT = allow("kms:Decrypt", SHARE2_KEYS);

/** An ops role of `stack`'s account holding `statements`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const edit = (name: string, e: (r: Resources) => void, skip?: string, stack = "prod"): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});
/** Adds `statements` to share-2's key policy (the Key's own `policy`). */
const share2Policy = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, KEY, SHARE2), "policy", ...statements);
/** A KMS grant on share-2 to `grantee`. */
const share2Grant = (r: Resources, name: string, grantee: unknown, operations = ["Decrypt"]) => {
    const share2 = find(r, KEY, SHARE2);
    beside(
        r,
        "prod",
        "aws:kms/grant:Grant",
        name,
        { name, keyId: String(prop(share2, "arn")), granteePrincipal: grantee, operations },
        share2,
    );
};
/** An account-111 user of prod with one inline policy (aws.iam.UserPolicy). */
const user = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", "aws:iam/user:User", name, { name, arn: `arn:aws:iam::${A}:user/${name}` });
    beside(r, "prod", "aws:iam/userPolicy:UserPolicy", `${name}-policy`, { user: name, policy: doc(...statements) });
};
/** An account-111 role under path /ops/ holding `statements` (trusted like the ops roles). */
const pathRole = (r: Resources, name: string, statements: object[]) => {
    opsRole(r, "prod", A, name, statements);
    const role = find(r, "aws:iam/role:Role", name);
    setProp(role, "path", "/ops/");
    setProp(role, "arn", `arn:aws:iam::${A}:role/ops/${name}`);
};
/** An account-111 user in a group whose aws.iam.GroupPolicy holds `statements`. */
const groupUser = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", "aws:iam/group:Group", `${name}-g`, {
        name: `${name}-g`,
        arn: `arn:aws:iam::${A}:group/${name}-g`,
    });
    beside(r, "prod", "aws:iam/groupPolicy:GroupPolicy", `${name}-gp`, {
        group: `${name}-g`,
        policy: doc(...statements),
    });
    beside(r, "prod", "aws:iam/user:User", name, { name, arn: `arn:aws:iam::${A}:user/${name}` });
    beside(r, "prod", "aws:iam/userGroupMembership:UserGroupMembership", `${name}-m`, {
        user: name,
        groups: [`${name}-g`],
    });
};
/** An account-111 ops role with no inline policy of its own. */
const bareRole = (r: Resources, name: string) => {
    opsRole(r, "prod", A, name, []);
    const role = find(r, "aws:iam/role:Role", name);
    delete role.inputs.inlinePolicies;
    if (role.outputs) delete role.outputs.inlinePolicies;
};
/** An account-111 ops role with no inline policy and a managed policy of `statements` attached. */
const managed = (r: Resources, name: string, statements: object[]) => {
    bareRole(r, name);
    beside(r, "prod", "aws:iam/policy:Policy", `${name}-managed`, {
        name: `${name}-managed`,
        arn: `arn:aws:iam::${A}:policy/${name}-managed`,
        policy: doc(...statements),
    });
    beside(r, "prod", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-attach`, {
        role: name,
        policyArn: `arn:aws:iam::${A}:policy/${name}-managed`,
    });
};

/**
 * Rewrites the Condition of signer-tables-cmk's conditioned statement (the program's DynamoDB statement: Principal
 * "*" under StringEquals kms:CallerAccount 111 and kms:ViaService dynamodb) with `f`.
 */
const cmkCondition = (r: Resources, f: (c: Record<string, Record<string, unknown>>) => void) => {
    const cmk = find(r, KEY, "signer-tables-cmk");
    const keyDoc = JSON.parse(String(prop(cmk, "policy"))) as {
        Statement: { Condition?: Record<string, Record<string, unknown>> }[];
    };
    for (const st of keyDoc.Statement) if (st.Condition) f(st.Condition);
    setProp(cmk, "policy", JSON.stringify(keyDoc));
};
/** Moves signer-tables-cmk's kms:CallerAccount pin from StringEquals to `operator` with `values`. */
const cmkCallerAccount = (r: Resources, operator: string, values: string[], key = "kms:CallerAccount") =>
    cmkCondition(r, c => {
        delete c.StringEquals["kms:CallerAccount"];
        c[operator] = { ...(c[operator] ?? {}), [key]: values };
    });
/** An account-222 ops role (provider of share-2) with kms:Decrypt on account 111's keys. */
const decrypt111 = (r: Resources, name: string) =>
    opsRole(r, "prod", B, name, [allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`)], SHARE2);
/** An account-222 ops role (provider of share-2) with dynamodb:GetItem on account 111's keystore. */
const getKeystore = (r: Resources, name: string) =>
    opsRole(r, "prod", B, name, [allow("dynamodb:GetItem", KEYSTORE)], SHARE2);
/** The keystore's own resourcePolicy property, holding `statements`. */
const keystorePolicy = (r: Resources, ...statements: object[]) =>
    setProp(find(r, "aws:dynamodb/table:Table", "signer-tables-keystore"), "resourcePolicy", doc(...statements));

const insecure: StackCase[] = [
    // ======== Foreign-key admission (model/keyAccess.ts foreignKeyMayAdmit): each names the account-111 caller in
    // share-2's key policy or a grant in another form. AWS KMS Developer Guide, "Allowing users in other accounts to
    // use a KMS key": the key policy must give "the external account (or users and roles in the external account)"
    // permission; IAM policies in that account then delegate it. Each unwraps share-2 (refused).
    edit("rt77-share2-account-id: share-2's key policy names 111 by bare account id; a 111 ops role may Decrypt", r => {
        share2Policy(r, { Sid: "Id", Effect: "Allow", Principal: { AWS: A }, Action: "kms:Decrypt", Resource: "*" });
        opsRole(r, "prod", A, "rt77-share2-account-id", [DECRYPT]);
    }),
    edit("rt77-share2-session: share-2's key policy names a session of the 111 ops role", r => {
        share2Policy(r, {
            Sid: "Session",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:sts::${A}:assumed-role/rt77-share2-session/oncall` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt77-share2-session", [DECRYPT]);
    }),
    edit("rt77-share2-star-condition: share-2 admits * under aws:PrincipalAccount 111", r => {
        share2Policy(r, {
            Sid: "Org",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalAccount": A } },
        });
        opsRole(r, "prod", A, "rt77-share2-star-condition", [DECRYPT]);
    }),
    edit('rt77-share2-star-string: share-2 admits Principal "*" (string form)', r => {
        share2Policy(r, { Sid: "Any", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" });
        opsRole(r, "prod", A, "rt77-share2-star-string", [DECRYPT]);
    }),
    edit("rt77-share2-lower-case-role: share-2 names the ops role's ARN in another case of the name", r => {
        share2Policy(r, {
            Sid: "Case",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:role/RT77-Share2-Case` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt77-share2-case", [DECRYPT]);
    }),
    edit("rt77-share2-grant-root: a grant on share-2 to 111's root; a 111 ops role may Decrypt", r => {
        share2Grant(r, "rt77-grant-root", `arn:aws:iam::${A}:root`);
        opsRole(r, "prod", A, "rt77-share2-grant-root", [DECRYPT]);
    }),
    edit("rt77-share2-grant-session: a grant on share-2 to a session of the 111 ops role", r => {
        share2Grant(r, "rt77-grant-session", `arn:aws:sts::${A}:assumed-role/rt77-share2-grant-session/s`);
        opsRole(r, "prod", A, "rt77-share2-grant-session", [DECRYPT]);
    }),
    edit(
        "rt77-share2-grant-generate: a grant of GenerateDataKey only on share-2 to the ops role (Decrypt by IAM)",
        r => {
            share2Grant(r, "rt77-grant-gen", `arn:aws:iam::${A}:role/rt77-share2-grant-generate`, ["GenerateDataKey"]);
            opsRole(r, "prod", A, "rt77-share2-grant-generate", [
                allow(["kms:Decrypt", "kms:GenerateDataKey"], SHARE2_KEYS),
            ]);
        },
    ),
    edit("rt77-share2-keypolicy-resource: an aws.kms.KeyPolicy on share-2 names 111's root", r => {
        const share2 = find(r, KEY, SHARE2);
        const keyDoc = JSON.parse(String(prop(share2, "policy"))) as { Statement: object[] };
        keyDoc.Statement.push({
            Sid: "Account111",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:root` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        beside(
            r,
            "prod",
            "aws:kms/keyPolicy:KeyPolicy",
            "rt77-share2-keypolicy",
            { keyId: String(prop(share2, "keyId") ?? prop(share2, "arn")), policy: JSON.stringify(keyDoc) },
            share2,
        );
        opsRole(r, "prod", A, "rt77-share2-keypolicy-resource", [DECRYPT]);
    }),
    edit("rt77-share2-user-root: share-2 names 111's root; a 111 user (UserPolicy) may Decrypt", r => {
        share2Policy(r, {
            Sid: "Root111",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:root` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        user(r, "rt77-share2-user-root", [DECRYPT]);
    }),
    edit("rt77-share2-managed-root: share-2 names 111's root; a managed policy gives a 111 role Decrypt", r => {
        share2Policy(r, {
            Sid: "Root111",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:root` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        managed(r, "rt77-share2-managed-root", [DECRYPT]);
    }),
    edit("rt77-share2-path-role: share-2 names a 111 role with a path; that role may Decrypt", r => {
        share2Policy(r, {
            Sid: "Path",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:role/ops/rt77-share2-path-role` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        pathRole(r, "rt77-share2-path-role", [DECRYPT]);
    }),
    edit("rt77-share2-group-root: share-2 names 111's root; a 111 group (GroupPolicy) member may Decrypt", r => {
        share2Policy(r, {
            Sid: "Root111",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:root` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        groupUser(r, "rt77-share2-group-root", [DECRYPT]);
    }),
    edit("rt77-share2-ops-chain: the 111 ops role may assume custody-prod-signer (named by share-2)", r =>
        opsRole(r, "prod", A, "rt77-share2-ops-chain", [
            allow("sts:AssumeRole", `arn:aws:iam::${A}:role/custody-prod-signer`),
        ]),
    ),
    // Held (by design, other rules): a grant on a share key (kms-grants-safe: "a grant bypasses the share key's
    // policy"), and any key-policy statement beyond the root delegation and the ring role (kms-key-policy-safe,
    // share-custody), even one harmless for the ops role's Decrypt (KMS evaluates the key policy per action: a root
    // admitted for kms:DescribeKey only gets no Decrypt). Kept to pin that these routes stay shut whatever the IAM side.
    edit("rt77-share2-grant-other-role: a grant on share-2 names custody-prod-signer; an ops role may Decrypt", r => {
        share2Grant(r, "rt77-grant-signer", `arn:aws:iam::${A}:role/custody-prod-signer`);
        opsRole(r, "prod", A, "rt77-share2-grant-other-role", [DECRYPT]);
    }),
    edit(
        "rt77-share2-describe-only: share-2 admits 111's root for kms:DescribeKey only; an ops role may Decrypt",
        r => {
            share2Policy(r, {
                Sid: "Describe111",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:root` },
                Action: "kms:DescribeKey",
                Resource: "*",
            });
            opsRole(r, "prod", A, "rt77-share2-describe-only", [DECRYPT]);
        },
    ),
    edit("rt77-share2-other-account: share-2 names account 333's root; a 111 ops role may Decrypt", r => {
        share2Policy(r, {
            Sid: "Other",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::333333333333:root" },
            Action: "kms:DescribeKey",
            Resource: "*",
        });
        opsRole(r, "prod", A, "rt77-share2-other-account", [DECRYPT]);
    }),
    // The insecure twins of rt77-s-222-decrypt-111-keys and rt77-s-222-read-keystore (their fixes must keep them):
    // signer-tables-cmk's CallerAccount condition widened to account 222, and a keystore resource policy naming 222.
    edit("rt77-222-caller-account: signer-tables-cmk's DynamoDB statement admits CallerAccount 222 too", r => {
        const cmk = find(r, KEY, "signer-tables-cmk");
        const keyDoc = JSON.parse(String(prop(cmk, "policy"))) as {
            Statement: { Condition?: { StringEquals: Record<string, unknown> } }[];
        };
        for (const st of keyDoc.Statement) if (st.Condition) st.Condition.StringEquals["kms:CallerAccount"] = [A, B];
        setProp(cmk, "policy", JSON.stringify(keyDoc));
        opsRole(r, "prod", B, "rt77-222-caller-account", [allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`)], SHARE2);
    }),
    edit("rt77-222-keystore-policy: a keystore resource policy names 222's root; a 222 role may GetItem", r => {
        beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt77-keystore-policy", {
            resourceArn: KEYSTORE,
            policy: doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${B}:root` },
                Action: "dynamodb:GetItem",
                Resource: KEYSTORE,
            }),
        });
        opsRole(r, "prod", B, "rt77-222-keystore-policy", [allow("dynamodb:GetItem", KEYSTORE)], SHARE2);
    }),
    // Round 77 fixer's neighbours of the fixes (model/keyAccess.ts principalMayDesignate, foreignPolicyMayAdmit;
    // judge.ts foreignTableShutOut). A user principal designates that user (IAM User Guide, "AWS JSON policy elements:
    // Principal", IAM user principals), with any path and in any case of its name (IAM names are unique per account
    // ignoring case); a group's policies act for its member users, any of whom a user principal may name.
    edit("rt77-share2-user-named: share-2's key policy names the 111 user; that user (UserPolicy) may Decrypt", r => {
        share2Policy(r, {
            Sid: "User",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:user/rt77-share2-user-named` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        user(r, "rt77-share2-user-named", [DECRYPT]);
    }),
    edit("rt77-share2-user-path-case: share-2 names the 111 user with a path and another case of its name", r => {
        share2Policy(r, {
            Sid: "UserPath",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:user/ops/RT77-Share2-User-Path-Case` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        user(r, "rt77-share2-user-path-case", [DECRYPT]);
    }),
    edit("rt77-share2-group-user-named: share-2 names a 111 user; a 111 group (GroupPolicy) may Decrypt", r => {
        share2Policy(r, {
            Sid: "Member",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:user/rt77-share2-group-user-named` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        groupUser(r, "rt77-share2-group-user-named", [DECRYPT]);
    }),
    edit("rt77-share2-user-federated: share-2 names a 111 federated-user session; a 111 user may Decrypt", r => {
        share2Policy(r, {
            Sid: "Federated",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:sts::${A}:federated-user/rt77-share2-user-federated` },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        user(r, "rt77-share2-user-federated", [DECRYPT]);
    }),
    // signer-tables-cmk's caller-account pin in forms that do not (surely) exclude account 222 (model/conditions.ts
    // pinnedValues: only a positive exact clause pins): a wildcard StringLike / ForAnyValue:StringLike matching 222,
    // a negated operator (StringNotEquals 333 admits 222), and ...IfExists (IAM User Guide, "Condition operators":
    // it passes when the key is absent; the pack does not rely on the key's presence, so fail closed).
    edit("rt77-222-caller-account-like: signer-tables-cmk's pin as StringLike kms:CallerAccount 2*", r => {
        cmkCallerAccount(r, "StringLike", ["2*"]);
        decrypt111(r, "rt77-222-caller-account-like");
    }),
    edit("rt77-222-caller-account-any-like: ForAnyValue:StringLike kms:CallerAccount [111, 22222222222?]", r => {
        cmkCallerAccount(r, "ForAnyValue:StringLike", [A, "22222222222?"]);
        decrypt111(r, "rt77-222-caller-account-any-like");
    }),
    edit("rt77-222-caller-account-not-equals: signer-tables-cmk's pin as StringNotEquals kms:CallerAccount 333", r => {
        cmkCallerAccount(r, "StringNotEquals", ["333333333333"]);
        decrypt111(r, "rt77-222-caller-account-not-equals");
    }),
    edit(
        "rt77-222-caller-account-ifexists: signer-tables-cmk's pin as StringEqualsIfExists kms:CallerAccount 111",
        r => {
            cmkCallerAccount(r, "StringEqualsIfExists", [A]);
            decrypt111(r, "rt77-222-caller-account-ifexists");
        },
    ),
    edit("rt77-222-principal-account-both: aws:PrincipalAccount 222 beside kms:CallerAccount [111, 222]", r => {
        cmkCondition(r, c => {
            c.StringEquals["kms:CallerAccount"] = [A, B];
            c.StringEquals["aws:PrincipalAccount"] = B;
        });
        decrypt111(r, "rt77-222-principal-account-both");
    }),
    // The keystore's resource policy (its own resourcePolicy property or a ResourcePolicy) admitting the 222 role:
    // by role ARN, by "*" pinned to account 222, or by a statement on the keystore's index only.
    edit("rt77-222-keystore-role: the keystore's resourcePolicy names the 222 role; it may GetItem", r => {
        keystorePolicy(r, {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${B}:role/rt77-222-keystore-role` },
            Action: "dynamodb:GetItem",
            Resource: KEYSTORE,
        });
        getKeystore(r, "rt77-222-keystore-role");
    }),
    edit('rt77-222-keystore-star-222: the keystore\'s resourcePolicy admits "*" under aws:PrincipalAccount 222', r => {
        keystorePolicy(r, {
            Effect: "Allow",
            Principal: "*",
            Action: "dynamodb:GetItem",
            Resource: KEYSTORE,
            Condition: { StringEquals: { "aws:PrincipalAccount": B } },
        });
        getKeystore(r, "rt77-222-keystore-star-222");
    }),
    edit("rt77-222-keystore-policy-role: a ResourcePolicy on the keystore names the 222 role (GetItem)", r => {
        beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt77-keystore-policy-role", {
            resourceArn: KEYSTORE,
            policy: doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${B}:role/rt77-222-keystore-policy-role` },
                Action: "dynamodb:GetItem",
                Resource: KEYSTORE,
            }),
        });
        getKeystore(r, "rt77-222-keystore-policy-role");
    }),
    edit("rt77-222-keystore-index-query: the keystore's policy admits 222's root on its indexes; 222 may Query", r => {
        keystorePolicy(r, {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${B}:root` },
            Action: "dynamodb:Query",
            Resource: `${KEYSTORE}/index/*`,
        });
        opsRole(r, "prod", B, "rt77-222-keystore-index-query", [allow("dynamodb:Query", `${KEYSTORE}*`)], SHARE2);
    }),
    // ======== Starred resource types (model/permissions.ts actsOnResources): required types matched by globs.
    ops("prod", "rt77-backup-restore-pass", "backup:StartRestoreJob on recovery points + PassRole", [
        allow("backup:StartRestoreJob", `arn:aws:backup:eu-west-1:${A}:recovery-point:*`),
        allow("iam:PassRole", `arn:aws:iam::${A}:role/*`),
    ]),
    ops("prod", "rt77-create-table-replica", "dynamodb:CreateTableReplica/UpdateTable on the keystore", [
        allow(["dynamodb:UpdateTable", "dynamodb:CreateTableReplica"], KEYSTORE),
    ]),
    ops("prod", "rt77-update-global-table", "dynamodb:UpdateGlobalTable on the keystore's global-table ARN", [
        allow(
            ["dynamodb:UpdateGlobalTable", "dynamodb:CreateGlobalTable"],
            [
                `arn:aws:dynamodb::${A}:global-table/custody-prod-keystore`,
                `arn:aws:dynamodb:*:${A}:table/custody-prod-keystore`,
            ],
        ),
    ]),
    ops("prod", "rt77-modify-instance-userdata", "ec2:ModifyInstanceAttribute on the account's instances", [
        allow("ec2:ModifyInstanceAttribute", `arn:aws:ec2:eu-west-1:${A}:instance/*`),
    ]),
    ops("prod", "rt77-replace-instance-profile", "ec2:ReplaceIamInstanceProfileAssociation + PassRole", [
        allow("ec2:ReplaceIamInstanceProfileAssociation", `arn:aws:ec2:*:${A}:instance/*`),
        allow("iam:PassRole", `arn:aws:iam::${A}:role/*`),
    ]),
    ops("pod-identity", "rt77-access-policy-entry", "eks:AssociateAccessPolicy on the cluster's access entries", [
        allow("eks:AssociateAccessPolicy", `arn:aws:eks:eu-west-1:${A}:access-entry/*`),
    ]),
    ops("pod-identity", "rt77-update-pod-identity", "eks:UpdatePodIdentityAssociation + PassRole", [
        allow("eks:UpdatePodIdentityAssociation", `arn:aws:eks:*:${A}:podidentityassociation/*`),
        allow("iam:PassRole", `arn:aws:iam::${A}:role/*`),
    ]),
    ops("prod", "rt77-partiql-table-index", "dynamodb:PartiQLSelect on keystore ARN prefix glob", [
        allow("dynamodb:PartiQLSelect", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-key*`),
    ]),
];

const secure: StackCase[] = [
    // A grant on share-2 to ANOTHER account-111 role: the ops role is still shut out (KMS Developer Guide, "Grants in
    // AWS KMS": a grant gives its grantee principal permission).
    edit("rt77-s-share2-managed: a managed policy gives a 111 role Decrypt on 222's keys (not admitted)", r =>
        managed(r, "rt77-s-share2-managed", [DECRYPT]),
    ),
    edit("rt77-s-share2-rolepolicy: an aws.iam.RolePolicy gives a 111 role Decrypt on 222's keys", r => {
        bareRole(r, "rt77-s-share2-rolepolicy");
        beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt77-s-share2-rolepolicy-p", {
            role: "rt77-s-share2-rolepolicy",
            policy: doc(DECRYPT),
        });
    }),
    // Was a MISS (fixed in round 77): secure refused (a role principal read as able to designate a user). AWS KMS Developer Guide, "Allowing
    // users in other accounts to use a KMS key": the key policy must give the external account or its users and
    // roles permission; share-2's policy names arn:aws:iam::222222222222:root and the ROLE custody-prod-signer of 111
    // only, and a role principal designates that role's sessions, never an IAM user (IAM User Guide, "AWS JSON policy
    // elements: Principal", IAM role principals / IAM user principals). So the 111 user's IAM kms:Decrypt on 222's keys
    // is dead: it cannot unwrap share-2 (harmless). The pack: model/keyAccess.ts principalMayDesignate returns true
    // whenever roleArn is undefined (every user and group), so foreignKeyMayAdmit admits; rules/share-custody.ts
    // checkNobodyElseOnShares and judge.ts reachesModelPattern (custody-effective-access) refuse. Fix: pass the
    // identity's kind and ARN (user ARN; a group's members' user ARNs) and let a role principal designate only a role
    // identity, a user principal only that user. Low (fail closed).
    edit("rt77-s-share2-user: a 111 user may Decrypt on 222's keys (share-2 names a 111 role only)", r =>
        user(r, "rt77-s-share2-user", [DECRYPT]),
    ),
    edit("rt77-s-share2-path-role: a 111 role with a path may Decrypt on 222's keys (share-2 names another role)", r =>
        pathRole(r, "rt77-s-share2-path-role", [DECRYPT]),
    ),
    // Was a MISS (fixed in round 77): secure refused (same class as rt77-s-share2-user: a GroupPolicy's Decrypt for its 111 member users, and a
    // group is never a principal at all: IAM User Guide, "AWS JSON policy elements: Principal": "You cannot identify a
    // user group as a principal"). Fix: as there.
    edit("rt77-s-share2-group: a 111 group member may Decrypt on 222's keys (share-2 names a 111 role only)", r =>
        groupUser(r, "rt77-s-share2-group", [DECRYPT]),
    ),
    // The mirror direction: an account-222 role (share-2's provider) with IAM reach into account 111's keys and tables.
    // Was a MISS (fixed in round 77): secure refused (a key-policy Condition that pins the caller's account ignored). AWS KMS Developer Guide,
    // "AWS KMS condition keys", kms:CallerAccount: "controls access ... based on the AWS account identifier of the
    // caller"; signer-tables-cmk's only statement beyond 111's root delegation is Principal AWS "*" under StringEquals
    // kms:CallerAccount 111111111111 and kms:ViaService dynamodb (the program's own DynamoDB encryption statement),
    // and share-1 names 111 principals only. So an account-222 role's IAM kms:Decrypt on 111's keys is dead in AWS
    // (harmless: neither key policy admits account 222). The pack: model/keyAccess.ts foreignKeyMayAdmit reads
    // Principal "*" as admitting every account ("conditions and Denies are ignored"), so judge.ts foreignKeyShutOut
    // keeps signer-tables-cmk and custody-effective-access refuses. Fix: a statement whose Condition is a
    // StringEquals (not ...IfExists, no wildcard) on kms:CallerAccount or aws:PrincipalAccount listing only other
    // accounts admits nobody of `account`. Low (fail closed).
    edit("rt77-s-222-decrypt-111-keys: an account-222 ops role may kms:Decrypt on account 111's keys", r =>
        opsRole(
            r,
            "prod",
            B,
            "rt77-s-222-decrypt-111-keys",
            [allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`)],
            SHARE2,
        ),
    ),
    // Was a MISS (fixed in round 77): secure refused (cross-account table reach counted without the table's resource policy). DynamoDB
    // Developer Guide, "Authorization with IAM identity-based policies and DynamoDB resource-based policies": "For
    // cross-account access, you must explicitly allow access in both the identity and resource policies". The
    // keystore (account 111) has no resource policy naming account 222, so the 222 role's dynamodb:GetItem on it is
    // dead (harmless). The pack: judge.ts reachesModelPattern applies foreignKeyShutOut to kms only (round 76's fix
    // for keys), so custody-effective-access refuses the 222 role. Fix: the same shut-out for a model table of
    // another account: admitted only when the table's (or a ResourcePolicy resource's) policy names the caller, its
    // account or "*" (fail closed on unknown policies). Low.
    edit("rt77-s-222-read-keystore: an account-222 ops role may dynamodb:GetItem on account 111's keystore", r =>
        opsRole(r, "prod", B, "rt77-s-222-read-keystore", [allow("dynamodb:GetItem", KEYSTORE)], SHARE2),
    ),
    // Round 77 fixer's secure neighbours: signer-tables-cmk pinned by aws:PrincipalAccount (instead of
    // kms:CallerAccount) to 111 only; the 222 role reaching the keystore's indexes, or both 111's keys and the
    // keystore, with no resource policy on the keystore. (A ForAnyValue:StringEquals pin, or any keystore resource
    // policy or extra share-2 statement, is refused by kms-key-policy-safe, dynamodb-resource-policy-safe and
    // share-custody on their own, whatever the caller.)
    // A 111 USER of the signer role's name: share-2's role principal custody-prod-signer designates the role's sessions
    // only, never a user however named (IAM User Guide, "AWS JSON policy elements: Principal").
    edit("rt77-s-share2-user-signer-name: a 111 user named custody-prod-signer may Decrypt on 222's keys", r =>
        user(r, "custody-prod-signer", [DECRYPT]),
    ),
    edit("rt77-s-222-principal-account: signer-tables-cmk pinned by aws:PrincipalAccount 111 instead", r => {
        cmkCallerAccount(r, "StringEquals", [A], "aws:PrincipalAccount");
        decrypt111(r, "rt77-s-222-principal-account");
    }),
    edit("rt77-s-222-keystore-index-query: an account-222 ops role may Query account 111's keystore indexes", r =>
        opsRole(
            r,
            "prod",
            B,
            "rt77-s-222-keystore-index-query",
            [allow("dynamodb:Query", `${KEYSTORE}/index/*`)],
            SHARE2,
        ),
    ),
    edit("rt77-s-222-keys-and-keystore: an account-222 ops role may Decrypt 111's keys and GetItem the keystore", r =>
        opsRole(
            r,
            "prod",
            B,
            "rt77-s-222-keys-and-keystore",
            [allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`), allow("dynamodb:GetItem", KEYSTORE)],
            SHARE2,
        ),
    ),
    ops(
        "prod",
        "rt77-s-modify-instance-sg",
        "ec2:ModifyInstanceAttribute on security groups only (instance* required)",
        [allow("ec2:ModifyInstanceAttribute", `arn:aws:ec2:eu-west-1:${A}:security-group/*`)],
    ),
    ops("prod", "rt77-s-partiql-other-table", "dynamodb:PartiQLSelect on another table's indexes", [
        allow("dynamodb:PartiQLSelect", `arn:aws:dynamodb:eu-west-1:${A}:table/rt77-other/index/*`),
    ]),
];

describeVariants("red team 77: aws (foreign-key admission, starred resource types)", insecure, secure);
