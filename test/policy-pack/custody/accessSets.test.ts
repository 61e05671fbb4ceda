// The pack's named action sets against the program's access paths and key policy builder: the two sources are
// written independently (the pack may not import the program), and this test keeps them from drifting.
import { strict as assert } from "assert";
import { ACCESS_PATHS, AccessPathId, actionsOf } from "../../../components/iam/accessPaths";
import { dynamoDbTableKeyPolicy } from "../../../components/iam/keyPolicies";
import {
    ACCESS_SET_NAMES,
    ACCESS_SETS,
    AccessSet,
    AccessSetName,
    allowedActions,
    isOperationsSet,
    requiredActions,
} from "../../../policy-pack/custody/accessSets";
import { loadCatalog } from "../../../policy-pack/model/catalog";

/**
 * The pack's own sets with no program counterpart, known by their `family: "operations"` (operations helpers the
 * stack config names with `custody:operations`; the program deploys none): compared below with the catalogue, not
 * with accessPaths.ts. A set of the family is listed here by name, so a new one is a deliberate edit of this test.
 */
const OPERATIONS_SETS = ["operations.keyAudit", "operations.tableAudit", "operations.tableBackup"] as const;
type OperationsSetName = (typeof OPERATIONS_SETS)[number];

/** Each pack set is exactly the union of these program paths (the key-policy statement is compared below). */
const PROGRAM_PATHS: Record<Exclude<AccessSetName, "dynamodb.tableKey" | OperationsSetName>, AccessPathId[]> = {
    "signer.antiSlashing": ["signerAntiSlashing"],
    "signer.keySource": ["signerKeySource"],
    "signer.signerState": ["signerState"],
    "signer.shareWrap": ["signerShareKeyWrap"],
    "basil.runtime": ["basilRuntime"],
    "basil.provisioner": ["basilProvisionerCreateAlias", "basilProvisionerRead"],
    "basil.provisionerCreateKey": ["basilProvisionerCreateKey"],
    "basil.provisionerTagOnCreate": ["basilProvisionerTagOnCreate"],
    "trustDomain.keyManager": ["trustDomainKeyManager", "trustDomainKeyDiscovery", "trustDomainIdentity"],
    "curity.dataSource": ["curityDataSource"],
    "curity.allActions": ["curityAllActions"],
    "crossAccount.access": ["crossAccountTableRead", "crossAccountKeyDecrypt"],
    "crossAccount.caller": ["crossAccountAssume"],
    "podIdentity.targetChain": ["podIdentityTargetChain"],
};

function sorted(actions: Iterable<string>): string[] {
    return [...new Set(actions)].sort();
}

