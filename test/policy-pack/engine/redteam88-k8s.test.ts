// Red-team round 88 on the Kubernetes/EKS API level (fresh eyes): classes beyond storage (the NFS CSI / PV patch /
// VolumeSnapshotContent / node-pin probes are another helper's).
// Probed: (W) workload controllers writing validators' pod templates (StatefulSet create, extensions DaemonSet patch,
// CronJob update, Job server-side apply by name, apps/* patch, `*` group ReplicaSets, Flux HelmRelease/Kustomization
// and Argo CD Application writes from restricted team-a, Argo Rollouts, OpenKruise CloneSets, a declared HelmRelease
// targeting validators); (G) aggregated ClusterRoles (an empty selector, aggregate-to-admin Exists, a custom label
// pulling pods/exec, a custom label with one read-only member); (S) subresources (pods/portforward, */exec,
// serviceaccounts/token by name, pods/ephemeralcontainers, nodes/proxy to system:serviceaccounts:team-a); (B) bind,
// escalate, impersonate, and subjects that may relabel restricted team-a (bind cluster-admin or a stack Role by name,
// impersonation/tokens/pods of a ServiceAccount that patches Namespace team-a); (R) built-in groups
// (system:authenticated, system:serviceaccounts[:team-a], system:unauthenticated, system:anonymous), namespace admin
// `*/*/*` in restricted team-a; (E) EKS access policies (Edit on validators, ClusterAdmin scoped to restricted team-a,
// Admin cluster-wide, Edit on [team-a, validators], Edit on team-a in a Pod Identity stack) and entries (HYBRID_LINUX,
// EC2, kubernetesGroups bound to edit, a {{SessionName}} userName); (A) a mutating webhook by objectSelector, a
// declared Gatekeeper Assign, RBAC on Gatekeeper mutators; (N) audit/warn-only Pod Security labels, a NamespacePatch
// lowering enforce; (H) hostPID/hostNetwork/hostIPC and a privileged initContainer.
// Secure neighbours: a team's RBAC, exec/port-forward, token minting, Rollouts and Edit/Admin access policies in
// restricted team-a (IRSA stack), View cluster-wide, read-only developer ClusterRoles, validators reads, a
// ValidatingAdmissionPolicy, a hardened team Deployment, a Pod Identity association of a stack role pinned to its
// ServiceAccount, Prometheus node metrics, self-reviews for system:authenticated, a scaler's deployments/scale patch,
// pod delete/eviction, namespace reads, team-a jobs for system:serviceaccounts:team-a.
// Misses (6 accepted, 3 of them a judgement; 0 secure refused), all fixed in round 88 (fix88-k8s-b):
// - class BIND-NAMESPACE (`bind` by name of a role that patches the binding's own Namespace is never a relabel;
//   kubernetes.ts boundByName / bindings loop relabelOf): B2, B8. Fixed: namedBindNamespaceWrites.
// - class POLICY-HELD-ACCOUNTS (an access policy's pod creation / ServiceAccount impersonation never enters the held
//   ServiceAccount keys that pairRelabels joins; kubernetes.ts accessPolicyAssociation branch): E10. Fixed: an
//   association's pod creation is a podCreator and its Namespace writes a relabel (holderKey).
// - class RELABEL-ALONE (a relabel of a restricted namespace by a holder without pod creation there is no power;
//   kubernetes.ts pairRelabels/podSecurityWidened): B5, B6, B9. DECIDED insecure by the lead; fixed: relabelAlone
//   (round 73's secure "Group relabelers may patch Namespace team-a" moved to insecure, DECIDED).
// Round 88 fix neighbours (-fix88): 6 insecure (B8, B2, B9 x2, E10, E2), 5 secure (B2, B8, B9 x2, E10).
// Written as secure, rightly refused, kept as insecure: Edit on restricted team-a in the Pod Identity stack (E9,
// Service writes capture the Pod Identity agent, CVE-2020-8554), a custom aggregation label (G4, outside ClusterRoles
// may carry it: fail closed by design).
// Held (round 88 red team): 50 of 56 insecure refused (W1-W12, G1-G4, S1-S5, B1, B3, B4, B7, R1-R7, E1-E9, A1-A3,
// N1, N2, H1-H4); 19 of 19 secure clean. After the fix: 62 of 62 insecure refused, 24 of 24 secure clean.
import { describeVariants, StackCase } from "./support";
import { aws, k8s, namespace, stackRole } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";

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

/** A root container (the image's default user), as node agents usually run. */
const rootContainer = (extra: Record<string, unknown> = {}) => ({
    name: "agent",
    image: "registry.example.com/agent:1.0",
    ...extra,
});

/** A workload `kind` (apps/v1 or batch/v1) in `ns` running as ServiceAccount `saName` with these pod spec fields. */
const workload = (
    r: R,
    kind: "Deployment" | "DaemonSet" | "StatefulSet" | "Job",
    name: string,
    ns: string,
    saName: string,
    spec: Record<string, unknown>,
) => {
    const group = kind === "Job" ? "batch" : "apps";
    const template = {
        metadata: { labels: { app: name } },
        spec: {
            serviceAccountName: saName,
            containers: [container()],
            ...(kind === "Job" ? { restartPolicy: "Never" } : {}),
            ...spec,
        },
    };
    k8s(r, `kubernetes:${group}/v1:${kind}`, `${name}-${kind.toLowerCase()}`, {
        apiVersion: `${group}/v1`,
        kind,
        metadata: { name, namespace: ns },
        spec:
            kind === "Job"
                ? { template }
                : {
                      selector: { matchLabels: { app: name } },
                      ...(kind === "StatefulSet" ? { serviceName: name } : {}),
                      template,
                  },
    });
};

