/**
 * The validated, typed stack configuration. Everything downstream (IAM builders, components) consumes only
 * these types, never raw `pulumi.Config`, so every value has been checked before any resource exists.
 */

export interface AccountConfig {
    /** Logical name used everywhere else in the config (`signer.shares.accounts`, …). */
    name: string;
    /** 12-digit AWS account id; also pinned on the provider as `allowedAccountIds`. */
    accountId: string;
    region: string;
    /** Role the deployer assumes into this account (cross-account deployments). */
    assumeRoleArn?: string;
    externalId?: string;
}

/** How pods of a ServiceAccount become a role: IRSA (the OIDC web identity) or EKS Pod Identity. */
export type ServiceAccountIdentity = "irsa" | "podIdentity";
export const SERVICE_ACCOUNT_IDENTITIES: readonly ServiceAccountIdentity[] = ["irsa", "podIdentity"];

/** The cluster as EKS Pod Identity knows it: its name, account and region, hence its ARN. */
export interface EksClusterRef {
    name: string;
    /** The account name (a key of `accounts`): associations are created through its provider. */
    account: string;
    accountId: string;
    region: string;
    /** `arn:<partition>:eks:<region>:<account id>:cluster/<name>`: what the trust pins (eks-cluster-arn). */
    arn: string;
    /** Create the `eks-pod-identity-agent` add-on (protected, retained, `preserve: true`). */
    manageAgentAddon: boolean;
}

/** The IRSA fields are set when the stack uses IRSA; `eks` when it names the cluster (Pod Identity needs it). */
export interface ClusterConfig {
    /** `https://oidc.eks.<region>.amazonaws.com/id/<ID>` */
    oidcIssuerUrl?: string;
    /** The issuer without `https://`: the prefix of the `:sub` / `:aud` condition keys. */
    oidcIssuerHost?: string;
    /** Existing IAM OIDC provider, or the one this stack creates (`createOidcProvider`). */
    oidcProviderArn?: string;
    createOidcProvider: boolean;
    /** Only with createOidcProvider; empty means "let IAM fetch the issuer's certificate chain". */
    thumbprints: string[];
    eks?: EksClusterRef;
}

export interface KubernetesConfig {
    /** When false no Kubernetes provider or object is created; the annotation is exported instead. */
    manageServiceAccounts: boolean;
    /** A kubeconfig path or inline kubeconfig document. */
    kubeconfig?: string;
    context?: string;
}

export interface ServiceAccountRef {
    namespace: string;
    name: string;
}
