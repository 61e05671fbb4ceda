// Red-team round 28 on the Kubernetes/EKS API level (fresh eyes): EKS access policy associations whose namespace
// scope is a wildcard (EKS matches `dev-*` against namespace names), Karpenter NodePools "tainted away" only by the
// node lifecycle controller's own taints (every pod tolerates them by default, and the controller removes them from
// a Ready node), and a mutating webhook on pods/binding steering pods onto a tainted pool; and what a careful platform
// team writes (a view policy on a wildcard, a pool tolerated only by
// its own workload, faster not-ready failover tolerations, a validating webhook on bindings).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, k8s, outsideRole, restricted, serviceAccount } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";

const ACCOUNTS: Record<string, string> = {
    prod: "111111111111",
    "pod-identity": "111111111111",
    basil: "111122223333",
    "trust-domain": "444444444444",
};
const CLUSTERS: Record<string, string> = {
    prod: "prod-validators",
    "pod-identity": "prod-validators",
    basil: "basil-cluster",
    "trust-domain": "identity-cluster",
};

/** An access entry for an outside role of the stack's account and one access policy scoped to `namespaces`. */
function scopedPolicy(r: Resources, stack: string, who: string, policy: string, namespaces: string[]): void {
    const principalArn = outsideRole(ACCOUNTS[stack], who);
    aws(r, ENTRY, who, { clusterName: CLUSTERS[stack], principalArn, type: "STANDARD" });
    aws(r, ASSOCIATION, `${who}-${policy}`, {
        clusterName: CLUSTERS[stack],
        principalArn,
        policyArn: `${POLICY}/${policy}`,
        accessScope: { type: "namespace", namespaces },
    });
}

/** A Karpenter v1 NodePool launching from EC2NodeClass `nodeClass` (outside the stack) with these taints. */
function nodePool(r: Resources, name: string, nodeClass: string, taints: object[]): void {
    k8s(r, NODE_POOL, `pool-${name}`, {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name },
        spec: {
            template: {
                spec: {
                    nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: nodeClass },
                    requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] }],
                    taints,
                },
            },
        },
    });
}

/** A restricted Deployment of the stack in `ns` running as `sa`, with `spec` on top of its pod spec. */
function deployment(r: Resources, name: string, ns: string, sa: string, spec: Record<string, unknown> = {}): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    containers: [
                        {
                            name,
                            image: `registry.example.com/platform/${name}:1.4.2`,
                            securityContext: restricted,
                        },
                    ],
                    ...spec,
                },
            },
        },
    });
}

