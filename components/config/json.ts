/**
 * JSON text read strictly: a key written twice in one object is refused instead of read as its last value. The
 * one JSON reader of config: a stack value written as JSON text (`pulumi config set custody-infra:signer '{...}'`,
 * read by components/stack/load.ts and tools/custody-model/operations.ts) and a pack config file
 * (`--policy-pack-config`, read by tools/offline/analyzer.ts and tools/custody-model/main.ts); and, beyond config, a
 * `.json` project or stack file (tools/offline/stackFile.ts) and a stack export with its secrets' plaintexts
 * (tools/audit/exportFile.ts).
 *
 * RFC 8259 §4: "The names within an object SHOULD be unique", and when they are not "the behavior of software that
 * receives such an object is unpredictable"; JSON.parse (ECMA-262 JSON.parse, InternalizeJSONProperty) and Go's
 * encoding/json (the Pulumi CLI) both keep the LAST value without a word, while a reviewer reads the first.
 */

/** One key written more than once in one object. */
export interface DuplicateJsonKey {
    /** The key as JSON.parse decodes it (`"\u0061"` and `"a"` are the same key). */
    key: string;
    /** Where it is: the dotted path of the key itself, from the top of the text (`shares.threshold`, `[0].allow`). */
    path: string;
    /** How many times it is written in that object. */
    count: number;
}

/** The text is valid JSON but writes a key twice in one object: every such key, in the order of the text. */
export class DuplicateJsonKeyError extends Error {
    constructor(readonly duplicates: readonly DuplicateJsonKey[]) {
        super(duplicates.map(describeDuplicate).join("; "));
        this.name = "DuplicateJsonKeyError";
    }
}

/**
 * JSON.parse, refusing duplicate keys: a SyntaxError (from JSON.parse) for text that is not JSON, a
 * DuplicateJsonKeyError naming every key written twice otherwise; the parsed value when neither.
 */
export function parseJsonStrict(text: string): unknown {
    const value: unknown = JSON.parse(text);
    const duplicates = duplicateJsonKeys(text);
    if (duplicates.length > 0) throw new DuplicateJsonKeyError(duplicates);
    return value;
}

/** `"namespace" written twice (at shares.namespace)`: the key and where, for a message that then says the fix. */
export function describeDuplicate(d: DuplicateJsonKey): string {
    const times = d.count === 2 ? "twice" : `${d.count} times`;
    const where = d.path === joinPath("", d.key) ? "at the top level" : `at ${d.path}`;
    return `"${d.key}" written ${times} in one object (${where})`;
}

/** The path of a duplicate key under `base` (`signer` + `shares.threshold`, `custody:operations` + `[0].allow`). */
export function duplicatePath(base: string, d: DuplicateJsonKey): string {
    return d.path.startsWith("[") ? `${base}${d.path}` : `${base}.${d.path}`;
}

/** The message of a duplicate key found in the JSON text of `where` (a config key), with the fix. */
export function duplicateMessage(d: DuplicateJsonKey, where: string): string {
    return `is written ${d.count === 2 ? "twice" : `${d.count} times`} in one object of the JSON text of ${where}; ${DUPLICATE_KEY_FIX}.`;
}

/** The advice that goes with every duplicate. */
export const DUPLICATE_KEY_FIX =
    "JSON readers (JavaScript's JSON.parse, the Pulumi CLI's Go encoding/json) keep only the last one, silently, while a reviewer reads the first: keep one of them and delete the others";

interface Frame {
    kind: "object" | "array";
    /** The path of the object or array itself. */
    path: string;
    /** object: each key's count and where it is first written; array: unused. */
    keys: Map<string, { count: number; at: number }>;
    /** object: the key whose value comes next; array: the index of the next element. */
    key: string;
    index: number;
    /** object: a string here is a key (after `{` or `,`), not a value. */
    expectKey: boolean;
}

/**
 * Every key written more than once in one object of `text`, which must be valid JSON (parseJsonStrict checks that
 * first): a linear scan with an explicit stack, so a deeply nested text cannot overflow the call stack.
 */
export function duplicateJsonKeys(text: string): DuplicateJsonKey[] {
    const found: Array<DuplicateJsonKey & { at: number }> = [];
    const stack: Frame[] = [];
    const childPath = (): string => {
        const top = stack[stack.length - 1];
        if (!top) return "";
        return top.kind === "array" ? `${top.path}[${top.index}]` : joinPath(top.path, top.key);
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "{" || c === "[") {
            stack.push({
                kind: c === "{" ? "object" : "array",
                path: childPath(),
                keys: new Map(),
                key: "",
                index: 0,
                expectKey: c === "{",
            });
        } else if (c === "}" || c === "]") {
            const closed = stack.pop();
            if (closed?.kind === "object")
                for (const [key, { count, at }] of closed.keys)
                    if (count > 1) found.push({ key, path: joinPath(closed.path, key), count, at });
        } else if (c === ",") {
            const top = stack[stack.length - 1];
            if (top?.kind === "object") top.expectKey = true;
            else if (top) top.index++;
        } else if (c === '"') {
            let end = i + 1;
            while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
            const top = stack[stack.length - 1];
            if (top?.kind === "object" && top.expectKey) {
                const key = JSON.parse(text.slice(i, end + 1)) as string;
                const seen = top.keys.get(key);
                if (seen) seen.count++;
                else top.keys.set(key, { count: 1, at: i });
                top.key = key;
                top.expectKey = false;
            }
            i = end;
        }
    }
    // In the order of the text (where each key is first written).
    return found.sort((a, b) => a.at - b.at).map(({ key, path, count }) => ({ key, path, count }));
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `parent.key`, or `parent["a key"]` for a key that is no plain name (dots, spaces, empty). */
export function joinPath(parent: string, key: string): string {
    if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(key)}]`;
    return parent ? `${parent}.${key}` : key;
}
