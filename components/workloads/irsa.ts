import * as pulumi from "@pulumi/pulumi";
import { ClusterAccess } from "../cluster";
import { ServiceAccountRef, StackConfig } from "../config/schema";
import { TrustedPrincipal } from "../iam/trust";
import { ROLE_ARN_ANNOTATION, WorkloadServiceAccount } from "../serviceAccount";

/** The IRSA trust statement for one ServiceAccount of this stack's cluster. */
export function irsaTrust(cfg: StackConfig, sa: ServiceAccountRef): TrustedPrincipal {
    if (!cfg.cluster) {
        // Validation requires a cluster for every IRSA workload; reaching this is a programming error.
        throw new Error("IRSA needs cluster config");
    }
    return {
        kind: "irsa",
        oidcProviderArn: cfg.cluster.oidcProviderArn,
        issuerHost: cfg.cluster.oidcIssuerHost,
        serviceAccount: sa,
    };
}

export interface ServiceAccountBinding {
    namespace: pulumi.Output<string>;
    name: pulumi.Output<string>;
    /** The annotation to apply by hand when this stack does not manage ServiceAccounts. */
    annotations: pulumi.Output<Record<string, string>>;
    managed: boolean;
}

/** Creates the annotated ServiceAccount when the stack manages them; otherwise reports what to apply. */
export function bindServiceAccount(
    parent: pulumi.Resource,
    name: string,
    cluster: ClusterAccess,
    sa: ServiceAccountRef,
    createNamespace: boolean,
    roleArn: pulumi.Output<string>,
    component: string,
): ServiceAccountBinding {
    const annotations = roleArn.apply((arn): Record<string, string> => ({ [ROLE_ARN_ANNOTATION]: arn }));
    if (!cluster.kubernetesProvider) {
        return { namespace: pulumi.output(sa.namespace), name: pulumi.output(sa.name), annotations, managed: false };
    }
    const created = new WorkloadServiceAccount(
        name,
        {
            namespace: sa.namespace,
            name: sa.name,
            roleArn,
            createNamespace,
            provider: cluster.kubernetesProvider,
            labels: { "app.kubernetes.io/component": component },
        },
        { parent },
    );
    return { namespace: created.namespace, name: created.name, annotations, managed: true };
}
