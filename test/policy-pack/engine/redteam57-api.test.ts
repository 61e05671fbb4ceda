// Red-team round 57 on the Kubernetes/EKS API level (fresh eyes), away from round 56's Kyverno/Crossplane/Knative
// labels: the kubelet API and websocket upgrades (`get` on nodes/proxy and pods/attach: kubernetes/kubernetes#78741,
// #136550 and the Kubernetes "Kubelet authentication/authorization" warning on get nodes/proxy), RBAC subjects spelled
// without a namespace in a RoleBinding (the binding's, rbac validation rule.go appliesToUser) or as a namespace's
// ServiceAccount group, a named patch of a running pod (image swap), `*/ephemeralcontainers`, CSR approval by the
// domain wildcard signer name (`kubernetes.io/*`, Kubernetes "Certificate Signing Requests", Authorization), a named
// patch of an existing mutating webhook configuration (EKS's pod-identity-webhook), an EKS access policy association
// whose namespace scope is a wildcard suffix (EKS user guide, "Associate access policies with access entries"), an
// access entry's kubernetesGroups bound to exec by a stack RoleBinding, a read-everything ClusterRole (get on */*),
// the built-in ClusterRole system:node bound by RBAC (its serviceaccounts/token create unlimited by the Node
// authorizer), impersonation of containment-chamber by name through a ClusterRoleBinding.
// Secure neighbours a platform team writes: metrics-server's ClusterRole (nodes/metrics, the Metrics API reader) and
// a monitoring agent using the kubelet's fine-grained subresources (nodes/pods, nodes/healthz, nodes/configz:
// KubeletFineGrainedAuthz), a DNS team patching kube-system/coredns by name, kube-rbac-proxy's TokenReview and
// SubjectAccessReview creation with nonResourceURLs /metrics, a Gatekeeper-style controller patching its own
// validating webhook configuration, a cert-manager-style approver for EKS's beta.eks.amazonaws.com/app-serving signer,
// two Roles of one name in two namespaces (a RoleBinding refers to the Role of its own namespace), log and eviction
// and scale access in validators, AmazonEKSViewPolicy.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses: none (0 insecure, 0 secure). Dropped, not a case: an access entry with userName system:node:<name> and
// kubernetesGroups system:nodes was accepted (access-entry groups are read as memberships, only aws-auth's
// system:nodes as a node identity), but EKS refuses such a userName ("Set a custom username for EKS access entries":
// it can't start with system:), and without it the Node authorizer gives group system:nodes nothing (it needs the
// system:node:<name> username too), so it is not deployable as an insecure variant.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bind, k8s, k8sRole, namespace, roleFor, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const DEVS = [{ kind: "Group", apiGroup: RBAC, name: "platform-devs" }];
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

