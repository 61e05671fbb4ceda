/**
 * Code loaders: the code an interpreter loads from paths a pod may write (CODE_LOADERS, loaderScanText), by language:
 * Perl @INC, Ruby's load path, Lua's package paths, gawk, PHP include paths and extensions, Tcl's auto_path, and the
 * environment and working directories that steer them. Split from userData.ts.
 */
import { posix } from "path";
import { programOptions, LOADER_VARIABLES } from "../rootReads";
import { readConfig, ScriptView } from "./listeners";

/**
 * Code an interpreter loads besides its program (round 66: the class of a module or file its options, environment or
 * code name), the one table of them: each interpreter family's `options` (what programOptions read: the environment's
 * options are among them, rootReads environmentOptions), `code` (the statements of its program text that load a file
 * or module), `dirs` (where a name is looked up, `?` the name's path: the options' and the code's own directories
 * first) and `known` (the standard library and packaged modules loaded by name, whose code the pack takes as the
 * image's; SOCKET_SHELL_CODE judges the program using them). A load is the first file of its candidates user data
 * wrote (read as program text by the same judge, its own loads followed); one changed in a way the pack cannot compute,
 * a name or path the pack cannot compute (`$`, a non-literal argument), or one found nowhere user data writes and not
 * `known`, is code the pack cannot read (fail closed, as node's preloads: nodeEntry).
 * - gawk (GNU awk manual, "Command-Line Options": `-i source-file`/`--include=source-file` "Read an awk source library
 *   from source-file", `-l ext`/`--load=ext` a shared library; "Including Other Files into Your Program": `@include
 *   "file"`, searched in AWKPATH (default ".:/usr/local/share/awk"), `.awk` appended when not found; "Loading Dynamic
 *   Extensions": `@load`): the libraries and extensions gawk ships are known;
 * - perl (perlrun(1): `-Mmodule`/`-mmodule` "executes use module" before the program, `-Idirectory` prepended to @INC,
 *   `-d:MOD` loads Devel::MOD; ENVIRONMENT: PERL5OPT's switches "as if they appeared on every Perl command line",
 *   PERL5LIB/PERLLIB directories; `-Mlib=DIR` is `use lib`): Foo::Bar is Foo/Bar.pm on @INC; in code (round 67)
 *   do/require FILE, use/require Module and eval of a string (perlLoads);
 * - ruby (ruby(1): `-r library` "Causes Ruby to load the library using require" before the script, `-I directory`
 *   added to $LOAD_PATH; RUBYOPT's options, RUBYLIB's directories): `lib` is lib.rb on $LOAD_PATH, a path as itself;
 *   in code (round 67) require/require_relative/load/autoload and eval of a string (rubyLoads);
 * - php (PHP manual, "Core php.ini directives": auto_prepend_file/auto_append_file "parsed before/after the main file
 *   ... as if it was called with the require function"; CLI `-d foo[=bar]`, `-c path|file` the php.ini, PHPRC):
 *   the directives of `-d` and of the php.ini user data wrote (round 68: extension/zend_extension too, native code);
 *   in code (round 67) include/require(_once) and eval, (round 68) in any case, beside the file, and dl() (phpLoads);
 * - lua/luajit (lua(1): `-l name` "require library name" before the script, LUA_INIT ("@filename" runs the file, else
 *   the code), LUA_PATH the path of require; Lua manual: `dofile (filename)` "Opens the named file and executes its
 *   contents as a Lua chunk", `loadfile`, `require (modname)` on package.path, `load`/`loadstring` of a string;
 *   LuaJIT's default package.path starts with "./?.lua"): a module `a.b` is a/b.lua on the path; package.loadlib
 *   (round 68) native code;
 * - Tcl (source(n) "Evaluate a file or resource as a Tcl script"; load(n) a shared library; package(n) `package
 *   require` through auto_path's pkgIndex.tcl files, which the pack does not follow: a name not known is unread;
 *   eval(n)/uplevel(n) of `[read [open FILE]]` that file, of other substituted text computed; round 68: any
 *   `[read [open FILE]]` of a written file judged as code, auto_path and the Tcl Module path, `[info script]`'s
 *   directory).
 */
interface CodeLoad {
    /** How the program names it (`-MRev`, `dofile("/opt/r.lua")`). */
    what: string;
    /** The files it may be, in lookup order; none when the pack cannot compute it. */
    paths: string[];
    /** A standard or packaged module: taken as the image's when user data writes none of its paths. */
    known?: boolean;
    /** Code it runs as given (perldebug PERL5DB's): judged with the program, its own loads followed. */
    text?: string;
    /** Why the pack cannot read it, when no path is (a package index's `package ifneeded` scripts). */
    unread?: string;
    /**
     * A shared object it links (round 68: php extension/zend_extension/dl(), Lua package.loadlib, gawk -l/@load):
     * native code, which the pack cannot read wherever user data wrote or downloaded it.
     */
    native?: boolean;
}

/**
 * Where program text comes from: `file` its own path (none for inline code: `__DIR__`, `[info script]`,
 * require_relative), `script` the program file run (none for -e).
 */
interface CodeSource {
    file?: string;
    /** Round 70: `file` as the program names itself (`__FILE__`, `[info script]`): relative where it was run so. */
    given?: string;
    script?: string;
}

/** A program text's source with the files user data wrote and their texts (CODE_LOADERS' `options` `file`). */
interface CodeContext extends CodeSource {
    written: () => Iterable<string>;
    read: (path: string, within?: string) => string | null | undefined;
}

