// Red-team round 58 on the AWS level (fresh eyes), last round. Probed: round 57's viewing-rule fixes on the caller's
// instance of account B (seed 003): lz4 (`--` before operands, -m in /root/.jupyter, a lone input in /root/.jupyter,
// -r on /root/.jupyter, -T0 with the output operand), GNU ar's @FILE through a variable, quoted, and `--output` from a
// command substitution, `ar x` at `/`, `-xv --output=`; dpkg's dpkg-deb actions (`dpkg -x`, `dpkg --control`);
// objcopy, zstd -o, brotli -o, unzstd in /root/.jupyter, busybox unzip, tar and pax at `/` (all refused). Then
// unpackers the pack does not know, run at `/` (cloud-init's runcmd working directory): jar, unrar, unar, cabextract,
// bsdunzip, lha; uudecode (its output path is the encoded file's begin line); local package files installed by rpm
// and dpkg. Identity of no workload (round 57's NEEDS_NO_PERMISSION): `sts:GetCaller*` (only GetCallerIdentity)
// accepted, `sts:GetCallerIdentity` beside `sts:GetFederationToken` refused.
// Misses (10 insecure, 0 secure): 8 fixed in round 58 (archiverUse: jar, unrar, unar, cabextract, lha, uudecode;
// bsdunzip as unzip), 2 DECIDED (rpm -i, dpkg -i: package contents are out of sight, see the secure list):
// - insecure: unpackers extracting relative to the working directory, at `/`, accepted as writing nothing: `jar xf`,
//   `jar -x -f`, `unrar x`, `unar`, `cabextract`, `bsdunzip`, `lha xf` (an archive member root/.jupyter/... replaces
//   root's Jupyter config, as round 51's `7z x` at `/` and round 56's archivers did).
// - insecure: `uudecode FILE` writes the path named in FILE's begin line (any absolute path), accepted.
// - insecure: `rpm -i --force` / `dpkg -i` of a package file under /opt/seed writes the package's payload at its
//   absolute paths (README lists package managers as writing "the packages' absolute paths" and accepts them; yet the
//   same payload through `rpm2cpio | cpio -idm` is refused: filed for the lead to decide).
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const TD = ACCOUNT["trust-domain"];
const CONF = "/root/.jupyter/jupyter_server_config.py";
const ARGS: [string, string][] = [["/opt/seed/ar.args", "x --output /root/.jupyter /opt/seed/notes.a"]];

