// The pod-spec allowlist (policy-pack/engine/podSpec.ts): a pod the stack declares stays node-confined only when
// every field that reaches the node holds a value on Pod Security Standards Baseline's list or a named exception.
// Unit cases on nodeReach/unknownNodeReach, then whole-pack cases on the prod stack (a DaemonSet in kube-system).
import * as assert from "assert";
import { nodeReach, unknownNodeReach, volumePathReach } from "../../../policy-pack/engine/podSpec";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { assertClean, assertRefused, runWholePack, stackResources } from "./support";
import { k8s } from "./variantBuilders";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const ROOT = {};
const NON_ROOT = { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false };

/** One container named `agent` with the given securityContext and mounts, in a pod with the given volumes. */
function pod(
    securityContext: Record<string, unknown>,
    volumes: readonly Record<string, unknown>[] = [],
    mounts: readonly Record<string, unknown>[] = [],
    extra: Record<string, unknown> = {},
) {
    return {
        containers: [{ name: "agent", image: "public.ecr.aws/x/agent:1", securityContext, volumeMounts: mounts }],
        volumes,
        ...extra,
    };
}
const hostPath = (path: string, readOnly = false) =>
    [[{ name: "h", hostPath: { path } }], [{ name: "h", mountPath: "/h", readOnly }]] as const;

