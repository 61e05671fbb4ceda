// Neighbours of the round 19 API-level fixes (test/policy-pack/engine/redteam19-api.test.ts and the metrics-server
// case of redteam19-secure.test.ts): other spellings of each capture the pack now refuses, and the look-alikes that
// must stay accepted. engine/kubernetes.ts: admission objects on Services and ServiceCIDRs (SERVICE_CAPTURE_SCOPE),
// RBAC writes on ServiceCIDRs, create on ControllerRevisions, reserved OIDC username and groups prefixes,
// MutatingAdmissionPolicy(Binding) rules, the bootstrap policy's namespaced Roles (BUILT_IN_ROLES).
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const MAP = "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy";
const MAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding";

/** A mutating webhook configuration with one webhook served by a Service in `platform`. */
function webhook(r: Resources, name: string, rules: object[]): void {
    k8s(r, MUTATING, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Fail",
                clientConfig: { service: { name, namespace: "platform", path: "/mutate" } },
                rules,
            },
        ],
    });
}

/** A MutatingAdmissionPolicy (v1beta1) whose matchConstraints are `rules`, and (unless `binding` is false) its binding. */
function admissionPolicy(r: Resources, name: string, rules: object[], expression: string, binding = true): void {
    k8s(r, MAP, name, {
        apiVersion: "admissionregistration.k8s.io/v1beta1",
        kind: "MutatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: { resourceRules: rules },
            mutations: [{ patchType: "ApplyConfiguration", applyConfiguration: { expression } }],
        },
    });
    if (binding) policyBinding(r, name, name);
}

/** A MutatingAdmissionPolicyBinding of policy `policyName`, optionally narrowed by its own resourceRules. */
function policyBinding(r: Resources, name: string, policyName: string, resourceRules?: object[]): void {
    k8s(r, MAP_BINDING, name, {
        apiVersion: "admissionregistration.k8s.io/v1beta1",
        kind: "MutatingAdmissionPolicyBinding",
        metadata: { name },
        spec: { policyName, ...(resourceRules ? { matchResources: { resourceRules } } : {}) },
    });
}

/** An EKS OIDC identity provider config on the pod-identity cluster. */
function idp(r: Resources, oidc: Record<string, string>): void {
    aws(r, "aws:eks/identityProviderConfig:IdentityProviderConfig", "corp-sso", {
        clusterName: "prod-validators",
        oidc: {
            identityProviderConfigName: "corp-sso",
            issuerUrl: "https://sso.example.com/oauth2/default",
            clientId: "kubernetes",
            groupsClaim: "groups",
            ...oidc,
        },
    });
}

