// Red-team round 66 on EKS NODE user data: remote agents (REMOTE_AGENTS, remoteAgent, downloadedName, REMOTE_AGENT_UNITS in
// userData.ts), fresh eyes on round 66's widening (one remoteAgent matcher: names as given, downloadedName with -fips,
// the URL file name user data downloaded a program from, scripts run through a shell).
// Probed: agents identified only by environment variables (GitHub runner ACTIONS_RUNNER_INPUT_JITCONFIG) or config files
// (a GitHub runner directory with .runner/.credentials, a renamed buildkite-agent with its .cfg); binaries renamed after
// download (install/mv, ln -s, relative `curl -o`, `curl > file`, `aws s3 cp`, tarball + mv); agents run through
// interpreters (python3 ansible-pull / salt-minion / buildbot-worker, Puppet's ruby, twistd -y buildbot.tac); wrappers
// (start-stop-daemon, runuser, su -c, tmux, setsid/flock/stdbuf, env -i sh -c exec, busybox nohup, /etc/init.d, service(8));
// systemd (drop-in override, ExecStartPre, `systemctl link`, template instances buildkite-agent@N, rke2-agent); containers
// (ctr with containerd.sock, nerdctl --privileged); agents not in the table (Bamboo remote agent, Azure Arc azcmagent,
// Landscape client with --script-users, k3s agent, Consul with -enable-script-checks, ECS Anywhere installer).
// Secure neighbours: SSM agent with the node's own role, CloudWatch agent, Vault Agent, buildkite-agent-metrics, tools
// downloaded to relative paths / from S3 / symlinked, -javaagent, a team's own `agent` unit, service(8) of system units.
// Misses (24 insecure, 0 secure). Insecure accepted: ACTIONS_RUNNER_INPUT_JITCONFIG run.sh; gitlab-runner renamed via
// install, via relative `curl -o`, via `aws s3 cp`, via ln -s, via `curl > runner`; buildkite-agent renamed out of its
// tarball; python3 ansible-pull; Puppet's ruby running puppet agent; twistd -y buildbot.tac; python3 buildbot-worker;
// python3 salt-minion; `service gitlab-runner start`; `systemctl link` of a written unit; Bamboo installer jar;
// bamboo-agent.sh start; azcmagent connect; landscape-config --script-users=ALL; k3s agent --server; consul agent
// -enable-script-checks; nerdctl run --privileged runner image; a configured runner dir's run.sh; rke2-agent unit;
// buildkite-agent@N units.
// Refused as they should be: start-stop-daemon, runuser, su -c, tmux, setsid/flock/stdbuf, env -i sh -c exec, busybox
// nohup, /etc/init.d/gitlab-runner start, drop-in ExecStart, ExecStartPre, ECS Anywhere installer, ctr + containerd.sock.
// 15 of 15 secure neighbours accepted.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read/i;
const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 67): actions/runner CommandSettings reads every option also from ACTIONS_RUNNER_INPUT_<NAME> environment variables
    // (actions-runner-controller sets ACTIONS_RUNNER_INPUT_JITCONFIG for its runners, constants.go EnvVarRunnerJITConfig);
    // GitHub docs "Using just-in-time runners": the runner takes a workflow job and runs it on the host as root here
    // (RUNNER_ALLOW_RUNASROOT). The run.sh entry of REMOTE_AGENTS (userData.ts) needs a `--jitconfig` word or an
    // actions-runner/vsts-agent/azagent path; the same runner in /opt/ci with the config in the environment is accepted.
    // Read ACTIONS_RUNNER_INPUT_JITCONFIG (and RUNNER_ALLOW_RUNASROOT) in the command's environment as --jitconfig.
    devNodeCase(
        "GitHub runner by environment only: cd /opt/ci && ACTIONS_RUNNER_INPUT_JITCONFIG=... ./run.sh",
        devNodeScript("dev-gh-runner-env-jit-nodes", [
            "cd /opt/ci && ACTIONS_RUNNER_INPUT_JITCONFIG=EXAMPLEONLYBASE64 RUNNER_ALLOW_RUNASROOT=1 nohup ./run.sh &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): GitLab docs "Install GitLab Runner manually on GNU/Linux" (download gitlab-runner-linux-amd64, then install it
    // under any name): `install -m 0755 /tmp/glr /usr/local/bin/ci` copies the downloaded runner; `ci register
    // --executor shell` + `ci run --user root` runs every project's CI jobs as root ("Shell executor"). remoteAgent's
    // downloads map (ScriptView.downloads) keys the curl output path only; a copy (install/cp/mv) loses the URL name,
    // so `ci` matches nothing. Carry the download's source name through copies, moves and links.
    devNodeCase(
        "GitLab runner downloaded then installed under another name: install /tmp/glr /usr/local/bin/ci; ci run",
        devNodeScript("dev-glr-install-renamed-nodes", [
            "curl -fsSL -o /tmp/glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "install -m 0755 /tmp/glr /usr/local/bin/ci",
            "/usr/local/bin/ci register --non-interactive --url https://gitlab.example.com --token glrt-EXAMPLEONLY --executor shell",
            "nohup /usr/local/bin/ci run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): curl(1) "-o, --output <file>" takes a relative file name (written in the working directory); the downloads
    // scan in userData.ts only records absolute output paths (`(\/[^\s'";&|]+)`), so `cd /usr/local/bin; curl -o glr
    // .../gitlab-runner-linux-amd64; ./glr run --user root` (GitLab Runner, "Shell executor": jobs as the runner's user,
    // root) is accepted. Resolve relative output paths against the script's working directory.
    devNodeCase(
        "GitLab runner downloaded to a relative path: cd /usr/local/bin; curl -o glr URL; ./glr run",
        devNodeScript("dev-glr-relative-output-nodes", [
            "cd /usr/local/bin",
            "curl -fsSL -o glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "chmod +x glr",
            "nohup ./glr run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): AWS CLI "aws s3 cp <S3Uri> <LocalPath>": the destination is a positional operand, not -o/-O/>, so the
    // downloads scan never records it; the GitLab runner binary mirrored to a platform bucket and saved as `ci`, then
    // `ci run --user root`, runs every project's CI jobs as root (GitLab Runner "Shell executor"). Accepted. Read
    // `aws s3 cp SRC DEST` (and s3api get-object's outfile) as a download named by SRC's last path segment.
    devNodeCase(
        "GitLab runner from S3: aws s3 cp s3://.../gitlab-runner-linux-amd64 /usr/local/bin/ci; ci run",
        devNodeScript("dev-glr-s3-cp-nodes", [
            "aws s3 cp s3://platform-tools/gitlab-runner-linux-amd64 /usr/local/bin/ci",
            "chmod +x /usr/local/bin/ci",
            "nohup /usr/local/bin/ci run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): ln(1) `ln -sf TARGET LINK`: running LINK runs TARGET (path_resolution(7)); /usr/local/bin/ci -> the
    // packaged /opt/gitlab-runner/gitlab-runner, so `ci run --user root` is the GitLab runner running CI jobs as root.
    // remoteAgent matches the basename as given (`ci`) only. Follow symlinks user data made to the target's name.
    devNodeCase(
        "GitLab runner through a symlink: ln -sf /opt/gitlab-runner/gitlab-runner /usr/local/bin/ci; ci run",
        devNodeScript("dev-glr-symlink-nodes", [
            "ln -sf /opt/gitlab-runner/gitlab-runner /usr/local/bin/ci",
            "nohup /usr/local/bin/ci run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): curl(1) writes to standard output by default; `curl URL > runner` (a relative redirect) saves the GitLab
    // runner as ./runner; `./runner run --user root` runs CI jobs as root (GitLab "Shell executor"). The downloads scan
    // accepts `>` only before an absolute path. Resolve redirect targets against the working directory.
    devNodeCase(
        "GitLab runner saved by redirect to a relative name: curl URL > runner; ./runner run",
        devNodeScript("dev-glr-redirect-relative-nodes", [
            "mkdir -p /opt/ci && cd /opt/ci",
            "curl -fsSL https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64 > runner",
            "chmod +x runner",
            "nohup ./runner run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Buildkite docs "Linux" install (release tarball buildkite-agent-linux-amd64-VERSION.tar.gz holding the
    // buildkite-agent binary and buildkite-agent.cfg `token=`): extracted, moved to /usr/local/bin/bk, `bk start
    // --config .../buildkite-agent.cfg` runs the organisation's pipeline jobs on the host as root ("buildkite-agent
    // start"). The name `bk` matches nothing and the config file naming the agent (token) is not read. Follow mv of
    // extracted files, or recognise buildkite-agent by its configuration (token=) / options.
    devNodeCase(
        "Buildkite agent extracted from its tarball and renamed: mv .../buildkite-agent /usr/local/bin/bk; bk start --config",
        devNodeScript("dev-buildkite-renamed-nodes", [
            ...heredocFile("/etc/buildkite-agent/buildkite-agent.cfg", [
                'token="EXAMPLEONLY"',
                'name="%hostname-%spawn"',
            ]),
            "mkdir -p /opt/bk",
            "curl -fsSL https://github.com/buildkite/agent/releases/download/v3.70.0/buildkite-agent-linux-amd64-3.70.0.tar.gz | tar -xz -C /opt/bk",
            "mv /opt/bk/buildkite-agent /usr/local/bin/bk",
            "nohup /usr/local/bin/bk start --config /etc/buildkite-agent/buildkite-agent.cfg &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): python(1) "python [script] [args]": `python3 /usr/bin/ansible-pull -U URL` runs ansible-pull (a Python
    // script), which "pulls playbooks from a VCS repo and executes them for the local host" (ansible-pull(1)) as root.
    // remoteAgent unwraps shells (SHELLS) only, so the name seen is python3. Unwrap interpreters (python, ruby, perl,
    // node...) to their script operand as for shells.
    devNodeCase(
        "ansible-pull through its interpreter: python3 /usr/bin/ansible-pull -U ...",
        devNodeScript("dev-ansible-pull-python-nodes", [
            "python3 /usr/bin/ansible-pull -U https://git.example.com/node.git local.yml",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Puppet ships its own Ruby (/opt/puppetlabs/puppet/bin/ruby) and /opt/puppetlabs/puppet/bin/puppet is a Ruby
    // script; ruby(1) "ruby [options] [programfile] [arguments]" runs it, and `puppet agent --server X` hands the node
    // to that Puppet server (the puppet entry of REMOTE_AGENTS). Seen as `ruby`, nothing matches. Unwrap interpreters.
    devNodeCase(
        "puppet agent through Puppet's ruby: /opt/puppetlabs/puppet/bin/ruby .../puppet agent --server ...",
        devNodeScript("dev-puppet-ruby-nodes", [
            "/opt/puppetlabs/puppet/bin/ruby /opt/puppetlabs/puppet/bin/puppet agent --server puppet.example.com --daemonize",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Buildbot worker images and docs run the worker as `twistd --nodaemon --no_save -y buildbot.tac` (twistd(1)
    // "-y, --python=: read an application from within a Python file"; the worker's buildbot.tac builds
    // buildbot_worker.bot.Worker(master, port, name, passwd)): the master's build steps run on the host as root, the
    // same as `buildbot-worker start` (REMOTE_AGENTS' buildbot-worker entry). twistd with a worker .tac is not matched.
    devNodeCase(
        "Buildbot worker through twistd: cd WORKDIR && twistd --nodaemon --no_save -y buildbot.tac",
        devNodeScript("dev-buildbot-twistd-nodes", [
            "cd /var/lib/buildbot/worker && nohup twistd --nodaemon --no_save -y buildbot.tac &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): buildbot-worker is a Python console script; python(1) runs it with its arguments, so `python3
    // /usr/local/bin/buildbot-worker start DIR` is `buildbot-worker start DIR` (REMOTE_AGENTS buildbot-worker entry:
    // the master's build steps as root). Only shells are unwrapped. Unwrap interpreters to their script operand.
    devNodeCase(
        "buildbot-worker through python3: python3 /usr/local/bin/buildbot-worker start DIR",
        devNodeScript("dev-buildbot-python-nodes", [
            "python3 /usr/local/bin/buildbot-worker start /var/lib/buildbot/worker",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "start-stop-daemon --start --exec /usr/bin/gitlab-runner -- run",
        devNodeScript("dev-ssd-glr-nodes", [
            "start-stop-daemon --start --background --exec /usr/bin/gitlab-runner -- run --user root",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "runuser -u root -- buildkite-agent start",
        devNodeScript("dev-runuser-bk-nodes", [
            "runuser -u root -- /usr/bin/buildkite-agent start --token EXAMPLEONLY &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "su -c 'gitlab-runner run' root",
        devNodeScript("dev-su-glr-nodes", ["su -c 'nohup gitlab-runner run --user root &' root"]),
        REMOTE,
    ),
    devNodeCase(
        "tmux new-session -d 'buildkite-agent start'",
        devNodeScript("dev-tmux-bk-nodes", ["tmux new-session -d -s ci 'buildkite-agent start --token EXAMPLEONLY'"]),
        REMOTE,
    ),
    devNodeCase(
        "setsid -f flock /run/ci.lock stdbuf -oL gitlab-runner run",
        devNodeScript("dev-setsid-glr-nodes", [
            "setsid -f flock /run/ci.lock stdbuf -oL gitlab-runner run --user root",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): service(8) "service SCRIPT COMMAND" runs the SysV script or, under systemd, `systemctl COMMAND SCRIPT`; the
    // gitlab-runner package installs a gitlab-runner unit, so `service gitlab-runner start` starts the runner (CI jobs
    // as root, GitLab "Shell executor"). Only `systemctl enable|start|restart|reenable` consults REMOTE_AGENT_UNITS
    // (`/etc/init.d/gitlab-runner start` is refused through the name). Read `service UNIT start|restart` (and
    // `chkconfig UNIT on`, `update-rc.d UNIT enable`) as systemctl.
    devNodeCase(
        "service gitlab-runner start (service(8))",
        devNodeScript("dev-service-glr-nodes", ["service gitlab-runner start"]),
        REMOTE,
    ),
    devNodeCase(
        "systemd drop-in replacing an app unit's ExecStart with gitlab-runner run",
        devNodeScript("dev-dropin-glr-nodes", [
            ...heredocFile("/etc/systemd/system/app.service.d/override.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/gitlab-runner run --user root",
            ]),
            "systemctl daemon-reload",
            "systemctl restart app",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "a written unit whose ExecStartPre runs buildkite-agent start",
        devNodeScript("dev-execstartpre-bk-nodes", [
            ...systemdUnit("ci", [
                "ExecStartPre=/usr/bin/buildkite-agent start --token EXAMPLEONLY",
                "ExecStart=/bin/true",
            ]),
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): systemctl(1) "link PATH...: Link a unit file that is not in the unit file search paths into the unit file
    // search path"; user data writes /opt/ci/ci.service (ExecStart=/usr/bin/gitlab-runner run --user root), links it
    // and `systemctl enable --now ci` starts it: the GitLab runner runs CI jobs as root. Written units are read under
    // /etc/systemd/system only; a linked unit file elsewhere is not. Read unit files `systemctl link`/`enable PATH` name.
    devNodeCase(
        "systemctl link /opt/ci/ci.service (a unit file user data wrote) + enable --now ci",
        devNodeScript("dev-systemctl-link-glr-nodes", [
            ...heredocFile("/opt/ci/ci.service", [
                "[Unit]",
                "Description=ci",
                "[Service]",
                "ExecStart=/usr/bin/gitlab-runner run --user root",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl link /opt/ci/ci.service",
            "systemctl enable --now ci",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Atlassian Bamboo docs "Bamboo remote agent installation guide" (`java -jar
    // atlassian-bamboo-agent-installer-X.jar http://BAMBOO/agentServer/`; it installs and runs the agent): the Bamboo
    // server's build and deployment tasks (Script tasks) run on the host as the agent's user, root here. The java entry of
    // REMOTE_AGENTS knows Jenkins/GoCD/TeamCity/Bitbucket only; Bamboo has no entry. Add the installer jar (and the
    // `/agentServer/` URL operand) and bamboo-agent.sh.
    devNodeCase(
        "Bamboo remote agent: java -jar atlassian-bamboo-agent-installer-9.6.2.jar https://bamboo/agentServer/",
        devNodeScript("dev-bamboo-installer-nodes", [
            "nohup java -jar /opt/bamboo/atlassian-bamboo-agent-installer-9.6.2.jar https://bamboo.example.com/agentServer/ &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Atlassian Bamboo docs (remote agent with the Java Service Wrapper: `<agent home>/bin/bamboo-agent.sh start`):
    // starts the installed remote agent, whose server runs build tasks on the host as root. No bamboo-agent entry in
    // REMOTE_AGENTS or REMOTE_AGENT_UNITS.
    devNodeCase(
        "Bamboo remote agent wrapper: /root/bamboo-agent-home/bin/bamboo-agent.sh start",
        devNodeScript("dev-bamboo-agent-sh-nodes", ["/root/bamboo-agent-home/bin/bamboo-agent.sh start"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Azure docs "Connect hybrid machines to Azure using a deployment script" / "azcmagent connect" (the Connected
    // Machine agent; Azure Arc "Run command" and VM extensions (Custom Script) run scripts as root on the machine): the
    // node is handed to whoever holds Run Command/extension rights in that Azure subscription. No azcmagent entry in
    // REMOTE_AGENTS. Add `azcmagent connect` (and the himds unit).
    devNodeCase(
        "Azure Arc Connected Machine agent: azcmagent connect --service-principal-id ...",
        devNodeScript("dev-azcmagent-connect-nodes", [
            "azcmagent connect --service-principal-id 00000000-0000-0000-0000-000000000000 --service-principal-secret EXAMPLEONLY --resource-group rg --tenant-id 00000000-0000-0000-0000-000000000000 --location eastus --subscription-id 00000000-0000-0000-0000-000000000000",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Ubuntu Landscape docs "Remote script execution" (administrators run scripts on registered clients as the
    // users --script-users allows; ALL includes root) and landscape-config(1): `landscape-config --url ...
    // --script-users=ALL` registers the client and starts it. cloud-config's `landscape` module is in
    // REMOTE_MANAGEMENT, but the command form has no REMOTE_AGENTS entry. Add landscape-config (registration) and the
    // landscape-client unit.
    devNodeCase(
        "Landscape client with remote scripts: landscape-config --script-users=ALL",
        devNodeScript("dev-landscape-config-nodes", [
            "landscape-config --silent --computer-title node1 --account-name standalone --url https://landscape.example.com/message-system --ping-url http://landscape.example.com/ping --script-users=ALL",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): K3s docs "Quick-Start" / "k3s agent" (`k3s agent --server https://myserver:6443 --token TOKEN`, or
    // K3S_URL/K3S_TOKEN): the node joins another cluster whose API users schedule privileged/hostPath pods onto it, root
    // on the node. No k3s/rke2 entry in REMOTE_AGENTS. Add `k3s agent` (--server/K3S_URL) and rke2-agent.
    devNodeCase(
        "k3s agent joining another cluster: k3s agent --server https://other:6443 --token ...",
        devNodeScript("dev-k3s-agent-nodes", [
            "nohup /usr/local/bin/k3s agent --server https://k3s.example.com:6443 --token EXAMPLEONLY &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Consul docs "Security models: Consul" ("enable_script_checks ... If the Consul agent HTTP API is exposed ...
    // script checks present a remote code execution threat") and "Health checks" (script checks run on the agent host):
    // any client that may register a check over the agent's API runs commands as the agent's user, root here. No
    // consul entry in REMOTE_AGENTS. Refuse `consul agent` with -enable-script-checks (or a config the pack cannot read).
    devNodeCase(
        "Consul client agent with script checks: consul agent -retry-join ... -enable-script-checks",
        devNodeScript("dev-consul-script-checks-nodes", [
            "nohup consul agent -data-dir /var/lib/consul -retry-join consul.example.com -enable-script-checks &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "ECS Anywhere installer: bash ecs-anywhere-install.sh --activation-id ... --activation-code ...",
        devNodeScript("dev-ecs-anywhere-nodes", [
            "curl --proto https -o /tmp/ecs-anywhere-install.sh https://amazon-ecs-agent.s3.amazonaws.com/ecs-anywhere-install-latest.sh",
            "bash /tmp/ecs-anywhere-install.sh --region us-east-1 --cluster other --activation-id EXAMPLEONLY --activation-code EXAMPLEONLY",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "ctr run of a runner image with containerd.sock mounted",
        devNodeScript("dev-ctr-runner-sock-nodes", [
            "ctr -n default image pull docker.io/gitlab/gitlab-runner:latest",
            "ctr -n default run -d --net-host --mount type=bind,src=/run/containerd/containerd.sock,dst=/run/containerd/containerd.sock,options=rbind:rw docker.io/gitlab/gitlab-runner:latest glr",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 67): nerdctl(1) run "--privileged: Give extended privileges to this container" (all capabilities, host devices:
    // root on the node) with --net host; the image is a GitHub runner (myoung34/github-runner: REPO_URL, RUNNER_TOKEN)
    // running every workflow's job in that privileged container. Accepted with no refusal at all (ctr with
    // containerd.sock is refused). Refuse privileged/host-namespace containers user data runs (nerdctl, ctr, docker,
    // podman), and CI runner images in any container.
    devNodeCase(
        "nerdctl run --privileged --net host a GitHub runner image",
        devNodeScript("dev-nerdctl-privileged-runner-nodes", [
            "nerdctl run -d --privileged --net host -e RUNNER_TOKEN=EXAMPLEONLY -e REPO_URL=https://github.com/example/repo myoung34/github-runner:latest",
        ]),
        /./,
    ),
    devNodeCase(
        "env -i sh -c 'exec /usr/bin/gitlab-runner run'",
        devNodeScript("dev-env-sh-exec-glr-nodes", [
            "env -i PATH=/usr/bin sh -c 'exec /usr/bin/gitlab-runner run --user root' &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "busybox nohup gitlab-runner run",
        devNodeScript("dev-busybox-nohup-glr-nodes", ["busybox nohup gitlab-runner run --user root &"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): actions/runner: run.sh starts bin/Runner.Listener, which runs the registration in the directory's .runner and
    // .credentials (written by config.sh, or restored from a pre-configured runner); GitHub docs "Adding self-hosted
    // runners": workflow jobs then run on the host, root here (RUNNER_ALLOW_RUNASROOT). The run.sh entry needs
    // --jitconfig or an actions-runner path; a runner directory identified by its config files (.runner/.credentials
    // user data wrote) at /opt/ci is accepted. Treat run.sh next to a .runner/.credentials as the runner.
    devNodeCase(
        "GitHub runner identified by its config files: /opt/ci/.runner + .credentials; bash run.sh",
        devNodeScript("dev-gh-runner-config-files-nodes", [
            ...heredocFile("/opt/ci/.runner", [
                '{"agentId": 1, "agentName": "node1", "gitHubUrl": "https://github.com/example", "serverUrl": "https://pipelines.actions.githubusercontent.com/x"}',
            ]),
            ...heredocFile("/opt/ci/.credentials", [
                '{"scheme": "OAuth", "data": {"clientId": "EXAMPLEONLY", "authorizationUrl": "https://example/x"}}',
            ]),
            "cd /opt/ci && RUNNER_ALLOW_RUNASROOT=1 nohup bash run.sh &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): salt-minion is a Python script; `python3 /usr/bin/salt-minion -d` is the minion (REMOTE_AGENTS salt-minion:
    // the Salt master runs anything as root). Only shells are unwrapped. Unwrap interpreters to their script operand.
    devNodeCase(
        "salt-minion through python3: python3 /usr/bin/salt-minion -d",
        devNodeScript("dev-salt-minion-python-nodes", ["python3 /usr/bin/salt-minion -d"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): RKE2 docs "Quick Start: Linux Agent (Worker) Node Installation" (/etc/rancher/rke2/config.yaml `server:`,
    // `token:`, then `systemctl enable --now rke2-agent.service`): the node joins another cluster whose users schedule
    // privileged pods onto it (root on the node). rke2-agent is not in REMOTE_AGENT_UNITS. Add rke2-agent and k3s-agent.
    devNodeCase(
        "rke2 agent joining another cluster: config.yaml server/token + systemctl enable --now rke2-agent",
        devNodeScript("dev-rke2-agent-nodes", [
            ...heredocFile("/etc/rancher/rke2/config.yaml", [
                "server: https://rke2.example.com:9345",
                "token: EXAMPLEONLY",
            ]),
            "systemctl enable --now rke2-agent",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 67): Buildkite docs (buildkite/docs#186 and the agent's Ubuntu guide on parallel agents: copy the unit to
    // buildkite-agent@.service, then `systemctl enable --now buildkite-agent@1`): each instance runs `buildkite-agent
    // start`, pipeline jobs as the agent's user. REMOTE_AGENT_UNITS allows `@instance` for buildkite-worker only;
    // `buildkite-agent@1` matches nothing. Match every agent unit name with an optional `@instance`.
    devNodeCase(
        "Buildkite template units: systemctl enable --now buildkite-agent@1 buildkite-agent@2",
        devNodeScript("dev-buildkite-template-units-nodes", [
            "systemctl enable --now buildkite-agent@1 buildkite-agent@2",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "SysV init script: /etc/init.d/gitlab-runner start",
        devNodeScript("dev-initd-glr-nodes", ["/etc/init.d/gitlab-runner start"]),
        REMOTE,
    ),
    // Round 67 neighbours (how a known agent is reached): the download record follows copies, moves, links and
    // redirections in order, against each command's working directory; a bare name is looked up on PATH.
    devNodeCase(
        "GitLab runner by wget -qO to a relative name: cd /opt/ci && wget -qO glr URL && ./glr run",
        devNodeScript("dev-glr-wget-relative-67-nodes", [
            "mkdir -p /opt/ci && cd /opt/ci && wget -qO glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64 && chmod +x glr && nohup ./glr run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner through a chain: curl -o /tmp/a; mv /tmp/a /tmp/b; install /tmp/b /usr/local/bin/ci; ci run (PATH)",
        devNodeScript("dev-glr-chain-67-nodes", [
            "curl -fsSL -o /tmp/a https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "mv /tmp/a /tmp/b",
            "install -m 0755 /tmp/b /usr/local/bin/ci",
            "nohup ci run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitLab runner saved through tee: curl URL | tee /usr/local/bin/ci > /dev/null; ci run",
        devNodeScript("dev-glr-tee-67-nodes", [
            "curl -fsSL https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64 | tee /usr/local/bin/ci > /dev/null",
            "chmod +x /usr/local/bin/ci",
            "nohup /usr/local/bin/ci run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "a unit written before the runner is installed under its ExecStart name (judged with every copy seen)",
        devNodeScript("dev-glr-unit-before-install-67-nodes", [
            ...systemdUnit("ci", ["ExecStart=/usr/local/bin/ci run --user root"]),
            "curl -fsSL -o /tmp/glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "install -m 0755 /tmp/glr /usr/local/bin/ci",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "salt-call through python3 -u (an interpreter's option before the script)",
        devNodeScript("dev-salt-call-python-67-nodes", ["python3 -u /usr/bin/salt-call state.apply"]),
        REMOTE,
    ),
    devNodeCase(
        "a Buildbot worker .tac under another name, run by twistd -noy",
        devNodeScript("dev-buildbot-twistd-tac-67-nodes", [
            ...heredocFile("/opt/w/worker.tac", [
                "from buildbot_worker.bot import Worker",
                "from twisted.application import service",
                'application = service.Application("buildbot-worker")',
                'Worker("buildbot.example.com", 9989, "node1", "EXAMPLEONLY", "/opt/w", 600).setServiceParent(application)',
            ]),
            "nohup twistd -noy /opt/w/worker.tac &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "service buildkite-agent restart; chkconfig gitlab-runner on; update-rc.d gitlab-runner defaults",
        devNodeScript("dev-sysv-front-ends-67-nodes", [
            "service buildkite-agent restart",
            "chkconfig gitlab-runner on",
            "update-rc.d gitlab-runner defaults",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemctl enable --now /opt/ci/ci.service (enable given a unit file's path links it)",
        devNodeScript("dev-systemctl-enable-path-67-nodes", [
            ...heredocFile("/opt/ci/ci.service", [
                "[Service]",
                "ExecStart=/usr/bin/gitlab-runner run --user root",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now /opt/ci/ci.service",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemctl start gitlab-runner@ci.service (an instance of an agent's template)",
        devNodeScript("dev-glr-instance-67-nodes", ["systemctl start gitlab-runner@ci.service"]),
        REMOTE,
    ),
    // Round 67 neighbours (agents-table): the same classes in other spellings.
    devNodeCase(
        "GitHub runner by an exported variable: export ACTIONS_RUNNER_INPUT_JITCONFIG=...; cd /opt/ci; ./run.sh",
        devNodeScript("dev-gh-runner-export-jit-67-nodes", [
            "export ACTIONS_RUNNER_INPUT_JITCONFIG=EXAMPLEONLYBASE64",
            "cd /opt/ci",
            "RUNNER_ALLOW_RUNASROOT=1 nohup ./run.sh &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Azure Pipelines agent configured by environment: VSTS_AGENT_INPUT_URL=... ./config.sh --unattended",
        devNodeScript("dev-vsts-env-config-67-nodes", [
            "cd /opt/ci && VSTS_AGENT_INPUT_URL=https://dev.azure.com/example VSTS_AGENT_INPUT_AUTH=pat VSTS_AGENT_INPUT_TOKEN=EXAMPLEONLY ./config.sh --unattended",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "GitHub runner directory by its .runner only: ./run.sh beside a written .runner",
        devNodeScript("dev-gh-runner-dot-runner-67-nodes", [
            ...heredocFile("/srv/worker/.runner", ['{"agentId": 7, "gitHubUrl": "https://github.com/example"}']),
            "cd /srv/worker && nohup ./run.sh &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Bamboo agent installer renamed: java -jar /opt/x/installer.jar https://bamboo/agentServer/",
        devNodeScript("dev-bamboo-renamed-jar-67-nodes", [
            "nohup java -Dbamboo.home=/opt/bamboo -jar /opt/x/installer.jar https://bamboo.example.com/agentServer/ &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s server joining another cluster's servers: k3s server --server https://other:6443",
        devNodeScript("dev-k3s-server-join-67-nodes", [
            "nohup k3s server --server https://k3s.example.com:6443 --token EXAMPLEONLY &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "rke2 agent as a command; k3s-agent and landscape-client units",
        devNodeScript("dev-rke2-agent-cmd-67-nodes", [
            "nohup rke2 agent --server https://rke2.example.com:9345 --token EXAMPLEONLY &",
            "systemctl enable --now k3s-agent.service landscape-client",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Consul script checks from a configuration file user data wrote: consul agent -config-file FILE",
        devNodeScript("dev-consul-config-file-checks-67-nodes", [
            ...heredocFile("/etc/consul.d/agent.hcl", [
                'retry_join = ["consul.example.com"]',
                "enable_script_checks = true",
            ]),
            "nohup consul agent -data-dir /var/lib/consul -config-file=/etc/consul.d/agent.hcl &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Consul remote exec from -config-dir (disable_remote_exec false) and -hcl script checks",
        devNodeScript("dev-consul-config-dir-exec-67-nodes", [
            ...heredocFile("/etc/consul.d/exec.json", ['{"disable_remote_exec": false}']),
            "nohup consul agent -data-dir /var/lib/consul -config-dir /etc/consul.d &",
            "nohup consul agent -data-dir /var/lib/consul2 -hcl 'enable_script_checks = true' &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "podman run --privileged of the GitLab runner image",
        devNodeScript("dev-podman-privileged-glr-67-nodes", [
            "podman run -d --privileged --name glr docker.io/gitlab/gitlab-runner:v17.0.0",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker run --net host of a GitHub runner image (instance metadata: the node role)",
        devNodeScript("dev-docker-hostnet-ghr-67-nodes", [
            "docker run -d --network host -e RUNNER_TOKEN=EXAMPLEONLY -e REPO_URL=https://github.com/example/repo myoung34/github-runner:ubuntu-jammy",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "nerdctl run --privileged of a plain image running the runner: ubuntu /actions-runner/run.sh --jitconfig",
        devNodeScript("dev-nerdctl-privileged-cmd-runner-67-nodes", [
            "nerdctl run -d --privileged public.ecr.aws/ubuntu/ubuntu:22.04 /actions-runner/run.sh --jitconfig EXAMPLEONLY",
        ]),
        REMOTE,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "systemctl enable --now amazon-ssm-agent (the node's own role)",
        devNodeScript("dev-ssm-own-role-nodes", ["systemctl enable --now amazon-ssm-agent"]),
    ),
    devNodeCase(
        "CloudWatch agent fetch-config from a file user data wrote",
        devNodeScript("dev-cwagent-fetch-config-nodes", [
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/config.json", [
                '{"metrics": {"metrics_collected": {"mem": {"measurement": ["mem_used_percent"]}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json",
        ]),
    ),
    devNodeCase(
        "vault agent -config FILE (Vault Agent, a secrets client, not a remote agent)",
        devNodeScript("dev-vault-agent-nodes", [
            ...heredocFile("/etc/vault/agent.hcl", [
                'vault { address = "https://vault.example.com:8200" }',
                'auto_auth { method "aws" { config = { type = "iam", role = "node" } } }',
                'template { source = "/etc/vault/app.tpl" destination = "/etc/app/app.env" }',
            ]),
            "nohup vault agent -config=/etc/vault/agent.hcl &",
        ]),
    ),
    devNodeCase(
        "buildkite-agent-metrics downloaded under its release name (an exporter, not the agent)",
        devNodeScript("dev-buildkite-metrics-nodes", [
            "curl -fsSL -o /usr/local/bin/buildkite-agent-metrics https://github.com/buildkite/buildkite-agent-metrics/releases/download/v5.9.0/buildkite-agent-metrics-linux-amd64",
            "chmod +x /usr/local/bin/buildkite-agent-metrics",
            "/usr/local/bin/buildkite-agent-metrics -version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "consul version; azcmagent version (probes)",
        devNodeScript("dev-agent-version-probes-66-nodes", [
            "consul version > /tmp/v",
            "azcmagent version > /tmp/v2 || true",
        ]),
    ),
    devNodeCase(
        "a tool downloaded to a relative path: cd /usr/local/bin; curl -o kubectl URL; ./kubectl version --client",
        devNodeScript("dev-kubectl-relative-nodes", [
            "cd /usr/local/bin",
            "curl -fsSL -o kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl",
            "chmod +x kubectl",
            "./kubectl version --client > /tmp/v",
        ]),
    ),
    devNodeCase(
        "aws s3 cp of jq, then jq --version",
        devNodeScript("dev-jq-s3-nodes", [
            "aws s3 cp s3://platform-tools/jq-linux-amd64 /usr/local/bin/jq",
            "chmod +x /usr/local/bin/jq",
            "/usr/local/bin/jq --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "java -javaagent:/opt/otel/opentelemetry-javaagent.jar -jar /opt/app/app.jar",
        devNodeScript("dev-otel-javaagent-nodes", [
            "nohup java -javaagent:/opt/otel/opentelemetry-javaagent.jar -Dserver.address=127.0.0.1 -jar /opt/app/app.jar &",
        ]),
    ),
    devNodeCase(
        "a team's own agent unit: /opt/app/bin/agent --listen 127.0.0.1:9100",
        devNodeScript("dev-own-agent-unit-nodes", [
            ...systemdUnit("node-agent", ["ExecStart=/opt/app/bin/agent --listen 127.0.0.1:9100"]),
        ]),
    ),
    devNodeCase(
        "python3 -c (an interpreter running the team's own code)",
        devNodeScript("dev-python-c-own-nodes", ["python3 -c 'print(1)' > /tmp/x"]),
    ),
    devNodeCase(
        "systemctl restart containerd (the node's own unit)",
        devNodeScript("dev-restart-containerd-nodes", ["systemctl restart containerd"]),
    ),
    devNodeCase(
        "service chronyd restart; setsid -f flock /run/x.lock /usr/bin/true",
        devNodeScript("dev-service-chronyd-nodes", [
            "service chronyd restart",
            "setsid -f flock /run/x.lock /usr/bin/true",
        ]),
    ),
    devNodeCase(
        "a downloaded runner used only for its version: install /tmp/glr /usr/local/bin/gitlab-runner; --version",
        devNodeScript("dev-glr-version-only-nodes", [
            "curl -fsSL -o /tmp/glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "install -m 0755 /tmp/glr /usr/local/bin/gitlab-runner",
            "/usr/local/bin/gitlab-runner --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "bash run.sh in the team's own /opt/app (an unrelated environment variable)",
        devNodeScript("dev-own-run-sh-env-nodes", ["cd /opt/app && APP_JIT=1 nohup bash run.sh &"]),
    ),
    devNodeCase(
        "ln -sf /opt/tools/jq-1.7.1 /usr/local/bin/jq; jq --version; service amazon-ssm-agent restart",
        devNodeScript("dev-jq-symlink-ssm-nodes", [
            "ln -sf /opt/tools/jq-1.7.1 /usr/local/bin/jq",
            "/usr/local/bin/jq --version > /tmp/v",
            "service amazon-ssm-agent restart",
        ]),
    ),
    // Round 67 neighbours: the same paths to a program that is no agent, or an agent that only prints or stops.
    devNodeCase(
        "GitLab runner saved by redirect, used only for its version: curl URL > runner; ./runner --version",
        devNodeScript("dev-glr-redirect-version-67-nodes", [
            "mkdir -p /opt/ci && cd /opt/ci",
            "curl -fsSL https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64 > runner",
            "chmod +x runner",
            "./runner --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "a tool moved and linked under other names: mv /tmp/jq-linux-amd64 /opt/jq; ln -s /opt/jq /usr/local/bin/q; q --version",
        devNodeScript("dev-jq-mv-ln-67-nodes", [
            "curl -fsSL -o /tmp/jq-linux-amd64 https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64",
            "mv /tmp/jq-linux-amd64 /opt/jq",
            "ln -s /opt/jq /usr/local/bin/q",
            "q --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "python3 and ruby running the team's own scripts",
        devNodeScript("dev-own-interpreter-scripts-67-nodes", [
            "python3 -u /opt/app/tools/report.py --daily > /tmp/r",
            "ruby /opt/app/bin/task.rb > /tmp/t",
        ]),
    ),
    devNodeCase(
        "service gitlab-runner status; service buildkite-agent stop; chkconfig chronyd on",
        devNodeScript("dev-service-status-stop-67-nodes", [
            "service gitlab-runner status > /tmp/s || true",
            "service buildkite-agent stop || true",
            "chkconfig chronyd on",
        ]),
    ),
    devNodeCase(
        "systemctl link of the team's own unit file, then enable --now",
        devNodeScript("dev-systemctl-link-own-67-nodes", [
            ...heredocFile("/opt/app/app.service", [
                "[Service]",
                "ExecStart=/opt/app/bin/app --listen 127.0.0.1:8080",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl link /opt/app/app.service",
            "systemctl enable --now app",
        ]),
    ),
    devNodeCase(
        "systemctl enable --now chronyd@x (an instance of a unit that is no agent)",
        devNodeScript("dev-instance-own-67-nodes", ["systemctl enable --now chronyd@x"]),
    ),
];

describeNodeCases("red team 66: node user data remote agents (fresh eyes on round 66)", insecure, secure);
