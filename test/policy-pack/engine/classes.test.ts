// Every class of issue 9's "What the misses have in common", on the committed stacks' real plans: an insecure
// variant refused with its whole path, and the two false positives accepted by the whole pack.
import { strict as assert } from "assert";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runUnder,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";

const PRIMARY = "111111111111";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const SIGNER_ARN = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const EFFECTIVE = "custody-effective-access";

async function prod(): Promise<{ r: Resources; signer: Resources[number]; access: Resources[number] }> {
    const r = await stackResources("prod");
    return { r, signer: find(r, ROLE, "signer-role"), access: find(r, ROLE_POLICY, "signer-role-access") };
}

const shareKeyArn = (r: Resources, i: number) => prop(find(r, KEY, `signer-shares-share-${i}`), "arn") as string;

/** A role of the stack (primary provider) with a trust and one RolePolicy. */
function roleWith(like: Resources[number], name: string, trust: object, ...statements: object[]): Resources {
    const role = resourceLike(
        like,
        ROLE,
        name,
        { name, assumeRolePolicy: doc(trust) },
        {
            outputs: { arn: `arn:aws:iam::${PRIMARY}:role/${name}` },
        },
    );
    const policy = resourceLike(like, ROLE_POLICY, `${name}-access`, {
        name: `${name}-access`,
        role: name,
        policy: doc(...statements),
    });
    return statements.length > 0 ? [role, policy] : [role];
}

