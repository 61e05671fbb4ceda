// Round 8 fixes of false refusals (h7-secure): the neighbours of the secure cases redteam8-secure.test.ts now accepts.
// Each insecure neighbour is the same helper made dangerous in the one way the fix must still catch (a secret-returning
// read, a record write beyond named zones or beside a customer-zone issuer, an unpinned service-linked role, an
// untagged security-group delete, an unknown or misplaced managed policy, an auditor role others can become, the agent
// policy reading a SecureString); the secure neighbours are variants of the accepted helpers.
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { SECRET_READS } from "../../../policy-pack/engine/judge";
import { loadCatalog } from "../../../policy-pack/model/catalog";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    modelWithOperations,
    prop,
    resourceLike,
    Resources,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const CURITY = "555555555555";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const CURITY_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;
const POD_AUDITOR = `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-key-audit`;
const ZONE = "arn:aws:route53:::hostedzone/Z0123456789EXAMPLEAB";
const ZONE_2 = "arn:aws:route53:::hostedzone/Z0987654321EXAMPLEBA";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ATTACH = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const SA = "kubernetes:core/v1:ServiceAccount";
const EFFECTIVE = "custody-effective-access";
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const EBS_CSI_POLICY = managed("service-role/AmazonEBSCSIDriverPolicy");
const CW_AGENT_POLICY = managed("CloudWatchAgentServerPolicy");
const LBC_TAG = "elbv2.k8s.aws/cluster";

// ---- builders (as in redteam8-secure.test.ts).

function aws(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    like?: AnalyzerResourceInput,
): AnalyzerResourceInput {
    const base = like ?? r.find(x => x.type === ROLE);
    if (!base) throw new Error("no role in the fixture");
    const res = resourceLike(base, type, name, inputs);
    r.push(res);
    return res;
}

function serviceAccount(r: Resources, ns: string, name: string, annotations: Record<string, string> = {}): void {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    r.push(
        resourceLike(like, SA, `${ns}-${name}-sa`, {
            apiVersion: "v1",
            kind: "ServiceAccount",
            metadata: { name, namespace: ns, annotations },
        }),
    );
}

function role(r: Resources, account: string, name: string, trust: object[], statements: object[]): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(r, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc(...trust),
        ...(statements.length > 0 ? { inlinePolicies: [{ name: "access", policy: doc(...statements) }] } : {}),
    });
    return arn;
}

const irsaTrust = (issuer: string, account: string, namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

const podIdentityTrust = (namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
            "aws:RequestTag/kubernetes-namespace": namespace,
            "aws:RequestTag/kubernetes-service-account": sa,
        },
    },
});

/** An IRSA role of no workload with these statements and its annotated ServiceAccount. */
function irsaHelper(
    r: Resources,
    account: string,
    issuer: string,
    name: string,
    ns: string,
    sa: string,
    statements: object[],
): string {
    const arn = role(r, account, name, [irsaTrust(issuer, account, ns, sa)], statements);
    serviceAccount(r, ns, sa, { "eks.amazonaws.com/role-arn": arn });
    return arn;
}

const inventory = (r: Resources, actions: string[], ...extra: object[]) =>
    irsaHelper(r, PRIMARY, DEV_ISSUER, "custody-dev-inventory", "security", "inventory", [
        { Sid: "Inventory", Effect: "Allow", Action: actions, Resource: "*" },
        ...extra,
    ]);

/** external-dns's documented policy (kubernetes-sigs/external-dns, docs/tutorials/aws.md) on these zones. */
const externalDns = (r: Resources, zones: string | string[]) =>
    irsaHelper(r, PRIMARY, DEV_ISSUER, "custody-dev-external-dns", "external-dns", "external-dns", [
        { Sid: "ChangeZones", Effect: "Allow", Action: "route53:ChangeResourceRecordSets", Resource: zones },
        {
            Sid: "ListZonesAndRecords",
            Effect: "Allow",
            Action: ["route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:ListTagsForResources"],
            Resource: "*",
        },
    ]);

/** The AWS Load Balancer Controller's role (docs/install/iam_policy.json, abridged) with these statements. */
const loadBalancerController = (r: Resources, statements: object[]) =>
    irsaHelper(
        r,
        CURITY,
        CURITY_ISSUER,
        "aws-load-balancer-controller",
        "kube-system",
        "aws-load-balancer-controller",
        [
            {
                Sid: "Describe",
                Effect: "Allow",
                Action: ["ec2:DescribeSecurityGroups", "elasticloadbalancing:DescribeLoadBalancers"],
                Resource: "*",
            },
            ...statements,
        ],
    );
const slr = (condition?: object) => ({
    Sid: "ServiceLinkedRole",
    Effect: "Allow",
    Action: "iam:CreateServiceLinkedRole",
    Resource: "*",
    ...(condition ? { Condition: condition } : {}),
});

