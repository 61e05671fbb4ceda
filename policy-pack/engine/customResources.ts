/**
 * Custom resources known to be inert, said once for both uses: writing them through RBAC (engine/kubernetes.ts) and
 * declaring them in the stack (engine/opaque.ts). Their controllers run no pod spec of the author's choosing, bind
 * no role and apply no manifests, so they act as no ServiceAccount. Anything else a controller serves is read as a
 * workload: the pack cannot see what it does.
 * - cert-manager (cert-manager.io, acme.cert-manager.io): the issuer writes a Secret; the only pods are ACME
 *   HTTP01 solvers of cert-manager's own acmesolver image, whose podTemplate overrides only scheduling, resources,
 *   securityContext and serviceAccountName, no image or command (cert-manager API reference,
 *   ACMEChallengeSolverHTTP01IngressPodSpec: "All other fields will be ignored"). Declared in the stack, an Issuer's,
 *   ClusterIssuer's or Challenge's solver pods are judged as pods (acmeSolverPods below): the ServiceAccount they run
 *   as, their pod security, and the annotations copied onto them, which injectors read (engine/podSpec.ts
 *   podAnnotationReach). And the ServiceAccounts such an object names in a `serviceAccountRef`, for which
 *   cert-manager requests tokens and acts (certManagerTokenRequests below), are judged as that object's.
 * - Prometheus Operator rules, monitors, probes and AlertmanagerConfigs (monitoring.coreos.com): scrape, alerting
 *   and routing configuration (an AlertmanagerConfig's receiver credentials are Secrets of its own namespace, and
 *   reading Secrets is no path to a runtime role: IRSA and Pod Identity take only projected tokens).
 *   Not prometheuses/alertmanagers/thanosrulers/prometheusagents, which carry containers and
 *   serviceAccountName. A monitor's file references (bearerTokenFile) reach only Prometheus's own mounted files,
 *   never another workload's token (prometheus-operator, arbitraryFSAccessThroughSMs).
 * - CSI volume snapshots (snapshot.storage.k8s.io): copies of volumes; projected tokens live on the node's tmpfs,
 *   never on a PersistentVolume (Kubernetes "Volume Snapshots").
 * - Cilium and Calico network policies: they only allow or drop traffic (docs.cilium.io "Network Policy";
 *   Calico "NetworkPolicy"). Not CiliumEnvoyConfig, which proxies traffic through Envoy.
 * - Gateway API routes (gateway.networking.k8s.io): request routing to Services. Not Gateways, which some
 *   implementations turn into Deployments, nor ReferenceGrants, whose `to` list may open the namespace's Secrets:
 *   declared in the stack, a ReferenceGrant is judged by its `to` list (referenceGrantOutside below); written
 *   through RBAC, a webhook or an admission policy, the writer picks `to`, so it stays a controller's resource.
 * - Karpenter v1 NodePools (karpenter.sh), declared in the stack: node labels, taints, requirements, limits and
 *   disruption; the node role, AMI, user data and kubelet settings live in the EC2NodeClass it names (karpenter.sh
 *   "NodePools", v1), which stays non-inert. The nodes a declared NodePool launches from a class outside the stack
 *   are judged in engine/kubernetes.ts (nodePoolPowers): inert as an API object, not as a node launcher. Written by
 *   someone else (RBAC, a mutating webhook or admission policy), NodePools and NodeClaims are node launchers
 *   (NODE_LAUNCHING_RESOURCES below), never inert.
 * - Security groups for pods (vpcresources.k8s.aws SecurityGroupPolicy: EKS user guide, "Security groups for Pods")
 *   and the VerticalPodAutoscaler (autoscaling.k8s.io): its updater changes only resource requests and limits.
 * - Secrets Store CSI Driver SecretProviderClasses (secrets-store.csi.x-k8s.io): which secrets a pod of their
 *   namespace mounts; the AWS provider fetches them with the mounting pod's own IRSA or Pod Identity credentials
 *   (Secrets Store CSI Driver docs, "SecretProviderClass"; Secrets Manager user guide, "Use AWS Secrets Manager
 *   secrets in Amazon Elastic Kubernetes Service"), so they grant nothing beyond creating that pod.
 * - AWS Load Balancer Controller TargetGroupBindings (elbv2.k8s.aws): they register a Service's endpoints into an
 *   existing target group and may open security-group ingress to them (AWS Load Balancer Controller guide,
 *   "TargetGroupBinding"); with iamRoleArnToAssume the controller registers them with a role that trusts the
 *   controller's own, for ELB calls only. IngressClassParams: an IngressClass's load balancer settings (scheme,
 *   group, IP type, tags, attributes; guide, "IngressClass"). No pod, RBAC or manifest.
 * - Istio's security policies (security.istio.io PeerAuthentication, AuthorizationPolicy, RequestAuthentication):
 *   istiod turns them into the proxies' mTLS, RBAC and JWT filter settings, which only accept or reject connections
 *   and requests (istio.io "Security policy examples"; PeerAuthentication reference: "how traffic will be tunneled (or
 *   not) to the sidecar"). An AuthorizationPolicy with action CUSTOM names an external authorizer by `provider.name`
 *   only: the authorizer itself (its address, the headers and body sent to it) is an extension provider of the mesh
 *   config, outside the object, and "you must first define the external authorizer that is allowed to be used in the
 *   mesh" (istio.io "External Authorization"); the CUSTOM check runs first and only denies (istio.io "Authorization
 *   Policy": "deny the request if the evaluation result is deny", then DENY, then ALLOW), so such a policy starts no
 *   pod and lends no identity either (DECIDED in redteam28-secure.test.ts). A RequestAuthentication's
 *   jwksUri is fetched by istiod as a plain GET whose body is read only as public keys for the proxies, never handed
 *   back to the object's author (istio.io IST0175 JwksUriFetchUnrestricted: restrict it with
 *   BLOCKED_CIDRS_IN_JWKS_URIS, cluster hardening outside the stack). Not networking.istio.io's EnvoyFilter,
 *   WasmPlugin, Sidecar, ProxyConfig or the extensions.istio.io kinds: they change what the proxies run (Lua and Wasm
 *   code, images) or where they send traffic.
 * - Istio's traffic routing (networking.istio.io VirtualService, DestinationRule): istiod turns them into the
 *   proxies' routes and cluster settings: "A VirtualService defines a set of traffic routing rules to apply when a host
 *   is addressed" (istio.io "Virtual Service" reference), a DestinationRule the load balancing, connection pool,
 *   outlier detection and TLS settings for a host's traffic (istio.io "Destination Rule" reference), like the Gateway
 *   API routes above. DECIDED (redteam34-secure.test.ts S1, S10): routing is not acting as a ServiceAccount. A
 *   VirtualService's `delegate` names another VirtualService whose routes it takes (Istio "Virtual Service",
 *   Delegate), routing still; its `exportTo` (every namespace by default) makes other namespaces' sidecars follow its
 *   routes for its hosts: that reaches further only where the traffic itself carries a credential in plain HTTP, the
 *   EKS Pod Identity agent's requests, so a VirtualService is also a Service writer (SERVICE_TEMPLATE_RESOURCES,
 *   judged in engine/kubernetes.ts with SERVICE_CAPTURE_SCOPE: Pod Identity stacks only; declared, by its hosts). A
 *   DestinationRule's tls.credentialName names a Secret that only gateways read, from their own namespace ("the
 *   secret ... must exist in the same namespace as the proxy using the certificates", Destination Rule reference,
 *   ClientTLSSettings.credentialName), as the client certificate of the gateway's TLS origination: no token, no
 *   ServiceAccount. Not EnvoyFilter, WasmPlugin, Sidecar, ServiceEntry, WorkloadEntry or Gateway (below).
 * - Linkerd's authorization policy (policy.linkerd.io Server, ServerAuthorization, MeshTLSAuthentication,
 *   NetworkAuthentication, AuthorizationPolicy, HTTPRoute): which clients, by mesh identity or network, the proxy lets
 *   reach a port or route (linkerd.io "Authorization Policy", "Server", "HTTPRoute"). No pod, role or manifest.
 * Not inert, by design: External Secrets (it reads secret stores with its own identity), Crossplane, Flux, Argo,
 * Tekton, Knative, KubeRay, JobSet, OpenKruise, Karpenter node classes (user data on new nodes). Written by someone
 * else (RBAC, a mutating webhook or admission policy), a custom resource that is not inert acts CLUSTER-WIDE as its
 * controller (customWriteReach below) unless its kind is on NAMESPACE_CONFINED_RESOURCES, the allowlist of
 * controllers known from their documentation to act only in the object's own namespace; CLUSTER_APPLYING_RESOURCES
 * names the cluster-wide controllers the pack knows (Flux, Argo CD, the Flux Operator, Crossplane's
 * provider-kubernetes and provider-helm, Kyverno), for their documents and their own install's ServiceAccounts.
 * Declared in the stack (never written through RBAC), a Prometheus Operator `Prometheus` is judged as the pod its
 * operator renders (RENDERED_POD_KINDS below), and a KEDA ScaledObject is inert when its triggers need no
 * authentication (scaledObjectOutside below).
 */
import { containsUnknown, isUnknown } from "./raw";
export interface InertKind {
    kind: string;
    /** The resource name RBAC rules use (lower-case plural). */
    plural: string;
}

const kinds = (...pairs: [string, string][]): InertKind[] => pairs.map(([kind, plural]) => ({ kind, plural }));

