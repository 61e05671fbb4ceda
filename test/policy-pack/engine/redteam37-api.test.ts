// Red-team round 37 on the Kubernetes/EKS API level (fresh eyes): node-local traffic redirection kinds (Cilium Local
// Redirect Policies, Istio ServiceEntries on the Pod Identity agent's address), subresource wildcards (nodes/*,
// serviceaccounts/*, pods/*), self-escalating namespaced Roles, MutatingAdmissionPolicy writes, and what a careful
// platform team writes (projected tokens for another audience, pod-level resources, ReferenceGrants to Services only,
// an ALB Ingress, health-check nonResourceURLs, an image-policy webhook scoped to one namespace).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bind, k8s, k8sRole, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const DEPLOY = "kubernetes:apps/v1:Deployment";
const restricted = {
    allowPrivilegeEscalation: false,
    runAsNonRoot: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** A restricted Deployment of the stack in `ns` running as `sa`, with extra pod spec fields. */
function restrictedDeployment(r: Resources, ns: string, name: string, sa: string, extra: Record<string, unknown> = {}) {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [{ name, image: `registry.example.com/${name}:1.0.3`, securityContext: restricted }],
                    ...extra,
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

const HTTP_ROUTES_OF_INGRESS = { group: "gateway.networking.k8s.io", kind: "HTTPRoute", namespace: "ingress" };

/** A Gateway API ReferenceGrant `signer-backends` in validators with the given `from` and `to` lists. */
function referenceGrant(r: Resources, version: string, from: object[], to: object[]): void {
    k8s(r, `kubernetes:gateway.networking.k8s.io/${version}:ReferenceGrant`, "signer-backends", {
        apiVersion: `gateway.networking.k8s.io/${version}`,
        kind: "ReferenceGrant",
        metadata: { name: "signer-backends", namespace: "validators" },
        spec: { from, to },
    });
}

const insecure: Case[] = [
    // A ReferenceGrant is judged by its `to` list (customResources.ts referenceGrantOutside): a Secret is what a
    // Gateway's TLS certificateRefs name, read by the Gateway implementation as itself; another kind is whatever its
    // implementation does with a reference.
    {
        name: "a ReferenceGrant in validators letting Gateways of ingress reference its Services AND Secrets (to: Service, Secret)",
        stack: "prod",
        edit: r =>
            referenceGrant(
                r,
                "v1beta1",
                [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "ingress" }],
                [
                    { group: "", kind: "Service" },
                    { group: "", kind: "Secret" },
                ],
            ),
        refused:
            /ReferenceGrant signer-backends sets spec\.to\[1\] \(group "", kind Secret\)[\s\S]*namespace validators/,
    },
    {
        name: "a v1 ReferenceGrant in validators whose `to` names a kind of another group (example.com Backend)",
        stack: "prod",
        edit: r => referenceGrant(r, "v1", [HTTP_ROUTES_OF_INGRESS], [{ group: "example.com", kind: "Backend" }]),
        refused: /ReferenceGrant signer-backends sets spec\.to\[0\] \(group "example\.com", kind Backend\)/,
    },
    {
        name: "a ReferenceGrant in validators whose `to` entry omits group (kind Service only)",
        stack: "prod",
        edit: r => referenceGrant(r, "v1beta1", [HTTP_ROUTES_OF_INGRESS], [{ kind: "Service" }]),
        refused: /spec\.to\[0\] \(group and kind are required: write group "" and kind Service/,
    },
    // RBAC writes on referencegrants stay a controller's resource (customResources.ts): the writer picks `to`,
    // Secrets included, as a declared grant with Secrets is refused above.
    {
        name: "a Role in validators letting platform-devs create referencegrants",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "grant-writer",
                [{ apiGroups: ["gateway.networking.k8s.io"], resources: ["referencegrants"], verbs: ["create"] }],
                "validators",
            ),
        refused: /platform-devs[\s\S]*referencegrants[\s\S]*whoever writes one picks its `to` list/,
    },

    // Cilium's Local Redirect Policy sends traffic for a frontend address/port to a backend pod on the SAME node
    // (docs.cilium.io "Local Redirect Policy": "redirect pod traffic destined to an IP address and port/protocol
    // combination or Kubernetes service to a backend pod(s) local to a node"; its documented use is node-local DNS and
    // the kiam/kube2iam metadata proxy on 169.254.169.254). Aimed at 169.254.170.23:80, every Pod Identity credential
    // request (the pod's ServiceAccount token in Authorization) goes to the author's pod.
    {
        name: "pod-identity: a CiliumLocalRedirectPolicy in tools redirecting 169.254.170.23:80 to a tools pod",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:cilium.io/v2:CiliumLocalRedirectPolicy", "pia-redirect", {
                apiVersion: "cilium.io/v2",
                kind: "CiliumLocalRedirectPolicy",
                metadata: { name: "pia-redirect", namespace: "tools" },
                spec: {
                    redirectFrontend: {
                        addressMatcher: { ip: "169.254.170.23", toPorts: [{ port: "80", protocol: "TCP" }] },
                    },
                    redirectBackend: {
                        localEndpointSelector: { matchLabels: { app: "creds-proxy" } },
                        toPorts: [{ port: "8080", protocol: "TCP" }],
                    },
                },
            });
        },
        refused: /pia-redirect|CiliumLocalRedirectPolicy|cilium/i,
    },
    // An Istio ServiceEntry declares a host/addresses the mesh's sidecars route (istio.io "Service Entry" reference:
    // "addresses: The virtual IP addresses associated with the service"; resolution STATIC with endpoints). For
    // 169.254.170.23 its endpoints receive meshed pods' Pod Identity credential calls.
    {
        name: "pod-identity: an Istio ServiceEntry in tools for 169.254.170.23:80 (STATIC) with an endpoint of the author's choosing, exported to every namespace",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:networking.istio.io/v1:ServiceEntry", "pia-entry", {
                apiVersion: "networking.istio.io/v1",
                kind: "ServiceEntry",
                metadata: { name: "pia-entry", namespace: "tools" },
                spec: {
                    hosts: ["pod-identity.internal"],
                    addresses: ["169.254.170.23/32"],
                    ports: [{ number: 80, name: "http", protocol: "HTTP" }],
                    location: "MESH_EXTERNAL",
                    resolution: "STATIC",
                    endpoints: [{ address: "10.0.9.9" }],
                },
            });
        },
        refused: /pia-entry|ServiceEntry/,
    },
    // get on nodes/proxy is enough to exec into any pod through the kubelet (WebSocket upgrade GET /exec is authorized
    // as verb get on nodes/proxy); spelled through the `*/proxy` form ("'*/foo' represents the subresource 'foo' for
    // all resources in the specified apiGroups", rbac/v1 PolicyRule.resources; Kubernetes has no `nodes/*` form).
    {
        name: "a ClusterRole with get on */proxy (every resource's proxy subresource) bound to platform-devs",
        stack: "prod",
        edit: r => devsRole(r, "node-subresources", [{ apiGroups: [""], resources: ["*/proxy"], verbs: ["get"] }]),
        refused: /node-subresources/,
    },
    {
        name: "a Role in validators with create on */token bound to platform-devs",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "sa-subresources",
                [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }],
                "validators",
            ),
        refused: /sa-subresources/,
    },
    {
        name: "a Role in validators with get and patch on */ephemeralcontainers bound to platform-devs",
        stack: "dev",
        edit: r =>
            devsRole(
                r,
                "pod-subresources",
                [{ apiGroups: [""], resources: ["*/ephemeralcontainers"], verbs: ["patch", "get"] }],
                "validators",
            ),
        refused: /pod-subresources/,
    },
    // escalate + update on the Role bound to you: the holder rewrites its own Role to anything in validators ("Using
    // RBAC Authorization", "Restrictions on role creation or update": escalate lets a user create/update roles with
    // permissions they do not hold).
    {
        name: "a self-bound Role in validators with escalate and update on roles bound to platform-devs",
        stack: "dev",
        edit: r =>
            devsRole(
                r,
                "self-escalate",
                [{ apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "update", "escalate"] }],
                "validators",
            ),
        refused: /self-escalate/,
    },
    {
        name: "a ClusterRole creating admissionregistration.k8s.io mutatingadmissionpolicies and their bindings bound to platform-devs",
        stack: "pod-identity",
        edit: r =>
            devsRole(r, "map-writer", [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                    verbs: ["create"],
                },
            ]),
        refused: /map-writer/,
    },
];

