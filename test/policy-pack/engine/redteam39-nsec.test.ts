// Red-team round 39 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes for
// validator/signer nodes that the readers (rootReads.ts, shell.ts, userData.ts) might refuse, probing rounds 36-38's
// rules' neighbourhood (node secrets only inside NODE_SECRETS, secrets through stdin/pipes/tee/read/mapfile/here-strings,
// printed secrets, aliases, hard links, container bind mapping, systemd Exec lines, LoadCredential, /run/credentials):
// AL2 bootstrap.sh with labels from instance tags, mapfile of NVMe instance-store devices into a RAID0 at /data, the
// Knowledge Center logging idiom, the identity document through a here-string, kubectl with the kubelet's kubeconfig
// through an alias, openssl s_client/x509 of the cluster CA and kubelet certificate, a root unit and a non-root unit
// with LoadCredential= of their own (non-node) files, tar/rsync/hard links of non-secret node directories, ctr runs with
// read-only binds; and insecure neighbours. Misses are `it.skip` with a MISS comment and the doc checked (two secure
// refusals: openssl x509 without -noout counted as printing the key of a combined pem; a non-root, networkless ctr
// container with a rw bind of its data directory judged as a root process reading it).
import {
    al2023Nodes,
    b64,
    CLUSTER,
    describeNodeCases,
    devNodeCase,
    NodeCase,
    PRIMARY,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";
import { managedNodes } from "./variantBuilders";

const dev = devNodeCase;

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

/** AL2 user data (bootstrap.sh) for the dev cluster. */
const al2 = (name: string, lines: string[]) => (r: Resources) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(["#!/bin/bash", "set -euo pipefail", ...lines].join("\n")),
    });

/** The instance-store data disk formatted and mounted at /data. */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
/** The IMDSv2 session token (EC2 user guide, "Use the Instance Metadata Service to access instance metadata"). */
const TOKEN = [
    'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")',
];
const MD = "http://169.254.169.254/latest/meta-data";
const KUBELET_KC = "/var/lib/kubelet/kubeconfig";
const KUBELET_PEM = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";

const insecure: NodeCase[] = [
    // kubectl config view --flatten inlines the files a kubeconfig names (kubectl config view reference: "--flatten:
    // Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig
    // files)"): the kubelet's client key lands in /data, reached through an alias.
    dev(
        "alias kc='kubectl --kubeconfig /var/lib/kubelet/kubeconfig'; kc config view --flatten --minify > /data/validator/kubeconfig",
        script("dev-alias-flatten-nodes", [
            ...DATA,
            `alias kc='kubectl --kubeconfig ${KUBELET_KC}'`,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            "kc config view --flatten --minify > /data/validator/kubeconfig",
        ]),
        /kubelet|kubeconfig|\/data/,
    ),
    // ctr run --mount: a container (root in it) sees the kubelet's pki read-only and /data read-write, and copies.
    dev(
        "ctr run with --mount src=/var/lib/kubelet/pki (ro) and src=/data/validator (rw) copying the client pem",
        script("dev-ctr-mount-pki-nodes", [
            ...DATA,
            `ctr -n validator images pull ${IMAGE}`,
            "ctr -n validator run --rm " +
                "--mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro " +
                "--mount type=bind,src=/data/validator,dst=/out,options=rbind:rw " +
                `${IMAGE} init-copy cp /pki/kubelet-client-current.pem /out/`,
        ]),
        /kubelet|\/data/,
    ),
    // rsync(1) -a of the kubelet's whole state directory (pki/ included) as a "backup" into a data directory.
    dev(
        "rsync -a --exclude='*.log' /var/lib/kubelet/ /data/kubelet-backup/ (pki/ included)",
        script("dev-rsync-kubelet-data-nodes", [
            ...DATA,
            "rsync -a --exclude='*.log' /var/lib/kubelet/ /data/kubelet-backup/",
        ]),
        /kubelet|\/data/,
    ),
    // systemd.exec(5) "Credentials": a root unit's credential is readable in $CREDENTIALS_DIRECTORY; copying it out
    // of there into /srv hands the kubelet's key to pods.
    dev(
        "a root unit with LoadCredential=kubelet.pem:<kubelet client pem> copying ${CREDENTIALS_DIRECTORY}/kubelet.pem to /srv",
        script("dev-loadcred-copy-srv-nodes", [
            "mkdir -p /srv/validator",
            "cat > /etc/systemd/system/kubelet-export.service <<'EOF'",
            "[Service]",
            "Type=oneshot",
            `LoadCredential=kubelet.pem:${KUBELET_PEM}`,
            "ExecStart=/usr/bin/cp ${CREDENTIALS_DIRECTORY}/kubelet.pem /srv/validator/kubelet.pem",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable kubelet-export.service",
        ]),
        /kubelet|credential|\/srv/,
    ),
    // mapfile(1) from the role credentials and a here-string into jq: the secret key is written into /data.
    dev(
        'mapfile -t CREDS < <(curl security-credentials/$ROLE); jq -r .SecretAccessKey <<< "${CREDS[*]}" > /data/aws-secret',
        script("dev-mapfile-creds-data-nodes", [
            ...DATA,
            ...TOKEN,
            `ROLE=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/iam/security-credentials/)`,
            `mapfile -t CREDS < <(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/iam/security-credentials/$ROLE)`,
            'jq -r .SecretAccessKey <<< "${CREDS[*]}" > /data/aws-secret',
        ]),
        /credential|security-credentials|\/data/,
    ),
];

