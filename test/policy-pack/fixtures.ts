/**
 * A hand-made, correct Containment Chamber signer stack that mirrors seed 000 (multi-account layout): three
 * tables (the keystore with its status-shard GSI), a table CMK with AWS's DynamoDB key policy, three share keys
 * in three accounts with seed 000's key policy, the IRSA runtime role with its derived statements in a
 * separate RolePolicy, and the annotated ServiceAccount. Written independently of components/.
 */
import type { AnalyzerResourceInput } from "../../tools/offline/analyzer";
import { UNKNOWN } from "./support";

export const ACCOUNTS = { primary: "111111111111", b: "222222222222", c: "333333333333" } as const;
export const REGION = "eu-west-1";
export const OIDC_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
export const OIDC_ARN = `arn:aws:iam::${ACCOUNTS.primary}:oidc-provider/${OIDC_ISSUER}`;
export const ROLE_NAME = "custody-prod-signer";
export const ROLE_ARN = `arn:aws:iam::${ACCOUNTS.primary}:role/${ROLE_NAME}`;
export const SUBJECT = "system:serviceaccount:validators:containment-chamber";

export const urn = (type: string, name: string) => `urn:pulumi:prod::custody-infra::${type}::${name}`;
export const tableArn = (name: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNTS.primary}:table/${name}`;
export const keyArn = (account: string, id: string, region = REGION) => `arn:aws:kms:${region}:${account}:key/${id}`;

export function awsProvider(
    name: string,
    account: string,
    region = REGION,
): NonNullable<AnalyzerResourceInput["provider"]> {
    return {
        urn: urn("pulumi:providers:aws", name),
        type: "pulumi:providers:aws",
        name,
        inputs: { region, allowedAccountIds: [account] },
    };
}

export const PROVIDERS = {
    primary: awsProvider("signer", ACCOUNTS.primary),
    b: awsProvider("custody-b", ACCOUNTS.b, "eu-central-1"),
    c: awsProvider("custody-c", ACCOUNTS.c, "us-east-1"),
};

export function doc(...statements: object[]): string {
    return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

export function rootDelegation(account: string): object {
    return {
        Sid: "EnableIAMDelegation",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: "kms:*",
        Resource: "*",
    };
}

export function irsaTrust(subject = SUBJECT): string {
    return doc({
        Effect: "Allow",
        Principal: { Federated: OIDC_ARN },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: { StringEquals: { [`${OIDC_ISSUER}:sub`]: subject, [`${OIDC_ISSUER}:aud`]: "sts.amazonaws.com" } },
    });
}

export const TABLES = {
    keystore: "custody-prod-keystore",
    antiSlashing: "custody-prod-anti-slashing",
    signerState: "custody-prod-signer-state",
};

function table(logical: string, name: string, extra: Record<string, unknown> = {}): AnalyzerResourceInput {
    return {
        urn: urn("aws:dynamodb/table:Table", logical),
        type: "aws:dynamodb/table:Table",
        name: logical,
        provider: PROVIDERS.primary,
        inputs: {
            name,
            billingMode: "PAY_PER_REQUEST",
            hashKey: "pubkey",
            attributes: [{ name: "pubkey", type: "S" }],
            pointInTimeRecovery: { enabled: true },
            deletionProtectionEnabled: true,
            serverSideEncryption: { enabled: true, kmsKeyArn: keyArn(ACCOUNTS.primary, "cmk-0000") },
            ...extra,
        },
        outputs: { arn: tableArn(name) },
        options: { protect: true },
    };
}

const SHARE_KEYS = [
    {
        index: 1,
        account: ACCOUNTS.primary,
        provider: PROVIDERS.primary,
        id: "11111111-1111-4111-8111-111111111111",
        region: REGION,
    },
    {
        index: 2,
        account: ACCOUNTS.b,
        provider: PROVIDERS.b,
        id: "22222222-2222-4222-8222-222222222222",
        region: "eu-central-1",
    },
    {
        index: 3,
        account: ACCOUNTS.c,
        provider: PROVIDERS.c,
        id: "33333333-3333-4333-8333-333333333333",
        region: "us-east-1",
    },
];
export const SHARE_KEY_ARNS = SHARE_KEYS.map(k => keyArn(k.account, k.id, k.region));

export function shareKeyPolicy(account: string, grantee = ROLE_ARN): string {
    return doc(rootDelegation(account), {
        Sid: "AllowSignerRole",
        Effect: "Allow",
        Principal: { AWS: grantee },
        Action: ["kms:Encrypt", "kms:Decrypt"],
        Resource: "*",
    });
}

/** The signer's permissions, derived from seed 000's access paths (TransactX replaced by the per-item actions). */
export function signerPermissions(): object[] {
    return [
        {
            Sid: "AntiSlashing",
            Effect: "Allow",
            Action: [
                "dynamodb:DescribeTable",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:ConditionCheckItem",
            ],
            Resource: tableArn(TABLES.antiSlashing),
        },
        {
            Sid: "KeySource",
            Effect: "Allow",
            Action: [
                "dynamodb:DescribeTable",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:Query",
            ],
            Resource: [tableArn(TABLES.keystore), `${tableArn(TABLES.keystore)}/index/*`],
        },
        { Sid: "ShareKeyWrap", Effect: "Allow", Action: ["kms:Encrypt", "kms:Decrypt"], Resource: SHARE_KEY_ARNS },
        {
            Sid: "SignerState",
            Effect: "Allow",
            Action: [
                "dynamodb:DescribeTable",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:DeleteItem",
                "dynamodb:Scan",
                "dynamodb:ConditionCheckItem",
            ],
            Resource: tableArn(TABLES.signerState),
        },
    ];
}

/** The alias ARN of share `index` (the custody model of prod selects share keys by these). */
export const shareAliasArn = (index: number) => {
    const k = SHARE_KEYS[index - 1];
    return `arn:aws:kms:${k.region}:${k.account}:alias/custody-infra/prod/share-${index}`;
};
export const TABLES_KEY_ALIAS_ARN = `arn:aws:kms:${REGION}:${ACCOUNTS.primary}:alias/custody-infra/prod/signer-tables`;

