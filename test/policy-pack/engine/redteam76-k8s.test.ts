// Red-team round 76 on the Kubernetes/EKS API level (fresh eyes): aws-auth read as aws-iam-authenticator's
// configmap mapper really matches it (pkg/mapper/configmap/configmap.go ParseMap/saveMap, pkg/config/mapper.go
// RoleMapping.Matches/Validate/SSOArnLike: EqualFold and ArnLike matching, the `sso` matcher, Validate dropping bad
// entries, the last mapping per key kept, the first YAML document only, go-yaml v2's !!binary) and neighbours of the
// round 76 webhook pairing (a webhook seeing Secret UPDATE paired with Secret creators): `*` and `*/*` rules,
// UPDATE-only, objectSelector, matchConditions, NotIn namespaceSelector, scope, matchPolicy Exact, DELETE-only.
// Misses (insecure accepted, 5; one class): aws-auth text the pack cannot read but the authenticator can, whose
// unreadable fallback (kubernetes.ts readKubernetes: "every ARN it mentions is treated as a cluster administrator",
// a regex over the RAW text) finds no literal ARN: an `sso` mapping (I4), an escaped ARN beside a second YAML document
// (I5), a merge key (I6b) or a duplicate key (I7), and a `!!binary` rolearn (I18). Fix: unreadable aws-auth text gives
// system:masters to "whoever the text maps" (an unknown actor), as an unknown mapRoles does.
// Secure misses (over-refusals, 8): webhooks that cannot see a token Secret (matchCondition false S6, DELETE only with
// no deleter S8, namespaceSelector NotIn [validators] S10, apiVersions v1beta1 with matchPolicy Exact S11), and aws-auth
// mappings the authenticator drops or replaces (rolearn+sso S12, an earlier duplicate S13, rolearn in mapUsers S14,
// userarn in mapRoles S15).
// Held: wildcard/case-folded rolearn (I1, I2), a role ARN under mapUsers (I3), a plain ARN beside unreadable text (I6,
// I19), duplicate mapping with the last system:masters (I20), JSON mapRoles (I15, S4), webhooks with `*`/`*/*`/UPDATE/
// objectSelector/matchCondition true/NotIn [team-a] (I9-I13, I16), a User subject named as a ServiceAccount (I14); a
// rolearn with a path (S1), binaryData (S2), a harmless sso mapping (S3), scope Cluster (S5), serviceaccounts/token
// webhooks (S7), userarn in mapRoles to a harmless group (S9) accepted.
import { describeVariants, StackCase } from "./support";
import { k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const ADM = "admissionregistration.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const HOOK_URL = "https://hook.team-a.example.com/v";

type R = Parameters<StackCase["edit"]>[0];

/** The aws-auth ConfigMap with this data. */
const awsAuth = (r: R, data: Record<string, string>, extra: Record<string, unknown> = {}) =>
    k8s(r, "kubernetes:core/v1:ConfigMap", "aws-auth-76", {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data,
        ...extra,
    });

const mapRoles = (r: R, text: string) => awsAuth(r, { mapRoles: text });

/** User auditor may create Secrets in validators (a token-Secret creator, as redteam74 secretsHook). */
const secretCreator = (r: R) => {
    k8s(r, `kubernetes:${RBAC}/v1:Role`, "sc76-role", {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name: "sc76", namespace: "validators" },
        rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["create"] }],
    });
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "sc76-binding", {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name: "sc76", namespace: "validators" },
        roleRef: { apiGroup: RBAC, kind: "Role", name: "sc76" },
        subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
    });
};

/** A validating webhook served by team-a's url with this rule (and extra webhook fields); auditor creates Secrets. */
const hook = (r: R, rule: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    secretCreator(r);
    k8s(r, `kubernetes:${ADM}/v1:ValidatingWebhookConfiguration`, "vwh76", {
        apiVersion: `${ADM}/v1`,
        kind: "ValidatingWebhookConfiguration",
        metadata: { name: "vwh76" },
        webhooks: [
            {
                name: "vwh76.example.com",
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { url: HOOK_URL },
                rules: [
                    { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], scope: "*", ...rule },
                ],
                ...extra,
            },
        ],
    });
};

