// Red-team round 41 on the AWS level (fresh eyes) on the committed stacks. Probed: guard Denies whose conditions
// are AND-ed with a key that never holds (aws:SecureTransport false on KMS's HTTPS-only API) or whose pin is a
// wildcard (StringNotLike/ArnLike aws:PrincipalArn role/custody-dev-*), a guard that leaves kms:ReEncrypt*, Pod
// Identity trusts pinned by the cluster's name or an ARN pattern instead of its ARN (and pins written StringLike
// without wildcards), KMS grants to a bare account id and to the cross-account caller, a table policy naming a
// session of the signer, a federated-user session in a trust, an EventBridge Run Command target relaying instance
// metadata on the caller's instances; secure shapes: a runtime role re-assuming itself, guard Denies, grants and
// table policies naming exactly the workload, TLS-only Denies, keys of another Region by per-resource `region`.
import { addStatements, describeVariants, doc, find, prop, Resources, setProp } from "./support";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { ACCOUNT, beside } from "./awsCaseBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const GRANT = "aws:kms/grant:Grant";
const TABLE = "aws:dynamodb/table:Table";
const RP = "aws:iam/rolePolicy:RolePolicy";
const DEV = ACCOUNT.dev;
const B = "777777777777";
const SIGNER = `arn:aws:iam::${DEV}:role/custody-dev-signer`;
const PROD_SIGNER = "arn:aws:iam::111111111111:role/custody-prod-signer";
const CLUSTER = "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators";
const IMDS_RELAY = "socat TCP-LISTEN:8080,fork,bind=0.0.0.0 TCP:169.254.169.254:80";

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

