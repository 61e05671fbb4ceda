import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { partitionOf, roleArn, tableArn } from "../../iam/arns";
import { grantsDocument, toJson } from "../../iam/documents";
import { delegatedKeyPolicy } from "../../iam/keyPolicies";
import { WorkloadRole } from "../../identity/workloadRole";
import { statefulOptions } from "../../private/protection";
import { WorkloadContext } from "../workload";
import { CrossAccountConfig } from "./config";
import { crossAccountAccessGrants, crossAccountCallerGrants } from "./grants";

export interface CrossAccountDataAccessArgs {
    crossAccount: CrossAccountConfig;
    ctx: WorkloadContext;
}

/**
 * Seed 003 without long-lived keys or scripts: in account A an access role that reads one table and
 * decrypts with one key, trusted by exactly one account-B role; in account B that role may assume exactly
 * the access role. Each side is deployed by its own account's provider.
 */
export class CrossAccountDataAccess extends pulumi.ComponentResource {
    readonly accessRoleArn: pulumi.Output<string>;
    readonly callerRoleArn: string;
    readonly callerInstanceProfile?: pulumi.Output<string>;
    readonly keyArn: pulumi.Output<string>;
    readonly tableArn: string;

    constructor(name: string, args: CrossAccountDataAccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:crossaccount:CrossAccountDataAccess", name, {}, opts);
        const { crossAccount: x, ctx } = args;
        const dataAccount = ctx.account(x.dataAccount);
        const callerAccount = ctx.account(x.callerAccount);
        const dataProvider = ctx.providers.providerFor(dataAccount);
        const callerProvider = ctx.providers.providerFor(callerAccount);
        const tags = ctx.tags("cross-account");
        this.tableArn = tableArn(dataAccount.region, dataAccount.accountId, x.tableName);
        this.callerRoleArn = roleArn(partitionOf(callerAccount.region), callerAccount.accountId, x.callerRoleName);
        const accessRoleArn = roleArn(partitionOf(dataAccount.region), dataAccount.accountId, x.accessRoleName);

        // Account B's instance role: created here (EC2 trust + instance profile) or an existing one.
        const [accessRoleArnOutput, resolveAccessRoleArn] = pulumi.deferredOutput<string>();
        let callerRole: WorkloadRole | undefined;
        if (x.createCallerRole) {
            callerRole = ctx.identity.role(this, `${name}-caller`, {
                roleName: x.callerRoleName,
                description: `Account-B instance role; may assume only ${accessRoleArn}`,
                provider: callerProvider,
                kind: "runtime",
                tags,
                subjects: [{ kind: "ec2" }],
                grants: accessRoleArnOutput.apply(arn => crossAccountCallerGrants(arn)),
            }).role;
            this.callerInstanceProfile = callerRole.instanceProfileName;
        } else {
            new aws.iam.RolePolicy(
                `${name}-caller-assume`,
                {
                    role: x.callerRoleName,
                    name: `${x.accessRoleName}-assume`.slice(0, 128),
                    policy: accessRoleArnOutput.apply(arn => toJson(grantsDocument(crossAccountCallerGrants(arn)))),
                },
                { parent: this, provider: callerProvider },
            );
        }

        const keyArn = x.kmsKeyArn
            ? pulumi.output(x.kmsKeyArn)
            : new aws.kms.Key(
                  `${name}-key`,
                  {
                      description: `Account-A data key, decryptable by ${accessRoleArn}`,
                      keyUsage: "ENCRYPT_DECRYPT",
                      customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                      enableKeyRotation: true,
                      deletionWindowInDays: 30,
                      // The access role lives in this account: its IAM policy grants Decrypt under root delegation.
                      policy: toJson(
                          delegatedKeyPolicy({ region: dataAccount.region, accountId: dataAccount.accountId }),
                      ),
                      tags,
                  },
                  statefulOptions({ parent: this, provider: dataProvider }),
              ).arn;
        this.keyArn = keyArn;
        if (!x.kmsKeyArn) {
            // The custody model selects a key by its alias (what AWS resolves), so the created key gets one.
            // CreateAlias takes a key ARN as TargetKeyId (AWS KMS API reference, CreateAlias).
            new aws.kms.Alias(
                `${name}-key-alias`,
                { name: ctx.naming.crossAccountKeyAlias(), targetKeyId: keyArn },
                { parent: this, provider: dataProvider },
            );
        }

        const { role: access } = ctx.identity.role(this, `${name}-access`, {
            roleName: x.accessRoleName,
            description: `Read ${x.tableName} and decrypt with its key for ${this.callerRoleArn}`,
            provider: dataProvider,
            kind: "cross-account",
            tags,
            subjects: [{ kind: "principals", principalArns: [this.callerRoleArn], externalId: x.externalId }],
            grants: keyArn.apply(arn =>
                crossAccountAccessGrants({
                    tableArn: this.tableArn,
                    tableHasIndexes: x.tableHasIndexes,
                    keyArn: arn,
                }),
            ),
            // IAM rejects a trust policy naming a role that does not exist yet.
            dependsOn: callerRole ? [callerRole.role] : [],
        });
        resolveAccessRoleArn(access.roleArn);
        this.accessRoleArn = access.roleArn;
        this.registerOutputs({
            accessRoleArn: this.accessRoleArn,
            callerRoleArn: this.callerRoleArn,
            keyArn: this.keyArn,
        });
    }
}
