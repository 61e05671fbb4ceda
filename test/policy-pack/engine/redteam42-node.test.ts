// Red-team round 42 on EKS NODE user data (fresh eyes), against round 41's envelope reading (engine/userData.ts:
// splitEntity, decodeBase64Part, sniff after trimStart, partOfType, archiveParts) and its container judging
// (engine/rootReads.ts: makesContainer, bindVolumeCreate, containerBinds, podLikeContainer). Probed: MIME entities
// cloud-init walks into that the pack reads as text (message/rfc822 parts; a Content-Transfer-Encoding on a multipart
// entity, which Python's email parser ignores; leading white space Python's str.lstrip() strips and JavaScript's
// trimStart() keeps), checked by running cloud-init's own UserDataProcessor (canonical/cloud-init
// cloudinit/user_data.py) on the user data; docker/podman CLI spellings pflag accepts (`-dv SRC:DST`, `-v=SRC:DST`);
// node secrets handed to containers other than by a bind (`docker cp`, `-e "$(cat ...)"`, `podman secret create`);
// container options a pod may not have (--device-cgroup-rule, a read-only bind of the system D-Bus socket); and
// containers defined in files instead of on the command line (crictl JSON configs, compose files, podman kube play,
// Quadlet .container units). Secure neighbours carry the same envelopes and engines with harmless content. Misses are
// `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, mime, NodeCase, nodeConfig, withScript } from "./nodeBuilders";
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

/** The NodeConfig part joining the dev cluster. */
const nodePart = { type: "application/node.eks.aws", body: nodeConfig([]) };

/** AL2023 user data: the NodeConfig, then one part of `type` (extra `headers`) with `body` lines. */
const part =
    (name: string, type: string, body: string[], headers: string[] = []) =>
    (r: Resources) =>
        al2023Nodes(r, name, mime([nodePart, { type, headers, body: body.join("\n") }]));

/** AL2023 user data given as text (built by hand: layouts the mime() builder does not write). */
const rawUserData = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, lines.join("\n"));

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

/** A cloud-config part writing `path` with `content` lines, then running `runcmd` entries. */
const writeAndRun = (name: string, path: string, content: string[], runcmd: string[]) =>
    part(name, "text/cloud-config", [
        "#cloud-config",
        "write_files:",
        `  - path: ${path}`,
        "    content: |",
        ...content.map(l => `      ${l}`),
        "runcmd:",
        ...runcmd.map(c => `  - ${c}`),
    ]);

/** Multipart user data with `outerHeaders` on the top-level entity, the NodeConfig and a cloud-config of `lines`. */
const multipartWith = (name: string, outerHeaders: string[], lines: string[]) =>
    rawUserData(name, [
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="BOUNDARY"',
        ...outerHeaders,
        "",
        "--BOUNDARY",
        "Content-Type: application/node.eks.aws",
        "",
        nodeConfig([]),
        "",
        "--BOUNDARY",
        "Content-Type: text/cloud-config",
        "",
        ...lines,
        "",
        "--BOUNDARY--",
        "",
    ]);

const PASSWORD = [
    "ssh_pwauth: true",
    "chpasswd:",
    "  users:",
    "    - {name: ec2-user, password: example-only, type: text}",
];
const PASSWORD_CLOUD_CONFIG = ["#cloud-config", ...PASSWORD];
const HARMLESS_CLOUD_CONFIG = ["#cloud-config", "timezone: UTC"];
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/node-reporter:1.2.0";
const INSTALL_DOCKER = ["dnf install -y docker", "systemctl enable --now docker"];
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const SOCK = "/run/containerd/containerd.sock";

/** The refusal of containers defined in files the pack does not read. */
const UNREAD = /definition the pack does not read|Quadlet unit/;

