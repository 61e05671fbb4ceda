// `npm run custody-model`: every committed stack's model agrees with its stack config (--check), drift is reported
// with a diff, --write keeps the other sections, bad flags and configs exit 2; and the model selects what the
// program really creates (aliases, tables and their CMK) under Pulumi's mocks.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml, stringify } from "yaml";
import { runStack } from "../harness";
import { main, PROJECT_DIR, readStackConfig } from "../../tools/custody-model/main";
import { generateCustodyModel } from "../../tools/custody-model/generate";
import { parseCustodyModel } from "../../policy-pack/custody/parse";
import type { AssetSelector, CustodyModel } from "../../policy-pack/custody/types";

const FIXTURES = path.join(PROJECT_DIR, "test", "offline", "fixtures");

async function run(argv: string[], projectDir = PROJECT_DIR) {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, {
        projectDir,
        stdout: s => {
            stdout += s;
        },
        stderr: s => {
            stderr += s;
        },
    });
    return { code, stdout, stderr };
}

function discoveredStacks(): string[] {
    return fs
        .readdirSync(PROJECT_DIR)
        .map(f => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
        .filter((s): s is string => !!s)
        .sort();
}

/** A scratch project holding one stack file and its pack config, for runs that write. */
function scratchProject(stack: string, source = stack): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "custody-model-"));
    fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${source}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
    fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
    fs.copyFileSync(
        path.join(PROJECT_DIR, "policy-pack", "config", `${source}.json`),
        path.join(dir, "policy-pack", "config", `${stack}.json`),
    );
    return dir;
}

/** The model generated from a committed stack file after editing its parsed YAML. */
function modelWith(stack: string, edit: (doc: any) => void): CustodyModel {
    const doc = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8")) as {
        config: Record<string, any>;
    };
    edit(doc.config);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "custody-model-")), `Pulumi.${stack}.yaml`);
    fs.writeFileSync(file, stringify(doc));
    const model = generateCustodyModel(readStackConfig(stack, file));
    return parseCustodyModel(model);
}

