// The custody-model section parser: every committed model parses; each kind of mistake is reported with its key
// path and fix, all at once; the JSON schema comes from the same shape; the custody-model policy reports them.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ACCESS_SET_NAMES } from "../../../policy-pack/custody/accessSets";
import {
    CUSTODY_MODEL_CONFIG_SCHEMA,
    CUSTODY_MODEL_JSON_SCHEMA,
    CUSTODY_MODEL_SECTION,
    CustodyModelError,
    custodyModelProblems,
    parseCustodyModel,
} from "../../../policy-pack/custody/parse";
import { packConfigProblems } from "../../../policy-pack/private/packConfigCheck";
import type { CustodyModel } from "../../../policy-pack/custody/types";

const CONFIG_DIR = path.join(__dirname, "..", "..", "..", "policy-pack", "config");
const A = "111111111111";
const B = "222222222222";
const alias = (name: string, account = A, region = "eu-west-1") => `arn:aws:kms:${region}:${account}:alias/${name}`;
const table = (name: string, account = A) => `arn:aws:dynamodb:eu-west-1:${account}:table/${name}`;
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";

function validModel(): CustodyModel {
    return {
        version: 1,
        accounts: { [A]: "main", [B]: "custody-b" },
        workloads: [
            {
                name: "signer",
                subjects: [
                    { irsa: { issuer: ISSUER, namespace: "validators", serviceAccount: "containment-chamber" } },
                ],
                kind: "runtime",
                allow: [
                    { accessSet: "signer.keySource", on: [{ table: table("keystore"), withIndexes: true }] },
                    {
                        accessSet: "signer.shareWrap",
                        on: [{ keyAlias: alias("s/share-1") }, { keyAlias: alias("s/share-2", B) }],
                    },
                ],
            },
        ],
        shareRings: [
            {
                threshold: 2,
                shares: [
                    { index: 1, keyAlias: alias("s/share-1"), account: A },
                    { index: 2, keyAlias: alias("s/share-2", B), account: B },
                ],
                workload: "signer",
            },
        ],
        externalAssets: [],
        tables: [{ table: table("keystore"), keyAlias: alias("s/signer-tables") }],
    };
}

/** The model with `edit` applied to a deep copy. */
function edited(edit: (m: any) => void): unknown {
    const m = JSON.parse(JSON.stringify(validModel()));
    edit(m);
    return m;
}

function problemsOf(raw: unknown): string[] {
    return custodyModelProblems(raw).map(p => `${p.path}: ${p.message}`);
}

function assertProblem(raw: unknown, pathPattern: string, message: RegExp): void {
    const problems = custodyModelProblems(raw);
    const hit = problems.find(p => p.path === `${CUSTODY_MODEL_SECTION}${pathPattern}` && message.test(p.message));
    assert.ok(hit, `expected ${pathPattern} ${message}; got:\n${problemsOf(raw).join("\n")}`);
}

