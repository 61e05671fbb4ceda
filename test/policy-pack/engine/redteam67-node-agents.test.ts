// Red-team round 67 on EKS NODE user data: remote agents (REMOTE_AGENTS, remoteAgent, containedAgent, REMOTE_AGENT_UNITS
// in userData.ts), fresh eyes on round 67's widening (download records through cp/mv/install, interpreters, units,
// service front ends, k3s/rke2, Consul script checks, containers).
// Probed: the fixers' known gaps (K3S_URL in the environment, k3s/rke2 config.yaml `server:`, k3s.service.env, the
// packaged consul unit with a written /etc/consul.d, agent names never dropped); Consul JSON disable_remote_exec, config
// from S3, -config-file; cluster joins not in the table (kubeadm join, k0s worker, microk8s join, rke2-server unit); other
// agents (Rancher system-agent installer, cf-agent, Rudder, Wazuh remote commands, Fleet orbit --enable-scripts, Waypoint
// runner, salt-call, ECS agent by ecs-init and by container); front ends (systemd-run, cron.d, screen, supervisord, own
// unit, Podman quadlet, docker compose, docker --entrypoint, docker socket only, at now, nice/ionice/taskset/daemonize,
// exec -a, xargs); download records (cp -p + mv, wget -qO + env, gitlab-runner start).
// Secure neighbours: SSM/CloudWatch agents (ctl file config, units, snap), consul with local script checks / plain
// config / kv get, k3s --version, CloudWatch agent container, tool download paths reused.
// Misses (15 insecure, 2 secure). Insecure accepted: K3S_URL env + k3s server; k3s config.yaml server:; k3s unit with
// k3s.service.env; packaged consul unit + /etc/consul.d enable_script_checks; kubeadm join; k0s worker; microk8s join;
// Rudder agent; Wazuh remote_commands; Fleet orbit --enable-scripts; Waypoint runner agent; supervisord program; docker
// --entrypoint gitlab-runner --privileged; ecs-init with ECS_CLUSTER; rke2-server unit with config.yaml server:.
// Secure refused ("agent names never dropped"): /tmp/bin reused after the runner download; /tmp/agent reused after mv.
// Refused as they should be: 22 of 37 insecure variants (see the non-skipped cases). 9 of 11 secure neighbours accepted.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read/i;
const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 68): K3s docs "k3s server" CLI reference (`--server value, -s value: Server to connect to, used to join a cluster
    // [$K3S_URL]`) and "Quick-Start" (K3S_URL/K3S_TOKEN join the node to the server at that URL): `K3S_URL=https://x:6443
    // K3S_TOKEN=t k3s server` joins another cluster, whose API users schedule privileged/hostPath pods onto this node
    // (root). The k3s/rke2 entry of REMOTE_AGENTS (userData.ts) only reads `--server`/`-s` words; the command's environment
    // prefix K3S_URL (and RKE2_URL) is not read. Treat K3S_URL/RKE2_URL in the command's environment (prefix, export, env)
    // as --server.
    devNodeCase(
        "k3s server joining another cluster by K3S_URL in the environment",
        devNodeScript("dev-k3s-url-env-67-nodes", [
            "K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY nohup /usr/local/bin/k3s server &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s installer piped with K3S_URL (installs and starts k3s-agent)",
        devNodeScript("dev-k3s-install-url-67-nodes", [
            "curl -sfL https://get.k3s.io -o /tmp/k3s-install.sh",
            "K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY sh /tmp/k3s-install.sh",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): K3s docs "Configuration File" (/etc/rancher/k3s/config.yaml is loaded by default, keys are the CLI flags without
    // `--`): `server: https://x:6443` + `k3s server` joins another cluster (its API users schedule privileged pods onto this
    // node). The k3s/rke2 entry of REMOTE_AGENTS reads only --server words for `server`; the default config file
    // (and config.yaml.d/*.yaml, --config/K3S_CONFIG_FILE) user data wrote is not read. Read `server:` from the default
    // and given config files (unknown/uncomputable text → fail closed), as the rke2 comment already says for agents.
    devNodeCase(
        "k3s server with server: in /etc/rancher/k3s/config.yaml",
        devNodeScript("dev-k3s-config-server-67-nodes", [
            ...heredocFile("/etc/rancher/k3s/config.yaml", [
                "server: https://k3s.example.com:6443",
                "token: EXAMPLEONLY",
            ]),
            "nohup /usr/local/bin/k3s server &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): K3s docs "Installation options" (the install script writes /etc/systemd/system/k3s.service with
    // EnvironmentFile=-/etc/systemd/system/k3s.service.env; K3S_URL there is the server's --server): a pre-baked k3s unit
    // started after user data writes K3S_URL into its env file joins another cluster. REMOTE_AGENT_UNITS has k3s-agent and
    // rke2-agent only; `k3s`/`rke2-server` units are not judged with their env file or config.yaml. Judge the k3s and
    // rke2-server units with k3s.service.env / config.yaml (server: / K3S_URL → agent; unknown → fail closed).
    devNodeCase(
        "k3s unit with K3S_URL in k3s.service.env",
        devNodeScript("dev-k3s-unit-env-67-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service.env", [
                "K3S_URL=https://k3s.example.com:6443",
                "K3S_TOKEN=EXAMPLEONLY",
            ]),
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Consul docs "Security models: Consul" (enable_script_checks: "If the Consul agent HTTP API is exposed ... script
    // checks present a remote code execution threat") and the packaged consul.service (HashiCorp's Linux package:
    // `ExecStart=/usr/bin/consul agent -config-dir=/etc/consul.d/`): user data writes /etc/consul.d/consul.hcl with
    // `enable_script_checks = true` and runs `systemctl enable --now consul`; anyone reaching the agent API registers a
    // check that runs commands as the agent's user. Only `consul agent` commands are judged (REMOTE_AGENTS consul entry);
    // the consul unit is not in REMOTE_AGENT_UNITS. Judge a started consul unit as `consul agent -config-dir=/etc/consul.d`
    // (with any unit override user data wrote).
    devNodeCase(
        "packaged consul unit with a written /etc/consul.d enabling script checks",
        devNodeScript("dev-consul-unit-confd-67-nodes", [
            ...heredocFile("/etc/consul.d/consul.hcl", [
                'datacenter = "dc1"',
                'retry_join = ["consul.example.internal"]',
                "enable_script_checks = true",
            ]),
            "systemctl enable --now consul",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "consul agent -config-dir with a JSON file disabling disable_remote_exec",
        devNodeScript("dev-consul-json-remote-exec-67-nodes", [
            ...heredocFile("/etc/consul.d/agent.json", [
                '{ "disable_remote_exec": false, "retry_join": ["consul.example.internal"] }',
            ]),
            "nohup consul agent -config-dir=/etc/consul.d -data-dir=/opt/consul &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "consul agent -config-dir with a config copied from S3",
        devNodeScript("dev-consul-s3-config-67-nodes", [
            "mkdir -p /etc/consul.d",
            "aws s3 cp s3://platform-config/consul/agent.hcl /etc/consul.d/agent.hcl",
            "nohup consul agent -config-dir=/etc/consul.d -data-dir=/opt/consul &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "consul agent -config-file=/etc/consul.d/x.hcl (config-file with script checks written)",
        devNodeScript("dev-consul-config-file-67-nodes", [
            ...heredocFile("/etc/consul/x.hcl", ["enable_script_checks = true"]),
            "nohup consul agent -config-file /etc/consul/x.hcl -data-dir=/opt/consul &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Kubernetes docs "kubeadm join" ("bootstraps a Kubernetes worker node ... and joins it to the cluster"): the
    // node's kubelet registers with another cluster's API server, whose users schedule privileged/hostPath pods onto it
    // (root on a custody node, its instance role through IMDS). kubeadm is not in REMOTE_AGENTS (userData.ts). Add
    // `kubeadm join` (any operands; `kubeadm join phase` too) as handing the node to that cluster.
    devNodeCase(
        "kubeadm join of another cluster",
        devNodeScript("dev-kubeadm-join-67-nodes", [
            "kubeadm join k8s.example.com:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:0000000000000000000000000000000000000000000000000000000000000000",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): k0s docs "Manual Install" / "k0s install worker --token-file" then `k0s start`: the node joins the k0s
    // controller's cluster as a worker; that cluster's API users schedule privileged pods onto it (root). k0s is not in
    // REMOTE_AGENTS. Add `k0s install worker|controller --token-file`, `k0s worker TOKEN`, and the k0sworker unit.
    devNodeCase(
        "k0s worker joining another cluster",
        devNodeScript("dev-k0s-worker-67-nodes", [
            "curl -sSLf -o /usr/local/bin/k0s https://github.com/k0sproject/k0s/releases/download/v1.30.1+k0s.0/k0s-v1.30.1+k0s.0-amd64",
            "chmod +x /usr/local/bin/k0s",
            "echo EXAMPLEONLY > /etc/k0s/token",
            "k0s install worker --token-file /etc/k0s/token",
            "k0s start",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): MicroK8s docs "Create a MicroK8s cluster" (`microk8s join IP:25000/TOKEN --worker` adds this node to the
    // other node's cluster): that cluster's API users schedule privileged pods here (root). Not in REMOTE_AGENTS; add
    // `microk8s join` (and `microk8s.join`).
    devNodeCase(
        "microk8s join another cluster",
        devNodeScript("dev-microk8s-join-67-nodes", [
            "snap install microk8s --classic",
            "microk8s join 10.0.0.5:25000/EXAMPLEONLYTOKEN --worker",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Rancher system agent (rancher-system-agent) registered to a Rancher server",
        devNodeScript("dev-rancher-system-agent-67-nodes", [
            "curl -fsSL -o /tmp/install.sh https://rancher.example.com/system-agent-install.sh",
            "sh /tmp/install.sh --server https://rancher.example.com --label 'cattle.io/os=linux' --token EXAMPLEONLY --worker",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "CFEngine cf-agent bootstrap to a policy hub",
        devNodeScript("dev-cf-agent-bootstrap-67-nodes", ["/var/cfengine/bin/cf-agent --bootstrap 10.0.0.5"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Rudder docs "Install Rudder Agent" ("rudder agent policy-server <server>" then "rudder agent inventory"): the
    // agent applies the Rudder server's policies (CFEngine promises, Command execution technique) as root. cf-agent
    // --bootstrap is in REMOTE_AGENTS, Rudder's own front end is not. Add `rudder agent policy-server|inventory|run|
    // update` (and the rudder-agent unit).
    devNodeCase(
        "Rudder agent pointed at a policy server",
        devNodeScript("dev-rudder-agent-67-nodes", [
            "rudder agent policy-server rudder.example.com",
            "rudder agent inventory",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Wazuh docs "Command monitoring" / "Centralized configuration" (remote commands pushed in agent.conf run only
    // when `wazuh_command.remote_commands=1`/`logcollector.remote_commands=1` in local_internal_options.conf): with them
    // set, the Wazuh manager's administrators run arbitrary commands on the node as root. Deployment variables
    // (WAZUH_MANAGER) register the agent on install. Not read. Refuse wazuh-agent started with remote_commands=1 written
    // (or an unreadable local_internal_options.conf).
    devNodeCase(
        "Wazuh agent with remote commands enabled in local_internal_options",
        devNodeScript("dev-wazuh-remote-commands-67-nodes", [
            "WAZUH_MANAGER=wazuh.example.com dnf install -y wazuh-agent",
            "echo 'wazuh_command.remote_commands=1' >> /var/ossec/etc/local_internal_options.conf",
            "echo 'logcollector.remote_commands=1' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Fleet docs "Scripts" (scripts run on hosts by Fleet's admins/maintainers as root when the agent was built/run with
    // --enable-scripts, orbit's ORBIT_ENABLE_SCRIPTS): `orbit --fleet-url ... --enable-scripts` hands the node to Fleet's
    // users. Not in REMOTE_AGENTS. Add orbit (fleet-osquery) with --enable-scripts / ORBIT_ENABLE_SCRIPTS.
    devNodeCase(
        "Fleet orbit with scripts enabled",
        devNodeScript("dev-fleet-orbit-67-nodes", [
            "orbit --fleet-url https://fleet.example.com --enroll-secret EXAMPLEONLY --enable-scripts &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Waypoint docs "Runners" (`waypoint runner agent` "runs a remote runner" that executes build/deploy jobs the
    // Waypoint server assigns, on this host): the server's project users run jobs as root on the node. Not in
    // REMOTE_AGENTS. Add `waypoint runner agent` (and `waypoint server run`'s local runner is none).
    devNodeCase(
        "Waypoint runner agent",
        devNodeScript("dev-waypoint-runner-67-nodes", [
            "WAYPOINT_SERVER_ADDR=waypoint.example.com:9701 WAYPOINT_SERVER_TOKEN=EXAMPLEONLY WAYPOINT_SERVER_TLS=1 nohup waypoint runner agent &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner started by systemd-run",
        devNodeScript("dev-glr-systemd-run-67-nodes", ["systemd-run --unit=ci /usr/bin/gitlab-runner run --user root"]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner in a written cron.d @reboot entry",
        devNodeScript("dev-glr-crond-67-nodes", [
            "echo '@reboot root /usr/bin/gitlab-runner run --user root' > /etc/cron.d/ci",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner in screen -dmS",
        devNodeScript("dev-glr-screen-67-nodes", ["screen -dmS ci /usr/bin/gitlab-runner run --user root"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): Supervisor docs "Configuration File" ([program:x] `command=` is started by supervisord, as root unless `user=`;
    // /etc/supervisord.d/*.ini is included by the EPEL package's supervisord.conf): the written program runs
    // `gitlab-runner run --user root` (GitLab "Shell executor": CI jobs as root). Cron entries, units and quadlets are
    // read; supervisord program files are not. Read supervisord/supervisor conf.d `command=` lines as commands root runs.
    devNodeCase(
        "GitLab runner via a written supervisord program",
        devNodeScript("dev-glr-supervisord-67-nodes", [
            ...heredocFile("/etc/supervisord.d/ci.ini", [
                "[program:ci]",
                "command=/usr/bin/gitlab-runner run --user root",
            ]),
            "systemctl enable --now supervisord",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner in a written unit's ExecStart, enabled",
        devNodeScript("dev-glr-own-unit-67-nodes", [
            ...heredocFile("/etc/systemd/system/ci.service", [
                "[Service]",
                "ExecStart=/usr/bin/gitlab-runner run --user root",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now ci",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "privileged runner container from a Podman quadlet",
        devNodeScript("dev-glr-quadlet-67-nodes", [
            ...heredocFile("/etc/containers/systemd/ci.container", [
                "[Container]",
                "Image=docker.io/gitlab/gitlab-runner:latest",
                "PodmanArgs=--privileged",
                "Volume=/run/podman/podman.sock:/var/run/docker.sock",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload",
            "systemctl start ci",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker compose of a privileged GitLab runner",
        devNodeScript("dev-glr-compose-67-nodes", [
            ...heredocFile("/opt/ci/compose.yaml", [
                "services:",
                "  runner:",
                "    image: gitlab/gitlab-runner:latest",
                "    privileged: true",
                "    volumes:",
                "      - /var/run/docker.sock:/var/run/docker.sock",
            ]),
            "docker compose -f /opt/ci/compose.yaml up -d",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): docker run(1) "--entrypoint: Overwrite the default ENTRYPOINT of the image" (the container runs
    // `/usr/bin/gitlab-runner run --user root`), and --privileged (all capabilities, host devices: root on the node).
    // containedAgent (userData.ts) matches the image repository or run.command (the words after the image) only; the
    // --entrypoint program is dropped, so the command seen is `run --user root`. Prefix the --entrypoint value to the
    // container's command before remoteAgent.
    devNodeCase(
        "docker run --entrypoint gitlab-runner in a team image with the docker socket",
        devNodeScript("dev-glr-entrypoint-67-nodes", [
            "docker run -d --privileged --entrypoint /usr/bin/gitlab-runner registry.example.com/platform/tools:1 run --user root",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker run of the GitLab runner image with only the docker socket mounted",
        devNodeScript("dev-glr-docker-sock-67-nodes", [
            "docker run -d --name ci -v /var/run/docker.sock:/var/run/docker.sock gitlab/gitlab-runner:latest",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner downloaded, copied with cp -p then renamed by mv",
        devNodeScript("dev-glr-cp-mv-67-nodes", [
            "curl -fsSL -o /tmp/glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "cp -p /tmp/glr /opt/x",
            "mv /opt/x /usr/local/bin/ci",
            "chmod +x /usr/local/bin/ci",
            "nohup ci run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner fetched with wget -O then run through env",
        devNodeScript("dev-glr-wget-env-67-nodes", [
            "wget -qO /usr/local/bin/ci https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "chmod +x /usr/local/bin/ci",
            "nohup env HOME=/root /usr/local/bin/ci run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner via the RPM package then `gitlab-runner start` (service install)",
        devNodeScript("dev-glr-start-67-nodes", [
            "dnf install -y gitlab-runner",
            "gitlab-runner register --non-interactive --url https://gitlab.example.com --token glrt-EXAMPLEONLY --executor shell",
            "gitlab-runner start",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "ECS agent container joining a cluster (docker run amazon/amazon-ecs-agent)",
        devNodeScript("dev-ecs-agent-container-67-nodes", [
            "docker run -d --name ecs-agent --net=host -v /var/run/docker.sock:/var/run/docker.sock -e ECS_CLUSTER=build amazon/amazon-ecs-agent:latest",
        ]),
        /docker\.sock|hands the node|ECS/,
    ),
    // Was a MISS (fixed in round 68): Amazon ECS developer guide "Amazon ECS container agent configuration" (ECS_CLUSTER in /etc/ecs/ecs.config: the
    // agent registers the instance in that cluster) and "Task definition parameters" (privileged, host volumes): whoever
    // may RunTask in the ECS cluster places privileged tasks on this EKS node (root) and tasks read the instance profile
    // role. compute.ts setsEcsCluster refuses ECS_CLUSTER for instances/ASGs, but an EKS node group's user data writing
    // ECS_CLUSTER and starting the ecs unit is accepted. Refuse ECS_CLUSTER / the ecs unit in node user data.
    devNodeCase(
        "packaged ECS agent (ecs-init) joining an ECS cluster from /etc/ecs/ecs.config",
        devNodeScript("dev-ecs-init-67-nodes", [
            "dnf install -y ecs-init",
            "echo ECS_CLUSTER=build-cluster >> /etc/ecs/ecs.config",
            "systemctl enable --now ecs",
        ]),
        /ECS|hands the node|remote|root/,
    ),
    devNodeCase(
        "salt-call state.apply against the master from /etc/salt/minion",
        devNodeScript("dev-salt-call-67-nodes", [
            "echo 'master: salt.example.com' > /etc/salt/minion",
            "/opt/saltstack/salt/salt-call state.apply",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 68): RKE2 docs "High Availability" / "Configuration Options" (/etc/rancher/rke2/config.yaml `server:
    // https://x:9345` + `token:` makes an rke2 server join the existing cluster; the packaged rke2-server.service runs
    // `rke2 server` reading that file): that cluster's API users schedule privileged pods onto this node (root).
    // REMOTE_AGENT_UNITS has rke2-agent but not rke2-server, and a server joins only with a --server word. Judge the
    // rke2-server/k3s units (and `rke2 server`/`k3s server`) with config.yaml `server:` (unknown text → fail closed).
    devNodeCase(
        "rke2 server joining another cluster by server: in /etc/rancher/rke2/config.yaml, packaged unit",
        devNodeScript("dev-rke2-server-config-67-nodes", [
            ...heredocFile("/etc/rancher/rke2/config.yaml", [
                "server: https://rke2.example.com:9345",
                "token: EXAMPLEONLY",
            ]),
            "systemctl enable --now rke2-server",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner queued with at now",
        devNodeScript("dev-glr-at-67-nodes", ["echo '/usr/bin/gitlab-runner run --user root' | at now"]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner under nice/ionice/taskset/daemonize",
        devNodeScript("dev-glr-nice-67-nodes", [
            "daemonize /usr/bin/nice -n 5 /usr/bin/ionice -c3 /usr/bin/taskset -c 0 /usr/bin/gitlab-runner run --user root",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner via exec -a inside bash -c",
        devNodeScript("dev-glr-exec-a-67-nodes", [
            "nohup bash -c 'exec -a ci /usr/bin/gitlab-runner run --user root' &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner via xargs subcommand",
        devNodeScript("dev-glr-xargs-67-nodes", ["echo run --user root | xargs /usr/bin/gitlab-runner"]),
        REMOTE,
    ),
    // Round 68 neighbours (fixer): the same classes by other sources the programs read.
    devNodeCase(
        "k3s server reading server: from K3S_CONFIG_FILE's file",
        devNodeScript("dev-k3s-config-file-env-68-nodes", [
            ...heredocFile("/opt/k3s/join.yaml", ["server: https://k3s.example.com:6443"]),
            "K3S_CONFIG_FILE=/opt/k3s/join.yaml nohup k3s server &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s server with server: in a config.yaml.d drop-in",
        devNodeScript("dev-k3s-config-dropin-68-nodes", [
            ...heredocFile("/etc/rancher/k3s/config.yaml.d/10-join.yaml", ["server: https://k3s.example.com:6443"]),
            "nohup k3s server &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "rke2 server with RKE2_URL exported",
        devNodeScript("dev-rke2-url-export-68-nodes", [
            "export RKE2_URL=https://rke2.example.com:9345",
            "nohup rke2 server &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "kubeadm join phase kubelet-start",
        devNodeScript("dev-kubeadm-join-phase-68-nodes", [
            "kubeadm join phase kubelet-start k8s.example.com:6443 --token abcdef.0123456789abcdef",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k0s controller joining an existing cluster by token file",
        devNodeScript("dev-k0s-controller-68-nodes", ["k0s controller --token-file /etc/k0s/token &"]),
        REMOTE,
    ),
    devNodeCase(
        "microk8s.join",
        devNodeScript("dev-microk8s-dot-join-68-nodes", ["/snap/bin/microk8s.join 10.0.0.5:25000/EXAMPLEONLYTOKEN"]),
        REMOTE,
    ),
    devNodeCase(
        "Fleet orbit unit with ORBIT_ENABLE_SCRIPTS in /etc/default/orbit",
        devNodeScript("dev-orbit-unit-68-nodes", [
            ...heredocFile("/etc/default/orbit", [
                "ORBIT_FLEET_URL=https://fleet.example.com",
                "ORBIT_ENABLE_SCRIPTS=true",
            ]),
            "systemctl enable --now orbit",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Wazuh remote commands in a written local_internal_options.conf, wazuh-control start",
        devNodeScript("dev-wazuh-control-68-nodes", [
            ...heredocFile("/var/ossec/etc/local_internal_options.conf", ["wazuh_command.remote_commands=1"]),
            "/var/ossec/bin/wazuh-control start",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner in a supervisord configuration given by -c",
        devNodeScript("dev-glr-supervisord-c-68-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[program:ci]", "command=/usr/bin/gitlab-runner run --user root"]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "podman --entrypoint as a JSON array running the GitLab runner, privileged",
        devNodeScript("dev-glr-entrypoint-json-68-nodes", [
            `podman run -d --privileged --entrypoint '["/usr/bin/gitlab-runner","run"]' registry.example.com/platform/tools:1 --user root`,
        ]),
        REMOTE,
    ),
    devNodeCase(
        "a path the team's tool was copied to, then overwritten by the GitLab runner's download and run",
        devNodeScript("dev-name-overwritten-68-nodes", [
            "aws s3 cp s3://platform-tools/node-setup /tmp/bin",
            "curl -fsSL -o /tmp/bin https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "chmod +x /tmp/bin",
            "nohup /tmp/bin run --user root &",
        ]),
        REMOTE,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 68): (secure refused) a known gap named by the round-67 fixers: "agent names never dropped". The download record of
    // /tmp/bin (gitlab-runner-linux-amd64) survives `aws s3 cp s3://platform-tools/node-setup /tmp/bin` overwriting it
    // (AWS CLI "aws s3 cp": the local file is replaced), so `node-setup run` (the team's own tool, copied from the team's
    // bucket) is judged as the GitLab runner. The runner itself is installed but never started (GitLab docs: `gitlab-runner
    // run`/`start`/the unit start it). Replace (not union) a path's download record when a later download/copy writes it.
    devNodeCase(
        "one temporary download path reused: the GitLab runner installed (not started), then the team's tool run",
        devNodeScript("dev-tmp-reuse-67-nodes", [
            "curl -fsSL -o /tmp/bin https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "install -m 0755 /tmp/bin /usr/local/bin/gitlab-runner",
            "aws s3 cp s3://platform-tools/node-setup /tmp/bin",
            "install -m 0755 /tmp/bin /usr/local/bin/node-setup",
            "node-setup run --profile eks-dev",
        ]),
        /./,
    ),
    devNodeCase(
        "SSM agent and CloudWatch agent (file config) started as packaged",
        devNodeScript("dev-ssm-cw-67-nodes", [
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/config.json", [
                '{ "logs": { "logs_collected": { "files": { "collect_list": [ { "file_path": "/var/log/messages", "log_group_name": "nodes" } ] } } } }',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json",
            "systemctl enable --now amazon-ssm-agent",
        ]),
    ),
    devNodeCase(
        "packaged consul unit with a written /etc/consul.d of local script checks only",
        devNodeScript("dev-consul-unit-local-67-nodes", [
            ...heredocFile("/etc/consul.d/consul.hcl", [
                'datacenter = "dc1"',
                'retry_join = ["consul.example.internal"]',
                "enable_local_script_checks = true",
            ]),
            "systemctl enable --now consul",
        ]),
    ),
    devNodeCase(
        "consul agent -config-dir with a written config without script checks",
        devNodeScript("dev-consul-config-dir-ok-67-nodes", [
            ...heredocFile("/etc/consul.d/consul.hcl", [
                'datacenter = "dc1"',
                'retry_join = ["consul.example.internal"]',
            ]),
            "nohup consul agent -config-dir=/etc/consul.d -data-dir=/opt/consul &",
        ]),
    ),
    devNodeCase(
        "k3s binary downloaded and only asked for its version; kubectl via k3s",
        devNodeScript("dev-k3s-version-67-nodes", [
            "curl -fsSL -o /usr/local/bin/k3s https://github.com/k3s-io/k3s/releases/download/v1.30.2%2Bk3s1/k3s",
            "chmod +x /usr/local/bin/k3s",
            "k3s --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "a tool downloaded under an agent's URL name then replaced by the team's own build before running it",
        devNodeScript("dev-name-replaced-67-nodes", [
            "curl -fsSL -o /usr/local/bin/ci https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "/usr/local/bin/ci --version > /tmp/v",
            "rm -f /usr/local/bin/ci",
            "curl -fsSL -o /usr/local/bin/ci https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64",
            "chmod +x /usr/local/bin/ci",
            "/usr/local/bin/ci run --help > /tmp/h || true",
        ]),
    ),
    // Was a MISS (fixed in round 68): (secure refused) "agent names never dropped": after `mv /tmp/agent /opt/archive/gitlab-runner` (mv(1): the
    // source path no longer exists) user data writes its own script to /tmp/agent by here-document; running it is judged
    // as the GitLab runner because /tmp/agent's download record is kept. A move should carry the record to the target and
    // drop it from the source; a here-document write should drop it.
    devNodeCase(
        "GitLab runner renamed then moved back out and the name reused for the team's own script",
        devNodeScript("dev-name-reused-67-nodes", [
            "curl -fsSL -o /tmp/agent https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "mv /tmp/agent /opt/archive/gitlab-runner",
            ...heredocFile("/tmp/agent", ["#!/bin/sh", "echo run >> /var/log/boot-steps"]),
            "chmod +x /tmp/agent",
            "/tmp/agent run",
        ]),
        /./,
    ),
    devNodeCase(
        "the docker image of the CloudWatch agent with host network (no agent of REMOTE_AGENTS)",
        devNodeScript("dev-cw-container-67-nodes", [
            "docker run -d --name cwagent --net=host public.ecr.aws/cloudwatch-agent/cloudwatch-agent:latest",
        ]),
    ),
    devNodeCase(
        "SSM agent restarted through service and snap",
        devNodeScript("dev-ssm-snap-67-nodes", ["snap start amazon-ssm-agent || service amazon-ssm-agent restart"]),
    ),
    devNodeCase(
        "consul CLI client reading a KV key from the local agent",
        devNodeScript("dev-consul-kv-67-nodes", ["consul kv get config/node/motd > /etc/motd || true"]),
    ),
    devNodeCase(
        "SSM agent snap unit and CloudWatch agent unit enabled",
        devNodeScript("dev-ssm-snap-unit-67-nodes", [
            "systemctl enable --now snap.amazon-ssm-agent.amazon-ssm-agent.service",
            "systemctl enable --now amazon-cloudwatch-agent",
        ]),
    ),
    // Round 68 neighbours (fixer): the same programs on configurations that join nothing.
    devNodeCase(
        "k3s server with a config.yaml of its own settings (no server:)",
        devNodeScript("dev-k3s-config-own-68-nodes", [
            ...heredocFile("/etc/rancher/k3s/config.yaml", [
                'write-kubeconfig-mode: "0600"',
                "disable:",
                "  - traefik",
            ]),
            "nohup k3s server &",
        ]),
    ),
    devNodeCase(
        "k3s unit with k3s.service.env of its own settings (no K3S_URL)",
        devNodeScript("dev-k3s-unit-env-own-68-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service.env", ["K3S_KUBECONFIG_MODE=0600"]),
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "kubeadm and microk8s asked for their version and status only",
        devNodeScript("dev-kubeadm-version-68-nodes", ["kubeadm version -o short > /tmp/v", "microk8s status || true"]),
    ),
    devNodeCase(
        "Wazuh agent unit with a local_internal_options.conf without remote commands",
        devNodeScript("dev-wazuh-plain-68-nodes", [
            ...heredocFile("/var/ossec/etc/local_internal_options.conf", ["agent.debug=0"]),
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "a loopback program in a supervisord configuration given by -c",
        devNodeScript("dev-supervisord-c-ok-68-nodes", [
            ...heredocFile("/opt/sup/sup.conf", [
                "[program:health]",
                "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
    ),
    // DECIDED (round 90): the team's tool is now run as it came (`/tmp/dl`). Its original run `/tmp/dl run --profile
    // eks-dev` is refused since round 90 (rootReads.ts verifiedRunAsItCame: a verified download run by its own path
    // with arguments is a program the pack cannot read, as its interpreter run is since round 88): an unread download's
    // arguments can register the node elsewhere (AWS SSM CreateActivation: "an activation code and activation ID you
    // can use to register your on-premises servers ... with AWS Systems Manager", given to the downloaded
    // ssm-setup-cli as `-register -activation-code ... -activation-id ...`). Kept as A15 in redteam89-probe.test.ts.
    devNodeCase(
        "the GitLab runner download moved away and the path filled by the team's tool from S3",
        devNodeScript("dev-name-moved-s3-68-nodes", [
            "curl -fsSL -o /tmp/dl https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "mv /tmp/dl /usr/local/bin/gitlab-runner",
            "aws s3 cp s3://platform-tools/node-setup /tmp/dl",
            "chmod +x /tmp/dl",
            "/tmp/dl",
        ]),
    ),
];

describeNodeCases("red team 67: node user data remote agents (fresh eyes on round 67)", insecure, secure);
