// Red-team round 47 on the tools (fresh eyes): round 46's change -- every string leaf read through
// components/config/reader.ts ConfigReader (string, requiredString, stringMap, stringArray) accepts a bool or safe
// integer as its text (setPathText), and refuses any other number naming `--type string`. Probed in both directions
// through `custody-model --check` on edited committed stack files: (1) the values `pulumi config set --path` writes
// (pulumi/pulumi sdk/go/common/resource/config/object.go coerce) and (2) hand-written plain scalars that go-yaml v3
// (the Pulumi CLI's YAML reader, gopkg.in/yaml.v3 resolve.go) and YAML 1.2 core (the tools' reader, yaml 2.9) resolve
// alike (`0x12`, `0o17`, `+4711`, `TRUE`, `yes`, a date, 2^53-1) or differently (`0100`: go-yaml's
// strconv.ParseInt(plain, 0, 64) reads a leading-zero YAML 1.1 octal, YAML 1.2 core a decimal; `47_11`/`0b101`:
// go-yaml drops `_` and reads `0b`, YAML 1.2 core keeps the text). Before round 46 a string leaf refused every
// number, so the octal divergence was refused; now the tools read a number Pulumi does not pass the program.
import { strict as assert } from "assert";
import { committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

describe("red team 47: string settings as `pulumi config set --path` and go-yaml v3 hand them to the program", function () {
    this.timeout(300_000);

    const show = showRun;

    const committed = committedStackFile;
    const check = stackFileChecker("r47-tools-");
    const COST = '      cost-center: "4711"\n';
    /** trust-domain's keyTags with `lines` added after the quoted cost-center. */
    const withKeyTags = (lines: string) => committed("trust-domain", COST, COST + lines);

    describe("bad inputs: refused naming the setting", () => {
        // Neighbours of the round-47 fix (stackFile.ts goYamlNumberProblems): an account id with a leading zero is
        // go-yaml's octal (011111111111 -> 1227133513), a float with underscores loses them; quoted, all are text.
        it("bad input: `accounts.main.accountId: 011111111111` (go-yaml: octal 1227133513): exit 2 naming it", async () => {
            const run = await check("dev", committed("dev", 'accountId: "111111111111"', "accountId: 011111111111"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /custody-infra:accounts\.main\.accountId is the plain number 011111111111/);
            noStackTrace(run.stderr);
        });
        it("bad input: `keyTags.size: 1_000.5` (go-yaml drops `_`: 1000.5; YAML 1.2: text)", async () => {
            const run = await check("trust-domain", withKeyTags("      size: 1_000.5\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /keyTags\.size is the plain number 1_000\.5/);
        });
        it('good input: the same values quoted ("0100", "47_11", "0b1") are their text', async () => {
            const run = await check(
                "trust-domain",
                withKeyTags('      a: "0100"\n      b: "47_11"\n      c: "0b1"\n      d: 0189\n      e: 0o17\n'),
            );
            assert.notEqual(run.code, 2, show(run));
        });
        // Was a MISS (fixed in round 47): --check exits 0 (reads YAML 1.2's 100 -> "100") but the Pulumi CLI's go-yaml resolves `0100` with
        // strconv.ParseInt(plain, 0, 64) as the YAML 1.1 octal 64, so the program (setPathText) tags the key "64": the
        // tools approve a tag the deployment does not carry (a KMS key's ABAC/cost tags reviewed as one value, deployed as
        // another). Before round 46 a number here was refused; round 46 made it text. Doc: go-yaml resolve.go (v2 and v3: `plain := strings.Replace(in, "_", "", -1); strconv.ParseInt(plain, 0, 64)`, "Octals from the 1.1 spec, spelled as 0777, are still decoded by default in v3"), which Pulumi's stack-file reader uses (pulumi/pulumi sdk/go/common/encoding/marshal.go).
        it('bad input: `trustDomain.keyTags.cost-center: 0100` written by hand (go-yaml v3: octal 64, the program tags "64"; YAML 1.2: 100)', async () => {
            const run = await check("trust-domain", committed("trust-domain", COST, "      cost-center: 0100\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 47): --check exits 0 with "123456701", while go-yaml reads the leading-zero all-octal-digit id as 21913025,
        // so the caller role's trust policy requires sts:ExternalId "21913025": the id handed to the third party is not
        // the one deployed, and no tool shows the deployed one. Fix (all four): in stackFile.ts, refuse any plain
        // (unquoted, untagged) scalar whose go-yaml resolution differs from YAML 1.2 core's -- a leading `0`/`-0`/`+0`
        // followed by digits, `_` in a number, `0b`/`-0b` -- naming the key and asking for quotes. Doc: go-yaml resolve.go (v2 and v3: `plain := strings.Replace(in, "_", "", -1); strconv.ParseInt(plain, 0, 64)`, "Octals from the 1.1 spec, spelled as 0777, are still decoded by default in v3"), which Pulumi's stack-file reader uses (pulumi/pulumi sdk/go/common/encoding/marshal.go).
        it("bad input: `crossAccount.externalId: 0123456701` written by hand (go-yaml v3: octal 21913025; YAML 1.2: 123456701)", async () => {
            const run = await check(
                "cross-account",
                committed(
                    "cross-account",
                    "    externalId: custody-cross-account-example\n",
                    "    externalId: 0123456701\n",
                ),
            );
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /crossAccount\.externalId/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 47): --check exits 0 reading the text "47_11" (YAML 1.2 core: no `_` in numbers), while go-yaml drops `_` and
        // hands the program the integer 4711 -> tag "4711": reviewed and deployed values differ (accepted before round 46
        // too, as a string). Doc: go-yaml resolve.go (v2 and v3: `plain := strings.Replace(in, "_", "", -1); strconv.ParseInt(plain, 0, 64)`, "Octals from the 1.1 spec, spelled as 0777, are still decoded by default in v3"), which Pulumi's stack-file reader uses (pulumi/pulumi sdk/go/common/encoding/marshal.go).
        it('bad input: `trustDomain.keyTags.cost-center: 47_11` written by hand (go-yaml v3 drops `_`: the program tags "4711"; YAML 1.2 keeps "47_11")', async () => {
            const run = await check("trust-domain", committed("trust-domain", COST, "      cost-center: 47_11\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 47): --check exits 1 proposing the model value "0b1" (`--write` would pin it), while go-yaml reads `0b1` as the
        // integer 1 and the program requires aws:RequestTag value "1": the committed model and the deployed ABAC condition
        // disagree, so the model no longer says who may create keys. Doc: go-yaml resolve.go (v2 and v3: `plain := strings.Replace(in, "_", "", -1); strconv.ParseInt(plain, 0, 64)`, "Octals from the 1.1 spec, spelled as 0777, are still decoded by default in v3"), which Pulumi's stack-file reader uses (pulumi/pulumi sdk/go/common/encoding/marshal.go).
        it('bad input: `basil.provisioner.requestTag.value: 0b1` written by hand (go-yaml v3: the integer 1; YAML 1.2: the text "0b1")', async () => {
            const run = await check("basil", committed("basil", '        value: "true"\n', "        value: 0b1\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /basil\.provisioner\.requestTag\.value/);
            noStackTrace(run.stderr);
        });

        it("bad input: an unquoted 40-digit `cluster.thumbprints[0]` written by hand (a float to both readers): exit 2 naming it and `--type string`", async () => {
            const run = await check(
                "trust-domain",
                committed(
                    "trust-domain",
                    "  custody-infra:kubernetes:\n",
                    "    thumbprints:\n      - 9999999999999999999999999999999999999999\n  custody-infra:kubernetes:\n",
                ),
            );
            assert.equal(run.code, 2, show(run));
            assert.ok(
                run.stderr.includes("pulumi config set --type string --path custody-infra:cluster.thumbprints[0]"),
                show(run),
            );
            noStackTrace(run.stderr);
        });

        it("bad input: `trustDomain.keyTags.backup: .inf` and `: ~` (a float no text reads; null): exit 2 naming each", async () => {
            for (const [v, re] of [
                [".inf", /trustDomain\.keyTags\.backup/],
                ["~", /trustDomain\.keyTags\.backup/],
            ] as const) {
                const run = await check("trust-domain", withKeyTags(`      backup: ${v}\n`));
                assert.equal(run.code, 2, `${v}: ${show(run)}`);
                assert.match(run.stderr, re);
                noStackTrace(run.stderr);
            }
        });

        it('bad input: `basil.provisioner.operatorPrincipalArns: [111122223333]` (an account id --path stores as an integer, read as the text "111122223333": no principal ARN): exit 2 naming [0]', async () => {
            const run = await check(
                "basil",
                committed(
                    "basil",
                    "        - arn:aws:iam::111122223333:role/platform-break-glass\n",
                    "        - 111122223333\n",
                ),
            );
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /basil\.provisioner\.operatorPrincipalArns\[0\]/);
            noStackTrace(run.stderr);
        });

        it("bad input: `trustDomain.keyTags.backup: [true]` and `{on: true}` (a list, a map where a tag value goes): exit 2 naming it", async () => {
            for (const v of ["[true]", "{on: true}"]) {
                const run = await check("trust-domain", withKeyTags(`      backup: ${v}\n`));
                assert.equal(run.code, 2, `${v}: ${show(run)}`);
                assert.match(run.stderr, /trustDomain\.keyTags\.backup/);
                noStackTrace(run.stderr);
            }
        });
    });

    describe("good inputs: both YAML readers and Pulumi agree on the text", () => {
        it("secure: keyTags written `0x12`, `0o17`, `+4711` (the same integers to go-yaml v3 and YAML 1.2 core): --check agrees", async () => {
            const run = await check(
                "trust-domain",
                withKeyTags("      hex: 0x12\n      oct: 0o17\n      plus: +4711\n"),
            );
            assert.equal(run.code, 0, show(run));
        });

        it("secure: keyTags written `TRUE`, `False`, `yes`, `on` (bools to both readers, or text to both): --check agrees", async () => {
            const run = await check(
                "trust-domain",
                withKeyTags("      a: TRUE\n      b: False\n      c: yes\n      d: on\n"),
            );
            assert.equal(run.code, 0, show(run));
        });

        // DECIDED (round 54): refused. go-yaml v3.0.1 keeps a plain timestamp as a time.Time in interface{} (decode.go
        // scalar(): the "backward compatibility" string branch was v2's), and Pulumi's config writes it as Go's time text
        // (config object.go unmarshalObject `case time.Time: v.String()`): the tag is "2024-06-04 00:00:00 +0000 UTC" to
        // Pulumi. Checked with go-yaml v3.0.1 in round 54 (redteam54-tools). Quoting the date keeps its text.
        it("refused: a keyTags value written as a plain date `2024-06-04` (a timestamp to go-yaml v3, Go's time text to Pulumi); quoted, --check agrees", async () => {
            const run = await check("trust-domain", withKeyTags("      since: 2024-06-04\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /since is the plain timestamp 2024-06-04[^]*Quote it/);
            const quoted = await check("trust-domain", withKeyTags('      since: "2024-06-04"\n'));
            assert.equal(quoted.code, 0, show(quoted));
        });

        it("secure: keyTags `9007199254740991` (2^53-1, the largest safe integer), `0` and `-5`: --check agrees", async () => {
            const run = await check(
                "trust-domain",
                withKeyTags("      big: 9007199254740991\n      zero: 0\n      neg: -5\n"),
            );
            assert.equal(run.code, 0, show(run));
        });

        it('secure: a leading-zero keyTags value `0189` with a non-octal digit (go-yaml v3 falls back to the float 189, YAML 1.2 reads 189: both "189"): --check agrees', async () => {
            const run = await check("trust-domain", withKeyTags("      room: 0189\n"));
            assert.equal(run.code, 0, show(run));
        });

        it('secure: the quoted spellings `"0100"`, `"47_11"`, `"0b1"` (strings to every reader): --check agrees', async () => {
            const run = await check("trust-domain", withKeyTags('      a: "0100"\n      b: "47_11"\n      c: "0b1"\n'));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: `crossAccount.externalId: 4711081512` as `pulumi config set --path` writes it (read as its text): --check agrees", async () => {
            const run = await check(
                "cross-account",
                committed(
                    "cross-account",
                    "    externalId: custody-cross-account-example\n",
                    "    externalId: 4711081512\n",
                ),
            );
            assert.equal(run.code, 0, show(run));
        });

        it("secure: `kubernetes.context: 4711` (a numeric context name --path stores as an integer): --check agrees", async () => {
            const run = await check(
                "trust-domain",
                committed("trust-domain", "    context: identity-cluster\n", "    context: 4711\n"),
            );
            assert.equal(run.code, 0, show(run));
        });
    });
});
