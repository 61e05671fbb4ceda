// Red-team round 39 (fresh eyes) on false positives at the AWS and Kubernetes API levels, across every committed
// stack: the neighbourhood of the round 37-38 rules (role-session principals in trusts, key policies and auditor
// entries; bare account ids; key policies as separate KeyPolicy resources, also in a first preview; ReferenceGrants
// to Services; admission policies on Secrets whose CEL only uses has()/size()) and the usual legitimate changes
// (alarms to an encrypted topic, a CloudTrail trail with its own key, Pod Identity for a harmless second workload,
// observers RBAC). Insecure neighbours the pack must still refuse. Misses are `it.skip` with a MISS comment.
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
    stackResources,
} from "./support";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { aws, bind, editDoc, k8s, k8sRole, Statement } from "./variantBuilders";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const KEY = "aws:kms/key:Key";
const ROLE = "aws:iam/role:Role";
const SECRET = "kubernetes:core/v1:Secret";
const ADM = "kubernetes:admissionregistration.k8s.io/v1";
const GW = "gateway.networking.k8s.io";
const PROD = "111111111111";
const BASIL = "111122223333";
const ACCOUNT_B = "777777777777";
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

/** Moves key `keyName`'s policy (edited) into a separate aws.kms.KeyPolicy naming the key by keyId. */
function toKeyPolicy(r: Resources, keyName: string, edit: (d: { Statement: Statement[] }) => void, preview = false) {
    const key = find(r, KEY, keyName);
    const d = JSON.parse(prop(key, "policy") as string) as { Statement: Statement[] };
    edit(d);
    delete key.inputs.policy;
    if (key.outputs) delete key.outputs.policy;
    const kp = resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", `${keyName}-policy`, {
        keyId: preview ? UNKNOWN : prop(key, "keyId"),
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

/** A cluster-wide ValidatingAdmissionPolicy on core secrets (operations) with its binding. */
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
        spec: { policyName: name, validationActions: ["Deny", "Audit"] },
    });
}

/** The prod key auditor of the model (operations.keyAudit on the share keys). */
const KEY_AUDITOR = {
    name: "key-audit",
    subject: { principal: `arn:aws:iam::${PROD}:role/custody-audit` },
    allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
};

