// Red-team round 8 (final, fresh eyes) on the curity stack (Curity on the curity-* DynamoDB tables through IRSA,
// seed 002) and the cross-account stack (account B's instance role assuming account A's access role onto the existing
// my-table and the stack's data key, seed 003): shapes no earlier round tried. Pod-running custom resources beyond the
// pack's list (Knative, Argo Events, KubeRay, Crossplane's Kubernetes provider), a zero-ETL copy whose table policy
// lives outside the stack, hybrid-node activations of the caller role, the caller role as an EKS node role, direct
// table-policy access for the caller, key re-encryption and stream reads by the access role; and, as secure
// neighbours, a role path, a blue/green cluster migration, an STS interface endpoint policy, an external-id rotation
// and data-perimeter conditions.
//
// Measured: insecure refused 6/13 (misses: five pod-running custom resources, a zero-ETL copy on each stack), secure
// clean 11/12 (miss: serviceaccount-role-agree on a role shared by two clusters' issuers).
//
// Insecure variants must be refused with the path message; a case the pack gets wrong is `skip` with
// "MISS: <why>, <doc>". Secure variants (what a careful platform team writes) must be clean. REDTEAM_ALL=1 runs the
// skipped ones too; REDTEAM_SHOW=1 prints each refusal.
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import { custodyModelProblems } from "../../../policy-pack/custody/parse";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import { aws, bind, k8sRole } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    prop,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const CURITY = "555555555555";
const A = "666666666666";
const B = "777777777777";
const OTHER = "999988887777";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const DEVS = { kind: "Group", name: "identity-devs", apiGroup: "rbac.authorization.k8s.io" };
const GREEN_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/B1E55ED0B1E55ED0B1E55ED0B1E55ED0";
const GREEN_OIDC_ARN = `arn:aws:iam::${CURITY}:oidc-provider/${GREEN_ISSUER}`;
const CURITY_ROLE = `arn:aws:iam::${CURITY}:role/curity-dynamo-irsa`;
const CURITY_USERS = `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-users`;
const MY_TABLE = `arn:aws:dynamodb:us-east-1:${A}:table/my-table`;
const ACCESS_ROLE = `arn:aws:iam::${A}:role/accountb-instance-role-dynamodb`;
const CALLER_ROLE = `arn:aws:iam::${B}:role/instance-role`;
const EXTERNAL_ID = "custody-cross-account-example";

/** Account A's resources through the access role's provider, account B's through the caller's. */
const IN_A = "cross-account-access";
const IN_B = "cross-account-caller";

const curityRole = (r: Resources) => find(r, ROLE, "curity-role");
const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const accessGrant = (r: Resources) => find(r, ROLE_POLICY, "cross-account-access-access");
const callerRole = (r: Resources) => find(r, ROLE, "cross-account-caller");
const callerGrant = (r: Resources) => find(r, ROLE_POLICY, "cross-account-caller-access");
const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");
const dataKeyArn = (r: Resources) => String(prop(dataKey(r), "arn"));

/** Rewrites a JSON policy property through `edit`. */
function editDoc(r: AnalyzerResourceInput, key: string, edit: (d: { Statement: any[] }) => void): void {
    const d = JSON.parse(String(prop(r, key))) as { Statement: any[] };
    edit(d);
    setProp(r, key, JSON.stringify(d));
}

