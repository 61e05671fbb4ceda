// Red-team round 73 on the Kubernetes/EKS API level (fresh eyes), beside rounds 70/71's k8s probes.
// Probed (insecure): bindings to the built-in groups every authenticated caller or ServiceAccount is in
// (system:authenticated, system:serviceaccounts, system:serviceaccounts:team-a reached through team-a's own pods'
// tokens); bindings to the usernames EKS gives an access entry (the default assumed-role ARN with the caller-chosen
// session name, a userName template with {{SessionName}}); pods/attach, pods patch (image swap of a running pod),
// `*/token`, apiGroups `*`; configmaps patch of aws-auth by resourceName; mutating webhooks and MutatingAdmissionPolicy
// creation; pod-making workloads forgotten elsewhere (ReplicationControllers, CronJobs, StatefulSets patch); aggregation
// into edit and admin; EKS access policies (AmazonEKSAdminPolicy namespace-scoped, ClusterAdmin cluster-scoped, a
// wildcard namespace `valid*`); CRDs whose controllers make pods or nodes (Kyverno generate ClusterPolicy,
// KEDA ScaledJob, Karpenter EC2NodeClass user data, Argo CD ApplicationSet).
// Probed (secure): tokenreviews/subjectaccessreviews; groups-only impersonation; kube-system configmaps read;
// an access policy scoped to `team-*`; a binding of view to an access entry's userName in validators; edit aggregation
// of a CRD read bound in team-a; Jobs, ReplicationControllers and pods/attach inside restricted team-a; events reads;
// leases in team-a.
//
// Misses (insecure accepted, 6; one class): a RoleBinding/ClusterRoleBinding (or Patch) whose `subjects`, or a
// subject's name or kind, is unknown during a first preview only gets the SDK's advisory, though its role has a power
// (cluster-admin, pod creation in validators, impersonating system:kube-controller-manager); the pack refuses unknown
// rules, roleRefs, access-entry principals and any literal group binding of cluster-admin. Secure misses: none.
// Held: everything else above (incl. a ServiceAccount subject of unknown namespace, an unknown RoleBinding namespace,
// an access entry's unknown userName). Three cases first written as secure that the pack rightly refuses are kept as
// insecure: AmazonEKSEditPolicy on `team-*` (unknown team-<x> namespaces), a Kyverno namespaced Policy
// (GHSA-8p9x-46gm-qfx2 apiCall as Kyverno), and edit aggregation of a CRD with `create` (unknown controller; the
// secure case reads only).
import { UNKNOWN } from "../support";
import { describeVariants, StackCase } from "./support";
import { aws, bind, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const TEAM = [{ kind: "Group", apiGroup: RBAC, name: "team-a" }];
const POLICY = "arn:aws:eks::aws:cluster-access-policy";

type R = Parameters<StackCase["edit"]>[0];

/** platform-ops in the Kubernetes group team-a on the stack's cluster (an EKS access entry). */
const teamEntry = (r: R, extra: Record<string, unknown> = {}) =>
    aws(r, ENTRY, "ops-team-a", {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
        kubernetesGroups: ["team-a"],
        ...extra,
    });

const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }];

/** team-a restricted, creating pods in team-a, platform-ops in team-a. */
const teamPods = (r: R) => {
    namespace(r, "team-a");
    roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
    teamEntry(r);
};

const clusterGrant = (r: R, name: string, rules: object[]) => {
    roleFor(r, name, rules, TEAM);
    teamEntry(r);
};

const validatorsGrant = (r: R, name: string, rules: object[]) => {
    roleFor(r, name, rules, TEAM, "validators");
    teamEntry(r);
};

const teamGrant = (r: R, name: string, rules: object[]) => {
    namespace(r, "team-a");
    roleFor(r, name, rules, TEAM, "team-a");
    teamEntry(r);
};

const association = (r: R, name: string, policy: string, scope: Record<string, unknown>) => {
    teamEntry(r);
    aws(r, ASSOC, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `${POLICY}/${policy}`,
        accessScope: scope,
    });
};