export const URNS = {
    role: urn("aws:iam/role:Role", "signer-role"),
    rolePolicy: urn("aws:iam/rolePolicy:RolePolicy", "signer-role-access"),
    serviceAccount: urn("kubernetes:core/v1:ServiceAccount", "signer-sa"),
    keystore: urn("aws:dynamodb/table:Table", "keystore"),
    shareKey: (i: number) => urn("aws:kms/key:Key", `signer-share-${i}`),
    cmk: urn("aws:kms/key:Key", "tables-cmk"),
    shareAlias: (i: number) => urn("aws:kms/alias:Alias", `signer-share-${i}-alias`),
    cmkAlias: urn("aws:kms/alias:Alias", "tables-cmk-alias"),
};

export function role(
    name: string,
    trust: string,
    kind: string,
    extra: Partial<AnalyzerResourceInput> & { inputs?: Record<string, unknown> } = {},
): AnalyzerResourceInput {
    const arn = `arn:aws:iam::${ACCOUNTS.primary}:role/${name}`;
    return {
        urn: urn("aws:iam/role:Role", name),
        type: "aws:iam/role:Role",
        name,
        provider: PROVIDERS.primary,
        ...extra,
        inputs: { name, assumeRolePolicy: trust, tags: { "custody:role-kind": kind }, ...(extra.inputs ?? {}) },
        outputs: { arn, id: name, ...(extra.outputs ?? {}) },
    };
}

export function rolePolicy(
    logical: string,
    roleName: string,
    policy: unknown,
    roleUrn?: string,
): AnalyzerResourceInput {
    return {
        urn: urn("aws:iam/rolePolicy:RolePolicy", logical),
        type: "aws:iam/rolePolicy:RolePolicy",
        name: logical,
        provider: PROVIDERS.primary,
        inputs: { name: logical, role: roleName, policy },
        dependencies: roleUrn ? [roleUrn] : [],
        propertyDependencies: roleUrn ? { role: [roleUrn] } : {},
    };
}

