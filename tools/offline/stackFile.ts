/**
 * Reads `Pulumi.<stack>.yaml` (or any file of that format) into the flat config map the engine passes, with the
 * project-level config of the project's `Pulumi.yaml` applied as Pulumi applies it. The one loader of a stack's
 * config: the custody model, the offline preview (mock engine) and the audit's plan all read it here; and the one
 * finder of the project file (projectFile: Pulumi.json, Pulumi.yaml or Pulumi.yml, as Pulumi finds it) and of the
 * stack file Pulumi reads (stackFilePath: Pulumi.<stack> + the project file's extension); and the one judge of the
 * module Pulumi's Node.js host runs (pulumiEntryPoint: index.ts, or the project is refused).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import {
    type CST,
    isAlias,
    isCollection,
    isMap,
    isPair,
    isScalar,
    isSeq,
    Lexer,
    parse,
    parseDocument,
    Parser,
    Scalar,
    visit,
} from "yaml";
import { DuplicateJsonKeyError, DUPLICATE_KEY_FIX, joinPath, parseJsonStrict } from "../../components/config/json";
import { InputFileError, inputFileProblem, readInputFile } from "../private/paths";

export const SECRET_PLACEHOLDER = "offline-placeholder-for-secure-value";

export interface StackFileConfig {
    /**
     * The project whose program reads this config: Pulumi.yaml's `name`, which pulumi.getProject() returns and every
     * key alias and custody:stack tag carries (DEFAULT_PROJECT when the project directory has no Pulumi.yaml).
     */
    project: string;
    /** Full keys (`custody-infra:accounts`) to values as the engine stores them: objects as JSON text. */
    config: Record<string, string>;
    /** Paths of `secure:` values, which cannot be decrypted without the stack's secrets provider. */
    secureValues: string[];
}

export class StackFileError extends Error {}

/**
 * The project name when a project directory holds no Pulumi.yaml (the stack file alone): this repository's, as its
 * Pulumi.yaml says. Everywhere else the name is read from Pulumi.yaml (projectName, readStackFile): the tools never
 * assume it, since a renamed project deploys other key aliases (alias/<project>/<stack>/share-<n>) and URNs.
 */
export const DEFAULT_PROJECT = "custody-infra";

/**
 * The name of the project in `projectDir` as the program sees it (pulumi.getProject()): Pulumi.yaml's `name`, read
 * and judged by readProjectConfig (the one reader of the project file), or DEFAULT_PROJECT without a Pulumi.yaml.
 */
export function projectName(projectDir: string): string {
    return readProjectConfig(projectDir)?.name ?? DEFAULT_PROJECT;
}

/**
 * `file` is the stack file; `projectDir` the project whose `Pulumi.yaml` applies (default: the stack file's own
 * directory, where Pulumi looks for it; the tools pass their project, as `pulumi --config-file` keeps the
 * project of the working directory). No `Pulumi.yaml` there: the stack file alone.
 */
export function readStackFile(file: string, projectDir: string = path.dirname(file)): StackFileConfig {
    // The one check of the tools' input files (tools/private/paths.ts): a pipe (`--config <(sops -d ...)`) and a
    // character device are read, as Pulumi's os.ReadFile reads them; "a directory" is said of a directory only.
    const problem = inputFileProblem(file, "a stack file");
    if (problem?.missing) {
        throw new StackFileError(
            `stack file ${file} does not exist: create it (see Pulumi.dev.yaml) or pass --stack with an existing Pulumi.<stack>.yaml.`,
        );
    }
    if (problem) throw new StackFileError(`${problem.message}: pass --config with a file such as Pulumi.dev.yaml.`);
    const doc = readMarkupFile(file, `stack file ${file}`, STACK_FILE_FIELDS);
    if (doc === null || doc === undefined) {
        throw new StackFileError(`stack file ${file} is empty: it needs a top-level config: map.`);
    }
    if (typeof doc !== "object" || Array.isArray(doc) || !("config" in (doc as object))) {
        throw new StackFileError(
            `stack file ${file} has no top-level config: map (the format of Pulumi.<stack>.yaml).`,
        );
    }
    // Pulumi ESC: `environment:` imports environments whose `pulumiConfig` becomes stack config at `pulumi up`
    // (Pulumi ESC docs, "Use with Pulumi IaC"; pulumi/pulumi workspace mergeConfig). Offline they cannot be
    // resolved, and reading the file without them would model and plan a different config than Pulumi deploys.
    const environment = (doc as { environment?: unknown }).environment;
    if (
        environment !== undefined &&
        environment !== null &&
        !(Array.isArray(environment) && environment.length === 0)
    ) {
        throw new StackFileError(
            `stack file ${file} imports Pulumi ESC environments (environment: ${JSON.stringify(environment)}), whose pulumiConfig values become stack config at pulumi up; the offline tools cannot resolve them and will not read the stack without them. ` +
                "Inline those values under config: in this file for the offline tools (pulumi env open <org>/<env> shows them), or pass --config with a file that has them inline.",
        );
    }
    const raw = (doc as { config: unknown }).config ?? {};
    if (typeof raw !== "object" || Array.isArray(raw)) {
        throw new StackFileError(`stack file ${file}: config must be a map of namespace:key to values.`);
    }
    const secureValues: string[] = [];
    const config: Record<string, string> = {};
    const keys = configKeys(file, raw as Record<string, unknown>, projectName(projectDir));
    for (const [key, value] of Object.entries(keys)) {
        if (value === null || value === undefined) {
            throw new StackFileError(
                `stack file ${file}: ${key} has no value (null); remove the key, or give it its settings.`,
            );
        }
        const resolved = replaceSecure(value, key, secureValues);
        config[key] = typeof resolved === "string" ? resolved : JSON.stringify(resolved);
    }
    const project = readProjectConfig(projectDir);
    if (project) applyProjectConfig(project, file, keys, secureValues, config);
    return { project: project?.name ?? DEFAULT_PROJECT, config, secureValues };
}

/**
 * A project or stack file parsed as Pulumi parses it: the format by the file's extension (pulumi/pulumi
 * sdk/go/common/workspace marshallerForPath: encoding.Marshalers[filepath.Ext(path)], JSON for `.json`, YAML for
 * `.yaml`/`.yml`), after a leading UTF-8 BOM is dropped (loaders.go readFileStripUTF8BOM). JSON is read strictly
 * (a key written twice is refused: Go's encoding/json keeps the last one silently, a reviewer reads the first, as
 * components/config/json.ts says) and with its keys matched to Pulumi's fields as Go matches them (goFieldProblems:
 * `fields`, the file's Go struct); YAML with merge keys (`<<:`) applied, as the Pulumi CLI's YAML reader (go-yaml)
 * applies them, and its keys as written (go-yaml matches a struct field by its yaml tag exactly: decode.go
 * mappingStruct looks the key up in sinfo.FieldsMap, so `Main:` in Pulumi.yaml is an unknown key Pulumi ignores,
 * as the tools do). `what` names the file in messages.
 */
function readMarkupFile(file: string, what: string, fields: GoShape): unknown {
    const ext = path.extname(file);
    if (!MARKUP_EXTENSIONS.includes(ext)) {
        throw new StackFileError(
            `${what}: Pulumi reads a project or stack file by its extension, exactly as written (workspace marshallerForPath: "no marshaler found for file format '${ext}'"), and knows only ${MARKUP_EXTENSIONS.join(", ")}: rename the file to end in one of them.`,
        );
    }
    let bytes: Buffer;
    try {
        bytes = readInputFile(file, what.startsWith("project") ? "a project file" : "a stack file");
    } catch (e) {
        if (e instanceof InputFileError) throw new StackFileError(`${what}: ${e.message}.`);
        throw e;
    }
    const text = markupText(bytes, ext === ".json", what);
    if (ext === ".json") {
        let doc: unknown;
        try {
            doc = parseJsonStrict(text);
        } catch (e) {
            if (e instanceof DuplicateJsonKeyError)
                throw new StackFileError(`${what}: ${e.message}; ${DUPLICATE_KEY_FIX}.`);
            throw new StackFileError(`${what} is not valid JSON: ${String((e as Error).message).split("\n")[0]}`);
        }
        const problems: GoFieldProblem[] = [];
        goFieldProblems(doc, fields, "", problems);
        if (problems.length > 0) {
            throw new StackFileError(
                `${what}: ${problems.map(describeGoFieldProblem).join("; ")}. Pulumi reads a .json project or stack file with Go's encoding/json, which matches a key to a field case-insensitively, so such a key is that field to Pulumi while a reviewer takes it for another key; write each field as Pulumi documents it, once.`,
            );
        }
        return doc;
    }
    const doc = parseDocument(text, { merge: true, keepSourceTokens: true });
    if (doc.errors.length > 0) throw new StackFileError(yamlProblem(what, doc.errors[0]));
    // An alias naming no anchor before it, key or value: go-yaml refuses the file (parserc.go/decode.go: "unknown
    // anchor 'k' referenced"); refused here, before any check reads the node it names, with the reader's own words.
    visit(doc, {
        Alias(_, node) {
            if (node.resolve(doc) === undefined)
                throw new StackFileError(
                    yamlProblem(what, {
                        message: `Unresolved alias (the anchor must be set before the alias): ${node.source}`,
                    }),
                );
        },
    });
    const directive = directiveProblem(doc);
    if (directive) throw new StackFileError(`${what}: ${directive}`);
    const tagged = explicitTagProblems(doc);
    if (tagged.length > 0) {
        throw new StackFileError(
            `${what}: ${tagged.join("; ")}. Pulumi reads the file with go-yaml v3, which decodes a !!binary value's base64 into the text it uses (decode.go scalar()) and resolves !!int, !!float, !!bool, !!null, !!timestamp, !!merge and other tags by its own rules (resolve.go), ` +
                "so the value Pulumi deploys is not the text a reviewer reads (and not always what the offline tools read). Write the plain value without the tag (for !!binary, the decoded text itself); only !!str, !!map and !!seq, which change nothing, are accepted.",
        );
    }
    const sameKeys = sameKeyProblems(doc);
    if (sameKeys.length > 0) {
        throw new StackFileError(
            `${what}: ${sameKeys.join("; ")}. Pulumi reads the file with go-yaml v3, which refuses two keys of one map written with the same text, quoted or not (decode.go mapping(): "mapping key already defined"), and turns the keys of a map with any non-text key into text with Go's %v (config object.go unmarshalObject), so two keys of different types that meet there are one key whose value depends on Go's map order, while the tools keep the last. ` +
                "Write each key once, as quoted text.",
        );
    }
    const keys = goYamlKeyProblems(doc, text);
    if (keys.length > 0) {
        throw new StackFileError(
            `${what}: ${keys.join("; ")}. Pulumi reads the file with go-yaml v3, which merges only at an untagged \`<<\` (decode.go isMerge: no tag, \`!\` or !!merge), reads a null key as Go's nil (the key "<nil>" in Pulumi's config: object.go unmarshalObject), and decodes the keys a \`<<\` merges into a map whose own keys are all text as the text they are written with (decode.go mapping(): isStringMap; scalar(): \`out.SetString(n.Value)\`: \`1.0\`, \`0x10\` and \`True\` stay as written, a null key is dropped) but into any other map as the number or boolean they resolve to, ` +
                'while the tools merge at any plain `<<` and resolve every key by YAML 1.2, so the keys Pulumi deploys are not the ones a reviewer and the offline tools read. Quote such a key ("1.0") for the text, and write a merge as an untagged `<<`.',
        );
    }
    const ambiguous = goYamlNumberProblems(doc);
    if (ambiguous.length > 0) {
        throw new StackFileError(
            `${what}: ${ambiguous.join("; ")}. Pulumi reads the file with go-yaml v3, which resolves a plain number after dropping its underscores with Go's strconv.ParseInt(s, 0, 64) (resolve.go: a leading 0 is octal, "spelled as 0777, are still decoded by default in v3"; the base prefixes 0x, 0o and 0b in either case and after a sign), while YAML 1.2 reads the same text as another number or as text, ` +
                'so the value Pulumi deploys is not the one a reviewer and the offline tools read. Quote the value ("0100") for the text, or write the number in decimal without underscores.',
        );
    }
    const timestamps = goYamlTimestampProblems(doc);
    if (timestamps.length > 0) {
        throw new StackFileError(
            `${what}: ${timestamps.join("; ")}. Pulumi reads the file with go-yaml v3, which resolves a plain date or date-time to a timestamp (resolve.go parseTimestamp) and keeps it as one in the config it decodes (decode.go: a resolved value goes into interface{} as it is), and Pulumi's config then writes it as Go's time text (pulumi/pulumi sdk/go/common/resource/config object.go unmarshalObject: \`case time.Time: v.String()\`, "2024-06-04 00:00:00 +0000 UTC"), in the local time zone's name when it has an offset, so the value Pulumi deploys is not the text a reviewer and the offline tools read. ` +
                'Quote it ("2024-06-04") for the text.',
        );
    }
    try {
        return doc.toJS();
    } catch (e) {
        throw new StackFileError(yamlProblem(what, e));
    }
}

/**
 * A project or stack file's text as Pulumi decodes it: a leading UTF-8 BOM dropped (loaders.go
 * readFileStripUTF8BOM); for YAML, a UTF-16 file with its BOM decoded as go-yaml v3 decodes it (readerc.go
 * yaml_parser_determine_encoding: UTF-16LE or BE by the BOM, UTF-8 otherwise), which is what Windows PowerShell 5.1's
 * `>` writes. Go's encoding/json reads UTF-8 only, so a JSON file is read as UTF-8 whatever it starts with.
 * go-yaml's reader refuses what Node's decoders pass silently (readerc.go yaml_parser_update_buffer): bytes that are
 * no UTF-8 or UTF-16 character (a Windows-1252 `é`, a stray last byte, a lone surrogate), and any character outside
 * YAML's printable set, comments included (yamlReaderProblem).
 */
function markupText(bytes: Buffer, json: boolean, what: string): string {
    const utf16 = json
        ? undefined
        : bytes[0] === 0xff && bytes[1] === 0xfe
          ? "le"
          : bytes[0] === 0xfe && bytes[1] === 0xff
            ? "be"
            : undefined;
    if (!utf16) {
        if (json) return bytes.toString("utf8").replace(/^\uFEFF/, "");
        let text: string;
        try {
            // One BOM Pulumi drops (readFileStripUTF8BOM), one more go-yaml's reader drops right after it
            // (yaml_parser_determine_encoding); any other U+FEFF is text to go-yaml (byteOrderMarkProblem).
            text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
                .decode(bytes)
                .replace(/^\uFEFF\uFEFF?/, "");
        } catch {
            const at = firstBadUtf8(bytes);
            throw new StackFileError(
                `${what} is not UTF-8: the bytes at offset ${at} (${bytes.subarray(at, at + 4).toString("hex")}) are no UTF-8 character (a file saved as Windows-1252 or Latin-1 does this), which the Pulumi CLI refuses ("invalid leading UTF-8 octet"): save the file as UTF-8.`,
            );
        }
        return yamlReaderProblem(what, text);
    }
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0)
        throw new StackFileError(
            `${what} is UTF-16 (its byte order mark says so) but ends in half a character, which the Pulumi CLI refuses ("incomplete UTF-16 character sequence"), as a line appended by a UTF-8 tool leaves it: save the whole file again in one encoding (UTF-8 is best).`,
        );
    let text: string;
    try {
        // ignoreBOM: a second BOM after the one go-yaml reads as the encoding is text to go-yaml, kept to be refused.
        text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(
            utf16 === "le" ? body : Buffer.from(body).swap16(),
        );
    } catch {
        throw new StackFileError(
            `${what} is UTF-16 (its byte order mark says so) but holds a broken character (a lone surrogate), which the Pulumi CLI refuses: save the whole file again in one encoding (UTF-8 is best).`,
        );
    }
    return yamlReaderProblem(what, text);
}

/** The offset of the first byte of `bytes` that starts no valid UTF-8 character (Node's decoder writes U+FFFD there). */
function firstBadUtf8(bytes: Buffer): number {
    const text = bytes.toString("utf8");
    for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) {
        const at = Buffer.byteLength(text.slice(0, i));
        if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at;
    }
    return 0;
}

