// Neighbours of round 14's Kubernetes fixes (redteam14-k8s.test.ts, cases 1-5): other spellings of the same effect,
// which the whole pack must refuse, and what a careful platform team writes next to them, which it must accept.
// - A Namespace's labels are written through namespaces, namespaces/status and namespaces/finalize (Pod Security
//   admission skips subresources: pod-security-admission admission.go ValidateNamespace).
// - CVE-2020-8554 (kubernetes/kubernetes#97076): a Service's externalIPs or status ingress IP captures the EKS Pod
//   Identity agent's traffic (169.254.170.23, fd00:ec2::23): a power over Pod Identity ServiceAccounts only, so
//   IRSA-only stacks may let developers create Services.
// - APIService writes route a built-in API group (kube-aggregator); mutating webhooks on the objects controllers
//   build pods from (controllerrevisions, podtemplates).
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, namespace } from "./variantBuilders";

const SERVICE = "kubernetes:core/v1:Service";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const POLICY = "custody-effective-access";

/** platform-devs may create Deployments in `ns`, which enforces restricted. */
function deployer(r: Resources, ns: string): void {
    namespace(r, ns, "restricted");
    k8sRole(r, "apps-deployer", [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }], ns);
    bind(r, "apps-deployer", { kind: "Role", name: "apps-deployer" }, [DEVS], ns);
}

/** A ClusterRole of `rules` bound cluster-wide to platform-devs. */
function clusterGrant(r: Resources, name: string, rules: object[]): void {
    k8sRole(r, name, rules);
    bind(r, name, { kind: "ClusterRole", name }, [DEVS]);
}

function service(r: Resources, name: string, ns: string, spec: Record<string, unknown>): void {
    k8s(r, SERVICE, name, {
        metadata: { name, namespace: ns },
        spec: { selector: { app: name }, ports: [{ name: "http", port: 80, targetPort: 8080 }], ...spec },
    });
}