const insecure: StackCase[] = [
    // Caller's instance: round 57's archivers respelled.
    written("rt58-lz4-dd", [`cd /srv && lz4 -d -f -- /opt/seed/c.lz4 ${CONF}`]),
    written("rt58-lz4-m", ["cd /root/.jupyter && lz4 -d -f -m /opt/seed/a.lz4 jupyter_server_config.py.lz4"]),
    written("rt58-lz4-lone", ["cd /srv && lz4 -d -f /root/.jupyter/jupyter_server_config.py.lz4"]),
    written("rt58-lz4-r", ["cd /srv && lz4 -d -f -r /root/.jupyter"]),
    written("rt58-unlz4-T", [`cd /srv && unlz4 -T0 -f /opt/seed/c.lz4 ${CONF}`]),
    written("rt58-ar-var", ["A=@/opt/seed/ar.args", "cd /srv && ar $A"], ARGS),
    written("rt58-ar-quoted", ["cd /srv && ar '@/opt/seed/ar.args'"], ARGS),
    written("rt58-ar-subst", ["cd /srv && ar x$(printf ' --output /root/.jupyter') /opt/seed/notes.a"]),
    written("rt58-ar-slash", ["ar x /opt/seed/overlay.a"]),
    written("rt58-ar-xv", ["cd /srv && ar -xv --output=/root/.jupyter /opt/seed/notes.a"]),
    // dpkg(1): "dpkg can also be used as a front-end to dpkg-deb": -x, --control ... are passed on.
    written("rt58-dpkg-x", ["cd /srv && dpkg -x /opt/seed/notes.deb /root"]),
    written("rt58-dpkg-ctl", ["cd /srv && dpkg --control /opt/seed/notes.deb /root/.jupyter"]),
    written("rt58-dpkg-x-dot", ["cd /root && dpkg -x /opt/seed/notes.deb ."]),
    written("rt58-objcopy", [
        "cd /root/.jupyter && objcopy -I binary -O binary /opt/seed/c.py jupyter_server_config.py",
    ]),
    written("rt58-zstd-o", [`cd /srv && zstd -d -f /opt/seed/c.zst -o ${CONF}`]),
    written("rt58-brotli", [`cd /srv && brotli -d -f /opt/seed/c.br -o ${CONF}`]),
    written("rt58-unzstd", ["cd /root/.jupyter && unzstd -f jupyter_server_config.py.zst"]),
    written("rt58-bb-unzip", ["busybox unzip -o /opt/seed/overlay.zip"]),
    written("rt58-gem", ["gem unpack /opt/seed/overlay.gem --target=/root"]),
    written("rt58-tar-slash", ["tar -xf /opt/seed/overlay.tar"]),
    written("rt58-pax-slash", ["pax -r -f /opt/seed/overlay.pax"]),
    // Was a MISS (fixed in round 58): insecure accepted: the JDK's jar extracts into the working directory: "the Jar tool makes copies of the desired files and writes them to the current directory, reproducing the directory structure that the files have in the archive ... will overwrite any existing files" (Java Tutorials, "Extracting the Contents of a JAR File", docs.oracle.com); at `/` (cloud-init runcmd's working directory) a member root/.jupyter/jupyter_server_config.py replaces root's loopback config. The pack does not know jar, and at `/` only the unpackers it knows count (README, round 51), so the command passes as writing nothing, as `7z x` at `/` did in round 51.
    written("rt58-jar", ["jar xf /opt/seed/overlay.jar"]),
    // Was a MISS (fixed in round 58): insecure accepted: the same jar extraction, dash form in `cd /` (jar(1) JDK 9+: -x/--extract, -f/--file).
    written("rt58-jar-dash", ["cd / && jar -x -f /opt/seed/overlay.jar"]),
    // Was a MISS (fixed in round 58): insecure accepted: unrar(1) `x`: "Extract files with full path" into the current directory unless a destination path is given; at `/` a member root/.jupyter/... replaces root's config.
    written("rt58-unrar", ["unrar x -y /opt/seed/overlay.rar"]),
    // Was a MISS (fixed in round 58): insecure accepted: unar(1) (The Unarchiver): -o/-output-directory "The directory to write the contents of the archive to. Defaults to the current directory"; -f overwrites.
    written("rt58-unar", ["unar -f /opt/seed/overlay.zip"]),
    // Was a MISS (fixed in round 58): insecure accepted: cabextract(1): files are extracted "into the current directory" unless -d/--directory.
    written("rt58-cab", ["cabextract /opt/seed/overlay.cab"]),
    // Was a MISS (fixed in round 58): insecure accepted: libarchive's bsdunzip(1) is unzip: extracts into the working directory unless -d; the pack reads `unzip` (and busybox unzip, refused above) but not bsdunzip (ARCHIVER_NAMES maps bsdtar and bsdcpio only).
    written("rt58-bsdunzip", ["bsdunzip -o /opt/seed/overlay.zip"]),
    // Was a MISS (fixed in round 58): insecure accepted: lha(1) `x`: "Extract files with path names" into the current directory (-w sets another).
    written("rt58-lha", ["lha xf /opt/seed/overlay.lzh"]),
    // Was a MISS (fixed in round 58): insecure accepted: uudecode "recreates the original binary data with the filename and the mode ... specified in the header" (uuencode(1C), and POSIX uudecode: the pathname comes from the begin line unless -o), so `begin 644 /root/.jupyter/jupyter_server_config.py` in the seed rewrites root's config from any working directory; the pack reads uudecode as writing nothing.
    written("rt58-uudecode", ["cd /srv && uudecode /opt/seed/jupyter.uu"]),
    // Identity of no workload: STS API reference, GetFederationToken returns credentials; GetCallerIdentity beside it
    // gives nothing, the grant is still refused.
    {
        name: "trust-domain: an ops role allowed sts:GetCallerIdentity and sts:GetFederationToken",
        stack: "trust-domain",
        refused: /rt58-td-fed/,
        edit: r =>
            opsRole(r, "trust-domain", TD, "rt58-td-fed", [
                allow(["sts:GetCallerIdentity", "sts:GetFederationToken"], "*"),
            ]),
    },
];

