// Red-team round 60 on the AWS level (fresh eyes). Probed: round 59's unpacker rules and unpackers not yet read on
// the caller's instance of account B (seed 003): 7-Zip's switch case (-O), command case (X), 7zz, -spf, e in root's
// directory; bsdtar's --cd and --cd=; tar's glued -C, old-style `xfC`, --one-top-level, TAR_OPTIONS; pax -r's absolute
// member names, pax -rw; cpio -D and --dir=; busybox unzip; unzip's glued -d, -:, UNZIP; cabextract's glued -d and
// bundled -qd; unrar's switch case (-OP/-Op), ~/.rarrc; rar; unar's `--output-directory`, `-o=`, `-output-directory=`;
// brotli/lzip/lzop/pzstd outputs, zstd --output-dir-flat, gunzip -c and xz -dc into root's config; aunpack, xorriso,
// a loop-mounted image copied by rsync; uudecode's glued -o; jar --dir and old-style xvf. (rpm -i/dpkg -i DECIDED in
// round 58; a program the pack does not read run in /root (brotli -o) and jar --dir's working directory are refused by
// the documented fail-closed rule, not filed.)
// Misses (5 insecure, 8 secure; all fixed in round 60):
// - insecure: bsdtar `--cd /root` (bsdtar(1): -C, --cd, --directory) accepted as extracting into /srv.
// - insecure: `pax -r` writes absolute member names as they are (pax mode never strips `/`), counted only at /srv.
// - insecure: cabextract `-qd /root` (getopt bundling) accepted as extracting into /srv.
// - insecure: unrar's ~/.rarrc `switches=-op/root` (not the RAR variable) accepted.
// - insecure: unar `--output-directory /root` (one or two dashes alike) accepted.
// - secure: 7z `-O/srv/notes` (switch names are not case sensitive) refused.
// - secure: bsdtar `--cd /srv/notes` refused.
// - secure: cabextract `-d/srv/notes` (glued value) and `-qd /srv/notes` (bundled) refused.
// - secure: unrar `-OP/srv/notes` (switches case-insensitive) refused.
// - secure: GNU uudecode `-o/srv/notes/seed.bin` (glued value) refused.
// - secure: unar `-output-directory=/srv/notes` and `--output-directory /srv/notes` refused.
import { describeVariants, StackCase } from "./support";
import { keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const insecure: StackCase[] = [
    written("rt60-7z-O", ["cd /srv && 7z x -y -O/root /opt/seed/overlay.7z"]),
    written("rt60-7z-X", ["cd /srv && 7z X -y -o/root /opt/seed/overlay.7z"]),
    written("rt60-7zz-o", ["cd /srv && 7zz x -y -o/root /opt/seed/overlay.7z"]),
    // Was a MISS (fixed in round 60): insecure accepted: libarchive bsdtar(1) OPTIONS "-C directory, --cd directory, --directory directory" (bsdtar.c long option "cd"): `--cd /root` extracts into /root; the pack reads bsdtar as GNU tar, whose long options have no `--cd`, takes /root for an operand and counts only /srv.
    written("rt60-bsdtar-cd", ["cd /srv && bsdtar -x --cd /root -f /opt/seed/overlay.tar"]),
    written("rt60-tar-C-glued", ["cd /srv && tar -xf /opt/seed/overlay.tar -C/root"]),
    written("rt60-tar-old-fC", ["cd /srv && tar xfC /opt/seed/overlay.tar /root"]),
    written("rt60-tar-top", ["cd /srv && tar -xf /opt/seed/overlay.tar --one-top-level=/root"]),
    // Was a MISS (fixed in round 60): insecure accepted: pax -r keeps a member's absolute name: the Debian/Ubuntu pax (MirBSD/OpenBSD pax, options.c) sets `rmleadslash = 1` only in tar_options (the tar personality), never in pax mode, and POSIX pax(1p) read mode extracts "the members of the archive file" by their pathnames; an archive member /root/.jupyter/jupyter_server_config.py is written there. The pack counts only the working directory (and every tree only with -s).
    written("rt60-pax-abs", ["cd /srv && pax -r -f /opt/seed/overlay.pax"]),
    written("rt60-cpio-D", ["cd /srv && cpio -i -d --no-absolute-filenames -D /root < /opt/seed/overlay.cpio"]),
    written("rt60-cpio-dir", ["cd /srv && cpio -id --no-absolute-filenames --dir=/root < /opt/seed/overlay.cpio"]),
    written("rt60-busybox-unzip", ["cd /srv && busybox unzip -o /opt/seed/overlay.zip -d /root"]),
    written("rt60-unzip-glued", ["cd /srv && unzip -o /opt/seed/overlay.zip -d/root"]),
    written("rt60-cab-glued", ["cd /srv && cabextract -d/root /opt/seed/overlay.cab"]),
    // Was a MISS (fixed in round 60): insecure accepted: cabextract parses options with getopt_long (cabextract.c), and getopt(3) lets short options be bundled, the last taking the next word: `-qd /root` is `-q -d /root`, extracting into /root; the pack reads only a `-d` word of its own (outputDirectoryUse), so /root is read as a cabinet and the extraction counted at /srv.
    written("rt60-cab-qd", ["cd /srv && cabextract -qd /root /opt/seed/overlay.cab"]),
    written("rt60-unrar-OP", ["cd /srv && unrar x -y -OP/root /opt/seed/overlay.rar"]),
    written("rt60-rar-x", ["cd /srv && rar x -y /opt/seed/overlay.rar /root/"]),
    // Was a MISS (fixed in round 60): insecure accepted: unrar reads default switches from ~/.rarrc (unrar source os.hpp `DefConfigName ".rarrc"`; CommandData::ReadConfig passes each `switches=` line to ProcessSwitchesString; rar/unrar manual "Configuration file"): root's /root/.rarrc `switches=-op/root` sends the extraction into /root. Not the RAR environment variable (known, being fixed): a file user data writes.
    written(
        "rt60-unrar-rarrc",
        ["cd /srv && unrar x -y /opt/seed/overlay.rar"],
        [["/root/.rarrc", "switches=-op/root"]],
    ),
    written("rt60-brotli-o", ["brotli -d -f -o /root/.jupyter/jupyter_server_config.py /opt/seed/c.br"]),
    written("rt60-lzip-o", ["lzip -d -f -o /root/.jupyter/jupyter_server_config.py /opt/seed/c.lz"]),
    written("rt60-lzop-p", ["cd /srv && lzop -d -f -p/root/.jupyter /opt/seed/jupyter_server_config.py.lzo"]),
    written("rt60-pzstd-o", ["pzstd -d -f /opt/seed/c.zst -o /root/.jupyter/jupyter_server_config.py"]),
    written("rt60-zstd-output-dir", [
        "zstd -d -f --output-dir-flat=/root/.jupyter /opt/seed/jupyter_server_config.py.zst",
    ]),
    written("rt60-gunzip-c", ["gunzip -c /opt/seed/c.gz > /root/.jupyter/jupyter_server_config.py"]),
    written("rt60-xz-dc-tee", ["xz -dc /opt/seed/c.xz | tee /root/.jupyter/jupyter_server_config.py"]),
    written("rt60-aunpack", ["cd /srv && aunpack -X /root /opt/seed/overlay.tar.gz"]),
    written("rt60-uudecode-o-glued", ["cd /srv && uudecode -o/root/.jupyter/jupyter_server_config.py /opt/seed/c.uu"]),
    written("rt60-jar-dir", ["cd /srv && jar --extract --file /opt/seed/overlay.jar --dir /root"]),
    written("rt60-jar-old", ["cd /root && jar xvf /opt/seed/overlay.jar"]),
    written("rt60-unar-o", ["cd /srv && unar -f -o /root /opt/seed/overlay.zip"]),
    // Was a MISS (fixed in round 60): insecure accepted: unar's option parser (XADMaster CSCommandLineParser.m _parseArguments: "See if option starts with one or two dashes (treated the same for now)") takes `--output-directory /root` as -output-directory; the pack knows only `-o` and `-output-directory`, so it counts the working directory /srv.
    written("rt60-unar-dd", ["cd /srv && unar -f --output-directory /root /opt/seed/overlay.zip"]),
    written("rt60-xorriso", ["cd /srv && xorriso -osirrox on -indev /opt/seed/overlay.iso -extract / /root"]),
    written("rt60-rsync-mnt", ["mount -o loop /opt/seed/overlay.img /mnt && rsync -a /mnt/ /root/"]),
    written("rt60-unar-eq", ["cd /srv && unar -f -o=/root /opt/seed/overlay.zip"]),
    written("rt60-unar-long-eq", ["cd /srv && unar -f -output-directory=/root /opt/seed/overlay.zip"]),
    written("rt60-bsdtar-cd-eq", ["cd /srv && bsdtar -x --cd=/root -f /opt/seed/overlay.tar"]),
    written("rt60-unzip-colon", ["cd /srv && unzip -: -o /opt/seed/overlay.zip"]),
    written("rt60-unzip-env", ["export UNZIP='-d /root'", "cd /srv && unzip -o /opt/seed/overlay.zip"]),
    written("rt60-tar-env", ["export TAR_OPTIONS='-C /root'", "cd /srv && tar -xf /opt/seed/overlay.tar"]),
    written("rt60-unrar-OP-sep", ["cd /srv && unrar X -y -Op/root /opt/seed/overlay.rar"]),
    written("rt60-pax-rw", ["cd /srv && pax -rw -pe /opt/seed/overlay /root"]),
    written("rt60-cab-qd-glued", ["cd /srv && cabextract -qd/root /opt/seed/overlay.cab"]),
    written("rt60-7z-e", ["cd /root/.jupyter && 7z e -y /opt/seed/overlay.7z"]),
    written("rt60-7z-spf", ["cd /srv && 7z x -y -SPF /opt/seed/overlay.7z"]),
    // Neighbours (round 60 fix): bsdtar's own long options (-P's --insecure and --absolute-paths, by prefix too), pax
    // mode's absolute names in a bundle, cabextract's getopt bundles and long prefixes, unar's `--o`, uudecode's
    // bundled and abbreviated output, 7-Zip's `--` ending the switches.
    written("rt60-n-bsdtar-insecure", ["cd /srv && bsdtar -x --insecure -C /srv/notes -f /opt/seed/overlay.tar"]),
    written("rt60-n-bsdtar-abs", ["cd /srv && bsdtar -x --absolute -f /opt/seed/overlay.tar --cd /srv/notes"]),
    written("rt60-n-pax-rv", ["cd /srv/notes && pax -rv -f /opt/seed/overlay.pax"]),
    written("rt60-n-cab-Lqd", ["cd /srv && cabextract -Lqd /root /opt/seed/overlay.cab"]),
    written("rt60-n-cab-dir", ["cd /srv && cabextract --dir /root /opt/seed/overlay.cab"]),
    written("rt60-n-cab-directory-eq", ["cd /srv && cabextract -q --directory=/root /opt/seed/overlay.cab"]),
    written("rt60-n-unar-o-dd", ["cd /srv && unar -f --o /root /opt/seed/overlay.zip"]),
    written("rt60-n-unar-dd-eq", ["cd /srv && unar --force-overwrite --output-directory=/root /opt/seed/overlay.zip"]),
    written("rt60-n-uudecode-co", ["cd /srv && uudecode -co/root/.jupyter/jupyter_server_config.py /opt/seed/c.uu"]),
    written("rt60-n-uudecode-out", [
        "cd /srv && uudecode --out /root/.jupyter/jupyter_server_config.py /opt/seed/c.uu",
    ]),
    written("rt60-n-7z-dashdash", ["cd /root && 7z x -y -- -o/srv/notes.7z"]),
];

const secure: StackCase[] = [
    kept("rt60-s-7z-o", ["cd /root && 7z x -y -o/srv/notes /opt/seed/overlay.7z"]),
    // Was a MISS (fixed in round 60): secure refused: 7-Zip manual "Switches": "Switch names are not case sensitive": `-O/srv/notes` is `-o/srv/notes` and nothing is written under /root; the pack reads only a lowercase `-o` and counts the working directory /root.
    kept("rt60-s-7z-O", ["cd /root && 7z x -y -O/srv/notes /opt/seed/overlay.7z"]),
    kept("rt60-s-7z-l", ["cd /root && 7z l /opt/seed/overlay.7z > /srv/7z.list"]),
    // Was a MISS (fixed in round 60): secure refused: the same bsdtar `--cd DIR` (bsdtar(1) "-C directory, --cd directory"): the extraction goes into /srv/notes; the pack counts /root.
    kept("rt60-s-bsdtar-cd", ["cd /root && bsdtar -x --cd /srv/notes -f /opt/seed/overlay.tar"]),
    kept("rt60-s-bsdtar-C", ["cd /root && bsdtar -x -C /srv/notes -f /opt/seed/overlay.tar"]),
    kept("rt60-s-tar-C-glued", ["cd /root && tar -xf /opt/seed/overlay.tar -C/srv/notes"]),
    kept("rt60-s-cpio-D", ["cd /root && cpio -id --no-absolute-filenames -D /srv/notes < /opt/seed/overlay.cpio"]),
    kept("rt60-s-unzip-glued", ["cd /root && unzip -o /opt/seed/overlay.zip -d/srv/notes"]),
    // Was a MISS (fixed in round 60): secure refused: getopt(3): a short option's value may be glued (`-d/srv/notes` is `-d /srv/notes`; cabextract.c uses getopt_long); the pack counts the working directory /root.
    kept("rt60-s-cab-glued", ["cd /root && cabextract -d/srv/notes /opt/seed/overlay.cab"]),
    // Was a MISS (fixed in round 60): secure refused: unrar switches are case-insensitive (unrar source cmddata.cpp ProcessSwitch: `switch(etoupper(Switch[0]))`, then etoupper(Switch[1]) for -op): `-OP/srv/notes` is `-op/srv/notes`; the pack's `/^-op./` is case-sensitive and counts /root.
    kept("rt60-s-unrar-OP", ["cd /root && unrar x -y -OP/srv/notes /opt/seed/overlay.rar"]),
    kept("rt60-s-gunzip-c", ["cd /root && gunzip -c /opt/seed/c.gz > /srv/notes/c"]),
    kept("rt60-s-zstd-o", ["cd /root && zstd -d -f /opt/seed/c.zst -o /srv/notes/c"]),
    // Was a MISS (fixed in round 60): secure refused: GNU sharutils uudecode reads options with getopt_long (sharutils manual "uudecode usage": `-o, --output-file=str`), so `-o/srv/notes/seed.bin` names the output; the pack reads only a separate `-o` and, failing closed, counts the begin line's any path.
    kept("rt60-s-uudecode-o-glued", ["cd /srv && uudecode -o/srv/notes/seed.bin /opt/seed/c.uu"]),
    kept("rt60-s-pax-list", ["cd /root && pax -f /opt/seed/overlay.pax > /srv/pax.list"]),
    kept("rt60-s-lsar", ["cd /root && lsar -l /opt/seed/overlay.zip > /srv/lsar.list"]),
    // Was a MISS (fixed in round 60): secure refused: unar accepts `-option=value` (CSCommandLineParser.m: "See if the option is of the form -option=value"): `-output-directory=/srv/notes` extracts there; the pack reads `=` values only of `--` options and counts /root.
    kept("rt60-s-unar-long-eq", ["cd /root && unar -f -output-directory=/srv/notes /opt/seed/overlay.zip"]),
    // Was a MISS (fixed in round 60): secure refused: `--output-directory DIR` is unar's -output-directory (one or two dashes alike, CSCommandLineParser.m); the pack counts /root.
    kept("rt60-s-unar-dd", ["cd /root && unar -f --output-directory /srv/notes /opt/seed/overlay.zip"]),
    kept("rt60-s-cab-qd", ["cd /root && cabextract -q -d /srv/notes /opt/seed/overlay.cab"]),
    // Was a MISS (fixed in round 60): secure refused: `-qd /srv/notes` is `-q -d /srv/notes` (getopt(3) bundling; cabextract.c getopt_long); the pack counts /root.
    kept("rt60-s-cab-qd-bundled", ["cd /root && cabextract -qd /srv/notes /opt/seed/overlay.cab"]),
    kept("rt60-s-unzip-qd", ["cd /root && unzip -qod /srv/notes /opt/seed/overlay.zip"]),
    kept("rt60-s-pax-rw", ["cd /root && pax -rw /opt/seed/overlay /srv/notes"]),
    kept("rt60-s-bsdtar-s", ["cd /root && bsdtar -xf /opt/seed/overlay.tar -C /srv/notes -s ',^,seed/,'"]),
    // Neighbours (round 60 fix).
    kept("rt60-s-n-7z-X-O", ["cd /root && 7z X -Y -O/srv/notes /opt/seed/overlay.7z"]),
    kept("rt60-s-n-7z-SO", ["cd /root && 7z x -SO /opt/seed/overlay.7z > /srv/notes/overlay.bin"]),
    kept("rt60-s-n-bsdtar-cd-eq", ["cd /root && bsdtar -xf /opt/seed/overlay.tar --cd=/srv/notes"]),
    kept("rt60-s-n-bsdtar-directory", ["cd /root && bsdtar -x --directory /srv/notes -f /opt/seed/overlay.tar"]),
    kept("rt60-s-n-cab-Lq-glued", ["cd /root && cabextract -Lq -d/srv/notes /opt/seed/overlay.cab"]),
    kept("rt60-s-n-cab-dir", ["cd /root && cabextract --dir /srv/notes /opt/seed/overlay.cab"]),
    kept("rt60-s-n-cab-ql", ["cd /root && cabextract -ql /opt/seed/overlay.cab > /srv/cab.list"]),
    kept("rt60-s-n-unar-o-eq-dd", ["cd /root && unar --o=/srv/notes -f /opt/seed/overlay.zip"]),
    kept("rt60-s-n-uudecode-co", ["cd /srv && uudecode -co/srv/notes/seed.bin /opt/seed/c.uu"]),
    kept("rt60-s-n-uudecode-out", ["cd /root && uudecode --out /srv/notes/seed.bin /opt/seed/c.uu"]),
];

describeVariants("red team 60: allowlist on the AWS level", insecure, secure);