/** A role bound by Pod Identity to kube-system/ebs-csi-controller-sa with these AWS managed policies. */
function ebsCsiRole(r: Resources, policyArns: string[]): void {
    role(r, PRIMARY, "custody-pod-identity-ebs-csi", [podIdentityTrust("kube-system", "ebs-csi-controller-sa")], []);
    policyArns.forEach((policyArn, i) =>
        aws(r, ATTACH, `ebs-csi-policy-${i}`, { role: "custody-pod-identity-ebs-csi", policyArn }),
    );
    const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    aws(
        r,
        "aws:eks/addon:Addon",
        "aws-ebs-csi-driver",
        {
            clusterName: "prod-validators",
            addonName: "aws-ebs-csi-driver",
            addonVersion: "v1.37.0-eksbuild.1",
            podIdentityAssociations: [
                {
                    roleArn: `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-ebs-csi`,
                    serviceAccount: "ebs-csi-controller-sa",
                },
            ],
        },
        assoc,
    );
}

/** The pod-identity key auditor (audit/key-audit): share metadata, shares 2 and 3 by their key policies. */
const POD_AUDIT_OPERATIONS = [
    {
        name: "key-audit",
        subject: { podIdentity: { namespace: "audit", serviceAccount: "key-audit" } },
        allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
    },
];
function podIdentityAuditor(r: Resources, extraTrust: object[] = []): void {
    const shares = [1, 2, 3].map(i => prop(find(r, KEY, `signer-shares-share-${i}`), "arn") as string);
    role(
        r,
        PRIMARY,
        "custody-pod-identity-key-audit",
        [podIdentityTrust("audit", "key-audit"), ...extraTrust],
        [
            {
                Sid: "ShareMetadata",
                Effect: "Allow",
                Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus"],
                Resource: shares,
            },
        ],
    );
    for (const i of [2, 3])
        addStatements(find(r, KEY, `signer-shares-share-${i}`), "policy", {
            Sid: "KeyAudit",
            Effect: "Allow",
            Principal: { AWS: POD_AUDITOR },
            Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus"],
            Resource: "*",
        });
    serviceAccount(r, "audit", "key-audit");
    const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    aws(
        r,
        "aws:eks/podIdentityAssociation:PodIdentityAssociation",
        "key-audit-pod-identity",
        {
            clusterName: "prod-validators",
            namespace: "audit",
            serviceAccount: "key-audit",
            roleArn: POD_AUDITOR,
            associationArn: `arn:aws:eks:eu-west-1:${PRIMARY}:podidentityassociation/prod-validators/a-0audit0000000001`,
        },
        assoc,
    );
}

/** A managed policy attached to the cross-account caller's instance role (a workload's own identity). */
const callerPolicy = (r: Resources, name: string, policyArn: string) =>
    aws(r, ATTACH, name, { role: "instance-role", policyArn }, find(r, ROLE, "cross-account-caller"));

// ---- the model and the whole pack, as redteam8-secure.test.ts runs them.

async function runPack(stack: string, resources: Resources, c: Case): Promise<TestDiagnostic[]> {
    let config: PackConfig = stackPackConfig(stack);
    if (c.operations)
        config = {
            ...config,
            "custody-model": modelWithOperations(stack, c.operations) as unknown as Record<string, unknown>,
        };
    // The reviewed AWS managed policies, listed in attached-policies-readable (its documented knob).
    if (c.allowPolicyArns)
        config = {
            ...config,
            "attached-policies-readable": {
                ...(config["attached-policies-readable"] ?? {}),
                allowedPolicyArns: c.allowPolicyArns,
            },
        };
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(
                ...(await runPolicy(p as StackValidationPolicy, resources, {
                    ...(config[p.name] ?? {}),
                    enforcementLevel: level,
                })),
            );
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    operations?: Record<string, unknown>[];
    allowPolicyArns?: string[];
    refused?: RegExp;
    policy?: string;
};