/** A namespaced Role in curity with these rules, bound to the identity-devs group. */
function curityRoleFor(r: Resources, name: string, rules: object[]): void {
    k8sRole(r, name, rules, "curity");
    bind(r, name, { kind: "Role", name }, [DEVS], "curity");
}

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
    /** A known miss: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- Kubernetes: custom resources whose controllers run pods as a ServiceAccount the object names.
    {
        stack: "curity",
        name: "RBAC: create Knative Services in curity (Knative Serving runs each revision's pods as spec.template.spec.serviceAccountName)",
        edit: r =>
            curityRoleFor(r, "ksvc-deployer", [
                {
                    apiGroups: ["serving.knative.dev"],
                    resources: ["services", "configurations"],
                    verbs: ["get", "list", "watch", "create", "update", "patch"],
                },
            ]),
        refused: /acts as ServiceAccount curity\/dynamo-sa/,
    },
    {
        stack: "curity",
        name: "RBAC: create Argo Events Sensors in curity (the sensor controller runs a Deployment as spec.template.serviceAccountName)",
        edit: r =>
            curityRoleFor(r, "events-author", [
                { apiGroups: ["argoproj.io"], resources: ["sensors", "eventsources"], verbs: ["create", "update"] },
            ]),
        refused: /acts as ServiceAccount curity\/dynamo-sa/,
    },
    {
        stack: "curity",
        name: "RBAC: create KubeRay RayJobs in curity (the operator starts head and worker pods from the job's pod templates)",
        edit: r =>
            curityRoleFor(r, "ray-submitter", [
                { apiGroups: ["ray.io"], resources: ["rayjobs", "rayclusters"], verbs: ["create", "get", "list"] },
            ]),
        refused: /acts as ServiceAccount curity\/dynamo-sa/,
    },
    {
        stack: "curity",
        name: "RBAC: create Crossplane provider-kubernetes Objects cluster-wide (the provider applies any manifest, a RoleBinding minting dynamo-sa tokens included)",
        edit: r => {
            k8sRole(r, "crossplane-objects", [
                { apiGroups: ["kubernetes.crossplane.io"], resources: ["objects"], verbs: ["create", "update"] },
            ]);
            bind(r, "crossplane-objects", { kind: "ClusterRole", name: "crossplane-objects" }, [DEVS]);
        },
        refused: /acts as ServiceAccount curity\/dynamo-sa/,
    },
    {
        stack: "curity",
        name: "RBAC: create Tekton Triggers EventListeners and TriggerTemplates in curity (their resource templates start PipelineRuns as any ServiceAccount of the namespace)",
        edit: r =>
            curityRoleFor(r, "triggers-author", [
                {
                    apiGroups: ["triggers.tekton.dev"],
                    resources: ["eventlisteners", "triggertemplates", "triggerbindings"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
        refused: /acts as ServiceAccount curity\/dynamo-sa/,
    },
    // ---- copies of the custody tables through a service the pack does not read.
    {
        stack: "curity",
        name: "a Redshift zero-ETL integration replicating curity-users into a Redshift Serverless namespace of another account (the table policy it needs set outside the stack)",
        edit: r =>
            aws(
                r,
                "aws:redshift/integration:Integration",
                "curity-users-analytics",
                {
                    integrationName: "curity-users-analytics",
                    sourceArn: CURITY_USERS,
                    targetArn: `arn:aws:redshift-serverless:eu-west-1:${OTHER}:namespace/6f1d2c3b-4a5e-4f60-9d8c-7b6a5e4d3c2b`,
                    arn: `arn:aws:redshift:eu-west-1:${CURITY}:integration:0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5`,
                },
                "curity-role",
            ),
        refused: /curity-users/,
    },
    {
        stack: "cross-account",
        name: "a Redshift zero-ETL integration replicating my-table into account B's Redshift Serverless namespace (readers beyond the access role)",
        edit: r =>
            aws(
                r,
                "aws:redshift/integration:Integration",
                "my-table-analytics",
                {
                    integrationName: "my-table-analytics",
                    sourceArn: MY_TABLE,
                    targetArn: `arn:aws:redshift-serverless:us-east-1:${B}:namespace/6f1d2c3b-4a5e-4f60-9d8c-7b6a5e4d3c2b`,
                    arn: `arn:aws:redshift:us-east-1:${A}:integration:0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5`,
                },
                IN_A,
            ),
        refused: /my-table/,
    },
    // ---- the access role: reads and key use beyond GetItem/Query/Scan + Decrypt.
    {
        stack: "cross-account",
        name: "the access role allowed kms:ReEncryptFrom on the data key (re-wraps its ciphertexts under a key of its choosing, in any account)",
        edit: r =>
            addStatements(accessGrant(r), "policy", {
                Sid: "Rewrap",
                Effect: "Allow",
                Action: ["kms:ReEncryptFrom", "kms:ReEncryptTo"],
                Resource: "*",
            }),
        refused:
            /role accountb-instance-role-dynamodb → statement "Rewrap" .*allows kms:ReEncryptFrom, kms:ReEncryptTo on \*, reaching key alias\/custody-infra\/cross-account\/cross-account-data/,
        policy: "custody-effective-access",
    },
    {
        stack: "cross-account",
        name: "the access role allowed GetRecords/GetShardIterator/DescribeStream on my-table's stream (every change, old images of deleted items included)",
        edit: r =>
            addStatements(accessGrant(r), "policy", {
                Sid: "ReadChanges",
                Effect: "Allow",
                Action: ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                Resource: `${MY_TABLE}/stream/*`,
            }),
        refused:
            /statement "ReadChanges" .*allows dynamodb:DescribeStream, dynamodb:GetRecords, dynamodb:GetShardIterator on .*table\/my-table\/stream\/\*, reaching table my-table/,
        policy: "custody-effective-access",
    },
    {
        stack: "cross-account",
        name: "the data key's policy naming the access role for Decrypt and CreateGrant (it can hand Decrypt to any principal by grant)",
        edit: r =>
            addStatements(dataKey(r), "policy", {
                Sid: "AccessRoleUse",
                Effect: "Allow",
                Principal: { AWS: ACCESS_ROLE },
                Action: ["kms:Decrypt", "kms:CreateGrant"],
                Resource: "*",
            }),
        refused:
            /role accountb-instance-role-dynamodb → kms:CreateGrant on key alias\/custody-infra\/cross-account\/cross-account-data \(statement "AccessRoleUse" of key policy/,
        policy: "custody-effective-access",
    },
    // ---- the caller role held by more than account B's instances.
    {
        stack: "cross-account",
        name: "the caller role also trusting ssm.amazonaws.com, with an SSM hybrid activation (every on-premises server registered with the code gets instance-role)",
        edit: r => {
            addStatements(callerRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "ssm.amazonaws.com" },
                Action: "sts:AssumeRole",
            });
            aws(
                r,
                "aws:ssm/activation:Activation",
                "edge-servers",
                { name: "edge-servers", iamRole: "instance-role", registrationLimit: 50 },
                IN_B,
            );
        },
        refused: /service ssm\.amazonaws\.com → sts:AssumeRole \(trust statement 2 of instance-role/,
        policy: "custody-effective-access",
    },
    {
        stack: "cross-account",
        name: "an EKS managed node group in account B whose node role is instance-role (every pod on those nodes reaches it through IMDS)",
        edit: r =>
            aws(
                r,
                "aws:eks/nodeGroup:NodeGroup",
                "apps-nodes",
                {
                    clusterName: "apps",
                    nodeGroupName: "apps-nodes",
                    nodeRoleArn: CALLER_ROLE,
                    subnetIds: ["subnet-0a1b2c3d4e5f60718"],
                    scalingConfig: { desiredSize: 2, maxSize: 4, minSize: 1 },
                    arn: `arn:aws:eks:us-east-1:${B}:nodegroup/apps/apps-nodes/4ec4b2c0-0000-1111-2222-333344445555`,
                },
                IN_B,
            ),
        refused: /any pod .*→ node role \(managed node group apps-nodes \(nodeRoleArn\)\) → role instance-role/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    // DECIDED (round 52): moved from the insecure list, which read "RBAC cannot restrict create by name" as "any pod".
    // It means the opposite: a rule with resourceNames never matches a create, whose request carries no name (Kubernetes
    // "Using RBAC Authorization", "Referring to resources": "You cannot restrict create or deletecollection requests by
    // their resource name"; kubebuilder RBAC markers: "the object's name is not known at authorization time"). Only a
    // server-side apply creates a named pod, authorised as `patch` on the name first (k8s.io/apiserver
    // endpoints/handlers/patch.go), which this Role lacks: it gets and deletes pod debug, and creates none.
    {
        stack: "curity",
        name: "RBAC: create/get/delete pods in curity restricted by resourceNames [debug] (no patch: a named create creates nothing)",
        edit: r =>
            curityRoleFor(r, "debug-pod", [
                { apiGroups: [""], resources: ["pods"], verbs: ["create", "get", "delete"], resourceNames: ["debug"] },
            ]),
    },
    // ---- curity
    {
        stack: "curity",
        name: "the Curity role on an IAM path (/identity/), the ServiceAccount annotated with the path's ARN",
        edit: r => {
            const arn = `arn:aws:iam::${CURITY}:role/identity/curity-dynamo-irsa`;
            setProp(curityRole(r), "path", "/identity/");
            setProp(curityRole(r), "arn", arn);
            const sa = find(r, "kubernetes:core/v1:ServiceAccount", "curity-sa");
            const metadata = JSON.parse(JSON.stringify(prop(sa, "metadata")));
            metadata.annotations["eks.amazonaws.com/role-arn"] = arn;
            setProp(sa, "metadata", metadata);
        },
    },
    {
        stack: "curity",
        name: "blue/green cluster migration: a second OIDC provider and IRSA statement for curity/dynamo-sa of the green cluster, both subjects in the model",
        edit: r => {
            aws(
                r,
                "aws:iam/openIdConnectProvider:OpenIdConnectProvider",
                "green-cluster-oidc",
                {
                    url: `https://${GREEN_ISSUER}`,
                    clientIdLists: ["sts.amazonaws.com"],
                    arn: GREEN_OIDC_ARN,
                },
                "curity-role",
            );
            addStatements(curityRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: GREEN_OIDC_ARN },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${GREEN_ISSUER}:sub`]: "system:serviceaccount:curity:dynamo-sa",
                        [`${GREEN_ISSUER}:aud`]: "sts.amazonaws.com",
                    },
                },
            });
        },
        model: m =>
            m.workloads[0].subjects.push({
                irsa: { issuer: GREEN_ISSUER, namespace: "curity", serviceAccount: "dynamo-sa" },
            }),
    },
    {
        stack: "curity",
        name: "RBAC: identity-devs may only read Knative Services, Argo Events Sensors and RayJobs in curity (get, list, watch)",
        edit: r =>
            curityRoleFor(r, "crd-viewer", [
                {
                    apiGroups: ["serving.knative.dev"],
                    resources: ["services", "revisions"],
                    verbs: ["get", "list", "watch"],
                },
                { apiGroups: ["argoproj.io"], resources: ["sensors", "eventsources"], verbs: ["get", "list", "watch"] },
                { apiGroups: ["ray.io"], resources: ["rayjobs", "rayclusters"], verbs: ["get", "list", "watch"] },
            ]),
    },
    {
        stack: "curity",
        name: "a CloudWatch alarm on curity-users' throttled requests notifying an SNS topic (CloudWatch may publish to it for this account only)",
        edit: r => {
            const topic = `arn:aws:sns:eu-west-1:${CURITY}:curity-alarms`;
            aws(r, "aws:sns/topic:Topic", "curity-alarms", { name: "curity-alarms", arn: topic }, "curity-role");
            aws(
                r,
                "aws:sns/topicPolicy:TopicPolicy",
                "curity-alarms-policy",
                {
                    arn: topic,
                    policy: doc({
                        Effect: "Allow",
                        Principal: { Service: "cloudwatch.amazonaws.com" },
                        Action: "sns:Publish",
                        Resource: topic,
                        Condition: { StringEquals: { "aws:SourceAccount": CURITY } },
                    }),
                },
                "curity-role",
            );
            aws(
                r,
                "aws:cloudwatch/metricAlarm:MetricAlarm",
                "curity-users-throttles",
                {
                    name: "curity-users-throttles",
                    namespace: "AWS/DynamoDB",
                    metricName: "ThrottledRequests",
                    dimensions: { TableName: "curity-users" },
                    statistic: "Sum",
                    period: 60,
                    evaluationPeriods: 5,
                    threshold: 1,
                    comparisonOperator: "GreaterThanOrEqualToThreshold",
                    alarmActions: [topic],
                },
                "curity-role",
            );
        },
    },
    {
        stack: "curity",
        name: "a data-perimeter ResourcePolicy on curity-users denying item access to everyone but the Curity role and a break-glass role",
        edit: r =>
            aws(
                r,
                "aws:dynamodb/resourcePolicy:ResourcePolicy",
                "curity-users-perimeter",
                {
                    resourceArn: CURITY_USERS,
                    policy: doc({
                        Sid: "OnlyCurity",
                        Effect: "Deny",
                        Principal: "*",
                        Action: [
                            "dynamodb:GetItem",
                            "dynamodb:PutItem",
                            "dynamodb:UpdateItem",
                            "dynamodb:DeleteItem",
                            "dynamodb:Query",
                            "dynamodb:Scan",
                        ],
                        Resource: CURITY_USERS,
                        Condition: {
                            ArnNotEquals: {
                                "aws:PrincipalArn": [CURITY_ROLE, `arn:aws:iam::${CURITY}:role/break-glass`],
                            },
                        },
                    }),
                },
                "curity-role",
            ),
    },
    {
        stack: "curity",
        name: "a Redshift zero-ETL integration of an unrelated orders table into the account's own Redshift Serverless namespace",
        edit: r =>
            aws(
                r,
                "aws:redshift/integration:Integration",
                "orders-analytics",
                {
                    integrationName: "orders-analytics",
                    sourceArn: `arn:aws:dynamodb:eu-west-1:${CURITY}:table/orders`,
                    targetArn: `arn:aws:redshift-serverless:eu-west-1:${CURITY}:namespace/6f1d2c3b-4a5e-4f60-9d8c-7b6a5e4d3c2b`,
                },
                "curity-role",
            ),
    },
    // ---- cross-account
    {
        stack: "cross-account",
        name: "an STS interface endpoint in account B whose endpoint policy allows only AssumeRole on the access role, for B's principals",
        edit: r =>
            aws(
                r,
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                "sts-endpoint",
                {
                    vpcId: "vpc-0a1b2c3d4e5f60718",
                    serviceName: "com.amazonaws.us-east-1.sts",
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    policy: doc({
                        Effect: "Allow",
                        Principal: "*",
                        Action: "sts:AssumeRole",
                        Resource: ACCESS_ROLE,
                        Condition: { StringEquals: { "aws:PrincipalAccount": B } },
                    }),
                },
                IN_B,
            ),
    },
    {
        stack: "cross-account",
        name: "external-id rotation: the access role's trust accepts the old and the new external id",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Condition = {
                    StringEquals: { "sts:ExternalId": [EXTERNAL_ID, `${EXTERNAL_ID}-2025`] },
                };
            }),
    },
    {
        stack: "cross-account",
        name: "data perimeter: the access role's and the caller's statements also pinned by aws:ResourceAccount (account A)",
        edit: r => {
            for (const g of [accessGrant(r), callerGrant(r)])
                editDoc(g, "policy", d => {
                    for (const s of d.Statement) s.Condition = { StringEquals: { "aws:ResourceAccount": A } };
                });
        },
    },
    {
        stack: "cross-account",
        name: "a permissions boundary on the access role (a stack Policy allowing only Decrypt on the data key and the three reads on my-table)",
        edit: r => {
            const arn = `arn:aws:iam::${A}:policy/accountb-access-boundary`;
            aws(
                r,
                "aws:iam/policy:Policy",
                "accountb-access-boundary",
                {
                    name: "accountb-access-boundary",
                    arn,
                    policy: doc(
                        { Effect: "Allow", Action: "kms:Decrypt", Resource: dataKeyArn(r) },
                        {
                            Effect: "Allow",
                            Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                            Resource: [MY_TABLE, `${MY_TABLE}/index/*`],
                        },
                    ),
                },
                IN_A,
            );
            setProp(accessRole(r), "permissionsBoundary", arn);
        },
    },
    {
        stack: "cross-account",
        name: "the caller's AssumeRole moved into a customer managed Policy attached by RolePolicyAttachment (the inline RolePolicy removed)",
        edit: r => {
            const arn = `arn:aws:iam::${B}:policy/assume-accountb-access`;
            const policy = String(prop(callerGrant(r), "policy"));
            r.splice(r.indexOf(callerGrant(r)), 1);
            aws(
                r,
                "aws:iam/policy:Policy",
                "assume-accountb-access",
                { name: "assume-accountb-access", arn, policy },
                IN_B,
            );
            aws(
                r,
                "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                "assume-accountb-access-att",
                { role: "instance-role", policyArn: arn },
                IN_B,
            );
        },
    },
    {
        stack: "cross-account",
        name: "the caller's EC2 trust narrowed by ArnLike aws:SourceArn to account B's instances in us-east-1",
        edit: r =>
            editDoc(callerRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Condition = {
                    ArnLike: { "aws:SourceArn": `arn:aws:ec2:us-east-1:${B}:instance/*` },
                };
            }),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 8 (curity and cross-account, final fresh eyes)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview === true);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview === true);
            c.edit(r);
            assertClean(c.model ? await runWithModel(c.stack, r, c.model) : await runWholePack(c.stack, r));
        });
    }
});
