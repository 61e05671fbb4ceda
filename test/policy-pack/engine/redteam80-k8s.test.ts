// Red-team round 80 on the Kubernetes/EKS API level (fresh eyes): who can act as a runtime ServiceAccount on prod
// (IRSA), pod-identity and basil, probing the neighbours of the round 80 K8s fix (a selector requiring several
// built-ins' labels read as the least powerful of them).
// Probed: (1) aggregation selectors beside the fix: several built-ins' labels ORed with admin's or with an Exists
// selector, aggregate-to-view as Exists / In [true, yes] / "True", a stack ClusterRole carrying both labels of a
// {view, edit} selector (all refused); (2) RBAC subjects naming the custody ServiceAccount in other spellings: a
// ServiceAccount subject without namespace, the User system:serviceaccount:<ns>:<name>, the groups
// system:serviceaccounts[:validators] / system:authenticated, a Group subject without apiGroup, basil-agent's
// username (all refused); impersonation of users by the SA's username (S13: authorized as serviceaccounts, so
// nothing) and of serviceaccounts from another namespace or by a literal "containment-*" name; (3) token Secret
// access by verbs whose response is the object (patch refused; update alone reads nothing, S14) and by admission
// (validating webhooks and validating admission policies written through RBAC); (4) named creates: a create under
// resourceNames is usable only by a server-side apply, i.e. with patch of the same name by the same request identity
// (kubernetes/kubernetes#80295), across pods, deployments, Secrets, aws-auth, RoleBindings + bind, webhooks, PVs,
// CRDs, also split across two bindings or a group the requester is in; (5) access entries' kubernetesGroups /
// userName bound to built-ins in validators, AmazonEKSEditPolicy/ViewPolicy in validators.
// Misses (2 insecure accepted, 7 secure refused):
// - insecure accepted, one class (an RBAC write of validating admission, webhook configurations or
//   ValidatingAdmissionPolicies + bindings, is no power, though the pack reads the same objects declared by the stack
//   as Secret readers, K17): K16, K26.
// - secure refused, class 1 (a `create` under resourceNames alone, which no request can use without a patch of the
//   name, is read as a create outside workloads/pods/Secrets: saPowerOfRule's mutating admission, aws-auth,
//   PersistentVolume and CRD branches): S16, S18, S20, S21, S23.
// - secure refused, class 2 (`bind` on a named role read as that role's power though the holder can write no
//   binding, here only a named create of one: boundByName): S19, S22.
// Held: 32 of 34 insecure refused; 17 of 24 secure clean.
import { describeVariants, StackCase } from "./support";
import { aws, k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";
const CLUSTER = "prod-validators";
const VIEW = `${RBAC}/aggregate-to-view`;
const EDIT = `${RBAC}/aggregate-to-edit`;
const ADMIN = `${RBAC}/aggregate-to-admin`;
const CC = { kind: "ServiceAccount", name: "containment-chamber", namespace: "validators" };
const CC_USER = "system:serviceaccount:validators:containment-chamber";

type R = Parameters<StackCase["edit"]>[0];

/** A Role in `ns` with these rules bound to these subjects. */
const grantTo = (r: R, name: string, rules: unknown[], ns: string, subjects: unknown[]) => {
    k8s(r, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name, namespace: ns },
        rules,
    });
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: ns },
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects,
    });
};

const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];

/** A Role in `ns` (validators) with these rules bound to User auditor. */
const grant = (r: R, name: string, rules: unknown[], ns = "validators") => grantTo(r, name, rules, ns, AUDITOR);

const SELF_TOKEN = [
    {
        apiGroups: [""],
        resources: ["serviceaccounts/token"],
        verbs: ["create"],
        resourceNames: ["containment-chamber"],
    },
];

/** A Role in validators granting the custody ServiceAccount's self-mint to these subjects. */
const selfGrantTo = (r: R, subjects: unknown[], rules: unknown[] = SELF_TOKEN, ns = "validators") =>
    grantTo(r, "self80", rules, ns, subjects);

/** A legacy token Secret in `ns` annotated for ServiceAccount `sa`. */
const tokenSecret = (r: R, ns = "validators", sa = "containment-chamber") =>
    k8s(r, "kubernetes:core/v1:Secret", `tok80-${ns}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name: "cc-token-80", namespace: ns, annotations: { "kubernetes.io/service-account.name": sa } },
    });

/** auditor holds these verbs on the token Secret cc-token-80 of validators (by name). */
const touchToken = (r: R, verbs: string[]) => {
    tokenSecret(r);
    grant(r, `tk80-${verbs.join("-")}`, [
        { apiGroups: [""], resources: ["secrets"], verbs, resourceNames: ["cc-token-80"] },
    ]);
};

/** A ClusterRole with this body, bound in validators (RoleBinding) or cluster-wide to these subjects. */
const clusterGrant = (
    r: R,
    name: string,
    body: Record<string, unknown>,
    subjects: unknown[] = AUDITOR,
    clusterWide = false,
) => {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-crole`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        ...body,
    });
    if (clusterWide)
        k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, `${name}-crb`, {
            apiVersion: `${RBAC}/v1`,
            kind: "ClusterRoleBinding",
            metadata: { name },
            roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
            subjects,
        });
    else
        k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-rb`, {
            apiVersion: `${RBAC}/v1`,
            kind: "RoleBinding",
            metadata: { name, namespace: "validators" },
            roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
            subjects,
        });
};

/** A stack ClusterRole with these labels that creates pods (what an aggregating selector may pull in). */
const podsRole = (r: R, name: string, labels: Record<string, string>) =>
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-crole`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
    });

/** A ClusterRole aggregating these selectors, bound in validators to auditor. */
const aggregating = (r: R, name: string, clusterRoleSelectors: unknown[]) =>
    clusterGrant(r, name, { aggregationRule: { clusterRoleSelectors }, rules: [] });

