import * as P from "../../config/patterns";
import { ConfigReader } from "../../config/reader";
import { readIdentities, readRoleName, readServiceAccount } from "../../config/fields";
import { ServiceAccountIdentity } from "../../config/schema";
import { custodyTableSpaceProblem } from "../custodyTables";
import { SectionEnv } from "../workload";

export type SignerAccessPath = "antiSlashing" | "keySource" | "signerState";
const SIGNER_ACCESS_PATHS: readonly SignerAccessPath[] = ["antiSlashing", "keySource", "signerState"];

export interface KeystoreTableConfig {
    name: string;
    /** Hash key: the validator BLS public key (hex). */
    pubkeyAttribute: string;
    /** GSI hash key: `<status>#<shard>`, so active keys load in parallel shards. */
    statusShardAttribute: string;
    statusIndexName: string;
}

export interface AntiSlashingTableConfig {
    name: string;
    /** Hash key: the validator BLS public key. */
    pubkeyAttribute: string;
    /** Range key: `watermark`, `block#<slot>` or `attestation#<target-epoch>` (EIP-3076 records). */
    recordAttribute: string;
}

export interface SignerStateTableConfig {
    name: string;
    /** Hash key: the state row family (`chamber`, `credential`, `auth-token`, `unseal`, …). */
    partitionAttribute: string;
    /** Range key: the row within its family; prefixed so Scan can list e.g. all credentials. */
    sortAttribute: string;
}

export interface ShareConfig {
    /** One entry per Shamir share: the account that holds that share's KMS key. */
    accounts: string[];
    threshold: number;
}

export interface SignerConfig {
    namespace: string;
    serviceAccount: string;
    /** How the ServiceAccount's pods become the role: IRSA, EKS Pod Identity, or both while migrating. */
    identities: ServiceAccountIdentity[];
    createNamespace: boolean;
    accessPaths: SignerAccessPath[];
    roleName: string;
    instanceProfile: boolean;
    tables: {
        keystore?: KeystoreTableConfig;
        antiSlashing?: AntiSlashingTableConfig;
        signerState?: SignerStateTableConfig;
    };
    /** Present exactly when the key-source path is used. */
    shares?: ShareConfig;
}

const SIGNER_DEFAULTS = { namespace: "validators", serviceAccount: "containment-chamber" } as const;

