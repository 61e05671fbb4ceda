/**
 * Verdicts on the custody assets themselves, from the model: share rings (threshold, indices, the key behind each
 * share alias, its account and kind, who may use it) and tables (declared with the key that encrypts them, a key
 * this stack manages; PITR window; exports and streams that copy the data out of the custody accounts).
 */
import { parseArn } from "../model/arn";
import { KMS_KEY_TYPES } from "../model/kms";
import { classifyKmsAction } from "../model/kms";
import type { Asset } from "./build";
import type { Finding, Judge } from "./judge";
import { listActions } from "./judge";
import { nodeLabel } from "./principals";
import { isUnknown, str } from "./raw";

const TABLE_EXPORT = "aws:dynamodb/tableExport:TableExport";
const KINESIS_DESTINATION = "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination";
/** DynamoDB PITR keeps 35 days unless `recoveryPeriodInDays` shortens it (DynamoDB developer guide, "Point-in-time recovery"). */
const FULL_PITR_DAYS = 35;
/** Legacy (2017) global tables replicate into same-named tables of other regions that this stack does not create. */
const LEGACY_GLOBAL_TABLE = "aws:dynamodb/globalTable:GlobalTable";

export function judgeShareRings(j: Judge): Finding[] {
    const out: Finding[] = [];
    const { ea, model, catalog } = j;
    for (const ring of model.shareRings) {
        const where = `share ring of workload ${ring.workload}`;
        const n = ring.shares.length;
        const indices = ring.shares.map(s => s.index).sort((a, b) => a - b);
        if (indices.some((x, i) => x !== i + 1))
            out.push({
                kind: "ring",
                message: `${where}: share indices must be 1..${n} once each, got ${indices.join(", ")}.`,
            });
        const minimum = n > 1 ? 2 : 1;
        if (ring.threshold < minimum || ring.threshold > n)
            out.push({
                kind: "ring",
                message: `${where}: threshold ${ring.threshold} must be between ${minimum} and ${n}.`,
            });
        const workload = model.workloads.find(w => w.name === ring.workload);
        const keys = new Map<Asset, number>();
        for (const share of ring.shares) {
            const label = `${where}, share ${share.index} (${share.keyAlias})`;
            const alias = ea.aliases.find(a => a.arn === share.keyAlias);
            if (!alias) {
                out.push({
                    kind: "ring",
                    message: `${label}: this stack creates no alias with that ARN; the share's key must be found by the alias the model names.`,
                });
                continue;
            }
            const key = alias.target;
            if (!key) {
                if (alias.targetRef !== undefined)
                    out.push({
                        kind: "ring",
                        urn: alias.resource.urn,
                        message: `${label}: the alias targets ${alias.targetRef}, a key this stack does not create: the share would be wrapped under a key outside the custody model.`,
                    });
                continue;
            }
            const previous = keys.get(key);
            if (previous !== undefined)
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: the same ${key.label} already holds share ${previous}: two shares under one key are one share.`,
                });
            keys.set(key, share.index);
            if (key.account !== undefined && key.account !== share.account)
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: the key is in account ${key.account}, the model puts this share in ${share.account}.`,
                });
            const r = key.resource;
            if (r && r.type !== KMS_KEY_TYPES.key) {
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: ${key.label} is a ${r.type.split(":").pop()}: a share key must be a KMS-generated aws.kms.Key (imported material exists outside KMS; a replica is a second copy).`,
                });
            }
            // AWS reports "" for a key in KMS's own key store (a state export carries it).
            const store = (v: unknown) => typeof v === "string" && v !== "" && !isUnknown(v);
            if (r && (store(r.props.customKeyStoreId) || store(r.props.xksKeyId))) {
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: ${key.label} lives in a custom key store (customKeyStoreId/xksKeyId): its key material is held outside KMS's own HSMs, by whoever runs that store.`,
                });
            }
            // AWS KMS developer guide, "Asymmetric keys in AWS KMS": anyone with the public key of an asymmetric
            // ENCRYPT_DECRYPT key encrypts outside KMS, with no kms:Encrypt and no CloudTrail record, so a share could
            // be replaced by a forged one; seed 000 wraps shares with kms:Encrypt/Decrypt on symmetric keys.
            const spec = r ? (str(r.props, "customerMasterKeySpec") ?? str(r.props, "keySpec")) : undefined;
            const usage = r ? str(r.props, "keyUsage") : undefined;
            if (
                (spec !== undefined && spec !== "SYMMETRIC_DEFAULT") ||
                (usage !== undefined && usage !== "ENCRYPT_DECRYPT")
            )
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: ${key.label} is a ${spec ?? "SYMMETRIC_DEFAULT"} ${usage ?? "ENCRYPT_DECRYPT"} key: a share key must be SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT (an asymmetric key's public half lets anyone wrap a share outside KMS).`,
                });
            if (r && r.props.multiRegion === true)
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: ${key.label} is multi-Region: a replica in another Region would be a second copy of the share.`,
                });
            for (const other of ea.resources) {
                if (
                    (other.type === KMS_KEY_TYPES.replicaKey || other.type === KMS_KEY_TYPES.replicaExternalKey) &&
                    (str(other.props, "primaryKeyArn") === key.arn.pattern ||
                        (other.propertyDependencies?.primaryKeyArn ?? []).some(d => d.urn === key.urn))
                ) {
                    out.push({
                        kind: "ring",
                        urn: other.urn,
                        message: `${label}: ${other.type.split(":").pop()} ${other.name} replicates the share key.`,
                    });
                }
            }
            // Only the ring workload's subjects may use the key material; read-only actions are harmless.
            for (const a of ea.access) {
                if (a.asset !== key) continue;
                const w = j.workloadOf(a.principal);
                if (w && w === workload) continue;
                const crypto = a.actions.filter(x => {
                    const c = catalog.lookup(x);
                    return c !== undefined && classifyKmsAction(c) === "data-plane";
                });
                if (crypto.length === 0) continue;
                out.push({
                    kind: "ring",
                    urn: a.urn,
                    message: `${nodeLabel(a.principal)} → ${listActions(crypto)} on ${key.label} (${a.via}): only workload ${ring.workload}'s subjects may use a share key.`,
                });
            }
        }
    }
    return out;
}

