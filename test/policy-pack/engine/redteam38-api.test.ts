// Red-team round 38 on the Kubernetes/EKS API level (fresh eyes): ValidatingAdmissionPolicies that hand a Secret's
// data on through a CEL runtime error (validations and matchConditions), webhooks on Secrets under a NotIn
// namespaceSelector, a MutatingAdmissionPolicy on Secrets, the built-in scheduler ClusterRole next to a NoSchedule
// pool, and what a careful platform team writes (a VAP bounding Secret sizes, CSR creation without approval,
// ServiceAccount imagePullSecrets, EndpointSlices in a Pod Identity stack, a webhook on Secrets of one namespace).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bind, k8s, k8sRole, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const SECRET = "kubernetes:core/v1:Secret";
const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";
const MAP = "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy";
const MAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding";
const VENDOR = { url: "https://admission.vendor.example.com/validate" };

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** A legacy ServiceAccount token Secret of the stack (the control plane fills data.token by UPDATE). */
function tokenSecret(r: Resources, name: string, ns: string, sa: string): void {
    k8s(r, SECRET, `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, namespace: ns, annotations: { "kubernetes.io/service-account.name": sa } },
    });
}

/** A ValidatingWebhookConfiguration with one webhook on `rules`, with an optional namespaceSelector. */
function validatingWebhook(r: Resources, name: string, rules: object[], namespaceSelector?: object): void {
    k8s(r, VALIDATING, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.vendor.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: VENDOR,
                rules,
                ...(namespaceSelector ? { namespaceSelector } : {}),
            },
        ],
    });
}

/** A ValidatingAdmissionPolicy on core secrets (`operations`) with its binding (validationActions `actions`). */
function secretPolicy(
    r: Resources,
    name: string,
    policySpec: Record<string, unknown>,
    actions: string[],
    operations: string[] = ["CREATE", "UPDATE"],
): void {
    k8s(r, VAP, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: {
                resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations, resources: ["secrets"] }],
            },
            ...policySpec,
        },
    });
    k8s(r, VAP_BINDING, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: actions },
    });
}

/** A Karpenter v1 NodePool launching from EC2NodeClass `nodeClass` (outside the stack) with these taints. */
function nodePool(r: Resources, name: string, nodeClass: string, taints: object[]): void {
    k8s(r, NODE_POOL, `pool-${name}`, {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name },
        spec: {
            template: {
                spec: {
                    nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: nodeClass },
                    requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] }],
                    taints,
                },
            },
        },
    });
}

/** A Role (namespace given) or ClusterRole `name` with `rules`, bound to platform-devs. */
function devsRole(r: Resources, name: string, rules: object[], ns?: string): void {
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: ns ? "Role" : "ClusterRole", name }, [DEVS], ns);
}

// The CEL text that makes a runtime error carry the token: Go's regexp error quotes the pattern it could not parse
// ("error parsing regexp: missing closing ): `(<token>`"), and cel-go's matches() returns that error as is.
const TOKEN_IN_ERROR = "!has(object.data) || !('token' in object.data) || 'x'.matches('(' + string(object.data.token))";

const insecure: Case[] = [
    // Was a MISS (fixed in round 38, kubernetes.ts admissionPolicyEchoesData/celErrorQuotesData): a validation's
    // `expression` is not only a yes/no: when it evaluates to an error the API server makes the
    // policy's decision from failurePolicy and its message is "expression '<expr>' resulted in error: <err>"
    // (kubernetes staging/src/k8s.io/apiserver/pkg/admission/plugin/cel filter.go / validator.go), the error text of
    // cel-go's matches() being Go's regexp error, which quotes the pattern (here '(' + the token). With failurePolicy
    // Fail and validationActions [Deny, Audit], the token controller's UPDATE that fills data.token is denied with it
    // and the audit event records it in validation.policy.admission.k8s.io/validation_failure (EKS audit log in
    // CloudWatch Logs): the same channel the pack refuses for messageExpression/auditAnnotations. Doc: Kubernetes API
    // ValidatingAdmissionPolicySpec.failurePolicy ("Failures can occur from CEL expression parse errors, type check
    // errors, runtime errors ... When failurePolicy is set to Fail, ValidatingAdmissionPolicyBinding
    // validationActions define how failures are enforced"), kubernetes.io/docs/reference/kubernetes-api/
    // policy-resources/validating-admission-policy-v1. The pack read only messageExpression and valueExpression; it
    // now refuses, unless failurePolicy is Ignore, any read of the data other than through has(), size(), type(),
    // `in` or a comparison, in validations, matchConditions and the variables they use.
    {
        name: "a ValidatingAdmissionPolicy on core secrets (Fail, Deny+Audit) whose validation expression fails at runtime with the token in the regexp error, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-shape",
                { validations: [{ expression: TOKEN_IN_ERROR, message: "malformed token Secret" }] },
                ["Deny", "Audit"],
            );
        },
        refused: /secret-shape[\s\S]*may fail at runtime with an error quoting the object's data/,
    },
    // Was a MISS (fixed in round 38, same place): the same through matchConditions: "If any matchCondition evaluates to an error (but none are FALSE): If
    // failurePolicy=Fail, reject the request" (ValidatingAdmissionPolicySpec.matchConditions), the rejection carrying
    // the evaluation error; the pack treats matchConditions as deciding only whether the policy applies.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets (Fail, Deny) whose matchCondition fails at runtime with the token in the regexp error, validation `true`, next to a stack token Secret of kube-system/job-controller",
        stack: "curity",
        edit: r => {
            tokenSecret(r, "job-controller-token", "kube-system", "job-controller");
            secretPolicy(
                r,
                "secret-scope",
                {
                    matchConditions: [{ name: "token-secrets", expression: TOKEN_IN_ERROR }],
                    validations: [{ expression: "true" }],
                },
                ["Deny"],
            );
        },
        refused: /secret-scope[\s\S]*matchCondition token-secrets/,
    },
    // Neighbour: the failing read sits in a variable and the policy leaves failurePolicy unset (the default is Fail,
    // ValidatingAdmissionPolicySpec.failurePolicy); the binding only audits. The variable's error is the validation's
    // ("composited variable %q fails to evaluate: %v", apiserver admission/plugin/cel composition.go), and Audit
    // records the denial message in validation.policy.admission.k8s.io/validation_failure.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets (failurePolicy unset, Audit) whose validation matches a regexp built in a variable from data.token, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-pattern",
                {
                    failurePolicy: undefined,
                    variables: [
                        {
                            name: "pattern",
                            expression:
                                "has(object.data) && 'token' in object.data ? '(' + string(object.data.token) : 'x'",
                        },
                    ],
                    validations: [{ expression: "'x'.matches(variables.pattern)", message: "bad token" }],
                },
                ["Audit"],
            );
        },
        refused: /secret-pattern[\s\S]*variables\.pattern/,
    },
    // Neighbour: a map lookup by a key read from the data fails with "no such key: <key>" (cel-go common/types
    // map.go, baseMap.Get), returned to the requester as a warning (Warn).
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets (Fail, Warn) looking data up by a key read from data.token, next to a stack token Secret of kube-system/job-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "job-controller-token", "kube-system", "job-controller");
            secretPolicy(
                r,
                "secret-lookup",
                {
                    validations: [
                        {
                            expression:
                                "!has(object.data) || !('token' in object.data) || object.data[string(object.data.token)] != b''",
                        },
                    ],
                },
                ["Warn"],
            );
        },
        refused: /secret-lookup[\s\S]*may fail at runtime/,
    },
    // A namespaceSelector that excludes a namespace by name still admits kube-system (Kubernetes "Dynamic Admission
    // Control", "Matching requests: namespaceSelector": a label selector over the namespace's labels).
    {
        name: "a ValidatingWebhookConfiguration on core secrets (UPDATE) whose namespaceSelector excludes only tools (kubernetes.io/metadata.name NotIn [tools]), next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            validatingWebhook(
                r,
                "secret-audit",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["secrets"] }],
                {
                    matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["tools"] }],
                },
            );
        },
        refused: /secret-audit|rs-controller-token|replicaset-controller/,
    },
    // A rule on every resource of every group, scope Namespaced: Secrets are namespaced.
    {
        name: "a ValidatingWebhookConfiguration on apiGroups * / resources * scope Namespaced (DELETE only), next to a stack token Secret of kube-system/daemon-set-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "ds-controller-token", "kube-system", "daemon-set-controller");
            validatingWebhook(r, "deletion-audit", [
                { apiGroups: ["*"], apiVersions: ["*"], operations: ["DELETE"], resources: ["*"], scope: "Namespaced" },
            ]);
        },
        refused: /deletion-audit|ds-controller-token|daemon-set-controller/,
    },
    // A MutatingAdmissionPolicy on Secrets rewrites every Secret as stored (UPDATE): it may reset a token Secret's
    // service-account.name annotation or copy data (Kubernetes "Mutating Admission Policy"). Refused (Secrets are a
    // MUTATION_TARGET); the message said it "rewrites every pod admitted to the cluster" and now names what it
    // matches (fixed in round 38, kubernetes.ts builtInRewritten).
    {
        name: "a MutatingAdmissionPolicy (v1beta1) on core secrets (CREATE, UPDATE) copying data.token into an annotation, with its binding",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            k8s(r, MAP, "secret-stamp", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "secret-stamp" },
                spec: {
                    failurePolicy: "Ignore",
                    reinvocationPolicy: "Never",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["secrets"],
                            },
                        ],
                    },
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression:
                                    "Object{metadata: Object.metadata{annotations: {'stamp': has(object.data) && 'token' in object.data ? string(object.data.token) : ''}}}",
                            },
                        },
                    ],
                },
            });
            k8s(r, MAP_BINDING, "secret-stamp-binding", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "secret-stamp-binding" },
                spec: { policyName: "secret-stamp" },
            });
        },
        refused: /MutatingAdmissionPolicy(Binding)? secret-stamp rewrites the Secrets \(the credentials pods mount/,
    },
    // The built-in system:kube-scheduler ClusterRole creates pods/binding and bindings (bootstrappolicy): a second
    // scheduler with a profile without TaintToleration places the signer's pods on the NoSchedule pool's nodes.
    // Refused as an unreadable built-in ClusterRole.
    {
        name: "the built-in system:kube-scheduler ClusterRole bound to platform/second-scheduler, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            serviceAccount(r, "platform", "second-scheduler");
            bind(r, "second-scheduler", { kind: "ClusterRole", name: "system:kube-scheduler" }, [
                { kind: "ServiceAccount", name: "second-scheduler", namespace: "platform" },
            ]);
        },
        refused: /second-scheduler[\s\S]*system:kube-scheduler/,
    },
    // A ValidatingAdmissionPolicy (Audit) that records the whole oldObject through a variable, on DELETE only.
    {
        name: "a ValidatingAdmissionPolicy on core secrets (DELETE only, Audit) whose auditAnnotation records a variable bound to oldObject, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-tombstone",
                {
                    variables: [{ name: "gone", expression: "oldObject" }],
                    auditAnnotations: [{ key: "deleted", valueExpression: "string(variables.gone)" }],
                },
                ["Audit"],
                ["DELETE"],
            );
        },
        refused: /secret-tombstone|rs-controller-token|replicaset-controller/,
    },
];

const secure: Case[] = [
    // A validation whose expression reads data but cannot fail at runtime (size() of a map) and whose message is
    // static: the decision is a boolean, nothing of the data is handed on.
    {
        name: "a ValidatingAdmissionPolicy on core secrets (Fail, Deny) bounding the number of data keys, static message, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-key-limit",
                {
                    validations: [
                        { expression: "!has(object.data) || size(object.data) <= 32", message: "too many keys" },
                    ],
                },
                ["Deny"],
            );
        },
    },
    // Neighbour of the round-38 fix: the same failing expression as TOKEN_IN_ERROR under failurePolicy Ignore. An
    // evaluation error then admits the request and only counts a metric: the validating dispatcher records no
    // message for an Admit decision (apiserver policy/validating validator.go policyDecisionActionForError,
    // dispatcher.go), so nothing of the data is handed on.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets (failurePolicy Ignore, Deny+Audit) whose validation expression may fail with the token in the regexp error, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-shape-lenient",
                {
                    failurePolicy: "Ignore",
                    matchConditions: [{ name: "token-secrets", expression: TOKEN_IN_ERROR }],
                    validations: [{ expression: TOKEN_IN_ERROR, message: "malformed token Secret" }],
                },
                ["Deny", "Audit"],
            );
        },
    },
    // Neighbour: reads of the data that cannot fail with it in the message (has(), `in`, size() of a variable holding
    // the data map, a comparison: a mismatch is "no such overload" or "no such key: token", naming types or the
    // literal key), in a validation, a matchCondition and a variable, failurePolicy Fail: token immutability.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets (Fail, Deny) keeping data.token immutable through has(), in, size() and ==, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-token-immutable",
                {
                    matchConditions: [{ name: "has-data", expression: "has(object.data) && size(object.data) > 0" }],
                    variables: [{ name: "keys", expression: "has(object.data) ? object.data : {}" }],
                    validations: [
                        {
                            expression:
                                "oldObject == null || !has(oldObject.data) || !('token' in oldObject.data) || ('token' in variables.keys && object.data.token == oldObject.data.token)",
                            message: "data.token is immutable",
                        },
                        { expression: "size(variables.keys) <= 32", message: "too many keys" },
                    ],
                },
                ["Deny"],
                ["UPDATE"],
            );
        },
    },
    // Creating a CSR issues nothing: a certificate needs an approval (update certificatesigningrequests/approval and
    // approve on the signer) the group does not hold (Kubernetes "Certificates and Certificate Signing Requests",
    // "Authorization").
    {
        name: "platform-devs may create and read CertificateSigningRequests (no approval, no signing)",
        stack: "prod",
        edit: r =>
            devsRole(r, "csr-requester", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["create", "get", "list", "watch"],
                },
            ]),
    },
    // imagePullSecrets on a tools ServiceAccount: the kubelet pulls with them; nothing of another ServiceAccount.
    {
        name: "a Role in tools letting platform-devs get and patch serviceaccounts (imagePullSecrets) on an IRSA cluster",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "sa-pull-secrets",
                [{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get", "list", "patch"] }],
                "tools",
            ),
    },
    // EndpointSlices route traffic sent to a Service's own ClusterIP; unlike externalIPs they capture no address
    // (CVE-2020-8554 is Services' externalIPs/loadBalancerIP), and link-local endpoint addresses are refused by the
    // API server.
    {
        name: "a Role in tools letting platform-devs write discovery.k8s.io endpointslices, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            devsRole(
                r,
                "tools-endpoints",
                [
                    {
                        apiGroups: ["discovery.k8s.io"],
                        resources: ["endpointslices"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                ],
                "tools",
            ),
    },
    // A webhook on Secrets limited by name to tools, where no token Secret of the stack lives.
    {
        name: "a ValidatingWebhookConfiguration on core secrets (CREATE, UPDATE) selecting only tools by kubernetes.io/metadata.name, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            validatingWebhook(
                r,
                "tools-secret-lint",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["secrets"] }],
                { matchLabels: { "kubernetes.io/metadata.name": "tools" } },
            );
        },
    },
];

describeStackCases("red-team 38: Kubernetes/EKS API level", insecure, secure);