export function readSigner(r: ConfigReader, value: unknown, env: SectionEnv): SignerConfig | undefined {
    const prefix = env.namePrefix;
    const o = r.object("signer", value, [
        "namespace",
        "serviceAccount",
        "identities",
        "createNamespace",
        "accessPaths",
        "shares",
        "tables",
        "roleName",
        "instanceProfile",
    ]);
    if (!o) {
        return undefined;
    }
    const sa = readServiceAccount(r, "signer", o.namespace, o.serviceAccount, SIGNER_DEFAULTS);

    let accessPaths: SignerAccessPath[] = [...SIGNER_ACCESS_PATHS];
    if (o.accessPaths !== undefined) {
        const list = r.stringArray("signer.accessPaths", o.accessPaths) ?? [];
        accessPaths = [];
        for (const p of list) {
            if (!(SIGNER_ACCESS_PATHS as readonly string[]).includes(p)) {
                r.problem(
                    "signer.accessPaths",
                    `"${p}" is not a signer access path; use any of ${SIGNER_ACCESS_PATHS.join(", ")}.`,
                );
            } else if (accessPaths.includes(p as SignerAccessPath)) {
                r.problem("signer.accessPaths", `"${p}" is listed twice.`);
            } else {
                accessPaths.push(p as SignerAccessPath);
            }
        }
        if (list.length === 0) {
            r.problem(
                "signer.accessPaths",
                `is empty: a signer with no DynamoDB path needs no AWS access; remove the signer block or list some of ${SIGNER_ACCESS_PATHS.join(", ")}.`,
            );
        }
    }

    const tables = r.object("signer.tables", o.tables, ["keystore", "antiSlashing", "signerState"]) ?? {};
    for (const [name, path] of [
        ["keystore", "keySource"],
        ["antiSlashing", "antiSlashing"],
        ["signerState", "signerState"],
    ] as const) {
        if (tables[name] !== undefined && !accessPaths.includes(path)) {
            r.problem(
                `signer.tables.${name}`,
                `is configured but signer.accessPaths does not include ${path}: add it or remove the table settings.`,
            );
        }
    }
    // A set name in custody-* must be this stack's own (namePrefix-…), never another custody stack's (round 84).
    const tableName = (key: string, v: unknown, fallback: string) => {
        const name = v == null ? undefined : r.string(key, v, P.TABLE_NAME);
        const problem = name === undefined ? undefined : custodyTableSpaceProblem(name, prefix);
        if (problem) r.problem(key, problem);
        return name ?? fallback;
    };
    const attr = (key: string, v: unknown, fallback: string) =>
        v == null ? fallback : (r.string(key, v, P.ATTRIBUTE_NAME) ?? fallback);

    const signer: SignerConfig = {
        namespace: sa?.namespace ?? SIGNER_DEFAULTS.namespace,
        serviceAccount: sa?.name ?? SIGNER_DEFAULTS.serviceAccount,
        identities: readIdentities(r, "signer.identities", o.identities),
        createNamespace: r.boolean("signer.createNamespace", o.createNamespace, false),
        accessPaths,
        roleName: readRoleName(r, "signer.roleName", o.roleName, `${prefix}-signer`),
        instanceProfile: r.boolean("signer.instanceProfile", o.instanceProfile, false),
        tables: {},
    };
    if (accessPaths.includes("keySource")) {
        const t =
            r.object("signer.tables.keystore", tables.keystore, [
                "name",
                "pubkeyAttribute",
                "statusShardAttribute",
                "statusIndexName",
            ]) ?? {};
        signer.tables.keystore = {
            name: tableName("signer.tables.keystore.name", t.name, `${prefix}-keystore`),
            pubkeyAttribute: attr("signer.tables.keystore.pubkeyAttribute", t.pubkeyAttribute, "pubkey"),
            statusShardAttribute: attr(
                "signer.tables.keystore.statusShardAttribute",
                t.statusShardAttribute,
                "status_shard",
            ),
            statusIndexName:
                t.statusIndexName == null
                    ? "status-shard-index"
                    : (r.string("signer.tables.keystore.statusIndexName", t.statusIndexName, P.INDEX_NAME) ??
                      "status-shard-index"),
        };
        if (signer.tables.keystore.pubkeyAttribute === signer.tables.keystore.statusShardAttribute) {
            r.problem(
                "signer.tables.keystore.statusShardAttribute",
                "must differ from pubkeyAttribute: the index is keyed by status shard, the table by public key.",
            );
        }
    }
    if (accessPaths.includes("antiSlashing")) {
        const t =
            r.object("signer.tables.antiSlashing", tables.antiSlashing, [
                "name",
                "pubkeyAttribute",
                "recordAttribute",
            ]) ?? {};
        signer.tables.antiSlashing = {
            name: tableName("signer.tables.antiSlashing.name", t.name, `${prefix}-anti-slashing`),
            pubkeyAttribute: attr("signer.tables.antiSlashing.pubkeyAttribute", t.pubkeyAttribute, "pubkey"),
            recordAttribute: attr("signer.tables.antiSlashing.recordAttribute", t.recordAttribute, "record"),
        };
        if (signer.tables.antiSlashing.pubkeyAttribute === signer.tables.antiSlashing.recordAttribute) {
            r.problem(
                "signer.tables.antiSlashing.recordAttribute",
                "must differ from pubkeyAttribute (hash and range key are distinct attributes).",
            );
        }
    }
    if (accessPaths.includes("signerState")) {
        const t =
            r.object("signer.tables.signerState", tables.signerState, [
                "name",
                "partitionAttribute",
                "sortAttribute",
            ]) ?? {};
        signer.tables.signerState = {
            name: tableName("signer.tables.signerState.name", t.name, `${prefix}-signer-state`),
            partitionAttribute: attr("signer.tables.signerState.partitionAttribute", t.partitionAttribute, "pk"),
            sortAttribute: attr("signer.tables.signerState.sortAttribute", t.sortAttribute, "sk"),
        };
        if (signer.tables.signerState.partitionAttribute === signer.tables.signerState.sortAttribute) {
            r.problem(
                "signer.tables.signerState.sortAttribute",
                "must differ from partitionAttribute (hash and range key are distinct attributes).",
            );
        }
    }
    const names = Object.values(signer.tables).map(t => t!.name);
    if (new Set(names).size !== names.length) {
        r.problem(
            "signer.tables",
            `two tables share the name ${names.find((n, i) => names.indexOf(n) !== i)}: the signer state table must be separate from validator keys and anti-slashing.`,
        );
    }

    signer.shares = readShares(r, o.shares, accessPaths.includes("keySource"), env.accountNames);
    return signer;
}

