// Neighbours of the round 22 API-level fixes (redteam22-api.test.ts): another spelling of each effect the pack now
// refuses (a rule judged resource by resource, ConfigMap create in kube-system, aws-auth keys naming one field twice or
// in Go's case folding, the built-in node-problem-detector role patched), and secure neighbours that must stay clean.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const ONCALL = { kind: "Group", name: "validators-oncall", apiGroup: RBAC };

/** An aws-auth ConfigMapPatch of the stack (kube-system) with these data keys. */
function awsAuth(r: Resources, data: Record<string, string>): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data,
    });
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    // resourceNames limit every resource of a rule ("Using RBAC Authorization", "Referring to resources"): attach on
    // the named signer pod is a shell in it, whatever the token half of the rule names.
    {
        name: "one rule in validators: create pods/attach and serviceaccounts/token, resourceNames [containment-chamber-0, debug-shell]",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "attach-shell",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods/attach", "serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber-0", "debug-shell"],
                    },
                ],
                "validators",
            );
            bind(r, "attach-shell", { kind: "Role", name: "attach-shell" }, [ONCALL], "validators");
        },
        refused: /validators-oncall[\s\S]*pods\/attach/,
    },
    // update of a named StatefulSet rewrites its pod template (any ServiceAccount of the namespace).
    {
        name: "one rule in validators: create serviceaccounts/token and update apps statefulsets, resourceNames [release-bot, containment-chamber]",
        stack: "pod-identity",
        edit: r => {
            k8sRole(
                r,
                "release-sts",
                [
                    {
                        apiGroups: ["apps", ""],
                        resources: ["statefulsets", "serviceaccounts/token"],
                        verbs: ["create", "update"],
                        resourceNames: ["release-bot", "containment-chamber"],
                    },
                ],
                "validators",
            );
            bind(r, "release-sts", { kind: "Role", name: "release-sts" }, [DEVS], "validators");
        },
        refused: /platform-devs[\s\S]*statefulsets/,
    },
    // A websocket-less POST to the kubelet proxy is `create` on nodes/proxy (RBAC Good Practices, "Access to proxy
    // subresource of Nodes"); every group (`*`).
    {
        name: "one ClusterRole rule (apiGroups *): create nodes/proxy and serviceaccounts/token, resourceNames [ip-10-0-2-7.eu-west-1.compute.internal, metrics-bot], bound cluster-wide",
        stack: "prod",
        edit: r => {
            k8sRole(r, "node-debug", [
                {
                    apiGroups: ["*"],
                    resources: ["nodes/proxy", "serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["ip-10-0-2-7.eu-west-1.compute.internal", "metrics-bot"],
                },
            ]);
            bind(r, "node-debug", { kind: "ClusterRole", name: "node-debug" }, [DEVS]);
        },
        refused: /platform-devs[\s\S]*nodes\/proxy/,
    },
    // With patch, a named pod is created by server-side apply (a PATCH then authorised as `create` with its name:
    // k8s.io/apiserver endpoints/handlers/patch.go): a pod of any spec, as any ServiceAccount of validators.
    {
        name: "one rule in validators: create/get/patch serviceaccounts/token and pods, resourceNames [ci-deployer]",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "ci-apply",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token", "pods"],
                        verbs: ["create", "get", "patch"],
                        resourceNames: ["ci-deployer"],
                    },
                ],
                "validators",
            );
            bind(r, "ci-apply", { kind: "Role", name: "ci-apply" }, [DEVS], "validators");
        },
        refused: /platform-devs[\s\S]*create\/get\/patch pods/,
    },
    // cluster-autoscaler's kube-system Role (its Helm chart: create/list/watch configmaps, then named writes): create
    // cannot be limited by name, so its ServiceAccount can create aws-auth where none exists (EKS user guide,
    // "Migrating existing aws-auth ConfigMap entries to access entries": API_AND_CONFIG_MAP reads it).
    {
        name: "cluster-autoscaler's Role in kube-system (create/list/watch configmaps; get/update named ones) bound to its ServiceAccount",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "cluster-autoscaler",
                [
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["create", "list", "watch"] },
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        verbs: ["delete", "get", "update", "watch"],
                        resourceNames: ["cluster-autoscaler-status", "cluster-autoscaler-priority-expander"],
                    },
                ],
                "kube-system",
            );
            bind(
                r,
                "cluster-autoscaler",
                { kind: "Role", name: "cluster-autoscaler" },
                [{ kind: "ServiceAccount", name: "cluster-autoscaler", namespace: "kube-system" }],
                "kube-system",
            );
        },
        refused: /cluster-autoscaler[\s\S]*aws-auth/,
    },
    // A ClusterRole creating events and ConfigMaps, granted in kube-system only by a RoleBinding.
    {
        name: "a ClusterRole allowing create on core events and configmaps, bound by a RoleBinding in kube-system to platform-devs",
        stack: "basil",
        edit: r => {
            k8sRole(r, "cm-writer", [
                { apiGroups: [""], resources: ["events", "configmaps"], verbs: ["create", "get"] },
            ]);
            bind(r, "cm-writer", { kind: "ClusterRole", name: "cm-writer" }, [DEVS], "kube-system");
        },
        refused: /platform-devs[\s\S]*aws-auth/,
    },
    // The built-in node-problem-detector role is judged by its rules: rules a patch adds count for its holders.
    {
        name: "a ClusterRolePatch adding create pods to system:node-problem-detector, bound to kube-system/node-problem-detector",
        stack: "pod-identity",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, "npd-patch", {
                metadata: { name: "system:node-problem-detector" },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            });
            bind(r, "npd", { kind: "ClusterRole", name: "system:node-problem-detector" }, [
                { kind: "ServiceAccount", name: "node-problem-detector", namespace: "kube-system" },
            ]);
        },
        refused: /node-problem-detector[\s\S]*create pods/,
    },
    // mapUsers in YAML naming the user ARN twice (userarn, UserArn): which one the authenticator keeps depends on its
    // decoding (sigs.k8s.io/yaml re-marshals with sorted keys, then encoding/json keeps the last case-insensitive
    // match): refused as ambiguous, each ARN counted as system:masters.
    {
        name: "aws-auth mapUsers (YAML) with userarn and UserArn naming two users, group system:masters",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapUsers: `- UserArn: arn:aws:iam::${PRIMARY}:user/break-glass\n  userarn: arn:aws:iam::${PRIMARY}:user/intern\n  username: ops\n  groups:\n    - system:masters\n`,
            }),
        refused:
            /user\/intern \(outside this stack\) → aws-auth mapUsers \(ambiguous: keys UserArn, userarn of one mapping name the same field: counted as system:masters\)/,
    },
    // Go's encoding/json folds `ſ` (U+017F) to `s` (fold.go): `groupſ` is the groups field.
    {
        name: 'aws-auth mapRoles (JSON) whose groups key is spelled "groupſ" (long s), group system:masters',
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapRoles: `[{"rolearn": "${outsideRole(PRIMARY, "platform-ops")}", "username": "ops", "groupſ": ["system:masters"]}]`,
            }),
        refused: /role\/platform-ops \(outside this stack\) → aws-auth mapRoles \(group system:masters\)/,
    },
];