/** crictl's pod sandbox config and a container config with `mounts`, then `crictl run` (cri-tools docs/crictl.md). */
const crictlRun = (mounts: object[]) => [
    "mkdir -p /etc/reporter",
    "cat > /etc/reporter/pod.json <<'JSON'",
    JSON.stringify({ metadata: { name: "reporter", namespace: "default", uid: "reporter-1" } }),
    "JSON",
    "cat > /etc/reporter/container.json <<'JSON'",
    JSON.stringify({ metadata: { name: "reporter" }, image: { image: IMAGE }, mounts }),
    "JSON",
    `crictl pull ${IMAGE}`,
    "crictl run /etc/reporter/container.json /etc/reporter/pod.json",
];

/** A compose file of one service with `volumes`, started by `nerdctl compose up -d` (nerdctl docs/compose.md). */
const composeUp = (name: string, volumes: string[]) =>
    writeAndRun(
        name,
        "/opt/reporter/compose.yaml",
        [
            "services:",
            "  reporter:",
            `    image: ${IMAGE}`,
            "    restart: always",
            ...(volumes.length > 0 ? ["    volumes:", ...volumes.map(v => `      - ${v}`)] : []),
        ],
        ["[nerdctl, compose, -f, /opt/reporter/compose.yaml, up, -d]"],
    );

/** A Kubernetes Pod run by `podman kube play` with one volume `volume` mounted at `mountPath`. */
const kubePlay = (name: string, volume: object, mountPath: string) =>
    writeAndRun(
        name,
        "/opt/reporter/pod.yaml",
        [
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: reporter}",
            "spec:",
            "  containers:",
            `    - {name: reporter, image: ${IMAGE}, volumeMounts: [{name: vol, mountPath: ${mountPath}}]}`,
            "  volumes:",
            `    - ${JSON.stringify({ name: "vol", ...volume })}`,
        ],
        ["[dnf, install, -y, podman]", "[podman, kube, play, /opt/reporter/pod.yaml]"],
    );

