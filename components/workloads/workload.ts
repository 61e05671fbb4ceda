/**
 * What a workload is to the rest of the program: a config section it reads and validates, what it adds to
 * the checks made across workloads, and the resources and stack outputs it deploys. The registry
 * (`./index.ts`) lists every workload; the validator, the program, the offline tool and the bench iterate it.
 */
import { ConfigReader } from "../config/reader";
import { AccountConfig, ClusterConfig, ServiceAccountRef } from "../config/schema";
import { IdentityBinder } from "../identity";
import { AccountProviders } from "../private/accounts";
import { StackNaming } from "../private/naming";

/** What a section's reader may know besides its own raw value: the stack's shared, already-read settings. */
export interface SectionEnv {
    namePrefix: string;
    accounts: readonly AccountConfig[];
    primaryAccount?: AccountConfig;
    /** The names declared under `accounts`, including accounts whose own settings are bad. */
    accountNames: readonly string[];
    cluster?: ClusterConfig;
    /** Reads an optional account reference: the primary account when absent, a problem when undeclared. */
    refAccount(key: string, value: unknown): string | undefined;
}

/**
 * A workload's contribution to the checks across workloads (stack/crossChecks.ts): the names and places it
 * claims, so that two workloads cannot collide at deploy time or reach each other's data.
 */
export interface Footprint {
    /**
     * ServiceAccounts a role is bound to, each under the config key that names it; `custody` says what its role
     * reaches when it is a custody runtime or key-management identity (e.g. "the signer's runtime role").
     */
    serviceAccounts: Array<{ key: string; sa: ServiceAccountRef; custody?: string }>;
    /** Namespaces it creates, under their `createNamespace` key. */
    namespaces: Array<{ key: string; namespace: string }>;
    /** IAM roles it creates or names, by config key and account (undefined: not known after an error). */
    roles: Array<{ key: string; name: string; account?: string }>;
    /** KMS keys it creates, by account: what a key manager in that account could reach. */
    keys: Array<{ account?: string; what: string }>;
    /** DynamoDB tables it creates, by account. */
    tables: Array<{ account?: string; name: string; /** e.g. "the signer's" */ owner: string }>;
    /** Set when a role of it is bound through the cluster's OIDC provider: the account of that role. */
    irsa?: { account?: string };
    /**
     * Set when a role of it is bound through EKS Pod Identity: the account of its roles and their config keys. A
     * role outside the cluster's account gets an association role of the same name in the cluster's account.
     */
    podIdentity?: { account?: string; roles: Array<{ key: string; name: string }> };
}

export interface SectionCheckEnv extends SectionEnv {
    /** Every workload's footprint, by section key (this one's included). */
    footprints: ReadonlyMap<string, Footprint>;
}

/** The shared context a workload deploys into. It never sees another workload's section. */
export interface WorkloadContext {
    accounts: readonly AccountConfig[];
    primaryAccount: AccountConfig;
    /** A declared account by name (validated references only). */
    account(name: string): AccountConfig;
    providers: AccountProviders;
    /** Runtime roles bound to subjects (ServiceAccounts, EC2, IAM principals): the identity seam. */
    identity: IdentityBinder;
    naming: StackNaming;
    /** The stack's tags plus `custody:stack` and `custody:workload`. */
    tags(workload: string): Record<string, string>;
}

export interface Workload<K extends string, C> {
    /** The section's key under `custody-infra:`, e.g. `signer`. */
    readonly key: K;
    /** Reads and validates the section; undefined when absent or when its problems are recorded. */
    read(r: ConfigReader, value: unknown, env: SectionEnv): C | undefined;
    footprint(section: C, env: SectionEnv): Footprint;
    /** Checks of this section against the others' footprints (after every section is read). */
    check?(r: ConfigReader, section: C, env: SectionCheckEnv): void;
    /** Registers the workload's resources; returns its stack outputs (undefined values are dropped). */
    deploy(section: C, ctx: WorkloadContext): Record<string, unknown>;
}

export function emptyFootprint(): Footprint {
    return { serviceAccounts: [], namespaces: [], roles: [], keys: [], tables: [] };
}
