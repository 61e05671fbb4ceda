// Which file Pulumi loads when no entry point names index.ts (a known gap closed in round 31): Node's `require(dir)`
// tries index.js, index.json and index.node before the extensions ts-node adds (Node.js docs, "Folders as modules"), so
// an index.js beside index.ts would be deployed while the offline tools judge index.ts. Refused unless Pulumi.yaml's
// main or package.json's main names index.ts (tools/offline/stackFile.ts pulumiEntryPoint, since round 33 the one
// model of run.js and Node's resolution).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";

async function check(projectDir: string) {
    let stdout = "";
    let stderr = "";
    const code = await custodyModelMain(["--stack", "prod", "--check"], {
        projectDir,
        stdout: s => {
            stdout += s;
        },
        stderr: s => {
            stderr += s;
        },
    });
    return { code, stdout, stderr };
}

describe("entry point: files Node loads before index.ts", function () {
    this.timeout(300_000);
    let tmp: string;
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "entry31-"));
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    /** A scratch project with the prod stack; `files` written at its root. */
    function project(files: Record<string, string>, pulumiMain?: string): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        const yaml = fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), "utf8");
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), pulumiMain ? `${yaml}main: ${pulumiMain}\n` : yaml);
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yaml"));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", "prod.json"),
            path.join(dir, "policy-pack", "config", "prod.json"),
        );
        for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
        return dir;
    }

    for (const shadow of ["index.js", "index.json", "index.node"])
        it(`bad input: ${shadow} at the root with no entry point naming index.ts: exit 2 naming ${shadow}`, async () => {
            const run = await check(project({ [shadow]: "module.exports = {};\n" }));
            assert.equal(run.code, 2, run.stdout.slice(0, 300));
            assert.match(run.stderr, new RegExp(shadow.replace(".", "\\.")));
            assert.match(run.stderr, /"main": "index\.ts"/);
            assert.doesNotMatch(run.stderr, /\n\s+at /);
        });
    it("bad input: index.js with a package.json naming no main", async () => {
        const run = await check(project({ "index.js": "", "package.json": JSON.stringify({ name: "custody-infra" }) }));
        assert.equal(run.code, 2, run.stdout.slice(0, 300));
        assert.match(run.stderr, /index\.js/);
    });
    it('good input: index.js beside a package.json with "main": "index.ts" (Pulumi loads index.ts)', async () => {
        const run = await check(
            project({ "index.js": "", "package.json": JSON.stringify({ name: "custody-infra", main: "index.ts" }) }),
        );
        assert.equal(run.code, 0, run.stderr);
    });
    it("good input: index.js beside Pulumi.yaml main: index.ts", async () => {
        const run = await check(project({ "index.js": "" }, "index.ts"));
        assert.equal(run.code, 0, run.stderr);
    });
    it("good input: no index.js (the repository as it is)", async () => {
        const run = await check(project({}));
        assert.equal(run.code, 0, run.stderr);
    });
});
