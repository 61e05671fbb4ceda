// Round 9 fixes of false refusals (h8-r9): the neighbours of the secure cases redteam9-secure.test.ts now accepts.
// Each insecure neighbour is the same helper made dangerous in the one way the fix must still catch: a Secrets Manager
// read beyond one named secret, of a secret the stack fills from another resource, or beside a custody principal that
// may hold access keys; Velero's EC2 statement widened past its README; a community add-on whose package mounts the
// node or writes admission webhooks, or whose configuration leaves the upstream manifests; ServiceAccount
// impersonation in a custody namespace, on a custody name cluster-wide, or with groups.
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import type { CustodyModel } from "../../../policy-pack/custody/types";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    addStatements,
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    modelWithOperations,
    resourceLike,
    Resources,
    stackResources,
} from "./support";
import { bindSa, k8s, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const SECURITY = "888888888888";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const APP_SECRET = `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/db-credentials-AbCdEf`;
const BACKUP_BUCKET = "arn:aws:s3:::custody-dev-velero-backups";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";
const EFFECTIVE = "custody-effective-access";
const NO_WORKLOAD = "no workload of the custody model has this identity";

// ---- builders (as in redteam9-secure.test.ts).

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

function role(r: Resources, name: string, trust: object[], statements: object[]): string {
    const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
    aws(r, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc(...trust),
        inlinePolicies: [{ name: "access", policy: doc(...statements) }],
    });
    return arn;
}

