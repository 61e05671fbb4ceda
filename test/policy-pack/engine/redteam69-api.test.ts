// Red-team round 69 on the Kubernetes/EKS API level (fresh eyes), on round 69's objectNamespace (k8sNamespace.ts: the
// Pulumi Kubernetes provider's `namespace` places namespaced objects without metadata.namespace).
// Probed: readers of an object's namespace outside kubernetes.ts RBAC/opaque.ts (rules/declared-role-kind-consistent.ts
// long-running pods of the provisioner; tokenSecretOf legacy token Secrets, known and unknown provider namespaces);
// provider-placed impersonation of and pods/exec next to the runtime ServiceAccount, ClusterRole edit bound in
// validators, a ServiceAccount subject without namespace; Pod Security confinement through a second provider on the
// same kubeconfig context; hostNetwork pods placed by the provider; secure twins (team-a's own ServiceAccounts, one
// named like the provisioner's; DECIDED legacy-token reads of containment-chamber).
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (5 insecure, 1 secure): declared-role-kind-consistent reads a long-running pod's namespace from metadata only
// (Deployment, CronJob by the provider's namespace basil-bootstrap, and by one unknown in the preview, running as
// basil-provisioner: accepted); tokenSecretOf reads a token Secret whose provider namespace is unknown in the preview
// as default (replicaset-controller's token read by name in kube-system accepted); builtInBindingsInUse counts a pod
// running as a kube-system controller only when its namespace is known kube-system (one unknown in the preview
// accepted); podSecurityConfined keys by provider URN, so a second provider on the same context (namespace team-a)
// makes restricted team-a read as privileged (pod creation there refused). Held: the metadata.namespace control, DeploymentPatch, the known provider namespace token
// Secret, impersonation, ClusterRole edit, SA subject without namespace, privileged team-a through either provider,
// hostNetwork; secure twins accepted.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN } from "../support";
import { describeVariants, resourceLike, StackCase } from "./support";
import { aws, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const SA = "kubernetes:core/v1:ServiceAccount";
const TEAM = [{ kind: "Group", apiGroup: RBAC, name: "team-a" }];

type R = Parameters<StackCase["edit"]>[0];

const entry = (r: R, name: string, principalArn: string, extra: object = {}) =>
    aws(r, ENTRY, name, { clusterName: "prod-validators", principalArn, type: "STANDARD", ...extra });

/** A Kubernetes object through a second provider on the stack's cluster whose default namespace is `ns`. */
const viaProvider = (r: R, ns: string, type: string, name: string, inputs: Record<string, unknown>) => {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    const res = resourceLike(like, type, name, inputs);
    res.provider = { ...res.provider!, inputs: { ...res.provider!.inputs, namespace: ns } };
    r.push(res as AnalyzerResourceInput);
};

/**
 * A Kubernetes object through a second provider resource (its own URN) on the same kubeconfig context as the stack's,
 * differing only by its default namespace `ns`.
 */
const viaSecondProvider = (r: R, ns: string, type: string, name: string, inputs: Record<string, unknown>) => {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    const res = resourceLike(like, type, name, inputs);
    const p = res.provider!;
    res.provider = {
        ...p,
        urn: p.urn.replace(/::[^:]+$/, `::${ns}-k8s`),
        name: `${ns}-k8s`,
        inputs: { ...p.inputs, namespace: ns },
    };
    r.push(res as AnalyzerResourceInput);
};

/**
 * Moves the stack's ServiceAccount `name` (its metadata.namespace dropped) to its provider with the default namespace
 * `ns`.
 */
const rehome = (r: R, name: string, ns: string) => {
    const sa = r.find(x => x.type === SA && (x.inputs.metadata as { name?: string } | undefined)?.name === name);
    if (!sa) throw new Error(`no ServiceAccount ${name} in the fixture`);
    const strip = (v: Record<string, unknown> | undefined) => {
        if (!v) return v;
        const metadata = { ...(v.metadata as Record<string, unknown>) };
        delete metadata.namespace;
        return { ...v, metadata };
    };
    sa.inputs = strip(sa.inputs)!;
    sa.outputs = strip(sa.outputs);
    sa.provider = { ...sa.provider!, inputs: { ...sa.provider!.inputs, namespace: ns } };
};

/** As viaSecondProvider, the second provider's kubeconfig context being `context`. */
const viaContext =
    (context: unknown) => (r: R, ns: string, type: string, name: string, inputs: Record<string, unknown>) => {
        viaSecondProvider(r, ns, type, name, inputs);
        const res = r[r.length - 1];
        res.provider = { ...res.provider!, inputs: { ...res.provider!.inputs, context } };
    };

/** A Role and RoleBinding (no metadata.namespace) through `place`, letting `subjects` do `rules`. */
const placedRole = (place: typeof viaProvider, r: R, ns: string, name: string, rules: object[], subjects: object[]) => {
    place(r, ns, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name },
        rules,
    });
    place(r, ns, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name },
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects,
    });
};

