// The README's main command, end to end, as a user runs it: a separate process via npm, the policy pack
// started by the command itself, nothing but node_modules.
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "../../tools/offline/preview";

describe("npm run preview:offline (separate process)", function () {
    this.timeout(180_000);

    it("previews prod with --json: exit 0, the JSON report alone on stdout, the files written", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "offline-e2e-"));
        try {
            const env = { ...process.env };
            for (const k of Object.keys(env)) if (k.startsWith("TS_NODE_")) delete env[k];
            const r = spawnSync(
                "npm",
                ["run", "--silent", "preview:offline", "--", "--stack", "prod", "--json", "--out", out],
                { cwd: PROJECT_DIR, encoding: "utf8", env },
            );
            assert.equal(r.status, 0, r.stderr);
            const report = JSON.parse(r.stdout);
            assert.equal(report.stack, "prod");
            assert.equal(report.verdict, "pass");
            assert.equal(report.pack.name, "custody-guard");
            assert.match(r.stderr, /starting the policy pack/);
            assert.doesNotMatch(r.stderr, /\n\s+at /);
            for (const f of [
                "plan.json",
                "report.md",
                "report.json",
                "manifests/serviceaccount-validators-containment-chamber.yaml",
            ]) {
                assert.ok(fs.existsSync(path.join(out, f)), f);
            }
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });

    it("exits 2 on an unknown flag, before starting anything", () => {
        const r = spawnSync("npx", ["ts-node", "--transpile-only", "tools/offline/cli.ts", "--stacks", "prod"], {
            cwd: PROJECT_DIR,
            encoding: "utf8",
        });
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /offline preview: unknown option --stacks\. Run with --help for the options\./);
    });
});
