// Red-team round 59 on the AWS level (fresh eyes). Probed: round 58's unpackers on the caller's instance of account B
// (seed 003): unrar's destination operand without a trailing `/` (an existing directory) and its RAR environment
// variable switches, jar's @arg-files at `/`, GNU sharutils uudecode's -c (--ignore-chmod, which writes), uudecode's
// --output-file=, cabextract's long options abbreviated by getopt_long, jar's long options; identity of no workload:
// `sts:GetCallerIdentit?`, `sts:Get*Token`.
// Misses (4 insecure, 2 secure; all fixed in round 59 but the unrar directory operand, DECIDED):
// - insecure: unrar's switches from the RAR environment variable (`RAR=-op/root`) accepted as extracting into /srv.
// - insecure: `jar @ARGFILE` (jar(1) @arg-files) at `/` accepted as writing nothing.
// - insecure: GNU uudecode -c (--ignore-chmod) read as BSD's print: the begin line's path written, accepted.
// - insecure: cabextract `--dir /root` (getopt_long's unique abbreviation of --directory) accepted.
// - secure: unrar's destination as an existing directory without `/` (`cd /root && unrar x A /srv/notes`) refused.
// - secure: `uudecode --output-file=/srv/notes/seed.bin` refused (only a separate -o is read).
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const TD = ACCOUNT["trust-domain"];

const insecure: StackCase[] = [
    // unrar takes a later operand naming an existing directory as the destination even without a trailing `/` (unrar
    // source cmddata.cpp CommandData::ParseArg: `Found && FileData.IsDir && (Extract || Repair) && *ExtrPath==0`).
    written("rt59-unrar-dir", ["cd /srv && unrar x -y /opt/seed/overlay.rar /root"]),
    // MISS: insecure accepted: unrar reads switches from the RAR environment variable (unrar source CommandData::ParseEnvVar: getenv("RAR") through ProcessSwitchesString; rar/unrar manual "Environment variable RAR"), so -op/root sends the extraction into /root while the command line names no destination.
    written("rt59-unrar-env", ["export RAR=-op/root", "cd /srv && unrar x -y /opt/seed/overlay.rar"]),
    // Neighbours (round 59 fix): a RAR value the pack cannot compute; a .rarrc's `switches=` (cmddata.cpp ReadConfig);
    // a `/` operand before a later -op (the last wins); an existing directory operand under /root.
    written("rt59-unrar-env-unknown", ['export RAR="$(cat /opt/seed/rar.opts)"', "cd /srv && unrar x /opt/seed/a.rar"]),
    written(
        "rt59-unrar-rarrc",
        ["cd /srv && unrar x -y /opt/seed/overlay.rar"],
        [["/root/.rarrc", "switches=-op/root\n"]],
    ),
    written(
        "rt59-unrar-rarrc-x",
        ["cd /srv && unrar x /opt/seed/a.rar"],
        [["/etc/.rarrc", "switches_x=-y -op/root\n"]],
    ),
    written("rt59-unrar-last-op", ["cd /srv && unrar x /opt/seed/a.rar /srv/notes/ -op/root/.jupyter"]),
    written("rt59-unrar-jupyter-dir", ["cd /srv && unrar e -y /opt/seed/a.rar /root/.jupyter"]),
    // DECIDED (round 59): the red team's secure case; /root is the working directory should /srv/notes not be a
    // directory when unrar runs (see rt59-s-unrar-dir-slash below).
    written("rt59-s-unrar-dir", ["mkdir -p /srv/notes && cd /root && unrar x -y /opt/seed/overlay.rar /srv/notes"]),
    // Was a MISS (fixed in round 59): insecure accepted: jar(1) (JDK 8 and 11 man pages, SYNOPSIS `jar x[vf] [jarfile] file ... [@arg-file ...]`: options and operands read from an argument file) runs `-x -f /opt/seed/overlay.jar` from /opt/seed/jar.args at `/`, extracting root/.jupyter/... over root's config; the pack's jarUse sees no x in `@/opt/seed/jar.args` and returns no use (as ar's @FILE in round 58).
    written(
        "rt59-jar-argfile",
        ["cd / && jar @/opt/seed/jar.args"],
        [["/opt/seed/jar.args", "-x -f /opt/seed/overlay.jar"]],
    ),
    written("rt59-jar-long", ["cd / && jar --extract --file /opt/seed/overlay.jar"]),
    // Was a MISS (fixed in round 59): insecure accepted: GNU sharutils uudecode (Debian/Ubuntu's, sharutils manual "uudecode usage"): `-c, --ignore-chmod Ignore fchmod(3P) errors`; it still writes the begin line's path. The pack reads any -...c/-...p word as BSD's print-to-standard-output and counts no write.
    written("rt59-uudecode-c", ["cd /srv && uudecode -c /opt/seed/jupyter.uu"]),
    written("rt59-uudecode-long", [
        "cd /srv && uudecode --output-file=/root/.jupyter/jupyter_server_config.py /opt/seed/c.uu",
    ]),
    // Was a MISS (fixed in round 59): insecure accepted: cabextract parses its options with getopt_long (cabextract.c), and getopt(3) "Long option names may be abbreviated if the abbreviation is unique": `--dir /root` is `--directory /root`, extracting into /root; the pack knows only `-d`, `--directory` and `--directory=`, takes /root for a cabinet and the extraction for /srv.
    written("rt59-cab-dir", ["cd /srv && cabextract --dir /root /opt/seed/overlay.cab"]),
    written("rt59-lha-e", ["cd /root/.jupyter && lha e /opt/seed/c.lzh"]),
    // Identity of no workload: STS actions matching `Get*Token` include GetFederationToken and GetSessionToken.
    {
        name: "trust-domain: an ops role allowed sts:Get*Token",
        stack: "trust-domain",
        refused: /rt59-td-token/,
        edit: r => opsRole(r, "trust-domain", TD, "rt59-td-token", [allow("sts:Get*Token", "*")]),
    },
];

