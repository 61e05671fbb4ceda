/**
 * Checks across workload sections, made after each section is read, on what each workload claims (its
 * footprint): names that would collide at deploy time. Each would otherwise surface only in the middle of
 * `pulumi up`. A workload's checks against the others' data (a grant reaching another workload's tables or
 * keys, a document over IAM's size quotas) are its own `check`, in its folder.
 */
import { Footprint } from "../workloads/workload";
import { ConfigReader } from "../config/reader";

export function crossCheck(r: ConfigReader, footprints: ReadonlyMap<string, Footprint>): void {
    const all = [...footprints.values()];
    checkServiceAccounts(r, all);
    checkRoleNames(r, all);
}

/** One ServiceAccount can carry one role annotation; one Namespace can be created once. */
function checkServiceAccounts(r: ConfigReader, footprints: readonly Footprint[]): void {
    const seen = new Map<string, string>();
    for (const { key, sa } of footprints.flatMap(f => f.serviceAccounts)) {
        const id = `${sa.namespace}/${sa.name}`;
        const other = seen.get(id);
        if (other) {
            r.problem(
                key,
                `is the ServiceAccount ${id}, already used by ${other}: a ServiceAccount carries one eks.amazonaws.com/role-arn, so the two roles would fight over it; give each workload its own ServiceAccount.`,
            );
        }
        seen.set(id, key);
    }

    const namespaces = new Map<string, string>();
    for (const { key, namespace: ns } of footprints.flatMap(f => f.namespaces)) {
        const other = namespaces.get(ns);
        if (other) {
            r.problem(
                key,
                `would create the namespace ${ns} a second time (${other} creates it already): set createNamespace on one workload only.`,
            );
        }
        namespaces.set(ns, key);
    }
}

/** IAM role names are unique per account, ignoring case: a clash fails with EntityAlreadyExists mid-deploy. */
function checkRoleNames(r: ConfigReader, footprints: readonly Footprint[]): void {
    const seen = new Map<string, string>();
    for (const role of footprints.flatMap(f => f.roles)) {
        const id = `${role.account}/${role.name.toLowerCase()}`;
        const other = seen.get(id);
        if (other) {
            r.problem(
                role.key,
                `"${role.name}" is also the role name of ${other} in account ${role.account} (IAM role names are unique per account, ignoring case): give each role its own name.`,
            );
        }
        seen.set(id, role.key);
    }
}
