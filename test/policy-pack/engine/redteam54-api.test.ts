// Red-team round 54 on the Kubernetes/EKS API level (fresh eyes): round 53's aggregation rule (a stack ClusterRole
// joining a built-in or an operator's ClusterRole by a label is bound, whatever its rules, to whoever that role's
// bindings outside the stack name) probed through: aggregation labels that do not follow the `<prefix>/aggregate-to-<x>`
// shape (Knative Serving's serving.knative.dev/controller, Knative Eventing's duck.knative.dev/addressable); a chain
// (a stack aggregated ClusterRole, itself labelled aggregate-to-view, selecting a stack role with Secret create+read),
// by matchLabels and by matchExpressions Exists; a stack aggregated ClusterRole bound to platform-devs whose selected
// roles split Secret create and read; a ClusterRolePatch re-pointing an operator's aggregationRule (crossplane) at
// the bootstrap roles, and one adding edit's label to view's; ClusterRoleList / ClusterRoleBindingList objects (their items read);
// impersonation of a kube-system controller ServiceAccount; an EC2_LINUX access entry for an outside role; round 53's
// clusterOutsideStack (an access entry on another cluster of the account, Pod Identity subjects pinned to
// prod-validators). Secure neighbours: read-only rules under the Knative labels (what a platform team adding an
// Addressable CRD writes), a token for a same-named ServiceAccount in another namespace, AmazonEKSAdminViewPolicy
// scoped to a restricted team namespace, cluster admin on another cluster of the account.
// Insecure variants the whole pack must refuse, secure ones it must accept; the misses were fixed in round 54 (`Was a MISS` comments).
// Not filed (conservative by design, as rounds 25 and 49 read it): a stack aggregated ClusterRole bound to a group is
// refused whatever the stack's labelled roles grant ("its rules come from every ClusterRole its selectors match",
// outside the stack included).
//
// Misses (3 insecure, 0 secure): a stack ClusterRole carrying an aggregation label whose key is not
// `<prefix>/aggregate-to-<name>` is read as unbound, so its rules reach the holders of the operator's aggregated
// ClusterRole unjudged: Knative Eventing's addressable-resolver (duck.knative.dev/addressable: "true") with a token
// power or with Secret create+read, and Knative Serving's knative-serving-admin (serving.knative.dev/controller:
// "true") with a token power.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bareServiceAccount, bind, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ACCESS_ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

