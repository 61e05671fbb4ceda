/**
 * The check of an output directory (`--out DIR` of the offline preview and the audit), made before anything is
 * run, removed or written: DIR must be a directory or not exist yet (it is then created), and its nearest
 * existing ancestor must be a directory. Otherwise fs reports ENOTDIR from deep inside the run, naming neither
 * the flag nor the fix.
 */
import * as fs from "fs";
import * as path from "path";
import { danglingLinkText, errnoText } from "./paths";

/** The problem with `dir` as an output directory, with its fix; undefined when it can be used. */
export function outDirProblem(dir: string, flag = "--out"): string | undefined {
    let at = path.resolve(dir);
    for (;;) {
        let stat: fs.Stats | undefined;
        try {
            stat = fs.statSync(at);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            // ENOTDIR: an ancestor is a file; the walk up names it.
            if (code !== "ENOENT" && code !== "ENOTDIR")
                return `${flag} ${dir} cannot be used ${errnoText(code ?? String(e))}; pass ${flag} with a directory you can write.`;
        }
        if (!stat && isLink(at))
            return `${flag} ${dir} cannot be created: ${danglingLinkText(at, fs.readlinkSync(at))}; pass ${flag} with another path, or create the link's target (nothing was written).`;
        if (stat) {
            if (stat.isDirectory()) return undefined;
            return at === path.resolve(dir)
                ? `${flag} ${dir} is a file, not a directory: pass ${flag} with a directory (created if missing), or move that file (nothing was written).`
                : `${flag} ${dir} cannot be created: ${at} is a file, not a directory; pass ${flag} with another path (nothing was written).`;
        }
        const parent = path.dirname(at);
        if (parent === at) return undefined;
        at = parent;
    }
}

/** Whether `at` is a symbolic link itself (false when it, or an ancestor, is missing or not a directory). */
function isLink(at: string): boolean {
    try {
        return fs.lstatSync(at).isSymbolicLink();
    } catch {
        return false;
    }
}
