/**
 * IRSA (IAM roles for service accounts): a web-identity trust pinned to `system:serviceaccount:<ns>:<sa>` and
 * the `sts.amazonaws.com` audience of the cluster's OIDC provider, plus the ServiceAccount annotated with the
 * role ARN (EKS user guide, "IAM roles for service accounts").
 */
import { ClusterConfig, ServiceAccountRef } from "../config/schema";
import { TrustedPrincipal } from "../iam/trust";

/** The IRSA trust statement for one ServiceAccount of this stack's cluster. */
export function irsaTrust(cluster: ClusterConfig | undefined, sa: ServiceAccountRef): TrustedPrincipal {
    if (!cluster?.oidcProviderArn || !cluster.oidcIssuerHost) {
        // Validation requires the cluster's OIDC issuer for every IRSA workload; reaching this is a programming error.
        throw new Error("IRSA needs cluster.oidcIssuerUrl");
    }
    return {
        kind: "irsa",
        oidcProviderArn: cluster.oidcProviderArn,
        issuerHost: cluster.oidcIssuerHost,
        serviceAccount: sa,
    };
}
