// Red-team round 34 (fresh eyes) on false positives after round 33 (custom-resource writes as an allowlist, Argo CD's
// configuration read): what a careful platform team grants app teams and auditors around the committed stacks
// (namespaced mesh routing, monitors, autoscalers, certificates, CI deploy roles, report and backup viewers, the
// aggregated edit/view roles, a read-only Argo CD, AWS auditors and alarms), which the whole pack must accept, and a
// few insecure neighbours it must refuse.
import { runPack } from "./packRunner";
import { assertClean, assertRefused, find, prop, Resources, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, namespace } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const TABLE = "aws:dynamodb/table:Table";
const TEAM = { kind: "Group", name: "team:payments", apiGroup: "rbac.authorization.k8s.io" };
const AUDITORS = { kind: "Group", name: "platform:auditors", apiGroup: "rbac.authorization.k8s.io" };
const CI = { kind: "User", name: "ci:payments-deployer", apiGroup: "rbac.authorization.k8s.io" };
const CRUD = ["get", "list", "watch", "create", "update", "patch", "delete"];
const READ = ["get", "list", "watch"];

/** A Role `name` in the app namespace `payments` (restricted) bound to `subject`. */
function appRole(r: Resources, name: string, rules: object[], subject: object = TEAM, ns = "payments"): void {
    if (!r.some(x => x.name === `ns-${ns}`)) namespace(r, ns);
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: "Role", name }, [subject], ns);
}

/** A ConfigMap of Argo CD's configuration in argocd. */
function argoConfig(r: Resources, name: string, data: Record<string, string>) {
    k8s(r, "kubernetes:core/v1:ConfigMap", `argocd-${name}`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, namespace: "argocd", labels: { "app.kubernetes.io/part-of": "argocd" } },
        data,
    });
}

/** A legacy token Secret of the signer's ServiceAccount in validators (kept for an old metrics sidecar). */
function signerTokenSecret(r: Resources): void {
    k8s(r, "kubernetes:core/v1:Secret", "signer-legacy-token", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "containment-chamber-token",
            namespace: "validators",
            annotations: { "kubernetes.io/service-account.name": "containment-chamber" },
        },
    });
}

/** A legacy token Secret of kube-system's replicaset-controller (creates pods as any ServiceAccount of any namespace). */
function rsControllerToken(r: Resources): void {
    k8s(r, "kubernetes:core/v1:Secret", "rs-controller-token", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "rs-controller-token",
            namespace: "kube-system",
            annotations: { "kubernetes.io/service-account.name": "replicaset-controller" },
        },
    });
}

