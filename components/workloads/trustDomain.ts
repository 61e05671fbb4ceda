import * as pulumi from "@pulumi/pulumi";
import { stringify } from "yaml";
import { AccountProviders } from "../accounts";
import { ClusterAccess } from "../cluster";
import { accountByName, StackConfig, TrustDomainConfig } from "../config/schema";
import { actionsOf } from "../iam/accessPaths";
import { toJson } from "../iam/documents";
import { trustDomainGrants } from "../iam/grants";
import { delegatedKeyPolicy } from "../iam/keyPolicies";
import { stackTags } from "../naming";
import { WorkloadRole } from "../workloadRole";
import { bindServiceAccount, irsaTrust, ServiceAccountBinding } from "./irsa";

export interface TrustDomainKeyManagerArgs {
    config: StackConfig;
    accounts: AccountProviders;
    cluster: ClusterAccess;
}

/**
 * The Defakto Trust Domain Server's AWS KMS key manager (seed 001): an IRSA role declared key-manager (it
 * creates, uses and retires its own signing keys) and its ServiceAccount. Keys are created by the server
 * at rotation, not by this stack.
 */
export class TrustDomainKeyManager extends pulumi.ComponentResource {
    readonly roleArn: pulumi.Output<string>;
    readonly serviceAccount: ServiceAccountBinding;
    readonly keyManagerConfigYaml: string;
    readonly keyPolicyJson?: pulumi.Output<string>;

    constructor(name: string, args: TrustDomainKeyManagerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:defakto:TrustDomainKeyManager", name, {}, opts);
        const cfg = args.config;
        const td = cfg.trustDomain!;
        const account = accountByName(cfg, td.account);
        const role = new WorkloadRole(
            `${name}-role`,
            {
                roleName: td.roleName,
                description: `Defakto Trust Domain Server KMS key manager (IRSA ${td.serviceAccount.namespace}/${td.serviceAccount.name})`,
                provider: args.accounts.providerFor(account),
                kind: "key-manager",
                trust: [irsaTrust(cfg, td.serviceAccount)],
                grants: trustDomainGrants(),
                dependsOn: args.cluster.irsaDependencies,
                tags: stackTags(cfg, "trust-domain"),
            },
            { parent: this },
        );
        this.roleArn = role.roleArn;
        this.serviceAccount = bindServiceAccount(
            this,
            `${name}-sa`,
            args.cluster,
            td.serviceAccount,
            td.createNamespace,
            role.roleArn,
            "trust-domain-server",
        );
        this.keyManagerConfigYaml = keyManagerSection(td);
        if (td.exportKeyPolicy) {
            this.keyPolicyJson = role.roleArn.apply(arn => trustDomainKeyPolicyJson(td, account.accountId, arn));
        }
        this.registerOutputs({ roleArn: this.roleArn, keyManagerConfigYaml: this.keyManagerConfigYaml });
    }
}

/** The KeyManager section for `spirlctl config set trust-domain-deployment --id <id> key-manager.yaml`. */
export function keyManagerSection(td: TrustDomainConfig): string {
    const awsKMS: Record<string, unknown> = { region: td.region };
    if (Object.keys(td.keyTags).length > 0) {
        awsKMS.keyTags = td.keyTags;
    }
    return stringify({ section: "KeyManager", schema: "v1", spec: { extensions: { awsKMS } } });
}

/**
 * A policy for the server's `keyPolicyFile`: root delegation (lockout safety) plus the server role's
 * per-key actions from the seed (CreateKey is not a per-key action, so it is not in a key policy).
 */
export function trustDomainKeyPolicyJson(td: TrustDomainConfig, accountId: string, serverRoleArn: string): string {
    const perKey = actionsOf("trustDomainKeyManager").filter(a => a !== "kms:CreateKey");
    return toJson(
        delegatedKeyPolicy({
            region: td.region,
            accountId,
            extra: [
                {
                    Sid: "AllowTrustDomainServer",
                    Effect: "Allow",
                    Principal: { AWS: serverRoleArn },
                    Action: perKey,
                    Resource: "*",
                },
            ],
        }),
    );
}
