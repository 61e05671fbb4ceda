/** The Kubernetes side of IRSA agrees with the IAM side (seeds 000, 002, 004). */
import { StackValidationPolicy } from "@pulumi/policy";
import { parseArn, pinnedSubjects, roleLabel, RoleModel, roleNameOf, StackResource, trustDocument } from "../model";
import { stackContext } from "./common";
import { defineConfig } from "./config";

export const ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";

function saIdentity(sa: StackResource): { namespace: string; name: string; roleArn?: string } {
    const md = sa.props.metadata ?? {};
    const annotations = md.annotations ?? {};
    const roleArn = annotations[ROLE_ARN_ANNOTATION];
    return {
        namespace: String(md.namespace ?? "default"),
        name: String(md.name ?? sa.name),
        roleArn: roleArn === undefined ? undefined : String(roleArn),
    };
}

/** The role an annotation names: by ARN when the role's ARN is known, else by name (and account) in the ARN. */
function roleForAnnotation(roles: readonly RoleModel[], roleArn: string): RoleModel | undefined {
    const byArn = roles.find(r => r.arn !== undefined && r.arn === roleArn);
    if (byArn) return byArn;
    const parsed = parseArn(roleArn);
    const name = roleNameOf(roleArn);
    if (!parsed || !name) return undefined;
    return roles.find(
        r => r.arn === undefined && r.name === name && (r.account === undefined || r.account === parsed.account),
    );
}

const serviceAccountRoleAgreeConfig = defineConfig({
    requireServiceAccountForEveryWebIdentityRole: { type: "boolean", default: true },
});

/**
 * Rule 9. Seed 000: the ServiceAccount `validators/containment-chamber` is annotated with the role ARN and the
 * role's trust pins `system:serviceaccount:validators:containment-chamber`. If the two disagree the pod gets
 * no credentials (or, worse, another pod's); if the annotation names a role outside the stack, nothing here
 * proves what that role may do.
 */
export const serviceAccountRoleAgree: StackValidationPolicy = {
    name: "serviceaccount-role-agree",
    description:
        "A ServiceAccount's eks.amazonaws.com/role-arn names a role of this stack whose trust pins exactly that ServiceAccount; each web-identity role's ServiceAccount exists when the stack manages ServiceAccounts (seed 000).",
    enforcementLevel: "mandatory",
    severity: "medium",
    remediationSteps:
        "Annotate each ServiceAccount with the ARN of the stack role whose trust pins exactly that ServiceAccount, and create the ServiceAccount of every pinned subject.",
    configSchema: serviceAccountRoleAgreeConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = serviceAccountRoleAgreeConfig.read(args);
        const ctx = await stackContext(args);
        const { model, unknowns } = ctx;
        const annotated: { sa: ReturnType<typeof saIdentity>; role: RoleModel }[] = [];
        // ServiceAccounts whose identity or annotation is unknown during preview. A role pinned to one of them
        // cannot be judged yet: it is left to the unknown advisory, never reported as missing its ServiceAccount.
        const undecided: { namespace?: string; name?: string }[] = [];
        for (const saResource of model.serviceAccounts) {
            unknowns.run(() => {
                const pending: { namespace?: string; name?: string } = {};
                undecided.push(pending);
                const md = saResource.props.metadata ?? {};
                pending.namespace = String(md.namespace ?? "default");
                pending.name = String(md.name ?? saResource.name);
                const sa = saIdentity(saResource);
                undecided.pop();
                if (sa.roleArn === undefined) return;
                const subject = `system:serviceaccount:${sa.namespace}:${sa.name}`;
                const role = roleForAnnotation(model.roles, sa.roleArn);
                if (!role) {
                    reportViolation(
                        `ServiceAccount ${sa.namespace}/${sa.name} is annotated with ${sa.roleArn}, which is not a role of this stack`,
                        saResource.urn,
                    );
                    return;
                }
                annotated.push({ sa, role });
                const trust = trustDocument(role);
                const subjects = trust ? pinnedSubjects(trust).map(p => p.subject) : [];
                if (subjects.length !== 1 || subjects[0] !== subject) {
                    reportViolation(
                        `ServiceAccount ${sa.namespace}/${sa.name} uses ${roleLabel(role)}, whose trust pins ${subjects.length ? subjects.join(", ") : "no ServiceAccount"} instead of exactly ${subject}`,
                        saResource.urn,
                    );
                }
            });
        }
        if (cfg.requireServiceAccountForEveryWebIdentityRole && model.serviceAccounts.length > 0) {
            for (const role of model.roles) {
                unknowns.run(() => {
                    const trust = trustDocument(role);
                    if (!trust) return;
                    for (const pinned of pinnedSubjects(trust)) {
                        const sa = annotated.find(
                            a =>
                                a.role === role &&
                                a.sa.namespace === pinned.namespace &&
                                a.sa.name === pinned.serviceAccount,
                        );
                        const maybe = undecided.some(
                            u =>
                                (u.namespace === undefined || u.namespace === pinned.namespace) &&
                                (u.name === undefined || u.name === pinned.serviceAccount),
                        );
                        if (!sa && !maybe) {
                            reportViolation(
                                `${roleLabel(role)} trusts ${pinned.subject}, but this stack has no ServiceAccount ${pinned.namespace}/${pinned.serviceAccount} annotated with the role`,
                                role.urn,
                            );
                        }
                    }
                });
            }
        }
        unknowns.finish();
    },
};