/**
 * `text` when every character is one go-yaml's reader accepts (readerc.go: tab, LF, CR, #x20–#x7E, #x85,
 * #xA0–#xD7FF, #xE000–#xFFFD, #x10000–#x10FFFF; YAML 1.2.2 5.1 "Character Set"), else the file refused naming the
 * first other character's line and column ("control characters are not allowed": a pasted terminal colour code, NUL).
 */
function yamlReaderProblem(what: string, text: string): string {
    const bad = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(text);
    if (!bad) return goYamlScannerProblem(what, goYamlBreakProblem(what, byteOrderMarkProblem(what, text)));
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    throw new StackFileError(
        `${what} ${lineAndColumn(text, bad.index)}: the character U+${code} is not allowed in YAML (comments included), and the Pulumi CLI refuses the file ("control characters are not allowed"): delete it or write it as an escape ("\\u${code}") inside a double-quoted value.`,
    );
}

/** Where `index` stands in `text`, as an editor counts lines (LF) and columns (characters). */
function lineAndColumn(text: string, index: number): string {
    const before = text.slice(0, index).split("\n");
    return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The comments of a YAML text as the tools' reader finds them: each from its `#` to (not including) its end. */
function yamlComments(text: string): { start: number; end: number }[] {
    const comments: { start: number; end: number }[] = [];
    const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node !== null && typeof node === "object") {
            const token = node as { type?: unknown; offset?: unknown; source?: unknown };
            if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string")
                comments.push({ start: token.offset, end: token.offset + token.source.length });
            else Object.values(node).forEach(walk);
        }
    };
    for (const token of new Parser().parse(text)) walk(token);
    return comments;
}

/**
 * A U+FEFF (ZERO WIDTH NO-BREAK SPACE, the byte order mark) left in the text after the leading ones Pulumi and
 * go-yaml drop (markupText): go-yaml v3 takes a BOM as an encoding mark only at the very start of the stream
 * (readerc.go yaml_parser_determine_encoding) and reads every other U+FEFF as a character of the text, while the
 * tools' reader (yaml 2.x, lexer parseStream) drops one at the start of any line before the document's content. So
 * `\uFEFFconfig:` after a comment line is the key "\uFEFFconfig" to Pulumi (no `config`: its stack config is empty,
 * or what a top-level `<<` merges) and `config` to the tools; `\uFEFF---` is a plain scalar that makes go-yaml refuse
 * the file; a third leading BOM turns the comment line after it into text. Refused wherever it stands, except inside
 * a comment (after its `#`), where both readers keep it as the comment's text (an invisible character pasted from a
 * web page); in a key or value it is invisible to a reviewer, so it is refused there too.
 */
function byteOrderMarkProblem(what: string, text: string): string {
    if (!text.includes("\uFEFF")) return text;
    const comments = yamlComments(text);
    for (const m of text.matchAll(/\uFEFF/g)) {
        if (comments.some(c => m.index! > c.start && m.index! < c.end)) continue;
        throw new StackFileError(
            `${what} ${lineAndColumn(text, m.index!)}: a U+FEFF character (a byte order mark, invisible in most editors) that is not the file's first character. The Pulumi CLI drops one leading UTF-8 BOM (workspace loaders.go readFileStripUTF8BOM) and its YAML reader (go-yaml v3) one more at the very start of the file (readerc.go yaml_parser_determine_encoding), and reads any other as text, part of the key or value it stands in (\`\\uFEFFconfig:\` is not \`config:\` to Pulumi), while the tools' YAML reader drops one before the document's first content, so the two read different files: remove the U+FEFF character (an editor's "save as UTF-8 without BOM" and a search for \\uFEFF find it).`,
        );
    }
    return text;
}

/**
 * Line breaks only go-yaml sees: its scanner breaks lines at NEL (U+0085), LS (U+2028), PS (U+2029) and a CR not
 * followed by LF (yamlprivateh.go is_break; scannerc.go skip_line), as YAML 1.1 did, while the tools' YAML 1.2 reader
 * keeps them as text. After one, go-yaml starts a new line: inside a comment `# ok<U+2028>    instanceProfile: true`
 * is a setting Pulumi deploys and the tools never see; in a value the two readers read different text. One is
 * accepted only as a comment's last character, where both readers end the comment with nothing after it; anywhere
 * else the file is refused, naming where the character stands.
 */