/** By API group: `"*"` is every resource of the group. */
export const INERT_CUSTOM_RESOURCES: Record<string, "*" | InertKind[]> = {
    "cert-manager.io": "*",
    "acme.cert-manager.io": "*",
    "monitoring.coreos.com": kinds(
        ["ServiceMonitor", "servicemonitors"],
        ["PodMonitor", "podmonitors"],
        ["Probe", "probes"],
        ["PrometheusRule", "prometheusrules"],
        ["AlertmanagerConfig", "alertmanagerconfigs"],
    ),
    "snapshot.storage.k8s.io": "*",
    "cilium.io": kinds(
        ["CiliumNetworkPolicy", "ciliumnetworkpolicies"],
        ["CiliumClusterwideNetworkPolicy", "ciliumclusterwidenetworkpolicies"],
    ),
    "crd.projectcalico.org": kinds(
        ["NetworkPolicy", "networkpolicies"],
        ["GlobalNetworkPolicy", "globalnetworkpolicies"],
        ["NetworkSet", "networksets"],
        ["GlobalNetworkSet", "globalnetworksets"],
    ),
    "projectcalico.org": kinds(
        ["NetworkPolicy", "networkpolicies"],
        ["GlobalNetworkPolicy", "globalnetworkpolicies"],
        ["NetworkSet", "networksets"],
        ["GlobalNetworkSet", "globalnetworksets"],
    ),
    "gateway.networking.k8s.io": kinds(
        ["HTTPRoute", "httproutes"],
        ["GRPCRoute", "grpcroutes"],
        ["TLSRoute", "tlsroutes"],
        ["TCPRoute", "tcproutes"],
        ["UDPRoute", "udproutes"],
    ),
    "karpenter.sh": kinds(["NodePool", "nodepools"]),
    "vpcresources.k8s.aws": kinds(["SecurityGroupPolicy", "securitygrouppolicies"]),
    "autoscaling.k8s.io": kinds(["VerticalPodAutoscaler", "verticalpodautoscalers"]),
    "secrets-store.csi.x-k8s.io": kinds(["SecretProviderClass", "secretproviderclasses"]),
    "elbv2.k8s.aws": kinds(["TargetGroupBinding", "targetgroupbindings"], ["IngressClassParams", "ingressclassparams"]),
    "security.istio.io": kinds(
        ["PeerAuthentication", "peerauthentications"],
        ["AuthorizationPolicy", "authorizationpolicies"],
        ["RequestAuthentication", "requestauthentications"],
    ),
    "networking.istio.io": kinds(["VirtualService", "virtualservices"], ["DestinationRule", "destinationrules"]),
    "policy.linkerd.io": kinds(
        ["Server", "servers"],
        ["ServerAuthorization", "serverauthorizations"],
        ["MeshTLSAuthentication", "meshtlsauthentications"],
        ["NetworkAuthentication", "networkauthentications"],
        ["AuthorizationPolicy", "authorizationpolicies"],
        ["HTTPRoute", "httproutes"],
    ),
};

/**
 * Kinds of an inert group that make cert-manager act as a ServiceAccount of the author's choosing when written by
 * someone else than cert-manager: an Issuer's or ClusterIssuer's ACME HTTP-01 solvers, and a Challenge carrying a
 * solver, run cert-manager's solver pods in the object's namespace as the podTemplate's serviceAccountName, with its
 * annotations (cert-manager API reference, ACMEChallengeSolverHTTP01IngressPodTemplate); and their
 * `serviceAccountRef`s (Route53 DNS-01 and Vault auth) make cert-manager request a token for that ServiceAccount and
 * use it (certManagerTokenRequests). Declared in the stack, such an object is judged as those pods and tokens
 * (acmeSolverPods, certManagerTokenRequests); written through RBAC, a mutating webhook or admission policy, or a
 * CRD's conversion webhook, whoever writes one acts as any ServiceAccount of its namespace (any at all for a
 * ClusterIssuer, whose serviceAccountRef is resolved in cert-manager's cluster resource namespace). An Order's
 * solvers come from the issuer it names, judged where that issuer is. Only cert-manager's own webhooks (served in its
 * namespace: certManagerServes) rewrite them without counting (`byCertManager`).
 */
const ACTING_KINDS: Record<string, string[]> = {
    "cert-manager.io": ["issuers", "clusterissuers"],
    "acme.cert-manager.io": ["challenges"],
};

/**
 * The namespace cert-manager is installed in, its documented one: the release's static manifest creates
 * `namespace/cert-manager` and the Helm install is `--namespace cert-manager` (cert-manager docs, "Installation",
 * "Helm"), and it is the default Cluster Resource Namespace (cert-manager docs, "Issuer Configuration", "Cluster
 * Resource Namespace": "By default, this namespace is cert-manager").
 */
export const CERT_MANAGER_NAMESPACE = "cert-manager";

/**
 * Whether an admission webhook's or conversion webhook's `clientConfig` is served by a Service in cert-manager's
 * namespace (CERT_MANAGER_NAMESPACE), as cert-manager's own webhook is (Service cert-manager-webhook): not a `url`,
 * nothing unknown during the preview. Such a webhook is cert-manager's: a Service is served by pods (or endpoints)
 * of its own namespace, and whoever can put those into cert-manager's namespace can run a pod there as cert-manager's
 * controller ServiceAccount, the identity that requests the tokens and runs the solver pods anyway. So what it does
 * to Issuers adds no one who does not already act as cert-manager. Any other webhook (another namespace, a URL) is
 * someone else writing the objects (ACTING_KINDS).
 */
export function certManagerServes(clientConfig: unknown): boolean {
    if (clientConfig === null || typeof clientConfig !== "object" || containsUnknown(clientConfig)) return false;
    const c = clientConfig as Record<string, unknown>;
    const service = c.service as Record<string, unknown> | undefined;
    return c.url === undefined && service?.namespace === CERT_MANAGER_NAMESPACE;
}
/**
 * Resources that launch nodes and decide which pods they take, by group, with the RBAC verbs that write them. A
 * NodePool's spec.template.spec.nodeClassRef picks the EC2NodeClass (role, AMI, user data, metadataOptions) of the
 * nodes Karpenter launches for it, and its taints are the only thing keeping pods off them: "Pods that don't tolerate
 * those taints could be prevented from scheduling" (karpenter.sh "NodePools"). A NodeClaim carries the same
 * nodeClassRef and taints for one node, and "You can also create NodeClaims manually to request capacity outside of
 * the standard provisioning workflow"; NodeClaims are immutable (karpenter.sh "NodeClaims"), so only `create` writes
 * one. Whoever writes either (RBAC, a mutating webhook, a MutatingAdmissionPolicy, a CRD conversion webhook) can
 * launch untainted nodes from a class outside the stack, which take every pod: the power engine/kubernetes.ts
 * (nodePoolPowers) gives a declared untainted NodePool on an outside class. So they are never inert when written,
 * while a NodePool the stack declares is judged by its own class and taints (INERT_CUSTOM_RESOURCES, nodePoolPowers).
 */
export const NODE_LAUNCHING_RESOURCES: Record<string, Record<string, string[]>> = {
    "karpenter.sh": { nodepools: ["create", "update", "patch"], nodeclaims: ["create"] },
};

/**
 * The cluster-wide controllers the pack knows by name, for their documents and their installs' own ServiceAccounts.
 * Every custom resource that is neither inert nor on NAMESPACE_CONFINED_RESOURCES acts cluster-wide when someone
 * else writes it (customWriteReach): these are the documented cases. Their controller acts with its OWN identity,
 * cluster-wide by default, on what the object says: GitOps controllers that apply the manifests an object names into
 * any namespace (or rewrite what existing objects apply), and engines that call out or generate as themselves.
 * Whoever writes one (RBAC create, update or patch; a mutating webhook or admission policy rewriting it, whatever
 * namespaces the webhook selects; a CRD conversion webhook) acts as that controller: in every namespace, whatever the
 * namespace the write is granted in. Their lockdowns (Flux's and the Flux Operator's `--default-service-account`,
 * `--no-cross-namespace-refs`, Argo CD's sync impersonation, a restricted default AppProject, a provider's
 * ProviderConfig) are controller flags and objects outside the stack, so they are not assumed. By group: `resources`
 * the plurals that act (`wholeGroup`: every resource of the group, a later kind included, takes the group's `why`),
 * `why` who acts and the document that says so, `controllers` the ServiceAccounts of the controller's documented
 * install that apply the kinds themselves (Flux's controllers in flux-system, bound by flux2
 * manifests/rbac/reconciler.yaml; the Flux Operator's flux-operator in flux-system; Argo CD's
 * argocd-application-controller of its install in namespace argocd, argo-cd "Getting Started"): their own writes
 * (status, or a Kustomization applying Kustomizations) add nothing to what their own bindings give them. Status and
 * finalizers subresources keep the spec and do not count. Kyverno's cluster-scoped kinds are listed with its
 * namespaced ones (one reason for the group).
 */
export interface ClusterApplier {
    resources: string[];
    /** Every other resource of the group counts too, when a rule or webhook names the group (a later kind). */
    wholeGroup?: boolean;
    why: string;
    /**
     * The ServiceAccounts (`namespace/name`) of the controller's documented install that apply these kinds
     * themselves: written by that very identity, they make it act as no one else, so only its own bindings count.
     * That install binds each cluster-wide, outside the stack (`why`; OUTSIDE_CONTROLLER_ACCOUNTS).
     */
    controllers?: string[];
    /** The documented install those ServiceAccounts come with (OUTSIDE_CONTROLLER_ACCOUNTS `install`). */
    install?: string;
}
const FLUX_DEFAULT =
    'Flux\'s install binds kustomize-controller and helm-controller to cluster-admin (flux2 manifests/rbac/reconciler.yaml, ClusterRoleBinding cluster-reconciler), and unless --default-service-account is set on the controller (outside this stack) they apply as themselves (Flux RFC-0001 "Multi-Tenancy": "When a service account is not specified, Flux defaults to cluster-admin")';