const insecure: Case[] = [
    {
        stack: "dev",
        name: "the inventory scanner also reads Windows administrator passwords (ec2:GetPasswordData: a Read returning a secret)",
        edit: r =>
            inventory(r, ["ec2:DescribeInstances"], {
                Sid: "Passwords",
                Effect: "Allow",
                Action: "ec2:GetPasswordData",
                Resource: "*",
            }),
        refused: /custody-dev-inventory → statement "Passwords" .* allows ec2:GetPasswordData on \*/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "the inventory scanner also reads instances' user data (ec2:DescribeInstanceAttribute, a List action)",
        edit: r =>
            inventory(r, ["ec2:DescribeInstances"], {
                Sid: "UserData",
                Effect: "Allow",
                Action: "ec2:DescribeInstanceAttribute",
                Resource: "*",
            }),
        refused: /custody-dev-inventory → statement "UserData" .* allows ec2:DescribeInstanceAttribute on \*/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "the inventory scanner written as ec2:Describe* (includes DescribeInstanceAttribute and DescribeVpnConnections: user data, VPN pre-shared keys)",
        edit: r => inventory(r, ["ec2:Describe*"]),
        refused:
            /custody-dev-inventory → statement "Inventory" .* allows ec2:DescribeAccountAttributes, .* and \d+ more on \*/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "external-dns may change records in every hosted zone of the account (hostedzone/*)",
        edit: r => externalDns(r, "arn:aws:route53:::hostedzone/*"),
        refused:
            /custody-dev-external-dns .*allows route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone\/\*/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "external-dns on one zone while the account trusts an OIDC issuer in a customer zone (login.example.com: its records would let a DNS writer serve the issuer)",
        edit: r => {
            externalDns(r, ZONE);
            aws(r, "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "corporate-idp", {
                url: "https://login.example.com",
                clientIdLists: ["sts.amazonaws.com"],
                arn: `arn:aws:iam::${PRIMARY}:oidc-provider/login.example.com`,
            });
        },
        refused:
            /custody-dev-external-dns .*allows route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone\/Z0123456789EXAMPLEAB/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "cert-manager's DNS-01 role allowed record changes on Resource * (every zone)",
        edit: r =>
            irsaHelper(r, CURITY, CURITY_ISSUER, "cert-manager-route53", "cert-manager", "cert-manager", [
                { Effect: "Allow", Action: "route53:ChangeResourceRecordSets", Resource: "*" },
            ]),
        refused: /cert-manager-route53 .*allows route53:ChangeResourceRecordSets on \*/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "the load balancer controller's iam:CreateServiceLinkedRole without the iam:AWSServiceName pin",
        edit: r => loadBalancerController(r, [slr()]),
        refused: /aws-load-balancer-controller .*allows iam:CreateServiceLinkedRole/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "the load balancer controller's iam:CreateServiceLinkedRole pinned only by a pattern (StringLike *.amazonaws.com)",
        edit: r => loadBalancerController(r, [slr({ StringLike: { "iam:AWSServiceName": "*.amazonaws.com" } })]),
        refused: /iam:CreateServiceLinkedRole/,
        policy: "runtime-role-no-privilege-escalation",
    },
    {
        stack: "curity",
        name: "the load balancer controller may delete any security group (ec2:DeleteSecurityGroup without the cluster tag condition)",
        edit: r =>
            loadBalancerController(r, [
                { Sid: "DeleteGroups", Effect: "Allow", Action: "ec2:DeleteSecurityGroup", Resource: "*" },
            ]),
        refused: /aws-load-balancer-controller .*"DeleteGroups".*allows ec2:DeleteSecurityGroup/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the EBS CSI role also carries AmazonEC2FullAccess (listed in allowedPolicyArns: still unknown power)",
        allowPolicyArns: [EBS_CSI_POLICY, managed("AmazonEC2FullAccess")],
        edit: r => ebsCsiRole(r, [EBS_CSI_POLICY, managed("AmazonEC2FullAccess")]),
        refused: /custody-pod-identity-ebs-csi → managed policy arn:aws:iam::aws:policy\/AmazonEC2FullAccess/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "AmazonEBSCSIDriverPolicy attached to the signer's own role (a workload identity gets no add-on policy)",
        allowPolicyArns: [EBS_CSI_POLICY],
        edit: r => {
            const signer = find(r, ROLE, "signer-role");
            aws(r, ATTACH, "signer-ebs-csi", { role: prop(signer, "name"), policyArn: EBS_CSI_POLICY }, signer);
        },
        refused: /custody-pod-identity-signer → managed policy .*AmazonEBSCSIDriverPolicy/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the key auditor's role also trusts another ServiceAccount (audit/report): the shares' key policies name a role not only the auditor becomes",
        operations: POD_AUDIT_OPERATIONS,
        edit: r => podIdentityAuditor(r, [podIdentityTrust("audit", "report")]),
        refused: /signer-shares-share-2 also lets .*custody-pod-identity-key-audit call/,
        policy: "share-custody",
    },
    {
        stack: "cross-account",
        name: "CloudWatchAgentServerPolicy on the caller instance role while the stack keeps a SecureString named AmazonCloudWatch-linux (the policy reads it)",
        allowPolicyArns: [CW_AGENT_POLICY],
        edit: r => {
            callerPolicy(r, "caller-cloudwatch-agent", CW_AGENT_POLICY);
            aws(
                r,
                "aws:ssm/parameter:Parameter",
                "agent-config",
                { name: "AmazonCloudWatch-linux", type: "SecureString", value: "{}" },
                find(r, ROLE, "cross-account-caller"),
            );
        },
        refused: /instance-role → managed policy arn:aws:iam::aws:policy\/CloudWatchAgentServerPolicy/,
        policy: EFFECTIVE,
    },
    {
        stack: "cross-account",
        name: "AmazonEKS_CNI_Policy on the caller instance role (network-interface writes are no telemetry)",
        allowPolicyArns: [managed("AmazonEKS_CNI_Policy")],
        edit: r => callerPolicy(r, "caller-cni", managed("AmazonEKS_CNI_Policy")),
        refused: /instance-role → managed policy arn:aws:iam::aws:policy\/AmazonEKS_CNI_Policy/,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    {
        stack: "dev",
        name: "external-dns owning two named hosted zones",
        edit: r => externalDns(r, [ZONE, ZONE_2]),
    },
    {
        stack: "dev",
        name: "an inventory scanner reading certificates, target health and record sets (acm:DescribeCertificate, DescribeTargetHealth, ListResourceRecordSets)",
        edit: r =>
            inventory(r, [
                "acm:DescribeCertificate",
                "elasticloadbalancing:DescribeTargetHealth",
                "route53:ListResourceRecordSets",
                "ec2:DescribeSubnets",
            ]),
    },
    {
        stack: "curity",
        name: "the load balancer controller with the pinned service-linked role and its tag-scoped security-group and load-balancer writes",
        edit: r =>
            loadBalancerController(r, [
                slr({ StringEquals: { "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com" } }),
                {
                    Effect: "Allow",
                    Action: ["ec2:DeleteSecurityGroup", "elasticloadbalancing:DeleteLoadBalancer"],
                    Resource: "*",
                    Condition: { Null: { [`aws:ResourceTag/${LBC_TAG}`]: "false" } },
                },
                {
                    Effect: "Allow",
                    Action: "elasticloadbalancing:CreateLoadBalancer",
                    Resource: "*",
                    Condition: { Null: { [`aws:RequestTag/${LBC_TAG}`]: "false" } },
                },
            ]),
    },
    {
        stack: "pod-identity",
        name: "the EBS CSI add-on's role with AmazonEBSCSIDriverPolicyV2 (tag-scoped volumes), listed in allowedPolicyArns",
        allowPolicyArns: [managed("AmazonEBSCSIDriverPolicyV2")],
        edit: r => ebsCsiRole(r, [managed("AmazonEBSCSIDriverPolicyV2")]),
    },
    {
        stack: "cross-account",
        name: "the caller instance role ships traces with AWSXrayWriteOnlyAccess (listed in allowedPolicyArns)",
        allowPolicyArns: [managed("AWSXrayWriteOnlyAccess")],
        edit: r => callerPolicy(r, "caller-xray", managed("AWSXrayWriteOnlyAccess")),
    },
];

