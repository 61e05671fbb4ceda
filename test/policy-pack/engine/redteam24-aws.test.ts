// Red-team round 24 on the AWS level (fresh eyes): trust-policy Denies naming another account's OIDC provider,
// condition pins on aws:PrincipalArn written twice (case-insensitive and exact), Pod Identity pins compared without
// case, and secure variants a careful platform team writes. Insecure variants the whole pack must refuse (each with
// the path message it must name), secure variants it must accept.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
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

const PRIMARY = "111111111111";
const CUSTODY_B = "222222222222";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const PROVIDER = `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}`;
/** The same issuer registered as an OIDC provider in custody-b's account (a provider of ANOTHER account). */
const PROVIDER_B = `arn:aws:iam::${CUSTODY_B}:oidc-provider/${ISSUER}`;
const SIGNER_SUB = "system:serviceaccount:validators:containment-chamber";
const CLUSTER = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;
/** A role outside the stack whose name has capitals (AWS's own OrganizationAccountAccessRole spelling). */
const OUTSIDE = `arn:aws:iam::${PRIMARY}:role/OrganizationAccountAccessRole`;
const OUTSIDE_B = `arn:aws:iam::${CUSTODY_B}:role/OrganizationAccountAccessRole`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ACCOUNT_B = "777777777777";
type Statement = Record<string, unknown>;

const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const add = (r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(like, type, name, inputs));

/** Replaces a role's trust policy with these statements. */
function trust(role: AnalyzerResourceInput, ...statements: object[]): void {
    setProp(role, "assumeRolePolicy", doc(...statements));
}

