/**
 * EKS Pod Identity: a role trusting `pods.eks.amazonaws.com`, pinned by the session tags EKS sets to one cluster
 * ARN, namespace and ServiceAccount, and a PodIdentityAssociation created in the cluster's account (EKS user guide,
 * "Learn how EKS Pod Identity grants pods access to AWS services", pod-identities.html; "Create IAM role with trust
 * policy required by EKS Pod Identity", pod-id-role.html). A role in another account than the cluster is reached
 * as the association's `targetRoleArn`, through an association role in the cluster's account
 * (pod-id-assign-target-role.html).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { actionsOf } from "../iam/accessPaths";
import { partitionOf, roleArn } from "../iam/arns";
import { Grant } from "../iam/documents";
import { TrustedPrincipal } from "../iam/trust";
import { EksClusterRef, ServiceAccountRef } from "../config/schema";
import { RoleKind } from "../private/naming";
import { WorkloadRole } from "./workloadRole";

/** The association as the stack outputs report it. */
export interface PodIdentityAssociationBinding {
    associationArn: pulumi.Output<string>;
    associationId: pulumi.Output<string>;
    /** The role EKS assumes first: the workload role, or the association role of a cross-account target. */
    roleArn: pulumi.Output<string>;
    /** Set when the workload role lives in another account than the cluster. */
    targetRoleArn?: pulumi.Output<string>;
}

/** The trust a workload role needs: the Pod Identity statement, or the target-role statement across accounts. */
export function podIdentityTrust(
    cluster: EksClusterRef,
    sa: ServiceAccountRef,
    crossAccount: { roleName: string } | undefined,
): TrustedPrincipal {
    if (!crossAccount) {
        return { kind: "podIdentity", clusterArn: cluster.arn, serviceAccount: sa };
    }
    const partition = partitionOf(cluster.region);
    return {
        kind: "podIdentityTarget",
        partition,
        clusterAccountId: cluster.accountId,
        associationRoleArn: associationRoleArn(cluster, crossAccount.roleName),
        clusterArn: cluster.arn,
        serviceAccount: sa,
    };
}

/** The association role carries the workload role's name in the cluster's account (IAM names are per account). */
function associationRoleArn(cluster: EksClusterRef, roleName: string): string {
    return roleArn(partitionOf(cluster.region), cluster.accountId, roleName);
}

export interface PodIdentityAssociationArgs {
    cluster: EksClusterRef;
    /** The cluster account's provider: associations and association roles live there. */
    clusterProvider: aws.Provider;
    sa: ServiceAccountRef;
    /** The workload role. */
    role: WorkloadRole;
    /** Set when the workload role lives in another account than the cluster. */
    crossAccount?: { roleName: string; kind: RoleKind; tags: Record<string, string> };
    tags: Record<string, string>;
}

/** Creates the association (and, across accounts, the association role chaining to the workload role). */
export function associatePodIdentity(
    parent: pulumi.Resource,
    name: string,
    args: PodIdentityAssociationArgs,
): PodIdentityAssociationBinding {
    const { cluster, clusterProvider, sa, role } = args;
    let associatedRole = role;
    if (args.crossAccount) {
        const x = args.crossAccount;
        const grants: Grant[] = [
            { sid: "AssumePodIdentityTargetRole", actions: actionsOf("podIdentityTargetChain"), resources: [] },
        ];
        associatedRole = new WorkloadRole(
            `${name}-role`,
            {
                roleName: x.roleName,
                description: `EKS Pod Identity association role of ${sa.namespace}/${sa.name}: chains to ${x.roleName} in its account`,
                provider: clusterProvider,
                trust: [podIdentityTrust(cluster, sa, undefined)],
                kind: x.kind,
                grants: role.roleArn.apply(target => grants.map(g => ({ ...g, resources: [target] }))),
                tags: x.tags,
            },
            { parent },
        );
    }
    const association = new aws.eks.PodIdentityAssociation(
        name,
        {
            clusterName: cluster.name,
            // The cluster's region, whatever the provider's (the cluster account's default region).
            region: cluster.region,
            namespace: sa.namespace,
            serviceAccount: sa.name,
            roleArn: associatedRole.roleArn,
            targetRoleArn: args.crossAccount ? role.roleArn : undefined,
            // The session tags are the trust's only pins: never disabled, so no association `policy` either.
            disableSessionTags: false,
            tags: args.tags,
        },
        { parent, provider: clusterProvider, dependsOn: [associatedRole] },
    );
    return {
        associationArn: association.associationArn,
        associationId: association.associationId,
        roleArn: associatedRole.roleArn,
        targetRoleArn: args.crossAccount ? role.roleArn : undefined,
    };
}
