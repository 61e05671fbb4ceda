// Red-team round 43 on EKS NODE user data (fresh eyes): containers started by user data as round 42 reads them
// (policy-pack/engine/containers.ts: every docker/podman/nerdctl/ctr option on an allowlist, the run judged as the pod
// it amounts to by podSpec.ts). Probed: SECURE agents platform teams run on EKS nodes with options outside the
// allowlist (podman's `generate systemd --new` units with --cgroups/--sdnotify, rootful podman and ctr user namespaces
// with --uidmap/--gidmap, docker's blkio throttling --device-write-bps, podman --health-on-failure, a fully
// optioned docker run of a log/metrics agent, nerdctl and ctr in their own containerd namespace), user-data
// envelopes with CRLF line ends, folded headers and message/rfc822 parts; and INSECURE neighbours the option reader
// must not lose (podman `--mount type=glob`, docker's case-insensitive --mount keys and `./` sources, a privileged
// container running a pod-writable script through --entrypoint=, -w and `bash -c`, an --env-file from a pod-writable
// directory for a privileged container).
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { al2023Nodes, describeNodeCases, devNodeCase, mime, NodeCase, nodeConfig } from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** The NodeConfig part joining the dev cluster. */
const nodePart = { type: "application/node.eks.aws", body: nodeConfig([]) };

/** AL2023 user data: the NodeConfig, then one part of `type` (extra `headers`) with `body` lines. */
const part =
    (name: string, type: string, body: string[], headers: string[] = []) =>
    (r: Resources) =>
        al2023Nodes(r, name, mime([nodePart, { type, headers, body: body.join("\n") }]));

/** AL2023 user data given as text lines joined by `eol`. */
const raw =
    (name: string, lines: string[], eol = "\n") =>
    (r: Resources) =>
        al2023Nodes(r, name, lines.join(eol));

/** A bash shell part (`set -euo pipefail`, then the lines), then the NodeConfig. */
const script = (name: string, lines: string[]) =>
    part(name, 'text/x-shellscript; charset="us-ascii"', ["#!/bin/bash", "set -euo pipefail", ...lines]);

