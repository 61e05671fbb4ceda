import { AccountProviders } from "./accounts";
import { ClusterAccess } from "./cluster";
import { StackConfig } from "./config/schema";
import { BasilBroker } from "./workloads/basil";
import { CrossAccountDataAccess } from "./workloads/crossAccount";
import { CurityDynamoDbAccess } from "./workloads/curity";
import { ServiceAccountBinding } from "./workloads/irsa";
import { ContainmentChamberSigner } from "./workloads/signer";
import { TrustDomainKeyManager } from "./workloads/trustDomain";

/**
 * The whole program as a function of validated config: index.ts calls it with the stack's config, tests and
 * the offline preview call it with theirs. Returns the stack outputs (README, "Outputs", lists them).
 */
export function deployCustody(cfg: StackConfig): Record<string, unknown> {
    const accounts = new AccountProviders("accounts", { config: cfg });
    const cluster = new ClusterAccess("cluster", { config: cfg, accounts });
    const outputs: Record<string, unknown> = {
        accounts: Object.fromEntries(cfg.accounts.map(a => [a.name, { accountId: a.accountId, region: a.region }])),
    };
    if (cfg.signer) {
        const signer = new ContainmentChamberSigner("signer", { config: cfg, accounts, cluster });
        outputs.signerTables = Object.fromEntries(
            Object.entries(signer.tables)
                .filter(([, t]) => t !== undefined)
                .map(([k, t]) => [k, { name: t!.name, arn: t!.arn }]),
        );
        outputs.shareKeys = signer.shareKeys;
        outputs.shareThreshold = signer.threshold;
        outputs.signerRoleArn = signer.roleArn;
        outputs.signerInstanceProfile = signer.instanceProfileName;
        outputs.signerServiceAccount = serviceAccountOutput(signer.serviceAccount);
        outputs.signerConfigYaml = signer.signerConfigYaml;
        outputs.operatorInitCommand = signer.operatorInitCommand;
    }
    if (cfg.basil) {
        const basil = new BasilBroker("basil", { config: cfg, accounts, cluster });
        outputs.basilKeys = basil.keys;
        outputs.basilRuntimeRoleArn = basil.runtimeRoleArn;
        outputs.basilRuntimeInstanceProfile = basil.runtimeInstanceProfile;
        outputs.basilProvisionerRoleArn = basil.provisionerRoleArn;
        outputs.basilServiceAccount = basil.serviceAccount && serviceAccountOutput(basil.serviceAccount);
        outputs.basilBootstrapServiceAccount =
            basil.bootstrapServiceAccount && serviceAccountOutput(basil.bootstrapServiceAccount);
        outputs.basilCatalogJson = basil.catalogJson;
        outputs.basilBundleSetBackendCommand = basil.bundleSetBackendCommand;
    }
    if (cfg.trustDomain) {
        const td = new TrustDomainKeyManager("trust-domain", { config: cfg, accounts, cluster });
        outputs.trustDomainRoleArn = td.roleArn;
        outputs.trustDomainServiceAccount = serviceAccountOutput(td.serviceAccount);
        outputs.trustDomainKeyManagerYaml = td.keyManagerConfigYaml;
        outputs.trustDomainKeyPolicyJson = td.keyPolicyJson;
    }
    if (cfg.curity) {
        const curity = new CurityDynamoDbAccess("curity", { config: cfg, accounts, cluster });
        outputs.curityRoleArn = curity.roleArn;
        outputs.curityServiceAccount = serviceAccountOutput(curity.serviceAccount);
    }
    if (cluster.oidcProvider) {
        outputs.oidcProviderArn = cluster.oidcProvider.arn;
    }
    if (cfg.crossAccount) {
        const x = new CrossAccountDataAccess("cross-account", { config: cfg, accounts });
        outputs.crossAccountAccessRoleArn = x.accessRoleArn;
        outputs.crossAccountCallerRoleArn = x.callerRoleArn;
        outputs.crossAccountCallerInstanceProfile = x.callerInstanceProfile;
        outputs.crossAccountKeyArn = x.keyArn;
        outputs.crossAccountTableArn = x.tableArn;
    }
    // Only what this stack has: an undefined export would show as a warning on every run.
    return Object.fromEntries(Object.entries(outputs).filter(([, v]) => v !== undefined));
}

function serviceAccountOutput(b: ServiceAccountBinding) {
    return { namespace: b.namespace, name: b.name, annotations: b.annotations, managedByThisStack: b.managed };
}