/** A built-in ClusterRole bound in validators (RoleBinding) to these subjects. */
const bindBuiltIn = (r: R, name: string, role: string, subjects: unknown[]) =>
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-rb`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: "validators" },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: role },
        subjects,
    });

/** An access entry of platform-ops on prod-validators (through the stack's first provider) with these inputs. */
const opsEntry = (r: R, name: string, extra: Record<string, unknown>) =>
    aws(r, ENTRY, name, { clusterName: CLUSTER, principalArn: OPS_ROLE, type: "STANDARD", ...extra });

const opsAssoc = (r: R, name: string, policy: string, accessScope: Record<string, unknown>) =>
    aws(r, ASSOC, name, {
        clusterName: CLUSTER,
        principalArn: OPS_ROLE,
        policyArn: `${POLICY}/${policy}`,
        accessScope,
    });

const insecure: StackCase[] = [
    // ---- Class 1: aggregation selectors beside the round 80 fix.
    // "Using RBAC Authorization", Aggregated ClusterRoles: the controller ORs clusterRoleSelectors ("If any of the
    // selectors match, the ClusterRole's rules are added"). {view, edit} reads as view, but the second selector is
    // admin's own: admin's rules (pods create, secrets read in validators: "User-facing roles") reach auditor.
    {
        name: "K1 ClusterRole aggregating {aggregate-to-view, aggregate-to-edit} OR {aggregate-to-admin}, bound in validators-rt80k",
        stack: "prod",
        refused: /agg80or/,
        edit: r =>
            aggregating(r, "agg80or", [
                { matchLabels: { [VIEW]: "true", [EDIT]: "true" } },
                { matchLabels: { [ADMIN]: "true" } },
            ]),
    },
    // "Labels and Selectors": `Exists` selects every object carrying the key, whatever its value; the stack ClusterRole
    // labelled aggregate-to-view: "false" is not view's, but this selector pulls its pods create into auditor's role.
    {
        name: "K2 ClusterRole aggregating aggregate-to-view Exists + stack CR labelled aggregate-to-view=false creating pods-rt80k",
        stack: "prod",
        refused: /agg80exists/,
        edit: r => {
            podsRole(r, "pods80a", { [VIEW]: "false" });
            aggregating(r, "agg80exists", [{ matchExpressions: [{ key: VIEW, operator: "Exists" }] }]);
        },
    },
    // `In` ORs its values: [true, yes] also selects aggregate-to-view: "yes", which view itself does not aggregate.
    {
        name: "K3 ClusterRole aggregating aggregate-to-view In [true, yes] + stack CR labelled view=yes creating pods-rt80k",
        stack: "pod-identity",
        refused: /agg80yes/,
        edit: r => {
            podsRole(r, "pods80b", { [VIEW]: "yes" });
            aggregating(r, "agg80yes", [
                { matchExpressions: [{ key: VIEW, operator: "In", values: ["true", "yes"] }] },
            ]);
        },
    },
    // Label values compare exactly ("Labels and Selectors": equality-based requirements): "True" is not view's "true";
    // the selector picks the stack ClusterRole labelled "True", which creates pods.
    {
        name: "K4 ClusterRole aggregating {aggregate-to-view: True} + stack CR labelled view=True creating pods-rt80k",
        stack: "prod",
        refused: /agg80case/,
        edit: r => {
            podsRole(r, "pods80c", { [VIEW]: "True" });
            aggregating(r, "agg80case", [{ matchLabels: { [VIEW]: "True" } }]);
        },
    },
    // Read as view (the round 80 fix), the selector still pulls in the stack's ClusterRole carrying both labels,
    // which creates pods: auditor creates pods in validators as containment-chamber.
    {
        name: "K5 pod-identity: ClusterRole aggregating {view, edit} + stack CR labelled view and edit creating pods-rt80k",
        stack: "pod-identity",
        refused: /agg80ve/,
        edit: r => {
            podsRole(r, "pods80d", { [VIEW]: "true", [EDIT]: "true" });
            aggregating(r, "agg80ve", [{ matchLabels: { [VIEW]: "true", [EDIT]: "true" } }]);
        },
    },
    // matchExpressions spelling of several built-ins' labels (read as view's), ORed with {team Exists}, which selects
    // every ClusterRole labelled team, the stack's pods creator among them.
    {
        name: "K6 ClusterRole aggregating {view In [true], admin In [true]} OR {team Exists} + stack CR labelled team creating pods-rt80k",
        stack: "prod",
        refused: /agg80team/,
        edit: r => {
            podsRole(r, "pods80e", { team: "a" });
            aggregating(r, "agg80team", [
                {
                    matchExpressions: [
                        { key: VIEW, operator: "In", values: ["true"] },
                        { key: ADMIN, operator: "In", values: ["true"] },
                    ],
                },
                { matchExpressions: [{ key: "team", operator: "Exists" }] },
            ]);
        },
    },
    // ---- Class 2: subjects naming the custody ServiceAccount in another spelling.
    // API reference Subject.namespace / the RBAC authorizer (appliesToUser): a ServiceAccount subject of a RoleBinding
    // without namespace is the binding's namespace's. The token Secret reader then mints containment-chamber's
    // sts.amazonaws.com token and assumes the custody signer role (IRSA).
    {
        name: "K7 token Secret read by auditor + RoleBinding in validators grants self-mint to SA containment-chamber (no namespace)-rt80k",
        stack: "prod",
        edit: r => {
            touchToken(r, ["get"]);
            selfGrantTo(r, [{ kind: "ServiceAccount", name: "containment-chamber" }]);
        },
    },
    // "Using RBAC Authorization", Referring to subjects: ServiceAccounts' usernames are
    // system:serviceaccount:<ns>:<name>; a User subject of that name is the ServiceAccount.
    {
        name: "K8 pod-identity: token Secret read by auditor + self-mint granted to User system:serviceaccount:validators:containment-chamber-rt80k",
        stack: "pod-identity",
        edit: r => {
            touchToken(r, ["get"]);
            selfGrantTo(r, [{ kind: "User", apiGroup: RBAC, name: CC_USER }]);
        },
    },
    // Group system:serviceaccounts:validators holds every ServiceAccount of validators, containment-chamber included.
    {
        name: "K9 token Secret read by auditor + self-mint granted to Group system:serviceaccounts:validators-rt80k",
        stack: "prod",
        edit: r => {
            touchToken(r, ["get"]);
            selfGrantTo(r, [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:validators" }]);
        },
    },
    // Group system:serviceaccounts: every ServiceAccount of the cluster mints containment-chamber's token.
    {
        name: "K10 pod-identity: Group system:serviceaccounts may create serviceaccounts/token containment-chamber-rt80k",
        stack: "pod-identity",
        edit: r => selfGrantTo(r, [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts" }]),
    },
    // system:authenticated: every authenticated identity (an EKS access entry of any team) reads the token Secret.
    {
        name: "K11 Group system:authenticated reads the token Secret + containment-chamber self-mint-rt80k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grantTo(
                r,
                "auth80",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cc-token-80"] }],
                "validators",
                [{ kind: "Group", apiGroup: RBAC, name: "system:authenticated" }],
            );
            selfGrantTo(r, [CC]);
        },
    },
    // Basil: a User subject spelled as basil-agent's username is basil-agent ("Using RBAC Authorization", Referring to
    // subjects); minting basil-provisioner's tokens gives the runtime the provisioner's IRSA role.
    {
        name: "K13 basil: basil-agent's username (User subject) may mint basil-provisioner tokens in basil-bootstrap-rt80k",
        stack: "basil",
        edit: r =>
            grantTo(
                r,
                "bu80",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["basil-provisioner"],
                    },
                ],
                "basil-bootstrap",
                [{ kind: "User", apiGroup: RBAC, name: "system:serviceaccount:basil:basil-agent" }],
            ),
    },
    // ---- Class 3: token Secret readers by verbs whose response is the object, and by admission.
    // API concepts: PATCH and PUT return the resulting object (data included): patch alone reads the token.
    {
        name: "K14 auditor patches the token Secret (by name) + containment-chamber self-mint-rt80k",
        stack: "prod",
        edit: r => {
            touchToken(r, ["patch"]);
            selfGrantTo(r, [CC]);
        },
    },
    // "Dynamic Admission Control": a validating webhook receives the AdmissionReview with the full object; a webhook
    // on Secrets (the token controller writes data.token by an update) sends the custody token to the webhook's URL.
    // Was a MISS (fixed in round 80): insecure accepted (got []). The pack reads a stack's own Validating/MutatingWebhookConfiguration on Secrets
    // as a Secret reader (kubernetes.ts, the admission loop feeding secretReaders: "Admission objects sent the Secrets
    // they match", K17 below is refused), but an RBAC write of validatingwebhookconfigurations is no power at all:
    // only MUTATING_ADMISSION (mutating webhooks and policies) is read as one (kubernetes.ts MUTATING_ADMISSION and the
    // rule power reader). Whoever may create one registers a webhook on Secrets UPDATE/DELETE in validators and is
    // sent the token Secret (object and oldObject) at its next write (a deploy's patch, the controller's refill, its
    // deletion). General fix: a write (create/update/patch, also by a named server-side apply) of
    // validatingwebhookconfigurations (and of validatingadmissionpolicies + bindings, whose messageExpression /
    // auditAnnotations the writer chooses: admissionPolicyEchoesData) is a Secret reader of every namespace (onWrites),
    // chained like the stack's own webhook with the token Secrets and Secret creators there.
    {
        name: "K16 auditor creates validatingwebhookconfigurations cluster-wide + containment-chamber self-mint-rt80k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            clusterGrant(
                r,
                "vwh80",
                {
                    rules: [{ apiGroups: [ADM], resources: ["validatingwebhookconfigurations"], verbs: ["create"] }],
                },
                AUDITOR,
                true,
            );
            selfGrantTo(r, [CC]);
        },
    },
    // The stack's own validating webhook on Secrets in validators, served by team-a's URL: every Secret written there
    // (the legacy token included) goes to team-a's server.
    {
        name: "K17 pod-identity: stack ValidatingWebhookConfiguration on secrets to a team-a URL + token Secret + self-mint-rt80k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            k8s(r, `kubernetes:${ADM}/v1:ValidatingWebhookConfiguration`, "vwh80s", {
                apiVersion: `${ADM}/v1`,
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "vwh80s" },
                webhooks: [
                    {
                        name: "secrets.team-a.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://hook.team-a.example.com/v" },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["secrets"],
                            },
                        ],
                    },
                ],
            });
            selfGrantTo(r, [CC]);
        },
    },
    // list by a ClusterRole bound in validators reads the token (RBAC Good Practices: list returns contents).
    {
        name: "K18 auditor lists Secrets through a ClusterRole bound in validators + containment-chamber self-mint-rt80k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            clusterGrant(r, "ls80", { rules: [{ apiGroups: ["*"], resources: ["secrets"], verbs: ["list"] }] });
            selfGrantTo(r, [CC]);
        },
    },
    // ---- Class 4: access entries' kubernetesGroups bound to built-ins in validators.
    // EKS "Create access entries": kubernetesGroups name groups that RBAC bindings refer to; edit in validators creates
    // pods as containment-chamber ("User-facing roles": edit allows workloads; RBAC Good Practices, Workload creation).
    {
        name: "K19 pod-identity: platform-ops entry with kubernetesGroups [ops80] + RoleBinding edit to ops80 in validators-rt80k",
        stack: "pod-identity",
        edit: r => {
            opsEntry(r, "ops80g", { kubernetesGroups: ["ops80"] });
            bindBuiltIn(r, "ops80edit", "edit", [{ kind: "Group", apiGroup: RBAC, name: "ops80" }]);
        },
    },
    // EKS username: an access entry's userName names the Kubernetes user; RBAC bindings to that user apply.
    {
        name: "K20 prod: platform-ops entry with userName ops-user80 + RoleBinding admin to User ops-user80 in validators-rt80k",
        stack: "prod",
        edit: r => {
            opsEntry(r, "ops80u", { userName: "ops-user80" });
            bindBuiltIn(r, "ops80admin", "admin", [{ kind: "User", apiGroup: RBAC, name: "ops-user80" }]);
        },
    },
    // AmazonEKSEditPolicy in validators: create pods (any ServiceAccount of the namespace).
    {
        name: "K21 pod-identity: platform-ops AmazonEKSEditPolicy scoped to validators-rt80k",
        stack: "pod-identity",
        edit: r => {
            opsEntry(r, "ops80e", {});
            opsAssoc(r, "ops80e-assoc", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["validators"] });
        },
    },
    // The custody ServiceAccount's self-powers spelled by a wildcard verb on its own subresource.
    {
        name: "K22 token Secret read by auditor + containment-chamber has verbs [*] on serviceaccounts/token-rt80k",
        stack: "prod",
        edit: r => {
            touchToken(r, ["get"]);
            selfGrantTo(r, [CC], [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["*"] }]);
        },
    },
    // apiGroups ["*"] and resources ["serviceaccounts/*"] cover the token subresource ("Referring to resources").
    {
        name: "K23 pod-identity: token Secret read by auditor + containment-chamber creates serviceaccounts/* in apiGroups *-rt80k",
        stack: "pod-identity",
        edit: r => {
            touchToken(r, ["get"]);
            selfGrantTo(r, [CC], [{ apiGroups: ["*"], resources: ["serviceaccounts/*"], verbs: ["create"] }]);
        },
    },
    // Self-powers granted by a ClusterRoleBinding of a ClusterRole to the SA subject without namespace is invalid; a
    // RoleBinding to a ClusterRole (rules apply in validators) is the realistic spelling.
    {
        name: "K24 token Secret read by auditor + RoleBinding of ClusterRole (pods/exec) to containment-chamber-rt80k",
        stack: "prod",
        edit: r => {
            touchToken(r, ["get"]);
            clusterGrant(
                r,
                "exec80",
                {
                    rules: [
                        { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
                        { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                    ],
                },
                [CC],
            );
        },
    },
    // A group of the access entry named system:serviceaccounts:validators is refused by EKS; a group bound to
    // impersonate serviceaccounts is not: platform-ops impersonates containment-chamber.
    {
        name: "K25 pod-identity: platform-ops entry group ops80i may impersonate serviceaccounts in validators-rt80k",
        stack: "pod-identity",
        edit: r => {
            opsEntry(r, "ops80i", { kubernetesGroups: ["ops80i"] });
            grantTo(
                r,
                "imp80",
                [{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["impersonate"] }],
                "validators",
                [{ kind: "Group", apiGroup: RBAC, name: "ops80i" }],
            );
        },
    },
    // Same class: the writer of a ValidatingAdmissionPolicy and its binding chooses the messageExpression and
    // auditAnnotations evaluated on every Secret write it matches ("Validating Admission Policy": messageExpression,
    // auditAnnotations; validationActions Warn/Audit hand them to the requester and the audit log). The pack refuses
    // a stack policy that echoes Secret data so (admissionPolicyEchoesData); the RBAC to write one is not read.
    // Was a MISS (fixed in round 80): insecure accepted (got []): kubernetes.ts reads no RBAC power over validatingadmissionpolicies /
    // validatingadmissionpolicybindings (only MUTATING_ADMISSION). Fix: as K16.
    {
        name: "K26 auditor creates validatingadmissionpolicies and bindings cluster-wide + token Secret + self-mint-rt80k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            clusterGrant(
                r,
                "vap80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["validatingadmissionpolicies", "validatingadmissionpolicybindings"],
                            verbs: ["create"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
            selfGrantTo(r, [CC]);
        },
    },
    // kubernetes/kubernetes#80295 (liggitt): a create restricted by resourceNames is usable by a request that carries
    // the name, a server-side apply (PATCH to .../pods/debug80, authorized as patch and, when the object is missing, as
    // create of that name: "API concepts", Patch and apply). create + patch of debug80 in validators: a pod of that
    // name running as containment-chamber.
    {
        name: "K27 auditor may create and patch pods [debug80] in validators (server-side apply creates it)-rt80k",
        stack: "prod",
        edit: r =>
            grant(r, "ssa80", [
                { apiGroups: [""], resources: ["pods"], verbs: ["create", "patch"], resourceNames: ["debug80"] },
            ]),
    },
    // The same for a mutating webhook configuration of one name: created by apply, it rewrites the custody pods
    // (RBAC Good Practices, "Control admission webhooks").
    {
        name: "K28 pod-identity: auditor may create and patch mutatingwebhookconfigurations [hook80]-rt80k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "mwh80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["mutatingwebhookconfigurations"],
                            verbs: ["create", "patch"],
                            resourceNames: ["hook80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // A Group subject without apiGroup is still the group (the API defaults Subject.apiGroup for User and Group:
    // API reference Subject) and system:serviceaccounts:validators holds containment-chamber: exec into the custody
    // pods reads their projected token.
    {
        name: "K29 Group system:serviceaccounts:validators may exec into pods in validators + token Secret read by auditor-rt80k",
        stack: "pod-identity",
        edit: r => {
            touchToken(r, ["get"]);
            grantTo(
                r,
                "gx80",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                "validators",
                [{ kind: "Group", name: "system:serviceaccounts:validators" }],
            );
        },
    },
    // With patch of the same name the apply creates it (kubernetes/kubernetes#80295): auditor writes aws-auth, mapping
    // its own IAM role to system:masters (EKS "Grant IAM users access to Kubernetes with a ConfigMap").
    {
        name: "K30 auditor may create and patch configmaps [aws-auth] in kube-system-rt80k",
        stack: "prod",
        edit: r =>
            grant(
                r,
                "awsp80",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        verbs: ["create", "patch"],
                        resourceNames: ["aws-auth"],
                    },
                ],
                "kube-system",
            ),
    },
    // create + patch rolebindings [rb80] and bind admin: the apply creates rb80 binding admin to auditor in validators.
    {
        name: "K31 pod-identity: auditor may create and patch rolebindings [rb80] and bind clusterroles [admin] in validators-rt80k",
        stack: "pod-identity",
        edit: r =>
            grant(r, "rbp80", [
                {
                    apiGroups: [RBAC],
                    resources: ["rolebindings"],
                    verbs: ["create", "patch"],
                    resourceNames: ["rb80"],
                },
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
            ]),
    },
    // Workloads: create + patch deployments [dep80] is an apply that creates dep80, its pods running as
    // containment-chamber (RBAC Good Practices, Workload creation).
    {
        name: "K32 auditor may create and patch deployments [dep80] in validators-rt80k",
        stack: "prod",
        edit: r =>
            grant(r, "depp80", [
                {
                    apiGroups: ["apps"],
                    resources: ["deployments"],
                    verbs: ["create", "patch"],
                    resourceNames: ["dep80"],
                },
            ]),
    },
    // resourceNames "*" on the self-mint is no wildcard but the literal name; with no resourceNames the self-mint of
    // every ServiceAccount of validators holds: auditor mints containment-chamber's token directly.
    {
        name: "K33 pod-identity: auditor may create serviceaccounts/token (no resourceNames) in validators by a ClusterRole RoleBinding-rt80k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "tokall80", {
                rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
            }),
    },
    // The named create and the patch of the same name in two bindings of one request identity: auditor's request
    // carries its user name and its groups, system:authenticated among them ("Authenticating": every authenticated
    // user is in system:authenticated), so a patch granted to that group and a create granted to auditor authorize
    // the same server-side apply (kubernetes/kubernetes#80295): pod debug80 running as containment-chamber.
    {
        name: "K34 create pods [debug80] to auditor + patch pods [debug80] to Group system:authenticated in validators-rt80k",
        stack: "prod",
        edit: r => {
            grant(r, "cpa80", [
                { apiGroups: [""], resources: ["pods"], verbs: ["create"], resourceNames: ["debug80"] },
            ]);
            grantTo(
                r,
                "ppa80",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["patch"], resourceNames: ["debug80"] }],
                "validators",
                [{ kind: "Group", apiGroup: RBAC, name: "system:authenticated" }],
            );
        },
    },
    // Two Roles of auditor: create in one, patch in the other.
    {
        name: "K35 pod-identity: create pods [debug80] and patch pods [debug80] by two Roles of auditor in validators-rt80k",
        stack: "pod-identity",
        edit: r => {
            grant(r, "cpb80", [
                { apiGroups: [""], resources: ["pods"], verbs: ["create"], resourceNames: ["debug80"] },
            ]);
            grant(r, "ppb80", [{ apiGroups: [""], resources: ["pods"], verbs: ["patch"], resourceNames: ["debug80"] }]);
        },
    },
    // A token Secret of auditor's own making: an apply creates Secret mint80 of type service-account-token for
    // containment-chamber ("Manually create a long-lived API token for a ServiceAccount"), the token controller fills
    // it, and a further (empty) patch returns it, token included; then the self-mint.
    {
        name: "K36 create secrets [mint80] to auditor + patch secrets [mint80] to Group system:authenticated + self-mint-rt80k",
        stack: "prod",
        edit: r => {
            grant(r, "csa80", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["create"], resourceNames: ["mint80"] },
            ]);
            grantTo(
                r,
                "psa80",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["patch"], resourceNames: ["mint80"] }],
                "validators",
                [{ kind: "Group", apiGroup: RBAC, name: "system:authenticated" }],
            );
            selfGrantTo(r, [CC]);
        },
    },
    // ---- Round 80 fix neighbours (kubernetes.ts createsObject, validatingAdmissionWritten).
    // A named create beside a patch of the name in the same rule is a server-side apply that creates it
    // (kubernetes/kubernetes#80295; "Using RBAC Authorization", "Referring to resources"): a hostPath PV (RBAC Good
    // Practices, "Persistent volume creation").
    {
        name: "K40 auditor may create and patch persistentvolumes [pv80] (one rule)-fix80",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "pvp80",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["create", "patch"],
                            resourceNames: ["pv80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // A patch of an existing ValidatingWebhookConfiguration by name rewrites its rules to match Secrets: its webhook
    // is then sent every Secret written ("Dynamic Admission Control"; AdmissionRequest object/oldObject).
    {
        name: "K41 pod-identity: auditor patches validatingwebhookconfigurations [existing80] + token Secret-fix80",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            clusterGrant(
                r,
                "vwhp80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["validatingwebhookconfigurations"],
                            verbs: ["patch"],
                            resourceNames: ["existing80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
            selfGrantTo(r, [CC]);
        },
    },
    // A ValidatingAdmissionPolicy applied by name (create + patch): its messageExpression is the writer's
    // ("Validating Admission Policy": messageExpression, auditAnnotations).
    {
        name: "K42 auditor applies validatingadmissionpolicies [vap80] (create + patch by name) + token Secret-fix80",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            clusterGrant(
                r,
                "vapp80",
                {
                    rules: [
                        {
                            apiGroups: ["*"],
                            resources: ["validatingadmissionpolicies"],
                            verbs: ["create", "patch"],
                            resourceNames: ["vap80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
            selfGrantTo(r, [CC]);
        },
    },
    // Round 81 neighbours of S19/S22 (`bind` counts only beside a usable binding write by one request identity of the
    // holder: "Using RBAC Authorization", "Restrictions on role binding creation or update"): the write in another
    // binding of the same user still pairs with the named bind.
    {
        name: "K-bind-split pod-identity: auditor may bind clusterroles [admin] in one Role and create rolebindings in another-fix81",
        stack: "pod-identity",
        edit: r => {
            grant(r, "bnd81", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
            ]);
            grant(r, "rbw81", [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] }]);
        },
    },
    // A user's groups are its authenticator's (an access entry's kubernetesGroups): a group's binding write may be the
    // same request as the user's `bind` ("Using RBAC Authorization", "Referring to subjects").
    {
        name: "K-bind-group pod-identity: auditor may bind clusterroles [admin]; group auditors may create rolebindings-fix81",
        stack: "pod-identity",
        edit: r => {
            grant(r, "bnd81g", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
            ]);
            grantTo(r, "rbw81g", [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["patch"] }], "validators", [
                { kind: "Group", apiGroup: RBAC, name: "auditors" },
            ]);
        },
    },
    // A ServiceAccount's `bind` with a binding write given to its namespace's group (system:serviceaccounts:<ns>, one
    // of its own request's groups: "Using RBAC Authorization", "Referring to subjects").
    {
        name: "K-bind-sa-group pod-identity: ServiceAccount validators/ops81 may bind [admin]; system:serviceaccounts:validators may create rolebindings-fix81",
        stack: "pod-identity",
        edit: r => {
            grantTo(
                r,
                "bnd81s",
                [{ apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] }],
                "validators",
                [{ kind: "ServiceAccount", name: "ops81", namespace: "validators" }],
            );
            grantTo(
                r,
                "rbw81s",
                [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] }],
                "validators",
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:validators" }],
            );
        },
    },
    // Round 81: a named PersistentVolume create is a server-side apply with a patch of the name by the same request
    // identity (kubernetes/kubernetes#80295; RBAC Good Practices, "Persistent volume creation": a hostPath volume),
    // here in two ClusterRoleBindings of auditor.
    {
        name: "K-pv-split pod-identity: auditor may create persistentvolumes [pv81] in one ClusterRole and patch it in another-fix81",
        stack: "pod-identity",
        edit: r => {
            clusterGrant(
                r,
                "pvc81",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["create"],
                            resourceNames: ["pv81"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
            clusterGrant(
                r,
                "pvp81",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["patch"],
                            resourceNames: ["pv81"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
        },
    },
    // The same pair in two rules of one ClusterRole (createsObject reads one rule only).
    {
        name: "K-pv-rules prod: auditor may create persistentvolumes [pv81] and, in another rule, patch it-fix81",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "pvr81",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["create"],
                            resourceNames: ["pv81"],
                        },
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["patch"],
                            resourceNames: ["pv81"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
];

const secure: StackCase[] = [
    // Both selectors read as view ({view} and {view, admin}: the least powerful is view): auditor gets view in
    // validators, no Secrets, no pods create ("User-facing roles").
    {
        name: "S1 ClusterRole aggregating {aggregate-to-view} OR {aggregate-to-view, aggregate-to-admin}, bound in validators-rt80k",
        stack: "prod",
        edit: r =>
            aggregating(r, "agg80vv", [
                { matchLabels: { [VIEW]: "true" } },
                { matchLabels: { [VIEW]: "true", [ADMIN]: "true" } },
            ]),
    },
    // {view, edit} in matchExpressions, ANDed with team In [a]: within view's selection.
    {
        name: "S2 pod-identity: ClusterRole aggregating view In [true], edit In [true], team In [a], bound in validators-rt80k",
        stack: "pod-identity",
        edit: r =>
            aggregating(r, "agg80vet", [
                {
                    matchExpressions: [
                        { key: VIEW, operator: "In", values: ["true"] },
                        { key: EDIT, operator: "In", values: ["true"] },
                        { key: "team", operator: "In", values: ["a"] },
                    ],
                },
            ]),
    },
    // RBAC authorizer: a RoleBinding's rules apply in its own namespace only; the TokenRequest in team-a is for the
    // ServiceAccount team-a/containment-chamber, not validators'. The token Secret reader gains nothing custody.
    {
        name: "S3 token Secret read by auditor + RoleBinding in team-a lets validators/containment-chamber mint team-a tokens-rt80k",
        stack: "prod",
        edit: r => {
            touchToken(r, ["get"]);
            grantTo(r, "ta80", SELF_TOKEN, "team-a", [CC]);
        },
    },
    // ServiceAccount objects carry no token (since 1.24 no auto-generated Secret: "Service Accounts"); reading them
    // gives names and annotations only.
    {
        name: "S4 auditor reads serviceaccounts in validators + containment-chamber self-mint-rt80k",
        stack: "prod",
        edit: r => {
            grant(r, "sa80", [{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get", "list", "watch"] }]);
            selfGrantTo(r, [CC]);
        },
    },
    // Group system:serviceaccounts:team-a reads Secrets of team-a only; the custody token Secret is in validators.
    {
        name: "S5 pod-identity: Group system:serviceaccounts:team-a reads Secrets in team-a + containment-chamber self-mint-rt80k",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            grantTo(r, "tas80", [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }], "team-a", [
                { kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:team-a" },
            ]);
            selfGrantTo(r, [CC]);
        },
    },
    // Impersonating a ServiceAccount username with no RBAC of its own gives nothing.
    {
        name: "S6 auditor impersonates users [system:serviceaccount:team-a:builder] only-rt80k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "impb80",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["users"],
                            verbs: ["impersonate"],
                            resourceNames: ["system:serviceaccount:team-a:builder"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // "Review access policy permissions": AmazonEKSViewPolicy excludes Secrets and writes nothing.
    {
        name: "S8 pod-identity: platform-ops AmazonEKSViewPolicy scoped to validators-rt80k",
        stack: "pod-identity",
        edit: r => {
            opsEntry(r, "ops80v", {});
            opsAssoc(r, "ops80v-assoc", "AmazonEKSViewPolicy", { type: "namespace", namespaces: ["validators"] });
        },
    },
    // kubernetesGroups bound to view in validators: reads without Secrets.
    {
        name: "S9 pod-identity: platform-ops entry with kubernetesGroups [ops80r] + RoleBinding view to ops80r in validators-rt80k",
        stack: "pod-identity",
        edit: r => {
            opsEntry(r, "ops80r", { kubernetesGroups: ["ops80r"] });
            bindBuiltIn(r, "ops80view", "view", [{ kind: "Group", apiGroup: RBAC, name: "ops80r" }]);
        },
    },
    // get on a Secret of another name: the token Secret stays unread (resourceNames restricts by name).
    {
        name: "S10 auditor patches Secret app-config80 only + token Secret + containment-chamber self-mint-rt80k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grant(r, "cfg80", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "patch"], resourceNames: ["app-config80"] },
            ]);
            selfGrantTo(r, [CC]);
        },
    },
    // A User subject spelled like a ServiceAccount of another namespace gets the self-mint of validators only by
    // name; here it is granted reading pods only.
    {
        name: "S11 User system:serviceaccount:team-a:builder reads pods in validators + token Secret unread-rt80k",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            grantTo(
                r,
                "ub80",
                [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] }],
                "validators",
                [{ kind: "User", apiGroup: RBAC, name: "system:serviceaccount:team-a:builder" }],
            );
        },
    },
    // A token Secret readable by auditor, with the custody SA's own RBAC only reading pods: the holder is no more
    // than containment-chamber in Kubernetes, which has no AWS path without a fresh sts-audience token.
    {
        name: "S12 pod-identity: token Secret read by auditor; containment-chamber may only get configmaps-rt80k",
        stack: "pod-identity",
        edit: r => {
            touchToken(r, ["get"]);
            selfGrantTo(r, [CC], [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }]);
        },
    },
    // apiserver impersonation filter (endpoints/filters/impersonation.go, buildImpersonationRequests): an
    // Impersonate-User of the form system:serviceaccount:<ns>:<name> is authorized as impersonate on serviceaccounts
    // <name> in <ns>, never on users; impersonate on users of that name acts as no one.
    {
        name: "S13 auditor impersonates users [system:serviceaccount:validators:containment-chamber] + its self-mint-rt80k",
        stack: "prod",
        edit: r => {
            clusterGrant(
                r,
                "impu80",
                {
                    rules: [
                        { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: [CC_USER] },
                    ],
                },
                AUDITOR,
                true,
            );
            selfGrantTo(r, [CC]);
        },
    },
    // update (PUT) replaces the whole object and returns what was stored: the caller's own data, not the token it
    // overwrote ("API concepts", Update: PUT replaces; a Secret's data is not merged). The token controller refills a
    // token Secret missing its token, which update alone never reads (no get/list/watch, no patch: an empty patch
    // would return the stored object).
    {
        name: "S14 pod-identity: auditor updates the token Secret (by name) + containment-chamber self-mint-rt80k",
        stack: "pod-identity",
        edit: r => {
            touchToken(r, ["update"]);
            selfGrantTo(r, [CC]);
        },
    },
    // kubernetes/kubernetes#80295: a POST to the collection carries no name, so the authorizer asks for create of any
    // name, which a resourceNames-restricted rule does not give; without patch (apply) of that name nothing is
    // created.
    {
        name: "S15 auditor may create pods [debug80] only (no patch) in validators-rt80k",
        stack: "prod",
        edit: r =>
            grant(r, "cr80", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"], resourceNames: ["debug80"] }]),
    },
    // Was a MISS (fixed in round 80): secure refused ("Kubernetes User auditor → ClusterRoleBinding mwc80 → ClusterRole mwc80 (mutating
    // admission: create mutatingwebhookconfigurations) → acts as ServiceAccount validators/containment-chamber → ...
    // custody-pod-identity-signer"). kubernetes.ts saPowerOfRule reads `create` under resourceNames as no create for
    // workloads (its `creates` helper: a POST carries no name) and pods (S15 is clean), but the MUTATING_ADMISSION
    // branch tests ["create", "update", "patch"].some(has) without it. General fix: read every rule's named `create`
    // through the same helper (a named create is a server-side apply: only beside a patch of those names by the same
    // request identity), for every kind saPowerOfRule judges, not only workloads and Secrets.
    {
        name: "S16 pod-identity: auditor may create mutatingwebhookconfigurations [hook80] only (no patch)-rt80k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "mwc80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["mutatingwebhookconfigurations"],
                            verbs: ["create"],
                            resourceNames: ["hook80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // Impersonation of a ServiceAccount is authorized in its namespace (impersonation.go: Namespace of the request):
    // a Role in team-a lets auditor act as team-a/containment-chamber, not as validators'.
    {
        name: "S17 auditor impersonates serviceaccounts [containment-chamber] by a Role in team-a + validators self-mint-rt80k",
        stack: "prod",
        edit: r => {
            grant(
                r,
                "impt80",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                "team-a",
            );
            selfGrantTo(r, [CC]);
        },
    },
    // Same rule (kubernetes/kubernetes#80295, "Referring to resources"): create of named objects alone, no patch.
    // aws-auth exists on an EKS cluster with managed nodes; a POST of a ConfigMap named aws-auth carries no name and is
    // refused, and without patch/update the holder cannot rewrite it.
    // Was a MISS (fixed in round 80): secure refused ("Role awsa80 (create the aws-auth ConfigMap (maps anyone to system:masters)) → acts as
    // ServiceAccount validators/containment-chamber → ..."). kubernetes.ts saPowerOfRule: the aws-auth branch counts a
    // named `create` alone, which no request can use (a POST has no name; a server-side apply needs patch). Fix: as S16.
    {
        name: "S18 auditor may create configmaps [aws-auth] in kube-system only (no patch)-rt80k",
        stack: "prod",
        edit: r =>
            grant(
                r,
                "awsa80",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create"], resourceNames: ["aws-auth"] }],
                "kube-system",
            ),
    },
    // bind lets the holder bind admin, but create rolebindings only of one name (POST: no name) creates none.
    // Was a MISS (fixed in round 81): secure refused ("Role rb80 (bind only (... `bind` on ClusterRole admin ...): built-in ClusterRole admin
    // (creates workloads)) → acts as ServiceAccount validators/containment-chamber"). kubernetes.ts boundByName reads
    // `bind` on a named role as that role's power without asking whether the holder can write any RoleBinding: here
    // its only rolebindings verb is a named create, which creates nothing ("Restrictions on role binding creation or
    // update": bind lets one create a binding, it creates none). Fix: count bind (and escalate's binding use) only
    // together with a usable write of rolebindings/clusterrolebindings (create with no resourceNames, or create +
    // patch of a name, or update/patch of an existing binding) by the same subject, in that binding's scope.
    // Still open (round 80): needs bind deferred as a half of a pair (as workloadCreators in secretPairs): the bind
    // power counted only where the same request identity holds a usable rolebindings/clusterrolebindings write in that
    // scope; a per-rule-set check would accept bind and a binding write split over two bindings (fail open).
    {
        name: "S19 pod-identity: auditor may create rolebindings [rb80] and bind clusterroles [admin] in validators (no patch)-rt80k",
        stack: "pod-identity",
        edit: r =>
            grant(r, "rb80", [
                {
                    apiGroups: [RBAC],
                    resources: ["rolebindings"],
                    verbs: ["create"],
                    resourceNames: ["rb80"],
                },
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
            ]),
    },
    // Was a MISS (fixed in round 80): secure refused ("ClusterRole map80 (mutating admission: create mutatingadmissionpolicies,
    // mutatingadmissionpolicybindings) → acts as ServiceAccount validators/containment-chamber"). saPowerOfRule's
    // MUTATING_ADMISSION branch; fix: as S16.
    {
        name: "S20 auditor may create mutatingadmissionpolicies [map80] and bindings [map80] only (no patch)-rt80k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "map80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                            verbs: ["create"],
                            resourceNames: ["map80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // Was a MISS (fixed in round 80): secure refused ("ClusterRole pv80 (create persistentvolumes (a hostPath volume reads every pod's token on
    // its node)) → acts as ServiceAccount validators/containment-chamber"). saPowerOfRule's PersistentVolume branch
    // counts a named create alone; fix: as S16.
    {
        name: "S21 pod-identity: auditor may create persistentvolumes [pv80] only (no patch)-rt80k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "pv80",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["create"],
                            resourceNames: ["pv80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // Was a MISS (fixed in round 81): secure refused ("ClusterRole crb80 (bind only (... `bind` on ClusterRole cluster-admin ...)) → acts as
    // ServiceAccount validators/containment-chamber"). boundByName, as S19: no ClusterRoleBinding can be created.
    // Still open (round 80): needs bind deferred as a half of a pair (as workloadCreators in secretPairs): the bind
    // power counted only where the same request identity holds a usable rolebindings/clusterrolebindings write in that
    // scope; a per-rule-set check would accept bind and a binding write split over two bindings (fail open).
    {
        name: "S22 auditor may create clusterrolebindings [crb80] and bind clusterroles [cluster-admin] (no patch)-rt80k",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "crb80",
                {
                    rules: [
                        {
                            apiGroups: [RBAC],
                            resources: ["clusterrolebindings"],
                            verbs: ["create"],
                            resourceNames: ["crb80"],
                        },
                        {
                            apiGroups: [RBAC],
                            resources: ["clusterroles"],
                            verbs: ["bind"],
                            resourceNames: ["cluster-admin"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // Was a MISS (fixed in round 80): secure refused ("ClusterRole crd80 (convert custom resources: create customresourcedefinitions (a CRD's
    // conversion webhook rewrites ...)) → acts as ServiceAccount validators/containment-chamber"). saPowerOfRule's CRD
    // conversion branch counts a named create alone; fix: as S16.
    {
        name: "S23 pod-identity: auditor may create customresourcedefinitions [widgets.example.com] only (no patch)-rt80k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(
                r,
                "crd80",
                {
                    rules: [
                        {
                            apiGroups: ["apiextensions.k8s.io"],
                            resources: ["customresourcedefinitions"],
                            verbs: ["create"],
                            resourceNames: ["widgets.example.com"],
                        },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // resourceNames match exactly (the RBAC authorizer compares names for equality; pattern names are an open feature
    // request, kubernetes/kubernetes#56582): "containment-*" names no ServiceAccount (a name with `*` is not a valid
    // ServiceAccount name, DNS-1123 subdomain). auditor mints no token.
    {
        name: "S24 auditor may create serviceaccounts/token [containment-*] in validators (literal name)-rt80k",
        stack: "prod",
        edit: r =>
            grant(r, "tokglob80", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["containment-*"],
                },
            ]),
    },
    // The same for impersonation: serviceaccounts named "containment-*" do not exist.
    {
        name: "S25 pod-identity: auditor impersonates serviceaccounts [containment-*] in validators (literal name)-rt80k",
        stack: "pod-identity",
        edit: r =>
            grant(r, "impglob80", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts"],
                    verbs: ["impersonate"],
                    resourceNames: ["containment-*"],
                },
            ]),
    },
    // ---- Round 80 fix neighbours (kubernetes.ts createsObject, validatingAdmissionWritten).
    // A named create alone of a ValidatingWebhookConfiguration creates none (a POST carries no name:
    // kubernetes/kubernetes#80295), so no webhook is registered and no Secret is sent anywhere.
    {
        name: "S40 pod-identity: auditor may create validatingwebhookconfigurations [hook80] only (no patch) + token Secret-fix80",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            clusterGrant(
                r,
                "vwhn80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["validatingwebhookconfigurations"],
                            verbs: ["create"],
                            resourceNames: ["hook80"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
        },
    },
    // Webhook configurations and admission policies are cluster-scoped: a RoleBinding grants no access to them
    // ("Using RBAC Authorization", RoleBinding: "grants permissions within a specific namespace").
    {
        name: "S41 auditor may create validatingwebhookconfigurations through a RoleBinding in validators + token Secret-fix80",
        stack: "prod",
        edit: r => {
            tokenSecret(r);
            clusterGrant(r, "vwhr80", {
                rules: [{ apiGroups: [ADM], resources: ["validatingwebhookconfigurations"], verbs: ["create"] }],
            });
        },
    },
    // Reading validating admission objects is no write: get/list of webhook configurations changes nothing.
    {
        name: "S42 pod-identity: auditor may get/list validatingwebhookconfigurations and policies cluster-wide + token Secret-fix80",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r);
            clusterGrant(
                r,
                "vwhg80",
                {
                    rules: [
                        {
                            apiGroups: [ADM],
                            resources: ["validatingwebhookconfigurations", "validatingadmissionpolicies"],
                            verbs: ["get", "list", "watch"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
        },
    },
    // The aws-auth ConfigMap created by name alone, through a ClusterRole bound cluster-wide: no POST carries the
    // name, no patch applies it (as S18).
    {
        name: "S43 auditor may create configmaps [aws-auth] cluster-wide only (no patch)-fix80",
        stack: "prod",
        edit: r =>
            clusterGrant(
                r,
                "awsc80",
                {
                    rules: [
                        { apiGroups: [""], resources: ["configmaps"], verbs: ["create"], resourceNames: ["aws-auth"] },
                    ],
                },
                AUDITOR,
                true,
            ),
    },
    // Round 81 neighbours of S19: `bind` on admin held by a ServiceAccount with no binding write in any of its request
    // identities; another ServiceAccount's rolebindings create is not its own ("Using RBAC Authorization",
    // "Restrictions on role binding creation or update": bind lets one create a binding, it creates none).
    {
        name: "S-bind-other pod-identity: ServiceAccount validators/ops81 may bind [admin]; only validators/rbw81 may create rolebindings-fix81",
        stack: "pod-identity",
        edit: r => {
            grantTo(
                r,
                "bnd81o",
                [{ apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] }],
                "validators",
                [{ kind: "ServiceAccount", name: "ops81", namespace: "validators" }],
            );
            grantTo(
                r,
                "rbw81o",
                [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"], resourceNames: ["rb81"] }],
                "validators",
                [{ kind: "ServiceAccount", name: "rbw81", namespace: "validators" }],
            );
        },
    },
    // PersistentVolume create [pv81] for auditor, patch [pv81] only for another user: no one request holds both.
    {
        name: "S-pv-other prod: auditor may create persistentvolumes [pv81]; only user pvops81 may patch it-fix81",
        stack: "prod",
        edit: r => {
            clusterGrant(
                r,
                "pvc81o",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["create"],
                            resourceNames: ["pv81"],
                        },
                    ],
                },
                AUDITOR,
                true,
            );
            clusterGrant(
                r,
                "pvp81o",
                {
                    rules: [
                        {
                            apiGroups: [""],
                            resources: ["persistentvolumes"],
                            verbs: ["patch"],
                            resourceNames: ["pv81"],
                        },
                    ],
                },
                [{ kind: "User", apiGroup: RBAC, name: "pvops81" }],
                true,
            );
        },
    },
];

describeVariants("red team 80: Kubernetes API paths", insecure, secure);
