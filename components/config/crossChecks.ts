/**
 * Checks across workload blocks, made after each block is read: names that would collide at deploy time,
 * grants that would reach another workload's data, and documents over IAM's size quotas. Each would otherwise
 * surface only in the middle of `pulumi up`, or not at all.
 */
import { basilProvisionerGrants, basilRuntimeGrants } from "../iam/grants";
import { grantsDocument, toJson } from "../iam/documents";
import { trustPolicy, TrustedPrincipal } from "../iam/trust";
import { partitionOf } from "../iam/arns";
import { ConfigReader } from "./reader";
import { AccountConfig, ServiceAccountRef, StackConfig } from "./schema";

/** IAM quotas (IAM user guide, "IAM and AWS STS quotas"), counted without whitespace as IAM counts them. */
export const IAM_QUOTAS = {
    /** Aggregate size of one role's inline policies. */
    roleInlinePoliciesChars: 10_240,
    /** Role trust policy length (the default; a quota increase allows up to 4,096). */
    trustPolicyChars: 2_048,
} as const;

/** Table-name space of this program's default prefixes (`custody-<stack>`): other stacks' tables live there. */
const CUSTODY_TABLE_SPACE = "custody-";

/** What the checks read: the validated blocks (the primary account may be missing after another error). */
export type CrossCheckInput = Pick<
    StackConfig,
    "namePrefix" | "accounts" | "cluster" | "signer" | "basil" | "trustDomain" | "curity" | "crossAccount"
> & { primaryAccount?: AccountConfig };

export function crossCheck(r: ConfigReader, c: CrossCheckInput): void {
    checkServiceAccounts(r, c);
    checkRoleNames(r, c);
    checkCurityTablePrefix(r, c);
    checkKeyManagerAccount(r, c);
    checkBasilPolicySizes(r, c);
}

/**
 * Seed 001 grants the Trust Domain Server kms:ScheduleKeyDeletion (and CreateKey, TagResource, Sign) on "*": in
 * an account that holds this stack's keys, that reaches the Shamir share keys, the tables' key and the Basil
 * catalog, any of which it could schedule for deletion. Keep the key manager in an account of its own.
 */
function checkKeyManagerAccount(r: ConfigReader, c: CrossCheckInput): void {
    if (!c.trustDomain) return;
    const account = c.trustDomain.account;
    const holders: string[] = [];
    if (c.signer) {
        if (c.primaryAccount?.name === account) holders.push("the signer tables' key");
        const shares = (c.signer.shares?.accounts ?? []).filter(a => a === account).length;
        if (shares > 0) holders.push(`${shares} Shamir share key${shares === 1 ? "" : "s"}`);
    }
    if (c.basil && c.basil.account === account && c.basil.keys.length > 0) holders.push("the Basil catalog keys");
    if (c.crossAccount && !c.crossAccount.kmsKeyArn && c.crossAccount.dataAccount === account)
        holders.push("the cross-account key");
    if (holders.length > 0) {
        r.problem(
            "trustDomain.account",
            `"${account}" also holds ${holders.join(", ")} of this stack, and the trust-domain role is granted kms:ScheduleKeyDeletion on "*" (seed 001), which would reach them: deploy the trust-domain server in an account that holds no custody keys.`,
        );
    }
}