function goYamlBreakProblem(what: string, text: string): string {
    const breaks = [...text.matchAll(/[\x85\u2028\u2029]|\r(?!\n)/g)];
    if (breaks.length === 0) return text;
    const commentEnds = new Set(yamlComments(text).map(c => c.end - 1));
    // After a block scalar's header (`key: | # note`), go-yaml ends the header line at the break and reads the line
    // feed after it as one more, empty line of the value (scannerc.go yaml_parser_scan_block_scalar: "Eat a comment
    // until a line break", then skip_line), so the value starts with "\n" to Pulumi and not to the tools.
    const afterBlockHeader = (at: number) => {
        const lineStart = Math.max(text.lastIndexOf("\n", at), text.lastIndexOf("\r", at - 1)) + 1;
        const line = text.slice(lineStart, at);
        const hash = line.search(/(^|[ \t])#/);
        return hash >= 0 && /(^|[ \t:-])[|>][0-9+-]*[ \t]*$/.test(line.slice(0, hash + 1));
    };
    const hidden = breaks.find(b => !commentEnds.has(b.index!) || afterBlockHeader(b.index!));
    if (hidden === undefined) return text;
    const name = {
        "\x85": "NEL",
        "\u2028": "LINE SEPARATOR",
        "\u2029": "PARAGRAPH SEPARATOR",
        "\r": "a carriage return",
    }[hidden[0]];
    const code = hidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new StackFileError(
        `${what} ${lineAndColumn(text, hidden.index!)}: U+${code} (${name}${hidden[0] === "\r" ? " without a line feed" : ""}) is a line break to the Pulumi CLI's YAML reader (go-yaml) but not to YAML 1.2, so the CLI reads what follows it as a new line (a comment's rest becomes settings) and the tools do not: delete it, or put a real line break (LF) there.`,
    );
}

/**
 * What go-yaml's scanner refuses and YAML 1.2 reads: the tools' reader would certify a file the Pulumi CLI cannot
 * load ("invalid YAML file"). Doc: go-yaml v3.0.1 scannerc.go (the reader of pulumi/pulumi's stack files).
 * - A tab where go-yaml's block context wants indentation: yaml_parser_scan_to_next_token eats a tab only "in the flow
 *   context, or in the block context, but not at the beginning of the line or after '-', '?', or ':' (complex
 *   value)", so one at a line's start (a blank or comment line included) or after a block indicator is left where a
 *   token must start ("found character that cannot start any token"); a continuation line of a plain or block scalar
 *   whose indentation holds a tab is refused too ("found a tab character that violates indentation", "... where an
 *   indentation space is expected"). Only a continuation line's tab after its spaces reach the scalar's own
 *   indentation is content to go-yaml; the tools refuse any tab in a continuation line's indentation (fail closed).
 * - An escape YAML 1.2 has and go-yaml lacks: `\/` (spec 5.7 ns-esc-slash; go-yaml's yaml_parser_scan_flow_scalar
 *   knows 0 a b t TAB n v f r e SPACE " ' \\ N _ L P x u U: "found unknown escape character").
 * - A `\u` or `\U` escape of a surrogate code point (U+D800-U+DFFF) or one beyond U+10FFFF: go-yaml decodes each
 *   escape on its own and refuses such a code point (yaml_parser_scan_flow_scalar: `if (value >= 0xD800 && value <=
 *   0xDFFF) || value > 0x10FFFF` -> "found invalid Unicode character escape code"), so a JSON-style surrogate pair
 *   `\uD83D\uDD11`, which the tools' reader joins into one character, is a file Pulumi cannot load.
 */
function goYamlScannerProblem(what: string, text: string): string {
    const refuse = (at: number, problem: string, fix: string): never => {
        throw new StackFileError(
            `${what} ${lineAndColumn(text, at)}: ${problem}, which the Pulumi CLI's YAML reader (go-yaml) refuses while YAML 1.2 reads it, so the tools would certify a file \`pulumi up\` cannot load: ${fix}.`,
        );
    };
    const TAB_FIX = "indent with spaces only, and put a space, not a tab, after `-`, `?` and `:`";
    let offset = 0;
    let flow = 0;
    let lineStart = true;
    let blockIndicator = false;
    let afterNewlineIndicator = false;
    let previous = "";
    for (const lexeme of new Lexer().lex(text)) {
        const at = offset;
        // The lexer's control lexemes (document and scalar starts) stand for no text.
        if (lexeme.length === 1 && lexeme < " " && lexeme !== "\t" && lexeme !== "\n") continue;
        offset += lexeme.length;
        if (lexeme === "[" || lexeme === "{") flow++;
        else if ((lexeme === "]" || lexeme === "}") && flow > 0) flow--;
        if (/^[ \t]+$/.test(lexeme)) {
            if (flow === 0 && lexeme.includes("\t") && (lineStart || blockIndicator))
                refuse(
                    at + lexeme.indexOf("\t"),
                    lineStart ? "a tab in the indentation of a line" : "a tab after a block indicator",
                    TAB_FIX,
                );
            continue;
        }
        const wasLineStart = lineStart;
        lineStart = lexeme === "\n" || lexeme === "\r\n";
        if (lineStart) {
            blockIndicator = false;
            continue;
        }
        // `-` and `?` always, `:` when it starts its line (the value of a complex key).
        blockIndicator =
            lexeme === "-" || lexeme === "?" || (lexeme === ":" && (wasLineStart || afterNewlineIndicator));
        afterNewlineIndicator = wasLineStart && (lexeme === "-" || lexeme === "?");
        if (lexeme.startsWith('"')) {
            for (let i = 1; i < lexeme.length; i++) {
                if (lexeme[i] !== "\\") continue;
                if (lexeme[i + 1] === "/")
                    refuse(
                        at + i,
                        "the escape `\\/` (YAML 1.2's, for JSON text)",
                        "write `/` itself, which needs no escape",
                    );
                const unicode = /^[uU]/.test(lexeme[i + 1] ?? "")
                    ? new RegExp(`^[0-9a-fA-F]{${lexeme[i + 1] === "u" ? 4 : 8}}`).exec(lexeme.slice(i + 2))
                    : null;
                if (unicode) {
                    const code = parseInt(unicode[0], 16);
                    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
                        refuse(
                            at + i,
                            `the escape \`${lexeme.slice(i, i + 2 + unicode[0].length)}\` (${code > 0x10ffff ? "beyond U+10FFFF" : "a UTF-16 surrogate, which go-yaml never joins into a pair"}: "found invalid Unicode character escape code")`,
                            "write the character itself, or escape it whole as `\\U` and eight hex digits (`\\U0001F511`)",
                        );
                }
                i++;
            }
        }
        if (flow === 0 && /[\r\n]/.test(lexeme) && !lexeme.startsWith('"') && !lexeme.startsWith("'")) {
            // A multi-line plain or block scalar: a tab in a continuation line's indentation. A block scalar's
            // content may hold tabs past its indentation (that of its first line with content).
            const block = /^[|>]/.test(previous);
            const indent = block ? (/^( *)[^ \r\n]/m.exec(lexeme)?.[1].length ?? 0) : Infinity;
            for (const tab of lexeme.matchAll(/(^|[\r\n])( *)\t/g))
                if ((block || tab[1] !== "") && tab[2].length < indent)
                    refuse(
                        at + tab.index! + tab[0].length - 1,
                        "a tab in the indentation of a value's continuation line",
                        TAB_FIX,
                    );
        }
        previous = lexeme;
    }
    return text;
}

/**
 * Keys of one map that are one key to Pulumi (readMarkupFile says why): the same go-yaml text (a quoted key's text,
 * a plain key's source), or the same text after Go's %v of what go-yaml resolves a plain key to (`0x10` is 16,
 * `1.0` is 1, `True` is true).
 */
function sameKeyProblems(doc: ReturnType<typeof parseDocument>): string[] {
    const out: string[] = [];
    visit(doc, {
        Map(_, node, ancestors) {
            const byGoText = new Map<string, string>();
            const byPulumiKey = new Map<string, string>();
            for (const pair of node.items) {
                const key = pair.key;
                if (
                    !isScalar(key) ||
                    typeof key.source !== "string" ||
                    (key.tag && key.tag !== "tag:yaml.org,2002:str")
                )
                    continue;
                const plain = key.type === "PLAIN";
                const goText = plain ? key.source : String(key.value);
                if (plain && goText === "<<") continue; // goYamlNumberProblems counts repeated merges
                const written = plain ? goText : JSON.stringify(goText);
                const pulumiKey = goKeyText(key);
                const twin = byGoText.get(goText) ?? byPulumiKey.get(pulumiKey);
                if (twin !== undefined)
                    out.push(
                        `${nodePlace("value", node, ancestors)}: the keys ${twin} and ${written} are one key "${pulumiKey}" to Pulumi`,
                    );
                byGoText.set(goText, written);
                byPulumiKey.set(pulumiKey, written);
            }
        },
    });
    return out;
}

/**
 * The text Pulumi deploys a scalar map key as, the one spelling of a key for every check (an own key, a key `<<`
 * merges, the anchor's node an alias key names): a quoted or !!str key is its text; a plain one is Go's %v
 * (pulumi/pulumi sdk/go/common/resource/config object.go unmarshalObject: `m[fmt.Sprintf("%v", k)]`) of what go-yaml
 * v3 resolves it to (goPlainKeyText). An alias key is decoded as its anchor's node, resolved like any plain scalar
 * (go-yaml v3.0.1 decode.go alias(): `d.unmarshal(n.Alias, out)`), and makes its map no string map (isStringMap: an
 * alias node's ShortTag is no !!str), so Pulumi resolves and %v-prints it even among text keys.
 */
function goKeyText(key: Scalar): string {
    if (key.type === "PLAIN" && !key.tag && typeof key.source === "string") return goPlainKeyText(key.source);
    return String(key.value);
}

/**
 * The text Pulumi makes of a plain key: Go's %v of the number, boolean or nil go-yaml v3 resolves it to (a float64
 * by strconv 'g' shortest: goFloatText; an integer past int64 as the exact uint64 ParseUint reads), else itself.
 */
function goPlainKeyText(source: string): string {
    const resolved = goYamlResolve(source);
    if (resolved) return "int" in resolved ? resolved.int.toString() : goFloatText(resolved.float);
    if (GO_YAML_BOOLS.test(source)) return source.toLowerCase();
    if (GO_YAML_NULLS.has(source)) return "<nil>";
    return source;
}

/**
 * A scalar key (own, or the anchor an alias key names) whose text to Pulumi (goKeyText) is not the text the tools
 * read (JavaScript's String() of its YAML 1.2 value: yaml's toJS stringifies a non-text key so): `1e6` is "1e+06" to
 * Pulumi and "1000000" to the tools, `-.inf` "-Inf" and "-Infinity", `12345678901234567890` exact and
 * "12345678901234567000". A null key and an own merge key `<<` (a Symbol to the tools) are goYamlKeyProblems' and
 * goYamlNumberProblems' to judge.
 */
function keySpellingProblem(place: string, key: Scalar, alias: boolean): string | undefined {
    if (key.value === null || (!alias && typeof key.value === "symbol")) return undefined;
    const pulumiKey = goKeyText(key);
    const toolsKey = String(key.value);
    if (pulumiKey === toolsKey) return undefined;
    return `${place} is the key "${pulumiKey}" to Pulumi (Go's %v of the ${alias ? "anchor's value" : "number"} go-yaml reads) and "${toolsKey}" to the tools: quote ${alias ? "the anchor's value" : "it"}`;
}

/** go-yaml v3 resolve.go's table: the only plain spellings of a boolean, and of null. */
const GO_YAML_BOOLS = /^(true|True|TRUE|false|False|FALSE)$/;
const GO_YAML_NULLS: ReadonlySet<string> = new Set(["", "~", "null", "Null", "NULL"]);

/** Whether go-yaml v3 resolves a plain scalar to text (!!str): no null, boolean, number, timestamp or merge key. */
function goYamlReadsText(source: string): boolean {
    return (
        !GO_YAML_NULLS.has(source) &&
        !GO_YAML_BOOLS.test(source) &&
        goYamlResolve(source) === undefined &&
        !isGoYamlTimestamp(source) &&
        source !== "<<"
    );
}

/**
 * Map keys go-yaml v3 decodes otherwise than the tools' reader (readMarkupFile says how), each named: a tagged `<<`
 * (a key "<<" to go-yaml, a merge to the tools); a plain null key (`~`, `null`, an empty key); and a key a `<<` merges
 * (through aliases, sequences and nested merges, all decoded into the same map: decode.go merge()) that is not text
 * to both readers, whichever map it merges into (fail closed: in a map of text keys go-yaml keeps its source text, in
 * any other it resolves it, where an int and a float of one %v text, `1` and `1.0`, are one key of Go's map order).
 * Doc: go-yaml v3.0.1 decode.go isMerge, isStringMap, mapping(), merge(), scalar(), null().
 */
function goYamlKeyProblems(doc: ReturnType<typeof parseDocument>, text: string): string[] {
    const out: string[] = [];
    const reported = new Set<unknown>();
    const plainSource = (key: unknown): string | undefined =>
        isScalar(key) && key.type === "PLAIN" && typeof key.source === "string" ? key.source : undefined;
    const isMergeKey = (key: unknown) => plainSource(key) === "<<";
    const resolved = (key: unknown) => (isAlias(key) ? key.resolve(doc) : key);
    visit(doc, {
        Map(_, node, ancestors) {
            const into = nodePlace("value", node, ancestors);
            const seen = new Set<unknown>();
            // Every key the map ends with (its own and those `<<` merges), by the text Pulumi makes of it.
            const keys: { text: string; isText: boolean }[] = [];
            // A sequence or mapping as a key (own, merged, or the anchor an alias key names): go-yaml cannot decode
            // it into Pulumi's maps (decode.go mapping(): "invalid map key" in a map[interface{}]interface{}, "cannot
            // unmarshal !!seq into string" in a string map, a `<<` merging into either), the tools stringify it.
            const collectionKey = (key: unknown, written: unknown, merge: boolean) => {
                if (!isCollection(key) || reported.has(written)) return;
                reported.add(written);
                out.push(
                    `${into}: a ${isSeq(key) ? "sequence" : "mapping"} as a key${isAlias(written) ? ` (the alias *${written.source})` : ""}${merge ? " that `<<` merges" : ""}, which go-yaml cannot decode ("invalid map key", "cannot unmarshal ${isSeq(key) ? "!!seq" : "!!map"} into string"): write the key as text`,
                );
            };
            const note = (key: unknown) => {
                if (!isScalar(key) || key.value === null) return;
                const tag = (key as { tag?: string }).tag;
                const isText = tag
                    ? tag === "tag:yaml.org,2002:str"
                    : key.type !== "PLAIN" || (goYamlReadsText(String(key.source)) && typeof key.value === "string");
                keys.push({ text: goKeyText(key), isText });
            };
            const merged = (value: unknown): void => {
                const source = isAlias(value) ? value.resolve(doc) : value;
                if (isSeq(source)) return source.items.forEach(merged);
                if (!isMap(source) || seen.has(source)) return;
                seen.add(source);
                for (const pair of source.items) {
                    if (isMergeKey(pair.key) && !(pair.key as { tag?: string }).tag) {
                        merged(pair.value);
                        continue;
                    }
                    // An alias key is its anchor's node, kept as that node's text by go-yaml too (decode.go alias()).
                    const key = resolved(pair.key);
                    collectionKey(key, pair.key, true);
                    note(key);
                    const text = plainSource(key);
                    if (text === undefined || (key as { tag?: string }).tag || reported.has(pair.key)) continue;
                    if (goYamlReadsText(text) && typeof (key as { value?: unknown }).value === "string") continue;
                    reported.add(pair.key);
                    out.push(
                        `the plain key \`${text}\` that \`<<\` merges into ${into} is no text to one reader (a number, boolean, null or date): quote it`,
                    );
                }
            };
            for (const pair of node.items) {
                const key = (isMergeKey(pair.key) ? pair.key : resolved(pair.key)) as {
                    tag?: string;
                    source?: unknown;
                } | null;
                if (isMergeKey(key) && key?.tag) {
                    out.push(
                        `${into}: the key \`${key.tag.replace(/^tag:yaml\.org,2002:/, "!!")} <<\` is the key "<<" to Pulumi and a merge to the tools`,
                    );
                } else if (isMergeKey(key)) {
                    merged(pair.value);
                    continue;
                }
                collectionKey(key, pair.key, false);
                note(key);
                if (key === null || (!key.tag && GO_YAML_NULLS.has(plainSource(key) ?? "-"))) {
                    if (reported.has(key ?? pair)) continue;
                    reported.add(key ?? pair);
                    out.push(
                        `${into}: the null key ${JSON.stringify(plainSource(key) ?? "")} is the key "<nil>" to Pulumi`,
                    );
                }
            }
            if (node.flow) for (const pair of node.items) flowKeyProblem(pair, into, text, out);
            // A map with a key that is no text is no string map to go-yaml (decode.go isStringMap), so a number and a
            // text of the same spelling stay two keys (an alias key passes its duplicate check), and Pulumi makes both
            // the same text (config/object.go unmarshalObject: fmt %v): which value it deploys follows Go's random map
            // order. Two keys of one text of which one is no text are refused (text keys alone: the own key wins).
            const texts = new Set(keys.map(k => k.text));
            for (const text of texts) {
                const same = keys.filter(k => k.text === text);
                if (same.length > 1 && same.some(k => !k.isText))
                    out.push(
                        `${into}: ${same.length} keys read as "${text}" (one a number, boolean or alias of one): Pulumi deploys either value at random; keep one key, quoted`,
                    );
            }
        },
    });
    return out;
}

/**
 * A flow-mapping entry's implicit key (no `?`) whose `:` is on a later line than the key (its anchor or tag) starts,
 * or more than 1024 characters on: go-yaml v3.0.1's scanner drops such a possible simple key (scannerc.go
 * yaml_simple_key_is_valid: `simple_key.mark.line < parser.mark.line || simple_key.mark.index+1024 <
 * parser.mark.index`; YAML 1.2 §7.4: an implicit key "is restricted to a single line") and refuses the file ("did not
 * find expected ',' or '}'"), while the tools' reader takes it as a key (it limits only a flow sequence's pairs).
 */
function flowKeyProblem(pair: unknown, into: string, text: string, out: string[]): void {
    const item = (pair as { srcToken?: CST.CollectionItem }).srcToken;
    if (!item || item.start.some(t => t.type === "explicit-key-ind")) return;
    const colon = item.sep?.find(t => t.type === "map-value-ind");
    const prop = item.start.find(t => t.type === "anchor" || t.type === "tag");
    const start = prop?.offset ?? item.key?.offset;
    if (!colon || start === undefined) return;
    const span = text.slice(start, colon.offset);
    if (!/[\r\n]/.test(span) && Array.from(span).length <= 1024) return;
    const key = span.split(/[\r\n]/)[0].trim();
    out.push(
        `${into}: the flow-mapping key \`${key.length > 40 ? `${key.slice(0, 40)}…` : key}\` has its \`:\` ${/[\r\n]/.test(span) ? "on a later line" : "more than 1024 characters on"}, which go-yaml refuses (an implicit key is one line of at most 1024 characters: "did not find expected ',' or '}'"): write the key and its \`:\` on one line`,
    );
}

/**
 * A `%YAML` directive, which no stack file can carry for both readers. go-yaml v3.0.1, which the Pulumi CLI reads the
 * file with, accepts only `%YAML 1.1` (parserc.go yaml_parser_process_directives: `if token.major != 1 ||
 * token.minor != 1` -> "found incompatible YAML document"; round 57 checked with go-yaml v3.0.1 itself: `%YAML 1.2`
 * is refused), and `%YAML 1.1` switches the tools' reader (yaml 2.9: "the YAML version used by documents without a
 * %YAML directive" is only its default) to YAML 1.1's schema, where `yes`, `on` and `y` are true and `0100` is octal,
 * while go-yaml resolves every plain scalar by its own table whatever the version (resolve.go resolve(tag, in) takes
 * no version: only true/True/TRUE are true), so `value: yes` deploys "yes" where the tools read "true". Unknown
 * directives fail in go-yaml too (scannerc.go "found unknown directive name") while the tools only warn. So every
 * `%YAML` directive is refused: a stack file needs none.
 */
function directiveProblem(doc: ReturnType<typeof parseDocument>): string | undefined {
    const bad = doc.warnings.find(w => w.code === "BAD_DIRECTIVE");
    if (bad)
        return `${bad.message.split("\n")[0]}: the Pulumi CLI (go-yaml v3) refuses to read the file. Remove the directive line.`;
    const { explicit, version } = doc.directives?.yaml ?? {};
    if (explicit && version === "1.1")
        return `the directive %YAML ${version} makes the offline tools read values by YAML ${version}'s rules (\`yes\`, \`on\` and \`y\` as true, \`0100\` as octal), while the Pulumi CLI (go-yaml v3) reads every value by its own rules whatever the directive, so the tools would judge values Pulumi does not deploy. Remove the %YAML line.`;
    if (explicit)
        return `the directive %YAML ${version}: the Pulumi CLI's YAML reader (go-yaml v3.0.1) takes no YAML version but 1.1 (parserc.go: "found incompatible YAML document"), so \`pulumi up\` cannot load the file. Remove the %YAML line.`;
    return undefined;
}

/**
 * Plain (unquoted, untagged) scalars that go-yaml v3 and YAML 1.2 read as different values, where either reads a
 * number (goYamlNumber against the yaml library's core-schema value): `0100` (64 to Pulumi, 100 in YAML 1.2), `0X1F`,
 * `0O17`, `-0x1F`, `+0o17`, `0b1` and `47_11` (numbers to Pulumi, text in YAML 1.2), `1e400` (text to Pulumi, which
 * cannot hold it, Infinity in YAML 1.2). `0o17`, `0x12`, `+4711`, `09`, `012e1` and `1e3` mean the same to both.
 */
function goYamlNumberProblems(doc: ReturnType<typeof parseDocument>): string[] {
    const out: string[] = [];
    visit(doc, {
        Map(_, node, ancestors) {
            // go-yaml v3 refuses a key written twice, `<<` too (decode.go mapping(): "mapping key "<<" already
            // defined"), while the tools' reader applies every merge.
            const merges = node.items.filter(p => isScalar(p.key) && p.key.type === "PLAIN" && p.key.source === "<<");
            if (merges.length > 1)
                out.push(
                    `${nodePlace("value", node, ancestors)} has ${merges.length} merge keys \`<<\` (Pulumi refuses a key written twice; merge several maps with one \`<<: [*a, *b]\`)`,
                );
        },
        Scalar(key, node, ancestors) {
            if (node.tag || node.type !== "PLAIN" || typeof node.source !== "string") return;
            // A key go-yaml resolves to a number makes its map one with non-string keys, which Pulumi's config reader
            // turns into text with Go's fmt %v (goKeyText), where the tools read a JavaScript number's text.
            const spelling =
                key === "key" ? keySpellingProblem(nodePlace(key, node, ancestors), node, false) : undefined;
            if (spelling) {
                out.push(spelling);
                return;
            }
            const resolved = goYamlResolve(node.source);
            const pulumi =
                resolved === undefined ? undefined : "int" in resolved ? Number(resolved.int) : resolved.float;
            const yaml12 = typeof node.value === "number" ? node.value : undefined;
            if (pulumi === undefined && yaml12 === undefined) return;
            // === for 0 and -0 (Go's int has no -0), Object.is for NaN.
            if (pulumi !== undefined && yaml12 !== undefined && (pulumi === yaml12 || Object.is(pulumi, yaml12)))
                return;
            const reads = (n: number | undefined) => (n === undefined ? "the text" : String(n));
            const pulumiReads = resolved && "int" in resolved ? resolved.int.toString() : reads(pulumi);
            out.push(
                `${nodePlace(key, node, ancestors)} is the plain number ${node.source} (Pulumi reads ${pulumiReads}, YAML 1.2 ${reads(yaml12)})`,
            );
        },
        // An alias key is its anchor's node to both readers, spelled by each as for an own key (goKeyText).
        Alias(key, node, ancestors) {
            const anchor = key === "key" ? node.resolve(doc) : undefined;
            if (!isScalar(anchor)) return;
            const spelling = keySpellingProblem(nodePlace(key, node, ancestors), anchor, true);
            if (spelling) out.push(spelling);
        },
    });
    return out;
}

/** Each plain scalar of `doc`, key or value, that go-yaml v3 resolves to a timestamp (isGoYamlTimestamp). */
function goYamlTimestampProblems(doc: ReturnType<typeof parseDocument>): string[] {
    const out: string[] = [];
    visit(doc, {
        Scalar(key, node, ancestors) {
            if (node.tag || node.type !== "PLAIN" || typeof node.source !== "string") return;
            if (isGoYamlTimestamp(node.source))
                out.push(`${nodePlace(key, node, ancestors)} is the plain timestamp ${node.source}`);
        },
    });
    return out;
}

/**
 * Whether go-yaml v3 resolves a plain scalar to a timestamp (resolve.go parseTimestamp: four digits and a `-`, then
 * Go's time.Parse with one of "2006-1-2T15:4:5.999999999Z07:00", the same with `t`, "2006-1-2 15:4:5.999999999" and
 * "2006-1-2": one- or two-digit fields, a fraction after `.` or `,` of any length, `Z` or a ±hh:mm zone, and the
 * date and time in range; a space of the layout matches any run of spaces, Go time/format.go skip()).
 */
export function isGoYamlTimestamp(text: string): boolean {
    const m =
        /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:([Tt])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})| +([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?)?$/.exec(
            text,
        );
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [hour, minute, second] = (m[4] ? [m[5], m[6], m[7]] : [m[8] ?? "0", m[9] ?? "0", m[10] ?? "0"]).map(Number);
    // Go's proleptic Gregorian calendar (time.go isLeap; year 0 is a leap year), computed here: Date.UTC reads years
    // 0-99 as 1900-1999 (ECMA-262 MakeFullYear).
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60;
}

const GO_INT64_MAX = 2n ** 63n - 1n;
const GO_UINT64_MAX = 2n ** 64n - 1n;
/** go-yaml v3 resolve.go's yamlStyleFloat. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** go-yaml v3 resolve.go's resolve table entries that are floats. */
const GO_YAML_SPECIAL_FLOATS: ReadonlyMap<string, number> = new Map([
    ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map(t => [t, Infinity] as const),
    ...["-.inf", "-.Inf", "-.INF"].map(t => [t, -Infinity] as const),
    ...[".nan", ".NaN", ".NAN"].map(t => [t, NaN] as const),
]);

/**
 * The number go-yaml v3 resolves a plain scalar to, or undefined when it reads something else (resolve.go resolve(),
 * for a scalar starting with a digit, a sign or a dot): underscores dropped, then Go's strconv.ParseInt(plain, 0, 64)
 * ("the true base is implied by the string's prefix following the sign": 0x/0X, 0o/0O, 0b/0B, a leading 0 for octal),
 * then ParseUint, then a YAML-style float (ParseFloat, which fails out of range), then `0b`/`0o` after a minus sign.
 */
export function goYamlNumber(text: string): number | undefined {
    const resolved = goYamlResolve(text);
    return resolved === undefined ? undefined : "int" in resolved ? Number(resolved.int) : resolved.float;
}

