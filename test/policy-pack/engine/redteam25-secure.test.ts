// Red-team round 25 (fresh eyes) on false positives: secure variants of the committed stacks that a careful platform
// team would write, around what round 24 changed (patches of system workloads, legacy token Secrets, pods of the stack
// in kube-system, case-blind pins, trust Denies, operations helpers) and common additions (monitoring, Helm v4 charts,
// VPC endpoints, Config rules). Every case must pass the whole pack (no mandatory violation).
import { runPack } from "./packRunner";
import { assertClean, assertRefused, doc, find, prop, Resources, stackResources } from "./support";
import { aws, bind, editDoc, k8s, namespace, restricted, serviceAccount, Statement } from "./variantBuilders";

const PRIMARY = "111111111111";
const RBAC = "rbac.authorization.k8s.io";
const ROLE = "aws:iam/role:Role";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const DEPLOY_PATCH = "kubernetes:apps/v1:DeploymentPatch";
const CM_PATCH = "kubernetes:core/v1:ConfigMapPatch";
const CRONJOB_PATCH = "kubernetes:batch/v1:CronJobPatch";
const KEY = "aws:kms/key:Key";
const PROD_OIDC = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const PROD_PROVIDER = `arn:aws:iam::${PRIMARY}:oidc-provider/${PROD_OIDC}`;
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;

/** The EKS kube-proxy add-on's KubeProxyConfiguration (ConfigMap kube-system/kube-proxy-config, key `config`). */
const kubeProxyConfig = (metricsBindAddress: string) =>
    [
        "apiVersion: kubeproxy.config.k8s.io/v1alpha1",
        "bindAddress: 0.0.0.0",
        "clientConnection:",
        '  acceptContentTypes: ""',
        "  burst: 10",
        "  contentType: application/vnd.kubernetes.protobuf",
        "  kubeconfig: /var/lib/kube-proxy/kubeconfig",
        "  qps: 5",
        'clusterCIDR: ""',
        "configSyncPeriod: 15m0s",
        "conntrack:",
        "  maxPerCore: 32768",
        "  min: 131072",
        "  tcpCloseWaitTimeout: 1h0m0s",
        "  tcpEstablishedTimeout: 24h0m0s",
        "enableProfiling: false",
        "healthzBindAddress: 0.0.0.0:10256",
        'hostnameOverride: ""',
        "iptables:",
        "  masqueradeAll: false",
        "  masqueradeBit: 14",
        "  minSyncPeriod: 0s",
        "  syncPeriod: 30s",
        "kind: KubeProxyConfiguration",
        `metricsBindAddress: ${metricsBindAddress}`,
        'mode: "iptables"',
        "nodePortAddresses: null",
        "oomScoreAdj: -998",
        'portRange: ""',
        "",
    ].join("\n");

/** EKS's default Corefile plus a stub zone forwarded to the corporate resolvers. */
const COREFILE = `.:53 {
    errors
    health {
        lameduck 5s
      }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
      pods insecure
      fallthrough in-addr.arpa ip6.arpa
    }
    prometheus :9153
    forward . /etc/resolv.conf
    cache 30
    loop
    reload
    loadbalance
}
corp.example.com:53 {
    errors
    cache 30
    forward . 10.20.0.2 10.20.1.2
}
`;

/** A role of the stack in `like`'s account with this trust and one inline policy; returns its ARN. */
function stackRole(
    r: Resources,
    account: string,
    name: string,
    trust: Statement[],
    statements: Statement[],
    like?: string,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            inlinePolicies: [{ name: "access", policy: doc(...statements) }],
        },
        like,
    );
    return arn;
}

/** An IRSA trust on the prod cluster's provider for one ServiceAccount. */
const irsaTrust = (ns: string, sa: string): Statement => ({
    Effect: "Allow",
    Principal: { Federated: PROD_PROVIDER },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${PROD_OIDC}:sub`]: `system:serviceaccount:${ns}:${sa}`,
            [`${PROD_OIDC}:aud`]: "sts.amazonaws.com",
        },
    },
});

/** A ServiceAccountPatch of an existing ServiceAccount giving it an IRSA role (the EKS user guide's annotation). */
function annotateExisting(r: Resources, ns: string, sa: string, roleArn: string): void {
    k8s(r, "kubernetes:core/v1:ServiceAccountPatch", `${ns}-${sa}-irsa`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: sa, namespace: ns, annotations: { "eks.amazonaws.com/role-arn": roleArn } },
    });
}

/** A role of the stack for an AWS add-on's ServiceAccount (IRSA on `ns/sa`) with one AWS managed policy; its ARN. */
function addonRole(r: Resources, name: string, ns: string, sa: string, policy: string): string {
    const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
    aws(r, ROLE, name, { name, arn, assumeRolePolicy: doc(irsaTrust(ns, sa)) });
    aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-policy`, {
        role: name,
        policyArn: `arn:aws:iam::aws:policy/${policy}`,
    });
    return arn;
}

