// Red-team round 90 on the Kubernetes/EKS API level (suffix -rt90k): new classes and neighbours of round 87/88's rules.
// Probed: (RA) relabel-alone neighbours: a confined Namespace deleted and created again unlabelled (delete + create
// namespaces, with and without an AmazonEKSEditPolicy scoped to it by name), `resourceNames: []` (explicit empty),
// a `*`/`*` rule by the namespace's name, escalate by name of the holder's own Role, a ClusterRole joining `edit` by
// aggregate-to-edit, an Edit policy scoped to `team-*` in the IRSA stack; (AD) admission that rewrites Namespaces or
// RBAC: a MutatingAdmissionPolicy on namespaces, Kyverno mutate of Namespace labels, a Kyverno generate of a
// RoleBinding in validators, a namespaced Kyverno Policy, Gatekeeper ModifySet and AssignImage; (WC) pod templates in
// CRDs (Argo Workflows, KEDA ScaledJob, Tekton TaskRun, Knative Service); (TK) token minting with
// `resourceNames: []`; (NP) node pins by the kubernetes.io/hostname label beside a node write, a CronJob's pin.
// Secure neighbours: `view` in validators (directly and through EKS kubernetesGroups), a CI deployer from another
// namespace, Prometheus with nonResourceURLs, a role editor without escalate, nodes/proxy through a RoleBinding, a
// validate-only Kyverno policy, a CronJob projecting a Vault token, a StatefulSet's hostPath pinned to another node,
// View scoped to namespaces, CRD readers, a namespace provisioner (create only), a janitor (delete only), a
// ValidatingAdmissionPolicy freezing Pod Security labels, a nodeName pin beside `patch nodes`.
// Round 90 fixer (fix90-k8s): all 5 misses fixed and unskipped ("Was a MISS (fixed in round 90)"), with `-fix90`
// neighbours on both sides at the end of each list.
// Round 90 fixer (fix90-g3): NODE-LABEL-PIN neighbours: a PersistentVolume's own nodeAffinity pinned by the hostname
// label (NP6, NP8, NP10; S22, S23, S25) and mutating admission on Node objects as a node label writer (webhooks on
// nodes or nodes/status, a MutatingAdmissionPolicy, a writer of mutating admission objects: NP7-NP10; S24-S26).
// Misses (4 insecure accepted, 1 secure refused), as found:
// - class NAMESPACE-RECREATE (delete + create of a confined Namespace is a relabel: the new object carries no Pod
//   Security label; kubernetes.ts namespaceWritesOfRules reads only update/patch/`*`, and the access-policy branch
//   likewise): RA1, RA1b.
// - class NODE-LABEL-PIN (a pin by the kubernetes.io/hostname label holds only while no one may rewrite node labels;
//   podStorage.ts podPinnedNodes/termsPinnedNodes trust the label): NP1, NP3.
// - secure refused, class CLUSTER-SCOPED-VIA-ROLEBINDING (a RoleBinding grants nothing on cluster-scoped resources
//   such as nodes/proxy; kubernetes.ts saPowerOfRule counts nodes/proxy whatever the binding): S5.
// Written as secure, rightly refused, kept as insecure: S2b (Service writes in the Pod Identity stack, round 88 E9).
// Held: 18 of 22 insecure refused (RA2-RA6, AD1-AD6, WC1-WC4, TK1, NP2, S2b; AD5/AD6 as unread custom resources);
// 14 of 15 secure clean.
import { describeVariants, StackCase } from "./support";
import { aws, k8s, namespace } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";
const NODE_A = "ip-10-0-1-10.eu-west-1.compute.internal";
const NODE_B = "ip-10-0-2-20.eu-west-1.compute.internal";

type R = Parameters<StackCase["edit"]>[0];
type Subject = { kind: "User" | "Group" | "ServiceAccount"; name: string; namespace?: string };

const user = (name: string): Subject => ({ kind: "User", name });
const group = (name: string): Subject => ({ kind: "Group", name });
const sa = (ns: string, name: string): Subject => ({ kind: "ServiceAccount", name, namespace: ns });
const subjectOf = (s: Subject) => (s.kind === "ServiceAccount" ? s : { ...s, apiGroup: RBAC });

/** A hardened container (restricted profile) with these extra fields. */
const container = (extra: Record<string, unknown> = {}) => ({
    name: "app",
    image: "registry.example.com/app:1.0",
    securityContext: {
        allowPrivilegeEscalation: false,
        runAsNonRoot: true,
        runAsUser: 65532,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
    },
    ...extra,
});

/** A workload `kind` in `ns` running as ServiceAccount `saName` with these pod spec fields (apps/v1 or batch/v1). */
const workload = (
    r: R,
    kind: "Deployment" | "StatefulSet" | "CronJob",
    name: string,
    ns: string,
    saName: string,
    spec: Record<string, unknown>,
) => {
    const apiGroup = kind === "CronJob" ? "batch" : "apps";
    const podSpec = {
        serviceAccountName: saName,
        containers: [container()],
        ...(kind === "CronJob" ? { restartPolicy: "Never" } : {}),
        ...spec,
    };
    const template = { metadata: { labels: { app: name } }, spec: podSpec };
    k8s(r, `kubernetes:${apiGroup}/v1:${kind}`, `${name}-${kind.toLowerCase()}`, {
        apiVersion: `${apiGroup}/v1`,
        kind,
        metadata: { name, namespace: ns },
        spec:
            kind === "CronJob"
                ? { schedule: "0 3 * * *", jobTemplate: { spec: { template } } }
                : {
                      selector: { matchLabels: { app: name } },
                      ...(kind === "StatefulSet" ? { serviceName: name } : {}),
                      template,
                  },
    });
};

