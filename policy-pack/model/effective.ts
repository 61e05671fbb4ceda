/**
 * A role's effective permissions: every statement of every document attached to it, taken together (an
 * evasion can split a grant across an inline policy, a RolePolicy and an attached Policy). Unconditional
 * Denies on `*` are subtracted; conditional Denies are not (whoever sets the condition can lift them).
 */
import { ActionCatalog, CatalogAction } from "./catalog";
import { NormalizedStatement, tryParsePolicyDocument } from "./document";
import { arnOrNamePatternMatchesTable } from "./tables";
import { isUnconditionalDenyEverywhere, statementActions, statementCoversResource } from "./permissions";
import { DocumentSource, RoleModel, TableModel } from "./stack";

export interface Grant {
    statement: NormalizedStatement;
    source: DocumentSource;
}

export interface RolePermissions {
    allows: Grant[];
    denies: Grant[];
    /** Documents that are not valid policies (reported by iam-documents-valid; AWS would refuse them). */
    malformed: { source: DocumentSource; error: string }[];
}

/** Reads every permission document of the role. Throws the SDK's unknown error if one is unknown. */
export function rolePermissions(sources: readonly DocumentSource[]): RolePermissions {
    const perms: RolePermissions = { allows: [], denies: [], malformed: [] };
    for (const source of sources) {
        const parsed = tryParsePolicyDocument(source.readRaw());
        if (!parsed.ok) {
            perms.malformed.push({ source, error: parsed.error });
            continue;
        }
        for (const statement of parsed.doc.statements) {
            (statement.effect === "Allow" ? perms.allows : perms.denies).push({ statement, source });
        }
    }
    return perms;
}

export interface GrantedAction {
    action: CatalogAction;
    grants: Grant[];
}

/** Catalogue actions the role is allowed (somewhere), each with the statements that allow it. */
export function grantedActions(perms: RolePermissions, catalog: ActionCatalog, keep: (a: CatalogAction) => boolean = () => true): Map<string, GrantedAction> {
    const denied = new Set<string>();
    for (const d of perms.denies) {
        if (isUnconditionalDenyEverywhere(d.statement)) for (const k of statementActions(d.statement, catalog).keys()) denied.add(k);
    }
    const out = new Map<string, GrantedAction>();
    for (const g of perms.allows) {
        for (const [k, a] of statementActions(g.statement, catalog)) {
            if (denied.has(k) || !keep(a)) continue;
            const entry = out.get(k) ?? { action: a, grants: [] };
            entry.grants.push(g);
            out.set(k, entry);
        }
    }
    return out;
}

/** The allow grants of `action` whose resources reach `arn` (when known) or the table by name. */
export function grantsOnTable(perms: RolePermissions, catalog: ActionCatalog, action: string, table: TableModel, suffix = ""): Grant[] {
    const key = action.toLowerCase();
    return perms.allows.filter(g => statementActions(g.statement, catalog).has(key) && statementReachesTable(g.statement, table, suffix));
}

function statementReachesTable(s: NormalizedStatement, table: TableModel, suffix: string): boolean {
    if (table.arn) return statementCoversResource(s, table.arn + suffix);
    if (s.resources) return s.resources.some(p => arnOrNamePatternMatchesTable(p, table, suffix));
    if (s.notResources) return !s.notResources.some(p => arnOrNamePatternMatchesTable(p, table, suffix));
    return false;
}