export const CLUSTER_APPLYING_RESOURCES: Record<string, ClusterApplier> = {
    "kustomize.toolkit.fluxcd.io": {
        resources: ["kustomizations"],
        wholeGroup: true,
        controllers: ["flux-system/kustomize-controller"],
        install: "Flux",
        why: `Flux's kustomize-controller applies a Kustomization's manifests, into spec.targetNamespace or the namespaces they name: "By default, a Kustomization apply runs under the cluster admin account and can create, modify and delete cluster level objects" (Kustomization API, "Role-based access control"); ${FLUX_DEFAULT}`,
    },
    "helm.toolkit.fluxcd.io": {
        resources: ["helmreleases"],
        wholeGroup: true,
        controllers: ["flux-system/helm-controller"],
        install: "Flux",
        why: `Flux's helm-controller installs a HelmRelease's chart into spec.targetNamespace or the namespaces it names: "By default, a HelmRelease runs under the cluster admin account" (HelmRelease API, "Role-based access control"); ${FLUX_DEFAULT}`,
    },
    "source.toolkit.fluxcd.io": {
        resources: [
            "gitrepositories",
            "ocirepositories",
            "buckets",
            "helmrepositories",
            "helmcharts",
            "externalartifacts",
        ],
        wholeGroup: true,
        why: `Flux sources (GitRepository, OCIRepository, Bucket, HelmRepository, HelmChart, ExternalArtifact) are the artifacts Kustomizations and HelmReleases apply, from any namespace by default (Kustomization API, "Cross-namespace references": --no-cross-namespace-refs is a controller flag): rewriting one's URL or ref makes the cluster's existing Kustomizations and HelmReleases apply the writer's manifests; ${FLUX_DEFAULT}`,
    },
    "source.extensions.fluxcd.io": {
        resources: ["artifactgenerators"],
        wholeGroup: true,
        why: `Flux's source-watcher turns an ArtifactGenerator into ExternalArtifacts composed from other sources, which Kustomizations and HelmReleases apply (Flux Operator docs, "Artifact Generators"); ${FLUX_DEFAULT}`,
    },
    "image.toolkit.fluxcd.io": {
        resources: ["imagerepositories", "imagepolicies", "imageupdateautomations"],
        wholeGroup: true,
        why: `Flux's image automation commits the image an ImagePolicy selects (from the registry its ImageRepository names) into every manifest field of the Git repository whose marker names that policy, and pushes it ("Image Update Automations"), which kustomize-controller then applies to whichever workload, in whichever namespace, the field belongs to; ${FLUX_DEFAULT}`,
    },
    "fluxcd.controlplane.io": {
        resources: ["fluxinstances", "resourcesets", "resourcesetinputproviders", "resourcegroups"],
        controllers: ["flux-system/flux-operator"],
        install: "the Flux Operator",
        why: 'the Flux Operator, bound to cluster-admin by its install (ClusterRoleBinding flux-operator-cluster-admin), installs Flux and its cluster sync from a FluxInstance and applies the objects a ResourceSet renders from its inputs as its own ServiceAccount unless --default-service-account is set, a flag outside this stack (ResourceSet API, "Role-based access control"; chart value multitenancy.enabled defaults to false)',
    },
    "argoproj.io": {
        resources: ["applications", "applicationsets", "appprojects"],
        controllers: ["argocd/argocd-application-controller"],
        install: "Argo CD",
        why: 'Argo CD\'s application controller syncs an Application to its spec.destination as itself, cluster-wide in the default install: "By default, application syncs in Argo CD have the same privileges as the Argo CD control plane" (Argo CD "Application Sync using impersonation", an opt-in feature whose destinationServiceAccounts the AppProject names), and the default AppProject "permits deployments from any source repo, to any cluster, and all resource Kinds" (Argo CD "Projects", "The Default Project"; EKS user guide, "Working with Argo CD Projects"). An ApplicationSet makes Applications "under arbitrary Projects", so "only admins may create/update/delete ApplicationSets" (Argo CD "ApplicationSet Security"); an AppProject decides the destinations, clusterResourceWhitelist and sync ServiceAccount of every Application in it',
    },
    "velero.io": {
        resources: ["backups", "restores", "schedules"],
        wholeGroup: true,
        controllers: ["velero/velero"],
        install: "Velero",
        why: 'the Velero server runs a Backup\'s pre and post hooks as exec commands in the pods of every namespace its hooks select ("If this value is not specified, the hook applies to all namespaces": Velero "Backup Hooks"), adds a Restore\'s init containers to and execs its hooks in the restored pods of any namespace (Velero "Restore Hooks"), and a Schedule\'s template is a Backup spec; it acts as its own ServiceAccount, velero/velero, bound to cluster-admin by `velero install` ("By default Velero runs with an RBAC policy of ClusterRole cluster-admin": Velero "Run Velero more securely with restrictive RBAC settings")',
    },
    "kubernetes.m.crossplane.io": {
        resources: ["objects"],
        why: "Crossplane provider-kubernetes applies a namespaced Object's spec.forProvider.manifest as written, in the namespace the manifest names, with the identity of the ProviderConfig or ClusterProviderConfig it names (InjectedIdentity: the provider's own ServiceAccount, bound to cluster-admin in its install guide) (crossplane-contrib/provider-kubernetes README and internal/controller/namespaced/object: parseManifest keeps the manifest's namespace)",
    },
    "helm.m.crossplane.io": {
        resources: ["releases"],
        why: "Crossplane provider-helm installs a namespaced Release's chart into spec.forProvider.namespace, any namespace, with the identity of the ProviderConfig it names (the provider's ServiceAccount, bound to cluster-admin in its in-cluster example) (crossplane-contrib/provider-helm apis/namespaced/release: \"Namespace to install the release into\")",
    },
    "kyverno.io": {
        resources: ["policies", "clusterpolicies", "globalcontextentries"],
        why: "Kyverno generates and mutates objects as itself (kyverno.io \"Generate Rules\"), and any rule's apiCall context, namespaced Policies' included, calls the API or a service as Kyverno, its ServiceAccount token attached (kyverno/kyverno#16019), an identity that writes Kyverno's own webhook configurations: as a Kyverno policy declared in the stack is judged (engine/kubernetes.ts KYVERNO_CALLS_WHY)",
    },
    "policies.kyverno.io": {
        resources: [
            "mutatingpolicies",
            "generatingpolicies",
            "namespacedmutatingpolicies",
            "namespacedgeneratingpolicies",
            "validatingpolicies",
            "namespacedvalidatingpolicies",
        ],
        why: 'Kyverno\'s CEL policies mutate and generate as Kyverno, a namespaced one into any namespace before the fix of GHSA-79gf-7frw-68m9 ("NamespacedGeneratingPolicy generator.apply() namespace argument unvalidated": Kyverno\'s version is outside this stack), and their resource and http libraries call out as Kyverno (kyverno.io "CEL Libraries"; engine/kubernetes.ts KYVERNO_CALLS_WHY)',
    },
};

/** Why Flux's other controllers act cluster-wide (OUTSIDE_CONTROLLER_ACCOUNTS), for messages. */
const FLUX_CRD_CONTROLLER_WHY =
    "Flux's install binds source-controller, notification-controller, image-reflector-controller and image-automation-controller, with kustomize-controller and helm-controller, to ClusterRole crd-controller: every verb on Flux's kinds (a Kustomization or HelmRelease written is applied by kustomize-controller or helm-controller as cluster-admin), get/list/watch of every Secret and create serviceaccounts/token, cluster-wide (flux2 manifests/rbac/controller.yaml, ClusterRoleBinding crd-controller)";
/** Argo CD's API server (ARGOCD_ADMIN_ACCOUNTS) and ApplicationSet controller, bound cluster-wide by its install. */
const ARGOCD_SERVER_WHY =
    "Argo CD's install binds argocd-server to ClusterRole argocd-server: delete, get and patch on every resource of every API group, cluster-wide (argo-cd manifests/cluster-rbac/server/argocd-server-clusterrole.yaml: \"supports `argocd app patch`\"), Secrets and the custody workloads' pod templates included";
const ARGOCD_APPLICATIONSET_WHY =
    "Argo CD's install binds argocd-applicationset-controller to its ClusterRole: create, update and patch Applications and ApplicationSets in any namespace, which the application controller syncs as itself, and get/list/watch of every Secret, cluster-wide (argo-cd manifests/cluster-rbac/applicationset-controller/argocd-applicationset-controller-clusterrole.yaml)";

/**
 * The ServiceAccounts Argo CD's admin acts as (an Argo CD session with role:admin, signed with argocd-secret's
 * server.secretkey or given by argocd-rbac-cm): the application controller, which syncs the Applications the admin
 * writes (ARGOCD_USERS_WHY), and the API server, which patches and deletes live resources for the admin with its own
 * ClusterRole (ARGOCD_SERVER_WHY), both of Argo CD's documented install in namespace argocd. Where the stack declares
 * one of them, its own bindings are what the admin gets (a namespace-scoped install: Argo CD "Installation",
 * namespace-install.yaml "requires only namespace level privileges (does not need cluster roles)"); where it does
 * not, the install binds it cluster-wide (OUTSIDE_CONTROLLER_ACCOUNTS).
 */
export const ARGOCD_ADMIN_ACCOUNTS = ["argocd/argocd-application-controller", "argocd/argocd-server"];

/**
 * The ServiceAccounts of the documented installs beside the stack, bound cluster-wide by those installs, outside it:
 * the controllers of CLUSTER_APPLYING_RESOURCES (`controllers`: Flux's kustomize-controller and helm-controller to
 * cluster-admin, flux2 manifests/rbac/reconciler.yaml, ClusterRoleBinding cluster-reconciler; the Flux Operator's to
 * cluster-admin, flux-operator-cluster-admin; Argo CD's application controller to its ClusterRole
 * argocd-application-controller, every verb on every resource, argo-cd manifests/README: install.yaml is the
 * "Standard ArgoCD installation with cluster-admin access"; Velero's to cluster-admin, `velero install`), and the
 * other ServiceAccounts those installs bind to power over those kinds or every Secret: Flux's other controllers
 * (FLUX_CRD_CONTROLLER_WHY), Argo CD's API server (ARGOCD_SERVER_WHY) and ApplicationSet controller
 * (ARGOCD_APPLICATIONSET_WHY). Whoever acts as one of them acts cluster-wide, as with kube-controller-manager's
 * ServiceAccounts of kube-system; power over the ServiceAccounts of their namespaces (pods, tokens, create and read
 * Secrets) reaches them, unless the stack declares that ServiceAccount itself (its own bindings are then read), or
 * the controller of the same `install` there that applies its kinds (`applies`): the stack then installs it itself
 * (Argo CD's namespace-scoped install, namespace-install.yaml, binds Roles only), and what it does not declare is not
 * there. `why`: their group's, or their own. The ServiceAccounts other software installs in other namespaces hold
 * bindings the pack cannot read and are not assumed (README, "The custody model").
 */
export const OUTSIDE_CONTROLLER_ACCOUNTS: {
    namespace: string;
    name: string;
    install: string;
    applies?: boolean;
    why: string;
}[] = [
    ...Object.values(CLUSTER_APPLYING_RESOURCES).flatMap(a =>
        (a.controllers ?? []).map(c => {
            const [namespace, name] = c.split("/");
            return { namespace, name, install: a.install ?? c, applies: true, why: a.why };
        }),
    ),
    ...[
        "source-controller",
        "notification-controller",
        "image-reflector-controller",
        "image-automation-controller",
    ].map(name => ({ namespace: "flux-system", name, install: "Flux", why: FLUX_CRD_CONTROLLER_WHY })),
    { namespace: "argocd", name: "argocd-server", install: "Argo CD", why: ARGOCD_SERVER_WHY },
    {
        namespace: "argocd",
        name: "argocd-applicationset-controller",
        install: "Argo CD",
        why: ARGOCD_APPLICATIONSET_WHY,
    },
];

