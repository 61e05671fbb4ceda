// Red-team round 19 (fresh eyes) on secure variants across the committed stacks: what a careful platform team writes
// and expects to pass (a CI deployer that may create roles only under a permissions boundary, a monitoring provider
// with its own assumed role and default tags feeding a dashboard, alarms and a Grafana data-source role, the tables
// moved under a renamed component with Pulumi aliases, metrics-server installed as objects of the stack, the caller
// instance's CloudWatch agent and Session Manager policies), each with its insecure twin where one exists.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { nodePolicyConfig, runWithConfig } from "./packRunner";
import { assertClean, assertRefused, doc, prop, Resources, stackResources } from "./support";
import { aws, k8s, next, restricted, trustedRole as role } from "./variantBuilders";

const PRIMARY = "111111111111";
const GRAFANA_ACCOUNT = "888888888888";
const EFFECTIVE = "custody-effective-access";
const TABLE = "aws:dynamodb/table:Table";
const RBAC = "rbac.authorization.k8s.io";

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
    readable?: string[];
    /** Entries of role-trust-pinned's config (an issuer or trusted account the team lists as reviewed). */
    trust?: { allowedIssuers?: string[]; allowedTrustAccounts?: string[] };
};

/** The whole pack under the stack's config, with `readable` policies and `trust` entries listed as reviewed. */
function run(c: Case, r: Resources) {
    return runWithConfig(c.stack, r, (config: PackConfig) => {
        let out = c.readable ? nodePolicyConfig(config, c.readable) : config;
        if (c.trust) {
            const own = (out["role-trust-pinned"] ?? {}) as Record<string, unknown>;
            const merged: Record<string, unknown> = { ...own };
            for (const [k, v] of Object.entries(c.trust))
                merged[k] = [...((own[k] as string[] | undefined) ?? []), ...(v ?? [])];
            out = { ...out, "role-trust-pinned": merged };
        }
        return out;
    });
}

// ---- dev: a CI deployer that may create and edit roles only under a permissions boundary (delegated IAM admin).

const BOUNDARY = `arn:aws:iam::${PRIMARY}:policy/app-boundary`;
const GITHUB_OIDC = `arn:aws:iam::${PRIMARY}:oidc-provider/token.actions.githubusercontent.com`;

/**
 * IAM User Guide, "Permissions boundaries for IAM entities" (delegating responsibility to others): the delegate may
 * CreateRole/PutRolePolicy/AttachRolePolicy/... only with `iam:PermissionsBoundary` equal to the boundary, may not
 * delete a boundary nor edit the boundary policy. A role it creates can never exceed the boundary (effective
 * permissions are the intersection), and the boundary here allows only metrics, logs and one topic family.
 */
function boundedCiDeployer(r: Resources, pinned = true): void {
    aws(r, "aws:iam/policy:Policy", "app-boundary", {
        name: "app-boundary",
        arn: BOUNDARY,
        policy: doc(
            {
                Sid: "Telemetry",
                Effect: "Allow",
                Action: ["cloudwatch:PutMetricData", "logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: "*",
            },
            {
                Sid: "Alerts",
                Effect: "Allow",
                Action: "sns:Publish",
                Resource: `arn:aws:sns:eu-west-1:${PRIMARY}:app-*`,
            },
        ),
    });
    const boundaryPin = pinned ? { Condition: { StringEquals: { "iam:PermissionsBoundary": BOUNDARY } } } : {};
    role(
        r,
        PRIMARY,
        "custody-ci-deployer",
        [
            {
                Effect: "Allow",
                Principal: { Federated: GITHUB_OIDC },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                        "token.actions.githubusercontent.com:sub":
                            "repo:example-org/custody-apps:environment:production",
                    },
                },
            },
        ],
        [
            {
                Sid: "CreateAppRolesWithinBoundary",
                Effect: "Allow",
                Action: [
                    "iam:CreateRole",
                    "iam:PutRolePolicy",
                    "iam:DeleteRolePolicy",
                    "iam:AttachRolePolicy",
                    "iam:DetachRolePolicy",
                    "iam:PutRolePermissionsBoundary",
                ],
                Resource: `arn:aws:iam::${PRIMARY}:role/app-*`,
                ...boundaryPin,
            },
            { Sid: "KeepBoundaries", Effect: "Deny", Action: "iam:DeleteRolePermissionsBoundary", Resource: "*" },
            {
                Sid: "BoundaryIsFixed",
                Effect: "Deny",
                Action: [
                    "iam:CreatePolicyVersion",
                    "iam:DeletePolicy",
                    "iam:DeletePolicyVersion",
                    "iam:SetDefaultPolicyVersion",
                ],
                Resource: BOUNDARY,
            },
        ],
    );
}