const irsaTrust = (issuer: string, namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

function namespace(r: Resources, name: string): void {
    k8s(r, "kubernetes:core/v1:Namespace", `ns-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
    });
}

function rbacRole(r: Resources, name: string, rules: object[], ns?: string): void {
    k8s(r, `${RBAC}:${ns ? "Role" : "ClusterRole"}`, `${name}-${ns ?? "cluster"}-role`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: ns ? "Role" : "ClusterRole",
        metadata: ns ? { name, namespace: ns } : { name },
        rules,
    });
}

// ---- the helpers of the fixed cases, with the knob each neighbour turns.

/** External Secrets' IRSA role reading `resources` (GetSecretValue, DescribeSecret), its Secret writes only in apps. */
function externalSecrets(r: Resources, resources: string | string[], issuer = DEV_ISSUER): void {
    namespace(r, "external-secrets");
    namespace(r, "apps");
    const arn = role(
        r,
        "custody-external-secrets",
        [irsaTrust(issuer, "external-secrets", "external-secrets")],
        [
            {
                Sid: "ReadAppSecret",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                Resource: resources,
            },
        ],
    );
    serviceAccount(r, "external-secrets", "external-secrets", { "eks.amazonaws.com/role-arn": arn });
    rbacRole(
        r,
        "external-secrets-writer",
        [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch", "create", "update", "delete"] }],
        "apps",
    );
    bindSa(r, "external-secrets-writer", "Role", "external-secrets", "external-secrets", "apps");
}

/** A secret the stack creates, named `name`, its value written by a SecretVersion (from `from`'s output if given). */
function stackSecret(r: Resources, name: string, from?: AnalyzerResourceInput): void {
    const secret = aws(r, "aws:secretsmanager/secret:Secret", name.replace(/\//g, "-"), {
        name,
        arn: `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:${name}-Zz9Yx8`,
    });
    const version = aws(r, "aws:secretsmanager/secretVersion:SecretVersion", `${secret.name}-v`, {
        secretId: `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:${name}-Zz9Yx8`,
        secretString: from ? "AKIAEXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" : '{"host":"db.apps.internal"}',
    });
    dependsOn(version, "secretId", secret);
    if (from) dependsOn(version, "secretString", from);
}

/** Velero's IRSA role: an EC2 statement of `ec2Actions` on "*" (with `condition`), the backup bucket's objects. */
function velero(r: Resources, ec2Actions: string[], condition?: object): void {
    namespace(r, "velero");
    const arn = role(
        r,
        "custody-dev-velero",
        [irsaTrust(DEV_ISSUER, "velero", "velero")],
        [
            {
                Sid: "Snapshots",
                Effect: "Allow",
                Action: ec2Actions,
                Resource: "*",
                ...(condition ? { Condition: condition } : {}),
            },
            {
                Sid: "BackupObjects",
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:DeleteObject", "s3:PutObject"],
                Resource: `${BACKUP_BUCKET}/*`,
            },
            { Sid: "BackupBucket", Effect: "Allow", Action: "s3:ListBucket", Resource: BACKUP_BUCKET },
        ],
    );
    serviceAccount(r, "velero", "velero", { "eks.amazonaws.com/role-arn": arn });
}
const VELERO_EC2 = [
    "ec2:DescribeVolumes",
    "ec2:DescribeSnapshots",
    "ec2:CreateTags",
    "ec2:CreateVolume",
    "ec2:CreateSnapshot",
    "ec2:DeleteSnapshot",
];

/** An EKS add-on of the pod-identity stack's cluster. */
function addon(r: Resources, name: string, extra: Record<string, unknown> = {}): void {
    const like = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    aws(
        r,
        "aws:eks/addon:Addon",
        name,
        { clusterName: "prod-validators", addonName: name, addonVersion: "v1.0.0-eksbuild.1", ...extra },
        like,
    );
}

/** Flux's kustomize-controller given the impersonation `rule` through a Role (in `ns`) or a ClusterRole. */
function fluxImpersonating(r: Resources, rules: object[], ns?: string): void {
    namespace(r, "flux-system");
    namespace(r, "apps");
    serviceAccount(r, "flux-system", "kustomize-controller");
    serviceAccount(r, "apps", "apps-reconciler");
    rbacRole(r, "flux-impersonate", rules, ns);
    bindSa(r, "flux-impersonate", ns ? "Role" : "ClusterRole", "flux-system", "kustomize-controller", ns);
}
const impersonateSa = (names?: string[]) => ({
    apiGroups: [""],
    resources: ["serviceaccounts"],
    verbs: ["impersonate"],
    ...(names ? { resourceNames: names } : {}),
});

// ---- the model, as `npm run custody-model` writes it from a stack file with custody:operations.

async function runPack(stack: string, resources: Resources, model?: CustodyModel): Promise<TestDiagnostic[]> {
    let config: PackConfig = stackPackConfig(stack);
    if (model) config = { ...config, "custody-model": model as unknown as Record<string, unknown> };
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(
                ...(await runPolicy(p as StackValidationPolicy, resources, {
                    ...(config[p.name] ?? {}),
                    enforcementLevel: level,
                })),
            );
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

/** A security-account key auditor named by `principal` in the custody model and the shares' key policies. */
function auditorOperations(principal: string): Record<string, unknown>[] {
    return [
        {
            name: "security-key-audit",
            subject: { principal },
            allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
        },
    ];
}
function securityAuditor(r: Resources, principal: string): void {
    for (const i of [1, 2, 3])
        addStatements(find(r, KEY, `signer-shares-share-${i}`), "policy", {
            Sid: "SecurityKeyAudit",
            Effect: "Allow",
            Principal: { AWS: principal },
            Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:GetKeyPolicy", "kms:ListResourceTags"],
            Resource: "*",
        });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    operations?: Record<string, unknown>[];
    refused?: RegExp;
    policy?: string;
};

const secure: Case[] = [
    {
        stack: "dev",
        name: "External Secrets reading one secret by its name and Secrets Manager's suffix wildcard (secret:apps/db-credentials-??????)",
        edit: r => externalSecrets(r, `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/db-credentials-??????`),
    },
    {
        stack: "dev",
        name: "External Secrets reading two named secrets, one the stack creates with a literal value",
        edit: r => {
            stackSecret(r, "apps/feature-flags");
            externalSecrets(r, [
                APP_SECRET,
                `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/feature-flags-??????`,
            ]);
        },
    },
    {
        stack: "dev",
        name: "Velero's README EC2 statement limited to its region (aws:RequestedRegion eu-west-1)",
        edit: r => velero(r, VELERO_EC2, { StringEquals: { "aws:RequestedRegion": "eu-west-1" } }),
    },
    {
        stack: "pod-identity",
        name: "the kube-state-metrics and external-dns community add-ons (no role, no configuration)",
        edit: r => {
            addon(r, "kube-state-metrics");
            addon(r, "external-dns");
        },
    },
    {
        stack: "pod-identity",
        name: "the metrics-server community add-on with replicas and resource requests configured",
        edit: r =>
            addon(r, "metrics-server", {
                configurationValues: JSON.stringify({ replicas: 2, resources: { requests: { cpu: "100m" } } }),
            }),
    },
    {
        stack: "basil",
        name: "Flux allowed to impersonate every ServiceAccount of apps (a Role in apps, no resourceNames)",
        edit: r => fluxImpersonating(r, [impersonateSa()], "apps"),
    },
    {
        stack: "basil",
        name: "Flux allowed to impersonate apps/apps-reconciler through a ClusterRole bound by a RoleBinding in apps",
        edit: r => {
            fluxImpersonating(r, [impersonateSa(["apps-reconciler"])]);
            // Replace the ClusterRoleBinding by a RoleBinding in apps.
            const i = r.findIndex(
                x => x.type === `${RBAC}:ClusterRoleBinding` && x.name.startsWith("flux-impersonate"),
            );
            r.splice(i, 1);
            bindSa(r, "flux-impersonate", "ClusterRole", "flux-system", "kustomize-controller", "apps");
        },
    },
    // DECIDED (round 48): secure, not refused. Group impersonation is checked with no namespace
    // (k8s.io/apiserver impersonation.go buildImpersonationRequests) and RBAC reads RoleBindings only for namespaced
    // requests (rule.go VisitRulesFor), so the Role in apps grants ServiceAccount impersonation in apps only, never
    // system:masters, and basil/basil-agent lives in basil.
    {
        stack: "basil",
        name: "Flux's Role in apps also impersonating groups (a RoleBinding never grants group impersonation; basil-agent is not in apps)",
        edit: r =>
            fluxImpersonating(
                r,
                [{ apiGroups: [""], resources: ["serviceaccounts", "groups"], verbs: ["impersonate"] }],
                "apps",
            ),
    },
];

const insecure: Case[] = [
    // ---- Secrets Manager reads.
    {
        stack: "dev",
        name: "External Secrets reading every secret of the account (secret:*)",
        edit: r => externalSecrets(r, `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:*`),
        refused: new RegExp(
            `secretsmanager:GetSecretValue on arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:\\*: ${NO_WORKLOAD}`,
        ),
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "External Secrets reading every secret under apps/ (secret:apps/*)",
        edit: r => externalSecrets(r, `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/*`),
        refused: new RegExp(
            `GetSecretValue on arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/\\*: ${NO_WORKLOAD}`,
        ),
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "External Secrets reading one named secret in every region and account (secretsmanager:*:*)",
        edit: r => externalSecrets(r, "arn:aws:secretsmanager:*:*:secret:apps/db-credentials-??????"),
        refused: new RegExp(
            `GetSecretValue on arn:aws:secretsmanager:\\*:\\*:secret:apps/db-credentials-\\?{6}: ${NO_WORKLOAD}`,
        ),
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "External Secrets reading a named secret whose value the stack writes from an IAM access key's secret",
        edit: r => {
            const user = aws(r, "aws:iam/user:User", "ci-deployer", {
                name: "ci-deployer",
                arn: `arn:aws:iam::${PRIMARY}:user/ci-deployer`,
            });
            const key = aws(r, "aws:iam/accessKey:AccessKey", "ci-deployer-key", { user: "ci-deployer" });
            dependsOn(key, "user", user);
            stackSecret(r, "ci/deployer-key", key);
            externalSecrets(r, `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:ci/deployer-key-??????`);
        },
        refused: new RegExp(
            `GetSecretValue on arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:ci/deployer-key-\\?{6}: ${NO_WORKLOAD}`,
        ),
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "External Secrets reading one named secret while the custody model names an IAM user (its access keys may sit in any secret)",
        operations: auditorOperations(`arn:aws:iam::${SECURITY}:user/key-auditor`),
        edit: r => {
            securityAuditor(r, `arn:aws:iam::${SECURITY}:user/key-auditor`);
            externalSecrets(r, APP_SECRET, PROD_ISSUER);
        },
        refused: new RegExp(`GetSecretValue on ${APP_SECRET}: ${NO_WORKLOAD}`),
        policy: EFFECTIVE,
    },
    // ---- Velero's EC2 statement.
    {
        stack: "dev",
        name: "Velero's EC2 statement also allowing ec2:AttachVolume (a snapshot's volume attached to an instance it reads)",
        edit: r => velero(r, [...VELERO_EC2, "ec2:AttachVolume"]),
        refused:
            /custody-dev-velero allows ec2:AttachVolume, ec2:CreateSnapshot, [^:]*(:[^:]*){5} on \*: no workload of the custody model/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "Velero's EC2 statement written as ec2:*",
        edit: r => velero(r, ["ec2:*"]),
        refused:
            /custody-dev-velero allows ec2:AcceptAddressTransfer, [^:]*(:[^:]*){7} and \d+ more on \*: no workload of the custody model/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "Velero's EC2 statement also allowing ec2:ModifyInstanceAttribute (user data of any instance)",
        edit: r => velero(r, [...VELERO_EC2, "ec2:ModifyInstanceAttribute"]),
        refused:
            /custody-dev-velero allows ec2:[^:]*(:[^:]*){5}, ec2:ModifyInstanceAttribute on \*: no workload of the custody model/,
        policy: EFFECTIVE,
    },
    // ---- community add-ons.
    {
        stack: "pod-identity",
        name: "the cert-manager community add-on (solver pods in any namespace, cainjector patches webhook configurations)",
        edit: r => addon(r, "cert-manager"),
        refused: /EKS add-on cert-manager \(cert-manager\) is not one of AWS's own add-ons/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the prometheus-node-exporter community add-on (mounts the node's root filesystem)",
        edit: r => addon(r, "prometheus-node-exporter"),
        refused: /EKS add-on prometheus-node-exporter \(prometheus-node-exporter\) is not one of AWS's own add-ons/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the metrics-server community add-on configured with an extra hostPath volume",
        edit: r =>
            addon(r, "metrics-server", {
                configurationValues: JSON.stringify({
                    extraVolumes: [{ name: "kubelet", hostPath: { path: "/var/lib/kubelet" } }],
                }),
            }),
        refused: /EKS add-on metrics-server \(metrics-server\) is not one of AWS's own add-ons/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "a Marketplace vendor's add-on (kubecost)",
        edit: r => addon(r, "kubecost_kubecost"),
        refused: /EKS add-on kubecost_kubecost \(kubecost_kubecost\) is not one of AWS's own add-ons/,
        policy: EFFECTIVE,
    },
    // ---- ServiceAccount impersonation.
    {
        stack: "basil",
        name: "Flux's impersonation Role written in basil, naming basil-agent",
        edit: r => fluxImpersonating(r, [impersonateSa(["basil-agent"])], "basil"),
        refused:
            /flux-system\/kustomize-controller → RoleBinding flux-impersonate in basil → Role flux-impersonate \(impersonate serviceaccounts\) → acts as ServiceAccount basil\/basil-agent/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "Flux's impersonation of a ServiceAccount named basil-agent granted by a ClusterRoleBinding (that name in every namespace)",
        edit: r => fluxImpersonating(r, [impersonateSa(["basil-agent"])]),
        refused:
            /ClusterRoleBinding flux-impersonate → ClusterRole flux-impersonate \(impersonate serviceaccounts\) → acts as ServiceAccount basil\/basil-agent/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "Flux's Role in basil with a token rule for an unused name and an impersonation rule naming basil-agent (both names count)",
        edit: r =>
            fluxImpersonating(
                r,
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["unused"],
                    },
                    impersonateSa(["basil-agent"]),
                ],
                "basil",
            ),
        refused:
            /Role flux-impersonate \([^)]*impersonate serviceaccounts\) → acts as ServiceAccount basil\/basil-agent/,
        policy: EFFECTIVE,
    },
];

describe("allowlist: round 9 fixes of false refusals (h8-r9) and their insecure neighbours", () => {
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(
                await runPack(c.stack, r, c.operations ? modelWithOperations(c.stack, c.operations) : undefined),
            );
        });
    }
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runPack(c.stack, r, c.operations ? modelWithOperations(c.stack, c.operations) : undefined);
            assertRefused(ds, c.refused!, c.policy);
        });
    }
});