/**
 * Custom resources whose controller is KNOWN, from its documentation, to act only in the object's own namespace: it
 * runs the object's pods there (owner references cannot cross namespaces: Kubernetes "Owners and Dependents", "A
 * valid owner reference consists of the object name and a UID within the same namespace as the dependent object"),
 * as a ServiceAccount of that namespace the object names, and does nothing else as itself elsewhere. Writing one is
 * creating pods in the binding's namespace (engine/kubernetes.ts customResourcePower), confined by that namespace's Pod
 * Security level like any workload. By group, the plurals and why. Left out, so cluster-wide: what could not be
 * confirmed, e.g. the Spark operator (its spark-submit, run as the operator, takes the object's sparkConf after its
 * own `spark.kubernetes.namespace=<object's namespace>`, every key but the driver pod name: kubeflow/spark-operator
 * internal/controller/sparkapplication/submission.go buildSparkSubmitArgs, namespaceOption then sparkConfOption), Argo
 * Rollouts' AnalysisTemplates, AnalysisRuns and Experiments (their metric Jobs run in the namespace the controller's
 * ARGO_ROLLOUTS_ANALYSIS_JOB_NAMESPACE names: Argo Rollouts "Job Metrics"), Tekton Tasks and Pipelines (runs of other
 * namespaces may resolve them through Tekton's cluster resolver), cert-manager Challenges (a ClusterIssuer's
 * serviceAccountRef resolves in cert-manager's namespace), Argo Events, Velero, Rancher Fleet, KubeVela.
 */
export const NAMESPACE_CONFINED_RESOURCES: Record<
    string,
    {
        resources: string[];
        why: string;
        /**
         * What else its controller creates from the object, besides pods (confined only for pods: anything else it
         * creates as the author wrote it is judged as that object written, SERVICE_TEMPLATE_RESOURCES).
         */
        alsoCreates: string;
    }
> = {
    "argoproj.io": {
        resources: ["workflows", "cronworkflows", "workflowtemplates", "rollouts"],
        alsoCreates:
            "Argo Workflows: a `resource` template's manifest, created by the workflow pod's executor as the workflow's ServiceAccount (so a pod's power, of its namespace); Argo Rollouts: ReplicaSets, and it edits the selectors of the existing Services a Rollout names (canary/stableService), never their spec otherwise (argo-rollouts \"Canary\", \"BlueGreen\")",
        why: 'Argo Workflows: "The controller will only create workflow pods in the workflow\'s namespace", as spec.serviceAccountName or the namespace\'s default ServiceAccount (argo-workflows docs "Security", "Service Accounts"); Argo Rollouts runs a Rollout\'s pod template through ReplicaSets of its own namespace (argo-rollouts "Architecture")',
    },
    "tekton.dev": {
        resources: ["taskruns", "pipelineruns"],
        alsoCreates: 'TaskRuns of a PipelineRun, and the runs\' pods only (Tekton "TaskRuns", "PipelineRuns")',
        why: "Tekton runs a TaskRun's (or a PipelineRun's TaskRuns') pods in the run's namespace as its serviceAccountName (Tekton API TaskRunSpec serviceAccountName, PipelineRun taskRunTemplate.serviceAccountName)",
    },
    "keda.sh": {
        resources: ["scaledobjects", "scaledjobs", "triggerauthentications"],
        alsoCreates:
            "an HPA on the ScaledObject's target and a ScaledJob's Jobs; a TriggerAuthentication creates nothing, it is read when a scaler of its namespace authenticates",
        why: `KEDA scales a ScaledObject's scaleTargetRef in its own namespace and runs a ScaledJob's jobTargetRef Jobs there (keda.sh "Scaling Deployments", "Scaling Jobs"); a trigger's ClusterTriggerAuthentication only lends KEDA credentials for reading metrics (keda.sh "Authentication"), and reading Secrets is no path to a runtime role. A TriggerAuthentication is namespaced: "You define a TriggerAuthentication object in the same namespace as the object that you want to scale. That trigger authentication can be used only by objects in that namespace" (OpenShift/OKD "Understanding custom metrics autoscaler trigger authentications"; keda.sh "Authentication": "Re-use per-namespace credentials ... with TriggerAuthentication", "Re-use global credentials with ClusterTriggerAuthentication", which stays cluster-wide): its secretTargetRef reads Secrets of its namespace, its boundServiceAccountToken requests tokens of a ServiceAccount of its namespace (sent to the scaler's endpoint, which the ScaledObject's author picks: acting as that ServiceAccount, no more than a pod of the namespace may), and its podIdentity gives KEDA's own cloud identity for the scaler's metric calls only`,
    },
    "ray.io": {
        resources: ["rayclusters", "rayjobs", "rayservices"],
        alsoCreates:
            "the head Service from headGroupSpec.headService and a RayService's serveService, each taken as the author wrote it (SERVICE_TEMPLATE_RESOURCES), a RayJob's submitter Job, and Ingresses/Routes when enableIngress is set",
        why: 'the KubeRay operator "manages Ray pods in order to match the RayCluster\'s spec" (Ray docs "RayCluster Configuration"), and a RayJob\'s submitter is a Kubernetes Job (Ray docs "RayJob Quickstart"), in the object\'s namespace; its head Service is written as given (SERVICE_TEMPLATE_RESOURCES)',
    },
    "jobset.x-k8s.io": {
        resources: ["jobsets"],
        alsoCreates:
            "Jobs from replicatedJobs and one headless Service for pod DNS that JobSet builds itself (name, selector, clusterIP None: kubernetes-sigs/jobset pkg/controllers jobset_controller.go createHeadlessSvcIfNecessary), no Service spec of the author's",
        why: 'JobSet "models a distributed training workload as a group of K8s Jobs" from its replicatedJobs templates (kubernetes-sigs/jobset README), owned Jobs of its namespace',
    },
    "kubeflow.org": {
        resources: ["pytorchjobs", "tfjobs", "mpijobs", "xgboostjobs", "paddlejobs", "jaxjobs"],
        alsoCreates:
            "headless Services per replica that the operator builds itself (ports from the container, clusterIP None), no Service spec of the author's, and PodGroups for gang scheduling",
        why: 'the Kubeflow training operator "creates the required pods and services" of a training job from its replica pod templates (Kubeflow docs "PyTorch Training (PyTorchJob)"), owned by the job in its namespace',
    },
    "serving.knative.dev": {
        resources: ["services", "configurations"],
        alsoCreates:
            "Revisions, their Deployments and PodAutoscalers, Routes and the Kubernetes Services Knative builds itself for them (ClusterIP or ExternalName to its ingress), no Service spec of the author's",
        why: `Knative Serving turns a Service's or Configuration's revision template into a Revision and its Deployment in the same namespace, as the template's serviceAccountName (Knative "Deploying images from a private container registry": the namespace's ServiceAccounts)`,
    },
    "notification.toolkit.fluxcd.io": {
        resources: ["alerts", "providers", "receivers"],
        alsoCreates: "nothing: it sends events and annotates objects that exist",
        why: 'Flux\'s notification-controller starts no pod: it sends events and requests reconciliations of objects that already exist, and acts only as the ServiceAccount a Provider names in spec.serviceAccountName, of its own namespace (Flux "Object Identity API")',
    },
    "cert-manager.io": {
        resources: ["issuers"],
        alsoCreates:
            "Certificates' Secrets, and per ACME HTTP-01 challenge a solver Service and Ingress or HTTPRoute that cert-manager builds itself (the solver's serviceType ClusterIP or NodePort only: cert-manager API reference, ACMEChallengeSolverHTTP01Ingress), no Service spec of the author's",
        why: 'an Issuer is "a namespaced resource, and it is not possible to issue certificates from an Issuer in a different namespace" (cert-manager "Issuer Configuration"): its ACME solver pods and the tokens of its serviceAccountRef are of its own namespace (certManagerTokenRequests)',
    },
};

/**
 * Custom resources whose controller creates a Kubernetes Service from a Service (or Service spec) the object carries,
 * as the author wrote it: writing one is writing that Service, with its externalIPs, loadBalancerIP and type (the
 * CVE-2020-8554 capture engine/kubernetes.ts SERVICE_CAPTURE_WHY describes), whatever else the kind is read as
 * (NAMESPACE_CONFINED_RESOURCES are confined for their pods only). By group, the plurals and why.
 */
export const SERVICE_TEMPLATE_RESOURCES: Record<string, { resources: string[]; why: string }> = {
    "ray.io": {
        resources: ["rayclusters", "rayservices", "rayjobs"],
        why: "the KubeRay operator creates a RayCluster's head Service from headGroupSpec.headService, a whole Service, overriding only its selector (ray-project/kuberay ray-operator/controllers/ray/common/service.go BuildServiceForHeadPod: `headService := cluster.Spec.HeadGroupSpec.HeadService.DeepCopy()`), and a RayService's serveService likewise; a RayService's rayClusterConfig and a RayJob's rayClusterSpec are whole RayClusterSpecs, headService included (KubeRay API reference, RayServiceSpec, RayJobSpec)",
    },
    "networking.istio.io": {
        resources: ["virtualservices"],
        why: 'a VirtualService routes the HTTP requests every sidecar of the namespaces it is exported to sends to its hosts, which "Could be a DNS name with wildcard prefix or an IP address" (istio.io "Virtual Service" reference, hosts; exportTo defaults to every namespace), so a VirtualService for 169.254.170.23, fd00:ec2::23 or `*` hands the Pod Identity agent\'s plain-HTTP credential requests of meshed pods, with their ServiceAccount tokens, to a destination of the author\'s choosing, as a Service\'s externalIPs would',
    },
};

