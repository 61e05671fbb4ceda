// Round 11 self-managed nodes (fixes of redteam11-k8s.test.ts cases 1-2): an Auto Scaling group whose launch template
// lets pods reach instance metadata (httpTokens optional, or httpPutResponseHopLimit > 1) and whose instance profile
// holds a node identity (EC2_LINUX access entry, aws-auth system:nodes). Here: the launch template reached through
// mixedInstancesPolicy by name, insecure (hop limit 2) and its secure neighbour (IMDSv2 required, hop limit 1).
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    setProp,
    stackResources,
} from "./support";

const NODE_POLICIES = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
].map(p => `arn:aws:iam::aws:policy/${p}`);

/** The stack's pack config with AWS's node policies listed as readable, every policy at its configured level. */
async function run(stack: string, resources: Resources): Promise<TestDiagnostic[]> {
    const base = JSON.parse(JSON.stringify(stackPackConfig(stack))) as PackConfig;
    const readable = (base["attached-policies-readable"] ?? {}) as Record<string, unknown>;
    const config: PackConfig = {
        ...base,
        "attached-policies-readable": {
            ...readable,
            allowedPolicyArns: [...((readable.allowedPolicyArns as string[] | undefined) ?? []), ...NODE_POLICIES],
        },
    };
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            const policyConfig = {
                ...((config[p.name] as Record<string, unknown> | undefined) ?? {}),
                enforcementLevel: level,
            };
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, policyConfig as never)));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

/**
 * Self-managed nodes in pod-identity (account 111111111111, cluster prod-validators): a node role with a path, its
 * instance profile (referenced by name), a launch template used through the Auto Scaling group's
 * mixedInstancesPolicy (by name), and aws-auth mapRoles mapping the role to system:nodes. The rolearn is written
 * without the path (round 77): aws-iam-authenticator matches the caller's canonical ARN arn:aws:iam::A:role/NAME (pkg/arn
 * Canonicalize; STS reports no path), so a rolearn with the path maps no node (EKS user guide, "Troubleshooting IAM":
 * "AWS IAM Authenticator does not permit a path in the role ARN used in the ConfigMap"; aws/containers-roadmap#926).
 */
function mixedNodes(r: Resources, metadataOptions: Record<string, unknown>): void {
    const aws = find(r, "aws:iam/role:Role", "signer-role");
    const k8s = find(r, "kubernetes:core/v1:ServiceAccount", "signer-sa");
    const add = (like: typeof aws, type: string, name: string, inputs: Record<string, unknown>) =>
        r.push(resourceLike(like, type, name, inputs));
    const arn = "arn:aws:iam::111111111111:role/nodes/spot-nodes";
    add(aws, "aws:iam/role:Role", "spot-nodes", {
        name: "spot-nodes",
        path: "/nodes/",
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "ec2.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
    });
    for (const p of NODE_POLICIES)
        add(aws, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `spot-nodes-${p.split("/").pop()}`, {
            role: "spot-nodes",
            policyArn: p,
        });
    add(aws, "aws:iam/instanceProfile:InstanceProfile", "spot-nodes", {
        name: "spot-nodes",
        arn: "arn:aws:iam::111111111111:instance-profile/spot-nodes",
        role: "spot-nodes",
    });
    add(aws, "aws:ec2/launchTemplate:LaunchTemplate", "spot-nodes", {
        name: "spot-nodes",
        id: "lt-0f1e2d3c4b5a69788",
        imageId: "ami-0abcdef1234567890",
        iamInstanceProfile: { name: "spot-nodes" },
        metadataOptions,
    });
    add(aws, "aws:autoscaling/group:Group", "spot-nodes-asg", {
        name: "spot-nodes-asg",
        minSize: 0,
        maxSize: 10,
        vpcZoneIdentifiers: ["subnet-0a1b2c3d4e5f60718"],
        mixedInstancesPolicy: {
            launchTemplate: {
                launchTemplateSpecification: { launchTemplateName: "spot-nodes", version: "$Latest" },
                overrides: [{ instanceType: "m6i.large" }, { instanceType: "m7i.large" }],
            },
        },
        tags: [{ key: "kubernetes.io/cluster/prod-validators", value: "owned", propagateAtLaunch: true }],
    });
    add(k8s, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: {
            mapRoles: `- rolearn: ${arn.replace("role/nodes/", "role/")}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n`,
        },
    });
}

describe("allowlist: round 11 self-managed nodes (Auto Scaling group launch template metadata)", () => {
    it("refuses: pod-identity: mixedInstancesPolicy launch template with IMDSv2 required but hop limit 2, role in aws-auth system:nodes", async () => {
        const r = await stackResources("pod-identity");
        mixedNodes(r, { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 2 });
        assertRefused(
            await run("pod-identity", r),
            /Auto Scaling group spot-nodes-asg → launch template spot-nodes metadataOptions \(httpTokens required, httpPutResponseHopLimit 2\).*aws-auth mapRoles \(group system:nodes\)/,
            "custody-effective-access",
        );
    });
    it("accepts: pod-identity: the same nodes with IMDSv2 required and hop limit 1", async () => {
        const r = await stackResources("pod-identity");
        mixedNodes(r, { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 });
        assertClean(await run("pod-identity", r));
    });
});

