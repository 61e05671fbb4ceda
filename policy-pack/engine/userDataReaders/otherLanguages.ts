/**
 * Programs of other languages and their builds: Go (`go run`), Rust (cargo run, packages, dependencies, rustup
 * channels), .NET (`dotnet run`, projects) and Java (options, argument files, releases installed or placed, JVM
 * agents, JMX/JDWP, Spring static locations, jcmd, jattach, Jolokia), with the sources each runner reads. Split from
 * userData.ts.
 */
import { parseAllDocuments } from "yaml";
import { posix } from "path";
import { joinContinuations, simpleCommands } from "../shell";
import { getopt, Listener, NO_VIEW, optionValues, readConfig, ScriptView, servedDirectory } from "./listeners";

/** java(1) launcher options that take the next word as their value (before the main class or `-jar FILE`). */
const JAVA_VALUE_OPTION =
    /^(-cp|-classpath|--class-path|-p|--module-path|--upgrade-module-path|--add-modules|--add-opens|--add-exports|--add-reads|--patch-module|--limit-modules|--enable-native-access)$/;

/** Where java's own options end: the main class or `-jar FILE` (java(1): later words are the application's). */
export const javaOptionsEnd = (args: readonly string[]) =>
    args.findIndex((w, i) => w === "-jar" || (!w.startsWith("-") && !JAVA_VALUE_OPTION.test(args[i - 1] ?? "")));

/**
 * `words` with each options file a word names replaced by the file's words (`file(word, before)`: its path, or none),
 * from the text user data wrote (quotedWords; `comments`: `#` starts one), until `stop(words so far)`; `unread` the
 * files it does not write in full or changes after writing them (readConfig), which may hold any option. Files are not
 * nested: their words are not expanded again.
 */
