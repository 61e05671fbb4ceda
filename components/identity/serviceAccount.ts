import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

export const ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";

export interface WorkloadServiceAccountArgs {
    namespace: string;
    name: string;
    /** IRSA: the role ARN the ServiceAccount is annotated with. Pod Identity binds without an annotation. */
    roleArn?: pulumi.Input<string>;
    /** Create the namespace too; off by default because namespaces are usually owned by the platform. */
    createNamespace: boolean;
    /** The explicit Kubernetes provider built from stack config: never an ambient kubeconfig. */
    provider: k8s.Provider;
    labels?: Record<string, string>;
}

/**
 * The ServiceAccount a role is bound to, named exactly as the trust pins it: annotated with the role ARN for IRSA,
 * left unannotated when only an EKS Pod Identity association binds it.
 */
export class WorkloadServiceAccount extends pulumi.ComponentResource {
    readonly namespace: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;

    constructor(name: string, args: WorkloadServiceAccountArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:k8s:WorkloadServiceAccount", name, {}, opts);
        const sa = createServiceAccount(this, name, args);
        this.namespace = sa.metadata.namespace;
        this.name = sa.metadata.name;
        this.registerOutputs({ namespace: this.namespace, name: this.name });
    }
}

function createServiceAccount(
    parent: pulumi.Resource,
    name: string,
    args: WorkloadServiceAccountArgs,
): k8s.core.v1.ServiceAccount {
    const labels = { "app.kubernetes.io/managed-by": "pulumi", ...args.labels };
    const namespace = args.createNamespace
        ? // Deleting a namespace deletes every workload in it: protected and retained like the tables.
          new k8s.core.v1.Namespace(
              `${name}-namespace`,
              { metadata: { name: args.namespace, labels } },
              { parent, provider: args.provider, protect: true, retainOnDelete: true },
          )
        : undefined;
    return new k8s.core.v1.ServiceAccount(
        name,
        {
            metadata: {
                // Explicit names: auto-naming would add a suffix and break the trust policy's pinned sub.
                name: args.name,
                namespace: namespace ? namespace.metadata.name : args.namespace,
                labels,
                annotations: args.roleArn === undefined ? undefined : { [ROLE_ARN_ANNOTATION]: args.roleArn },
            },
            // Tokens are projected (IRSA webhook or Pod Identity agent); no long-lived secret is mounted.
            automountServiceAccountToken: true,
        },
        { parent, provider: args.provider },
    );
}