/** namespaceSelector: every namespace but validators (by the name label the API server sets). */
const NOT_VALIDATORS = {
    matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["validators"] }],
};

/** Two validating webhooks of one configuration on Secrets CREATE/UPDATE (namespaced), each with its extra fields. */
const twoHooks = (r: R, a: Record<string, unknown>, b: Record<string, unknown>) => {
    secretCreator(r);
    const one = (name: string, extra: Record<string, unknown>) => ({
        name,
        admissionReviewVersions: ["v1"],
        sideEffects: "None",
        failurePolicy: "Ignore",
        clientConfig: { url: HOOK_URL },
        rules: [
            {
                apiGroups: [""],
                apiVersions: ["v1"],
                operations: ["CREATE", "UPDATE"],
                resources: ["secrets"],
                scope: "Namespaced",
            },
        ],
        ...extra,
    });
    k8s(r, `kubernetes:${ADM}/v1:ValidatingWebhookConfiguration`, "vwh76b", {
        apiVersion: `${ADM}/v1`,
        kind: "ValidatingWebhookConfiguration",
        metadata: { name: "vwh76b" },
        webhooks: [one("a.vwh76b.example.com", a), one("b.vwh76b.example.com", b)],
    });
};

const insecure: StackCase[] = [
    // ---- aws-auth as the authenticator matches it. aws-iam-authenticator pkg/config/mapper.go RoleMapping.Matches:
    // a rolearn holding `*` or `?` is an ArnLike pattern; otherwise strings.EqualFold with the caller's canonical ARN.
    {
        name: "I1 aws-auth mapRoles rolearn wildcard role/platform-* (ArnLike) to system:masters",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                "- rolearn: arn:aws:iam::111111111111:role/platform-*\n  username: ops\n  groups:\n    - system:masters\n",
            ),
    },
    {
        name: "I2 aws-auth mapRoles rolearn role/PLATFORM-OPS (EqualFold) to system:masters",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                "- rolearn: arn:aws:iam::111111111111:role/PLATFORM-OPS\n  username: ops\n  groups:\n    - system:masters\n",
            ),
    },
    // ConfigMapMapper.Map looks the canonical ARN up in the role mappings, then in the user mappings: a role ARN
    // under mapUsers userarn maps the role.
    {
        name: "I3 aws-auth mapUsers userarn of the role platform-ops to system:masters",
        stack: "prod",
        edit: r =>
            awsAuth(r, { mapUsers: `- userarn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n` }),
    },
    // aws-iam-authenticator pkg/config/mapper.go RoleMapping.Validate/SSOArnLike (docs "SSO Role Matcher"): a mapping
    // may name no rolearn but `sso: {permissionSetName, accountID}`, matching every role
    // arn:aws:iam::ACCOUNT:role/AWSReservedSSO_<set>_* (the IAM Identity Center roles of that permission set).
    // Was a MISS (fixed in round 76): the pack (kubernetes.ts parseAwsAuthMappings) finds no rolearn/userarn string, calls the text unreadable,
    // and its fallback (readKubernetes, aws-auth: "every ARN it mentions is treated as a cluster administrator") finds
    // no ARN in the text: no one is given anything, and a system:masters mapping for every Identity Center user of the
    // permission set Admin (cluster-admin: pods as containment-chamber in validators, its token) is accepted. The
    // feature is alpha in the open-source authenticator (SSORoleMatchEnabled); whether EKS's authenticator turns it on
    // is not documented, so the pack cannot prove it off. Fix: an unreadable aws-auth (or a mapping with an `sso`
    // field) whose text names no ARN gives its groups to "whoever the aws-auth text maps" (as an unknown mapRoles does).
    {
        name: "I4 aws-auth mapRoles sso mapping (permission set Admin of 111111111111) to system:masters, no rolearn",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- sso:\n    permissionSetName: Admin\n    accountID: "111111111111"\n  username: admin\n  groups:\n    - system:masters\n',
            ),
    },
    // sigs.k8s.io/yaml YAMLToJSON (what utilyaml.ToJSON calls) decodes the FIRST YAML document only (go-yaml v2
    // Unmarshal); YAML 1.2 5.7 escapes decode "\x61rn:..." to arn:.... The pack's `yaml` parse refuses a second
    // document (unreadable), and its fallback ARN regex does not see the escaped ARN.
    // Was a MISS (fixed in round 76): the authenticator maps platform-ops to system:masters (cluster-admin); the pack (kubernetes.ts
    // readKubernetes, aws-auth: unreadable text → `raw.match(/arn:aws...)` on the RAW text) finds no ARN and records
    // nothing, so the stack is accepted. Fix: the unreadable fallback must not depend on literal ARN spelling: give
    // system:masters to "whoever the text maps" (an unknown actor) whenever the text is unreadable, or decode each
    // document/scalar before looking for ARNs.
    {
        name: 'I5 aws-auth mapRoles rolearn "\\x61rn:...platform-ops" to system:masters, then a second YAML document',
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- rolearn: "\\x61rn:aws:iam::111111111111:role/platform-ops"\n  username: ops\n  groups:\n    - system:masters\n---\n- rolearn: x\n',
            ),
    },
    // Unreadable by a merge key `<<` in another mapping (go-yaml v2 honours merge keys).
    // Held for another reason: the merge-key mapping names other-76's ARN in plain text, which the unreadable
    // fallback counts as system:masters. I6b spells that ARN with an escape too.
    // Was a MISS (fixed in round 76): skipped as one although held above; refused now by the unreadable text itself
    // (whoever it maps counted as system:masters), as I6b.
    {
        name: 'I6 aws-auth mapRoles rolearn "\\x61rn:...platform-ops" to system:masters beside a mapping with a merge key',
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- rolearn: "\\x61rn:aws:iam::111111111111:role/platform-ops"\n  username: ops\n  groups:\n    - system:masters\n- <<: {username: other}\n  rolearn: arn:aws:iam::111111111111:role/other-76\n  groups:\n    - viewers\n',
            ),
    },
    // Was a MISS (fixed in round 76): same class, the ARN's account spelled with escapes ("::\x3111..."), the text unreadable by a duplicate key.
    {
        name: 'I7 aws-auth mapRoles rolearn "arn:aws:iam::\\x3111...:role/platform-ops" to system:masters, username given twice',
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- rolearn: "arn:aws:iam::\\x3111111111111:role/platform-ops"\n  username: ops\n  username: ops\n  groups:\n    - system:masters\n',
            ),
    },
    // Was a MISS (fixed in round 76): same class as I5 (kubernetes.ts readKubernetes unreadable fallback greps the raw text for ARNs): every
    // ARN escaped, one mapping with a merge key. The authenticator maps platform-ops to system:masters. Fix: as I5.
    {
        name: "I6b aws-auth mapRoles, every rolearn escaped, platform-ops to system:masters beside a merge-key mapping",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- rolearn: "\\x61rn:aws:iam::111111111111:role/platform-ops"\n  username: ops\n  groups:\n    - system:masters\n- <<: {username: other}\n  rolearn: "\\x61rn:aws:iam::111111111111:role/other-76"\n  groups:\n    - viewers\n',
            ),
    },
    // YAML 1.1 `!!binary` (go-yaml v2 decode.go: a !!binary scalar is base64-decoded into a string, so YAMLToJSON
    // gives rolearn = arn:aws:iam::111111111111:role/platform-ops). Was a MISS (fixed in round 76): the `yaml` package (core schema) does not
    // resolve !!binary (warning → unreadable), and the base64 text holds no ARN for the fallback: accepted while the
    // authenticator maps platform-ops to system:masters. Fix: as I5 (unreadable text → an unknown actor with
    // system:masters), or decode !!binary as go-yaml does.
    {
        name: "I18 aws-auth mapRoles rolearn `!!binary` (base64 of platform-ops' ARN) to system:masters",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                "- rolearn: !!binary YXJuOmF3czppYW06OjExMTExMTExMTExMTpyb2xlL3BsYXRmb3JtLW9wcw==\n  username: ops\n  groups:\n    - system:masters\n",
            ),
    },
    // Held: a `!!binary` group with a plain ARN (unreadable, the ARN counted as system:masters).
    {
        name: "I19 aws-auth mapRoles platform-ops to group `!!binary c3lzdGVtOm1hc3RlcnM=` (system:masters)",
        stack: "prod",
        edit: r =>
            mapRoles(r, `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - !!binary c3lzdGVtOm1hc3RlcnM=\n`),
    },
    // configmap.go saveMap keys mappings by role.Key() (the lower-cased rolearn): of two mappings of one role the
    // LAST is kept. Here the last gives system:masters.
    {
        name: "I20 aws-auth mapRoles platform-ops twice: readers, then system:masters (the last is kept)",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n- rolearn: ${OPS_ROLE.toUpperCase().replace("ARN:AWS:IAM", "arn:aws:iam").replace(":ROLE/", ":role/")}\n  username: ops\n  groups:\n    - system:masters\n`,
            ),
    },
    // Control: the escape alone (readable text) is decoded (round 75 fix).
    {
        name: 'I8 aws-auth mapRoles rolearn "\\x61rn:...platform-ops" to system:masters (readable, control)',
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- rolearn: "\\x61rn:aws:iam::111111111111:role/platform-ops"\n  username: ops\n  groups:\n    - system:masters\n',
            ),
    },
    // ---- webhooks that see the token controller's Secret UPDATE (neighbours of the round 76 pairing). Kubernetes
    // "Dynamic Admission Control", Matching requests: rules: `*` operations/resources/apiGroups match all;
    // "*/*" matches all resources and subresources; objectSelector is evaluated on the object the creator labels.
    {
        name: "I9 webhook rules apiGroups/resources/operations all `*`, auditor may create Secrets in validators",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: ["*"] }),
    },
    {
        name: "I10 webhook on resources `*/*` UPDATE, auditor may create Secrets in validators",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { apiGroups: ["*"], apiVersions: ["*"], operations: ["UPDATE"], resources: ["*/*"] }),
    },
    {
        name: "I11 webhook on Secrets UPDATE only, auditor may create Secrets in validators",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { operations: ["UPDATE"], resources: ["secrets"] }),
    },
    {
        name: "I12 webhook on Secrets CREATE/UPDATE with objectSelector hook=yes (the creator sets its own labels)",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { resources: ["secrets"] }, { objectSelector: { matchLabels: { hook: "yes" } } }),
    },
    {
        name: "I13 webhook on Secrets CREATE/UPDATE with a matchCondition true",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { resources: ["secrets"] }, { matchConditions: [{ name: "always", expression: "true" }] }),
    },
    // namespaceSelector NotIn team-a admits validators ("Dynamic Admission Control", namespaceSelector).
    {
        name: "I16 webhook on Secrets CREATE/UPDATE whose namespaceSelector is kubernetes.io/metadata.name NotIn [team-a]",
        stack: "prod",
        refused: /webhook server/,
        edit: r =>
            hook(
                r,
                { resources: ["secrets"], scope: "Namespaced" },
                {
                    namespaceSelector: {
                        matchExpressions: [
                            { key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["team-a"] },
                        ],
                    },
                },
            ),
    },
    // ---- RBAC: a User subject named as a ServiceAccount's username. "Using RBAC Authorization", Referring to
    // subjects: a ServiceAccount authenticates as user system:serviceaccount:<ns>:<name>, and a User subject matches by
    // name: team-a's ci pods may create pods in validators.
    {
        name: "I14 pods create in validators bound to User system:serviceaccount:team-a:ci",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "pc76-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "pc76", namespace: "validators" },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "pc76-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "pc76", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "pc76" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "system:serviceaccount:team-a:ci" }],
            });
        },
    },
    // Red team (MISS): a DELETE's AdmissionRequest carries oldObject, but only for a Secret someone deletes: no stack grant lets
    // anyone delete Secrets in validators, and a deleted legacy token Secret's token stops authenticating (Kubernetes
    // "Service Account tokens": legacy Secret-based tokens are checked against the Secret, and the token controller
    // fills a token Secret by UPDATE, not DELETE). Harmless; the pack (kubernetes.ts admissionSecretSight: DELETE
    // ranked with UPDATE as "all") refuses. Fix: rank DELETE apart and pair it with secretDeleters (a creator who may
    // also delete), as CREATE-only is paired with nothing.
    // DECIDED (round 76): refused, moved to the insecure side. The premise "a deleted token stops authenticating"
    // fails: a validating webhook sent the DELETE may deny it (deletion-protection webhooks do; oldObject is sent for
    // DELETE since Kubernetes 1.15, kubernetes/kubernetes#76346), so the token it saw stays valid in a Secret that
    // stays. And no RBAC delete grant is needed for a DELETE to happen: whoever creates a Secret may give it an
    // ownerReference to an owner that does not exist, and the garbage collector deletes a dependent whose owners are
    // all absent (Kubernetes "Garbage Collection", owners and dependents; kube-controller-manager garbagecollector
    // attemptToDeleteItem), after or before the token controller fills it (a race the creator may repeat). So a
    // Secret creator paired with a DELETE webhook stays a token path (kubernetes.ts admissionSecretSight: "all").
    {
        name: "S8 webhook on Secrets DELETE only, auditor may create Secrets in validators",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { operations: ["DELETE"], resources: ["secrets"] }),
    },
    // ---- Neighbours of the round 76 fixes (refused).
    // Unreadable mapUsers text (a `!!binary` userarn, go-yaml v2 decodes it): whoever it maps counts as system:masters.
    {
        name: "N76-I1 aws-auth mapUsers userarn `!!binary` (base64 of platform-ops' ARN) to system:masters",
        stack: "prod",
        refused: /text the pack cannot read/,
        edit: r =>
            awsAuth(r, {
                mapUsers:
                    "- userarn: !!binary YXJuOmF3czppYW06OjExMTExMTExMTExMTpyb2xlL3BsYXRmb3JtLW9wcw==\n  username: ops\n  groups:\n    - system:masters\n",
            }),
    },
    // An sso matcher with a partition (SSOArnLike ignores it) is not read: counted as system:masters.
    {
        name: "N76-I2 aws-auth mapRoles sso mapping with a partition, to group readers (not read: refused)",
        stack: "prod",
        refused: /text the pack cannot read/,
        edit: r =>
            mapRoles(
                r,
                '- sso:\n    permissionSetName: ReadOnly\n    accountID: "111111111111"\n    partition: aws-cn\n  username: ro\n  groups:\n    - readers\n',
            ),
    },
    // UserMapping.Key() is the userarn as written (not lower-cased), Matches EqualFold: two userarns differing in
    // case are both kept, either may be the one matched (Go map order): the system:masters one counts.
    {
        name: "N76-I3 aws-auth mapUsers platform-ops: system:masters, then PLATFORM-OPS spelling to readers (both kept)",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapUsers: `- userarn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n- userarn: ${OPS_ROLE.replace("platform-ops", "PLATFORM-OPS")}\n  username: ops\n  groups:\n    - readers\n`,
            }),
    },
    // A later mapping dropped by Validate (rolearn and sso both) replaces nothing: the system:masters one stays.
    {
        name: "N76-I4 aws-auth mapRoles platform-ops to system:masters, then platform-ops with sso too (dropped) to readers",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n- rolearn: ${OPS_ROLE}\n  sso:\n    permissionSetName: Admin\n    accountID: "111111111111"\n  username: ops\n  groups:\n    - readers\n`,
            ),
    },
    // The twins of S14/S15: the field of the struct is read, the other ignored.
    {
        name: "N76-I5 aws-auth mapUsers entry with userarn platform-ops and a stray rolearn, to system:masters",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapUsers: `- userarn: ${OPS_ROLE}\n  rolearn: arn:aws:iam::111111111111:role/nobody-76\n  username: ops\n  groups:\n    - system:masters\n`,
            }),
    },
    {
        name: "N76-I6 aws-auth mapRoles entry with rolearn platform-ops and a stray userarn, to system:masters",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                `- rolearn: ${OPS_ROLE}\n  userarn: arn:aws:iam::111111111111:user/nobody-76\n  username: ops\n  groups:\n    - system:masters\n`,
            ),
    },
    // Only the literal `false` skips a webhook: another always-false expression is read as possibly true.
    {
        name: "N76-I7 webhook on Secrets CREATE/UPDATE whose matchCondition is `1 == 2`",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { resources: ["secrets"] }, { matchConditions: [{ name: "never", expression: "1 == 2" }] }),
    },
    // matchPolicy Exact with v1 among the versions matches Secret writes.
    {
        name: "N76-I8 webhook on Secrets CREATE/UPDATE apiVersions [v1beta1, v1], matchPolicy Exact",
        stack: "prod",
        refused: /webhook server/,
        edit: r => hook(r, { resources: ["secrets"], apiVersions: ["v1beta1", "v1"] }, { matchPolicy: "Exact" }),
    },
    // Two webhooks: one skipped by a literal false, the other (no condition) sees the Secrets.
    {
        name: "N76-I9 two webhooks on Secrets CREATE/UPDATE, one with matchCondition false, the other without",
        stack: "prod",
        refused: /webhook server/,
        edit: r => twoHooks(r, { matchConditions: [{ name: "never", expression: "false" }] }, {}),
    },
    // Two webhooks: one excludes validators by NotIn, the other selects every namespace.
    {
        name: "N76-I10 two webhooks on Secrets CREATE/UPDATE, one NotIn [validators], the other on every namespace",
        stack: "prod",
        refused: /webhook server/,
        edit: r => twoHooks(r, { namespaceSelector: NOT_VALIDATORS }, {}),
    },
    // aws-auth mapRoles given as JSON (YAML is a superset): platform-ops to system:masters.
    {
        name: "I15 aws-auth mapRoles as a JSON list mapping platform-ops to system:masters",
        stack: "pod-identity",
        edit: r => mapRoles(r, `[{"rolearn": "${OPS_ROLE}", "username": "ops", "groups": ["system:masters"]}]`),
    },
];

const secure: StackCase[] = [
    // EKS user guide, aws-auth ConfigMap: "The role ARN can't include a path"; the authenticator matches the caller's
    // canonical ARN (arn:aws:iam::ACCOUNT:role/NAME, path stripped) by EqualFold (mapper.go Matches), so a rolearn with
    // a path never matches anyone.
    {
        name: "S1 aws-auth mapRoles rolearn role/team/platform-ops (with a path, never matches) to group readers",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                "- rolearn: arn:aws:iam::111111111111:role/team/platform-ops\n  username: ops\n  groups:\n    - readers\n",
            ),
    },
    // aws-auth with mapRoles only under binaryData: the authenticator reads cm.Data (configmap.go ParseMap).
    {
        name: "S2 aws-auth ConfigMap mapping platform-ops to readers; a binaryData copy is not read",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                { mapRoles: `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n` },
                { binaryData: { note: "aGVsbG8=" } },
            ),
    },
    {
        name: "S3 aws-auth mapRoles sso mapping (permission set ReadOnly) to group readers",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                '- sso:\n    permissionSetName: ReadOnly\n    accountID: "111111111111"\n  username: ro\n  groups:\n    - readers\n',
            ),
    },
    {
        name: "S4 aws-auth mapRoles as a JSON list mapping platform-ops to readers",
        stack: "prod",
        edit: r => mapRoles(r, `[{"rolearn": "${OPS_ROLE}", "username": "ops", "groups": ["readers"]}]`),
    },
    // Secrets are namespaced: a rule of scope Cluster never matches them ("Dynamic Admission Control", rules.scope).
    {
        name: "S5 webhook on Secrets CREATE/UPDATE of scope Cluster only, auditor may create Secrets in validators",
        stack: "prod",
        edit: r => hook(r, { resources: ["secrets"], scope: "Cluster" }),
    },
    // matchConditions (GA in 1.30): a condition false means the webhook is not called.
    // Was a MISS (fixed in round 76): Kubernetes "Dynamic Admission Control", "Matching requests: matchConditions": "If ... any matchCondition
    // evaluates to FALSE, the webhook is skipped" (GA in 1.30); a lone `false` condition means the server is never
    // called, so it never sees a token Secret (harmless). The pack (kubernetes.ts admissionSecretSight, webhooks read by
    // their rules only) refuses it as a webhook server reading minted tokens. Fix: a webhook whose matchConditions
    // include the literal expression `false` matches nothing (other CEL stays conservative).
    {
        name: "S6 webhook on Secrets CREATE/UPDATE whose matchCondition is false, auditor may create Secrets",
        stack: "prod",
        edit: r => hook(r, { resources: ["secrets"] }, { matchConditions: [{ name: "never", expression: "false" }] }),
    },
    // TokenRequest admission runs before the token is minted (the TokenRequest object has no status.token then):
    // a webhook on serviceaccounts/token CREATE sees no token.
    {
        name: "S7 webhook on serviceaccounts/token CREATE served by team-a's url",
        stack: "prod",
        edit: r => hook(r, { operations: ["CREATE"], resources: ["serviceaccounts/token"] }),
    },
    // mapRoles RoleMapping has no userarn field (pkg/config types.go); Validate: "one of rolearn or SSO must be
    // supplied": the entry is dropped.
    {
        name: "S9 aws-auth mapRoles entry keyed userarn (no rolearn) of platform-ops to group readers",
        stack: "prod",
        edit: r => mapRoles(r, `- userarn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n`),
    },
    // The API server sets kubernetes.io/metadata.name to the namespace's name (Kubernetes "Well-Known Labels,
    // Annotations and Taints"); NotIn [validators] keeps the webhook from every Secret the auditor may create.
    // Was a MISS (fixed in round 76): kubernetes.io/metadata.name is set by the control plane to the namespace's name (Kubernetes "Well-Known
    // Labels, Annotations and Taints"); NotIn [validators] keeps the webhook off the only namespace auditor writes
    // Secrets in ("Dynamic Admission Control", namespaceSelector). The pack (kubernetes.ts webhookNamespaces: any
    // operator but In → undefined, every namespace) refuses. Fix: read NotIn on that label as "every namespace but
    // these" (sharedNamespaces with an exclusion) instead of giving up.
    {
        name: "S10 webhook on Secrets CREATE/UPDATE whose namespaceSelector is kubernetes.io/metadata.name NotIn [validators]",
        stack: "prod",
        edit: r =>
            hook(
                r,
                { resources: ["secrets"], scope: "Namespaced" },
                {
                    namespaceSelector: {
                        matchExpressions: [
                            { key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["validators"] },
                        ],
                    },
                },
            ),
    },
    // Secrets are served only as v1; matchPolicy Exact matches only the versions listed ("Dynamic Admission Control",
    // Matching requests: matchPolicy), so apiVersions [v1beta1] never matches a Secret write.
    // Was a MISS (fixed in round 76): "Dynamic Admission Control", Matching requests: matchPolicy Exact "means a request should be intercepted
    // only if it exactly matches a specified rule"; core Secrets exist only as v1, so apiVersions [v1beta1] never
    // matches (harmless). The pack (kubernetes.ts admissionSecretSight ignores apiVersions and matchPolicy) refuses.
    // Fix: with matchPolicy Exact, a core rule whose apiVersions hold neither `*` nor v1 matches no Secret write.
    {
        name: "S11 webhook on Secrets CREATE/UPDATE apiVersions [v1beta1], matchPolicy Exact",
        stack: "prod",
        edit: r => hook(r, { resources: ["secrets"], apiVersions: ["v1beta1"] }, { matchPolicy: "Exact" }),
    },
    // pkg/config/mapper.go RoleMapping.Validate: "only one of rolearn or SSO can be supplied"; configmap.go ParseMap
    // drops a mapping that fails Validate.
    // Was a MISS (fixed in round 76): aws-iam-authenticator pkg/config/mapper.go RoleMapping.Validate ("only one of rolearn or SSO can be
    // supplied") and pkg/mapper/configmap/configmap.go ParseMap (a mapping failing Validate is dropped, the rest kept):
    // this mapping maps no one (harmless). The pack (kubernetes.ts parseAwsAuthMappings) reads rolearn and ignores
    // `sso`, so it gives platform-ops system:masters and refuses. Fix: a mapping with both rolearn and sso maps no one.
    {
        name: "S12 aws-auth mapRoles entry with both rolearn platform-ops and sso (dropped by Validate) to system:masters",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                `- rolearn: ${OPS_ROLE}\n  sso:\n    permissionSetName: Admin\n    accountID: "111111111111"\n  username: ops\n  groups:\n    - system:masters\n`,
            ),
    },
    // configmap.go saveMap keeps the LAST mapping of one lower-cased rolearn: platform-ops ends with readers only.
    // Was a MISS (fixed in round 76): aws-iam-authenticator configmap.go saveMap stores mappings in a map keyed by role.Key() (the lower-cased
    // rolearn): the later mapping of platform-ops replaces the earlier one, so platform-ops gets readers only
    // (harmless). The pack (kubernetes.ts readKubernetes, every mapping of parseAwsAuthMappings counted) keeps both and
    // refuses system:masters. Fix: keep only the last mapping per lower-cased rolearn (per userarn for mapUsers), unless
    // a wildcard rolearn (mapper.go Matches: ArnLike) may also match, whose order is a Go map's (random).
    {
        name: "S13 aws-auth mapRoles platform-ops twice: system:masters, then readers (the last is kept)",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n`,
            ),
    },
    // mapUsers UserMapping has no rolearn field (pkg/config types.go); UserMapping.Validate: "value for userarn must be
    // supplied": the entry is dropped.
    // Was a MISS (fixed in round 76): mapUsers decodes into config.UserMapping, which has no rolearn field (encoding/json drops it), and
    // UserMapping.Validate ("value for userarn must be supplied") drops the entry (configmap.go ParseMap): it maps no
    // one. The pack (kubernetes.ts parseAwsAuthMappings: `field("rolearn") ?? field("userarn")` for both maps) gives
    // platform-ops system:masters and refuses. Fix: read rolearn (or sso) only in mapRoles, userarn only in mapUsers.
    {
        name: "S14 aws-auth mapUsers entry keyed rolearn (no userarn) of platform-ops to system:masters (dropped)",
        stack: "prod",
        edit: r =>
            awsAuth(r, { mapUsers: `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n` }),
    },
    // Was a MISS (fixed in round 76): the twin of S14 in mapRoles (config.RoleMapping has no userarn field; Validate: "one of rolearn or SSO
    // must be supplied"): the entry is dropped. Same pack place and fix as S14.
    {
        name: "S15 aws-auth mapRoles entry keyed userarn (no rolearn) of platform-ops to system:masters (dropped)",
        stack: "prod",
        edit: r => mapRoles(r, `- userarn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n`),
    },
    // ---- Neighbours of the round 76 fixes (accepted).
    // configmap.go saveMap: RoleMapping.Key() is strings.ToLower(rolearn): the later PLATFORM-OPS spelling replaces
    // the earlier platform-ops mapping (the twin of I20).
    {
        name: "N76-S1 aws-auth mapRoles platform-ops to system:masters, then PLATFORM-OPS spelling to readers (last kept)",
        stack: "prod",
        edit: r =>
            mapRoles(
                r,
                `- rolearn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n- rolearn: ${OPS_ROLE.replace("platform-ops", "PLATFORM-OPS")}\n  username: ops\n  groups:\n    - readers\n`,
            ),
    },
    // Validate: "one of rolearn or SSO must be supplied": an empty rolearn maps no one.
    {
        name: 'N76-S2 aws-auth mapRoles entry with rolearn "" to system:masters (dropped by Validate)',
        stack: "prod",
        edit: r => mapRoles(r, '- rolearn: ""\n  username: ops\n  groups:\n    - system:masters\n'),
    },
    // mapUsers: the last mapping of one userarn (as written) is kept.
    {
        name: "N76-S3 aws-auth mapUsers platform-ops twice: system:masters, then readers (the last is kept)",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapUsers: `- userarn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - system:masters\n- userarn: ${OPS_ROLE}\n  username: ops\n  groups:\n    - readers\n`,
            }),
    },
    // Two webhooks, both skipped for validators: one by a literal false, the other by NotIn [validators].
    {
        name: "N76-S4 two webhooks on Secrets CREATE/UPDATE: one with matchCondition false, one NotIn [validators]",
        stack: "prod",
        edit: r =>
            twoHooks(
                r,
                { matchConditions: [{ name: "never", expression: " false " }] },
                { namespaceSelector: NOT_VALIDATORS },
            ),
    },
    // matchPolicy Exact with apiVersions [v1beta1, v2]: no version Secrets are served as.
    {
        name: "N76-S5 webhook on Secrets UPDATE apiVersions [v1beta1, v2], matchPolicy Exact",
        stack: "prod",
        edit: r =>
            hook(
                r,
                { resources: ["secrets"], operations: ["UPDATE"], apiVersions: ["v1beta1", "v2"] },
                { matchPolicy: "Exact" },
            ),
    },
];

describeVariants("red team 76: Kubernetes API paths", insecure, secure);
