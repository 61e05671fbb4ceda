// Red-team round 16 (fresh eyes, last round) on secure variants across every stack: what a careful platform team adds
// and expects to pass (an SQS queue and an EBS CSI driver with keys of their own, a guard resource policy on a table,
// AL2023 nodes with nodeadm user data, network policies and autoscalers, validate-only admission policies, a
// maintenance job beside the signer, IRSA roles for cluster add-ons, Pod Identity role chaining), each with an
// insecure twin where one exists: the smallest change that makes it insecure.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { runPack } from "./packRunner";
import { assertClean, assertRefused, doc, find, resourceLike, Resources, stackResources } from "./support";
import {
    aws,
    bindSa,
    cmk,
    k8s,
    namespace,
    NODE_POLICIES,
    rbacRole,
    restricted,
    rootDelegation,
    trustedRole as role,
} from "./variantBuilders";

const PRIMARY = "111111111111";
const BASIL = "111122223333";
const IDENTITY = "444444444444";
const ACCOUNT_A = "666666666666";
const EFFECTIVE = "custody-effective-access";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const SA = "kubernetes:core/v1:ServiceAccount";

// ---- builders.

const TABLE = "aws:dynamodb/table:Table";
const prop = (r: AnalyzerResourceInput, k: string): unknown =>
    (r.outputs as Record<string, unknown> | undefined)?.[k] ?? (r.inputs as Record<string, unknown>)[k];

// ---- dev: a dead-letter queue encrypted with a key of its own, its producer pinned to SQS (kms:ViaService).

const DLQ = `arn:aws:sqs:eu-west-1:${PRIMARY}:custody-dev-signer-events-dlq`;
const RELAY = `arn:aws:iam::${PRIMARY}:role/custody-event-relay`;

/**
 * SQS developer guide, "Configure KMS permissions for producers": a producer needs kms:GenerateDataKey and
 * kms:Decrypt on the queue's key; pinned here by kms:ViaService sqs.eu-west-1 and kms:CallerAccount in both the key
 * policy and the role's policy, unless `unpinned`.
 */
function encryptedDlq(r: Resources, unpinned = false): void {
    const pin = unpinned
        ? {}
        : {
              Condition: {
                  StringEquals: { "kms:ViaService": "sqs.eu-west-1.amazonaws.com", "kms:CallerAccount": PRIMARY },
              },
          };
    const key = cmk(r, "signer-events-dlq-key", PRIMARY, "eu-west-1", "0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5", [
        rootDelegation(PRIMARY),
        {
            Sid: "RelayThroughSqs",
            Effect: "Allow",
            Principal: { AWS: RELAY },
            Action: ["kms:GenerateDataKey", "kms:Decrypt"],
            Resource: "*",
            ...pin,
        },
    ]);
    role(
        r,
        PRIMARY,
        "custody-event-relay",
        [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [
            { Sid: "Send", Effect: "Allow", Action: ["sqs:SendMessage", "sqs:GetQueueAttributes"], Resource: DLQ },
            { Sid: "QueueKey", Effect: "Allow", Action: ["kms:GenerateDataKey", "kms:Decrypt"], Resource: key, ...pin },
        ],
    );
    aws(r, "aws:sqs/queue:Queue", "signer-events-dlq", {
        name: "custody-dev-signer-events-dlq",
        arn: DLQ,
        kmsMasterKeyId: key,
        kmsDataKeyReusePeriodSeconds: 300,
        messageRetentionSeconds: 1209600,
    });
}

// ---- prod: a guard resource policy on anti-slashing (Deny of destructive calls but for the deployer).

const DEPLOYER = `arn:aws:iam::${PRIMARY}:role/custody-deployer`;

function tableGuard(r: Resources, extra: object[] = []): void {
    const table = find(r, TABLE, "signer-tables-anti-slashing");
    const arn = prop(table, "arn") as string;
    aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", "anti-slashing-guard", {
        resourceArn: arn,
        policy: doc(
            {
                Sid: "DenyDestructiveButDeployer",
                Effect: "Deny",
                Principal: "*",
                Action: [
                    "dynamodb:DeleteTable",
                    "dynamodb:UpdateTable",
                    "dynamodb:PutResourcePolicy",
                    "dynamodb:DeleteResourcePolicy",
                    "dynamodb:UpdateContinuousBackups",
                ],
                Resource: arn,
                Condition: { ArnNotEquals: { "aws:PrincipalArn": DEPLOYER } },
            },
            ...extra.map(s => ({ ...s, Resource: arn })),
        ),
    });
}

