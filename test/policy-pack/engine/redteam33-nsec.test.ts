// Red-team round 33 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes that
// rounds 31-32's shell reader changes touch: find -exec with inert commands on a data directory, a package manager
// chosen by command substitution, the AWS CLI v2 installer in a mktemp directory, systemd-tmpfiles --prefix, the ECR
// docker credential helper, xtrace turned off silently, an unset credential before env, proxy drop-ins written in a
// loop; and a few insecure neighbours printing the node role's ECR credentials in spellings the reader does not
// follow. Misses are `it.skip` with a MISS comment and the doc checked.
import {
    al2023Nodes,
    b64,
    cloudConfig,
    CLUSTER,
    describeNodeCases,
    devNodeCase,
    mime,
    NodeCase,
    nodeConfig,
    PRIMARY,
    shellScript,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";
import { managedNodes } from "./variantBuilders";

const dev = devNodeCase;

const ECR = "111111111111.dkr.ecr.eu-west-1.amazonaws.com";
/** The instance-store data disk formatted and mounted at /data (EC2 user guide, "Make an instance store volume available"). */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];

/** AL2 user data (bootstrap.sh) for the dev cluster. */
const al2Raw = (r: Resources, name: string, lines: string[]) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(["#!/bin/bash", "set -euo pipefail", ...lines].join("\n")),
    });

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 33): accepted. `aws ecr get-authorization-token` returns authorizationToken, "a base64 encoded string that can
    // be decoded and used in a docker login command" (AWS CLI reference, ecr get-authorization-token; API reference:
    // decoded it is user:password), valid 12 hours for every registry the node role may pull from: the same secret
    // as get-login-password, which the pack refuses printed. The reader refuses the bare command printed, but not with
    // `--output text` (with or without --query selecting the token). Printed to stdout, cloud-init copies it into
    // /var/log/cloud-init-output.log (and the console), which the pack lets pods read.
    dev(
        "aws ecr get-authorization-token --query authorizationData[0].authorizationToken --output text printed (base64 AWS:password, 12 hours) while checking ECR access",
        r =>
            al2023Nodes(
                r,
                "dev-ecr-authtoken-nodes",
                withScript([
                    "aws ecr get-authorization-token --region eu-west-1 --query 'authorizationData[0].authorizationToken' --output text",
                ]),
            ),
        /get-authorization-token|credentials|token/,
    ),
    // The same token in full JSON appended to a debug log under /var/log (pods may read /var/log, round 31): refused.
    dev(
        "aws ecr get-authorization-token (full JSON with authorizationToken) appended to /var/log/ecr-check.log",
        r =>
            al2023Nodes(
                r,
                "dev-ecr-authtoken-log-nodes",
                withScript(["aws ecr get-authorization-token --region eu-west-1 >> /var/log/ecr-check.log"]),
            ),
        /get-authorization-token/,
    ),
    // Was a MISS (fixed in round 33): accepted (get-login is not in the reader's list of credential-printing commands). AWS CLI v1 (the CLI AL2 ships): `aws ecr get-login --no-include-email` prints `docker login -u AWS -p <password>
    // https://<registry>` (AWS CLI v1 reference, ecr get-login: "The command that is printed ... contains the
    // authentication token"); printed bare, the password lands in cloud-init's output log.
    dev(
        "AL2 (AWS CLI v1): aws ecr get-login --no-include-email printed (docker login -u AWS -p <password>)",
        r =>
            al2Raw(r, "dev-al2-getlogin-nodes", [
                "aws ecr get-login --no-include-email --region eu-west-1",
                "/etc/eks/bootstrap.sh dev-validators",
            ]),
        /get-login|credentials|token/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 33): refused ("a root process of the node read /data/validator"). find(1) -exec chmod only modes what it finds,
    // and the pack accepts the same inert -exec from `find / -xdev` (which walks /data too, round 31/32 CIS cases)
    // and `chmod`/`chown` on /data directly; from a starting point inside the data directory it is refused.
    dev(
        "find /data/validator -type d -exec chmod 0750 {} + (modes only, as accepted from find / -xdev)",
        r =>
            al2023Nodes(
                r,
                "dev-find-chmod-data-nodes",
                withScript([...DATA, "find /data/validator -xdev -type d -exec chmod 0750 {} +"]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused ("a program chosen at run time, in a script that names /data"). A script shared by AL2 (yum) and
    // AL2023 (dnf) nodes picks the package manager with `command -v` (bash(1) "command -v": prints the path the shell
    // would run, from PATH); the program is /usr/bin/dnf or /usr/bin/yum, never a data-directory file.
    dev(
        'PKG=$(command -v dnf || command -v yum); "$PKG" install -y nvme-cli mdadm, in a script that mounts /data',
        r =>
            al2023Nodes(
                r,
                "dev-pkg-subst-nodes",
                withScript(["PKG=$(command -v dnf || command -v yum)", '"$PKG" install -y nvme-cli mdadm', ...DATA]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused ("./aws/install --update: a program chosen at run time"). AWS CLI v2 install (AWS CLI user guide,
    // "Installing or updating to the latest version": curl awscliv2.zip, unzip, sudo ./aws/install) done in a fresh
    // mktemp(1) directory; a directory root just made under /tmp is not a data directory, but cd "$(mktemp -d)"
    // makes the working directory unknown and the script also mounts /data.
    dev(
        'AWS CLI v2 install in cd "$(mktemp -d)" (curl awscliv2.zip, unzip, ./aws/install --update), in a script that mounts /data',
        r =>
            al2023Nodes(
                r,
                "dev-awscli-mktemp-nodes",
                withScript([
                    ...DATA,
                    'cd "$(mktemp -d)"',
                    'curl -sSLo awscliv2.zip "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip"',
                    "unzip -q awscliv2.zip",
                    "./aws/install --update",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused ("a root process of the node read /data"). systemd-tmpfiles(8) --prefix=PATH: "Only apply rules
    // with paths that start with the specified prefix"; the rules come from /etc/tmpfiles.d (d lines inside /data,
    // accepted since round 24), --prefix only filters them; nothing is read from /data.
    dev(
        "a tmpfiles.d file of d lines under /data, applied with systemd-tmpfiles --create --prefix=/data (cloud-config runcmd)",
        r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-prefix-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/tmpfiles.d/validator.conf",
                    "    content: |",
                    "      d /data/validator 0750 10001 10001 -",
                    "      d /data/validator/tmp 0750 10001 10001 7d",
                    "runcmd:",
                    "  - [systemd-tmpfiles, --create, --prefix=/data]",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused ("writes /root/.docker/config.json ... which the pack cannot judge"). amazon-ecr-credential-helper
    // README ("Docker: place the credsStore ... ecr-login in ~/.docker/config.json") so root's nerdctl/docker pulls
    // use the node role through docker-credential-ecr-login (from PATH); the content is literal and holds no secret.
    dev(
        "root's ~/.docker/config.json with credsStore ecr-login (amazon-ecr-credential-helper), literal content",
        r =>
            al2023Nodes(
                r,
                "dev-ecr-login-helper-nodes",
                withScript([
                    "dnf install -y amazon-ecr-credential-helper",
                    "mkdir -p /root/.docker",
                    `echo '{"credsStore": "ecr-login"}' > /root/.docker/config.json`,
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused (the ECR password "printed to the output cloud-init logs"). `{ set +x; } 2>/dev/null` is the usual
    // way to stop xtrace without tracing the `set +x` itself (bash(1) "set -x": the trace of a command goes to
    // stderr, here /dev/null); the token is captured with tracing off and used, tracing back on after.
    dev(
        "set -x for the script, { set +x; } 2>/dev/null around the ECR token capture and ctr pull, set -x again",
        r =>
            al2023Nodes(
                r,
                "dev-xtrace-silent-off-nodes",
                withScript([
                    "set -x",
                    "dnf install -y jq",
                    "{ set +x; } 2>/dev/null",
                    'ecr_password="$(aws ecr get-login-password --region eu-west-1)"',
                    `ctr --namespace k8s.io images pull --user "AWS:\${ecr_password}" ${ECR}/validator/signer:1.8.2`,
                    "unset ecr_password",
                    "set -x",
                    "systemctl restart containerd",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused ("in the environment it prints ... into /var/log/boot-env.log"). The exported token is unset
    // (bash(1) "unset: remove each variable ... from the environment") before `env` dumps the environment for
    // debugging; the dump holds no credential.
    dev(
        "an exported ECR token used by ctr, then unset, then env > /var/log/boot-env.log for debugging",
        r =>
            al2023Nodes(
                r,
                "dev-unset-env-nodes",
                withScript([
                    'export ECR_PASSWORD="$(aws ecr get-login-password --region eu-west-1)"',
                    `ctr --namespace k8s.io images pull --user "AWS:\${ECR_PASSWORD}" ${ECR}/validator/signer:1.8.2`,
                    "unset ECR_PASSWORD",
                    "env | sort > /var/log/boot-env.log",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 33): refused ("writes /etc/systemd/system/containerd kubelet.service.d/http-proxy.conf"): the for-loop variable
    // is read as all its words joined, so the path is neither drop-in. EKS proxy configuration (EKS user guide
    // "Configure proxy for hybrid nodes": /etc/systemd/system/containerd.service.d/http-proxy.conf with
    // Environment=HTTP(S)_PROXY/NO_PROXY; the same for the kubelet), written once per service in a loop; proxy-only
    // drop-ins are accepted written one by one (round 27).
    dev(
        "proxy-only http-proxy.conf drop-ins for containerd and the kubelet written in a for loop (cat > .../$svc.service.d/http-proxy.conf <<'EOF')",
        r =>
            al2023Nodes(
                r,
                "dev-proxy-loop-nodes",
                withScript([
                    "for svc in containerd kubelet; do",
                    "  mkdir -p /etc/systemd/system/$svc.service.d",
                    "  cat > /etc/systemd/system/$svc.service.d/http-proxy.conf <<'EOF'",
                    "[Service]",
                    'Environment="HTTP_PROXY=http://proxy.internal:3128"',
                    'Environment="HTTPS_PROXY=http://proxy.internal:3128"',
                    'Environment="NO_PROXY=169.254.169.254,10.100.0.0/16,localhost,127.0.0.1,.internal,.eks.amazonaws.com"',
                    "EOF",
                    "done",
                    "systemctl daemon-reload",
                ]),
            ),
        /./,
    ),
    // nvme-cli lists the instance-store disks ("Amazon EC2 NVMe Instance Storage" model, EC2 user guide "Instance
    // store volumes"); xargs(1) runs mkfs.xfs on each (round 32: xargs judged as the command it runs).
    dev("nvme list | awk ... | xargs -r -n1 mkfs.xfs -f, then the data disk mounted at /data", r =>
        al2023Nodes(
            r,
            "dev-xargs-mkfs-nodes",
            withScript([
                "dnf install -y nvme-cli",
                "nvme list | awk '/Instance Storage/ {print $1}' | xargs -r -n1 mkfs.xfs -f",
                "mkdir -p /data",
                "mount -o noatime,nodev,nosuid /dev/nvme1n1 /data",
            ]),
        ),
    ),
    // `set --` from a command substitution listing devices, then mdadm over "$@" (EC2 user guide "RAID configuration
    // on Linux"): positional parameters naming devices only.
    dev('set -- $(nvme list | awk ...); mdadm --create /dev/md0 --raid-devices=$# "$@", mounted at /data', r =>
        al2023Nodes(
            r,
            "dev-set-subst-raid-nodes",
            withScript([
                "set -- $(nvme list | awk '/Instance Storage/ {print $1}')",
                'if [ "$#" -gt 0 ]; then',
                '  mdadm --create /dev/md0 --level=0 --raid-devices=$# "$@"',
                "  mkfs.xfs -f /dev/md0",
                "  mkdir -p /data && mount /dev/md0 /data",
                "fi",
            ]),
        ),
    ),
    // bash(1) here-string into `nerdctl login --password-stdin` (nerdctl docs, "nerdctl login"): used, not printed.
    dev('ECR password into nerdctl login --password-stdin through a here-string (<<< "$PASS")', r =>
        al2023Nodes(
            r,
            "dev-herestring-login-nodes",
            withScript([
                'PASS="$(aws ecr get-login-password --region eu-west-1)"',
                `nerdctl login -u AWS --password-stdin ${ECR} <<< "$PASS"`,
                "unset PASS",
            ]),
        ),
    ),
    // crictl pull --creds (crictl docs: "--creds USERNAME[:PASSWORD]") with the token substituted in place: used, not
    // printed (without xtrace).
    dev('crictl pull --creds "AWS:$(aws ecr get-login-password)" (the token used, not printed)', r =>
        al2023Nodes(
            r,
            "dev-crictl-creds-nodes",
            withScript([
                `crictl pull --creds "AWS:$(aws ecr get-login-password --region eu-west-1)" ${ECR}/validator/signer:1.8.2`,
            ]),
        ),
    ),
    // A MIME user data with a NodeConfig, a traced (set -x) shell part mounting the instance store at /data, and a
    // cloud-config part with chrony, the ntp module on the Amazon Time Sync Service and auditd watches on /data.
    dev(
        "MIME: NodeConfig maxPods, a set -x shell part mounting /data, cloud-config ntp (169.254.169.123) and audit watches",
        r =>
            al2023Nodes(
                r,
                "dev-mime-three-parts-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  kubelet:", "    config:", "      maxPods: 58"]),
                    },
                    shellScript(["set -x", "dnf install -y nvme-cli", ...DATA]),
                    cloudConfig([
                        "packages: [chrony, audit]",
                        "ntp:",
                        "  enabled: true",
                        "  ntp_client: chrony",
                        "  servers: [169.254.169.123]",
                        "write_files:",
                        "  - path: /etc/audit/rules.d/10-data.rules",
                        "    content: |",
                        "      -w /data/validator/keys -p wa -k validator-keys",
                        "runcmd:",
                        "  - [augenrules, --load]",
                    ]),
                ]),
            ),
    ),
    // Sysctls from a bash array with a pattern substitution (${s/=/ = }) written to sysctl.d, then sysctl --system.
    dev('sysctls from an array written with echo "${s/=/ = }" >> /etc/sysctl.d/90-node.conf', r =>
        al2023Nodes(
            r,
            "dev-sysctl-array-nodes",
            withScript([
                "SYSCTLS=(vm.max_map_count=262144 fs.file-max=2097152 net.core.somaxconn=4096)",
                'for s in "${SYSCTLS[@]}"; do echo "${s/=/ = }" >> /etc/sysctl.d/90-node.conf; done',
                "sysctl --system",
            ]),
        ),
    ),
];

describeNodeCases("red-team round 33: node user data (secure variants)", insecure, secure);
