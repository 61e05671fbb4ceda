// Red-team round 33 (fresh eyes) on false positives after rounds 31-32 (guard Denies counted only when known to stay
// attached, unknown list elements accounted for by dependencies, cert-manager serviceAccountRef, GitOps controllers'
// objects as cluster-wide power): what a careful platform team does around the committed stacks (one guard policy
// attached to several new roles in a first preview, budget actions, cert-manager with IRSA, read-only GitOps viewers,
// DynamoDB autoscaling, tagging), which the whole pack must accept, and a few insecure neighbours it must refuse.
import { runPack } from "./packRunner";
import {
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    setProp,
    stackResources,
} from "./support";
import { aws, bind, k8s, k8sRole } from "./variantBuilders";
import { UNKNOWN } from "../support";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/policy:Policy";
const ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
const ATTACHMENTS_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
const BUDGET_ACTION = "aws:budgets/budgetAction:BudgetAction";
const OUTSIDE_GROUP = { kind: "Group", name: "platform:viewers", apiGroup: "rbac.authorization.k8s.io" };

const accountOf = (r: Resources, roleResource: string) =>
    (prop(find(r, ROLE, roleResource), "arn") as string).split(":")[4];

/** A guard policy (Deny only: no key deletion, no table deletion) beside the role `like`. */
function guardPolicy(r: Resources, like: string, name: string, actions: string[]): AnalyzerResourceInput {
    const account = accountOf(r, like);
    const p = resourceLike(find(r, ROLE, like), POLICY, name, {
        name,
        arn: `arn:aws:iam::${account}:policy/${name}`,
        policy: doc({ Sid: "Guard", Effect: "Deny", Action: actions, Resource: "*" }),
    });
    r.push(p);
    return p;
}

const NO_DESTRUCTION = ["kms:ScheduleKeyDeletion", "kms:DisableKey", "dynamodb:DeleteTable", "dynamodb:DeleteBackup"];

/** A budget action beside the stack's first role. */
function budgetAction(r: Resources, name: string, actionType: string, definition: unknown, executionRoleArn: string) {
    aws(r, BUDGET_ACTION, name, {
        budgetName: "custody-monthly",
        actionType,
        approvalModel: "AUTOMATIC",
        notificationType: "ACTUAL",
        actionThreshold: { actionThresholdType: "PERCENTAGE", actionThresholdValue: 100 },
        executionRoleArn,
        definition,
        subscribers: [{ subscriptionType: "EMAIL", address: "platform@example.com" }],
    });
}

