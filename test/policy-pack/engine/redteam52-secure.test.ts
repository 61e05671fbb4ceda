// Red-team round 52 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team writes beside the custody workloads, each with an insecure neighbour that must stay refused. About a
// third at the IAM/KMS/DynamoDB level, which round 51's secure reviewer did not reach (a metadata-only monitoring
// role, a CI role with exact maintenance permissions, a key administrators statement without Put/Create, extra
// aliases and tags, an audit role reading a runtime role, table TTL/streams/table class/contributor insights); the
// rest where round 51 tightened rules (writers in the working directory at `/`, an unknown working directory,
// ASP.NET Core appsettings defaults and unprefixed environment keys, KEY=VALUE words of unread programs,
// DEFAULT_BINDINGS, impersonation-group resources such as tokenreviews/subjectaccessreviews, metrics.k8s.io pods).
// Two misses, both false refusals: a declared key auditor's key-policy statement written with kms:Describe*/kms:List*
// (IAM-policy-only actions counted in a key policy), and `7z a ARCHIVE SRC` backing up a loopback Jupyter config
// (the viewing rule reads 7z a as changing the sources it only reads). Every insecure neighbour is refused.
import { describeVariants, find, prop, Resources, setProp, StackCase } from "./support";
import { instanceOfB } from "./callerInstanceBuilders";
import { addStatements } from "./support";
import { k8s, outsideRole, roleFor, stackRole, trustedRole } from "./variantBuilders";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { devNodeScript } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const REGION = "eu-west-1";

/** A script user data of the caller's instance. */
const script = (r: Resources, name: string, lines: string[]) =>
    void instanceOfB(r, name, ["#!/bin/bash", "set -euo pipefail", ...lines, ""].join("\n"));

const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** A Jupyter configuration in /etc/jupyter: 127.0.0.1, empty token (local use only), run by root. */
const JUPYTER_OPEN = [
    "pip3 install jupyterlab",
    "mkdir -p /etc/jupyter",
    ...file("/etc/jupyter/jupyter_server_config.py", ["c.ServerApp.ip = '127.0.0.1'", "c.ServerApp.token = ''"], "PY"),
];
const JUPYTER_RUN = "nohup jupyter lab --allow-root >/var/log/jupyter.log 2>&1 &";

const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;
const tableArn = (r: Resources, name: string) => prop(find(r, TABLE, name), "arn") as string;

/** Trust of the account's root (any principal of the account IAM allows). */
const accountTrust = (account: string) => ({
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "sts:AssumeRole",
});

/** GitHub Actions OIDC trust for one repository's main branch. */
const githubTrust = (account: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
            "token.actions.githubusercontent.com:sub": "repo:example-org/custody-infra:ref:refs/heads/main",
        },
    },
});

