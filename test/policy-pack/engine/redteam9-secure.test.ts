// Red-team round 9 (fresh eyes) on false refusals, across all seven committed stacks: what a careful platform team
// legitimately adds or changes around the custody workloads (External Secrets reading a non-custody secret, Velero
// backing up a non-custody namespace, GitOps controllers confined to non-custody namespaces, log shipping, PDBs and
// FQDN network policies, key-policy and table-policy guard Denies, STS endpoint policies, stricter conditions on the
// workloads' own grants, permission boundaries, operations helpers named through `custody:operations`, IRSA beside
// Pod Identity, first-preview unknowns). Plus insecure twins: the same helper made subtly dangerous.
//
// Secure variants the whole pack must accept; insecure ones it must refuse (with the path message it must name).
// A case the pack gets wrong is `skip` with a comment starting "MISS:" (why, and the document checked); set
// REDTEAM_ALL=1 to run them too.
// REDTEAM_ALL=1 to run them too.
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    addStatements,
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
import { bindSa, k8s, namespace, rbacRole, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const CUSTODY_B = "222222222222";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_A = "666666666666";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const PROD_SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const ACCESS_ROLE = `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`;
const MY_TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/my-table`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const SA = "kubernetes:core/v1:ServiceAccount";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";
const EFFECTIVE = "custody-effective-access";

// ---- builders.

/** An AWS resource through the provider of a resource of the stack (its first role unless `like` is given). */
function aws(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    like?: AnalyzerResourceInput,
): AnalyzerResourceInput {
    const base = like ?? r.find(x => x.type === ROLE);
    if (!base) throw new Error("no role in the fixture");
    const res = resourceLike(base, type, name, inputs);
    r.push(res);
    return res;
}

/** A stack role with these trust statements and one inline policy; returns its ARN. */
function role(
    r: Resources,
    account: string,
    name: string,
    trust: object[],
    statements: object[],
    like?: AnalyzerResourceInput,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            ...(statements.length > 0 ? { inlinePolicies: [{ name: "access", policy: doc(...statements) }] } : {}),
        },
        like,
    );
    return arn;
}

const irsaTrust = (issuer: string, account: string, namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

const restricted = {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

function deployment(r: Resources, name: string, namespace: string, sa: string, image: string): void {
    k8s(r, "kubernetes:apps/v1:Deployment", `${namespace}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    securityContext: { runAsNonRoot: true, runAsUser: 65532, fsGroup: 65532 },
                    containers: [{ name, image, securityContext: restricted }],
                },
            },
        },
    });
}

const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);

/** Replaces the statement `sid` of a JSON policy property. */
function editStatement(x: AnalyzerResourceInput, key: string, sid: string, edit: (s: any) => void): void {
    const d = JSON.parse(prop(x, key) as string) as { Statement: any[] };
    const s = d.Statement.find(st => st.Sid === sid);
    if (!s) throw new Error(`no statement ${sid}`);
    edit(s);
    setProp(x, key, JSON.stringify(d));
}

// ---- the model, as `npm run custody-model` writes it from a stack file with custody:operations.

type Case = {
    name: string;
    stack: string;
    /** Judge the first-preview fixture (computed outputs unknown). */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The custody:operations entries the stack file names (the generated model is used). */
    operations?: Record<string, unknown>[];
    /** A documented pack-config knob the team sets with the change. */
    config?: (c: PackConfig) => PackConfig;
    /** Insecure cases: the path message the refusal must name, and the policy (any when absent). */
    refused?: RegExp;
    policy?: string;
    /** A case the pack gets wrong: "MISS: <why>". */
    skip?: string;
};

const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const POD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0";
const SECURITY = "888888888888";
const SECURITY_AUDITOR = `arn:aws:iam::${SECURITY}:role/security-key-audit`;
const ACCOUNT_B = "777777777777";
const APP_SECRET = `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/db-credentials-AbCdEf`;
const BACKUP_BUCKET = "arn:aws:s3:::custody-dev-velero-backups";

// ---- shared pieces of the helpers and their twins.

/**
 * External Secrets Operator (external-secrets.io, "AWS Secrets Manager" + "AWS Access": IRSA of the controller's own
 * ServiceAccount): one non-custody secret synced into the apps namespace; its RBAC writes Secrets only in apps.
 */
function externalSecrets(r: Resources, secretArn: string, opts: { status?: boolean; crs?: boolean } = {}): void {
    namespace(r, "external-secrets");
    namespace(r, "apps");
    const arn = role(
        r,
        PRIMARY,
        "custody-dev-external-secrets",
        [irsaTrust(DEV_ISSUER, PRIMARY, "external-secrets", "external-secrets")],
        [
            {
                Sid: "ReadAppSecret",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                Resource: secretArn,
            },
        ],
    );
    serviceAccount(r, "external-secrets", "external-secrets", { "eks.amazonaws.com/role-arn": arn });
    rbacRole(r, "external-secrets-controller", [
        {
            apiGroups: ["external-secrets.io"],
            resources: ["secretstores", "clustersecretstores", "externalsecrets"],
            verbs: ["get", "list", "watch"],
        },
        ...(opts.status
            ? [
                  {
                      apiGroups: ["external-secrets.io"],
                      resources: ["externalsecrets/status", "secretstores/status"],
                      verbs: ["update", "patch"],
                  },
              ]
            : []),
        { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "list", "watch"] },
    ]);
    bindSa(r, "external-secrets-controller", "ClusterRole", "external-secrets", "external-secrets");
    rbacRole(
        r,
        "external-secrets-writer",
        [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch", "create", "update", "delete"] }],
        "apps",
    );
    bindSa(r, "external-secrets-writer", "Role", "external-secrets", "external-secrets", "apps");
    deployment(
        r,
        "external-secrets",
        "external-secrets",
        "external-secrets",
        "ghcr.io/external-secrets/external-secrets:v0.10.4",
    );
    if (!opts.crs) return;
    k8s(r, "kubernetes:external-secrets.io/v1beta1:SecretStore", "apps-aws", {
        apiVersion: "external-secrets.io/v1beta1",
        kind: "SecretStore",
        metadata: { name: "aws", namespace: "apps" },
        spec: { provider: { aws: { service: "SecretsManager", region: "eu-west-1" } } },
    });
    k8s(r, "kubernetes:external-secrets.io/v1beta1:ExternalSecret", "apps-db-credentials", {
        apiVersion: "external-secrets.io/v1beta1",
        kind: "ExternalSecret",
        metadata: { name: "db-credentials", namespace: "apps" },
        spec: {
            refreshInterval: "1h",
            secretStoreRef: { kind: "SecretStore", name: "aws" },
            target: { name: "db-credentials" },
            dataFrom: [{ extract: { key: "apps/db-credentials" } }],
        },
    });
}

