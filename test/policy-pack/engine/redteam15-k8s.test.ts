// Red-team round 15 on the Kubernetes/EKS side (fresh eyes): admission that relabels a namespace or rewrites the
// RoleBindings of one, CustomResourceDefinition conversion webhooks (an object of the stack and an RBAC write), an
// APIService of the stack rerouting a built-in group, self-managed nodes launched by EC2 Fleet, Spot Fleet and Spot
// instance requests, RoleBindings whose role name is unknown during a preview; and what a careful platform team runs
// (metrics APIServices, CRDs without conversion or with one for an inert kind, validating webhooks on namespaces,
// closed Fleet nodes). Insecure variants the whole pack must refuse, secure ones it must accept; the pack's misses
// were `skip: true` with a MISS comment (all fixed this session). The closed Fleet and Spot Fleet controls once
// passed only because the pack did not read those launchers at all (see the MISS cases).
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { nodePolicyConfig, runWithConfig } from "./packRunner";
import {
    assertClean,
    assertRefused,
    dependsOn,
    find,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";
import { aws, bind, k8s, k8sRole, namespace, nodeRole } from "./variantBuilders";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const CRD = "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition";
const APISERVICE = "kubernetes:apiregistration.k8s.io/v1:APIService";
const APISERVICE_PATCH = "kubernetes:apiregistration.k8s.io/v1:APIServicePatch";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const RBAC = "rbac.authorization.k8s.io";
const RBAC_TYPE = "kubernetes:rbac.authorization.k8s.io/v1";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
const CLUSTER: Record<string, string> = {
    dev: "dev-validators",
    prod: "prod-validators",
    "pod-identity": "prod-validators",
};
const createPods = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get", "list"] }];

const IMDS_SAFE = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 };
const IMDS_OPEN = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 2 };

/**
 * Self-managed nodes of the stack in account 111111111111: an EC2-only node role with AWS's node policies, its
 * instance profile, a launch template with `metadataOptions`, and an EC2_LINUX access entry (a node identity). The
 * instances are launched by `launcher` (added by the case).
 */
function selfManagedNodes(r: Resources, stack: string, name: string, metadataOptions: Record<string, unknown>): void {
    const arn = nodeRole(r, PRIMARY, name);
    aws(r, "aws:iam/instanceProfile:InstanceProfile", name, {
        name,
        arn: `arn:aws:iam::${PRIMARY}:instance-profile/${name}`,
        role: name,
    });
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, {
        name,
        id: "lt-0f1e2d3c4b5a69788",
        latestVersion: 1,
        imageId: "ami-0abcdef1234567890",
        iamInstanceProfile: { name },
        metadataOptions,
    });
    aws(r, ENTRY, `${name}-entry`, { clusterName: CLUSTER[stack], principalArn: arn, type: "EC2_LINUX" });
}

/** An EC2 Fleet (type maintain) of the nodes' launch template. */
function ec2Fleet(r: Resources, name: string): void {
    aws(r, "aws:ec2/fleet:Fleet", `${name}-fleet`, {
        type: "maintain",
        launchTemplateConfigs: [
            {
                launchTemplateSpecification: { launchTemplateName: name, version: "$Latest" },
                overrides: [{ instanceType: "m6i.large", subnetId: "subnet-0a1b2c3d4e5f60718" }],
            },
        ],
        targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 3 },
    });
}

/** A Spot Fleet request of the nodes' launch template. */
function spotFleet(r: Resources, name: string): void {
    aws(r, "aws:ec2/spotFleetRequest:SpotFleetRequest", `${name}-spot-fleet`, {
        iamFleetRole: `arn:aws:iam::${PRIMARY}:role/aws-ec2-spot-fleet-tagging-role`,
        targetCapacity: 3,
        allocationStrategy: "priceCapacityOptimized",
        launchTemplateConfigs: [
            {
                launchTemplateSpecification: { name, version: "$Latest" },
                overrides: [{ instanceType: "m6i.large", subnetId: "subnet-0a1b2c3d4e5f60718" }],
            },
        ],
    });
}

