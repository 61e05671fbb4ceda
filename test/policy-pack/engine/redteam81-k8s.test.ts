// Red-team round 81 on the Kubernetes/EKS API level (fresh eyes): workload specs that reach the node (hostPath mounts
// judged read-only, recursive read-only mounts, kernel filesystems below a read-only mount, runtime sockets of other
// CRI implementations, host namespaces and security fields on init/ephemeral containers) and RBAC subresources a
// pod's power hides behind (exec/attach by GET, ephemeral containers by update).
// Probed: (1) recursiveReadOnly IfPossible read as recursive; (2) a read-only hostPath of the cgroup v1 hierarchy
// (/sys/fs/cgroup, whose per-controller cgroupfs submounts a non-recursive read-only bind leaves writable); (3) the
// cri-dockerd CRI socket; (4) procfs links through thread-self, capability ALL, SYS_RESOURCE, init-container host
// ports, ephemeral container seccomp, pod-level AppArmor, spc_t, Unmasked procMount, unsafe sysctls; (5) RBAC: get
// pods/exec and pods/attach (the WebSocket upgrade is a GET), update pods/ephemeralcontainers, */exec, */attach,
// */proxy; (6) Windows hostPaths (C:/, C:\var\lib\kubelet, the containerd named pipe); (7) a node data directory
// shared between the custody pod (containment-chamber) and a team-a pod; (8) the custody pod's environment taken from
// a ConfigMap or Secret that auditor may write.
// Secure neighbours: /sys and /sys/fs/cgroup read-only with recursiveReadOnly Enabled, one cgroup v1 controller
// mount read-only, /etc/machine-id and /var/log/containers read-only, an unprivileged host port, NET_BIND_SERVICE, a
// safe sysctl, seLinuxOptions.level only, get pods/log, pods/* (a literal, no wildcard), pods/eviction, the custody
// pod alone on its node data directory, ConfigMap writes of another name or another namespace.
// Misses (13 insecure accepted, 0 secure refused):
// - class 1 (recursiveReadOnly IfPossible read as recursive, though it falls back to a non-recursive read-only
//   mount; podSpec.ts mountWritable): K1, K2, K28.
// - class 2 (a read-only /sys/fs/cgroup leaves the cgroup v1 controller mounts below it writable;
//   podSpec.ts WRITABLE_SUBMOUNTS): K3.
// - class 3 (cri-dockerd's CRI socket missing from the runtime sockets; podSpec.ts NODE_SECRETS): K5, K6.
// - class 6 (Windows hostPaths, drive letters and backslashes, not normalised; podSpec.ts normalizeHostPath): K21,
//   K22.
// - class 7 (another pod writing or reading the node directory a runtime ServiceAccount's pod mounts; kubernetes.ts
//   clusterWidePowers charges only the mounting pod): K24, K25.
// - class 8 (writes of the ConfigMaps/Secrets a runtime ServiceAccount's pod takes its environment from are no
//   power; kubernetes.ts saPowerOfRule): K29, K30, K31.
// Held: 17 of 30 insecure refused; 16 of 16 secure clean. K23 (the containerd named pipe) is refused only because
// its mount is writable outside the data directories, not as a runtime endpoint.
import { describeVariants, StackCase } from "./support";
import { k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";

type R = Parameters<StackCase["edit"]>[0];

/** A hardened container (restricted profile) with these extra fields. */
const container = (extra: Record<string, unknown> = {}, sc: Record<string, unknown> = {}) => ({
    name: "app",
    image: "registry.example.com/app:1.0",
    securityContext: {
        allowPrivilegeEscalation: false,
        runAsNonRoot: true,
        runAsUser: 65532,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
        ...sc,
    },
    ...extra,
});

/** A root container (the image's default user, privilege escalation allowed), as node agents usually run. */
const rootContainer = (extra: Record<string, unknown> = {}) => ({
    name: "agent",
    image: "registry.example.com/agent:1.0",
    ...extra,
});

/** A stack Deployment in team-a (ServiceAccount default) with these pod spec fields. */
const dep = (r: R, name: string, spec: Record<string, unknown>, annotations?: Record<string, string>) =>
    k8s(r, "kubernetes:apps/v1:Deployment", `${name}-dep`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: "team-a" },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name }, ...(annotations ? { annotations } : {}) },
                spec: { serviceAccountName: "default", containers: [container()], ...spec },
            },
        },
    });

/** A Deployment whose root container mounts hostPath `path` at /host with these mount fields. */
const hostMount = (r: R, name: string, path: string, mount: Record<string, unknown>, c = rootContainer) =>
    dep(r, name, {
        volumes: [{ name: "host", hostPath: { path } }],
        containers: [c({ volumeMounts: [{ name: "host", mountPath: "/host", ...mount }] })],
    });

/** A Role in validators with these rules bound to User auditor. */
const grant = (r: R, name: string, rules: unknown[], ns = "validators") => {
    k8s(r, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name, namespace: ns },
        rules,
    });
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: ns },
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
    });
};

/** The custody Deployment (validators, containment-chamber), hardened, keeping its state in hostPath /data/cc. */
const custodyWithData = (r: R) =>
    k8s(r, "kubernetes:apps/v1:Deployment", "cc81-dep", {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "cc81", namespace: "validators" },
        spec: {
            selector: { matchLabels: { app: "cc81" } },
            template: {
                metadata: { labels: { app: "cc81" } },
                spec: {
                    serviceAccountName: "containment-chamber",
                    volumes: [{ name: "state", hostPath: { path: "/data/cc", type: "DirectoryOrCreate" } }],
                    containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
                },
            },
        },
    });

