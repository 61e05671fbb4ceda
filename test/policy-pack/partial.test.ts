// Partial knowledge during preview: when some permission documents of a role are unknown (a first preview: the
// program's RolePolicy is built from key ARNs), the known documents are still evaluated. A known Allow of a
// forbidden action is a mandatory violation, as in the full run, and the SDK's "can't be known during preview"
// advisory still appears for what could not be checked. "X is missing" verdicts never fire on partial knowledge.
// Cases that concern one rule live in rules/<policy-name>.test.ts; this file keeps those that span the pack.
import * as rules from "../../policy-pack/rules";
import { strict as assert } from "assert";
import { knownRolePermissions, rolePermissions, UnknownCollector, UnknownValueError } from "../../policy-pack/model";
import type { AnalyzerResourceInput } from "../../tools/offline/analyzer";
import { doc, goodSignerStack, secondSignerPolicy, tableArn, TABLES, unknownSignerPolicy } from "./fixtures";
import { useStackPackConfig } from "./packConfig";
import { advisories, allow, assertMandatoryAndAdvisory, mandatory, runPolicy, UNKNOWN } from "./support";
import { StackValidationPolicy } from "@pulumi/policy";

const DANGEROUS = allow(["dynamodb:BatchWriteItem", "kms:CreateKey", "iam:PutRolePolicy"]);
const stackPolicies = (rules.allPolicies as unknown[]).filter(
    (p): p is StackValidationPolicy => typeof p === "object" && p !== null && "validateStack" in p,
);

describe("preview: known documents of a role are evaluated when another is unknown", () => {
    // The allowlist verdicts read the custody model; the fixture mirrors prod.
    useStackPackConfig("prod");
    for (const [policy, pattern] of [
        [
            rules.noDynamoDbBatch,
            /role custody-prod-signer is allowed dynamodb:BatchWriteItem by statement #1 of RolePolicy second/,
        ],
        [rules.runtimeRoleNoKeyManagement, /runtime role .*kms:CreateKey.* by statement #1 of RolePolicy second/],
        [
            rules.runtimeRoleNoPrivilegeEscalation,
            /can escalate its privileges .*iam:PutRolePolicy by statement #1 of RolePolicy second/,
        ],
        [rules.runtimeRoleNoTableManagement, undefined],
        [rules.runtimeRoleScopedResources, /RolePolicy second grants dynamodb:BatchWriteItem on "\*"/],
        [rules.dynamoDbWildcardsExcludeStackTables, /reaches table custody-prod-keystore,.* of RolePolicy second/],
    ] as const) {
        it(`${policy.name}: a known dangerous document is refused next to an unknown one, and the advisory remains`, async () => {
            const preview = await runPolicy(policy, [...unknownSignerPolicy(), secondSignerPolicy(DANGEROUS)]);
            const full = await runPolicy(policy, [...goodSignerStack(), secondSignerPolicy(DANGEROUS)]);
            if (pattern) assertMandatoryAndAdvisory(preview, pattern);
            // The preview refuses what the full run refuses for the known document.
            assert.deepEqual(mandatory(preview), mandatory(full));
        });
    }

    it("the whole pack: a harmless known document next to an unknown one gives advisories only", async () => {
        const stack = [
            ...unknownSignerPolicy(),
            secondSignerPolicy(allow(["dynamodb:GetItem"], tableArn(TABLES.keystore))),
        ];
        let sawAdvisory = false;
        for (const p of stackPolicies) {
            const ds = await runPolicy(p, stack);
            assert.deepEqual(mandatory(ds), [], p.name);
            sawAdvisory ||= advisories(ds).length > 0;
        }
        assert.ok(sawAdvisory);
        assert.ok(
            advisories(await runPolicy(rules.noDynamoDbBatch, stack)).length === 1,
            "no-dynamodb-batch still reports the unknown document",
        );
    });

    it('a known unconditional Deny on "*" still subtracts, with an unknown document beside it', async () => {
        const ds = await runPolicy(rules.noDynamoDbBatch, [
            ...unknownSignerPolicy(),
            secondSignerPolicy(allow("dynamodb:*", tableArn(TABLES.keystore)), {
                Effect: "Deny",
                Action: "dynamodb:Batch*",
                Resource: "*",
            }),
        ]);
        assert.deepEqual(mandatory(ds), []);
        assert.equal(advisories(ds).length, 1);
    });

    it("IAM users: a known dangerous UserPolicy next to an unknown one is refused", async () => {
        const userPolicy = (name: string, policy: unknown): AnalyzerResourceInput => ({
            urn: `urn:pulumi:prod::custody-infra::aws:iam/userPolicy:UserPolicy::${name}`,
            type: "aws:iam/userPolicy:UserPolicy",
            name,
            inputs: { user: "ops", policy },
        });
        const ds = await runPolicy(rules.noDynamoDbBatch, [
            ...goodSignerStack(),
            userPolicy("u1", UNKNOWN),
            userPolicy("u2", doc(DANGEROUS)),
        ]);
        assertMandatoryAndAdvisory(ds, /user ops is allowed dynamodb:BatchWriteItem/);
    });
});

describe("knownRolePermissions", () => {
    const unknownError = () => new UnknownValueError(UNKNOWN, ["policy"]);
    const known = {
        origin: "RolePolicy",
        urn: "u1",
        label: "RolePolicy known",
        readRaw: () => doc(DANGEROUS),
    } as const;
    const unknown = {
        origin: "RolePolicy",
        urn: "u2",
        label: "RolePolicy unknown",
        readRaw: (): string => {
            throw unknownError();
        },
    } as const;

    it("reads the known documents, marks the set incomplete and records the unknown error for finish()", () => {
        const collector = new UnknownCollector();
        const perms = knownRolePermissions([unknown, known], collector);
        assert.equal(perms.complete, false);
        assert.equal(perms.allows.length, 1);
        assert.equal(perms.allows[0].source.label, "RolePolicy known");
        assert.ok(collector.sawUnknown);
        assert.throws(
            () => collector.finish(),
            (e: unknown) => e instanceof UnknownValueError,
        );
    });
    it("is complete when every document is known; rolePermissions still throws at an unknown", () => {
        const collector = new UnknownCollector();
        assert.equal(knownRolePermissions([known], collector).complete, true);
        assert.equal(collector.sawUnknown, false);
        assert.equal(rolePermissions([known]).complete, true);
        assert.throws(
            () => rolePermissions([known, unknown]),
            (e: unknown) => e instanceof UnknownValueError,
        );
    });
    it("lets any other error through", () => {
        const broken = {
            ...known,
            readRaw: (): string => {
                throw new TypeError("boom");
            },
        };
        assert.throws(() => knownRolePermissions([broken], new UnknownCollector()), TypeError);
        assert.throws(() => new UnknownCollector().record(new Error("not unknown")), /not unknown/);
    });
});