const secure: Case[] = [
    // DECIDED (round 49): impersonate on users with the ServiceAccount-username spelling grants nothing: the API server
    // checks serviceaccounts for it (k8s.io/apiserver endpoints/filters/impersonation.go buildImpersonationRequests,
    // serviceaccount.SplitUsername; red-team 49, API level).
    {
        name: "a ClusterRole impersonating users [system:serviceaccount:kube-system:replicaset-controller] bound to platform-devs",
        stack: "prod",
        edit: r =>
            devsRole(r, "imp-controller", [
                {
                    apiGroups: [""],
                    resources: ["users"],
                    verbs: ["impersonate"],
                    resourceNames: ["system:serviceaccount:kube-system:replicaset-controller"],
                },
            ]),
    },
    // A projected token for another audience (Kubernetes "Service Account Token Volume Projection"): the token is the
    // pod's own ServiceAccount's, for Vault; STS refuses an audience other than the provider's client id.
    {
        name: "a restricted Deployment in tools projecting its own ServiceAccount token for audience vault (600 s)",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "vault-client");
            restrictedDeployment(r, "tools", "vault-client", "vault-client", {
                volumes: [
                    {
                        name: "vault-token",
                        projected: {
                            sources: [
                                {
                                    serviceAccountToken: { audience: "vault", expirationSeconds: 600, path: "token" },
                                },
                            ],
                        },
                    },
                ],
            });
        },
    },
    // Pod-level resources (Kubernetes 1.34 beta, "Assign Pod-level CPU and memory resources"): a budget shared by the
    // pod's containers.
    {
        name: "a restricted Deployment in tools with pod-level resources",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "batcher");
            restrictedDeployment(r, "tools", "batcher", "batcher", {
                resources: { requests: { cpu: "500m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } },
            });
        },
    },
    // A ReferenceGrant that admits only Services (gateway-api.sigs.k8s.io "ReferenceGrant": routes in `ingress` may
    // name Services of validators as backends; no Secret).
    // Was a MISS (fixed in round 37): the pack read every ReferenceGrant as an unknown controller's custom resource.
    // A ReferenceGrant has no controller of its own: it is a handshake the Gateway implementation reads, and its `to`
    // list names the kinds it opens (Gateway API "ReferenceGrant": "a list of resources references may come from, and
    // a list of resources that may be referenced"; GEP-709). With `to` only core Services it opens no Secret, only the
    // backends the Services' own namespace agreed to (the documented cross-namespace HTTPRoute setup). Declared in the
    // stack, a grant is now judged by its `to` list (customResources.ts referenceGrantOutside).
    {
        name: "a ReferenceGrant in validators letting HTTPRoutes of ingress name its Services (no Secrets)",
        stack: "prod",
        edit: r => referenceGrant(r, "v1beta1", [HTTP_ROUTES_OF_INGRESS], [{ group: "", kind: "Service" }]),
    },
    {
        name: "a v1 ReferenceGrant in validators letting HTTPRoutes and GRPCRoutes of ingress name one Service (to.name containment-chamber)",
        stack: "prod",
        edit: r =>
            referenceGrant(
                r,
                "v1",
                [
                    HTTP_ROUTES_OF_INGRESS,
                    { group: "gateway.networking.k8s.io", kind: "GRPCRoute", namespace: "ingress" },
                ],
                [{ group: "", kind: "Service", name: "containment-chamber" }],
            ),
    },
    // An AWS Load Balancer Controller Ingress (internal ALB) to the signer's Service.
    {
        name: "an internal ALB Ingress in validators routing to the signer Service",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:Ingress", "signer-alb", {
                apiVersion: "networking.k8s.io/v1",
                kind: "Ingress",
                metadata: {
                    name: "signer",
                    namespace: "validators",
                    annotations: {
                        "alb.ingress.kubernetes.io/scheme": "internal",
                        "alb.ingress.kubernetes.io/target-type": "ip",
                    },
                },
                spec: {
                    ingressClassName: "alb",
                    rules: [
                        {
                            http: {
                                paths: [
                                    {
                                        path: "/",
                                        pathType: "Prefix",
                                        backend: { service: { name: "containment-chamber", port: { number: 8443 } } },
                                    },
                                ],
                            },
                        },
                    ],
                },
            });
        },
    },
    {
        name: "a ClusterRole with get on /healthz, /livez, /readyz, /version nonResourceURLs bound to platform-devs",
        stack: "prod",
        edit: r =>
            devsRole(r, "health-reader", [
                { nonResourceURLs: ["/healthz", "/healthz/*", "/livez", "/readyz", "/version"], verbs: ["get"] },
            ]),
    },
    // A validating webhook that sees only pod CREATEs in tools (image signature verification; no Secret, no mutation).
    {
        name: "a ValidatingWebhookConfiguration on pods CREATE with a namespaceSelector on tools (image policy)",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration", "image-policy", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "image-policy" },
                webhooks: [
                    {
                        name: "policy.sigstore.dev",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "tools" } },
                        clientConfig: { service: { name: "policy-webhook", namespace: "cosign-system" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                ],
            });
        },
    },
];

describeStackCases("red-team 37: Kubernetes/EKS API level", insecure, secure);
