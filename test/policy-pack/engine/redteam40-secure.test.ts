// Red-team round 40 (fresh eyes) on false positives at the AWS and Kubernetes API levels, across every committed
// stack: the neighbourhood of the round 38-39 changes (known key properties in first previews: an explicitly empty
// customKeyStoreId, multiRegion false, rotation periods; role sessions in trusts and key rings; CEL admission
// policies on Secrets reading only keys and sizes; ReferenceGrants) and the usual legitimate changes (alarms, a
// permissions boundary, guard Denies, a KMS interface endpoint policy, Config rules, observers bound to the built-in
// `view`, NetworkPolicies/PDBs/HPAs/PriorityClasses). Insecure neighbours the pack must still refuse. Misses are
// `it.skip` with a MISS comment.
import {
    assertClean,
    assertRefused,
    find,
    modelWithOperations,
    prop,
    Resources,
    runPackWith,
    setProp,
    stackResources,
} from "./support";
import { aws, bind, editDoc, k8s } from "./variantBuilders";

const KEY = "aws:kms/key:Key";
const ROLE = "aws:iam/role:Role";
const ADM = "kubernetes:admissionregistration.k8s.io/v1";
const GW = "gateway.networking.k8s.io";
const PROD = "111111111111";
const OBSERVERS = { kind: "Group", name: "platform:observers", apiGroup: "rbac.authorization.k8s.io" };

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

/** A cluster-wide ValidatingAdmissionPolicy on core secrets with its binding. */
function secretPolicy(r: Resources, name: string, operations: string[], spec: Record<string, unknown>): void {
    k8s(r, `${ADM}:ValidatingAdmissionPolicy`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: {
                resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations, resources: ["secrets"] }],
            },
            ...spec,
        },
    });
    k8s(r, `${ADM}:ValidatingAdmissionPolicyBinding`, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: ["Deny"] },
    });
}

/** The model's AWS Backup helper (README "Naming an operations helper"). */
const BACKUP_HELPER = {
    name: "table-backup",
    subject: { service: { principal: "backup.amazonaws.com" } },
    allow: [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }],
};

/** AWS Backup of the prod tables in the signer account: a role allowed `actions`, a locked vault, plan, selection. */
function backupOf(r: Resources, actions: string[]): void {
    const tables = ["anti-slashing", "signer-state", "keystore"].map(
        n => prop(find(r, "aws:dynamodb/table:Table", `signer-tables-${n}`), "arn") as string,
    );
    const roleArn = `arn:aws:iam::${PROD}:role/custody-prod-backup`;
    aws(r, ROLE, "custody-prod-backup", {
        name: "custody-prod-backup",
        arn: roleArn,
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "backup.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": PROD } },
                },
            ],
        }),
        inlinePolicies: [
            {
                name: "tables",
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Action: actions,
                            Resource: [...tables, ...tables.map(t => `${t}/backup/*`)],
                        },
                    ],
                }),
            },
        ],
    });
    aws(r, "aws:backup/vault:Vault", "custody-vault", {
        name: "custody-prod",
        arn: `arn:aws:backup:eu-west-1:${PROD}:backup-vault:custody-prod`,
        forceDestroy: false,
    });
    aws(r, "aws:backup/vaultLockConfiguration:VaultLockConfiguration", "custody-vault-lock", {
        backupVaultName: "custody-prod",
        minRetentionDays: 7,
        maxRetentionDays: 35,
        changeableForDays: 3,
    });
    aws(r, "aws:backup/plan:Plan", "custody-daily", {
        name: "custody-daily",
        id: "plan-custody-daily",
        rules: [
            {
                ruleName: "daily",
                targetVaultName: "custody-prod",
                schedule: "cron(0 5 * * ? *)",
                lifecycle: { deleteAfter: 35 },
            },
        ],
    });
    aws(r, "aws:backup/selection:Selection", "custody-tables", {
        name: "custody-tables",
        planId: "plan-custody-daily",
        iamRoleArn: roleArn,
        resources: tables,
    });
}

/** A token Secret of ServiceAccount kube-system/replicaset-controller in the stack (makes Secret readers matter). */
function tokenSecret(r: Resources): void {
    k8s(r, "kubernetes:core/v1:Secret", "rs-token", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "rs-token",
            namespace: "kube-system",
            annotations: { "kubernetes.io/service-account.name": "replicaset-controller" },
        },
    });
}

