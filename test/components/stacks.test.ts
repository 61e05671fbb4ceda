// The committed dev and prod stacks under the recording mock engine, deployed (preview=false) and previewed
// (preview=true): the resource set, which account's provider creates what, and the protection of state.
import { strict as assert } from "assert";
import { PlanResource } from "../../tools/offline/mockEngine";
import { discoverStacks } from "../../tools/offline/stackFile";
import { PROJECT_DIR, runStack, stackConfig, StackRun } from "../harness";
import { MAX_PROGRAM_TAGS, MAX_TAGS_PER_RESOURCE } from "../../components/private/naming";
import { committedRun, DEV, isUnknown, PROD, providerName, shareAlias, shareKeys, tableCmk } from "./support";

/** Count of each registered custom resource type (components and the root stack left out). */
function typeCounts(run: StackRun): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of run.plan.resources.filter(x => x.custom)) {
        counts[r.type] = (counts[r.type] ?? 0) + 1;
    }
    return counts;
}

function awsProviders(
    run: StackRun,
): Record<string, { allowed: string[]; region: string; assumeRoles?: Array<Record<string, string>> }> {
    return Object.fromEntries(
        run.byType("pulumi:providers:aws").map(p => [
            p.name,
            {
                allowed: JSON.parse(p.inputs.allowedAccountIds as string),
                region: p.inputs.region as string,
                assumeRoles:
                    p.inputs.assumeRoles === undefined ? undefined : JSON.parse(p.inputs.assumeRoles as string),
            },
        ]),
    );
}

const COMMON = {
    "pulumi:providers:kubernetes": 1,
    "aws:iam/role:Role": 1,
    "aws:iam/rolePolicy:RolePolicy": 1,
    "aws:kms/key:Key": 4, // 3 share keys + the table CMK
    "aws:kms/alias:Alias": 4,
    "aws:dynamodb/table:Table": 3,
    "kubernetes:core/v1:ServiceAccount": 1,
};

