// Red-team round 31 (fresh eyes) on the AWS level of every committed stack: guard Denies that another resource of the
// same program deletes or detaches (RolePoliciesExclusive, RolePolicyAttachmentsExclusive, a Role's exclusive
// inlinePolicies/managedPolicyArns), Denies whose Resource cannot match the key they seem to guard, and secure
// variants of the same shapes. Insecure variants the whole pack must refuse (each with the path message it must
// name), secure variants it must accept.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import {
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";
import {
    attachedPolicy,
    decryptShare1,
    knownShare1,
    lambdaTrust,
    role,
    rolePolicy,
    signerRole,
    Statement,
} from "./guardBuilders";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/policy:Policy";
const POLICIES_EXCLUSIVE = "aws:iam/rolePoliciesExclusive:RolePoliciesExclusive";
const ATTACHMENTS_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const USER = "aws:iam/user:User";
const GROUP = "aws:iam/group:Group";
const PRIMARY = "111111111111";
const SHARE_1_ALIAS = `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/share-1`;
const REPORTER = "custody-prod-reporter";

/** An IAM user or group of the stack next to `like`, with an inline policy of its own (UserPolicy/GroupPolicy). */
function identityWithPolicy(
    r: Resources,
    like: AnalyzerResourceInput,
    kind: "user" | "group",
    name: string,
    policyName: string,
    ...statements: Statement[]
): void {
    const Kind = kind === "user" ? "User" : "Group";
    r.push(
        resourceLike(like, kind === "user" ? USER : GROUP, name, {
            name,
            arn: `arn:aws:iam::${PRIMARY}:${kind}/${name}`,
        }),
    );
    r.push(
        resourceLike(like, `aws:iam/${kind}Policy:${Kind}Policy`, policyName, {
            name: policyName,
            [kind]: name,
            policy: doc(...statements),
        }),
    );
}

