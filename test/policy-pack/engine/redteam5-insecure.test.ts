// Red-team round 5 (final, fresh eyes) on INSECURE variants of every committed stack (prod, dev, pod-identity, basil,
// trust-domain, curity, cross-account): what attackers and careless editors most often write in a Pulumi program
// (IAM policies in every attachment form and spelling, trust, key and table policies, grants, aliases, Kubernetes
// RBAC and workloads, EKS access), in shapes the earlier rounds did not try: resource ARNs of another service than
// the action's (Session Manager and EC2 Instance Connect name EC2 instances), IAM policy variables in Resource
// (`${aws:PrincipalTag/...}`, `${aws:PrincipalAccount}`), namespace-scoped power in kube-system (whose controller
// ServiceAccounts act cluster-wide), the host PID namespace without added capabilities, a writable hostPath on the
// binaries the node runs as root, and new spellings of principals, conditions and attachments the pack already judges.
//
// Insecure variants the whole pack must refuse (with the path message it must name); a case the pack gets wrong is
// `skip` with a comment starting "MISS:" (why it is insecure, and the document checked). REDTEAM_ALL=1 runs them too;
// REDTEAM_SHOW=1 prints each refusal. A few secure neighbours of the misses (what a fix must keep accepting) close it.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN } from "../support";
import { aws, bind, k8s, k8sRole, next, outsideRole, stackRole, user } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const BASIL = "111122223333";
const TRUST_DOMAIN = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_B = "777777777777";
const ROLE = "aws:iam/role:Role";
const USER = "aws:iam/user:User";
const GROUP = "aws:iam/group:Group";
const GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
const KEY = "aws:kms/key:Key";
const GRANT = "aws:kms/grant:Grant";
const EFFECTIVE = "custody-effective-access";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };

const ec2Trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
/** Trust of an outside operator role (an SSO permission set's role, a CI role) by its exact ARN. */
const operatorTrust = (account: string) => ({
    Effect: "Allow",
    Principal: { AWS: outsideRole(account) },
    Action: "sts:AssumeRole",
});

/** A DaemonSet in `namespace` with this pod spec (its own ServiceAccount). */
function daemonSet(r: Resources, name: string, namespace: string, spec: Record<string, unknown>): void {
    k8s(r, "kubernetes:apps/v1:DaemonSet", name, {
        apiVersion: "apps/v1",
        kind: "DaemonSet",
        metadata: { name, namespace },
        spec: {
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec: { serviceAccountName: name, ...spec } },
        },
    });
}

