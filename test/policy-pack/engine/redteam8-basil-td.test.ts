// Red-team round 8 (fresh eyes) on the basil stack (seed 004: the broker's runtime role, the provisioner role, the
// catalog keys under alias/basil/*, the provisioner's required request tags) and the trust-domain stack (seed 001: the
// Defakto key manager creating, using and retiring its own keys): shapes the earlier rounds did not try. Alias
// repointing by delete and re-create, identity NotResource on aliases, KMS grants and key-policy statements that
// carry none of the model's `when` conditions, an alias-gated account-wide key-policy statement, the provisioner's
// outside operator reaching the runtime's namespace through an EKS access policy, first-preview shapes whose role or
// key is still unknown (a role name from a random.RandomShuffle), grants to an account root, keys planted with the
// server's discovery tags, namespace-less RBAC through a provider with a default namespace, federated-user and
// organization principals, and patches of a running pod's image.
//
// Insecure variants the whole pack must refuse (with the refusing policy and its path message); secure variants
// (what a careful platform team does) it must accept. A case the pack gets wrong is `skip` with a comment starting
// "MISS:" (why, and the document checked). REDTEAM_ALL=1 runs them too; REDTEAM_SHOW=1 prints each refusal.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, bind, k8s, k8sRole, next, outsideRole, stackRole } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const BASIL = "111122223333";
const TD = "444444444444";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const GRANT = "aws:kms/grant:Grant";
const SA = "kubernetes:core/v1:ServiceAccount";
const EFFECTIVE = "custody-effective-access";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const JWT = "basil-key-jwt-signing-primary";
const PAYLOAD = "basil-key-payload-aead";
const RUNTIME = `arn:aws:iam::${BASIL}:role/basil-agent`;
const BREAK_GLASS = `arn:aws:iam::${BASIL}:role/platform-break-glass`;
const TD_ROLE = `arn:aws:iam::${TD}:role/trust-domain-server`;
/** A key the trust-domain server created at run time (outside the stack), in the model's account and region. */
const TD_SERVER_KEY = `arn:aws:kms:us-east-1:${TD}:key/6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b`;
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };

