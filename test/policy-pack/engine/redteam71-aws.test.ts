// Red-team round 71, aws (fresh eyes; run after round 71's fixes). Probed the AWS side of custody beside round 71's
// read and boundary changes: judge.ts holdsNoCustodyPower's "harmless read" (Read/List of a service outside
// SECRET_BEARING_SERVICES, or listed in READS_WITHOUT_SECRET, not in SECRET_READS) with Read-level actions of
// services neither list names that return credentials, tokens, keys, runtime properties, workflow inputs or whole
// disks (Lake Formation, CodeConnections/CodeStar Connections, Managed Service for Apache Flink, MSK Connect, SWF, EBS
// direct APIs, Amazon Connect, Amazon Location, Snowball, IVS, MediaPackage); the CODE_CONFIG_SERVICES list from the
// secure side (on-call and CI views of reads that return no configuration); build.ts capByBoundary (boundaries with
// only Denies, chains out of a bounded role, boundaries of users with group policies, policies reaching a bounded
// role by managedPolicyArns / RolePolicy / RolePolicyAttachment / an AWS managed policy); KMS grants and a trust
// condition on a principal tag.
// Misses (12 insecure, 5 secure):
// - insecure, credential/secret-returning Read of a service no list names (8): lakeformation:GetTemporaryGlue
//   Table/PartitionCredentials (AWS credentials), codeconnections:/codestar-connections:GetConnectionToken (Git provider
//   token), connect:GetFederationToken, geo:DescribeKey, snowball:GetJobUnlockCode, ivs:GetStreamKey,
//   mediapackage:DescribeChannel. Fix: SECRET_READS entries (or the services in SECRET_BEARING_SERVICES).
// - insecure, code-running services missing from CODE_CONFIG_SERVICES (3): kinesisanalytics (runtime properties),
//   kafkaconnect (connectorConfiguration), swf (execution inputs). Fix: add them.
// - insecure, disk contents by the EBS direct APIs (1): ebs:GetSnapshotBlock on ec2 snapshot ARNs. Fix: ebs
//   secret-bearing.
// - secure, CODE_CONFIG_SERVICES reads without secret not listed (3): ec2 route tables/NAT/VPC endpoints/NACLs,
//   codebuild List*, ecs ListClusters/ListServices/DescribeServices. Fix: READS_WITHOUT_SECRET entries.
// - secure, boundaries (2): a bounded user's group policy is not capped (build.ts capByBoundary); an unreadable AWS
//   managed policy under a readable boundary (judgeIdentity id.unreadable; arguably by design).
// Held: wildcard reads of listed code-running services (ec2:DescribeInstance*, autoscaling:Describe*, ecs:Describe*),
// eks-auth:*, a bounded role chaining to an unbounded one, a boundary on a sibling only, a boundary of * with Denies, a
// bounded user whose group reads the keystore, a boundary admitting ssm:Get*, a KMS grant of Decrypt to the ops role,
// a root trust narrowed by aws:PrincipalTag. Secure accepted: boundaries capping managedPolicyArns, RolePolicy,
// RolePolicyAttachment and a user's inline policy, a boundary of only a Deny, a boundary under a path, a names-only
// read of an unlisted service (kinesisanalytics:ListApplications).
import { describeVariants, StackCase, find, doc, Resources } from "./support";
import { ACCOUNT, allow, opsRole, beside } from "./awsCaseBuilders";
import { editDoc, outsideRole, Statement } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/policy:Policy";
const A = ACCOUNT.prod;
const OPS = outsideRole(A);

const trust = (r: Resources, name: string, edit: (s: Statement[]) => void) =>
    editDoc(find(r, ROLE, name), "assumeRolePolicy", d => edit(d.Statement));

/** An ops role of `stack`'s account holding `statements`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const edit = (stack: string, name: string, e: (r: Resources) => void, skip?: string): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});

/** An in-stack managed policy of prod with these statements; returns its ARN. */
const policy = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", POLICY, name, { name, arn: `arn:aws:iam::${A}:policy/${name}`, policy: doc(...statements) });
    return `arn:aws:iam::${A}:policy/${name}`;
};
/** A role of prod trusted by the ops SSO role, bounded by `boundary`, with `extra` inputs (inline, managed). */
const boundedRole = (r: Resources, name: string, boundary: string, extra: Record<string, unknown>) =>
    beside(r, "prod", ROLE, name, {
        name,
        arn: `arn:aws:iam::${A}:role/${name}`,
        permissionsBoundary: boundary,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:AssumeRole" }),
        ...extra,
    });
