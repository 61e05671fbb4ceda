/**
 * Who can destroy or re-share the stack's KMS keys through IAM. Every key of the stack keeps its account's root
 * delegation (seed 000's EnableIAMDelegation), so any role, user or group of the key's account whose IAM policy
 * reaches the key's ARN (by ARN, `key/*` or `*`, NotResource, wildcards) can call what that policy allows on it.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    accountOf,
    ALL_KMS_KEY_TYPES,
    describeKeyActions,
    describeKeyGrants,
    grantedIdentities,
    kmsActionsOnKey,
    knownString,
    type KeyAttributes,
    knownTag,
    NormalizedStatement,
    presence,
    providerAccount,
    resourceRegion,
    StackModel,
    StackResource,
    TAGS,
} from "../model";
import { dropKeyPolicyDenied } from "./keyPolicyDeny";
import { boundedPermissions, stackContext } from "./common";
import { actionItem, defineConfig } from "./config";

const DEFAULT_DESTRUCTIVE_KEY_ACTIONS = [
    "kms:ScheduleKeyDeletion",
    "kms:DisableKey",
    "kms:PutKeyPolicy",
    "kms:CreateGrant",
    "kms:ReplicateKey",
    "kms:DeleteImportedKeyMaterial",
    "kms:DisableKeyRotation",
    "kms:UpdatePrimaryRegion",
];

interface StackKey {
    resource: StackResource;
    account?: string;
    region?: string;
    /** Round 90: its aliases, tags and Region no one of the program may change (KeyModel.fixedAttributes). */
    fixedAttributes?: KeyAttributes;
}

function stackKeys(model: StackModel): StackKey[] {
    return model.resources
        .filter(r => ALL_KMS_KEY_TYPES.includes(r.type))
        .map(r => {
            const arn = knownString(r.props, "arn");
            return {
                resource: r,
                account: providerAccount(r) ?? accountOf(arn) ?? knownTag(r, TAGS.account),
                region: resourceRegion(r, arn),
                fixedAttributes: model.keys.find(k => k.urn === r.urn)?.fixedAttributes,
            };
        });
}

function grantIsForAwsResource(s: NormalizedStatement): boolean {
    return s.conditions.some(
        c =>
            c.keyLower === "kms:grantisforawsresource" &&
            c.operator.toLowerCase() === "bool" &&
            c.values.length > 0 &&
            c.values.every(v => v.toLowerCase() === "true"),
    );
}

const stackKeysNotDestructibleConfig = defineConfig({
    destructiveKeyActions: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: actionItem({ services: ["kms"] }),
        default: DEFAULT_DESTRUCTIVE_KEY_ACTIONS,
        // The list replaces the defaults; deletion is the irreversible one: "After the waiting period ends, AWS KMS
        // deletes the KMS key" and data encrypted under it "becomes unrecoverable" (AWS KMS API Reference,
        // ScheduleKeyDeletion), so it always stays judged. Round 81: so does every default, PutKeyPolicy and
        // CreateGrant hand the key to another principal (KMS API Reference, PutKeyPolicy, CreateGrant): entries may
        // be added (a wildcard covering a default keeps it), none dropped.
        mustCover: DEFAULT_DESTRUCTIVE_KEY_ACTIONS,
    },
});

/**
 * A KMS key the stack creates (share key, the tables' CMK, Basil's catalog keys, the cross-account key) stays
 * usable only while nobody can schedule its deletion, disable it, rewrite its policy, grant it away or replicate
 * it. Through the key's root delegation, any identity of the key's account whose IAM policy reaches the key can:
 * e.g. seed 001's Defakto key manager (ScheduleKeyDeletion on "*") in the tables' account makes every table
 * unreadable. Principals of other accounts only reach the key if its policy names them (kms-key-policy-safe,
 * share-custody), so only identities of the key's account (or of an unknown account) count here.
 */
