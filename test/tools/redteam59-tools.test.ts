// Red-team round 59 on the tools (fresh eyes): round 58's alias-key rule (tools/offline/stackFile.ts goYamlKeyProblems)
// beside go-yaml v3.0.1 itself (/tmp/goyaml), run on the spellings below. Probed: TAGGED keys under `<<` (`!!int`,
// `!!float`, `!!bool`, `!!timestamp`, `!!binary`, `!!null`, `!e!int` through %TAG), alias keys whose anchor is a
// tagged scalar, anchored merge sources holding tagged keys, a `!!map`-tagged merge value, and `!!str` keys as the
// secure side.
//
// Misses (7 insecure-side: bad inputs accepted; 0 secure refused). Every TAGGED key under `<<` and every alias to a
// tagged anchor is refused (kept as guards). The misses are one new class: two Go keys of ONE %v text, which go-yaml
// keeps apart in a map[interface{}]interface{} and Pulumi's object.go unmarshalObject folds into one key in Go's random
// map order, so the deployed value is a coin toss (checked 12-40 runs each with go-yaml v3.0.1, both values seen)
// while the tools certify one:
//   - a merged TEXT key beside an own non-text key of the same %v text: `1: a` + `<<: {"1": b}`, `1.0: a` +
//     `<<: {"1": b}`, `true: a` + `<<: [{"true": b}]`, `1: a` + `<<: *m` (4; tools read "a");
//   - own keys only, an alias key beside a scalar key (go-yaml's duplicate check compares Kind and Value, so an alias
//     escapes it): `"1": a` + `*k : b` (&k 1), `"true": a` + `*k : b` (&k true), `1: a` + `*k : b` (&k "1") (3; tools
//     read "b").
//   Fix direction: in a map that is no string map to go-yaml (any own key not !!str/merge, an alias key included),
//   refuse two keys (own or merged) whose Go %v texts meet.

import { StackCase, describeStackFileCases, withDevTags, withKeyTags } from "./stackFileCases";

