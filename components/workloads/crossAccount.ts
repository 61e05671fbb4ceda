import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountProviders } from "../accounts";
import { accountByName, StackConfig } from "../config/schema";
import { partitionOf, roleArn, tableArn } from "../iam/arns";
import { grantsDocument, toJson } from "../iam/documents";
import { crossAccountAccessGrants, crossAccountCallerGrants } from "../iam/grants";
import { delegatedKeyPolicy } from "../iam/keyPolicies";
import { crossAccountKeyAlias, stackTags } from "../naming";
import { statefulOptions } from "../protection";
import { WorkloadRole } from "../workloadRole";

export interface CrossAccountDataAccessArgs {
    config: StackConfig;
    accounts: AccountProviders;
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
        const cfg = args.config;
        const x = cfg.crossAccount!;
        const dataAccount = accountByName(cfg, x.dataAccount);
        const callerAccount = accountByName(cfg, x.callerAccount);
        const dataProvider = args.accounts.providerFor(dataAccount);
        const callerProvider = args.accounts.providerFor(callerAccount);
        const tags = stackTags(cfg, "cross-account");
        this.tableArn = tableArn(dataAccount.region, dataAccount.accountId, x.tableName);
        this.callerRoleArn = roleArn(partitionOf(callerAccount.region), callerAccount.accountId, x.callerRoleName);
        const accessRoleArn = roleArn(partitionOf(dataAccount.region), dataAccount.accountId, x.accessRoleName);

        // Account B's instance role: created here (EC2 trust + instance profile) or an existing one.
        const [accessRoleArnOutput, resolveAccessRoleArn] = pulumi.deferredOutput<string>();
        let callerRole: WorkloadRole | undefined;
        if (x.createCallerRole) {
            callerRole = new WorkloadRole(
                `${name}-caller`,
                {
                    roleName: x.callerRoleName,
                    description: `Account-B instance role; may assume only ${accessRoleArn}`,
                    provider: callerProvider,
                    kind: "runtime",
                    tags,
                    trust: [{ kind: "service", service: "ec2.amazonaws.com" }],
                    grants: accessRoleArnOutput.apply(arn => crossAccountCallerGrants(arn)),
                    instanceProfile: true,
                },
                { parent: this },
            );
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
                { name: crossAccountKeyAlias(cfg), targetKeyId: keyArn },
                { parent: this, provider: dataProvider },
            );
        }

        const access = new WorkloadRole(
            `${name}-access`,
            {
                roleName: x.accessRoleName,
                description: `Read ${x.tableName} and decrypt with its key for ${this.callerRoleArn}`,
                provider: dataProvider,
                kind: "cross-account",
                tags,
                // IAM rejects a trust policy naming a role that does not exist yet.
                trust: [{ kind: "aws", principalArns: [this.callerRoleArn], externalId: x.externalId }],
                grants: keyArn.apply(arn =>
                    crossAccountAccessGrants({
                        tableArn: this.tableArn,
                        tableHasIndexes: x.tableHasIndexes,
                        keyArn: arn,
                    }),
                ),
                dependsOn: callerRole ? [callerRole.role] : [],
            },
            { parent: this },
        );
        resolveAccessRoleArn(access.roleArn);
        this.accessRoleArn = access.roleArn;
        this.registerOutputs({
            accessRoleArn: this.accessRoleArn,
            callerRoleArn: this.callerRoleArn,
            keyArn: this.keyArn,
        });
    }
}
