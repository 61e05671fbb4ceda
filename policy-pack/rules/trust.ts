/** Who may assume a role. Seeds 000, 002 and 004 all pin IRSA trust to one ServiceAccount and the STS audience. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { hasWildcard, isWebIdentityStatement, NormalizedStatement, parseArn, statementLabel, tryParsePolicyDocument, TYPES } from "../model";
import { configOf } from "./common";

export interface TrustPinnedConfig {
    allowedAudiences: string[];
}

const SA_SUBJECT = /^system:serviceaccount:[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;

/** Problems with one web-identity statement, as sentences. */
export function webIdentityProblems(s: NormalizedStatement, allowedAudiences: readonly string[]): string[] {
    const problems: string[] = [];
    const where = statementLabel(s);
    if (s.notPrincipal) problems.push(`${where} uses NotPrincipal: name the cluster's OIDC provider as the Federated principal`);
    const p = s.principal;
    if (!p || p.wildcard || p.aws.length > 0 || p.service.length > 0) {
        problems.push(`${where} allows sts:AssumeRoleWithWebIdentity to a principal other than an OIDC provider (${p?.wildcard ? "\"*\"" : "AWS/Service principals"})`);
    }
    const federated = p?.federated ?? [];
    if (federated.length !== 1) {
        problems.push(`${where} must name exactly one Federated OIDC provider (has ${federated.length})`);
        return problems;
    }
    const arn = parseArn(federated[0]);
    const issuer = arn && arn.service === "iam" && arn.resource.startsWith("oidc-provider/") ? arn.resource.slice("oidc-provider/".length) : undefined;
    if (!issuer || hasWildcard(federated[0])) {
        problems.push(`${where}: Federated principal ${federated[0]} is not an IAM OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/<issuer>)`);
        return problems;
    }
    const subKey = `${issuer}:sub`.toLowerCase();
    const audKey = `${issuer}:aud`.toLowerCase();
    for (const c of s.conditions) {
        if (c.keyLower.endsWith(":sub") || c.keyLower.endsWith(":aud")) {
            if (c.keyLower !== subKey && c.keyLower !== audKey) {
                problems.push(`${where}: condition key ${c.key} is not for the provider's issuer ${issuer}`);
            }
            if (c.operator !== "StringEquals") {
                problems.push(`${where}: ${c.key} uses ${c.operator}; only StringEquals pins one exact value`);
            }
        }
    }
    const subs = s.conditions.filter(c => c.keyLower === subKey && c.operator === "StringEquals").flatMap(c => c.values);
    if (subs.length === 0) {
        problems.push(`${where} does not pin ${issuer}:sub with StringEquals: every ServiceAccount of the cluster could assume the role`);
    } else if (subs.length > 1) {
        problems.push(`${where} admits ${subs.length} subjects (${subs.join(", ")}); pin exactly one system:serviceaccount:<namespace>:<name>`);
    } else if (hasWildcard(subs[0]) || !SA_SUBJECT.test(subs[0])) {
        problems.push(`${where}: ${issuer}:sub = "${subs[0]}" is not one exact system:serviceaccount:<namespace>:<name>`);
    }
    const auds = s.conditions.filter(c => c.keyLower === audKey && c.operator === "StringEquals").flatMap(c => c.values);
    if (auds.length === 0) {
        problems.push(`${where} does not pin ${issuer}:aud (StringEquals ${allowedAudiences.join(" or ")})`);
    } else if (auds.some(a => !allowedAudiences.includes(a)) || auds.length !== 1) {
        problems.push(`${where}: ${issuer}:aud = ${auds.join(", ")}; expected exactly ${allowedAudiences.join(" or ")}`);
    }
    return problems;
}

/**
 * Rule 5. Seeds 000/004's trust policy: Federated = the cluster's OIDC provider, StringEquals on
 * `<issuer>:sub` = one `system:serviceaccount:<ns>:<sa>` and `<issuer>:aud` = sts.amazonaws.com. StringLike, a
 * wildcard or a second subject lets other pods assume a role that can decrypt key shares (seed 002 explains
 * why IRSA exists: "only the pods that use the particular service account can access the resources"). Also
 * refused: any trust statement that lets "*" assume the role without a condition.
 */
export const roleTrustPinned: ResourceValidationPolicy = {
    name: "role-trust-pinned",
    description: "Web-identity trust must pin one exact ServiceAccount (StringEquals <issuer>:sub) and aud = sts.amazonaws.com, with the matching OIDC provider as Federated principal; no unconditional \"*\" trust (seeds 000, 004).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            allowedAudiences: { type: "array", items: { type: "string" }, default: ["sts.amazonaws.com"] },
        },
    },
    validateResource: (args, reportViolation) => {
        if (args.type !== TYPES.role) return;
        const cfg = configOf<TrustPinnedConfig>(args, { allowedAudiences: ["sts.amazonaws.com"] });
        const raw = args.props.assumeRolePolicy;
        if (raw === undefined) return;
        const parsed = tryParsePolicyDocument(raw);
        if (!parsed.ok) {
            reportViolation(`assumeRolePolicy is not a valid policy document: ${parsed.error}`);
            return;
        }
        for (const s of parsed.doc.statements) {
            if (s.effect !== "Allow") continue;
            if (isWebIdentityStatement(s)) {
                for (const problem of webIdentityProblems(s, cfg.allowedAudiences)) reportViolation(problem);
            } else if ((s.principal?.wildcard || s.notPrincipal) && s.conditions.length === 0) {
                reportViolation(`${statementLabel(s)} lets any principal (${s.notPrincipal ? "NotPrincipal" : "\"*\""}) assume the role without a condition`);
            }
        }
    },
};
