// Red-team round 66 on the tools (fresh eyes): the custody-model generator's stack-file reader and flags, and the
// audit's export reader, on what rounds 54-65 did not probe, each stack file also run through go-yaml v3.0.1 itself
// (/tmp/rt54go/pyaml: loaders.go readFileStripUTF8BOM, then yaml.Unmarshal into `Config map[string]Value`).
// Probed (stack file, `custody-model --stack dev --check`):
//   - duplicate keys spelled otherwise: in a flow mapping (`{threshold: 2, threshold: 3}`), through a `\u0074` escape
//     in a double-quoted key, as an explicit `? threshold` key, a top-level config key repeated single-quoted: all
//     refused by both (go-yaml "mapping key already defined");
//   - a duplicate key through an alias (`&n namespace: validators` then `*n : team-b`, and the same on the
//     threshold, in block and flow maps, and on a top-level config key): go-yaml v3.0.1 does NOT refuse it (decode.go
//     mapping() compares Kind and Value, and an alias node's Kind differs) and keeps the last value; the tools read
//     the same last value (checked with readStackFile), so `--check` reports the model the deployment gets (exit 1,
//     namespace default) or the validator refuses the threshold 1 (exit 2): read alike, not filed;
//   - implicit keys over 1024 characters, block and flow: refused by both;
//   - block scalars (`|-`, `|`, `>-`, `|2-`), a double-quoted line continuation, single-quoted folding, plain
//     multi-line values, `?x`/`-x` plain keys, tabs after `:` and at line ends, an empty tag value, null tag value:
//     read alike (the validator refuses the values that are not names);
//   - a flow sequence continued on a line LESS indented than its key (go-yaml accepts it, the tools refuse it: "Flow
//     sequence in block collection must be sufficiently indented"): fail closed and nobody writes it; not filed.
// Probed (audit `--state FILE`): UTF-16LE with and without a BOM, a UTF-8 BOM, a second JSON value after the export,
// a trailing NUL, gzip, the deployment nested one level too deep, a backend checkpoint, version "3"/3e0/2^64+/-3,
// `null`/`[]`/empty/whitespace-only files, `"deployment": null`; a pretty-printed CRLF export and a version 4 export
// with no features (accepted: Pulumi reads both); lone UTF-16 surrogate escapes in an unknown field (accepted: Go
// ignores it) and inside the policy text (judged: exit 1).
// Probed (custody-model flags): --check with --write, a flag given as --stack=X and --stack X, a path as the stack
// name, a missing --config value, an unknown flag, a stray argument.
//
// Misses: none filed (0 insecure, 0 secure) in the 12-minute time box.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { main as auditMain } from "../../tools/audit/main";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { exportOf } from "../audit/support";
import { describeAuditRefusals } from "./auditExportCases";
import { describeStackFileCases, type StackCase } from "./stackFileCases";
import { capture, committedStackFile, noStackTrace, showRun } from "./support";

/** The committed dev shares block. */
const SHARES = "    shares:\n      accounts: [main, main, main]\n      threshold: 2\n";
const NAMESPACE = "    namespace: validators\n";
const ACCESS_PATHS = "    accessPaths: [antiSlashing, keySource, signerState]\n";
const OWNER = "    owner: platform-custody\n";
const dev = (from: string, to: string) => () => committedStackFile("dev", from, to);