type Statement = { Condition?: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/** Rewrites the statements of a JSON policy property in place. */
function editDoc(res: ReturnType<typeof find>, key: string, f: (s: Statement[]) => Statement[]): void {
    const d = JSON.parse(prop(res, key) as string) as { Statement: Statement[] | Statement };
    const list = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
    setProp(res, key, JSON.stringify({ ...d, Statement: f(list) }));
}

/** The pod-identity signer's trust with its Condition block replaced. */
function podTrust(r: Resources, condition: Record<string, Record<string, unknown>>): void {
    editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", ss => ss.map(s => ({ ...s, Condition: condition })));
}

const anyoneDecrypt = { Sid: "Anyone", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" };

const insecure: Case[] = [
    {
        name: 'dev: share-1 lets "*" Decrypt, "guarded" by a Deny unless aws:PrincipalArn is the signer AND Bool aws:SecureTransport false (conditions are AND-ed; KMS is HTTPS-only, so the Deny never applies)',
        stack: "dev",
        refused: /anyone .*kms:Decrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", anyoneDecrypt, {
                Sid: "OnlySignerOverPlainHttp",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:*",
                Resource: "*",
                Condition: {
                    ArnNotEquals: { "aws:PrincipalArn": SIGNER },
                    Bool: { "aws:SecureTransport": "false" },
                },
            }),
    },
    {
        name: 'dev: share-1 lets "*" Decrypt guarded by a Deny StringNotLike aws:PrincipalArn role/custody-dev-* (every custody-dev-* role of the account, in the stack or not, passes)',
        stack: "dev",
        refused: /anyone .*kms:Decrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", anyoneDecrypt, {
                Sid: "OnlyCustodyRoles",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotLike: { "aws:PrincipalArn": `arn:aws:iam::${DEV}:role/custody-dev-*` } },
            }),
    },
    {
        name: 'dev: share-1 lets "*" kms:ReEncrypt* while its guard Deny (unless aws:PrincipalArn is the signer) covers only kms:Decrypt (ReEncryptFrom decrypts under the share key)',
        stack: "dev",
        refused: /kms:ReEncrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(
                find(r, KEY, "signer-shares-share-1"),
                "policy",
                { Sid: "AnyoneRewrap", Effect: "Allow", Principal: "*", Action: "kms:ReEncrypt*", Resource: "*" },
                {
                    Sid: "OnlySignerDecrypts",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } },
                },
            ),
    },
    {
        name: 'prod: share 2 names "*" for Encrypt/Decrypt pinned by ArnLike aws:PrincipalArn role/custody-prod-signer* (also custody-prod-signer-debug, any role of that prefix)',
        stack: "prod",
        refused: /kms:Decrypt/,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", ss =>
                ss.map(s =>
                    s.Sid === "AllowSignerRole"
                        ? {
                              ...s,
                              Principal: { AWS: "*" },
                              Condition: { ArnLike: { "aws:PrincipalArn": `${PROD_SIGNER}*` } },
                          }
                        : s,
                ),
            ),
    },
    {
        name: "pod-identity: the signer's trust pins the cluster by aws:RequestTag/eks-cluster-name prod-validators instead of its ARN (a same-named cluster in another Region of the account)",
        stack: "pod-identity",
        refused: /eks-cluster-arn|cluster/,
        edit: r =>
            podTrust(r, {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-name": "prod-validators",
                    "aws:RequestTag/kubernetes-namespace": "validators",
                    "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                },
            }),
    },
    {
        name: "pod-identity: the signer's trust pins the cluster with ArnLike arn:aws:eks:*:111111111111:cluster/prod-validators (every Region's prod-validators)",
        stack: "pod-identity",
        refused: /eks-cluster-arn/,
        edit: r =>
            podTrust(r, {
                ArnLike: { "aws:RequestTag/eks-cluster-arn": "arn:aws:eks:*:111111111111:cluster/prod-validators" },
                StringEquals: {
                    "aws:RequestTag/kubernetes-namespace": "validators",
                    "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                },
            }),
    },
    {
        name: 'dev: a KMS Grant on share-1 for kms:Decrypt whose grantee is the bare account id "111111111111" (the account root)',
        stack: "dev",
        refused: /111111111111/,
        policy: "custody-effective-access",
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-1");
            beside(r, "dev", GRANT, "share-1-account", {
                name: "share-1-account",
                keyId: prop(key, "keyId") ?? prop(key, "arn"),
                granteePrincipal: DEV,
                operations: ["Decrypt"],
            });
        },
    },
    {
        name: "cross-account: a KMS Grant on the data key letting the caller role (account B's instance-role, which may only assume the access role) Decrypt",
        stack: "cross-account",
        refused: /instance-role/,
        policy: "custody-effective-access",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            beside(r, "cross-account", GRANT, "caller-decrypt", {
                name: "caller-decrypt",
                keyId: prop(key, "keyId") ?? prop(key, "arn"),
                granteePrincipal: `arn:aws:iam::${B}:role/instance-role`,
                operations: ["Decrypt"],
            });
        },
    },
    {
        name: "dev: the keystore's resourcePolicy lets one session of the signer (assumed-role/custody-dev-signer/pod-1) do dynamodb:* (Scan, DeleteTable, PutResourcePolicy: beyond signer.keySource)",
        stack: "dev",
        refused: /dynamodb:/,
        policy: "custody-effective-access",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(
                t,
                "resourcePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:sts::${DEV}:assumed-role/custody-dev-signer/pod-1` },
                    Action: "dynamodb:*",
                    Resource: "*",
                }),
            );
        },
    },
    {
        name: "trust-domain: the key manager's trust also admits a federated user session of the account (arn:aws:sts::444444444444:federated-user/ops: any IAM user allowed sts:GetFederationToken)",
        stack: "trust-domain",
        refused: /federated-user\/ops/,
        edit: r =>
            addStatements(find(r, ROLE, "trust-domain-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:sts::444444444444:federated-user/ops" },
                Action: "sts:AssumeRole",
            }),
    },
    {
        name: 'basil: the runtime\'s trust also admits the account by bare id ("111122223333") when aws:PrincipalArn is like role/platform-* (every platform-* role of the account)',
        stack: "basil",
        refused: /basil-runtime|111122223333/,
        edit: r =>
            addStatements(find(r, ROLE, "basil-runtime"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "111122223333" },
                Action: "sts:AssumeRole",
                Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/platform-*" } },
            }),
    },
    {
        name: "cross-account: an EventBridge rule of account B with a Run Command target (AWS-RunShellScript on instances tagged app=caller) relaying IMDS on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /./,
        edit: r => {
            const like = find(r, ROLE, "cross-account-caller");
            beside(
                r,
                "cross-account",
                ROLE,
                "events-run-command",
                {
                    name: "events-run-command",
                    arn: `arn:aws:iam::${B}:role/events-run-command`,
                    assumeRolePolicy: doc({
                        Effect: "Allow",
                        Principal: { Service: "events.amazonaws.com" },
                        Action: "sts:AssumeRole",
                    }),
                    inlinePolicies: [
                        {
                            name: "p",
                            policy: doc({
                                Effect: "Allow",
                                Action: "ssm:SendCommand",
                                Resource: [
                                    `arn:aws:ec2:us-east-1:${B}:instance/*`,
                                    "arn:aws:ssm:us-east-1::document/AWS-RunShellScript",
                                ],
                            }),
                        },
                    ],
                },
                like,
            );
            beside(
                r,
                "cross-account",
                "aws:cloudwatch/eventRule:EventRule",
                "hourly",
                { name: "hourly", scheduleExpression: "rate(1 hour)" },
                like,
            );
            beside(
                r,
                "cross-account",
                "aws:cloudwatch/eventTarget:EventTarget",
                "relay",
                {
                    rule: "hourly",
                    arn: "arn:aws:ssm:us-east-1::document/AWS-RunShellScript",
                    roleArn: `arn:aws:iam::${B}:role/events-run-command`,
                    input: JSON.stringify({ commands: [IMDS_RELAY] }),
                    runCommandTargets: [{ key: "tag:app", values: ["caller"] }],
                },
                like,
            );
        },
    },
];

