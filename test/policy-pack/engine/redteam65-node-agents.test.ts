// Red-team round 65 on EKS NODE user data: remote agents (REMOTE_AGENTS and its matcher, userData.ts), fresh eyes on
// round 65's widening (TeamCity, GoCD, tfc-agent, Octopus Tentacle, Bitbucket/CircleCI runners, drone-runner-docker,
// downloadedName, Jenkins agents by options, java @argfile).
// Probed: CI/job agents beyond the table (GitHub just-in-time runner run.sh --jitconfig, CircleCI launch agent 1.x,
// Jenkins Swarm client under another jar name, the jenkins-agent launcher script, Concourse worker, Buildbot worker,
// Semaphore agent and its unit, Spacelift launcher, Harness shell-script delegate, AWX receptor execution node, Travis
// worker, chef-solo --recipe-url), renamed/downloaded binaries (gitlab-runner-linux-amd64-fips, a download saved as
// glr, act_runner/forgejo-runner release names), wrappers (bash agent.sh, systemd-run, screen, exec -a, a written unit's
// ExecStart), TeamCity homes found by their conf (cp + sed, cd + ./agent.sh run), a containerised runner with
// docker.sock; secure neighbours: unrelated agent.sh/start.sh/run.sh, stop/status/version/help probes, java argument
// files and app options (--secret-file, -url/-name).
// Misses (16 insecure, 1 secure; all fixed in round 66). Insecure accepted: run.sh --jitconfig, circleci-launch-agent --config FILE (the
// config path taken as the subcommand), gitlab-runner-linux-amd64-fips (downloadedName keeps -fips), the GitLab runner
// saved as glr, Swarm client as swarm.jar (-url without -name), jenkins-agent script, bash .../agent.sh start,
// concourse worker, buildbot-worker, Semaphore agent (binary and semaphore-agent unit), spacelift-launcher, Harness
// delegate start.sh, receptor, travis-worker, chef-solo --recipe-url. Secure refused: java -jar own.jar -url
// http://127.0.0.1... -name smoke (taken for a Jenkins agent).
// Refused as they should be: act_runner/forgejo-runner release names, a written unit running tfc-agent, systemd-run,
// screen, exec -a, TeamCity homes by conf, docker run gitlab-runner with docker.sock. 12 of 13 secure neighbours accepted.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read/i;

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 66): GitHub docs "Using just-in-time runners" (generate-jitconfig, then `./run.sh --jitconfig
    // ${encoded_jit_config}`: no config.sh at all): the runner takes a workflow job and runs it on the host as its
    // user, root here (RUNNER_ALLOW_RUNASROOT). REMOTE_AGENTS (userData.ts) names
    // config.sh|svc.sh|Runner.Listener|Agent.Listener only; run.sh (with --jitconfig, or in an actions-runner
    // directory) has no entry. Accepted.
    devNodeCase(
        "GitHub Actions just-in-time runner: ./run.sh --jitconfig (no config.sh)",
        devNodeScript("dev-gh-jit-runner-nodes", [
            "cd /opt/actions-runner && RUNNER_ALLOW_RUNASROOT=1 nohup ./run.sh --jitconfig EXAMPLEONLYBASE64 &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): CircleCI docs "Install machine runner on Linux" (runner 1.x, the launch agent: unit
    // `ExecStart=/opt/circleci/circleci-launch-agent --config /etc/opt/circleci/launch-agent-config.yaml`): jobs run on
    // the host as its user. The circleci-runner|circleci-launch-agent entry requires the first non-option word to be
    // `machine` (default when none), but the config path after --config is taken as that word (`/etc/opt/...` !=
    // machine), so the launch agent's documented command is accepted. Read --config/-c's value as a value, not a
    // subcommand.
    devNodeCase(
        "CircleCI launch agent (runner 1.x): circleci-launch-agent --config ... (jobs as root)",
        devNodeScript("dev-circleci-launch-agent-nodes", [
            "nohup /opt/circleci/circleci-launch-agent --config /etc/opt/circleci/launch-agent-config.yaml &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): GitLab docs "Install GitLab Runner manually on GNU/Linux" / "FIPS compliant GitLab Runner" (the FIPS binary
    // is downloaded as gitlab-runner-linux-amd64-fips): the same runner, `register --executor shell` + `run --user
    // root` runs projects' CI jobs as root. downloadedName (userData.ts) strips version/os/arch suffixes but not the
    // trailing `-fips`, so the name stays gitlab-runner-linux-amd64-fips and matches nothing. Accepted.
    devNodeCase(
        "GitLab runner FIPS binary: gitlab-runner-linux-amd64-fips run",
        devNodeScript("dev-gitlab-runner-fips-nodes", [
            "curl -fsSL -o /usr/local/bin/gitlab-runner-linux-amd64-fips https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64-fips",
            "chmod +x /usr/local/bin/gitlab-runner-linux-amd64-fips",
            "/usr/local/bin/gitlab-runner-linux-amd64-fips register --non-interactive --url https://gitlab.example.com --token glrt-EXAMPLEONLY --executor shell",
            "nohup /usr/local/bin/gitlab-runner-linux-amd64-fips run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Jenkins Swarm plugin docs (`java -jar swarm-client.jar -url http://jenkins:8080/ -username ...
    // -passwordFile ...`, options -executors/-labels): the controller's builds run on the host as root. The java entry
    // in REMOTE_AGENTS matches the jar name (agent|slave|remoting|swarm-client) or -secret/-jnlpUrl or -url WITH
    // -name/-webSocket; Swarm's -name is optional, so the client saved as swarm.jar with -url -username -passwordFile
    // is accepted. Swarm's own options (-passwordFile, -username with -url, -master) identify it.
    devNodeCase(
        "Jenkins Swarm client saved as swarm.jar: java -jar swarm.jar -url ... -username ... -passwordFile ...",
        devNodeScript("dev-jenkins-swarm-jar-nodes", [
            "nohup java -jar /opt/jenkins/swarm.jar -url https://jenkins.example.com/ -username bot -passwordFile /etc/jenkins/pw -executors 2 -labels linux &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Jenkins docker-agent (jenkins/inbound-agent) `jenkins-agent` launcher script (JENKINS_URL, JENKINS_SECRET,
    // JENKINS_AGENT_NAME in the environment; it execs java -cp agent.jar hudson.remoting.jnlp.Main): the controller's
    // builds run on the host, root here. REMOTE_AGENTS has no jenkins-agent (or jenkins-slave) script entry, and the
    // secret is in the environment, not a -secret word. Accepted.
    devNodeCase(
        "Jenkins inbound agent script: JENKINS_URL=... JENKINS_SECRET=... jenkins-agent",
        devNodeScript("dev-jenkins-agent-script-nodes", [
            "JENKINS_URL=https://jenkins.example.com JENKINS_SECRET=EXAMPLEONLY JENKINS_AGENT_NAME=node1 nohup /usr/local/bin/jenkins-agent &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): JetBrains TeamCity docs "Configuring Build Agent Startup Properties" (`<Agent Home>/bin/agent.sh start`):
    // the same script run as `bash /opt/buildAgent/bin/agent.sh start` starts the agent, builds as root. REMOTE_AGENTS
    // matches the program name agent.sh only when it is the command word; run through bash/sh (the script as bash's
    // operand) nothing matches. Accepted (the same holds for `sh start.sh --runnerUuid ...`, `bash svc.sh install`).
    devNodeCase(
        "TeamCity agent.sh run through bash: bash /opt/buildAgent/bin/agent.sh start",
        devNodeScript("dev-teamcity-bash-agent-nodes", ["bash /opt/buildAgent/bin/agent.sh start"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Concourse docs "Running a worker node" (`concourse worker --work-dir ... --tsa-host ... --tsa-public-key
    // ... --tsa-worker-private-key ...`, run as root) and task "privileged: true" ("the task will run with escalated
    // capabilities"): any pipeline author's privileged task is root on the node. REMOTE_AGENTS has no concourse entry.
    // Accepted.
    devNodeCase(
        "Concourse worker: concourse worker --tsa-host ... (privileged tasks)",
        devNodeScript("dev-concourse-worker-nodes", [
            "nohup /usr/local/concourse/bin/concourse worker --work-dir /opt/concourse/worker --tsa-host ci.example.com:2222 --tsa-public-key /etc/concourse/tsa_host_key.pub --tsa-worker-private-key /etc/concourse/worker_key &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Buildbot docs "Worker" (`buildbot-worker create-worker BASEDIR MASTERHOST:PORT WORKERNAME PASSWORD`,
    // `buildbot-worker start BASEDIR`): the master's build steps (ShellCommand) run on the host as the worker's user,
    // root here. REMOTE_AGENTS has no buildbot-worker (or buildslave) entry. Accepted.
    devNodeCase(
        "Buildbot worker: buildbot-worker create-worker + start (build steps as root)",
        devNodeScript("dev-buildbot-worker-nodes", [
            "buildbot-worker create-worker /var/lib/buildbot/worker buildmaster.example.com:9989 node1 EXAMPLEONLY",
            "buildbot-worker start /var/lib/buildbot/worker",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Semaphore docs "Self-hosted agents" (the agent binary `agent start --endpoint ORG.semaphoreci.com --token
    // ...`; shell executor runs jobs on the host): jobs run as the agent's user, root here. REMOTE_AGENTS has no
    // Semaphore entry (binary `agent` under /opt/semaphore/agent). Accepted.
    devNodeCase(
        "Semaphore agent: agent start --endpoint ... --token ... (shell executor)",
        devNodeScript("dev-semaphore-agent-nodes", [
            "nohup /opt/semaphore/agent/agent start --endpoint example.semaphoreci.com --token EXAMPLEONLY &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Semaphore docs "Self-hosted agents: install on Linux" (install.sh with SEMAPHORE_ORGANIZATION /
    // SEMAPHORE_REGISTRATION_TOKEN / SEMAPHORE_AGENT_INSTALLATION_USER creates the semaphore-agent systemd service):
    // jobs run on the host as the installation user, root here. REMOTE_AGENT_UNITS (userData.ts) has no
    // semaphore-agent, and install.sh is not read. Accepted.
    devNodeCase(
        "Semaphore agent installed as its unit: systemctl enable --now semaphore-agent",
        devNodeScript("dev-semaphore-agent-unit-nodes", [
            "cd /opt/semaphore/agent && SEMAPHORE_ORGANIZATION=example SEMAPHORE_REGISTRATION_TOKEN=EXAMPLEONLY SEMAPHORE_AGENT_INSTALLATION_USER=root ./install.sh",
            "systemctl enable --now semaphore-agent",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Spacelift docs "Worker pools" (the spacelift-launcher binary with SPACELIFT_TOKEN and
    // SPACELIFT_POOL_PRIVATE_KEY runs each stack's runs in Docker on the host): a stack's Terraform (local-exec,
    // external data source, providers) runs on the node with its network, the instance metadata and the node role's
    // credentials; whoever can trigger a run on the pool's stacks gets them. REMOTE_AGENTS has no spacelift-launcher
    // entry (tfc-agent, the same role, is refused). Accepted.
    devNodeCase(
        "Spacelift private worker: spacelift-launcher (runs stacks' Terraform)",
        devNodeScript("dev-spacelift-launcher-nodes", [
            "SPACELIFT_TOKEN=EXAMPLEONLY SPACELIFT_POOL_PRIVATE_KEY=EXAMPLEONLY nohup /usr/local/bin/spacelift-launcher &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Harness docs "Install a Shell Script Delegate" (extract harness-delegate.tar.gz, `cd harness-delegate &&
    // ./start.sh`): the Harness manager's Shell Script steps run on the host as the delegate's user, root here.
    // REMOTE_AGENTS' start.sh entry knows only the Bitbucket runner (its options or a bitbucket-pipelines-runner path);
    // a start.sh under harness-delegate is accepted. (A team's own start.sh elsewhere stays accepted: secure neighbour
    // below.)
    devNodeCase(
        "Harness shell-script delegate: cd harness-delegate && ./start.sh",
        devNodeScript("dev-harness-delegate-nodes", ["cd /opt/harness-delegate && ./start.sh"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): AWX/Ansible Automation Platform docs "Execution nodes" and receptor docs (`receptor --config` with a
    // `work-command` worktype running `ansible-runner worker`): the controller submits work units and the node runs the
    // job's playbook (commands on localhost) as receptor's user, root here. REMOTE_AGENTS has no receptor entry
    // (ansible-pull is refused). Accepted.
    devNodeCase(
        "AWX execution node: receptor --config /etc/receptor/receptor.conf (ansible-runner work)",
        devNodeScript("dev-receptor-nodes", [
            "mkdir -p /etc/receptor",
            "cat > /etc/receptor/receptor.conf <<'R'",
            "- node:",
            "    id: node1",
            "- tcp-listener:",
            "    port: 27199",
            "- work-command:",
            "    worktype: ansible-runner",
            "    command: ansible-runner",
            "    params: worker",
            "    allowruntimeparams: true",
            "R",
            "nohup receptor --config /etc/receptor/receptor.conf &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): travis-ci/worker README (travis-worker with TRAVIS_WORKER_PROVIDER_NAME=local: the "local" backend runs job
    // scripts on the local machine; TRAVIS_WORKER_AMQP_URI the hub's queue): jobs run as the worker's user, root here.
    // REMOTE_AGENTS has no travis-worker entry. Accepted.
    devNodeCase(
        "Travis worker: travis-worker (local provider, jobs as root)",
        devNodeScript("dev-travis-worker-nodes", [
            "TRAVIS_WORKER_PROVIDER_NAME=local TRAVIS_WORKER_AMQP_URI=amqps://EXAMPLEONLY@amqp.example.com nohup /usr/local/bin/travis-worker &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): Chef docs "chef-solo" (`-r RECIPE_URL, --recipe-url RECIPE_URL`: "The URL location from which a remote
    // cookbook tar.gz is to be downloaded"): whoever controls the URL's content runs recipes (execute resources) as
    // root on the node, as ansible-pull's repository does (refused). REMOTE_AGENTS has no chef-solo entry (chef-client
    // -z is local; chef-solo -r URL is not). Accepted.
    devNodeCase(
        "chef-solo --recipe-url https://... (cookbooks from a URL, run as root)",
        devNodeScript("dev-chef-solo-recipe-url-nodes", [
            "chef-solo --recipe-url https://cookbooks.example.com/node.tar.gz -j /etc/chef/node.json",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "act_runner-0.2.11-linux-amd64 daemon (Gitea runner under its release name)",
        devNodeScript("dev-act-runner-release-name-nodes", [
            "nohup /usr/local/bin/act_runner-0.2.11-linux-amd64 daemon &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "forgejo-runner-6.3.1-linux-amd64 daemon",
        devNodeScript("dev-forgejo-runner-release-name-nodes", [
            "nohup /usr/local/bin/forgejo-runner-6.3.1-linux-amd64 daemon &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "a written unit: ExecStart=/usr/local/bin/tfc-agent, systemctl enable --now ci",
        devNodeScript("dev-tfc-agent-own-unit-nodes", [
            "cat > /etc/systemd/system/ci.service <<'U'",
            "[Service]",
            "Environment=TFC_AGENT_TOKEN=EXAMPLEONLY",
            "ExecStart=/usr/local/bin/tfc-agent",
            "[Install]",
            "WantedBy=multi-user.target",
            "U",
            "systemctl enable --now ci",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemd-run /usr/local/bin/tfc-agent",
        devNodeScript("dev-tfc-agent-systemd-run-nodes", [
            "TFC_AGENT_TOKEN=EXAMPLEONLY systemd-run --setenv=TFC_AGENT_TOKEN=EXAMPLEONLY /usr/local/bin/tfc-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "screen -dmS ci go-agent console",
        devNodeScript("dev-go-agent-screen-nodes", ["screen -dmS ci /usr/share/go-agent/bin/go-agent console"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 66): GitLab Runner docs "Install GitLab Runner manually on GNU/Linux" (`curl -L --output <path>
    // https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64`, any output path):
    // saved as /usr/local/bin/glr, `glr register --url --token --executor shell` + `glr run --user root` runs the
    // projects' CI jobs as root. REMOTE_AGENTS matches program names only (as given and via downloadedName), so the runner
    // under a name the user data chose is accepted; the download URL user data itself used (or the runner's own
    // `register --url --token --executor` words) identify it.
    devNodeCase(
        "the GitLab runner downloaded to a name of the operator's choosing: curl -o /usr/local/bin/glr ...; glr run",
        devNodeScript("dev-gitlab-runner-renamed-nodes", [
            "curl -fsSL -o /usr/local/bin/glr https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "chmod +x /usr/local/bin/glr",
            "/usr/local/bin/glr register --non-interactive --url https://gitlab.example.com --token glrt-EXAMPLEONLY --executor shell",
            "nohup /usr/local/bin/glr run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "exec -a ci /usr/local/bin/tfc-agent (argv0 renamed by bash exec -a)",
        devNodeScript("dev-tfc-agent-exec-a-nodes", [
            "TFC_AGENT_TOKEN=EXAMPLEONLY exec -a ci /usr/local/bin/tfc-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "TeamCity agent in /opt/tc: cp buildAgent.dist.properties + sed serverUrl, then bin/agent.sh start",
        devNodeScript("dev-teamcity-dist-props-nodes", [
            "cp /opt/tc/conf/buildAgent.dist.properties /opt/tc/conf/buildAgent.properties",
            "sed -i 's#^serverUrl=.*#serverUrl=https://teamcity.example.com#' /opt/tc/conf/buildAgent.properties",
            "/opt/tc/bin/agent.sh start",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "cd /opt/tc/bin && ./agent.sh run (TeamCity home named by its conf user data wrote)",
        devNodeScript("dev-teamcity-cd-run-nodes", [
            "mkdir -p /opt/tc/conf",
            "echo serverUrl=https://teamcity.example.com > /opt/tc/conf/buildAgent.properties",
            "cd /opt/tc/bin && nohup ./agent.sh run &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker run gitlab/gitlab-runner with the host's docker.sock",
        devNodeScript("dev-gitlab-runner-container-nodes", [
            "docker run -d --name gitlab-runner --restart always -v /srv/gitlab-runner/config:/etc/gitlab-runner -v /var/run/docker.sock:/var/run/docker.sock gitlab/gitlab-runner:latest",
        ]),
        /./,
    ),
    // Round 66 neighbours: the same agents under other spellings.
    devNodeCase(
        "./run.sh --jitconfig=... (glued value)",
        devNodeScript("dev-gh-jit-glued-nodes", ["cd /srv/ci && ./run.sh --jitconfig=EXAMPLEONLYBASE64"]),
        REMOTE,
    ),
    devNodeCase(
        "bash /opt/actions-runner/svc.sh install (the runner's service script through bash)",
        devNodeScript("dev-gh-svc-bash-nodes", ["bash -x /opt/actions-runner/svc.sh install root"]),
        REMOTE,
    ),
    devNodeCase(
        "sh ./start.sh --accountUuid ... (the Bitbucket runner through sh)",
        devNodeScript("dev-bitbucket-sh-start-nodes", [
            "cd /opt/runner && sh ./start.sh --accountUuid {EXAMPLE} --runnerUuid {EXAMPLE} --OAuthClientId x --OAuthClientSecret y --runtime linux-shell",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "bash /opt/harness-delegate/start.sh",
        devNodeScript("dev-harness-bash-start-nodes", ["bash /opt/harness-delegate/start.sh"]),
        REMOTE,
    ),
    devNodeCase(
        "circleci-launch-agent -c FILE; circleci-runner --config FILE machine",
        devNodeScript("dev-circleci-config-first-nodes", [
            "nohup /opt/circleci/circleci-launch-agent -c /etc/opt/circleci/launch-agent-config.yaml &",
            "nohup circleci-runner --config /etc/circleci-runner/circleci-runner-config.yaml machine &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "act_runner downloaded with wget -O under another name, then daemon",
        devNodeScript("dev-act-runner-wget-renamed-nodes", [
            "wget -q -O /usr/local/bin/ci https://gitea.com/gitea/act_runner/releases/download/v0.2.11/act_runner-0.2.11-linux-amd64",
            "chmod +x /usr/local/bin/ci",
            "nohup /usr/local/bin/ci daemon &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "the GitLab runner saved by a redirection: curl URL > /usr/local/bin/runner; runner run",
        devNodeScript("dev-gitlab-runner-redirect-nodes", [
            "curl -fsSL https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-arm64 > /usr/local/bin/runner",
            "chmod +x /usr/local/bin/runner",
            "nohup /usr/local/bin/runner run --user root &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "tfc-agent-musl (a build flavour suffix, as -fips)",
        devNodeScript("dev-tfc-agent-musl-nodes", [
            "TFC_AGENT_TOKEN=EXAMPLEONLY nohup /usr/local/bin/tfc-agent-musl &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Swarm client by its options only: java -jar /opt/ci/client.jar -url ... -executors 2 -labels linux",
        devNodeScript("dev-jenkins-swarm-options-nodes", [
            "nohup java -jar /opt/ci/client.jar -url https://jenkins.example.com/ -executors 2 -labels linux &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Jenkins remoting under another jar name: java -jar /opt/ci/x.jar -url ... -workDir /var/jenkins",
        devNodeScript("dev-jenkins-workdir-nodes", [
            "nohup java -jar /opt/ci/x.jar -url https://jenkins.example.com/ -workDir /var/jenkins -name node1 &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Swarm main class: java -cp /opt/ci/all.jar hudson.plugins.swarm.Client -url ...",
        devNodeScript("dev-jenkins-swarm-class-nodes", [
            "nohup java -cp /opt/ci/all.jar hudson.plugins.swarm.Client -url https://jenkins.example.com/ &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "jenkins-slave (the launcher's former name) with its arguments",
        devNodeScript("dev-jenkins-slave-script-nodes", [
            "nohup /usr/local/bin/jenkins-slave -url https://jenkins.example.com EXAMPLEONLY node1 &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "concourse quickstart (web and worker)",
        devNodeScript("dev-concourse-quickstart-nodes", ["nohup /usr/local/concourse/bin/concourse quickstart &"]),
        REMOTE,
    ),
    devNodeCase(
        "buildslave start; systemctl enable --now buildbot-worker@node1",
        devNodeScript("dev-buildslave-nodes", [
            "buildslave start /var/lib/buildbot/slave",
            "systemctl enable --now buildbot-worker@node1",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "Semaphore agent by its config file: /usr/local/bin/agent start --config-file /etc/agent.yml",
        devNodeScript("dev-semaphore-agent-config-nodes", [
            "nohup /usr/local/bin/agent start --config-file /etc/agent.yml &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "travis-worker and receptor as their units",
        devNodeScript("dev-travis-receptor-units-nodes", ["systemctl enable --now travis-worker receptor"]),
        REMOTE,
    ),
    devNodeCase(
        "receptor with its image's configuration (unread: may define work commands)",
        devNodeScript("dev-receptor-image-config-nodes", ["nohup receptor -c /etc/receptor/receptor.conf &"]),
        REMOTE,
    ),
    devNodeCase(
        "chef-solo -r https://... ; chef-client -z --recipe-url https://...",
        devNodeScript("dev-chef-recipe-url-short-nodes", [
            "chef-solo -r https://cookbooks.example.com/node.tar.gz",
            "chef-client -z --recipe-url=https://cookbooks.example.com/node.tar.gz -o 'recipe[base]'",
        ]),
        REMOTE,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "/opt/app/bin/agent.sh start (an unrelated product's agent script, no TeamCity conf)",
        devNodeScript("dev-unrelated-agent-sh-nodes", ["/opt/app/bin/agent.sh start"]),
    ),
    devNodeCase(
        "TeamCity agent.sh stop",
        devNodeScript("dev-teamcity-agent-stop-nodes", ["/opt/buildAgent/bin/agent.sh stop force"]),
    ),
    // Was a MISS (fixed in round 66): java(1) ("-jar filename ... arguments after the JAR file are passed to the main class"): `-url
    // http://127.0.0.1:8080/health -name smoke` are the team's own jar's arguments, a loopback smoke test.
    // REMOTE_AGENTS' java entry refuses any java command with -url and -name as a Jenkins agent whatever the jar; the
    // Jenkins check should require the remoting jar/main class or Jenkins-only options (-secret, -jnlpUrl) rather than
    // two generic option names. Refused (secure miss).
    devNodeCase(
        "java -jar /opt/loadgen/loadgen.jar -url http://127.0.0.1:8080/ -name smoke (a loopback smoke test)",
        devNodeScript("dev-java-url-name-app-nodes", [
            "java -jar /opt/loadgen/loadgen.jar -url http://127.0.0.1:8080/health -name smoke > /tmp/smoke || true",
        ]),
    ),
    devNodeCase(
        "java @/etc/app/cp.args com.example.Main (a classpath argument file user data wrote)",
        devNodeScript("dev-java-argfile-classpath-nodes", [
            "mkdir -p /etc/app",
            "cat > /etc/app/cp.args <<'A'",
            "-cp /opt/app/lib/app.jar:/opt/app/lib/deps.jar",
            "-Dserver.address=127.0.0.1",
            "A",
            "nohup java @/etc/app/cp.args com.example.Main &",
        ]),
    ),
    devNodeCase(
        "Tentacle version, circleci-runner machine --help, go-agent status",
        devNodeScript("dev-ci-agents-probes-nodes", [
            "/opt/octopus/tentacle/Tentacle version > /tmp/v",
            "circleci-runner machine --help > /tmp/h",
            "/usr/share/go-agent/bin/go-agent status || true",
        ]),
    ),
    devNodeCase(
        "/opt/app/start.sh (a team's own start script in its app directory)",
        devNodeScript("dev-app-start-sh-cd-nodes", ["cd /opt/app && nohup ./start.sh &"]),
    ),
    devNodeCase(
        "/opt/app/bin/run.sh (a team's own run script)",
        devNodeScript("dev-app-run-sh-nodes", ["cd /opt/app/bin && nohup ./run.sh &"]),
    ),
    devNodeCase(
        "nomad-1.7.7 version (a downloaded nomad printing its version)",
        devNodeScript("dev-nomad-version-nodes", ["/usr/local/bin/nomad-1.7.7 version > /tmp/v"]),
    ),
    devNodeCase(
        "gitlab-runner-linux-amd64 list / verify (no run)",
        devNodeScript("dev-gitlab-runner-list-nodes", [
            "/usr/local/bin/gitlab-runner-linux-amd64 list > /tmp/l 2>&1 || true",
        ]),
    ),
    devNodeCase(
        "java -jar /opt/app/app.jar --secret-file=/etc/app/s (app's own option, not -secret)",
        devNodeScript("dev-java-app-secret-file-nodes", [
            "nohup java -jar /opt/app/app.jar --secret-file=/etc/app/s --server.address=127.0.0.1 &",
        ]),
    ),
    devNodeCase(
        "GitHub runner housekeeping: ./svc.sh status, ./config.sh remove --token (no --url)",
        devNodeScript("dev-gh-runner-housekeeping-nodes", [
            "cd /opt/actions-runner && ./svc.sh status || true",
            "cd /opt/actions-runner && ./config.sh remove --token EXAMPLEONLY || true",
        ]),
    ),
    devNodeCase(
        "gitlab-runner unregister --all-runners; gitlab-runner stop",
        devNodeScript("dev-gitlab-runner-unregister-nodes", [
            "gitlab-runner unregister --all-runners || true",
            "gitlab-runner stop || true",
        ]),
    ),
    devNodeCase(
        "tfc-agent -v (documented version flag)",
        devNodeScript("dev-tfc-agent-v-nodes", ["/usr/local/bin/tfc-agent -v > /tmp/v"]),
    ),
    // Round 66 neighbours: the same words for the team's own programs.
    devNodeCase(
        "bash /opt/app/bin/agent.sh start; sh /opt/app/start.sh; bash -c 'cd /opt/app && ./run.sh'",
        devNodeScript("dev-own-scripts-through-shells-nodes", [
            "bash /opt/app/bin/agent.sh start",
            "sh /opt/app/start.sh --port 8080",
            "bash -c 'cd /opt/app/bin && ./run.sh'",
        ]),
    ),
    devNodeCase(
        "java -jar /opt/loadgen/loadgen.jar -url http://127.0.0.1:8080/ -name smoke -verbose",
        devNodeScript("dev-java-url-name-verbose-nodes", [
            "java -jar /opt/loadgen/loadgen.jar -url http://127.0.0.1:8080/health -name smoke -verbose > /tmp/smoke || true",
        ]),
    ),
    devNodeCase(
        "a tool downloaded under its own name: curl -fsSLo /usr/local/bin/jq .../jq-linux-amd64; jq --version",
        devNodeScript("dev-jq-download-nodes", [
            "curl -fsSLo /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64",
            "chmod +x /usr/local/bin/jq",
            "/usr/local/bin/jq --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "chef-solo -c solo.rb -j node.json -r /opt/cookbooks.tgz (a local archive)",
        devNodeScript("dev-chef-solo-local-archive-nodes", [
            "chef-solo -c /etc/chef/solo.rb -j /etc/chef/node.json -r /opt/cookbooks.tgz",
        ]),
    ),
    devNodeCase(
        "buildbot-worker stop; concourse --version; travis-worker --echo-config; /opt/app/bin/agent start",
        devNodeScript("dev-ci-probes-66-nodes", [
            "buildbot-worker stop /var/lib/buildbot/worker || true",
            "concourse --version > /tmp/v",
            "travis-worker --echo-config > /tmp/c",
            "/opt/app/bin/agent start",
        ]),
    ),
    devNodeCase(
        "circleci-runner --config FILE machine --help",
        devNodeScript("dev-circleci-config-help-nodes", [
            "circleci-runner --config /etc/circleci-runner/circleci-runner-config.yaml machine --help > /tmp/h",
        ]),
    ),
];

describeNodeCases("red team 65: node user data remote agents (fresh eyes on round 65)", insecure, secure);