const LAMBDA_TRUST = { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" };
const AUDITOR_PI = outsideRole(ACCOUNT["pod-identity"], "custody-auditor");

/** A `custody:operations` helper: the named role with metadata-only reads of the signer's keys and tables. */
const MONITORING_HELPER = (account: string, role: string) => [
    {
        name: "custody-monitoring",
        subject: { principal: `arn:aws:iam::${account}:role/${role}` },
        allow: [
            { accessSet: "operations.keyAudit", on: ["signer.shares", "signer.tablesKey"] },
            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
        ],
    },
];

/** Metadata-only reads of the signer's tables and keys (what a CloudWatch dashboard / Config audit needs). */
const monitoringStatements = (r: Resources) => [
    {
        Sid: "TableMetadata",
        Effect: "Allow",
        Action: [
            "dynamodb:DescribeTable",
            "dynamodb:DescribeContinuousBackups",
            "dynamodb:DescribeTimeToLive",
            "dynamodb:ListTagsOfResource",
            "dynamodb:DescribeContributorInsights",
        ],
        Resource: ["signer-tables-keystore", "signer-tables-signer-state", "signer-tables-anti-slashing"].map(t =>
            tableArn(r, t),
        ),
    },
    {
        Sid: "KeyMetadata",
        Effect: "Allow",
        Action: ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListResourceTags"],
        Resource: ["signer-shares-share-1", "signer-shares-share-2", "signer-shares-share-3", "signer-tables-cmk"].map(
            k => keyArn(r, k),
        ),
    },
];

/** Table and key maintenance a CI pipeline performs (backups, TTL, tags, rotation), no data plane. */
const ciStatements = (r: Resources) => [
    {
        Sid: "TableMaintenance",
        Effect: "Allow",
        Action: [
            "dynamodb:DescribeTable",
            "dynamodb:UpdateContinuousBackups",
            "dynamodb:UpdateTimeToLive",
            "dynamodb:TagResource",
            "dynamodb:UntagResource",
        ],
        Resource: ["signer-tables-keystore", "signer-tables-signer-state"].map(t => tableArn(r, t)),
    },
    {
        Sid: "KeyMaintenance",
        Effect: "Allow",
        Action: ["kms:DescribeKey", "kms:EnableKeyRotation", "kms:TagResource", "kms:UntagResource"],
        Resource: ["signer-shares-share-1", "signer-tables-cmk"].map(k => keyArn(r, k)),
    },
];

/** A root unit running the ASP.NET Core app from /opt/app with these Environment= lines. */
const dotnetUnit = (env: string[]) => [
    ...file(
        "/etc/systemd/system/app.service",
        [
            "[Service]",
            ...env.map(e => `Environment=${e}`),
            "WorkingDirectory=/opt/app",
            "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
        ],
        "UNIT",
    ),
    "systemctl daemon-reload",
    "systemctl enable --now app.service",
];

/** The appsettings.json the `dotnet new webapi` template writes (AllowedHosts "*" is host filtering, not a listener). */
const TEMPLATE_APPSETTINGS = file("/opt/app/appsettings.json", [
    "{",
    '  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },',
    '  "AllowedHosts": "*"',
    "}",
]);

const CASES: StackCase[] = [
    // ================= IAM / KMS / DynamoDB =================
    // README "Naming an operations helper": a metadata-only auditor is declared under custody:operations
    // (operations.keyAudit / operations.tableAudit) and its role runs as a Lambda function of the stack.
    {
        stack: "dev",
        name: "A1: a declared monitoring helper (Lambda role) with operations.keyAudit/tableAudit reads of the signer's keys and tables",
        edit: r => void stackRole(r, ACCOUNT.dev, "custody-dev-monitoring", LAMBDA_TRUST, monitoringStatements(r)),
        operations: MONITORING_HELPER(ACCOUNT.dev, "custody-dev-monitoring"),
    },
    {
        stack: "dev",
        name: "AI1: the same declared monitoring helper also allowed dynamodb:Query on the keystore (item reads)",
        operations: MONITORING_HELPER(ACCOUNT.dev, "custody-dev-monitoring"),
        edit: r =>
            void stackRole(r, ACCOUNT.dev, "custody-dev-monitoring", LAMBDA_TRUST, [
                ...monitoringStatements(r),
                { Effect: "Allow", Action: "dynamodb:Query", Resource: tableArn(r, "signer-tables-keystore") },
            ]),
        refused: /custody-dev-monitoring|keystore/,
    },
    {
        stack: "dev",
        name: "AI1b: the declared monitoring helper's role also assumable by any principal of the account (trust names the root)",
        operations: MONITORING_HELPER(ACCOUNT.dev, "custody-dev-monitoring"),
        edit: r =>
            void trustedRole(
                r,
                ACCOUNT.dev,
                "custody-dev-monitoring",
                [LAMBDA_TRUST, accountTrust(ACCOUNT.dev)],
                monitoringStatements(r),
            ),
        refused: /custody-dev-monitoring/,
    },
    {
        stack: "prod",
        name: "AI2: a GitHub Actions CI role with table/key maintenance and kms:PutKeyPolicy on share 1 (rewrites who may decrypt)",
        edit: r =>
            void stackRole(r, ACCOUNT.prod, "custody-prod-ci", githubTrust(ACCOUNT.prod), [
                ...ciStatements(r),
                { Effect: "Allow", Action: "kms:PutKeyPolicy", Resource: keyArn(r, "signer-shares-share-1") },
            ]),
        refused: /custody-prod-ci|PutKeyPolicy|share/,
    },
    {
        stack: "prod",
        name: "AI2b: a GitHub Actions CI role allowed dynamodb:RestoreTableToPointInTime on the keystore (a copy under a new name)",
        edit: r =>
            void stackRole(r, ACCOUNT.prod, "custody-prod-ci", githubTrust(ACCOUNT.prod), [
                ...ciStatements(r),
                {
                    Effect: "Allow",
                    Action: ["dynamodb:RestoreTableToPointInTime", "dynamodb:Scan"],
                    Resource: [
                        tableArn(r, "signer-tables-keystore"),
                        `arn:aws:dynamodb:${REGION}:${ACCOUNT.prod}:table/*`,
                    ],
                },
            ]),
        refused: /custody-prod-ci|keystore|Restore/,
    },
    {
        stack: "pod-identity",
        name: "A3: share 1's key policy with a KeyAuditors statement (exactly operations.keyAudit) for a declared SSO auditor role",
        operations: [
            {
                name: "custody-audit",
                subject: { principal: AUDITOR_PI },
                allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1"] }],
            },
        ],
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "KeyAuditors",
                Effect: "Allow",
                Principal: { AWS: AUDITOR_PI },
                Action: [
                    "kms:DescribeKey",
                    "kms:GetKeyPolicy",
                    "kms:ListKeyPolicies",
                    "kms:GetKeyRotationStatus",
                    "kms:ListKeyRotations",
                    "kms:ListResourceTags",
                    "kms:ListGrants",
                ],
                Resource: "*",
            }),
    },
    // Was a MISS (fixed in round 52): A3b is refused by share-custody ("also lets ... call kms:DescribeCustomKeyStores, kms:ListAliases, ... and 5
    // more"): the pack expands kms:Describe* / kms:List* over the whole KMS action catalogue, but in a KEY policy only
    // actions on a KMS key resource take effect; DescribeCustomKeyStores, ListAliases, ListKeys and ListRetirableGrants
    // are "kms:<action> (IAM policy)" only (KMS API reference, ListAliases "Required permissions: kms:ListAliases (IAM
    // policy)"; KMS developer guide "Permissions reference", Policy type column). In the key policy the statement grants
    // exactly operations.keyAudit (DescribeKey, ListGrants, ListKeyPolicies, ListKeyRotations, ListResourceTags,
    // GetKeyPolicy, GetKeyRotationStatus) to the declared auditor. Who gains: no one; the cost is refusing the KMS
    // console's own wildcard spelling for a declared auditor. Fix: when reading a key policy, drop actions whose
    // catalogue entry has no key resource (IAM-policy-only) before comparing with the access set.
    {
        stack: "pod-identity",
        name: "A3b: the same declared auditor's statement written with the console's wildcards kms:Describe* and kms:List* (plus GetKeyPolicy, GetKeyRotationStatus)",
        operations: [
            {
                name: "custody-audit",
                subject: { principal: AUDITOR_PI },
                allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1"] }],
            },
        ],
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "KeyAuditors",
                Effect: "Allow",
                Principal: { AWS: AUDITOR_PI },
                Action: ["kms:Describe*", "kms:List*", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus"],
                Resource: "*",
            }),
    },
    // Neighbours (round 52): the key-less actions drop out of a key policy, the key's own stay.
    {
        stack: "pod-identity",
        name: "A3c: the declared auditor's statement adds kms:ListKeys, kms:ListAliases and kms:CreateKey (no key resource: nothing in a key policy)",
        operations: [
            {
                name: "custody-audit",
                subject: { principal: AUDITOR_PI },
                allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1"] }],
            },
        ],
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "KeyAuditors",
                Effect: "Allow",
                Principal: { AWS: AUDITOR_PI },
                Action: ["kms:DescribeKey", "kms:ListKeys", "kms:ListAliases", "kms:CreateKey"],
                Resource: "*",
            }),
    },
    {
        stack: "pod-identity",
        name: "AI3b: the declared auditor's statement with kms:Describe*, kms:List* and kms:Get* (GetPublicKey, GetParametersForImport: key actions beyond operations.keyAudit)",
        operations: [
            {
                name: "custody-audit",
                subject: { principal: AUDITOR_PI },
                allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1"] }],
            },
        ],
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "KeyAuditors",
                Effect: "Allow",
                Principal: { AWS: AUDITOR_PI },
                Action: ["kms:Describe*", "kms:List*", "kms:Get*"],
                Resource: "*",
            }),
        refused: /GetPublicKey|GetParametersForImport/,
    },
    {
        stack: "pod-identity",
        name: "AI3: share 1's key policy with the console's default Key Administrators statement (Create*, Put*, ...) for the SSO role",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "Allow access for Key Administrators",
                Effect: "Allow",
                Principal: { AWS: outsideRole(ACCOUNT["pod-identity"], "AWSReservedSSO_Admin_0123456789abcdef") },
                Action: [
                    "kms:Create*",
                    "kms:Describe*",
                    "kms:Enable*",
                    "kms:List*",
                    "kms:Put*",
                    "kms:Update*",
                    "kms:Revoke*",
                    "kms:Disable*",
                    "kms:Get*",
                    "kms:Delete*",
                    "kms:TagResource",
                    "kms:UntagResource",
                    "kms:ScheduleKeyDeletion",
                    "kms:CancelKeyDeletion",
                ],
                Resource: "*",
            }),
        refused: /share|Put|Create|AWSReservedSSO_Admin/,
    },
    {
        stack: "basil",
        name: "A4: a second alias for the JWT signing key and extra cost-allocation tags on both keys",
        edit: r => {
            const key = find(r, KEY, "basil-key-jwt-signing-primary");
            beside(r, "basil", "aws:kms/alias:Alias", "basil-key-jwt-signing-legacy-alias", {
                name: "alias/basil/jwt-signing-legacy",
                targetKeyId: prop(key, "keyId") ?? prop(key, "arn"),
            });
            for (const k of ["basil-key-jwt-signing-primary", "basil-key-payload-aead"]) {
                const kr = find(r, KEY, k);
                setProp(kr, "tags", {
                    ...(prop(kr, "tags") ?? {}),
                    "cost-center": "custody-4711",
                    "data-class": "restricted",
                });
            }
        },
    },
    {
        stack: "basil",
        name: "AI4: a reporting role allowed kms:Decrypt on keys aliased alias/reporting-*, and the stack aliases the payload AEAD key alias/reporting-payload",
        edit: r => {
            stackRole(r, ACCOUNT.basil, "basil-reporting", accountTrust(ACCOUNT.basil), [
                {
                    Effect: "Allow",
                    Action: ["kms:Decrypt", "kms:DescribeKey"],
                    Resource: `arn:aws:kms:*:${ACCOUNT.basil}:key/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/reporting-*" } },
                },
            ]);
            const key = find(r, KEY, "basil-key-payload-aead");
            beside(r, "basil", "aws:kms/alias:Alias", "basil-reporting-alias", {
                name: "alias/reporting-payload",
                targetKeyId: prop(key, "keyId") ?? prop(key, "arn"),
            });
        },
        refused: /basil-reporting|payload|alias/,
    },
    {
        stack: "curity",
        name: "A5: an audit role reading the Curity runtime role's definition (iam:GetRole, GetRolePolicy, List*)",
        edit: r => {
            const arn = prop(find(r, ROLE, "curity-role"), "arn") as string;
            stackRole(r, ACCOUNT.curity, "curity-iam-audit", accountTrust(ACCOUNT.curity), [
                {
                    Effect: "Allow",
                    Action: [
                        "iam:GetRole",
                        "iam:GetRolePolicy",
                        "iam:ListRolePolicies",
                        "iam:ListAttachedRolePolicies",
                        "iam:ListRoleTags",
                    ],
                    Resource: arn,
                },
            ]);
        },
    },
    {
        stack: "curity",
        name: "AI5: the same audit role also allowed iam:UpdateAssumeRolePolicy on the Curity runtime role",
        edit: r => {
            const arn = prop(find(r, ROLE, "curity-role"), "arn") as string;
            stackRole(r, ACCOUNT.curity, "curity-iam-audit", accountTrust(ACCOUNT.curity), [
                { Effect: "Allow", Action: ["iam:GetRole", "iam:UpdateAssumeRolePolicy"], Resource: arn },
            ]);
        },
        refused: /curity-iam-audit|curity/,
    },
    {
        stack: "trust-domain",
        name: "A6: the runtime role gets extra cost-allocation/compliance tags and a description",
        edit: r => {
            const role = find(r, ROLE, "trust-domain-role");
            setProp(role, "tags", { ...(prop(role, "tags") ?? {}), "cost-center": "custody-4711", compliance: "pci" });
            setProp(role, "description", "SPIFFE trust domain server (reviewed 2026-11)");
        },
    },
    {
        stack: "trust-domain",
        name: "AI6: a launcher role allowed iam:PassRole of the runtime role to EC2 and ec2:RunInstances",
        edit: r => {
            const role = find(r, ROLE, "trust-domain-role");
            stackRole(r, ACCOUNT["trust-domain"], "td-launcher", accountTrust(ACCOUNT["trust-domain"]), [
                { Effect: "Allow", Action: "iam:PassRole", Resource: prop(role, "arn") as string },
                {
                    Effect: "Allow",
                    Action: ["ec2:RunInstances", "iam:CreateInstanceProfile", "iam:AddRoleToInstanceProfile"],
                    Resource: "*",
                },
            ]);
        },
        refused: /td-launcher|trust-domain/,
    },
    {
        stack: "dev",
        name: "A7: the keystore with a KEYS_ONLY stream nobody consumes, STANDARD_INFREQUENT_ACCESS and contributor insights",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "KEYS_ONLY");
            setProp(t, "tableClass", "STANDARD_INFREQUENT_ACCESS");
            beside(r, "dev", "aws:dynamodb/contributorInsights:ContributorInsights", "keystore-insights", {
                tableName: prop(t, "name"),
            });
        },
    },
    {
        stack: "dev",
        name: "AI7: the keystore with Time to Live on expires_at (deletes custody records without any principal)",
        edit: r =>
            setProp(find(r, TABLE, "signer-tables-keystore"), "ttl", { attributeName: "expires_at", enabled: true }),
        refused: /ttl|Time to Live/,
    },
    {
        stack: "dev",
        name: "AI7b: the keystore streamed into a Kinesis stream of the account that a Lambda role of the stack reads (GetRecords)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const stream = `arn:aws:kinesis:${REGION}:${ACCOUNT.dev}:stream/keystore-changes`;
            beside(r, "dev", "aws:kinesis/stream:Stream", "keystore-changes", {
                name: "keystore-changes",
                arn: stream,
                shardCount: 1,
            });
            beside(
                r,
                "dev",
                "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination",
                "keystore-to-kinesis",
                {
                    tableName: prop(t, "name"),
                    streamArn: stream,
                },
            );
            stackRole(r, ACCOUNT.dev, "keystore-cdc-reader", LAMBDA_TRUST, [
                {
                    Effect: "Allow",
                    Action: [
                        "kinesis:GetRecords",
                        "kinesis:GetShardIterator",
                        "kinesis:DescribeStream",
                        "kinesis:ListShards",
                    ],
                    Resource: stream,
                },
            ]);
        },
        refused: /keystore|kinesis|Kinesis/,
    },
    {
        stack: "cross-account",
        name: "A8: the cross-account key tagged and given a second alias; the caller's profile role tagged",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            setProp(key, "tags", { ...(prop(key, "tags") ?? {}), "cost-center": "custody-4711" });
            beside(r, "cross-account", "aws:kms/alias:Alias", "cross-account-key-v2-alias", {
                name: "alias/custody/cross-account-v2",
                targetKeyId: prop(key, "keyId") ?? prop(key, "arn"),
            });
            const caller = find(r, ROLE, "cross-account-caller");
            setProp(caller, "tags", { ...(prop(caller, "tags") ?? {}), team: "callers" });
        },
    },

    // ================= working directory writers (round 51) =================
    {
        stack: "cross-account",
        name: 'B1: node_exporter unpacked in a fresh mktemp -d directory (cd "$(mktemp -d)"; tar xzf), installed, then Jupyter on loopback',
        edit: r =>
            script(r, "caller-mktemp-tar", [
                'cd "$(mktemp -d)"',
                "curl -fsSLO https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz",
                "tar xzf node_exporter-1.8.2.linux-amd64.tar.gz",
                "install -m 0755 node_exporter-1.8.2.linux-amd64/node_exporter /usr/local/bin/node_exporter",
                "cd /",
                ...JUPYTER_OPEN,
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: 'BI1: a bundle unpacked with tar xzf in a directory named by a variable (cd "$CONF_DIR"), then Jupyter on loopback',
        edit: r =>
            script(r, "caller-var-tar", [
                ...JUPYTER_OPEN,
                'CONF_DIR="$(dirname "$(jupyter --config-dir)")"',
                'cd "$CONF_DIR"',
                "curl -fsSL https://artifacts.caller.example.com/jupyter/bundle.tgz | tar xz",
                JUPYTER_RUN,
            ]),
        refused: /caller-var-tar/,
    },
    // Was a MISS (fixed in round 52): B2d is refused as "a configuration the pack cannot read on every address": userData.ts viewingJudge marks
    // every path named by a command that is not a known pure reader or parsed copy as changed, and `7z a ARCHIVE SRC`
    // (like `tar -czf ARCHIVE SRC`, accepted in round 51 S4) only reads SRC and writes ARCHIVE (7z(1) "a  Add files to
    // archive", synopsis `7z command [switches] archive_name [file_names]`; only -sdel removes sources). Who gains: no
    // one; the cost is refusing a routine backup of a loopback server's config. Fix: parse 7z/7za/7zz a|u (without
    // -sdel) as a copy whose only destination is the archive name (and l/t/h as readers), as tar -c is.
    {
        stack: "cross-account",
        name: "B2d: a backup of Jupyter's loopback config with 7z a /var/backups/etc-jupyter.7z /etc/jupyter (archive named, sources only read)",
        edit: r =>
            script(r, "caller-7z-a", [
                ...JUPYTER_OPEN,
                "mkdir -p /var/backups",
                "7z a /var/backups/etc-jupyter.7z /etc/jupyter",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "B2e: the same backup with 7zz u -t7z and 7za h (update an archive; hash the sources), at /",
        edit: r =>
            script(r, "caller-7z-u", [
                ...JUPYTER_OPEN,
                "cd /",
                "mkdir -p /var/backups",
                "7zz u -t7z /var/backups/etc-jupyter.7z etc/jupyter",
                "7za h etc/jupyter/jupyter_server_config.py",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "BI2d: a backup with 7z a -sdel (deletes the sources after compressing them), then Jupyter",
        edit: r =>
            script(r, "caller-7z-sdel", [
                ...JUPYTER_OPEN,
                "mkdir -p /var/backups",
                "7z a -sdel /var/backups/etc-jupyter.7z /etc/jupyter",
                JUPYTER_RUN,
            ]),
        refused: /caller-7z-sdel/,
    },
    {
        stack: "cross-account",
        name: "BI2e: 7z a into the config directory itself (7z a /etc/jupyter/jupyter_server_config.py SRC: the config becomes an archive)",
        edit: r =>
            script(r, "caller-7z-into", [
                ...JUPYTER_OPEN,
                "7z a /etc/jupyter/jupyter_server_config.py /opt/seed/extra",
                JUPYTER_RUN,
            ]),
        refused: /caller-7z-into/,
    },
    {
        stack: "cross-account",
        name: "B2b: at / a backup of Jupyter's config with find etc/jupyter | cpio -o -H newc > archive (copy-out writes stdout only)",
        edit: r =>
            script(r, "caller-root-cpio-o", [
                ...JUPYTER_OPEN,
                "cd /",
                "mkdir -p /var/backups",
                "find etc/jupyter -depth -print | cpio -o -H newc > /var/backups/etc-jupyter.cpio",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "B2c: at / the backup archive listed with cpio -t and 7z l (list modes write nothing)",
        edit: r =>
            script(r, "caller-root-list", [
                ...JUPYTER_OPEN,
                "cd /",
                "cpio -t < /var/backups/etc-jupyter.cpio",
                "7z l /var/backups/etc-jupyter.7z",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "BI2b: a downloaded 7z bundle extracted over the config directory (7z x -o/etc/jupyter -y), then Jupyter",
        edit: r =>
            script(r, "caller-7z-x", [
                ...JUPYTER_OPEN,
                "curl -fsSL https://artifacts.caller.example.com/jupyter/conf.7z -o /tmp/conf.7z",
                "7z x /tmp/conf.7z -o/etc/jupyter -y",
                JUPYTER_RUN,
            ]),
        refused: /caller-7z-x/,
    },
    {
        stack: "cross-account",
        name: "BI2: at / the config restored from a downloaded cpio archive (cpio -idmu), then Jupyter",
        edit: r =>
            script(r, "caller-root-cpio", [
                ...JUPYTER_OPEN,
                "cd /",
                "curl -fsSL https://artifacts.caller.example.com/jupyter/etc.cpio -o /tmp/etc.cpio",
                "cpio -idmu < /tmp/etc.cpio",
                JUPYTER_RUN,
            ]),
        refused: /caller-root-cpio/,
    },

    // ================= ASP.NET Core configuration (round 51) =================
    {
        stack: "dev",
        name: 'B3: the dotnet new webapi template\'s appsettings.json (AllowedHosts "*") with --urls http://127.0.0.1:5000',
        edit: devNodeScript("node-dotnet-template", [
            "mkdir -p /opt/app",
            ...TEMPLATE_APPSETTINGS,
            "cd /opt/app",
            "nohup dotnet App.dll --urls http://127.0.0.1:5000 >/var/log/app.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "B3b: the template's appsettings.json and no urls at all (Kestrel's default http://localhost:5000)",
        edit: devNodeScript("node-dotnet-template-default", [
            "mkdir -p /opt/app",
            ...TEMPLATE_APPSETTINGS,
            "cd /opt/app",
            "nohup dotnet App.dll >/var/log/app.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "BI3: the template's appsettings.json with an unprefixed Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 in the unit",
        edit: devNodeScript("node-dotnet-unprefixed-kestrel", [
            "mkdir -p /opt/app",
            ...TEMPLATE_APPSETTINGS,
            ...dotnetUnit(["Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000"]),
        ]),
        config: nodePolicyConfig,
        refused: /node-dotnet-unprefixed-kestrel/,
    },
    {
        stack: "dev",
        name: "B4: a root ASP.NET Core unit on URLS=http://127.0.0.1:5000 with its clients' settings unprefixed (Redis, Seq, an upstream API)",
        edit: devNodeScript("node-dotnet-clients", [
            "mkdir -p /opt/app",
            ...TEMPLATE_APPSETTINGS,
            ...dotnetUnit([
                "URLS=http://127.0.0.1:5000",
                "ASPNETCORE_ENVIRONMENT=Production",
                "ConnectionStrings__Redis=10.20.4.50:6379",
                "Serilog__WriteTo__0__Args__serverUrl=http://10.20.4.40:5341",
                "Upstream__BaseUrl=http://10.20.4.60:8080",
            ]),
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "BI4: the same root ASP.NET Core unit told HTTP_PORTS=5000 unprefixed (every address)",
        edit: devNodeScript("node-dotnet-http-ports", [
            "mkdir -p /opt/app",
            ...TEMPLATE_APPSETTINGS,
            ...dotnetUnit(["HTTP_PORTS=5000", "ConnectionStrings__Redis=10.20.4.50:6379"]),
        ]),
        config: nodePolicyConfig,
        refused: /node-dotnet-http-ports/,
    },

    // ================= KEY=VALUE words of unread programs (round 51) =================
    {
        stack: "dev",
        name: "B5: a root log shipper (fluent-bit -p KEY=VALUE) tailing app logs and forwarding to 10.20.4.21:24224",
        edit: devNodeScript("node-fluentbit-forward", [
            "nohup /opt/fluent-bit/bin/fluent-bit -i tail -p path=/var/log/containers/app-*.log -p tag=app -o forward -p match=app -p host=10.20.4.21 -p port=24224 >/var/log/fluent-bit.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "B5b: a root agent given -config KEY=VALUE words that advertise its node address and set non-address values",
        edit: devNodeScript("node-agent-kv", [
            "nohup /opt/agent/bin/agent --set server.advertise_addr=10.0.1.5:7946 --set log.level=info --set retention=72h --set labels.zone=eu-west-1a >/var/log/agent.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "BI5: the same fluent-bit as a forward input listening on 0.0.0.0 (-p listen=0.0.0.0 -p port=24224)",
        edit: devNodeScript("node-fluentbit-listen", [
            "nohup /opt/fluent-bit/bin/fluent-bit -i forward -p listen=0.0.0.0 -p port=24224 -o stdout >/var/log/fluent-bit.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
        refused: /node-fluentbit-listen/,
    },

    // ================= Kubernetes: DEFAULT_BINDINGS and API groups (round 51) =================
    {
        stack: "prod",
        name: "B6: Prometheus's ServiceAccount bound to the built-in system:monitoring, and a kube-rbac-proxy ClusterRole (tokenreviews, subjectaccessreviews create)",
        edit: r => {
            const prom = { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" };
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "prometheus-system-monitoring", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "prometheus-system-monitoring" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "system:monitoring" },
                subjects: [prom],
            });
            roleFor(
                r,
                "kube-rbac-proxy",
                [
                    { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                    { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
                ],
                [prom],
            );
        },
    },
    {
        stack: "prod",
        name: "B7: platform-devs may read PodMetrics and NodeMetrics (metrics.k8s.io pods/nodes get/list/watch) cluster-wide",
        edit: r =>
            roleFor(
                r,
                "devs-metrics",
                [{ apiGroups: ["metrics.k8s.io"], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] }],
                [DEVS],
            ),
    },
    {
        stack: "prod",
        name: "BI6: the stack writes ClusterRole system:monitoring adding get/list secrets (every holder of the built-in binding, system:monitoring group)",
        edit: r =>
            void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "system-monitoring-patched", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "system:monitoring" },
                rules: [
                    { nonResourceURLs: ["/metrics", "/livez", "/readyz", "/healthz"], verbs: ["get"] },
                    { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] },
                ],
            }),
        refused: /system:monitoring|secret/,
    },
    {
        stack: "prod",
        name: "BI7: the kube-rbac-proxy ClusterRole also allowed impersonate on serviceaccounts (core group) cluster-wide",
        edit: r =>
            roleFor(
                r,
                "kube-rbac-proxy",
                [
                    { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                    { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["impersonate"] },
                ],
                [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }],
            ),
        refused: /kube-rbac-proxy|impersonat|prometheus/,
    },
];

describeVariants(
    "allowlist: red-team round 52, secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
