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
 * `eksctl utils associate-iam-oidc-provider` step), the provider of its account for Pod Identity associations,
 * the `eks-pod-identity-agent` add-on when asked, and an explicit Kubernetes provider for ServiceAccounts.
 */
export class ClusterAccess extends pulumi.ComponentResource {
    /** Set when this stack manages ServiceAccounts. */
    readonly kubernetesProvider?: k8s.Provider;
    /** Set when this stack creates the OIDC provider: IRSA roles depend on it. */
    readonly oidcProvider?: aws.iam.OpenIdConnectProvider;
    /** The provider of the cluster's account, when the stack names the cluster (cluster.name, cluster.account). */
    readonly clusterProvider?: aws.Provider;
    /** Set when this stack manages the `eks-pod-identity-agent` add-on. */
    readonly podIdentityAgent?: aws.eks.Addon;

    constructor(name: string, args: ClusterAccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:eks:ClusterAccess", name, {}, opts);
        const eks = args.cluster?.eks;
        if (eks) {
            this.clusterProvider = args.accounts.providerFor(eks.account);
            if (eks.manageAgentAddon) {
                // EKS user guide, "Set up the Amazon EKS Pod Identity Agent" (pod-id-agent-setup.html): the agent
                // serves every Pod Identity credential of the cluster. preserve keeps it in the cluster if the
                // add-on ever leaves Pulumi; protect and retainOnDelete keep Pulumi from deleting it.
                this.podIdentityAgent = new aws.eks.Addon(
                    `${name}-pod-identity-agent`,
                    {
                        clusterName: eks.name,
                        region: eks.region,
                        addonName: "eks-pod-identity-agent",
                        preserve: true,
                        tags: args.tags,
                    },
                    { parent: this, provider: this.clusterProvider, protect: true, retainOnDelete: true },
                );
            }
        }
        if (args.cluster?.createOidcProvider && args.cluster.oidcIssuerUrl) {
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
