// Red-team round 32 (fresh eyes) on false positives after round 31's changes (guard Denies counted only when their
// document is known to stay attached, Node and StorageClass writers, the node user-data reader): what a careful
// platform team does around the committed stacks (exclusive management of the workload roles' policies, storage
// administration, snapshots, StatefulSets on cluster classes, instance-store disks, compliance rules), which the whole
// pack must accept, and a few insecure neighbours it must refuse.
import { nodePolicyConfig, runPack, runWithConfig } from "./packRunner";
import { al2023Nodes, hostPathDaemonSet, NON_ROOT, withScript } from "./nodeBuilders";
import {
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    setProp,
    stackResources,
} from "./support";
import { bind, k8s, k8sRole, restricted, Statement } from "./variantBuilders";
import { UNKNOWN } from "../support";

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const POLICY = "aws:iam/policy:Policy";
const ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const POLICIES_EXCLUSIVE = "aws:iam/rolePoliciesExclusive:RolePoliciesExclusive";
const ATTACHMENTS_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
const EFFECTIVE = "custody-effective-access";
const OUTSIDE_GROUP = { kind: "Group", name: "platform:ops", apiGroup: "rbac.authorization.k8s.io" };

const lambdaTrust: Statement = {
    Effect: "Allow",
    Principal: { Service: "lambda.amazonaws.com" },
    Action: "sts:AssumeRole",
};
const denyAllKms: Statement = { Sid: "Guard", Effect: "Deny", Action: "kms:*", Resource: "*" };

/** Locks a workload role's policies: only its own access RolePolicy inline, no managed policies. */
function lockRole(r: Resources, roleResource: string): void {
    const role = find(r, ROLE, roleResource);
    const name = prop(role, "name") as string;
    const access = r.find(x => x.type === ROLE_POLICY && prop(x, "role") === name)!;
    r.push(
        resourceLike(role, POLICIES_EXCLUSIVE, `${roleResource}-inline-exclusive`, {
            roleName: name,
            policyNames: [prop(access, "name")],
        }),
    );
    r.push(
        resourceLike(role, ATTACHMENTS_EXCLUSIVE, `${roleResource}-managed-exclusive`, {
            roleName: name,
            policyArns: [],
        }),
    );
}

/** A Lambda role `name` beside `like` allowed kms:Decrypt on `keyArn`, guarded by a Deny of kms:* it never loses. */
function guardedReporter(r: Resources, likeName: string, name: string, keyArn: string): void {
    const like = find(r, ROLE, likeName);
    const account = (prop(like, "arn") as string).split(":")[4];
    const guardArn = `arn:aws:iam::${account}:policy/${name}-guard`;
    r.push(
        resourceLike(like, ROLE, name, {
            name,
            arn: `arn:aws:iam::${account}:role/${name}`,
            assumeRolePolicy: doc(lambdaTrust),
            managedPolicyArns: [guardArn],
        }),
    );
    r.push(
        resourceLike(like, ROLE_POLICY, `${name}-reader`, {
            name: `${name}-reader`,
            role: name,
            policy: doc({ Sid: "Read", Effect: "Allow", Action: "kms:Decrypt", Resource: keyArn }),
        }),
    );
    r.push(
        resourceLike(like, POLICY, `${name}-guard`, { name: `${name}-guard`, arn: guardArn, policy: doc(denyAllKms) }),
    );
    r.push(resourceLike(like, ATTACHMENT, `${name}-guard-attach`, { role: name, policyArn: guardArn }));
    r.push(
        resourceLike(like, POLICIES_EXCLUSIVE, `${name}-inline-exclusive`, {
            roleName: name,
            policyNames: [`${name}-reader`],
        }),
    );
    r.push(
        resourceLike(like, ATTACHMENTS_EXCLUSIVE, `${name}-managed-exclusive`, {
            roleName: name,
            policyArns: [guardArn],
        }),
    );
}

/** A restricted workload in tools (a Deployment unless given), with volumes and mounts. */
function toolsPod(spec: { volumes?: object[]; mounts?: object[] }) {
    return {
        serviceAccountName: "default",
        ...(spec.volumes ? { volumes: spec.volumes } : {}),
        containers: [
            {
                name: "app",
                image: "registry.example.com/platform/app:1.0.0",
                securityContext: restricted,
                ...(spec.mounts ? { volumeMounts: spec.mounts } : {}),
            },
        ],
    };
}