/** Why writing `resource` (a plural or `*`) of `group` (`*` for every group) writes a Service (SERVICE_TEMPLATE_RESOURCES). */
export function serviceTemplateWrite(group: string, resource: string): string | undefined {
    const [base, sub] = resource.split("/");
    if (sub === "status" || sub === "finalizers") return undefined;
    const hits = Object.entries(SERVICE_TEMPLATE_RESOURCES).filter(
        ([g, x]) => (group === "*" || group === g) && (base === "*" || x.resources.includes(base)),
    );
    return hits.length > 0 ? hits.map(([, x]) => x.why).join("; ") : undefined;
}

/**
 * Why a ReferenceGrant, written by someone else, acts cluster-wide (customWriteReach): it has no controller, but its
 * writer picks the `to` list that a declared grant is judged by (referenceGrantOutside).
 */
export const REFERENCE_GRANT_WRITE_WHY =
    'a ReferenceGrant has no controller, but whoever writes one picks its `to` list: Secrets of its namespace (a Gateway\'s TLS certificateRefs) or any other kind, which the Gateway implementation then reads and acts on as itself for the objects of the `from` namespaces (Gateway API "ReferenceGrant"; GEP-709), an identity commonly reading Secrets cluster-wide; a declared ReferenceGrant is accepted only when its `to` names core Services, or a named Secret for Gateways alone (referenceGrantOutside)';

/** Why an unknown custom resource, written, acts cluster-wide (customWriteReach). */
export const UNKNOWN_CONTROLLER_WHY =
    "custom resources not known to be inert or confined to their namespace: the pack does not know their controller, whose identity and reach are commonly cluster-wide (operators' installs bind them to cluster-admin or `*` on `*`: Velero's server executes Backup and Restore hooks in any namespace's pods, Rancher Fleet's agent and KubeVela's vela-core apply what the object names anywhere), so whoever writes one may act as that controller in every namespace";

/** Why a write or rewrite on every API group (`*`) acts cluster-wide, for messages. */
export const ANY_GROUP_APPLIERS_WHY = `custom resources not known to be inert or confined to their namespace, of every API group: controllers the pack does not know, and those of ${Object.keys(CLUSTER_APPLYING_RESOURCES).join(", ")} (Flux Kustomizations, HelmReleases and sources, Argo CD Applications and AppProjects, Velero backups and restores, Kyverno policies), which apply, exec or call out as themselves anywhere in the cluster`;

/** How far someone else's write of a custom resource reaches (customWriteReach). */
export type CustomWriteReach =
    /** Inert, or a subresource that keeps the spec (status, finalizers): nothing. */
    | { reach: "none" }
    /** A node launcher (NODE_LAUNCHING_RESOURCES), judged as launching nodes. */
    | { reach: "nodes" }
    /** NAMESPACE_CONFINED_RESOURCES: pods of the object's own namespace. */
    | { reach: "namespace"; why: string }
    /** Every other custom resource: its controller, as itself, in every namespace. */
    | { reach: "cluster"; why: string; controllers: string[] };

/**
 * What writing `resource` (a plural, `*` for all, or `plural/subresource`) of API group `group` (`*` for every group;
 * not a group the API server serves itself) through RBAC, a mutating webhook or admission policy reaches. The ONE
 * reading of custom resources written by someone else: inert kinds nothing (cert-manager's acting kinds only when
 * `byCertManager`: its own webhook), node launchers nodes, NAMESPACE_CONFINED_RESOURCES pods of the object's
 * namespace, everything else cluster-wide as its controller (CLUSTER_APPLYING_RESOURCES for the documented ones, with
 * the ServiceAccounts of their own install). `*` of a group is every kind of it, a later one included: confined only
 * if nothing of it acts beyond its namespace, which no list can promise, so cluster-wide unless the group is inert.
 */
export function customWriteReach(group: string, resource: string, byCertManager = false): CustomWriteReach {
    const [base, sub] = resource.split("/");
    // `status`: with the status subresource enabled, the API server ignores every change but the status stanza
    // (Kubernetes "Custom Resources", "Status subresource"); `finalizers` only gates ownerReference
    // blockOwnerDeletion (Kubernetes "Garbage Collection"). No spec is written through either.
    if (sub === "status" || sub === "finalizers") return { reach: "none" };
    if (group === "*") return { reach: "cluster", why: ANY_GROUP_APPLIERS_WHY, controllers: [] };
    if (launchesNodes(group, base)) return { reach: "nodes" };
    if (isInertResource(group, base, byCertManager)) return { reach: "none" };
    const confined = NAMESPACE_CONFINED_RESOURCES[group];
    if (confined?.resources.includes(base)) return { reach: "namespace", why: confined.why };
    if (group === "gateway.networking.k8s.io" && base === "referencegrants")
        return { reach: "cluster", why: REFERENCE_GRANT_WRITE_WHY, controllers: [] };
    const applier = CLUSTER_APPLYING_RESOURCES[group];
    if (applier && (base === "*" || applier.resources.includes(base) || applier.wholeGroup))
        return { reach: "cluster", why: applier.why, controllers: applier.controllers ?? [] };
    return { reach: "cluster", why: UNKNOWN_CONTROLLER_WHY, controllers: [] };
}

/**
 * Argo CD's own configuration, recognised BY NAME: the ConfigMaps argocd-cm (settings, local accounts, anonymous
 * access), argocd-rbac-cm (its RBAC: policy.default, policy.csv and every policy.<name>.csv, which Argo CD
 * concatenates: Argo CD "argocd-rbac-cm.yaml") and argocd-cmd-params-cm (its components' parameters,
 * server.disable.auth among them), and the Secret argocd-secret (ARGOCD_SECRET_WHY), in any namespace (Argo CD may be
 * installed in another one than its documented `argocd`: "Getting Started"). Whoever Argo CD lets create, update or
 * sync Applications (or more) has Argo CD's application controller deploy what they choose, as itself, anywhere
 * (CLUSTER_APPLYING_RESOURCES argoproj.io): so writing that configuration (RBAC, a webhook), or reading the Secret, is
 * acting cluster-wide as Argo CD, and a declared configuration giving anyone more than read-only access gives them
 * that power (argoCdGrants).
 */
export const ARGOCD_CONFIG_MAPS = ["argocd-cm", "argocd-rbac-cm", "argocd-cmd-params-cm"];
/** Argo CD's own Secret (ARGOCD_CONFIG_MAPS says how it is recognised). */
export const ARGOCD_SECRETS = ["argocd-secret"];
/**
 * Argo CD's other ConfigMaps of a single supported name, which mark its namespace as the ones above do (operator
 * manual, "Declarative Setup", "Atomic configuration": argocd-tls-certs-cm, argocd-ssh-known-hosts-cm; the
 * notifications controller's argocd-notifications-cm and the GPG keys' argocd-gpg-keys-cm, installed beside them).
 */
export const ARGOCD_MARKER_CONFIG_MAPS = [
    ...ARGOCD_CONFIG_MAPS,
    "argocd-tls-certs-cm",
    "argocd-ssh-known-hosts-cm",
    "argocd-notifications-cm",
    "argocd-gpg-keys-cm",
];
/** Why reading or writing argocd-secret is Argo CD admin, for messages. */
export const ARGOCD_SECRET_WHY =
    'argocd-secret holds server.secretkey, the "random server signature key for session validation" with which Argo CD\'s API server signs its own session tokens, the local admin\'s included, and admin.password, the local admin\'s bcrypt hash, which patching the Secret resets (Argo CD operator manual, "argocd-secret.yaml"; FAQ, "I forgot the admin password, how do I reset it?"): its reader signs an admin session, its writer sets the admin password, and Argo CD\'s admin syncs anything';
/** The namespace of Argo CD's documented install (Argo CD "Getting Started": `kubectl create namespace argocd`). */
export const ARGOCD_NAMESPACE = "argocd";
/** Why Argo CD's users with more than read-only access act cluster-wide, for messages. */
export const ARGOCD_USERS_WHY =
    'whoever Argo CD lets create, update or sync Applications (or more) has Argo CD\'s application controller deploy what they choose as itself, cluster-wide in the default install (Argo CD "Application Sync using impersonation": "By default, application syncs in Argo CD have the same privileges as the Argo CD control plane"; "The Default Project" permits any destination)';

/** Someone Argo CD's declared configuration lets do more than read (argoCdGrants). */
export interface ArgoCdGrant {
    /** Who: an Argo CD subject (an SSO user or group, a local account, a project role), or every user. */
    subject: string;
    /** Which key says so, and what it gives. */
    what: string;
}

/** A policy CSV field, trimmed and unquoted (Casbin's CSV adapter). */
const csvField = (x: string): string =>
    x
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim();

/**
 * Who Argo CD's declared configuration of one namespace lets do more than read-only, from the `data` of its
 * argocd-rbac-cm, argocd-cm and argocd-cmd-params-cm (each undefined when the stack declares none; a ConfigMap and its
 * patches merged). Argo CD RBAC (Argo CD "RBAC Configuration"): `p, <subject>, <resource>, <action>, <object>[,
 * <effect>]` grants, `g, <subject>, <role>` assigns roles (transitively); role:admin is "unrestricted access to all
 * resources", role:readonly reads only; "All authenticated users get at least the permissions granted by the default
 * policies" (policy.default), and with argocd-cm `users.anonymous.enabled` anonymous callers get them too. A subject
 * has more than read-only access when it reaches role:admin, or an allow of any action but `get` (create, update,
 * delete, sync, override, action/..., exec create, `*`): deny lines only take away and are not relied on, and an
 * unreadable line counts as a grant. argocd-cmd-params-cm `server.disable.auth` turns RBAC enforcement off
 * altogether (argo-cd server/server.go: `enf.EnableEnforce(!opts.DisableAuth)`). An absent argocd-rbac-cm is Argo
 * CD's default, which grants nothing (policy.default empty). `unknown`: keys unknown during a preview, which may say
 * anything.
 */
