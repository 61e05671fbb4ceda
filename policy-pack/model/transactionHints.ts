/**
 * The one hand-written action mapping in the pack. TransactGetItems and TransactWriteItems are DynamoDB API
 * operations, not IAM actions: each item of a transaction is authorised by its per-item action (AWS DynamoDB
 * developer guide, "Using IAM with DynamoDB transactions"). Seed 000 lists them, so a policy copied from it
 * names two actions that grant nothing; the pack says which actions actually govern the call.
 */
const NON_ACTION_HINTS: Readonly<Record<string, readonly string[]>> = {
    "dynamodb:transactgetitems": ["dynamodb:GetItem"],
    "dynamodb:transactwriteitems": [
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:ConditionCheckItem",
    ],
};

export function hintFor(action: string): readonly string[] | undefined {
    return NON_ACTION_HINTS[action.toLowerCase()];
}
