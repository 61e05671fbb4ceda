// Red-team round 41 on false positives at the AWS and Kubernetes API levels, across every committed stack (fresh
// eyes). Probed: the neighbourhood of the round 38-40 rules (create+read Secrets per namespace with resourceNames,
// CSR approvers for serving signers, CEL optional chains on Secret data, admission policies taking params, first-
// preview unknowns on share keys, role sessions and session tags in trusts) and the usual legitimate platform changes
// (guard Denies in key and table policies, an SCP-like NotAction Deny, the AWS default VPC endpoint policy,
// Prometheus-style read-only RBAC, a NetworkPolicy allowing the Pod Identity agent, ConfigMap params), each with an insecure neighbour the pack must still refuse. Misses are `it.skip`
// with a MISS comment.
import {
    assertClean,
    assertRefused,
    dependsOn,
    find,
    prop,
    Resources,
    runPackWith,
    setProp,
    stackResources,
} from "./support";
import { aws, bind, editDoc, k8s, k8sRole } from "./variantBuilders";

const KEY = "aws:kms/key:Key";
const ROLE = "aws:iam/role:Role";
const ADM = "kubernetes:admissionregistration.k8s.io/v1";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const sa = (namespace: string, name: string) => ({ kind: "ServiceAccount", name, namespace });

/** A token Secret of ServiceAccount kube-system/replicaset-controller in the stack (makes Secret readers matter). */
function tokenSecret(r: Resources): void {
    k8s(r, "kubernetes:core/v1:Secret", "rs-token", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "rs-token",
            namespace: "kube-system",
            annotations: { "kubernetes.io/service-account.name": "replicaset-controller" },
        },
    });
}

/** A cluster-wide ValidatingAdmissionPolicy with its binding (Deny). */
function admissionPolicy(
    r: Resources,
    name: string,
    spec: Record<string, unknown>,
    binding: Record<string, unknown> = {},
): void {
    k8s(r, `${ADM}:ValidatingAdmissionPolicy`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: { failurePolicy: "Fail", ...spec },
    });
    k8s(r, `${ADM}:ValidatingAdmissionPolicyBinding`, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: ["Deny"], ...binding },
    });
}

const SECRETS_CU = {
    resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["secrets"] }],
};

/**
 * A webhook's own serving-certificate Secret in kube-system, the shape many charts write: get/update (and a `create`
 * that resourceNames cannot restrict) on one named Secret, plus leader election on one named Lease, and `extra` rules.
 */
