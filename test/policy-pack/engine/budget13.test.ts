// Budget actions as an attachment path (model/attachments.ts, budgetActionAttachments): APPLY_IAM_POLICY attaches a
// managed policy to roles when the budget crosses its threshold (AWS Billing API, CreateBudgetAction), so the policy
// counts as the role's; an SCP or SSM action grants nothing.
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { assertClean, assertRefused, doc, runWholePack, stackResources } from "./support";
import { aws, stackRole } from "./variantBuilders";

const PRIMARY = "111111111111";
const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const ec2Trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
const SHARE_1 = `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`;
const POLICY_ARN = `arn:aws:iam::${PRIMARY}:policy/freeze-kms`;

function budgetAction(r: Parameters<typeof aws>[0], actionType: string, definition: unknown): void {
    aws(r, "aws:budgets/budgetAction:BudgetAction", "monthly-freeze", {
        budgetName: "custody-monthly",
        actionType,
        approvalModel: "AUTOMATIC",
        notificationType: "ACTUAL",
        actionThreshold: { actionThresholdType: "PERCENTAGE", actionThresholdValue: 100 },
        executionRoleArn: `arn:aws:iam::${PRIMARY}:role/platform-budgets-actions`,
        definition,
        subscribers: [{ subscriptionType: "EMAIL", address: "platform@example.com" }],
    });
}

async function prodWithReportsRole() {
    const r = await stackResources("prod");
    stackRole(r, PRIMARY, "reports", ec2Trust, [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }]);
    aws(r, "aws:iam/policy:Policy", "freeze-kms", {
        name: "freeze-kms",
        arn: POLICY_ARN,
        policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: SHARE_1 }),
    });
    return r;
}

describe("budget actions attach policies (model/attachments.ts)", () => {
    it("refuses: prod: APPLY_IAM_POLICY attaching a stack policy with kms:Decrypt on the share keys to a stack role", async () => {
        const r = await prodWithReportsRole();
        budgetAction(r, "APPLY_IAM_POLICY", { iamActionDefinition: { policyArn: POLICY_ARN, roles: ["reports"] } });
        assertRefused(
            await runWholePack("prod", r),
            /role reports → statement #1 of Policy freeze-kms allows kms:Decrypt on .*key alias\/custody-infra\/prod\/share-1/,
            "custody-effective-access",
        );
    });
    it("refuses: prod (first preview): an APPLY_IAM_POLICY action whose definition is unknown", async () => {
        const r = await prodWithReportsRole();
        budgetAction(r, "APPLY_IAM_POLICY", UNKNOWN);
        assertRefused(await runWholePack("prod", r), /monthly-freeze/);
    });
    it("accepts: prod: an APPLY_SCP_POLICY action (a deny on the organization unit, no grant)", async () => {
        const r = await prodWithReportsRole();
        budgetAction(r, "APPLY_SCP_POLICY", {
            scpActionDefinition: { policyId: "p-12345678", targetIds: ["ou-abcd-12345678"] },
        });
        assertClean(await runWholePack("prod", r));
    });
    it("accepts: prod: APPLY_IAM_POLICY attaching a stack policy that only reads S3 to the same role", async () => {
        const r = await prodWithReportsRole();
        aws(r, "aws:iam/policy:Policy", "freeze-s3", {
            name: "freeze-s3",
            arn: `arn:aws:iam::${PRIMARY}:policy/freeze-s3`,
            policy: doc({ Effect: "Deny", Action: "s3:*", Resource: "*" }),
        });
        budgetAction(r, "APPLY_IAM_POLICY", {
            iamActionDefinition: { policyArn: `arn:aws:iam::${PRIMARY}:policy/freeze-s3`, roles: ["reports"] },
        });
        assertClean(await runWholePack("prod", r));
    });
});
