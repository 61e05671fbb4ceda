/**
 * Policy documents compared as AWS means them, not as text. Both sides (the program's declared document and the
 * one AWS returned at the last refresh) are normalised the same way:
 * - JSON text or object; a missing `Version` is "2008-10-17" (IAM JSON policy elements: Version,
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html);
 * - `Statement`, `Action`, `Resource`, principals and condition values as sorted lists (AWS returns a one-element
 *   list as a scalar); statements in any order; object keys in any order; action names ignore case;
 * - an AWS principal given as a 12-digit account id is that account's root ARN (AWS stores it so).
 * A principal AWS shows as a unique id (`AROA…`, `AIDA…`) named a role or user that was deleted: AWS stores the
 * principal's unique id and can no longer map it back to an ARN (IAM JSON policy elements: Principal,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */

export interface NormalisedDocument {
    Version: string;
    Statement: Record<string, unknown>[];
}

const UNIQUE_ID_PRINCIPAL = /^(AROA|AIDA|AGPA)[A-Z0-9]{12,}$/;

function asList(v: unknown): unknown[] {
    if (v === undefined || v === null) return [];
    return Array.isArray(v) ? v : [v];
}

function sortedStrings(v: unknown, lower = false): string[] {
    return [...new Set(asList(v).map(x => (lower ? String(x).toLowerCase() : String(x))))].sort();
}

/** JSON with object keys sorted: equal for equal documents whatever the key order. */
export function canonicalJson(v: unknown): string {
    if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
    if (v && typeof v === "object") {
        return `{${Object.keys(v as object)
            .sort()
            .map(k => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
            .join(",")}}`;
    }
    return JSON.stringify(v);
}

function principal(p: unknown, partition: string): unknown {
    if (p === "*") return "*";
    if (!p || typeof p !== "object") return p;
    return Object.fromEntries(
        Object.entries(p as Record<string, unknown>)
            .map(([kind, ids]) => {
                const list = asList(ids).map(id =>
                    kind === "AWS" && /^\d{12}$/.test(String(id))
                        ? `arn:${partition}:iam::${String(id)}:root`
                        : String(id),
                );
                return [kind, [...new Set(list)].sort()] as const;
            })
            .sort(([a], [b]) => a.localeCompare(b)),
    );
}

function condition(c: unknown): unknown {
    if (!c || typeof c !== "object") return c;
    return Object.fromEntries(
        Object.entries(c as Record<string, Record<string, unknown>>).map(([op, entries]) => [
            op,
            Object.fromEntries(Object.entries(entries ?? {}).map(([k, v]) => [k.toLowerCase(), sortedStrings(v)])),
        ]),
    );
}

/** Throws on text that is not JSON (the caller reports it). */
export function normaliseDocument(doc: unknown): NormalisedDocument {
    const parsed = (typeof doc === "string" ? JSON.parse(doc) : doc) as Record<string, unknown>;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not a policy document");
    const partition = /arn:(aws[a-z-]*):/.exec(JSON.stringify(parsed))?.[1] ?? "aws";
    const statements = asList(parsed.Statement).map(raw => {
        const s = raw as Record<string, unknown>;
        const out: Record<string, unknown> = { Effect: s.Effect ?? "Allow" };
        if (s.Sid !== undefined && s.Sid !== "") out.Sid = s.Sid;
        for (const key of ["Action", "NotAction"]) if (s[key] !== undefined) out[key] = sortedStrings(s[key], true);
        for (const key of ["Resource", "NotResource"]) if (s[key] !== undefined) out[key] = sortedStrings(s[key]);
        for (const key of ["Principal", "NotPrincipal"])
            if (s[key] !== undefined) out[key] = principal(s[key], partition);
        if (s.Condition !== undefined) out.Condition = condition(s.Condition);
        return out;
    });
    statements.sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b)));
    return { Version: typeof parsed.Version === "string" ? parsed.Version : "2008-10-17", Statement: statements };
}

/** The unique-id principals (`AROA…`) of a document: each names a deleted role or user. */
export function uniqueIdPrincipals(doc: NormalisedDocument): string[] {
    const out: string[] = [];
    for (const s of doc.Statement) {
        for (const key of ["Principal", "NotPrincipal"]) {
            const p = s[key];
            if (!p || typeof p !== "object") continue;
            for (const id of asList((p as Record<string, unknown>).AWS))
                if (UNIQUE_ID_PRINCIPAL.test(String(id))) out.push(String(id));
        }
    }
    return out;
}

/** What differs between two normalised documents: statements only in one of them (canonical JSON). */
export function documentDifference(
    declared: NormalisedDocument,
    deployed: NormalisedDocument,
): { onlyDeclared: string[]; onlyDeployed: string[]; version?: [string, string] } {
    const a = declared.Statement.map(canonicalJson);
    const b = deployed.Statement.map(canonicalJson);
    const out: { onlyDeclared: string[]; onlyDeployed: string[]; version?: [string, string] } = {
        onlyDeclared: a.filter(x => !b.includes(x)),
        onlyDeployed: b.filter(x => !a.includes(x)),
    };
    if (declared.Version !== deployed.Version) out.version = [declared.Version, deployed.Version];
    return out;
}
