// Red-team round 86, aws: effective access to the share keys, the custody tables and the runtime roles on prod, dev,
// basil and pod-identity, in classes rounds 84/85 did not try (their headers: holder kinds, principal/caller keys,
// variables, changeable principal tags, Regions, self-modification), probing insecure variants first.
// Probed: resource-attribute condition keys (kms:ResourceAliases, kms:RequestAlias, aws:ResourceTag in Allows and
// Denies, alias repointing by UpdateAlias/DeleteAlias+CreateAlias); encryption-context keys (ForAllValues on the empty
// kms:EncryptionContextKeys set, any context value); keys that say where a request comes from, not who sends it
// (aws:SourceVpce, aws:SourceIp, aws:MultiFactorAuthPresent, aws:CalledVia); DynamoDB reads and writes by other APIs
// (PartiQL Select/Update/Delete and PartiQL*, ExportTableToPointInTime, a keystore stream with GetRecords, backup and
// point-in-time restores into ops-* tables); kms:ReplicateKey of a multi-Region share key, ReEncryptFrom to another
// key; basil Sign pinned by kms:SigningAlgorithm / kms:MessageType; EKS Pod Identity targetRoleArn chaining to the
// signer, CreatePodIdentityAssociation with PassRole on custody-*; EKS access entries (cluster admin, EC2_LINUX node
// entries, namespace-scoped Admin/Edit in the signer's namespace, CreateAccessEntry+AssociateAccessPolicy). Secure
// mirrors: aliases/tags no custody key carries, an alias ARN as a key operation's Resource, PartiQL/export/streams on
// ops-* tables, a pinned Pod Identity association of an ops role, namespace-scoped View outside validators.
// Misses (0 insecure accepted, 2 secure refused, both fail closed):
// - resource-attribute condition keys never read per asset (kms:ResourceAliases in an Allow; aws:ResourceTag in a
//   Deny: model/conditions.ts allowNeverHoldsFor / denySurelyHoldsFor read holder keys only) (2):
//   rt86a-s-resource-alias-ops, rt86a-s-deny-resource-tag-workload. Their insecure neighbours (the role may create
//   the alias / untag the key) are rt86a-resource-alias-ops-self-alias and rt86a-deny-resource-tag-self-untag.
//   Both fixed in round 87 (model/keyAttributes.ts: the key's aliases and tags read while no one may change them).
// Not misses (by design, dropped): Allows on table/* refused by dynamodb-wildcards-exclude-stack-tables whatever a
// Deny on custody-* says; basil kms:Sign on any key id is refused (basil's catalog keys are pre-provisioned, any key
// id may be one); an identity Allow of sts:AssumeRole on a custody role is refused whatever the trust says (so the
// target-role case gives the first role nothing and names it in the signer's trust instead).
// Held: 36 of 36 insecure refused; 7 of 9 secure clean.
import { addStatements, describeVariants, find, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";

const A = ACCOUNT.prod;
const SHARE1_ID = "48163296-803a-4ce6-ad53-a0a0de26d32e";
const OTHER_ID = "ffffffff-0000-0000-0000-000000000086";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/${SHARE1_ID}`;
const OTHER_KEY = `arn:aws:kms:eu-west-1:${A}:key/${OTHER_ID}`;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const SHARE1_ALIAS = "alias/custody-infra/prod/share-1";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const ANTI_SLASHING = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-anti-slashing`;
const OPS_TABLES = `arn:aws:dynamodb:eu-west-1:${A}:table/ops-*`;
const PODID_SIGNER = `arn:aws:iam::${A}:role/custody-pod-identity-signer`;
const CLUSTER = "prod-validators";
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${A}:cluster/${CLUSTER}`;

const edit = (name: string, e: (r: Resources) => void, stack = "prod"): StackCase => ({ name, stack, edit: e });
const opsArn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`;
/** A prod ops role holding `statements`. */
const ops = (id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, "prod", A, id, statements));
/** An ops role of `stack` (its account) holding `statements`. */
const opsIn = (stack: string, id: string, what: string, statements: object[]): StackCase =>
    edit(`${id}: an ops role ${what}`, r => opsRole(r, stack, ACCOUNT[stack], id, statements), stack);