const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }];

const RESTRICTED = {
    runAsNonRoot: true,
    runAsUser: 1000,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

/** A restricted Deployment running as `sa`, its namespace `own` (metadata) or else the provider's. */
const deployment = (name: string, sa: string, own?: string) => ({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: own === undefined ? { name } : { name, namespace: own },
    spec: {
        selector: { matchLabels: { app: name } },
        template: {
            metadata: { labels: { app: name } },
            spec: {
                serviceAccountName: sa,
                automountServiceAccountToken: true,
                containers: [
                    {
                        name: "watch",
                        image: "public.ecr.aws/aws-cli/aws-cli:2.17.0",
                        securityContext: RESTRICTED,
                    },
                ],
            },
        },
    },
});

/** A legacy token Secret (no metadata.namespace: placed by `place`) of ServiceAccount `sa`. */
const tokenSecret = (place: typeof viaProvider, r: R, ns: string, name: string, sa: string) =>
    place(r, ns, "kubernetes:core/v1:Secret", `provns-${name}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, annotations: { "kubernetes.io/service-account.name": sa } },
    });

const namedSecretRead = (name: string) => [
    { apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: [name] },
];

/** A Namespace declared through the stack's own provider, its Pod Security enforce label `level`. */
const psaNamespace = namespace;

const insecure: StackCase[] = [
    // Was a MISS (fixed in round 70): seed 004 ("the provisioner is a one-shot bootstrap job"); the pack's own rule
    // declared-role-kind-consistent refuses a long-running pod running as a ServiceAccount annotated with a declared
    // provisioner role (the control below, metadata.namespace basil-bootstrap, is refused). The same Deployment without
    // metadata.namespace through a Kubernetes provider whose `namespace` is basil-bootstrap is created in
    // basil-bootstrap (pulumi-kubernetes Provider input `namespace`: "If present, the default namespace to use. This
    // flag is ignored for cluster-scoped resources"; precedence metadata.namespace, then the provider's, then the
    // kubeconfig context's) and runs as basil-bootstrap/basil-provisioner, keeping the provisioner's IRSA role (catalog
    // key creation) in a pod that never ends. Accepted: policy-pack/rules/declared-role-kind-consistent.ts
    // longRunningServiceAccounts keys the pod by knownString(r.props.metadata, "namespace") ?? "default" (so
    // default/basil-provisioner), and the ServiceAccount side (`String(md.namespace ?? "default")`) likewise ignores
    // the provider. Fix: read both with engine/k8sNamespace.ts objectNamespace (and namespaceUnknown: a pod whose
    // namespace is unknown in the preview may be in any namespace, matching every ServiceAccount of that name).
    {
        name: "a Deployment by the provider's namespace basil-bootstrap (no metadata.namespace) running as basil-provisioner",
        stack: "basil",
        edit: r =>
            viaProvider(
                r,
                "basil-bootstrap",
                "kubernetes:apps/v1:Deployment",
                "provns-bootstrap-watch",
                deployment("bootstrap-watch", "basil-provisioner"),
            ),
        refused: /basil-provisioner/,
    },
    // Was a MISS (fixed in round 70): the same as the Deployment above (declared-role-kind-consistent
    // longRunningServiceAccounts reads metadata.namespace only), for a CronJob (Kubernetes "CronJob": it "creates Jobs
    // on a repeating schedule", so the provisioner's role keeps coming back; the rule counts every workload kind but a
    // one-shot Job) placed in basil-bootstrap by the provider's namespace. Fix: objectNamespace there.
    {
        name: "a CronJob by the provider's namespace basil-bootstrap running as basil-provisioner every 5 minutes",
        stack: "basil",
        edit: r =>
            viaProvider(r, "basil-bootstrap", "kubernetes:batch/v1:CronJob", "provns-bootstrap-cron", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "bootstrap-cron" },
                spec: {
                    schedule: "*/5 * * * *",
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: {
                                    ...deployment("x", "basil-provisioner").spec.template.spec,
                                    restartPolicy: "OnFailure",
                                },
                            },
                        },
                    },
                },
            }),
        refused: /basil-provisioner/,
    },
    // Was a MISS (fixed in round 70): as above, with the namespace unknown during the preview (a provider whose
    // namespace is another resource's output): the pod may be in basil-bootstrap, so it may run as the provisioner (the
    // pack's rule is that an unknown namespace is any: engine/k8sNamespace.ts namespaceUnknown).
    // longRunningServiceAccounts' knownString reads it as "default". Fix: an unknown namespace matches a ServiceAccount
    // of that name in every namespace.
    {
        name: "a Deployment by a provider namespace unknown during the preview running as basil-provisioner",
        stack: "basil",
        edit: r =>
            viaProvider(
                r,
                UNKNOWN,
                "kubernetes:apps/v1:Deployment",
                "unknown-bootstrap-watch",
                deployment("bootstrap-watch", "basil-provisioner"),
            ),
        refused: /basil-provisioner/,
    },
    {
        name: "control: a Deployment with metadata.namespace basil-bootstrap running as basil-provisioner",
        stack: "basil",
        edit: r =>
            k8s(
                r,
                "kubernetes:apps/v1:Deployment",
                "own-bootstrap-watch",
                deployment("bootstrap-watch", "basil-provisioner", "basil-bootstrap"),
            ),
        refused: /basil-provisioner/,
        policy: "declared-role-kind-consistent",
    },
    // Round 70 neighbours (the ServiceAccount side of longRunningServiceAccounts' match): the provisioner's
    // ServiceAccount itself placed by its provider's namespace basil-bootstrap (no metadata.namespace), a Deployment
    // with metadata.namespace basil-bootstrap running as it; and the ServiceAccount's provider namespace unknown during
    // the preview (it may be team-a's), a Deployment in team-a running as basil-provisioner.
    {
        name: "the provisioner's ServiceAccount by the provider's namespace basil-bootstrap, a Deployment in basil-bootstrap running as it",
        stack: "basil",
        edit: r => {
            rehome(r, "basil-provisioner", "basil-bootstrap");
            k8s(
                r,
                "kubernetes:apps/v1:Deployment",
                "own-bootstrap-watch",
                deployment("bootstrap-watch", "basil-provisioner", "basil-bootstrap"),
            );
        },
        refused: /basil-provisioner/,
        policy: "declared-role-kind-consistent",
    },
    {
        name: "the provisioner's ServiceAccount by a provider namespace unknown during the preview, a Deployment in team-a running as basil-provisioner",
        stack: "basil",
        edit: r => {
            rehome(r, "basil-provisioner", UNKNOWN);
            k8s(
                r,
                "kubernetes:apps/v1:Deployment",
                "team-a-prov-watch",
                deployment("bootstrap-watch", "basil-provisioner", "team-a"),
            );
        },
        refused: /basil-provisioner/,
        policy: "declared-role-kind-consistent",
    },
    // Round 70 neighbour (serviceaccount-role-agree reads the ServiceAccount's namespace where the provider puts it):
    // containment-chamber moved to team-a by its provider's namespace, the signer role's trust pinning
    // validators/containment-chamber.
    {
        name: "the signer's ServiceAccount by the provider's namespace team-a (trust pins validators)",
        stack: "prod",
        edit: r => rehome(r, "containment-chamber", "team-a"),
        refused: /team-a\/containment-chamber|system:serviceaccount:team-a:containment-chamber/,
        policy: "serviceaccount-role-agree",
    },
    {
        name: "a DeploymentPatch by the provider's namespace basil-bootstrap switching basil-sidecar to basil-provisioner",
        stack: "basil",
        edit: r =>
            viaProvider(r, "basil-bootstrap", "kubernetes:apps/v1:DeploymentPatch", "provns-sidecar-patch", {
                metadata: { name: "basil-sidecar" },
                spec: { template: { spec: { serviceAccountName: "basil-provisioner" } } },
            }),
        refused: /basil-sidecar/,
    },
    // A legacy token Secret of kube-system's replicaset-controller (creates pods as any ServiceAccount: the pack's
    // MINTED_TOKEN_WHY) placed in kube-system by the provider's namespace, read by name by team-a (tokenSecretOf reads
    // meta(), objectNamespace).
    {
        name: "a legacy token Secret of replicaset-controller by the provider's namespace kube-system, team-a reading it by name",
        stack: "prod",
        edit: r => {
            tokenSecret(viaProvider, r, "kube-system", "rs-token", "replicaset-controller");
            roleFor(r, "rs-token-reader", namedSecretRead("rs-token"), TEAM, "kube-system");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /rs-token/,
    },
    // Was a MISS (fixed in round 70): a Secret of type kubernetes.io/service-account-token annotated
    // kubernetes.io/service-account.name is filled by the control plane with a non-expiring token of that
    // ServiceAccount of the Secret's namespace (Kubernetes "Configure Service Accounts for Pods", "Manually create an
    // API token for a ServiceAccount"). Through a provider whose `namespace` is unknown during the preview (another
    // resource's output), this one may be in kube-system, where team-a reads it by name and becomes
    // replicaset-controller (pods as any ServiceAccount: containment-chamber's IRSA role). The known-namespace
    // neighbour above is refused; here policy-pack/engine/kubernetes.ts tokenSecretOf takes `m.namespace ?? "default"`
    // (objectNamespace is undefined when unknown), so the Secret is read as default/rs-token and no reader matches.
    // Fix: tokenSecretOf returns namespace "*" when namespaceUnknown(r), and builtInBindingsInUse matches readers of
    // that name in any namespace (the token's ServiceAccount in each).
    {
        name: "a legacy token Secret of replicaset-controller by a provider namespace unknown during the preview, team-a reading it by name in kube-system",
        stack: "prod",
        edit: r => {
            tokenSecret(viaProvider, r, UNKNOWN, "rs-token", "replicaset-controller");
            roleFor(r, "rs-token-reader-unknown", namedSecretRead("rs-token"), TEAM, "kube-system");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /rs-token|unknown/,
    },
    {
        name: "a Role and RoleBinding by the provider's namespace validators impersonating containment-chamber",
        stack: "prod",
        edit: r => {
            placedRole(
                viaProvider,
                r,
                "validators",
                "chamber-imp",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                TEAM,
            );
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /chamber-imp/,
    },
    {
        name: "a RoleBinding by the provider's namespace validators granting ClusterRole edit to team-a",
        stack: "prod",
        edit: r => {
            viaProvider(r, "validators", `kubernetes:${RBAC}/v1:RoleBinding`, "provns-validators-edit", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "team-a-edit" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "edit" },
                subjects: TEAM,
            });
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /team-a-edit/,
    },
    // A RoleBinding's ServiceAccount subject without a namespace is the binding's (Kubernetes RBAC authorizer,
    // appliesToUser: an empty subject namespace takes the binding's): team-a's runner is not that subject; the
    // provider's namespace validators places the binding, so validators/runner (no such ServiceAccount yet: anyone
    // who may create ServiceAccounts there) gets pods/exec in validators.
    {
        name: "a Role and RoleBinding by the provider's namespace validators giving pods/exec to a ServiceAccount subject without namespace",
        stack: "prod",
        edit: r =>
            placedRole(
                viaProvider,
                r,
                "validators",
                "runner-exec",
                [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] }],
                [{ kind: "ServiceAccount", name: "runner" }],
            ),
        refused: /runner-exec/,
    },
    // Through a second provider resource (same kubeconfig context, default namespace team-a) the pack reads team-a as
    // not confined by Pod Security (podSecurityConfined: a Namespace confines only through every provider), so pod
    // creation there may be privileged (hostPath /, hostNetwork: node credentials). With team-a labelled privileged it
    // is so in fact.
    {
        name: "a second provider (namespace team-a) placing a Role and RoleBinding creating pods in team-a, team-a enforcing privileged",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a", "privileged");
            placedRole(viaSecondProvider, r, "team-a", "team-a-priv-pods", POD_CREATE, TEAM);
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /team-a-priv-pods/,
    },
    // Round 70 neighbours (podSecurityConfined, kubernetesClusterKey): a second provider on another kubeconfig
    // context (another cluster: team-a's restricted label through the stack's provider confines nothing there), and
    // one whose context is unknown during the preview (may be another).
    {
        name: "a second provider on another kubeconfig context (namespace team-a) creating pods in team-a, restricted on the stack's",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a");
            placedRole(viaContext("staging-validators"), r, "team-a", "team-a-2c-pods", POD_CREATE, TEAM);
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /team-a-2c-pods/,
    },
    {
        name: "a second provider whose kubeconfig context is unknown during the preview creating pods in team-a, restricted on the stack's",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a");
            placedRole(viaContext(UNKNOWN), r, "team-a", "team-a-uc-pods", POD_CREATE, TEAM);
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /team-a-uc-pods|unknown/,
    },
    {
        name: "control: a Role and RoleBinding with metadata.namespace team-a creating pods, team-a enforcing privileged",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a", "privileged");
            roleFor(r, "team-a-own-priv-pods", POD_CREATE, TEAM, "team-a");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /team-a-own-priv-pods/,
    },
    {
        name: "a hostNetwork Deployment by the provider's namespace team-a (privileged) running as team-a's ServiceAccount (node IMDS)",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a", "privileged");
            viaProvider(r, "team-a", SA, "provns-team-a-hn-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "netwatch" },
            });
            const d = deployment("netwatch", "netwatch");
            (d.spec.template.spec as Record<string, unknown>).hostNetwork = true;
            viaProvider(r, "team-a", "kubernetes:apps/v1:Deployment", "provns-team-a-hn", d);
        },
        refused: /netwatch/,
    },
    // A pod of the stack running as a kube-system controller's ServiceAccount puts that controller's bootstrap
    // bindings in use (kubernetes.ts builtInBindingsInUse, `meta(r).namespace !== "kube-system"`): its code holds
    // replicaset-controller's token (pods as any ServiceAccount). Known kube-system, and a provider namespace unknown
    // during the preview (may be kube-system).
    {
        name: "control: a Deployment with metadata.namespace kube-system running as replicaset-controller",
        stack: "prod",
        edit: r =>
            k8s(
                r,
                "kubernetes:apps/v1:Deployment",
                "ks-rs-watch",
                deployment("rs-watch", "replicaset-controller", "kube-system"),
            ),
        refused: /rs-watch|replicaset-controller/,
    },
    // Was a MISS (fixed in round 70): a pod runs with the token of its ServiceAccount in its own namespace (Kubernetes
    // "Configure Service Accounts for Pods": a Pod authenticates as a ServiceAccount of its namespace); with the
    // provider's namespace unknown during the preview this Deployment may be in kube-system, running as
    // replicaset-controller, whose bootstrap ClusterRole creates pods as any ServiceAccount (containment-chamber's IRSA
    // role: the control and the known kube-system neighbour are refused so). Accepted: policy-pack/engine/kubernetes.ts
    // builtInBindingsInUse skips a pod unless `meta(r).namespace === "kube-system"` (undefined when unknown). Fix: also
    // count a pod whose namespaceUnknown(r) (the rule 4a4c48f applied to rendered pods: an unknown namespace may be
    // any).
    {
        name: "a Deployment by a provider namespace unknown during the preview running as replicaset-controller",
        stack: "prod",
        edit: r =>
            viaProvider(
                r,
                UNKNOWN,
                "kubernetes:apps/v1:Deployment",
                "unknown-rs-watch",
                deployment("rs-watch", "replicaset-controller"),
            ),
        refused: /rs-watch|replicaset-controller/,
    },
    {
        name: "a Deployment by the provider's namespace kube-system running as replicaset-controller",
        stack: "prod",
        edit: r =>
            viaProvider(
                r,
                "kube-system",
                "kubernetes:apps/v1:Deployment",
                "provns-rs-watch",
                deployment("rs-watch", "replicaset-controller"),
            ),
        refused: /rs-watch|replicaset-controller/,
    },
];

const secure: StackCase[] = [
    // DECIDED (round 34, redteam34-secure I1-I3): a legacy token is no AWS credential (IRSA/Pod Identity take only
    // projected tokens of the cluster's OIDC issuer with their audience), and containment-chamber holds no RBAC, so
    // reading its legacy token Secret is accepted; the same whether the Secret's namespace is metadata's or the
    // provider's.
    {
        name: "DECIDED: a legacy token Secret of containment-chamber by the provider's namespace validators, team-a reading it by name",
        stack: "prod",
        edit: r => {
            tokenSecret(viaProvider, r, "validators", "chamber-token", "containment-chamber");
            roleFor(r, "chamber-token-reader", namedSecretRead("chamber-token"), TEAM, "validators");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "DECIDED control: the same token Secret with metadata.namespace validators, team-a reading it by name",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "own-chamber-token", {
                apiVersion: "v1",
                kind: "Secret",
                type: "kubernetes.io/service-account-token",
                metadata: {
                    name: "chamber-token",
                    namespace: "validators",
                    annotations: { "kubernetes.io/service-account.name": "containment-chamber" },
                },
            });
            roleFor(r, "own-chamber-token-reader", namedSecretRead("chamber-token"), TEAM, "validators");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "a restricted Deployment by the provider's namespace team-a running as team-a's own ServiceAccount",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            viaProvider(r, "team-a", SA, "provns-team-a-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "watcher" },
            });
            viaProvider(
                r,
                "team-a",
                "kubernetes:apps/v1:Deployment",
                "provns-team-a-watch",
                deployment("watch", "watcher"),
            );
        },
    },
    // A long-running Deployment in team-a (provider's namespace) running as team-a's own ServiceAccount that happens
    // to be called basil-provisioner: not the provisioner's (ServiceAccounts are namespaced), so nothing of seed 004.
    {
        name: "a Deployment by the provider's namespace team-a running as team-a's own ServiceAccount named basil-provisioner",
        stack: "basil",
        edit: r => {
            namespace(r, "team-a");
            viaProvider(r, "team-a", SA, "provns-team-a-prov-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "basil-provisioner" },
            });
            viaProvider(
                r,
                "team-a",
                "kubernetes:apps/v1:Deployment",
                "provns-team-a-prov",
                deployment("watch", "basil-provisioner"),
            );
        },
    },
    // Was a MISS (fixed in round 70) (over-refusal): a common Pulumi pattern is one Kubernetes provider per team
    // namespace, the same kubeconfig context with its own default `namespace` (pulumi-kubernetes ProviderArgs:
    // `context` "If present, the name of the kubeconfig context to use"; `namespace` "If present, the default namespace
    // to use"; both providers read the same ambient kubeconfig, so the same cluster). team-a is declared restricted
    // through the stack's provider, so the pods team-a creates there are confined (Kubernetes "Pod Security Admission":
    // the enforce label is on the Namespace object); the same Role/RoleBinding through the stack's own provider is
    // accepted (the control below). Refused: policy-pack/engine/kubernetes.ts podSecurityConfined keys confinement by
    // provider URN ("a name is confined only when the Namespace confines it through every provider"), so team-a reads
    // as privileged through the second provider and pod creation as owning the node (containment-chamber's IRSA role).
    // Fix: treat two providers as one cluster when their cluster-selecting inputs (kubeconfig, context, cluster,
    // clusterIdentifier) are known and equal, the default namespace and client settings aside.
    {
        name: "a second provider (same kubeconfig context, namespace team-a) placing a Role and RoleBinding creating pods in team-a (restricted)",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a");
            placedRole(viaSecondProvider, r, "team-a", "team-a-2p-pods", POD_CREATE, TEAM);
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "control: a Role and RoleBinding with metadata.namespace team-a (restricted) creating pods",
        stack: "prod",
        edit: r => {
            psaNamespace(r, "team-a");
            roleFor(r, "team-a-own-pods", POD_CREATE, TEAM, "team-a");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
    },
    // Round 70 neighbours, secure twins of the fixes: the signer's ServiceAccount placed by its provider's namespace
    // validators (where its trust pins it); the provisioner's ServiceAccount placed by its provider's namespace
    // basil-bootstrap, run by a one-shot Job there; a legacy token Secret of replicaset-controller whose provider
    // namespace is unknown, read by name only in team-a (if it is there it is team-a's replicaset-controller, which
    // holds nothing); a pod whose provider namespace is unknown running as a ServiceAccount no controller has.
    {
        name: "the signer's ServiceAccount by the provider's namespace validators (no metadata.namespace)",
        stack: "prod",
        edit: r => rehome(r, "containment-chamber", "validators"),
    },
    {
        name: "the provisioner's ServiceAccount by the provider's namespace basil-bootstrap, a one-shot Job there running as it",
        stack: "basil",
        edit: r => {
            rehome(r, "basil-provisioner", "basil-bootstrap");
            const pod = deployment("x", "basil-provisioner").spec.template.spec;
            viaProvider(r, "basil-bootstrap", "kubernetes:batch/v1:Job", "provns-bootstrap-job", {
                apiVersion: "batch/v1",
                kind: "Job",
                metadata: { name: "bootstrap-once" },
                spec: { template: { spec: { ...pod, restartPolicy: "Never" } } },
            });
        },
    },
    {
        name: "a legacy token Secret of replicaset-controller by a provider namespace unknown during the preview, team-a reading it by name only in team-a",
        stack: "prod",
        edit: r => {
            tokenSecret(viaProvider, r, UNKNOWN, "rs-token", "replicaset-controller");
            roleFor(r, "rs-token-reader-team-a", namedSecretRead("rs-token"), TEAM, "team-a");
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
    },
    {
        name: "a restricted Deployment by a provider namespace unknown during the preview running as watcher (no controller's)",
        stack: "prod",
        edit: r =>
            viaProvider(r, UNKNOWN, "kubernetes:apps/v1:Deployment", "unknown-watch", deployment("watch", "watcher")),
    },
];

describeVariants("red team 69: Kubernetes/EKS API level", insecure, secure);