/** What go-yaml v3 resolves a plain scalar to when it is a number (goYamlNumber): an exact integer or a float64. */
function goYamlResolve(text: string): { int: bigint } | { float: number } | undefined {
    const float = (value: number | undefined) => (value === undefined ? undefined : { float: value });
    const special = GO_YAML_SPECIAL_FLOATS.get(text);
    if (special !== undefined) return { float: special };
    if (!/^[-+.0-9]/.test(text)) return undefined;
    // resolve.go `case '.'`: strconv.ParseFloat of the text as written, underscores kept (ParseFloat reads Go's
    // float syntax, where underscores may sit between digits: atof.go readFloat, underscoreOK).
    if (text.startsWith("."))
        return GO_DOT_FLOAT.test(text) && goUnderscoresOk(text) ? float(goFloat(text.replace(/_/g, ""))) : undefined;
    const plain = text.replace(/_/g, "");
    const int = /^([-+]?)0(?:[xX]([0-9a-fA-F]+)|[oO]([0-7]+)|[bB]([01]+)|([0-7]*))$|^([-+]?)([1-9][0-9]*)$/.exec(plain);
    if (int) {
        const [, prefixedSign, hex, oct, bin, leadingZeroOct, decimalSign, decimal] = int;
        const sign = prefixedSign ?? decimalSign ?? "";
        const magnitude =
            hex !== undefined
                ? BigInt(`0x${hex}`)
                : oct !== undefined
                  ? BigInt(`0o${oct}`)
                  : bin !== undefined
                    ? BigInt(`0b${bin}`)
                    : decimal !== undefined
                      ? BigInt(decimal)
                      : BigInt(`0o${leadingZeroOct || "0"}`);
        const value = sign === "-" ? -magnitude : magnitude;
        // ParseInt's int64 range, then ParseUint's uint64 range (which takes no sign).
        if ((value >= -GO_INT64_MAX - 1n && value <= GO_INT64_MAX) || (sign === "" && value <= GO_UINT64_MAX))
            return { int: value };
    }
    return YAML_STYLE_FLOAT.test(plain) ? float(goFloat(plain)) : undefined;
}

/**
 * Go's fmt %v of a float64: strconv.FormatFloat(f, 'g', -1, 64), the shortest digits that read back, in %e form when
 * the exponent is below -4 or at least 6 ("if precision was the shortest possible, use precision 6 for this
 * decision": strconv ftoa.go), with a two-digit exponent; +Inf, -Inf and NaN as fmt writes them.
 */
function goFloatText(f: number): string {
    if (Number.isNaN(f)) return "NaN";
    if (!Number.isFinite(f)) return f > 0 ? "+Inf" : "-Inf";
    if (f === 0) return Object.is(f, -0) ? "-0" : "0";
    const sign = f < 0 ? "-" : "";
    const [mantissa, exponent] = Math.abs(f).toExponential().split("e");
    const digits = mantissa.replace(".", "");
    const exp = Number(exponent);
    if (exp < -4 || exp >= 6)
        return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ""}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
    const point = exp + 1;
    if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
    if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Go's float syntax for text starting with a dot (atof.go readFloat): digits, then an optional exponent. */
const GO_DOT_FLOAT = /^\.[0-9_]*[0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?$/;

/** Go's strconv underscoreOK for decimal text: each underscore sits between two digits. */
function goUnderscoresOk(text: string): boolean {
    return !/(^|[^0-9])_|_($|[^0-9])/.test(text);
}

/** Go's strconv.ParseFloat of decimal text: an error (so go-yaml keeps the text) when it overflows float64. */
function goFloat(text: string): number | undefined {
    if (!YAML_STYLE_FLOAT.test(text)) return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}

/**
 * The tags a project or stack file may write explicitly: the ones that leave a value as written (a string, a map, a
 * list). DECIDED (round 35): any other explicit tag is refused rather than decoded as Pulumi decodes it. go-yaml v3,
 * which the Pulumi CLI reads these files with (into interface{}: pulumi/pulumi sdk/go/common/resource/config
 * object.go), base64-decodes `!!binary` into a string (decode.go scalar(): "binaryTag" -> base64.StdEncoding ->
 * string), so `custody-infra:namePrefix: !!binary ZXZpbC1wcm9k` deploys "evil-prod", a value no reviewer reads; and it
 * resolves !!int, !!float, !!bool, !!null, !!timestamp and !!merge (resolve.go) by rules the tools' YAML reader
 * (yaml 2.9: a Uint8Array, a Date, a Set for !!set) does not share. None is needed to write any value Pulumi reads,
 * so the tools name the key and the tag and ask for the plain value. Doc: YAML 1.1 types (yaml.org/type/binary.html,
 * timestamp.html); go-yaml v3 decode.go and resolve.go.
 */
const PLAIN_TAGS: ReadonlySet<string> = new Set([
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
]);

/** Each explicit tag of `doc` other than PLAIN_TAGS, as "<where> is tagged <tag>". */
function explicitTagProblems(doc: ReturnType<typeof parseDocument>): string[] {
    const out: string[] = [];
    visit(doc, {
        Node(key, node, ancestors) {
            const tag = (node as { tag?: string }).tag;
            if (!tag || PLAIN_TAGS.has(tag)) return;
            const short = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
            out.push(`${nodePlace(key, node, ancestors)} is tagged ${short}`);
        },
    });
    return out;
}

/** Where a node of a YAML document stands, for messages: its key path, or "the key K (under P)" for a key. */
function nodePlace(key: unknown, node: unknown, ancestors: readonly unknown[]): string {
    let at = "";
    ancestors.forEach((a, i) => {
        const child = ancestors[i + 1] ?? node;
        const name =
            isPair(a) && child === a.value ? String((a.key as { value?: unknown })?.value ?? a.key) : undefined;
        // A stack setting is named as `pulumi config` names it: `custody-infra:trustDomain.keyTags.cost-center`.
        if (name !== undefined) at = at === "config" && name.includes(":") ? name : joinPath(at, name);
        else if (isSeq(a)) at = `${at}[${a.items.indexOf(child)}]`;
    });
    const written = isAlias(node) ? `*${node.source}` : ((node as { source?: unknown }).source ?? "");
    return key === "key" ? `the key ${JSON.stringify(written)}${at ? ` (under ${at})` : ""}` : at || "the document";
}

/**
 * The shape of a Go type Pulumi decodes a project or stack file into, as far as JSON keys name fields: a struct's
 * fields by their json tags (each with the shape of its value, undefined for a scalar or a value decoded by other
 * rules), a list's elements, a map's values (map keys are data: Go matches them exactly).
 */
export type GoShape = { struct: Record<string, GoShape | undefined> } | { list: GoShape } | { map: GoShape };

/** ProjectConfigItemsType `{type, items}`, recursive (pulumi/pulumi sdk/go/common/workspace/project.go). */
const CONFIG_ITEMS_FIELDS: { struct: Record<string, GoShape | undefined> } = { struct: { type: undefined } };
CONFIG_ITEMS_FIELDS.struct.items = CONFIG_ITEMS_FIELDS;

/** PluginOptions `{name, version, path}`, listed under Plugins' providers, languages and analyzers. */
const PLUGIN_LIST: GoShape = { list: { struct: { name: undefined, version: undefined, path: undefined } } };

/**
 * Pulumi's Project struct as its json tags name its fields (pulumi/pulumi sdk/go/common/workspace/project.go:
 * Project, ProjectRuntimeInfo.UnmarshalJSON's `{name, options}` payload, ProjectConfigType, Plugins, PluginOptions,
 * ProjectBackend, ProjectOptions, packageSpecMarshalled). `template` (apitype.ProjectTemplate) is left as written:
 * the tools never read it.
 */
const PROJECT_FILE_FIELDS: GoShape = {
    struct: {
        name: undefined,
        runtime: { struct: { name: undefined, options: undefined } },
        main: undefined,
        description: undefined,
        author: undefined,
        website: undefined,
        license: undefined,
        config: {
            map: {
                struct: {
                    type: undefined,
                    description: undefined,
                    items: CONFIG_ITEMS_FIELDS,
                    default: undefined,
                    value: undefined,
                    secret: undefined,
                },
            },
        },
        stackConfigDir: undefined,
        template: undefined,
        backend: { struct: { url: undefined } },
        options: { struct: { refresh: undefined } },
        packages: {
            map: {
                struct: {
                    source: undefined,
                    version: undefined,
                    parameters: undefined,
                    checksums: undefined,
                    pluginDownloadURL: undefined,
                    extensions: undefined,
                },
            },
        },
        plugins: { struct: { providers: PLUGIN_LIST, languages: PLUGIN_LIST, analyzers: PLUGIN_LIST } },
        requiredPulumiVersion: undefined,
    },
};

/**
 * Pulumi's ProjectStack struct (project.go): its config (config.Map: keys are config keys, matched exactly) and
 * environment (an ESC definition) are data, not fields. mainEnvironment is in pulumi/pulumi's ProjectStack too.
 */
const STACK_FILE_FIELDS: GoShape = {
    struct: {
        secretsprovider: undefined,
        encryptedkey: undefined,
        encryptionsalt: undefined,
        config: undefined,
        environment: undefined,
        mainEnvironment: undefined,
    },
};

/**
 * A key as Go's encoding/json folds it to match a field: "preferring an exact match but also accepting a
 * case-insensitive match" (Go encoding/json Unmarshal docs), where the fold is bytes.EqualFold's (fold.go foldName:
 * each rune to the smallest of its unicode.SimpleFold set). Pulumi's field names are ASCII letters, whose fold sets
 * are their two cases but for k (also U+212A KELVIN SIGN) and s (also U+017F LATIN SMALL LETTER LONG S); any other
 * non-ASCII letter matches no field, so it is kept as it is.
 */
function goFold(key: string): string {
    return key
        .replace(/[A-Z]/g, c => c.toLowerCase())
        .replace(/\u212a/g, "k")
        .replace(/\u017f/g, "s");
}

/**
 * Every key of `value` (the file's document, of the shape `shape`, at `at`) that Go's encoding/json takes for one of
 * Pulumi's fields although it is not written as that field, with the fix. Go fills a struct field from any key that
 * folds to it (goFold), each key in the order of the text, so with two such keys the last one's value is kept and the
 * other dropped silently (golang/go#43664: `{"dist": "ok", "Dist": "KO"}` decodes to KO): two keys of one field
 * are refused, naming both. DECIDED (round 32): a field written in another case alone (`"Main"`, `"Config"`,
 * `"ſtackConfigDir"`) is refused too, not read as its field: Pulumi's project loader judges the file as a map of its
 * keys as written before it fills the struct (loaders.go projectLoader.load: ValidateProject against project.json,
 * RewriteConfigPathIntoStackConfigDir and RewriteShorthandConfigValues read `project["config"]`), so such a key is
 * not even handled as its field throughout Pulumi, and a reviewer reads it as an unknown key. Keys that fold to no
 * field are left alone: Go ignores them, and so do the tools. The one reader of JSON keys as Go matches them to
 * Pulumi's fields: the project and stack files here, and a stack export's apitype structs (tools/audit/exportFile.ts).
 */
export function goFieldProblems(value: unknown, shape: GoShape, at: string, out: GoFieldProblem[]): void {
    if ("list" in shape) {
        if (Array.isArray(value)) value.forEach((v, i) => goFieldProblems(v, shape.list, `${at}[${i}]`, out));
        return;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) return;
    const object = value as Record<string, unknown>;
    if ("map" in shape) {
        for (const [k, v] of Object.entries(object)) goFieldProblems(v, shape.map, joinPath(at, k), out);
        return;
    }
    const fields = new Map(Object.keys(shape.struct).map(f => [goFold(f), f]));
    const written = new Map<string, string[]>();
    for (const key of Object.keys(object)) {
        const field = fields.get(goFold(key));
        if (field !== undefined) written.set(field, [...(written.get(field) ?? []), key]);
    }
    for (const [field, keys] of written) {
        if (keys.length > 1 || keys[0] !== field) out.push({ at, field, keys });
        const inner = shape.struct[field];
        if (inner) for (const k of keys) goFieldProblems(object[k], inner, joinPath(at, k), out);
    }
}

/** A struct field of one of Pulumi's Go types written in another case, or written twice in two spellings. */
export interface GoFieldProblem {
    /** The path of the object holding the keys ("" at the top level). */
    at: string;
    /** The field as its json tag names it. */
    field: string;
    /** The keys of that object Go decodes into the field, in the order of the text. */
    keys: string[];
}

/** A GoFieldProblem in words, with the fix: keep one key, written as the field's json tag. */
export function describeGoFieldProblem({ at, field, keys }: GoFieldProblem): string {
    const named = keys.map(k => JSON.stringify(k));
    const where = at ? ` (at ${at})` : "";
    if (keys.length > 1)
        return `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}${where} are one field to Pulumi, ${field}: it keeps the value of the one it decodes last and drops the other${keys.length > 2 ? "s" : ""} without a word; keep one, written "${field}"`;
    return `${named[0]}${where} is the field ${field} to Pulumi: write it "${field}"`;
}

/**
 * Why a YAML file could not be read, in the user's terms. A file of several YAML documents (a second `---`): go-yaml's
 * Unmarshal, which the Pulumi CLI reads stack and project files with, "decodes the first document found within the in
 * byte slice" (go-yaml/yaml yaml.go) and ignores the rest without a word, so a value pasted below the `---` would
 * look set and never be; the tools refuse the file, saying what to do (not the YAML library's API advice).
 */
function yamlProblem(what: string, e: unknown): string {
    const err = e as { code?: unknown; message?: unknown; linePos?: Array<{ line: number }> };
    if (err.code === "MULTIPLE_DOCS") {
        const line = err.linePos?.[0]?.line;
        return (
            `${what} holds more than one YAML document (a second \`---\`${line ? ` at line ${line}` : ""}); it must be one YAML document: ` +
            "Pulumi reads only the first and ignores the rest without a word. Move the settings you meant into the first document's config: and delete the second `---` and what follows it."
        );
    }
    return `${what} is not valid YAML: ${String(err.message).split("\n")[0]}`;
}

/**
 * The config keys of a stack file as Pulumi reads them (pulumi/pulumi sdk/go/common/resource/config/key.go,
 * ParseKey): `<namespace>:<name>` ("the preferred form"), or `<namespace>:config:<name>` ("compat with an old
 * requirement that every config value be in the "config" module"), which is the same key: the legacy form is read
 * as `<namespace>:<name>`, as the Node SDK's cleanKey does at run time (runtime/config.js). Any other key with
 * colons is one Pulumi refuses ("could not parse ... as a configuration key"). A key without a colon is the
 * project's (`<project>:<key>`, as Pulumi rewrites it). One key written in two forms is refused too (both decode to the same map key, so Pulumi keeps one of the two values, silently). Errors name the
 * key and the fix.
 */
function configKeys(file: string, raw: Record<string, unknown>, project: string): Record<string, unknown> {
    const entries: Array<[string, unknown]> = [];
    const written = new Map<string, string>();
    for (const [key, value] of Object.entries(raw)) {
        const parts = key.split(":");
        let full = key;
        if (parts.length === 1) {
            // Pulumi namespaces a key written without one with the project's name (pulumi/pulumi
            // sdk/go/common/workspace/loaders.go, stackConfigNamespacedWithProject: "config: instanceSize: t3.micro
            // is valid configuration and will be rewritten in the form {projectName}:instanceSize").
            full = `${project}:${key}`;
        } else if (parts.length === 3 && parts[1] === "config" && parts[0] !== "" && parts[2] !== "") {
            full = `${parts[0]}:${parts[2]}`;
        } else if (parts.length > 2) {
            throw new StackFileError(
                `stack file ${file}: config key "${key}" is not a key Pulumi can read (it refuses the file: "could not parse ${key} as a configuration key"): ` +
                    `a key is <namespace>:<name> (or the legacy <namespace>:config:<name>), e.g. custody-infra:namePrefix, and a nested setting goes in its value's map (custody-infra:signer: {namespace: ...}), not in the key.`,
            );
        }
        const other = written.get(full);
        if (other !== undefined) {
            const spelling = [other, key].some(k => !k.includes(":"))
                ? `a key without a namespace is the project's (${project}:<key>)`
                : `${full.split(":")[0]}:config:${full.split(":")[1]} is Pulumi's legacy spelling of it`;
            throw new StackFileError(
                `stack file ${file}: ${other} and ${key} are the same config key ${full} (${spelling}): Pulumi reads both as that one key and keeps one of the two values without a word; keep one, written ${full}.`,
            );
        }
        written.set(full, key);
        entries.push([full, value]);
    }
    // fromEntries defines each key as data, as the YAML parser did (no prototype setter).
    return Object.fromEntries(entries);
}

/** A project config entry of `Pulumi.yaml`, in the long form (`{type?, items?, description?, secret?, default?, value?}`). */
interface ProjectConfigType {
    type?: string;
    items?: ProjectConfigItems;
    secret?: boolean;
    default?: unknown;
    value?: unknown;
}

interface ProjectConfigItems {
    type: string;
    items?: ProjectConfigItems;
}

export interface ProjectConfig {
    file: string;
    /** The project's name: the namespace of a key written without one. */
    name: string;
    /** Full keys (`custody-infra:namePrefix`) to their declaration, in the long form. */
    entries: Map<string, { written: string; decl: ProjectConfigType }>;
}

const CONFIG_TYPES = ["string", "integer", "boolean", "array"];
const DECLARATION_ATTRIBUTES = ["type", "items", "description", "secret", "default", "value"];

/**
 * The `config:` block of the project's `Pulumi.yaml` as Pulumi reads it (pulumi/pulumi sdk/go/common/workspace:
 * project.go RewriteShorthandConfigValues, Validate and project.json; Pulumi docs "Configuration", project-level
 * configuration): a string, integer, boolean or list written directly is a `default` for a key of the project's
 * namespace and a `value` for another namespace's; an object is a declaration `{type, items, description, secret,
 * default | value}`. Anything else is refused, naming the key and the fix. Undefined when there is no project file
 * (projectFile: Pulumi.json, Pulumi.yaml or Pulumi.yml, the one Pulumi reads; more than one is refused).
 */
export function readProjectConfig(projectDir: string): ProjectConfig | undefined {
    // The project file Pulumi reads (Pulumi.json, Pulumi.yaml or Pulumi.yml), or a refusal of an ambiguous set.
    const file = projectFile(projectDir);
    if (!file) return undefined;
    const doc = readMarkupFile(file, `project file ${file}`, PROJECT_FILE_FIELDS);
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
        throw new StackFileError(`project file ${file} is not a map (name:, runtime:, config: ...).`);
    }
    const project = doc as Record<string, unknown>;
    const name = project.name;
    if (typeof name !== "string" || name === "") {
        throw new StackFileError(`project file ${file} has no name: (the namespace of its config keys).`);
    }
    const fail: (message: string) => never = message => {
        throw new StackFileError(`project file ${file}: ${message}`);
    };
    // The name is what pulumi.getProject() returns: every key alias (alias/<name>/<stack>/share-<n>), the
    // custody:stack tag and every URN carry it, so the tools model and plan under it. Pulumi refuses any other
    // (pulumi/pulumi sdk/go/common/tokens ValidateProjectName: "project names may only contain alphanumerics,
    // hyphens, underscores, and periods", at most 100 characters).
    if (!PROJECT_NAME.test(name)) {
        fail(
            `name ${JSON.stringify(name)} is not a project name Pulumi accepts (it refuses the project: "project names may only contain alphanumerics, hyphens, underscores, and periods", at most 100): write one such as custody-infra.`,
        );
    }
    // The language host and the program Pulumi runs, before anything of the program is judged: another runtime,
    // a Pulumi YAML program in this file, or a local plugin binary is a deployment the tools do not judge.
    for (const problem of [
        runtimeProblem(project.runtime),
        typescriptProblem(project.runtime),
        yamlProgramProblem(project),
        pluginsProblem(project.plugins),
    ])
        if (problem) fail(problem);
    // The stack files are read next to Pulumi.yaml; a stackConfigDir (or the older `config: <dir>`) moves them.
    const stackConfigDir = project.stackConfigDir ?? (typeof project.config === "string" ? project.config : undefined);
    if (stackConfigDir !== undefined && stackConfigDir !== null && stackConfigDir !== "" && stackConfigDir !== ".") {
        fail(
            `stackConfigDir ${JSON.stringify(stackConfigDir)} moves the stack files away from Pulumi.yaml, where the offline tools read them; remove it, or pass --config with the stack file.`,
        );
    }
    // The module Pulumi's Node.js host loads, computed as run.js and Node compute it: index.ts or refused.
    const entry = entryPointProblem(projectDir, path.basename(file), project.main);
    if (entry) throw new StackFileError(entry);
    // The tsconfig ts-node reads as it compiles that program: its "ts-node" options may load code before it.
    const tsNode = tsNodeProblem(projectDir, path.basename(file), project.runtime);
    if (tsNode) throw new StackFileError(tsNode);
    const nodeargs = nodeargsProblem(project.runtime);
    if (nodeargs) fail(nodeargs);
    const block = typeof project.config === "string" ? undefined : project.config;
    const entries = new Map<string, { written: string; decl: ProjectConfigType }>();
    if (block === undefined || block === null) return { file, name, entries };
    if (typeof block !== "object" || Array.isArray(block)) {
        fail("config: must be a map of keys to values or declarations ({type, default} or {value}).");
    }
    for (const [written, raw] of Object.entries(block as Record<string, unknown>)) {
        // As Pulumi reads the key (config.ParseKey): a bare key is the project's, `<ns>:config:<k>` is `<ns>:<k>`.
        const parts = written.split(":");
        const key =
            parts.length === 1
                ? `${name}:${written}`
                : parts.length === 3 && parts[1] === "config" && parts[0] !== "" && parts[2] !== ""
                  ? `${parts[0]}:${parts[2]}`
                  : written;
        const own = key.startsWith(`${name}:`);
        // One key in two spellings: which value Pulumi applies depends on its merge order (and, in older CLIs, on Go
        // map order), so the tools would model one value while Pulumi may deploy the other.
        const twice = entries.get(key);
        if (twice) {
            fail(
                `config ${twice.written} and ${written} are the same key ${key} (a bare key is the project's, <namespace>:config:<key> the legacy spelling): Pulumi applies one of the two values; keep one, written ${key}.`,
            );
        }
        let decl: ProjectConfigType;
        if (typeof raw === "string" || typeof raw === "boolean" || Number.isInteger(raw) || Array.isArray(raw)) {
            decl = own ? { default: raw } : { value: raw };
        } else if (raw && typeof raw === "object") {
            const unknown = Object.keys(raw).filter(k => !DECLARATION_ATTRIBUTES.includes(k));
            if (unknown.length > 0) {
                fail(
                    `config ${written}: ${unknown.map(k => `"${k}"`).join(", ")} ${unknown.length === 1 ? "is not an attribute" : "are not attributes"} of a config declaration (${DECLARATION_ATTRIBUTES.join(", ")}); an object value is written under value: (${written}: {value: {...}}).`,
                );
            }
            decl = raw as ProjectConfigType;
        } else {
            fail(
                `config ${written} is ${raw === null ? "empty (null)" : JSON.stringify(raw)}: write a string, integer, boolean or list, or a declaration {type, default} / {value}.`,
            );
        }
        if (decl.default !== undefined && decl.value !== undefined) {
            fail(`config ${written} has both default: and value:; keep one.`);
        }
        if (decl.secret !== undefined && typeof decl.secret !== "boolean")
            fail(`config ${written}: secret: is true or false.`);
        if (decl.type !== undefined) {
            if (!own)
                fail(`config ${written} is not in the project's namespace (${name}): it takes a value:, not a type:.`);
            if (typeof decl.type !== "string" || !CONFIG_TYPES.includes(decl.type)) {
                fail(`config ${written}: type ${JSON.stringify(decl.type)} is not one of ${CONFIG_TYPES.join(", ")}.`);
            }
            if (decl.type === "array") checkItems(decl.items, written, fail);
            for (const which of ["default", "value"] as const) {
                const v = decl[which];
                if (v !== undefined && !matchesType(decl.type, decl.items, v)) {
                    fail(
                        `config ${written}: the ${which} ${JSON.stringify(v)} is not of the declared type ${typeName(decl.type, decl.items)}.`,
                    );
                }
            }
        } else if (decl.items !== undefined) {
            fail(`config ${written}: items: needs type: array.`);
        }
        if (!own && decl.default !== undefined) {
            fail(`config ${written} is not in the project's namespace (${name}): write value:, not default:.`);
        }
        if (!own && decl.value === undefined) fail(`config ${written} is in another namespace: it needs a value:.`);
        if (decl.value === null || decl.default === null)
            fail(`config ${written}: an empty (null) value; remove the key or give it a value.`);
        entries.set(key, { written, decl });
    }
    return { file, name, entries };
}

