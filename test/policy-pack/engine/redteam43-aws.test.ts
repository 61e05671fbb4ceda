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
import { addStatements, describeVariants, doc, find, prop, Resources, setProp } from "./support";
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
const CALLER_ROLE = "cross-account-caller";
const METADATA = { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" };

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

/** An instance of account B (the caller's provider) with this instance profile and user data. */
function instanceOfB(r: Resources, name: string, profile: string, userData: string, extra: object = {}) {
    return beside(
        r,
        "cross-account",
        "aws:ec2/instance:Instance",
        name,
        {
            ami: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            iamInstanceProfile: profile,
            metadataOptions: METADATA,
            userData,
            ...extra,
        },
        find(r, ROLE, CALLER_ROLE),
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
    // Was a MISS (fixed in round 43): user data is judged only for instances whose profile is an EKS node identity (engine/kubernetes.ts
    // judgeLaunch/nodeIdentityOf); the cross-account caller's own instances (subject `ec2` of 777777777777) may relay
    // instance metadata to the network, so whoever reaches port 8080 (peered VPCs, VPN, the internet with a public IP)
    // gets instance-role's credentials, assumes the access role and reads my-table / decrypts with the data key. socat
    // terminates the TCP connection on the instance, so IMDSv2's hop limit 1 does not stop it and no X-Forwarded-For
    // is added. Fix: judge the user data of every instance, launch template and launch configuration whose profile
    // holds a custody identity with the node rules (IMDS relays, rootReads). Doc: AWS Security Blog, "Add defense in
    // depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to the EC2 Instance
    // Metadata Service" (IMDS is link-local: "only software running on the instance can access it"); README "The
    // effective-access engine" (a relay naming 169.254.169.254 is refused in node user data). Fixed in
    // engine/compute.ts instanceProfileOpenings: every launch's user data is read by engine/userData.ts and its
    // openings on any instance (NodeOpening.anyInstance) make anyone they let in a becomer of the profile's role;
    // rootReads' data-directory rules stay node rules (no pods write there).
    {
        name: "cross-account: an EC2 instance of account B with the caller's instance profile whose user data relays instance metadata on 0.0.0.0:8080 (anyone reaching the port is the caller)",
        stack: "cross-account",
        refused: /./,
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
    // Was a MISS (fixed in round 43): user data is judged only for instances whose profile is an EKS node identity (engine/kubernetes.ts
    // judgeLaunch/nodeIdentityOf); the cross-account caller's own instances (subject `ec2` of 777777777777) may relay
    // instance metadata to the network, so whoever reaches port 8080 (peered VPCs, VPN, the internet with a public IP)
    // gets instance-role's credentials, assumes the access role and reads my-table / decrypts with the data key. socat
    // terminates the TCP connection on the instance, so IMDSv2's hop limit 1 does not stop it and no X-Forwarded-For
    // is added. Fix: judge the user data of every instance, launch template and launch configuration whose profile
    // holds a custody identity with the node rules (IMDS relays, rootReads). Doc: AWS Security Blog, "Add defense in
    // depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to the EC2 Instance
    // Metadata Service" (IMDS is link-local: "only software running on the instance can access it"); README "The
    // effective-access engine" (a relay naming 169.254.169.254 is refused in node user data). Fixed in
    // engine/compute.ts instanceProfileOpenings: every launch's user data is read by engine/userData.ts and its
    // openings on any instance (NodeOpening.anyInstance) make anyone they let in a becomer of the profile's role;
    // rootReads' data-directory rules stay node rules (no pods write there).
    {
        name: "cross-account: an Auto Scaling group of account B launching the caller's instance profile from a launch template whose user data relays instance metadata on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /./,
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
    // Neighbours of the two fixes above (round 43): the same judgement on every launch the stack shows.
    {
        name: "cross-account: an Auto Scaling group of account B over a launch configuration of the caller's instance profile whose user data relays instance metadata on 0.0.0.0:8080",
        stack: "cross-account",
        refused:
            /Auto Scaling group legacy-asg → launch configuration legacy-lc: user data relays[\s\S]*→ role instance-role/,
        edit: r => {
            const like = find(r, ROLE, CALLER_ROLE);
            beside(
                r,
                "cross-account",
                "aws:ec2/launchConfiguration:LaunchConfiguration",
                "legacy-lc",
                {
                    name: "legacy-lc",
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    iamInstanceProfile: "instance-role",
                    metadataOptions: METADATA,
                    userData: `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`,
                },
                like,
            );
            beside(
                r,
                "cross-account",
                "aws:autoscaling/group:Group",
                "legacy-asg",
                {
                    name: "legacy-asg",
                    minSize: 1,
                    maxSize: 2,
                    launchConfiguration: "legacy-lc",
                    vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                },
                like,
            );
        },
    },
    {
        name: "cross-account: the caller's instance relays instance metadata with ncat listening on every address (ncat -lk 8080 -c 'ncat 169.254.169.254 80')",
        stack: "cross-account",
        refused:
            /anyone \(whoever reaches the instance on its network\) → EC2 instance caller-ncat[\s\S]*→ role instance-role/,
        edit: r =>
            instanceOfB(
                r,
                "caller-ncat",
                "instance-role",
                `#!/bin/bash\nncat -lk 8080 -c "ncat 169.254.169.254 80" &\n`,
            ),
    },
    {
        name: "cross-account: the caller's instance writes an nginx server listening on 8080 that proxies to 169.254.169.254",
        stack: "cross-account",
        refused: /EC2 instance caller-nginx: user data relays[\s\S]*→ role instance-role/,
        edit: r =>
            instanceOfB(
                r,
                "caller-nginx",
                "instance-role",
                "#cloud-config\nwrite_files:\n  - path: /etc/nginx/conf.d/imds.conf\n    content: |\n      server { listen 8080; location / { proxy_pass http://169.254.169.254; } }\n",
            ),
    },
    {
        name: "cross-account: the caller's instance serves a shell on the network (socat TCP-LISTEN:4444,fork EXEC:/bin/bash)",
        stack: "cross-account",
        refused: /EC2 instance caller-shell: user data serves a shell[\s\S]*→ role instance-role/,
        edit: r =>
            instanceOfB(
                r,
                "caller-shell",
                "instance-role",
                "#!/bin/bash\nnohup socat TCP-LISTEN:4444,fork EXEC:/bin/bash &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance turns on password SSH with a password in its cloud-config (a login beside the operator's key, the password readable in user data)",
        stack: "cross-account",
        refused: /EC2 instance caller-password: user data sets a login password[\s\S]*→ role instance-role/,
        edit: r =>
            instanceOfB(
                r,
                "caller-password",
                "instance-role",
                "#cloud-config\nssh_pwauth: true\nchpasswd:\n  list: |\n    ec2-user:correct-horse\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: an instance launched from a launch template that carries the caller's instance profile, with its own user data relaying instance metadata",
        stack: "cross-account",
        refused:
            /EC2 instance templated-box \(launch template caller-plain\): user data relays[\s\S]*→ role instance-role/,
        edit: r => {
            beside(
                r,
                "cross-account",
                "aws:ec2/launchTemplate:LaunchTemplate",
                "caller-plain",
                {
                    name: "caller-plain",
                    id: "lt-0fedcba9876543210",
                    latestVersion: 1,
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    iamInstanceProfile: { name: "instance-role" },
                    metadataOptions: METADATA,
                },
                find(r, ROLE, CALLER_ROLE),
            );
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "templated-box",
                {
                    launchTemplate: { id: "lt-0fedcba9876543210", version: "$Latest" },
                    userData: `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`,
                },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: "cross-account: a Spot Fleet request of account B whose legacy launch specification carries the caller's instance profile and user data relaying instance metadata",
        stack: "cross-account",
        refused:
            /Spot Fleet request caller-spot → caller-spot launch specification: user data relays[\s\S]*→ role instance-role/,
        edit: r =>
            beside(
                r,
                "cross-account",
                "aws:ec2/spotFleetRequest:SpotFleetRequest",
                "caller-spot",
                {
                    iamFleetRole: `arn:aws:iam::${B}:role/aws-ec2-spot-fleet-tagging-role`,
                    targetCapacity: 1,
                    launchSpecifications: [
                        {
                            ami: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            iamInstanceProfileArn: `arn:aws:iam::${B}:instance-profile/instance-role`,
                            userData: `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`,
                        },
                    ],
                },
                find(r, ROLE, CALLER_ROLE),
            ),
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
    // Neighbours of the round-43 fixes (user data judged on every instance profile's instances): what stays accepted.
    {
        name: "cross-account: the caller's instance relays instance metadata on 127.0.0.1 only (socat bind=127.0.0.1: only the instance's own software connects, which reaches instance metadata anyway)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-local-relay",
                "instance-role",
                "#!/bin/bash\nnohup socat TCP-LISTEN:8080,fork,bind=127.0.0.1 TCP:169.254.169.254:80 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes an nginx server proxying to 169.254.169.254 that listens on 127.0.0.1:8080 only",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-local-nginx",
                "instance-role",
                "#cloud-config\nwrite_files:\n  - path: /etc/nginx/conf.d/imds.conf\n    content: |\n      server { listen 127.0.0.1:8080; location / { proxy_pass http://169.254.169.254; } }\n",
            ),
    },
    {
        name: "cross-account: the caller's instance gets the operator's SSH key from cloud-config ssh_authorized_keys and reads its own instance ID from instance metadata with IMDSv2 (seed 003's key-based SSH, as keyName)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-keys",
                "instance-role",
                '#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOperatorKey op@laptop\nruncmd:\n  - |\n    TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")\n    curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id\n',
            ),
    },
    {
        name: "dev: an instance whose own profile's role only writes logs relays instance metadata on 0.0.0.0:8080 (outside custody: no workload's role, no custody asset reached)",
        stack: "dev",
        edit: r => {
            serviceRole(r, "dev", "web-logs", "ec2.amazonaws.com", DEV, {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:aws:logs:eu-west-1:${DEV}:log-group:web:*`,
            });
            beside(r, "dev", "aws:iam/instanceProfile:InstanceProfile", "web-logs", {
                name: "web-logs",
                role: "web-logs",
                arn: `arn:aws:iam::${DEV}:instance-profile/web-logs`,
            });
            beside(r, "dev", "aws:ec2/instance:Instance", "web-box", {
                ami: "ami-0abcdef1234567890",
                instanceType: "t3.micro",
                iamInstanceProfile: "web-logs",
                metadataOptions: METADATA,
                userData: `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`,
            });
        },
    },
];

describeVariants("allowlist: red-team round 43 on the AWS level", insecure, secure);