const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;
function keyStatements(r: Resources, name: string, ...statements: object[]): void {
    addStatements(find(r, KEY, name), "policy", ...statements);
}
function trustStatements(r: Resources, roleName: string, ...statements: object[]): void {
    addStatements(find(r, ROLE, roleName), "assumeRolePolicy", ...statements);
}
function rolePolicy(r: Resources, name: string, role: string, statements: object[], roleLike?: string): void {
    aws(r, ROLE_POLICY, name, { name, role, policy: doc(...statements) }, roleLike);
}
/** Edits the statements of a JSON policy property. */
function editDoc(r: AnalyzerResourceInput, key: string, edit: (statements: Record<string, any>[]) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Record<string, any>[] };
    edit(d.Statement);
    setProp(r, key, JSON.stringify(d));
}
/** An EKS access entry and access policy association for a principal (cluster name of the stack's cluster). */
function eksAccess(r: Resources, name: string, principalArn: string, policy: string, namespaces?: string[]): void {
    const clusterName = "basil-cluster";
    aws(r, "aws:eks/accessEntry:AccessEntry", `${name}-entry`, { clusterName, principalArn, type: "STANDARD" });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${name}-policy`, {
        clusterName,
        principalArn,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: namespaces ? { type: "namespace", namespaces } : { type: "cluster" },
    });
}
/** A resource whose `property` is still unknown in a first preview, depending on `on` for it. */
function unknownVia(
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    property: string,
    on: AnalyzerResourceInput,
): void {
    r.push({
        ...resourceLike(like, type, name, { ...inputs, [property]: UNKNOWN }),
        propertyDependencies: { [property]: [on.urn] },
        dependencies: [on.urn],
    } as AnalyzerResourceInput);
}
/** A random.RandomShuffle of one input (the name comes out only at `up`: unknown in a first preview). */
function shuffle(r: Resources, like: AnalyzerResourceInput, name: string, inputs: string[]): AnalyzerResourceInput {
    const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
    const res = {
        urn: `${stackPrefix}::random:index/randomShuffle:RandomShuffle::${name}`,
        type: "random:index/randomShuffle:RandomShuffle",
        name,
        inputs: { inputs, resultCount: 1 },
        outputs: { inputs, resultCount: 1, results: UNKNOWN },
    } as unknown as AnalyzerResourceInput;
    r.push(res);
    return res;
}

type Case = {
    name: string;
    stack: "basil" | "trust-domain";
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // ---------------- basil
    {
        stack: "basil",
        name: "provisioner: kms:DeleteAlias on alias/basil/* and key/* (delete then CreateAlias = repoint a catalog alias at its own key)",
        edit: r =>
            rolePolicy(r, "basil-provisioner-realias", "basil-provisioner", [
                {
                    Effect: "Allow",
                    Action: "kms:DeleteAlias",
                    Resource: [`arn:aws:kms:us-east-1:${BASIL}:alias/basil/*`, `arn:aws:kms:us-east-1:${BASIL}:key/*`],
                },
            ]),
        refused: /basil-provisioner[\s\S]*kms:DeleteAlias/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "runtime: Sign/Decrypt with NotResource alias/* (every key of every account), the alias condition kept",
        edit: r =>
            rolePolicy(r, "basil-agent-notresource", "basil-agent", [
                {
                    Effect: "Allow",
                    Action: ["kms:Sign", "kms:Decrypt"],
                    NotResource: `arn:aws:kms:us-east-1:${BASIL}:alias/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
                },
            ]),
        refused: /basil-agent[\s\S]*kms:Decrypt, kms:Sign on NotResource arn:aws:kms:us-east-1:111122223333:alias\/\*/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "payload key policy: Decrypt for the provisioner's outside operator (platform-break-glass), by alias/basil/*",
        edit: r =>
            keyStatements(r, PAYLOAD, {
                Sid: "BreakGlassDecrypt",
                Effect: "Allow",
                Principal: { AWS: BREAK_GLASS },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
            }),
        refused: /platform-break-glass[\s\S]*kms:Decrypt[\s\S]*alias\/basil\/payload-aead/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: 'payload key policy: "*" pinned by kms:CallerAccount and kms:RequestAlias alias/basil/* (every identity of the account, by the catalog alias)',
        edit: r =>
            keyStatements(r, PAYLOAD, {
                Sid: "AccountByCatalogAlias",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": BASIL },
                    "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" },
                },
            }),
        refused: /111122223333[\s\S]*kms:Decrypt[\s\S]*alias\/basil\/payload-aead/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a kms.Grant of Encrypt/Decrypt on the payload key to the runtime itself (allowed actions, but a grant carries no kms:RequestAlias)",
        edit: r =>
            aws(r, GRANT, "basil-agent-payload-grant", {
                name: "basil-agent-payload",
                keyId: keyArn(r, PAYLOAD),
                granteePrincipal: RUNTIME,
                operations: ["Encrypt", "Decrypt"],
            }),
        refused: /basil-agent[\s\S]*payload-aead/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "jwt key policy: the runtime named for Sign/GetPublicKey without the kms:RequestAlias condition",
        edit: r =>
            keyStatements(r, JWT, {
                Sid: "BrokerSign",
                Effect: "Allow",
                Principal: { AWS: RUNTIME },
                Action: ["kms:Sign", "kms:GetPublicKey"],
                Resource: "*",
            }),
        refused: /basil-agent[\s\S]*kms:Sign[\s\S]*alias\/basil\/jwt-signing-primary/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "runtime: the alias condition as Null kms:RequestAlias = false (any alias an admin points at the key)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", ss => {
                ss[0].Condition = { Null: { "kms:RequestAlias": "false" } };
            }),
        refused: /basil-agent[\s\S]*kms:RequestAlias/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "EKS: AmazonEKSEditPolicy scoped to namespace basil for the provisioner's operator (break-glass becomes the broker)",
        edit: r => eksAccess(r, "break-glass-edit", BREAK_GLASS, "AmazonEKSEditPolicy", ["basil"]),
        refused: /platform-break-glass[\s\S]*AmazonEKSEditPolicy/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "RBAC: a Role and RoleBinding without metadata.namespace through a Kubernetes provider whose default namespace is basil-bootstrap (create serviceaccounts/token)",
        edit: r => {
            const sa = find(r, SA, "basil-bootstrap-sa");
            const provider = {
                ...(sa.provider as object),
                urn: (sa.provider as { urn: string }).urn.replace(/::cluster-k8s$/, "::bootstrap-k8s"),
                name: "bootstrap-k8s",
                inputs: { context: "basil-cluster", namespace: "basil-bootstrap" },
            };
            const push = (type: string, name: string, inputs: Record<string, unknown>) =>
                r.push({ ...resourceLike(sa, type, name, inputs), provider } as unknown as AnalyzerResourceInput);
            push("kubernetes:rbac.authorization.k8s.io/v1:Role", "token-minter-role", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "Role",
                metadata: { name: "token-minter" },
                rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
            });
            push("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "token-minter-binding", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "RoleBinding",
                metadata: { name: "token-minter" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "token-minter" },
                subjects: [DEVS],
            });
        },
        refused: /platform-devs[\s\S]*serviceaccounts\/token[\s\S]*basil-provisioner/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "RBAC: create on */token (every resource's token subresource) in basil-bootstrap for a group",
        edit: r => {
            k8sRole(
                r,
                "any-token",
                [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }],
                "basil-bootstrap",
            );
            bind(r, "any-token", { kind: "Role", name: "any-token" }, [DEVS], "basil-bootstrap");
        },
        refused: /platform-devs[\s\S]*basil-provisioner/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        // Was MISS (round 8; now refused as unverifiable: model/resources.ts unresolvedReference, from
        // model/stack.ts rolesFor): the deployed stack's next preview (the change under review) adds a random.RandomShuffle of
        // ["basil-agent"] and a RolePolicy whose `role` is its result: unknown during that preview, and with no
        // aws:iam/role:Role among its dependencies, so policy-pack/model/stack.ts rolesFor() links it to no role and
        // no external role (the RolePolicy is dropped without a trace: no mandatory violation, not even "unknown
        // power"). At `up` the role is basil-agent and the runtime holds kms:* on *. Stack policies gate at preview:
        // they do not re-run after resources are provisioned (pulumi/docs#11508, "Stack policies run after a preview
        // do not run after everything has been provisioned"); a resource's outputs are unknown during the preview that
        // creates it (Pulumi docs, "Inputs and outputs": unknown values during preview). An unknown role reference
        // without a Role dependency must count as unknown power on every role of the stack.
        name: "update preview: a RolePolicy whose role name comes from a new RandomShuffle of [basil-agent] (unknown), allowing kms:* on *",
        edit: r => {
            const like = find(r, ROLE, "basil-runtime");
            const pick = shuffle(r, like, "which-role", ["basil-agent"]);
            unknownVia(
                r,
                like,
                ROLE_POLICY,
                "shuffled-access",
                { name: "shuffled-access", policy: doc({ Effect: "Allow", Action: "kms:*", Resource: "*" }) },
                "role",
                pick,
            );
        },
        refused: /shuffled-access|kms:\*/,
    },
    {
        stack: "basil",
        preview: true,
        // Was MISS (round 8; now refused as unverifiable, naming the attached ARN): the same gap for managed
        // attachments: rolesFor() finds no Role among the dependencies of `role`, so
        // the AWS managed AWSKeyManagementServicePowerUser (kms:Create*, Put*, Delete*, ScheduleKeyDeletion, ...) is
        // neither linked nor reported as unreadable power during the first preview; at `up` it lands on
        // basil-provisioner. Same documents as above (pulumi/docs#11508; AWS managed policy reference,
        // AWSKeyManagementServicePowerUser).
        name: "first preview: a RolePolicyAttachment whose role comes from a RandomShuffle (unknown) attaching AWSKeyManagementServicePowerUser",
        edit: r => {
            const like = find(r, ROLE, "basil-runtime");
            const pick = shuffle(r, like, "which-role-2", ["basil-provisioner"]);
            unknownVia(
                r,
                like,
                "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                "shuffled-power-user",
                { policyArn: "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser" },
                "role",
                pick,
            );
        },
        refused: /AWSKeyManagementServicePowerUser/,
    },
    {
        stack: "basil",
        preview: true,
        name: "first preview: a kms.Grant on the payload key (keyId unknown, depends on it) giving an outside role Decrypt",
        edit: r => {
            const key = find(r, KEY, PAYLOAD);
            unknownVia(
                r,
                key,
                GRANT,
                "payload-escrow",
                { name: "escrow", granteePrincipal: outsideRole(BASIL, "escrow"), operations: ["Decrypt"] },
                "keyId",
                key,
            );
        },
        refused: /escrow/,
    },
    {
        stack: "basil",
        // Was MISS (round 8; now refused as unverifiable by engine/build.ts, naming operations and grantee):
        // engine/build.ts (KMS grants) resolves the grant's key by value or by a dependency on a Key; a keyId that
        // is the unknown output of another resource (a new RandomShuffle of [the payload key's ARN]) only lands in the
        // `unknown` notes and the grant is skipped: no mandatory violation from any policy. With the ARN known the pack
        // refuses it ("role/escrow (outside this stack) → kms:Decrypt on key alias/basil/payload-aead"). Stack policies
        // gate at preview (pulumi/docs#11508); CreateGrant accepts a key ARN (KMS API reference, CreateGrant KeyId).
        name: "update preview: a kms.Grant whose keyId is a new RandomShuffle of [the payload key's ARN] (unknown) giving an outside role Decrypt",
        edit: r => {
            const key = find(r, KEY, PAYLOAD);
            const pick = shuffle(r, key, "which-key", [keyArn(r, PAYLOAD)]);
            unknownVia(
                r,
                key,
                GRANT,
                "shuffled-escrow",
                { name: "escrow-2", granteePrincipal: outsideRole(BASIL, "escrow"), operations: ["Decrypt"] },
                "keyId",
                pick,
            );
        },
        refused: /escrow/,
    },
    {
        stack: "basil",
        // Was MISS (round 8; now refused as unverifiable by engine/build.ts): the same for aws.kms.KeyPolicy
        // (engine/build.ts: `if (!target) { unknown.push(...); continue; }`): the
        // policy replaces the jwt key's policy at `up` (PutKeyPolicy; the last KeyPolicy wins) and admits an outside
        // role to Sign, yet during the preview nothing is refused; with the key id known the pack names
        // "role/partner-signer (outside this stack) → kms:Sign on key alias/basil/jwt-signing-primary". An unknown
        // keyId must count as a candidate policy of every key of the stack (and of the model's patterns).
        name: "update preview: a KeyPolicy whose keyId is a new RandomShuffle of [the jwt key's id] (unknown) naming an outside role for Sign",
        edit: r => {
            const key = find(r, KEY, JWT);
            const pick = shuffle(r, key, "which-key-2", [prop(key, "keyId") as string]);
            unknownVia(
                r,
                key,
                "aws:kms/keyPolicy:KeyPolicy",
                "shuffled-key-policy",
                {
                    policy: doc(
                        {
                            Sid: "EnableIAMDelegation",
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${BASIL}:root` },
                            Action: "kms:*",
                            Resource: "*",
                        },
                        {
                            Sid: "PartnerSign",
                            Effect: "Allow",
                            Principal: { AWS: outsideRole(BASIL, "partner-signer") },
                            Action: ["kms:Sign", "kms:GetPublicKey"],
                            Resource: "*",
                        },
                    ),
                },
                "keyId",
                pick,
            );
        },
        refused: /partner-signer|shuffled-key-policy/,
    },
    {
        stack: "basil",
        name: "provisioner trust: a federated-user session of the account (GetFederationToken) named beside the break-glass role",
        edit: r =>
            trustStatements(r, "basil-provisioner", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:sts::${BASIL}:federated-user/oncall` },
                Action: "sts:AssumeRole",
            }),
        refused: /federated-user\/oncall[\s\S]*basil-provisioner/,
        policy: EFFECTIVE,
    },
    // ---------------- trust-domain
    {
        stack: "trust-domain",
        name: "a kms.Grant of Sign on a server-created key (by ARN, outside the stack) to the account root (any identity its IAM allows)",
        edit: r =>
            aws(r, GRANT, "td-root-grant", {
                name: "root-sign",
                keyId: TD_SERVER_KEY,
                granteePrincipal: `arn:aws:iam::${TD}:root`,
                operations: ["Sign", "GetPublicKey"],
            }),
        refused: /444444444444[\s\S]*kms:Sign/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "a stack key tagged with the server's keyTags (team=identity, cost-center=4711: it discovers and signs with it) that every identity of the account may Sign with",
        edit: r => {
            const like = find(r, ROLE, "trust-domain-role");
            const keyId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
            next(r, like, KEY, "planted-signing-key", {
                description: "signing key",
                customerMasterKeySpec: "ECC_NIST_P256",
                keyUsage: "SIGN_VERIFY",
                deletionWindowInDays: 30,
                tags: { team: "identity", "cost-center": "4711" },
                arn: `arn:aws:kms:us-east-1:${TD}:key/${keyId}`,
                keyId,
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${TD}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "AnyoneInTheAccountSigns",
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                        Condition: { StringEquals: { "kms:CallerAccount": TD } },
                    },
                ),
            });
        },
        refused: /444444444444[\s\S]*kms:Sign/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "EKS: AmazonEKSEditPolicy scoped to namespace spirl-system for an outside CI role",
        edit: r => eksAccess(r, "ci-edit", outsideRole(TD, "ci-deployer"), "AmazonEKSEditPolicy", ["spirl-system"]),
        refused: /ci-deployer[\s\S]*AmazonEKSEditPolicy/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: 'a KeyPolicy on a server-created key (outside the stack) admitting "*" pinned only by aws:PrincipalOrgID (every account of the organization) to Sign',
        edit: r =>
            aws(r, "aws:kms/keyPolicy:KeyPolicy", "td-org-sign", {
                keyId: TD_SERVER_KEY,
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${TD}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "OrgSign",
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
                    },
                ),
            }),
        refused: /o-a1b2c3d4e5[\s\S]*kms:Sign/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "RBAC: patch pods in spirl-system (a running pod's container image is mutable: the server's pod restarts with any image)",
        edit: r => {
            k8sRole(
                r,
                "pod-patcher",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "patch"] }],
                "spirl-system",
            );
            bind(r, "pod-patcher", { kind: "Role", name: "pod-patcher" }, [DEVS], "spirl-system");
        },
        refused: /platform-devs[\s\S]*spirl-server/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "key manager trust: a second statement for the cluster's OIDC provider with StringEquals aud only (every ServiceAccount of the cluster)",
        edit: r =>
            trustStatements(r, "trust-domain-role", {
                Effect: "Allow",
                Principal: {
                    Federated: `arn:aws:iam::${TD}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF`,
                },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF:aud": "sts.amazonaws.com",
                    },
                },
            }),
        refused: /trust-domain-server/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "the key manager's policy moved into the Role's inlinePolicies, with kms:Decrypt and kms:ReEncrypt* riding along",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "trust-domain-role-access");
            const d = JSON.parse(prop(rp, "policy") as string) as { Statement: Record<string, any>[] };
            d.Statement[0].Action = [...(d.Statement[0].Action as string[]), "kms:Decrypt", "kms:ReEncrypt*"];
            r.splice(r.indexOf(rp), 1);
            setProp(find(r, ROLE, "trust-domain-role"), "inlinePolicies", [
                { name: "trust-domain-server-access", policy: JSON.stringify(d) },
            ]);
        },
        refused: /trust-domain-server[\s\S]*kms:Decrypt/,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    // ---------------- trust-domain
    {
        stack: "trust-domain",
        name: "the key manager without sts:GetCallerIdentity (STS answers it for every caller: no permission is needed)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", ss => {
                ss.splice(
                    ss.findIndex(s => s.Sid === "TrustDomainIdentity"),
                    1,
                );
            }),
    },
    {
        stack: "trust-domain",
        name: "the key manager's policy as the Role's inlinePolicies (no RolePolicy resource)",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "trust-domain-role-access");
            const policy = prop(rp, "policy") as string;
            r.splice(r.indexOf(rp), 1);
            setProp(find(r, ROLE, "trust-domain-role"), "inlinePolicies", [
                { name: "trust-domain-server-access", policy },
            ]);
        },
    },
    {
        stack: "trust-domain",
        name: "the key manager's role under a permissions boundary the stack creates (a Policy referenced only as the boundary)",
        edit: r => {
            const boundaryArn = `arn:aws:iam::${TD}:policy/trust-domain-boundary`;
            aws(r, "aws:iam/policy:Policy", "trust-domain-boundary", {
                name: "trust-domain-boundary",
                arn: boundaryArn,
                policy: doc(
                    {
                        Effect: "Allow",
                        Action: ["kms:*", "tag:GetResources", "sts:GetCallerIdentity"],
                        Resource: "*",
                    },
                    { Effect: "Deny", Action: ["iam:*", "organizations:*"], Resource: "*" },
                ),
            });
            setProp(find(r, ROLE, "trust-domain-role"), "permissionsBoundary", boundaryArn);
        },
    },
    {
        stack: "trust-domain",
        name: "spirl-server's ServiceAccount annotated for regional STS endpoints and a one-hour token",
        edit: r => {
            const sa = find(r, SA, "trust-domain-sa");
            const m = prop(sa, "metadata") as { annotations: Record<string, string> };
            setProp(sa, "metadata", {
                ...m,
                annotations: {
                    ...m.annotations,
                    "eks.amazonaws.com/sts-regional-endpoints": "true",
                    "eks.amazonaws.com/token-expiration": "3600",
                },
            });
        },
    },
    {
        stack: "trust-domain",
        name: "the server's Deployment mounting its projected STS token by hand (audience sts.amazonaws.com, AWS_ROLE_ARN), no token automount",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:Deployment", "spirl-server", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "spirl-server", namespace: "spirl-system" },
                spec: {
                    selector: { matchLabels: { app: "spirl-server" } },
                    template: {
                        metadata: { labels: { app: "spirl-server" } },
                        spec: {
                            serviceAccountName: "spirl-server",
                            automountServiceAccountToken: false,
                            securityContext: { runAsNonRoot: true, runAsUser: 65532 },
                            containers: [
                                {
                                    name: "server",
                                    image: "ghcr.io/spirl/spirl-server:1.0.0",
                                    env: [
                                        { name: "AWS_ROLE_ARN", value: TD_ROLE },
                                        {
                                            name: "AWS_WEB_IDENTITY_TOKEN_FILE",
                                            value: "/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
                                        },
                                    ],
                                    volumeMounts: [
                                        {
                                            name: "aws-token",
                                            mountPath: "/var/run/secrets/eks.amazonaws.com/serviceaccount",
                                            readOnly: true,
                                        },
                                    ],
                                    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
                                },
                            ],
                            volumes: [
                                {
                                    name: "aws-token",
                                    projected: {
                                        sources: [
                                            {
                                                serviceAccountToken: {
                                                    audience: "sts.amazonaws.com",
                                                    expirationSeconds: 86400,
                                                    path: "token",
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                },
            }),
    },
    // ---------------- basil
    {
        stack: "basil",
        name: "runtime trust: the sub pinned by StringLike with the exact value (no wildcard)",
        edit: r =>
            editDoc(find(r, ROLE, "basil-runtime"), "assumeRolePolicy", ss => {
                const c = ss[0].Condition as Record<string, Record<string, string>>;
                const subKey = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                const sub = c.StringEquals[subKey];
                delete c.StringEquals[subKey];
                c.StringLike = { [subKey]: sub };
            }),
    },
    {
        stack: "basil",
        // MISS, by design (secure refused): a second key of the stack in Basil's account and region, used only to
        // encrypt the broker's log group, with the key policy the CloudWatch Logs user guide gives ("Encrypt log data
        // in CloudWatch Logs using AWS KMS": root delegation plus logs.<region>.amazonaws.com pinned by ArnEquals
        // kms:EncryptionContext:aws:logs:arn). The model gives the provisioner kms:CreateAlias (and DescribeKey,
        // GetPublicKey, TagResource) on `key/*` of 111122223333/us-east-1, as seed 004 requires (its keys get random
        // ids at run time): it can point an alias/basil/* alias at this key, so every key there is a custody asset,
        // as with trust-domain's key manager. The README's "another key of the stack is not judged" holds where the
        // model names keys one by one. The way out the engine offers, a key-policy Deny keeping the provisioner off
        // (engine/judge.ts keptOff), does not apply here: keptOff holds only for workloads whose every subject is a
        // ServiceAccount, and basil-provisioner's subjects include the platform-break-glass role, which may become
        // identities the pack cannot see (tried in round 8 fixes: a Deny naming basil-provisioner and
        // platform-break-glass, the same as "*" pinned by aws:PrincipalArn, and an unconditional Deny of "*" on the
        // provisioner's actions are all still refused, custody-required-access adding that the pattern's access is
        // missing on the key). Put such a key outside the provisioner's pattern, or keep CloudWatch Logs' default
        // encryption (log data is always encrypted at rest: CloudWatch Logs user guide, "Encrypt log data in
        // CloudWatch Logs using AWS KMS").
        skip: "MISS (by design): a stack CMK in Basil's account and region is a custody asset through the provisioner's key/* pattern; the keptOff Deny way out needs ServiceAccount-only subjects and basil-provisioner has the break-glass role",
        name: "a CloudWatch Logs CMK of the stack (its own key and alias, root delegation plus logs.us-east-1 pinned to the account's log groups)",
        edit: r => {
            const like = find(r, KEY, PAYLOAD);
            const keyId = "7e6d5c4b-3a29-4817-9655-443322110000";
            const arn = `arn:aws:kms:us-east-1:${BASIL}:key/${keyId}`;
            r.push(
                resourceLike(
                    like,
                    KEY,
                    "basil-logs-cmk",
                    {
                        description: "CloudWatch Logs encryption for the broker's log group",
                        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                        keyUsage: "ENCRYPT_DECRYPT",
                        deletionWindowInDays: 30,
                        enableKeyRotation: true,
                        arn,
                        keyId,
                        policy: doc(
                            {
                                Sid: "EnableIAMDelegation",
                                Effect: "Allow",
                                Principal: { AWS: `arn:aws:iam::${BASIL}:root` },
                                Action: "kms:*",
                                Resource: "*",
                            },
                            {
                                Sid: "CloudWatchLogs",
                                Effect: "Allow",
                                Principal: { Service: "logs.us-east-1.amazonaws.com" },
                                Action: [
                                    "kms:Encrypt*",
                                    "kms:Decrypt*",
                                    "kms:ReEncrypt*",
                                    "kms:GenerateDataKey*",
                                    "kms:Describe*",
                                ],
                                Resource: "*",
                                Condition: {
                                    ArnEquals: {
                                        "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:us-east-1:${BASIL}:log-group:/basil/broker`,
                                    },
                                },
                            },
                        ),
                    },
                    { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>,
                ),
            );
            r.push(
                resourceLike(like, "aws:kms/alias:Alias", "basil-logs-cmk-alias", {
                    name: "alias/custody-infra/basil/logs",
                    arn: `arn:aws:kms:us-east-1:${BASIL}:alias/custody-infra/basil/logs`,
                    targetKeyId: keyId,
                    targetKeyArn: arn,
                }),
            );
        },
    },
    {
        stack: "basil",
        name: "an inventory role (trusted by an outside ops role) listing the account's keys and aliases (kms:ListKeys, kms:ListAliases)",
        edit: r => {
            stackRole(
                r,
                BASIL,
                "kms-inventory",
                { Effect: "Allow", Principal: { AWS: outsideRole(BASIL) }, Action: "sts:AssumeRole" },
                [{ Effect: "Allow", Action: ["kms:ListKeys", "kms:ListAliases"], Resource: "*" }],
            );
        },
    },
    {
        stack: "basil",
        name: "a second alias for the payload key outside alias/basil/ during a migration (alias/legacy/payload-aead)",
        edit: r => {
            const key = find(r, KEY, PAYLOAD);
            r.push(
                resourceLike(key, "aws:kms/alias:Alias", "basil-payload-legacy-alias", {
                    name: "alias/legacy/payload-aead",
                    arn: `arn:aws:kms:us-east-1:${BASIL}:alias/legacy/payload-aead`,
                    targetKeyId: prop(key, "keyId"),
                    targetKeyArn: prop(key, "arn"),
                }),
            );
        },
    },
    {
        stack: "basil",
        name: "runtime: its statement also requires direct calls (Bool aws:ViaAWSService = false)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", ss => {
                ss[0].Condition = { ...ss[0].Condition, Bool: { "aws:ViaAWSService": "false" } };
            }),
    },
    {
        stack: "basil",
        name: "provisioner trust: break-glass sessions must be named breakglass-* (sts:RoleSessionName) and use MFA",
        edit: r =>
            editDoc(find(r, ROLE, "basil-provisioner"), "assumeRolePolicy", ss => {
                ss[0].Condition = {
                    StringLike: { "sts:RoleSessionName": "breakglass-*" },
                    Bool: { "aws:MultiFactorAuthPresent": "true" },
                };
            }),
    },
    {
        stack: "basil",
        name: "catalog key policies deny PutKeyPolicy and ScheduleKeyDeletion to every principal but an outside security-admin role",
        edit: r => {
            for (const k of [JWT, PAYLOAD])
                keyStatements(r, k, {
                    Sid: "ProtectCatalogKey",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey"],
                    Resource: "*",
                    Condition: {
                        ArnNotEquals: { "aws:PrincipalArn": outsideRole(BASIL, "security-admin") },
                    },
                });
        },
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 8 (basil and trust-domain, new shapes)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const hit = assertRefused(await runWholePack(c.stack, r), c.refused ?? /(?!)/, c.policy);
            if (process.env.REDTEAM_SHOW === "1") console.log(`      ${hit.policyName}: ${hit.message}`);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
