// Red-team round 14 on the Kubernetes/EKS side (fresh eyes): RBAC subresources that relabel a namespace or reroute an
// API group, Services that capture the Pod Identity agent's address, admission webhooks on the objects StatefulSet
// pods are built from, launch template versions, wholly unknown pod templates during a preview, Pod Identity
// associations; and what a careful platform team runs (pod-level options, the SPIFFE CSI driver, RuntimeClasses,
// API priority and fairness, leader election, the AWS Load Balancer Controller's Service webhook, read-only API
// discovery, node launch templates with IPv6 metadata). Insecure variants the whole pack must refuse, secure ones it
// must accept.
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { nodePolicyConfig, runWithConfig } from "./packRunner";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { assertClean, assertRefused, doc, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, namespace, nodeRole } from "./variantBuilders";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const DS = "kubernetes:apps/v1:DaemonSet";
const POD = "kubernetes:core/v1:Pod";
const SERVICE = "kubernetes:core/v1:Service";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const PIA = "aws:eks/podIdentityAssociation:PodIdentityAssociation";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
const CLUSTER: Record<string, string> = {
    dev: "dev-validators",
    prod: "prod-validators",
    "pod-identity": "prod-validators",
};

/** Restricted, as the distroless `nonroot` user. */
const restricted = {
    runAsNonRoot: true,
    runAsUser: 65532,
    runAsGroup: 65532,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

function workload(
    r: Resources,
    name: string,
    ns: string,
    container: Record<string, unknown>,
    pod: Record<string, unknown> = {},
    type = DEPLOY,
): AnalyzerResourceInput {
    return k8s(r, type, name, {
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: name,
                    containers: [{ name, image: `registry.example.com/${name}:1.0.0`, ...container }],
                    ...pod,
                },
            },
        },
    });
}

const IMDS_SAFE = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 };

/** A managed node group of the stack (EC2-only node role, AWS's node policies) with its launch template. */
function nodeGroup(r: Resources, stack: string, name: string, lt: Record<string, unknown>, version: string): void {
    const arn = nodeRole(r, PRIMARY, name);
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, { name, id: `lt-0${name.length}abc1234def56789`, ...lt });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: CLUSTER[stack],
        nodeGroupName: name,
        nodeRoleArn: arn,
        subnetIds: ["subnet-0123456789abcdef0"],
        scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 },
        launchTemplate: { name, version },
        updateConfig: { maxUnavailable: 1 },
    });
}

/** A MutatingWebhookConfiguration of one webhook served in-cluster, on `resources` of `group`. */
function webhook(r: Resources, name: string, group: string, resources: string[], operations = ["CREATE"]): void {
    k8s(r, MUTATING, name, {
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/mutate" } },
                rules: [{ apiGroups: [group], apiVersions: ["v1"], operations, resources }],
            },
        ],
    });
}

