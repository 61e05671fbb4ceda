/**
 * The custody model of one stack, derived from its validated config: who may become each workload's role (by
 * what identifies them to AWS) and what each may do to which asset (by what AWS enforces: table ARNs, alias ARNs,
 * key ARNs, patterns of one account and region). Pure: config in, model out.
 */
import { AccountConfig, ServiceAccountIdentity, ServiceAccountRef } from "../../components/config/schema";
import { accountByName, StackConfig } from "../../components/workloads";
import { dnsSuffixOf, kmsAliasArn, kmsKeyPatternArn, partitionOf, roleArn, tableArn } from "../../components/iam/arns";
import { crossAccountKeyAlias, shareKeyAlias, signerTablesKeyAlias } from "../../components/private/naming";
import type { AccessSetName } from "../../policy-pack/custody/accessSets";
import type {
    AllowEntry,
    AssetSelector,
    CustodyModel,
    RequiredCondition,
    RequiredOperator,
    ShareRing,
    Subject,
    Workload,
} from "../../policy-pack/custody/types";
import {
    BASIL_ALIAS_CONDITION,
    basilRequestTagCondition,
    basilTagKeysCondition,
} from "../../components/workloads/basil/grants";

/** Workload names in the model: stable, and what refusals print. */
export const WORKLOAD_NAMES = {
    signer: "signer",
    tableEncryption: "dynamodb-table-encryption",
    basilRuntime: "basil-runtime",
    basilProvisioner: "basil-provisioner",
    trustDomain: "trust-domain",
    curity: "curity",
    crossAccountAccess: "cross-account-access",
    crossAccountCaller: "cross-account-caller",
} as const;

type ConditionBlock = Record<string, Record<string, string | string[]>>;

/**
 * An allow entry; `conditions` are the program's own condition blocks for the grant (one source of truth),
 * which every grant the entry covers must then carry.
 */
function allow(accessSet: AccessSetName, on: AssetSelector[], ...conditions: ConditionBlock[]): AllowEntry {
    const when: RequiredCondition[] = conditions.flatMap(block =>
        Object.entries(block).flatMap(([operator, keys]) =>
            Object.entries(keys).map(([key, v]) => ({
                operator: operator as RequiredOperator,
                key,
                values: Array.isArray(v) ? v : [v],
            })),
        ),
    );
    return when.length > 0 ? { accessSet, on, when } : { accessSet, on };
}

function aliasSelector(account: AccountConfig, aliasName: string): { keyAlias: string } {
    return { keyAlias: kmsAliasArn(account.region, account.accountId, aliasName) };
}

/**
 * The subjects of one ServiceAccount: IRSA by the cluster's issuer, Pod Identity by the cluster's ARN; both during a
 * migration, which is how the model allows both explicitly (each pinning the same ServiceAccount).
 */
function serviceAccountSubjects(
    cfg: StackConfig,
    identities: readonly ServiceAccountIdentity[],
    sa: ServiceAccountRef,
    role: PodIdentityRole,
): Subject[] {
    return identities.map((identity): Subject => {
        const cluster = cfg.cluster;
        if (identity === "irsa") {
            if (!cluster?.oidcIssuerHost) {
                // The validator requires the issuer with every IRSA workload; reaching here is a programming error.
                throw new Error("an IRSA workload without cluster.oidcIssuerUrl passed validation");
            }
            return { irsa: { issuer: cluster.oidcIssuerHost, namespace: sa.namespace, serviceAccount: sa.name } };
        }
        if (!cluster?.eks) {
            throw new Error("a Pod Identity workload without cluster.name and cluster.account passed validation");
        }
        const podIdentity: Subject = {
            podIdentity: { clusterArn: cluster.eks.arn, namespace: sa.namespace, serviceAccount: sa.name },
        };
        if (role.account.name === cluster.eks.account) return podIdentity;
        // A role outside the cluster's account is the association's target: reached only by the association role of
        // the same name in the cluster's account (components/identity/podIdentity.ts), itself the pods' workload.
        const partition = partitionOf(cluster.eks.region);
        const associationRole = roleArn(partition, cluster.eks.accountId, role.roleName);
        role.associations.push({
            name: `${role.workload}-pod-identity-association`,
            subjects: [podIdentity],
            kind: "runtime",
            allow: [
                allow("podIdentity.targetChain", [
                    { pattern: roleArn(partitionOf(role.account.region), role.account.accountId, role.roleName) },
                ]),
            ],
        });
        return { principal: associationRole };
    });
}

/** The role a ServiceAccount is bound to, for the cross-account Pod Identity case; association workloads go to `associations`. */
interface PodIdentityRole {
    workload: string;
    account: AccountConfig;
    roleName: string;
    associations: Workload[];
}

