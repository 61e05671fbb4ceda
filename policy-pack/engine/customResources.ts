/**
 * Custom resources known to be inert, said once for both uses: writing them through RBAC (engine/kubernetes.ts) and
 * declaring them in the stack (engine/opaque.ts). Their controllers run no pod spec of the author's choosing, bind
 * no role and apply no manifests, so they act as no ServiceAccount. Anything else a controller serves is read as a
 * workload: the pack cannot see what it does.
 * - cert-manager (cert-manager.io, acme.cert-manager.io): the issuer writes a Secret; the only pods are ACME
 *   HTTP01 solvers of cert-manager's own acmesolver image, whose podTemplate overrides only scheduling, resources,
 *   securityContext and serviceAccountName, no image or command (cert-manager API reference,
 *   ACMEChallengeSolverHTTP01IngressPodSpec: "All other fields will be ignored").
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
 *   implementations turn into Deployments, nor ReferenceGrants, which open other namespaces' Secrets.
 * - Karpenter v1 NodePools (karpenter.sh): node labels, taints, requirements, limits and disruption; the node role,
 *   AMI, user data and kubelet settings live in the EC2NodeClass it names (karpenter.sh "NodePools", v1), which
 *   stays non-inert. Not NodeClaims' classes either. The nodes a NodePool launches from a class outside the stack
 *   are judged in engine/kubernetes.ts (nodePoolPowers): inert as an API object, not as a node launcher.
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
 * Not inert, by design: External Secrets (it reads secret stores with its own identity), Crossplane, Flux, Argo,
 * Tekton, Knative, KubeRay, JobSet, OpenKruise, Karpenter node classes (user data on new nodes).
 */
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
};

/** Whether RBAC on `resource` (a plural, `*` for all) of `group` is known to act as no ServiceAccount. */
export function isInertResource(group: string, resource: string): boolean {
    const inert = INERT_CUSTOM_RESOURCES[group];
    return inert === "*" || (inert !== undefined && resource !== "*" && inert.some(k => k.plural === resource));
}

/** Whether an object of `kind` in `group`, declared in the stack, is known to act as no ServiceAccount. */
export function isInertKind(group: string, kind: string): boolean {
    const inert = INERT_CUSTOM_RESOURCES[group];
    return inert === "*" || (inert !== undefined && inert.some(k => k.kind === kind));
}
