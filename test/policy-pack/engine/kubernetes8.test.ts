// Neighbours of the round-8 Kubernetes fixes (h5-k8s): for each red-team case the pack now refuses, a secure variant
// beside it that must stay clean, and for each secure case it now accepts, an insecure variant that must stay
// refused. Fixes: (1) writes on custom resources outside a short inert list count as writing a pod spec
// (engine/kubernetes.ts customResourcesWritten); (2) a Pod Security label does not confine a namespace for a subject
// that may update or patch that Namespace object (namespaceWritesOfRules, Relabel); (3) a writable /var/log hostPath
// in a container that may run as root is the node (NODE_LOGS); (4) /var/lib/docker/containers read-only is no longer
// the runtime (DOCKER_CONTAINER_LOGS); (5) serviceaccount-role-agree reads one ServiceAccount pinned on two issuers as
// one subject.
import { bind, aws, k8s, k8sRole, outsideRole } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    find,
    mandatoryOf,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const CURITY = "555555555555";
const NS = "kubernetes:core/v1:Namespace";
const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const ROLE = "aws:iam/role:Role";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };
const LABELERS = { kind: "Group", name: "ns-labelers", apiGroup: "rbac.authorization.k8s.io" };
const GREEN_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/B1E55ED0B1E55ED0B1E55ED0B1E55ED0";