export function goodSignerStack(): AnalyzerResourceInput[] {
    const signerRole = role(ROLE_NAME, irsaTrust(), "runtime");
    signerRole.urn = URNS.role;
    return [
        {
            urn: PROVIDERS.primary.urn,
            type: PROVIDERS.primary.type,
            name: PROVIDERS.primary.name,
            inputs: PROVIDERS.primary.inputs,
        },
        { urn: PROVIDERS.b.urn, type: PROVIDERS.b.type, name: PROVIDERS.b.name, inputs: PROVIDERS.b.inputs },
        { urn: PROVIDERS.c.urn, type: PROVIDERS.c.type, name: PROVIDERS.c.name, inputs: PROVIDERS.c.inputs },
        {
            urn: URNS.cmk,
            type: "aws:kms/key:Key",
            name: "tables-cmk",
            provider: PROVIDERS.primary,
            options: { protect: true },
            inputs: {
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: doc(rootDelegation(ACCOUNTS.primary), {
                    Sid: "AllowDynamoDBOnBehalfOfAccountPrincipals",
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: [
                        "kms:Encrypt",
                        "kms:Decrypt",
                        "kms:ReEncrypt*",
                        "kms:GenerateDataKey*",
                        "kms:CreateGrant",
                        "kms:DescribeKey",
                    ],
                    Resource: "*",
                    Condition: {
                        StringEquals: {
                            "kms:CallerAccount": ACCOUNTS.primary,
                            "kms:ViaService": `dynamodb.${REGION}.amazonaws.com`,
                        },
                    },
                }),
            },
            outputs: { arn: keyArn(ACCOUNTS.primary, "cmk-0000") },
        },
        {
            ...table("keystore", TABLES.keystore, {
                attributes: [
                    { name: "pubkey", type: "S" },
                    { name: "status_shard", type: "S" },
                ],
                globalSecondaryIndexes: [
                    { name: "status-shard-index", hashKey: "status_shard", rangeKey: "pubkey", projectionType: "ALL" },
                ],
            }),
            urn: URNS.keystore,
        },
        table("anti-slashing", TABLES.antiSlashing, { rangeKey: "record" }),
        table("signer-state", TABLES.signerState, { hashKey: "pk", rangeKey: "sk" }),
        ...SHARE_KEYS.map(k => ({
            urn: URNS.shareKey(k.index),
            type: "aws:kms/key:Key",
            name: `signer-share-${k.index}`,
            provider: k.provider,
            options: { protect: true },
            inputs: {
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: shareKeyPolicy(k.account),
                tags: {
                    "custody:share-ring": "signer",
                    "custody:share-index": String(k.index),
                    "custody:share-threshold": "2",
                    "custody:account": k.account,
                },
            },
            outputs: { arn: keyArn(k.account, k.id, k.region), keyId: k.id },
            dependencies: [URNS.role],
        })),
        ...SHARE_KEYS.map(k => ({
            urn: URNS.shareAlias(k.index),
            type: "aws:kms/alias:Alias",
            name: `signer-share-${k.index}-alias`,
            provider: k.provider,
            inputs: { name: `alias/custody-infra/prod/share-${k.index}`, targetKeyId: k.id },
            outputs: { arn: shareAliasArn(k.index) },
            dependencies: [URNS.shareKey(k.index)],
            propertyDependencies: { targetKeyId: [URNS.shareKey(k.index)] },
        })),
        {
            urn: URNS.cmkAlias,
            type: "aws:kms/alias:Alias",
            name: "tables-cmk-alias",
            provider: PROVIDERS.primary,
            inputs: {
                name: "alias/custody-infra/prod/signer-tables",
                targetKeyId: keyArn(ACCOUNTS.primary, "cmk-0000"),
            },
            outputs: { arn: TABLES_KEY_ALIAS_ARN },
            dependencies: [URNS.cmk],
            propertyDependencies: { targetKeyId: [URNS.cmk] },
        },
        signerRole,
        {
            ...rolePolicy("signer-role-access", ROLE_NAME, doc(...signerPermissions()), URNS.role),
            urn: URNS.rolePolicy,
        },
        {
            urn: URNS.serviceAccount,
            type: "kubernetes:core/v1:ServiceAccount",
            name: "signer-sa",
            inputs: {
                metadata: {
                    name: "containment-chamber",
                    namespace: "validators",
                    annotations: { "eks.amazonaws.com/role-arn": ROLE_ARN },
                },
            },
        },
    ];
}

/** A copy of the stack with the resource at `urn` replaced by `edit(resource)`. */
export function editResource(
    stack: AnalyzerResourceInput[],
    urnToEdit: string,
    edit: (r: AnalyzerResourceInput) => AnalyzerResourceInput,
): AnalyzerResourceInput[] {
    let found = false;
    const out = stack.map(r => {
        if (r.urn !== urnToEdit) return r;
        found = true;
        return edit(JSON.parse(JSON.stringify(r)) as AnalyzerResourceInput);
    });
    if (!found) throw new Error(`fixture has no resource ${urnToEdit}`);
    return out;
}