const secure: StackCase[] = [
    // Was a MISS (round 59), DECIDED (round 59): an operand without a trailing `/` is the destination only if it is an
    // existing directory when unrar runs (cmddata.cpp ParseArg: `Found && FileData.IsDir`), else a file mask and the
    // extraction goes to the working directory; the pack cannot know the file system at run time, so it counts both
    // (here /root). Write the destination as unrar's usage does, `path_to_extract/`, or with -op (the cases below).
    kept("rt59-s-unrar-dir-slash", ["mkdir -p /srv/notes && cd /root && unrar x -y /opt/seed/overlay.rar /srv/notes/"]),
    // -cfg- disables the RAR variable and .rarrc (rar.cpp: ReadConfig and ParseEnvVar only without it).
    kept("rt59-s-unrar-cfg-off", ["export RAR=-op/root", "cd /srv && unrar x -cfg- -y /opt/seed/overlay.rar"]),
    kept("rt59-s-unrar-op", ["cd /root && unrar x -y -op/srv/notes /opt/seed/overlay.rar"]),
    // Was a MISS (fixed in round 59): secure refused: GNU sharutils uudecode `-o, --output-file=str direct output to file` (sharutils manual "uudecode usage"): the output is /srv/notes/seed.bin; the pack reads only a separate `-o FILE` and, failing closed, counts the begin line's any path.
    kept("rt59-s-uudecode-long", ["cd /srv && uudecode --output-file=/srv/notes/seed.bin /opt/seed/jupyter.uu"]),
    kept("rt59-s-jar-list", ["cd /root && jar --list --file /opt/seed/overlay.jar > /srv/jar.list"]),
    kept("rt59-s-cab", ["cd /root && cabextract --directory=/srv/notes /opt/seed/overlay.cab"]),
    // STS API reference: GetCallerIdentity "No permissions are required"; `?` matches one character: only it.
    {
        name: "trust-domain: an ops role allowed `sts:GetCallerIdentit?` (only GetCallerIdentity)",
        stack: "trust-domain",
        edit: r => opsRole(r, "trust-domain", TD, "rt59-td-whoami", [allow("sts:GetCallerIdentit?", "*")]),
    },
    {
        name: "trust-domain: an ops role allowed `sts:getcalleridentity` (actions are case-insensitive)",
        stack: "trust-domain",
        edit: r => opsRole(r, "trust-domain", TD, "rt59-td-lower", [allow("sts:getcalleridentity", "*")]),
    },
];

describeVariants("red team 59: allowlist on the AWS level", insecure, secure);