/** The same node role and aws-auth mapping, on one EC2 instance (no Auto Scaling group) with `metadataOptions`. */
function loneNode(r: Resources, metadataOptions: Record<string, unknown> | undefined): void {
    mixedNodes(r, { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 });
    const lt = find(r, "aws:ec2/launchTemplate:LaunchTemplate", "spot-nodes");
    r.splice(r.indexOf(find(r, "aws:autoscaling/group:Group", "spot-nodes-asg")), 1);
    r.splice(r.indexOf(lt), 1);
    r.push(
        resourceLike(lt, "aws:ec2/instance:Instance", "build-node", {
            ami: "ami-0abcdef1234567890",
            instanceType: "m6i.large",
            iamInstanceProfile: "spot-nodes",
            ...(metadataOptions ? { metadataOptions } : {}),
        }),
    );
}

describe("allowlist: self-managed nodes, instance metadata as an allowlist (lone instances, unset options)", () => {
    it("refuses: pod-identity: one EC2 instance joined as a node (aws-auth system:nodes) with hop limit 2", async () => {
        const r = await stackResources("pod-identity");
        loneNode(r, { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 2 });
        assertRefused(
            await run("pod-identity", r),
            /every pod on EC2 instance build-node .*self-managed nodes: EC2 instance build-node metadataOptions \(httpTokens required, httpPutResponseHopLimit 2\)/,
            "custody-effective-access",
        );
    });
    it("refuses: pod-identity: the same instance with its metadata options left to the AMI", async () => {
        const r = await stackResources("pod-identity");
        loneNode(r, undefined);
        assertRefused(
            await run("pod-identity", r),
            /EC2 instance build-node metadataOptions \(httpTokens unset .*httpPutResponseHopLimit: 1\)/,
            "custody-effective-access",
        );
    });
    it("refuses: pod-identity: Auto Scaling group nodes whose launch template leaves the hop limit unset", async () => {
        const r = await stackResources("pod-identity");
        mixedNodes(r, { httpEndpoint: "enabled", httpTokens: "required" });
        assertRefused(
            await run("pod-identity", r),
            /launch template spot-nodes metadataOptions \(httpTokens required, httpPutResponseHopLimit unset/,
            "custody-effective-access",
        );
    });
    it("accepts: pod-identity: the lone instance with IMDSv2 required and hop limit 1", async () => {
        const r = await stackResources("pod-identity");
        loneNode(r, { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 });
        assertClean(await run("pod-identity", r));
    });
});

describe("allowlist: self-managed nodes, mixed instances policy overrides and launch template versions", () => {
    const closed = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 };
    /** The mixed-instances group's Graviton override launched from launch template `name`. */
    function override(r: Resources, name: string): void {
        const asg = find(r, "aws:autoscaling/group:Group", "spot-nodes-asg");
        const mip = prop(asg, "mixedInstancesPolicy") as { launchTemplate: { overrides: object[] } };
        mip.launchTemplate.overrides.push({
            instanceType: "m7g.large",
            launchTemplateSpecification: { launchTemplateName: name, version: "$Latest" },
        });
        setProp(asg, "mixedInstancesPolicy", mip);
    }
    it("refuses: pod-identity: an override naming a launch template of another stack", async () => {
        const r = await stackResources("pod-identity");
        mixedNodes(r, closed);
        override(r, "graviton-nodes");
        assertRefused(
            await run("pod-identity", r),
            /Auto Scaling group spot-nodes-asg → an override's launch template graviton-nodes is not a resource of this stack/,
            "custody-effective-access",
        );
    });
    it("accepts: pod-identity: an override naming the group's own closed template", async () => {
        const r = await stackResources("pod-identity");
        mixedNodes(r, closed);
        override(r, "spot-nodes");
        assertClean(await run("pod-identity", r));
    });
    it("refuses: pod-identity: the group pinned to version 1 of a template the stack shows at version 4", async () => {
        const r = await stackResources("pod-identity");
        mixedNodes(r, closed);
        const asg = find(r, "aws:autoscaling/group:Group", "spot-nodes-asg");
        const mip = prop(asg, "mixedInstancesPolicy") as {
            launchTemplate: { launchTemplateSpecification: { version: string } };
        };
        mip.launchTemplate.launchTemplateSpecification.version = "1";
        setProp(asg, "mixedInstancesPolicy", mip);
        setProp(find(r, "aws:ec2/launchTemplate:LaunchTemplate", "spot-nodes"), "latestVersion", 4);
        assertRefused(
            await run("pod-identity", r),
            /runs version 1 of launch template spot-nodes, while the stack shows its latest version 4/,
            "custody-effective-access",
        );
    });
});
