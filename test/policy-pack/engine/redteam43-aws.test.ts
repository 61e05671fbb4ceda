// Red-team round 43 on the AWS level (fresh eyes) on the committed stacks. Probed: policy variables inside condition
// values that look like exact pins (aws:PrincipalArn arn:aws:iam::${aws:PrincipalAccount}:role/<name>, a namesake
// role in every account; aws:PrincipalAccount ${aws:ResourceAccount}), a Pod Identity trust statement that also names
// the account (IAM callers pass the same session tags with sts:TagSession), a Cognito guest federation on Basil's
// runtime, an EC2 instance of the caller's account relaying instance metadata, a role that may launch instances with
// the caller's instance profile, a Lambda reading the keystore's stream, an EKS access entry making Basil's broker cluster
// admin; secure shapes: data-perimeter guards written with variables (${aws:ResourceAccount}, ${aws:PrincipalOrgID}),
// an aud guard Deny on the signer's trust, a TLS-only table policy, a cost tag, TagSession limited by aws:TagKeys on
// the cross-account trust, table settings a careful team writes explicitly (ttl off, streams off, table class),
// the caller's instance with an SSH key as seed 003 uses it. Misses are `skip` with a MISS comment.
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const RP = "aws:iam/rolePolicy:RolePolicy";
const DEV = ACCOUNT.dev;
const B = "777777777777";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const CLUSTER = "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${DEV}:table/custody-dev-keystore`;
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

type Statement = Record<string, unknown>;

/** Rewrites the statements of a JSON policy property in place. */
function editDoc(res: ReturnType<typeof find>, key: string, f: (s: Statement[]) => Statement[]): void {
    const d = JSON.parse(prop(res, key) as string) as { Statement: Statement[] | Statement };
    const list = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
    setProp(res, key, JSON.stringify({ ...d, Statement: f(list) }));
}

/** A role of the stack's account trusted by one AWS service, with one inline policy. */
function serviceRole(
    r: Resources,
    stack: string,
    name: string,
    service: string,
    account: string,
    policy: object,
    like?: ReturnType<typeof find>,
) {
    return beside(
        r,
        stack,
        ROLE,
        name,
        {
            name,
            arn: `arn:aws:iam::${account}:role/${name}`,
            assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
            inlinePolicies: [{ name: "p", policy: doc(policy) }],
        },
        like,
    );
}

