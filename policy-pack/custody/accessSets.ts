/**
 * The seeds' named action sets: what each workload may do to a custody asset, each action with its purpose and
 * its source, said once. The custody model's `allow` entries name these sets (`accessSet: "signer.keySource"`).
 *
 * The pack may not import the program, so this is the pack's own copy, derived from the seeds and corrected where
 * AWS says otherwise (README, "What the signer is granted": Transact* are not IAM actions). A test
 * (test/policy-pack/custody/accessSets.test.ts) compares every set with the program's
 * `components/iam/accessPaths.ts`, so the two cannot drift silently.
 *
 * An action may be a pattern (`dynamodb:*`, `kms:ReEncrypt*`) where the source writes one: consumers expand it
 * against the action catalogue (model/catalog.ts), never by spelling.
 */

export interface ActionSpec {
    action: string;
    purpose: string;
    source: string;
}

/** What an `allow` entry naming the set may select: tables (and their indexes), KMS keys, IAM roles. */
export type AssetKind = "table" | "key" | "role";

export interface AccessSet {
    description: string;
    /** The kinds of asset the set applies to; the model parser refuses an entry on any other kind. */
    assets: readonly AssetKind[];
    /** What the workload needs: allowed, and reported missing when the stack does not grant it. */
    actions: readonly ActionSpec[];
    /**
     * Allowed but never required: read-only extras that reveal no key material and change nothing, or (a caller's
     * sts:TagSession) what an allowed call may carry without gaining any power.
     */
    alsoAllowed?: readonly ActionSpec[];
    /**
     * `operations`: a set of the pack's own for an operations helper (an auditor, AWS Backup's role) that the stack
     * config names (`custody:operations`), never a workload the program deploys: it has no program access path,
     * and test/policy-pack/custody/accessSets.test.ts knows it by this property instead of comparing it.
     */
    family?: "operations";
    /**
     * Every action only reads metadata (catalogue level Read or List; no item, key material or plaintext): the only
     * kind of set a workload other than a ring's may hold on a share key (custody/parse.ts, rules/share-custody.ts).
     */
    metadataOnly?: true;
    /**
     * Sub-resources of a selected table the set's actions act on, e.g. `backup/*` (DynamoDB backups are
     * `<table-arn>/backup/<id>`): an entry on a table also covers `<table-arn>/<sub>` for this set.
     */
    tableSubResources?: readonly string[];
}

const SEED_000 = "seed 000 (Containment Chamber AWS IAM permissions)";
const SEED_001 = "seed 001 (Defakto AWS KMS Key Manager, Step 1)";
const SEED_002 = "seed 002 (Curity: access DynamoDB using IRSA)";
const SEED_003 = "seed 003 (cross-account DynamoDB + KMS via sts:AssumeRole)";
const SEED_004 = "seed 004 (Basil AWS KMS backend, IAM identities)";
/** Seed 000's Transact* are API operations: each item is authorised by its per-item action. */
const TRANSACTIONS = "AWS DynamoDB developer guide, 'Using IAM with DynamoDB transactions'";
const SESSION_TAGS =
    "IAM User Guide, 'Pass session tags in AWS STS' (Permissions required to add session tags: sts:TagSession)";
const POD_IDENTITY_TARGET =
    "EKS user guide, 'Access AWS resources using EKS Pod Identity Target IAM Roles' (pod-id-assign-target-role.html)";
const KMS_TAG_ON_CREATE =
    "AWS KMS developer guide, 'Managing KMS key tags with API operations' (CreateKey with Tags needs kms:TagResource)";
const DYNAMODB_KEY_POLICY =
    "AWS DynamoDB developer guide, 'Encryption at rest: how it works' (key policy for a customer managed key: " +
    "kms:ViaService dynamodb.<region> and kms:CallerAccount)";
/** Each of these is a non-mutating read of a key's metadata (AWS KMS API reference, the operation's page). */
const KMS_READ_ONLY = "AWS KMS API reference (non-mutating: returns metadata, never key material)";
/** Each of these returns a table's configuration, never an item (DynamoDB API reference, the operation's page). */
const DYNAMODB_METADATA = "Amazon DynamoDB API reference (returns table settings, never items)";
/** The DynamoDB statements of AWS Backup's service role policy (v22+). */
const AWS_BACKUP_ROLE =
    "AWS managed policy reference, AWSBackupServiceRolePolicyForBackup (statements DynamoDBPermissions, " +
    "DynamoDBBackupResourcePermissions); AWS Backup developer guide, 'Advanced DynamoDB backup'";

