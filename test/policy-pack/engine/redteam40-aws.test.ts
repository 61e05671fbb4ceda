// Red-team round 40 on the AWS level (fresh eyes) on the committed stacks: condition keys AWS does not know (typos)
// in guard Denies and their case-blind spelling, principals of another IAM kind with the signer's name, an OIDC
// provider moved to another issuer, IAM written through a second provider/Region, SSM run-command relays of an
// instance role (associations, maintenance windows, a Lambda behind a function URL), and documents in the shape
// aws.iam.getPolicyDocument renders, a role with a path.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { addStatements, describeVariants, doc, find, prop, resourceLike, Resources, setProp } from "./support";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const RP = "aws:iam/rolePolicy:RolePolicy";
const DEV = "111111111111";
const B = "777777777777";
const SIGNER = `arn:aws:iam::${DEV}:role/custody-dev-signer`;
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

const beside = (
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
): AnalyzerResourceInput => {
    const res = resourceLike(like, type, name, inputs);
    r.push(res);
    return res;
};

/** A copy of `like`'s provider (same account, credentials) configured for another Region. */
function providerIn(r: Resources, like: AnalyzerResourceInput, region: string): AnalyzerResourceInput {
    const p = JSON.parse(JSON.stringify(like.provider)) as {
        urn: string;
        name: string;
        inputs: Record<string, unknown>;
    };
    p.urn = `${p.urn}-${region}`;
    p.name = `${p.name}-${region}`;
    p.inputs = { ...p.inputs, region };
    r.push({
        urn: p.urn,
        type: "pulumi:providers:aws",
        name: p.name,
        inputs: p.inputs,
        outputs: p.inputs,
    } as unknown as AnalyzerResourceInput);
    return { ...like, provider: p as unknown as AnalyzerResourceInput["provider"] };
}

/** Replaces `from` by `to` in every string of every resource (inputs and outputs). */
function rewriteAll(r: Resources, from: string, to: string): void {
    const fix = (v: unknown): unknown =>
        typeof v === "string"
            ? v.split(from).join(to)
            : Array.isArray(v)
              ? v.map(fix)
              : v && typeof v === "object"
                ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]))
                : v;
    for (const x of r) {
        x.inputs = fix(x.inputs) as Record<string, unknown>;
        if (x.outputs) x.outputs = fix(x.outputs) as Record<string, unknown>;
    }
}

/** The document as aws.iam.getPolicyDocument renders it: empty Sids, every value a list, Principals lists. */
function asGetPolicyDocument(json: string): string {
    const d = JSON.parse(json) as { Statement: Record<string, unknown>[] };
    const list = (v: unknown) => (Array.isArray(v) ? v : [v]);
    return JSON.stringify({
        Version: "2012-10-17",
        Statement: d.Statement.map(s => ({
            Sid: "",
            Effect: s.Effect,
            ...(s.Principal
                ? {
                      Principal: Object.fromEntries(
                          Object.entries(s.Principal as Record<string, unknown>).map(([k, v]) => [k, list(v)]),
                      ),
                  }
                : {}),
            Action: list(s.Action),
            Resource: list(s.Resource),
        })),
    });
}

function callerRelay(r: Resources): AnalyzerResourceInput {
    return find(r, ROLE, "cross-account-caller");
}