/**
 * The model of a validated stack config; `operations` are the helpers its `custody:operations` names (read by
 * ./operations.ts against the model generated without them), appended after the program's workloads.
 */
export function generateCustodyModel(cfg: StackConfig, operations: readonly Workload[] = []): CustodyModel {
    const workloads: Workload[] = [];
    const shareRings: ShareRing[] = [];
    const externalAssets: AssetSelector[] = [];
    const tables: CustodyModel["tables"] = [];
    const associations: Workload[] = [];
    const roleOf = (workload: string, account: string, roleName: string): PodIdentityRole => ({
        workload,
        account: accountByName(cfg, account),
        roleName,
        associations,
    });

    if (cfg.signer) addSigner(cfg, workloads, shareRings, tables, roleOf);
    if (cfg.basil) addBasil(cfg, workloads, roleOf);
    if (cfg.trustDomain) {
        const td = cfg.trustDomain;
        const account = accountByName(cfg, td.account);
        workloads.push({
            name: WORKLOAD_NAMES.trustDomain,
            subjects: serviceAccountSubjects(
                cfg,
                td.identities,
                td.serviceAccount,
                roleOf(WORKLOAD_NAMES.trustDomain, td.account, td.roleName),
            ),
            kind: "key-manager",
            // Seed 001 grants on "*": the keys the server creates in its region are what it may manage.
            allow: [allow("trustDomain.keyManager", [{ pattern: kmsKeyPatternArn(td.region, account.accountId) }])],
        });
    }
    if (cfg.curity) {
        const c = cfg.curity;
        const account = accountByName(cfg, c.account);
        const prefix = tableArn(account.region, account.accountId, `${c.tablePrefix}*`);
        workloads.push({
            name: WORKLOAD_NAMES.curity,
            subjects: serviceAccountSubjects(
                cfg,
                c.identities,
                c.serviceAccount,
                roleOf(WORKLOAD_NAMES.curity, c.account, c.roleName),
            ),
            kind: "runtime",
            allow: [
                allow(c.allDynamoDbActions ? "curity.allActions" : "curity.dataSource", [
                    { pattern: prefix },
                    { pattern: `${prefix}/index/*` },
                ]),
            ],
        });
    }
    if (cfg.crossAccount) addCrossAccount(cfg, workloads, externalAssets);
    workloads.push(...associations, ...operations);

    return {
        version: 1,
        accounts: Object.fromEntries(cfg.accounts.map(a => [a.accountId, a.name])),
        workloads,
        shareRings,
        externalAssets,
        tables,
    };
}

type RoleOf = (workload: string, account: string, roleName: string) => PodIdentityRole;

function addSigner(
    cfg: StackConfig,
    workloads: Workload[],
    shareRings: ShareRing[],
    tables: CustodyModel["tables"],
    roleOf: RoleOf,
) {
    const signer = cfg.signer!;
    const primary = cfg.primaryAccount;
    const tableKey = aliasSelector(primary, signerTablesKeyAlias(cfg));
    const arnOf = (name: string) => tableArn(primary.region, primary.accountId, name);
    const entries: AllowEntry[] = [];
    const { keystore, antiSlashing, signerState } = signer.tables;
    if (antiSlashing) entries.push(allow("signer.antiSlashing", [{ table: arnOf(antiSlashing.name) }]));
    if (keystore) entries.push(allow("signer.keySource", [{ table: arnOf(keystore.name), withIndexes: true }]));
    if (signerState) entries.push(allow("signer.signerState", [{ table: arnOf(signerState.name) }]));
    for (const t of [keystore, antiSlashing, signerState]) {
        if (t) tables.push({ table: arnOf(t.name), keyAlias: tableKey.keyAlias });
    }
    if (signer.shares) {
        const shares = signer.shares.accounts.map((accountName, i) => {
            const account = accountByName(cfg, accountName);
            return {
                index: i + 1,
                keyAlias: kmsAliasArn(account.region, account.accountId, shareKeyAlias(cfg, "signer", i + 1)),
                account: account.accountId,
            };
        });
        entries.push(
            allow(
                "signer.shareWrap",
                shares.map(s => ({ keyAlias: s.keyAlias })),
            ),
        );
        shareRings.push({ threshold: signer.shares.threshold, shares, workload: WORKLOAD_NAMES.signer });
    }
    workloads.push({
        name: WORKLOAD_NAMES.signer,
        subjects: [
            ...serviceAccountSubjects(
                cfg,
                signer.identities,
                { namespace: signer.namespace, name: signer.serviceAccount },
                roleOf(WORKLOAD_NAMES.signer, primary.name, signer.roleName),
            ),
            ...(signer.instanceProfile ? [{ ec2: { account: primary.accountId } }] : []),
        ],
        kind: "runtime",
        allow: entries,
    });
    if (tables.length > 0) {
        // The tables' CMK policy lets DynamoDB use the key for this account's callers in this region only.
        workloads.push({
            name: WORKLOAD_NAMES.tableEncryption,
            subjects: [
                {
                    viaService: {
                        service: `dynamodb.${primary.region}.${dnsSuffixOf(primary.region)}`,
                        account: primary.accountId,
                    },
                },
            ],
            kind: "service",
            allow: [allow("dynamodb.tableKey", [tableKey])],
        });
    }
}

