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
    requiredActions,
} from "../../../policy-pack/custody/accessSets";
import { loadCatalog } from "../../../policy-pack/model/catalog";

/** Each pack set is exactly the union of these program paths (the key-policy statement is compared below). */
const PROGRAM_PATHS: Record<Exclude<AccessSetName, "dynamodb.tableKey">, AccessPathId[]> = {
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
        assert.deepEqual(sorted([...Object.keys(PROGRAM_PATHS), "dynamodb.tableKey"]), sorted(ACCESS_SET_NAMES));
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
