// Round 10 follow-up (h11): webhooks on pod-running custom resources, Namespaces of another cluster, first-preview
// unknowns in pod specs, and managed node groups (SSH, instance metadata). Each insecure case of
// redteam10-k8s.test.ts fixed here is repeated with the exact path message, next to a secure neighbour the pack
// must keep accepting.
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const SA = "kubernetes:core/v1:ServiceAccount";
const NS = "kubernetes:core/v1:Namespace";
const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const ROLE_K8S = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const AWS_ROLE = "aws:iam/role:Role";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PSA = "pod-security.kubernetes.io/enforce";
const PRIMARY = "111111111111";

const SA_NAME: Record<string, string> = {
    dev: "signer-sa",
    prod: "signer-sa",
    "pod-identity": "signer-sa",
    basil: "basil-sa",
    "trust-domain": "trust-domain-sa",
    curity: "curity-sa",
};
const ROLE_NAME: Record<string, string> = {
    dev: "signer-role",
    prod: "signer-role",
    "pod-identity": "signer-role",
    basil: "basil-runtime",
    "trust-domain": "trust-domain-role",
    curity: "curity-role",
};
const CLUSTER: Record<string, string> = { dev: "dev-validators", prod: "prod-validators" };

let current = "prod";

/** A Kubernetes object through the stack's own Kubernetes provider. */
function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const x = resourceLike(find(r, SA, SA_NAME[current]), type, name, inputs);
    r.push(x);
    return x;
}
function aws(r: Resources, type: string, name: string, inputs: Record<string, unknown>): void {
    r.push(resourceLike(find(r, AWS_ROLE, ROLE_NAME[current]), type, name, inputs));
}

/** A mutating webhook configuration with one rule on `group`/`resources`. */
function webhook(r: Resources, name: string, group: string, resources: string[]): void {
    k8s(r, MUTATING, name, {
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                clientConfig: { service: { name: "defaulter", namespace: "platform", path: "/mutate" } },
                rules: [{ apiGroups: [group], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources }],
            },
        ],
    });
}

/** Namespace tools restricted on a second cluster's provider (`other`), or on the stack's own. */
function toolsNamespace(r: Resources, other: boolean): void {
    const ns = k8s(r, NS, other ? "staging-ns-tools" : "ns-tools", {
        metadata: { name: "tools", labels: { [PSA]: "restricted" } },
    });
    if (!other) return;
    const provider = JSON.parse(JSON.stringify(ns.provider)) as Record<string, any>;
    provider.urn = String(provider.urn).replace(/::cluster-k8s$/, "::staging-k8s");
    provider.name = "staging-k8s";
    provider.inputs = { context: "staging-cluster" };
    (ns as unknown as Record<string, unknown>).provider = provider;
}
/** platform-devs may create pods, Deployments and Jobs in tools. */
function toolsDeployer(r: Resources): void {
    k8s(r, ROLE_K8S, "tools-deployer", {
        metadata: { name: "tools-deployer", namespace: "tools" },
        rules: [{ apiGroups: ["", "apps", "batch"], resources: ["pods", "deployments", "jobs"], verbs: ["create"] }],
    });
    k8s(r, ROLE_BINDING, "tools-deployer", {
        metadata: { name: "tools-deployer", namespace: "tools" },
        roleRef: { apiGroup: RBAC, kind: "Role", name: "tools-deployer" },
        subjects: [DEVS],
    });
}

const restricted = {
    runAsNonRoot: true,
    runAsUser: 65532,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};
function cacheWarmer(r: Resources, path: string): void {
    k8s(r, DS, "cache-warmer", {
        metadata: { name: "cache-warmer", namespace: "tools" },
        spec: {
            selector: { matchLabels: { app: "cache-warmer" } },
            template: {
                metadata: { labels: { app: "cache-warmer" } },
                spec: {
                    containers: [
                        {
                            name: "cache-warmer",
                            image: "registry.example.com/cache-warmer:1.0.0",
                            securityContext: restricted,
                            volumeMounts: [{ name: "cache", mountPath: "/cache", readOnly: true }],
                        },
                    ],
                    volumes: [{ name: "cache", hostPath: { path } }],
                },
            },
        },
    });
}
function agent(r: Resources, securityContext: unknown): void {
    k8s(r, DEPLOY, "agent", {
        metadata: { name: "agent", namespace: "tools" },
        spec: {
            selector: { matchLabels: { app: "agent" } },
            template: {
                metadata: { labels: { app: "agent" } },
                spec: { containers: [{ name: "agent", image: "registry.example.com/agent:1.0.0", securityContext }] },
            },
        },
    });
}

