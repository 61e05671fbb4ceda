// Red-team round 71 on the tools (fresh eyes): neighbours of round 71's fix (custody-model --write runs the pack's
// Configure check, tools/offline/analyzer.ts packConfigRefusals) and input files that are not regular files.
// Probed (custody-model --write/--check on the pack config file): a directory, `policy-pack/config` a file, a symlink
// loop, a dangling symlink, a symlink to a shared file, no file at all, an empty file, 1e400 and 7.0000000000000001 in
// another section, a misspelt policy or level under --check; --write twice (idempotent).
// Probed (stack file / export as non-regular files): `--config` a FIFO (process substitution) and /dev/null in
// custody-model and the offline preview; `--state` a FIFO, /dev/null, a 600 MiB file, a symlink loop (also as --out),
// an audit report.json or an offline plan.json passed as the export; a --show-secrets export's plaintext secretKey.
// Misses: 8 bad inputs with an unclear error or a wrong write (pack config a directory under --write and --check,
// `policy-pack/config` a file, a symlink loop: stack traces from readPackConfig, mkdirSync, writeFileSync; a dangling symlink
// written through to a file outside the project; a 600 MiB export: "internal error: Cannot create a string longer
// than 0x1fffffe8"; /dev/null as --config named "a directory" in custody-model and the preview), 2 contradictions
// (--check says "agrees" on a pack config the preview and the audit refuse: a misspelt policy, a level "mandtory"),
// 1 valid input refused (--config a FIFO: Pulumi reads it with os.ReadFile; the tools call it "a directory").
// Held: the rest below (pinned).
import { strict as assert } from "assert";
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as auditMain } from "../../tools/audit/main";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { main as previewMain } from "../../tools/offline/main";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { exportOf } from "../audit/support";
import { inputFileProblem, readInputFile } from "../../tools/private/paths";
import { capture, noStackTrace, showRun } from "./support";

const COMMITTED_DEV = path.join(PROJECT_DIR, "policy-pack", "config", "dev.json");

/** A project directory holding this repository's Pulumi.yaml, Pulumi.dev.yaml and policy-pack/config/dev.json. */
function project(tmp: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.dev.yaml"), path.join(dir, "Pulumi.dev.yaml"));
    fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
    fs.copyFileSync(COMMITTED_DEV, path.join(dir, "policy-pack", "config", "dev.json"));
    fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
    return dir;
}

const packFile = (dir: string) => path.join(dir, "policy-pack", "config", "dev.json");

/** custody-model in `dir`; an exception escaping main (a stack trace for the user) is returned as exit -1. */
const custodyModel = (argv: string[], dir: string) =>
    capture(io => custodyModelMain(argv, { ...io, projectDir: dir })).catch((e: Error) => ({
        code: -1,
        stdout: "",
        stderr: `uncaught: ${e.stack ?? String(e)}`,
    }));

/** A FIFO at `file` fed once with `source`'s bytes (as `<(cat source)` would be); returns the writer to kill. */
function fifoOf(file: string, source: string) {
    execFileSync("mkfifo", [file]);
    const writer = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", source, file], { stdio: "ignore" });
    return () => writer.kill();
}

