// The drift engine without the pack: document normalisation, aliases (recorded by the mock engine and resolved
// against a state written before a move), references resolved through URNs.
import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { computeDrift } from "../../tools/audit/drift";
import { normaliseDocument, uniqueIdPrincipals } from "../../tools/audit/documents";
import { parseExport } from "../../tools/audit/exportFile";
import { runProgram } from "../../tools/offline/mockEngine";
import { exportFromPlan, resourceOf } from "./exportFromPlan";
import { exportOf, planOf } from "./support";

const same = (a: unknown, b: unknown) => assert.deepEqual(normaliseDocument(a), normaliseDocument(b));

describe("audit drift", () => {
    describe("documents are compared as AWS means them", () => {
        const declared = {
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "A",
                    Effect: "Allow",
                    Principal: { AWS: ["arn:aws:iam::111111111111:root"] },
                    Action: ["kms:Decrypt"],
                    Resource: ["*"],
                    Condition: { StringEquals: { "kms:ViaService": ["dynamodb.eu-west-1.amazonaws.com"] } },
                },
                { Effect: "Deny", Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"], Resource: "*" },
            ],
        };

        it("one-element lists, key and statement order, action case, account ids as root ARNs", () => {
            same(declared, {
                Statement: [
                    { Resource: "*", Action: ["KMS:DisableKey", "kms:ScheduleKeyDeletion"], Effect: "Deny" },
                    {
                        Condition: { StringEquals: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" } },
                        Resource: "*",
                        Action: "kms:Decrypt",
                        Principal: { AWS: "111111111111" },
                        Effect: "Allow",
                        Sid: "A",
                    },
                ],
                Version: "2012-10-17",
            });
            same(JSON.stringify(declared), declared);
        });

        it("a missing Version is 2008-10-17; a grant more or less is a difference", () => {
            assert.equal(normaliseDocument({ Statement: [] }).Version, "2008-10-17");
            assert.notDeepEqual(normaliseDocument(declared), normaliseDocument({ ...declared, Version: undefined }));
            const wider = structuredClone(declared);
            wider.Statement[0].Action.push("kms:Encrypt");
            assert.notDeepEqual(normaliseDocument(declared), normaliseDocument(wider));
        });

        it("finds unique-id principals (a deleted role or user)", () => {
            const doc = normaliseDocument({
                Statement: [{ Effect: "Allow", Principal: { AWS: ["AROAZ2ZK5EXAMPLE7Q3LD", "arn:aws:iam::1:root"] } }],
            });
            assert.deepEqual(uniqueIdPrincipals(doc), ["AROAZ2ZK5EXAMPLE7Q3LD"]);
        });
    });

    describe("aliases", () => {
        it("the mock engine records an alias spec as the URN it names (parent type chain, Stack root omitted)", async () => {
            const { plan } = await runProgram({
                project: "custody-infra",
                stack: "alias-test",
                config: {},
                preview: false,
                program: () => {
                    const parent = new pulumi.ComponentResource("custody:test:Parent", "p");
                    const provider = new aws.Provider("aws", { region: "eu-west-1" }, { parent });
                    new aws.iam.Role(
                        "renamed",
                        { assumeRolePolicy: "{}" },
                        { parent, provider, aliases: [{ name: "original" }, { parent: pulumi.rootStackResource }] },
                    );
                    return {};
                },
            });
            const role = plan.resources.find(r => r.name === "renamed")!;
            assert.deepEqual(role.aliases, [
                "urn:pulumi:alias-test::custody-infra::custody:test:Parent$aws:iam/role:Role::original",
                "urn:pulumi:alias-test::custody-infra::aws:iam/role:Role::renamed",
            ]);
            assert.equal(plan.resources.find(r => r.name === "p")!.aliases, undefined);
        });

        it("a state written before a move shows no drift when the program declares the alias", async () => {
            const plan = structuredClone(await planOf("prod"));
            const doc = exportFromPlan(plan);
            const role = resourceOf(doc, "aws:iam/role:Role", "signer-role");
            const oldUrn = role.urn.replace(/::signer-role$/, "::signer-runtime-role");
            const text = JSON.stringify(doc).split(`"${role.urn}"`).join(`"${oldUrn}"`);
            const state = parseExport(text, "moved.json");

            const without = computeDrift(plan, state.resources);
            assert.deepEqual(without.items.map(i => `${i.kind} ${i.name}`).sort(), [
                "missing signer-role",
                "undeclared signer-runtime-role",
            ]);

            plan.resources.find(r => r.urn === role.urn)!.aliases = [oldUrn];
            const withAlias = computeDrift(plan, state.resources);
            assert.deepEqual(withAlias.items, []);
            assert.deepEqual(withAlias.throughAlias, { [role.urn]: oldUrn });
        });
    });

    it("references resolve through URNs: AWS's key ids in the state, the mock's in the plan", async () => {
        const plan = await planOf("prod");
        const doc = await exportOf("prod");
        const key = resourceOf(doc, "aws:kms/key:Key", "signer-tables-cmk");
        const planned = plan.resources.find(r => r.urn === key.urn)!;
        assert.notEqual(key.id, planned.id);
        const state = parseExport(JSON.stringify(doc), "prod.json");
        assert.deepEqual(computeDrift(plan, state.resources).items, []);
        // A table encrypted with another key of the same account is drift, though both are valid ARNs.
        const table = resourceOf(doc, "aws:dynamodb/table:Table", "signer-tables-keystore");
        table.outputs.serverSideEncryption.kmsKeyArn = String(key.outputs.arn).replace(
            String(key.id),
            "6d0c1c2e-0000-4000-8000-000000000000",
        );
        const drifted = computeDrift(plan, parseExport(JSON.stringify(doc), "prod.json").resources);
        assert.deepEqual(
            drifted.items.map(i => `${i.name} ${i.property}`),
            ["signer-tables-keystore serverSideEncryption.kmsKeyArn"],
        );
    });
});