for (const preview of [false, true]) {
    describe(`committed stacks (preview=${preview})`, () => {
        let dev: StackRun;
        let prod: StackRun;
        before(async () => {
            dev = await committedRun("dev", preview);
            prod = await committedRun("prod", preview);
        });

        it("dev: one account, three share keys in it, the signer's tables, role and ServiceAccount, nothing else", () => {
            assert.deepEqual(typeCounts(dev), { ...COMMON, "pulumi:providers:aws": 1 });
            assert.deepEqual(awsProviders(dev), {
                [`aws-${DEV.account.name}`]: {
                    allowed: [DEV.account.id],
                    region: DEV.account.region,
                    assumeRoles: undefined,
                },
            });
            const keys = shareKeys(dev);
            assert.equal(keys.length, 3);
            for (const k of keys) {
                assert.equal(providerName(k), "aws-main");
                assert.deepEqual(k.account, { accountId: DEV.account.id, region: DEV.account.region });
            }
        });

        it("prod: three accounts pinned by allowedAccountIds and their deploy roles, one share key in each, in their own regions", () => {
            assert.deepEqual(typeCounts(prod), { ...COMMON, "pulumi:providers:aws": 3 });
            const providers = awsProviders(prod);
            assert.deepEqual(Object.keys(providers).sort(), PROD.accounts.map(a => `aws-${a.name}`).sort());
            for (const a of PROD.accounts) {
                const p = providers[`aws-${a.name}`];
                assert.deepEqual(p.allowed, [a.id]);
                assert.equal(p.region, a.region);
                assert.equal(p.assumeRoles?.length, 1);
                assert.equal(p.assumeRoles![0].roleArn, `arn:aws:iam::${a.id}:role/custody-deployer`);
                assert.equal(p.assumeRoles![0].externalId, a.name === "signer" ? undefined : "custody-infra-prod");
            }
            const keys = shareKeys(prod);
            assert.deepEqual(
                keys.map(k => providerName(k)),
                PROD.accounts.map(a => `aws-${a.name}`),
                "share n in the n-th configured account",
            );
            assert.deepEqual(
                keys.map(k => k.account),
                PROD.accounts.map(a => ({ accountId: a.id, region: a.region })),
            );
            assert.equal(new Set(keys.map(k => k.account!.region)).size, 3, "the keys are in different regions");
        });

        for (const stack of ["dev", "prod"] as const) {
            it(`${stack}: share keys carry their account's ARN, and alias/custody-infra/${stack}/share-<n> in the same account`, () => {
                const run = stack === "dev" ? dev : prod;
                const keys = shareKeys(run);
                const aliases = run.byType("aws:kms/alias:Alias");
                keys.forEach((k, i) => {
                    const alias = aliases.filter(a => a.dependencies.includes(k.urn));
                    assert.equal(alias.length, 1, `one alias targets share ${i + 1}`);
                    assert.equal(alias[0].inputs.name, shareAlias(stack, i + 1));
                    assert.equal(alias[0].providerUrn, k.providerUrn, "the alias lives in its key's account");
                    assert.equal((k.inputs.tags as Record<string, string>)["custody:share-index"], String(i + 1));
                    if (preview) {
                        assert.ok(
                            k.outputs.arn === undefined || isUnknown(k.outputs.arn),
                            "the ARN is not known before the key exists",
                        );
                    } else {
                        assert.match(
                            k.outputs.arn as string,
                            new RegExp(`^arn:aws:kms:${k.account!.region}:${k.account!.accountId}:key/[0-9a-f-]{36}$`),
                        );
                        assert.equal(alias[0].inputs.targetKeyId, k.outputs.keyId);
                    }
                });
                const cmkAlias = aliases.filter(a => a.dependencies.includes(tableCmk(run).urn));
                assert.deepEqual(
                    cmkAlias.map(a => a.inputs.name),
                    [`alias/custody-infra/${stack}/signer-tables`],
                );
            });

            it(`${stack}: every table and KMS key is protected and retained on delete`, () => {
                const run = stack === "dev" ? dev : prod;
                const stateful = [...run.byType("aws:dynamodb/table:Table"), ...run.byType("aws:kms/key:Key")];
                assert.equal(stateful.length, 7);
                for (const r of stateful) {
                    assert.equal(r.options.protect, true, `${r.name} protect`);
                    assert.equal(r.options.retainOnDelete, true, `${r.name} retainOnDelete`);
                }
            });

            it(`${stack}: registers no AWS or Kubernetes resource without an explicit provider of its own package`, () => {
                const run = stack === "dev" ? dev : prod;
                assert.deepEqual(run.defaultProviderUses, []);
                const providers = new Map(
                    run.plan.resources
                        .filter(r => r.type.startsWith("pulumi:providers:"))
                        .map(p => [p.urn, p] as [string, PlanResource]),
                );
                const cloud = run.plan.resources.filter(
                    r => r.type.startsWith("aws:") || r.type.startsWith("kubernetes:"),
                );
                assert.ok(cloud.length >= 14);
                for (const r of cloud) {
                    const p = providers.get(r.providerUrn ?? "");
                    assert.ok(p, `${r.type} ${r.name} has no explicit provider`);
                    assert.equal(p.type, `pulumi:providers:${r.type.split(":")[0]}`, `${r.type} ${r.name}`);
                }
                const stackConf = stackConfig(stack);
                assert.equal(
                    stackConf["pulumi:disable-default-providers"],
                    JSON.stringify(["*"]),
                    "the stack file disables default providers",
                );
            });

            it(`${stack}: the primary account's provider creates the tables, their CMK, the role and its policy`, () => {
                const run = stack === "dev" ? dev : prod;
                const primary = stack === "dev" ? DEV.account : PROD.primary;
                const inPrimary = [
                    ...run.byType("aws:dynamodb/table:Table"),
                    tableCmk(run),
                    ...run.byType("aws:iam/role:Role"),
                    ...run.byType("aws:iam/rolePolicy:RolePolicy"),
                ];
                for (const r of inPrimary) {
                    assert.equal(providerName(r), `aws-${primary.name}`, r.name);
                    assert.deepEqual(r.account, { accountId: primary.id, region: primary.region });
                }
            });

            it(`${stack}: uses an explicit Kubernetes provider for the configured context`, () => {
                const run = stack === "dev" ? dev : prod;
                const [k8s] = run.byType("pulumi:providers:kubernetes");
                assert.equal(k8s.inputs.context, stack === "dev" ? DEV.context : PROD.context);
                assert.equal(k8s.inputs.kubeconfig, undefined);
                for (const r of run.plan.resources.filter(x => x.type.startsWith("kubernetes:"))) {
                    assert.equal(r.providerUrn, k8s.urn);
                }
            });
        }
    });
}

