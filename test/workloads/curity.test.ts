import { strict as assert } from "assert";
import { runStack, stackConfig, withConfig } from "../harness";
import { asList, configProblems, parseDoc, roleNamed, roleStatements, simulate, trustOf } from "./planQueries";

const problemsOf = (config: Record<string, string>) => configProblems(config, "curity");

const ACCOUNT = "555555555555";
const TABLES = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/curity-*`;

describe("Curity IRSA access to DynamoDB (seed 002)", () => {
    it("grants the least-privilege data-source set on this account's curity-* tables and their indexes", async () => {
        const run = await runStack({ stack: "curity" });
        const statements = roleStatements(run, "curity-dynamo-irsa");
        assert.equal(statements.length, 1);
        assert.deepEqual(asList(statements[0].Action).sort(), [
            "dynamodb:ConditionCheckItem",
            "dynamodb:DeleteItem",
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:UpdateItem",
        ]);
        assert.deepEqual(asList(statements[0].Resource), [TABLES, `${TABLES}/index/*`]);
        assert.equal((roleNamed(run, "curity-dynamo-irsa").inputs.tags as any)["custody:role-kind"], "runtime");
    });

    it("creates the cluster's OIDC provider when asked and pins the trust to curity:dynamo-sa", async () => {
        const run = await runStack({ stack: "curity" });
        const oidc = run.byType("aws:iam/openIdConnectProvider:OpenIdConnectProvider");
        assert.equal(oidc.length, 1);
        assert.equal(
            oidc[0].inputs.url,
            "https://oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        );
        assert.deepEqual(oidc[0].inputs.clientIdLists, ["sts.amazonaws.com"]);
        const role = roleNamed(run, "curity-dynamo-irsa");
        assert.ok(role.dependencies.includes(oidc[0].urn), "the role must be created after the provider it trusts");
        const trust = trustOf(run, "curity-dynamo-irsa").Statement[0];
        assert.equal(trust.Principal.Federated, oidc[0].outputs.arn);
        assert.equal(
            trust.Condition.StringEquals["oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00:sub"],
            "system:serviceaccount:curity:dynamo-sa",
        );
    });

    it("offers the seed's all-actions variant only behind curity.allDynamoDbActions", async () => {
        const cfg = withConfig(stackConfig("curity"), "curity", c => ({ ...c, allDynamoDbActions: true }));
        const run = await runStack({ stack: "curity", config: cfg });
        const statements = roleStatements(run, "curity-dynamo-irsa");
        assert.deepEqual(
            statements.map(s => [s.Sid, s.Action]),
            [["AllAPIActionsAllowed", ["dynamodb:*"]]],
        );
    });

    it("lets the simulator confirm: items yes, batch and other tables no", async () => {
        const run = await runStack({ stack: "curity" });
        const identity = run.byType("aws:iam/rolePolicy:RolePolicy").map(p => parseDoc(p.inputs.policy));
        const principal = `arn:aws:iam::${ACCOUNT}:role/curity-dynamo-irsa`;
        const ask = (action: string, resource: string) =>
            simulate({ principal, action, resource, resourceAccount: ACCOUNT, identityPolicies: identity });
        const table = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/curity-sessions`;
        assert.equal(await ask("dynamodb:GetItem", table), "Allowed");
        assert.equal(await ask("dynamodb:Query", `${table}/index/by-subject`), "Allowed");
        assert.equal(await ask("dynamodb:BatchWriteItem", table), "ImplicitlyDenied");
        assert.equal(await ask("dynamodb:DeleteTable", table), "ImplicitlyDenied");
        assert.equal(
            await ask("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/validators-keystore`),
            "ImplicitlyDenied",
        );
        assert.equal(
            await ask("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:999999999999:table/curity-sessions`),
            "ImplicitlyDenied",
        );
    });

    it("validates the OIDC provider settings", () => {
        const base = stackConfig("curity");
        const badThumb = withConfig(base, "cluster", c => ({ ...c, thumbprints: ["not-a-thumbprint"] }));
        assert.match(
            problemsOf(badThumb).join("\n"),
            /cluster\.thumbprints\[0\]: "not-a-thumbprint" is not a certificate thumbprint/,
        );
        const thumbWithoutCreate = withConfig(base, "cluster", c => ({
            ...c,
            createOidcProvider: false,
            thumbprints: ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],
            oidcProviderArn: `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00`,
        }));
        assert.match(
            problemsOf(thumbWithoutCreate).join("\n"),
            /cluster\.thumbprints: only applies when createOidcProvider is true/,
        );
        const badUrl = withConfig(base, "cluster", c => ({ ...c, oidcIssuerUrl: "http://oidc.example.com/" }));
        assert.match(
            problemsOf(badUrl).join("\n"),
            /cluster\.oidcIssuerUrl: "http:\/\/oidc\.example\.com\/" is not an https issuer URL/,
        );
        const wildcardPrefix = withConfig(base, "curity", c => ({ ...c, tablePrefix: "*" }));
        assert.match(
            problemsOf(wildcardPrefix).join("\n"),
            /curity\.tablePrefix: "\*" is not a usable table-name prefix/,
        );
    });
});
