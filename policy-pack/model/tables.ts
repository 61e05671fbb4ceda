/** Matching IAM resource patterns to DynamoDB tables whose ARN may still be unknown during preview. */
import { parseArn } from "./arn";
import { CatalogAction } from "./catalog";
import { resourceMatches } from "./glob";
import { StackResource, TableModel } from "./resources";

/**
 * Whether an ARN pattern reaches `<table>` + suffix (e.g. `/index/<gsi>`). With the table's ARN unknown, the
 * table is identified by its name, and by its account and region when its provider pins them.
 */
export function arnOrNamePatternMatchesTable(pattern: string, table: TableModel, suffix = ""): boolean {
    if (table.arn) return resourceMatches(pattern, table.arn + suffix);
    if (pattern === "*") return true;
    const a = parseArn(pattern);
    if (!a || !table.name) return false;
    return (
        resourceMatches(a.service, "dynamodb") &&
        (table.region === undefined || resourceMatches(a.region, table.region)) &&
        (table.account === undefined || resourceMatches(a.account, table.account)) &&
        resourceMatches(a.resource, `table/${table.name}${suffix}`)
    );
}

/** The names of a table's global secondary indexes (reads through the proxy: may throw the unknown error). */
function globalSecondaryIndexNames(table: StackResource): string[] {
    const gsis = table.props.globalSecondaryIndexes;
    if (!Array.isArray(gsis)) return [];
    return gsis.map((g: { name?: unknown }) => String(g.name));
}

/**
 * Every secondary index of a table, global and local: a Query on a local secondary index is authorised on
 * `table/<name>/index/<lsi>` too, so the table ARN alone fails at run time just as for a GSI.
 */
export function secondaryIndexNames(table: StackResource): string[] {
    const lsis = table.props.localSecondaryIndexes;
    const local = Array.isArray(lsis) ? lsis.map((l: { name?: unknown }) => String(l.name)) : [];
    return [...globalSecondaryIndexNames(table), ...local];
}

/** A replica of a global table in another region: the same data, so the same safety (`aws.dynamodb.TableReplica`). */
export const TABLE_REPLICA_TYPE = "aws:dynamodb/tableReplica:TableReplica";

export type DynamoDbActionClass = "item" | "read" | "table-management";

/**
 * DynamoDB actions split by the catalogue: item-level data access is what supports the fine-grained condition
 * keys (dynamodb:LeadingKeys / dynamodb:Attributes: GetItem, PutItem, Query, Batch*, PartiQL*, ...); other
 * Read/List actions describe; everything else changes the table itself (UpdateTable, DeleteTable,
 * UpdateContinuousBackups, PutResourcePolicy, RestoreTable*, ExportTableToPointInTime, TagResource, ...), so an
 * action AWS adds later is table management until someone decides otherwise.
 */
export function classifyDynamoDbAction(a: CatalogAction): DynamoDbActionClass {
    if (a.conditionKeys.some(k => /^dynamodb:(LeadingKeys|Attributes)$/i.test(k))) return "item";
    if (a.accessLevel === "Read" || a.accessLevel === "List") return "read";
    return "table-management";
}
