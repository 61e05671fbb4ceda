// Partial knowledge during preview: when some permission documents of a role are unknown (a first preview: the
// program's RolePolicy is built from key ARNs), the known documents are still evaluated. A known Allow of a
// forbidden action is a mandatory violation, as in the full run, and the SDK's "can't be known during preview"
// advisory still appears for what could not be checked. "X is missing" verdicts never fire on partial knowledge.
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../policy-pack/rules";
import { knownRolePermissions, rolePermissions, UnknownCollector, UnknownValueError } from "../../policy-pack/model";
import type { AnalyzerResourceInput } from "../../tools/offline/analyzer";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    role,
    ROLE_ARN,
    ROLE_NAME,
    rolePolicy,
    signerPermissions,
    tableArn,
    TABLES,
    URNS,
} from "./fixtures";
import { useStackPackConfig } from "./packConfig";
import { allow, mandatory, runPolicy, TestDiagnostic, UNKNOWN } from "./support";

const PREVIEW = /can't be known during preview/;
const advisories = (ds: TestDiagnostic[]) =>
    ds.filter(d => d.enforcementLevel === "advisory" && PREVIEW.test(d.message));

/** The signer stack as in a first preview: its generated RolePolicy (key ARNs in the text) is unknown. */
const unknownSignerPolicy = (stack = goodSignerStack()) =>
    editResource(stack, URNS.rolePolicy, r => ({ ...r, inputs: { ...r.inputs, policy: UNKNOWN } }));
/** A second, fully known RolePolicy on the signer role. */
const second = (...statements: object[]) => rolePolicy("second", ROLE_NAME, doc(...statements), URNS.role);
const DANGEROUS = allow(["dynamodb:BatchWriteItem", "kms:CreateKey", "iam:PutRolePolicy"]);

function assertMandatoryAndAdvisory(ds: TestDiagnostic[], pattern: RegExp): void {
    assert.ok(
        mandatory(ds).some(m => pattern.test(m)),
        `expected a mandatory violation matching ${pattern}, got ${JSON.stringify(ds, null, 1)}`,
    );
    assert.ok(advisories(ds).length > 0, `expected the SDK's preview advisory, got ${JSON.stringify(ds, null, 1)}`);
}

const stackPolicies = (rules.allPolicies as unknown[]).filter(
    (p): p is StackValidationPolicy => typeof p === "object" && p !== null && "validateStack" in p,
);

