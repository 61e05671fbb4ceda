// Round 87: the one glob-cover matcher (model/glob.ts globCovers) against its documented semantics, on generated
// pairs. stringGlobCovers and engine/patterns.ts globSubsumes are it read as whole strings, resourcePatternCovers read
// narrow over a wide or asset pattern; before round 87 those were three matchers (checked equal to this one on
// 800,000 string pairs and 5,000,000 resource pairs when they were folded).
import { strict as assert } from "assert";
import {
    globCovers,
    type GlobReading,
    resourceMatches,
    resourcePatternCovers,
    stringGlobCovers,
} from "../../../policy-pack/model/glob";
import { globSubsumes } from "../../../policy-pack/engine/patterns";

/** Every string over `alphabet` up to `max` characters. */
const strings = (alphabet: readonly string[], max: number): string[] => {
    const out = [""];
    let layer = [""];
    for (let l = 1; l <= max; l++) {
        layer = layer.flatMap(p => alphabet.map(c => p + c));
        out.push(...layer);
    }
    return out;
};

/**
 * What one character of a pattern stands for under a reading (the rules model/glob.ts states, written out here
 * independently): `run` or `one`, and whether it may take a colon.
 */
const charRole = (pattern: string, at: number, reading: GlobReading) => {
    const ch = pattern[at];
    if (ch !== "*" && ch !== "?") return undefined;
    const colons = [...pattern.slice(0, at)].filter(c => c === ":").length;
    const last = at + 1 === pattern.length;
    const endsSegment = last || pattern[at + 1] === ":";
    const inResource = colons >= 5;
    const crosses =
        reading === "string" ||
        (ch === "*"
            ? reading === "narrow"
                ? last
                : reading === "wide"
                  ? endsSegment || inResource
                  : inResource
            : reading === "wide" && inResource);
    return { run: ch === "*", crosses };
};

/** Some strings `pattern` (read as `reading`) stands for: each wildcard filled from a few samples. */
const instances = (pattern: string, reading: GlobReading): string[] => {
    let out = [""];
    for (let at = 0; at < pattern.length; at++) {
        const role = charRole(pattern, at, reading);
        const fills = !role
            ? [pattern[at]]
            : role.run
              ? role.crosses
                  ? ["", "a", ":", "b:a"]
                  : ["", "a", "ba"]
              : role.crosses
                ? ["a", ":"]
                : ["a", "b"];
        out = out.flatMap(p => fills.map(f => p + f));
        if (out.length > 400) out = out.filter((_, k) => k % 3 === 0);
    }
    return out;
};

/** Whether `text` matches `pattern` read as `reading` (a run or one character that may not cross stops at colons). */
const matches = (pattern: string, reading: GlobReading, text: string): boolean => {
    const body = [...pattern]
        .map((ch, at) => {
            const role = charRole(pattern, at, reading);
            if (!role) return ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
            return (role.crosses ? "[^]" : "[^:]") + (role.run ? "*" : "");
        })
        .join("");
    return new RegExp(`^${body}$`).test(text);
};

describe("model/glob.ts globCovers, the one glob-cover matcher", () => {
    it("read as whole strings: stringGlobCovers and globSubsumes are it, sound on every instance and exact on literals", () => {
        const all = strings(["a", "b", ":", "*", "?"], 4);
        let covers = 0;
        for (const outer of all)
            for (const inner of all) {
                const c = globCovers(outer, "string", inner, "string");
                assert.equal(stringGlobCovers(outer, inner), c, `${outer} / ${inner}`);
                assert.equal(globSubsumes(outer, inner), c, `${outer} / ${inner}`);
                if (!/[*?]/.test(inner)) assert.equal(c, resourceMatches(outer, inner), `${outer} / ${inner}`);
                if (!c) continue;
                covers++;
                for (const text of instances(inner, "string"))
                    assert.ok(matches(outer, "string", text), `${outer} covers ${inner} but not ${text}`);
            }
        assert.ok(covers > 10000);
    });

    it("a `*` absorbs any run, a `?` only one character, a literal only itself", () => {
        assert.ok(globCovers("a*", "string", "a*b", "string"));
        assert.ok(globCovers("a?*", "string", "a?b*", "string"));
        assert.ok(globCovers("*", "string", "a:b*?", "string"));
        assert.ok(!globCovers("a?", "string", "a*", "string"));
        assert.ok(!globCovers("a", "string", "?", "string"));
        assert.ok(!globCovers("ab*", "string", "a*", "string"));
    });

    it("read narrow over a wide or asset pattern: resourcePatternCovers is it, and a run crosses a colon only where its reading says", () => {
        const prefixes = ["", "arn:aws:kms:eu:1:"];
        const all = strings(["a", ":", "*", "?"], 4);
        let covers = 0;
        for (const reading of ["wide", "asset"] as const)
            for (const p of prefixes)
                for (const o of all)
                    for (const i of all) {
                        const outer = p + o;
                        const inner = p + i;
                        const c = globCovers(outer, "narrow", inner, reading);
                        assert.equal(resourcePatternCovers(outer, inner, reading), c, `${outer} / ${inner}`);
                        if (!/[*?]/.test(inner))
                            assert.equal(c, matches(outer, "narrow", inner), `${outer} / ${inner}`);
                        if (!c) continue;
                        covers++;
                        // The same two strings name the same ARNs whatever the readings (documented).
                        if (outer === inner) continue;
                        for (const text of instances(inner, reading))
                            assert.ok(
                                matches(outer, "narrow", text),
                                `${outer} covers ${inner} (${reading}) but not ${text}`,
                            );
                    }
        assert.ok(covers > 1000);
        // A `*` inside a segment stays there; the final one spans colons.
        assert.ok(globCovers("arn:aws:kms:*", "narrow", "arn:aws:kms:eu:1:key/*", "asset"));
        assert.ok(!globCovers("arn:aws:kms:*:1:key/*", "narrow", "arn:aws:kms:eu:*", "wide"));
    });
});
