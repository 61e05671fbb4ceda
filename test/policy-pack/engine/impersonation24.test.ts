// Round 24: impersonation limited by resourceNames (Kubernetes "User Impersonation",
// kubernetes.io/docs/reference/access-authn-authz/user-impersonation/). engine/kubernetes.ts reads `impersonate` on
// named, ordinary users and groups as becoming exactly those users and groups (their bindings' power flows to the
// impersonator, as an access entry's userName and kubernetesGroups do); reserved names (system:*, eks:*, arn:,
// ServiceAccount spellings) and named users together with uids/userextras stay cluster power. Insecure counterparts of
// the secure case in redteam23-api.test.ts, and neighbours the pack must keep accepting.
import { strict as assert } from "assert";
import { effectiveAccess, nodeLabel } from "../../../policy-pack/engine";
import { type ActionCatalog, loadCatalog } from "../../../policy-pack/model/catalog";
import { stackResources as policyResources } from "../support";
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8sRole, namespace, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
/** The runtime ServiceAccount of the prod and pod-identity stacks (Pulumi.<stack>.yaml). */
const RUNTIME_NS = "validators";
const RUNTIME_SA = "containment-chamber";

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
    /**
     * The impersonated subject (`User x` / `Group x`) that platform-devs must become in the engine's graph. The judge
     * reports a path from its first origin, and a Kubernetes subject bound to power is one (judge.ts uncoveredPaths),
     * so the message names the impersonated subject; this checks the impersonation edge into it too.
     */
    becomes?: string;
};

let catalog: ActionCatalog;

/** Asserts Group platform-devs becomes the Kubernetes subject `target` ("User x") through an impersonation rule. */
function assertImpersonates(r: Resources, target: string): void {
    const ea = effectiveAccess(policyResources(r), catalog);
    const [kind, name] = target.split(" ");
    const node = [...ea.nodes.values()].find(n => n.kind === "k8s" && n.subjectKind === kind && n.name === name);
    assert.ok(node, `no Kubernetes ${target} in the graph`);
    const from = ea.becomersOf(node).map(b => `${nodeLabel(b.from)} | ${b.via}`);
    assert.ok(
        from.some(x => x.startsWith("Kubernetes Group platform-devs | ") && x.includes(`acts as ${target}`)),
        `expected Group platform-devs to become ${target} by impersonation, got ${JSON.stringify(from)}`,
    );
}

/** A ClusterRole letting platform-devs impersonate the named users and groups (and what `extra` adds). */
function impersonating(r: Resources, users: string[], groups: string[] = [], extra: object[] = []): void {
    k8sRole(r, "as-named", [
        ...(users.length
            ? [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: users }]
            : []),
        ...(groups.length
            ? [{ apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: groups }]
            : []),
        ...extra,
    ]);
    bind(r, "as-named", { kind: "ClusterRole", name: "as-named" }, [DEVS]);
}

const user = (name: string) => ({ kind: "User", name, apiGroup: RBAC });
const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });

