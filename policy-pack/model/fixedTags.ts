/**
 * Round 84: a stack role's own tags as the aws:PrincipalTag values of its sessions, when nothing can change them.
 * A role session's principal tags are its session tags, incoming transitive session tags and "IAM tags – The tags
 * attached to your IAM assumed role" (IAM User Guide, "Pass session tags in AWS STS"); a session tag "overrides" a
 * role tag with the same key. A session gets tags only when the role's trust policy allows sts:TagSession ("Permissions
 * required to add session tags": "the role's trust policy must allow sts:TagSession"), and a role's tags change only
 * through iam:TagRole / iam:UntagRole (IAM API Reference, TagRole, UntagRole). So the declared `tags` are the
 * principal tags of every session when the trust allows no sts:TagSession and no identity policy of the program
 * allows iam:TagRole or iam:UntagRole on the role (any condition: read as may). Whatever cannot be read (an unknown,
 * a malformed document, a role ARN not known) leaves them unfixed (fail closed). Round 88: a key the role's provider
 * ignores (`ignoreTags`, model/resources.ts providerIgnoredTags) is managed by others and left out. Read by model/keyPresence.ts and
 * model/conditions.ts denySurelyHoldsFor through PolicyOwner.principalTags.
 */
import { parsePolicyDocument, type NormalizedStatement } from "./document";
import { statementCoversResource, statementMatchesAction, statementSurelyCoversResource } from "./permissions";
import { boundaryAllows, boundaryDenies } from "./boundaryDocument";
import { managedTags, type RoleModel, type StackModel, type StackResource, TYPES, tagsOf } from "./resources";
import { trustDocument } from "./roles";
import { presence } from "./unknowns";

const TAG_CHANGING_ACTIONS = ["iam:TagRole", "iam:UntagRole"];

type Documents = Pick<StackModel, "resources" | "roles" | "identities" | "externalRoleSources">;

/**
 * An Allow that may change an attribute, with the Denies of its holder's own documents (round 88:
 * changingReaches). A Policy read unattached carries its own document's Denies only (they go wherever it is attached).
 * Round 90: the holder's in-stack permissions boundary too, its Denies among `heldDenies` and its Allows as
 * `boundaryAllows` (undefined: no boundary read, nothing capped).
 */
export type ChangingStatement = NormalizedStatement & {
    readonly heldDenies?: readonly NormalizedStatement[];
    readonly boundaryAllows?: readonly NormalizedStatement[];
};

/**
 * The Allow statements of every identity policy of the program that may change a role's tags (or call one of
 * `actions`: round 87, a KMS key's tags and aliases, model/keyAttributes.ts), or undefined when a document cannot be
 * read. Unattached Policy resources are read too (another program may attach them). Round 88: each Allow carries
 * the Denies of the documents of the same holder (a role, a user or group, a role outside the stack the
 * program attaches to; a Policy resource read alone: its own), read by changingReaches.
 */