function namespace(r: Resources, name: string, enforce?: string): void {
    k8s(r, NS, `ns-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name, labels: enforce ? { "pod-security.kubernetes.io/enforce": enforce } : {} },
    });
}

function workload(
    r: Resources,
    type: typeof DS | typeof DEPLOY,
    name: string,
    ns: string,
    container: Record<string, unknown>,
    podSpec: Record<string, unknown> = {},
): void {
    k8s(r, type, name, {
        apiVersion: "apps/v1",
        kind: type === DS ? "DaemonSet" : "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: { containers: [{ name, image: `registry.example.com/${name}:1.0`, ...container }], ...podSpec },
            },
        },
    });
}

function devsMay(r: Resources, name: string, ns: string, rules: object[]): void {
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: "Role", name }, [DEVS], ns);
}

/** platform-devs may create Deployments in apps, which enforces restricted. */
function appsDeployers(r: Resources): void {
    namespace(r, "apps", "restricted");
    devsMay(r, "apps-deployer", "apps", [
        { apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update", "patch"] },
    ]);
}

/** A ClusterRole patching Namespaces (optionally only some), bound cluster-wide to `subject`. */
function namespacePatcher(r: Resources, name: string, subject: object, resourceNames?: string[]): void {
    k8sRole(r, name, [
        {
            apiGroups: [""],
            resources: ["namespaces"],
            verbs: ["get", "patch"],
            ...(resourceNames ? { resourceNames } : {}),
        },
    ]);
    bind(r, name, { kind: "ClusterRole", name }, [subject]);
}

/** Container Insights' Fluent Bit volumes with /var/lib/docker/containers mounted as given. */
function fluentBit(r: Resources, dockerPath: string, readOnly: boolean): void {
    workload(
        r,
        DS,
        "fluent-bit",
        "amazon-cloudwatch",
        {
            volumeMounts: [
                { name: "varlog", mountPath: "/var/log", readOnly: true },
                { name: "docker", mountPath: "/var/lib/docker/containers", readOnly },
            ],
        },
        {
            volumes: [
                { name: "varlog", hostPath: { path: "/var/log" } },
                { name: "docker", hostPath: { path: dockerPath } },
            ],
        },
    );
}

const nonRoot = { securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false } };

type Case = {
    name: string;
    stack: "dev" | "prod" | "pod-identity" | "curity";
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // (1) custom resources: not on the inert list.
    {
        stack: "prod",
        name: "RBAC: create Prometheus Operator Prometheuses in validators (spec.containers and serviceAccountName: not inert, unlike ServiceMonitors)",
        edit: r =>
            devsMay(r, "prom-author", "validators", [
                { apiGroups: ["monitoring.coreos.com"], resources: ["prometheuses"], verbs: ["create"] },
            ]),
        refused: /monitoring\.coreos\.com\/prometheuses \(custom resources not known to be inert/,
        policy: "custody-effective-access",
    },
    {
        stack: "dev",
        name: "RBAC: create Gateway API Gateways in validators (implementations deploy proxies for them: only routes are inert)",
        edit: r =>
            devsMay(r, "gw-author", "validators", [
                { apiGroups: ["gateway.networking.k8s.io"], resources: ["gateways"], verbs: ["create", "update"] },
            ]),
        refused: /gateway\.networking\.k8s\.io\/gateways/,
        policy: "custody-effective-access",
    },
    {
        stack: "curity",
        name: 'RBAC: create sensors and eventsources of any API group ("*" apiGroups) in curity (Argo Events\' among them)',
        edit: r => {
            k8sRole(
                r,
                "any-sensors",
                [{ apiGroups: ["*"], resources: ["sensors", "eventsources"], verbs: ["create"] }],
                "curity",
            );
            bind(r, "any-sensors", { kind: "Role", name: "any-sensors" }, [DEVS], "curity");
        },
        refused:
            /\*\/sensors, \*\/eventsources \(custom resources not known to be inert.*acts as ServiceAccount curity\/dynamo-sa/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "RBAC: create External Secrets ExternalSecrets in validators (the operator reads secret stores with its own identity: not inert)",
        edit: r =>
            devsMay(r, "es-author", "validators", [
                { apiGroups: ["external-secrets.io"], resources: ["externalsecrets"], verbs: ["create"] },
            ]),
        refused: /external-secrets\.io\/externalsecrets/,
        policy: "custody-effective-access",
    },
    // (2) Namespace relabel.
    {
        stack: "prod",
        name: "platform-devs deploy in apps (restricted) and may patch exactly the apps Namespace cluster-wide (resourceNames [apps])",
        edit: r => {
            appsDeployers(r);
            namespacePatcher(r, "apps-labeler", DEVS, ["apps"]);
        },
        refused: /namespace apps enforces a Pod Security level, but the same subject may rewrite its labels/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "an outside role mapped (EKS access entry) into both app-devs, who deploy in apps (restricted), and ns-labelers, who patch namespaces",
        edit: r => {
            namespace(r, "apps", "restricted");
            const appDevs = { kind: "Group", name: "app-devs", apiGroup: "rbac.authorization.k8s.io" };
            k8sRole(
                r,
                "apps-deployer",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }],
                "apps",
            );
            bind(r, "apps-deployer", { kind: "Role", name: "apps-deployer" }, [appDevs], "apps");
            namespacePatcher(r, "namespace-labeler", LABELERS);
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops-entry", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "platform-ops"),
                kubernetesGroups: ["app-devs", "ns-labelers"],
            });
        },
        refused:
            /platform-ops.*kubernetesGroups.*namespace apps enforces a Pod Security level, but the same subject may rewrite/,
        policy: "custody-effective-access",
    },
    {
        stack: "dev",
        name: "platform-devs create Jobs in batch (baseline) through the built-in edit ClusterRole, and a ClusterRole not in the stack bound to them in batch (its rules may patch the Namespace)",
        edit: r => {
            namespace(r, "batch", "baseline");
            bind(r, "batch-edit", { kind: "ClusterRole", name: "edit" }, [DEVS], "batch");
            bind(r, "batch-extra", { kind: "ClusterRole", name: "tenant-extras" }, [DEVS], "batch");
        },
        refused: /namespace batch enforces a Pod Security level, but the same subject may rewrite its labels/,
        policy: "custody-effective-access",
    },
    // (3) /var/log writable: also a root init container beside a non-root main container.
    {
        stack: "dev",
        name: "a Deployment whose root init container mounts the node's /var/log writable (the main container is non-root)",
        edit: r =>
            workload(r, DEPLOY, "log-init", "logging", nonRoot, {
                initContainers: [
                    {
                        name: "prep",
                        image: "registry.example.com/busybox:1.36",
                        volumeMounts: [{ name: "varlog", mountPath: "/host/log" }],
                    },
                ],
                volumes: [{ name: "varlog", hostPath: { path: "/var/log/" } }],
            }),
        refused: /hostPath \/var\/log\/ is writable by a root container/,
        policy: "custody-effective-access",
    },
    // (4) /var/lib/docker/containers: read-only only; the rest of /var/lib/docker stays the runtime.
    {
        stack: "prod",
        name: "Container Insights' Fluent Bit with /var/lib/docker/containers writable",
        edit: r => fluentBit(r, "/var/lib/docker/containers", false),
        refused: /hostPath \/var\/lib\/docker\/containers exposes the node's pod tokens or runtime/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a Fluent Bit DaemonSet mounting all of /var/lib/docker read-only (image layers and overlay mounts of every container)",
        edit: r => fluentBit(r, "/var/lib/docker", true),
        refused: /hostPath \/var\/lib\/docker exposes the node's pod tokens or runtime/,
        policy: "custody-effective-access",
    },
    // (5) serviceaccount-role-agree: a second issuer's statement for another ServiceAccount still disagrees.
    {
        stack: "curity",
        name: "a second IRSA statement on the green cluster's issuer for curity/other-sa (another ServiceAccount)",
        edit: r =>
            addStatements(find(r, ROLE, "curity-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${CURITY}:oidc-provider/${GREEN_ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${GREEN_ISSUER}:sub`]: "system:serviceaccount:curity:other-sa",
                        [`${GREEN_ISSUER}:aud`]: "sts.amazonaws.com",
                    },
                },
            }),
        refused:
            /pins system:serviceaccount:curity:dynamo-sa, system:serviceaccount:curity:other-sa instead of exactly/,
        policy: "serviceaccount-role-agree",
    },
    // Decided this session (pod-spec allowlist): a writable hostPath outside the data directories is refused whatever the uid; mount it readOnly.
    {
        stack: "prod",
        name: "a non-root DaemonSet (runAsUser 10001) with the node's /var/log/pods mounted without readOnly (root-owned: it cannot write)",
        edit: r =>
            workload(
                r,
                DS,
                "log-reader",
                "logging",
                { ...nonRoot, volumeMounts: [{ name: "pods", mountPath: "/host/pods" }] },
                { volumes: [{ name: "pods", hostPath: { path: "/var/log/pods" } }] },
            ),
        refused: /hostPath \/var\/log\/pods is writable by container/,
    },
    // DECIDED (round 27, redteam26-api's ACME solver case): writing an Issuer runs cert-manager's HTTP-01 solver pods in
    // its namespace as the podTemplate's serviceAccountName (cert-manager API reference,
    // ACMEChallengeSolverHTTP01IngressPodTemplate), so RBAC on issuers in validators acts as the signer's
    // ServiceAccount. Certificates stay inert (the secure case below).
    {
        stack: "dev",
        name: "RBAC: create/update cert-manager Issuers in validators (their ACME solver pods may run as containment-chamber)",
        edit: r =>
            devsMay(r, "platform-issuers", "validators", [
                { apiGroups: ["cert-manager.io"], resources: ["issuers"], verbs: ["create", "update"] },
            ]),
        refused: /cert-manager\.io\/issuers .*acts as ServiceAccount validators\/containment-chamber/,
    },
    {
        stack: "dev",
        name: "RBAC: create ACME Challenges in validators (a Challenge carries its solver's podTemplate)",
        edit: r =>
            devsMay(r, "platform-challenges", "validators", [
                { apiGroups: ["acme.cert-manager.io"], resources: ["challenges"], verbs: ["create"] },
            ]),
        refused: /acme\.cert-manager\.io\/challenges .*acts as ServiceAccount validators\/containment-chamber/,
    },
    // DECIDED (round 88, lead: RELABEL-ALONE): written as secure in round 8, now insecure. ns-labelers may patch every
    // Namespace, restricted apps among them: "Users who can perform patch operations on Namespace objects ... can
    // modify labels on that namespace. In clusters where Pod Security Admission is used, this may allow a user to
    // configure the namespace for a more permissive policy than intended by the administrators" (Kubernetes "RBAC Good
    // Practices", "Namespace modification"), and every pod creator of apps (platform-devs, or any outside the stack)
    // then runs privileged pods (kubernetes.ts relabelAlone).
    {
        stack: "prod",
        name: "platform-devs deploy in apps (restricted); a different group (ns-labelers) patches namespaces cluster-wide",
        edit: r => {
            appsDeployers(r);
            namespacePatcher(r, "namespace-labeler", LABELERS);
        },
        refused: /may rewrite the labels of Namespace apps/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    // (1) inert custom resources, and reads.
    {
        stack: "dev",
        // (Issuers were here until round 27: they run ACME solver pods; see the insecure cases above.)
        name: "RBAC: create cert-manager Certificates and ACME Orders, Prometheus ServiceMonitors/PrometheusRules, VolumeSnapshots, CiliumNetworkPolicies and HTTPRoutes in validators",
        edit: r =>
            devsMay(r, "platform-objects", "validators", [
                { apiGroups: ["cert-manager.io"], resources: ["certificates"], verbs: ["create", "update"] },
                { apiGroups: ["acme.cert-manager.io"], resources: ["orders"], verbs: ["create"] },
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "prometheusrules"],
                    verbs: ["create", "patch"],
                },
                { apiGroups: ["snapshot.storage.k8s.io"], resources: ["volumesnapshots"], verbs: ["create"] },
                { apiGroups: ["cilium.io"], resources: ["ciliumnetworkpolicies"], verbs: ["create", "update"] },
                { apiGroups: ["gateway.networking.k8s.io"], resources: ["httproutes"], verbs: ["create", "update"] },
            ]),
    },
    {
        stack: "prod",
        name: "RBAC: read JobSets, RayJobs and CloneSets, and update their finalizers only (ownerReference blockOwnerDeletion)",
        edit: r =>
            devsMay(r, "crd-reader", "validators", [
                {
                    apiGroups: ["jobset.x-k8s.io", "ray.io", "apps.kruise.io"],
                    resources: ["jobsets", "rayjobs", "clonesets"],
                    verbs: ["get", "list", "watch"],
                },
                { apiGroups: ["jobset.x-k8s.io"], resources: ["jobsets/finalizers"], verbs: ["update"] },
            ]),
    },
    // (2) Namespace relabel that does not reach the namespace the pods go to.
    {
        stack: "pod-identity",
        name: "platform-devs deploy in apps (restricted) and may patch only the sandbox Namespace (resourceNames [sandbox])",
        edit: r => {
            appsDeployers(r);
            namespacePatcher(r, "sandbox-labeler", DEVS, ["sandbox"]);
        },
    },
    {
        stack: "dev",
        name: "a Role in apps (restricted) lets platform-devs deploy and patch the Namespace named sandbox (a Role in apps reaches only the apps Namespace)",
        edit: r => {
            namespace(r, "apps", "restricted");
            devsMay(r, "apps-deployer", "apps", [
                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] },
                { apiGroups: [""], resources: ["namespaces"], verbs: ["patch"], resourceNames: ["sandbox"] },
            ]);
        },
    },
    {
        stack: "prod",
        name: "platform-devs create Jobs in batch (baseline) through the built-in edit and admin ClusterRoles (neither writes the Namespace)",
        edit: r => {
            namespace(r, "batch", "baseline");
            bind(r, "batch-edit", { kind: "ClusterRole", name: "edit" }, [DEVS], "batch");
            bind(r, "batch-admin", { kind: "ClusterRole", name: "admin" }, [DEVS], "batch");
        },
    },
    // (3) /var/log written only by non-root, or read-only.
    {
        stack: "pod-identity",
        name: "a root Deployment reading the node's /var/log/pods read-only",
        edit: r =>
            workload(
                r,
                DEPLOY,
                "log-tailer",
                "monitoring",
                { volumeMounts: [{ name: "pods", mountPath: "/host/pods", readOnly: true }] },
                { volumes: [{ name: "pods", hostPath: { path: "/var/log/pods" } }] },
            ),
    },
    // (4) /var/lib/docker/containers read-only below the directory.
    {
        stack: "dev",
        name: "Fluent Bit reading /var/lib/docker/containers read-only (dev, IRSA)",
        edit: r => fluentBit(r, "/var/lib/docker/containers", true),
    },
];

describe("kubernetes round 8 fixes: neighbours (custom resources, Namespace relabel, /var/log, Docker logs, two issuers)", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /^$/, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertClean(ds);
        });
    }
});