/** Velero (vmware-tanzu/velero-plugin-for-aws README: IRSA, one bucket, EBS snapshots) backing up apps only. */
function velero(r: Resources, clusterAdmin = false, crs = false): void {
    namespace(r, "velero");
    const arn = role(
        r,
        PRIMARY,
        "custody-dev-velero",
        [irsaTrust(DEV_ISSUER, PRIMARY, "velero", "velero")],
        [
            {
                Sid: "Snapshots",
                Effect: "Allow",
                Action: [
                    "ec2:DescribeVolumes",
                    "ec2:DescribeSnapshots",
                    "ec2:CreateTags",
                    "ec2:CreateVolume",
                    "ec2:CreateSnapshot",
                    "ec2:DeleteSnapshot",
                ],
                Resource: "*",
            },
            {
                Sid: "BackupObjects",
                Effect: "Allow",
                Action: [
                    "s3:GetObject",
                    "s3:DeleteObject",
                    "s3:PutObject",
                    "s3:AbortMultipartUpload",
                    "s3:ListMultipartUploadParts",
                ],
                Resource: `${BACKUP_BUCKET}/*`,
            },
            { Sid: "BackupBucket", Effect: "Allow", Action: "s3:ListBucket", Resource: BACKUP_BUCKET },
        ],
    );
    serviceAccount(r, "velero", "velero", { "eks.amazonaws.com/role-arn": arn });
    if (clusterAdmin) {
        // The chart's default: a ClusterRoleBinding to cluster-admin.
        k8s(r, `${RBAC}:ClusterRoleBinding`, "velero-cluster-admin", {
            apiVersion: "rbac.authorization.k8s.io/v1",
            kind: "ClusterRoleBinding",
            metadata: { name: "velero" },
            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
            subjects: [{ kind: "ServiceAccount", name: "velero", namespace: "velero" }],
        });
    } else {
        rbacRole(r, "velero-cluster-read", [
            {
                apiGroups: ["", "apiextensions.k8s.io", "storage.k8s.io"],
                resources: ["namespaces", "persistentvolumes", "customresourcedefinitions", "storageclasses"],
                verbs: ["get", "list", "watch"],
            },
        ]);
        bindSa(r, "velero-cluster-read", "ClusterRole", "velero", "velero");
        rbacRole(r, "velero-server", [{ apiGroups: ["velero.io"], resources: ["*"], verbs: ["*"] }], "velero");
        bindSa(r, "velero-server", "Role", "velero", "velero", "velero");
        // Back up apps only: read there (restores into apps are run by hand, with their own grant).
        rbacRole(
            r,
            "velero-apps-backup",
            [{ apiGroups: ["*"], resources: ["*"], verbs: ["get", "list", "watch"] }],
            "apps",
        );
        bindSa(r, "velero-apps-backup", "Role", "velero", "velero", "apps");
    }
    deployment(r, "velero", "velero", "velero", "velero/velero:v1.14.1");
    if (!crs) return;
    k8s(r, "kubernetes:velero.io/v1:BackupStorageLocation", "velero-default", {
        apiVersion: "velero.io/v1",
        kind: "BackupStorageLocation",
        metadata: { name: "default", namespace: "velero" },
        spec: {
            provider: "aws",
            objectStorage: { bucket: "custody-dev-velero-backups" },
            config: { region: "eu-west-1" },
        },
    });
    k8s(r, "kubernetes:velero.io/v1:Schedule", "velero-apps-daily", {
        apiVersion: "velero.io/v1",
        kind: "Schedule",
        metadata: { name: "apps-daily", namespace: "velero" },
        spec: { schedule: "0 3 * * *", template: { includedNamespaces: ["apps"], ttl: "720h0m0s" } },
    });
}

/**
 * Flux's kustomize-controller in multi-tenant lockdown (fluxcd.io, "Multi-tenancy lockdown": impersonate the tenant's
 * ServiceAccount named by the Kustomization): it may impersonate only apps/apps-reconciler, which is admin in apps.
 */
function fluxTenant(r: Resources, impersonateRule?: object): void {
    namespace(r, "flux-system");
    namespace(r, "apps");
    serviceAccount(r, "flux-system", "kustomize-controller");
    serviceAccount(r, "apps", "apps-reconciler");
    if (impersonateRule) {
        rbacRole(r, "flux-impersonate", [impersonateRule]);
        bindSa(r, "flux-impersonate", "ClusterRole", "flux-system", "kustomize-controller");
    } else {
        rbacRole(
            r,
            "flux-impersonate",
            [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts"],
                    verbs: ["impersonate"],
                    resourceNames: ["apps-reconciler"],
                },
            ],
            "apps",
        );
        bindSa(r, "flux-impersonate", "Role", "flux-system", "kustomize-controller", "apps");
    }
    rbacRole(r, "flux-read", [
        {
            apiGroups: ["kustomize.toolkit.fluxcd.io", "source.toolkit.fluxcd.io"],
            resources: ["*"],
            verbs: ["get", "list", "watch"],
        },
    ]);
    bindSa(r, "flux-read", "ClusterRole", "flux-system", "kustomize-controller");
    k8s(r, `${RBAC}:RoleBinding`, "apps-reconciler-admin", {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "apps-reconciler", namespace: "apps" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "admin" },
        subjects: [{ kind: "ServiceAccount", name: "apps-reconciler", namespace: "apps" }],
    });
    deployment(
        r,
        "kustomize-controller",
        "flux-system",
        "kustomize-controller",
        "ghcr.io/fluxcd/kustomize-controller:v1.4.0",
    );
}

