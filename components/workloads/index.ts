/**
 * The registry of workloads: one line each. The validator reads each one's config section, the program
 * deploys each configured one, in this order (README, "Adding a workload").
 */
import { AccountConfig, ClusterConfig, KubernetesConfig } from "../config/schema";
import { basilWorkload } from "./basil";
import { crossAccountWorkload } from "./crossAccount";
import { curityWorkload } from "./curity";
import { signerWorkload } from "./signer";
import { trustDomainWorkload } from "./trustDomain";
import { Workload } from "./workload";

export const WORKLOADS = [
    signerWorkload,
    basilWorkload,
    trustDomainWorkload,
    curityWorkload,
    crossAccountWorkload,
] as const;

type Registered = (typeof WORKLOADS)[number];
type SectionOf<W> = W extends Workload<string, infer C> ? C : never;

/** Each workload's validated section under its key, present when the stack configures it. */
export type WorkloadSections = { [W in Registered as W["key"]]?: SectionOf<W> };

/**
 * The validated, typed stack configuration. Everything downstream consumes only these types, never raw
 * `pulumi.Config`, so every value has been checked before any resource exists.
 */
export interface StackConfig extends WorkloadSections {
    project: string;
    stack: string;
    namePrefix: string;
    accounts: AccountConfig[];
    primaryAccount: AccountConfig;
    tags: Record<string, string>;
    cluster?: ClusterConfig;
    kubernetes: KubernetesConfig;
}

export function accountByName(cfg: Pick<StackConfig, "accounts">, name: string): AccountConfig {
    const account = cfg.accounts.find(a => a.name === name);
    if (!account) {
        // Unreachable after validation; kept so a programming error is loud, not a silent undefined.
        throw new Error(`account "${name}" is not declared in accounts`);
    }
    return account;
}
