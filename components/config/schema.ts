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

export interface ClusterConfig {
    /** `https://oidc.eks.<region>.amazonaws.com/id/<ID>` */
    oidcIssuerUrl: string;
    /** The issuer without `https://`: the prefix of the `:sub` / `:aud` condition keys. */
    oidcIssuerHost: string;
    /** Existing IAM OIDC provider, or the one this stack creates (`createOidcProvider`). */
    oidcProviderArn: string;
    createOidcProvider: boolean;
    /** Only with createOidcProvider; empty means "let IAM fetch the issuer's certificate chain". */
    thumbprints: string[];
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