// ---- prod: a monitoring provider (its own assumed role, default tags) with a dashboard, alarms and Grafana's role.

function monitoringProvider(r: Resources): NonNullable<AnalyzerResourceInput["provider"]> {
    const stackPrefix = r[0].urn.split("::").slice(0, 2).join("::");
    const inputs = {
        allowedAccountIds: JSON.stringify([PRIMARY]),
        region: "eu-west-1",
        assumeRoles: JSON.stringify([
            { roleArn: `arn:aws:iam::${PRIMARY}:role/custody-monitoring-deployer`, sessionName: "custody-monitoring" },
        ]),
        defaultTags: JSON.stringify({
            tags: { "custody:stack": "custody-infra/prod", team: "platform-observability" },
        }),
        skipCredentialsValidation: "false",
        skipRegionValidation: "true",
    };
    const provider = {
        urn: `${stackPrefix}::pulumi:providers:aws::aws-monitoring`,
        type: "pulumi:providers:aws",
        name: "aws-monitoring",
        inputs,
    };
    r.push({ ...provider, outputs: inputs } as AnalyzerResourceInput);
    return provider;
}

const TOPIC = `arn:aws:sns:eu-west-1:${PRIMARY}:custody-prod-table-alarms`;
const GRAFANA_ROLE = `arn:aws:iam::${PRIMARY}:role/custody-grafana-datasource`;

/**
 * CloudWatch User Guide ("Using Amazon CloudWatch dashboards", "Using Amazon CloudWatch alarms") and SNS developer
 * guide ("Amazon SNS topic policy for CloudWatch alarms": cloudwatch.amazonaws.com pinned by aws:SourceAccount).
 * Amazon Managed Grafana's CloudWatch data source ("Use AWS data source configuration to add CloudWatch") assumes
 * a role of the account: here one allowed only CloudWatch and Logs reads, trusted by the monitoring account's
 * workspace role. `extra` adds statements to that role.
 */