/** Namespace hardening: default-deny NetworkPolicy (DNS + 443 egress), a PDB, an HPA and a PriorityClass. */
function harden(r: Resources, ns: string, app: string, kind = "Deployment"): void {
    k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", `${ns}-default-deny`, {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "default-deny", namespace: ns },
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
    k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", `${ns}-pdb`, {
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: { name: app, namespace: ns },
        spec: { maxUnavailable: 1, selector: { matchLabels: { app } } },
    });
    k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", `${ns}-hpa`, {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: app, namespace: ns },
        spec: {
            scaleTargetRef: { apiVersion: "apps/v1", kind, name: app },
            minReplicas: 2,
            maxReplicas: 4,
            metrics: [
                {
                    type: "Resource",
                    resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                },
            ],
        },
    });
    k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", `${ns}-priority`, {
        apiVersion: "scheduling.k8s.io/v1",
        kind: "PriorityClass",
        metadata: { name: `${ns}-critical` },
        value: 100000,
        globalDefault: false,
        preemptionPolicy: "Never",
    });
}

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------------------------------ prod
    // KMS CreateKey: CustomKeyStoreId and XksKeyId are optional; Pulumi sends "" for unset strings in some
    // programs. MultiRegion false is the default ("Default: False"). RotationPeriodInDays 90..2560 (EnableKeyRotation).
    {
        stack: "prod",
        preview: true,
        name: 'S1: first preview: every share key with customKeyStoreId "" (known empty), multiRegion false, rotationPeriodInDays 180, isEnabled true, bypassPolicyLockoutSafetyCheck false',
        edit: r => {
            for (const n of [1, 2, 3]) {
                const k = find(r, KEY, `signer-shares-share-${n}`);
                setProp(k, "customKeyStoreId", "");
                setProp(k, "multiRegion", false);
                setProp(k, "rotationPeriodInDays", 180);
                setProp(k, "isEnabled", true);
                setProp(k, "bypassPolicyLockoutSafetyCheck", false);
            }
        },
    },
    {
        stack: "prod",
        preview: true,
        name: 'S1b: first preview: the tables CMK with keySpec "SYMMETRIC_DEFAULT" (the current spelling, in place of the deprecated customerMasterKeySpec) and xksKeyId ""',
        edit: r => {
            const k = find(r, KEY, "signer-tables-cmk");
            delete k.inputs.customerMasterKeySpec;
            if (k.outputs) delete k.outputs.customerMasterKeySpec;
            setProp(k, "keySpec", "SYMMETRIC_DEFAULT");
            setProp(k, "xksKeyId", "");
        },
    },
    {
        stack: "prod",
        name: 'I1: share 3 in an external key store (customKeyStoreId "cks-0123456789abcdef0", xksKeyId set): its material lives outside AWS under another party',
        edit: r => {
            const k = find(r, KEY, "signer-shares-share-3");
            setProp(k, "customKeyStoreId", "cks-0123456789abcdef0");
            setProp(k, "xksKeyId", "external-share-3");
        },
        refused: /customKeyStore|key store|cks-0123456789abcdef0/i,
    },
    // IAM: a Deny in an identity policy only removes access ("an explicit deny ... overrides any allows").
    {
        stack: "prod",
        name: "S2: the signer's inline policy gains guard Denies: kms:* off the three share-key ARNs (NotResource), and dynamodb:DeleteTable/UpdateTable/DeleteBackup on every table",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", d => {
                const shares = [1, 2, 3].map(n => prop(find(r, KEY, `signer-shares-share-${n}`), "arn") as string);
                const cmk = prop(find(r, KEY, "signer-tables-cmk"), "arn") as string;
                d.Statement.push(
                    { Sid: "OnlyRingKeys", Effect: "Deny", Action: "kms:*", NotResource: [...shares, cmk] },
                    {
                        Sid: "NoTableDestruction",
                        Effect: "Deny",
                        Action: ["dynamodb:DeleteTable", "dynamodb:UpdateTable", "dynamodb:DeleteBackup"],
                        Resource: "*",
                    },
                );
            }),
    },
    // AWS Backup for DynamoDB, in-account: the role AWS Backup assumes needs dynamodb:DescribeTable/CreateBackup (and
    // StartAwsBackupJob/ListTagsOfResource for advanced features) on the tables (AWS Backup developer guide,
    // AWSBackupServiceRolePolicyForBackup); a vault lock in compliance mode keeps recovery points from deletion.
    {
        stack: "prod",
        operations: [BACKUP_HELPER],
        name: "S2b: AWS Backup (helper table-backup in the model): a stack role trusted by backup.amazonaws.com (aws:SourceAccount pinned) with the tableBackup actions on the three tables, a locked vault, a daily plan without copies, a selection of the three tables",
        edit: r =>
            backupOf(r, [
                "dynamodb:DescribeTable",
                "dynamodb:CreateBackup",
                "dynamodb:StartAwsBackupJob",
                "dynamodb:ListTagsOfResource",
            ]),
    },
    {
        stack: "prod",
        operations: [BACKUP_HELPER],
        name: "I1b: the same backup role also allowed dynamodb:RestoreTableFromBackup and dynamodb:ExportTableToPointInTime (a copy of custody data in a new table / S3)",
        edit: r =>
            backupOf(r, [
                "dynamodb:DescribeTable",
                "dynamodb:CreateBackup",
                "dynamodb:RestoreTableFromBackup",
                "dynamodb:ExportTableToPointInTime",
            ]),
        refused: /RestoreTableFromBackup|ExportTableToPointInTime|custody-prod-backup/,
    },
    // ------------------------------------------------------------------------------------------------- pod-identity
    // IAM permissions boundary: "the maximum permissions that an identity-based policy can grant" (never widens).
    {
        stack: "pod-identity",
        name: "S3: the signer role under a permissions boundary (a customer managed policy of the stack allowing only dynamodb:* and kms:Encrypt/Decrypt/DescribeKey)",
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            const arn = `arn:aws:iam::${PROD}:policy/custody-signer-boundary`;
            aws(r, "aws:iam/policy:Policy", "signer-boundary", {
                name: "custody-signer-boundary",
                arn,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Action: ["dynamodb:*", "kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"],
                            Resource: "*",
                        },
                    ],
                }),
            });
            setProp(role, "permissionsBoundary", arn);
        },
    },
    {
        stack: "pod-identity",
        name: "S4: validators hardened (default-deny NetworkPolicy, PDB, HPA, PriorityClass) and observers bound to the built-in `view` ClusterRole in validators (no Secrets)",
        edit: r => {
            harden(r, "validators", "containment-chamber");
            bind(r, "validators-view", { kind: "ClusterRole", name: "view" }, [OBSERVERS], "validators");
        },
    },
    {
        stack: "pod-identity",
        name: "I2: observers bound to the built-in `edit` ClusterRole in validators (pods/exec, Secrets, and ServiceAccount use)",
        edit: r => bind(r, "validators-edit", { kind: "ClusterRole", name: "edit" }, [OBSERVERS], "validators"),
        refused: /platform:observers|observers|edit/,
    },
    // ------------------------------------------------------------------------------------------------ cross-account
    // IAM "Role session principals": a trust may name one session (arn:aws:sts::<acct>:assumed-role/<role>/<name>);
    // only that session matches (narrower than the role principal).
    {
        stack: "cross-account",
        name: "S5: the access role's trust names the caller's instance session (assumed-role/instance-role/i-0123456789abcdef0) instead of the role, ExternalId kept",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = {
                    AWS: "arn:aws:sts::777777777777:assumed-role/instance-role/i-0123456789abcdef0",
                };
            }),
    },
    {
        stack: "cross-account",
        name: "I3: the access role's trust names a session of another role of account B (assumed-role/batch-role/job-1)",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: "arn:aws:sts::777777777777:assumed-role/batch-role/job-1" };
            }),
        refused: /batch-role/,
    },
    // IAM: an explicit Deny in the role's identity policy "overrides any allows" (IAM policy evaluation logic).
    {
        stack: "cross-account",
        name: "S5b: guard Denies on the access role: dynamodb:* and kms:* outside my-table and its key (NotResource), and sts:* entirely",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "cross-account-access-access"), "policy", d => {
                const allowed = d.Statement.flatMap(st => (Array.isArray(st.Resource) ? st.Resource : [st.Resource]));
                d.Statement.push(
                    {
                        Sid: "OnlyMyTableAndKey",
                        Effect: "Deny",
                        Action: ["dynamodb:*", "kms:*"],
                        NotResource: allowed,
                    },
                    { Sid: "NoChaining", Effect: "Deny", Action: "sts:*", Resource: "*" },
                );
            }),
    },
    // ------------------------------------------------------------------------------------------------- trust-domain
    // CEL: map.all(k, ...) iterates keys; object.data[k] of a present key cannot fail; size() of bytes/maps;
    // string(int). messageExpression only reports a count (no data).
    // Was a MISS (all three S6 cases, fixed in round 39/40): cel-spec doc/langdef.md, "Macros": "`e.all(x, p)`: tests whether a predicate holds
    // for all elements of a list `e` or keys of a map `e`" (exists likewise); "Functions": size is `map(A, B).() -> int`
    // and `bytes.() -> int`, string is `(int) -> string` (type conversion). None of these yields or quotes a Secret
    // value: the keys iterated are the map's own (object.data[k] cannot be "no such key"), size() is an integer.
    {
        stack: "trust-domain",
        name: "S6a: next to a stack token Secret of kube-system/replicaset-controller, a ValidatingAdmissionPolicy on Secrets CREATE/UPDATE whose messageExpression reports only the key count: 'secret has ' + string(size(object.data)) + ' keys' (expression uses size() only)",
        edit: r => {
            // Was a MISS (fixed in round 39/40): celReadsObjectData treats string(size(object.data)) as echoing the data; size() of a map is an
            // int (cel-spec langdef "Functions": map(A, B).() -> int), string(int) its decimal text.
            tokenSecret(r);
            secretPolicy(r, "secret-shape", ["CREATE", "UPDATE"], {
                validations: [
                    {
                        expression: "!has(object.data) || size(object.data) <= 32",
                        messageExpression: "'secret has ' + string(size(object.data)) + ' keys, at most 32 allowed'",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "S6b: next to that token Secret, a policy (failurePolicy Fail) bounding every value: !has(object.data) || object.data.all(k, size(object.data[k]) <= 1048576), static message",
        edit: r => {
            // Was a MISS (fixed in round 39/40): celErrorQuotesData refuses any macro on the data; all() over a map binds k to its own keys
            // (cel-spec "Macros"), so object.data[k] cannot fail and size(bytes) is an int: no runtime error.
            tokenSecret(r);
            secretPolicy(r, "secret-shape", ["CREATE", "UPDATE"], {
                validations: [
                    {
                        expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 1048576)",
                        message: "every Secret value must be at most 1 MiB",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "S6c: next to that token Secret, a policy (failurePolicy Fail) keeping AWS-looking keys in Opaque Secrets: !has(object.data) || !object.data.exists(k, k.startsWith('aws_')) || object.type == 'Opaque'",
        edit: r => {
            // Was a MISS (fixed in round 39/40): exists() over the data map reads only its key names (cel-spec "Macros"); startsWith on a
            // string key raises no error. The values are never evaluated.
            tokenSecret(r);
            secretPolicy(r, "secret-shape", ["CREATE", "UPDATE"], {
                validations: [
                    {
                        expression:
                            "!has(object.data) || !object.data.exists(k, k.startsWith('aws_')) || object.type == 'Opaque'",
                        message: "AWS keys only in Opaque secrets",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "S6d: next to that token Secret, the same checks with failurePolicy Ignore and static messages (the pack's documented fix)",
        edit: r => {
            tokenSecret(r);
            secretPolicy(r, "secret-shape", ["CREATE", "UPDATE"], {
                failurePolicy: "Ignore",
                validations: [
                    {
                        expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 1048576)",
                        message: "every Secret value must be at most 1 MiB",
                    },
                    {
                        expression:
                            "!has(object.data) || !object.data.exists(k, k.startsWith('aws_')) || object.type == 'Opaque'",
                        message: "AWS keys only in Opaque secrets",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "I4: next to that token Secret, a policy (failurePolicy Ignore, expression size() only) whose messageExpression names the first value: 'bad value ' + string(object.data[object.data.map(k, k)[0]])",
        edit: r => {
            tokenSecret(r);
            secretPolicy(r, "secret-shape", ["CREATE", "UPDATE"], {
                failurePolicy: "Ignore",
                validations: [
                    {
                        expression: "!has(object.data) || size(object.data) < 64",
                        messageExpression: "'bad value ' + string(object.data[object.data.map(k, k)[0]])",
                    },
                ],
            });
        },
        refused: /secret|Secret|message/,
    },
    {
        stack: "trust-domain",
        name: "S7: spirl-system hardened (default-deny NetworkPolicy, PDB, HPA, PriorityClass) and a ReferenceGrant letting ingress HTTPRoutes reach the Service spirl-server",
        edit: r => {
            harden(r, "spirl-system", "spirl-server", "StatefulSet");
            k8s(r, `kubernetes:${GW}/v1beta1:ReferenceGrant`, "spirl-backends", {
                apiVersion: `${GW}/v1beta1`,
                kind: "ReferenceGrant",
                metadata: { name: "spirl-backends", namespace: "spirl-system" },
                spec: {
                    from: [{ group: GW, kind: "HTTPRoute", namespace: "ingress" }],
                    to: [{ group: "", kind: "Service", name: "spirl-server" }],
                },
            });
        },
    },
    // --------------------------------------------------------------------------------------------------------- basil
    // VPC endpoint policies only restrict what passes through the endpoint (PrivateLink guide, "endpoint policy ...
    // does not override or replace identity-based policies or resource-based policies").
    {
        stack: "basil",
        name: "S8: a KMS interface endpoint whose policy admits only the runtime role to Sign/GetPublicKey/Decrypt/Encrypt on the two catalog keys",
        edit: r => {
            const keys = ["basil-key-jwt-signing-primary", "basil-key-payload-aead"].map(
                n => prop(find(r, KEY, n), "arn") as string,
            );
            const runtime = prop(find(r, ROLE, "basil-runtime"), "arn") as string;
            aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "kms-endpoint", {
                vpcId: "vpc-0123456789abcdef0",
                serviceName: "com.amazonaws.eu-west-1.kms",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                subnetIds: ["subnet-0123456789abcdef0"],
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { AWS: runtime },
                            Action: ["kms:Sign", "kms:GetPublicKey", "kms:Decrypt", "kms:Encrypt"],
                            Resource: keys,
                        },
                    ],
                }),
            });
        },
    },
    {
        stack: "basil",
        name: "S9: Config rules KMS_CMK_NOT_SCHEDULED_FOR_DELETION and CMK_BACKING_KEY_ROTATION_ENABLED scoped to KMS keys, and an AWS/Usage alarm on the account's KMS Sign call count",
        edit: r => {
            for (const [n, id] of [
                ["kms-not-scheduled", "KMS_CMK_NOT_SCHEDULED_FOR_DELETION"],
                ["kms-rotation", "CMK_BACKING_KEY_ROTATION_ENABLED"],
            ])
                aws(r, "aws:cfg/rule:Rule", n, {
                    name: n,
                    source: { owner: "AWS", sourceIdentifier: id },
                    scope: { complianceResourceTypes: ["AWS::KMS::Key"] },
                });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "basil-sign-errors", {
                name: "basil-sign-errors",
                namespace: "AWS/Usage",
                metricName: "CallCount",
                dimensions: { Service: "KMS", Type: "API", Resource: "Sign", Class: "None" },
                comparisonOperator: "GreaterThanThreshold",
                threshold: 0,
                evaluationPeriods: 1,
                period: 300,
                statistic: "Sum",
            });
        },
    },
    // ---------------------------------------------------------------------------------------------------------- curity
    // Policy element names and condition keys are case-insensitive; values of sts:ExternalId/oidc are not.
    {
        stack: "curity",
        name: 'S10: Curity\'s IRSA trust with Action a list ["sts:AssumeRoleWithWebIdentity"], and a Sid (sub and aud conditions unchanged)',
        edit: r =>
            editDoc(find(r, ROLE, "curity-role"), "assumeRolePolicy", d => {
                d.Statement[0].Action = ["sts:AssumeRoleWithWebIdentity"];
                d.Statement[0].Sid = "IrsaCurity";
            }),
    },
    {
        stack: "curity",
        name: "S11: curity hardened (default-deny NetworkPolicy, PDB, HPA, PriorityClass) and observers bound to `view` in curity",
        edit: r => {
            harden(r, "curity", "curity-idsvr-runtime");
            bind(r, "curity-view", { kind: "ClusterRole", name: "view" }, [OBSERVERS], "curity");
        },
    },
    // ------------------------------------------------------------------------------------------------------------- dev
    {
        stack: "dev",
        preview: true,
        name: "S12: first preview: a CloudWatch alarm on the keystore's throttles whose dimension is the table's unknown name, and share keys with multiRegion false",
        edit: r => {
            for (const n of [1, 2, 3]) setProp(find(r, KEY, `signer-shares-share-${n}`), "multiRegion", false);
            const t = find(r, "aws:dynamodb/table:Table", "signer-tables-keystore");
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "keystore-throttles", {
                name: "custody-dev-keystore-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ThrottledRequests",
                dimensions: { TableName: prop(t, "name") },
                comparisonOperator: "GreaterThanThreshold",
                threshold: 0,
                evaluationPeriods: 1,
                period: 60,
                statistic: "Sum",
            });
        },
    },
];

describe("allowlist: red-team round 40, secure variants and neighbours", () => {
    for (const c of CASES) {
        const insecure = c.refused !== undefined;
        const run = c.skip ? it.skip : it;
        run(`${insecure ? "refuses" : "accepts"}: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPackWith(c.stack, r, {
                model: c.operations ? modelWithOperations(c.stack, c.operations) : undefined,
            });
            if (insecure) assertRefused(ds, c.refused as RegExp, c.policy);
            else assertClean(ds);
        });
    }
});
