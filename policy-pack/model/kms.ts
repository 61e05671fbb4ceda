/**
 * KMS actions split into data-plane use (what a workload does with a key) and key management (what changes
 * which keys exist, who may use them and how long they live). The split is derived from the catalogue: every
 * kms action that is not a cryptographic operation and not a Read/List action is key management, so an action
 * AWS adds later is key management until someone decides otherwise.
 */
import { CatalogAction } from "./catalog";
import { actionMatches } from "./glob";
import { linkedByDependency, StackResource } from "./resources";
import { UNKNOWN_SENTINELS } from "./unknowns";

/** Cryptographic operations on an existing key (seed 000: Encrypt/Decrypt; seed 004: Sign, Verify, ...). */
const KMS_DATA_PLANE_PATTERNS: readonly string[] = [
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:Sign",
    "kms:Verify",
    "kms:GenerateMac",
    "kms:VerifyMac",
    "kms:DeriveSharedSecret",
    "kms:GenerateRandom",
];

/**
 * Read-level actions that nevertheless belong to key management: GetParametersForImport only serves
 * importing key material (a key's origin), which a runtime role never does.
 */
const READ_BUT_MANAGEMENT: readonly string[] = ["kms:GetParametersForImport"];

export type KmsActionClass = "data-plane" | "read" | "key-management";

/**
 * What seed 001's key manager (Defakto AWS KMS Key Manager, Step 1) holds on Resource "*": it creates its signing keys
 * at rotation, so it cannot name them in advance. The only key-management actions a declared key manager may hold
 * unscoped (runtime-role-scoped-resources declaredRoleUnscopedActions, its default; private/packConfigCheck.ts).
 */
export const SEED_001_UNSCOPED_KMS_ACTIONS: readonly string[] = [
    "kms:CreateKey",
    "kms:GetPublicKey",
    "kms:ScheduleKeyDeletion",
    "kms:Sign",
    "kms:TagResource",
];

export function classifyKmsAction(a: Pick<CatalogAction, "name" | "accessLevel">): KmsActionClass {
    if (KMS_DATA_PLANE_PATTERNS.some(p => actionMatches(p, a.name))) return "data-plane";
    if (READ_BUT_MANAGEMENT.some(p => actionMatches(p, a.name))) return "key-management";
    if (a.accessLevel === "Read" || a.accessLevel === "List") return "read";
    return "key-management";
}

/** Resource types that are KMS keys with their own key policy and deletion window (seed 000's share keys and CMKs). */
export const KMS_KEY_TYPES = {
    key: "aws:kms/key:Key",
    replicaKey: "aws:kms/replicaKey:ReplicaKey",
    externalKey: "aws:kms/externalKey:ExternalKey",
    replicaExternalKey: "aws:kms/replicaExternalKey:ReplicaExternalKey",
} as const;
export const ALL_KMS_KEY_TYPES: readonly string[] = Object.values(KMS_KEY_TYPES);

/** A kms action that is key management (not a cryptographic operation, not a read). */
export const isKeyManagement = (a: CatalogAction): boolean =>
    a.service === "kms" && classifyKmsAction(a) === "key-management";

/**
 * A key's spec and usage as KMS applies them: `customerMasterKeySpec` (or its newer name `keySpec`) and
 * `keyUsage`, with CreateKey's defaults SYMMETRIC_DEFAULT and ENCRYPT_DECRYPT (AWS KMS API reference, CreateKey).
 * `undefined`: unknown during a preview (computed from another resource's output), never read as a default.
 */
export function keySpecOf(props: Record<string, unknown> | undefined): {
    spec: string | undefined;
    usage: string | undefined;
} {
    const spec = props?.customerMasterKeySpec ?? props?.keySpec;
    const usage = props?.keyUsage;
    const read = (v: unknown, absent: string) =>
        typeof v !== "string" ? absent : UNKNOWN_SENTINELS.has(v) ? undefined : v;
    return { spec: read(spec, "SYMMETRIC_DEFAULT"), usage: read(usage, "ENCRYPT_DECRYPT") };
}

const CUSTOM_KEY_STORE = "aws:kms/customKeyStore:CustomKeyStore";

/** What one of a custody key's own properties says against it holding custody (keyCustodyProblems). */
export interface KeyCustodyProblem {
    /** The property read (`customKeyStoreId`, `multiRegion`, ...; `type` for the resource type). */
    property: string;
    /** True when the value is unknown during a preview: it may be, at `up`, what `what` says. */
    unknown: boolean;
    /**
     * What the key is, after its label ("lives in a custom key store ..."); for an unknown value, what the key may
     * then do (after "the key may").
     */
    what: string;
}

const isUnknownValue = (v: unknown) => typeof v === "string" && UNKNOWN_SENTINELS.has(v);

