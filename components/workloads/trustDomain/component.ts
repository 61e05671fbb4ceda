import * as pulumi from "@pulumi/pulumi";
import { stringify } from "yaml";
import { actionsOf } from "../../iam/accessPaths";
import { toJson } from "../../iam/documents";
import { delegatedKeyPolicy } from "../../iam/keyPolicies";
import { identitiesLabel, ServiceAccountBinding } from "../../identity/binding";
import { WorkloadContext } from "../workload";
import { TrustDomainConfig } from "./config";
import { trustDomainGrants } from "./grants";

export interface TrustDomainKeyManagerArgs {
    trustDomain: TrustDomainConfig;
    ctx: WorkloadContext;
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
        const { trustDomain: td, ctx } = args;
        const account = ctx.account(td.account);
        const { role, serviceAccounts } = ctx.identity.role(this, `${name}-role`, {
            roleName: td.roleName,
            description: `Defakto Trust Domain Server KMS key manager (${identitiesLabel(td.identities)} ${td.serviceAccount.namespace}/${td.serviceAccount.name})`,
            provider: ctx.providers.providerFor(account),
            kind: "key-manager",
            subjects: [
                {
                    kind: "serviceAccount",
                    serviceAccount: td.serviceAccount,
                    createNamespace: td.createNamespace,
                    component: "trust-domain-server",
                    resourceName: `${name}-sa`,
                    identities: td.identities,
                },
            ],
            grants: trustDomainGrants(),
            tags: ctx.tags("trust-domain"),
        });
        this.roleArn = role.roleArn;
        this.serviceAccount = serviceAccounts[0];
        this.keyManagerConfigYaml = keyManagerSection(td);
        if (td.exportKeyPolicy) {
            this.keyPolicyJson = role.roleArn.apply(arn => trustDomainKeyPolicyJson(td, account.accountId, arn));
        }
        this.registerOutputs({ roleArn: this.roleArn, keyManagerConfigYaml: this.keyManagerConfigYaml });
    }
}

/** The KeyManager section for `spirlctl config set trust-domain-deployment --id <id> key-manager.yaml`. */
function keyManagerSection(td: TrustDomainConfig): string {
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
function trustDomainKeyPolicyJson(td: TrustDomainConfig, accountId: string, serverRoleArn: string): string {
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
