// The AWS red-team rounds' shared builders (rounds 38 and 39): each stack's anchor role and account, and `beside`,
// a resource made like the anchor (same provider and parent) and pushed into the stack.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { doc, find, resourceLike, Resources } from "./support";
import { outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";

export const ANCHOR: Record<string, [string, string]> = {
    basil: [ROLE, "basil-runtime"],
    "cross-account": [ROLE, "cross-account-access"],
    curity: [ROLE, "curity-role"],
    dev: [ROLE, "signer-role"],
    prod: [ROLE, "signer-role"],
    "pod-identity": [ROLE, "signer-role"],
    "trust-domain": [ROLE, "trust-domain-role"],
};
export const ACCOUNT: Record<string, string> = {
    basil: "111122223333",
    "cross-account": "666666666666",
    curity: "555555555555",
    dev: "111111111111",
    prod: "111111111111",
    "pod-identity": "111111111111",
    "trust-domain": "444444444444",
};

export const beside = (
    r: Resources,
    stack: string,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    like?: AnalyzerResourceInput,
): AnalyzerResourceInput => {
    const res = resourceLike(like ?? find(r, ANCHOR[stack][0], ANCHOR[stack][1]), type, name, inputs);
    r.push(res);
    return res;
};

/** An Allow statement. */
export const allow = (action: string | string[], resource: string | string[], extra: object = {}) => ({
    Effect: "Allow",
    Action: action,
    Resource: resource,
    ...extra,
});

/**
 * A role of `account` trusted by an SSO role of that account outside the stack, with one inline policy, on the
 * provider of `like` (a resource of the stack in that account; the stack's anchor role by default).
 */
export const opsRole = (
    r: Resources,
    stack: string,
    account: string,
    name: string,
    statements: object[],
    like?: string,
) =>
    void beside(
        r,
        stack,
        ROLE,
        name,
        {
            name,
            arn: `arn:aws:iam::${account}:role/${name}`,
            assumeRolePolicy: doc({
                Effect: "Allow",
                Principal: { AWS: outsideRole(account) },
                Action: "sts:AssumeRole",
            }),
            inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
        },
        like === undefined ? undefined : r.find(x => x.name === like && x.type.startsWith("aws:")),
    );