// ---- pod-identity: a reporter whose association chains into a metrics role of account B (targetRoleArn).

const CUSTODY_B = "222222222222";
const PI_CLUSTER = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;

/**
 * EKS user guide, "Access AWS resources using EKS Pod Identity Target IAM Roles": the association's role (trusted by
 * pods.eks.amazonaws.com) may assume the target role, which trusts it for sts:AssumeRole and sts:TagSession; the pod
 * gets the target role's credentials. The target role here reads CloudWatch metrics of account B.
 */
function chainedReporter(r: Resources, extra: object[] = []): void {
    namespace(r, "tools");
    k8s(r, SA, "tools-reporter-sa", {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "reporter", namespace: "tools" },
    });
    const source = role(
        r,
        PRIMARY,
        "custody-reporter-source",
        [
            {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": PI_CLUSTER,
                        "aws:RequestTag/kubernetes-namespace": "tools",
                        "aws:RequestTag/kubernetes-service-account": "reporter",
                    },
                },
            },
        ],
        [
            {
                Sid: "AssumeTarget",
                Effect: "Allow",
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Resource: `arn:aws:iam::${CUSTODY_B}:role/custody-reporter-b`,
            },
        ],
    );
    const target = role(
        r,
        CUSTODY_B,
        "custody-reporter-b",
        [
            {
                Effect: "Allow",
                Principal: { AWS: source },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": source },
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": PI_CLUSTER,
                        "aws:RequestTag/kubernetes-namespace": "tools",
                        "aws:RequestTag/kubernetes-service-account": "reporter",
                    },
                },
            },
        ],
        [
            {
                Sid: "ReadMetrics",
                Effect: "Allow",
                Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"],
                Resource: "*",
            },
            ...extra,
        ],
        "signer-role",
    );
    // the target role lives in account B: through B's provider.
    const b = r[r.length - 1];
    const like = find(r, KEY, "signer-shares-share-2");
    b.provider = like.provider;
    b.urn = b.urn.replace(/[^:]+$/, "custody-reporter-b");
    aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "tools-reporter", {
        clusterName: "prod-validators",
        namespace: "tools",
        serviceAccount: "reporter",
        roleArn: source,
        targetRoleArn: target,
    });
}

// ---- trust-domain: AL2023 managed nodes with nodeadm user data on a closed launch template.

const TD_NODES = `arn:aws:iam::${IDENTITY}:role/identity-al2023-nodes`;
const NODEADM = Buffer.from(
    [
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="BOUNDARY"',
        "",
        "--BOUNDARY",
        "Content-Type: application/node.eks.aws",
        "",
        "apiVersion: node.eks.aws/v1alpha1",
        "kind: NodeConfig",
        "spec:",
        "  kubelet:",
        "    config:",
        "      maxPods: 58",
        "      shutdownGracePeriod: 60s",
        "--BOUNDARY--",
        "",
    ].join("\n"),
).toString("base64");

function al2023Nodes(r: Resources, metadataOptions: Record<string, unknown>): void {
    role(
        r,
        IDENTITY,
        "identity-al2023-nodes",
        [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [],
    );
    for (const p of NODE_POLICIES)
        aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `identity-al2023-${p.split("/").pop()}`, {
            role: "identity-al2023-nodes",
            policyArn: p,
        });
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", "identity-al2023", {
        name: "identity-al2023",
        id: "lt-0a1b2c3d4e5f60718",
        metadataOptions,
        userData: NODEADM,
        blockDeviceMappings: [
            { deviceName: "/dev/xvda", ebs: { volumeSize: 50, volumeType: "gp3", encrypted: "true" } },
        ],
        latestVersion: 1,
        defaultVersion: 1,
    });
    aws(r, "aws:eks/nodeGroup:NodeGroup", "identity-al2023", {
        clusterName: "identity-cluster",
        nodeGroupName: "identity-al2023",
        nodeRoleArn: TD_NODES,
        amiType: "AL2023_x86_64_STANDARD",
        subnetIds: ["subnet-0123456789abcdef0"],
        scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 },
        launchTemplate: { id: "lt-0a1b2c3d4e5f60718", version: "1" },
        updateConfig: { maxUnavailable: 1 },
    });
}

