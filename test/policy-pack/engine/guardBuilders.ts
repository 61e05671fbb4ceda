// Builders for the guard-Deny red-team cases (rounds 31-32, model/inForce.ts): a Lambda-trusted role of the stack next to
// an existing one, its inline and attached policies, and share-1's Decrypt. Shared by redteam31-aws and redteam32-aws.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { doc, find, prop, resourceLike, Resources, setProp } from "./support";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const POLICY = "aws:iam/policy:Policy";
const ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const PRIMARY = "111111111111";

export type Statement = Record<string, unknown>;

export const lambdaTrust: Statement = {
    Effect: "Allow",
    Principal: { Service: "lambda.amazonaws.com" },
    Action: "sts:AssumeRole",
};

export const share1 = (r: Resources) => find(r, KEY, "signer-shares-share-1");
export const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
export const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;

/** A role of the stack next to `like` (same provider), trusted by Lambda, with optional extra inputs. */
export function role(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    extra: Record<string, unknown> = {},
): AnalyzerResourceInput {
    const x = resourceLike(like, ROLE, name, {
        name,
        arn: `arn:aws:iam::${(prop(like, "arn") as string).split(":")[4]}:role/${name}`,
        assumeRolePolicy: doc(lambdaTrust),
        ...extra,
    });
    r.push(x);
    return x;
}

/** A RolePolicy named `name` on the role named `roleName`, next to `like`. */
export function rolePolicy(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    roleName: string,
    ...statements: Statement[]
): AnalyzerResourceInput {
    const x = resourceLike(like, ROLE_POLICY, name, { name, role: roleName, policy: doc(...statements) });
    r.push(x);
    return x;
}

/** A customer managed policy of the stack attached to `roleName` by a RolePolicyAttachment. */
export function attachedPolicy(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    roleName: string,
    ...statements: Statement[]
): string {
    const arn = `arn:aws:iam::${PRIMARY}:policy/${name}`;
    r.push(resourceLike(like, POLICY, name, { name, arn, policy: doc(...statements) }));
    r.push(resourceLike(like, ATTACHMENT, `${name}-attach`, { role: roleName, policyArn: arn }));
    return arn;
}

/** Decrypt on share-1's key (by key ARN). */
export const decryptShare1 = (r: Resources): Statement => ({
    Sid: "ReadShare",
    Effect: "Allow",
    Action: "kms:Decrypt",
    Resource: arnOf(share1(r)),
});

/**
 * A later preview (the keys exist, the reporter is new): share-1's ARN is known, as `up` recorded it, while the
 * reporter's resources are being created.
 */
export function knownShare1(r: Resources): void {
    setProp(share1(r), "arn", `arn:aws:kms:eu-west-1:${PRIMARY}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`);
}