const insecure: Case[] = [
    {
        name: 'dev: share-1 lets "*" Decrypt pinned by ArnEquals aws:PrincipalArn arn:aws:iam::${aws:PrincipalAccount}:role/custody-dev-signer (the variable is the caller\'s account: a role of that name in ANY account)',
        stack: "dev",
        refused: /kms:Decrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "SignerOfAnyAccount",
                Effect: "Allow",
                Principal: "*",
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/custody-dev-signer" },
                },
            }),
    },
    {
        name: "dev: the signer's trust lets \"*\" sts:AssumeRole pinned by StringEquals aws:PrincipalArn arn:aws:iam::${aws:PrincipalAccount}:role/custody-dev-signer (meant as self-assumption; any account's namesake)",
        stack: "dev",
        refused: /custody-dev-signer/,
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Sid: "SelfAssume",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: {
                        "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/custody-dev-signer",
                    },
                },
            }),
    },
    {
        name: 'dev: the keystore\'s resourcePolicy lets "*" GetItem/Query pinned by StringEquals aws:PrincipalAccount ${aws:ResourceAccount} (every identity of the account)',
        stack: "dev",
        refused: /dynamodb:/,
        edit: r =>
            setProp(
                find(r, TABLE, "signer-tables-keystore"),
                "resourcePolicy",
                doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: [KEYSTORE, `${KEYSTORE}/index/*`],
                    Condition: { StringEquals: { "aws:PrincipalAccount": "${aws:ResourceAccount}" } },
                }),
            ),
    },
    {
        name: "pod-identity: the signer's trust statement names the account root beside pods.eks.amazonaws.com under the same three tag pins (any IAM caller of the account passes those tags with sts:TagSession)",
        stack: "pod-identity",
        refused: /111111111111/,
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", ss =>
                ss.map(s => ({
                    ...s,
                    Principal: { Service: "pods.eks.amazonaws.com", AWS: "arn:aws:iam::111111111111:root" },
                })),
            ),
    },
    {
        name: 'pod-identity: a second trust statement lets "*" sts:AssumeRole+TagSession when aws:RequestTag/eks-cluster-arn, kubernetes-namespace and kubernetes-service-account are the pinned values (request tags are the caller\'s choice)',
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": CLUSTER,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
    },
    {
        name: "basil: the runtime's trust also admits Cognito identity pool guests (Federated cognito-identity.amazonaws.com, aud the pool, amr unauthenticated)",
        stack: "basil",
        refused: /basil-runtime|cognito/,
        edit: r =>
            addStatements(find(r, ROLE, "basil-runtime"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: "cognito-identity.amazonaws.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012",
                    },
                    "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "unauthenticated" },
                },
            }),
    },
    // MISS: user data is judged only for instances whose profile is an EKS node identity (engine/kubernetes.ts
    // judgeLaunch/nodeIdentityOf); the cross-account caller's own instances (subject `ec2` of 777777777777) may relay
    // instance metadata to the network, so whoever reaches port 8080 (peered VPCs, VPN, the internet with a public IP)
    // gets instance-role's credentials, assumes the access role and reads my-table / decrypts with the data key. socat
    // terminates the TCP connection on the instance, so IMDSv2's hop limit 1 does not stop it and no X-Forwarded-For
    // is added. Fix: judge the user data of every instance, launch template and launch configuration whose profile
    // holds a custody identity with the node rules (IMDS relays, rootReads). Doc: AWS Security Blog, "Add defense in
    // depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to the EC2 Instance
    // Metadata Service" (IMDS is link-local: "only software running on the instance can access it"); README "The
    // effective-access engine" (a relay naming 169.254.169.254 is refused in node user data).
    {
        name: "cross-account: an EC2 instance of account B with the caller's instance profile whose user data relays instance metadata on 0.0.0.0:8080 (anyone reaching the port is the caller)",
        stack: "cross-account",
        refused: /./,
        skip: "MISS: IMDS relay in the caller instance's user data",
        edit: r => {
            const like = find(r, ROLE, "cross-account-caller");
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-box",
                {
                    ami: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    iamInstanceProfile: "instance-role",
                    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                    userData: `#!/bin/bash\ndnf install -y socat\nnohup ${IMDS_RELAY} &\n`,
                },
                like,
            );
        },
    },
    {
        name: "cross-account: a CodeBuild role of account B may iam:PassRole the caller role and ec2:RunInstances (launches an instance with the caller's profile, then assumes the access role)",
        stack: "cross-account",
        refused: /ci-builder/,
        edit: r =>
            serviceRole(
                r,
                "cross-account",
                "ci-builder",
                "codebuild.amazonaws.com",
                B,
                {
                    Effect: "Allow",
                    Action: ["iam:PassRole", "ec2:RunInstances"],
                    Resource: [`arn:aws:iam::${B}:role/instance-role`, "*"],
                },
                find(r, ROLE, "cross-account-caller"),
            ),
    },
    {
        name: "dev: the keystore streams NEW_IMAGE into a Lambda event source mapping whose function role (not the signer) reads the stream",
        stack: "dev",
        refused: /stream|keystore/,
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const stream = `${KEYSTORE}/stream/2025-01-01T00:00:00.000`;
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_IMAGE");
            setProp(t, "streamArn", stream);
            serviceRole(r, "dev", "keystore-indexer", "lambda.amazonaws.com", DEV, {
                Effect: "Allow",
                Action: [
                    "dynamodb:GetRecords",
                    "dynamodb:GetShardIterator",
                    "dynamodb:DescribeStream",
                    "dynamodb:ListStreams",
                ],
                Resource: `${KEYSTORE}/stream/*`,
            });
            beside(r, "dev", "aws:lambda/function:Function", "keystore-indexer", {
                name: "keystore-indexer",
                role: `arn:aws:iam::${DEV}:role/keystore-indexer`,
                runtime: "python3.12",
                handler: "index.handler",
                arn: `arn:aws:lambda:eu-west-1:${DEV}:function:keystore-indexer`,
            });
            beside(r, "dev", "aws:lambda/eventSourceMapping:EventSourceMapping", "keystore-stream", {
                eventSourceArn: stream,
                functionName: `arn:aws:lambda:eu-west-1:${DEV}:function:keystore-indexer`,
                startingPosition: "LATEST",
            });
        },
    },
    {
        name: "basil: an EKS access entry gives the broker's runtime role AmazonEKSClusterAdminPolicy (it can run pods as basil-bootstrap/basil-provisioner, the key-creating provisioner's ServiceAccount)",
        stack: "basil",
        refused: /./,
        edit: r => {
            const roleArn = prop(find(r, ROLE, "basil-runtime"), "arn") as string;
            beside(r, "basil", "aws:eks/accessEntry:AccessEntry", "broker-admin", {
                clusterName: "basil-cluster",
                principalArn: roleArn,
                type: "STANDARD",
            });
            beside(r, "basil", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "broker-admin", {
                clusterName: "basil-cluster",
                principalArn: roleArn,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
    // MISS: user data is judged only for instances whose profile is an EKS node identity (engine/kubernetes.ts
    // judgeLaunch/nodeIdentityOf); the cross-account caller's own instances (subject `ec2` of 777777777777) may relay
    // instance metadata to the network, so whoever reaches port 8080 (peered VPCs, VPN, the internet with a public IP)
    // gets instance-role's credentials, assumes the access role and reads my-table / decrypts with the data key. socat
    // terminates the TCP connection on the instance, so IMDSv2's hop limit 1 does not stop it and no X-Forwarded-For
    // is added. Fix: judge the user data of every instance, launch template and launch configuration whose profile
    // holds a custody identity with the node rules (IMDS relays, rootReads). Doc: AWS Security Blog, "Add defense in
    // depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to the EC2 Instance
    // Metadata Service" (IMDS is link-local: "only software running on the instance can access it"); README "The
    // effective-access engine" (a relay naming 169.254.169.254 is refused in node user data).
    {
        name: "cross-account: an Auto Scaling group of account B launching the caller's instance profile from a launch template whose user data relays instance metadata on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /./,
        skip: "MISS: IMDS relay in the caller launch template's user data",
        edit: r => {
            const like = find(r, ROLE, "cross-account-caller");
            beside(
                r,
                "cross-account",
                "aws:ec2/launchTemplate:LaunchTemplate",
                "caller-lt",
                {
                    name: "caller-lt",
                    id: "lt-0123456789abcdef0",
                    latestVersion: 1,
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    iamInstanceProfile: { name: "instance-role" },
                    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                    userData: Buffer.from(`#!/bin/bash\nnohup ${IMDS_RELAY} &\n`).toString("base64"),
                },
                like,
            );
            beside(
                r,
                "cross-account",
                "aws:autoscaling/group:Group",
                "caller-asg",
                {
                    name: "caller-asg",
                    minSize: 1,
                    maxSize: 2,
                    launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" },
                    vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                },
                like,
            );
        },
    },
];

const secure: Case[] = [
    {
        name: 'dev: every share key denies kms:* to "*" unless aws:PrincipalAccount is ${aws:ResourceAccount} (data-perimeter guard written with a variable)',
        stack: "dev",
        edit: r => {
            for (const n of [1, 2, 3])
                addStatements(find(r, KEY, `signer-shares-share-${n}`), "policy", {
                    Sid: "OwnAccountOnly",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:*",
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:PrincipalAccount": "${aws:ResourceAccount}" } },
                });
        },
    },
    {
        name: "dev: the signer's trust denies sts:AssumeRoleWithWebIdentity when the token's aud is not sts.amazonaws.com",
        stack: "dev",
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Sid: "AudienceGuard",
                Effect: "Deny",
                Principal: { Federated: `arn:aws:iam::${DEV}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringNotEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" } },
            }),
    },
    {
        name: "dev: the signer's RolePolicy gains a Deny of dynamodb:* and kms:* on resources outside its own account (StringNotEquals aws:ResourceAccount ${aws:PrincipalAccount})",
        stack: "dev",
        edit: r =>
            addStatements(find(r, RP, "signer-role-access"), "policy", {
                Sid: "OwnAccountResources",
                Effect: "Deny",
                Action: ["dynamodb:*", "kms:*"],
                Resource: "*",
                Condition: { StringNotEquals: { "aws:ResourceAccount": "${aws:PrincipalAccount}" } },
            }),
    },
    {
        name: "basil: the runtime's RolePolicy gains a Deny of kms:* outside its organization (StringNotEquals aws:ResourceOrgID ${aws:PrincipalOrgID})",
        stack: "basil",
        edit: r =>
            addStatements(find(r, RP, "basil-runtime-access"), "policy", {
                Sid: "OrgResourcesOnly",
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:ResourceOrgID": "${aws:PrincipalOrgID}" } },
            }),
    },
    {
        name: 'dev: the keystore\'s resourcePolicy only denies "*" every dynamodb action outside TLS (Bool aws:SecureTransport false)',
        stack: "dev",
        edit: r =>
            setProp(
                find(r, TABLE, "signer-tables-keystore"),
                "resourcePolicy",
                doc({
                    Sid: "TlsOnly",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "dynamodb:*",
                    Resource: [KEYSTORE, `${KEYSTORE}/index/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                }),
            ),
    },
    {
        name: "dev: a cost-allocation tag on the keystore by aws.dynamodb.Tag",
        stack: "dev",
        edit: r =>
            beside(r, "dev", "aws:dynamodb/tag:Tag", "keystore-cost-center", {
                resourceArn: KEYSTORE,
                key: "cost-center",
                value: "custody",
            }),
    },
    {
        name: "dev: the keystore's settings written out explicitly as careful teams do (ttl disabled, streams off, STANDARD class, PITR on, deletion protection)",
        stack: "dev",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "ttl", { attributeName: "", enabled: false });
            setProp(t, "streamEnabled", false);
            setProp(t, "tableClass", "STANDARD");
            setProp(t, "pointInTimeRecovery", { enabled: true });
            setProp(t, "deletionProtectionEnabled", true);
        },
    },
    {
        name: "cross-account: the access role's trust also lets the caller tag its session, limited to the tag key team (sts:TagSession, ForAllValues:StringEquals aws:TagKeys)",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", {
                Sid: "TagSession",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${B}:role/instance-role` },
                Action: "sts:TagSession",
                Condition: {
                    "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] },
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                },
            }),
    },
    {
        name: "pod-identity: the signer's trust pins written as arrays with sts:TagSession and sts:AssumeRole as separate statements, each with the same three exact pins",
        stack: "pod-identity",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", ss =>
                ss.flatMap(s => [
                    { ...s, Action: "sts:AssumeRole" },
                    { ...s, Action: "sts:TagSession" },
                ]),
            ),
    },
    {
        name: 'dev: share-1 names the signer by "*" + ArnEquals aws:PrincipalArn of its exact ARN AND StringEquals aws:PrincipalAccount ${aws:ResourceAccount}',
        stack: "dev",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", ss =>
                ss.map(s =>
                    JSON.stringify(s.Principal).includes("custody-dev-signer")
                        ? {
                              ...s,
                              Principal: "*",
                              Condition: {
                                  ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${DEV}:role/custody-dev-signer` },
                                  StringEquals: { "aws:PrincipalAccount": "${aws:ResourceAccount}" },
                              },
                          }
                        : s,
                ),
            ),
    },
    {
        name: "cross-account: the caller's instance as seed 003 runs it: account B's instance profile, an SSH key pair (the seed's operator logs in over SSH to run the assume-role script), IMDSv2 with hop limit 1",
        stack: "cross-account",
        edit: r =>
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-ssh",
                {
                    ami: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    iamInstanceProfile: "instance-role",
                    keyName: "ops-laptop",
                    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                },
                find(r, ROLE, "cross-account-caller"),
            ),
    },
];

describe("allowlist: red-team round 43 on the AWS level", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            assertClean(ds);
        });
    }
});
