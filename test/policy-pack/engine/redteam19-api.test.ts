// Red-team round 19 on the Kubernetes/EKS API level (fresh eyes): admission objects on kinds the pack treats as
// capture paths elsewhere (Services, ServiceCIDRs), RBAC writes on ServiceCIDRs and ControllerRevisions, an OIDC
// identity provider that turns username prefixing off; and what a careful platform team runs (a CVE-2020-8554
// validating webhook, PVC defaulting, a custom-signer CSR approver, read-only views of Service ranges). Insecure
// variants the whole pack must refuse, secure ones it must accept; the pack's misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";

/** An admission webhook configuration of the stack with one webhook served by a Service in `platform`. */
function webhook(r: Resources, type: string, name: string, rules: object[]): void {
    k8s(r, type, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: type.split(":").pop(),
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Fail",
                clientConfig: { service: { name, namespace: "platform", path: "/admit" } },
                rules,
            },
        ],
    });
}

/** A ClusterRole with these rules bound cluster-wide to platform-devs. */
function clusterGrant(r: Resources, name: string, rules: object[]): void {
    k8sRole(r, name, rules);
    bind(r, name, { kind: "ClusterRole", name }, [DEVS]);
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; skip?: string };

const insecure: Case[] = [
    // Fixed (was a MISS) in engine/kubernetes.ts.
    // (insecure accepted) the pack counts writing Services (externalIPs, status ingress IP) as capturing every
    // EKS Pod Identity credential request (engine/kubernetes.ts SERVICE_CAPTURE_WHY, CVE-2020-8554), but a mutating
    // webhook on Services is not in MUTATION_TARGETS, so it is read as inert. The webhook's server returns a patch
    // adding externalIPs [fd00:ec2::23] to every Service created, or status.loadBalancer.ingress ip 169.254.170.23 on
    // every services/status update (mutating webhooks run on subresources their rules name; the API server validates
    // the object as mutated: Kubernetes "Dynamic Admission Control", "Matching requests: rules"). Kubernetes' own
    // advisory (kubernetes/kubernetes#97076) and the externalip-webhook name admission as the place that decides
    // externalIPs: whoever serves this webhook decides them for every Service of the cluster.
    {
        name: "a MutatingWebhookConfiguration on core services and services/status (CREATE, UPDATE) served in platform",
        stack: "pod-identity",
        edit: r =>
            webhook(r, MUTATING, "service-defaults", [
                {
                    apiGroups: [""],
                    apiVersions: ["v1"],
                    operations: ["CREATE", "UPDATE"],
                    resources: ["services", "services/status"],
                },
            ]),
        refused: /service-defaults rewrites Services \(externalIPs\), services\/status/,
    },
    // Fixed (was a MISS) in engine/kubernetes.ts.
    // (insecure accepted) same cause for the Service ranges: a stack ServiceCIDR on node-local ranges is refused
    // (clusterWidePowers, "ServiceCIDR ... adds Service addresses ... on node-local ranges"), but a mutating webhook on
    // networking.k8s.io servicecidrs, which rewrites spec.cidrs of every ServiceCIDR created (the API server checks
    // only their syntax, validateServiceCIDRSpec, after mutation), is not judged: networking.k8s.io is not in
    // MUTATION_GROUPS.
    {
        name: "a MutatingWebhookConfiguration on networking.k8s.io servicecidrs (CREATE, UPDATE) served in platform",
        stack: "pod-identity",
        edit: r =>
            webhook(r, MUTATING, "cidr-defaults", [
                {
                    apiGroups: ["networking.k8s.io"],
                    apiVersions: ["v1", "v1beta1"],
                    operations: ["CREATE", "UPDATE"],
                    resources: ["servicecidrs"],
                },
            ]),
        refused: /cidr-defaults rewrites ServiceCIDRs/,
    },
    // Fixed (was a MISS) in engine/kubernetes.ts.
    // (insecure accepted) RBAC writes on ServiceCIDRs are not judged at all (saPowerOfRule has no rule for
    // networking.k8s.io servicecidrs; networking.k8s.io is a built-in group, so customResourcePower skips it). A
    // ServiceCIDR 169.254.170.16/28 lets any Service author (edit in any namespace, outside this stack) take
    // ClusterIP 169.254.170.23, the Pod Identity agent's address (Kubernetes "Extend Service IP Ranges", ServiceCIDR
    // GA in 1.33); the pack refuses exactly that ServiceCIDR when the stack declares it.
    {
        name: "platform-devs may create networking.k8s.io servicecidrs cluster-wide",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "cidr-admin", [
                { apiGroups: ["networking.k8s.io"], resources: ["servicecidrs"], verbs: ["create", "update", "patch"] },
            ]),
        refused: /ClusterRole cidr-admin \(create\/update\/patch servicecidrs/,
    },
    // Fixed (was a MISS) in engine/kubernetes.ts.
    // (insecure accepted) the pack's own reasoning on webhooks (MUTATION_TARGETS: "The StatefulSet controller
    // builds pods from the ControllerRevision the API returns", stateful_set_control.go ApplyRevision) is not applied
    // to RBAC: WORKLOAD_RESOURCES lacks controllerrevisions. A ControllerRevision's data cannot be updated (Kubernetes
    // API, ControllerRevision: "Once ... created, it can not be updated ... may, however, be deleted"), but delete +
    // create under the name in status.currentRevision is a revision the controller adopts (matching labels) and
    // builds the current-revision pods from (OnDelete strategy, or ordinals below a RollingUpdate partition), with
    // any pod spec and serviceAccountName of validators.
    {
        name: "a Role in validators allowing create/delete apps controllerrevisions bound to platform-devs",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "revision-editor",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["controllerrevisions"],
                        verbs: ["get", "list", "create", "delete"],
                    },
                ],
                "validators",
            );
            bind(r, "revision-editor", { kind: "Role", name: "revision-editor" }, [DEVS], "validators");
        },
        refused: /Role revision-editor \(get\/list\/create\/delete controllerrevisions\)/,
    },
    // Fixed (was a MISS) in engine/kubernetes.ts.
    // (insecure accepted) the pack refuses an identity provider config without groupsPrefix (its groups claim
    // can say system:masters) but not one whose usernamePrefix is "-": EKS API OidcIdentityProviderConfigRequest,
    // usernamePrefix: "You can use the value - to disable all prefixing", and Kubernetes' --oidc-username-prefix
    // exists "to prevent clashes with existing names (such as system: users)". RBAC matches ServiceAccount subjects
    // and users by name (Using RBAC Authorization), so an IdP user whose sub is
    // system:serviceaccount:kube-system:replicaset-controller (or system:kube-controller-manager) holds that
    // controller's bootstrap bindings: create pods in every namespace with any ServiceAccount.
    {
        name: "an EKS OIDC identity provider with groupsPrefix oidc: but usernamePrefix - (usernames from sub, unprefixed)",
        stack: "pod-identity",
        edit: r =>
            aws(r, "aws:eks/identityProviderConfig:IdentityProviderConfig", "corp-sso", {
                clusterName: "prod-validators",
                oidc: {
                    identityProviderConfigName: "corp-sso",
                    issuerUrl: "https://sso.example.com/oauth2/default",
                    clientId: "kubernetes",
                    usernameClaim: "sub",
                    usernamePrefix: "-",
                    groupsClaim: "groups",
                    groupsPrefix: "oidc:",
                },
            }),
        refused: /corp-sso with usernamePrefix - \(no prefix\)/,
    },
    // A MutatingWebhookConfigurationPatch that only repoints an existing webhook (EKS's pod identity webhook) at a
    // Service in platform: its rules (pods) are outside the patch, so it must be read as rewriting anything.
    {
        name: "a MutatingWebhookConfigurationPatch repointing pod-identity-webhook's clientConfig (rules not in the patch)",
        stack: "dev",
        edit: r =>
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfigurationPatch",
                "pod-identity-webhook",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "MutatingWebhookConfiguration",
                    metadata: { name: "pod-identity-webhook" },
                    webhooks: [
                        {
                            name: "iam-for-pods.amazonaws.com",
                            clientConfig: { service: { name: "irsa-proxy", namespace: "platform", path: "/mutate" } },
                        },
                    ],
                },
            ),
        refused: /pod-identity-webhook/,
    },
    // RBAC "*/token" matches serviceaccounts/token (ResourceMatches: `*/subresource`) with the core group through "*".
    // Refused, as writing custom resources of any group (the wider power), the token path besides; since round 33 a
    // custom resource not known to be confined to its namespace counts cluster-wide as its controller.
    {
        name: "a Role in validators allowing create on */token of any group bound to platform-devs",
        stack: "dev",
        edit: r => {
            k8sRole(r, "any-token", [{ apiGroups: ["*"], resources: ["*/token"], verbs: ["create"] }], "validators");
            bind(r, "any-token", { kind: "Role", name: "any-token" }, [DEVS], "validators");
        },
        refused: /Role any-token \(act cluster-wide as their controller: create \*\/\*\/token/,
    },
    // A MutatingAdmissionPolicy of a List kind (MutatingAdmissionPolicyList) on pods, bound to every namespace.
    {
        name: "a MutatingAdmissionPolicyList holding one policy on pods (items of a List kind)",
        stack: "curity",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyList", "policies", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyList",
                items: [
                    {
                        apiVersion: "admissionregistration.k8s.io/v1beta1",
                        kind: "MutatingAdmissionPolicy",
                        metadata: { name: "sidecar" },
                        spec: {
                            matchConstraints: {
                                resourceRules: [
                                    {
                                        apiGroups: [""],
                                        apiVersions: ["v1"],
                                        operations: ["CREATE"],
                                        resources: ["pods"],
                                    },
                                ],
                            },
                            mutations: [
                                {
                                    patchType: "JSONPatch",
                                    jsonPatch: {
                                        expression:
                                            '[JSONPatch{op: "add", path: "/spec/containers/-", value: Object.spec.containers{name: "s", image: "registry.example.com/s:1"}}]',
                                    },
                                },
                            ],
                        },
                    },
                ],
            }),
        refused: /sidecar|MutatingAdmissionPolicy/,
    },
    // An access entry whose kubernetesGroups name a group a stack RoleBinding in spirl-system lets exec into pods.
    {
        name: "an access entry for an outside role in group spirl-debug, which a Role in spirl-system lets get pods/exec",
        stack: "trust-domain",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "spirl-debug", {
                clusterName: "identity-cluster",
                principalArn: outsideRole("444444444444", "spirl-debug"),
                kubernetesGroups: ["spirl-debug"],
                type: "STANDARD",
            });
            k8sRole(r, "spirl-debug", [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["get"] }], "spirl-system");
            bind(
                r,
                "spirl-debug",
                { kind: "Role", name: "spirl-debug" },
                [{ kind: "Group", name: "spirl-debug", apiGroup: RBAC }],
                "spirl-system",
            );
        },
        refused: /spirl-debug/,
    },
];