const insecure: Case[] = [
    {
        name: "impersonate users [release-bot] (resourceNames), release-bot bound to cluster-admin",
        stack: "prod",
        edit: r => {
            impersonating(r, ["release-bot"]);
            bind(r, "release-bot", { kind: "ClusterRole", name: "cluster-admin" }, [user("release-bot")]);
        },
        becomes: "User release-bot",
        refused:
            /Kubernetes User release-bot → ClusterRoleBinding release-bot → ClusterRole cluster-admin[\s\S]*ServiceAccount validators\/containment-chamber/,
    },
    {
        name: "impersonate users [token-minter] (resourceNames), token-minter may create serviceaccounts/token in validators",
        stack: "pod-identity",
        edit: r => {
            impersonating(r, ["token-minter"]);
            k8sRole(
                r,
                "minter",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                RUNTIME_NS,
            );
            bind(r, "minter", { kind: "Role", name: "minter" }, [user("token-minter")], RUNTIME_NS);
        },
        becomes: "User token-minter",
        refused:
            /Kubernetes User token-minter → RoleBinding minter in validators → Role minter \(create serviceaccounts\/token\)/,
    },
    {
        name: "impersonate users [debugger] (resourceNames), debugger may exec into pods of validators",
        stack: "prod",
        edit: r => {
            impersonating(r, ["debugger"]);
            k8sRole(
                r,
                "exec",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] },
                ],
                RUNTIME_NS,
            );
            bind(r, "exec", { kind: "Role", name: "exec" }, [user("debugger")], RUNTIME_NS);
        },
        becomes: "User debugger",
        refused: /Kubernetes User debugger → RoleBinding exec in validators → Role exec \(create\/get pods\/exec/,
    },
    {
        name: "impersonate users [break-glass] and groups [system:masters] (resourceNames)",
        stack: "pod-identity",
        edit: r => impersonating(r, ["break-glass"], ["system:masters"]),
        refused:
            /Group platform-devs → ClusterRoleBinding as-named → ClusterRole as-named \(impersonate groups\)[\s\S]*ServiceAccount validators\/containment-chamber/,
    },
    {
        name: "impersonate users [ci-bot] and groups [pod-runners] (resourceNames), pod-runners may create pods in validators",
        stack: "pod-identity",
        edit: r => {
            impersonating(r, ["ci-bot"], ["pod-runners"]);
            k8sRole(r, "runner", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], RUNTIME_NS);
            bind(r, "runner", { kind: "Role", name: "runner" }, [group("pod-runners")], RUNTIME_NS);
        },
        becomes: "Group pod-runners",
        refused: /Kubernetes Group pod-runners → RoleBinding runner in validators → Role runner \(create pods\)/,
    },
    // An IAM role outside the stack, in platform-devs through an access entry, reaches the ServiceAccount through the
    // impersonated user: the chain access entry → group → impersonated user → binding.
    {
        name: "an outside role's access entry puts it in platform-devs, which impersonates users [deployer] bound to edit in validators",
        stack: "prod",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "platform-ops"),
                kubernetesGroups: ["platform-devs"],
                type: "STANDARD",
            });
            impersonating(r, ["deployer"]);
            bind(r, "deployer", { kind: "ClusterRole", name: "edit" }, [user("deployer")], RUNTIME_NS);
        },
        becomes: "User deployer",
        refused: /Kubernetes User deployer → RoleBinding deployer in validators → ClusterRole edit/,
    },
    // Neither holds power alone: ci-bot's pods stay in the restricted namespace ci, and platform-devs may only relabel
    // ci. The impersonator keeps its own RBAC between requests: relabel ci privileged, then create a privileged pod
    // there as ci-bot, which reaches every pod's token on its node (Pod Security Admission reads the labels).
    {
        name: "impersonate users [ci-bot] (edit in restricted namespace ci), and platform-devs itself may patch Namespace ci",
        stack: "prod",
        edit: r => {
            namespace(r, "ci", "restricted");
            impersonating(r, ["ci-bot"]);
            bind(r, "ci-bot", { kind: "ClusterRole", name: "edit" }, [user("ci-bot")], "ci");
            k8sRole(r, "ns-labeler", [
                { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"], resourceNames: ["ci"] },
            ]);
            bind(r, "ns-labeler", { kind: "ClusterRole", name: "ns-labeler" }, [DEVS]);
        },
        refused:
            /Kubernetes Group platform-devs → ClusterRoleBinding as-named → ClusterRole as-named \(impersonate users ci-bot: acts as User ci-bot\)[\s\S]*ClusterRoleBinding ns-labeler[\s\S]*ServiceAccount validators\/containment-chamber/,
    },
    // EKS gives IAM principals arn: usernames; EKS's access-policy authorizer may grant by that name, unseen by RBAC.
    {
        name: "impersonate users [an IAM role's ARN username] (resourceNames)",
        stack: "prod",
        edit: r => impersonating(r, [outsideRole(PRIMARY, "cluster-creator")]),
        refused: /ClusterRole as-named \(impersonate users\)[\s\S]*ServiceAccount validators\/containment-chamber/,
    },
    // Named users with userextras: the extras aws-iam-authenticator sets (arn, principalId) are what EKS's own
    // authorizer may identify an IAM principal by.
    {
        name: "impersonate users [readonly-bot] (resourceNames) and userextras/arn, in one ClusterRole",
        stack: "pod-identity",
        edit: r =>
            impersonating(
                r,
                ["readonly-bot"],
                [],
                [{ apiGroups: ["authentication.k8s.io"], resources: ["userextras/arn"], verbs: ["impersonate"] }],
            ),
        refused: /impersonate uids or userextras[\s\S]*EKS's access-policy authorizer may read/,
    },
    {
        name: "impersonate users [readonly-bot] (resourceNames) through one binding and uids through another",
        stack: "prod",
        edit: r => {
            impersonating(r, ["readonly-bot"]);
            k8sRole(r, "as-uid", [
                { apiGroups: ["authentication.k8s.io"], resources: ["uids"], verbs: ["impersonate"] },
            ]);
            bind(r, "as-uid", { kind: "ClusterRole", name: "as-uid" }, [DEVS]);
        },
        refused:
            /impersonate users readonly-bot\), ClusterRoleBinding as-uid → ClusterRole as-uid \(impersonate uids or userextras\)/,
    },
];