/** The custody Deployment (validators, containment-chamber) taking its environment from ConfigMap cc-env81. */
const custodyWithEnv = (r: R, how: "envFrom" | "valueFrom" = "envFrom") => {
    k8s(r, "kubernetes:core/v1:ConfigMap", "cc-env81-cm", {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "cc-env81", namespace: "validators" },
        data: { LOG_LEVEL: "info" },
    });
    const env =
        how === "envFrom"
            ? { envFrom: [{ configMapRef: { name: "cc-env81" } }] }
            : {
                  env: [
                      {
                          name: "NODE_OPTIONS",
                          valueFrom: { configMapKeyRef: { name: "cc-env81", key: "NODE_OPTIONS", optional: true } },
                      },
                  ],
              };
    return k8s(r, "kubernetes:apps/v1:Deployment", "cc81e-dep", {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "cc81e", namespace: "validators" },
        spec: {
            selector: { matchLabels: { app: "cc81e" } },
            template: {
                metadata: { labels: { app: "cc81e" } },
                spec: { serviceAccountName: "containment-chamber", containers: [container(env)] },
            },
        },
    });
};

/** The custody Deployment (validators, containment-chamber) with these pod spec fields (round 81 fix neighbours). */
const custodyPod = (r: R, name: string, spec: Record<string, unknown>) =>
    k8s(r, "kubernetes:apps/v1:Deployment", `${name}-dep`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: "validators" },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: { serviceAccountName: "containment-chamber", containers: [container()], ...spec },
            },
        },
    });

