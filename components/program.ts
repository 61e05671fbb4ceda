import * as pulumi from "@pulumi/pulumi";
import { AccountProviders } from "./accounts";
import { ClusterAccess } from "./cluster";
import { StackConfig } from "./config/schema";
import { ContainmentChamberSigner } from "./workloads/signer";

/**
 * The whole program as a function of validated config: index.ts calls it with the stack's config, tests and
 * the offline preview call it with theirs. Returns the stack outputs.
 */
export function deployCustody(cfg: StackConfig): Record<string, unknown> {
    const accounts = new AccountProviders("accounts", { config: cfg });
    const cluster = new ClusterAccess("cluster", { config: cfg, accounts });
    const outputs: Record<string, unknown> = {
        accounts: Object.fromEntries(cfg.accounts.map(a => [a.name, { accountId: a.accountId, region: a.region }])),
    };
    if (cfg.signer) {
        const signer = new ContainmentChamberSigner("signer", { config: cfg, accounts, cluster });
        outputs.signerTables = Object.fromEntries(Object.entries(signer.tables)
            .filter(([, t]) => t !== undefined)
            .map(([k, t]) => [k, { name: t!.name, arn: t!.arn }]));
        outputs.shareKeys = signer.shareKeys;
        outputs.shareThreshold = signer.threshold;
        outputs.signerRoleArn = signer.roleArn;
        outputs.signerInstanceProfile = signer.instanceProfileName;
        outputs.signerServiceAccount = serviceAccountOutput(signer.serviceAccount);
        outputs.signerConfigYaml = signer.signerConfigYaml;
        outputs.operatorInitCommand = signer.operatorInitCommand;
    }
    return outputs;
}

function serviceAccountOutput(b: { namespace: pulumi.Output<string>; name: pulumi.Output<string>; annotations: pulumi.Output<Record<string, string>>; managed: boolean }) {
    return { namespace: b.namespace, name: b.name, annotations: b.annotations, managedByThisStack: b.managed };
}