/** A Role (namespace given) or ClusterRole `name` with these rules (and labels / aggregationRule). */
const role = (r: R, name: string, rules: unknown[], ns?: string, extra: Record<string, unknown> = {}) =>
    k8s(r, `kubernetes:${RBAC}/v1:${ns ? "Role" : "ClusterRole"}`, `${name}-${ns ?? "cluster"}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: ns ? "Role" : "ClusterRole",
        metadata: { name, ...(ns ? { namespace: ns } : {}), ...((extra.metadata as object) ?? {}) },
        ...(extra.aggregationRule ? { aggregationRule: extra.aggregationRule } : {}),
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
    aws(r, ENTRY, `ops-${id}`, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
        ...entry,
    });
    if (policy !== "")
        aws(r, ASSOC, `ops-${id}-assoc`, {
            clusterName: "prod-validators",
            principalArn: OPS_ROLE,
            policyArn: `${POLICY}/${policy}`,
            accessScope: namespaces ? { type: "namespace", namespaces } : { type: "cluster" },
        });
};

/** A declared object of a custom (or any) kind: `type` is the Pulumi type, `body` its apiVersion/kind/metadata/spec. */
const object = (r: R, type: string, name: string, body: Record<string, unknown>) => k8s(r, type, name, body);

/** SA team-a/ns-bot bound to a Role in team-a that may patch the Namespace team-a (its own labels). */
const nsBot = (r: R) => {
    k8s(r, "kubernetes:core/v1:ServiceAccount", "team-a-ns-bot-sa88", {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "ns-bot", namespace: "team-a" },
    });
    grant(r, "nsbot88", [rule([""], ["namespaces"], ["get", "patch"], ["team-a"])], "team-a", [sa("team-a", "ns-bot")]);
};

const insecure: StackCase[] = [
    // ---- Class W: workload controllers put a pod template into validators, where containment-chamber lives. RBAC
    // Good Practices, "Workload creation": "Users with permission to create workloads ... are implicitly given access
    // to ... ServiceAccounts in that namespace"; a controller's template names any ServiceAccount of its namespace.
    {
        name: "W1 Role create statefulsets (apps) in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "sts88", [rule(["apps"], ["statefulsets"], ["create"])]),
    },
    // extensions served DaemonSets before 1.16 ("Deprecated API Migration Guide"); a patch rewrites the template.
    {
        name: "W2 Role patch daemonsets (extensions) in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "ds88", [rule(["extensions"], ["daemonsets"], ["get", "patch"])]),
    },
    // A CronJob's jobTemplate is a pod template: update swaps it ("CronJob", Writing a CronJob spec).
    {
        name: "W3 pod-identity: Role update cronjobs (batch) in validators bound to auditor-rt88k",
        stack: "pod-identity",
        edit: r => grant(r, "cj88", [rule(["batch"], ["cronjobs"], ["get", "update"])]),
    },
    // A named server-side apply is patch + create of the name (create cannot be restricted by name unless the
    // request is a PATCH: "Using RBAC Authorization", Referring to resources).
    {
        name: "W4 Role create+patch jobs resourceNames [db-migrate] in validators (server-side apply)-rt88k",
        stack: "prod",
        edit: r => grant(r, "job88", [rule(["batch"], ["jobs"], ["create", "patch"], ["db-migrate"])]),
    },
    // `*` resources in apps: deployments, replicasets, statefulsets, daemonsets, controllerrevisions.
    {
        name: "W5 ClusterRole apps/* patch bound by RoleBinding in validators to Group release-bots-rt88k",
        stack: "prod",
        edit: r => {
            role(r, "appsall88", [rule(["apps"], ["*"], ["get", "list", "patch"])]);
            bind(r, "appsall88", "ClusterRole", "appsall88", [group("release-bots")], "validators");
        },
    },
    // apiGroups `*` matches apps (RuleAllows: APIGroupMatches `*`).
    {
        name: "W6 Role apiGroups * replicasets create in validators bound to auditor-rt88k",
        stack: "pod-identity",
        edit: r => grant(r, "rsall88", [rule(["*"], ["replicasets"], ["create"])]),
    },
    // Flux's helm-controller installs a HelmRelease's chart with its own cluster-admin ServiceAccount into
    // spec.targetNamespace, any namespace (fluxcd.io "Helm Releases": targetNamespace; "Multi-tenancy lockdown" is
    // off by default): a team-a writer deploys into validators.
    {
        name: "W7 restricted team-a + Role create helmreleases.helm.toolkit.fluxcd.io in team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "hr88", [rule(["helm.toolkit.fluxcd.io"], ["helmreleases"], ["create", "patch"])], "team-a");
        },
    },
    // Flux kustomize-controller applies a Kustomization's manifests cluster-wide as itself unless serviceAccountName
    // is set and impersonation is enforced (fluxcd.io "Kustomization", Role-based access control).
    {
        name: "W8 pod-identity: restricted team-a + Role create kustomizations in team-a-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "ks88", [rule(["kustomize.toolkit.fluxcd.io"], ["kustomizations"], ["create"])], "team-a");
        },
    },
    // An Argo Rollout's template runs as any ServiceAccount of its namespace (argo-rollouts "Architecture").
    {
        name: "W9 Role create rollouts.argoproj.io in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "ro88", [rule(["argoproj.io"], ["rollouts"], ["create"])]),
    },
    // OpenKruise's CloneSet is a Deployment with in-place updates (openkruise.io "CloneSet"): pods in its namespace;
    // the pack does not know the controller (fail closed).
    {
        name: "W10 Role create clonesets.apps.kruise.io in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "kr88", [rule(["apps.kruise.io"], ["clonesets"], ["create"])]),
    },
    // Argo CD's application controller deploys an Application's manifests with its cluster-admin ServiceAccount
    // into spec.destination.namespace (argo-cd "Declarative Setup"; an AppProject limits it only if the writer
    // cannot write AppProjects: here `*` in argoproj.io).
    {
        name: "W11 Role create argoproj.io/* in argocd bound to Group platform-devs-rt88k",
        stack: "prod",
        edit: r =>
            grant(r, "argo88", [rule(["argoproj.io"], ["*"], ["create", "update"])], "argocd", [
                group("platform-devs"),
            ]),
    },
    // A declared Flux HelmRelease whose chart comes from a HelmRepository outside the stack, targetNamespace
    // validators, values serviceAccount.name containment-chamber: the chart's owner picks the pods.
    {
        name: "W12 declared Flux HelmRelease (team-a) targetNamespace validators, serviceAccount containment-chamber-rt88k",
        stack: "prod",
        edit: r =>
            object(r, "kubernetes:helm.toolkit.fluxcd.io/v2:HelmRelease", "hr-decl88", {
                apiVersion: "helm.toolkit.fluxcd.io/v2",
                kind: "HelmRelease",
                metadata: { name: "metrics", namespace: "team-a" },
                spec: {
                    interval: "10m",
                    targetNamespace: "validators",
                    chart: {
                        spec: { chart: "metrics", sourceRef: { kind: "HelmRepository", name: "community" } },
                    },
                    values: { serviceAccount: { create: false, name: "containment-chamber" } },
                },
            }),
    },
    // ---- Class G: aggregated ClusterRoles ("Using RBAC Authorization", Aggregated ClusterRoles: the controller fills
    // `rules` from every ClusterRole whose labels match a clusterRoleSelector). An empty selector matches every
    // label set (Labels and Selectors: "An empty label selector ... selects every object"), cluster-admin included.
    {
        name: "G1 aggregated ClusterRole clusterRoleSelectors [{}] bound by RoleBinding in validators-rt88k",
        stack: "prod",
        edit: r => {
            role(r, "aggall88", [], undefined, { aggregationRule: { clusterRoleSelectors: [{}] } });
            bind(r, "aggall88", "ClusterRole", "aggall88", [user("auditor")], "validators");
        },
    },
    // matchExpressions Exists on aggregate-to-admin: admin's rules (pods, exec, tokens) in validators.
    {
        name: "G2 pod-identity: aggregated ClusterRole aggregate-to-admin Exists bound in validators-rt88k",
        stack: "pod-identity",
        edit: r => {
            role(r, "aggadm88", [], undefined, {
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchExpressions: [{ key: `${RBAC}/aggregate-to-admin`, operator: "Exists" }] },
                    ],
                },
            });
            bind(r, "aggadm88", "ClusterRole", "aggadm88", [user("auditor")], "validators");
        },
    },
    // The team's own label: a stack ClusterRole labelled example.com/aggregate-to-support carries pods/exec; the
    // aggregating role looks read-only by its own (empty) rules.
    {
        name: "G3 aggregated ClusterRole of a custom label pulling pods/exec get, bound in validators-rt88k",
        stack: "prod",
        edit: r => {
            role(r, "support-exec88", [rule([""], ["pods/exec"], ["get"])], undefined, {
                metadata: { labels: { "example.com/aggregate-to-support": "true" } },
            });
            role(r, "support88", [], undefined, {
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "example.com/aggregate-to-support": "true" } }],
                },
            });
            bind(r, "support88", "ClusterRole", "support88", [group("support")], "validators");
        },
    },
    // ---- Class S: subresources. "Using RBAC Authorization", Referring to resources; RBAC Good Practices,
    // Escalation paths (exec into pods, ephemeral containers, nodes/proxy, token requests).
    {
        name: "S1 Role create pods/portforward in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "pf88", [rule([""], ["pods", "pods/portforward"], ["get", "create"])]),
    },
    {
        name: "S2 pod-identity: Role get */exec in validators bound to auditor-rt88k",
        stack: "pod-identity",
        edit: r => grant(r, "exall88", [rule([""], ["*/exec"], ["get"])]),
    },
    // A token request names its ServiceAccount: resourceNames containment-chamber is exactly the custody one.
    {
        name: "S3 ClusterRole create serviceaccounts/token [containment-chamber] bound by RoleBinding in validators-rt88k",
        stack: "prod",
        edit: r => {
            role(r, "tok88", [rule([""], ["serviceaccounts/token"], ["create"], ["containment-chamber"])]);
            bind(r, "tok88", "ClusterRole", "tok88", [user("auditor")], "validators");
        },
    },
    {
        name: "S4 Role patch pods/ephemeralcontainers in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "eph88", [rule([""], ["pods/ephemeralcontainers"], ["patch"])]),
    },
    // nodes/proxy bound to every ServiceAccount of team-a: any team-a pod's token reaches the kubelet API.
    {
        name: "S5 pod-identity: ClusterRole get nodes/proxy bound to Group system:serviceaccounts:team-a-rt88k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "np88",
                [rule([""], ["nodes", "nodes/proxy"], ["get", "list"])],
                [group("system:serviceaccounts:team-a")],
            ),
    },
    // ---- Class B: bind / escalate / impersonate ("Using RBAC Authorization", Privilege escalation prevention and
    // bootstrapping; "Authenticating", User impersonation).
    {
        name: "B1 Role impersonate serviceaccounts [containment-chamber] in validators bound to auditor-rt88k",
        stack: "prod",
        edit: r => grant(r, "imp88", [rule([""], ["serviceaccounts"], ["impersonate"], ["containment-chamber"])]),
    },
    // bind on cluster-admin by name + create rolebindings, held in restricted team-a: a RoleBinding of cluster-admin
    // in team-a includes patch of Namespace team-a itself (a request on /api/v1/namespaces/team-a carries namespace
    // team-a), so the holder relabels team-a privileged (RBAC Good Practices, "Namespace modification").
    // Was a MISS (fixed in round 88): BIND-NAMESPACE: accepted (got []). `bind` by name gave the named role's power
    // inside the binding's namespace (boundByName), but that role's Namespace writes never became the holder's
    // relabels (Kubernetes "Using RBAC Authorization", User-facing roles: cluster-admin "If used in a RoleBinding,
    // gives full control over every resource in the role binding's namespace, including the namespace itself"). Fixed
    // in policy-pack/engine/kubernetes.ts: namedBindNamespaceWrites/bindableNamespaceWrites read each role bindable by
    // name as the bindings loop reads a binding's role, and its Namespace writes are the holder's where its binding
    // reaches (relabelOf), judged alone (relabelAlone, DECIDED below) and with the holder's pod creation.
    {
        name: "B2 restricted team-a + Role bind clusterroles [cluster-admin] + create rolebindings in team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(
                r,
                "bindca88",
                [
                    rule([RBAC], ["clusterroles"], ["bind"], ["cluster-admin"]),
                    rule([RBAC], ["rolebindings"], ["create", "get", "list"]),
                ],
                "team-a",
            );
        },
    },
    {
        name: "B3 pod-identity: Role escalate + create roles, create rolebindings in validators-rt88k",
        stack: "pod-identity",
        edit: r =>
            grant(r, "esc88", [
                rule([RBAC], ["roles"], ["create", "escalate", "get"]),
                rule([RBAC], ["rolebindings"], ["create"]),
            ]),
    },
    // Impersonate-Group needs Impersonate-User: a named ordinary user plus system:masters.
    {
        name: "B4 ClusterRole impersonate users [alice] + groups [system:masters] bound to auditor-rt88k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "impgm88", [
                rule([""], ["users"], ["impersonate"], ["alice"]),
                rule([""], ["groups"], ["impersonate"], ["system:masters"]),
            ]),
    },
    // ---- Class R: built-in groups ("Using RBAC Authorization", Referring to subjects: system:authenticated,
    // system:serviceaccounts, system:serviceaccounts:<ns>; "Authenticating", Anonymous requests: system:anonymous in
    // system:unauthenticated).
    {
        name: "R1 Role create pods in validators bound to Group system:authenticated-rt88k",
        stack: "prod",
        edit: r =>
            grant(r, "authd88", [rule([""], ["pods"], ["create"])], "validators", [group("system:authenticated")]),
    },
    {
        name: "R2 pod-identity: ClusterRole edit bound by RoleBinding in validators to Group system:serviceaccounts-rt88k",
        stack: "pod-identity",
        edit: r => bind(r, "editall88", "ClusterRole", "edit", [group("system:serviceaccounts")], "validators"),
    },
    // Anonymous requests are enabled on EKS's API server endpoint (only system:public-info-viewer is bound): a binding
    // to system:unauthenticated gives its rules to anyone who reaches the endpoint.
    {
        name: "R3 Role create serviceaccounts/token in validators bound to Group system:unauthenticated-rt88k",
        stack: "prod",
        edit: r =>
            grant(r, "anon88", [rule([""], ["serviceaccounts/token"], ["create"])], "validators", [
                group("system:unauthenticated"),
            ]),
    },
    {
        name: "R4 ClusterRole get pods/exec bound to User system:anonymous-rt88k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "anonu88", [rule([""], ["pods/exec"], ["get", "create"])], [user("system:anonymous")]),
    },
    // Every ServiceAccount of team-a (its pods' tokens): system:serviceaccounts:team-a.
    {
        name: "R5 Role create jobs in validators bound to Group system:serviceaccounts:team-a-rt88k",
        stack: "prod",
        edit: r =>
            grant(r, "sagrp88", [rule(["batch"], ["jobs"], ["create"])], "validators", [
                group("system:serviceaccounts:team-a"),
            ]),
    },
    // Namespace admin of restricted team-a through `*`: includes the Namespace object team-a (relabel privileged).
    {
        name: "R6 restricted team-a + Role */*/* in team-a bound to Group team-a-admins-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "nsadm88", [rule(["*"], ["*"], ["*"])], "team-a", [group("team-a-admins")]);
        },
    },
    // A team-a ServiceAccount subject bound to admin in validators.
    {
        name: "R7 pod-identity: ClusterRole admin bound by RoleBinding in validators to ServiceAccount team-a/ci-rt88k",
        stack: "pod-identity",
        edit: r => bind(r, "ciadm88", "ClusterRole", "admin", [sa("team-a", "ci")], "validators"),
    },
    // ---- Class E: EKS access policies and entries (EKS user guide, "Associate access policies with access
    // entries", "Review access policy permissions"; "Create access entries": types STANDARD, EC2_LINUX, EC2_WINDOWS,
    // FARGATE_LINUX, HYBRID_LINUX, EC2).
    {
        name: "E1 AmazonEKSEditPolicy scoped to validators for platform-ops-rt88k",
        stack: "prod",
        edit: r => accessPolicy(r, "edit88", "AmazonEKSEditPolicy", ["validators"]),
    },
    // ClusterAdmin scoped to restricted team-a: `*` on `*` where the request's namespace is team-a, the Namespace
    // object team-a itself included (relabel privileged).
    {
        name: "E2 restricted team-a + AmazonEKSClusterAdminPolicy scoped to namespace team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "ca88", "AmazonEKSClusterAdminPolicy", ["team-a"]);
        },
    },
    {
        name: "E3 pod-identity: AmazonEKSAdminPolicy cluster scope for platform-ops-rt88k",
        stack: "pod-identity",
        edit: r => accessPolicy(r, "adm88", "AmazonEKSAdminPolicy"),
    },
    // HYBRID_LINUX: EKS Hybrid Nodes' role, a node identity (system:nodes) ("Prepare cluster access for hybrid nodes").
    {
        name: "E4 access entry type HYBRID_LINUX for platform-ops-rt88k",
        stack: "prod",
        edit: r => accessPolicy(r, "hyb88", "", undefined, { type: "HYBRID_LINUX" }),
    },
    // EC2 (EKS Auto Mode custom node classes): a node identity with AmazonEKSAutoNodePolicy.
    {
        name: "E5 pod-identity: access entry type EC2 + AmazonEKSAutoNodePolicy for platform-ops-rt88k",
        stack: "pod-identity",
        edit: r => accessPolicy(r, "auto88", "AmazonEKSAutoNodePolicy", undefined, { type: "EC2" }),
    },
    // kubernetesGroups bound to edit cluster-wide by the stack.
    {
        name: "E6 access entry kubernetesGroups [ops-edit] + ClusterRoleBinding edit to Group ops-edit-rt88k",
        stack: "prod",
        edit: r => {
            accessPolicy(r, "grp88", "", undefined, { kubernetesGroups: ["ops-edit"] });
            bind(r, "opsedit88", "ClusterRole", "edit", [group("ops-edit")]);
        },
    },
    // A userName template renders the caller's session name: ops:{{SessionName}} may be ops:deployer, bound to
    // pod creation in validators ("Set a custom username for EKS access entries").
    {
        name: "E7 access entry userName ops:{{SessionName}} + Role create pods in validators bound to User ops:deployer-rt88k",
        stack: "prod",
        edit: r => {
            accessPolicy(r, "tpl88", "", undefined, { userName: "ops:{{SessionName}}" });
            grant(r, "opsdep88", [rule([""], ["pods"], ["create"])], "validators", [user("ops:deployer")]);
        },
    },
    // Two namespaces, one of them the custody one.
    {
        name: "E8 pod-identity: AmazonEKSEditPolicy scoped to [team-a, validators]-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "edit2-88", "AmazonEKSEditPolicy", ["team-a", "validators"]);
        },
    },
    // ---- Class A: admission that rewrites validators' pods ("Dynamic Admission Control": a mutating webhook
    // "can modify objects sent to the API server"; Gatekeeper "Mutation": Assign sets fields of matched objects).
    {
        name: "A1 MutatingWebhookConfiguration on pods with objectSelector only (every namespace)-rt88k",
        stack: "prod",
        edit: r =>
            object(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "mwh88", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "sidecar-injector" },
                webhooks: [
                    {
                        name: "inject.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { name: "injector", namespace: "mesh-system", path: "/inject" } },
                        objectSelector: { matchLabels: { "example.com/inject": "true" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                ],
            }),
    },
    // A declared Gatekeeper Assign setting the image of every container of validators' pods.
    {
        name: "A2 pod-identity: declared Gatekeeper Assign of spec.containers[name:*].image in validators-rt88k",
        stack: "pod-identity",
        edit: r =>
            object(r, "kubernetes:mutations.gatekeeper.sh/v1:Assign", "assign88", {
                apiVersion: "mutations.gatekeeper.sh/v1",
                kind: "Assign",
                metadata: { name: "mirror-images" },
                spec: {
                    applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
                    match: { scope: "Namespaced", namespaces: ["validators"] },
                    location: "spec.containers[name:*].image",
                    parameters: { assign: { value: "registry.example.com/mirror:latest" } },
                },
            }),
    },
    // RBAC write of Gatekeeper's mutators (a team of policy authors).
    {
        name: "A3 ClusterRole create assign.mutations.gatekeeper.sh bound to Group policy-authors-rt88k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "gkm88",
                [rule(["mutations.gatekeeper.sh"], ["assign", "assignmetadata"], ["create"])],
                [group("policy-authors")],
            ),
    },
    // ---- Class N: Pod Security labels ("Pod Security Admission": only the `enforce` label rejects pods; audit and
    // warn only record).
    {
        name: "N1 team-a Namespace with audit+warn restricted, no enforce, + Role create pods in team-a-rt88k",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Namespace", "ns-team-a-aw88", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: {
                    name: "team-a",
                    labels: {
                        "pod-security.kubernetes.io/audit": "restricted",
                        "pod-security.kubernetes.io/warn": "restricted",
                    },
                },
            });
            grant(r, "tpods88", [rule([""], ["pods"], ["create"])], "team-a");
        },
    },
    // A NamespacePatch lowering a declared restricted Namespace (server-side apply: the last writer's label).
    {
        name: "N2 pod-identity: restricted team-a + NamespacePatch enforce privileged + Role create deployments in team-a-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            k8s(r, "kubernetes:core/v1:NamespacePatch", "ns-team-a-patch88", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "team-a", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
            });
            grant(r, "tdep88", [rule(["apps"], ["deployments"], ["create"])], "team-a");
        },
    },
    // ---- Class H: host namespaces and privilege (Pod Security Standards, Baseline: Host Namespaces, Privileged
    // Containers; RBAC Good Practices: a privileged pod gains node access).
    {
        name: "H1 declared DaemonSet hostPID in monitoring (no Namespace declared)-rt88k",
        stack: "prod",
        edit: r =>
            workload(r, "DaemonSet", "procmon88", "monitoring", "default", {
                hostPID: true,
                containers: [rootContainer()],
            }),
    },
    {
        name: "H2 pod-identity: declared Deployment hostNetwork in kube-system-rt88k",
        stack: "pod-identity",
        edit: r =>
            workload(r, "Deployment", "netprobe88", "kube-system", "default", {
                hostNetwork: true,
                containers: [container()],
            }),
    },
    {
        name: "H3 declared Job in team-a with a privileged initContainer-rt88k",
        stack: "prod",
        edit: r =>
            workload(r, "Job", "sysctl88", "team-a", "default", {
                initContainers: [rootContainer({ name: "tune", securityContext: { privileged: true } })],
            }),
    },
    {
        name: "H4 declared StatefulSet hostIPC in team-a-rt88k",
        stack: "prod",
        edit: r => workload(r, "StatefulSet", "shm88", "team-a", "default", { hostIPC: true }),
    },
    // ---- Class B neighbours of B2 (a second subject or identity that may relabel restricted team-a). The bot's Role
    // patches Namespace team-a (RBAC Good Practices, "Namespace modification": "through a namespaced RoleBinding to a
    // Role with that access"); whoever may act as the bot may relabel team-a privileged.
    // Was a MISS (fixed in round 88): RELABEL-ALONE: accepted (got []). A subject that may relabel restricted team-a
    // but creates no pods there was no power in the pack (pairRelabels paired a relabel only with the same holder's pod
    // creation). DECIDED (lead, round 88): insecure. RBAC Good Practices, "Namespace modification": such a user "may
    // ... configure the namespace for a more permissive policy than intended by the administrators", and then every
    // pod creator of team-a, inside or outside the stack's sight, runs privileged pods on any node. Fixed in
    // policy-pack/engine/kubernetes.ts relabelAlone: a stack grant of a Namespace write on a namespace the stack
    // confines is refused by itself (here ns-bot's, whoever acts as it).
    {
        name: "B5 restricted team-a + SA team-a/ns-bot may patch Namespace team-a + auditor impersonates ns-bot in team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            nsBot(r);
            grant(r, "impbot88", [rule([""], ["serviceaccounts"], ["impersonate"], ["ns-bot"])], "team-a");
        },
    },
    // Was a MISS (fixed in round 88): RELABEL-ALONE (as B5): accepted (got []). DECIDED (lead, round 88): insecure,
    // refused by relabelAlone (RBAC Good Practices, "Namespace modification").
    {
        name: "B6 pod-identity: restricted team-a + SA team-a/ns-bot may patch Namespace team-a + auditor creates its tokens-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            nsBot(r);
            grant(r, "tokbot88", [rule([""], ["serviceaccounts/token"], ["create"], ["ns-bot"])], "team-a");
        },
    },
    // A pod creator of team-a runs a restricted pod as ns-bot (serviceAccountName), then relabels with its token.
    {
        name: "B7 restricted team-a + SA team-a/ns-bot may patch Namespace team-a + auditor creates pods in team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            nsBot(r);
            grant(r, "podbot88", [rule([""], ["pods"], ["create"])], "team-a");
        },
    },
    // bind by name of a stack Role that may patch Namespace team-a and create pods.
    // Was a MISS (fixed in round 88): BIND-NAMESPACE (same class as B2): accepted (got []); now the bindable Role's
    // patch of Namespace team-a is the holder's relabel (namedBindNamespaceWrites).
    {
        name: "B8 restricted team-a + Role ns-owner (patch namespaces, create pods) + bind roles [ns-owner] + create rolebindings-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(
                r,
                "ns-owner88",
                [rule([""], ["namespaces"], ["get", "patch"], ["team-a"]), rule([""], ["pods"], ["create"])],
                "team-a",
            );
            grant(
                r,
                "bindown88",
                [rule([RBAC], ["roles"], ["bind"], ["ns-owner88"]), rule([RBAC], ["rolebindings"], ["create", "get"])],
                "team-a",
            );
        },
    },
    // The relabel alone, held by a person: team-a's own pod creators (outside the stack) then run privileged pods.
    // Was a MISS (fixed in round 88): RELABEL-ALONE (as B5): accepted (got []). DECIDED (lead, round 88): insecure,
    // refused by relabelAlone (RBAC Good Practices, "Namespace modification").
    {
        name: "B9 restricted team-a + Role patch namespaces [team-a] in team-a bound to auditor-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "relabel88", [rule([""], ["namespaces"], ["get", "patch"], ["team-a"])], "team-a");
        },
    },
    // AmazonEKSEditPolicy impersonates every ServiceAccount of its namespaces ("Review access policy permissions":
    // impersonate serviceaccounts), ns-bot included.
    // Was a MISS (fixed in round 88): POLICY-HELD-ACCOUNTS: accepted (got []). The accessPolicyAssociation branch of
    // readKubernetes pushed the policy's powers only: its pod creation never paired with the relabels of the
    // ServiceAccounts it acts as (pairRelabels), nor its own Namespace writes with anything. Fixed in
    // policy-pack/engine/kubernetes.ts: an association is read in its scope as RoleBindings of its rules are (its pod
    // creation a podCreator keyed by holderKey, its Namespace writes a relabel: relabelAlone, pairRelabels); ns-bot's
    // relabel of team-a is refused by itself too (RELABEL-ALONE, DECIDED).
    {
        name: "E10 restricted team-a + SA team-a/ns-bot may patch Namespace team-a + AmazonEKSEditPolicy scoped to team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            nsBot(r);
            accessPolicy(r, "editbot88", "AmazonEKSEditPolicy", ["team-a"]);
        },
    },
    // Pod Identity stacks: a Service writer captures the EKS Pod Identity agent's traffic (CVE-2020-8554: externalIPs
    // fd00:ec2::23 or a load-balancer ingress IP), and AmazonEKSEditPolicy writes Services, even in restricted team-a.
    {
        name: "E9 pod-identity: restricted team-a + AmazonEKSEditPolicy scoped to team-a (Service writes)-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "tedit88", "AmazonEKSEditPolicy", ["team-a"]);
        },
    },
    // A custom aggregation label: any ClusterRole outside the stack may carry it ("Aggregated ClusterRoles": the
    // controller adds the rules of every matching ClusterRole, a chart's included), so the aggregate's rules cannot be
    // read from the stack (fail closed), though the one declared member only reads.
    {
        name: "G4 aggregated ClusterRole of a custom label (one read-only member declared), bound cluster-wide-rt88k",
        stack: "prod",
        edit: r => {
            role(r, "readers-pods88", [rule([""], ["pods", "services"], ["get", "list", "watch"])], undefined, {
                metadata: { labels: { "example.com/aggregate-to-readers": "true" } },
            });
            role(r, "readers88", [], undefined, {
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "example.com/aggregate-to-readers": "true" } }],
                },
            });
            bind(r, "readers88", "ClusterRole", "readers88", [group("readers")]);
        },
    },
    // ---- Round 88 fix neighbours (-fix88). bind by name of a Role that only relabels: the holder binds it to itself
    // ("Using RBAC Authorization", "Restrictions on role binding creation or update": the bind verb on the referenced
    // role), then patches Namespace team-a (RBAC Good Practices, "Namespace modification").
    {
        name: "B8-fix88 restricted team-a + bind roles [ns-labeller] (patch namespaces [team-a] only) + create rolebindings to Group team-a-leads",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "ns-labeller88", [rule([""], ["namespaces"], ["get", "patch"], ["team-a"])], "team-a");
            grant(
                r,
                "bindlab88",
                [
                    rule([RBAC], ["roles"], ["bind"], ["ns-labeller88"]),
                    rule([RBAC], ["rolebindings"], ["create", "update"]),
                ],
                "team-a",
                [group("team-a-leads")],
            );
        },
    },
    // A ClusterRole granting bind on cluster-admin by name, bound by RoleBinding in restricted team-a to a CI account.
    {
        name: "B2-fix88 pod-identity: restricted team-a + ClusterRole bind [cluster-admin] + create rolebindings by RoleBinding in team-a to team-a/ci",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            role(r, "bindca-c88", [
                rule([RBAC], ["clusterroles"], ["bind"], ["cluster-admin"]),
                rule([RBAC], ["rolebindings"], ["create"]),
            ]);
            bind(r, "bindca-c88", "ClusterRole", "bindca-c88", [sa("team-a", "ci")], "team-a");
        },
    },
    // DECIDED (round 88) RELABEL-ALONE: an unnamed Namespace patch cluster-wide relabels every namespace, restricted
    // team-a among them.
    {
        name: "B9-fix88 restricted team-a + ClusterRole patch namespaces (every one) bound cluster-wide to Group ns-labellers",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            clusterGrant(r, "nslab88", [rule([""], ["namespaces"], ["get", "list", "patch"])], [group("ns-labellers")]);
        },
    },
    // namespaces/status writes labels too (the status strategy resets only spec: kubernetes
    // pkg/registry/core/namespace/strategy.go), and baseline confines as restricted does.
    {
        name: "B9-fix88 pod-identity: baseline team-a + Role update namespaces/status [team-a] in team-a to auditor",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a", "baseline");
            grant(r, "nsstat88", [rule([""], ["namespaces/status"], ["get", "update"], ["team-a"])], "team-a");
        },
    },
    // An access policy scoped by a pattern (EKS user guide, "Associate access policies with access entries": "You can
    // use wildcard characters for a namespace name"): Edit on team-* acts as ns-bot, which relabels team-a.
    {
        name: "E10-fix88 pod-identity: restricted team-a + SA team-a/ns-bot patches Namespace team-a + AmazonEKSEditPolicy scoped to team-*",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            nsBot(r);
            accessPolicy(r, "editpat88", "AmazonEKSEditPolicy", ["team-*"]);
        },
    },
    // AmazonEKSClusterAdminPolicy scoped to restricted team-b: `*` on `*` there, the Namespace team-b itself included.
    {
        name: "E2-fix88 restricted team-b + AmazonEKSClusterAdminPolicy scoped to team-b",
        stack: "prod",
        edit: r => {
            namespace(r, "team-b");
            accessPolicy(r, "cab88", "AmazonEKSClusterAdminPolicy", ["team-b"]);
        },
    },
];

const secure: StackCase[] = [
    // A team's own RBAC in its restricted namespace: pods/workloads there run only restricted pods as team-a's
    // ServiceAccounts (Pod Security Standards, Restricted; RBAC Good Practices, "Workload creation").
    {
        name: "T1 restricted team-a + Role create deployments/statefulsets/jobs/cronjobs/pods in team-a to Group team-a-devs-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(
                r,
                "tdev88",
                [
                    rule(["apps"], ["deployments", "statefulsets", "replicasets"], ["*"]),
                    rule(["batch"], ["jobs", "cronjobs"], ["*"]),
                    rule([""], ["pods", "services", "configmaps"], ["*"]),
                ],
                "team-a",
                [group("team-a-devs")],
            );
        },
    },
    {
        name: "T2 restricted team-a + AmazonEKSEditPolicy scoped to team-a (IRSA stack)-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "tedit88", "AmazonEKSEditPolicy", ["team-a"]);
        },
    },
    // View reads no Secret and writes nothing ("Review access policy permissions": AmazonEKSViewPolicy).
    {
        name: "T3 AmazonEKSViewPolicy cluster scope for platform-ops-rt88k",
        stack: "prod",
        edit: r => accessPolicy(r, "view88", "AmazonEKSViewPolicy"),
    },
    // A read-only ClusterRole for developers cluster-wide (no secrets, no exec).
    {
        name: "T4 ClusterRole get/list/watch pods, deployments, events bound to Group developers-rt88k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "devread88",
                [
                    rule([""], ["pods", "pods/log", "events", "services"], ["get", "list", "watch"]),
                    rule(["apps"], ["deployments", "replicasets", "statefulsets"], ["get", "list", "watch"]),
                ],
                [group("developers")],
            ),
    },
    {
        name: "T5 pod-identity: Role get/list pods, pods/log, events in validators to auditor-rt88k",
        stack: "pod-identity",
        edit: r => grant(r, "vread88", [rule([""], ["pods", "pods/log", "events"], ["get", "list", "watch"])]),
    },
    // exec and port-forward inside restricted team-a: team-a's own pods.
    {
        name: "T7 restricted team-a + Role pods/exec, pods/portforward in team-a to Group team-a-devs-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "texec88", [rule([""], ["pods/exec", "pods/portforward"], ["get", "create"])], "team-a", [
                group("team-a-devs"),
            ]);
        },
    },
    // A CI ServiceAccount minting its own namespace's deployer token.
    {
        name: "T8 pod-identity: restricted team-a + Role create serviceaccounts/token [deployer] in team-a to team-a/ci-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "ttok88", [rule([""], ["serviceaccounts/token"], ["create"], ["deployer"])], "team-a", [
                sa("team-a", "ci"),
            ]);
        },
    },
    // Argo Rollouts in restricted team-a: its pods run in team-a (argo-rollouts "Architecture").
    {
        name: "T9 restricted team-a + Role create rollouts.argoproj.io in team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "tro88", [rule(["argoproj.io"], ["rollouts"], ["create", "patch"])], "team-a");
        },
    },
    // A ValidatingAdmissionPolicy on pods only (it cannot mutate: "Validating Admission Policy").
    {
        name: "T10 declared ValidatingAdmissionPolicy + binding denying hostPath pods-rt88k",
        stack: "prod",
        edit: r => {
            object(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "vap88", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "no-hostpath" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                    },
                    validations: [
                        {
                            expression: "!has(object.spec.volumes) || object.spec.volumes.all(v, !has(v.hostPath))",
                            message: "hostPath volumes are not allowed",
                        },
                    ],
                },
            });
            object(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding", "vapb88", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "no-hostpath" },
                spec: { policyName: "no-hostpath", validationActions: ["Deny"] },
            });
        },
    },
    // A hardened Deployment in restricted team-a.
    {
        name: "T11 pod-identity: restricted team-a + hardened Deployment in team-a-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            workload(r, "Deployment", "web88", "team-a", "default", {});
        },
    },
    // kubernetesGroups bound to edit only in restricted team-a.
    {
        name: "T12 restricted team-a + access entry kubernetesGroups [team-a-edit] + RoleBinding edit in team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "tgrp88", "", undefined, { kubernetesGroups: ["team-a-edit"] });
            bind(r, "taedit88", "ClusterRole", "edit", [group("team-a-edit")], "team-a");
        },
    },
    // A Pod Identity association of a team ServiceAccount with a stack role whose trust pins it (EKS user guide,
    // "Assign an IAM role to a Kubernetes service account": session tags kubernetes-namespace/-service-account).
    {
        name: "T13 pod-identity: PodIdentityAssociation team-a/app with stack role team-a-app pinned to it-rt88k",
        stack: "pod-identity",
        edit: r => {
            const roleArn = stackRole(
                r,
                "111111111111",
                "team-a-app",
                {
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:RequestTag/eks-cluster-arn":
                                "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators",
                            "aws:RequestTag/kubernetes-namespace": "team-a",
                            "aws:RequestTag/kubernetes-service-account": "app",
                        },
                    },
                },
                [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::team-a-assets/*" }],
            );
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "team-a-app-pia88", {
                clusterName: "prod-validators",
                namespace: "team-a",
                serviceAccount: "app",
                roleArn,
            });
        },
    },
    // Prometheus' node scraping: nodes, nodes/metrics, nodes/stats, no nodes/proxy.
    {
        name: "T14 ClusterRole get nodes, nodes/metrics, nodes/stats bound to monitoring/prometheus-rt88k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "promnodes88",
                [rule([""], ["nodes", "nodes/metrics", "nodes/stats"], ["get", "list", "watch"])],
                [sa("monitoring", "prometheus")],
            ),
    },
    // Everyone may ask what they may do (as the built-in basic-user / system:basic-user does).
    {
        name: "T15 pod-identity: ClusterRole create selfsubjectaccessreviews/rulesreviews bound to system:authenticated-rt88k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "selfreview88",
                [rule(["authorization.k8s.io"], ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], ["create"])],
                [group("system:authenticated")],
            ),
    },
    {
        name: "T16 restricted team-a + AmazonEKSAdminPolicy scoped to team-a-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            accessPolicy(r, "tadm88", "AmazonEKSAdminPolicy", ["team-a"]);
        },
    },
    // A scaler in validators: the scale subresource changes replicas only, never the template ("Scale subresource";
    // RBAC resource deployments/scale is not deployments).
    {
        name: "T17 pod-identity: Role get/patch deployments/scale, statefulsets/scale in validators to keda-operator-rt88k",
        stack: "pod-identity",
        edit: r =>
            grant(
                r,
                "scale88",
                [rule(["apps"], ["deployments/scale", "statefulsets/scale"], ["get", "patch", "update"])],
                "validators",
                [sa("keda", "keda-operator")],
            ),
    },
    // Restarting pods (delete) and evicting them: no pod spec, no channel.
    {
        name: "T18 Role delete pods + create pods/eviction in validators to auditor-rt88k",
        stack: "prod",
        edit: r =>
            grant(r, "restart88", [
                rule([""], ["pods"], ["get", "list", "delete"]),
                rule([""], ["pods/eviction"], ["create"]),
            ]),
    },
    // The Namespace objects a read-only role lists, and a Pod Security label of restricted on validators itself.
    {
        name: "T19 restricted validators Namespace + ClusterRole get/list namespaces to Group developers-rt88k",
        stack: "prod",
        edit: r => {
            namespace(r, "validators");
            clusterGrant(r, "nsread88", [rule([""], ["namespaces"], ["get", "list", "watch"])], [group("developers")]);
        },
    },
    // A binding to a group of the team's own ServiceAccounts in its restricted namespace.
    {
        name: "T20 pod-identity: restricted team-a + Role create jobs in team-a bound to Group system:serviceaccounts:team-a-rt88k",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "tjobs88", [rule(["batch"], ["jobs"], ["create"])], "team-a", [
                group("system:serviceaccounts:team-a"),
            ]);
        },
    },
    // ---- Round 88 fix neighbours (-fix88). The Kubernetes docs' own delegation ("Using RBAC Authorization",
    // "Restrictions on role binding creation or update": bind on clusterroles admin, edit, view by resourceNames):
    // none of them writes the namespace itself ("User-facing roles": admin "does not allow write access to resource
    // quota or to the namespace itself"), and their pods in restricted team-a stay restricted.
    {
        name: "B2-fix88 restricted team-a + Role bind clusterroles [admin, edit, view] + create rolebindings in team-a to Group team-a-leads",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(
                r,
                "bindaev88",
                [
                    rule([RBAC], ["clusterroles"], ["bind"], ["admin", "edit", "view"]),
                    rule([RBAC], ["rolebindings"], ["create", "get", "list", "delete"]),
                ],
                "team-a",
                [group("team-a-leads")],
            );
        },
    },
    // bind by name of a Role that creates pods only: pods in restricted team-a, no relabel.
    {
        name: "B8-fix88 restricted team-a + bind roles [pod-runner] (create pods) + create rolebindings in team-a",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "pod-runner88", [rule([""], ["pods"], ["get", "create", "delete"])], "team-a");
            grant(
                r,
                "bindrun88",
                [rule([RBAC], ["roles"], ["bind"], ["pod-runner88"]), rule([RBAC], ["rolebindings"], ["create"])],
                "team-a",
            );
        },
    },
    // DECIDED (round 88) RELABEL-ALONE only for confined namespaces: team-b declares no Pod Security level (the EKS
    // default, privileged, already), so relabelling it changes nothing the stack relies on, and no pod creation there
    // is granted.
    {
        name: "B9-fix88 restricted team-a + Role patch namespaces [team-b] in unlabelled team-b to auditor",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "relabelb88", [rule([""], ["namespaces"], ["get", "patch"], ["team-b"])], "team-b");
        },
    },
    // Reading its own Namespace (labels included) writes nothing.
    {
        name: "B9-fix88 pod-identity: restricted team-a + Role get/list/watch namespaces [team-a] to team-a/ns-reader",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "nsread-a88", [rule([""], ["namespaces"], ["get", "list", "watch"], ["team-a"])], "team-a", [
                sa("team-a", "ns-reader"),
            ]);
        },
    },
    // Edit on restricted team-a acting as a team-a ServiceAccount that only reads its Namespace.
    {
        name: "E10-fix88 restricted team-a + SA team-a/ns-reader gets Namespace team-a + AmazonEKSEditPolicy scoped to team-a",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "nsread-e88", [rule([""], ["namespaces"], ["get"], ["team-a"])], "team-a", [
                sa("team-a", "ns-reader"),
            ]);
            accessPolicy(r, "editrd88", "AmazonEKSEditPolicy", ["team-a"]);
        },
    },
];

describeVariants(
    "red team 88 (k8s): workload controllers, aggregation, subresources, groups, EKS policies, admission",
    insecure,
    secure,
);
