/** KMS grants (`aws.kms.Grant`): a second way, beside the key policy, to let a principal use a key. */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    accountOf,
    allowedAccountIdsOf,
    classifyKmsAction,
    linkedByDependency,
    loadCatalog,
    presence,
    shareKeyReferenced,
    StackModel,
    TYPES,
} from "../model";
import { stackContext } from "./common";
import { accountIdsProperty, defineConfig } from "./config";

const KMS_GRANT_TYPE = "aws:kms/grant:Grant";

/** Every account an AWS provider of the stack is pinned to. */
export function stackAccounts(model: StackModel): Set<string> {
    const out = new Set<string>();
    const add = (props: Record<string, any> | undefined) => {
        for (const id of (props ? allowedAccountIdsOf(props) : undefined) ?? []) out.add(id);
    };
    for (const r of model.resources) {
        if (r.type === TYPES.awsProvider) add(r.props);
        if (r.provider?.type === TYPES.awsProvider) add(r.provider.props);
    }
    return out;
}

const kmsGrantsSafeConfig = defineConfig({
    trustedAccountIds: accountIdsProperty(),
});

/**
 * Seed 000: a share key's policy is the only path to its share ("both the caller's IAM policy and the target key
 * policy must allow the operation"). A grant bypasses the key policy, so none may target a share key. On any
 * other key, a grant carrying CreateGrant (or another management operation, as the catalogue classifies it)
 * lets its grantee re-grant the key to anyone, and a grantee outside the stack's accounts escapes every rule of
 * this pack.
 */
export const kmsGrantsSafe: StackValidationPolicy = {
    name: "kms-grants-safe",
    description:
        "No aws.kms.Grant targets a share key; no grant gives CreateGrant, RetireGrant or another key-management operation; every grantee is a principal of the stack's accounts (seed 000).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Remove the Grant on a share key, drop CreateGrant/RetireGrant from its operations, and grant only principals of the stack's accounts or trustedAccountIds.",
    configSchema: kmsGrantsSafeConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = kmsGrantsSafeConfig.read(args);
        const ctx = await stackContext(args);
        const catalog = await loadCatalog();
        const accounts = new Set([...stackAccounts(ctx.model), ...cfg.trustedAccountIds]);
        for (const r of ctx.model.resources.filter(x => x.type === KMS_GRANT_TYPE)) {
            ctx.unknowns.run(() => {
                const share = shareKeyReferenced(ctx.model, r, "keyId");
                if (share) {
                    reportViolation(
                        `Grant ${r.name} targets share key ${share.resource.name}: a grant bypasses the share key's policy, which must stay the only path to the share (seed 000)`,
                        r.urn,
                    );
                } else if (
                    presence(r.props, "keyId") === "unknown" &&
                    linkedByDependency(r, "keyId", TYPES.kmsKey).length === 0
                ) {
                    void r.props.keyId; // which key is unknown during preview: the SDK's advisory
                }
                const operations: unknown[] = Array.isArray(r.props.operations) ? [...r.props.operations] : [];
                const management = operations.map(String).filter(op => {
                    const a = catalog.lookup(`kms:${op}`);
                    return a === undefined || classifyKmsAction(a) === "key-management";
                });
                if (management.length > 0) {
                    reportViolation(
                        `Grant ${r.name} gives ${management.join(", ")}: a grantee holding CreateGrant (or another key-management operation) can pass the key on to anyone; grant only the cryptographic operations it calls`,
                        r.urn,
                    );
                }
                const grantee = String(r.props.granteePrincipal);
                const account = accountOf(grantee);
                if (account === undefined || !accounts.has(account)) {
                    reportViolation(
                        `Grant ${r.name} gives ${operations.join(", ") || "operations"} to ${grantee}, which is not a principal of the stack's accounts (${[...accounts].join(", ") || "none pinned"})`,
                        r.urn,
                    );
                }
            });
        }
        ctx.unknowns.finish();
    },
};