describe("issue 9 classes: who can become a runtime role", () => {
    it("the role's own account written as a bare account id", async () => {
        const { r, signer } = await prod();
        addStatements(signer, "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: PRIMARY },
            Action: "sts:AssumeRole",
        });
        assertRefused(
            await runUnder("prod", r),
            /^account 111111111111 \(any identity its IAM policies allow\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer: names arn:aws:iam::111111111111:root\) → role custody-prod-signer → .*kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-2.*must be exactly workload signer's subjects/,
            EFFECTIVE,
        );
    });

    it('"*" pinned only to an account (aws:PrincipalAccount)', async () => {
        const { r, signer } = await prod();
        addStatements(signer, "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "aws:PrincipalAccount": PRIMARY } },
        });
        assertRefused(
            await runUnder("prod", r),
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals aws:PrincipalAccount = 111111111111\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer/,
        );
    });

    it("a named role of the same account, and of a share account", async () => {
        for (const arn of [`arn:aws:iam::${PRIMARY}:role/ci-deploy`, "arn:aws:iam::222222222222:role/custody-admin"]) {
            const { r, signer } = await prod();
            addStatements(signer, "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: arn },
                Action: "sts:AssumeRole",
            });
            assertRefused(
                await runUnder("prod", r),
                new RegExp(
                    `^${arn.replace(/[/]/g, "\\/")} \\(outside this stack\\) → sts:AssumeRole \\(trust statement 2 of custody-prod-signer`,
                ),
            );
        }
    });

    it("a role of the stack that can assume the signer: the chain from its own subject is named", async () => {
        const { r, signer } = await prod();
        r.push(
            ...roleWith(signer, "ci-deploy", {
                Effect: "Allow",
                Principal: { Service: "codebuild.amazonaws.com" },
                Action: "sts:AssumeRole",
            }),
        );
        addStatements(signer, "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/ci-deploy` },
            Action: "sts:AssumeRole",
        });
        assertRefused(
            await runUnder("prod", r),
            /^service codebuild.amazonaws.com → sts:AssumeRole \(trust statement 1 of ci-deploy: Service codebuild.amazonaws.com\) → role ci-deploy → sts:AssumeRole \(trust statement 2 of custody-prod-signer: names arn:aws:iam::111111111111:role\/ci-deploy\) → role custody-prod-signer → .*kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-2/,
        );
    });

    it("an IAM user of the stack (long-term credentials) named in the trust", async () => {
        const { r, signer } = await prod();
        r.push(
            resourceLike(signer, "aws:iam/user:User", "alice", {
                name: "alice",
                arn: `arn:aws:iam::${PRIMARY}:user/alice`,
            }),
        );
        addStatements(signer, "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PRIMARY}:user/alice` },
            Action: "sts:AssumeRole",
        });
        assertRefused(
            await runUnder("prod", r),
            /^arn:aws:iam::111111111111:user\/alice \(outside this stack\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer/,
        );
    });

    it("a second cluster's issuer pinned to the same ServiceAccount", async () => {
        const { r, signer } = await prod();
        const other = "oidc.eks.eu-west-1.amazonaws.com/id/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
        addStatements(signer, "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${other}` },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEquals: {
                    [`${other}:sub`]: "system:serviceaccount:validators:containment-chamber",
                    [`${other}:aud`]: "sts.amazonaws.com",
                },
            },
        });
        assertRefused(
            await runUnder("prod", r),
            /^ServiceAccount validators\/containment-chamber \(IRSA, issuer oidc.eks.eu-west-1.amazonaws.com\/id\/F+\) → sts:AssumeRoleWithWebIdentity \(trust statement 2 of custody-prod-signer/,
        );
    });

    it("an issuer that is not an EKS cluster's, and a subject pinned only by StringLike", async () => {
        const { r, signer } = await prod();
        addStatements(
            signer,
            "assumeRolePolicy",
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/token.actions.githubusercontent.com` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "token.actions.githubusercontent.com:sub": "repo:acme/custody:ref:refs/heads/main",
                    },
                },
            },
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:validators:*" } },
            },
        );
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^federated principal token.actions.githubusercontent.com \(sub repo:acme\/custody:ref:refs\/heads\/main\) → sts:AssumeRole\w* \(trust statement 2 of custody-prod-signer/,
        );
        assertRefused(
            ds,
            /^any token of OIDC issuer oidc.eks.eu-west-1.amazonaws.com\/id\/A1B2\w+ \(sub only StringLike system:serviceaccount:validators:\*\) → sts:AssumeRoleWithWebIdentity \(trust statement 3 of custody-prod-signer/,
        );
    });

    it("pods.eks.amazonaws.com without pins, and with namespace and ServiceAccount but no cluster", async () => {
        const { r, signer } = await prod();
        addStatements(
            signer,
            "assumeRolePolicy",
            {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
            },
            {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/kubernetes-namespace": ["validators"],
                        "aws:RequestTag/kubernetes-service-account": ["containment-chamber"],
                    },
                },
            },
        );
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^any pod \(pods.eks.amazonaws.com without StringEquals on aws:RequestTag\/eks-cluster-arn, aws:RequestTag\/kubernetes-namespace, aws:RequestTag\/kubernetes-service-account: any pod of any cluster of account 111111111111\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer/,
        );
        assertRefused(
            ds,
            /^any pod \(pods.eks.amazonaws.com without StringEquals on aws:RequestTag\/eks-cluster-arn: .*\) → sts:AssumeRole \(trust statement 3 of custody-prod-signer/,
        );
    });
});

describe("issue 9 classes: transitive power", () => {
    it("sts:AssumeRole or iam:PassRole on a role outside the stack", async () => {
        const { r, access } = await prod();
        addStatements(
            access,
            "policy",
            { Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${PRIMARY}:role/platform-admin` },
            { Effect: "Allow", Action: "iam:PassRole", Resource: `arn:aws:iam::${PRIMARY}:role/batch-runner` },
        );
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows sts:AssumeRole on arn:aws:iam::111111111111:role\/platform-admin: not in workload signer's allow entries/,
        );
        assertRefused(
            ds,
            /^role custody-prod-signer → statement #6 of RolePolicy custody-prod-signer-access allows iam:PassRole on arn:aws:iam::111111111111:role\/batch-runner/,
        );
    });

    it("a chain of two hops from the signer into a key-management role: the whole path is named", async () => {
        const { r, signer } = await prod();
        r.push(
            ...roleWith(signer, "hop", { Effect: "Allow", Principal: { AWS: SIGNER_ARN }, Action: "sts:AssumeRole" }),
            ...roleWith(
                signer,
                "key-admin",
                { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/hop` }, Action: "sts:AssumeRole" },
                {
                    Effect: "Allow",
                    Action: ["kms:ScheduleKeyDeletion", "kms:PutKeyPolicy"],
                    Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
                },
            ),
        );
        setProp(find(r, ROLE, "key-admin"), "tags", { "custody:role-kind": "key-manager" });
        assertRefused(
            await runUnder("prod", r),
            /^ServiceAccount validators\/containment-chamber \(IRSA, .*\) → sts:AssumeRoleWithWebIdentity \(trust statement 1 of custody-prod-signer: .*\) → role custody-prod-signer → sts:AssumeRole \(trust statement 1 of hop: names arn:aws:iam::111111111111:role\/custody-prod-signer\) → role hop → sts:AssumeRole \(trust statement 1 of key-admin: names arn:aws:iam::111111111111:role\/hop\) → role key-admin → statement #1 of RolePolicy key-admin-access allows kms:PutKeyPolicy, kms:ScheduleKeyDeletion on arn:aws:kms:eu-west-1:111111111111:key\/\*, reaching key alias\/custody-infra\/prod\/signer-tables, key alias\/custody-infra\/prod\/share-1: not in workload signer's allow entries/,
        );
    });

    it("an EKS access entry that makes a principal cluster admin can act as every ServiceAccount", async () => {
        const { r, signer } = await prod();
        const ci = `arn:aws:iam::${PRIMARY}:role/ci-deploy`;
        r.push(
            resourceLike(signer, "aws:eks/accessEntry:AccessEntry", "ci-entry", {
                clusterName: "validators",
                principalArn: ci,
            }),
            resourceLike(signer, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ci-admin", {
                clusterName: "validators",
                principalArn: ci,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                accessScope: { type: "cluster" },
            }),
        );
        assertRefused(
            await runUnder("prod", r),
            /^arn:aws:iam::111111111111:role\/ci-deploy \(outside this stack\) → EKS access policy association ci-admin \(EKS access policy AmazonEKSClusterAdminPolicy, scope cluster\) → acts as ServiceAccount validators\/containment-chamber → ServiceAccount validators\/containment-chamber \(IRSA, .*\) → sts:AssumeRoleWithWebIdentity \(trust statement 1 of custody-prod-signer.* → role custody-prod-signer → .*share-2/,
        );
    });

    it("a runtime role allowed eks:CreatePodIdentityAssociation with iam:PassRole on a Pod Identity role", async () => {
        const { r, signer, access } = await prod();
        r.push(
            ...roleWith(signer, "pod-runner", {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/validators`,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        );
        addStatements(signer, "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/pod-runner` },
            Action: "sts:AssumeRole",
        });
        addStatements(access, "policy", {
            Effect: "Allow",
            Action: ["eks:CreatePodIdentityAssociation", "iam:PassRole"],
            Resource: "*",
        });
        assertRefused(await runUnder("prod", r), /eks:CreatePodIdentityAssociation, iam:PassRole on \*/);
    });
});