/** The unconditional guard Deny on every KMS use (the only Deny shape the engine subtracts). */
const denyAllKms: Statement = { Sid: "Guard", Effect: "Deny", Action: "kms:*", Resource: "*" };

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    {
        // Pulumi registry, aws.iam.RolePoliciesExclusive: "This resource takes exclusive ownership over inline
        // policies assigned to a role. This includes removal of inline policies which are not explicitly
        // configured." The guard RolePolicy is not listed: every apply deletes it, and the reader's Decrypt stands.
        // Was a MISS (fixed in round 31): RolePoliciesExclusive deletes the unlisted guard RolePolicy (Pulumi
        // registry, aws.iam.RolePoliciesExclusive), yet the pack still subtracts its Deny and accepts the reporter's
        // share-1 Decrypt. model/inForce.ts now marks the guard not known to stay: its Deny is not subtracted, and
        // the refusal names the remover.
        name: "a reporter role's share-1 Decrypt cancelled by a guard RolePolicy (Deny kms:* on *) that its RolePoliciesExclusive does not list",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            r.push(
                resourceLike(like, POLICIES_EXCLUSIVE, "reporter-inline-exclusive", {
                    roleName: REPORTER,
                    policyNames: ["reporter-reader"],
                }),
            );
        },
        refused: /custody-prod-reporter[\s\S]*does not count: RolePoliciesExclusive reporter-inline-exclusive deletes/,
    },
    {
        // Pulumi registry, aws.iam.RolePolicyAttachmentsExclusive: "takes exclusive ownership over managed IAM
        // policies attached to a role. This includes removal of managed IAM policies which are not explicitly
        // configured." An empty policyArns detaches the guard managed policy.
        // Was a MISS (fixed in round 31): RolePolicyAttachmentsExclusive with policyArns [] detaches the guard
        // managed policy (Pulumi registry, aws.iam.RolePolicyAttachmentsExclusive), yet the pack subtracts its Deny.
        // model/inForce.ts now marks the guard not known to stay: its Deny is not subtracted, and the refusal names
        // the remover.
        name: "a reporter role's share-1 Decrypt cancelled by a guard managed policy (Deny kms:* on *) that a RolePolicyAttachmentsExclusive with no ARNs detaches",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            attachedPolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            r.push(
                resourceLike(like, ATTACHMENTS_EXCLUSIVE, "reporter-managed-exclusive", {
                    roleName: REPORTER,
                    policyArns: [],
                }),
            );
        },
        refused: /reporter[\s\S]*does not count: RolePolicyAttachmentsExclusive reporter-managed-exclusive detaches/,
    },
    {
        // Pulumi registry, aws.iam.Role managedPolicyArns: "Set of exclusive IAM managed policy ARNs to attach to
        // the IAM role ... Configuring an empty set (i.e., managedPolicyArns: []) will cause Pulumi to remove all
        // managed policy attachments." The guard attached by a RolePolicyAttachment is detached by the role itself.
        // Was a MISS (fixed in round 31): a Role's managedPolicyArns is an exclusive set and [] removes every other
        // attachment (Pulumi registry, aws.iam.Role: managedPolicyArns), yet the pack subtracts the detached guard's
        // Deny. model/inForce.ts now marks the guard not known to stay: its Deny is not subtracted, and the refusal
        // names the remover.
        name: "a reporter role with managedPolicyArns [] whose share-1 Decrypt is cancelled only by a guard managed policy attached through a RolePolicyAttachment",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER, { managedPolicyArns: [] });
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            attachedPolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
        },
        refused:
            /reporter[\s\S]*does not count: the managedPolicyArns of role custody-prod-reporter, an exclusive set, does not list it/,
    },
    {
        // Pulumi registry, aws.iam.Role inlinePolicies: "Configuration block defining an exclusive set of IAM inline
        // policies associated with the IAM role": a RolePolicy not in the block is removed when the role applies.
        // Was a MISS (fixed in round 31): a Role's inlinePolicies block is an exclusive set of inline policies
        // (Pulumi registry, aws.iam.Role NOTE: exclusive management, 'resource cycling'), so the separate guard
        // RolePolicy is deleted whenever the role applies, yet the pack subtracts its Deny. model/inForce.ts now
        // marks the guard not known to stay: its Deny is not subtracted, and the refusal names the remover.
        name: "a reporter role whose inlinePolicies block holds the share-1 Decrypt, its guard Deny a separate RolePolicy (removed by the role's exclusive block)",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER, { inlinePolicies: [{ name: "reader", policy: doc(decryptShare1(r)) }] });
            rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
        },
        refused:
            /reporter[\s\S]*does not count: the inlinePolicies of role custody-prod-reporter, an exclusive set, does not list it/,
    },
    {
        // KMS developer guide, "Use aliases to control access to KMS keys": "When an alias is the value of a
        // resource element, the policy applies to the alias resource, not to any KMS key that might be associated
        // with it." The Deny on the alias ARN takes nothing from Decrypt on the key.
        name: "a reporter role allowed Decrypt on share-1's key ARN with an unconditional Deny of kms:* on share-1's ALIAS ARN (a Deny on the alias resource, not the key)",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER, {
                inlinePolicies: [
                    {
                        name: "p",
                        policy: doc(decryptShare1(r), {
                            Sid: "GuardAlias",
                            Effect: "Deny",
                            Action: "kms:*",
                            Resource: SHARE_1_ALIAS,
                        }),
                    },
                ],
            });
        },
        refused: /reporter/,
    },
    {
        // Pulumi registry, aws.iam.PolicyAttachment: it "creates exclusive attachments of IAM policies. Across the
        // entire AWS account, all of the users/roles/groups to which a single policy is attached must be declared by
        // a single aws.iam.PolicyAttachment resource. This means that even any users/roles/groups that have the
        // attached policy via any other mechanism (including other Pulumi resources) will have that attached policy
        // revoked by this resource." The guard, also attached to an unrelated role by a PolicyAttachment, is
        // detached from the reporter.
        // Was a MISS (fixed in round 31): aws.iam.PolicyAttachment is exclusive across the account and revokes the
        // guard from the reporter (Pulumi registry, aws.iam.PolicyAttachment warning), yet the pack subtracts its
        // Deny. model/inForce.ts now marks the guard not known to stay: its Deny is not subtracted, and the refusal
        // names the remover.
        name: "a reporter role's guard managed policy (Deny kms:* on *) attached by a RolePolicyAttachment, and the same policy attached to another role by an exclusive aws.iam.PolicyAttachment",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            role(r, like, "custody-prod-batch");
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            const guard = attachedPolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            r.push(
                resourceLike(like, "aws:iam/policyAttachment:PolicyAttachment", "guard-everywhere", {
                    name: "guard-everywhere",
                    policyArn: guard,
                    roles: ["custody-prod-batch"],
                }),
            );
        },
        refused:
            /reporter[\s\S]*does not count: PolicyAttachment guard-everywhere, exclusive for Policy reporter-guard across the account/,
    },
    {
        // IAM API reference, PutRolePolicy: "Adds or updates an inline policy document that is embedded in the
        // specified IAM role": an inline policy is keyed by its name, so a second RolePolicy of the same name
        // replaces the guard's document (whichever applies last wins; Pulumi sees two resources).
        // Was a MISS (fixed in round 31): PutRolePolicy 'adds or updates' by policy name (IAM API reference), so the
        // second reporter-guard RolePolicy overwrites the guard's Deny, yet the pack reads both documents and
        // subtracts the Deny. model/inForce.ts now marks the guard not known to stay: its Deny is not subtracted, and
        // the refusal names the remover.
        name: "a reporter role's share-1 Decrypt cancelled by a guard RolePolicy named reporter-guard, and a second RolePolicy of the same name (logs writes) on the same role",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            const logs = rolePolicy(r, like, "reporter-logs", REPORTER, {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/lambda/${REPORTER}:*`,
            });
            setProp(logs, "name", "reporter-guard");
        },
        refused: /reporter[\s\S]*does not count: RolePolicy reporter-guard writes another document under the same name/,
    },
    {
        // The same exclusive-ownership deletion on a custody TABLE (curity): the guard Deny of dynamodb:* is not in
        // RolePoliciesExclusive.policyNames, so IAM deletes it and the Scan of curity-sessions stands.
        // Was a MISS (fixed in round 31): same as the prod RolePoliciesExclusive case on a custody table (curity-*):
        // IAM deletes the unlisted guard and the Scan of curity-sessions stands, yet the pack subtracts the Deny.
        // model/inForce.ts now marks the guard not known to stay: its Deny is not subtracted, and the refusal names
        // the remover.
        name: "a Lambda role of the Curity account allowed Scan on curity-sessions, its guard RolePolicy (Deny dynamodb:* on *) left out of its RolePoliciesExclusive",
        stack: "curity",
        edit: r => {
            const like = find(r, ROLE, "curity-role");
            role(r, like, "curity-reports");
            rolePolicy(r, like, "curity-reports-reader", "curity-reports", {
                Effect: "Allow",
                Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-sessions",
            });
            rolePolicy(r, like, "curity-reports-guard", "curity-reports", {
                Effect: "Deny",
                Action: "dynamodb:*",
                Resource: "*",
            });
            r.push(
                resourceLike(like, POLICIES_EXCLUSIVE, "curity-reports-inline-exclusive", {
                    roleName: "curity-reports",
                    policyNames: ["curity-reports-reader"],
                }),
            );
        },
        refused: /curity-reports[\s\S]*does not count: RolePoliciesExclusive curity-reports-inline-exclusive deletes/,
    },

    // ---- Round 31 neighbours (fix31-aws): the same removal on users and groups, in a preview, and by an overwrite.
    {
        // Pulumi registry, aws.iam.UserPoliciesExclusive: "takes exclusive ownership over inline policies assigned to
        // a user. This includes removal of inline policies which are not explicitly configured."
        name: "neighbour (user): an IAM user's share-1 Decrypt in a UserPolicy, its guard UserPolicy (Deny kms:* on *) left out of its UserPoliciesExclusive",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            identityWithPolicy(r, like, "user", "reporter-user", "reporter-user-reader", decryptShare1(r));
            r.push(
                resourceLike(like, "aws:iam/userPolicy:UserPolicy", "reporter-user-guard", {
                    name: "reporter-user-guard",
                    user: "reporter-user",
                    policy: doc(denyAllKms),
                }),
                resourceLike(like, "aws:iam/userPoliciesExclusive:UserPoliciesExclusive", "reporter-user-exclusive", {
                    userName: "reporter-user",
                    policyNames: ["reporter-user-reader"],
                }),
            );
        },
        refused: /reporter-user[\s\S]*does not count: UserPoliciesExclusive reporter-user-exclusive deletes/,
    },
    {
        // Pulumi registry, aws.iam.GroupPolicyAttachmentsExclusive: managed policies "attached to this group but not
        // configured in this argument will be removed".
        name: "neighbour (group): a group's share-1 Decrypt in a GroupPolicy, its guard managed policy attached by a GroupPolicyAttachment and detached by a GroupPolicyAttachmentsExclusive with no ARNs",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            identityWithPolicy(r, like, "group", "reporters", "reporters-reader", decryptShare1(r));
            const arn = `arn:aws:iam::${PRIMARY}:policy/reporters-guard`;
            r.push(
                resourceLike(like, POLICY, "reporters-guard", {
                    name: "reporters-guard",
                    arn,
                    policy: doc(denyAllKms),
                }),
                resourceLike(like, "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "reporters-guard-attach", {
                    group: "reporters",
                    policyArn: arn,
                }),
                resourceLike(
                    like,
                    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
                    "reporters-managed-exclusive",
                    { groupName: "reporters", policyArns: [] },
                ),
            );
        },
        refused: /reporters[\s\S]*does not count: GroupPolicyAttachmentsExclusive reporters-managed-exclusive detaches/,
    },
    {
        // A preview adding the reporter: the RolePoliciesExclusive's policyNames is an unknown output that comes from the reader
        // RolePolicy alone, so nothing says the guard is listed: it is not known to stay.
        name: "neighbour (preview): a reporter role's share-1 Decrypt cancelled by a guard RolePolicy, its RolePoliciesExclusive's policyNames unknown and coming from the reader only",
        stack: "prod",
        preview: true,
        edit: r => {
            const like = signerRole(r);
            r.push(
                resourceLike(like, ROLE, REPORTER, {
                    name: REPORTER,
                    arn: `arn:aws:iam::${PRIMARY}:role/${REPORTER}`,
                    assumeRolePolicy: doc(lambdaTrust),
                }),
            );
            knownShare1(r);
            const reader = rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            const exclusive = resourceLike(like, POLICIES_EXCLUSIVE, "reporter-inline-exclusive", {
                roleName: REPORTER,
                policyNames: UNKNOWN,
            });
            dependsOn(exclusive, "policyNames", reader);
            r.push(exclusive);
        },
        refused:
            /reporter[\s\S]*does not count: RolePoliciesExclusive reporter-inline-exclusive deletes[^.]*policyNames is not known during this preview/,
    },
    {
        // The role's own inline policy `guard` (the Deny) and a RolePolicy of the same name with another document:
        // PutRolePolicy keeps whichever is written last.
        name: "neighbour (overwrite): a reporter role's inlinePolicies entry `guard` (Deny kms:* on *) and a RolePolicy also named guard (logs writes), its share-1 Decrypt in a RolePolicy",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER, { inlinePolicies: [{ name: "guard", policy: doc(denyAllKms) }] });
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            rolePolicy(r, like, "guard", REPORTER, {
                Effect: "Allow",
                Action: "logs:PutLogEvents",
                Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/lambda/${REPORTER}:*`,
            });
        },
        refused: /reporter[\s\S]*does not count: RolePolicy guard writes another document under the same name/,
    },
];

