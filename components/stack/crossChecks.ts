/**
 * Checks across workload sections, made after each section is read, on what each workload claims (its
 * footprint): names that would collide at deploy time. Each would otherwise surface only in the middle of
 * `pulumi up`. A workload's checks against the others' data (a grant reaching another workload's tables or
 * keys, a document over IAM's size quotas) are its own `check`, in its folder.
 */
import { Footprint } from "../workloads/workload";
import { ConfigReader } from "../config/reader";
import { AccountConfig } from "../config/schema";

export function crossCheck(
    r: ConfigReader,
    footprints: ReadonlyMap<string, Footprint>,
    accounts: readonly AccountConfig[],
): void {
    const all = [...footprints.values()];
    checkServiceAccounts(r, all);
    checkSharedNamespaces(r, footprints);
    checkRoleNames(r, all, deployerRoles(accounts));
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

/**
 * Whoever may create pods in a namespace may run them as any ServiceAccount of it and so use its role ("Workload
 * creation", Kubernetes docs, RBAC good practices): a namespace is the unit of "may run pods as". Two workloads'
 * ServiceAccounts in one namespace give each workload's deployers the other's role; refused when either is a custody
 * runtime or key-management identity (round 84). The same ServiceAccount twice is checkServiceAccounts' problem.
 */
function checkSharedNamespaces(r: ConfigReader, footprints: ReadonlyMap<string, Footprint>): void {
    const seen: Array<{ workload: string; key: string; id: string; namespace: string; custody?: string }> = [];
    for (const [workload, f] of footprints) {
        for (const { key, sa, custody } of f.serviceAccounts) {
            const id = `${sa.namespace}/${sa.name}`;
            const other = seen.find(
                o => o.workload !== workload && o.namespace === sa.namespace && o.id !== id && (o.custody || custody),
            );
            if (other) {
                const reaches = [custody, other.custody].filter(Boolean).join(" and ");
                r.problem(
                    key,
                    `is in the namespace ${sa.namespace}, which also holds ${other.key} (${other.id}): whoever may create pods there may run them as either ServiceAccount (Kubernetes docs, RBAC good practices, "Workload creation"), so the deployers of ${workload} and of ${other.workload} would each reach ${reaches}; give each workload a namespace of its own.`,
                );
            }
            seen.push({ workload, key, id, namespace: sa.namespace, custody });
        }
    }
}

/**
 * The role each account's assumeRoleArn names: the stack deploys with it, so no workload role may take its name
 * (round 84). Its name is the ARN's last path segment (IAM User Guide, reference_identifiers: role/path/name).
 */
function deployerRoles(accounts: readonly AccountConfig[]): Array<{ key: string; name: string; account: string }> {
    return accounts.flatMap(a =>
        a.assumeRoleArn
            ? [
                  {
                      key: `accounts.${a.name}.assumeRoleArn (the role this stack deploys with)`,
                      name: a.assumeRoleArn.slice(a.assumeRoleArn.lastIndexOf("/") + 1),
                      account: a.name,
                  },
              ]
            : [],
    );
}

/**
 * IAM role names are unique per account, ignoring case: a clash fails with EntityAlreadyExists mid-deploy ("IAM
 * user, group, role, and policy names must be unique within the account. Names are not distinguished by case", IAM
 * API Reference, CreateRole RoleName). `reserved` are roles of the accounts the stack must never create (round 84:
 * each account's deployer role), seen before the workloads' roles.
 */
function checkRoleNames(
    r: ConfigReader,
    footprints: readonly Footprint[],
    reserved: ReadonlyArray<{ key: string; name: string; account: string }> = [],
): void {
    const seen = new Map<string, string>(reserved.map(d => [`${d.account}/${d.name.toLowerCase()}`, d.key]));
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
