/**
 * Round 84: backslashes inside double quotes (policy-pack/engine/shell.ts simpleCommands, doubleQuotedEscape). POSIX
 * Shell Command Language 2.2.3 "Double-Quotes" and bash(1) "Double Quotes": a backslash is removed only before `$`,
 * `` ` ``, `"`, `\` or newline; before any other character it stays, so `printf "a\nb"` hands printf `a\nb`, which
 * printf(1) (its FORMAT's escapes) and echo -e decode into two lines (rootReads printfOutput/unescape). Dropping it
 * read `[Service]\nExecStart=...` as one line `[Service]nExecStart=...`, hiding a second line from the readers.
 */
import * as assert from "assert";
import { printfOutput } from "../../../policy-pack/engine/rootReads";
import { simpleCommands } from "../../../policy-pack/engine/shell";
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const words = (line: string) => simpleCommands(line).map(c => c.words);

describe("shell double-quoted backslashes (shell.ts simpleCommands) -fix84", () => {
    const cases: [string, string[]][] = [
        // Kept before an ordinary character (bash(1): "left unmodified").
        ['printf "[Socket]\\nX=1"', ["printf", "[Socket]\\nX=1"]],
        ['echo -e "a\\tb"', ["echo", "-e", "a\\tb"]],
        ['echo "C:\\d"', ["echo", "C:\\d"]],
        // Removed before $ ` " \ (they keep their literal value).
        ['echo "a\\"b"', ["echo", 'a"b']],
        ['echo "a\\\\b"', ["echo", "a\\b"]],
        ['echo "a\\`b"', ["echo", "a`b"]],
        ['echo "\\$HOME"', ["echo", "$HOME"]],
        // A backslash-newline inside double quotes is removed (line continuation).
        ['echo "a\\\nb"', ["echo", "ab"]],
        // Single quotes keep every backslash; outside quotes a backslash quotes the next character.
        ["printf 'a\\nb'", ["printf", "a\\nb"]],
        ["echo a\\nb", ["echo", "anb"]],
    ];
    for (const [line, expected] of cases)
        it(`${JSON.stringify(line)} -fix84`, () => assert.deepStrictEqual(words(line), [expected]));

    it("printf's FORMAT from a double-quoted word decodes \\n, \\t and \\\\ -fix84", () => {
        const [format] = simpleCommands('printf "[Service]\\nExecStart=/x\\t1\\\\\\\\n"')[0].words.slice(1);
        assert.strictEqual(printfOutput([format]), "[Service]\nExecStart=/x\t1\\n");
    });
});

const n = (id: string) => `dev-${id}-84q-nodes`;
const insecure: NodeCase[] = [
    // systemd.service(5): a unit root wrote with printf "...\n..." (bash keeps the backslash; printf(1) decodes \n)
    // whose second line runs a bind shell as root once enabled.
    devNodeCase(
        'printf "[Service]\\nExecStart=... nc -lke /bin/sh" > x.service; enable -fix84',
        devNodeScript(n("q1"), [
            "printf \"[Unit]\\nDescription=ops\\n[Service]\\nExecStart=/bin/sh -c 'nc -lke /bin/sh 0.0.0.0 4444'\\n[Install]\\nWantedBy=multi-user.target\\n\" > /etc/systemd/system/x.service",
            "systemctl enable --now x.service",
        ]),
    ),
    // sysctl.d(5): the second line (printf "...\n..." double-quoted) sets core_pattern to a /tmp helper core(5) runs
    // as root on every crash.
    devNodeCase(
        'printf "vm.swappiness=10\\nkernel.core_pattern=|/tmp/x" > sysctl.d -fix84',
        devNodeScript(n("q2"), [
            'printf "vm.swappiness=10\\nkernel.core_pattern=|/tmp/x %%p\\n" > /etc/sysctl.d/99-ops.conf',
            "sysctl --system",
        ]),
    ),
    // The single-quoted form: single quotes keep the backslash, printf decodes it.
    devNodeCase(
        "printf 'x=1\\nkernel.core_pattern=|/tmp/x' > sysctl.d (single quotes) -fix84",
        devNodeScript(n("q3"), [
            "printf 'vm.swappiness=10\\nkernel.core_pattern=|/tmp/x %%p\\n' > /etc/sysctl.d/99-ops.conf",
            "sysctl --system",
        ]),
    ),
    // crontab(5) /etc/cron.d: echo -e "...\n..." writes a comment and then a job running a planted /tmp script as
    // root (echo -e decodes \n: bash(1) echo).
    devNodeCase(
        'echo -e "# ops\\n* * * * * root /tmp/x.sh" > /etc/cron.d/ops -fix84',
        devNodeScript(n("q4"), ['echo -e "# ops\\n* * * * * root /tmp/x.sh" > /etc/cron.d/ops']),
    ),
];
const secure: NodeCase[] = [
    // The same unit shape running the image's own program.
    devNodeCase(
        'printf "[Service]\\nExecStart=/usr/bin/systemctl restart chronyd" > ops.service; link -fix84',
        devNodeScript(n("s1"), [
            "mkdir -p /opt/units",
            'printf "[Service]\\nExecStart=/usr/bin/systemctl restart chronyd\\n" > /opt/units/ops.service',
            "systemctl link /opt/units/ops.service",
        ]),
    ),
    // Two harmless sysctl settings, one a line.
    devNodeCase(
        'printf "vm.swappiness=10\\nvm.max_map_count=262144" > sysctl.d -fix84',
        devNodeScript(n("s2"), [
            'printf "vm.swappiness=10\\nvm.max_map_count=262144\\n" > /etc/sysctl.d/99-ops.conf',
            "sysctl --system",
        ]),
    ),
    // A root-owned script written with printf "...\n..." and run.
    devNodeCase(
        'printf "#!/bin/sh\\nsystemctl restart chronyd" > /opt/ops.sh; bash -fix84',
        devNodeScript(n("s3"), ['printf "#!/bin/sh\\nsystemctl restart chronyd\\n" > /opt/ops.sh', "bash /opt/ops.sh"]),
    ),
];

describeNodeCases("round 84: double-quoted escapes in written text", insecure, secure);