const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
const NODECONFIG = nodeConfig([]).split("\n");
const DOCKER = "dnf install -y docker && systemctl enable --now docker";
const FLUENT = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2";
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";
const SCANNER = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/node-inventory:3.0.1";
const AGENT = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/disk-agent:2.1.0";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 43): (insecure accepted) podman's `--mount type=glob,src=PATTERN,dst=DIR` mounts every node file matching the
    // pattern (podman-run(1), "--mount": types bind, devpts, glob, image, ramfs, tmpfs, volume; "type=glob,src=/usr/lib/libfoo*,
    // destination=/usr/lib"; containers/podman docs/source/markdown/options/mount.md), so the kubelet's client key (the
    // node's identity: every pod's Secrets and tokens on it) is handed to the image's program. containers.ts mountBind()
    // returns `false` for any type but volume/bind (unreadable) without recording a bind, so holdsNodeSecrets never sees
    // the source. Fix: a glob mount is a bind of its pattern's literal prefix (here /var/lib/kubelet/pki), and any type
    // not understood should hand its `src` to holdsNodeSecrets.
    dev(
        "podman run --mount type=glob,src=/var/lib/kubelet/pki/kubelet-client-*.pem,dst=/pki,ro=true node-inventory",
        script("dev-podman-glob-pki-nodes", [
            "dnf install -y podman",
            "podman run -d --name node-inventory --read-only --cap-drop ALL " +
                `--mount type=glob,src=/var/lib/kubelet/pki/kubelet-client-*.pem,dst=/pki,ro=true ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): (insecure accepted) docker lowercases --mount keys and the type (docker/cli opts/mount.go MountOpt.Set:
    // "TODO(thaJeztah): these options should not be case-insensitive. key = strings.ToLower(key)"; `mount.Type =
    // mounttypes.Type(strings.ToLower(val))`), so `Type=Bind,Source=/var/lib/kubelet/pki,Target=/pki` is a bind of the
    // kubelet's client key. mountBind() matches `src|source`, `dst|destination|target` and `type` case-sensitively: no
    // target -> `false` (unreadable), no bind recorded, the secret never checked. Fix: lowercase keys (and the type) for
    // docker/nerdctl, and hand the source of an unreadable --mount to holdsNodeSecrets.
    dev(
        "docker run --mount Type=Bind,Source=/var/lib/kubelet/pki,Target=/pki,ReadOnly node-inventory",
        script("dev-mount-caps-pki-nodes", [
            DOCKER,
            "docker run -d --name node-inventory --read-only --cap-drop ALL " +
                `--mount Type=Bind,Source=/var/lib/kubelet/pki,Target=/pki,ReadOnly ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): (insecure accepted) docker resolves a --mount source starting with `./` (or `.`) against the working
    // directory (docker/cli opts/mount.go: `if strings.HasPrefix(val, "."+string(filepath.Separator)) || val == "." {
    // ... filepath.Abs(val)`), so after `cd /var/lib/kubelet` the container gets /var/lib/kubelet/pki. mountBind() reads
    // a source not starting with "/" as a named volume, finds none and records an emptyDir. Fix: resolve `./`/`.`
    // sources against the script's tracked cwd (ctx.cwd), as rootReads does for other commands.
    dev(
        "cd /var/lib/kubelet && docker run --mount type=bind,src=./pki,dst=/pki,readonly node-inventory",
        script("dev-mount-relative-pki-nodes", [
            DOCKER,
            "cd /var/lib/kubelet",
            `docker run -d --name node-inventory --read-only --cap-drop ALL --mount type=bind,src=./pki,dst=/pki,readonly ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // A privileged container whose entrypoint (glued with =) is a script in a pod-writable directory.
    dev(
        "docker run --privileged --entrypoint=/state/start.sh -v /data/agent:/state disk-agent",
        script("dev-priv-entrypoint-eq-data-nodes", [
            ...DATA,
            DOCKER,
            `docker run -d --name disk-agent --privileged --entrypoint=/state/start.sh -v /data/agent:/state ${AGENT}`,
        ]),
        /\/data/,
    ),
    // A privileged container running ./start.sh from a working directory bound to a pod-writable directory.
    dev(
        "docker run --privileged -v /data/agent:/state -w /state disk-agent sh ./start.sh",
        script("dev-priv-workdir-data-nodes", [
            ...DATA,
            DOCKER,
            `docker run -d --name disk-agent --privileged -v /data/agent:/state -w /state ${AGENT} sh ./start.sh`,
        ]),
        /\/data/,
    ),
    // A privileged container sourcing an environment script from a pod-writable directory in `bash -c`.
    dev(
        'docker run --privileged -v /data/agent:/state disk-agent bash -c "source /state/env.sh && exec disk-agent"',
        script("dev-priv-bashc-data-nodes", [
            ...DATA,
            DOCKER,
            `docker run -d --name disk-agent --privileged -v /data/agent:/state ${AGENT} bash -c "source /state/env.sh && exec disk-agent"`,
        ]),
        /\/data/,
    ),
    // A privileged container whose environment (LD_PRELOAD) comes from a file in a pod-writable directory.
    dev(
        "docker run --privileged --env-file /data/agent/agent.env disk-agent",
        script("dev-priv-envfile-data-nodes", [
            ...DATA,
            DOCKER,
            `docker run -d --name disk-agent --privileged --env-file /data/agent/agent.env -v /data/agent:/state ${AGENT}`,
        ]),
        /\/data/,
    ),
    // podman generate systemd --new unit running a privileged container from the data directory.
    dev(
        "podman generate systemd --new style unit: podman run --privileged ... -v /data/agent:/state disk-agent /state/start.sh",
        script("dev-podman-unit-priv-data-nodes", [
            ...DATA,
            "dnf install -y podman",
            "cat > /etc/systemd/system/container-disk-agent.service <<'EOF'",
            "[Unit]",
            "Description=Podman container-disk-agent.service",
            "Wants=network-online.target",
            "After=network-online.target",
            "RequiresMountsFor=%t/containers",
            "",
            "[Service]",
            "Environment=PODMAN_SYSTEMD_UNIT=%n",
            "Restart=on-failure",
            "TimeoutStopSec=70",
            "ExecStart=/usr/bin/podman run --cidfile=%t/%n.ctr-id --cgroups=no-conmon --rm --sdnotify=conmon -d --replace " +
                `--name disk-agent --privileged -v /data/agent:/state ${AGENT} /state/start.sh`,
            "ExecStop=/usr/bin/podman stop --ignore -t 10 --cidfile=%t/%n.ctr-id",
            "ExecStopPost=/usr/bin/podman rm -f --ignore -t 10 --cidfile=%t/%n.ctr-id",
            "Type=notify",
            "NotifyAccess=all",
            "",
            "[Install]",
            "WantedBy=default.target",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now container-disk-agent.service",
        ]),
        /\/data/,
    ),
    // CRLF user data carrying an SSH key.
    dev(
        "CRLF MIME user data (edited on Windows): a cloud-config part with ssh_authorized_keys",
        raw(
            "dev-crlf-key-nodes",
            [
                "MIME-Version: 1.0",
                'Content-Type: multipart/mixed; boundary="==BOUNDARY=="',
                "",
                "--==BOUNDARY==",
                "Content-Type: text/cloud-config",
                "",
                "#cloud-config",
                "ssh_authorized_keys:",
                "  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly ops@example",
                "",
                "--==BOUNDARY==",
                "Content-Type: application/node.eks.aws",
                "",
                ...NODECONFIG,
                "",
                "--==BOUNDARY==--",
                "",
            ],
            "\r\n",
        ),
        /SSH|key/i,
    ),
    // A folded Content-Type header on a shell part copying the kubelet's pki.
    dev(
        "a shell part whose Content-Type is folded onto a tab-indented line, copying /var/lib/kubelet/pki into /data",
        raw("dev-folded-header-pki-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="//"',
            "",
            "--//",
            "Content-Type: text/x-shellscript;",
            '\tcharset="us-ascii"',
            "",
            "#!/bin/bash",
            ...DATA,
            "cp -a /var/lib/kubelet/pki /data/backup",
            "",
            "--//",
            "Content-Type: application/node.eks.aws",
            "",
            ...NODECONFIG,
            "",
            "--//--",
            "",
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): (insecure accepted) docker reads a --mount value as one CSV record (docker/cli opts/mount.go:
    // `csv.NewReader(strings.NewReader(value)).Read()`), so `"source=/var/lib/kubelet/pki"` is the field
    // source=/var/lib/kubelet/pki (quoting is how a path with a comma is written). mountBind() splits on "," and keeps the
    // quotes: the source is never found, so the mount reads as an emptyDir and the kubelet's key is handed over
    // unchecked. Fix: split --mount values with a CSV reader (RFC 4180 quotes), or refuse a --mount with a quote.
    dev(
        "docker run --mount 'type=bind,\"source=/var/lib/kubelet/pki\",target=/pki,readonly' node-inventory (CSV-quoted field)",
        script("dev-mount-csvquote-pki-nodes", [
            DOCKER,
            "docker run -d --name node-inventory --read-only --cap-drop ALL " +
                `--mount 'type=bind,"source=/var/lib/kubelet/pki",target=/pki,readonly' ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // A hand-written unit whose ExecStart continues over backslash-ended lines, binding the kubelet's pki.
    dev(
        "a docker unit whose ExecStart= continues over backslash lines: docker run ... -v /var/lib/kubelet/pki:/pki:ro node-inventory",
        script("dev-unit-continued-pki-nodes", [
            DOCKER,
            "cat > /etc/systemd/system/node-inventory.service <<'EOF'",
            "[Unit]",
            "After=docker.service",
            "Requires=docker.service",
            "",
            "[Service]",
            "ExecStartPre=-/usr/bin/docker rm -f node-inventory",
            "ExecStart=/usr/bin/docker run --rm --name node-inventory \\",
            "    --read-only --cap-drop ALL \\",
            "    -v /var/lib/kubelet/pki:/pki:ro \\",
            `    ${SCANNER}`,
            "Restart=always",
            "",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable --now node-inventory.service",
        ]),
        /kubelet/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 43): (secure refused) `podman generate systemd --new` writes `--cidfile=%t/%n.ctr-id --cgroups=no-conmon --rm
    // --sdnotify=conmon -d --replace` into every ExecStart (podman-generate-systemd(1): "The generated podman run command
    // contains an --sdnotify option ... the value conmon is used"), and RHEL's guide generates units this way.
    // --cgroups (where conmon's cgroup goes) and --sdnotify (who sends READY=1) change nothing a pod spec says, but
    // RUN_OPTIONS lacks both, so the confined validator (read-only, no capabilities, uid 10001) is "not pod-like" and its
    // /data bind refused. Fix: add podman's cgroups (`no-conmon|enabled|split`; `disabled` too), sdnotify, and
    // the other lifecycle options podman writes (cidfile already known) as plain.
    dev(
        "podman generate systemd --new style unit: --cidfile --cgroups=no-conmon --rm --sdnotify=conmon --replace, -v /data/validator:/data ... --home /data",
        script("dev-podman-unit-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            "cat > /etc/systemd/system/container-validator-init.service <<'EOF'",
            "[Unit]",
            "Description=Podman container-validator-init.service",
            "Wants=network-online.target",
            "After=network-online.target",
            "RequiresMountsFor=%t/containers",
            "",
            "[Service]",
            "Environment=PODMAN_SYSTEMD_UNIT=%n",
            "Restart=on-failure",
            "TimeoutStopSec=70",
            "ExecStart=/usr/bin/podman run --cidfile=%t/%n.ctr-id --cgroups=no-conmon --rm --sdnotify=conmon -d --replace " +
                `--name validator-init --read-only --cap-drop ALL --user 10001:10001 -v /data/validator:/data:Z ${IMAGE} --home /data`,
            "ExecStop=/usr/bin/podman stop --ignore -t 10 --cidfile=%t/%n.ctr-id",
            "ExecStopPost=/usr/bin/podman rm -f --ignore -t 10 --cidfile=%t/%n.ctr-id",
            "Type=notify",
            "NotifyAccess=all",
            "",
            "[Install]",
            "WantedBy=default.target",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now container-validator-init.service",
        ]),
    ),
    // Was a MISS (fixed in round 43): (secure refused) `--uidmap 0:100000:65536 --gidmap 0:100000:65536` runs the container in a user namespace of
    // its own (podman-run(1) "--uidmap=container_uid:from_uid:amount": "Run the container in a new user namespace using
    // the supplied UID mapping"; containers/podman docs/source/markdown/options/uidmap.container.md), strictly more
    // confined than a pod (hostUsers: false). RUN_OPTIONS lacks uidmap/gidmap (and subuidname/subgidname), so the run is
    // not pod-like and its /data bind is refused. Fix: accept them as plain (a user namespace only narrows the container).
    dev(
        "podman run --uidmap 0:100000:65536 --gidmap 0:100000:65536 -v /data/validator:/data:U ... --home /data",
        script("dev-podman-uidmap-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            "podman run -d --name validator-init --uidmap 0:100000:65536 --gidmap 0:100000:65536 --read-only " +
                `--cap-drop ALL -v /data/validator:/data:U ${IMAGE} --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 43): (secure refused) ctr's `--uidmap`/`--gidmap` ("run inside a user namespace with the specified UID mapping
    // range; specified with the format container-uid:host-uid:length": containerd cmd/ctr/commands/run/run_unix.go
    // platformRunFlags, next to `remap-labels`, which CTR_OPTIONS already knows) only narrow the container; CTR_OPTIONS
    // lacks them, so the confined run is not pod-like and its /data bind refused. Fix: add uidmap/gidmap (value) as plain.
    dev(
        "ctr -n agents run --uidmap 0:100000:65536 --gidmap 0:100000:65536 --mount type=bind,src=/data/validator,dst=/data ... --home /data",
        script("dev-ctr-uidmap-ok-nodes", [
            ...DATA,
            `ctr -n agents images pull ${IMAGE}`,
            "ctr -n agents run -d --uidmap 0:100000:65536 --gidmap 0:100000:65536 --read-only " +
                "--mount type=bind,src=/data/validator,dst=/data,options=rbind:rw " +
                `${IMAGE} validator-init /usr/local/bin/validator-init --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 43): (secure refused) `--device-read-bps`/`--device-write-bps DEVICE:RATE` only throttle the container's I/O to a
    // device (docker run reference: "Limit read rate (bytes per second) from a device"; a cgroup blkio/io.max limit) and
    // give no access to it (that is `--device`), but RUN_OPTIONS lists them as `escalates`, so a confined validator whose
    // disk writes a platform team throttles is refused for binding /data. Fix: make device-read/write-bps/iops and
    // blkio-weight-device plain (they name a device for a limit, they do not hand it over).
    dev(
        "docker run --device-write-bps /dev/nvme1n1:100mb --device-read-bps /dev/nvme1n1:200mb -v /data/validator:/data ... --home /data",
        script("dev-blkio-throttle-ok-nodes", [
            ...DATA,
            DOCKER,
            "docker run -d --name validator-init --read-only --cap-drop ALL --user 10001:10001 " +
                "--device-write-bps /dev/nvme1n1:100mb --device-read-bps /dev/nvme1n1:200mb " +
                `-v /data/validator:/data ${IMAGE} --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 43): (secure refused) podman's --health-on-failure (none|kill|restart|stop, podman >= 4.2: RHEL "Monitoring
    // containers", "Container recovery (--health-on-failure option)") and the --health-startup-* options schedule the
    // health check inside the container and act on the container itself; RUN_OPTIONS knows docker's --health-* only, so
    // the confined run is not pod-like and its /data bind refused. Fix: add health-on-failure, health-startup-cmd/
    // -interval/-retries/-success/-timeout, health-log-destination, health-max-log-count/-size as plain.
    dev(
        "podman run --health-cmd ... --health-on-failure=restart --health-startup-cmd ... -v /data/validator:/data ... --home /data",
        script("dev-podman-health-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            "podman run -d --name validator-init --read-only --cap-drop ALL --user 10001:10001 " +
                "--health-cmd '/usr/local/bin/validator-init --check' --health-interval 30s --health-on-failure=restart " +
                "--health-startup-cmd '/usr/local/bin/validator-init --ready' --health-startup-interval 5s " +
                `-v /data/validator:/data ${IMAGE} --home /data`,
        ]),
    ),
    // A fully optioned docker run (restart, logs to CloudWatch, health, limits, init, pull, platform, a loopback port).
    dev(
        "docker run --restart unless-stopped --log-driver awslogs --log-opt ... --health-cmd ... --memory 512m --init --pull always --platform linux/arm64 -p 127.0.0.1:9100:9100 -v /data/validator:/data ... --home /data",
        script("dev-docker-options-ok-nodes", [
            ...DATA,
            DOCKER,
            "docker run -d --name validator-init --restart unless-stopped --log-driver awslogs " +
                "--log-opt awslogs-region=eu-west-1 --log-opt awslogs-group=/eks/dev-validators/validator-init " +
                "--health-cmd '/usr/local/bin/validator-init --check' --health-interval 30s --health-retries 3 " +
                "--memory 512m --memory-swap 512m --cpus 1.5 --pids-limit 256 --ulimit nofile=65536:65536 --init " +
                "--stop-timeout 60 --pull always --platform linux/arm64 --label team=custody -p 127.0.0.1:9100:9100 " +
                "--read-only --cap-drop ALL --user 10001:10001 --security-opt no-new-privileges " +
                `-v /data/validator:/data ${IMAGE} --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 43): (secure refused) a host port range (`-p 9100-9101:9100-9101`: "hostPort can be a range of ports (e.g.
    // 49160-49170)", moby/moby#9097, docker run reference "--publish") is pod hostPorts 9100 and 9101, which podSpec.ts
    // accepts one by one; containers.ts publish() returns `false` for any range, so the confined run is not pod-like and
    // its /data bind refused. Fix: expand a range into hostPorts (bounded) and let nodeReach judge each (refusing < 1024
    // and NODE_SERVICE_PORTS as today).
    dev(
        "nerdctl --namespace agents run -p 9100-9101:9100-9101 --read-only --cap-drop ALL -v /data/validator:/data ... --home /data",
        script("dev-nerdctl-ns-range-ok-nodes", [
            ...DATA,
            "nerdctl --namespace agents run -d --name validator-init -p 9100-9101:9100-9101 --read-only --cap-drop ALL " +
                `--user 10001:10001 -v /data/validator:/data ${IMAGE} --home /data`,
        ]),
    ),
    // ctr with snapshotter, labels and CNI (the options the task lists).
    dev(
        "ctr --namespace agents run --snapshotter overlayfs --label team=custody --cni --mount src=/var/log ro ... fluent-bit",
        script("dev-ctr-cni-ok-nodes", [
            `ctr --namespace agents images pull ${FLUENT}`,
            "ctr --namespace agents run -d --snapshotter overlayfs --label team=custody --cni --read-only " +
                `--mount type=bind,src=/var/log,dst=/var/log,options=rbind:ro ${FLUENT} log-agent`,
        ]),
    ),
    // The CloudWatch agent container on the host network reading its config.
    dev(
        "docker run --network host cloudwatch-agent -v /opt/aws/amazon-cloudwatch-agent/etc:/etc/cwagentconfig:ro",
        script("dev-cwagent-container-ok-nodes", [
            DOCKER,
            "mkdir -p /opt/aws/amazon-cloudwatch-agent/etc",
            "docker run -d --name cwagent --restart always --network host --read-only --cap-drop ALL " +
                "-v /opt/aws/amazon-cloudwatch-agent/etc:/etc/cwagentconfig:ro " +
                "public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300044.0",
        ]),
    ),
    // CRLF user data (a Windows-edited file): a cloud-config part and the NodeConfig.
    dev(
        "CRLF MIME user data (edited on Windows): a cloud-config part (timezone) and the NodeConfig",
        raw(
            "dev-crlf-ok-nodes",
            [
                "MIME-Version: 1.0",
                'Content-Type: multipart/mixed; boundary="==BOUNDARY=="',
                "",
                "--==BOUNDARY==",
                "Content-Type: text/cloud-config",
                "",
                "#cloud-config",
                "timezone: UTC",
                "",
                "--==BOUNDARY==",
                "Content-Type: application/node.eks.aws",
                "",
                ...NODECONFIG,
                "",
                "--==BOUNDARY==--",
                "",
            ],
            "\r\n",
        ),
    ),
    // A folded Content-Type header on a sysctl shell part.
    dev(
        "a sysctl shell part whose Content-Type is folded onto a tab-indented line",
        raw("dev-folded-header-ok-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="//"',
            "",
            "--//",
            "Content-Type: text/x-shellscript;",
            '\tcharset="us-ascii"',
            "",
            "#!/bin/bash",
            "sysctl -w net.core.somaxconn=4096",
            "",
            "--//",
            "Content-Type: application/node.eks.aws",
            "",
            ...NODECONFIG,
            "",
            "--//--",
            "",
        ]),
    ),
    // A message/rfc822 part wrapping a sysctl shell part.
    dev(
        "a message/rfc822 part wrapping a text/x-shellscript sysctl part",
        part("dev-rfc822-ok-nodes", "message/rfc822", [
            'Content-Type: text/x-shellscript; charset="us-ascii"',
            "",
            "#!/bin/bash",
            "sysctl -w net.core.somaxconn=4096",
        ]),
    ),
    // The same unit shape for the validator's init container: pod-like options, the data directory bound.
    dev(
        "a docker unit whose ExecStart= continues over backslash lines: docker run --read-only --cap-drop ALL --user 10001 -v /data/validator:/data ... --home /data",
        script("dev-unit-continued-ok-nodes", [
            ...DATA,
            DOCKER,
            "cat > /etc/systemd/system/validator-init.service <<'EOF'",
            "[Unit]",
            "After=docker.service",
            "Requires=docker.service",
            "",
            "[Service]",
            "ExecStartPre=-/usr/bin/docker rm -f validator-init",
            "ExecStart=/usr/bin/docker run --rm --name validator-init \\",
            "    --read-only --cap-drop ALL --user 10001:10001 \\",
            "    -v /data/validator:/data \\",
            `    ${IMAGE} --home /data`,
            "Restart=always",
            "",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable --now validator-init.service",
        ]),
    ),
];

describeNodeCases("red team round 43: containers in node user data, option by option (fresh eyes)", insecure, secure);
