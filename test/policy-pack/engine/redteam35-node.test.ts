// Red-team round 35 on EKS NODE user data (fresh eyes), against engine/rootReads.ts and engine/userData.ts. Insecure
// shapes here give a confined (non-root, NoNewPrivileges, off-network) unit root's power through something other
// than uid 0 or sudo: a root-equivalent group (docker), a polkit grant, or an IPv6 metadata endpoint its address
// filter misses; and hand root pod-written commands through job queues (at, crontab) or undo the metadata hop
// limit with tc. Secure neighbours (the same features without a pod-writable path) must stay clean. Misses are
// `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, NodeCase, withCloudConfig, withScript } from "./nodeBuilders";
import { find, Resources, setProp } from "./support";
import { IMDS_SAFE } from "./variantBuilders";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));

/** A confined validator unit (non-root, NoNewPrivileges, AF_UNIX only) running the pod's binary, plus `extra` keys. */
const confinedUnit = (extra: string[]) => [
    "  - path: /etc/systemd/system/validator.service",
    "    content: |",
    "      [Service]",
    "      User=validator",
    "      NoNewPrivileges=yes",
    "      RestrictAddressFamilies=AF_UNIX",
    ...extra.map(l => `      ${l}`),
    "      ExecStart=/data/validator/bin/agent",
    "      [Install]",
    "      WantedBy=multi-user.target",
];

