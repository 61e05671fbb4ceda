// The audit-input harness of the tools' red-team files (rounds 55 on): bad export files and flags given to the audit
// (`tools/audit/main.ts`), each refused with exit 2, a message naming what is wrong, no stack trace, and the export
// left as it was.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as auditMain } from "../../tools/audit/main";
import { exportOf } from "../audit/support";
import { capture, noStackTrace, showRun } from "./support";

/** What a case builds its command line from: files in a fresh temporary directory, and dev's export as JSON text. */
export interface AuditInputs {
    /** dev's export, as `pulumi stack export` writes it (read once, before the cases run). */
    exportText: () => string;
    /** The temporary directory itself. */
    tmp: () => string;
    /** Writes `text` to a new file in the temporary directory and returns its path. */
    write: (text: string) => string;
    /** A new path in the temporary directory, for --out. */
    out: () => string;
}

/** One refused audit run: its arguments and what its message must say. */
export interface AuditRefusal {
    title: string;
    argv: () => string[];
    says: RegExp;
}

export interface AuditRefusalOptions {
    /** Appends `--out <new path>` to every command line (the cases name no --out of their own). */
    appendOut?: boolean;
    /** Also checks that dev's export, unchanged, is not refused (exit other than 2). */
    acceptsTheExport?: boolean;
}

/**
 * Registers a describe that runs each case of `cases(io)` through the audit: exit 2, stderr matching `says`, no stack
 * trace, and the file given to --state unchanged.
 */
export function describeAuditRefusals(
    tmpPrefix: string,
    cases: (io: AuditInputs) => AuditRefusal[],
    options: AuditRefusalOptions = {},
): void {
    describe("the audit's export reader and flags: refused clearly before anything is written (exit 2)", () => {
        let tmp = "";
        let exportText = "";
        let n = 0;
        before(async () => {
            tmp = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
            exportText = JSON.stringify(await exportOf("dev"));
        });
        after(() => {
            if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
        });
        const io: AuditInputs = {
            exportText: () => exportText,
            tmp: () => tmp,
            write: text => {
                const file = path.join(tmp, `state-${++n}.json`);
                fs.writeFileSync(file, text);
                return file;
            },
            out: () => path.join(tmp, `out-${++n}`),
        };
        const audit = (argv: string[]) =>
            capture(run => auditMain(options.appendOut ? [...argv, "--out", io.out()] : argv, { ...run }));
        for (const c of cases(io)) {
            it(`refused: ${c.title}`, async () => {
                const argv = c.argv();
                const state = argv[argv.indexOf("--state") + 1];
                const before = fs.existsSync(state) && fs.statSync(state).isFile() ? fs.readFileSync(state) : undefined;
                const run = await audit(argv);
                assert.equal(run.code, 2, showRun(run));
                assert.match(run.stderr, c.says, showRun(run));
                noStackTrace(run.stderr);
                if (before) assert.ok(fs.readFileSync(state).equals(before), "the export is left as it was");
            });
        }
        if (options.acceptsTheExport) {
            it("accepted: the dev export as `pulumi stack export` writes it (version 3)", async () => {
                const run = await audit(["--state", io.write(exportText), "--out", io.out()]);
                assert.notEqual(run.code, 2, showRun(run));
                noStackTrace(run.stderr);
            });
        }
    });
}
