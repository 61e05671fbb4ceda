// Red-team round 41 on the Kubernetes/EKS API level (fresh eyes): round 39's create+read Secrets rule when the two
// halves are held by a ServiceAccount and by its own group (system:serviceaccounts:<ns>), Argo CD's own Secret
// (argocd-secret: the admin password hash and the session signing key) next to round 36's by-name reading of its
// ConfigMaps, admission on pods/binding next to a NoSchedule-tainted outside pool (round 36), CEL string literals the
// pack strips before reading expressions (round 39), and secure neighbours of rounds 36–40 (kubelet-serving CSRs,
// eviction and scheduling gates beside a tainted pool, a ValidatingAdmissionPolicy on Bindings, Secret rules in tools).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { k8s, namespace, restricted, roleFor, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
const SECRET = "kubernetes:core/v1:Secret";
const CSR = "kubernetes:certificates.k8s.io/v1:CertificateSigningRequest";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const PEM_CSR = Buffer.from(
    "-----BEGIN CERTIFICATE REQUEST-----\nMIIBVDCB/AIBADBOMRUwEwYDVQQKEwxzeXN0ZW06bm9kZXMxNTAzBgNVBAMTLHN5\n-----END CERTIFICATE REQUEST-----\n",
).toString("base64");

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

/** A ValidatingAdmissionPolicy on core secrets (CREATE, UPDATE), failurePolicy Ignore, with its binding. */
function secretPolicy(r: Resources, name: string, policySpec: Record<string, unknown>, actions: string[]): void {
    k8s(r, VAP, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Ignore",
            matchConstraints: {
                resourceRules: [
                    { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["secrets"] },
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
const GPU_TAINT = [{ key: "nvidia.com/gpu", value: "true", effect: "NoSchedule" }];

/** A restricted Deployment `name` in `ns` running as ServiceAccount `sa`, with extra pod fields. */
function deployment(r: Resources, ns: string, name: string, sa: string, pod: Record<string, unknown> = {}): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [{ name, image: `registry.example.com/${name}:1.0.0`, securityContext: restricted }],
                    ...pod,
                },
            },
        },
    });
}

const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };

/** A Gateway API ReferenceGrant `<ns>-grant` in `ns` (v1beta1 unless given) with these `from` and `to` lists. */
function referenceGrant(r: Resources, ns: string, from: object[], to: object[], version = "v1beta1"): void {
    k8s(r, `kubernetes:gateway.networking.k8s.io/${version}:ReferenceGrant`, `${ns}-grant`, {
        apiVersion: `gateway.networking.k8s.io/${version}`,
        kind: "ReferenceGrant",
        metadata: { name: "tls-grant", namespace: ns },
        spec: { from, to },
    });
}
const GATEWAY_FROM = { group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "ingress" };
const EDGE_TLS = { group: "", kind: "Secret", name: "edge-tls" };

const CI_SA = { kind: "ServiceAccount", name: "deployer", namespace: "ci" };

