import { strict as assert } from "assert";
import { runStack, stackConfig, withConfig } from "../harness";
import { asList, configProblems, parseDoc, roleNamed, roleStatements, simulate, trustOf } from "./planQueries";

const problemsOf = (config: Record<string, string>) => configProblems(config, "cross-account");

const A = "666666666666";
const B = "777777777777";
const ACCESS_ROLE = `arn:aws:iam::${A}:role/accountb-instance-role-dynamodb`;
const CALLER_ROLE = `arn:aws:iam::${B}:role/instance-role`;
const TABLE = `arn:aws:dynamodb:us-east-1:${A}:table/my-table`;

describe("Cross-account DynamoDB + KMS through sts:AssumeRole (seed 003)", () => {
    it("deploys each side with its own account's provider, pinned by allowedAccountIds", async () => {
        const run = await runStack({ stack: "cross-account" });
        const providers = run.byType("pulumi:providers:aws");
        assert.deepEqual(providers.map(p => [p.name, JSON.parse(p.inputs.allowedAccountIds as string)]).sort(), [
            ["aws-account-a", [A]],
            ["aws-account-b", [B]],
        ]);
        assert.equal(roleNamed(run, "accountb-instance-role-dynamodb").account?.accountId, A);
        assert.equal(roleNamed(run, "instance-role").account?.accountId, B);
        const key = run.byType("aws:kms/key:Key");
        assert.equal(key.length, 1);
        assert.equal(key[0].account?.accountId, A);
        assert.ok(key[0].options.protect && key[0].options.retainOnDelete);
    });

    it("gives the access role GetItem/Query/Scan on the table and its indexes and kms:Decrypt on the key, trusting exactly the account-B role", async () => {
        const run = await runStack({ stack: "cross-account" });
        const keyArn = run.byType("aws:kms/key:Key")[0].outputs.arn as string;
        const statements = roleStatements(run, "accountb-instance-role-dynamodb");
        const dynamo = statements.find(s => asList(s.Action).some(a => a.startsWith("dynamodb:")))!;
        assert.deepEqual(asList(dynamo.Action).sort(), ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"]);
        assert.deepEqual(asList(dynamo.Resource), [TABLE, `${TABLE}/index/*`]);
        const kms = statements.find(s => asList(s.Action).some(a => a.startsWith("kms:")))!;
        assert.deepEqual(asList(kms.Action), ["kms:Decrypt"]);
        assert.deepEqual(asList(kms.Resource), [keyArn]);
        assert.equal(statements.length, 2);
        assert.deepEqual(trustOf(run, "accountb-instance-role-dynamodb").Statement, [
            {
                Effect: "Allow",
                Principal: { AWS: CALLER_ROLE },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
            },
        ]);
        const accessRole = roleNamed(run, "accountb-instance-role-dynamodb");
        assert.ok(
            accessRole.dependencies.includes(roleNamed(run, "instance-role").urn),
            "IAM rejects a trust naming a role that does not exist yet",
        );
    });

    it("lets the account-B role assume exactly the access role and nothing wider", async () => {
        const run = await runStack({ stack: "cross-account" });
        const statements = roleStatements(run, "instance-role");
        assert.deepEqual(
            statements.map(s => [asList(s.Action), asList(s.Resource)]),
            [[["sts:AssumeRole"], [ACCESS_ROLE]]],
        );
        const identity = run
            .byType("aws:iam/rolePolicy:RolePolicy")
            .filter(p => p.inputs.role === "instance-role")
            .map(p => parseDoc(p.inputs.policy));
        const trust = trustOf(run, "accountb-instance-role-dynamodb");
        const assume = (principal: string, target: string, externalId?: string) =>
            simulate({
                principal,
                action: "sts:AssumeRole",
                resource: target,
                resourceAccount: A,
                identityPolicies: principal === CALLER_ROLE ? identity : [],
                resourcePolicy: trust,
                context: externalId ? { "sts:ExternalId": externalId } : {},
            });
        assert.equal(await assume(CALLER_ROLE, ACCESS_ROLE, "custody-cross-account-example"), "Allowed");
        assert.equal(await assume(CALLER_ROLE, ACCESS_ROLE), "ImplicitlyDenied", "the ExternalId is required");
        assert.equal(
            await assume(`arn:aws:iam::${B}:role/other-role`, ACCESS_ROLE, "custody-cross-account-example"),
            "ImplicitlyDenied",
        );
        assert.equal(
            await assume(CALLER_ROLE, `arn:aws:iam::${A}:role/admin`, "custody-cross-account-example"),
            "ImplicitlyDenied",
        );
    });

    it("uses an existing key and an existing caller role when configured", async () => {
        const existingKey = `arn:aws:kms:us-east-1:${A}:key/11111111-2222-4333-8444-555555555555`;
        const cfg = withConfig(stackConfig("cross-account"), "crossAccount", x => ({
            ...x,
            createCallerRole: false,
            kmsKeyArn: existingKey,
            tableHasIndexes: false,
        }));
        const run = await runStack({ stack: "cross-account", config: cfg });
        assert.equal(run.byType("aws:kms/key:Key").length, 0);
        assert.equal(run.byType("aws:iam/role:Role").length, 1, "only the access role: the caller role exists already");
        const callerPolicy = run.byType("aws:iam/rolePolicy:RolePolicy").find(p => p.inputs.role === "instance-role")!;
        assert.equal(callerPolicy.account?.accountId, B);
        const statements = roleStatements(run, "accountb-instance-role-dynamodb");
        assert.deepEqual(statements.find(s => asList(s.Action).includes("kms:Decrypt"))!.Resource, existingKey);
        assert.deepEqual(
            asList(statements.find(s => asList(s.Action).includes("dynamodb:GetItem"))!.Resource),
            [TABLE],
            "no index/* without indexes",
        );
    });

    it("rejects a single-account setup and a key outside the data account", () => {
        const base = stackConfig("cross-account");
        assert.match(
            problemsOf(withConfig(base, "crossAccount", x => ({ ...x, callerAccount: "account-a" }))).join("\n"),
            /crossAccount\.callerAccount: is the same account as dataAccount/,
        );
        assert.match(
            problemsOf(
                withConfig(base, "crossAccount", x => ({
                    ...x,
                    kmsKeyArn: `arn:aws:kms:us-east-1:${B}:key/11111111-2222-4333-8444-555555555555`,
                })),
            ).join("\n"),
            /crossAccount\.kmsKeyArn: is in account 777777777777, not the data account account-a/,
        );
        assert.match(
            problemsOf(
                withConfig(base, "crossAccount", x => ({
                    ...x,
                    kmsKeyArn: "arn:aws:kms:eu-west-1:666666666666:key/11111111-2222-4333-8444-555555555555",
                })),
            ).join("\n"),
            /crossAccount\.kmsKeyArn: is in region eu-west-1, not the data account's region us-east-1/,
        );
        assert.match(
            problemsOf(withConfig(base, "crossAccount", x => ({ ...x, callerAccount: "account-z" }))).join("\n"),
            /crossAccount\.callerAccount: "account-z" is not an account declared in accounts/,
        );
        assert.match(
            problemsOf(
                withConfig(base, "crossAccount", x => {
                    delete x.tableName;
                    return x;
                }),
            ).join("\n"),
            /crossAccount\.tableName: is required/,
        );
    });
});
