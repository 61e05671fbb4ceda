// Red-team round 75 on the Kubernetes/EKS API level (fresh eyes): neighbours of round 75's fixes (an access entry's
// unknown kubernetesGroups read as system:masters; a roleRef whose only unknown is kind judged by both same-named
// stack roles, kubernetes.ts kindCandidates), and a route nobody tried: how aws-auth's mapRoles YAML text is decoded
// (kubernetes.ts parseAwsAuthMappings, a line reader) against what aws-iam-authenticator decodes (sigs.k8s.io/yaml,
// go-yaml: the full YAML scalar grammar).
// Probed (insecure): unknown roleRef.kind where one candidate mints tokens, escalates/binds, or is missing from the
// stack (outside object), a built-in name, unknown rules; access entries whose groups are unknown beside EC2_LINUX;
// aws-auth mapRoles whose group system:masters is spelled with YAML double-quoted escapes (\x73, \u0073), a !!str
// tag, a flow list with an escape, an anchor/merge key, a block scalar.
// Probed (secure): unknown roleRef.kind on a ClusterRoleBinding (only the ClusterRole candidate counts) and in
// restricted team-a; aws-auth groups spelled with an escape that decode to a harmless group.
// Misses (insecure accepted, 5; one class): aws-auth mapRoles scalars the pack reads literally instead of decoding
// them as YAML does: double-quoted \x/\u escapes in a group (I10, I11, flow list I13) or username/group of the node
// identity (I16), and a `!!str` tag (I12); each decodes to system:masters / system:node:* in the authenticator.
// Secure misses: none. Held: all roleRef.kind neighbours (I1-I6, S1, S2), access entries (I7, I8), merge keys and
// block scalars (I14, I15: unreadable, refused).
import { UNKNOWN } from "../support";
import { describeVariants, StackCase } from "./support";
import { aws, bind, k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const CM_READ = [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] }];
const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get"] }];

type R = Parameters<StackCase["edit"]>[0];

