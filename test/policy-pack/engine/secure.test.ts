// Secure variants of the committed stacks (other valid configs of the same workloads): with the model generated
// from the variant's own config, the allowlist refuses nothing. The pack must not force one shape of a safe stack.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml, stringify } from "yaml";
import { rules } from "./rulesIndex";
import { generateCustodyModel } from "../../../tools/custody-model/generate";
import { readStackConfig, PROJECT_DIR } from "../../../tools/custody-model/main";
import { normalizePlan, toAnalyzerResources } from "../../../tools/offline/planToAnalyzer";
import { readStackFile } from "../../../tools/offline/stackFile";
import { runStack } from "../../harness";
import { setPackConfig } from "../../../policy-pack/model/packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import { strict as assert } from "assert";
import { assertClean, find, prop, runUnder, runWholePack, setProp, stackResources } from "./support";

/** The stack file after editing its parsed YAML config: the flat config and the model generated from it. */
function variant(stack: string, edit: (config: Record<string, any>) => void) {
    const doc = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8")) as {
        config: Record<string, any>;
    };
    edit(doc.config);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "secure-variant-")), `Pulumi.${stack}.yaml`);
    fs.writeFileSync(file, stringify(doc));
    return { config: readStackFile(file).config, model: generateCustodyModel(readStackConfig(stack, file)) };
}

async function allowlistOf(stack: string, edit: (config: Record<string, any>) => void): Promise<TestDiagnostic[]> {
    const { config, model } = variant(stack, edit);
    const run = await runStack({ stack, config });
    const resources = toAnalyzerResources(normalizePlan(run.plan));
    setPackConfig({ "custody-model": model as unknown as Record<string, unknown> });
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules) out.push(...(await runPolicy(p, resources, { enforcementLevel: "mandatory" })));
        return out;
    } finally {
        setPackConfig({});
    }
}

const NS = "custody-infra:";
describe("allowlist: secure variants of the committed stacks pass", () => {
    const variants: [string, string, (c: Record<string, any>) => void][] = [
        ["prod", "the signer with an EC2 instance profile", c => (c[`${NS}signer`].instanceProfile = true)],
        [
            "dev",
            "only the anti-slashing path (no shares)",
            c => {
                c[`${NS}signer`].accessPaths = ["antiSlashing"];
                delete c[`${NS}signer`].shares;
            },
        ],
        ["dev", "the signer creating its namespace", c => (c[`${NS}signer`].createNamespace = true)],
        ["basil", "Basil on EC2 instead of IRSA", c => (c[`${NS}basil`].runtimeIdentity = "ec2")],
        ["basil", "Basil without the alias condition", c => (c[`${NS}basil`].requireBasilAlias = false)],
        [
            "basil",
            "a provisioner reached by operators only",
            c => delete c[`${NS}basil`].provisioner.bootstrapServiceAccount,
        ],
        ["cross-account", "an existing caller role", c => (c[`${NS}crossAccount`].createCallerRole = false)],
        ["cross-account", "no external id", c => delete c[`${NS}crossAccount`].externalId],
        [
            "curity",
            "an existing OIDC provider",
            c => {
                c[`${NS}cluster`].createOidcProvider = false;
                c[`${NS}cluster`].oidcProviderArn =
                    `arn:aws:iam::555555555555:oidc-provider/${String(c[`${NS}cluster`].oidcIssuerUrl).replace("https://", "")}`;
            },
        ],
    ];
    for (const [stack, what, edit] of variants) {
        it(`${stack}: ${what}`, async () => {
            assertClean(await allowlistOf(stack, edit));
        });
    }
});

describe("allowlist: a grant is judged per action against the resources that action can name", () => {
    it("one statement naming the signer's table and its share keys, with both services' actions, passes", async () => {
        const r = await stackResources("prod");
        const policy = find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
        const doc = JSON.parse(prop(policy, "policy") as string);
        const [anti, kms] = [doc.Statement[0], doc.Statement[1]];
        doc.Statement.splice(0, 2, {
            Sid: "Mixed",
            Effect: "Allow",
            Action: [...anti.Action, ...kms.Action],
            Resource: [anti.Resource, ...kms.Resource],
        });
        setProp(policy, "policy", JSON.stringify(doc));
        assertClean(await runUnder("prod", r));
    });
});

describe("allowlist: an allowed action on resources wider than the model's, reaching no custody asset", () => {
    it('is advisory (seed 001\'s "*" where the trust-domain model says its account and region); the whole pack passes', async () => {
        const ds = await runWholePack("trust-domain", await stackResources("trust-domain"));
        assertClean(ds);
        const advisory = ds.filter(d => d.policyName === "custody-grants-within-model");
        assert.equal(advisory.length, 1, JSON.stringify(advisory));
        assert.equal(advisory[0].enforcementLevel, "advisory");
        assert.match(
            advisory[0].message,
            /^role trust-domain-server → statement "TrustDomainKeyManager" .* allows kms:GetPublicKey, kms:ScheduleKeyDeletion, kms:Sign, kms:TagResource on \*: not in workload trust-domain's allow entries/,
        );
    });
});
