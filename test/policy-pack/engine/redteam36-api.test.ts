// Red-team round 36 on the Kubernetes/EKS API level (fresh eyes): what an admission object that only VALIDATES still
// receives (the whole object of a Secret write, a token Secret's token included), the scheduler's Binding
// subresource written through RBAC next to a pool kept off only by NoSchedule taints, and what a careful platform team
// writes (in-place pod resize, port-forward for debugging, a batch scheduler's bindings without a tainted pool,
// selector-less Services with their own EndpointSlices, validating policies on Secrets that echo nothing).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bind, k8s, k8sRole, namespace, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const SECRET = "kubernetes:core/v1:Secret";
const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** A legacy ServiceAccount token Secret of the stack (the control plane fills data.token). */
function tokenSecret(r: Resources, name: string, ns: string, sa: string): void {
    k8s(r, SECRET, `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, namespace: ns, annotations: { "kubernetes.io/service-account.name": sa } },
    });
}

/** A ValidatingWebhookConfiguration with one webhook on `rules`, served by `clientConfig`. */
function validatingWebhook(r: Resources, name: string, rules: object[], clientConfig: object): void {
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
                clientConfig,
                rules,
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
            failurePolicy: "Ignore",
            matchConstraints: {
                resourceRules: [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations,
                        resources: ["secrets"],
                    },
                ],
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

/** A ClusterRole `name` with these rules bound cluster-wide to ServiceAccount `ns/sa` (declared by the stack). */
function clusterRoleForSa(r: Resources, name: string, rules: object[], ns: string, sa: string): void {
    serviceAccount(r, ns, sa);
    k8sRole(r, name, rules);
    bind(r, name, { kind: "ClusterRole", name }, [{ kind: "ServiceAccount", name: sa, namespace: ns }]);
}

const BINDING_RULES = [
    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["pods/binding", "bindings"], verbs: ["create"] },
];

const insecure: Case[] = [
    // A validating webhook receives the whole object of every request its rules match, as a mutating one does
    // (Kubernetes "Dynamic Admission Control", "Request": `object` is "the new object being admitted"; validating
    // webhooks are sent the same AdmissionReview). For a Secret that is its data. The token controller fills a
    // legacy token Secret by UPDATE through the API server (kube-controller-manager's tokens controller), so a
    // validating webhook on core secrets (CREATE, UPDATE) is sent the non-expiring token of
    // kube-system/replicaset-controller, which creates pods with any ServiceAccount (the pack counts readers of this
    // Secret: redteam24-api). The webhook's URL is a vendor's: whoever serves it reads the token. A MUTATING webhook on
    // secrets is refused already (kubernetes.ts MUTATION_TARGETS); the validating one was not judged at all.
    // Was a MISS (fixed in round 36): a ValidatingWebhookConfiguration was not judged at all (kubernetes.ts read only
    // Mutating* admission objects); now every webhook configuration matching Secrets at UPDATE or DELETE is a reader
    // of them (kubernetes.ts admissionSecretSight, the readers loop next to secretReaders). Its webhook is sent the token Secret's data.token when the token controller fills it (UPDATE), so the
    // vendor serving the URL acts as replicaset-controller, i.e. as any ServiceAccount (containment-chamber included).
    // Docs: Kubernetes "Dynamic Admission Control" (AdmissionReview request.object, sent to validating webhooks too);
    // kube-controller-manager tokens controller (fills the Secret through the API server).
    {
        name: "a ValidatingWebhookConfiguration on core secrets (CREATE, UPDATE) served by a vendor URL, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            validatingWebhook(
                r,
                "secret-scanner",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["secrets"] }],
                { url: "https://scanner.vendor.example.com/validate" },
            );
        },
        refused: /secret-scanner|rs-controller-token|replicaset-controller/,
    },
    // The same with a catch-all validating webhook (every group and resource, served in-cluster by a Service in
    // platform): Secrets are among `*`, so the Service's pods are sent the token.
    // Was a MISS (fixed in round 36): as above, through a catch-all validating webhook served in-cluster.
    {
        name: "neighbour: a ValidatingWebhookConfiguration on */* (every resource) served by a Service in platform, next to a stack token Secret of kube-system/job-controller",
        stack: "curity",
        edit: r => {
            tokenSecret(r, "job-controller-token", "kube-system", "job-controller");
            validatingWebhook(
                r,
                "audit-everything",
                [{ apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: ["*/*"] }],
                { service: { name: "audit-webhook", namespace: "platform", path: "/validate" } },
            );
        },
        refused: /audit-everything|job-controller-token|job-controller/,
    },
    // Neighbour: a webhook on DELETE alone is sent the Secret being deleted as oldObject ("kube-apiserver Admission
    // (v1)", AdmissionRequest.oldObject: "the existing object. Only populated for DELETE and UPDATE requests"), so a
    // "deletion guard" on Secrets reads the token of the one it guards.
    {
        name: "neighbour: a ValidatingWebhookConfiguration on core secrets (DELETE only, a deletion guard) served by a vendor URL, next to a stack token Secret of kube-system/daemon-set-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "ds-controller-token", "kube-system", "daemon-set-controller");
            validatingWebhook(
                r,
                "secret-delete-guard",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["DELETE"], resources: ["secrets"] }],
                { url: "https://guard.vendor.example.com/validate" },
            );
        },
        refused: /secret-delete-guard|ds-controller-token|daemon-set-controller/,
    },
    // Neighbour: `*` on the core group (every core resource, no subresource) at every operation, limited by a
    // namespaceSelector to kube-system, where the token Secret is: the selector limits nothing it needs.
    {
        name: "neighbour: a ValidatingWebhookConfiguration on core * (every operation) selecting namespace kube-system by name, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            k8s(r, VALIDATING, "kube-system-audit", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "kube-system-audit" },
                webhooks: [
                    {
                        name: "kube-system-audit.vendor.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { url: "https://audit.vendor.example.com/validate" },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
                        rules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["*"], resources: ["*"] }],
                    },
                ],
            });
        },
        refused: /kube-system-audit|rs-controller-token|replicaset-controller/,
    },
    // A ValidatingAdmissionPolicy's auditAnnotations are recorded on the request's audit event (Kubernetes
    // "Validating Admission Policy", "Audit annotations": "valueExpression ... the resulting value is recorded in the
    // audit event"), and the admitted `object` of a Secret write carries its data. This one copies every matched
    // Secret's token into the audit log, where EKS control-plane logging sends it to CloudWatch Logs
    // (/aws/eks/<cluster>/cluster), readable by whoever reads that log group. The pack refuses a policy taking Secrets
    // as params for exactly this channel ("hand them to the requester or the audit log", kubernetes.ts secretReaders);
    // the Secret as the admitted object is the same data.
    // Was a MISS (fixed in round 36, kubernetes.ts validatingPolicyEchoesData): only ValidatingAdmissionPolicies with
    // Secret params were judged (secretReaders); one whose matched
    // object is a Secret and whose auditAnnotations echo object.data writes the token into the audit event. Docs:
    // Kubernetes API ValidatingAdmissionPolicySpec.auditAnnotations ("CEL expressions which are used to produce audit
    // annotations for the audit event of the API request"); EKS control-plane logging (audit log to CloudWatch Logs).
    {
        name: "a ValidatingAdmissionPolicy on core secrets whose auditAnnotation records object.data.token, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-fingerprint",
                {
                    validations: [{ expression: "true" }],
                    auditAnnotations: [
                        {
                            key: "token",
                            valueExpression:
                                "has(object.data) && 'token' in object.data ? string(object.data['token']) : 'none'",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /secret-fingerprint|rs-controller-token|replicaset-controller/,
    },
    // Neighbour: the data reaches the requester's denial through a variable (a validation's messageExpression "has
    // access to all the same variables as the expression": admissionregistration/v1 Validation), on a Deny policy.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets whose messageExpression echoes a variable holding object.data (Deny), next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-size-limit",
                {
                    variables: [
                        { name: "payload", expression: "has(object.data) ? object.data : {}" },
                        {
                            name: "keys",
                            expression: "variables.payload.map(k, k + '=' + string(variables.payload[k]))",
                        },
                    ],
                    validations: [
                        {
                            expression: "size(variables.keys) < 16",
                            messageExpression: "'too many keys: ' + variables.keys.join(',')",
                        },
                    ],
                },
                ["Deny"],
            );
        },
        refused: /secret-size-limit|rs-controller-token|replicaset-controller/,
    },
    // Neighbour: the existing object's data (oldObject, in bracket form) into an audit annotation, on UPDATE.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets whose auditAnnotation records oldObject['data'] (Audit), next to a stack token Secret of kube-system/job-controller",
        stack: "curity",
        edit: r => {
            tokenSecret(r, "job-controller-token", "kube-system", "job-controller");
            secretPolicy(
                r,
                "secret-diff",
                {
                    validations: [{ expression: "true" }],
                    auditAnnotations: [
                        {
                            key: "previous",
                            valueExpression: "oldObject == null ? 'created' : string(oldObject['data'])",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /secret-diff|job-controller-token|job-controller/,
    },
    // Binding a pod to a node is `create` on pods/binding (the scheduler's Binding: Kubernetes API "Binding", "create
    // binding of a Pod"; the built-in system:kube-scheduler ClusterRole holds create on bindings and pods/binding). A
    // Binding names the node directly, past the scheduler's TaintToleration filter, and the kubelet admits a pod
    // whatever NoSchedule taints its node has (kubelet admission checks only NoExecute: the round-28 reading of a
    // mutating webhook on pods/binding, refused). The stack keeps its pods off an outside EC2NodeClass's pool only by
    // a NoSchedule taint; a batch scheduler allowed to bind any pod binds the signer's pending pod (every rollout,
    // eviction or node drain makes one) to that pool's node, whose user data and instance metadata the stack cannot
    // read. The pack counted RBAC update/patch on nodes (untainting) and webhooks on bindings for this, not RBAC create
    // on the binding subresource itself.
    // Was a MISS (fixed in round 36, saPowerOfRule next to the node untainting, taintReliantPools `bind`): it counted update/patch nodes (untainting) where the stack relies on NoSchedule taints
    // (taintReliantPools), but not create pods/binding or bindings, which places a pending pod on a named node past the
    // scheduler; the kubelet admits it (Kubernetes core/v1 TaintEffect NoSchedule: "allow all pods submitted to
    // Kubelet without going through the scheduler to start"; round 28 refuses the same through a mutating webhook on
    // pods/binding).
    {
        name: "a ClusterRole creating pods/binding and bindings (a batch scheduler) bound to platform/batch-scheduler, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            clusterRoleForSa(r, "batch-scheduler", BINDING_RULES, "platform", "batch-scheduler");
        },
        refused: /batch-scheduler/,
    },
    // The same power through a Role in the signer's own namespace only, granted to a human group: the signer's pods
    // are pending in validators at every rollout, and a `kubectl create -f binding.yaml` for one of them names the
    // tainted pool's node.
    // Was a MISS (fixed in round 36): as above, a namespaced Role in the signer's namespace (a power over the
    // ServiceAccounts of validators, whose pods it places).
    {
        name: "neighbour: a Role in validators letting platform-devs create pods/binding, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "batch", "batch-class", [{ key: "dedicated", value: "batch", effect: "NoSchedule" }]);
            k8sRole(r, "signer-binder", BINDING_RULES, "validators");
            bind(r, "signer-binder", { kind: "Role", name: "signer-binder" }, [DEVS], "validators");
        },
        refused: /signer-binder/,
    },
    // Neighbour: the deprecated namespaced core `bindings` resource alone ("create a Binding", POST
    // /api/v1/namespaces/{namespace}/bindings), cluster-wide for a human group, next to a pool with a NoSchedule and a
    // PreferNoSchedule taint (neither stops the kubelet).
    {
        name: "neighbour: a ClusterRole creating core bindings (deprecated Binding) bound to platform-devs, next to a NodePool tainted NoSchedule and PreferNoSchedule on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "spot", "spot-class", [
                { key: "dedicated", value: "spot", effect: "NoSchedule" },
                { key: "spot", value: "true", effect: "PreferNoSchedule" },
            ]);
            k8sRole(r, "legacy-binder", [{ apiGroups: [""], resources: ["bindings"], verbs: ["create"] }]);
            bind(r, "legacy-binder", { kind: "ClusterRole", name: "legacy-binder" }, [DEVS]);
        },
        refused: /legacy-binder/,
    },
    // Neighbour: `*/binding` (the binding subresource of every resource) with verb `*`, in validators.
    {
        name: "neighbour: a Role in validators with verb * on */binding bound to platform/batch-scheduler, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            serviceAccount(r, "platform", "batch-scheduler");
            k8sRole(r, "any-binding", [{ apiGroups: [""], resources: ["*/binding"], verbs: ["*"] }], "validators");
            bind(
                r,
                "any-binding",
                { kind: "Role", name: "any-binding" },
                [{ kind: "ServiceAccount", name: "batch-scheduler", namespace: "platform" }],
                "validators",
            );
        },
        refused: /any-binding/,
    },
];

const secure: Case[] = [
    // In-place pod resize (Kubernetes 1.33+, "Resize CPU and Memory Resources assigned to Containers"): the
    // pods/resize subresource changes only containers' resources requests/limits and resizePolicy; the Vertical Pod
    // Autoscaler's InPlaceOrRecreate mode patches it. No image, command, volume or ServiceAccount changes.
    {
        name: "a VPA updater Role in validators: get/list/watch pods and patch pods/resize (in-place resize), bound to platform/vpa-updater",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "platform", "vpa-updater");
            k8sRole(
                r,
                "vpa-resize",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/resize"], verbs: ["patch"] },
                ],
                "validators",
            );
            bind(
                r,
                "vpa-resize",
                { kind: "Role", name: "vpa-resize" },
                [{ kind: "ServiceAccount", name: "vpa-updater", namespace: "platform" }],
                "validators",
            );
        },
    },
    // kubectl port-forward is `create` on pods/portforward: a TCP stream to a port of an existing pod, no command,
    // no pod spec (Kubernetes API, "Connect Portforward"). In tools (restricted) for debugging.
    {
        name: "platform-devs may port-forward to and read logs of pods in tools (restricted): create pods/portforward, get pods/log",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            k8sRole(
                r,
                "tools-debug",
                [
                    { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/portforward"], verbs: ["create"] },
                ],
                "tools",
            );
            bind(r, "tools-debug", { kind: "Role", name: "tools-debug" }, [DEVS], "tools");
        },
    },
    // A batch scheduler binding pods where no pool of the stack is kept off by taints alone: every node the stack
    // knows is judged, so placing a pod on any of them exposes nothing (control for the insecure case above).
    {
        name: "a ClusterRole creating pods/binding and bindings (a batch scheduler) bound to platform/batch-scheduler, no tainted outside pool",
        stack: "prod",
        edit: r => clusterRoleForSa(r, "batch-scheduler", BINDING_RULES, "platform", "batch-scheduler"),
    },
    // A selector-less Service for an external database with its own EndpointSlice (Kubernetes "Services without
    // selectors": "you can add EndpointSlices manually"), a VPC address: routing, no capture of node-local traffic.
    {
        name: "a selector-less ClusterIP Service in tools for an external database and its manual EndpointSlice (10.0.5.20:5432)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            k8s(r, "kubernetes:core/v1:Service", "tools-reports-db", {
                apiVersion: "v1",
                kind: "Service",
                metadata: { name: "reports-db", namespace: "tools" },
                spec: { ports: [{ name: "pg", port: 5432, protocol: "TCP", targetPort: 5432 }] },
            });
            k8s(r, "kubernetes:discovery.k8s.io/v1:EndpointSlice", "tools-reports-db-1", {
                apiVersion: "discovery.k8s.io/v1",
                kind: "EndpointSlice",
                metadata: {
                    name: "reports-db-1",
                    namespace: "tools",
                    labels: {
                        "kubernetes.io/service-name": "reports-db",
                        "endpointslice.kubernetes.io/managed-by": "platform.example.com",
                    },
                },
                addressType: "IPv4",
                ports: [{ name: "pg", port: 5432, protocol: "TCP" }],
                endpoints: [{ addresses: ["10.0.5.20"], conditions: { ready: true } }],
            });
        },
    },
    // A validating policy on Secrets that reads only type and labels and echoes nothing of their data: denying
    // legacy token Secrets outside kube-system (a hardening control), next to no token Secret of the stack.
    {
        name: "a ValidatingAdmissionPolicy on core secrets denying type kubernetes.io/service-account-token outside kube-system (reads type and namespace only)",
        stack: "prod",
        edit: r =>
            secretPolicy(
                r,
                "no-legacy-tokens",
                {
                    validations: [
                        {
                            expression:
                                "object.type != 'kubernetes.io/service-account-token' || object.metadata.namespace == 'kube-system'",
                            message: "legacy ServiceAccount token Secrets are not allowed here",
                        },
                    ],
                },
                ["Deny"],
            ),
    },
    // A validating webhook on Secrets where the stack holds no token Secret: the image-pull-secret policy check of
    // a registry vendor (the pack reads no Secret as a path to a runtime role but the stack's token Secrets).
    {
        name: "a ValidatingWebhookConfiguration on core secrets (CREATE) served by a Service in platform, no token Secret in the stack",
        stack: "curity",
        edit: r =>
            validatingWebhook(
                r,
                "pull-secret-policy",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["secrets"] }],
                { service: { name: "pull-secret-policy", namespace: "platform", path: "/validate" } },
            ),
    },
    // Neighbour (control): a validating webhook on Secrets at CREATE alone, next to a stack token Secret: the Secret
    // is created empty and the token controller fills data.token by UPDATE (kube-controller-manager tokens
    // controller, generateTokenIfNeeded: secrets.Update), which the webhook is not sent; at CREATE oldObject is null.
    {
        name: "neighbour: a ValidatingWebhookConfiguration on core secrets (CREATE only) served by a Service in platform, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            validatingWebhook(
                r,
                "pull-secret-policy",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["secrets"] }],
                { service: { name: "pull-secret-policy", namespace: "platform", path: "/validate" } },
            );
        },
    },
    // Neighbour (control): a validating webhook on Secrets (UPDATE) selecting only namespace tools by name, next to a
    // stack token Secret in kube-system: the API server calls it for objects of tools only (Dynamic Admission Control,
    // "Matching requests: namespaceSelector").
    {
        name: "neighbour: a ValidatingWebhookConfiguration on core secrets (UPDATE) selecting namespace tools by name, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools");
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            k8s(r, VALIDATING, "tools-secrets", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "tools-secrets" },
                webhooks: [
                    {
                        name: "tools-secrets.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "tools-secrets", namespace: "platform", path: "/validate" } },
                        namespaceSelector: {
                            matchExpressions: [
                                { key: "kubernetes.io/metadata.name", operator: "In", values: ["tools"] },
                            ],
                        },
                        rules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["secrets"] },
                        ],
                    },
                ],
            });
        },
    },
    // Neighbour (control): a validating policy on Secrets whose messageExpression and auditAnnotation name the
    // Secret and its type only (the words "object" and "data" inside string literals), next to a stack token Secret.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets echoing object.metadata.name and object.type only, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-type-audit",
                {
                    variables: [{ name: "legacy", expression: "object.type == 'kubernetes.io/service-account-token'" }],
                    validations: [
                        {
                            expression: "!variables.legacy || object.metadata.namespace == 'kube-system'",
                            messageExpression:
                                "'object data withheld; Secret ' + object.metadata.name + ' has type ' + object.type",
                        },
                    ],
                    auditAnnotations: [
                        { key: "secret-type", valueExpression: "object.type + (variables.legacy ? ' (legacy)' : '')" },
                    ],
                },
                ["Deny", "Audit"],
            );
        },
    },
    // Neighbour (control): a batch scheduler's bindings next to a pool tainted NoExecute: the kubelet refuses a bound
    // pod that does not tolerate its node's NoExecute taints ("Kubelet is only interested in the NoExecute taint":
    // kubernetes pkg/kubelet/lifecycle/predicate.go generalFilter), so a Binding places no stack pod there.
    {
        name: "neighbour: a ClusterRole creating pods/binding and bindings bound to platform/batch-scheduler, next to a NodePool on an outside EC2NodeClass tainted NoExecute",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoExecute" }]);
            clusterRoleForSa(r, "batch-scheduler", BINDING_RULES, "platform", "batch-scheduler");
        },
    },
];

describeStackCases("red-team 36: Kubernetes/EKS API level", insecure, secure);
