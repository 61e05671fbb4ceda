/**
 * Node user data read by format (policy-pack/engine/userData.ts): every envelope (base64, gzip, MIME, archives) and
 * every reader (nodeadm, Bottlerocket, cloud-init), with the shapes that used to slip past a reading by spelling.
 */
import * as assert from "assert";
import { gzipSync } from "zlib";
import { userDataOpenings } from "../../../policy-pack/engine/userData";
import { nodePolicyConfig, runWithConfig } from "./packRunner";
import { assertClean, assertRefused, stackResources } from "./support";
import { managedNodes } from "./variantBuilders";
import { b64, mime as mimeParts, MimePart } from "./nodeBuilders";

const opened = (text: string, base64 = true) => userDataOpenings([{ text, base64 }]).map(o => o.what);

/** MIME multi-part user data with `parts`, delimited by "==B==". */
const mime = (...parts: MimePart[]) => mimeParts(parts, "==B==");

const nodeConfig = (spec: string) => `apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n${spec}`;
const CLUSTER =
    "  cluster:\n    name: prod-validators\n    apiServerEndpoint: https://ABC.gr7.eu-west-1.eks.amazonaws.com\n    certificateAuthority: Y2E=\n    cidr: 10.100.0.0/16\n";
const staticPod = (spec: object) =>
    b64(JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec }));

