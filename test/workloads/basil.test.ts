import { strict as assert } from "assert";
import { runStack, stackConfig, withConfig } from "../harness";
import { asList, configProblems, parseDoc, roleStatements, simulate, trustOf } from "./planQueries";

const problemsOf = (config: Record<string, string>) => configProblems(config, "basil");

// Expected values are written from seed 004, not imported from the program.
const RUNTIME_ACTIONS = ["kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt"];
const ACCOUNT = "111122223333";
const REGION = "us-east-1";

describe("Basil broker (seed 004)", () => {
    it("creates one key per catalog entry with the seed's KeySpec/KeyUsage, alias/basil/<name>, rotation only where KMS supports it", async () => {
        const run = await runStack({ stack: "basil" });
        const keys = run.byType("aws:kms/key:Key");
        assert.equal(keys.length, 2);
        const byCatalog = Object.fromEntries(keys.map(k => [(k.inputs.tags as any)["basil:catalog-key"], k]));
        assert.equal(byCatalog["jwt.signing.primary"].inputs.customerMasterKeySpec, "ECC_NIST_P256");
        assert.equal(byCatalog["jwt.signing.primary"].inputs.keyUsage, "SIGN_VERIFY");
        assert.equal(
            byCatalog["jwt.signing.primary"].inputs.enableKeyRotation,
            false,
            "KMS cannot rotate asymmetric keys",
        );
        assert.equal(byCatalog["payload.aead"].inputs.customerMasterKeySpec, "SYMMETRIC_DEFAULT");
        assert.equal(byCatalog["payload.aead"].inputs.keyUsage, "ENCRYPT_DECRYPT");
        assert.equal(byCatalog["payload.aead"].inputs.enableKeyRotation, true);
        for (const k of keys) {
            assert.equal(k.inputs.deletionWindowInDays, 30);
            assert.ok(k.options.protect && k.options.retainOnDelete, `${k.name} must be protected and retained`);
            assert.equal(k.account?.accountId, ACCOUNT);
            const policy = parseDoc(k.inputs.policy);
            assert.deepEqual(
                policy.Statement.map(s => s.Principal?.AWS),
                [`arn:aws:iam::${ACCOUNT}:root`],
            );
        }
        const aliases = run
            .byType("aws:kms/alias:Alias")
            .map(a => a.inputs.name)
            .sort();
        assert.deepEqual(aliases, ["alias/basil/jwt-signing-primary", "alias/basil/payload-aead"]);
    });

    it("maps every supported key type and refuses the rest at validation", () => {
        const expected: Record<string, [string, string]> = {
            ed25519: ["ECC_NIST_EDWARDS25519", "SIGN_VERIFY"],
            "ecdsa-p256": ["ECC_NIST_P256", "SIGN_VERIFY"],
            "ecdsa-p384": ["ECC_NIST_P384", "SIGN_VERIFY"],
            "ecdsa-p521": ["ECC_NIST_P521", "SIGN_VERIFY"],
            "aes-256-gcm": ["SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT"],
        };
        const base = stackConfig("basil");
        for (const keyType of Object.keys(expected)) {
            const cfg = withConfig(base, "basil", b => ({ ...b, keys: { k1: { keyType } } }));
            assert.deepEqual(problemsOf(cfg), [], keyType);
        }
        for (const refused of ["rsa-2048", "chacha20-poly1305", "x25519", "ml-kem-768", "ml-dsa-65", "RSA_2048"]) {
            const cfg = withConfig(base, "basil", b => ({ ...b, keys: { k1: { keyType: refused } } }));
            const problems = problemsOf(cfg);
            assert.equal(problems.length, 1, problems.join("\n"));
            assert.match(
                problems[0],
                /^basil\.keys\.k1\.keyType: ".*" is not supported by Basil's aws-kms backend.*use one of ed25519, ecdsa-p256/,
            );
        }
    });

    it("runs each key type through the program with the right KeySpec", async () => {
        const cfg = withConfig(stackConfig("basil"), "basil", b => ({
            ...b,
            keys: { a: { keyType: "ed25519" }, b: { keyType: "ecdsa-p384" }, c: { keyType: "ecdsa-p521" } },
        }));
        const run = await runStack({ stack: "basil", config: cfg });
        const specs = run
            .byType("aws:kms/key:Key")
            .map(k => k.inputs.customerMasterKeySpec)
            .sort();
        assert.deepEqual(specs, ["ECC_NIST_EDWARDS25519", "ECC_NIST_P384", "ECC_NIST_P521"]);
    });

    it("gives the runtime role exactly the six in-place actions on the catalog key ARNs, with the alias condition", async () => {
        const run = await runStack({ stack: "basil" });
        const keyArns = run
            .byType("aws:kms/key:Key")
            .map(k => k.outputs.arn as string)
            .sort();
        const statements = roleStatements(run, "basil-agent");
        assert.equal(statements.length, 1);
        assert.deepEqual([...asList(statements[0].Action)].sort(), [...RUNTIME_ACTIONS].sort());
        assert.deepEqual([...asList(statements[0].Resource)].sort(), keyArns);
        assert.deepEqual(statements[0].Condition, {
            "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" },
        });
        const role = run.byType("aws:iam/role:Role").find(r => r.inputs.name === "basil-agent")!;
        assert.equal((role.inputs.tags as any)["custody:role-kind"], "runtime");
    });

    it("pins the runtime trust to system:serviceaccount:basil:basil-agent and annotates that ServiceAccount", async () => {
        const run = await runStack({ stack: "basil" });
        const trust = trustOf(run, "basil-agent");
        assert.equal(trust.Statement.length, 1);
        const host = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
        assert.deepEqual(trust.Statement[0].Condition, {
            StringEquals: {
                [`${host}:sub`]: "system:serviceaccount:basil:basil-agent",
                [`${host}:aud`]: "sts.amazonaws.com",
            },
        });
        const sa = run
            .byType("kubernetes:core/v1:ServiceAccount")
            .find(s => (s.inputs.metadata as any).name === "basil-agent")!;
        assert.equal((sa.inputs.metadata as any).namespace, "basil");
        assert.equal(
            (sa.inputs.metadata as any).annotations["eks.amazonaws.com/role-arn"],
            `arn:aws:iam::${ACCOUNT}:role/basil-agent`,
        );
    });

    it("gives the provisioner the seed's three statements, narrowed by aws:RequestTag (plus the TagResource that tag-on-create needs), and never trusts the runtime ServiceAccount", async () => {
        const run = await runStack({ stack: "basil" });
        const statements = roleStatements(run, "basil-provisioner");
        const bySid = Object.fromEntries(statements.map(s => [s.Sid, s]));
        assert.deepEqual(asList(bySid.BasilCreateKeys.Action), ["kms:CreateKey"]);
        assert.equal(bySid.BasilCreateKeys.Resource, "*");
        assert.deepEqual(bySid.BasilCreateKeys.Condition, { StringEquals: { "aws:RequestTag/basil-managed": "true" } });
        assert.deepEqual(asList(bySid.BasilCreateAliases.Action), ["kms:CreateAlias"]);
        assert.deepEqual(asList(bySid.BasilCreateAliases.Resource).sort(), [
            `arn:aws:kms:${REGION}:${ACCOUNT}:alias/basil/*`,
            `arn:aws:kms:${REGION}:${ACCOUNT}:key/*`,
        ]);
        assert.deepEqual(asList(bySid.BasilReadAndProbeKeys.Action).sort(), ["kms:DescribeKey", "kms:GetPublicKey"]);
        assert.deepEqual(asList(bySid.BasilReadAndProbeKeys.Resource), [`arn:aws:kms:${REGION}:${ACCOUNT}:key/*`]);
        // CreateKey with Tags is also authorised as kms:TagResource over the account's keys: only the one tag.
        assert.deepEqual(asList(bySid.BasilTagKeysOnCreate.Action), ["kms:TagResource"]);
        assert.deepEqual(asList(bySid.BasilTagKeysOnCreate.Resource), [`arn:aws:kms:${REGION}:${ACCOUNT}:key/*`]);
        assert.deepEqual(bySid.BasilTagKeysOnCreate.Condition, {
            StringEquals: { "aws:RequestTag/basil-managed": "true" },
            "ForAllValues:StringEquals": { "aws:TagKeys": ["basil-managed"] },
        });
        assert.equal(statements.length, 4);

        // The simulator: creating a key with the required tag works (CreateKey + TagResource), without it or
        // with another tag it does not.
        const identity = [{ Version: "2012-10-17", Statement: statements }];
        const principal = `arn:aws:iam::${ACCOUNT}:role/basil-provisioner`;
        // A new key gets the default key policy (root delegation), which is what lets the IAM grant count.
        const defaultKeyPolicy = {
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" },
            ],
        };
        const ask = (action: string, resource: string, context: Record<string, string | string[]>) =>
            simulate({
                principal,
                action,
                resource,
                resourceAccount: ACCOUNT,
                identityPolicies: identity,
                context,
                resourcePolicy: resource === "*" ? undefined : defaultKeyPolicy,
            });
        const tagged = { "aws:RequestTag/basil-managed": "true", "aws:TagKeys": ["basil-managed"] };
        assert.equal(await ask("kms:CreateKey", "*", tagged), "Allowed");
        assert.equal(
            await ask(
                "kms:TagResource",
                `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000`,
                tagged,
            ),
            "Allowed",
        );
        assert.equal(await ask("kms:CreateKey", "*", {}), "ImplicitlyDenied");
        assert.equal(
            await ask("kms:TagResource", `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000`, {
                "aws:RequestTag/basil-managed": "true",
                "aws:RequestTag/owner": "x",
                "aws:TagKeys": ["basil-managed", "owner"],
            }),
            "ImplicitlyDenied",
        );

        const trust = JSON.stringify(trustOf(run, "basil-provisioner"));
        assert.ok(trust.includes("arn:aws:iam::111122223333:role/platform-break-glass"));
        assert.ok(trust.includes("system:serviceaccount:basil-bootstrap:basil-provisioner"));
        assert.ok(
            !trust.includes("system:serviceaccount:basil:basil-agent"),
            "the broker must never be able to assume the provisioner",
        );
        const role = run.byType("aws:iam/role:Role").find(r => r.inputs.name === "basil-provisioner")!;
        assert.equal((role.inputs.tags as any)["custody:role-kind"], "provisioner");
    });

    it("lets the simulator confirm: the runtime role can sign through the alias but cannot create keys", async () => {
        const run = await runStack({ stack: "basil" });
        const identity = run
            .byType("aws:iam/rolePolicy:RolePolicy")
            .filter(p => p.inputs.role === "basil-agent")
            .map(p => parseDoc(p.inputs.policy));
        const key = run.byType("aws:kms/key:Key")[0];
        const keyArn = key.outputs.arn as string;
        const principal = `arn:aws:iam::${ACCOUNT}:role/basil-agent`;
        // KMS needs the key policy too: its root delegation is what lets the IAM policy count at all.
        const ask = (
            action: string,
            resource: string,
            context: Record<string, string | string[]> = { "kms:RequestAlias": "alias/basil/jwt-signing-primary" },
        ) =>
            simulate({
                principal,
                action,
                resource,
                resourceAccount: ACCOUNT,
                identityPolicies: identity,
                resourcePolicy: parseDoc(key.inputs.policy),
                context,
            });
        assert.equal(await ask("kms:Sign", keyArn), "Allowed");
        assert.equal(await ask("kms:Sign", keyArn, { "kms:RequestAlias": "alias/other/key" }), "ImplicitlyDenied");
        assert.equal(
            await ask("kms:Sign", `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000`),
            "ImplicitlyDenied",
        );
        assert.equal(
            await simulate({
                principal,
                action: "kms:Sign",
                resource: keyArn,
                resourceAccount: ACCOUNT,
                identityPolicies: identity,
                context: { "kms:RequestAlias": "alias/basil/jwt-signing-primary" },
            }),
            "ImplicitlyDenied",
            "without the key policy's root delegation the IAM grant is void",
        );
        assert.equal(
            await simulate({
                principal,
                action: "kms:CreateKey",
                resource: "*",
                resourceAccount: ACCOUNT,
                identityPolicies: identity,
            }),
            "ImplicitlyDenied",
        );
        assert.equal(await ask("kms:ScheduleKeyDeletion", keyArn), "ImplicitlyDenied");
    });

    it("exports the catalog (schemaVersion 1, aws-kms transit, pre-provisioned only) and the bundle line", async () => {
        const run = await runStack({ stack: "basil" });
        const catalog = JSON.parse(run.plan.outputs.basilCatalogJson as string);
        assert.equal(catalog.schemaVersion, 1);
        assert.deepEqual(catalog.backends.kms, { kind: "aws-kms", addr: `aws-kms:${REGION}`, engines: ["transit"] });
        assert.equal(catalog.backends.kms.mintKeyTypes, undefined, "the tightest posture declares no mintKeyTypes");
        assert.deepEqual(catalog.keys["jwt.signing.primary"], {
            class: "asymmetric",
            keyType: "ecdsa-p256",
            backend: "kms",
            engine: "transit",
            path: "alias/basil/jwt-signing-primary",
            writable: false,
            missing: "error",
            description: "JWT signing key held in AWS KMS",
        });
        assert.equal(catalog.keys["payload.aead"].class, "symmetric");
        assert.match(
            run.plan.outputs.basilBundleSetBackendCommand as string,
            /^basil bundle set-backend \S+ --backend id=kms,type=aws-kms,region=us-east-1 /,
        );
    });

    it("uses an EC2 instance profile instead of IRSA when configured", async () => {
        const cfg = withConfig(stackConfig("basil"), "basil", b => ({
            ...b,
            runtimeIdentity: "ec2",
            provisioner: { operatorPrincipalArns: ["arn:aws:iam::111122223333:role/platform-break-glass"] },
        }));
        const run = await runStack({ stack: "basil", config: cfg });
        assert.deepEqual(trustOf(run, "basil-agent").Statement, [
            { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
        ]);
        const profiles = run.byType("aws:iam/instanceProfile:InstanceProfile");
        assert.deepEqual(
            profiles.map(p => p.inputs.role),
            ["basil-agent"],
        );
        assert.equal(run.byType("kubernetes:core/v1:ServiceAccount").length, 0);
        assert.equal(run.byType("pulumi:providers:kubernetes").length, 0, "no IRSA workload: no Kubernetes provider");
    });

    it("rejects a provisioner that the runtime ServiceAccount could assume, or that nobody can assume", () => {
        const base = stackConfig("basil");
        const same = withConfig(base, "basil", b => ({
            ...b,
            provisioner: { bootstrapServiceAccount: { namespace: "basil", name: "basil-agent" } },
        }));
        assert.match(
            problemsOf(same).join("\n"),
            /basil\.provisioner\.bootstrapServiceAccount: is the runtime ServiceAccount basil\/basil-agent/,
        );
        const nobody = withConfig(base, "basil", b => ({ ...b, provisioner: { operatorPrincipalArns: [] } }));
        assert.match(problemsOf(nobody).join("\n"), /basil\.provisioner: has nobody who may assume it/);
        const wholeAccount = withConfig(base, "basil", b => ({
            ...b,
            provisioner: { operatorPrincipalArns: ["arn:aws:iam::111122223333:root"] },
        }));
        assert.match(problemsOf(wholeAccount).join("\n"), /operatorPrincipalArns\[0\]: .*whole account/);
    });

    it("rejects an empty catalog and aliases that collide", () => {
        const base = stackConfig("basil");
        assert.match(
            problemsOf(withConfig(base, "basil", b => ({ ...b, keys: {} }))).join("\n"),
            /basil\.keys: is required/,
        );
        const clash = withConfig(base, "basil", b => ({
            ...b,
            keys: { "a.b": { keyType: "ed25519" }, "a-b": { keyType: "ed25519" } },
        }));
        assert.match(problemsOf(clash).join("\n"), /maps to alias\/basil\/a-b, the same alias as "a\.b"/);
    });

    it("rejects what KMS and IAM would refuse mid-deploy: long descriptions, bad request tags, policies over IAM's quotas", () => {
        const base = stackConfig("basil");
        const problems = (edit: (b: any) => any) => problemsOf(withConfig(base, "basil", edit)).join("\n");
        assert.match(
            problems(b => ({ ...b, keys: { big: { keyType: "ed25519", description: "d".repeat(8193) } } })),
            /basil\.keys\.big\.description: .* longer than the 8192 characters/,
        );
        assert.match(
            problems(b => ({
                ...b,
                provisioner: { ...b.provisioner, requestTag: { key: "basil-managed", value: "v".repeat(300) } },
            })),
            /basil\.provisioner\.requestTag\.basil-managed: the value has 300 characters/,
        );
        assert.match(
            problems(b => ({ ...b, provisioner: { ...b.provisioner, requestTag: { key: "AWS:x", value: "true" } } })),
            /cannot start with aws: in any case|aws: prefix is reserved/,
        );
        // Each catalog key adds its ARN to the runtime role's one inline policy (10,240 characters at most).
        const catalog = (n: number) =>
            Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { keyType: "ed25519" }]));
        assert.equal(
            problems(b => ({ ...b, keys: catalog(100) })),
            "",
        );
        assert.match(
            problems(b => ({ ...b, keys: catalog(140) })),
            /basil\.keys: 140 keys make the runtime role's policy \d+ characters, over IAM's 10240/,
        );
        // Operators go into the provisioner's trust policy (2,048 characters by default).
        const operators = Array.from(
            { length: 40 },
            (_, i) => `arn:aws:iam::111122223333:role/platform-operator-with-a-long-name-${i}`,
        );
        assert.match(
            problems(b => ({ ...b, provisioner: { ...b.provisioner, operatorPrincipalArns: operators } })),
            /basil\.provisioner\.operatorPrincipalArns: make the provisioner's trust policy \d+ characters, over IAM's default 2048/,
        );
    });
});