/** Argo CD's application controller installed namespace-scoped (argo-cd docs, "Namespace-level installation"). */
function argoNamespaced(r: Resources, extraNs?: string, crs = false): void {
    namespace(r, "argocd");
    namespace(r, "apps");
    serviceAccount(r, "argocd", "argocd-application-controller");
    for (const ns of ["apps", ...(extraNs ? [extraNs] : [])]) {
        k8s(r, `${RBAC}:RoleBinding`, `argocd-${ns}`, {
            apiVersion: "rbac.authorization.k8s.io/v1",
            kind: "RoleBinding",
            metadata: { name: "argocd-application-controller", namespace: ns },
            roleRef: {
                apiGroup: "rbac.authorization.k8s.io",
                kind: "ClusterRole",
                name: ns === "apps" ? "admin" : "edit",
            },
            subjects: [{ kind: "ServiceAccount", name: "argocd-application-controller", namespace: "argocd" }],
        });
    }
    rbacRole(
        r,
        "argocd-application-controller",
        [
            {
                apiGroups: ["argoproj.io"],
                resources: ["applications", "appprojects"],
                verbs: ["get", "list", "watch", "update", "patch"],
            },
        ],
        "argocd",
    );
    bindSa(r, "argocd-application-controller", "Role", "argocd", "argocd-application-controller", "argocd");
    deployment(
        r,
        "argocd-application-controller",
        "argocd",
        "argocd-application-controller",
        "quay.io/argoproj/argocd:v2.12.4",
    );
    if (!crs) return;
    k8s(r, "kubernetes:argoproj.io/v1alpha1:AppProject", "apps-project", {
        apiVersion: "argoproj.io/v1alpha1",
        kind: "AppProject",
        metadata: { name: "apps", namespace: "argocd" },
        spec: {
            sourceRepos: ["https://github.com/example-org/apps.git"],
            destinations: [{ server: "https://kubernetes.default.svc", namespace: "apps" }],
            clusterResourceWhitelist: [],
            namespaceResourceBlacklist: [{ group: "rbac.authorization.k8s.io", kind: "*" }],
        },
    });
    k8s(r, "kubernetes:argoproj.io/v1alpha1:Application", "apps-app", {
        apiVersion: "argoproj.io/v1alpha1",
        kind: "Application",
        metadata: { name: "apps", namespace: "argocd" },
        spec: {
            project: "apps",
            source: {
                repoURL: "https://github.com/example-org/apps.git",
                path: "overlays/prod",
                targetRevision: "main",
            },
            destination: { server: "https://kubernetes.default.svc", namespace: "apps" },
            syncPolicy: { automated: { prune: true, selfHeal: true } },
        },
    });
}

/** A security-account auditor (a role outside the stack) reading share metadata through the shares' key policies. */
const SECURITY_AUDIT_OPERATIONS = [
    {
        name: "security-key-audit",
        subject: { principal: SECURITY_AUDITOR },
        allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
    },
];
function securityAuditor(r: Resources, principal: string): void {
    for (const i of [1, 2, 3])
        addStatements(share(r, i), "policy", {
            Sid: "SecurityKeyAudit",
            Effect: "Allow",
            Principal: { AWS: principal },
            Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:GetKeyPolicy", "kms:ListResourceTags"],
            Resource: "*",
        });
}

/** AWS Backup of the cross-account table in its own account (AWS Backup developer guide, "DynamoDB backups"). */
const XACCT_BACKUP_OPERATIONS = [
    {
        name: "table-backup",
        subject: { service: { principal: "backup.amazonaws.com" } },
        allow: [{ accessSet: "operations.tableBackup", on: ["crossAccount.table"] }],
    },
];
function crossAccountBackup(r: Resources, extra: string[] = []): void {
    const like = find(r, ROLE, "cross-account-access");
    role(
        r,
        ACCOUNT_A,
        "custody-table-backup",
        [{ Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [
            {
                Sid: "BackupMyTable",
                Effect: "Allow",
                Action: ["dynamodb:DescribeTable", "dynamodb:CreateBackup", "dynamodb:ListTagsOfResource", ...extra],
                Resource: MY_TABLE,
            },
            {
                Sid: "ManageItsBackups",
                Effect: "Allow",
                Action: ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
                Resource: `${MY_TABLE}/backup/*`,
            },
        ],
        like,
    );
    aws(
        r,
        "aws:backup/vault:Vault",
        "my-table-vault",
        { name: "my-table", arn: `arn:aws:backup:us-east-1:${ACCOUNT_A}:backup-vault:my-table` },
        like,
    );
    aws(
        r,
        "aws:backup/plan:Plan",
        "my-table-daily",
        {
            name: "my-table-daily",
            rules: [
                {
                    ruleName: "daily",
                    targetVaultName: "my-table",
                    schedule: "cron(0 3 * * ? *)",
                    lifecycle: { deleteAfter: 35 },
                },
            ],
        },
        like,
    );
    aws(
        r,
        "aws:backup/selection:Selection",
        "my-table",
        {
            name: "my-table",
            planId: "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
            iamRoleArn: `arn:aws:iam::${ACCOUNT_A}:role/custody-table-backup`,
            resources: [MY_TABLE],
        },
        like,
    );
}

/** An IRSA-bound reporter beside Pod Identity on the same cluster: its own OIDC provider and an S3-only role. */
function irsaReporter(r: Resources): void {
    const like = find(r, ROLE, "signer-role");
    aws(
        r,
        "aws:iam/openIdConnectProvider:OpenIdConnectProvider",
        "prod-validators-oidc",
        {
            url: `https://${POD_ISSUER}`,
            clientIdLists: ["sts.amazonaws.com"],
            arn: `arn:aws:iam::${PRIMARY}:oidc-provider/${POD_ISSUER}`,
        },
        like,
    );
    const arn = role(
        r,
        PRIMARY,
        "custody-pod-identity-reporter",
        [irsaTrust(POD_ISSUER, PRIMARY, "apps", "reporter")],
        [
            {
                Sid: "WriteReports",
                Effect: "Allow",
                Action: "s3:PutObject",
                Resource: "arn:aws:s3:::custody-pod-identity-reports/daily/*",
            },
        ],
        like,
    );
    serviceAccount(r, "apps", "reporter", { "eks.amazonaws.com/role-arn": arn });
}

/** A table resource policy (DynamoDB developer guide, "Resource-based policies"): aws:dynamodb/resourcePolicy. */
function tablePolicy(r: Resources, table: AnalyzerResourceInput, statement: object): void {
    aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", `${table.name}-policy`, {
        resourceArn: arnOf(table),
        policy: doc(statement),
    });
}