/**
 * The module Pulumi's Node.js language host loads as the program, computed the way it computes it: the one place
 * the tools decide which program Pulumi deploys (readProjectConfig refuses any other than this repository's index.ts,
 * entryPointProblem). Followed step by step, each step citing where Pulumi (or Node) takes it:
 *
 * 1. Pulumi.yaml `main` (pulumi/pulumi pkg/engine getPwdMain, "Path to the Pulumi program, relative to the location
 *    of Pulumi.yaml"): absent, the host is started in the project root with the program ".". A directory becomes the
 *    working directory with ".", a file is the program itself (run.js 243: `hasEntrypoint = argv._[0] !== "."`);
 *    one that does not exist makes Pulumi refuse the project ("project 'main' could not be read").
 * 2. The package manifest (run.js 72-102 npmPackageRootFromProgramPath, packageObjectFromProjectRoot; runtime/
 *    manifest.js searchupPackageManifest, readPackageManifest): the nearest package.json, else package.yaml, from the
 *    program's directory upwards. Its directory is the package root.
 * 3. With no program file from Pulumi.yaml (run.js 251-274): `exports` a string; else, `exports` an object (null and
 *    arrays too: `typeof === "object"`), its "." a string, or an object's `default || require || import`; else, only
 *    when `exports` is no object, `main` if truthy. Each is joined to the package root (run.js 207-216
 *    resolveEntrypoint); a path that exists becomes the program, else the host warns ("Could not find entry point")
 *    and keeps the directory. An `exports` object without "." decides nothing and `main` is not read here at all.
 *    A non-string where run.js joins a path (a `main` of 1, an `exports["."]` with none of the three conditions)
 *    throws in path.join: Pulumi fails.
 * 4. `"type": "module"` (run.js 445-470): a directory program is its index.js, else index.mjs, else index.ts, else
 *    index.mts ("Use the same behavior for loading the main entrypoint as `node <program>`"), a file is imported as
 *    it is. Otherwise CommonJS (run.js 484-491): a directory gets a trailing "/" and `require(program)` is Node's
 *    resolution of a path (Node.js docs, "Modules: CommonJS modules", "Folders as modules" and the require()
 *    pseudocode in "All together": LOAD_AS_FILE, LOAD_INDEX, LOAD_AS_DIRECTORY): a file as it is, else the path plus
 *    each registered extension; a directory through ITS OWN package.json `main` (a string; LOAD_AS_DIRECTORY reads
 *    package.json only, never package.yaml, and never `exports`, which applies to package-name lookups: Node.js docs,
 *    "Modules: Packages"), main + each extension, main/index + each, then (DEP0128) the directory's index + each.
 *    Node tries the extensions of require.extensions in order: .js, .json, .node, then the ones ts-node registers
 *    (run.js 348-362 tsn.register; ts-node 10.9.2 dist/file-extensions.js getExtensions: .ts, and .tsx/.jsx with a
 *    jsx compiler option), which REQUIRE_EXTENSIONS lists. ts-node's preferTsExts option would move them first; run.js
 *    does not set it, and where Node's order finds index.ts, that one finds it too.
 *
 * A key naming a path that does not exist is refused too (`problem`) unless that path is index.ts to Node (`"main":
 * "index"` finds index.ts through ts-node's extension): the host loads its fallback today and the named file as soon
 * as it exists (a build step writing dist/index.js, a checkout), with a warning only.
 */
interface EntryPoint {
    /** The file the host loads (absolute, as resolved), undefined when it loads none (`problem` says why). */
    file?: string;
    /** The program's working directory (Pulumi.yaml main's directory, else the project root). */
    cwd: string;
    /** The keys and rules that chose the file, in the host's order, each naming the file it read. */
    steps: string[];
    /** How to have index.ts loaded instead: the fix of the key that decided. */
    fix: string;
    /** Why the selection is refused whatever it loads today: the host fails, or a key names a missing path. */
    problem?: string;
}

/** The project root (real path) and what the selection read so far: its steps and the fix of each key. */
interface EntryTrail {
    root: string;
    steps: string[];
    fixes: string[];
}

/** Node's require.extensions under Pulumi's host, in Node's order (see pulumiEntryPoint, step 4). */
const REQUIRE_EXTENSIONS = [".js", ".json", ".node", ".ts", ".tsx", ".jsx"];

/** The index files run.js tries for an ES module package's directory program, in its order (run.js 454-465). */
const ESM_INDEX = ["index.js", "index.mjs", "index.ts", "index.mts"];

/** A selection the host cannot complete, or a key the tools refuse: ends pulumiEntryPoint with `problem`. */
class EntryRefused extends Error {
    constructor(
        message: string,
        readonly fix: string,
    ) {
        super(message);
    }
}

/**
 * What `p` is (following symbolic links), with the project root's index.ts taken as a file: the program the tools
 * run is the repository's index.ts (deployCustody with the stack's config), which a scratch project directory of
 * config files alone stands for.
 */
function statKind(p: string, root: string): "file" | "dir" | undefined {
    if (p === path.join(root, "index.ts")) return "file";
    const s = fs.statSync(p, { throwIfNoEntry: false });
    return s?.isFile() ? "file" : s?.isDirectory() ? "dir" : undefined;
}

/** Node's tryExtensions: `base` plus the first registered extension that names a file. */
function tryExtensions(base: string, root: string): string | undefined {
    return REQUIRE_EXTENSIONS.map(ext => base + ext).find(f => statKind(f, root) === "file");
}

/**
 * Node's LOAD_AS_DIRECTORY of `dir` as lib/internal/modules/cjs/loader.js tryPackage runs it (checked against
 * require.resolve on Node 20: a non-string `main` is no main; a `main` that is a directory is tried as main/index
 * + each extension, its own package.json unread).
 */
function loadAsDirectory(dir: string, trail: EntryTrail): string | undefined {
    const { steps, fixes } = trail;
    // A fix of this directory's files only for the project root: elsewhere the key that led here is the one to fix.
    const own = dir === trail.root;
    const manifest = path.join(dir, "package.json");
    let main: unknown;
    if (statKind(manifest, trail.root) === "file") {
        let data: unknown;
        try {
            data = JSON.parse(fs.readFileSync(manifest, "utf8"));
        } catch (e) {
            throw new EntryRefused(
                `${manifest} is not JSON (${String((e as Error).message).split("\n")[0]}): Node reads it when the host loads ${dir}/ and fails`,
                `fix ${manifest}`,
            );
        }
        if (data === null)
            throw new EntryRefused(
                `${manifest} is null: Node reads it when the host loads ${dir}/ and fails`,
                `write ${manifest} as an object ({"name": ..., "main": "index.ts"})`,
            );
        main = (data as { main?: unknown }).main;
    }
    if (typeof main !== "string" || main === "") {
        const index = tryExtensions(path.join(dir, "index"), trail.root);
        if (index) {
            steps.push(
                `Node loads the directory ${dir}/ without a package.json "main" as index plus the first of ${REQUIRE_EXTENSIONS.join(", ")} that exists (LOAD_INDEX, with ts-node's extensions after Node's): ${path.basename(index)}`,
            );
            if (own) fixes.push(`remove ${index}, or set "main": "index.ts" in ${manifest}`);
        }
        return index;
    }
    steps.push(
        `Node loads the directory ${dir}/ through ${manifest} "main": ${JSON.stringify(main)} (LOAD_AS_DIRECTORY)`,
    );
    if (own) fixes.push(`make "main" "index.ts" in ${manifest}`);
    const filename = path.resolve(dir, main);
    const found =
        (statKind(filename, trail.root) === "file" ? filename : undefined) ??
        tryExtensions(filename, trail.root) ??
        tryExtensions(path.join(filename, "index"), trail.root);
    if (found) return found;
    // Node then falls back to the directory's index with a deprecation warning (DEP0128): the key names a path
    // that does not exist, which the host loads as soon as it does.
    throw new EntryRefused(
        `${manifest} "main": ${JSON.stringify(main)} names ${filename}, which does not exist: Node warns (DEP0128, "Invalid 'main' field") and falls back to the directory's index (or fails without one) today, but loads ${filename} as soon as it exists`,
        own
            ? `make "main" "index.ts" in ${manifest}`
            : (fixes[fixes.length - 1] ?? `make "main" "index.ts" in ${manifest}`),
    );
}

