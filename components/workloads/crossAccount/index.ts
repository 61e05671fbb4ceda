/** Cross-account DynamoDB + KMS access (seed 003) as a workload: section `crossAccount`, README.md here. */
import { emptyFootprint, Footprint, Workload } from "../workload";
import { CrossAccountDataAccess } from "./component";
import { CrossAccountConfig, readCrossAccount } from "./config";

function footprint(x: CrossAccountConfig): Footprint {
    const f = emptyFootprint();
    f.roles.push({ key: "crossAccount.accessRoleName", name: x.accessRoleName, account: x.dataAccount });
    f.roles.push({ key: "crossAccount.callerRoleName", name: x.callerRoleName, account: x.callerAccount });
    if (!x.kmsKeyArn) f.keys.push({ account: x.dataAccount, what: "the cross-account key" });
    return f;
}

export const crossAccountWorkload: Workload<"crossAccount", CrossAccountConfig> = {
    key: "crossAccount",
    read: readCrossAccount,
    footprint,
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
