import * as pulumi from "@pulumi/pulumi";
import { stringify } from "yaml";
import { partitionOf, roleArn } from "../../iam/arns";
import { identitiesLabel, ServiceAccountBinding } from "../../identity/binding";
import { WorkloadContext } from "../workload";
import { SignerConfig } from "./config";
import { signerGrants } from "./grants";
import { ShareKeyRing } from "./shareKeyRing";
import { SignerTables, TableRef } from "./tables";

export interface ContainmentChamberSignerArgs {
    signer: SignerConfig;
    ctx: WorkloadContext;
}

export interface ShareKeyOutput {
    index: number;
    arn: pulumi.Output<string>;
    alias: string;
    account: string;
    accountId: string;
    region: string;
}

/**
 * The Containment Chamber Ethereum signer (seed 000): its DynamoDB tables, N Shamir share keys across
 * accounts, the IRSA runtime role with grants derived from its access paths, and its ServiceAccount.
 *
 * Ordering without a cycle: the role is created first (trust only); each share key's policy names the role's
 * ARN (KMS rejects principals that do not exist yet); the role's RolePolicy names the key ARNs last.
 */
export class ContainmentChamberSigner extends pulumi.ComponentResource {
    readonly tables: { keystore?: TableRef; antiSlashing?: TableRef; signerState?: TableRef };
    readonly shareKeys: ShareKeyOutput[];
    readonly threshold?: number;
    readonly roleArn: pulumi.Output<string>;
    readonly instanceProfileName?: pulumi.Output<string>;
    readonly serviceAccount: ServiceAccountBinding;
    readonly signerConfigYaml: pulumi.Output<string>;
    readonly operatorInitCommand?: pulumi.Output<string>;

    constructor(name: string, args: ContainmentChamberSignerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:signer:ContainmentChamberSigner", name, {}, opts);
        const { signer, ctx } = args;
        const primary = ctx.primaryAccount;
        const primaryProvider = ctx.providers.providerFor(primary);
        const tags = ctx.tags("containment-chamber");

        const tables = new SignerTables(
            `${name}-tables`,
            {
                account: primary,
                provider: primaryProvider,
                tags,
                keystore: signer.tables.keystore,
                antiSlashing: signer.tables.antiSlashing,
                signerState: signer.tables.signerState,
                encryptionKeyAlias: ctx.naming.signerTablesKeyAlias(),
            },
            { parent: this },
        );

        const [shareKeyArns, resolveShareKeyArns] = pulumi.deferredOutput<string[]>();
        const grants = pulumi
            .all([
                tables.keystore?.arn,
                tables.antiSlashing?.arn,
                tables.signerState?.arn,
                signer.shares ? shareKeyArns : [],
            ])
            .apply(([keystoreTableArn, antiSlashingTableArn, signerStateTableArn, keyArns]) =>
                signerGrants({ keystoreTableArn, antiSlashingTableArn, signerStateTableArn, shareKeyArns: keyArns }),
            );

        const { role, serviceAccounts } = ctx.identity.role(this, `${name}-role`, {
            roleName: signer.roleName,
            description: `Containment Chamber signer runtime role (${identitiesLabel(signer.identities)} ${signer.namespace}/${signer.serviceAccount})`,
            provider: primaryProvider,
            subjects: [
                {
                    kind: "serviceAccount",
                    serviceAccount: { namespace: signer.namespace, name: signer.serviceAccount },
                    createNamespace: signer.createNamespace,
                    component: "signer",
                    resourceName: `${name}-sa`,
                    identities: signer.identities,
                },
                ...(signer.instanceProfile ? [{ kind: "ec2" as const }] : []),
            ],
            kind: "runtime",
            grants,
            tags,
        });

        this.shareKeys = [];
        if (signer.shares) {
            const ring = new ShareKeyRing(
                `${name}-shares`,
                {
                    ringName: "signer",
                    threshold: signer.shares.threshold,
                    granteeRoleArn: role.roleArn,
                    shares: signer.shares.accounts.map((accountName, i) => {
                        const account = ctx.account(accountName);
                        return {
                            account,
                            provider: ctx.providers.providerFor(account),
                            alias: ctx.naming.shareKeyAlias("signer", i + 1),
                        };
                    }),
                    tags,
                },
                { parent: this },
            );
            resolveShareKeyArns(ring.keyArns);
            this.shareKeys = ring.keys.map(k => ({
                index: k.index,
                arn: k.arn,
                alias: k.alias,
                account: k.accountName,
                accountId: k.accountId,
                region: k.region,
            }));
            this.threshold = signer.shares.threshold;
            const threshold = signer.shares.threshold;
            this.operatorInitCommand = ring.keyArns.apply(arns => operatorInitCommand(arns, threshold));
        }

        this.tables = { keystore: tables.keystore, antiSlashing: tables.antiSlashing, signerState: tables.signerState };
        this.roleArn = role.roleArn;
        this.instanceProfileName = role.instanceProfileName;
        this.serviceAccount = serviceAccounts[0];
        this.signerConfigYaml = pulumi
            .all([tables.keystore?.name, tables.antiSlashing?.name, tables.signerState?.name])
            .apply(([keystore, antiSlashing, signerState]) =>
                signerConfigYaml(signer, primary.region, { keystore, antiSlashing, signerState }),
            );

        // Sanity: the role ARN the key policies name is the one IAM will give the role.
        const expectedRoleArn = roleArn(partitionOf(primary.region), primary.accountId, signer.roleName);
        this.registerOutputs({ roleArn: this.roleArn, expectedRoleArn, signerConfigYaml: this.signerConfigYaml });
    }
}

/** `containment-chamber operator init` with every share key, in share order, and the threshold. */
function operatorInitCommand(keyArns: readonly string[], threshold: number): string {
    return `containment-chamber operator init --kms-key-arns ${keyArns.join(",")} --kms-threshold ${threshold}`;
}

/** The signer's config.yaml fragment for the DynamoDB-backed features this stack provisions. */
function signerConfigYaml(
    signer: SignerConfig,
    region: string,
    names: { keystore?: string; antiSlashing?: string; signerState?: string },
): string {
    const doc: Record<string, unknown> = {};
    if (names.keystore) {
        doc.key_sources = {
            dynamodb: { table: names.keystore, region, index: signer.tables.keystore?.statusIndexName },
        };
    }
    if (names.antiSlashing) {
        doc.anti_slashing = { backend: "dynamodb", dynamodb: { table: names.antiSlashing, region } };
    }
    if (names.signerState) {
        doc.signer_state = { backend: "dynamodb", dynamodb: { table: names.signerState, region } };
    }
    return stringify(doc);
}
