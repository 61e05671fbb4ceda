// Red-team round 37 (fresh eyes) on false positives at the AWS and Kubernetes API levels, for basil, trust-domain,
// dev and cross-account: spellings AWS treats the same (condition key case, single string vs list, Statement as one
// object, no Sid), Deny guards with NotPrincipal in key policies, tightened key-manager conditions, an extra alias
// under the model's alias prefix (also in a first preview), alarms, Config rules, a DynamoDB gateway endpoint with a
// restrictive policy, hardening objects around spirl-server, admission webhooks/policies that do not see Secrets;
// and insecure neighbours the pack must still refuse.
import { runPack } from "./packRunner";
import { assertClean, assertRefused, dependsOn, find, prop, Resources, setProp, stackResources } from "./support";
import { aws, bind, editDoc, k8s, k8sRole, namespace, Statement } from "./variantBuilders";

const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/rolePolicy:RolePolicy";
const TABLE = "aws:dynamodb/table:Table";
const ADM = "kubernetes:admissionregistration.k8s.io/v1";
const OBSERVERS = { kind: "Group", name: "platform:observers", apiGroup: "rbac.authorization.k8s.io" };
const READ = ["get", "list", "watch"];
const BASIL = "111122223333";
const IDENTITY = "444444444444";
const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const ACCESS_ROLE = `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`;

/** A key policy Deny guard: no one but these principals may delete, disable or re-policy the key. */
const keyGuard = (exempt: string[]): Statement => ({
    Sid: "DenyDestructionExceptBreakGlass",
    Effect: "Deny",
    NotPrincipal: { AWS: exempt },
    Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:DeleteAlias"],
    Resource: "*",
});

/** A validating webhook served by a URL outside the cluster, with these rules. */
function validatingWebhook(r: Resources, name: string, rules: object[], extra: Record<string, unknown> = {}): void {
    k8s(r, `${ADM}:ValidatingWebhookConfiguration`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.policy.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Fail",
                clientConfig: { url: `https://policy.example.com/${name}` },
                rules,
                ...extra,
            },
        ],
    });
}