function webhook(r: Resources, name: string, group: string, resources: string[]): void {
    k8s(r, MUTATING, name, {
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/mutate" } },
                rules: [{ apiGroups: [group], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources }],
            },
        ],
    });
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    // namespaceFinalizeStrategy.PrepareForUpdate resets only status: a PUT to namespaces/N/finalize keeps new labels.
    {
        stack: "prod",
        name: "platform-devs deploy in apps (restricted) and may update namespaces/finalize",
        edit: r => {
            deployer(r, "apps");
            clusterGrant(r, "ns-finalizer", [
                { apiGroups: [""], resources: ["namespaces/finalize"], verbs: ["update"] },
            ]);
        },
        refused: /apps-deployer.*namespace apps enforces a Pod Security level.*ns-finalizer/,
    },
    {
        stack: "dev",
        name: "platform-devs deploy in apps (restricted) and may patch */status (namespaces/status among them)",
        edit: r => {
            deployer(r, "apps");
            clusterGrant(r, "status-writer", [{ apiGroups: [""], resources: ["*/status"], verbs: ["patch"] }]);
        },
        refused: /apps-deployer.*namespace apps enforces a Pod Security level.*status-writer/,
    },
    // fd00:ec2::23 is the agent's IPv6 address: a unique local address, which ValidateNonSpecialIP lets through.
    {
        stack: "pod-identity",
        name: "a Service with externalIPs [fd00:ec2::23] (the Pod Identity agent's IPv6 address)",
        edit: r => service(r, "edge-cache", "tools", { externalIPs: ["fd00:ec2::23"] }),
        refused: /Service tools\/edge-cache externalIPs fd00:ec2::23.*Pod Identity/,
    },
    {
        stack: "pod-identity",
        name: "a Service with externalIPs written in full, fd00:0ec2:0000:0000:0000:0000:0000:0023",
        edit: r => service(r, "edge-cache", "tools", { externalIPs: ["fd00:0ec2:0000:0000:0000:0000:0000:0023"] }),
        refused: /Service tools\/edge-cache externalIPs fd00:0ec2.*CVE-2020-8554/,
    },
    // ValidateLoadBalancerStatus checks only that an ingress IP is an IP (CVE-2020-8554: "patch the status").
    {
        stack: "pod-identity",
        name: "platform-devs may patch services/status cluster-wide (status.loadBalancer.ingress ip 169.254.170.23)",
        edit: r =>
            clusterGrant(r, "lb-status", [{ apiGroups: [""], resources: ["services/status"], verbs: ["patch"] }]),
        refused: /lb-status.*services\/status.*Pod Identity/,
    },
    {
        stack: "pod-identity",
        name: "platform-devs hold the built-in edit ClusterRole in tools (restricted): edit writes Services",
        edit: r => {
            namespace(r, "tools", "restricted");
            bind(r, "tools-editors", { kind: "ClusterRole", name: "edit" }, [DEVS], "tools");
        },
        refused: /tools-editors.*edit writes services.*Pod Identity/,
    },
    // kubernetes7.test.ts's secure case on the Pod Identity stack: the Edit policy writes Services in apps.
    {
        stack: "pod-identity",
        name: "AmazonEKSEditPolicy for an outside role on namespace apps (restricted): Services capture Pod Identity requests",
        edit: r => {
            namespace(r, "apps", "restricted");
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ops-apps", {
                clusterName: "prod-validators",
                principalArn: "arn:aws:iam::111111111111:role/platform-ops",
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                accessScope: { type: "namespace", namespaces: ["apps"] },
            });
        },
        refused: /ops-apps.*writes services.*validators\/containment-chamber/,
    },
    {
        stack: "prod",
        name: "platform-devs may patch apiservices of any group (apiGroups *)",
        edit: r => clusterGrant(r, "api-patcher", [{ apiGroups: ["*"], resources: ["apiservices"], verbs: ["patch"] }]),
        refused: /api-patcher.*route API groups.*apiservices/,
    },
    {
        stack: "curity",
        name: "platform-devs may create APIServices",
        edit: r =>
            clusterGrant(r, "api-creator", [
                { apiGroups: ["apiregistration.k8s.io"], resources: ["apiservices"], verbs: ["create"] },
            ]),
        refused: /api-creator.*apiservices/,
    },
    {
        stack: "basil",
        name: "a MutatingWebhookConfiguration on core podtemplates",
        edit: r => webhook(r, "template-defaults", "", ["podtemplates"]),
        refused: /template-defaults rewrites/,
    },
    {
        stack: "trust-domain",
        name: "a MutatingWebhookConfiguration on controllerrevisions of every group",
        edit: r => webhook(r, "any-revision", "*", ["controllerrevisions"]),
        refused: /any-revision rewrites/,
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "platform-devs deploy in apps (restricted) and may read namespaces and namespaces/status",
        edit: r => {
            deployer(r, "apps");
            clusterGrant(r, "ns-reader", [
                { apiGroups: [""], resources: ["namespaces", "namespaces/status"], verbs: ["get", "list", "watch"] },
            ]);
        },
    },
    // IRSA pods send their token to STS over TLS, not to the Pod Identity agent: nothing for a Service to capture.
    {
        stack: "dev",
        name: "IRSA stack: platform-devs may create and update Services in tools (restricted)",
        edit: r => {
            namespace(r, "tools", "restricted");
            k8sRole(
                r,
                "svc-author",
                [{ apiGroups: [""], resources: ["services"], verbs: ["create", "update", "patch"] }],
                "tools",
            );
            bind(r, "svc-author", { kind: "Role", name: "svc-author" }, [DEVS], "tools");
        },
    },
    {
        stack: "prod",
        name: "IRSA stack: platform-devs hold the built-in edit ClusterRole in tools (restricted)",
        edit: r => {
            namespace(r, "tools", "restricted");
            bind(r, "tools-editors", { kind: "ClusterRole", name: "edit" }, [DEVS], "tools");
        },
    },
    {
        stack: "pod-identity",
        name: "platform-devs may read Services and their status cluster-wide",
        edit: r =>
            clusterGrant(r, "svc-reader", [
                { apiGroups: [""], resources: ["services", "services/status"], verbs: ["get", "list", "watch"] },
            ]),
    },
    {
        stack: "pod-identity",
        name: "a ClusterIP Service with an ordinary externalIP (10.0.1.50, a VPC address)",
        edit: r => service(r, "edge-cache", "tools", { externalIPs: ["10.0.1.50"] }),
    },
    {
        stack: "prod",
        name: "a controller may update apiservices/status only (availability conditions, no routing)",
        edit: r =>
            clusterGrant(r, "api-status", [
                { apiGroups: ["apiregistration.k8s.io"], resources: ["apiservices/status"], verbs: ["update"] },
            ]),
    },
    {
        stack: "basil",
        name: "a MutatingWebhookConfiguration on coordination.k8s.io leases",
        edit: r => webhook(r, "lease-defaults", "coordination.k8s.io", ["leases"]),
    },
];

describe("allowlist: round 14 Kubernetes fixes, neighbours", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, POLICY);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