/** Rewrites the Condition of a role's (single) trust statement. */
function editTrust(x: AnalyzerResourceInput, edit: (c: any) => object): void {
    const d = JSON.parse(prop(x, "assumeRolePolicy") as string) as { Statement: any[] };
    d.Statement[0].Condition = edit(d.Statement[0].Condition ?? {});
    setProp(x, "assumeRolePolicy", JSON.stringify(d));
}

const jwtKey = (r: Resources) => find(r, KEY, "basil-key-jwt-signing-primary");

// ---- secure variants.

const secure: Case[] = [
    // ---- dev.
    {
        // Fixed (h8-r9, judge.ts NAMED_SECRET_READS; neighbours in secure9.test.ts). Was: an identity of no workload
        // could not read one named, non-custody Secrets Manager secret: judge.ts lists
        // secretsmanager among SECRET_BEARING_SERVICES, so any GetSecretValue by an unmodelled identity is refused
        // ("no workload of the custody model has this identity"), and no operations.* set can name it. The custody
        // roles have no long-term keys to store in a secret (IAM: roles issue only temporary credentials), the grant
        // is on one exact secret ARN (Secrets Manager user guide, "Authentication and access control": resource-level
        // permissions on a secret ARN), and ESO's documented IRSA setup grants exactly this (external-secrets.io,
        // "AWS Secrets Manager"). The pack gives no way to accept the commonest secrets operator on the cluster.
        stack: "dev",
        name: "External Secrets (IRSA external-secrets/external-secrets) syncing one non-custody Secrets Manager secret into apps: GetSecretValue on that secret, Secret writes only in apps (its SecretStore/ExternalSecret kept in the apps team's stack)",
        edit: r => externalSecrets(r, APP_SECRET),
    },
    {
        // Was a MISS (fixed: kubernetes.ts skips /status like finalizers). RBAC writes on a custom resource's /status subresource were counted as writing the custom resource
        // (kubernetes.ts customResourcesWritten exempts only `finalizers`), so ESO's status updates read as "acts as
        // ServiceAccount validators/containment-chamber". The API server ignores every change but the status stanza
        // on /status (Kubernetes "Custom Resources", status subresource: "PUT requests to the /status subresource take
        // a custom resource object and ignore changes to anything except the status stanza"), so a status writer
        // cannot change the spec a controller acts on.
        stack: "dev",
        name: "External Secrets' controller RBAC (no AWS role): read its CRs, update/patch only their /status subresources, Secret writes only in apps",
        edit: r => {
            namespace(r, "external-secrets");
            namespace(r, "apps");
            serviceAccount(r, "external-secrets", "external-secrets");
            rbacRole(r, "external-secrets-controller", [
                {
                    apiGroups: ["external-secrets.io"],
                    resources: ["secretstores", "clustersecretstores", "externalsecrets"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["external-secrets.io"],
                    resources: ["externalsecrets/status", "secretstores/status"],
                    verbs: ["update", "patch"],
                },
            ]);
            bindSa(r, "external-secrets-controller", "ClusterRole", "external-secrets", "external-secrets");
        },
    },
    {
        // Fixed (h8-r9, judge.ts DOCUMENTED_AGENT_GRANTS; neighbours in secure9.test.ts). Was: Velero's documented
        // EC2 statement (velero-plugin-for-aws README: ec2:DescribeVolumes,
        // DescribeSnapshots, CreateTags, CreateVolume, CreateSnapshot, DeleteSnapshot on "*") is refused for an
        // identity of no workload because ec2 is not among judge.ts's HARMLESS_SERVICES, while AmazonEBSCSIDriverPolicy,
        // which may snapshot and also attach any volume of the account, is accepted for the EBS CSI role
        // (AWS_AGENT_POLICIES: "storage of the cluster's pods, none a custody asset"). Without AttachVolume the Velero
        // grant is strictly weaker; custody data lives in DynamoDB and KMS, projected tokens on the node's tmpfs.
        stack: "dev",
        name: "Velero (IRSA velero/velero: one backup bucket, EBS snapshots) backing up only apps: read-only Role in apps, cluster-scoped reads of namespaces/PVs/CRDs, a Schedule of apps",
        edit: r => velero(r),
    },
    {
        stack: "dev",
        name: "an STS interface endpoint whose endpoint policy admits AssumeRoleWithWebIdentity only on the signer's role",
        edit: r =>
            void aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "sts-interface", {
                vpcId: "vpc-0a1b2c3d4e5f60718",
                serviceName: "com.amazonaws.eu-west-1.sts",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                subnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-1a1b2c3d4e5f60718"],
                securityGroupIds: ["sg-0a1b2c3d4e5f60718"],
                id: "vpce-0sts0a1b2c3d4e5f6",
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Resource: `arn:aws:iam::${PRIMARY}:role/custody-dev-signer`,
                }),
            }),
    },
    // ---- prod.
    {
        stack: "prod",
        name: "Fluent Bit (IRSA amazon-cloudwatch/fluent-bit) shipping container logs: one log group, pod metadata reads, /var/log read-only",
        edit: r => {
            namespace(r, "amazon-cloudwatch", "privileged");
            const arn = role(
                r,
                PRIMARY,
                "custody-prod-fluent-bit",
                [irsaTrust(PROD_ISSUER, PRIMARY, "amazon-cloudwatch", "fluent-bit")],
                [
                    {
                        Sid: "ShipLogs",
                        Effect: "Allow",
                        Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                        Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/containers/prod-validators:*`,
                    },
                ],
            );
            serviceAccount(r, "amazon-cloudwatch", "fluent-bit", { "eks.amazonaws.com/role-arn": arn });
            rbacRole(r, "fluent-bit-read", [
                { apiGroups: [""], resources: ["namespaces", "pods"], verbs: ["get", "list", "watch"] },
            ]);
            bindSa(r, "fluent-bit-read", "ClusterRole", "amazon-cloudwatch", "fluent-bit");
            k8s(r, "kubernetes:apps/v1:DaemonSet", "fluent-bit", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "fluent-bit", namespace: "amazon-cloudwatch" },
                spec: {
                    selector: { matchLabels: { app: "fluent-bit" } },
                    template: {
                        metadata: { labels: { app: "fluent-bit" } },
                        spec: {
                            serviceAccountName: "fluent-bit",
                            containers: [
                                {
                                    name: "fluent-bit",
                                    image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2",
                                    securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
                                    volumeMounts: [{ name: "varlog", mountPath: "/var/log", readOnly: true }],
                                },
                            ],
                            volumes: [{ name: "varlog", hostPath: { path: "/var/log", type: "Directory" } }],
                        },
                    },
                },
            });
        },
    },
    {
        stack: "prod",
        // Was a MISS (fixed: one inert list, engine/customResources.ts, for RBAC and objects). A CiliumNetworkPolicy object in the stack was refused as a custom resource whose controller "may create
        // pods", although kubernetes.ts lists cilium.io ciliumnetworkpolicies (and Calico policies, CSI snapshots,
        // Gateway API routes) in INERT_CUSTOM_RESOURCES for RBAC writes: opaque.ts HARMLESS_CUSTOM_KINDS lacks them.
        // Cilium network policies only allow or drop traffic (docs.cilium.io, "Network Policy").
        name: "a PodDisruptionBudget for the signer and a CiliumNetworkPolicy allowing its egress only to the STS, KMS and DynamoDB endpoints by FQDN",
        edit: r => {
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "containment-chamber-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "containment-chamber" } } },
            });
            k8s(r, "kubernetes:cilium.io/v2:CiliumNetworkPolicy", "containment-chamber-egress", {
                apiVersion: "cilium.io/v2",
                kind: "CiliumNetworkPolicy",
                metadata: { name: "containment-chamber-egress", namespace: "validators" },
                spec: {
                    endpointSelector: { matchLabels: { app: "containment-chamber" } },
                    egress: [
                        {
                            toEndpoints: [
                                {
                                    matchLabels: {
                                        "k8s:io.kubernetes.pod.namespace": "kube-system",
                                        "k8s:k8s-app": "kube-dns",
                                    },
                                },
                            ],
                            toPorts: [
                                { ports: [{ port: "53", protocol: "ANY" }], rules: { dns: [{ matchPattern: "*" }] } },
                            ],
                        },
                        {
                            toFQDNs: [
                                { matchName: "sts.eu-west-1.amazonaws.com" },
                                { matchPattern: "kms.*.amazonaws.com" },
                                { matchName: "dynamodb.eu-west-1.amazonaws.com" },
                            ],
                            toPorts: [{ ports: [{ port: "443", protocol: "TCP" }] }],
                        },
                    ],
                },
            });
        },
    },
    {
        stack: "prod",
        name: "key-policy guard Denies on shares 2 and 3: no cryptographic use except through the VPC endpoint, the deployer exempt",
        edit: r => {
            for (const i of [2, 3])
                addStatements(share(r, i), "policy", {
                    Sid: "DenyUseOutsideVpce",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"],
                    Resource: "*",
                    Condition: {
                        StringNotEquals: { "aws:SourceVpce": "vpce-0kms0a1b2c3d4e5f6" },
                        ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-deployer` },
                    },
                });
        },
    },
    {
        stack: "prod",
        name: "DynamoDB resource policies on the three tables denying every principal but the signer and the deployer (AWS services exempt)",
        edit: r => {
            for (const t of r.filter(x => x.type === TABLE))
                tablePolicy(r, t, {
                    Sid: "OnlySignerAndDeployer",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "dynamodb:*",
                    Resource: [arnOf(t), `${arnOf(t)}/*`],
                    Condition: {
                        ArnNotEquals: {
                            "aws:PrincipalArn": [PROD_SIGNER, `arn:aws:iam::${PRIMARY}:role/custody-deployer`],
                        },
                        BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
                    },
                });
        },
    },
    {
        stack: "prod",
        name: "a security-account key auditor named through custody:operations by its role ARN (outside the stack), named in all three shares' key policies for metadata reads",
        operations: SECURITY_AUDIT_OPERATIONS,
        edit: r => securityAuditor(r, SECURITY_AUDITOR),
    },
    // ---- pod-identity.
    {
        stack: "pod-identity",
        // Fixed (h8-r9, opaque.ts COMMUNITY_ADDONS; neighbours in secure9.test.ts). Was: metrics-server is an Amazon
        // EKS community add-on, packaged and published by AWS though not built by it (EKS user guide,
        // "Community add-ons": "The following community add-ons are available from Amazon EKS", Kubernetes Metrics
        // Server first), not a Marketplace vendor's operator; opaque.ts AWS_ADDONS lists only "AWS add-ons", so it is
        // refused with the Marketplace message. Its RBAC is upstream's read-only metrics rules.
        name: "the eks-pod-identity-agent and metrics-server add-ons made explicit (no role)",
        edit: r => {
            const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            aws(
                r,
                "aws:eks/addon:Addon",
                "eks-pod-identity-agent",
                {
                    clusterName: "prod-validators",
                    addonName: "eks-pod-identity-agent",
                    addonVersion: "v1.3.4-eksbuild.1",
                },
                assoc,
            );
            aws(
                r,
                "aws:eks/addon:Addon",
                "metrics-server",
                {
                    clusterName: "prod-validators",
                    addonName: "metrics-server",
                    addonVersion: "v0.7.2-eksbuild.1",
                    configurationValues: JSON.stringify({ replicas: 2 }),
                },
                assoc,
            );
        },
    },
    {
        stack: "pod-identity",
        name: "the signer's Pod Identity trust also pinned to its account and cluster name (aws:SourceAccount, aws:RequestTag/eks-cluster-name)",
        edit: r =>
            editTrust(find(r, ROLE, "signer-role"), c => ({
                StringEquals: {
                    ...c.StringEquals,
                    "aws:SourceAccount": PRIMARY,
                    "aws:RequestTag/eks-cluster-name": "prod-validators",
                },
            })),
    },
    {
        stack: "pod-identity",
        name: "IRSA beside Pod Identity: a reporter in apps bound by IRSA (its own OIDC provider) to an S3-only role",
        edit: r => irsaReporter(r),
    },
    {
        stack: "pod-identity",
        name: "the signer's ServiceAccount with automountServiceAccountToken false (Pod Identity mounts its own projected token)",
        edit: r => setProp(find(r, SA, "signer-sa"), "automountServiceAccountToken", false),
    },
    // ---- basil.
    {
        stack: "basil",
        // Fixed (h8-r9, kubernetes.ts; neighbours in secure9.test.ts). Was: a Role in apps allowing impersonate on
        // serviceaccounts with resourceNames [apps-reconciler] read as
        // impersonating every ServiceAccount of the cluster (the refusal names basil/basil-agent and
        // basil-bootstrap/basil-provisioner). The API server authorizes impersonating system:serviceaccount:<ns>:<name>
        // as verb impersonate on resource serviceaccounts, namespace <ns>, name <name> (Kubernetes "Authenticating",
        // User impersonation; k8s.io/apiserver filters/impersonation.go), so the Role reaches apps/apps-reconciler only.
        // Flux documents exactly this lockdown (fluxcd.io "Multi-tenancy lockdown", --default-service-account).
        name: "Flux kustomize-controller in multi-tenant lockdown: it may impersonate only apps/apps-reconciler (admin in apps)",
        edit: r => fluxTenant(r),
    },
    {
        stack: "basil",
        name: "the broker's grant also requires its VPC (aws:SourceVpc) beside the alias condition",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", "BasilBrokerInPlaceOps", s => {
                s.Condition = { ...s.Condition, StringEquals: { "aws:SourceVpc": "vpc-0a1b2c3d4e5f60718" } };
            }),
    },
    {
        stack: "basil",
        name: "a key-policy guard on the JWT key: Deny kms:Sign with any algorithm but ECDSA_SHA_256",
        edit: r =>
            addStatements(jwtKey(r), "policy", {
                Sid: "OnlyEcdsaSha256",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Sign",
                Resource: "*",
                Condition: { StringNotEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256" } },
            }),
    },
    {
        stack: "basil",
        name: "basil locked down: default-deny NetworkPolicy with egress to DNS and the endpoints' subnets on 443, and a PDB",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "basil-egress", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "basil-egress", namespace: "basil" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Ingress", "Egress"],
                    egress: [
                        {
                            ports: [
                                { port: 53, protocol: "UDP" },
                                { port: 53, protocol: "TCP" },
                            ],
                        },
                        { to: [{ ipBlock: { cidr: "10.0.128.0/20" } }], ports: [{ port: 443, protocol: "TCP" }] },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "basil-agent-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "basil-agent", namespace: "basil" },
                spec: { maxUnavailable: 1, selector: { matchLabels: { app: "basil-agent" } } },
            });
        },
    },
    // ---- trust-domain.
    {
        stack: "trust-domain",
        name: "the key manager's statements also pinned to its region (aws:RequestedRegion us-east-1)",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "trust-domain-role-access");
            for (const sid of ["TrustDomainKeyManager", "TrustDomainKeyDiscovery"])
                editStatement(rp, "policy", sid, s => {
                    s.Condition = { StringEquals: { "aws:RequestedRegion": "us-east-1" } };
                });
        },
    },
    {
        stack: "trust-domain",
        // MISS: the key manager's own role may not also write one non-custody S3 prefix ("not in workload trust-domain's
        // allow entries"): a workload identity may hold only its access sets plus its own telemetry (judge.ts
        // OWN_LOG_WRITES). SPIRE servers publish their trust bundle to S3 with their own identity (SPIRE
        // "BundlePublisher aws_s3" plugin: s3:PutObject on the bundle's key); an s3:PutObject on a named bucket prefix
        // reaches no custody asset and moves no identity (s3 is in HARMLESS_SERVICES for other identities).
        skip: "MISS: a workload role's s3:PutObject on one non-custody bucket prefix refused (only own telemetry allowed)",
        name: "the server publishes its trust bundle to one S3 prefix (s3:PutObject in a second RolePolicy), the bucket served through CloudFront OAC",
        edit: r => {
            aws(r, ROLE_POLICY, "trust-domain-role-bundle", {
                role: "trust-domain-server",
                name: "bundle",
                policy: doc({
                    Sid: "PublishBundle",
                    Effect: "Allow",
                    Action: "s3:PutObject",
                    Resource: "arn:aws:s3:::identity-trust-bundle/bundle/*",
                }),
            });
            aws(r, "aws:s3/bucketPolicy:BucketPolicy", "identity-trust-bundle", {
                bucket: "identity-trust-bundle",
                policy: doc({
                    Sid: "CloudFrontRead",
                    Effect: "Allow",
                    Principal: { Service: "cloudfront.amazonaws.com" },
                    Action: "s3:GetObject",
                    Resource: "arn:aws:s3:::identity-trust-bundle/bundle/*",
                    Condition: {
                        StringEquals: {
                            "AWS:SourceArn": `arn:aws:cloudfront::${IDENTITY}:distribution/E2EXAMPLE0BUNDLE`,
                        },
                    },
                }),
            });
        },
    },
    {
        stack: "trust-domain",
        preview: true,
        name: "a KMS interface endpoint (no endpoint policy) whose security group, still unknown, admits 443 from the cluster",
        edit: r => {
            const sg = aws(r, "aws:ec2/securityGroup:SecurityGroup", "kms-endpoint", {
                vpcId: "vpc-0a1b2c3d4e5f60718",
                ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/16"] }],
                id: UNKNOWN,
            });
            const ep = aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "kms-interface", {
                vpcId: "vpc-0a1b2c3d4e5f60718",
                serviceName: "com.amazonaws.us-east-1.kms",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                subnetIds: ["subnet-0a1b2c3d4e5f60718"],
                securityGroupIds: [UNKNOWN],
                id: UNKNOWN,
            });
            dependsOn(ep, "securityGroupIds", sg);
        },
    },
    // ---- curity.
    {
        stack: "curity",
        name: "Argo CD installed namespace-scoped: its controller admin only in apps and its own Application/AppProject access in argocd (the Applications kept in Git)",
        edit: r => argoNamespaced(r),
    },
    {
        stack: "curity",
        name: "Curity's own policy gains a Deny of table administration (DeleteTable, UpdateTable, resource policy, PITR) on curity-*",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "curity-role-access"), "policy", {
                Sid: "NoTableAdministration",
                Effect: "Deny",
                Action: [
                    "dynamodb:DeleteTable",
                    "dynamodb:UpdateTable",
                    "dynamodb:PutResourcePolicy",
                    "dynamodb:DeleteResourcePolicy",
                    "dynamodb:UpdateContinuousBackups",
                ],
                Resource: `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-*`,
            }),
    },
    {
        stack: "curity",
        name: "a WAF web ACL (AWS managed common rule set) associated with Curity's ALB",
        edit: r => {
            aws(r, "aws:wafv2/webAcl:WebAcl", "curity", {
                name: "curity",
                scope: "REGIONAL",
                arn: `arn:aws:wafv2:eu-west-1:${CURITY}:regional/webacl/curity/a1b2c3d4`,
                defaultAction: { allow: {} },
                rules: [
                    {
                        name: "common",
                        priority: 1,
                        overrideAction: { none: {} },
                        statement: {
                            managedRuleGroupStatement: { vendorName: "AWS", name: "AWSManagedRulesCommonRuleSet" },
                        },
                        visibilityConfig: {
                            sampledRequestsEnabled: true,
                            cloudwatchMetricsEnabled: true,
                            metricName: "common",
                        },
                    },
                ],
                visibilityConfig: {
                    sampledRequestsEnabled: true,
                    cloudwatchMetricsEnabled: true,
                    metricName: "curity",
                },
            });
            aws(r, "aws:wafv2/webAclAssociation:WebAclAssociation", "curity", {
                resourceArn: `arn:aws:elasticloadbalancing:eu-west-1:${CURITY}:loadbalancer/app/curity/50dc6c495c0c9188`,
                webAclArn: `arn:aws:wafv2:eu-west-1:${CURITY}:regional/webacl/curity/a1b2c3d4`,
            });
        },
    },
    // ---- cross-account.
    {
        stack: "cross-account",
        name: "AWS Backup of my-table in account A named through custody:operations (service backup.amazonaws.com): a backup role, vault, plan and selection",
        operations: XACCT_BACKUP_OPERATIONS,
        edit: r => crossAccountBackup(r),
    },
    {
        stack: "cross-account",
        name: "the access role's grants made stricter: table reads only through a VPC endpoint (aws:SourceVpce), Decrypt only via DynamoDB (kms:ViaService)",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "cross-account-access-access");
            editStatement(rp, "policy", "ReadAccountATable", s => {
                s.Condition = { StringEquals: { "aws:SourceVpce": "vpce-0ddb0a1b2c3d4e5f6" } };
            });
            editStatement(rp, "policy", "DecryptWithAccountAKey", s => {
                s.Condition = { StringEquals: { "kms:ViaService": "dynamodb.us-east-1.amazonaws.com" } };
            });
        },
    },
    {
        stack: "cross-account",
        name: "the caller instance role under a permissions boundary allowing only sts:AssumeRole on the access role and its own logs",
        edit: r => {
            const boundary = `arn:aws:iam::${ACCOUNT_B}:policy/instance-role-boundary`;
            aws(r, "aws:iam/policy:Policy", "instance-role-boundary", {
                name: "instance-role-boundary",
                arn: boundary,
                policy: doc(
                    { Effect: "Allow", Action: "sts:AssumeRole", Resource: ACCESS_ROLE },
                    {
                        Effect: "Allow",
                        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                        Resource: `arn:aws:logs:us-east-1:${ACCOUNT_B}:log-group:/instance-role/*`,
                    },
                ),
            });
            setProp(find(r, ROLE, "cross-account-caller"), "permissionsBoundary", boundary);
        },
    },
    {
        stack: "cross-account",
        preview: true,
        name: "the my-table backup selection naming the backup role by its ARN output, unknown in the first preview",
        operations: XACCT_BACKUP_OPERATIONS,
        edit: r => {
            crossAccountBackup(r);
            const backupRole = find(r, ROLE, "custody-table-backup");
            setProp(backupRole, "arn", UNKNOWN);
            const sel = find(r, "aws:backup/selection:Selection", "my-table");
            setProp(sel, "iamRoleArn", UNKNOWN);
            dependsOn(sel, "iamRoleArn", backupRole);
        },
    },
];