/** Node's Module._findPath for the absolute `request` (a trailing "/" skips LOAD_AS_FILE), or undefined. */
function nodeRequire(request: string, trail: EntryTrail): string | undefined {
    const base = path.resolve(request);
    const kind = statKind(base, trail.root);
    if (!request.endsWith("/")) {
        if (kind === "file") return base;
        const withExt = tryExtensions(base, trail.root);
        if (withExt) {
            trail.steps.push(
                `Node resolves ${base} as ${withExt} (LOAD_AS_FILE: the path plus the first extension that exists)`,
            );
            return withExt;
        }
    }
    return kind === "dir" ? loadAsDirectory(base, trail) : undefined;
}

/** The manifest run.js reads for `programDir`: the nearest package.json, else package.yaml, upwards. */
function findManifest(programDir: string): string | undefined {
    for (let dir = programDir; ; dir = path.dirname(dir)) {
        const found = ["package.json", "package.yaml"].map(f => path.join(dir, f)).find(f => fs.existsSync(f));
        if (found) return found;
        if (path.dirname(dir) === dir) return undefined;
    }
}

/** The EntryPoint of the project in `projectDir` whose project file (`projectFileName`) says `main`: see EntryPoint. */
function pulumiEntryPoint(projectDir: string, projectFileName: string, main: unknown): EntryPoint {
    const root = fs.realpathSync(projectDir);
    const steps: string[] = [];
    const fixes: string[] = [];
    let cwd = root;
    const mainFix = `remove main: from ${projectFileName} (or write main: ./ or main: index.ts)`;
    // The fix of the key that decided; Pulumi.yaml's main when it moves the program directory.
    const fix = () =>
        cwd !== root ? mainFix : (fixes[fixes.length - 1] ?? `set "main": "index.ts" in ${root}/package.json`);
    try {
        // 1. Pulumi.yaml main (getPwdMain).
        let program = root;
        let hasEntrypoint = false;
        if (main !== undefined && main !== null && main !== "") {
            if (typeof main !== "string")
                throw new EntryRefused(`${projectFileName} main: ${JSON.stringify(main)} is no path`, mainFix);
            const target = path.resolve(root, main);
            const kind = statKind(target, root);
            if (kind === undefined)
                throw new EntryRefused(
                    `${projectFileName} main: ${JSON.stringify(main)} names ${target}, which does not exist: Pulumi refuses the project ("project 'main' could not be read"), or runs that program once it exists`,
                    mainFix,
                );
            if (kind === "dir") {
                cwd = fs.realpathSync(target);
                program = cwd;
                if (cwd !== root) {
                    steps.push(`${projectFileName} main: ${JSON.stringify(main)} makes ${cwd} the program directory`);
                    fixes.push(mainFix);
                }
            } else {
                steps.push(`${projectFileName} main: ${JSON.stringify(main)} names the program file`);
                fixes.push(mainFix);
                cwd = path.dirname(target);
                program = target;
                hasEntrypoint = true;
            }
        }
        // 2. The package manifest, from the program's directory upwards.
        const programStat = fs.lstatSync(program, { throwIfNoEntry: false });
        const programDirectory = programStat?.isDirectory() ? program : path.dirname(program);
        const manifestFile = findManifest(programDirectory);
        const packageRoot = manifestFile ? path.dirname(manifestFile) : programDirectory;
        let pkg: Record<string, unknown> = {};
        if (manifestFile) {
            let data: unknown;
            try {
                const text = fs.readFileSync(manifestFile, "utf8");
                data = manifestFile.endsWith(".json") ? JSON.parse(text) : (parse(text) ?? {});
            } catch (e) {
                throw new EntryRefused(
                    `package manifest ${manifestFile} cannot be read (${String((e as Error).message).split("\n")[0]}); Pulumi's Node.js host reads it for the program's entry point`,
                    `fix ${manifestFile}`,
                );
            }
            if (data === null)
                throw new EntryRefused(
                    `package manifest ${manifestFile} is null: run.js reads its "exports" and fails`,
                    `write ${manifestFile} as an object ({"name": ..., "main": "index.ts"})`,
                );
            if (typeof data === "object") pkg = data as Record<string, unknown>;
        }
        const isModule = pkg.type === "module";
        // 3. The package's entry point, when Pulumi.yaml names no program file (resolveEntrypoint).
        let missing: EntryRefused | undefined;
        const entry = (key: string, value: unknown) => {
            const keyFix = `make ${key} "./index.ts" in ${manifestFile} (or remove it)`;
            if (typeof value !== "string")
                throw new EntryRefused(
                    `${manifestFile} ${key} is ${JSON.stringify(value) ?? "absent"}, no path: run.js joins it to the package root (path.join) and fails`,
                    keyFix,
                );
            steps.push(
                `${manifestFile} ${key}: ${JSON.stringify(value)} is the entry point (with no program file in ${projectFileName}, run.js loads the package's entry point)`,
            );
            fixes.push(keyFix);
            const p = path.join(packageRoot, value);
            if (statKind(p, root) !== undefined) {
                program = p;
                return;
            }
            // resolveEntrypoint warns and keeps the directory, whose module is judged below; the key itself is
            // refused unless it is index.ts to Node (an ES module package imports a path as written).
            steps.push(
                `${p} does not exist, so run.js warns ("Could not find entry point") and keeps the program directory`,
            );
            const named = isModule ? undefined : nodeRequire(p, { root, steps: [], fixes: [] });
            if (named === undefined || !sameFile(named, path.join(root, "index.ts")))
                missing = new EntryRefused(
                    `${manifestFile} ${key}: ${JSON.stringify(value)} names ${p}, which does not exist: run.js warns ("Could not find entry point") and loads the program directory's module today, but ${p} as soon as it exists (a build step, a checkout)`,
                    keyFix,
                );
        };
        if (!hasEntrypoint) {
            const exports = pkg.exports;
            if (typeof exports === "string") entry('"exports"', exports);
            else if (typeof exports === "object") {
                if (exports === null)
                    throw new EntryRefused(
                        `${manifestFile} "exports" is null: run.js reads exports["."] of it and fails`,
                        `remove "exports" from ${manifestFile}, or make it "./index.ts"`,
                    );
                const dot = (exports as Record<string, unknown>)["."];
                if (typeof dot === "string") entry('exports["."]', dot);
                else if (dot === null)
                    throw new EntryRefused(
                        `${manifestFile} exports["."] is null: run.js reads its default of it and fails`,
                        `make exports["."] "./index.ts" in ${manifestFile}`,
                    );
                else if (typeof dot === "object") {
                    // `mainExport.default || mainExport.require || mainExport.import`: the first truthy, else import's.
                    const conditions = dot as Record<string, unknown>;
                    const which = ["default", "require", "import"].find(k => conditions[k]);
                    if (which === undefined && typeof conditions.import !== "string")
                        throw new EntryRefused(
                            `${manifestFile} exports["."] ${JSON.stringify(dot)} has no default, require or import: run.js passes ${String(conditions.import)} to path.join and fails`,
                            `add "default": "./index.ts" to exports["."] in ${manifestFile}`,
                        );
                    entry(`exports["."].${which ?? "import"}`, conditions[which ?? "import"]);
                } else if (pkg.main) {
                    steps.push(
                        `${manifestFile} "exports" is an object without ".", so run.js keeps the program directory and does not read "main" itself`,
                    );
                }
            } else if (pkg.main) entry('"main"', pkg.main);
        }
        // 4. What the host loads: an ES module package imports the file (a directory's index.*), else require().
        let file: string | undefined;
        const stat = fs.statSync(program, { throwIfNoEntry: false });
        if (isModule) {
            const real = statKind(program, root) === "file" ? program : fs.realpathSync(program);
            if (stat?.isDirectory()) {
                const index = ESM_INDEX.find(f => statKind(path.join(real, f), root) !== undefined);
                if (!index)
                    throw new EntryRefused(
                        `with "type": "module" in ${manifestFile}, run.js loads ${real} as one of ${ESM_INDEX.join(", ")} and finds none ("No entrypoint found")`,
                        `name ./index.ts as the entry point in ${manifestFile}`,
                    );
                file = path.join(real, index);
                steps.push(
                    `with "type": "module" in ${manifestFile}, run.js loads the directory ${real} as the first of ${ESM_INDEX.join(", ")} that exists: ${index}`,
                );
                if (real === root)
                    fixes.push(
                        `remove ${file}, or name ./index.ts as the entry point in ${manifestFile} ("main": "./index.ts", or "exports": "./index.ts" beside other exports)`,
                    );
            } else file = real;
        } else {
            const isDirectory = fs.lstatSync(program, { throwIfNoEntry: false })?.isDirectory() ?? false;
            const request = isDirectory && !program.endsWith("/") ? `${program}/` : program;
            file = nodeRequire(request, { root, steps, fixes });
            if (!file) throw new EntryRefused(`Node finds no module at ${request} ("Cannot find module")`, fix());
        }
        // A key naming a missing path: refused as such once the module loaded today is index.ts (else that is named).
        if (missing && file && sameFile(file, path.join(root, "index.ts")) && cwd === root) throw missing;
        return { file, cwd, steps, fix: fix() };
    } catch (e) {
        if (!(e instanceof EntryRefused)) throw e;
        return { cwd, steps, fix: e.fix, problem: e.message };
    }
}

/** Whether two paths are one file (both resolved through their symbolic links). */
function sameFile(a: string, b: string): boolean {
    try {
        return path.resolve(a) === path.resolve(b) || fs.realpathSync(a) === fs.realpathSync(b);
    } catch {
        return false;
    }
}

/**
 * Why Pulumi would not run this repository's index.ts in the project root, naming the file it loads, the keys that
 * chose it and the fix; undefined when it runs index.ts. The offline preview, the custody model and the audit's
 * plan run index.ts: any other module (or working directory) would have Pulumi deploy a program they never judged.
 * Judged whatever Pulumi.yaml's main and the package manifests say, so that the files always agree with the tools.
 */
function entryPointProblem(projectDir: string, projectFileName: string, main: unknown): string | undefined {
    const ep = pulumiEntryPoint(projectDir, projectFileName, main);
    const root = fs.realpathSync(projectDir);
    const index = path.join(root, "index.ts");
    const tail =
        "The offline preview, the custody model and the audit judge index.ts at the project root: their verdict would be on a program that is not deployed.";
    const how = ep.steps.length > 0 ? ` (${ep.steps.join("; then ")})` : "";
    if (ep.problem) return `${ep.problem}${how}. ${tail} Fix: ${ep.fix}, or move that program into ${index}.`;
    if (ep.file && sameFile(ep.file, index) && ep.cwd === root) return undefined;
    const where = ep.cwd !== root ? ` with ${ep.cwd} as its working directory` : "";
    const what = ep.file && !sameFile(ep.file, index) ? `loads ${ep.file}${where}` : `runs the program${where}`;
    return `Pulumi's Node.js host ${what}, not this repository's index.ts in ${root}${how}. ${tail} Fix: ${ep.fix}, or move that program into ${index}.`;
}

/**
 * The tsconfig Pulumi's Node.js host hands ts-node, and what ts-node reads of it: the one place the tools judge it.
 *
 * With runtime.options.typescript (the default, and this repository's Pulumi.yaml), @pulumi/pulumi 3.248.0
 * cmd/run/run.js (241-242, 300-361) registers ts-node with `project` set to PULUMI_NODEJS_TSCONFIG_PATH (which the
 * language host sets from Pulumi.yaml runtime.options.tsconfig: pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs
 * parseOptions, "tsconfigpath option must be a string"), else "tsconfig.json", relative to the program's working
 * directory (the project root: entryPointProblem), and with skipProject when that path does not exist. ts-node
 * 10.9.2 (dist/configuration.js readConfig) then reads that file and each file of its `extends` chain with
 * TypeScript's own JSONC reader (ts.readConfigFile: comments, trailing commas; of a key written twice the last),
 * resolving a relative `extends` against the file (".json" appended when missing) and a bare one as a package
 * (ts-internals getExtendsConfigPath: nodeModuleNameResolver with isConfigLookup), and merges every file's
 * `"ts-node"` object into its options, from the base to the project's file (docs: "Configuration", tsconfig.json
 * "ts-node" field; ts-node's tsconfig.schema.json describes each option). The chain is read here the same way:
 * the same `typescript` package and calls, an array `extends` (TypeScript 5's form, which ts-node 10.9.2 fails on)
 * read element by element. Judged whatever runtime.options.typescript says: a file one edit turns on.
 */
interface TsconfigFile {
    file: string;
    /** The file whose `extends` led here (undefined for the one Pulumi names). */
    from?: string;
    config: Record<string, unknown>;
}

/** The tsconfig file Pulumi's host names for the project in `root`, or undefined when ts-node reads none. */
function hostTsconfig(root: string, projectFileName: string, runtime: unknown): string | undefined {
    const options =
        runtime && typeof runtime === "object" && !Array.isArray(runtime)
            ? (runtime as { options?: unknown }).options
            : undefined;
    const named =
        options && typeof options === "object" && !Array.isArray(options)
            ? (options as { tsconfig?: unknown }).tsconfig
            : undefined;
    const key = `${projectFileName} runtime.options.tsconfig`;
    if (named !== undefined && named !== null && typeof named !== "string")
        throw new StackFileError(
            `${key} is ${JSON.stringify(named)}, no path: Pulumi refuses it ("tsconfigpath option must be a string"). Write a path such as tsconfig.json, or remove it.`,
        );
    const explicit = typeof named === "string" && named !== "";
    let file = path.resolve(root, explicit ? named : "tsconfig.json");
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) {
        if (!explicit) return undefined;
        throw new StackFileError(
            `${key} ${JSON.stringify(named)} names ${file}, which does not exist: ts-node reads no tsconfig today (run.js skipProject), and that file's "ts-node" options as soon as it exists. Remove runtime.options.tsconfig (tsconfig.json is read by default), or create the file.`,
        );
    }
    // ts-node's `project` naming a directory reads its tsconfig.json (configuration.js readConfig).
    if (stat.isDirectory()) file = path.join(file, "tsconfig.json");
    return file;
}

/** The first line of a TypeScript diagnostic, as tsc prints it. */
function diagnosticText(d: ts.Diagnostic): string {
    return ts.flattenDiagnosticMessageText(d.messageText, " ").split("\n")[0];
}

/** The file an `extends` entry of `from` names, as ts-node 10.9.2 finds it (ts-internals getExtendsConfigPath). */
function extendsTarget(spec: string, from: string): string {
    const base = path.dirname(from);
    if (path.isAbsolute(spec) || spec.startsWith("./") || spec.startsWith("../")) {
        const named = path.resolve(base, spec);
        const target = ts.sys.fileExists(named) || named.endsWith(".json") ? named : `${named}.json`;
        if (!ts.sys.fileExists(target))
            throw new StackFileError(
                `${from} "extends": ${JSON.stringify(spec)} names ${target}, which does not exist: ts-node fails ("File '${spec}' not found") as Pulumi's host registers it. Fix the path, or remove "extends".`,
            );
        return target;
    }
    // isConfigLookup (the 8th argument, not in the public typings): a package's "tsconfig" field, else tsconfig.json.
    const resolve = ts.nodeModuleNameResolver as (...args: unknown[]) => ReturnType<typeof ts.nodeModuleNameResolver>;
    const found = resolve(
        spec,
        path.join(base, "tsconfig.json"),
        { moduleResolution: ts.ModuleResolutionKind.Node10 },
        ts.sys,
        undefined,
        undefined,
        undefined,
        true,
    ).resolvedModule?.resolvedFileName;
    if (!found)
        throw new StackFileError(
            `${from} "extends": ${JSON.stringify(spec)} names no tsconfig TypeScript finds (no such package under node_modules from ${base}): ts-node fails ("File '${spec}' not found") as Pulumi's host registers it. Fix the name, or remove "extends".`,
        );
    return found;
}

