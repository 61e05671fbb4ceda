/** Cross-account DynamoDB + KMS access (seed 003) as a workload: section `crossAccount`, README.md here. */
import { ConfigReader } from "../../config/reader";
import { emptyFootprint, Footprint, SectionCheckEnv, Workload } from "../workload";
import { CrossAccountDataAccess } from "./component";
import { CrossAccountConfig, readCrossAccount } from "./config";
import { custodyTableSpaceProblem } from "../custodyTables";

function footprint(x: CrossAccountConfig): Footprint {
    const f = emptyFootprint();
    f.roles.push({ key: "crossAccount.accessRoleName", name: x.accessRoleName, account: x.dataAccount });
    f.roles.push({ key: "crossAccount.callerRoleName", name: x.callerRoleName, account: x.callerAccount });
    if (!x.kmsKeyArn) f.keys.push({ account: x.dataAccount, what: "the cross-account key" });
    return f;
}

/**
 * Seed 003's table already exists in account A: one this stack creates there (the signer's key store, its
 * anti-slashing records) would be handed to account B's instances to read, and the custody model cannot list a
 * table both as the stack's and as external.
 */
function checkTableNotTheStacks(r: ConfigReader, x: CrossAccountConfig, c: SectionCheckEnv): void {
    let mine = false;
    for (const t of [...c.footprints.values()].flatMap(f => f.tables)) {
        if (t.account === x.dataAccount && t.name === x.tableName) {
            mine = true;
            r.problem(
                "crossAccount.tableName",
                `"${x.tableName}" is ${t.owner} table in account ${x.dataAccount}, which this stack creates: account ${x.callerAccount} would be granted its items; name the existing table seed 003 shares, never a custody table.`,
            );
        }
    }
    // Nor another custody stack's table (round 84): the grant would hand account B its items.
    const problem = mine ? undefined : custodyTableSpaceProblem(x.tableName);
    if (problem) r.problem("crossAccount.tableName", problem);
}

export const crossAccountWorkload: Workload<"crossAccount", CrossAccountConfig> = {
    key: "crossAccount",
    read: readCrossAccount,
    footprint,
    check: checkTableNotTheStacks,
    deploy(crossAccount, ctx) {
        const x = new CrossAccountDataAccess("cross-account", { crossAccount, ctx });
        return {
            crossAccountAccessRoleArn: x.accessRoleArn,
            crossAccountCallerRoleArn: x.callerRoleArn,
            crossAccountCallerInstanceProfile: x.callerInstanceProfile,
            crossAccountKeyArn: x.keyArn,
            crossAccountTableArn: x.tableArn,
        };
    },
};
