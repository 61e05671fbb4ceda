// The stack outputs the README promises, for dev and prod, deployed and previewed.
import { strict as assert } from "assert";
import { parse } from "yaml";
import { StackRun } from "../harness";
import {
    committedRun,
    defaultNames,
    DEV,
    isUnknown,
    PROD,
    roleArnOf,
    shareAlias,
    shareKeys,
    tableArnOf,
} from "./support";

const STACKS = {
    dev: { primary: DEV.account, shareAccounts: [DEV.account, DEV.account, DEV.account] },
    prod: { primary: PROD.primary, shareAccounts: PROD.accounts },
} as const;

for (const stack of ["dev", "prod"] as const) {
    const { primary, shareAccounts } = STACKS[stack];
    const names = defaultNames(stack);

    describe(`outputs (${stack})`, () => {
        let run: StackRun;
        let preview: StackRun;
        before(async () => {
            run = await committedRun(stack);
            preview = await committedRun(stack, true);
        });

        it("exports every account with its id and region", () => {
            const expected =
                stack === "dev"
                    ? { main: { accountId: DEV.account.id, region: DEV.account.region } }
                    : Object.fromEntries(PROD.accounts.map(a => [a.name, { accountId: a.id, region: a.region }]));
            assert.deepEqual(run.plan.outputs.accounts, expected);
            assert.deepEqual(preview.plan.outputs.accounts, expected);
        });

        it("exports the tables' names and ARNs", () => {
            const table = (n: string) => ({ name: n, arn: tableArnOf(primary.region, primary.id, n) });
            assert.deepEqual(run.plan.outputs.signerTables, {
                keystore: table(names.keystore),
                antiSlashing: table(names.antiSlashing),
                signerState: table(names.signerState),
            });
            const previewTables = preview.plan.outputs.signerTables as Record<string, { name: string; arn: unknown }>;
            assert.deepEqual(Object.fromEntries(Object.entries(previewTables).map(([k, v]) => [k, v.name])), {
                keystore: names.keystore,
                antiSlashing: names.antiSlashing,
                signerState: names.signerState,
            });
            assert.ok(
                Object.values(previewTables).every(t => isUnknown(t.arn)),
                "ARNs are unknown in preview",
            );
        });

        it("exports each share key with its index, ARN, alias, account and region, in share order", () => {
            const keyArns = shareKeys(run).map(k => k.outputs.arn as string);
            const out = run.plan.outputs.shareKeys as Array<Record<string, unknown>>;
            assert.deepEqual(
                out,
                shareAccounts.map((a, i) => ({
                    index: i + 1,
                    arn: keyArns[i],
                    alias: shareAlias(stack, i + 1),
                    account: a.name,
                    accountId: a.id,
                    region: a.region,
                })),
            );
            for (const k of out) {
                assert.match(k.arn as string, new RegExp(`^arn:aws:kms:${k.region}:${k.accountId}:key/`));
            }
            assert.equal(new Set(keyArns).size, 3, "three distinct keys");
            const previewOut = preview.plan.outputs.shareKeys as Array<Record<string, unknown>>;
            assert.deepEqual(
                previewOut.map(k => [k.index, k.alias, k.account, k.accountId, k.region]),
                shareAccounts.map((a, i) => [i + 1, shareAlias(stack, i + 1), a.name, a.id, a.region]),
            );
            assert.equal(run.plan.outputs.shareThreshold, 2);
            assert.equal(preview.plan.outputs.shareThreshold, 2);
        });

        it("exports the role ARN and the ServiceAccount with its annotation", () => {
            const roleArn = roleArnOf(primary.id, names.role);
            assert.equal(run.plan.outputs.signerRoleArn, roleArn);
            assert.deepEqual(run.plan.outputs.signerServiceAccount, {
                namespace: "validators",
                name: "containment-chamber",
                annotations: { "eks.amazonaws.com/role-arn": roleArn },
                managedByThisStack: true,
            });
            const p = preview.plan.outputs.signerServiceAccount as Record<string, unknown>;
            assert.deepEqual([p.namespace, p.name, p.managedByThisStack], ["validators", "containment-chamber", true]);
            assert.equal(run.plan.outputs.signerInstanceProfile, undefined, "no instance profile unless asked");
        });

        it("exports a signer config.yaml naming the three tables in the primary region (known in preview too)", () => {
            for (const r of [run, preview]) {
                const doc = parse(r.plan.outputs.signerConfigYaml as string);
                assert.deepEqual(doc, {
                    key_sources: {
                        dynamodb: { table: names.keystore, region: primary.region, index: "status-shard-index" },
                    },
                    anti_slashing: {
                        backend: "dynamodb",
                        dynamodb: { table: names.antiSlashing, region: primary.region },
                    },
                    signer_state: {
                        backend: "dynamodb",
                        dynamodb: { table: names.signerState, region: primary.region },
                    },
                });
            }
        });

        it("exports the operator init command with every key ARN in share order and --kms-threshold 2", () => {
            const keyArns = shareKeys(run).map(k => k.outputs.arn as string);
            const cmd = run.plan.outputs.operatorInitCommand as string;
            const m = /^containment-chamber operator init --kms-key-arns (\S+) --kms-threshold (\d+)$/.exec(cmd);
            assert.ok(m, cmd);
            assert.deepEqual(m[1].split(","), keyArns);
            assert.equal(m[2], "2");
            assert.ok(isUnknown(preview.plan.outputs.operatorInitCommand), "unknown until the keys exist");
        });
    });
}
