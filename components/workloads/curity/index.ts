/** Curity Identity Server's DynamoDB access (seed 002) as a workload: section `curity`, README.md here. */
import { ConfigReader } from "../../config/reader";
import { serviceAccountOutput } from "../../identity/binding";
import { emptyFootprint, Footprint, SectionCheckEnv, Workload } from "../workload";
import { CurityDynamoDbAccess } from "./component";
import { CurityConfig, readCurity } from "./config";
import { CUSTODY_TABLE_SPACE } from "../custodyTables";

function footprint(curity: CurityConfig): Footprint {
    const f = emptyFootprint();
    f.serviceAccounts.push({ key: "curity.serviceAccount", sa: curity.serviceAccount });
    if (curity.createNamespace)
        f.namespaces.push({ key: "curity.createNamespace", namespace: curity.serviceAccount.namespace });
    f.roles.push({ key: "curity.roleName", name: curity.roleName, account: curity.account });
    if (curity.identities.includes("irsa")) f.irsa = { account: curity.account };
    if (curity.identities.includes("podIdentity"))
        f.podIdentity = { account: curity.account, roles: [{ key: "curity.roleName", name: curity.roleName }] };
    return f;
}

/**
 * Curity's grant is `table/<prefix>*`: a prefix that also matches the signer's tables (keystore,
 * anti-slashing, signer state) would let the identity server delete slashing records.
 */
function checkCurityTablePrefix(r: ConfigReader, curity: CurityConfig, c: SectionCheckEnv): void {
    const prefix = curity.tablePrefix;
    const key = "curity.tablePrefix";
    const fix = "use a prefix that only Curity's tables start with, such as curity-";
    // Tables other workloads create in Curity's account, grouped by owner.
    const covered = new Map<string, string[]>();
    for (const t of [...c.footprints.values()].flatMap(f => f.tables)) {
        if (t.account === curity.account && t.name.startsWith(prefix)) {
            covered.set(t.owner, [...(covered.get(t.owner) ?? []), t.name]);
        }
    }
    if (covered.size > 0) {
        for (const [owner, names] of covered) {
            r.problem(
                key,
                `"${prefix}" also matches ${owner} tables ${names.join(", ")}: Curity would be granted their items; ${fix}.`,
            );
        }
    } else if (c.namePrefix.startsWith(prefix)) {
        r.problem(key, `"${prefix}" matches every table named with this stack's prefix ${c.namePrefix}; ${fix}.`);
    } else if (CUSTODY_TABLE_SPACE.startsWith(prefix) || prefix.startsWith(CUSTODY_TABLE_SPACE)) {
        r.problem(
            key,
            `"${prefix}" reaches into ${CUSTODY_TABLE_SPACE}*, where custody stacks keep their tables (key stores, anti-slashing records); ${fix}.`,
        );
    }
}

export const curityWorkload: Workload<"curity", CurityConfig> = {
    key: "curity",
    read: readCurity,
    footprint,
    check: checkCurityTablePrefix,
    deploy(curity, ctx) {
        const c = new CurityDynamoDbAccess("curity", { curity, ctx });
        return { curityRoleArn: c.roleArn, curityServiceAccount: serviceAccountOutput(c.serviceAccount) };
    },
};