/** A Service in `ns` selecting pods labelled app: `name`. */
function service(r: Resources, name: string, ns: string, spec: Record<string, unknown>): void {
    k8s(r, SERVICE, name, {
        metadata: { name, namespace: ns },
        spec: { selector: { app: name }, ports: [{ name: "http", port: 80, targetPort: 8080 }], ...spec },
    });
}

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
    // Fixed (was a MISS): the namespaces/status subresource writes a Namespace's labels. Its update strategy resets only `spec`
    // (kubernetes pkg/registry/core/namespace/strategy.go, namespaceStatusStrategy.PrepareForUpdate:
    // `newNamespace.Spec = oldNamespace.Spec`; ValidateNamespaceStatusUpdate validates metadata as any update), and
    // Pod Security admission skips every namespace subresource (pod-security-admission admission.go, ValidateNamespace:
    // "short-circuit on subresources"). So `patch namespaces/status` relabels `apps` enforce: privileged, and the same
    // group then creates privileged pods there (hostPath /var/lib/kubelet: every token on the node, the runtime
    // ServiceAccounts' included). engine/kubernetes.ts namespaceWritesOfRules counts only `namespaces`
    // (resourceCovers("namespaces/status", "namespaces") was false); it now counts namespaces/status and
    // namespaces/finalize writes.
    {
        stack: "prod",
        name: "platform-devs deploy in apps (restricted) and may patch namespaces/status cluster-wide (a status write keeps label changes)",
        edit: r => {
            namespace(r, "apps", "restricted");
            k8sRole(
                r,
                "apps-deployer",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }],
                "apps",
            );
            bind(r, "apps-deployer", { kind: "Role", name: "apps-deployer" }, [DEVS], "apps");
            k8sRole(r, "ns-status", [
                { apiGroups: [""], resources: ["namespaces/status"], verbs: ["patch", "update"] },
            ]);
            bind(r, "ns-status", { kind: "ClusterRole", name: "ns-status" }, [DEVS]);
        },
        refused: /apps-deployer.*namespace(s)?.*(status|relabel|enforce)/,
        policy: "custody-effective-access",
    },
    // Fixed (was a MISS): CVE-2020-8554 ("Man in the middle using LoadBalancer or ExternalIPs"): kube-proxy DNATs traffic from every
    // pod for a Service's externalIPs to the Service's endpoints, whatever the address, and Kubernetes leaves it
    // unfixed (the DenyServiceExternalIPs admission plugin is off by default, and EKS does not let users enable
    // API server plugins). With 169.254.170.23:80, the EKS Pod Identity agent's address, every Pod Identity
    // credential request of the pods on every node, the signer's, with its ServiceAccount token in the Authorization
    // header, goes to this Service's pods, which answer with credentials of their choosing. The same effect the pack
    // refuses for hostPort 80 (engine/podSpec.ts, NODE_SERVICE_PORTS; redteam13-k8s), through a Service object.
    // Note: the API server refuses a link-local externalIP (ValidateNonSpecialIP), so this spelling fails at `up`;
    // the pack refuses it anyway, with fd00:ec2::23 (IPv6 clusters) and status ingress IPs (k8s14.test.ts).
    {
        stack: "pod-identity",
        name: "a Service with externalIPs [169.254.170.23] on port 80 (kube-proxy sends every pod's Pod Identity credential request, and its token, to the Service's pods)",
        edit: r => {
            workload(r, "edge-cache", "tools", { securityContext: restricted, ports: [{ containerPort: 8080 }] });
            service(r, "edge-cache", "tools", { externalIPs: ["169.254.170.23"] });
        },
        refused: /edge-cache.*(externalIPs|169\.254\.170\.23|Pod Identity)/,
        policy: "custody-effective-access",
    },
    // Fixed (was a MISS): the same capture through RBAC: whoever may create Services chooses their externalIPs (CVE-2020-8554:
    // "an attacker that can create or edit Services"), so `create services` in a restricted namespace reaches the
    // Pod Identity agent's traffic, the signer's token included, on every node of the cluster (externalIPs
    // fd00:ec2::23 on an IPv6 cluster; the API refuses link-local externalIPs, not status ingress IPs).
    {
        stack: "pod-identity",
        name: "platform-devs may create Services in tools, which enforces restricted (externalIPs 169.254.170.23 captures Pod Identity requests)",
        edit: r => {
            namespace(r, "tools", "restricted");
            k8sRole(
                r,
                "svc-author",
                [{ apiGroups: [""], resources: ["services"], verbs: ["create", "update"] }],
                "tools",
            );
            bind(r, "svc-author", { kind: "Role", name: "svc-author" }, [DEVS], "tools");
        },
        refused: /svc-author.*services/,
        policy: "custody-effective-access",
    },
    // Fixed (was a MISS): APIService objects route a whole API group/version. The built-in ones (v1.apps, ...) are registered by the
    // kube-aggregator's autoregister controller with kube-aggregator.kubernetes.io/automanaged: onstart, "synced one
    // time when the controller starts" (kube-aggregator autoregister_controller.go, manageOnStart), so an update
    // pointing v1.apps at a Service stays until the API server restarts, and the aggregator proxies apps/v1 there.
    // The controller-manager's informers then read ReplicaSets from that backend and create the pods they describe,
    // with any ServiceAccount of their namespace (the signer's, in validators, restricted but running the
    // attacker's image). engine/kubernetes.ts counted apiregistration.k8s.io as a built-in group and no rule read
    // apiservices writes; they are now cluster-wide, as mutating webhooks are.
    {
        stack: "prod",
        name: "platform-devs may update APIServices (v1.apps pointed at their own Service: the controllers' view of ReplicaSets)",
        edit: r => {
            k8sRole(r, "api-router", [
                { apiGroups: ["apiregistration.k8s.io"], resources: ["apiservices"], verbs: ["update", "patch"] },
            ]);
            bind(r, "api-router", { kind: "ClusterRole", name: "api-router" }, [DEVS]);
        },
        refused: /api-router.*apiservices/,
        policy: "custody-effective-access",
    },
    // Fixed (was a MISS): the StatefulSet controller builds its pods from the ControllerRevision it has just created, as the API
    // server returned it: getStatefulSetRevisions takes the result of CreateControllerRevision, and updateStatefulSet
    // calls ApplyRevision(set, updateRevision) to build the pods' template (kubernetes pkg/controller/statefulset,
    // stateful_set_control.go). A mutating webhook on apps/controllerrevisions therefore rewrites the pod template of
    // every StatefulSet in the cluster (image, command, serviceAccountName within the namespace) without matching
    // pods. engine/kubernetes.ts MUTATION_TARGETS listed pods and the workload kinds; now controllerrevisions and
    // podtemplates too.
    {
        stack: "basil",
        name: "a MutatingWebhookConfiguration on apps/controllerrevisions (StatefulSet pods are built from the revision the API returns)",
        edit: r => webhook(r, "revision-defaults", "apps", ["controllerrevisions"]),
        refused: /revision-defaults rewrites/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session): a managed node group runs the launch template version it names, not the resource's current settings. An
    // update of aws.ec2.LaunchTemplate creates a new version and leaves the default one unless updateDefaultVersion
    // is set (Terraform/Pulumi aws_launch_template: latest_version, default_version, update_default_version), and the
    // node group's launchTemplate.version is "EC2 Launch Template version number" (EKS API LaunchTemplateSpecification).
    // Here the template was created with IMDSv1 and hop limit 2 (version 1), later fixed (latestVersion 3 shows IMDSv2
    // and hop limit 1), and the node group still names version "1" (the defaultVersion): its nodes give every pod the
    // node role. The pack reads only the template's current metadataOptions.
    {
        stack: "prod",
        name: "a managed node group pinned to launch template version 1 while only version 3 (latestVersion) requires IMDSv2 with hop limit 1",
        edit: r =>
            nodeGroup(
                r,
                "prod",
                "custody-prod-nodes",
                { metadataOptions: IMDS_SAFE, latestVersion: 3, defaultVersion: 1 },
                "1",
            ),
        config: nodePolicyConfig,
        refused: /custody-prod-nodes.*(version|launch template)/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session): a first preview where the whole pod template is computed (pulumi.all([...]).apply builds it from another
    // resource's output), so the analyzer sees the unknown sentinel in place of spec.template: at `up` it may be
    // privileged with /var/lib/kubelet. engine/podSpec.ts POD_SPEC_OF reads template?.spec of the sentinel string
    // (undefined), so unknownNodeReach and nodeReach both see no spec, while an unknown containers list, securityContext
    // or hostPath is refused (unknowns8, cluster10). Same rule as the project's: an unknown that may own the node is
    // refused until known (Pulumi docs, "Inputs and Outputs": an Output's value is unknown during preview).
    {
        stack: "prod",
        preview: true,
        name: "first preview: a DaemonSet whose whole spec.template is unknown (built from another resource's output)",
        edit: r => {
            const ds = workload(r, "node-agent", "tools", { securityContext: restricted }, {}, DS);
            (ds.inputs.spec as Record<string, unknown>).template = UNKNOWN;
            (ds.outputs!.spec as Record<string, unknown>).template = UNKNOWN;
        },
        refused: /node-agent.*(unknown|preview)/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session): as above, a bare Pod whose whole spec is an Output (POD_SPEC_OF for core/v1:Pod returns p.spec, the
    // sentinel string, and nodeReach/unknownNodeReach return undefined for a non-object spec).
    {
        stack: "curity",
        preview: true,
        name: "first preview: a Pod whose whole spec is unknown",
        edit: r => {
            k8s(r, POD, "debug", { metadata: { name: "debug", namespace: "tools" }, spec: UNKNOWN });
        },
        refused: /debug.*(unknown|preview)/,
        policy: "custody-effective-access",
    },
    // Accepted in round 14, refused since round 19 (test/policy-pack/engine/redteam19-api.test.ts): a mutating webhook
    // on Services at CREATE can add externalIPs fd00:ec2::23 (a unique local address the API server accepts) to every
    // new Service, so whoever serves it captures every Pod Identity credential request (CVE-2020-8554,
    // SERVICE_CAPTURE_WHY), as writing Services does. In an IRSA-only stack it stays accepted
    // (test/policy-pack/engine/api19.test.ts).
    {
        stack: "pod-identity",
        name: "the AWS Load Balancer Controller's mutating webhook on Services only (mservice.elbv2.k8s.aws), not on pods",
        edit: r => webhook(r, "aws-load-balancer-webhook", "", ["services"], ["CREATE"]),
        refused: /aws-load-balancer-webhook rewrites Services \(externalIPs\)/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "a restricted Deployment with shareProcessNamespace (a debug sidecar), hostAliases, dnsConfig and topology spread",
        edit: r => {
            const sidecar = { name: "debug", image: "registry.example.com/debug:1.0.0", securityContext: restricted };
            workload(
                r,
                "reporter",
                "tools",
                { securityContext: restricted },
                {
                    shareProcessNamespace: true,
                    hostAliases: [{ ip: "10.0.0.10", hostnames: ["reports.internal"] }],
                    dnsPolicy: "None",
                    dnsConfig: { nameservers: ["10.0.0.2"], searches: ["tools.svc.cluster.local"] },
                    topologySpreadConstraints: [
                        {
                            maxSkew: 1,
                            topologyKey: "topology.kubernetes.io/zone",
                            whenUnsatisfiable: "ScheduleAnyway",
                            labelSelector: { matchLabels: { app: "reporter" } },
                        },
                    ],
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                },
            );
            const spec = (r[r.length - 1].inputs.spec as any).template.spec;
            spec.containers.push(sidecar);
        },
    },
    {
        stack: "dev",
        name: "a restricted DaemonSet mounting the SPIFFE CSI driver's Workload API socket (inline csi.spiffe.io volume, read-only)",
        edit: r =>
            workload(
                r,
                "spiffe-client",
                "tools",
                {
                    securityContext: restricted,
                    volumeMounts: [{ name: "spiffe", mountPath: "/spiffe-workload-api", readOnly: true }],
                },
                { volumes: [{ name: "spiffe", csi: { driver: "csi.spiffe.io", readOnly: true } }] },
                DS,
            ),
    },
    {
        stack: "prod",
        name: "a RuntimeClass (node.k8s.io) for runc with pod overhead and a node selector, used by a restricted Deployment",
        edit: r => {
            k8s(r, "kubernetes:node.k8s.io/v1:RuntimeClass", "runc-pinned", {
                metadata: { name: "runc-pinned" },
                handler: "runc",
                overhead: { podFixed: { cpu: "10m", memory: "16Mi" } },
                scheduling: { nodeSelector: { "custody.example.com/pool": "tools" } },
            });
            workload(r, "reporter", "tools", { securityContext: restricted }, { runtimeClassName: "runc-pinned" });
        },
    },
    {
        stack: "curity",
        name: "API priority and fairness for Curity's ServiceAccount (a FlowSchema and PriorityLevelConfiguration)",
        edit: r => {
            k8s(r, "kubernetes:flowcontrol.apiserver.k8s.io/v1:PriorityLevelConfiguration", "curity-plc", {
                metadata: { name: "curity" },
                spec: {
                    type: "Limited",
                    limited: { nominalConcurrencyShares: 10, limitResponse: { type: "Reject" } },
                },
            });
            k8s(r, "kubernetes:flowcontrol.apiserver.k8s.io/v1:FlowSchema", "curity-fs", {
                metadata: { name: "curity" },
                spec: {
                    priorityLevelConfiguration: { name: "curity" },
                    matchingPrecedence: 1000,
                    rules: [
                        {
                            subjects: [
                                { kind: "ServiceAccount", serviceAccount: { name: "curity", namespace: "curity" } },
                            ],
                            resourceRules: [{ verbs: ["*"], apiGroups: ["*"], resources: ["*"], namespaces: ["*"] }],
                        },
                    ],
                },
            });
        },
    },
    {
        stack: "trust-domain",
        name: "leader election for a tools controller: a Role on coordination.k8s.io leases and its Lease",
        edit: r => {
            k8sRole(
                r,
                "leader-election",
                [
                    {
                        apiGroups: ["coordination.k8s.io"],
                        resources: ["leases"],
                        verbs: ["get", "list", "watch", "create", "update", "patch"],
                    },
                    { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
                ],
                "tools",
            );
            bind(
                r,
                "leader-election",
                { kind: "Role", name: "leader-election" },
                [{ kind: "ServiceAccount", name: "report-controller", namespace: "tools" }],
                "tools",
            );
            k8s(r, "kubernetes:coordination.k8s.io/v1:Lease", "report-controller-lease", {
                metadata: { name: "report-controller", namespace: "tools" },
                spec: { leaseDurationSeconds: 15 },
            });
        },
    },
    {
        stack: "basil",
        name: "on-call may get/list/watch APIServices and CustomResourceDefinitions (API discovery, no writes)",
        edit: r => {
            k8sRole(r, "api-discovery", [
                {
                    apiGroups: ["apiregistration.k8s.io", "apiextensions.k8s.io"],
                    resources: ["apiservices", "customresourcedefinitions"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            bind(r, "api-discovery", { kind: "ClusterRole", name: "api-discovery" }, [
                { kind: "Group", name: "basil-oncall", apiGroup: RBAC },
            ]);
        },
    },
    {
        stack: "prod",
        name: "a managed node group on its launch template's latest version: IMDSv2 required, hop limit 1, IPv6 endpoint on, no instance tags",
        edit: r =>
            nodeGroup(
                r,
                "prod",
                "custody-prod-nodes",
                {
                    metadataOptions: { ...IMDS_SAFE, httpProtocolIpv6: "enabled", instanceMetadataTags: "disabled" },
                    latestVersion: 1,
                    defaultVersion: 1,
                },
                "1",
            ),
        config: nodePolicyConfig,
    },
    // The signer's role trusts pods.eks.amazonaws.com only with the session tags eks-cluster-arn, kubernetes-namespace
    // validators and kubernetes-service-account containment-chamber (EKS user guide, "Pod Identity": session tags),
    // so an association whose role is not yet known cannot reach it whatever that role turns out to be.
    {
        stack: "pod-identity",
        preview: true,
        name: "first preview: a Pod Identity association for tools/reporter to its own new role (roleArn unknown until the role exists)",
        edit: r => {
            const trust = {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`,
                        "aws:RequestTag/kubernetes-namespace": "tools",
                        "aws:RequestTag/kubernetes-service-account": "reporter",
                    },
                },
            };
            aws(r, "aws:iam/role:Role", "reporter-role", {
                name: "custody-pod-identity-reporter",
                assumeRolePolicy: doc(trust),
                arn: UNKNOWN,
            });
            aws(r, PIA, "reporter-pod-identity", {
                clusterName: CLUSTER["pod-identity"],
                namespace: "tools",
                serviceAccount: "reporter",
                roleArn: UNKNOWN,
            });
        },
    },
];

const run = (c: Case, r: Resources) => (c.config ? runWithConfig(c.stack, r, c.config) : runWholePack(c.stack, r));

describe("allowlist: red-team round 14 on Kubernetes and EKS", () => {
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