function addBasil(cfg: StackConfig, workloads: Workload[], roleOf: RoleOf) {
    const basil = cfg.basil!;
    const account = accountByName(cfg, basil.account);
    workloads.push({
        name: WORKLOAD_NAMES.basilRuntime,
        subjects:
            basil.runtimeIdentity === "irsa"
                ? serviceAccountSubjects(
                      cfg,
                      basil.identities,
                      basil.serviceAccount,
                      roleOf(WORKLOAD_NAMES.basilRuntime, basil.account, basil.runtimeRoleName),
                  )
                : [{ ec2: { account: account.accountId } }],
        kind: "runtime",
        allow: [
            allow(
                "basil.runtime",
                basil.keys.map(k => aliasSelector(account, k.alias)),
                ...(basil.requireBasilAlias ? [BASIL_ALIAS_CONDITION] : []),
            ),
        ],
    });
    const p = basil.provisioner;
    if (!p) return;
    // Seed 004: CreateKey on "*" (no key exists yet), CreateAlias on alias/basil/* and key/*, reads on key/*.
    const keys: AssetSelector = { pattern: kmsKeyPatternArn(account.region, account.accountId) };
    const aliases: AssetSelector = { pattern: kmsAliasArn(account.region, account.accountId, "alias/basil/*") };
    workloads.push({
        name: WORKLOAD_NAMES.basilProvisioner,
        subjects: [
            ...p.operatorPrincipalArns.map((principal): Subject => ({ principal })),
            ...(p.bootstrapServiceAccount
                ? serviceAccountSubjects(
                      cfg,
                      basil.identities,
                      p.bootstrapServiceAccount,
                      roleOf(WORKLOAD_NAMES.basilProvisioner, basil.account, p.roleName),
                  )
                : []),
        ],
        kind: "provisioner",
        allow: [
            allow(
                "basil.provisionerCreateKey",
                [keys],
                ...(p.requestTag ? [basilRequestTagCondition(p.requestTag)] : []),
            ),
            allow("basil.provisioner", [keys, aliases]),
            ...(p.requestTag
                ? [
                      allow(
                          "basil.provisionerTagOnCreate",
                          [keys],
                          basilRequestTagCondition(p.requestTag),
                          basilTagKeysCondition(p.requestTag),
                      ),
                  ]
                : []),
        ],
    });
}

function addCrossAccount(cfg: StackConfig, workloads: Workload[], externalAssets: AssetSelector[]) {
    const x = cfg.crossAccount!;
    const data = accountByName(cfg, x.dataAccount);
    const caller = accountByName(cfg, x.callerAccount);
    const table: AssetSelector = {
        table: tableArn(data.region, data.accountId, x.tableName),
        ...(x.tableHasIndexes ? { withIndexes: true } : {}),
    };
    // Seed 003's table already exists in account A; its key too when kmsKeyArn is given, else the stack creates
    // it with an alias (components/naming.ts crossAccountKeyAlias).
    const key: AssetSelector = x.kmsKeyArn ? { key: x.kmsKeyArn } : aliasSelector(data, crossAccountKeyAlias(cfg));
    externalAssets.push(table, ...(x.kmsKeyArn ? [key] : []));
    const callerRoleArn = roleArn(partitionOf(caller.region), caller.accountId, x.callerRoleName);
    const accessRoleArn = roleArn(partitionOf(data.region), data.accountId, x.accessRoleName);
    workloads.push(
        {
            name: WORKLOAD_NAMES.crossAccountAccess,
            subjects: [{ principal: callerRoleArn }],
            kind: "cross-account",
            allow: [allow("crossAccount.access", [table, key])],
        },
        {
            name: WORKLOAD_NAMES.crossAccountCaller,
            // The stack's instance role is reached by account B's EC2 instances; an existing role is named by ARN
            // (its trust is outside the stack's sight).
            subjects: x.createCallerRole ? [{ ec2: { account: caller.accountId } }] : [{ principal: callerRoleArn }],
            kind: "runtime",
            allow: [allow("crossAccount.caller", [{ pattern: accessRoleArn }])],
        },
    );
}