const insecure: Case[] = [
    {
        name: 'dev: share-1 lets "*" Decrypt, "guarded" by a Deny unless StringNotEquals aws:PrincipleArn (a misspelt key AWS never sets: the Deny never matches)',
        stack: "dev",
        refused: /anyone .*kms:Decrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(
                find(r, KEY, "signer-shares-share-1"),
                "policy",
                { Sid: "Anyone", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" },
                {
                    Sid: "OnlySigner",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:PrincipleArn": SIGNER } },
                },
            ),
    },
    {
        name: "dev: share-1's key policy names an IAM USER of the account called custody-dev-signer (user/…: another principal than role/custody-dev-signer) for Decrypt",
        stack: "dev",
        refused: /user\/custody-dev-signer \(outside this stack\) → kms:Decrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "Namesake",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${DEV}:user/custody-dev-signer` },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
    },
    {
        name: "curity: the stack's OIDC provider moved to another issuer (https://oidc.idp.example.net/id/C0FFEE…) and the IRSA trust following it, sub/aud pins kept",
        stack: "curity",
        refused: /is not an EKS cluster's/,
        policy: "role-trust-pinned",
        edit: r => rewriteAll(r, "oidc.eks.eu-west-1.amazonaws.com/id/", "oidc.idp.example.net/id/"),
    },
    {
        name: "dev: a second RolePolicy on custody-dev-signer sent through a us-east-1 copy of the stack's provider (IAM is global) adding kms:* on *",
        stack: "dev",
        refused: /RolePolicy custody-dev-signer-extra grants/,
        policy: "runtime-role-scoped-resources",
        edit: r => {
            const like = providerIn(r, find(r, RP, "signer-role-access"), "us-east-1");
            beside(r, like, RP, "signer-extra", {
                name: "custody-dev-signer-extra",
                role: "custody-dev-signer",
                policy: doc({ Effect: "Allow", Action: "kms:*", Resource: "*" }),
            });
        },
    },
    {
        name: "cross-account: an SSM association of the stack in account B running AWS-RunShellScript on every instance (the caller's) that relays IMDS on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /Association relay runs a Systems Manager document/,
        policy: "custody-effective-access",
        edit: r =>
            void beside(r, callerRelay(r), "aws:ssm/association:Association", "relay", {
                name: "AWS-RunShellScript",
                associationName: "metadata-relay",
                targets: [{ key: "InstanceIds", values: ["*"] }],
                parameters: { commands: IMDS_RELAY },
            }),
    },
    {
        name: "cross-account: an SSM maintenance window task (RUN_COMMAND AWS-RunShellScript, SSM's service-linked role) on account B's instances relaying IMDS",
        stack: "cross-account",
        refused: /MaintenanceWindowTask mw-task runs a task on instances/,
        policy: "custody-effective-access",
        edit: r => {
            const like = callerRelay(r);
            beside(r, like, "aws:ssm/maintenanceWindow:MaintenanceWindow", "mw", {
                name: "nightly",
                schedule: "cron(0 2 ? * * *)",
                duration: 2,
                cutoff: 1,
                id: "mw-0123456789abcdef0",
            });
            beside(r, like, "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask", "mw-task", {
                windowId: "mw-0123456789abcdef0",
                taskType: "RUN_COMMAND",
                taskArn: "AWS-RunShellScript",
                targets: [{ key: "InstanceIds", values: ["*"] }],
                maxConcurrency: "10",
                maxErrors: "1",
                taskInvocationParameters: {
                    runCommandParameters: { parameters: [{ name: "commands", values: [IMDS_RELAY] }] },
                },
            });
        },
    },
    {
        name: "cross-account: a Lambda of account B behind a function URL with authType NONE whose role may ssm:CreateAssociation (AWS-RunShellScript) on every instance",
        stack: "cross-account",
        refused: /role ops-runner → .*ssm:CreateAssociation/,
        policy: "custody-effective-access",
        edit: r => {
            const like = callerRelay(r);
            beside(r, like, ROLE, "url-role", {
                name: "ops-runner",
                arn: `arn:aws:iam::${B}:role/ops-runner`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "lambda.amazonaws.com" },
                    Action: "sts:AssumeRole",
                }),
                inlinePolicies: [
                    {
                        name: "p",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["ssm:CreateAssociation", "ssm:SendCommand"],
                            Resource: [
                                `arn:aws:ec2:us-east-1:${B}:instance/*`,
                                "arn:aws:ssm:us-east-1::document/AWS-RunShellScript",
                            ],
                        }),
                    },
                ],
            });
            beside(r, like, "aws:lambda/function:Function", "runner", {
                name: "ops-runner",
                role: `arn:aws:iam::${B}:role/ops-runner`,
                runtime: "python3.12",
                handler: "index.handler",
                arn: `arn:aws:lambda:us-east-1:${B}:function:ops-runner`,
            });
            beside(r, like, "aws:lambda/functionUrl:FunctionUrl", "runner-url", {
                functionName: "ops-runner",
                authorizationType: "NONE",
            });
        },
    },
    {
        name: 'dev: share-1 lets "*" Decrypt guarded by a Deny unless aws:PrincipalArn is the signer, written ArnNotEquals with the key misspelt aws:PrincipalArnId',
        stack: "dev",
        refused: /anyone .*kms:Decrypt/,
        policy: "custody-effective-access",
        edit: r =>
            addStatements(
                find(r, KEY, "signer-shares-share-1"),
                "policy",
                { Sid: "Anyone", Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:Decrypt", Resource: "*" },
                {
                    Sid: "OnlySigner",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: "kms:*",
                    Resource: "*",
                    Condition: { ArnNotEquals: { "aws:PrincipalArnId": SIGNER } },
                },
            ),
    },
];

const secure: Case[] = [
    {
        name: "dev: the signer's RolePolicy as aws.iam.getPolicyDocument renders it (empty Sids, every Action/Resource a list)",
        stack: "dev",
        edit: r => {
            const p = find(r, RP, "signer-role-access");
            setProp(p, "policy", asGetPolicyDocument(prop(p, "policy") as string));
        },
    },
    {
        name: "dev: every share key's policy as aws.iam.getPolicyDocument renders it (empty Sids, Principals AWS lists)",
        stack: "dev",
        edit: r => {
            for (const n of [1, 2, 3]) {
                const k = find(r, KEY, `signer-shares-share-${n}`);
                setProp(k, "policy", asGetPolicyDocument(prop(k, "policy") as string));
            }
        },
    },
    {
        name: "dev: the signer role created under the path /custody/ (role/custody/custody-dev-signer everywhere it is named)",
        stack: "dev",
        edit: r => {
            rewriteAll(r, "role/custody-dev-signer", "role/custody/custody-dev-signer");
            for (const x of r) if (x.type === ROLE) setProp(x, "path", "/custody/");
        },
    },
    {
        name: 'dev: share-1 names the signer through "*" pinned by ArnEquals AWS:PRINCIPALARN (condition key names are case-blind)',
        stack: "dev",
        edit: r => {
            const k = find(r, KEY, "signer-shares-share-1");
            const d = JSON.parse(prop(k, "policy") as string) as { Statement: Record<string, unknown>[] };
            d.Statement[1] = {
                Sid: "AllowSignerRole",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { ArnEquals: { "AWS:PRINCIPALARN": SIGNER } },
            };
            setProp(k, "policy", JSON.stringify(d));
        },
    },
    {
        name: "dev: the signer's RolePolicy sent through a us-east-1 copy of the stack's provider (IAM is global: the same policy)",
        stack: "dev",
        edit: r => {
            const p = find(r, RP, "signer-role-access");
            p.provider = providerIn(r, p, "us-east-1").provider;
        },
    },
    {
        name: "curity: the IRSA trust's condition keys written in lower case (…/id/c0ffee…:sub, :aud: condition key names are case-blind)",
        stack: "curity",
        edit: r => {
            const role = r.find(x => x.type === ROLE)!;
            const t = prop(role, "assumeRolePolicy") as string;
            const d = JSON.parse(t) as { Statement: { Condition?: Record<string, Record<string, unknown>> }[] };
            for (const s of d.Statement)
                for (const op of Object.keys(s.Condition ?? {}))
                    s.Condition![op] = Object.fromEntries(
                        Object.entries(s.Condition![op]).map(([k, v]) => [k.toLowerCase(), v]),
                    );
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        name: "dev: a SAML provider of the stack and a read-only metrics role for the on-call IdP (SAML:aud pinned to the AWS sign-in endpoint) allowed cloudwatch:GetMetricData/ListMetrics",
        stack: "dev",
        edit: r => {
            const like = find(r, RP, "signer-role-access");
            const saml = `arn:aws:iam::${DEV}:saml-provider/oncall-idp`;
            beside(r, like, "aws:iam/samlProvider:SamlProvider", "oncall-idp", {
                name: "oncall-idp",
                arn: saml,
                samlMetadataDocument:
                    '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"/>',
            });
            beside(r, like, ROLE, "oncall-metrics", {
                name: "oncall-metrics",
                arn: `arn:aws:iam::${DEV}:role/oncall-metrics`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Federated: saml },
                    Action: "sts:AssumeRoleWithSAML",
                    Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
                }),
                inlinePolicies: [
                    {
                        name: "p",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"],
                            Resource: "*",
                        }),
                    },
                ],
            });
        },
    },
    {
        name: "cross-account: a custom-suffix Auto Scaling service-linked role in account B (aws.iam.ServiceLinkedRole autoscaling.amazonaws.com, suffix apps)",
        stack: "cross-account",
        edit: r =>
            void beside(r, callerRelay(r), "aws:iam/serviceLinkedRole:ServiceLinkedRole", "asg-apps", {
                awsServiceName: "autoscaling.amazonaws.com",
                customSuffix: "apps",
                name: "AWSServiceRoleForAutoScaling_apps",
                path: "/aws-service-role/autoscaling.amazonaws.com/",
                arn: `arn:aws:iam::${B}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling_apps`,
            }),
    },
];

describeVariants("allowlist: red-team round 40 on the AWS level", insecure, secure);
