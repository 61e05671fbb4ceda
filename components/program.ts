import { IdentityBinder } from "./identity";
import { AccountProviders } from "./private/accounts";
import { ClusterAccess } from "./private/cluster";
import { stackNaming, stackTags } from "./private/naming";
import { accountByName, StackConfig, WORKLOADS } from "./workloads";
import { Workload, WorkloadContext } from "./workloads/workload";

/**
 * The whole program as a function of validated config: index.ts calls it with the stack's config, tests and
 * the offline preview call it with theirs. Deploys each configured workload of the registry with the shared
 * context (accounts, cluster access, naming, tags), never the whole config. Returns the stack outputs
 * (README, "Outputs", lists them).
 */
export function deployCustody(cfg: StackConfig): Record<string, unknown> {
    const accounts = new AccountProviders("accounts", {
        accounts: cfg.accounts,
        sessionName: `${cfg.project}-${cfg.stack}`,
    });
    const cluster = new ClusterAccess("cluster", {
        cluster: cfg.cluster,
        kubernetes: cfg.kubernetes,
        primaryAccount: cfg.primaryAccount,
        accounts,
        tags: cfg.tags,
    });
    const ctx: WorkloadContext = {
        accounts: cfg.accounts,
        primaryAccount: cfg.primaryAccount,
        account: name => accountByName(cfg, name),
        providers: accounts,
        identity: new IdentityBinder({
            cluster: cfg.cluster,
            kubernetesProvider: cluster.kubernetesProvider,
            irsaDependencies: cluster.irsaDependencies,
            clusterProvider: cluster.clusterProvider,
        }),
        naming: stackNaming(cfg),
        tags: workload => stackTags(cfg, workload),
    };
    const outputs: Record<string, unknown> = {
        accounts: Object.fromEntries(cfg.accounts.map(a => [a.name, { accountId: a.accountId, region: a.region }])),
    };
    for (const workload of WORKLOADS) {
        const section = cfg[workload.key];
        if (section !== undefined) {
            Object.assign(outputs, (workload as Workload<string, typeof section>).deploy(section, ctx));
        }
    }
    if (cluster.oidcProvider) {
        outputs.oidcProviderArn = cluster.oidcProvider.arn;
    }
    // Only what this stack has: an undefined export would show as a warning on every run.
    return Object.fromEntries(Object.entries(outputs).filter(([, v]) => v !== undefined));
}