/** A CustomResourceDefinition of Argo Workflows' Workflow kind with two versions and `conversion`. */
function workflowsCrd(r: Resources, type: string, name: string, group: string, kind: string, conversion: object) {
    const plural = `${kind.toLowerCase()}s`;
    const version = (v: string, storage: boolean) => ({
        name: v,
        served: true,
        storage,
        schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } },
    });
    k8s(r, type, name, {
        metadata: { name: `${plural}.${group}` },
        spec: {
            group,
            names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` },
            scope: "Namespaced",
            versions: [version("v1alpha1", false), version("v1alpha2", true)],
            conversion,
        },
    });
}

const webhookConversion = (clientConfig: object) => ({
    strategy: "Webhook",
    webhook: { conversionReviewVersions: ["v1"], clientConfig },
});

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
    preview?: boolean;
    config?: (c: PackConfig) => PackConfig;
};

const insecure: Case[] = [
    // A mutating webhook on core `namespaces` rewrites every Namespace it is sent, the stack's own `tools`
    // included: dropping `pod-security.kubernetes.io/enforce` (or setting it to privileged) at CREATE or at any later
    // UPDATE. Pod Security admission reads the enforce level from the Namespace object's labels as stored (Kubernetes
    // "Pod Security Admission", "Pod Security Admission labels for namespaces"), and validating admission (PSA's
    // namespace check only warns) runs after mutating webhooks (Kubernetes "Dynamic Admission Control"). So whoever
    // serves the webhook relabels tools, and the pod creation the pack confines there (platform-devs' Role) becomes
    // privileged pods on any node: the widening the pack applies to a subject that may patch `namespaces` (README,
    // "not for a subject that may also relabel the namespace"). Was a miss: mutatesWhatMatters ignored `namespaces`.
    {
        name: "a namespace-defaulting MutatingWebhookConfiguration on core namespaces (CREATE, UPDATE) served by a vendor URL; platform-devs create pods in tools (restricted)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            k8sRole(r, "tools-runner", createPods, "tools");
            bind(r, "tools-runner", { kind: "Role", name: "tools-runner" }, [DEVS], "tools");
            k8s(r, MUTATING, "ns-defaults", {
                metadata: { name: "ns-defaults" },
                webhooks: [
                    {
                        name: "ns-defaults.vendor.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { url: "https://hooks.vendor.example.com/namespaces" },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["namespaces"],
                            },
                        ],
                    },
                ],
            });
        },
        refused: /MutatingWebhookConfiguration ns-defaults rewrites Namespaces \(their Pod Security labels\)/,
        policy: "custody-effective-access",
    },
    // Was a miss: the pack confined a webhook limited to namespace apps by apps' Pod Security level, as if it could
    // only rewrite pods there. It rewrites RoleBindings in apps: the stack's own apps-view binding is created by the
    // deployer (cluster-admin), and the RBAC escalation check runs on the mutated object against that requester
    // (Kubernetes "Using RBAC Authorization", "Restrictions on role binding creation or update": the requester must
    // hold the permissions or `bind`), so the webhook makes it a binding of cluster-admin to a group of its choosing
    // in apps. A RoleBinding in apps reaches the apps Namespace object itself (RBAC Good Practices, "Namespace
    // modification"), so that group relabels apps privileged and runs privileged pods: the relabel widening the
    // pack applies to RBAC subjects (podSecurityWidened's relabel) was not applied to webhooks.
    {
        name: "a MutatingWebhookConfiguration on RoleBindings limited to namespace apps (restricted) by kubernetes.io/metadata.name",
        stack: "prod",
        edit: r => {
            namespace(r, "apps");
            bind(r, "apps-view", { kind: "ClusterRole", name: "view" }, [DEVS], "apps");
            k8s(r, MUTATING, "rb-defaults", {
                metadata: { name: "rb-defaults" },
                webhooks: [
                    {
                        name: "rb-defaults.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "rb-defaults", namespace: "platform", path: "/mutate" } },
                        namespaceSelector: {
                            matchExpressions: [
                                { key: "kubernetes.io/metadata.name", operator: "In", values: ["apps"] },
                            ],
                        },
                        rules: [
                            {
                                apiGroups: [RBAC],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["rolebindings"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            });
        },
        refused: /MutatingWebhookConfiguration rb-defaults rewrites rolebindings \(RBAC escalation is checked/,
        policy: "custody-effective-access",
    },
    // A CRD's conversion webhook returns the object the API server stores and serves whenever the requested
    // version differs from the stored one (Kubernetes "Versions in CustomResourceDefinitions", "Webhook conversion":
    // only metadata other than labels and annotations is protected), so it rewrites every Workflow, its pod spec and
    // serviceAccountName included, as a mutating webhook on argoproj.io workflows would (which the pack refuses:
    // README, "mutating webhooks ... custom resources that are not inert"). Was a miss: apiextensions.k8s.io is a known
    // group in engine/opaque.ts and nothing read spec.conversion.
    {
        name: "a CustomResourceDefinition of the stack for Argo Workflows (workflows.argoproj.io, two versions) converted by a vendor URL webhook",
        stack: "prod",
        edit: r =>
            workflowsCrd(
                r,
                CRD,
                "argo-workflows-crd",
                "argoproj.io",
                "Workflow",
                webhookConversion({ url: "https://convert.vendor.example.com/workflows" }),
            ),
        refused:
            /CustomResourceDefinition workflows\.argoproj\.io converts every Workflow of argoproj\.io through a webhook/,
        policy: "custody-effective-access",
    },
    // Updating a CRD sets its conversion webhook (and adds the version that forces conversion): the same rewrite of
    // every Workflow as the case above. Was a miss: RBAC on customresourcedefinitions was none of saPowerOfRule's
    // powers, and apiextensions.k8s.io is a built-in group, so it is not read as a non-inert custom resource (Kubernetes
    // "Versions in CustomResourceDefinitions", "Webhook conversion"; the reasoning the pack applies to
    // mutatingwebhookconfigurations writes, RBAC Good Practices "Control admission webhooks").
    {
        name: "platform-devs may update and patch CustomResourceDefinitions cluster-wide (a conversion webhook on Argo's Workflow CRD)",
        stack: "dev",
        edit: r => {
            k8sRole(r, "crd-editor", [
                {
                    apiGroups: ["apiextensions.k8s.io"],
                    resources: ["customresourcedefinitions"],
                    verbs: ["get", "list", "update", "patch"],
                },
            ]);
            bind(r, "crd-editor", { kind: "ClusterRole", name: "crd-editor" }, [DEVS]);
        },
        refused: /platform-devs.*convert custom resources: get\/list\/update\/patch customresourcedefinitions/,
        policy: "custody-effective-access",
    },
    // Refused as rerouting apps/v1 (it was refused as a custom resource before apiregistration.k8s.io became known).
    {
        name: "an APIServicePatch of the stack pointing the built-in v1.apps at a Service in tools",
        stack: "prod",
        edit: r =>
            k8s(r, APISERVICE_PATCH, "v1-apps", {
                metadata: { name: "v1.apps" },
                spec: {
                    group: "apps",
                    version: "v1",
                    groupPriorityMinimum: 17800,
                    versionPriority: 15,
                    service: { name: "apps-proxy", namespace: "tools", port: 443 },
                    insecureSkipTLSVerify: true,
                },
            }),
        refused: /APIServicePatch v1\.apps reroutes API group apps\/v1 to Service tools\/apps-proxy \(a built-in group/,
        policy: "custody-effective-access",
    },
    {
        name: "an APIService of the stack serving argoproj.io/v1alpha1 (Argo Workflows' group) from a Service in tools",
        stack: "dev",
        edit: r =>
            k8s(r, APISERVICE, "v1alpha1-argoproj", {
                metadata: { name: "v1alpha1.argoproj.io" },
                spec: {
                    group: "argoproj.io",
                    version: "v1alpha1",
                    groupPriorityMinimum: 1000,
                    versionPriority: 100,
                    service: { name: "argo-proxy", namespace: "tools", port: 443 },
                    insecureSkipTLSVerify: true,
                },
            }),
        refused:
            /APIService v1alpha1\.argoproj\.io reroutes API group argoproj\.io\/v1alpha1 to Service tools\/argo-proxy/,
        policy: "custody-effective-access",
    },
    // MISS: instances an EC2 Fleet launches take the launch template's instance profile and metadata options (EC2 API
    // FleetLaunchTemplateSpecificationRequest; Pulumi aws.ec2.Fleet launchTemplateConfigs), so every pod on these
    // nodes reads the node role (hop limit 2), the node identity of the EC2_LINUX entry. The pack judges launch
    // templates only through managed node groups, Auto Scaling groups and aws.ec2.Instance (engine/kubernetes.ts,
    // judgeLaunch), so aws.ec2.Fleet is never looked at.
    {
        name: "self-managed nodes (EC2_LINUX access entry) launched by an EC2 Fleet (type maintain) from a launch template with hop limit 2",
        stack: "prod",
        config: nodePolicyConfig,
        edit: r => {
            selfManagedNodes(r, "prod", "fleet-nodes", IMDS_OPEN);
            ec2Fleet(r, "fleet-nodes");
        },
        refused: /fleet-nodes.*httpPutResponseHopLimit 2/,
        policy: "custody-effective-access",
    },
    // MISS: the same through aws.ec2.SpotFleetRequest's launchTemplateConfigs (EC2 user guide, Spot Fleet "launch
    // templates"): not judged.
    {
        name: "self-managed nodes (EC2_LINUX access entry) launched by a Spot Fleet request from a launch template with hop limit 2",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r => {
            selfManagedNodes(r, "pod-identity", "spot-nodes", IMDS_OPEN);
            spotFleet(r, "spot-nodes");
        },
        refused: /spot-nodes.*httpPutResponseHopLimit 2/,
        policy: "custody-effective-access",
    },
    // MISS: aws.ec2.SpotInstanceRequest takes iamInstanceProfile and metadataOptions like aws.ec2.Instance (Pulumi
    // registry, aws.ec2.SpotInstanceRequest, "Metadata Options"); only aws:ec2/instance:Instance is judged as a lone
    // node.
    {
        name: "a self-managed node (EC2_LINUX access entry) launched as a Spot instance request whose own metadataOptions allow 2 hops",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r => {
            selfManagedNodes(r, "pod-identity", "spot-node", IMDS_SAFE);
            aws(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "spot-node-request", {
                ami: "ami-0abcdef1234567890",
                instanceType: "m6i.large",
                subnetId: "subnet-0a1b2c3d4e5f60718",
                iamInstanceProfile: "spot-node",
                metadataOptions: IMDS_OPEN,
                waitForFulfillment: true,
            });
        },
        refused: /spot-node.*httpPutResponseHopLimit 2/,
        policy: "custody-effective-access",
    },
    {
        name: "first preview: a RoleBinding in tools (unlabelled) to a ClusterRole of the stack that creates pods, roleRef.name its unknown auto-generated name",
        stack: "prod",
        preview: true,
        edit: r => {
            k8sRole(r, "runner", createPods);
            const role = find(r, `${RBAC_TYPE}:ClusterRole`, "runner-role");
            setProp(role, "metadata", { name: UNKNOWN });
            bind(r, "tools-runner", { kind: "ClusterRole", name: UNKNOWN }, [DEVS], "tools");
            dependsOn(find(r, `${RBAC_TYPE}:RoleBinding`, "tools-runner-binding"), "roleRef", role);
        },
        refused: /tools-runner/,
        policy: "custody-effective-access",
    },
    {
        name: "first preview: a RoleBinding in tools (unlabelled) whose roleRef.name comes from a config output (unknown, no dependency)",
        stack: "prod",
        preview: true,
        edit: r => bind(r, "tools-runner", { kind: "ClusterRole", name: UNKNOWN }, [DEVS], "tools"),
        refused: /tools-runner/,
        policy: "custody-effective-access",
    },
];
const secure: Case[] = [
    // Was a miss (secure refused): APIService is a built-in kind (apiregistration.k8s.io, served by the
    // kube-aggregator), not a custom resource with a controller; engine/opaque.ts's KNOWN_GROUPS lacks apiregistration.k8s.io, so the
    // refusal says "its controller acts with its own ServiceAccount". The Metrics API is read-only (the pack's own
    // BUILT_IN_GROUPS note) and the aggregator forwards requests with its front-proxy client certificate and user
    // headers, never the caller's token (Kubernetes "Configure the Aggregation Layer", "Authentication Flow"). Judge
    // APIServices by the group they route (metrics.k8s.io, external and custom metrics: read by the HPA only).
    {
        name: "metrics-server's APIService v1beta1.metrics.k8s.io (the read-only Metrics API) served by kube-system/metrics-server",
        stack: "prod",
        edit: r =>
            k8s(r, APISERVICE, "v1beta1-metrics", {
                metadata: { name: "v1beta1.metrics.k8s.io" },
                spec: {
                    group: "metrics.k8s.io",
                    version: "v1beta1",
                    groupPriorityMinimum: 100,
                    versionPriority: 100,
                    service: { name: "metrics-server", namespace: "kube-system", port: 443 },
                    insecureSkipTLSVerify: true,
                },
            }),
    },
    // Was a miss (secure refused): as above, for external.metrics.k8s.io (KEDA's metrics adapter; the HPA reads it to
    // scale).
    {
        name: "KEDA's APIService v1beta1.external.metrics.k8s.io served by keda/keda-operator-metrics-apiserver",
        stack: "pod-identity",
        edit: r =>
            k8s(r, APISERVICE, "v1beta1-external-metrics", {
                metadata: { name: "v1beta1.external.metrics.k8s.io" },
                spec: {
                    group: "external.metrics.k8s.io",
                    version: "v1beta1",
                    groupPriorityMinimum: 100,
                    versionPriority: 100,
                    service: { name: "keda-operator-metrics-apiserver", namespace: "keda", port: 443 },
                    caBundle: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
                },
            }),
    },
    {
        name: "cert-manager's Certificate CRD (two versions) converted by cert-manager's own webhook Service (an inert kind)",
        stack: "curity",
        edit: r =>
            workflowsCrd(
                r,
                CRD,
                "cert-manager-certificates-crd",
                "cert-manager.io",
                "Certificate",
                webhookConversion({
                    service: { name: "cert-manager-webhook", namespace: "cert-manager", path: "/convert" },
                }),
            ),
    },
    {
        name: "a ValidatingWebhookConfiguration on namespaces (requires a team label), platform-devs create pods in tools (restricted)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            k8sRole(r, "tools-runner", createPods, "tools");
            bind(r, "tools-runner", { kind: "Role", name: "tools-runner" }, [DEVS], "tools");
            k8s(r, VALIDATING, "ns-team-label", {
                metadata: { name: "ns-team-label" },
                webhooks: [
                    {
                        name: "ns-team-label.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        clientConfig: { service: { name: "ns-policy", namespace: "platform", path: "/validate" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["namespaces"],
                            },
                        ],
                    },
                ],
            });
        },
    },
    {
        name: "self-managed nodes (EC2_LINUX access entry) launched by an EC2 Fleet from a launch template requiring IMDSv2 with hop limit 1",
        stack: "prod",
        config: nodePolicyConfig,
        edit: r => {
            selfManagedNodes(r, "prod", "fleet-nodes", IMDS_SAFE);
            ec2Fleet(r, "fleet-nodes");
        },
    },
    {
        name: "self-managed nodes (EC2_LINUX access entry) launched by a Spot Fleet request from a launch template with IMDS disabled",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r => {
            selfManagedNodes(r, "pod-identity", "spot-nodes", { httpEndpoint: "disabled" });
            spotFleet(r, "spot-nodes");
        },
    },
    // MISS (secure refused): the roleRef's name is unknown (computed with a RandomString suffix, say) but follows the
    // stack's own ClusterRole through propertyDependencies, whose rules are known and read-only. The pack follows such
    // dependencies for access entries (README: "judged as the stack role it comes from") and IAM attachments, but
    // here refuses "a role that is unknown during preview".
    {
        name: "first preview: a RoleBinding in tools to a read-only ClusterRole of the stack, roleRef.name its unknown auto-generated name",
        stack: "prod",
        preview: true,
        edit: r => {
            k8sRole(r, "reader", [
                { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
            ]);
            const role = find(r, `${RBAC_TYPE}:ClusterRole`, "reader-role");
            setProp(role, "metadata", { name: UNKNOWN });
            bind(r, "tools-reader", { kind: "ClusterRole", name: UNKNOWN }, [DEVS], "tools");
            dependsOn(find(r, `${RBAC_TYPE}:RoleBinding`, "tools-reader-binding"), "roleRef", role);
        },
    },
    {
        name: "an IPv6 ClusterIP Service with an externalIP in the VPC's IPv6 range (2600:1f18:7a2b:4c00::50)",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:core/v1:Service", "reports", {
                metadata: { name: "reports", namespace: "tools" },
                spec: {
                    selector: { app: "reports" },
                    ipFamilies: ["IPv6"],
                    ports: [{ name: "https", port: 443, targetPort: 8443 }],
                    externalIPs: ["2600:1f18:7a2b:4c00::50"],
                },
            }),
    },
];

const run = (c: Case, r: Resources) => (c.config ? runWithConfig(c.stack, r, c.config) : runWholePack(c.stack, r));

describe("allowlist: red-team round 15 on Kubernetes and EKS", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await run(c, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await run(c, r));
        });
    }
});