function webhookCertRole(r: Resources, secretVerbs: string[], extra: object[] = []): void {
    k8sRole(
        r,
        "policy-webhook-cert",
        [
            { apiGroups: [""], resources: ["secrets"], resourceNames: ["policy-webhook-tls"], verbs: secretVerbs },
            ...extra,
            {
                apiGroups: ["coordination.k8s.io"],
                resources: ["leases"],
                resourceNames: ["policy-webhook-leader"],
                verbs: ["get", "update", "patch"],
            },
            { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create"] },
        ],
        "kube-system",
    );
    bind(
        r,
        "policy-webhook-cert",
        { kind: "Role", name: "policy-webhook-cert" },
        [sa("kube-system", "policy-webhook")],
        "kube-system",
    );
}

/** A second Role `name` in `namespace` with `rules`, bound to the same ServiceAccount kube-system/policy-webhook. */
function webhookSecondRole(r: Resources, name: string, namespace: string, rules: object[]): void {
    k8sRole(r, name, rules, namespace);
    bind(r, name, { kind: "Role", name }, [sa("kube-system", "policy-webhook")], namespace);
}

/** Patch of the one Secret kube-system/policy-webhook-tls (server-side apply creates it where `create` is granted). */
const PATCH_WEBHOOK_TLS = {
    apiGroups: [""],
    resources: ["secrets"],
    resourceNames: ["policy-webhook-tls"],
    verbs: ["patch"],
};

/** kubelet-csr-approver's ClusterRole (postfinance chart): read CSRs, approve for the given signers. */
function csrApprover(r: Resources, signers: string[]): void {
    k8sRole(r, "kubelet-csr-approver", [
        {
            apiGroups: ["certificates.k8s.io"],
            resources: ["certificatesigningrequests"],
            verbs: ["get", "list", "watch"],
        },
        { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests/approval"], verbs: ["update"] },
        { apiGroups: ["certificates.k8s.io"], resources: ["signers"], resourceNames: signers, verbs: ["approve"] },
        { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"] },
    ]);
    bind(r, "kubelet-csr-approver", { kind: "ClusterRole", name: "kubelet-csr-approver" }, [
        sa("kube-system", "kubelet-csr-approver"),
    ]);
}

/** Prometheus's usual ClusterRole (kube-prometheus-stack prometheus), plus `extra` rules, bound to monitoring/prometheus. */
function prometheus(r: Resources, extra: object[] = []): void {
    k8sRole(r, "prometheus-scrape", [
        {
            apiGroups: [""],
            resources: ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
            verbs: ["get", "list", "watch"],
        },
        { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
        { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: ["get", "list", "watch"] },
        { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
        ...extra,
    ]);
    bind(r, "prometheus-scrape", { kind: "ClusterRole", name: "prometheus-scrape" }, [sa("monitoring", "prometheus")]);
}

/** A guard Deny on a resource policy: every principal but `arns` is denied `actions` (StringNotEquals aws:PrincipalArn). */
const guardDeny = (sid: string, actions: string[], arns: string[]) => ({
    Sid: sid,
    Effect: "Deny",
    Principal: "*",
    Action: actions,
    Resource: "*",
    Condition: { StringNotEquals: { "aws:PrincipalArn": arns } },
});

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------------------- trust-domain
    // Kubernetes RBAC "Referring to resources": "You cannot restrict create or deletecollection requests by their
    // resource name. For create, this limitation is because the name of the new object may not be known at
    // authorization time." Only a server-side apply (a PATCH, authorized as `patch` on that name) creates a named
    // object; this Role has no patch on Secrets (its patch is on one Lease).
    // Was a MISS (fixed in round 41): refused as kube-system/policy-webhook minting kube-controller-manager's tokens. secretCreatesOfRules counts a
    // named `create` of Secrets once ANY rule of the role has `patch` (here the Lease's), but a named create is only
    // reachable by a server-side apply PATCH on that Secret's name, which needs `patch` on secrets with that name: this
    // Role cannot create policy-webhook-tls at all (it only gets/updates it when it exists, its type immutable). Who
    // gains: nobody; the platform cannot keep a webhook's cert Secret in kube-system with leader election beside it.
    // Fix: count a named create only where a rule grants patch on secrets covering that name. Docs: Kubernetes RBAC
    // "Referring to resources" ("You cannot restrict create or deletecollection requests by their resource name ...
    // the name of the new object may not be known at authorization time"); kubebuilder RBAC markers ("Create requests
    // cannot be restricted by resourcename").
    {
        stack: "trust-domain",
        name: "S1: a webhook's own cert Secret in kube-system: get/update/create with resourceNames [policy-webhook-tls] (create cannot be named, so none), leader election patch on one named Lease",
        edit: r => webhookCertRole(r, ["get", "update", "create"]),
    },
    {
        stack: "trust-domain",
        name: "I1: the same Role with patch on that named Secret too (server-side apply creates kube-system/policy-webhook-tls as a token Secret of a controller, then get reads it)",
        edit: r => webhookCertRole(r, ["get", "update", "create", "patch"]),
        refused: /policy-webhook-tls/,
    },
    {
        stack: "trust-domain",
        name: "S1b: that S1 Role also gets and patches a DIFFERENT named Secret, policy-webhook-ca (patch on another name applies no policy-webhook-tls)",
        edit: r =>
            webhookCertRole(
                r,
                ["get", "update", "create"],
                [
                    {
                        apiGroups: [""],
                        resources: ["secrets"],
                        resourceNames: ["policy-webhook-ca"],
                        verbs: ["get", "patch"],
                    },
                ],
            ),
    },
    {
        stack: "trust-domain",
        name: "S1c: the S1 Role, and a second Role in namespace platform patching a Secret named policy-webhook-tls THERE (bound to the same ServiceAccount: another namespace's Secret)",
        edit: r => {
            webhookCertRole(r, ["get", "update", "create"]);
            webhookSecondRole(r, "policy-webhook-apply", "platform", [PATCH_WEBHOOK_TLS]);
        },
    },
    {
        stack: "trust-domain",
        name: "I1b: the S1 Role, and a second kube-system Role patching policy-webhook-tls bound to the same ServiceAccount (RBAC is the union of its bindings: the server-side apply creates it)",
        edit: r => {
            webhookCertRole(r, ["get", "update", "create"]);
            webhookSecondRole(r, "policy-webhook-apply", "kube-system", [PATCH_WEBHOOK_TLS]);
        },
        refused:
            /may create Secret kube-system\/policy-webhook-tls \([^)]*server-side apply that RoleBinding policy-webhook-apply/,
    },
    {
        stack: "trust-domain",
        name: "I1c: the S1 Role plus a rule of every verb (`*`) in every API group (`*`) on secrets named policy-webhook-tls",
        edit: r =>
            webhookCertRole(
                r,
                ["get", "update", "create"],
                [{ apiGroups: ["*"], resources: ["secrets"], resourceNames: ["policy-webhook-tls"], verbs: ["*"] }],
            ),
        refused: /may create Secret kube-system\/policy-webhook-tls/,
    },
    // Kubernetes "Certificate Signing Requests", "Authorization": approving needs update on
    // certificatesigningrequests/approval and `approve` on signers, resourceNames the signerName or "<domain>/*";
    // kubernetes.io/kubelet-serving issues serving certificates only ("Permitted key usages ... server auth").
    {
        stack: "trust-domain",
        name: "S2: kubelet-csr-approver (postfinance chart ClusterRole): read CSRs, update certificatesigningrequests/approval, approve only signer kubernetes.io/kubelet-serving",
        edit: r => csrApprover(r, ["kubernetes.io/kubelet-serving"]),
    },
    {
        stack: "trust-domain",
        name: "I2: the approver's signers resourceNames widened to kubernetes.io/* (covers kube-apiserver-client: any user, system:masters included)",
        edit: r => csrApprover(r, ["kubernetes.io/*"]),
        refused: /client certificates|kubernetes\.io\/\*/,
    },
    // cel-spec langdef "Optional values" / Kubernetes CEL "optional": `m[?k]` is optional.none() for a missing key,
    // `.orValue(v)` unwraps it (no error), `size(bytes)` is an int: the data never leaves the comparison.
    // Was a MISS (fixed in round 41): refused: celChainEnd ends the chain at `.orValue(` as a "call" and celErrorQuotesData reports
    // object.?data[?'tls.crt'] as a read an error may quote. CEL optional values raise no error: `x.?f` and `m[?k]` yield
    // optional.none() when absent, orValue(b'') unwraps it, and size() of bytes is an int compared with 0, so nothing of
    // the data reaches a message or an error. Who gains: nobody; a platform TLS-shape guard on Secrets is refused with
    // failurePolicy Fail. Fix: treat `.orValue(<literal>)` (and `.or(optional.none())`) as passing the read on to the
    // rest of the chain, judged by what follows (`.size()`, a comparison). Docs: cel-spec proposal-246 "Optional
    // Values" (optional field selection and index, orValue); kubernetes.io "Common Expression Language in Kubernetes"
    // (optional library available to admission policies).
    {
        stack: "trust-domain",
        name: "S3: next to a kube-system token Secret, a VAP (failurePolicy Fail) on Secrets CREATE/UPDATE: object.type != 'kubernetes.io/tls' || object.?data[?'tls.crt'].orValue(b'').size() > 0, static message",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                matchConstraints: SECRETS_CU,
                validations: [
                    {
                        expression:
                            "object.type != 'kubernetes.io/tls' || object.?data[?'tls.crt'].orValue(b'').size() > 0",
                        message: "a TLS Secret needs a non-empty tls.crt",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "I3: next to that token Secret, the same VAP whose messageExpression echoes string(object.?data[?'token'].orValue(b''))",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                failurePolicy: "Ignore",
                matchConstraints: SECRETS_CU,
                validations: [
                    {
                        expression:
                            "object.type != 'kubernetes.io/tls' || object.?data[?'tls.crt'].orValue(b'').size() > 0",
                        messageExpression: "'bad secret ' + string(object.?data[?'token'].orValue(b''))",
                    },
                ],
            });
        },
        refused: /orValue|messageExpression|data/,
    },
    {
        stack: "trust-domain",
        name: "S3b: next to that token Secret, the S3 VAP through .or(optional.none()).orValue(b'') != b'', its messageExpression the size of tls.crt (string() of an int)",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                matchConstraints: SECRETS_CU,
                validations: [
                    {
                        expression:
                            "object.type != 'kubernetes.io/tls' || object.?data[?'tls.crt'].or(optional.none()).orValue(b'') != b''",
                        messageExpression:
                            "'tls.crt holds ' + string(object.?data[?'tls.crt'].orValue(b'').size()) + ' bytes'",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "I3b: next to that token Secret, the S3 VAP (failurePolicy Fail) whose expression is int(string(object.?data[?'token'].orValue(b'0'))) >= 0 (int()'s error quotes the token)",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                matchConstraints: SECRETS_CU,
                validations: [
                    {
                        expression: "int(string(object.?data[?'token'].orValue(b'0'))) >= 0",
                        message: "a token must be a number",
                    },
                ],
            });
        },
        refused: /resulted in error|orValue/,
    },
    {
        stack: "trust-domain",
        name: "I3c: next to that token Secret, the S3 VAP with variable token = object.?data[?'token'].orValue(b'') and an auditAnnotation string(variables.token)",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                matchConstraints: SECRETS_CU,
                variables: [{ name: "token", expression: "object.?data[?'token'].orValue(b'')" }],
                validations: [{ expression: "variables.token.size() >= 0", message: "static" }],
                auditAnnotations: [{ key: "token", valueExpression: "string(variables.token)" }],
            });
        },
        refused: /auditAnnotation token/,
    },
    // Kubernetes "Validating Admission Policy", "Parameter resources": paramKind names any kind, here a ConfigMap.
    {
        stack: "trust-domain",
        name: "S4: next to that token Secret, an image-registry VAP on Deployments whose params are a ConfigMap (platform/allowed-registries), messageExpression naming the allowed list",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(
                r,
                "allowed-registries",
                {
                    paramKind: { apiVersion: "v1", kind: "ConfigMap" },
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: ["apps"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["deployments"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "object.spec.template.spec.containers.all(c, params.data.registries.split(',').exists(p, c.image.startsWith(p)))",
                            messageExpression: "'images must come from ' + params.data.registries",
                        },
                    ],
                },
                { paramRef: { name: "allowed-registries", namespace: "platform", parameterNotFoundAction: "Deny" } },
            );
        },
    },
    {
        stack: "trust-domain",
        name: "S5: Prometheus (kube-prometheus-stack shape): get/list/watch nodes, nodes/metrics, services, endpoints, pods, endpointslices, ingresses; get /metrics and /metrics/cadvisor",
        edit: r => prometheus(r),
    },
    {
        stack: "trust-domain",
        name: "I5: that Prometheus ClusterRole also allowed get/list/watch on secrets (some charts add it for scrape TLS), next to a kube-system token Secret",
        edit: r => {
            tokenSecret(r);
            prometheus(r, [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] }]);
        },
        refused: /prometheus/,
    },
    // ------------------------------------------------------------------------------------------------------------ prod
    // KMS key policies: "an explicit deny in a key policy overrides any allow" (KMS developer guide, "Key policies",
    // policy evaluation); aws:PrincipalArn of a role session is the role's ARN (IAM global condition keys).
    {
        stack: "prod",
        name: "S6: every share key's policy gains a guard Deny of kms:Decrypt/ReEncrypt*/CreateGrant to every principal but the signer role and the account root (StringNotEquals aws:PrincipalArn)",
        edit: r => {
            const signer = prop(find(r, ROLE, "signer-role"), "arn") as string;
            for (const n of [1, 2, 3]) {
                const k = find(r, KEY, `signer-shares-share-${n}`);
                const account = (prop(k, "arn") as string).split(":")[4];
                editDoc(k, "policy", d => {
                    d.Statement.push(
                        guardDeny(
                            "OnlyTheSigner",
                            ["kms:Decrypt", "kms:ReEncrypt*", "kms:CreateGrant"],
                            [signer, `arn:aws:iam::${account}:root`],
                        ),
                    );
                });
            }
        },
    },
    {
        stack: "prod",
        name: "I6: share 2's guard Deny also exempts role/platform-ops of its account, which gets an Allow of kms:Decrypt",
        edit: r => {
            const signer = prop(find(r, ROLE, "signer-role"), "arn") as string;
            const ops = "arn:aws:iam::222222222222:role/platform-ops";
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                d.Statement.push(
                    { Sid: "Ops", Effect: "Allow", Principal: { AWS: ops }, Action: "kms:Decrypt", Resource: "*" },
                    guardDeny("OnlyTheSigner", ["kms:Decrypt"], [signer, ops, "arn:aws:iam::222222222222:root"]),
                );
            });
        },
        refused: /platform-ops/,
    },
    // DynamoDB resource-based policies: an explicit Deny narrows (DynamoDB developer guide, "Using resource-based
    // policies", "Resource-based policy examples": deny access except to listed principals).
    {
        stack: "prod",
        name: "S7: the keystore's resource policy is one guard Deny: dynamodb:* denied to every principal but the signer role (StringNotEquals aws:PrincipalArn)",
        edit: r => {
            const t = find(r, "aws:dynamodb/table:Table", "signer-tables-keystore");
            const signer = prop(find(r, ROLE, "signer-role"), "arn") as string;
            aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-guard", {
                resourceArn: prop(t, "arn"),
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [guardDeny("OnlySigner", ["dynamodb:*"], [signer])],
                }),
            });
        },
    },
    {
        stack: "prod",
        name: "I7: the keystore's resource policy: that guard Deny exempting an analytics role of account 999999999999, which it also Allows GetItem/Query",
        edit: r => {
            const t = find(r, "aws:dynamodb/table:Table", "signer-tables-keystore");
            const signer = prop(find(r, ROLE, "signer-role"), "arn") as string;
            const analytics = "arn:aws:iam::999999999999:role/analytics";
            aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-guard", {
                resourceArn: prop(t, "arn"),
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        guardDeny("OnlySigner", ["dynamodb:*"], [signer, analytics]),
                        {
                            Sid: "Analytics",
                            Effect: "Allow",
                            Principal: { AWS: analytics },
                            Action: ["dynamodb:GetItem", "dynamodb:Query"],
                            Resource: "*",
                        },
                    ],
                }),
            });
        },
        refused: /999999999999|analytics/,
    },
    // First preview: a description and a cost tag computed from another resource's output are unknown; neither is a
    // custody property of a key (origin, key store, multiRegion, spec, usage, share tags stay known).
    {
        stack: "prod",
        preview: true,
        name: "S8: first preview: every share key's description and a cost-center tag computed from the signer role's unknown name (custody tags known)",
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            for (const n of [1, 2, 3]) {
                const k = find(r, KEY, `signer-shares-share-${n}`);
                setProp(k, "description", UNKNOWN);
                setProp(k, "tags", { ...(prop(k, "tags") as Record<string, string>), "cost-center": UNKNOWN });
                dependsOn(k, "description", role);
                dependsOn(k, "tags", role);
            }
        },
    },
    // --------------------------------------------------------------------------------------------------------- basil
    // PrivateLink guide, "Control access to VPC endpoints using endpoint policies": "The default endpoint policy
    // allows full access through the interface VPC endpoint" and an endpoint policy "does not grant any permissions".
    {
        stack: "basil",
        name: 'S9: a KMS interface endpoint carrying the AWS default endpoint policy (Allow Principal "*" Action "*" Resource "*"), as a refresh shows it',
        edit: r =>
            aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "kms-endpoint", {
                vpcId: "vpc-0123456789abcdef0",
                serviceName: "com.amazonaws.us-east-1.kms",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                subnetIds: ["subnet-0123456789abcdef0"],
                policy: JSON.stringify({
                    Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
                }),
            }),
    },
    // ------------------------------------------------------------------------------------------------ cross-account
    // IAM "Passing session tags in AWS STS": the trust must allow sts:TagSession for tags to be passed; tags only
    // matter to policies reading aws:PrincipalTag (none here).
    {
        stack: "cross-account",
        name: "S10: the access role's trust allows sts:AssumeRole and sts:TagSession (session tags for attribution), principal and ExternalId unchanged",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Action = ["sts:AssumeRole", "sts:TagSession"];
            }),
    },
    {
        stack: "cross-account",
        name: "I8: the access role's trust names account B's root narrowed only by StringEquals aws:PrincipalTag/team=custody (any principal B tags so)",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: "arn:aws:iam::777777777777:root" };
                d.Statement[0].Condition = {
                    ...(d.Statement[0].Condition as Record<string, unknown>),
                    StringEquals: {
                        ...((d.Statement[0].Condition as Record<string, Record<string, unknown>>)?.StringEquals ?? {}),
                        "aws:PrincipalTag/team": "custody",
                    },
                };
            }),
        refused: /777777777777/,
    },
    // ------------------------------------------------------------------------------------------------- pod-identity
    // EKS user guide, "Set up the Amazon EKS Pod Identity Agent": the agent listens on 169.254.170.23 (and
    // fd00:ec2::23) port 80 on each node; a default-deny egress NetworkPolicy must allow it. A NetworkPolicy only
    // filters the selected pods' own traffic (Kubernetes "Network Policies"); it routes and captures nothing.
    {
        stack: "pod-identity",
        name: "S11: validators default-deny egress with allowances for DNS, 443 and the Pod Identity agent (ipBlock 169.254.170.23/32 and fd00:ec2::23/128, TCP 80)",
        edit: r =>
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-egress", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny-egress", namespace: "validators" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Egress"],
                    egress: [
                        {
                            ports: [
                                { protocol: "UDP", port: 53 },
                                { protocol: "TCP", port: 53 },
                            ],
                        },
                        { ports: [{ protocol: "TCP", port: 443 }] },
                        {
                            to: [{ ipBlock: { cidr: "169.254.170.23/32" } }, { ipBlock: { cidr: "fd00:ec2::23/128" } }],
                            ports: [{ protocol: "TCP", port: 80 }],
                        },
                    ],
                },
            }),
    },
    {
        stack: "pod-identity",
        name: "I9: a platform-ops Role in tools allowed to patch services (an externalIPs of 169.254.170.23 captures the Pod Identity agent's traffic, CVE-2020-8554)",
        edit: r => {
            k8sRole(
                r,
                "service-ops",
                [{ apiGroups: [""], resources: ["services"], verbs: ["get", "list", "patch"] }],
                "tools",
            );
            bind(r, "service-ops", { kind: "Role", name: "service-ops" }, [sa("tools", "platform-ops")], "tools");
        },
        refused: /platform-ops|service/i,
    },
    // ------------------------------------------------------------------------------------------------------- curity
    // IAM "Policy evaluation logic": an explicit Deny overrides any Allow; Deny + NotAction denies every action
    // outside the list (IAM JSON policy elements: NotAction, "Using NotAction with Deny").
    {
        stack: "curity",
        name: "S12: Curity's role policy gains an SCP-like guard: Deny NotAction [dynamodb item actions, dynamodb:DescribeTable, sts:GetCallerIdentity] on Resource *",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "curity-role-access"), "policy", d => {
                d.Statement.push({
                    Sid: "OnlyDataPlane",
                    Effect: "Deny",
                    NotAction: [
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem",
                        "dynamodb:Query",
                        "dynamodb:Scan",
                        "dynamodb:ConditionCheckItem",
                        "dynamodb:DescribeTable",
                        "sts:GetCallerIdentity",
                    ],
                    Resource: "*",
                });
            }),
    },
    {
        stack: "curity",
        name: "I10: the same guard written with Effect Allow by a careless edit (Allow NotAction [...] on * : every other action of every service)",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "curity-role-access"), "policy", d => {
                d.Statement.push({
                    Sid: "OnlyDataPlane",
                    Effect: "Allow",
                    NotAction: ["dynamodb:GetItem", "dynamodb:DescribeTable", "sts:GetCallerIdentity"],
                    Resource: "*",
                });
            }),
        refused: /NotAction|OnlyDataPlane|curity/,
    },
];

describe("allowlist: red-team round 41, secure variants and neighbours", () => {
    for (const c of CASES) {
        const insecure = c.refused !== undefined;
        const run = c.skip ? it.skip : it;
        run(`${insecure ? "refuses" : "accepts"}: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPackWith(c.stack, r);
            if (insecure) assertRefused(ds, c.refused as RegExp, c.policy);
            else assertClean(ds);
        });
    }
});