/** The node group's launch template with the IPv6 metadata endpoint on (still tokens required, hop limit 1). */
const imdsIpv6 = (r: Resources, name: string) =>
    setProp(find(r, "aws:ec2/launchTemplate:LaunchTemplate", name), "metadataOptions", {
        ...IMDS_SAFE,
        httpProtocolIpv6: "enabled",
    });

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 35): rootReads.ts unit() counts only root|0|disk|wheel|adm|sudo as root's group, so a confined unit with
    // SupplementaryGroups=docker is exempt. The docker group is root (docs.docker.com, Linux post-installation: "The
    // docker group grants privileges equivalent to the root user"): AF_UNIX reaches /var/run/docker.sock (root:docker
    // 0660), NoNewPrivileges does not stop a daemon acting for it, so the pod's agent runs `docker run --privileged
    // --net=host -v /:/host` and is root on the node with the node role.
    dev(
        "a confined unit (User=validator, NoNewPrivileges, AF_UNIX only) with SupplementaryGroups=docker running /data/validator/bin/agent (the docker group is root)",
        cloud("dev-docker-group-unit-nodes", [
            "packages: [docker]",
            "write_files:",
            ...confinedUnit(["SupplementaryGroups=docker"]),
            "runcmd:",
            "  - [useradd, --system, --shell, /sbin/nologin, validator]",
            "  - [systemctl, enable, --now, docker.service]",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, validator.service]",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 35): as above, the group given through /etc/group rather than the unit: systemd initialises a User='s
    // supplementary groups from the group database (systemd.exec(5) User=/SupplementaryGroups=, initgroups(3)), so
    // usermod -aG docker makes validator root-equivalent. The pack never reads group memberships other than sudoers.
    dev(
        "usermod -aG docker validator, then a confined User=validator unit running /data/validator/bin/agent (initgroups gives it the docker group)",
        cloud("dev-docker-usermod-nodes", [
            "packages: [docker]",
            "write_files:",
            ...confinedUnit([]),
            "runcmd:",
            "  - [useradd, --system, --shell, /sbin/nologin, validator]",
            "  - [usermod, -aG, docker, validator]",
            "  - [systemctl, enable, --now, docker.service]",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, validator.service]",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 35): org.freedesktop.systemd1.manage-units authorises StartTransientUnit, the call behind systemd-run
    // (org.freedesktop.systemd1(5): "PID 1 uses polkit to allow access to privileged operations for unprivileged
    // processes"), over the system bus, an AF_UNIX socket NoNewPrivileges does not touch: the pod's agent starts a
    // root unit. polkit rules.d files are not read as making a user root (only sudoers are).
    dev(
        "a polkit rule letting validator manage systemd units, and a confined User=validator unit running /data/validator/bin/agent (D-Bus over AF_UNIX starts a root unit)",
        cloud("dev-polkit-units-nodes", [
            "packages: [polkit]",
            "write_files:",
            "  - path: /etc/polkit-1/rules.d/50-validator.rules",
            "    content: |",
            "      polkit.addRule(function(action, subject) {",
            '          if (action.id == "org.freedesktop.systemd1.manage-units" && subject.user == "validator") {',
            "              return polkit.Result.YES;",
            "          }",
            "      });",
            ...confinedUnit([]),
            "runcmd:",
            "  - [useradd, --system, --shell, /sbin/nologin, validator]",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, validator.service]",
        ]),
        /polkit rule|\/data/,
    ),
    dev(
        "echo 'bash /data/validator/boot.sh' | at now + 1 minute (atd runs the pod's script as root)",
        script("dev-at-echo-nodes", [
            "dnf install -y at",
            "systemctl enable --now atd",
            "echo 'bash /data/validator/boot.sh' | at now + 1 minute",
        ]),
        /\/data/,
    ),
    dev(
        "at now + 1 minute with a here-document running /srv/hooks/boot.sh (atd runs it as root)",
        script("dev-at-heredoc-nodes", [
            "dnf install -y at",
            "systemctl enable --now atd",
            "at now + 1 minute <<'EOF'",
            "/bin/sh /srv/hooks/boot.sh",
            "EOF",
        ]),
        /\/srv/,
    ),
    dev(
        "printf '*/5 * * * * /data/validator/hook.sh' | crontab - (root's crontab runs the pod's script)",
        script("dev-crontab-stdin-nodes", ["printf '*/5 * * * * /data/validator/hook.sh\\n' | crontab -"]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 35): userData.ts judges TTL changes only as iptables TTL/HL and nft `ttl set`; tc-pedit(8) `ex munge ip ttl
    // set` on the ingress qdisc rewrites the metadata answer's TTL (1) before the node forwards it to the pod's veth,
    // so the hop limit no longer stops pods (EC2 user guide, "Instance metadata access considerations"). iproute2
    // added `ip ttl` to pedit's extended mode (netdev, "tc: pedit: Add support for modifying IPv4 TTL").
    dev(
        "tc ingress pedit setting every IPv4 packet's TTL to 64 on the primary interface (undoes the metadata hop limit)",
        script("dev-tc-pedit-ttl-nodes", [
            "IFACE=$(ip -o -4 route show to default | awk '{print $5}')",
            'tc qdisc add dev "$IFACE" ingress',
            'tc filter add dev "$IFACE" ingress protocol ip matchall action pedit ex munge ip ttl set 64 pipe action csum ip',
        ]),
        /TTL|hop limit/,
    ),
    // Was a MISS (fixed in round 35): the unit counts as off the network with IPAddressDeny=link-local, but systemd's link-local is
    // 169.254.0.0/16 and fe80::/64 only (systemd src/shared/bus-unit-util.c: "link-local is a shortcut for
    // 169.254.0.0/16 and fe80::/64"), and the launch template turns on the IPv6 metadata endpoint fd00:ec2::254, a ULA
    // (EC2 user guide, "Instance metadata service IPv6 endpoint", httpProtocolIpv6). On a dual-stack subnet the pod's
    // agent fetches the node role over IPv6. (Pack: rootReads.ts offNetwork.)
    dev(
        "instance metadata over IPv6 (httpProtocolIpv6 enabled) and a NoNewPrivileges unit with IPAddressDeny=link-local running /data/validator/bin/agent (fd00:ec2::254 is not link-local)",
        r => {
            cloud("dev-imds-ipv6-unit-nodes", [
                "write_files:",
                "  - path: /etc/systemd/system/validator.service",
                "    content: |",
                "      [Service]",
                "      User=validator",
                "      NoNewPrivileges=yes",
                "      IPAddressDeny=link-local",
                "      ExecStart=/data/validator/bin/agent",
                "      [Install]",
                "      WantedBy=multi-user.target",
                "runcmd:",
                "  - [useradd, --system, --shell, /sbin/nologin, validator]",
                "  - [systemctl, daemon-reload]",
                "  - [systemctl, enable, --now, validator.service]",
            ])(r);
            imdsIpv6(r, "dev-imds-ipv6-unit-nodes");
        },
        /\/data/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "instance metadata over IPv6 (httpProtocolIpv6 enabled) with tokens required and hop limit 1, no user data changes",
        r => {
            cloud("dev-imds-ipv6-plain-nodes", ["runcmd:", "  - [sysctl, --system]"])(r);
            imdsIpv6(r, "dev-imds-ipv6-plain-nodes");
        },
    ),
    dev(
        "a confined validator unit with SupplementaryGroups=validator-data (a group of its own) running /data/validator/bin/agent",
        cloud("dev-own-group-unit-nodes", [
            "write_files:",
            ...confinedUnit(["SupplementaryGroups=validator-data"]),
            "runcmd:",
            "  - [groupadd, --system, validator-data]",
            "  - [useradd, --system, --shell, /sbin/nologin, validator]",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, validator.service]",
        ]),
    ),
    dev(
        "tc qdisc fq with a pacing rate on the primary interface (traffic shaping only)",
        script("dev-tc-fq-nodes", [
            "IFACE=$(ip -o -4 route show to default | awk '{print $5}')",
            'tc qdisc replace dev "$IFACE" root fq maxrate 5gbit',
        ]),
    ),
    dev(
        "echo 'systemctl restart amazon-cloudwatch-agent' | at now + 5 minutes (a node command, no data directory)",
        script("dev-at-node-nodes", [
            "dnf install -y at",
            "systemctl enable --now atd",
            "echo 'systemctl restart amazon-cloudwatch-agent' | at now + 5 minutes",
        ]),
    ),
    dev(
        "printf '0 3 * * * /usr/bin/dnf -y upgrade --security' | crontab - (root's crontab, node commands)",
        script("dev-crontab-node-nodes", ["printf '0 3 * * * /usr/bin/dnf -y upgrade --security\\n' | crontab -"]),
    ),
    dev(
        "a polkit rule letting the validator group reboot the node only (org.freedesktop.login1.reboot)",
        cloud("dev-polkit-reboot-nodes", [
            "write_files:",
            "  - path: /etc/polkit-1/rules.d/50-validator.rules",
            "    content: |",
            "      polkit.addRule(function(action, subject) {",
            '          if (action.id == "org.freedesktop.login1.reboot" && subject.isInGroup("validator")) {',
            "              return polkit.Result.YES;",
            "          }",
            "      });",
        ]),
    ),
];

describeNodeCases("red team 35: node user data (root-equivalent groups, polkit, job queues, tc)", insecure, secure);