describe("custody-model command (tools/custody-model)", function () {
    this.timeout(120_000);
    const scratch: string[] = [];
    after(() => scratch.forEach(d => fs.rmSync(d, { recursive: true, force: true })));

    it("every committed stack's model agrees with its stack config (--check), and every pack config has a stack", async () => {
        const stacks = discoveredStacks();
        assert.ok(stacks.length >= 6);
        for (const stack of stacks) {
            const { code, stdout, stderr } = await run(["--stack", stack, "--check"]);
            assert.equal(code, 0, `${stack}: ${stderr}`);
            assert.match(stdout, new RegExp(`policy-pack/config/${stack}\\.json agrees with Pulumi\\.${stack}\\.yaml`));
        }
        const packConfigs = fs
            .readdirSync(path.join(PROJECT_DIR, "policy-pack", "config"))
            .map(f => f.replace(/\.json$/, ""));
        assert.deepEqual(
            packConfigs.filter(s => !stacks.includes(s)),
            [],
            "a pack config without a stack file",
        );
    });

    it("--check exits 1 with a diff when the stack config changed, --write fixes it and keeps the other sections", async () => {
        const dir = scratchProject("prod");
        scratch.push(dir);
        const stackFile = path.join(dir, "Pulumi.prod.yaml");
        fs.writeFileSync(stackFile, fs.readFileSync(stackFile, "utf8").replace("threshold: 2", "threshold: 3"));
        const drift = await run(["--stack", "prod", "--check"], dir);
        assert.equal(drift.code, 1);
        assert.match(
            drift.stderr,
            /the custody-model of policy-pack\/config\/prod\.json differs .* \(- committed, \+ generated\)/,
        );
        assert.match(drift.stderr, /^- {7}"threshold": 2,$/m);
        assert.match(drift.stderr, /^\+ {7}"threshold": 3,$/m);
        assert.match(drift.stderr, /npm run custody-model -- --stack prod --write/);

        const before = JSON.parse(fs.readFileSync(path.join(dir, "policy-pack/config/prod.json"), "utf8"));
        const written = await run(["--stack", "prod", "--write"], dir);
        assert.equal(written.code, 0, written.stderr);
        const after = JSON.parse(fs.readFileSync(path.join(dir, "policy-pack/config/prod.json"), "utf8"));
        const { ["custody-model"]: model, ...others } = after;
        const { ["custody-model"]: _old, ...othersBefore } = before;
        assert.deepEqual(others, othersBefore, "other sections kept");
        assert.equal(model.shareRings[0].threshold, 3);
        assert.equal((await run(["--stack", "prod", "--check"], dir)).code, 0);
    });

    it("--check exits 1 when the pack config has no model; --write creates the section", async () => {
        const dir = scratchProject("dev");
        scratch.push(dir);
        const file = path.join(dir, "policy-pack/config/dev.json");
        fs.writeFileSync(file, JSON.stringify({ all: "mandatory" }));
        const missing = await run(["--stack", "dev", "--check"], dir);
        assert.equal(missing.code, 1);
        assert.match(missing.stderr, /has no custody-model section \(file present\)/);
        assert.equal((await run(["--stack", "dev", "--write"], dir)).code, 0);
        const written = JSON.parse(fs.readFileSync(file, "utf8"));
        assert.equal(written.all, "mandatory");
        assert.equal(written["custody-model"].version, 1);
    });

    it("prints the model by default", async () => {
        const { code, stdout } = await run(["--stack", "trust-domain"]);
        assert.equal(code, 0);
        const model = parseCustodyModel(JSON.parse(stdout));
        assert.deepEqual(
            model.workloads.map(w => [w.name, w.kind]),
            [["trust-domain", "key-manager"]],
        );
        assert.deepEqual(model.workloads[0].allow, [
            { accessSet: "trustDomain.keyManager", on: [{ pattern: "arn:aws:kms:us-east-1:444444444444:key/*" }] },
        ]);
    });

    it("exits 2 with what to fix: bad flags, unknown stack, bad stack config, bad pack config", async () => {
        const cases: [string[], RegExp][] = [
            [[], /--stack NAME is required/],
            [["--stack"], /--stack needs a value/],
            [
                ["--stack", "dev", "--frobnicate"],
                /unknown option --frobnicate\.[\s\S]*--stack NAME[\s\S]*--config FILE[\s\S]*--write[\s\S]*--check/,
            ],
            [["--stack", "dev", "--check", "--write"], /--check and --write exclude each other/],
            [["--stack", "../dev"], /is not a stack name/],
            [
                ["--stack", "staging"],
                /unknown stack "staging": there is no Pulumi\.staging\.yaml; known stacks: basil, cross-account, curity, dev, pod-identity, prod, trust-domain/,
            ],
            [["--stack", "dev", "--config", "/nonexistent/Pulumi.x.yaml"], /does not exist/],
            [
                ["--stack", "dev", "--config", path.join(FIXTURES, "Pulumi.invalid.yaml")],
                /invalid stack configuration; fix these keys[\s\S]*- custody-infra:/,
            ],
        ];
        for (const [argv, pattern] of cases) {
            const { code, stderr } = await run(argv);
            assert.equal(code, 2, argv.join(" "));
            assert.match(stderr, pattern, argv.join(" "));
        }
        const dir = scratchProject("dev");
        scratch.push(dir);
        fs.writeFileSync(path.join(dir, "policy-pack/config/dev.json"), "{ not json");
        const bad = await run(["--stack", "dev", "--write"], dir);
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /dev\.json is not valid JSON .*fix or restore it first/);
        assert.equal(
            fs.readFileSync(path.join(dir, "policy-pack/config/dev.json"), "utf8"),
            "{ not json",
            "nothing written",
        );
    });

    it("derives subjects and assets from every workload variant", () => {
        const signer = modelWith("dev", c => (c["custody-infra:signer"].instanceProfile = true));
        assert.deepEqual(signer.workloads[0].subjects[1], { ec2: { account: "111111111111" } });

        const basil = modelWith("basil", c => {
            c["custody-infra:basil"].runtimeIdentity = "ec2";
            delete c["custody-infra:basil"].provisioner.requestTag;
        });
        assert.deepEqual(basil.workloads[0].subjects, [{ ec2: { account: "111122223333" } }]);
        assert.deepEqual(basil.workloads[1].subjects, [
            { principal: "arn:aws:iam::111122223333:role/platform-break-glass" },
            {
                irsa: {
                    issuer: "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
                    namespace: "basil-bootstrap",
                    serviceAccount: "basil-provisioner",
                },
            },
        ]);
        assert.deepEqual(
            basil.workloads[1].allow.map(a => [a.accessSet, a.when?.length ?? 0]),
            [
                ["basil.provisionerCreateKey", 0],
                ["basil.provisioner", 0],
            ],
            "no tag-on-create and no required tag without a request tag",
        );

        const curity = modelWith("curity", c => (c["custody-infra:curity"].allDynamoDbActions = true));
        assert.deepEqual(curity.workloads[0].allow, [
            {
                accessSet: "curity.allActions",
                on: [
                    { pattern: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*" },
                    { pattern: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*/index/*" },
                ],
            },
        ]);

        const existingKey = "arn:aws:kms:us-east-1:666666666666:key/11111111-2222-4333-8444-555555555555";
        const x = modelWith("cross-account", c => {
            Object.assign(c["custody-infra:crossAccount"], {
                kmsKeyArn: existingKey,
                createCallerRole: false,
                tableHasIndexes: false,
            });
        });
        assert.deepEqual(x.externalAssets, [
            { table: "arn:aws:dynamodb:us-east-1:666666666666:table/my-table" },
            { key: existingKey },
        ]);
        assert.deepEqual(x.workloads[0].allow[0].on[1], { key: existingKey });
        assert.deepEqual(x.workloads[1].subjects, [{ principal: "arn:aws:iam::777777777777:role/instance-role" }]);
    });

    it("selects what the program creates: every alias the model names exists and targets a key; tables use their CMK", async () => {
        for (const stack of discoveredStacks()) {
            const model = parseCustodyModel(
                generateCustodyModel(readStackConfig(stack, path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`))),
            );
            const plan = await runStack({ stack });
            const aliasTargets = new Map(
                plan
                    .byType("aws:kms/alias:Alias")
                    .map(a => [a.outputs.arn as string, a.outputs.targetKeyArn as string]),
            );
            const keys = new Set(plan.byType("aws:kms/key:Key").map(k => k.outputs.arn as string));
            const tables = new Map(
                plan
                    .byType("aws:dynamodb/table:Table")
                    .map(t => [
                        t.outputs.arn as string,
                        (t.inputs.serverSideEncryption as { kmsKeyArn?: string } | undefined)?.kmsKeyArn,
                    ]),
            );
            const selectors: AssetSelector[] = model.workloads.flatMap(w => w.allow.flatMap(a => a.on));
            const external = new Set(model.externalAssets.map(a => JSON.stringify(a)));
            for (const s of selectors) {
                if ("keyAlias" in s) {
                    const target = aliasTargets.get(s.keyAlias);
                    assert.ok(
                        target && keys.has(target),
                        `${stack}: ${s.keyAlias} is an alias of a key the stack creates`,
                    );
                }
                if ("table" in s && !external.has(JSON.stringify(s))) {
                    assert.ok(tables.has(s.table), `${stack}: ${s.table} is a table the stack creates`);
                }
            }
            for (const ring of model.shareRings) {
                for (const share of ring.shares)
                    assert.ok(aliasTargets.has(share.keyAlias), `${stack}: ${share.keyAlias}`);
            }
            assert.deepEqual(
                model.tables.map(t => [t.table, aliasTargets.get(t.keyAlias)]).sort(),
                [...tables.entries()].sort(),
                `${stack}: the model's tables are the stack's, each with its CMK`,
            );
        }
    });
});