const insecure: { name: string; text: string; base64?: boolean; opens: RegExp }[] = [
    {
        name: "gzip-compressed cloud-config installing an SSH key (cloud-init uncompresses gzip user data)",
        text: b64(gzipSync("#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAAC3Nza ops\n")),
        opens: /SSH authorized key/,
    },
    {
        name: "a base64-encoded MIME part holding a NodeConfig with YAML 1.1 `enabled: yes` anonymous auth",
        text: b64(
            mime({
                type: "application/node.eks.aws",
                headers: ["Content-Transfer-Encoding: base64"],
                body: b64(
                    nodeConfig(
                        `${CLUSTER}  kubelet:\n    config:\n      authentication:\n        anonymous:\n          enabled: yes\n`,
                    ),
                ),
            }),
        ),
        opens: /anonymous/,
    },
    {
        name: "a quoted-printable MIME part whose NodeConfig sets authorization mode AlwaysAll=\\now across a soft line break",
        text: b64(
            mime({
                type: "application/node.eks.aws",
                headers: ["Content-Transfer-Encoding: quoted-printable"],
                body: nodeConfig("  kubelet:\n    config:\n      authorization:\n        mode: AlwaysAll=\now\n"),
            }),
        ),
        opens: /authorization\.mode AlwaysAllow/,
    },
    {
        name: "a NodeConfig pointing the kubelet at a static pod URL (pods outside admission and outside the pack's sight)",
        text: b64(
            mime({
                type: "application/node.eks.aws",
                body: nodeConfig("  kubelet:\n    config:\n      staticPodURL: https://example.com/pods\n"),
            }),
        ),
        opens: /static pods/,
    },
    {
        name: "NodeConfig kubelet flags reading static pods from a data directory pods may write",
        text: b64(
            mime({
                type: "application/node.eks.aws",
                body: nodeConfig('  kubelet:\n    flags:\n      - "--pod-manifest-path=/data/manifests"\n'),
            }),
        ),
        opens: /static pods/,
    },
    {
        name: "NodeConfig kubelet flag --anonymous-auth with no value (a bare boolean flag is true)",
        text: b64(
            mime({ type: "application/node.eks.aws", body: nodeConfig("  kubelet:\n    flags: [--anonymous-auth]\n") }),
        ),
        opens: /anonymous-auth/,
    },
    {
        name: "NodeConfig containerd.baseRuntimeSpec (the OCI spec every container starts from)",
        text: b64(
            mime({
                type: "application/node.eks.aws",
                body: nodeConfig(
                    "  containerd:\n    baseRuntimeSpec:\n      process:\n        capabilities:\n          bounding: [CAP_SYS_ADMIN]\n",
                ),
            }),
        ),
        opens: /baseRuntimeSpec/,
    },
    {
        name: "NodeConfig containerd config making a custom runtime the default",
        text: b64(
            mime({
                type: "application/node.eks.aws",
                body: nodeConfig(
                    `  containerd:\n    config: |\n      [plugins."io.containerd.grpc.v1.cri".containerd]\n      default_runtime_name = "debug"\n`,
                ),
            }),
        ),
        opens: /default_runtime_name/,
    },
    {
        name: "NodeConfig replacing the kubelet's client CA",
        text: b64(
            nodeConfig(
                "  kubelet:\n    config:\n      authentication:\n        x509:\n          clientCAFile: /data/ca.crt\n",
            ),
        ),
        opens: /client CA/,
    },
    {
        name: "a bare NodeConfig in JSON (no MIME) setting containerd's base runtime spec",
        text: b64(
            JSON.stringify({
                apiVersion: "node.eks.aws/v1alpha1",
                kind: "NodeConfig",
                spec: { containerd: { baseRuntimeSpec: { process: { user: { uid: 0 } } } } },
            }),
        ),
        opens: /baseRuntimeSpec/,
    },
    {
        name: "Bottlerocket settings as one inline table at the root",
        text: b64("settings = { host-containers = { admin = { enabled = true } } }\n"),
        opens: /admin host container/,
    },
    {
        name: "Bottlerocket admin container turned on through an inline table",
        text: b64(
            "[settings]\nhost-containers = { admin = { enabled = true } }\n[settings.kubernetes]\nmax-pods = 58\n",
        ),
        opens: /admin host container/,
    },
    {
        name: "Bottlerocket superpowered host container under a quoted key",
        text: b64(
            '[settings.host-containers."debug"]\nsource = "public.ecr.aws/x/debug:1"\n"superpowered" = true\nenabled = true\n',
        ),
        opens: /superpowered/,
    },
    {
        name: "Bottlerocket bootstrap container running at every boot (CAP_SYS_ADMIN, the host's root filesystem)",
        text: b64(
            '[settings.bootstrap-containers.prep]\nsource = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/prep:1"\nmode = "always"\n',
        ),
        opens: /bootstrap container prep/,
    },
    {
        name: "Bottlerocket static pod that mounts the kubelet's pod directory",
        text: b64(
            `[settings.kubernetes.static-pods.agent]\nenabled = true\nmanifest = "${staticPod({
                containers: [{ name: "a", image: "x", volumeMounts: [{ name: "k", mountPath: "/k" }] }],
                volumes: [{ name: "k", hostPath: { path: "/var/lib/kubelet/pods" } }],
            })}"\n`,
        ),
        opens: /static pod agent/,
    },
    {
        name: "Bottlerocket user data that does not parse as TOML",
        text: b64('[settings.host-containers.admin]\nenabled = true\nenabled = "again"\n'),
        opens: /cannot be read/,
    },
    {
        name: "cloud-init #include of a URL (content fetched at boot)",
        text: b64("#include\nhttps://bootstrap.example.com/node.txt\n"),
        opens: /#include/,
    },
    {
        name: "cloud-config writing a kubelet drop-in configuration",
        text: b64(
            mime({
                type: "text/cloud-config",
                body: "#cloud-config\nwrite_files:\n  - path: /etc/kubernetes/kubelet/config.json.d/50-open.conf\n    content: '{}'\n",
            }),
        ),
        opens: /writes \/etc\/kubernetes\/kubelet/,
    },
    {
        name: "cloud-config importing SSH keys from a public key server for a user",
        text: b64(
            "#cloud-config\nusers:\n  - name: ops\n    ssh_import_id: [gh:ops-team]\n    sudo: ALL=(ALL) NOPASSWD:ALL\n",
        ),
        opens: /SSH authorized key/,
    },
    {
        name: "cloud-config turning on password SSH",
        text: b64(
            "#cloud-config\nssh_pwauth: true\nchpasswd:\n  users:\n    - {name: ec2-user, password: hunter2, type: text}\n",
        ),
        opens: /password/,
    },
    {
        name: "a #cloud-config-archive whose cloud-config part installs an SSH key",
        text: b64(
            '#cloud-config-archive\n- type: text/cloud-config\n  content: "ssh_authorized_keys: [ssh-ed25519 AAAA ops]"\n',
        ),
        opens: /SSH authorized key/,
    },
    {
        name: "a jinja-templated cloud-config installing an SSH key",
        text: b64(
            "## template: jinja\n#cloud-config\nssh_authorized_keys: ['{{ v1.instance_id }} ssh-ed25519 AAAA']\n",
        ),
        opens: /SSH authorized key/,
    },
    {
        name: "cloud-config handing the node to a Puppet server",
        text: b64("#cloud-config\npuppet:\n  install: true\n  conf:\n    agent:\n      server: puppet.example.com\n"),
        opens: /puppet/,
    },
    {
        name: "a shell script appending to ec2-user's authorized_keys",
        text: "#!/bin/bash\necho 'ssh-ed25519 AAAA ops' >> /home/ec2-user/.ssh/authorized_keys\n",
        base64: false,
        opens: /SSH authorized key/,
    },
    {
        name: "a shell script pointing kernel.modprobe at a program under /data (the kernel runs it as root)",
        text: "#!/bin/bash\nsysctl -w kernel.modprobe=/data/tools/modprobe\n",
        base64: false,
        opens: /kernel helper at \/data\/tools\/modprobe/,
    },
    {
        name: "a shell script setting the uevent helper to a program under /srv",
        text: "#!/bin/bash\necho /srv/hooks/uevent > /sys/kernel/uevent_helper\n",
        base64: false,
        opens: /kernel helper at \/srv\/hooks\/uevent/,
    },
    {
        name: "a shell script writing a static pod manifest",
        text: "#!/bin/bash\ncat > /etc/kubernetes/manifests/agent.yaml <<EOF\nkind: Pod\nEOF\n",
        base64: false,
        opens: /static pod/,
    },
    // Round 41 neighbours (cloud-init's envelope: lstrip typing, Python's base64, header ends, root patches, archives).
    {
        name: "a base64 part with characters outside the alphabet (Python drops them) carrying an SSH key",
        text: b64(
            mime({
                type: "text/cloud-config",
                headers: ["Content-Transfer-Encoding: base64"],
                body: b64("#cloud-config\nssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops]\n").replace(
                    /(.{8})/g,
                    "$1!",
                ),
            }),
        ),
        opens: /SSH authorized key/,
    },
    {
        name: "a text/plain part opening with white space, then #!/bin/bash writing authorized_keys",
        text: b64(mime({ type: "text/plain", body: "  \n\t\n#!/bin/bash\necho k >> /root/.ssh/authorized_keys\n" })),
        opens: /SSH authorized key/,
    },
    {
        name: 'a JSON patch adding the whole document (path "") after another patch, with an SSH key',
        text: b64(
            mime({
                type: "text/cloud-config-jsonp",
                body: JSON.stringify([
                    { op: "add", path: "/timezone", value: "UTC" },
                    { op: "add", path: "", value: { ssh_authorized_keys: ["ssh-ed25519 AAAAC3Nza ops"] } },
                ]),
            }),
        ),
        opens: /SSH authorized key/,
    },
    {
        name: 'a JSON patch replacing the whole document (path "") with a list (unreadable)',
        text: b64(mime({ type: "text/cloud-config-jsonp", body: '[{"op":"replace","path":"","value":["x"]}]' })),
        opens: /JSON patch/,
    },
    {
        name: "a #cloud-config-archive entry typed text/x-shellscript whose content is #cloud-config with an SSH key",
        text: b64(
            "#cloud-config-archive\n- type: text/x-shellscript\n  content: |\n    #cloud-config\n    ssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops]\n",
        ),
        opens: /SSH authorized key/,
    },
    {
        name: "an untyped #cloud-config-archive entry that is a script (typed by its start) writing authorized_keys",
        text: b64("#cloud-config-archive\n- content: |\n    #!/bin/bash\n    echo k >> /root/.ssh/authorized_keys\n"),
        opens: /SSH authorized key/,
    },
    // Round 42 neighbours (message/rfc822 parts, a multipart's transfer encoding, Python's white space).
    {
        name: "a message/rfc822 part whose attached message is a multipart with a cloud-config SSH key",
        text: b64(
            mime({
                type: "message/rfc822",
                body: 'Content-Type: multipart/mixed; boundary="inner"\n\n--inner\nContent-Type: text/cloud-config\n\nssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops]\n--inner--\n',
            }),
        ),
        opens: /SSH authorized key/,
    },
    {
        name: "a text/x-shellscript part opening with U+001C, then #cloud-config with an SSH key",
        text: b64(
            mime({
                type: "text/x-shellscript",
                body: "\x1c#cloud-config\nssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops]\n",
            }),
        ),
        opens: /SSH authorized key/,
    },
];

