/**
 * The single source of truth for every action this program grants. Each access path lists its actions with
 * the purpose and the document each one comes from; `grants.ts` turns paths plus concrete ARNs into
 * statements. Nothing else in the program spells an action name.
 */

export interface ActionSpec {
    action: string;
    purpose: string;
    source: string;
}

export interface AccessPath {
    description: string;
    actions: readonly ActionSpec[];
}

const SEED_000 = "seed 000 (Containment Chamber AWS IAM permissions)";
const SEED_001 = "seed 001 (Defakto AWS KMS Key Manager, Step 1)";
const SEED_002 = "seed 002 (Curity: access DynamoDB using IRSA)";
const SEED_003 = "seed 003 (cross-account DynamoDB + KMS via sts:AssumeRole)";
const SEED_004 = "seed 004 (Basil AWS KMS backend)";
/**
 * TransactGetItems / TransactWriteItems are API operations, not IAM actions (absent from the service
 * authorization reference). DynamoDB authorises each item of a transaction with the per-item action, and a
 * ConditionCheck item with dynamodb:ConditionCheckItem.
 */
const TRANSACTIONS = "AWS DynamoDB developer guide, 'Using IAM with DynamoDB transactions'";
const POD_IDENTITY_TARGET =
    "EKS user guide, 'Access AWS resources using EKS Pod Identity Target IAM Roles' (pod-id-assign-target-role.html)";
const KMS_TAG_ON_CREATE =
    "AWS KMS developer guide, 'Managing KMS key tags with API operations' (CreateKey with Tags needs kms:TagResource)";

function spec(action: string, purpose: string, source: string): ActionSpec {
    return { action, purpose, source };
}