function monitoring(r: Resources, extra: object[] = []): void {
    const provider = monitoringProvider(r);
    const like = r.find(x => x.type === TABLE) as AnalyzerResourceInput;
    const add = (type: string, name: string, inputs: Record<string, unknown>) => {
        const res = next(r, like, type, name, inputs);
        res.provider = provider;
        res.urn = res.urn.replace(/::[^:]+::[^:]+$/, `::${type}::${name}`);
    };
    const tables = r.filter(x => x.type === TABLE).map(x => prop(x, "name") as string);
    add("aws:sns/topic:Topic", "table-alarms", {
        name: "custody-prod-table-alarms",
        arn: TOPIC,
        kmsMasterKeyId: "alias/aws/sns",
    });
    add("aws:sns/topicPolicy:TopicPolicy", "table-alarms-policy", {
        arn: TOPIC,
        policy: doc({
            Sid: "CloudWatchAlarms",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: TOPIC,
            Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
        }),
    });
    add("aws:cloudwatch/dashboard:Dashboard", "custody-tables", {
        dashboardName: "custody-prod-tables",
        dashboardBody: JSON.stringify({
            widgets: tables.map((t, i) => ({
                type: "metric",
                x: 0,
                y: i * 6,
                width: 24,
                height: 6,
                properties: {
                    region: "eu-west-1",
                    title: t,
                    metrics: [
                        ["AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", t],
                        ["AWS/DynamoDB", "ConsumedWriteCapacityUnits", "TableName", t],
                        ["AWS/DynamoDB", "ThrottledRequests", "TableName", t, "Operation", "PutItem"],
                    ],
                },
            })),
        }),
    });
    for (const t of tables)
        add("aws:cloudwatch/metricAlarm:MetricAlarm", `${t}-system-errors`, {
            name: `${t}-system-errors`,
            namespace: "AWS/DynamoDB",
            metricName: "SystemErrors",
            dimensions: { TableName: t, Operation: "GetItem" },
            statistic: "Sum",
            period: 60,
            evaluationPeriods: 5,
            threshold: 1,
            comparisonOperator: "GreaterThanOrEqualToThreshold",
            treatMissingData: "notBreaching",
            alarmActions: [TOPIC],
            okActions: [TOPIC],
        });
    add("aws:iam/role:Role", "custody-grafana-datasource", {
        name: "custody-grafana-datasource",
        arn: GRAFANA_ROLE,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${GRAFANA_ACCOUNT}:role/service-role/AmazonGrafanaServiceRole-custody` },
            Action: "sts:AssumeRole",
        }),
        inlinePolicies: [
            {
                name: "cloudwatch-read",
                policy: doc(
                    {
                        Sid: "Metrics",
                        Effect: "Allow",
                        Action: [
                            "cloudwatch:DescribeAlarmsForMetric",
                            "cloudwatch:DescribeAlarmHistory",
                            "cloudwatch:DescribeAlarms",
                            "cloudwatch:ListMetrics",
                            "cloudwatch:GetMetricData",
                            "cloudwatch:GetInsightRuleReport",
                        ],
                        Resource: "*",
                    },
                    { Sid: "Tags", Effect: "Allow", Action: "tag:GetResources", Resource: "*" },
                    ...extra,
                ),
            },
        ],
    });
}

// ---- prod: the tables moved under a renamed component, Pulumi aliases keeping their state.

/**
 * Pulumi docs, "Resource option: aliases": a refactor moving resources under a new parent component type (and new
 * logical names) keeps the cloud resources when each names its old URN as an alias. AWS sees no change at all.
 */
function moveTables(r: Resources): void {
    const oldComponent = "custody:dynamodb:SignerTables";
    const newComponent = "custody:storage:CustodyTables";
    const renameUrn = (u: string) =>
        u
            .replace(`$${oldComponent}$`, `$${newComponent}$`)
            .replace(`$${oldComponent}::`, `$${newComponent}::`)
            .replace(/::signer-tables(-[a-z0-9-]+)?$/, "::custody-tables$1");
    for (const x of r) {
        const moved = x.urn.includes(oldComponent);
        if (moved) {
            const old = x.urn;
            x.urn = renameUrn(x.urn);
            x.name = x.name.replace(/^signer-tables/, "custody-tables");
            if (x.type !== "custody:dynamodb:SignerTables") x.options = { ...x.options, aliases: [old] };
            if (x.type === oldComponent) x.type = newComponent;
        }
        if (x.parent) x.parent = renameUrn(x.parent);
        if (x.dependencies) x.dependencies = x.dependencies.map(renameUrn);
        if (x.propertyDependencies)
            x.propertyDependencies = Object.fromEntries(
                Object.entries(x.propertyDependencies).map(([k, v]) => [k, v.map(renameUrn)]),
            );
    }
}

// ---- pod-identity: metrics-server installed as objects of the stack (its components.yaml, v0.7.2).

const METRICS_SERVER = "metrics-server";
const KUBE_SYSTEM = "kube-system";

/**
 * kubernetes-sigs/metrics-server release manifest (components.yaml): ServiceAccount, the aggregated reader
 * ClusterRole, system:metrics-server (get nodes/metrics; get/list/watch pods and nodes), the auth-reader RoleBinding,
 * the auth-delegator and system:metrics-server ClusterRoleBindings, a Service, a restricted Deployment (uid 1000,
 * read-only root, emptyDir /tmp) and the APIService v1beta1.metrics.k8s.io. `nodeSubresource` is the kubelet
 * subresource the ClusterRole names.
 */
function metricsServer(r: Resources, nodeSubresource = "nodes/metrics", authReader = true): void {
    const sa = { kind: "ServiceAccount", name: METRICS_SERVER, namespace: KUBE_SYSTEM };
    k8s(r, "kubernetes:core/v1:ServiceAccount", "metrics-server-sa", {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: METRICS_SERVER, namespace: KUBE_SYSTEM, labels: { "k8s-app": METRICS_SERVER } },
    });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "aggregated-metrics-reader", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: {
            name: "system:aggregated-metrics-reader",
            labels: {
                "k8s-app": METRICS_SERVER,
                [`${RBAC}/aggregate-to-admin`]: "true",
                [`${RBAC}/aggregate-to-edit`]: "true",
                [`${RBAC}/aggregate-to-view`]: "true",
            },
        },
        rules: [{ apiGroups: ["metrics.k8s.io"], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] }],
    });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "system-metrics-server", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name: "system:metrics-server", labels: { "k8s-app": METRICS_SERVER } },
        rules: [
            { apiGroups: [""], resources: [nodeSubresource], verbs: ["get"] },
            { apiGroups: [""], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] },
        ],
    });
    if (authReader)
        k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "metrics-server-auth-reader", {
            apiVersion: `${RBAC}/v1`,
            kind: "RoleBinding",
            metadata: { name: "metrics-server-auth-reader", namespace: KUBE_SYSTEM },
            roleRef: { apiGroup: RBAC, kind: "Role", name: "extension-apiserver-authentication-reader" },
            subjects: [sa],
        });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "metrics-server-auth-delegator", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRoleBinding",
        metadata: { name: "metrics-server:system:auth-delegator" },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "system:auth-delegator" },
        subjects: [sa],
    });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "system-metrics-server-binding", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRoleBinding",
        metadata: { name: "system:metrics-server" },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "system:metrics-server" },
        subjects: [sa],
    });
    k8s(r, "kubernetes:core/v1:Service", "metrics-server-svc", {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: METRICS_SERVER, namespace: KUBE_SYSTEM, labels: { "k8s-app": METRICS_SERVER } },
        spec: {
            selector: { "k8s-app": METRICS_SERVER },
            ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: "https" }],
        },
    });
    k8s(r, "kubernetes:apps/v1:Deployment", "metrics-server", {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: METRICS_SERVER, namespace: KUBE_SYSTEM, labels: { "k8s-app": METRICS_SERVER } },
        spec: {
            replicas: 2,
            selector: { matchLabels: { "k8s-app": METRICS_SERVER } },
            strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0 } },
            template: {
                metadata: { labels: { "k8s-app": METRICS_SERVER } },
                spec: {
                    serviceAccountName: METRICS_SERVER,
                    priorityClassName: "system-cluster-critical",
                    nodeSelector: { "kubernetes.io/os": "linux" },
                    containers: [
                        {
                            name: METRICS_SERVER,
                            image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2",
                            args: [
                                "--cert-dir=/tmp",
                                "--secure-port=10250",
                                "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
                                "--kubelet-use-node-status-port",
                                "--metric-resolution=15s",
                            ],
                            ports: [{ containerPort: 10250, name: "https", protocol: "TCP" }],
                            securityContext: { ...restricted, runAsUser: 1000, runAsGroup: 1000 },
                            volumeMounts: [{ name: "tmp-dir", mountPath: "/tmp" }],
                        },
                    ],
                    volumes: [{ name: "tmp-dir", emptyDir: {} }],
                },
            },
        },
    });
    k8s(r, "kubernetes:apiregistration.k8s.io/v1:APIService", "v1beta1-metrics", {
        apiVersion: "apiregistration.k8s.io/v1",
        kind: "APIService",
        metadata: { name: "v1beta1.metrics.k8s.io", labels: { "k8s-app": METRICS_SERVER } },
        spec: {
            group: "metrics.k8s.io",
            version: "v1beta1",
            groupPriorityMinimum: 100,
            versionPriority: 100,
            insecureSkipTLSVerify: true,
            service: { name: METRICS_SERVER, namespace: KUBE_SYSTEM },
        },
    });
}

// ---- cross-account: the caller instance's CloudWatch agent and Session Manager (AWS managed policies).

const CW_AGENT = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";
const SSM_CORE = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";

/**
 * CloudWatch User Guide, "Create IAM roles and users for use with the CloudWatch agent" (CloudWatchAgentServerPolicy
 * on the instance's role) and Systems Manager User Guide, "Configure instance permissions"
 * (AmazonSSMManagedInstanceCore): the two managed policies every EC2 fleet carries, listed as reviewed.
 */
function instanceTelemetry(r: Resources, policies = [CW_AGENT, SSM_CORE]): void {
    for (const arn of policies)
        aws(
            r,
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            `instance-role-${arn.split("/").pop()}`,
            { role: "instance-role", policyArn: arn },
            "cross-account-caller",
        );
}

// ---- the cases.

const GITHUB_ISSUER = "token.actions.githubusercontent.com";

const secure: Case[] = [
    // DECIDED (refused by design; kept skipped): IAM writes in a custody account are not judged through permissions
    // boundaries: the pack would have to prove the boundary, its pins on every IAM write, and the Deny on its own
    // removal, and a mistake there hands out any role. Create workload roles in this stack instead.
    // Reported as: secure, refused. IAM User Guide, "Permissions boundaries for IAM entities" (delegating responsibility to
    // others, the iam:PermissionsBoundary condition key on CreateRole/PutRolePolicy/AttachRolePolicy/...): every role
    // the deployer creates or edits carries the boundary, whose allows (metrics, logs, app-* topics) cap it; it cannot
    // remove a boundary nor edit the boundary policy, and role/app-* names no workload role. The pack counts any IAM
    // Write as escalation (model/escalation.ts, runtime-role-no-privilege-escalation and custody-effective-access),
    // whatever boundary pin it carries. The GitHub issuer is listed in allowedIssuers, so only that remains.
    {
        stack: "dev",
        name: "a GitHub Actions deployer (one repo environment, issuer listed) that may create and edit roles app-* only under a fixed permissions boundary (metrics, logs, app-* topics), never removing it nor editing the boundary",
        edit: r => boundedCiDeployer(r),
        trust: { allowedIssuers: [GITHUB_ISSUER] },
        skip: true,
    },
    {
        stack: "prod",
        name: "a monitoring provider (allowedAccountIds, explicit region, assumeRoles into a monitoring deployer, defaultTags) creating a dashboard and SystemErrors alarms of the three tables into an SNS topic, and a Grafana data-source role (monitoring account listed) reading CloudWatch only",
        edit: r => monitoring(r),
        trust: { allowedTrustAccounts: [GRAFANA_ACCOUNT] },
    },
    {
        stack: "prod",
        name: "the tables and their CMK moved under a renamed component (custody:storage:CustodyTables, logical names custody-tables-*) with Pulumi aliases naming their old URNs",
        edit: r => moveTables(r),
    },
    // Was a MISS (secure refused), fixed in engine/kubernetes.ts (BUILT_IN_ROLES). The RoleBinding of kube-system's
    // built-in Role extension-apiserver-authentication-reader
    // (every aggregated API server binds it: metrics-server's components.yaml, KEDA, prometheus-adapter) is read as a
    // Role of unknown rules that may write Services and create pods. Kubernetes' RBAC bootstrap policy
    // (plugin/pkg/auth/authorizer/rbac/bootstrappolicy/namespace_policy.go, testdata/namespace-roles.yaml) defines it
    // as get/list/watch on configmaps named extension-apiserver-authentication in kube-system only (the request-header
    // CA): no workload, no token. The engine knows built-in ClusterRoles (BUILT_IN_CLUSTER_ROLES) but no built-in Role.
    {
        stack: "pod-identity",
        name: "metrics-server v0.7.2 installed as objects of the stack in kube-system (its components.yaml: aggregated reader, system:metrics-server with get nodes/metrics, auth-reader and auth-delegator bindings, restricted Deployment, APIService)",
        edit: r => metricsServer(r),
    },
    {
        stack: "pod-identity",
        name: "metrics-server as objects of the stack without the auth-reader RoleBinding (--requestheader-client-ca-file given instead): aggregated reader, system:metrics-server, auth-delegator, restricted Deployment, APIService",
        edit: r => metricsServer(r, "nodes/metrics", false),
    },
    {
        stack: "cross-account",
        name: "the caller instance role with CloudWatchAgentServerPolicy attached (listed as reviewed) for the CloudWatch agent",
        edit: r => instanceTelemetry(r, [CW_AGENT]),
        readable: [CW_AGENT],
    },
    // DECIDED (refused by design; kept skipped): with the SSM agent's policy on a custody caller's role, whoever may
    // ssm:StartSession or ssm:SendCommand in the account runs commands on that instance as root, with its role: a
    // path into the workload outside the stack. (Decided in earlier rounds for the SSM agent's inline policy too.)
    // Reported as: secure, refused. Systems Manager User Guide, "Configure instance permissions for Systems
    // Manager": AmazonSSMManagedInstanceCore is the instance profile policy every managed EC2 instance carries
    // (ssm/ssmmessages/ec2messages calls of the agent to its own service: inventory, associations, Session Manager
    // channels into the instance). It grants no dynamodb, kms or sts action, so the caller reaches no custody asset
    // through it; the pack reads no AWS managed policy and admits only telemetry policies on a workload's own role
    // (WORKLOAD_TELEMETRY_POLICIES), even when listed in allowedPolicyArns. (Its ssm:GetParameter(s) on * reads the
    // account's SecureStrings under aws/ssm, which is outside custody.)
    {
        stack: "cross-account",
        name: "the caller instance role with CloudWatchAgentServerPolicy and AmazonSSMManagedInstanceCore attached (both listed as reviewed)",
        edit: r => instanceTelemetry(r),
        readable: [CW_AGENT, SSM_CORE],
        skip: true,
    },
];

const insecure: Case[] = [
    // Without the iam:PermissionsBoundary condition the deployer creates app-admin with any inline policy (kms:Decrypt
    // on key/* of the account: the three shares) and no boundary: IAM User Guide, "Permissions boundaries", the
    // condition is what makes delegation safe.
    {
        stack: "dev",
        name: "the GitHub Actions deployer's role-creation statement without the iam:PermissionsBoundary condition (it creates app-* roles with any policy)",
        edit: r => boundedCiDeployer(r, false),
        trust: { allowedIssuers: [GITHUB_ISSUER] },
        refused: /custody-ci-deployer[\s\S]*iam:CreateRole/,
        policy: EFFECTIVE,
    },
    // A Grafana table panel reading items: dynamodb:Query on the keystore hands every validator's key record to the
    // monitoring account's workspace role.
    {
        stack: "prod",
        name: "the Grafana data-source role also allowed dynamodb:Query and Scan on custody-prod-* (a per-validator table panel)",
        edit: r =>
            monitoring(r, [
                {
                    Sid: "TablePanel",
                    Effect: "Allow",
                    Action: ["dynamodb:Query", "dynamodb:Scan"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-*`,
                },
            ]),
        trust: { allowedTrustAccounts: [GRAFANA_ACCOUNT] },
        refused: /custody-grafana-datasource[\s\S]*dynamodb:(Query|Scan)/,
        policy: EFFECTIVE,
    },
    // The moved keystore encrypted with the AWS owned key: only DynamoDB's own permissions guard it then (DynamoDB
    // developer guide, "Encryption at rest": AWS owned keys are not under the customer's key policy).
    {
        stack: "prod",
        name: "the tables moved under the renamed component, the keystore's encryption switched to the AWS owned key",
        edit: r => {
            moveTables(r);
            const keystore = r.find(
                x => x.type === TABLE && x.name === "custody-tables-keystore",
            ) as AnalyzerResourceInput;
            keystore.inputs = { ...keystore.inputs, serverSideEncryption: { enabled: false } };
            keystore.outputs = { ...keystore.outputs, serverSideEncryption: { enabled: false } };
        },
        refused: /custody-prod-keystore is not encrypted with a customer managed key/,
        policy: "custody-tables",
    },
    // get nodes/proxy authorizes the kubelet's exec over WebSocket (Kubernetes "Kubelet authentication/authorization");
    // older metrics-server guides named nodes/proxy instead of nodes/metrics.
    {
        stack: "pod-identity",
        name: "metrics-server's system:metrics-server ClusterRole naming nodes/proxy instead of nodes/metrics",
        edit: r => metricsServer(r, "nodes/proxy", false),
        refused: /nodes\/proxy/,
        policy: EFFECTIVE,
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 19 on secure variants (bounded CI deployer, monitoring provider, aliased component moves, metrics-server, instance telemetry) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await run(c, r));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await run(c, r), c.refused ?? /./, c.policy);
        });
    }
});
