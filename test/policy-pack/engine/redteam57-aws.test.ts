// Red-team round 57 on the AWS level (fresh eyes) on the committed stacks. First part: the AWS access level of prod and
// cross-account: dynamodb:EnableKinesisStreamingDestination on custody-prod-* with read on an ops Kinesis stream (the
// table's items copied into a stream the role reads), ec2:CreateReplaceRootVolumeTask on account B's instances (the
// caller's instance booted from an AMI of the role's choosing, keeping its instance profile). Both refused.
// Second part (most of the round): round 56's viewing rule on the caller's instance of account B (seed 003), its new
// archivers: GNU ar (abbreviated --out, dash-option form `-x -v --output`, `-v -x` in /root, `ar p > CONF`, @file
// response files), lz4/unlz4 (-l, long --decompress --force), dpkg-deb (-xv bundle, -R, -e into .jupyter,
// --fsys-tarfile | tar), unsquashfs (-d, -linfo, default squashfs-root in /root), rpm2cpio | cpio, tar's old-style and
// bundled respellings (`xvzfC`, `-xvC/root`, `xTfC`, abbreviated --direc spaced); their read-only or /srv-only
// neighbours in /root (ar t/-t -v/--output /srv, dpkg-deb -c/-f/-I/-W/-x /srv/-b, unsquashfs -l/-d /srv with -p and
// extract operands, lz4 -d into /srv, -dc | tar, --list, -m, -BD, -l compressing into /srv, rpm2cpio | cpio
// --no-absolute-filenames -D /srv, tar t/czfC/--strip-components/-C first).
// Not filed: `rpm2cpio X | cpio -idm -D /srv/notes` without --no-absolute-filenames is refused rightly (GNU cpio keeps
// absolute member names; the pack cannot know the payload); `ar xP` into "/" is over-strict (binutils refuses absolute
// and `..` member names, PR 17533) but not what a careful team writes.
// Misses (4 insecure, 0 secure; all fixed in round 57: lz4 -l, ar @FILE):
// - insecure: lz4's short -l is the legacy *format*, not --list: `lz4 -d -l -f IN CONF`, `lz4 -dlf IN CONF` and
//   `unlz4 -l -f IN CONF` decompress into root's Jupyter config, accepted as writing nothing.
// - insecure: `ar @/opt/seed/ar.args` (binutils @file: options read from the file, here `x --output /root/.jupyter
//   ...`) is accepted.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, WRITTEN } from "./callerInstanceBuilders";

const A = ACCOUNT.prod;
const B = "777777777777";
const EC2 = `arn:aws:ec2:us-east-1:${B}:instance/*`;
const CONF = "/root/.jupyter/jupyter_server_config.py";
const LZ4_SEED = "/opt/seed/jupyter_server_config.py.lz4";