const insecure: StackCase[] = [
    {
        title: "a flow mapping with threshold twice ({threshold: 2, threshold: 3})",
        stack: "dev",
        file: dev(SHARES, "    shares: {accounts: [main, main, main], threshold: 2, threshold: 3}\n"),
    },
    {
        title: 'threshold and a double-quoted "\\u0074hreshold" in one map (the same key after unescaping)',
        stack: "dev",
        file: dev(SHARES, `${SHARES}      "\\u0074hreshold": 3\n`),
    },
    {
        title: "threshold and an explicit `? threshold` key in one map",
        stack: "dev",
        file: dev(SHARES, `${SHARES}      ? threshold\n      : 3\n`),
    },
    {
        title: "custody-infra:kubernetes repeated at the end of config, single-quoted",
        stack: "dev",
        file: () =>
            `${committedStackFile("dev", "config:\n", "config:\n")}  'custody-infra:kubernetes':\n    context: other\n`,
    },
    {
        title: "a tag key over 1024 characters (go-yaml: could not find expected ':')",
        stack: "dev",
        file: dev(OWNER, `${OWNER}    ${"k".repeat(1100)}: v\n`),
    },
    {
        title: "a flow-mapping key over 1024 characters",
        stack: "dev",
        file: dev(OWNER, `${OWNER}    x: {${"k".repeat(1100)}: v}\n`),
    },
    {
        // go-yaml v3.0.1 keeps the alias's (last) value without "already defined"; the tools read it too, so the
        // model generated is the one Pulumi deploys (namespace team-b) and differs from the committed one.
        title: "the signer namespace repeated through an alias key (`&n namespace: validators`, `*n : team-b`): the model differs (exit 1)",
        stack: "dev",
        file: dev(NAMESPACE, "    &n namespace: validators\n    *n : team-b\n"),
        code: 1,
    },
    {
        title: "the threshold repeated through an alias key (`&t threshold: 2`, `*t : 1`): threshold 1 refused",
        stack: "dev",
        file: dev(SHARES, "    shares:\n      accounts: [main, main, main]\n      &t threshold: 2\n      *t : 1\n"),
    },
    {
        title: "the threshold repeated through an alias key in a flow map",
        stack: "dev",
        file: dev(SHARES, "    shares: {accounts: [main, main, main], &t threshold: 2, *t : 1}\n"),
    },
    {
        title: "a plain namespace continued on the next line (`vali dators` to both readers)",
        stack: "dev",
        file: dev(NAMESPACE, "    namespace: vali\n      dators\n"),
    },
    {
        title: "a namespace as a `|` block scalar (keeps its newline)",
        stack: "dev",
        file: dev(NAMESPACE, "    namespace: |\n      validators\n"),
    },
    {
        title: "a namespace as a `|2-` block scalar with more indentation (leading spaces kept)",
        stack: "dev",
        file: dev(NAMESPACE, "    namespace: |2-\n        validators\n"),
    },
];

const secure: StackCase[] = [
    {
        title: "comments after every shares line",
        stack: "dev",
        file: dev(
            SHARES,
            "    shares:   # three shares\n      accounts: [main, main, main]  # all in main\n      threshold: 2  # two of three\n",
        ),
    },
    {
        title: "the account as a flow mapping",
        stack: "dev",
        file: dev(
            '    main:\n      accountId: "111111111111"\n      region: eu-west-1\n',
            '    main: {accountId: "111111111111", region: eu-west-1}\n',
        ),
    },
    {
        title: "accessPaths as a block sequence",
        stack: "dev",
        file: dev(ACCESS_PATHS, "    accessPaths:\n      - antiSlashing\n      - keySource\n      - signerState\n"),
    },
    {
        title: "accessPaths as a flow sequence over three lines",
        stack: "dev",
        file: dev(ACCESS_PATHS, "    accessPaths: [antiSlashing,\n      keySource,\n      signerState]\n"),
    },
    {
        title: "accessPaths with a trailing comma",
        stack: "dev",
        file: dev(ACCESS_PATHS, "    accessPaths: [antiSlashing, keySource, signerState, ]\n"),
    },
    {
        title: "the accountId as `!!str 111111111111`",
        stack: "dev",
        file: dev('accountId: "111111111111"', "accountId: !!str 111111111111"),
    },
    {
        title: "the namespace as a `|-` block scalar",
        stack: "dev",
        file: dev(NAMESPACE, "    namespace: |-\n      validators\n"),
    },
    {
        title: "the namespace as a `>-` folded scalar",
        stack: "dev",
        file: dev(NAMESPACE, "    namespace: >-\n      validators\n"),
    },
    {
        title: "the namespace double-quoted with an escaped line break",
        stack: "dev",
        file: dev(NAMESPACE, '    namespace: "vali\\\n      dators"\n'),
    },
    {
        title: "a tab after the owner tag's colon",
        stack: "dev",
        file: dev(OWNER, "    owner:\tplatform-custody\n"),
    },
];