const secure: { name: string; text: string; base64?: boolean }[] = [
    {
        name: "MIME NodeConfig with maxPods, cluster DNS, node labels and the nodeadm client CA, plus a sysctl script",
        text: b64(
            mime(
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig(
                        `${CLUSTER}  kubelet:\n    config:\n      maxPods: 58\n      clusterDNS: [10.100.0.10]\n      authentication:\n        anonymous:\n          enabled: false\n        x509:\n          clientCAFile: /etc/kubernetes/pki/ca.crt\n      authorization:\n        mode: Webhook\n    flags:\n      - --node-labels=workload=validators\n      - --register-with-taints=custody=true:NoSchedule\n`,
                    ),
                },
                { type: "text/x-shellscript", body: "#!/bin/bash\nsysctl -w net.core.somaxconn=4096\n" },
            ),
        ),
    },
    {
        name: "gzip-compressed NodeConfig with containerd registry mirrors only",
        text: b64(
            gzipSync(
                nodeConfig(
                    `  containerd:\n    config: |\n      [plugins."io.containerd.grpc.v1.cri".registry]\n      config_path = "/etc/containerd/certs.d"\n`,
                ),
            ),
        ),
    },
    {
        name: "Bottlerocket settings with the admin container off, the control container on and a confined static pod",
        text: b64(
            `[settings.host-containers.admin]\nenabled = false\n[settings.host-containers.control]\nenabled = true\n[settings.kubernetes]\nmax-pods = 58\n[settings.bootstrap-containers.old]\nsource = "x"\nmode = "off"\n[settings.kubernetes.static-pods.web]\nmanifest = "${staticPod({ containers: [{ name: "web", image: "nginx:1.27" }] })}"\n`,
        ),
    },
    {
        name: "cloud-config setting the timezone, installing a package and writing a sysctl file",
        text: b64(
            "#cloud-config\ntimezone: UTC\npackages: [chrony]\nwrite_files:\n  - path: /etc/sysctl.d/99-net.conf\n    content: net.core.somaxconn = 4096\nruncmd:\n  - [sysctl, --system]\n",
        ),
    },
    {
        name: "a shell script restoring kernel.modprobe to the system binary",
        text: "#!/bin/bash\nsysctl -w kernel.modprobe=/sbin/modprobe\n",
        base64: false,
    },
    {
        name: "an instance's plain-text shell script (userData is not base64 on aws.ec2.Instance)",
        text: "#!/bin/bash\nset -euo pipefail\nyum install -y amazon-cloudwatch-agent\n",
        base64: false,
    },
    // Round 41 neighbours.
    {
        name: 'a JSON patch replacing the whole document (path "") with a timezone',
        text: b64(
            mime({ type: "text/cloud-config-jsonp", body: '[{"op":"replace","path":"","value":{"timezone":"UTC"}}]' }),
        ),
    },
    {
        name: "#cloud-config-archive entries: untyped YAML and a bare #cloud-config string, both setting the timezone",
        text: b64("#cloud-config-archive\n- content: 'timezone: UTC'\n- |\n  #cloud-config\n  timezone: UTC\n"),
    },
    {
        name: "a part whose headers run into #cloud-config (no blank line) setting the timezone",
        text: b64(
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/cloud-config\n#cloud-config\ntimezone: UTC\n--b--\n',
        ),
    },
    {
        name: "an unpadded base64 cloud-config part setting the timezone",
        text: b64(
            mime({
                type: "text/cloud-config",
                headers: ["Content-Transfer-Encoding: base64"],
                body: b64("#cloud-config\ntimezone: UTC\n").replace(/=+$/, ""),
            }),
        ),
    },
    {
        name: "a plain script that mentions mime-version: in a comment (not MIME: its first line is no header)",
        text: "#!/bin/bash\n# mime-version: 1.0 is only needed for multi-part user data\nsysctl -w vm.max_map_count=262144\n",
        base64: false,
    },
    {
        name: "a multipart entity with Content-Transfer-Encoding: base64 (ignored) holding a timezone part",
        text: b64(
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\nContent-Transfer-Encoding: base64\n\n--b\nContent-Type: text/cloud-config\n\n#cloud-config\ntimezone: UTC\n--b--\n',
        ),
    },
    {
        name: "a message/rfc822 part attaching a timezone cloud-config",
        text: b64(
            mime({ type: "message/rfc822", body: "Content-Type: text/cloud-config\n\n#cloud-config\ntimezone: UTC\n" }),
        ),
    },
];

