/** Where resources are created: every AWS provider is pinned to one account. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { allowedAccountIdsOf, TYPES } from "../model";
import { NO_CONFIG } from "./config";

/**
 * Seed 000's multi-account layout puts each share key in its own account through provider aliases. A provider
 * without allowedAccountIds creates keys in whatever account the ambient credentials reach, which silently
 * collapses the custody split (and the share-custody rule derives each key's account from this pin).
 */
export const awsProviderPinned: ResourceValidationPolicy = {
    name: "aws-provider-pinned",
    description:
        "Every AWS provider sets allowedAccountIds to exactly one 12-digit account id (seed 000, multi-account), talks only to AWS's endpoints and verifies their TLS certificates.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps: 'Set `allowedAccountIds: ["<12-digit account id>"]` on the aws provider.',
    configSchema: NO_CONFIG.schema,
    validateResource: (args, reportViolation) => {
        if (args.type !== TYPES.awsProvider) return;
        // Reading through the proxy first: an unknown list yields the SDK's preview advisory, not a verdict.
        const raw: unknown = args.props.allowedAccountIds;
        const ids =
            typeof raw === "string"
                ? allowedAccountIdsOf(args.props)
                : Array.isArray(raw)
                  ? raw.map(String)
                  : undefined;
        if (!ids || ids.length !== 1 || !/^\d{12}$/.test(ids[0])) {
            reportViolation(
                `provider ${args.name} must set allowedAccountIds to exactly one 12-digit account id (has ${JSON.stringify(ids ?? null)})`,
            );
        }
        // Whoever answers the provider's calls can fake the account check and the ARNs the stack records
        // (Pulumi AWS provider configuration: `endpoints`, `insecure`): only AWS's own endpoints, over verified TLS.
        for (const [service, url] of endpointOverrides(args.props.endpoints)) {
            if (!isAwsEndpoint(service, url))
                reportViolation(
                    `provider ${args.name} sends ${service} calls to ${url}, which is not an AWS endpoint (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws): remove the endpoints override, or use AWS's FIPS or VPC endpoint names`,
                );
        }
        if (args.props.insecure === true || args.props.insecure === "true") {
            reportViolation(
                `provider ${args.name} sets insecure: true: TLS certificates of AWS's endpoints go unverified, so a proxy can answer in AWS's place; remove it (use customCaBundle for a corporate proxy)`,
            );
        }
    },
};

/** `[service, url]` of a provider's `endpoints` (a list of service → URL maps, or its JSON as the engine sends it). */
function endpointOverrides(raw: unknown): [string, string][] {
    let value = raw;
    if (typeof raw === "string") {
        try {
            value = JSON.parse(raw);
        } catch {
            return [["endpoints", raw]];
        }
    }
    const out: [string, string][] = [];
    for (const item of Array.isArray(value) ? value : value && typeof value === "object" ? [value] : []) {
        for (const [service, url] of Object.entries(item as Record<string, unknown>)) {
            if (typeof url === "string" && url !== "") out.push([service, url]);
        }
    }
    return out;
}

/**
 * An AWS endpoint of `service` itself: https, an AWS domain, and the service's own name (or its -fips form) as a
 * label, as in kms.eu-west-1.amazonaws.com, kms-fips.us-east-1.amazonaws.com or a VPC endpoint's
 * vpce-….kms.eu-west-1.vpce.amazonaws.com (AWS General Reference, "Service endpoints"). A customer's own API
 * Gateway or Lambda URL is on an AWS domain too, with a valid certificate: it is not the service.
 */
function isAwsEndpoint(service: string, url: string): boolean {
    try {
        const u = new URL(url);
        const labels = u.hostname.toLowerCase().split(".");
        const svc = service.toLowerCase();
        return (
            u.protocol === "https:" &&
            /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/.test(u.hostname) &&
            labels.some(l => l === svc || l === `${svc}-fips`) &&
            !labels.some(l => l === "execute-api" || l.startsWith("lambda-url"))
        );
    } catch {
        return false;
    }
}