describe("KMS alias names", () => {
    // Pulumi stack names may contain '.', which KMS rejects in alias names (AliasName ^[a-zA-Z0-9:/_-]+$):
    // a stack named `eu.prod` must not create its protected keys and then fail on every alias.
    it("produces KMS-valid aliases (or a config error) for every legal Pulumi stack name", async () => {
        const KMS_ALIAS = /^alias\/[a-zA-Z0-9:/_-]{1,250}$/;
        for (const stack of ["eu.prod", "prod_2", "Prod-EU"]) {
            let run: StackRun;
            try {
                run = await runStack({ stack, config: stackConfig("prod") });
            } catch (e) {
                assert.match((e as Error).message, /invalid stack configuration/, stack);
                continue;
            }
            for (const a of run.byType("aws:kms/alias:Alias")) {
                assert.match(a.inputs.name as string, KMS_ALIAS, `${stack}: ${a.inputs.name}`);
                assert.doesNotMatch(a.inputs.name as string, /^alias\/aws\//);
            }
        }
    });

    it("produces KMS-valid aliases for the committed stacks", async () => {
        for (const stack of ["dev", "prod"] as const) {
            const run = await committedRun(stack);
            for (const a of run.byType("aws:kms/alias:Alias")) {
                assert.match(a.inputs.name as string, /^alias\/[a-zA-Z0-9:/_-]{1,250}$/);
            }
        }
    });
});

describe("tags", () => {
    // The validator leaves MAX_TAGS_PER_RESOURCE - MAX_PROGRAM_TAGS for user tags: hold the constant to the plans.
    it("adds at most MAX_PROGRAM_TAGS custody: tags to any resource, of every committed stack", async () => {
        let most = 0;
        for (const stack of discoverStacks(PROJECT_DIR)) {
            const run = await runStack({ stack });
            for (const r of run.plan.resources.filter(x => x.custom)) {
                const tags = (r.inputs.tags ?? {}) as Record<string, string>;
                const own = Object.keys(tags).filter(k => k.startsWith("custody:")).length;
                assert.ok(own <= MAX_PROGRAM_TAGS, `${stack}: ${r.type} ${r.name} has ${own} custody: tags`);
                most = Math.max(most, own);
            }
        }
        assert.equal(most, MAX_PROGRAM_TAGS, "the constant should be exact, or users lose tags for nothing");
    });

    it("lets a stack use every tag the validator allows: no resource goes over AWS's 50", async () => {
        const config = { ...stackConfig("prod") };
        const userTags = Object.fromEntries(
            Array.from({ length: MAX_TAGS_PER_RESOURCE - MAX_PROGRAM_TAGS }, (_, i) => [`t${i}`, "v"]),
        );
        config["custody-infra:tags"] = JSON.stringify(userTags);
        const run = await runStack({ stack: "prod", config });
        for (const r of run.plan.resources.filter(x => x.custom)) {
            assert.ok(
                Object.keys((r.inputs.tags ?? {}) as object).length <= MAX_TAGS_PER_RESOURCE,
                `${r.type} ${r.name}`,
            );
        }
    });
});
