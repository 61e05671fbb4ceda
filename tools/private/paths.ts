/**
 * The one check of the tools' file arguments (the offline preview's, the audit's and custody-model's): what a path
 * names, and the one sentence for each bad shape (a directory, a dangling or looping symbolic link, a file where a
 * directory is needed, a file too large to hold), so the same bad input gets the same message in every tool.
 *
 * Input files are read as the Pulumi CLI reads them: a stack file with os.ReadFile (pulumi/pulumi
 * sdk/go/common/workspace/loaders.go readFileStripUTF8BOM "wraps os.ReadFile"), which reads any readable file to EOF,
 * a pipe or a character device included (pkg.go.dev/os#ReadFile): `--config <(sops -d Pulumi.dev.yaml)` (bash
 * "Process Substitution": a /dev/fd/N pipe) and /dev/null (read as empty) are read, not called directories.
 */
import * as fs from "fs";
import * as path from "path";

/** What a path names, following symbolic links, with the reason when it names nothing usable. */
export type PathState =
    | { kind: "missing" }
    /** A symbolic link (at the path itself) whose target does not exist. */
    | { kind: "dangling"; target: string }
    /** An ancestor of the path is not a directory (ENOTDIR): `at` is that ancestor. */
    | { kind: "blocked"; at: string }
    /** stat(2) failed otherwise (ELOOP, EACCES, ENAMETOOLONG...). */
    | { kind: "error"; code: string }
    | { kind: "directory" }
    | { kind: "file"; size: number }
    /** A FIFO (a pipe: process substitution) or a character device (/dev/null): read to EOF, size unknown. */
    | { kind: "stream" }
    /** A socket or a block device: no file to read or write. */
    | { kind: "special"; what: string };

export function pathState(file: string): PathState {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(file);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        if (code === "ENOENT") {
            const target = linkTarget(file);
            return target === undefined ? { kind: "missing" } : { kind: "dangling", target };
        }
        if (code === "ENOTDIR") return { kind: "blocked", at: nonDirectoryAncestor(file) };
        return { kind: "error", code };
    }
    if (stat.isDirectory()) return { kind: "directory" };
    if (stat.isFile()) return { kind: "file", size: stat.size };
    if (stat.isFIFO() || stat.isCharacterDevice()) return { kind: "stream" };
    return { kind: "special", what: stat.isSocket() ? "a socket" : "a block device" };
}

/** The one sentence for a dangling link (also --out's, tools/private/outDir.ts). */
export function danglingLinkText(link: string, target: string): string {
    return `${link} is a symbolic link to ${target}, which does not exist`;
}

/** The one text for an errno from stat(2) or open(2): the code in parentheses, and what ELOOP means. */
export function errnoText(code: string): string {
    // open(2), ELOOP: "Too many symbolic links were encountered in resolving pathname" (a link loop).
    return code === "ELOOP" ? `(${code}): a symbolic link on the path loops back to itself` : `(${code})`;
}

/** The one sentence for a path below a file (ENOTDIR). */
export function blockedText(at: string): string {
    return `${at} is a file, not a directory`;
}

/**
 * The largest input file the tools read: below V8's cap on one string (buffer.constants.MAX_STRING_LENGTH,
 * 0x1fffffe8 characters on 64-bit, nodejs.org/api/buffer.html#bufferconstantsmax_string_length), past which
 * Buffer.toString throws "Cannot create a string longer than ...", with room for JSON.parse; the largest export the
 * benchmark audits (BENCH_AUDIT_RESOURCES, 100000 resources) is well under it.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 3 : 0)} MiB`;

/** An input file that cannot be read; `missing` when nothing is at the path (each tool names its own fix then). */
export class InputFileError extends Error {
    constructor(
        message: string,
        readonly missing = false,
    ) {
        super(message);
        this.name = "InputFileError";
    }
}

/**
 * Why `file` cannot be read as `what` ("a stack file", "a stack export"), or undefined when it can be (a regular
 * file within `maxBytes`, a pipe, a character device). The sentence names the file and what is wrong; the caller
 * appends its fix. `regularOnly`: a pipe or a device is refused too (a file that is committed and rewritten).
 */