describe("custody access sets (policy-pack/custody/accessSets.ts)", () => {
    for (const [name, paths] of Object.entries(PROGRAM_PATHS) as [AccessSetName, AccessPathId[]][]) {
        it(`${name} needs exactly the program's ${paths.join(" + ")}`, () => {
            assert.deepEqual(sorted(requiredActions(name)), sorted(paths.flatMap(p => actionsOf(p))));
        });
    }

    it("every program access path is covered by a pack set (a new path needs its set)", () => {
        const covered = new Set(Object.values(PROGRAM_PATHS).flat());
        assert.deepEqual(
            (Object.keys(ACCESS_PATHS) as AccessPathId[]).filter(p => !covered.has(p)),
            [],
        );
        assert.deepEqual(
            sorted([...Object.keys(PROGRAM_PATHS), "dynamodb.tableKey", ...OPERATIONS_SETS]),
            sorted(ACCESS_SET_NAMES),
        );
    });

    it("the operations family is exactly the sets without a program path, and none of them has one", () => {
        assert.deepEqual(sorted(ACCESS_SET_NAMES.filter(isOperationsSet)), sorted(OPERATIONS_SETS));
        for (const name of Object.keys(PROGRAM_PATHS)) assert.ok(!isOperationsSet(name), `${name} has a program path`);
        const programActions = new Set(Object.keys(ACCESS_PATHS).flatMap(p => actionsOf(p as AccessPathId)));
        for (const name of OPERATIONS_SETS) {
            // Not a program path in disguise: it requires something no program path grants, or only reads.
            const set: AccessSet = ACCESS_SETS[name];
            assert.ok(set.family === "operations", name);
            assert.ok(
                set.metadataOnly || requiredActions(name).some(a => !programActions.has(a)),
                `${name} duplicates program access paths`,
            );
        }
    });

    it("metadata-only sets read metadata only: catalogue Read/List, one resource each (or an account-level List), never an item or key use", async () => {
        const catalog = await loadCatalog();
        const metadataOnly = ACCESS_SET_NAMES.filter(n => (ACCESS_SETS[n] as AccessSet).metadataOnly);
        assert.deepEqual(sorted(metadataOnly), ["operations.keyAudit", "operations.tableAudit"]);
        for (const name of metadataOnly) {
            for (const action of allowedActions(name)) {
                const entry = catalog.lookup(action);
                assert.ok(entry, `${name}: ${action} is in the catalogue`);
                assert.ok(["Read", "List"].includes(entry.accessLevel), `${name}: ${action} is ${entry.accessLevel}`);
                // An account-level List (kms:ListKeys, ListAliases) returns only ids and names of the caller's account.
                assert.ok(
                    !entry.wildcardOnly || entry.accessLevel === "List",
                    `${name}: ${action} acts on one resource, or only lists`,
                );
                assert.doesNotMatch(
                    action,
                    /^dynamodb:(GetItem|BatchGetItem|Query|Scan|PartiQL|GetRecords|GetShardIterator)|^kms:(Decrypt|Encrypt|ReEncrypt|GenerateDataKey|Sign|GenerateMac|GetParametersForImport)/,
                    `${name}: ${action} reads data or uses a key`,
                );
            }
        }
    });

    it("operations.tableBackup neither restores nor exports (each writes custody data outside the model)", () => {
        assert.deepEqual(
            allowedActions("operations.tableBackup").filter(
                a => /Restore|Export|Import|UpdateContinuousBackups|Table$/.test(a) && a !== "dynamodb:DescribeTable",
            ),
            [],
        );
        assert.deepEqual((ACCESS_SETS["operations.tableBackup"] as AccessSet).tableSubResources, ["backup/*"]);
    });

    it("dynamodb.tableKey is the program's DynamoDB statement of the table CMK policy, action for action", () => {
        const policy = dynamoDbTableKeyPolicy({ region: "eu-west-1", accountId: "111111111111" });
        const statement = policy.Statement.find(s => s.Condition && JSON.stringify(s.Condition).includes("ViaService"));
        assert.ok(statement, "the table CMK policy has a kms:ViaService statement");
        assert.deepEqual(sorted([statement.Action].flat() as string[]), sorted(requiredActions("dynamodb.tableKey")));
    });

    it("the seeds' corrections hold: no Transact*, no tagging: prefix, tag:GetResources present", () => {
        const all = ACCESS_SET_NAMES.flatMap(allowedActions);
        assert.deepEqual(
            all.filter(a => /Transact|^tagging:/i.test(a)),
            [],
        );
        assert.ok(requiredActions("trustDomain.keyManager").includes("tag:GetResources"));
        assert.ok(requiredActions("signer.keySource").includes("dynamodb:Query"));
    });

    it("shares allow Encrypt/Decrypt plus read-only extras only (catalogue access level Read or List)", async () => {
        const catalog = await loadCatalog();
        const shareWrap: AccessSet = ACCESS_SETS["signer.shareWrap"];
        for (const extra of shareWrap.alsoAllowed ?? []) {
            const entry = catalog.lookup(extra.action);
            assert.ok(entry, `${extra.action} is in the catalogue`);
            assert.ok(["Read", "List"].includes(entry.accessLevel), `${extra.action} is ${entry.accessLevel}`);
            assert.equal(entry.wildcardOnly, false, `${extra.action} acts on one key`);
        }
    });

    it("every action of every set matches catalogue actions, and each has a purpose and a source", async () => {
        const catalog = await loadCatalog();
        for (const name of ACCESS_SET_NAMES) {
            const set: AccessSet = ACCESS_SETS[name];
            assert.ok(set.assets.length > 0, name);
            for (const a of [...set.actions, ...(set.alsoAllowed ?? [])]) {
                assert.ok(catalog.expand(a.action).length > 0, `${name}: ${a.action} matches no IAM action`);
                assert.ok(a.purpose.length > 0 && a.source.length > 0, `${name}: ${a.action}`);
            }
        }
    });
});