// The audit's export-reader and flag cases this round wrote were round 58's seven, word for word: they run once, in
// redteam58-tools.test.ts.
describe("red team 59: go-yaml v3.0.1 tagged and aliased keys under merges", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        {
            title: 'dev\'s tags `<<: {!!int 0x10: reviewed}` ("0x10" to Pulumi, 16 to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {!!int 0x10: reviewed}\n"),
        },
        {
            title: 'keyTags `<<: {!!float 1.0: rotation}` ("1.0" to Pulumi, "1" to the tools)',
            stack: "trust-domain",
            file: () => withKeyTags("      <<: {!!float 1.0: rotation}\n"),
        },
        {
            title: 'dev\'s tags `<<: {!!bool True: x}` ("True" to Pulumi, "true" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {!!bool True: x}\n"),
        },
        {
            title: 'dev\'s tags `<<: {!!timestamp 2001-01-01: x}` ("2001-01-01" to Pulumi, a date to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {!!timestamp 2001-01-01: x}\n"),
        },
        {
            title: 'dev\'s tags `<<: {!!binary aGk=: x}` ("hi" to Pulumi)',
            stack: "dev",
            file: () => withDevTags("    <<: {!!binary aGk=: x}\n"),
        },
        {
            title: "dev's tags `<<: {!!null ~: orphan}` (dropped by go-yaml)",
            stack: "dev",
            file: () => withDevTags("    <<: {!!null ~: orphan}\n"),
        },
        {
            title: "dev's tags `<<: {*k : reviewed}` with `x-anchors: &k !!int 0x10` (an alias key to a tagged anchor)",
            stack: "dev",
            file: () => withDevTags("    <<: {*k : reviewed}\n", "x-anchors: &k !!int 0x10\n"),
        },
        {
            title: "keyTags `<<: *m` with `x-anchors: &m {!!int 0x10: rotation}` (a tagged key in an anchored source)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: *m\n", "x-anchors: &m {!!int 0x10: rotation}\n"),
        },
        {
            title: '`%TAG !e! tag:yaml.org,2002:` and `<<: {!e!int 0x10: x}` ("0x10" to Pulumi)',
            stack: "dev",
            file: () => `%TAG !e! tag:yaml.org,2002:\n---\n${withDevTags("    <<: {!e!int 0x10: x}\n")}`,
        },
        {
            title: "dev's tags `<<: !!map {0x10: x}` (a tagged merge value)",
            stack: "dev",
            file: () => withDevTags("    <<: !!map {0x10: x}\n"),
        },
        {
            title: "dev's tags `<<: {*k : x}` with `x-anchors: &k ! 0x10` (an alias to a `!`-tagged anchor)",
            stack: "dev",
            file: () => withDevTags("    <<: {*k : x}\n", "x-anchors: &k ! 0x10\n"),
        },
        // Was a MISS (fixed in round 59): a map with a non-text own key is no string map to go-yaml (decode.go isStringMap: every key !!str or
        // merge), so it decodes into map[interface{}]interface{} and a merged TEXT key "1" stays a second Go key beside the
        // int/float/bool own key; Pulumi then writes each key with %v (object.go unmarshalObject), two keys land on the
        // one text, and Go's random map order picks the value deployed. go-yaml v3.0.1 (/tmp/goyaml) on this file: "b"
        // in ~85% of runs, "a" in the rest; the tools read "a" (own key wins) and accept. goYamlKeyProblems judges only
        // merged keys that are not text, never a merged text key against an own key of the same %v text. Doc: go-yaml
        // v3.0.1 decode.go isStringMap, mapping(), merge(); Go spec "For statements" (map iteration order unspecified).
        {
            title: 'dev\'s tags `1: a` and `<<: {"1": b}` (int 1 and text "1": two Go keys, one %v text "1": Go map order picks)',
            stack: "dev",
            file: () => withDevTags('    1: a\n    <<: {"1": b}\n'),
        },
        // Was a MISS (fixed in round 59): as above (Go map order picks the value). Doc: as above.
        {
            title: 'keyTags `1.0: a` and `<<: {"1": b}` (float 1 and text "1")',
            stack: "trust-domain",
            file: () => withKeyTags('      1.0: a\n      <<: {"1": b}\n'),
        },
        // Was a MISS (fixed in round 59): as above (Go map order picks the value). Doc: as above.
        {
            title: 'dev\'s tags `true: a` and `<<: [{"true": b}]`',
            stack: "dev",
            file: () => withDevTags('    true: a\n    <<: [{"true": b}]\n'),
        },
        // Was a MISS (fixed in round 59): as above (Go map order picks the value). Doc: as above.
        {
            title: 'dev\'s tags `1: a` and `<<: *m` with `x-anchors: &m {"1": b}`',
            stack: "dev",
            file: () => withDevTags("    1: a\n    <<: *m\n", 'x-anchors: &m {"1": b}\n'),
        },
        // Was a MISS (fixed in round 59): own keys only. go-yaml's duplicate-key check (decode.go mapping(): `ni.Kind == nj.Kind && ni.Value ==
        // nj.Value`) passes an ALIAS key beside a scalar key of the same text, and the alias key makes the map no string
        // map (an alias node's ShortTag is ""), so the int/bool and the text "1"/"true" are two Go keys that Pulumi's %v
        // (object.go unmarshalObject) folds into one: go-yaml v3.0.1 (/tmp/goyaml) on this file gives "b" in ~83% of
        // runs and "a" in the rest; the tools read "b" and accept. Doc: go-yaml v3.0.1 decode.go mapping(), isStringMap,
        // Node.ShortTag; Go spec "For statements".
        {
            title: "dev's tags `\"1\": a` and `*k : b` with `x-anchors: &k 1` (own keys only: an alias escapes go-yaml's duplicate check)",
            stack: "dev",
            file: () => withDevTags('    "1": a\n    *k : b\n', "x-anchors: &k 1\n"),
        },
        // Was a MISS (fixed in round 59): as above (own keys only; Go map order picks). Doc: as above.
        {
            title: 'dev\'s tags `"true": a` and `*k : b` with `x-anchors: &k true`',
            stack: "dev",
            file: () => withDevTags('    "true": a\n    *k : b\n', "x-anchors: &k true\n"),
        },
        // Was a MISS (fixed in round 59): as above (own keys only; Go map order picks). Doc: as above.
        {
            title: 'dev\'s tags `1: a` and `*k : b` with `x-anchors: &k "1"`',
            stack: "dev",
            file: () => withDevTags("    1: a\n    *k : b\n", 'x-anchors: &k "1"\n'),
        },
    ];

    const secure: StackCase[] = [
        {
            title: 'dev\'s tags `<<: {!!str 0x10: reviewed}` (text "0x10" to both)',
            stack: "dev",
            file: () => withDevTags("    <<: {!!str 0x10: reviewed}\n"),
        },
        {
            title: "dev's tags `<<: {*k : custody}` with `x-anchors: &k !!str team`",
            stack: "dev",
            file: () => withDevTags("    <<: {*k : custody}\n", "x-anchors: &k !!str team\n"),
        },
        {
            title: 'keyTags `<<: *m` with `x-anchors: &m {"1.0": rotation}` (a quoted key in an anchored source)',
            stack: "trust-domain",
            file: () => withKeyTags("      <<: *m\n", 'x-anchors: &m {"1.0": rotation}\n'),
        },
        // A text own key overriding the same merged text key: one Go key (a string map), own wins ("a" in 20 of 20 runs).
        {
            title: 'dev\'s tags `"1": a` and `<<: {"1": b, team: c}` (text keys only: the own key wins for both)',
            stack: "dev",
            file: () => withDevTags('    "1": a\n    <<: {"1": b, team: c}\n'),
        },
    ];

    describeStackFileCases("r59-tools-", insecure, secure);
});
