import * as pulumi from "@pulumi/pulumi";
import { identitiesLabel, ServiceAccountBinding } from "../../identity/binding";
import { WorkloadContext } from "../workload";
import { CurityConfig } from "./config";
import { curityGrants } from "./grants";

export interface CurityDynamoDbAccessArgs {
    curity: CurityConfig;
    ctx: WorkloadContext;
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
        const { curity, ctx } = args;
        const account = ctx.account(curity.account);
        const { role, serviceAccounts } = ctx.identity.role(this, `${name}-role`, {
            roleName: curity.roleName,
            description: `Curity Identity Server DynamoDB data source (${identitiesLabel(curity.identities)} ${curity.serviceAccount.namespace}/${curity.serviceAccount.name})`,
            provider: ctx.providers.providerFor(account),
            kind: "runtime",
            subjects: [
                {
                    kind: "serviceAccount",
                    serviceAccount: curity.serviceAccount,
                    createNamespace: curity.createNamespace,
                    component: "curity-idsvr",
                    resourceName: `${name}-sa`,
                    identities: curity.identities,
                },
            ],
            grants: curityGrants({
                region: account.region,
                accountId: account.accountId,
                tablePrefix: curity.tablePrefix,
                allDynamoDbActions: curity.allDynamoDbActions,
            }),
            tags: ctx.tags("curity"),
        });
        this.roleArn = role.roleArn;
        this.serviceAccount = serviceAccounts[0];
        this.registerOutputs({ roleArn: this.roleArn });
    }
}