const secure: Case[] = [
    {
        name: "dev: the signer's trust also lets the signer role re-assume itself (Principal its own ARN, sts:AssumeRole: role self-assumption must be explicit)",
        stack: "dev",
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Sid: "SelfAssume",
                Effect: "Allow",
                Principal: { AWS: SIGNER },
                Action: "sts:AssumeRole",
            }),
    },
    {
        name: 'dev: share-1 gains a guard Deny of kms:Encrypt/Decrypt to "*" unless aws:PrincipalArn is the signer (ArnNotEquals)',
        stack: "dev",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "OnlySignerWraps",
                Effect: "Deny",
                Principal: "*",
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } },
            }),
    },
    {
        name: 'dev: every share key denies kms:* to "*" outside TLS (Bool aws:SecureTransport false)',
        stack: "dev",
        edit: r => {
            for (const n of [1, 2, 3])
                addStatements(find(r, KEY, `signer-shares-share-${n}`), "policy", {
                    Sid: "TlsOnly",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:*",
                    Resource: "*",
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                });
        },
    },
    {
        name: "dev: the keystore's resourcePolicy admits exactly the signer role to its signer.keySource actions on the table and its indexes",
        stack: "dev",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const arn = `arn:aws:dynamodb:eu-west-1:${DEV}:table/custody-dev-keystore`;
            setProp(
                t,
                "resourcePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: SIGNER },
                    Action: [
                        "dynamodb:DescribeTable",
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:Query",
                    ],
                    Resource: [arn, `${arn}/index/*`],
                }),
            );
        },
    },
    {
        name: "pod-identity: the signer's trust pins written StringLike with no wildcard (a StringLike value without * or ? matches only itself)",
        stack: "pod-identity",
        edit: r =>
            podTrust(r, {
                StringLike: {
                    "aws:RequestTag/eks-cluster-arn": CLUSTER,
                    "aws:RequestTag/kubernetes-namespace": "validators",
                    "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                },
            }),
    },
    {
        name: "pod-identity: the signer's trust also pins aws:RequestTag/eks-cluster-name and aws:SourceAccount beside the three exact pins",
        stack: "pod-identity",
        edit: r =>
            podTrust(r, {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-arn": [CLUSTER],
                    "aws:RequestTag/eks-cluster-name": ["prod-validators"],
                    "aws:RequestTag/kubernetes-namespace": ["validators"],
                    "aws:RequestTag/kubernetes-service-account": ["containment-chamber"],
                    "aws:SourceAccount": "111111111111",
                },
            }),
    },
    {
        name: 'prod: share 2 names the signer as "*" pinned by ArnEquals aws:PrincipalArn AND StringEquals aws:PrincipalAccount 111111111111',
        stack: "prod",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", ss =>
                ss.map(s =>
                    s.Sid === "AllowSignerRole"
                        ? {
                              ...s,
                              Principal: { AWS: "*" },
                              Condition: {
                                  ArnEquals: { "aws:PrincipalArn": PROD_SIGNER },
                                  StringEquals: { "aws:PrincipalAccount": "111111111111" },
                              },
                          }
                        : s,
                ),
            ),
    },
    {
        name: "dev: a CloudWatch Logs key of the stack created in us-west-2 by per-resource region (no custody key there), the logs service of that Region pinned to the account's log groups",
        stack: "dev",
        edit: r => {
            const key = beside(r, "dev", KEY, "logs-usw2", {
                region: "us-west-2",
                description: "CloudWatch Logs in us-west-2",
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                enableKeyRotation: true,
                arn: "arn:aws:kms:us-west-2:111111111111:key/0b9b2f52-1d7e-4f2b-9c43-0a1f0e6d2c11",
                keyId: "0b9b2f52-1d7e-4f2b-9c43-0a1f0e6d2c11",
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::111111111111:root" },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "Logs",
                        Effect: "Allow",
                        Principal: { Service: "logs.us-west-2.amazonaws.com" },
                        Action: [
                            "kms:Encrypt*",
                            "kms:Decrypt*",
                            "kms:ReEncrypt*",
                            "kms:GenerateDataKey*",
                            "kms:Describe*",
                        ],
                        Resource: "*",
                        Condition: {
                            ArnLike: {
                                "kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:us-west-2:111111111111:log-group:*",
                            },
                        },
                    },
                ),
            });
            key.options = { protect: true, retainOnDelete: true } as AnalyzerResourceInput["options"];
        },
    },
    {
        name: "basil: both catalog keys and their aliases with per-resource region us-east-1 written explicitly (the provider's Region)",
        stack: "basil",
        edit: r => {
            for (const x of r)
                if (x.type === KEY || x.type === "aws:kms/alias:Alias") setProp(x, "region", "us-east-1");
        },
    },
    {
        name: "cross-account: the access role's trust also lets the caller set a source identity (sts:SetSourceIdentity beside sts:AssumeRole, same external id)",
        stack: "cross-account",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", ss =>
                ss.map(s => (s.Effect === "Allow" ? { ...s, Action: ["sts:AssumeRole", "sts:SetSourceIdentity"] } : s)),
            ),
    },
    {
        name: "curity: the server's DynamoDB statement narrowed to items whose partition key is the tenant (ForAllValues:StringEquals dynamodb:LeadingKeys)",
        stack: "curity",
        edit: r => {
            const p = r.find(x => x.type === RP)!;
            editDoc(p, "policy", ss =>
                ss.map(s => ({
                    ...s,
                    Condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["tenant-a"] } },
                })),
            );
        },
    },
];

describeVariants("allowlist: red-team round 41 on the AWS level", insecure, secure);