/** `start` and its `extends` chain, each file read once, in the order ts-node reads them (the project's first). */
function readTsconfigChain(start: string): TsconfigFile[] {
    const chain: TsconfigFile[] = [];
    const visit = (file: string, from: string | undefined, ancestors: string[]) => {
        if (ancestors.includes(file))
            throw new StackFileError(
                `${file} extends itself (${[...ancestors, file].join(" -> ")}): ts-node follows "extends" without end as Pulumi's host registers it. Remove the cycle.`,
            );
        if (chain.some(c => c.file === file)) return;
        const read = ts.readConfigFile(file, ts.sys.readFile);
        if (read.error)
            throw new StackFileError(
                `${file}${from ? ` (extended by ${from})` : ""} cannot be read as a tsconfig (${diagnosticText(read.error)}): ts-node reports it and Pulumi's host fails. Fix the file.`,
            );
        const config = read.config as Record<string, unknown>;
        chain.push({ file, from, config });
        const ext = config.extends;
        if (ext === undefined || ext === null) return;
        for (const spec of Array.isArray(ext) ? (ext as unknown[]) : [ext]) {
            if (typeof spec !== "string")
                throw new StackFileError(
                    `${file} "extends": ${JSON.stringify(ext)} is not a path or a list of paths. Write "extends": "./tsconfig.base.json" (or remove it).`,
                );
            visit(extendsTarget(spec, file), file, [...ancestors, file]);
        }
    };
    visit(start, undefined, []);
    return chain;
}

/** An option value ts-node acts on (an empty string, false, null or [] selects nothing). */
function optionSet(v: unknown): boolean {
    return v !== undefined && v !== null && v !== false && v !== "" && !(Array.isArray(v) && v.length === 0);
}

/**
 * The `"ts-node"` options refused, each with what ts-node 10.9.2 does with it (its source and tsconfig.schema.json,
 * ts-node docs "Options"): every one loads a module into the program's process or changes which file, or which
 * compiler, a `require` of the program gets, so that Pulumi would deploy another program than the index.ts the
 * offline preview, the custody model and the audit run (under ts-node without those options). Accepted, because
 * they change how ts-node compiles and reports, never what: transpileOnly, typeCheck, files, compilerOptions (the
 * same compiler's settings; `paths` in them are inert without a resolver: ts-node docs "paths and baseUrl", "ts-node
 * does not modify node's module resolution behavior to implement paths mappings"), compilerHost, emit, logError,
 * pretty, ignoreDiagnostics, experimentalReplAwait, experimentalTsImportSpecifiers (a type-check diagnostic), and
 * ignore, skipIgnore, scope, scopeDir, moduleTypes (which files ts-node compiles, and as CommonJS or ESM: a file
 * left uncompiled, or compiled as ESM under require(), fails to load; it never loads another). Keys ts-node does
 * not recognize are ignored by it (configuration.js filterRecognizedTsConfigTsNodeOptions) and here.
 */
const REFUSED_TS_NODE_OPTIONS: ReadonlyArray<{
    key: string;
    refused: (v: unknown) => boolean;
    effect: (v: unknown, dir: string) => string;
    fix: string;
}> = [
    {
        // Docs "Options": "Modules to require, like node's --require flag ... resolved relative to the tsconfig.json
        // file"; dist/index.js register() line 136 Module._preloadModules(options.require).
        key: "require",
        refused: optionSet,
        effect: (v, dir) =>
            `ts-node's register() requires ${JSON.stringify(v)} (resolved from ${dir}) in the program's process before index.ts, as node --require does (refused in runtime.options.nodeargs too): the module can patch @pulumi/* or register resources of its own`,
        fix: "move any setup the module did into index.ts",
    },
    {
        // Docs "Options": "Specify a custom TypeScript compiler"; configuration.js findAndReadConfig resolves the
        // compiler (run.js passes "typescript") from the declaring file's directory once it is set (optionBasePaths).
        key: "compiler",
        refused: v => v !== undefined && v !== null,
        effect: (v, dir) =>
            `ts-node loads its TypeScript compiler from ${dir} (run.js names "typescript", which ts-node then resolves from the directory of the file that sets "compiler"): another module, or another copy of typescript than package-lock.json pins, compiles index.ts`,
        fix: "Pulumi's host compiles with the project's typescript package",
    },
    {
        // Docs "Options": "Specify a custom transpiler for use with transpileOnly"; dist/index.js create():
        // require(transpilerPath).create, handed every file ts-node compiles.
        key: "transpiler",
        refused: optionSet,
        effect: (v, dir) =>
            `ts-node requires the transpiler ${JSON.stringify(v)} (resolved from ${dir}) and hands it every .ts file it compiles, index.ts included: it can rewrite the program Pulumi runs`,
        fix: 'keep "transpileOnly": true if the speed was the point',
    },
    {
        // Docs "Options": "Transpile with swc instead of the TypeScript compiler ... Equivalent to setting both
        // transpileOnly: true and transpiler: 'ts-node/transpilers/swc'", which requires @swc/core from there.
        key: "swc",
        refused: optionSet,
        effect: (_v, dir) =>
            `ts-node transpiles the program with swc (ts-node/transpilers/swc, loading @swc/core or @swc/wasm resolved from ${dir}) instead of the TypeScript compiler the tools run it with`,
        fix: 'keep "transpileOnly": true if the speed was the point',
    },
    {
        // tsconfig.schema.json: "Enable experimental features that re-map imports and require calls"
        // (.js to .ts, baseUrl, paths, rootDirs); dist/cjs-resolve-hooks.js replaces Module._resolveFilename.
        key: "experimentalResolver",
        refused: optionSet,
        effect: () =>
            "ts-node replaces Node's require() resolution (Module._resolveFilename, _findPath) with its own, which re-maps the program's imports (.js to .ts, and per its schema baseUrl, paths and rootDirs) to other files than Node loads",
        fix: "import each module by the name Node resolves",
    },
    {
        // tsconfig.schema.json: "Like node's --experimental-specifier-resolution"; read by ts-node's ESM resolver
        // (run.js registers it for a "type": "module" package).
        key: "experimentalSpecifierResolution",
        refused: v => optionSet(v) && v !== "explicit",
        effect: v =>
            `ts-node's ESM resolver resolves import specifiers with ${JSON.stringify(v)} resolution (extensionless and directory imports) to other files than Node does`,
        fix: 'or write "explicit"',
    },
    {
        // tsconfig.schema.json: "Re-order file extensions so that TypeScript imports are preferred ... require('./index')
        // to resolve to index.ts instead of index.js"; dist/index.js registerExtensions.
        key: "preferTsExts",
        refused: optionSet,
        effect: () =>
            "ts-node moves .ts before .js in require.extensions: where x.js and x.ts both exist, the program Pulumi runs loads x.ts and the tools x.js",
        fix: "and delete any compiled .js kept beside the .ts sources",
    },
    {
        // tsconfig.schema.json: "Enable native ESM support"; dist/bin.js restarts under ts-node's ESM loader
        // (child-loader.mjs) when it is set. run.js's register() does not act on it: DECIDED (round 34), refused as
        // a loader all the same, since it is the one thing the option does and the program is CommonJS.
        key: "esm",
        refused: optionSet,
        effect: () =>
            "ts-node starts the program under its ESM loader (ts-node's CLI: node --loader ts-node/child-loader.mjs), a module loader the tools never run it with",
        fix: "the program is CommonJS",
    },
];

/** The `compilerOptions.paths` keys of the chain (the project's file first), for naming what a resolver remaps. */
function chainPaths(chain: TsconfigFile[]): string[] {
    const keys = new Set<string>();
    for (const { config } of chain) {
        const tsNode = config["ts-node"];
        for (const options of [
            config.compilerOptions,
            tsNode && typeof tsNode === "object"
                ? (tsNode as { compilerOptions?: unknown }).compilerOptions
                : undefined,
        ]) {
            const paths = options && typeof options === "object" ? (options as { paths?: unknown }).paths : undefined;
            if (paths && typeof paths === "object" && !Array.isArray(paths))
                for (const k of Object.keys(paths)) keys.add(k);
        }
    }
    return [...keys];
}

/**
 * Why the tsconfig ts-node reads under Pulumi's host (hostTsconfig, its extends chain) is refused, naming each file,
 * key and value with the fix; undefined when it loads nothing and compiles the program as the tools do. See
 * REFUSED_TS_NODE_OPTIONS. A `compilerOptions.paths` mapping takes effect at run time only through a registered
 * resolver (ts-node docs "paths and baseUrl": `"ts-node": {"require": ["tsconfig-paths/register"]}`; tsconfig-paths
 * README: it "convert[s] node's module loading calls" by `paths`), so it is refused through `require` (and
 * experimentalResolver), and named there.
 */
function tsNodeProblem(projectDir: string, projectFileName: string, runtime: unknown): string | undefined {
    const root = fs.realpathSync(projectDir);
    const start = hostTsconfig(root, projectFileName, runtime);
    if (!start) return undefined;
    const chain = readTsconfigChain(start);
    const problems: string[] = [];
    const fixes: string[] = [];
    for (const { file, from, config } of chain) {
        const options = config["ts-node"];
        if (options === undefined || options === null) continue;
        const where = `${file}${from ? ` (which ${from} extends)` : ""}`;
        if (typeof options !== "object" || Array.isArray(options))
            return `${where} "ts-node" is ${JSON.stringify(options)}, not the object of ts-node options ts-node reads there (it ignores anything else). Write it as an object ({"transpileOnly": true}), or remove it.`;
        for (const { key, refused, effect, fix } of REFUSED_TS_NODE_OPTIONS) {
            const value = (options as Record<string, unknown>)[key];
            if (!refused(value)) continue;
            let text = `${where} "ts-node".${key} ${JSON.stringify(value)}: ${effect(value, path.dirname(file))}`;
            const paths = key === "require" || key === "experimentalResolver" ? chainPaths(chain) : [];
            if (paths.length > 0)
                text += `; with compilerOptions.paths (${paths.join(", ")}) a resolver registered this way maps the program's imports of those names to other files than node_modules holds`;
            problems.push(text);
            fixes.push(`remove "${key}" from "ts-node" in ${file} (${fix})`);
        }
    }
    if (problems.length === 0) return undefined;
    return (
        `${problems.join("; ")}. Pulumi's Node.js host registers ts-node with this tsconfig before it loads index.ts (run.js), while the offline preview, the custody model and the audit run index.ts without ${problems.length === 1 ? "that option" : "those options"}: their verdict would be on a program run that is not deployed. ` +
        `Fix: ${fixes.join("; ")}. Options that only tune compilation (transpileOnly, files, compilerOptions, logError, pretty, ...) are kept.`
    );
}

/** Project names as Pulumi accepts them (tokens.ValidateProjectName: IsName, 1 to 100 characters). */
const PROJECT_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** What the other language hosts run (Pulumi docs, "Projects" and "Project file reference", runtime options). */
const OTHER_PROGRAMS = new Map<unknown, string>([
    ["python", "the project's Python program (__main__.py)"],
    ["go", "the project's Go package (or the prebuilt runtime.options.binary)"],
    ["dotnet", "the project's .NET program (or runtime.options.binary)"],
    ["java", "the project's Java program (Maven or Gradle build, or runtime.options.binary)"],
]);

/** `runtime: nodejs` in either form Pulumi reads (Pulumi docs, "Project file reference", runtime options). */
const NODEJS_RUNTIME =
    "runtime: nodejs (or runtime: {name: nodejs, options: {typescript: true}}, as this repository's Pulumi.yaml writes it)";

/**
 * Why Pulumi.yaml's `runtime` is not the Node.js language host that runs this repository's index.ts, with the fix;
 * undefined when it is. `runtime` is "Installed language runtime of the project: nodejs, python, go, dotnet, java,
 * yaml, or bun", written as a name or as {name, options} (Pulumi docs, "Project file reference"), and it picks the
 * language host that runs the program: python runs __main__.py, go builds the package (or runs options.binary),
 * dotnet and java their project's build, yaml the resources/variables/outputs of Pulumi.yaml itself ("the project
 * file ... also contains the program's infrastructure definition itself"). None of them runs index.ts, which the
 * offline preview, the custody model and the audit judge. bun does run index.ts, but "Pulumi uses Bun for both
 * running your program and managing your packages" (Pulumi blog, "Introducing Bun as a Runtime for Pulumi";
 * pulumi/pulumi#22049): another JavaScript engine without ts-node's type check, and dependencies installed by Bun,
 * not the ones package-lock.json pins and the tools run; so it is refused too (DECIDED, round 29). A project
 * without runtime Pulumi refuses itself ("runtime" is required).
 */
function runtimeProblem(runtime: unknown): string | undefined {
    const name =
        runtime && typeof runtime === "object" && !Array.isArray(runtime)
            ? (runtime as { name?: unknown }).name
            : runtime;
    if (name === "nodejs") return undefined;
    if (name === undefined || name === null || name === "")
        return `has no runtime: (Pulumi requires it: the language host that runs the program). Write ${NODEJS_RUNTIME}.`;
    const what =
        name === "yaml"
            ? "the Pulumi YAML host, which deploys the resources:, variables: and outputs: written in Pulumi.yaml itself"
            : name === "bun"
              ? "Bun, which runs index.ts on another JavaScript engine without ts-node's type check and installs the packages itself (not the versions package-lock.json pins, which the tools run)"
              : typeof name === "string"
                ? `the ${name} language host, which runs ${OTHER_PROGRAMS.get(name) ?? "that language's program"}, never index.ts`
                : "no language host Pulumi knows (runtime is a name, or {name, options})";
    return (
        `runtime ${JSON.stringify(runtime)} has Pulumi run the project with ${what}, ` +
        "while the offline preview, the custody model and the audit judge index.ts under Node.js: their verdict would be on a program that is not deployed. " +
        `Write ${NODEJS_RUNTIME}, and keep the program in index.ts.`
    );
}

/** Top-level keys of a Pulumi YAML program (Pulumi docs, "Pulumi YAML reference"). */
const YAML_PROGRAM_KEYS = ["resources", "variables", "outputs"] as const;

/**
 * Why Pulumi.yaml holds a Pulumi YAML program (top-level resources:, variables: or outputs:), with the fix. Under
 * `runtime: yaml` Pulumi deploys those blocks instead of index.ts; under nodejs Pulumi ignores them (its project
 * schema, pulumi/pulumi sdk/go/common/workspace/project.json, admits other top-level keys: additionalProperties
 * true), dead text that one edit of runtime: deploys and a reviewer of this file reads as part of the stack.
 * Refused whatever the runtime, naming the keys.
 */
function yamlProgramProblem(project: Record<string, unknown>): string | undefined {
    const keys = YAML_PROGRAM_KEYS.filter(k => project[k] !== undefined && project[k] !== null);
    if (keys.length === 0) return undefined;
    const written = keys.map(k => `${k}:`).join(", ");
    return (
        `${written} ${keys.length === 1 ? "is" : "are"} a Pulumi YAML program in the project file (Pulumi deploys ${keys.length === 1 ? "it" : "them"} under runtime: yaml, instead of index.ts), ` +
        "which the offline preview, the custody model and the audit never judge. " +
        `Delete ${written} from Pulumi.yaml, and declare any resource it held in index.ts (its components), where the tools and the policy pack judge it.`
    );
}

/**
 * Why Pulumi.yaml's `plugins:` is refused, with the fix; undefined when absent or empty. `plugins` is an "Override for
 * the plugin selection. Intended for use in developing pulumi plugins" (Pulumi docs, "Project file reference"):
 * `providers`, `analyzers` and `languages`, each a list of {name, path ("Path to the plugin folder"), version}
 * (pulumi/pulumi sdk/go/common/workspace/project.json pluginOptions), run the plugin binary at `path`
 * instead of the released one. A local aws or kubernetes provider turns the judged inputs into API calls nobody
 * reviewed (it may send any policy for a judged one), a local analyzer or language host runs the policy pack or
 * the program differently; the policy pack sees inputs only, and the offline tools, with their mocks, never run a
 * provider. So any entry is refused.
 */
