// Red-team round 23 on the Kubernetes/EKS API level (fresh eyes, final round): aws-auth mapAccounts, built-in
// controller/node ClusterRoles bound to people, anonymous subjects, a Pod Identity association copied to another
// cluster, EKS access policies scoped to kube-system, a webhook on pods/ephemeralcontainers; and what a careful
// platform team writes (auth delegation for kube-rbac-proxy, read-only inventories, validate-only token guards).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const OUTSIDE = "999999999999";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const ADMISSION = "kubernetes:admissionregistration.k8s.io/v1";
const PIA = "aws:eks/podIdentityAssociation:PodIdentityAssociation";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

function awsAuth(r: Resources, data: Record<string, string>): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data,
    });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // aws-iam-authenticator's mapAccounts maps every IAM role/user of the listed account to a username equal to its
    // ARN (no groups); a RoleBinding to such a user in validators lets the outside account's role create pods there.
    {
        name: "aws-auth mapAccounts lists an outside account, and a RoleBinding lets its role (by ARN username) create pods in validators",
        stack: "prod",
        edit: r => {
            awsAuth(r, { mapAccounts: `- "${OUTSIDE}"\n` });
            k8sRole(r, "intruder", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], "validators");
            bind(
                r,
                "intruder",
                { kind: "Role", name: "intruder" },
                [{ kind: "User", name: `arn:aws:iam::${OUTSIDE}:role/intruder`, apiGroup: RBAC }],
                "validators",
            );
        },
        refused: /pods/,
    },
    // Built-in controller ClusterRole (kube-controller-manager's ReplicaSet controller creates pods) bound to people.
    {
        name: "a RoleBinding in validators of the built-in ClusterRole system:controller:replicaset-controller to platform-devs",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "rs-ctl",
                { kind: "ClusterRole", name: "system:controller:replicaset-controller" },
                [DEVS],
                "validators",
            ),
        refused: /platform-devs/,
    },
    // The built-in system:node ClusterRole bound to a group that is not a node: NodeRestriction limits only
    // system:node:<name> users in system:nodes, so the rules (create serviceaccounts/token, create pods) apply in full.
    {
        name: "a ClusterRoleBinding of the built-in ClusterRole system:node to platform-devs",
        stack: "prod",
        edit: r => bind(r, "devs-node", { kind: "ClusterRole", name: "system:node" }, [DEVS]),
        refused: /platform-devs/,
    },
    // Anonymous requests (EKS keeps anonymous auth on for health endpoints) are system:anonymous in system:unauthenticated.
    {
        name: "a RoleBinding in validators letting group system:unauthenticated create pods",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "anon", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], "validators");
            bind(
                r,
                "anon",
                { kind: "Role", name: "anon" },
                [{ kind: "Group", name: "system:unauthenticated", apiGroup: RBAC }],
                "validators",
            );
        },
        refused: /unauthenticated/,
    },
    {
        name: "a RoleBinding in validators letting user system:anonymous exec into pods",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "anon-exec",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
                "validators",
            );
            bind(
                r,
                "anon-exec",
                { kind: "Role", name: "anon-exec" },
                [{ kind: "User", name: "system:anonymous", apiGroup: RBAC }],
                "validators",
            );
        },
        refused: /anonymous/,
    },
    // A copy of the signer's Pod Identity association on another cluster (same namespace/ServiceAccount names):
    // whoever runs pods there as validators/<sa> receives the runtime role.
    {
        name: "a second Pod Identity association for the runtime role and ServiceAccount on another cluster (staging-validators)",
        stack: "pod-identity",
        edit: r => {
            const pia = r.find(x => x.type === PIA);
            if (!pia) throw new Error("no association");
            aws(r, PIA, "runtime-staging", { ...pia.inputs, clusterName: "staging-validators" });
        },
        // Refused by serviceaccount-role-agree (a second association of the role; its trust pins prod-validators'
        // eks-cluster-arn session tag, so EKS would refuse the credentials anyway).
        refused: /second association of role custody-pod-identity-signer/,
        policy: "serviceaccount-role-agree",
    },
    // AmazonEKSEditPolicy on kube-system: edit creates pods there (as any kube-system ServiceAccount) and ConfigMaps
    // (aws-auth).
    {
        name: "AmazonEKSEditPolicy for an outside role scoped to namespace kube-system",
        stack: "pod-identity",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "platform-ops"),
                type: "STANDARD",
            });
            aws(r, ASSOCIATION, "ops-edit", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "platform-ops"),
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                accessScope: { type: "namespace", namespaces: ["kube-system"] },
            });
        },
        refused: /platform-ops/,
    },
    // A mutating webhook on pods/ephemeralcontainers: it may add a privileged ephemeral container to the signer's pod.
    {
        name: "a MutatingWebhookConfiguration on core pods/ephemeralcontainers (UPDATE) served in platform",
        stack: "prod",
        edit: r =>
            k8s(r, `${ADMISSION}:MutatingWebhookConfiguration`, "debug-injector", {
                metadata: { name: "debug-injector" },
                webhooks: [
                    {
                        name: "debug-injector.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { name: "debug-injector", namespace: "platform", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["UPDATE"],
                                resources: ["pods/ephemeralcontainers"],
                            },
                        ],
                    },
                ],
            }),
        refused: /MutatingWebhookConfiguration debug-injector rewrites every pod/,
    },
    // Approving CSRs for every kubernetes.io signer through the documented wildcard resourceName (RBAC on signers:
    // "<signerNameDomain>/*"), which includes kubernetes.io/kube-apiserver-client: a client certificate for any user.
    {
        name: "a ClusterRole approving CSRs for signers kubernetes.io/* (wildcard resourceName), bound to platform-devs",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "csr-approver", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["get", "list", "watch", "create"],
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
                    resourceNames: ["kubernetes.io/*"],
                },
            ]);
            bind(r, "csr-approver", { kind: "ClusterRole", name: "csr-approver" }, [DEVS]);
        },
        refused: /platform-devs[\s\S]*approve/,
    },
];