const denyOn = (actions: string | string[], resource: string | string[], extra: object = {}) => ({
    Effect: "Deny",
    Action: actions,
    Resource: resource,
    ...extra,
});
/** Decrypt on every key of the account under `condition`. */
const decryptAnyKeyIf = (condition: object) => allow("kms:Decrypt", "*", { Condition: condition });
/** A role of pod-identity trusted by EKS Pod Identity (pods.eks.amazonaws.com) holding `statements`. */
const podRole = (r: Resources, name: string, statements: object[], pin?: [string, string]) => {
    opsRole(r, "pod-identity", A, name, statements);
    setProp(
        find(r, "aws:iam/role:Role", name),
        "assumeRolePolicy",
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    ...(pin === undefined
                        ? {}
                        : {
                              Condition: {
                                  StringEquals: {
                                      "aws:RequestTag/eks-cluster-arn": [CLUSTER_ARN],
                                      "aws:RequestTag/kubernetes-namespace": [pin[0]],
                                      "aws:RequestTag/kubernetes-service-account": [pin[1]],
                                  },
                              },
                          }),
                },
            ],
        }),
    );
};
const association = (r: Resources, name: string, inputs: Record<string, unknown>) =>
    beside(r, "pod-identity", "aws:eks/podIdentityAssociation:PodIdentityAssociation", name, {
        clusterName: CLUSTER,
        region: "eu-west-1",
        disableSessionTags: false,
        ...inputs,
    });

