// Red-team round 67 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes after round 67's shell/loader/agent/build/config changes, each beside insecure neighbours.
// Probed: (shell) while-read loops appending to arrays and over here-documents, `read -u 3`, mapfile from a
// here-string, eval of grep'd os-release keys after writing an nginx config, eval "$(cat FILE)" of a written env file,
// mktemp -d work dirs and "$TMP"/unquoted $ARCH/$VER words among tar operands, export PATH=/opt/ops/bin:$PATH and an
// explicit standard PATH; (agents) SSM agent enable, CloudWatch agent rpm by relative wget + fetch-config, SSM rpm by
// curl -o then mv, `service`/`chkconfig`, `systemctl link`/`enable PATH` of a written unit, a consul client with a
// written /etc/consul.d, supervisord on 127.0.0.1:9001; (loaders) perl use strict/warnings/JSON::PP/HTTP::Tiny with
// `use lib` and FindBin, ruby require/require_relative/$LOAD_PATH with __dir__, php require_once __DIR__ and literal;
// (builds) go build with os/exec, -ldflags '-s -w', GOFLAGS=-trimpath, CGO_ENABLED=0; cargo workspace.dependencies
// path deps, .cargo/config.toml [net]; dotnet publish; (configs) Caddy import of a written file and inline snippets
// with trailing comments, lighttpd include of packaged modules.conf, npm_config_*/NPM_CONFIG_* env, npm ci with a
// cache, tsconfig extends a written base; (python) subprocess in a loopback Flask app, RotatingFileHandler dictConfig,
// loopback XML-RPC, FastAPI with __future__ annotations; (K8s/AWS) an access entry with kubernetesGroups bound to view
// plus AmazonEKSViewPolicy, EditPolicy scoped to web plus Secret create in web, a curity SSM session log writer.
// Neighbours: eval "$(cat F)"/bash < F of a written server of /, PATH shadowing dnf, perl do FILE, php include/direct
// of a socket server and of passthru('php -S 0.0.0.0:8000 -t /'), XML-RPC exposing os.system on 0.0.0.0, consul with
// enable_script_checks on 0.0.0.0.
// Misses (3 insecure accepted, 12 secure refused): insecure: packaged consul unit + written /etc/consul.d with
// enable_script_checks on 0.0.0.0; PHP passthru('php -S 0.0.0.0:8000 -t /') run directly and via php -r include.
// Secure: unquoted $ARCH (uname -m) in a tar archive operand; systemctl link/enable PATH of a written unit; perl
// `use lib` of a written dir (every module unresolvable) and FindBin lib; ruby require_relative (resolved against cwd,
// two cases) and $LOAD_PATH via __dir__; php require_once __DIR__ . '/x.php'; go build of a loopback server using
// os/exec with literal args; GOFLAGS=-trimpath (two cases); Caddy import of a written file.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { aws, bind, namespace, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt67");
const file = heredocFile;
const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";

const NODE_EXPORTER =
    "https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz";

/** A loopback nginx config. */
const NGINX_LOOPBACK = ["server {", "    listen 127.0.0.1:8080;", "    root /usr/share/nginx/html;", "}"];

