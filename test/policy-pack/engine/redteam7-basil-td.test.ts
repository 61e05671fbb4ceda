// Red-team round 7 (fresh eyes) on the basil stack (seed 004: the broker's runtime role, the provisioner role, the
// catalog keys under alias/basil/*, the provisioner's required request tags) and the trust-domain stack (seed 001: the
// Defakto key manager creating, using and retiring its own keys): shapes the earlier rounds did not try. Kubernetes
// objects that reach every ServiceAccount through the cluster's default bindings (a patch of a built-in ClusterRole
// that Kubernetes itself binds to every authenticated or anonymous caller), the node's /proc on a hostPath (the same
// reach as hostPID), other principal and condition forms (assumed-role sessions, organization paths, service
// principals, source identity, principal tags, other OIDC issuers and federations), key-reach by alias ABAC
// (kms:ResourceAliases), a key-id wildcard made of `?`, chains through a subject of another workload, group membership
// of an outside user, key planting for a tag-discovering key manager, and first-preview shapes.
//
// Insecure variants the whole pack must refuse (with the refusing policy and its path message); secure variants
// (what a careful platform team does) it must accept. A case the pack gets wrong is `skip` with a comment starting
// "MISS:" (why, and the document checked). REDTEAM_ALL=1 runs them too; REDTEAM_SHOW=1 prints each refusal.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, bind, k8s, k8sRole, outsideRole, stackRole } from "./variantBuilders";
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

const BASIL = "111122223333";
const TD = "444444444444";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";

const JWT = "basil-key-jwt-signing-primary";
const PAYLOAD = "basil-key-payload-aead";

function keyStatements(r: Resources, name: string, ...statements: object[]): void {
    addStatements(find(r, KEY, name), "policy", ...statements);
}
function trustStatements(r: Resources, roleName: string, ...statements: object[]): void {
    addStatements(find(r, ROLE, roleName), "assumeRolePolicy", ...statements);
}
function rolePolicy(r: Resources, name: string, role: string, statements: object[], roleLike?: string): void {
    aws(r, ROLE_POLICY, name, { name, role, policy: doc(...statements) }, roleLike);
}

type Case = {
    name: string;
    stack: "basil" | "trust-domain";
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** A DaemonSet (through the stack's Kubernetes provider) with one container and these volumes. */
function daemonSet(
    r: Resources,
    name: string,
    namespace: string,
    container: Record<string, unknown>,
    volumes: object[],
    podExtra: Record<string, unknown> = {},
): void {
    k8s(r, "kubernetes:apps/v1:DaemonSet", name, {
        apiVersion: "apps/v1",
        kind: "DaemonSet",
        metadata: { name, namespace },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: { serviceAccountName: name, containers: [{ name, ...container }], volumes, ...podExtra },
            },
        },
    });
}

