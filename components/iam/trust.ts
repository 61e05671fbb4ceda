/** The one trust-policy builder: every role's assume-role document comes from here. */
import { PolicyDocument, policyDocument, Statement } from "./documents";

export interface ServiceAccountSubject {
    namespace: string;
    name: string;
}

export type TrustedPrincipal =
    /** IRSA: pinned to exactly one ServiceAccount and the STS audience (seed 000's trust policy). */
    | { kind: "irsa"; oidcProviderArn: string; issuerHost: string; serviceAccount: ServiceAccountSubject }
    /** An AWS service such as ec2.amazonaws.com (instance profiles). */
    | { kind: "service"; service: string }
    /** Named IAM principals (roles/users), optionally requiring an sts ExternalId. */
    | { kind: "aws"; principalArns: readonly string[]; externalId?: string };

export function serviceAccountSubject(sa: ServiceAccountSubject): string {
    return `system:serviceaccount:${sa.namespace}:${sa.name}`;
}

export function trustStatement(p: TrustedPrincipal): Statement {
    switch (p.kind) {
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