const role = (r: R, kind: "Role" | "ClusterRole", name: string, rules: unknown, ns?: string) =>
    k8s(r, `kubernetes:${RBAC}/v1:${kind}`, `${name}-${ns ?? "cluster"}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind,
        metadata: ns ? { name, namespace: ns } : { name },
        rules,
    });

const binding = (r: R, kind: string, name: string, roleRef: unknown, subjects: unknown, ns?: string) =>
    k8s(r, `kubernetes:${RBAC}/v1:${kind}`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind,
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef,
        subjects,
    });

/** RoleBinding (or ClusterRoleBinding when ns is undefined) of `name` whose roleRef.kind is unknown, to auditor. */
const unknownKind = (r: R, name: string, ns?: string) =>
    binding(r, ns ? "RoleBinding" : "ClusterRoleBinding", name, { apiGroup: RBAC, kind: UNKNOWN, name }, AUDITOR, ns);

/** The aws-auth ConfigMap mapping platform-ops with this mapRoles text. */
const awsAuth = (r: R, mapRoles: string) =>
    k8s(r, "kubernetes:core/v1:ConfigMap", "aws-auth-75", {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: { mapRoles },
    });

const opsWithGroups = (groupsYaml: string) => `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n${groupsYaml}`;

const insecure: StackCase[] = [
    // ---- roleRef.kind unknown (Kubernetes "Using RBAC Authorization", RoleBinding and ClusterRoleBinding: a
    // RoleBinding may reference a Role in its namespace or a ClusterRole; kind is decided only at `up`)
    {
        name: "I1 RoleBinding in validators of unknown kind: Role rx75 reads ConfigMaps, ClusterRole rx75 mints serviceaccounts/token",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "rx75", CM_READ, "validators");
            role(r, "ClusterRole", "rx75", [
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]);
            unknownKind(r, "rx75", "validators");
        },
    },
    // "Using RBAC Authorization", "Restrictions on role binding": `bind` on roles lets a subject bind any role
    // (cluster-admin included) without holding its permissions; `escalate` lets it write any rule into a role.
    {
        name: "I2 RoleBinding in validators of unknown kind: Role esc75 reads ConfigMaps, ClusterRole esc75 may bind/escalate roles",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "esc75", CM_READ, "validators");
            role(r, "ClusterRole", "esc75", [
                { apiGroups: [RBAC], resources: ["roles", "rolebindings"], verbs: ["bind", "escalate", "create"] },
            ]);
            unknownKind(r, "esc75", "validators");
        },
    },
    // The ClusterRole candidate is not in the stack: at `up` kind ClusterRole names whatever ClusterRole ghost75 exists.
    {
        name: "I3 RoleBinding in validators of unknown kind: only Role ghost75 (reads ConfigMaps) in the stack, ClusterRole ghost75 outside it",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            role(r, "Role", "ghost75", CM_READ, "validators");
            unknownKind(r, "ghost75", "validators");
        },
    },
    // A built-in name: kind ClusterRole at `up` binds built-in admin (creates workloads) in validators.
    {
        name: "I4 RoleBinding in validators of unknown kind named admin, a stack Role admin in validators reading ConfigMaps",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "admin", CM_READ, "validators");
            unknownKind(r, "admin", "validators");
        },
    },
    {
        name: "I5 RoleBinding in validators of unknown kind: Role ur75 with rules unknown, ClusterRole ur75 reads ConfigMaps",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "ur75", UNKNOWN, "validators");
            role(r, "ClusterRole", "ur75", CM_READ);
            unknownKind(r, "ur75", "validators");
        },
    },
    // A Patch of the ClusterRole candidate: the object is outside the stack (its own rules unseen).
    {
        name: "I6 RoleBinding in validators of unknown kind: Role pt75 reads ConfigMaps, ClusterRolePatch pt75 reads ConfigMaps",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "pt75", CM_READ, "validators");
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, "pt75-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "pt75" },
                rules: CM_READ,
            });
            unknownKind(r, "pt75", "validators");
        },
    },
    // ---- access entries (EKS API CreateAccessEntry: kubernetesGroups; type EC2_LINUX is a node identity)
    {
        name: "I7 EC2_LINUX access entry of platform-ops whose kubernetesGroups are unknown",
        stack: "prod",
        preview: true,
        edit: r =>
            aws(r, ENTRY, "ops-75", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "EC2_LINUX",
                kubernetesGroups: UNKNOWN,
            }),
    },
    {
        name: "I8 access entry of platform-ops with userName ops whose kubernetesGroups hold one unknown element",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            aws(r, ENTRY, "ops-75b", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: [UNKNOWN],
                userName: "ops",
            });
        },
    },
    // ---- aws-auth mapRoles decoded as the authenticator decodes it. aws-iam-authenticator pkg/mapper/configmap
    // parses mapRoles with sigs.k8s.io/yaml (go-yaml) Unmarshal; YAML 1.2 spec 5.7 "Escaped Characters": in a
    // double-quoted scalar \xNN and \uNNNN are the character they name, so "\x73ystem:masters" IS system:masters
    // (EKS user guide, aws-auth: system:masters is cluster-admin). Control first.
    {
        name: "I9 aws-auth maps platform-ops to group system:masters (control, plain)",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - system:masters\n")),
    },
    // Was a MISS (fixed in round 75): YAML 1.2 spec 5.7 "Escaped Characters" (\x hex escape in a double-quoted scalar) and aws-iam-authenticator
    // pkg/mapper/configmap (sigs.k8s.io/yaml Unmarshal of mapRoles): the authenticator maps platform-ops to
    // system:masters, cluster-admin on every custody ServiceAccount (pods, tokens, Secrets). The pack reads the group
    // literally (kubernetes.ts parseAwsAuthMappings: `unquote` only strips quotes) as a group named `\x73ystem:masters`
    // that no binding names, and accepts. Fix: decode double-quoted scalars as YAML does (or parse mapRoles with the
    // `yaml` package, as opaque.ts does), and treat any backslash, tag (!), anchor (&), alias (*) in a value as unreadable.
    {
        name: 'I10 aws-auth maps platform-ops to group "\\x73ystem:masters" (double-quoted hex escape)',
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups('    - "\\x73ystem:masters"\n')),
    },
    // Was a MISS (fixed in round 75): same class as I10 (YAML 1.2 5.7: \u escape): the pack reads `\u0073ystem:masters` literally.
    {
        name: 'I11 aws-auth maps platform-ops to group "\\u0073ystem:masters" (double-quoted unicode escape)',
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups('    - "\\u0073ystem:masters"\n')),
    },
    // Was a MISS (fixed in round 75): YAML 1.2 spec 6.9.1 "Node Tags" (!! is the tag handle of tag:yaml.org,2002:, !!str the core string tag):
    // go-yaml (sigs.k8s.io/yaml, what aws-iam-authenticator parses mapRoles with) reads `!!str system:masters` as
    // system:masters, cluster-admin for platform-ops. The pack (kubernetes.ts parseAwsAuthMappings, a group list item
    // is `unquote`d) keeps the group `!!str system:masters` that no binding names, and accepts. Fix: parse mapRoles with
    // a YAML parser (the `yaml` package, core schema) or refuse any value starting with ! & * as unreadable.
    {
        name: "I12 aws-auth maps platform-ops to group `!!str system:masters` (tagged scalar)",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - !!str system:masters\n")),
    },
    // Was a MISS (fixed in round 75): same class as I10, flow list form (`groups: [...]` is split on commas and unquoted, not decoded).
    {
        name: 'I13 aws-auth maps platform-ops with flow groups ["\\x73ystem:masters"]',
        stack: "pod-identity",
        edit: r => awsAuth(r, `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups: ["\\x73ystem:masters"]\n`),
    },
    // YAML 1.1 merge key (go-yaml honours `<<`): an anchored mapping merged into a second one; the pack cannot read it
    // (unreadable text: every ARN named counted as system:masters), held.
    {
        name: "I14 aws-auth merge key: platform-ops merges an anchored system:masters mapping",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- &m\n  rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n- <<: *m\n  rolearn: arn:aws:iam::111111111111:role/platform-ops\n  groups:\n    - system:masters\n`,
            ),
    },
    // YAML block scalar as a group (`>-` folded): system:masters.
    {
        name: "I15 aws-auth maps platform-ops to a folded block-scalar group system:masters",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - >-\n      system:masters\n")),
    },
    // Was a MISS (fixed in round 75): same class as I10 in the username: "\x73ystem:node:{{EC2PrivateDNSName}}" and "\x73ystem:nodes" decode to
    // the node identity (EKS user guide, aws-auth node mapping; Kubernetes "Using Node Authorization": a node reads
    // the Secrets, ConfigMaps and ServiceAccount tokens of pods bound to it). I17, the literal twin, is refused; the
    // escaped one is accepted (username and group read literally). Fix: as I10.
    {
        name: "I17 aws-auth maps platform-ops to username system:node:{{EC2PrivateDNSName}}, group system:nodes (control for I16)",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: ${OPS_ROLE}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:nodes\n`,
            ),
    },
    {
        name: 'I16 aws-auth maps platform-ops to username "\\x73ystem:node:{{EC2PrivateDNSName}}" (a node identity)',
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: ${OPS_ROLE}\n  username: "\\x73ystem:node:{{EC2PrivateDNSName}}"\n  groups:\n    - "\\x73ystem:nodes"\n`,
            ),
    },
    // Neighbours (round 75 fix: kubernetes.ts parseAwsAuthMappings decodes the text with the `yaml` package). YAML 1.2
    // spec 7.1 "Alias Nodes": an alias is the anchored node itself, so *g repeats system:masters for platform-ops
    // (anchored on a field the authenticator ignores: encoding/json drops unknown keys).
    {
        name: "I18 aws-auth: an ignored field note: &g system:masters of another role, repeated as group *g for platform-ops",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: arn:aws:iam::111111111111:role/other-75\n  username: other\n  note: &g system:masters\n  groups:\n    - viewers\n- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - *g\n`,
            ),
    },
    // Two equal keys in one map: go-yaml v2 (sigs.k8s.io/yaml Unmarshal, not UnmarshalStrict) keeps the last, the
    // `yaml` package rejects the text; unreadable either way, so every ARN named counts as system:masters.
    {
        name: "I19 aws-auth: platform-ops mapping with rolearn twice (duplicate key), groups readers",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: arn:aws:iam::111111111111:role/other-75\n  rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n`,
            ),
    },
    // A tag the core schema does not know: unreadable (go-yaml may read it as the plain string system:masters).
    {
        name: "I20 aws-auth maps platform-ops to group `!custom system:masters` (unknown local tag)",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - !custom system:masters\n")),
    },
    // Escapes in a key: encoding/json matches the decoded key `groups` (goFold) to the Groups field.
    {
        name: 'I21 aws-auth: platform-ops with key "gr\\x6fups" (decodes to groups) listing system:masters',
        stack: "prod",
        edit: r => awsAuth(r, `- rolearn: ${OPS_ROLE}\n  username: ops\n  "gr\\x6fups": ["system:masters"]\n`),
    },
    // A group of another type (YAML 1.2 core schema: 12 is an int): encoding/json refuses it into a string, so the
    // text is unreadable, counted as system:masters (fail closed).
    {
        name: "I22 aws-auth maps platform-ops to groups [12, readers] (an int group)",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - 12\n    - readers\n")),
    },
];