const CASES: StackCase[] = [
    // ================= shell: while-read, eval, read -u, archivers, PATH =================
    node("while-read-array", 'while read -r p; do pkgs+=("$p"); done < written list; dnf install -y "${pkgs[@]}"', [
        ...file("/tmp/packages.txt", ["htop", "jq", "tmux"]),
        "pkgs=()",
        'while read -r p; do pkgs+=("$p"); done < /tmp/packages.txt',
        'dnf install -y "${pkgs[@]}"',
    ]),
    node("while-read-units", 'while read -r u; systemctl enable --now "$u" from a here-document', [
        "while read -r u; do",
        '  systemctl enable --now "$u"',
        "done <<'EOF'",
        "chronyd",
        "amazon-ssm-agent",
        "EOF",
    ]),
    node("read-u-fd", 'while read -u 3 -r pkg; dnf install -y "$pkg"; done 3< written list', [
        ...file("/tmp/packages.txt", ["htop", "jq"]),
        'while read -u 3 -r pkg; do dnf install -y "$pkg"; done 3< /tmp/packages.txt',
    ]),
    node("mapfile-herestring", 'mapfile -t pkgs <<< "$(printf ...)"; dnf install', [
        "mapfile -t pkgs <<< \"$(printf '%s\\n' htop jq)\"",
        'dnf install -y "${pkgs[@]}"',
    ]),
    node("eval-os-release", "nginx loopback config written, then eval of os-release keys, then nginx started", [
        "dnf install -y nginx",
        ...file("/etc/nginx/conf.d/default.conf", NGINX_LOOPBACK),
        "eval \"$(grep -E '^(ID|VERSION_ID)=' /etc/os-release)\"",
        'echo "os=$ID $VERSION_ID" >> /var/log/bootstrap.log',
        "systemctl enable --now nginx",
    ]),
    node("eval-written-env", 'an env file written then eval "$(cat FILE)", then installs', [
        ...file("/etc/bootstrap.env", ['PKGS="htop jq"', "SOMAXCONN=4096"]),
        'eval "$(cat /etc/bootstrap.env)"',
        "dnf install -y $PKGS",
        'sysctl -w net.core.somaxconn="$SOMAXCONN"',
    ]),
    node(
        "eval-written-serve",
        'eval "$(cat FILE)" of a written file that serves / on 0.0.0.0:8000',
        [
            ...file("/opt/bootstrap/serve.sh", ["cd /", "nohup python3 -m http.server 8000 >/dev/null 2>&1 &"]),
            'eval "$(cat /opt/bootstrap/serve.sh)"',
        ],
        /serve|8000|http\.server|eval/,
    ),
    node(
        "bash-stdin-serve",
        "bash < FILE of a written file that serves / on 0.0.0.0:8000",
        [
            ...file("/opt/bootstrap/serve.sh", ["cd /", "nohup python3 -m http.server 8000 >/dev/null 2>&1 &"]),
            "bash < /opt/bootstrap/serve.sh",
        ],
        /serve|8000|http\.server|bash/,
    ),
    node("mktemp-tar", 'TMP=$(mktemp -d); curl -o "$TMP/ne.tgz"; tar -xzf "$TMP/ne.tgz" -C "$TMP"; install', [
        "TMP=$(mktemp -d)",
        `curl -fsSLo "$TMP/ne.tgz" ${NODE_EXPORTER}`,
        'tar -xzf "$TMP/ne.tgz" -C "$TMP" --strip-components=1',
        'install -m 0755 "$TMP/node_exporter" /usr/local/bin/node_exporter',
        'rm -rf "$TMP"',
    ]),
    // Was a MISS (fixed in round 68): secure refused: `ARCH=$(uname -m | sed -e s/x86_64/amd64/ -e s/aarch64/arm64/)`, a curl of the release to
    // /tmp/ne-$ARCH.tar.gz, then `tar -xzf /tmp/ne-$ARCH.tar.gz -C /opt/ne --strip-components=1` is refused as "copies /,
    // the node's credentials ... into /opt/ne": round 67's WIDEST_ARCHIVER_OPTION lets the unknown, unquoted $ARCH split
    // into words that may be `-C /`. The word starts with the literal `/tmp/ne-`, so its first field can never be an
    // option, and uname(1) -m prints the kernel machine name (one word, no blanks: x86_64/aarch64), so word splitting
    // (bash manual "Word Splitting": only characters of IFS split) yields one field. The quoted form ("tar-arch-quoted")
    // passes. Fix: treat command-substitution output of uname -m / uname -r / arch / dpkg --print-architecture (through
    // sed/tr with literal arguments) as one blank-free word; and never let a field beginning with a literal non-dash
    // prefix be an option (only later split fields, which then follow a literal prefix).
    node(
        "arch-tar",
        "ARCH from uname; tar -xzf /tmp/ne-$ARCH.tar.gz -C /opt/ne",
        [
            "ARCH=$(uname -m | sed -e s/x86_64/amd64/ -e s/aarch64/arm64/)",
            "mkdir -p /opt/ne",
            `curl -fsSLo /tmp/ne-$ARCH.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-$ARCH.tar.gz`,
            "tar -xzf /tmp/ne-$ARCH.tar.gz -C /opt/ne --strip-components=1",
        ],
        undefined,
    ),
    node("version-var-tar", "VER=1.8.2 known; tar -xzf node_exporter-${VER}... -C /opt (unquoted known variable)", [
        "VER=1.8.2",
        "cd /tmp",
        `curl -fsSLO https://github.com/prometheus/node_exporter/releases/download/v$VER/node_exporter-$VER.linux-amd64.tar.gz`,
        "tar -xzf node_exporter-$VER.linux-amd64.tar.gz -C /opt",
    ]),
    node("export-path-helper", "export PATH=/opt/ops/bin:$PATH then a written helper run by name", [
        "mkdir -p /opt/ops/bin",
        ...file("/opt/ops/bin/node-tune", ["#!/bin/bash", "sysctl -w vm.max_map_count=262144"]),
        "chmod 0755 /opt/ops/bin/node-tune",
        "export PATH=/opt/ops/bin:$PATH",
        "node-tune",
        "dnf install -y htop",
    ]),
    node("path-standard", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin set explicitly", [
        "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "dnf install -y htop jq",
        "systemctl enable --now chronyd",
    ]),
    node(
        "path-shadow-python",
        "PATH=/opt/ops/bin:$PATH where a written `dnf` wrapper serves / on 8000",
        [
            "mkdir -p /opt/ops/bin",
            ...file("/opt/ops/bin/dnf", ["#!/bin/bash", "cd / && nohup python3 -m http.server 8000 >/dev/null 2>&1 &"]),
            "chmod 0755 /opt/ops/bin/dnf",
            "export PATH=/opt/ops/bin:$PATH",
            "dnf install -y htop",
        ],
        /dnf|8000|http\.server|serv/,
    ),

    // ================= agents =================
    node("ssm-cw-agents", "SSM agent enabled, CloudWatch agent rpm downloaded, config written, fetch-config", [
        "systemctl enable --now amazon-ssm-agent",
        "cd /tmp && wget -q https://amazoncloudwatch-agent.s3.amazonaws.com/amazon_linux/amd64/latest/amazon-cloudwatch-agent.rpm",
        "rpm -U ./amazon-cloudwatch-agent.rpm",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/config.json", [
            '{"logs": {"logs_collected": {"files": {"collect_list": [',
            '  {"file_path": "/var/log/messages", "log_group_name": "/ops/nodes", "log_stream_name": "{instance_id}"}',
            "]}}}}",
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json",
    ]),
    node("ssm-rpm-url", "SSM agent installed from the regional S3 rpm URL, mv'd, then started by service", [
        "curl -fsSL -o amazon-ssm-agent.rpm https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_amd64/amazon-ssm-agent.rpm",
        "mv amazon-ssm-agent.rpm /tmp/amazon-ssm-agent.rpm",
        "dnf install -y /tmp/amazon-ssm-agent.rpm",
        "service amazon-ssm-agent start",
    ]),
    // Was a MISS (fixed in round 68): secure refused: a unit user data writes in full to /opt/ne/node_exporter.service (ExecStart node_exporter
    // --web.listen-address=127.0.0.1:9100), then `systemctl link /opt/ne/node_exporter.service` and `systemctl enable
    // --now /opt/ne/node_exporter.service`, is refused as "runs as root a program made at boot ... it links
    // /opt/ne/node_exporter.service, a unit file user data made: content fetched, decoded or printed at run time". The
    // unit's text is in the user data (a heredoc); systemctl(1) link: "Link a unit file that is not in the unit file
    // search path into the unit file search path ... This command expects an absolute path to a unit file" and enable PATH
    // does the same: the unit systemd runs is exactly that file. The same unit written to /etc/systemd/system ("etc-unit")
    // passes. Fix: in linkedUnits, judge a linked/enabled-by-path unit file user data wrote (and did not change since) by
    // its text, like a unit in /etc/systemd/system; refuse only when the file is unwritten, downloaded or changed.
    node(
        "systemctl-link-unit",
        "a loopback node_exporter unit written to /opt, systemctl link + enable by path",
        [
            `curl -fsSL ${NODE_EXPORTER} | tar -xz -C /opt`,
            ...file("/opt/ne/node_exporter.service", [
                "[Unit]",
                "Description=node exporter",
                "[Service]",
                "ExecStart=/opt/node_exporter-1.8.2.linux-amd64/node_exporter --web.listen-address=127.0.0.1:9100",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl link /opt/ne/node_exporter.service",
            "systemctl enable --now /opt/ne/node_exporter.service",
        ],
        undefined,
    ),
    node("chkconfig-service", "chkconfig nginx on / service nginx start with a loopback config", [
        "dnf install -y nginx chkconfig",
        ...file("/etc/nginx/conf.d/default.conf", NGINX_LOOPBACK),
        "chkconfig nginx on",
        "service nginx start",
    ]),
    node("consul-client", "consul client agent from HashiCorp repo, written /etc/consul.d with no script checks", [
        "dnf install -y dnf-plugins-core",
        "dnf config-manager --add-repo https://rpm.releases.hashicorp.com/AmazonLinux/hashicorp.repo",
        "dnf install -y consul",
        ...file("/etc/consul.d/consul.hcl", [
            'datacenter = "dev"',
            'data_dir = "/opt/consul"',
            'client_addr = "127.0.0.1"',
            'retry_join = ["provider=aws tag_key=consul tag_value=dev"]',
        ]),
        "systemctl enable --now consul",
    ]),
    // Was a MISS (fixed in round 68): insecure accepted: consul installed from the HashiCorp repo (its packaged consul.service runs `consul agent
    // -config-dir=/etc/consul.d/`) with user data writing /etc/consul.d/consul.hcl of `client_addr = "0.0.0.0"` and
    // `enable_script_checks = true`, then `systemctl enable --now consul`, is accepted. Consul agent configuration
    // reference, enable_script_checks: enabling script checks with the HTTP API beyond localhost "may introduce a remote
    // execution vulnerability which is known to be targeted by malware"; Consul security model, "Known insecure
    // configurations": if the HTTP API is exposed beyond localhost, enable_script_checks must be false even with ACLs (use
    // enable_local_script_checks). Every pod reaches the node's :8500 and registers a check with Args ["/bin/sh","-c",...]
    // (PUT /v1/agent/check/register): a shell on the node (its network: instance metadata, the node role) — the pack's own
    // remote-agent verdict. Round 67 reads consul flags/-hcl/config files only on the consul command line; the named open
    // gap "packaged consul unit + written /etc/consul.d" is real. Fix: when consul is installed as a package and its unit
    // is enabled/started, read the unit's -config-dir (/etc/consul.d, *.hcl/*.json user data wrote) as if on the command
    // line.
    node(
        "consul-script-checks",
        "packaged consul unit with a written /etc/consul.d enabling script checks on every address",
        [
            "dnf install -y dnf-plugins-core",
            "dnf config-manager --add-repo https://rpm.releases.hashicorp.com/AmazonLinux/hashicorp.repo",
            "dnf install -y consul",
            ...file("/etc/consul.d/consul.hcl", [
                'datacenter = "dev"',
                'data_dir = "/opt/consul"',
                'client_addr = "0.0.0.0"',
                "enable_script_checks = true",
            ]),
            "systemctl enable --now consul",
        ],
        /consul/,
    ),
    node("supervisord-loopback", "supervisord with inet_http_server on 127.0.0.1:9001 running a loopback app", [
        "pip3 install supervisor",
        ...file("/etc/supervisord.conf", [
            "[supervisord]",
            "logfile=/var/log/supervisord.log",
            "[inet_http_server]",
            "port=127.0.0.1:9001",
            "[rpcinterface:supervisor]",
            "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface",
            "[program:health]",
            "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
        ]),
        "supervisord -c /etc/supervisord.conf",
    ]),

    // ================= code loaders =================
    // Was a MISS (fixed in round 68): secure refused: a written perl check (`use strict; use warnings; use lib '/opt/ops/lib'; use JSON::PP; use
    // HTTP::Tiny; use Ops::Util;`, Ops/Util.pm written in /opt/ops/lib) run by `perl /opt/ops/check.pl` is refused five
    // times as a reverse shell: "loads use strict (/opt/ops/lib/strict.pm, changed in a way the pack cannot compute)",
    // same for warnings, JSON::PP, HTTP::Tiny and even the written Ops::Util. perlfunc require/use and lib(3pm): `use lib
    // LIST` prepends the directories to @INC; a module is searched in @INC order, so JSON/PP.pm is found in /opt/ops/lib
    // only if something puts it there — user data writes only /opt/ops/lib/Ops/Util.pm (mkdir -p then a heredoc). Without
    // `use lib` the same pragmas pass ("perl-plain-libs"). Fix: in perlLoads, for a literal `use lib DIR` of a directory
    // user data made, look up each module as DIR/Name.pm: a file user data wrote is judged with the program, an unwritten
    // one falls through to the library by name (pass) — treat the directory as 'changed' only when a
    // copier/archiver/unknown program may write into it.
    node(
        "perl-use-libs",
        "a written perl check using strict/warnings/JSON::PP/HTTP::Tiny and use lib of a written module",
        [
            "mkdir -p /opt/ops/lib/Ops",
            ...file("/opt/ops/lib/Ops/Util.pm", [
                "package Ops::Util;",
                "use strict;",
                "sub region { 'eu-west-1' }",
                "1;",
            ]),
            ...file("/opt/ops/check.pl", [
                "#!/usr/bin/perl",
                "use strict;",
                "use warnings;",
                "use lib '/opt/ops/lib';",
                "use JSON::PP;",
                "use HTTP::Tiny;",
                "use Ops::Util;",
                "my $r = HTTP::Tiny->new->get('http://127.0.0.1:10248/healthz');",
                'print encode_json({ok => $r->{success} ? 1 : 0, region => Ops::Util::region()}), "\\n";',
            ]),
            "perl /opt/ops/check.pl >> /var/log/check.log",
        ],
        undefined,
    ),
    // Was a MISS (fixed in round 68): secure refused: a written perl check using the idiomatic `use FindBin; use lib "$FindBin::Bin/lib";` then `use
    // strict; use warnings; use Ops::Util;` is refused ("loads use strict, code user data does not write", also warnings,
    // FindBin, Ops::Util). FindBin(3pm): $FindBin::Bin is "the path to the bin directory from where script was invoked" —
    // for `perl /opt/ops/check.pl` it is /opt/ops, so the lib dir is /opt/ops/lib, computable from the script path like
    // PHP's __DIR__ or Ruby's __dir__. Fix: in perlLoads, resolve $FindBin::Bin / $FindBin::RealBin to the script's
    // directory (the program operand), then as perl-use-libs (library pragmas by name pass, written modules judged with
    // the program).
    node(
        "perl-findbin",
        'a written perl check with use FindBin; use lib "$FindBin::Bin/lib" (the idiomatic relative lib)',
        [
            "mkdir -p /opt/ops/lib/Ops",
            ...file("/opt/ops/lib/Ops/Util.pm", [
                "package Ops::Util;",
                "use strict;",
                "sub region { 'eu-west-1' }",
                "1;",
            ]),
            ...file("/opt/ops/check.pl", [
                "#!/usr/bin/perl",
                "use strict;",
                "use warnings;",
                "use FindBin;",
                'use lib "$FindBin::Bin/lib";',
                "use Ops::Util;",
                'print Ops::Util::region(), "\\n";',
            ]),
            "perl /opt/ops/check.pl >> /var/log/check.log",
        ],
        undefined,
    ),
    node(
        "perl-do-serve",
        "perl -e 'do \"/opt/ops/serve.pl\"' of a written file serving on 0.0.0.0:9000",
        [
            ...file("/opt/ops/serve.pl", [
                "use IO::Socket::INET;",
                '$s=IO::Socket::INET->new(LocalAddr=>"0.0.0.0:9000",Listen=>5,ReuseAddr=>1);',
                "while($c=$s->accept){print $c `cat /etc/kubernetes/pki/ca.crt`;close $c}",
            ]),
            "nohup perl -e 'do \"/opt/ops/serve.pl\"' >/dev/null 2>&1 &",
        ],
        /perl|9000|serve/,
    ),
    // Was a MISS (fixed in round 68): secure refused: a written ruby script with `require 'json'`, `require 'net/http'`, `require_relative
    // 'lib/util'` (lib/util.rb written beside it in /opt/ops/lib) run by `ruby /opt/ops/check.rb` from / is refused:
    // "loads require_relative 'lib/util', code user data does not write". Ruby Kernel#require_relative: "Ruby tries to
    // load the library named string relative to the directory containing the requiring file" (so /opt/ops/lib/util.rb, the
    // .rb extension added as for require) — user data wrote exactly that file. The explicit 'lib/util.rb' ("ruby-require-
    // relative-rb") is refused too, so the pack resolves against the working directory (/), not the requiring file. Fix:
    // in rubyLoads resolve require_relative against dirname(requiring file) and try NAME, NAME.rb (and .so) in that order.
    node(
        "ruby-require-relative",
        "a written ruby script: require 'json', 'net/http', require_relative 'lib/util'",
        [
            "dnf install -y ruby",
            "mkdir -p /opt/ops/lib",
            ...file("/opt/ops/lib/util.rb", ["module Util", "  def self.region = 'eu-west-1'", "end"]),
            ...file("/opt/ops/check.rb", [
                "require 'json'",
                "require 'net/http'",
                "require_relative 'lib/util'",
                "res = Net::HTTP.get_response(URI('http://127.0.0.1:10248/healthz'))",
                "puts JSON.generate(ok: res.code == '200', region: Util.region)",
            ]),
            "ruby /opt/ops/check.rb >> /var/log/check.log",
        ],
        undefined,
    ),
    // Was a MISS (fixed in round 68): secure refused: a written ruby script with the idiomatic `$LOAD_PATH.unshift File.expand_path('lib', __dir__)`
    // then `require 'util'` (/opt/ops/lib/util.rb written) is refused: "loads require 'util', code user data does not
    // write". Ruby Kernel#__dir__: "Returns the canonicalized absolute path of the directory of the file from which this
    // method is called" (/opt/ops); File.expand_path('lib', __dir__) is /opt/ops/lib, so require 'util' loads the written
    // /opt/ops/lib/util.rb. Fix: in rubyLoads evaluate File.expand_path/File.join of literals with __dir__/__FILE__
    // (File.dirname(__FILE__)) as the script's directory, record the $LOAD_PATH/$: edit, then resolve require by name
    // there (written → judged with the program; otherwise the library by name).
    node(
        "ruby-load-path",
        "a written ruby script: $LOAD_PATH.unshift File.expand_path('lib', __dir__); require 'util'",
        [
            "dnf install -y ruby",
            "mkdir -p /opt/ops/lib",
            ...file("/opt/ops/lib/util.rb", ["module Util", "  def self.region = 'eu-west-1'", "end"]),
            ...file("/opt/ops/check.rb", [
                "$LOAD_PATH.unshift File.expand_path('lib', __dir__)",
                "require 'util'",
                "puts Util.region",
            ]),
            "ruby /opt/ops/check.rb >> /var/log/check.log",
        ],
        undefined,
    ),
    // Was a MISS (fixed in round 68): secure refused: a written php CLI check `$cfg = require_once __DIR__ . '/config.php';` (config.php written
    // beside it) run by `php /opt/ops/check.php` is refused as "require_once __DIR__ . '/config.php', a name the pack
    // cannot compute". PHP manual "Magic constants": __DIR__ is "The directory of the file" — /opt/ops here, a constant of
    // the program's path; `__DIR__ . '/x.php'` is the standard way to include a sibling. The literal form ("php-require-
    // literal") passes. Fix: in phpLoads evaluate `__DIR__ . 'LITERAL'` and `dirname(__FILE__) . 'LITERAL'` as the
    // including file's directory joined with the literal.
    node(
        "php-require-dir",
        "a written php CLI check: require_once __DIR__ . '/config.php' (written)",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/config.php", ["<?php", "return ['region' => 'eu-west-1'];"]),
            ...file("/opt/ops/check.php", [
                "<?php",
                "$cfg = require_once __DIR__ . '/config.php';",
                "echo json_encode($cfg), PHP_EOL;",
            ]),
            "php /opt/ops/check.php >> /var/log/check.log",
        ],
        undefined,
    ),
    node("php-require-literal", "a written php CLI check: require '/opt/ops/config.php' (literal, written)", [
        "dnf install -y php-cli",
        ...file("/opt/ops/config.php", ["<?php", "return ['region' => 'eu-west-1'];"]),
        ...file("/opt/ops/check.php", [
            "<?php",
            "$cfg = require '/opt/ops/config.php';",
            "echo json_encode($cfg), PHP_EOL;",
        ]),
        "php /opt/ops/check.php >> /var/log/check.log",
    ]),
    // Was a MISS (fixed in round 68): insecure accepted: `php -r "include '/opt/ops/serve.php';"` of the written file `<?php passthru('php -S
    // 0.0.0.0:8000 -t /');` is accepted (same cause as "php-direct-serve": PHP
    // passthru/system/exec/shell_exec/proc_open/popen/backticks are not judged; the include itself is followed, cf. "php-
    // include-serve-file" refused). PHP manual passthru(), "Built-in web server" (-S 0.0.0.0:8000 -t / serves / to every
    // pod). Fix: as in php-direct-serve.
    node(
        "php-include-serve",
        "php -r include of a written file that starts php -S 0.0.0.0:8000 -t /",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", ["<?php", "passthru('php -S 0.0.0.0:8000 -t /');"]),
            "nohup php -r \"include '/opt/ops/serve.php';\" >/dev/null 2>&1 &",
        ],
        /php|8000|serve/,
    ),

    // ================= builds =================
    // Was a MISS (fixed in round 68): secure refused: `go build -o /usr/local/bin/health .` of a module whose only file serves /healthz on
    // 127.0.0.1:8080 and, per request, runs exec.Command("systemctl", "is-active", "--quiet", "kubelet").Run() is refused
    // as "(/opt/health/main.go starts a process), a program the pack does not read, listening beyond loopback". net/http
    // ListenAndServe("127.0.0.1:8080") listens on loopback only; os/exec Command with literal arguments runs exactly
    // `systemctl is-active --quiet kubelet` (no shell: "Unlike the \"system\" library call from C and other languages, the
    // os/exec package intentionally does not invoke the system shell"), which listens nowhere. SPAWN_API (round 67) makes
    // any process-spawning source unknown. Fix: when every os/exec Command call has literal string arguments, judge those
    // command lines as user data commands (here a read-only systemctl query) instead of making the program unknown; keep
    // computed arguments unknown.
    node(
        "go-build-exec",
        "go build of a loopback health server that runs `systemctl is-active kubelet` (os/exec)",
        [
            "dnf install -y golang",
            "mkdir -p /opt/health",
            ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
            ...file("/opt/health/main.go", [
                "package main",
                "",
                'import ("net/http"; "os/exec")',
                "",
                "func main() {",
                '\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {',
                '\t\tif exec.Command("systemctl", "is-active", "--quiet", "kubelet").Run() != nil { w.WriteHeader(503) }',
                "\t})",
                '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
                "}",
            ]),
            "cd /opt/health && GOCACHE=/tmp/gocache go build -o /usr/local/bin/health . && nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
        ],
        undefined,
    ),
    // Was a MISS (fixed in round 68): secure refused: `CGO_ENABLED=0 GOFLAGS=-trimpath go build -ldflags '-s -w' -o /usr/local/bin/health .` of a
    // loopback-only module (http.ListenAndServe("127.0.0.1:8080", ...)) is refused as "its sources: unknown ... listening
    // beyond loopback". The cause is GOFLAGS=-trimpath alone ("go-build-goflags" refused; CGO_ENABLED=0 and -ldflags '-s
    // -w' alone pass). `go help environment`, GOFLAGS: "A space-separated list of -flag=value settings to apply to go
    // commands by default"; -trimpath only "remove[s] all file system paths from the resulting executable" (go help build)
    // and changes no source. Fix: parse GOFLAGS as command-line flags (quoted.Split) and refuse only for
    // -toolexec/-exec/-overlay/-modfile/-mod=vendor-with-unknown-vendor etc., letting
    // -trimpath/-ldflags=.../-buildvcs/-mod=readonly/-tags through.
    node(
        "go-build-flags",
        "CGO_ENABLED=0 GOFLAGS=-trimpath go build -ldflags '-s -w' of a loopback server",
        [
            "dnf install -y golang",
            "mkdir -p /opt/health",
            ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
            ...file("/opt/health/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                'func main() { http.ListenAndServe("127.0.0.1:8080", http.NotFoundHandler()) }',
            ]),
            "cd /opt/health && CGO_ENABLED=0 GOFLAGS=-trimpath GOCACHE=/tmp/gocache go build -ldflags '-s -w' -o /usr/local/bin/health .",
            "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
        ],
        undefined,
    ),
    node("cargo-workspace-deps", "cargo workspace: [workspace.dependencies] common = { path } and a loopback bin", [
        "dnf install -y cargo",
        "mkdir -p /opt/ws/common/src /opt/ws/health/src",
        ...file("/opt/ws/Cargo.toml", [
            "[workspace]",
            'members = ["common", "health"]',
            'resolver = "2"',
            "[workspace.dependencies]",
            'common = { path = "common" }',
        ]),
        ...file("/opt/ws/common/Cargo.toml", ["[package]", 'name = "common"', 'version = "0.1.0"', 'edition = "2021"']),
        ...file("/opt/ws/common/src/lib.rs", ['pub const ADDR: &str = "127.0.0.1:8080";']),
        ...file("/opt/ws/health/Cargo.toml", [
            "[package]",
            'name = "health"',
            'version = "0.1.0"',
            'edition = "2021"',
            "[dependencies]",
            "common = { workspace = true }",
        ]),
        ...file("/opt/ws/health/src/main.rs", [
            "use std::io::Write;",
            "use std::net::TcpListener;",
            "fn main() {",
            "    let l = TcpListener::bind(common::ADDR).unwrap();",
            '    for s in l.incoming() { let _ = s.unwrap().write_all(b"HTTP/1.0 200 OK\\r\\n\\r\\nok"); }',
            "}",
        ]),
        "cd /opt/ws && cargo build --release -p health && install -m 0755 target/release/health /usr/local/bin/health",
        "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
    ]),
    node("cargo-config-net", "cargo build with a .cargo/config.toml of [net] retry and sparse protocol", [
        "dnf install -y cargo",
        "mkdir -p /opt/health/src /opt/health/.cargo",
        ...file("/opt/health/.cargo/config.toml", [
            "[net]",
            "retry = 5",
            "[registries.crates-io]",
            'protocol = "sparse"',
        ]),
        ...file("/opt/health/Cargo.toml", ["[package]", 'name = "health"', 'version = "0.1.0"', 'edition = "2021"']),
        ...file("/opt/health/src/main.rs", [
            "use std::net::TcpListener;",
            "fn main() {",
            '    let l = TcpListener::bind("127.0.0.1:8080").unwrap();',
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        "cd /opt/health && cargo build --release && install -m 0755 target/release/health /usr/local/bin/health",
        "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
    ]),
    node("dotnet-publish", "dotnet publish -c Release -o /opt/health/out of a loopback web app, then dotnet DLL", [
        "dnf install -y dotnet-sdk-8.0",
        "mkdir -p /opt/health",
        ...file("/opt/health/health.csproj", [
            '<Project Sdk="Microsoft.NET.Sdk.Web">',
            "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>",
            "</Project>",
        ]),
        ...file("/opt/health/Program.cs", [
            "var app = WebApplication.Create(args);",
            'app.MapGet("/healthz", () => "ok");',
            'app.Run("http://127.0.0.1:8080");',
        ]),
        "cd /opt/health && dotnet publish -c Release -o /opt/health/out && nohup dotnet /opt/health/out/health.dll >/var/log/health.log 2>&1 &",
    ]),

    // ================= configs =================
    // Was a MISS (fixed in round 68): secure refused: a Caddyfile `:80 { import /etc/caddy/headers.caddy; root * /usr/share/caddy; file_server }`
    // where user data wrote /etc/caddy/headers.caddy in full (a `header { X-Content-Type-Options nosniff }` block) is
    // refused as "serves a directory the pack cannot know ... Caddy import /etc/caddy/headers.caddy on :80". Caddy docs,
    // import directive: "Includes a snippet or file, replacing this directive with the contents of the snippet or file" —
    // the file's text is in the user data, and it sets no root/file_server. The same with an inline (common) snippet
    // ("caddy-snippet") passes; the named open gap "Caddy import of a written file fails closed" is real. Fix: in the
    // Caddyfile reader, splice an imported file user data wrote (and did not change since) in place of the import, as for
    // snippets; keep globs, {args}, and unwritten/changed files unknown.
    node(
        "caddy-import-written",
        "a Caddyfile importing a written snippet file of headers, serving /usr/share/caddy on 80",
        [
            "dnf install -y caddy",
            "mkdir -p /usr/share/caddy",
            ...file("/usr/share/caddy/index.html", ["<h1>ok</h1>"]),
            ...file("/etc/caddy/headers.caddy", ["header {", "    X-Content-Type-Options nosniff", "}"]),
            ...file("/etc/caddy/Caddyfile", [
                ":80 {",
                "    import /etc/caddy/headers.caddy",
                "    root * /usr/share/caddy",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ],
        undefined,
    ),
    node("caddy-snippet", "a Caddyfile with a (common) snippet imported in the site block, # comments", [
        "dnf install -y caddy",
        "mkdir -p /usr/share/caddy",
        ...file("/etc/caddy/Caddyfile", [
            "(common) {",
            "    encode gzip # compress",
            "}",
            ":80 { # public site",
            "    import common",
            "    root * /usr/share/caddy # static",
            "    file_server",
            "}",
        ]),
        "systemctl enable --now caddy",
    ]),
    node(
        "caddy-import-root",
        "a Caddyfile importing a written file whose root is /",
        [
            "dnf install -y caddy",
            ...file("/etc/caddy/site.caddy", ["root * /", "file_server browse"]),
            ...file("/etc/caddy/Caddyfile", [":80 {", "    import /etc/caddy/site.caddy", "}"]),
            "systemctl enable --now caddy",
        ],
        /caddy|Caddyfile|root/i,
    ),
    node("lighttpd-packaged-include", 'lighttpd.conf written with include "modules.conf" (packaged) and a docroot', [
        "dnf install -y lighttpd",
        "mkdir -p /var/www/lighttpd",
        ...file("/etc/lighttpd/lighttpd.conf", [
            'var.conf_dir = "/etc/lighttpd"',
            'include conf_dir + "/modules.conf"',
            'server.document-root = "/var/www/lighttpd"',
            "server.port = 80",
            'server.bind = "0.0.0.0"',
        ]),
        "systemctl enable --now lighttpd",
    ]),
    node("npm-env-config", "NPM_CONFIG_LOGLEVEL/npm_config_fund env then npm install -g pm2@5.4.2", [
        "dnf install -y nodejs",
        "export NPM_CONFIG_LOGLEVEL=warn npm_config_fund=false npm_config_update_notifier=false",
        "npm install -g pm2@5.4.2",
    ]),
    node("npm-ci-cache", "npm ci --omit=dev of a written loopback app with npm_config_cache=/tmp/npm-cache", [
        "dnf install -y nodejs",
        "mkdir -p /opt/app",
        ...file("/opt/app/package.json", ['{"name": "app", "version": "1.0.0", "private": true}']),
        ...file("/opt/app/server.js", [
            "require('http').createServer((q, s) => s.end('ok')).listen(8080, '127.0.0.1');",
        ]),
        "cd /opt/app && npm_config_cache=/tmp/npm-cache npm ci --omit=dev",
        "cd /opt/app && nohup node server.js >/var/log/app.log 2>&1 &",
    ]),
    node("tsconfig-extends", "tsc of a loopback app whose tsconfig extends a written ./tsconfig.base.json", [
        "dnf install -y nodejs",
        "npm install -g typescript@5.5.4",
        "mkdir -p /opt/app/src",
        ...file("/opt/app/tsconfig.base.json", [
            '{"compilerOptions": {"strict": true, "target": "es2022", "module": "commonjs"}}',
        ]),
        ...file("/opt/app/tsconfig.json", [
            '{"extends": "./tsconfig.base.json", "compilerOptions": {"outDir": "dist"}, "include": ["src"]}',
        ]),
        ...file("/opt/app/src/server.ts", [
            "import * as http from 'http';",
            "http.createServer((q, s) => s.end('ok')).listen(8080, '127.0.0.1');",
        ]),
        "cd /opt/app && tsc -p tsconfig.json && nohup node dist/server.js >/var/log/app.log 2>&1 &",
    ]),

    // ================= python =================
    node("py-subprocess-flask", "a loopback Flask app checking kubelet with subprocess.run([...systemctl...])", [
        ...file("/opt/ops/app.py", [
            "import subprocess",
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    rc = subprocess.run(['systemctl', 'is-active', '--quiet', 'kubelet']).returncode",
            "    return ('ok', 200) if rc == 0 else ('down', 503)",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node("py-rotating-handler", "dictConfig with logging.handlers.RotatingFileHandler to /var/log in a loopback app", [
        ...file("/opt/ops/app.py", [
            "import logging.config",
            "from flask import Flask",
            "logging.config.dictConfig({",
            "    'version': 1,",
            "    'handlers': {'file': {'class': 'logging.handlers.RotatingFileHandler', 'filename': '/var/log/ops-app.log', 'maxBytes': 1048576, 'backupCount': 3}},",
            "    'root': {'level': 'INFO', 'handlers': ['file']},",
            "})",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node("py-xmlrpc-loopback", "a SimpleXMLRPCServer on 127.0.0.1:8000 exposing a status function", [
        ...file("/opt/ops/rpc.py", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def status():",
            "    return 'ok'",
            "server = SimpleXMLRPCServer(('127.0.0.1', 8000), logRequests=False)",
            "server.register_function(status)",
            "server.serve_forever()",
        ]),
        "nohup python3 /opt/ops/rpc.py >/var/log/rpc.log 2>&1 &",
    ]),
    node("py-fastapi-typing", "a loopback FastAPI app with typed models (from __future__ import annotations)", [
        ...file("/opt/ops/api.py", [
            "from __future__ import annotations",
            "from typing import Optional",
            "from fastapi import FastAPI",
            "from pydantic import BaseModel",
            "import uvicorn",
            "class Health(BaseModel):",
            "    status: str",
            "    detail: Optional[str] = None",
            "app = FastAPI()",
            "@app.get('/healthz', response_model=Health)",
            "def healthz() -> Health:",
            "    return Health(status='ok')",
            "uvicorn.run(app, host='127.0.0.1', port=8000)",
        ]),
        "pip3 install fastapi uvicorn",
        "nohup python3 /opt/ops/api.py >/var/log/api.log 2>&1 &",
    ]),
    node(
        "py-xmlrpc-any",
        "a SimpleXMLRPCServer on 0.0.0.0:8000 exposing os.system",
        [
            ...file("/opt/ops/rpc.py", [
                "import os",
                "from xmlrpc.server import SimpleXMLRPCServer",
                "server = SimpleXMLRPCServer(('0.0.0.0', 8000))",
                "server.register_function(os.system, 'run')",
                "server.serve_forever()",
            ]),
            "nohup python3 /opt/ops/rpc.py >/var/log/rpc.log 2>&1 &",
        ],
        /rpc|8000|python|xmlrpc/i,
    ),

    // ================= controls =================
    node("perl-plain-libs", "a written perl check using only strict/warnings/JSON::PP (no use lib)", [
        ...file("/opt/ops/check.pl", [
            "#!/usr/bin/perl",
            "use strict;",
            "use warnings;",
            "use JSON::PP;",
            'print encode_json({ok => 1}), "\\n";',
        ]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    node("ruby-require-json-only", "a written ruby script: require 'json' only", [
        "dnf install -y ruby",
        ...file("/opt/ops/check.rb", ["require 'json'", "puts JSON.generate(ok: true)"]),
        "ruby /opt/ops/check.rb >> /var/log/check.log",
    ]),
    // Was a MISS (fixed in round 68): secure refused: `require_relative 'lib/util.rb'` in /opt/ops/check.rb, with /opt/ops/lib/util.rb written by
    // user data, run as `ruby /opt/ops/check.rb` from /, is refused ("code user data does not write"). Ruby
    // Kernel#require_relative resolves relative to "the directory containing the requiring file" (/opt/ops), not the
    // working directory. Same cause and fix as "ruby-require-relative" (rubyLoads: resolve against dirname of the
    // requiring file).
    node(
        "ruby-require-relative-rb",
        "a written ruby script: require_relative 'lib/util.rb' (explicit extension)",
        [
            "dnf install -y ruby",
            "mkdir -p /opt/ops/lib",
            ...file("/opt/ops/lib/util.rb", ["module Util", "  def self.region = 'eu-west-1'", "end"]),
            ...file("/opt/ops/check.rb", ["require_relative 'lib/util.rb'", "puts Util.region"]),
            "ruby /opt/ops/check.rb >> /var/log/check.log",
        ],
        undefined,
    ),
    node("etc-unit", "the loopback node_exporter unit written to /etc/systemd/system and enabled by name", [
        `curl -fsSL ${NODE_EXPORTER} | tar -xz -C /opt`,
        ...file("/etc/systemd/system/node_exporter.service", [
            "[Unit]",
            "Description=node exporter",
            "[Service]",
            "ExecStart=/opt/node_exporter-1.8.2.linux-amd64/node_exporter --web.listen-address=127.0.0.1:9100",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "systemctl daemon-reload",
        "systemctl enable --now node_exporter",
    ]),
    node("go-build-ldflags", "go build -ldflags '-s -w' of a loopback server", [
        "dnf install -y golang",
        "mkdir -p /opt/health",
        ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
        ...file("/opt/health/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            'func main() { http.ListenAndServe("127.0.0.1:8080", http.NotFoundHandler()) }',
        ]),
        "cd /opt/health && GOCACHE=/tmp/gocache go build -ldflags '-s -w' -o /usr/local/bin/health .",
        "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 68): secure refused: `CGO_ENABLED=0 GOFLAGS=-trimpath go build -o /usr/local/bin/health .` of a loopback-only
    // module is refused ("its sources: unknown"), while the same build without GOFLAGS passes ("go-build-cgo"). `go help
    // environment`, GOFLAGS: a space-separated list of -flag=value settings applied by default; -trimpath (go help build)
    // removes file system paths from the executable and changes no source file. Same fix as "go-build-flags": read GOFLAGS
    // words as build flags and fail closed only on source/tool-changing ones (-toolexec, -overlay, -modfile, -exec).
    node(
        "go-build-goflags",
        "CGO_ENABLED=0 GOFLAGS=-trimpath go build of a loopback server",
        [
            "dnf install -y golang",
            "mkdir -p /opt/health",
            ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
            ...file("/opt/health/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                'func main() { http.ListenAndServe("127.0.0.1:8080", http.NotFoundHandler()) }',
            ]),
            "cd /opt/health && CGO_ENABLED=0 GOFLAGS=-trimpath GOCACHE=/tmp/gocache go build -o /usr/local/bin/health .",
            "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
        ],
        undefined,
    ),
    node("go-build-cgo", "CGO_ENABLED=0 go build of a loopback server", [
        "dnf install -y golang",
        "mkdir -p /opt/health",
        ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
        ...file("/opt/health/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            'func main() { http.ListenAndServe("127.0.0.1:8080", http.NotFoundHandler()) }',
        ]),
        "cd /opt/health && CGO_ENABLED=0 GOCACHE=/tmp/gocache go build -o /usr/local/bin/health .",
        "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 68): insecure accepted: `php /opt/ops/serve.php` of a written file whose code is `passthru('php -S 0.0.0.0:8000 -t
    // /');` is accepted. PHP manual, passthru(): "Execute an external program and display raw output" (through the shell);
    // PHP manual "Built-in web server": `php -S 0.0.0.0:8000 -t /` serves the document root / on every address: every node
    // file (kubelet key, every pod's token) to every pod. The same server as a php socket program (case "php-direct-serve-
    // file") is refused, so the miss is PHP's command runners (passthru/system/exec/shell_exec/popen/proc_open/backticks)
    // not being judged. Fix: treat a PHP program calling a command runner with a literal string as running that command
    // line (judge it as user data would), and with a computed string as unknown (refused when it may serve/listen).
    node(
        "php-direct-serve",
        "php FILE of the written file that starts php -S 0.0.0.0:8000 -t /",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", ["<?php", "passthru('php -S 0.0.0.0:8000 -t /');"]),
            "nohup php /opt/ops/serve.php >/dev/null 2>&1 &",
        ],
        /php|8000|serve/,
    ),
    node(
        "php-include-serve-file",
        "php -r include of a written file whose own code is a socket server on 0.0.0.0:9000 sending the CA",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", [
                "<?php",
                "$s = stream_socket_server('tcp://0.0.0.0:9000');",
                "while ($c = stream_socket_accept($s, -1)) { fwrite($c, file_get_contents('/etc/kubernetes/pki/ca.crt')); fclose($c); }",
            ]),
            "nohup php -r \"include '/opt/ops/serve.php';\" >/dev/null 2>&1 &",
        ],
        /php|9000|serve/,
    ),
    node(
        "php-direct-serve-file",
        "php FILE of that socket server on 0.0.0.0:9000",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", [
                "<?php",
                "$s = stream_socket_server('tcp://0.0.0.0:9000');",
                "while ($c = stream_socket_accept($s, -1)) { fwrite($c, file_get_contents('/etc/kubernetes/pki/ca.crt')); fclose($c); }",
            ]),
            "nohup php /opt/ops/serve.php >/dev/null 2>&1 &",
        ],
        /php|9000|serve/,
    ),
    // Round 68 neighbours of php-direct-serve: a literal command line a PHP runner runs is judged as that line (a
    // loopback php -S, a systemctl check: clean; shell_exec/backticks/system of the same 0.0.0.0 server: refused); one
    // the pack cannot compute is refused (fail closed).
    node(
        "php-passthru-loopback",
        "php FILE of a written file whose passthru starts php -S 127.0.0.1:8000 -t /opt/ops/www",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", ["<?php", "passthru('php -S 127.0.0.1:8000 -t /opt/ops/www');"]),
            "nohup php /opt/ops/serve.php >/dev/null 2>&1 &",
        ],
    ),
    node("php-exec-systemctl", "php FILE of a written check: exec('systemctl is-active kubelet', $out, $rc)", [
        "dnf install -y php-cli",
        ...file("/opt/ops/check.php", [
            "<?php",
            "exec('systemctl is-active kubelet', $out, $rc);",
            "echo $rc, PHP_EOL;",
        ]),
        "php /opt/ops/check.php >> /var/log/check.log",
    ]),
    node(
        "php-shell-exec-serve",
        "php -r shell_exec of php -S 0.0.0.0:8000 -t / (upper case SHELL_EXEC)",
        ["dnf install -y php-cli", `nohup php -r "SHELL_EXEC('php -S 0.0.0.0:8000 -t /');" >/dev/null 2>&1 &`],
        /php|8000|serve/,
    ),
    node(
        "php-backticks-serve",
        "php FILE of backticks running python3 -m http.server 8000 --directory /",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", ["<?php", "`python3 -m http.server 8000 --directory /`;"]),
            "nohup php /opt/ops/serve.php >/dev/null 2>&1 &",
        ],
        /php|8000|serve|http\.server/,
    ),
    node(
        "php-system-computed",
        "php FILE of system($cmd), a command the pack cannot compute",
        [
            "dnf install -y php-cli",
            ...file("/opt/ops/serve.php", ["<?php", "$cmd = getenv('CMD');", "system($cmd);"]),
            "nohup php /opt/ops/serve.php >/dev/null 2>&1 &",
        ],
        /php|serve|cannot compute/,
    ),
    node("tar-arch-quoted", 'tar -xzf "/tmp/ne-${ARCH}.tar.gz" -C /opt/ne (quoted)', [
        "ARCH=$(uname -m | sed -e s/x86_64/amd64/ -e s/aarch64/arm64/)",
        "mkdir -p /opt/ne",
        'curl -fsSLo "/tmp/ne-${ARCH}.tar.gz" "https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-${ARCH}.tar.gz"',
        'tar -xzf "/tmp/ne-${ARCH}.tar.gz" -C /opt/ne --strip-components=1',
    ]),

    // ================= Kubernetes / EKS =================
    {
        stack: "prod",
        name: "K: platform-ops access entry with kubernetesGroups [platform-viewers] bound to view, plus AmazonEKSViewPolicy",
        edit: r => {
            bind(r, "rt67-viewers", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", apiGroup: RBAC, name: "platform-viewers" },
            ]);
            aws(r, "aws:eks/accessEntry:AccessEntry", "rt67-ops-view", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: ["platform-viewers"],
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt67-ops-view-policy", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
    {
        stack: "dev",
        name: "K: platform-ops AmazonEKSEditPolicy scoped to web, plus kubernetesGroups bound to Secret create in web",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "rt67-web-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"] }],
                [{ kind: "Group", apiGroup: RBAC, name: "web-ops" }],
                "web",
            );
            aws(r, "aws:eks/accessEntry:AccessEntry", "rt67-ops-web", {
                clusterName: "dev-validators",
                principalArn: OPS_ROLE.replace("111111111111", ACCOUNT.dev),
                type: "STANDARD",
                kubernetesGroups: ["web-ops"],
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt67-ops-web-policy", {
                clusterName: "dev-validators",
                principalArn: OPS_ROLE.replace("111111111111", ACCOUNT.dev),
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                accessScope: { type: "namespace", namespaces: ["web"] },
            });
        },
    },
    {
        stack: "curity",
        name: "A: a curity SSM Session Manager log writer (logs:CreateLogStream/PutLogEvents on /ssm/sessions)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt67-curity-ssm-logs", [
                allow(
                    ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                    `arn:aws:logs:eu-west-1:${ACCOUNT.curity}:log-group:/ssm/sessions:*`,
                ),
            ]),
    },
];

describeVariants(
    "red team 67: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