const secure: Case[] = [
    // `create` on a named object is never allowed (its name is unknown when authorised: "Referring to resources"), so
    // this one rule mints a token for its own ServiceAccount and reads its own pod only.
    {
        name: "one rule in validators: create serviceaccounts/token, create/get pods and deployments, resourceNames [ci-deployer]",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "ci-deployer",
                [
                    {
                        apiGroups: ["", "apps"],
                        resources: ["serviceaccounts/token", "pods", "deployments"],
                        verbs: ["create", "get"],
                        resourceNames: ["ci-deployer"],
                    },
                ],
                "validators",
            );
            bind(r, "ci-deployer", { kind: "Role", name: "ci-deployer" }, [DEVS], "validators");
        },
    },
    // ConfigMap create in a namespace other than kube-system: aws-auth is read from kube-system only.
    {
        name: "a Role in monitoring allowing create/update on configmaps, bound to platform-devs",
        stack: "pod-identity",
        edit: r => {
            k8sRole(
                r,
                "dashboards",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create", "update", "get"] }],
                "monitoring",
            );
            bind(r, "dashboards", { kind: "Role", name: "dashboards" }, [DEVS], "monitoring");
        },
    },
    // Named writes in kube-system that do not name aws-auth (create with resourceNames is never allowed).
    {
        name: "a Role in kube-system allowing create/update on the configmap cluster-autoscaler-status only (resourceNames)",
        stack: "basil",
        edit: r => {
            k8sRole(
                r,
                "ca-status",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        verbs: ["create", "get", "update"],
                        resourceNames: ["cluster-autoscaler-status"],
                    },
                ],
                "kube-system",
            );
            bind(r, "ca-status", { kind: "Role", name: "ca-status" }, [DEVS], "kube-system");
        },
    },
    // The built-in node-problem-detector role bound to a group (get nodes, patch nodes/status, events).
    {
        name: "a ClusterRoleBinding of the built-in system:node-problem-detector to the group node-health",
        stack: "prod",
        edit: r =>
            bind(r, "npd-group", { kind: "ClusterRole", name: "system:node-problem-detector" }, [
                { kind: "Group", name: "node-health", apiGroup: RBAC },
            ]),
    },
    // Keys in mixed case, each field once: read as the authenticator reads them (an outside role in a group no
    // binding of the stack names).
    {
        name: "aws-auth mapRoles (JSON) with RoleArn/UserName/Groups keys, each once, group custody-readers",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapRoles: `[{"RoleArn": "${outsideRole(PRIMARY, "ReadOnly")}", "UserName": "readonly", "Groups": ["custody-readers"]}]`,
            }),
    },
];

describe("round 22 API fixes: neighbours (rules judged per resource, ConfigMap create, aws-auth keys, NPD role)", function () {
    this.timeout(300000);
    for (const c of insecure)
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, EFFECTIVE);
        });
    for (const c of secure)
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
});