const insecure: StackCase[] = [
    // ---- Class 1: recursive read-only mounts.
    // Kubernetes API, VolumeMount.recursiveReadOnly: "If this field is set to IfPossible, the mount is made
    // recursively read-only, if it is supported by the container runtime" (else, unlike Enabled, the pod starts with
    // a non-recursive read-only mount); RRO needs Linux 5.12+ (mount_setattr, KEP-3857 "Recursive Read-only (RRO)
    // mounts") and the EKS AL2 AMIs run 5.10. /sys's submounts (debugfs, tracefs, bpffs, securityfs) then stay
    // writable for a root container: kprobes/tracing read kernel memory, pinned BPF maps of the CNI are rewritten.
    // Was a MISS (fixed in round 81): insecure accepted (got []): podSpec.ts mountWritable reads recursiveReadOnly IfPossible as recursive, but
    // IfPossible falls back to a non-recursive read-only mount where the runtime or kernel lacks RRO. Fix: only
    // Enabled makes a read-only mount recursive; judge IfPossible as Disabled.
    {
        name: "K1 root DaemonSet-style agent mounts /sys readOnly with recursiveReadOnly IfPossible-rt81k",
        stack: "prod",
        edit: r => hostMount(r, "sysifp81", "/sys", { readOnly: true, recursiveReadOnly: "IfPossible" }),
    },
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 1 as K1 (podSpec.ts mountWritable: IfPossible counted as recursive).
    {
        name: "K2 pod-identity: root agent mounts /sys/kernel readOnly with recursiveReadOnly IfPossible-rt81k",
        stack: "pod-identity",
        edit: r => hostMount(r, "kernifp81", "/sys/kernel", { readOnly: true, recursiveReadOnly: "IfPossible" }),
    },
    // ---- Class 2: the cgroup v1 hierarchy below a read-only mount.
    // On cgroup v1 nodes (EKS AL2) /sys/fs/cgroup is a tmpfs holding one cgroupfs mount per controller; a readOnly
    // hostPath is not recursive unless recursiveReadOnly says so (VolumeMount.recursiveReadOnly: "If this field is
    // not specified, it is treated as an equivalent of Disabled"), so the controllers stay writable. A root process
    // writes its PID into the root cgroup's tasks/cgroup.procs (kernel Documentation/admin-guide/cgroup-v1/
    // cgroups.rst, "Attaching processes": `/bin/echo PID > tasks`) and leaves its container's device allowlist
    // (cgroup-v1/devices.rst: the whitelist is the cgroup's), then mknod (MKNOD is in the default set) opens the node's
    // disk: the kubelet's client key (/var/lib/kubelet/pki) is the node's identity.
    // Was a MISS (fixed in round 81): insecure accepted (got []): podSpec.ts WRITABLE_SUBMOUNTS (read by mountWritable) lists kernel
    // filesystems below /sys but not the cgroup v1 controller mounts below /sys/fs/cgroup, so a non-recursive
    // read-only /sys/fs/cgroup counts as read-only. Fix: treat any non-recursive read-only hostPath that is an
    // ancestor of a node mount point (every kernel/pseudo filesystem below /sys, /sys/fs/cgroup/* on cgroup v1 nodes,
    // /dev/*) as writable, or refuse read-only hostPaths of /sys/fs/cgroup unless recursiveReadOnly is Enabled.
    {
        name: "K3 root agent mounts /sys/fs/cgroup readOnly (not recursive) like cAdvisor-rt81k",
        stack: "prod",
        edit: r => hostMount(r, "cgroupro81", "/sys/fs/cgroup", { readOnly: true }),
    },
    // ---- Class 3: other CRI runtimes' sockets.
    // Mirantis cri-dockerd (the CRI shim for Docker Engine since dockershim's removal) serves the CRI at
    // unix:///var/run/cri-dockerd.sock; a client of a CRI socket creates privileged containers on the node
    // (Kubernetes "Container Runtimes", Docker Engine; Pod Security Standards name runtime sockets among host paths).
    // Was a MISS (fixed in round 81): insecure accepted (got []): podSpec.ts NODE_SECRETS (exposesNode) names containerd, CRI-O, Docker and
    // Podman sockets but not cri-dockerd's CRI socket /var/run/cri-dockerd.sock (kubeadm CRISocketDocker). Fix: a
    // socket list by class (every CRI endpoint kubeadm and crictl probe: dockershim.sock, cri-dockerd.sock, and their
    // /run twins), or refuse any *.sock hostPath outside a short allowlist (PodResources, SPIFFE).
    {
        name: "K5 agent mounts /var/run/cri-dockerd.sock (read-only mount; connect() still works)-rt81k",
        stack: "prod",
        edit: r => hostMount(r, "cridockerd81", "/var/run/cri-dockerd.sock", { readOnly: true }),
    },
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 3 as K5: /run/cri-dockerd.sock (cri-docker.socket
    // ListenStream=%t/cri-dockerd.sock) is not in podSpec.ts NODE_SECRETS.
    {
        name: "K6 pod-identity: agent mounts /run/cri-dockerd.sock-rt81k",
        stack: "pod-identity",
        edit: r => hostMount(r, "cridockerd81b", "/run/cri-dockerd.sock", { readOnly: true }),
    },
    // ---- Class 4: host access spelled elsewhere in the pod spec.
    // proc(5): /proc/thread-self is a link to /proc/self/task/<tid>, whose root is the process's root: the node's `/`
    // for the kubelet resolving the hostPath; below it /etc/kubernetes (kubelet kubeconfig on AL2).
    {
        name: "K7 hostPath /proc/thread-self/root/etc/kubernetes readOnly-rt81k",
        stack: "prod",
        edit: r => hostMount(r, "threadself81", "/proc/thread-self/root/etc/kubernetes", { readOnly: true }),
    },
    // capabilities(7): ALL in a CRI capability list adds every capability (containerd's oci.WithAddedCapabilities
    // expands "ALL"), SYS_ADMIN included.
    {
        name: "K8 container adds capability ALL-rt81k",
        stack: "pod-identity",
        edit: r => dep(r, "capall81", { containers: [container({}, { capabilities: { add: ["ALL"] } })] }),
    },
    // capabilities(7) CAP_SYS_RESOURCE: override disk quotas and resource limits, use reserved ext4 space (the node's
    // disk filled past the kubelet's eviction threshold); not in the Baseline set.
    {
        name: "K9 container adds SYS_RESOURCE-rt81k",
        stack: "prod",
        edit: r => dep(r, "sysres81", { containers: [container({}, { capabilities: { add: ["SYS_RESOURCE"] } })] }),
    },
    // A host port of the kubelet (10250) taken by an init container: portmap redirects node-local connections there
    // for as long as the pod runs (containernetworking plugins, portmap), so the init container's port counts too.
    {
        name: "K10 init container takes hostPort 10250-rt81k",
        stack: "prod",
        edit: r =>
            dep(r, "initport81", {
                initContainers: [container({ name: "init", ports: [{ containerPort: 10250, hostPort: 10250 }] })],
            }),
    },
    // Pod Security Standards, Baseline, "Seccomp": Unconfined is refused for every container, ephemeral ones included.
    {
        name: "K11 pod-identity: Pod with an ephemeral container seccomp Unconfined-rt81k",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:core/v1:Pod", "eph81-pod", {
                apiVersion: "v1",
                kind: "Pod",
                metadata: { name: "eph81", namespace: "team-a" },
                spec: {
                    containers: [container()],
                    ephemeralContainers: [container({ name: "debug" }, { seccompProfile: { type: "Unconfined" } })],
                },
            }),
    },
    // Pod Security Standards, Baseline, "AppArmor": the pod-level appArmorProfile Unconfined covers every container.
    {
        name: "K12 pod securityContext appArmorProfile Unconfined-rt81k",
        stack: "prod",
        edit: r => dep(r, "aaunconf81", { securityContext: { appArmorProfile: { type: "Unconfined" } } }),
    },
    // Pod Security Standards, Baseline, "SELinux": spc_t is the super-privileged container type (unconfined).
    {
        name: "K13 pod-identity: pod seLinuxOptions type spc_t-rt81k",
        stack: "pod-identity",
        edit: r => dep(r, "spct81", { securityContext: { seLinuxOptions: { type: "spc_t" } } }),
    },
    // Pod Security Standards, Baseline, "/proc Mount Type": Unmasked exposes the masked /proc paths.
    {
        name: "K14 init container procMount Unmasked-rt81k",
        stack: "prod",
        edit: r => dep(r, "unmask81", { initContainers: [container({ name: "init" }, { procMount: "Unmasked" })] }),
    },
    // Pod Security Standards, Baseline, "Sysctls": kernel.core_pattern is not namespaced (a |program runs as root on
    // the node at the next crash, core(5)); outside the safe set.
    {
        name: "K15 pod sysctl kernel.core_pattern-rt81k",
        stack: "pod-identity",
        edit: r =>
            dep(r, "corepat81", {
                securityContext: { sysctls: [{ name: "kernel.core_pattern", value: "|/tmp/x" }] },
            }),
    },
    // The legacy AppArmor annotation (Kubernetes "Restrict a Container's Access to Resources with AppArmor": the
    // annotation still applies when the field is absent); value case-folded by the pack.
    {
        name: "K16 pod annotation container.apparmor.security.beta.kubernetes.io/app: unconfined-rt81k",
        stack: "prod",
        edit: r => dep(r, "aaanno81", {}, { "container.apparmor.security.beta.kubernetes.io/app": "unconfined" }),
    },
    // ---- Class 5: RBAC subresources.
    // kubectl exec over WebSockets (KEP-4006, Kubernetes 1.30+) opens the connection with a GET: before the
    // AuthorizePodWebsocketUpgradeCreatePermission gate (1.35) the apiserver authorizes it as `get pods/exec`
    // (Kubernetes "RBAC Good Practices", "Pod exec": "may allow execution ... with get"), a shell in the custody pod.
    {
        name: "K17 auditor may get pods/exec in validators-rt81k",
        stack: "prod",
        edit: r => grant(r, "getexec81", [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get"] }]),
    },
    // pods/attach attaches to the container's stdin (a shell's): the same GET authorization as exec.
    {
        name: "K18 pod-identity: auditor may get pods/attach in validators-rt81k",
        stack: "pod-identity",
        edit: r => grant(r, "getattach81", [{ apiGroups: [""], resources: ["pods/attach"], verbs: ["get", "create"] }]),
    },
    // Kubernetes "Ephemeral Containers": they are added through the pod's ephemeralcontainers subresource by update
    // (kubectl debug uses patch); the new container shares the custody pod's process namespace target and its token.
    {
        name: "K19 auditor may update pods/ephemeralcontainers in validators-rt81k",
        stack: "prod",
        edit: r =>
            grant(r, "ephupd81", [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["update"] }]),
    },
    // "Using RBAC Authorization", Referring to resources (PolicyRule.resources: "'*/foo' represents the subresource
    // 'foo' for all resources in the specified apiGroups"): */exec matches pods/exec, a shell in the custody pod.
    {
        name: "K20 pod-identity: auditor may create */exec in validators-rt81k",
        stack: "pod-identity",
        edit: r => grant(r, "starexec81", [{ apiGroups: [""], resources: ["*/exec"], verbs: ["create"] }]),
    },
    // The same rule with attach: */attach matches pods/attach (the container's stdin and tty).
    {
        name: "K26 auditor may create */attach in validators-rt81k",
        stack: "prod",
        edit: r => grant(r, "starattach81", [{ apiGroups: [""], resources: ["*/attach"], verbs: ["create"] }]),
    },
    // */proxy covers nodes/proxy: the kubelet API through the apiserver, whose /exec and /run endpoints run commands
    // in any pod of the node (Kubernetes "Kubelet authentication/authorization": the nodes/proxy subresource is full
    // kubelet access). Bound cluster-wide.
    {
        name: "K27 pod-identity: ClusterRoleBinding of a ClusterRole with */proxy get, create to auditor-rt81k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "starproxy81-cr", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "starproxy81" },
                rules: [{ apiGroups: [""], resources: ["*/proxy"], verbs: ["get", "create"] }],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "starproxy81-crb", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "starproxy81" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "starproxy81" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
    // Class 1 in an init container (it runs as root before the app): the same non-recursive fallback of IfPossible.
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 1 as K1, in an init container (podSpec.ts mountWritable).
    {
        name: "K28 pod-identity: root init container mounts /sys readOnly with recursiveReadOnly IfPossible-rt81k",
        stack: "pod-identity",
        edit: r =>
            dep(r, "initsys81", {
                volumes: [{ name: "host", hostPath: { path: "/sys" } }],
                initContainers: [
                    rootContainer({
                        name: "init",
                        volumeMounts: [
                            { name: "host", mountPath: "/host", readOnly: true, recursiveReadOnly: "IfPossible" },
                        ],
                    }),
                ],
            }),
    },
    // ---- Class 8: the custody pod's environment written by others. Kubernetes "Configure a Pod to Use a
    // ConfigMap": envFrom defines "all of the ConfigMap's data as container environment variables" (valueFrom one
    // key), read when the container starts. NODE_OPTIONS is read by every Node.js process and may carry --import /
    // --require ("Preload the specified module at startup") or --inspect (a debugger any peer connects to); the
    // writer's code then runs in the custody process with containment-chamber's credentials (IRSA / Pod Identity).
    // Was a MISS (fixed in round 81): insecure accepted (got []): kubernetes.ts saPowerOfRule counts ConfigMap writes only as aws-auth, and
    // nothing links a runtime pod's env/volume sources (envFrom, configMapKeyRef, configMap volumes) to who may write
    // them. Fix: a write (update/patch/create-after-delete) of a ConfigMap or Secret that a runtime ServiceAccount's
    // pod reads (podSecretNames and its ConfigMap twin) is code in that pod: charge the writer with the runtime
    // ServiceAccount.
    {
        name: "K29 custody pod envFrom ConfigMap cc-env81 + auditor may patch and update configmaps [cc-env81]-rt81k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r);
            grant(r, "ccenv81", [
                {
                    apiGroups: [""],
                    resources: ["configmaps"],
                    verbs: ["get", "patch", "update"],
                    resourceNames: ["cc-env81"],
                },
            ]);
        },
    },
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 8 as K29 (kubernetes.ts saPowerOfRule; configMapKeyRef not followed).
    {
        name: "K30 pod-identity: custody NODE_OPTIONS from ConfigMap key + auditor may update configmaps in validators-rt81k",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r, "valueFrom");
            grant(r, "ccenv81b", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update"] }]);
        },
    },
    // The same with a Secret (Kubernetes "Secrets", "Using Secrets as environment variables": envFrom secretRef):
    // patch without get writes the custody pod's environment blind, which is all the writer needs.
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 8 as K29 with a Secret: podSecretNames knows the custody pod reads
    // cc-sec81, but a patch of it is not a power (kubernetes.ts saPowerOfRule).
    {
        name: "K31 custody pod envFrom Secret cc-sec81 + auditor may patch secrets [cc-sec81] (no get)-rt81k",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "cc-sec81-secret", {
                apiVersion: "v1",
                kind: "Secret",
                type: "Opaque",
                metadata: { name: "cc-sec81", namespace: "validators" },
                stringData: { LOG_LEVEL: "info" },
            });
            const d = custodyWithEnv(r);
            const spec = (d.inputs as any).spec.template.spec;
            spec.containers = [container({ envFrom: [{ secretRef: { name: "cc-sec81" } }] })];
            grant(r, "ccsec81", [
                { apiGroups: [""], resources: ["secrets"], verbs: ["patch"], resourceNames: ["cc-sec81"] },
            ]);
        },
    },
    // ---- Class 6: Windows node paths. Kubernetes hostPath on Windows takes drive paths (`C:/`, as in the Windows
    // e2e "hostdir" pod) and named pipes (Kubernetes "Windows containers in Kubernetes", Storage: "Named pipe host
    // mounts"); the system drive C: holds the kubelet's root directory (its pods' projected tokens) wherever the AMI
    // puts it, so C:/ exposes them whatever the layout; C:\var\lib\kubelet is the kubelet's default root-dir
    // (/var/lib/kubelet) on that drive, and \\.\pipe\containerd-containerd is containerd's Windows endpoint (an
    // assumption of this file, not checked against the EKS Windows AMI). The pack refuses EC2_WINDOWS entries as
    // nodes, so Windows nodes are in its model.
    // Was a MISS (fixed in round 81): insecure accepted (got []): podSpec.ts normalizeHostPath/exposesNode read POSIX paths only; a Windows
    // drive path "C:/" becomes "/C:", neither "/" nor an ancestor of NODE_SECRETS, and a read-only mount is not
    // judged further. Fix: normalise Windows hostPaths (drive letter, backslashes, case-insensitive) onto the same
    // lists (C:/ = the node root, C:\\var\\lib\\kubelet = /var/lib/kubelet), or refuse any hostPath that is not an
    // absolute POSIX path.
    {
        name: "K21 Windows pod mounts hostPath C:/ (the node's system drive) readOnly-rt81k",
        stack: "prod",
        edit: r =>
            dep(r, "winroot81", {
                nodeSelector: { "kubernetes.io/os": "windows" },
                volumes: [{ name: "host", hostPath: { path: "C:/" } }],
                containers: [rootContainer({ volumeMounts: [{ name: "host", mountPath: "C:/host", readOnly: true }] })],
            }),
    },
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 6 as K21: "C:\\var\\lib\\kubelet" is one path segment to
    // normalizeHostPath, not /var/lib/kubelet.
    {
        name: "K22 pod-identity: Windows pod mounts hostPath C:\\var\\lib\\kubelet readOnly-rt81k",
        stack: "pod-identity",
        edit: r =>
            dep(r, "winkubelet81", {
                nodeSelector: { "kubernetes.io/os": "windows" },
                volumes: [{ name: "host", hostPath: { path: "C:\\var\\lib\\kubelet" } }],
                containers: [rootContainer({ volumeMounts: [{ name: "host", mountPath: "C:/host", readOnly: true }] })],
            }),
    },
    {
        name: "K23 Windows pod mounts the containerd named pipe \\\\.\\pipe\\containerd-containerd-rt81k",
        stack: "prod",
        edit: r =>
            dep(r, "winpipe81", {
                nodeSelector: { "kubernetes.io/os": "windows" },
                volumes: [{ name: "pipe", hostPath: { path: "\\\\.\\pipe\\containerd-containerd" } }],
                containers: [
                    rootContainer({
                        volumeMounts: [{ name: "pipe", mountPath: "\\\\.\\pipe\\containerd-containerd" }],
                    }),
                ],
            }),
    },
    // ---- Class 7: a node data directory shared with the custody pod. Kubernetes "Volumes", hostPath: "Warning:
    // Using the hostPath volume type presents many security risks"; a node directory is the same for every pod on the
    // node that mounts it. The custody pod (containment-chamber) keeps state under /data/cc; a team-a pod writing /data
    // replaces the files the custody pod reads (its configuration, its sealed state), one reading it reads them.
    // Was a MISS (fixed in round 81): insecure accepted (got []): kubernetes.ts clusterWidePowers (writtenHostPaths) charges a hostPath below
    // another pod's written path to the MOUNTING pod's ServiceAccount (here containment-chamber itself, whose power
    // is no leak); nothing charges the writer (team-a default) with the custody pod's inputs. Fix: a node directory a
    // runtime ServiceAccount's pod mounts is that pod's; any other pod that mounts it, an ancestor or a descendant
    // (written: its inputs; read: its state) holds the runtime ServiceAccount, as another workload mounting its token
    // Secret does.
    {
        name: "K24 custody pod writes hostPath /data/cc + team-a pod mounts /data read-write-rt81k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            hostMount(r, "datarw81", "/data", {}, c => container(c));
        },
    },
    // Was a MISS (fixed in round 81): insecure accepted (got []), class 7 as K24 (kubernetes.ts clusterWidePowers: a read of a runtime pod's
    // hostPath by another pod is not judged).
    {
        name: "K25 pod-identity: custody pod writes hostPath /data/cc + team-a pod reads /data/cc-rt81k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            hostMount(r, "dataro81", "/data/cc", { readOnly: true }, c => container(c));
        },
    },
    // ---- Round 81 fix neighbours (insecure).
    // Class 1: VolumeMount.recursiveReadOnly IfPossible is recursive "if it is supported by the container runtime"
    // only; /sys/fs holds bpffs (pinned BPF maps) and the cgroup hierarchy, left writable by a non-recursive mount.
    {
        name: "K1b /sys/fs readOnly with recursiveReadOnly IfPossible-fix81",
        refused: /readOnly mount is not recursive/,
        stack: "prod",
        edit: r => hostMount(r, "sysfsifp81", "/sys/fs", { readOnly: true, recursiveReadOnly: "IfPossible" }),
    },
    // Class 2: the same cgroup v1 root spelled with a trailing slash and a doubled separator (Kubernetes rejects only
    // `..` in a hostPath, validatePathNoBacksteps): still /sys/fs/cgroup, its controllers writable below it.
    {
        name: "K3b pod-identity: root agent mounts //sys/fs/cgroup/ readOnly (not recursive)-fix81",
        refused: /cgroup v1/,
        stack: "pod-identity",
        edit: r => hostMount(r, "cgroupro81b", "//sys/fs/cgroup/", { readOnly: true }),
    },
    // Class 3: dockershim's CRI socket (crictl's default endpoint before 1.24, unix:///var/run/dockershim.sock).
    {
        name: "K5b agent mounts /run/dockershim.sock readOnly-fix81",
        refused: /exposes the node's pod tokens or runtime/,
        stack: "prod",
        edit: r => hostMount(r, "dockershim81", "/run/dockershim.sock", { readOnly: true }),
    },
    // Class 3: a CRI shim's socket no list names (Intel CRI Resource Manager, /var/run/cri-resmgr/cri-resmgr.sock,
    // the kubelet's --container-runtime-endpoint when it runs): a socket on a read-only mount still accepts connect().
    {
        name: "K5c pod-identity: agent mounts /var/run/cri-resmgr/cri-resmgr.sock readOnly-fix81",
        refused: /node socket the pack does not know/,
        stack: "pod-identity",
        edit: r => hostMount(r, "criresmgr81", "/var/run/cri-resmgr/cri-resmgr.sock", { readOnly: true }),
    },
    // Class 4: another drive letter is read as the node root too (the kubelet's root-dir may be on it), and NTFS names
    // are case-insensitive: d:\ETC\Kubernetes is /etc/kubernetes.
    {
        name: "K21b Windows pod mounts hostPath d:\\ETC\\Kubernetes readOnly-fix81",
        refused: /exposes the node's pod tokens or runtime/,
        stack: "prod",
        edit: r =>
            dep(r, "winetc81", {
                nodeSelector: { "kubernetes.io/os": "windows" },
                volumes: [{ name: "host", hostPath: { path: "d:\\ETC\\Kubernetes" } }],
                containers: [rootContainer({ volumeMounts: [{ name: "host", mountPath: "C:/host", readOnly: true }] })],
            }),
    },
    // Class 4: Docker's named pipe (\\.\pipe\docker_engine, Kubernetes "Windows containers in Kubernetes", Storage:
    // "Named pipe host mounts") read-only: a named pipe is a node endpoint whatever the mount's readOnly.
    {
        name: "K23b pod-identity: Windows pod mounts \\\\.\\pipe\\docker_engine readOnly-fix81",
        refused: /exposes the node's pod tokens or runtime/,
        stack: "pod-identity",
        edit: r =>
            dep(r, "winpipe81b", {
                nodeSelector: { "kubernetes.io/os": "windows" },
                volumes: [{ name: "pipe", hostPath: { path: "\\\\.\\pipe\\docker_engine" } }],
                containers: [
                    rootContainer({
                        volumeMounts: [{ name: "pipe", mountPath: "\\\\.\\pipe\\docker_engine", readOnly: true }],
                    }),
                ],
            }),
    },
    // Class 7: a team-a pod writing below the custody pod's directory (/data/cc/config) replaces its files.
    {
        name: "K24b custody pod writes hostPath /data/cc + team-a pod writes /data/cc/config-fix81",
        refused: /the node directory of Deployment validators\/cc81/,
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            hostMount(r, "datasub81", "/data/cc/config", {}, c => container(c));
        },
    },
    // Class 7: the custody pod reads a node directory read-only that a team-a pod writes: the writer sets its inputs.
    {
        name: "K24c custody pod reads hostPath /data/shared81 + team-a pod writes it-fix81",
        refused: /the node directory of Deployment validators\/ccshared81/,
        stack: "prod",
        edit: r => {
            custodyPod(r, "ccshared81", {
                volumes: [{ name: "in", hostPath: { path: "/data/shared81" } }],
                containers: [container({ volumeMounts: [{ name: "in", mountPath: "/in", readOnly: true }] })],
            });
            hostMount(r, "sharedw81", "/data/shared81", {}, c => container(c));
        },
    },
    // Class 8: a configMap volume is the pod's files as envFrom is its environment (Kubernetes "ConfigMaps", "Using
    // ConfigMaps as files from a Pod"); a `*` verb writes it.
    {
        name: "K29b custody pod mounts ConfigMap cc-files81 as a volume + auditor may * configmaps [cc-files81]-fix81",
        refused: /writes ConfigMap cc-files81/,
        stack: "prod",
        edit: r => {
            custodyPod(r, "ccfiles81", {
                volumes: [{ name: "cfg", configMap: { name: "cc-files81" } }],
                containers: [container({ volumeMounts: [{ name: "cfg", mountPath: "/etc/cc", readOnly: true }] })],
            });
            grant(r, "ccfiles81", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["*"], resourceNames: ["cc-files81"] },
            ]);
        },
    },
    // Class 8: a projected Secret source + update of every Secret in validators.
    {
        name: "K31b pod-identity: custody pod projects Secret cc-proj81 + auditor may update secrets in validators-fix81",
        refused: /writes Secret cc-proj81/,
        stack: "pod-identity",
        edit: r => {
            custodyPod(r, "ccproj81", {
                volumes: [{ name: "p", projected: { sources: [{ secret: { name: "cc-proj81" } }] } }],
                containers: [container({ volumeMounts: [{ name: "p", mountPath: "/etc/p", readOnly: true }] })],
            });
            grant(r, "ccproj81", [{ apiGroups: [""], resources: ["secrets"], verbs: ["update"] }]);
        },
    },
    // Class 8: an optional ConfigMap the stack does not declare (configMapRef optional: the pod starts without it):
    // whoever may create ConfigMaps in validators creates it, and the custody pod's next start takes its environment.
    {
        name: "K30b custody pod envFrom optional ConfigMap cc-opt81 (not declared) + auditor may create configmaps-fix81",
        refused: /writes ConfigMap cc-opt81 \(create/,
        stack: "prod",
        edit: r => {
            custodyPod(r, "ccopt81", {
                containers: [container({ envFrom: [{ configMapRef: { name: "cc-opt81", optional: true } }] })],
            });
            grant(r, "ccopt81", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create"] }]);
        },
    },
];

const secure: StackCase[] = [
    // The custody pod's ConfigMap written by the stack only: auditor may update another ConfigMap (app-config81),
    // which no custody container reads (RBAC resourceNames, "Using RBAC Authorization", Referring to resources).
    {
        name: "S15 custody pod envFrom cc-env81 + auditor may update configmaps [app-config81] only-rt81k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r);
            grant(r, "appcfg81", [
                {
                    apiGroups: [""],
                    resources: ["configmaps"],
                    verbs: ["get", "update"],
                    resourceNames: ["app-config81"],
                },
            ]);
        },
    },
    // auditor may update ConfigMaps in team-a only: a pod reads ConfigMaps of its own namespace (ConfigMap
    // references are namespace-local, Kubernetes "ConfigMaps"), so the custody pod's cc-env81 is out of reach.
    {
        name: "S16 pod-identity: custody pod envFrom cc-env81 + auditor may update configmaps in team-a-rt81k",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r);
            grant(r, "teamcfg81", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["update"] }], "team-a");
        },
    },
    // A read-only bind of a cgroup v1 controller's own mount point (/sys/fs/cgroup/memory is one cgroupfs mount):
    // mount(8), bind: the read-only flag applies to the bind itself, and nothing is mounted below a controller, so no
    // writable submount remains; the controller's files (usage statistics) hold no credential.
    {
        name: "S11 pod-identity: root agent mounts /sys/fs/cgroup/memory readOnly (one controller mount)-rt81k",
        stack: "pod-identity",
        edit: r => hostMount(r, "cgmem81", "/sys/fs/cgroup/memory", { readOnly: true }),
    },
    // RBAC matches `*/sub` only (rbac ResourceMatches; PolicyRule.resources documents "*/foo" and "*"); "pods/*" is a
    // literal resource name no request carries, so this grants nothing.
    {
        name: "S12 pod-identity: auditor may create pods/* in validators (not a wildcard)-rt81k",
        stack: "pod-identity",
        edit: r => grant(r, "podstar81", [{ apiGroups: [""], resources: ["pods/*"], verbs: ["create"] }]),
    },
    // Kubernetes "API-initiated Eviction": a pods/eviction create deletes the pod (subject to PodDisruptionBudgets);
    // it reads nothing and runs nothing in it.
    {
        name: "S13 auditor may create pods/eviction in validators-rt81k",
        stack: "prod",
        edit: r => grant(r, "evict81", [{ apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] }]),
    },
    // The custody pod alone on its node data directory: no other pod mounts /data (Kubernetes "Volumes", hostPath).
    {
        name: "S14 custody pod keeps state in hostPath /data/cc, no other pod mounts it-rt81k",
        stack: "prod",
        edit: r => custodyWithData(r),
    },
    // VolumeMount.recursiveReadOnly Enabled: "otherwise the pod will not be started", so every submount of /sys is
    // read-only when the pod runs at all.
    {
        name: "S1 root agent mounts /sys readOnly with recursiveReadOnly Enabled-rt81k",
        stack: "prod",
        edit: r => hostMount(r, "sysrro81", "/sys", { readOnly: true, recursiveReadOnly: "Enabled" }),
    },
    // /etc/machine-id (machine-id(5)): an identifier, no credential; read-only, a file has no submounts.
    {
        name: "S2 pod-identity: agent mounts /etc/machine-id readOnly-rt81k",
        stack: "pod-identity",
        edit: r => hostMount(r, "machineid81", "/etc/machine-id", { readOnly: true }),
    },
    // AWS Container Insights Fluent Bit DaemonSet mounts /var/log/containers read-only (EKS user guide, "Set up Fluent
    // Bit as a DaemonSet"): nothing is written, the kubelet's symlink trick needs a write.
    {
        name: "S3 log shipper mounts /var/log/containers readOnly-rt81k",
        stack: "prod",
        edit: r => hostMount(r, "varlogc81", "/var/log/containers", { readOnly: true }),
    },
    // An unprivileged host port no node agent listens on (8080): only connections to it reach the pod.
    {
        name: "S4 pod-identity: container takes hostPort 8080-rt81k",
        stack: "pod-identity",
        edit: r =>
            dep(r, "hp8080-81", { containers: [container({ ports: [{ containerPort: 8080, hostPort: 8080 }] })] }),
    },
    // Pod Security Standards, Baseline, "Capabilities": NET_BIND_SERVICE is in the allowed set (Restricted too).
    {
        name: "S5 container adds NET_BIND_SERVICE-rt81k",
        stack: "prod",
        edit: r =>
            dep(r, "nbs81", {
                containers: [container({}, { capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } })],
            }),
    },
    // Pod Security Standards, Baseline, "Sysctls": net.ipv4.ip_local_port_range is in the safe, namespaced set.
    {
        name: "S6 pod-identity: pod sysctl net.ipv4.ip_local_port_range-rt81k",
        stack: "pod-identity",
        edit: r =>
            dep(r, "portrange81", {
                securityContext: { sysctls: [{ name: "net.ipv4.ip_local_port_range", value: "1024 65000" }] },
            }),
    },
    // Pod Security Standards, Baseline, "SELinux": only type (from the container set), user and role are restricted;
    // level (the MCS categories) is free and only narrows what the container may touch.
    {
        name: "S7 pod seLinuxOptions level s0:c123,c456 only-rt81k",
        stack: "prod",
        edit: r => dep(r, "selevel81", { securityContext: { seLinuxOptions: { level: "s0:c123,c456" } } }),
    },
    // pods/log is read-only output (Kubernetes "RBAC Good Practices" lists exec/attach, not log, among escalations).
    {
        name: "S8 pod-identity: auditor may get pods and pods/log in validators-rt81k",
        stack: "pod-identity",
        edit: r => grant(r, "podlog81", [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] }]),
    },
    // seccomp RuntimeDefault on an ephemeral container (Pod Security Standards, Restricted, "Seccomp").
    {
        name: "S9 Pod with an ephemeral container seccomp RuntimeDefault-rt81k",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:core/v1:Pod", "eph81s-pod", {
                apiVersion: "v1",
                kind: "Pod",
                metadata: { name: "eph81s", namespace: "team-a" },
                spec: { containers: [container()], ephemeralContainers: [container({ name: "debug" })] },
            }),
    },
    // /sys/fs/cgroup readOnly with recursiveReadOnly Enabled: every controller mount read-only, or no pod.
    {
        name: "S10 pod-identity: agent mounts /sys/fs/cgroup readOnly with recursiveReadOnly Enabled-rt81k",
        stack: "pod-identity",
        edit: r => hostMount(r, "cgrro81", "/sys/fs/cgroup", { readOnly: true, recursiveReadOnly: "Enabled" }),
    },
    // ---- Round 81 fix neighbours (secure).
    // Class 1: recursiveReadOnly Enabled on /sys/kernel: every submount read-only, or the pod does not start
    // (VolumeMount.recursiveReadOnly).
    {
        name: "S1b pod-identity: root agent mounts /sys/kernel readOnly with recursiveReadOnly Enabled-fix81",
        stack: "pod-identity",
        edit: r => hostMount(r, "kernrro81", "/sys/kernel", { readOnly: true, recursiveReadOnly: "Enabled" }),
    },
    // Class 2: one cgroup v1 controller's own mount (cpu,cpuacct is one cgroupfs mount): nothing below it.
    {
        name: "S11b root agent mounts /sys/fs/cgroup/cpu,cpuacct readOnly (one controller mount)-fix81",
        stack: "prod",
        edit: r => hostMount(r, "cgcpu81", "/sys/fs/cgroup/cpu,cpuacct", { readOnly: true }),
    },
    // Class 3: the SPIFFE Workload API socket (spiffe/helm-charts spire-agent: /run/spire/agent-sockets) and the
    // kubelet's read-only PodResources socket (Kubernetes "Monitor Node Resources": /var/lib/kubelet/pod-resources).
    {
        name: "S17 pod-identity: workload mounts /run/spire/agent-sockets/spire-agent.sock readOnly-fix81",
        stack: "pod-identity",
        edit: r =>
            hostMount(r, "spiresock81", "/run/spire/agent-sockets/spire-agent.sock", { readOnly: true }, c =>
                container(c),
            ),
    },
    {
        name: "S18 agent mounts /var/lib/kubelet/pod-resources/kubelet.sock readOnly-fix81",
        stack: "prod",
        edit: r =>
            hostMount(r, "podres81", "/var/lib/kubelet/pod-resources/kubelet.sock", { readOnly: true }, c =>
                container(c),
            ),
    },
    // Class 4: a Windows data directory (C:\data, the node-local data directory /data) written by a hardened
    // container: mapped onto the same data directories as a Linux one.
    {
        name: "S19 Windows pod writes hostPath C:\\data\\app81-fix81",
        stack: "prod",
        edit: r =>
            dep(r, "windata81", {
                nodeSelector: { "kubernetes.io/os": "windows" },
                volumes: [{ name: "data", hostPath: { path: "C:\\data\\app81" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "C:/data" }] })],
            }),
    },
    // Class 7: a team-a pod writing a sibling node directory (/data/other81) shares nothing with /data/cc.
    {
        name: "S14b pod-identity: custody pod writes hostPath /data/cc + team-a pod writes /data/other81-fix81",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            hostMount(r, "dataother81", "/data/other81", {}, c => container(c));
        },
    },
    // Class 7: both pods read the same node directory and neither writes it: nothing of either is there.
    {
        name: "S14c custody pod and team-a pod both read hostPath /data/ref81 read-only-fix81",
        stack: "prod",
        edit: r => {
            custodyPod(r, "ccref81", {
                volumes: [{ name: "ref", hostPath: { path: "/data/ref81" } }],
                containers: [container({ volumeMounts: [{ name: "ref", mountPath: "/ref", readOnly: true }] })],
            });
            hostMount(r, "refro81", "/data/ref81", { readOnly: true }, c => container(c));
        },
    },
    // Class 8: reading the custody pod's ConfigMap writes nothing (get/list/watch).
    {
        name: "S15b pod-identity: custody pod envFrom cc-env81 + auditor may get/list/watch configmaps in validators-fix81",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r);
            grant(r, "cmread81", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }]);
        },
    },
    // Class 8: create of ConfigMaps beside a declared cc-env81: a create of an existing name fails (AlreadyExists,
    // Kubernetes API "Create"), and no update, patch or delete is granted.
    {
        name: "S15c custody pod envFrom declared cc-env81 + auditor may create configmaps in validators-fix81",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r);
            grant(r, "cmcreate81", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create"] }]);
        },
    },
];

describeVariants("red team 81 (k8s): workload specs and pod subresources", insecure, secure);
