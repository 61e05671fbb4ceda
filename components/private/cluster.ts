import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { AccountProviders } from "./accounts";
import { AccountConfig, ClusterConfig, KubernetesConfig } from "../config/schema";

export interface ClusterAccessArgs {
    cluster?: ClusterConfig;
    kubernetes: KubernetesConfig;
    /** The OIDC provider, when created, lives in the primary account. */
    primaryAccount: AccountConfig;
    accounts: AccountProviders;
    tags: Record<string, string>;
}

/**
 * What the workloads need from the EKS cluster: its IAM OIDC provider (created here only when asked, the
 * `eksctl utils associate-iam-oidc-provider` step) and an explicit Kubernetes provider for ServiceAccounts.
 */
export class ClusterAccess extends pulumi.ComponentResource {
    /** Set when this stack manages ServiceAccounts. */
    readonly kubernetesProvider?: k8s.Provider;
    /** Set when this stack creates the OIDC provider: IRSA roles depend on it. */
    readonly oidcProvider?: aws.iam.OpenIdConnectProvider;

    constructor(name: string, args: ClusterAccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:eks:ClusterAccess", name, {}, opts);
        if (args.cluster?.createOidcProvider) {
            this.oidcProvider = new aws.iam.OpenIdConnectProvider(
                `${name}-oidc`,
                {
                    url: args.cluster.oidcIssuerUrl,
                    clientIdLists: ["sts.amazonaws.com"],
                    // Empty: IAM retrieves and trusts the issuer's certificate chain itself.
                    thumbprintLists: args.cluster.thumbprints.length > 0 ? args.cluster.thumbprints : undefined,
                    tags: args.tags,
                },
                { parent: this, provider: args.accounts.providerFor(args.primaryAccount) },
            );
        }
        if (args.kubernetes.manageServiceAccounts) {
            this.kubernetesProvider = new k8s.Provider(
                `${name}-k8s`,
                {
                    kubeconfig: args.kubernetes.kubeconfig,
                    context: args.kubernetes.context,
                },
                { parent: this },
            );
        }
        this.registerOutputs({ oidcProviderArn: this.oidcProvider?.arn });
    }

    /** Resources an IRSA role must be created after. */
    get irsaDependencies(): pulumi.Resource[] {
        return this.oidcProvider ? [this.oidcProvider] : [];
    }
}
