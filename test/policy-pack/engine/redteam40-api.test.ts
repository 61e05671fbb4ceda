// Red-team round 40 on the Kubernetes/EKS API level (fresh eyes): raw block volumes (volumeMode Block, volumeDevices)
// on node devices and pre-bound claim templates, a namesake of the runtime ServiceAccount in another
// namespace, ExternalName Services and in-place resize in Pod Identity stacks.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { k8s, restricted, serviceAccount } from "./variantBuilders";

const PV = "kubernetes:core/v1:PersistentVolume";
const PVC = "kubernetes:core/v1:PersistentVolumeClaim";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const STS = "kubernetes:apps/v1:StatefulSet";

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const nodeAffinity = {
    nodeAffinity: {
        required: {
            nodeSelectorTerms: [
                {
                    matchExpressions: [
                        {
                            key: "kubernetes.io/hostname",
                            operator: "In",
                            values: ["ip-10-0-2-7.eu-west-1.compute.internal"],
                        },
                    ],
                },
            ],
        },
    },
};

/** A restricted container of `name`. */
const container = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    image: `registry.example.com/${name}:1.0.0`,
    securityContext: restricted,
    ...extra,
});

/** A restricted Deployment `name` in `ns` running as ServiceAccount `sa`, with extra pod fields. */
function deployment(
    r: Resources,
    ns: string,
    name: string,
    sa: string,
    c: Record<string, unknown> = {},
    pod: Record<string, unknown> = {},
): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [container(name, c)],
                    ...pod,
                },
            },
        },
    });
}

/** A `local` block PersistentVolume on the node device `path`, its claim in tools and a pod using it raw. */
function blockVolume(r: Resources, name: string, path: string): void {
    k8s(r, PV, name, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "80Gi" },
            volumeMode: "Block",
            accessModes: ["ReadWriteOnce"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "local-block",
            local: { path },
            claimRef: { namespace: "tools", name },
            ...nodeAffinity,
        },
    });
    k8s(r, PVC, `${name}-claim`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name, namespace: "tools" },
        spec: {
            accessModes: ["ReadWriteOnce"],
            volumeMode: "Block",
            storageClassName: "local-block",
            volumeName: name,
            resources: { requests: { storage: "80Gi" } },
        },
    });
    serviceAccount(r, "tools", `${name}-reader`);
    deployment(
        r,
        "tools",
        `${name}-reader`,
        `${name}-reader`,
        { volumeDevices: [{ name: "disk", devicePath: "/dev/xvdz" }] },
        { volumes: [{ name: "disk", persistentVolumeClaim: { claimName: name } }] },
    );
}