function pluginsProblem(plugins: unknown): string | undefined {
    if (plugins === undefined || plugins === null) return undefined;
    const entries: string[] = [];
    if (typeof plugins === "object" && !Array.isArray(plugins)) {
        for (const [kind, list] of Object.entries(plugins as Record<string, unknown>)) {
            if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) continue;
            if (!Array.isArray(list)) {
                entries.push(`plugins.${kind} ${JSON.stringify(list)}`);
                continue;
            }
            list.forEach((p, i) => {
                const { name, path: at } = (p && typeof p === "object" ? p : {}) as { name?: unknown; path?: unknown };
                entries.push(
                    `plugins.${kind}[${i}]${typeof name === "string" ? ` (${name}${typeof at === "string" ? ` from ${at}` : ""})` : ` ${JSON.stringify(p)}`}`,
                );
            });
        }
        if (entries.length === 0) return undefined;
    } else entries.push(`plugins ${JSON.stringify(plugins)}`);
    return (
        `${entries.join(", ")} overrides the plugin Pulumi runs (plugins: is for developing Pulumi plugins): a local provider binary turns the judged inputs into API calls nobody reviewed, a local analyzer or language host runs the pack or the program differently, ` +
        "and neither the policy pack (it judges inputs) nor the offline tools (they run no provider) can see what it does. " +
        "Remove plugins: from Pulumi.yaml; the providers are the versions package.json pins (pulumi plugin install installs them)."
    );
}

/**
 * Node options Pulumi.yaml's `runtime.options.nodeargs` may pass: none loads code. nodeargs are "Arguments to pass to
 * node" when Pulumi runs the program (Pulumi docs, "Project file reference", runtime options; pulumi/pulumi#8655),
 * so `--require ./patch.js`, `--import`, `--loader`, `--env-file` (whose NODE_OPTIONS can require a module) would run
 * modules before index.ts that may change what it registers, which the offline tools, running index.ts without
 * them, never see. Only options that tune the runtime are accepted: heap and stack sizes, source maps, warnings.
 */
const SAFE_NODEARGS: readonly RegExp[] = [
    /^--max-old-space-size=\d+$/,
    /^--max-semi-space-size=\d+$/,
    /^--stack-size=\d+$/,
    /^--enable-source-maps$/,
    /^--no-deprecation$/,
    /^--no-warnings$/,
    /^--trace-warnings$/,
    /^--trace-uncaught$/,
];

/**
 * Why `runtime.options.typescript` of Pulumi.yaml is refused, with the fix; undefined when absent or true. Read as
 * the Node.js language host reads it (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs main.go parseOptions:
 * "typescript defaults to true", any value that is not a boolean fails the project with "typescript option must be a
 * boolean", TestParseOptions). `false` has the host start run.js without PULUMI_NODEJS_TYPESCRIPT=true, so it
 * registers no ts-node (@pulumi/pulumi 3.248.0 cmd/run/run.js 234, 279-361) and Node loads index.ts as JavaScript (a
 * SyntaxError at its first type annotation): Pulumi deploys nothing, while the offline tools, which compile
 * index.ts with ts-node, would call the project good. Doc: Pulumi docs, "Project file reference", runtime options
 * (typescript: "Default: true. If false, Pulumi will not use ts-node to compile TypeScript").
 */
function typescriptProblem(runtime: unknown): string | undefined {
    if (!runtime || typeof runtime !== "object" || Array.isArray(runtime)) return undefined;
    const options = (runtime as { options?: unknown }).options;
    if (!options || typeof options !== "object" || Array.isArray(options)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(options, "typescript")) return undefined;
    const typescript = (options as { typescript?: unknown }).typescript;
    if (typescript === true) return undefined;
    if (typescript === false)
        return (
            "runtime.options.typescript is false: Pulumi's Node.js host then registers no ts-node and Node loads index.ts as JavaScript, which fails at its first type annotation, " +
            "while the offline preview, the custody model and the audit compile index.ts with ts-node and would judge a program Pulumi cannot run. " +
            "Remove typescript: (it defaults to true) or write typescript: true."
        );
    return (
        `runtime.options.typescript is ${JSON.stringify(typescript) ?? String(typescript)}, not a boolean: Pulumi's Node.js host refuses the project ("typescript option must be a boolean"). ` +
        "Write typescript: true (unquoted), or remove it (it defaults to true)."
    );
}

/** Why `runtime.options.nodeargs` of Pulumi.yaml is refused, with the fix; undefined when absent or all safe. */
function nodeargsProblem(runtime: unknown): string | undefined {
    if (!runtime || typeof runtime !== "object" || Array.isArray(runtime)) return undefined;
    const options = (runtime as { options?: unknown }).options;
    if (!options || typeof options !== "object" || Array.isArray(options)) return undefined;
    const nodeargs = (options as { nodeargs?: unknown }).nodeargs;
    if (nodeargs === undefined || nodeargs === null || nodeargs === "") return undefined;
    const allowed =
        "--max-old-space-size=<MB>, --max-semi-space-size=<MB>, --stack-size=<N>, --enable-source-maps, --no-deprecation, --no-warnings, --trace-warnings, --trace-uncaught";
    if (typeof nodeargs !== "string")
        return `runtime.options.nodeargs is ${JSON.stringify(nodeargs)}: it is a string of node options; the offline tools accept only ${allowed}.`;
    const refused = nodeargs
        .trim()
        .split(/\s+/)
        .filter(arg => !SAFE_NODEARGS.some(p => p.test(arg)));
    if (refused.length === 0) return undefined;
    return (
        `runtime.options.nodeargs ${JSON.stringify(nodeargs)} passes node ${refused.map(a => JSON.stringify(a)).join(", ")} when Pulumi runs the program; ` +
        "an option such as --require, -r, --import, --loader or --env-file runs other modules before index.ts, which may change what it registers, " +
        `while the offline preview, the custody model and the audit run index.ts without them: their verdict would be on a program run that is not deployed. ` +
        `Remove ${refused.length === 1 ? "it" : "them"} (the offline tools accept only ${allowed}), and move any setup the module did into index.ts.`
    );
}

function checkItems(items: unknown, written: string, fail: (m: string) => never): void {
    if (!items || typeof items !== "object" || Array.isArray(items)) {
        fail(`config ${written}: type array needs items: {type: string | integer | boolean | array}.`);
    }
    const it = items as Record<string, unknown>;
    const unknown = Object.keys(it).filter(k => k !== "type" && k !== "items");
    if (unknown.length > 0) fail(`config ${written}: items has unknown attributes ${unknown.join(", ")}.`);
    if (typeof it.type !== "string" || !CONFIG_TYPES.includes(it.type)) {
        fail(`config ${written}: items type ${JSON.stringify(it.type)} is not one of ${CONFIG_TYPES.join(", ")}.`);
    }
    if (it.type === "array") checkItems(it.items, written, fail);
}

function typeName(type: string, items: ProjectConfigItems | undefined): string {
    return items ? `array<${typeName(items.type, items.items)}>` : type;
}

/** pulumi/pulumi workspace ValidateConfigValue: what a value of each declared type may be. */
function matchesType(type: string, items: ProjectConfigItems | undefined, value: unknown): boolean {
    switch (type) {
        case "string":
            return typeof value === "string";
        case "integer":
            return (
                (typeof value === "number" && Number.isInteger(value)) ||
                (typeof value === "string" && /^[+-]?\d+$/.test(value))
            );
        case "boolean":
            return typeof value === "boolean" || value === "true" || value === "false";
        default:
            return Array.isArray(value) && !!items && value.every(v => matchesType(items.type, items.items, v));
    }
}

/**
 * pulumi/pulumi workspace mergeConfig: a key the stack does not set takes the project's value or default; a key of
 * the project's namespace declared with neither is required of every stack; a stack value of a typed key must be
 * of that type, and of a `secret: true` key must be `secure:`. Errors name Pulumi.yaml and the fix.
 */
function applyProjectConfig(
    project: ProjectConfig,
    file: string,
    raw: Record<string, unknown>,
    secureValues: readonly string[],
    config: Record<string, string>,
): void {
    const missing: string[] = [];
    const problems: string[] = [];
    for (const [key, { written, decl }] of project.entries) {
        if (Object.prototype.hasOwnProperty.call(raw, key)) {
            const secure = secureValues.includes(key);
            if (decl.secret && !secure)
                problems.push(
                    `${key} is declared secret: true in ${project.file}, so the stack must set it encrypted (pulumi config set --secret).`,
                );
            // A stack value written as a scalar reaches Pulumi as its text; an object or list as JSON.
            const v = raw[key];
            const content = v !== null && typeof v === "object" ? v : String(v);
            if (decl.type !== undefined && !secure && !matchesType(decl.type, decl.items, content)) {
                problems.push(
                    `${key} is ${JSON.stringify(v)}, not of the type ${typeName(decl.type, decl.items)} ${project.file} declares for it.`,
                );
            }
            continue;
        }
        const v = decl.value !== undefined ? decl.value : decl.default;
        if (v === undefined) {
            if (key.startsWith(`${project.name}:`)) missing.push(written);
            continue;
        }
        config[key] =
            typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);
    }
    if (missing.length > 0) {
        problems.push(
            `${project.file} declares ${missing.map(k => `'${k}'`).join(", ")} without a default, so Pulumi requires ${missing.length === 1 ? "it" : "them"} of every stack and refuses this one ("missing configuration value"); set ${missing.length === 1 ? "it" : "them"} in the stack file, or give ${missing.length === 1 ? "it" : "them"} a default: in Pulumi.yaml.`,
        );
    }
    if (problems.length > 0) {
        throw new StackFileError(
            `stack file ${file} with the project config of ${path.basename(project.file)}: ${problems.join(" ")}`,
        );
    }
}

/**
 * The extensions of Pulumi's project and stack files, in the order Pulumi tries them: pulumi/pulumi
 * sdk/go/common/encoding marshal.go `Exts` = [".json", ".yaml", ".yml"] ("Although ".yml" is not a sanctioned YAML
 * extension, it is used quite broadly; so we will support it").
 */
export const MARKUP_EXTENSIONS: readonly string[] = [".json", ".yaml", ".yml"];

function isRegularFile(file: string): boolean {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * The project file Pulumi reads in `projectDir` (undefined when there is none): the one finder of the project file,
 * for readProjectConfig, projectName and stackFilePath, so every tool reads the file Pulumi reads. Pulumi's
 * DetectProjectPathFrom (pulumi/pulumi sdk/go/common/workspace/paths.go) calls findProjectInDir, which tries
 * `Pulumi` + each of encoding.Exts in order and takes the first regular file (isMarkupFile: a directory is no
 * project file); earlier releases walked the directory with fsutil.WalkUp (os.ReadDir, in name order) and the same
 * isMarkupFile, which gives the same order. So Pulumi.json wins over Pulumi.yaml, and Pulumi.yaml over Pulumi.yml,
 * without a word: a reviewer (or a tool reading Pulumi.yaml) sees one project while Pulumi runs another, with
 * another name, main, runtime and project config, and its stacks from Pulumi.<stack>.json. Two or more project
 * files are refused, naming them, the one Pulumi reads, and the fix.
 */
export function projectFile(projectDir: string): string | undefined {
    const found = MARKUP_EXTENSIONS.map(ext => path.join(projectDir, `Pulumi${ext}`)).filter(isRegularFile);
    if (found.length > 1) {
        const names = found.map(f => path.basename(f));
        throw new StackFileError(
            `${projectDir} holds ${found.length} project files (${names.join(", ")}): Pulumi reads only ${names[0]} ` +
                `(it tries Pulumi.json, Pulumi.yaml, Pulumi.yml in that order) and ignores ${names.slice(1).join(" and ")} without a word, ` +
                `so a reader of ${names[names.length - 1]} may review another project (name, program, runtime, config) than the one Pulumi runs, whose stack files are Pulumi.<stack>${path.extname(found[0])}. ` +
                `Keep one project file: delete ${names.length === 2 ? "the other" : "the others"} (this repository's is Pulumi.yaml, with Pulumi.<stack>.yaml stack files).`,
        );
    }
    return found[0];
}

/**
 * The stacks of the project: every `Pulumi.<stack>.json|.yaml|.yml` next to the project file (a stack file of
 * another extension than the project file's is listed too: stackFilePath then refuses it, saying which file Pulumi
 * reads). The one stack discovery.
 */
export function discoverStacks(projectDir: string): string[] {
    const stacks = fs
        .readdirSync(projectDir)
        .map(f => /^Pulumi\.(.+)\.(?:json|yaml|yml)$/.exec(f)?.[1])
        .filter((s): s is string => !!s);
    return [...new Set(stacks)].sort();
}

/** Stack names as Pulumi accepts them (pulumi/pulumi pkg/backend validateStackName: `^[A-Za-z0-9_.-]{1,100}$`). */
const STACK_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * Why `stack` is no stack name the tools accept, with the fix; undefined when it is one. The one stack-name check
 * of the offline preview, the audit and the custody model. Pulumi's pattern admits `.` and `..`, but the tools use
 * the name as a path segment (Pulumi.<stack>.yaml, out/<stack>/, policy-pack/config/<stack>.json): `..` would make
 * the default out/<stack>/ the project root itself, so those two are refused here too.
 */
export function stackNameProblem(stack: string): string | undefined {
    if (!STACK_NAME.test(stack))
        return `"${stack}" is not a stack name: use letters, digits, '-', '_' and '.' (at most 100), e.g. --stack dev.`;
    if (stack === "." || stack === "..")
        return `"${stack}" is not a stack name the tools accept: it is a path segment (out/${stack}/ would not be a directory under out/); name a stack with a letter or digit, e.g. --stack dev.`;
    return undefined;
}

/**
 * The stack file Pulumi reads for `stack`: `Pulumi.<stack>` + the project file's extension, next to it (pulumi/pulumi
 * sdk/go/common/workspace/paths.go DetectProjectStackPath / ProjectStackPath: `fmt.Sprintf("%s.%s%s", ProjectFile,
 * qnameFileName(stackName), filepath.Ext(projPath))`), so Pulumi.yml's stacks are Pulumi.<stack>.yml and
 * Pulumi.json's Pulumi.<stack>.json; Pulumi.<stack>.yaml without a project file (the stack file alone). A file of
 * the stack under another of those extensions is refused (StackFileError), naming both and the fix: Pulumi never
 * reads it, yet it is what a reviewer (or a tool reading Pulumi.<stack>.yaml) takes for the stack's config; and
 * when it is the only one, Pulumi, not finding its own, runs the stack with no stack config at all (loaders.go
 * projectStackLoader: a stack file that does not exist is an empty config). Throws the project file's refusal too
 * (projectFile).
 */
export function stackFilePath(projectDir: string, stack: string): string {
    const project = projectFile(projectDir);
    const ext = project ? path.extname(project) : ".yaml";
    const file = path.join(projectDir, `Pulumi.${stack}${ext}`);
    const others = MARKUP_EXTENSIONS.filter(e => e !== ext)
        .map(e => path.join(projectDir, `Pulumi.${stack}${e}`))
        .filter(isRegularFile);
    if (others.length === 0) return file;
    const named = others.map(f => path.basename(f)).join(" and ");
    const reads = project
        ? `with the project file ${path.basename(project)}, Pulumi reads stack ${stack}'s config from ${path.basename(file)} only (a stack file takes the project file's extension)`
        : `Pulumi reads stack ${stack}'s config from one file, Pulumi.${stack} with the project file's extension, and there is no project file here`;
    if (isRegularFile(file)) {
        throw new StackFileError(
            `${named} ${others.length === 1 ? "is" : "are"} next to ${file}: ${reads} and never reads ${named}, which a reviewer would take for the stack's config. ` +
                `Move what you meant into ${path.basename(file)} and delete ${named}.`,
        );
    }
    throw new StackFileError(
        `stack ${stack}'s file is ${others.map(f => f).join(" and ")}, but ${reads}: there is no ${path.basename(file)}, so Pulumi would run stack ${stack} with no stack config at all (a missing stack file is an empty one). ` +
            `Rename ${named} to ${path.basename(file)}${project && others.length === 1 ? ` (or rename ${path.basename(project)} to Pulumi${path.extname(others[0])}, and every stack file with it)` : ""}.`,
    );
}

function replaceSecure(value: unknown, at: string, found: string[]): unknown {
    if (value && typeof value === "object" && !Array.isArray(value)) {
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.length === 1 && entries[0][0] === "secure" && typeof entries[0][1] === "string") {
            found.push(at);
            return SECRET_PLACEHOLDER;
        }
        return Object.fromEntries(entries.map(([k, v]) => [k, replaceSecure(v, `${at}.${k}`, found)]));
    }
    if (Array.isArray(value)) {
        return value.map((v, i) => replaceSecure(v, `${at}[${i}]`, found));
    }
    return value;
}
