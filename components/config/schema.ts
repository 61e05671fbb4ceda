/**
 * The validated, typed stack configuration. Everything downstream (IAM builders, components) consumes only
 * these types, never raw `pulumi.Config`, so every value has been checked before any resource exists.
 */

export interface AccountConfig {
    /** Logical name used everywhere else in the config (`signer.shares.accounts`, …). */
    name: string;
    /** 12-digit AWS account id; also pinned on the provider as `allowedAccountIds`. */
    accountId: string;
    region: string;
    /** Role the deployer assumes into this account (cross-account deployments). */
    assumeRoleArn?: string;
    externalId?: string;
}

export interface ClusterConfig {
    /** `https://oidc.eks.<region>.amazonaws.com/id/<ID>` */
    oidcIssuerUrl: string;
    /** The issuer without `https://`: the prefix of the `:sub` / `:aud` condition keys. */
    oidcIssuerHost: string;
    /** Existing IAM OIDC provider, or the one this stack creates (`createOidcProvider`). */
    oidcProviderArn: string;
    createOidcProvider: boolean;
    /** Only with createOidcProvider; empty means "let IAM fetch the issuer's certificate chain". */
    thumbprints: string[];
}

export interface KubernetesConfig {
    /** When false no Kubernetes provider or object is created; the annotation is exported instead. */
    manageServiceAccounts: boolean;
    /** A kubeconfig path or inline kubeconfig document. */
    kubeconfig?: string;
    context?: string;
}

export type SignerAccessPath = "antiSlashing" | "keySource" | "signerState";
export const SIGNER_ACCESS_PATHS: readonly SignerAccessPath[] = ["antiSlashing", "keySource", "signerState"];

export interface KeystoreTableConfig {
    name: string;
    /** Hash key: the validator BLS public key (hex). */
    pubkeyAttribute: string;
    /** GSI hash key: `<status>#<shard>`, so active keys load in parallel shards. */
    statusShardAttribute: string;
    statusIndexName: string;
}

export interface AntiSlashingTableConfig {
    name: string;
    /** Hash key: the validator BLS public key. */
    pubkeyAttribute: string;
    /** Range key: `watermark`, `block#<slot>` or `attestation#<target-epoch>` (EIP-3076 records). */
    recordAttribute: string;
}

export interface SignerStateTableConfig {
    name: string;
    /** Hash key: the state row family (`chamber`, `credential`, `auth-token`, `unseal`, …). */
    partitionAttribute: string;
    /** Range key: the row within its family; prefixed so Scan can list e.g. all credentials. */
    sortAttribute: string;
}

export interface ShareConfig {
    /** One entry per Shamir share: the account that holds that share's KMS key. */
    accounts: string[];
    threshold: number;
}

export interface SignerConfig {
    namespace: string;
    serviceAccount: string;
    createNamespace: boolean;
    accessPaths: SignerAccessPath[];
    roleName: string;
    instanceProfile: boolean;
    tables: {
        keystore?: KeystoreTableConfig;
        antiSlashing?: AntiSlashingTableConfig;
        signerState?: SignerStateTableConfig;
    };
    /** Present exactly when the key-source path is used. */
    shares?: ShareConfig;
}

export const BASIL_KEY_TYPES = {
    ed25519: { keySpec: "ECC_NIST_EDWARDS25519", keyUsage: "SIGN_VERIFY" },
    "ecdsa-p256": { keySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" },
    "ecdsa-p384": { keySpec: "ECC_NIST_P384", keyUsage: "SIGN_VERIFY" },
    "ecdsa-p521": { keySpec: "ECC_NIST_P521", keyUsage: "SIGN_VERIFY" },
    "aes-256-gcm": { keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT" },
} as const;
export type BasilKeyType = keyof typeof BASIL_KEY_TYPES;

export interface BasilKeyConfig {
    /** Catalog key name, e.g. `jwt.signing.primary`. */
    name: string;
    keyType: BasilKeyType;
    description: string;
    /** `alias/basil/<name with dots as dashes>`. */
    alias: string;
}

export interface ServiceAccountRef {
    namespace: string;
    name: string;
}

export interface BasilConfig {
    account: string;
    runtimeIdentity: "irsa" | "ec2";
    serviceAccount: ServiceAccountRef;
    createNamespace: boolean;
    runtimeRoleName: string;
    /** Adds `ForAnyValue:StringLike kms:RequestAlias = alias/basil/*` to the runtime grant. */
    requireBasilAlias: boolean;
    keys: BasilKeyConfig[];
    provisioner?: {
        roleName: string;
        operatorPrincipalArns: string[];
        bootstrapServiceAccount?: ServiceAccountRef;
        /** Narrows kms:CreateKey with `aws:RequestTag/<key> = <value>`. */
        requestTag?: { key: string; value: string };
    };
}

export interface TrustDomainConfig {
    account: string;
    serviceAccount: ServiceAccountRef;
    createNamespace: boolean;
    roleName: string;
    /** Region the server creates keys in (KeyManager `awsKMS.region`). */
    region: string;
    keyTags: Record<string, string>;
    /** Also export a key-policy JSON for the server's `keyPolicyFile`. */
    exportKeyPolicy: boolean;
}

export interface CurityConfig {
    account: string;
    serviceAccount: ServiceAccountRef;
    createNamespace: boolean;
    roleName: string;
    tablePrefix: string;
    /** Seed-faithful `dynamodb:*` variant; reported by the policy pack. */
    allDynamoDbActions: boolean;
}

export interface CrossAccountConfig {
    /** Account A: holds the table, the key and the access role. */
    dataAccount: string;
    /** Account B: runs the instance whose role assumes the access role. */
    callerAccount: string;
    tableName: string;
    tableHasIndexes: boolean;
    /** Existing key in account A; when absent the stack creates one. */
    kmsKeyArn?: string;
    accessRoleName: string;
    externalId?: string;
    callerRoleName: string;
    /** Create the caller (instance) role and its instance profile in account B, or attach to an existing one. */
    createCallerRole: boolean;
}

export interface StackConfig {
    project: string;
    stack: string;
    namePrefix: string;
    accounts: AccountConfig[];
    primaryAccount: AccountConfig;
    tags: Record<string, string>;
    cluster?: ClusterConfig;
    kubernetes: KubernetesConfig;
    signer?: SignerConfig;
    basil?: BasilConfig;
    trustDomain?: TrustDomainConfig;
    curity?: CurityConfig;
    crossAccount?: CrossAccountConfig;
}

export function accountByName(cfg: StackConfig, name: string): AccountConfig {
    const account = cfg.accounts.find(a => a.name === name);
    if (!account) {
        // Unreachable after validation; kept so a programming error is loud, not a silent undefined.
        throw new Error(`account "${name}" is not declared in accounts`);
    }
    return account;
}
