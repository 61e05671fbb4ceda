// Red-team round 38 (fresh eyes) on false positives at the AWS and Kubernetes API levels, across every committed
// stack (prod, dev, pod-identity, curity, cross-account, trust-domain, basil): the neighbourhood of the round 36-37
// rules (role-session principals in key policies and trusts, bare account ids, a separate KeyPolicy naming its key,
// also in a first preview; validating webhooks/admission policies that see Secrets only outside custody namespaces;
// pods/binding with no tainted outside pool; Gateway API routes and ReferenceGrants to the signer's Service) and
// the usual legitimate changes (Config rules, alarms, tags, read-only auditors, a restrictive VPC endpoint).
// Insecure neighbours the pack must still refuse. Misses are `it.skip` with a MISS comment.
import { runPack } from "./packRunner";
import {
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    modelWithOperations,
    prop,
    resourceLike,
    Resources,
    runPackWith,
    setProp,
    stackResources,
} from "./support";
import { aws, bind, editDoc, k8s, k8sRole, Statement } from "./variantBuilders";

const KEY = "aws:kms/key:Key";
const ROLE = "aws:iam/role:Role";
const SECRET = "kubernetes:core/v1:Secret";
const ADM = "kubernetes:admissionregistration.k8s.io/v1";
const GW = "gateway.networking.k8s.io";
const PROD = "111111111111";
const IDENTITY = "444444444444";
const BASIL = "111122223333";
const ACCOUNT_B = "777777777777";

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
    operations?: Record<string, unknown>[];
};

/**
 * Moves share `n`'s policy (edited) into a separate aws.kms.KeyPolicy naming the key by keyId. The document is
 * written from known config (account ids and the role's name), as a program does to keep it known in a preview.
 */
function separateKeyPolicy(r: Resources, n: number, account: string, edit: (d: { Statement: Statement[] }) => void) {
    const key = find(r, KEY, `signer-shares-share-${n}`);
    const d = {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "EnableIAMDelegation",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${account}:root` },
                Action: "kms:*",
                Resource: "*",
            },
            {
                Sid: "AllowSignerRole",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PROD}:role/custody-prod-signer` },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
            },
        ] as Statement[],
    };
    edit(d);
    delete key.inputs.policy;
    if (key.outputs) delete key.outputs.policy;
    const kp = resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", `share-${n}-policy`, {
        keyId: prop(key, "keyId"),
        policy: JSON.stringify(d),
    });
    dependsOn(kp, "keyId", key);
    r.push(kp);
}