describe("custody model parser (policy-pack/custody/parse.ts)", () => {
    it("accepts a valid model, and every committed stack's model", () => {
        assert.deepEqual(problemsOf(validModel()), []);
        const files = fs.readdirSync(CONFIG_DIR).filter(f => f.endsWith(".json"));
        assert.ok(files.length >= 6, "the committed stacks' pack configs");
        for (const file of files) {
            const config = JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, file), "utf8")) as Record<string, unknown>;
            assert.ok(config[CUSTODY_MODEL_SECTION], `${file} has a custody model`);
            assert.doesNotThrow(() => parseCustodyModel(config[CUSTODY_MODEL_SECTION]), file);
        }
    });

    it("accepts the policy's enforcementLevel beside the model, and refuses a bad one", () => {
        assert.deepEqual(problemsOf({ ...validModel(), enforcementLevel: "mandatory" }), []);
        assert.equal(parseCustodyModel({ ...validModel(), enforcementLevel: "advisory" }).version, 1);
        assertProblem({ ...validModel(), enforcementLevel: "loud" }, ".enforcementLevel", /use one of advisory/);
    });

    it("reports unknown keys, wrong types and missing keys, each with its path and the keys that exist", () => {
        const raw = edited(m => {
            m.workloadz = [];
            m.workloads[0].subjects[0].irsa.namespce = "x";
            m.workloads[0].kind = 7;
            delete m.tables[0].keyAlias;
            m.accounts[A] = 1;
        });
        assertProblem(raw, ".workloadz", /not a known key; the keys here are version, accounts, workloads/);
        assertProblem(raw, ".workloads[0].subjects[0].irsa.namespce", /not a known key.*namespace/);
        assertProblem(raw, ".workloads[0].kind", /one of runtime, provisioner, key-manager/);
        assertProblem(raw, ".tables[0].keyAlias", /is missing; add it/);
        assertProblem(raw, '.accounts["111111111111"]', /write a string/);
        assert.ok(custodyModelProblems(raw).length >= 5, "every problem at once");
        assert.throws(
            () => parseCustodyModel(raw),
            (e: unknown) => {
                assert.ok(e instanceof CustodyModelError);
                assert.match(e.message, /custody-model section of the pack config has \d+ problems/);
                assert.match(e.message, /npm run custody-model -- --stack <name> --write/);
                return true;
            },
        );
    });

    it("reads required conditions (`when`) and refuses a bad operator, key or empty values", () => {
        const ok = edited(m => {
            m.workloads[0].allow[0].when = [
                { operator: "StringEquals", key: "aws:RequestTag/team", values: ["custody"] },
                { operator: "ForAllValues:StringEquals", key: "aws:TagKeys", values: ["team"] },
            ];
        });
        assert.deepEqual(problemsOf(ok), []);
        const raw = edited(m => {
            m.workloads[0].allow[0].when = [
                { operator: "StringEqualsIfExists", key: "aws:RequestTag/team", values: ["custody"] },
                { operator: "StringEquals", key: "RequestTag", values: ["custody"] },
                { operator: "StringLike", key: "kms:RequestAlias", values: [] },
            ];
        });
        assertProblem(raw, ".workloads[0].allow[0].when[0].operator", /one of StringEquals, StringLike/);
        assertProblem(raw, ".workloads[0].allow[0].when[1].key", /not a condition key/);
        assertProblem(raw, ".workloads[0].allow[0].when[2].values", /at least 1/);
    });

    it("refuses a section that is not an object, and a version it does not read", () => {
        assertProblem([], "", /write an object with version, accounts/);
        assertProblem(
            edited(m => (m.version = 2)),
            ".version",
            /reads version 1 only/,
        );
    });

    it("refuses unknown access sets, naming the known ones", () => {
        assertProblem(
            edited(m => (m.workloads[0].allow[0].accessSet = "signer.everything")),
            ".workloads[0].allow[0].accessSet",
            /use one of signer\.antiSlashing, signer\.keySource/,
        );
    });

    it("refuses malformed ARNs, aliases, issuers and principals", () => {
        const raw = edited(m => {
            m.workloads[0].subjects[0].irsa.issuer = `https://${ISSUER}`;
            m.workloads[0].subjects.push({ principal: `arn:aws:iam::${A}:root` });
            m.workloads[0].subjects.push({ principal: `arn:aws:iam::${A}:role/*` });
            m.workloads[0].allow[0].on[0].table = "arn:aws:dynamodb:eu-west-1:*:table/keystore";
            m.tables[0].keyAlias = alias("aws/dynamodb");
            m.externalAssets.push({ key: `arn:aws:kms:eu-west-1:${A}:key/not-a-uuid` });
            m.externalAssets.push({ pattern: `arn:aws:kms:*:${A}:key/*` });
            m.accounts["12345"] = "short";
        });
        assertProblem(raw, ".workloads[0].subjects[0].irsa.issuer", /without https:\/\//);
        assertProblem(raw, ".workloads[0].subjects[1].principal", /whole account \(:root\) is not a subject/);
        assertProblem(raw, ".workloads[0].subjects[2].principal", /no wildcards/);
        assertProblem(raw, ".workloads[0].allow[0].on[0].table", /not a DynamoDB table ARN/);
        assertProblem(raw, ".tables[0].keyAlias", /alias\/aws\/ names AWS managed keys/);
        assertProblem(raw, ".externalAssets[0].key", /not a KMS key ARN/);
        assertProblem(raw, ".externalAssets[1].pattern", /wildcards only after the account/);
        assertProblem(raw, '.accounts["12345"]', /key each account by its 12 digits/);
    });

    it("selectors set exactly one asset; withIndexes goes with table only", () => {
        const raw = edited(m => {
            m.workloads[0].allow[1].on[0] = {
                keyAlias: alias("s/share-1"),
                key: `arn:aws:kms:eu-west-1:${A}:key/mrk-0123456789abcdef0123456789abcdef`,
            };
            m.externalAssets.push({ keyAlias: alias("x"), withIndexes: true });
            m.externalAssets.push({});
        });
        assertProblem(raw, ".workloads[0].allow[1].on[0]", /sets keyAlias and key; set exactly one/);
        assertProblem(raw, ".externalAssets[0].withIndexes", /goes with table only/);
        assertProblem(raw, ".externalAssets[1]", /is empty; set exactly one of table, keyAlias, key, pattern/);
    });

    it("refuses duplicate workload names and an IRSA subject shared by two workloads", () => {
        const raw = edited(m => {
            m.workloads.push({
                ...m.workloads[0],
                allow: [{ accessSet: "basil.runtime", on: [{ keyAlias: alias("basil/x") }] }],
            });
            m.workloads.push({
                name: "provisioner",
                subjects: [{ irsa: { ...m.workloads[0].subjects[0].irsa } }],
                kind: "provisioner",
                allow: [{ accessSet: "basil.provisioner", on: [{ pattern: `arn:aws:kms:eu-west-1:${A}:key/*` }] }],
            });
        });
        assertProblem(raw, ".workloads[1].name", /repeats the workload name "signer" \(workloads\[0\]\)/);
        assertProblem(
            raw,
            ".workloads[2].subjects[0]",
            /also a subject of workload "signer".*give each workload its own subject/,
        );
    });

    it("refuses an entry on an asset kind its set is not about", () => {
        assertProblem(
            edited(m =>
                m.workloads[0].allow.push({ accessSet: "signer.antiSlashing", on: [{ keyAlias: alias("s/share-1") }] }),
            ),
            ".workloads[0].allow[2].on[0]",
            /selects a key, but signer.antiSlashing applies to tables only/,
        );
        assertProblem(
            edited(m =>
                m.workloads[0].allow.push({ accessSet: "crossAccount.caller", on: [{ pattern: table("x*") }] }),
            ),
            ".workloads[0].allow[2].on[0]",
            /applies to roles only/,
        );
    });

    it("share rings: indices 1..N once, threshold in range, aliases in the share's account, one owning workload", () => {
        const raw = edited(m => {
            m.shareRings[0].shares[1].index = 1;
            m.shareRings[0].shares.push({ index: 5, keyAlias: alias("s/share-1"), account: A });
            m.shareRings[0].threshold = 4;
        });
        assertProblem(raw, ".shareRings[0].shares[1].index", /repeats index 1 \(shares\[0\]\); number the shares 1..3/);
        assertProblem(raw, ".shareRings[0].shares[2].index", /is 5; a ring of 3 shares has indices 1..3/);
        assertProblem(raw, ".shareRings[0].threshold", /is 4 but the ring has 3 share\(s\); use 1..3/);
        assertProblem(raw, ".shareRings[0].shares[2].keyAlias", /each share has its own key/);
        assertProblem(
            edited(m => (m.shareRings[0].threshold = 1)),
            ".shareRings[0].threshold",
            /any one share would reconstruct/,
        );
        assertProblem(
            edited(m => (m.shareRings[0].threshold = 0)),
            ".shareRings[0].threshold",
            /at least 1/,
        );
        assertProblem(
            edited(m => (m.shareRings[0].shares[1].account = A)),
            ".shareRings[0].shares[1].keyAlias",
            /is in account 222222222222, but the share is held by account 111111111111/,
        );
        assertProblem(
            edited(m => (m.shareRings[0].workload = "sigher")),
            ".shareRings[0].workload",
            /names "sigher", which is not a workload/,
        );
        assertProblem(
            edited(m => (m.workloads[0].allow[1].on = [{ keyAlias: alias("s/share-1") }])),
            ".shareRings[0].shares[1].keyAlias",
            /not in an allow entry of workload "signer" with accessSet signer.shareWrap/,
        );
        assertProblem(
            edited(m =>
                m.workloads.push({
                    name: "ops",
                    subjects: [{ principal: `arn:aws:iam::${A}:role/ops` }],
                    kind: "runtime",
                    allow: [{ accessSet: "basil.runtime", on: [{ keyAlias: alias("s/share-2", B) }] }],
                }),
            ),
            ".shareRings[0].shares[1].keyAlias",
            /also allowed to workload "ops" \(basil.runtime\); only the ring's workload "signer" may use a share key/,
        );
    });

    it("accounts: ring, subject and asset accounts must be declared", () => {
        const C = "333333333333";
        const raw = edited(m => {
            m.shareRings[0].shares[1] = { index: 2, keyAlias: alias("s/share-2", C), account: C };
            m.workloads[0].allow[1].on[1] = { keyAlias: alias("s/share-2", C) };
            m.workloads[0].subjects.push({ ec2: { account: C } });
            m.externalAssets.push({ table: table("other", C) });
        });
        assertProblem(
            raw,
            ".shareRings[0].shares[1].account",
            /account 333333333333, which accounts does not declare \(declared: 111111111111, 222222222222\)/,
        );
        assertProblem(raw, ".workloads[0].subjects[1].ec2.account", /which accounts does not declare/);
        assertProblem(raw, ".workloads[0].allow[1].on[1]", /which accounts does not declare/);
        assertProblem(raw, ".externalAssets[0]", /which accounts does not declare/);
    });

    it("tables: once each, a CMK of the table's account and region, never a share key, never also external", () => {
        const raw = edited(m => {
            m.tables.push({ table: table("keystore"), keyAlias: alias("s/signer-tables", A, "us-east-1") });
            m.tables.push({ table: table("state"), keyAlias: alias("s/share-1") });
            m.externalAssets.push({ table: table("keystore") });
            m.externalAssets.push({ table: table("keystore") });
        });
        assertProblem(raw, ".tables[1].table", /repeats tables\[0\]/);
        assertProblem(
            raw,
            ".tables[1].keyAlias",
            /is in us-east-1\/111111111111 but the table is in eu-west-1\/111111111111/,
        );
        assertProblem(raw, ".tables[2].keyAlias", /is a share key .*never encrypts a table/);
        assertProblem(raw, ".externalAssets[0]", /is also in tables/);
        assertProblem(raw, ".externalAssets[1]", /repeats .*list each external asset once/);
    });

    it("the JSON schema is derived from the same shape: closed objects, the access-set enum, the patterns", () => {
        const schema = CUSTODY_MODEL_JSON_SCHEMA as any;
        assert.deepEqual(schema.required, [
            "version",
            "accounts",
            "workloads",
            "shareRings",
            "externalAssets",
            "tables",
        ]);
        assert.equal(schema.additionalProperties, false);
        const workload = schema.properties.workloads.items;
        assert.equal(workload.additionalProperties, false);
        assert.deepEqual(workload.properties.allow.items.properties.accessSet.enum, ACCESS_SET_NAMES);
        const subject = workload.properties.subjects.items;
        assert.deepEqual(Object.keys(subject.properties), [
            "irsa",
            "podIdentity",
            "ec2",
            "principal",
            "viaService",
            "service",
        ]);
        assert.equal(subject.minProperties, 1);
        assert.deepEqual(subject.dependencies.irsa.properties, {
            podIdentity: false,
            ec2: false,
            principal: false,
            viaService: false,
            service: false,
        });
        const asset = workload.properties.allow.items.properties.on.items;
        assert.deepEqual(asset.dependencies.withIndexes, ["table"]);
        assert.equal(asset.dependencies.table.properties.withIndexes, undefined, "withIndexes may sit beside table");
        assert.equal(asset.dependencies.key.properties.withIndexes, false);
        // Every pattern in the schema compiles as a JS (ECMA-262) regular expression and accepts the valid model's values.
        const table = new RegExp(asset.properties.table.pattern);
        assert.ok(table.test(validModel().tables[0].table));
        assert.ok(!table.test("arn:aws:dynamodb:eu-west-1:*:table/x"));
        // The policy's configSchema: the same properties, no required list, no enforcementLevel.
        assert.deepEqual(CUSTODY_MODEL_CONFIG_SCHEMA.properties, schema.properties);
        assert.equal(CUSTODY_MODEL_CONFIG_SCHEMA.required, undefined);
        assert.ok(!("enforcementLevel" in CUSTODY_MODEL_CONFIG_SCHEMA.properties));
    });

    it("the Configure guard refuses a pack config whose model does not parse, naming every problem", () => {
        const check = (model: unknown) =>
            packConfigProblems("custody-guard", { all: {}, "custody-model": model as any }, []);
        assert.deepEqual(check({ ...validModel(), enforcementLevel: "mandatory" }), []);
        assert.deepEqual(check({ enforcementLevel: "mandatory" }), [], "only the level the CLI adds: no model yet");
        const problems = check(
            edited(m => {
                m.version = 3;
                m.workloads[0].name = "Signer!";
            }),
        );
        assert.equal(problems.length, 3, problems.join("\n"));
        assert.match(problems[0], /^custody-model\.version: is 3/);
        assert.match(problems[1], /^custody-model\.workloads\[0\]\.name: is "Signer!": not a workload name/);
        assert.match(problems[2], /^custody-model\.shareRings\[0\]\.workload: names "signer", which is not a workload/);
    });
});