const insecure: StackCase[] = [
    // DynamoDB developer guide, "Change data capture for Kinesis Data Streams": every item change is copied into the
    // stream, which the role reads.
    {
        name: "prod: an ops role may dynamodb:EnableKinesisStreamingDestination on `table/custody-prod-*` and read stream/ops-*",
        stack: "prod",
        refused: /rt57-kinesis/,
        edit: r =>
            opsRole(r, "prod", A, "rt57-kinesis", [
                allow(
                    "dynamodb:EnableKinesisStreamingDestination",
                    `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`,
                ),
                allow(
                    ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:PutRecords", "kinesis:DescribeStream"],
                    `arn:aws:kinesis:eu-west-1:${A}:stream/ops-*`,
                ),
            ]),
    },
    // EC2 user guide, "Replace a root volume": replacing from an AMI restores the root volume from it; the instance
    // keeps its instance profile, so the AMI's software reads the caller role's credentials.
    {
        name: "cross-account: an ops role of account B may ec2:CreateReplaceRootVolumeTask on `instance/*`",
        stack: "cross-account",
        refused: /rt57-rrv/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                B,
                "rt57-rrv",
                [allow(["ec2:CreateReplaceRootVolumeTask", "ec2:CreateTags"], EC2)],
                "cross-account-caller",
            ),
    },
    // Caller's instance: the viewing rule.
    // Was a MISS (fixed in round 57): insecure accepted: lz4's short `-l` is "Use Legacy format (typically for Linux Kernel compression)", only the long `--list` lists (lz4(1), manpages.ubuntu.com noble; lz4cli.c `case 'l': legacy_format = 1`), and legacy_format changes only compression, so `lz4 -d -l -f IN CONF` decompresses IN into root's Jupyter config (ip 0.0.0.0 from the seed); lz4Use reads every short `l` as --list (writes no file).
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && lz4 -d -l -f SEED.lz4 CONF\` (-l: legacy format, not --list)`,
        stack: "cross-account",
        refused: /rt57-lz4-l/,
        edit: loopbackJupyter("rt57-lz4-l", [`cd /srv && lz4 -d -l -f ${LZ4_SEED} ${CONF}`]),
    },
    // Was a MISS (fixed in round 57): insecure accepted: the same -l reading, bundled (lz4(1): "Short commands can be concatenated together").
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && lz4 -dlf SEED.lz4 CONF\``,
        stack: "cross-account",
        refused: /rt57-lz4-dlf/,
        edit: loopbackJupyter("rt57-lz4-dlf", [`cd /srv && lz4 -dlf ${LZ4_SEED} ${CONF}`]),
    },
    // Was a MISS (fixed in round 57): insecure accepted: the same -l reading for unlz4 ("unlz4 is equivalent to lz4 -d", lz4(1)).
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && unlz4 -l -f SEED.lz4 CONF\``,
        stack: "cross-account",
        refused: /rt57-unlz4-l/,
        edit: loopbackJupyter("rt57-unlz4-l", [`cd /srv && unlz4 -l -f ${LZ4_SEED} ${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && lz4 --decompress --force SEED.lz4 CONF\``,
        stack: "cross-account",
        refused: /rt57-lz4-long/,
        edit: loopbackJupyter("rt57-lz4-long", [`cd /srv && lz4 --decompress --force ${LZ4_SEED} ${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root/.jupyter && unlz4 -f SEED.lz4 jupyter_server_config.py\``,
        stack: "cross-account",
        refused: /rt57-unlz4/,
        edit: loopbackJupyter("rt57-unlz4", [`cd /root/.jupyter && unlz4 -f ${LZ4_SEED} jupyter_server_config.py`]),
    },
    // Was a MISS (fixed in round 57): insecure accepted: binutils ar (every binutils program, "Common Options"): "@file Read command-line options from file. The options read are inserted in place of the original @file option" (sourceware binutils manual, Common Options); the file holds `x --output /root/.jupyter /opt/seed/notes.a`, an extraction into root's Jupyter directory; arUse sees no key word and the command passes.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && ar @/opt/seed/ar.args\` (the file: x --output /root/.jupyter NOTES.a)`,
        stack: "cross-account",
        refused: /rt57-ar-at/,
        edit: loopbackJupyter(
            "rt57-ar-at",
            ["cd /srv && ar @/opt/seed/ar.args"],
            [["/opt/seed/ar.args", "x --output /root/.jupyter /opt/seed/notes.a"]],
        ),
    },
    // getopt_long(3): unique prefixes of ar's long options (--output) are accepted.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && ar x --out /root/.jupyter NOTES.a\` (abbreviated --output)`,
        stack: "cross-account",
        refused: /rt57-ar-out/,
        edit: loopbackJupyter("rt57-ar-out", ["cd /srv && ar x --out /root/.jupyter /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && ar -x -v --output /root/.jupyter NOTES.a\` (dash options)`,
        stack: "cross-account",
        refused: /rt57-ar-dash/,
        edit: loopbackJupyter("rt57-ar-dash", ["cd /srv && ar -x -v --output /root/.jupyter /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && ar -v -x NOTES.a\` (the operation in the second option)`,
        stack: "cross-account",
        refused: /rt57-ar-vx/,
        edit: loopbackJupyter("rt57-ar-vx", ["cd /root && ar -v -x /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && ar p NOTES.a jupyter_server_config.py > CONF\``,
        stack: "cross-account",
        refused: /rt57-ar-p/,
        edit: loopbackJupyter("rt57-ar-p", [`cd /srv && ar p /opt/seed/notes.a jupyter_server_config.py > ${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dpkg-deb -xv NOTES.deb /root\` (bundled)`,
        stack: "cross-account",
        refused: /rt57-dpkg-xv/,
        edit: loopbackJupyter("rt57-dpkg-xv", ["cd /srv && dpkg-deb -xv /opt/seed/notes.deb /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dpkg-deb -R NOTES.deb /root\``,
        stack: "cross-account",
        refused: /rt57-dpkg-R/,
        edit: loopbackJupyter("rt57-dpkg-R", ["cd /srv && dpkg-deb -R /opt/seed/notes.deb /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && dpkg-deb -e NOTES.deb .jupyter\` (control files into .jupyter)`,
        stack: "cross-account",
        refused: /rt57-dpkg-e/,
        edit: loopbackJupyter("rt57-dpkg-e", ["cd /root && dpkg-deb -e /opt/seed/notes.deb .jupyter"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dpkg-deb --fsys-tarfile NOTES.deb | tar -x -C /root\``,
        stack: "cross-account",
        refused: /rt57-fsys/,
        edit: loopbackJupyter("rt57-fsys", [
            "cd /srv && dpkg-deb --fsys-tarfile /opt/seed/notes.deb | tar -x -C /root",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && unsquashfs -f -d /root NOTES.sqfs\``,
        stack: "cross-account",
        refused: /rt57-sq-d/,
        edit: loopbackJupyter("rt57-sq-d", ["cd /srv && unsquashfs -f -d /root /opt/seed/notes.sqfs"]),
    },
    // USAGE-UNSQUASHFS: -linfo "print files as they are unsquashed with file attributes": it extracts.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && unsquashfs -linfo -f -dest /root NOTES.sqfs\``,
        stack: "cross-account",
        refused: /rt57-sq-li/,
        edit: loopbackJupyter("rt57-sq-li", ["cd /srv && unsquashfs -linfo -f -dest /root /opt/seed/notes.sqfs"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && unsquashfs -f NOTES.sqfs && cp -r squashfs-root/.jupyter /root/\``,
        stack: "cross-account",
        refused: /rt57-sq-def/,
        edit: loopbackJupyter("rt57-sq-def", [
            "cd /root && unsquashfs -f /opt/seed/notes.sqfs && cp -r squashfs-root/.jupyter /root/",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && rpm2cpio NOTES.rpm | cpio -idm\``,
        stack: "cross-account",
        refused: /rt57-rpm/,
        edit: loopbackJupyter("rt57-rpm", ["cd /root && rpm2cpio /opt/seed/notes.rpm | cpio -idm"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar xvzfC NOTES.tgz /root\` (old style, four letters)`,
        stack: "cross-account",
        refused: /rt57-tar-v/,
        edit: loopbackJupyter("rt57-tar-v", ["cd /srv && tar xvzfC /opt/seed/notes.tgz /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar xTfC LIST NOTES.tar /root\` (three valued letters in order)`,
        stack: "cross-account",
        refused: /rt57-tar-oldT/,
        edit: loopbackJupyter("rt57-tar-oldT", ["cd /srv && tar xTfC /opt/seed/list /opt/seed/notes.tar /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar -xvzf NOTES.tgz -C/root\``,
        stack: "cross-account",
        refused: /rt57-tar-glued/,
        edit: loopbackJupyter("rt57-tar-glued", ["cd /srv && tar -xvzf /opt/seed/notes.tgz -C/root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar -xvC/root -f NOTES.tgz\``,
        stack: "cross-account",
        refused: /rt57-tar-xC/,
        edit: loopbackJupyter("rt57-tar-xC", ["cd /srv && tar -xvC/root -f /opt/seed/notes.tgz"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar --extract --file NOTES.tar --direc /root\``,
        stack: "cross-account",
        refused: /rt57-tar-dir/,
        edit: loopbackJupyter("rt57-tar-dir", ["cd /srv && tar --extract --file /opt/seed/notes.tar --direc /root"]),
    },
];

const secure: StackCase[] = [
    {
        name: `cross-account: ${KEPT} \`cd /root && ar tv NOTES.a\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-ar-t", ["cd /root && ar tv /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && ar -t -v NOTES.a\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-ar-tv", ["cd /root && ar -t -v /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && ar x --output /srv/notes NOTES.a\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-ar-x", ["cd /root && ar x --output /srv/notes /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && ar x --output=/srv/notes NOTES.a\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-ar-xe", ["cd /root && ar x --output=/srv/notes /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -c NOTES.deb\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-c", ["cd /root && dpkg-deb -c /opt/seed/notes.deb"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -x NOTES.deb /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-x", ["cd /root && dpkg-deb -x /opt/seed/notes.deb /srv/notes"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -f NOTES.deb Version\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-f", ["cd /root && dpkg-deb -f /opt/seed/notes.deb Version"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -I NOTES.deb control\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-I", ["cd /root && dpkg-deb -I /opt/seed/notes.deb control"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -W --showformat='\${Version}' NOTES.deb\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-W", [
            "cd /root && dpkg-deb -W --showformat='${Version}' /opt/seed/notes.deb",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb --root-owner-group -Zxz -b /srv/pkg /srv/out.deb\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-b", [
            "cd /root && dpkg-deb --root-owner-group -Zxz -b /srv/pkg /srv/out.deb",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -Z xz -b /srv/pkg /srv/out.deb\` (spaced -Z value)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-dpkg-bZ", ["cd /root && dpkg-deb -Z xz -b /srv/pkg /srv/out.deb"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb --fsys-tarfile NOTES.deb | tar -x -C /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-fsys", [
            "cd /root && dpkg-deb --fsys-tarfile /opt/seed/notes.deb | tar -x -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unsquashfs -l NOTES.sqfs\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-sq-l", ["cd /root && unsquashfs -l /opt/seed/notes.sqfs"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unsquashfs -f -d /srv/notes NOTES.sqfs\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-sq-d", ["cd /root && unsquashfs -f -d /srv/notes /opt/seed/notes.sqfs"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unsquashfs -p 4 -d /srv/notes NOTES.sqfs\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-sq-p", ["cd /root && unsquashfs -p 4 -d /srv/notes /opt/seed/notes.sqfs"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unsquashfs -no-xattrs -d /srv/notes NOTES.sqfs etc/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-sq-nx", [
            "cd /root && unsquashfs -no-xattrs -d /srv/notes /opt/seed/notes.sqfs etc/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 -d NOTES.tar.lz4 /srv/notes.tar\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-lz4-d", ["cd /root && lz4 -d /opt/seed/notes.tar.lz4 /srv/notes.tar"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 -dc NOTES.tar.lz4 | tar -x -C /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-lz4-dc", ["cd /root && lz4 -dc /opt/seed/notes.tar.lz4 | tar -x -C /srv/notes"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 --list NOTES.lz4\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-lz4-list", ["cd /root && lz4 --list /opt/seed/notes.lz4"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 -d -m /srv/notes/a.lz4 /srv/notes/b.lz4\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-lz4-m", ["cd /root && lz4 -d -m /srv/notes/a.lz4 /srv/notes/b.lz4"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unlz4 /srv/notes/a.lz4\` (beside its input)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-unlz4", ["cd /root && unlz4 /srv/notes/a.lz4"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 -9 -BD /srv/notes/a /srv/notes/a.lz4\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-lz4-bd", ["cd /root && lz4 -9 -BD /srv/notes/a /srv/notes/a.lz4"]),
    },
    // lz4(1): -l compresses in the legacy format (a kernel image); the output is /srv's. Accepted today for the wrong
    // reason (read as --list): keep it accepted when -l is read right.
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 -l -9 /srv/notes/vmlinux /srv/notes/vmlinux.lz4\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-lz4-leg", ["cd /root && lz4 -l -9 /srv/notes/vmlinux /srv/notes/vmlinux.lz4"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && rpm2cpio NOTES.rpm | cpio -idm --no-absolute-filenames -D /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-rpm", [
            "cd /root && rpm2cpio /opt/seed/notes.rpm | cpio -idm --no-absolute-filenames -D /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && cpio -idm --no-absolute-filenames -D /srv/notes < NOTES.cpio\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-cpio", [
            "cd /root && cpio -idm --no-absolute-filenames -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar tvf NOTES.tar\` (old style, list)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-tar-t", ["cd /root && tar tvf /opt/seed/notes.tar"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar czfC /srv/backup.tgz /srv notes\` (old style, create)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-tar-c", ["cd /root && tar czfC /srv/backup.tgz /srv notes"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar --strip-components 1 -xzf NOTES.tgz -C /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-tar-strip", [
            "cd /root && tar --strip-components 1 -xzf /opt/seed/notes.tgz -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar -C /srv/notes -xvf NOTES.tar\` (-C first)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt57-s-tar-cfirst", ["cd /root && tar -C /srv/notes -xvf /opt/seed/notes.tar"]),
    },
];

describeVariants("red team 57: allowlist on the AWS level", insecure, secure);
