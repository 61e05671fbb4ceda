/**
 * Custom resources known to be inert, said once for both uses: writing them through RBAC (engine/kubernetes.ts) and
 * declaring them in the stack (engine/opaque.ts). Their controllers run no pod spec of the author's choosing, bind
 * no role and apply no manifests, so they act as no ServiceAccount. Anything else a controller serves is read as a
 * workload: the pack cannot see what it does.
 * - cert-manager (cert-manager.io, acme.cert-manager.io): the issuer writes a Secret; the only pods are ACME
 *   HTTP01 solvers of cert-manager's own acmesolver image, whose podTemplate overrides only scheduling, resources,
 *   securityContext and serviceAccountName, no image or command (cert-manager API reference,
 *   ACMEChallengeSolverHTTP01IngressPodSpec: "All other fields will be ignored"). Declared in the stack, an Issuer's
 *   or ClusterIssuer's solver pods are judged as pods (acmeSolverPods below): the ServiceAccount they run as, their
 *   pod security, and the annotations copied onto them, which injectors read (engine/podSpec.ts podAnnotationReach).
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
 * - Linkerd's authorization policy (policy.linkerd.io Server, ServerAuthorization, MeshTLSAuthentication,
 *   NetworkAuthentication, AuthorizationPolicy, HTTPRoute): which clients, by mesh identity or network, the proxy lets
 *   reach a port or route (linkerd.io "Authorization Policy", "Server", "HTTPRoute"). No pod, role or manifest.
 * Not inert, by design: External Secrets (it reads secret stores with its own identity), Crossplane, Flux, Argo,
 * Tekton, Knative, KubeRay, JobSet, OpenKruise, Karpenter node classes (user data on new nodes).
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
 * Kinds of an inert group that make cert-manager run pods when written through RBAC: an Issuer's or ClusterIssuer's
 * ACME HTTP-01 solvers, and a Challenge carrying a solver, run cert-manager's solver pods in the object's namespace
 * as the podTemplate's serviceAccountName, with its annotations (cert-manager API reference,
 * ACMEChallengeSolverHTTP01IngressPodTemplate). Declared in the stack, an Issuer is judged as those pods
 * (acmeSolverPods); written through RBAC, whoever writes one runs a pod as any ServiceAccount of its namespace. An
 * Order's solvers come from the issuer it names, judged where that issuer is. Webhooks on these kinds are cert-manager's
 * own defaulting and validation, served by the install whose controller runs the solvers: not counted (`rbac` false).
 */
const POD_MAKING_KINDS: Record<string, string[]> = {
    "cert-manager.io": ["issuers", "clusterissuers"],
    "acme.cert-manager.io": ["challenges"],
};

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

/** Whether `resource` (a plural, `*` for all) of `group` launches nodes (NODE_LAUNCHING_RESOURCES). */
export function launchesNodes(group: string, resource: string): boolean {
    const launching = NODE_LAUNCHING_RESOURCES[group];
    return launching !== undefined && (resource === "*" || resource in launching);
}

/**
 * Whether `resource` (a plural, `*` for all) of `group` is known to act as no ServiceAccount when written: through
 * RBAC (`rbac`), or by a webhook rewriting it. Node launchers never are (NODE_LAUNCHING_RESOURCES).
 */
export function isInertResource(group: string, resource: string, rbac = true): boolean {
    if (launchesNodes(group, resource)) return false;
    const podMaking = POD_MAKING_KINDS[group];
    if (rbac && podMaking && (resource === "*" || podMaking.includes(resource))) return false;
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

/** A cert-manager Issuer or ClusterIssuer (or its Patch). */
export const ACME_ISSUER = /^kubernetes:cert-manager\.io\/[^:]+:(Cluster)?Issuer(Patch)?$/;

/**
 * The ACME HTTP-01 solver pods cert-manager creates for an Issuer or ClusterIssuer of the stack, one per http01 solver
 * (ingress or gatewayHTTPRoute): cert-manager's acmesolver container, with the solver's podTemplate applied (cert-manager
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
    if (!ACME_ISSUER.test(type)) return [];
    const clusterWide = /:ClusterIssuer(Patch)?$/.test(type);
    const acme = props.spec?.acme;
    if (isUnknown(props.spec) || isUnknown(acme) || isUnknown(acme?.solvers))
        return [{ where: "spec.acme.solvers", clusterWide, spec: {}, unknown: "spec.acme.solvers" }];
    const out: { where: string; clusterWide: boolean; metadata?: any; spec: any; unknown?: string }[] = [];
    for (const [i, solver] of (Array.isArray(acme?.solvers) ? acme.solvers : []).entries()) {
        const http01 = solver?.http01;
        for (const how of ["ingress", "gatewayHTTPRoute"]) {
            const where = `spec.acme.solvers[${i}].http01.${how}.podTemplate`;
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