export function judgeTables(j: Judge): Finding[] {
    const out: Finding[] = [];
    const { ea, model } = j;
    const custodyAccounts = new Set(Object.keys(model.accounts));
    for (const t of ea.assets) {
        if (t.kind !== "table" || t.external || !t.resource || t.resource.type !== "aws:dynamodb/table:Table") continue;
        const r = t.resource;
        const declared = model.tables.find(x => x.table === t.arn.pattern);
        if (!declared) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label} (${t.arn.pattern}) is not in the custody model's tables: every table the stack creates is declared with the key that encrypts it. Regenerate the model (npm run custody-model) or remove the table.`,
            });
        }
        const sse = r.props.serverSideEncryption;
        const enabled = sse?.enabled;
        const ref = sse?.kmsKeyArn;
        if (enabled !== true && !isUnknown(enabled)) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label} is not encrypted with a customer managed key (serverSideEncryption.enabled is not true): set it with the table key this stack manages.`,
            });
        } else if (typeof ref === "string" && !isUnknown(ref)) {
            const key =
                ea.assets.find(k => k.kind === "key" && !k.external && (k.arn.pattern === ref || k.keyId === ref)) ??
                ea.aliases.find(a => a.arn === ref || a.name === ref)?.target;
            const expected = declared ? j.keyOfAlias(declared.keyAlias) : undefined;
            if (!key)
                out.push({
                    kind: "table",
                    urn: t.urn,
                    message: `${t.label} is encrypted with ${ref}, a key this stack does not manage: use the table key the custody model names${declared ? ` (${declared.keyAlias})` : ""}.`,
                });
            else if (expected && expected !== key)
                out.push({
                    kind: "table",
                    urn: t.urn,
                    message: `${t.label} is encrypted with ${key.label}, the custody model says ${declared!.keyAlias}.`,
                });
        } else if (ref === undefined && enabled === true) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label} uses the AWS managed key (no serverSideEncryption.kmsKeyArn): use the table key this stack manages.`,
            });
        }
        const pitr = r.props.pointInTimeRecovery;
        const days = pitr?.recoveryPeriodInDays;
        // Any spelling the provider coerces to a number ("1" as well as 1) is the window; fail closed on the rest.
        if (days !== undefined && days !== null && !isUnknown(days) && !(Number(days) >= FULL_PITR_DAYS)) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label}: pointInTimeRecovery.recoveryPeriodInDays is ${JSON.stringify(days)}; keep the full ${FULL_PITR_DAYS} days (unset) so slashing records can be restored.`,
            });
        }
        // TTL deletes items without any IAM principal (DynamoDB developer guide, "Time to Live"): pointed at a
        // numeric attribute such as an epoch or slot, it erases the records within days.
        const ttl = r.props.ttl;
        if (
            ttl?.enabled === true ||
            (ttl !== undefined && isUnknown(ttl?.enabled) && ttl?.attributeName !== undefined)
        ) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label}: ttl is enabled (attribute ${JSON.stringify(ttl.attributeName)}): Time to Live deletes custody records without any principal; remove the ttl block.`,
            });
        }
    }
    const tableOf = (r: (typeof ea.resources)[number], prop: string) => {
        const ref = str(r.props, prop);
        return ea.assets.find(
            t =>
                t.kind === "table" &&
                ((ref !== undefined && t.arn.pattern === ref) ||
                    (ref === undefined &&
                        (r.propertyDependencies?.[prop] ?? r.dependencies ?? []).some(d => d.urn === t.urn))),
        );
    };
    for (const r of ea.resources) {
        if (r.type === TABLE_EXPORT) {
            const t = tableOf(r, "tableArn");
            const owner = str(r.props, "s3BucketOwner");
            const label = t ? t.label : `table ${str(r.props, "tableArn") ?? "(unknown)"}`;
            // The bucket name alone does not say whose bucket it is (S3 names are global): without s3BucketOwner
            // the export may land in any account whose bucket policy admits it, so the owner must be named.
            if (owner === undefined && !isUnknown(r.props.s3BucketOwner)) {
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `TableExport ${r.name} → ${label} exports to S3 bucket ${str(r.props, "s3Bucket") ?? "(unknown)"} without s3BucketOwner: name the owning custody account (${[...custodyAccounts].join(", ")}).`,
                });
            } else if (owner !== undefined && !custodyAccounts.has(owner)) {
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `TableExport ${r.name} → ${label} exported to S3 bucket ${str(r.props, "s3Bucket") ?? "(unknown)"} of account ${owner}, outside the custody accounts (${[...custodyAccounts].join(", ")}).`,
                });
            }
        } else if (r.type === LEGACY_GLOBAL_TABLE) {
            const name = str(r.props, "name");
            const t = ea.assets.find(
                a => a.kind === "table" && name !== undefined && a.arn.pattern.endsWith(`:table/${name}`),
            );
            out.push({
                kind: "table",
                urn: r.urn,
                message: `GlobalTable ${r.name} (legacy global table${t ? ` of ${t.label}` : ""}) replicates into same-named tables this stack does not create, with keys, PITR and policies the pack cannot judge: use the table's replicas with the stack's keys instead.`,
            });
        } else if (r.type === KINESIS_DESTINATION) {
            const t = tableOf(r, "tableName");
            const stream = str(r.props, "streamArn");
            const account = stream ? parseArn(stream)?.account : undefined;
            if (account !== undefined && !custodyAccounts.has(account)) {
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `KinesisStreamingDestination ${r.name} → ${t?.label ?? "a table"} streams to ${stream}, outside the custody accounts.`,
                });
            }
        }
    }
    return out;
}