describe("node user data, read by format (engine/userData.ts)", () => {
    for (const c of insecure)
        it(`opens the node: ${c.name}`, () => {
            const what = opened(c.text, c.base64 ?? true);
            assert.ok(
                what.some(w => c.opens.test(w)),
                `expected ${c.opens}, got: ${JSON.stringify(what)}`,
            );
        });
    for (const c of secure)
        it(`opens nothing: ${c.name}`, () => {
            assert.deepStrictEqual(opened(c.text, c.base64 ?? true), []);
        });
    it("reads a MIME part without headers as text/plain (RFC 2046) and ignores the epilogue", () => {
        const text =
            'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\n#cloud-config\nssh_authorized_keys: [k]\n--b--\nepilogue authorized_keys\n';
        assert.strictEqual(opened(b64(text)).length, 1);
    });
    // Round 46 (DECIDED): an unread program on every address (Go's empty host `:PORT` counts) is refused on nodes,
    // where every pod reaches it, and by root only; on another instance it stays the instance's own business
    // (redteam46-secure.test.ts S9, gunicorn on 0.0.0.0), shells and metadata relays the pack reads being refused
    // everywhere (anyInstance).
    it("refuses an unread root server on every address on nodes only, not on other instances nor as another user", () => {
        const openings = userDataOpenings([
            { text: "#!/bin/bash\nnohup /opt/app/bin/server --listen :8080 &\n", base64: false },
        ]);
        assert.ok(
            openings.some(o => /does not read/.test(o.what) && o.anyInstance === undefined),
            JSON.stringify(openings),
        );
        assert.deepStrictEqual(opened("#!/bin/bash\nnohup /opt/app/bin/server --listen 127.0.0.1:8080 &\n", false), []);
        assert.deepStrictEqual(
            opened("#!/bin/bash\nsu app -c 'nohup /opt/app/bin/server --listen :8080 &'\n", false),
            [],
        );
    });
    // Round 46: `aws s3 cp SRC DEST --endpoint-url URL` copies to DEST (awsTransfer), not to the endpoint: the kubelet
    // drop-in it downloads is refused only as content the pack cannot read.
    it("reads aws s3 cp's destination by position, skipping option values (--endpoint-url)", () => {
        const what = opened(
            "#!/bin/bash\naws s3 cp s3://node-config/40.conf /etc/kubernetes/kubelet/config.json.d/40.conf --endpoint-url https://bucket.vpce-1.s3.eu-west-1.vpce.amazonaws.com\n",
            false,
        );
        assert.strictEqual(what.length, 1, JSON.stringify(what));
        assert.match(
            what[0],
            /writes \/etc\/kubernetes\/kubelet\/config\.json\.d\/40\.conf with content the pack cannot read/,
        );
    });
});

