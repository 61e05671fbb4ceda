// The shared IAM model: normalisation, catalogue expansion, preview unknowns, and an independent evaluator
// (@cloud-copilot/iam-simulate, tests only) agreeing with the model's verdicts.
import { strict as assert } from "assert";
import { runSimulation } from "@cloud-copilot/iam-simulate";
import {
    buildStackModel,
    classifyKmsAction,
    grantedActions,
    loadCatalog,
    parsePolicyDocument,
    PolicyDocumentError,
    type PolicyOwner,
    principalArnProblem,
    principalIdentity,
    principalWithin,
    roleSessionOf,
    rolePermissions,
    statementActions,
} from "../../policy-pack/model";
import { asHeldBy } from "../../policy-pack/model/conditions";
import { denySurelyHoldsOnKey, fixedKeyAttributes } from "../../policy-pack/model/keyAttributes";
import type { StackResource } from "../../policy-pack/model/resources";
import * as rules from "../../policy-pack/rules";
import { doc, editResource, goodSignerStack, ROLE_ARN, tableArn, TABLES, URNS } from "./fixtures";
import { runPolicy, runResourcePolicy, stackResources, UNKNOWN } from "./support";

describe("IAM model", () => {
    it("normalises the same document given as a string and as an object, and every Principal form", () => {
        const object = {
            Statement: [
                { Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" },
                {
                    Effect: "Allow",
                    Principal: {
                        AWS: ["111111111111", "arn:aws:iam::222222222222:role/r"],
                        Service: "ec2.amazonaws.com",
                    },
                    NotAction: "iam:*",
                    NotResource: ["a", "b"],
                    Condition: { Bool: { "aws:SecureTransport": true } },
                },
            ],
        };
        const fromString = parsePolicyDocument(JSON.stringify(object));
        assert.deepEqual(parsePolicyDocument(object), fromString);
        const [star, named] = fromString.statements;
        assert.equal(star.principal?.wildcard, true);
        assert.deepEqual(named.principal?.aws, ["arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:role/r"]);
        assert.deepEqual(named.principal?.service, ["ec2.amazonaws.com"]);
        assert.deepEqual(named.notResources, ["a", "b"]);
        assert.deepEqual(named.conditions, [
            { operator: "Bool", key: "aws:SecureTransport", keyLower: "aws:securetransport", values: ["true"] },
        ]);
        assert.throws(
            () => parsePolicyDocument({ Statement: [{ Effect: "Allow", Resource: "*" }] }),
            PolicyDocumentError,
        );
    });

    it("reads a role session ARN as a session of its role: within that role's subject, nowhere else", () => {
        const session = "arn:aws:sts::111122223333:assumed-role/platform-break-glass/oncall";
        assert.deepEqual(roleSessionOf(session), {
            partition: "aws",
            account: "111122223333",
            roleName: "platform-break-glass",
            sessionName: "oncall",
        });
        assert.ok(principalWithin(session, "arn:aws:iam::111122223333:role/platform-break-glass"));
        assert.ok(principalWithin(session, "arn:aws:iam::111122223333:role/ops/Platform-Break-Glass"));
        assert.ok(!principalWithin(session, "arn:aws:iam::999999999999:role/platform-break-glass"));
        assert.ok(!principalWithin(session, "arn:aws:iam::111122223333:user/platform-break-glass"));
        assert.ok(
            !principalWithin(
                "arn:aws:sts::111122223333:federated-user/platform-break-glass",
                "arn:aws:iam::111122223333:user/platform-break-glass",
            ),
        );
        const wildcard = "arn:aws:sts::111122223333:assumed-role/platform-break-glass/*";
        assert.equal(roleSessionOf(wildcard), undefined);
        assert.ok(!principalWithin(wildcard, "arn:aws:iam::111122223333:role/platform-break-glass"));
        assert.match(principalArnProblem(wildcard) ?? "", /wildcard inside an ARN.*name one session/);
        assert.equal(principalArnProblem(session), undefined);
        assert.equal(principalArnProblem("*"), undefined);
        // One identity per role, whatever names it (round 38: share-custody's ring role).
        const role = principalIdentity("arn:aws:iam::111122223333:role/ops/Platform-Break-Glass");
        assert.equal(principalIdentity(session), role);
        assert.equal(principalIdentity("arn:aws:iam::111122223333:role/platform-break-glass"), role);
        assert.notEqual(principalIdentity(wildcard), role);
        assert.notEqual(principalIdentity("arn:aws:sts::999999999999:assumed-role/platform-break-glass/oncall"), role);
        assert.notEqual(principalIdentity("arn:aws:iam::111122223333:user/platform-break-glass"), role);
        assert.equal(principalIdentity("111122223333"), "arn:aws:iam::111122223333:root");
        assert.ok(!principalWithin("arn:aws:iam::111122223333:role/platform-break-glass", session));
    });

    it("expands wildcards and NotAction against the whole catalogue, case-insensitively", async () => {
        const catalog = await loadCatalog();
        assert.ok(catalog.size > 15000, `catalogue has ${catalog.size} actions`);
        const [batch] = parsePolicyDocument(
            doc({ Effect: "Allow", Action: "DYNAMODB:batch*", Resource: "*" }),
        ).statements;
        assert.deepEqual([...statementActions(batch, catalog).values()].map(a => a.name).sort(), [
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem",
        ]);
        const [not] = parsePolicyDocument(doc({ Effect: "Allow", NotAction: "dynamodb:*", Resource: "*" })).statements;
        const notActions = statementActions(not, catalog);
        assert.equal(notActions.size, catalog.size - catalog.service("dynamodb").length);
        assert.ok(notActions.has("kms:createkey") && !notActions.has("dynamodb:getitem"));
    });

    // Round 76: Service Authorization Reference, a starred (required) resource type is always in the request, so a
    // Resource matching only an action's optional types never authorizes it; one starred type matched is enough (the
    // catalogue stars alternatives too).
    it("applies a Resource to an action only through its required resource types, when it has any", async () => {
        const catalog = await loadCatalog();
        const acts = (resource: string | string[], action: string) => {
            const [s] = parsePolicyDocument(doc({ Effect: "Allow", Action: action, Resource: resource })).statements;
            return statementActions(s, catalog).has(action.toLowerCase());
        };
        // ssm:SendCommand: document* required, bucket and instance optional.
        assert.ok(!acts("arn:aws:s3:::logs/*", "ssm:SendCommand"));
        assert.ok(!acts("arn:aws:ec2:eu-west-1:111111111111:instance/*", "ssm:SendCommand"));
        assert.ok(acts("arn:aws:ssm:eu-west-1:111111111111:document/*", "ssm:SendCommand"));
        assert.ok(acts(["arn:aws:s3:::logs/*", "arn:aws:ssm:*:*:document/run"], "ssm:SendCommand"));
        // iam:GenerateServiceLastAccessedDetails stars group, policy, role and user: any one of them applies.
        assert.ok(acts("arn:aws:iam::111111111111:role/x", "iam:GenerateServiceLastAccessedDetails"));
        assert.ok(acts("arn:aws:iam::111111111111:user/x", "iam:GenerateServiceLastAccessedDetails"));
        // No starred type (s3:GetObject: object and accesspointobject both optional): every type counts.
        assert.ok(acts("arn:aws:s3:eu-west-1:111111111111:accesspoint/ap/object/*", "s3:GetObject"));
        assert.ok(acts("arn:aws:s3:::logs/*", "s3:GetObject"));
        // ssm:StartSession stars nothing: an instance ARN still applies.
        assert.ok(acts("arn:aws:ec2:eu-west-1:111111111111:instance/*", "ssm:StartSession"));
    });

    it("classifies KMS actions from the catalogue: crypto is data plane, CreateKey/PutKeyPolicy/CreateGrant are management", async () => {
        const catalog = await loadCatalog();
        const cls = (n: string) => classifyKmsAction(catalog.lookup(n)!);
        assert.equal(cls("kms:Decrypt"), "data-plane");
        assert.equal(cls("kms:GenerateDataKeyPairWithoutPlaintext"), "data-plane");
        assert.equal(cls("kms:DescribeKey"), "read");
        for (const a of [
            "kms:CreateKey",
            "kms:CreateAlias",
            "kms:PutKeyPolicy",
            "kms:ScheduleKeyDeletion",
            "kms:CreateGrant",
            "kms:TagResource",
        ])
            assert.equal(cls(a), "key-management", a);
    });

    it("links a RolePolicy to its role by name, and by propertyDependencies when the name is unknown", async () => {
        const model = buildStackModel(stackResources(goodSignerStack()));
        const role = model.roleByUrn(URNS.role)!;
        assert.deepEqual(
            role.permissionSources.map(s => s.label),
            ["RolePolicy signer-role-access"],
        );
        const unknownName = editResource(goodSignerStack(), URNS.rolePolicy, r => ({
            ...r,
            inputs: { ...r.inputs, role: UNKNOWN },
        }));
        const model2 = buildStackModel(stackResources(unknownName));
        assert.equal(model2.roleByUrn(URNS.role)!.permissionSources.length, 1);
    });
});

describe("preview unknowns through unknownCheckingProxy", () => {
    it("an unknown policy document yields the SDK's advisory, not a crash and not a pass", async () => {
        const stack = editResource(goodSignerStack(), URNS.rolePolicy, r => ({
            ...r,
            inputs: { ...r.inputs, policy: UNKNOWN },
        }));
        const ds = await runPolicy(rules.noDynamoDbBatch, stack);
        assert.equal(ds.length, 1);
        assert.equal(ds[0].enforcementLevel, "advisory");
        assert.match(ds[0].message, /can't be known during preview/);
    });
    it("checks the known roles fully and still reports the advisory for the unknown one", async () => {
        const bad = {
            urn: "urn:pulumi:prod::p::aws:iam/role:Role::bad",
            type: "aws:iam/role:Role",
            name: "bad",
            inputs: {
                name: "bad",
                assumeRolePolicy: "{}",
                inlinePolicies: [{ name: "x", policy: doc({ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }) }],
            },
        };
        const stack = [
            ...editResource(goodSignerStack(), URNS.rolePolicy, r => ({
                ...r,
                inputs: { ...r.inputs, policy: UNKNOWN },
            })),
            bad,
        ];
        const ds = await runPolicy(rules.noDynamoDbBatch, stack);
        assert.deepEqual(ds.map(d => d.enforcementLevel).sort(), ["advisory", "mandatory", "mandatory"]);
    });
    it("a resource policy reading an unknown key policy gets the advisory", async () => {
        const key = goodSignerStack().find(r => r.urn === URNS.shareKey(2))!;
        const ds = await runResourcePolicy(rules.kmsKeyPolicySafe, {
            ...key,
            inputs: { ...key.inputs, policy: UNKNOWN },
        });
        assert.deepEqual(
            ds.map(d => d.enforcementLevel),
            ["advisory"],
        );
    });
});

describe("the model agrees with @cloud-copilot/iam-simulate", () => {
    const simulate = async (policy: object, action: string, resource: string) => {
        const result = await runSimulation(
            {
                request: {
                    principal: ROLE_ARN,
                    action,
                    resource: { resource, accountId: "111111111111" },
                    contextVariables: {},
                },
                identityPolicies: [{ name: "p", policy }],
                serviceControlPolicies: [],
                resourceControlPolicies: [],
            },
            {},
        );
        if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
        return result.overallResult;
    };

    it("a NotAction document really allows BatchWriteItem, and the model says so", async () => {
        const policy = {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", NotAction: ["dynamodb:GetItem"], Resource: tableArn(TABLES.keystore) }],
        };
        assert.equal(await simulate(policy, "dynamodb:BatchWriteItem", tableArn(TABLES.keystore)), "Allowed");
        const catalog = await loadCatalog();
        const perms = rolePermissions([{ origin: "RolePolicy", urn: "u", label: "p", readRaw: () => policy }]);
        assert.ok(grantedActions(perms, catalog).has("dynamodb:batchwriteitem"));
    });
    it("seed 000's grants deny BatchWriteItem and CreateKey in both the simulator and the model", async () => {
        const policy = JSON.parse(
            doc({
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:PutItem", "kms:Encrypt", "kms:Decrypt"],
                Resource: [tableArn(TABLES.keystore)],
            }),
        ) as object;
        assert.equal(await simulate(policy, "dynamodb:BatchWriteItem", tableArn(TABLES.keystore)), "ImplicitlyDenied");
        assert.equal(await simulate(policy, "kms:CreateKey", "*"), "ImplicitlyDenied");
        const catalog = await loadCatalog();
        const granted = grantedActions(
            rolePermissions([{ origin: "RolePolicy", urn: "u", label: "p", readRaw: () => policy }]),
            catalog,
        );
        assert.ok(!granted.has("dynamodb:batchwriteitem") && !granted.has("kms:createkey"));
    });
});

describe("round 84: condition keys read by their presence for the holder (model/keyPresence.ts)", () => {
    const role = { kind: "role" as const, account: "111111111111", arn: ROLE_ARN };
    const user = { kind: "user" as const, account: "111111111111", arn: "arn:aws:iam::111111111111:user/u" };
    const KEY = "arn:aws:kms:*:111111111111:key/*";
    const statement = (Effect: string, Condition: object, Resource = KEY) =>
        parsePolicyDocument(
            { Version: "2012-10-17", Statement: [{ Effect, Action: "kms:Decrypt", Resource, Condition }] },
            role,
        ).statements[0];
    const denyHolds = (condition: object, owner: PolicyOwner = role) =>
        asHeldBy(statement("Deny", condition), owner)?.conditions.length === 0;

    it("reads Null on keys a role session always or never carries, and leaves caller-set keys unread", () => {
        assert.ok(denyHolds({ Null: { "aws:TokenIssueTime": "false" } }));
        assert.ok(!denyHolds({ Null: { "aws:TokenIssueTime": "true" } }));
        assert.ok(denyHolds({ Null: { "aws:username": "true" } }));
        assert.ok(!denyHolds({ Null: { "aws:PrincipalTag/team": "false" } }));
        // An IAM user may sign with long-term keys: aws:TokenIssueTime's presence is not fixed.
        assert.ok(!denyHolds({ Null: { "aws:TokenIssueTime": "false" } }, user));
        assert.equal(asHeldBy(statement("Allow", { Null: { "aws:TokenIssueTime": "true" } }), role), undefined);
    });
    it("reads ...IfExists on an always-present key as the plain operator, and not on another key", () => {
        assert.ok(denyHolds({ BoolIfExists: { "aws:PrincipalIsAWSService": "false" } }));
        assert.ok(!denyHolds({ BoolIfExists: { "aws:PrincipalIsAWSService": "true" } }));
        assert.ok(!denyHolds({ BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }));
    });
    it("reads ForAnyValue on a single-valued key as the plain pin, and a `*` Region segment as the pinned Regions", () => {
        const held = (Condition: object) => asHeldBy(statement("Allow", Condition), role)?.resources;
        assert.deepEqual(held({ "ForAnyValue:StringEquals": { "aws:RequestedRegion": "us-east-1" } }), [
            "arn:aws:kms:us-east-1:111111111111:key/*",
        ]);
        assert.deepEqual(held({ "ForAnyValue:StringNotEquals": { "aws:RequestedRegion": "us-east-1" } }), [KEY]);
    });
    it("resolves a variable a role never carries to its default, else to a pattern that matches no resource", () => {
        const resources = (r: string) => statement("Allow", {}, r).resources;
        assert.deepEqual(resources("arn:aws:kms:eu-west-1:111111111111:key/${aws:username, 'k1'}"), [
            "arn:aws:kms:eu-west-1:111111111111:key/k1",
        ]);
        assert.deepEqual(resources("arn:aws:kms:eu-west-1:111111111111:key/${aws:username}"), [
            "arn:aws:kms:eu-west-1:111111111111:key/${aws:username}",
        ]);
        assert.deepEqual(resources("arn:aws:kms:eu-west-1:111111111111:key/${aws:PrincipalTag/k}"), [
            "arn:aws:kms:eu-west-1:111111111111:key/*",
        ]);
    });
});

describe("round 87: an aws:RequestedRegion Deny read per key by the key's Region (model/keyAttributes.ts)", () => {
    const role = { kind: "role" as const, account: "111111111111", arn: ROLE_ARN };
    const deny = (Condition: object) =>
        parsePolicyDocument(
            { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "kms:*", Resource: "*", Condition }] },
            role,
        ).statements[0];
    const attrs = (region: string | undefined) =>
        fixedKeyAttributes({
            key: { urn: "k", name: "k", type: "aws:kms/key:Key", props: {} } as unknown as StackResource,
            arn: undefined,
            account: undefined,
            aliases: [],
            keyPolicies: undefined,
            changing: undefined,
            region,
        });
    const holdsIn = (region: string | undefined, Condition: object) =>
        denySurelyHoldsOnKey(deny(Condition), attrs(region));

    it("holds where the key's Region satisfies every Region clause, positive or negated, IfExists as plain", () => {
        assert.ok(holdsIn("eu-west-1", { StringEquals: { "aws:RequestedRegion": "eu-west-1" } }));
        assert.ok(holdsIn("eu-west-1", { StringNotEquals: { "aws:RequestedRegion": ["us-east-1", "us-west-2"] } }));
        assert.ok(holdsIn("eu-west-1", { StringLikeIfExists: { "aws:RequestedRegion": "eu-*" } }));
        assert.ok(!holdsIn("eu-west-1", { StringEquals: { "aws:RequestedRegion": "us-east-1" } }));
        assert.ok(!holdsIn("eu-west-1", { StringEquals: { "aws:RequestedRegion": "EU-WEST-1" } }));
        assert.ok(!holdsIn("eu-west-1", { StringNotEqualsIfExists: { "aws:RequestedRegion": "eu-west-1" } }));
        // A negated value read as a pattern in any case: EU-* may be the key's Region, so the Deny is not credited.
        assert.ok(!holdsIn("eu-west-1", { StringNotLike: { "aws:RequestedRegion": "EU-*" } }));
    });
    it("is not credited for an unknown or unliteral Region, a set qualifier, a variable or another clause", () => {
        const pin = { StringEquals: { "aws:RequestedRegion": "eu-west-1" } };
        assert.ok(!holdsIn(undefined, pin));
        assert.ok(!holdsIn("eu-*", { StringLike: { "aws:RequestedRegion": "eu-*" } }));
        assert.ok(!holdsIn("eu-west-1", { "ForAllValues:StringEquals": { "aws:RequestedRegion": "eu-west-1" } }));
        assert.ok(!holdsIn("eu-west-1", { StringEquals: { "aws:RequestedRegion": "${aws:PrincipalTag/region}" } }));
        assert.ok(
            !holdsIn("eu-west-1", {
                StringEquals: { "aws:RequestedRegion": "eu-west-1", "aws:SourceVpc": "vpc-0abc1234def567890" },
            }),
        );
    });
});