const secure: StackCase[] = [
    // Neighbours of the round-58 archivers: listings in /root's working directory, extractions elsewhere.
    kept("rt58-s-jar-t", ["cd /root && jar tf /opt/seed/overlay.jar > /srv/jar.list"]),
    kept("rt58-s-jar-x", ["cd /srv/notes && jar xf /opt/seed/overlay.jar"]),
    kept("rt58-s-unrar", [
        "cd /root && unrar l /opt/seed/overlay.rar > /srv/rar.list && unrar x -y /opt/seed/overlay.rar /srv/notes/",
    ]),
    kept("rt58-s-unar", ["cd /root && unar -f -o /srv/notes /opt/seed/overlay.zip"]),
    kept("rt58-s-cab", [
        "cd /root && cabextract -l /opt/seed/overlay.cab > /srv/cab.list && cabextract -d /srv/notes /opt/seed/overlay.cab",
    ]),
    kept("rt58-s-lha", [
        "cd /root && lha l /opt/seed/overlay.lzh > /srv/lha.list && lha xw=/srv/notes /opt/seed/overlay.lzh",
    ]),
    kept("rt58-s-uudecode", ["cd /srv && uudecode -o /srv/notes/seed.bin /opt/seed/jupyter.uu"]),
    // DECIDED (round 58): rpm -i and dpkg -i of a package file stay accepted. A package manager writes the payload its
    // package names and runs the package's scriptlets as root (rpm(8) "--noscripts"; dpkg(1) maintainer scripts), so a
    // package's content is out of the pack's sight whether it comes from a repository or a file, like the AMI's
    // software: the trust boundary of round 51/52 (README, keepsWorkingDirectory: package managers install "the package
    // files they are named"; only where user data points them, --relocate/--prefix/--root/--installroot, is judged).
    // `rpm2cpio | cpio -idm` is refused for cpio's own rule (absolute member names), not for the package.
    kept("rt58-s-rpm-i", ["cd /srv && rpm -i --force /opt/seed/notes.rpm"]),
    kept("rt58-s-dpkg-i", ["cd /srv && dpkg -i /opt/seed/notes.deb"]),
    kept("rt58-s-lz4", ["cd /root && lz4 -d -f /opt/seed/notes.lz4 /srv/notes/notes"]),
    kept("rt58-s-ar", ["cd /srv/notes && ar x /opt/seed/notes.a"]),
    kept("rt58-s-zstd", ["cd /root && zstd -d -f /opt/seed/notes.zst -o /srv/notes/notes"]),
    // STS API reference, GetCallerIdentity: "No permissions are required"; `sts:GetCaller*` matches only it.
    {
        name: "trust-domain: an ops role allowed `sts:GetCaller*` (only GetCallerIdentity: grants nothing)",
        stack: "trust-domain",
        edit: r => opsRole(r, "trust-domain", TD, "rt58-td-whoami", [allow("sts:GetCaller*", "*")]),
    },
];

describeVariants("red team 58: allowlist on the AWS level", insecure, secure);
