// Shared by the tools' red-team tests: the export shapes they edit, the stack files they check, and the checks every
// command's output gets.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";

/** A resource of a `pulumi stack export` document, as the tests edit it. */
export interface ExportResource {
    urn: string;
    type: string;
    custom?: boolean;
    id?: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    [k: string]: unknown;
}

/** A `pulumi stack export` document (apitype UntypedDeployment with a DeploymentV3). */
export type Export = {
    version: number;
    features?: string[] | null;
    deployment: { manifest: Record<string, unknown>; resources: ExportResource[]; [k: string]: unknown };
};

/** The first resource of `type` (named `name`, when given) in an export. */
export function find(doc: Export, type: string, name?: string): ExportResource {
    const r = doc.deployment.resources.find(x => x.type === type && (!name || x.urn.endsWith(`::${name}`)));
    assert.ok(r, `${type} ${name ?? ""}`);
    return r;
}

/** A PCL snippet (DeploymentV3.snippets, SnippetV1) registering the bucket `name`. */
export function pclSnippet(uuid: string, name: string) {
    return {
        uuid,
        name,
        type: "aws:s3/bucket:Bucket",
        code: `bucket = "${name}"`,
        descriptor: { name: "aws", version: "7.48.0" },
    };
}

/** Errors are for users: a message, never a stack trace. */
export function noStackTrace(text: string): void {
    assert.doesNotMatch(text, /\n\s+at /, "no stack trace");
}

/** A command's exit code and what it wrote, run with in-memory stdout and stderr. */
export async function capture(
    run: (io: { stdout: (s: string) => void; stderr: (s: string) => void }) => Promise<number>,
) {
    let stdout = "";
    let stderr = "";
    const code = await run({
        stdout: s => {
            stdout += s;
        },
        stderr: s => {
            stderr += s;
        },
    });
    return { code, stdout, stderr };
}

/** The export's JSON text with one exact piece of text replaced (the edit JSON.stringify cannot write). */
export function edited(doc: Export, from: string, to: string): string {
    const text = JSON.stringify(doc);
    assert.ok(text.includes(from), `the export holds ${from}`);
    return text.replace(from, to);
}

/** A command's run in one line, for an assertion's message. */
export const showRun = (run: { code: number; stderr: string; stdout: string }) =>
    `exit ${run.code}: ${run.stderr.slice(0, 800)} ${run.stdout.slice(0, 400)}`;

/** The committed stack file of `stack` with one exact piece of text replaced. */
export function committedStackFile(stack: string, from: string, to: string): string {
    const text = fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8");
    assert.ok(text.includes(from), `Pulumi.${stack}.yaml holds ${from}`);
    return text.replace(from, to);
}

/**
 * `custody-model --stack STACK --check` on a stack file, in a project directory holding this repository's Pulumi.yaml
 * and pack config; registers the mocha hooks that make and remove its temporary directory (call it in a describe).
 */
export function stackFileChecker(prefix: string) {
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });
    function project(stack: string, stackFile: string): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), stackFile);
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
            path.join(dir, "policy-pack", "config", `${stack}.json`),
        );
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
        return dir;
    }
    return (stack: string, stackFile: string) =>
        capture(io =>
            custodyModelMain(["--stack", stack, "--check"], { ...io, projectDir: project(stack, stackFile) }),
        );
}
