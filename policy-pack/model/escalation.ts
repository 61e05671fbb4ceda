/** Privilege escalation through IAM and STS (red-team G7), classified from the catalogue's access levels. */
import { accessLevels, CatalogAction } from "./catalog";
import { pinnedValues } from "./conditions";
import type { NormalizedStatement } from "./document";
import { actionMatches, hasWildcard } from "./glob";

/**
 * IAM and STS actions that let a holder give itself (or a workload it controls) more than it has: every iam
 * action whose access level is Write or Permissions management (PutRolePolicy, AttachRolePolicy,
 * UpdateAssumeRolePolicy, CreateAccessKey, PassRole, ...), and the STS actions that return another role's
 * credentials (`sts:Assume*`: AssumeRole, AssumeRoleWith*, AssumeRoot).
 */
export function privilegeEscalationKind(
    a: Pick<CatalogAction, "name" | "service" | "accessLevel">,
): "iam" | "assume" | undefined {
    if (a.service === "iam") {
        const levels = accessLevels(a);
        return levels.includes("Write") || levels.includes("Permissions management") ? "iam" : undefined;
    }
    if (a.service === "sts" && accessLevels(a).includes("Write") && actionMatches("sts:Assume*", a.name))
        return "assume";
    return undefined;
}

/**
 * iam:CreateServiceLinkedRole pinned by `iam:AWSServiceName` to exact service principals: the role it creates is
 * predefined by that service, trusts only that service, and its policies cannot be changed by the caller (IAM User
 * Guide, "Using service-linked roles" and "Service-linked role permissions": "iam:AWSServiceName" limits which
 * service's role may be created). Creating it gives the caller nothing; without the pin (or with a wildcard) it stays
 * an IAM write.
 */
export function pinnedServiceLinkedRoleCreation(a: CatalogAction, s: NormalizedStatement): boolean {
    if (a.name.toLowerCase() !== "iam:createservicelinkedrole") return false;
    const services = pinnedValues(s, "iam:awsservicename");
    return services !== undefined && services.length > 0 && services.every(v => !hasWildcard(v));
}