const NODE_POLICIES = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
].map(p => `arn:aws:iam::aws:policy/${p}`);
/** A managed node group of the stack: EC2-only node role with AWS's node policies, its launch template. */
function nodeGroup(
    r: Resources,
    name: string,
    metadataOptions: Record<string, unknown>,
    extra: Record<string, unknown> = {},
): void {
    const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
    const trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
    aws(r, AWS_ROLE, name, { name, arn, assumeRolePolicy: doc(trust) });
    for (const p of NODE_POLICIES)
        aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-${p.split("/").pop()}`, {
            role: name,
            policyArn: p,
        });
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, { name, metadataOptions });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: CLUSTER[current],
        nodeGroupName: name,
        nodeRoleArn: arn,
        subnetIds: ["subnet-0123456789abcdef0"],
        scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 },
        launchTemplate: { name, version: "1" },
        updateConfig: { maxUnavailable: 1 },
        ...extra,
    });
}
const IMDS_SAFE = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 };
/** The pack config with AWS's node policies listed as readable (they are AWS managed policies). */
const nodePolicyConfig = (c: PackConfig): PackConfig => ({
    ...c,
    "attached-policies-readable": {
        ...(c["attached-policies-readable"] as Record<string, unknown>),
        allowedPolicyArns: [
            ...(((c["attached-policies-readable"] as Record<string, unknown> | undefined)?.allowedPolicyArns as
                string[] | undefined) ?? []),
            ...NODE_POLICIES,
        ],
    },
});
async function runWithConfig(
    stack: string,
    resources: Resources,
    edit: (c: PackConfig) => PackConfig,
): Promise<TestDiagnostic[]> {
    const config = edit(JSON.parse(JSON.stringify(stackPackConfig(stack))) as PackConfig);
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

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    config?: (c: PackConfig) => PackConfig;
    refused?: RegExp;
    skip?: string;
};

const insecure: Case[] = [
    {
        stack: "basil",
        name: "a mutating webhook on Argo Workflows (pods of the workflow's choosing)",
        edit: r => webhook(r, "wf-defaults", "argoproj.io", ["workflows", "cronworkflows"]),
        refused: /MutatingWebhookConfiguration wf-defaults rewrites every pod admitted/,
    },
    {
        stack: "curity",
        name: "a mutating webhook on Flux Kustomizations (manifests applied by kustomize-controller)",
        edit: r => webhook(r, "flux-defaults", "kustomize.toolkit.fluxcd.io", ["kustomizations"]),
        refused: /MutatingWebhookConfiguration flux-defaults rewrites every pod admitted/,
    },
    {
        stack: "trust-domain",
        name: "tools restricted only on a second cluster's provider; platform-devs create pods in tools",
        edit: r => {
            toolsNamespace(r, true);
            toolsDeployer(r);
        },
        refused: /tools-deployer.*namespace tools enforces no Pod Security baseline or restricted level/,
    },
    {
        stack: "prod",
        preview: true,
        name: "first preview: a DaemonSet whose hostPath path is unknown",
        edit: r => cacheWarmer(r, UNKNOWN),
        refused: /cache-warmer: hostPath of volume cache is unknown during the preview.*set it literally/,
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "first preview: a Deployment whose container securityContext is unknown",
        edit: r => agent(r, UNKNOWN),
        refused: /agent: securityContext of container agent is unknown during the preview/,
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "first preview: a Deployment whose added capabilities are unknown",
        edit: r => agent(r, { ...restricted, capabilities: { drop: ["ALL"], add: [UNKNOWN] } }),
        refused: /securityContext of container agent is unknown during the preview/,
    },
    {
        stack: "prod",
        name: "a managed node group with remoteAccess.ec2SshKey",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-prod-nodes", IMDS_SAFE, { remoteAccess: { ec2SshKey: "platform-ops" } }),
        refused: /managed node group custody-prod-nodes remoteAccess\.ec2SshKey/,
    },
    {
        stack: "dev",
        name: "a managed node group whose launch template allows IMDSv1 and 2 hops",
        config: nodePolicyConfig,
        edit: r =>
            nodeGroup(r, "custody-dev-nodes", {
                httpEndpoint: "enabled",
                httpTokens: "optional",
                httpPutResponseHopLimit: 2,
            }),
        refused: /custody-dev-nodes.*httpTokens optional, httpPutResponseHopLimit 2/,
    },
    {
        stack: "prod",
        name: "a managed node group whose launch template requires IMDSv2 but allows 2 hops",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-prod-nodes", { ...IMDS_SAFE, httpPutResponseHopLimit: 2 }),
        refused: /custody-prod-nodes.*httpPutResponseHopLimit 2\) lets every pod read the node role/,
    },
    // Instance metadata as an allowlist (this session): only explicit IMDSv2-required with hop limit 1 (or disabled)
    // is closed; unset fields take the AMI's defaults (AL2023: hop limit 2, Amazon Linux 2023 user guide, "IMDSv2").
    {
        stack: "prod",
        name: "a managed node group whose launch template requires IMDSv2 and leaves the hop limit to the AMI",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-prod-nodes", { httpEndpoint: "enabled", httpTokens: "required" }),
        refused:
            /custody-prod-nodes: launch template custody-prod-nodes metadataOptions \(httpTokens required, httpPutResponseHopLimit unset \(the AMI's or account's default\)\)/,
    },
    {
        stack: "prod",
        name: "a managed node group whose launch template sets no metadata options",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-prod-nodes", undefined as unknown as Record<string, unknown>),
        refused:
            /metadataOptions \(httpTokens unset .*set metadataOptions httpTokens: required and httpPutResponseHopLimit: 1/,
    },
    {
        stack: "dev",
        name: "a managed node group without a launch template (EKS's default one, not verifiable)",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-dev-nodes", IMDS_SAFE, { launchTemplate: undefined }),
        refused:
            /managed node group custody-dev-nodes: no launch template, so instance metadata is left to EKS's default/,
    },
    {
        stack: "prod",
        name: "a managed node group whose launch template is another stack's",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-prod-nodes", IMDS_SAFE, { launchTemplate: { id: "lt-0abc1234def567890" } }),
        refused: /launch template lt-0abc1234def567890 is not a resource of this stack/,
    },
    {
        stack: "prod",
        name: "a managed node group on its template's $Default version (1) while the stack shows version 2",
        config: nodePolicyConfig,
        edit: r => {
            nodeGroup(r, "custody-prod-nodes", IMDS_SAFE, {
                launchTemplate: { name: "custody-prod-nodes", version: "$Default" },
            });
            const lt = find(r, "aws:ec2/launchTemplate:LaunchTemplate", "custody-prod-nodes");
            setProp(lt, "latestVersion", 2);
            setProp(lt, "defaultVersion", 1);
        },
        refused:
            /runs version \$Default \(1\) of launch template custody-prod-nodes, while the stack shows its latest version 2/,
    },
];

const secure: Case[] = [
    {
        stack: "basil",
        name: "a mutating webhook on Prometheus Operator ServiceMonitors (inert: scrape configuration)",
        edit: r => webhook(r, "monitor-defaults", "monitoring.coreos.com", ["servicemonitors", "podmonitors"]),
    },
    {
        stack: "curity",
        name: "a mutating webhook on cert-manager Certificates (inert: the issuer writes a Secret)",
        edit: r => webhook(r, "cert-defaults", "cert-manager.io", ["certificates"]),
    },
    {
        stack: "trust-domain",
        name: "tools restricted on the identity cluster's own provider; platform-devs create pods in tools",
        edit: r => {
            toolsNamespace(r, false);
            toolsDeployer(r);
        },
    },
    {
        stack: "prod",
        preview: true,
        name: "first preview: a restricted DaemonSet with a literal, harmless hostPath read-only",
        edit: r => cacheWarmer(r, "/var/cache/warmer"),
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "first preview: a Deployment whose restricted securityContext is set literally",
        edit: r => agent(r, restricted),
    },
    {
        stack: "prod",
        name: "a managed node group without remoteAccess, IMDSv2 required with hop limit 1",
        config: nodePolicyConfig,
        edit: r => nodeGroup(r, "custody-prod-nodes", IMDS_SAFE),
    },
    {
        stack: "prod",
        name: "a managed node group on $Latest of a template at version 3 (IMDSv2 required, hop limit 1)",
        config: nodePolicyConfig,
        edit: r => {
            nodeGroup(r, "custody-prod-nodes", IMDS_SAFE, {
                launchTemplate: { name: "custody-prod-nodes", version: "$Latest" },
            });
            setProp(find(r, "aws:ec2/launchTemplate:LaunchTemplate", "custody-prod-nodes"), "latestVersion", 3);
        },
    },
    {
        stack: "dev",
        name: "a managed node group with IMDS disabled in its launch template",
        config: nodePolicyConfig,
        edit: r =>
            nodeGroup(r, "custody-dev-nodes", {
                httpEndpoint: "disabled",
                httpTokens: "optional",
                httpPutResponseHopLimit: 2,
            }),
    },
];

describe("allowlist: round 10 follow-up on webhooks, Namespaces of other clusters, preview unknowns, node groups", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = c.config ? await runWithConfig(c.stack, r, c.config) : await runWholePack(c.stack, r);
            assertRefused(ds, c.refused!);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(c.config ? await runWithConfig(c.stack, r, c.config) : await runWholePack(c.stack, r));
        });
    }
});