describe("preview: known documents of a role are evaluated when another is unknown", () => {
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
            const preview = await runPolicy(policy, [...unknownSignerPolicy(), second(DANGEROUS)]);
            const full = await runPolicy(policy, [...goodSignerStack(), second(DANGEROUS)]);
            if (pattern) assertMandatoryAndAdvisory(preview, pattern);
            // The preview refuses what the full run refuses for the known document.
            assert.deepEqual(mandatory(preview), mandatory(full));
        });
    }

    it("the whole pack: a harmless known document next to an unknown one gives advisories only", async () => {
        const stack = [...unknownSignerPolicy(), second(allow(["dynamodb:GetItem"], tableArn(TABLES.keystore)))];
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
            second(allow("dynamodb:*", tableArn(TABLES.keystore)), {
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

    it('share-custody: another role allowed kms:Decrypt on "*" by a known document is refused next to an unknown one', async () => {
        const ops = role(
            "ops",
            doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/admin` },
                Action: "sts:AssumeRole",
            }),
            "operator",
        );
        const stack = [
            ...goodSignerStack(),
            ops,
            rolePolicy("ops-a", "ops", UNKNOWN, ops.urn),
            rolePolicy("ops-b", "ops", doc(allow("kms:Decrypt")), ops.urn),
        ];
        assertMandatoryAndAdvisory(
            await runPolicy(rules.shareCustody, stack),
            /role ops is allowed kms:Decrypt on signer-share-1 .* of RolePolicy ops-b/,
        );
    });

    it("provisioner-not-runtime-assumable: a role managing keys by a known document and trusting the runtime role is refused", async () => {
        const chained = role(
            "chained",
            doc({ Effect: "Allow", Principal: { AWS: ROLE_ARN }, Action: "sts:AssumeRole" }),
            "operator",
        );
        const stack = [
            ...goodSignerStack(),
            chained,
            rolePolicy("c-a", "chained", UNKNOWN, chained.urn),
            rolePolicy("c-b", "chained", doc(allow("kms:CreateKey")), chained.urn),
        ];
        assertMandatoryAndAdvisory(
            await runPolicy(rules.provisionerNotRuntimeAssumable, stack),
            /role chained \(allowed kms:CreateKey\) trusts/,
        );
        // Without a known key-management grant the role is not judged: only the advisory.
        const quiet = [
            ...goodSignerStack(),
            chained,
            rolePolicy("c-a", "chained", UNKNOWN, chained.urn),
            rolePolicy("c-b", "chained", doc(allow("dynamodb:GetItem", tableArn(TABLES.keystore))), chained.urn),
        ];
        const ds = await runPolicy(rules.provisionerNotRuntimeAssumable, quiet);
        assert.deepEqual(mandatory(ds), []);
        assert.equal(advisories(ds).length, 1);
    });

    it("declared-role-kind-consistent: a declared provisioner with item access by a known document is refused", async () => {
        const prov = role(
            "prov",
            doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/admin` },
                Action: "sts:AssumeRole",
            }),
            "provisioner",
        );
        const stack = [
            ...goodSignerStack(),
            prov,
            rolePolicy("p-a", "prov", UNKNOWN, prov.urn),
            rolePolicy("p-b", "prov", doc(allow("dynamodb:GetItem", tableArn(TABLES.keystore))), prov.urn),
        ];
        assertMandatoryAndAdvisory(
            await runPolicy(rules.declaredRoleKindConsistent, stack),
            /role prov is declared provisioner but is allowed dynamodb:GetItem on table custody-prod-keystore/,
        );
    });
});

describe('preview: "X is missing" verdicts stay advisory on partial knowledge', () => {
    it("dynamodb-query-includes-index: Query on the table alone in a known document, the index grant possibly in the unknown one", async () => {
        const queryOnTable = second(allow("dynamodb:Query", tableArn(TABLES.keystore)));
        const ds = await runPolicy(rules.dynamoDbQueryIncludesIndex, [...unknownSignerPolicy(), queryOnTable]);
        assert.deepEqual(mandatory(ds), []);
        assert.equal(advisories(ds).length, 1);
        // Once every document is known, the verdict is drawn (here the index is missing everywhere).
        const noIndex = editResource([...goodSignerStack(), queryOnTable], URNS.rolePolicy, r => ({
            ...r,
            inputs: { ...r.inputs, policy: doc(allow("dynamodb:GetItem", tableArn(TABLES.keystore))) },
        }));
        assert.ok(
            mandatory(await runPolicy(rules.dynamoDbQueryIncludesIndex, noIndex)).some(m =>
                /not on its index status-shard-index/.test(m),
            ),
        );
        // And the signer's own index grant, known, satisfies it.
        assert.deepEqual(
            mandatory(await runPolicy(rules.dynamoDbQueryIncludesIndex, [...goodSignerStack(), queryOnTable])),
            [],
        );
    });

    it("share-custody: the role's own grant on the share keys may be in the unknown document", async () => {
        const ds = await runPolicy(rules.shareCustody, [
            ...unknownSignerPolicy(),
            second(allow("dynamodb:GetItem", tableArn(TABLES.keystore))),
        ]);
        assert.deepEqual(mandatory(ds), []);
        assert.equal(advisories(ds).length, 1);
        // Known and without the share keys, it is refused.
        const known = editResource(goodSignerStack(), URNS.rolePolicy, r => ({
            ...r,
            inputs: {
                ...r.inputs,
                policy: doc(...signerPermissions().filter(s => (s as { Sid: string }).Sid !== "ShareKeyWrap")),
            },
        }));
        assert.ok(
            mandatory(await runPolicy(rules.shareCustody, known)).some(m =>
                /IAM policy does not allow kms:encrypt/i.test(m),
            ),
        );
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
