// Final red-team round (fresh eyes) on the curity stack (seed 002: Curity on DynamoDB through IRSA) and the
// cross-account stack (seed 003: an existing table and a data key in account A, an access role there, a caller role in
// account B). Insecure variants the whole pack must refuse (each with the path message it must name), secure variants
// it must accept. A case the pack gets wrong is `skip` with a comment starting "MISS:".
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import { custodyModelProblems } from "../../../policy-pack/custody/parse";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const CURITY_ACCOUNT = "555555555555";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
const OIDC_ARN = `arn:aws:iam::${CURITY_ACCOUNT}:oidc-provider/${ISSUER}`;
const CURITY_TABLE = (name: string) => `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-${name}`;
const A = "666666666666";
const B = "777777777777";
const CALLER = `arn:aws:iam::${B}:role/instance-role`;
const ACCESS = `arn:aws:iam::${A}:role/accountb-instance-role-dynamodb`;
const MY_TABLE = `arn:aws:dynamodb:us-east-1:${A}:table/my-table`;
const EXTERNAL_ID = "custody-cross-account-example";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";

type Statement = Record<string, unknown>;

const curityRole = (r: Resources) => find(r, ROLE, "curity-role");
const curitySa = (r: Resources) => find(r, "kubernetes:core/v1:ServiceAccount", "curity-sa");
const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const callerRole = (r: Resources) => find(r, ROLE, "cross-account-caller");
const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");
const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const idOf = (x: AnalyzerResourceInput) => prop(x, "keyId") as string;

/** A new resource next to `like` (same provider), with the given inputs as outputs too. */
const add = (r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(like, type, name, inputs));

/** Replaces a role's trust policy with these statements. */
const setTrust = (role: AnalyzerResourceInput, ...statements: object[]) =>
    setProp(role, "assumeRolePolicy", doc(...statements));

/** Edits every statement of a JSON policy property. */
function editStatements(r: AnalyzerResourceInput, key: string, edit: (s: Statement) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    d.Statement.forEach(edit);
    setProp(r, key, JSON.stringify(d));
}

/** A RolePolicy on a role outside the stack (by name), through the provider of `like`. */
const outsideRolePolicy = (r: Resources, like: AnalyzerResourceInput, roleName: string, ...statements: object[]) =>
    add(r, like, ROLE_POLICY, `${roleName}-extra`, {
        name: `${roleName}-extra`,
        role: roleName,
        policy: doc(...statements),
    });

/** A Kubernetes object through the cluster's provider (next to the curity ServiceAccount). */
function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): void {
    add(r, curitySa(r), type, name, inputs);
}

/** The access role's trust as committed, with extra statements. */
const ACCESS_TRUST = {
    Effect: "Allow",
    Principal: { AWS: CALLER },
    Action: "sts:AssumeRole",
    Condition: { StringEquals: { "sts:ExternalId": EXTERNAL_ID } },
};

/** Every policy of the pack under the stack's pack config with its custody model edited. */
async function runWithModel(
    stack: string,
    resources: Resources,
    editModel: (model: Record<string, any>) => void,
): Promise<TestDiagnostic[]> {
    const config: PackConfig = JSON.parse(JSON.stringify(stackPackConfig(stack)));
    editModel(config["custody-model"] as Record<string, any>);
    assert.deepEqual(custodyModelProblems(config["custody-model"]), []);
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, { enforcementLevel: level })));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