const insecure: Case[] = [
    // Kubernetes "Persistent Volumes", "Raw Block Volume Support" / "Volumes", local: a `local` PersistentVolume with
    // volumeMode Block maps the node's block device at spec.local.path into the claimant's container (the kubelet adds
    // it to the container's device cgroup), so a restricted pod reads and writes the node's root disk raw: the
    // kubelet's client certificate and kubeconfig (/var/lib/kubelet), other pods' projected tokens. /dev/nvme0n1 is
    // the root EBS volume on Nitro instances (EC2 "Amazon EBS and NVMe").
    {
        name: "a local Block PersistentVolume on the node's root device /dev/nvme0n1, claimed in tools and used through volumeDevices",
        stack: "prod",
        edit: r => blockVolume(r, "rootdisk", "/dev/nvme0n1"),
        refused: /rootdisk|nvme0n1|\/dev/,
    },
    // The same device by its stable udev name (a symlink to /dev/nvme0n1 on Nitro: EC2 "Amazon EBS and NVMe",
    // /dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol...), Pod Identity stack.
    {
        name: "a local Block PersistentVolume on /dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0abc (the node's root volume by id), Pod Identity stack",
        stack: "pod-identity",
        edit: r => blockVolume(r, "rootbyid", "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0abc1234def567890"),
        refused: /rootbyid|\/dev\/disk/,
    },
    // The root partition rather than the disk (AL2023 root is /dev/nvme0n1p1): the same data, a filesystem to mount.
    {
        name: "a local Block PersistentVolume on the root partition /dev/nvme0n1p1, trust-domain stack",
        stack: "trust-domain",
        edit: r => blockVolume(r, "rootpart", "/dev/nvme0n1p1"),
        refused: /rootpart|nvme0n1p1|\/dev/,
    },
    // A `local` Filesystem PersistentVolume on the node's /dev: every device node of the host, the root disk's
    // included, under the mount (read-write, as a root container's hostPath /dev would be).
    {
        name: "a local (Filesystem) PersistentVolume on the node's /dev, claimed in tools",
        stack: "prod",
        edit: r => {
            k8s(r, PV, "devfs", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: "devfs" },
                spec: {
                    capacity: { storage: "1Gi" },
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "local-block",
                    local: { path: "/dev" },
                    claimRef: { namespace: "tools", name: "devfs" },
                    ...nodeAffinity,
                },
            });
        },
        refused: /devfs|\/dev/,
    },
    // Kubernetes API LocalVolumeSource: path "can be either a directory or block device"; fsType "applies only when the
    // Path is a block device". A `local` PersistentVolume whose path is a block device and whose volumeMode is
    // Filesystem (the default) is formatted if blank and mounted by the kubelet: the node's root filesystem, mounted
    // read-write a second time into the claimant's pod.
    {
        name: "a local PersistentVolume (volumeMode Filesystem, the default) on the block device /dev/nvme0n1p1, claimed in tools",
        stack: "pod-identity",
        edit: r =>
            k8s(r, PV, "rootfs", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: "rootfs" },
                spec: {
                    capacity: { storage: "80Gi" },
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "local-block",
                    local: { path: "/dev/nvme0n1p1", fsType: "xfs" },
                    claimRef: { namespace: "tools", name: "rootfs" },
                    ...nodeAffinity,
                },
            }),
        refused: /rootfs|nvme0n1p1/,
    },
    // Round 29 refuses a PersistentVolumeClaim pre-bound (volumeName) to a PersistentVolume outside the stack; the same
    // claim made by the StatefulSet controller from a volumeClaimTemplate (Kubernetes "StatefulSets", "Stable
    // Storage": the claim is created from the template's spec) with Block mode.
    {
        name: "a StatefulSet in tools whose Block volumeClaimTemplate is pre-bound (volumeName) to a PersistentVolume outside the stack",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "rawcopy");
            k8s(r, STS, "tools-rawcopy", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "rawcopy", namespace: "tools" },
                spec: {
                    serviceName: "rawcopy",
                    replicas: 1,
                    selector: { matchLabels: { app: "rawcopy" } },
                    template: {
                        metadata: { labels: { app: "rawcopy" } },
                        spec: {
                            serviceAccountName: "rawcopy",
                            automountServiceAccountToken: false,
                            securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                            containers: [
                                container("rawcopy", { volumeDevices: [{ name: "disk", devicePath: "/dev/xvdz" }] }),
                            ],
                        },
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "disk" },
                            spec: {
                                accessModes: ["ReadWriteOnce"],
                                volumeMode: "Block",
                                storageClassName: "",
                                volumeName: "node-root-block",
                                resources: { requests: { storage: "80Gi" } },
                            },
                        },
                    ],
                },
            });
        },
        refused: /node-root-block/,
    },
    // The same as a generic ephemeral volume of a CronJob's pods (Kubernetes "Ephemeral Volumes", "Generic ephemeral
    // volumes": the claim is created from volumeClaimTemplate.spec, volumeName included).
    {
        name: "a CronJob in tools with a generic ephemeral Block volume pre-bound (volumeName) to a PersistentVolume outside the stack",
        stack: "trust-domain",
        edit: r => {
            serviceAccount(r, "tools", "nightly");
            k8s(r, "kubernetes:batch/v1:CronJob", "tools-nightly", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "nightly", namespace: "tools" },
                spec: {
                    schedule: "0 3 * * *",
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: {
                                    restartPolicy: "Never",
                                    serviceAccountName: "nightly",
                                    automountServiceAccountToken: false,
                                    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                                    containers: [
                                        container("nightly", {
                                            volumeDevices: [{ name: "disk", devicePath: "/dev/xvdz" }],
                                        }),
                                    ],
                                    volumes: [
                                        {
                                            name: "disk",
                                            ephemeral: {
                                                volumeClaimTemplate: {
                                                    spec: {
                                                        accessModes: ["ReadWriteOnce"],
                                                        volumeMode: "Block",
                                                        storageClassName: "",
                                                        volumeName: "node-root-block",
                                                        resources: { requests: { storage: "80Gi" } },
                                                    },
                                                },
                                            },
                                        },
                                    ],
                                },
                            },
                        },
                    },
                },
            });
        },
        refused: /node-root-block/,
    },
];