const insecure: Case[] = [
    // ---------------- basil
    {
        stack: "basil",
        name: "ClusterRolePatch of the built-in system:basic-user (bound by Kubernetes to system:authenticated) adding create serviceaccounts/token",
        // Kubernetes "Using RBAC Authorization", "Default roles and role bindings": system:basic-user is bound to the
        // group system:authenticated by the default ClusterRoleBinding of the same name (auto-reconciled), so every
        // authenticated caller (every pod's ServiceAccount) may mint the provisioner's token.
        edit: r =>
            k8s(r, `${RBAC}:ClusterRolePatch`, "basic-user-tokens", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "system:basic-user" },
                rules: [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["basil-provisioner"],
                    },
                ],
            }),
        refused: /system:basic-user/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "runtime: Sign/Decrypt on key/* of the account by kms:ResourceAliases alias/basil/* (any key the provisioner aliases there)",
        edit: r =>
            rolePolicy(r, "basil-agent-by-alias-tag", "basil-agent", [
                {
                    Effect: "Allow",
                    Action: ["kms:Sign", "kms:Decrypt"],
                    Resource: `arn:aws:kms:us-east-1:${BASIL}:key/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/basil/*" } },
                },
            ]),
        refused: /basil-agent-by-alias-tag/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "runtime: Sign on key/????????-????-????-????-???????????? (every key id) with the RequestAlias condition kept",
        edit: r =>
            rolePolicy(r, "basil-agent-qmarks", "basil-agent", [
                {
                    Effect: "Allow",
                    Action: "kms:Sign",
                    Resource: `arn:aws:kms:us-east-1:${BASIL}:key/????????-????-????-????-????????????`,
                    Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
                },
            ]),
        refused: /basil-agent-qmarks/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "payload key policy: Decrypt for an assumed-role session of the provisioner (arn:aws:sts::...:assumed-role/basil-provisioner/bootstrap)",
        edit: r =>
            keyStatements(r, PAYLOAD, {
                Sid: "BootstrapCheck",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:sts::${BASIL}:assumed-role/basil-provisioner/bootstrap` },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused: /basil-provisioner/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: 'jwt key policy: "*" Sign pinned only by ForAnyValue:StringLike aws:PrincipalOrgPaths (every account of an OU)',
        edit: r =>
            keyStatements(r, JWT, {
                Effect: "Allow",
                Principal: "*",
                Action: ["kms:Sign", "kms:GetPublicKey"],
                Resource: "*",
                Condition: {
                    "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*" },
                },
            }),
        refused: /jwt-signing-primary|PrincipalOrgPaths|\*/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "payload key policy: the CloudWatch Logs service principal may Encrypt/Decrypt without the aws:logs:arn context pin",
        // CloudWatch Logs user guide, "Encrypt log data in CloudWatch Logs using AWS KMS": pin the service with
        // kms:EncryptionContext:aws:logs:arn to your own log groups (confused deputy), else any account's log groups.
        edit: r =>
            keyStatements(r, PAYLOAD, {
                Effect: "Allow",
                Principal: { Service: "logs.us-east-1.amazonaws.com" },
                Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                Resource: "*",
            }),
        refused: /logs/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "provisioner trust: the account root restricted only by aws:PrincipalTag/team = platform (any tagged identity)",
        edit: r =>
            trustStatements(r, "basil-provisioner", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${BASIL}:root` },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:PrincipalTag/team": "platform" } },
            }),
        refused: /basil-provisioner/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: 'provisioner trust: "*" restricted only by sts:SourceIdentity = break-glass (anyone can set a source identity)',
        edit: r =>
            trustStatements(r, "basil-provisioner", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["sts:AssumeRole", "sts:SetSourceIdentity"],
                Condition: { StringEquals: { "sts:SourceIdentity": "break-glass" } },
            }),
        refused: /basil-provisioner/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "runtime: sts:AssumeRole on the outside platform-break-glass role (the provisioner's operator: runtime → operator → provisioner)",
        edit: r =>
            rolePolicy(r, "basil-agent-hop", "basil-agent", [
                { Effect: "Allow", Action: "sts:AssumeRole", Resource: outsideRole(BASIL, "platform-break-glass") },
            ]),
        refused: /platform-break-glass/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "runtime trust: a second IRSA statement for basil/basil-agent of another cluster's OIDC provider",
        edit: r => {
            const other = "oidc.eks.us-west-2.amazonaws.com/id/0000000000000000000000000000BEEF";
            trustStatements(r, "basil-runtime", {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${BASIL}:oidc-provider/${other}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${other}:sub`]: "system:serviceaccount:basil:basil-agent",
                        [`${other}:aud`]: "sts.amazonaws.com",
                    },
                },
            });
        },
        refused: /0000000000000000000000000000BEEF/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "a stack group allowed Sign on key/* (by alias/basil/*) and an outside user added to it by UserGroupMembership",
        edit: r => {
            aws(r, "aws:iam/group:Group", "signers", {
                name: "basil-signers",
                arn: `arn:aws:iam::${BASIL}:group/basil-signers`,
            });
            aws(r, "aws:iam/groupPolicy:GroupPolicy", "signers-policy", {
                group: "basil-signers",
                name: "sign",
                policy: doc({
                    Effect: "Allow",
                    Action: ["kms:Sign", "kms:Verify"],
                    Resource: `arn:aws:kms:us-east-1:${BASIL}:key/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
                }),
            });
            aws(r, "aws:iam/userGroupMembership:UserGroupMembership", "ci-in-signers", {
                user: "ci-deployer",
                groups: ["basil-signers"],
            });
        },
        refused: /basil-signers/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        preview: true,
        name: 'first preview: a KeyPolicy on the jwt key (keyId unknown, depends on it) admitting "*" to Sign through one VPC endpoint',
        edit: r => {
            const key = find(r, KEY, JWT);
            r.push(
                resourceLike(
                    find(r, ROLE, "basil-runtime"),
                    "aws:kms/keyPolicy:KeyPolicy",
                    "jwt-vpce-policy",
                    {
                        keyId: prop(key, "keyId"),
                        policy: doc(
                            {
                                Sid: "EnableIAMDelegation",
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${BASIL}:root` },
                                Action: "kms:*",
                                Resource: "*",
                            },
                            {
                                Sid: "SignThroughEndpoint",
                                Effect: "Allow",
                                Principal: "*",
                                Action: "kms:Sign",
                                Resource: "*",
                                Condition: { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
                            },
                        ),
                    },
                    {
                        propertyDependencies: { keyId: [key.urn] },
                        dependencies: [key.urn],
                    } as unknown as Partial<AnalyzerResourceInput>,
                ),
            );
        },
        refused: /SignThroughEndpoint|"\*"|anyone|vpce/i,
    },
    {
        stack: "basil",
        name: "provisioner trust: GitHub Actions OIDC (a stack OIDC provider) with StringLike sub repo:acme/*",
        edit: r => {
            aws(r, "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "github-oidc", {
                url: "https://token.actions.githubusercontent.com",
                clientIdLists: ["sts.amazonaws.com"],
                arn: `arn:aws:iam::${BASIL}:oidc-provider/token.actions.githubusercontent.com`,
            });
            trustStatements(r, "basil-provisioner", {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${BASIL}:oidc-provider/token.actions.githubusercontent.com` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                    StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" },
                },
            });
        },
        refused: /token\.actions\.githubusercontent\.com/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "MutatingWebhookConfigurationPatch of EKS's pod-identity-webhook pointing its client at an outside URL",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfigurationPatch", "piw-patch", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "pod-identity-webhook" },
                webhooks: [
                    {
                        name: "iam-for-pods.amazonaws.com",
                        clientConfig: { url: "https://hooks.example.net/mutate" },
                    },
                ],
            }),
        refused: /pod-identity-webhook/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: 'a managed Policy attached by PolicyAttachment with roles ["BASIL-AGENT"] (IAM names ignore case) allowing CreateAlias',
        edit: r => {
            aws(r, "aws:iam/policy:Policy", "runtime-alias-policy", {
                name: "runtime-alias",
                arn: `arn:aws:iam::${BASIL}:policy/runtime-alias`,
                policy: doc({
                    Effect: "Allow",
                    Action: ["kms:CreateAlias", "kms:UpdateAlias"],
                    Resource: [`arn:aws:kms:us-east-1:${BASIL}:alias/basil/*`, `arn:aws:kms:us-east-1:${BASIL}:key/*`],
                }),
            });
            aws(r, "aws:iam/policyAttachment:PolicyAttachment", "runtime-alias-attach", {
                name: "runtime-alias",
                policyArn: `arn:aws:iam::${BASIL}:policy/runtime-alias`,
                roles: ["BASIL-AGENT"],
            });
        },
        refused: /runtime-alias/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "a node-exporter-like DaemonSet running as root with the node's /proc on a hostPath (reads /proc/<pid>/root of every pod)",
        // Pod Security Standards, Baseline, "HostPath Volumes" (forbidden) and "Host Namespaces": the node's procfs
        // lists every process of the node; a root process follows /proc/<pid>/root into other pods' filesystems, the
        // projected ServiceAccount tokens included (the same reach hostPID gives, which the pack refuses).
        edit: r =>
            daemonSet(
                r,
                "node-stats",
                "monitoring",
                {
                    image: "quay.io/prometheus/node-exporter:v1.8.2",
                    securityContext: { runAsUser: 0 },
                    volumeMounts: [{ name: "proc", mountPath: "/host/proc", readOnly: true }],
                },
                [{ name: "proc", hostPath: { path: "/proc" } }],
            ),
        refused: /\/proc/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "a non-root DaemonSet with hostPath /proc/1/root (the kubelet follows PID 1's root link: the node's whole filesystem)",
        // A hostPath is bind-mounted by the kubelet, which resolves the magic link /proc/<pid>/root to that process's
        // root: /proc/1/root is the node's "/" (Kubernetes rejects only ".." in a hostPath: validatePathNoBacksteps).
        edit: r =>
            daemonSet(
                r,
                "host-inventory",
                "monitoring",
                {
                    image: "ghcr.io/example/inventory:1.0",
                    securityContext: { runAsNonRoot: true, runAsUser: 1000 },
                    volumeMounts: [{ name: "host", mountPath: "/host", readOnly: true }],
                },
                [{ name: "host", hostPath: { path: "/proc/1/root" } }],
            ),
        refused: /\/proc\/1\/root/,
        policy: "custody-effective-access",
    },
    // Added with the fix (not in the counts before it): a patch of a Role outside the stack keeps that Role's own
    // bindings, which the stack cannot see.
    {
        stack: "basil",
        name: "RolePatch of an existing (outside) Role in basil-bootstrap adding create pods (its bindings are outside the stack)",
        edit: r =>
            k8s(r, `${RBAC}:RolePatch`, "bootstrap-operator-patch", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "Role",
                metadata: { name: "bootstrap-operator", namespace: "basil-bootstrap" },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            }),
        refused: /bindings of Role bootstrap-operator outside this stack/,
        policy: "custody-effective-access",
    },
    // ---------------- trust-domain
    {
        stack: "trust-domain",
        name: "ClusterRolePatch of the built-in system:public-info-viewer (bound to authenticated and anonymous callers) adding pods/exec",
        edit: r =>
            k8s(r, `${RBAC}:ClusterRolePatch`, "public-exec", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "system:public-info-viewer" },
                rules: [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] }],
            }),
        refused: /system:public-info-viewer/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "a ClusterRole named system:discovery (server-side apply onto the built-in role bound to system:authenticated) allowing pods create",
        edit: r =>
            k8sRole(r, "system:discovery", [
                { nonResourceURLs: ["/api", "/apis", "/version"], verbs: ["get"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["create"] },
            ]),
        refused: /system:discovery/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "an EventBridge Scheduler role allowed kms:ScheduleKeyDeletion on the server's keys (key/* of its region)",
        edit: r =>
            stackRole(
                r,
                TD,
                "key-janitor-scheduler",
                { Effect: "Allow", Principal: { Service: "scheduler.amazonaws.com" }, Action: "sts:AssumeRole" },
                [
                    {
                        Effect: "Allow",
                        Action: ["kms:ScheduleKeyDeletion", "kms:DescribeKey"],
                        Resource: `arn:aws:kms:us-east-1:${TD}:key/*`,
                    },
                ],
            ),
        refused: /key-janitor-scheduler/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "a Pod Identity role for spirl-system/spirl-agent (exactly pinned) allowed kms:Sign on key/* of the region",
        edit: r =>
            stackRole(
                r,
                TD,
                "spirl-agent",
                {
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:us-east-1:${TD}:cluster/identity`,
                            "aws:RequestTag/kubernetes-namespace": "spirl-system",
                            "aws:RequestTag/kubernetes-service-account": "spirl-agent",
                        },
                    },
                },
                [{ Effect: "Allow", Action: "kms:Sign", Resource: `arn:aws:kms:us-east-1:${TD}:key/*` }],
            ),
        refused: /spirl-agent/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        preview: true,
        name: "first preview: a new role (ARN unknown) trusting the account root, allowed kms:Sign on *",
        edit: r => {
            const like = find(r, ROLE, "trust-domain-role");
            r.push(
                resourceLike(like, ROLE, "sre-signer", {
                    name: "sre-signer",
                    arn: prop(like, "arn"), // unknown during the first preview, as any new role's ARN
                    assumeRolePolicy: doc({
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${TD}:root` },
                        Action: "sts:AssumeRole",
                    }),
                    inlinePolicies: [
                        { name: "sign", policy: doc({ Effect: "Allow", Action: "kms:Sign", Resource: "*" }) },
                    ],
                }),
            );
        },
        refused: /sre-signer/,
    },
    {
        stack: "trust-domain",
        name: "key planting: a CI role allowed kms:CreateKey and kms:TagResource on key/* (the server discovers its keys by tag)",
        // Seed 001: "On startup, the Trust Domain Server discovers its signing keys in KMS using reserved tags applied
        // at key creation time": whoever may create and tag keys there plants a key whose policy it wrote.
        edit: r =>
            stackRole(
                r,
                TD,
                "ci-key-bootstrap",
                {
                    Effect: "Allow",
                    Principal: { AWS: outsideRole(TD, "ci-runner") },
                    Action: "sts:AssumeRole",
                },
                [
                    { Effect: "Allow", Action: "kms:CreateKey", Resource: "*" },
                    { Effect: "Allow", Action: "kms:TagResource", Resource: `arn:aws:kms:us-east-1:${TD}:key/*` },
                ],
            ),
        refused: /ci-key-bootstrap/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "key manager trust: a Cognito identity pool federation (every authenticated user of the pool)",
        edit: r =>
            trustStatements(r, "trust-domain-role", {
                Effect: "Allow",
                Principal: { Federated: "cognito-identity.amazonaws.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "cognito-identity.amazonaws.com:aud": "us-east-1:12345678-abcd-abcd-abcd-123456789012",
                    },
                    "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" },
                },
            }),
        refused: /cognito/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "RBAC: a RoleBinding in spirl-system binding the built-in edit ClusterRole to every ServiceAccount of the cluster",
        edit: r =>
            bind(
                r,
                "all-sa-edit",
                { kind: "ClusterRole", name: "edit" },
                [{ kind: "Group", name: "system:serviceaccounts", apiGroup: "rbac.authorization.k8s.io" }],
                "spirl-system",
            ),
        refused: /system:serviceaccounts/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "an outside ops role's RolePolicy: Sign on arn:aws:kms:us-east-1:444444444444:key/* under Version 2008-10-17",
        edit: r =>
            aws(r, ROLE_POLICY, "ops-sign", {
                name: "ops-sign",
                role: "platform-ops",
                policy: JSON.stringify({
                    Version: "2008-10-17",
                    Statement: [{ Effect: "Allow", Action: "kms:Sign", Resource: `arn:aws:kms:us-east-1:${TD}:key/*` }],
                }),
            }),
        refused: /platform-ops/,
        policy: "custody-effective-access",
    },
    // Decided this session (pod-spec allowlist): the node's /proc is reachable for any container of the same uid (ptrace(2)).
    {
        stack: "basil",
        name: "a node-exporter DaemonSet reading the node's /proc and /sys read-only as nobody (65534)",
        edit: r =>
            daemonSet(
                r,
                "node-exporter",
                "monitoring",
                {
                    image: "quay.io/prometheus/node-exporter:v1.8.2",
                    args: ["--path.procfs=/host/proc", "--path.sysfs=/host/sys"],
                    // allowPrivilegeEscalation: false since round 10: without it a setuid binary gains euid 0 with
                    // the default capabilities and reads /proc/<pid>/root (test/policy-pack/engine/node10.test.ts).
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: 65534,
                        readOnlyRootFilesystem: true,
                        allowPrivilegeEscalation: false,
                    },
                    volumeMounts: [
                        { name: "proc", mountPath: "/host/proc", readOnly: true },
                        { name: "sys", mountPath: "/host/sys", readOnly: true },
                    ],
                },
                [
                    { name: "proc", hostPath: { path: "/proc" } },
                    { name: "sys", hostPath: { path: "/sys" } },
                ],
            ),
        refused: /hostPath \/proc \(the node's processes\)/,
    },
];

const secure: Case[] = [
    // ---------------- basil
    {
        stack: "basil",
        name: "provisioner trust: the account root restricted by ArnEquals aws:PrincipalArn to the break-glass role (same as naming it)",
        edit: r => {
            const role = find(r, ROLE, "basil-provisioner");
            const t = JSON.parse(String(prop(role, "assumeRolePolicy")));
            t.Statement[0] = {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${BASIL}:root` },
                Action: "sts:AssumeRole",
                Condition: { ArnEquals: { "aws:PrincipalArn": outsideRole(BASIL, "platform-break-glass") } },
            };
            setProp(role, "assumeRolePolicy", JSON.stringify(t));
        },
    },
    {
        stack: "basil",
        name: "provisioner trust: the break-glass operator must use MFA and carry a source identity",
        edit: r => {
            const role = find(r, ROLE, "basil-provisioner");
            const t = JSON.parse(String(prop(role, "assumeRolePolicy")));
            t.Statement[0].Action = ["sts:AssumeRole", "sts:SetSourceIdentity"];
            t.Statement[0].Condition = {
                Bool: { "aws:MultiFactorAuthPresent": "true" },
                StringLike: { "sts:SourceIdentity": "*@example.com" },
            };
            setProp(role, "assumeRolePolicy", JSON.stringify(t));
        },
    },
    {
        stack: "basil",
        name: "runtime: Encrypt/Decrypt further narrowed by an encryption context (kms:EncryptionContext:purpose, kms:EncryptionContextKeys)",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "basil-runtime-access");
            const d = JSON.parse(String(prop(rp, "policy")));
            const s = d.Statement[0];
            d.Statement = [
                { ...s, Sid: "Sign", Action: ["kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey"] },
                {
                    ...s,
                    Sid: "Aead",
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Condition: {
                        ...s.Condition,
                        StringEquals: { "kms:EncryptionContext:purpose": "basil-payload" },
                        "ForAllValues:StringEquals": { "kms:EncryptionContextKeys": ["purpose"] },
                    },
                },
            ];
            setProp(rp, "policy", JSON.stringify(d));
        },
    },
    {
        stack: "basil",
        name: "catalog key policies also name the provisioner for DescribeKey/GetPublicKey (its reconcile probe)",
        edit: r => {
            for (const k of [JWT, PAYLOAD])
                keyStatements(r, k, {
                    Sid: "ProvisionerProbe",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${BASIL}:role/basil-provisioner` },
                    Action: ["kms:DescribeKey", "kms:GetPublicKey"],
                    Resource: "*",
                });
        },
    },
    {
        stack: "basil",
        name: "namespace hardening in basil: default-deny NetworkPolicy, ResourceQuota, LimitRange, PodDisruptionBudget",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "basil-default-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny", namespace: "basil" },
                spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
            });
            k8s(r, "kubernetes:core/v1:ResourceQuota", "basil-quota", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "basil", namespace: "basil" },
                spec: { hard: { pods: "10", "requests.cpu": "4" } },
            });
            k8s(r, "kubernetes:core/v1:LimitRange", "basil-limits", {
                apiVersion: "v1",
                kind: "LimitRange",
                metadata: { name: "basil", namespace: "basil" },
                spec: { limits: [{ type: "Container", default: { cpu: "500m", memory: "256Mi" } }] },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "basil-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "basil-broker", namespace: "basil" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "basil-broker" } } },
            });
        },
    },
    {
        stack: "basil",
        name: "an Organizations resource control policy denying use of the account's KMS keys from outside the organization",
        edit: r => {
            aws(r, "aws:organizations/policy:Policy", "kms-rcp", {
                name: "kms-org-only",
                type: "RESOURCE_CONTROL_POLICY",
                content: doc({
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:*",
                    Resource: "*",
                    Condition: {
                        StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" },
                        BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
                    },
                }),
            });
            aws(r, "aws:organizations/policyAttachment:PolicyAttachment", "kms-rcp-attach", {
                policyId: "p-rcp0123456",
                targetId: BASIL,
            });
        },
    },
    {
        stack: "basil",
        name: "the broker's Deployment wiring IRSA by hand: no automounted token, a projected sts.amazonaws.com token, non-root",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:Deployment", "basil-broker", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "basil-broker", namespace: "basil" },
                spec: {
                    replicas: 2,
                    selector: { matchLabels: { app: "basil-broker" } },
                    template: {
                        metadata: { labels: { app: "basil-broker" } },
                        spec: {
                            serviceAccountName: "basil-agent",
                            automountServiceAccountToken: false,
                            securityContext: { runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001 },
                            containers: [
                                {
                                    name: "broker",
                                    image: "ghcr.io/example/basil:1.0",
                                    env: [
                                        { name: "AWS_ROLE_ARN", value: `arn:aws:iam::${BASIL}:role/basil-agent` },
                                        {
                                            name: "AWS_WEB_IDENTITY_TOKEN_FILE",
                                            value: "/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
                                        },
                                    ],
                                    securityContext: {
                                        allowPrivilegeEscalation: false,
                                        readOnlyRootFilesystem: true,
                                        capabilities: { drop: ["ALL"] },
                                    },
                                    volumeMounts: [
                                        {
                                            name: "aws-token",
                                            mountPath: "/var/run/secrets/eks.amazonaws.com/serviceaccount",
                                            readOnly: true,
                                        },
                                    ],
                                },
                            ],
                            volumes: [
                                {
                                    name: "aws-token",
                                    projected: {
                                        sources: [
                                            {
                                                serviceAccountToken: {
                                                    audience: "sts.amazonaws.com",
                                                    expirationSeconds: 86400,
                                                    path: "token",
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                },
            }),
    },
    // Added with the fix: the neighbours it must keep accepting.
    {
        stack: "basil",
        name: "ClusterRolePatch of system:basic-user adding only a self-review (create selfsubjectreviews)",
        edit: r =>
            k8s(r, `${RBAC}:ClusterRolePatch`, "basic-user-selfreview", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "system:basic-user" },
                rules: [
                    {
                        apiGroups: ["authentication.k8s.io"],
                        resources: ["selfsubjectreviews"],
                        verbs: ["create"],
                    },
                ],
            }),
    },
    {
        stack: "basil",
        name: "a root DaemonSet with a hostPath that only names /proc-like paths elsewhere (/var/log/procmon)",
        edit: r =>
            daemonSet(
                r,
                "procmon-logs",
                "monitoring",
                {
                    image: "ghcr.io/example/shipper:1.0",
                    volumeMounts: [{ name: "logs", mountPath: "/logs", readOnly: true }],
                },
                [{ name: "logs", hostPath: { path: "/var/log/procmon" } }],
            ),
    },
    // ---------------- trust-domain
    {
        stack: "trust-domain",
        name: "the key manager's own policy denies ScheduleKeyDeletion with a pending window under 30 days",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Sid: "KeepDeletionWindow",
                Effect: "Deny",
                Action: "kms:ScheduleKeyDeletion",
                Resource: "*",
                Condition: { NumericLessThan: { "kms:ScheduleKeyDeletionPendingWindowInDays": "30" } },
            }),
    },
    {
        stack: "trust-domain",
        name: "an SCP on the account denying key deletion windows under 30 days and kms:PutKeyPolicy outside the platform role",
        edit: r => {
            aws(r, "aws:organizations/policy:Policy", "kms-scp", {
                name: "kms-guardrails",
                type: "SERVICE_CONTROL_POLICY",
                content: doc(
                    {
                        Effect: "Deny",
                        Action: "kms:ScheduleKeyDeletion",
                        Resource: "*",
                        Condition: { NumericLessThan: { "kms:ScheduleKeyDeletionPendingWindowInDays": "30" } },
                    },
                    {
                        Effect: "Deny",
                        Action: "kms:PutKeyPolicy",
                        Resource: "*",
                        Condition: { ArnNotLike: { "aws:PrincipalArn": outsideRole(TD, "platform-admin") } },
                    },
                ),
            });
            aws(r, "aws:organizations/policyAttachment:PolicyAttachment", "kms-scp-attach", {
                policyId: "p-scp0123456",
                targetId: TD,
            });
        },
    },
    {
        stack: "trust-domain",
        // IAM User Guide, "Policy evaluation logic": the key policy's Deny of the key manager role wins over its IAM
        // "*" grant, so the key is none of the key manager's (engine/judge.ts keptOff) and events.amazonaws.com's use
        // of it is not custody access.
        name: "an alert on the server's key deletions: EventBridge rule → SNS topic encrypted with its own stack CMK (events pinned to the rule, the key manager denied)",
        edit: r => {
            aws(r, KEY, "alerts-cmk", {
                arn: `arn:aws:kms:us-east-1:${TD}:key/0f0f0f0f-1111-2222-3333-444455556666`,
                keyId: "0f0f0f0f-1111-2222-3333-444455556666",
                description: "SNS alerts topic key",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${TD}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        // The seed's key manager holds ScheduleKeyDeletion/Sign on "*": keep it off this key.
                        Sid: "NotTheKeyManager",
                        Effect: "Deny",
                        Principal: { AWS: `arn:aws:iam::${TD}:role/trust-domain-server` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "EventBridgePublishes",
                        Effect: "Allow",
                        Principal: { Service: "events.amazonaws.com" },
                        Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
                        Resource: "*",
                        Condition: {
                            StringEquals: { "aws:SourceAccount": TD },
                            ArnLike: { "aws:SourceArn": `arn:aws:events:us-east-1:${TD}:rule/kms-key-deletion` },
                        },
                    },
                ),
            });
            const key = find(r, KEY, "alerts-cmk");
            key.options = { ...(key.options ?? {}), protect: true };
            aws(r, "aws:sns/topic:Topic", "key-alerts", {
                name: "kms-key-alerts",
                arn: `arn:aws:sns:us-east-1:${TD}:kms-key-alerts`,
                kmsMasterKeyId: `arn:aws:kms:us-east-1:${TD}:key/0f0f0f0f-1111-2222-3333-444455556666`,
            });
            aws(r, "aws:sns/topicPolicy:TopicPolicy", "key-alerts-policy", {
                arn: `arn:aws:sns:us-east-1:${TD}:kms-key-alerts`,
                policy: doc({
                    Effect: "Allow",
                    Principal: { Service: "events.amazonaws.com" },
                    Action: "sns:Publish",
                    Resource: `arn:aws:sns:us-east-1:${TD}:kms-key-alerts`,
                    Condition: {
                        ArnEquals: { "aws:SourceArn": `arn:aws:events:us-east-1:${TD}:rule/kms-key-deletion` },
                    },
                }),
            });
            aws(r, "aws:cloudwatch/eventRule:EventRule", "kms-key-deletion", {
                name: "kms-key-deletion",
                eventPattern: JSON.stringify({
                    source: ["aws.kms"],
                    "detail-type": ["AWS API Call via CloudTrail"],
                    detail: { eventName: ["ScheduleKeyDeletion", "DisableKey"] },
                }),
            });
            aws(r, "aws:cloudwatch/eventTarget:EventTarget", "kms-key-deletion-sns", {
                rule: "kms-key-deletion",
                arn: `arn:aws:sns:us-east-1:${TD}:kms-key-alerts`,
            });
        },
    },
    {
        stack: "trust-domain",
        name: "the SPIRL agent: its own ServiceAccount, token reviews and pod/node reads (no nodes/proxy), a socket-directory hostPath, non-root",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ServiceAccount", "spirl-agent-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "spirl-agent", namespace: "spirl-system" },
            });
            k8sRole(r, "spirl-agent", [
                { apiGroups: [""], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] },
                { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
            ]);
            bind(r, "spirl-agent", { kind: "ClusterRole", name: "spirl-agent" }, [
                { kind: "ServiceAccount", name: "spirl-agent", namespace: "spirl-system" },
            ]);
            daemonSet(
                r,
                "spirl-agent",
                "spirl-system",
                {
                    image: "ghcr.io/example/spirl-agent:1.0",
                    securityContext: { runAsNonRoot: true, runAsUser: 1000, allowPrivilegeEscalation: false },
                    volumeMounts: [{ name: "sockets", mountPath: "/run/spirl/sockets" }],
                },
                [{ name: "sockets", hostPath: { path: "/run/spirl/sockets", type: "DirectoryOrCreate" } }],
            );
        },
    },
    {
        stack: "trust-domain",
        preview: true,
        name: "first preview: a Deployment of spirl-server as its own ServiceAccount whose image tag is still unknown",
        edit: r => {
            const sa = find(r, "kubernetes:core/v1:ServiceAccount", "trust-domain-sa");
            r.push(
                resourceLike(sa, "kubernetes:apps/v1:Deployment", "spirl-server", {
                    apiVersion: "apps/v1",
                    kind: "Deployment",
                    metadata: { name: "spirl-server", namespace: "spirl-system" },
                    spec: {
                        selector: { matchLabels: { app: "spirl-server" } },
                        template: {
                            metadata: { labels: { app: "spirl-server" } },
                            spec: {
                                serviceAccountName: "spirl-server",
                                securityContext: { runAsNonRoot: true },
                                containers: [
                                    {
                                        name: "server",
                                        image: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
                                    },
                                ],
                            },
                        },
                    },
                }),
            );
        },
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 7 (basil and trust-domain, new shapes)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const hit = assertRefused(await runWholePack(c.stack, r), c.refused ?? /(?!)/, c.policy);
            if (process.env.REDTEAM_SHOW === "1") console.log(`      ${hit.policyName}: ${hit.message}`);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