/** A webhook configuration (`type`) on core pods/binding CREATE, served by a Service in platform. */
function bindingWebhook(r: Resources, type: string, name: string): void {
    const kind = type.split(":").pop();
    k8s(r, type, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind,
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/bind" } },
                rules: [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["pods/binding", "bindings"],
                    },
                ],
            },
        ],
    });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // Refused (the pack reads the wildcard as a namespace enforcing no Pod Security level, so edit there owns a node:
    // conservative, and it holds for any wildcard; an edit scope `team-*` is refused the same way, by design).
    // An access policy scoped to namespaces is matched by EKS against namespace names with wildcards: "You can use
    // wildcard characters for a namespace name. For example, if you want to scope an access policy to all namespaces
    // that start with dev-, you can specify dev-* as a namespace name" (EKS user guide, "Associate access policies
    // with access entries"). `valid*` is validators: AmazonEKSEditPolicy there creates pods as containment-chamber
    // (the signer's IRSA token), exactly what the same association naming `validators` does (refused).
    {
        name: "AmazonEKSEditPolicy for an outside role scoped to namespace valid* (an EKS wildcard matching validators)",
        stack: "prod",
        edit: r => scopedPolicy(r, "prod", "platform-ops", "AmazonEKSEditPolicy", ["valid*"]),
        refused: /platform-ops/,
    },
    // Same wildcard, kube-system: Admin there creates pods as any kube-system ServiceAccount (built-in controllers
    // included) and writes the aws-auth ConfigMap (refused when written `kube-system`, round 23).
    {
        name: "neighbour: AmazonEKSAdminPolicy for an outside role scoped to namespace kube-* (kube-system)",
        stack: "basil",
        edit: r => scopedPolicy(r, "basil", "platform-ops", "AmazonEKSAdminPolicy", ["kube-*"]),
        refused: /platform-ops/,
    },
    // `*` alone is every namespace: a cluster-wide edit spelled as a namespace scope.
    {
        name: "neighbour: AmazonEKSEditPolicy for an outside role scoped to namespace * (every namespace)",
        stack: "trust-domain",
        edit: r => scopedPolicy(r, "trust-domain", "platform-ops", "AmazonEKSEditPolicy", ["*"]),
        refused: /platform-ops/,
    },
    // Was a MISS (fixed in round 28): engine/kubernetes.ts nodePoolPowers counts any NoSchedule/NoExecute taint as keeping
    // the stack's pods off the pool, and `tolerates` reads only a pod's explicit tolerations.
    // Round 25 accepts a NodePool on an outside EC2NodeClass when a NoSchedule/NoExecute taint keeps the stack's pods
    // off it. node.kubernetes.io/not-ready:NoExecute keeps nobody off: (1) the DefaultTolerationSeconds admission
    // plugin adds `node.kubernetes.io/not-ready:NoExecute Exists for 300s` (and unreachable) to every pod (Kubernetes
    // "Taints and Tolerations", "Taint based Evictions": "Kubernetes automatically adds a toleration for
    // node.kubernetes.io/not-ready and node.kubernetes.io/unreachable with tolerationSeconds=300"), and the scheduler's
    // TaintToleration filter does not look at tolerationSeconds; (2) the node lifecycle controller removes that taint
    // from every Ready node (kubernetes pkg/controller/nodelifecycle node_lifecycle_controller.go markNodeAsReachable:
    // RemoveTaintOffNode(..., NotReadyTaintTemplate) when the Ready condition is True). So the pool's nodes are
    // untainted once up, and the signer's pods (and any pod of the cluster) land on nodes whose role, AMI and user
    // data the stack cannot read.
    {
        name: "a Karpenter NodePool on an outside EC2NodeClass whose only taint is node.kubernetes.io/not-ready:NoExecute (every pod tolerates it; the node controller removes it)",
        stack: "trust-domain",
        edit: r =>
            nodePool(r, "batch", "legacy-al2023", [{ key: "node.kubernetes.io/not-ready", effect: "NoExecute" }]),
        refused: /batch/,
    },
    // Was a MISS (fixed in round 28), as above.
    // Same with the unreachable taint (DefaultTolerationSeconds adds it to every pod too; markNodeAsReachable removes
    // UnreachableTaintTemplate from Ready nodes).
    {
        name: "neighbour: a Karpenter NodePool on an outside EC2NodeClass tainted only node.kubernetes.io/unreachable:NoExecute",
        stack: "prod",
        edit: r => nodePool(r, "spot", "spot-class", [{ key: "node.kubernetes.io/unreachable", effect: "NoExecute" }]),
        refused: /spot/,
    },
    // Refused (conservatively: a mutating webhook on pods/binding alone already reads as rewriting every pod).
    // A tainted pool on an outside class is accepted because the scheduler keeps untolerating pods off it. A
    // mutating webhook on pods/binding rewrites the scheduler's Binding (target.name) to one of that pool's nodes: the
    // kubelet admits a pod whatever NoSchedule taints its node has (kubelet lifecycle predicate admission checks only
    // NoExecute taints), so the signer's pod runs where the outside class's user data reads its token.
    {
        name: "a MutatingWebhookConfiguration on pods/binding and bindings (CREATE) next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            bindingWebhook(r, MUTATING, "node-steering");
        },
        refused: /node-steering/,
    },
];

const secure: Case[] = [
    // View on a wildcard is view on each namespace (no Secrets, no pods/exec: EKS "Review access policy permissions").
    {
        name: "AmazonEKSViewPolicy for an auditor role scoped to namespace valid* (view only)",
        stack: "prod",
        edit: r => scopedPolicy(r, "prod", "custody-auditor", "AmazonEKSViewPolicy", ["valid*"]),
    },
    // A tainted pool on an outside class, tolerated only by a stack workload of its own ServiceAccount.
    {
        name: "a NoSchedule-tainted NodePool on an outside EC2NodeClass, tolerated only by a restricted batch Deployment of its own ServiceAccount",
        stack: "trust-domain",
        edit: r => {
            serviceAccount(r, "batch", "renderer");
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            deployment(r, "renderer", "batch", "renderer", {
                tolerations: [{ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }],
            });
        },
    },
    // Faster failover: a Deployment shortening the default not-ready/unreachable tolerations (tolerationSeconds 30).
    {
        name: "a restricted Deployment shortening its not-ready and unreachable NoExecute tolerations to 30 seconds",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "reporter");
            deployment(r, "reporter", "tools", "reporter", {
                tolerations: [
                    {
                        key: "node.kubernetes.io/not-ready",
                        operator: "Exists",
                        effect: "NoExecute",
                        tolerationSeconds: 30,
                    },
                    {
                        key: "node.kubernetes.io/unreachable",
                        operator: "Exists",
                        effect: "NoExecute",
                        tolerationSeconds: 30,
                    },
                ],
            });
        },
    },
    // A validating webhook on bindings can only deny a Binding (e.g. refuse placing pods on cordoned zones).
    {
        name: "a ValidatingWebhookConfiguration on pods/binding and bindings (CREATE) served in platform",
        stack: "prod",
        edit: r => bindingWebhook(r, VALIDATING, "binding-audit"),
    },
];

describe("red-team 28: Kubernetes/EKS API level", function () {
    this.timeout(120000);
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy ?? EFFECTIVE);
            });
        }
    });
    describe("secure variants are accepted", () => {
        for (const c of secure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runWholePack(c.stack, r));
            });
        }
    });
});