const secure: Case[] = [
    // A namesake: tools/containment-chamber is another ServiceAccount (IRSA trust and Pod Identity associations name
    // namespace AND name: EKS "Assign IAM roles to Kubernetes service accounts", system:serviceaccount:<ns>:<name>).
    {
        name: "a restricted Deployment in tools running as tools/containment-chamber (the runtime ServiceAccount's name, another namespace), Pod Identity stack",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "tools", "containment-chamber");
            deployment(r, "tools", "namesake", "containment-chamber");
        },
    },
    {
        name: "a restricted Deployment in tools running as tools/containment-chamber, IRSA stack",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "containment-chamber");
            deployment(r, "tools", "namesake", "containment-chamber");
        },
    },
    // Kubernetes "Service", type ExternalName: a CNAME in cluster DNS, no ClusterIP, no proxying, no endpoints.
    {
        name: "an ExternalName Service in tools pointing at a database host name, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:core/v1:Service", "tools-db", {
                apiVersion: "v1",
                kind: "Service",
                metadata: { name: "db", namespace: "tools" },
                spec: { type: "ExternalName", externalName: "reports.cluster-abc.eu-west-1.rds.amazonaws.com" },
            }),
    },
    // Kubernetes "Resize CPU and Memory Resources assigned to Containers": resizePolicy per resource.
    {
        name: "a restricted Deployment in tools with resizePolicy (in-place resize) and resource requests/limits",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "reporter");
            deployment(r, "tools", "reporter", "reporter", {
                resizePolicy: [
                    { resourceName: "cpu", restartPolicy: "NotRequired" },
                    { resourceName: "memory", restartPolicy: "RestartContainer" },
                ],
                resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
            });
        },
    },
    // A raw block EBS volume (gp3 StorageClass of the stack, ebs.csi.aws.com) for a database in tools: Kubernetes
    // "Persistent Volumes", "Raw Block Volume Support"; the EBS CSI driver supports volumeMode Block.
    {
        name: "a gp3 StorageClass and a restricted StatefulSet in tools with a Block volumeClaimTemplate used through volumeDevices",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:storage.k8s.io/v1:StorageClass", "gp3", {
                apiVersion: "storage.k8s.io/v1",
                kind: "StorageClass",
                metadata: { name: "gp3" },
                provisioner: "ebs.csi.aws.com",
                parameters: { type: "gp3", encrypted: "true" },
                volumeBindingMode: "WaitForFirstConsumer",
                reclaimPolicy: "Delete",
            });
            serviceAccount(r, "tools", "rawdb");
            k8s(r, STS, "tools-rawdb", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "rawdb", namespace: "tools" },
                spec: {
                    serviceName: "rawdb",
                    replicas: 1,
                    selector: { matchLabels: { app: "rawdb" } },
                    template: {
                        metadata: { labels: { app: "rawdb" } },
                        spec: {
                            serviceAccountName: "rawdb",
                            automountServiceAccountToken: false,
                            securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                            containers: [
                                container("rawdb", { volumeDevices: [{ name: "data", devicePath: "/dev/xvdb" }] }),
                            ],
                        },
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "data" },
                            spec: {
                                accessModes: ["ReadWriteOnce"],
                                volumeMode: "Block",
                                storageClassName: "gp3",
                                resources: { requests: { storage: "50Gi" } },
                            },
                        },
                    ],
                },
            });
        },
    },
    // Pod Security Standards Baseline allows seLinuxOptions.level and appArmorProfile RuntimeDefault/Localhost.
    {
        name: "a restricted Deployment in tools with appArmorProfile RuntimeDefault and an MCS seLinuxOptions.level, Pod Identity stack",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "tools", "labelled");
            deployment(
                r,
                "tools",
                "labelled",
                "labelled",
                {},
                {
                    securityContext: {
                        runAsNonRoot: true,
                        seccompProfile: { type: "RuntimeDefault" },
                        appArmorProfile: { type: "RuntimeDefault" },
                        seLinuxOptions: { level: "s0:c123,c456" },
                    },
                },
            );
        },
    },
    // A helper in the runtime namespace on that namespace's `default` ServiceAccount (not the runtime one: IRSA trust
    // and Pod Identity associations name the ServiceAccount), no token mounted, pod-level resources (Kubernetes
    // "Assign Pod-level CPU and memory resources").
    {
        name: "a restricted Deployment in validators on the namespace's default ServiceAccount with pod-level resources, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            deployment(
                r,
                "validators",
                "exporter",
                "default",
                {},
                { resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "128Mi" } } },
            ),
    },
];

describeStackCases("red-team 40: Kubernetes/EKS API level", insecure, secure);
