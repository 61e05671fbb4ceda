import * as P from "../../config/patterns";
import { ConfigReader } from "../../config/reader";
import { EXTERNAL_ID, readRoleName } from "../../config/fields";
import { SectionEnv } from "../workload";

export interface CrossAccountConfig {
    /** Account A: holds the table, the key and the access role. */
    dataAccount: string;
    /** Account B: runs the instance whose role assumes the access role. */
    callerAccount: string;
    tableName: string;
    tableHasIndexes: boolean;
    /** Existing key in account A; when absent the stack creates one. */
    kmsKeyArn?: string;
    accessRoleName: string;
    externalId?: string;
    callerRoleName: string;
    /** Create the caller (instance) role and its instance profile in account B, or attach to an existing one. */
    createCallerRole: boolean;
}

export function readCrossAccount(r: ConfigReader, value: unknown, env: SectionEnv): CrossAccountConfig | undefined {
    const prefix = env.namePrefix;
    const { refAccount, accounts } = env;
    const o = r.object("crossAccount", value, [
        "dataAccount",
        "callerAccount",
        "tableName",
        "tableHasIndexes",
        "kmsKeyArn",
        "accessRoleName",
        "externalId",
        "callerRoleName",
        "createCallerRole",
    ]);
    if (!o) {
        return undefined;
    }
    const dataAccount = refAccount("crossAccount.dataAccount", o.dataAccount);
    if (o.callerAccount == null) {
        r.problem(
            "crossAccount.callerAccount",
            "is required: the account (B) whose instance role assumes the access role.",
        );
    }
    const callerAccount =
        o.callerAccount == null ? undefined : refAccount("crossAccount.callerAccount", o.callerAccount);
    if (dataAccount && callerAccount && dataAccount === callerAccount) {
        r.problem(
            "crossAccount.callerAccount",
            `is the same account as dataAccount (${dataAccount}); cross-account access needs two accounts.`,
        );
    }
    const tableName = r.requiredString("crossAccount.tableName", o.tableName, P.TABLE_NAME, "my-table");
    const kmsKeyArn = r.string("crossAccount.kmsKeyArn", o.kmsKeyArn, P.KMS_KEY_ARN);
    const externalId = r.string("crossAccount.externalId", o.externalId, EXTERNAL_ID);
    const callerRoleName = r.requiredString(
        "crossAccount.callerRoleName",
        o.callerRoleName,
        P.ROLE_NAME,
        "instance-role",
    );
    const dataAccountId = accounts.find(a => a.name === dataAccount)?.accountId;
    const dataRegion = accounts.find(a => a.name === dataAccount)?.region;
    if (kmsKeyArn && dataRegion && kmsKeyArn.split(":")[3] !== dataRegion) {
        r.problem(
            "crossAccount.kmsKeyArn",
            `is in region ${kmsKeyArn.split(":")[3]}, not the data account's region ${dataRegion}: a DynamoDB table's KMS key must be in the table's region; use a key of ${dataRegion}, or omit kmsKeyArn to create one.`,
        );
    }
    if (kmsKeyArn && dataAccountId && kmsKeyArn.split(":")[4] !== dataAccountId) {
        r.problem(
            "crossAccount.kmsKeyArn",
            `is in account ${kmsKeyArn.split(":")[4]}, not the data account ${dataAccount} (${dataAccountId}): the access role decrypts with a key of its own account; omit kmsKeyArn to create one.`,
        );
    }
    if (!dataAccount || !callerAccount || !tableName || !callerRoleName) {
        return undefined;
    }
    return {
        dataAccount,
        callerAccount,
        tableName,
        kmsKeyArn,
        externalId,
        callerRoleName,
        tableHasIndexes: r.boolean("crossAccount.tableHasIndexes", o.tableHasIndexes, false),
        accessRoleName: readRoleName(
            r,
            "crossAccount.accessRoleName",
            o.accessRoleName,
            `${prefix}-cross-account-access`,
        ),
        createCallerRole: r.boolean("crossAccount.createCallerRole", o.createCallerRole, false),
    };
}