describe("node user data through the whole pack", () => {
    const AT = { account: "111111111111", cluster: "prod-validators" };
    it("refuses a managed node group whose gzip-compressed user data installs an SSH key, naming the path", async () => {
        const r = await stackResources("pod-identity");
        managedNodes(r, AT, "validators-nodes", {
            userData: b64(gzipSync("#cloud-config\nssh_authorized_keys: [ssh-ed25519 AAAA ops]\n")),
        });
        const d = assertRefused(await runWithConfig("pod-identity", r, nodePolicyConfig), /SSH authorized key/);
        assert.match(d.message, /managed node group validators-nodes/);
    });
    it("refuses user data unknown during a preview", async () => {
        const r = await stackResources("pod-identity", true);
        managedNodes(r, AT, "validators-nodes", { userData: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" });
        assertRefused(
            await runWithConfig("pod-identity", r, nodePolicyConfig),
            /userData is unknown during the preview/,
        );
    });
    it("accepts a managed node group whose NodeConfig only tunes the kubelet", async () => {
        const r = await stackResources("pod-identity");
        managedNodes(r, AT, "validators-nodes", {
            userData: b64(
                mime({
                    type: "application/node.eks.aws",
                    body: nodeConfig("  kubelet:\n    config:\n      maxPods: 58\n"),
                }),
            ),
        });
        assertClean(await runWithConfig("pod-identity", r, nodePolicyConfig));
    });
});
