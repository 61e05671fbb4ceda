/**
 * The identity seam: a workload asks for a role bound to its subjects (a Kubernetes ServiceAccount, EC2
 * instances, named IAM principals) and gets the role, its trust policy and whatever binds the subject to it.
 * How a ServiceAccount is bound is decided here only, by the mechanisms its subject names: IRSA (the web-identity
 * trust plus the annotated ServiceAccount) and EKS Pod Identity (a trust for `pods.eks.amazonaws.com` pinned by
 * session tags, plus a PodIdentityAssociation); both during a migration, each trust pinning the same subject.
 */
import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ClusterConfig, ServiceAccountIdentity, ServiceAccountRef } from "../config/schema";
import { TrustedPrincipal } from "../iam/trust";
import { bindServiceAccount, ServiceAccountBinding } from "./binding";
import { irsaTrust } from "./irsa";
import { associatePodIdentity, PodIdentityAssociationBinding, podIdentityTrust } from "./podIdentity";
import { WorkloadRole, WorkloadRoleArgs } from "./workloadRole";

type ServiceAccountSubject = {
    kind: "serviceAccount";
    serviceAccount: ServiceAccountRef;
    createNamespace: boolean;
    /** `app.kubernetes.io/component` of the ServiceAccount. */
    component: string;
    resourceName: string;
    /** How the ServiceAccount's pods become the role: one mechanism, or both during a migration. */
    identities: readonly ServiceAccountIdentity[];
};

/** Who runs as a role. */
export type RoleSubject =
    /** Pods running as this ServiceAccount. `resourceName` names its Kubernetes objects in the stack. */
    | ServiceAccountSubject
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

/** The role being bound, as a mechanism sees it. */
interface RoleInBinding {
    args: BoundRoleArgs;
    /** Set once the role exists (binding happens after the trust is built). */
    role?: WorkloadRole;
}

/** How pods of a ServiceAccount assume a role: the trust they need and what binds them outside Kubernetes. */
interface ServiceAccountMechanism {
    trust(sa: ServiceAccountRef, role: RoleInBinding): TrustedPrincipal;
    /** Resources a role trusting this mechanism must be created after. */
    dependencies: pulumi.Resource[];
    /** IRSA annotates the ServiceAccount with the role ARN. */
    annotates: boolean;
    /** Pod Identity associates the ServiceAccount with the role through the EKS API. */
    associate?(
        parent: pulumi.Resource,
        subject: ServiceAccountSubject,
        role: Required<RoleInBinding>,
    ): PodIdentityAssociationBinding;
}

export interface IdentityBinderArgs {
    cluster?: ClusterConfig;
    /** Set when the stack manages Kubernetes objects. */
    kubernetesProvider?: k8s.Provider;
    /** E.g. the OIDC provider this stack creates. */
    irsaDependencies: pulumi.Resource[];
    /** The provider of the cluster's account (cluster.account): Pod Identity associations are created there. */
    clusterProvider?: aws.Provider;
}

export class IdentityBinder {
    private readonly mechanisms: Record<ServiceAccountIdentity, ServiceAccountMechanism>;

    constructor(private readonly args: IdentityBinderArgs) {
        this.mechanisms = {
            irsa: {
                trust: sa => irsaTrust(args.cluster, sa),
                dependencies: args.irsaDependencies,
                annotates: true,
            },
            podIdentity: {
                trust: (sa, role) =>
                    podIdentityTrust(
                        this.eksCluster(),
                        sa,
                        this.isCrossAccount(role.args) ? { roleName: role.args.roleName } : undefined,
                    ),
                dependencies: [],
                annotates: false,
                associate: (parent, subject, role) =>
                    associatePodIdentity(parent, `${subject.resourceName}-pod-identity`, {
                        cluster: this.eksCluster(),
                        clusterProvider: this.clusterProvider(),
                        sa: subject.serviceAccount,
                        role: role.role,
                        crossAccount: this.isCrossAccount(role.args)
                            ? {
                                  roleName: role.args.roleName,
                                  kind: role.args.kind,
                                  tags: role.args.tags,
                              }
                            : undefined,
                        tags: role.args.tags,
                    }),
            },
        };
    }

    /** A WorkloadRole named `name` under `parent`, trusted by exactly `subjects`, each subject bound to it. */
    role(parent: pulumi.Resource, name: string, args: BoundRoleArgs): BoundRole {
        const { subjects, dependsOn, ...roleArgs } = args;
        const binding: RoleInBinding = { args };
        const mechanismsOf = (s: ServiceAccountSubject) => s.identities.map(i => this.mechanisms[i]);
        const used = subjects.flatMap(s => (s.kind === "serviceAccount" ? mechanismsOf(s) : []));
        const role = new WorkloadRole(
            name,
            {
                ...roleArgs,
                trust: subjects.flatMap(s =>
                    s.kind === "serviceAccount"
                        ? mechanismsOf(s).map(m => m.trust(s.serviceAccount, binding))
                        : [this.trustOf(s)],
                ),
                instanceProfile: subjects.some(s => s.kind === "ec2"),
                dependsOn: [...new Set(used.flatMap(m => m.dependencies)), ...(dependsOn ?? [])],
            },
            { parent },
        );
        const bound = { args, role };
        const serviceAccounts = subjects.flatMap(s => {
            if (s.kind !== "serviceAccount") return [];
            const mechanisms = mechanismsOf(s);
            const sa = bindServiceAccount(parent, s.resourceName, this.args.kubernetesProvider, {
                sa: s.serviceAccount,
                createNamespace: s.createNamespace,
                irsaRoleArn: mechanisms.some(m => m.annotates) ? role.roleArn : undefined,
                component: s.component,
            });
            const associations = mechanisms.flatMap(m => (m.associate ? [m.associate(parent, s, bound)] : []));
            return [{ ...sa, podIdentity: associations[0] }];
        });
        return { role, serviceAccounts };
    }

    private trustOf(subject: Exclude<RoleSubject, ServiceAccountSubject>): TrustedPrincipal {
        switch (subject.kind) {
            case "ec2":
                return { kind: "service", service: "ec2.amazonaws.com" };
            case "principals":
                return { kind: "aws", principalArns: subject.principalArns, externalId: subject.externalId };
        }
    }

    private eksCluster() {
        if (!this.args.cluster?.eks) {
            // Validation requires cluster.name and cluster.account for every Pod Identity workload.
            throw new Error("EKS Pod Identity needs cluster.name and cluster.account");
        }
        return this.args.cluster.eks;
    }

    private clusterProvider(): aws.Provider {
        if (!this.args.clusterProvider) {
            throw new Error("EKS Pod Identity needs the cluster account's provider");
        }
        return this.args.clusterProvider;
    }

    /** A role outside the cluster's account is a Pod Identity target role, reached through an association role. */
    private isCrossAccount(role: BoundRoleArgs): boolean {
        return role.provider !== this.clusterProvider();
    }
}
