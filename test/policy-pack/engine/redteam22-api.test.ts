// Red-team round 22 on the Kubernetes/EKS API level (fresh eyes): one RBAC rule that mints a token for a named
// ServiceAccount and also names another power (its resourceNames then limit only the token), ConfigMap `create` in
// kube-system (aws-auth when the cluster has none yet, as in every access-entry cluster), and an aws-auth JSON
// mapping whose role ARN key is spelled twice; and what a careful platform team writes (a guard on aws-auth, a drain
// handler, the built-in node-problem-detector role, audit reads). Insecure variants the whole pack must refuse, secure
// ones it must accept; the pack's misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const ONCALL = { kind: "Group", name: "validators-oncall", apiGroup: RBAC };
const AUDITORS = { kind: "Group", name: "custody-auditors", apiGroup: RBAC };
const ADMISSION = "kubernetes:admissionregistration.k8s.io/v1";

/** An aws-auth ConfigMapPatch of the stack (kube-system) with this mapRoles text. */
function awsAuth(r: Resources, mapRoles: string): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: { mapRoles },
    });
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; skip?: string };

const insecure: Case[] = [
    // Fixed: engine/kubernetes.ts saPowerOfRule returned as soon as a rule covers serviceaccounts/token, limited to the
    // rule's resourceNames as ServiceAccount names, and never looks at the rule's other resources. resourceNames apply
    // to every resource of the rule ("Using RBAC Authorization", "Referring to resources"), so the same rule also
    // allows pods/exec on the pod containment-chamber-0 (a StatefulSet pod of the signer, outside the stack): a shell
    // in the signer's pod reads its projected IRSA token (RBAC Good Practices, "Workload creation": exec runs as the
    // pod's ServiceAccount). The same pods/exec rule alone (no token) is counted over the whole namespace.
    {
        name: "one rule in validators: create serviceaccounts/token and create/get pods/exec, resourceNames [debug-shell, containment-chamber-0]",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "debug-shell",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token", "pods/exec"],
                        verbs: ["create", "get"],
                        resourceNames: ["debug-shell", "containment-chamber-0"],
                    },
                ],
                "validators",
            );
            bind(r, "debug-shell", { kind: "Role", name: "debug-shell" }, [ONCALL], "validators");
        },
        refused: /validators-oncall[\s\S]*pods\/exec/,
    },
    // Fixed: same early return, with a pod template: the rule's resourceNames name the release bot's ServiceAccount and
    // the signer's Deployment (signer), so patch deployments/signer rewrites the signer's pod template (any
    // ServiceAccount of validators, privileged: validators enforces no Pod Security level in the stack).
    {
        name: "one rule in validators: create serviceaccounts/token and patch apps deployments, resourceNames [release-bot, signer]",
        stack: "pod-identity",
        edit: r => {
            k8sRole(
                r,
                "release-bot",
                [
                    {
                        apiGroups: ["", "apps"],
                        resources: ["serviceaccounts/token", "deployments"],
                        verbs: ["create", "get", "patch"],
                        resourceNames: ["release-bot", "signer"],
                    },
                ],
                "validators",
            );
            bind(r, "release-bot", { kind: "Role", name: "release-bot" }, [DEVS], "validators");
        },
        refused: /platform-devs[\s\S]*deployments/,
    },
    // Fixed: same early return, cluster-wide: resourceNames name the metrics bot's ServiceAccount and one node, so
    // get nodes/proxy on that node reaches its kubelet API, which execs into every pod there (RBAC Good Practices,
    // "Access to proxy subresource of Nodes"), the signer's when it runs there. nodes/proxy alone counts cluster-wide.
    {
        name: "one ClusterRole rule: create serviceaccounts/token and get nodes/proxy, resourceNames [metrics-bot, ip-10-0-1-5.eu-west-1.compute.internal], bound cluster-wide",
        stack: "prod",
        edit: r => {
            k8sRole(r, "metrics-bot", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token", "nodes/proxy"],
                    verbs: ["create", "get"],
                    resourceNames: ["metrics-bot", "ip-10-0-1-5.eu-west-1.compute.internal"],
                },
            ]);
            bind(r, "metrics-bot", { kind: "ClusterRole", name: "metrics-bot" }, [DEVS]);
        },
        refused: /platform-devs[\s\S]*nodes\/proxy/,
    },
    // Fixed: engine/kubernetes.ts counted only update/patch of ConfigMaps in kube-system as writing aws-auth. An EKS
    // cluster whose nodes join through access entries has no aws-auth ConfigMap (EKS creates it only for managed node
    // groups and Fargate profiles in CONFIG_MAP clusters; terraform-aws-modules/terraform-aws-eks#2009 "The configmap
    // aws-auth does not exist"), and in API_AND_CONFIG_MAP mode (the console's and the Terraform module's default)
    // aws-iam-authenticator reads one created later: `create configmaps` in kube-system (create cannot be limited by
    // resourceNames: "Using RBAC Authorization", "Referring to resources") creates aws-auth mapping any role to
    // system:masters (EKS user guide, "Grant IAM users and roles access to Kubernetes APIs"; "Migrating existing
    // aws-auth ConfigMap entries": API_AND_CONFIG_MAP reads both).
    {
        name: "a Role in kube-system allowing create on core configmaps, bound to platform-devs (aws-auth does not exist yet)",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "cm-creator",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create", "get"] }],
                "kube-system",
            );
            bind(r, "cm-creator", { kind: "Role", name: "cm-creator" }, [DEVS], "kube-system");
        },
        refused: /platform-devs[\s\S]*aws-auth/,
    },
    // Fixed: same, through the built-in Role kube-system/system:controller:cloud-provider, which the pack reads
    // (BUILT_IN_ROLES) as create/get/list/watch configmaps and counts as nothing.
    {
        name: "a RoleBinding in kube-system of the built-in Role system:controller:cloud-provider to platform-devs",
        stack: "basil",
        edit: r =>
            bind(
                r,
                "cloud-provider-devs",
                { kind: "Role", name: "system:controller:cloud-provider" },
                [DEVS],
                "kube-system",
            ),
        refused: /platform-devs[\s\S]*aws-auth/,
    },
    // Fixed: same, cluster-wide: a ClusterRole creating and deleting ConfigMaps (delete then create also replaces an
    // existing aws-auth), bound by a ClusterRoleBinding.
    {
        name: "a ClusterRole allowing create/delete on core configmaps bound cluster-wide to platform-devs",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "cm-recreate", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["create", "delete", "get"] },
            ]);
            bind(r, "cm-recreate", { kind: "ClusterRole", name: "cm-recreate" }, [DEVS]);
        },
        refused: /platform-devs[\s\S]*aws-auth/,
    },
    // A parser differential: engine/kubernetes.ts parseAwsAuthMappings read a JSON mapRoles key case-insensitively but
    // kept the FIRST key that matches (`rolearn`: an empty string), while aws-iam-authenticator decodes it with
    // encoding/json, which matches keys case-insensitively and lets the last match win (golang/go#43664); which key is
    // last depends on its decoding (a `[` list goes through k8s.io/apimachinery util/yaml ToJSON, i.e. sigs.k8s.io/yaml
    // YAMLToJSON, which re-marshals a Go map with sorted keys). Fixed: two keys naming the same field are refused as
    // ambiguous and every ARN the text names counts as system:masters, the outside role named.
    {
        name: 'aws-auth mapRoles (JSON) with rolearn "" and then ROLEARN naming an outside role, group system:masters',
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `[{"rolearn": "", "ROLEARN": "${outsideRole(PRIMARY, "platform-ops")}", "username": "ops", "groups": ["system:masters"]}]`,
            ),
        refused:
            /role\/platform-ops \(outside this stack\) → aws-auth mapRoles \(ambiguous: keys rolearn, ROLEARN of one mapping name the same field: counted as system:masters\) → acts as ServiceAccount validators\/containment-chamber/,
    },
];