export function expandOptionFiles(
    words: readonly string[],
    file: (word: string, before: readonly string[]) => string | undefined,
    comments: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    stop: (before: readonly string[]) => boolean = () => false,
): { words: string[]; unread: string[] } {
    const out: string[] = [];
    const unread: string[] = [];
    for (const w of words) {
        if (stop(out)) break;
        const path = file(w, out);
        if (path === undefined) {
            out.push(w);
            continue;
        }
        const text = readConfig(path, fileText, view);
        if (text == null) unread.push(path);
        out.push(...quotedWords(comments ? (text ?? "").replace(/(^|\s)#.*$/gm, "$1") : (text ?? "")));
    }
    return { words: out, unread };
}

/**
 * The java launcher's `@FILE` argument files (java(1) "java Command-Line Argument Files": the launcher replaces `@FILE`
 * by the file's arguments, split at white space outside quotes, `#` starting a comment, until the main class or
 * `--disable-@files`; `@@` escapes a literal `@`), on its command line and in JDK_JAVA_OPTIONS (JDK-8170832: "It will
 * support multiple @files"), then the VM's `-XX:VMOptionsFile=FILE` (java(1) "Advanced Runtime Options": "Allows user
 * to specify VM options in a file"; HotSpot arguments.cpp expand_vm_options_as_needed, for the command line,
 * JAVA_TOOL_OPTIONS and _JAVA_OPTIONS alike, the file's words split as those variables' are, no comments).
 */
export function jvmOptionFiles(
    words: readonly string[],
    launcher: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { words: string[]; unread: string[] } {
    const launched = launcher
        ? expandOptionFiles(words, javaArgumentFile, true, fileText, view)
        : { words: [...words], unread: [] };
    const vmOptionsFile = (w: string) => /^-XX:VMOptionsFile=(.+)$/.exec(w)?.[1];
    const vm = expandOptionFiles(launched.words, vmOptionsFile, false, fileText, view);
    return { words: vm.words, unread: [...launched.unread, ...vm.unread] };
}

/** The path of a java launcher's `@FILE` word (jvmOptionFiles), unless `--disable-@files` came before it. */
export const javaArgumentFile = (w: string, before: readonly string[]) =>
    /^@[^@]/.test(w) && !before.includes("--disable-@files") ? w.slice(1) : undefined;

/** java's options (before the main class or `-jar FILE`) with its option files expanded (jvmOptionFiles). */
function javaOptions(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { options: string[]; unread: string[] } {
    const stop = (before: readonly string[]) => javaOptionsEnd(before) >= 0;
    const launched = expandOptionFiles(args, javaArgumentFile, true, fileText, view, stop);
    const end = javaOptionsEnd(launched.words);
    const vm = jvmOptionFiles(launched.words.slice(0, end < 0 ? undefined : end), false, fileText, view);
    return { options: vm.words, unread: [...launched.unread, ...vm.unread] };
}

/**
 * The properties of a Java properties file (java.util.Properties.load: `key=value`, `key:value` or `key value`, `#`
 * and `!` lines comments; the value keeps its trailing white space, which makes `true ` another word than `true`).
 */
const javaProperties = (text: string) =>
    text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*([^#!\s=:][^\s=:]*)\s*[=:\s]\s*(.*)$/.exec(line);
        return m ? [{ name: m[1], value: m[2] }] : [];
    });

/** JMX's Boolean settings (openjdk ConnectorBootstrap.java: `Boolean.valueOf(useAuthenticationStr)`): true only for "true" ignoring case. */
const jmxTrue = (value: string) => value.toLowerCase() === "true";

/**
 * The JDWP agent's option string of a JVM option loading it, recognised by the library's name (java(1): `-agentlib:jdwp=`
 * loads libjdwp by name, "-agentpath:pathname[=options] Loads the native agent library specified by the absolute path
 * name", the legacy `-Xrunjdwp:`; Eclipse OpenJ9 "-Xrunjdwp" lists `-agentpath:/path/to/libjdwp.so` beside them).
 */
const jdwpSettings = (option: string) =>
    /^(?:-agentlib:jdwp=|-Xrunjdwp:|-agentpath:(?:[^=]*\/)?(?:lib)?jdwp\.(?:so|dll|dylib)=)(.*)$/.exec(option)?.[1];

/**
 * The Java feature release a JDK's name says: a package (`java-1.8.0-amazon-corretto-devel`, `java-17-amazon-corretto`,
 * `openjdk-8-jre-headless`, `temurin-21-jdk`, `zulu17-ca-jdk`, amazon-linux-extras' `java-openjdk11`) or an installation
 * directory (`/usr/lib/jvm/java-17-amazon-corretto`, `/opt/jdk-21.0.2`, `jdk1.8.0_202`, `amazon-corretto-17.0.9...`);
 * `1.N` is release N (JDK 8 and earlier). Undefined when the name says none (`default-jdk`, `java-latest-openjdk`).
 */
const JAVA_RELEASE = /(?:^|[/-])(?:java|jdk|jre|openjdk|corretto|temurin|zulu)-?(?:1\.)?(\d+)(?!\d)/i;

const javaReleaseOf = (name: string) => {
    const m = JAVA_RELEASE.exec(name);
    return m ? Number(m[1]) : undefined;
};

/**
 * A word naming a JDK package on an install command line (installedJavaReleases); Debian's java-common and the like
 * are no JVM (Debian Java Policy, ch. 2: "Java virtual machines must depend on java-common").
 */
const JDK_PACKAGE_STARTS = [
    "java-",
    "openjdk",
    "jdk",
    "jre",
    "temurin",
    "zulu",
    "amazon-corretto",
    "corretto",
    "msopenjdk",
    "default-jdk",
    "default-jre",
    "java\\d",
];

const JDK_PACKAGE = new RegExp(
    `^(?!java-(common|wrappers|package|atk-wrapper)$)(${JDK_PACKAGE_STARTS.join("|")})`,
    "i",
);

/**
 * A package file an install command names (`rpm -U FILE`, `dpkg -i FILE`, `dnf install ./FILE.rpm`, `apt install
 * ./FILE.deb`): a path, a URL or a package file's name. rpm(8) "rpm {-U|--upgrade} [install-options] PACKAGE_FILE"
 * and dpkg(1) "-i, --install package-file" install what the file's header says, whatever the file is named.
 */
const PACKAGE_FILE = /^(\.{0,2}\/|~|[a-z][\w+.-]*:\/\/)|\.(rpm|deb|apk)$/i;

/**
 * The release a downloaded or named JDK file says (installedJavaReleases, placedJavaReleases): its name (a URL's last
 * path segment, percent-decoded) names a JDK (`JDK_PATH`) and a release, which every other segment of its path naming
 * one agrees with (adoptium's `temurin17-binaries/releases/download/jdk-17.0.12%2B7/OpenJDK17U-jre_...tar.gz`, Corretto's
 * `downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm`); undefined otherwise (a name that says none: `java.rpm`,
 * `openjdk.tar.gz`, an API redirect).
 */
function javaFileRelease(source: string): number | undefined {
    const path = source.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
    let decoded = path;
    try {
        decoded = decodeURIComponent(path);
    } catch {
        // kept as written
    }
    const segments = decoded.split("/").filter(x => x !== "");
    // The Adoptium API's download redirects (api.adoptium.net, api-v3 BinaryResource: GET
    // `/v3/binary/latest/{feature_version}/{release_type}/{os}/{arch}/{image_type}/...` and
    // `/v3/binary/version/{release_name}/{os}/{arch}/{image_type}/...`, "Redirects to the binary that matches your
    // current query"; feature_version "Feature release version you want to download", a release name `jdk-17.0.12+7`):
    // a JDK or JRE image (image_type) of the release its path names; any other of its URLs says none.
    if (/^(?:https?:\/\/)?api\.(?:adoptium|adoptopenjdk)\.net\//i.test(source)) {
        const [v3, binary, kind, named, ...rest] = segments;
        const image = rest[kind === "latest" ? 3 : 2];
        if (v3 !== "v3" || binary !== "binary" || !/^(jdk|jre)$/.test(image ?? "")) return undefined;
        if (kind === "latest") return /^\d+$/.test(named ?? "") ? Number(named) : undefined;
        return kind === "version" ? javaReleaseOf(named ?? "") : undefined;
    }
    const name = segments.at(-1) ?? "";
    const release = JDK_PATH.test(name) ? javaReleaseOf(name) : undefined;
    const others = segments.flatMap(x => javaReleaseOf(x) ?? []);
    return release !== undefined && others.every(r => r === release) ? release : undefined;
}

/**
 * The assignments of a script text, every value each name is given (`NAME=VALUE`, `export`/`readonly`/`local`/
 * `declare` ones; quotes removed), for the words of installedJavaReleases (bash(1) "Parameter Expansion").
 */
function scriptAssignments(text: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const m of text.matchAll(
        /(?:^|[\s;&|(`])(?:(?:export|readonly|local|declare|typeset)(?:\s+-\w+)*\s+)?([A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|[^\s;&|()"'`]*)/gm,
    ))
        out.set(m[1], [...(out.get(m[1]) ?? []), m[2].replace(/^(["'])(.*)\1$/s, "$2")]);
    return out;
}

/**
 * A word with the variables the script assigns expanded (scriptAssignments: each value it may hold, a few levels deep);
 * one it does not assign, or any other expansion (`${X:-d}`, `$(...)`), stays: a word holding `$` or a backquote is
 * unknown to its readers. An expanded word is split into fields at blanks (bash(1) "Word Splitting": "The shell scans
 * the results of parameter expansion ... that did not occur within double quotes for word splitting"): words are read
 * after quote removal, so a quoted `"$PKGS"` is split too, its readers taking each field (more names: fail-closed).
 */
function expandedWords(word: string, variables: ReadonlyMap<string, string[]>, depth = 0): string[] {
    const m = /\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(word);
    const values = m ? variables.get(m[1] ?? m[2]) : undefined;
    if (m === null || values === undefined || depth > 4)
        return depth === 0 ? [word] : word.split(/[ \t\n]+/).filter(w => w !== "");
    return [
        ...new Set(
            values
                .slice(0, 8)
                .flatMap(v =>
                    expandedWords(word.slice(0, m.index) + v + word.slice(m.index + m[0].length), variables, depth + 1),
                ),
        ),
    ];
}

/**
 * The URLs curl or wget saved into a file, by the file's name (curl(1) `-o, --output <file>`, `-O, --remote-name`
 * "the local file is named like the remote file"; wget(1) `-O file, --output-document=file`, else the URL's name):
 * what a package file or archive holds is what was downloaded into it (installedJavaReleases, placedJavaReleases).
 */
function downloadedInto(text: string, variables: ReadonlyMap<string, string[]>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const line of joinContinuations(text).split(/\r?\n/))
        for (const c of simpleCommands(line)) {
            const at = c.words.findIndex(w => /^(curl|wget)$/.test(posix.basename(w)));
            if (at < 0) continue;
            const wget = posix.basename(c.words[at]) === "wget";
            const words = c.words.slice(at + 1).flatMap(w => expandedWords(w, variables));
            const urls = words.filter(w => /^(https?|ftp):\/\//i.test(w));
            const named: string[] = [];
            words.forEach((w, i) => {
                const option = wget
                    ? /^(?:-O|--output-document=)(.*)$/.exec(w)
                    : (/^(?:--output=|-[A-Za-z]*o)(.*)$/.exec(w) ?? (w === "--output" ? [w, ""] : null));
                if (option) named.push(option[1] !== "" ? option[1] : (words[i + 1] ?? ""));
            });
            for (const url of urls) {
                const name =
                    url
                        .replace(/[?#].*$/, "")
                        .split("/")
                        .at(-1) ?? "";
                for (const file of named.length > 0 ? named : [name])
                    out.set(posix.basename(file), [...(out.get(posix.basename(file)) ?? []), url]);
            }
        }
    return out;
}

/**
 * The release of each JDK one word of an install command names (installedJavaReleases): undefined when the pack cannot
 * tell. Words are read after quote removal and with the script's variables expanded (bash(1) "Quote Removal",
 * "Parameter Expansion"); a word still holding an expansion may name any package. A package file (PACKAGE_FILE) is
 * read by what was downloaded into it, else its name (javaFileRelease): one whose name says no JDK release may be any
 * (a Corretto 8 RPM saved as `/tmp/java.rpm`). A glob (dnf/yum package specs take them, quoted from the shell) that may
 * match a JDK package is one: the release its literal start says, when the glob cannot reach its digits.
 */
function packageWordReleases(word: string, downloads: ReadonlyMap<string, string[]>): (number | undefined)[] {
    if (word.startsWith("-") || word === "") return [];
    if (/[$`]/.test(word)) return [undefined];
    if (PACKAGE_FILE.test(word)) {
        const sources = downloads.get(posix.basename(word.replace(/[?#].*$/, ""))) ?? [word];
        return sources.map(javaFileRelease);
    }
    const glob = word.search(/[*?[{]/);
    if (glob >= 0) {
        const literal = word.slice(0, glob);
        const mayBeJdk =
            JDK_PACKAGE.test(word) ||
            JDK_PACKAGE_STARTS.some(start => start.replace("\\d", "0").startsWith(literal.toLowerCase()));
        if (!mayBeJdk) return [];
        const m = JAVA_RELEASE.exec(literal);
        return [m && m.index + m[0].length < literal.length ? Number(m[1]) : undefined];
    }
    return JDK_PACKAGE.test(word) ? [javaReleaseOf(word)] : [];
}

/**
 * The release of each JDK package user data installs (`dnf|yum|microdnf|apt-get|apt|zypper|apk|amazon-linux-extras
 * ... install ... PACKAGE`, `rpm -i|-U FILE`, `dpkg -i|--install|--unpack FILE`, `gdebi FILE`, and cloud-config's
 * `packages:` list, block or flow, an entry a name or `[name, version]`: cloud-init module reference, "Package Update
 * Upgrade Install"), each word read by packageWordReleases, undefined for one whose release the pack cannot tell
 * (javaReleaseOf) and for an installer run by xargs: ScriptView javaReleases.
 */
export const installedJavaReleases = (texts: readonly string[]) =>
    texts.flatMap(text => {
        const variables = scriptAssignments(text);
        const downloads = downloadedInto(text, variables);
        return [
            // A backslash-newline joins lines (bash(1) QUOTING: "a \newline pair ... is treated as a line
            // continuation").
            ...[
                ...joinContinuations(text).matchAll(
                    /\b(?:dnf|yum|microdnf|apt-get|apt|zypper|apk|amazon-linux-extras)\b[^\n;&|]*?\b(?:install|add|localinstall|reinstall)\b([^\n;&|]*)|\brpm\b([^\n;&|]*?\s-(?:-install|-upgrade|-reinstall|[A-Za-z]*[iU][A-Za-z]*)\b[^\n;&|]*)|\bdpkg(?![\w-])([^\n;&|]*?\s-(?:-install|-unpack|[A-Za-z]*i[A-Za-z]*)\b[^\n;&|]*)|\bgdebi\b([^\n;&|]*)/g,
                ),
            ].flatMap(m =>
                (simpleCommands(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "")[0]?.words ?? [])
                    // A cloud-config flow list's items (`[dnf, install, -y, java-17-amazon-corretto]`).
                    .map(w => w.replace(/,$/, "").replace(/^([^[]*)\]$/, "$1"))
                    .flatMap(w => expandedWords(w, variables))
                    .flatMap(w => packageWordReleases(w, downloads)),
            ),
            ...cloudConfigPackages(text)
                .filter(w => JDK_PACKAGE.test(w))
                .map(javaReleaseOf),
            // An installer xargs runs takes the words of its input as operands (xargs(1): "build and execute command
            // lines from standard input", `-a FILE` "Read items from file instead of standard input"): packages the
            // pack does not read, any JDK.
            ...[
                ...joinContinuations(text).matchAll(
                    /\bxargs\b[^\n;&|]*?\s(?:\S*\/)?(?:dnf|yum|microdnf|apt-get|apt|zypper|apk|amazon-linux-extras|rpm|dpkg|gdebi)\s/g,
                ),
            ].map(() => undefined),
            ...placedJavaReleases(text, downloads),
        ];
    });

/** A path naming a JDK's directory or one of its parts (`/opt/java/openjdk`, `/usr/lib/jvm/...`, `$JAVA_HOME/bin`). */
const JDK_PATH = /(java|jdk|jre|jvm|corretto|temurin|zulu|semeru|openj9|graalvm|liberica|dragonwell)/i;

/**
 * The release of each JDK user data puts on the node other than by a package (installedJavaReleases), undefined for
 * one whose names say none (javaReleaseOf): any of them may be the `java` a command finds on PATH. Temurin's own images
 * unpack its tarball to /opt/java/openjdk and put it first on PATH (adoptium/containers Dockerfiles), and systemd's
 * default PATH puts /usr/local/bin before /usr/bin (systemd.exec(5), "Environment Variables in Spawned Processes"):
 * - an archive unpacked (`tar ... -C|--directory DIR`, `unzip ... -d DIR`) into a JDK's directory, or of a JDK's archive
 *   (the directory's release, else the archive's);
 * - a link to or from a JDK's `java` or directory (`ln -s TARGET LINK`, TARGET's JDK);
 * - alternatives(8)/update-alternatives(1) `--install LINK NAME PATH PRIORITY` or `--set NAME PATH` of a `java`, and
 *   update-java-alternatives(8) `-s|--set NAME`;
 * - a JAVA_HOME assignment, and a PATH assignment entry naming a JDK's directory (`$JAVA_HOME/bin` is JAVA_HOME's).
 */
function placedJavaReleases(text: string, downloads: ReadonlyMap<string, string[]>): (number | undefined)[] {
    const out: (number | undefined)[] = [];
    const release = (path: string) => (/[$`]/.test(path) ? undefined : javaReleaseOf(path));
    // An archive's release: the directory's, else what was downloaded into the archive (downloadedInto: the URL's,
    // javaFileRelease), else the archive's own name.
    const archived = (dir: string | undefined, archive: string | undefined): (number | undefined)[] => {
        const named = dir === undefined ? undefined : release(dir);
        if (named !== undefined) return [named];
        const urls = archive === undefined ? undefined : downloads.get(posix.basename(archive));
        return urls !== undefined ? urls.map(javaFileRelease) : [release(posix.basename(archive ?? ""))];
    };
    // What each directory had unpacked into it (`tar --directory /opt/java/openjdk`, adoptium/containers' Dockerfiles):
    // a path naming that directory and no release (`PATH=/opt/java/openjdk/bin:$PATH`) is those JDKs.
    const unpacked = new Map<string, (number | undefined)[]>();
    const unpack = (dir: string | undefined, archive: string | undefined) => {
        const releases = archived(dir, archive);
        if (dir !== undefined && !/[$`]/.test(dir))
            unpacked.set(posix.normalize(dir), [...(unpacked.get(posix.normalize(dir)) ?? []), ...releases]);
        out.push(...releases);
    };
    const placed = (path: string): (number | undefined)[] => {
        const named = release(path);
        if (named !== undefined || /[$`]/.test(path)) return [named];
        return unpacked.get(posix.normalize(path)) ?? [undefined];
    };
    const segments = (command: RegExp) =>
        [...text.matchAll(new RegExp(`(?:^|[\\s;&|(\`/])${command.source}(?=\\s)([^\\n;&|]*)`, "g"))].map(m =>
            m[1]
                .split(/\s+/)
                .filter(w => w !== "")
                .map(w => w.replace(/^(["'])(.*)\1$/, "$2")),
        );
    for (const words of segments(/(?:tar|gtar|bsdtar)/)) {
        const c = words.findIndex(w => /^(-C|--directory)$/.test(w) || /^-[a-zA-Z]*C$/.test(w));
        const dir = c >= 0 ? words[c + 1] : words.find(w => w.startsWith("--directory="))?.slice(12);
        const archive = words.find(w => /\.(tar(\.\w+)?|tgz|txz|tbz2?)$/.test(w));
        if (
            (dir !== undefined && JDK_PATH.test(dir)) ||
            (archive !== undefined && JDK_PATH.test(posix.basename(archive)))
        )
            unpack(dir, archive);
    }
    for (const words of segments(/unzip/)) {
        const d = words.indexOf("-d");
        const dir = d >= 0 ? words[d + 1] : undefined;
        const archive = words.find(w => /\.zip$/i.test(w));
        if (
            (dir !== undefined && JDK_PATH.test(dir)) ||
            (archive !== undefined && JDK_PATH.test(posix.basename(archive)))
        )
            unpack(dir, archive);
    }
    for (const words of segments(/ln/)) {
        const operands = words.filter(w => !w.startsWith("-"));
        const target = operands[0];
        const link = operands.at(-1) ?? "";
        if (target !== undefined && [target, link].some(p => posix.basename(p) === "java" || JDK_PATH.test(p)))
            out.push(...placed(posix.basename(target) === "java" ? posix.dirname(target) : target));
    }
    for (const words of segments(/(?:update-)?alternatives/)) {
        const i = words.findIndex(w => w === "--install");
        const s = words.findIndex(w => w === "--set");
        const path =
            i >= 0 && words[i + 2] === "java"
                ? words[i + 3]
                : s >= 0 && words[s + 1] === "java"
                  ? words[s + 2]
                  : undefined;
        if (path !== undefined) out.push(...placed(posix.dirname(path)));
    }
    for (const words of segments(/update-java-alternatives/)) {
        const s = words.findIndex(w => w === "-s" || w === "--set");
        if (s >= 0) out.push(release(words[s + 1] ?? ""));
    }
    for (const m of text.matchAll(/(?:^|[\s;&|(`"'=])(JAVA_HOME|PATH)=("[^"\n]*"|'[^'\n]*'|[^\s;&|()"'`]*)/g)) {
        const value = m[2].replace(/^(["'])(.*)\1$/, "$2");
        if (m[1] === "JAVA_HOME") out.push(...placed(value));
        else
            for (const entry of value.split(":"))
                if (JDK_PATH.test(entry) && !/^\$\{?JAVA_HOME\b/.test(entry))
                    out.push(...placed(entry.replace(/\/bin\/?$/, "")));
    }
    return out;
}

/**
 * The names of a cloud-config text's top-level `packages:` entries (a name, or `[name, version]`: cloud-init module
 * reference, "Package Update Upgrade Install"), read by the YAML parser (any sequence style, comments); none when the
 * text is no cloud-config or does not parse (its other readers refuse it then).
 */
function cloudConfigPackages(text: string): string[] {
    if (!/^#cloud-config/.test(text)) return [];
    try {
        const packages: unknown = parseAllDocuments(text)[0]?.toJS()?.packages;
        return Array.isArray(packages) ? packages.map(p => String(Array.isArray(p) ? p[0] : p)) : [];
    } catch {
        return [];
    }
}

/**
 * The Java feature release of the JVM `java` (the executable as a command runs it) starts, when the pack can tell: the
 * JDK its path names (javaReleaseOf: `/usr/lib/jvm/java-1.8.0-amazon-corretto/bin/java` is 8), else, for a `java` found
 * on PATH or a JVM a launcher starts (undefined `java`), the oldest of the JDKs user data installs, unpacks or links
 * (view.javaReleases: installedJavaReleases, placedJavaReleases)
 * when it installs some and the pack can tell each one's release: the node's image has none of its own (the EKS AMIs
 * ship no JDK), and `alternatives` may pick any of them. Undefined otherwise (fail closed where the release matters).
 */
function javaRelease(java: string | undefined, view: ScriptView): number | undefined {
    const named = java === undefined ? undefined : javaReleaseOf(posix.dirname(java));
    if (named !== undefined) return named;
    const installed = view.javaReleases ?? [];
    return installed.length > 0 && installed.every(r => r !== undefined)
        ? Math.min(...(installed as number[]))
        : undefined;
}

/**
 * Options of a JVM that may start a remote-control agent (jvmAgentListeners), found anywhere in a text (a variable's
 * value, a file user data writes): JDWP's (jdwpSettings), `-D` system properties (JMX's), `-javaagent:` (javaAgentListeners: Jolokia, Byteman, any agent naming an address).
 */
export const jvmAgentOptionWords = (text: string) =>
    [...text.matchAll(/(?:^|[\s"'=(])(-(?:agentlib:|agentpath:|Xrun|javaagent:|D)[^\s"'`;)]+)/g)].map(m => m[1]);

/**
 * The JVM's remote-control agents, each a served shell (any code run as the JVM's user), from its options before the
 * main class or `-jar FILE` (javaOptions: argument files expanded), with those its environment gives it before and
 * after them (jvmEnvironmentOptions, judged with root's environment in environmentListeners):
 * - JDWP with server=y (jdwpSettings: `-agentlib:jdwp=...`, `-Xrunjdwp:...`, `-agentpath:.../libjdwp.so=...`) listens on `address=[HOST:]PORT` (Oracle JPDA
 *   "Connection and Invocation Details"; since JDK 9 a port alone is loopback, `*` every address: OpenJDK
 *   serviceability-dev, "The socket transport was changed to listen on the loopback address by default"; JDK 9
 *   release note JDK-8041435, "JDWP socket connector accept only local connections by default": before it, every
 *   address, so a port alone is loopback only in a JVM javaRelease knows is 9 or later), and an
 *   attached debugger invokes any method (JDWP ClassType.InvokeMethod). server=n dials a debugger: a client.
 * - JMX's remote connector, `com.sun.management.jmxremote.port=N` with authentication off (Oracle "Monitoring and
 *   Management Using JMX Technology", "Disabling Password Authentication"; Table 2-1: `.host` the interface it binds,
 *   every address when unset; `.local.only` is the local connector's), whose MBean server loads classes on request
 *   (javax.management.loading.MLet). Its properties come from `-D` options over those of the file
 *   `-Dcom.sun.management.config.file=FILE` names ("Using a Management Properties File": "Properties specified on the
 *   command line override properties in the configuration file"); authentication is off for any value but "true"
 *   ignoring case (jmxTrue; default true). With authentication it is a password login, left to the fail-closed rule.
 *   Cassandra's own connector on `cassandra.jmx.remote.port` reads the same properties, off by default.
 * An argument file or management properties file user data does not write in full or changes may enable either: a
 * served shell on every address, as an unread Jupyter configuration is.
 */
export function jvmAgentListeners(
    args: readonly string[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    environment: { before: readonly string[]; after: readonly string[]; unread?: readonly string[] } = {
        before: [],
        after: [],
    },
    java?: string,
): Listener[] {
    const own = javaOptions(args, fileText, view);
    const options = [...environment.before, ...own.options, ...environment.after];
    // A port alone (or none) is loopback from JDK 9 only (JDK-8041435), every address before: unless the pack can tell
    // the JVM is 9 or later (javaRelease), every address.
    const release = javaRelease(java, view);
    const jdwp = options.flatMap((w): Listener[] => {
        const settings = jdwpSettings(w);
        const get = (key: string) => new RegExp(`(?:^|,)${key}=([^,]*)`).exec(settings ?? "")?.[1];
        if (settings === undefined || get("server") !== "y") return [];
        const address = get("address") ?? "";
        const portOnly = /^\d*$/.test(address);
        const binds = portOnly ? (release !== undefined && release >= 9 ? ["127.0.0.1"] : []) : [address];
        const why =
            portOnly && binds.length === 0
                ? `; a port alone is every address before JDK 9 and this JVM's release is ${release ?? "unknown"}`
                : "";
        return [
            { server: `java ${w} (JDWP: a debugger runs any code in the JVM${why})`, binds, serves: { shell: "sh" } },
        ];
    });
    const systemProperty = (name: string) =>
        options.flatMap(w => (w.startsWith(`-D${name}=`) ? [w.slice(w.indexOf("=") + 1)] : [])).at(-1);
    const configFile = systemProperty("com.sun.management.config.file");
    const config = configFile === undefined ? "" : readConfig(configFile, fileText, view);
    const fromFile = javaProperties(config ?? "");
    const property = (name: string) =>
        systemProperty(`com.sun.management.jmxremote.${name}`) ??
        fromFile.filter(p => p.name === `com.sun.management.jmxremote.${name}`).at(-1)?.value;
    // Cassandra's own connector on `cassandra.jmx.remote.port` (cassandra-env.sh's LOCAL_JMX=no branch; apache/cassandra
    // JMXServerOptions: every address, `authenticate` and `ssl` read with Boolean.getBoolean, so off when unset).
    const cassandraPort = systemProperty("cassandra.jmx.remote.port");
    const port = property("port") ?? cassandraPort;
    const offByDefault = property("port") === undefined && cassandraPort !== undefined;
    const authenticate = property("authenticate") ?? (offByDefault ? "false" : "true");
    // TLS client certificates authenticate the connector and its registry (Oracle "Monitoring and Management Using JMX
    // Technology", Table 2-1: ssl default true, ssl.need.client.auth "performs client-based certificate
    // authentication", registry.ssl binds the connector stub to a registry protected by SSL): with all three, a
    // client needs a certificate the truststore trusts, as authenticate=true needs a password.
    const clientCertificates =
        jmxTrue(property("ssl") ?? (offByDefault ? "false" : "true")) &&
        jmxTrue(property("ssl.need.client.auth") ?? "false") &&
        jmxTrue(property("registry.ssl") ?? "false");
    const jmx: Listener[] =
        port !== undefined && !jmxTrue(authenticate) && !clientCertificates
            ? [
                  {
                      server: `java with JMX on port ${port} and authenticate=${authenticate} (MBeans load any code)`,
                      binds: [property("host") ?? ""].filter(h => h !== ""),
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    const agents = options.flatMap(w => javaAgentListeners(w, fileText, view));
    const unreadFiles = [
        ...own.unread,
        ...(environment.unread ?? []),
        ...(config == null ? [configFile ?? ""] : []),
    ].map(file => ({
        server: `java with ${file}, a file user data does not write in full or changes after writing it (it may start JDWP or JMX)`,
        binds: [],
        serves: { shell: "sh" },
    }));
    return [...jdwp, ...jmx, ...agents, ...unreadFiles];
}

/**
 * Spring Boot's canonical form of a property name, the one form every source's names are matched in (Spring Boot
 * reference, "Relaxed Binding": kebab case, camel case and underscore notation name one property in properties and
 * YAML files, system properties and the command line, `spring.web.resources.static-locations`, `staticLocations`,
 * `static_locations`; ConfigurationPropertyName's uniform form: "bound by removing any special characters and
 * converting to lowercase" within each dotted element; list indexes `[0]` dropped here: any item is the property's).
 */
const springKey = (name: string) =>
    name
        .replace(/\[\d+\]/g, "")
        .split(".")
        .map(element => element.toLowerCase().replace(/[-_]/g, ""))
        .join(".");

/**
 * The environment variables that set a property (its kebab-case name), each as `env:NAME`: Spring Boot's
 * SystemEnvironmentPropertyMapper maps a property to its canonical name (each element's dashes removed, `_` between
 * elements, upper case: SPRING_WEB_RESOURCES_STATICLOCATIONS) AND its legacy one (convertLegacyName: each element's
 * `-` an `_` too: SPRING_WEB_RESOURCES_STATIC_LOCATIONS); Spring Boot reference "Binding From Environment Variables".
 */
const springEnvironmentNames = (property: string) =>
    [springKey(property).replace(/\./g, "_"), property.replace(/[.-]/g, "_")].map(n => `env:${n.toUpperCase()}`);

/** Spring Boot's static resource locations properties (3.x `spring.web.resources`, 2.x `spring.resources`). */
const SPRING_STATIC_LOCATIONS = ["spring.web.resources.static-locations", "spring.resources.static-locations"];

/**
 * The directories a Spring Boot application serves as static content (Spring Boot reference, "Static Content": Spring
 * MVC serves `/**` from `spring.web.resources.static-locations`, "You can also customize the static resource locations";
 * its embedded server listens on `server.port`, 8080, on every address unless `server.address` is set), its
 * properties read from every source the pack can see (Spring Boot reference, "Externalized Configuration"): command
 * line `--name=value` after the main class or `-jar FILE`, `-D` system properties, SPRING_APPLICATION_JSON (or
 * `spring.application.json`), environment variables (relaxed: SPRING_WEB_RESOURCES_STATICLOCATIONS and its legacy
 * SPRING_WEB_RESOURCES_STATIC_LOCATIONS, SERVER_ADDRESS: springEnvironmentNames),
 * and the config data files `application[-PROFILE].properties|yml|yaml` user data writes in the working directory,
 * its `config/` and `config/*\/` ("optional:file:./", "optional:file:./config/", "optional:file:./config/*\/"), or
 * where `spring.config.location` / `additional-location` name; `spring.config.name` renames them. Every value any
 * source gives counts (profiles may pick any), fail-closed: a value the pack cannot read is a directory it cannot know.
 * `file:` locations are paths (relative: the working directory's), `classpath:` ones the application's own.
 */
export function springStaticListeners(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const end = javaOptionsEnd(args);
    const application = end < 0 ? [] : args.slice(end + (args[end] === "-jar" ? 2 : 1));
    const jar = args[end] === "-jar" ? args[end + 1] : args[end];
    // Each source's properties: [canonical key, value], undefined for a value the pack cannot read; key "*" for a
    // source it cannot read at all (any property, any value).
    const properties: [string, string | undefined][] = [];
    const unknown = () => properties.push(["*", undefined]);
    const add = (key: string, value: string | undefined, environment = false) => {
        // An environment variable by its name (a list index `_0` dropped), matched by springEnvironmentNames.
        const k = environment ? `env:${key.replace(/_\d+_?$/, "").toUpperCase()}` : springKey(key);
        properties.push([k, value !== undefined && /[$`]/.test(value) ? undefined : value]);
        if (k === "spring.application.json") addTree(json(value), "");
    };
    const json = (text: string | undefined): unknown => {
        try {
            return text === undefined ? undefined : JSON.parse(text);
        } catch {
            return undefined;
        }
    };
    // A JSON or YAML tree's leaves by dotted key (a list's items each the key's value).
    function addTree(tree: unknown, key: string): void {
        if (tree === undefined && key === "") return void unknown();
        if (Array.isArray(tree)) tree.forEach(x => addTree(x, key));
        else if (tree !== null && typeof tree === "object")
            Object.entries(tree).forEach(([k, x]) => addTree(x, key === "" ? k : `${key}.${k}`));
        else add(key, String(tree));
    }
    for (const w of application) {
        const m = /^--([^=]+)(?:=(.*))?$/.exec(w);
        if (m) add(m[1], m[2] ?? "");
    }
    for (const w of javaOptions(args, fileText, view).options) {
        const m = /^-D([^=]+)(?:=(.*))?$/.exec(w);
        if (m) add(m[1], m[2] ?? "");
    }
    for (const [name, assigned] of view.environment)
        if (/^(SPRING_|SERVER_)/.test(name))
            for (const value of assigned)
                if (name === "SPRING_APPLICATION_JSON") addTree(json(value), "");
                else add(name, value, true);
    const values = (...keys: string[]) =>
        properties
            .filter(
                ([k]) => k === "*" || keys.some(key => springKey(key) === k || springEnvironmentNames(key).includes(k)),
            )
            .map(([, v]) => v);
    // The config data files: where they are, under which names.
    const resolve = (path: string) =>
        path.startsWith("/") ? posix.normalize(path) : cwd === undefined ? undefined : posix.resolve(cwd, path);
    const names = ["application", ...values("spring.config.name").flatMap(v => v?.split(",") ?? [undefined])];
    const places = [
        ...(cwd === undefined ? [undefined] : [cwd, posix.join(cwd, "config")]),
        ...values("spring.config.location", "spring.config.additional-location", "spring.config.import")
            .flatMap(v => v?.split(",") ?? [undefined])
            .map(v => v?.trim().replace(/^optional:/, ""))
            .flatMap(v => (v?.startsWith("classpath:") ? [] : [v && resolve(v.replace(/^file:/, ""))])),
    ];
    const configName = (path: string) => /^([^/]+?)(-[^/]*)?\.(properties|ya?ml)$/.exec(posix.basename(path));
    const written = [...(view.written?.() ?? [])];
    const files = new Set<string | undefined>();
    for (const place of places)
        for (const name of names) {
            if (place === undefined || name === undefined) {
                // Wherever they are: every config file user data writes may be one, and a name unknown any file.
                written.filter(p => name === undefined || configName(p)?.[1] === name).forEach(p => files.add(p));
                if (name === undefined) files.add(undefined);
                continue;
            }
            const named = (p: string) => configName(p)?.[1] === name;
            if (named(place) || /\.(properties|ya?ml)$/.test(place)) files.add(place);
            else {
                for (const ext of ["properties", "yml", "yaml"]) files.add(posix.join(place, `${name}.${ext}`));
                // Profile files, and `config/*/` subdirectories, user data writes.
                written
                    .filter(p => named(p) && (posix.dirname(p) === place || posix.dirname(posix.dirname(p)) === place))
                    .forEach(p => files.add(p));
            }
        }
    for (const file of files) {
        const text = file === undefined ? null : readConfig(file, fileText, view);
        if (text === undefined) continue;
        if (text === null) unknown();
        else if (/\.properties$/.test(file ?? "")) javaProperties(text).forEach(p => add(p.name, p.value));
        else
            try {
                for (const d of parseAllDocuments(text)) {
                    if (d.errors.length > 0) unknown();
                    const tree: unknown = d.toJS();
                    if (tree != null) addTree(tree, "");
                }
            } catch {
                unknown();
            }
    }
    const locations = values(...SPRING_STATIC_LOCATIONS).flatMap(v => v?.split(",") ?? [undefined]);
    if (locations.length === 0) return [];
    const addresses = values("server.address");
    const binds = addresses.includes(undefined) || addresses.includes("") ? [] : (addresses as string[]);
    const port = values("server.port").at(-1) ?? "8080";
    const dirs = new Set(
        locations.flatMap(l => {
            const location = l?.trim();
            if (location?.startsWith("classpath:")) return [];
            return [location?.startsWith("file:") ? resolve(location.slice(5) || ".") : undefined];
        }),
    );
    return [...dirs].map(dir => ({
        server: `java ${jar ?? ""} (Spring Boot static content from ${dir === undefined ? "a location the pack cannot read" : `file:${dir}`}, port ${port})`,
        binds,
        port,
        serves: { files: dir },
    }));
}

/**
 * The agents JVM options in a file user data writes start (jvmAgentOptionWords, judged as one JVM's options by
 * jvmAgentListeners), or in a fragment it appends or edits in: whatever reads the file may be a JVM launcher the pack
 * does not know (Tomcat's setenv.sh, a packaged unit's drop-in or environment file, jetty.sh's /etc/default/jetty, a
 * Spring Boot launch script's `.conf` beside the jar: Spring Boot "Installing Spring Boot Applications", JAVA_OPTS
 * "Options that are passed to the JVM when it is launched"), so such options beyond loopback fail closed wherever they
 * are written, without a table row per product. Files the options name (a management `config.file`, Jolokia's
 * `config=`) are read as empty here: the JVM that reads them is judged with them where the pack knows it. A line that
 * starts with `#` outside a quoted string is a comment wherever such a file is read (bash(1) COMMENTS; java(1) "java
 * Command-Line Argument Files", "#" starting a comment; systemd.exec(5) EnvironmentFile=, "Lines beginning with ; or #
 * are ignored"; java.util.Properties; install4j and Elasticsearch/Cassandra `.options` files): not options. (HotSpot's
 * `-XX:VMOptionsFile=` has no comments; a java command naming one is judged with its words by jvmOptionFiles.) The
 * JVM's release is the JDKs user data installs (javaRelease; `view` only gives those).
 */
export function jvmOptionFileListeners(path: string, content: string, view: ScriptView = NO_VIEW): Listener[] {
    const words = jvmAgentOptionWords(uncommentedLines(content));
    return words.length === 0
        ? []
        : jvmAgentListeners(words, () => "", { ...NO_VIEW, javaReleases: view.javaReleases }).map(l => ({
              ...l,
              server: `${path}, JVM options whatever reads it may pass to a JVM: ${l.server}`,
          }));
}

/**
 * A text without its comment lines: those whose first non-blank character is `#`, outside a string a `"` or `'` opened
 * on an earlier line (a shell value spanning lines keeps them: they are its words).
 */
function uncommentedLines(text: string): string {
    let quote: string | undefined;
    return text
        .split(/\r?\n/)
        .filter(line => {
            const comment = quote === undefined && /^\s*#/.test(line);
            if (!comment)
                for (let i = 0; i < line.length; i++) {
                    const c = line[i];
                    if (quote === undefined && c === "#" && (i === 0 || /\s/.test(line[i - 1]))) break;
                    if (c === "\\" && quote !== "'") i++;
                    else if (quote === undefined && (c === '"' || c === "'")) quote = c;
                    else if (c === quote) quote = undefined;
                }
            return !comment;
        })
        .join("\n");
}

/**
 * The agents jcmd(1) starts in a running JVM, judged as its options (jvmAgentListeners): "ManagementAgent.start
 * [options]: Starts remote management agent" (`config.file`, `jmxremote.port`, `jmxremote.authenticate` ...: the
 * `-Dcom.sun.management.*` properties of the same names, authentication on unless `jmxremote.authenticate` says
 * otherwise), and "JVMTI.agent_load <library path> [<agent option>]: Loads JVMTI native agent library" (JDWP by the
 * library's name: `-agentpath:`; a `.jar` a Java agent: attachedAgentOption). `-f FILE` reads the commands from FILE,
 * one a line; one user data does not write in full or changes may start either.
 */
export function jcmdListeners(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const file = args.findIndex(w => w === "-f");
    const text = file < 0 ? undefined : readConfig(args[file + 1] ?? "", fileText, view);
    if (file >= 0 && text === null)
        return [
            {
                server: `jcmd -f ${args[file + 1]}, commands user data does not write in full or changes (they may start JDWP or JMX)`,
                binds: [],
                serves: { shell: "sh" },
            },
        ];
    const commands = file < 0 ? [args] : (text ?? "").split(/\r?\n/).map(quotedWords);
    return commands.flatMap(words =>
        words.flatMap((w, i): Listener[] => {
            const options =
                w === "ManagementAgent.start"
                    ? words
                          .slice(i + 1)
                          .filter(o => /^(config\.file|jmxremote\.[\w.]+)=/.test(o))
                          .map(o => `-Dcom.sun.management.${o}`)
                    : w === "JVMTI.agent_load" && words[i + 1]
                      ? [attachedAgentOption(words[i + 1], true, words[i + 2])]
                      : [];
            return options.length === 0
                ? []
                : jvmAgentListeners(options, fileText, view).map(l => ({ ...l, server: `jcmd ${w}: ${l.server}` }));
        }),
    );
}

/** A `-javaagent:` option string's key naming where an agent listens (or connects): host, address, bind, listen, port. */
const JAVA_AGENT_LISTEN_KEY = /(^|[._-])(host|hostname|address|addr|ip|bind|listen|interface|port)$/i;

/**
 * The listener a `-javaagent:JAR[=OPTIONS]` option starts (java.lang.instrument: the agent's premain is given the
 * option string, whose syntax is the agent's own): Jolokia's (jolokiaAgentListeners); Byteman's (Byteman Programmer's
 * Guide, "Configuring a Java Agent": comma-separated `key:value` options, `listener:true` starts the agent listener
 * bmsubmit uploads rules to, on `address:` default localhost and `port:` default 9091; a rule's actions are Java run in
 * the JVM): a served shell; alibaba jvm-sandbox's (sandbox-agent.jar; AgentLauncher.java toFeatureMap: options split on
 * `;`, then `=`; KEY_SERVER_IP "ip", DEFAULT_IP "0.0.0.0"): its Jetty control server loads modules that rewrite any
 * method, a served shell on `ip`, every address without one; any other agent whose options (split on `,`, `;` or `&`,
 * the separators agents use) name where it listens (JAVA_AGENT_LISTEN_KEY) serves what the pack cannot know, on the
 * hosts they name, every address when they name only a port (fail closed).
 */
function javaAgentListeners(
    option: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const m = /^-javaagent:([^=]*)(?:=(.*))?$/.exec(option);
    if (!m) return [];
    if (/jolokia/i.test(m[1])) return jolokiaAgentListeners(option, fileText, view);
    const settings = (m[2] ?? "").split(/[,;&]/).flatMap(kv => {
        const i = kv.search(/[=:]/);
        return i > 0 ? [{ name: kv.slice(0, i), value: kv.slice(i + 1) }] : [];
    });
    const get = (name: string) => settings.filter(o => o.name === name).at(-1)?.value;
    const host = (h: string) => (h === "localhost" ? "127.0.0.1" : h === "*" ? "0.0.0.0" : h);
    if (/byteman/i.test(posix.basename(m[1])))
        return (get("listener") ?? "").toLowerCase() === "true"
            ? [
                  {
                      server: `java ${option} (Byteman's agent listener: uploaded rules run any code in the JVM)`,
                      binds: [host(get("address") ?? "localhost")],
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    if (/^sandbox-agent.*\.jar$/i.test(posix.basename(m[1])))
        return [
            {
                server: `java ${option} (jvm-sandbox's control server: its modules rewrite any method in the JVM)`,
                binds: [host(get("ip") || "0.0.0.0")],
                serves: { shell: "sh" },
            },
        ];
    const named = settings.filter(o => JAVA_AGENT_LISTEN_KEY.test(o.name));
    if (named.length === 0) return [];
    const hosts = named.filter(o => !/port$/i.test(o.name)).map(o => host(o.value));
    return [{ server: `java ${option}`, binds: hosts, serves: { unread: `java with the agent ${m[1]}` } }];
}

/**
 * The JVM option loading the agent an attach command loads into a running JVM: a `.jar` (jcmd JVMTI.agent_load, HotSpot
 * diagnosticCommand.cpp JVMTIAgentLoadDCmd: a path ending in .jar loads the `instrument` agent with "PATH=OPTIONS") or
 * the `instrument` library with OPTIONS (jattach: "Java agents are loaded by the special built-in native agent named
 * instrument, which takes .jar path and its arguments as a single options string") as `-javaagent:`, an absolute path
 * as `-agentpath:PATH=OPTIONS`, a library name as `-agentlib:NAME=OPTIONS` (java(1)), judged by jvmAgentListeners.
 */
function attachedAgentOption(library: string, absolute: boolean, options: string | undefined): string {
    if (/\.jar$/i.test(library)) return `-javaagent:${library}${options ? `=${options}` : ""}`;
    if (library === "instrument" && !absolute) return `-javaagent:${options ?? ""}`;
    return `${absolute ? "-agentpath:" : "-agentlib:"}${library}=${options ?? ""}`;
}

/**
 * jattach(1) (apangin/jattach README, "JVM Dynamic Attach utility": `jattach <pid> <cmd> [args ...]`; "jcmd : execute
 * jcmd command", "load : load agent library", `jattach <pid> load <.so-path> { true | false } [ options ]` where "true
 * means that the path is absolute"), HotSpot's attach API sent to a running JVM without a JDK: its `jcmd` command's
 * words (one quoted string or several) judged as jcmd's (jcmdListeners: ManagementAgent.start, JVMTI.agent_load), its
 * `load` as the option loading the same agent (attachedAgentOption: JDWP by the library's name, Jolokia by its jar).
 */
export function jattachListeners(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const [, command, ...rest] = args;
    const listeners =
        command === "jcmd"
            ? jcmdListeners(
                  rest.flatMap(w => w.split(/\s+/)).filter(w => w !== "" && w !== "-f"),
                  fileText,
                  view,
              )
            : command === "load" && rest[0]
              ? jvmAgentListeners([attachedAgentOption(rest[0], rest[1] === "true", rest[2])], fileText, view)
              : [];
    return listeners.map(l => ({ ...l, server: `jattach ${command}: ${l.server}` }));
}

/**
 * The Jolokia JVM agent of a `-javaagent:JAR=OPTIONS` option whose JAR is Jolokia's (jolokia.org reference, "JVM
 * Agent": `java -javaagent:/path/to/agent.jar=port=7777,host=localhost`; `config=FILE` a properties file of the same
 * options, those of the option string over it): JMX over HTTP, whose MBeans load any code (MLet, DiagnosticCommand), on
 * `host` (the address its HTTP server binds; `*` or 0.0.0.0 every address; default localhost), unless `user` (with
 * `password`; `authMode` basic, the default, checks them) or another authenticator (`authMode` jaas or delegate,
 * `useSslClientAuthentication`) asks who calls: left to the fail-closed
 * rule as JMX with authentication is. A configuration file user data does not write in full, or changes, may say
 * anything: every address.
 */
function jolokiaAgentListeners(
    option: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const m = /^-javaagent:([^=]*jolokia[^=]*)(?:=(.*))?$/i.exec(option);
    if (!m) return [];
    const given = (m[2] ?? "").split(",").flatMap(kv => {
        const i = kv.indexOf("=");
        return i > 0 ? [{ name: kv.slice(0, i), value: kv.slice(i + 1) }] : [];
    });
    const configFile = given.filter(o => o.name === "config").at(-1)?.value;
    const config = configFile === undefined ? "" : readConfig(configFile, fileText, view);
    if (config === null)
        return [
            {
                server: `java ${option} (Jolokia: JMX over HTTP) with ${configFile}, which user data does not write in full or changes`,
                binds: [],
                serves: { shell: "sh" },
            },
        ];
    const settings = [...javaProperties(config ?? ""), ...given];
    const get = (name: string) => settings.filter(o => o.name === name).at(-1)?.value;
    const authenticator = (get("authMode") ?? "basic") !== "basic";
    if (get("user") || authenticator || jmxTrue(get("useSslClientAuthentication") ?? "false")) return [];
    const host = get("host") ?? "localhost";
    return [
        {
            server: `java ${option} (Jolokia: JMX over HTTP without authentication, MBeans load any code)`,
            binds: [host === "*" ? "0.0.0.0" : host === "localhost" ? "127.0.0.1" : host],
            serves: { shell: "sh" },
        },
    ];
}

/**
 * Shell In A Box (shellinaboxd(1): "a webserver that listens on the specified port", -p/--port "default 4200", on
 * every address unless --localhost-only; "If no particular service was requested, the server launches /bin/login";
 * -s/--service `URL:LOGIN`, `URL:SSH[:host]`, or `URL:USER:GROUP:CWD:CMD`, which runs CMD as USER without a login):
 * each service's command served in a browser terminal, as ttyd's.
 */
export function shellinaboxdListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "cfgpsu", [
        ...["cert", "cert-fd", "css", "static-file", "group", "port", "service", "user", "user-css", "pidfile"],
        "linkify",
    ]);
    const binds = options.some(([k]) => k === "--localhost-only") ? ["127.0.0.1"] : [];
    const port = optionValues(options, "-p", "--port").at(-1) ?? "4200";
    const services = optionValues(options, "-s", "--service");
    return (services.length > 0 ? services : ["/:LOGIN"]).map(service => {
        const [, kind = "", ...rest] = service.split(":");
        const command =
            kind === "LOGIN"
                ? "/bin/login"
                : kind === "SSH"
                  ? `ssh ${rest[0] ?? "localhost"}`
                  : rest.slice(3).join(":");
        return {
            server: `shellinaboxd -s ${service}`,
            binds,
            port,
            serves: { shell: command === "" ? "/bin/sh" : command },
        };
    });
}

/**
 * Where a SOURCE_RUNNERS command's sources are: its working directory (undefined when the pack cannot tell it), the
 * files user data wrote and their text.
 */
export interface SourceLookup {
    cwd: string | undefined;
    fileText: (path: string) => string | undefined;
    written: readonly string[];
    /** Whether user data changed files in `dir` in a way the pack cannot compute (a clone, an extraction). */
    changedIn: (dir: string) => boolean;
    /** Whether user data changed the file `path` in a way the pack cannot compute (readConfig). */
    changedFile: (path: string) => boolean;
    /** Every value the script assigns to a build variable (VIEWED_VARIABLES: GO*, CARGO_*, RUST*), anywhere. */
    environment: ReadonlyMap<string, readonly (string | undefined)[]>;
}

/** A runner's sources: the files (relative ones from the working directory), or "unknown" when the pack cannot find them. */
export type RunnerSources = string[] | "unknown";

/**
 * Compilers and runners of source code the pack has no reader for, each with the source files a command line runs
 * (undefined when it runs none: `go build`, `java -jar`; "unknown" when the pack cannot find them, fail closed):
 * `go run` (goRunSources), `cargo run` (cargoRunSources), `java FILE.java` (JEP 330, single-file source-code launch)
 * and `java --source N FILE` (javaSources), `dotnet run` (dotnetRunSources), `kotlinc -script FILE.kts` and `kotlin
 * FILE.main.kts`, `swift FILE.swift`, `ruby FILE.rb`, `perl FILE.pl`. Node.js runners (deno included) and Python are
 * read by their own readers (nodeFileServerListeners, pythonFileServerListeners).
 */
export const SOURCE_RUNNERS: {
    names: RegExp;
    sources: (args: readonly string[], at: SourceLookup) => RunnerSources | undefined;
}[] = [
    { names: /^go$/, sources: goRunSources },
    { names: /^cargo$/, sources: cargoRunSources },
    { names: /^java$/, sources: javaSources },
    { names: /^dotnet$/, sources: dotnetRunSources },
    { names: /^(kotlinc|kotlinc-jvm|kotlin)$/, sources: args => sourceOperands(args, /\.kts$/, 1) },
    { names: /^swift$/, sources: args => sourceOperands(args, /\.swift$/, 1) },
    { names: /^ruby[0-9.]*$/, sources: args => sourceOperands(args, /\.rb$/, 1) },
    { names: /^perl[0-9.]*$/, sources: args => sourceOperands(args, /\.p[lm]$/, 1) },
];

/** Every SOURCE_RUNNERS program. */
export const SOURCE_RUNNER_NAMES = new RegExp(SOURCE_RUNNERS.map(r => r.names.source).join("|"));

/** The operands of a runner that are source files (`ext`), the first `first` of them if given; undefined if none. */
function sourceOperands(args: readonly string[], ext: RegExp, first?: number): string[] | undefined {
    const files = args.filter(w => !w.startsWith("-") && ext.test(w)).slice(0, first);
    return files.length > 0 ? files : undefined;
}

/** The files user data wrote in `dir` (below it too with `deep`, but not under `skip`) named by `ext`. */
function writtenSources(at: SourceLookup, dir: string, ext: RegExp, deep = false, skip?: RegExp): string[] {
    return at.written.filter(path => {
        const rel = posix.relative(dir, path);
        return (
            ext.test(path) &&
            !rel.startsWith("..") &&
            !posix.isAbsolute(rel) &&
            (deep ? !(skip?.test(rel) ?? false) : !rel.includes("/"))
        );
    });
}

/**
 * `go run [build flags] [-exec xprog] package [arguments...]` (go help run: "Typically the package is specified as a list
 * of .go source files from a single directory, but it may also be an import path, file system path, or pattern
 * matching a single known package, as in 'go run .' or 'go run my/cmd'"; go help build's flags, -C dir first): .go
 * operands are the files; a directory (`.`, `./cmd/web`, from -C's directory or the working directory) is its
 * package, every .go file user data wrote there but its tests (go help test: "_test.go" files); an import path is
 * the directory of a go.mod user data wrote whose module path prefixes it. A pattern (`...`), a version, another
 * module's path, an unknown flag or working directory, a package directory user data changed in a way the pack
 * cannot compute (a clone): "unknown".
 */
export function goRunSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    // What else runs code the command builds or names: `go test` "recompiles each package along with any files with
    // names matching the file pattern *_test.go ... and runs the resulting test binaries" (go help test): the
    // package's sources and its tests; `go build`, `go install` and `go vet` run none of the sources, but a program
    // their flags name (below; -vettool: go help vet) runs at the command itself.
    const command = args[0];
    const tests = command === "test";
    if (command !== "run" && !tests && command !== "build" && command !== "install" && command !== "vet")
        return undefined;
    const VALUED =
        /^-(C|o|p|exec|asmflags|buildmode|compiler|covermode|coverpkg|gccgoflags|gcflags|installsuffix|ldflags|mod|modfile|overlay|pgo|pkgdir|tags|toolexec|vettool|run|bench|benchtime|count|cpu|timeout|parallel|coverprofile|json|skip)$/;
    const BOOLEAN = /^-(a|n|race|msan|asan|cover|v|work|x|trimpath|linkshared|short|failfast|benchmem|i)$/;
    // Flags that run another program or build other files (go help build, go help run): -toolexec "a program to use
    // to invoke toolchain programs", -exec xprog ("'go run' invokes the binary using xprog"), -overlay ("a build will
    // run as if the disk file path exists with the contents given by the backing file paths"), -modfile (another
    // go.mod: its requires and replaces), -compiler/-gccgoflags (another toolchain), -vettool: what they run is
    // unknown; so is an external linker -ldflags names (-extld, -extldflags: go tool link).
    const OTHER_CODE = /^-(toolexec|exec|overlay|modfile|compiler|gccgoflags|vettool)$/;
    // GOFLAGS (go help environment: "A space-separated list of -flag=value settings to apply to go commands by
    // default") set anywhere in the script may reach this command: read as flags before the command's own, when each
    // is one the pack knows changes no code built or run (-trimpath: "remove all file system paths from the resulting
    // executable"; -buildvcs, -mod=readonly|mod, -modcacherw, -tags, -v, -x, -a, -race, -p); any other: unknown.
    // GOWORK ("the path to the go.work file"; `go help work`: its `use` modules satisfy imports; "off" disables
    // workspace mode) and GOENV (another go env file, GOFLAGS among its settings) set anywhere: unknown, but GOWORK=off.
    const env = (name: string) => at.environment.get(name) ?? [];
    const goflags = env("GOFLAGS").map(v => (v === undefined ? undefined : v.split(/\s+/).filter(w => w !== "")));
    const HARMLESS_GOFLAGS =
        /^-(trimpath|modcacherw|buildvcs(=(true|false|auto))?|mod=(readonly|mod)|tags=[\w.,]*|v|x|a|race|p=\d+)$/;
    if (goflags.some(words => words === undefined || !words.every(w => HARMLESS_GOFLAGS.test(w)))) return "unknown";
    if (env("GOWORK").some(v => v !== "off") || env("GOENV").length > 0) return "unknown";
    // The C toolchain a cgo build runs (go help environment: "CC: The command to use to compile C code", CXX, FC, AR,
    // PKG_CONFIG "Path to pkg-config tool", CGO_CFLAGS/CGO_LDFLAGS ... "Flags that cgo will pass to the compiler"
    // (-fplugin=, -B: other programs), GOROOT "The root of the go tree": another toolchain) set anywhere in the script:
    // unknown, but a system compiler by its packaged name and CGO_ENABLED (whether cgo is used at all).
    const SYSTEM_TOOL = /^(\/usr\/bin\/)?(gcc|cc|clang|g\+\+|c\+\+|clang\+\+|gfortran|ar|pkg-config|pkgconf)$/;
    const systemTool = (v: string | undefined) =>
        v !== undefined &&
        SYSTEM_TOOL.test(v) &&
        !["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"].some(d =>
            at.written.includes(posix.join(d, posix.basename(v))),
        );
    if (
        ["CC", "CXX", "FC", "AR", "PKG_CONFIG"].some(name => !env(name).every(systemTool)) ||
        [...at.environment.keys()].some(name => /^(CGO_(?!ENABLED$)\w+|GOROOT)$/.test(name))
    )
        return "unknown";
    const flags = [...goflags.flatMap(words => words ?? []), ...args.slice(1)];
    let dir = at.cwd;
    let i = 0;
    const tags: string[] = [];
    for (; i < flags.length && flags[i].startsWith("-"); i++) {
        const [flag, glued] = flags[i].replace(/^--/, "-").split(/=(.*)/s);
        const value = glued ?? (VALUED.test(flag) ? flags[++i] : undefined);
        if (OTHER_CODE.test(flag) || (flag === "-ldflags" && /extld/.test(value ?? ""))) return "unknown";
        if (!VALUED.test(flag) && !(BOOLEAN.test(flag) || (glued !== undefined && /^-[\w-]+$/.test(flag))))
            return "unknown";
        if (flag === "-C") dir = value === undefined ? undefined : servedDirectory(value, dir);
        if (flag === "-tags") tags.push(...(value ?? "").split(/[,\s]+/));
    }
    if (!tests && command !== "run") return undefined;
    // A file whose build constraint (go help buildconstraint: "//go:build" before the package clause) is one tag no
    // build sets (the `ignore` convention: "any other words ... are not set"; not a GOOS/GOARCH, unix, cgo, gc,
    // goX.Y, nor a -tags tag) is not built; any other constraint may hold: built.
    const built = (path: string) => {
        const tag = /^\s*\/\/go:build\s+(\w+)\s*$/m.exec((at.fileText(path) ?? "").split(/^\s*package\s/m)[0])?.[1];
        return (
            tag === undefined ||
            tags.includes(tag) ||
            /^(linux|unix|amd64|arm64|cgo|gc|gccgo|go1\.\d+|386|arm|ppc64le|s390x|riscv64|loong64)$/.test(tag)
        );
    };
    const operand = flags[i] ?? (tests ? "." : undefined);
    if (operand === undefined) return undefined;
    if (dir === undefined) return "unknown";
    // A test binary runs the package's _test.go files too; `go test DIR/...` every package below DIR.
    const source = (path: string) => (tests || !path.endsWith("_test.go")) && built(path);
    if (tests && /^\.{0,2}(\/[^.]*)?\/?\.\.\.$|^\/.*\/\.\.\.$/.test(operand)) {
        const tree = posix.resolve(dir, operand.replace(/\/?\.\.\.$/, "") || ".");
        if (at.changedIn(tree) || at.written.includes(posix.join(tree, "go.work"))) return "unknown";
        return writtenSources(at, tree, /\.go$/, true).filter(source);
    }
    // The package's imports are compiled in as well (go help packages; the Go spec, "Import declarations"): every
    // package of the written module the program may import, that is every .go file user data wrote under the
    // directory of the nearest go.mod (but tests); a module with replace directives or a go.work (other modules' code
    // built in) is unknown.
    const moduleSources = (from: string): RunnerSources => {
        for (let d = from; ; d = posix.dirname(d)) {
            if (at.written.includes(posix.join(d, "go.work"))) return "unknown";
            const mod = posix.join(d, "go.mod");
            if (at.written.includes(mod)) {
                if (/^\s*replace\b/m.test(at.fileText(mod) ?? "") || at.changedIn(d)) return "unknown";
                return writtenSources(at, d, /\.go$/, true).filter(
                    path => (!path.endsWith("_test.go") || (tests && posix.dirname(path) === from)) && built(path),
                );
            }
            if (d === "/") return [];
        }
    };
    const withModule = (files: string[], from: string): RunnerSources => {
        const more = moduleSources(from);
        return more === "unknown" ? more : [...new Set([...files, ...more])];
    };
    if (operand.endsWith(".go")) {
        const files = flags.slice(i).filter((w, j, all) => all.slice(0, j + 1).every(v => v.endsWith(".go")));
        const paths = files.map(f => posix.resolve(dir, f));
        return withModule(paths, posix.dirname(paths[0]));
    }
    if (operand.includes("...") || operand.includes("@")) return "unknown";
    const inModule = at.written
        .filter(path => posix.basename(path) === "go.mod")
        .flatMap(path => {
            const module = /^\s*module\s+"?([^\s"]+)/m.exec(at.fileText(path) ?? "")?.[1];
            return module !== undefined && (operand === module || operand.startsWith(`${module}/`))
                ? [posix.join(posix.dirname(path), operand.slice(module.length))]
                : [];
        });
    const pkg = /^\.{1,2}(\/|$)|^\//.test(operand) ? posix.resolve(dir, operand) : inModule[0];
    if (pkg === undefined || at.changedIn(pkg)) return "unknown";
    return withModule(writtenSources(at, pkg, /\.go$/).filter(source), pkg);
}

/**
 * `cargo run [options] [-- args]` (Cargo book "cargo run": --manifest-path PATH, "By default, Cargo searches for the
 * Cargo.toml file in the current directory or any parent directory"; --bin NAME, --example NAME; "Package Layout":
 * src/main.rs, src/bin/NAME.rs or src/bin/NAME/main.rs, examples/NAME.rs; "Cargo Targets": a [[bin]]'s `path`, the
 * manifest's `default-run`): the target's file and every module user data wrote under src/ beside it (not another
 * binary's). -p/--package, a workspace manifest, an unknown flag or working directory: "unknown".
 */
export function cargoRunSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    // `cargo +TOOLCHAIN ...` (rustup book "Overrides", "Toolchain override shorthand"): that toolchain's cargo.
    if (args[0]?.startsWith("+"))
        return rustupChannel(args[0].slice(1)) ? cargoRunSources(args.slice(1), at) : "unknown";
    // The code other cargo commands run (cargoBuildTime): build scripts at every build, and tests at `cargo test`.
    const mode = /^(build|b|check|c|doc|d|clippy|install|rustc|fix)$/.test(args[0] ?? "")
        ? "build"
        : /^(test|t|bench)$/.test(args[0] ?? "")
          ? "test"
          : args[0] === "run" || args[0] === "r"
            ? "run"
            : undefined;
    if (mode === undefined) return undefined;
    // `cargo install --path DIR` builds the package in DIR (Cargo book "cargo install": "--path: Filesystem path to
    // local crate to install"); any other install (a registry's, --git) builds code the pack does not read.
    const given = args.slice(1);
    const path = given.flatMap((w, i) =>
        w.startsWith("--path=") ? [w.slice(7)] : given[i - 1] === "--path" ? [w] : [],
    );
    if (args[0] === "install" && path.length !== 1) return "unknown";
    const own = (given.includes("--") ? given.slice(0, given.indexOf("--")) : given).flatMap((w, i, all) =>
        /^--(path|root)(=|$)/.test(w) || /^--(path|root)$/.test(all[i - 1] ?? "")
            ? []
            : // Build targets and workspace selection (Cargo book "cargo build", "Target Selection").
              /^(--lib|--bins|--tests|--benches|--examples|--all-targets|--workspace|--all|--no-run|--doc|--no-fail-fast|--force|-f|--debug|--locked)$/.test(
                    w,
                ) && mode !== "run"
              ? []
              : [w],
    );
    if (path.length === 1) own.unshift("--manifest-path", posix.join(path[0], "Cargo.toml"));
    return cargoPackageSources(own, at, mode);
}

/** cargoRunSources of the options `own`: the binary's sources (`run`), build-time code (`build`) or tests (`test`). */
function cargoPackageSources(
    own: readonly string[],
    at: SourceLookup,
    mode: "run" | "build" | "test",
): RunnerSources | undefined {
    const VALUED =
        /^(--manifest-path|--bin|--example|-p|--package|-F|--features|--target|--target-dir|--profile|-j|--jobs|--config|-Z|--color|--message-format|--lockfile-path|--test|--bench|--exclude)$/;
    const BOOLEAN =
        /^(-r|--release|--all-features|--no-default-features|--frozen|--locked|--offline|-q|--quiet|-v+|--verbose|--ignore-rust-version|--timings|--keep-going)$/;
    const options = new Map<string, string>();
    for (let i = 0; i < own.length; i++) {
        const [flag, glued] = own[i].split(/=(.*)/s);
        // The first operand starts the binary's own arguments ("cargo run [options] [-- args]", `[ARGS]...`); a
        // test name filter (`cargo test NAME`).
        if (!flag.startsWith("-")) break;
        // --config KEY=VALUE or PATH (Cargo book "Configuration", "Command-line overrides") and -Z may set
        // target.<triple>.runner ("executables ... will be executed by invoking the specified runner ... This applies
        // to cargo run"), a rustc wrapper or a linker: programs the pack does not read.
        if (/^(--config|-Z)$/.test(flag)) return "unknown";
        if (VALUED.test(flag)) options.set(flag, glued ?? own[++i] ?? "");
        else if (!BOOLEAN.test(flag)) return "unknown";
    }
    if (cargoConfigured(at)) return "unknown";
    const given = options.get("--manifest-path");
    let manifest = given === undefined ? undefined : servedDirectory(given, at.cwd);
    // The nearest Cargo.toml user data wrote at or above the working directory, else the working directory's.
    for (let d = at.cwd; given === undefined && d !== undefined; d = d === "/" ? undefined : posix.dirname(d))
        if (at.written.includes(posix.join(d, "Cargo.toml"))) {
            manifest = posix.join(d, "Cargo.toml");
            break;
        }
    if (given === undefined && manifest === undefined && at.cwd !== undefined)
        manifest = posix.join(at.cwd, "Cargo.toml");
    if (manifest === undefined) return "unknown";
    const root = posix.dirname(manifest);
    if (at.changedIn(root)) return "unknown";
    const toml = at.fileText(manifest) ?? "";
    // A workspace (Cargo book "Workspaces"): `-p NAME` runs the member whose [package] name is NAME, its manifest
    // found through `[workspace] members` (paths or globs, beside the root manifest); the member is then read as a
    // single package. Anything else (no -p, a member the pack cannot find) is unknown.
    const selected = options.get("-p") ?? options.get("--package");
    // A root package (Cargo book "Workspaces", "Root package": [workspace] beside [package]): with no default-members
    // ("commands in the root run the root package") or -p naming it, it is read as a single package.
    const rootPackage =
        /^\s*\[package\]/m.test(toml) &&
        !/^\s*default-members\s*=/m.test(toml) &&
        (selected === undefined || selected === /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1]);
    if (/^\s*\[workspace\]/m.test(toml) && !rootPackage) {
        const members = /^\s*members\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1];
        if (members === undefined || given !== undefined || (selected === undefined && mode === "run"))
            return "unknown";
        const globs = [...members.matchAll(/"([^"]*)"/g)].map(
            m =>
                new RegExp(
                    `^${posix
                        .join(root, m[1])
                        .replace(/[.+^${}()|\\]/g, "\\$&")
                        .replace(/\*/g, "[^/]*")
                        .replace(/\?/g, "[^/]")}/Cargo\\.toml$`,
                ),
        );
        const rest = own.filter(
            (w, i) => !/^(-p|--package)(=|$)/.test(w) && !/^(-p|--package)$/.test(own[i - 1] ?? ""),
        );
        // Building or testing the whole workspace (no -p): every member's code.
        if (selected === undefined) {
            const all = at.written.filter(path => globs.some(g => g.test(path)));
            const each = all.map(member => cargoPackageSources(["--manifest-path", member, ...rest], at, mode));
            if (all.length === 0 || each.some(e => e === "unknown")) return "unknown";
            return [...new Set(each.flatMap(e => e ?? []))];
        }
        const member = at.written.find(
            path =>
                globs.some(g => g.test(path)) &&
                /^\s*name\s*=\s*"([^"]*)"/m.exec(at.fileText(path) ?? "")?.[1] === selected,
        );
        if (member === undefined) return "unknown";
        return cargoPackageSources(["--manifest-path", member, ...rest], at, mode);
    }
    if (selected !== undefined && selected !== /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1]) return "unknown";
    const code = cargoPackageCode(root, toml, at, new Set([root]), mode === "build");
    if (code === "unknown") return code;
    // A build runs the build scripts (and path dependencies' procedural macros) only; `cargo test` "Compile[s] and
    // execute[s] unit, integration, and documentation tests" (Cargo book "cargo test"): every source of the package
    // (src/, tests/, benches/, examples/), whatever target a test binary is built from.
    if (mode === "build") return code;
    if (mode === "test") return [...new Set([...writtenSources(at, root, /\.rs$/, true, /^target\//), ...code])];
    // Each [[bin]]'s name and path (Cargo Targets); default-run names the binary `cargo run` runs.
    const bins = [...toml.matchAll(/^\s*\[\[bin\]\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gm)].map(b => ({
        name: /^\s*name\s*=\s*"([^"]*)"/m.exec(b[1])?.[1],
        path: /^\s*path\s*=\s*"([^"]*)"/m.exec(b[1])?.[1],
    }));
    const packageName = /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1];
    const example = options.get("--example");
    const bin = options.get("--bin") ?? /^\s*default-run\s*=\s*"([^"]*)"/m.exec(toml)?.[1];
    const targets =
        example !== undefined
            ? [`examples/${example}.rs`, `examples/${example}/main.rs`]
            : bin !== undefined
              ? [
                    ...bins.filter(b => b.name === bin && b.path !== undefined).map(b => b.path as string),
                    `src/bin/${bin}.rs`,
                    `src/bin/${bin}/main.rs`,
                    ...(bin === packageName ? ["src/main.rs"] : []),
                ]
              : [
                    "src/main.rs",
                    ...bins.flatMap(b => (b.path !== undefined ? [b.path] : [])),
                    // With no src/main.rs, `cargo run` runs the package's only binary: src/bin's.
                    ...(at.written.includes(posix.join(root, "src/main.rs"))
                        ? []
                        : writtenSources(at, posix.join(root, "src/bin"), /\.rs$/, true)),
                ];
    const files = targets.map(t => posix.resolve(root, t));
    const modules = files.flatMap(file =>
        posix.basename(file) === "main.rs" && posix.dirname(file) !== posix.join(root, "src")
            ? writtenSources(at, posix.dirname(file), /\.rs$/, true)
            : [],
    );
    return [
        ...new Set([
            ...files,
            ...modules,
            ...writtenSources(at, posix.join(root, "src"), /\.rs$/, true, /^bin\//),
            ...code,
        ]),
    ];
}

/**
 * Whether cargo's configuration may run programs the pack does not read (Cargo book "Configuration": files
 * .cargo/config.toml or .cargo/config in the working directory and every parent, and $CARGO_HOME/config.toml, root's
 * /root/.cargo; environment variables CARGO_*, RUSTC, RUSTC_WRAPPER and RUSTFLAGS set any key): target.<triple>.runner, linker,
 * build.rustc/rustc-wrapper/rustc-workspace-wrapper, rustflags (`-C linker=`), [env] (the build scripts' environment),
 * include; a configuration file user data changed in a way the pack cannot compute may say anything.
 */
function cargoConfigured(at: SourceLookup): boolean {
    const variables = [...at.environment.keys()].filter(
        v =>
            /^(CARGO_|RUST)/.test(v) &&
            !/^CARGO_(TARGET_DIR|TERM_\w+|NET_\w+|HTTP_\w+|INCREMENTAL|REGISTRIES_\w+)$/.test(v),
    );
    if (variables.length > 0) return true;
    const dirs: string[] = ["/root"];
    for (let d = at.cwd; d !== undefined; d = d === "/" ? undefined : posix.dirname(d)) dirs.push(d);
    // The toolchain rustup's cargo proxy runs (rustup book "Overrides": a `cargo +TOOLCHAIN` argument, RUSTUP_TOOLCHAIN,
    // then "the rust-toolchain.toml or rust-toolchain file" found "by walking up the directory tree" from the working
    // directory; "The toolchain file": `[toolchain] path = "/path/to/local/toolchain"` is "a custom local toolchain",
    // and a legacy rust-toolchain file may hold a toolchain name alone): a toolchain that is not an official release
    // channel (rustupChannel: a path, a linked custom name) runs programs the pack does not read, and so may a file
    // user data changed in a way the pack cannot compute.
    if (!(at.environment.get("RUSTUP_TOOLCHAIN") ?? []).every(rustupChannel)) return true;
    const toolchainFiles = dirs
        .slice(1)
        .flatMap(d => ["rust-toolchain.toml", "rust-toolchain"].map(name => posix.join(d, name)));
    if (
        toolchainFiles.some(path => {
            if (at.changedFile(path)) return true;
            const text = at.fileText(path);
            if (text === undefined) return false;
            const lines = text.split("\n").filter(l => !/^\s*(#.*)?$/.test(l));
            if (lines.length === 1 && !/[=[]/.test(lines[0])) return !rustupChannel(lines[0].trim());
            const channel = /^\s*channel\s*=\s*"([^"]*)"\s*(#.*)?$/m.exec(text)?.[1];
            // Only [toolchain]'s channel, components, targets and profile (components and targets the release's own).
            return (
                !rustupChannel(channel) ||
                lines.some(
                    l =>
                        !/^\s*\[toolchain\]\s*(#.*)?$/.test(l) &&
                        !/^\s*(channel|components|targets|profile)\s*=/.test(l) &&
                        !/^\s*("[\w-]*"\s*,?\s*)*\]?\s*(#.*)?$/.test(l),
                )
            );
        })
    )
        return true;
    return dirs.some(d =>
        ["config.toml", "config"].some(name => {
            const path = posix.join(d, ".cargo", name);
            if (at.changedFile(path)) return true;
            return /\b(runner|rustc[\w-]*|linker|rustflags|rustdocflags|include)\b|^\s*\[env\]/m.test(
                at.fileText(path) ?? "",
            );
        }),
    );
}

/**
 * Whether a rustup toolchain name is an official release channel (rustup book "Toolchains": `<channel>[-<date>][-<host>]`,
 * channel `stable|beta|nightly|<major.minor>|<major.minor.patch>`), which rustup installs from its distribution server;
 * anything else (a path, a custom toolchain `rustup toolchain link` made) is not.
 */
function rustupChannel(name: string | undefined): boolean {
    return (
        name !== undefined &&
        /^(stable|beta|nightly|\d+\.\d+(\.\d+)?)(-\d{4}-\d{2}-\d{2})?(-(x86_64|aarch64)-unknown-linux-(gnu|musl))?$/.test(
            name,
        )
    );
}

/**
 * The code cargo builds and runs for a package besides its targets' sources (`root` its directory, `toml` its
 * manifest): the build script (Cargo book "Build Scripts": "Placing a file named build.rs in the root of a package
 * will cause Cargo to compile that script and execute it just before building the package"; `package.build = PATH`,
 * `false` none), one user data did not write at its given path being unknown, its listening and the processes it
 * starts judged as the sources' (SPAWN_API); and each path dependency ("Specifying Dependencies": `path = "..."` in a
 * [dependencies], [build-dependencies], [dev-dependencies], target-specific or [workspace.dependencies] table) that is
 * a package user data wrote: its src/ and its own code, recursively. Any other `path` (a [lib]'s, a [patch]'s), a path
 * dependency user data did not write or changed: "unknown". With `buildTime`, the code a build runs: the build scripts
 * and procedural macros.
 */
function cargoPackageCode(
    root: string,
    toml: string,
    at: SourceLookup,
    seen: Set<string>,
    buildTime = false,
): RunnerSources {
    const build = /^\s*build\s*=\s*(false|"([^"]*)")/m.exec(toml);
    const script = build?.[1] === "false" ? undefined : posix.resolve(root, build?.[2] ?? "build.rs");
    if (script !== undefined && build?.[2] !== undefined && !at.written.includes(script)) return "unknown";
    const code = script !== undefined && at.fileText(script) !== undefined ? [script] : [];
    const DEPENDENCIES = /^(workspace\.|target\.[^\]]*\.)?(dev-|build-)?dependencies(\.[\w-]+)?$/;
    let table = "";
    for (const line of toml.split("\n")) {
        const header = /^\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(#.*)?$/.exec(line);
        if (header) {
            table = header[1];
            continue;
        }
        const path = /^[^#]*\bpath\s*=\s*"([^"]*)"/.exec(line)?.[1];
        if (path === undefined && /^[^#]*\bpath\s*=/.test(line)) return "unknown";
        if (path === undefined || (table === "bin" && /^\s*path\s*=/.test(line))) continue;
        if (!DEPENDENCIES.test(table)) return "unknown";
        const dir = posix.resolve(root, path);
        const manifest = posix.join(dir, "Cargo.toml");
        if (seen.has(dir)) continue;
        seen.add(dir);
        const text = at.fileText(manifest);
        if (text === undefined || at.changedIn(dir) || /^\s*\[workspace\]/m.test(text)) return "unknown";
        const more = cargoPackageCode(dir, text, at, seen, buildTime);
        if (more === "unknown") return more;
        // At build time (`buildTime`) a dependency's sources run only as a procedural macro (The Rust reference,
        // "Procedural Macros": "run during compilation"; `[lib] proc-macro = true`).
        const runs = !buildTime || /^\s*proc-macro\s*=\s*true/m.test(text);
        code.push(...(runs ? writtenSources(at, posix.join(dir, "src"), /\.rs$/, true) : []), ...more);
    }
    // A dependency from a registry or git (Cargo book "Specifying Dependencies") is code compiled into the program
    // (and its build script and procedural macros run at the build) that the pack does not read: only the crates.io
    // crates of KNOWN_CRATES, whose processes and listeners are calls the program's own sources make (SPAWN_API,
    // LISTEN_API), pass. `NAME.workspace = true` is the workspace root's [workspace.dependencies] NAME ("Inheriting a
    // dependency from a workspace"); [patch] and [replace] ("Overriding Dependencies") put other code in its place.
    const workspaceRoot = () => {
        for (let d = posix.dirname(root); ; d = posix.dirname(d)) {
            const text = at.fileText(posix.join(d, "Cargo.toml"));
            if (text !== undefined && /^\s*\[workspace\]/m.test(text)) return text;
            if (d === "/") return /^\s*\[workspace\]/m.test(toml) ? toml : undefined;
        }
    };
    const known = (dep: CargoDependency, depth = 0): boolean => {
        if (dep.path) return true;
        if (dep.other) return false;
        if (dep.workspace) {
            const inherited = cargoDependencies(workspaceRoot() ?? "").find(
                d => d.table.startsWith("workspace.") && d.name === dep.name,
            );
            return inherited !== undefined && depth === 0 && !inherited.workspace && known(inherited, 1);
        }
        return KNOWN_CRATES.has(dep.crate);
    };
    if (/^\s*\[(patch|replace)\b/m.test(toml) || !cargoDependencies(toml).every(dep => known(dep))) return "unknown";
    return code;
}

/**
 * crates.io crates the pack treats as read (cargoPackageCode): libraries whose process starts and listeners are calls
 * a program's own source makes (tokio::process::Command, TcpListener::bind, axum::serve), not their own; serialization,
 * logging, error and command-line parsing crates. A crate that runs commands for its caller (duct `cmd!`, xshell,
 * subprocess, cmd_lib `run_cmd!`) or listens by itself (an exporter) is not among them.
 */
const KNOWN_CRATES = new Set(
    (
        "tokio tokio-macros tokio-util tokio-stream futures futures-util serde serde_json serde_derive serde_yaml toml " +
        "anyhow thiserror log env_logger tracing tracing-subscriber clap rand chrono time regex once_cell lazy_static " +
        "bytes hyper hyper-util http http-body-util axum tower tower-http reqwest url base64 hex sha2 uuid itertools " +
        "parking_lot crossbeam actix-web actix-rt warp async-trait"
    ).split(" "),
);

/** A dependency of a Cargo manifest (Cargo book "Specifying Dependencies"), by the key naming it in its table. */
interface CargoDependency {
    table: string;
    /** Its key in the table. */
    name: string;
    /** The crate it is (`package = "..."` renames it). */
    crate: string;
    path: boolean;
    workspace: boolean;
    /** From git, another registry, or a form the pack does not read. */
    other: boolean;
}

/**
 * Every dependency of a Cargo manifest: `NAME = "VERSION"`, `NAME = { ... }` and `NAME.KEY = VALUE` lines of a
 * [dependencies] (dev-, build-, target.X., workspace.) table, and `[dependencies.NAME]` tables.
 */
function cargoDependencies(toml: string): CargoDependency[] {
    const DEPENDENCIES = /^(workspace\.|target\.[^\]]*\.)?(dev-|build-)?dependencies$/;
    const deps = new Map<string, CargoDependency>();
    let table = "";
    let named: string | undefined;
    const entry = (name: string) => {
        const key = `${table}\u0000${name}`;
        const dep = deps.get(key) ?? { table, name, crate: name, path: false, workspace: false, other: false };
        deps.set(key, dep);
        return dep;
    };
    const read = (dep: CargoDependency, text: string) => {
        const renamed = /\bpackage\s*=\s*"([^"]*)"/.exec(text)?.[1];
        if (renamed !== undefined) dep.crate = renamed;
        if (/\bpath\s*=/.test(text)) dep.path = true;
        if (/\bworkspace\s*=\s*true\b/.test(text)) dep.workspace = true;
        if (/\b(git|registry|registry-index|branch|rev)\s*=/.test(text)) dep.other = true;
    };
    for (const raw of toml.split("\n")) {
        const line = raw.replace(/#[^"\n]*$/, "");
        const header = /^\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*$/.exec(line);
        if (header) {
            const dotted = /^(.*?dependencies)\.("?)([\w-]+)\2$/.exec(header[1]);
            table = dotted ? dotted[1] : header[1];
            named = dotted?.[3];
            if (named !== undefined && DEPENDENCIES.test(table)) entry(named);
            continue;
        }
        if (!DEPENDENCIES.test(table) || /^\s*$/.test(line)) continue;
        if (named !== undefined) {
            read(entry(named), line);
            continue;
        }
        const m = /^\s*"?([\w-]+)"?\s*(\.\s*([\w-]+)\s*)?=\s*(.*)$/.exec(line);
        if (m === null) {
            entry(line.trim()).other = true;
            continue;
        }
        const dep = entry(m[1]);
        if (m[3] !== undefined) read(dep, `${m[3]} = ${m[4]}`);
        else if (!/^"[^"]*"\s*$/.test(m[4])) read(dep, m[4]);
        if (/^\{/.test(m[4]) && !/\}\s*$/.test(m[4])) dep.other = true;
    }
    return [...deps.values()];
}

/**
 * `java [options] FILE.java` (JEP 330, single-file source-code launch) and `java --source N FILE [args]` (the `java`
 * tool reference, "Using Source-File Mode to Launch Source-Code Programs": "If the file does not have the .java
 * extension, the --source option must be used to force source-file mode"): the source file is the first operand
 * after the options (their values skipped: -cp/--class-path, -p/--module-path, --add-modules ...); -jar, -m/--module
 * or a class name run no source.
 */
function javaSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    const VALUED =
        /^(-cp|-classpath|--class-path|-p|--module-path|--upgrade-module-path|--add-modules|--limit-modules|--enable-native-access|--add-reads|--add-exports|--add-opens|--patch-module|--source)$/;
    let i = 0;
    // Options, and @argfiles (the `java` tool reference, "java Command-Line Argument Files").
    for (; i < args.length && /^[-@]/.test(args[i]); i++) {
        if (/^(-jar|-m|--module)$/.test(args[i]) || args[i].startsWith("--module=")) return undefined;
        if (VALUED.test(args[i])) i++;
    }
    const operand = args[i];
    const source = args.slice(0, i).some(w => w === "--source" || w.startsWith("--source="));
    if (operand === undefined || !(source || operand.endsWith(".java"))) return undefined;
    // JEP 458 (JDK 22, "Launch Multi-File Source-Code Programs"): the launcher compiles, on demand, the other .java
    // files of the source tree, whose root "is computed from the package of the launched file" (one directory up per
    // package name component, which must match the file's directories): every one user data wrote there is a source.
    // A package the pack cannot read or that does not match: unknown.
    const file = servedDirectory(operand, at.cwd);
    if (file === undefined) return [operand];
    const text = (at.fileText(file) ?? "").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    const declared = /^\s*package\s+([\w.]+)\s*;/m.exec(text)?.[1];
    if (declared === undefined && /\bpackage\b/.test(text.split(/\b(class|interface|record|enum)\b/)[0]))
        return "unknown";
    const parts = declared?.split(".") ?? [];
    let tree = posix.dirname(file);
    for (const part of [...parts].reverse()) {
        if (posix.basename(tree) !== part) return "unknown";
        tree = posix.dirname(tree);
    }
    if (at.changedIn(tree)) return "unknown";
    return [...new Set([file, ...writtenSources(at, tree, /\.java$/, true)])];
}

/**
 * `dotnet run` (MS Learn "dotnet run": the project in --project PATH, a folder or a project file's, else the
 * working directory; dotnetRunProject): its sources (dotnetProjectSources); `dotnet run FILE.cs` (a file-based app):
 * that file. An unknown working directory: "unknown".
 */
function dotnetRunSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    // Every build runs the project's MSBuild code (MS Learn "MSBuild targets": a Target with BeforeTargets/AfterTargets
    // runs in the build; "Exec task": "Runs the specified program or command"): a project dotnetProjectSources cannot
    // read (a Target, Exec, UsingTask or Import) runs what the pack does not read at `dotnet build|publish|pack|
    // restore|msbuild` itself; `dotnet test` ("builds the solution and runs a test host application") runs the
    // project's sources.
    const verb = args.find(w => !w.startsWith("-"));
    if (/^(build|publish|pack|restore|msbuild|test|clean)$/.test(verb ?? "")) {
        const rest = args.slice(args.indexOf(verb as string) + 1);
        const { project, unread } = dotnetBuildArguments(verb === "test" ? rest.filter(w => w !== "--no-build") : rest);
        // An MSBuild switch the pack does not read (MS Learn "MSBuild command-line reference": -logger:CLASS,ASSEMBLY
        // and -distributedLogger load an assembly into the build, -property sets any property, -target runs any
        // target) or a response file (`@FILE`: "MSBuild response files" hold switches): code the pack does not read.
        if (unread || project?.startsWith("@")) return "unknown";
        const dir = servedDirectory(
            project === undefined ? "." : /proj$/i.test(project) ? posix.dirname(project) : project,
            at.cwd,
        );
        if (dir === undefined) return "unknown";
        const sources = dotnetProjectSources(dir, at, new Set());
        return sources === "unknown" || verb === "test" ? sources : undefined;
    }
    const run = dotnetRunProject(args, at.cwd);
    if (run === undefined) return undefined;
    const file = run.runArgs.find(w => /\.cs$/i.test(w) && !w.startsWith("-"));
    if (file !== undefined) return [file];
    if (run.project === undefined) return "unknown";
    return dotnetProjectSources(run.project, at, new Set());
}

/** A .NET project file: C# (.csproj), F# (.fsproj), Visual Basic (.vbproj). */
export const DOTNET_PROJECT = /\.(cs|fs|vb)proj$/i;

/**
 * The sources of the .NET project in `dir`: every C#, F# or Visual Basic file user data wrote under it but bin/ and obj/
 * (MSBuild's default Compile items, "Default includes and excludes": **\/*.cs; the F# SDK compiles its Compile items,
 * in order), Program.cs; Compile items beyond the defaults (MS Learn "Common MSBuild project items": Compile, "The
 * source files for the compiler"; "Customize your build": Directory.Build.props/.targets of the project's directory or
 * any above it are imported): each literal Include resolved from the project's directory, its wildcards (`*`, `**`)
 * matched against the files user data wrote; each ProjectReference ("a referenced project is built and its assembly
 * used") to a project file user data wrote: that project's sources, recursively. Unknown: a directory user data
 * changed, a property or an item transform in an item, an Import (another file's targets), a Target, Exec or UsingTask
 * (MS Learn "Exec task": "Runs the specified program or command"; "MSBuild targets": BeforeTargets/AfterTargets run
 * them in the build `dotnet run` does first; an inline task's code), a reference the pack cannot resolve.
 */
function dotnetProjectSources(dir: string, at: SourceLookup, seen: Set<string>): RunnerSources {
    if (at.changedIn(dir)) return "unknown";
    // Response files MSBuild reads by itself (MS Learn "MSBuild response files": "MSBuild searches parent directories
    // of the project for a file named Directory.Build.rsp" and reads the MSBuild.rsp beside MSBuild.exe, the SDK's):
    // their switches (-logger:CLASS,ASSEMBLY, -property, -target) load and run code the pack does not read.
    const rsp = at.written.some(path => {
        const rel = posix.relative(dir, path);
        return (
            /^msbuild\.rsp$/i.test(posix.basename(path)) ||
            (/^Directory\.Build\.rsp$/i.test(posix.basename(path)) &&
                (rel === posix.basename(path) || /^(\.\.\/)+[^/]+$/.test(rel)))
        );
    });
    if (rsp) return "unknown";
    seen.add(dir);
    const projectFiles = at.written.filter(path => {
        const rel = posix.relative(dir, path);
        const above = rel === posix.basename(path) || /^(\.\.\/)+[^/]+$/.test(rel);
        return (
            (posix.dirname(path) === dir && DOTNET_PROJECT.test(path)) ||
            (above && /^Directory\.Build\.(props|targets)$/i.test(posix.basename(path)))
        );
    });
    const items: string[] = [];
    for (const path of projectFiles) {
        const text = at.fileText(path) ?? "";
        if (/<\s*(Import|Target|Exec|UsingTask)\b/i.test(text)) return "unknown";
        for (const m of text.matchAll(/<\s*ProjectReference\b[^>]*\bInclude\s*=\s*(["'])([^"']*)\1/gi))
            for (const ref of m[2]
                .split(";")
                .map(v => v.trim().replace(/\\/g, "/"))
                .filter(v => v !== "")) {
                const project = posix.resolve(dir, ref);
                if (/[$@%*?]/.test(ref) || !DOTNET_PROJECT.test(ref) || !at.written.includes(project)) return "unknown";
                if (seen.has(posix.dirname(project))) continue;
                const more = dotnetProjectSources(posix.dirname(project), at, seen);
                if (more === "unknown") return more;
                items.push(project, ...more);
            }
        if (
            [...text.matchAll(/<\s*ProjectReference\b/gi)].length >
            [...text.matchAll(/<\s*ProjectReference\b[^>]*\bInclude\s*=\s*["']/gi)].length
        )
            return "unknown";
        for (const m of text.matchAll(/<\s*Compile\b[^>]*\b(?:Include|Update)\s*=\s*(["'])([^"']*)\1/gi))
            for (const item of m[2]
                .split(";")
                .map(v => v.trim().replace(/\\/g, "/"))
                .filter(v => v !== "")) {
                if (/[$@%]/.test(item)) return "unknown";
                const glob = posix.resolve(dir, item);
                const re = new RegExp(
                    `^${glob
                        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
                        .replace(/\*\*\/?/g, "\uE000")
                        .replace(/\*/g, "[^/]*")
                        .replace(/\?/g, "[^/]")
                        .replace(/\uE000/g, "(?:.*/)?")}$`,
                );
                items.push(...at.written.filter(w => re.test(w)));
                if (!/[*?]/.test(item)) items.push(glob);
            }
    }
    return [
        ...new Set([
            posix.join(dir, "Program.cs"),
            ...writtenSources(at, dir, /\.(cs|fs|fsx|vb)$/i, true, /^(bin|obj)\//),
            ...items,
        ]),
    ];
}

/**
 * `dotnet run [--project PATH]` (MS Learn "dotnet run"; `-p` is --property): its own options, before `--` (the app's
 * arguments after it), `--name VALUE` or `--name=VALUE`, and the project's directory (a project file's directory,
 * else PATH; the working directory without --project; undefined when unknown). Undefined when it is no `dotnet run`.
 */
export function dotnetRunProject(
    args: readonly string[],
    cwd: string | undefined,
):
    | { project: string | undefined; runArgs: readonly string[]; option: (...names: string[]) => string | undefined }
    | undefined {
    if (args.find(w => !w.startsWith("-")) !== "run") return undefined;
    const runArgs = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
    const option = (...names: string[]) =>
        runArgs
            .flatMap((w, i) => {
                const glued = /^(--?[\w-]+)=(.*)$/.exec(w);
                return glued ? (names.includes(glued[1]) ? [glued[2]] : []) : names.includes(runArgs[i - 1]) ? [w] : [];
            })
            .at(-1);
    const projectPath = option("--project") ?? ".";
    const project = servedDirectory(/proj$/i.test(projectPath) ? posix.dirname(projectPath) : projectPath, cwd);
    return { project, runArgs, option };
}

/** Words split at spaces outside quotes, the quotes around a word dropped (systemd's and shlex's splitting alike). */
export const quotedWords = (value: string) =>
    (value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])(.*)\1$/, "$2"));

/**
 * The project and output of `dotnet build|publish ARGS` (MS Learn "dotnet build", "dotnet publish": the options that
 * take a value, `-o|--output`, the one PROJECT|SOLUTION operand); `unread` when an option or operand is none of those
 * or of the flags known not to write elsewhere.
 */
export function dotnetBuildArguments(args: readonly string[]): { project?: string; output?: string; unread: boolean } {
    const VALUED =
        /^(-c|--configuration|-o|--output|-f|--framework|-r|--runtime|-v|--verbosity|--os|-a|--arch|--version-suffix|--source|-s)$/;
    const FLAGS =
        /^(--no-restore|--no-dependencies|--nologo|--self-contained|--no-self-contained|--no-incremental|--no-build|-tl|--sc)$/;
    let project: string | undefined;
    let output: string | undefined;
    let unread = false;
    for (let i = 0; i < args.length; i++) {
        const [flag, glued] = args[i].split(/=(.*)/s);
        if (VALUED.test(flag)) {
            const value = glued ?? args[++i];
            if (/^(-o|--output)$/.test(flag)) output = value;
        } else if (!args[i].startsWith("-") && project === undefined) project = args[i];
        else if (!FLAGS.test(flag)) unread = true;
    }
    return { project, output, unread };
}