/** The SSM on-call view as a boundary (round 71's accepted reads). */
const VIEW = ["ssm:DescribeSessions", "ssm:DescribeInstanceInformation", "ssm:GetConnectionStatus"];
/** A user of prod with `extra` inputs, in a group whose inline policy holds `groupStatements`. */
const userInGroup = (r: Resources, id: string, extra: Record<string, unknown>, groupStatements: object[]) => {
    beside(r, "prod", "aws:iam/user:User", `${id}-user`, {
        name: `${id}-user`,
        arn: `arn:aws:iam::${A}:user/${id}-user`,
        ...extra,
    });
    beside(r, "prod", "aws:iam/group:Group", `${id}-group`, {
        name: `${id}-group`,
        arn: `arn:aws:iam::${A}:group/${id}-group`,
    });
    beside(r, "prod", "aws:iam/groupMembership:GroupMembership", `${id}-members`, {
        name: `${id}-members`,
        group: `${id}-group`,
        users: [`${id}-user`],
    });
    beside(r, "prod", "aws:iam/groupPolicy:GroupPolicy", `${id}-group-policy`, {
        group: `${id}-group`,
        policy: doc(...groupStatements),
    });
};

const insecure: StackCase[] = [
    // ---- Read-level actions of services neither SECRET_BEARING_SERVICES nor SECRET_READS names, returning a credential.
    // Lake Formation API Reference, GetTemporaryGlueTableCredentials: "Allows a caller in a secure environment to
    // assume a role with permission to access Amazon S3 ... Lake Formation assumes the role associated with a
    // registered location" and returns AccessKeyId/SecretAccessKey/SessionToken (catalogue: Read, `*`).
    // Was a MISS (fixed in round 72): insecure accepted (credential-returning read, unlisted service). Doc: above. Gain: AWS credentials of the
    // Lake Formation data-access role (S3 on a table's location) to a person, the class of
    // datazone:GetEnvironmentCredentials in SECRET_READS. The pack: judge.ts holdsNoCustodyPower takes it as a
    // harmlessRead (catalogue access level Read, service outside SECRET_BEARING_SERVICES, action not in
    // SECRET_READS), the ops role being an identity of no workload reaching no custody asset. Fix: SECRET_READS
    // lakeformation:gettemporarygluetablecredentials and ...partitioncredentials (or lakeformation in
    // SECRET_BEARING_SERVICES).
    ops("prod", "rt71-lf-table-creds", "lakeformation:GetTemporaryGlueTableCredentials (vended S3 credentials)", [
        allow(
            ["lakeformation:GetTemporaryGlueTableCredentials", "lakeformation:GetTemporaryGluePartitionCredentials"],
            "*",
        ),
    ]),
    // Service Authorization Reference, AWS CodeConnections: GetConnectionToken "Grants permission to get a Connection
    // token to call provider actions in the connection" (Read): the GitHub/GitLab/Bitbucket app token of a connection.
    // Was a MISS (fixed in round 72): insecure accepted (credential-returning read, unlisted service). Doc: above. Gain: the Git provider app
    // token of the connection (read/write on the repositories the app is installed on: a route to the program's
    // source and CI). The pack: judge.ts holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read,
    // service outside SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no
    // workload reaching no custody asset. Fix: SECRET_READS codeconnections:getconnectiontoken and
    // codestar-connections:getconnectiontoken (UseConnection too: it lets a service act with the token).
    ops("prod", "rt71-codeconnections-token", "codeconnections:GetConnectionToken (the provider's token)", [
        allow("codeconnections:GetConnectionToken", `arn:aws:codeconnections:eu-west-1:${A}:connection/*`),
    ]),
    // Was a MISS (fixed in round 72): insecure accepted, same class and fix as rt71-codeconnections-token (the service's older prefix).
    ops("prod", "rt71-codestar-token", "codestar-connections:GetConnectionToken + UseConnection", [
        allow(
            ["codestar-connections:GetConnectionToken", "codestar-connections:UseConnection"],
            `arn:aws:codestar-connections:eu-west-1:${A}:connection/*`,
        ),
    ]),
    // Amazon Connect API Reference, GetFederationToken → API_Credentials: "AccessToken: An access token generated for
    // a federated user to access Amazon Connect", RefreshToken (catalogue: Read).
    // Was a MISS (fixed in round 72): insecure accepted (credential-returning read, unlisted service). Gain: a Connect user session (access and
    // refresh tokens). The pack: judge.ts holdsNoCustodyPower takes it as a harmlessRead (catalogue access level
    // Read, service outside SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of
    // no workload reaching no custody asset. Fix: SECRET_READS connect:getfederationtoken.
    ops("prod", "rt71-connect-federation", "connect:GetFederationToken (Connect access and refresh tokens)", [
        allow("connect:GetFederationToken", `arn:aws:connect:eu-west-1:${A}:instance/*`),
    ]),
    // Amazon Location API Reference, DescribeKey: response `Key`, "The key value/string of an API key" (Read).
    // Was a MISS (fixed in round 72): insecure accepted (secret-returning read, unlisted service; low: a Location API key). The pack: judge.ts
    // holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read, service outside
    // SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no workload reaching no
    // custody asset. Fix: SECRET_READS geo:describekey.
    ops("prod", "rt71-geo-key", "geo:DescribeKey (an API key's value)", [
        allow("geo:DescribeKey", `arn:aws:geo:eu-west-1:${A}:api-key/*`),
    ]),
    // Snowball API Reference, GetJobUnlockCode: "Returns the UnlockCode code value for the specified job ... The
    // UnlockCode value can be accessed for up to 360 days"; with GetJobManifest it unlocks the device (both Read).
    // Was a MISS (fixed in round 72): insecure accepted (secret-returning read, unlisted service; low: needs the device). The pack: judge.ts
    // holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read, service outside
    // SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no workload reaching no
    // custody asset. Fix: SECRET_READS snowball:getjobunlockcode and snowball:getjobmanifest.
    ops("prod", "rt71-snowball-unlock", "snowball:GetJobUnlockCode + GetJobManifest (a device's unlock secret)", [
        allow(["snowball:GetJobUnlockCode", "snowball:GetJobManifest"], "*"),
    ]),
    // IVS API Reference, GetStreamKey: StreamKey.value, "Stream-key value" (Read).
    // Was a MISS (fixed in round 72): insecure accepted (secret-returning read, unlisted service; low: a stream key). The pack: judge.ts
    // holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read, service outside
    // SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no workload reaching no
    // custody asset. Fix: SECRET_READS ivs:getstreamkey.
    ops("prod", "rt71-ivs-stream-key", "ivs:GetStreamKey (a stream key's value)", [
        allow("ivs:GetStreamKey", `arn:aws:ivs:eu-west-1:${A}:stream-key/*`),
    ]),
    // MediaPackage API Reference, DescribeChannel: HlsIngest.IngestEndpoints[].Username/Password (Read).
    // Was a MISS (fixed in round 72): insecure accepted (secret-returning read, unlisted service; low: ingest credentials). The pack: judge.ts
    // holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read, service outside
    // SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no workload reaching no
    // custody asset. Fix: SECRET_READS mediapackage:describechannel (and ListChannels, which returns the same
    // Channel).
    ops("prod", "rt71-mediapackage-ingest", "mediapackage:DescribeChannel (ingest endpoints' passwords)", [
        allow("mediapackage:DescribeChannel", `arn:aws:mediapackage:eu-west-1:${A}:channels/*`),
    ]),
    // ---- Code-running services CODE_CONFIG_SERVICES does not name (their reads return the configuration code runs with).
    // Managed Service for Apache Flink API Reference, DescribeApplication → ApplicationConfigurationDescription
    // .EnvironmentPropertyDescriptions.PropertyGroupDescriptions ("Describes the execution property groups": the
    // runtime properties a Flink job reads, where its connection passwords go) (Read).
    // Was a MISS (fixed in round 72): insecure accepted (code-running service missing from CODE_CONFIG_SERVICES). Gain: whatever credentials
    // the platform put in the job's runtime properties, the class of glue:GetJob/sagemaker:DescribeTrainingJob fixed
    // in round 71. The pack: judge.ts holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read,
    // service outside SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no
    // workload reaching no custody asset. Fix: add kinesisanalytics (v1 and v2 share the prefix) to
    // CODE_CONFIG_SERVICES.
    ops("prod", "rt71-flink-properties", "kinesisanalytics:DescribeApplication (runtime property groups)", [
        allow("kinesisanalytics:DescribeApplication", `arn:aws:kinesisanalytics:eu-west-1:${A}:application/*`),
    ]),
    // MSK Connect API Reference, DescribeConnector: connectorConfiguration, "A map of keys to values that represent
    // the configuration for the connector" (database.password and the like for Debezium/JDBC connectors) (Read).
    // Was a MISS (fixed in round 72): insecure accepted (code-running service missing from CODE_CONFIG_SERVICES). Gain: connector credentials
    // in connectorConfiguration. The pack: judge.ts holdsNoCustodyPower takes it as a harmlessRead (catalogue access
    // level Read, service outside SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an
    // identity of no workload reaching no custody asset. Fix: add kafkaconnect to CODE_CONFIG_SERVICES.
    ops("prod", "rt71-msk-connect-config", "kafkaconnect:DescribeConnector (connectorConfiguration)", [
        allow("kafkaconnect:DescribeConnector", `arn:aws:kafkaconnect:eu-west-1:${A}:connector/*/*`),
    ]),
    // SWF API Reference, GetWorkflowExecutionHistory: HistoryEvent ...EventAttributes.input (the workflow's and each
    // activity's input), the twin of states:DescribeExecution (Step Functions, listed) (Read).
    // Was a MISS (fixed in round 72): insecure accepted (code-running service missing from CODE_CONFIG_SERVICES; twin of states, listed). Gain:
    // workflow and activity inputs. The pack: judge.ts holdsNoCustodyPower takes it as a harmlessRead (catalogue
    // access level Read, service outside SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an
    // identity of no workload reaching no custody asset. Fix: add swf to CODE_CONFIG_SERVICES.
    ops("prod", "rt71-swf-history", "swf:GetWorkflowExecutionHistory (executions' inputs)", [
        allow("swf:GetWorkflowExecutionHistory", `arn:aws:swf:eu-west-1:${A}:/domain/*`),
    ]),
    // EBS direct APIs, GetSnapshotBlock: "Returns the data in a block in an Amazon Elastic Block Store snapshot" (Read,
    // on `arn:aws:ec2:region::snapshot/*`): whole disks, a node's among them (cloud-init keeps the instance's user data
    // on its root volume, /var/lib/cloud/instance/user-data.txt), the data ec2:DescribeInstanceAttribute's SECRET_READS
    // entry guards; aws/ebs-encrypted snapshots need no more KMS permission than EBS's own.
    // Was a MISS (fixed in round 72): insecure accepted (disk-content read of a service other than ec2). Gain: any snapshot's whole disk, node
    // root volumes' user data and files included (ec2:DescribeInstanceAttribute is refused for less). The pack:
    // judge.ts holdsNoCustodyPower takes it as a harmlessRead (catalogue access level Read, service outside
    // SECRET_BEARING_SERVICES, action not in SECRET_READS), the ops role being an identity of no workload reaching no
    // custody asset. (resourceServiceMayServe admits the ec2 snapshot ARN by the catalogue type.) Fix: add ebs to
    // SECRET_BEARING_SERVICES (or SECRET_READS ebs:getsnapshotblock, ebs:listchangedblocks/listsnapshotblocks
    // harmless).
    ops("prod", "rt71-ebs-snapshot-blocks", "ebs:ListSnapshotBlocks + ebs:GetSnapshotBlock (disk contents)", [
        allow(["ebs:ListSnapshotBlocks", "ebs:GetSnapshotBlock"], "arn:aws:ec2:eu-west-1::snapshot/*"),
    ]),
    // ---- Round 72 neighbours: the catalogue rule (judge.ts namesSecret/isSecretRead) refuses reads whose NAME says they
    // return a secret, of services no list names: SCEP challenge passwords (AWS Private CA Connector for SCEP API
    // Reference, GetChallengePassword: "Retrieves the challenge password"), Route 53 Global Resolver access tokens,
    // WAF's decrypted API key, CloudWatch's space credentials.
    ops("prod", "rt72-scep-challenge", "pca-connector-scep:GetChallengePassword (a SCEP enrolment password)", [
        allow("pca-connector-scep:GetChallengePassword", "*"),
    ]),
    ops("prod", "rt72-named-secret-reads", "read access tokens, decrypted API keys and space credentials", [
        allow(
            [
                "route53globalresolver:GetAccessToken",
                "wafv2:GetDecryptedAPIKey",
                "cloudwatch:GetSpaceCredentials",
                "ivs:BatchGetStreamKey",
            ],
            "*",
        ),
    ]),
    // The read-only wildcard of a service now secret-bearing by its name rule: lakeformation:Get* holds the vended
    // credentials.
    ops("prod", "rt72-lakeformation-get-star", "lakeformation:Get* (GetTemporaryGlue*Credentials among them)", [
        allow("lakeformation:Get*", "*"),
    ]),
    // SWF's domain ARN by the SWF developer guide's form (arn:aws:swf:<region>:<account>:/domain/<name>): the
    // catalogue writes it without a region, read as any region (model/permissions.ts arnsIntersect).
    ops("prod", "rt72-swf-region-star", "swf:GetWorkflowExecutionHistory on every region's domains", [
        allow("swf:GetWorkflowExecutionHistory", `arn:aws:swf:*:${A}:/domain/*`),
    ]),
    // The EBS direct APIs' block list alone: ListSnapshotBlocks returns the BlockTokens GetSnapshotBlock reads with
    // (EBS direct APIs Reference, ListSnapshotBlocks: Blocks[].BlockToken); ebs is secret-bearing as a whole.
    ops("prod", "rt72-ebs-list-blocks", "ebs:ListSnapshotBlocks + ebs:ListChangedBlocks (block tokens)", [
        allow(["ebs:ListSnapshotBlocks", "ebs:ListChangedBlocks"], "arn:aws:ec2:eu-west-1::snapshot/*"),
    ]),
    // ---- Listed code-running services by wildcard (held: the wildcard reaches a secret read).
    ops("prod", "rt71-ec2-describe-instance-star", "ec2:DescribeInstance* (DescribeInstanceAttribute among them)", [
        allow("ec2:DescribeInstance*", "*"),
    ]),
    ops("prod", "rt71-asg-describe-star", "autoscaling:Describe* (DescribeLaunchConfigurations among them)", [
        allow("autoscaling:Describe*", "*"),
    ]),
    ops("prod", "rt71-ecs-describe-star", "ecs:Describe* (DescribeTaskDefinition among them)", [
        allow(["ecs:Describe*", "ecs:List*"], "*"),
    ]),
    // Round 71 made eks-auth secret-bearing: its wildcard form on the pod-identity stack.
    ops("pod-identity", "rt71-eks-auth-star", "eks-auth:* on every cluster", [allow("eks-auth:*", "*")]),
    // ---- Permissions boundaries (build.ts capByBoundary).
    // A bounded role whose boundary admits sts:AssumeRole reaches an unbounded role of ssm:*: IAM User Guide,
    // "Permissions boundaries for IAM entities": the boundary limits the entity, not the role it assumes.
    edit("prod", "rt71-boundary-chain: a bounded view role may assume an unbounded ssm:* role", r => {
        beside(r, "prod", ROLE, "rt71-wide", {
            name: "rt71-wide",
            arn: `arn:aws:iam::${A}:role/rt71-wide`,
            assumeRolePolicy: doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:role/rt71-chained` },
                Action: "sts:AssumeRole",
            }),
            inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }],
        });
        boundedRole(r, "rt71-chained", policy(r, "rt71-boundary-chain", [allow([...VIEW, "sts:AssumeRole"], "*")]), {
            inlinePolicies: [
                {
                    name: "all",
                    policy: doc(allow("ssm:*", "*"), allow("sts:AssumeRole", `arn:aws:iam::${A}:role/rt71-wide`)),
                },
            ],
        });
    }),
    // The boundary set on one role caps no other: a second role with the same inline ssm:* and no boundary.
    edit("prod", "rt71-boundary-other-role: the boundary is on a sibling, the ssm:* role has none", r => {
        boundedRole(r, "rt71-sibling", policy(r, "rt71-boundary-sibling", [allow(VIEW, "*")]), {
            inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }],
        });
        opsRole(r, "prod", A, "rt71-unbounded", [allow("ssm:*", "*")]);
    }),
    // A boundary of Allow * with Deny statements: the Denies subtract, but what stays (ssm:GetParameterHistory is
    // denied; ssm:GetCommandInvocation, command output, is not) is secret-bearing.
    edit("prod", "rt71-boundary-allow-all-deny-some: a boundary of * less GetParameter*, role ssm:*", r =>
        boundedRole(
            r,
            "rt71-bounded-star",
            policy(r, "rt71-boundary-star", [
                allow("*", "*"),
                { Effect: "Deny", Action: ["ssm:GetParameter*", "ssm:StartSession"], Resource: "*" },
            ]),
            { inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }] },
        ),
    ),
    // A user's boundary caps the user, yet the group reaches the keystore: refused whichever way groups are read.
    edit("prod", "rt71-boundary-user-group-keystore: a bounded user whose group reads the keystore", r =>
        userInGroup(
            r,
            "rt71-bu",
            { permissionsBoundary: policy(r, "rt71-boundary-user", [allow([...VIEW, "dynamodb:GetItem"], "*")]) },
            [allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`)],
        ),
    ),
    // Boundary capping managed attachments: an in-stack ssm:* policy attached under a boundary that admits ssm:Get*.
    edit("prod", "rt71-boundary-managed-get: managed ssm:* under a boundary that admits ssm:Get*", r =>
        boundedRole(r, "rt71-bounded-get", policy(r, "rt71-boundary-get", [allow(["ssm:Get*", ...VIEW], "*")]), {
            managedPolicyArns: [policy(r, "rt71-ssm-all", [allow("ssm:*", "*")])],
        }),
    ),
    // ---- KMS grants and trust conditions.
    edit(
        "prod",
        "rt71-grant-decrypt-ops: a KMS grant on share 1 gives the ops SSO role Decrypt",
        r =>
            void beside(r, "prod", "aws:kms/grant:Grant", "rt71-grant-decrypt", {
                name: "rt71-grant-decrypt",
                keyId: "48163296-803a-4ce6-ad53-a0a0de26d32e",
                granteePrincipal: OPS,
                operations: ["Decrypt"],
                constraints: [{ encryptionContextSubset: { purpose: "custody" } }],
            }),
    ),
    // IAM User Guide, "aws:PrincipalTag": an SSO role's tags come from its permission set; the condition narrows the
    // callers, it names no workload of the model.
    edit("prod", "rt71-trust-principaltag: the signer trusts the account root when aws:PrincipalTag/team=custody", r =>
        trust(r, "signer-role", s =>
            s.push({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:root` },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:PrincipalTag/team": "custody" } },
            }),
        ),
    ),
    // A user's group policies are identity-based policies of the user, capped by the user's boundary like its own.
    // Was a MISS (secure refused), DECIDED (round 72): refused by design. IAM User Guide, 'Policy evaluation logic' / 'Permissions boundaries for IAM
    // entities': a user's permissions are its identity-based policies (its own and its groups') intersected with its
    // boundary; a group's policy is an identity-based policy of each member, so it is capped like the user's own. The
    // user can do only the view. The pack: build.ts capByBoundary caps only the user's own node ('a group is its own
    // identity here'), so the group's ssm:* is judged whole (custody-effective-access). Fix: cap a group's allows by
    // a member's boundary when judging that member (or judge group grants per member, capped). Fail-closed today.
    // DECIDED (round 72): a group's policy reaches every member, and the stack cannot know them all: Pulumi's
    // aws.iam.UserGroupMembership adds a user to a group non-exclusively (from any stack or the console, IAM
    // AddUserToGroup), and aws.iam.GroupMembership warns "Multiple aws.iam.GroupMembership resources with the same
    // group name will produce inconsistent behavior" (Pulumi registry, aws.iam.GroupMembership). So the group's ssm:*
    // is judged whole (a member without the boundary holds it); cap the user's own policies, not its group's.
    edit(
        "prod",
        "rt71-s-boundary-user-group: a bounded user in a group of ssm:* (the group's grant reaches any member)",
        r =>
            userInGroup(r, "rt71-bg", { permissionsBoundary: policy(r, "rt71-boundary-bg", [allow(VIEW, "*")]) }, [
                allow("ssm:*", "*"),
            ]),
    ),
    // An AWS managed policy the pack cannot read, under a readable boundary: at most the boundary's actions.
    // Was a MISS (secure refused), DECIDED (round 72): refused by design. The boundary caps whatever AmazonSSMReadOnlyAccess holds to the
    // view (intersection, doc above), so what it grants need not be read. The pack: judge.ts judgeIdentity refuses
    // every unreadable managed policy (id.unreadable) whatever capByBoundary says, and attached-policies-readable
    // refuses it as a rule of its own. Fix (if wanted): in custody-effective-access, read an unreadable policy under
    // a readable in-stack boundary as the boundary's Allows; attached-policies-readable may stay (allowedPolicyArns
    // is the documented escape).
    // DECIDED (round 72): attached-policies-readable refuses every managed policy the stack does not define, whatever
    // caps it (README rule table: "AWS managed or external policies cannot be checked", `allowedPolicyArns` the
    // documented escape), and an AWS managed policy changes under the stack (AWS adds actions to managed policies
    // without notice: IAM User Guide, "AWS managed policies"); the boundary's view is what to attach instead, as an
    // in-stack policy.
    edit("prod", "rt71-s-boundary-aws-managed: AmazonSSMReadOnlyAccess (unread) under the view boundary", r =>
        boundedRole(r, "rt71-baws", policy(r, "rt71-boundary-baws", [allow(VIEW, "*")]), {
            managedPolicyArns: ["arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess"],
        }),
    ),
];

const secure: StackCase[] = [
    // ---- Boundaries in each attachment form (IAM User Guide, "Permissions boundaries for IAM entities": "An entity's
    // permissions boundary allows it to perform only the actions that are allowed by both its identity-based policies
    // and its permissions boundaries").
    edit("prod", "rt71-s-boundary-managed: managed ssm:* (in-stack, managedPolicyArns) under the view boundary", r =>
        boundedRole(r, "rt71-bm", policy(r, "rt71-boundary-bm", [allow(VIEW, "*")]), {
            managedPolicyArns: [policy(r, "rt71-ssm-all-bm", [allow("ssm:*", "*")])],
        }),
    ),
    edit("prod", "rt71-s-boundary-rolepolicy: an aws.iam.RolePolicy of ssm:* under the view boundary", r => {
        boundedRole(r, "rt71-brp", policy(r, "rt71-boundary-brp", [allow(VIEW, "*")]), {});
        beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt71-brp-inline", {
            name: "all",
            role: "rt71-brp",
            policy: doc(allow("ssm:*", "*")),
        });
    }),
    edit(
        "prod",
        "rt71-s-boundary-attachment: a RolePolicyAttachment of an in-stack ssm:* under the view boundary",
        r => {
            boundedRole(r, "rt71-bpa", policy(r, "rt71-boundary-bpa", [allow(VIEW, "*")]), {});
            beside(r, "prod", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "rt71-bpa-attach", {
                role: "rt71-bpa",
                policyArn: policy(r, "rt71-ssm-all-bpa", [allow("ssm:*", "*")]),
            });
        },
    ),
    edit("prod", "rt71-s-boundary-user: a user with inline ssm:* under the view boundary", r => {
        beside(r, "prod", "aws:iam/user:User", "rt71-bounded-user", {
            name: "rt71-bounded-user",
            arn: `arn:aws:iam::${A}:user/rt71-bounded-user`,
            permissionsBoundary: policy(r, "rt71-boundary-bu2", [allow(VIEW, "*")]),
        });
        beside(r, "prod", "aws:iam/userPolicy:UserPolicy", "rt71-bounded-user-policy", {
            name: "all",
            user: "rt71-bounded-user",
            policy: doc(allow("ssm:*", "*")),
        });
    }),
    // A boundary with no Allow admits nothing: the role can do nothing at all.
    edit("prod", "rt71-s-boundary-deny-only: inline ssm:* under a boundary of only a Deny", r =>
        boundedRole(
            r,
            "rt71-bdeny",
            policy(r, "rt71-boundary-deny-only", [{ Effect: "Deny", Action: "iam:*", Resource: "*" }]),
            { inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }] },
        ),
    ),
    edit("prod", "rt71-s-boundary-path: the view boundary under a path (/boundaries/), inline ssm:*", r => {
        beside(r, "prod", POLICY, "rt71-boundary-path", {
            name: "rt71-boundary-path",
            path: "/boundaries/",
            arn: `arn:aws:iam::${A}:policy/boundaries/rt71-boundary-path`,
            policy: doc(allow(VIEW, "*")),
        });
        boundedRole(r, "rt71-bpath", `arn:aws:iam::${A}:policy/boundaries/rt71-boundary-path`, {
            inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }],
        });
    }),
    // ---- Reads of the code-running services that return no configuration (CODE_CONFIG_SERVICES, fail-closed list).
    // EC2 API Reference: RouteTable (routes, associations), NatGateway (addresses, state), VpcEndpoint (service name,
    // policy document, DNS entries), NetworkAcl (entries): a network on-call view, no user data.
    // Was a MISS (fixed in round 72): secure refused. EC2 API Reference, RouteTable / NatGateway / VpcEndpoint / NetworkAcl response types:
    // routes, associations, addresses, endpoint policy and DNS entries, ACL entries: no user data, no credential. The
    // pack: judge.ts READS_WITHOUT_SECRET lists VPCs, subnets, security groups, ENIs and IGWs but not these, and ec2
    // is in CODE_CONFIG_SERVICES (fail-closed), so holdsNoCustodyPower refuses. Fix: list ec2:describeroutetables,
    // describenatgateways, describevpcendpoints, describenetworkacls (and describeprefixlists,
    // describetransitgateway*, describeflowlogs after checking each response type).
    ops("prod", "rt71-s-ec2-network-oncall", "read route tables, NAT gateways, VPC endpoints and network ACLs", [
        allow(
            [
                "ec2:DescribeRouteTables",
                "ec2:DescribeNatGateways",
                "ec2:DescribeVpcEndpoints",
                "ec2:DescribeNetworkAcls",
                "ec2:DescribeVpcs",
                "ec2:DescribeSubnets",
            ],
            "*",
        ),
    ]),
    // CodeBuild API Reference, ListProjects / ListBuildsForProject: names and build ids only (no environment).
    // Was a MISS (fixed in round 72): secure refused. CodeBuild API Reference, ListProjects (project names), ListBuilds / ListBuildsForProject
    // (build ids): no environment (only BatchGetProjects/BatchGetBuilds return it, both in SECRET_READS). The pack:
    // codebuild is in CODE_CONFIG_SERVICES and READS_WITHOUT_SECRET names none of its List actions. Fix: add
    // codebuild:listprojects, codebuild:listbuilds, codebuild:listbuildsforproject to READS_WITHOUT_SECRET.
    ops("prod", "rt71-s-codebuild-list", "list CodeBuild projects and their build ids (a CI dashboard)", [
        allow(["codebuild:ListProjects", "codebuild:ListBuildsForProject", "codebuild:ListBuilds"], "*"),
    ]),
    // ECS API Reference, Service (DescribeServices): task definition ARN, deployments, counts, events; no container
    // environment (that is the task definition's). ListClusters/ListServices: ARNs.
    // Was a MISS (fixed in round 72): secure refused. ECS API Reference, Service (DescribeServices): serviceArn, taskDefinition ARN,
    // deployments, desired/running counts, events, network configuration: no container environment (that is
    // DescribeTaskDefinition's and DescribeTasks' overrides, both in SECRET_READS); ListClusters/ListServices return
    // ARNs. A deploy job's 'wait for services-stable' needs exactly these. The pack: ecs is in CODE_CONFIG_SERVICES
    // with nothing in READS_WITHOUT_SECRET. Fix: add ecs:listclusters, ecs:listservices, ecs:describeservices (and
    // ecs:describeclusters) to READS_WITHOUT_SECRET.
    ops("prod", "rt71-s-ecs-deploy-watch", "watch ECS services roll out (ListClusters/ListServices/DescribeServices)", [
        allow(["ecs:ListClusters", "ecs:ListServices", "ecs:DescribeServices"], "*"),
    ]),
    // Round 72 neighbours: IAM reads whose names carry a secret word but whose responses carry none
    // (READS_WITHOUT_SECRET: IAM User Guide, "Getting credential reports"; IAM API Reference, AccessKeyMetadata).
    ops("prod", "rt72-s-iam-credential-audit", "read the credential report and access key metadata (an IAM audit)", [
        allow(
            [
                "iam:GenerateCredentialReport",
                "iam:GetCredentialReport",
                "iam:ListAccessKeys",
                "iam:GetAccessKeyLastUsed",
                "iam:GetAccountPasswordPolicy",
            ],
            "*",
        ),
    ]),
    // A deploy watcher's full view: ECS services and the network they run in.
    ops("prod", "rt72-s-ecs-network-watch", "ecs:ListServices/DescribeClusters and the VPC's route tables", [
        allow(["ecs:ListServices", "ecs:DescribeClusters", "ec2:DescribeRouteTables", "ec2:DescribeVpcEndpoints"], "*"),
    ]),
    // Reads of a service outside every list that return names only (Flink ListApplications: ApplicationSummary).
    ops("prod", "rt71-s-flink-list", "kinesisanalytics:ListApplications (names, ARNs, statuses)", [
        allow("kinesisanalytics:ListApplications", "*"),
    ]),
];

describeVariants("red team 71: aws", insecure, secure);