const secure: Case[] = [
    // The CVE-2020-8554 mitigation itself (kubernetes-sigs/externalip-webhook): a validating webhook denies
    // externalIPs; validation cannot change the object.
    {
        name: "a ValidatingWebhookConfiguration on core services denying externalIPs (kubernetes-sigs/externalip-webhook)",
        stack: "pod-identity",
        edit: r =>
            webhook(r, VALIDATING, "externalip-validation", [
                { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["services"] },
            ]),
    },
    // A PVC defaulting webhook (storage class): a claim carries no pod spec, no identity.
    {
        name: "a MutatingWebhookConfiguration on core persistentvolumeclaims (storage class defaulting)",
        stack: "prod",
        edit: r =>
            webhook(r, MUTATING, "pvc-defaults", [
                {
                    apiGroups: [""],
                    apiVersions: ["v1"],
                    operations: ["CREATE"],
                    resources: ["persistentvolumeclaims"],
                },
            ]),
    },
    // Fixed (was a MISS) in engine/kubernetes.ts (admissionRuleLists).
    // (secure refused) a MutatingAdmissionPolicy is refused whatever it matches (mutatesWhatMatters returns true
    // for every MutatingAdmissionPolicy), while a webhook with the same rules is judged by them. The policy's CEL runs
    // in the API server (no server outside the stack) and its matchConstraints.resourceRules limit it to
    // PersistentVolumeClaims, as a webhook's rules do (Kubernetes "Mutating Admission Policy": matchConstraints
    // "Only requests matching the MatchConstraints will be considered").
    {
        name: "a MutatingAdmissionPolicy (v1beta1) whose matchConstraints cover only persistentvolumeclaims (default storage class)",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "pvc-class", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "pvc-class" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["persistentvolumeclaims"],
                            },
                        ],
                    },
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression: 'Object{spec: Object.spec{storageClassName: "gp3-encrypted"}}',
                            },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "pvc-class", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "pvc-class" },
                spec: { policyName: "pvc-class" },
            });
        },
    },
    // cert-manager's approver-policy style: approve CSRs for a custom serving signer only (no client signer).
    {
        name: "a ClusterRole approving CSRs for signer example.com/internal-serving only, bound to an approver ServiceAccount",
        stack: "dev",
        edit: r => {
            k8sRole(r, "serving-approver", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests/approval"],
                    verbs: ["update"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["signers"],
                    verbs: ["approve"],
                    resourceNames: ["example.com/internal-serving"],
                },
            ]);
            bind(r, "serving-approver", { kind: "ClusterRole", name: "serving-approver" }, [
                { kind: "ServiceAccount", name: "approver", namespace: "cert-manager" },
            ]);
        },
    },
    // Read-only views of the Service ranges and allocated addresses.
    {
        name: "platform-devs may get/list/watch servicecidrs and ipaddresses",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "ip-viewer", [
                {
                    apiGroups: ["networking.k8s.io"],
                    resources: ["servicecidrs", "ipaddresses"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
];

describe("red team 19: Kubernetes/EKS API level", function () {
    this.timeout(300000);
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, EFFECTIVE);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
