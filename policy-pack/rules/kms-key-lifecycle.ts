/** KMS key lifecycle (seed 004's key specs and rotation; seed 000's share keys). */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { ALL_KMS_KEY_TYPES, KMS_KEY_TYPES, presence, TAGS, TYPES } from "../model";
import { defineConfig } from "./config";

const kmsKeyLifecycleConfig = defineConfig({
    minimumDeletionWindowInDays: { type: "integer", minimum: 7, maximum: 30, default: 30 },
});

/**
 * Rule 6 (lifecycle). Seed 004: symmetric keys rotate in place (asymmetric keys cannot: Basil rotates those by
 * new key + alias swap). A short deletion window leaves little time to notice a scheduled deletion of a share
 * key, and a deleted share key loses the share; AWS's maximum (30 days) is the default floor. Bypassing the
 * lockout safety check is how a key policy without root delegation gets applied.
 */
export const kmsKeyLifecycle: ResourceValidationPolicy = {
    name: "kms-key-lifecycle",
    description:
        "Symmetric keys enable rotation, every key (also replica and external keys) keeps a deletion window of at least 30 days, no key bypasses the policy lockout safety check, and no share key is disabled (seeds 000, 004).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Set deletionWindowInDays to at least the configured minimum, drop bypassPolicyLockoutSafetyCheck, keep share keys enabled and enable rotation on symmetric keys.",
    configSchema: kmsKeyLifecycleConfig.schema,
    validateResource: (args, reportViolation) => {
        // A separate aws.kms.KeyPolicy sets the key's policy with PutKeyPolicy and has the same flag (Pulumi
        // registry, aws.kms.KeyPolicy: bypassPolicyLockoutSafetyCheck; KMS API reference, PutKeyPolicy).
        if (args.type === TYPES.kmsKeyPolicy) {
            if (args.props.bypassPolicyLockoutSafetyCheck === true) {
                reportViolation(
                    "bypassPolicyLockoutSafetyCheck is true on a KeyPolicy: KMS would accept a policy that locks the account out of the key",
                );
            }
            return;
        }
        if (!ALL_KMS_KEY_TYPES.includes(args.type)) return;
        const cfg = kmsKeyLifecycleConfig.read(args);
        const p = args.props;
        // Only aws.kms.Key rotates in place: a replica follows its primary's rotation, and KMS does not rotate
        // imported (External) key material.
        if (args.type === KMS_KEY_TYPES.key) {
            const spec = String(p.customerMasterKeySpec ?? p.keySpec ?? "SYMMETRIC_DEFAULT");
            if (spec === "SYMMETRIC_DEFAULT" && p.enableKeyRotation !== true) {
                reportViolation("a symmetric (SYMMETRIC_DEFAULT) key must set enableKeyRotation: true");
            }
        }
        // A disabled share key makes its share unusable: the ring is one share closer to losing its threshold.
        const isShare = presence(p, "tags") === "present" && presence(p.tags, TAGS.shareRing) !== "absent";
        const enabledProperty = args.type === KMS_KEY_TYPES.key ? "isEnabled" : "enabled";
        if (isShare && p[enabledProperty] === false) {
            reportViolation(
                `${enabledProperty} is false on a share key (tag ${TAGS.shareRing}): the share cannot be unwrapped while the key is disabled, which puts the custody threshold at risk (seed 000)`,
            );
        }
        // Unset means AWS's default window, 30 days.
        const window = p.deletionWindowInDays === undefined ? 30 : Number(p.deletionWindowInDays);
        if (window < cfg.minimumDeletionWindowInDays) {
            reportViolation(
                `deletionWindowInDays is ${window}; at least ${cfg.minimumDeletionWindowInDays} days are required to catch and cancel a mistaken deletion`,
            );
        }
        if (p.bypassPolicyLockoutSafetyCheck === true) {
            reportViolation(
                "bypassPolicyLockoutSafetyCheck is true: KMS would accept a policy that locks the account out of the key",
            );
        }
    },
};