/** A RoleBinding in `ns` of Role `role` (not declared by the stack) to a ServiceAccount of kube-system. */
function bindBuiltInRole(r: Resources, name: string, role: string, ns: string, sa: string): void {
    bind(r, name, { kind: "Role", name: role }, [{ kind: "ServiceAccount", name: sa, namespace: "kube-system" }], ns);
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    // Services: `*/status` with every group matches services/status (Kubernetes "Dynamic Admission Control",
    // "Matching requests: rules"): the webhook sets status.loadBalancer.ingress ip 169.254.170.23.
    {
        name: "a MutatingWebhookConfiguration on */status of every group (UPDATE): services/status included",
        stack: "pod-identity",
        edit: r =>
            webhook(r, "status-writer", [
                { apiGroups: ["*"], apiVersions: ["*"], operations: ["UPDATE"], resources: ["*/status"] },
            ]),
        refused: /MutatingWebhookConfiguration status-writer rewrites services\/status/,
    },
    // The same effect with no webhook server: a MutatingAdmissionPolicy's CEL sets externalIPs on every Service.
    {
        name: "a MutatingAdmissionPolicy (and binding) on core services adding externalIPs fd00:ec2::23",
        stack: "pod-identity",
        edit: r =>
            admissionPolicy(
                r,
                "service-ips",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["services"] }],
                'Object{spec: Object.spec{externalIPs: ["fd00:ec2::23"]}}',
            ),
        refused: /MutatingAdmissionPolicy(Binding)? service-ips rewrites Services \(externalIPs\)/,
    },
    // ServiceCIDRs: `*` in networking.k8s.io is every resource of the group, servicecidrs included.
    {
        name: "a MutatingWebhookConfiguration on every resource of networking.k8s.io (CREATE)",
        stack: "pod-identity",
        edit: r =>
            webhook(r, "networking-defaults", [
                { apiGroups: ["networking.k8s.io"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["*"] },
            ]),
        refused: /networking-defaults rewrites ServiceCIDRs/,
    },
    // An update may add a second IP family to a single-stack ServiceCIDR (ValidateServiceCIDRUpdate,
    // kubernetes/kubernetes#131261): fd00:ec2::/32 onto the default one.
    {
        name: "a ClusterRole patching every networking.k8s.io resource, bound cluster-wide to a ServiceAccount",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "net-patcher", [{ apiGroups: ["networking.k8s.io"], resources: ["*"], verbs: ["patch"] }]);
            bind(r, "net-patcher", { kind: "ClusterRole", name: "net-patcher" }, [
                { kind: "ServiceAccount", name: "netops", namespace: "platform" },
            ]);
        },
        refused: /net-patcher \(patch \*: a ServiceCIDR on a node-local range/,
    },
    // ControllerRevisions: `*` verbs include create; a ClusterRole bound in validators by a RoleBinding.
    {
        name: "a ClusterRole with every verb on apps controllerrevisions, bound in validators to platform-devs",
        stack: "prod",
        edit: r => {
            k8sRole(r, "revisions-all", [{ apiGroups: ["apps"], resources: ["controllerrevisions"], verbs: ["*"] }]);
            bind(r, "revisions-all", { kind: "ClusterRole", name: "revisions-all" }, [DEVS], "validators");
        },
        refused: /revisions-all \(\* controllerrevisions/,
    },
    // usernamePrefix "sys" does not contain system: (which AWS refuses), yet "sys" + "tem:node:<node>" is a node's name.
    {
        name: "an EKS OIDC identity provider with usernamePrefix sys (a claim tem:node:ip-10-0-1-5 reads system:node:...)",
        stack: "pod-identity",
        edit: r => idp(r, { usernameClaim: "sub", usernamePrefix: "sys", groupsPrefix: "oidc:" }),
        refused: /corp-sso with usernamePrefix sys, which begins a reserved name/,
    },
    // groupsPrefix "system" (no colon): a groups claim ":masters" gives system:masters.
    {
        name: "an EKS OIDC identity provider with groupsPrefix system (a group claim :masters reads system:masters)",
        stack: "pod-identity",
        edit: r => idp(r, { usernameClaim: "sub", usernamePrefix: "oidc:", groupsPrefix: "system" }),
        refused: /corp-sso with groupsPrefix system, which begins a reserved name/,
    },
    // A MutatingAdmissionPolicy on Deployments rewrites their pod templates.
    {
        name: "a MutatingAdmissionPolicy (and binding) on apps deployments",
        stack: "prod",
        edit: r =>
            admissionPolicy(
                r,
                "deploy-sidecar",
                [
                    {
                        apiGroups: ["apps"],
                        apiVersions: ["v1"],
                        operations: ["CREATE", "UPDATE"],
                        resources: ["deployments"],
                    },
                ],
                'Object{spec: Object.spec{template: Object.spec.template{spec: Object.spec.template.spec{serviceAccountName: "default"}}}}',
            ),
        refused: /MutatingAdmissionPolicy deploy-sidecar rewrites every pod/,
    },
    // A binding of a policy the stack does not declare, without its own resourceRules: the policy may match pods.
    {
        name: "a MutatingAdmissionPolicyBinding of a policy outside the stack, without matchResources",
        stack: "prod",
        edit: r => policyBinding(r, "outside-policy", "platform-defaults"),
        refused: /MutatingAdmissionPolicyBinding outside-policy rewrites every pod/,
    },
    // extension-apiserver-authentication-reader exists in kube-system only: the same roleRef in validators is a Role
    // the stack does not declare (a Role of that name there is anyone's).
    {
        name: "a RoleBinding in validators to Role extension-apiserver-authentication-reader (no built-in Role there)",
        stack: "prod",
        edit: r =>
            bindBuiltInRole(r, "auth-reader", "extension-apiserver-authentication-reader", "validators", "metrics"),
        refused:
            /RoleBinding auth-reader in validators → Role extension-apiserver-authentication-reader \(Role extension-apiserver-authentication-reader, not in this stack/,
    },
    // A RolePatch adds to the built-in Role (auto-reconciliation never removes rules): its binding gets pods.
    {
        name: "a RolePatch adding create pods to kube-system's extension-apiserver-authentication-reader, and its RoleBinding",
        stack: "pod-identity",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:RolePatch`, "auth-reader-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "extension-apiserver-authentication-reader", namespace: "kube-system" },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            });
            bindBuiltInRole(r, "auth-reader", "extension-apiserver-authentication-reader", "kube-system", "metrics");
        },
        refused: /auth-reader.*create pods/,
    },
];

const secure: Case[] = [
    // Service writes capture Pod Identity requests only: prod's workloads use IRSA (a token sent to STS over TLS).
    {
        name: "a MutatingWebhookConfiguration on core services and services/status in an IRSA stack",
        stack: "prod",
        edit: r =>
            webhook(r, "service-defaults", [
                {
                    apiGroups: [""],
                    apiVersions: ["v1"],
                    operations: ["CREATE", "UPDATE"],
                    resources: ["services", "services/status"],
                },
            ]),
    },
    // An Ingress class defaulting webhook: networking.k8s.io ingresses only, no ServiceCIDR.
    {
        name: "a MutatingWebhookConfiguration on networking.k8s.io ingresses (ingress class defaulting)",
        stack: "pod-identity",
        edit: r =>
            webhook(r, "ingress-class", [
                {
                    apiGroups: ["networking.k8s.io"],
                    apiVersions: ["v1"],
                    operations: ["CREATE"],
                    resources: ["ingresses"],
                },
            ]),
    },
    // Deleting ranges adds no address.
    {
        name: "platform-devs may delete servicecidrs cluster-wide",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "cidr-cleanup", [
                { apiGroups: ["networking.k8s.io"], resources: ["servicecidrs"], verbs: ["get", "list", "delete"] },
            ]);
            bind(r, "cidr-cleanup", { kind: "ClusterRole", name: "cidr-cleanup" }, [DEVS]);
        },
    },
    // ServiceCIDRs are cluster-scoped: a RoleBinding of a ClusterRole that creates them grants nothing on them.
    {
        name: "a RoleBinding in platform of a ClusterRole creating servicecidrs (cluster-scoped: not reached)",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "cidr-admin", [
                { apiGroups: ["networking.k8s.io"], resources: ["servicecidrs"], verbs: ["create", "update"] },
            ]);
            bind(r, "cidr-admin", { kind: "ClusterRole", name: "cidr-admin" }, [DEVS], "platform");
        },
    },
    // A ControllerRevision's data cannot be updated: labelling revisions (patch) builds no pod.
    {
        name: "a Role in validators allowing get/list/patch/delete apps controllerrevisions (no create)",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "revision-labeller",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["controllerrevisions"],
                        verbs: ["get", "list", "patch", "delete"],
                    },
                ],
                "validators",
            );
            bind(r, "revision-labeller", { kind: "Role", name: "revision-labeller" }, [DEVS], "validators");
        },
    },
    // No usernamePrefix: the EKS default prefixes sub claims with the issuer URL and `#`.
    {
        name: "an EKS OIDC identity provider with usernameClaim sub and no usernamePrefix (issuer# prefix), groupsPrefix oidc:",
        stack: "pod-identity",
        edit: r => idp(r, { usernameClaim: "sub", groupsPrefix: "oidc:" }),
    },
    // A binding's own resourceRules narrow whatever policy it names ("the resource must also match").
    {
        name: "a MutatingAdmissionPolicyBinding narrowed to persistentvolumeclaims, of a policy outside the stack",
        stack: "prod",
        edit: r =>
            policyBinding(r, "pvc-only", "platform-defaults", [
                {
                    apiGroups: [""],
                    apiVersions: ["v1"],
                    operations: ["CREATE"],
                    resources: ["persistentvolumeclaims"],
                },
            ]),
    },
    // A secondary scheduler's leader election (Kubernetes "Configure Multiple Schedulers"): leases in kube-system.
    {
        name: "a RoleBinding in kube-system to the built-in Role system::leader-locking-kube-scheduler for a second scheduler",
        stack: "pod-identity",
        edit: r =>
            bindBuiltInRole(
                r,
                "my-scheduler-leases",
                "system::leader-locking-kube-scheduler",
                "kube-system",
                "my-scheduler",
            ),
    },
];

describe("round 19 API-level fixes: neighbours", function () {
    this.timeout(300000);
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, EFFECTIVE);
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