describe("issue 9 classes: wildcards judged by what they match", () => {
    it("patterns that match every key of an account, or other stacks' custody tables", async () => {
        for (const pattern of [
            `arn:aws:kms:eu-*:${PRIMARY}:key/*`,
            `arn:aws:kms:*:*:key/4*`,
            `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-*`,
        ]) {
            const { r, signer } = await prod();
            r.push(
                ...roleWith(
                    signer,
                    "reporting",
                    {
                        Effect: "Allow",
                        Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                        Action: "sts:AssumeRoleWithWebIdentity",
                        Condition: {
                            StringEquals: {
                                [`${ISSUER}:sub`]: "system:serviceaccount:reporting:reader",
                                [`${ISSUER}:aud`]: "sts.amazonaws.com",
                            },
                        },
                    },
                    { Effect: "Allow", Action: ["kms:Decrypt", "dynamodb:GetItem"], Resource: pattern },
                ),
            );
            assertRefused(
                await runUnder("prod", r),
                new RegExp(
                    `^role reporting → statement #1 of RolePolicy reporting-access allows .* on ${pattern.replace(/[*]/g, "\\*").replace(/[/]/g, "\\/")}, reaching (key|table) `,
                ),
            );
        }
    });
});

describe("issue 9 classes: declared kinds are no exemption", () => {
    it("a role tagged key-manager holding Decrypt on the shares, and a runtime role tagging itself", async () => {
        const { r, signer, access } = await prod();
        setProp(signer, "tags", { ...(prop(signer, "tags") as object), "custody:role-kind": "key-manager" });
        addStatements(access, "policy", { Effect: "Allow", Action: ["iam:TagRole", "kms:ReEncrypt*"], Resource: "*" });
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows iam:TagRole, kms:ReEncryptFrom, kms:ReEncryptTo on \*, reaching key alias\/custody-infra\/prod\/signer-tables/,
        );
    });
});