// ---- insecure twins: the same helpers made subtly dangerous.

const insecure: Case[] = [
    // Neighbours of the inert-list fix: Cilium's Envoy config proxies traffic (not inert), and writing a custom
    // resource's spec (not only its /status) stays pod creation.
    {
        stack: "prod",
        name: "a CiliumEnvoyConfig object in the stack (it proxies the signer's traffic through Envoy listeners)",
        edit: r =>
            k8s(r, "kubernetes:cilium.io/v2:CiliumEnvoyConfig", "signer-envoy", {
                apiVersion: "cilium.io/v2",
                kind: "CiliumEnvoyConfig",
                metadata: { name: "signer-envoy", namespace: "validators" },
                spec: { services: [{ name: "containment-chamber", namespace: "validators" }], resources: [] },
            }),
        refused: /cilium\.io/,
    },
    {
        stack: "dev",
        name: "a controller's RBAC updating both externalsecrets and externalsecrets/status, bound cluster-wide",
        edit: r => {
            namespace(r, "external-secrets");
            serviceAccount(r, "external-secrets", "external-secrets");
            rbacRole(r, "external-secrets-writer", [
                {
                    apiGroups: ["external-secrets.io"],
                    resources: ["externalsecrets", "externalsecrets/status"],
                    verbs: ["update", "patch"],
                },
            ]);
            bindSa(r, "external-secrets-writer", "ClusterRole", "external-secrets", "external-secrets");
        },
        refused: /external-secrets\.io\/externalsecrets[^/]/,
    },
    {
        stack: "dev",
        name: "External Secrets authenticating as the signer: a ClusterSecretStore jwt.serviceAccountRef validators/containment-chamber and a Role letting it mint that token",
        edit: r => {
            externalSecrets(r, APP_SECRET);
            k8s(r, "kubernetes:external-secrets.io/v1beta1:ClusterSecretStore", "aws-as-signer", {
                apiVersion: "external-secrets.io/v1beta1",
                kind: "ClusterSecretStore",
                metadata: { name: "aws-as-signer" },
                spec: {
                    provider: {
                        aws: {
                            service: "SecretsManager",
                            region: "eu-west-1",
                            auth: {
                                jwt: { serviceAccountRef: { name: "containment-chamber", namespace: "validators" } },
                            },
                        },
                    },
                },
            });
            rbacRole(
                r,
                "external-secrets-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                "validators",
            );
            bindSa(r, "external-secrets-token", "Role", "external-secrets", "external-secrets", "validators");
        },
        refused: /external-secrets\/external-secrets[\s\S]*serviceaccounts\/token[\s\S]*containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "Velero installed with the chart's default ClusterRoleBinding to cluster-admin (a restore creates pods in validators)",
        edit: r => velero(r, true),
        refused: /velero\/velero[\s\S]*cluster-admin[\s\S]*validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "Flux's impersonation written cluster-wide without resourceNames on users and groups (impersonates system:masters)",
        edit: r =>
            fluxTenant(r, {
                apiGroups: [""],
                resources: ["serviceaccounts", "users", "groups"],
                verbs: ["impersonate"],
            }),
        refused:
            /ClusterRole flux-impersonate \(impersonate serviceaccounts, users, groups\) → acts as ServiceAccount basil\/basil-agent/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "Argo CD's namespaced install also bound to edit in curity (to show the app's status): it syncs pods as curity/dynamo-sa",
        edit: r => argoNamespaced(r, "curity"),
        refused: /argocd\/argocd-application-controller[\s\S]*in curity[\s\S]*curity\/dynamo-sa/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the security-account auditor named in the shares' key policies by its account root (every principal IAM admits in that account)",
        operations: SECURITY_AUDIT_OPERATIONS,
        edit: r => securityAuditor(r, `arn:aws:iam::${SECURITY}:root`),
        refused: /account 888888888888 \(any identity its IAM policies allow\)[\s\S]*share-1/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a 'DR read' table resource policy on the keystore allowing custody-b's account root GetItem and Query",
        edit: r =>
            tablePolicy(r, find(r, TABLE, "signer-tables-keystore"), {
                Sid: "DrRead",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${CUSTODY_B}:root` },
                Action: ["dynamodb:GetItem", "dynamodb:Query"],
                Resource: arnOf(find(r, TABLE, "signer-tables-keystore")),
            }),
        refused: /account 222222222222 \(any identity its IAM policies allow\)[\s\S]*custody-prod-keystore/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the signer's Pod Identity trust 'simplified' to aws:SourceAccount alone (any Pod Identity association of the account)",
        edit: r => editTrust(find(r, ROLE, "signer-role"), () => ({ StringEquals: { "aws:SourceAccount": PRIMARY } })),
        refused: /any pod of any cluster of account 111111111111/,
    },
    {
        stack: "basil",
        name: "the JWT key's algorithm guard written with Effect Allow (an edit flipped it): anyone may sign with ECDSA_SHA_256",
        edit: r =>
            addStatements(jwtKey(r), "policy", {
                Sid: "OnlyEcdsaSha256",
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Sign",
                Resource: "*",
                Condition: { StringEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256" } },
            }),
        refused: /anyone[\s\S]*kms:Sign on key alias\/basil\/jwt-signing-primary/,
        policy: EFFECTIVE,
    },
    {
        stack: "cross-account",
        name: "the backup role of my-table also allowed RestoreTableFromBackup (writes the custody data into a table the model does not name)",
        operations: XACCT_BACKUP_OPERATIONS,
        edit: r => crossAccountBackup(r, ["dynamodb:RestoreTableFromBackup"]),
        refused: /RestoreTableFromBackup[\s\S]*not in workload table-backup's allow entries/,
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;
const optsOf = (c: Case) => ({
    model: c.operations ? modelWithOperations(c.stack, c.operations) : undefined,
    config: c.config,
});

describe("allowlist: red-team round 9 on secure variants (GitOps, backups, secrets operators, guards) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runPackWith(c.stack, r, optsOf(c)));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runPackWith(c.stack, r, optsOf(c)), c.refused ?? /./, c.policy);
        });
    }
});