/** A ClusterRolePatch (server-side apply) of the ClusterRole `name` with these fields. */
function clusterRolePatch(r: Resources, name: string, fields: object): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, `${name.replace(/:/g, "-")}-patch`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        ...fields,
    });
}
/** A stack ClusterRole carrying `labels`, bound by no stack binding. */
function labelledClusterRole(r: Resources, name: string, labels: Record<string, string>, rules: object[]): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-labelled-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });
}
/** A stack ClusterRole whose rules are aggregated from the ClusterRoles its `selectors` match, carrying `labels`. */
function aggregatingClusterRole(
    r: Resources,
    name: string,
    selectors: object[],
    labels: Record<string, string> = {},
): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-aggregating-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        aggregationRule: { clusterRoleSelectors: selectors },
        rules: [],
    });
}
/** An EKS access entry for the outside role platform-ops. */
function accessEntry(r: Resources, name: string, props: object): void {
    aws(r, ACCESS_ENTRY, name, { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "STANDARD", ...props });
}
/** An EKS access policy association for platform-ops. */
function association(r: Resources, name: string, policy: string, accessScope: object, clusterName = "prod-validators") {
    aws(r, ASSOCIATION, name, {
        clusterName,
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}

const TO_VIEW = { "rbac.authorization.k8s.io/aggregate-to-view": "true" };
const ADDRESSABLE = { "duck.knative.dev/addressable": "true" };
const KNATIVE_CONTROLLER = { "serving.knative.dev/controller": "true" };
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const SECRET_GET = { apiGroups: [""], resources: ["secrets"], verbs: ["get"] };
const TOKEN = { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] };

const insecure: StackCase[] = [
    // ---- aggregation labels outside the `<prefix>/aggregate-to-<name>` shape ----
    // Was a MISS (fixed in round 54): insecure accepted clean. Knative Eventing ships ClusterRole addressable-resolver with an aggregationRule on
    // duck.knative.dev/addressable: "true" ("Use this aggregated ClusterRole when you need readonly access to
    // Addressables"; knative/eventing config/core/roles/addressable-resolvers-clusterrole.yaml; Knative Serving labels
    // its own knative-serving-addressable-resolver so, config/core/roles/addressable-resolvers-clusterrole.yaml), and
    // event-source installs bind it to their adapters' ServiceAccounts outside the stack (e.g. the VMware Event
    // Broker's vmware-system/vmware-event-router). The control plane copies this role's rules into it (Kubernetes
    // "Using RBAC Authorization", "Aggregated ClusterRoles": any labels the selector names, the docs' own example
    // rbac.example.com/aggregate-to-monitoring), so those ServiceAccounts mint a token for validators/containment-chamber
    // (TokenRequest). kubernetes.ts outsideAggregationLabels matches only `<prefix>/aggregate-to-<name>` keys, so the
    // role is read as bound by nobody.
    {
        name: "an unbound stack ClusterRole labelled duck.knative.dev/addressable grants create serviceaccounts/token (Knative's addressable-resolver holders outside the stack)",
        stack: "pod-identity",
        edit: r => labelledClusterRole(r, "addressable-token-helper", ADDRESSABLE, [TOKEN]),
        refused:
            /label duck\.knative\.dev\/addressable on ClusterRole addressable-token-helper.*serviceaccounts\/token/,
    },
    // Was a MISS (fixed in round 54): insecure accepted clean; the same label with Secret create+read cluster-wide: the addressable-resolver's
    // holders create a kubernetes.io/service-account-token Secret for kube-system/replicaset-controller and read it
    // (Kubernetes "Configure Service Accounts for Pods", "Manually create a long-lived API token for a
    // ServiceAccount"), then create pods as validators/containment-chamber, as round 53 refuses for
    // rbac.crossplane.io/aggregate-to-crossplane. Docs as above.
    {
        name: "an unbound stack ClusterRole labelled duck.knative.dev/addressable grants create and get secrets",
        stack: "prod",
        edit: r => labelledClusterRole(r, "addressable-secrets-helper", ADDRESSABLE, [SECRET_CREATE, SECRET_GET]),
        refused: /label duck\.knative\.dev\/addressable on ClusterRole addressable-secrets-helper.*[Ss]ecret/,
    },
    // Was a MISS (fixed in round 54): insecure accepted clean. Knative Serving's ClusterRole knative-serving-admin aggregates every ClusterRole
    // labelled serving.knative.dev/controller: "true" and is bound by ClusterRoleBinding knative-serving-controller-admin
    // to knative-serving/controller (knative/serving config/core/200-roles/clusterrole.yaml labels its
    // knative-serving-core so; Kubernetes "Aggregated ClusterRoles"). knative-serving-core grants no
    // serviceaccounts/token: this role adds a token of any ServiceAccount (validators/containment-chamber) to whoever
    // acts as Knative's controller. kubernetes.ts outsideAggregationLabels, as above.
    {
        name: "an unbound stack ClusterRole labelled serving.knative.dev/controller grants create serviceaccounts/token (Knative Serving's controller, bound outside the stack)",
        stack: "prod",
        edit: r => labelledClusterRole(r, "knative-token-helper", KNATIVE_CONTROLLER, [TOKEN]),
        refused: /label serving\.knative\.dev\/controller on ClusterRole knative-token-helper.*serviceaccounts\/token/,
    },
    // Round 54 neighbours: an aggregationRule's clusterRoleSelectors are label selectors on any key and value (Kubernetes
    // "Using RBAC Authorization", "Aggregated ClusterRoles"; "Labels and Selectors"): a label without a prefix, and
    // one with a value other than "true", join whatever aggregated ClusterRole outside the stack selects them.
    {
        name: "an unbound stack ClusterRole labelled team: platform (no prefix) grants create serviceaccounts/token",
        stack: "prod",
        edit: r => labelledClusterRole(r, "team-token-helper", { team: "platform" }, [TOKEN]),
        refused: /label team on ClusterRole team-token-helper.*serviceaccounts\/token/,
    },
    {
        name: "an unbound stack ClusterRole labelled app.kubernetes.io/part-of: platform grants create serviceaccounts/token",
        stack: "pod-identity",
        edit: r => labelledClusterRole(r, "part-of-token-helper", { "app.kubernetes.io/part-of": "platform" }, [TOKEN]),
        refused: /label app\.kubernetes\.io\/part-of on ClusterRole part-of-token-helper.*serviceaccounts\/token/,
    },
    // Two roles under one label reach the same holders: Secret create in one, read in the other, pair.
    {
        name: "two unbound stack ClusterRoles labelled duck.knative.dev/addressable, one granting create secrets, the other get secrets",
        stack: "prod",
        edit: r => {
            labelledClusterRole(r, "addressable-secret-create", ADDRESSABLE, [SECRET_CREATE]);
            labelledClusterRole(r, "addressable-secret-read", ADDRESSABLE, [SECRET_GET]);
        },
        refused:
            /ClusterRoles aggregating duck\.knative\.dev\/addressable outside this stack name.*addressable-secret-create/,
    },
    // ---- aggregation chains and stack aggregated ClusterRoles ----
    // An aggregated ClusterRole's rules pass onward through its own labels ("Aggregated ClusterRoles": edit's reach
    // admin so): view's holders outside the stack get the Secret create+read of the role the chain selects.
    {
        name: "a stack aggregated ClusterRole labelled aggregate-to-view selects (matchLabels) a stack ClusterRole granting create and get secrets",
        stack: "prod",
        edit: r => {
            aggregatingClusterRole(
                r,
                "secrets-relay",
                [{ matchLabels: { "example.com/secrets-relay": "true" } }],
                TO_VIEW,
            );
            labelledClusterRole(r, "secrets-relay-part", { "example.com/secrets-relay": "true" }, [
                SECRET_CREATE,
                SECRET_GET,
            ]);
        },
        refused: /secrets-relay|ClusterRole view|[Ss]ecret/,
    },
    // Kubernetes "Labels and Selectors": a matchExpressions Exists selector matches whatever the value.
    {
        name: "a stack aggregated ClusterRole labelled aggregate-to-view selects (matchExpressions Exists) a stack ClusterRole granting create and get secrets",
        stack: "prod",
        edit: r => {
            aggregatingClusterRole(
                r,
                "secrets-relay-exists",
                [{ matchExpressions: [{ key: "example.com/secrets-relay", operator: "Exists" }] }],
                TO_VIEW,
            );
            labelledClusterRole(r, "secrets-relay-exists-part", { "example.com/secrets-relay": "yes" }, [
                SECRET_CREATE,
                SECRET_GET,
            ]);
        },
        refused: /secrets-relay-exists|ClusterRole view|[Ss]ecret/,
    },
    {
        name: "a stack aggregated ClusterRole bound to platform-devs selects one stack ClusterRole granting create secrets and another granting get secrets",
        stack: "pod-identity",
        edit: r => {
            aggregatingClusterRole(r, "devs-aggregate", [{ matchLabels: { "example.com/devs": "true" } }]);
            labelledClusterRole(r, "devs-secret-create", { "example.com/devs": "true" }, [SECRET_CREATE]);
            labelledClusterRole(r, "devs-secret-read", { "example.com/devs": "true" }, [SECRET_GET]);
            bind(r, "devs-aggregate", { kind: "ClusterRole", name: "devs-aggregate" }, [DEVS]);
        },
        refused: /devs-aggregate|platform-devs/,
    },
    // Bootstrap ClusterRoles carry kubernetes.io/bootstrapping: rbac-defaults (bootstrappolicy testdata
    // cluster-roles.yaml), cluster-admin among them: Crossplane's ServiceAccount (bound to crossplane outside the
    // stack) gets cluster-admin's rules.
    {
        name: "a ClusterRolePatch of Crossplane's aggregated ClusterRole crossplane re-points its aggregationRule at kubernetes.io/bootstrapping: rbac-defaults",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "crossplane", {
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "kubernetes.io/bootstrapping": "rbac-defaults" } }],
                },
            }),
        refused: /crossplane|cluster-admin/,
    },
    {
        name: "a ClusterRolePatch of built-in view adds an aggregate-to-edit selector beside its own",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "view", {
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchLabels: TO_VIEW },
                        { matchLabels: { "rbac.authorization.k8s.io/aggregate-to-edit": "true" } },
                    ],
                },
            }),
        refused: /view|aggregate-to-edit/,
    },
    // ---- list kinds ----
    {
        name: "a ClusterRoleBindingList whose item binds cluster-admin to platform-devs",
        stack: "prod",
        edit: r =>
            void k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBindingList`, "devs-binding-list", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBindingList",
                items: [
                    {
                        metadata: { name: "devs-admin" },
                        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "cluster-admin" },
                        subjects: [DEVS],
                    },
                ],
            }),
        refused: /ClusterRoleBinding devs-admin → ClusterRole cluster-admin/,
    },
    {
        name: "a ClusterRoleList whose item is labelled aggregate-to-view and grants create serviceaccounts/token",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleList`, "view-token-list", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleList",
                items: [{ metadata: { name: "view-token", labels: TO_VIEW }, rules: [TOKEN] }],
            }),
        refused: /view-token|ClusterRole view/,
    },
    // ---- impersonation and access entries ----
    // Kubernetes "User impersonation": impersonate on serviceaccounts (namespace kube-system) lets platform-devs act
    // as replicaset-controller, which creates pods with any ServiceAccount (bootstrappolicy controller_policy.go).
    {
        name: "a Role in kube-system lets platform-devs impersonate ServiceAccount replicaset-controller",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "impersonate-rs-controller",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["replicaset-controller"],
                    },
                ],
                [DEVS],
                "kube-system",
            ),
        refused: /impersonate-rs-controller|replicaset-controller/,
    },
    // EKS API CreateAccessEntry `type` EC2_LINUX: the principal authenticates as a node (group system:nodes), and the
    // Node authorizer gives it the tokens of the pods bound to its node ("Using Node Authorization").
    {
        name: "an EC2_LINUX access entry for the outside role platform-ops",
        stack: "pod-identity",
        edit: r => accessEntry(r, "ops-node-entry", { type: "EC2_LINUX" }),
        refused: /ops-node-entry|EC2_LINUX/,
    },
];