const refused: { name: string; spec: unknown; annotations?: Record<string, unknown>; why: RegExp }[] = [
    {
        name: "a root container writing the node's /sys (uevent_helper runs a program as root)",
        spec: pod(ROOT, ...hostPath("/sys")),
        why: /hostPath \/sys is writable by container agent: only data directories/,
    },
    {
        name: "a root container writing /home/ec2-user/.ssh (authorized_keys of a sudoer)",
        spec: pod(ROOT, ...hostPath("/home/ec2-user/.ssh")),
        why: /hostPath \/home\/ec2-user\/\.ssh is writable by container agent/,
    },
    {
        name: "a container with runAsNonRoot but privilege escalation left on, writing /var/lib/cloud/scripts/per-boot",
        spec: pod({ runAsNonRoot: true, runAsUser: 1000 }, ...hostPath("/var/lib/cloud/scripts/per-boot")),
        why: /per-boot is writable by container agent/,
    },
    {
        name: "uid 1000 (ec2-user, a sudoer, on the EKS Amazon Linux AMIs) writing its home, without privilege escalation",
        spec: pod({ ...NON_ROOT, runAsUser: 1000 }, ...hostPath("/home/ec2-user")),
        why: /hostPath \/home\/ec2-user is writable .*whatever the container's uid/,
    },
    {
        name: "a non-root container without privilege escalation writing /var/lib/agent (a uid may own node directories)",
        spec: pod(NON_ROOT, ...hostPath("/var/lib/agent")),
        why: /hostPath \/var\/lib\/agent is writable/,
    },
    {
        name: "hostPID for a non-root container with every capability dropped (same-uid processes' /proc/<pid>/root)",
        spec: pod({ ...NON_ROOT, capabilities: { drop: ["ALL"] } }, [], [], { hostPID: true }),
        why: /hostPID, the node's processes/,
    },
    {
        name: "the node's /proc read-only for a non-root container",
        spec: pod(NON_ROOT, ...hostPath("/proc", true)),
        why: /hostPath \/proc \(the node's processes\)/,
    },
    {
        name: "host port 80 (the Pod Identity agent listens on 169.254.170.23:80)",
        spec: {
            containers: [{ name: "agent", securityContext: NON_ROOT, ports: [{ containerPort: 8080, hostPort: 80 }] }],
        },
        why: /takes host port 80/,
    },
    {
        name: "host port 10250 (the kubelet's)",
        spec: {
            containers: [
                { name: "agent", securityContext: NON_ROOT, ports: [{ containerPort: 10250, hostPort: 10250 }] },
            ],
        },
        why: /takes host port 10250/,
    },
    {
        name: "a root container reading /mnt/k8s-disks (instance-store RAID0: the kubelet's directory lives there)",
        spec: pod(ROOT, ...hostPath("/mnt/k8s-disks/0/kubelet", true)),
        why: /exposes the node's pod tokens or runtime/,
    },
    {
        name: "a root container writing /mnt/.ephemeral (Bottlerocket ephemeral storage holds the kubelet's directory)",
        spec: pod(ROOT, ...hostPath("/mnt/.ephemeral")),
        why: /exposes the node's pod tokens or runtime/,
    },
    {
        name: "a root container writing /mnt (above /mnt/k8s-disks)",
        spec: pod(ROOT, ...hostPath("/mnt")),
        why: /hostPath \/mnt exposes the node's pod tokens/,
    },
    {
        name: "a root container reading /sys read-only, not recursively (tracefs and debugfs stay writable below it)",
        spec: pod(ROOT, ...hostPath("/sys", true)),
        why: /hostPath \/sys is writable by container agent/,
    },
    {
        name: "a root container writing /dev",
        spec: pod(ROOT, ...hostPath("/dev")),
        why: /hostPath \/dev is writable/,
    },
    {
        name: "SYS_TIME added (not on Baseline's list nor a named exception)",
        spec: pod({ capabilities: { add: ["SYS_TIME"] } }),
        why: /adds SYS_TIME, not on the confined list/,
    },
    {
        name: "cap_sys_admin spelled in lower case with its prefix",
        spec: pod({ capabilities: { add: ["cap_sys_admin"] } }),
        why: /adds SYS_ADMIN/,
    },
    {
        name: "SELinux type spc_t (super-privileged container)",
        spec: pod({ seLinuxOptions: { type: "spc_t" } }),
        why: /SELinux type spc_t is not a container type/,
    },
    {
        name: "a custom SELinux user at pod level",
        spec: { ...pod(ROOT), securityContext: { seLinuxOptions: { user: "system_u" } } },
        why: /custom SELinux user or role/,
    },
    {
        name: "seccomp Unconfined on the container",
        spec: pod({ seccompProfile: { type: "Unconfined" } }),
        why: /seccomp Unconfined/,
    },
    {
        name: "seccomp Unconfined on the pod",
        spec: { ...pod(NON_ROOT), securityContext: { seccompProfile: { type: "Unconfined" } } },
        why: /the pod's securityContext: seccomp Unconfined/,
    },
    {
        name: "AppArmor Unconfined (field)",
        spec: pod({ appArmorProfile: { type: "Unconfined" } }),
        why: /AppArmor Unconfined/,
    },
    {
        name: "AppArmor unconfined (annotation)",
        spec: pod(NON_ROOT),
        annotations: { "container.apparmor.security.beta.kubernetes.io/agent": "unconfined" },
        why: /annotation container\.apparmor\.security\.beta\.kubernetes\.io\/agent: unconfined/,
    },
    {
        name: "an unsafe sysctl (kernel.msgmax)",
        spec: { ...pod(NON_ROOT), securityContext: { sysctls: [{ name: "kernel.msgmax", value: "65536" }] } },
        why: /sysctls kernel\.msgmax are not in Pod Security Standards Baseline's safe set/,
    },
    { name: "hostIPC", spec: pod(NON_ROOT, [], [], { hostIPC: true }), why: /hostIPC/ },
    {
        name: "procMount Unmasked",
        spec: pod({ procMount: "Unmasked" }),
        why: /procMount Unmasked/,
    },
    {
        name: "a gitRepo volume (git runs as root on the node, CVE-2024-10220)",
        spec: pod(NON_ROOT, [{ name: "src", gitRepo: { repository: "https://example.com/x.git" } }]),
        why: /volume src is of type gitRepo, not on the confined list/,
    },
    {
        name: "a flexVolume (a node binary runs as root with the pod's options)",
        spec: pod(NON_ROOT, [{ name: "v", flexVolume: { driver: "example/lvm" } }]),
        why: /type flexVolume/,
    },
];

const confined: { name: string; spec: unknown; annotations?: Record<string, unknown> }[] = [
    { name: "a non-root container writing /data/agent", spec: pod(NON_ROOT, ...hostPath("/data/agent")) },
    { name: "a root container writing a local disk under /mnt/disks", spec: pod(ROOT, ...hostPath("/mnt/disks/ssd0")) },
    {
        name: "a root SPIRE agent writing its Workload API socket directory",
        spec: pod(ROOT, ...hostPath("/run/spire/agent-sockets")),
    },
    { name: "a root container writing /data/cache", spec: pod(ROOT, ...hostPath("/data/cache")) },
    {
        name: "a root container reading /sys recursively read-only",
        spec: pod(
            ROOT,
            [{ name: "h", hostPath: { path: "/sys" } }],
            [{ name: "h", mountPath: "/h", readOnly: true, recursiveReadOnly: "Enabled" }],
        ),
    },
    { name: "a root container reading /sys/class/net read-only", spec: pod(ROOT, ...hostPath("/sys/class/net", true)) },
    {
        name: "istio-init style NET_ADMIN and NET_RAW (the pod's own network namespace)",
        spec: pod({ capabilities: { add: ["NET_ADMIN", "NET_RAW"], drop: ["ALL"] } }),
    },
    { name: "Vault's IPC_LOCK", spec: pod({ ...NON_ROOT, capabilities: { add: ["IPC_LOCK"] } }) },
    {
        name: "RuntimeDefault seccomp, container_t, a safe sysctl and a host port",
        spec: {
            containers: [
                {
                    name: "agent",
                    ports: [{ containerPort: 8125, hostPort: 8125, protocol: "UDP" }],
                    securityContext: {
                        ...NON_ROOT,
                        seccompProfile: { type: "RuntimeDefault" },
                        seLinuxOptions: { type: "container_t", level: "s0:c123,c456" },
                        appArmorProfile: { type: "RuntimeDefault" },
                    },
                },
            ],
            securityContext: { sysctls: [{ name: "net.ipv4.ip_local_port_range", value: "1024 65535" }] },
        },
        annotations: { "container.apparmor.security.beta.kubernetes.io/agent": "runtime/default" },
    },
    {
        name: "network, CSI, ephemeral and image volumes",
        spec: pod(NON_ROOT, [
            { name: "a", nfs: { server: "fs-1.efs.eu-west-1.amazonaws.com", path: "/" } },
            { name: "b", csi: { driver: "secrets-store.csi.k8s.io", readOnly: true } },
            { name: "c", ephemeral: { volumeClaimTemplate: { spec: {} } } },
            { name: "d", image: { reference: "public.ecr.aws/x/models:1" } },
            { name: "e", emptyDir: {} },
        ]),
    },
];

const unverifiable: { name: string; spec: unknown; annotations?: Record<string, unknown>; why: RegExp }[] = [
    {
        name: "seLinuxOptions unknown",
        spec: pod({ seLinuxOptions: UNKNOWN }),
        why: /seLinuxOptions in securityContext of container agent is unknown during the preview/,
    },
    {
        name: "the pod's sysctls unknown",
        spec: { ...pod(NON_ROOT), securityContext: { sysctls: [{ name: UNKNOWN, value: "1" }] } },
        why: /sysctls in the pod's securityContext is unknown/,
    },
    {
        name: "a volume whose source is unknown",
        spec: pod(NON_ROOT, [{ name: "v", gitRepo: UNKNOWN }]),
        why: /volume v is unknown during the preview/,
    },
    {
        name: "the mounts of a container beside a hostPath volume unknown",
        spec: pod(
            NON_ROOT,
            [{ name: "h", hostPath: { path: "/sys" } }],
            [{ name: "h", mountPath: "/h", readOnly: UNKNOWN }],
        ),
        why: /volumeMounts of container agent is unknown/,
    },
    {
        name: "a container's ports unknown (a host port may be 80)",
        spec: { containers: [{ name: "agent", securityContext: NON_ROOT, ports: UNKNOWN }] },
        why: /ports of container agent is unknown/,
    },
    { name: "hostIPC unknown", spec: pod(NON_ROOT, [], [], { hostIPC: UNKNOWN }), why: /hostIPC is unknown/ },
    {
        name: "annotations unknown",
        spec: pod(NON_ROOT),
        annotations: { "container.apparmor.security.beta.kubernetes.io/agent": UNKNOWN },
        why: /annotations is unknown/,
    },
];

describe("pod specs as an allowlist (engine/podSpec.ts)", () => {
    for (const c of refused)
        it(`leaves the node-confined list: ${c.name}`, () => {
            assert.strictEqual(unknownNodeReach(c.spec, c.annotations), undefined);
            assert.match(nodeReach(c.spec, c.annotations) ?? "(confined)", c.why);
        });
    for (const c of confined)
        it(`stays confined: ${c.name}`, () => {
            assert.strictEqual(unknownNodeReach(c.spec, c.annotations), undefined);
            assert.strictEqual(nodeReach(c.spec, c.annotations), undefined);
        });
    for (const c of unverifiable)
        it(`unverifiable in a preview: ${c.name}`, () => {
            assert.match(unknownNodeReach(c.spec, c.annotations) ?? "(verifiable)", c.why);
        });
    it("judges a PersistentVolume's node path as a root claimant's read-write mount", () => {
        assert.match(volumePathReach("/sys/kernel") ?? "", /is writable by container claimant/);
        assert.strictEqual(volumePathReach("/srv/exports"), undefined);
    });
});

/** A DaemonSet of kube-system in the prod stack with `spec` as its pod spec and `annotations` on its template. */
async function prodWithDaemonSet(spec: unknown, annotations: Record<string, unknown> = {}) {
    const r = await stackResources("prod");
    k8s(r, "kubernetes:apps/v1:DaemonSet", "node-agent", {
        metadata: { name: "node-agent", namespace: "kube-system" },
        spec: {
            selector: { matchLabels: { app: "node-agent" } },
            template: { metadata: { labels: { app: "node-agent" }, annotations }, spec },
        },
    });
    return runWholePack("prod", r);
}

describe("pod specs as an allowlist: through the whole pack (prod)", () => {
    it("refuses a root DaemonSet writing the node's /sys, naming the path to the signer", async () => {
        const ds = await prodWithDaemonSet(pod(ROOT, ...hostPath("/sys")));
        assertRefused(ds, /DaemonSet kube-system\/node-agent: hostPath \/sys is writable .*→ acts as ServiceAccount/);
    });
    it("refuses a DaemonSet whose template annotation leaves AppArmor unconfined", async () => {
        const ds = await prodWithDaemonSet(pod(NON_ROOT), {
            "container.apparmor.security.beta.kubernetes.io/agent": "unconfined",
        });
        assertRefused(ds, /node-agent: annotation container\.apparmor/);
    });
    it("refuses a non-root DaemonSet keeping its state in a hostPath outside the data directories", async () => {
        const ds = await prodWithDaemonSet(pod(NON_ROOT, ...hostPath("/var/lib/node-agent")));
        assertRefused(ds, /node-agent: hostPath \/var\/lib\/node-agent is writable by container agent/);
    });
    it("accepts the same DaemonSet keeping its state under /data", async () => {
        assertClean(await prodWithDaemonSet(pod(NON_ROOT, ...hostPath("/data/node-agent"))));
    });
    it("accepts a DaemonSet adding NET_ADMIN in its own network namespace", async () => {
        assertClean(await prodWithDaemonSet(pod({ capabilities: { add: ["NET_ADMIN"] } })));
    });
});