/** A Karpenter NodePool `batch` on an EC2NodeClass outside the stack, tainted dedicated=batch:NoSchedule. */
function batchPool(r: Resources): void {
    k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "pool-batch", {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name: "batch" },
        spec: {
            template: {
                spec: {
                    nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "batch" },
                    taints: [{ key: "dedicated", value: "batch", effect: "NoSchedule" }],
                },
            },
        },
    });
}

/** A MutatingAdmissionPolicy (CEL, in the API server) on `resources`, bound cluster-wide. */
function mutatingPolicy(r: Resources, name: string, group: string, resources: string[], expression: string): void {
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", name, {
        apiVersion: "admissionregistration.k8s.io/v1beta1",
        kind: "MutatingAdmissionPolicy",
        metadata: { name },
        spec: {
            matchConstraints: {
                resourceRules: [
                    { apiGroups: [group], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources },
                ],
            },
            failurePolicy: "Fail",
            reinvocationPolicy: "Never",
            mutations: [{ patchType: "JSONPatch", jsonPatch: { expression } }],
        },
    });
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1beta1",
        kind: "MutatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name },
    });
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void | Promise<void>;
    preview?: boolean;
    nodes?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const CASES: Case[] = [
    // ---------------------------------------------------------------- secure: exclusive management (inForce.ts)
    {
        stack: "prod",
        name: "S1: the signer's role locked: RolePoliciesExclusive listing only its access policy, RolePolicyAttachmentsExclusive with no ARNs",
        edit: r => lockRole(r, "signer-role"),
    },
    {
        stack: "cross-account",
        name: "S2: both roles locked (instance-role in A, accountb-instance-role-dynamodb in B), each exclusive resource on its own account's provider",
        edit: r => {
            lockRole(r, "cross-account-caller");
            lockRole(r, "cross-account-access");
        },
    },
    {
        stack: "basil",
        name: "S3: Basil's runtime and provisioner roles locked by exclusive resources, role names spelled in upper case (IAM names are case-insensitive)",
        edit: r => {
            lockRole(r, "basil-runtime");
            lockRole(r, "basil-provisioner");
            for (const x of r)
                if (x.type === POLICIES_EXCLUSIVE || x.type === ATTACHMENTS_EXCLUSIVE)
                    setProp(x, "roleName", (prop(x, "roleName") as string).toUpperCase());
        },
    },
    {
        stack: "prod",
        name: "S4: the signer lock-down in a first preview: roleName unknown (from the role), policyNames unknown (from its access RolePolicy)",
        preview: true,
        edit: r => {
            lockRole(r, "signer-role");
            const role = find(r, ROLE, "signer-role");
            const access = find(r, ROLE_POLICY, "signer-role-access");
            for (const x of r.filter(y => y.type === POLICIES_EXCLUSIVE || y.type === ATTACHMENTS_EXCLUSIVE)) {
                setProp(x, "roleName", UNKNOWN);
                dependsOn(x, "roleName", role);
            }
            const inline = find(r, POLICIES_EXCLUSIVE, "signer-role-inline-exclusive");
            setProp(inline, "policyNames", [UNKNOWN]);
            dependsOn(inline, "policyNames", access);
        },
    },
    {
        stack: "prod",
        name: "S5: a Lambda reporter allowed Decrypt on share-1, guarded by a managed Deny kms:* listed by its own managedPolicyArns AND its RolePolicyAttachmentsExclusive, reader listed by RolePoliciesExclusive",
        edit: r => {
            const share1 = prop(find(r, "aws:kms/key:Key", "signer-shares-share-1"), "arn") as string;
            guardedReporter(r, "signer-role", "custody-prod-reporter", share1);
        },
    },
    {
        stack: "cross-account",
        name: "S6: a guarded reporter in account B beside a same-named role in account A whose RolePoliciesExclusive lists only A's own policy",
        edit: r => {
            const key = prop(find(r, "aws:kms/key:Key", "cross-account-key"), "arn") as string;
            guardedReporter(r, "cross-account-access", "ops-reporter", key);
            const a = find(r, ROLE, "cross-account-caller");
            const aAccount = (prop(a, "arn") as string).split(":")[4];
            r.push(
                resourceLike(a, ROLE, "ops-reporter-a", {
                    name: "ops-reporter",
                    arn: `arn:aws:iam::${aAccount}:role/ops-reporter`,
                    assumeRolePolicy: doc(lambdaTrust),
                }),
            );
            r.push(
                resourceLike(a, ROLE_POLICY, "ops-reporter-a-logs", {
                    name: "logs",
                    role: "ops-reporter",
                    policy: doc({
                        Effect: "Allow",
                        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                        Resource: `arn:aws:logs:eu-west-1:${aAccount}:log-group:/aws/lambda/ops-reporter:*`,
                    }),
                }),
            );
            r.push(
                resourceLike(a, POLICIES_EXCLUSIVE, "ops-reporter-a-exclusive", {
                    roleName: "ops-reporter",
                    policyNames: ["logs"],
                }),
            );
        },
    },
    // ---------------------------------------------------------------- secure: storage (StorageClass writers, PVCs)
    {
        stack: "dev",
        name: "S7: a StorageClass admin ClusterRole (get/list/watch/update/patch/delete storageclasses, no create) bound to an outside group",
        edit: r => {
            k8sRole(r, "storageclass-admin", [
                {
                    apiGroups: ["storage.k8s.io"],
                    resources: ["storageclasses"],
                    verbs: ["get", "list", "watch", "update", "patch", "delete"],
                },
            ]);
            bind(r, "storageclass-admin", { kind: "ClusterRole", name: "storageclass-admin" }, [OUTSIDE_GROUP]);
        },
    },
    {
        stack: "prod",
        name: "S8: a ValidatingAdmissionPolicy requiring EBS StorageClasses to set encrypted=true, bound cluster-wide (Deny)",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "sc-encrypted", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "sc-encrypted" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: ["storage.k8s.io"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["storageclasses"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "object.provisioner != 'ebs.csi.aws.com' || (has(object.parameters) && object.parameters.encrypted == 'true')",
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding", "sc-encrypted-b", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "sc-encrypted" },
                spec: { policyName: "sc-encrypted", validationActions: ["Deny"] },
            });
        },
    },
    {
        stack: "dev",
        name: "S9: a restricted StatefulSet in tools with volumeClaimTemplates on StorageClass gp3 (outside the stack)",
        edit: r => {
            k8s(r, "kubernetes:apps/v1:StatefulSet", "tools-cache", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "cache", namespace: "tools" },
                spec: {
                    serviceName: "cache",
                    replicas: 3,
                    selector: { matchLabels: { app: "cache" } },
                    template: {
                        metadata: { labels: { app: "cache" } },
                        spec: toolsPod({ mounts: [{ name: "data", mountPath: "/var/cache/app" }] }),
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "data" },
                            spec: {
                                accessModes: ["ReadWriteOnce"],
                                storageClassName: "gp3",
                                resources: { requests: { storage: "50Gi" } },
                            },
                        },
                    ],
                },
            });
        },
    },
    {
        stack: "prod",
        name: "S10: a restricted Deployment in tools with a generic ephemeral volume on StorageClass gp3 (outside the stack)",
        edit: r => {
            k8s(r, "kubernetes:apps/v1:Deployment", "tools-builder", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "builder", namespace: "tools" },
                spec: {
                    replicas: 1,
                    selector: { matchLabels: { app: "builder" } },
                    template: {
                        metadata: { labels: { app: "builder" } },
                        spec: toolsPod({
                            volumes: [
                                {
                                    name: "scratch",
                                    ephemeral: {
                                        volumeClaimTemplate: {
                                            spec: {
                                                accessModes: ["ReadWriteOnce"],
                                                storageClassName: "gp3",
                                                resources: { requests: { storage: "20Gi" } },
                                            },
                                        },
                                    },
                                },
                            ],
                            mounts: [{ name: "scratch", mountPath: "/scratch" }],
                        }),
                    },
                },
            });
        },
    },
    {
        stack: "dev",
        name: "S11: PVC backups: a stack StorageClass (ebs.csi.aws.com gp3, encrypted), a claim in tools on it, a VolumeSnapshotClass and a VolumeSnapshot of the claim",
        edit: r => {
            k8s(r, "kubernetes:storage.k8s.io/v1:StorageClass", "gp3-encrypted", {
                apiVersion: "storage.k8s.io/v1",
                kind: "StorageClass",
                metadata: { name: "gp3-encrypted" },
                provisioner: "ebs.csi.aws.com",
                parameters: { type: "gp3", encrypted: "true" },
                volumeBindingMode: "WaitForFirstConsumer",
                reclaimPolicy: "Retain",
                allowVolumeExpansion: true,
            });
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "tools-reports", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "reports", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "gp3-encrypted",
                    resources: { requests: { storage: "20Gi" } },
                },
            });
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotClass", "ebs-snapshots", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshotClass",
                metadata: { name: "ebs-snapshots" },
                driver: "ebs.csi.aws.com",
                deletionPolicy: "Retain",
            });
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot", "tools-reports-snap", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshot",
                metadata: { name: "reports-nightly", namespace: "tools" },
                spec: {
                    volumeSnapshotClassName: "ebs-snapshots",
                    source: { persistentVolumeClaimName: "reports" },
                },
            });
        },
    },
    // ---------------------------------------------------------------- secure: node user data
    {
        stack: "dev",
        nodes: true,
        name: "S12: a user-data script logging `aws sts get-caller-identity` (the node role's ARN, no credentials) for the boot log",
        edit: r =>
            al2023Nodes(
                r,
                "dev-identity-log-nodes",
                withScript([
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "aws sts get-caller-identity --query Arn --output text",
                ]),
            ),
    },
    {
        stack: "dev",
        nodes: true,
        name: "S13: instance-store disks: one NVMe filesystem at /data, another at /var/lib/containerd (different devices)",
        edit: r =>
            al2023Nodes(
                r,
                "dev-nvme-nodes",
                withScript([
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "mkfs.xfs -f /dev/nvme1n1",
                    "mkfs.xfs -f /dev/nvme2n1",
                    "mkdir -p /data /var/lib/containerd",
                    "mount /dev/nvme1n1 /data",
                    "mount /dev/nvme2n1 /var/lib/containerd",
                ]),
            ),
    },
    // ---------------------------------------------------------------- secure: compliance
    {
        stack: "basil",
        name: "S14: AWS Config managed rules on Basil's account (CMK rotation, DynamoDB PITR) over the service-linked recorder",
        edit: r => {
            const like = find(r, ROLE, "basil-runtime");
            const account = (prop(like, "arn") as string).split(":")[4];
            r.push(
                resourceLike(like, "aws:cfg/recorder:Recorder", "recorder", {
                    name: "default",
                    roleArn: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
                    recordingGroup: { allSupported: true },
                }),
            );
            for (const [name, id] of [
                ["cmk-rotation", "CMK_BACKING_KEY_ROTATION_ENABLED"],
                ["dynamodb-pitr", "DYNAMODB_PITR_ENABLED"],
            ])
                r.push(
                    resourceLike(like, "aws:cfg/rule:Rule", name, {
                        name,
                        source: { owner: "AWS", sourceIdentifier: id },
                    }),
                );
        },
    },
    // ---------------------------------------------------------------- insecure neighbours
    {
        stack: "dev",
        nodes: true,
        name: "I1: user data exporting the node role's credentials to /etc/profile.d/aws-creds.sh, a restricted DaemonSet reading /etc/profile.d",
        edit: r => {
            al2023Nodes(
                r,
                "dev-profile-creds-nodes",
                withScript([
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "aws configure export-credentials --format env > /etc/profile.d/aws-creds.sh",
                ]),
            );
            hostPathDaemonSet(r, "profile-reader", "node-agents", "/etc/profile.d", NON_ROOT, true, "Directory");
        },
        refused: /profile\.d|credential/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "I2: a MutatingAdmissionPolicy on storageclasses (rewrites a class at create), next to a claim on the cluster default class",
        edit: r => {
            mutatingPolicy(
                r,
                "sc-rewrite",
                "storage.k8s.io",
                ["storageclasses"],
                "[JSONPatch{op: 'replace', path: '/provisioner', value: 'rancher.io/local-path'}]",
            );
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "tools-scratch", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "scratch", namespace: "tools" },
                spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } },
            });
        },
        refused: /storageclass|sc-rewrite/i,
    },
    {
        stack: "prod",
        name: "I3: a MutatingAdmissionPolicy on core nodes (drops taints at registration), next to a tainted NodePool on an outside class",
        edit: r => {
            batchPool(r);
            mutatingPolicy(r, "node-untaint", "", ["nodes"], "[JSONPatch{op: 'remove', path: '/spec/taints'}]");
        },
        refused: /node-untaint|nodes/,
    },
];

describe("red team 32: secure variants after round 31's changes, and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            await c.edit(r);
            const ds = c.nodes ? await runWithConfig(c.stack, r, nodePolicyConfig) : await runPack(c.stack, r);
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