/** One ServiceAccount can carry one role annotation; one Namespace can be created once. */
function checkServiceAccounts(r: ConfigReader, c: CrossCheckInput): void {
    const uses: Array<{ key: string; sa: ServiceAccountRef }> = [];
    if (c.signer)
        uses.push({
            key: "signer.serviceAccount",
            sa: { namespace: c.signer.namespace, name: c.signer.serviceAccount },
        });
    if (c.basil?.runtimeIdentity === "irsa") uses.push({ key: "basil.serviceAccount", sa: c.basil.serviceAccount });
    if (c.basil?.provisioner?.bootstrapServiceAccount)
        uses.push({
            key: "basil.provisioner.bootstrapServiceAccount",
            sa: c.basil.provisioner.bootstrapServiceAccount,
        });
    if (c.trustDomain) uses.push({ key: "trustDomain.serviceAccount", sa: c.trustDomain.serviceAccount });
    if (c.curity) uses.push({ key: "curity.serviceAccount", sa: c.curity.serviceAccount });
    const seen = new Map<string, string>();
    for (const { key, sa } of uses) {
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

    const created: Array<[string, string]> = [];
    if (c.signer?.createNamespace) created.push(["signer.createNamespace", c.signer.namespace]);
    if (c.basil?.createNamespace) created.push(["basil.createNamespace", c.basil.serviceAccount.namespace]);
    if (c.trustDomain?.createNamespace)
        created.push(["trustDomain.createNamespace", c.trustDomain.serviceAccount.namespace]);
    if (c.curity?.createNamespace) created.push(["curity.createNamespace", c.curity.serviceAccount.namespace]);
    const namespaces = new Map<string, string>();
    for (const [key, ns] of created) {
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
function checkRoleNames(r: ConfigReader, c: CrossCheckInput): void {
    const roles: Array<{ key: string; name: string; account?: string }> = [];
    if (c.signer) roles.push({ key: "signer.roleName", name: c.signer.roleName, account: c.primaryAccount?.name });
    if (c.basil) {
        roles.push({ key: "basil.runtimeRoleName", name: c.basil.runtimeRoleName, account: c.basil.account });
        if (c.basil.provisioner)
            roles.push({
                key: "basil.provisioner.roleName",
                name: c.basil.provisioner.roleName,
                account: c.basil.account,
            });
    }
    if (c.trustDomain)
        roles.push({ key: "trustDomain.roleName", name: c.trustDomain.roleName, account: c.trustDomain.account });
    if (c.curity) roles.push({ key: "curity.roleName", name: c.curity.roleName, account: c.curity.account });
    if (c.crossAccount) {
        roles.push({
            key: "crossAccount.accessRoleName",
            name: c.crossAccount.accessRoleName,
            account: c.crossAccount.dataAccount,
        });
        roles.push({
            key: "crossAccount.callerRoleName",
            name: c.crossAccount.callerRoleName,
            account: c.crossAccount.callerAccount,
        });
    }
    const seen = new Map<string, string>();
    for (const role of roles) {
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

/**
 * Curity's grant is `table/<prefix>*`: a prefix that also matches the signer's tables (keystore,
 * anti-slashing, signer state) would let the identity server delete slashing records.
 */
function checkCurityTablePrefix(r: ConfigReader, c: CrossCheckInput): void {
    if (!c.curity) return;
    const prefix = c.curity.tablePrefix;
    const key = "curity.tablePrefix";
    const fix = "use a prefix that only Curity's tables start with, such as curity-";
    const signerTables = Object.values(c.signer?.tables ?? {}).flatMap(t => (t ? [t.name] : []));
    const covered =
        c.curity.account === c.primaryAccount?.name ? signerTables.filter(name => name.startsWith(prefix)) : [];
    if (covered.length > 0) {
        r.problem(
            key,
            `"${prefix}" also matches the signer's tables ${covered.join(", ")}: Curity would be granted their items; ${fix}.`,
        );
    } else if (c.namePrefix.startsWith(prefix)) {
        r.problem(key, `"${prefix}" matches every table named with this stack's prefix ${c.namePrefix}; ${fix}.`);
    } else if (CUSTODY_TABLE_SPACE.startsWith(prefix) || prefix.startsWith(CUSTODY_TABLE_SPACE)) {
        r.problem(
            key,
            `"${prefix}" reaches into ${CUSTODY_TABLE_SPACE}*, where custody stacks keep their tables (key stores, anti-slashing records); ${fix}.`,
        );
    }
}

/** A placeholder of the exact length of a key ARN KMS will return (`key/<uuid>`). */
function keyArnOfLength(account: AccountConfig): string {
    return `arn:${partitionOf(account.region)}:kms:${account.region}:${account.accountId}:key/00000000-0000-0000-0000-000000000000`;
}

function compactLength(doc: object): number {
    return toJson(doc as never).replace(/\s+/g, "").length;
}

/** The Basil catalog grows the runtime policy by one key ARN per key, and the operator list the trust policy. */
function checkBasilPolicySizes(r: ConfigReader, c: CrossCheckInput): void {
    const basil = c.basil;
    const account = c.accounts.find(a => a.name === basil?.account);
    if (!basil || !account || basil.keys.length === 0) return;
    const runtime = grantsDocument(
        basilRuntimeGrants({
            keyArns: basil.keys.map(() => keyArnOfLength(account)),
            requireBasilAlias: basil.requireBasilAlias,
        }),
    );
    const runtimeChars = compactLength(runtime);
    if (runtimeChars > IAM_QUOTAS.roleInlinePoliciesChars) {
        r.problem(
            "basil.keys",
            `${basil.keys.length} keys make the runtime role's policy ${runtimeChars} characters, over IAM's ${IAM_QUOTAS.roleInlinePoliciesChars} for a role's inline policies: split the catalog across stacks (one broker per catalog).`,
        );
    }
    const p = basil.provisioner;
    if (p) {
        const principals: TrustedPrincipal[] = [];
        if (p.operatorPrincipalArns.length > 0)
            principals.push({ kind: "aws", principalArns: p.operatorPrincipalArns });
        if (p.bootstrapServiceAccount && c.cluster) {
            principals.push({
                kind: "irsa",
                oidcProviderArn: c.cluster.oidcProviderArn,
                issuerHost: c.cluster.oidcIssuerHost,
                serviceAccount: p.bootstrapServiceAccount,
            });
        }
        if (principals.length > 0) {
            const trustChars = compactLength(trustPolicy(principals));
            if (trustChars > IAM_QUOTAS.trustPolicyChars) {
                r.problem(
                    "basil.provisioner.operatorPrincipalArns",
                    `make the provisioner's trust policy ${trustChars} characters, over IAM's default ${IAM_QUOTAS.trustPolicyChars} for a trust policy: name fewer operator principals (one break-glass role), or raise the account's quota (up to 4096) first.`,
                );
            }
        }
        const provisioner = grantsDocument(
            basilProvisionerGrants({ region: account.region, accountId: account.accountId, requestTag: p.requestTag }),
        );
        const provisionerChars = compactLength(provisioner);
        if (provisionerChars > IAM_QUOTAS.roleInlinePoliciesChars) {
            r.problem(
                "basil.provisioner",
                `makes the provisioner's policy ${provisionerChars} characters, over IAM's ${IAM_QUOTAS.roleInlinePoliciesChars}; shorten the request tag.`,
            );
        }
    }
}
