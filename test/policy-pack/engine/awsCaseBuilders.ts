// The AWS red-team rounds' shared builders (rounds 38 and 39): each stack's anchor role and account, and `beside`,
// a resource made like the anchor (same provider and parent) and pushed into the stack.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { find, resourceLike, Resources } from "./support";

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
