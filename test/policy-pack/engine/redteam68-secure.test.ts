// Red-team round 68 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes after round 68's shell/loader/agent/build/config/python changes, each beside insecure neighbours.
// Probed: (shell) ${X:-default} versions/package lists (quoted and unquoted among tar operands), IFS=, read -ra
// and a global IFS=, for loop, a[0]= element arrays, literal arrays in for loops, `for f in GLOB; do bash "$f"`,
// run-parts, find -exec chmod / -exec bash, ln -s of a helper into /usr/local/bin, cp/install/rsync of written configs,
// `. /etc/bootstrap.env`; (agents) CloudWatch agent with -c file:, node_exporter by a written unit on 127.0.0.1:9100,
// kubelet/amazon-ssm-agent/containerd drop-ins, supervisord program on loopback, loopback http.server, chrony.d and
// journald.conf.d; (loaders) perl FindBin (quoted and `.` concatenation), `#!/usr/bin/perl -w` run by path,
// system(qw()) with q{}/qq{}, ruby require_relative without .rb, File.join(__dir__), system with literal args, php
// dirname(__FILE__), include beside the script, -d memory_limit, shell_exec('df -h /'), tcl source of a sibling via
// [info script] and literal, [read [open F]] of data; (builds) go vet/test/build, go build with a _test.go file, aliased
// os/exec with a literal command, cargo build alone and with cargo test, dotnet publish with HttpListener and with
// TcpListener; (python) subprocess.run literal list in a loopback handler, os.system literal sysctl, a literal
// StreamHandler dictConfig, typer with __future__ annotations and Annotated[..., typer.Option()]; (AWS) a curity
// CloudWatch agent writer role. Insecure neighbours: glob loop / run-parts over a written 0.0.0.0 server of /,
// supervisord serving /, python os.system starting http.server on /, CloudWatch agent fetch-config from ssm: (decided
// family: unreadable config).
// Misses: 0 insecure accepted, 11 secure refused (insecure refused 5 of 5, secure clean 39 of 50): for-glob
// `bash "$f"`, run-parts and find -exec bash over written benign scripts (3); perl `use lib $FindBin::Bin . '/lib'` (named
// gap); perl system(qw(...)) and ruby system('systemctl', ...) literal commands judged as listeners; go test (with and
// without a _test.go file, 2); aliased os/exec with a literal command; cargo test; dotnet HttpListener on 127.0.0.1.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt68");
const file = heredocFile;

const NODE_EXPORTER =
    "https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz";