const secure: Case[] = [
    {
        // Probe for the shapes above: the reporter's Decrypt really cancelled by a guard Deny that stays.
        name: "a reporter role whose share-1 Decrypt is cancelled by an unconditional Deny of kms:* in its own RolePolicy (both listed by RolePoliciesExclusive)",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            r.push(
                resourceLike(like, POLICIES_EXCLUSIVE, "reporter-inline-exclusive", {
                    roleName: REPORTER,
                    policyNames: ["reporter-reader", "reporter-guard"],
                }),
            );
        },
    },
    {
        // The guard attached by the exclusive resource itself (RolePolicyAttachmentsExclusive lists its ARN).
        name: "a reporter role whose share-1 Decrypt is cancelled by a guard managed policy that its RolePolicyAttachmentsExclusive lists",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            const guard = attachedPolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            r.push(
                resourceLike(like, ATTACHMENTS_EXCLUSIVE, "reporter-managed-exclusive", {
                    roleName: REPORTER,
                    policyArns: [guard],
                }),
            );
        },
    },
    {
        // Managed-only exclusivity leaves inline policies alone: the inline guard stays.
        name: "a reporter role with managedPolicyArns [] and its guard Deny in its own inlinePolicies next to the share-1 Decrypt",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER, {
                managedPolicyArns: [],
                inlinePolicies: [{ name: "reader", policy: doc(decryptShare1(r), denyAllKms) }],
            });
        },
    },
    {
        // The role's own managedPolicyArns is the exclusive set: it attaches the guard itself.
        name: "a reporter role whose managedPolicyArns lists its guard managed policy (Deny kms:* on *), its share-1 Decrypt in a RolePolicy",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            const arn = `arn:aws:iam::${PRIMARY}:policy/reporter-guard`;
            r.push(
                resourceLike(like, POLICY, "reporter-guard", { name: "reporter-guard", arn, policy: doc(denyAllKms) }),
            );
            role(r, like, REPORTER, { managedPolicyArns: [arn] });
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
        },
    },
    {
        // Both inline policies in the role's own (exclusive) block, and a RolePoliciesExclusive listing both names.
        name: "a reporter role whose inlinePolicies block holds the share-1 Decrypt and the guard Deny, and a RolePoliciesExclusive listing both",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER, {
                inlinePolicies: [
                    { name: "reader", policy: doc(decryptShare1(r)) },
                    { name: "guard", policy: doc(denyAllKms) },
                ],
            });
            r.push(
                resourceLike(like, POLICIES_EXCLUSIVE, "reporter-inline-exclusive", {
                    roleName: REPORTER,
                    policyNames: ["reader", "guard"],
                }),
            );
        },
    },

    // ---- Round 31 neighbours (fix31-aws): the guard kept by the exclusive resource, in a preview, after a refresh.
    {
        // The user's UserPoliciesExclusive lists the guard: it stays.
        name: "neighbour (user): an IAM user's share-1 Decrypt cancelled by its guard UserPolicy, both listed by its UserPoliciesExclusive",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            identityWithPolicy(r, like, "user", "reporter-user", "reporter-user-reader", decryptShare1(r));
            r.push(
                resourceLike(like, "aws:iam/userPolicy:UserPolicy", "reporter-user-guard", {
                    name: "reporter-user-guard",
                    user: "reporter-user",
                    policy: doc(denyAllKms),
                }),
                resourceLike(like, "aws:iam/userPoliciesExclusive:UserPoliciesExclusive", "reporter-user-exclusive", {
                    userName: "reporter-user",
                    policyNames: ["reporter-user-reader", "reporter-user-guard"],
                }),
            );
        },
    },
    {
        // A preview adding the reporter: policyNames is unknown, but comes from both RolePolicies (`[reader.name, guard.name]`).
        name: "neighbour (preview): a reporter role's share-1 Decrypt cancelled by a guard RolePolicy, its RolePoliciesExclusive's policyNames unknown and coming from both RolePolicies",
        stack: "prod",
        preview: true,
        edit: r => {
            const like = signerRole(r);
            r.push(
                resourceLike(like, ROLE, REPORTER, {
                    name: REPORTER,
                    arn: `arn:aws:iam::${PRIMARY}:role/${REPORTER}`,
                    assumeRolePolicy: doc(lambdaTrust),
                }),
            );
            knownShare1(r);
            const reader = rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            const guard = rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            const exclusive = resourceLike(like, POLICIES_EXCLUSIVE, "reporter-inline-exclusive", {
                roleName: REPORTER,
                policyNames: UNKNOWN,
            });
            dependsOn(exclusive, "policyNames", reader, guard);
            r.push(exclusive);
        },
    },
    {
        // After `pulumi refresh` the provider reads every inline policy of the role into its inlinePolicies, as IAM
        // returns it (terraform-provider-aws iam/role.go resourceRoleRead): the same documents respelled under the
        // RolePolicies' own names are the same inline policies, not an overwrite nor an exclusive set leaving them out.
        name: "neighbour (refresh): a reporter role whose inlinePolicies reads back its two RolePolicies (reader, guard) by name, respelled",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            const read = decryptShare1(r);
            role(r, like, REPORTER, {
                inlinePolicies: [
                    {
                        name: "reporter-guard",
                        policy: JSON.stringify({
                            Statement: [{ Resource: "*", Action: ["kms:*"], Sid: "Guard", Effect: "Deny" }],
                            Version: "2012-10-17",
                        }),
                    },
                    {
                        name: "reporter-reader",
                        policy: JSON.stringify({
                            Version: "2012-10-17",
                            Statement: {
                                Resource: [read.Resource],
                                Effect: "Allow",
                                Action: "kms:Decrypt",
                                Sid: "ReadShare",
                            },
                        }),
                    },
                ],
            });
            rolePolicy(r, like, "reporter-reader", REPORTER, read);
            rolePolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
        },
    },
    {
        // The guard's PolicyAttachment lists the reporter with the other role: the exclusive attachment keeps it.
        name: "neighbour (PolicyAttachment): a reporter role's guard managed policy attached by a RolePolicyAttachment and by a PolicyAttachment listing the reporter and another role",
        stack: "prod",
        edit: r => {
            const like = signerRole(r);
            role(r, like, REPORTER);
            role(r, like, "custody-prod-batch");
            rolePolicy(r, like, "reporter-reader", REPORTER, decryptShare1(r));
            const guard = attachedPolicy(r, like, "reporter-guard", REPORTER, denyAllKms);
            r.push(
                resourceLike(like, "aws:iam/policyAttachment:PolicyAttachment", "guard-everywhere", {
                    name: "guard-everywhere",
                    policyArn: guard,
                    roles: ["custody-prod-batch", REPORTER.toUpperCase()],
                }),
            );
        },
    },
];

describe("allowlist: red-team round 31 on AWS paths (exclusive-ownership resources, guard Denies)", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}${c.preview ? " (preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}${c.preview ? " (preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
