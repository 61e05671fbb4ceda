// Round 20 fixes, neighbours of test/config/redteam20-config.test.ts: for each miss made refused, another spelling
// of the same mistake (refused, naming the key and the fix) and a secure neighbour that must stay clean.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml, stringify } from "yaml";
import { problemsOf, rawOf } from "../components/support";
import { main, PROJECT_DIR } from "../../tools/custody-model/main";

const scratch: string[] = [];

function stackFile(stack: string, text: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "config20-"));
    scratch.push(dir);
    const file = path.join(dir, `Pulumi.${stack}.yaml`);
    fs.writeFileSync(file, text);
    return file;
}

function editedYaml(stack: string, edit: (config: Record<string, any>) => void): string {
    const doc = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8")) as {
        config: Record<string, any>;
    };
    edit(doc.config);
    return stringify(doc);
}

async function custodyModel(stack: string, text: string) {
    let stdout = "";
    let stderr = "";
    const code = await main(["--stack", stack, "--config", stackFile(stack, text)], {
        projectDir: PROJECT_DIR,
        stdout: s => {
            stdout += s;
        },
        stderr: s => {
            stderr += s;
        },
    });
    return { code, stdout, stderr };
}

function problems(stack: string, edit: (raw: Record<string, any>) => void): string[] {
    const raw = rawOf(stack);
    edit(raw);
    return problemsOf(raw, stack);
}

function assertProblemUnder(found: readonly string[], key: string, message: RegExp): void {
    const hit = found.find(p => p.startsWith(`${key}: `));
    assert.ok(hit, `expected a problem under ${key}, got:\n${found.join("\n") || "(none: accepted)"}`);
    assert.match(hit, message);
}

/** The operations helpers of `entries` in the dev stack, through custody-model. */
function withHelpers(stack: string, entries: unknown[]): string {
    return editedYaml(stack, c => {
        c["custody:operations"] = entries;
    });
}

/** The basil stack moved to aws-cn (cn-north-1), its ARNs written in that partition. */
function basilInChina(raw: Record<string, any>): void {
    raw.accounts.main.region = "cn-north-1";
    const id = "EXAMPLED539D4633E53DE1B71EXAMPLE";
    raw.cluster.oidcIssuerUrl = `https://oidc.eks.cn-north-1.amazonaws.com.cn/id/${id}`;
    raw.cluster.oidcProviderArn = `arn:aws-cn:iam::111122223333:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/${id}`;
    raw.basil.provisioner.operatorPrincipalArns = ["arn:aws-cn:iam::111122223333:role/platform-break-glass"];
}

