/**
 * Round 84: a stack role's own tags as the aws:PrincipalTag values of its sessions, when nothing can change them.
 * A role session's principal tags are its session tags, incoming transitive session tags and "IAM tags – The tags
 * attached to your IAM assumed role" (IAM User Guide, "Pass session tags in AWS STS"); a session tag "overrides" a
 * role tag with the same key. A session gets tags only when the role's trust policy allows sts:TagSession ("Permissions
 * required to add session tags": "the role's trust policy must allow sts:TagSession"), and a role's tags change only
 * through iam:TagRole / iam:UntagRole (IAM API Reference, TagRole, UntagRole). So the declared `tags` are the
 * principal tags of every session when the trust allows no sts:TagSession and no identity policy of the program
 * allows iam:TagRole or iam:UntagRole on the role (any condition: read as may). Whatever cannot be read (an unknown,
 * a malformed document, a role ARN not known) leaves them unfixed (fail closed). Read by model/keyPresence.ts and
 * model/conditions.ts denySurelyHoldsFor through PolicyOwner.principalTags.
 */
import { parsePolicyDocument, type NormalizedStatement } from "./document";
import { statementCoversResource, statementMatchesAction } from "./permissions";
import { type RoleModel, type StackModel, TYPES, tagsOf } from "./resources";
import { trustDocument } from "./roles";
import { presence } from "./unknowns";

const TAG_CHANGING_ACTIONS = ["iam:TagRole", "iam:UntagRole"];

type Documents = Pick<StackModel, "resources" | "roles" | "identities" | "externalRoleSources">;

/**
 * The Allow statements of every identity policy of the program that may change a role's tags (or call one of
 * `actions`: round 87, a KMS key's tags and aliases, model/keyAttributes.ts), or undefined when a document cannot be
 * read. Unattached Policy resources are read too (another program may attach them).
 */
export function tagChangingStatements(
    model: Documents,
    actions: readonly string[] = TAG_CHANGING_ACTIONS,
): NormalizedStatement[] | undefined {
    try {
        const raws: unknown[] = [
            ...model.roles.flatMap(r => r.permissionSources),
            ...model.identities.flatMap(i => i.permissionSources),
            ...model.externalRoleSources.map(e => e.source),
        ].map(s => s.readRaw());
        for (const p of model.resources.filter(r => r.type === TYPES.policy)) raws.push(p.props.policy);
        return raws
            .filter(raw => raw !== undefined && raw !== null)
            .flatMap(raw => parsePolicyDocument(raw).statements)
            .filter(s => s.effect === "Allow" && actions.some(a => statementMatchesAction(s, a)));
    } catch {
        return undefined;
    }
}

/** The role's declared tags when they are its sessions' only principal tags and nothing may change them. */
export function fixedPrincipalTags(
    role: RoleModel,
    tagChanging: readonly NormalizedStatement[] | undefined,
): Record<string, string> | undefined {
    if (tagChanging === undefined || role.arn === undefined) return undefined;
    try {
        if (presence(role.resource.props, "tags") === "unknown") return undefined;
        const trust = trustDocument(role);
        if (trust === undefined) return undefined;
        const sessionTags = trust.statements.some(
            s => s.effect === "Allow" && statementMatchesAction(s, "sts:TagSession"),
        );
        if (sessionTags || tagChanging.some(s => statementCoversResource(s, role.arn!))) return undefined;
        return tagsOf(role.resource);
    } catch {
        return undefined;
    }
}