describe("issue 9 classes: share rings known by what AWS enforces", () => {
    it("an untagged share with an extra decryptor in its key policy", async () => {
        const { r } = await prod();
        const share2 = find(r, KEY, "signer-shares-share-2");
        setProp(share2, "tags", {});
        addStatements(share2, "policy", {
            Sid: "Backup",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::222222222222:role/backup-operator" },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^arn:aws:iam::222222222222:role\/backup-operator \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2 \(statement "Backup" of key policy of signer-shares-share-2/,
        );
        assertRefused(
            ds,
            /backup-operator .* only workload signer's subjects may use a share key/,
            "custody-share-rings",
        );
    });

    it("an imported-material (ExternalKey) share", async () => {
        const { r } = await prod();
        const share2 = find(r, KEY, "signer-shares-share-2");
        share2.type = "aws:kms/externalKey:ExternalKey";
        share2.urn = share2.urn.replace("aws:kms/key:Key", "aws:kms/externalKey:ExternalKey");
        assertRefused(
            await runUnder("prod", r),
            /share 2 .*is a ExternalKey: a share key must be a KMS-generated aws.kms.Key/,
            "custody-share-rings",
        );
    });

    it("a share key in a custom (external) key store", async () => {
        const { r } = await prod();
        setProp(find(r, KEY, "signer-shares-share-3"), "customKeyStoreId", "cks-1234567890abcdef0");
        assertRefused(await runUnder("prod", r), /share 3 .*lives in a custom key store/, "custody-share-rings");
    });

    it("two KeyPolicy resources on one key: both are judged", async () => {
        const { r } = await prod();
        const share1 = find(r, KEY, "signer-shares-share-1");
        const keyId = prop(share1, "keyId") as string;
        const own = prop(share1, "policy") as string;
        r.push(
            resourceLike(share1, "aws:kms/keyPolicy:KeyPolicy", "share-1-policy", { keyId, policy: own }),
            resourceLike(share1, "aws:kms/keyPolicy:KeyPolicy", "share-1-policy-late", {
                keyId,
                policy: doc(JSON.parse(own).Statement[0], {
                    Sid: "Ops",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/ops` },
                    Action: ["kms:Decrypt"],
                    Resource: "*",
                }),
            }),
        );
        assertRefused(
            await runUnder("prod", r),
            /^arn:aws:iam::111111111111:role\/ops \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement "Ops" of KeyPolicy share-1-policy-late/,
        );
    });

    it("an alias pointing outside the stack", async () => {
        const { r } = await prod();
        const alias = find(r, ALIAS, "signer-shares-share-2-alias");
        setProp(alias, "targetKeyId", "arn:aws:kms:eu-central-1:222222222222:key/0bad0bad-0bad-4bad-8bad-0bad0bad0bad");
        assertRefused(
            await runUnder("prod", r),
            /share 2 .*: the alias targets arn:aws:kms:eu-central-1:222222222222:key\/0bad.*, a key this stack does not create/,
            "custody-share-rings",
        );
    });
});

describe("issue 9 classes: key policies and grants", () => {
    it("a named principal of a foreign account", async () => {
        const { r } = await prod();
        addStatements(find(r, KEY, "signer-shares-share-3"), "policy", {
            Sid: "Partner",
            Effect: "Allow",
            Principal: { AWS: "999999999999" },
            Action: "kms:Decrypt",
            Resource: "*",
        });
        assertRefused(
            await runUnder("prod", r),
            /^account 999999999999 \(any identity its IAM policies allow\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-3 \(statement "Partner" .*\): a named principal of account 999999999999, which is not a custody account/,
        );
    });

    it('"*" pinned to the key\'s own account on a share key', async () => {
        const { r } = await prod();
        addStatements(find(r, KEY, "signer-shares-share-2"), "policy", {
            Sid: "Account",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["kms:Decrypt"],
            Resource: "*",
            Condition: { StringEquals: { "kms:CallerAccount": "222222222222" } },
        });
        assertRefused(
            await runUnder("prod", r),
            /^every identity of account 222222222222 \("\*" pinned only by StringEquals kms:CallerAccount = 222222222222\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2 .*without an IAM grant/,
        );
    });

    it("a Grant that lets a non-runtime role sign", async () => {
        const r = await stackResources("basil");
        const key = find(r, KEY, "basil-key-jwt-signing-primary");
        r.push(
            resourceLike(key, "aws:kms/grant:Grant", "provisioner-sign", {
                name: "provisioner-sign",
                keyId: prop(key, "keyId"),
                granteePrincipal: "arn:aws:iam::111122223333:role/basil-provisioner",
                operations: ["Sign"],
            }),
        );
        assertRefused(
            await runUnder("basil", r),
            /^role basil-provisioner → kms:Sign on key alias\/basil\/jwt-signing-primary \(kms Grant provisioner-sign\): not in workload basil-provisioner's allow entries/,
        );
    });

    it("the tables' CMK statement without kms:ViaService", async () => {
        const { r } = await prod();
        const cmk = find(r, KEY, "signer-tables-cmk");
        const policy = JSON.parse(prop(cmk, "policy") as string);
        delete policy.Statement[1].Condition.StringEquals["kms:ViaService"];
        setProp(cmk, "policy", JSON.stringify(policy));
        assertRefused(
            await runUnder("prod", r),
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals kms:CallerAccount = 111111111111\) → .*kms:Decrypt.* on key alias\/custody-infra\/prod\/signer-tables/,
        );
    });
});

describe("issue 9 classes: tables", () => {
    it("DeleteItem on anti-slashing, and PartiQL writes", async () => {
        const { r, access } = await prod();
        const policy = JSON.parse(prop(access, "policy") as string);
        policy.Statement[0].Action.push("dynamodb:DeleteItem", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate");
        setProp(access, "policy", JSON.stringify(policy));
        assertRefused(
            await runUnder("prod", r),
            /^role custody-prod-signer → statement "DynamoDBAntiSlashing" of RolePolicy custody-prod-signer-access allows dynamodb:DeleteItem, dynamodb:PartiQLInsert, dynamodb:PartiQLUpdate on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing/,
        );
    });

    it("a table encrypted with a key the stack does not manage, and a shortened PITR window", async () => {
        const { r } = await prod();
        const table = find(r, TABLE, "signer-tables-keystore");
        setProp(table, "serverSideEncryption", {
            enabled: true,
            kmsKeyArn: "arn:aws:kms:eu-west-1:111111111111:key/00000000-0000-4000-8000-000000000000",
        });
        setProp(table, "pointInTimeRecovery", { enabled: true, recoveryPeriodInDays: 7 });
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^table custody-prod-keystore is encrypted with arn:aws:kms:eu-west-1:111111111111:key\/0+-0000-4000-8000-0+, a key this stack does not manage/,
            "custody-tables",
        );
        assertRefused(
            ds,
            /^table custody-prod-keystore: pointInTimeRecovery.recoveryPeriodInDays is 7/,
            "custody-tables",
        );
    });

    it('a table resource policy with "*" pinned to the own account that can write', async () => {
        const { r } = await prod();
        const table = find(r, TABLE, "signer-tables-anti-slashing");
        r.push(
            resourceLike(table, "aws:dynamodb/resourcePolicy:ResourcePolicy", "anti-slashing-policy", {
                resourceArn: prop(table, "arn"),
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:PutItem", "dynamodb:DeleteItem"],
                    Resource: "*",
                    Condition: { StringEquals: { "aws:PrincipalAccount": PRIMARY } },
                }),
            }),
        );
        assertRefused(
            await runUnder("prod", r),
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals aws:PrincipalAccount = 111111111111\) → dynamodb:DeleteItem, dynamodb:PutItem on table custody-prod-anti-slashing \(statement 1 of ResourcePolicy anti-slashing-policy/,
        );
    });

    it("a table export outside the custody accounts", async () => {
        const { r } = await prod();
        const table = find(r, TABLE, "signer-tables-keystore");
        r.push(
            resourceLike(table, "aws:dynamodb/tableExport:TableExport", "keystore-export", {
                tableArn: prop(table, "arn"),
                s3Bucket: "exports",
                s3BucketOwner: "999999999999",
            }),
        );
        assertRefused(
            await runUnder("prod", r),
            /^TableExport keystore-export → table custody-prod-keystore exported to S3 bucket exports of account 999999999999, outside the custody accounts/,
            "custody-tables",
        );
    });
});

describe("issue 9 classes: Kubernetes", () => {
    it("RBAC that lets other subjects mint tokens for, or run pods as, the signer's ServiceAccount", async () => {
        const { r } = await prod();
        const sa = find(r, "kubernetes:core/v1:ServiceAccount", "signer-sa");
        const k8s = (type: string, name: string, inputs: Record<string, unknown>) =>
            resourceLike(sa, `kubernetes:rbac.authorization.k8s.io/v1:${type}`, name, inputs);
        r.push(
            k8s("Role", "token-minter", {
                metadata: { name: "token-minter", namespace: "validators" },
                rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
            }),
            k8s("RoleBinding", "ops-tokens", {
                metadata: { name: "ops-tokens", namespace: "validators" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "token-minter" },
                subjects: [{ kind: "Group", name: "ops" }],
            }),
            k8s("ClusterRoleBinding", "devs-edit", {
                metadata: { name: "devs-edit" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                subjects: [{ kind: "ServiceAccount", name: "ci", namespace: "tools" }],
            }),
        );
        const ds = await runUnder("prod", r);
        assertRefused(
            ds,
            /^Kubernetes Group ops → RoleBinding ops-tokens in validators → Role token-minter \(create serviceaccounts\/token\) → acts as ServiceAccount validators\/containment-chamber → ServiceAccount validators\/containment-chamber \(IRSA, .*\) → sts:AssumeRoleWithWebIdentity .* → role custody-prod-signer/,
        );
        assertRefused(
            ds,
            /^Kubernetes ServiceAccount tools\/ci → ClusterRoleBinding devs-edit → ClusterRole edit \(built-in ClusterRole edit \(creates workloads\)\) → acts as ServiceAccount validators\/containment-chamber/,
        );
    });
});

describe("issue 9 false positives are accepted by the whole pack", () => {
    it('a key policy naming the signer as "*" + ArnEquals aws:PrincipalArn', async () => {
        const { r } = await prod();
        for (const i of [1, 2, 3]) {
            const key = find(r, KEY, `signer-shares-share-${i}`);
            const policy = JSON.parse(prop(key, "policy") as string);
            policy.Statement[1].Principal = { AWS: "*" };
            policy.Statement[1].Condition = { ArnEquals: { "aws:PrincipalArn": SIGNER_ARN } };
            setProp(key, "policy", JSON.stringify(policy));
        }
        assertClean(await runWholePack("prod", r));
    });

    it("kms:DescribeKey for the signer on its shares", async () => {
        const { r, access } = await prod();
        const policy = JSON.parse(prop(access, "policy") as string);
        policy.Statement[1].Action.push("kms:DescribeKey");
        setProp(access, "policy", JSON.stringify(policy));
        for (const i of [1, 2, 3]) {
            const key = find(r, KEY, `signer-shares-share-${i}`);
            const kp = JSON.parse(prop(key, "policy") as string);
            kp.Statement[1].Action.push("kms:DescribeKey");
            setProp(key, "policy", JSON.stringify(kp));
        }
        assertClean(await runWholePack("prod", r));
    });

    it("every committed stack passes the allowlist as generated", async () => {
        for (const stack of ["dev", "prod", "basil", "trust-domain", "curity", "cross-account"]) {
            assertClean(await runUnder(stack, await stackResources(stack)));
            assert.ok(shareKeyArn !== undefined);
        }
    });
});