const CASES: StackCase[] = [
    // ================= shell: ${X:-default}, IFS, arrays, globs, loops, run-parts =================
    node("default-expansion", "REGION=${REGION:-eu-west-1}; NE_VERSION=${NE_VERSION:-1.8.2}; tar -C /opt", [
        'NE_VERSION="${NE_VERSION:-1.8.2}"',
        "cd /tmp",
        `curl -fsSLO https://github.com/prometheus/node_exporter/releases/download/v\${NE_VERSION}/node_exporter-\${NE_VERSION}.linux-amd64.tar.gz`,
        'tar -xzf "node_exporter-${NE_VERSION}.linux-amd64.tar.gz" -C /opt',
    ]),
    // DECIDED (round 87): secure. VER is never set by the script, and user data runs in cloud-init's environment, which
    // only root sets, so `${VER:-1.8.2}` is 1.8.2 (bash(1) "Use Default Values"; rootReads.ts defaultsDecided, as
    // redteam68-aws's rt68-var-default-word). Round 69 had decided it refused, reading VER as any words from that
    // environment.
    node("default-unquoted-tar", "tar -xzf node_exporter-${VER:-1.8.2}.linux-amd64.tar.gz -C /opt (unquoted default)", [
        "cd /tmp",
        `curl -fsSLO ${NODE_EXPORTER}`,
        "tar -xzf node_exporter-${VER:-1.8.2}.linux-amd64.tar.gz -C /opt",
    ]),
    node("default-quoted-tar", 'tar -xzf "node_exporter-${VER:-1.8.2}.linux-amd64.tar.gz" -C /opt (quoted default)', [
        "cd /tmp",
        `curl -fsSLO ${NODE_EXPORTER}`,
        'tar -xzf "node_exporter-${VER:-1.8.2}.linux-amd64.tar.gz" -C /opt',
    ]),
    node("default-pkgs", "dnf install -y ${EXTRA_PKGS:-htop jq} (unset var with a default list)", [
        "dnf install -y ${EXTRA_PKGS:-htop jq}",
    ]),
    node("ifs-split", "IFS=, read -ra PKGS <<< 'htop,jq,tmux'; dnf install", [
        "IFS=, read -ra PKGS <<< 'htop,jq,tmux'",
        'dnf install -y "${PKGS[@]}"',
    ]),
    node("ifs-global", "IFS=','; set -- htop,jq; for p in $LIST", [
        'LIST="htop,jq,tmux"',
        "OLDIFS=$IFS",
        "IFS=,",
        'for p in $LIST; do dnf install -y "$p"; done',
        "IFS=$OLDIFS",
    ]),
    node("array-elements", 'a[0]=htop a[1]=jq; dnf install -y "${a[@]}"; echo ${a[0]}', [
        "a[0]=htop",
        "a[1]=jq",
        'dnf install -y "${a[@]}"',
        'echo "installed ${a[0]}" >> /var/log/bootstrap.log',
    ]),
    node("array-literal-loop", 'for u in "${units[@]}"; systemctl enable --now', [
        "units=(chronyd amazon-ssm-agent)",
        'for u in "${units[@]}"; do systemctl enable --now "$u"; done',
    ]),
    // Was a MISS (fixed in round 69): secure refused: `for f in /opt/bootstrap.d/*.sh; do bash "$f"; done` over two scripts user data wrote in full
    // (sysctl -w, dnf install) is refused as "runs as root a program made at boot ... content the pack cannot read", though
    // round 68 claims to read `for f in GLOB; do bash "$f"`. The same script run as `bash /opt/bootstrap.d/10-sysctl.sh`
    // passes. Bash manual "Filename Expansion": the glob expands to the matching names, here the files user data wrote
    // into a directory it created (mkdir -p; /opt/bootstrap.d is not on the EKS AMI). Fix: judge each written match
    // with the caller's context (fail closed only when the directory may hold unwritten files, e.g. a pre-existing dir).
    node(
        "for-glob-scripts",
        'for f in /opt/bootstrap.d/*.sh; do bash "$f"; done of written benign scripts',
        [
            "mkdir -p /opt/bootstrap.d",
            ...file("/opt/bootstrap.d/10-sysctl.sh", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
            ...file("/opt/bootstrap.d/20-pkgs.sh", ["#!/bin/bash", "dnf install -y htop jq"]),
            'for f in /opt/bootstrap.d/*.sh; do bash "$f"; done',
        ],
        undefined,
    ),
    node(
        "for-glob-serve",
        "for f in /opt/bootstrap.d/*.sh; bash of a written script serving / on 0.0.0.0:8000",
        [
            "mkdir -p /opt/bootstrap.d",
            ...file("/opt/bootstrap.d/10-sysctl.sh", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
            ...file("/opt/bootstrap.d/50-serve.sh", ["#!/bin/bash", "cd /", "nohup python3 -m http.server 8000 &"]),
            'for f in /opt/bootstrap.d/*.sh; do bash "$f"; done',
        ],
        /serve|8000|http\.server|bash/,
    ),
    // Was a MISS (fixed in round 69): secure refused: `run-parts /opt/bootstrap.d` over one written, chmod 0755 script (sysctl -w) is refused as "runs
    // as root a program made at boot", though round 68 claims to read `run-parts DIR`. run-parts(8) runs the executable
    // files of DIR whose names match its regex (debianutils run-parts manual); here that is the one written file. Fix:
    // judge written files in a directory user data created like `bash FILE`.
    node(
        "run-parts",
        "run-parts /opt/bootstrap.d of written benign scripts",
        [
            "mkdir -p /opt/bootstrap.d",
            ...file("/opt/bootstrap.d/10-sysctl", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
            "chmod 0755 /opt/bootstrap.d/10-sysctl",
            "run-parts /opt/bootstrap.d",
        ],
        undefined,
    ),
    node(
        "run-parts-serve",
        "run-parts of a dir holding a written 0.0.0.0 server of /",
        [
            "mkdir -p /opt/bootstrap.d",
            ...file("/opt/bootstrap.d/50-serve", ["#!/bin/bash", "cd /", "nohup python3 -m http.server 8000 &"]),
            "chmod 0755 /opt/bootstrap.d/50-serve",
            "run-parts /opt/bootstrap.d",
        ],
        /serve|8000|http\.server|run-parts/,
    ),
    node("find-exec-chmod", "find /opt/ops -name '*.sh' -exec chmod 0755 {} + (no shell)", [
        "mkdir -p /opt/ops",
        ...file("/opt/ops/check.sh", ["#!/bin/bash", "systemctl is-active kubelet"]),
        "find /opt/ops -name '*.sh' -exec chmod 0755 {} +",
        "/opt/ops/check.sh >> /var/log/check.log",
    ]),
    // Was a MISS (fixed in round 69): secure refused: `find /opt/bootstrap.d -name '*.sh' -exec bash {} \;` of one written benign script is refused as
    // "runs as root a program made at boot", though round 68 claims to read `find -exec bash {}`. find(1) -exec runs the
    // command once per matching file (GNU findutils manual "Single File"): here only the written script. Fix: as run-parts.
    node(
        "find-exec-bash",
        "find /opt/bootstrap.d -name '*.sh' -exec bash {} \\; of benign written scripts",
        [
            "mkdir -p /opt/bootstrap.d",
            ...file("/opt/bootstrap.d/10-sysctl.sh", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
            "find /opt/bootstrap.d -name '*.sh' -exec bash {} \\;",
        ],
        undefined,
    ),
    node(
        "find-exec-serve",
        "find /opt/bootstrap.d -name '*.sh' -exec bash {} \\; of a written script serving / on 0.0.0.0:8000",
        [
            "mkdir -p /opt/bootstrap.d",
            ...file("/opt/bootstrap.d/10-sysctl.sh", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
            ...file("/opt/bootstrap.d/50-serve.sh", ["#!/bin/bash", "cd /", "nohup python3 -m http.server 8000 &"]),
            "find /opt/bootstrap.d -name '*.sh' -exec bash {} \\;",
        ],
        /serve|8000|http\.server|find/,
    ),
    node("ln-helper", "ln -s /opt/ops/bin/node-tune /usr/local/bin/node-tune; node-tune", [
        "mkdir -p /opt/ops/bin",
        ...file("/opt/ops/bin/node-tune", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
        "chmod 0755 /opt/ops/bin/node-tune",
        "ln -sf /opt/ops/bin/node-tune /usr/local/bin/node-tune",
        "node-tune",
    ]),
    node("cp-config", "cp a written file into /etc/sysctl.d; install -m 0644 another", [
        ...file("/tmp/99-tune.conf", ["vm.max_map_count = 262144"]),
        "cp /tmp/99-tune.conf /etc/sysctl.d/99-tune.conf",
        "install -m 0644 /tmp/99-tune.conf /etc/sysctl.d/98-tune.conf",
        "sysctl --system",
    ]),
    node("source-env", "a written env file sourced by name (. /etc/bootstrap.env) before installs", [
        ...file("/etc/bootstrap.env", ['PKGS="htop jq"']),
        ". /etc/bootstrap.env",
        "dnf install -y $PKGS",
    ]),
    node("rsync-copy", "rsync -a /tmp/conf/ /etc/nginx/conf.d/ of a written loopback config", [
        "dnf install -y nginx rsync",
        "mkdir -p /tmp/conf",
        ...file("/tmp/conf/default.conf", [
            "server {",
            "    listen 127.0.0.1:8080;",
            "    root /usr/share/nginx/html;",
            "}",
        ]),
        "rsync -a /tmp/conf/ /etc/nginx/conf.d/",
        "systemctl enable --now nginx",
    ]),

    // ================= agents: SSM, CloudWatch, node_exporter, supervisord, systemd =================
    node(
        "ssm-cw-agents",
        "SSM agent enable + CloudWatch agent fetch-config from Parameter Store (config unreadable: refused, decided round 35 family)",
        [
            "dnf install -y amazon-cloudwatch-agent",
            "systemctl enable --now amazon-ssm-agent",
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c ssm:AmazonCloudWatch-linux",
        ],
        /Parameter Store|ssm:/,
    ),
    node("cw-agent-file", "CloudWatch agent config written to file and fetched from file:", [
        "dnf install -y amazon-cloudwatch-agent",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/config.json", [
            '{"metrics": {"metrics_collected": {"mem": {"measurement": ["mem_used_percent"]}}}}',
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json",
    ]),
    node("node-exporter-unit", "node_exporter installed and run by a written systemd unit on 127.0.0.1:9100", [
        "cd /tmp",
        `curl -fsSLO ${NODE_EXPORTER}`,
        "tar -xzf node_exporter-1.8.2.linux-amd64.tar.gz",
        "install -m 0755 node_exporter-1.8.2.linux-amd64/node_exporter /usr/local/bin/node_exporter",
        ...file("/etc/systemd/system/node_exporter.service", [
            "[Unit]",
            "Description=node_exporter",
            "[Service]",
            "User=nobody",
            "ExecStart=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "systemctl daemon-reload",
        "systemctl enable --now node_exporter",
    ]),
    node("dropin-kubelet", "a kubelet drop-in /etc/systemd/system/kubelet.service.d/20-limits.conf (LimitNOFILE)", [
        "mkdir -p /etc/systemd/system/kubelet.service.d",
        ...file("/etc/systemd/system/kubelet.service.d/20-limits.conf", ["[Service]", "LimitNOFILE=1048576"]),
        "systemctl daemon-reload",
    ]),
    node("dropin-ssm", "an amazon-ssm-agent drop-in setting Environment=http_proxy", [
        "mkdir -p /etc/systemd/system/amazon-ssm-agent.service.d",
        ...file("/etc/systemd/system/amazon-ssm-agent.service.d/override.conf", [
            "[Service]",
            'Environment="https_proxy=http://proxy.internal:3128"',
            'Environment="no_proxy=169.254.169.254"',
        ]),
        "systemctl daemon-reload",
        "systemctl restart amazon-ssm-agent",
    ]),
    node("dropin-containerd", "containerd drop-in LimitNOFILE and a containerd conf.d TOML", [
        "mkdir -p /etc/systemd/system/containerd.service.d",
        ...file("/etc/systemd/system/containerd.service.d/10-limits.conf", ["[Service]", "LimitNOFILE=1048576"]),
        "systemctl daemon-reload",
    ]),
    node("supervisord-loopback", "supervisord program running node_exporter on loopback from /etc/supervisord.d", [
        "dnf install -y supervisor",
        "install -d /etc/supervisord.d",
        ...file("/etc/supervisord.d/node_exporter.ini", [
            "[program:node_exporter]",
            "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            "user=nobody",
            "autorestart=true",
        ]),
        "systemctl enable --now supervisord",
    ]),
    node(
        "supervisord-serve",
        "supervisord program serving / on 0.0.0.0:8000",
        [
            "dnf install -y supervisor",
            ...file("/etc/supervisord.d/serve.ini", [
                "[program:serve]",
                "command=python3 -m http.server 8000 --directory /",
            ]),
            "systemctl enable --now supervisord",
        ],
        /serve|8000|http\.server|supervisor/,
    ),
    node("loopback-python-server", "python3 -m http.server --bind 127.0.0.1 8080 --directory /opt/ops/www", [
        "mkdir -p /opt/ops/www",
        "echo ok > /opt/ops/www/index.html",
        "nohup python3 -m http.server 8080 --bind 127.0.0.1 --directory /opt/ops/www >/dev/null 2>&1 &",
    ]),
    node("chrony-confd", "chrony conf written under /etc/chrony.d and a journald conf.d drop-in", [
        "mkdir -p /etc/chrony.d /etc/systemd/journald.conf.d",
        ...file("/etc/chrony.d/aws.conf", ["server 169.254.169.123 prefer iburst"]),
        ...file("/etc/systemd/journald.conf.d/size.conf", ["[Journal]", "SystemMaxUse=1G"]),
        "systemctl restart chronyd systemd-journald",
    ]),

    // ================= loaders: perl / ruby / php / tcl with sibling libraries =================
    // Was a MISS (fixed in round 69): (named open gap, confirmed): secure refused: `use FindBin; use lib $FindBin::Bin . '/lib'; use Util;` with
    // /opt/ops/lib/Util.pm written is refused as a reverse shell ("loads use strict / use warnings / use FindBin / use Util,
    // code user data does not write"): every module, even core pragmas, becomes unreadable once the bareword
    // concatenation leaves @INC unknown. perldoc FindBin documents `use lib "$FindBin::Bin/../lib"`; `.` concatenation of
    // $FindBin::Bin (the script's directory) and a literal is the same value. The quoted form (perl-findbin-quoted) passes.
    // Fix: evaluate `$FindBin::Bin . 'LIT'` / `$FindBin::RealBin . "LIT"` like the interpolated string.
    node("perl-findbin-concat", "perl: use FindBin; use lib $FindBin::Bin . '/lib'; use Util; (written lib)", [
        "mkdir -p /opt/ops/lib",
        ...file("/opt/ops/lib/Util.pm", ["package Util;", "use strict;", "sub ok { return 1 }", "1;"]),
        ...file("/opt/ops/check.pl", [
            "#!/usr/bin/perl",
            "use strict;",
            "use warnings;",
            "use FindBin;",
            "use lib $FindBin::Bin . '/lib';",
            "use Util;",
            'print Util::ok(), "\\n";',
        ]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    node("perl-findbin-quoted", 'perl: use FindBin qw($Bin); use lib "$Bin/lib"; use Util;', [
        "mkdir -p /opt/ops/lib",
        ...file("/opt/ops/lib/Util.pm", ["package Util;", "use strict;", "sub ok { return 1 }", "1;"]),
        ...file("/opt/ops/check.pl", [
            "#!/usr/bin/perl",
            "use strict;",
            "use warnings;",
            "use FindBin qw($Bin);",
            'use lib "$Bin/lib";',
            "use Util;",
            'print Util::ok(), "\\n";',
        ]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    node("perl-shebang-run", "a #!/usr/bin/perl -w script run by path with a written lib", [
        "mkdir -p /opt/ops/lib",
        ...file("/opt/ops/lib/Util.pm", ["package Util;", "use strict;", "sub ok { return 1 }", "1;"]),
        ...file("/opt/ops/check.pl", [
            "#!/usr/bin/perl -w",
            "use strict;",
            "use lib '/opt/ops/lib';",
            "use Util;",
            'print Util::ok(), "\\n";',
        ]),
        "chmod 0755 /opt/ops/check.pl",
        "/opt/ops/check.pl >> /var/log/check.log",
    ]),
    // Was a MISS (fixed in round 69): secure refused: a written perl script `system(qw(systemctl is-active kubelet)) == 0 or warn ...` run once by
    // user data is refused as "starts a process, a program the pack does not read, listening beyond loopback". The command
    // is a literal list (perlfunc system: LIST form runs the program directly, no shell) and is no server. Round 68 judges
    // literal commands for PHP (`phpCommandListeners`) and Python (`pythonCommandListeners`) but not perl. Fix: judge
    // literal system/exec/qx/backticks (incl. qw() lists and q{} strings) in perl as root's commands.
    node("perl-qw-system", "perl: system(qw(systemctl is-active kubelet)) and q{} strings", [
        ...file("/opt/ops/check.pl", [
            "use strict;",
            "my $unit = q{kubelet};",
            "system(qw(systemctl is-active kubelet)) == 0 or warn qq{$unit down\\n};",
        ]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    // Round 69 neighbours of the perl/ruby literal commands (literalScriptCommands): a literal server of the kubelet's
    // credentials, a one-string command sh reads, a chdir before the command: refused; a one-word-list string: accepted.
    node(
        "perl-qw-http-server",
        "perl: system(qw(python3 -m http.server 8001 -d /etc/kubernetes)) (literal, judged: refused)",
        [
            ...file("/opt/ops/check.pl", [
                "use strict;",
                "system(qw(python3 -m http.server 8001 -d /etc/kubernetes));",
            ]),
            "perl /opt/ops/check.pl >> /var/log/check.log",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node(
        "perl-shell-string",
        'perl: system("cd /etc/kubernetes && python3 -m http.server 8001") (sh reads it: refused)',
        [
            ...file("/opt/ops/check.pl", ['system("cd /etc/kubernetes && python3 -m http.server 8001");']),
            "perl /opt/ops/check.pl >> /var/log/check.log",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node(
        "perl-chdir-system",
        "perl: chdir '/etc/kubernetes'; system('python3', '-m', 'http.server', '8001') (refused)",
        [
            ...file("/opt/ops/check.pl", [
                "chdir '/etc/kubernetes';",
                "system('python3', '-m', 'http.server', '8001');",
            ]),
            "perl /opt/ops/check.pl >> /var/log/check.log",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node("perl-system-string", "perl: system('systemctl is-active kubelet') (no metacharacter: execvp)", [
        ...file("/opt/ops/check.pl", ["system('systemctl is-active kubelet') == 0 or warn 'kubelet down';"]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    node("ruby-require-relative", "ruby: require_relative 'lib/util' (no .rb) from /opt/ops/check.rb", [
        "mkdir -p /opt/ops/lib",
        ...file("/opt/ops/lib/util.rb", ["module Util", "  def self.ok", "    true", "  end", "end"]),
        ...file("/opt/ops/check.rb", ["require 'json'", "require_relative 'lib/util'", "puts Util.ok"]),
        "cd / && ruby /opt/ops/check.rb >> /var/log/check.log",
    ]),
    node("ruby-join-dir", "ruby: require File.join(__dir__, 'lib', 'util')", [
        "mkdir -p /opt/ops/lib",
        ...file("/opt/ops/lib/util.rb", ["module Util", "  def self.ok", "    true", "  end", "end"]),
        ...file("/opt/ops/check.rb", ["require File.join(__dir__, 'lib', 'util')", "puts Util.ok"]),
        "ruby /opt/ops/check.rb >> /var/log/check.log",
    ]),
    // Was a MISS (fixed in round 69): secure refused: a written ruby script `ok = system('systemctl', 'is-active', 'kubelet')` is refused as "starts a
    // process ... listening beyond loopback". Kernel#system with several literal arguments runs that program directly (Ruby
    // docs, Kernel#system / Process.spawn); it is no server. PHP and Python literal commands are judged since round 68;
    // ruby's are not. Fix: judge literal system/exec/spawn/backticks/%x in ruby as root's commands.
    node("ruby-system-literal", "ruby: system('systemctl', 'is-active', 'kubelet')", [
        ...file("/opt/ops/check.rb", ["ok = system('systemctl', 'is-active', 'kubelet')", "puts ok"]),
        "ruby /opt/ops/check.rb >> /var/log/check.log",
    ]),
    // Round 69 neighbours: ruby's literal server of / and a Dir.chdir before a literal command: refused; one string of
    // plain words (invoked directly): accepted.
    node(
        "ruby-system-http-server",
        "ruby: system('python3', '-m', 'http.server', '8001', '-d', '/') (literal, judged: refused)",
        [
            ...file("/opt/ops/check.rb", ["system('python3', '-m', 'http.server', '8001', '-d', '/')"]),
            "ruby /opt/ops/check.rb >> /var/log/check.log",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node(
        "ruby-chdir-system",
        "ruby: Dir.chdir('/etc/kubernetes'); system('python3 -m http.server 8001') (refused)",
        [
            ...file("/opt/ops/check.rb", ["Dir.chdir('/etc/kubernetes')", "system('python3 -m http.server 8001')"]),
            "ruby /opt/ops/check.rb >> /var/log/check.log",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node("ruby-system-string", 'ruby: system("systemctl is-active kubelet") (plain words: invoked directly)', [
        ...file("/opt/ops/check.rb", ['ok = system("systemctl is-active kubelet")', "puts ok"]),
        "ruby /opt/ops/check.rb >> /var/log/check.log",
    ]),
    node("php-dirname-file", "php: require dirname(__FILE__) . '/lib.php' (written lib)", [
        "dnf install -y php-cli",
        ...file("/opt/ops/lib.php", ["<?php", "function ok() { return true; }"]),
        ...file("/opt/ops/check.php", [
            "<?php",
            "require dirname(__FILE__) . '/lib.php';",
            "echo ok() ? 'ok' : 'no', PHP_EOL;",
        ]),
        "php /opt/ops/check.php >> /var/log/check.log",
    ]),
    node("php-include-sibling", "php: include 'lib.php' (beside the script, cwd /)", [
        "dnf install -y php-cli",
        ...file("/opt/ops/lib.php", ["<?php", "function ok() { return true; }"]),
        ...file("/opt/ops/check.php", ["<?php", "include 'lib.php';", "echo ok() ? 'ok' : 'no', PHP_EOL;"]),
        "cd / && php /opt/ops/check.php >> /var/log/check.log",
    ]),
    node("php-d-memory", "php -d memory_limit=256M check.php (harmless ini directive)", [
        "dnf install -y php-cli",
        ...file("/opt/ops/check.php", ["<?php", "echo php_uname(), PHP_EOL;"]),
        "php -d memory_limit=256M -d date.timezone=UTC /opt/ops/check.php >> /var/log/check.log",
    ]),
    node("php-shell-exec-df", "php: shell_exec('df -h /') literal reporting command", [
        "dnf install -y php-cli",
        ...file("/opt/ops/check.php", ["<?php", "echo shell_exec('df -h /');"]),
        "php /opt/ops/check.php >> /var/log/check.log",
    ]),
    node("tcl-source-sibling", "tclsh: source [file join [file dirname [info script]] lib.tcl]", [
        "dnf install -y tcl",
        ...file("/opt/ops/lib.tcl", ["proc ok {} { return 1 }"]),
        ...file("/opt/ops/check.tcl", ["source [file join [file dirname [info script]] lib.tcl]", "puts [ok]"]),
        "tclsh /opt/ops/check.tcl >> /var/log/check.log",
    ]),
    node("tcl-source-literal", "tclsh: source /opt/ops/lib.tcl (literal written)", [
        "dnf install -y tcl",
        ...file("/opt/ops/lib.tcl", ["proc ok {} { return 1 }"]),
        ...file("/opt/ops/check.tcl", ["source /opt/ops/lib.tcl", "puts [ok]"]),
        "tclsh /opt/ops/check.tcl >> /var/log/check.log",
    ]),
    node("tcl-read-config", "tclsh reads a data file with [read [open F]] (not evaluated)", [
        "dnf install -y tcl",
        ...file("/opt/ops/limits.txt", ["4096"]),
        ...file("/opt/ops/check.tcl", [
            "set f [open /opt/ops/limits.txt]",
            "set n [string trim [read $f]]",
            "close $f",
            'puts "limit $n"',
        ]),
        "tclsh /opt/ops/check.tcl >> /var/log/check.log",
    ]),

    // ================= builds: go / cargo / dotnet build and test =================
    // Was a MISS (fixed in round 69): secure refused: `go vet ./... && go test ./... && go build -o /usr/local/bin/health .` of a written module
    // (loopback net/http server + an empty TestOK in main_test.go) is refused: "root run go test ./... (its sources:
    // unknown) ... listening beyond loopback" and the built binary then as "go run ... (its sources: unknown)". The same
    // module with `go build` alone passes (go-build-testfile), so `go test` is the trigger (also without a _test file:
    // go-test-only). `go help test`: go test compiles the package with its _test.go files and runs the test binary, whose
    // code is the written sources. Fix: resolve go test's package like go build (plus written _test.go files).
    node("go-test", "go test ./... of a written loopback module", [
        "dnf install -y golang",
        "mkdir -p /opt/health",
        ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
        ...file("/opt/health/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            "func main() {",
            '    http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })',
            '    http.ListenAndServe("127.0.0.1:8081", nil)',
            "}",
        ]),
        ...file("/opt/health/main_test.go", [
            "package main",
            "",
            'import "testing"',
            "",
            "func TestOK(t *testing.T) {}",
        ]),
        "cd /opt/health && go vet ./... && go test ./... && go build -o /usr/local/bin/health .",
        "nohup /usr/local/bin/health >/dev/null 2>&1 &",
    ]),
    // Was a MISS (fixed in round 69): secure refused: `import osexec "os/exec"` then `osexec.Command("systemctl", "is-active", "kubelet").Run()` is
    // refused as "/opt/check/main.go starts a process ... listening beyond loopback". Round 68 made SPAWN_API see aliased
    // imports, but `literalExecCommands` only judges literal commands under the plain `exec.` name: the same call with
    // `import "os/exec"` passed in round 67's go-build case. Go spec "Import declarations": the alias names the same package.
    // Fix: resolve the import alias in literalExecCommands as SPAWN_API does.
    node("go-exec-alias", 'go: import osexec "os/exec"; osexec.Command("systemctl","is-active","kubelet")', [
        "dnf install -y golang",
        "mkdir -p /opt/check",
        ...file("/opt/check/go.mod", ["module example.com/check", "", "go 1.22"]),
        ...file("/opt/check/main.go", [
            "package main",
            "",
            'import osexec "os/exec"',
            "",
            "func main() {",
            '    _ = osexec.Command("systemctl", "is-active", "kubelet").Run()',
            "}",
        ]),
        "cd /opt/check && go build -o /usr/local/bin/check . && /usr/local/bin/check",
    ]),
    // Was a MISS (fixed in round 69): secure refused: `cargo test --release && cargo build --release` of a written crate binding TcpListener on
    // 127.0.0.1:8082 is refused: "root run cargo build --release (its sources: unknown) ... listening beyond loopback";
    // `cargo build --release` alone passes (cargo-build-only), so `cargo test` makes the crate unknown. The Cargo Book
    // (cargo test): builds the crate's test targets from its written sources and runs them. Fix: resolve cargo test like
    // cargo build (written src/, tests/, build.rs judged).
    node("cargo-build-test", "cargo build --release && cargo test of a loopback TcpListener crate", [
        "dnf install -y cargo",
        "mkdir -p /opt/health/src",
        ...file("/opt/health/Cargo.toml", ["[package]", 'name = "health"', 'version = "0.1.0"', 'edition = "2021"']),
        ...file("/opt/health/src/main.rs", [
            "use std::net::TcpListener;",
            "fn main() {",
            '    let l = TcpListener::bind("127.0.0.1:8082").unwrap();',
            "    for _ in l.incoming() {}",
            "}",
        ]),
        "cd /opt/health && cargo test --release && cargo build --release",
        "nohup /opt/health/target/release/health >/dev/null 2>&1 &",
    ]),
    // Round 69 neighbours of the aliased os/exec (literalExecCommands): a literal server of /, a Cmd.Dir moving a literal
    // server into /etc/kubernetes: refused; a grouped aliased import and a single `import "os/exec"`: accepted.
    node(
        "go-exec-alias-server",
        'go: osexec.Command("python3", "-m", "http.server", "8001", "-d", "/") (refused)',
        [
            "dnf install -y golang",
            "mkdir -p /opt/check",
            ...file("/opt/check/go.mod", ["module example.com/check", "", "go 1.22"]),
            ...file("/opt/check/main.go", [
                "package main",
                "",
                'import osexec "os/exec"',
                "",
                "func main() {",
                '    _ = osexec.Command("python3", "-m", "http.server", "8001", "-d", "/").Run()',
                "}",
            ]),
            "cd /opt/check && go build -o /usr/local/bin/check . && /usr/local/bin/check",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node(
        "go-exec-alias-dir",
        'go: cmd := osexec.Command("python3", "-m", "http.server", "8001"); cmd.Dir = "/etc/kubernetes" (refused)',
        [
            "dnf install -y golang",
            "mkdir -p /opt/check",
            ...file("/opt/check/go.mod", ["module example.com/check", "", "go 1.22"]),
            ...file("/opt/check/main.go", [
                "package main",
                "",
                'import osexec "os/exec"',
                "",
                "func main() {",
                '    cmd := osexec.Command("python3", "-m", "http.server", "8001")',
                '    cmd.Dir = "/etc/kubernetes"',
                "    _ = cmd.Run()",
                "}",
            ]),
            "cd /opt/check && go build -o /usr/local/bin/check . && /usr/local/bin/check",
        ],
        /serv|check|8001|process|unread|kubernetes/,
    ),
    node(
        "go-exec-alias-group",
        'go: import ( "fmt"; osexec "os/exec" ); osexec.Command("systemctl", "is-active", "kubelet")',
        [
            "dnf install -y golang",
            "mkdir -p /opt/check",
            ...file("/opt/check/go.mod", ["module example.com/check", "", "go 1.22"]),
            ...file("/opt/check/main.go", [
                "package main",
                "",
                "import (",
                '    "fmt"',
                '    osexec "os/exec"',
                ")",
                "",
                "func main() {",
                '    err := osexec.Command("systemctl", "is-active", "kubelet").Run()',
                "    fmt.Println(err == nil)",
                "}",
            ]),
            "cd /opt/check && go build -o /usr/local/bin/check . && /usr/local/bin/check",
        ],
    ),
    node(
        "go-exec-single-import",
        'go: import "os/exec" (one line); exec.Command("systemctl", "is-active", "kubelet")',
        [
            "dnf install -y golang",
            "mkdir -p /opt/check",
            ...file("/opt/check/go.mod", ["module example.com/check", "", "go 1.22"]),
            ...file("/opt/check/main.go", [
                "package main",
                "",
                'import "os/exec"',
                "",
                "func main() {",
                '    _ = exec.Command("systemctl", "is-active", "kubelet").Run()',
                "}",
            ]),
            "cd /opt/check && go build -o /usr/local/bin/check . && /usr/local/bin/check",
        ],
    ),
    // Was a MISS (fixed in round 69): secure refused: a written console project `new HttpListener(); Prefixes.Add("http://127.0.0.1:8083/")` built with
    // `dotnet build` + `dotnet publish -o out` and run is refused as "dotnet run (/opt/health/Program.cs), a program the pack
    // does not read, listening beyond loopback"; the same with `new TcpListener(IPAddress.Parse("127.0.0.1"), 8083)` passes
    // (dotnet-kestrel-urls). HttpListener listens only on its prefixes' hosts (.NET docs, HttpListener class / "URI prefix
    // strings"). Fix: read HttpListener prefixes (127.0.0.1/localhost = loopback; + and * = every address).
    node(
        "dotnet-httplistener",
        "dotnet build + publish of a console project serving HttpListener on http://127.0.0.1:8083/",
        [
            "dnf install -y dotnet-sdk-8.0",
            "mkdir -p /opt/health",
            ...file("/opt/health/health.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk">',
                "  <PropertyGroup>",
                "    <OutputType>Exe</OutputType>",
                "    <TargetFramework>net8.0</TargetFramework>",
                "  </PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/health/Program.cs", [
                "using System.Net;",
                "var l = new HttpListener();",
                'l.Prefixes.Add("http://127.0.0.1:8083/");',
                "l.Start();",
                "while (true) { var c = l.GetContext(); c.Response.Close(); }",
            ]),
            "cd /opt/health && dotnet build -c Release && dotnet publish -c Release -o /opt/health/out",
            "nohup /opt/health/out/health >/dev/null 2>&1 &",
        ],
    ),

    // Round 69 insecure twins (fix69-builds): a test source the pack cannot read (a module outside the standard
    // library) keeps go test's working directory unknown; a cargo test that starts a file server of /; HttpListener on
    // every address.
    node(
        "go-test-thirdparty",
        "go test of a module whose main_test.go imports a package the pack does not read, then go build and run",
        [
            "dnf install -y golang",
            "mkdir -p /opt/health",
            ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
            ...file("/opt/health/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '    http.ListenAndServe("127.0.0.1:8081", nil)',
                "}",
            ]),
            ...file("/opt/health/main_test.go", [
                "package main",
                "",
                'import "testing"',
                'import "github.com/example/rewrite"',
                "",
                "func TestOK(t *testing.T) { rewrite.Sources() }",
            ]),
            "cd /opt/health && go test ./... && go build -o /usr/local/bin/health .",
            "nohup /usr/local/bin/health >/dev/null 2>&1 &",
        ],
        /health|unknown|go /,
    ),
    node(
        "cargo-test-spawns",
        "cargo test whose tests/serve.rs starts python3 -m http.server -d / 8000 (std::process::Command)",
        [
            "dnf install -y cargo",
            "mkdir -p /opt/health/src /opt/health/tests",
            ...file("/opt/health/Cargo.toml", [
                "[package]",
                'name = "health"',
                'version = "0.1.0"',
                'edition = "2021"',
            ]),
            ...file("/opt/health/src/main.rs", ["fn main() {}"]),
            ...file("/opt/health/tests/serve.rs", [
                "use std::process::Command;",
                '#[test] fn serve() { Command::new("python3").args(["-m", "http.server", "-d", "/", "8000"]).status().unwrap(); }',
            ]),
            "cd /opt/health && nohup cargo test --release >/dev/null 2>&1 &",
        ],
        /cargo|process|unknown/,
    ),
    node(
        "dotnet-httplistener-any",
        'dotnet build + publish of a console project serving HttpListener on "http://*:8083/" (every address)',
        [
            "dnf install -y dotnet-sdk-8.0",
            "mkdir -p /opt/health",
            ...file("/opt/health/health.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk">',
                "  <PropertyGroup>",
                "    <OutputType>Exe</OutputType>",
                "    <TargetFramework>net8.0</TargetFramework>",
                "  </PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/health/Program.cs", [
                "using System.Net;",
                "var l = new HttpListener();",
                'l.Prefixes.Add("http://*:8083/");',
                "l.Start();",
                "while (true) { var c = l.GetContext(); c.Response.Close(); }",
            ]),
            "cd /opt/health && dotnet build -c Release && dotnet publish -c Release -o /opt/health/out",
            "nohup /opt/health/out/health >/dev/null 2>&1 &",
        ],
        /dotnet|8083|every address/,
    ),

    node("cargo-build-only", "cargo build --release of a loopback TcpListener crate (no cargo test)", [
        "dnf install -y cargo",
        "mkdir -p /opt/health/src",
        ...file("/opt/health/Cargo.toml", ["[package]", 'name = "health"', 'version = "0.1.0"', 'edition = "2021"']),
        ...file("/opt/health/src/main.rs", [
            "use std::net::TcpListener;",
            "fn main() {",
            '    let l = TcpListener::bind("127.0.0.1:8082").unwrap();',
            "    for _ in l.incoming() {}",
            "}",
        ]),
        "cd /opt/health && cargo build --release",
        "nohup /opt/health/target/release/health >/dev/null 2>&1 &",
    ]),
    node("go-build-testfile", "go build of a loopback module that also holds a main_test.go (no go test run)", [
        "dnf install -y golang",
        "mkdir -p /opt/health",
        ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
        ...file("/opt/health/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            "func main() {",
            '    http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })',
            '    http.ListenAndServe("127.0.0.1:8081", nil)',
            "}",
        ]),
        ...file("/opt/health/main_test.go", [
            "package main",
            "",
            'import "testing"',
            "",
            "func TestOK(t *testing.T) {}",
        ]),
        "cd /opt/health && go build -o /usr/local/bin/health .",
        "nohup /usr/local/bin/health >/dev/null 2>&1 &",
    ]),
    // Was a MISS (fixed in round 69): secure refused: `go test ./... && go build` of a written loopback module with no _test.go file (go test just
    // reports "no test files", `go help test`) is refused as "go test ./... (its sources: unknown) listening". See go-test.
    node("go-test-only", "go test ./... of a loopback module (no test file), then go build", [
        "dnf install -y golang",
        "mkdir -p /opt/health",
        ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
        ...file("/opt/health/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            "func main() {",
            '    http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })',
            '    http.ListenAndServe("127.0.0.1:8081", nil)',
            "}",
        ]),
        "cd /opt/health && go test ./... && go build -o /usr/local/bin/health .",
        "nohup /usr/local/bin/health >/dev/null 2>&1 &",
    ]),
    node("dotnet-kestrel-urls", "dotnet publish of a console project using TcpListener on IPAddress.Loopback", [
        "dnf install -y dotnet-sdk-8.0",
        "mkdir -p /opt/health",
        ...file("/opt/health/health.csproj", [
            '<Project Sdk="Microsoft.NET.Sdk">',
            "  <PropertyGroup>",
            "    <OutputType>Exe</OutputType>",
            "    <TargetFramework>net8.0</TargetFramework>",
            "  </PropertyGroup>",
            "</Project>",
        ]),
        ...file("/opt/health/Program.cs", [
            "using System.Net;",
            "using System.Net.Sockets;",
            'var l = new TcpListener(IPAddress.Parse("127.0.0.1"), 8083);',
            "l.Start();",
            "while (true) { l.AcceptTcpClient().Close(); }",
        ]),
        "cd /opt/health && dotnet publish -c Release -o /opt/health/out",
        "nohup /opt/health/out/health >/dev/null 2>&1 &",
    ]),

    // ================= python services running literal commands =================
    node(
        "python-subprocess-literal",
        "python service: subprocess.run(['systemctl','is-active','kubelet']) on loopback",
        [
            ...file("/opt/ops/health.py", [
                "import subprocess",
                "from http.server import BaseHTTPRequestHandler, HTTPServer",
                "",
                "class H(BaseHTTPRequestHandler):",
                "    def do_GET(self):",
                "        rc = subprocess.run(['systemctl', 'is-active', 'kubelet']).returncode",
                "        self.send_response(200 if rc == 0 else 503)",
                "        self.end_headers()",
                "",
                "HTTPServer(('127.0.0.1', 8084), H).serve_forever()",
            ]),
            "nohup python3 /opt/ops/health.py >/dev/null 2>&1 &",
        ],
    ),
    node("python-os-system-literal", "python script: os.system('sysctl -w vm.max_map_count=262144')", [
        ...file("/opt/ops/tune.py", ["import os", "os.system('sysctl -w vm.max_map_count=262144')"]),
        "python3 /opt/ops/tune.py",
    ]),
    node(
        "python-os-system-serve",
        "python script: os.system('python3 -m http.server 8000 --directory / &')",
        [
            ...file("/opt/ops/tune.py", ["import os", "os.system('python3 -m http.server 8000 --directory / &')"]),
            "python3 /opt/ops/tune.py",
        ],
        /serve|8000|http\.server|python/,
    ),
    node("python-dictconfig-literal", "python: logging.config.dictConfig of a literal StreamHandler config", [
        ...file("/opt/ops/job.py", [
            "import logging.config",
            "logging.config.dictConfig({",
            "    'version': 1,",
            "    'handlers': {'console': {'class': 'logging.StreamHandler', 'level': 'INFO'}},",
            "    'root': {'handlers': ['console'], 'level': 'INFO'},",
            "})",
            "logging.info('ok')",
        ]),
        "python3 /opt/ops/job.py",
    ]),
    node("python-typer-annotated", "python: a typer CLI with from __future__ import annotations and Annotated Option", [
        "pip3 install typer==0.12.3",
        ...file("/opt/ops/cli.py", [
            "from __future__ import annotations",
            "from typing import Annotated",
            "import typer",
            "",
            "def main(name: Annotated[str, typer.Option()] = 'node') -> None:",
            "    print(name)",
            "",
            "if __name__ == '__main__':",
            "    typer.run(main)",
        ]),
        "python3 /opt/ops/cli.py --name x",
    ]),

    // ================= AWS =================
    {
        stack: "curity",
        name: "A: a curity CloudWatch agent writer (logs:PutLogEvents on /curity/nodes, cloudwatch:PutMetricData)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt68-curity-cw", [
                allow(
                    ["logs:CreateLogStream", "logs:PutLogEvents"],
                    `arn:aws:logs:eu-west-1:${ACCOUNT.curity}:log-group:/curity/nodes:*`,
                ),
                allow(["cloudwatch:PutMetricData"], "*"),
            ]),
    },
];

describeVariants(
    "red team 68: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
