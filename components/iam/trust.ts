/** The one trust-policy builder: every role's assume-role document comes from here. */
import { accountRootArn } from "./arns";
import { PolicyDocument, policyDocument, Statement } from "./documents";

export interface ServiceAccountSubject {
    namespace: string;
    name: string;
}

export type TrustedPrincipal =
    /** IRSA: pinned to exactly one ServiceAccount and the STS audience (seed 000's trust policy). */
    | { kind: "irsa"; oidcProviderArn: string; issuerHost: string; serviceAccount: ServiceAccountSubject }
    /**
     * EKS Pod Identity: `pods.eks.amazonaws.com`, pinned by the session tags EKS sets to one cluster ARN, one
     * namespace and one ServiceAccount.
     */
    | { kind: "podIdentity"; clusterArn: string; serviceAccount: ServiceAccountSubject }
    /**
     * A Pod Identity target role in another account than the cluster: the cluster account's root, restricted to
     * the association role by aws:PrincipalArn, with the same session-tag pins.
     */
    | {
          kind: "podIdentityTarget";
          partition: string;
          clusterAccountId: string;
          associationRoleArn: string;
          clusterArn: string;
          serviceAccount: ServiceAccountSubject;
      }
    /** An AWS service such as ec2.amazonaws.com (instance profiles). */
    | { kind: "service"; service: string }
    /** Named IAM principals (roles/users), optionally requiring an sts ExternalId. */
    | { kind: "aws"; principalArns: readonly string[]; externalId?: string };

export function serviceAccountSubject(sa: ServiceAccountSubject): string {
    return `system:serviceaccount:${sa.namespace}:${sa.name}`;
}

export const POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com";

/**
 * The session tags EKS Pod Identity sets on every role session (EKS user guide, "Enable or disable session tags",
 * pod-id-abac.html: eks-cluster-arn, eks-cluster-name, kubernetes-namespace, kubernetes-service-account,
 * kubernetes-pod-name, kubernetes-pod-uid), as trust-policy condition keys. The cluster is pinned by its ARN: a
 * name alone also matches a same-named cluster in another region or account.
 */
export const POD_IDENTITY_TAG_KEYS = {
    clusterArn: "aws:RequestTag/eks-cluster-arn",
    namespace: "aws:RequestTag/kubernetes-namespace",
    serviceAccount: "aws:RequestTag/kubernetes-service-account",
} as const;

/**
 * StringEquals on the three tags, each a one-element list as AWS writes them (EKS user guide, "Create IAM role
 * with trust policy required by EKS Pod Identity", pod-id-role.html, which pins namespace and ServiceAccount;
 * "Access AWS resources using EKS Pod Identity Target IAM Roles", pod-id-assign-target-role.html, adds the
 * cluster).
 */
function podIdentityPins(clusterArn: string, sa: ServiceAccountSubject): Record<string, string[]> {
    return {
        [POD_IDENTITY_TAG_KEYS.clusterArn]: [clusterArn],
        [POD_IDENTITY_TAG_KEYS.namespace]: [sa.namespace],
        [POD_IDENTITY_TAG_KEYS.serviceAccount]: [sa.name],
    };
}

/** EKS assumes the role and tags the session: both actions are required (pod-id-role.html). */
const POD_IDENTITY_ACTIONS = ["sts:AssumeRole", "sts:TagSession"];

export function trustStatement(p: TrustedPrincipal): Statement {
    switch (p.kind) {
        case "podIdentity":
            return {
                Effect: "Allow",
                Principal: { Service: POD_IDENTITY_SERVICE },
                Action: [...POD_IDENTITY_ACTIONS],
                Condition: { StringEquals: podIdentityPins(p.clusterArn, p.serviceAccount) },
            };
        case "podIdentityTarget":
            return {
                Effect: "Allow",
                Principal: { AWS: accountRootArn(p.partition, p.clusterAccountId) },
                Action: [...POD_IDENTITY_ACTIONS],
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": [p.associationRoleArn] },
                    StringEquals: podIdentityPins(p.clusterArn, p.serviceAccount),
                },
            };
        case "irsa":
            return {
                Effect: "Allow",
                Principal: { Federated: p.oidcProviderArn },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${p.issuerHost}:sub`]: serviceAccountSubject(p.serviceAccount),
                        [`${p.issuerHost}:aud`]: "sts.amazonaws.com",
                    },
                },
            };
        case "service":
            return { Effect: "Allow", Principal: { Service: p.service }, Action: "sts:AssumeRole" };
        case "aws": {
            if (p.principalArns.length === 0) {
                throw new Error("an AWS trust statement needs at least one principal ARN");
            }
            const statement: Statement = {
                Effect: "Allow",
                Principal: { AWS: p.principalArns.length === 1 ? p.principalArns[0] : [...p.principalArns] },
                Action: "sts:AssumeRole",
            };
            if (p.externalId) {
                statement.Condition = { StringEquals: { "sts:ExternalId": p.externalId } };
            }
            return statement;
        }
    }
}

export function trustPolicy(principals: readonly TrustedPrincipal[]): PolicyDocument {
    if (principals.length === 0) {
        throw new Error("a role must trust at least one principal");
    }
    return policyDocument(principals.map(trustStatement));
}