const insecure: Case[] = [
    // Was a MISS (fixed in round 41): round 39 pairs Secret creators with Secret readers only when both bindings name the same subject
    // (subjectKey equality), but a ServiceAccount also holds whatever is bound to its groups: Kubernetes "Using RBAC
    // Authorization", "Referring to subjects": ServiceAccounts "belong to groups that have names prefixed with
    // system:serviceaccounts:" (system:serviceaccounts, system:serviceaccounts:<namespace>), the very groups the page's
    // examples bind. So ci/deployer may create any Secret in kube-system (through its namespace's group) and get
    // ci-token (through its own binding): it creates ci-token as a kubernetes.io/service-account-token Secret for
    // replicaset-controller, the control plane fills it, and it reads a non-expiring token of that controller, whose
    // bootstrap ClusterRole creates pods anywhere (every ServiceAccount, the runtime ones included). The neighbour with
    // both halves on ci/deployer itself is refused. Fix: when pairing creators and readers, give a ServiceAccount
    // subject what Groups system:serviceaccounts, system:serviceaccounts:<its namespace> and system:authenticated hold.
    {
        name: "kube-system: Group system:serviceaccounts:ci may create secrets, ServiceAccount ci/deployer may get the secret ci-token (one subject, two bindings)",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "ci-secret-writer",
                [SECRET_CREATE],
                [{ kind: "Group", name: "system:serviceaccounts:ci", apiGroup: RBAC }],
                "kube-system",
            );
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] }],
                [CI_SA],
                "kube-system",
            );
        },
        refused: /ci-token|ci-secret-writer|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 41): the same with the creating half bound cluster-wide to every ServiceAccount (Group system:serviceaccounts, a
    // "secret generator" ClusterRoleBinding) and the reading half a named get in kube-system; Pod Identity stack.
    {
        name: "a ClusterRoleBinding lets Group system:serviceaccounts create secrets everywhere; ci/deployer may get kube-system's secret ci-token, Pod Identity stack",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "secret-generator",
                [SECRET_CREATE],
                [{ kind: "Group", name: "system:serviceaccounts", apiGroup: RBAC }],
            );
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] }],
                [CI_SA],
                "kube-system",
            );
        },
        refused: /ci-token|secret-generator|kube-controller-manager/,
    },
    // Was a MISS (fixed in round 41): the pack reads Argo CD's configuration by name (argocd-cm, argocd-rbac-cm, argocd-cmd-params-cm: whoever
    // writes them, or gets more than read-only access through them, acts cluster-wide as Argo CD's application
    // controller) but not its Secret: argocd-secret holds `server.secretkey`, "random server signature key for session
    // validation", and `admin.password`, the local admin's bcrypt hash (Argo CD operator manual, "argocd-secret.yaml";
    // "Security", Authentication: the local admin's JWT is "signed & issued by the Argo CD API server itself"). Whoever
    // reads it signs an admin session token and syncs any Application, deployed by the controller as itself
    // (cluster-wide, as the README says of role:admin in argocd-rbac-cm). Accepted clean. Fix: name argocd-secret beside
    // the ConfigMaps (any namespace): reading or writing it, or every Secret of namespace argocd, counts cluster-wide.
    {
        name: "argocd: a Role letting platform-devs get and list secrets (argocd-secret: server.secretkey, admin.password)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-secret-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] }],
                [DEVS],
                "argocd",
            ),
        refused: /argocd/,
    },
    // Was a MISS (fixed in round 41): writing argocd-secret's admin.password is Argo CD's own documented admin password reset (Argo CD FAQ, "I
    // forgot the admin password, how do I reset it?": `kubectl -n argocd patch secret argocd-secret` with a new bcrypt
    // admin.password): platform-devs log in as admin, with role:admin, and sync anything cluster-wide. Accepted clean.
    // Fix: as above (a write of argocd-secret, by name or every Secret of argocd, is Argo CD admin).
    {
        name: "argocd: a Role letting platform-devs patch the secret argocd-secret (the admin password reset of Argo CD's FAQ)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "argocd-password-reset",
                [
                    {
                        apiGroups: [""],
                        resources: ["secrets"],
                        resourceNames: ["argocd-secret"],
                        verbs: ["get", "patch"],
                    },
                ],
                [DEVS],
                "argocd",
            ),
        refused: /argocd/,
    },
    // Was a MISS (fixed in round 41): round 39's create+read rule mints a legacy token for every ServiceAccount "the stack knows" in the
    // namespace; Argo CD's are not declared by the stack (installed beside it, as the README assumes of argocd), yet
    // argocd/argocd-application-controller holds the install manifests' ClusterRole argocd-application-controller
    // (apiGroups *, resources *, verbs *). Creating a kubernetes.io/service-account-token Secret annotated with it and
    // reading it back is cluster-admin (Kubernetes "Configure Service Accounts for Pods", "Manually create a long-lived
    // API token for a ServiceAccount"). Repository and cluster credentials are Secrets of argocd, so this Role is what a
    // platform team writes. Fix: in argocd (and any namespace whose ServiceAccounts the pack cannot enumerate, as a
    // reader of an undeclared role is read) count create+read Secrets as the namespace's controllers: cluster-wide.
    {
        name: "argocd: a Role letting platform-devs create and get secrets (a legacy token for argocd/argocd-application-controller)",
        stack: "trust-domain",
        edit: r =>
            roleFor(
                r,
                "argocd-repo-creds",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get", "list"] }],
                [DEVS],
                "argocd",
            ),
        refused: /argocd/,
    },
    // A Binding passes admission as CREATE of pods/binding (Kubernetes API "Binding"); a mutating webhook on it may
    // rewrite its target node, so next to a NoSchedule-only pool it places pods there as a binder does (round 36).
    {
        name: "a MutatingWebhookConfiguration on pods/binding (CREATE) served in platform, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", GPU_TAINT);
            k8s(r, MUTATING, "binding-rewriter", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "binding-rewriter" },
                webhooks: [
                    {
                        name: "binding-rewriter.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "binpack", namespace: "platform", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods/binding"],
                            },
                        ],
                    },
                ],
            });
        },
        refused: /binding-rewriter/,
    },
    // Was a MISS (fixed in round 41): before reading a CEL expression the pack blanks string literals with a regex of single- and double-quoted
    // literals with backslash escapes (celErrorQuotesData), which does not lex CEL: cel-spec langdef "String and Bytes
    // Values": "Triple-quoted string literals are delimited by three single-quotes ... and may contain any unescaped
    // characters except for the delimiter sequence" ('''x''x''' is one literal). Here the regex reads '''it as an
    // empty literal and an opening quote, closes at the apostrophe of "it's", and blanks everything up to the next
    // quote, string(object.data.token) included: the audit annotation writes the replicaset-controller token into the
    // audit log and the pack accepts it clean (the single-quoted neighbour is refused). Fix: lex CEL literals (triple
    // quotes first, then raw and bytes prefixes) before reading.
    {
        name: "a ValidatingAdmissionPolicy on core secrets whose auditAnnotation hides string(object.data.token) between triple-quoted literals holding an apostrophe, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-notes",
                {
                    validations: [{ expression: "true" }],
                    auditAnnotations: [
                        {
                            key: "note",
                            valueExpression:
                                "'''it's a token: ''' + (has(object.data) && 'token' in object.data ? string(object.data.token) : '') + ''' (don't log)'''",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /secret-notes|rs-controller-token|replicaset-controller/,
    },
    // Was a MISS (fixed in round 41): the same lexing defect with a raw string: cel-spec: "If preceded by an `r` or `R` character, the string is
    // a raw string and does not interpret escape sequences", so r'share\' ends at its second quote; the pack's regex
    // reads the backslash-quote as an escaped quote and blanks ' + string(object.data.token) + r', and the denial
    // message handed to the requester carries the token. Accepted clean. Fix: as above.
    {
        name: "a ValidatingAdmissionPolicy on core secrets whose messageExpression follows a raw string ending in a backslash (r'share\\') with string(object.data.token), next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-paths",
                {
                    validations: [
                        {
                            expression: "!has(object.data) || !('token' in object.data)",
                            messageExpression: "r'share\\' + string(object.data.token) + r'\\'",
                        },
                    ],
                },
                ["Deny"],
            );
        },
        refused: /secret-paths|rs-controller-token|replicaset-controller/,
    },
    // Round 39's rule as written: both halves on one subject.
    {
        name: "neighbour: kube-system: ServiceAccount ci/deployer itself may create secrets and get the secret ci-token (round 39's rule, one binding each)",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            roleFor(r, "ci-secret-writer", [SECRET_CREATE], [CI_SA], "kube-system");
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] }],
                [CI_SA],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // Round 36's echo in plain single-quoted literals: refused, so the two misses above are the literals' lexing.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets whose auditAnnotation is 'it is a token: ' + string(object.data.token) (single-quoted), next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-notes",
                {
                    validations: [{ expression: "true" }],
                    auditAnnotations: [
                        {
                            key: "note",
                            valueExpression:
                                "'it is a token: ' + (has(object.data) && 'token' in object.data ? string(object.data.token) : '')",
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /secret-notes|rs-controller-token|replicaset-controller/,
    },
    // Round 41's group rule the other way round: the reading half through system:authenticated (every authenticated
    // caller), the creating half on ci/deployer itself.
    {
        name: "neighbour: kube-system: Group system:authenticated may get the secret ci-token, ServiceAccount ci/deployer may create secrets",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            roleFor(r, "ci-secret-writer", [SECRET_CREATE], [CI_SA], "kube-system");
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] }],
                [{ kind: "Group", name: "system:authenticated", apiGroup: RBAC }],
                "kube-system",
            );
        },
        refused: /ci-token|kube-controller-manager/,
    },
    // The same union where Pod Security is judged: ci/deployer creates pods in a restricted namespace, and its
    // namespace's group may relabel that Namespace (privileged): together, a node's power.
    {
        name: "neighbour: ci/deployer may create pods in restricted namespace batch, Group system:serviceaccounts:ci may patch namespaces",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            namespace(r, "batch");
            roleFor(r, "batch-runner", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [CI_SA], "batch");
            roleFor(
                r,
                "ns-labeller",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"] }],
                [{ kind: "Group", name: "system:serviceaccounts:ci", apiGroup: RBAC }],
            );
        },
        refused: /batch-runner/,
    },
    // argocd-secret read by name outside the documented namespace (Argo CD installed elsewhere).
    {
        name: "neighbour: gitops: a Role letting platform-devs get the secret argocd-secret (Argo CD installed in another namespace)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "gitops-secret-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["argocd-secret"], verbs: ["get"] }],
                [DEVS],
                "gitops",
            ),
        refused: /argocd-secret/,
    },
    // argocd-secret read without RBAC: an admission policy's params (paramKind v1 Secret) named by its binding.
    {
        name: "neighbour: a ValidatingAdmissionPolicy with Secret params whose binding's paramRef names argocd/argocd-secret",
        stack: "pod-identity",
        edit: r => {
            k8s(r, VAP, "svc-guard", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "svc-guard" },
                spec: {
                    paramKind: { apiVersion: "v1", kind: "Secret" },
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["services"] },
                        ],
                    },
                    validations: [{ expression: "false", messageExpression: "string(params.data)" }],
                },
            });
            k8s(r, VAP_BINDING, "svc-guard-binding", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "svc-guard" },
                spec: {
                    policyName: "svc-guard",
                    validationActions: ["Deny"],
                    paramRef: { name: "argocd-secret", namespace: "argocd", parameterNotFoundAction: "Deny" },
                },
            });
        },
        refused: /argocd-secret/,
    },
    // Round 41's outside controllers: Flux's kustomize-controller (cluster-admin by its install) in flux-system. A
    // named create+get there mints its token; the stack does not declare it, Flux's install does.
    {
        name: "neighbour: flux-system: a Role letting platform-devs create secrets and get the secret flux-token (a legacy token for flux-system/kustomize-controller)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "flux-token",
                [
                    SECRET_CREATE,
                    { apiGroups: [""], resources: ["secrets"], resourceNames: ["flux-token"], verbs: ["get"] },
                ],
                [DEVS],
                "flux-system",
            ),
        refused: /kustomize-controller|flux-system/,
    },
    // The TokenRequest path to the same controllers: a token for argocd-application-controller by name.
    {
        name: "neighbour: argocd: a Role letting platform-devs create serviceaccounts/token for argocd-application-controller",
        stack: "trust-domain",
        edit: r =>
            roleFor(
                r,
                "argocd-controller-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        resourceNames: ["argocd-application-controller"],
                        verbs: ["create"],
                    },
                ],
                [DEVS],
                "argocd",
            ),
        refused: /argocd-controller-token/,
    },
    // CEL comments: `//` runs to the end of the line, an apostrophe in it opens no literal.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets whose messageExpression has a comment with an apostrophe before string(object.data.token)",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-comment",
                {
                    validations: [
                        {
                            expression: "!has(object.data) || !('token' in object.data)",
                            messageExpression: "'token: ' + // don't log it\nstring(object.data.token) + ''",
                        },
                    ],
                },
                ["Deny"],
            );
        },
        refused: /secret-comment|rs-controller-token|replicaset-controller/,
    },
    // A bytes literal in triple double quotes holding a lone double quote.
    {
        name: 'neighbour: a ValidatingAdmissionPolicy on core secrets whose auditAnnotation follows b"""a"b""" with string(object.data.token)',
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-bytes",
                {
                    validations: [{ expression: "true" }],
                    auditAnnotations: [
                        {
                            key: "note",
                            valueExpression:
                                'string(b"""a"b""") + (has(object.data) && \'token\' in object.data ? string(object.data.token) : "")',
                        },
                    ],
                },
                ["Audit"],
            );
        },
        refused: /secret-bytes|rs-controller-token|replicaset-controller/,
    },
    // Gateway TLS grants: every Secret of the namespace (no name).
    {
        name: "neighbour: a ReferenceGrant in certs letting Gateways of ingress reference every Secret (no name)",
        stack: "prod",
        edit: r => referenceGrant(r, "certs", [GATEWAY_FROM], [{ group: "", kind: "Secret" }]),
        refused: /certs-grant.*without a name/,
    },
    // ... a named Secret for HTTPRoutes (a route's reference, not a Gateway's certificate).
    {
        name: "neighbour: a ReferenceGrant in certs letting HTTPRoutes of ingress reference the Secret edge-tls",
        stack: "prod",
        edit: r =>
            referenceGrant(
                r,
                "certs",
                [{ group: "gateway.networking.k8s.io", kind: "HTTPRoute", namespace: "ingress" }],
                [EDGE_TLS],
            ),
        refused: /certs-grant.*HTTPRoute/,
    },
    // ... a named Secret of kube-system.
    {
        name: "neighbour: a ReferenceGrant in kube-system letting Gateways of ingress reference the Secret edge-tls",
        stack: "prod",
        edit: r => referenceGrant(r, "kube-system", [GATEWAY_FROM], [EDGE_TLS]),
        refused: /kube-system-grant.*kube-system/,
    },
    // ... a named Secret of the runtime namespace (validators/containment-chamber runs there).
    {
        name: "neighbour: a ReferenceGrant in validators letting Gateways of ingress reference the Secret edge-tls",
        stack: "pod-identity",
        edit: r => referenceGrant(r, "validators", [GATEWAY_FROM], [EDGE_TLS]),
        refused: /validators-grant.*runtime ServiceAccounts/,
    },
    // ... a named Secret for Gateways and for HTTPRoutes together (the `from` list is every source's).
    {
        name: "neighbour: a ReferenceGrant in certs letting Gateways and HTTPRoutes of ingress reference the Secret edge-tls",
        stack: "prod",
        edit: r =>
            referenceGrant(
                r,
                "certs",
                [GATEWAY_FROM, { group: "gateway.networking.k8s.io", kind: "HTTPRoute", namespace: "ingress" }],
                [EDGE_TLS],
            ),
        refused: /certs-grant.*HTTPRoute/,
    },
    // DECIDED (round 88, lead: RELABEL-ALONE): written as secure in round 41 (another namespace's group does not
    // relabel for ci/deployer), now insecure by the relabel itself: system:serviceaccounts:tools may patch every
    // Namespace, restricted batch among them ("Users who can perform patch operations on Namespace objects ... can
    // modify labels on that namespace. In clusters where Pod Security Admission is used, this may allow a user to
    // configure the namespace for a more permissive policy than intended by the administrators": Kubernetes "RBAC Good
    // Practices", "Namespace modification"), and every pod creator of batch then runs privileged pods
    // (kubernetes.ts relabelAlone).
    {
        name: "neighbour: ci/deployer may create pods in restricted namespace batch, Group system:serviceaccounts:tools may patch namespaces",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            namespace(r, "batch");
            roleFor(r, "batch-runner", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }], [CI_SA], "batch");
            roleFor(
                r,
                "ns-labeller",
                [{ apiGroups: [""], resources: ["namespaces"], verbs: ["get", "patch"] }],
                [{ kind: "Group", name: "system:serviceaccounts:tools", apiGroup: RBAC }],
            );
        },
        refused: /may rewrite the labels of Namespace batch/,
    },
];

