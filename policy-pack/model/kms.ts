/**
 * KMS actions split into data-plane use (what a workload does with a key) and key management (what changes
 * which keys exist, who may use them and how long they live). The split is derived from the catalogue: every
 * kms action that is not a cryptographic operation and not a Read/List action is key management, so an action
 * AWS adds later is key management until someone decides otherwise.
 */
import { CatalogAction } from "./catalog";
import { actionMatches } from "./glob";

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

export function classifyKmsAction(a: CatalogAction): KmsActionClass {
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
 */
export function keySpecOf(props: Record<string, unknown> | undefined): { spec: string; usage: string } {
    const spec = props?.customerMasterKeySpec ?? props?.keySpec;
    const usage = props?.keyUsage;
    return {
        spec: typeof spec === "string" ? spec : "SYMMETRIC_DEFAULT",
        usage: typeof usage === "string" ? usage : "ENCRYPT_DECRYPT",
    };
}