const literalPath = (word: string) => (/[$`]|^$/.test(word) ? undefined : word);

export const CODE_LOADERS: {
    names: RegExp;
    /**
     * A script's `#!` line that names this is read for switches as its command line's (round 68: perlrun(1), "The #!
     * line is always examined for switches as the line is being parsed"; ruby(1): options on a #! line naming ruby
     * are read as command-line options).
     */
    shebang?: RegExp;
    options: (
        values: readonly [string, string][],
        cwd: string,
        /** A file's text (readConfig; `within` as there: a tree only named above it does not count). */
        file: (path: string, within?: string) => string | null | undefined,
        written: () => Iterable<string>,
        environment: ReadonlyMap<string, string>,
    ) => CodeLoad[];
    /**
     * Round 70: where its code changes its working directory (perlfunc chdir, Ruby Dir.chdir, PHP chdir(), cd(n),
     * lfs.chdir): each change's target, undefined where the pack cannot compute it (workingDirectoryLoads).
     */
    chdirs?: (text: string, at: CodeSource) => { at: number; dir: string | undefined }[];
    /** `values` the interpreter's options, `environment` its loader variables (rootReads loaderEnvironment). */
    code: (
        text: string,
        cwd: string,
        values: readonly [string, string][],
        environment: ReadonlyMap<string, string>,
        at: CodeContext,
    ) => CodeLoad[];
}[] = [
    {
        names: /^g?awk$/,
        // A -f program file without `/` is looked up on AWKPATH too ("The AWKPATH Environment Variable": "used for
        // ... -f and -i", round 68): judged with the program where user data wrote it; one it wrote nowhere is as an
        // unwritten program file is (unread only when the path cannot be computed).
        options: (values, cwd, _file, _written, environment) =>
            values.flatMap(([o, v]): CodeLoad[] => {
                if (/^(-f|--file)$/.test(o) && !v.includes("/")) {
                    const load = awkLoad(`${o} ${v}`, v, cwd, "source", environment);
                    return [{ ...load, known: load.paths.length > 0 }];
                }
                return /^(-i|--include)$/.test(o)
                    ? [awkLoad(`${o} ${v}`, v, cwd, "source", environment)]
                    : /^(-l|--load)$/.test(o)
                      ? [awkLoad(`${o} ${v}`, v, cwd, "extension", environment)]
                      : [];
            }),
        code: (text, cwd, _values, environment) =>
            [...text.matchAll(/^\s*@(include|load)\s+("(?:[^"\\]|\\.)*"|\S+)/gm)].map(m =>
                /^"/.test(m[2])
                    ? awkLoad(
                          m[0].trim(),
                          m[2].slice(1, -1),
                          cwd,
                          m[1] === "load" ? "extension" : "source",
                          environment,
                      )
                    : { what: m[0].trim(), paths: [] },
            ),
    },
    {
        names: /^perl$/,
        options: (values, cwd, _file, _written, environment) => {
            const dirs = [...perlIncDirs(values, cwd), ...PERL_INC];
            return values.flatMap(([o, v]): CodeLoad[] => {
                const module =
                    /^-[mM]$/.test(o) && !/^-?lib(=|$)/.test(v)
                        ? v.replace(/^-/, "").replace(/[=\s][\s\S]*$/, "")
                        : o === "-d" && /^t?:/.test(v)
                          ? `Devel::${v.replace(/^t?:/, "").replace(/=[\s\S]*$/, "")}`
                          : undefined;
                if (module === undefined) return perlDebugger(o, v, environment);
                return [perlModule(`${o}${v}`, module, dirs)];
            });
        },
        shebang: /perl/,
        // perlfunc chdir (POSIX::chdir, CORE::chdir the same).
        chdirs: text => codeChdirs(text, /(?<![\w$@%&>])chdir\b\s*/g, /[$@]/),
        code: perlLoads,
    },
    {
        names: /^ruby$/,
        options: (values, cwd) => {
            const dirs = [
                ...values.filter(([o]) => o === "-I").map(([, v]) => posix.resolve(cwd, v)),
                ...RUBY_LOAD_PATH,
            ];
            return values.filter(([o]) => o === "-r").map(([o, v]) => rubyLibrary(`${o}${v}`, v, cwd, dirs));
        },
        shebang: /ruby/,
        // Ruby Dir.chdir/Dir::chdir, FileUtils.cd/chdir (a spawn's `chdir:` option is read so too: fail closed).
        chdirs: text => codeChdirs(text, /(?<![\w$@])(?:chdir|(?:FileUtils\s*(?:\.|::)\s*)cd)\b\s*/g, /#\{/),
        code: rubyLoads,
    },
    {
        names: /^php$/,
        // The php.ini it reads: -c's file (or php.ini in -c's directory; PHPRC is read as -c: environmentOptions), else
        // /etc/php.ini, and the .ini files of its scan directories (PHP manual, "The configuration file": "additional
        // .ini files" of the compile-time scan directory, /etc/php.d, or of PHP_INI_SCAN_DIR's directories, separated
        // by `:`, a blank one the compile-time directory), whatever -c says; -n reads none.
        options: (values, cwd, file, written, environment) => {
            const defines = values.flatMap(([o, v]) => {
                const directive = /^(-d|--define)$/.test(o) ? PHP_LOADING_DIRECTIVE.exec(v) : null;
                return directive ? phpDirective(`${o} ${v}`, directive[1], directive[2], cwd) : [];
            });
            if (values.some(([o]) => o === "-n")) return defines;
            const given = values.filter(([o]) => /^(-c|--php-ini)$/.test(o)).map(([, v]) => posix.resolve(cwd, v));
            const scanDir = environment.get("PHP_INI_SCAN_DIR");
            const scanned = (scanDir ?? "").split(":").flatMap((d): (CodeLoad | string)[] => {
                const dir = d === "" ? "/etc/php.d" : literalPath(d) === undefined ? undefined : posix.resolve(cwd, d);
                // A directory the pack cannot compute, or changed in a way it cannot (an unpacked tree): its .ini files
                // are unknown.
                if (dir === undefined || file(posix.join(dir, "*.ini"), posix.join(dir, "*.ini")) === null)
                    return [
                        {
                            what: `PHP_INI_SCAN_DIR ${d === "" ? "/etc/php.d" : d}`,
                            paths: [],
                            unread:
                                dir === undefined ? undefined : "a directory changed in a way the pack cannot compute",
                        },
                    ];
                return [...written()].filter(p => posix.dirname(p) === dir && /\.ini$/.test(p));
            });
            const inis = [
                ...(given.length > 0
                    ? given.flatMap(p => (/\.ini$/.test(p) ? [p] : [p, posix.join(p, "php.ini")]))
                    : ["/etc/php.ini"]),
                ...scanned.filter((x): x is string => typeof x === "string"),
            ];
            return [
                ...scanned.filter((x): x is CodeLoad => typeof x !== "string"),
                ...inis.flatMap(ini => {
                    const text = file(ini);
                    if (text === null) return [{ what: `its php.ini ${ini}`, paths: [] }];
                    return (text ?? "").split("\n").flatMap(line => {
                        const m = PHP_LOADING_DIRECTIVE.exec(line.replace(/;[\s\S]*$/, ""));
                        return m ? phpDirective(`${ini}: ${m[0].trim()}`, m[1], m[2], cwd) : [];
                    });
                }),
                ...defines,
            ];
        },
        // PHP manual chdir ("Changes PHP's current directory to directory"): to __DIR__ or dirname(__FILE__), the
        // script's own directory ("Magic constants").
        chdirs: (text, at) =>
            codeChdirs(
                at.file === undefined
                    ? text
                    : text.replace(
                          /(?<=chdir\s*\(\s*)(?:__DIR__|dirname\s*\(\s*__FILE__\s*\))(?=\s*\))/gi,
                          `'${posix.dirname(at.file).replaceAll("'", "\\")}'`,
                      ),
                /(?<![\w$>:\\])chdir\s*(?=\()/gi,
                /\$/,
            ),
        code: phpLoads,
    },
    {
        names: /^(lua[0-9.]*|luajit)$/,
        // LuaFileSystem `lfs.chdir(path)` ("Changes the current working directory"), luaposix/unistd chdir.
        chdirs: text => codeChdirs(text, /\bchdir\b\s*/g, /\$^/),
        // -l's module on the path its -e chunks set (LUA_PATH and LUA_CPATH come so: environmentOptions).
        options: (values, cwd) => {
            const path = luaPath(values.filter(([o]) => o === "-e").map(([, v]) => v));
            return values.filter(([o]) => o === "-l").map(([o, v]) => luaModule(`${o}${v}`, v, cwd, path));
        },
        code: (text, cwd) => {
            const path = luaPath([text]);
            const call =
                /\b(dofile|loadfile|require|loadstring|load)\b\s*(?:\(\s*)?(\[\[[\s\S]*?\]\]|"[^"]*"|'[^']*'|[^)\s]*)/g;
            // Calls read outside string literals (loaderScanText), their arguments as written; a literal load'ed
            // stays, its code read here.
            const code = loaderScanText(text, "lua", /\b(?:load|loadstring)\s*\(?\s*$/);
            const asWritten = new RegExp(call.source, "y");
            return [...code.matchAll(call)]
                .map(m => {
                    asWritten.lastIndex = m.index;
                    return asWritten.exec(text) ?? m;
                })
                .flatMap(([what, fn, arg]): CodeLoad[] => {
                    const literal = /^(\[\[|["'])/.test(arg) ? arg.replace(/^\[\[|\]\]$|^["']|["']$/g, "") : undefined;
                    // load/loadstring of a literal: that code, judged with the program, its loads followed (round 69: the
                    // match takes the literal in, so the loads in it are not found here).
                    if (/^load(string)?$/.test(fn))
                        return literal === undefined ? [{ what, paths: [] }] : [{ what, paths: [], text: literal }];
                    if (literal === undefined || /^\s*$/.test(literal)) return [{ what, paths: [] }];
                    if (fn === "require" && literal === "ffi" && luaFfiInert(text)) return [];
                    return fn === "require"
                        ? [luaModule(what, literal, cwd, path)]
                        : [{ what, paths: [posix.resolve(cwd, literal)] }];
                })
                .concat(
                    // Lua manual, package.loadlib ("Dynamically links the host program with the C library libname"):
                    // native code (round 68); a path the pack cannot compute is unread.
                    // Round 70: LuaJIT FFI `ffi.load(name [,global])` ("loads the dynamic library given by name")
                    // the same.
                    [...code.matchAll(/\b(package\s*\.\s*loadlib|ffi\s*\.\s*load)\s*\(\s*/g)].map((m): CodeLoad => {
                        const arg = codeArgument(text.slice(m.index + m[0].length), /\$^/);
                        const what = `${m[1].replace(/\s/g, "")}(${arg.text}`;
                        const file = arg.literal === undefined ? undefined : literalPath(arg.literal);
                        return file === undefined
                            ? { what, paths: [] }
                            : { what, paths: [posix.resolve(cwd, file)], known: true, native: true };
                    }),
                    luaEnvironmentWrites(text, code),
                );
        },
    },
    {
        names: /^(tclsh[0-9.]*|wish[0-9.]*|expect)$/,
        // cd(n) "Change working directory" (to the home directory without an argument: computed).
        chdirs: text =>
            [...text.matchAll(/(?:^|[;\n[{])[ \t]*cd\b[ \t]*("[^"]*"|\{[^}]*\}|[^\s;\]}]*)/g)].map(m => {
                const word = tclPath(m[1].replace(/^["{]|["}]$/g, ""));
                return { at: m.index, dir: m[1] === "" || !word || !posix.isAbsolute(word) ? undefined : word };
            }),
        // The package indexes on auto_path (tclvars(n): TCLLIBPATH's directories first, then tcl_library, its parent
        // and tcl_pkgPath), each directory's pkgIndex.tcl and its subdirectories' (package(n), tclPkgUnknown), which
        // `package require` sources; their `package ifneeded` scripts, run for the package, the pack does not
        // evaluate: an index user data writes (or one in a directory it changed in a way the pack cannot compute, or
        // named in a way it cannot) is code the pack cannot read, whatever package it names.
        // Round 68: the Tcl Module path too (tm(n): TCL8_6_TM_PATH ... TCL8_0_TM_PATH's directories, `:`-separated
        // on Unix; a NAME-VERSION.tm file there, or under it for NAME with `::`, is sourced by `package require`).
        options: (_values, cwd, file, written, environment) => {
            const libPath = environment.get("TCLLIBPATH");
            const given = (libPath ?? "").match(/\{[^}]*\}|\S+/g) ?? [];
            return [
                ...given.flatMap(d =>
                    tclSearched(`TCLLIBPATH=${libPath}`, d.replace(/^\{|\}$/g, ""), "index", cwd, file, written),
                ),
                ...TCL_AUTO_PATH.flatMap(d => tclSearched("auto_path", d, "index", cwd, file, written, false)),
                ...[...environment]
                    .filter(([n]) => /^TCL\d_\d_TM_PATH$/.test(n))
                    .flatMap(([n, v]) =>
                        v
                            .split(":")
                            .filter(d => d !== "")
                            .flatMap(d => tclSearched(`${n}=${v}`, d, "module", cwd, file, written)),
                    ),
            ];
        },
        code: (text, cwd, _values, _environment, at) => {
            // `info script NAME` sets what `info script` returns (info(n)): the script's directory is then unknown.
            // Round 70: the name the script was invoked by (relative for `tclsh main.tcl`, read from the working
            // directory the script has: workingDirectoryLoads). file(n) `file normalize` ("Returns a unique
            // normalized path representation") of it, or of its directory, is that directory.
            const self =
                at.file === undefined || /\binfo[ \t]+script[ \t]+[^\s\];]/.test(text)
                    ? undefined
                    : posix.dirname(at.given ?? at.file);
            text = tclScriptDirectory(
                text.replace(
                    /\[\s*file\s+(?:dirname\s+\[\s*file\s+normalize\s+\[\s*info\s+script\s*\]\s*\]|normalize\s+\[\s*file\s+dirname\s+\[\s*info\s+script\s*\]\s*\])\s*\]/g,
                    "[file dirname [info script]]",
                ),
            );
            return [
                ...[
                    ...text.matchAll(
                        /(?:^|[;\n[{]\s*)(source|load|package\s+require)\s+((?:-encoding\s+\S+\s+|-(?!encoding\b)\S+\s+)*)("[^"]*"|\{[^}]*\}|\[file\s+join\s+\[file\s+dirname\s+\[info\s+script\]\]\s+[^\]]*\]|\[file\s+dirname\s+\[info\s+script\]\]\/[^\s;\]}]+|[^\s;\]}]+)/g,
                    ),
                ].map(([what, command, , arg]): CodeLoad => {
                    // info(n) `info script` ("the name of the file containing the script currently being evaluated")
                    // with file(n) dirname/join: a file beside the script (round 68), computed without a script file.
                    // (Round 69: `[file dirname [info script]]/NAME`, the word's other form, too.)
                    const sibling =
                        /^\[file\s+join\s+\[file\s+dirname\s+\[info\s+script\]\]\s+([^\]]*)\]$|^\[file\s+dirname\s+\[info\s+script\]\]\/([^\s\]]+)$/.exec(
                            arg,
                        );
                    const words = sibling
                        ? (sibling[1] ?? sibling[2])
                              .trim()
                              .split(/\s+/)
                              .map(w => w.replace(/^["{]|["}]$/g, ""))
                        : [];
                    const word = sibling
                        ? self === undefined || words.some(w => tclPath(w) === undefined)
                            ? "$"
                            : posix.join(self, ...words)
                        : arg.replace(/^["{]|["}]$/g, "");
                    return /^package/.test(command)
                        ? { what: what.trim(), paths: [], known: TCL_KNOWN_PACKAGES.test(word) }
                        : command === "load" || tclPath(word) === undefined
                          ? { what: what.trim(), paths: [] }
                          : { what: what.trim(), paths: [posix.resolve(cwd, word)] };
                }),
                // eval(n)/uplevel(n)/namespace eval, interp(n) `interp eval X`/`X eval` (round 68) of text: `[read [open
                // FILE]]` is that file's code (read(n), open(n)); a braced or plain-word body is in the text already;
                // anything substituted (`$`, `[...]`) is computed.
                ...[
                    ...text.matchAll(
                        /(?:^|[;\n[{])\s*(interp\s+eval\s+\S+|namespace\s+(?:eval|inscope)\s+\S+|[\w:]+\s+eval|eval|uplevel(?:\s+#?\d+)?)\s+([^;\n]*)/g,
                    ),
                ].flatMap(([, command, args]): CodeLoad[] => {
                    const what = `${command} ${args.trim()}`.slice(0, 80);
                    const read =
                        /^\[\s*read\s+(?:-nonewline\s+)?\[\s*open\s+("[^"]*"|\{[^}]*\}|[^\s\]]+)(?:\s+\w+)?\s*\]\s*\]\s*\]?$/.exec(
                            args.trim(),
                        );
                    const file = read && tclPath(read[1].replace(/^["{]|["}]$/g, ""));
                    if (read)
                        return [{ what, paths: file === undefined || file === null ? [] : [posix.resolve(cwd, file)] }];
                    return /^\{/.test(args.trim()) || !/[$[\\]/.test(args) ? [] : [{ what, paths: [] }];
                }),
                // Round 68: any command may evaluate the text read(n) returns (catch, if, while, for, foreach, try,
                // time, after, apply ... take script arguments): the text of every `[read [open FILE]]` of a file user
                // data wrote is judged with the program (one it did not write is the image's data); a read of a
                // channel the pack cannot compute given as a script-taking command's argument is unread.
                ...[
                    ...text.matchAll(
                        /\[\s*read\s+(?:-nonewline\s+)?\[\s*open\s+("[^"]*"|\{[^}]*\}|[^\s\]]+)(?:\s+[^\]]*)?\]\s*\]/g,
                    ),
                ].map(([what, arg]): CodeLoad => {
                    const file = tclPath(arg.replace(/^["{]|["}]$/g, ""));
                    return file === undefined
                        ? { what, paths: [] }
                        : { what, paths: [posix.resolve(cwd, file)], known: true };
                }),
                ...[...text.matchAll(TCL_SCRIPT_COMMANDS)].flatMap(([, command, args]): CodeLoad[] => {
                    let top = args;
                    for (let prev = ""; prev !== top;) [prev, top] = [top, top.replace(/\{[^{}]*\}/g, "")];
                    return /\[\s*read\s+(?!(?:-nonewline\s+)?\[\s*open\s+(?:"[^"$[\\]*"|\{[^}]*\}|[^\s\]$[\\]+)[^\]]*\]\s*\])/.test(
                        top,
                    )
                        ? [{ what: `${command} ${args.trim()}`.slice(0, 80), paths: [] }]
                        : [];
                }),
                // Round 70: tclvars(n) env ("If an entry in env is modified ... the change will be reflected in the
                // environment passed to children created with commands like exec"): a loader variable set so.
                ...childEnvironmentWrites(
                    text,
                    "tclsh",
                    /(?:^|[;\n[{])\s*(?:set|append|lappend)\s+(?:::)?env\((?:(\w+)|[^)]*)\)\s+\S/g,
                    /(?:^|[;\n[{])\s*(?:array\s+set|upvar[^;\n]*|dict\s+\w+)\s+(?:::)?env\b/g,
                ),
                // tclvars(n) auto_path and tm(n) `::tcl::tm::path add`/`roots` changed by the code (round 68): their
                // directories are searched as TCLLIBPATH's and TCL8_6_TM_PATH's are; one the pack cannot compute, or
                // any other change of auto_path, is unread.
                ...[
                    ...text.matchAll(
                        /(?:^|[;\n[{])\s*((?:lappend|set)\s+(?:::)?auto_path|(?:::)?tcl::tm::(?:path\s+add|add|roots))\b([^;\n\]}]*)/g,
                    ),
                ].flatMap(([, command, args]): CodeLoad[] => {
                    const what = `${command}${args}`.trim();
                    const words = args.match(/\{[^}]*\}|"[^"]*"|\S+/g) ?? [];
                    const kind = /auto_path/.test(command) ? "index" : "module";
                    return words.flatMap(w =>
                        /^\[/.test(w) || tclPath(w.replace(/^["{]|["}]$/g, "")) === undefined
                            ? [{ what, paths: [] }]
                            : tclSearched(what, w.replace(/^["{]|["}]$/g, ""), kind, cwd, at.read, at.written),
                    );
                }),
            ];
        },
    },
];

/**
 * The code perl -d runs to load its debugger (perldebug(1) ENVIRONMENT, PERL5DB: "The command used to load the debugger
 * code. The default is: BEGIN { require "perl5db.pl" }", a core file): PERL5DB's, as given; -d:MOD sets it to `use
 * Devel::MOD` (perlrun(1)).
 */
function perlDebugger(option: string, value: string, environment: ReadonlyMap<string, string>): CodeLoad[] {
    const code = environment.get("PERL5DB");
    return option === "-d" && !/^t?[:=]/.test(value) && code !== undefined
        ? [{ what: `PERL5DB='${code}' (perl ${option}${value})`, paths: [], text: code }]
        : [];
}

/** perl's @INC on Amazon Linux (perl -V: site, vendor and core directories); `.` is not in it (perl 5.26+). */
const PERL_INC = [
    "/usr/local/lib64/perl5",
    "/usr/local/share/perl5",
    "/usr/lib64/perl5/vendor_perl",
    "/usr/share/perl5/vendor_perl",
    "/usr/lib64/perl5",
    "/usr/share/perl5",
];

/**
 * Perl core modules and pragmas (perlmodlib: `if`, FindBin and mro among them) and the distribution's packaged
 * JSON/YAML/LWP/MRO::Compat, loaded by name.
 */
const PERL_KNOWN_MODULES =
    /^(strict|warnings|utf8|lib|if|FindBin|mro|MRO::Compat|constant|integer|feature|vars|bytes|open|locale|overload|parent|base|fields|bigint|bignum|English|POSIX|Socket|Carp|Cwd|Fcntl|Storable|Errno|Exporter|Benchmark|Encode|Config|DB_File|(IO|File|Data|Getopt|Time|List|Scalar|MIME|Digest|Sys|IPC|Net|Text|Term|Hash|JSON|YAML|Math|Pod|Test|Tie|Unicode|HTTP|LWP|URI|Encode|Storable|Compress|Archive|Module|Params|Filter|I18N|Attribute|Class|Search|Safe|Thread|threads|Devel::Peek)(::\w+)*)$/;

/** ruby's $LOAD_PATH on Amazon Linux (`ruby -e 'puts $:'`): site, vendor and the standard library's directories. */
const RUBY_LOAD_PATH = [
    "/usr/local/share/ruby/site_ruby",
    "/usr/local/lib64/ruby/site_ruby",
    "/usr/share/ruby/vendor_ruby",
    "/usr/lib64/ruby/vendor_ruby",
    "/usr/share/ruby",
    "/usr/lib64/ruby",
];

/** Ruby's standard library and default gems (ruby docs, "Standard Library"), loaded by name (`-run` is un.rb). */
const RUBY_KNOWN_LIBRARIES =
    /^(socket|json|yaml|psych|net\/\w+|open-uri|uri|fileutils|optparse|securerandom|digest(\/\w+)?|base64|time|date|set|erb|open3|etc|un|pp|English|tempfile|tmpdir|pathname|logger|webrick|zlib|openssl|resolv|ipaddr|timeout|shellwords|csv|benchmark|stringio|strscan|io\/\w+|rbconfig|objspace|find|forwardable|singleton|ostruct|bigdecimal|coverage|ripper|monitor|weakref|observer|delegate|abbrev|getoptlong|syslog|pstore|prime|matrix|rubygems|bundler(\/setup)?)$/;

/**
 * Lua's default package.path and package.cpath (luaconf.h LUA_PATH_DEFAULT/LUA_CPATH_DEFAULT for 5.1-5.4, LuaJIT's
 * "./?.lua" first and its share/luajit-2.1), the templates a module name is looked up in.
 */
const LUA_PATH = [
    "./?.lua",
    "./?/init.lua",
    "./?.so",
    ...["5.1", "5.2", "5.3", "5.4"].flatMap(v => [
        `/usr/local/share/lua/${v}/?.lua`,
        `/usr/local/share/lua/${v}/?/init.lua`,
        `/usr/share/lua/${v}/?.lua`,
        `/usr/share/lua/${v}/?/init.lua`,
        `/usr/local/lib/lua/${v}/?.so`,
        `/usr/lib64/lua/${v}/?.so`,
    ]),
    "/usr/local/share/luajit-2.1/?.lua",
    "/usr/share/luajit-2.1/?.lua",
];

/**
 * Lua's standard libraries, LuaJIT's own, and the common packaged ones (LuaSocket, LuaFileSystem, lua-cjson ...).
 * Not LuaJIT's `ffi`: it calls any C function of the process's libraries (LuaJIT "FFI Library": `ffi.C.system(...)`
 * after `ffi.cdef`), and `ffi.load` loads any shared library, so code using it runs what the pack does not read.
 */
const LUA_KNOWN_MODULES =
    /^(socket(\.\w+)?|ltn12|mime(\.core)?|cjson(\.safe)?|lfs|lpeg|posix(\.\w+)?|ssl(\.\w+)?|jit(\.\w+)?|bit|bit32|string(\.buffer)?|table(\.\w+)?|math|io|os|coroutine|debug|utf8|package)$/;

/**
 * The templates a module is looked up in: those package.path and package.cpath (Lua manual: the paths of require's Lua
 * and C loaders; LUA_PATH and LUA_CPATH are read so: rootReads environmentOptions) are set to by the code, as literals,
 * before the default path.
 */
function luaPath(texts: readonly string[]): string[] {
    return [
        ...texts.flatMap(text =>
            [...text.matchAll(/\bpackage\.c?path\s*=([^\n;]*(?:;[^\n=]*)*)/g)].flatMap(m =>
                [...m[1].matchAll(/\[\[([\s\S]*?)\]\]|"([^"]*)"|'([^']*)'/g)].flatMap(s =>
                    (s[1] ?? s[2] ?? s[3]).split(";").filter(t => t.includes("?")),
                ),
            ),
        ),
        ...LUA_PATH,
    ];
}

/** A module Lua looks up by name (require, lua -l): `a.b` is a/b on each template of the path. */
function luaModule(what: string, name: string, cwd: string, templates: readonly string[]): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const file = name.replaceAll(".", "/");
    return {
        what,
        paths: templates.map(t => posix.resolve(cwd, t.replaceAll("?", file))),
        known: LUA_KNOWN_MODULES.test(name),
    };
}

/** The awk libraries (AWKPATH) and extensions (AWKLIBPATH) GNU awk ships (gawk's awklib and extension directories). */
const GAWK_KNOWN = {
    source: /^(assert|bits2str|cliff_rand|ctime|ftrans|getopt|gettime|group|have_mpfr|inplace|intdiv0|join|libintl|noassign|ns_passwd|ord|passwd|processarray|quicksort|readable|readfile|rewind|round|shellquote|strtonum|walkarray|zerofile)(\.awk)?$/,
    extension:
        /^(filefuncs|fnmatch|fork|inplace|intdiv|ordchr|readdir|readdir_test|readfile|revoutput|revtwoway|rwarray|time|testext)(\.so)?$/,
};

/** gawk's default AWKPATH and AWKLIBPATH (GNU awk manual; Amazon Linux's gawk ships its extensions in /usr/lib64/gawk). */
const GAWK_PATH = {
    source: [".", "/usr/local/share/awk", "/usr/share/awk"],
    extension: ["/usr/local/lib/gawk", "/usr/lib64/gawk", "/usr/lib/gawk"],
};

/**
 * A gawk library or extension: a name with `/` as itself, any other looked up in the search path, AWKPATH's (sources)
 * or AWKLIBPATH's (extensions) directories when set and not empty, a null entry the working directory, else the default
 * (GNU awk manual, "The AWKPATH Environment Variable", "The AWKLIBPATH Environment Variable"); a path the pack cannot
 * compute is unread. A library gawk ships is known only where the search path holds the default directories.
 */
function awkLoad(
    what: string,
    name: string,
    cwd: string,
    kind: "source" | "extension",
    environment: ReadonlyMap<string, string>,
): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const suffix = kind === "source" ? ".awk" : ".so";
    const variable = kind === "source" ? "AWKPATH" : "AWKLIBPATH";
    const given = environment.get(variable);
    if (!name.includes("/") && given !== undefined && literalPath(given) === undefined)
        return { what: `${variable}=${given} ${what}`, paths: [] };
    const search = given === undefined || given === "" ? GAWK_PATH[kind] : given.split(":").map(d => d || ".");
    const dirs = name.includes("/") ? [cwd] : search.map(d => posix.resolve(cwd, d));
    return {
        what: given === undefined || given === "" || name.includes("/") ? what : `${variable}=${given} ${what}`,
        paths: dirs.flatMap(d => [posix.resolve(d, name), posix.resolve(d, `${name}${suffix}`)]),
        known:
            !name.includes("/") &&
            GAWK_KNOWN[kind].test(name) &&
            GAWK_PATH[kind].some(d => d !== "." && dirs.includes(d)),
        native: kind === "extension",
    };
}

/**
 * The php.ini directives that load code (PHP manual, "Core php.ini directives": auto_prepend_file/auto_append_file;
 * "Loading extensions": `extension` "Which dynamically loadable extension to load when PHP starts up" and
 * `zend_extension` a Zend extension): NAME=VALUE, directive names case-sensitive.
 */
const PHP_LOADING_DIRECTIVE =
    /^\s*(auto_prepend_file|auto_append_file|extension|zend_extension|sendmail_path|ffi\.preload|opcache\.preload)\s*=([\s\S]*)$/;

/** PHP's extension_dir on Amazon Linux (php-cli: /usr/lib64/php/modules), where extension names and dl() resolve. */
const PHP_EXTENSION_DIR = "/usr/lib64/php/modules";

/**
 * The code a PHP_LOADING_DIRECTIVE loads: the file an auto_prepend_file/auto_append_file value names (`none` or empty:
 * none); the shared object an extension/zend_extension value names (native: a path as itself, a name in
 * extension_dir, `.so` appended as PHP does for a bare name; the distribution's packaged extensions are known).
 */
function phpDirective(what: string, directive: string, value: string, cwd: string): CodeLoad[] {
    const file = value.trim().replace(/^(["'])([\s\S]*)\1$/, "$2");
    // Round 69: sendmail_path (PHP manual, mail configuration: the command mail() runs, through the shell on Unix)
    // other than the distribution's sendmail with plain switches, and ffi.preload's headers (their FFI_LIB libraries:
    // native code), are what the pack does not read; opcache.preload ("a PHP script that is going to be compiled and
    // executed at server start-up") is loaded as auto_prepend_file is.
    if (directive === "sendmail_path")
        return /^\/usr\/sbin\/sendmail(\s+-[\w.@=-]+)*$/.test(file)
            ? []
            : [{ what, paths: [], unread: "a command mail() runs through the shell" }];
    if (directive === "ffi.preload")
        return file === "" ? [] : [{ what, paths: [], native: true, unread: "C libraries the pack does not read" }];
    if (/extension$/.test(directive)) return file === "" ? [] : [phpExtension(what, file)];
    if (file === "" || /^none$/i.test(file)) return [];
    return [literalPath(file) === undefined ? { what, paths: [] } : { what, paths: [posix.resolve(cwd, file)] }];
}

/** A PHP extension (extension=, zend_extension=, dl()): native code, by path or by name in extension_dir. */
function phpExtension(what: string, name: string): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const file = name.startsWith("/") ? name : posix.resolve(PHP_EXTENSION_DIR, name);
    return {
        what,
        paths: /\.so$/.test(file) ? [file] : [file, `${file}.so`],
        known: true,
        native: true,
    };
}

/** auto_path's directories after TCLLIBPATH's on Amazon Linux (tcl_library /usr/share/tcl8.6, its parent, tcl_pkgPath). */
const TCL_AUTO_PATH = ["/usr/share/tcl8.6", "/usr/share", "/usr/lib64/tcl8.6", "/usr/lib64", "/usr/share/tcl8.5"];

/** Tcl's packages loaded by name (the Tcl/Tk core, tcllib, tls, Thread, sqlite3, Expect, tdom). */
const TCL_KNOWN_PACKAGES =
    /^(Tcl|Tk|http|tls|Thread|sqlite3|msgcat|tcltest|platform|opt|Expect|udp|base64|md5|sha1|sha256|uri|tdom|Itcl|cmdline|struct(::\w+)?|json(::write)?|csv|fileutil|logger|textutil(::\w+)?)$/;

/** The Tcl commands taking a script argument besides eval/uplevel (Tcl manual: catch, if, while, for ...). */
const TCL_SCRIPT_COMMANDS =
    /(?:^|[;\n[{])\s*(catch|if|elseif|else|while|for|foreach|lmap|try|time|timerate|after|apply|switch|dict\s+(?:for|map|update|with)|proc|coroutine|trace\s+add|bind|fileevent|chan\s+event|interp\s+alias|subst)\s+([^;\n]*)/g;

/**
 * What a directory on auto_path (`index`) or on the Tcl Module path (`module`) gives `package require`: an index
 * user data writes there or in a subdirectory (package(n), tclPkgUnknown: its `package ifneeded` scripts the pack
 * does not evaluate) is unread; a module (tm(n): NAME-VERSION.tm, sourced) user data writes under it is judged with the
 * program. A directory named in a way the pack cannot compute, or one `given` (not the default) changed in a way it
 * cannot (an unpacked tree), is unread.
 */
function tclSearched(
    what: string,
    given: string,
    kind: "index" | "module",
    cwd: string,
    file: (path: string, within?: string) => string | null | undefined,
    written: () => Iterable<string>,
    named = true,
): CodeLoad[] {
    if (/[$[\\`]/.test(given)) return [{ what, paths: [] }];
    const dir = posix.resolve(cwd, given);
    const index = posix.join(dir, kind === "index" ? "pkgIndex.tcl" : "_.tm");
    const changed = named && file(index, index) === null;
    if (kind === "module")
        return changed
            ? [
                  {
                      what: `${what}: the Tcl modules of ${dir}`,
                      paths: [],
                      unread: "a directory changed in a way the pack cannot compute",
                  },
              ]
            : [...written()]
                  .filter(p => p.startsWith(`${dir}/`) && /\.tm$/.test(p))
                  .map(p => ({ what: `the Tcl module ${p} (${what})`, paths: [p] }));
    return [
        ...new Set([
            ...(changed ? [index] : []),
            ...[...written()].filter(
                p =>
                    posix.basename(p) === "pkgIndex.tcl" &&
                    (posix.dirname(p) === dir || posix.dirname(posix.dirname(p)) === dir),
            ),
        ]),
    ].map(p => ({
        what: `the package index ${p} (auto_path ${dir})`,
        paths: [],
        unread: "whose `package ifneeded` scripts the pack cannot read",
    }));
}

/**
 * Tcl text with a variable set once to the script's directory (`set dir [file dirname [info script]]`, the idiom
 * pkgIndex.tcl scripts get `$dir` from: Tcl info(n) "info script", set(n)) read as that expression where it is
 * substituted (`$dir`, `${dir}`: Tcl(n) "Variable substitution"), round 69. Fail closed: only where nothing else in
 * the text names the variable (another `set`, `append`, `upvar`, `global`, a proc's argument ...), no command names a
 * variable it computes (`set $name ...`, `set [...] ...`), and up to the first command that runs code from elsewhere
 * (`source`, `load`, `package`, `eval` ...: that code may set it), that command included.
 */
function tclScriptDirectory(text: string): string {
    const here = "[file dirname [info script]]";
    const sets = [
        ...text.matchAll(
            /(?:^|[;\n])[ \t]*set[ \t]+(\w+)[ \t]+\[\s*file\s+dirname\s+\[\s*info\s+script\s*\]\s*\][ \t]*(?=$|[;\n])/g,
        ),
    ];
    const rest = sets.reduce((t, m) => t.replace(m[0], ""), text);
    const computedName =
        /(?:^|[;\n[{])\s*(?:set|append|lappend|incr|unset|upvar|global|variable|lset|lassign|gets|scan|regexp|regsub|dict|array|trace|foreach|lmap|binary|vwait|catch|try|namespace\s+upvar)\s[^;\n\]]*?[$["{\\]/;
    let out = text;
    // From the last: a replacement moves only what follows it.
    for (const m of [...sets].reverse()) {
        const name = m[1];
        const use = new RegExp(`\\$(?:${name}\\b(?![(:])|\\{${name}\\})`, "g");
        if (
            sets.filter(o => o[1] === name).length !== 1 ||
            computedName.test(rest) ||
            new RegExp(`(?<!\\w)${name}\\b`).test(rest.replace(use, ""))
        )
            continue;
        const from = m.index + m[0].length;
        const runs =
            /(?:^|[;\n[{])\s*(?:source|load|package|eval|uplevel|namespace|interp|auto_load|unknown|subst)\b[^;\n]*/g;
        runs.lastIndex = from;
        const next = runs.exec(out);
        const to = next ? next.index + next[0].length : out.length;
        out = out.slice(0, from) + out.slice(from, to).replace(use, here) + out.slice(to);
    }
    return out;
}

/** A Tcl word as a path: none when substituted (`$`, `[...]`, a backslash). */
const tclPath = (word: string) => (/[[\\]/.test(word) ? undefined : literalPath(word));

/** The languages whose string literals loaderScanText blanks. */
type LoaderLanguage = "perl" | "ruby" | "php" | "lua";

/**
 * Code the string lexer below does not read (round 69), where a quote or `#` may be no string's or comment's: the text
 * is scanned as written (fail closed: a loader word in a string is then read as a load).
 * - perl: `/` (a match or a division: perlop "m/PATTERN/", `(?{ code })`), `m s y tr q qq qw qx qr` with a delimiter
 *   (perlop "Quote and Quote-like Operators"; `s///ee` evaluates), a heredoc (`<<"EOF"`, `<<~EOF`), special variables
 *   spelled with a quote or `#` (`$'`, `$"`, `` $` ``, `$#`), `'` after a word (the old package separator), POD
 *   (perlpod: a line starting `=word`), `format NAME =` pictures, Safe's reval;
 * - ruby: `/` (a regexp or a division), `%` literals (`%q(...)`, `%w[...]`), `?"` `?'` `?#` `?\` character literals,
 *   heredocs (`<<~EOS`, `<<-"EOS"`, `<<EOS`), `$'` `$"` `` $` `` globals, `=begin` comments, and ERB/Erubi/RubyVM
 *   (templates and instruction sequences compiled from strings: code in a string);
 * - php: heredoc and nowdoc (`<<<`), `?>`/`<?` (inline HTML around PHP tags), `#[` attributes, and assert/
 *   create_function (PHP 7 evaluates a string given to them).
 * Lua's lexer is context free (Lua 5.4 manual §3.1): nothing there.
 */
const LOADER_SCAN_UNREAD: Record<LoaderLanguage, { anywhere?: RegExp; at?: RegExp }> = {
    perl: {
        anywhere: /^=[A-Za-z]|\bformat\b[\w\s:]*=\s*$|\breval\b/m,
        at: /\/|(?<![$@%&\w:])(?:m|s|y|tr|q|qq|qw|qx|qr)\s*[^\w\s,;=)}\]>]|<<\s*["'`]|<<~?\w|[$@%&*]['"`#]|\w'/y,
    },
    ruby: {
        anywhere: /^=begin\b|\b(?:ERB|Erubi|Erubis|RubyVM)\b/m,
        at: /\/|%[^\s=]|\?["'`#\\]|<<[~-]?["'`\w]|\$["'`#]/y,
    },
    php: {
        anywhere: /\?>|<\?|\b(?:assert|create_function)\s*\(/i,
        at: /<<<|#\[/y,
    },
    lua: {},
};

/**
 * Program text with its string literals' contents blanked (same length, delimiters kept), so a loader word in a string
 * is not read as a load (round 69: text inside a string literal is data, as pythonStringsBlanked does for Python: Ruby
 * syntax "Strings", Lua 5.4 manual §3.1 "a short literal string" and "long brackets", PHP manual "Strings", perlop "Quote
 * and Quote-like Operators"). What a string runs stays visible: interpolations (Ruby `#{...}`, PHP `{$...}` and `${...}`
 * read as code, perl's and PHP's `$name`/`@name` with their subscripts, perl `@{[ ... ]}`), backtick commands, and
 * a string directly given to `keep` (the loader whose argument is code: eval of a literal). Comments are blanked
 * too. Where the lexer cannot be sure where a string starts or ends (LOADER_SCAN_UNREAD, an unterminated string)
 * the text is returned as written.
 */
function loaderScanText(text: string, language: LoaderLanguage, keep: RegExp): string {
    const unread = LOADER_SCAN_UNREAD[language];
    // A PHP file's opening tag (after a #! line) starts its code; any other tag is inline HTML around code.
    const opening = language === "php" ? (/^(?:#![^\n]*\n)?\s*<\?(?:php\b|=)?/i.exec(text)?.[0].length ?? 0) : 0;
    if (unread.anywhere?.test(text.slice(opening))) return text;
    const out = text.split("");
    const blank = (from: number, to: number) => {
        for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
    };
    /** The end of a `[...]`/`{...}` group at `i` (its opener), within `to`; `to` when unbalanced. */
    const group = (i: number, to: number) => {
        let depth = 0;
        for (let k = i; k < to; k++) {
            if (text[k] === "\\") k++;
            else if ("[{".includes(text[k])) depth++;
            else if ("]}".includes(text[k]) && --depth === 0) return k + 1;
        }
        return to;
    };
    /** perl's or PHP's interpolated variable at `i` (`$` or `@`) in a string ending at `to`: where it ends. */
    const variable = (i: number, to: number) => {
        let k = i + 1;
        if (text[k] === "{") k = group(k, to);
        else {
            const name = /(?:::)?\w+(?:::\w+)*|\^\w|[^\s\w"'`]/y;
            name.lastIndex = k;
            const m = name.exec(text);
            if (!m || m.index + m[0].length > to) return i + 1;
            k += m[0].length;
        }
        for (;;) {
            const arrow = text.startsWith("->", k) ? 2 : 0;
            if (k + arrow < to && "[{".includes(text[k + arrow])) k = group(k + arrow, to);
            else if (language === "php" && arrow > 0 && /\w/.test(text[k + 2] ?? "")) k += 2;
            else return k;
        }
    };
    /**
     * Code from `i` to its end: the text's end (`close` none) or the `}` closing an interpolation; -1 where the lexer
     * stops reading (the text is then returned as written).
     */
    const code = (i: number, close?: string): number => {
        let depth = 0;
        while (i < text.length) {
            const c = text[i];
            if (unread.at) {
                unread.at.lastIndex = i;
                if (unread.at.test(text)) return -1;
            }
            // Comments (blanked): to the line's end (`#`: perl, ruby, php; `//`: php; `--`: lua), `/* */` (php),
            // `--[[ ]]` (lua).
            if (
                (c === "#" && language !== "lua") ||
                (language === "php" && text.startsWith("//", i)) ||
                (language === "lua" && text.startsWith("--", i) && !/^--\[=*\[/.test(text.slice(i, i + 40)))
            ) {
                const end = text.indexOf("\n", i);
                blank(i, end < 0 ? text.length : end);
                if (end < 0) return text.length;
                i = end + 1;
                continue;
            }
            if (language === "php" && text.startsWith("/*", i)) {
                const end = text.indexOf("*/", i + 2);
                if (end < 0) return -1;
                blank(i, end + 2);
                i = end + 2;
                continue;
            }
            const long = language === "lua" ? /(--)?\[(=*)\[/y : undefined;
            if (long) {
                long.lastIndex = i;
                const m = long.exec(text);
                if (m) {
                    const end = text.indexOf(`]${m[2]}]`, i + m[0].length);
                    if (end < 0) return -1;
                    if (m[1] !== undefined) blank(i, end + m[2].length + 2);
                    else if (!keep.test(text.slice(Math.max(0, i - 80), i))) blank(i + m[0].length, end);
                    i = end + m[2].length + 2;
                    continue;
                }
            }
            if (c === '"' || c === "'" || c === "`") {
                const end = string(i);
                if (end < 0) return -1;
                i = end;
                continue;
            }
            if (close !== undefined && c === "{") depth++;
            if (close !== undefined && c === "}" && depth-- === 0) return i + 1;
            i++;
        }
        return close === undefined ? i : -1;
    };
    /** The string literal opened at `i`: where it ends (after its closing quote), -1 unterminated. */
    const string = (i: number): number => {
        const quote = text[i];
        const interpolating = quote !== "'" && language !== "lua";
        // perl finds a string's end first (perlop "Gory details of parsing quoted constructs": the closing delimiter
        // is the first unescaped one); Ruby and PHP read an interpolation's code, strings nested in it, first.
        const nested = interpolating && language !== "perl";
        const kept = quote === "`" || keep.test(text.slice(Math.max(0, i - 80), i));
        const visible: [number, number][] = [];
        let k = i + 1;
        for (; k < text.length && text[k] !== quote; k++) {
            if (text[k] === "\\") {
                k++;
                continue;
            }
            if (language === "lua" && text[k] === "\n") return -1;
            if (!interpolating) continue;
            if (
                nested &&
                (language === "ruby" ? text.startsWith("#{", k) : /^(\{\$|\$\{)/.test(text.slice(k, k + 2)))
            ) {
                const end = code(k + 2, "}");
                if (end < 0) return -1;
                visible.push([k, end]);
                k = end - 1;
                continue;
            }
            if (
                (language === "perl" || language === "php") &&
                (text[k] === "$" || (language === "perl" && text[k] === "@"))
            ) {
                const end = variable(k, bodyEnd(k, quote));
                visible.push([k, end]);
                k = end - 1;
            }
        }
        if (k >= text.length) return -1;
        if (!kept) {
            let from = i + 1;
            for (const [a, b] of visible) {
                blank(from, a);
                from = b;
            }
            blank(from, k);
        }
        return k + 1;
    };
    /** The end of a perl string's body from `k` (its first unescaped closing quote). */
    const bodyEnd = (k: number, quote: string) => {
        for (; k < text.length && text[k] !== quote; k++) if (text[k] === "\\") k++;
        return k;
    };
    return code(0) < 0 ? text : out.join("");
}

/**
 * The argument a load or eval statement of program text gives (`rest` the text after its keyword): a quoted string, in
 * parentheses or not, is `literal` unless it interpolates (`interpolates`, in a double-quoted one), escapes, or is
 * joined to more text (`.`, `+`); anything else is computed (no `literal`). `text` is the argument as written.
 */
export function codeArgument(rest: string, interpolates: RegExp): { text: string; literal?: string } {
    const m = /^(\(\s*)?(?:'([^'\\]*)'|"([^"\\]*)")/.exec(rest);
    const computed = !m || (m[3] !== undefined && interpolates.test(m[3])) || /^\s*[.+]/.test(rest.slice(m[0].length));
    return computed
        ? { text: (/^[^;\n]*/.exec(rest)?.[0] ?? "").trim().slice(0, 60) }
        : { text: m[0].replace(/^\(\s*/, ""), literal: m[2] ?? m[3] };
}

/** A file a load statement names: as itself when absolute or `./`/`../` (from the working directory), else on `dirs`. */
const fileOnPath = (file: string, cwd: string, dirs: readonly string[]) =>
    /^\.{0,2}\//.test(file) ? [posix.resolve(cwd, file)] : dirs.map(d => posix.resolve(cwd, d, file));

/** perl's -I and -Mlib= directories (perlrun: prepended to @INC). */
const perlIncDirs = (values: readonly [string, string][], cwd: string) =>
    [
        ...values.filter(([o]) => o === "-I").map(([, v]) => v),
        ...values.flatMap(([o, v]) => (/^-M-?lib=/.test(`${o}${v}`) ? v.replace(/^-?lib=/, "").split(",") : [])),
    ].map(d => posix.resolve(cwd, d));

/** A Perl module by name: Foo::Bar is Foo/Bar.pm on `dirs` (@INC); `known` false when the code changes @INC computably. */
function perlModule(what: string, module: string, dirs: readonly string[], known = true): CodeLoad {
    if (!/^\w+(::\w+)*$/.test(module)) return { what, paths: [] };
    const file = `${module.replaceAll("::", "/")}.pm`;
    return { what, paths: dirs.map(d => posix.join(d, file)), known: known && PERL_KNOWN_MODULES.test(module) };
}

/**
 * Perl text with its `q`/`qq` literals (perlop "Quote and Quote-like Operators") spelled as '...'/"..." where that is
 * the same string, and FindBin's `$FindBin::Bin`/`$FindBin::RealBin` (`$Bin`/`$RealBin` when imported) in double-quoted
 * strings as `bin`, the directory of the script perl runs (perldoc FindBin: "the path to the bin directory from where
 * script was invoked"; the working directory for -e), so the loads below read them as literals.
 */
function perlLiterals(text: string, bin: string): string {
    let quoted = text.replace(
        /(?<![\w$@%&:>-])(qq|q)\s*(?:\{([^{}]*)\}|\(([^()]*)\)|\[([^[\]]*)\]|<([^<>]*)>|([^\w\s)}\]>,;=])([\s\S]*?)\6)/g,
        (all, op: string, ...parts: (string | undefined)[]) => {
            const body = parts.slice(0, 4).find(p => p !== undefined) ?? parts[5] ?? "";
            const quote = op === "q" ? "'" : '"';
            return body.includes(quote) || body.includes("\\") ? all : `${quote}${body}${quote}`;
        },
    );
    const imported = /\buse\s+FindBin\b[^;]*\$(Real)?Bin\b/.test(quoted);
    const variable = `\\$\\{?(?:FindBin::${imported ? "|" : ""})(?:Real)?Bin\\b\\}?`;
    const findBin = new RegExp(variable, "g");
    // Round 70: perldoc File::Spec `catdir`/`catfile` ("Concatenate two or more directory names to form a complete
    // path") of FindBin's variable and literal names is that path, as `"$FindBin::Bin/lib"` is (the functions bare
    // only where File::Spec::Functions is used: a sub of the program's own may be named so).
    const functions = /\buse\s+File::Spec::Functions\b/.test(quoted);
    const spec = new RegExp(
        `(?:\\bFile::Spec\\s*->\\s*|\\bFile::Spec::Functions::${functions ? "|(?<![\\w$@%&>:])" : ""})cat(?:dir|file)\\s*\\(\\s*(${variable})((?:\\s*,\\s*(?:'[^'\\\\/]*'|"[^"\\\\$@/]*"))+)\\s*\\)`,
        "g",
    );
    quoted = quoted.replace(
        spec,
        (_all: string, bin: string, list: string) =>
            `"${bin}/${[...list.matchAll(/'([^']*)'|"([^"]*)"/g)].map(p => p[1] ?? p[2]).join("/")}"`,
    );
    // Round 69: FindBin's variable is read as the directory only where every use of it reads it (fail closed): in a
    // double-quoted string not subscripted (`"$Bin[0]"` is @Bin's) and with no code interpolated beside it (`@{[
    // ]}`), or outside strings joined by `.` to a literal (perlop "Additive Operators": "Binary "." concatenates two
    // strings") or given to `use lib` as itself. Any other use (an assignment, `local`, a reference, a mutator's
    // argument) may change it.
    // Round 70: FindBin's symbol named any other way (a typeglob `*FindBin::Bin = ...`, a symbolic `${"FindBin::Bin"}`,
    // the stash `$FindBin::{Bin}`) or recomputed (perldoc FindBin KNOWN ISSUES: `FindBin::again()` from $0, which
    // perlvar says is assignable) may change it.
    let reads =
        !/FindBin\s*(?:::|->|')\s*(?!(?:Real)?Bin\b)|['"]FindBin::|\*\s*\{?\s*(?:FindBin::|(?:Real)?Bin\b)|\$0\s*=(?![=~>])/.test(
            quoted.replace(/\buse\s+FindBin\b[^;]*;/g, ""),
        );
    const rewritten = quoted.replace(
        new RegExp(`\\buse\\s+FindBin\\b[^;]*;|'(?:[^'\\\\]|\\\\.)*'|"((?:[^"\\\\]|\\\\.)*)"|${variable}`, "g"),
        (all: string, body: string | undefined, at: number) => {
            if (/^(use|')/.test(all)) return all;
            if (body !== undefined) {
                if (!new RegExp(variable).test(body)) return all;
                if (/@\{|\$\{\s*\\/.test(body) || new RegExp(`${variable}(?:\\[|\\{|->)`).test(body)) reads = false;
                return /\\/.test(body) ? all : `"${body.replace(findBin, bin)}"`;
            }
            const joined =
                /^\s*\.(?![.=])\s*["']/.test(quoted.slice(at + all.length)) ||
                /\buse\s+lib\s*\(?\s*$/.test(quoted.slice(Math.max(0, at - 40), at));
            if (!joined || bin.includes("'")) reads = false;
            return `'${bin}'`;
        },
    );
    if (!reads) return quoted;
    // Literals joined by `.` are one literal where nothing binding tighter (perlop "Operator Precedence": `x`, `*`,
    // `=~`, unary and the additive operators on their left) touches them.
    const literal = /'([^'\\]*)'|"([^"\\$@]*)"/.source;
    const join = new RegExp(
        `(?<=(?:^|[(,;={]|=>|\\blib|\\breturn)\\s*)(?:${literal})\\s*\\.(?![.=])\\s*(?:${literal})(?=\\s*(?:$|[;,)}]|=>|\\.(?![.=])))`,
        "g",
    );
    let out = rewritten;
    for (let prev = ""; prev !== out;) {
        prev = out;
        out = out.replace(join, (all: string, a?: string, b?: string, c?: string, d?: string) => {
            const value = `${a ?? b ?? ""}${c ?? d ?? ""}`;
            return value.includes("'") ? all : `'${value}'`;
        });
    }
    return out;
}

/**
 * The loads of Perl code (perlfunc): `do EXPR` ("Uses the value of EXPR as a filename and executes the contents of the
 * file as a Perl script", a relative name but ./ and ../ searched in @INC), `require EXPR` (a file name, or a bareword
 * Foo::Bar as Foo/Bar.pm on @INC; `require VERSION` none), `use Module`/`no Module` (require at compile time; `use lib
 * LIST` prepends to @INC, as `lib->import(LIST)` does: perldoc lib; `use if COND, MODULE => ARGS` loads MODULE: perldoc
 * if), `eval EXPR` (a string's code: a literal one is judged as code, its loads followed; any other computed; `do BLOCK`
 * and `eval BLOCK` load nothing). A method (`$dbh->do(...)`) is not one. Any other change of @INC (an assignment,
 * splice, a computed `->import`) makes every module's path computed.
 */
function perlLoads(
    text: string,
    cwd: string,
    values: readonly [string, string][],
    _environment?: ReadonlyMap<string, string>,
    source: CodeSource = {},
): CodeLoad[] {
    text = perlLiterals(text, source.script === undefined ? cwd : posix.dirname(posix.resolve(cwd, source.script)));
    const interpolates = /[$@]/;
    // `use lib LIST`, `lib->import(LIST)`, `unshift`/`push @INC, LIST`: literal directories are searched first
    // (`push`'s too, fail closed); a computed one, or any other change of @INC (`@INC = ...`, `splice @INC`, `*INC`,
    // `@main::INC`, an import of a class the pack cannot name), may shadow a module.
    const incs =
        /(?:^|[;{}\n])\s*use\s+lib\b([^;]*)|\b(?:unshift|push)\s*\(?\s*@INC\s*,([^;}]*)|(?<![\w$:])(?:lib|'lib'|"lib")\s*(?:->|::)\s*import\b([^;}]*)/g;
    let computedInc =
        /(?:[@*]|\$#|::)\s*\{?\s*["']?INC\b|\$INC\s*\[|(?:[$)'"]\w*|\})\s*->\s*(?:un)?import\b|\bimport\s+lib\b/.test(
            text.replace(incs, ""),
        );
    const libs = [...text.matchAll(incs)].flatMap(m => {
        const list = m[1] ?? m[2] ?? m[3];
        const words = [...list.matchAll(/qw\s*[([{/]([^)\]}/]*)[)\]}/]|'([^'\\]*)'|"([^"\\$@]*)"/g)].flatMap(w =>
            w[1] !== undefined ? w[1].trim().split(/\s+/) : [w[2] ?? w[3]],
        );
        if (list.replace(/qw\s*[([{/][^)\]}/]*[)\]}/]|'[^'\\]*'|"[^"\\$@]*"|[\s,()]/g, "") !== "") computedInc = true;
        return words.filter(w => w !== "").map(w => posix.resolve(cwd, w));
    });
    const dirs = [...libs, ...perlIncDirs(values, cwd), ...PERL_INC];
    // Keywords read outside string literals (loaderScanText), their arguments as written.
    const code = loaderScanText(text, "perl", /(?<![\w$@%&:>])eval\s*\(?\s*$/);
    // perlvar %ENV ("Setting a value in ENV changes the environment for any child processes you subsequently
    // fork()"): a loader variable set so (round 70).
    const environment = childEnvironmentWrites(
        text,
        "perl",
        /\$ENV\s*\{\s*(?:(\w+)|'(\w+)'|"(\w+)"|[^}]*)\s*\}\s*(?:\.|\|\||\/\/|&&)?=(?![=~>])/g,
        /%ENV\s*=(?![=~>])|@ENV\s*\{|\bENV\s*\(\s*\)/g,
    );
    // perlsub "Overriding Built-in Functions": `CORE::name` (and CORE::GLOBAL::) always refers to the built-in.
    return environment.concat(
        [
            ...code.matchAll(/(?:\bCORE::(?:GLOBAL::)?|(?<![\w$@%&:>]|->))(do|require|use|no|eval)\b(?!\s*=>)\s*/g),
        ].flatMap((m): CodeLoad[] => {
            const keyword = m[1];
            const rest = text.slice(m.index + m[0].length);
            if (keyword === "use" || keyword === "no") {
                const module = /^\w+(?:::\w+)*/.exec(rest)?.[0];
                if (
                    !/(^|[;{}\n])\s*$/.test(code.slice(0, m.index)) ||
                    !module ||
                    /^v?\d/.test(module) ||
                    module === "lib"
                )
                    return [];
                const used = perlModule(`${keyword} ${module}`, module, dirs, !computedInc);
                if (module !== "if") return [used];
                // `use if COND, MODULE => ARGS`: MODULE after COND's first comma (or =>) outside brackets.
                const args = /^if\b([^;]*)/.exec(rest)?.[1] ?? "";
                let depth = 0;
                // perlvar `$]` (the version) is no bracket.
                const comma = [...args.replaceAll("$]", "$V")].findIndex((c, i) => {
                    depth += "([{".includes(c) ? 1 : ")]}".includes(c) ? -1 : 0;
                    return depth === 0 && (c === "," || (c === "=" && args[i + 1] === ">"));
                });
                const name = /^\s*>?\s*(?:'([\w:]+)'|"([\w:]+)"|([\w:]+)\s*(?:=>|,|$))/.exec(args.slice(comma + 1));
                const what = `${keyword} if${args}`.trim().slice(0, 80);
                return [
                    used,
                    comma < 0 || !name
                        ? { what, paths: [] }
                        : perlModule(what, name[1] ?? name[2] ?? name[3], dirs, !computedInc),
                ];
            }
            if (/^\{/.test(rest) && keyword !== "require") return [];
            if (keyword === "require" && /^v?\d/.test(rest)) return [];
            const module = keyword === "require" ? /^\w+(?:::\w+)*(?![\w(:])/.exec(rest)?.[0] : undefined;
            if (module !== undefined) return [perlModule(`require ${module}`, module, dirs, !computedInc)];
            // `do NAME` of a bareword is a call of the removed `do SUBROUTINE` (or prose: "do not"), no load; a bareword
            // called (`do f()`, `do File::Spec->catfile(...)`) is a name computed.
            if (keyword === "do" && !/^[('"$]/.test(rest) && !/^\w+(::\w+)*\s*(\(|->|::)/.test(rest)) return [];
            const arg = codeArgument(rest, interpolates);
            const what = `${keyword} ${arg.text}`;
            // A literal string's code is judged as the program's, its loads followed (a `use` in it is at its start).
            if (keyword === "eval")
                return [arg.literal === undefined ? { what, paths: [] } : { what, paths: [], text: arg.literal }];
            return arg.literal === undefined || literalPath(arg.literal) === undefined
                ? [{ what, paths: [] }]
                : [{ what, paths: fileOnPath(arg.literal, cwd, dirs) }];
        }),
    );
}

/** A Ruby library by name (require, ruby -r): `lib` is lib.rb on `dirs` ($LOAD_PATH), a path as itself. */
function rubyLibrary(what: string, name: string, cwd: string, dirs: readonly string[], known = true): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const file = /\.(rb|so)$/.test(name) ? name : `${name}.rb`;
    return { what, paths: fileOnPath(file, cwd, dirs), known: known && RUBY_KNOWN_LIBRARIES.test(name) };
}

/** A Ruby string literal without interpolation or escapes (its text the first group found). */
const RUBY_LITERAL = /'([^'\\]*)'|"([^"\\#]*)"/.source;

/**
 * Ruby text with the paths it computes from its own file spelled as literals (round 68): `__dir__` ("the directory of
 * the file from which this method is called", Kernel#__dir__) and `File.dirname(__FILE__)` as the file's directory,
 * `__FILE__` as the file, `File.expand_path(NAME, DIR)` (NAME from DIR, DIR from the working directory; `~` not read)
 * and `File.join(A, B...)` of literals, `A + B` of literals; none in inline code (`-e`: __dir__ is nil).
 */
function rubyLiterals(text: string, cwd: string, file: string | undefined, given = file): string {
    if (file === undefined || given === undefined || /['"#\\]/.test(file + given)) return text;
    // Round 70: __dir__ is the file's absolute directory; __FILE__ the name it was run by (`ruby run.rb`: "run.rb"),
    // read from the working directory the program has (workingDirectoryLoads).
    const dir = posix.dirname(file);
    const named = posix.dirname(given);
    const dirname = /File\s*\.\s*dirname\s*\(\s*__FILE__\s*\)/.source;
    let out = text
        .replace(/#\{\s*__dir__\s*\}/g, dir)
        .replace(new RegExp(`#\\{\\s*${dirname}\\s*\\}`, "g"), named)
        .replace(/\b__dir__\b/g, `'${dir}'`)
        .replace(new RegExp(dirname, "g"), `'${named}'`)
        .replace(/\b__FILE__\b/g, `'${given}'`);
    const text2 = (m: (string | undefined)[], at: number) => m[at] ?? m[at + 1];
    for (let i = 0; i < 4; i++)
        out = out
            .replace(
                new RegExp(
                    `File\\s*\\.\\s*expand_path\\s*\\(\\s*(?:${RUBY_LITERAL})\\s*(?:,\\s*(?:${RUBY_LITERAL})\\s*)?\\)`,
                    "g",
                ),
                (all: string, ...m: (string | undefined)[]) => {
                    const name = text2(m, 0) ?? "";
                    const base = text2(m, 2);
                    return /^~|'/.test(name) || /'/.test(base ?? "")
                        ? all
                        : `'${posix.resolve(cwd, base ?? ".", name)}'`;
                },
            )
            .replace(
                new RegExp(
                    `File\\s*\\.\\s*join\\s*\\(\\s*((?:${RUBY_LITERAL})(?:\\s*,\\s*(?:${RUBY_LITERAL}))*)\\s*\\)`,
                    "g",
                ),
                (all: string, list: string) => {
                    const parts = [...list.matchAll(new RegExp(RUBY_LITERAL, "g"))].map(p => p[1] ?? p[2]);
                    return parts.some(p => p.includes("'")) ? all : `'${posix.join(...parts)}'`;
                },
            )
            .replace(
                new RegExp(`(?:${RUBY_LITERAL})\\s*\\+\\s*(?:${RUBY_LITERAL})`, "g"),
                (all: string, ...m: (string | undefined)[]) => {
                    const joined = `${text2(m, 0) ?? ""}${text2(m, 2) ?? ""}`;
                    return joined.includes("'") ? all : `'${joined}'`;
                },
            );
    return out;
}

/** Ruby's methods that load or evaluate code, reached by name through send/method/alias (round 68). */
const RUBY_LOADER_METHODS =
    /^(require|require_relative|load|autoload|eval|instance_eval|class_eval|module_eval|instance_exec|class_exec|module_exec)$/;

/**
 * The loads of Ruby code (Kernel docs): `require`/`autoload` a library as -r does, `require_relative` a file beside
 * the requiring file ("relative to the directory of the file containing the require_relative statement"; none for
 * inline code), `load` ("Loads and executes the Ruby program in the file filename": absolute or ./ ../ as itself, else
 * on $LOAD_PATH, then from the working directory), each also as `Kernel.X`/`Kernel::X`,
 * `eval`/`instance_eval`/`class_eval`/`module_eval` of a string (a literal one is in the text; `File.read`/`IO.read` of
 * a literal path is that file's code; any other computed). One of them reached by name (Object#send, public_send,
 * __send__, method, instance_method, alias/alias_method: send "invokes the method identified by symbol") or a name
 * computed there is code the pack cannot read. `$LOAD_PATH`/`$:`/`$-I` (one array: Ruby docs, "Pre-defined global
 * variables") additions of literals are searched first; any other change (a computed one, `[0,0] =`, `=`) may shadow a
 * library.
 */
function rubyLoads(
    text: string,
    cwd: string,
    values: readonly [string, string][],
    _environment?: ReadonlyMap<string, string>,
    source: CodeSource = {},
): CodeLoad[] {
    text = rubyLiterals(text, cwd, source.file, source.given);
    const interpolates = /#\{/;
    const loadPath = /\$(?:LOAD_PATH\b|:|-I\b)/;
    const additions = new RegExp(
        `${loadPath.source}\\s*(?:<<|\\.\\s*(?:unshift|push|prepend|append|insert|concat|replace)\\b)\\s*`,
        "g",
    );
    let computedPath = false;
    const added = [...text.matchAll(additions)].flatMap(m => {
        const arg = codeArgument(text.slice(m.index + m[0].length), interpolates);
        if (arg.literal === undefined) computedPath = true;
        return arg.literal === undefined ? [] : [posix.resolve(cwd, arg.literal)];
    });
    if (loadPath.test(text.replace(additions, ""))) computedPath = true;
    const dirs = [
        ...added,
        ...values.filter(([o]) => o === "-I").map(([, v]) => posix.resolve(cwd, v)),
        ...RUBY_LOAD_PATH,
    ];
    // A receiver that is Kernel itself, self or Object (a private method called with `self.`: Ruby 2.7 Feature #16123;
    // `&.` safe navigation) is the same loader.
    const kernel = /(?:(?:(?:::)?Kernel|self|Object)\s*(?:&?\.|::)\s*)?/.source;
    // Keywords read outside string literals (loaderScanText), their arguments as written; a literal eval'd stays.
    const code = loaderScanText(
        text,
        "ruby",
        /(?<![\w$@])(?:eval|instance_eval|class_eval|module_eval|instance_exec|class_exec|module_exec)\s*\(?\s*$/,
    );
    const loads = [
        ...code.matchAll(
            new RegExp(`(?<![\\w$@:.])${kernel}(require_relative|require|load|autoload)\\b(?![?!:])\\s*`, "g"),
        ),
    ].map((m): CodeLoad => {
        const keyword = m[1];
        const rest = text.slice(m.index + m[0].length);
        const arg = codeArgument(
            keyword === "autoload" ? rest.replace(/^(\(\s*)?(?::\w+|'\w+'|"\w+")\s*,\s*/, "$1") : rest,
            interpolates,
        );
        const what = `${keyword} ${arg.text}`;
        if (arg.literal === undefined || literalPath(arg.literal) === undefined) return { what, paths: [] };
        if (keyword === "require_relative")
            return source.file === undefined
                ? { what, paths: [] }
                : rubyLibrary(what, posix.resolve(posix.dirname(source.file), arg.literal), cwd, dirs, false);
        return keyword === "load"
            ? { what, paths: [...fileOnPath(arg.literal, cwd, dirs), posix.resolve(cwd, arg.literal)] }
            : rubyLibrary(what, arg.literal, cwd, dirs, !computedPath);
    });
    const evals = [
        ...code.matchAll(
            new RegExp(`(?<![\\w$@:])${kernel}(eval|instance_eval|class_eval|module_eval)\\b(?![?!:])\\s*`, "g"),
        ),
    ].flatMap((m): CodeLoad[] => {
        const rest = text.slice(m.index + m[0].length);
        if (/^(\{|do\b|&)/.test(rest)) return [];
        const read = /^(\(\s*)?(?:File|IO)\s*\.\s*(?:read|binread)\s*/.exec(rest);
        const arg = codeArgument(read ? rest.slice(read[0].length) : rest, interpolates);
        const what = `${m[1]} ${read ? read[0].replace(/^\(\s*/, "").trim() : ""}${arg.text}`;
        if (!read) return arg.literal === undefined ? [{ what, paths: [] }] : [];
        return [{ what, paths: arg.literal === undefined ? [] : [posix.resolve(cwd, arg.literal)] }];
    });
    const named = [
        ...text.matchAll(
            /(?<![\w$@])((?:(?:Kernel|Object|self)\s*\.\s*)?)(?:send|public_send|__send__|method|instance_method|public_method|singleton_method|public_instance_method)\b(?![?!])(?:\s*\(\s*|\s+(?=:|'|"))(?::(\w+[?!]?)|:?'(\w+)'|:?"(\w+)"|([^\s)]+))/g,
        ),
        ...text.matchAll(/(?<![\w$@.])(?:alias_method|alias)\b\s*\(?\s*:?["']?\w+["']?\s*,?\s+:?["']?(\w+)/g),
    ].flatMap((m): CodeLoad[] => {
        const alias = m.length === 2;
        const name = alias ? m[1] : (m[2] ?? m[3] ?? m[4]);
        // A computed name: fail closed where the receiver may be Kernel (none, Kernel, Object, self); `sock.send(data)`
        // is a socket's.
        const receiverless = alias || m[1] !== "" || !/\.\s*$/.test(text.slice(0, m.index));
        return (name === undefined && receiverless) || (name !== undefined && RUBY_LOADER_METHODS.test(name))
            ? [{ what: m[0].trim(), paths: [] }]
            : [];
    });
    // Round 70: loader variables set for its children (Ruby ENV: `[]=` "Creates, updates, or deletes the named
    // environment variable", store/update/merge!/replace/clear; the env hash of system/spawn).
    const environment = [
        ...childEnvironmentWrites(
            text,
            "ruby",
            /(?<![\w$@:])ENV\s*(?:\[\s*(?:'(\w+)'|"(\w+)"|[^\]]*)\s*\]\s*(?:\|\||&&)?=(?![=~>])|\.\s*store\s*\(\s*(?:'(\w+)'|"(\w+)"|[^,)]*))/g,
            /(?<![\w$@:])ENV\s*\.\s*(?:update|merge!|replace|clear)\b/g,
        ),
        ...rubyChildEnvironment(text),
    ];
    return [...loads, ...evals, ...named, ...environment];
}

/** PHP's include_path on Amazon Linux (php.ini: ".:/usr/share/pear:/usr/share/php"). */
const PHP_INCLUDE_PATH = [".", "/usr/share/pear", "/usr/share/php"];

/**
 * The loads of PHP code (PHP manual, `include`: "includes and evaluates the specified file", absolute or ./ ../ as
 * itself, else on include_path, then the calling script's directory and the working directory; `require`, `*_once`
 * the same), and `eval` of a string (a literal one is in the text; file_get_contents of a literal path is that file's
 * code; any other computed). Round 68: keywords and function names in any case (PHP manual, "Basic syntax": they are
 * case-insensitive); `__DIR__ . 'LITERAL'` and `dirname(__FILE__) . 'LITERAL'` (PHP manual, "Magic constants":
 * __DIR__ "The directory of the file") from the including file's directory (computed without one: php -r); `dl(NAME)`
 * ("Loads a PHP extension at runtime", in extension_dir) native code (phpExtension).
 */
function phpLoads(
    text: string,
    cwd: string,
    _values: readonly [string, string][],
    _environment: ReadonlyMap<string, string>,
    at: CodeContext,
): CodeLoad[] {
    const interpolates = /\$/;
    const self = at.file === undefined ? undefined : posix.dirname(at.file);
    // Keywords read outside string literals (loaderScanText), their arguments as written; a literal eval'd stays.
    const code = loaderScanText(text, "php", /\beval\s*\(\s*$/i);
    return [
        ...phpNativeLoads(text, cwd),
        ...[...code.matchAll(/(?<![\w$>:\\])(?:(include|require)(_once)?\b|(eval|dl)\s*(?=\())\s*/gi)].flatMap(
            (m): CodeLoad[] => {
                const rest = text.slice(m.index + m[0].length);
                if (/^dl$/i.test(m[3] ?? "")) {
                    const arg = codeArgument(rest, interpolates);
                    return [phpExtension(`${m[3]}(${arg.text})`, arg.literal ?? "$")];
                }
                if (m[1] === undefined) {
                    const read = /^\(\s*file_get_contents\s*\(\s*/i.exec(rest);
                    const arg = codeArgument(read ? rest.slice(read[0].length) : rest, interpolates);
                    const what = `${m[3]}${read ? "(file_get_contents(" : " "}${arg.text}`;
                    if (!read) return arg.literal === undefined ? [{ what, paths: [] }] : [];
                    return [{ what, paths: arg.literal === undefined ? [] : [posix.resolve(cwd, arg.literal)] }];
                }
                const dir = /^(\(\s*)?(?:__DIR__|dirname\s*\(\s*__FILE__\s*\))\s*\.\s*(?=['"])/i.exec(rest);
                const arg = codeArgument(dir ? `${dir[1] ?? ""}${rest.slice(dir[0].length)}` : rest, interpolates);
                const what = `${m[1]}${m[2] ?? ""} ${dir ? dir[0].replace(/^\(\s*/, "") : ""}${arg.text}`;
                const file = arg.literal === undefined ? undefined : literalPath(arg.literal);
                if (file === undefined || (dir && self === undefined)) return [{ what, paths: [] }];
                if (dir) return [{ what, paths: [posix.join(self as string, file)] }];
                return [
                    {
                        what,
                        paths: [
                            ...new Set([
                                ...fileOnPath(file, cwd, PHP_INCLUDE_PATH),
                                ...(self === undefined ? [] : [posix.resolve(self, file)]),
                                posix.resolve(cwd, file),
                            ]),
                        ],
                    },
                ];
            },
        ),
    ];
}

/**
 * What PHP code runs natively or hands the programs it starts (round 69), read in the text as written (a name in a
 * string too: `call_user_func("FFI::cdef", ...)`):
 * - FFI (PHP manual, FFI::cdef: "lib: The name of a shared library file, to be loaded and linked"; FFI::load's header
 *   names its library in FFI_LIB; FFI::scope the ffi.preload ones; ffi.enable's default "preload" allows the API in
 *   the CLI): a library loaded so is native code, and without one FFI calls the C functions the process holds
 *   (system(3) among them): code the pack does not read either way, the library named where it is a literal;
 * - putenv of a loader variable (PHP manual putenv: "Adds assignment to the server environment"; ld.so(8)
 *   LD_PRELOAD, bash(1) BASH_ENV ... rootReads LOADER_VARIABLES) or of one the pack cannot compute: the commands PHP
 *   starts (exec, popen, mail()'s sendmail_path run through the shell) load what it names.
 */
function phpNativeLoads(text: string, cwd: string): CodeLoad[] {
    const ffi = [...text.matchAll(/(?<![\w$])\\?FFI\b(\s*::\s*cdef\s*\(\s*)?/gi)].map((m): CodeLoad => {
        const after = text.slice(m.index + m[0].length);
        // cdef's second argument, after a literal declaration.
        const declaration = m[1] === undefined ? null : /^(?:'[^'\\]*'|"[^"\\$]*")\s*,\s*/.exec(after);
        const lib = declaration ? codeArgument(after.slice(declaration[0].length), /\$/).literal : undefined;
        const file = lib === undefined ? undefined : literalPath(lib);
        return {
            what: `${m[0].trim()}${m[1] === undefined ? "" : (/^[^;\n]*/.exec(after)?.[0] ?? "").slice(0, 60)}`,
            paths: file === undefined ? [] : [posix.resolve(cwd, file)],
            native: true,
            unread: "C functions PHP FFI calls, which the pack does not read",
        };
    });
    const environment = [...text.matchAll(/(?<![\w$>:\\])putenv\b\s*(\(\s*)?/gi)].flatMap((m): CodeLoad[] => {
        const arg = codeArgument(text.slice(m.index + m[0].length), /\$/);
        const name = m[1] === undefined ? undefined : arg.literal?.replace(/=[\s\S]*$/, "");
        return name !== undefined && !LOADER_VARIABLES.test(name)
            ? []
            : [
                  {
                      what: `putenv(${arg.text}`,
                      paths: [],
                      unread: "a loader variable of the commands PHP starts (mail()'s sendmail among them)",
                  },
              ];
    });
    return [...ffi, ...environment];
}

/**
 * Round 70: the working-directory changes a program's code makes (CODE_LOADERS chdirs): each `call` of the text with
 * its target, an absolute literal (codeArgument) or computed.
 */
function codeChdirs(text: string, call: RegExp, interpolates: RegExp): { at: number; dir: string | undefined }[] {
    return [...text.matchAll(call)].map(m => {
        const arg = codeArgument(text.slice(m.index + m[0].length), interpolates);
        const dir = arg.literal === undefined ? undefined : literalPath(arg.literal);
        return { at: m.index, dir: dir !== undefined && posix.isAbsolute(dir) ? dir : undefined };
    });
}

/**
 * Round 70: loader variables a program sets for the programs it starts (as PHP putenv, phpNativeLoads): each `write`
 * match's variable name (its first defined group) is a loader variable (rootReads LOADER_VARIABLES: ld.so(8)
 * LD_PRELOAD, bash(1) BASH_ENV ...) or one the pack cannot compute (no group) → the children load code the pack does
 * not read; `any` matches a change of the whole environment.
 */
function childEnvironmentWrites(text: string, language: string, write: RegExp, any?: RegExp): CodeLoad[] {
    const unread = `a loader variable of the commands ${language} starts`;
    return [
        ...[...text.matchAll(write)].flatMap((m): CodeLoad[] => {
            const names = m.slice(1).filter((g): g is string => g !== undefined);
            return names.length === 0 || names.some(n => !/^\w+$/.test(n) || LOADER_VARIABLES.test(n))
                ? [{ what: m[0].trim().slice(0, 80), paths: [], unread }]
                : [];
        }),
        ...(any ? [...text.matchAll(any)].map((m): CodeLoad => ({ what: m[0].trim(), paths: [], unread })) : []),
    ];
}

/**
 * Ruby's environment for a child (Kernel#system/spawn/exec, IO.popen, Open3: `system([env,] command...)`, "env: hash
 * ... name => val: set the environment variable"): the names of a literal leading hash, each as a group of its own;
 * one not literal is computed.
 */
function rubyChildEnvironment(text: string): CodeLoad[] {
    return [
        ...text.matchAll(
            /(?<![\w$@])(?:(?:Kernel|Process|IO|Open3)\s*(?:\.|::)\s*)?(?:system|spawn|exec|popen\w*|capture\w*|pipeline\w*)\b\s*\(?\s*(?:\[\s*)?\{([^{}]*)\}/g,
        ),
    ].flatMap((m): CodeLoad[] => {
        const entries = m[1].split(",").filter(e => e.trim() !== "");
        const names = entries.map(e => /^\s*(?:'(\w+)'|"(\w+)")\s*=>|^\s*(\w+):(?!:)/.exec(e));
        return names.some(n => n === null || LOADER_VARIABLES.test(n[1] ?? n[2] ?? n[3]))
            ? [{ what: m[0].trim().slice(0, 80), paths: [], unread: "a loader variable of the commands ruby starts" }]
            : [];
    });
}

/**
 * Round 71: loader variables a Lua program sets for the programs it starts (as perl %ENV, ruby ENV, tcl env:
 * childEnvironmentWrites). Lua's own library has no setter; luaposix's (posix.stdlib.setenv(name [, value [,
 * overwrite]]): "Set an environment variable for this process", re-exported as posix.setenv; putenv in other
 * bindings) changes the environ os.execute/io.popen hand their shell (Lua manual os.execute: ISO C system()). Every
 * `setenv`/`putenv` word of the code (`code`: its string literals blanked) is read: a call whose first argument is a
 * literal name (`"NAME"`, `"NAME=VALUE"`) judged by it (rootReads LOADER_VARIABLES), any other (an alias, a computed
 * name) unread.
 */
function luaEnvironmentWrites(text: string, code: string): CodeLoad[] {
    return [...code.matchAll(/(?<![\w])(?:setenv|putenv)\b/g)].flatMap((m): CodeLoad[] => {
        const rest = text.slice(m.index + m[0].length);
        const arg = /^\s*\(/.test(rest) ? codeArgument(rest.trimStart(), /\$^/) : { text: rest.slice(0, 60) };
        const name = arg.literal?.replace(/=[\s\S]*$/, "");
        return name !== undefined && /^\w+$/.test(name) && !LOADER_VARIABLES.test(name)
            ? []
            : [
                  {
                      what: `${m[0]}${arg.text}`.slice(0, 80),
                      paths: [],
                      unread: "a loader variable of the commands lua starts",
                  },
              ];
    });
}

/**
 * Round 70: LuaJIT's ffi used only for what describes the platform and types (LuaJIT "ffi.* API Functions": ffi.os,
 * ffi.arch, ffi.abi, ffi.sizeof, ffi.alignof, ffi.offsetof, ffi.istype, ffi.typeof, ffi.errno, ffi.string): one `local
 * NAME = require("ffi")` and every other use of NAME one of those members. Anything else (ffi.C's C functions,
 * ffi.load, ffi.cast, a name passed on or indexed `[...]`) is code the pack does not read (LUA_KNOWN_MODULES).
 */
function luaFfiInert(text: string): boolean {
    const binding = [...text.matchAll(/\blocal\s+(\w+)\s*=\s*require\s*\(?\s*(?:"ffi"|'ffi')\s*\)?/g)];
    if (binding.length !== 1) return false;
    const name = binding[0][1];
    const rest = text.replace(binding[0][0], "");
    if (name !== "ffi" && /\bffi\b/.test(rest)) return false;
    return [...rest.matchAll(new RegExp(`(?<![\\w.:])${name}\\b`, "g"))].every(m =>
        /^\s*\.\s*(os|arch|abi|sizeof|alignof|offsetof|istype|typeof|errno|string)\b(?!\s*=[^=])/.test(
            rest.slice(m.index + m[0].length),
        ),
    );
}

/** A working directory no program has: loads that name it depend on the working directory (workingDirectoryLoads). */
const ELSEWHERE = "/nonexistent-working-directory-70";

/**
 * Round 70: the loads of a program text that changes its own working directory. A relative name (`./x`, a relative
 * `use lib`, a `./?.lua` template, a script run by a relative name: its `__FILE__`/`[info script]`) resolves against the
 * directory the program has when it loads (perlfunc do: "do './stat.pl'" relative to the current directory; Ruby
 * Kernel#require: "resolution is based on Dir.pwd"; PHP include "relative to the current working directory"; info(n)
 * `info script` the name the script was invoked by), which a chdir changes, as Python's os.chdir (round 69). Such a
 * load (one whose candidates differ when the starting directory does) is resolved against the directory the change
 * names only where that is one literal directory changed to at the top level before any such load; else it is computed
 * (fail closed).
 */
function workingDirectoryLoads(
    chdirs: ((text: string, at: CodeSource) => { at: number; dir: string | undefined }[]) | undefined,
    text: string,
    at: string | undefined,
    cwd: string,
    run: (text: string, at: string | undefined, dir: string) => CodeLoad[],
): CodeLoad[] {
    const loads = run(text, at, cwd);
    const changes = chdirs?.(text, { file: at }) ?? [];
    if (changes.length === 0) return loads;
    const same = (a: CodeLoad, b: CodeLoad | undefined) =>
        b !== undefined && a.what === b.what && a.paths.join("\n") === b.paths.join("\n");
    const dependent = (t: string) => {
        const here = run(t, at, cwd);
        const there = run(t, at, ELSEWHERE);
        return here.length !== there.length || here.some((l, i) => !same(l, there[i]));
    };
    const first = changes[0];
    const before = text.slice(0, first.at);
    let depth = 0;
    for (const c of before) depth += c === "{" ? 1 : c === "}" ? -1 : 0;
    const dir = first.dir;
    if (dir !== undefined && depth === 0 && changes.every(c => c.dir === dir) && !dependent(before))
        return run(text, at, dir);
    const there = run(text, at, ELSEWHERE);
    return loads.map((l, i) =>
        same(l, there[i]) && loads.length === there.length
            ? l
            : {
                  what: l.what,
                  paths: [],
                  unread: "a name relative to the working directory the program changes (chdir)",
              },
    );
}

/**
 * The code an interpreter loads besides its program (CODE_LOADERS): `texts` the files user data wrote that it loads
 * (followed through their own loads), `unread` what it loads that the pack cannot read. `values` are its options as
 * programOptions read them, `programs` its program texts, `environment` its loader variables (rootReads
 * loaderEnvironment).
 */
export function loadedCode(
    name: string,
    values: readonly [string, string][],
    programs: readonly string[],
    cwd: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    environment: ReadonlyMap<string, string> = new Map(),
    /** The program file it runs (`programs`' text read from it), when it runs one. */
    script?: { path: string; text: string; given?: string },
): { texts: string[]; unread: string[] } {
    const loader = CODE_LOADERS.find(l => l.names.test(name));
    const out = { texts: [] as string[], unread: [] as string[] };
    if (!loader) return out;
    // The script's #! switches (CODE_LOADERS shebang), read as its command line's: after the word naming the
    // interpreter.
    const shebang =
        /^#!([^\n]*)/
            .exec(script?.text ?? "")?.[1]
            .trim()
            .split(/\s+/) ?? [];
    const at = loader.shebang ? shebang.findIndex(w => loader.shebang!.test(posix.basename(w))) : -1;
    const switches = at < 0 ? undefined : programOptions([name, ...shebang.slice(at + 1)]);
    const options: readonly [string, string][] = switches
        ? [
              ...values,
              ...switches.values,
              ...switches.flags.map((f): [string, string] => [f, ""]),
              ...switches.unknown.map((w): [string, string] => [w, ""]),
          ]
        : values;
    const file = (path: string, within?: string) => readConfig(path, fileText, view, within);
    const written = () => view.written?.() ?? [];
    // The script's name as the program sees it (`__FILE__`, `[info script]`, `$0`): relative where the command line
    // named it so, then resolved against the working directory the program has when it uses it.
    const given = script?.given !== undefined && !posix.isAbsolute(script.given) ? script.given : undefined;
    const run = (text: string, at: string | undefined, dir: string) =>
        loader.code(text, dir, options, environment, {
            file: at,
            given: at !== undefined && at === script?.path && given !== undefined ? posix.resolve(dir, given) : at,
            script: script === undefined ? undefined : given === undefined ? script.path : posix.resolve(dir, given),
            written,
            read: file,
        });
    const code = (text: string, at?: string) => workingDirectoryLoads(loader.chdirs, text, at, cwd, run);
    const seen = new Set<string>();
    const follow = (loads: readonly CodeLoad[], depth: number) => {
        for (const load of loads) {
            if (load.text !== undefined) {
                out.texts.push(load.text);
                if (depth < 8) follow(code(load.text), depth + 1);
                continue;
            }
            const found = load.paths.find(p => file(p) !== undefined);
            const text = found === undefined ? undefined : file(found);
            if (found !== undefined && load.native)
                out.unread.push(`${load.what} (${found}, native code user data wrote or downloaded)`);
            else if (found === undefined) {
                if (!load.known)
                    out.unread.push(
                        load.unread !== undefined
                            ? `${load.what}, ${load.unread}`
                            : load.paths.length === 0
                              ? `${load.what}, a name the pack cannot compute`
                              : `${load.what}, code user data does not write`,
                    );
            } else if (text === null)
                out.unread.push(`${load.what} (${found}, changed in a way the pack cannot compute)`);
            else if (typeof text === "string" && !seen.has(found) && depth < 8) {
                seen.add(found);
                out.texts.push(text);
                follow(code(text, found), depth + 1);
            }
        }
    };
    follow(
        [
            ...loader.options(options, cwd, file, written, environment),
            ...programs.flatMap(t => code(t, t === script?.text ? script.path : undefined)),
        ],
        0,
    );
    return out;
}
