/**
 * IRSA (IAM roles for service accounts): a web-identity trust pinned to `system:serviceaccount:<ns>:<sa>` and
 * the `sts.amazonaws.com` audience of the cluster's OIDC provider, plus the ServiceAccount annotated with the
 * role ARN (EKS user guide, "IAM roles for service accounts").
 */
import * as pulumi from "@pulumi/pulumi";
import * as k8s from "@pulumi/kubernetes";
import { ClusterConfig, ServiceAccountRef } from "../config/schema";
import { TrustedPrincipal } from "../iam/trust";
import { ROLE_ARN_ANNOTATION, WorkloadServiceAccount } from "./serviceAccount";

/** The IRSA trust statement for one ServiceAccount of this stack's cluster. */
export function irsaTrust(cluster: ClusterConfig | undefined, sa: ServiceAccountRef): TrustedPrincipal {
    if (!cluster) {
        // Validation requires a cluster for every IRSA workload; reaching this is a programming error.
        throw new Error("IRSA needs cluster config");
    }
    return {
        kind: "irsa",
        oidcProviderArn: cluster.oidcProviderArn,
        issuerHost: cluster.oidcIssuerHost,
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

export interface ServiceAccountBindingArgs {
    sa: ServiceAccountRef;
    createNamespace: boolean;
    roleArn: pulumi.Output<string>;
    /** `app.kubernetes.io/component` of the ServiceAccount. */
    component: string;
}

/** Creates the annotated ServiceAccount when the stack manages them; otherwise reports what to apply. */
export function bindServiceAccount(
    parent: pulumi.Resource,
    name: string,
    kubernetesProvider: k8s.Provider | undefined,
    args: ServiceAccountBindingArgs,
): ServiceAccountBinding {
    const { sa, roleArn } = args;
    const annotations = roleArn.apply((arn): Record<string, string> => ({ [ROLE_ARN_ANNOTATION]: arn }));
    if (!kubernetesProvider) {
        return { namespace: pulumi.output(sa.namespace), name: pulumi.output(sa.name), annotations, managed: false };
    }
    const created = new WorkloadServiceAccount(
        name,
        {
            namespace: sa.namespace,
            name: sa.name,
            roleArn,
            createNamespace: args.createNamespace,
            provider: kubernetesProvider,
            labels: { "app.kubernetes.io/component": args.component },
        },
        { parent },
    );
    return { namespace: created.namespace, name: created.name, annotations, managed: true };
}

/** The stack output describing a binding (README, "Outputs"). */
export function serviceAccountOutput(b: ServiceAccountBinding) {
    return { namespace: b.namespace, name: b.name, annotations: b.annotations, managedByThisStack: b.managed };
}