type Case = {
    name: string;
    stack?: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const insecure: Case[] = [
    {
        // Was an engine gap refused only by role-trust-pinned (fixed in round 24): the guard Deny names the issuer's OIDC
        // provider in custody-b's account. AssumeRoleWithWebIdentity is
        // evaluated against the provider in the ROLE's account (the caller's principal is
        // arn:aws:iam::111111111111:oidc-provider/<issuer>; STS: "No OpenIDConnect provider found in your account",
        // and crossplane-contrib/provider-aws#1331: the provider of the role's account is the one used), so a Deny
        // whose Federated principal is 222222222222's provider never matches the caller and denies nothing: every
        // ServiceAccount of the prod cluster (any token with aud sts.amazonaws.com) becomes the signer. The pack's
        // trustDeny.ts principalCovers compared only the issuer after ":oidc-provider/", not the provider's account,
        // so guardedSubjects narrowed the Allow to the signer's subject and custody-effective-access accepted it.
        name: "prod: the signer's trust Allow keeps only the aud pin, narrowed by a guard Deny (StringNotEquals sub) whose Federated principal is the issuer's provider in custody-b's account",
        edit: r =>
            trust(
                signerRole(r),
                {
                    Effect: "Allow",
                    Principal: { Federated: PROVIDER },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: { StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" } },
                },
                {
                    Sid: "OnlyTheSigner",
                    Effect: "Deny",
                    Principal: { Federated: PROVIDER_B },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: { StringNotEquals: { [`${ISSUER}:sub`]: SIGNER_SUB } },
                },
            ),
        // Every token of the issuer (sub not pinned) becomes the signer role and reads its shares.
        refused: /any token of OIDC issuer oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90/,
        policy: "custody-effective-access",
    },
    {
        // Was an engine gap refused only by role-trust-pinned (fixed in round 24): same root cause through
        // surelyDenied: the Deny of the debug ServiceAccount names custody-b's provider,
        // which is not the caller's principal (the role's account's provider is), so validators/debug-shell keeps
        // the signer role in AWS while the pack drops that path.
        name: "prod: the signer's trust admits containment-chamber and debug-shell, and a Deny of debug-shell names the issuer's provider in custody-b's account",
        edit: r =>
            trust(
                signerRole(r),
                {
                    Effect: "Allow",
                    Principal: { Federated: PROVIDER },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: {
                        StringEquals: {
                            [`${ISSUER}:aud`]: "sts.amazonaws.com",
                            [`${ISSUER}:sub`]: [SIGNER_SUB, "system:serviceaccount:validators:debug-shell"],
                        },
                    },
                },
                {
                    Sid: "NotTheDebugShell",
                    Effect: "Deny",
                    Principal: { Federated: PROVIDER_B },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: {
                        StringEquals: { [`${ISSUER}:sub`]: "system:serviceaccount:validators:debug-shell" },
                    },
                },
            ),
        refused: /ServiceAccount validators\/debug-shell \(IRSA/,
        policy: "custody-effective-access",
    },
    {
        // Was a MISS (fixed in round 24): both clauses hold for exactly OrganizationAccountAccessRole (StringEqualsIgnoreCase and StringEquals
        // on the same key AND together: IAM User Guide, "Create a condition with multiple context keys or values": several
        // operators or keys are evaluated with a logical AND; KMS accepts "*" + conditions in a key policy), so that
        // role outside the stack may Decrypt share 2. conditions.ts pinnedValues lower-cases the IgnoreCase values
        // and then intersects them with the exact clause's mixed-case value (`vals.includes(v)` with v lower-cased): the
        // intersection was empty, `if (arns)` held for [], and starNodes admitted nobody. Written in the other order
        // (StringEquals first) the pin was read right; any role name with a capital letter hit it. conditions.ts
        // pinOf now keeps the case-sensitive clause's values that every case-blind clause admits, in either order.
        name: 'prod: share 2\'s key policy lets "*" Decrypt when aws:PrincipalArn is OrganizationAccountAccessRole, pinned twice (StringEqualsIgnoreCase, then StringEquals)',
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Sid: "BreakGlass",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    StringEqualsIgnoreCase: { "aws:PrincipalArn": OUTSIDE_B },
                    StringEquals: { "aws:PrincipalArn": OUTSIDE_B },
                },
            }),
        refused: /OrganizationAccountAccessRole/,
        policy: "custody-effective-access",
    },
    {
        // Was a MISS (fixed in round 24): same root cause on the trust side (statementPrincipals: an account root restricted by aws:PrincipalArn
        // pins): the account's OrganizationAccountAccessRole may assume the signer role, the pack sees no one.
        name: "prod: the signer's trust gains the account root restricted to OrganizationAccountAccessRole by StringEqualsIgnoreCase and StringEquals aws:PrincipalArn",
        edit: r =>
            trust(
                signerRole(r),
                ...(JSON.parse(prop(signerRole(r), "assumeRolePolicy") as string) as { Statement: object[] }).Statement,
                {
                    Sid: "BreakGlass",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringEqualsIgnoreCase: { "aws:PrincipalArn": OUTSIDE },
                        ArnEquals: { "aws:PrincipalArn": OUTSIDE },
                    },
                },
            ),
        refused: /OrganizationAccountAccessRole/,
        policy: "custody-effective-access",
    },
    {
        // EKS cluster names are case-sensitive (CreateCluster: "alphanumeric characters (case-sensitive)"), so
        // Prod-Validators is another cluster of the same account and Region; StringEqualsIgnoreCase on the
        // eks-cluster-arn session tag admits its validators/containment-chamber pods too.
        name: "pod-identity: the signer's trust compares the cluster ARN with StringEqualsIgnoreCase (cluster Prod-Validators is another cluster)",
        stack: "pod-identity",
        edit: r =>
            trust(signerRole(r), {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEqualsIgnoreCase: { "aws:RequestTag/eks-cluster-arn": CLUSTER },
                    StringEquals: {
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        // Was refused by role-trust-pinned only (fixed in round 24): conditions.ts pinnedValues read
        // StringEqualsIgnoreCase as an exact pin (lower-cased), so the engine saw only validators/containment-chamber
        // of prod-validators. A pin only case-blind now stands for every casing of the cluster ARN.
        refused: /cluster arn:aws:eks:eu-west-1:111111111111:cluster\/prod-validators in any casing/,
        policy: "custody-effective-access",
    },
    {
        // Was a MISS (fixed in round 24): same root cause on a table's resource policy: OrganizationAccountAccessRole (outside the stack) may Scan
        // and GetItem the keystore; the pack admits nobody for the statement.
        name: 'prod: a keystore ResourcePolicy lets "*" Scan and GetItem when aws:PrincipalArn is OrganizationAccountAccessRole, pinned by StringEqualsIgnoreCase and StringEquals',
        edit: r => {
            const table = find(r, TABLE, "signer-tables-keystore");
            add(r, table, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-break-glass", {
                resourceArn: prop(table, "arn"),
                policy: doc({
                    Sid: "BreakGlass",
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                    Resource: "*",
                    Condition: {
                        StringEqualsIgnoreCase: { "aws:PrincipalArn": OUTSIDE },
                        StringEquals: { "aws:PrincipalArn": OUTSIDE },
                    },
                }),
            });
        },
        refused: /OrganizationAccountAccessRole/,
        policy: "custody-effective-access",
    },
    {
        // Was a MISS (fixed in round 24): same root cause on the cross-account stack: account B's Admin role (capitals in its name) becomes the
        // access role (the external id is known to B's administrators) and reads my-table and the data key; the pack
        // sees no caller for the statement.
        name: "cross-account: the access role's trust gains B's root restricted to role/Admin by StringEqualsIgnoreCase and StringEquals aws:PrincipalArn (with the external id)",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            trust(
                role,
                ...(JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: object[] }).Statement,
                {
                    Sid: "AdminToo",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` },
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringEqualsIgnoreCase: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/Admin` },
                        StringEquals: {
                            "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/Admin`,
                            "sts:ExternalId": "custody-cross-account-example",
                        },
                    },
                },
            );
        },
        refused: /role\/Admin/,
        policy: "custody-effective-access",
    },
    {
        // Neighbour (round 24): the other order and another spelling: ArnEquals first, then StringEqualsIgnoreCase
        // written all lower case; both hold for OrganizationAccountAccessRole of custody-b.
        name: 'prod: share 2\'s key policy lets "*" Decrypt when aws:PrincipalArn is OrganizationAccountAccessRole, pinned by ArnEquals and then StringEqualsIgnoreCase in lower case',
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Sid: "BreakGlass",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": OUTSIDE_B },
                    StringEqualsIgnoreCase: { "aws:PrincipalArn": OUTSIDE_B.toLowerCase() },
                },
            }),
        refused: /OrganizationAccountAccessRole/,
        policy: "custody-effective-access",
    },
    {
        // Neighbour (round 24): the case-blind cluster pin spelled with capitals: it still stands for every casing,
        // prod-validators (the stack's cluster) and Prod-Validators alike.
        name: "pod-identity: the signer's trust compares the cluster ARN, spelled cluster/Prod-Validators, with StringEqualsIgnoreCase",
        stack: "pod-identity",
        edit: r =>
            trust(signerRole(r), {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEqualsIgnoreCase: {
                        "aws:RequestTag/eks-cluster-arn": CLUSTER.replace("prod-validators", "Prod-Validators"),
                    },
                    StringEquals: {
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        refused: /cluster arn:aws:eks:eu-west-1:111111111111:cluster\/prod-validators in any casing/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        name: "prod: the signer's trust gains a guard Deny on its own account's provider: no token whose sub is not containment-chamber",
        edit: r =>
            trust(
                signerRole(r),
                ...(JSON.parse(prop(signerRole(r), "assumeRolePolicy") as string) as { Statement: object[] }).Statement,
                {
                    Sid: "OnlyTheSigner",
                    Effect: "Deny",
                    Principal: { Federated: PROVIDER },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: { StringNotEquals: { [`${ISSUER}:sub`]: SIGNER_SUB } },
                },
            ),
    },
    {
        // Neighbour (round 24): a guard Deny naming the issuer's provider in both accounts: the role account's one is
        // the web identity's principal, so the Deny narrows the Allow to containment-chamber.
        name: "prod: the signer's trust Allow keeps only the aud pin, narrowed by a guard Deny whose Federated principal names the issuer's provider in custody-b's account and in the role's own",
        edit: r =>
            trust(
                signerRole(r),
                {
                    Effect: "Allow",
                    Principal: { Federated: PROVIDER },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: {
                        StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com", [`${ISSUER}:sub`]: SIGNER_SUB },
                    },
                },
                {
                    Sid: "OnlyTheSigner",
                    Effect: "Deny",
                    Principal: { Federated: [PROVIDER_B, PROVIDER] },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: { StringNotEquals: { [`${ISSUER}:sub`]: SIGNER_SUB } },
                },
            ),
    },
    {
        // Neighbour (round 24): a truly empty intersection: StringEqualsIgnoreCase names OrganizationAccountAccessRole,
        // StringEquals the signer; no principal's ARN passes both, so the statement admits nobody.
        name: 'prod: share 2\'s key policy lets "*" Decrypt only when aws:PrincipalArn is both OrganizationAccountAccessRole (ignoring case) and the signer (exactly): nobody',
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Sid: "Nobody",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    StringEqualsIgnoreCase: { "aws:PrincipalArn": OUTSIDE },
                    StringEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signer` },
                },
            }),
    },
    {
        name: "cross-account: the access role's trust pins the caller twice, StringEquals then StringEqualsIgnoreCase aws:PrincipalArn on instance-role",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            const statements = (JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] })
                .Statement;
            for (const s of statements) {
                const c = (s.Condition ?? {}) as Record<string, Record<string, unknown>>;
                c.StringEqualsIgnoreCase = { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role` };
                s.Condition = c;
            }
            trust(role, ...statements);
        },
    },
    {
        name: "prod: GuardDuty with EKS Runtime Monitoring and its AWS-managed agent (detector + EKS_RUNTIME_MONITORING feature, EKS_ADDON_MANAGEMENT)",
        edit: r => {
            const like = signerRole(r);
            add(r, like, "aws:guardduty/detector:Detector", "guardduty", { enable: true });
            add(r, like, "aws:guardduty/detectorFeature:DetectorFeature", "eks-runtime", {
                detectorId: "12abc34d567e8fa901bc2d34e56789f0",
                name: "EKS_RUNTIME_MONITORING",
                status: "ENABLED",
                additionalConfigurations: [{ name: "EKS_ADDON_MANAGEMENT", status: "ENABLED" }],
            });
        },
    },
    {
        name: "prod: STS global endpoint tokens valid in every Region (aws.iam.SecurityTokenServicePreferences v2Token)",
        edit: r =>
            add(r, signerRole(r), "aws:iam/securityTokenServicePreferences:SecurityTokenServicePreferences", "sts", {
                globalEndpointTokenVersion: "v2Token",
            }),
    },
    {
        name: "prod: share 1's key policy gains a Deny of kms:Decrypt outside the signer, with the principal pinned twice (StringNotEquals and StringNotEqualsIgnoreCase aws:PrincipalArn)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyTheSignerDecrypts",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    StringNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signer` },
                    StringNotEqualsIgnoreCase: {
                        "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`,
                    },
                },
            }),
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round 24 on the AWS level", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertRefused(await runWholePack(stackOf(c), r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertClean(await runWholePack(stackOf(c), r));
        });
    }
});