/** An EKS access entry (STANDARD) for platform-ops with these Kubernetes groups. */
function accessEntry(r: Resources, name: string, kubernetesGroups: string[] = []): void {
    aws(r, ENTRY, name, { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "STANDARD", kubernetesGroups });
}
/** An EKS access policy association for platform-ops. */
function association(r: Resources, name: string, policy: string, accessScope: object): void {
    aws(r, ASSOCIATION, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}

const insecure: StackCase[] = [
    // Kubernetes "Kubelet authentication/authorization": get on nodes/proxy is not read-only, websocket GETs to
    // /exec are authorised as get (kubernetes/kubernetes#136550).
    {
        name: "a ClusterRole with only get on nodes/proxy (a monitoring scraper's) bound to platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(r, "scrape-kubelet", [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }], DEVS),
        refused: /scrape-kubelet/,
    },
    {
        name: "a Role in validators with get on pods/attach (websocket attach, kubernetes/kubernetes#78741)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "attach-viewer",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                    { apiGroups: [""], resources: ["pods/attach"], verbs: ["get"] },
                ],
                DEVS,
                "validators",
            ),
        refused: /attach-viewer/,
    },
    {
        name: "a RoleBinding in validators whose ServiceAccount subject has no namespace (validators/ci-runner) gets pods/exec",
        stack: "prod",
        edit: r => {
            k8sRole(r, "ci-exec", [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }], "validators");
            bind(
                r,
                "ci-exec",
                { kind: "Role", name: "ci-exec" },
                [{ kind: "ServiceAccount", name: "ci-runner" }],
                "validators",
            );
        },
        refused: /ci-exec|ci-runner/,
    },
    {
        name: "a RoleBinding in validators grants Group system:serviceaccounts:tools a token for containment-chamber",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "tools-mint",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                [{ kind: "Group", apiGroup: RBAC, name: "system:serviceaccounts:tools" }],
                "validators",
            ),
        refused: /tools-mint/,
    },
    // A running pod's container images are mutable (Kubernetes API, Pod v1 "spec.containers[*].image" may be updated):
    // a named patch replaces a StatefulSet pod's image, the pod keeping its ServiceAccount.
    {
        name: "a Role in validators patching the pod containment-chamber-0 by name (image swap of a running pod)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "pod-image-patch",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods"],
                        verbs: ["get", "patch"],
                        resourceNames: ["containment-chamber-0"],
                    },
                ],
                DEVS,
                "validators",
            ),
        refused: /pod-image-patch/,
    },
    {
        name: "a ClusterRole patching */ephemeralcontainers (RBAC */<subresource>) bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "star-ephemeral",
                [{ apiGroups: [""], resources: ["*/ephemeralcontainers"], verbs: ["patch", "update"] }],
                DEVS,
            ),
        refused: /star-ephemeral/,
    },
    // Kubernetes "Certificate Signing Requests", Authorization: approve on signers named `<domain>/*` approves every
    // signer of the domain, kubernetes.io/kube-apiserver-client included.
    {
        name: "a ClusterRole approving CSRs for signers kubernetes.io/* (domain wildcard) bound to platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "csr-approver-k8s-domain",
                [
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
                ],
                DEVS,
            ),
        refused: /csr-approver-k8s-domain/,
    },
    {
        name: "a ClusterRole patching the existing mutatingwebhookconfiguration pod-identity-webhook by name",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "webhook-tuner",
                [
                    {
                        apiGroups: ["admissionregistration.k8s.io"],
                        resources: ["mutatingwebhookconfigurations"],
                        verbs: ["get", "patch"],
                        resourceNames: ["pod-identity-webhook"],
                    },
                ],
                DEVS,
            ),
        refused: /webhook-tuner/,
    },
    {
        name: "an EKS access policy association AmazonEKSEditPolicy for platform-ops scoped to namespaces valid* (wildcard suffix)",
        stack: "prod",
        edit: r => {
            accessEntry(r, "ops-entry");
            association(r, "ops-edit-valid", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["valid*"] });
        },
        refused: /ops-edit-valid|platform-ops/,
    },
    {
        name: "an access entry for platform-ops in kubernetesGroups validators-debug, bound by a stack RoleBinding to pods/exec in validators",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ops-debug", ["validators-debug"]);
            roleFor(
                r,
                "validators-debug",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "validators-debug" }],
                "validators",
            );
        },
        refused: /validators-debug|ops-debug/,
    },
    {
        name: "a read-everything ClusterRole (get/list/watch on every resource of every group) bound to platform-devs",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "read-everything",
                [{ apiGroups: ["*"], resources: ["*"], verbs: ["get", "list", "watch"] }],
                DEVS,
            ),
        refused: /read-everything/,
    },
    // bootstrappolicy policy.go NodeRules: system:node creates serviceaccounts/token and gets secrets; bound by RBAC
    // (not the Node authorizer) nothing limits them to a node's pods.
    {
        name: "a ClusterRoleBinding of the built-in ClusterRole system:node to platform-devs",
        stack: "pod-identity",
        edit: r => bind(r, "devs-as-node", { kind: "ClusterRole", name: "system:node" }, DEVS),
        refused: /devs-as-node|system:node/,
    },
    {
        name: "a ClusterRoleBinding lets platform-devs impersonate the ServiceAccount containment-chamber (any namespace)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "impersonate-signer",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                DEVS,
            ),
        refused: /impersonate-signer/,
    },
];

