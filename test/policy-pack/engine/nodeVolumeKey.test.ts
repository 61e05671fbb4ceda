// Round 25: a stack key used only as a node-volume key (a launch template's block device mappings, an EBS volume, an
// instance's block devices) is dedicated the way the account's EBS default key is (round 21, judge.ts
// DEDICATING_KEY_PROPS): EBS uses it through EC2, and EC2 Auto Scaling's service-linked role launches the template's
// instances with it (EC2 Auto Scaling user guide, "Required AWS KMS key policy for use with encrypted volumes",
// example 1: AWSServiceRoleForAutoScaling may Encrypt, Decrypt, ReEncrypt*, GenerateDataKey*, DescribeKey, and
// CreateGrant when kms:GrantIsForAWSResource is true). The red-team case of redteam25-nsec.test.ts in spirit, and its
// neighbours both ways: the key stays custody when it is also a share or table key, or when a stack role or "*"
// (unpinned) reaches it.
import { nodePolicyConfig } from "./packRunner";
import { b64, CLUSTER, describeNodeCases, EFFECTIVE, NodeCase, PRIMARY, withScript } from "./nodeBuilders";
import { addStatements, find, prop, Resources } from "./support";
import { aws, cmk, IMDS_SAFE, managedNodes, rootDelegation } from "./variantBuilders";

const REGION = "eu-west-1";
const KEY_ID = "7c6b5a49-3827-4165-9f0e-d1c2b3a49586";
const ASG_SLR = `arn:aws:iam::${PRIMARY}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`;
const ASG_SLR_SUFFIXED = `${ASG_SLR}_validators`;
const KMS_USE = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];

/** Example 1's two statements for `principals` (use of the key; CreateGrant only for AWS resources). */
const autoScalingStatements = (principals: string[] | string) => [
    {
        Sid: "AllowServiceLinkedRoleUseOfTheKey",
        Effect: "Allow",
        Principal: { AWS: principals },
        Action: KMS_USE,
        Resource: "*",
    },
    {
        Sid: "AllowAttachmentOfPersistentResources",
        Effect: "Allow",
        Principal: { AWS: principals },
        Action: "kms:CreateGrant",
        Resource: "*",
        Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
    },
];

/** The aws/ebs key policy's statement: every principal of the account, only through EC2 in the key's region. */
const throughEbs = {
    Sid: "AllowAccessThroughEBS",
    Effect: "Allow",
    Principal: { AWS: "*" },
    Action: [...KMS_USE, "kms:CreateGrant"],
    Resource: "*",
    Condition: { StringEquals: { "kms:CallerAccount": PRIMARY, "kms:ViaService": `ec2.${REGION}.amazonaws.com` } },
};

/** A stack key for node volumes with the root delegation and `statements`; returns its ARN. */
const volumeKey = (r: Resources, statements: object[]) =>
    cmk(r, "node-volumes-key", PRIMARY, REGION, KEY_ID, [rootDelegation(PRIMARY), ...statements]);

/** A managed node group whose launch template encrypts the root and /data volumes with `key`, mounting /data. */
function encryptedNodes(r: Resources, key: string, name = "dev-cmk-volume-nodes"): void {
    const ebs = (size: number) => ({ volumeSize: size, volumeType: "gp3", encrypted: "true", kmsKeyId: key });
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, name, {
        blockDeviceMappings: [
            { deviceName: "/dev/xvda", ebs: ebs(50) },
            { deviceName: "/dev/xvdb", ebs: { ...ebs(500), iops: 6000, throughput: 500, deleteOnTermination: "true" } },
        ],
        userData: b64(
            withScript([
                "mkfs.xfs -f -L data /dev/nvme1n1",
                "mkdir -p /data",
                "echo 'LABEL=data /data xfs defaults,nodev,nosuid,nofail 0 2' >> /etc/fstab",
                "mount /data",
            ]),
        ),
    });
}

const keyArn = (r: Resources, name: string) => prop(find(r, "aws:kms/key:Key", name), "arn") as string;
const addToPolicy = (r: Resources, name: string, statements: object[]) =>
    addStatements(find(r, "aws:kms/key:Key", name), "policy", ...statements);