function spec(action: string, purpose: string, source: string): ActionSpec {
    return { action, purpose, source };
}

const TABLE_DESCRIBE = spec("dynamodb:DescribeTable", "table existence check at startup", SEED_000);

export const ACCESS_SETS = {
    /** On the anti-slashing table ARN only: seed 000 says no GSI is needed. */
    "signer.antiSlashing": {
        description: "EIP-3076 slashing protection: watermarks, block and attestation records; never Batch*",
        assets: ["table"],
        actions: [
            TABLE_DESCRIBE,
            spec(
                "dynamodb:GetItem",
                "read watermarks; authorises TransactGetItems items",
                `${SEED_000}; ${TRANSACTIONS}`,
            ),
            spec("dynamodb:PutItem", "write watermarks; authorises TransactWriteItems Put items", SEED_000),
            spec("dynamodb:UpdateItem", "conditional watermark updates (the seed's policy JSON)", SEED_000),
            spec("dynamodb:ConditionCheckItem", "condition checks inside TransactWriteItems", TRANSACTIONS),
        ],
    },
    /** On the keystore table and `<table>/index/*`: Query runs on the status-shard GSI. */
    "signer.keySource": {
        description: "Encrypted BLS validator keys, loaded in parallel through the status-shard GSI",
        assets: ["table"],
        actions: [
            TABLE_DESCRIBE,
            spec("dynamodb:GetItem", "read individual validator keys", SEED_000),
            spec("dynamodb:PutItem", "store new validator keys", SEED_000),
            spec("dynamodb:UpdateItem", "change validator key status", SEED_000),
            spec(
                "dynamodb:Query",
                "load keys via the GSI (needs index/*: the table ARN alone is not enough)",
                SEED_000,
            ),
        ],
    },
    "signer.signerState": {
        description: "Chamber lifecycle state, quorum shares, operator credentials, auth records, auto-unseal data",
        assets: ["table"],
        actions: [
            TABLE_DESCRIBE,
            spec("dynamodb:GetItem", "read state rows", SEED_000),
            spec("dynamodb:PutItem", "store state rows; authorises TransactWriteItems Put items", SEED_000),
            spec("dynamodb:UpdateItem", "rotate master-key mode and staged state", SEED_000),
            spec("dynamodb:DeleteItem", "remove staged or rotated state rows", SEED_000),
            spec("dynamodb:Scan", "list prefixed state rows (credentials, auth records)", SEED_000),
            spec("dynamodb:ConditionCheckItem", "condition checks of the quorum rotation commit", TRANSACTIONS),
        ],
    },
    /**
     * On every Shamir share key. Only the ring's workload may hold these (share rings). The read-only extras
     * are what a signer, an operator's tooling or an SDK may look up about its own share: none uses or changes
     * key material, the policy, grants or rotation (issue 9: DescribeKey on a share is harmless). Not included:
     * GetPublicKey (symmetric keys have none), GetParametersForImport (imports key material), anything
     * wildcard-only (ListKeys, ListAliases: not about one key).
     */
    "signer.shareWrap": {
        description: "Wrap and unwrap Shamir shares of the chamber master key",
        assets: ["key"],
        actions: [
            spec("kms:Encrypt", "wrap shares: init, KMS rotation, mode rotation, auto-unseal blob refresh", SEED_000),
            spec("kms:Decrypt", "unwrap shares to reconstruct the master key", SEED_000),
        ],
        alsoAllowed: [
            spec("kms:DescribeKey", "key state and ARN (SDKs and tooling resolve a key before use)", KMS_READ_ONLY),
            spec("kms:GetKeyPolicy", "read the key policy (audit)", KMS_READ_ONLY),
            spec("kms:ListKeyPolicies", "list the key policy's name (audit)", KMS_READ_ONLY),
            spec("kms:GetKeyRotationStatus", "whether rotation is on (audit)", KMS_READ_ONLY),
            spec("kms:ListKeyRotations", "past rotations (audit)", KMS_READ_ONLY),
            spec("kms:ListResourceTags", "the key's tags (audit)", KMS_READ_ONLY),
            spec("kms:ListGrants", "the key's grants, to see that there are none (audit)", KMS_READ_ONLY),
        ],
    },
    /** On the catalog keys (selected by their alias/basil/... aliases). */
    "basil.runtime": {
        description: "Basil broker in-place transit operations plus the startup existence probe",
        assets: ["key"],
        actions: [
            spec("kms:Sign", "sign", SEED_004),
            spec("kms:Verify", "verify", SEED_004),
            spec("kms:GetPublicKey", "read public material", SEED_004),
            spec("kms:DescribeKey", "startup reconcile existence probe (without it the broker never binds)", SEED_004),
            spec("kms:Encrypt", "encrypt (aes-256-gcm keys)", SEED_004),
            spec("kms:Decrypt", "decrypt (aes-256-gcm keys)", SEED_004),
        ],
    },
    /**
     * On `key/*` and `alias/basil/*` of the Basil account and region. kms:CreateKey acts on no existing key
     * (AWS requires Resource "*"); CreateAlias needs both the alias and the target key.
     */
    "basil.provisioner": {
        description: "Alias catalog keys as alias/basil/<name>, read them back, probe existence",
        assets: ["key"],
        actions: [
            spec("kms:CreateAlias", "deterministic alias/basil/<name> alias (on the alias and the key)", SEED_004),
            spec("kms:GetPublicKey", "read the public half back after creating an asymmetric key", SEED_004),
            spec("kms:DescribeKey", "reconcile probes a key absent before creating it", SEED_004),
        ],
    },
    /**
     * On `*` (AWS requires it: the key does not exist yet). Its own set so that the model can require the
     * provisioner's request tag on it (`when`) without requiring it of the alias and read actions.
     */
    "basil.provisionerCreateKey": {
        description: "Create catalog keys",
        assets: ["key"],
        actions: [spec("kms:CreateKey", "create a catalog key", SEED_004)],
    },
    /** Only with the provisioner's request tag: CreateKey's Tags are authorised as TagResource. */
    "basil.provisionerTagOnCreate": {
        description: "Tag catalog keys as they are created (the required request tag only)",
        assets: ["key"],
        actions: [spec("kms:TagResource", "tags passed to CreateKey are authorised as TagResource", KMS_TAG_ON_CREATE)],
    },
    /**
     * The seed's three statements, on `*`: the server creates, uses and retires its own keys. Correction: the seed
     * writes `tagging:GetResources`; the Resource Groups Tagging API's IAM prefix is `tag:` (there is no `tagging`
     * service in the service authorization reference).
     */
    "trustDomain.keyManager": {
        description: "Trust Domain Server signing keys created, used, discovered and retired in KMS",
        assets: ["key"],
        actions: [
            spec("kms:CreateKey", "new signing keys at key rotation", SEED_001),
            spec("kms:GetPublicKey", "publish the public half of signing keys", SEED_001),
            spec("kms:ScheduleKeyDeletion", "automatic cleanup of unused and stale keys", SEED_001),
            spec("kms:Sign", "signing inside KMS", SEED_001),
            spec("kms:TagResource", "reserved discovery tags and user keyTags on created keys", SEED_001),
            spec("tag:GetResources", "find keys by reserved tags (the seed's tagging:GetResources)", SEED_001),
            spec("sts:GetCallerIdentity", "resolve its own identity for the generated key policy", SEED_001),
        ],
    },
    /**
     * The least a DynamoDB-backed Curity data source needs, on `table/<prefix>*` and its indexes in one account
     * and region: item CRUD, Query/Scan, conditional transactions; no Batch*, no table management.
     */
    "curity.dataSource": {
        description: "Curity Identity Server DynamoDB data source (least privilege)",
        assets: ["table"],
        actions: [
            spec("dynamodb:DescribeTable", "check tables at startup", SEED_002),
            spec("dynamodb:GetItem", "read accounts, sessions, tokens, delegations", SEED_002),
            spec("dynamodb:PutItem", "create records; authorises TransactWriteItems Put items", SEED_002),
            spec("dynamodb:UpdateItem", "update records", SEED_002),
            spec("dynamodb:DeleteItem", "delete records and expired entries", SEED_002),
            spec("dynamodb:Query", "look records up through secondary indexes", SEED_002),
            spec("dynamodb:Scan", "list records (admin listings)", SEED_002),
            spec("dynamodb:ConditionCheckItem", "uniqueness checks inside TransactWriteItems", TRANSACTIONS),
        ],
    },
    /** The seed's `AllAPIActionsAllowed` statement, only behind `curity.allDynamoDbActions`. */
    "curity.allActions": {
        description: "Seed-faithful full DynamoDB access on the Curity tables",
        assets: ["table"],
        actions: [spec("dynamodb:*", "every DynamoDB action (the seed's AllAPIActionsAllowed)", SEED_002)],
    },
    /** Account A's access role: on the existing table (and its indexes) and the data key. */
    "crossAccount.access": {
        description: "Read account A's table and decrypt with its key, for account B's caller",
        assets: ["table", "key"],
        actions: [
            spec("dynamodb:GetItem", "read items", SEED_003),
            spec("dynamodb:Query", "query the table (and its indexes)", SEED_003),
            spec("dynamodb:Scan", "scan the table", SEED_003),
            spec("kms:Decrypt", "decrypt data encrypted under the account-A key", SEED_003),
        ],
    },
    /** Account B's caller role: on exactly the access role's ARN. */
    "crossAccount.caller": {
        description: "Assume exactly the account-A access role",
        assets: ["role"],
        actions: [spec("sts:AssumeRole", "obtain temporary account-A credentials", SEED_003)],
        // AssumeRole with Tags needs sts:TagSession in the caller's policy as well as in the role's trust. The tags
        // grant nothing by themselves: they matter only where a policy reads aws:PrincipalTag, and the engine judges
        // such a condition as pinning nothing.
        alsoAllowed: [spec("sts:TagSession", "session tags for attribution on the assumed session", SESSION_TAGS)],
    },
    /**
     * A Pod Identity association role in the cluster's account, when the workload's role lives in another account:
     * EKS assumes it, then the target role (targetRoleArn), passing the session tags on. On exactly the target role.
     */
    "podIdentity.targetChain": {
        description: "Assume exactly the workload's Pod Identity target role, passing the session tags on",
        assets: ["role"],
        actions: [
            spec("sts:AssumeRole", "EKS chains from the association role to the target role", POD_IDENTITY_TARGET),
            spec("sts:TagSession", "EKS passes the pod's session tags on to the target role", POD_IDENTITY_TARGET),
        ],
    },
    /**
     * DynamoDB using a table's CMK for callers of the table's account (subject `viaService`): the documented key
     * policy statement, patterns as AWS writes them. It is a service use of the key, not a workload grant.
     */
    "dynamodb.tableKey": {
        description: "DynamoDB encrypts and decrypts table data with the table CMK on behalf of account principals",
        assets: ["key"],
        actions: [
            spec("kms:Encrypt", "encrypt table data keys", DYNAMODB_KEY_POLICY),
            spec("kms:Decrypt", "decrypt table data keys", DYNAMODB_KEY_POLICY),
            spec("kms:ReEncrypt*", "re-encrypt data keys", DYNAMODB_KEY_POLICY),
            spec("kms:GenerateDataKey*", "generate table data keys", DYNAMODB_KEY_POLICY),
            spec("kms:CreateGrant", "DynamoDB's own grants on the key for the table", DYNAMODB_KEY_POLICY),
            spec("kms:DescribeKey", "validate the key when the table is created or updated", DYNAMODB_KEY_POLICY),
        ],
    },
    /**
     * An auditor reading key metadata, e.g. that a share key's policy, rotation and grants are what the model says.
     * Never key use (Encrypt, Decrypt, GenerateDataKey, Sign), grants, policy or state changes; the one set besides
     * the ring's that may name a share key. Not GetPublicKey (symmetric keys have none) nor GetParametersForImport.
     */
    "operations.keyAudit": {
        description: "Read a custody key's metadata: state, policy, rotation, tags and grants (audit; no key use)",
        assets: ["key"],
        family: "operations",
        metadataOnly: true,
        actions: [spec("kms:DescribeKey", "key state, spec, origin and ARN", KMS_READ_ONLY)],
        alsoAllowed: [
            spec("kms:GetKeyPolicy", "read the key policy", KMS_READ_ONLY),
            spec("kms:ListKeyPolicies", "list the key policy's name", KMS_READ_ONLY),
            spec("kms:GetKeyRotationStatus", "whether rotation is on", KMS_READ_ONLY),
            spec("kms:ListKeyRotations", "past rotations", KMS_READ_ONLY),
            spec("kms:ListResourceTags", "the key's tags", KMS_READ_ONLY),
            spec("kms:ListGrants", "the key's grants, to see that there are none", KMS_READ_ONLY),
            // Account-level lists (no key resource): how an auditor finds keys created at run time (trust-domain).
            spec(
                "kms:ListKeys",
                "the account's key ids in the region (IAM policy only; no cross-account use)",
                KMS_READ_ONLY,
            ),
            spec("kms:ListAliases", "the account's alias names in the region (IAM policy only)", KMS_READ_ONLY),
        ],
    },
    /** An auditor reading a custody table's settings (encryption, PITR, TTL, streams, policy); never an item. */
    "operations.tableAudit": {
        description:
            "Read a custody table's settings: schema, encryption, PITR, TTL, streams, tags, policy (audit; no item)",
        assets: ["table"],
        family: "operations",
        metadataOnly: true,
        actions: [
            spec("dynamodb:DescribeTable", "schema, encryption, deletion protection, replicas", DYNAMODB_METADATA),
        ],
        alsoAllowed: [
            spec("dynamodb:DescribeContinuousBackups", "point-in-time recovery on, and its window", DYNAMODB_METADATA),
            spec("dynamodb:DescribeTimeToLive", "that no TTL deletes custody rows", DYNAMODB_METADATA),
            spec("dynamodb:ListTagsOfResource", "the table's tags", DYNAMODB_METADATA),
            spec("dynamodb:DescribeKinesisStreamingDestination", "that no stream copies the table", DYNAMODB_METADATA),
            spec("dynamodb:DescribeContributorInsights", "contributor insights status", DYNAMODB_METADATA),
            spec("dynamodb:GetResourcePolicy", "the table's resource policy", DYNAMODB_METADATA),
            spec("dynamodb:DescribeTableReplicaAutoScaling", "replica auto scaling settings", DYNAMODB_METADATA),
        ],
    },
    /**
     * AWS Backup's service role backing up a custody table into a vault of the table's own account (custody-tables
     * refuses copies and exports to another account). Not included: RestoreTableFromBackup,
     * RestoreTableFromAwsBackup, RestoreTableToPointInTime, ExportTableToPointInTime: each writes the custody data
     * into a table or bucket the model does not name.
     */
    "operations.tableBackup": {
        description:
            "AWS Backup creating and expiring backups of a custody table in its own account (no restore, no export)",
        assets: ["table"],
        family: "operations",
        tableSubResources: ["backup/*"],
        actions: [
            spec("dynamodb:DescribeTable", "find the table and its settings before a backup job", AWS_BACKUP_ROLE),
            spec("dynamodb:CreateBackup", "on-demand backup of the table", AWS_BACKUP_ROLE),
        ],
        alsoAllowed: [
            spec("dynamodb:StartAwsBackupJob", "backup with AWS Backup's advanced DynamoDB features", AWS_BACKUP_ROLE),
            spec("dynamodb:ListTagsOfResource", "copy the table's tags onto the recovery point", AWS_BACKUP_ROLE),
            spec("dynamodb:DescribeBackup", "follow a backup (on <table>/backup/*)", AWS_BACKUP_ROLE),
            spec(
                "dynamodb:DeleteBackup",
                "expire backups by the plan's lifecycle (on <table>/backup/*)",
                AWS_BACKUP_ROLE,
            ),
        ],
    },
} as const satisfies Record<string, AccessSet>;

export type AccessSetName = keyof typeof ACCESS_SETS;

export const ACCESS_SET_NAMES = Object.keys(ACCESS_SETS) as AccessSetName[];

export function isAccessSetName(name: string): name is AccessSetName {
    return Object.prototype.hasOwnProperty.call(ACCESS_SETS, name);
}

/** The set's needed actions (patterns kept as written). */
export function requiredActions(name: AccessSetName): string[] {
    return ACCESS_SETS[name].actions.map(a => a.action);
}

/** Whether the set only reads metadata (the sets another workload than a ring's may hold on a share key). */
export function isMetadataOnly(name: string): boolean {
    return isAccessSetName(name) && (ACCESS_SETS[name] as AccessSet).metadataOnly === true;
}

/** The sets of the operations family (stack config `custody:operations`), by name. */
export function isOperationsSet(name: string): boolean {
    return isAccessSetName(name) && (ACCESS_SETS[name] as AccessSet).family === "operations";
}

/** Everything the set allows: its needed actions and its read-only extras. */
export function allowedActions(name: AccessSetName): string[] {
    const set: AccessSet = ACCESS_SETS[name];
    return [...set.actions, ...(set.alsoAllowed ?? [])].map(a => a.action);
}