export function tagChangingStatements(
    model: Documents,
    actions: readonly string[] = TAG_CHANGING_ACTIONS,
): ChangingStatement[] | undefined {
    try {
        // Round 90: each holder with the role or user resource whose `permissionsBoundary` caps it (a group, a role
        // outside the stack or a Policy read alone: none).
        const user = (urn: string) => model.resources.find(r => r.urn === urn && r.type === TYPES.user);
        const holders: { raws: unknown[]; holder?: StackResource }[] = [
            ...model.roles.map(r => ({ raws: r.permissionSources.map(s => s.readRaw()), holder: r.resource })),
            ...model.identities.map(i => ({
                raws: i.permissionSources.map(s => s.readRaw()),
                holder: i.kind === "user" ? user(i.urn) : undefined,
            })),
            ...[...new Set(model.externalRoleSources.map(e => e.roleName))].map(name => ({
                raws: model.externalRoleSources.filter(e => e.roleName === name).map(e => e.source.readRaw()),
            })),
            ...model.resources.filter(r => r.type === TYPES.policy).map(p => ({ raws: [p.props.policy as unknown] })),
        ];
        return holders.flatMap(({ raws, holder }) => {
            const statements = raws
                .filter(raw => raw !== undefined && raw !== null)
                .flatMap(raw => parsePolicyDocument(raw).statements);
            // Round 90: "An explicit deny in any of these policies overrides the allow", the permissions boundary
            // among them (IAM User Guide, "Policy evaluation logic"; "Permissions boundaries for IAM entities"): the
            // boundary's Denies are the holder's (model/boundary.ts boundaryDenies, not read: none), and its Allows
            // say where the holder may act at all (boundaryAllows, read by changingReaches).
            const bounding = boundaryDenies(model.resources, holder, undefined).map(d => d.statement);
            const boundaryAllowed = boundaryAllows(model.resources, holder);
            const heldDenies = [...statements, ...bounding].filter(
                s =>
                    s.effect === "Deny" &&
                    ![...(s.resources ?? []), ...(s.notResources ?? [])].some(p => p.includes("${")),
            );
            return statements
                .filter(s => s.effect === "Allow" && actions.some(a => statementMatchesAction(s, a)))
                .map(s =>
                    heldDenies.length === 0 && boundaryAllowed === undefined
                        ? s
                        : {
                              ...s,
                              ...(heldDenies.length === 0 ? {} : { heldDenies }),
                              ...(boundaryAllowed === undefined ? {} : { boundaryAllows: boundaryAllowed }),
                          },
                );
        });
    } catch {
        return undefined;
    }
}

/**
 * Round 88: whether an Allow of `tagChangingStatements` lets its holder call `action` on `arn`: it names the action and
 * may reach the ARN (read wide), and no Deny of the same holder that surely holds names the action and surely covers
 * the ARN ("An explicit deny in any of these policies overrides the allow": IAM User Guide, "Policy evaluation
 * logic"). Surely holds: unconditional, or one `denyHolds` vouches for (model/keyAttributes.ts: a clause the key's
 * attributes, assumed unchanged, make true); a Resource holding a policy variable is never read (fail closed).
 */
export function changingReaches(
    s: ChangingStatement,
    action: string,
    arn: string,
    denyHolds: (d: NormalizedStatement) => boolean = () => false,
): boolean {
    if (!statementMatchesAction(s, action) || !statementCoversResource(s, arn)) return false;
    // Round 90: its holder's permissions boundary must admit the action on the ARN (an Allow of it that names the
    // action and may reach the ARN, read wide; none read: no cap). "An entity's permissions boundary allows it to
    // perform only the actions that are allowed by both its identity-based policies and its permissions boundaries"
    // (IAM User Guide, "Permissions boundaries for IAM entities").
    if (
        s.boundaryAllows !== undefined &&
        !s.boundaryAllows.some(b => statementMatchesAction(b, action) && statementCoversResource(b, arn))
    )
        return false;
    return !(s.heldDenies ?? []).some(
        d =>
            statementMatchesAction(d, action) &&
            statementSurelyCoversResource(d, arn) &&
            (d.conditions.length === 0 || denyHolds(d)),
    );
}

/** The role's declared tags when they are its sessions' only principal tags and nothing may change them. */
export function fixedPrincipalTags(
    role: RoleModel,
    tagChanging: readonly ChangingStatement[] | undefined,
): Record<string, string> | undefined {
    if (tagChanging === undefined || role.arn === undefined) return undefined;
    try {
        if (presence(role.resource.props, "tags") === "unknown") return undefined;
        const trust = trustDocument(role);
        if (trust === undefined) return undefined;
        const sessionTags = trust.statements.some(
            s => s.effect === "Allow" && statementMatchesAction(s, "sts:TagSession"),
        );
        if (sessionTags || tagChanging.some(s => TAG_CHANGING_ACTIONS.some(a => changingReaches(s, a, role.arn!))))
            return undefined;
        // Round 88: less the keys the role's provider ignores (ignoreTags: managed outside the program).
        return managedTags(role.resource, tagsOf(role.resource));
    } catch {
        return undefined;
    }
}