// ---- curity: network policies and autoscalers for the runtime.

function curityNetworkPolicies(r: Resources): void {
    k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "curity-egress", {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "curity-egress", namespace: "curity" },
        spec: {
            podSelector: {},
            policyTypes: ["Ingress", "Egress"],
            ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress" } } }] }],
            egress: [
                {
                    to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["169.254.169.254/32"] } }],
                    ports: [{ protocol: "TCP", port: 443 }],
                },
                { ports: [{ protocol: "UDP", port: 53 }] },
            ],
        },
    });
    k8s(r, "kubernetes:cilium.io/v2:CiliumNetworkPolicy", "curity-no-imds", {
        apiVersion: "cilium.io/v2",
        kind: "CiliumNetworkPolicy",
        metadata: { name: "curity-no-imds", namespace: "curity" },
        spec: {
            endpointSelector: {},
            egressDeny: [{ toCIDR: ["169.254.169.254/32"] }],
        },
    });
}

function curityAutoscalers(r: Resources): void {
    const target = { apiVersion: "apps/v1", kind: "Deployment", name: "curity-idsvr-runtime" };
    k8s(r, "kubernetes:autoscaling.k8s.io/v1:VerticalPodAutoscaler", "curity-runtime-vpa", {
        apiVersion: "autoscaling.k8s.io/v1",
        kind: "VerticalPodAutoscaler",
        metadata: { name: "curity-runtime", namespace: "curity" },
        spec: {
            targetRef: target,
            updatePolicy: { updateMode: "Off" },
            resourcePolicy: { containerPolicies: [{ containerName: "*", controlledResources: ["memory"] }] },
        },
    });
    k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "curity-runtime-hpa", {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "curity-runtime", namespace: "curity" },
        spec: {
            scaleTargetRef: target,
            minReplicas: 2,
            maxReplicas: 6,
            metrics: [
                {
                    type: "Resource",
                    resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                },
            ],
        },
    });
}

// ---- basil: a validate-only Kyverno ClusterPolicy (and its generating twin).

function kyvernoPolicy(r: Resources, generate = false): void {
    k8s(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "require-non-root", {
        apiVersion: "kyverno.io/v1",
        kind: "ClusterPolicy",
        metadata: { name: "require-non-root" },
        spec: {
            validationFailureAction: "Enforce",
            background: true,
            rules: [
                {
                    name: "run-as-non-root",
                    match: { any: [{ resources: { kinds: ["Pod"], namespaces: ["basil"] } }] },
                    validate: {
                        message: "Pods of basil run as non-root.",
                        pattern: { spec: { securityContext: { runAsNonRoot: true } } },
                    },
                },
                ...(generate
                    ? [
                          {
                              name: "basil-team-edit",
                              match: { any: [{ resources: { kinds: ["Namespace"], names: ["basil"] } }] },
                              generate: {
                                  generateExisting: true,
                                  synchronize: true,
                                  apiVersion: "rbac.authorization.k8s.io/v1",
                                  kind: "RoleBinding",
                                  name: "basil-team-edit",
                                  namespace: "basil",
                                  data: {
                                      roleRef: {
                                          apiGroup: "rbac.authorization.k8s.io",
                                          kind: "ClusterRole",
                                          name: "edit",
                                      },
                                      subjects: [
                                          { kind: "Group", name: "basil-team", apiGroup: "rbac.authorization.k8s.io" },
                                      ],
                                  },
                              },
                          },
                      ]
                    : []),
            ],
        },
    });
}

// ---- dev: a maintenance CronJob beside the signer, with its own ServiceAccount (no AWS role).