const secure: NodeCase[] = [
    // amazon-eks-ami AL2 bootstrap.sh: --kubelet-extra-args '--node-labels=...' with a value read from the instance
    // tags in IMDS (EC2 user guide, "View tags for your EC2 instances from within the instance": tags/instance/<key>).
    dev(
        "AL2: node-role label from IMDS tags/instance/node-role passed to bootstrap.sh --kubelet-extra-args --node-labels",
        al2("dev-al2-tag-labels-nodes", [
            ...TOKEN,
            `NODE_ROLE=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/tags/instance/node-role)`,
            `/etc/eks/bootstrap.sh ${CLUSTER.dev} --kubelet-extra-args "--node-labels=example.com/node-role=$NODE_ROLE"`,
        ]),
    ),
    // EC2 user guide, "Instance store volumes" (NVMe model "Amazon EC2 NVMe Instance Storage"); mdadm RAID0 of
    // every instance-store device listed by mapfile, formatted and mounted at /data.
    dev(
        "mapfile -t DEVS < <(nvme list -o json | jq ...instance storage...), mdadm RAID0 of ${DEVS[@]}, mkfs, /data",
        script("dev-mapfile-nvme-raid-nodes", [
            "mapfile -t DEVS < <(nvme list -o json | jq -r '.Devices[] | select(.ModelNumber == \"Amazon EC2 NVMe Instance Storage\") | .DevicePath')",
            '[ "${#DEVS[@]}" -gt 0 ] || { echo "no instance store" >&2; exit 1; }',
            'mdadm --create /dev/md0 --level=0 --raid-devices="${#DEVS[@]}" "${DEVS[@]}" --run',
            "mkfs.xfs -f -L data /dev/md0",
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid LABEL=data /data",
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
        ]),
    ),
    // AWS Knowledge Center "How can I troubleshoot user data": exec > >(tee /var/log/user-data.log|logger -t
    // user-data -s 2>/dev/console) 2>&1; the variant logging under the script's own name with $(basename "$0").
    dev(
        'exec 1> >(logger -s -t "$(basename "$0")") 2>&1, then the data disk at /data',
        script("dev-logger-basename-nodes", ['exec 1> >(logger -s -t "$(basename "$0")") 2>&1', ...DATA]),
    ),
    // The identity document (not a secret) read with the token, parsed by jq from a here-string.
    dev(
        'DOC=$(curl identity document with the token); REGION=$(jq -r .region <<< "$DOC"); logged',
        script("dev-iddoc-herestring-nodes", [
            ...TOKEN,
            'DOC=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/dynamic/instance-identity/document)',
            'REGION=$(jq -r .region <<< "$DOC")',
            'ACCOUNT=$(jq -r .accountId <<< "$DOC")',
            'echo "joining from $ACCOUNT in $REGION" | logger -t user-data',
        ]),
    ),
    // aws ec2 describe-tags with the node role's own credentials (the CLI reads them, prints only tags).
    dev(
        "aws ec2 describe-tags for the instance's Name tag (region and instance id from IMDSv2), logged",
        script("dev-describe-tags-nodes", [
            ...TOKEN,
            `IID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/instance-id)`,
            `REGION=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/placement/region)`,
            'NAME=$(aws ec2 describe-tags --region "$REGION" --filters "Name=resource-id,Values=$IID" "Name=key,Values=Name" --query "Tags[0].Value" --output text)',
            'logger -t user-data "instance $IID named $NAME"',
        ]),
    ),
    // A convenience alias for root tools with the kubelet's kubeconfig (kubectl label of its own node, background).
    dev(
        "alias kc='kubectl --kubeconfig /var/lib/kubelet/kubeconfig', a background until-loop labelling its own node",
        script("dev-alias-kc-label-nodes", [
            "shopt -s expand_aliases",
            `alias kc='kubectl --kubeconfig ${KUBELET_KC}'`,
            ...TOKEN,
            `NODE=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/local-hostname)`,
            "(",
            '  until kc get node "$NODE" >/dev/null 2>&1; do sleep 5; done',
            '  kc label node "$NODE" example.com/tier=validator --overwrite',
            ") >>/var/log/node-label.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 39): (secure refused): openssl-x509(1) is "Certificate display and signing command"; its output is the encoded
    // CERTIFICATE ("-noout: no certificate output", the option list in every openssl-x509 manual), never a private key,
    // and with OpenSSL 3.0 -checkend prints only "Certificate will (not) expire" (checked locally: openssl 3.0.19 on a
    // cert+key pem prints no PRIVATE KEY line). The kubelet's client certificate is public (the API server sees it in
    // every handshake). rootReads.ts counts any openssl without -noout as printing the file it reads, so the whole
    // kubelet-client-current.pem (key included) is judged copied into /var/log/cloud-init-output.log.
    dev(
        "openssl x509 -in the kubelet client pem -checkend 86400 (no -noout: the certificate, not the key, is printed)",
        script("dev-x509-checkend-nodes", [
            `if ! openssl x509 -in ${KUBELET_PEM} -checkend 86400; then logger -t user-data "kubelet cert expires soon"; fi`,
        ]),
    ),
    // openssl-s_client(1): the API server's certificate chain checked against the cluster CA (public data).
    dev(
        "openssl s_client -connect the API endpoint -CAfile /etc/kubernetes/pki/ca.crt </dev/null, verify code logged",
        script("dev-sclient-ca-nodes", [
            "EP=EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
            'RESULT=$(openssl s_client -connect "$EP:443" -servername "$EP" -CAfile /etc/kubernetes/pki/ca.crt -verify_return_error </dev/null 2>&1 | grep "Verify return code")',
            'logger -t user-data "$RESULT"',
        ]),
    ),
    // systemd.exec(5) "Credentials": a root oneshot using its own root-only registration token (not a node secret)
    // through LoadCredential= and %d (the credentials directory specifier, systemd.unit(5) "Specifiers").
    dev(
        "a root oneshot with LoadCredential=token:/etc/validator/registration.token, ExecStart=... --token-file=%d/token",
        script("dev-loadcred-own-root-nodes", [
            "install -d -m 0700 /etc/validator",
            "install -m 0600 /dev/null /etc/validator/registration.token",
            "cat > /etc/systemd/system/validator-register.service <<'EOF'",
            "[Unit]",
            "After=network-online.target",
            "[Service]",
            "Type=oneshot",
            "LoadCredential=token:/etc/validator/registration.token",
            "ExecStart=/usr/local/bin/validator-register --token-file=%d/token",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable validator-register.service",
        ]),
    ),
    // A non-root NoNewPrivileges validator unit given its OWN TLS key (made at boot, root-only 0600) through
    // LoadCredential= (the documented way to hand a service user a root-only file), its data in /data/validator.
    dev(
        "a User=validator NoNewPrivileges unit with LoadCredential=tls.key:/etc/validator/tls.key (its own key, made by openssl)",
        script("dev-loadcred-own-user-nodes", [
            ...DATA,
            "useradd --system --uid 10001 --no-create-home --shell /sbin/nologin validator",
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            "install -d -m 0700 /etc/validator",
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 -subj /CN=validator " +
                "-keyout /etc/validator/tls.key -out /etc/validator/tls.crt",
            "chmod 0600 /etc/validator/tls.key",
            "cat > /etc/systemd/system/validator.service <<'EOF'",
            "[Service]",
            "User=validator",
            "NoNewPrivileges=yes",
            "PrivateNetwork=yes",
            "LoadCredential=tls.key:/etc/validator/tls.key",
            "ExecStart=/usr/local/bin/validator --data-dir /data/validator --tls-key ${CREDENTIALS_DIRECTORY}/tls.key --tls-cert /etc/validator/tls.crt",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable validator.service",
        ]),
    ),
    // tar(1) pipe of the validator's shipped tooling (/opt, non-secret) into its data directory.
    dev(
        "tar -C /opt/validator-tools -cf - . | tar -C /data/validator/tools -xf - (non-secret tooling into /data)",
        script("dev-tar-opt-data-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator/tools",
            "tar -C /opt/validator-tools -cf - . | tar -C /data/validator/tools --no-same-owner -xf -",
        ]),
    ),
    // rsync(1) of the package's genesis files (/usr/share, non-secret) into the data directory.
    dev(
        "rsync -a --delete /usr/share/validator/genesis/ /data/validator/genesis/",
        script("dev-rsync-share-data-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator/genesis",
            "rsync -a --delete /usr/share/validator/genesis/ /data/validator/genesis/",
            "chown -R 10001:10001 /data/validator/genesis",
        ]),
    ),
    // cp -al: a hard-linked release tree wholly inside /opt (no data directory, no node secret).
    dev(
        "cp -al /opt/validator/releases/1.4.2 /opt/validator/staging (hard links inside /opt)",
        script("dev-cp-al-opt-nodes", [
            "install -d /opt/validator/staging",
            "cp -al /opt/validator/releases/1.4.2/. /opt/validator/staging/",
        ]),
    ),
    // Was a MISS (fixed in round 39): (secure refused, possibly by design): ctr run (containerd) of a one-shot init image as uid 10001, config
    // bound read-only and its data directory read-write. The process runs the IMAGE's program (not a file from /data)
    // in its own mount namespace, so a symlink a pod plants in /data/validator resolves inside the container's rootfs,
    // not on the node; without --net-host (ctr run: "--net-host enable host networking"; networking otherwise only with
    // --cni) it has a fresh network namespace with loopback only, i.e. off IMDS like the PrivateNetwork=yes non-root
    // units the pack exempts (round 34). Nothing it can reach holds a node secret. rootReads.ts maps the bind back to
    // /data/validator and judges the container as "a root process of the node" reading it, whatever --user is.
    dev(
        "ctr run --mount src=/etc/validator (ro) and src=/data/validator (rw), unprivileged init container",
        script("dev-ctr-ro-config-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            `ctr -n validator images pull ${IMAGE}`,
            "ctr -n validator run --rm --user 10001:10001 " +
                "--mount type=bind,src=/etc/validator,dst=/config,options=rbind:ro " +
                "--mount type=bind,src=/data/validator,dst=/data,options=rbind:rw " +
                `${IMAGE} validator-init validator-init --config /config/genesis.json --home /data`,
        ]),
    ),
    // while-read over lsblk pairs (NAME, MOUNTPOINT) to pick the unmounted instance-store disk.
    dev(
        "while read -r name mp over lsblk -dpno NAME,MOUNTPOINT | grep nvme: the first unmounted disk becomes /data",
        script("dev-while-lsblk-mp-nodes", [
            "TARGET=",
            "while read -r name mp; do",
            '  if [ -z "$mp" ] && [ "$name" != /dev/nvme0n1 ]; then TARGET="$name"; break; fi',
            "done < <(lsblk -dpno NAME,MOUNTPOINT | grep nvme)",
            '[ -n "$TARGET" ] || exit 1',
            'mkfs.xfs -f -L data "$TARGET"',
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid LABEL=data /data",
        ]),
    ),
    // read from a non-secret sysfs file: the instance id from the DMI board asset tag (Nitro).
    dev(
        "IFS= read -r IID < /sys/devices/virtual/dmi/id/board_asset_tag, logged, then /data",
        script("dev-read-dmi-nodes", [
            "IFS= read -r IID < /sys/devices/virtual/dmi/id/board_asset_tag",
            'logger -t user-data "instance $IID"',
            ...DATA,
        ]),
    ),
    // A waiting loop with $(...) on the kubelet's own state (systemctl is-active), then the certificate's subject.
    dev(
        'until [ "$(systemctl is-active kubelet)" = active ]; then openssl x509 -noout -subject of the kubelet client pem | logger',
        script("dev-wait-kubelet-subject-nodes", [
            "(",
            '  until [ "$(systemctl is-active kubelet)" = active ]; do sleep 5; done',
            `  until [ -s ${KUBELET_PEM} ]; do sleep 5; done`,
            `  openssl x509 -noout -subject -in ${KUBELET_PEM} | logger -t node-ready`,
            ") &",
        ]),
    ),
];

describeNodeCases("red-team round 39: EKS node user data (secure shapes)", insecure, secure);