describe("round 8 false-refusal fixes (h7-secure): secure neighbours and insecure twins", () => {
    it("every secret-returning read listed exists in the catalogue as a Read or List action", async () => {
        const catalog = await loadCatalog();
        for (const name of SECRET_READS.keys()) {
            const a = catalog.lookup(name);
            assert.ok(a, `${name} is in the catalogue`);
            assert.ok(["Read", "List"].includes(a.accessLevel), `${name} is ${a.accessLevel}`);
        }
    });
    it("the catalogue details services beyond the shape rules' (route53, ec2, elasticloadbalancing, acm)", async () => {
        const catalog = await loadCatalog();
        assert.equal(catalog.lookup("route53:ListHostedZones")?.accessLevel, "List");
        assert.equal(catalog.lookup("ec2:DescribeInstances")?.wildcardOnly, true);
        assert.equal(catalog.lookup("elasticloadbalancing:CreateLoadBalancer")?.accessLevel, "Write");
        assert.equal(catalog.lookup("acm:ExportCertificate")?.accessLevel, "Read");
    });
    for (const c of insecure)
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runPack(c.stack, r, c), c.refused!, c.policy);
        });
    for (const c of secure)
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runPack(c.stack, r, c));
        });
    it("refuses: trust-domain: an EC2 role of no workload exporting certificates (acm:ExportCertificate: a Read returning a private key)", async () => {
        const r = await stackResources("trust-domain");
        role(
            r,
            "444444444444",
            "inventory",
            [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
            [{ Effect: "Allow", Action: ["ec2:DescribeVpcs", "acm:ExportCertificate"], Resource: "*" }],
        );
        assertRefused(
            await runPack("trust-domain", r, { stack: "trust-domain", name: "", edit: () => undefined }),
            /role inventory .*acm:ExportCertificate/,
            EFFECTIVE,
        );
    });
});