const insecure: NodeCase[] = [
    {
        // A share key is custody whatever else names it (findCustodyAssets adds the model's keys first): the
        // service-linked role's Decrypt on it is a principal the model does not name.
        name: "the launch template's volumes encrypted with share 1's key, its policy opened to the Auto Scaling service-linked role",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            addToPolicy(r, "signer-shares-share-1", autoScalingStatements(ASG_SLR));
            encryptedNodes(r, keyArn(r, "signer-shares-share-1"));
        },
        refused: /AWSServiceRoleForAutoScaling[\s\S]*share-1/,
        policy: EFFECTIVE,
    },
    {
        // The tables' CMK encrypts the custody tables: naming it for node volumes does not dedicate it.
        name: "the launch template's volumes encrypted with the tables' CMK, its policy opened to the Auto Scaling service-linked role",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            addToPolicy(r, "signer-tables-cmk", autoScalingStatements(ASG_SLR));
            encryptedNodes(r, keyArn(r, "signer-tables-cmk"));
        },
        refused:
            /AWSServiceRoleForAutoScaling[\s\S]*signer-tables-cmk|signer-tables-cmk[\s\S]*AWSServiceRoleForAutoScaling/,
        policy: EFFECTIVE,
    },
    {
        // The node role itself (a runtime role of the stack: every process on the node acts as it) may Decrypt with
        // the key directly, not through EC2: the key is not dedicated, and the node role reaches a possibly retired
        // custody key.
        name: "a node-volume key whose policy also lets the node role Decrypt directly",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            const nodeRole = `arn:aws:iam::${PRIMARY}:role/dev-cmk-volume-nodes`;
            encryptedNodes(
                r,
                volumeKey(r, [
                    ...autoScalingStatements(ASG_SLR),
                    {
                        Sid: "NodesDecrypt",
                        Effect: "Allow",
                        Principal: { AWS: nodeRole },
                        Action: "kms:Decrypt",
                        Resource: "*",
                    },
                ]),
            );
        },
        refused: /dev-cmk-volume-nodes[\s\S]*node-volumes-key/,
        policy: EFFECTIVE,
    },
    {
        // "*" with no condition naming the caller: anyone, in any account.
        name: 'a node-volume key whose use statement names "*" beside the service-linked role (no condition)',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => encryptedNodes(r, volumeKey(r, autoScalingStatements([ASG_SLR, "*"]))),
        refused: /node-volumes-key/,
        policy: EFFECTIVE,
    },
    {
        // Only EC2 Auto Scaling's own service-linked roles: another service's is another service's deputy.
        name: "a node-volume key for Systems Manager's service-linked role instead of Auto Scaling's",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            encryptedNodes(
                r,
                volumeKey(
                    r,
                    autoScalingStatements(
                        `arn:aws:iam::${PRIMARY}:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM`,
                    ),
                ),
            ),
        refused: /AWSServiceRoleForAmazonSSM \(outside this stack\) → kms:Decrypt/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    {
        // The red-team case (redteam25-nsec.test.ts) in spirit: example 1's key policy, named only by the template.
        name: "a launch template encrypting the root and /data volumes with a stack CMK usable only by the Auto Scaling service-linked role",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => encryptedNodes(r, volumeKey(r, autoScalingStatements(ASG_SLR))),
    },
    {
        // Auto Scaling's service-linked role with a custom suffix, plus the aws/ebs statement (the account's
        // principals only through EC2), named by key id rather than ARN.
        name: "a launch template naming the key by id, its policy for a suffixed Auto Scaling service-linked role and the account's principals through EC2",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            volumeKey(r, [...autoScalingStatements(ASG_SLR_SUFFIXED), throughEbs]);
            encryptedNodes(r, KEY_ID);
        },
    },
    {
        // A separate EBS volume for /data and an instance's root and EBS block devices, on a key only EC2 reaches.
        name: "an EBS volume and an instance's root and EBS block devices (one by ARN, one by key id) encrypted with a key the account's principals use only through EC2",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            const key = volumeKey(r, [throughEbs]);
            aws(r, "aws:ebs/volume:Volume", "validator-data", {
                availabilityZone: `${REGION}a`,
                size: 500,
                type: "gp3",
                encrypted: true,
                kmsKeyId: key,
            });
            aws(r, "aws:ec2/instance:Instance", "validator-bastion", {
                ami: "ami-0a1b2c3d4e5f60718",
                instanceType: "t3.small",
                subnetId: "subnet-0a1b2c3d4e5f60718",
                metadataOptions: IMDS_SAFE,
                rootBlockDevice: { volumeSize: 20, volumeType: "gp3", encrypted: true, kmsKeyId: key },
                ebsBlockDevices: [
                    { deviceName: "/dev/xvdb", volumeSize: 100, volumeType: "gp3", encrypted: true, kmsKeyId: KEY_ID },
                ],
            });
        },
    },
];

describeNodeCases("a stack key used only for node volumes is dedicated like the EBS default key", insecure, secure);
