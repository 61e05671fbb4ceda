/**
 * The AWS managed policies the pack has reviewed (AWS Managed Policy Reference): none grants kms or dynamodb access or
 * IAM writes. The pack cannot read a managed policy (model/attachments.ts), so these are the only ones it accepts
 * unread: engine/judge.ts decides where each may sit, private/packConfigCheck.ts refuses any other in
 * allowedPolicyArns.
 */

/** AWS managed policies of EKS nodes (EKS user guide, "Amazon EKS node IAM role", "Pod execution IAM role"). */
export const AWS_NODE_POLICIES: ReadonlySet<string> = new Set([
    "AmazonEKSWorkerNodePolicy",
    "AmazonEKSWorkerNodeMinimalPolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonEC2ContainerRegistryPullOnly",
    "AmazonEKS_CNI_Policy",
    "AmazonEKSFargatePodExecutionRolePolicy",
    "AmazonSSMManagedInstanceCore",
]);

/**
 * AWS managed policies of AWS's EKS add-ons and agents (EKS user guide: VPC CNI with IRSA, Container Insights; "Amazon
 * EBS CSI driver": "The permissions in the AmazonEBSCSIDriverPolicy AWS managed policy are required"; "Amazon EFS CSI
 * driver": AmazonEFSCSIDriverPolicy). The CSI policies act on volumes, snapshots and EFS access points: storage of the
 * cluster's pods, none a custody asset (the custody data lives in DynamoDB and KMS). AmazonEBSCSIDriverPolicy (v4+) may
 * attach, detach and snapshot any volume of the account (AWS managed policy reference); AmazonEBSCSIDriverPolicyV2 only
 * volumes tagged ebs.csi.aws.com/cluster=true, the narrower choice.
 */
export const AWS_AGENT_POLICIES: ReadonlySet<string> = new Set([
    "AmazonEKS_CNI_Policy",
    "CloudWatchAgentServerPolicy",
    "AWSXrayWriteOnlyAccess",
    "AmazonPrometheusRemoteWriteAccess",
    "AmazonEBSCSIDriverPolicy",
    "AmazonEBSCSIDriverPolicyV2",
    "AmazonEFSCSIDriverPolicy",
]);

/** Every reviewed AWS managed policy, by name (whatever its path, as the engine compares them). */
export function isReviewedAwsManagedPolicy(name: string): boolean {
    return AWS_NODE_POLICIES.has(name) || AWS_AGENT_POLICIES.has(name);
}