const secure: Case[] = [
    // Was a MISS (fixed in round 24): engine/kubernetes.ts counted any rule naming users/groups as impersonating
    // everyone, ignoring its resourceNames. Kubernetes "User Impersonation" (kubernetes.io/docs/reference/access-authn-
    // authz/user-impersonation/) documents this limiting Role, and Impersonate-Group/Uid/Extra require
    // Impersonate-User: the impersonator becomes readonly-bot + custody-readers (+ system:authenticated), read as
    // membership of those names like an access entry's userName and kubernetesGroups; custody-readers holds only view.
    // Insecure counterparts: impersonation24.test.ts.
    {
        name: "impersonate users [readonly-bot] and groups [custody-readers] (resourceNames), custody-readers bound to view",
        stack: "prod",
        edit: r => {
            k8sRole(r, "as-readonly", [
                { apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["readonly-bot"] },
                { apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: ["custody-readers"] },
            ]);
            bind(r, "as-readonly", { kind: "ClusterRole", name: "as-readonly" }, [DEVS]);
            bind(r, "custody-readers", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", name: "custody-readers", apiGroup: RBAC },
            ]);
        },
    },
    // kube-rbac-proxy / metrics-server: auth delegation (create tokenreviews and subjectaccessreviews).
    {
        name: "a ClusterRoleBinding of the built-in system:auth-delegator to monitoring/kube-rbac-proxy",
        stack: "prod",
        edit: r =>
            bind(r, "rbac-proxy-auth", { kind: "ClusterRole", name: "system:auth-delegator" }, [
                { kind: "ServiceAccount", name: "kube-rbac-proxy", namespace: "monitoring" },
            ]),
    },
    // An inventory exporter reading (get/list/watch) many kinds including webhooks, CSRs and RBAC objects.
    {
        name: "a read-only inventory ClusterRole (get/list/watch on pods, serviceaccounts, RBAC, webhooks, CSRs) bound to a ServiceAccount",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "inventory", [
                {
                    apiGroups: [""],
                    resources: ["pods", "serviceaccounts", "namespaces", "configmaps"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: [RBAC],
                    resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            bind(r, "inventory", { kind: "ClusterRole", name: "inventory" }, [
                { kind: "ServiceAccount", name: "inventory", namespace: "monitoring" },
            ]);
        },
    },
    // A validate-only admission policy refusing TokenRequests for sts.amazonaws.com (cannot mutate anything).
    {
        name: "a ValidatingAdmissionPolicy (and binding) on serviceaccounts/token refusing audience sts.amazonaws.com",
        stack: "prod",
        edit: r => {
            k8s(r, `${ADMISSION}:ValidatingAdmissionPolicy`, "no-sts-tokens", {
                metadata: { name: "no-sts-tokens" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["serviceaccounts/token"],
                            },
                        ],
                    },
                    validations: [{ expression: "!object.spec.audiences.exists(a, a == 'sts.amazonaws.com')" }],
                },
            });
            k8s(r, `${ADMISSION}:ValidatingAdmissionPolicyBinding`, "no-sts-tokens", {
                metadata: { name: "no-sts-tokens" },
                spec: { policyName: "no-sts-tokens", validationActions: ["Deny"] },
            });
        },
    },
    // A ValidatingWebhookConfiguration on pods/exec CONNECT (audit/deny shells): validating only.
    {
        name: "a ValidatingWebhookConfiguration on pods/exec and pods/attach (CONNECT) that audits shells",
        stack: "pod-identity",
        edit: r =>
            k8s(r, `${ADMISSION}:ValidatingWebhookConfiguration`, "exec-audit", {
                metadata: { name: "exec-audit" },
                webhooks: [
                    {
                        name: "exec-audit.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "exec-audit", namespace: "platform", path: "/validate" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CONNECT"],
                                resources: ["pods/exec", "pods/attach"],
                            },
                        ],
                    },
                ],
            }),
    },
    // An access entry for an outside auditor role with AmazonEKSViewPolicy on kube-system only.
    {
        name: "AmazonEKSViewPolicy for an outside auditor role scoped to namespace kube-system",
        stack: "prod",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "auditor", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "auditor"),
                type: "STANDARD",
            });
            aws(r, ASSOCIATION, "auditor-view", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "auditor"),
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "namespace", namespaces: ["kube-system"] },
            });
        },
    },
    // aws-auth mapAccounts of the stack's own account, nothing bound to those ARN usernames: no permissions beyond
    // system:authenticated.
    {
        name: "aws-auth mapAccounts lists an outside account, no binding names its users",
        stack: "pod-identity",
        edit: r => awsAuth(r, { mapAccounts: `- "${OUTSIDE}"\n` }),
    },
];

describe("red-team 23: Kubernetes/EKS API level", function () {
    this.timeout(120000);
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy ?? EFFECTIVE);
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