describe("config round 20: neighbours of the fixed misses", function () {
    this.timeout(120000);

    after(() => {
        for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
    });

    describe("YAML null is absent: required keys say so, optional keys take their default", () => {
        it("reports shares.accounts and shares.threshold both null at once, and crossAccount.callerAccount null", () => {
            const found = problems("prod", r => {
                r.signer.shares = { accounts: null, threshold: null };
            });
            assertProblemUnder(found, "signer.shares.accounts", /is required/);
            assertProblemUnder(found, "signer.shares.threshold", /is required/);
            assertProblemUnder(
                problems("cross-account", r => (r.crossAccount.callerAccount = null)),
                "crossAccount.callerAccount",
                /is required/,
            );
        });

        it("never drops a section silently, nor names resources with a null namePrefix", () => {
            // A section whose reader returns nothing without a problem would deploy nothing for it.
            assertProblemUnder(
                problems("basil", r => (r.basil.keys = null)),
                "basil.keys",
                /is required/,
            );
            // namePrefix: null is the default prefix, not the fallback "invalid".
            assert.deepEqual(
                problems("dev", r => (r.namePrefix = null)),
                [],
            );
        });

        it("accepts null optional keys as their defaults (clean)", () => {
            assert.deepEqual(
                problems("dev", r => {
                    r.signer.roleName = null;
                    r.signer.namespace = null;
                    r.signer.tables = { keystore: { name: null } };
                }),
                [],
            );
            assert.deepEqual(
                problems("trust-domain", r => (r.trustDomain.region = null)),
                [],
            );
            assert.deepEqual(
                problems("basil", r => (r.basil.runtimeIdentity = null)),
                [],
            );
        });
    });

    describe("OIDC issuer without a port", () => {
        it("refuses an empty port and a port on an issuer without a path, giving the URL without it", () => {
            assertProblemUnder(
                problems("dev", r => {
                    r.cluster.oidcIssuerUrl = r.cluster.oidcIssuerUrl.replace(".com/", ".com:/");
                }),
                "cluster.oidcIssuerUrl",
                /port.*write https:\/\/oidc\.eks\.eu-west-1\.amazonaws\.com\/id\//,
            );
            assertProblemUnder(
                problems("dev", r => {
                    r.cluster.oidcIssuerUrl = "https://issuer.example.com:8443";
                    r.cluster.createOidcProvider = true;
                    delete r.cluster.oidcProviderArn;
                }),
                "cluster.oidcIssuerUrl",
                /port :8443.*write https:\/\/issuer\.example\.com /,
            );
        });

        it("accepts the committed issuers and a China issuer (clean)", () => {
            for (const stack of ["dev", "prod", "basil", "trust-domain"])
                assert.deepEqual(
                    problems(stack, () => {}),
                    [],
                );
            assert.deepEqual(problems("basil", basilInChina), []);
        });
    });

    describe("every ARN in the stack's partition", () => {
        it("refuses a user operator in aws-cn and a us-gov multi-Region KMS key", () => {
            assertProblemUnder(
                problems("basil", r => {
                    r.basil.provisioner.operatorPrincipalArns = [
                        "arn:aws:iam::111122223333:role/platform-break-glass",
                        "arn:aws-cn:iam::111122223333:user/operator",
                    ];
                }),
                "basil.provisioner.operatorPrincipalArns[1]",
                /partition aws-cn.*write arn:aws:/,
            );
            assertProblemUnder(
                problems("cross-account", r => {
                    r.crossAccount.kmsKeyArn =
                        "arn:aws-us-gov:kms:us-east-1:666666666666:key/mrk-1234abcd12ab34cd56ef1234567890ab";
                }),
                "crossAccount.kmsKeyArn",
                /partition aws-us-gov/,
            );
        });

        it("refuses the standard partition in a China stack", () => {
            assertProblemUnder(
                problems("basil", r => {
                    basilInChina(r);
                    r.basil.provisioner.operatorPrincipalArns = ["arn:aws:iam::111122223333:role/platform-break-glass"];
                }),
                "basil.provisioner.operatorPrincipalArns[0]",
                /partition aws, but this stack's accounts are in aws-cn/,
            );
        });

        it("accepts ARNs of the stack's partition and never reads a tag value as a reference (clean)", () => {
            assert.deepEqual(
                problems("cross-account", r => {
                    r.crossAccount.kmsKeyArn =
                        "arn:aws:kms:us-east-1:666666666666:key/1234abcd-12ab-34cd-56ef-1234567890ab";
                    r.tags.ownerArn = "arn:aws-cn:iam::666666666666:role/owner";
                }),
                [],
            );
        });

        it("refuses an operations user ARN in aws-us-gov; accepts the stack's own partition (clean)", async () => {
            const allow = [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }];
            const bad = await custodyModel(
                "dev",
                withHelpers("dev", [
                    {
                        name: "custody-audit",
                        subject: { principal: "arn:aws-us-gov:iam::111111111111:user/auditor" },
                        allow,
                    },
                ]),
            );
            assert.equal(bad.code, 2);
            assert.match(bad.stderr, /custody:operations\[0\]\.subject\.principal: is in partition aws-us-gov/);
            const good = await custodyModel(
                "dev",
                withHelpers("dev", [
                    { name: "custody-audit", subject: { principal: "arn:aws:iam::111111111111:user/auditor" }, allow },
                ]),
            );
            assert.equal(good.code, 0, good.stderr);
        });
    });

    describe("trustDomain.region in its account's partition", () => {
        it("refuses us-gov-west-1 for an account in us-east-1", () => {
            assertProblemUnder(
                problems("trust-domain", r => (r.trustDomain.region = "us-gov-west-1")),
                "trustDomain.region",
                /partition aws-us-gov, but account identity .* is in aws/,
            );
        });

        it("accepts another region of the same partition (clean)", () => {
            assert.deepEqual(
                problems("trust-domain", r => (r.trustDomain.region = "eu-central-1")),
                [],
            );
        });
    });

    describe("secure values custody-model cannot decrypt", () => {
        it("says so for a secure namePrefix and a secure operations principal, without the placeholder", async () => {
            const text = editedYaml("dev", c => {
                c["custody-infra:namePrefix"] = { secure: "v1:c2FsdA==:Y2lwaGVy" };
                c["custody:operations"] = [
                    {
                        name: "custody-audit",
                        subject: { principal: { secure: "v1:c2FsdA==:Y2lwaGVy" } },
                        allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
                    },
                ];
            });
            const { code, stdout, stderr } = await custodyModel("dev", text);
            assert.equal(code, 2);
            assert.equal(stdout, "");
            assert.match(stderr, /custody-infra:namePrefix: is a secure: value.*write that key in plain text/);
            assert.match(stderr, /custody:operations\[0\]\.subject\.principal: is a secure: value/);
            assert.doesNotMatch(stderr, /offline-placeholder-for-secure-value/);
        });

        it("generates the model with a secure tag value, which the model does not hold (clean)", async () => {
            const { code, stdout, stderr } = await custodyModel(
                "dev",
                editedYaml("dev", c => (c["custody-infra:tags"].owner = { secure: "v1:c2FsdA==:Y2lwaGVy" })),
            );
            assert.equal(code, 0, stderr);
            assert.doesNotMatch(stdout, /offline-placeholder|Y2lwaGVy/);
        });
    });

    describe("an operations helper is none of the program's roles", () => {
        const backup = [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }];

        it("refuses the signer role spelt with a path and another case, and basil's operator and runtime roles", async () => {
            const signer = await custodyModel(
                "dev",
                withHelpers("dev", [
                    {
                        name: "custody-backup",
                        subject: { principal: "arn:aws:iam::111111111111:role/backup/Custody-Dev-Signer" },
                        allow: backup,
                    },
                ]),
            );
            assert.equal(signer.code, 2);
            assert.match(signer.stderr, /custody:operations\[0\]\.subject\.principal: .*signer\.roleName/);
            const keyAudit = [{ accessSet: "operations.keyAudit", on: ["basil.keys"] }];
            const basil = await custodyModel(
                "basil",
                withHelpers("basil", [
                    {
                        name: "key-audit",
                        subject: { principal: "arn:aws:iam::111122223333:role/platform-break-glass" },
                        allow: keyAudit,
                    },
                    {
                        name: "key-audit-2",
                        subject: { principal: "arn:aws:iam::111122223333:role/basil-agent" },
                        allow: keyAudit,
                    },
                ]),
            );
            assert.equal(basil.code, 2);
            assert.match(
                basil.stderr,
                /custody:operations\[0\]\.subject\.principal: is also a subject of workload "basil-provisioner"/,
            );
            assert.match(basil.stderr, /custody:operations\[1\]\.subject\.principal: .*basil\.runtimeRoleName/);
        });

        it("accepts a role of its own in the same account, and one of the signer's name in another account (clean)", async () => {
            const { code, stderr } = await custodyModel(
                "dev",
                withHelpers("dev", [
                    {
                        name: "custody-backup",
                        subject: { principal: "arn:aws:iam::111111111111:role/custody-dev-backup" },
                        allow: backup,
                    },
                    {
                        name: "custody-audit",
                        subject: { principal: "arn:aws:iam::999999999999:role/custody-dev-signer" },
                        allow: [{ accessSet: "operations.tableAudit", on: ["signer.tables"] }],
                    },
                ]),
            );
            assert.equal(code, 0, stderr);
        });
    });

    describe("operations service subjects: an allowlist of services that run no user code", () => {
        it("refuses ECS tasks, Step Functions and EC2's China spelling", async () => {
            const entries = ["ecs-tasks.amazonaws.com", "states.amazonaws.com", "ec2.amazonaws.com.cn"].map((p, i) => ({
                name: `helper-${i}`,
                subject: { service: { principal: p } },
                allow: [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }],
            }));
            const { code, stderr } = await custodyModel("dev", withHelpers("dev", entries));
            assert.equal(code, 2);
            for (const i of [0, 1, 2])
                assert.match(
                    stderr,
                    new RegExp(
                        `custody:operations\\[${i}\\]\\.subject\\.service\\.principal: is \\S+(, not an operations service|: EC2 instances and EKS pods are not operations services)`,
                    ),
                );
        });

        it("accepts AWS Backup and AWS Config (clean)", async () => {
            const { code, stderr, stdout } = await custodyModel(
                "dev",
                withHelpers("dev", [
                    {
                        name: "table-backup",
                        subject: { service: { principal: "backup.amazonaws.com" } },
                        allow: [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }],
                    },
                    {
                        name: "config-recorder",
                        subject: { service: { principal: "config.amazonaws.com" } },
                        allow: [{ accessSet: "operations.tableAudit", on: ["signer.tables"] }],
                    },
                ]),
            );
            assert.equal(code, 0, stderr);
            assert.match(stdout, /"config\.amazonaws\.com"/);
        });
    });
});