/**
 * aws-node-termination-handler in Queue Processor mode in kube-system: its IRSA role with `statements`, its queue,
 * ServiceAccount, upstream ClusterRole and binding, and a restricted Deployment.
 */
function nodeTerminationHandler(r: Resources, statements: Statement[]): void {
    const arn = stackRole(
        r,
        PRIMARY,
        "custody-prod-nth",
        [irsaTrust("kube-system", "aws-node-termination-handler")],
        statements,
    );
    aws(r, "aws:sqs/queue:Queue", "nth-events", {
        name: "nth-events",
        arn: NTH_QUEUE,
        sqsManagedSseEnabled: true,
        messageRetentionSeconds: 300,
    });
    serviceAccount(r, "kube-system", "aws-node-termination-handler", { "eks.amazonaws.com/role-arn": arn });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "nth-role", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name: "aws-node-termination-handler" },
        rules: [
            { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "patch", "update"] },
            { apiGroups: [""], resources: ["pods"], verbs: ["list", "get"] },
            { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
            { apiGroups: ["extensions"], resources: ["daemonsets"], verbs: ["get"] },
            { apiGroups: ["apps"], resources: ["daemonsets"], verbs: ["get"] },
            { apiGroups: [""], resources: ["events"], verbs: ["create"] },
        ],
    });
    bind(r, "aws-node-termination-handler", { kind: "ClusterRole", name: "aws-node-termination-handler" }, [
        { kind: "ServiceAccount", name: "aws-node-termination-handler", namespace: "kube-system" },
    ]);
    k8s(r, DEPLOY, "nth", {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "aws-node-termination-handler", namespace: "kube-system" },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: "aws-node-termination-handler" } },
            template: {
                metadata: { labels: { app: "aws-node-termination-handler" } },
                spec: {
                    serviceAccountName: "aws-node-termination-handler",
                    priorityClassName: "system-cluster-critical",
                    securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
                    containers: [
                        {
                            name: "aws-node-termination-handler",
                            image: "public.ecr.aws/aws-ec2/aws-node-termination-handler:v1.22.0",
                            securityContext: restricted,
                            env: [
                                { name: "ENABLE_SQS_TERMINATION_DRAINING", value: "true" },
                                {
                                    name: "QUEUE_URL",
                                    value: `https://sqs.eu-west-1.amazonaws.com/${PRIMARY}/nth-events`,
                                },
                                { name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
                            ],
                        },
                    ],
                },
            },
        },
    });
}

const NTH_QUEUE = `arn:aws:sqs:eu-west-1:${PRIMARY}:nth-events`;
/** The policy the project documents for the Queue Processor (aws/aws-node-termination-handler README), verbatim. */
const NTH_DOCUMENTED: Statement = {
    Effect: "Allow",
    Action: [
        "autoscaling:CompleteLifecycleAction",
        "autoscaling:DescribeAutoScalingInstances",
        "autoscaling:DescribeTags",
        "ec2:DescribeInstances",
        "sqs:DeleteMessage",
        "sqs:ReceiveMessage",
    ],
    Resource: "*",
};

/** The monitoring namespace, a read-only scraping ClusterRole bound to monitoring/prometheus, and a Prometheus. */
function prometheus(r: Resources, spec: Record<string, unknown>, ns = "monitoring"): void {
    namespace(r, "monitoring");
    serviceAccount(r, "monitoring", "prometheus");
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "prometheus-role", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name: "prometheus" },
        rules: [
            {
                apiGroups: [""],
                resources: ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
                verbs: ["get", "list", "watch"],
            },
            { apiGroups: [""], resources: ["configmaps"], verbs: ["get"] },
            { nonResourceURLs: ["/metrics"], verbs: ["get"] },
        ],
    });
    bind(r, "prometheus", { kind: "ClusterRole", name: "prometheus" }, [
        { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" },
    ]);
    k8s(r, "kubernetes:monitoring.coreos.com/v1:Prometheus", "prometheus", {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "Prometheus",
        metadata: { name: "platform", namespace: ns },
        spec,
    });
}

const PROMETHEUS_SPEC = {
    replicas: 2,
    serviceAccountName: "prometheus",
    serviceMonitorSelector: { matchLabels: { team: "custody" } },
    ruleSelector: { matchLabels: { role: "alert-rules" } },
    retention: "15d",
    securityContext: {
        runAsNonRoot: true,
        runAsUser: 1000,
        runAsGroup: 2000,
        fsGroup: 2000,
        seccompProfile: { type: "RuntimeDefault" },
    },
};