const secure: StackCase[] = [
    // A platform team adding its own Addressable CRD labels a read-only role as Knative asks (Knative Eventing
    // addressable-resolvers-clusterrole.yaml: get/list/watch on the kind and its status).
    {
        name: "a stack ClusterRole labelled duck.knative.dev/addressable grants get/list/watch on its own Addressable kind",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "platform-sinks-addressable", ADDRESSABLE, [
                {
                    apiGroups: ["sinks.platform.example.com"],
                    resources: ["webhooksinks", "webhooksinks/status"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    // knative/serving net-istio's knative-serving-istio role, read-only.
    {
        name: "a stack ClusterRole labelled serving.knative.dev/controller grants get/list/watch on Istio virtualservices and gateways",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "knative-istio-read", KNATIVE_CONTROLLER, [
                {
                    apiGroups: ["networking.istio.io"],
                    resources: ["virtualservices", "gateways"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    // Round 54 neighbours: only a labelled ClusterRole can be selected by an aggregationRule; an unlabelled one, bound
    // by nobody, gives its rules to no one, and a namespaced Role is never aggregated (Kubernetes "Using RBAC
    // Authorization", "Aggregated ClusterRoles": "ClusterRoles", by label selectors).
    {
        name: "an unbound stack ClusterRole without labels grants create serviceaccounts/token",
        stack: "prod",
        edit: r => labelledClusterRole(r, "unlabelled-token-helper", {}, [TOKEN]),
    },
    {
        name: "an unbound Role in validators labelled duck.knative.dev/addressable grants create serviceaccounts/token",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, `kubernetes:${RBAC}/v1:Role`, "addressable-role-token", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "addressable-role-token", namespace: "validators", labels: ADDRESSABLE },
                rules: [TOKEN],
            }),
    },
    {
        name: "a stack ClusterRole labelled team: platform grants get/list/watch on its own kind",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "team-sinks-read", { team: "platform" }, [
                {
                    apiGroups: ["sinks.platform.example.com"],
                    resources: ["webhooksinks"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    // The signer's trust names validators/containment-chamber; a ServiceAccount of that name in tools is another one
    // (Kubernetes "Service Accounts": namespaced objects).
    {
        name: "a Role in tools lets platform-devs create serviceaccounts/token [containment-chamber] (tools' own ServiceAccount of that name)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "tools", "containment-chamber");
            roleFor(r, "tools-token", [{ ...TOKEN, resourceNames: ["containment-chamber"] }], [DEVS], "tools");
        },
    },
    // EKS user guide, "Review access policy permissions": AmazonEKSAdminViewPolicy lists and reads every resource,
    // Secrets included, and writes nothing; tools is restricted and holds no ServiceAccount with power.
    {
        name: "AmazonEKSAdminViewPolicy for platform-ops scoped to restricted namespace tools",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            accessEntry(r, "ops-entry", {});
            association(r, "ops-adminview-tools", "AmazonEKSAdminViewPolicy", {
                type: "namespace",
                namespaces: ["tools"],
            });
        },
    },
    // Round 53 (build.ts clusterOutsideStack): every pod subject of pod-identity is pinned to cluster prod-validators
    // by its trust's aws:RequestTag/eks-cluster-arn (EKS user guide, "Create IAM role with trust policy required by EKS
    // Pod Identity"); cluster admin on another cluster of the account reaches none of them.
    {
        name: "an access entry and AmazonEKSClusterAdminPolicy for platform-ops on another cluster of the account (platform-tools)",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ops-tools-entry", { clusterName: "platform-tools" });
            association(r, "ops-tools-admin", "AmazonEKSClusterAdminPolicy", { type: "cluster" }, "platform-tools");
        },
    },
];

describeStackCases("red team 54: Kubernetes/EKS API level", insecure, secure);
