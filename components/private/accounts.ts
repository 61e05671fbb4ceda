import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountConfig } from "../config/schema";

export interface AccountProvidersArgs {
    accounts: readonly AccountConfig[];
    /** `<project>-<stack>`: the session name of every assumed deploy role. */
    sessionName: string;
}

/**
 * One aws.Provider per declared account. `allowedAccountIds` pins each provider to its account, so
 * credentials for the wrong account fail the deployment instead of creating keys in it.
 */
export class AccountProviders extends pulumi.ComponentResource {
    readonly providers: Record<string, aws.Provider>;

    constructor(name: string, args: AccountProvidersArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:accounts:AccountProviders", name, {}, opts);
        this.providers = createAccountProviders(this, args);
        this.registerOutputs({});
    }

    providerFor(account: AccountConfig | string): aws.Provider {
        const name = typeof account === "string" ? account : account.name;
        const provider = this.providers[name];
        if (!provider) {
            throw new Error(`no provider for account "${name}"`);
        }
        return provider;
    }
}

function createAccountProviders(parent: pulumi.Resource, args: AccountProvidersArgs): Record<string, aws.Provider> {
    const providers: Record<string, aws.Provider> = {};
    for (const account of args.accounts) {
        providers[account.name] = new aws.Provider(
            `aws-${account.name}`,
            {
                region: account.region as aws.Region,
                allowedAccountIds: [account.accountId],
                assumeRoles: account.assumeRoleArn
                    ? [
                          {
                              roleArn: account.assumeRoleArn,
                              sessionName: args.sessionName.slice(0, 64),
                              externalId: account.externalId,
                          },
                      ]
                    : undefined,
            },
            { parent },
        );
    }
    return providers;
}