export function argoCdGrants(config: { rbac?: unknown; cm?: unknown; params?: unknown }): {
    grants: ArgoCdGrant[];
    unknown: string[];
} {
    const grants: ArgoCdGrant[] = [];
    const unknown: string[] = [];
    const dataOf = (data: unknown, name: string): Record<string, unknown> | undefined => {
        if (data === undefined || data === null) return undefined;
        if (isUnknown(data) || typeof data !== "object") {
            unknown.push(`${name} data`);
            return undefined;
        }
        return data as Record<string, unknown>;
    };
    const rbac = dataOf(config.rbac, "argocd-rbac-cm");
    const cm = dataOf(config.cm, "argocd-cm");
    const params = dataOf(config.params, "argocd-cmd-params-cm");
    const flag = (data: Record<string, unknown> | undefined, key: string, name: string): boolean => {
        const v = data?.[key];
        if (isUnknown(v)) {
            unknown.push(`${name} ${key}`);
            return true;
        }
        return (
            String(v ?? "")
                .trim()
                .toLowerCase() === "true"
        );
    };
    if (flag(params, "server.disable.auth", "argocd-cmd-params-cm"))
        grants.push({
            subject: "anyone reaching the Argo CD API server",
            what: "argocd-cmd-params-cm server.disable.auth: RBAC is not enforced, every caller is admin",
        });
    if (rbac === undefined) return { grants, unknown };
    const direct = new Map<string, string>();
    const edges = new Map<string, string[]>();
    const subjects = new Set<string>();
    for (const [key, raw] of Object.entries(rbac)) {
        if (key !== "policy.csv" && !/^policy\..+\.csv$/.test(key)) continue;
        if (isUnknown(raw)) {
            unknown.push(`argocd-rbac-cm ${key}`);
            continue;
        }
        for (const line of String(raw ?? "").split(/\r?\n/)) {
            const text = line.trim();
            if (text === "" || text.startsWith("#")) continue;
            const f = text.split(",").map(csvField);
            if (f[0] === "g" && f.length >= 3) {
                subjects.add(f[1]);
                edges.set(f[1], [...(edges.get(f[1]) ?? []), f[2]]);
            } else if (f[0] === "p" && f.length >= 5) {
                subjects.add(f[1]);
                const effect = (f[5] ?? "allow").toLowerCase();
                if (effect !== "deny" && f[3] !== "get" && !direct.has(f[1])) direct.set(f[1], `${key} \`${text}\``);
            } else if (f[0] === "p" || f[0] === "g") {
                // Unreadable: read as a grant to whoever it names.
                if (f[1]) {
                    subjects.add(f[1]);
                    if (!direct.has(f[1])) direct.set(f[1], `${key} \`${text}\` (unreadable, read as a grant)`);
                }
            }
        }
    }
    /** Why `subject` has more than read-only access, or undefined. */
    const power = (subject: string, seen = new Set<string>()): string | undefined => {
        if (subject === "role:admin") return "role:admin";
        if (seen.has(subject)) return undefined;
        seen.add(subject);
        const own = direct.get(subject);
        if (own) return own;
        for (const role of edges.get(subject) ?? []) {
            const via = power(role, seen);
            if (via) return role === "role:admin" ? "`g` to role:admin" : `\`g\` to ${role} (${via})`;
        }
        return undefined;
    };
    const byDefault = rbac["policy.default"];
    if (isUnknown(byDefault)) unknown.push("argocd-rbac-cm policy.default");
    else {
        const role = String(byDefault ?? "").trim();
        const why = role === "" ? undefined : power(role);
        if (why) {
            grants.push({
                subject: "every user Argo CD authenticates",
                what: `argocd-rbac-cm policy.default ${role}${why === "role:admin" ? "" : ` (${why})`}`,
            });
            if (flag(cm, "users.anonymous.enabled", "argocd-cm"))
                grants.push({
                    subject: "anyone reaching the Argo CD API server (anonymous)",
                    what: `argocd-cm users.anonymous.enabled with argocd-rbac-cm policy.default ${role}`,
                });
        }
    }
    for (const subject of subjects) {
        if (subject.startsWith("role:")) continue;
        const why = power(subject);
        if (why) grants.push({ subject, what: `argocd-rbac-cm gives ${subject} ${why}` });
    }
    return { grants, unknown };
}

/** Whether `resource` (a plural, `*` for all) of `group` launches nodes (NODE_LAUNCHING_RESOURCES). */
export function launchesNodes(group: string, resource: string): boolean {
    const launching = NODE_LAUNCHING_RESOURCES[group];
    return launching !== undefined && (resource === "*" || resource in launching);
}

/**
 * Whether `resource` (a plural, `*` for all) of `group` is known to act as no ServiceAccount when written through
 * RBAC, a webhook or a CRD's conversion: cert-manager's acting kinds (ACTING_KINDS) only when cert-manager itself
 * writes them (`byCertManager`: its own webhook, certManagerServes). Node launchers never are
 * (NODE_LAUNCHING_RESOURCES).
 */
export function isInertResource(group: string, resource: string, byCertManager = false): boolean {
    if (launchesNodes(group, resource)) return false;
    const acting = ACTING_KINDS[group];
    if (!byCertManager && acting && (resource === "*" || acting.includes(resource))) return false;
    const inert = INERT_CUSTOM_RESOURCES[group];
    return inert === "*" || (inert !== undefined && resource !== "*" && inert.some(k => k.plural === resource));
}

/** Whether an object of `kind` in `group`, declared in the stack, is known to act as no ServiceAccount. */
export function isInertKind(group: string, kind: string): boolean {
    const inert = INERT_CUSTOM_RESOURCES[group];
    return inert === "*" || (inert !== undefined && inert.some(k => k.kind === kind));
}

export const PROMETHEUS = "kubernetes:monitoring.coreos.com/v1:Prometheus";

/**
 * The PrometheusSpec fields (prometheus-operator API reference, Prometheus v1 monitoring.coreos.com) a Prometheus of
 * the stack may set and be judged as the pod the operator renders: a StatefulSet in the object's own namespace
 * running the Prometheus image and the operator's config-reloader "to run the Prometheus Pods" as
 * `serviceAccountName` (else `default`), with the pod-level `securityContext`, scheduling fields, `podMetadata` and
 * `resources` copied into its pod template, and the operator's own Secret, ConfigMap and emptyDir volumes. With
 * nothing else set, that pod is fully known (renderedPodTemplate). Every other field adds what the pack does not
 * render, so it stays refused: `containers`/`initContainers` (strategic-merge patches into the operator's
 * containers), `volumes`/`volumeMounts`, `hostNetwork`, `secrets`/`configMaps` (mounted into the pod),
 * `additionalScrapeConfigs` and `scrapeConfigSelector` (file and HTTP service discovery), `remoteWrite`/`remoteRead`
 * (sigv4 with the pod's credentials), `storage` (a claim template may bind an existing PersistentVolume), `alerting`,
 * `web`, `additionalArgs`, `enableFeatures`.
 */
const PROMETHEUS_SPEC_FIELDS = new Set([
    "replicas",
    "version",
    "image",
    "serviceAccountName",
    "automountServiceAccountToken",
    "securityContext",
    "podMetadata",
    "resources",
    "nodeSelector",
    "tolerations",
    "affinity",
    "topologySpreadConstraints",
    "priorityClassName",
    "retention",
    "retentionSize",
    "scrapeInterval",
    "scrapeTimeout",
    "evaluationInterval",
    "externalLabels",
    "logLevel",
    "logFormat",
    "serviceMonitorSelector",
    "serviceMonitorNamespaceSelector",
    "podMonitorSelector",
    "podMonitorNamespaceSelector",
    "probeSelector",
    "probeNamespaceSelector",
    "ruleSelector",
    "ruleNamespaceSelector",
    // "When true, ServiceMonitor, PodMonitor and Probe object are forbidden to reference arbitrary files on the file
    // system of the 'prometheus' container" (ArbitraryFSAccessThroughSMsConfig.deny): a hardening.
    "arbitraryFSAccessThroughSMs",
]);

/** Custom resource kinds (Pulumi type) that the pack judges as the pod their operator renders from them. */
export const RENDERED_POD_KINDS: ReadonlySet<string> = new Set([PROMETHEUS]);

/**
 * For a RENDERED_POD_KINDS object: the first field of its spec the pack does not render (PROMETHEUS_SPEC_FIELDS), or
 * one whose value is unknown during a preview, as a path such as `spec.containers`; undefined when its pod is known.
 */
export function renderedPodOutside(type: string, props: Record<string, any>): string | undefined {
    if (type !== PROMETHEUS) return undefined;
    const spec = props.spec;
    if (spec === undefined || spec === null) return undefined;
    if (isUnknown(spec) || typeof spec !== "object" || Array.isArray(spec)) return "spec";
    for (const [k, v] of Object.entries(spec)) {
        if (!PROMETHEUS_SPEC_FIELDS.has(k)) return `spec.${k}`;
        if (containsUnknown(v)) return `spec.${k} (unknown during the preview)`;
    }
    if (containsUnknown(props.metadata?.namespace)) return "metadata.namespace (unknown during the preview)";
    return undefined;
}

/**
 * The pod template the operator renders from a RENDERED_POD_KINDS object (prometheus-operator, "Prometheus": the
 * StatefulSet `prometheus-<name>` in the object's namespace), for the pod judgements every workload goes through
 * (engine/podSpec.ts POD_SPEC_OF): its ServiceAccount, pod security, scheduling and volumes. Only what
 * renderedPodOutside admits is copied; the operator's own volumes are its generated Secret and ConfigMaps and an
 * emptyDir (no storage set).
 */
export function renderedPodTemplate(type: string, props: Record<string, any>): { metadata?: any; spec?: any } {
    if (type !== PROMETHEUS) return {};
    const spec = props.spec && typeof props.spec === "object" ? props.spec : {};
    const name = typeof props.metadata?.name === "string" ? props.metadata.name : "prometheus";
    const pick = (...fields: string[]) =>
        Object.fromEntries(fields.filter(f => spec[f] !== undefined).map(f => [f, spec[f]]));
    return {
        metadata: spec.podMetadata,
        spec: {
            ...pick(
                "serviceAccountName",
                "automountServiceAccountToken",
                "securityContext",
                "nodeSelector",
                "tolerations",
                "affinity",
                "topologySpreadConstraints",
                "priorityClassName",
            ),
            containers: [
                {
                    name: "prometheus",
                    ...(spec.image !== undefined ? { image: spec.image } : {}),
                    ...(spec.resources !== undefined ? { resources: spec.resources } : {}),
                    volumeMounts: [
                        { name: "config-out", mountPath: "/etc/prometheus/config_out", readOnly: true },
                        { name: `prometheus-${name}-db`, mountPath: "/prometheus" },
                    ],
                },
                { name: "config-reloader", volumeMounts: [{ name: "config", mountPath: "/etc/prometheus/config" }] },
            ],
            volumes: [
                { name: "config", secret: { secretName: `prometheus-${name}` } },
                { name: "config-out", emptyDir: { medium: "Memory" } },
                { name: `prometheus-${name}-db`, emptyDir: {} },
            ],
        },
    };
}

