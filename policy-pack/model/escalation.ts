/** Privilege escalation through IAM and STS (red-team G7), classified from the catalogue's access levels. */
import { accessLevels, CatalogAction } from "./catalog";
import { actionMatches } from "./glob";

/**
 * IAM and STS actions that let a holder give itself (or a workload it controls) more than it has: every iam
 * action whose access level is Write or Permissions management (PutRolePolicy, AttachRolePolicy,
 * UpdateAssumeRolePolicy, CreateAccessKey, PassRole, ...), and the STS actions that return another role's
 * credentials (`sts:Assume*`: AssumeRole, AssumeRoleWith*, AssumeRoot).
 */
export function privilegeEscalationKind(a: CatalogAction): "iam" | "assume" | undefined {
    if (a.service === "iam") {
        const levels = accessLevels(a);
        return levels.includes("Write") || levels.includes("Permissions management") ? "iam" : undefined;
    }
    if (a.service === "sts" && accessLevels(a).includes("Write") && actionMatches("sts:Assume*", a.name))
        return "assume";
    return undefined;
}
