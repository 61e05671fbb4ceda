// Red-team round 8 (final, fresh eyes) on the Containment Chamber signer stacks: dev (one account, IRSA), prod (three
// accounts, IRSA) and pod-identity (EKS Pod Identity). Shapes the earlier rounds did not try: a Pod Security label
// confining a namespace that its own tenants may relabel (RBAC "Namespace modification"), workload custom resources
// beyond Argo/Tekton/KEDA/Spark/Flux (JobSet, Knative, KubeRay, OpenKruise), a writable /var/log on the node (the
// kubelet follows symlinks there for `kubectl logs`), AWS's own Container Insights Fluent Bit DaemonSet, and on the
// AWS side TTL through the runtime role, a named cross-account deployer role, a RolePolicy through another account's
// provider, encryption-context pins and guards on the share keys, a fourth Pod Identity tag pin and a second alias.
//
// Checked and left out (not misses): a Service with externalIPs [169.254.170.23] (Pod Identity's plain-HTTP agent,
// CVE-2020-8554) is rejected by the API server (ValidateNonSpecialIP refuses link-local external IPs); a CSR for a
// kube-apiserver-client certificate is never signed by EKS (EKS user guide, "Secure workloads with Kubernetes
// certificates"; aws/containers-roadmap#1604); eks-auth:AssumeRoleForPodIdentity without a pod's token gives nothing.
//
// Insecure variants the whole pack must refuse (the refusing rule and its path message); secure variants a careful
// platform team would write, which it must accept. A case the pack still gets wrong is `skip` with a comment
// "MISS: <why>, <doc>". REDTEAM_ALL=1 runs the skipped cases too; REDTEAM_SHOW=1 prints each refusal.
import { bind, k8s, k8sRole } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    find,
    mandatoryOf,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const SHARE_B = "222222222222";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const NS = "kubernetes:core/v1:Namespace";
const SVC = "kubernetes:core/v1:Service";
const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const SA = "kubernetes:core/v1:ServiceAccount";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };

type Statement = Record<string, unknown>;

/** Edits one statement (by Sid) of a JSON policy property. */
function editStatement(r: { inputs: Record<string, unknown> }, key: string, sid: string, edit: (s: Statement) => void) {
    const res = r as Parameters<typeof prop>[0];
    const d = JSON.parse(prop(res, key) as string) as { Statement: Statement[] };
    const s = d.Statement.find(x => x.Sid === sid);
    if (!s) throw new Error(`no statement ${sid}`);
    edit(s);
    setProp(res, key, JSON.stringify(d));
}

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const signerPolicy = (r: Resources) => find(r, ROLE_POLICY, "signer-role-access");