/** A Quadlet .container unit with `Volume=` lines (podman-systemd.unit(5)), started after daemon-reload. */
const quadlet = (name: string, volumes: string[]) =>
    writeAndRun(
        name,
        "/etc/containers/systemd/reporter.container",
        [
            "[Container]",
            `Image=${IMAGE}`,
            ...volumes.map(v => `Volume=${v}`),
            "[Install]",
            "WantedBy=multi-user.target",
        ],
        ["[dnf, install, -y, podman]", "[systemctl, daemon-reload]", "[systemctl, start, reporter.service]"],
    );

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 42): a message/rfc822 part is walked into by cloud-init: Python's email parser makes the embedded message a
    // sub-part (is_multipart() is true for message/*), UserDataProcessor._process_msg skips only multipart/* containers
    // (is_skippable), and the embedded text/cloud-config is attached and merged (checked by running cloud-init's
    // UserDataProcessor: the processed message holds the text/cloud-config part). userData.ts mimeParts() returns
    // message/rfc822 as a leaf and partOfType() sniffs its body, whose first line is a header ("mime-version: 1.0"):
    // kind "text", ignored, so ec2-user (passwordless sudo) gets a password SSH login. Fix: parse a message/* part's body
    // as a MIME entity (mimeParts(body, true)). Docs: cloudinit/user_data.py _process_msg, is_skippable; CPython
    // Lib/email/feedparser.py (message/* parsed as a sub-message), email.message.Message.walk.
    dev(
        "a message/rfc822 part holding a text/cloud-config that turns on password SSH",
        part("dev-rfc822-nodes", "message/rfc822", [
            "MIME-Version: 1.0",
            "Content-Type: text/cloud-config",
            "",
            ...PASSWORD_CLOUD_CONFIG,
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 42): a Content-Transfer-Encoding header on the multipart entity itself (RFC 2045 6.4 allows only 7bit, 8bit or
    // binary there; a careless generator writes base64): Python's feedparser parses a multipart body by its boundary
    // whatever the header says, so cloud-init merges the cloud-config part (checked with cloud-init's
    // UserDataProcessor). userData.ts mimeParts() base64-decodes the multipart body first (decodeBase64Part), finds no
    // delimiters in the garbage and reads no parts at all: the password login is unseen. Fix: ignore
    // Content-Transfer-Encoding on multipart/* entities (or refuse one that is not 7bit/8bit/binary). Docs: RFC 2045
    // section 6.4; CPython Lib/email/feedparser.py _parsegen (multipart branch never decodes).
    dev(
        "multipart user data with Content-Transfer-Encoding: base64 on the multipart entity, a cloud-config part turning on password SSH",
        multipartWith("dev-multipart-b64-nodes", ["Content-Transfer-Encoding: base64"], PASSWORD_CLOUD_CONFIG),
        /password/i,
    ),
    // Was a MISS (fixed in round 42): cloud-init types a text/x-shellscript part after payload_lc.lstrip() (handlers/__init__.py
    // type_from_starts_with), and Python's str.lstrip() strips U+0085 (NEL; str.isspace() is true), so a part opening
    // with NEL (cp1252's ellipsis byte 0x85 read as Latin-1 by an editor or template) is merged as cloud-config; PyYAML
    // reads NEL as a line break (checked: type_from_starts_with gives text/cloud-config and util.load_yaml the
    // password settings). userData.ts sniff() uses JavaScript's trimStart(), which keeps U+0085 (not JS WhiteSpace), so
    // the part is read as a script and the password login is unseen. Fix: strip what Python's str.isspace() strips
    // (U+001C-U+001F, U+0085 as well) before sniffing.
    dev(
        "a text/x-shellscript part opening with U+0085 (NEL), then #cloud-config turning on password SSH",
        part("dev-nel-nodes", "text/x-shellscript", [`\u0085${PASSWORD_CLOUD_CONFIG[0]}`, ...PASSWORD]),
        /password/i,
    ),
    // Was a MISS (fixed in round 42): docker's CLI parses flags with pflag, where shorthand booleans combine with a value flag: `-dv SRC:DST` is
    // -d plus -v SRC:DST (spf13/pflag README, "Command line flag syntax": `-abcs "hello"`). rootReads.ts
    // containerBinds() takes a bind only after a word that is exactly -v/--volume/--mount, so the kubelet's client key
    // handed to the container is accepted where `docker run -d -v ...` is refused. Fix: read shorthand clusters ending
    // in v (and -v=VALUE, next case) as -v.
    dev(
        "docker run -dv /var/lib/kubelet/pki:/pki:ro (combined shorthand flags)",
        script("dev-docker-dv-nodes", [
            ...INSTALL_DOCKER,
            `docker run -dv /var/lib/kubelet/pki:/pki:ro --restart always ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): pflag takes `-v=VALUE` for a shorthand with a value (README, "Command line flag syntax": `-n=1234`);
    // BIND_INLINE knows `-v/...` and `--volume=` but not `-v=`, so the bind of the kubelet's keys is unseen.
    dev(
        "docker run -v=/var/lib/kubelet/pki:/pki:ro (shorthand with =)",
        script("dev-docker-veq-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --restart always -v=/var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): `docker cp SRC CONTAINER:DST` copies a node file into a container (docker docs, "docker container cp":
    // "from the local filesystem to the container"): root hands the kubelet's client key (the node's identity: the Node
    // authorizer lets it read the Secrets of the node's pods) to the image's program, as a bind would; rootReads.ts
    // judges containers only by their binds, and `docker cp` is neither a container run nor a cp it follows. Fix: a
    // `docker/podman/nerdctl (container) cp` whose source holds node secrets is refused like a bind of them.
    dev(
        "docker create, docker cp of the kubelet's client key into the container, docker start",
        script("dev-docker-cp-key-nodes", [
            ...INSTALL_DOCKER,
            `docker create --name node-reporter --restart always ${IMAGE}`,
            `docker cp ${KEY} node-reporter:/pki/client.pem`,
            "docker start node-reporter",
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): the kubelet's client key read by a command substitution into the container's environment (docker run
    // reference, "-e, --env"): the image's program (and `docker inspect`) gets the node's identity. The substitution's
    // output goes into an argument of a container run, which rootReads.ts's secret flow does not treat as handing the
    // secret over. Fix: a node secret read into a word of a container run/create (-e, --env, --label, the command) is
    // refused as a bind of it is.
    dev(
        'docker run -e NODE_KEY="$(cat /var/lib/kubelet/pki/kubelet-client-current.pem)"',
        script("dev-docker-env-key-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name node-reporter --restart always -e NODE_KEY="$(cat ${KEY})" ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): `podman secret create NAME FILE` reads the file into podman's secret store, and `--secret NAME` mounts it
    // in the container at /run/secrets/NAME (podman-secret-create(1): "Create accepts a path to a file"; podman-run(1)
    // --secret). The kubelet's client key is handed to the image's program; rootReads.ts sees neither command. Fix:
    // `podman secret create` of a node-secret file is refused like a bind of it.
    dev(
        "podman secret create of the kubelet's client key, then podman run --secret",
        script("dev-podman-secret-key-nodes", [
            "dnf install -y podman",
            `podman secret create kubelet-key ${KEY}`,
            `podman run -d --name node-reporter --secret kubelet-key ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): `--device-cgroup-rule 'b *:* rmw'` lets the container create and open every block device (docker run
    // reference, "--device-cgroup-rule"; the kernel's device cgroup: "m (mknod)"), and docker's default capabilities
    // include MKNOD: root in it reads the node's root disk raw, the kubelet's keys included. podLikeContainer() lists
    // --device but not --device-cgroup-rule (`^--(device|...)(=|$)` does not match it), so the container running
    // /data/agent/start.sh (a path pods may write) is judged pod-like and accepted; a pod cannot get such a rule. Fix:
    // --device-cgroup-rule escalates (as --device does).
    dev(
        "docker run --device-cgroup-rule 'b *:* rmw' -v /data/agent:/state ... sh /state/start.sh",
        script("dev-docker-devcg-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent --device-cgroup-rule='b *:* rmw' -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 42): podSpec.ts refuses a root pod with a hostPath of the system D-Bus (ROOT_SOCKETS: a uid-0 client has systemd
    // start a transient unit as root; a socket on a read-only mount still accepts connect()), but podLikeContainer()
    // admits any read-only bind of a path outside NODE_SECRETS, so a root container (docker's default user) with
    // /run/dbus read-only that runs /data/agent/start.sh (pods may write it) is accepted: a pod rewrites start.sh and
    // gets root on the node. Fix: judge a container's binds with podSpec's hostPath rules (ROOT_SOCKETS for a root
    // container) rather than the NODE_SECRETS/readOnly shortcut. Docs: systemd D-Bus API,
    // org.freedesktop.systemd1.Manager StartTransientUnit.
    dev(
        "docker run -v /run/dbus:/run/dbus:ro -v /data/agent:/state ... sh /state/start.sh (root with the system D-Bus)",
        script("dev-docker-dbus-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent -v /run/dbus:/run/dbus:ro -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data|dbus/,
    ),
    // Was a MISS (fixed in round 42): crictl (on the EKS AMIs) runs a container from a JSON config whose `mounts` (host_path/container_path) are
    // binds (cri-tools docs/crictl.md, "Run a container in a sandbox"; CRI ContainerConfig.mounts): containerd's socket
    // handed to the image's program is root on the node (NODE_SECRETS lists /run/containerd). The config names no
    // NODE_CREDENTIALS path, rootReads.ts judges only ctr/nerdctl/docker/podman command lines, and `crictl run` is not
    // one. Fixed by refusing containers started from definitions the pack does not read (DECIDED below).
    dev(
        "crictl run of a container config mounting /run/containerd/containerd.sock",
        script("dev-crictl-sock-nodes", crictlRun([{ container_path: SOCK, host_path: SOCK }])),
        UNREAD,
    ),
    // Was a MISS (fixed in round 42): a compose file's service `volumes: - SRC:DST` is a bind (Compose Specification, "volumes" short syntax;
    // nerdctl docs/compose.md: `nerdctl compose` implements it): containerd's socket handed to the image's program, as
    // `nerdctl run -v` of it would be refused. The pack reads the file only for NODE_CREDENTIALS paths and IMDS, and
    // does not know `compose up` makes containers. Fixed as crictl above.
    dev(
        "nerdctl compose up of a compose file binding /run/containerd/containerd.sock",
        composeUp("dev-compose-sock-nodes", [`${SOCK}:${SOCK}`]),
        UNREAD,
    ),
    // Was a MISS (fixed in round 42): `podman kube play` runs a Kubernetes Pod YAML with hostPath volumes as binds (podman-kube-play(1): "hostPath
    // ... Socket ... subtypes are supported"): the same Pod applied to the cluster is refused (podSpec.ts), from user
    // data it is accepted. Fixed as crictl above.
    dev(
        "podman kube play of a Pod with a hostPath of /run/containerd/containerd.sock",
        kubePlay("dev-kubeplay-sock-nodes", { hostPath: { path: SOCK, type: "Socket" } }, SOCK),
        UNREAD,
    ),
    // Was a MISS (fixed in round 42): a Quadlet unit's `Volume=SRC:DST` is podman run's --volume (podman-systemd.unit(5), [Container] Volume=);
    // systemd's podman generator turns /etc/containers/systemd/*.container into a root service. Fixed: a Quadlet unit
    // written by user data is refused (DECIDED below).
    dev(
        "a Quadlet .container unit with Volume=/run/containerd/containerd.sock:...",
        quadlet("dev-quadlet-sock-nodes", [`${SOCK}:${SOCK}`]),
        UNREAD,
    ),
    // DECIDED (round 42): containers started from definitions the pack does not read (crictl run/create/runp configs,
    // Compose files, podman kube play, Quadlet units, OCI bundles, systemd-nspawn) are refused whatever the definition
    // holds: their binds, privileges and namespaces would need a reader of each format; user data starts containers
    // with a docker/nerdctl/podman/ctr run command, which the pack judges as a pod (containers.ts). The red team's
    // secure variants of these forms stay refused:
    dev("crictl run of a container config with no mounts", script("dev-crictl-ok-nodes", crictlRun([])), UNREAD),
    dev(
        "nerdctl compose up of a compose file with a named volume",
        composeUp("dev-compose-named-ok-nodes", ["reporter-state:/state"]),
        UNREAD,
    ),
    dev(
        "nerdctl compose up of a compose file binding /srv/reporter (a data directory)",
        composeUp("dev-compose-srv-ok-nodes", ["/srv/reporter:/state"]),
        UNREAD,
    ),
    dev(
        "podman kube play of a Pod with an emptyDir volume",
        kubePlay("dev-kubeplay-ok-nodes", { emptyDir: {} }, "/state"),
        UNREAD,
    ),
    dev(
        "a Quadlet .container unit with a named volume",
        quadlet("dev-quadlet-ok-nodes", ["reporter-state:/state"]),
        UNREAD,
    ),
    // Controls (refused).
    dev(
        "docker run -v /run/containerd/containerd.sock (control for the file-defined containers)",
        script("dev-docker-sock-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name node-reporter --restart always -v ${SOCK}:${SOCK} ${IMAGE}`,
        ]),
        /containerd/,
    ),
    dev(
        "a systemd unit whose ExecStart= is docker run binding /run/containerd/containerd.sock",
        writeAndRun(
            "dev-unit-docker-sock-nodes",
            "/etc/systemd/system/reporter.service",
            [
                "[Service]",
                `ExecStart=/usr/bin/docker run --rm --name reporter -v ${SOCK}:${SOCK} ${IMAGE}`,
                "[Install]",
                "WantedBy=multi-user.target",
            ],
            ["[systemctl, enable, --now, reporter.service]"],
        ),
        /containerd/,
    ),
    dev(
        "docker run --device /dev/nvme0n1 -v /data/agent:/state ... sh /state/start.sh (control for --device-cgroup-rule)",
        script("dev-docker-device-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent --device /dev/nvme0n1 -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    dev(
        "a bind volume of /data/agent made in one shell part, mounted by a privileged container in another",
        (r: Resources) =>
            al2023Nodes(
                r,
                "dev-volume-parts-nodes",
                mime([
                    {
                        type: "text/x-shellscript",
                        body: [
                            "#!/bin/bash",
                            ...INSTALL_DOCKER,
                            "docker volume create -o type=none -o o=bind -o device=/data/agent agent-state",
                        ].join("\n"),
                    },
                    nodePart,
                    {
                        type: "text/x-shellscript",
                        body: [
                            "#!/bin/bash",
                            `docker run -d --privileged -v agent-state:/state ${IMAGE} sh /state/start.sh`,
                        ].join("\n"),
                    },
                ]),
            ),
        /\/data/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "a message/rfc822 part holding a harmless text/cloud-config",
        part("dev-rfc822-ok-nodes", "message/rfc822", [
            "MIME-Version: 1.0",
            "Content-Type: text/cloud-config",
            "",
            ...HARMLESS_CLOUD_CONFIG,
        ]),
    ),
    dev(
        "multipart user data with Content-Transfer-Encoding: 7bit on the multipart entity, a harmless cloud-config",
        multipartWith("dev-multipart-7bit-ok-nodes", ["Content-Transfer-Encoding: 7bit"], HARMLESS_CLOUD_CONFIG),
    ),
    dev(
        "a text/x-shellscript part opening with U+0085, then a harmless script",
        part("dev-nel-ok-nodes", "text/x-shellscript", ["\u0085#!/bin/bash", "echo ready"]),
    ),
    dev(
        "docker run -dv /srv/reporter:/state (combined shorthand flags, a data directory)",
        script("dev-docker-dv-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /srv/reporter",
            `docker run -dv /srv/reporter:/state --restart always ${IMAGE}`,
        ]),
    ),
    dev(
        "docker run -v=/srv/reporter:/state (shorthand with =, a data directory)",
        script("dev-docker-veq-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /srv/reporter",
            `docker run -d --restart always -v=/srv/reporter:/state ${IMAGE}`,
        ]),
    ),
    dev(
        "docker cp of a configuration file root wrote into the container",
        script("dev-docker-cp-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /etc/reporter",
            "echo 'interval: 60s' > /etc/reporter/config.yaml",
            `docker create --name node-reporter --restart always ${IMAGE}`,
            "docker cp /etc/reporter/config.yaml node-reporter:/etc/reporter/config.yaml",
            "docker start node-reporter",
        ]),
    ),
    dev(
        'docker run -e NODE_NAME="$(hostname)"',
        script("dev-docker-env-ok-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name node-reporter --restart always -e NODE_NAME="$(hostname)" ${IMAGE}`,
        ]),
    ),
    dev(
        "podman secret create of a file root wrote (the node's name), then podman run --secret",
        script("dev-podman-secret-ok-nodes", [
            "dnf install -y podman",
            "mkdir -p /etc/reporter",
            'printf "%s" "$(hostname)" > /etc/reporter/node-name',
            "podman secret create node-name /etc/reporter/node-name",
            `podman run -d --name node-reporter --secret node-name ${IMAGE}`,
        ]),
    ),
    dev(
        "docker run --device-cgroup-rule 'c 10:229 rmw' (/dev/fuse) running the image's own program",
        script("dev-docker-devcg-ok-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name agent --device-cgroup-rule='c 10:229 rmw' ${IMAGE}`,
        ]),
    ),
    dev(
        "docker run -v /etc/machine-id:/etc/machine-id:ro -v /data/agent:/state ... sh /state/start.sh",
        script("dev-docker-machineid-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent -v /etc/machine-id:/etc/machine-id:ro -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
    ),
];

describeNodeCases("red team round 42: node user data envelopes and containers beyond docker run -v", insecure, secure);
