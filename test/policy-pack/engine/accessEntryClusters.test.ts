// EKS access entries act in the one cluster they name (EKS API CreateAccessEntry `clusterName`). The pod-identity
// stack's runtime trust pins aws:RequestTag/eks-cluster-arn to prod-validators (EKS user guide, "Create IAM role with
// trust policy required by EKS Pod Identity"), so power on another cluster of the account reaches no pod that gets its
// credentials. An IRSA issuer names no cluster the pack can match, and an unknown clusterName may be the signer's:
// both still count (engine/build.ts clusterOutsideStack). Round 53's secure neighbour is in redteam53-aws.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws } from "./variantBuilders";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const SSO = (account: string) =>
    `arn:aws:iam::${account}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Ops_0123456789abcdef`;

/** An SSO role's access entry and cluster-admin association on `clusterName`. */
function clusterAdmin(r: Resources, account: string, clusterName: string): void {
    aws(r, "aws:eks/accessEntry:AccessEntry", "ops-admin", {
        clusterName,
        principalArn: SSO(account),
        type: "STANDARD",
    });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ops-admin", {
        clusterName,
        principalArn: SSO(account),
        policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
        accessScope: { type: "cluster" },
    });
}

const ADMIN_PATH = /AWSReservedSSO_Ops_0123456789abcdef.*EKS access policy association ops-admin/;

describe("EKS access entries: the cluster they name", () => {
    it("refuses: pod-identity: cluster admin on prod-validators, the cluster the signer's trust pins", async () => {
        const r = await stackResources("pod-identity");
        clusterAdmin(r, "111111111111", "prod-validators");
        assertRefused(await runWholePack("pod-identity", r), ADMIN_PATH, "custody-effective-access");
    });
    it("refuses: pod-identity: cluster admin on a cluster whose name is unknown during the preview", async () => {
        const r = await stackResources("pod-identity", true);
        clusterAdmin(r, "111111111111", UNKNOWN);
        assertRefused(await runWholePack("pod-identity", r), ADMIN_PATH, "custody-effective-access");
    });
    it("refuses: prod (IRSA): cluster admin on another cluster name (an OIDC issuer names no cluster)", async () => {
        const r = await stackResources("prod");
        clusterAdmin(r, "111111111111", "prod-batch");
        assertRefused(await runWholePack("prod", r), ADMIN_PATH, "custody-effective-access");
    });
    it("accepts: pod-identity: cluster admin on `Prod-Validators` (EKS cluster names are case-sensitive: another cluster)", async () => {
        const r = await stackResources("pod-identity");
        clusterAdmin(r, "111111111111", "Prod-Validators");
        assertClean(await runWholePack("pod-identity", r));
    });
});
