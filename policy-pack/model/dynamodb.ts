/**
 * DynamoDB actions split into item data-plane (what a workload does with items), table metadata reads, and
 * table management (what changes a table's existence, protection, backups, policy or settings). Derived from
 * the catalogue's access levels: every dynamodb action that is not an item action and not Read/List-only is
 * table management, so an action AWS adds later is management until someone decides otherwise.
 */
import { CatalogAction } from "./catalog";
import { actionMatches } from "./glob";

/** Reads and writes of items: the per-item API, PartiQL, batch (refused separately by rule 1), stream records. */
export const DYNAMODB_ITEM_PATTERNS: readonly string[] = [
    "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem",
    "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQL*",
    "dynamodb:GetRecords", "dynamodb:GetShardIterator",
];

/** Table and stream metadata reads a workload makes next to its item calls (seed 000 grants DescribeTable). */
export const DYNAMODB_METADATA_PATTERNS: readonly string[] = ["dynamodb:DescribeTable", "dynamodb:DescribeStream", "dynamodb:ListStreams"];

export type DynamoDbActionClass = "item" | "read" | "table-management";

/** The catalogue's access levels of an action, e.g. `Permissions management, Write` → both. */
export function accessLevels(a: CatalogAction): string[] {
    return a.accessLevel.split(",").map(l => l.trim()).filter(l => l !== "");
}

export function classifyDynamoDbAction(a: CatalogAction): DynamoDbActionClass {
    if (DYNAMODB_ITEM_PATTERNS.some(p => actionMatches(p, a.name))) return "item";
    if (DYNAMODB_METADATA_PATTERNS.some(p => actionMatches(p, a.name))) return "read";
    const levels = accessLevels(a);
    if (levels.length > 0 && levels.every(l => l === "Read" || l === "List")) return "read";
    return "table-management";
}