/** A Namespace of the stack with a Pod Security enforce level. */
function namespace(r: Resources, name: string, enforce?: string): void {
    k8s(r, NS, `ns-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name, labels: enforce ? { "pod-security.kubernetes.io/enforce": enforce } : {} },
    });
}

/** A workload (DaemonSet or Deployment) with one container, the given container fields and pod spec additions. */
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
                spec: {
                    containers: [{ name, image: `registry.example.com/${name}:1.0`, ...container }],
                    ...podSpec,
                },
            },
        },
    });
}

/** A Role in `ns` with these rules, bound there to the platform-devs group. */
function devsMay(r: Resources, name: string, ns: string, rules: object[]): void {
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: "Role", name }, [DEVS], ns);
}

/** AWS Container Insights' Fluent Bit DaemonSet (aws-samples/amazon-cloudwatch-container-insights, fluent-bit.yaml). */
function containerInsightsFluentBit(r: Resources, hostNetwork: boolean): void {
    namespace(r, "amazon-cloudwatch");
    k8s(r, SA, "fluent-bit-sa", {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "fluent-bit", namespace: "amazon-cloudwatch" },
    });
    workload(
        r,
        DS,
        "fluent-bit",
        "amazon-cloudwatch",
        {
            image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
            volumeMounts: [
                { name: "fluentbitstate", mountPath: "/var/fluent-bit/state" },
                { name: "varlog", mountPath: "/var/log", readOnly: true },
                { name: "varlibdockercontainers", mountPath: "/var/lib/docker/containers", readOnly: true },
                { name: "fluent-bit-config", mountPath: "/fluent-bit/etc/" },
                { name: "runlogjournal", mountPath: "/run/log/journal", readOnly: true },
                { name: "dmesg", mountPath: "/var/log/dmesg", readOnly: true },
            ],
        },
        {
            serviceAccountName: "fluent-bit",
            terminationGracePeriodSeconds: 10,
            ...(hostNetwork ? { hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet" } : {}),
            nodeSelector: { "kubernetes.io/os": "linux" },
            volumes: [
                { name: "fluentbitstate", hostPath: { path: "/var/fluent-bit/state" } },
                { name: "varlog", hostPath: { path: "/var/log" } },
                { name: "varlibdockercontainers", hostPath: { path: "/var/lib/docker/containers" } },
                { name: "fluent-bit-config", configMap: { name: "fluent-bit-config" } },
                { name: "runlogjournal", hostPath: { path: "/run/log/journal" } },
                { name: "dmesg", hostPath: { path: "/var/log/dmesg" } },
            ],
        },
    );
}

/** A restricted, non-root container (Pod Security Standards, Restricted). */
const restrictedContainer = {
    securityContext: {
        runAsNonRoot: true,
        runAsUser: 65532,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
    },
};

type Case = {
    name: string;
    stack: "dev" | "prod" | "pod-identity";
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const insecure: Case[] = [
    // Accepted until round 10: a host-network pod reaches instance metadata whatever the hop limit, so the node role and the node's identity (eksctl 'Security'; Kubernetes 'Using Node Authorization').
    {
        stack: "prod",
        name: "AWS Container Insights' Fluent Bit DaemonSet exactly as published (root, /var/log and /var/lib/docker/containers read-only, IRSA cluster)",
        edit: r => containerInsightsFluentBit(r, true),
        refused: /on the host network, instance metadata gives it the node role whatever the hop limit/,
        policy: "custody-effective-access",
    },
    // ---- Namespace modification: a confining Pod Security label that the namespace's own tenants may rewrite.
    // Fixed (h5-k8s), was a miss: a Pod Security label confines a namespace only while nobody who may put pods there may also rewrite the
    // Namespace object: patch/update on namespaces (a RoleBinding in that namespace, or a ClusterRole) relabels it
    // `enforce: privileged`, and a privileged or hostPath pod then owns its node and every token on it. The engine
    // reads the stack's labels (podSecurityConfined) but no RBAC on `namespaces`. Kubernetes docs, "Role Based Access
    // Control Good Practices", "Namespace modification": users who can patch Namespace objects "through a namespaced
    // RoleBinding to a Role with that access" can modify its labels, and with Pod Security Admission "configure the
    // namespace for a more permissive policy than intended".
    {
        stack: "prod",
        name: "tools enforces restricted, but the group that may create pods there may also patch the Namespace (relabel it privileged)",
        edit: r => {
            namespace(r, "tools", "restricted");
            devsMay(r, "tools-dev", "tools", [
                { apiGroups: [""], resources: ["pods"], verbs: ["create", "get", "list"] },
                { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"] },
            ]);
        },
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // Fixed (h5-k8s), was a miss: as above, the Namespace write held through a cluster-wide ClusterRoleBinding (RBAC Good Practices, "Namespace
    // modification"); the Deployments then may be privileged.
    {
        stack: "pod-identity",
        name: "apps enforces baseline; its Deployments' authors also hold a ClusterRole that patches namespaces cluster-wide",
        edit: r => {
            namespace(r, "apps", "baseline");
            devsMay(r, "apps-deployer", "apps", [
                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update", "patch"] },
            ]);
            k8sRole(r, "namespace-labeler", [
                { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "list", "patch"] },
            ]);
            bind(r, "namespace-labeler", { kind: "ClusterRole", name: "namespace-labeler" }, [DEVS]);
        },
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // Fixed (h5-k8s), was a miss: as above with `update` (a PUT of the Namespace with new labels) restricted by resourceNames to the namespace
    // itself (RBAC Good Practices, "Namespace modification").
    {
        stack: "dev",
        name: "batch enforces baseline; the Job authors may also update their own Namespace object (update, resourceNames [batch])",
        edit: r => {
            namespace(r, "batch", "baseline");
            devsMay(r, "batch-runner", "batch", [
                { apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] },
                { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "update"], resourceNames: ["batch"] },
            ]);
        },
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // ---- Workload custom resources whose controllers run pods with any ServiceAccount of their namespace.
    // Fixed (h5-k8s), was a miss: the workload custom resources the engine knows are a closed list (Argo, Tekton, KEDA, Spark, Flux, Kyverno,
    // Gatekeeper: WORKLOAD_CRDS); any other controller that turns a custom resource into pods runs them with the
    // serviceAccountName its pod template names, so creating one in validators is creating a workload there (RBAC
    // Good Practices, "Workload creation"). JobSet API (jobset.x-k8s.io/v1alpha2): spec.replicatedJobs[].template is a
    // batch/v1 JobTemplateSpec, pod template included.
    {
        stack: "prod",
        name: "RBAC: platform-devs may create JobSets (jobset.x-k8s.io) in validators: the controller runs their Job templates",
        edit: r =>
            devsMay(r, "jobset-author", "validators", [
                { apiGroups: ["jobset.x-k8s.io"], resources: ["jobsets"], verbs: ["create", "get", "list"] },
            ]),
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // Fixed (h5-k8s), was a miss: as above: Knative Serving API, Service spec.template.spec is a pod spec with serviceAccountName (Knative docs,
    // "Configuring service accounts"/"Deploying from private registries").
    {
        stack: "pod-identity",
        name: "RBAC: platform-devs may create Knative Services (serving.knative.dev) in validators (spec.template.spec.serviceAccountName)",
        edit: r =>
            devsMay(r, "knative-author", "validators", [
                { apiGroups: ["serving.knative.dev"], resources: ["services"], verbs: ["create", "update"] },
            ]),
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // Fixed (h5-k8s), was a miss: as above: KubeRay RayCluster/RayJob headGroupSpec.template and workerGroupSpecs[].template are
    // PodTemplateSpecs (ray-project/kuberay API reference).
    {
        stack: "dev",
        name: "RBAC: platform-devs may create RayJobs (ray.io) in validators: KubeRay runs the head and worker pod templates",
        edit: r =>
            devsMay(r, "ray-author", "validators", [
                { apiGroups: ["ray.io"], resources: ["rayjobs", "rayclusters"], verbs: ["create", "patch"] },
            ]),
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // Fixed (h5-k8s), was a miss: as above: OpenKruise CloneSet spec.template is a PodTemplateSpec (openkruise.io, "CloneSet").
    {
        stack: "prod",
        name: "RBAC: platform-devs may create OpenKruise CloneSets (apps.kruise.io) in validators",
        edit: r =>
            devsMay(r, "kruise-author", "validators", [
                { apiGroups: ["apps.kruise.io"], resources: ["clonesets"], verbs: ["create", "update"] },
            ]),
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    // ---- A writable /var/log on the node: the kubelet reads /var/log/pods/... for `kubectl logs`, following symlinks.
    // Fixed (h5-k8s), was a miss: a root container with the node's /var/log writable owns the node's files through the kubelet: the kubelet
    // serves `kubectl logs` from /var/log/pods/<ns>_<pod>_<uid>/<container>/N.log and resolves symlinks there, so a
    // symlink to /var/lib/kubelet/pods/<signer-pod>/volumes/kubernetes.io~projected/.../token returns the signer's
    // token. exposesNode/NODE_EXECUTABLES know neither /var/log nor /var/log/pods. Aqua, KHV047 "Pod With Mount to
    // /var/log" (avd.aquasec.com/misconfig/kubernetes/khv047): "If a container has write access to /var/log it can create
    // arbitrary files, or symlink to other files on the host. Those would be read by the kubelet when a user executes
    // kubectl logs"; kubernetes/kubernetes#102170 shows the kubelet resolving symlinks in that path.
    {
        stack: "prod",
        name: "a root log-shipper DaemonSet mounting the node's /var/log writable (symlinks there make the kubelet read any node file)",
        edit: r =>
            workload(
                r,
                DS,
                "log-shipper",
                "logging",
                { volumeMounts: [{ name: "varlog", mountPath: "/var/log" }] },
                { volumes: [{ name: "varlog", hostPath: { path: "/var/log", type: "Directory" } }] },
            ),
        refused: /var\/log/,
        policy: "custody-effective-access",
    },
    // Fixed (h5-k8s), was a miss: as above, /var/log/pods itself writable (KHV047).
    {
        stack: "pod-identity",
        name: "a root Deployment in monitoring mounting the node's /var/log/pods writable",
        edit: r =>
            workload(
                r,
                DEPLOY,
                "log-tailer",
                "monitoring",
                { volumeMounts: [{ name: "pods", mountPath: "/host/pods" }] },
                { volumes: [{ name: "pods", hostPath: { path: "/var/log/pods" } }] },
            ),
        refused: /var\/log\/pods/,
        policy: "custody-effective-access",
    },
    // ---- AWS shapes around the signer's own role.
    {
        stack: "prod",
        name: "the signer may enable Time to Live on anti-slashing (dynamodb:UpdateTimeToLive: DynamoDB then deletes slashing records itself)",
        edit: r =>
            addStatements(signerPolicy(r), "policy", {
                Sid: "Housekeeping",
                Effect: "Allow",
                Action: ["dynamodb:UpdateTimeToLive", "dynamodb:DescribeTimeToLive"],
                Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-anti-slashing`,
            }),
        refused: /UpdateTimeToLive/,
    },
    {
        stack: "prod",
        name: "the signer may assume share 2's account deployer role by its exact ARN (a named role, outside the stack)",
        edit: r =>
            addStatements(signerPolicy(r), "policy", {
                Sid: "BreakGlass",
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: `arn:aws:iam::${SHARE_B}:role/custody-deployer`,
            }),
        refused: /custody-deployer/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a RolePolicy for role custody-prod-signer created through custody-b's provider (the same name in share 2's account) allowing Decrypt on key/*",
        edit: r => {
            const s2 = share(r, 2);
            r.push(
                resourceLike(s2, ROLE_POLICY, "signer-role-b-access", {
                    name: "custody-prod-signer-b",
                    role: "custody-prod-signer",
                    policy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [
                            {
                                Effect: "Allow",
                                Action: ["kms:Decrypt", "kms:Encrypt"],
                                Resource: `arn:aws:kms:eu-central-1:${SHARE_B}:key/*`,
                            },
                        ],
                    }),
                }),
            );
        },
        refused: /custody-prod-signer.*share-2|share-2.*custody-prod-signer/,
    },
    // ---- Kubernetes shapes expected to be refused (regressions of the confinement reasoning).
    {
        stack: "pod-identity",
        name: "validators itself enforces restricted, and platform-devs may create Deployments there (restricted pods may still use the signer's ServiceAccount)",
        edit: r => {
            namespace(r, "validators", "restricted");
            devsMay(r, "validators-deployer", "validators", [
                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update", "patch"] },
            ]);
        },
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: 'RBAC: create on "*/token" (every resource\'s token subresource) in validators',
        edit: r =>
            devsMay(r, "token-minter", "validators", [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }]),
        refused: /platform-devs/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    // Fixed (h5-k8s), was refused: AWS's own Container Insights Fluent Bit DaemonSet mounts /var/lib/docker/containers
    // read-only; the engine counts every path under /var/lib/docker as the node's tokens or runtime (NODE_SECRETS).
    // That directory holds Docker's per-container logs and config (on containerd nodes, EKS 1.24+, it is empty); the
    // projected ServiceAccount tokens live under /var/lib/kubelet/pods and the runtime's socket is not there, and the
    // mount is read-only. aws-samples/amazon-cloudwatch-container-insights, k8s-deployment-manifest-templates/
    // deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit.yaml ("Please don't change below
    // read-only permissions"); EKS user guide, "Set up Fluent Bit as a DaemonSet to send logs to CloudWatch Logs". On
    // the IRSA stack (prod), so the host network is no Pod Identity concern.
    {
        stack: "dev",
        name: "a root Fluent Bit DaemonSet reading /var/log read-only, its position database on /var/fluent-bit/state (writable)",
        edit: r =>
            workload(
                r,
                DS,
                "fluent-bit",
                "logging",
                {
                    volumeMounts: [
                        { name: "varlog", mountPath: "/var/log", readOnly: true },
                        { name: "state", mountPath: "/var/fluent-bit/state" },
                    ],
                },
                {
                    volumes: [
                        { name: "varlog", hostPath: { path: "/var/log" } },
                        { name: "state", hostPath: { path: "/var/fluent-bit/state", type: "DirectoryOrCreate" } },
                    ],
                },
            ),
    },
    {
        stack: "prod",
        name: "the signer's share statement split per share, each pinned by kms:EncryptionContext:custody:share",
        edit: r => {
            const rp = signerPolicy(r);
            const d = JSON.parse(prop(rp, "policy") as string) as { Statement: Statement[] };
            const i = d.Statement.findIndex(s => s.Sid === "KMSShareKeyWrap");
            const keys = d.Statement[i].Resource as string[];
            d.Statement.splice(
                i,
                1,
                ...keys.map((k, n) => ({
                    Sid: `KMSShare${n + 1}Wrap`,
                    Effect: "Allow",
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Resource: k,
                    Condition: { StringEquals: { "kms:EncryptionContext:custody:share": String(n + 1) } },
                })),
            );
            setProp(rp, "policy", JSON.stringify(d));
        },
    },
    {
        stack: "prod",
        name: "a guard Deny on each share key: no Encrypt/Decrypt without the share's encryption context",
        edit: r => {
            for (const i of [1, 2, 3])
                addStatements(share(r, i), "policy", {
                    Sid: "RequireShareContext",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Resource: "*",
                    Condition: { StringNotEquals: { "kms:EncryptionContext:custody:share": String(i) } },
                });
        },
    },
    {
        stack: "pod-identity",
        name: "the Pod Identity trust also pins aws:RequestTag/eks-cluster-name (a fourth session tag EKS sets)",
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] };
            const cond = d.Statement[0].Condition as Record<string, Record<string, unknown>>;
            cond.StringEquals["aws:RequestTag/eks-cluster-name"] = "prod-validators";
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        stack: "pod-identity",
        name: "a second, descriptive alias on share 2 in its own account (alias/custody-infra/pod-identity/signer-share-eu-central)",
        edit: r => {
            const a = find(r, ALIAS, "signer-shares-share-2-alias");
            r.push(
                resourceLike(a, ALIAS, "share-2-descriptive-alias", {
                    name: "alias/custody-infra/pod-identity/signer-share-eu-central",
                    arn: `arn:aws:kms:eu-central-1:${SHARE_B}:alias/custody-infra/pod-identity/signer-share-eu-central`,
                    targetKeyId: prop(share(r, 2), "keyId"),
                    targetKeyArn: prop(share(r, 2), "arn"),
                }),
            );
        },
    },
    {
        stack: "dev",
        name: "RBAC: the signer team may create cert-manager Certificates in validators (no pods: the issuer writes a Secret)",
        edit: r =>
            devsMay(r, "cert-requester", "validators", [
                { apiGroups: ["cert-manager.io"], resources: ["certificates"], verbs: ["create", "get", "list"] },
            ]),
    },
    {
        stack: "prod",
        name: "RBAC: a namespace-labelling group (team and cost labels) that may create no pods anywhere",
        edit: r => {
            k8sRole(r, "namespace-labeler", [
                { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "list", "patch"] },
            ]);
            bind(r, "namespace-labeler", { kind: "ClusterRole", name: "namespace-labeler" }, [DEVS]);
        },
    },
    {
        stack: "pod-identity",
        name: "an internal LoadBalancer Service (no externalIPs) for a restricted Deployment in apps",
        edit: r => {
            namespace(r, "apps", "restricted");
            workload(r, DEPLOY, "web", "apps", { ports: [{ containerPort: 8080 }], ...restrictedContainer });
            k8s(r, SVC, "web-svc", {
                apiVersion: "v1",
                kind: "Service",
                metadata: {
                    name: "web",
                    namespace: "apps",
                    annotations: { "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal" },
                },
                spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 443, targetPort: 8080 }] },
            });
        },
    },
    {
        stack: "prod",
        name: "the signer's Scan on signer-state narrowed with dynamodb:Select and dynamodb:Attributes",
        edit: r =>
            editStatement(signerPolicy(r), "policy", "DynamoDBSignerState", s => {
                s.Condition = {
                    StringEqualsIfExists: { "dynamodb:Select": "SPECIFIC_ATTRIBUTES" },
                    "ForAllValues:StringEquals": { "dynamodb:Attributes": ["pk", "sk", "state", "version"] },
                };
            }),
    },
    {
        stack: "dev",
        name: "RBAC: the on-call group may read pods and their logs in validators and delete pods (restart), nothing else",
        edit: r =>
            devsMay(r, "oncall", "validators", [
                { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["delete"] },
            ]),
    },
    {
        stack: "pod-identity",
        name: "apps enforces restricted and platform-devs may create Deployments there (no Namespace write, no custom resources)",
        edit: r => {
            namespace(r, "apps", "restricted");
            devsMay(r, "apps-deployer", "apps", [
                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update", "patch"] },
                // Round 14: no Service writes here: on a Pod Identity stack they capture the agent's traffic
                // (CVE-2020-8554; k8s14.test.ts, redteam14-k8s.test.ts).
                { apiGroups: [""], resources: ["configmaps"], verbs: ["create", "update", "patch"] },
            ]);
        },
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;

describe("allowlist: red-team round 8 on the signer stacks (dev, prod, pod-identity)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /^$/, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertClean(ds);
        });
    }
});