const secure: StackCase[] = [
    // A ClusterRoleBinding may reference only a ClusterRole ("Using RBAC Authorization", ClusterRoleBinding): the
    // same-named Role creating pods is no candidate.
    {
        name: "S1 ClusterRoleBinding of unknown kind: ClusterRole crb75 reads ConfigMaps, Role crb75 in validators creates pods",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "ClusterRole", "crb75", CM_READ);
            role(r, "Role", "crb75", POD_CREATE, "validators");
            unknownKind(r, "crb75");
        },
    },
    // Candidates in restricted team-a only: the Role of another namespace (validators) is no candidate.
    {
        name: "S2 RoleBinding in team-a of unknown kind: Role tm75 in team-a and ClusterRole tm75 read ConfigMaps, Role tm75 in validators creates pods",
        stack: "prod",
        preview: true,
        edit: r => {
            role(r, "Role", "tm75", CM_READ, "team-a");
            role(r, "ClusterRole", "tm75", CM_READ);
            role(r, "Role", "tm75", POD_CREATE, "validators");
            unknownKind(r, "tm75", "team-a");
        },
    },
    {
        name: 'S3 aws-auth maps platform-ops to group "r\\x65aders" (decodes to readers, bound to nothing)',
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups('    - "r\\x65aders"\n')),
    },
    {
        name: "S4 aws-auth maps platform-ops to the plain group readers (control)",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - readers\n")),
    },
    {
        name: "S5 RoleBinding of view in validators to User auditor (control for the unknown-kind cases)",
        stack: "prod",
        edit: r => bind(r, "view75", { kind: "ClusterRole", name: "view" }, AUDITOR, "validators"),
    },
    // Neighbours of the decoding fix, harmless once decoded: an escaped username and group of a plain user, a flow
    // list with a unicode escape, an alias repeating a harmless group, a !!str tag on a harmless group.
    {
        name: 'S6 aws-auth maps platform-ops to username "\\x6fps" and flow groups ["r\\u0065aders"] (ops, readers)',
        stack: "prod",
        edit: r => awsAuth(r, `- rolearn: ${OPS_ROLE}\n  username: "\\x6fps"\n  groups: ["r\\u0065aders"]\n`),
    },
    {
        name: "S7 aws-auth: an ignored field note: &g readers of another role, repeated as group *g for platform-ops",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: arn:aws:iam::111111111111:role/other-75\n  username: other\n  note: &g readers\n  groups:\n    - viewers\n- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - *g\n`,
            ),
    },
    {
        name: "S8 aws-auth maps platform-ops to group `!!str readers` (tagged, harmless)",
        stack: "prod",
        edit: r => awsAuth(r, opsWithGroups("    - !!str readers\n")),
    },
];

describeVariants("red team 75: Kubernetes API paths", insecure, secure);