const secure: Case[] = [
    // DECIDED (round 49): the API server authorises a ServiceAccount-shaped username as impersonate on
    // serviceaccounts, never users (k8s.io/apiserver endpoints/filters/impersonation.go buildImpersonationRequests,
    // serviceaccount.SplitUsername), so this rule lets its holder impersonate no one (red-team 49, API level).
    {
        name: `impersonate users [system:serviceaccount:${RUNTIME_NS}:${RUNTIME_SA}] (resourceNames)`,
        stack: "prod",
        edit: r => impersonating(r, [`system:serviceaccount:${RUNTIME_NS}:${RUNTIME_SA}`]),
    },
    // The impersonated user's power stays where its bindings put it: edit in a namespace enforcing restricted Pod
    // Security (its pods cannot leave it) reaches only that namespace's ServiceAccounts.
    {
        name: "impersonate users [ci-bot] (resourceNames), ci-bot bound to edit in a restricted namespace ci",
        stack: "prod",
        edit: r => {
            namespace(r, "ci", "restricted");
            impersonating(r, ["ci-bot"]);
            bind(r, "ci-bot", { kind: "ClusterRole", name: "edit" }, [user("ci-bot")], "ci");
        },
    },
    // The same names reached by an IAM role through an access entry's group: the role becomes platform-devs, then
    // readonly-bot and custody-readers, which hold only view.
    {
        name: "an outside role in platform-devs (access entry) impersonating users [readonly-bot] and groups [custody-readers], bound to view",
        stack: "pod-identity",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "platform-ops"),
                kubernetesGroups: ["platform-devs"],
                type: "STANDARD",
            });
            impersonating(r, ["readonly-bot"], ["custody-readers"]);
            bind(r, "custody-readers", { kind: "ClusterRole", name: "view" }, [group("custody-readers")]);
        },
    },
    // Impersonate-Uid and Impersonate-Extra require Impersonate-User ("User Impersonation"): without any user to
    // impersonate, named uids and extras give nothing.
    {
        name: "impersonate uids and userextras/scopes only (resourceNames), no user impersonation anywhere",
        stack: "prod",
        edit: r => {
            k8sRole(r, "as-fields", [
                {
                    apiGroups: ["authentication.k8s.io"],
                    resources: ["uids"],
                    verbs: ["impersonate"],
                    resourceNames: ["06f6ce97"],
                },
                {
                    apiGroups: ["authentication.k8s.io"],
                    resources: ["userextras/scopes"],
                    verbs: ["impersonate"],
                    resourceNames: ["view"],
                },
            ]);
            bind(r, "as-fields", { kind: "ClusterRole", name: "as-fields" }, [DEVS]);
        },
    },
];

describe("round 24: impersonation limited by resourceNames", function () {
    this.timeout(120000);
    before(async () => {
        catalog = await loadCatalog();
    });
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy ?? EFFECTIVE);
                if (c.becomes) assertImpersonates(r, c.becomes);
            });
        }
    });
    describe("secure variants are accepted", () => {
        for (const c of secure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runWholePack(c.stack, r));
            });
        }
    });
});
