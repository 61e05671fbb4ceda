// Shared by the tools' red-team tests: the export shapes they edit, and the checks every command's output gets.
import { strict as assert } from "assert";

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