/** A ConfigMap of the stack. */
function configMap(r: Resources, ns: string, name: string, data: Record<string, string>) {
    k8s(r, "kubernetes:core/v1:ConfigMap", `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, namespace: ns, labels: { "app.kubernetes.io/part-of": "argocd" } },
        data,
    });
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void | Promise<void>;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const CASES: Case[] = [
    // ---------------------------------------------------------------- secure: several new attachments in a preview
    {
        stack: "basil",
        name: "S1: first preview: one guard Policy (Deny key/table deletion) on BOTH Basil roles through one aws.iam.PolicyAttachment, roles [runtime.name, provisioner.name] and policyArn unknown",
        preview: true,
        edit: r => {
            const guard = guardPolicy(r, "basil-runtime", "basil-no-destruction", NO_DESTRUCTION);
            const runtime = find(r, ROLE, "basil-runtime");
            const provisioner = find(r, ROLE, "basil-provisioner");
            const att = resourceLike(runtime, POLICY_ATTACHMENT, "basil-no-destruction-att", {
                name: "basil-no-destruction",
                roles: [UNKNOWN, UNKNOWN],
                policyArn: UNKNOWN,
            });
            dependsOn(att, "roles", runtime, provisioner);
            dependsOn(att, "policyArn", guard);
            (att as { dependencies?: string[] }).dependencies = [runtime.urn, provisioner.urn, guard.urn];
            r.push(att);
        },
    },
    {
        stack: "basil",
        name: "S2: first preview: the guard on each Basil role through its own RolePolicyAttachment (role and policyArn unknown), plus RolePolicyAttachmentsExclusive listing it",
        preview: true,
        edit: r => {
            const guard = guardPolicy(r, "basil-runtime", "basil-no-destruction", NO_DESTRUCTION);
            for (const name of ["basil-runtime", "basil-provisioner"]) {
                const role = find(r, ROLE, name);
                const att = resourceLike(role, ATTACHMENT, `${name}-guard`, { role: UNKNOWN, policyArn: UNKNOWN });
                dependsOn(att, "role", role);
                dependsOn(att, "policyArn", guard);
                (att as { dependencies?: string[] }).dependencies = [role.urn, guard.urn];
                r.push(att);
                const ex = resourceLike(role, ATTACHMENTS_EXCLUSIVE, `${name}-managed-exclusive`, {
                    roleName: UNKNOWN,
                    policyArns: [UNKNOWN],
                });
                dependsOn(ex, "roleName", role);
                dependsOn(ex, "policyArns", guard);
                (ex as { dependencies?: string[] }).dependencies = [role.urn, guard.urn];
                r.push(ex);
            }
        },
    },
    {
        stack: "prod",
        name: "S3: first preview: the signer role locked by RolePolicyAttachmentsExclusive listing TWO new guard Policies (policyArns [UNKNOWN, UNKNOWN], one dependency each), each attached",
        preview: true,
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            const guards = [
                guardPolicy(r, "signer-role", "signer-no-key-deletion", ["kms:ScheduleKeyDeletion", "kms:DisableKey"]),
                guardPolicy(r, "signer-role", "signer-no-table-deletion", ["dynamodb:DeleteTable"]),
            ];
            for (const g of guards) {
                const att = resourceLike(role, ATTACHMENT, `${g.name}-att`, {
                    role: prop(role, "name"),
                    policyArn: UNKNOWN,
                });
                dependsOn(att, "policyArn", g);
                r.push(att);
            }
            const ex = resourceLike(role, ATTACHMENTS_EXCLUSIVE, "signer-managed-exclusive", {
                roleName: prop(role, "name"),
                policyArns: [UNKNOWN, UNKNOWN],
            });
            dependsOn(ex, "policyArns", ...guards);
            r.push(ex);
        },
    },
    {
        stack: "basil",
        name: "S4: first preview: the runtime role's own managedPolicyArns [guardA.arn, guardB.arn] (two new Deny-only Policies, both unknown)",
        preview: true,
        edit: r => {
            const role = find(r, ROLE, "basil-runtime");
            const guards = [
                guardPolicy(r, "basil-runtime", "basil-runtime-no-key-deletion", ["kms:ScheduleKeyDeletion"]),
                guardPolicy(r, "basil-runtime", "basil-runtime-no-disable", ["kms:DisableKey"]),
            ];
            setProp(role, "managedPolicyArns", [UNKNOWN, UNKNOWN]);
            dependsOn(role, "managedPolicyArns", ...guards);
        },
    },
    // ---------------------------------------------------------------- secure: budget actions
    // DECIDED (round 33): refused. AWS managed policies are unreadable to the pack by design: it ships no catalogue of
    // their documents, and AWS may change one (attached-policies-readable). AWSDenyAll only denies, but the pack
    // cannot tell that from its ARN. The secure spellings: the same `Deny *` as a Policy of the stack applied by the
    // budget action (judged, and counting for nothing until the threshold: inForce.ts attachedOnlyWhen), or the ARN
    // listed in attached-policies-readable's allowedPolicyArns after review.
    {
        stack: "prod",
        name: "DECIDED S5: a budget action applying the AWS managed AWSDenyAll to the signer role at 100% (MANUAL approval)",
        refused: /AWSDenyAll/,
        policy: "attached-policies-readable",
        edit: r => {
            budgetAction(
                r,
                "freeze-signer",
                "APPLY_IAM_POLICY",
                {
                    iamActionDefinition: {
                        policyArn: "arn:aws:iam::aws:policy/AWSDenyAll",
                        roles: [prop(find(r, ROLE, "signer-role"), "name")],
                    },
                },
                `arn:aws:iam::${accountOf(r, "signer-role")}:role/platform-budgets-actions`,
            );
        },
    },
    {
        stack: "dev",
        name: "S6: a budget action (RUN_SSM_DOCUMENTS, STOP_EC2_INSTANCES) stopping two bastion instances, executed by an existing platform role",
        edit: r => {
            budgetAction(
                r,
                "stop-bastions",
                "RUN_SSM_DOCUMENTS",
                {
                    ssmActionDefinition: {
                        actionSubType: "STOP_EC2_INSTANCES",
                        instanceIds: ["i-0123456789abcdef0", "i-0fedcba9876543210"],
                        region: "eu-west-1",
                    },
                },
                `arn:aws:iam::${accountOf(r, "signer-role")}:role/platform-budgets-actions`,
            );
        },
    },
    {
        stack: "prod",
        name: "S7: a budget action applying a stack guard Policy (Deny key/table deletion) to the signer role, the guard ALSO attached for good by RolePolicyAttachment",
        edit: r => {
            const g = guardPolicy(r, "signer-role", "signer-guard", NO_DESTRUCTION);
            const role = find(r, ROLE, "signer-role");
            r.push(
                resourceLike(role, ATTACHMENT, "signer-guard-att", {
                    role: prop(role, "name"),
                    policyArn: prop(g, "arn"),
                }),
            );
            budgetAction(
                r,
                "freeze-signer",
                "APPLY_IAM_POLICY",
                { iamActionDefinition: { policyArn: prop(g, "arn"), roles: [prop(role, "name")] } },
                `arn:aws:iam::${accountOf(r, "signer-role")}:role/platform-budgets-actions`,
            );
        },
    },
    // ---------------------------------------------------------------- secure: cert-manager with IRSA
    {
        stack: "prod",
        name: "S8: cert-manager DNS-01 on Route53 through its own ServiceAccount: ClusterIssuer serviceAccountRef cert-manager-acme-dns01-route53 (namespace cert-manager) + the documented token Role",
        edit: r => {
            const account = accountOf(r, "signer-role");
            k8s(r, "kubernetes:core/v1:ServiceAccount", "acme-dns01-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "cert-manager-acme-dns01-route53", namespace: "cert-manager" },
            });
            k8sRole(
                r,
                "cert-manager-acme-dns01-route53-tokenrequest",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        resourceNames: ["cert-manager-acme-dns01-route53"],
                        verbs: ["create"],
                    },
                ],
                "cert-manager",
            );
            bind(
                r,
                "cert-manager-acme-dns01-route53-tokenrequest",
                { kind: "Role", name: "cert-manager-acme-dns01-route53-tokenrequest" },
                [{ kind: "ServiceAccount", name: "cert-manager", namespace: "cert-manager" }],
                "cert-manager",
            );
            k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "letsencrypt", {
                apiVersion: "cert-manager.io/v1",
                kind: "ClusterIssuer",
                metadata: { name: "letsencrypt" },
                spec: {
                    acme: {
                        server: "https://acme-v02.api.letsencrypt.org/directory",
                        email: "platform@example.com",
                        privateKeySecretRef: { name: "letsencrypt-account" },
                        solvers: [
                            {
                                dns01: {
                                    route53: {
                                        region: "eu-west-1",
                                        role: `arn:aws:iam::${account}:role/cert-manager-acme-dns01-route53`,
                                        auth: {
                                            kubernetes: {
                                                serviceAccountRef: { name: "cert-manager-acme-dns01-route53" },
                                            },
                                        },
                                    },
                                },
                            },
                        ],
                    },
                },
            });
        },
    },
    {
        stack: "prod",
        name: "S9: cert-manager's own ServiceAccount on IRSA: a stack role (trust pinned to cert-manager/cert-manager, Route53 TXT changes only), the ServiceAccountPatch annotation naming it, ClusterIssuer with ambient credentials",
        edit: r => {
            const signer = find(r, ROLE, "signer-role");
            const account = accountOf(r, "signer-role");
            const trust = (prop(signer, "assumeRolePolicy") as string).replace(
                /system:serviceaccount:[^"]+/,
                "system:serviceaccount:cert-manager:cert-manager",
            );
            const arn = `arn:aws:iam::${account}:role/cert-manager-route53`;
            r.push(
                resourceLike(signer, ROLE, "cert-manager-route53", {
                    name: "cert-manager-route53",
                    arn,
                    assumeRolePolicy: trust,
                    inlinePolicies: [
                        {
                            name: "route53-dns01",
                            policy: doc(
                                {
                                    Effect: "Allow",
                                    Action: "route53:GetChange",
                                    Resource: "arn:aws:route53:::change/*",
                                },
                                {
                                    Effect: "Allow",
                                    Action: ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"],
                                    Resource: "arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ",
                                    Condition: {
                                        "ForAllValues:StringEquals": {
                                            "route53:ChangeResourceRecordSetsRecordTypes": ["TXT"],
                                        },
                                    },
                                },
                            ),
                        },
                    ],
                }),
            );
            k8s(r, "kubernetes:core/v1:ServiceAccountPatch", "cert-manager-sa-irsa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: {
                    name: "cert-manager",
                    namespace: "cert-manager",
                    annotations: { "eks.amazonaws.com/role-arn": arn },
                },
            });
            k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "letsencrypt", {
                apiVersion: "cert-manager.io/v1",
                kind: "ClusterIssuer",
                metadata: { name: "letsencrypt" },
                spec: {
                    acme: {
                        server: "https://acme-v02.api.letsencrypt.org/directory",
                        privateKeySecretRef: { name: "letsencrypt-account" },
                        solvers: [
                            { dns01: { route53: { region: "eu-west-1", hostedZoneID: "Z0123456789ABCDEFGHIJ" } } },
                        ],
                    },
                },
            });
        },
    },
    // ---------------------------------------------------------------- secure: read-only GitOps viewers
    {
        stack: "dev",
        name: "S10: a Flux viewer ClusterRole (get/list/watch on Kustomizations, HelmReleases and sources) bound to an outside group",
        edit: r => {
            k8sRole(r, "flux-view", [
                {
                    apiGroups: ["kustomize.toolkit.fluxcd.io", "helm.toolkit.fluxcd.io"],
                    resources: ["kustomizations", "helmreleases"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["source.toolkit.fluxcd.io"],
                    resources: ["gitrepositories", "helmrepositories", "helmcharts", "ocirepositories", "buckets"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            bind(r, "flux-view", { kind: "ClusterRole", name: "flux-view" }, [OUTSIDE_GROUP]);
        },
    },
    {
        stack: "prod",
        name: "S11: an Argo CD viewer Role in argocd (get on applications/applicationsets/appprojects) bound to an outside group",
        edit: r => {
            k8sRole(
                r,
                "argocd-view",
                [
                    {
                        apiGroups: ["argoproj.io"],
                        resources: ["applications", "applicationsets", "appprojects"],
                        verbs: ["get"],
                    },
                ],
                "argocd",
            );
            bind(r, "argocd-view", { kind: "Role", name: "argocd-view" }, [OUTSIDE_GROUP], "argocd");
        },
    },
    {
        stack: "trust-domain",
        name: "S12: Argo CD's RBAC ConfigMap (argocd-rbac-cm) with policy.default role:readonly and `p, role:viewer, applications, get, */*, allow`",
        edit: r => {
            configMap(r, "argocd", "argocd-rbac-cm", {
                "policy.default": "role:readonly",
                "policy.csv": "p, role:viewer, applications, get, */*, allow\ng, platform:viewers, role:viewer\n",
                scopes: "[groups]",
            });
        },
    },
    // ---------------------------------------------------------------- secure: DynamoDB autoscaling, tagging
    {
        stack: "prod",
        name: "S13: DynamoDB autoscaling on the signer keystore table (appautoscaling Target with the service-linked role, target-tracking Policy)",
        edit: r => {
            const table = r.find(x => x.type === "aws:dynamodb/table:Table")!;
            const tableName = prop(table, "name") as string;
            const account = (prop(table, "arn") as string).split(":")[4];
            const target = resourceLike(table, "aws:appautoscaling/target:Target", "table-read-target", {
                serviceNamespace: "dynamodb",
                resourceId: `table/${tableName}`,
                scalableDimension: "dynamodb:table:ReadCapacityUnits",
                minCapacity: 5,
                maxCapacity: 100,
                roleArn: `arn:aws:iam::${account}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
            });
            r.push(target);
            r.push(
                resourceLike(table, "aws:appautoscaling/policy:Policy", "table-read-policy", {
                    name: "table-read-utilization",
                    policyType: "TargetTrackingScaling",
                    serviceNamespace: "dynamodb",
                    resourceId: `table/${tableName}`,
                    scalableDimension: "dynamodb:table:ReadCapacityUnits",
                    targetTrackingScalingPolicyConfiguration: {
                        targetValue: 70,
                        predefinedMetricSpecification: { predefinedMetricType: "DynamoDBReadCapacityUtilization" },
                    },
                }),
            );
        },
    },
    {
        stack: "dev",
        name: "S14: cost-allocation tags on a custody table and a share key through aws.dynamodb.Tag and the key's own tags",
        edit: r => {
            const table = r.find(x => x.type === "aws:dynamodb/table:Table")!;
            r.push(
                resourceLike(table, "aws:dynamodb/tag:Tag", "table-cost-center", {
                    resourceArn: prop(table, "arn"),
                    key: "cost-center",
                    value: "custody",
                }),
            );
            const key = r.find(x => x.type === "aws:kms/key:Key")!;
            setProp(key, "tags", { ...(prop(key, "tags") ?? {}), "cost-center": "custody" });
        },
    },
    // ---------------------------------------------------------------- insecure neighbours
    // Was a MISS (fixed in round 33): Argo CD's argocd-rbac-cm policy.default role:admin makes every authenticated Argo CD
    // user an admin ("role:admin - unrestricted access to all resources"; "All authenticated users receive at least
    // the permissions granted by policy.default", argo-cd.readthedocs.io operator-manual/rbac), who may create and sync
    // Applications; Argo CD's application controller holds `*` on `*` (argo-cd install manifests), so this is the
    // same cluster-wide power as RBAC writes on argoproj.io applications, which the pack counts (round 32).
    {
        stack: "prod",
        name: "I1: Argo CD's RBAC ConfigMap with policy.default role:admin (every SSO user may create Applications syncing pods as any ServiceAccount)",
        edit: r => {
            configMap(r, "argocd", "argocd-rbac-cm", { "policy.default": "role:admin", scopes: "[groups]" });
        },
        refused: /argocd-rbac-cm|role:admin/,
    },
    // Was a MISS (fixed in round 33): patching argocd-rbac-cm lets the outside group write itself `g, <group>, role:admin`
    // (argocd-rbac-cm.yaml example: "Grant all members of 'my-org:team-beta' admins"), then create/sync Applications
    // through the Argo CD API: the cluster-wide power the pack counts for RBAC writes on applications, by another
    // door. Only the ConfigMap name in argocd's namespace is involved; the pack reads no ConfigMap there.
    {
        stack: "dev",
        name: "I2: a Role in argocd letting an outside group patch the ConfigMap argocd-rbac-cm (it can make itself Argo CD admin)",
        edit: r => {
            k8sRole(
                r,
                "argocd-rbac-editor",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        resourceNames: ["argocd-rbac-cm"],
                        verbs: ["get", "update", "patch"],
                    },
                ],
                "argocd",
            );
            bind(r, "argocd-rbac-editor", { kind: "Role", name: "argocd-rbac-editor" }, [OUTSIDE_GROUP], "argocd");
        },
        refused: /argocd-rbac|configmaps/,
    },
    {
        stack: "prod",
        name: "I3: a Flux Kustomization of the stack syncing ./clusters/prod from an outside Git repository with kustomize-controller's own (cluster-admin) ServiceAccount",
        edit: r => {
            k8s(r, "kubernetes:source.toolkit.fluxcd.io/v1:GitRepository", "platform-repo", {
                apiVersion: "source.toolkit.fluxcd.io/v1",
                kind: "GitRepository",
                metadata: { name: "platform", namespace: "flux-system" },
                spec: { interval: "1m", url: "https://github.com/example/platform", ref: { branch: "main" } },
            });
            k8s(r, "kubernetes:kustomize.toolkit.fluxcd.io/v1:Kustomization", "platform-sync", {
                apiVersion: "kustomize.toolkit.fluxcd.io/v1",
                kind: "Kustomization",
                metadata: { name: "platform", namespace: "flux-system" },
                spec: {
                    interval: "10m",
                    path: "./clusters/prod",
                    prune: true,
                    sourceRef: { kind: "GitRepository", name: "platform" },
                },
            });
        },
        refused: /Kustomization|platform/,
    },
];

describe("red team 33: secure variants after rounds 31-32, and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            await c.edit(r);
            const ds = await runPack(c.stack, r);
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
