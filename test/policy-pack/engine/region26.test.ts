// Round 26 (AWS red team): a resource's Region is its own `region` before its provider's. @pulumi/aws 7 gives every
// regional resource a `region` argument overriding the provider's (Pulumi docs, "Enhanced Region Support"), but the
// stack model (model/stack.ts keyModels/tableModels) and stack-keys-not-destructible took the provider's first, while
// the engine took the resource's own: a key created with `region: "us-east-1"` through an eu-west-1 provider was, in a
// first preview (its ARN unknown), stood in for by an eu-west-1 ARN, so a grant on us-east-1 key/* that reaches it was
// missed and one on eu-west-1 key/* that does not was reported. model/resources.ts resourceRegion is now the one place.
import { strict as assert } from "assert";
import {
    arnOrNamePatternMatchesTable,
    buildStackModel,
    resourceRegion,
    type StackResource,
} from "../../../policy-pack/model";
import * as rules from "../../../policy-pack/rules";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { ACCOUNTS, doc, goodSignerStack, PROVIDERS, role, rolePolicy, urn } from "../fixtures";
import { runPolicy, stackResources, UNKNOWN } from "../support";

const PRIMARY = ACCOUNTS.primary;
const OPS_KEY = "ops-cmk";

/** A KMS key of the stack through the primary provider (eu-west-1) with its own `region`, in a first preview. */
function opsKey(region: string | undefined): AnalyzerResourceInput {
    return {
        urn: urn("aws:kms/key:Key", OPS_KEY),
        type: "aws:kms/key:Key",
        name: OPS_KEY,
        provider: PROVIDERS.primary,
        options: { protect: true },
        inputs: {
            ...(region !== undefined ? { region } : {}),
            description: "operations alerts",
            enableKeyRotation: true,
            deletionWindowInDays: 30,
        },
        outputs: { arn: UNKNOWN },
    };
}

/** A key manager role of the stack allowed kms:ScheduleKeyDeletion on `resource`. */
function keyManager(resource: string): AnalyzerResourceInput[] {
    const name = "ops-key-manager";
    const r = role(
        name,
        doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }),
        "operations",
    );
    return [
        r,
        rolePolicy(
            `${name}-access`,
            name,
            doc({ Sid: "RetireKeys", Effect: "Allow", Action: "kms:ScheduleKeyDeletion", Resource: resource }),
            r.urn,
        ),
    ];
}

const onKey = (ds: { message: string }[]) => ds.filter(d => d.message.includes(`KMS key ${OPS_KEY} `));

describe("round 26: a resource's Region is its own `region` before its provider's (model/resources.ts resourceRegion)", () => {
    it("resourceRegion: own region, then the ARN's, then the provider's; an unknown own region is no Region", () => {
        const [withOwn, withoutOwn, unknownOwn] = stackResources([
            opsKey("us-east-1"),
            { ...opsKey(undefined), urn: urn("aws:kms/key:Key", "b") },
            { ...opsKey(UNKNOWN), urn: urn("aws:kms/key:Key", "c") },
        ]) as unknown as StackResource[];
        assert.equal(resourceRegion(withOwn), "us-east-1");
        assert.equal(resourceRegion(withOwn, `arn:aws:kms:us-east-1:${PRIMARY}:key/k`), "us-east-1");
        assert.equal(resourceRegion(withoutOwn), "eu-west-1");
        assert.equal(resourceRegion(withoutOwn, `arn:aws:kms:eu-central-1:${PRIMARY}:key/k`), "eu-central-1");
        // Unknown during the preview: any Region (callers match undefined against everything), not the provider's.
        assert.equal(resourceRegion(unknownOwn), undefined);
    });

    it("the stack model's keys and tables take the resource's own region over the provider's", () => {
        const table: AnalyzerResourceInput = {
            urn: urn("aws:dynamodb/table:Table", "reports"),
            type: "aws:dynamodb/table:Table",
            name: "reports",
            provider: PROVIDERS.primary,
            inputs: { name: "custody-prod-reports", region: "us-east-1", hashKey: "id" },
            outputs: { arn: UNKNOWN },
        };
        const model = buildStackModel(stackResources([...goodSignerStack(), opsKey("us-east-1"), table]));
        assert.equal(model.keys.find(k => k.resource.name === OPS_KEY)?.region, "us-east-1");
        const t = model.tables.find(x => x.resource.name === "reports");
        assert.ok(t);
        assert.equal(t.region, "us-east-1");
        // A grant naming the table by name in its real Region reaches it; one in the provider's Region does not.
        assert.ok(arnOrNamePatternMatchesTable(`arn:aws:dynamodb:us-east-1:${PRIMARY}:table/custody-prod-reports`, t));
        assert.ok(!arnOrNamePatternMatchesTable(`arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-reports`, t));
    });

    it("refuses: kms:ScheduleKeyDeletion on us-east-1 key/* reaches a key created with region us-east-1 through an eu-west-1 provider (first preview)", async () => {
        const ds = await runPolicy(rules.stackKeysNotDestructible, [
            ...goodSignerStack(),
            opsKey("us-east-1"),
            ...keyManager(`arn:aws:kms:us-east-1:${PRIMARY}:key/*`),
        ]);
        // The old order stood in arn:aws:kms:eu-west-1:... for the key and missed this grant.
        const hit = onKey(ds);
        assert.equal(hit.length, 1, JSON.stringify(ds, null, 2));
        assert.match(
            hit[0].message,
            /kms:ScheduleKeyDeletion on KMS key ops-cmk \(arn:aws:kms:us-east-1:111111111111:/,
        );
    });

    it("accepts: kms:ScheduleKeyDeletion on eu-west-1 key/* (the provider's Region) does not reach that us-east-1 key", async () => {
        const ds = await runPolicy(rules.stackKeysNotDestructible, [
            ...goodSignerStack(),
            opsKey("us-east-1"),
            ...keyManager(`arn:aws:kms:eu-west-1:${PRIMARY}:key/*`),
        ]);
        // The old order reported it on the key; the eu-west-1 keys of the stack are still reported.
        assert.deepEqual(onKey(ds), [], JSON.stringify(ds, null, 2));
        assert.ok(
            ds.some(d => /KMS key tables-cmk /.test(d.message)),
            JSON.stringify(ds, null, 2),
        );
    });

    it("refuses: without its own region, the key is in its provider's Region: eu-west-1 key/* reaches it", async () => {
        const ds = await runPolicy(rules.stackKeysNotDestructible, [
            ...goodSignerStack(),
            opsKey(undefined),
            ...keyManager(`arn:aws:kms:eu-west-1:${PRIMARY}:key/*`),
        ]);
        const hit = onKey(ds);
        assert.equal(hit.length, 1, JSON.stringify(ds, null, 2));
        assert.match(hit[0].message, /\(arn:aws:kms:eu-west-1:111111111111:key\/\(unknown-until-created\)\)/);
    });
});