export const ACCESS_PATHS = {
    /** Table ARN only: seed 000 says no GSI is needed. */
    signerAntiSlashing: {
        description:
            "EIP-3076 slashing protection (watermarks, block and attestation records); transactions, never Batch*",
        actions: [
            spec("dynamodb:DescribeTable", "Table existence check at startup", SEED_000),
            spec(
                "dynamodb:GetItem",
                "Read watermarks and signing roots; authorises each TransactGetItems item",
                `${SEED_000}; ${TRANSACTIONS}`,
            ),
            spec(
                "dynamodb:PutItem",
                "Write watermark updates; authorises TransactWriteItems Put items",
                `${SEED_000}; ${TRANSACTIONS}`,
            ),
            spec(
                "dynamodb:UpdateItem",
                "Conditional watermark updates (in the seed's DynamoDBAntiSlashing policy); authorises TransactWriteItems Update items",
                `${SEED_000}; ${TRANSACTIONS}`,
            ),
            spec(
                "dynamodb:ConditionCheckItem",
                "Condition checks inside TransactWriteItems (slashing protection)",
                TRANSACTIONS,
            ),
        ],
    },
    /** Table ARN plus table/<name>/index/*: Query runs against the status-shard GSI. */
    signerKeySource: {
        description: "Encrypted BLS validator keys, loaded in parallel through the status-shard GSI",
        actions: [
            spec("dynamodb:DescribeTable", "Table existence check at startup", SEED_000),
            spec("dynamodb:GetItem", "Read individual validator keys", SEED_000),
            spec("dynamodb:PutItem", "Store new validator keys", SEED_000),
            spec("dynamodb:UpdateItem", "Change validator key status", SEED_000),
            spec("dynamodb:Query", "Load keys via GSI (parallel shard scan)", SEED_000),
        ],
    },
    signerState: {
        description:
            "Chamber lifecycle state, quorum shares, operator credentials, auth records, Nitro auto-unseal data",
        actions: [
            spec("dynamodb:DescribeTable", "Table existence check at startup", SEED_000),
            spec("dynamodb:GetItem", "Read state rows", SEED_000),
            spec("dynamodb:PutItem", "Store state rows; authorises TransactWriteItems Put items", SEED_000),
            spec(
                "dynamodb:UpdateItem",
                "Rotate master-key mode and staged state; authorises TransactWriteItems Update items",
                SEED_000,
            ),
            spec(
                "dynamodb:DeleteItem",
                "Remove staged or rotated state rows; authorises TransactWriteItems Delete items",
                SEED_000,
            ),
            spec("dynamodb:Scan", "List prefixed state rows such as credentials and auth records", SEED_000),
            spec(
                "dynamodb:ConditionCheckItem",
                "Condition checks when committing quorum rotation (TransactWriteItems)",
                TRANSACTIONS,
            ),
        ],
    },
    /** On every Shamir share key, in whichever account holds it. */
    signerShareKeyWrap: {
        description: "Wrap and unwrap Shamir shares of the chamber master key",
        actions: [
            spec(
                "kms:Encrypt",
                "Wrap Shamir shares: initialization, KMS rotation, mode rotation, Nitro auto-unseal blob refresh",
                SEED_000,
            ),
            spec("kms:Decrypt", "Unwrap Shamir shares to reconstruct the master key", SEED_000),
        ],
    },
    basilRuntime: {
        description: "Basil broker in-place transit operations plus the startup existence probe",
        actions: [
            spec("kms:Sign", "sign", SEED_004),
            spec("kms:Verify", "verify", SEED_004),
            spec("kms:GetPublicKey", "read public material", SEED_004),
            spec("kms:DescribeKey", "startup reconcile existence probe (without it the broker never binds)", SEED_004),
            spec("kms:Encrypt", "encrypt (aes-256-gcm keys)", SEED_004),
            spec("kms:Decrypt", "decrypt (aes-256-gcm keys)", SEED_004),
        ],
    },
    /** Resource "*": the key does not exist yet. Narrowed by aws:RequestTag when configured. */
    basilProvisionerCreateKey: {
        description: "Create catalog keys",
        actions: [spec("kms:CreateKey", "create a catalog key", SEED_004)],
    },
    /**
     * Only with `basil.provisioner.requestTag`: CreateKey with Tags is also authorised as kms:TagResource, in an
     * IAM policy that covers every key of the account and region (AWS KMS developer guide, "Managing KMS key tags
     * with API operations"). Without it the aws:RequestTag condition on CreateKey could never be met.
     */
    basilProvisionerTagOnCreate: {
        description: "Tag catalog keys as they are created (the required request tag only)",
        actions: [spec("kms:TagResource", "tags passed to CreateKey are authorised as TagResource", KMS_TAG_ON_CREATE)],
    },
    /** Needs both the alias (alias/basil/*) and the freshly minted target key (key/*). */
    basilProvisionerCreateAlias: {
        description: "Name catalog keys in the alias/basil/ namespace",
        actions: [spec("kms:CreateAlias", "deterministic alias/basil/<name> alias", SEED_004)],
    },
    basilProvisionerRead: {
        description: "Read back the public half and probe existence during reconcile",
        actions: [
            spec("kms:GetPublicKey", "read the public half back after creating an asymmetric key", SEED_004),
            spec("kms:DescribeKey", "reconcile probes a key absent before creating it", SEED_004),
        ],
    },
    /** Resource "*": the server creates its own keys at rotation and finds them by tag. */
    trustDomainKeyManager: {
        description: "Trust Domain Server signing keys created, used and retired in KMS",
        actions: [
            spec("kms:CreateKey", "new signing keys at key rotation", SEED_001),
            spec("kms:GetPublicKey", "publish the public half of signing keys", SEED_001),
            spec("kms:ScheduleKeyDeletion", "automatic cleanup of unused and stale keys", SEED_001),
            spec("kms:Sign", "signing inside KMS", SEED_001),
            spec("kms:TagResource", "reserved discovery tags and user keyTags on created keys", SEED_001),
        ],
    },
    trustDomainKeyDiscovery: {
        description: "Discover signing keys by their reserved tags on startup",
        actions: [
            spec(
                "tag:GetResources",
                "find keys by reserved tags (the seed writes it tagging:GetResources; the IAM prefix is tag:)",
                SEED_001,
            ),
        ],
    },
    trustDomainIdentity: {
        description: "Learn its own account and role",
        actions: [
            spec("sts:GetCallerIdentity", "resolve its own identity for the auto-generated key policy", SEED_001),
        ],
    },
    /**
     * Least privilege for a DynamoDB-backed Curity data source: item CRUD, Query/Scan on tables and their
     * GSIs, conditional transactions; no Batch*, no table management (tables are provisioned, not created
     * by the server).
     */
    curityDataSource: {
        description: "Curity Identity Server DynamoDB data source on curity-* tables",
        actions: [
            spec("dynamodb:DescribeTable", "check tables at startup", SEED_002),
            spec("dynamodb:GetItem", "read accounts, sessions, tokens, delegations", SEED_002),
            spec(
                "dynamodb:PutItem",
                "create records; authorises TransactWriteItems Put items",
                `${SEED_002}; ${TRANSACTIONS}`,
            ),
            spec("dynamodb:UpdateItem", "update records", SEED_002),
            spec("dynamodb:DeleteItem", "delete records and expired entries", SEED_002),
            spec("dynamodb:Query", "look records up through secondary indexes", SEED_002),
            spec("dynamodb:Scan", "list records (admin listings)", SEED_002),
            spec("dynamodb:ConditionCheckItem", "uniqueness checks inside TransactWriteItems", TRANSACTIONS),
        ],
    },
    /** Only behind curity.allDynamoDbActions: the seed's "AllAPIActionsAllowed" variant. */
    curityAllActions: {
        description: "Seed-faithful full DynamoDB access on curity-* tables (reported by the policy pack)",
        actions: [
            spec("dynamodb:*", "all DynamoDB API actions, as in the seed's AllAPIActionsAllowed statement", SEED_002),
        ],
    },
    crossAccountTableRead: {
        description: "Account-B workload reads account A's table through the access role",
        actions: [
            spec("dynamodb:GetItem", "read items", SEED_003),
            spec("dynamodb:Query", "query the table (and its indexes)", SEED_003),
            spec("dynamodb:Scan", "scan the table", SEED_003),
        ],
    },
    crossAccountKeyDecrypt: {
        description: "Decrypt with account A's key",
        actions: [spec("kms:Decrypt", "decrypt data encrypted under the account-A key", SEED_003)],
    },
    crossAccountAssume: {
        description: "The account-B instance role may assume exactly the account-A access role",
        actions: [spec("sts:AssumeRole", "obtain temporary account-A credentials", SEED_003)],
    },
    /** A Pod Identity association role in the cluster's account: chains to exactly the workload's target role. */
    podIdentityTargetChain: {
        description: "The association role in the cluster's account may assume exactly the workload's target role",
        actions: [
            spec("sts:AssumeRole", "EKS chains from the association role to the target role", POD_IDENTITY_TARGET),
            spec("sts:TagSession", "EKS passes the pod's session tags on to the target role", POD_IDENTITY_TARGET),
        ],
    },
} as const satisfies Record<string, AccessPath>;

export type AccessPathId = keyof typeof ACCESS_PATHS;

export function actionsOf(path: AccessPathId): string[] {
    return ACCESS_PATHS[path].actions.map(a => a.action);
}
