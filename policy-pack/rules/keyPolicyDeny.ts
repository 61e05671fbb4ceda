/**
 * A key policy's Deny of a stack role, read as the engine reads it (engine/build.ts resourceDenied: a Deny whose
 * Resource covers the key and whose principal and conditions surely cover the role, engine/trustDeny.ts surelyDenied).
 * An explicit deny in any policy overrides any allow (IAM User Guide, "Policy evaluation logic"; AWS KMS Developer
 * Guide, "Key policies in AWS KMS"), so an IAM grant of a denied action on the key is dead. The key-form rules
 * (stack-keys-not-destructible, share-custody) drop such actions through this one reader.
 */
import {
    GrantedIdentity,
    hasKnownBoundary,
    isUnknownValueError,
    NormalizedStatement,
    statementSurelyCoversResource,
    tryParsePolicyDocument,
} from "../model";
import type { PrincipalNode } from "../engine";
import { surelyDenied } from "../engine/trustDeny";
import { StackContext } from "./common";

/**
 * The Deny statements of the key's own policy. While it is unknown (a first preview) there are none to rely on: the
 * unknown is recorded (its advisory stays) and every IAM grant counts.
 */
function keyPolicyDenies(ctx: StackContext, keyUrn: string): NormalizedStatement[] {
    const source = ctx.model.keys.find(k => k.urn === keyUrn)?.policySource;
    if (!source) return [];
    try {
        const parsed = tryParsePolicyDocument(source.readRaw());
        return parsed.ok ? parsed.doc.statements.filter(s => s.effect === "Deny") : [];
    } catch (e) {
        if (!isUnknownValueError(e)) throw e;
        ctx.unknowns.record(e);
        return [];
    }
}

/**
 * Drops from `found` (action name → how it is granted) every action the key `keyUrn`'s own policy surely denies the
 * identity `id` on `keyArn`. Only a stack role is placed (its ARN is known); any other identity keeps every action
 * (fail closed).
 */
export function dropKeyPolicyDenied<V>(
    ctx: StackContext,
    keyUrn: string,
    keyArn: string,
    id: GrantedIdentity,
    found: Map<string, V>,
): void {
    if (id.roleArn === undefined || found.size === 0) return;
    const n: PrincipalNode = {
        kind: "role",
        urn: id.urn,
        arn: id.roleArn,
        account: id.account,
        bounded: hasKnownBoundary(id.holder),
    };
    const denies = keyPolicyDenies(ctx, keyUrn);
    for (const action of [...found.keys()])
        if (denies.some(d => statementSurelyCoversResource(d, keyArn) && surelyDenied([d], n, action)))
            found.delete(action);
}