const secure: Case[] = [
    // The two halves through the group and the ServiceAccount in tools, where no known ServiceAccount holds power.
    {
        name: "tools: Group system:serviceaccounts:ci may create secrets, ci/deployer may get tools' secret ci-token (no ServiceAccount with power in tools)",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "ci-secret-writer",
                [SECRET_CREATE],
                [{ kind: "Group", name: "system:serviceaccounts:ci", apiGroup: RBAC }],
                "tools",
            );
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] }],
                [CI_SA],
                "tools",
            );
        },
    },
    // Reading Applications and AppProjects changes nothing Argo CD deploys (argoproj.io custom resources, read only).
    {
        name: "argocd: a Role letting platform-devs read Argo CD Applications and AppProjects (argoproj.io get/list/watch)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-app-viewer",
                [
                    {
                        apiGroups: ["argoproj.io"],
                        resources: ["applications", "appprojects"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
                [DEVS],
                "argocd",
            ),
    },
    // Round 39 accepts serving signers with serving usages; kubelet-serving "Permitted key usages": key encipherment,
    // digital signature, server auth (Kubernetes "Certificate Signing Requests", "Kubernetes signers").
    {
        name: "a CertificateSigningRequest of the stack for kubernetes.io/kubelet-serving (digital signature, key encipherment, server auth)",
        stack: "prod",
        edit: r =>
            k8s(r, CSR, "node-serving", {
                apiVersion: "certificates.k8s.io/v1",
                kind: "CertificateSigningRequest",
                metadata: { name: "node-serving" },
                spec: {
                    request: PEM_CSR,
                    signerName: "kubernetes.io/kubelet-serving",
                    usages: ["digital signature", "key encipherment", "server auth"],
                },
            }),
    },
    // An Eviction deletes a pod through its disruption budget; it names no node (Kubernetes "API-initiated Eviction"),
    // unlike a Binding: nothing passes the pool's NoSchedule taint.
    {
        name: "a Role in tools letting platform/descheduler create pods/eviction and get/list pods, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", GPU_TAINT);
            serviceAccount(r, "platform", "descheduler");
            roleFor(
                r,
                "tools-evictor",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                ],
                [{ kind: "ServiceAccount", name: "descheduler", namespace: "platform" }],
                "tools",
            );
        },
    },
    // Kubernetes "Pod Scheduling Readiness": schedulingGates only hold a pod back from the scheduler.
    {
        name: "a restricted Deployment in tools with a scheduling gate, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass (it does not tolerate the taint)",
        stack: "pod-identity",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", GPU_TAINT);
            serviceAccount(r, "tools", "batch");
            deployment(r, "tools", "batch", "batch", { schedulingGates: [{ name: "example.com/quota" }] });
        },
    },
    // A validating policy on Bindings can only refuse them (it rewrites nothing): it narrows where pods go.
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) on pods/binding refusing Bindings of validators' pods to any node but the custody pool's, next to a NoSchedule-tainted NodePool",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", GPU_TAINT);
            k8s(r, VAP, "custody-binding", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "custody-binding" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods/binding"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "request.namespace != 'validators' || object.target.name.startsWith('ip-10-0-8-')",
                            message: "validators pods bind only to the custody subnet's nodes",
                        },
                    ],
                },
            });
            k8s(r, VAP_BINDING, "custody-binding-binding", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "custody-binding-binding" },
                spec: { policyName: "custody-binding", validationActions: ["Deny"] },
            });
        },
    },
    // The triple-quoted literal of the miss above, with nothing but metadata after it (the same blanking is harmless).
    {
        name: "a ValidatingAdmissionPolicy on core secrets whose messageExpression quotes a triple-quoted literal with an apostrophe and the Secret's name, next to a stack token Secret of kube-system/replicaset-controller",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-size",
                {
                    validations: [
                        {
                            expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 65536)",
                            messageExpression: "'''Secret's values must stay under 64 KiB: ''' + object.metadata.name",
                        },
                    ],
                },
                ["Deny"],
            );
        },
    },
    // Reading argocd-cm and argocd-rbac-cm changes nothing (the README counts their writes).
    {
        name: "argocd: a Role letting platform-devs get and list ConfigMaps (argocd-cm, argocd-rbac-cm read-only)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "argocd-config-viewer",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }],
                [DEVS],
                "argocd",
            ),
    },
    // Was a MISS (fixed in round 41) (secure refused): the pack accepts a ReferenceGrant only when its `to` names core Services, so Gateway API's
    // own TLS pattern is refused: a Gateway in ingress terminating TLS with a certificate Secret of a certs namespace,
    // granted by name (Gateway API "ReferenceGrant" / GEP-709: Gateways' certificateRefs to Secrets of another
    // namespace need one). The Gateway implementation loads tls.crt/tls.key and presents the certificate; no byte of
    // the Secret reaches the Gateway's author, and a token Secret (no tls.crt/tls.key) is an invalid certificateRef
    // that is never served. No custody asset or runtime ServiceAccount is reached. Fix: accept a Secret entry with a
    // `name`, from Gateways only, in a namespace other than the runtime ones and kube-system.
    {
        name: "a ReferenceGrant in certs letting Gateways of ingress reference the TLS Secret edge-tls (by name)",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:gateway.networking.k8s.io/v1beta1:ReferenceGrant", "certs-edge-tls", {
                apiVersion: "gateway.networking.k8s.io/v1beta1",
                kind: "ReferenceGrant",
                metadata: { name: "edge-tls", namespace: "certs" },
                spec: {
                    from: [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "ingress" }],
                    to: [{ group: "", kind: "Secret", name: "edge-tls" }],
                },
            }),
    },
    // Round 41's group rule: the group of another namespace's ServiceAccounts is not ci/deployer's.
    {
        name: "neighbour: kube-system: Group system:serviceaccounts:tools may create secrets, ci/deployer may get the secret ci-token (not its group)",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "tools-secret-writer",
                [SECRET_CREATE],
                [{ kind: "Group", name: "system:serviceaccounts:tools", apiGroup: RBAC }],
                "kube-system",
            );
            roleFor(
                r,
                "ci-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["ci-token"], verbs: ["get"] }],
                [CI_SA],
                "kube-system",
            );
        },
    },
    // Argo CD's repository credentials are other Secrets of argocd: reading one by name is not argocd-secret.
    {
        name: "neighbour: argocd: a Role letting platform-devs get the secret repo-creds-github (not argocd-secret)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "argocd-repo-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["repo-creds-github"], verbs: ["get"] }],
                [DEVS],
                "argocd",
            ),
    },
    // Reading every Secret of a namespace without Argo CD or an outside controller.
    {
        name: "neighbour: tools: a Role letting platform-devs get and list secrets (no argocd-secret there)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "tools-secret-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] }],
                [DEVS],
                "tools",
            ),
    },
    // flux-system without the creating half: reading one named Secret mints nothing.
    {
        name: "neighbour: flux-system: a Role letting platform-devs get the secret flux-token (no create)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "flux-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["flux-token"], verbs: ["get"] }],
                [DEVS],
                "flux-system",
            ),
    },
    // The raw literal of the miss above, with only a size of the data after it.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets whose messageExpression follows r'share\\' with string(size(object.data)), next to a stack token Secret",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-count",
                {
                    validations: [
                        {
                            expression: "!has(object.data) || size(object.data) <= 8",
                            messageExpression: "r'share\\' + string(size(object.data)) + r' keys'",
                        },
                    ],
                },
                ["Deny"],
            );
        },
    },
    // A literal's text is no read: a triple-quoted literal naming object.data.token, a comment naming it too.
    {
        name: "neighbour: a ValidatingAdmissionPolicy on core secrets whose messageExpression is a triple-quoted literal naming object.data.token and a comment, next to a stack token Secret",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(
                r,
                "secret-note",
                {
                    validations: [
                        {
                            expression: "!has(object.data) || !('token' in object.data)",
                            messageExpression:
                                "'''object.data.token isn't accepted here''' // never string(object.data.token)\n + ''",
                        },
                    ],
                },
                ["Deny"],
            );
        },
    },
    // Two named TLS Secrets for Gateways of two namespaces (ReferenceGrant v1).
    {
        name: "neighbour: a ReferenceGrant (v1) in certs letting Gateways of ingress and edge reference the TLS Secrets edge-tls and edge-tls-ecdsa",
        stack: "pod-identity",
        edit: r =>
            referenceGrant(
                r,
                "certs",
                [GATEWAY_FROM, { ...GATEWAY_FROM, namespace: "edge" }],
                [EDGE_TLS, { ...EDGE_TLS, name: "edge-tls-ecdsa" }],
                "v1",
            ),
    },
];

describeStackCases("red-team 41: Kubernetes/EKS API level", insecure, secure);
