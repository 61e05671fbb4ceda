/** Every name, alias and tag this program stamps on resources comes from here. */

/** Tag keys the policy pack reads; the pack keeps its own copy (it must not trust the program's code). */
export const TAG_KEYS = {
    roleKind: "custody:role-kind",
    shareRing: "custody:share-ring",
    shareIndex: "custody:share-index",
    shareThreshold: "custody:share-threshold",
    account: "custody:account",
    stack: "custody:stack",
    workload: "custody:workload",
} as const;

/** AWS's limit on tags per resource (IAM, KMS and DynamoDB alike). */
export const MAX_TAGS_PER_RESOURCE = 50;
/**
 * The most custody: tags this program puts on one resource: a share key gets stack, workload and the four
 * share tags (roles get three). User tags must leave room for them; a test holds this to the plans.
 */
export const MAX_PROGRAM_TAGS = 6;

/**
 * runtime: the long-running workload identity (never creates or manages keys);
 * provisioner / key-manager: declared identities allowed to create keys (Basil provisioning, Defakto);
 * cross-account: an access role assumed from another account.
 */
export type RoleKind = "runtime" | "provisioner" | "key-manager" | "cross-account";

/** Which stack resources belong to: what names, aliases and tags are derived from. */
export interface StackIdentity {
    project: string;
    stack: string;
    /** The stack's own tags (custody-infra:tags). */
    tags: Readonly<Record<string, string>>;
}

/** What a key alias is scoped by. */
type AliasScope = Pick<StackIdentity, "project" | "stack">;

export function stackTags(id: StackIdentity, workload: string): Record<string, string> {
    return { ...id.tags, [TAG_KEYS.stack]: `${id.project}/${id.stack}`, [TAG_KEYS.workload]: workload };
}

/** KMS alias names allow only `A-Z a-z 0-9 / _ -` (and `:`); Pulumi stack and project names may also hold `.`. */
function aliasSegment(value: string): string {
    return value.replace(/[^A-Za-z0-9_-]/g, "-");
}

/** `alias/<project>/<stack>/`: the scope of every key alias of a stack, so stacks never collide in an account. */
export function keyAliasScope(cfg: AliasScope): string {
    return `alias/${aliasSegment(cfg.project)}/${aliasSegment(cfg.stack)}/`;
}

/** `alias/<project>/<stack>/share-<n>` (`<ring>-share-<n>` for a ring other than the signer's). */
export function shareKeyAlias(cfg: AliasScope, ring: string, index: number): string {
    const ringPart = ring === "signer" ? "" : `${aliasSegment(ring)}-`;
    return `${keyAliasScope(cfg)}${ringPart}share-${index}`;
}

function tableKeyAlias(cfg: AliasScope, purpose: string): string {
    return `${keyAliasScope(cfg)}${aliasSegment(purpose)}`;
}

/** The table CMK of the signer's tables. */
export function signerTablesKeyAlias(cfg: AliasScope): string {
    return tableKeyAlias(cfg, "signer-tables");
}

/**
 * The cross-account data key this stack creates (when `crossAccount.kmsKeyArn` is unset): the custody model
 * selects a key by alias, what AWS resolves, so the created key gets one.
 */
export function crossAccountKeyAlias(cfg: AliasScope): string {
    return tableKeyAlias(cfg, "cross-account-data");
}

/** The naming a workload receives: the aliases of this stack's keys. */
export interface StackNaming {
    shareKeyAlias(ring: string, index: number): string;
    signerTablesKeyAlias(): string;
    crossAccountKeyAlias(): string;
}

export function stackNaming(id: AliasScope): StackNaming {
    return {
        shareKeyAlias: (ring, index) => shareKeyAlias(id, ring, index),
        signerTablesKeyAlias: () => signerTablesKeyAlias(id),
        crossAccountKeyAlias: () => crossAccountKeyAlias(id),
    };
}
