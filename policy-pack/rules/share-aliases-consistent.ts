/** Share aliases point at the share key of their index (seed 000). */
import { StackValidationPolicy } from "@pulumi/policy";
import { knownString, knownTag, linkedByDependency, shareKeyReferenced, TAGS, TYPES } from "../model";
import { stackContext } from "./common";
import { NO_CONFIG } from "./config";

const SHARE_ALIAS = /\/share-(\d+)$/;

/**
 * Seed 000: the signer finds each share's key by name; an alias `.../share-2` re-pointed at share 1's key puts
 * two shares under one key (one account then holds both), while the key policies still look right. So an alias
 * named like a share (`.../share-<n>`) targets the share key whose custody:share-index is n, no share key has two
 * such aliases, and no such alias targets a key of the stack that is not a share key.
 */
export const shareAliasesConsistent: StackValidationPolicy = {
    name: "share-aliases-consistent",
    description:
        "An alias named .../share-<n> targets the share key with custody:share-index n, each share key has at most one such alias, and none targets a non-share key of the stack (seed 000).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Point each `.../share-<n>` alias at the share key tagged custody:share-index=n, one alias per share key.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await stackContext(args);
        const perKey = new Map<string, string[]>();
        for (const alias of ctx.model.resources.filter(r => r.type === TYPES.kmsAlias)) {
            const name = knownString(alias.props, "name");
            const m = name === undefined ? null : SHARE_ALIAS.exec(name);
            if (!m) continue;
            const share = shareKeyReferenced(ctx.model, alias, "targetKeyId");
            if (!share) {
                const ref = knownString(alias.props, "targetKeyId");
                const deps = linkedByDependency(alias, "targetKeyId", TYPES.kmsKey);
                const other = ctx.model.keys.find(
                    k => (ref !== undefined && (k.keyId === ref || k.arn === ref)) || deps.some(d => d.urn === k.urn),
                );
                if (other)
                    reportViolation(
                        `alias ${name} is named like share ${m[1]} but targets ${other.resource.name}, which is not a share key (no ${TAGS.shareRing} tag)`,
                        alias.urn,
                    );
                continue;
            }
            const index = knownTag(share.resource, TAGS.shareIndex);
            if (index !== m[1]) {
                reportViolation(
                    `alias ${name} targets ${share.resource.name}, whose ${TAGS.shareIndex} is ${index ?? "unset"}: share ${m[1]} would be wrapped under another share's key (seed 000: one key per share)`,
                    alias.urn,
                );
            }
            perKey.set(share.urn, [...(perKey.get(share.urn) ?? []), name!]);
        }
        for (const [urn, names] of perKey) {
            if (names.length > 1)
                reportViolation(
                    `share key ${ctx.model.keys.find(k => k.urn === urn)?.resource.name} has ${names.length} share aliases (${names.join(", ")}); keep one per share key`,
                    urn,
                );
        }
        ctx.unknowns.finish();
    },
};