/** A ValidatingAdmissionPolicy (CEL) with these match rules and its binding (Deny). */
function admissionPolicy(r: Resources, name: string, resourceRules: object[], expression: string): void {
    k8s(r, `${ADM}:ValidatingAdmissionPolicy`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: { resourceRules },
            validations: [{ expression, message: "refused by platform policy" }],
        },
    });
    k8s(r, `${ADM}:ValidatingAdmissionPolicyBinding`, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: ["Deny"] },
    });
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------------------------------ basil
    // IAM: "Condition key names are not case-sensitive" (IAM JSON policy elements: Condition); a list of one value.
    {
        stack: "basil",
        name: "S1: the runtime's alias condition written kms:requestalias with the value a list of one, no Sid",
        edit: r =>
            editDoc(find(r, POLICY, "basil-runtime-access"), "policy", d => {
                const s = d.Statement[0];
                delete s.Sid;
                s.Condition = { "ForAnyValue:StringLike": { "kms:requestalias": ["alias/basil/*"] } };
            }),
    },
    // AWS KMS key policies: a Deny with NotPrincipal (IAM JSON policy elements: NotPrincipal, "NotPrincipal with
    // Deny": name the role ARN and its assumed-role session ARN) only removes access.
    {
        stack: "basil",
        name: "S2: both catalog keys' policies gain a Deny (NotPrincipal: the account root, the break-glass role and its session) on ScheduleKeyDeletion/DisableKey/PutKeyPolicy",
        edit: r => {
            for (const k of ["basil-key-jwt-signing-primary", "basil-key-payload-aead"])
                editDoc(find(r, KEY, k), "policy", d => {
                    d.Statement.push(
                        keyGuard([
                            `arn:aws:iam::${BASIL}:root`,
                            `arn:aws:iam::${BASIL}:role/platform-break-glass`,
                            `arn:aws:sts::${BASIL}:assumed-role/platform-break-glass/break-glass`,
                        ]),
                    );
                });
        },
    },
    {
        stack: "basil",
        name: "S3: a second alias alias/basil/jwt-signing-current on the JWT key, and a CloudWatch alarm on its KMS API errors",
        edit: r => {
            const key = find(r, KEY, "basil-key-jwt-signing-primary");
            const alias = `arn:aws:kms:us-east-1:${BASIL}:alias/basil/jwt-signing-current`;
            aws(r, ALIAS, "basil-jwt-current", {
                name: "alias/basil/jwt-signing-current",
                targetKeyId: prop(key, "keyId"),
                targetKeyArn: prop(key, "arn"),
                arn: alias,
            });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "basil-kms-throttles", {
                name: "basil-kms-throttles",
                namespace: "AWS/Usage",
                metricName: "CallCount",
                dimensions: { Service: "KMS", Type: "API", Resource: "Sign", Class: "None" },
                statistic: "Sum",
                period: 60,
                evaluationPeriods: 5,
                threshold: 1000,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
            });
        },
    },
    {
        stack: "basil",
        preview: true,
        name: "S4: first preview: that second alias with targetKeyId the JWT key's unknown id (depends on the key)",
        edit: r => {
            const key = find(r, KEY, "basil-key-jwt-signing-primary");
            const a = aws(r, ALIAS, "basil-jwt-current", { name: "alias/basil/jwt-signing-current" });
            dependsOn(a, "targetKeyId", key);
        },
    },
    // IAM: ForAllValues on a key absent from the request is true ("ForAllValues ... returns true if there are no
    // context keys in the request"), so requests by key id (no alias) pass: wider than the model's ForAnyValue.
    {
        stack: "basil",
        name: "I1: the runtime's alias condition written ForAllValues:StringLike (requests by key id, no alias, pass)",
        edit: r =>
            editDoc(find(r, POLICY, "basil-runtime-access"), "policy", d => {
                d.Statement[0].Condition = { "ForAllValues:StringLike": { "kms:RequestAlias": "alias/basil/*" } };
            }),
        refused: /"BasilBrokerInPlaceOps" of RolePolicy basil-agent-access allows .*alias\/basil\/jwt-signing-primary/,
        policy: "custody-effective-access",
    },
    // ----------------------------------------------------------------------------------------------------- trust-domain
    {
        stack: "trust-domain",
        name: "S5: the key manager tightened: CreateKey/TagResource only with RequestTag spirl-managed=true and that one tag key, ScheduleKeyDeletion/Sign only on keys tagged so",
        edit: r =>
            editDoc(find(r, POLICY, "trust-domain-role-access"), "policy", d => {
                d.Statement[0] = {
                    Sid: "CreateTagged",
                    Effect: "Allow",
                    Action: ["kms:CreateKey", "kms:TagResource"],
                    Resource: "*",
                    Condition: {
                        StringEquals: { "aws:RequestTag/spirl-managed": "true" },
                        "ForAllValues:StringEquals": { "aws:TagKeys": ["spirl-managed"] },
                    },
                };
                d.Statement.push({
                    Sid: "UseTagged",
                    Effect: "Allow",
                    Action: ["kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign"],
                    Resource: `arn:aws:kms:us-east-1:${IDENTITY}:key/*`,
                    Condition: { StringEquals: { "aws:ResourceTag/spirl-managed": "true" } },
                });
            }),
    },
    {
        stack: "trust-domain",
        name: "S6: spirl-system hardened: restricted Namespace, default-deny NetworkPolicy (DNS + 443 egress), a PDB, a PriorityClass, observers read-only (no Secrets)",
        edit: r => {
            namespace(r, "spirl-system");
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "spirl-default-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny", namespace: "spirl-system" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Ingress", "Egress"],
                    egress: [
                        {
                            ports: [
                                { protocol: "UDP", port: 53 },
                                { protocol: "TCP", port: 53 },
                            ],
                        },
                        { ports: [{ protocol: "TCP", port: 443 }] },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "spirl-server-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "spirl-server", namespace: "spirl-system" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "spirl-server" } } },
            });
            k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "trust-domain-critical", {
                apiVersion: "scheduling.k8s.io/v1",
                kind: "PriorityClass",
                metadata: { name: "trust-domain-critical" },
                value: 1000000,
                preemptionPolicy: "Never",
                globalDefault: false,
            });
            k8sRole(
                r,
                "spirl-observer",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods", "pods/log", "events", "services", "endpoints"],
                        verbs: READ,
                    },
                    { apiGroups: ["apps"], resources: ["deployments", "statefulsets", "replicasets"], verbs: READ },
                ],
                "spirl-system",
            );
            bind(r, "spirl-observer", { kind: "Role", name: "spirl-observer" }, [OBSERVERS], "spirl-system");
        },
    },
    // Kubernetes: "serviceaccounts/token create" mints a token for the ServiceAccount (TokenRequest API), and the
    // IRSA trust admits that token.
    {
        stack: "trust-domain",
        name: "I2: the observers' Role in spirl-system also allowed serviceaccounts/token create (an IRSA token for spirl-server)",
        edit: r => {
            k8sRole(
                r,
                "spirl-observer",
                [
                    { apiGroups: [""], resources: ["pods", "events"], verbs: READ },
                    { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
                ],
                "spirl-system",
            );
            bind(r, "spirl-observer", { kind: "Role", name: "spirl-observer" }, [OBSERVERS], "spirl-system");
        },
        refused:
            /Role spirl-observer \(create serviceaccounts\/token\) → acts as ServiceAccount spirl-system\/spirl-server/,
        policy: "custody-effective-access",
    },
    // Admission: a webhook registered for operations on pods/deployments never receives a Secret (the API server sends
    // AdmissionReview only for the matching resources, "Matching requests: rules").
    {
        stack: "trust-domain",
        name: "S7: a validating webhook on apps Deployments/StatefulSets/DaemonSets (all operations) and on ConfigMaps UPDATE/DELETE in spirl-system",
        edit: r =>
            validatingWebhook(
                r,
                "spirl-guard",
                [
                    {
                        apiGroups: ["apps"],
                        apiVersions: ["v1"],
                        operations: ["*"],
                        resources: ["deployments", "statefulsets", "daemonsets"],
                        scope: "Namespaced",
                    },
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["UPDATE", "DELETE"],
                        resources: ["configmaps"],
                        scope: "Namespaced",
                    },
                ],
                { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "spirl-system" } } },
            ),
    },
    {
        stack: "trust-domain",
        name: "S8: a ValidatingAdmissionPolicy on pods and pod controllers (CREATE/UPDATE) requiring runAsNonRoot, CEL only",
        edit: r =>
            admissionPolicy(
                r,
                "require-non-root",
                [
                    { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] },
                    {
                        apiGroups: ["apps"],
                        apiVersions: ["v1"],
                        operations: ["CREATE", "UPDATE"],
                        resources: ["deployments", "statefulsets"],
                    },
                ],
                "!has(object.spec.securityContext) || object.spec.securityContext.runAsNonRoot == true",
            ),
    },
    // Admission: a legacy token Secret is created empty and filled by the token controller with an UPDATE; spirl-server
    // is on IRSA (projected tokens, never a Secret) and has no RBAC, so a webhook that sees spirl-system's Secrets
    // reads nothing custody-bearing.
    {
        stack: "trust-domain",
        name: "S9: a validating webhook (secret scanner) on secrets CREATE only, cluster-wide",
        edit: r =>
            validatingWebhook(r, "secret-scan", [
                { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["secrets"], scope: "*" },
            ]),
    },
    {
        stack: "trust-domain",
        name: "S10: a validating webhook on every core resource (resources *, UPDATE) limited to spirl-system",
        edit: r =>
            validatingWebhook(
                r,
                "core-guard",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["*"], scope: "*" }],
                { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "spirl-system" } } },
            ),
    },
    // Admission: a mutating webhook on pods may rewrite spirl-server's pod (add a container using its projected IRSA
    // token): it acts as spirl-server.
    {
        stack: "trust-domain",
        name: "I3: the S7 guard as a MUTATING webhook on pods CREATE in spirl-system (it may inject a container into spirl-server's pod)",
        edit: r =>
            k8s(r, `${ADM}:MutatingWebhookConfiguration`, "spirl-inject", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "spirl-inject" },
                webhooks: [
                    {
                        name: "spirl-inject.policy.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://policy.example.com/inject" },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "spirl-system" } },
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
        refused:
            /MutatingWebhookConfiguration spirl-inject rewrites the pods admitted to namespace spirl-system → acts as ServiceAccount spirl-system\/spirl-server/,
        policy: "custody-effective-access",
    },
    // -------------------------------------------------------------------------------------------------------------- dev
    // VPC gateway endpoint policies only restrict what passes through the endpoint (VPC endpoint policies, "An
    // endpoint policy does not override or replace identity-based policies or resource-based policies").
    {
        stack: "dev",
        name: "S11: a DynamoDB gateway endpoint whose policy admits only the signer role on the three tables",
        edit: r => {
            const signer = prop(find(r, ROLE, "signer-role"), "arn") as string;
            const tables = ["anti-slashing", "signer-state", "keystore"].map(
                t => prop(find(r, TABLE, `signer-tables-${t}`), "arn") as string,
            );
            aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "dynamodb-gateway", {
                vpcId: "vpc-0123456789abcdef0",
                serviceName: "com.amazonaws.eu-west-1.dynamodb",
                vpcEndpointType: "Gateway",
                routeTableIds: ["rtb-0123456789abcdef0"],
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: {
                        Effect: "Allow",
                        Principal: "*",
                        Action: "dynamodb:*",
                        Resource: [...tables, ...tables.map(t => `${t}/index/*`)],
                        Condition: { ArnEquals: { "aws:PrincipalArn": signer } },
                    },
                }),
            });
        },
    },
    {
        stack: "dev",
        name: "S12: deletion protection and PITR on the three tables, share keys multiRegion false with cost tags, AWS managed Config rules on them",
        edit: r => {
            for (const t of ["anti-slashing", "signer-state", "keystore"]) {
                const table = find(r, TABLE, `signer-tables-${t}`);
                setProp(table, "deletionProtectionEnabled", true);
                setProp(table, "pointInTimeRecovery", { enabled: true });
            }
            for (const i of [1, 2, 3]) {
                const k = find(r, KEY, `signer-shares-share-${i}`);
                setProp(k, "multiRegion", false);
                setProp(k, "tags", {
                    ...((prop(k, "tags") as Record<string, string>) ?? {}),
                    "cost-center": "custody",
                });
            }
            for (const [name, id] of [
                ["dynamodb-pitr", "DYNAMODB_PITR_ENABLED"],
                ["kms-not-deleted", "KMS_CMK_NOT_SCHEDULED_FOR_DELETION"],
            ])
                aws(r, "aws:cfg/rule:Rule", name, {
                    name,
                    source: { owner: "AWS", sourceIdentifier: id },
                });
        },
    },
    // DynamoDB resource-based policies: Principal "*" with only aws:SourceVpce lets every principal of any account that
    // routes through the endpoint read the table (DynamoDB "Using resource-based policies", aws:SourceVpce).
    {
        stack: "dev",
        name: "I4: the keystore's resource policy admitting Principal * through that gateway endpoint (aws:SourceVpce) for GetItem/Query",
        edit: r => {
            const table = find(r, TABLE, "signer-tables-keystore");
            aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-vpce", {
                resourceArn: prop(table, "arn"),
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: "*",
                            Action: ["dynamodb:GetItem", "dynamodb:Query"],
                            Resource: prop(table, "arn"),
                            Condition: { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
                        },
                    ],
                }),
            });
        },
        refused: /anyone .*dynamodb:GetItem, dynamodb:Query on table custody-dev-keystore/,
        policy: "custody-effective-access",
    },
    // ---------------------------------------------------------------------------------------------------- cross-account
    // IAM: "Condition key names are not case-sensitive"; Statement may be one object; ArnEquals aws:PrincipalArn only
    // narrows the trust.
    {
        stack: "cross-account",
        name: "S13: the access role's trust as one Statement object, sts:externalid in lower case, plus ArnEquals aws:PrincipalArn on the instance role",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            const caller = `arn:aws:iam::${ACCOUNT_B}:role/instance-role`;
            setProp(
                role,
                "assumeRolePolicy",
                JSON.stringify({
                    Version: "2012-10-17",
                    Statement: {
                        Effect: "Allow",
                        Principal: { AWS: caller },
                        Action: "sts:AssumeRole",
                        Condition: {
                            StringEquals: { "sts:externalid": "custody-cross-account-example" },
                            ArnEquals: { "aws:PrincipalArn": caller },
                        },
                    },
                }),
            );
        },
    },
    {
        stack: "cross-account",
        name: "S14: the data key's policy names the access role for kms:Decrypt explicitly and denies destruction to NotPrincipal [root, break-glass]",
        edit: r =>
            editDoc(find(r, KEY, "cross-account-key"), "policy", d => {
                d.Statement.push({
                    Sid: "AccessRoleDecrypts",
                    Effect: "Allow",
                    Principal: { AWS: ACCESS_ROLE },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
                d.Statement.push(
                    keyGuard([`arn:aws:iam::${ACCOUNT_A}:root`, `arn:aws:iam::${ACCOUNT_A}:role/platform-break-glass`]),
                );
            }),
    },
    {
        stack: "cross-account",
        name: "S15: the caller's policy as one Statement object with Resource a list of one, and the access role's Decrypt narrowed with kms:ViaService dynamodb",
        edit: r => {
            const caller = find(r, POLICY, "cross-account-caller-access");
            const d = JSON.parse(prop(caller, "policy") as string) as { Statement: Statement[] };
            const s = d.Statement[0];
            s.Resource = [s.Resource];
            setProp(caller, "policy", JSON.stringify({ Version: "2012-10-17", Statement: s }));
            editDoc(find(r, POLICY, "cross-account-access-access"), "policy", dd => {
                dd.Statement[0].Condition = {
                    StringEquals: { "kms:ViaService": "dynamodb.us-east-1.amazonaws.com" },
                };
            });
        },
    },
    {
        stack: "cross-account",
        name: "I5: the data key's explicit statement for the access role also allows kms:CreateGrant (it could grant itself anything)",
        edit: r =>
            editDoc(find(r, KEY, "cross-account-key"), "policy", d => {
                d.Statement.push({
                    Sid: "AccessRoleDecrypts",
                    Effect: "Allow",
                    Principal: { AWS: ACCESS_ROLE },
                    Action: ["kms:Decrypt", "kms:CreateGrant"],
                    Resource: "*",
                });
            }),
        refused:
            /accountb-instance-role-dynamodb → kms:CreateGrant on key alias\/custody-infra\/cross-account\/cross-account-data/,
        policy: "custody-effective-access",
    },
];

describe("red team 37: secure variants of basil, trust-domain, dev and cross-account at the API levels, and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPack(c.stack, r);
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