/**
 * Seed 000 (README "The custody model"): no single account can reconstruct the master key. In a ring over several
 * accounts, an account named threshold-many times holds enough shares alone: its administrators (the key policy's
 * root delegation, KMS Developer Guide key-policy-default) Decrypt them and rebuild the key. dev's ring, every share in
 * its one account, is the documented single-account exception (README "Stacks"; share-custody advisory there).
 */
function sharesPerAccountProblems(r: ConfigReader, accounts: readonly string[], threshold: number): void {
    if (new Set(accounts).size < 2 || threshold < 2) return;
    for (const a of new Set(accounts)) {
        const held = accounts.filter(x => x === a).length;
        if (held >= threshold)
            r.problem(
                "signer.shares.accounts",
                `names "${a}" ${held} times with threshold ${threshold}: that account alone holds enough shares to reconstruct the master key (its administrators → Decrypt of ${held} share keys → the key); put at most threshold-1 shares per account (${threshold - 1}), e.g. one share per account.`,
            );
    }
}

function readShares(r: ConfigReader, value: unknown, keySource: boolean, accountNames: readonly string[]) {
    if (!keySource) {
        if (value != null) {
            r.problem(
                "signer.shares",
                "is set but signer.accessPaths lacks keySource: Shamir share keys only wrap the key-source master key; add keySource or remove shares.",
            );
        }
        return undefined;
    }
    const example = `{"accounts": ["a", "b", "c"], "threshold": 2}`;
    const o = r.object("signer.shares", value, ["accounts", "threshold"]);
    // `shares:`, `accounts:` or `threshold:` left empty is YAML null: the reader treats null as absent, so it must be
    // "required" here too (the key-source path cannot deploy without its share ring).
    if (!o) {
        if (value == null)
            r.problem(
                "signer.shares",
                `is required by the keySource path: one account per Shamir share key and the threshold, e.g. ${example}.`,
            );
        return undefined;
    }
    const accounts = r.stringArray("signer.shares.accounts", o.accounts);
    if (o.accounts == null) {
        r.problem("signer.shares.accounts", `is required: the account of each share key, e.g. ["a", "b", "c"].`);
    }
    const threshold = r.integer("signer.shares.threshold", o.threshold);
    if (o.threshold == null) {
        r.problem("signer.shares.threshold", "is required: how many shares reconstruct the master key (2 for 2-of-3).");
    }
    if (!accounts) {
        return undefined;
    }
    accounts.forEach((a, i) => {
        if (!accountNames.includes(a)) {
            r.problem(
                `signer.shares.accounts[${i}]`,
                `"${a}" is not an account declared in accounts (declared: ${accountNames.join(", ") || "none"}).`,
            );
        }
    });
    if (accounts.length === 0) {
        r.problem(
            "signer.shares.accounts",
            "is empty: list at least one account (one share key is created per entry).",
        );
        return undefined;
    }
    if (accounts.length > 16) {
        r.problem("signer.shares.accounts", `lists ${accounts.length} shares; at most 16 share keys are supported.`);
    }
    if (threshold === undefined) {
        return undefined;
    }
    const n = accounts.length;
    if (n === 1 && threshold !== 1) {
        r.problem(
            "signer.shares.threshold",
            `is ${threshold} but there is a single share: set it to 1, or add share accounts.`,
        );
    } else if (n > 1 && threshold < 2) {
        r.problem(
            "signer.shares.threshold",
            `is ${threshold}: with ${n} shares a threshold below 2 lets any single share (one account, one admin) reconstruct the master key; set it between 2 and ${n}.`,
        );
    } else if (threshold > n) {
        r.problem(
            "signer.shares.threshold",
            `is ${threshold}, above the ${n} shares in signer.shares.accounts: the master key could never be reconstructed; set it between ${Math.min(2, n)} and ${n}.`,
        );
    }
    sharesPerAccountProblems(r, accounts, threshold);
    return { accounts, threshold };
}
