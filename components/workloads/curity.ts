import * as pulumi from "@pulumi/pulumi";
import { AccountProviders } from "../accounts";
import { ClusterAccess } from "../cluster";
import { accountByName, StackConfig } from "../config/schema";
import { curityGrants } from "../iam/grants";
import { stackTags } from "../naming";
import { WorkloadRole } from "../workloadRole";
import { bindServiceAccount, irsaTrust, ServiceAccountBinding } from "./irsa";

export interface CurityDynamoDbAccessArgs {
    config: StackConfig;
    accounts: AccountProviders;
    cluster: ClusterAccess;
}

/**
 * Curity Identity Server's IRSA access to its DynamoDB tables (seed 002): replaces `eksctl create
 * iamserviceaccount` + the hand-written policy with a pinned trust and a least-privilege data-source grant.
 */
export class CurityDynamoDbAccess extends pulumi.ComponentResource {
    readonly roleArn: pulumi.Output<string>;
    readonly serviceAccount: ServiceAccountBinding;

    constructor(name: string, args: CurityDynamoDbAccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:curity:CurityDynamoDbAccess", name, {}, opts);
        const cfg = args.config;
        const curity = cfg.curity!;
        const account = accountByName(cfg, curity.account);
        const role = new WorkloadRole(
            `${name}-role`,
            {
                roleName: curity.roleName,
                description: `Curity Identity Server DynamoDB data source (IRSA ${curity.serviceAccount.namespace}/${curity.serviceAccount.name})`,
                provider: args.accounts.providerFor(account),
                kind: "runtime",
                trust: [irsaTrust(cfg, curity.serviceAccount)],
                grants: curityGrants({
                    region: account.region,
                    accountId: account.accountId,
                    tablePrefix: curity.tablePrefix,
                    allDynamoDbActions: curity.allDynamoDbActions,
                }),
                dependsOn: args.cluster.irsaDependencies,
                tags: stackTags(cfg, "curity"),
            },
            { parent: this },
        );
        this.roleArn = role.roleArn;
        this.serviceAccount = bindServiceAccount(
            this,
            `${name}-sa`,
            args.cluster,
            curity.serviceAccount,
            curity.createNamespace,
            role.roleArn,
            "curity-idsvr",
        );
        this.registerOutputs({ roleArn: this.roleArn });
    }
}