export function inputFileProblem(
    file: string,
    what: string,
    opts: { maxBytes?: number; regularOnly?: boolean } = {},
): InputFileError | undefined {
    const state = pathState(file);
    const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
    switch (state.kind) {
        case "missing":
            return new InputFileError(`${file} does not exist`, true);
        case "dangling":
            return new InputFileError(danglingLinkText(file, state.target));
        case "blocked":
            return new InputFileError(`cannot read ${file}: ${blockedText(state.at)}`);
        case "error":
            return new InputFileError(`cannot read ${file} ${errnoText(state.code)}`);
        case "directory":
            return new InputFileError(`${file} is a directory, not ${what}`);
        case "special":
            return new InputFileError(`${file} is ${state.what}, not ${what}`);
        case "stream":
            return opts.regularOnly
                ? new InputFileError(
                      `${file} is a pipe or a device, not a regular file (git commits only files and links, and --write rewrites it in place)`,
                  )
                : undefined;
        case "file":
            return state.size > maxBytes
                ? new InputFileError(
                      `${file} is ${state.size} bytes (${mib(state.size)}), over the tools' limit of ${maxBytes} bytes (${mib(maxBytes)}) for ${what}: it cannot be ${what} of this project`,
                  )
                : undefined;
    }
}

/**
 * The bytes of `file`, checked by inputFileProblem first (nothing is read from a file refused by its size), then
 * read to EOF; a pipe is read up to the limit. Every failure is an InputFileError.
 */
export function readInputFile(
    file: string,
    what: string,
    opts: { maxBytes?: number; regularOnly?: boolean } = {},
): Buffer {
    const problem = inputFileProblem(file, what, opts);
    if (problem) throw problem;
    const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
    let fd: number | undefined;
    try {
        fd = fs.openSync(file, "r");
        const chunks: Buffer[] = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
            const n = fs.readSync(fd, chunk, 0, chunk.length, null);
            if (n === 0) break;
            chunks.push(chunk.subarray(0, n));
            total += n;
            if (total > maxBytes)
                throw new InputFileError(
                    `${file} holds more than ${maxBytes} bytes (${mib(maxBytes)}), the tools' limit for ${what}: it cannot be ${what} of this project`,
                );
        }
        return Buffer.concat(chunks, total);
    } catch (e) {
        if (e instanceof InputFileError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        throw new InputFileError(`cannot read ${file} ${errnoText(code ?? (e as Error).message)}`);
    } finally {
        if (fd !== undefined) fs.closeSync(fd);
    }
}

/**
 * Why `file` cannot be written in place (custody-model --write): a directory, a dangling link (writing through it
 * would create its target, outside the project: open(2) O_CREAT "If pathname is a symbolic link ... the file is
 * created"), a pipe or a device, a loop, or a parent that is a file. Undefined when it can: an existing regular file
 * (or a link to one), or a missing file whose parent directories are directories or can be created.
 */
export function writeTargetProblem(file: string): string | undefined {
    const state = pathState(file);
    switch (state.kind) {
        case "file":
            return undefined;
        case "missing": {
            // The nearest existing ancestor must be a directory (a dangling link or a file there is named).
            for (let at = path.dirname(path.resolve(file)); ; at = path.dirname(at)) {
                const up = pathState(at);
                if (up.kind === "directory") return undefined;
                if (up.kind === "file" || up.kind === "stream" || up.kind === "special")
                    return `${file} cannot be created: ${blockedText(at)}`;
                if (up.kind === "dangling") return `${file} cannot be created: ${danglingLinkText(at, up.target)}`;
                if (up.kind === "blocked") return `${file} cannot be created: ${blockedText(up.at)}`;
                if (up.kind === "error") return `${file} cannot be created ${errnoText(up.code)}`;
                if (path.dirname(at) === at) return undefined;
            }
        }
        case "dangling":
            return danglingLinkText(file, state.target);
        case "blocked":
            return `${file} cannot be created: ${blockedText(state.at)}`;
        case "error":
            return `${file} cannot be written ${errnoText(state.code)}`;
        case "directory":
            return `${file} is a directory`;
        case "stream":
            return `${file} is a pipe or a device, not a regular file`;
        case "special":
            return `${file} is ${state.what}, not a regular file`;
    }
}

/** The target of `at` when `at` itself is a symbolic link (undefined otherwise, or when an ancestor is missing). */
function linkTarget(at: string): string | undefined {
    try {
        return fs.lstatSync(at).isSymbolicLink() ? fs.readlinkSync(at) : undefined;
    } catch {
        return undefined;
    }
}

/** The nearest ancestor of `file` that exists and is not a directory (the cause of ENOTDIR). */
function nonDirectoryAncestor(file: string): string {
    for (let at = path.dirname(path.resolve(file)); ; at = path.dirname(at)) {
        try {
            if (!fs.statSync(at).isDirectory()) return at;
        } catch {
            // missing or itself below a file: look further up
        }
        if (path.dirname(at) === at) return path.dirname(path.resolve(file));
    }
}
