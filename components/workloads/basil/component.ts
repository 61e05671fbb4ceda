import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { toJson } from "../../iam/documents";
import { delegatedKeyPolicy } from "../../iam/keyPolicies";
import { RoleSubject } from "../../identity";
import { ServiceAccountBinding } from "../../identity/binding";
import { statefulOptions } from "../../private/protection";
import { WorkloadContext } from "../workload";
import { BASIL_KEY_TYPES, BasilConfig, BasilKeyConfig } from "./config";
import { basilProvisionerGrants, basilRuntimeGrants } from "./grants";

export interface BasilBrokerArgs {
    basil: BasilConfig;
    ctx: WorkloadContext;
}

/**
 * The Basil broker's KMS footprint (seed 004): pre-provisioned catalog keys with `alias/basil/<name>`, a
 * runtime role that can only use them, and an optional provisioner role that can create keys and aliases
 * but is never assumable by the runtime identity.
 */
export class BasilBroker extends pulumi.ComponentResource {
    readonly keys: Array<{ name: string; keyType: string; alias: string; arn: pulumi.Output<string> }>;
    readonly runtimeRoleArn: pulumi.Output<string>;
    readonly runtimeInstanceProfile?: pulumi.Output<string>;
    readonly provisionerRoleArn?: pulumi.Output<string>;
    readonly serviceAccount?: ServiceAccountBinding;
    readonly bootstrapServiceAccount?: ServiceAccountBinding;
    readonly catalogJson: string;
    readonly bundleSetBackendCommand: string;

    constructor(name: string, args: BasilBrokerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:basil:BasilBroker", name, {}, opts);
        const { basil, ctx } = args;
        const account = ctx.account(basil.account);
        const provider = ctx.providers.providerFor(account);
        const tags = ctx.tags("basil");

        this.keys = basil.keys.map(k => {
            const key = createBasilKey(
                this,
                `${name}-key-${k.name.replace(/\./g, "-")}`,
                k,
                account.region,
                account.accountId,
                provider,
                tags,
            );
            return { name: k.name, keyType: k.keyType, alias: k.alias, arn: key.arn };
        });
        const keyArns = pulumi.all(this.keys.map(k => k.arn));

        const runtimeSubject: RoleSubject =
            basil.runtimeIdentity === "irsa"
                ? {
                      kind: "serviceAccount",
                      serviceAccount: basil.serviceAccount,
                      createNamespace: basil.createNamespace,
                      component: "basil-broker",
                      resourceName: `${name}-sa`,
                      identities: basil.identities,
                  }
                : { kind: "ec2" };
        const runtime = ctx.identity.role(this, `${name}-runtime`, {
            roleName: basil.runtimeRoleName,
            description: `Basil broker runtime role: use catalog keys, never create them (${basil.runtimeIdentity === "ec2" ? "ec2" : basil.identities.join(" + ")})`,
            provider,
            kind: "runtime",
            tags,
            subjects: [runtimeSubject],
            grants: keyArns.apply(arns =>
                basilRuntimeGrants({ keyArns: arns, requireBasilAlias: basil.requireBasilAlias }),
            ),
        });
        this.runtimeRoleArn = runtime.role.roleArn;
        this.runtimeInstanceProfile = runtime.role.instanceProfileName;
        this.serviceAccount = runtime.serviceAccounts[0];

        if (basil.provisioner) {
            const p = basil.provisioner;
            const subjects: RoleSubject[] = [];
            if (p.operatorPrincipalArns.length > 0) {
                subjects.push({ kind: "principals", principalArns: p.operatorPrincipalArns });
            }
            if (p.bootstrapServiceAccount) {
                subjects.push({
                    kind: "serviceAccount",
                    serviceAccount: p.bootstrapServiceAccount,
                    // Same namespace as the broker: do not create it twice.
                    createNamespace:
                        basil.createNamespace &&
                        (basil.runtimeIdentity !== "irsa" ||
                            p.bootstrapServiceAccount.namespace !== basil.serviceAccount.namespace),
                    component: "basil-provisioner",
                    resourceName: `${name}-bootstrap-sa`,
                    identities: basil.identities,
                });
            }
            const provisioner = ctx.identity.role(this, `${name}-provisioner`, {
                roleName: p.roleName,
                description:
                    "Basil provisioner: creates catalog keys and alias/basil/* aliases; break-glass or bootstrap only",
                provider,
                kind: "provisioner",
                tags,
                subjects,
                grants: basilProvisionerGrants({
                    region: account.region,
                    accountId: account.accountId,
                    requestTag: p.requestTag,
                }),
            });
            this.provisionerRoleArn = provisioner.role.roleArn;
            this.bootstrapServiceAccount = provisioner.serviceAccounts[0];
        }

        this.catalogJson = basilCatalogJson(basil, account.region);
        this.bundleSetBackendCommand = `basil bundle set-backend creds.sealed --backend id=kms,type=aws-kms,region=${account.region} --open passphrase:file=/run/basil/pass`;
        this.registerOutputs({
            runtimeRoleArn: this.runtimeRoleArn,
            provisionerRoleArn: this.provisionerRoleArn,
            catalogJson: this.catalogJson,
        });
    }
}

function createBasilKey(
    parent: pulumi.Resource,
    name: string,
    k: BasilKeyConfig,
    region: string,
    accountId: string,
    provider: aws.Provider,
    tags: Record<string, string>,
): aws.kms.Key {
    const spec = BASIL_KEY_TYPES[k.keyType];
    const symmetric = spec.keySpec === "SYMMETRIC_DEFAULT";
    const key = new aws.kms.Key(
        name,
        {
            description: k.description,
            keyUsage: spec.keyUsage,
            customerMasterKeySpec: spec.keySpec,
            // KMS rotates only symmetric encryption keys; asymmetric keys rotate by new key + alias swap.
            enableKeyRotation: symmetric,
            deletionWindowInDays: 30,
            // Root delegation only: the runtime role's IAM policy grants exactly the catalog operations.
            policy: toJson(delegatedKeyPolicy({ region, accountId })),
            tags: { ...tags, "basil:catalog-key": k.name },
        },
        statefulOptions({ parent, provider }),
    );
    new aws.kms.Alias(`${name}-alias`, { name: k.alias, targetKeyId: key.keyId }, { parent, provider });
    return key;
}

/** The Basil catalog (schemaVersion 1): an aws-kms transit backend and every key, pre-provisioned only. */
function basilCatalogJson(basil: BasilConfig, region: string): string {
    const keys = Object.fromEntries(
        basil.keys.map(k => [
            k.name,
            {
                class: BASIL_KEY_TYPES[k.keyType].keySpec === "SYMMETRIC_DEFAULT" ? "symmetric" : "asymmetric",
                keyType: k.keyType,
                backend: "kms",
                engine: "transit",
                path: k.alias,
                writable: false,
                // The broker holds only the runtime policy: a missing key is an error, never a silent mint.
                missing: "error",
                description: k.description,
            },
        ]),
    );
    return JSON.stringify(
        {
            schemaVersion: 1,
            backends: { kms: { kind: "aws-kms", addr: `aws-kms:${region}`, engines: ["transit"] } },
            keys,
        },
        null,
        2,
    );
}
