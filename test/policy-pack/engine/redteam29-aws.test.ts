// Red-team round 29 (fresh eyes) on AWS IAM/KMS/DynamoDB/STS paths of the stacks earlier AWS rounds covered least:
// cross-account, trust-domain, curity, pod-identity and dev, after `up` and during a first preview. Insecure
// variants the whole pack must refuse (each with the path message it must name), secure variants it must accept.
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    addStatements,
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const POLICY = "aws:iam/policy:Policy";
const ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const PROFILE = "aws:iam/instanceProfile:InstanceProfile";

const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const SIGNER_ACCOUNT = "111111111111";
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${SIGNER_ACCOUNT}:cluster/prod-validators`;
const EXTERNAL_ID = "custody-cross-account-example";

type Statement = Record<string, unknown>;

/** Replaces a JSON policy property by the given statements. */
function setDoc(r: AnalyzerResourceInput, key: string, ...statements: Statement[]): void {
    setProp(r, key, doc(...statements));
}

/** A role of the stack next to `like` (same provider), with a trust and optional inline statements. */
function role(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    account: string,
    trust: Statement,
    ...statements: Statement[]
): AnalyzerResourceInput {
    const x = resourceLike(like, ROLE, name, {
        name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        assumeRolePolicy: doc(trust),
        ...(statements.length > 0 ? { inlinePolicies: [{ name: "p", policy: doc(...statements) }] } : {}),
    });
    r.push(x);
    return x;
}

const ec2Trust: Statement = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
const lambdaTrust: Statement = {
    Effect: "Allow",
    Principal: { Service: "lambda.amazonaws.com" },
    Action: "sts:AssumeRole",
};

const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const callerRole = (r: Resources) => find(r, ROLE, "cross-account-caller");
const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");
const podRole = (r: Resources) => find(r, ROLE, "signer-role");
const curityRole = (r: Resources) => find(r, ROLE, "curity-role");

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    {
        // IAM User Guide, "IAM policy elements: Variables and tags": variables are resolved in string comparisons of
        // the Condition element of identity AND resource policies; aws:ResourceAccount is the key's own account, so
        // the pin says "any principal of the key's account", i.e. every identity of account A.
        name: 'cross-account: the data key lets "*" Decrypt when aws:PrincipalAccount equals ${aws:ResourceAccount} (every identity of account A)',
        stack: "cross-account",
        edit: r =>
            addStatements(dataKey(r), "policy", {
                Sid: "SameAccountReaders",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalAccount": "${aws:ResourceAccount}" } },
            }),
        refused: /kms:Decrypt on key alias\/custody-infra\/cross-account\/cross-account-data/,
    },
    {
        // A "portable" trust written once for every environment: in a condition value AWS resolves a variable
        // wherever it stands (unlike a Resource ARN), so this admits a role named instance-role in ANY account.
        name: 'cross-account: the access role trusts "*" with ArnLike aws:PrincipalArn arn:aws:iam::${aws:PrincipalAccount}:role/instance-role (a namesake role of any account)',
        stack: "cross-account",
        edit: r =>
            setDoc(accessRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "sts:ExternalId": EXTERNAL_ID },
                    ArnLike: { "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/instance-role" },
                },
            }),
        refused: /accountb-instance-role-dynamodb/,
    },
    {
        // SSM hybrid activations hand the role to every on-premises machine registered with the activation code
        // (Systems Manager User Guide, "Create a hybrid activation"; the service role trusts ssm.amazonaws.com).
        name: "cross-account: the caller role also trusts ssm.amazonaws.com and an SSM hybrid activation of account B hands it to on-premises machines",
        stack: "cross-account",
        edit: r => {
            const caller = callerRole(r);
            addStatements(caller, "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "ssm.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT_B } },
            });
            r.push(
                resourceLike(caller, "aws:ssm/activation:Activation", "onprem-activation", {
                    name: "onprem",
                    iamRole: "instance-role",
                    registrationLimit: 5,
                }),
            );
        },
        refused: /instance-role|ssm/,
    },
    {
        // IAM Roles Anywhere: any workload holding a certificate of a trust anchor of the account becomes the role
        // (IAM Roles Anywhere User Guide, "Trust model": the role trusts rolesanywhere.amazonaws.com).
        name: "curity: the Curity role also trusts rolesanywhere.amazonaws.com pinned only by aws:PrincipalTag/x509Subject/CN",
        stack: "curity",
        edit: r =>
            addStatements(curityRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "rolesanywhere.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"],
                Condition: { StringEquals: { "aws:PrincipalTag/x509Subject/CN": "curity-idsvr" } },
            }),
        refused: /rolesanywhere|curity-dynamo-irsa/,
    },
    {
        // The AWS sample's shape (cluster NAME + aws:SourceAccount): EKS cluster names are unique per account AND
        // region, so a prod-validators cluster in another region of the account gets the signer.
        name: "pod-identity: the signer trust pinned by aws:RequestTag/eks-cluster-name + aws:SourceAccount instead of the cluster ARN",
        stack: "pod-identity",
        edit: r =>
            setDoc(podRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:SourceAccount": SIGNER_ACCOUNT,
                        "aws:RequestTag/eks-cluster-name": "prod-validators",
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        refused: /custody-pod-identity-signer|pod/,
    },
    {
        // ABAC on the key manager's keys: a role tagged team=identity (its tag set by whoever may tag roles) signs
        // with every key of the trust domain.
        name: "trust-domain: an EC2 role of the identity account allowed kms:Sign on key/* when aws:ResourceTag/team equals ${aws:PrincipalTag/team}",
        stack: "trust-domain",
        edit: r =>
            void role(r, find(r, ROLE, "trust-domain-role"), "identity-batch", IDENTITY, ec2Trust, {
                Effect: "Allow",
                Action: ["kms:Sign", "kms:GetPublicKey"],
                Resource: `arn:aws:kms:us-east-1:${IDENTITY}:key/*`,
                Condition: { StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" } },
            }),
        refused: /identity-batch.*kms:Sign/,
    },
    {
        // kms:CallerAccount always equals the caller's own account: the clause restricts nothing, so any account's
        // principals may use the tables' CMK through DynamoDB (a table of theirs encrypted with it).
        name: "dev: the tables CMK's DynamoDB statement pins kms:CallerAccount to ${aws:PrincipalAccount} (always true)",
        stack: "dev",
        edit: r => {
            const cmk = find(r, KEY, "signer-tables-cmk");
            const d = JSON.parse(prop(cmk, "policy") as string) as { Statement: Statement[] };
            for (const s of d.Statement) {
                const c = s.Condition as Record<string, Record<string, string>> | undefined;
                if (c?.StringEquals?.["kms:CallerAccount"])
                    c.StringEquals["kms:CallerAccount"] = "${aws:PrincipalAccount}";
            }
            setProp(cmk, "policy", JSON.stringify(d));
        },
        refused: /signer-tables/,
    },
    {
        // First preview: the attachment's role and policyArn are unknown outputs of stack resources; resolved
        // through the recorded dependencies they give a Lambda role Scan on every Curity table.
        name: "curity (preview): a managed Policy (Scan on table/curity-*) attached to a new Lambda role, role and policyArn unknown",
        stack: "curity",
        preview: true,
        edit: r => {
            const like = curityRole(r);
            const fn = role(r, like, "curity-reporting", CURITY, lambdaTrust);
            setProp(fn, "arn", UNKNOWN);
            const pol = resourceLike(like, POLICY, "curity-scan", {
                name: "curity-scan",
                policy: doc({
                    Effect: "Allow",
                    Action: ["dynamodb:Scan"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-*`,
                }),
                arn: UNKNOWN,
            });
            r.push(pol);
            const att = resourceLike(like, ATTACHMENT, "curity-scan-attach", { role: UNKNOWN, policyArn: UNKNOWN });
            dependsOn(att, "role", fn);
            dependsOn(att, "policyArn", pol);
            r.push(att);
        },
        refused: /curity-reporting/,
    },
    {
        // First preview: a role of account A trusts the caller role by its (unknown) ARN and reads my-table directly,
        // skipping the access role and its external id.
        name: "cross-account (preview): a role of account A trusting the caller role by its unknown ARN, allowed Scan on my-table and Decrypt on the data key",
        stack: "cross-account",
        preview: true,
        edit: r => {
            const caller = callerRole(r);
            const like = accessRole(r);
            const x = role(
                r,
                like,
                "shortcut",
                ACCOUNT_A,
                { Effect: "Allow", Principal: { AWS: UNKNOWN }, Action: "sts:AssumeRole" },
                {
                    Effect: "Allow",
                    Action: ["dynamodb:Scan", "kms:Decrypt"],
                    Resource: [`arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/my-table`, "*"],
                },
            );
            setProp(x, "assumeRolePolicy", UNKNOWN);
            dependsOn(x, "assumeRolePolicy", caller);
        },
        refused: /shortcut|my-table/,
    },
    {
        // A grant's CreateGrant operation lets the grantee create further grants (subsets of its operations) for ANY
        // grantee principal (KMS Developer Guide, "Grants in AWS KMS": "Grant constraints", CreateGrant in a grant).
        name: "cross-account: a KMS grant on the data key to the access role with operations Decrypt and CreateGrant (the access role may re-grant Decrypt to anyone)",
        stack: "cross-account",
        edit: r => {
            const key = dataKey(r);
            r.push(
                resourceLike(key, "aws:kms/grant:Grant", "access-regrant", {
                    name: "access-regrant",
                    keyId: prop(key, "arn") as string,
                    granteePrincipal: `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`,
                    operations: ["Decrypt", "CreateGrant"],
                    grantId: "g-1",
                    grantToken: "t",
                }),
            );
        },
        refused: /kms:CreateGrant/,
    },
    {
        // First preview: a separate KeyPolicy resource (it REPLACES the key's policy: Pulumi aws.kms.KeyPolicy) on the
        // data key by its unknown id, letting account B's root Decrypt.
        name: "cross-account (preview): an aws.kms.KeyPolicy on the data key by its unknown keyId letting account B (root) Decrypt",
        stack: "cross-account",
        preview: true,
        edit: r => {
            const key = dataKey(r);
            const kp = resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", "data-key-policy", {
                keyId: UNKNOWN,
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${ACCOUNT_A}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "AccountB",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` },
                        Action: "kms:Decrypt",
                        Resource: "*",
                    },
                ),
            });
            dependsOn(kp, "keyId", key);
            r.push(kp);
        },
        refused: /777777777777.*kms:Decrypt|kms:Decrypt.*777777777777/,
    },
];

const secure: Case[] = [
    {
        // The account principal narrowed by aws:PrincipalArn admits exactly the instance role (IAM User Guide, "AWS
        // JSON policy elements: Principal": an account principal delegates to the account; the condition pins it).
        name: "cross-account: the access role trusts account B's root with ArnEquals aws:PrincipalArn = the instance role (and the external id)",
        stack: "cross-account",
        edit: r =>
            setDoc(accessRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "sts:ExternalId": EXTERNAL_ID },
                    ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role` },
                },
            }),
    },
    {
        // A second alias on a custody key grants nothing (KMS Developer Guide, "Aliases in AWS KMS": an alias is not a
        // principal or permission; IAM policies on aliases control alias management only).
        name: "cross-account (preview): a second alias (alias/my-table-data) on the data key, its target unknown",
        stack: "cross-account",
        preview: true,
        edit: r => {
            const alias = find(r, "aws:kms/alias:Alias", "cross-account-key-alias");
            const a = resourceLike(alias, "aws:kms/alias:Alias", "cross-account-key-alias-2", {
                name: "alias/my-table-data",
                targetKeyId: UNKNOWN,
                arn: UNKNOWN,
                targetKeyArn: UNKNOWN,
            });
            dependsOn(a, "targetKeyId", dataKey(r));
            r.push(a);
        },
    },
    {
        // STS: SetSourceIdentity lets the caller stamp its session with a source identity that follows role chains
        // (IAM User Guide, "Monitor and control actions taken with assumed roles"); it grants nothing.
        name: "cross-account: the access role trust also allows sts:SetSourceIdentity to the instance role (same external id)",
        stack: "cross-account",
        edit: r =>
            setDoc(accessRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:role/instance-role` },
                Action: ["sts:AssumeRole", "sts:SetSourceIdentity"],
                Condition: { StringEquals: { "sts:ExternalId": EXTERNAL_ID } },
            }),
    },
    {
        name: "cross-account: a second instance profile of account B (blue/green rename) wrapping the caller role",
        stack: "cross-account",
        edit: r => {
            const p = find(r, PROFILE, "cross-account-caller-profile");
            r.push(
                resourceLike(p, PROFILE, "cross-account-caller-profile-green", {
                    name: "instance-role-green",
                    role: "instance-role",
                    arn: `arn:aws:iam::${ACCOUNT_B}:instance-profile/instance-role-green`,
                }),
            );
        },
    },
    {
        // The key manager narrowed to the keys it tags (seed 001 keyTags): CreateKey only with the team tag, the
        // rest only on keys carrying it. Narrower than the model's key/* reach.
        name: "trust-domain: the key manager tag-scoped (CreateKey with aws:RequestTag/team, the rest on aws:ResourceTag/team)",
        stack: "trust-domain",
        edit: r =>
            setDoc(
                find(r, ROLE_POLICY, "trust-domain-role-access"),
                "policy",
                {
                    Sid: "CreateTaggedKeys",
                    Effect: "Allow",
                    Action: ["kms:CreateKey", "kms:TagResource"],
                    Resource: "*",
                    Condition: { StringEquals: { "aws:RequestTag/team": "identity" } },
                },
                {
                    Sid: "UseTaggedKeys",
                    Effect: "Allow",
                    Action: ["kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource"],
                    Resource: `arn:aws:kms:us-east-1:${IDENTITY}:key/*`,
                    Condition: { StringEquals: { "aws:ResourceTag/team": "identity" } },
                },
                { Sid: "TrustDomainKeyDiscovery", Effect: "Allow", Action: ["tag:GetResources"], Resource: "*" },
                { Sid: "TrustDomainIdentity", Effect: "Allow", Action: ["sts:GetCallerIdentity"], Resource: "*" },
            ),
    },
    {
        // Confused-deputy hardening on top of the session-tag pins (IAM User Guide, "The confused deputy problem").
        name: "pod-identity: the signer trust also pins aws:SourceAccount to the cluster's account",
        stack: "pod-identity",
        edit: r =>
            setDoc(podRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:SourceAccount": SIGNER_ACCOUNT,
                        "aws:RequestTag/eks-cluster-arn": [CLUSTER_ARN],
                        "aws:RequestTag/kubernetes-namespace": ["validators"],
                        "aws:RequestTag/kubernetes-service-account": ["containment-chamber"],
                    },
                },
            }),
    },
    {
        // A permission guardrail in the curity role's own policy: no DynamoDB action outside eu-west-1.
        name: "curity: the data-source policy gains a Deny of dynamodb:* when aws:RequestedRegion is not eu-west-1",
        stack: "curity",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "curity-role-access"), "policy", {
                Sid: "OnlyHomeRegion",
                Effect: "Deny",
                Action: "dynamodb:*",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
            }),
    },
    {
        // First preview of pod-identity: a Deny-only guardrail policy attached to the signer by its unknown name.
        name: "pod-identity (preview): a managed Deny-only Policy (no table deletion) attached to the signer role by its unknown name",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            const signer = podRole(r);
            const pol = resourceLike(signer, POLICY, "signer-guardrail", {
                name: "signer-guardrail",
                policy: doc({
                    Effect: "Deny",
                    Action: ["dynamodb:DeleteTable", "dynamodb:UpdateTable", "kms:ScheduleKeyDeletion"],
                    Resource: "*",
                }),
                arn: UNKNOWN,
            });
            r.push(pol);
            const att = resourceLike(signer, ATTACHMENT, "signer-guardrail-attach", {
                role: UNKNOWN,
                policyArn: UNKNOWN,
            });
            dependsOn(att, "role", signer);
            dependsOn(att, "policyArn", pol);
            r.push(att);
        },
    },
];

describe("allowlist: red-team round 29 on AWS paths of cross-account, trust-domain, curity, pod-identity, dev", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}${c.preview ? " (preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}${c.preview ? " (preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