const insecure: StackCase[] = [
    // ======== KMS alias condition keys. kms:ResourceAliases "controls access to a KMS key based on the aliases
    // associated with it" (KMS Developer Guide, "kms:ResourceAliases"; "ABAC for AWS KMS"): an Allow of Decrypt on
    // every key for the keys whose alias is share-1's alias IS share-1.
    ops("rt86a-resource-alias-share1", "may Decrypt any key whose alias is share-1's", [
        decryptAnyKeyIf({ "ForAnyValue:StringEquals": { "kms:ResourceAliases": SHARE1_ALIAS } }),
    ]),
    ops("rt86a-resource-alias-like-custody", "may Decrypt any key with an alias like alias/custody-infra/*", [
        decryptAnyKeyIf({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/*" } }),
    ]),
    // kms:RequestAlias holds when the request names the key by that alias (KMS Developer Guide, "kms:RequestAlias";
    // Decrypt's KeyId accepts an alias name or alias ARN, KMS API Reference, Decrypt): the caller names share-1's
    // alias and Decrypts with share-1.
    ops("rt86a-request-alias-share1", "may Decrypt any key requested by share-1's alias", [
        decryptAnyKeyIf({ StringEquals: { "kms:RequestAlias": SHARE1_ALIAS } }),
    ]),
    // Repointing share-1's alias at a key the attacker holds: the signer keeps encrypting "to share-1's alias" and
    // the new shares land under the attacker's key (KMS API Reference, UpdateAlias: permission on the alias, the
    // current key and the new key).
    ops("rt86a-update-alias-share1", "may UpdateAlias share-1's alias onto any key", [
        allow("kms:UpdateAlias", [`arn:aws:kms:eu-west-1:${A}:${SHARE1_ALIAS}`, KEYS]),
    ]),
    ops("rt86a-delete-create-alias-share1", "may DeleteAlias and CreateAlias share-1's alias on any key", [
        allow(["kms:DeleteAlias", "kms:CreateAlias"], [`arn:aws:kms:eu-west-1:${A}:alias/custody-infra/*`, KEYS]),
    ]),
    // ======== Encryption context set operators. "ForAllValues ... returns true if there are no keys in the
    // request" (IAM User Guide, "Multivalued context keys": an empty set satisfies ForAllValues): a Decrypt with no
    // encryption context has no kms:EncryptionContextKeys, so the Allow holds.
    ops("rt86a-context-forallvalues-empty", "may Decrypt share-1 when ForAllValues context keys are [purpose]", [
        allow("kms:Decrypt", SHARE1, {
            Condition: { "ForAllValues:StringEquals": { "kms:EncryptionContextKeys": ["purpose"] } },
        }),
    ]),
    // kms:EncryptionContext:<k> present with any value: the caller supplies the context it recorded at encryption
    // time, nothing pins who the caller is (KMS Developer Guide, "kms:EncryptionContext:context-key").
    ops("rt86a-context-any-value", "may Decrypt share-1 when any encryption context value is present", [
        allow("kms:Decrypt", SHARE1, {
            Condition: { StringLike: { "kms:EncryptionContext:purpose": "*" } },
        }),
    ]),
    // ======== Network and session keys that say where a request comes from, not who sends it. Pods in the
    // cluster's VPC reach the same endpoint (IAM User Guide, "AWS global condition context keys": aws:SourceVpce,
    // aws:SourceIp, aws:MultiFactorAuthPresent; aws:CalledVia lists services the caller chose to go through).
    ops("rt86a-source-vpce", "may Decrypt share-1 through one VPC endpoint", [
        allow("kms:Decrypt", SHARE1, { Condition: { StringEquals: { "aws:SourceVpce": "vpce-0a1b2c3d4e5f60718" } } }),
    ]),
    ops("rt86a-source-ip-private", "may Decrypt share-1 from 10.0.0.0/8", [
        allow("kms:Decrypt", SHARE1, { Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }),
    ]),
    ops("rt86a-mfa-present", "may Decrypt share-1 with MFA", [
        allow("kms:Decrypt", SHARE1, { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }),
    ]),
    ops("rt86a-called-via-cfn", "may Decrypt share-1 when called via CloudFormation", [
        allow("kms:Decrypt", SHARE1, {
            Condition: { "ForAnyValue:StringEquals": { "aws:CalledVia": "cloudformation.amazonaws.com" } },
        }),
    ]),
    // ======== Resource tags. aws:ResourceTag on a KMS key is the key's own tag (KMS Developer Guide, "ABAC for AWS
    // KMS", aws:ResourceTag): the share keys carry custody:workload=containment-chamber.
    ops("rt86a-resource-tag-workload", "may Decrypt key/* tagged custody:workload=containment-chamber", [
        allow("kms:Decrypt", KEYS, {
            Condition: { StringEquals: { "aws:ResourceTag/custody:workload": "containment-chamber" } },
        }),
    ]),
    // A Deny keyed on a resource tag the share keys do not carry: it never applies to share-1.
    ops("rt86a-deny-resource-tag-absent", "may Decrypt key/*; a Deny for keys tagged tier=custody", [
        allow("kms:Decrypt", KEYS),
        denyOn("kms:*", "*", { Condition: { StringEquals: { "aws:ResourceTag/tier": "custody" } } }),
    ]),
    // ======== DynamoDB reads and writes by other APIs. PartiQL actions are their own IAM actions
    // (DynamoDB Developer Guide, "IAM policies with PartiQL for DynamoDB": dynamodb:PartiQLSelect/Insert/Update/
    // Delete), a SELECT reads the keystore's items, an UPDATE writes the anti-slashing records.
    ops("rt86a-partiql-select-keystore", "may PartiQLSelect the keystore", [allow("dynamodb:PartiQLSelect", KEYSTORE)]),
    ops("rt86a-partiql-update-anti-slashing", "may PartiQLUpdate and PartiQLDelete the anti-slashing table", [
        allow(["dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete"], ANTI_SLASHING),
    ]),
    ops("rt86a-partiql-glob", "may dynamodb:PartiQL* on custody-prod-*", [
        allow("dynamodb:PartiQL*", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`),
    ]),
    // An export to S3 copies every item of the table into a bucket the caller names (DynamoDB Developer Guide,
    // "DynamoDB data export to Amazon S3"; IAM action dynamodb:ExportTableToPointInTime).
    ops("rt86a-export-keystore", "may ExportTableToPointInTime the keystore", [
        allow("dynamodb:ExportTableToPointInTime", KEYSTORE),
        allow(["s3:PutObject", "s3:AbortMultipartUpload"], "arn:aws:s3:::ops-exports/*"),
    ]),
    // A stream's records carry the items' images (DynamoDB Developer Guide, "Change data capture for DynamoDB
    // Streams"): the keystore with NEW_AND_OLD_IMAGES and a role that reads table/*/stream/*.
    edit("rt86a-stream-read-keystore: the keystore streams NEW_AND_OLD_IMAGES; an ops role reads its stream", r => {
        const t = find(r, "aws:dynamodb/table:Table", "signer-tables-keystore");
        setProp(t, "streamEnabled", true);
        setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
        opsRole(r, "prod", A, "rt86a-stream-read-keystore", [
            allow(
                ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
                `${KEYSTORE}/stream/*`,
            ),
        ]);
    }),
    // A restore from backup creates a new table with the same items under a name the caller picks (DynamoDB
    // Developer Guide, "Restoring a DynamoDB table from a backup"), readable by the ops role.
    ops("rt86a-backup-restore-keystore", "may back up the keystore, restore it as ops-copy and read it", [
        allow(["dynamodb:CreateBackup", "dynamodb:RestoreTableFromBackup"], [KEYSTORE, `${KEYSTORE}/backup/*`]),
        allow(["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:PutItem"], OPS_TABLES),
    ]),
    ops("rt86a-pitr-restore-keystore", "may restore the keystore to a point in time as ops-copy", [
        allow("dynamodb:RestoreTableToPointInTime", KEYSTORE),
        allow(["dynamodb:Scan", "dynamodb:PutItem", "dynamodb:BatchWriteItem"], OPS_TABLES),
    ]),
    // ======== KMS multi-Region replicas. ReplicateKey creates a replica with the same key material and a key
    // policy the caller supplies (KMS Developer Guide, "Creating multi-Region replica keys": "the replica key
    // has its own key policy").
    edit("rt86a-replicate-share1: share-1 is multi-Region; an ops role may ReplicateKey it", r => {
        setProp(find(r, "aws:kms/key:Key", "signer-shares-share-1"), "multiRegion", true);
        opsRole(r, "prod", A, "rt86a-replicate-share1", [
            allow("kms:ReplicateKey", SHARE1),
            allow(["kms:CreateKey", "kms:Decrypt"], `arn:aws:kms:us-east-1:${A}:key/*`),
        ]);
    }),
    // ======== Signing keys on basil: signing algorithm and message type keys pin how, not who (KMS Developer Guide,
    // "kms:SigningAlgorithm", "kms:MessageType").
    opsIn("basil", "rt86a-basil-sign-algorithm", "may Sign key/* with ECDSA_SHA_256 only", [
        allow("kms:Sign", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`, {
            Condition: { StringEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256" } },
        }),
    ]),
    opsIn("basil", "rt86a-basil-sign-digest", "may Sign key/* with precomputed digests only", [
        allow("kms:Sign", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`, {
            Condition: { StringEquals: { "kms:MessageType": "DIGEST" } },
        }),
    ]),
    opsIn("dev", "rt86a-dev-resource-alias", "may Decrypt any key aliased alias/custody-infra/dev/*", [
        decryptAnyKeyIf({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/dev/*" } }),
    ]),
    opsIn("dev", "rt86a-dev-partiql-select", "may PartiQLSelect every table", [
        allow("dynamodb:PartiQLSelect", `arn:aws:dynamodb:*:${ACCOUNT.dev}:table/*`),
    ]),
    // ======== Pod Identity target roles. An association's targetRoleArn makes EKS assume roleArn, then the target
    // role with the session tags (EKS User Guide, "Access AWS resources in other accounts with EKS Pod Identity"
    // / CreatePodIdentityAssociation targetRoleArn): a ServiceAccount of another namespace becomes the signer.
    edit(
        "rt86a-podid-target-signer: an association of default/debug chains an ops role to the signer",
        r => {
            // The first role holds nothing; in one account a trust naming the role is enough (IAM User Guide,
            // "Cross account resource access in IAM": same account, either policy grants), so the signer's trust
            // names the first role the way EKS's target-role guide asks (sts:AssumeRole and sts:TagSession).
            podRole(r, "rt86a-podid-target-first", [allow("sts:GetCallerIdentity", "*")], ["default", "debug"]);
            addStatements(find(r, "aws:iam/role:Role", "signer-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: opsArn("rt86a-podid-target-first") },
                Action: ["sts:AssumeRole", "sts:TagSession"],
            });
            association(r, "rt86a-podid-target-signer", {
                namespace: "default",
                serviceAccount: "debug",
                roleArn: opsArn("rt86a-podid-target-first"),
                targetRoleArn: PODID_SIGNER,
            });
        },
        "pod-identity",
    ),
    // The ops role may itself create an association naming the signer as target (EKS API Reference,
    // CreatePodIdentityAssociation: iam:PassRole is checked on roleArn and targetRoleArn).
    edit(
        "rt86a-podid-create-target: an ops role may CreatePodIdentityAssociation and pass custody-* roles",
        r =>
            opsRole(r, "pod-identity", A, "rt86a-podid-create-target", [
                allow("eks:CreatePodIdentityAssociation", CLUSTER_ARN),
                allow("iam:PassRole", `arn:aws:iam::${A}:role/custody-*`),
            ]),
        "pod-identity",
    ),
    // ======== EKS access entries: cluster admin reaches every ServiceAccount, the signer's included (EKS User
    // Guide, "Associate access policies with access entries", AmazonEKSClusterAdminPolicy).
    edit(
        "rt86a-access-entry-admin: an access entry maps an ops role to AmazonEKSClusterAdminPolicy",
        r => {
            opsRole(r, "pod-identity", A, "rt86a-access-entry-admin", [allow("eks:DescribeCluster", CLUSTER_ARN)]);
            beside(r, "pod-identity", "aws:eks/accessEntry:AccessEntry", "rt86a-access-entry-admin-entry", {
                clusterName: CLUSTER,
                principalArn: opsArn("rt86a-access-entry-admin"),
                type: "STANDARD",
            });
            beside(
                r,
                "pod-identity",
                "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
                "rt86a-access-entry-admin-assoc",
                {
                    clusterName: CLUSTER,
                    principalArn: opsArn("rt86a-access-entry-admin"),
                    policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                    accessScope: { type: "cluster" },
                },
            );
        },
        "pod-identity",
    ),
    // An EC2_LINUX access entry makes the role a node (group system:nodes): a node may ask for ServiceAccount tokens
    // of pods bound to it (EKS User Guide, "Create access entries": EC2_LINUX type; Kubernetes "Node authorization").
    edit(
        "rt86a-access-entry-node: an EC2_LINUX access entry for an ops role",
        r => {
            opsRole(r, "pod-identity", A, "rt86a-access-entry-node", [allow("eks:DescribeCluster", CLUSTER_ARN)]);
            beside(r, "pod-identity", "aws:eks/accessEntry:AccessEntry", "rt86a-access-entry-node-entry", {
                clusterName: CLUSTER,
                principalArn: opsArn("rt86a-access-entry-node"),
                type: "EC2_LINUX",
            });
        },
        "pod-identity",
    ),
    ops("rt86a-create-access-entry", "may CreateAccessEntry and AssociateAccessPolicy on the cluster", [
        allow(["eks:CreateAccessEntry", "eks:AssociateAccessPolicy"], `arn:aws:eks:eu-west-1:${A}:*`),
    ]),
    // Namespace-scoped admin or edit in the signer's namespace: both may create pods running as the signer's
    // ServiceAccount, which Pod Identity then hands the signer role (EKS User Guide, "Review access policy
    // permissions": AmazonEKSAdminPolicy and AmazonEKSEditPolicy include pods create and serviceaccounts
    // impersonate).
    ...(["AmazonEKSAdminPolicy", "AmazonEKSEditPolicy"] as const).map(policy => {
        const name = `rt86a-access-ns-${policy === "AmazonEKSAdminPolicy" ? "admin" : "edit"}`;
        return edit(
            `${name}: an access entry maps an ops role to ${policy} in namespace validators`,
            r => {
                opsRole(r, "pod-identity", A, name, [allow("eks:DescribeCluster", CLUSTER_ARN)]);
                beside(r, "pod-identity", "aws:eks/accessEntry:AccessEntry", `${name}-entry`, {
                    clusterName: CLUSTER,
                    principalArn: opsArn(name),
                    type: "STANDARD",
                });
                beside(r, "pod-identity", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${name}-assoc`, {
                    clusterName: CLUSTER,
                    principalArn: opsArn(name),
                    policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
                    accessScope: { type: "namespace", namespaces: ["validators"] },
                });
            },
            "pod-identity",
        );
    }),
    // ReEncrypt decrypts under the source key inside KMS and re-encrypts under a destination key the caller holds
    // (KMS API Reference, ReEncrypt; kms:ReEncryptOnSameKey false = a different destination key): share-1's
    // ciphertexts move to the ops role's own key, which it then Decrypts.
    ops("rt86a-reencrypt-other-key", "may ReEncryptFrom share-1 to another key", [
        allow("kms:ReEncryptFrom", SHARE1, { Condition: { Bool: { "kms:ReEncryptOnSameKey": "false" } } }),
        allow(["kms:ReEncryptTo", "kms:Decrypt"], OTHER_KEY),
    ]),
    opsIn("dev", "rt86a-dev-export-all", "may ExportTableToPointInTime every table", [
        allow("dynamodb:ExportTableToPointInTime", `arn:aws:dynamodb:*:${ACCOUNT.dev}:table/*`),
    ]),
    // ======== Neighbours a fix of the two misses must keep refusing. Whoever may create an alias on a key decides
    // kms:ResourceAliases ("Be cautious about giving principals kms:CreateAlias, kms:UpdateAlias, kms:DeleteAlias":
    // KMS Developer Guide, "Use aliases to control access to KMS keys"): the role names share-1 alias/ops/x itself.
    ops("rt86a-resource-alias-ops-self-alias", "may Decrypt any key aliased alias/ops/* and CreateAlias alias/ops/*", [
        decryptAnyKeyIf({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/ops/*" } }),
        allow("kms:CreateAlias", [`arn:aws:kms:eu-west-1:${A}:alias/ops/*`, KEYS]),
    ]),
    // Whoever may untag a key decides aws:ResourceTag (KMS Developer Guide, "ABAC for AWS KMS": changing a tag can
    // allow permission to a key): the role removes custody:workload from share-1 and its Deny no longer applies.
    ops("rt86a-deny-resource-tag-self-untag", "may Decrypt key/* and UntagResource; a Deny by custody:workload", [
        allow(["kms:Decrypt", "kms:UntagResource"], KEYS),
        denyOn(["kms:Decrypt", "kms:ReEncrypt*"], "*", {
            Condition: { StringEquals: { "aws:ResourceTag/custody:workload": "containment-chamber" } },
        }),
    ]),
    // ======== Round 87 neighbours of the two fixes (model/keyAttributes.ts). The attribute reading is stack-wide:
    // ANOTHER identity of the program that may re-alias the key decides kms:ResourceAliases for every one ("Be
    // cautious about giving principals kms:CreateAlias, kms:UpdateAlias, kms:DeleteAlias": KMS Developer Guide, "Use
    // aliases to control access to KMS keys"), so the alias-scoped Decrypt stays refused.
    edit(
        "rt86a-resource-alias-other-realias-fix87: an ops role Decrypts keys aliased alias/ops/*; another may CreateAlias",
        r => {
            opsRole(r, "prod", A, "rt86a-resource-alias-other-realias-fix87", [
                decryptAnyKeyIf({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/ops/*" } }),
            ]);
            opsRole(r, "prod", A, "rt86a-resource-alias-aliaser-fix87", [
                allow("kms:CreateAlias", [`arn:aws:kms:eu-west-1:${A}:alias/ops/*`, KEYS]),
            ]);
        },
    ),
    // A key policy that lets a principal outside the program tag share-1 (KMS Developer Guide, "Controlling access to
    // tags": tagging permissions in key policies; "ABAC for AWS KMS": changing a tag can allow or deny permission to
    // a key): platform-ops may untag it, and the Deny keyed on the tag no longer covers it.
    edit(
        "rt86a-deny-resource-tag-keypolicy-tagger-fix87: a Deny by custody:workload; share-1's policy lets platform-ops untag it",
        r => {
            opsRole(r, "prod", A, "rt86a-deny-resource-tag-keypolicy-tagger-fix87", [
                allow("kms:Decrypt", KEYS),
                denyOn("kms:*", "*", {
                    Condition: { StringEquals: { "aws:ResourceTag/custody:workload": "containment-chamber" } },
                }),
            ]);
            const key = find(r, "aws:kms/key:Key", "signer-shares-share-1");
            const policy = JSON.parse(String(key.outputs?.policy ?? key.inputs.policy)) as { Statement: object[] };
            policy.Statement.push({
                Sid: "LetPlatformOpsTag",
                Effect: "Allow",
                Principal: { AWS: opsArn("platform-ops") },
                Action: ["kms:TagResource", "kms:UntagResource"],
                Resource: "*",
            });
            setProp(key, "policy", JSON.stringify(policy));
        },
    ),
    // A Deny on a tag value no custody key carries (share-1 is custody:workload=containment-chamber) covers none.
    ops("rt86a-deny-resource-tag-other-value-fix87", "may Decrypt key/*; a Deny for keys of custody:workload=other", [
        allow("kms:Decrypt", KEYS),
        denyOn("kms:*", "*", { Condition: { StringEquals: { "aws:ResourceTag/custody:workload": "other" } } }),
    ]),
    // In a first preview the keys' ARNs and the aliases' targets are unknown: the aliases are unread (fail closed).
    {
        ...ops("rt86a-resource-alias-preview-fix87", "may Decrypt any key aliased alias/ops/* (a first preview)", [
            decryptAnyKeyIf({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/ops/*" } }),
        ]),
        preview: true,
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 87): secure refused (fail closed). Got custody-effective-access / share-custody / custody-share-rings: "allows
    // kms:Decrypt on *, reaching key alias/custody-infra/prod/signer-tables, key alias/custody-infra/prod/share-1".
    // kms:ResourceAliases is read nowhere in policy-pack (an Allow's unknown condition key is taken as may-hold:
    // model/conditions.ts allowNeverHoldsFor reads only holder keys). General fix: read resource-attribute keys
    // (kms:ResourceAliases, kms:RequestAlias, aws:ResourceTag) per asset: an Allow holds on a custody key only when the
    // key's declared aliases/tags can match, OR when any identity of the program (or an outside one the allowlist
    // lets hold kms:CreateAlias/UpdateAlias/TagResource/UntagResource on it: share-custody permits CreateAlias and
    // Tagging) can change them (see the insecure neighbour rt86a-resource-alias-ops-self-alias).
    // An alias that no custody key carries, and no one may create aliases: kms:ResourceAliases never lists a share
    // key's alias (KMS Developer Guide, "kms:ResourceAliases").
    // Still open (round 86): needs three parts, none sound to land in one session. (1) A per-asset reading of
    // kms:ResourceAliases (multivalued: ForAnyValue holds when one alias of the key matches, ForAllValues also on a key
    // with no alias; KMS Developer Guide, "kms:ResourceAliases" and "Use aliases to control access to KMS keys") from
    // the aws:kms/alias:Alias resources whose targetKeyId is the asset (unknown in preview: fail closed), in all three
    // readers that decide reach today per holder, not per asset (engine/build.ts grantMayReach, engine/judge.ts,
    // model/effective.ts via conditions.ts asHeldBy). (2) A stack-wide "no one may re-alias this key" check: no
    // identity's effective kms:CreateAlias/UpdateAlias/DeleteAlias on the asset's key ARN (the alias ops are
    // authorised on the key too: KMS Developer Guide, "Controlling access to aliases"), itself an effective-access
    // computation over every identity and Deny, so it must run after reach, not inside asHeldBy. (3) The allowlist
    // lets any principal hold kms:CreateAlias on a share key (model/shares.ts othersMayCall; basil.provisioner holds
    // it on key/*), so the check must read the grants actually present, not what the model permits.
    // Fixed (round 87): model/keyAttributes.ts fixedKeyAttributes reads a key's aliases from the program's Alias
    // resources (an unknown name or target: unread) only while no identity policy of the program may CreateAlias /
    // UpdateAlias / DeleteAlias on the key (any condition) and its key policy names no one else for them;
    // allowNeverHoldsOnKey drops the Allow on share-1 and signer-tables, in engine/build.ts (reach), judge.ts
    // (keyAttributesShutOut on the model's key patterns) and share-custody (model/effective.ts permissionsOnKey).
    ops("rt86a-s-resource-alias-ops", "may Decrypt any key aliased alias/ops/*", [
        decryptAnyKeyIf({ "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/ops/*" } }),
    ]),
    // An alias ARN in a key operation's Resource controls nothing: "you cannot use an alias to ... control access
    // to a KMS key in the Resource element" for Decrypt (KMS Developer Guide, "Using aliases in policies": alias
    // ARNs in Resource apply only to alias operations).
    ops("rt86a-s-decrypt-on-alias-arn", "may Decrypt with Resource share-1's alias ARN", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:${SHARE1_ALIAS}`),
    ]),
    ops("rt86a-s-update-alias-ops", "may UpdateAlias alias/ops/* between its own keys", [
        allow("kms:UpdateAlias", [`arn:aws:kms:eu-west-1:${A}:alias/ops/*`, OTHER_KEY]),
    ]),
    // Was a MISS (fixed in round 87): secure refused (fail closed). Got custody-effective-access / share-custody / custody-share-rings on
    // share-1 and signer-tables: the Deny keyed on aws:ResourceTag is never credited (model/conditions.ts
    // denySurelyHoldsFor reads holder keys only, HOLDER_KEYS; no resource-tag reading anywhere). Every stack key is
    // tagged custody:workload=containment-chamber (components' default tags), so the Deny covers every custody key.
    // General fix: a resource-keyed Deny clause (aws:ResourceTag/*, kms:ResourceAliases) holds per asset from its
    // declared tags/aliases, only while no identity may tag/untag (or re-alias) that asset (neighbour
    // rt86a-deny-resource-tag-self-untag must stay refused).
    // A Deny on a tag the share keys carry, and nothing may change KMS tags: it covers share-1.
    // Still open (round 86): needs a per-asset reading of aws:ResourceTag/<key> in denySurelyHoldsFor from the key's
    // declared tags (KMS Developer Guide, "ABAC for AWS KMS" and "Use tags to control access to KMS keys"; a tag the
    // provider's default tags add or one unknown in preview is unread: fail closed), and a stack-wide check that no
    // identity holds an effective kms:TagResource/UntagResource on the asset (TagResource overwrites a value too:
    // KMS API Reference, TagResource). The allowlist grants that widely (trustDomain.keyManager kms:TagResource on
    // "*", Tagging-level actions for any principal on a share key: model/shares.ts othersMayCall), so the check must
    // be made over effective grants after reach, in engine/build.ts, judge.ts and model/effective.ts alike; a
    // per-holder reading in conditions.ts alone would credit the Deny where a key manager may retag the key.
    // Fixed (round 87): the key's declared `tags` are read only while no identity policy of the program may
    // TagResource / UntagResource the key and its key policy names no one else for them (model/keyAttributes.ts);
    // denySurelyHoldsOnKey makes the Deny unconditional on the key, in the same three readers.
    ops("rt86a-s-deny-resource-tag-workload", "may Decrypt key/*; a Deny for keys of custody:workload", [
        allow("kms:Decrypt", KEYS),
        denyOn("kms:*", "*", {
            Condition: { StringEquals: { "aws:ResourceTag/custody:workload": "containment-chamber" } },
        }),
    ]),
    // Round 87 neighbours. A Deny by the custody keys' own aliases (ForAnyValue: some alias of the key matches; KMS
    // Developer Guide, "kms:ResourceAliases"), nobody may re-alias them: it covers share-1 and signer-tables.
    ops("rt86a-s-deny-resource-alias-fix87", "may Decrypt key/*; a Deny for keys aliased alias/custody-infra/*", [
        allow("kms:Decrypt", KEYS),
        denyOn("kms:*", "*", {
            Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/*" } },
        }),
    ]),
    // A StringLike Deny on a tag every stack key carries (custody:stack=custody-infra/prod; "Use tags to control
    // access to KMS keys": aws:ResourceTag), nobody may retag them.
    ops("rt86a-s-deny-resource-tag-like-fix87", "may Decrypt key/*; a Deny for keys of custody:stack custody-infra/*", [
        allow("kms:Decrypt", KEYS),
        denyOn("kms:*", "*", { Condition: { StringLike: { "aws:ResourceTag/custody:stack": "custody-infra/*" } } }),
    ]),
    // ForAllValues holds when every alias of the key matches (IAM User Guide, "Single-valued vs multivalued keys"):
    // share-1's and signer-tables' only aliases are alias/custody-infra/prod/*, so the Allow never holds on them.
    ops("rt86a-s-resource-alias-allvalues-fix87", "may Decrypt keys whose every alias is alias/ops/*", [
        decryptAnyKeyIf({ "ForAllValues:StringLike": { "kms:ResourceAliases": "alias/ops/*" } }),
    ]),
    ops("rt86a-s-partiql-ops", "may PartiQL* its own ops-* tables", [allow("dynamodb:PartiQL*", OPS_TABLES)]),
    ops("rt86a-s-export-ops", "may ExportTableToPointInTime its own ops-* tables", [
        allow("dynamodb:ExportTableToPointInTime", OPS_TABLES),
    ]),
    // The keystore streams nothing and nobody may enable one: a stream read on custody-* ARNs reads nothing.
    ops("rt86a-s-stream-read-ops", "may read the streams of ops-* tables", [
        allow(["dynamodb:GetRecords", "dynamodb:GetShardIterator"], `${OPS_TABLES}/stream/*`),
    ]),
    // A Pod Identity association of an ops role (no target) in another namespace reaches only the ops role.
    edit(
        "rt86a-s-podid-ops-role: an association of ops/reporter to an ops role reading ops-* tables",
        r => {
            podRole(r, "rt86a-s-podid-ops-role", [allow("dynamodb:GetItem", OPS_TABLES)], ["ops", "reporter"]);
            association(r, "rt86a-s-podid-ops-role-assoc", {
                namespace: "ops",
                serviceAccount: "reporter",
                roleArn: opsArn("rt86a-s-podid-ops-role"),
            });
        },
        "pod-identity",
    ),
    // AmazonEKSViewPolicy scoped to namespace ops: view excludes Secrets and serviceaccounts/token (EKS User Guide,
    // "Review access policy permissions", AmazonEKSViewPolicy).
    edit(
        "rt86a-s-access-entry-view-ns: an access entry maps an ops role to AmazonEKSViewPolicy in namespace ops",
        r => {
            opsRole(r, "pod-identity", A, "rt86a-s-access-entry-view-ns", [allow("eks:DescribeCluster", CLUSTER_ARN)]);
            beside(r, "pod-identity", "aws:eks/accessEntry:AccessEntry", "rt86a-s-access-entry-view-ns-entry", {
                clusterName: CLUSTER,
                principalArn: opsArn("rt86a-s-access-entry-view-ns"),
                type: "STANDARD",
            });
            beside(
                r,
                "pod-identity",
                "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
                "rt86a-s-access-entry-view-ns-assoc",
                {
                    clusterName: CLUSTER,
                    principalArn: opsArn("rt86a-s-access-entry-view-ns"),
                    policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                    accessScope: { type: "namespace", namespaces: ["ops"] },
                },
            );
        },
        "pod-identity",
    ),
];

/** Round 87: the insecure neighbours of the attribute reading are refused for share-1's Decrypt, not for their edit. */
const SHARE1_DECRYPT = new Set<string>([
    "rt86a-resource-alias-other-realias-fix87",
    "rt86a-deny-resource-tag-keypolicy-tagger-fix87",
    "rt86a-deny-resource-tag-other-value-fix87",
    "rt86a-resource-alias-preview-fix87",
]);
const pinned = (cases: StackCase[]): StackCase[] =>
    cases.map(c =>
        SHARE1_DECRYPT.has(c.name.split(":")[0])
            ? { ...c, policy: "custody-share-rings", refused: /kms:Decrypt on key alias\/custody-infra\/prod\/share-1/ }
            : c,
    );

/** The misses (their MISS comments say why): skipped. */
const MISSES = new Set<string>([]);
const marked = (cases: StackCase[]): StackCase[] =>
    cases.map(c => (MISSES.has(c.name.split(":")[0]) ? { ...c, skip: true } : c));

describeVariants(
    "red team 86: aws (alias and context keys, network keys, PartiQL/export/streams/restores, replicas, Pod Identity targets, access entries)",
    pinned(marked(insecure)),
    marked(secure),
);