function maintenanceJob(r: Resources): void {
    k8s(r, SA, "validators-maintenance-sa", {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "validators-maintenance", namespace: "validators" },
        automountServiceAccountToken: false,
    });
    k8s(r, "kubernetes:batch/v1:CronJob", "validators-maintenance", {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "validators-maintenance", namespace: "validators" },
        spec: {
            schedule: "17 3 * * *",
            concurrencyPolicy: "Forbid",
            jobTemplate: {
                spec: {
                    ttlSecondsAfterFinished: 3600,
                    template: {
                        spec: {
                            serviceAccountName: "validators-maintenance",
                            automountServiceAccountToken: false,
                            restartPolicy: "Never",
                            securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                            containers: [
                                {
                                    name: "compact",
                                    image: "registry.example.com/validators-maintenance:2.3.1",
                                    args: ["compact-logs"],
                                    securityContext: restricted,
                                },
                            ],
                        },
                    },
                },
            },
        },
    });
}

// ---- prod: ExternalDNS's IRSA role (route53 only), trust pinned to kube-system/external-dns.

const PROD_OIDC = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";

function externalDnsRole(r: Resources): void {
    k8s(r, SA, "kube-system-external-dns-sa", {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: {
            name: "external-dns",
            namespace: "kube-system",
            annotations: { "eks.amazonaws.com/role-arn": `arn:aws:iam::${PRIMARY}:role/prod-external-dns` },
        },
    });
    role(
        r,
        PRIMARY,
        "prod-external-dns",
        [
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${PROD_OIDC}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${PROD_OIDC}:sub`]: "system:serviceaccount:kube-system:external-dns",
                        [`${PROD_OIDC}:aud`]: "sts.amazonaws.com",
                    },
                },
            },
        ],
        [
            {
                Effect: "Allow",
                Action: ["route53:ChangeResourceRecordSets"],
                Resource: ["arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ"],
            },
            {
                Effect: "Allow",
                Action: ["route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:ListTagsForResource"],
                Resource: ["*"],
            },
        ],
    );
}

// ---- cross-account: a permissions boundary on account B's instance role.

function instanceRoleBoundary(r: Resources): void {
    const caller = r.find(x => x.type === ROLE && (x.inputs as Record<string, unknown>).name === "instance-role");
    if (!caller) throw new Error("no instance-role");
    const boundary = "arn:aws:iam::777777777777:policy/custody-instance-boundary";
    const res = resourceLike(caller, "aws:iam/policy:Policy", "instance-boundary", {
        name: "custody-instance-boundary",
        arn: boundary,
        policy: doc(
            {
                Sid: "AssumeAccessRoleOnly",
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`,
            },
            {
                Sid: "OwnLogs",
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: "arn:aws:logs:us-east-1:777777777777:log-group:/custody/instance:*",
            },
        ),
    });
    r.push(res);
    (caller.inputs as Record<string, unknown>).permissionsBoundary = boundary;
    if (caller.outputs) (caller.outputs as Record<string, unknown>).permissionsBoundary = boundary;
}

// ---- basil: core EKS add-ons, vpc-cni on an IRSA role of its own.

const BASIL_OIDC = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";