const accountOf = (r: Resources, roleResource: string) =>
    (prop(find(r, ROLE, roleResource), "arn") as string).split(":")[4];

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const CASES: Case[] = [
    // ---------------------------------------------------------------- secure: app teams' namespaced custom resources
    // Was a MISS (fixed in round 34) (secure refused): Istio VirtualServices and DestinationRules are read as an unknown controller acting
    // cluster-wide, so an app team routing its own namespace "acts as" the signer. istiod only turns them into the
    // sidecars' route and cluster settings: "A VirtualService defines a set of traffic routing rules to apply when a
    // host is addressed" (istio.io "Virtual Service" reference), visibility by exportTo (istio.io "Avoiding Traffic
    // Management Issues", "Cross-namespace configuration sharing"); no pod, no RoleBinding, no token, no manifest:
    // the same thing as the Gateway API HTTPRoutes customResources.ts already lists as inert. (Code and Lua stay in
    // EnvoyFilter/WasmPlugin, which are refused; a DestinationRule's credentialName is read only by gateways of its
    // own namespace.)
    {
        stack: "dev",
        name: "S1: an app team's Role in its own namespace payments: CRUD on Istio VirtualServices and DestinationRules",
        edit: r =>
            appRole(r, "payments-mesh", [
                { apiGroups: ["networking.istio.io"], resources: ["virtualservices", "destinationrules"], verbs: CRUD },
            ]),
    },
    {
        stack: "dev",
        name: "S2: an app team's Role in payments: ServiceMonitors, PodMonitors, PrometheusRules, VPAs, Certificates and HTTPRoutes",
        edit: r =>
            appRole(r, "payments-platform", [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                    verbs: CRUD,
                },
                { apiGroups: ["autoscaling.k8s.io"], resources: ["verticalpodautoscalers"], verbs: CRUD },
                { apiGroups: ["cert-manager.io"], resources: ["certificates"], verbs: CRUD },
                { apiGroups: ["gateway.networking.k8s.io"], resources: ["httproutes"], verbs: CRUD },
            ]),
    },
    // Was a MISS (fixed in round 34) (secure refused): keda.sh ScaledObjects are on NAMESPACE_CONFINED_RESOURCES but TriggerAuthentications
    // are not, so an app team's KEDA setup "acts cluster-wide". A TriggerAuthentication "can be used only by objects in
    // that namespace" (OpenShift/KEDA docs "Understanding custom metrics autoscaler trigger authentications"); its
    // secretTargetRef reads Secrets of its own namespace, its boundServiceAccountToken requests tokens of a
    // ServiceAccount of its own namespace and only where keda-operator was granted serviceaccounts/token there
    // (keda.sh "Bound service account token": "By default, the KEDA operator does not have the necessary permissions");
    // podIdentity aws uses KEDA's own role or a roleArn trusting it, for metrics (keda.sh "AWS (IRSA) Pod Identity
    // Webhook"). Its reach is the namespace's ServiceAccounts (like a cert-manager Issuer), not the cluster;
    // ClusterTriggerAuthentication is the cluster-scoped one.
    {
        stack: "dev",
        name: "S3: an app team's Role in payments: KEDA ScaledObjects and TriggerAuthentications",
        edit: r =>
            appRole(r, "payments-keda", [
                { apiGroups: ["keda.sh"], resources: ["scaledobjects", "triggerauthentications"], verbs: CRUD },
            ]),
    },
    {
        stack: "dev",
        name: "S4: a CI deploy Role in payments: Deployments, Services, ConfigMaps, HPAs, PDBs, Ingresses and Argo Rollouts",
        edit: r =>
            appRole(
                r,
                "payments-deployer",
                [
                    { apiGroups: ["apps"], resources: ["deployments"], verbs: CRUD },
                    { apiGroups: [""], resources: ["services", "configmaps"], verbs: CRUD },
                    { apiGroups: ["autoscaling"], resources: ["horizontalpodautoscalers"], verbs: CRUD },
                    { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: CRUD },
                    { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: CRUD },
                    { apiGroups: ["argoproj.io"], resources: ["rollouts"], verbs: CRUD },
                ],
                CI,
            ),
    },
    {
        stack: "dev",
        name: "S5: the built-in edit ClusterRole bound to the app team in payments, and view bound cluster-wide to auditors",
        edit: r => {
            namespace(r, "payments");
            bind(r, "payments-edit", { kind: "ClusterRole", name: "edit" }, [TEAM], "payments");
            bind(r, "auditors-view", { kind: "ClusterRole", name: "view" }, [AUDITORS]);
        },
    },
    // ---------------------------------------------------------------- secure: viewers
    {
        stack: "dev",
        name: "S6: a policy-report viewer ClusterRole (read PolicyReports, ClusterPolicyReports, Kyverno policies) bound to auditors",
        edit: r => {
            k8sRole(r, "policy-report-viewer", [
                {
                    apiGroups: ["wgpolicyk8s.io"],
                    resources: ["policyreports", "clusterpolicyreports"],
                    verbs: READ,
                },
                { apiGroups: ["kyverno.io"], resources: ["policies", "clusterpolicies"], verbs: READ },
                { apiGroups: ["reports.kyverno.io"], resources: ["ephemeralreports"], verbs: READ },
            ]);
            bind(r, "policy-report-viewer", { kind: "ClusterRole", name: "policy-report-viewer" }, [AUDITORS]);
        },
    },
    {
        stack: "dev",
        name: "S7: a Velero viewer Role in velero (read backups, restores, schedules, storage locations) bound to auditors",
        edit: r => {
            k8sRole(
                r,
                "velero-viewer",
                [
                    {
                        apiGroups: ["velero.io"],
                        resources: [
                            "backups",
                            "restores",
                            "schedules",
                            "backupstoragelocations",
                            "volumesnapshotlocations",
                        ],
                        verbs: READ,
                    },
                ],
                "velero",
            );
            bind(r, "velero-viewer", { kind: "Role", name: "velero-viewer" }, [AUDITORS], "velero");
        },
    },
    {
        stack: "dev",
        name: "S8: a read-only Argo CD: argocd-rbac-cm (default role:readonly, SSO group mapped to readonly, an auditor role with get on applications and logs), argocd-cm (admin and anonymous off, exec off), argocd-cmd-params-cm (server.insecure behind the ingress)",
        edit: r => {
            argoConfig(r, "argocd-rbac-cm", {
                "policy.default": "role:readonly",
                scopes: "[groups, email]",
                "policy.csv": [
                    "p, role:auditor, applications, get, */*, allow",
                    "p, role:auditor, logs, get, */*, allow",
                    "p, role:auditor, projects, get, *, allow",
                    "g, example-org:auditors, role:auditor",
                    "g, example-org:sre, role:readonly",
                ].join("\n"),
            });
            argoConfig(r, "argocd-cm", {
                "admin.enabled": "false",
                "users.anonymous.enabled": "false",
                "exec.enabled": "false",
                url: "https://argocd.example.com",
            });
            argoConfig(r, "argocd-cmd-params-cm", { "server.insecure": "true" });
        },
    },
    {
        stack: "dev",
        name: "S9: cert-manager in payments: a CA Issuer (ca.secretName in payments) and a Certificate it issues",
        edit: r => {
            namespace(r, "payments");
            k8s(r, "kubernetes:cert-manager.io/v1:Issuer", "payments-ca", {
                apiVersion: "cert-manager.io/v1",
                kind: "Issuer",
                metadata: { name: "payments-ca", namespace: "payments" },
                spec: { ca: { secretName: "payments-ca-keypair" } },
            });
            k8s(r, "kubernetes:cert-manager.io/v1:Certificate", "payments-api-cert", {
                apiVersion: "cert-manager.io/v1",
                kind: "Certificate",
                metadata: { name: "payments-api", namespace: "payments" },
                spec: {
                    secretName: "payments-api-tls",
                    dnsNames: ["payments-api.payments.svc"],
                    issuerRef: { name: "payments-ca", kind: "Issuer" },
                },
            });
        },
    },
    // Was a MISS (fixed in round 34) (secure refused): the same VirtualService/DestinationRule as S1, declared in the stack (exportTo ".",
    // routing within payments), refused as "a custom resource whose controller acts with its own ServiceAccount".
    // istio.io "Virtual Service" / "Destination Rule" reference: routing and load-balancing/TLS settings of the proxies.
    {
        stack: "dev",
        name: "S10: the app team's Istio routing declared in the stack: a VirtualService (retries, 90/10 split) and a DestinationRule (ISTIO_MUTUAL, outlier detection) in payments",
        edit: r => {
            namespace(r, "payments");
            k8s(r, "kubernetes:networking.istio.io/v1:VirtualService", "payments-api-vs", {
                apiVersion: "networking.istio.io/v1",
                kind: "VirtualService",
                metadata: { name: "payments-api", namespace: "payments" },
                spec: {
                    hosts: ["payments-api.payments.svc.cluster.local"],
                    exportTo: ["."],
                    http: [
                        {
                            retries: { attempts: 3, perTryTimeout: "2s" },
                            route: [
                                { destination: { host: "payments-api", subset: "v1" }, weight: 90 },
                                { destination: { host: "payments-api", subset: "v2" }, weight: 10 },
                            ],
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:networking.istio.io/v1:DestinationRule", "payments-api-dr", {
                apiVersion: "networking.istio.io/v1",
                kind: "DestinationRule",
                metadata: { name: "payments-api", namespace: "payments" },
                spec: {
                    host: "payments-api",
                    exportTo: ["."],
                    trafficPolicy: {
                        tls: { mode: "ISTIO_MUTUAL" },
                        outlierDetection: { consecutive5xxErrors: 5, interval: "10s", baseEjectionTime: "30s" },
                    },
                    subsets: [
                        { name: "v1", labels: { version: "v1" } },
                        { name: "v2", labels: { version: "v2" } },
                    ],
                },
            });
        },
    },
    // ---------------------------------------------------------------- secure: AWS
    {
        stack: "dev",
        name: "S11: CRD-style aggregated ClusterRoles: read on monitors aggregated to view, CRUD on monitors and VPAs aggregated to edit and admin",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "monitoring-view-agg", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "monitoring-view",
                    labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" },
                },
                rules: [
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                        verbs: READ,
                    },
                ],
            });
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "monitoring-edit-agg", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "monitoring-edit",
                    labels: {
                        "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                        "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                    },
                },
                rules: [
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                        verbs: CRUD,
                    },
                    { apiGroups: ["autoscaling.k8s.io"], resources: ["verticalpodautoscalers"], verbs: CRUD },
                ],
            });
        },
    },
    // Was a MISS (fixed in round 34) (secure refused): this is the Kubernetes RBAC documentation's own example of safe delegation (kubernetes.io
    // "Using RBAC Authorization", "Restrictions on role binding creation or update": a ClusterRole "role-grantor" with
    // create rolebindings and `bind` on clusterroles resourceNames admin/edit/view, bound by a RoleBinding in the
    // user's namespace, so the user can grant those roles in that namespace only). engine/kubernetes.ts reads any
    // bind/escalate on roles/clusterroles as every power, ignoring resourceNames and the binding's namespace: the holder
    // can only create RoleBindings in payments to edit or view, i.e. at most S5's accepted power. (Doc not found in the
    // search corpus; cited from the Kubernetes reference.)
    {
        stack: "dev",
        name: "S13: Kubernetes' documented role-grantor: a ClusterRole (CRUD rolebindings, `bind` only on ClusterRoles edit and view) bound by a RoleBinding in payments",
        edit: r => {
            namespace(r, "payments");
            k8sRole(r, "payments-delegate", [
                {
                    apiGroups: ["rbac.authorization.k8s.io"],
                    resources: ["rolebindings"],
                    verbs: CRUD,
                },
                {
                    apiGroups: ["rbac.authorization.k8s.io"],
                    resources: ["clusterroles"],
                    resourceNames: ["edit", "view"],
                    verbs: ["bind"],
                },
            ]);
            bind(r, "payments-delegate", { kind: "ClusterRole", name: "payments-delegate" }, [TEAM], "payments");
        },
    },
    {
        stack: "dev",
        name: "S14: the app team's debugging Role in payments: pods/log, pods/exec, pods/portforward, ephemeral containers are NOT granted",
        edit: r =>
            appRole(r, "payments-debug", [
                { apiGroups: [""], resources: ["pods", "pods/log"], verbs: READ },
                { apiGroups: [""], resources: ["pods/exec", "pods/portforward"], verbs: ["create", "get"] },
            ]),
    },
    {
        stack: "dev",
        name: "S15: a cluster-wide GitOps and secrets-sync viewer for auditors: read Argo CD Applications, Rollouts, AnalysisRuns, ExternalSecrets and SecretStores",
        edit: r => {
            k8sRole(r, "delivery-viewer", [
                {
                    apiGroups: ["argoproj.io"],
                    resources: ["applications", "appprojects", "rollouts", "analysisruns", "analysistemplates"],
                    verbs: READ,
                },
                {
                    apiGroups: ["external-secrets.io"],
                    resources: ["externalsecrets", "secretstores", "clustersecretstores"],
                    verbs: READ,
                },
            ]);
            bind(r, "delivery-viewer", { kind: "ClusterRole", name: "delivery-viewer" }, [AUDITORS]);
        },
    },
    {
        stack: "trust-domain",
        name: "S16: a CI deployer (an outside role) given AmazonEKSEditPolicy scoped to namespace payments through an EKS access entry",
        edit: r => {
            const account = (
                prop(
                    r.find(x => x.type === ROLE)!,
                    "arn",
                ) as string
            ).split(":")[4];
            const ci = `arn:aws:iam::${account}:role/github-actions-payments-deployer`;
            namespace(r, "payments");
            aws(r, "aws:eks/accessEntry:AccessEntry", "ci-payments", {
                clusterName: "identity-cluster",
                principalArn: ci,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "ci-payments-edit", {
                clusterName: "identity-cluster",
                principalArn: ci,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                accessScope: { type: "namespace", namespaces: ["payments"] },
            });
        },
    },
    {
        stack: "dev",
        name: "S12: CloudWatch alarms on the tables' throttled requests and on share-1's KMS API errors, into an SNS topic of the stack",
        edit: r => {
            const account = accountOf(r, "signer-role");
            const topic = `arn:aws:sns:eu-west-1:${account}:custody-dev-alarms`;
            aws(r, "aws:sns/topic:Topic", "custody-dev-alarms", { name: "custody-dev-alarms", arn: topic });
            for (const t of r.filter(x => x.type === TABLE)) {
                const table = prop(t, "name") as string;
                aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", `${t.name}-throttles`, {
                    name: `${table}-throttles`,
                    namespace: "AWS/DynamoDB",
                    metricName: "ThrottledRequests",
                    dimensions: { TableName: table },
                    statistic: "Sum",
                    period: 60,
                    evaluationPeriods: 5,
                    threshold: 1,
                    comparisonOperator: "GreaterThanOrEqualToThreshold",
                    alarmActions: [topic],
                });
            }
        },
    },
    // ---------------------------------------------------------------- insecure: monitors sending a token Secret away
    // Prometheus Operator monitors are inert (customResources.ts), yet their authorization.credentials / bearerTokenSecret
    // name a Secret key "in the namespace that contains the credentials" (the monitor's own namespace): the operator
    // reads it and Prometheus sends it as the Bearer header to every target the monitor selects (prometheus-operator API,
    // SafeAuthorization "credentials: Selects a key of a Secret in the namespace that contains the credentials for
    // authentication"; ServiceMonitor namespaceSelector any). A ServiceMonitor in validators naming the signer's token
    // Secret, selecting the writer's own Service, hands the writer the signer's ServiceAccount token: as reading it does
    // (round 24: token Secrets make their readers that ServiceAccount).
    // Needs Prometheus/Alertmanager to select the namespace (kube-prometheus-stack's default: all namespaces), outside
    // the stack. The legacy token's audience is the API server, so the AWS step rests on the pack's own reading.
    // Was a MISS (fixed in round 34) (insecure accepted): see the block comment above. The pack accepts the token Secret (round 31 I3) and
    // treats monitoring.coreos.com monitors as inert, but their credential selectors read Secrets of their own namespace:
    // ServiceMonitor endpoints[].authorization.credentials / bearerTokenSecret ("Selects a key of a Secret in the
    // namespace that contains the credentials for authentication": prometheus-operator API, OpenShift "ServiceMonitor
    // [monitoring.coreos.com/v1]"), sent by Prometheus as the Bearer header to the targets the writer selects.
    // DECIDED (round 34): the write is now counted as reading every Secret of validators (engine/kubernetes.ts
    // secretReadsOfRules, MONITOR_SECRETS_WHY; declared monitors: monitorSecretRefs), so its writer becomes
    // ServiceAccount validators/containment-chamber in the Kubernetes API, as `get secrets` there makes it (round 24).
    // That identity holds no RBAC in this stack, and a legacy token is no AWS credential: IRSA and Pod Identity take
    // only projected tokens of the cluster's OIDC issuer and their audience, while a legacy token's issuer is
    // `kubernetes/serviceaccount` (engine/kubernetes.ts saPowerOfRule, end). So nothing follows and it is accepted,
    // exactly as `get secrets` in validators is; the neighbours below (a token of a ServiceAccount with power) are
    // refused through the same path.
    {
        stack: "dev",
        name: "I1 (DECIDED, accepted): a legacy token Secret of the signer's ServiceAccount in validators, and a Role letting an outside group write ServiceMonitors there",
        edit: r => {
            signerTokenSecret(r);
            k8sRole(
                r,
                "validators-monitors",
                [{ apiGroups: ["monitoring.coreos.com"], resources: ["servicemonitors"], verbs: CRUD }],
                "validators",
            );
            bind(r, "validators-monitors", { kind: "Role", name: "validators-monitors" }, [TEAM], "validators");
        },
    },
    // Was a MISS (fixed in round 34) (insecure accepted): see the block comment above. The pack accepts the token Secret (round 31 I3) and
    // treats monitoring.coreos.com monitors as inert, but their credential selectors read Secrets of their own namespace:
    // an AlertmanagerConfig receiver's webhookConfigs httpConfig.authorization.credentials is a Secret key of the
    // AlertmanagerConfig's namespace, sent to the webhook url the writer picks; a PrometheusRule `vector(1)` fires it.
    // DECIDED (round 34): the write is now counted as reading every Secret of validators (engine/kubernetes.ts
    // secretReadsOfRules, MONITOR_SECRETS_WHY; declared monitors: monitorSecretRefs), so its writer becomes
    // ServiceAccount validators/containment-chamber in the Kubernetes API, as `get secrets` there makes it (round 24).
    // That identity holds no RBAC in this stack, and a legacy token is no AWS credential: IRSA and Pod Identity take
    // only projected tokens of the cluster's OIDC issuer and their audience, while a legacy token's issuer is
    // `kubernetes/serviceaccount` (engine/kubernetes.ts saPowerOfRule, end). So nothing follows and it is accepted,
    // exactly as `get secrets` in validators is; the neighbours below (a token of a ServiceAccount with power) are
    // refused through the same path.
    {
        stack: "dev",
        name: "I2 (DECIDED, accepted): the same token Secret, and a Role letting an outside group write AlertmanagerConfigs and PrometheusRules in validators (webhook receiver with authorization from the Secret)",
        edit: r => {
            signerTokenSecret(r);
            k8sRole(
                r,
                "validators-alerting",
                [
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["alertmanagerconfigs", "prometheusrules"],
                        verbs: CRUD,
                    },
                ],
                "validators",
            );
            bind(r, "validators-alerting", { kind: "Role", name: "validators-alerting" }, [TEAM], "validators");
        },
    },
    // Was a MISS (fixed in round 34) (insecure accepted): see the block comment above. The pack accepts the token Secret (round 31 I3) and
    // treats monitoring.coreos.com monitors as inert, but their credential selectors read Secrets of their own namespace:
    // a Probe's bearerTokenSecret "needs to be in the same namespace as the probe and accessible by the Prometheus
    // Operator" (OpenShift "Probe [monitoring.coreos.com/v1]"), and Prometheus sends it to spec.prober.url.
    // DECIDED (round 34): the write is now counted as reading every Secret of validators (engine/kubernetes.ts
    // secretReadsOfRules, MONITOR_SECRETS_WHY; declared monitors: monitorSecretRefs), so its writer becomes
    // ServiceAccount validators/containment-chamber in the Kubernetes API, as `get secrets` there makes it (round 24).
    // That identity holds no RBAC in this stack, and a legacy token is no AWS credential: IRSA and Pod Identity take
    // only projected tokens of the cluster's OIDC issuer and their audience, while a legacy token's issuer is
    // `kubernetes/serviceaccount` (engine/kubernetes.ts saPowerOfRule, end). So nothing follows and it is accepted,
    // exactly as `get secrets` in validators is; the neighbours below (a token of a ServiceAccount with power) are
    // refused through the same path.
    {
        stack: "dev",
        name: "I3 (DECIDED, accepted): the same token Secret, and a Probe of the stack in validators sending it as bearerTokenSecret to a prober URL outside the cluster",
        edit: r => {
            signerTokenSecret(r);
            k8s(r, "kubernetes:monitoring.coreos.com/v1:Probe", "validators-probe", {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "Probe",
                metadata: { name: "signer-health", namespace: "validators" },
                spec: {
                    prober: { url: "prober.example.net:443", scheme: "https" },
                    module: "http_2xx",
                    bearerTokenSecret: { name: "containment-chamber-token", key: "token" },
                    targets: { staticConfig: { static: ["https://signer.validators.svc/healthz"] } },
                },
            });
        },
    },
    // ---------------------------------------------------------------- round 34 neighbours (fix34-api)
    {
        stack: "dev",
        name: "N1: a token Secret of kube-system's replicaset-controller and a Role letting an outside group create ServiceMonitors in kube-system (the secret-read path, a ServiceAccount with power)",
        edit: r => {
            rsControllerToken(r);
            k8sRole(
                r,
                "ks-monitors",
                [
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["servicemonitors", "podmonitors"],
                        verbs: ["create"],
                    },
                ],
                "kube-system",
            );
            bind(r, "ks-monitors", { kind: "Role", name: "ks-monitors" }, [TEAM], "kube-system");
        },
        refused: /replicaset-controller[\s\S]*rs-controller-token/,
    },
    {
        stack: "dev",
        name: "N2: the same token Secret, and a declared ServiceMonitor in kube-system sending it as authorization.credentials to its targets",
        edit: r => {
            rsControllerToken(r);
            k8s(r, "kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "ks-sm", {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "ServiceMonitor",
                metadata: { name: "controller-metrics", namespace: "kube-system" },
                spec: {
                    selector: { matchLabels: { app: "metrics" } },
                    endpoints: [
                        {
                            port: "https",
                            authorization: {
                                type: "Bearer",
                                credentials: { name: "rs-controller-token", key: "token" },
                            },
                        },
                    ],
                },
            });
        },
        refused: /ServiceMonitor kube-system\/controller-metrics[\s\S]*rs-controller-token/,
    },
    {
        stack: "dev",
        name: "N3: a declared Probe in payments with basic auth from an ordinary Secret of payments and its CA from a ConfigMap",
        edit: r => {
            namespace(r, "payments");
            k8s(r, "kubernetes:monitoring.coreos.com/v1:Probe", "payments-probe", {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "Probe",
                metadata: { name: "payments-health", namespace: "payments" },
                spec: {
                    prober: { url: "blackbox-exporter.monitoring.svc:9115" },
                    module: "http_2xx",
                    basicAuth: {
                        username: { name: "probe-auth", key: "username" },
                        password: { name: "probe-auth", key: "password" },
                    },
                    tlsConfig: { ca: { configMap: { name: "payments-ca", key: "ca.crt" } } },
                    targets: { staticConfig: { static: ["https://payments-api.payments.svc/healthz"] } },
                },
            });
        },
    },
    {
        stack: "dev",
        name: "N4: role-grantor with `bind` on ClusterRole edit only, bound in a namespace that enforces no Pod Security level (privileged)",
        edit: r => {
            namespace(r, "payments", "privileged");
            k8sRole(r, "payments-delegate", [
                { apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings"], verbs: ["create"] },
                {
                    apiGroups: ["rbac.authorization.k8s.io"],
                    resources: ["clusterroles"],
                    resourceNames: ["edit"],
                    verbs: ["bind"],
                },
            ]);
            bind(r, "payments-delegate", { kind: "ClusterRole", name: "payments-delegate" }, [TEAM], "payments");
        },
        refused: /payments-delegate[\s\S]*(`bind` on ClusterRole edit|privileged)/,
    },
    // DECIDED (round 88): secure, no longer refused. A ClusterRole is cluster-scoped: its update is a request with no
    // namespace, which RBAC authorises only through ClusterRoleBindings (rbac rule.go VisitRulesFor reads RoleBindings
    // only "if len(namespace) > 0", as N6 below reads impersonation; "Using RBAC Authorization": a RoleBinding grants
    // "within a specific namespace"), and the escalation check asks `escalate` "at the same scope as the object being
    // modified (cluster-wide for a ClusterRole ...)" ("Restrictions on role creation or update"). So this RoleBinding
    // in payments lets the team write no rule into edit; its `bind` on edit and view needs a RoleBinding write the
    // team does not hold (round 81). Fixed in kubernetes.ts roleWritesOfRules/withoutUnpairedEscalate (round 88).
    {
        stack: "dev",
        name: "N5: `escalate` (not only bind) on ClusterRoles edit and view by name, bound in payments (DECIDED round 88: a RoleBinding authorises no ClusterRole write)",
        edit: r => {
            namespace(r, "payments");
            k8sRole(r, "payments-escalate", [
                {
                    apiGroups: ["rbac.authorization.k8s.io"],
                    resources: ["clusterroles"],
                    resourceNames: ["edit", "view"],
                    verbs: ["escalate", "bind", "update"],
                },
            ]);
            bind(r, "payments-escalate", { kind: "ClusterRole", name: "payments-escalate" }, [TEAM], "payments");
        },
    },
    // DECIDED (round 48): secure, not refused. The ClusterRole grants `impersonate` on users only, and `bind` lets the
    // team create RoleBindings in payments alone: the apiserver checks user impersonation with no namespace
    // (k8s.io/apiserver pkg/endpoints/filters/impersonation.go buildImpersonationRequests; a system:serviceaccount:
    // user is checked as `serviceaccounts` in its namespace) and RBAC reads RoleBindings only for namespaced requests
    // (rbac rule.go VisitRulesFor), so no binding the team can create lets it impersonate anyone.
    {
        stack: "dev",
        name: "N6: `bind` by name on a ClusterRole of the stack that impersonates users, bound in payments (a RoleBinding never grants user impersonation)",
        edit: r => {
            namespace(r, "payments");
            k8sRole(r, "sa-impersonator", [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"] }]);
            k8sRole(r, "payments-delegate", [
                { apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings"], verbs: ["create"] },
                {
                    apiGroups: ["rbac.authorization.k8s.io"],
                    resources: ["clusterroles"],
                    resourceNames: ["sa-impersonator"],
                    verbs: ["bind"],
                },
            ]);
            bind(r, "payments-delegate", { kind: "ClusterRole", name: "payments-delegate" }, [TEAM], "payments");
        },
    },
    {
        stack: "dev",
        name: "N7: an app team's Role in payments writing KEDA ClusterTriggerAuthentications (cluster-scoped, global credentials)",
        edit: r =>
            appRole(r, "payments-keda-global", [
                { apiGroups: ["keda.sh"], resources: ["clustertriggerauthentications"], verbs: CRUD },
            ]),
        refused: /payments-keda-global[\s\S]*clustertriggerauthentications/,
    },
];

describe("red team 34: secure variants after round 33 (custom-resource allowlist, Argo CD), and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, false);
            c.edit(r);
            const ds = await runPack(c.stack, r);
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
