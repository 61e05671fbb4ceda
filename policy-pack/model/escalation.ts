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
 * The escalation actions that are a reviewed design when their Resource names exact roles (seed 003: the caller role
 * assumes exactly the access role; iam:PassRole of a named role to a service): runtime-role-no-privilege-escalation
 * accepts them on named roles, and its allowedActions may exempt them by name (private/packConfigCheck.ts).
 */
export const NAMED_ROLE_ACTIONS: readonly string[] = [
    "sts:AssumeRole",
    "sts:AssumeRoleWithSAML",
    "sts:AssumeRoleWithWebIdentity",
    "iam:PassRole",
];

/** Whether an action (any case, IAM names are case-insensitive) is one of NAMED_ROLE_ACTIONS. */
export const isNamedRoleAction = (name: string): boolean =>
    NAMED_ROLE_ACTIONS.some(a => a.toLowerCase() === name.toLowerCase());

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