export const KEDA_SCALED_OBJECT = "kubernetes:keda.sh/v1alpha1:ScaledObject";

/**
 * KEDA ScaledObject fields (keda.sh docs, "ScaledObject specification", reference/scaledobject-spec): the target KEDA
 * "will scale up/down and set up an HPA for" (scaleTargetRef, in the ScaledObject's own namespace), replica bounds
 * and timings, `fallback` (a replica count) and `advanced` (the HPA's name and behavior, restoring the replica count,
 * scalingModifiers' formula over the triggers' metrics). KEDA "feed[s] that data to Kubernetes and the HPA"
 * (concepts/scaling-deployments): it changes the target's replica count only, as an HPA or a patch of `replicas`
 * would, and runs no pod of its own (unlike a ScaledJob's jobTargetRef).
 */
const SCALED_OBJECT_SPEC_FIELDS = new Set([
    "scaleTargetRef",
    "pollingInterval",
    "cooldownPeriod",
    "initialCooldownPeriod",
    "idleReplicaCount",
    "minReplicaCount",
    "maxReplicaCount",
    "fallback",
    "advanced",
    "triggers",
]);
/**
 * Trigger types whose scaler reads nothing outside the cluster's own clock and metrics: `cron` (keda.sh docs,
 * scalers/cron: timezone, start, end, desiredReplicas), `cpu` and `memory` (scalers/cpu, scalers/memory: "standard cpu
 * and memory metrics from the Kubernetes Metrics Server"). Every other scaler reaches an event source with
 * credentials: a TriggerAuthentication or ClusterTriggerAuthentication (`authenticationRef`: Secrets, a vault, or a
 * podIdentity the KEDA operator assumes, its own role or the target workload's), or parameters "defined on the target
 * container" (`*FromEnv`: the target's environment, Secrets included; concepts/authentication). Those make the KEDA
 * operator read Secrets or act with an identity the pack does not judge here, so they stay refused, as ScaledJob,
 * TriggerAuthentication and ClusterTriggerAuthentication do (and RBAC on scaledobjects: a writer picks the triggers).
 */
const KEDA_UNAUTHENTICATED_TRIGGERS = new Set(["cron", "cpu", "memory"]);
/** Trigger fields (scaledobject-spec, "triggers") other than authenticationRef. */
const SCALED_OBJECT_TRIGGER_FIELDS = new Set(["type", "metadata", "name", "metricType", "useCachedMetrics"]);

/**
 * For a KEDA ScaledObject of the stack: the first field that makes it more than an HPA on its target (a spec field
 * not in SCALED_OBJECT_SPEC_FIELDS, a trigger that authenticates or is not one of KEDA_UNAUTHENTICATED_TRIGGERS), or
 * one unknown during a preview, as a path such as `spec.triggers[0].authenticationRef`; undefined when it is inert.
 */
export function scaledObjectOutside(props: Record<string, any>): string | undefined {
    const spec = props.spec;
    if (spec === undefined || spec === null || isUnknown(spec) || typeof spec !== "object" || Array.isArray(spec))
        return "spec";
    for (const k of Object.keys(spec)) if (!SCALED_OBJECT_SPEC_FIELDS.has(k)) return `spec.${k}`;
    const triggers: unknown = spec.triggers;
    if (!Array.isArray(triggers)) return "spec.triggers";
    for (let i = 0; i < triggers.length; i++) {
        const at = `spec.triggers[${i}]`;
        const t: unknown = triggers[i];
        if (t === null || typeof t !== "object" || Array.isArray(t)) return at;
        if (containsUnknown(t)) return `${at} (unknown during the preview)`;
        const trigger = t as Record<string, unknown>;
        for (const k of Object.keys(trigger)) if (!SCALED_OBJECT_TRIGGER_FIELDS.has(k)) return `${at}.${k}`;
        if (typeof trigger.type !== "string" || !KEDA_UNAUTHENTICATED_TRIGGERS.has(trigger.type))
            return `${at}.type (${String(trigger.type)})`;
        const metadata = trigger.metadata;
        if (metadata !== undefined && metadata !== null && typeof metadata === "object")
            for (const k of Object.keys(metadata)) if (/FromEnv$/.test(k)) return `${at}.metadata.${k}`;
    }
    return undefined;
}

/** A Gateway API ReferenceGrant (v1alpha2, v1beta1, v1), not its Patch (which merges into a grant the pack cannot see). */
export const REFERENCE_GRANT = /^kubernetes:gateway\.networking\.k8s\.io\/[^:]+:ReferenceGrant$/;

/**
 * What a ReferenceGrant may open and still be inert: `group/kind` of its `to` entries. A ReferenceGrant has no
 * controller of its own: "a list of resources references may come from, and a list of resources that may be
 * referenced" in the grant's own namespace, which the Gateway implementation checks before it follows a
 * cross-namespace reference ("Without a ReferenceGrant, a cross namespace reference is invalid": Gateway API
 * "ReferenceGrant", gateway-api.sigs.k8s.io/api-types/referencegrant; GEP-709 "Cross Namespace References from
 * Routes"). A core Service (group "", kind Service) is a route backend: the grant lets routes of the `from` namespace
 * send requests to the namespace's Services, routing as the routes themselves are (INERT_CUSTOM_RESOURCES), no
 * Secret, pod or identity. A Secret only as GATEWAY_TLS_SECRET says; another kind is whatever its implementation does
 * with a reference the pack cannot read.
 */
const INERT_REFERENCE_TARGETS = new Set(["/Service"]);
/**
 * A Secret a ReferenceGrant may open: a Gateway's TLS certificate, Gateway API's own cross-namespace pattern (a
 * listener's certificateRefs to a Secret of another namespace is invalid without a ReferenceGrant there: Gateway API
 * reference, GatewayTLSConfig `certificateRefs`; GEP-709). The implementation loads tls.crt and tls.key and serves
 * the certificate for the Gateway, so no byte of the key reaches the Gateway's author, and a Secret without them (a
 * ServiceAccount token) is an invalid certificateRef, never served. Accepted only when every `from` entry is a Gateway
 * (an HTTPRoute's or BackendTLSPolicy's reference is another use), the `to` entry names the Secret ("When unspecified,
 * this policy refers to all resources of the specified Group and Kind in the local namespace": ReferenceGrantTo
 * `name`), and the grant's namespace is neither kube-system nor one where the stack's runtime ServiceAccounts run
 * (`closed`: their TLS keys would be presented by whoever writes a Gateway in the `from` namespace).
 */
const GATEWAY_TLS_SECRET = { from: "gateway.networking.k8s.io/Gateway", to: "/Secret" };
/** ReferenceGrantSpec, ReferenceGrantFrom and ReferenceGrantTo fields (Gateway API reference, ReferenceGrant). */
const REFERENCE_GRANT_FIELDS = {
    spec: new Set(["from", "to"]),
    from: new Set(["group", "kind", "namespace"]),
    to: new Set(["group", "kind", "name"]),
};

/**
 * For a ReferenceGrant of the stack in `namespace` (undefined: unknown during the preview): what it opens beyond
 * INERT_REFERENCE_TARGETS and GATEWAY_TLS_SECRET, as the path and what is there (`spec.to[1] (group "", kind
 * Secret)`), a field the pack does not know, or one unknown during a preview; undefined when its `to` list names only
 * core Services, or named Secrets for Gateways outside `closed` (kube-system is always closed; `*`: every namespace).
 */
export function referenceGrantOutside(
    props: Record<string, any>,
    namespace: string | undefined,
    closed: ReadonlySet<string> | "*",
): string | undefined {
    const spec: unknown = props.spec;
    if (spec === undefined || spec === null || isUnknown(spec) || typeof spec !== "object" || Array.isArray(spec))
        return "spec (not an object)";
    const record = spec as Record<string, unknown>;
    for (const k of Object.keys(record)) if (!REFERENCE_GRANT_FIELDS.spec.has(k)) return `spec.${k}`;
    for (const list of ["from", "to"] as const) {
        const entries = record[list];
        if (isUnknown(entries)) return `spec.${list} (unknown during the preview)`;
        if (!Array.isArray(entries) || entries.length === 0) return `spec.${list} (not a list of entries)`;
        for (let i = 0; i < entries.length; i++) {
            const at = `spec.${list}[${i}]`;
            const e: unknown = entries[i];
            if (e === null || typeof e !== "object" || Array.isArray(e)) return `${at} (not an object)`;
            if (containsUnknown(e)) return `${at} (unknown during the preview)`;
            const entry = e as Record<string, unknown>;
            for (const k of Object.keys(entry)) if (!REFERENCE_GRANT_FIELDS[list].has(k)) return `${at}.${k}`;
            if (typeof entry.group !== "string" || typeof entry.kind !== "string")
                return `${at} (group and kind are required: write group "" and kind Service for core Services)`;
            const target = `${entry.group}/${entry.kind}`;
            if (list !== "to" || INERT_REFERENCE_TARGETS.has(target)) continue;
            const what = `${at} (group "${entry.group}", kind ${entry.kind})`;
            if (target !== GATEWAY_TLS_SECRET.to) return what;
            if (typeof entry.name !== "string" || entry.name === "")
                return `${what} without a name (every Secret of the namespace)`;
            const from = (record.from as Record<string, unknown>[]).find(
                f => `${String(f.group)}/${String(f.kind)}` !== GATEWAY_TLS_SECRET.from,
            );
            if (from)
                return `${what} for a \`from\` of kind ${String(from.kind)} (only Gateways may be granted Secrets)`;
            if (namespace === undefined) return `${what} in a namespace unknown during the preview`;
            if (namespace === "kube-system" || closed === "*" || closed.has(namespace))
                return `${what} in namespace ${namespace} (${namespace === "kube-system" ? "the control plane's" : "where the stack's runtime ServiceAccounts run"})`;
        }
    }
    return undefined;
}

/** A cert-manager Issuer or ClusterIssuer (or its Patch). */
export const ACME_ISSUER = /^kubernetes:cert-manager\.io\/[^:]+:(Cluster)?Issuer(Patch)?$/;
/**
 * A cert-manager ACME Challenge (or its Patch). It carries its own solver (cert-manager API reference, ChallengeSpec
 * `solver`: "Contains the domain solving configuration that should be used to solve this challenge resource"), which
 * cert-manager's challenge controller runs for the issuer of its `issuerRef`.
 */