const secure: Case[] = [
    // The same one-rule shape with nothing but the token and reads: a CI bot mints tokens for its own ServiceAccount
    // (resourceNames) and reads pods.
    {
        name: "one rule in validators: create serviceaccounts/token and get pods, resourceNames [ci-deployer]",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "ci-deployer",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token", "pods"],
                        verbs: ["create", "get"],
                        resourceNames: ["ci-deployer"],
                    },
                ],
                "validators",
            );
            bind(r, "ci-deployer", { kind: "Role", name: "ci-deployer" }, [DEVS], "validators");
        },
    },
    // A validating webhook guarding aws-auth: it can refuse a write, never change one (Dynamic Admission Control).
    {
        name: "a ValidatingWebhookConfiguration on ConfigMaps in kube-system (guards aws-auth edits)",
        stack: "prod",
        edit: r =>
            k8s(r, `${ADMISSION}:ValidatingWebhookConfiguration`, "aws-auth-guard", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "aws-auth-guard" },
                webhooks: [
                    {
                        name: "aws-auth-guard.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        clientConfig: { service: { name: "aws-auth-guard", namespace: "platform", path: "/validate" } },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
                        objectSelector: {},
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE", "DELETE"],
                                resources: ["configmaps"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            }),
    },
    // A CEL ValidatingAdmissionPolicy (and binding) refusing any aws-auth write that maps system:masters.
    {
        name: "a ValidatingAdmissionPolicy and binding refusing aws-auth writes that mention system:masters",
        stack: "pod-identity",
        edit: r => {
            k8s(r, `${ADMISSION}:ValidatingAdmissionPolicy`, "no-masters", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "no-masters" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["configmaps"],
                                resourceNames: ["aws-auth"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "!has(object.data) || !object.data.exists(k, object.data[k].contains('system:masters'))",
                        },
                    ],
                },
            });
            k8s(r, `${ADMISSION}:ValidatingAdmissionPolicyBinding`, "no-masters-binding", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "no-masters" },
                spec: { policyName: "no-masters", validationActions: ["Deny"] },
            });
        },
    },
    // Auditors read aws-auth (get, resourceNames) and nothing else in kube-system.
    {
        name: "a Role in kube-system letting custody-auditors get the aws-auth ConfigMap (resourceNames)",
        stack: "basil",
        edit: r => {
            k8sRole(
                r,
                "aws-auth-reader",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"], resourceNames: ["aws-auth"] }],
                "kube-system",
            );
            bind(r, "aws-auth-reader", { kind: "Role", name: "aws-auth-reader" }, [AUDITORS], "kube-system");
        },
    },
    // AWS Node Termination Handler's ClusterRole (its Helm chart: cordon and drain), bound to its ServiceAccount: it
    // patches Nodes and evicts pods, never runs one or mints a token.
    {
        name: "aws-node-termination-handler's ClusterRole (get/list/patch/update nodes, list/get pods, create pods/eviction, get daemonsets, create events) bound to its ServiceAccount",
        stack: "prod",
        edit: r => {
            k8sRole(r, "aws-node-termination-handler", [
                { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "patch", "update"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["list", "get"] },
                { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                { apiGroups: ["extensions", "apps"], resources: ["daemonsets"], verbs: ["get"] },
                { apiGroups: [""], resources: ["events"], verbs: ["create"] },
            ]);
            bind(r, "aws-node-termination-handler", { kind: "ClusterRole", name: "aws-node-termination-handler" }, [
                { kind: "ServiceAccount", name: "aws-node-termination-handler", namespace: "kube-system" },
            ]);
        },
    },
    // Fixed: system:node-problem-detector is a built-in ClusterRole of the API server's bootstrap policy
    // (Kubernetes "Using RBAC Authorization", "Other component roles"; kubernetes plugin/pkg/auth/authorizer/rbac/
    // bootstrappolicy/policy.go: get nodes, patch nodes/status, create/patch/update events), as its addon manifest
    // binds it (node-problem-detector deployment/node-problem-detector-rbac: ClusterRoleBinding npd-binding). It runs no
    // pod, mints no token, execs nowhere and writes no Service, but engine/kubernetes.ts BUILT_IN_CLUSTER_ROLES did not
    // list it, so the pack read its rules as unknown (creates pods, writes Services) and refused the binding.
    {
        name: "a ClusterRoleBinding of the built-in system:node-problem-detector to kube-system/node-problem-detector",
        stack: "pod-identity",
        edit: r =>
            bind(r, "npd", { kind: "ClusterRole", name: "system:node-problem-detector" }, [
                { kind: "ServiceAccount", name: "node-problem-detector", namespace: "kube-system" },
            ]),
    },
    // A mutating webhook on core events only (redacting messages): no pod, RBAC, ConfigMap or Service.
    {
        name: "a MutatingWebhookConfiguration on core events (CREATE, UPDATE) served in platform",
        stack: "prod",
        edit: r =>
            k8s(r, `${ADMISSION}:MutatingWebhookConfiguration`, "event-redactor", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "event-redactor" },
                webhooks: [
                    {
                        name: "event-redactor.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "event-redactor", namespace: "platform", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: ["", "events.k8s.io"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["events"],
                            },
                        ],
                    },
                ],
            }),
    },
];

describe("round 22 red team (API level): one-rule token shapes, ConfigMap create in kube-system, aws-auth JSON keys", function () {
    this.timeout(300000);
    for (const c of insecure)
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, EFFECTIVE);
        });
    for (const c of secure)
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
});
