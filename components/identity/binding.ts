/**
 * What binds a ServiceAccount to its role in the cluster, whatever the mechanisms: the ServiceAccount itself
 * (created when the stack manages them), its IRSA annotation, and its EKS Pod Identity association.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ServiceAccountIdentity, ServiceAccountRef } from "../config/schema";
import { PodIdentityAssociationBinding } from "./podIdentity";
import { ROLE_ARN_ANNOTATION, WorkloadServiceAccount } from "./serviceAccount";

export interface ServiceAccountBinding {
    namespace: pulumi.Output<string>;
    name: pulumi.Output<string>;
    /** The annotations to apply by hand when this stack does not manage ServiceAccounts (IRSA's role ARN). */
    annotations: pulumi.Output<Record<string, string>>;
    managed: boolean;
    /** Set when EKS Pod Identity binds the ServiceAccount. */
    podIdentity?: PodIdentityAssociationBinding;
}

export interface ServiceAccountBindingArgs {
    sa: ServiceAccountRef;
    createNamespace: boolean;
    /** IRSA: the role ARN of the annotation; undefined when only Pod Identity binds the ServiceAccount. */
    irsaRoleArn?: pulumi.Output<string>;
    /** `app.kubernetes.io/component` of the ServiceAccount. */
    component: string;
}

/** Creates the ServiceAccount when the stack manages them; otherwise reports what to apply. */
export function bindServiceAccount(
    parent: pulumi.Resource,
    name: string,
    kubernetesProvider: k8s.Provider | undefined,
    args: ServiceAccountBindingArgs,
): ServiceAccountBinding {
    const { sa, irsaRoleArn } = args;
    const annotations = irsaRoleArn
        ? irsaRoleArn.apply((arn): Record<string, string> => ({ [ROLE_ARN_ANNOTATION]: arn }))
        : pulumi.output<Record<string, string>>({});
    if (!kubernetesProvider) {
        return { namespace: pulumi.output(sa.namespace), name: pulumi.output(sa.name), annotations, managed: false };
    }
    const created = new WorkloadServiceAccount(
        name,
        {
            namespace: sa.namespace,
            name: sa.name,
            roleArn: irsaRoleArn,
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
    return {
        namespace: b.namespace,
        name: b.name,
        annotations: b.annotations,
        managedByThisStack: b.managed,
        ...(b.podIdentity ? { podIdentityAssociation: b.podIdentity } : {}),
    };
}

/** How role descriptions name the binding: `IRSA` (as every existing role says), `Pod Identity`, or both. */
export function identitiesLabel(identities: readonly ServiceAccountIdentity[]): string {
    return identities.map(i => (i === "irsa" ? "IRSA" : "Pod Identity")).join(" + ");
}
