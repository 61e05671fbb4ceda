// Red-team round 47 on false positives at the AWS and Kubernetes API levels after round 46 (fresh eyes). Probed: round
// 46's launch template version rule (unseenVersion) with the version forms a real launcher writes (omitted or $Default
// where the default IS the latest, mixedInstancesPolicy by template name, an instance overriding profile and user data);
// round 46's table sub-resource matching by action (stream-only and backup-only roles on other tables, ListStreams on
// "*"); user data forms near round 46's "inert app settings" rule (JSON settings that carry a `version` or a `tasks`
// key, a bash heredoc writing an app config with 0.0.0.0, nginx reverse proxy written by cloud-config, a cloud-config
// user with a locked password); Kubernetes round 46's cluster-wide name-limited identity following and named-create
// pairing, with ServiceAccounts of those names that hold nothing of custody. Each secure shape has an insecure
// neighbour that must stay refused. Misses are `skip` with a MISS comment; none found this round. Seen and left as
// designed (not re-filed): DescribeBackup on table/*/backup/* and ListExports on "*" are refused (ListExports takes an
// optional `table` resource in the Service Authorization Reference, so "*" reaches the stack's tables: grant it on the
// table ARN, as S7 does); JSON settings with a top-level `tasks` key stay refused (userData.ts inertData: "a `tasks`
// key without `version` keeps the text refused"); ExportTableToPointInTime is table management for runtime roles.
import { assertClean, assertRefused, find, Resources, runPackWith, stackResources } from "./support";
import { beside } from "./awsCaseBuilders";
import { bareServiceAccount, namespace, roleFor } from "./variantBuilders";
import {
    CALLER_ROLE,
    groupSpecOfB,
    HARMLESS,
    instanceOfB,
    METADATA,
    tableRole,
    templateOfB,
} from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const NAMED_WRITE = [
    SECRET_CREATE,
    { apiGroups: [""], resources: ["secrets"], resourceNames: ["registry-creds"], verbs: ["get", "patch", "update"] },
];
const tokenFor = (name: string) => ({
    apiGroups: [""],
    resources: ["serviceaccounts/token"],
    resourceNames: [name],
    verbs: ["create"],
});

/** The cross-account caller's EC2 instance (account B, instance profile instance-role, IMDSv2 hop limit 1). */
const callerInstance = (r: Resources, userData: string, name = "caller-box", extra: object = {}) =>
    instanceOfB(r, name, userData, extra);

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });

const NGINX = (upstream: string) => `#cloud-config
packages: [nginx]
write_files:
  - path: /etc/nginx/conf.d/caller.conf
    content: |
      server {
        listen 80 default_server;
        location / {
          proxy_pass ${upstream};
          proxy_set_header Host $host;
        }
      }
runcmd:
  - [systemctl, enable, --now, nginx]
`;

