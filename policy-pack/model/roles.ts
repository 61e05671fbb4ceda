/**
 * Who can assume a role, read from its trust policy: the runtime paths (web identity / IRSA, EKS Pod
 * Identity, EC2) and the exact Kubernetes subjects a web-identity trust pins.
 */
import { NormalizedDocument, NormalizedStatement, parsePolicyDocument } from "./document";
import { statementMatchesAction } from "./permissions";
import { RoleModel, TAGS, tagsOf } from "./stack";

export const WEB_IDENTITY_ACTION = "sts:AssumeRoleWithWebIdentity";
export const POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com";
export const EC2_SERVICE = "ec2.amazonaws.com";

/** Role kinds (tag custody:role-kind) allowed to manage keys by declaration (seed 004 provisioner, seed 001). */
export const DEFAULT_KEY_MANAGEMENT_KINDS = ["provisioner", "key-manager"];

/** The role's trust policy, normalised; undefined when the role has none. May throw the SDK's unknown error. */
export function trustDocument(role: RoleModel): NormalizedDocument | undefined {
    const raw = role.resource.props.assumeRolePolicy;
    return raw === undefined ? undefined : parsePolicyDocument(raw);
}

export function isWebIdentityStatement(s: NormalizedStatement): boolean {
    return s.effect === "Allow" && statementMatchesAction(s, WEB_IDENTITY_ACTION);
}

function trustsService(s: NormalizedStatement, service: string): boolean {
    if (s.effect !== "Allow") return false;
    const names = s.principal?.service ?? [];
    return names.some(n => n.toLowerCase() === service) && (statementMatchesAction(s, "sts:AssumeRole") || statementMatchesAction(s, "sts:TagSession"));
}

/** The runtime paths a trust policy opens, e.g. `["web identity", "EKS Pod Identity"]`; empty for none. */
export function runtimePaths(trust: NormalizedDocument): string[] {
    const paths = new Set<string>();
    for (const s of trust.statements) {
        if (isWebIdentityStatement(s)) paths.add("web identity (sts:AssumeRoleWithWebIdentity)");
        if (trustsService(s, POD_IDENTITY_SERVICE)) paths.add("EKS Pod Identity (pods.eks.amazonaws.com)");
        if (trustsService(s, EC2_SERVICE)) paths.add("EC2 (ec2.amazonaws.com)");
    }
    return [...paths];
}

export function roleKind(role: RoleModel): string | undefined {
    return tagsOf(role.resource)[TAGS.roleKind];
}

export interface RuntimeVerdict {
    runtime: boolean;
    /** The runtime paths; empty when not runtime. */
    paths: string[];
    kind?: string;
}

/**
 * A runtime role is one a workload assumes (web identity, Pod Identity, EC2), unless its tag declares it a
 * key-management kind. The tag relaxes only the key-management rule; it never makes a role non-runtime for
 * other rules.
 */
export function runtimeVerdict(role: RoleModel, keyManagementKinds: readonly string[] = DEFAULT_KEY_MANAGEMENT_KINDS): RuntimeVerdict {
    const trust = trustDocument(role);
    const paths = trust ? runtimePaths(trust) : [];
    const kind = roleKind(role);
    const exempt = kind !== undefined && keyManagementKinds.includes(kind);
    return { runtime: paths.length > 0 && !exempt, paths, kind };
}

/** A web-identity role's workload paths regardless of tags (for rules that a tag must not relax). */
export function isWorkloadAssumable(role: RoleModel): boolean {
    const trust = trustDocument(role);
    return trust !== undefined && runtimePaths(trust).length > 0;
}

const SA_SUBJECT = /^system:serviceaccount:([^:]+):([^:]+)$/;

export interface PinnedSubject {
    issuer: string;
    subject: string;
    namespace: string;
    serviceAccount: string;
}

/** The exact `system:serviceaccount:<ns>:<sa>` subjects pinned with StringEquals in web-identity statements. */
export function pinnedSubjects(trust: NormalizedDocument): PinnedSubject[] {
    const out: PinnedSubject[] = [];
    for (const s of trust.statements.filter(isWebIdentityStatement)) {
        for (const c of s.conditions) {
            if (c.operator !== "StringEquals" || !c.keyLower.endsWith(":sub")) continue;
            for (const v of c.values) {
                const m = SA_SUBJECT.exec(v);
                if (m) out.push({ issuer: c.key.slice(0, -4), subject: v, namespace: m[1], serviceAccount: m[2] });
            }
        }
    }
    return out;
}

/** Every subject a web-identity trust admits by any operator (StringEquals or StringLike), as written. */
export function admittedSubjectPatterns(trust: NormalizedDocument): string[] {
    const out: string[] = [];
    for (const s of trust.statements.filter(isWebIdentityStatement)) {
        for (const c of s.conditions) if (c.keyLower.endsWith(":sub")) out.push(...c.values);
    }
    return out;
}
