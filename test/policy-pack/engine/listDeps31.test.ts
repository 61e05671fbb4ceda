// Unknown list elements in a first preview (a known gap closed in round 31). Pulumi records dependencies per top-level
// property (propertyDependencies), so `roles: [signer.name, somethingElse]` records the signer role for the whole list:
// one element's dependency vouched for the others, and an element naming a role outside the stack was read as the
// signer. Now the unknown elements may not outnumber the resources of the kind they name that the list depends on
// (model/resources.ts unknownItemsUnaccounted), else the reference is refused as unresolved.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import {
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const POLICY = "aws:iam/policy:Policy";
const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
const UNKNOWN = [...UNKNOWN_SENTINELS][0];

/** A random.RandomString (its result is unknown in a first preview). */
function randomString(r: Resources, like: AnalyzerResourceInput, name: string): AnalyzerResourceInput {
    const x = resourceLike(like, "random:index/randomString:RandomString", name, { length: 6 }, {
        outputs: { length: 6, result: UNKNOWN },
    } as Partial<AnalyzerResourceInput>);
    r.push(x);
    return x;
}

/**
 * A stack Policy granting `statement`, attached by a PolicyAttachment to `roles` (unknown elements), whose roles
 * property records `deps`.
 */
function attach(
    r: Resources,
    statement: Record<string, unknown>,
    roles: unknown[],
    deps: (r: Resources) => AnalyzerResourceInput[],
) {
    const like = find(r, ROLE, "signer-role");
    const arn = `arn:aws:iam::111111111111:policy/custody-prod-extra`;
    const policy = resourceLike(like, POLICY, "extra", { name: "custody-prod-extra", arn, policy: doc(statement) });
    r.push(policy);
    const attachment = resourceLike(like, POLICY_ATTACHMENT, "extra-attachment", {
        name: "extra",
        policyArn: arn,
        roles,
    });
    r.push(attachment);
    dependsOn(attachment, "roles", ...deps(r));
}

const shareDecrypt = (r: Resources) => ({
    Effect: "Allow",
    Action: ["kms:Decrypt", "kms:Encrypt"],
    Resource: prop(find(r, KEY, "signer-shares-share-1"), "arn"),
});
const logsOnly = {
    Effect: "Allow",
    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
    Resource: "arn:aws:logs:eu-west-1:111111111111:log-group:/custody/prod/signer:*",
};

describe("unknown list elements: one element's dependency vouches for no other", function () {
    this.timeout(120000);
    it("refuses: the signer's share grant attached to [signer.name, a name built from a RandomString]", async () => {
        const r = await stackResources("prod");
        attach(r, shareDecrypt(r), [UNKNOWN, UNKNOWN], x => [
            find(x, ROLE, "signer-role"),
            randomString(x, find(x, ROLE, "signer-role"), "suffix"),
        ]);
        assertRefused(await runWholePack("prod", r), /roles|extra-attachment|unresolved|unknown/i);
    });
    it("refuses: the same grant attached to two unknown names that depend on the signer role only", async () => {
        const r = await stackResources("prod");
        attach(r, shareDecrypt(r), [UNKNOWN, UNKNOWN], x => [find(x, ROLE, "signer-role")]);
        assertRefused(await runWholePack("prod", r), /roles|extra-attachment|unresolved|unknown/i);
    });
    it("accepts: a log-writing policy attached to [signer.name] (one unknown element, from the signer role)", async () => {
        const r = await stackResources("prod");
        attach(r, logsOnly, [UNKNOWN], x => [find(x, ROLE, "signer-role")]);
        assertClean(await runWholePack("prod", r));
    });
    it("accepts: a log-writing policy attached to a known name and [signer.name]", async () => {
        const r = await stackResources("prod");
        attach(r, logsOnly, [prop(find(r, ROLE, "signer-role"), "name"), UNKNOWN], x => [find(x, ROLE, "signer-role")]);
        assertClean(await runWholePack("prod", r));
    });
});
