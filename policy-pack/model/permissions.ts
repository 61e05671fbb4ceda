/**
 * What a statement allows, evaluated against the action catalogue: Action and NotAction are expanded (a
 * NotAction statement allows every catalogue action it does not match), Resource and NotResource are matched
 * as IAM does.
 */
import { ActionCatalog, CatalogAction } from "./catalog";
import { NormalizedStatement } from "./document";
import {
    actionMatches,
    arnPrefixLower,
    globsIntersect,
    resourceMatches,
    resourcePatternCovers,
    resourcePatternMayMeet,
} from "./glob";

const expansions = new WeakMap<NormalizedStatement, ReadonlyMap<string, CatalogAction>>();

/** Every catalogue action the statement's Action/NotAction covers, keyed by lower-case name. */
export function statementActions(s: NormalizedStatement, catalog: ActionCatalog): ReadonlyMap<string, CatalogAction> {
    let result = expansions.get(s);
    if (result) return result;
    const map = new Map<string, CatalogAction>();
    if (s.actions) {
        for (const pattern of s.actions) for (const a of catalog.expand(pattern)) map.set(a.name.toLowerCase(), a);
    } else {
        const excluded = new Set<string>();
        for (const pattern of s.notActions ?? [])
            for (const a of catalog.expand(pattern)) excluded.add(a.name.toLowerCase());
        for (const a of catalog.all()) {
            const key = a.name.toLowerCase();
            if (!excluded.has(key)) map.set(key, a);
        }
    }
    if (s.resources) for (const [key, a] of map) if (!actsOnResources(a, s.resources)) map.delete(key);
    result = map;
    expansions.set(s, result);
    return result;
}

const intersections = new Map<string, boolean>();

/**
 * An ARN pattern's six segments (partition, service, region, account, resource after `arn`): IAM matches a Resource
 * segment by segment, so a `*` in one segment never spans into the next (IAM User Guide, "IAM JSON policy elements:
 * Resource", ARN wildcards are per segment; @cloud-copilot/iam-simulate resource matching). A pattern with fewer
 * segments whose last one holds a wildcard is read as wildcards for the rest.
 */
function segments(arn: string): string[] | undefined {
    const parts = arn.split(":");
    if (parts.length >= 6) return [...parts.slice(0, 5), parts.slice(5).join(":")];
    if (!parts[parts.length - 1].includes("*")) return undefined;
    return [...parts, ...Array<string>(6 - parts.length).fill("*")];
}

/**
 * A catalogue format's empty region is read as any region (the wide side): the Service Authorization Reference
 * writes some regional resources without one (Amazon SWF's domain, `arn:${Partition}:swf::${Account}:/domain/...`),
 * while the service's own guide gives "arn:aws:swf:Region:AccountID:/domain/DomainName" (Amazon SWF developer guide,
 * "Amazon SWF IAM Policies"), so a Resource naming a region would otherwise be read as granting nothing.
 */
function arnsIntersect(pattern: string, format: string): boolean {
    const a = segments(pattern);
    const b = segments(format);
    if (!a || !b) return true;
    return a.every((x, i) => globsIntersect(x, i === 3 && b[i] === "" ? "*" : b[i]));
}

/**
 * Whether IAM can apply a statement with these Resource patterns to the action: it authorizes a request only when the
 * request's resource matches the Resource, so an action whose resource types' ARNs cannot match any pattern is
 * outside the statement, and so is an action that only takes `"*"` under a narrow Resource (IAM User Guide, "IAM
 * JSON policy elements: NotAction": with a Resource, "limiting the allowed actions to the actions that can be
 * performed on the specified resource"). Read on the wide side: policy variables match anything, the ARN's first
 * segments compare case-insensitively, a resource type the catalogue does not describe (or none) matches anything.
 *
 * When the catalogue marks resource types required, only those count (round 76). Service Authorization Reference,
 * "Resource types" column: "If the column includes a resource type with an asterisk (*), then you must specify that
 * resource type in the Resource element"; a request for the action always names a resource of a required type, and
 * IAM allows it only when the statement's Resource matches every resource the request names (ssm:SendCommand always
 * names its document*, so a Resource matching only its optional `bucket` never authorizes it). One required type
 * matched is enough, not all: the catalogue stars alternatives too (iam:GenerateServiceLastAccessedDetails stars
 * group, policy, role and user, of which a request names one; ssm:DescribeInstancePatches instance and
 * managed-instance), so demanding all would drop real grants. Without a required marker every type counts.
 */
export function actsOnResources(a: CatalogAction, patterns: readonly string[]): boolean {
    const wide = patterns.map(p => (/^arn:/i.test(p) ? arnPrefixLower(p.replace(/\$\{[^}]*\}/g, "*")) : "*"));
    if (wide.some(p => resourceMatches(p, "*"))) return true;
    if (a.wildcardOnly) return false;
    if (a.resourceArns.length === 0) return true;
    const formats = a.requiredResourceArns.length > 0 ? a.requiredResourceArns : a.resourceArns;
    return formats.some(format =>
        wide.some(p => {
            const key = `${p}\n${format}`;
            let hit = intersections.get(key);
            if (hit === undefined) intersections.set(key, (hit = arnsIntersect(p, format)));
            return hit;
        }),
    );
}

/** Whether the statement names this action (pattern semantics; also answers for actions not in the catalogue). */
export function statementMatchesAction(s: NormalizedStatement, action: string): boolean {
    if (s.actions) return s.actions.some(p => actionMatches(p, action));
    return !(s.notActions ?? []).some(p => actionMatches(p, action));
}

/**
 * Whether the statement's Resource/NotResource may reach this ARN (an Allow's reach; segment-wise as IAM matches
 * Resource ARNs, read wide: model/glob.ts). A statement without either reaches nothing.
 */
export function statementCoversResource(s: NormalizedStatement, arn: string): boolean {
    if (s.resources) return s.resources.some(p => resourcePatternMayMeet(p, arn, "asset"));
    if (s.notResources) return !s.notResources.some(p => resourcePatternCovers(p, arn, "asset"));
    return false;
}

/** Whether the statement's Resource/NotResource surely reaches this ARN (a Deny taking it; read narrow). */
export function statementSurelyCoversResource(s: NormalizedStatement, arn: string): boolean {
    if (s.resources) return s.resources.some(p => resourcePatternCovers(p, arn, "asset"));
    if (s.notResources) return !s.notResources.some(p => resourcePatternMayMeet(p, arn, "asset"));
    return false;
}

/** The statement's resource patterns as written, for messages (NotResource shown as such). */
export function describeResources(s: NormalizedStatement): string {
    if (s.resources) return s.resources.join(", ");
    if (s.notResources) return `NotResource ${s.notResources.join(", ")}`;
    return "(no Resource)";
}

/**
 * An explicit Deny that applies whatever the request: no Condition, and Resource "*" (or absent NotResource
 * restriction). Only these are subtracted from a role's grants; a conditional Deny can be bypassed by
 * whoever controls the condition, so it does not make a dangerous Allow safe.
 */
export function isUnconditionalDenyEverywhere(s: NormalizedStatement): boolean {
    return s.effect === "Deny" && s.conditions.length === 0 && (s.resources?.includes("*") ?? false);
}