export const stackKeysNotDestructible: StackValidationPolicy = {
    name: "stack-keys-not-destructible",
    description:
        'No role, user or group of the stack (nor a RolePolicy on a role outside it) in a key\'s account is allowed a destructive kms action (ScheduleKeyDeletion, DisableKey, PutKeyPolicy, CreateGrant, ReplicateKey, DeleteImportedKeyMaterial, DisableKeyRotation, UpdatePrimaryRegion) on a KMS key the stack creates, by its ARN, key/*, "*", NotResource or wildcards.',
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Remove the destructive kms actions, or scope their Resource away from this stack's keys (not `*` or key/* in the key's account).",
    configSchema: stackKeysNotDestructibleConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = stackKeysNotDestructibleConfig.read(args);
        const ctx = await stackContext(args);
        const catalog = ctx.catalog;
        const destructive = catalog.expandAll(cfg.destructiveKeyActions);
        const identities = grantedIdentities(ctx.model);
        for (const key of stackKeys(ctx.model)) {
            ctx.unknowns.run(() => {
                // While the key's ARN is unknown (first preview), a stand-in ARN in its account and region still
                // tells whether `*`, `key/*` or a NotResource reaches it; a grant naming another key id cannot.
                const known = presence(key.resource.props, "arn") === "present";
                const keyArn =
                    known || key.account === undefined || key.region === undefined
                        ? String(key.resource.props.arn)
                        : `arn:aws:kms:${key.region}:${key.account}:key/(unknown-until-created)`;
                for (const id of identities) {
                    if (id.account !== undefined && key.account !== undefined && id.account !== key.account) continue;
                    ctx.unknowns.run(() => {
                        const perms = boundedPermissions(ctx, id.sources, id.owner, id.holder);
                        // Round 90: on the key's fixed tags, aliases and Region (KeyModel.fixedAttributes), as
                        // custody-effective-access and share-custody read them: a Deny they make hold takes the key.
                        const found = kmsActionsOnKey(
                            perms,
                            catalog,
                            keyArn,
                            a => destructive.has(a.name.toLowerCase()),
                            key.fixedAttributes,
                        );
                        // A CreateGrant pinned by kms:GrantIsForAWSResource = true is only an integrated AWS service
                        // creating a grant for the caller's own resource (AWS Backup for its vault, EBS for a volume:
                        // KMS developer guide, "kms:GrantIsForAWSResource"): no grant to a principal of the caller's
                        // choosing. Only the statements without that pin count.
                        const passable = {
                            ...perms,
                            allows: perms.allows.filter(g => !grantIsForAwsResource(g.statement)),
                        };
                        for (const a of [...found.keys()].filter(x => x.toLowerCase() === "kms:creategrant")) {
                            const via = kmsActionsOnKey(
                                passable,
                                catalog,
                                keyArn,
                                x => x.name === a,
                                key.fixedAttributes,
                            ).get(a);
                            if (via) found.set(a, via);
                            else found.delete(a);
                        }
                        // A Deny of this very role in the key's policy wins over its IAM grant (IAM User Guide,
                        // "Policy evaluation logic"; AWS KMS developer guide, "Key policies"), when it surely covers
                        // the role, the action and the key (engine/trustDeny.ts; an unsure condition keeps the grant).
                        dropKeyPolicyDenied(ctx, key.resource.urn, keyArn, id, found);
                        if (found.size === 0) return;
                        reportViolation(
                            `${id.label} is allowed ${describeKeyActions(found)} on KMS key ${key.resource.name} (${keyArn}) of account ${key.account ?? "(unknown)"} by ${describeKeyGrants(found)}; through the key's root delegation it can destroy the key, lock the account out of it or pass it on, and everything encrypted under it is lost. Scope the statement's Resource to the keys the role manages (not "*" or key/* in this account), or move the role to another account.`,
                            id.urn,
                        );
                    });
                }
            });
        }
        ctx.unknowns.finish();
    },
};
