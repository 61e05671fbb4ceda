// A statement covers only the actions that can act on its Resource (IAM User Guide, "IAM JSON policy elements:
// NotAction": with a Resource, the allowed actions are limited to "the actions that can be performed on the specified
// resource"): model/permissions.ts statementActions, read on the wide side (policy variables, case, short ARNs).
import { strict as assert } from "assert";
import { loadCatalog, parsePolicyDocument, statementActions } from "../../policy-pack/model";
import { assertRefused, doc, find, resourceLike, runWholePack, stackResources } from "./engine/support";

async function actions(statement: Record<string, unknown>): Promise<Set<string>> {
    const catalog = await loadCatalog();
    const [s] = parsePolicyDocument({ Version: "2012-10-17", Statement: [statement] }).statements;
    return new Set(statementActions(s, catalog).keys());
}
const services = (names: Set<string>) => new Set([...names].map(n => n.split(":")[0]));

describe("statement actions limited to what can act on the Resource", () => {
    it("NotAction on a log group covers logs actions, never KMS, IAM, DynamoDB or EKS", async () => {
        const got = await actions({
            Effect: "Allow",
            NotAction: "logs:Delete*",
            Resource: "arn:aws:logs:us-east-1:111122223333:log-group:/basil/audit:*",
        });
        assert.ok(got.has("logs:putlogevents"));
        assert.ok(!got.has("logs:deleteloggroup"));
        for (const s of ["kms", "iam", "dynamodb", "eks", "sts"]) assert.ok(!services(got).has(s), s);
    });
    it("Action * on a key ARN covers kms:Decrypt but not wildcard-only kms:CreateKey nor iam:PassRole", async () => {
        const got = await actions({
            Effect: "Allow",
            Action: "*",
            Resource: "arn:aws:kms:eu-west-1:111111111111:key/k",
        });
        assert.ok(got.has("kms:decrypt"));
        assert.ok(!got.has("kms:createkey"));
        assert.ok(!got.has("iam:passrole"));
    });
    it("reads wide: Resource *, a short ARN with a wildcard, a policy variable, an upper-case service", async () => {
        for (const Resource of [
            "*",
            "arn:aws:*",
            "arn:aws:kms:eu-west-1:111111111111:key/${aws:PrincipalTag/key}",
            "arn:aws:KMS:eu-west-1:111111111111:key/k",
        ])
            assert.ok((await actions({ Effect: "Allow", NotAction: "iam:*", Resource })).has("kms:decrypt"), Resource);
    });
    it("keeps an action whose resource type can be any ARN (AWS Backup recovery points) on an S3 Resource", async () => {
        const got = await actions({
            Effect: "Allow",
            NotAction: "s3:DeleteBucket",
            Resource: "arn:aws:s3:::reports/*",
        });
        assert.ok(got.has("backup:startrestorejob"));
        // Round 76: not ssm:SendCommand, whose S3 `bucket` type is optional beside its required document* (Service
        // Authorization Reference: a starred type is always in the request, so this Resource never authorizes it).
        assert.ok(!got.has("ssm:sendcommand"));
    });
    it("still refuses a NotAction grant scoped to every key of the signer account (insecure neighbour)", async () => {
        const r = await stackResources("prod");
        const like = find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
        r.push(
            resourceLike(like, "aws:iam/role:Role", "key-reader", {
                name: "key-reader",
                arn: "arn:aws:iam::111111111111:role/key-reader",
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "ec2.amazonaws.com" },
                    Action: "sts:AssumeRole",
                }),
            }),
            resourceLike(like, "aws:iam/rolePolicy:RolePolicy", "key-reader", {
                role: "key-reader",
                policy: doc({
                    Effect: "Allow",
                    NotAction: "kms:ScheduleKeyDeletion",
                    Resource: "arn:aws:kms:*:111111111111:key/*",
                }),
            }),
        );
        assertRefused(await runWholePack("prod", r), /key-reader[\s\S]*kms:Decrypt/, "custody-effective-access");
    });
});
