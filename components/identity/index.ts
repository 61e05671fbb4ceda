/**
 * The identity seam: a workload asks for a role bound to its subjects (a Kubernetes ServiceAccount, EC2
 * instances, named IAM principals) and gets the role, its trust policy and whatever binds the subject to it.
 * How a ServiceAccount is bound is decided here only, by the mechanisms the stack uses: today IRSA (the
 * web-identity trust plus the annotated ServiceAccount). Another mechanism (EKS Pod Identity: a trust for
 * `pods.eks.amazonaws.com` and a PodIdentityAssociation) is one more `ServiceAccountMechanism`, chosen here,
 * without a change to any workload.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ClusterConfig, ServiceAccountRef } from "../config/schema";
import { TrustedPrincipal } from "../iam/trust";
import { bindServiceAccount, irsaTrust, ServiceAccountBinding } from "./irsa";
import { WorkloadRole, WorkloadRoleArgs } from "./workloadRole";

/** Who runs as a role. */
export type RoleSubject =
    /** Pods running as this ServiceAccount. `resourceName` names its Kubernetes objects in the stack. */
    | {
          kind: "serviceAccount";
          serviceAccount: ServiceAccountRef;
          createNamespace: boolean;
          /** `app.kubernetes.io/component` of the ServiceAccount. */
          component: string;
          resourceName: string;
      }
    /** EC2 instances, through an instance profile named like the role. */
    | { kind: "ec2" }
    /** Named IAM principals (operators, another account's role), optionally with an sts ExternalId. */
    | { kind: "principals"; principalArns: readonly string[]; externalId?: string };

export interface BoundRoleArgs extends Omit<WorkloadRoleArgs, "trust" | "instanceProfile"> {
    /** In trust-policy order. */
    subjects: readonly RoleSubject[];
}

export interface BoundRole {
    role: WorkloadRole;
    /** One per serviceAccount subject, in order. */
    serviceAccounts: ServiceAccountBinding[];
}

/** How pods of a ServiceAccount assume a role: the trust they need and what binds them in the cluster. */
interface ServiceAccountMechanism {
    trust(sa: ServiceAccountRef): TrustedPrincipal;
    /** Resources a role trusting this mechanism must be created after. */
    dependencies: pulumi.Resource[];
    bind(
        parent: pulumi.Resource,
        subject: Extract<RoleSubject, { kind: "serviceAccount" }>,
        roleArn: pulumi.Output<string>,
    ): ServiceAccountBinding;
}

export interface IdentityBinderArgs {
    cluster?: ClusterConfig;
    /** Set when the stack manages Kubernetes objects. */
    kubernetesProvider?: k8s.Provider;
    /** E.g. the OIDC provider this stack creates. */
    irsaDependencies: pulumi.Resource[];
}

export class IdentityBinder {
    private readonly serviceAccounts: ServiceAccountMechanism;

    constructor(args: IdentityBinderArgs) {
        this.serviceAccounts = {
            trust: sa => irsaTrust(args.cluster, sa),
            dependencies: args.irsaDependencies,
            bind: (parent, subject, roleArn) =>
                bindServiceAccount(parent, subject.resourceName, args.kubernetesProvider, {
                    sa: subject.serviceAccount,
                    createNamespace: subject.createNamespace,
                    roleArn,
                    component: subject.component,
                }),
        };
    }

    /** A WorkloadRole named `name` under `parent`, trusted by exactly `subjects`, each subject bound to it. */
    role(parent: pulumi.Resource, name: string, args: BoundRoleArgs): BoundRole {
        const { subjects, dependsOn, ...roleArgs } = args;
        const usesServiceAccounts = subjects.some(s => s.kind === "serviceAccount");
        const role = new WorkloadRole(
            name,
            {
                ...roleArgs,
                trust: subjects.map(s => this.trustOf(s)),
                instanceProfile: subjects.some(s => s.kind === "ec2"),
                dependsOn: [...(usesServiceAccounts ? this.serviceAccounts.dependencies : []), ...(dependsOn ?? [])],
            },
            { parent },
        );
        const serviceAccounts = subjects.flatMap(s =>
            s.kind === "serviceAccount" ? [this.serviceAccounts.bind(parent, s, role.roleArn)] : [],
        );
        return { role, serviceAccounts };
    }

    private trustOf(subject: RoleSubject): TrustedPrincipal {
        switch (subject.kind) {
            case "serviceAccount":
                return this.serviceAccounts.trust(subject.serviceAccount);
            case "ec2":
                return { kind: "service", service: "ec2.amazonaws.com" };
            case "principals":
                return { kind: "aws", principalArns: subject.principalArns, externalId: subject.externalId };
        }
    }
}
