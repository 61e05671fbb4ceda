// Red-team round 76 on over-refusals (fresh eyes): SECURE variants a platform team writes on the committed stacks,
// each class with insecure twins; routes not tried in redteam6x/7x-secure.
// Probed: (key policies) equal spellings of share-1's policy (one-element lists, statements reversed), Deny-only
// guards (ScheduleKeyDeletion unless break-glass, aws:SecureTransport false on every Basil key); twin an org-wide
// Allow kms:Decrypt; (tables) PITR, deletion protection, tags, a Deny-only TLS resource policy on the keystore; twins
// another account's GetItem by resource policy, dynamodb:ExportTableToPointInTime; (IAM) policy-audit, IAM hygiene
// (last accessed, Access Analyzer), CloudTrail settings, network (MFA/region conditions), ECR reads; a key-audit
// helper named in custody:operations reading share-1 and the tables' key by ARN; twins iam:PutRolePolicy,
// ec2:GetPasswordData, kms:ReEncryptFrom, kms:CreateGrant, cloudtrail:StopLogging; (Kubernetes) Prometheus
// ClusterRole without Secrets, a team admin Role naming its resources, a Deployment-only validating webhook, a
// ValidatingAdmissionPolicy; twins Prometheus with secrets, core `*` (own Namespace labels), pods create in
// validators, a mutating webhook on pods; (nodes) udev ATTR rules, coredump off, faillock, logrotate postrotate HUP,
// system.conf.d limits, the stock audit syslog plugin, a systemd timer, sudoers Defaults, sysstat, tmpfiles, banners;
// twins udev RUN+=, audit plugins.d path of a downloaded program, logrotate postrotate server, DefaultEnvironment.
// Results: insecure refused 15 of 17 twins; secure clean 27 of 28; plus 3 refusals by design pinned (key metadata
// reads by a role the model does not name; a named key-audit helper's reads on `*` instead of the assets' ARNs;
// a team Role with apiGroups `*`: unknown controllers' custom resources).
// Misses by class:
//   - INSECURE, node programs run as root by daemons from config no reader reads: udev rules RUN+= (udev(7)) and
//     auditd plugins.d `path` (auditd-plugins(5)); both accepted, a root program at every boot (2 cases;
//     rootWrites.ts judges neither directory).
//   - secure, AWS reads: ecr Describe*/ListImages refused (ecr is SECRET_BEARING for GetAuthorizationToken and its
//     metadata reads are not in READS_WITHOUT_SECRET) (1 case).
// Held: key/table Deny-only additions and equal spellings, operations.keyAudit by ARN, RBAC per-namespace scoping
// (incl. the namespaces-in-own-namespace relabel route), webhooks by rule, systemd/logrotate/sysctl/system.conf
// readers. Noted: a Secret read in validators is accepted (the stack creates no Secret there; IRSA tokens are
// projected); the audit plugin twin naming a WRITTEN server script is refused only for the script itself.
import { addStatements, describeVariants, doc, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { bind, k8s, k8sRole, namespace, serviceAccount } from "./variantBuilders";

const { node } = secureCaseBuilders("rt76s");
const file = heredocFile;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ADM = "admissionregistration.k8s.io";
/** What a refusal of a node's user data names. */
const NODE =
    /serv|process|unread|kubernetes|listen|writes|cron|program|environment|LD_|loader|preload|PATH|exec|kernel|setenv|boot|console|core|ssh|modprobe|unknown|librar|udev|logrotate/;

const ops = (
    stack: string,
    id: string,
    what: string,
    statements: object[],
    refused?: RegExp,
    skip?: string,
): StackCase => ({
    stack,
    name: `${refused ? "AI" : "A"}: ${id}: ${what}`,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

/** KMS key metadata reads (KMS API Reference: non-mutating, no plaintext). */
const KEY_AUDIT_READS = allow(
    ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListGrants", "kms:GetKeyRotationStatus"],
    "*",
);
/** An ops role of prod named in custody:operations as a key-audit helper on the shares and the tables key. */
const keyAudit = (id: string, what: string, statements: object[], refused?: RegExp, skip?: string): StackCase => ({
    ...ops("prod", id, what, statements, refused, skip),
    operations: [
        {
            name: "key-audit",
            subject: { principal: `arn:aws:iam::${ACCOUNT.prod}:role/platform-ops` },
            allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1", "signer.tablesKey"] }],
        },
    ],
});

type Doc = { Statement: Record<string, unknown>[] };
const editKey = (r: Resources, name: string, edit: (d: Doc) => void) => {
    const key = find(r, KEY, name);
    const d = JSON.parse(prop(key, "policy") as string) as Doc;
    edit(d);
    setProp(key, "policy", JSON.stringify(d));
};
const listify = (v: unknown) => (typeof v === "string" ? [v] : v);

const k = (stack: string, name: string, edit: (r: Resources) => void, refused?: RegExp, skip?: string): StackCase => ({
    stack,
    name: `${refused ? "KI" : "K"}: ${name}`,
    edit,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

/** A Prometheus ServiceAccount in monitoring, bound cluster-wide to a ClusterRole with `rules`. */
const prometheus = (r: Resources, rules: object[]) => {
    namespace(r, "monitoring");
    serviceAccount(r, "monitoring", "prometheus");
    k8sRole(r, "rt76s-prometheus", rules);
    bind(r, "rt76s-prometheus", { kind: "ClusterRole", name: "rt76s-prometheus" }, [
        { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" },
    ]);
};
const PROM_RULES = [
    {
        apiGroups: [""],
        resources: ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
        verbs: ["get", "list", "watch"],
    },
    { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
    { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
];

/** team-a's deployer ServiceAccount bound to a Role in `ns` with `rules`. */
const teamRole = (r: Resources, ns: string, rules: object[]) => {
    namespace(r, "team-a");
    serviceAccount(r, "team-a", "deployer");
    k8sRole(r, "rt76s-team", rules, ns);
    bind(
        r,
        "rt76s-team",
        { kind: "Role", name: "rt76s-team" },
        [{ kind: "ServiceAccount", name: "deployer", namespace: "team-a" }],
        ns,
    );
};

const webhook = (r: Resources, kind: string, rules: object[], extra: Record<string, unknown> = {}) => {
    namespace(r, "policy");
    k8s(r, `kubernetes:${ADM}/v1:${kind}`, "rt76s-hook", {
        apiVersion: `${ADM}/v1`,
        kind,
        metadata: { name: "rt76s-hook" },
        webhooks: [
            {
                name: "rt76s-hook.example.com",
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name: "policy-hook", namespace: "policy", path: "/validate" } },
                rules,
                ...extra,
            },
        ],
    });
};

const CASES: StackCase[] = [
    // ================= KMS key policies spelled differently but equal =================
    // IAM JSON policy reference, "Element descriptions": Principal AWS, Action and Resource take a string or an
    // array of strings; statement order carries no meaning ("Policy evaluation logic": every statement evaluated).
    {
        stack: "prod",
        name: "P: share-1's key policy with every Principal.AWS/Action/Resource as one-element arrays, statements reversed",
        edit: r =>
            editKey(r, "signer-shares-share-1", d => {
                for (const s of d.Statement) {
                    const p = s.Principal as Record<string, unknown> | string | undefined;
                    if (p && typeof p === "object" && "AWS" in p) p.AWS = listify(p.AWS);
                    if (s.Action) s.Action = listify(s.Action);
                    if (s.Resource) s.Resource = listify(s.Resource);
                }
                d.Statement.reverse();
            }),
    },
    // KMS developer guide, "Key policies": an explicit Deny only removes permissions; "Best practices": deny
    // ScheduleKeyDeletion except a break-glass role.
    {
        stack: "prod",
        name: "P: share-1's key policy gains a Deny kms:ScheduleKeyDeletion/DisableKey unless break-glass",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "DenyDeletionExceptBreakGlass",
                Effect: "Deny",
                Principal: "*",
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT.prod}:role/break-glass` } },
            }),
    },
    {
        stack: "basil",
        name: "P: every Basil key's policy gains Deny * when aws:SecureTransport is false",
        edit: r => {
            for (const key of r.filter(x => x.type === KEY))
                addStatements(key, "policy", {
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:*",
                    Resource: "*",
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                });
        },
    },
    // IAM condition keys, aws:PrincipalOrgID: every principal of every account in the organization.
    {
        stack: "prod",
        name: "PI: share-1's key policy Allows * kms:Decrypt for aws:PrincipalOrgID",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "OrgDecrypt",
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123def4" } },
            }),
        refused: /share-1|Decrypt|PrincipalOrgID|\*/,
    },

    // ================= DynamoDB =================
    // DynamoDB developer guide: point-in-time recovery, deletion protection and TTL are table settings, no access.
    {
        stack: "prod",
        name: "D: the keystore table with PITR, deletion protection and owner tags",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "pointInTimeRecovery", { enabled: true });
            setProp(t, "deletionProtectionEnabled", true);
            setProp(t, "tags", { ...((prop(t, "tags") as Record<string, string>) ?? {}), Owner: "signer" });
        },
    },
    // DynamoDB API Reference, ExportTableToPointInTime: writes the table's items to an S3 bucket the caller names.
    ops(
        "prod",
        "rt76s-ddb-export",
        "dynamodb:DescribeTable, ExportTableToPointInTime on *",
        [allow(["dynamodb:DescribeTable", "dynamodb:ExportTableToPointInTime"], "*")],
        /ExportTableToPointInTime|rt76s-ddb-export/,
    ),

    // DynamoDB developer guide, "Resource-based policies": a Deny only removes; aws:SecureTransport false never holds
    // for DynamoDB's HTTPS-only endpoints, so the policy changes nothing anyone may do.
    {
        stack: "prod",
        name: "D: a resource policy on the keystore table: Deny dynamodb:* when aws:SecureTransport is false",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const arn = prop(t, "arn") as string;
            beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt76s-keystore-tls", {
                resourceArn: arn,
                policy: doc({
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "dynamodb:*",
                    Resource: [arn, `${arn}/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                }),
            });
        },
    },
    {
        stack: "prod",
        name: "DI: the keystore's resource policy Allows another account's root dynamodb:GetItem",
        edit: r => {
            const arn = prop(find(r, TABLE, "signer-tables-keystore"), "arn") as string;
            beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt76s-keystore-x", {
                resourceArn: arn,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999988887777:root" },
                    Action: "dynamodb:GetItem",
                    Resource: arn,
                }),
            });
        },
        refused: /keystore|999988887777|GetItem/,
    },
    // IAM API Reference, GenerateServiceLastAccessedDetails/GetServiceLastAccessedDetails: which services a principal
    // last used and when; IAM Access Analyzer API Reference, ListAnalyzers/ListFindings: findings name resources
    // shared outside the zone of trust (principals, actions, conditions), no credential.
    ops("prod", "rt76s-iam-hygiene", "iam last-accessed details, access-analyzer ListAnalyzers/ListFindings", [
        allow(
            [
                "iam:GenerateServiceLastAccessedDetails",
                "iam:GetServiceLastAccessedDetails",
                "iam:ListRoles",
                "access-analyzer:ListAnalyzers",
                "access-analyzer:ListFindings",
            ],
            "*",
        ),
    ]),
    // CloudTrail API Reference, DescribeTrails/GetTrailStatus/GetEventSelectors: trail settings (bucket, key ARN,
    // selectors), not events.
    ops("basil", "rt76s-trail-audit", "cloudtrail:DescribeTrails, GetTrailStatus, GetEventSelectors", [
        allow(["cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors"], "*"),
    ]),
    // CloudTrail API Reference, StopLogging: the custody keys' Decrypt calls stop being recorded (not an access
    // difference in the model; pinned here as what the pack does with a trail write beside the audit reads).
    ops(
        "basil",
        "rt76s-trail-stop",
        "the trail audit role with cloudtrail:StopLogging, DeleteTrail",
        [allow(["cloudtrail:DescribeTrails", "cloudtrail:StopLogging", "cloudtrail:DeleteTrail"], "*")],
        /StopLogging|DeleteTrail|rt76s-trail-stop/,
    ),

    // ================= IAM audit roles =================
    // IAM API Reference, GetRolePolicy/GetPolicyVersion: policy documents; KMS API Reference, GetKeyPolicy, ListGrants,
    // DescribeKey, GetKeyRotationStatus: key metadata and policy text. No key use, no secret.
    ops("prod", "rt76s-policy-audit", "iam:GetRole/GetRolePolicy/ListAttachedRolePolicies/GetPolicyVersion", [
        allow(
            [
                "iam:GetRole",
                "iam:GetRolePolicy",
                "iam:ListRolePolicies",
                "iam:ListAttachedRolePolicies",
                "iam:GetPolicy",
                "iam:GetPolicyVersion",
            ],
            "*",
        ),
    ]),
    // Refused by design (pinned, not a miss): README "custody model" table, operations.keyAudit: key metadata reads
    // that reach a share key are allowed only to a principal the stack names as a key-audit operation.
    ops(
        "prod",
        "rt76s-key-audit",
        "kms:GetKeyPolicy/ListGrants/DescribeKey/GetKeyRotationStatus on * (no key-audit operation named: by design)",
        [KEY_AUDIT_READS],
        /rt76s-key-audit.*no workload/,
    ),
    // Refused by design (pinned, not a miss): README "Enforcement" (a wildcard on a custody asset is refused): even
    // a named key-audit helper must name share-1 and the tables' key by ARN; on `*` the grant is judged wider than
    // the model though it reaches only the two keys its entries allow.
    keyAudit(
        "rt76s-key-audit",
        "the same role named as custody:operations key-audit, its reads on * (refused by design: exact ARNs)",
        [KEY_AUDIT_READS],
        /rt76s-key-audit.*not in workload key-audit's allow entries/,
    ),
    {
        ...keyAudit("rt76s-key-audit", "the named key-audit role reading share-1 and the tables' key by ARN", []),
        edit: (r: Resources) =>
            opsRole(r, "prod", ACCOUNT.prod, "rt76s-key-audit", [
                allow(KEY_AUDIT_READS.Action, [
                    prop(find(r, KEY, "signer-shares-share-1"), "arn") as string,
                    prop(find(r, KEY, "signer-tables-cmk"), "arn") as string,
                ]),
            ]),
    },
    keyAudit(
        "rt76s-key-audit",
        "the named key-audit role with kms:CreateGrant too",
        [allow(["kms:DescribeKey", "kms:GetKeyPolicy", "kms:CreateGrant"], "*")],
        /CreateGrant|rt76s-key-audit/,
    ),
    ops(
        "prod",
        "rt76s-policy-audit-put",
        "the policy audit role with iam:PutRolePolicy",
        [allow(["iam:GetRolePolicy", "iam:PutRolePolicy"], "*")],
        /PutRolePolicy|rt76s-policy-audit-put/,
    ),
    // EC2 API Reference, DescribeSecurityGroups/Vpcs/Subnets/RouteTables: network metadata; IAM condition keys
    // aws:MultiFactorAuthPresent, aws:RequestedRegion only narrow the grant.
    ops("dev", "rt76s-netops", "ec2:Describe{SecurityGroups,Vpcs,Subnets,RouteTables} with MFA + region conditions", [
        allow(
            ["ec2:DescribeSecurityGroups", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeRouteTables"],
            "*",
            {
                Condition: {
                    Bool: { "aws:MultiFactorAuthPresent": "true" },
                    StringEquals: { "aws:RequestedRegion": "eu-west-1" },
                },
            },
        ),
    ]),
    // EC2 API Reference, GetPasswordData: the encrypted Windows Administrator password.
    ops(
        "dev",
        "rt76s-netops-pw",
        "the network role with ec2:GetPasswordData",
        [allow(["ec2:DescribeVpcs", "ec2:GetPasswordData"], "*")],
        /GetPasswordData|rt76s-netops-pw/,
    ),
    // Was a MISS (fixed in round 76): (secure) ECR API Reference: DescribeRepositories (Repository: ARN, URI, scan/encryption settings),
    // DescribeImages (ImageDetail: digest, tags, size, push time, scan summary), ListImages (ImageIdentifier: digest,
    // tag), DescribeImageScanFindings (CVE findings of an image): metadata, no credential (the registry token is
    // GetAuthorizationToken; image content BatchGetImage/GetDownloadUrlForLayer). An attacker learns image tags and
    // CVEs, no custody power. Refused: "no workload of the custody model has this identity" because ecr is in
    // SECRET_BEARING_SERVICES (judge.ts, for GetAuthorizationToken) and none of the four is in READS_WITHOUT_SECRET
    // (judge.ts isHarmlessRead). Fix: READS_WITHOUT_SECRET ecr:describerepositories, describeimages, listimages,
    // describeimagescanfindings (not GetAuthorizationToken, BatchGetImage, GetDownloadUrlForLayer,
    // GetRepositoryPolicy is harmless too but review).
    ops("dev", "rt76s-ecr", "ecr:DescribeRepositories, DescribeImages, ListImages, DescribeImageScanFindings", [
        allow(
            ["ecr:DescribeRepositories", "ecr:DescribeImages", "ecr:ListImages", "ecr:DescribeImageScanFindings"],
            "*",
        ),
    ]),
    // Neighbours (round 76): ECR API Reference, GetAuthorizationToken: "a base64-encoded authorization token" valid
    // 12 hours for docker login; BatchGetImage: the image manifest; GetDownloadUrlForLayer: "the pre-signed Amazon S3
    // download URL" of a layer (the image content).
    ops(
        "dev",
        "rt76s-ecr-token",
        "ecr:DescribeImages, GetAuthorizationToken",
        [allow(["ecr:DescribeImages", "ecr:GetAuthorizationToken"], "*")],
        /GetAuthorizationToken|rt76s-ecr-token/,
    ),
    ops(
        "dev",
        "rt76s-ecr-pull",
        "ecr:ListImages, BatchGetImage, GetDownloadUrlForLayer",
        [allow(["ecr:ListImages", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], "*")],
        /BatchGetImage|GetDownloadUrlForLayer|rt76s-ecr-pull/,
    ),
    ops(
        "dev",
        "rt76s-ecr-star",
        "ecr:DescribeRepositories, ecr:Get* (GetAuthorizationToken among it)",
        [allow(["ecr:DescribeRepositories", "ecr:Get*"], "*")],
        /ecr|Get|rt76s-ecr-star/,
    ),
    // KMS developer guide, "ReEncrypt": ReEncryptFrom on the source key decrypts a ciphertext inside KMS and
    // re-encrypts it under a key the caller controls, so the caller then decrypts the share with its own key.
    ops(
        "prod",
        "rt76s-kms-reencrypt",
        "kms:DescribeKey, ReEncryptFrom on *",
        [allow(["kms:DescribeKey", "kms:ReEncryptFrom"], "*")],
        /ReEncrypt|rt76s-kms-reencrypt/,
    ),

    // ================= Kubernetes =================
    // Kubernetes docs, "Using RBAC Authorization": a ClusterRole without secrets grants no Secret read;
    // nonResourceURLs only API server paths.
    k("prod", "a Prometheus ClusterRole (nodes, nodes/metrics, pods, endpoints, /metrics), no Secrets", r =>
        prometheus(r, PROM_RULES),
    ),
    k(
        "prod",
        "the Prometheus ClusterRole with secrets get/list",
        r => prometheus(r, [...PROM_RULES, { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }]),
        /secret|prometheus|monitoring/,
    ),
    // A Role and RoleBinding grant only inside their own namespace (RBAC docs, "Role and ClusterRole").
    // Refused by design (pinned, not a miss): README (Kubernetes RBAC): `*` on every API group includes custom
    // resources of controllers the pack does not know (Flux, Argo CD, Velero ...), which act cluster-wide as
    // themselves; a Role naming the groups it needs is judged per group (next case).
    k(
        "prod",
        "team-a's deployer: apiGroups * resources * in team-a (refused by design: unknown controllers' CRDs)",
        r => teamRole(r, "team-a", [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }]),
        /team-a\/deployer.*controller/,
    ),
    // Refused (right, pinned): resources `*` of the core group include `namespaces`; the API server's RequestInfo
    // gives /api/v1/namespaces/team-a the namespace team-a (k8s.io/apiserver endpoints/request/requestinfo.go), so a
    // Role in team-a with update on namespaces rewrites team-a's own pod-security.kubernetes.io labels (Kubernetes
    // docs, "Pod Security Admission": the level is a namespace label) and runs a privileged pod on a validators node.
    k(
        "prod",
        "team-a's deployer: core/apps/batch/networking resources * in team-a (includes its own Namespace's labels)",
        r =>
            teamRole(r, "team-a", [
                {
                    apiGroups: ["", "apps", "batch", "networking.k8s.io", "autoscaling", "policy"],
                    resources: ["*"],
                    verbs: ["*"],
                },
            ]),
        /team-a\/deployer.*relabel/,
    ),
    // The same team admin naming its resources (no namespaces, no RBAC): Secrets, pods/exec, workloads of team-a.
    k("prod", "team-a's deployer: named workload resources incl. secrets, pods/exec in team-a only", r =>
        teamRole(r, "team-a", [
            {
                apiGroups: [""],
                resources: ["pods", "pods/log", "pods/exec", "services", "configmaps", "secrets", "serviceaccounts"],
                verbs: ["*"],
            },
            {
                apiGroups: ["apps", "batch"],
                resources: ["deployments", "statefulsets", "replicasets", "jobs", "cronjobs"],
                verbs: ["*"],
            },
        ]),
    ),
    // Kubernetes docs, "RBAC Good Practices" (Workload creation): whoever creates pods in a namespace can run them
    // as any ServiceAccount of that namespace, so as validators/containment-chamber (the signer's IRSA role).
    k(
        "prod",
        "team-a's deployer bound to a Role creating pods in validators",
        r => teamRole(r, "validators", [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }]),
        /deployer|team-a|validators/,
    ),
    // Accepted and held (not a miss): the stack creates no Secret in validators (IRSA tokens are projected, never
    // Secret objects: EKS user guide "IAM roles for service accounts"), so a Secret read there reaches no custody
    // asset the pack knows of.
    k("prod", "team-a's deployer: get secrets in validators (the stack has no Secret there)", r =>
        teamRole(r, "validators", [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }]),
    ),
    // Kubernetes docs, "Dynamic Admission Control": a webhook receives only the objects its rules match.
    k("prod", "a validating webhook on apps/deployments only", r =>
        webhook(r, "ValidatingWebhookConfiguration", [
            {
                apiGroups: ["apps"],
                apiVersions: ["v1"],
                operations: ["CREATE", "UPDATE"],
                resources: ["deployments"],
                scope: "Namespaced",
            },
        ]),
    ),
    // A mutating webhook on Pods rewrites the validators' pod specs (adds a container, a hostPath, env).
    k(
        "prod",
        "a mutating webhook on every pod CREATE (validators' pods included)",
        r =>
            webhook(r, "MutatingWebhookConfiguration", [
                {
                    apiGroups: [""],
                    apiVersions: ["v1"],
                    operations: ["CREATE"],
                    resources: ["pods"],
                    scope: "Namespaced",
                },
            ]),
        /webhook|mutat|rt76s-hook|pod/,
    ),
    // Kubernetes docs, "Validating Admission Policy": CEL evaluated inside the API server, no external endpoint.
    k("prod", "a ValidatingAdmissionPolicy requiring runAsNonRoot, bound cluster-wide", r => {
        k8s(r, `kubernetes:${ADM}/v1:ValidatingAdmissionPolicy`, "rt76s-vap", {
            apiVersion: `${ADM}/v1`,
            kind: "ValidatingAdmissionPolicy",
            metadata: { name: "rt76s-nonroot" },
            spec: {
                failurePolicy: "Fail",
                matchConstraints: {
                    resourceRules: [
                        { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] },
                    ],
                },
                validations: [{ expression: "object.spec.securityContext.runAsNonRoot == true" }],
            },
        });
        k8s(r, `kubernetes:${ADM}/v1:ValidatingAdmissionPolicyBinding`, "rt76s-vapb", {
            apiVersion: `${ADM}/v1`,
            kind: "ValidatingAdmissionPolicyBinding",
            metadata: { name: "rt76s-nonroot" },
            spec: { policyName: "rt76s-nonroot", validationActions: ["Deny"] },
        });
    }),

    // ================= Node user data =================
    // udev(7): ATTR{key}="value" writes a sysfs attribute; RUN+= runs a program as root on every matching event.
    node("udev-scheduler", "/etc/udev/rules.d/60-nvme.rules: scheduler none, udevadm trigger", [
        ...file("/etc/udev/rules.d/60-nvme.rules", [
            'ACTION=="add|change", KERNEL=="nvme[0-9]*n[0-9]*", ATTR{queue/scheduler}="none"',
        ]),
        "udevadm control --reload-rules && udevadm trigger --subsystem-match=block",
    ]),
    // Was a MISS (fixed in round 76): udev(7) RUN{type}: "Add a program to the list of programs to be executed after processing all the rules
    // for a specific event" (run by systemd-udevd as root; forked processes are killed after the event, so the rule
    // hands the server to systemd-run, a transient service in its own cgroup that outlives the event). Every nvme
    // add/change (udevadm trigger in the same script, every boot's coldplug) starts a root python3 http.server serving
    // /etc/kubernetes (the kubelet's kubeconfig/credentials) on 0.0.0.0:8001 to every pod. Accepted: no user-data
    // reader reads /etc/udev/rules.d (rootWrites.ts judges no udev file; only podSpec.ts lists /run/udev as a hostPath
    // node-owning mount). Fix: read rules files written under /etc/udev/rules.d, /run/udev/rules.d,
    // /usr/lib/udev/rules.d (and udevadm control --reload) and judge RUN/RUN{program}/PROGRAM/IMPORT{program} values as
    // root command lines (RUN{builtin} and ATTR/ENV/SYMLINK/OPTIONS/GOTO/LABEL assignments are data); an unreadable
    // rules file refused.
    node(
        "udev-run",
        "/etc/udev/rules.d/60-nvme.rules: RUN+= systemd-run of a server of /etc/kubernetes",
        [
            ...file("/etc/udev/rules.d/60-nvme.rules", [
                'ACTION=="add", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/usr/bin/systemd-run --unit=nvme-hook /usr/bin/python3 -m http.server 8001 -d /etc/kubernetes"',
            ]),
            "udevadm control --reload-rules && udevadm trigger --subsystem-match=block",
        ],
        NODE,
    ),
    // Neighbours (round 76): udev(7) RUN{program} of a literal harmless program (logger), a substitution as its
    // argument (%k: words the pack cannot know, for logger only text), RUN{builtin} (a builtin of udevd, no program).
    node("udev-run-logger", "/etc/udev/rules.d/60-nvme.rules: RUN+= /usr/bin/logger of the new device", [
        ...file("/etc/udev/rules.d/60-nvme.rules", [
            'ACTION=="add", KERNEL=="nvme[0-9]*n[0-9]*", ATTR{queue/scheduler}="none", RUN+="/usr/bin/logger -t nvme-hook added %k"',
            'SUBSYSTEM=="net", ACTION=="add", RUN{builtin}+="net_id", SYMLINK+="disk/ops/%k", OPTIONS+="link_priority=10"',
        ]),
        "udevadm control --reload-rules && udevadm trigger --subsystem-match=block",
    ]),
    node(
        "udev-program-server",
        "/run/udev/rules.d/60-nvme.rules: PROGRAM= a shell serving /etc/kubernetes",
        [
            ...file("/run/udev/rules.d/60-nvme.rules", [
                'KERNEL=="nvme0n1", PROGRAM="/bin/sh -c \'cd /etc/kubernetes && exec python3 -m http.server 8001\'"',
            ]),
        ],
        NODE,
    ),
    node(
        "udev-import-relative",
        "/usr/lib/udev/rules.d/99-ops.rules: IMPORT{program}= ops-id (/usr/lib/udev/ops-id, a written shell listener)",
        [
            ...file("/usr/lib/udev/ops-id", ["#!/bin/sh", "exec /usr/bin/socat TCP-LISTEN:4444,fork EXEC:/bin/sh"]),
            "chmod 0755 /usr/lib/udev/ops-id",
            ...file("/usr/lib/udev/rules.d/99-ops.rules", ['SUBSYSTEM=="block", IMPORT{program}="ops-id %k"']),
        ],
        NODE,
    ),
    node(
        "udev-run-data",
        "/etc/udev/rules.d/99-ops.rules: RUN+= /data/hooks/nvme (a directory pods may write)",
        [...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", KERNEL=="nvme*", RUN+="/data/hooks/nvme %k"'])],
        NODE,
    ),
    node(
        "udev-rules-curl",
        "/etc/udev/rules.d/99-ops.rules fetched with curl",
        [
            "curl -fsSL https://ops.example.com/99-ops.rules -o /etc/udev/rules.d/99-ops.rules",
            "udevadm control --reload",
        ],
        NODE,
    ),
    node(
        "udev-run-substituted-program",
        "/etc/udev/rules.d/99-ops.rules: RUN+= a program named by a udev substitution ($env{HOOK})",
        [...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", RUN+="$env{HOOK} %k"'])],
        NODE,
    ),
    node(
        "udev-env-preload",
        "/etc/udev/rules.d/99-ops.rules: ENV{LD_PRELOAD}= for the programs udev runs",
        [...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", ENV{LD_PRELOAD}="/opt/ops/hook.so"'])],
        NODE,
    ),
    // coredump.conf(5): Storage=none, ProcessSizeMax=0 keep no core dumps.
    node("coredump-off", "/etc/systemd/coredump.conf.d/50-off.conf: Storage=none, ProcessSizeMax=0", [
        "mkdir -p /etc/systemd/coredump.conf.d",
        ...file("/etc/systemd/coredump.conf.d/50-off.conf", ["[Coredump]", "Storage=none", "ProcessSizeMax=0"]),
    ]),
    // faillock.conf(5): deny, unlock_time.
    node("faillock", "/etc/security/faillock.conf: deny=5 unlock_time=900", [
        "sed -i -e 's/^# *deny = .*/deny = 5/' -e 's/^# *unlock_time = .*/unlock_time = 900/' /etc/security/faillock.conf",
    ]),
    // logrotate(8): postrotate/endscript lines are run by /bin/sh as root after rotation.
    node("logrotate-hup", "/etc/logrotate.d/ops: daily, rotate 14, postrotate systemctl kill -s HUP rsyslog", [
        ...file("/etc/logrotate.d/ops", [
            "/var/log/ops/*.log {",
            "    daily",
            "    rotate 14",
            "    compress",
            "    missingok",
            "    sharedscripts",
            "    postrotate",
            "        /usr/bin/systemctl kill -s HUP rsyslog.service >/dev/null 2>&1 || true",
            "    endscript",
            "}",
        ]),
    ]),
    node(
        "logrotate-serve",
        "/etc/logrotate.d/ops: postrotate serving /etc/kubernetes",
        [
            ...file("/etc/logrotate.d/ops", [
                "/var/log/ops/*.log {",
                "    daily",
                "    postrotate",
                "        cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &",
                "    endscript",
                "}",
            ]),
        ],
        NODE,
    ),
    // systemd-system.conf(5): DefaultLimitNOFILE= is a resource limit; DefaultEnvironment= sets every unit's env.
    node("system-conf-nofile", "/etc/systemd/system.conf.d/50-limits.conf: DefaultLimitNOFILE=65536", [
        "mkdir -p /etc/systemd/system.conf.d",
        ...file("/etc/systemd/system.conf.d/50-limits.conf", ["[Manager]", "DefaultLimitNOFILE=65536:524288"]),
        "systemctl daemon-reexec",
    ]),
    node(
        "system-conf-env",
        "/etc/systemd/system.conf.d/50-limits.conf: DefaultEnvironment=LD_PRELOAD",
        [
            "mkdir -p /etc/systemd/system.conf.d",
            ...file("/etc/systemd/system.conf.d/50-limits.conf", [
                "[Manager]",
                "DefaultLimitNOFILE=65536",
                "DefaultEnvironment=LD_PRELOAD=/opt/ops/hook.so",
            ]),
        ],
        NODE,
    ),
    // auditd-plugins(5): "path" is the absolute path of the plugin executable auditd starts (as root) when "active =
    // yes"; the stock syslog plugin is /sbin/audisp-syslog.
    node("audit-plugin-syslog", "/etc/audit/plugins.d/syslog.conf: active = yes (stock /sbin/audisp-syslog)", [
        ...file("/etc/audit/plugins.d/syslog.conf", [
            "active = yes",
            "direction = out",
            "path = /sbin/audisp-syslog",
            "type = always",
            "args = LOG_INFO",
            "format = string",
        ]),
        "service auditd restart",
    ]),
    // Refused, but for the written script itself (the pack reads a written script serving /etc/kubernetes as a
    // command the user data runs), not for the plugin line: see audit-plugin-download for the plugin route alone.
    node(
        "audit-plugin-server",
        "/etc/audit/plugins.d/ops.conf: path = a written script serving /etc/kubernetes",
        [
            "mkdir -p /opt/ops",
            ...file("/opt/ops/audit-hook", ["#!/bin/sh", "cd /etc/kubernetes && exec python3 -m http.server 8001"]),
            "chmod 0755 /opt/ops/audit-hook",
            ...file("/etc/audit/plugins.d/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /opt/ops/audit-hook",
                "type = always",
                "format = string",
            ]),
            "service auditd restart",
        ],
        NODE,
    ),
    // Was a MISS (decided in round 76): auditd-plugins(5): "path: This is the absolute path to the plugin executable" which auditd starts as its
    // (root) child when "active = yes" and "type = always", at every auditd start (audispd-pconfig.h MAX_PLUGIN_ARGS
    // 2: at most two args, so a plugin is a program file). Here a program fetched at boot and never run by the script
    // itself: auditd runs it as root on every node, so whoever serves ops.example.com/audit-hook (or alters it in
    // transit/at rest) runs code as root on the node, reads /etc/kubernetes and every pod token: the same gain as a
    // unit's ExecStart of a downloaded program. Accepted: no user-data reader reads /etc/audit/plugins.d (rootWrites.ts
    // judges no audit plugin file; the download alone is accepted, pinned by download-unrun below, as it should be).
    // Fix: read /etc/audit/plugins.d/*.conf (and auditd.conf plugin_dir) written by the user data; an active
    // type=always plugin's `path` + `args` is a root program run at boot, judged as a unit's ExecStart (the stock
    // /sbin/audisp-syslog, /sbin/audisp-remote, /sbin/audisp-af_unix accepted; builtin_af_unix is data).
    // DECIDED (round 76): accepted. The fix is made (RootReads.auditPlugin reads active plugins' path + args as a
    // root command line, as a unit's ExecStart), but the pack's threat model (README "node user data", DECIDED round
    // 69: "the operator's own downloads are trusted") accepts a downloaded program run as root whatever starts it: a
    // unit's ExecStart, a cron job or the user data itself running /opt/ops/audit-hook are all accepted (checked in
    // round 76), so the plugin route gives nothing those do not. What is refused is what the plugin's program does when
    // the pack can read it (audit-plugin-server, audit-plugin-activated), a program pods may write (audit-plugin-data)
    // and a plugins.d file the pack cannot read (audit-plugin-curl).
    node(
        "audit-plugin-download",
        "/etc/audit/plugins.d/ops.conf: path = /opt/ops/audit-hook, downloaded (auditd runs it as root)",
        [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/audit-hook -o /opt/ops/audit-hook",
            "chmod 0755 /opt/ops/audit-hook",
            ...file("/etc/audit/plugins.d/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /opt/ops/audit-hook",
                "type = always",
                "format = string",
            ]),
            "service auditd restart",
        ],
    ),
    // Neighbours (round 76): auditd-plugins(5) "active = no" starts nothing (the downloaded program named by an
    // inactive plugin is data); the builtin af_unix plugin (type = builtin, path its internal name); the stock
    // /sbin/audisp-remote; a plugins.d file fetched; socat (a shell listener by its two args) activated by sed -i.
    node("audit-plugin-inactive", "/etc/audit/plugins.d/ops.conf: active = no (the downloaded program never started)", [
        "mkdir -p /opt/ops",
        "curl -fsSL https://ops.example.com/audit-hook -o /opt/ops/audit-hook",
        ...file("/etc/audit/plugins.d/ops.conf", [
            "active = no",
            "direction = out",
            "path = /opt/ops/audit-hook",
            "type = always",
            "format = string",
        ]),
    ]),
    node("audit-plugin-af-unix", "/etc/audit/plugins.d/af_unix.conf: active = yes, type = builtin, builtin_af_unix", [
        ...file("/etc/audit/plugins.d/af_unix.conf", [
            "active = yes",
            "direction = out",
            "path = builtin_af_unix",
            "type = builtin",
            "args = 0640 /var/run/audispd_events",
            "format = string",
        ]),
    ]),
    node("audit-plugin-remote", "/etc/audisp/plugins.d/au-remote.conf: active = yes (stock /sbin/audisp-remote)", [
        ...file("/etc/audisp/plugins.d/au-remote.conf", [
            "active = yes",
            "direction = out",
            "path = /sbin/audisp-remote",
            "type = always",
            "format = string",
        ]),
    ]),
    node(
        "audit-plugin-curl",
        "/etc/audit/plugins.d/ops.conf fetched with curl",
        ["curl -fsSL https://ops.example.com/ops.conf -o /etc/audit/plugins.d/ops.conf", "service auditd restart"],
        NODE,
    ),
    node(
        "audit-plugin-socat",
        "/etc/audisp/plugins.d/ops.conf: active = yes, path = /usr/bin/socat, args = a shell listener",
        [
            ...file("/etc/audisp/plugins.d/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /usr/bin/socat",
                "type = always",
                "args = TCP-LISTEN:4444,fork EXEC:/bin/sh",
            ]),
        ],
        NODE,
    ),
    node(
        "audit-plugin-activated",
        "/etc/audit/plugins.d/ops.conf: inactive plugin path = /usr/bin/socat, args a shell listener, then sed -i active",
        [
            ...file("/etc/audit/plugins.d/ops.conf", [
                "active = no",
                "path = /usr/bin/socat",
                "type = always",
                "args = TCP-LISTEN:4444,fork EXEC:/bin/sh",
            ]),
            "sed -i 's/^active = no/active = yes/' /etc/audit/plugins.d/ops.conf",
        ],
        NODE,
    ),
    node(
        "audit-plugin-data",
        "/etc/audit/plugins.d/ops.conf: path = /srv/ops/audit-hook (a directory pods may write)",
        [
            ...file("/etc/audit/plugins.d/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /srv/ops/audit-hook",
                "type = always",
            ]),
        ],
        NODE,
    ),
    // Pin: the download alone (never run, named by no plugin) accepted?
    node("download-unrun", "curl -o /opt/ops/audit-hook (downloaded, never run, no plugin)", [
        "mkdir -p /opt/ops",
        "curl -fsSL https://ops.example.com/audit-hook -o /opt/ops/audit-hook",
        "chmod 0755 /opt/ops/audit-hook",
    ]),
    // systemd.timer(5)/systemd.service(5): a timer starting a oneshot cleanup service.
    node("timer-cleanup", "ops-cleanup.timer + .service: find /var/log/ops -mtime +30 -delete daily", [
        ...file("/etc/systemd/system/ops-cleanup.service", [
            "[Unit]",
            "Description=Clean old ops logs",
            "[Service]",
            "Type=oneshot",
            "ExecStart=/usr/bin/find /var/log/ops -type f -mtime +30 -delete",
        ]),
        ...file("/etc/systemd/system/ops-cleanup.timer", [
            "[Unit]",
            "Description=Daily ops log cleanup",
            "[Timer]",
            "OnCalendar=daily",
            "Persistent=true",
            "[Install]",
            "WantedBy=timers.target",
        ]),
        "systemctl daemon-reload && systemctl enable --now ops-cleanup.timer",
    ]),
    // sudoers(5): Defaults use_pty, logfile: how sudo runs and logs, no rule granting anyone anything.
    node("sudoers-defaults", "/etc/sudoers.d/50-hardening: Defaults use_pty, logfile; visudo -c", [
        ...file("/etc/sudoers.d/50-hardening", ["Defaults use_pty", 'Defaults logfile="/var/log/sudo.log"']),
        "chmod 0440 /etc/sudoers.d/50-hardening",
        "visudo -cf /etc/sudoers.d/50-hardening",
    ]),
    node("sysstat", "dnf install -y sysstat; systemctl enable --now sysstat", [
        "dnf install -y sysstat",
        "systemctl enable --now sysstat",
    ]),
    // tmpfiles.d(5): `d PATH MODE USER GROUP AGE` creates and ages a directory.
    node("tmpfiles-d", "/etc/tmpfiles.d/ops.conf: d /var/log/ops 0750 root root 30d", [
        "echo 'd /var/log/ops 0750 root root 30d' > /etc/tmpfiles.d/ops.conf",
        "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
    ]),
    node("issue-banner", "/etc/issue.net and /etc/motd banners", [
        "echo 'Authorized use only. Activity is logged.' | tee /etc/issue.net /etc/motd >/dev/null",
    ]),
];

describeVariants(
    "red team 76: secure variants of the committed stacks and their insecure twins",
    CASES.filter(c => c.refused),
    CASES.filter(c => !c.refused),
);