describe("red team 71: the tools on odd files (pack config shapes, non-regular inputs) and --check against the pack", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt71-tools-"));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    describe("custody-model: the pack config file's shape", () => {
        // Was a MISS (fixed in round 72): Node's fs.readFileSync on a directory fails with EISDIR (nodejs.org/api/fs.html#fsreadfilesyncpath-options:
        // "reading a directory ... on Linux ... an error will be returned"). A pack config that is a directory (a bad
        // `git checkout`, `mkdir -p policy-pack/config/dev.json`) is bad input: custody-model --write throws it out of
        // main (tools/custody-model/main.ts readPackConfig: fs.existsSync then readFileSync; collect() rethrows
        // anything not a StackFileError), so the user gets a Node stack trace and no fix. Nothing is written, so it is
        // harmless but unclear. Fix: in readPackConfig, statSync first and throw a StackFileError "<file> is a
        // directory, not a pack config; remove it or restore the file from git (nothing was written)"; and turn any
        // other read error (ELOOP, EACCES) into a StackFileError naming the code, as readExport does.
        it("bad input: --write with policy-pack/config/dev.json a directory: exit 2 naming it, no stack trace", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            fs.mkdirSync(packFile(dir));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /dev\.json is a directory/, showRun(run));
            noStackTrace(run.stderr);
        });
        // Was a MISS (fixed in round 72): same cause (readPackConfig, EISDIR) under --check: a stack trace instead of exit 2 with the fix.
        it("bad input: --check with policy-pack/config/dev.json a directory: exit 2 naming it, no stack trace", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            fs.mkdirSync(packFile(dir));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /dev\.json is a directory/, showRun(run));
            noStackTrace(run.stderr);
        });
        // Was a MISS (fixed in round 72): `policy-pack/config` a file (not a directory): fs.existsSync(target) is false (ENOTDIR), so every check
        // passes, and --write then throws EEXIST from fs.mkdirSync(path.dirname(target), {recursive: true})
        // (tools/custody-model/main.ts main, the write branch; Node: mkdirSync recursive fails with EEXIST when the
        // path is a file, nodejs.org/api/fs.html#fsmkdirsyncpath-options) out of main: a stack trace, after the
        // "before anything is written" checks said nothing. Fix: check the target's directory before writing, as
        // tools/private/outDir.ts outDirProblem does for --out ("… is a file, not a directory; … (nothing was written)").
        it("bad input: --write with policy-pack/config a file: exit 2 naming it, no stack trace", async () => {
            const dir = project(tmp);
            fs.rmSync(path.join(dir, "policy-pack", "config"), { recursive: true });
            fs.writeFileSync(path.join(dir, "policy-pack", "config"), "not a directory\n");
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /policy-pack\/config is a file/, showRun(run));
            noStackTrace(run.stderr);
        });
        // Was a MISS (fixed in round 72): a symlink loop (dev.json -> dev.json): Linux open(2) fails with ELOOP ("Too many symbolic links were
        // encountered in resolving pathname", man7.org/linux/man-pages/man2/open.2.html). fs.existsSync says false
        // (its access(2) fails), so readPackConfig reads "no pack config", the round-71 check is skipped (`opts.write
        // && packConfig`), and the final fs.writeFileSync throws ELOOP out of main: a stack trace after every check
        // passed. Fix: tell "missing" (ENOENT) from "unreadable" (lstat/stat errors) in readPackConfig and refuse the
        // latter as a StackFileError naming the file and the code, before anything is written.
        it("bad input: --write with dev.json a symlink to itself (ELOOP): exit 2 naming it, no stack trace", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            fs.symlinkSync(packFile(dir), packFile(dir));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /ELOOP|symbolic link/, showRun(run));
            noStackTrace(run.stderr);
        });
        // Was a MISS (fixed in round 72): dev.json a dangling symlink (its target moved or not checked out): fs.existsSync follows it and says
        // false, so readPackConfig reads "no pack config", the round-71 Configure check is skipped (`opts.write &&
        // packConfig`), and fs.writeFileSync opens the link with O_CREAT, which creates the link's TARGET (open(2):
        // "If pathname is a symbolic link ... O_CREAT ... the file is created at the target", man7.org open.2; the
        // file lands outside the project, e.g. in a sibling checkout) holding the custody-model section alone: the
        // other sections (`all: mandatory`, levels) are gone, and the message says "wrote ... policy-pack/config/
        // dev.json; review and commit it" (git commits the link only). The tools' own rule for --out
        // (tools/private/outDir.ts: "is a symbolic link to X, which does not exist ... (nothing was written)") is the
        // fix: refuse a dangling link as the target, naming it and its target.
        it("bad input: --write with dev.json a dangling symlink: exit 2 naming the link, nothing created at its target", async () => {
            const dir = project(tmp);
            const target = path.join(tmp, `elsewhere-${path.basename(dir)}.json`);
            fs.rmSync(packFile(dir));
            fs.symlinkSync(target, packFile(dir));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /symbolic link/, showRun(run));
            assert.equal(fs.existsSync(target), false, "nothing written at the link's target");
        });
        it("bad input (round 72 neighbour): --check with dev.json a dangling symlink: exit 2 naming the link, not 'no such file'", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            fs.symlinkSync(path.join(tmp, "nowhere.json"), packFile(dir));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(
                run.stderr,
                /dev\.json is a symbolic link to .*nowhere\.json, which does not exist/,
                showRun(run),
            );
        });
        it("bad input (round 72 neighbour): --write with policy-pack/config a dangling symlink (dev.json missing): exit 2, nothing created", async () => {
            const dir = project(tmp);
            const target = path.join(tmp, `cfg-elsewhere-${path.basename(dir)}`);
            fs.rmSync(path.join(dir, "policy-pack", "config"), { recursive: true });
            fs.symlinkSync(target, path.join(dir, "policy-pack", "config"));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(
                run.stderr,
                /config is a symbolic link to .*cfg-elsewhere-.*, which does not exist/,
                showRun(run),
            );
            assert.match(run.stderr, /nothing was written/, showRun(run));
            assert.equal(fs.existsSync(target), false, "nothing created at the link's target");
            noStackTrace(run.stderr);
        });
        it("bad input (round 72 neighbour): --write and --check with dev.json a FIFO: exit 2 naming it (not a committed file), no hang", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            execFileSync("mkfifo", [packFile(dir)]);
            for (const mode of ["--write", "--check"]) {
                const run = await custodyModel(["--stack", "dev", mode], dir);
                assert.equal(run.code, 2, showRun(run));
                assert.match(run.stderr, /dev\.json is a pipe or a device, not a regular file/, showRun(run));
            }
            assert.ok(fs.statSync(packFile(dir)).isFIFO(), "left as it was");
        });
        it("bad input (round 72 neighbour): the offline preview and the audit on a dangling-link pack config: the same 'symbolic link' refusal, not 'no pack config'", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            fs.symlinkSync(path.join(tmp, "nowhere-too.json"), packFile(dir));
            const expected = /pack config: .*dev\.json is a symbolic link to .*nowhere-too\.json, which does not exist/;
            const preview = await capture(io =>
                previewMain(["--stack", "dev", "--out", path.join(tmp, "p-dangling")], { ...io, projectDir: dir }),
            );
            assert.equal(preview.code, 2, showRun(preview));
            assert.match(preview.stderr, expected, showRun(preview));
            const source = path.join(tmp, "dev-export-dangling.json");
            fs.writeFileSync(source, JSON.stringify(await exportOf("dev")));
            const audit = await capture(io =>
                auditMain(["--state", source, "--out", path.join(tmp, "a-dangling")], { ...io, projectDir: dir }),
            );
            assert.equal(audit.code, 2, showRun(audit));
            assert.match(audit.stderr, expected, showRun(audit));
            const model = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.match(model.stderr, expected, showRun(model));
        });
        it("bad input: --write with an empty pack config: exit 2, 'not valid JSON', nothing written", async () => {
            const dir = project(tmp);
            fs.writeFileSync(packFile(dir), "");
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /dev\.json is not valid JSON.*fix or restore it first/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), "");
        });
        // JSON.parse reads 1e400 as Infinity (ECMA-262 Number parsing, then JSON.stringify writes null): --write
        // would silently turn another section's value into null; the round-71 check names it instead.
        it("bad input: --write over minimumDeletionWindowInDays 1e400 in another section: refused naming it, nothing written", async () => {
            const dir = project(tmp);
            const text = fs
                .readFileSync(packFile(dir), "utf8")
                .replace(
                    '"all": "mandatory",',
                    '"all": "mandatory",\n  "kms-key-lifecycle": { "minimumDeletionWindowInDays": 1e400 },',
                );
            fs.writeFileSync(packFile(dir), text);
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /minimumDeletionWindowInDays must be an integer/, showRun(run));
            assert.match(run.stderr, /nothing was written/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), text);
        });
        // Go's encoding/json (the CLI reads the pack config with json.Unmarshal) and JSON.parse both read
        // 7.0000000000000001 as the float64 7 (RFC 8259 §6: IEEE 754 binary64), so rewriting it as 7 keeps its meaning.
        it("secure: --write over 7.0000000000000001 in another section: written (as 7, the same binary64)", async () => {
            const dir = project(tmp);
            fs.writeFileSync(
                packFile(dir),
                fs
                    .readFileSync(packFile(dir), "utf8")
                    .replace(
                        '"all": "mandatory",',
                        '"all": "mandatory",\n  "kms-key-lifecycle": { "minimumDeletionWindowInDays": 7.0000000000000001 },',
                    ),
            );
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 0, showRun(run));
            assert.match(fs.readFileSync(packFile(dir), "utf8"), /"minimumDeletionWindowInDays": 7\b/);
        });
        it("secure: --write through a symlink to a shared file: the shared file is written, the link kept; twice is idempotent", async () => {
            const dir = project(tmp);
            const shared = path.join(tmp, `shared-${path.basename(dir)}.json`);
            fs.renameSync(packFile(dir), shared);
            fs.symlinkSync(shared, packFile(dir));
            const first = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(first.code, 0, showRun(first));
            assert.ok(fs.lstatSync(packFile(dir)).isSymbolicLink(), "the link is kept");
            const once = fs.readFileSync(shared, "utf8");
            assert.equal(once, fs.readFileSync(COMMITTED_DEV, "utf8"), "the committed file, byte for byte");
            const second = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(second.code, 0, showRun(second));
            assert.equal(fs.readFileSync(shared, "utf8"), once, "idempotent");
        });
        it("secure: --write with no pack config yet: the file is created with the model, then --check agrees", async () => {
            const dir = project(tmp);
            fs.rmSync(packFile(dir));
            const write = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(write.code, 0, showRun(write));
            const check = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(check.code, 0, showRun(check));
        });
        it("bad input: custody-model --config the pack config JSON (a wrong file): exit 2 naming the missing config: map", async () => {
            const dir = project(tmp);
            const run = await custodyModel(["--stack", "dev", "--config", packFile(dir), "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /has no top-level config: map/, showRun(run));
            noStackTrace(run.stderr);
        });
    });

    describe("custody-model --check against the pack's own check (round 71's packConfigRefusals)", () => {
        // Was a MISS (fixed in round 72): --check is what a reviewer or CI runs to confirm policy-pack/config/<stack>.json is in step; since
        // round 71 --write refuses a file the pack's Configure (policy-pack/private/configureGuard.ts) or the CLI
        // (pulumi/pulumi pkg/resource/analyzer/config.go parsePolicyPackConfig/ReconcilePolicyPackConfig: a level must
        // be advisory, mandatory, remediate or disabled) refuses, but --check (tools/custody-model/main.ts main, the
        // check branch) compares the custody-model section only and prints "agrees" (exit 0) on a file the offline
        // preview and the audit then refuse (exit 2). Harmless to the cloud (the preview refuses), but the tools
        // contradict each other. Fix: run packConfigFileProblems (packConfigRefusals) under --check too and exit 2
        // naming the entries, as --write does.
        it("bad input: --check with a misspelt policy section (no-dynamodb-bach): exit 2 naming it, not 'agrees'", async () => {
            const dir = project(tmp);
            const cfg = JSON.parse(fs.readFileSync(packFile(dir), "utf8")) as Record<string, unknown>;
            cfg["no-dynamodb-bach"] = "mandatory";
            fs.writeFileSync(packFile(dir), JSON.stringify(cfg, null, 2));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /no-dynamodb-bach/, showRun(run));
        });
        // Was a MISS (fixed in round 72): as above, a level the CLI itself refuses ("mandtory"): --check "agrees".
        it("bad input: --check with share-custody: \"mandtory\": exit 2 naming the level, not 'agrees'", async () => {
            const dir = project(tmp);
            const cfg = JSON.parse(fs.readFileSync(packFile(dir), "utf8")) as Record<string, unknown>;
            cfg["share-custody"] = "mandtory";
            fs.writeFileSync(packFile(dir), JSON.stringify(cfg, null, 2));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /mandtory/, showRun(run));
        });
        it("secure (round 72 neighbour): --check with a valid non-default level (share-custody: advisory): agrees only on the model, exit 0", async () => {
            const dir = project(tmp);
            const cfg = JSON.parse(fs.readFileSync(packFile(dir), "utf8")) as Record<string, unknown>;
            cfg["share-custody"] = "advisory";
            fs.writeFileSync(packFile(dir), JSON.stringify(cfg, null, 2));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
        it("bad input (round 72 neighbour): --check with a stale model AND a misspelt level: exit 2 (the refusal wins over the diff)", async () => {
            const dir = project(tmp);
            const cfg = JSON.parse(fs.readFileSync(packFile(dir), "utf8")) as Record<string, unknown>;
            cfg["share-custody"] = "mandtory";
            delete cfg["custody-model"];
            fs.writeFileSync(packFile(dir), JSON.stringify(cfg, null, 2));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /mandtory/, showRun(run));
        });
        it("secure: --check on the committed dev config agrees (exit 0)", async () => {
            const run = await custodyModel(["--stack", "dev", "--check"], project(tmp));
            assert.equal(run.code, 0, showRun(run));
        });
    });

    describe("stack files and exports that are not regular files", () => {
        // Was a MISS (fixed in round 72): Pulumi reads a stack file with readFileStripUTF8BOM, which "wraps os.ReadFile" (pulumi/pulumi
        // sdk/go/common/workspace/loaders.go), and os.ReadFile reads any readable file to EOF, a pipe included
        // (pkg.go.dev/os#ReadFile). So `--config <(sops -d Pulumi.dev.yaml)` (bash process substitution: a
        // /dev/fd/N pipe, gnu.org bash manual "Process Substitution") is a valid stack file, and keeps the decrypted
        // file off disk. readStackFile (tools/offline/stackFile.ts: `!fs.statSync(file).isFile()`) refuses every
        // non-regular file with "is a directory, not a stack file", which is false for a pipe. Fix: read FIFOs and
        // character devices as Pulumi does (readFileSync reads a pipe to EOF), and say "is a directory" only for a
        // directory.
        // DECIDED (round 72): the FIFO is now read (tools/private/paths.ts readInputFile), never called "a
        // directory"; but this one is refused, by its NAME, as Pulumi refuses it: LoadProjectStack (pulumi/pulumi
        // sdk/go/common/workspace/loaders.go) calls marshallerForPath(path) before reading, and a name ending in
        // ".fifo" (or /dev/fd/63, what `<(...)` passes: no extension at all) is "no marshaler found for file format".
        // So `pulumi --config-file <(sops -d ...)` fails in Pulumi itself; the tools say so. The secure twin (a FIFO
        // named *.yaml, which Pulumi reads with os.ReadFile) is pinned below.
        it("bad input (DECIDED round 72): custody-model --config a FIFO named *.fifo: refused by its extension as Pulumi refuses it, not 'a directory'", async () => {
            const dir = project(tmp);
            const fifo = path.join(tmp, "dev-config.fifo");
            const stop = fifoOf(fifo, path.join(dir, "Pulumi.dev.yaml"));
            try {
                const run = await custodyModel(["--stack", "dev", "--config", fifo, "--check"], dir);
                assert.equal(run.code, 2, showRun(run));
                assert.doesNotMatch(run.stderr, /is a directory/, showRun(run));
                assert.match(run.stderr, /no marshaler found for file format '\.fifo'/, showRun(run));
            } finally {
                stop();
            }
        });
        it("secure (round 72 neighbour): custody-model --config a FIFO named dev-pipe.yaml fed the committed Pulumi.dev.yaml: read, --check agrees", async () => {
            const dir = project(tmp);
            const fifo = path.join(tmp, "dev-pipe.yaml");
            const stop = fifoOf(fifo, path.join(dir, "Pulumi.dev.yaml"));
            try {
                const run = await custodyModel(["--stack", "dev", "--config", fifo, "--check"], dir);
                assert.equal(run.code, 0, showRun(run));
            } finally {
                stop();
            }
        });
        it("bad input (round 72 neighbour): custody-model --config a link null.yaml -> /dev/null: read as empty, exit 2 'is empty', not 'a directory'", async () => {
            const link = path.join(tmp, "null.yaml");
            fs.symlinkSync("/dev/null", link);
            const run = await custodyModel(["--stack", "dev", "--config", link, "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.doesNotMatch(run.stderr, /is a directory/, showRun(run));
            assert.match(run.stderr, /null\.yaml is empty: it needs a top-level config: map/, showRun(run));
        });
        it("bad input (round 72 neighbour): custody-model --config a directory: still 'is a directory, not a stack file'", async () => {
            const run = await custodyModel(["--stack", "dev", "--config", tmp, "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /is a directory, not a stack file/, showRun(run));
        });
        it("bad input (round 72 neighbour): custody-model --config a dangling link *.yaml: exit 2 naming the link and its target", async () => {
            const link = path.join(tmp, "gone-link.yaml");
            fs.symlinkSync(path.join(tmp, "gone-target.yaml"), link);
            const run = await custodyModel(["--stack", "dev", "--config", link, "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.match(
                run.stderr,
                /gone-link\.yaml is a symbolic link to .*gone-target\.yaml, which does not exist/,
                showRun(run),
            );
        });
        // Was a MISS (fixed in round 72): /dev/null (a character device; Pulumi's os.ReadFile reads it as empty) given as --config is bad input,
        // refused, but as "is a directory" (readStackFile's isFile test). Fix: as above; an empty read then gets the
        // existing "stack file … is empty: it needs a top-level config: map".
        // DECIDED (round 72): refused (exit 2), no longer "a directory", but by its name first, as Pulumi does
        // (loaders.go LoadProjectStack: marshallerForPath before the read; "/dev/null" has no extension); the
        // "is empty" message is pinned on a link null.yaml -> /dev/null above.
        it("bad input: custody-model --config /dev/null: exit 2, refused by its name (no extension) as Pulumi refuses it, not 'a directory'", async () => {
            const run = await custodyModel(["--stack", "dev", "--config", "/dev/null", "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.doesNotMatch(run.stderr, /is a directory/, showRun(run));
            assert.match(run.stderr, /no marshaler found for file format ''/, showRun(run));
        });
        // Was a MISS (fixed in round 72): the same readStackFile test in the offline preview: `--config /dev/null` "is a directory".
        it("bad input: preview:offline --config /dev/null: exit 2, named empty, not 'a directory'", async () => {
            const run = await capture(io =>
                previewMain(["--stack", "dev", "--config", "/dev/null", "--out", path.join(tmp, "p-null")], { ...io }),
            );
            assert.equal(run.code, 2, showRun(run));
            assert.doesNotMatch(run.stderr, /is a directory/, showRun(run));
            assert.equal(fs.existsSync(path.join(tmp, "p-null")), false, "nothing written");
        });
        it("secure: audit --state a FIFO fed a dev export (process substitution): audited, PASS, exit 0", async () => {
            const source = path.join(tmp, "dev-export.json");
            fs.writeFileSync(source, JSON.stringify(await exportOf("dev")));
            const fifo = path.join(tmp, "dev-export.fifo");
            const stop = fifoOf(fifo, source);
            try {
                const run = await capture(io =>
                    auditMain(["--state", fifo, "--out", path.join(tmp, "a-fifo")], { ...io }),
                );
                assert.equal(run.code, 0, showRun(run));
                assert.match(run.stderr, /audit: PASS/, showRun(run));
            } finally {
                stop();
            }
        });
        it("bad input: audit --state /dev/null: exit 2, 'is empty' with the export command", async () => {
            const run = await capture(io =>
                auditMain(["--state", "/dev/null", "--out", path.join(tmp, "a-null")], { ...io }),
            );
            assert.equal(run.code, 2, showRun(run));
            assert.match(
                run.stderr,
                /\/dev\/null is empty; produce it with `pulumi stack export --file FILE`/,
                showRun(run),
            );
            assert.equal(fs.existsSync(path.join(tmp, "a-null")), false, "nothing written");
        });
        it("bad input: audit --state and --out a symlink loop: exit 2 naming both (ELOOP), nothing written", async () => {
            const loop = path.join(tmp, "loop");
            fs.symlinkSync(loop, loop);
            const run = await capture(io => auditMain(["--state", loop, "--out", loop], { ...io }));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /--out .*loop cannot be used \(ELOOP\)/, showRun(run));
            assert.match(run.stderr, /cannot read .*loop \(ELOOP\)/, showRun(run));
        });
        for (const [name, doc] of [
            ["an audit's report.json", { stack: "dev", verdict: "pass", summary: {}, exitCode: 0 }],
            ["the offline preview's plan.json", { project: "custody-infra", stack: "dev", resources: [] }],
        ] as const) {
            it(`bad input: audit --state ${name} (the wrong file): exit 2, not a stack export, with the command`, async () => {
                const file = path.join(tmp, `wrong-${name.length}.json`);
                fs.writeFileSync(file, JSON.stringify(doc));
                const run = await capture(io =>
                    auditMain(["--state", file, "--out", path.join(tmp, "a-wrong")], { ...io }),
                );
                assert.equal(run.code, 2, showRun(run));
                assert.match(run.stderr, /is not a stack export: it has no top-level "deployment"/, showRun(run));
                assert.match(run.stderr, /pulumi stack export --file FILE/, showRun(run));
            });
        }
        // Was a MISS (fixed in round 72): V8 caps a string at 0x1fffffe8 characters (Node: buffer.constants.MAX_STRING_LENGTH, nodejs.org/api/
        // buffer.html#bufferconstantsmax_string_length); readExport (tools/audit/exportFile.ts) reads the file into a
        // Buffer inside its try, then calls bytes.toString("utf8") outside it, which throws "Cannot create a string
        // longer than 0x1fffffe8 characters" past ~512 MiB: the audit prints "internal error: …" (no file named, no
        // fix). Harmless (nothing is judged or written), but unclear. Fix: statSync the size first and refuse a file
        // over the limit naming its size, the limit, and that an export that large is not one stack of this project
        // (BENCH_AUDIT_RESOURCES caps the supported size at 100000 resources).
        it("bad input: audit --state a 600 MiB file: exit 2 naming the file and its size, not an internal error", async () => {
            const file = path.join(tmp, "huge.json");
            fs.writeFileSync(file, "");
            fs.truncateSync(file, 600 * 1024 * 1024);
            try {
                const run = await capture(io =>
                    auditMain(["--state", file, "--out", path.join(tmp, "a-huge")], { ...io }),
                );
                assert.equal(run.code, 2, showRun(run));
                assert.doesNotMatch(run.stderr, /internal error/, showRun(run));
                assert.match(run.stderr, /huge\.json/, showRun(run));
            } finally {
                fs.rmSync(file, { force: true });
            }
        });
        it("bad input (round 72 neighbour): audit --state a 2 MiB file with a limit below it is refused by size, before reading", () => {
            const file = path.join(tmp, "sized.json");
            fs.writeFileSync(file, "");
            fs.truncateSync(file, 2 * 1024 * 1024);
            const problem = inputFileProblem(file, "a stack export", { maxBytes: 1024 * 1024 });
            assert.ok(problem && !problem.missing);
            assert.match(
                problem.message,
                /sized\.json is 2097152 bytes \(2 MiB\), over the tools' limit of 1048576 bytes/,
            );
        });
        it("bad input (round 72 neighbour): a pipe holding more than the limit is cut at the limit and refused", async () => {
            const fifo = path.join(tmp, "big.fifo");
            execFileSync("mkfifo", [fifo]);
            const writer = spawn("sh", ["-c", 'head -c 3000000 /dev/zero > "$1"', "sh", fifo], { stdio: "ignore" });
            try {
                assert.throws(
                    () => readInputFile(fifo, "a stack export", { maxBytes: 1024 * 1024 }),
                    /big\.fifo holds more than 1048576 bytes/,
                );
            } finally {
                writer.kill();
            }
        });
        it("bad input (round 72 neighbour): audit --state and --out the same regular file: exit 2 naming --out, the export untouched", async () => {
            const file = path.join(tmp, "same.json");
            const text = JSON.stringify(await exportOf("dev"));
            fs.writeFileSync(file, text);
            const run = await capture(io => auditMain(["--state", file, "--out", file], { ...io }));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /--out .*same\.json is a file, not a directory/, showRun(run));
            assert.equal(fs.readFileSync(file, "utf8"), text);
        });
        it("bad input (round 72 neighbour): audit --state a dangling link: the same 'symbolic link' sentence as --out's", async () => {
            const link = path.join(tmp, "state-link.json");
            fs.symlinkSync(path.join(tmp, "state-target.json"), link);
            const run = await capture(io => auditMain(["--state", link, "--out", path.join(tmp, "a-link")], { ...io }));
            assert.equal(run.code, 2, showRun(run));
            assert.match(
                run.stderr,
                /state-link\.json is a symbolic link to .*state-target\.json, which does not exist/,
                showRun(run),
            );
            assert.equal(fs.existsSync(path.join(tmp, "a-link")), false, "nothing written");
        });
        it("bad input (round 72 neighbour): Pulumi.dev.yaml a dangling link: custody-model and the audit name the link, not 'unknown stack'", async () => {
            const dir = project(tmp);
            fs.rmSync(path.join(dir, "Pulumi.dev.yaml"));
            fs.symlinkSync(path.join(tmp, "moved-dev.yaml"), path.join(dir, "Pulumi.dev.yaml"));
            const expected = /Pulumi\.dev\.yaml is a symbolic link to .*moved-dev\.yaml, which does not exist/;
            const model = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(model.code, 2, showRun(model));
            assert.match(model.stderr, expected, showRun(model));
            const source = path.join(tmp, "dev-export-link.json");
            fs.writeFileSync(source, JSON.stringify(await exportOf("dev")));
            const audit = await capture(io =>
                auditMain(["--state", source, "--out", path.join(tmp, "a-stack-link")], { ...io, projectDir: dir }),
            );
            assert.equal(audit.code, 2, showRun(audit));
            assert.match(audit.stderr, expected, showRun(audit));
        });
        // Pulumi writes a secret's plaintext into an export only with --show-secrets (pulumi.com/docs/iac/cli/commands/
        // pulumi_stack_export: "--show-secrets  Emit secrets in plaintext in exported stack"); the audit must not copy
        // it into report.md/report.json or stdout, which are shared more widely than the export.
        it("secure: a --show-secrets export's AWS provider secretKey (plaintext secret): PASS, the value in no output", async () => {
            const doc = await exportOf("dev");
            const provider = doc.deployment.resources.find(r => r.type === "pulumi:providers:aws")!;
            const secret = {
                "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                plaintext: JSON.stringify("RT71-PLAINTEXT-SECRET-KEY"),
            };
            provider.inputs = { ...provider.inputs, secretKey: secret };
            provider.outputs = { ...provider.outputs, secretKey: secret };
            const file = path.join(tmp, "secret-export.json");
            fs.writeFileSync(file, JSON.stringify(doc));
            const out = path.join(tmp, "a-secret");
            const run = await capture(io => auditMain(["--state", file, "--out", out], { ...io }));
            assert.equal(run.code, 0, showRun(run));
            const written = ["report.md", "report.json"].map(f => fs.readFileSync(path.join(out, f), "utf8")).join("");
            assert.doesNotMatch(run.stdout + run.stderr + written, /RT71-PLAINTEXT-SECRET-KEY/);
        });
    });
});
