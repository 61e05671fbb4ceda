/**
 * The one shell pattern matcher of the pack (policy-pack/engine/shell.ts globBody/globRegExp), used for pathname
 * expansion (rootReads.ts: scripts root runs by a glob; userData.ts: include globs) and for `${x#pat}`-style
 * operations: bash(1) "Pattern Matching" and "Pathname Expansion".
 */
import * as assert from "assert";
import { globBody, globRegExp, hasGlob, patternReaches } from "../../../policy-pack/engine/shell";

const path = (glob: string, p: string) => globRegExp(glob, { path: true })?.test(p);
const word = (glob: string, w: string) => globRegExp(glob)?.test(w);

describe("shell patterns (shell.ts globBody)", () => {
    const names: [string, string, boolean][] = [
        ["/srv/*.sh", "/srv/x.sh", true],
        ["/srv/*.sh", "/srv/a/x.sh", false], // `*` never matches `/` in a pathname
        ["/srv/x.s?", "/srv/x.sh", true],
        ["/srv/?", "/srv/a/", false],
        ["/srv/[x].sh", "/srv/x.sh", true],
        ["/srv/[xy].sh", "/srv/y.sh", true],
        ["/srv/[!x].sh", "/srv/x.sh", false],
        ["/srv/[!x].sh", "/srv/y.sh", true],
        ["/srv/[^x].sh", "/srv/y.sh", true],
        ["/srv/[a-z].sh", "/srv/x.sh", true],
        ["/srv/[a-w].sh", "/srv/x.sh", false],
        ["/srv/[[:alpha:]].sh", "/srv/x.sh", true],
        ["/srv/[[:digit:]].sh", "/srv/x.sh", false],
        ["/srv/[]x].sh", "/srv/].sh", true],
        ["/srv/[]x].sh", "/srv/x.sh", true],
        ["/srv/[!a]x", "/srv//x", false], // a bracket never matches `/`
        ["/srv/[x.sh", "/srv/[x.sh", true], // an unmatched `[` is literal
        ["/srv/[x.sh", "/srv/x.sh", false],
        ["/srv/\\*.sh", "/srv/*.sh", true],
        ["/srv/\\*.sh", "/srv/x.sh", false],
        ["/srv/**/*.sh", "/srv/x.sh", true], // globstar: zero directories
        ["/srv/**/*.sh", "/srv/a/b/x.sh", true],
        ["/srv/**", "/srv/a/b/x.sh", true],
        ["/srv/a**b", "/srv/a/b", false], // `**` inside a component is `*`
        ["/srv/@(x|y).sh", "/srv/y.sh", true],
        ["/srv/+(x).sh", "/srv/xx.sh", true],
        ["/srv/?(x).sh", "/srv/.sh", true],
        ["/srv/!(y).sh", "/srv/x.sh", true], // `!(..)` read as anything (fail closed)
        ["/srv/x.sh", "/srv/x.sh", true],
        ["/srv/x.sh", "/srv/xash", false], // `.` is literal
        ["/srv/(x).sh", "/srv/(x).sh", true],
    ];
    for (const [glob, p, expected] of names)
        it(`${glob} ${expected ? "names" : "does not name"} ${p}`, () => assert.strictEqual(path(glob, p), expected));

    it("outside a pathname `*`, `?` and brackets match `/` too", () => {
        assert.strictEqual(word("*/x", "a/b/x"), true);
        assert.strictEqual(word("a?b", "a/b"), true);
        assert.strictEqual(word("a[!x]b", "a/b"), true);
    });
    it("shortest: `*` matches as little as it can (`${x#pat}`)", () => {
        const re = new RegExp(`^${globBody("*/", { shortest: true })}`);
        assert.strictEqual("a/b/c".replace(re, ""), "b/c");
        assert.strictEqual("a/b/c".replace(new RegExp(`^${globBody("*/")}`), ""), "c");
    });
    it("hasGlob: pattern characters, extglob groups", () => {
        assert.deepStrictEqual(
            ["/srv/x.sh", "/srv/*.sh", "/srv/x.s?", "/srv/[x].sh", "/srv/@(x).sh", "/srv/(x).sh"].map(hasGlob),
            [false, true, true, true, true, false],
        );
    });
    it("patternReaches: a pattern reaches a directory when its components match it and it goes on below -fix86", () => {
        const cases: [string, string, boolean][] = [
            ["/t[m]p/x", "/tmp", true],
            ["/dev/sh?/x", "/dev/shm", true],
            ["/*/x", "/tmp", true],
            ["/var/t*/x", "/var/tmp", true],
            ["/**/x", "/run/lock", true], // globstar: any directories
            ["/t?p", "/tmp", false], // the directory itself, no file below it
            ["/usr/*/x", "/tmp", false],
            ["/[u]sr/bin/x", "/var/tmp", false],
            ["/tm\\p/x", "/tmp", true], // a quoted character compared as written
        ];
        for (const [pattern, dir, expected] of cases)
            assert.strictEqual(patternReaches(pattern, dir), expected, `${pattern} ${dir}`);
    });
});