const aggregated = (r: R, label: string, rules: object[]) =>
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `agg-${label}`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name: `agg-${label}`, labels: { [`${RBAC}/aggregate-to-${label}`]: "true" } },
        rules,
    });

/** A binding (ClusterRole cluster-admin, or the Role `role` in `ns`) with these subjects (UNKNOWN in a preview). */
const unknownSubjects = (r: R, kind: string, role: string, subjects: unknown, ns?: string) =>
    k8s(r, `kubernetes:${RBAC}/v1:${kind}`, `subjects-${kind}-${role}`, {
        apiVersion: `${RBAC}/v1`,
        kind,
        metadata: ns ? { name: `subjects-${role}`, namespace: ns } : { name: `subjects-${role}` },
        roleRef: { apiGroup: RBAC, kind: ns ? "Role" : "ClusterRole", name: role },
        subjects,
    });

/** The refusal of a binding whose subjects (or a subject's kind, name or namespace) are unknown in a preview. */
const UNKNOWN_SUBJECTS = /whoever .*names at `up`.*subjects[^ ]* is unknown during the preview/;

const insecure: StackCase[] = [
    // ---- bindings to built-in groups (Kubernetes "Using RBAC Authorization", "Referring to subjects":
    // system:authenticated holds every authenticated user; a ServiceAccount is in system:serviceaccounts and
    // system:serviceaccounts:<namespace>)
    {
        name: "pods create in validators bound to Group system:authenticated",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "all-pods",
                POD_CREATE,
                [{ kind: "Group", apiGroup: RBAC, name: "system:authenticated" }],
                "validators",
            );
            teamEntry(r);
        },
    },
    {
        name: "pods create in validators bound to Group system:serviceaccounts:team-a, team-a creating pods in restricted team-a",
        stack: "prod",
        edit: r => {
            teamPods(r);
            roleFor(
                r,
                "team-sa-pods",
                POD_CREATE,
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:team-a" }],
                "validators",
            );
        },
    },
    {
        name: "serviceaccounts/token of containment-chamber bound to Group system:serviceaccounts (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            teamPods(r);
            roleFor(
                r,
                "all-sa-mint",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts" }],
                "validators",
            );
        },
    },
    // ---- usernames EKS gives access entries (EKS user guide "Create access entries": without a username EKS uses
    // arn:aws:sts::<account>:assumed-role/<role>/{{SessionName}} for a role; the session name is the caller's choice in
    // sts:AssumeRole RoleSessionName; a userName may hold {{SessionName}})
    {
        name: "pods create in validators bound to User assumed-role/platform-ops/alice (default access-entry username)",
        stack: "prod",
        edit: r => {
            aws(r, ENTRY, "ops-plain", { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "STANDARD" });
            roleFor(
                r,
                "alice-pods",
                POD_CREATE,
                [{ kind: "User", apiGroup: RBAC, name: "arn:aws:sts::111111111111:assumed-role/platform-ops/alice" }],
                "validators",
            );
        },
    },
    {
        name: "pods create in validators bound to User ops-alice, access entry userName ops-{{SessionName}}",
        stack: "prod",
        edit: r => {
            aws(r, ENTRY, "ops-tmpl", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                userName: "ops-{{SessionName}}",
            });
            roleFor(
                r,
                "ops-alice-pods",
                POD_CREATE,
                [{ kind: "User", apiGroup: RBAC, name: "ops-alice" }],
                "validators",
            );
        },
    },
    // ---- verbs and subresources
    {
        name: "team-a may create pods/attach in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "attach", [
                { apiGroups: [""], resources: ["pods/attach"], verbs: ["create", "get"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
            ]),
    },
    // Kubernetes "Pods" (Pod update and replacement): a running pod's spec.containers[*].image may be updated.
    {
        name: "team-a may patch pods in validators (swap a running signer container's image)",
        stack: "prod",
        edit: r => validatorsGrant(r, "pod-patch", [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "patch"] }]),
    },
    {
        name: "team-a may create */token in validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r => validatorsGrant(r, "any-token", [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }]),
    },
    {
        name: "team-a may do anything to pods in any apiGroup in validators",
        stack: "pod-identity",
        edit: r => validatorsGrant(r, "star-group", [{ apiGroups: ["*"], resources: ["pods"], verbs: ["*"] }]),
    },
    {
        name: "team-a may patch the ConfigMap aws-auth in kube-system by resourceName",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "aws-auth-edit",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "patch"], resourceNames: ["aws-auth"] }],
                TEAM,
                "kube-system",
            );
            teamEntry(r);
        },
    },
    {
        name: "team-a may create MutatingWebhookConfigurations",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "mwh", [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingwebhookconfigurations"],
                    verbs: ["create"],
                },
            ]),
    },
    {
        name: "team-a may create MutatingAdmissionPolicies and their bindings",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "map", [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                    verbs: ["create"],
                },
            ]),
    },
    // ---- workloads that make pods (Kubernetes "ReplicationController": ensures pods from its template)
    {
        name: "team-a may create ReplicationControllers in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "rc", [{ apiGroups: [""], resources: ["replicationcontrollers"], verbs: ["create"] }]),
    },
    {
        name: "team-a may create CronJobs in validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r => validatorsGrant(r, "cron", [{ apiGroups: ["batch"], resources: ["cronjobs"], verbs: ["create"] }]),
    },
    {
        name: "team-a may patch StatefulSets in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "sts", [{ apiGroups: ["apps"], resources: ["statefulsets"], verbs: ["get", "patch"] }]),
    },
    {
        name: "team-a may update Deployments in basil-bootstrap (basil stack)",
        stack: "basil",
        edit: r => {
            roleFor(
                r,
                "basil-deploy",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "update"] }],
                TEAM,
                "basil-bootstrap",
            );
            teamEntry(r);
        },
    },
    // ---- aggregation (Kubernetes "Using RBAC Authorization", "Default roles and role bindings": edit and admin
    // aggregate ClusterRoles labelled aggregate-to-edit / aggregate-to-admin)
    {
        name: "a ClusterRole aggregated to edit adding pods/exec, edit bound in validators to team-a",
        stack: "prod",
        edit: r => {
            aggregated(r, "edit", [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }]);
            bind(r, "team-a-edit", { kind: "ClusterRole", name: "edit" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    {
        name: "a ClusterRole aggregated to admin adding serviceaccounts/token, admin bound in validators (pod-identity)",
        stack: "pod-identity",
        edit: r => {
            aggregated(r, "admin", [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }]);
            bind(r, "team-a-admin", { kind: "ClusterRole", name: "admin" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    // ---- EKS access policies (EKS user guide "Review access policy permissions"; "Associate access policies with
    // access entries": namespaces accept a trailing `*`)
    {
        name: "platform-ops with AmazonEKSAdminPolicy scoped to validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            association(r, "admin-validators", "AmazonEKSAdminPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
    },
    {
        name: "platform-ops with AmazonEKSClusterAdminPolicy cluster-wide",
        stack: "prod",
        edit: r => association(r, "cluster-admin", "AmazonEKSClusterAdminPolicy", { type: "cluster" }),
    },
    {
        name: "platform-ops with AmazonEKSEditPolicy scoped to the wildcard namespace valid*",
        stack: "prod",
        edit: r => association(r, "edit-valid", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["valid*"] }),
    },
    // ---- CRDs whose controllers make pods or nodes
    {
        name: "team-a may create Kyverno ClusterPolicies (generate and mutate rules run as Kyverno)",
        stack: "prod",
        edit: r => {
            teamPods(r);
            roleFor(
                r,
                "kyverno-policies",
                [{ apiGroups: ["kyverno.io"], resources: ["clusterpolicies"], verbs: ["create"] }],
                TEAM,
            );
        },
    },
    {
        name: "team-a may create KEDA ScaledJobs in validators (keda.sh: a Job template the operator runs)",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "scaledjobs", [
                { apiGroups: ["keda.sh"], resources: ["scaledjobs"], verbs: ["create"] },
            ]),
    },
    {
        name: "team-a may create Karpenter EC2NodeClasses and NodePools (user data on nodes with the node role)",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "karpenter", [
                { apiGroups: ["karpenter.k8s.aws"], resources: ["ec2nodeclasses"], verbs: ["create"] },
                { apiGroups: ["karpenter.sh"], resources: ["nodepools"], verbs: ["create"] },
            ]),
    },
    {
        name: "team-a may create Argo CD ApplicationSets in argocd",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "appsets",
                [{ apiGroups: ["argoproj.io"], resources: ["applicationsets"], verbs: ["create"] }],
                TEAM,
                "argocd",
            );
            teamEntry(r);
        },
    },
    // ---- impersonation of a user with the groups of the custody ServiceAccount's namespace
    {
        name: "team-a may impersonate any user and the group system:serviceaccounts:validators, validators' group may create pods",
        stack: "prod",
        edit: r => {
            clusterGrant(r, "imp-any", [{ apiGroups: [""], resources: ["users", "groups"], verbs: ["impersonate"] }]);
            roleFor(
                r,
                "val-sa-pods",
                POD_CREATE,
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:validators" }],
                "validators",
            );
        },
    },
    // First written as secure; the pack rightly refuses: `team-*` also names every team-<x> namespace outside the
    // stack, which the pack cannot see and EKS admits privileged pods in by default (no Pod Security label).
    {
        name: "platform-ops with AmazonEKSEditPolicy scoped to team-* (team-a restricted, other team-* namespaces unknown)",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            association(r, "edit-team", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["team-*"] });
        },
    },
    // First written as secure; the pack rightly refuses: a namespaced Kyverno Policy's apiCall ran as Kyverno's
    // admission controller with no namespace limit (GHSA-8p9x-46gm-qfx2, fixed by kyverno/kyverno#14843 in 2026),
    // and the pack cannot know the installed Kyverno version.
    {
        name: "team-a may create Kyverno namespaced Policies in restricted team-a",
        stack: "prod",
        edit: r =>
            teamGrant(r, "kyverno-ns", [{ apiGroups: ["kyverno.io"], resources: ["policies"], verbs: ["create"] }]),
    },
    // First written as secure; the pack rightly refuses: aggregate-to-edit reaches every edit binding outside the
    // stack, and `create` of a custom resource whose controller the pack does not know may run pods cluster-wide.
    {
        name: "a ClusterRole aggregated to edit creating a CRD of unknown controller, edit bound in restricted team-a",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            aggregated(r, "edit", [{ apiGroups: ["example.com"], resources: ["widgets"], verbs: ["get", "create"] }]);
            bind(r, "team-a-edit", { kind: "ClusterRole", name: "edit" }, TEAM, "team-a");
            teamEntry(r);
        },
    },
    // ---- built-in identities and roles (Kubernetes "Using RBAC Authorization", "Core component roles" and
    // "Controller roles": system:kube-controller-manager, system:controller:replicaset-controller creates pods)
    {
        name: "team-a may impersonate the user system:kube-controller-manager",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "imp-kcm", [
                {
                    apiGroups: [""],
                    resources: ["users"],
                    verbs: ["impersonate"],
                    resourceNames: ["system:kube-controller-manager"],
                },
            ]),
    },
    {
        name: "ClusterRole system:controller:replicaset-controller bound in validators to team-a",
        stack: "prod",
        edit: r => {
            bind(
                r,
                "team-a-rs",
                { kind: "ClusterRole", name: "system:controller:replicaset-controller" },
                TEAM,
                "validators",
            );
            teamEntry(r);
        },
    },
    {
        name: "ClusterRole system:aggregate-to-edit bound in validators to team-a (pod-identity stack)",
        stack: "pod-identity",
        edit: r => {
            bind(r, "team-a-agg-edit", { kind: "ClusterRole", name: "system:aggregate-to-edit" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    {
        name: "a ClusterRole the stack does not define (platform-tools) bound in validators to team-a",
        stack: "prod",
        edit: r => {
            bind(r, "team-a-tools", { kind: "ClusterRole", name: "platform-tools" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    // Kubernetes "Labels and Selectors": DoesNotExist matches every object without the key, so this selector takes in
    // cluster-admin's rules (every built-in ClusterRole lacks it).
    {
        name: "an aggregationRule selecting every ClusterRole without a label (DoesNotExist), bound in validators",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "everything", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "everything" },
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchExpressions: [{ key: "example.com/none", operator: "DoesNotExist" }] },
                    ],
                },
            });
            bind(r, "team-a-everything", { kind: "ClusterRole", name: "everything" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    {
        name: "a Role in validators whose rules are unknown during the preview, bound to team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "unknown-rules", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "unknown-rules", namespace: "validators" },
                rules: UNKNOWN,
            });
            bind(r, "unknown-rules", { kind: "Role", name: "unknown-rules" }, TEAM, "validators");
            teamEntry(r);
        },
    },
    // Was a MISS (fixed in round 74): README "Kubernetes" section: "During a first preview, a value of these objects that is still unknown ... is
    // refused as unverifiable: set it literally", and the pack does refuse a binding's unknown rules or roleRef
    // (kubernetes.ts readKubernetes: power "rules unknown during preview" / "a role that is unknown during preview")
    // and an access entry's unknown principalArn ("any principal may get its Kubernetes groups"). But a binding whose
    // `subjects` (or one subject's name or namespace) is unknown only pushes `subjects of <binding>` /
    // `a subject of <binding>` to view.unknown (kubernetes.ts readKubernetes, after `power = reached(power)`), which
    // finishPreview (rules/allowlist-context.ts) turns into the SDK's ADVISORY "can't be known during preview": the
    // preview passes clean. Pulumi runs stack policies at the end of `up`, after the binding exists (Pulumi docs
    // "Policy as Code" / CrossGuard: validateStack runs once all resources are registered), so the preview is the
    // gate. Attacker gain: a program whose subject comes from another resource's output (a group name from a
    // Pulumi output, a ServiceAccount namespace from a Namespace's metadata.name with autonaming) binds cluster-admin
    // or pod creation in validators to whoever that value turns out to be; the pack already refuses a cluster-admin
    // binding to ANY literal group name (membership unknowable), so an unknown name must not pass. Fix: when the
    // binding has a power (`power` after reached()) and its subjects, or any subject's kind/name/namespace, is
    // unknown, add a power for an "anyone" actor (as for an access entry's unknown principalArn: "whoever <binding>
    // names at `up`") so custody-effective-access refuses as unverifiable.
    {
        name: "a ClusterRoleBinding of cluster-admin whose subjects are unknown during the preview",
        stack: "pod-identity",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => unknownSubjects(r, "ClusterRoleBinding", "cluster-admin", UNKNOWN),
    },
    {
        name: "a ClusterRoleBinding of cluster-admin to a Group whose name is unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r =>
            unknownSubjects(r, "ClusterRoleBinding", "cluster-admin", [
                { kind: "Group", apiGroup: RBAC, name: UNKNOWN },
            ]),
    },
    {
        name: "a ClusterRoleBinding of cluster-admin to ServiceAccount ci of a namespace unknown during the preview (held)",
        stack: "prod",
        preview: true,

        edit: r =>
            unknownSubjects(r, "ClusterRoleBinding", "cluster-admin", [
                { kind: "ServiceAccount", name: "ci", namespace: UNKNOWN },
            ]),
    },
    {
        name: "a RoleBinding in validators of a pod-creating Role whose subjects are unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "pc-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "pc", namespace: "validators" },
                rules: POD_CREATE,
            });
            unknownSubjects(r, "RoleBinding", "pc", UNKNOWN, "validators");
        },
    },
    // Was a MISS (fixed in round 74): the unknown-subjects class above (same fix), by another door: a subject whose kind is unknown (kubernetes.ts skips a subject without a known kind after pushing "a subject of").
    {
        name: "a ClusterRoleBinding of cluster-admin to a subject whose kind is unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r =>
            unknownSubjects(r, "ClusterRoleBinding", "cluster-admin", [
                { kind: UNKNOWN, apiGroup: RBAC, name: "team-a" },
            ]),
    },
    // Was a MISS (fixed in round 74): the unknown-subjects class above (same fix), by another door: a ClusterRoleBindingPatch (server-side apply) whose subjects are unknown.
    {
        name: "a ClusterRoleBindingPatch of cluster-admin whose subjects are unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r =>
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBindingPatch`, "patch-subjects", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "ops-admins" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "cluster-admin" },
                subjects: UNKNOWN,
            }),
    },
    // Was a MISS (fixed in round 74): the unknown-subjects class above (same fix), by another door: the impersonation branch (kubernetes.ts readKubernetes, impersonationOfRules: `subjects of` pushed to view.unknown only).
    {
        name: "a ClusterRole impersonating system:kube-controller-manager bound to subjects unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "imp-kcm-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "imp-kcm" },
                rules: [
                    {
                        apiGroups: [""],
                        resources: ["users"],
                        verbs: ["impersonate"],
                        resourceNames: ["system:kube-controller-manager"],
                    },
                ],
            });
            unknownSubjects(r, "ClusterRoleBinding", "imp-kcm", UNKNOWN);
        },
    },
    {
        name: "an access entry of platform-ops whose userName is unknown during the preview, cluster-admin bound to User kubernetes-admin",
        stack: "prod",
        preview: true,
        edit: r => {
            aws(r, ENTRY, "ops-unknown-user", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                userName: UNKNOWN,
            });
            bind(r, "ka", { kind: "ClusterRole", name: "cluster-admin" }, [
                { kind: "User", apiGroup: RBAC, name: "kubernetes-admin" },
            ]);
        },
    },
    {
        name: "a RoleBinding in validators of Role pc whose namespace is unknown during the preview, subjects team-a",
        stack: "prod",
        preview: true,
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "pc2-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "pc2", namespace: "validators" },
                rules: POD_CREATE,
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "pc2-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "pc2", namespace: UNKNOWN },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "pc2" },
                subjects: TEAM,
            });
            teamEntry(r);
        },
    },
    // Round 74 neighbours of the unknown-subjects fix (kubernetes.ts unknownSubjectField: the stand-in "whoever the
    // binding names at `up`" holds every grant of the binding).
    {
        name: "a ClusterRoleBinding of cluster-admin whose one subject is wholly unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => unknownSubjects(r, "ClusterRoleBinding", "cluster-admin", [UNKNOWN]),
    },
    {
        name: "a RoleBinding in validators of a pod-creating Role to ServiceAccount ci of a namespace unknown during the preview",
        stack: "pod-identity",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "pc3-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "pc3", namespace: "validators" },
                rules: POD_CREATE,
            });
            unknownSubjects(
                r,
                "RoleBinding",
                "pc3",
                [{ kind: "ServiceAccount", name: "ci", namespace: UNKNOWN }],
                "validators",
            );
        },
    },
    {
        name: "a ClusterRole impersonating system:kube-controller-manager bound to a Group whose name is unknown during the preview",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "imp-kcm2-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "imp-kcm2" },
                rules: [
                    {
                        apiGroups: [""],
                        resources: ["users"],
                        verbs: ["impersonate"],
                        resourceNames: ["system:kube-controller-manager"],
                    },
                ],
            });
            unknownSubjects(r, "ClusterRoleBinding", "imp-kcm2", [{ kind: "Group", apiGroup: RBAC, name: UNKNOWN }]);
        },
    },
    // The stand-in may be any subject, so it relabels whatever any subject may (Pod Security label: privileged pods).
    {
        name: "pods create in restricted team-a bound to subjects unknown during the preview, Group relabelers may patch Namespace team-a",
        stack: "prod",
        preview: true,
        refused: UNKNOWN_SUBJECTS,
        policy: "custody-effective-access",
        edit: r => {
            namespace(r, "team-a");
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "tp-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "tp", namespace: "team-a" },
                rules: POD_CREATE,
            });
            unknownSubjects(r, "RoleBinding", "tp", UNKNOWN, "team-a");
            roleFor(
                r,
                "team-a-relabel",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"], resourceNames: ["team-a"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "relabelers" }],
            );
        },
    },
    // Held (control): the same binding with a literal group name is refused.
    {
        name: "a ClusterRoleBinding of cluster-admin to the literal Group platform-admins (control, preview)",
        stack: "prod",
        preview: true,
        edit: r =>
            unknownSubjects(r, "ClusterRoleBinding", "cluster-admin", [
                { kind: "Group", apiGroup: RBAC, name: "platform-admins" },
            ]),
    },
    // DECIDED (round 88, lead: RELABEL-ALONE): written as secure in round 73, now insecure. A stack grant that may
    // patch a Namespace the stack confines is refused by itself: "Users who can perform patch operations on Namespace
    // objects ... can modify labels on that namespace. In clusters where Pod Security Admission is used, this may allow
    // a user to configure the namespace for a more permissive policy than intended by the administrators" (Kubernetes
    // "RBAC Good Practices", "Namespace modification"), and every pod creator of team-a, inside or outside the stack,
    // then runs privileged pods (kubernetes.ts relabelAlone; redteam88-k8s B5, B6, B9).
    {
        name: "Group relabelers may patch Namespace team-a (restricted; nothing creates pods there)",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            roleFor(
                r,
                "team-a-relabel",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"], resourceNames: ["team-a"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "relabelers" }],
            );
        },
    },
];

const secure: StackCase[] = [
    // Round 74 neighbours of the unknown-subjects fix: a binding granting nothing custody-relevant stays accepted
    // whoever it names at `up`.
    {
        name: "a RoleBinding in restricted team-a of a Role reading ConfigMaps there, subjects unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "cm-view-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "cm-view", namespace: "team-a" },
                rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }],
            });
            unknownSubjects(r, "RoleBinding", "cm-view", UNKNOWN, "team-a");
        },
    },
    {
        name: "a RoleBinding in restricted team-a of a Role reading ConfigMaps there to a Group whose name is unknown during the preview",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "cm-view2-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "cm-view2", namespace: "team-a" },
                rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }],
            });
            unknownSubjects(r, "RoleBinding", "cm-view2", [{ kind: "Group", apiGroup: RBAC, name: UNKNOWN }], "team-a");
        },
    },
    {
        name: "pods create in restricted team-a bound to subjects unknown during the preview (nothing may relabel team-a)",
        stack: "prod",
        preview: true,
        edit: r => {
            namespace(r, "team-a");
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "tp2-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "tp2", namespace: "team-a" },
                rules: POD_CREATE,
            });
            unknownSubjects(r, "RoleBinding", "tp2", UNKNOWN, "team-a");
        },
    },
    {
        name: "team-a may create tokenreviews and subjectaccessreviews",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "reviews", [
                { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
            ]),
    },
    // k8s.io/apiserver pkg/endpoints/filters/impersonation.go: Impersonate-Group without Impersonate-User is refused.
    {
        name: "team-a may impersonate the group system:masters only (no users)",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "imp-groups", [
                { apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: ["system:masters"] },
            ]),
    },
    {
        name: "team-a may read ConfigMaps in kube-system (aws-auth is no secret)",
        stack: "prod",
        edit: r => {
            roleFor(
                r,
                "ks-cm-read",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] }],
                TEAM,
                "kube-system",
            );
            teamEntry(r);
        },
    },
    {
        name: "view in validators bound to User ops, the access entry's fixed userName",
        stack: "prod",
        edit: r => {
            teamEntry(r, { userName: "ops" });
            bind(
                r,
                "ops-view",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "User", apiGroup: RBAC, name: "ops" }],
                "validators",
            );
        },
    },
    {
        name: "a ClusterRole aggregated to edit reading (get/list/watch) a CRD, edit bound in restricted team-a",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            aggregated(r, "edit", [
                { apiGroups: ["example.com"], resources: ["widgets"], verbs: ["get", "list", "watch"] },
            ]);
            bind(r, "team-a-edit", { kind: "ClusterRole", name: "edit" }, TEAM, "team-a");
            teamEntry(r);
        },
    },
    {
        name: "team-a may create Jobs and ReplicationControllers in restricted team-a",
        stack: "prod",
        edit: r =>
            teamGrant(r, "team-workloads", [
                { apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] },
                { apiGroups: [""], resources: ["replicationcontrollers"], verbs: ["create"] },
            ]),
    },
    {
        name: "team-a may attach to and port-forward its pods in restricted team-a (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            teamGrant(r, "team-attach", [
                { apiGroups: [""], resources: ["pods", "pods/attach", "pods/portforward"], verbs: ["create", "get"] },
            ]),
    },
    {
        name: "team-a may list events cluster-wide",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "events", [
                { apiGroups: ["", "events.k8s.io"], resources: ["events"], verbs: ["get", "list", "watch"] },
            ]),
    },
    {
        name: "team-a may manage Leases in restricted team-a",
        stack: "prod",
        edit: r =>
            teamGrant(r, "leases", [{ apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["*"] }]),
    },
    {
        name: "pods create in restricted team-a bound to Group system:serviceaccounts:team-a",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "team-a");
            roleFor(
                r,
                "team-sa-own",
                POD_CREATE,
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:team-a" }],
                "team-a",
            );
        },
    },
    {
        name: "team-a may list nodes and get nodes/metrics (dev stack)",
        stack: "dev",
        edit: r =>
            clusterGrant(r, "nodes-read", [
                { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list"] },
                { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
            ]),
    },
    // Kubernetes "API-initiated Eviction": an eviction deletes a pod subject to its PodDisruptionBudget; the
    // replacement is its controller's own template.
    {
        name: "team-a may create pods/eviction in validators (pod-identity stack)",
        stack: "pod-identity",
        edit: r =>
            validatorsGrant(r, "evict", [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
            ]),
    },
    // The scale subresource carries only spec.replicas (Kubernetes API reference, Scale v1 autoscaling).
    {
        name: "team-a may patch deployments/scale and statefulsets/scale in validators",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "scale", [
                {
                    apiGroups: ["apps"],
                    resources: ["deployments/scale", "statefulsets/scale"],
                    verbs: ["get", "patch"],
                },
            ]),
    },
    // IRSA: the role's trust pins token.actions sub to system:serviceaccount:<ns>:<name> (EKS user guide
    // "Assign IAM roles to Kubernetes service accounts"), so annotating a team-a ServiceAccount with a custody
    // role ARN gets a token that role refuses.
    {
        name: "team-a may patch ServiceAccounts in restricted team-a (role-arn annotations)",
        stack: "prod",
        edit: r =>
            teamGrant(r, "sa-annot", [
                { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get", "patch", "create"] },
            ]),
    },
    {
        name: "team-a may impersonate the user auditor, auditor bound to view in validators",
        stack: "prod",
        edit: r => {
            clusterGrant(r, "imp-auditor", [
                { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["auditor"] },
            ]);
            bind(
                r,
                "auditor-view",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
                "validators",
            );
        },
    },
    {
        name: "platform-ops with AmazonEKSViewPolicy cluster-wide (pod-identity stack)",
        stack: "pod-identity",
        edit: r => association(r, "view-all", "AmazonEKSViewPolicy", { type: "cluster" }),
    },
    // Kubernetes "Using RBAC Authorization": resources are matched exactly (case-sensitive), and pods is in the core
    // group only, so neither `Pods` nor `apps` pods names an API.
    {
        name: "team-a may create apps/pods and core Pods (capitalised) in validators (names no API)",
        stack: "prod",
        edit: r =>
            validatorsGrant(r, "no-api", [
                { apiGroups: ["apps"], resources: ["pods"], verbs: ["create"] },
                { apiGroups: [""], resources: ["Pods"], verbs: ["create"] },
            ]),
    },
    // Kubernetes "Using RBAC Authorization", "Referring to resources": "You cannot restrict create or deletecollection
    // requests by their resource name".
    {
        name: "team-a may create pods in validators only by resourceName debug (never matches a create)",
        stack: "pod-identity",
        edit: r =>
            validatorsGrant(r, "named-create", [
                { apiGroups: [""], resources: ["pods"], verbs: ["create"], resourceNames: ["debug"] },
            ]),
    },
];

describeVariants("red team 73: Kubernetes API paths", insecure, secure);