/** The model's operations helper `kms-config-rule`: its role by ARN, operations.keyAudit on share 1 and the tables' CMK. */
const CONFIG_RULE_HELPER = [
    {
        name: "kms-config-rule",
        subject: { principal: `arn:aws:iam::${PRIMARY}:role/custody-prod-kms-config-rule` },
        allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1", "signer.tablesKey"] }],
    },
];

/**
 * A custom AWS Config rule's Lambda function in account A with its role of the stack (trusted by `trust`): Config's
 * PutEvaluations, key lists, the keyAudit reads on `keys` (the two keys' ARNs unless given) and its own log group.
 */
function configRule(
    r: Resources,
    keys?: string[],
    trust: Statement[] = [
        { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
): void {
    const fn = `arn:aws:lambda:eu-west-1:${PRIMARY}:function:custody-prod-kms-config-rule`;
    const audited = keys ?? [
        prop(find(r, KEY, "signer-shares-share-1"), "arn") as string,
        prop(find(r, KEY, "signer-tables-cmk"), "arn") as string,
    ];
    stackRole(r, PRIMARY, "custody-prod-kms-config-rule", trust, [
        { Effect: "Allow", Action: "config:PutEvaluations", Resource: "*" },
        { Effect: "Allow", Action: ["kms:ListKeys", "kms:ListAliases"], Resource: "*" },
        {
            Effect: "Allow",
            Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:GetKeyPolicy"],
            Resource: audited,
        },
        {
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/lambda/custody-prod-kms-config-rule:*`,
        },
    ]);
    aws(r, "aws:lambda/function:Function", "kms-config-rule", {
        name: "custody-prod-kms-config-rule",
        arn: fn,
        role: CONFIG_RULE_ROLE,
        runtime: "python3.12",
        handler: "rule.handler",
        s3Bucket: `custody-prod-artifacts-${PRIMARY}`,
        s3Key: "kms-config-rule.zip",
    });
    aws(r, "aws:lambda/permission:Permission", "kms-config-rule-invoke", {
        action: "lambda:InvokeFunction",
        function: "custody-prod-kms-config-rule",
        principal: "config.amazonaws.com",
        sourceAccount: PRIMARY,
    });
    aws(r, "aws:cfg/rule:Rule", "kms-policy-review", {
        name: "custody-kms-policy-review",
        source: {
            owner: "CUSTOM_LAMBDA",
            sourceIdentifier: fn,
            sourceDetails: [{ eventSource: "aws.config", messageType: "ConfigurationItemChangeNotification" }],
        },
        scope: { complianceResourceTypes: ["AWS::KMS::Key"] },
    });
}

interface Case {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    operations?: Record<string, unknown>[];
    /** AWS managed policies the operator lists in allowedPolicyArns after review. */
    readable?: string[];
    skip?: boolean;
}

const CONFIG_RULE_ROLE = `arn:aws:iam::${PRIMARY}:role/custody-prod-kms-config-rule`;

const secure: Case[] = [
    // ---- Patches of system workloads (round 24: *Patch fields allowlisted).
    {
        stack: "prod",
        name: "a DeploymentPatch scaling kube-system/coredns to 3 with Pulumi's documented pulumi.com/patchForce annotation and a safe-to-evict pod annotation",
        edit: r =>
            k8s(r, DEPLOY_PATCH, "coredns-scale", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: {
                    name: "coredns",
                    namespace: "kube-system",
                    annotations: { "pulumi.com/patchForce": "true" },
                },
                spec: {
                    replicas: 3,
                    template: {
                        metadata: { annotations: { "cluster-autoscaler.kubernetes.io/safe-to-evict": "false" } },
                    },
                },
            }),
    },
    {
        stack: "prod",
        name: "a DeploymentPatch of kube-system/coredns raising its pods' terminationGracePeriodSeconds to outlast the Corefile's lameduck (nothing else)",
        // Was a MISS (fixed in round 25: PATCH_POD_SPEC admits terminationGracePeriodSeconds): refused as "sets
        // spec.template.spec.terminationGracePeriodSeconds ... acts as validators/containment-chamber". The grace period only bounds how long the kubelet waits between SIGTERM and
        // SIGKILL (Kubernetes API PodSpec: "Optional duration in seconds the pod needs to terminate gracefully"); it
        // changes neither the image, command, ServiceAccount, volumes nor host access of coredns' pod, like the
        // scheduling fields PATCH_POD_SPEC (engine/podSpec.ts) admits. EKS best practices pair CoreDNS' `lameduck`
        // (already in EKS's Corefile) with a grace period at least that long.
        edit: r =>
            k8s(r, DEPLOY_PATCH, "coredns-grace", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns", namespace: "kube-system" },
                spec: { template: { spec: { terminationGracePeriodSeconds: 45 } } },
            }),
    },
    {
        stack: "prod",
        name: "a DeploymentPatch of kube-system/coredns setting progressDeadlineSeconds (when a rollout is reported failed; nothing else)",
        // Was a MISS (fixed in round 25: PATCH_CONTROLLER_SPEC admits the rollout's timings): refused as "sets
        // spec.progressDeadlineSeconds". DeploymentSpec.progressDeadlineSeconds is "the
        // maximum time in seconds for a deployment to make progress before it is considered to be failed" (Kubernetes
        // API, Deployment v1 apps; "Deployments", "Progress Deadline Seconds"): a status condition of the rollout,
        // never the pod, exactly like minReadySeconds and revisionHistoryLimit, which PATCH_CONTROLLER_SPEC admits.
        edit: r =>
            k8s(r, DEPLOY_PATCH, "coredns-deadline", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns", namespace: "kube-system" },
                spec: { progressDeadlineSeconds: 900 },
            }),
    },
    {
        stack: "prod",
        name: "a ConfigMapPatch of kube-system/coredns: EKS's default Corefile plus a stub zone forwarded to the corporate resolvers",
        edit: r =>
            k8s(r, CM_PATCH, "coredns-corefile", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "coredns", namespace: "kube-system" },
                data: { Corefile: COREFILE },
            }),
    },
    {
        stack: "prod",
        name: "a ConfigMapPatch of kube-system/kube-proxy-config exposing kube-proxy's metrics on 0.0.0.0:10249 for Prometheus (the rest of EKS's configuration unchanged)",
        edit: r =>
            k8s(r, CM_PATCH, "kube-proxy-metrics", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "kube-proxy-config", namespace: "kube-system" },
                data: { config: kubeProxyConfig("0.0.0.0:10249") },
            }),
    },
    {
        stack: "prod",
        name: "a CronJobPatch suspending the platform's kube-system/descheduler CronJob during a maintenance window (spec.suspend only)",
        // Was a MISS (fixed in round 25: PATCH_CONTROLLER_SPEC admits a CronJob's suspend, concurrency, deadline and
        // history fields): refused as "sets spec.suspend". CronJobSpec.suspend "tells the controller to suspend subsequent
        // executions, it does not apply to already started executions" (Kubernetes API, CronJob v1 batch; "CronJob",
        // "Schedule suspension"): it can only stop pods from being created. PATCH_CONTROLLER_SPEC admits replicas and
        // rollout fields but no CronJob field (suspend, and likewise successfulJobsHistoryLimit/failedJobsHistoryLimit).
        edit: r =>
            k8s(r, CRONJOB_PATCH, "descheduler-suspend", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "descheduler", namespace: "kube-system" },
                spec: { suspend: true },
            }),
    },
    {
        stack: "prod",
        name: "a CronJobPatch of kube-system/descheduler forbidding overlapping runs, with a starting deadline and shorter Job histories",
        // Neighbour (round 25): concurrencyPolicy, startingDeadlineSeconds and the history limits only count and
        // time the CronJob's Jobs (Kubernetes API, CronJobSpec).
        edit: r =>
            k8s(r, CRONJOB_PATCH, "descheduler-schedule", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "descheduler", namespace: "kube-system" },
                spec: {
                    concurrencyPolicy: "Forbid",
                    startingDeadlineSeconds: 300,
                    successfulJobsHistoryLimit: 1,
                    failedJobsHistoryLimit: 3,
                },
            }),
    },
    {
        stack: "prod",
        name: "a DeploymentPatch pausing coredns' rollouts with a longer minReadySeconds, its pods' grace period set alongside their CPU requests",
        // Neighbour (round 25): paused ("the deployment is paused and will not be processed by the deployment
        // controller") beside fields round 24 admitted.
        edit: r =>
            k8s(r, DEPLOY_PATCH, "coredns-pause", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns", namespace: "kube-system" },
                spec: {
                    paused: true,
                    minReadySeconds: 10,
                    template: {
                        spec: {
                            terminationGracePeriodSeconds: 30,
                            containers: [{ name: "coredns", resources: { requests: { cpu: "200m" } } }],
                        },
                    },
                },
            }),
    },
    // ---- Legacy token Secrets (round 24: their readers become the ServiceAccount).
    {
        stack: "prod",
        name: "a long-lived token Secret for apps/ci-deployer (edit in apps) read only by the apps-admins group, bound to the built-in admin ClusterRole in apps",
        edit: r => {
            namespace(r, "apps");
            serviceAccount(r, "apps", "ci-deployer");
            bind(
                r,
                "ci-deployer-edit",
                { kind: "ClusterRole", name: "edit" },
                [{ kind: "ServiceAccount", name: "ci-deployer", namespace: "apps" }],
                "apps",
            );
            bind(
                r,
                "apps-admins",
                { kind: "ClusterRole", name: "admin" },
                [{ kind: "Group", name: "apps-admins", apiGroup: RBAC }],
                "apps",
            );
            k8s(r, "kubernetes:core/v1:Secret", "ci-deployer-token", {
                apiVersion: "v1",
                kind: "Secret",
                type: "kubernetes.io/service-account-token",
                metadata: {
                    name: "ci-deployer-token",
                    namespace: "apps",
                    annotations: { "kubernetes.io/service-account.name": "ci-deployer" },
                },
            });
        },
    },
    // ---- Pods of the stack in kube-system with their own ServiceAccounts.
    {
        stack: "prod",
        name: "aws-node-termination-handler in queue-processor mode in kube-system: its own ServiceAccount (IRSA: one SQS queue, CompleteLifecycleAction on tagged groups), its upstream ClusterRole, a restricted Deployment",
        // Was a MISS (fixed in round 25: DOCUMENTED_AGENT_GRANTS holds NTH's CompleteLifecycleAction): refused as
        // "allows autoscaling:CompleteLifecycleAction on *: no workload of the custody model has this identity". This is
        // AWS's own node agent with the IAM policy its project documents (aws/aws-node-termination-handler README, Queue
        // Processor, "Create an IAM Role for the Pods": autoscaling:CompleteLifecycleAction, DescribeAutoScalingInstances,
        // DescribeTags, ec2:DescribeInstances, sqs:DeleteMessage/ReceiveMessage; the EKS Blueprints add-on grants
        // exactly these), here even narrowed to tagged groups. Completing a lifecycle hook only lets a pending
        // launch/termination proceed early: no instance, role, key or table is reached.
        edit: r =>
            nodeTerminationHandler(r, [
                { Effect: "Allow", Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage"], Resource: NTH_QUEUE },
                {
                    Effect: "Allow",
                    Action: "autoscaling:CompleteLifecycleAction",
                    Resource: "*",
                    Condition: { StringEquals: { "aws:ResourceTag/aws-node-termination-handler/managed": "true" } },
                },
                {
                    Effect: "Allow",
                    Action: [
                        "autoscaling:DescribeAutoScalingInstances",
                        "autoscaling:DescribeTags",
                        "ec2:DescribeInstances",
                    ],
                    Resource: "*",
                },
            ]),
    },
    {
        stack: "prod",
        name: "aws-node-termination-handler with the project's documented Queue Processor policy verbatim (one statement on *)",
        // Neighbour (round 25): the README's policy as published, unnarrowed.
        edit: r => nodeTerminationHandler(r, [NTH_DOCUMENTED]),
    },
    {
        stack: "prod",
        name: "the VPC CNI on IRSA the EKS user guide's way: a role of the stack trusted by kube-system/aws-node with AmazonEKS_CNI_Policy, and a ServiceAccountPatch annotating aws-node with it",
        // Was a MISS (fixed in round 25: model.serviceAccounts holds ServiceAccountPatches, so every rule reading a
        // ServiceAccount's role annotation reads a patch's): refused by serviceaccount-role-agree as "this stack has no
        // ServiceAccount kube-system/aws-node annotated with the role". The EKS user guide ("Configure Amazon VPC CNI
        // plugin to use IRSA", cni-iam-role.html) creates a separate role with AmazonEKS_CNI_Policy and annotates the
        // existing aws-node ServiceAccount with eks.amazonaws.com/role-arn; in Pulumi the annotation of an object the
        // stack does not own is a ServiceAccountPatch (server-side apply). The managed policy is listed as readable
        // (the operator's reviewed allowedPolicyArns); the engine itself accepts it.
        readable: ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"],
        edit: r =>
            annotateExisting(
                r,
                "kube-system",
                "aws-node",
                addonRole(r, "custody-prod-vpc-cni", "kube-system", "aws-node", "AmazonEKS_CNI_Policy"),
            ),
    },
    {
        stack: "prod",
        name: "the EBS CSI controller on IRSA through a ServiceAccountPatch of kube-system/ebs-csi-controller-sa (AmazonEBSCSIDriverPolicyV2)",
        // Neighbour (round 25): the same shape for another add-on's existing ServiceAccount.
        readable: ["arn:aws:iam::aws:policy/AmazonEBSCSIDriverPolicyV2"],
        edit: r =>
            annotateExisting(
                r,
                "kube-system",
                "ebs-csi-controller-sa",
                addonRole(
                    r,
                    "custody-prod-ebs-csi",
                    "kube-system",
                    "ebs-csi-controller-sa",
                    "AmazonEBSCSIDriverPolicyV2",
                ),
            ),
    },
    // ---- Monitoring.
    {
        stack: "prod",
        name: "a Prometheus Operator Prometheus in monitoring (restricted namespace) running as its own ServiceAccount, scraping through a read-only ClusterRole (nodes/metrics, services, endpoints, pods, /metrics)",
        // Was a MISS (fixed in round 25: a Prometheus is judged as the StatefulSet pod prometheus-operator renders from
        // it, engine/customResources.ts RENDERED_POD_KINDS): refused as "monitoring.coreos.com/v1:Prometheus prometheus
        // is a custom resource ... Keep controllers' resources out of the custody stack". A Prometheus object is a pod
        // template the operator renders into a StatefulSet in the object's own namespace, running as its
        // spec.serviceAccountName with its spec.securityContext (prometheus-operator API reference, PrometheusSpec).
        // With only selectors, retention, scheduling and pod security set, that pod is known; its ServiceAccount is
        // judged as whoever writes the monitors it selects (it reaches no custody role here).
        edit: r => prometheus(r, PROMETHEUS_SPEC),
    },
    {
        stack: "prod",
        name: "a Prometheus Operator Prometheus spread across zones, with pod labels, a priority class, an external label and file access through monitors denied",
        // Neighbour (round 25): scheduling, podMetadata labels and the arbitraryFSAccessThroughSMs hardening.
        edit: r =>
            prometheus(r, {
                ...PROMETHEUS_SPEC,
                podMetadata: { labels: { team: "platform" } },
                priorityClassName: "system-cluster-critical",
                externalLabels: { cluster: "prod-validators" },
                topologySpreadConstraints: [
                    {
                        maxSkew: 1,
                        topologyKey: "topology.kubernetes.io/zone",
                        whenUnsatisfiable: "ScheduleAnyway",
                        labelSelector: { matchLabels: { "app.kubernetes.io/name": "prometheus" } },
                    },
                ],
                arbitraryFSAccessThroughSMs: { deny: true },
                resources: { requests: { cpu: "500m", memory: "2Gi" } },
            }),
    },
    {
        stack: "prod",
        name: "kube-state-metrics from its Helm chart as a helm.sh/v4 Chart (children registered as resources of the stack: ServiceAccount, metadata-only ClusterRole without Secrets, binding, restricted Deployment)",
        edit: r => {
            namespace(r, "monitoring");
            const chart = k8s(r, "kubernetes:helm.sh/v4:Chart", "kube-state-metrics", {
                chart: "kube-state-metrics",
                version: "5.27.0",
                namespace: "monitoring",
                repositoryOpts: { repo: "https://prometheus-community.github.io/helm-charts" },
                values: {
                    collectors: ["deployments", "daemonsets", "pods", "nodes", "namespaces", "services"],
                    securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534 },
                },
            });
            const child = (type: string, name: string, inputs: Record<string, unknown>) => {
                const x = k8s(r, type, `kube-state-metrics:${name}`, inputs) as { parent?: string };
                x.parent = chart.urn;
            };
            child("kubernetes:core/v1:ServiceAccount", "monitoring/kube-state-metrics", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "kube-state-metrics", namespace: "monitoring" },
            });
            child(`kubernetes:${RBAC}/v1:ClusterRole`, "kube-state-metrics", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "kube-state-metrics" },
                rules: [
                    {
                        apiGroups: [""],
                        resources: ["nodes", "pods", "namespaces", "services"],
                        verbs: ["list", "watch"],
                    },
                    { apiGroups: ["apps"], resources: ["deployments", "daemonsets"], verbs: ["list", "watch"] },
                ],
            });
            child(`kubernetes:${RBAC}/v1:ClusterRoleBinding`, "kube-state-metrics", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "kube-state-metrics" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "kube-state-metrics" },
                subjects: [{ kind: "ServiceAccount", name: "kube-state-metrics", namespace: "monitoring" }],
            });
            child(DEPLOY, "monitoring/kube-state-metrics", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "kube-state-metrics", namespace: "monitoring" },
                spec: {
                    replicas: 1,
                    selector: { matchLabels: { "app.kubernetes.io/name": "kube-state-metrics" } },
                    template: {
                        metadata: { labels: { "app.kubernetes.io/name": "kube-state-metrics" } },
                        spec: {
                            serviceAccountName: "kube-state-metrics",
                            automountServiceAccountToken: true,
                            securityContext: {
                                runAsNonRoot: true,
                                runAsUser: 65534,
                                runAsGroup: 65534,
                                fsGroup: 65534,
                                seccompProfile: { type: "RuntimeDefault" },
                            },
                            containers: [
                                {
                                    name: "kube-state-metrics",
                                    image: "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.14.0",
                                    args: [
                                        "--port=8080",
                                        "--resources=daemonsets,deployments,namespaces,nodes,pods,services",
                                    ],
                                    ports: [{ containerPort: 8080, name: "http" }],
                                    securityContext: { ...restricted, runAsUser: 65534, runAsGroup: 65534 },
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
    // ---- AWS: case-blind pins and trust Denies (round 24).
    {
        stack: "pod-identity",
        name: "the signer's trust gains a guard Deny (pods.eks.amazonaws.com) of any session whose kubernetes-namespace or eks-cluster-arn tag differs, compared without case",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                d.Statement.push({
                    Sid: "DenyOtherClustersAndNamespaces",
                    Effect: "Deny",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringNotEqualsIgnoreCase: {
                            "aws:RequestTag/kubernetes-namespace": "validators",
                            "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
                        },
                    },
                });
            }),
    },
    {
        stack: "pod-identity",
        name: "the signer's trust also pins aws:SourceAccount and aws:SourceArn to the cluster (the EKS user guide's confused-deputy conditions for Pod Identity)",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                const s = d.Statement[0] as { Condition: Record<string, Record<string, unknown>> };
                s.Condition = {
                    ...s.Condition,
                    StringEquals: { ...s.Condition.StringEquals, "aws:SourceAccount": PRIMARY },
                    ArnEquals: { "aws:SourceArn": CLUSTER_ARN },
                };
            }),
    },
    // ---- AWS: VPC endpoints, Config rules.
    {
        stack: "pod-identity",
        name: "an EKS Auth interface endpoint (com.amazonaws.eu-west-1.eks-auth) for the private cluster, its endpoint policy admitting only AssumeRoleForPodIdentity on the cluster",
        edit: r =>
            aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "eks-auth", {
                vpcId: "vpc-0a1b2c3d4e5f60718",
                serviceName: "com.amazonaws.eu-west-1.eks-auth",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                subnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5a60718"],
                securityGroupIds: ["sg-0a1b2c3d4e5f60718"],
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: "eks-auth:AssumeRoleForPodIdentity",
                    Resource: CLUSTER_ARN,
                }),
            }),
    },
    {
        stack: "prod",
        name: "a custom AWS Config rule (Lambda) checking key rotation and key policies in account A, its role of the stack named through custody:operations (operations.keyAudit on share 1 and the tables' CMK)",
        // Was a MISS (fixed in round 25: Judge.workloadOf credits a stack role to the workload whose principal subject
        // names it by ARN when no workload's subjects become it, and the service its trust names is how that role is
        // used; config:PutEvaluations counts as the helper's own reporting): refused by custody-effective-access ("no
        // workload of the custody model has this identity") and custody-required-access ("no identity of the workload
        // is allowed it"). README, "Naming an operations helper": Lambda "run[s] whatever the account deploys, so such
        // a helper is named by its role's ARN"; named so, the stack's Lambda role was not attributed to the helper.
        // The reads are granted on the two keys the model names (a grant on key/* is refused: see the refusals).
        operations: CONFIG_RULE_HELPER,
        edit: r => configRule(r),
    },
    {
        stack: "prod",
        name: "the same key-audit helper as an ECS task role (ecs-tasks.amazonaws.com) named by ARN in custody:operations",
        // Neighbour (round 25): another service the README lists as running the account's code.
        operations: CONFIG_RULE_HELPER,
        edit: r =>
            configRule(r, undefined, [
                { Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" },
            ]),
    },
];

interface Refusal extends Case {
    refused: RegExp;
    policy?: string;
}

const OUTSIDE_ROLE = "arn:aws:iam::999999999999:role/platform-ops";

/** Round 25's neighbours on the other side: the same shapes one step too far, each still refused. */
const insecure: Refusal[] = [
    {
        stack: "prod",
        name: "a DeploymentPatch of kube-system/coredns setting its grace period and its pods' serviceAccountName",
        edit: r =>
            k8s(r, DEPLOY_PATCH, "coredns-sa", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns", namespace: "kube-system" },
                spec: {
                    template: {
                        spec: { terminationGracePeriodSeconds: 45, serviceAccountName: "containment-chamber" },
                    },
                },
            }),
        refused: /sets spec\.template\.spec\.serviceAccountName/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a CronJobPatch of kube-system/descheduler suspending it and mounting the node's kubelet directory into its Job's pods",
        edit: r =>
            k8s(r, CRONJOB_PATCH, "descheduler-hostpath", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "descheduler", namespace: "kube-system" },
                spec: {
                    suspend: false,
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: { volumes: [{ name: "kubelet", hostPath: { path: "/var/lib/kubelet" } }] },
                            },
                        },
                    },
                },
            }),
        refused: /sets spec\.jobTemplate\.spec\.template\.spec\.volumes/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a DeploymentPatch of kube-system/coredns changing its selector (which pods the controller adopts)",
        edit: r =>
            k8s(r, DEPLOY_PATCH, "coredns-selector", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns", namespace: "kube-system" },
                spec: { progressDeadlineSeconds: 900, selector: { matchLabels: { "k8s-app": "kube-dns" } } },
            }),
        refused: /sets spec\.selector/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a ServiceAccountPatch annotating kube-system/aws-node with a role outside the stack",
        edit: r => annotateExisting(r, "kube-system", "aws-node", OUTSIDE_ROLE),
        refused: /ServiceAccountPatch kube-system\/aws-node is annotated with .*, which is not a role of this stack/,
        policy: "serviceaccount-role-agree",
    },
    {
        stack: "prod",
        name: "a ServiceAccountPatch annotating validators/containment-chamber with the VPC CNI's role (trusted by kube-system/aws-node)",
        readable: ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"],
        edit: r => {
            const arn = addonRole(r, "custody-prod-vpc-cni", "kube-system", "aws-node", "AmazonEKS_CNI_Policy");
            annotateExisting(r, "kube-system", "aws-node", arn);
            annotateExisting(r, "validators", "containment-chamber", arn);
        },
        refused:
            /ServiceAccountPatch validators\/containment-chamber uses role custody-prod-vpc-cni, whose trust pins system:serviceaccount:kube-system:aws-node/,
        policy: "serviceaccount-role-agree",
    },
    {
        stack: "prod",
        name: "aws-node-termination-handler whose role may also update any Auto Scaling group (launch template, sizes)",
        edit: r =>
            nodeTerminationHandler(r, [
                NTH_DOCUMENTED,
                { Effect: "Allow", Action: "autoscaling:UpdateAutoScalingGroup", Resource: "*" },
            ]),
        refused: /autoscaling:UpdateAutoScalingGroup on \*: no workload of the custody model has this identity/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a Prometheus in validators running as the signer's ServiceAccount (its monitors could send that token anywhere)",
        edit: r => prometheus(r, { ...PROMETHEUS_SPEC, serviceAccountName: "containment-chamber" }, "validators"),
        refused: /Prometheus validators\/platform runs as ServiceAccount validators\/containment-chamber/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a Prometheus with a sidecar container (a strategic-merge patch into the operator's pod)",
        edit: r =>
            prometheus(r, {
                ...PROMETHEUS_SPEC,
                containers: [{ name: "oauth-proxy", image: "quay.io/oauth2-proxy/oauth2-proxy:v7.6.0" }],
            }),
        refused: /Prometheus prometheus sets spec\.containers/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a Prometheus reading additional scrape configs from a Secret (file and HTTP service discovery the pack does not render)",
        edit: r =>
            prometheus(r, {
                ...PROMETHEUS_SPEC,
                additionalScrapeConfigs: { name: "extra-scrape", key: "prometheus-additional.yaml" },
            }),
        refused: /sets spec\.additionalScrapeConfigs/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "a group allowed to create Prometheus objects in every namespace (any ServiceAccount, containers, volumes)",
        // The other side of judging a declared Prometheus by its content: RBAC to write Prometheus objects cannot be
        // judged so (the writer picks any ServiceAccount, containers and volumes), so it stays a custom-resource write.
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "prometheus-editor", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "prometheus-editor" },
                rules: [{ apiGroups: ["monitoring.coreos.com"], resources: ["prometheuses"], verbs: ["create"] }],
            });
            bind(r, "prometheus-editors", { kind: "ClusterRole", name: "prometheus-editor" }, [
                { kind: "Group", name: "monitoring-admins", apiGroup: RBAC },
            ]);
        },
        refused: /monitoring\.coreos\.com\/prometheuses/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "the Config rule helper's reads granted on key/* of account A",
        // DECIDED: a workload's grant must lie within its allow entries' resources; key/* reaches share 1 and the
        // tables' CMK (both named) but also every key created later, so it is refused like any grant wider than the
        // model that reaches a custody asset (README, "The effective-access engine": "the grant's resource pattern a
        // subset of the entry's"). Name the keys, or let the model name them.
        operations: CONFIG_RULE_HELPER,
        edit: r => configRule(r, [`arn:aws:kms:eu-west-1:${PRIMARY}:key/*`]),
        refused:
            /kms:DescribeKey.* on arn:aws:kms:eu-west-1:111111111111:key\/\*.*not in workload kms-config-rule's allow entries/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "the Config rule helper's role also trusted by an outside account's role",
        operations: CONFIG_RULE_HELPER,
        edit: r =>
            configRule(r, undefined, [
                { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
                { Effect: "Allow", Principal: { AWS: OUTSIDE_ROLE }, Action: "sts:AssumeRole" },
            ]),
        refused: /platform-ops/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "the Config rule's Lambda role with no custody:operations entry naming it",
        edit: r => configRule(r),
        refused: /role custody-prod-kms-config-rule .*no workload of the custody model has this identity/,
        policy: "custody-effective-access",
    },
];

describe("red-team round 25: secure variants of the committed stacks (false positives)", function () {
    this.timeout(120000);
    for (const c of secure)
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runPack(c.stack, r, { operations: c.operations, readable: c.readable }));
        });
    for (const c of insecure)
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(
                await runPack(c.stack, r, { operations: c.operations, readable: c.readable }),
                c.refused,
                c.policy,
            );
        });
});