/** An EKS access entry for `principalArn` and an access policy association scoped to `namespaces` (cluster if none). */
function eksAccess(r: Resources, name: string, principalArn: string, policy: string, namespaces?: string[]): void {
    const clusterName = "prod-validators";
    aws(r, "aws:eks/accessEntry:AccessEntry", `${name}-entry`, { clusterName, principalArn, type: "STANDARD" });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${name}-policy`, {
        clusterName,
        principalArn,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: namespaces ? { type: "namespace", namespaces } : { type: "cluster" },
    });
}

const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;
const keyId = (r: Resources, name: string) => prop(find(r, KEY, name), "keyId") as string;

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A case the pack still gets wrong: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- Resource ARNs of another service than the action's: Session Manager and EC2 Instance Connect name EC2
    // instances (arn:aws:ec2:...:instance/*), and a shell on an instance is its role and, on an EKS node, every pod's
    // token on it.
    {
        stack: "prod",
        name: "an ops user allowed ssm:StartSession on the account's EC2 instances (the cluster's nodes)",
        edit: r =>
            user(r, PRIMARY, "node-ops", [
                {
                    Sid: "NodeShell",
                    Effect: "Allow",
                    Action: "ssm:StartSession",
                    Resource: `arn:aws:ec2:eu-west-1:${PRIMARY}:instance/*`,
                },
            ]),
        refused: /node-ops[\s\S]*ssm:StartSession/,
        policy: EFFECTIVE,
    },
    {
        stack: "cross-account",
        name: "a support user of account B allowed ec2-instance-connect:SendSSHPublicKey on B's instances (instance-role's)",
        edit: r =>
            user(
                r,
                ACCOUNT_B,
                "support",
                [
                    {
                        Sid: "PushKey",
                        Effect: "Allow",
                        Action: "ec2-instance-connect:SendSSHPublicKey",
                        Resource: `arn:aws:ec2:us-east-1:${ACCOUNT_B}:instance/*`,
                        Condition: { StringEquals: { "ec2:osuser": "ec2-user" } },
                    },
                    {
                        Sid: "Tunnel",
                        Effect: "Allow",
                        Action: "ec2-instance-connect:OpenTunnel",
                        Resource: `arn:aws:ec2:us-east-1:${ACCOUNT_B}:instance-connect-endpoint/*`,
                    },
                ],
                { roleName: "cross-account-caller" },
            ),
        refused: /support[\s\S]*ec2-instance-connect:SendSSHPublicKey/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "an SRE group allowed ssm:StartSession on the account's instances (the node running the provisioner Job)",
        edit: r => {
            aws(r, GROUP, "sre", { name: "sre", arn: `arn:aws:iam::${BASIL}:group/sre` });
            aws(r, GROUP_POLICY, "sre-shell", {
                group: "sre",
                name: "sre-shell",
                policy: doc({
                    Effect: "Allow",
                    Action: ["ssm:StartSession", "ssm:TerminateSession"],
                    Resource: [`arn:aws:ec2:us-east-1:${BASIL}:instance/*`],
                }),
            });
        },
        refused: /sre[\s\S]*ssm:StartSession/,
        policy: EFFECTIVE,
    },
    // ---- IAM policy variables in Resource: AWS substitutes the request's value before matching.
    {
        stack: "prod",
        name: "an auditor user allowed kms:Decrypt on key/${aws:PrincipalTag/kms-key-id}, tagged with share 1's key id",
        edit: r =>
            user(
                r,
                PRIMARY,
                "share-auditor",
                [
                    {
                        Effect: "Allow",
                        Action: ["kms:Decrypt", "kms:DescribeKey"],
                        Resource: "arn:aws:kms:*:*:key/${aws:PrincipalTag/kms-key-id}",
                    },
                ],
                { tags: { "kms-key-id": keyId(r, "signer-shares-share-1") } },
            ),
        refused: /share-auditor[\s\S]*kms:Decrypt/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "a reporting role (EC2) allowed dynamodb:Scan on arn:aws:dynamodb:eu-west-1:${aws:PrincipalAccount}:table/...",
        edit: r =>
            stackRole(r, PRIMARY, "reporting", ec2Trust, [
                {
                    Effect: "Allow",
                    Action: ["dynamodb:Scan", "dynamodb:Query", "dynamodb:GetItem"],
                    Resource: "arn:aws:dynamodb:eu-west-1:${aws:PrincipalAccount}:table/custody-dev-anti-slashing",
                },
            ]),
        // AWS never resolves a variable before the fifth colon (IAM User Guide, "Variables and tags"): refused as
        // an invalid grant, with the fix, whichever reading AWS takes.
        refused: /policy variable \$\{aws:PrincipalAccount\} before the fifth colon/,
        policy: "iam-actions-exist",
    },
    {
        stack: "curity",
        name: "an analytics role allowed Scan on table/${aws:PrincipalTag/team}-*, tagged team=curity",
        edit: r =>
            stackRole(
                r,
                CURITY,
                "analytics",
                operatorTrust(CURITY),
                [
                    {
                        Effect: "Allow",
                        Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                        Resource: `arn:aws:dynamodb:eu-west-1:${CURITY}:table/\${aws:PrincipalTag/team}-*`,
                    },
                ],
                { tags: { team: "curity" } },
            ),
        refused: /analytics[\s\S]*dynamodb:Scan/,
        policy: EFFECTIVE,
    },
    // ---- Kubernetes: namespace-scoped power in kube-system, whose controller ServiceAccounts act cluster-wide.
    {
        stack: "prod",
        name: "RBAC: the built-in edit ClusterRole bound in kube-system only, to a platform group",
        edit: r => bind(r, "platform-edit", { kind: "ClusterRole", name: "edit" }, [DEVS], "kube-system"),
        refused: /platform-devs[\s\S]*kube-system/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "EKS: AmazonEKSEditPolicy scoped to the kube-system namespace for an outside operator role",
        edit: r => eksAccess(r, "ops-kube-system", outsideRole(BASIL), "AmazonEKSEditPolicy", ["kube-system"]),
        refused: /platform-ops[\s\S]*AmazonEKSEditPolicy/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "RBAC: a Role in kube-system minting ServiceAccount tokens, bound to a group",
        edit: r => {
            k8sRole(
                r,
                "token-minter",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                "kube-system",
            );
            bind(r, "token-minter", { kind: "Role", name: "token-minter" }, [DEVS], "kube-system");
        },
        refused: /platform-devs[\s\S]*serviceaccounts\/token/,
        policy: EFFECTIVE,
    },
    // ---- Kubernetes workloads: the host PID namespace, no capability added.
    {
        stack: "trust-domain",
        name: "a debug DaemonSet in the host PID namespace running as root (reads /proc/<pid>/root of every pod)",
        edit: r =>
            daemonSet(r, "debug-tools", "monitoring", {
                hostPID: true,
                containers: [
                    { name: "tools", image: "public.ecr.aws/docker/library/busybox:1.36", command: ["sleep", "inf"] },
                ],
            }),
        refused: /debug-tools[\s\S]*spirl-system\/spirl-server/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "RBAC: patch on the aws-auth ConfigMap only (resourceNames), in kube-system, for a group",
        edit: r => {
            k8sRole(
                r,
                "aws-auth-editor",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        resourceNames: ["aws-auth"],
                        verbs: ["get", "patch", "update"],
                    },
                ],
                "kube-system",
            );
            bind(r, "aws-auth-editor", { kind: "Role", name: "aws-auth-editor" }, [DEVS], "kube-system");
        },
        refused: /platform-devs[\s\S]*aws-auth/,
        policy: EFFECTIVE,
    },
    // ---- New spellings the pack already judges.
    {
        stack: "prod",
        name: 'trust: "*" pinned by StringEquals aws:PrincipalArn = "${aws:PrincipalArn}" (a variable: always true)',
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Sid: "Break",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:PrincipalArn": "${aws:PrincipalArn}" } },
            }),
        refused: /custody-prod-signer/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: 'payload key policy: "*" pinned by aws:PrincipalAccount = "${aws:ResourceAccount}" (every identity of the account)',
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Sid: "SameAccount",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Decrypt", "kms:Encrypt"],
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalAccount": "${aws:ResourceAccount}" } },
            }),
        refused: /kms:Decrypt[\s\S]*payload/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "pod identity: the cluster pin written as eks-cluster-arn = ${aws:SourceArn} (the calling cluster, any)",
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            const trust = JSON.parse(prop(role, "assumeRolePolicy") as string);
            trust.Statement[0].Condition.StringEquals["aws:RequestTag/eks-cluster-arn"] = "${aws:SourceArn}";
            setProp(role, "assumeRolePolicy", JSON.stringify(trust));
        },
        refused: /custody-pod-identity-signer/,
        policy: EFFECTIVE,
    },
    {
        stack: "cross-account",
        name: "data key policy: account B's root restricted by ArnEquals aws:PrincipalArn role/${aws:PrincipalTag/role}",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Sid: "AccountBByTag",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/\${aws:PrincipalTag/role}` },
                },
            }),
        refused: /kms:Decrypt/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a stack role allowed ssm:SendCommand on the nodes with the AWS-RunShellScript document",
        edit: r =>
            stackRole(r, PRIMARY, "node-runner", operatorTrust(PRIMARY), [
                {
                    Effect: "Allow",
                    Action: "ssm:SendCommand",
                    Resource: [
                        `arn:aws:ec2:eu-west-1:${PRIMARY}:instance/*`,
                        "arn:aws:ssm:eu-west-1::document/AWS-RunShellScript",
                    ],
                },
            ]),
        refused: /node-runner[\s\S]*ssm:SendCommand/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a Deployment in basil-bootstrap naming the provisioner's ServiceAccount by the deprecated serviceAccount field",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:Deployment", "bootstrap-watch", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "bootstrap-watch", namespace: "basil-bootstrap" },
                spec: {
                    selector: { matchLabels: { app: "bootstrap-watch" } },
                    template: {
                        metadata: { labels: { app: "bootstrap-watch" } },
                        spec: {
                            serviceAccount: "basil-provisioner",
                            containers: [{ name: "watch", image: "public.ecr.aws/aws-cli/aws-cli:2.17.0" }],
                        },
                    },
                },
            }),
        refused: /basil-provisioner/,
        policy: "declared-role-kind-consistent",
    },
    {
        stack: "prod",
        name: "a KeyPolicy on share 3 written as an object, its Statement a single object naming an outside role",
        edit: r => {
            const share3 = find(r, KEY, "signer-shares-share-3");
            next(r, share3, "aws:kms/keyPolicy:KeyPolicy", "share-3-policy", {
                keyId: keyId(r, "signer-shares-share-3"),
                policy: {
                    Version: "2012-10-17",
                    Statement: {
                        Sid: "Everything",
                        Effect: "Allow",
                        Principal: {
                            AWS: ["arn:aws:iam::333333333333:root", outsideRole("333333333333", "share-3-ops")],
                        },
                        Action: "kms:*",
                        Resource: "*",
                    },
                },
            });
        },
        refused: /share-3-ops[\s\S]*share-3/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "a CNI-plugin DaemonSet mounting the host's /opt/cni/bin read-write (the runtime runs those binaries as root)",
        edit: r =>
            daemonSet(r, "cni-installer", "networking", {
                containers: [
                    {
                        name: "install",
                        image: "ghcr.io/example/cni-plugins:1.5",
                        volumeMounts: [{ name: "cni-bin", mountPath: "/host/opt/cni/bin" }],
                    },
                ],
                volumes: [{ name: "cni-bin", hostPath: { path: "/opt/cni/bin", type: "DirectoryOrCreate" } }],
            }),
        refused: /cni-installer[\s\S]*curity\/dynamo-sa/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "EKS: AmazonEKSAdminPolicy for an outside role, scoped to the namespaces kube-* (kube-system among them)",
        edit: r => eksAccess(r, "ops-kube", outsideRole(PRIMARY), "AmazonEKSAdminPolicy", ["kube-*"]),
        refused: /platform-ops[\s\S]*AmazonEKSAdminPolicy/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "an ops user allowed kms:Sign on key/${aws:PrincipalTag/signing-key} (the model names the account's keys by key/*)",
        edit: r =>
            user(
                r,
                TRUST_DOMAIN,
                "svid-ops",
                [
                    {
                        Effect: "Allow",
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: `arn:aws:kms:us-east-1:${TRUST_DOMAIN}:key/\${aws:PrincipalTag/signing-key}`,
                    },
                ],
                { tags: { "signing-key": "0f3a9c2e-6b1d-4e7a-9c55-2d8e1f4b7a10" } },
            ),
        refused: /svid-ops[\s\S]*kms:Sign/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "an IAM user of the stack with the AWS managed AWSKeyManagementServicePowerUser (UserPolicyAttachment)",
        edit: r => {
            aws(r, USER, "kms-operator", { name: "kms-operator", arn: `arn:aws:iam::${PRIMARY}:user/kms-operator` });
            aws(r, "aws:iam/userPolicyAttachment:UserPolicyAttachment", "kms-operator-power-user", {
                user: "kms-operator",
                policyArn: "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser",
            });
        },
        refused: /kms-operator[\s\S]*AWSKeyManagementServicePowerUser/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "RBAC: patch on the signer's own Deployment only (resourceNames) in validators, for an EKS-mapped group",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "deployers-entry", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "ci-deployer"),
                type: "STANDARD",
                kubernetesGroups: ["validators-deployers"],
            });
            k8sRole(
                r,
                "rollout",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["deployments"],
                        resourceNames: ["containment-chamber"],
                        verbs: ["get", "patch"],
                    },
                ],
                "validators",
            );
            bind(
                r,
                "rollout",
                { kind: "Role", name: "rollout" },
                [{ kind: "Group", name: "validators-deployers", apiGroup: "rbac.authorization.k8s.io" }],
                "validators",
            );
        },
        refused: /validators-deployers[\s\S]*deployments[\s\S]*containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "EKS: an EC2_LINUX access entry for the broker's own runtime role (a node identity held by a pod)",
        edit: r =>
            aws(r, "aws:eks/accessEntry:AccessEntry", "broker-node", {
                clusterName: "prod-validators",
                principalArn: `arn:aws:iam::${BASIL}:role/basil-agent`,
                type: "EC2_LINUX",
            }),
        refused: /basil-agent[\s\S]*basil-bootstrap\/basil-provisioner/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "update preview: a Grant of Decrypt on share 2 (by ARN) to a new stack role whose ARN is still unknown",
        edit: r => {
            const signer = find(r, ROLE, "signer-role");
            const escrow = resourceLike(signer, ROLE, "escrow", {
                name: UNKNOWN,
                arn: UNKNOWN,
                assumeRolePolicy: doc(operatorTrust(PRIMARY)),
            });
            r.push(escrow);
            const share2 = find(r, KEY, "signer-shares-share-2");
            r.push({
                ...resourceLike(share2, GRANT, "share-2-escrow", {
                    name: "escrow",
                    keyId: keyArn(r, "signer-shares-share-2"),
                    granteePrincipal: UNKNOWN,
                    operations: ["Decrypt"],
                }),
                propertyDependencies: { granteePrincipal: [escrow.urn] },
                dependencies: [escrow.urn],
            } as AnalyzerResourceInput);
        },
        refused: /share-2-escrow targets share key/,
        policy: "kms-grants-safe",
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "a reporting user reading only its own S3 prefix (arn:aws:s3:::reports/${aws:username}/*)",
        edit: r =>
            user(r, PRIMARY, "report-reader", [
                {
                    Effect: "Allow",
                    Action: ["s3:GetObject"],
                    Resource: "arn:aws:s3:::custody-prod-reports/${aws:username}/*",
                },
            ]),
    },
    {
        stack: "basil",
        name: "RBAC: the built-in view ClusterRole bound in kube-system to the platform group (no Secrets, no workloads)",
        edit: r => bind(r, "platform-view", { kind: "ClusterRole", name: "view" }, [DEVS], "kube-system"),
    },
    {
        stack: "curity",
        name: "a DaemonSet mounting the host's /opt/cni/bin read-only (an inventory of the installed plugins)",
        edit: r =>
            daemonSet(r, "cni-inventory", "networking", {
                containers: [
                    {
                        name: "inventory",
                        image: "ghcr.io/example/cni-inventory:1.0",
                        securityContext: { runAsNonRoot: true, runAsUser: 65534, capabilities: { drop: ["ALL"] } },
                        volumeMounts: [{ name: "cni-bin", mountPath: "/host/opt/cni/bin", readOnly: true }],
                    },
                ],
                volumes: [{ name: "cni-bin", hostPath: { path: "/opt/cni/bin", type: "Directory" } }],
            }),
    },
];

/** REDTEAM_ALL=1 runs the skipped (MISS) cases too, to see what the pack says of them. */
const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 5 on insecure variants (new shapes on every committed stack)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const hit = assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
            if (process.env.REDTEAM_SHOW === "1") console.log(`      ${hit.policyName}: ${hit.message}`);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