const CASES: Case[] = [
    // ---- launch template versions (round 46's unseenVersion) ----
    {
        stack: "cross-account",
        name: "S1: an Auto Scaling group names no version of a template created with updateDefaultVersion (default = latest = 3)",
        edit: r => {
            templateOfB(r, "caller-lt-upd", "lt-0aaaa0101bbbb0202", HARMLESS, {
                latestVersion: 3,
                defaultVersion: 3,
                updateDefaultVersion: true,
            });
            groupSpecOfB(r, "caller-asg-upd", { launchTemplate: { id: "lt-0aaaa0101bbbb0202" } });
        },
    },
    {
        stack: "cross-account",
        name: 'S2: an Auto Scaling group names version "$Default" of a template whose default is its latest (2)',
        edit: r => {
            templateOfB(r, "caller-lt-def", "lt-0aaaa0303bbbb0404", HARMLESS, { latestVersion: 2, defaultVersion: 2 });
            groupSpecOfB(r, "caller-asg-def", { launchTemplate: { id: "lt-0aaaa0303bbbb0404", version: "$Default" } });
        },
    },
    {
        stack: "cross-account",
        name: "S3: an Auto Scaling group's mixedInstancesPolicy names the template by launchTemplateName with version $Latest (two instance type overrides)",
        edit: r => {
            templateOfB(r, "caller-lt-mixed", "lt-0aaaa0505bbbb0606", HARMLESS, {
                latestVersion: 4,
                defaultVersion: 1,
            });
            groupSpecOfB(r, "caller-asg-mixed", {
                mixedInstancesPolicy: {
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateName: "caller-lt-mixed", version: "$Latest" },
                        overrides: [{ instanceType: "t3.micro" }, { instanceType: "t3a.micro" }],
                    },
                },
            });
        },
    },
    {
        stack: "cross-account",
        name: 'I3: the same mixedInstancesPolicy by launchTemplateName pinned to version "1" (latest 4): version 1\'s user data is unseen',
        edit: r => {
            templateOfB(r, "caller-lt-mixed1", "lt-0aaaa0707bbbb0808", HARMLESS, {
                latestVersion: 4,
                defaultVersion: 1,
            });
            groupSpecOfB(r, "caller-asg-mixed1", {
                mixedInstancesPolicy: {
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateName: "caller-lt-mixed1", version: "1" },
                        overrides: [{ instanceType: "t3.micro" }],
                    },
                },
            });
        },
        refused: /caller-asg-mixed1|caller-lt-mixed1/,
    },
    {
        stack: "cross-account",
        name: 'S4: an instance launches version "1" of a template (latest 2) but gives its own instance profile, metadata options and harmless user data (launch parameters override the template\'s)',
        edit: r => {
            templateOfB(r, "caller-lt-own", "lt-0aaaa0909bbbb1010", HARMLESS, { latestVersion: 2, defaultVersion: 2 });
            callerInstance(r, HARMLESS, "caller-own-params", {
                launchTemplate: { id: "lt-0aaaa0909bbbb1010", version: "1" },
            });
        },
    },
    {
        stack: "cross-account",
        name: 'I4: an instance launches version "1" of a template (latest 2) with its own profile but no user data of its own (version 1\'s user data runs)',
        edit: r => {
            templateOfB(r, "caller-lt-nodata", "lt-0aaaa1111bbbb1212", HARMLESS, {
                latestVersion: 2,
                defaultVersion: 2,
            });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-nodata-v1",
                {
                    iamInstanceProfile: "instance-role",
                    metadataOptions: METADATA,
                    launchTemplate: { id: "lt-0aaaa1111bbbb1212", version: "1" },
                },
                find(r, ROLE, CALLER_ROLE),
            );
        },
        refused: /caller-nodata-v1/,
    },
    // ---- table sub-resources by action (round 46) ----
    {
        stack: "dev",
        name: "S5: a stream consumer reads the streams of another team's tables (GetRecords, GetShardIterator, DescribeStream on table/orders-dev/stream/*) and ListStreams on * (ListStreams takes no resource)",
        edit: r =>
            void tableRole(
                r,
                "orders-stream-consumer",
                [
                    ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
                    "table/orders-dev/stream/*",
                ],
                [["dynamodb:ListStreams"], "*"],
            ),
    },
    {
        stack: "dev",
        name: "I5: a stream consumer with GetRecords/GetShardIterator on table/*/stream/* (every table's stream, custody tables included)",
        edit: r =>
            void tableRole(r, "any-stream-consumer", [
                ["dynamodb:GetRecords", "dynamodb:GetShardIterator"],
                "table/*/stream/*",
            ]),
        refused: /any-stream-consumer/,
        policy: "custody-effective-access",
    },
    {
        stack: "dev",
        name: "S6: a backup auditor lists backups (ListBackups on *, no resource) and describes another team's (DescribeBackup on table/orders-dev/backup/*)",
        edit: r =>
            void tableRole(
                r,
                "backup-auditor",
                [["dynamodb:ListBackups"], "*"],
                [["dynamodb:DescribeBackup"], "table/orders-dev/backup/*"],
            ),
    },
    {
        stack: "dev",
        name: "I6: the backup auditor also may RestoreTableFromBackup on table/*/backup/* and Scan the restored tables (custody items read through a restore)",
        edit: r =>
            void tableRole(
                r,
                "backup-restorer",
                [["dynamodb:ListBackups"], "*"],
                [["dynamodb:DescribeBackup", "dynamodb:RestoreTableFromBackup"], "table/*/backup/*"],
                [["dynamodb:Scan", "dynamodb:PutItem", "dynamodb:BatchWriteItem"], "table/*"],
            ),
        refused: /backup-restorer/,
        policy: "custody-effective-access",
    },
    {
        stack: "dev",
        name: "S7: an analytics role follows another team's exports (ListExports on table/orders-dev, its optional table resource; DescribeExport on table/orders-dev/export/*)",
        edit: r =>
            void tableRole(
                r,
                "orders-exporter",
                [["dynamodb:ListExports"], "table/orders-dev"],
                [["dynamodb:DescribeExport"], "table/orders-dev/export/*"],
            ),
    },
    {
        stack: "dev",
        name: "I7: the analytics role may ExportTableToPointInTime on table/custody-dev-* (custody items exported to its bucket)",
        edit: r =>
            void tableRole(r, "custody-exporter", [["dynamodb:ExportTableToPointInTime"], "table/custody-dev-*"]),
        refused: /custody-exporter/,
        policy: "custody-effective-access",
    },
    // ---- user data forms ----
    {
        stack: "cross-account",
        name: 'S8: user data that is the app\'s JSON settings carrying its own "version" and a "jobs" list of cron entries',
        edit: r =>
            callerInstance(
                r,
                JSON.stringify({
                    version: "2.3.1",
                    apiUrl: "https://caller.example.com",
                    jobs: [
                        { name: "nightly-report", cron: "0 2 * * *" },
                        { name: "rotate-logs", cron: "0 3 * * 0" },
                    ],
                }),
            ),
    },
    {
        stack: "cross-account",
        name: "S9: a bash script writes the app's config with a heredoc (listen 0.0.0.0:3000 inside the file, cat only) and restarts its unit",
        edit: r =>
            callerInstance(
                r,
                `#!/bin/bash
set -euo pipefail
mkdir -p /etc/caller
cat > /etc/caller/app.json <<'EOF'
{"listen": "0.0.0.0:3000", "region": "eu-west-1"}
EOF
systemctl restart caller-app
`,
            ),
    },
    {
        stack: "cross-account",
        name: "S10: cloud-config installs nginx as a reverse proxy on port 80 to the app on 127.0.0.1:3000",
        edit: r => callerInstance(r, NGINX("http://127.0.0.1:3000")),
    },
    {
        stack: "cross-account",
        name: "I10: the same nginx reverse proxy with proxy_pass http://169.254.169.254 (instance metadata served on port 80 to anyone)",
        edit: r => callerInstance(r, NGINX("http://169.254.169.254")),
        refused: /169\.254\.169\.254|nginx|instance metadata|listen/,
    },
    {
        stack: "cross-account",
        name: "S11: cloud-config adds an ops user with an SSH key, lock_passwd true and sudo (key logins only)",
        edit: r =>
            callerInstance(
                r,
                `#cloud-config
ssh_pwauth: false
users:
  - default
  - name: ops
    groups: [wheel]
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    lock_passwd: true
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB5nZ2Fm0b8jXQ2cS1p0d3L4n0vU2bFqk8Yz1t7wqKc ops@laptop
`,
            ),
    },
    {
        stack: "cross-account",
        name: "I11: cloud-config adds the ops user with lock_passwd false, a plain password and ssh_pwauth true",
        edit: r =>
            callerInstance(
                r,
                `#cloud-config
ssh_pwauth: true
users:
  - default
  - name: ops
    groups: [wheel]
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    lock_passwd: false
    plain_text_passwd: Summer2026!
`,
            ),
        refused: /password/i,
    },
    // ---- Kubernetes: cluster-wide name-limited identity following and named-create pairing (round 46) ----
    {
        stack: "prod",
        name: "S12: platform-devs may create secrets in tools and (ClusterRoleBinding) create tokens for every ServiceAccount named log-shipper; ops/log-shipper may only get/list pods and namespaces",
        edit: r => {
            namespace(r, "tools", "restricted");
            bareServiceAccount(r, "ops", "log-shipper");
            roleFor(r, "tools-secret-writers", [SECRET_CREATE], [DEVS], "tools");
            roleFor(r, "shipper-token", [tokenFor("log-shipper")], [DEVS]);
            roleFor(
                r,
                "shipper-reads",
                [{ apiGroups: [""], resources: ["pods", "namespaces"], verbs: ["get", "list", "watch"] }],
                [sa("ops", "log-shipper")],
            );
        },
    },
    {
        stack: "prod",
        name: "I12: the same, with ops/log-shipper also allowed to list secrets cluster-wide (devs read every Secret through its token)",
        edit: r => {
            bareServiceAccount(r, "ops", "log-shipper");
            roleFor(r, "shipper-token", [tokenFor("log-shipper")], [DEVS]);
            roleFor(
                r,
                "shipper-reads",
                [{ apiGroups: [""], resources: ["pods", "namespaces", "secrets"], verbs: ["get", "list", "watch"] }],
                [sa("ops", "log-shipper")],
            );
        },
        refused: /log-shipper|secret/i,
    },
    {
        stack: "prod",
        name: "S13: a CI ServiceAccount ci/publisher may create and patch (resourceNames registry-creds) secrets in its own restricted namespace ci, where no ServiceAccount holds anything",
        edit: r => {
            namespace(r, "ci", "restricted");
            bareServiceAccount(r, "ci", "publisher");
            bareServiceAccount(r, "ci", "builder");
            roleFor(r, "registry-creds-writer", NAMED_WRITE, [sa("ci", "publisher")], "ci");
        },
    },
    {
        stack: "prod",
        name: "I13: the same named create+patch of Secret registry-creds given to ci/publisher in kube-system (a token Secret of a kube-controller-manager controller)",
        edit: r => {
            bareServiceAccount(r, "ci", "publisher");
            roleFor(r, "registry-creds-writer", NAMED_WRITE, [sa("ci", "publisher")], "kube-system");
        },
        refused: /kube-system|registry-creds|kube-controller-manager/,
    },
    {
        stack: "prod",
        name: "S14: platform-devs may (ClusterRoleBinding) impersonate every ServiceAccount named viewer; the known viewers (ops/viewer, tools/viewer) may only get/list deployments",
        edit: r => {
            bareServiceAccount(r, "ops", "viewer");
            bareServiceAccount(r, "tools", "viewer");
            roleFor(
                r,
                "as-viewer",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        resourceNames: ["viewer"],
                        verbs: ["impersonate"],
                    },
                ],
                [DEVS],
            );
            roleFor(
                r,
                "viewer-reads",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] }],
                [sa("ops", "viewer"), sa("tools", "viewer")],
            );
        },
    },
    {
        stack: "prod",
        name: "I14: the same impersonation of every ServiceAccount named viewer, where tools/viewer may also create pods in an unlabeled tools",
        edit: r => {
            bareServiceAccount(r, "ops", "viewer");
            bareServiceAccount(r, "tools", "viewer");
            roleFor(
                r,
                "as-viewer",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        resourceNames: ["viewer"],
                        verbs: ["impersonate"],
                    },
                ],
                [DEVS],
            );
            roleFor(
                r,
                "viewer-pods",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
                [sa("tools", "viewer")],
                "tools",
            );
        },
        refused: /tools|viewer/,
    },
];

describe("allowlist: red-team round 47, secure variants and neighbours", () => {
    for (const c of CASES) {
        const insecure = c.refused !== undefined;
        const run = c.skip ? it.skip : it;
        run(`${insecure ? "refuses" : "accepts"}: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPackWith(c.stack, r);
            if (insecure) assertRefused(ds, c.refused as RegExp, c.policy);
            else assertClean(ds);
        });
    }
});
