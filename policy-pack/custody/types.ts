/**
 * The custody model: who may do what to each custody asset of one stack. It is the `custody-model` section of
 * `policy-pack/config/<stack>.json` (captured for every rule through model/packConfig.ts), generated from
 * `Pulumi.<stack>.yaml` by `npm run custody-model -- --stack <name>` for review, and never read from the program
 * at analysis time. Principals are named by what identifies them to AWS (a workload's subject or an exact ARN),
 * never by a name the program picked; assets by what AWS enforces (table ARN, key alias or key ARN).
 *
 * Everything the stack grants, through every path the engine sees, must be covered by an `allow` entry;
 * everything not covered is refused with its path. The root delegation of a key policy (seed 000) is not an
 * entry: it is how identity grants of the key's own account take effect, and those grants are judged.
 */

/** How AWS identifies a caller that may become a workload's role. */
export type Subject =
    /** IRSA: the cluster's OIDC issuer (host/path, no https://) and one ServiceAccount. */
    | { irsa: { issuer: string; namespace: string; serviceAccount: string } }
    /** EKS Pod Identity: `pods.eks.amazonaws.com` with session tags pinned to one cluster ARN, namespace, SA. */
    | { podIdentity: { clusterArn: string; namespace: string; serviceAccount: string } }
    /** EC2 instances of one account through an instance profile of the workload's role. */
    | { ec2: { account: string } }
    /** An exact IAM principal ARN outside the stack (an operator role, an existing caller role). */
    | { principal: string }
    /** An AWS service acting for callers of one account, e.g. DynamoDB using a table CMK (kms:ViaService). */
    | { viaService: { service: string; account: string } }
    /**
     * An AWS service principal assuming a role of one account, e.g. `backup.amazonaws.com` (an operations helper the
     * stack config names): every role of that account whose trust admits the service, unless pinned by
     * aws:SourceAccount to another account. A service uses a role only when a principal of the role's own account
     * passes it (iam:PassRole names roles of the caller's account: IAM User Guide, "Grant a user permissions to
     * pass a role to an AWS service"), and those passers are judged as paths to the role.
     */
    | { service: { principal: string; account: string } };

/** Selects custody assets by what AWS enforces. Exactly one key per selector. */
export type AssetSelector =
    /** A DynamoDB table by ARN (`withIndexes`: also `<arn>/index/*`). */
    | { table: string; withIndexes?: boolean }
    /** A KMS key by alias ARN (`arn:aws:kms:<region>:<account>:alias/<name>`): the key the alias targets. */
    | { keyAlias: string }
    /** A KMS key by key ARN (a key the stack does not create, e.g. seed 003's existing key). */
    | { key: string }
    /** A resource pattern in one account and region (`arn:aws:kms:<region>:<account>:key/*`), for roles that
     * create their own resources (Basil's provisioner, Defakto's key manager). Matched by what it can match. */
    | { pattern: string };

/**
 * A condition every grant covered by an entry must carry, e.g. Basil's provisioner may create keys only with its
 * request tag. Judged by what the grant's clause restricts (model/conditions.ts), not by how it is spelled.
 */
export interface RequiredCondition {
    operator: RequiredOperator;
    /** A condition key, e.g. `aws:RequestTag/basil-managed` (matched case-insensitively, as IAM does). */
    key: string;
    /** The values (patterns for the *Like operators) the grant may restrict the key to: a subset is fine. */
    values: string[];
}

export const REQUIRED_OPERATORS = [
    "StringEquals",
    "StringLike",
    "ForAnyValue:StringEquals",
    "ForAnyValue:StringLike",
    "ForAllValues:StringEquals",
    "ForAllValues:StringLike",
] as const;
export type RequiredOperator = (typeof REQUIRED_OPERATORS)[number];

export interface AllowEntry {
    /** A named action set of the seeds (custody/accessSets.ts), e.g. `signer.antiSlashing`. */
    accessSet: string;
    on: AssetSelector[];
    /** Conditions a grant must carry to be covered by this entry (all of them). */
    when?: RequiredCondition[];
}

export interface Workload {
    /** Stable name used in messages, e.g. `signer`, `basil-runtime`, `basil-provisioner`. */
    name: string;
    /** Who may become this workload's role(s): exactly these, nobody else. */
    subjects: Subject[];
    /**
     * Whether the workload's role may be reached as a runtime (long-running) identity; `operations`: a helper the
     * stack config names (`custody:operations`: an auditor, AWS Backup), holding only operations access sets.
     */
    kind: "runtime" | "provisioner" | "key-manager" | "cross-account" | "service" | "operations";
    allow: AllowEntry[];
}

export interface ShareRing {
    threshold: number;
    /** One entry per share, index 1..N. */
    shares: { index: number; keyAlias: string; account: string }[];
    /** The workload whose subjects alone may Encrypt/Decrypt the shares. */
    workload: string;
}

export interface CustodyModel {
    version: 1;
    /** The accounts this stack deploys into: account id → the name the stack config gives it. */
    accounts: Record<string, string>;
    workloads: Workload[];
    shareRings: ShareRing[];
    /** Assets the stack does not create but must judge (seed 003's existing table and key). */
    externalAssets: AssetSelector[];
    /** Tables the stack creates, with the key that must encrypt each (a key the stack manages). */
    tables: { table: string; keyAlias: string }[];
}
