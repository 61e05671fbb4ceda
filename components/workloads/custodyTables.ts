/**
 * The DynamoDB table-name space of custody stacks: the program's default name prefixes are `custody-<stack>`, so
 * every custody stack keeps its key stores and anti-slashing records under `custody-*`. A workload that grants a
 * table it does not create, or names a table of its own, must stay out of another custody stack's part of that
 * space: a table ARN is account, region and name only (Service Authorization Reference, Amazon DynamoDB), and stacks
 * share accounts (round 84).
 */
export const CUSTODY_TABLE_SPACE = "custody-";

/**
 * Why `name` is in another custody stack's table space, or undefined: a name under custody-* that does not start
 * with `ownPrefix` + "-" (the stack's own tables; undefined for a table the stack only grants, never creates).
 */
export function custodyTableSpaceProblem(name: string, ownPrefix?: string): string | undefined {
    if (!name.startsWith(CUSTODY_TABLE_SPACE)) return undefined;
    if (ownPrefix !== undefined && name.startsWith(`${ownPrefix}-`)) return undefined;
    return ownPrefix === undefined
        ? `"${name}" is in ${CUSTODY_TABLE_SPACE}*, where custody stacks keep their tables (key stores, anti-slashing records), and this stack does not create it: the grant would reach another custody stack's table; name a table outside ${CUSTODY_TABLE_SPACE}*.`
        : `"${name}" is in ${CUSTODY_TABLE_SPACE}*, where custody stacks keep their tables, but not under this stack's prefix ${ownPrefix}-: it names another custody stack's table (CreateTable fails mid-deploy, or the stack takes over a name that stack writes to); name it ${ownPrefix}-… or outside ${CUSTODY_TABLE_SPACE}*.`;
}