function basilAddons(r: Resources): void {
    const cni = role(
        r,
        BASIL,
        "basil-vpc-cni",
        [
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${BASIL}:oidc-provider/${BASIL_OIDC}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${BASIL_OIDC}:sub`]: "system:serviceaccount:kube-system:aws-node",
                        [`${BASIL_OIDC}:aud`]: "sts.amazonaws.com",
                    },
                },
            },
        ],
        [],
    );
    aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "basil-vpc-cni-policy", {
        role: "basil-vpc-cni",
        policyArn: "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    });
    aws(r, "aws:eks/addon:Addon", "basil-vpc-cni", {
        clusterName: "basil-cluster",
        addonName: "vpc-cni",
        serviceAccountRoleArn: cni,
        resolveConflictsOnUpdate: "PRESERVE",
    });
    for (const name of ["coredns", "kube-proxy", "eks-pod-identity-agent"])
        aws(r, "aws:eks/addon:Addon", `basil-${name}`, { clusterName: "basil-cluster", addonName: name });
}

// ---- basil: a Gatekeeper ConstraintTemplate and constraint (validating), and an image-rewriting Assign.

function gatekeeperLabels(r: Resources): void {
    k8s(r, "kubernetes:templates.gatekeeper.sh/v1:ConstraintTemplate", "k8srequiredlabels", {
        apiVersion: "templates.gatekeeper.sh/v1",
        kind: "ConstraintTemplate",
        metadata: { name: "k8srequiredlabels" },
        spec: {
            crd: {
                spec: {
                    names: { kind: "K8sRequiredLabels" },
                    validation: {
                        openAPIV3Schema: {
                            type: "object",
                            properties: { labels: { type: "array", items: { type: "string" } } },
                        },
                    },
                },
            },
            targets: [
                {
                    target: "admission.k8s.gatekeeper.sh",
                    rego: [
                        "package k8srequiredlabels",
                        'violation[{"msg": msg}] {',
                        "  required := {l | l := input.parameters.labels[_]}",
                        "  provided := {l | input.review.object.metadata.labels[l]}",
                        "  missing := required - provided",
                        "  count(missing) > 0",
                        '  msg := sprintf("missing labels: %v", [missing])',
                        "}",
                    ].join("\n"),
                },
            ],
        },
    });
    k8s(r, "kubernetes:constraints.gatekeeper.sh/v1beta1:K8sRequiredLabels", "basil-owner-label", {
        apiVersion: "constraints.gatekeeper.sh/v1beta1",
        kind: "K8sRequiredLabels",
        metadata: { name: "basil-owner-label" },
        spec: {
            enforcementAction: "deny",
            match: { kinds: [{ apiGroups: ["apps"], kinds: ["Deployment"] }], namespaces: ["basil"] },
            parameters: { labels: ["owner"] },
        },
    });
}

/** Gatekeeper mutation (mutations.gatekeeper.sh Assign): rewrites the image of the broker's containers in basil. */
function gatekeeperImageAssign(r: Resources): void {
    k8s(r, "kubernetes:mutations.gatekeeper.sh/v1:Assign", "basil-mirror-image", {
        apiVersion: "mutations.gatekeeper.sh/v1",
        kind: "Assign",
        metadata: { name: "basil-mirror-image" },
        spec: {
            applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
            match: { scope: "Namespaced", namespaces: ["basil"], kinds: [{ apiGroups: ["*"], kinds: ["Pod"] }] },
            location: "spec.containers[name:*].image",
            parameters: { assign: { value: "mirror.example.net/basil/broker:latest" } },
        },
    });
}

// ---- pod-identity: EKS access entries for an SSO audit role (refused: both reach the signer's pods).

const SSO_PLATFORM = `arn:aws:iam::${PRIMARY}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_PlatformAudit_0a1b2c3d4e5f6a7b`;

function accessEntry(r: Resources, policy: string, accessScope: Record<string, unknown>): void {
    aws(r, "aws:eks/accessEntry:AccessEntry", "platform-audit", {
        clusterName: "prod-validators",
        principalArn: SSO_PLATFORM,
        type: "STANDARD",
    });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "platform-audit", {
        clusterName: "prod-validators",
        principalArn: SSO_PLATFORM,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}

// ---- prod: an SSM parameter publishing the share keys' ARNs as configuration.

function shareArnsParameter(r: Resources): void {
    const arns = [1, 2, 3].map(i => prop(find(r, KEY, `signer-shares-share-${i}`), "arn") as string);
    aws(r, "aws:ssm/parameter:Parameter", "share-arns", {
        name: "/custody/prod/signer/share-key-arns",
        type: "StringList",
        value: arns.join(","),
        tier: "Standard",
    });
}

// ---- basil: built-in CEL admission policies (validating; and a mutating twin).

function validatingPolicy(r: Resources): void {
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "basil-pinned-images", {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name: "basil-pinned-images" },
        spec: {
            failurePolicy: "Fail",
            matchConstraints: {
                resourceRules: [
                    { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] },
                ],
            },
            validations: [
                {
                    expression: "object.spec.containers.all(c, c.image.contains('@sha256:'))",
                    message: "basil images are pinned by digest",
                },
            ],
        },
    });
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding", "basil-pinned-images", {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: "basil-pinned-images" },
        spec: {
            policyName: "basil-pinned-images",
            validationActions: ["Deny"],
            matchResources: { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "basil" } } },
        },
    });
}

/** Kubernetes "Mutating Admission Policy" (admissionregistration.k8s.io/v1beta1, 1.34): an ApplyConfiguration. */
function mutatingPolicy(r: Resources): void {
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "basil-mirror", {
        apiVersion: "admissionregistration.k8s.io/v1beta1",
        kind: "MutatingAdmissionPolicy",
        metadata: { name: "basil-mirror" },
        spec: {
            failurePolicy: "Fail",
            reinvocationPolicy: "IfNeeded",
            matchConstraints: {
                resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] }],
            },
            mutations: [
                {
                    patchType: "ApplyConfiguration",
                    applyConfiguration: {
                        expression:
                            'Object{spec: Object.spec{containers: object.spec.containers.map(c, Object.spec.containers{name: c.name, image: "mirror.example.net/" + c.image})}}',
                    },
                },
            ],
        },
    });
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "basil-mirror", {
        apiVersion: "admissionregistration.k8s.io/v1beta1",
        kind: "MutatingAdmissionPolicyBinding",
        metadata: { name: "basil-mirror" },
        spec: {
            policyName: "basil-mirror",
            matchResources: { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "basil" } } },
        },
    });
}

// ---- curity: Application Auto Scaling of a Curity table's read capacity (the service-linked role).

function curityTableScaling(r: Resources): void {
    aws(r, "aws:appautoscaling/target:Target", "curity-sessions-read", {
        serviceNamespace: "dynamodb",
        resourceId: "table/curity-sessions",
        scalableDimension: "dynamodb:table:ReadCapacityUnits",
        minCapacity: 5,
        maxCapacity: 100,
    });
    aws(r, "aws:appautoscaling/policy:Policy", "curity-sessions-read", {
        name: "curity-sessions-read",
        policyType: "TargetTrackingScaling",
        serviceNamespace: "dynamodb",
        resourceId: "table/curity-sessions",
        scalableDimension: "dynamodb:table:ReadCapacityUnits",
        targetTrackingScalingPolicyConfiguration: {
            targetValue: 70,
            predefinedMetricSpecification: { predefinedMetricType: "DynamoDBReadCapacityUtilization" },
        },
    });
}

// ---- cases.

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    operations?: Record<string, unknown>[];
    nodePolicies?: boolean;
    readable?: string[];
    refused?: RegExp;
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const secure: Case[] = [
    // Was a MISS (fixed this session: the key policy's own statements pinned by kms:ViaService count too) (secure refused): SQS server-side encryption with a customer managed key works only when the producers
    // themselves hold kms:GenerateDataKey and kms:Decrypt on the key (SQS developer guide, "Amazon SQS key management",
    // "Configure AWS KMS permissions": SQS calls KMS with the caller's credentials; "producers must have the
    // kms:GenerateDataKey and kms:Decrypt permissions"), so README's exception for a key dedicated to a queue ("only
    // services, or grants pinned by kms:ViaService, reach it") admits no working queue. Here the producer is pinned by
    // kms:ViaService sqs.eu-west-1 and kms:CallerAccount in both the key policy and its own policy: it can use the key
    // only through SQS requests, and the key encrypts nothing but this queue. The pack refuses it exactly as it refuses
    // the unpinned twin below (no difference is drawn).
    {
        stack: "dev",
        name: "a dead-letter queue for signer events encrypted with a key of its own, its producer role pinned to SQS (kms:ViaService sqs.eu-west-1, kms:CallerAccount) in the key policy and its own policy",
        edit: r => encryptedDlq(r),
    },
    {
        stack: "prod",
        name: "a DynamoDB resource policy on anti-slashing denying DeleteTable, UpdateTable, resource-policy and PITR changes to everyone but the deployer (ArnNotEquals aws:PrincipalArn)",
        edit: r => tableGuard(r),
    },
    // MISS (secure refused): EKS Pod Identity target roles (EKS API, CreatePodIdentityAssociation targetRoleArn: "This
    // role is assumed by using the EKS Pod Identity association role, then the credentials for this role are injected
    // into the Pod") for a helper of no custody workload: the association role only assumes the target, whose trust
    // names the association role by Principal and aws:PrincipalArn and pins the session tags (cluster, tools,
    // reporter), as serviceaccount-role-agree asks; the target only reads CloudWatch metrics. custody-effective-access
    // still refuses the source role's sts:AssumeRole on the target ("no workload of the custody model has this
    // identity"): README limits "refused unless the model allows it" to roles a runtime role can reach, and the model
    // has podIdentity.targetChain only for the signer, with no operations set to declare a helper's chain.
    {
        stack: "pod-identity",
        skip: "MISS: a Pod Identity target-role chain of a non-custody helper into a metrics-only role is refused",
        name: "a reporter in tools whose Pod Identity association chains into a metrics role of account B (targetRoleArn, the target trusting only the source role)",
        edit: r => chainedReporter(r),
    },
    {
        stack: "trust-domain",
        name: "an AL2023 managed node group on its own launch template (nodeadm NodeConfig user data, IMDSv2 required, hop limit 1, encrypted gp3 root)",
        nodePolicies: true,
        edit: r => al2023Nodes(r, { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 }),
    },
    {
        stack: "curity",
        name: "a default-deny NetworkPolicy in curity (egress 443 except 169.254.169.254/32, DNS) and a CiliumNetworkPolicy denying IMDS",
        edit: r => curityNetworkPolicies(r),
    },
    {
        stack: "curity",
        name: "a VerticalPodAutoscaler (recommendations only) and a HorizontalPodAutoscaler on Curity's runtime Deployment",
        edit: r => curityAutoscalers(r),
    },
    {
        stack: "basil",
        name: "a validate-only Kyverno ClusterPolicy enforcing runAsNonRoot on basil's pods",
        edit: r => kyvernoPolicy(r),
    },
    {
        stack: "dev",
        name: "a restricted maintenance CronJob in validators with its own ServiceAccount (no AWS role, no token mounted)",
        edit: r => maintenanceJob(r),
    },
    {
        stack: "prod",
        name: "an IRSA role for ExternalDNS (kube-system/external-dns, aud sts) changing record sets of one hosted zone",
        edit: r => externalDnsRole(r),
    },
    {
        stack: "cross-account",
        name: "a permissions boundary on account B's instance role (sts:AssumeRole on the access role and its own log group only)",
        edit: r => instanceRoleBoundary(r),
    },
    {
        stack: "basil",
        name: "core EKS add-ons (coredns, kube-proxy, eks-pod-identity-agent) and vpc-cni on an IRSA role of its own (kube-system/aws-node, AmazonEKS_CNI_Policy)",
        readable: ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"],
        edit: r => basilAddons(r),
    },
    {
        stack: "basil",
        name: "a Gatekeeper ConstraintTemplate (rego, validating) and a K8sRequiredLabels constraint denying basil Deployments without an owner label",
        edit: r => gatekeeperLabels(r),
    },
    {
        stack: "prod",
        name: "an SSM StringList parameter publishing the three share keys' ARNs (configuration, not a secret)",
        edit: r => shareArnsParameter(r),
    },
    {
        stack: "basil",
        name: "a built-in ValidatingAdmissionPolicy (CEL) and binding denying basil pods whose images are not pinned by digest",
        edit: r => validatingPolicy(r),
    },
    {
        stack: "curity",
        name: "Application Auto Scaling of a Curity table's read capacity (target tracking, the DynamoDB service-linked role)",
        edit: r => curityTableScaling(r),
    },
];

const insecure: Case[] = [
    // Refused, but for the same reason as the pinned secure variant above (the pack draws no line between them).
    {
        stack: "dev",
        name: "the dead-letter queue's key and producer role without the kms:ViaService pin (the relay role Decrypts the key's ciphertexts directly)",
        edit: r => encryptedDlq(r, true),
        refused: /custody-event-relay/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the anti-slashing guard resource policy with an extra Allow of GetItem and Query to account 999999999999's root",
        edit: r =>
            tableGuard(r, [
                {
                    Sid: "Partner",
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                },
            ]),
        refused: /999999999999/,
    },
    {
        stack: "pod-identity",
        name: "the chained reporter's target role in account B also allowed kms:Decrypt on key/* of account B (share 2)",
        edit: r =>
            chainedReporter(r, [
                {
                    Sid: "Keys",
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: `arn:aws:kms:eu-central-1:${CUSTODY_B}:key/*`,
                },
            ]),
        refused: /custody-reporter/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "the AL2023 launch template requiring IMDSv2 with the hop limit left unset (the AMI's or account's default applies, not 1)",
        nodePolicies: true,
        edit: r => al2023Nodes(r, { httpEndpoint: "enabled", httpTokens: "required" }),
        refused: /identity-al2023/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "the Kyverno ClusterPolicy with a generate rule (generateExisting) binding edit in basil to group basil-team (pods with basil-agent)",
        edit: r => kyvernoPolicy(r, true),
        refused: /kyverno|require-non-root/i,
    },
    {
        stack: "dev",
        name: "a Role in validators letting the maintenance ServiceAccount create pods there (a pod naming containment-chamber)",
        edit: r => {
            maintenanceJob(r);
            rbacRole(
                r,
                "maintenance-pods",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
                "validators",
            );
            bindSa(r, "maintenance-pods", "Role", "validators", "validators-maintenance", "validators");
        },
        refused: /validators-maintenance|maintenance-pods/,
        policy: EFFECTIVE,
    },
    // TokenRequest (Kubernetes API, "TokenRequest"): create on serviceaccounts/token names the audience, so the
    // maintenance SA mints a containment-chamber token for sts.amazonaws.com and calls AssumeRoleWithWebIdentity.
    {
        stack: "dev",
        name: "a Role in validators letting the maintenance ServiceAccount create serviceaccounts/token for containment-chamber (TokenRequest with audience sts.amazonaws.com)",
        edit: r => {
            maintenanceJob(r);
            rbacRole(
                r,
                "maintenance-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        resourceNames: ["containment-chamber"],
                        verbs: ["create"],
                    },
                ],
                "validators",
            );
            bindSa(r, "maintenance-token", "Role", "validators", "validators-maintenance", "validators");
        },
        refused: /validators-maintenance|maintenance-token/,
        policy: EFFECTIVE,
    },
    // Gatekeeper mutation (open-policy-agent.github.io/gatekeeper "Mutation": Assign sets any field at `location`,
    // including spec.containers[name:*].image): the broker's pods run an image of the mirror's choosing.
    {
        stack: "basil",
        name: "a Gatekeeper Assign mutation rewriting the image of every container of basil's pods (the broker runs another image)",
        edit: r => {
            gatekeeperLabels(r);
            gatekeeperImageAssign(r);
        },
        refused: /basil-mirror-image|mutations\.gatekeeper\.sh|Assign/,
    },
    // Looks read-only but is not: AmazonEKSAdminViewPolicy is get/list/watch on every resource (EKS user guide, "Review
    // access policy permissions"), nodes/proxy included, and `get nodes/proxy` authorizes the kubelet's exec/attach
    // over WebSocket GETs (Kubernetes "Kubelet authentication/authorization", get-nodes-proxy-warning;
    // kubernetes/kubernetes#136550, #119640): exec into the signer's pod is acting as containment-chamber.
    {
        stack: "pod-identity",
        name: "an EKS access entry for an IAM Identity Center audit role with AmazonEKSAdminViewPolicy on the whole cluster (get on nodes/proxy: the kubelet's exec over WebSocket)",
        edit: r => accessEntry(r, "AmazonEKSAdminViewPolicy", { type: "cluster" }),
        refused: /AWSReservedSSO_PlatformAudit[\s\S]*containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the auditor's access entry given AmazonEKSEditPolicy scoped to the validators namespace (creates pods as containment-chamber)",
        edit: r => accessEntry(r, "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["validators"] }),
        refused: /AWSReservedSSO_PlatformAudit/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a built-in MutatingAdmissionPolicy (v1beta1, ApplyConfiguration) rewriting basil pods' images to a mirror",
        edit: r => {
            validatingPolicy(r);
            mutatingPolicy(r);
        },
        refused: /basil-mirror|MutatingAdmissionPolicy/,
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 16 on secure variants (keys of their own, guard resource policies, role chaining, AL2023 nodes, network policies, autoscalers, admission policies, add-on roles) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runPack(c.stack, r, c));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runPack(c.stack, r, c), c.refused ?? /./, c.policy);
        });
    }
});