/** A token Secret of ServiceAccount ns/sa in the stack. */
function tokenSecret(r: Resources, name: string, ns: string, sa: string): void {
    k8s(r, SECRET, `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, namespace: ns, annotations: { "kubernetes.io/service-account.name": sa } },
    });
}

/** Matches namespaces other than `names` (kubernetes.io/metadata.name is set on every namespace by the API server). */
const outside = (...names: string[]) => ({
    matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "NotIn", values: names }],
});

/** A validating webhook on core secrets for `operations`, restricted by `namespaceSelector`. */
function secretWebhook(r: Resources, name: string, operations: string[], namespaceSelector?: object): void {
    k8s(r, `${ADM}:ValidatingWebhookConfiguration`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/validate" } },
                rules: [{ apiGroups: [""], apiVersions: ["v1"], operations, resources: ["secrets"] }],
                ...(namespaceSelector ? { namespaceSelector } : {}),
            },
        ],
    });
}

/** A ValidatingAdmissionPolicy on core secrets (operations) with its Deny binding, restricted by a namespace selector. */
function secretPolicy(r: Resources, name: string, operations: string[], namespaceSelector: object, expr: string): void {
    k8s(r, `${ADM}:ValidatingAdmissionPolicy`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: {
                namespaceSelector,
                resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations, resources: ["secrets"] }],
            },
            validations: [{ expression: expr, message: "refused by platform policy" }],
        },
    });
    k8s(r, `${ADM}:ValidatingAdmissionPolicyBinding`, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: ["Deny"] },
    });
}

/**
 * A route of `kind` in ingress, attached to the platform's shared Gateway (gateways/edge, not in this stack), to
 * validators/containment-chamber, and the ReferenceGrant in validators letting that route kind of ingress name that
 * one Service (Gateway API ReferenceGrant: `to` may name one object). A Gateway declared in the stack is refused as
 * a controller's custom resource (round 33, decided: Envoy Gateway renders a Deployment per Gateway).
 */
function routeToSigner(r: Resources, kind: "HTTPRoute" | "GRPCRoute", port: number): void {
    k8s(r, `kubernetes:${GW}/v1:${kind}`, "signer-route", {
        apiVersion: `${GW}/v1`,
        kind,
        metadata: { name: "signer-route", namespace: "ingress" },
        spec: {
            parentRefs: [{ name: "edge", namespace: "gateways", sectionName: "https" }],
            rules: [{ backendRefs: [{ name: "containment-chamber", namespace: "validators", port }] }],
        },
    });
    k8s(r, `kubernetes:${GW}/v1beta1:ReferenceGrant`, "signer-backends", {
        apiVersion: `${GW}/v1beta1`,
        kind: "ReferenceGrant",
        metadata: { name: "signer-backends", namespace: "validators" },
        spec: {
            from: [{ group: GW, kind, namespace: "ingress" }],
            to: [{ group: "", kind: "Service", name: "containment-chamber" }],
        },
    });
}

/** An operations helper the model names: the key auditor role of the prod account, keyAudit on the share keys. */
const KEY_AUDITOR = {
    name: "key-audit",
    subject: { principal: `arn:aws:iam::${PROD}:role/custody-audit` },
    allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
};

/** Every share key's policy also lets `principal` call `actions`. */
function auditShares(r: Resources, principal: string, actions: string[]): void {
    for (const n of [1, 2, 3])
        editDoc(find(r, KEY, `signer-shares-share-${n}`), "policy", d => {
            d.Statement.push({
                Sid: "Audit",
                Effect: "Allow",
                Principal: { AWS: principal },
                Action: actions,
                Resource: "*",
            });
        });
}

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------------------------------- prod
    // IAM User Guide, Principal element, "Role session principals": a specific assumed-role session ARN may be named
    // (no wildcard); it is the role's session, so naming the signer's session grants nothing the role lacks.
    {
        // Was a MISS (fixed in round 38): refused by share-custody ("also lets arn:aws:sts::111111111111:assumed-role/
        // custody-prod-signer/containment-chamber decrypt its share"), although round 37 reads a role-session principal
        // as its role and custody-effective-access accepts it. A named session of the ring role is that role's
        // credentials (IAM User Guide, "AWS JSON policy elements: Principal", Role session principals; no wildcard),
        // bounded by the role's own policy: model/shares.ts now reads the ring through model/arn.ts principalIdentity,
        // so the ring is "sessions of the ring role within the ring role". Secure.
        stack: "prod",
        name: "S1: share 2's signer statement names the role AND one named session of it (assumed-role/custody-prod-signer/containment-chamber)",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                d.Statement[1].Principal = {
                    AWS: [
                        `arn:aws:iam::${PROD}:role/custody-prod-signer`,
                        `arn:aws:sts::${PROD}:assumed-role/custody-prod-signer/containment-chamber`,
                    ],
                };
            }),
    },
    {
        stack: "prod",
        name: "I1: share 2 gains a Decrypt statement for a named session of a role outside the model (assumed-role/platform-ops/alice)",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                d.Statement.push({
                    Sid: "OpsSession",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:sts::${PROD}:assumed-role/platform-ops/alice` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            }),
        refused: /platform-ops[\s\S]*kms:Decrypt/,
    },
    // Round 38 fix neighbours: a session of the key auditor the model names reads share metadata as the auditor may
    // (model/arn.ts principalWithin, share-custody's auditors); a session of it that may Decrypt is still refused.
    {
        stack: "prod",
        name: "S1b: every share's policy lets one session of the model's key auditor (assumed-role/custody-audit/alice) DescribeKey/GetKeyPolicy (operations.keyAudit on signer.shares)",
        operations: [KEY_AUDITOR],
        edit: r =>
            auditShares(r, `arn:aws:sts::${PROD}:assumed-role/custody-audit/alice`, [
                "kms:DescribeKey",
                "kms:GetKeyPolicy",
            ]),
    },
    {
        stack: "prod",
        name: "I1b: that auditor session is also allowed kms:Decrypt on every share",
        operations: [KEY_AUDITOR],
        edit: r =>
            auditShares(r, `arn:aws:sts::${PROD}:assumed-role/custody-audit/alice`, ["kms:DescribeKey", "kms:Decrypt"]),
        refused:
            /signer-shares-share-1 also lets arn:aws:sts::111111111111:assumed-role\/custody-audit\/alice decrypt its share/,
        policy: "share-custody",
    },
    // IAM Principal element: "you can specify the account ID" (bare 12 digits = the account root); a Deny with
    // NotPrincipal only removes access.
    {
        stack: "prod",
        name: 'S2: share 1 gains a deletion guard (Deny, NotPrincipal bare "111111111111" + break-glass role and one session) on ScheduleKeyDeletion/DisableKey/PutKeyPolicy',
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d => {
                d.Statement.push({
                    Sid: "DenyDestruction",
                    Effect: "Deny",
                    NotPrincipal: {
                        AWS: [
                            PROD,
                            `arn:aws:iam::${PROD}:role/platform-break-glass`,
                            `arn:aws:sts::${PROD}:assumed-role/platform-break-glass/break-glass`,
                        ],
                    },
                    Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy"],
                    Resource: "*",
                });
            }),
    },
    // Terraform/Pulumi aws.kms.KeyPolicy: keyId is the key's id; a first preview sees it unknown (depends on the key).
    {
        stack: "prod",
        preview: true,
        name: 'S3: first preview: share 3\'s policy as a separate KeyPolicy (keyId unknown, depends on the key), root by bare id "333333333333", Resource "*"',
        edit: r =>
            separateKeyPolicy(r, 3, "333333333333", d => {
                d.Statement[0].Principal = { AWS: "333333333333" };
            }),
    },
    {
        stack: "prod",
        preview: true,
        name: 'I2: first preview: that separate KeyPolicy also allows kms:Decrypt to a foreign account by bare id ("999999999999")',
        edit: r =>
            separateKeyPolicy(r, 3, "333333333333", d => {
                d.Statement.push({
                    Sid: "Partner",
                    Effect: "Allow",
                    Principal: { AWS: "999999999999" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            }),
        refused: /999999999999[\s\S]*kms:Decrypt|kms:Decrypt[\s\S]*999999999999/,
    },
    // Kubernetes admission: a webhook's namespaceSelector restricts the objects it is sent (kubernetes.io/metadata.name
    // is an immutable label the API server sets on every namespace). Excluding validators and kube-system, it never
    // sees the signer's or the controllers' tokens.
    {
        stack: "prod",
        name: "S4: a ValidatingWebhookConfiguration on core secrets (CREATE, UPDATE) outside validators and kube-system, served in platform",
        edit: r => secretWebhook(r, "secret-hygiene", ["CREATE", "UPDATE"], outside("validators", "kube-system")),
    },
    {
        stack: "prod",
        name: "S5: S4's webhook next to a stack token Secret of validators/containment-chamber (the webhook never sees validators)",
        edit: r => {
            secretWebhook(r, "secret-hygiene", ["CREATE", "UPDATE"], outside("validators", "kube-system"));
            tokenSecret(r, "containment-chamber-token", "validators", "containment-chamber");
        },
    },
    {
        stack: "prod",
        name: "I3: the webhook (UPDATE) excludes validators only (sees kube-system), next to a stack token Secret of kube-system/replicaset-controller",
        edit: r => {
            secretWebhook(r, "secret-hygiene", ["UPDATE"], outside("validators"));
            tokenSecret(r, "replicaset-controller-token", "kube-system", "replicaset-controller");
        },
        refused: /secret-hygiene/,
    },
    {
        stack: "prod",
        name: "S6: a GRPCRoute in ingress to validators/containment-chamber:8443, on the shared Gateway, and a ReferenceGrant naming that one Service",
        edit: r => routeToSigner(r, "GRPCRoute", 8443),
    },
    // ------------------------------------------------------------------------------------------------------------- dev
    {
        stack: "dev",
        name: "S7: a ValidatingAdmissionPolicy on core secrets (UPDATE, DELETE) outside validators and kube-system, reading type/labels only",
        edit: r =>
            secretPolicy(
                r,
                "immutable-pull-secrets",
                ["UPDATE", "DELETE"],
                outside("validators", "kube-system"),
                "oldObject == null || oldObject.type != 'kubernetes.io/dockerconfigjson' || has(oldObject.metadata.labels) && 'platform/rotate' in oldObject.metadata.labels",
            ),
    },
    {
        stack: "dev",
        name: "S8: a secondary scheduler: a Role in tools creating pods/binding and bindings, bound to tools/volcano-scheduler (no tainted outside pool)",
        edit: r => {
            k8sRole(
                r,
                "tools-binder",
                [
                    { apiGroups: [""], resources: ["pods/binding", "bindings"], verbs: ["create"] },
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                ],
                "tools",
            );
            bind(
                r,
                "tools-binder",
                { kind: "Role", name: "tools-binder" },
                [{ kind: "ServiceAccount", name: "volcano-scheduler", namespace: "tools" }],
                "tools",
            );
        },
    },
    // ------------------------------------------------------------------------------------------------------ pod-identity
    {
        stack: "pod-identity",
        name: "S9: an HTTPRoute in ingress to validators/containment-chamber:8443, on the shared Gateway, and a ReferenceGrant naming that one Service",
        edit: r => routeToSigner(r, "HTTPRoute", 8443),
    },
    // --------------------------------------------------------------------------------------------------------- curity
    {
        stack: "curity",
        name: "S10: an AWS Config managed rule (DYNAMODB_PITR_ENABLED) and a CloudWatch alarm on Curity's DynamoDB throttles to an SNS topic",
        edit: r => {
            aws(r, "aws:cfg/rule:Rule", "curity-pitr", {
                name: "curity-dynamodb-pitr-enabled",
                source: { owner: "AWS", sourceIdentifier: "DYNAMODB_PITR_ENABLED" },
                scope: { complianceResourceTypes: ["AWS::DynamoDB::Table"] },
            });
            aws(r, "aws:sns/topic:Topic", "curity-alarms", { name: "curity-alarms" });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "curity-throttles", {
                name: "curity-dynamodb-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ThrottledRequests",
                dimensions: { TableName: "curity-sessions", Operation: "GetItem" },
                statistic: "Sum",
                period: 60,
                evaluationPeriods: 5,
                threshold: 10,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                alarmActions: ["arn:aws:sns:eu-west-1:111111111111:curity-alarms"],
            });
        },
    },
    // -------------------------------------------------------------------------------------------------- cross-account
    // IAM Principal element: a role trust policy may name a specific role session; EC2 instance-profile sessions are
    // named by the instance id (IAM roles for EC2). Narrowing the trust to the caller's instance grants nothing new.
    {
        stack: "cross-account",
        name: "S11: the access role's trust names the caller role AND its session on one instance (assumed-role/instance-role/i-0abc...)",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = {
                    AWS: [
                        `arn:aws:iam::${ACCOUNT_B}:role/instance-role`,
                        `arn:aws:sts::${ACCOUNT_B}:assumed-role/instance-role/i-0abc1234def567890`,
                    ],
                };
            }),
    },
    {
        stack: "cross-account",
        name: "I4: the access role's trust names a session of ANOTHER role of account B (assumed-role/ci-deployer/build)",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = {
                    AWS: [
                        `arn:aws:iam::${ACCOUNT_B}:role/instance-role`,
                        `arn:aws:sts::${ACCOUNT_B}:assumed-role/ci-deployer/build`,
                    ],
                };
            }),
        refused: /ci-deployer/,
    },
    // --------------------------------------------------------------------------------------------------- trust-domain
    {
        stack: "trust-domain",
        name: "S12: a read-only KMS auditor role in the identity account (DescribeKey/GetKeyPolicy/GetKeyRotationStatus/List*), trusted by one named SSO role, named in custody:operations (keyAudit on trustDomain.keys)",
        // README, "Naming an operations helper": an auditor is declared in the stack file (without it the role is
        // refused as no workload of the model, by design).
        operations: [
            {
                name: "kms-audit",
                subject: {
                    principal: `arn:aws:iam::${IDENTITY}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecurityAudit_0123456789abcdef`,
                },
                allow: [{ accessSet: "operations.keyAudit", on: ["trustDomain.keys"] }],
            },
        ],
        edit: r =>
            aws(r, ROLE, "kms-auditor", {
                name: "kms-auditor",
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: {
                        AWS: `arn:aws:iam::${IDENTITY}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecurityAudit_0123456789abcdef`,
                    },
                    Action: "sts:AssumeRole",
                }),
                inlinePolicies: [
                    {
                        name: "kms-read",
                        policy: doc({
                            Effect: "Allow",
                            Action: [
                                "kms:DescribeKey",
                                "kms:GetKeyPolicy",
                                "kms:GetKeyRotationStatus",
                                "kms:ListAliases",
                                "kms:ListKeys",
                                "kms:ListResourceTags",
                            ],
                            Resource: "*",
                        }),
                    },
                ],
                arn: `arn:aws:iam::${IDENTITY}:role/kms-auditor`,
            }),
    },
    // ------------------------------------------------------------------------------------------------------------ basil
    // VPC endpoint policies only restrict what may pass through the endpoint (PrivateLink guide, "Control access to
    // VPC endpoints using endpoint policies"); they grant nothing.
    {
        stack: "basil",
        name: "S13: a KMS interface endpoint whose policy lets only the runtime role Sign/GetPublicKey/Encrypt/Decrypt, plus a data-classification tag on every AWS resource",
        edit: r => {
            aws(
                r,
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                "basil-kms-endpoint",
                {
                    vpcId: "vpc-0a1b2c3d4e5f60718",
                    serviceName: "com.amazonaws.us-east-1.kms",
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    subnetIds: ["subnet-0a1b2c3d4e5f60718"],
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${BASIL}:role/basil-runtime` },
                        Action: ["kms:Sign", "kms:GetPublicKey", "kms:Encrypt", "kms:Decrypt"],
                        Resource: `arn:aws:kms:us-east-1:${BASIL}:key/*`,
                    }),
                },
                "basil-runtime",
            );
            for (const x of r)
                if (x.type.startsWith("aws:") && (x.inputs as Record<string, unknown>).tags)
                    setProp(x, "tags", { ...(prop(x, "tags") as object), "data-classification": "restricted" });
        },
    },
];

describe("red team 38: secure variants of every stack at the API levels (round 36-37 neighbourhoods), and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = c.operations
                ? await runPackWith(c.stack, r, { model: modelWithOperations(c.stack, c.operations) })
                : await runPack(c.stack, r);
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
