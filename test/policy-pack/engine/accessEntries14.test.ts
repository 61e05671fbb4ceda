// EKS access entries and access policy associations whose principalArn is unknown during a first preview: the stack
// role it is computed from (propertyDependencies) is judged in its place; from anything else, an entry or association
// that grants something is refused as unverifiable (engine/kubernetes.ts, unknownPrincipal).
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { assertClean, assertRefused, dependsOn, find, Resources, runWholePack, stackResources } from "./support";
import { aws, stackRole } from "./variantBuilders";

const PRIMARY = "111111111111";
const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const CLUSTER = "prod-validators";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const policy = (name: string) => `arn:aws:eks::aws:cluster-access-policy/${name}`;
const ssoTrust = {
    Effect: "Allow",
    Principal: {
        AWS: `arn:aws:iam::${PRIMARY}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Ops_0123456789abcdef`,
    },
    Action: "sts:AssumeRole",
};

/** An ops role of the stack, and an access policy association whose principalArn is the role's unknown ARN. */
function opsAssociation(r: Resources, accessPolicy: string): void {
    stackRole(r, PRIMARY, "ops-admin", ssoTrust, [{ Effect: "Allow", Action: "eks:DescribeCluster", Resource: "*" }]);
    const role = find(r, "aws:iam/role:Role", "ops-admin");
    aws(r, ENTRY, "ops-admin", { clusterName: CLUSTER, principalArn: UNKNOWN, type: "STANDARD" });
    dependsOn(find(r, ENTRY, "ops-admin"), "principalArn", role);
    aws(r, ASSOCIATION, "ops-admin", {
        clusterName: CLUSTER,
        principalArn: UNKNOWN,
        policyArn: policy(accessPolicy),
        accessScope: { type: "cluster" },
    });
    dependsOn(find(r, ASSOCIATION, "ops-admin"), "principalArn", role);
}

describe("EKS access entries with an unknown principalArn (first preview)", () => {
    it("refuses: prod: an entry in system:masters whose principalArn comes from no resource of the stack", async () => {
        const r = await stackResources("prod", true);
        aws(r, ENTRY, "break-glass", {
            clusterName: CLUSTER,
            principalArn: UNKNOWN,
            kubernetesGroups: ["system:masters"],
        });
        assertRefused(
            await runWholePack("prod", r),
            /whoever EKS access entry break-glass names at `up` → EKS access entry break-glass: principalArn is unknown during the preview/,
            "custody-effective-access",
        );
    });
    it("refuses: prod: cluster admin associated with the unknown ARN of a stack role others can assume", async () => {
        const r = await stackResources("prod", true);
        opsAssociation(r, "AmazonEKSClusterAdminPolicy");
        assertRefused(
            await runWholePack("prod", r),
            /→ role ops-admin → EKS access policy association ops-admin \(EKS access policy AmazonEKSClusterAdminPolicy/,
            "custody-effective-access",
        );
    });
    it("accepts: prod: the view policy associated with the same role's unknown ARN", async () => {
        const r = await stackResources("prod", true);
        opsAssociation(r, "AmazonEKSViewPolicy");
        assertClean(await runWholePack("prod", r));
    });
});
