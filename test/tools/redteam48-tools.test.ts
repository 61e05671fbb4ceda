// Red-team round 48 on the tools (fresh eyes): round 47's fix -- tools/offline/stackFile.ts goYamlNumberProblems
// refuses plain stack-file scalars that go-yaml v3 (the Pulumi CLI's YAML reader) and YAML 1.2 core (the tools'
// reader, yaml 2.9) resolve differently. Probed the rest of what go-yaml's resolve() hands to Go's
// strconv.ParseInt(plain, 0, 64): the base prefix is matched case-blind (`0X`, `0O`, `0B`: Go integer literal syntax)
// and may follow a sign (`-0x1F`, `+0o17`: "the true base is implied by the string's prefix following the sign"),
// while YAML 1.2 core knows only unsigned lowercase `0x`/`0o` and reads every other spelling as text. The fix's three
// patterns (leading-zero octal, `0b`/`0B`, underscores) miss the upper-case and signed hex/octal spellings, so
// `custody-model --check` approves the text while the program (setPathText) receives go-yaml's integer. Neighbours
// the fix covers, and spellings both readers agree on (floats with a leading zero, exponents, quoted text), checked
// in both directions.
import { strict as assert } from "assert";
import { goYamlNumber } from "../../tools/offline/stackFile";
import { committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

describe("red team 48: go-yaml's base prefixes (case-blind, after a sign) in stack files", function () {
    this.timeout(300_000);

    const show = showRun;

    const committed = committedStackFile;
    const check = stackFileChecker("r48-tools-");
    const COST = '      cost-center: "4711"\n';
    /** trust-domain's keyTags with `lines` added after the quoted cost-center. */
    const withKeyTags = (lines: string) => committed("trust-domain", COST, COST + lines);
    /** trust-domain's keyTags with the cost-center written `value`. */
    const costCenter = (value: string) => committed("trust-domain", COST, `      cost-center: ${value}\n`);

    describe("bad inputs: refused naming the setting", () => {
        // Was a MISS (fixed in round 48): --check exits 0 reading the text "0X1F" (YAML 1.2 core: hex is `0x[0-9a-fA-F]+`, lowercase x only),
        // while go-yaml v3 resolve() hands "0X1F" to strconv.ParseInt(plain, 0, 64), whose base prefix is matched
        // case-blind (Go integer literals: hex_lit = "0" ( "x" | "X" ) ...), so the program (setPathText) tags the KMS
        // keys "31": the reviewed and deployed cost-centre/ABAC tag differ (who gains: whoever's tag-based policy
        // matches "31"). Fix: in goYamlNumberProblems, refuse every plain scalar whose go-yaml reading (strip `_`, then
        // ParseInt/ParseUint base 0, i.e. /^[-+]?0[xXoObB]/ or a leading-zero octal) differs from YAML 1.2 core's --
        // simplest: refuse /^[-+]?0[0-9a-zA-Z_]/ unless it is the lowercase unsigned `0x`/`0o` form or a decimal
        // float. Doc: go-yaml v3 resolve.go (`plain := strings.Replace(in, "_", "", -1); intv, err :=
        // strconv.ParseInt(plain, 0, 64)`); Go strconv.ParseInt ("If the base argument is 0, the true base is implied
        // by the string's prefix following the sign (if present): 2 for "0b", 8 for "0" or "0o", 16 for "0x"";
        // src/strconv/atoi.go compares lower(s[1])); YAML 1.2.2 core schema 10.3.2 (int: 0x[0-9a-fA-F]+, 0o[0-7]+).
        it("bad input: `trustDomain.keyTags.cost-center: 0X1F` (go-yaml v3: 0X is hex, 31; YAML 1.2 core: the text)", async () => {
            const run = await check("trust-domain", costCenter("0X1F"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 48): --check exits 0 reading "0O17" as text, while go-yaml's strconv.ParseInt(plain, 0, 64) reads the
        // case-blind `0O` octal prefix (Go: octal_lit = "0" [ "o" | "O" ] ...) as 15, so the program tags "15".
        // Same fix as above. Doc: go-yaml v3 resolve.go; Go strconv.ParseInt / atoi.go (lower(s[1]) == 'o'); YAML
        // 1.2.2 core schema (0o[0-7]+ only).
        it("bad input: `trustDomain.keyTags.cost-center: 0O17` (go-yaml v3: upper-case octal prefix, 15; YAML 1.2 core: the text)", async () => {
            const run = await check("trust-domain", costCenter("0O17"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 48): --check exits 0 reading "-0x1F" as text (YAML 1.2 core hex has no sign), while Go's
        // strconv.ParseInt("-0x1F", 0, 64) reads the prefix after the sign: -31, so the program tags "-31". Same fix.
        // Doc: Go strconv.ParseInt doc ("The string may begin with a leading sign ... the true base is implied by
        // the string's prefix following the sign"); go-yaml v3 resolve.go (hint 'S' for +/- goes the same ParseInt
        // path); YAML 1.2.2 core schema.
        it("bad input: `trustDomain.keyTags.cost-center: -0x1F` (go-yaml v3: signed hex, -31; YAML 1.2 core: the text)", async () => {
            const run = await check("trust-domain", costCenter("-0x1F"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 48): --check exits 1 proposing the model value "+0o17" (`--write` would pin it; YAML 1.2 core octal is
        // unsigned, so the tools read text), while Go's
        // strconv.ParseInt("+0o17", 0, 64) = 15, so basil's provisioner condition requires aws:RequestTag value "15"
        // while the committed custody model records "+0o17": the model no longer says which tag value lets a principal
        // create keys. Same fix. Doc: Go strconv.ParseInt doc (sign then prefix); go-yaml v3 resolve.go; YAML 1.2.2
        // core schema.
        it("bad input: `basil.provisioner.requestTag.value: +0o17` (go-yaml v3: signed octal, 15; YAML 1.2 core: the text)", async () => {
            const run = await check("basil", committed("basil", '        value: "true"\n', "        value: +0o17\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /basil\.provisioner\.requestTag\.value/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 48): --check exits 0 with the external id "0XA1B2C3D4" (a hex-looking id as third parties hand them out),
        // while go-yaml reads it as the integer 2712847316 and the caller role's trust policy requires sts:ExternalId
        // "2712847316": the id handed to the third party is not the one deployed. Same fix. Doc: go-yaml v3
        // resolve.go; Go strconv.ParseInt (case-blind 0x); AWS IAM user guide, "Access to AWS accounts owned by third
        // parties" (the external id the third party passes must equal the trust policy's).
        it("bad input: `crossAccount.externalId: 0XA1B2C3D4` written by hand (go-yaml v3: 2712847316; YAML 1.2 core: the text)", async () => {
            const run = await check(
                "cross-account",
                committed(
                    "cross-account",
                    "    externalId: custody-cross-account-example\n",
                    "    externalId: 0XA1B2C3D4\n",
                ),
            );
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /crossAccount\.externalId/);
            noStackTrace(run.stderr);
        });

        it("bad input: neighbours the round-47 fix covers (`-0100`, `+0b1`, `0B1`, `0x_1F`, `0o1_7`): exit 2 naming the key", async () => {
            for (const v of ["-0100", "+0b1", "0B1", "0x_1F", "0o1_7"]) {
                const run = await check("trust-domain", costCenter(v));
                assert.equal(run.code, 2, `${v}: ${show(run)}`);
                assert.match(run.stderr, /trustDomain\.keyTags\.cost-center is the plain number/, v);
                assert.match(run.stderr, /Quote the value/, v);
                noStackTrace(run.stderr);
            }
        });

        it("bad input: `trustDomain.keyTags.cost-center: 1.5` (a float to both readers, no text): exit 2 naming it and `--type string`", async () => {
            const run = await check("trust-domain", costCenter("1.5"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            assert.match(run.stderr, /--type string/);
            noStackTrace(run.stderr);
        });

        it("bad input: an account id `-0111111111111` (signed leading-zero octal to go-yaml): exit 2 naming it", async () => {
            const run = await check("dev", committed("dev", 'accountId: "111111111111"', "accountId: -0111111111111"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /accounts\.main\.accountId/);
            noStackTrace(run.stderr);
        });
    });

    describe("good inputs: both readers and Pulumi agree", () => {
        it("secure: keyTags `1e3` and `+12e1` (floats with integral values to both readers: 1000, 120): --check agrees", async () => {
            const run = await check("trust-domain", withKeyTags("      a: 1e3\n      b: +12e1\n"));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: keyTags `012e1` (a leading zero with an exponent: no octal to Go's ParseInt, the float 120 to both): --check agrees", async () => {
            const run = await check("trust-domain", withKeyTags("      a: 012e1\n"));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: keyTags `09` and `-08` (leading zero with a non-octal digit: go-yaml falls back to the float, 9 / -8 to both): --check agrees", async () => {
            const run = await check("trust-domain", withKeyTags("      a: 09\n      b: -08\n"));
            assert.equal(run.code, 0, show(run));
        });

        it('secure: the prefixed spellings quoted (`"0X1F"`, `\'-0x1F\'`, `"0O17"`, `"+0o17"`): text to every reader, --check agrees', async () => {
            const run = await check(
                "trust-domain",
                withKeyTags('      a: "0X1F"\n      b: \'-0x1F\'\n      c: "0O17"\n      d: "+0o17"\n'),
            );
            assert.equal(run.code, 0, show(run));
        });

        it("secure: keyTags text that starts like a number (`0x1F-rc`, `0o17a`, `1e3x`, `-0x`): text to both readers, --check agrees", async () => {
            const run = await check(
                "trust-domain",
                withKeyTags("      a: 0x1F-rc\n      b: 0o17a\n      c: 1e3x\n      d: -0x\n"),
            );
            assert.equal(run.code, 0, show(run));
        });

        it("secure: keyTags `0xff` and `0o777` (the lowercase unsigned prefixes YAML 1.2 core shares with Go: 255, 511): --check agrees", async () => {
            const run = await check("trust-domain", withKeyTags("      a: 0xff\n      b: 0o777\n"));
            assert.equal(run.code, 0, show(run));
        });

        it('secure: `crossAccount.externalId: "0XA1B2C3D4"` quoted: --check agrees', async () => {
            const run = await check(
                "cross-account",
                committed(
                    "cross-account",
                    "    externalId: custody-cross-account-example\n",
                    '    externalId: "0XA1B2C3D4"\n',
                ),
            );
            assert.equal(run.code, 0, show(run));
        });

        it("secure: `basil.provisioner.requestTag.value: 1` (a decimal --path integer, the same to every reader): --check agrees with the model", async () => {
            const run = await check("basil", committed("basil", '        value: "true"\n', "        value: 1\n"));
            // The committed model records "true"; --check exits 1 (drift) naming the new value, never 2 (bad input).
            assert.notEqual(run.code, 2, show(run));
            noStackTrace(run.stderr);
        });
    });

    describe("goYamlNumber: go-yaml v3's reading of a plain scalar (resolve.go, Go strconv)", () => {
        const cases: [string, number | undefined][] = [
            ["0X1F", 31],
            ["0O17", 15],
            ["-0x1F", -31],
            ["+0o17", 15],
            ["0b1", 1],
            ["-0B1", -1],
            ["0100", 64],
            ["0", 0],
            ["09", 9],
            ["-08", -8],
            ["012e1", 120],
            ["1e3", 1000],
            ["47_11", 4711],
            ["1_0.5", 10.5],
            [".5", 0.5],
            ["+.5", 0.5],
            [".inf", Infinity],
            ["-.Inf", -Infinity],
            ["18446744073709551615", 2 ** 64],
            ["-9223372036854775809", -(2 ** 63)],
            // Out of every Go range with a prefix, or beyond float64: go-yaml keeps the text.
            ["0x1FFFFFFFFFFFFFFFF", undefined],
            ["1e400", undefined],
            ["0x", undefined],
            ["0o8", undefined],
            ["0x1F-rc", undefined],
            ["1e3x", undefined],
            ["abc", undefined],
        ];
        for (const [text, expected] of cases)
            it(`${text} → ${String(expected)}`, () => assert.deepEqual(goYamlNumber(text), expected));
    });

    it("bad input: `trustDomain.keyTags.cost-center: 1e400` (beyond float64: text to Pulumi, Infinity to YAML 1.2): exit 2 naming it", async () => {
        const run = await check("trust-domain", costCenter("1e400"));
        assert.equal(run.code, 2, show(run));
        assert.match(
            run.stderr,
            /trustDomain\.keyTags\.cost-center is the plain number 1e400 \(Pulumi reads the text, YAML 1\.2 Infinity\)/,
        );
        noStackTrace(run.stderr);
    });
});
