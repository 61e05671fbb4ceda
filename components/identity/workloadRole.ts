import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Grant, grantsDocument, toJson } from "../iam/documents";
import { TrustedPrincipal, trustPolicy } from "../iam/trust";
import { RoleKind, TAG_KEYS } from "../private/naming";

export interface WorkloadRoleArgs {
    roleName: string;
    description: string;
    provider: aws.Provider;
    /** Who may assume the role: built by the one trust-policy builder. */
    trust: TrustedPrincipal[];
    kind: RoleKind;
    /** The role's permissions, derived from access paths. May resolve later than the role itself. */
    grants: pulumi.Input<Grant[]>;
    /** Also create an EC2 instance profile (the seed's Terraform example has one). */
    instanceProfile?: boolean;
    tags: Record<string, string>;
    /** Resources the role must follow, e.g. an OIDC provider created by the same stack. */
    dependsOn?: pulumi.Resource[];
}

/**
 * An IAM role whose only permissions are one inline RolePolicy built from grants. The policy is a separate
 * resource so a key policy can name the role before the role's grants (which name the keys) exist.
 */
export class WorkloadRole extends pulumi.ComponentResource {
    readonly roleName: pulumi.Output<string>;
    readonly roleArn: pulumi.Output<string>;
    readonly instanceProfileName?: pulumi.Output<string>;
    /** The role alone (without its policy): what another principal's trust must be created after. */
    readonly role: aws.iam.Role;

    constructor(name: string, args: WorkloadRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:iam:WorkloadRole", name, {}, opts);
        const built = createWorkloadRole(this, name, args);
        this.role = built.role;
        this.roleName = built.role.name;
        this.roleArn = built.role.arn;
        this.instanceProfileName = built.profile?.name;
        this.registerOutputs({
            roleArn: this.roleArn,
            roleName: this.roleName,
            instanceProfileName: this.instanceProfileName,
        });
    }
}

function createWorkloadRole(parent: pulumi.Resource, name: string, args: WorkloadRoleArgs) {
    const childOpts = { parent, provider: args.provider };
    const role = new aws.iam.Role(
        name,
        {
            name: args.roleName,
            description: args.description,
            assumeRolePolicy: toJson(trustPolicy(args.trust)),
            tags: { ...args.tags, [TAG_KEYS.roleKind]: args.kind },
        },
        { ...childOpts, dependsOn: args.dependsOn },
    );
    new aws.iam.RolePolicy(
        `${name}-access`,
        {
            role: role.name,
            name: `${args.roleName}-access`.slice(0, 128),
            policy: pulumi.output(args.grants).apply(grants => toJson(grantsDocument(grants))),
        },
        childOpts,
    );
    const profile = args.instanceProfile
        ? new aws.iam.InstanceProfile(
              `${name}-profile`,
              { name: args.roleName, role: role.name, tags: args.tags },
              childOpts,
          )
        : undefined;
    return { role, profile };
}