describe("red team 66: the custody model's stack-file reader, the audit's export reader, the flags", function () {
    this.timeout(600_000);

    describe("stack files (custody-model --stack dev --check)", () => {
        describeStackFileCases("rt66-tools-", insecure, secure);
    });

    describeAuditRefusals(
        "rt66-audit-",
        io => {
            const text = () => io.exportText();
            const doc = () => JSON.parse(io.exportText()) as { deployment: Record<string, unknown> };
            const file = (body: Buffer | string) => () => {
                const f = path.join(io.tmp(), `raw-${Math.random().toString(36).slice(2)}.json`);
                fs.writeFileSync(f, body);
                return ["--state", f];
            };
            return [
                {
                    title: "UTF-16LE with a BOM (Windows PowerShell's `>`)",
                    argv: () => file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(), "utf16le")]))(),
                    says: /UTF-16/,
                },
                { title: "a UTF-8 BOM before the JSON", argv: () => file(`\uFEFF${text()}`)(), says: /ufeff/ },
                {
                    title: "a second JSON value after the export",
                    argv: () => file(`${text()}\n{}\n`)(),
                    says: /not JSON/,
                },
                { title: "a NUL after the export", argv: () => file(`${text()}\u0000`)(), says: /not JSON/ },
                { title: "gzip-compressed", argv: () => file(zlib.gzipSync(text()))(), says: /gzip/ },
                {
                    title: "the export nested as the deployment",
                    argv: () => file(JSON.stringify({ version: 3, deployment: doc() }))(),
                    says: /manifest/,
                },
                {
                    title: "a backend checkpoint",
                    argv: () =>
                        file(JSON.stringify({ version: 3, checkpoint: { stack: "dev", latest: doc().deployment } }))(),
                    says: /checkpoint/,
                },
                {
                    title: 'version "3"',
                    argv: () => file(text().replace('"version":3', '"version":"3"'))(),
                    says: /version/,
                },
                {
                    title: "version 3e0",
                    argv: () => file(text().replace('"version":3', '"version":3e0'))(),
                    says: /version/,
                },
                {
                    title: "version beyond int64",
                    argv: () => file(text().replace('"version":3', '"version":30000000000000000000'))(),
                    says: /version/,
                },
                {
                    title: "version -3",
                    argv: () => file(text().replace('"version":3', '"version":-3'))(),
                    says: /version/,
                },
                { title: "whitespace only", argv: () => file("   \n")(), says: /empty/ },
                { title: "`null`", argv: () => file("null")(), says: /deployment/ },
                {
                    title: '`"deployment": null`',
                    argv: () => file('{"version":3,"deployment":null}')(),
                    says: /deployment/,
                },
            ];
        },
        { appendOut: true },
    );

    describe("accepted (exit 0): exports Pulumi reads as written", () => {
        let tmp = "";
        let exportText = "";
        before(async () => {
            tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt66-accepted-"));
            exportText = JSON.stringify(await exportOf("dev"));
        });
        after(() => {
            if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
        });
        const cases: Array<{ title: string; body: (t: string) => string }> = [
            {
                title: "pretty-printed with CRLF line ends",
                body: t => JSON.stringify(JSON.parse(t), null, 2).replace(/\n/g, "\r\n"),
            },
            { title: "version 4 with no features", body: t => t.replace('"version":3', '"version":4') },
        ];
        cases.forEach((c, i) => {
            it(`accepted: ${c.title}`, async () => {
                const file = path.join(tmp, `state-${i}.json`);
                fs.writeFileSync(file, c.body(exportText));
                const run = await capture(r =>
                    auditMain(["--state", file, "--out", path.join(tmp, `out-${i}`)], { ...r }),
                );
                assert.equal(run.code, 0, showRun(run));
                noStackTrace(run.stderr);
            });
        });
    });

    describe("custody-model flags: refused with a usage error (exit 2) naming the flag", () => {
        const cases: Array<{ argv: string[]; says: RegExp }> = [
            { argv: ["--stack", "dev", "--check", "--write"], says: /exclude each other/ },
            { argv: ["--stack=dev", "--stack", "dev", "--check"], says: /given twice/ },
            { argv: ["--stack", "../dev", "--check"], says: /not a stack name/ },
            { argv: ["--stack", "dev", "--config"], says: /--config needs a value/ },
            { argv: ["--stack", "dev", "--Check"], says: /unknown option --Check/ },
            { argv: ["--stack", "dev", "check"], says: /unexpected argument "check"/ },
        ];
        for (const c of cases) {
            it(`refused: custody-model ${c.argv.join(" ")}`, async () => {
                const run = await capture(io => custodyModelMain(c.argv, { ...io }));
                assert.equal(run.code, 2, showRun(run));
                assert.match(run.stderr, c.says, showRun(run));
                noStackTrace(run.stderr);
            });
        }
    });
});