export const ACME_CHALLENGE = /^kubernetes:acme\.cert-manager\.io\/[^:]+:Challenge(Patch)?$/;

/**
 * The ACME HTTP-01 solver pods cert-manager creates for an Issuer, ClusterIssuer or Challenge of the stack, one per
 * http01 solver (ingress or gatewayHTTPRoute; a Challenge's one `spec.solver`): cert-manager's acmesolver container,
 * with the solver's podTemplate applied (cert-manager
 * API reference, ACMEChallengeSolverHTTP01IngressPodTemplate: metadata "Only the 'labels' and 'annotations' fields may
 * be set", and "Annotations that should be added to the created ACME HTTP01 solver pods"; spec
 * ACMEChallengeSolverHTTP01IngressPodSpec: affinity, imagePullSecrets, nodeSelector, priorityClassName, resources,
 * securityContext, serviceAccountName, tolerations, "All other fields will be ignored"). They run in the namespace of
 * the Challenge, which is the Certificate's: an Issuer's own namespace, any namespace for a ClusterIssuer
 * (`clusterWide`). `unknown`: the path of a part unknown during the preview. The acmesolver container's own
 * securityContext is cert-manager's, not in view: left unset, it is read as one that may run as root.
 */
export function acmeSolverPods(
    type: string,
    props: Record<string, any>,
): { where: string; clusterWide: boolean; metadata?: any; spec: any; unknown?: string }[] {
    const challenge = ACME_CHALLENGE.test(type);
    if (!ACME_ISSUER.test(type) && !challenge) return [];
    const clusterWide = /:ClusterIssuer(Patch)?$/.test(type);
    let solvers: [string, any][];
    if (challenge) {
        if (isUnknown(props.spec) || isUnknown(props.spec?.solver))
            return [{ where: "spec.solver", clusterWide, spec: {}, unknown: "spec.solver" }];
        solvers = props.spec?.solver ? [["spec.solver", props.spec.solver]] : [];
    } else {
        const acme = props.spec?.acme;
        if (isUnknown(props.spec) || isUnknown(acme) || isUnknown(acme?.solvers))
            return [{ where: "spec.acme.solvers", clusterWide, spec: {}, unknown: "spec.acme.solvers" }];
        solvers = (Array.isArray(acme?.solvers) ? acme.solvers : []).map((x: any, i: number) => [
            `spec.acme.solvers[${i}]`,
            x,
        ]);
    }
    const out: { where: string; clusterWide: boolean; metadata?: any; spec: any; unknown?: string }[] = [];
    for (const [at, solver] of solvers) {
        const http01 = solver?.http01;
        for (const how of ["ingress", "gatewayHTTPRoute"]) {
            const where = `${at}.http01.${how}.podTemplate`;
            if (isUnknown(solver) || isUnknown(http01) || isUnknown(http01?.[how])) {
                out.push({ where, clusterWide, spec: {}, unknown: where });
                continue;
            }
            if (!http01?.[how]) continue;
            const template = http01[how].podTemplate;
            const spec = template?.spec;
            const unknown = [
                [where, template],
                [`${where}.metadata`, template?.metadata],
                [`${where}.spec`, spec],
            ].find(([, v]) => containsUnknown(v))?.[0] as string | undefined;
            const s = spec && typeof spec === "object" && !isUnknown(spec) ? spec : {};
            const pick = (...fields: string[]) =>
                Object.fromEntries(fields.filter(f => s[f] !== undefined).map(f => [f, s[f]]));
            out.push({
                where,
                clusterWide,
                metadata: isUnknown(template?.metadata) ? undefined : template?.metadata,
                spec: {
                    ...pick(
                        "serviceAccountName",
                        "securityContext",
                        "nodeSelector",
                        "affinity",
                        "tolerations",
                        "priorityClassName",
                        "imagePullSecrets",
                    ),
                    containers: [
                        { name: "acmesolver", ...(s.resources !== undefined ? { resources: s.resources } : {}) },
                    ],
                },
                ...(unknown ? { unknown } : {}),
            });
        }
    }
    return out;
}

/** Fields on the way from an Issuer's or Challenge's spec to a serviceAccountRef (certManagerTokenRequests). */
const TOKEN_PATH_FIELDS = new Set([
    "spec",
    "acme",
    "solvers",
    "solver",
    "dns01",
    "route53",
    "vault",
    "auth",
    "kubernetes",
    "aws",
]);

/** A ServiceAccount token cert-manager requests for an object of the stack (certManagerTokenRequests). */
export interface CertManagerTokenRequest {
    /** The path of the `serviceAccountRef`, e.g. `spec.vault.auth.kubernetes.serviceAccountRef`. */
    where: string;
    /**
     * Resolved in cert-manager's cluster resource namespace (a ClusterIssuer's, or a Challenge's of a ClusterIssuer):
     * a flag of cert-manager's controller, outside the stack, so any namespace here.
     */
    clusterWide: boolean;
    /** The ServiceAccount's name. */
    name?: string;
    /** The audiences it names (`audiences`), when it names some. */
    audiences?: string[];
    /** What cert-manager does with the token. */
    use: string;
    /** The path of a part unknown during the preview, which may name any ServiceAccount. */
    unknown?: string;
}

/**
 * The ServiceAccounts cert-manager requests tokens for on behalf of an Issuer, ClusterIssuer or Challenge of the stack
 * (or a Patch of one): every `serviceAccountRef` of its spec. cert-manager API reference: ServiceAccountRef, "A
 * reference to a service account that will be used to request a bound token (also known as 'projected token')", on
 * Route53KubernetesAuth (ACME DNS-01 Route53 `auth.kubernetes`: "Kubernetes authenticates with Route53 using
 * AssumeRoleWithWebIdentity by passing a bound ServiceAccount token", audiences "If unset the audience defaults to
 * sts.amazonaws.com"), VaultKubernetesAuth (`vault.auth.kubernetes`: the token is passed to the Vault server, with the
 * extra `audiences` beside `vault://<namespace>/<issuer>` and the server's address) and VaultAWSAuth
 * (`vault.auth.aws`: "a web identity token for IRSA", traded for its `iamRoleArn`). cert-manager's solver requests
 * it in the issuer's resource namespace (cert-manager pkg/issuer/acme/dns/dns.go, `createToken(ctx,
 * resourceNamespace, ...ServiceAccountRef.Name, audiences)`; its Vault client likewise): an Issuer's own namespace,
 * cert-manager's Cluster Resource Namespace for a ClusterIssuer ("Issuer Configuration", "Cluster Resource
 * Namespace"), and for a
 * Challenge the one of the issuer its `issuerRef` names (an empty kind is an Issuer, in the Challenge's namespace).
 * With the token cert-manager acts as that ServiceAccount where the object says: the role it names, the Vault server
 * it names, with audiences of its choosing. So the object acts as the ServiceAccount, whatever cert-manager's own
 * RBAC (create serviceaccounts/token on that name, outside the stack: "To use this field, you must configure an RBAC
 * rule to let cert-manager request a token"). Any `serviceAccountRef` key of the spec counts, so a later auth of the
 * same shape does too; an unknown part on the way to one (TOKEN_PATH_FIELDS) may name any ServiceAccount.
 */
export function certManagerTokenRequests(type: string, props: Record<string, any>): CertManagerTokenRequest[] {
    const challenge = ACME_CHALLENGE.test(type);
    if (!ACME_ISSUER.test(type) && !challenge) return [];
    const spec = props.spec;
    const issuerRef = isUnknown(spec) ? undefined : spec?.issuerRef;
    const clusterWide =
        /:ClusterIssuer(Patch)?$/.test(type) ||
        (challenge &&
            (isUnknown(spec) ||
                containsUnknown(issuerRef) ||
                issuerRef?.kind === "ClusterIssuer" ||
                // A ChallengePatch without issuerRef keeps the issuer of a Challenge outside the stack.
                (issuerRef === undefined && type.endsWith("Patch"))));
    const server = spec?.vault?.server;
    const shownServer = typeof server === "string" && !isUnknown(server) ? server : "(unknown)";
    const useOf = (where: string): string =>
        /\.route53\.auth\.kubernetes\.serviceAccountRef$/.test(where)
            ? "trades for the role the solver names (AssumeRoleWithWebIdentity)"
            : /^spec\.vault\.auth\.kubernetes\.serviceAccountRef$/.test(where)
              ? `sends to the Vault server the issuer names, ${shownServer}`
              : /^spec\.vault\.auth\.aws\.serviceAccountRef$/.test(where)
                ? `trades for the issuer's iamRoleArn (AssumeRoleWithWebIdentity) to log in to the Vault server ${shownServer}`
                : "uses as the object's settings say";
    const out: CertManagerTokenRequest[] = [];
    const walk = (v: unknown, at: string, field: string, depth: number): void => {
        if (depth > 16) return;
        if (isUnknown(v)) {
            if (TOKEN_PATH_FIELDS.has(field)) out.push({ where: at, clusterWide, use: useOf(at), unknown: at });
            return;
        }
        if (Array.isArray(v)) {
            v.forEach((x, i) => walk(x, `${at}[${i}]`, field, depth + 1));
            return;
        }
        if (v === null || typeof v !== "object") return;
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
            const where = `${at}.${k}`;
            if (k !== "serviceAccountRef") {
                walk(x, where, k, depth + 1);
                continue;
            }
            const ref = x as Record<string, unknown> | null | undefined;
            if (ref === undefined || ref === null) continue;
            if (isUnknown(ref) || (typeof ref === "object" && isUnknown(ref.name)))
                out.push({ where, clusterWide, use: useOf(where), unknown: isUnknown(ref) ? where : `${where}.name` });
            // No name, or not an object: cert-manager requests no token ("service account name is required").
            else if (typeof ref === "object" && typeof ref.name === "string" && ref.name !== "") {
                const audiences = Array.isArray(ref.audiences) ? ref.audiences.map(String) : undefined;
                out.push({
                    where,
                    clusterWide,
                    name: ref.name,
                    use: useOf(where),
                    ...(audiences ? { audiences } : {}),
                });
            }
        }
    };
    walk(spec, "spec", "spec", 0);
    return out;
}