type Case = {
    name: string;
    stack: "curity" | "cross-account";
    /** Judge the first preview (computed outputs unknown) instead of the full run. */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** Secure cases only: an edit of the custody model that names what the variant adds. */
    model?: (m: Record<string, any>) => void;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- curity: Kubernetes objects that reach the dynamo-sa ServiceAccount.
    {
        name: "a Role in curity allowing only get on pods/exec (WebSocket exec is authorized as get before Kubernetes 1.35)",
        stack: "curity",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:Role", "pod-viewer", {
                metadata: { name: "pod-viewer", namespace: "curity" },
                rules: [
                    { apiGroups: [""], resources: ["pods", "pods/exec", "pods/log"], verbs: ["get", "list", "watch"] },
                ],
            });
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "pod-viewer", {
                metadata: { name: "pod-viewer", namespace: "curity" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pod-viewer" },
                subjects: [{ kind: "Group", name: "support", apiGroup: "rbac.authorization.k8s.io" }],
            });
        },
        refused: /Kubernetes Group support .*acts as ServiceAccount curity\/dynamo-sa/,
    },
    {
        name: "a Role in curity allowing create on Argo Workflows (the workflow controller runs pods with the workflow's serviceAccountName)",
        stack: "curity",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:Role", "wf-submit", {
                metadata: { name: "wf-submit", namespace: "curity" },
                rules: [{ apiGroups: ["argoproj.io"], resources: ["workflows"], verbs: ["create", "get", "list"] }],
            });
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "wf-submit", {
                metadata: { name: "wf-submit", namespace: "curity" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "wf-submit" },
                subjects: [{ kind: "ServiceAccount", name: "ci-runner", namespace: "ci" }],
            });
        },
        refused: /ServiceAccount ci\/ci-runner .*acts as ServiceAccount curity\/dynamo-sa/,
    },
    {
        name: "a MutatingWebhookConfiguration sending every pod to a webhook outside the cluster (it can add a container to Curity's pods)",
        stack: "curity",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "injector", {
                metadata: { name: "injector" },
                webhooks: [
                    {
                        name: "inject.vendor.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://hooks.vendor.example.com/mutate" },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            }),
        refused: /MutatingWebhookConfiguration|webhook/i,
    },
    {
        name: "a Helm Release of a chart that renders arbitrary objects from its values (a RoleBinding minting dynamo-sa tokens)",
        stack: "curity",
        edit: r =>
            k8s(r, "kubernetes:helm.sh/v3:Release", "extras", {
                chart: "raw",
                repositoryOpts: { repo: "https://bedag.github.io/helm-charts" },
                namespace: "curity",
                values: {
                    resources: [
                        {
                            apiVersion: "rbac.authorization.k8s.io/v1",
                            kind: "Role",
                            metadata: { name: "tokens" },
                            rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                        },
                        {
                            apiVersion: "rbac.authorization.k8s.io/v1",
                            kind: "RoleBinding",
                            metadata: { name: "tokens" },
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "tokens" },
                            subjects: [{ kind: "Group", name: "developers", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    ],
                },
            }),
        refused: /Release|Helm|chart/i,
    },
    {
        name: "a Kyverno ClusterPolicy that generates a RoleBinding to edit for every namespace (curity included)",
        stack: "curity",
        edit: r =>
            k8s(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "dev-access", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "dev-access" },
                spec: {
                    rules: [
                        {
                            name: "edit-for-developers",
                            match: { any: [{ resources: { kinds: ["Namespace"] } }] },
                            generate: {
                                apiVersion: "rbac.authorization.k8s.io/v1",
                                kind: "RoleBinding",
                                name: "developers-edit",
                                namespace: "{{request.object.metadata.name}}",
                                synchronize: true,
                                data: {
                                    roleRef: {
                                        apiGroup: "rbac.authorization.k8s.io",
                                        kind: "ClusterRole",
                                        name: "edit",
                                    },
                                    subjects: [
                                        { kind: "Group", name: "developers", apiGroup: "rbac.authorization.k8s.io" },
                                    ],
                                },
                            },
                        },
                    ],
                },
            }),
        refused: /ClusterPolicy|kyverno/i,
    },
    {
        name: "a log-shipper DaemonSet mounting the kubelet's pod directory (every pod's projected IRSA token on the node)",
        stack: "curity",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:DaemonSet", "log-shipper", {
                metadata: { name: "log-shipper", namespace: "logging" },
                spec: {
                    selector: { matchLabels: { app: "log-shipper" } },
                    template: {
                        metadata: { labels: { app: "log-shipper" } },
                        spec: {
                            serviceAccountName: "log-shipper",
                            containers: [
                                {
                                    name: "shipper",
                                    image: "docker.io/vendor/shipper:latest",
                                    volumeMounts: [{ name: "kubelet", mountPath: "/var/lib/kubelet", readOnly: true }],
                                },
                            ],
                            volumes: [{ name: "kubelet", hostPath: { path: "/var/lib/kubelet" } }],
                        },
                    },
                },
            }),
        refused: /hostPath|DaemonSet|log-shipper/i,
    },
    {
        name: "an EKS access entry for an outside role in group curity-deployers, bound in curity to the built-in edit",
        stack: "curity",
        edit: r => {
            add(r, curityRole(r), "aws:eks/accessEntry:AccessEntry", "deployers", {
                clusterName: "curity-dynamo-irsa",
                principalArn: `arn:aws:iam::${CURITY_ACCOUNT}:role/deployers`,
                kubernetesGroups: ["curity-deployers"],
                type: "STANDARD",
            });
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "deployers-edit", {
                metadata: { name: "deployers-edit", namespace: "curity" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                subjects: [{ kind: "Group", name: "curity-deployers", apiGroup: "rbac.authorization.k8s.io" }],
            });
        },
        refused:
            /Kubernetes Group curity-deployers → RoleBinding deployers-edit in curity → ClusterRole edit .*acts as ServiceAccount curity\/dynamo-sa/,
    },
    // ---- curity: the role's trust.
    {
        name: "the Curity role also trusting a GitHub Actions OIDC provider pinned to one repository",
        stack: "curity",
        edit: r => {
            add(r, curityRole(r), "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "github", {
                url: "https://token.actions.githubusercontent.com",
                clientIdLists: ["sts.amazonaws.com"],
                arn: `arn:aws:iam::${CURITY_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
            });
            addStatements(curityRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: {
                    Federated: `arn:aws:iam::${CURITY_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
                },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                        "token.actions.githubusercontent.com:sub":
                            "repo:identity-platform/curity-config:ref:refs/heads/main",
                    },
                },
            });
        },
        refused: /token\.actions\.githubusercontent\.com/,
    },
    {
        name: "first preview: the trust is unknown (the OIDC provider's ARN), a known RolePolicy gives dynamodb:* on every table",
        stack: "curity",
        preview: true,
        edit: r =>
            add(r, curityRole(r), ROLE_POLICY, "curity-extra", {
                name: "curity-extra",
                role: "curity-dynamo-irsa",
                policy: doc({ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }),
            }),
        refused: /dynamodb/,
    },
    {
        name: "the Curity role also trusting the account's root restricted by aws:PrincipalArn like role/curity-*",
        stack: "curity",
        edit: r =>
            addStatements(curityRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${CURITY_ACCOUNT}:root` },
                Action: "sts:AssumeRole",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${CURITY_ACCOUNT}:role/curity-*` } },
            }),
        refused: /curity-dynamo-irsa/,
    },
    // ---- curity: the curity-* tables (named by pattern, not created by the stack).
    {
        name: "a RolePolicy on an outside reporting role reading curity-users (a table the model names by pattern)",
        stack: "curity",
        edit: r =>
            outsideRolePolicy(r, curityRole(r), "reporting", {
                Effect: "Allow",
                Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                Resource: CURITY_TABLE("users"),
            }),
        refused: /reporting.*curity-users/,
    },
    {
        name: "a DynamoDB ResourcePolicy on curity-users admitting an outside role of the same account",
        stack: "curity",
        edit: r =>
            add(r, curityRole(r), "aws:dynamodb/resourcePolicy:ResourcePolicy", "users-policy", {
                resourceArn: CURITY_TABLE("users"),
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${CURITY_ACCOUNT}:role/reporting` },
                    Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                    Resource: CURITY_TABLE("users"),
                }),
            }),
        refused: /role\/reporting .*curity-users/,
    },
    {
        name: "a Lambda event source mapping feeding curity-sessions' stream to a function outside the stack",
        stack: "curity",
        edit: r =>
            add(r, curityRole(r), "aws:lambda/eventSourceMapping:EventSourceMapping", "sessions-feed", {
                eventSourceArn: `${CURITY_TABLE("sessions")}/stream/2026-01-01T00:00:00.000`,
                functionName: `arn:aws:lambda:eu-west-1:${CURITY_ACCOUNT}:function:session-analytics`,
                startingPosition: "TRIM_HORIZON",
            }),
        refused: /EventSourceMapping sessions-feed/,
    },
    {
        name: "a TableExport of curity-users into a bucket of another account",
        stack: "curity",
        edit: r =>
            add(r, curityRole(r), "aws:dynamodb/tableExport:TableExport", "users-export", {
                tableArn: CURITY_TABLE("users"),
                s3Bucket: "analytics-landing",
                s3BucketOwner: "999999999999",
            }),
        refused: /TableExport users-export/,
    },
    {
        name: "an EventBridge Pipe from curity-sessions' stream to an SQS queue of another account",
        stack: "curity",
        edit: r =>
            add(r, curityRole(r), "aws:pipes/pipe:Pipe", "sessions-pipe", {
                roleArn: `arn:aws:iam::${CURITY_ACCOUNT}:role/session-export`,
                source: `${CURITY_TABLE("sessions")}/stream/2026-01-01T00:00:00.000`,
                target: "arn:aws:sqs:eu-west-1:999999999999:sessions",
            }),
        refused: /Pipe sessions-pipe/,
    },
    // ---- cross-account: the access role's trust.
    {
        name: 'trust "*" pinned by aws:ResourceAccount (the role\'s own account: always true, pins no caller)',
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), ACCESS_TRUST, {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:ResourceAccount": A } },
            }),
        refused: /anyone .*accountb-instance-role-dynamodb/,
    },
    {
        name: "trust account B's root with ArnLike aws:PrincipalArn role/*instance-role",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Principal: { AWS: `arn:aws:iam::${B}:root` },
                Condition: {
                    StringEquals: { "sts:ExternalId": EXTERNAL_ID },
                    ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${B}:role/*instance-role` },
                },
            }),
        refused: /777777777777.*accountb-instance-role-dynamodb/,
    },
    {
        name: "the access role also trusting EC2 (every instance of account A becomes it)",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), ACCESS_TRUST, {
                Effect: "Allow",
                Principal: { Service: "ec2.amazonaws.com" },
                Action: "sts:AssumeRole",
            }),
        refused: /EC2 instances of account 666666666666/,
    },
    {
        name: "the access role trusting an IAM user of account B with the caller role's name",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Principal: { AWS: [CALLER, `arn:aws:iam::${B}:user/instance-role`] },
            }),
        refused: /user\/instance-role/,
    },
    {
        name: "the access role trusting instance-role of the wrong account (A instead of B) beside the real one",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Principal: { AWS: [CALLER, `arn:aws:iam::${A}:role/instance-role`] },
            }),
        refused: /666666666666:role\/instance-role/,
    },
    {
        name: "the access role trusting an assumed-role session of another account-B role",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Principal: { AWS: [CALLER, `arn:aws:sts::${B}:assumed-role/ci-deployer/build-42`] },
            }),
        refused: /assumed-role\/ci-deployer/,
    },
    {
        name: "first preview: the trust names the caller's unknown ARN, a known RolePolicy lets the access role write my-table",
        stack: "cross-account",
        preview: true,
        edit: r =>
            add(r, accessRole(r), ROLE_POLICY, "access-extra", {
                name: "access-extra",
                role: "accountb-instance-role-dynamodb",
                policy: doc({
                    Effect: "Allow",
                    Action: ["dynamodb:PutItem", "dynamodb:DeleteItem"],
                    Resource: MY_TABLE,
                }),
            }),
        refused: /dynamodb:(PutItem|DeleteItem)/,
    },
    // ---- cross-account: the caller's reach.
    {
        name: "the caller also allowed sts:AssumeRole on account A's OrganizationAccountAccessRole",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "cross-account-caller-access"), "policy", {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: `arn:aws:iam::${A}:role/OrganizationAccountAccessRole`,
            }),
        refused: /OrganizationAccountAccessRole/,
    },
    {
        name: "a hop role in account A trusted by the access role, allowed to write my-table",
        stack: "cross-account",
        edit: r =>
            add(r, accessRole(r), ROLE, "hop", {
                name: "hop",
                arn: `arn:aws:iam::${A}:role/hop`,
                assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: ACCESS }, Action: "sts:AssumeRole" }),
                inlinePolicies: [
                    { name: "w", policy: doc({ Effect: "Allow", Action: "dynamodb:PutItem", Resource: MY_TABLE }) },
                ],
            }),
        refused: /role hop .*dynamodb:PutItem/,
    },
    // ---- cross-account: the data key and the table.
    {
        name: 'a KeyPolicy resource attached by key ARN (PutKeyPolicy accepts it) admitting "*" pinned only by encryption context',
        stack: "cross-account",
        edit: r => {
            const policy = JSON.parse(prop(dataKey(r), "policy") as string) as { Statement: object[] };
            policy.Statement.push({
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "kms:EncryptionContext:aws:dynamodb:tableName": "my-table" } },
            });
            add(r, dataKey(r), "aws:kms/keyPolicy:KeyPolicy", "data-key-policy", {
                keyId: arnOf(dataKey(r)),
                policy: JSON.stringify(policy),
            });
        },
        refused: /anyone .*kms:Decrypt on key alias\/custody-infra\/cross-account\/cross-account-data/,
    },
    {
        name: "a grant on the data key named by its ARN, to an outside role of account A",
        stack: "cross-account",
        edit: r =>
            add(r, dataKey(r), "aws:kms/grant:Grant", "analytics-grant", {
                keyId: arnOf(dataKey(r)),
                granteePrincipal: `arn:aws:iam::${A}:role/analytics`,
                operations: ["Decrypt"],
            }),
        refused: /role\/analytics .*kms:Decrypt/,
    },
    {
        name: 'the data key admitting "*" for account B through DynamoDB (kms:CallerAccount + kms:ViaService)',
        stack: "cross-account",
        edit: r =>
            addStatements(dataKey(r), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": B, "kms:ViaService": "dynamodb.us-east-1.amazonaws.com" },
                },
            }),
        refused: /dynamodb\.us-east-1\.amazonaws\.com on behalf of account 777777777777/,
    },
    {
        name: "the data key made multi-Region, a replica in us-west-2, an outside role allowed Decrypt on the replica's ARN",
        stack: "cross-account",
        edit: r => {
            setProp(dataKey(r), "multiRegion", true);
            const replicaArn = arnOf(dataKey(r)).replace("us-east-1", "us-west-2");
            r.push(
                resourceLike(
                    dataKey(r),
                    "aws:kms/replicaKey:ReplicaKey",
                    "data-key-replica",
                    {
                        primaryKeyArn: arnOf(dataKey(r)),
                        region: "us-west-2",
                        policy: prop(dataKey(r), "policy"),
                        deletionWindowInDays: 30,
                        arn: replicaArn,
                        keyId: idOf(dataKey(r)),
                    },
                    { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>,
                ),
            );
            outsideRolePolicy(r, dataKey(r), "dr-reader", {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: replicaArn,
            });
        },
        refused: /dr-reader .*kms:Decrypt/,
    },
    {
        name: "a ResourcePolicy on my-table's stream admitting account B's root to read it",
        stack: "cross-account",
        edit: r => {
            const stream = `${MY_TABLE}/stream/2026-01-01T00:00:00.000`;
            add(r, accessRole(r), "aws:dynamodb/resourcePolicy:ResourcePolicy", "stream-policy", {
                resourceArn: stream,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${B}:root` },
                    Action: ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
                    Resource: stream,
                }),
            });
        },
        refused: /777777777777.*my-table/,
    },
    {
        name: "the access role allowed PartiQLSelect on my-table (reads beyond GetItem/Query/Scan)",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "cross-account-access-access"), "policy", {
                Effect: "Allow",
                Action: "dynamodb:PartiQLSelect",
                Resource: MY_TABLE,
            }),
        refused: /dynamodb:PartiQLSelect/,
    },
    {
        name: "a stack user of account B allowed to stop instances, rewrite their user data and start them (code as instance-role)",
        stack: "cross-account",
        edit: r => {
            add(r, callerRole(r), "aws:iam/user:User", "ops", { name: "ops", arn: `arn:aws:iam::${B}:user/ops` });
            add(r, callerRole(r), "aws:iam/userPolicy:UserPolicy", "ops-p", {
                user: "ops",
                policy: doc({
                    Effect: "Allow",
                    Action: ["ec2:StopInstances", "ec2:ModifyInstanceAttribute", "ec2:StartInstances"],
                    Resource: `arn:aws:ec2:us-east-1:${B}:instance/*`,
                }),
            });
        },
        refused: /user ops/,
    },
    {
        name: 'a DynamoDB ResourcePolicy on curity-users admitting "*" of the account (aws:PrincipalAccount)',
        stack: "curity",
        edit: r =>
            add(r, curityRole(r), "aws:dynamodb/resourcePolicy:ResourcePolicy", "users-policy-any", {
                resourceArn: CURITY_TABLE("users"),
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                    Resource: CURITY_TABLE("users"),
                    Condition: { StringEquals: { "aws:PrincipalAccount": CURITY_ACCOUNT } },
                }),
            }),
        refused: /555555555555.*curity-users/,
    },
];

const secure: Case[] = [
    // ---- cross-account trust spellings with the same effect.
    {
        name: "the trust as seed 003 writes it (no sts:ExternalId)",
        stack: "cross-account",
        edit: r => setTrust(accessRole(r), { Effect: "Allow", Principal: { AWS: CALLER }, Action: "sts:AssumeRole" }),
    },
    {
        name: "the trust's condition key spelled sts:externalid (context key names are case-insensitive)",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Condition: { StringEquals: { "sts:externalid": EXTERNAL_ID } },
            }),
    },
    {
        name: "account B's root restricted by ArnLike aws:PrincipalArn to the exact caller ARN (no wildcard)",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Principal: { AWS: `arn:aws:iam::${B}:root` },
                Condition: {
                    StringEquals: { "sts:ExternalId": EXTERNAL_ID },
                    ArnLike: { "aws:PrincipalArn": CALLER },
                },
            }),
    },
    {
        name: "the trust adding sts:TagSession and sts:SetSourceIdentity for the caller, principal as a one-element list",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Principal: { AWS: [CALLER] },
                Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"],
            }),
    },
    {
        name: "a guard Deny in the trust: anyone without the external id",
        stack: "cross-account",
        edit: r =>
            setTrust(accessRole(r), ACCESS_TRUST, {
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { StringNotEquals: { "sts:ExternalId": EXTERNAL_ID } },
            }),
    },
    // ---- cross-account grants narrowed.
    {
        name: "the access role's Decrypt narrowed to DynamoDB in us-east-1 for my-table's encryption context",
        stack: "cross-account",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "cross-account-access-access"), "policy", s => {
                if (s.Sid === "DecryptWithAccountAKey")
                    s.Condition = {
                        StringEquals: {
                            "kms:ViaService": "dynamodb.us-east-1.amazonaws.com",
                            "kms:EncryptionContext:aws:dynamodb:tableName": "my-table",
                        },
                    };
            }),
    },
    {
        name: "a defence-in-depth Deny on the access role of every action but its four",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "cross-account-access-access"), "policy", {
                Sid: "OnlyReads",
                Effect: "Deny",
                NotAction: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "kms:Decrypt"],
                Resource: "*",
            }),
    },
    {
        name: "a permissions boundary on the caller role (a stack Policy allowing only sts:AssumeRole on the access role)",
        stack: "cross-account",
        edit: r => {
            const boundaryArn = `arn:aws:iam::${B}:policy/instance-role-boundary`;
            add(r, callerRole(r), "aws:iam/policy:Policy", "caller-boundary", {
                name: "instance-role-boundary",
                arn: boundaryArn,
                policy: doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ACCESS }),
            });
            setProp(callerRole(r), "permissionsBoundary", boundaryArn);
        },
    },
    {
        name: "the caller role's session capped (maxSessionDuration) and the access role trust requiring a source identity",
        stack: "cross-account",
        edit: r => {
            setProp(callerRole(r), "maxSessionDuration", 3600);
            setTrust(accessRole(r), {
                ...ACCESS_TRUST,
                Action: ["sts:AssumeRole", "sts:SetSourceIdentity"],
                Condition: {
                    StringEquals: { "sts:ExternalId": EXTERNAL_ID },
                    StringLike: { "sts:SourceIdentity": "i-*" },
                },
            });
        },
    },
    // ---- curity.
    {
        name: "the IRSA condition keys spelled with the issuer upper-cased (context key names are case-insensitive)",
        stack: "curity",
        edit: r =>
            setTrust(curityRole(r), {
                Effect: "Allow",
                Principal: { Federated: OIDC_ARN },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${ISSUER.toUpperCase()}:sub`]: "system:serviceaccount:curity:dynamo-sa",
                        [`${ISSUER.toUpperCase()}:aud`]: "sts.amazonaws.com",
                    },
                },
            }),
    },
    {
        name: "the sub pinned with StringLike and no wildcard (an exact match)",
        stack: "curity",
        edit: r =>
            setTrust(curityRole(r), {
                Effect: "Allow",
                Principal: { Federated: OIDC_ARN },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" },
                    StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:curity:dynamo-sa" },
                },
            }),
    },
    {
        name: "the built-in view ClusterRole bound in curity for the support group (no exec, no Secrets, no tokens)",
        stack: "curity",
        edit: r =>
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "support-view", {
                metadata: { name: "support-view", namespace: "curity" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
                subjects: [{ kind: "Group", name: "support", apiGroup: "rbac.authorization.k8s.io" }],
            }),
    },
    {
        name: "a NetworkPolicy and a PodDisruptionBudget for Curity in its namespace",
        stack: "curity",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "curity-egress", {
                metadata: { name: "curity-egress", namespace: "curity" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Egress"],
                    egress: [{ ports: [{ port: 443, protocol: "TCP" }] }],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "curity-pdb", {
                metadata: { name: "curity-pdb", namespace: "curity" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "curity-idsvr" } } },
            });
        },
    },
    {
        name: "the Curity role's grant narrowed with aws:RequestedRegion and a defence-in-depth Deny of Batch*",
        stack: "curity",
        edit: r => {
            const p = find(r, ROLE_POLICY, "curity-role-access");
            editStatements(p, "policy", s => {
                s.Condition = { StringEquals: { "aws:RequestedRegion": "eu-west-1" } };
            });
            addStatements(p, "policy", {
                Sid: "NoBatch",
                Effect: "Deny",
                Action: ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"],
                Resource: "*",
            });
        },
    },
    {
        name: "a permissions boundary on the Curity role (a stack Policy with the same data-source actions)",
        stack: "curity",
        edit: r => {
            const boundaryArn = `arn:aws:iam::${CURITY_ACCOUNT}:policy/curity-boundary`;
            add(r, curityRole(r), "aws:iam/policy:Policy", "curity-boundary", {
                name: "curity-boundary",
                arn: boundaryArn,
                policy: prop(find(r, ROLE_POLICY, "curity-role-access"), "policy"),
            });
            setProp(curityRole(r), "permissionsBoundary", boundaryArn);
        },
    },
];

describe("allowlist: final red-team round on curity and cross-account", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}${c.preview ? " (preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview === true);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}${c.preview ? " (preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview === true);
            c.edit(r);
            assertClean(c.model ? await runWithModel(c.stack, r, c.model) : await runWholePack(c.stack, r));
        });
    }
});