/** A Role (namespace given) or ClusterRole `name` with these rules (and metadata labels). */
const role = (r: R, name: string, rules: unknown[], ns?: string, labels?: Record<string, string>) =>
    k8s(r, `kubernetes:${RBAC}/v1:${ns ? "Role" : "ClusterRole"}`, `${name}-${ns ?? "cluster"}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: ns ? "Role" : "ClusterRole",
        metadata: { name, ...(ns ? { namespace: ns } : {}), ...(labels ? { labels } : {}) },
        rules,
    });

/** A RoleBinding in `ns` (or a ClusterRoleBinding) of role `roleKind`/`roleName` to `subjects`. */
const bind = (
    r: R,
    name: string,
    roleKind: "Role" | "ClusterRole",
    roleName: string,
    subjects: Subject[],
    ns?: string,
) =>
    k8s(r, `kubernetes:${RBAC}/v1:${ns ? "RoleBinding" : "ClusterRoleBinding"}`, `${name}-${ns ?? "cluster"}-rb`, {
        apiVersion: `${RBAC}/v1`,
        kind: ns ? "RoleBinding" : "ClusterRoleBinding",
        metadata: { name, ...(ns ? { namespace: ns } : {}) },
        roleRef: { apiGroup: RBAC, kind: roleKind, name: roleName },
        subjects: subjects.map(subjectOf),
    });

/** A Role in `ns` with these rules bound there to `subjects` (User auditor by default). */
const grant = (r: R, name: string, rules: unknown[], ns = "validators", subjects: Subject[] = [user("auditor")]) => {
    role(r, name, rules, ns);
    bind(r, name, "Role", name, subjects, ns);
};

/** A ClusterRole with these rules bound cluster-wide to `subjects` (User auditor by default). */
const clusterGrant = (r: R, name: string, rules: unknown[], subjects: Subject[] = [user("auditor")]) => {
    role(r, name, rules);
    bind(r, name, "ClusterRole", name, subjects);
};

const rule = (groups: string[], resources: string[], verbs: string[], resourceNames?: string[]) => ({
    apiGroups: groups,
    resources,
    verbs,
    ...(resourceNames ? { resourceNames } : {}),
});

/** An EKS access entry for platform-ops (type, groups, userName) and, unless policy is "", one access policy. */
const accessPolicy = (r: R, id: string, policy: string, namespaces?: string[], entry: Record<string, unknown> = {}) => {
    aws(r, ENTRY, `ops-${id}`, { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "STANDARD", ...entry });
    if (policy !== "")
        aws(r, ASSOC, `ops-${id}-assoc`, {
            clusterName: "prod-validators",
            principalArn: OPS_ROLE,
            policyArn: `${POLICY}/${policy}`,
            accessScope: namespaces ? { type: "namespace", namespaces } : { type: "cluster" },
        });
};

/** A declared object of any kind: `type` is the Pulumi type, `body` its apiVersion/kind/metadata/spec. */
const object = (r: R, type: string, name: string, body: Record<string, unknown>) => k8s(r, type, name, body);

/** A Deployment of `ns`/`saName` mounting hostPath /data/cc writable, with these node pins (round 87's N cases). */
const hostPathPod = (
    r: R,
    kind: "Deployment" | "StatefulSet" | "CronJob",
    name: string,
    ns: string,
    saName: string,
    pins: Record<string, unknown>,
) =>
    workload(r, kind, name, ns, saName, {
        volumes: [{ name: "state", hostPath: { path: "/data/cc", type: "DirectoryOrCreate" } }],
        containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
        ...pins,
    });
const custodyHost = (r: R, pins: Record<string, unknown>) =>
    hostPathPod(r, "Deployment", "cchost90", "validators", "containment-chamber", pins);

/** A Kyverno ClusterPolicy (kyverno.io/v1) with these rules. */
const kyvernoPolicy = (r: R, name: string, rules: unknown[], extra: Record<string, unknown> = {}) =>
    object(r, "kubernetes:kyverno.io/v1:ClusterPolicy", `${name}-kyverno`, {
        apiVersion: "kyverno.io/v1",
        kind: "ClusterPolicy",
        metadata: { name },
        spec: { ...extra, rules },
    });

/** A required node affinity (pod or PersistentVolume) of one term: kubernetes.io/hostname In `values`. */
const hostnameTerm = (values: string[]) => ({
    nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values }] }],
});

/**
 * A hostPath /data/cc PersistentVolume `name` with node affinity `nodeAffinity` (its `required`), bound to claim
 * `ns`/`name`, mounted writable by a Deployment of `ns`/`saName` with no node pin of its own.
 */
const hostPathPvPod = (r: R, name: string, ns: string, saName: string, nodeAffinity: Record<string, unknown>) => {
    object(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "1Gi" },
            accessModes: ["ReadWriteOnce"],
            storageClassName: "manual",
            claimRef: { namespace: ns, name },
            hostPath: { path: "/data/cc", type: "DirectoryOrCreate" },
            nodeAffinity: { required: nodeAffinity },
        },
    });
    object(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name, namespace: ns },
        spec: {
            storageClassName: "manual",
            volumeName: name,
            accessModes: ["ReadWriteOnce"],
            resources: { requests: { storage: "1Gi" } },
        },
    });
    workload(r, "Deployment", name, ns, saName, {
        volumes: [{ name: "state", persistentVolumeClaim: { claimName: name } }],
        containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
    });
};

/** A MutatingWebhookConfiguration `name` with one webhook (served in ops-system) of these rules and extra fields. */
const mutatingWebhook = (r: R, name: string, rules: unknown[], extra: Record<string, unknown> = {}) =>
    object(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", `${name}-mwh`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                clientConfig: { service: { name, namespace: "ops-system", path: "/mutate" } },
                rules,
                ...extra,
            },
        ],
    });

/** An admission rule of the core group on `resources` for `operations`. */
const coreRule = (resources: string[], operations: string[]) => ({
    apiGroups: [""],
    apiVersions: ["v1"],
    operations,
    resources,
});

const insecure: StackCase[] = [
    // ---- Class RA (relabel-alone neighbours): grants that rewrite a Namespace the stack confines (restricted team-a).
    // Kubernetes "Namespaces", Deleting a namespace: "Deleting a namespace will delete everything under the
    // namespace"; created again by its holder, the Namespace carries no Pod Security label, and Pod Security admission
    // then applies the cluster default (EKS: privileged; "Pod Security Admission", "Pod Security Standards"). An EKS
    // access policy is scoped by namespace NAME (EKS API AccessScope: "A Kubernetes namespace that an access policy is
    // scoped to"), so the Edit holder's pod creation survives the delete and runs privileged pods in the new team-a.
    // Was a MISS (fixed in round 90): NAMESPACE-RECREATE. Kubernetes "Namespaces" ("Deleting a namespace will delete
    // everything under the namespace") and "Using RBAC Authorization" ("You cannot restrict create or deletecollection
    // requests by their resource name"): the holder deletes team-a and creates it again without the enforce label, and
    // its Edit policy, scoped by name, survives. Fixed in policy-pack/engine/kubernetes.ts namespaceRecreatesOfRules:
    // `delete` of a Namespace (by name or all) held with a usable `create namespaces` (or `*`), in one rule set
    // (namespaceWritesOfRules) or through two cluster-wide bindings of one subject (paired after the bindings loop), is
    // a write of it, feeding relabelOf / relabelGrants as update/patch do. DECIDED (round 90): delete + create alone is
    // refused, as round 88's relabel-alone decision reads a patch of the labels (relabelAlone).
    {
        name: "RA1 restricted team-a + access entry kubernetesGroups [ns-admins] with ClusterRole create/delete namespaces + AmazonEKSEditPolicy scoped to team-a-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "nsrec90", "AmazonEKSEditPolicy", ["team-a"], { kubernetesGroups: ["ns-admins"] });
            clusterGrant(r, "nsrec90", [rule([""], ["namespaces"], ["get", "create", "delete"])], [group("ns-admins")]);
        },
    },
    // "Using RBAC Authorization", Referring to resources: resourceNames limits a rule to named objects; an empty list
    // is no limit (the rule matches every name: rbac validation treats `resourceNames: []` as unset).
    {
        name: "RA2 restricted team-a + ClusterRole patch namespaces resourceNames [] (explicit empty) to Group ns-labellers-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(r, "nsempty90", [rule([""], ["namespaces"], ["get", "patch"], [])], [group("ns-labellers")]);
        },
    },
    // A `*`/`*` rule by name team-a in a RoleBinding of team-a reaches the Namespace object team-a (RBAC Good
    // Practices, "Namespace modification": "through a namespaced RoleBinding to a Role with that access").
    {
        name: "RA3 pod-identity: restricted team-a + Role apiGroups * resources * patch [team-a] in team-a to auditor-rt90k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "wildname90", [rule(["*"], ["*"], ["get", "patch"], ["team-a"])], "team-a");
        },
    },
    // "Using RBAC Authorization", Restrictions on role creation or update: `escalate` lets its holder put into a Role
    // permissions it does not hold; by name, on the Role bound to itself, it adds `patch namespaces [team-a]`.
    {
        name: "RA4 restricted team-a + escalate+update roles [team-a-dev] in team-a, team-a-dev bound to Group team-a-leads-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "team-a-dev", [rule([""], ["pods"], ["get", "list", "create"])], "team-a", [
                group("team-a-leads"),
            ]);
            grant(r, "roleesc90", [rule([RBAC], ["roles"], ["get", "update", "escalate"], ["team-a-dev"])], "team-a", [
                group("team-a-leads"),
            ]);
        },
    },
    // "Using RBAC Authorization", Aggregated ClusterRoles / User-facing roles: a ClusterRole labelled
    // rbac.authorization.k8s.io/aggregate-to-edit joins the built-in `edit`, so every `edit` binding carries its rules.
    {
        name: "RA5 restricted team-a + ClusterRole aggregate-to-edit with patch namespaces + RoleBinding edit in team-a to Group team-a-edit-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "ns-labels-edit90", [rule([""], ["namespaces"], ["patch"])], undefined, {
                "rbac.authorization.k8s.io/aggregate-to-edit": "true",
            });
            bind(r, "taedit90", "ClusterRole", "edit", [group("team-a-edit")], "team-a");
        },
    },
    // An EKS access policy scoped to a name pattern reaches namespaces the stack never declares (EKS user guide,
    // "Associate access policies with access entries": namespaces may end in `*`), which enforce nothing (EKS default
    // privileged): Edit there creates privileged pods.
    {
        name: "RA6 restricted team-a + AmazonEKSEditPolicy scoped to [team-*] (IRSA stack, no other grant)-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "editwild90", "AmazonEKSEditPolicy", ["team-*"]);
        },
    },
    // ---- Class AD: admission that rewrites Namespace labels or RBAC. Kubernetes "Mutating Admission Policy"
    // (admissionregistration.k8s.io/v1beta1): an ApplyConfiguration mutation sets fields of matched objects before
    // Pod Security admission reads the Namespace's labels ("Pod Security Admission").
    {
        name: "AD1 restricted team-a + declared MutatingAdmissionPolicy (+binding) on namespaces UPDATE setting enforce privileged-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            object(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "map-ns90", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "ns-defaults" },
                spec: {
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["namespaces"],
                            },
                        ],
                    },
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression:
                                    'Object{metadata: Object.metadata{labels: {"pod-security.kubernetes.io/enforce": "privileged"}}}',
                            },
                        },
                    ],
                },
            });
            object(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "mapb-ns90", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "ns-defaults" },
                spec: { policyName: "ns-defaults" },
            });
        },
    },
    // Kyverno "Mutate Rules": patchStrategicMerge on a matched Namespace (Kyverno sample "Label Existing
    // Namespaces" mutates every Namespace on any AdmissionReview); Kyverno's webhook runs before Pod Security.
    {
        name: "AD2 pod-identity: restricted team-a + declared Kyverno ClusterPolicy mutating Namespace labels enforce privileged-rt90k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            kyvernoPolicy(r, "ns-psa-relax90", [
                {
                    name: "relax",
                    match: { any: [{ resources: { kinds: ["Namespace"], names: ["team-*"] } }] },
                    mutate: {
                        patchStrategicMerge: {
                            metadata: { labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
                        },
                    },
                },
            ]);
        },
    },
    // Kyverno "Generate Rules": Kyverno's own ServiceAccount creates the generated object (a RoleBinding of edit in
    // validators for a team group), past the requester's RBAC.
    {
        name: "AD3 declared Kyverno ClusterPolicy generating a RoleBinding edit in validators for Group platform-devs-rt90k",
        stack: "prod",
        edit: r =>
            kyvernoPolicy(r, "gen-edit90", [
                {
                    name: "edit-binding",
                    match: { any: [{ resources: { kinds: ["Namespace"], names: ["validators"] } }] },
                    generate: {
                        apiVersion: "rbac.authorization.k8s.io/v1",
                        kind: "RoleBinding",
                        name: "platform-devs-edit",
                        namespace: "{{request.object.metadata.name}}",
                        synchronize: true,
                        data: {
                            roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "edit" },
                            subjects: [{ apiGroup: RBAC, kind: "Group", name: "platform-devs" }],
                        },
                    },
                },
            ]),
    },
    // A namespaced Kyverno Policy (kyverno.io/v1 Policy) in validators mutating its pods' image.
    {
        name: "AD4 declared namespaced Kyverno Policy in validators mutating containers' image-rt90k",
        stack: "prod",
        edit: r =>
            object(r, "kubernetes:kyverno.io/v1:Policy", "kpol90", {
                apiVersion: "kyverno.io/v1",
                kind: "Policy",
                metadata: { name: "mirror", namespace: "validators" },
                spec: {
                    rules: [
                        {
                            name: "mirror-image",
                            match: { any: [{ resources: { kinds: ["Pod"] } }] },
                            mutate: {
                                foreach: [
                                    {
                                        list: "request.object.spec.containers",
                                        patchStrategicMerge: {
                                            spec: {
                                                containers: [
                                                    {
                                                        name: "{{ element.name }}",
                                                        image: "registry.example.com/mirror/{{ element.image }}",
                                                    },
                                                ],
                                            },
                                        },
                                    },
                                ],
                            },
                        },
                    ],
                },
            }),
    },
    // Gatekeeper "Mutation": ModifySet adds to a list (containers' args), AssignImage rewrites image parts.
    {
        name: "AD5 pod-identity: declared Gatekeeper ModifySet adding args to validators' containers-rt90k",
        stack: "pod-identity",
        edit: r =>
            object(r, "kubernetes:mutations.gatekeeper.sh/v1:ModifySet", "modset90", {
                apiVersion: "mutations.gatekeeper.sh/v1",
                kind: "ModifySet",
                metadata: { name: "debug-args" },
                spec: {
                    applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
                    match: { scope: "Namespaced", namespaces: ["validators"] },
                    location: "spec.containers[name:*].args",
                    parameters: { operation: "merge", values: { fromList: ["--debug-dump-keys"] } },
                },
            }),
    },
    {
        name: "AD6 declared Gatekeeper AssignImage of validators' containers' domain-rt90k",
        stack: "prod",
        edit: r =>
            object(r, "kubernetes:mutations.gatekeeper.sh/v1alpha1:AssignImage", "aimg90", {
                apiVersion: "mutations.gatekeeper.sh/v1alpha1",
                kind: "AssignImage",
                metadata: { name: "mirror-domain" },
                spec: {
                    applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
                    match: { scope: "Namespaced", namespaces: ["validators"] },
                    location: "spec.containers[name:*].image",
                    parameters: { assignDomain: "mirror.example.net" },
                },
            }),
    },
    // ---- Class WC: pod templates in CRDs created in validators. Their controllers create pods with the named
    // ServiceAccount (RBAC Good Practices, "Workload creation": "implicitly given access to ... ServiceAccounts").
    // Argo Workflows: a Workflow's spec.serviceAccountName runs its pods.
    {
        name: "WC1 Role create workflows.argoproj.io in validators bound to auditor-rt90k",
        stack: "prod",
        edit: r => grant(r, "wf90", [rule(["argoproj.io"], ["workflows"], ["create", "get"])]),
    },
    // KEDA ScaledJob: spec.jobTargetRef is a Job spec (its pod template).
    {
        name: "WC2 pod-identity: Role create scaledjobs.keda.sh in validators bound to auditor-rt90k",
        stack: "pod-identity",
        edit: r => grant(r, "sj90", [rule(["keda.sh"], ["scaledjobs"], ["create", "patch"])]),
    },
    // Tekton TaskRun: spec.serviceAccountName and spec.podTemplate.
    {
        name: "WC3 Role create taskruns.tekton.dev in validators bound to Group ci-bots-rt90k",
        stack: "prod",
        edit: r => grant(r, "tr90", [rule(["tekton.dev"], ["taskruns"], ["create"])], "validators", [group("ci-bots")]),
    },
    // Knative Serving Service: spec.template is a pod template (serviceAccountName).
    {
        name: "WC4 pod-identity: Role create services.serving.knative.dev in validators bound to auditor-rt90k",
        stack: "pod-identity",
        edit: r => grant(r, "kn90", [rule(["serving.knative.dev"], ["services"], ["create", "update"])]),
    },
    // ---- Class TK: token minting with an explicit empty resourceNames (every ServiceAccount of validators).
    {
        name: "TK1 ClusterRole create serviceaccounts/token resourceNames [] bound by RoleBinding in validators-rt90k",
        stack: "prod",
        edit: r => {
            role(r, "tok90", [rule([""], ["serviceaccounts/token"], ["create"], [])]);
            bind(r, "tok90", "ClusterRole", "tok90", [user("auditor")], "validators");
        },
    },
    // ---- Class NP: a node pin by hostname label, with a node relabel power. "Well-Known Labels":
    // kubernetes.io/hostname is a node label (set by the kubelet; a `patch nodes` holder may rewrite it), so whoever
    // patches nodes moves the team's hostPath pod onto the custody pod's node.
    // Was a MISS (fixed in round 90): NODE-LABEL-PIN. "Assigning Pods to Nodes", Node labels: "You can attach labels
    // manually", and kubernetes.io/hostname "may be the same as the node name in some environments and a different
    // value in other environments"; a `patch nodes` holder rewrites any label (the NodeRestriction plugin restricts
    // only kubelets). Fixed in policy-pack/engine/podStorage.ts podPinnedNodes/termsPinnedNodes (`labelPins`): a pin by
    // a node label holds only while nothing in the stack may update/patch nodes or nodes/status (kubernetes.ts
    // nodeLabelWritesOfRules: cluster-wide bindings, cluster-scoped EKS access policies, unreadable rules); nodeName and
    // matchFields metadata.name (immutable names) stay pins.
    {
        name: "NP1 custody hostPath nodeName A + team-a hostPath nodeSelector hostname B + ClusterRole patch nodes to Group node-labellers-rt90k",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90", "team-a", "default", {
                nodeSelector: { "kubernetes.io/hostname": NODE_B },
            });
            clusterGrant(r, "nodelab90", [rule([""], ["nodes"], ["get", "patch"])], [group("node-labellers")]);
        },
    },
    // The hostPath pod of a CronJob pinned to the custody node (podStorage reads the jobTemplate's pins).
    {
        name: "NP2 pod-identity: custody hostPath nodeName A + team-a CronJob hostPath nodeName A-rt90k",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "CronJob", "teamcron90", "team-a", "default", { nodeName: NODE_A });
        },
    },
    // Written as secure (S2), rightly refused in the Pod Identity stack: a Service write anywhere captures the Pod
    // Identity agent's traffic (CVE-2020-8554; round 88 E9, kubernetes.ts SERVICE_CAPTURE_SCOPE).
    {
        name: "S2b pod-identity: restricted team-a + Role deploy (deployments, services, configmaps) in team-a to SA ci/deployer-rt90k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            grant(
                r,
                "cideploy90",
                [
                    rule(["apps"], ["deployments", "statefulsets"], ["get", "list", "create", "update", "patch"]),
                    rule([""], ["services", "configmaps"], ["get", "list", "create", "update", "patch"]),
                ],
                "team-a",
                [sa("ci", "deployer")],
            );
        },
    },
    // RA1 without the Edit policy: the recreated team-a enforces nothing, and every pod creator of it that survives
    // the delete (ClusterRoleBindings, EKS access policies scoped by name, controllers) runs privileged pods there, as
    // round 88's relabel-alone decision reads a patch of the labels.
    // Was a MISS (fixed in round 90): NAMESPACE-RECREATE, as RA1 (kubernetes.ts namespaceRecreatesOfRules). DECIDED
    // (round 90): delete + create alone is refused, as round 88's relabel-alone decision reads a patch.
    {
        name: "RA1b pod-identity: restricted team-a + ClusterRole delete namespaces [team-a] + create namespaces to Group ns-admins-rt90k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(
                r,
                "nsrec90b",
                [rule([""], ["namespaces"], ["get", "delete"], ["team-a"]), rule([""], ["namespaces"], ["create"])],
                [group("ns-admins")],
            );
        },
    },
    // NP1 with the pin by required node affinity on the hostname label (a label as well).
    // Was a MISS (fixed in round 90): NODE-LABEL-PIN, as NP1 through required node affinity (podStorage.ts
    // termsPinnedNodes `labelPins`) and `update nodes`.
    {
        name: "NP3 pod-identity: custody hostPath nodeName A + team-a hostPath affinity hostname In [B] + ClusterRole update nodes-rt90k",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamaff90", "team-a", "default", {
                affinity: {
                    nodeAffinity: {
                        requiredDuringSchedulingIgnoredDuringExecution: {
                            nodeSelectorTerms: [
                                {
                                    matchExpressions: [
                                        { key: "kubernetes.io/hostname", operator: "In", values: [NODE_B] },
                                    ],
                                },
                            ],
                        },
                    },
                },
            });
            clusterGrant(
                r,
                "nodeupd90",
                [rule([""], ["nodes"], ["get", "update"])],
                [sa("kube-system", "node-labeller")],
            );
        },
    },
    // ---- Round 90 fixer neighbours (-fix90).
    // NAMESPACE-RECREATE across two ClusterRoleBindings of one subject: delete [team-a] through one, create namespaces
    // through the other (kubernetes.ts: deletes and creates paired per subject after the bindings loop).
    {
        name: "RA1c restricted team-a + ClusterRole delete namespaces [team-a] and ClusterRole create namespaces, two ClusterRoleBindings to Group ns-admins-fix90",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(
                r,
                "nsdel90c",
                [rule([""], ["namespaces"], ["get", "delete"], ["team-a"])],
                [group("ns-admins")],
            );
            clusterGrant(r, "nscre90c", [rule([""], ["namespaces"], ["get", "create"])], [group("ns-admins")]);
        },
    },
    // NAMESPACE-RECREATE across a RoleBinding and a ClusterRoleBinding of one group: delete of team-a through a
    // RoleBinding in team-a (a request on Namespace N is asked in namespace N: RBAC Good Practices, "Namespace
    // modification") and create namespaces through a ClusterRoleBinding.
    {
        name: "RA1d restricted team-a + ClusterRole delete namespaces by RoleBinding in team-a + ClusterRole create namespaces by ClusterRoleBinding, both to Group team-a-owners-fix90",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "nsdel90d", [rule([""], ["namespaces"], ["get", "delete"])]);
            bind(r, "nsdel90d", "ClusterRole", "nsdel90d", [group("team-a-owners")], "team-a");
            clusterGrant(r, "nscre90d", [rule([""], ["namespaces"], ["get", "create"])], [group("team-a-owners")]);
        },
    },
    // NODE-LABEL-PIN through nodes/status (its strategy resets only the spec: labels are written) and a named patch:
    // the holder relabels the node it names.
    {
        name: "NP4 custody hostPath nodeName A + team-a hostPath nodeSelector hostname B + ClusterRole patch nodes/status [node C]-fix90",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90d", "team-a", "default", {
                nodeSelector: { "kubernetes.io/hostname": NODE_B },
            });
            clusterGrant(
                r,
                "nodestat90",
                [rule([""], ["nodes/status"], ["get", "patch"], ["ip-10-0-3-30.eu-west-1.compute.internal"])],
                [sa("kube-system", "node-labeller")],
            );
        },
    },
    // NODE-LABEL-PIN in one of two ORed node affinity terms ("Assigning Pods to Nodes": nodeSelectorTerms are ORed):
    // matchFields metadata.name In [B] or the hostname label In [B]; beside `patch nodes` the label term admits any node.
    {
        name: "NP5 pod-identity: custody hostPath nodeName A + team-a hostPath affinity matchFields name [B] OR hostname label [B] + ClusterRole patch nodes-fix90",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90e", "team-a", "default", {
                affinity: {
                    nodeAffinity: {
                        requiredDuringSchedulingIgnoredDuringExecution: {
                            nodeSelectorTerms: [
                                { matchFields: [{ key: "metadata.name", operator: "In", values: [NODE_B] }] },
                                {
                                    matchExpressions: [
                                        { key: "kubernetes.io/hostname", operator: "In", values: [NODE_B] },
                                    ],
                                },
                            ],
                        },
                    },
                },
            });
            clusterGrant(r, "nodelab90e", [rule([""], ["nodes"], ["get", "patch"])], [group("node-labellers")]);
        },
    },
    // CLUSTER-SCOPED-VIA-ROLEBINDING keeps the namespaced part of a rule: nodes/proxy beside pods/exec in a RoleBinding
    // of validators still execs into the custody pods.
    {
        name: "S5b ClusterRole get/create nodes/proxy + pods/exec bound by RoleBinding in validators to User auditor-fix90",
        stack: "prod",
        edit: r => {
            role(r, "nproxy90b", [rule([""], ["nodes/proxy", "pods/exec"], ["get", "create"])]);
            bind(r, "nproxy90b", "ClusterRole", "nproxy90b", [user("auditor")], "validators");
        },
    },
    // The same nodes/proxy ClusterRole through a ClusterRoleBinding: the kubelet API of every node.
    {
        name: "S5c pod-identity: ClusterRole get nodes/proxy bound by ClusterRoleBinding to monitoring/scraper-fix90",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "nproxy90c",
                [rule([""], ["nodes", "nodes/proxy"], ["get"])],
                [sa("monitoring", "scraper")],
            ),
    },
    // NODE-LABEL-PIN on a PersistentVolume's own nodeAffinity ("Persistent Volumes", Node Affinity: "A PV can specify
    // node affinity to define constraints that limit what nodes this volume can be accessed from"; the scheduler
    // matches its NodeSelector against the Node's labels): pinned by the hostname label, beside `patch nodes`, the
    // team's hostPath PV /data/cc is reachable on any node, the custody node A included (podStorage.ts pinnedNodes).
    {
        name: "NP6 custody hostPath nodeName A + team-a hostPath PV /data/cc nodeAffinity hostname In [B] + ClusterRole patch nodes-fix90",
        stack: "prod",
        refused: /admits any node/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPvPod(r, "teampv90", "team-a", "default", hostnameTerm([NODE_B]));
            clusterGrant(r, "nodelab90h", [rule([""], ["nodes"], ["get", "patch"])], [group("node-labellers")]);
        },
    },
    // NODE-LABEL-PIN through mutating admission on Node objects (Kubernetes "Dynamic Admission Control": a mutating
    // webhook "may change the object"; a namespaceSelector never limits a cluster-scoped object): a webhook on
    // CREATE/UPDATE of nodes sets any node's kubernetes.io/hostname, so the team's pod pinned by that label lands on
    // the custody node A (kubernetes.ts admissionNodeLabelWriters).
    {
        name: "NP7 pod-identity: custody hostPath nodeName A + team-a hostPath nodeSelector hostname B + MutatingWebhookConfiguration on nodes CREATE/UPDATE-fix90",
        stack: "pod-identity",
        refused: /admits any node/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90i", "team-a", "default", {
                nodeSelector: { "kubernetes.io/hostname": NODE_B },
            });
            mutatingWebhook(r, "node-labeller90", [coreRule(["nodes"], ["CREATE", "UPDATE"])]);
        },
    },
    // The same through nodes/status (UPDATE of the status subresource writes labels: node strategy.go
    // nodeStatusStrategy resets only the spec), with the team's hostPath PV pinned by the hostname label.
    {
        name: "NP8 custody hostPath nodeName A + team-a hostPath PV nodeAffinity hostname In [B] + MutatingWebhookConfiguration on nodes/status UPDATE-fix90",
        stack: "prod",
        refused: /admits any node/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPvPod(r, "teampv90j", "team-a", "default", hostnameTerm([NODE_B]));
            mutatingWebhook(r, "node-status90", [coreRule(["nodes/status"], ["UPDATE"])]);
        },
    },
    // A MutatingAdmissionPolicy (and its binding) on nodes ("Mutating Admission Policy": matchConstraints
    // resourceRules), read through the same rule lists as webhooks (admissionRuleLists).
    {
        name: "NP9 pod-identity: custody hostPath nodeName A + team-a hostPath affinity hostname In [B] + MutatingAdmissionPolicy (+binding) on nodes UPDATE-fix90",
        stack: "pod-identity",
        refused: /admits any node/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamaff90k", "team-a", "default", {
                affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: hostnameTerm([NODE_B]) } },
            });
            object(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "map-node90", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "node-zone-labels" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["nodes"] },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression: "Object{metadata: Object.metadata{labels: {'team': 'a'}}}",
                            },
                        },
                    ],
                },
            });
            object(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "mapb-node90", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "node-zone-labels" },
                spec: { policyName: "node-zone-labels" },
            });
        },
    },
    // A writer of mutating admission objects (RBAC Good Practices, "Control admission webhooks"; kubernetes.ts
    // MUTATING_ADMISSION) declares a webhook on nodes: a node label writer as well (nodeLabelWritesOfRules).
    {
        name: "NP10 custody hostPath nodeName A + team-a hostPath PV nodeAffinity hostname In [B] + ClusterRole create mutatingwebhookconfigurations-fix90",
        stack: "prod",
        refused: /admits any node/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPvPod(r, "teampv90l", "team-a", "default", hostnameTerm([NODE_B]));
            clusterGrant(
                r,
                "mwhwrite90",
                [rule(["admissionregistration.k8s.io"], ["mutatingwebhookconfigurations"], ["get", "create"])],
                [group("webhook-admins")],
            );
        },
    },
];

const secure: StackCase[] = [
    // A read-only viewer of the signer namespace: built-in `view` ("User-facing roles": no Secrets, no exec).
    {
        name: "S1 ClusterRole view bound by RoleBinding in validators to Group signer-oncall-rt90k",
        stack: "prod",
        edit: r => bind(r, "ccview90", "ClusterRole", "view", [group("signer-oncall")], "validators"),
    },
    // A CI deployer from another namespace writing the restricted team namespace only.
    {
        name: "S2 restricted team-a + Role deploy (deployments, services, configmaps) in team-a to SA ci/deployer-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(
                r,
                "cideploy90",
                [
                    rule(["apps"], ["deployments", "statefulsets"], ["get", "list", "create", "update", "patch"]),
                    rule([""], ["services", "configmaps"], ["get", "list", "create", "update", "patch"]),
                ],
                "team-a",
                [sa("ci", "deployer")],
            );
        },
    },
    // Prometheus' own ClusterRole (prometheus-operator docs, "RBAC"): nodes, nodes/metrics, and nonResourceURLs /metrics.
    {
        name: "S3 ClusterRole get nodes/metrics, endpoints, nonResourceURLs /metrics bound to monitoring/prometheus-rt90k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "promrd90",
                [
                    rule([""], ["nodes", "nodes/metrics", "services", "endpoints", "pods"], ["get", "list", "watch"]),
                    { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
                ],
                [sa("monitoring", "prometheus")],
            ),
    },
    // "Using RBAC Authorization", Restrictions on role creation or update: without `escalate`, an update "can only"
    // put into the Role permissions its requester already holds, so a role editor grants nothing new.
    {
        name: "S4 restricted team-a + update roles [team-a-dev] (no escalate) in team-a, team-a-dev bound to Group team-a-leads-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "team-a-dev", [rule([""], ["pods"], ["get", "list", "create"])], "team-a", [
                group("team-a-leads"),
            ]);
            grant(r, "roleupd90", [rule([RBAC], ["roles"], ["get", "update", "patch"], ["team-a-dev"])], "team-a", [
                group("team-a-leads"),
            ]);
        },
    },
    // "Using RBAC Authorization", RoleBinding: a RoleBinding grants a ClusterRole's permissions within its namespace
    // only; nodes are cluster-scoped, so nodes/proxy through a RoleBinding grants nothing.
    // Was a MISS (fixed in round 90): CLUSTER-SCOPED-VIA-ROLEBINDING. "Using RBAC Authorization", RoleBinding example:
    // a RoleBinding referencing a ClusterRole grants its permissions "to resources inside the RoleBinding's namespace";
    // a node request carries no namespace, so RoleBindings are never consulted for it. Fixed in
    // policy-pack/engine/kubernetes.ts namespacedPartOfRule (saPowerOfRules with a `where`): a RoleBinding's rules drop
    // the cluster-scoped resources (k8sNamespace.ts CLUSTER_SCOPED_RESOURCES, from CLUSTER_SCOPED_KINDS, with their
    // subresources), keeping namespaces (the Namespace object named `where`) and clusterroles (`bind`/`escalate` are
    // checked in the RoleBinding's namespace).
    {
        name: "S5 pod-identity: ClusterRole get nodes/proxy bound by RoleBinding in monitoring to monitoring/scraper-rt90k",
        stack: "pod-identity",
        edit: r => {
            role(r, "nproxy90", [rule([""], ["nodes", "nodes/proxy"], ["get"])]);
            bind(r, "nproxy90", "ClusterRole", "nproxy90", [sa("monitoring", "scraper")], "monitoring");
        },
    },
    // Kyverno "Validate Rules" (validationFailureAction Enforce) only admit or deny: no mutation.
    {
        name: "S6 declared Kyverno ClusterPolicy validate-only (Enforce) disallowing hostPath volumes-rt90k",
        stack: "prod",
        edit: r =>
            kyvernoPolicy(
                r,
                "no-hostpath90",
                [
                    {
                        name: "host-path",
                        match: { any: [{ resources: { kinds: ["Pod"] } }] },
                        validate: {
                            message: "hostPath volumes are forbidden",
                            pattern: { spec: { "=(volumes)": [{ "X(hostPath)": "null" }] } },
                        },
                    },
                ],
                { validationFailureAction: "Enforce", background: true },
            ),
    },
    // A hardened CronJob in restricted team-a projecting a token for Vault ("Configure Service Accounts for Pods",
    // ServiceAccount token volume projection: audience "vault").
    {
        name: "S7 restricted team-a + hardened CronJob in team-a with a projected token audience vault-rt90k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            workload(r, "CronJob", "report90", "team-a", "reporter", {
                volumes: [
                    {
                        name: "vault-token",
                        projected: {
                            sources: [
                                { serviceAccountToken: { audience: "vault", expirationSeconds: 600, path: "token" } },
                            ],
                        },
                    },
                ],
                containers: [container({ volumeMounts: [{ name: "vault-token", mountPath: "/var/run/vault" }] })],
            });
        },
    },
    // Round 87 S-N1's neighbour through a StatefulSet: pinned to another node than the custody pod.
    {
        name: "S8 pod-identity: custody hostPath nodeName A + team-a StatefulSet hostPath nodeName B-rt90k",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "StatefulSet", "teamsts90", "team-a", "default", { nodeName: NODE_B });
        },
    },
    // EKS access entry groups mapped to `view` in validators (EKS user guide, "Create access entries":
    // kubernetesGroups are bound by RBAC).
    {
        name: "S9 access entry kubernetesGroups [signer-viewers] + RoleBinding view in validators-rt90k",
        stack: "prod",
        edit: r => {
            accessPolicy(r, "viewgrp90", "", undefined, { kubernetesGroups: ["signer-viewers"] });
            bind(r, "sviewers90", "ClusterRole", "view", [group("signer-viewers")], "validators");
        },
    },
    // EKS "Review access policy permissions": AmazonEKSViewPolicy reads most objects, not Secrets.
    {
        name: "S10 pod-identity: AmazonEKSViewPolicy scoped to [validators, team-a]-rt90k",
        stack: "pod-identity",
        edit: r => accessPolicy(r, "viewns90", "AmazonEKSViewPolicy", ["validators", "team-a"]),
    },
    // Read-only on CRDs carrying pod templates: get/list/watch writes nothing.
    {
        name: "S11 Role get/list/watch workflows, rollouts, scaledjobs in validators to Group signer-oncall-rt90k",
        stack: "prod",
        edit: r =>
            grant(
                r,
                "crdread90",
                [
                    rule(["argoproj.io"], ["workflows", "rollouts"], ["get", "list", "watch"]),
                    rule(["keda.sh"], ["scaledjobs", "scaledobjects"], ["get", "list", "watch"]),
                ],
                "validators",
                [group("signer-oncall")],
            ),
    },
    // A namespace provisioner creating new Namespaces only (no update, patch or delete; no pod creation anywhere):
    // "Using RBAC Authorization": create of a cluster-scoped kind writes no existing object.
    {
        name: "S12 pod-identity: restricted team-a + ClusterRole create namespaces (only) to Group ns-provisioners-rt90k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(
                r,
                "nsprov90",
                [rule([""], ["namespaces"], ["get", "list", "create"])],
                [group("ns-provisioners")],
            );
        },
    },
    // A ValidatingAdmissionPolicy guarding the Pod Security labels of Namespaces ("Validating Admission Policy").
    {
        name: "S13 declared ValidatingAdmissionPolicy + binding denying pod-security label changes on namespaces-rt90k",
        stack: "prod",
        edit: r => {
            object(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "vapns90", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "psa-labels-frozen" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["namespaces"] },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "oldObject.metadata.labels['pod-security.kubernetes.io/enforce'] == object.metadata.labels['pod-security.kubernetes.io/enforce']",
                            message: "the Pod Security enforce label is frozen",
                        },
                    ],
                },
            });
            object(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding", "vapbns90", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "psa-labels-frozen" },
                spec: { policyName: "psa-labels-frozen", validationActions: ["Deny"] },
            });
        },
    },
    // A node's name is immutable (nodeName, and matchFields metadata.name): a `patch nodes` holder moves no pod pinned
    // by it ("Assigning Pods to Nodes", nodeName).
    {
        name: "S14 custody hostPath nodeName A + team-a hostPath nodeName B + ClusterRole patch nodes to Group node-labellers-rt90k",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90s", "team-a", "default", { nodeName: NODE_B });
            clusterGrant(r, "nodelab90s", [rule([""], ["nodes"], ["get", "patch"])], [group("node-labellers")]);
        },
    },
    // A namespace janitor deleting preview namespaces only: a deleted Namespace admits no pods (no create to bring it
    // back unlabelled).
    {
        name: "S15 pod-identity: restricted team-a + ClusterRole get/list/delete namespaces to Group ns-janitors-rt90k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(r, "nsjan90", [rule([""], ["namespaces"], ["get", "list", "delete"])], [group("ns-janitors")]);
        },
    },
    // ---- Round 90 fixer neighbours (-fix90).
    // A RoleBinding gives no create of Namespaces (a POST of a Namespace carries no namespace: "Using RBAC
    // Authorization", RoleBinding): delete + create namespaces bound in team-a deletes team-a but cannot recreate it.
    {
        name: "S16 pod-identity: restricted team-a + ClusterRole delete/create namespaces bound by RoleBinding in team-a to Group team-a-owners-fix90",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            role(r, "nsrb90", [rule([""], ["namespaces"], ["get", "delete", "create"])]);
            bind(r, "nsrb90", "ClusterRole", "nsrb90", [group("team-a-owners")], "team-a");
        },
    },
    // A provisioner (create) and a janitor (delete) that are different subjects: no one recreates team-a.
    {
        name: "S17 restricted team-a + create namespaces to Group ns-provisioners, delete namespaces to Group ns-janitors-fix90",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(r, "nsprov90b", [rule([""], ["namespaces"], ["get", "create"])], [group("ns-provisioners")]);
            clusterGrant(r, "nsjan90b", [rule([""], ["namespaces"], ["get", "delete"])], [group("ns-janitors")]);
        },
    },
    // Delete + create of preview namespaces only, none the stack confines (an unconfined namespace changes nothing).
    {
        name: "S18 restricted team-a + ClusterRole delete namespaces [preview-1, preview-2] + create namespaces to Group previewers-fix90",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(
                r,
                "nsprev90",
                [
                    rule([""], ["namespaces"], ["get", "delete"], ["preview-1", "preview-2"]),
                    rule([""], ["namespaces"], ["create"]),
                ],
                [group("previewers")],
            );
        },
    },
    // `patch nodes` through a RoleBinding grants nothing on Nodes (cluster-scoped): the label pin holds.
    {
        name: "S19 custody hostPath nodeName A + team-a hostPath nodeSelector hostname B + ClusterRole patch nodes bound by RoleBinding in team-a-fix90",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90f", "team-a", "default", {
                nodeSelector: { "kubernetes.io/hostname": NODE_B },
            });
            role(r, "nodelab90f", [rule([""], ["nodes"], ["get", "patch"])]);
            bind(r, "nodelab90f", "ClusterRole", "nodelab90f", [group("team-a-ops")], "team-a");
        },
    },
    // matchFields metadata.name (the node's immutable name) beside `patch nodes`: still a pin.
    {
        name: "S20 pod-identity: custody hostPath nodeName A + team-a hostPath affinity matchFields metadata.name In [B] + ClusterRole patch nodes-fix90",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamaff90g", "team-a", "default", {
                affinity: {
                    nodeAffinity: {
                        requiredDuringSchedulingIgnoredDuringExecution: {
                            nodeSelectorTerms: [
                                { matchFields: [{ key: "metadata.name", operator: "In", values: [NODE_B] }] },
                            ],
                        },
                    },
                },
            });
            clusterGrant(r, "nodelab90g", [rule([""], ["nodes"], ["get", "patch"])], [group("node-labellers")]);
        },
    },
    // Cluster-scoped kinds through a RoleBinding grant nothing: create persistentvolumes and storageclasses, approve
    // client signers ("Certificate Signing Requests": approve on signers, asked with no namespace).
    {
        name: "S21 ClusterRole create persistentvolumes, storageclasses, approve signers bound by RoleBinding in team-a-fix90",
        stack: "prod",
        edit: r => {
            role(r, "clscoped90", [
                rule([""], ["persistentvolumes"], ["get", "list", "create"]),
                rule(["storage.k8s.io"], ["storageclasses"], ["get", "list", "create"]),
                rule(["certificates.k8s.io"], ["signers"], ["approve"], ["kubernetes.io/kube-apiserver-client"]),
            ]);
            bind(r, "clscoped90", "ClusterRole", "clscoped90", [group("team-a-storage")], "team-a");
        },
    },
    // ---- Round 90 fixer neighbours (fix90-g3).
    // A PersistentVolume pinned by the hostname label with nothing in the stack that may rewrite Node labels: the pin
    // holds (round 86), node B only.
    {
        name: "S22 custody hostPath nodeName A + team-a hostPath PV /data/cc nodeAffinity hostname In [B], no node writers-fix90",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPvPod(r, "teampv90s", "team-a", "default", hostnameTerm([NODE_B]));
        },
    },
    // A PersistentVolume pinned by matchFields metadata.name (the Node's immutable name; a VolumeNodeAffinity is a
    // NodeSelector) beside `patch nodes`: still node B only.
    {
        name: "S23 pod-identity: custody hostPath nodeName A + team-a hostPath PV nodeAffinity matchFields metadata.name In [B] + ClusterRole patch nodes-fix90",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPvPod(r, "teampv90t", "team-a", "default", {
                nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [NODE_B] }] }],
            });
            clusterGrant(r, "nodelab90t", [rule([""], ["nodes"], ["get", "patch"])], [group("node-labellers")]);
        },
    },
    // A sidecar injector on pods of the restricted namespace web only (namespaceSelector kubernetes.io/metadata.name;
    // rewriting pods there is creating pods there, held to its Pod Security level): it rewrites no Node, so the team's
    // pod pinned by the hostname label to node B stays there.
    {
        name: "S24 custody hostPath nodeName A + team-a hostPath nodeSelector hostname B + MutatingWebhookConfiguration on pods of restricted web-fix90",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90u", "team-a", "default", {
                nodeSelector: { "kubernetes.io/hostname": NODE_B },
            });
            namespace(r, "web");
            mutatingWebhook(r, "web-injector90", [coreRule(["pods"], ["CREATE"])], {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "web" } },
            });
        },
    },
    // An ingress-class defaulting webhook (networking.k8s.io ingresses) beside a hostname-label PV pin: no Node writes.
    {
        name: "S25 pod-identity: custody hostPath nodeName A + team-a hostPath PV nodeAffinity hostname In [B] + MutatingWebhookConfiguration on ingresses-fix90",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPvPod(r, "teampv90v", "team-a", "default", hostnameTerm([NODE_B]));
            mutatingWebhook(r, "ingress-class90", [
                {
                    apiGroups: ["networking.k8s.io"],
                    apiVersions: ["v1"],
                    operations: ["CREATE"],
                    resources: ["ingresses"],
                },
            ]);
        },
    },
    // A webhook on DELETE of nodes (a cleanup hook): a DELETE writes no label ("Dynamic Admission Control", rules
    // operations), so the label pin holds.
    {
        name: "S26 custody hostPath nodeName A + team-a hostPath nodeSelector hostname B + MutatingWebhookConfiguration on nodes DELETE-fix90",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            hostPathPod(r, "Deployment", "teamhost90w", "team-a", "default", {
                nodeSelector: { "kubernetes.io/hostname": NODE_B },
            });
            mutatingWebhook(r, "node-cleanup90", [coreRule(["nodes"], ["DELETE"])]);
        },
    },
];

describeVariants(
    "red team 90 (k8s): relabel neighbours, admission on Namespaces, CRD pod templates, token names, node pins",
    insecure,
    secure,
);