/** The signer stack with its RolePolicy's statements replaced. */
export function withSignerStatements(...statements: object[]): AnalyzerResourceInput[] {
    return editResource(goodSignerStack(), URNS.rolePolicy, r => ({
        ...r,
        inputs: { ...r.inputs, policy: doc(...statements) },
    }));
}

// Shared by several rule test files.
export const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
export const IAM_TYPES = {
    exclusive: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
    userPolicy: "aws:iam/userPolicy:UserPolicy",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    userAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    groupAttachment: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
};
export const POLICY_ARN = `arn:aws:iam::${ACCOUNTS.primary}:policy/extra`;
export const assume = (principal: unknown, extra: object = {}) => ({
    Effect: "Allow",
    Principal: principal,
    Action: "sts:AssumeRole",
    ...extra,
});
export const ec2Trust = doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" });
export const irsaStatement = () => JSON.parse(irsaTrust()).Statement[0];
export function managedPolicy(...statements: object[]): AnalyzerResourceInput {
    return resource(
        "aws:iam/policy:Policy",
        "extra",
        { name: "extra", policy: doc(...statements) },
        { outputs: { arn: POLICY_ARN } },
    );
}
export function resource(
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<AnalyzerResourceInput> = {},
): AnalyzerResourceInput {
    return { urn: urn(type, name), type, name, provider: PROVIDERS.primary, inputs, ...extra };
}
/** A second, fully known RolePolicy on the signer role. */
export const secondSignerPolicy = (...statements: object[]) =>
    rolePolicy("second", ROLE_NAME, doc(...statements), URNS.role);
/** The signer stack with extra statements in the signer role's trust (next to its IRSA statement). */
export const signerTrust = (...extra: object[]) =>
    editResource(goodSignerStack(), URNS.role, r => ({
        ...r,
        inputs: { ...r.inputs, assumeRolePolicy: doc(irsaStatement(), ...extra) },
    }));
/** The signer stack as in a first preview: its generated RolePolicy (key ARNs in the text) is unknown. */
export const unknownSignerPolicy = (stack = goodSignerStack()) =>
    editResource(stack, URNS.rolePolicy, r => ({ ...r, inputs: { ...r.inputs, policy: UNKNOWN } }));

// EKS Pod Identity (issue 10): the signer bound by an association instead of the IRSA annotation.
export const CLUSTER_NAME = "prod-validators";
export const CLUSTER_ARN = `arn:aws:eks:${REGION}:${ACCOUNTS.primary}:cluster/${CLUSTER_NAME}`;
/** The documented trust statement, pinned to one cluster, namespace and ServiceAccount (one-element lists). */
export const podIdentityStatement = (
    pins: Record<string, unknown> = {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": [CLUSTER_ARN],
            "aws:RequestTag/kubernetes-namespace": ["validators"],
            "aws:RequestTag/kubernetes-service-account": ["containment-chamber"],
        },
    },
) => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: pins,
});
export const ASSOCIATION_URN = urn("aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
export function podIdentityAssociation(inputs: Record<string, unknown> = {}): AnalyzerResourceInput {
    return {
        ...resource(
            "aws:eks/podIdentityAssociation:PodIdentityAssociation",
            "signer-sa-pod-identity",
            {
                clusterName: CLUSTER_NAME,
                namespace: "validators",
                serviceAccount: "containment-chamber",
                roleArn: ROLE_ARN,
                disableSessionTags: false,
                ...inputs,
            },
            { dependencies: [URNS.role], propertyDependencies: { roleArn: [URNS.role] } },
        ),
    };
}
/** The signer stack on Pod Identity: pinned trust, unannotated ServiceAccount, one association. */
export function podIdentitySignerStack(trust: object[] = [podIdentityStatement()]): AnalyzerResourceInput[] {
    const stack = editResource(goodSignerStack(), URNS.role, r => ({
        ...r,
        inputs: { ...r.inputs, assumeRolePolicy: doc(...trust) },
    }));
    return [
        ...editResource(stack, URNS.serviceAccount, r => {
            delete (r.inputs.metadata as Record<string, unknown>).annotations;
            return r;
        }),
        podIdentityAssociation(),
    ];
}