const secure: StackCase[] = [
    // EKS user guide, "Manage CoreDNS": its configuration is the ConfigMap kube-system/coredns. The signer reaches STS,
    // KMS and DynamoDB over TLS, so a rewritten Corefile can misdirect but not impersonate them.
    {
        name: "a Role in kube-system letting group dns-admins get and patch the ConfigMap coredns by name",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "coredns-editor",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        verbs: ["get", "patch", "update"],
                        resourceNames: ["coredns"],
                    },
                ],
                [{ kind: "Group", apiGroup: RBAC, name: "dns-admins" }],
                "kube-system",
            ),
    },
    // kubernetes-sigs/metrics-server manifests: ClusterRole system:metrics-server (nodes/metrics get; pods, nodes get,
    // list, watch) and system:aggregated-metrics-reader (metrics.k8s.io pods, nodes; aggregate-to-view/edit/admin).
    {
        name: "metrics-server's ClusterRoles (nodes/metrics get, the Metrics API reader joining view) bound to kube-system/metrics-server",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "kube-system", "metrics-server");
            roleFor(
                r,
                "system:metrics-server",
                [
                    { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
                    { apiGroups: [""], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] },
                ],
                [{ kind: "ServiceAccount", name: "metrics-server", namespace: "kube-system" }],
            );
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "aggregated-metrics-reader", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: {
                    name: "system:aggregated-metrics-reader",
                    labels: {
                        "rbac.authorization.k8s.io/aggregate-to-view": "true",
                        "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                        "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                    },
                },
                rules: [
                    { apiGroups: ["metrics.k8s.io"], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] },
                ],
            });
        },
    },
    // Kubernetes "Kubelet authentication/authorization", fine-grained authorization (KubeletFineGrainedAuthz): /pods,
    // /healthz and /configz are checked as nodes/pods, nodes/healthz and nodes/configz before nodes/proxy.
    {
        name: "a monitoring agent's ClusterRole: nodes/pods, nodes/healthz, nodes/configz, nodes/stats get, bound to monitoring/node-agent",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "monitoring");
            serviceAccount(r, "monitoring", "node-agent");
            roleFor(
                r,
                "node-agent",
                [
                    {
                        apiGroups: [""],
                        resources: ["nodes/pods", "nodes/healthz", "nodes/configz", "nodes/stats", "nodes/metrics"],
                        verbs: ["get"],
                    },
                    { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
                ],
                [{ kind: "ServiceAccount", name: "node-agent", namespace: "monitoring" }],
            );
        },
    },
    // brancz/kube-rbac-proxy README: the proxy's ClusterRole creates TokenReviews and SubjectAccessReviews; Prometheus
    // gets nonResourceURLs /metrics.
    {
        name: "kube-rbac-proxy's ClusterRole (tokenreviews, subjectaccessreviews create) and Prometheus's nonResourceURLs /metrics get",
        stack: "prod",
        edit: r => {
            namespace(r, "monitoring");
            serviceAccount(r, "monitoring", "exporter");
            serviceAccount(r, "monitoring", "prometheus");
            roleFor(
                r,
                "kube-rbac-proxy",
                [
                    { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                    { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
                ],
                [{ kind: "ServiceAccount", name: "exporter", namespace: "monitoring" }],
            );
            roleFor(
                r,
                "prometheus-metrics",
                [{ nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] }],
                [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }],
            );
        },
    },
    // open-policy-agent/gatekeeper manager role: its own validating webhook configuration by name. A validating
    // webhook admits or denies; it changes nothing it is sent.
    {
        name: "a Gatekeeper-style controller patching its own validatingwebhookconfiguration by name",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "gatekeeper-system");
            serviceAccount(r, "gatekeeper-system", "gatekeeper-admin");
            roleFor(
                r,
                "gatekeeper-webhook-manager",
                [
                    {
                        apiGroups: ["admissionregistration.k8s.io"],
                        resources: ["validatingwebhookconfigurations"],
                        verbs: ["get", "list", "watch", "patch", "update"],
                        resourceNames: ["gatekeeper-validating-webhook-configuration"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "gatekeeper-admin", namespace: "gatekeeper-system" }],
            );
        },
    },
    // EKS user guide, "Secure workloads with Kubernetes certificates": beta.eks.amazonaws.com/app-serving signs serving
    // certificates only.
    {
        name: "an approver ClusterRole for signers beta.eks.amazonaws.com/app-serving bound to cert-manager/approver",
        stack: "prod",
        edit: r => {
            namespace(r, "cert-manager");
            serviceAccount(r, "cert-manager", "approver");
            roleFor(
                r,
                "app-serving-approver",
                [
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
                        resourceNames: ["beta.eks.amazonaws.com/app-serving"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "approver", namespace: "cert-manager" }],
            );
        },
    },
    // "Using RBAC Authorization", RoleBinding and ClusterRoleBinding: a RoleBinding refers to a Role of its own
    // namespace. tools is restricted: its debugger Role confines to tools.
    {
        name: "Role debugger in tools (pods, pods/exec) and Role debugger in validators (pods, pods/log read), each bound in its namespace",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            roleFor(
                r,
                "debugger",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch", "create", "delete"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                DEVS,
                "tools",
            );
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "debugger-validators-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "debugger", namespace: "validators" },
                rules: [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/log"], verbs: ["get"] },
                ],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "debugger-validators-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "debugger", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "debugger" },
                subjects: DEVS,
            });
        },
    },
    // Kubernetes "API-initiated Eviction"; "Deployment", scale subresource: replicas only.
    {
        name: "a Role in validators: pods and pods/log read, pods/eviction create, deployments/scale patch (on-call)",
        stack: "pod-identity",
        edit: r =>
            roleFor(
                r,
                "validators-oncall",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/log"], verbs: ["get"] },
                    { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                    {
                        apiGroups: ["apps"],
                        resources: ["deployments/scale", "statefulsets/scale"],
                        verbs: ["get", "patch"],
                    },
                ],
                DEVS,
                "validators",
            ),
    },
    {
        name: "an EKS access entry for platform-ops with AmazonEKSViewPolicy, cluster scope",
        stack: "prod",
        edit: r => {
            accessEntry(r, "ops-view");
            association(r, "ops-view-cluster", "AmazonEKSViewPolicy", { type: "cluster" });
        },
    },
];

describeStackCases("red team 57: Kubernetes/EKS API level", insecure, secure);