/**
 * Where the key material of every other custody key lives: the keys the model names by alias or ARN (a workload's
 * key, a table's key; share keys are judged with their ring). Seed 004: "the private key is created inside KMS and
 * never leaves it". Imported material (ExternalKey, ReplicaExternalKey) also exists wherever it was generated, and
 * a custom key store's material is held by whoever runs the CloudHSM cluster or the external key store proxy: each
 * uses the key outside every key policy, grant and IAM policy (AWS KMS developer guide, "Importing key material"
 * and "Custom key stores").
 */
export function judgeKeyOrigins(j: Judge): Finding[] {
    const out: Finding[] = [];
    const { ea, model } = j;
    const shareKeys = new Set(
        model.shareRings.flatMap(ring => ring.shares.map(s => j.keyOfAlias(s.keyAlias))).filter(k => k !== undefined),
    );
    const named = new Map<Asset, string>();
    for (const w of model.workloads)
        for (const e of w.allow)
            for (const sel of e.on) {
                const key =
                    "keyAlias" in sel
                        ? j.keyOfAlias(sel.keyAlias)
                        : "key" in sel
                          ? ea.assets.find(a => a.kind === "key" && a.arn.pattern === sel.key)
                          : undefined;
                if (key) named.set(key, `workload ${w.name}'s key`);
            }
    for (const t of model.tables) {
        const key = j.keyOfAlias(t.keyAlias);
        if (key && !named.has(key)) named.set(key, `the key of ${t.table.split(":").pop()}`);
    }
    const store = (v: unknown) => typeof v === "string" && v !== "" && !isUnknown(v);
    for (const [key, role] of named) {
        const r = key.resource;
        if (!r || shareKeys.has(key)) continue;
        if (r.type === KMS_KEY_TYPES.externalKey || r.type === KMS_KEY_TYPES.replicaExternalKey)
            out.push({
                kind: "access",
                urn: key.urn,
                message: `${key.label} (${role}) is an ${r.type.split(":").pop()}: its imported key material exists outside KMS, and whoever holds it can use the key without any policy of this stack. Create the key in KMS (aws.kms.Key).`,
            });
        if (store(r.props.customKeyStoreId) || store(r.props.xksKeyId))
            out.push({
                kind: "access",
                urn: key.urn,
                message: `${key.label} (${role}) lives in a custom key store (customKeyStoreId/xksKeyId): its key material is held outside KMS's own HSMs, by whoever runs that store, who can use it without any policy of this stack. Use KMS's own key store.`,
            });
    }
    return out;
}