/**
 * The one place that reads the properties of a key resource that decide custody: where its key material lives and
 * how many copies of it exist. Seed 004: "the private key is created inside KMS and never leaves it"; seed 000: one
 * key per share, symmetric. Every custody key (`share` false: a key the model names) must be KMS-generated material
 * in KMS's own key store: not imported (ExternalKey, ReplicaExternalKey: AWS KMS developer guide, "Importing key
 * material"), not in a custom key store (`customKeyStoreId`, `xksKeyId`: "Custom key stores"; the material is held by
 * whoever runs the CloudHSM cluster or the external key manager, who use it outside every policy of this stack). A
 * share key (`share` true) must besides be an aws.kms.Key, single-Region (`multiRegion`: "Multi-Region keys in AWS
 * KMS", a replica is a second copy of the share under its own policy) and SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT.
 *
 * A value still unknown during a preview is read as what it may be at `up`, never as absent: these verdicts come from
 * the stack policies, which at `up` run only once the key exists (AWS creates the key in the store, or multi-Region,
 * before anyone is told). An unknown `customKeyStoreId` the engine records as coming from an aws.kms.CustomKeyStore of
 * the stack is that store's id: known to be a custom key store. Not read here, because an unknown value of theirs is
 * judged before the key exists: `policy` (the engine's access verdicts; the program's share key policies name the ring
 * role's ARN, unknown in every first preview, and stay advisory until `up`, README "The policy pack"), and
 * `deletionWindowInDays`, `bypassPolicyLockoutSafetyCheck`, `isEnabled`, `enableKeyRotation` (kms-key-lifecycle, a
 * resource policy: Pulumi validates each resource's goal state, its inputs then known, against the analyzers
 * "before any step can be executed", pulumi/pulumi developer notes "Policy API by example"). aws.kms.Key has no
 * `origin` input: its origin follows from its type and these two store properties.
 */
export function keyCustodyProblems(r: StackResource, share: boolean): KeyCustodyProblem[] {
    const out: KeyCustodyProblem[] = [];
    const p = r.props;
    const kind = r.type.split(":").pop();
    if (share && r.type !== KMS_KEY_TYPES.key)
        out.push({
            property: "type",
            unknown: false,
            what: `is a ${kind}: a share key must be a KMS-generated aws.kms.Key (imported material exists outside KMS; a replica is a second copy)`,
        });
    else if (r.type === KMS_KEY_TYPES.externalKey || r.type === KMS_KEY_TYPES.replicaExternalKey)
        out.push({
            property: "type",
            unknown: false,
            what: `is an ${kind}: its imported key material exists outside KMS, and whoever holds it can use the key without any policy of this stack. Create the key in KMS (aws.kms.Key)`,
        });
    // AWS reports "" for a key in KMS's own key store (a state export carries it).
    const HELD =
        "its key material is held outside KMS's own HSMs, by whoever runs that store, who can use it without any policy of this stack";
    const stores = ["customKeyStoreId", "xksKeyId"];
    const known = stores.find(k => typeof p[k] === "string" && p[k] !== "" && !isUnknownValue(p[k]));
    const unknown = stores.find(k => isUnknownValue(p[k]));
    const fromStore = unknown && linkedByDependency(r, unknown, CUSTOM_KEY_STORE)[0];
    if (known)
        out.push({
            property: known,
            unknown: false,
            what: `lives in a custom key store (customKeyStoreId/xksKeyId): ${HELD}. Use KMS's own key store`,
        });
    else if (fromStore)
        out.push({
            property: unknown,
            unknown: false,
            what: `lives in CustomKeyStore ${fromStore.name} of this stack (${unknown} of ${kind} ${r.name} is that store's id, unknown until the store exists), a custom key store: ${HELD}. Leave ${unknown} unset to use KMS's own key store`,
        });
    else if (unknown)
        out.push({
            property: unknown,
            unknown: true,
            what: "live in a custom key store, its key material held outside KMS's own HSMs by whoever runs that store",
        });
    if (!share) return out;
    if (p.multiRegion === true)
        out.push({
            property: "multiRegion",
            unknown: false,
            what: "is multi-Region: a replica in another Region would be a second copy of the share",
        });
    else if (isUnknownValue(p.multiRegion))
        out.push({
            property: "multiRegion",
            unknown: true,
            what: "be multi-Region, and a replica in another Region a second copy of the share",
        });
    // AWS KMS developer guide, "Asymmetric keys in AWS KMS": anyone with the public key of an asymmetric
    // ENCRYPT_DECRYPT key encrypts outside KMS, with no kms:Encrypt and no CloudTrail record, so a share could
    // be replaced by a forged one; seed 000 wraps shares with kms:Encrypt/Decrypt on symmetric keys.
    const { spec, usage } = keySpecOf(p);
    const specProperty = p.customerMasterKeySpec !== undefined ? "customerMasterKeySpec" : "keySpec";
    const SYMMETRIC =
        "a share key must be SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT (an asymmetric key's public half lets anyone wrap a share outside KMS)";
    const badSpec = spec !== undefined && spec !== "SYMMETRIC_DEFAULT";
    if (badSpec || (usage !== undefined && usage !== "ENCRYPT_DECRYPT"))
        out.push({
            property: badSpec ? specProperty : "keyUsage",
            unknown: false,
            what: `is a ${spec ?? "(spec unknown)"} ${usage ?? "(usage unknown)"} key: ${SYMMETRIC}`,
        });
    else if (spec === undefined || usage === undefined)
        out.push({
            property: spec === undefined ? specProperty : "keyUsage",
            unknown: true,
            what: `be of another spec or usage than SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT, and ${SYMMETRIC}`,
        });
    return out;
}
