// The README's audit command as a user runs it: a separate process via npm, the pack started by the command.
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { exportOf } from "./support";

describe("npm run audit (separate process)", function () {
    this.timeout(180_000);

    it("audits a prod export with --json: exit 0, report.json alone on stdout, report.md written", async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "audit-e2e-"));
        try {
            const state = path.join(tmp, "prod-state.json");
            fs.writeFileSync(state, JSON.stringify(await exportOf("prod"), null, 4));
            const env = { ...process.env };
            for (const k of Object.keys(env)) if (k.startsWith("TS_NODE_")) delete env[k];
            const out = path.join(tmp, "out");
            const r = spawnSync("npm", ["run", "--silent", "audit", "--", "--state", state, "--json", "--out", out], {
                cwd: PROJECT_DIR,
                encoding: "utf8",
                env,
            });
            assert.equal(r.status, 0, r.stderr);
            const report = JSON.parse(r.stdout);
            assert.equal(report.stack, "prod");
            assert.equal(report.verdict, "pass");
            assert.match(r.stderr, /starting the policy pack/);
            assert.ok(fs.existsSync(path.join(out, "report.md")));
        } finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });
});