/** A stack role trusted by EKS Pod Identity, with these statements, and its association to ns/sa. */
function podIdentityWorkload(r: Resources, name: string, ns: string, sa: string, ...statements: object[]): void {
    const signerAssoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    const arn = `arn:aws:iam::${PROD}:role/${name}`;
    aws(r, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": PROD,
                    "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PROD}:cluster/prod-validators`,
                    "aws:RequestTag/kubernetes-namespace": ns,
                    "aws:RequestTag/kubernetes-service-account": sa,
                },
            },
        }),
        inlinePolicies: [{ name: "p", policy: doc(...statements) }],
    });
    r.push(
        resourceLike(signerAssoc, "aws:eks/podIdentityAssociation:PodIdentityAssociation", `${name}-assoc`, {
            clusterName: "prod-validators",
            namespace: ns,
            serviceAccount: sa,
            roleArn: arn,
            region: "eu-west-1",
        }),
    );
}

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------------------------------ prod
    // KMS: a separate KeyPolicy replaces the key's policy; a bare account id principal is the account root (IAM
    // User Guide, "AWS account principals": "You can use an account ID or the ARN"). First preview: keyId unknown.
    {
        stack: "prod",
        preview: true,
        name: "S1: first preview: the tables CMK's policy as a separate KeyPolicy (keyId the key's unknown id), root delegation by bare account id, DynamoDB via-service statement unchanged",
        edit: r =>
            toKeyPolicy(
                r,
                "signer-tables-cmk",
                d => {
                    d.Statement[0].Principal = { AWS: PROD };
                },
                true,
            ),
    },
    {
        stack: "prod",
        operations: [KEY_AUDITOR],
        name: "S2: share 2's policy as a separate KeyPolicy (root by bare id), every share letting the model's key auditor's session (assumed-role/custody-audit/alice) DescribeKey/GetKeyPolicy",
        edit: r => {
            for (const n of [1, 3])
                editDoc(find(r, KEY, `signer-shares-share-${n}`), "policy", d => {
                    d.Statement.push({
                        Sid: "Audit",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:sts::${PROD}:assumed-role/custody-audit/alice` },
                        Action: ["kms:DescribeKey", "kms:GetKeyPolicy"],
                        Resource: "*",
                    });
                });
            toKeyPolicy(r, "signer-shares-share-2", d => {
                d.Statement[0].Principal = { AWS: "222222222222" };
                d.Statement.push({
                    Sid: "Audit",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:sts::${PROD}:assumed-role/custody-audit/alice` },
                    Action: ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus"],
                    Resource: "*",
                });
            });
        },
    },
    {
        stack: "prod",
        name: 'I1: share 1\'s policy admits account custody-b by bare id ("222222222222") to kms:Decrypt: custody-b holds shares 1 and 2',
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d => {
                d.Statement.push({
                    Sid: "Partner",
                    Effect: "Allow",
                    Principal: { AWS: "222222222222" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            }),
        refused: /222222222222|custody-b/,
    },
    // SNS: CloudWatch alarms publishing to a CMK-encrypted topic need cloudwatch.amazonaws.com kms:Decrypt and
    // kms:GenerateDataKey* on the topic's key (SNS developer guide, "Enable compatibility between event sources from
    // AWS services and encrypted topics"). The key is dedicated to the topic, only services reach it.
    {
        stack: "prod",
        name: "S3: a CloudWatch alarm on the keystore's throttles publishing to an SNS topic encrypted with a dedicated key (root by bare id, cloudwatch.amazonaws.com Decrypt/GenerateDataKey* pinned by aws:SourceAccount)",
        edit: r => {
            const keyArn = `arn:aws:kms:eu-west-1:${PROD}:key/0f0f0f0f-1111-2222-3333-444444444444`;
            const key = aws(r, KEY, "alarms-key", {
                description: "alarms topic",
                keyId: "0f0f0f0f-1111-2222-3333-444444444444",
                arn: keyArn,
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: doc(
                    { Sid: "Root", Effect: "Allow", Principal: { AWS: PROD }, Action: "kms:*", Resource: "*" },
                    {
                        Sid: "CloudWatchAlarms",
                        Effect: "Allow",
                        Principal: { Service: "cloudwatch.amazonaws.com" },
                        Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
                        Resource: "*",
                        Condition: { StringEquals: { "aws:SourceAccount": PROD } },
                    },
                ),
            });
            key.options = { protect: true, retainOnDelete: true };
            aws(r, "aws:sns/topic:Topic", "custody-alarms", {
                name: "custody-alarms",
                arn: `arn:aws:sns:eu-west-1:${PROD}:custody-alarms`,
                kmsMasterKeyId: keyArn,
            });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "keystore-throttles", {
                name: "keystore-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ThrottledRequests",
                dimensions: { TableName: "custody-prod-keystore", Operation: "GetItem" },
                statistic: "Sum",
                period: 60,
                evaluationPeriods: 5,
                threshold: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                alarmActions: [`arn:aws:sns:eu-west-1:${PROD}:custody-alarms`],
            });
        },
    },
    // CloudTrail: the documented key policy for trail encryption (CloudTrail user guide, "Configure AWS KMS key
    // policies for CloudTrail": GenerateDataKey* with kms:EncryptionContext:aws:cloudtrail:arn and aws:SourceArn,
    // DescribeKey); the key only protects the trail's log files.
    {
        stack: "prod",
        name: "S4: a CloudTrail trail (KMS data events of the account) into a stack bucket, encrypted with a dedicated key whose policy is CloudTrail's documented one (SourceArn + encryption context)",
        edit: r => {
            const trailArn = `arn:aws:cloudtrail:eu-west-1:${PROD}:trail/custody-audit`;
            const keyArn = `arn:aws:kms:eu-west-1:${PROD}:key/0e0e0e0e-1111-2222-3333-444444444444`;
            const key = aws(r, KEY, "trail-key", {
                description: "trail logs",
                keyId: "0e0e0e0e-1111-2222-3333-444444444444",
                arn: keyArn,
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PROD}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "CloudTrailEncrypt",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "kms:GenerateDataKey*",
                        Resource: "*",
                        Condition: {
                            StringEquals: { "aws:SourceArn": trailArn },
                            StringLike: {
                                "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${PROD}:trail/*`,
                            },
                        },
                    },
                    {
                        Sid: "CloudTrailDescribe",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "kms:DescribeKey",
                        Resource: "*",
                        Condition: { StringEquals: { "aws:SourceArn": trailArn } },
                    },
                ),
            });
            key.options = { protect: true, retainOnDelete: true };
            aws(r, "aws:s3/bucketV2:BucketV2", "trail-bucket", {
                bucket: "custody-prod-trail",
                arn: "arn:aws:s3:::custody-prod-trail",
            });
            aws(r, "aws:s3/bucketPolicy:BucketPolicy", "trail-bucket-policy", {
                bucket: "custody-prod-trail",
                policy: doc(
                    {
                        Sid: "AclCheck",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:GetBucketAcl",
                        Resource: "arn:aws:s3:::custody-prod-trail",
                        Condition: { StringEquals: { "aws:SourceArn": trailArn } },
                    },
                    {
                        Sid: "Write",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:PutObject",
                        Resource: `arn:aws:s3:::custody-prod-trail/AWSLogs/${PROD}/*`,
                        Condition: {
                            StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trailArn },
                        },
                    },
                ),
            });
            aws(r, "aws:cloudtrail/trail:Trail", "custody-audit", {
                name: "custody-audit",
                arn: trailArn,
                s3BucketName: "custody-prod-trail",
                kmsKeyId: keyArn,
                enableLogFileValidation: true,
                advancedEventSelectors: [
                    {
                        name: "kms",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Management"] },
                            { field: "eventSource", equals: ["kms.amazonaws.com"] },
                        ],
                    },
                ],
            });
        },
    },
    // Kubernetes: a VAP on Secrets (UPDATE, cluster-wide) whose CEL reads only has()/size() of data and of each
    // value, with a static message: no byte of a value leaves the API server.
    {
        stack: "prod",
        name: "S5: a ValidatingAdmissionPolicy on core secrets (UPDATE, every namespace) bounding each value's size with has()/size()/all(), static message, next to a stack token Secret of kube-system/replicaset-controller",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(r, "secret-size", ["UPDATE"], {
                validations: [
                    {
                        expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 262144)",
                        message: "a Secret value may not exceed 256 KiB",
                    },
                ],
            });
        },
    },
    // Was a MISS (fixed in round 39): engine/kubernetes.ts now reads a messageExpression's or valueExpression's value
    // as celErrorQuotesData reads an operand (celValueCarriesData): a read of the data consumed by has(), size(),
    // type(), a boolean macro or a comparison carries nothing of it, and string() or int() of that result is a number
    // or a boolean; `string(object.data.token)` still carries the token (I5, I6). S5's own `object.data.all(...)` (a
    // boolean macro binding the data's keys) is no longer read as a call that may quote the data. Original note: the
    // same policy whose audit annotation records only the NUMBER of data keys (string(size(object.data)))
    // is refused as echoing the Secret's data into the audit event. A count of keys carries no byte of any value;
    // the Kubernetes API reference (ValidatingAdmissionPolicySpec.auditAnnotations.valueExpression: "produces an
    // audit annotation value", recorded in the audit event) only says the string is logged, and this string is a
    // decimal count. engine/kubernetes.ts accepts only metadata and type in echoes; size() of data (and of values)
    // could be admitted as a number. Low severity (conservative refusal, a policy author can drop the annotation).
    {
        stack: "prod",
        name: "S5b: S5's policy also records the number of data keys as an audit annotation (has(object.data) ? string(size(object.data)) : '0')",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(r, "secret-size", ["UPDATE"], {
                validations: [
                    {
                        expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 262144)",
                        message: "a Secret value may not exceed 256 KiB",
                    },
                ],
                auditAnnotations: [
                    {
                        key: "data-keys",
                        valueExpression: "has(object.data) ? string(size(object.data)) : '0'",
                    },
                ],
            });
        },
    },
    // Neighbour (round 39): the count through a variable, in the audit annotation and the denial's message.
    {
        stack: "prod",
        name: "S5c: S5's policy with a variable keys = has(object.data) ? size(object.data) : 0, echoed by string(variables.keys) in its messageExpression and an audit annotation",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(r, "secret-size", ["UPDATE"], {
                variables: [{ name: "keys", expression: "has(object.data) ? size(object.data) : 0" }],
                validations: [
                    {
                        expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 262144)",
                        messageExpression:
                            "'a Secret value may not exceed 256 KiB (' + string(variables.keys) + ' keys, token: ' + string(has(object.data.token)) + ')'",
                    },
                ],
                auditAnnotations: [{ key: "data-keys", valueExpression: "string(variables.keys)" }],
            });
        },
    },
    // Neighbour (round 39): a conversion of a value itself, not of its size, stays refused.
    {
        stack: "prod",
        name: "I5: S5b's audit annotation records string(object.data.token) instead of the count",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(r, "secret-size", ["UPDATE"], {
                validations: [{ expression: "!has(object.data) || size(object.data) < 16" }],
                auditAnnotations: [
                    {
                        key: "data-keys",
                        valueExpression: "has(object.data) ? string(object.data.token) : '0'",
                    },
                ],
            });
        },
        refused: /auditAnnotation data-keys's valueExpression \(.*, at object\.data\.token\)/,
    },
    // Neighbour (round 39): the value through a variable (a branch passes it on), its size and then the value itself.
    {
        stack: "pod-identity",
        name: "I6: a variable tok = has(object.data.token) ? object.data.token : b'', echoed as string(size(variables.tok)) + ':' + string(variables.tok)",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(r, "secret-size", ["UPDATE"], {
                variables: [{ name: "tok", expression: "has(object.data.token) ? object.data.token : b''" }],
                validations: [{ expression: "size(variables.tok) <= 4096" }],
                auditAnnotations: [
                    { key: "token", valueExpression: "string(size(variables.tok)) + ':' + string(variables.tok)" },
                ],
            });
        },
        refused: /auditAnnotation token's valueExpression \(.*, at variables\.tok\)/,
    },
    {
        stack: "prod",
        name: "I2: that VAP's audit annotation records the first 16 characters of each value (object.data.map(k, object.data[k].substring(0, 16)))",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            secretPolicy(r, "secret-size", ["UPDATE"], {
                validations: [
                    {
                        expression: "!has(object.data) || object.data.all(k, size(object.data[k]) <= 262144)",
                        message: "a Secret value may not exceed 256 KiB",
                    },
                ],
                auditAnnotations: [
                    {
                        key: "data-prefix",
                        valueExpression:
                            "has(object.data) ? object.data.map(k, string(object.data[k]).substring(0, 16)).join(',') : ''",
                    },
                ],
            });
        },
        refused: /secret|Secret/,
    },
    // ---------------------------------------------------------------------------------------------------- pod-identity
    {
        stack: "pod-identity",
        name: "S6: a metrics exporter (monitoring/cw-exporter) with its own Pod Identity association and stack role allowed only cloudwatch:PutMetricData in namespace Custody/Signer",
        edit: r =>
            podIdentityWorkload(r, "custody-cw-exporter", "monitoring", "cw-exporter", {
                Effect: "Allow",
                Action: "cloudwatch:PutMetricData",
                Resource: "*",
                Condition: { StringEquals: { "cloudwatch:namespace": "Custody/Signer" } },
            }),
    },
    {
        stack: "pod-identity",
        name: "I3: that exporter's role also allowed dynamodb:GetItem on the keystore",
        edit: r =>
            podIdentityWorkload(
                r,
                "custody-cw-exporter",
                "monitoring",
                "cw-exporter",
                { Effect: "Allow", Action: "cloudwatch:PutMetricData", Resource: "*" },
                {
                    Effect: "Allow",
                    Action: "dynamodb:GetItem",
                    Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-pod-identity-keystore`,
                },
            ),
        refused: /custody-cw-exporter|cw-exporter/,
    },
    // Gateway API ReferenceGrant: `to` may omit name, then every Service of the namespace may be referenced
    // (gateway-api ReferenceGrantTo: "When unspecified, this policy refers to all resources of the specified Group
    // and Kind in the local namespace"). A route to a Service is traffic, no identity.
    {
        stack: "pod-identity",
        name: "S7: a ReferenceGrant in validators letting HTTPRoutes and GRPCRoutes of ingress reference every Service of validators (no name)",
        edit: r =>
            k8s(r, `kubernetes:${GW}/v1beta1:ReferenceGrant`, "validators-backends", {
                apiVersion: `${GW}/v1beta1`,
                kind: "ReferenceGrant",
                metadata: { name: "validators-backends", namespace: "validators" },
                spec: {
                    from: [
                        { group: GW, kind: "HTTPRoute", namespace: "ingress" },
                        { group: GW, kind: "GRPCRoute", namespace: "ingress" },
                    ],
                    to: [{ group: "", kind: "Service" }],
                },
            }),
    },
    // ---------------------------------------------------------------------------------------------------------- basil
    // The break-glass role is a provisioner subject of the model: one named session of it (IAM, "Role session
    // principals") in the JWT key's policy with the provisioner's own actions (CreateAlias/GetPublicKey/DescribeKey).
    {
        stack: "basil",
        name: "S8: the JWT key's policy as a separate KeyPolicy: root by bare id, plus the break-glass session (assumed-role/platform-break-glass/oncall) with DescribeKey/GetPublicKey/CreateAlias",
        edit: r =>
            toKeyPolicy(r, "basil-key-jwt-signing-primary", d => {
                d.Statement[0].Principal = { AWS: BASIL };
                d.Statement.push({
                    Sid: "BreakGlassReads",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:sts::${BASIL}:assumed-role/platform-break-glass/oncall` },
                    Action: ["kms:DescribeKey", "kms:GetPublicKey", "kms:CreateAlias"],
                    Resource: "*",
                });
            }),
    },
    // -------------------------------------------------------------------------------------------------- cross-account
    // A trust naming account B by bare id, narrowed by aws:PrincipalArn to the caller role (IAM User Guide,
    // "aws:PrincipalArn"; "Cross-account access using roles"): only the instance role's sessions pass.
    {
        stack: "cross-account",
        name: "S9: the access role's trust names account B by bare id, narrowed by ArnEquals aws:PrincipalArn to the instance role, external id kept",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: ACCOUNT_B };
                d.Statement[0].Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role` },
                };
            }),
    },
    {
        stack: "cross-account",
        name: "I4: the same trust narrowed by ArnLike aws:PrincipalArn role/* (every role of account B)",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: ACCOUNT_B };
                d.Statement[0].Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/*` },
                };
            }),
        refused: /777777777777/,
    },
    // ---------------------------------------------------------------------------------------------------------- curity
    {
        stack: "curity",
        name: "S10: platform observers read-only in curity: get/list/watch pods, deployments, events, HPAs and PDBs, get pods/log (no Secrets)",
        edit: r => {
            k8sRole(
                r,
                "curity-observer",
                [
                    { apiGroups: [""], resources: ["pods", "events", "services"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/log"], verbs: ["get"] },
                    { apiGroups: ["apps"], resources: ["deployments", "replicasets"], verbs: ["get", "list", "watch"] },
                    { apiGroups: ["autoscaling"], resources: ["horizontalpodautoscalers"], verbs: ["get", "list"] },
                    { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: ["get", "list"] },
                ],
                "curity",
            );
            bind(r, "curity-observer", { kind: "Role", name: "curity-observer" }, [OBSERVERS], "curity");
        },
    },
    // ---------------------------------------------------------------------------------------------------- trust-domain
    // A guard Deny in the trust itself (IAM: an explicit Deny in a role trust policy applies to AssumeRole*).
    {
        stack: "trust-domain",
        name: "S11: the key manager's trust adds a Deny of every sts action to principals outside the account (StringNotEquals aws:PrincipalAccount)",
        edit: r =>
            editDoc(find(r, ROLE, "trust-domain-role"), "assumeRolePolicy", d => {
                d.Statement.push({
                    Sid: "DenyOtherAccounts",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: "sts:*",
                    Condition: { StringNotEquals: { "aws:PrincipalAccount": "444444444444" } },
                });
            }),
    },
    // --------------------------------------------------------------------------------------------------------------- dev
    {
        stack: "dev",
        name: "S12: a region guard in the signer role's policy: it denies every action when aws:RequestedRegion is not eu-west-1 / us-east-1 (region guard Deny)",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", d => {
                d.Statement.push({
                    Sid: "RegionGuard",
                    Effect: "Deny",
                    Action: "*",
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "us-east-1"] } },
                });
            }),
    },
];

describe("allowlist: red-team round 39, secure variants and neighbours", () => {
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
