// Red-team round 85 on the Kubernetes/EKS API level (fresh eyes), probing the neighbours of round 84's storage and
// re-creation fixes (PVs bound by class/selector, local-path and efs-ap provisioned directories, StatefulSet claim
// templates, clones and snapshot restores, server-side-apply re-creation of immutable inputs).
// Probed: (X) generic ephemeral volumes (volumes[].ephemeral.volumeClaimTemplate) on shared-directory classes, bound by
// selector/no class/volumeName to an unreserved PV of the custody directory, cloning the custody claim, in a
// StatefulSet pod template; (I) an EFS file system reached by a declared mount target's IP address, its DNS name in
// upper case with a trailing dot, an inline CSI volume of the EFS driver; (R) re-creation by a named server-side apply
// of an undeclared optional input, of immutable inputs read through projected volumes, env secretKeyRef, an
// initContainer's configMapKeyRef, held by a team ServiceAccount, by an access entry's kubernetesGroups, by */* rules;
// (L) local-path literal patterns under nodePath, a default class, two classes of one nodePath; (U) claim templates
// and selectors Exists/NotIn on unreserved PVs; (C) clones of StatefulSet claims, dataSourceRef apiGroup "", a
// VolumeSnapshotContent whose source.volumeHandle is the custody EBS volume, a second PV of that handle; (E) a team
// efs-ap class whose access point root holds the custody basePath; (H) hostPath spellings and subPath; (P) pods
// created by a named server-side apply; (W) mutating webhooks, an Argo Workflow's volumes; (N) local PVs pinned to
// different nodes.
// Secure neighbours: EBS and namespaced-pattern ephemeral volumes, another address, delete/update/create without
// patch, patch/create of another name, DoesNotExist selectors, a clone of the team's own StatefulSet claim, sibling
// directories, a validating webhook, an EFS inline CSI volume (the driver's CSIDriver declares no Ephemeral mode),
// ephemeral volumeName of another directory, local-path classes of different nodePaths, efs-ap basePath siblings,
// local PVs of one path on two nodes.
// Misses (10 insecure accepted, 1 secure refused):
// - class X (generic ephemeral volumes never read as claims; podStorage.ts podStorageMounts/stackClaims/boundVolumes/
//   provisionedStorages/podCopiedStorages read only persistentVolumeClaim volumes and StatefulSet templates): X1, X2,
//   X3, X4, X5, X6, X7.
// - class I (an EFS mount target's IP address is another NFS server; podStorage.ts nfsSpace): I1, I2.
// - class C (a snapshot pre-provisioned from a cluster-scoped VolumeSnapshotContent read as a copy of the snapshot's
//   namespace only; podStorage.ts claimCopySource): C3.
// - secure refused, class N (local PVs of one path on different nodes share the one "node" space; podStorage.ts
//   volumeSourceStorage/storagesOverlap): S15.
// Held: 23 of 33 insecure refused (I3, R1-R6, L1-L3, U1-U3, C1, C2, C4, H1, H2, W1, W2, P1, P2, E1); 14 of 15 secure
// clean.
import { describeVariants, StackCase } from "./support";
import { aws, k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";

type R = Parameters<StackCase["edit"]>[0];

/** A hardened container (restricted profile) with these extra fields. */
const container = (extra: Record<string, unknown> = {}) => ({
    name: "app",
    image: "registry.example.com/app:1.0",
    securityContext: {
        allowPrivilegeEscalation: false,
        runAsNonRoot: true,
        runAsUser: 65532,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
    },
    ...extra,
});

/** A root container (the image's default user), as node agents usually run. */
const rootContainer = (extra: Record<string, unknown> = {}) => ({
    name: "agent",
    image: "registry.example.com/agent:1.0",
    ...extra,
});

/** A Deployment in `ns` running as ServiceAccount `sa` with these pod spec fields. */
const deployment = (r: R, name: string, ns: string, sa: string, spec: Record<string, unknown>) =>
    k8s(r, "kubernetes:apps/v1:Deployment", `${name}-dep`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: { serviceAccountName: sa, containers: [container()], ...spec },
            },
        },
    });

/** A team-a Deployment (ServiceAccount default). */
const dep = (r: R, name: string, spec: Record<string, unknown>) => deployment(r, name, "team-a", "default", spec);

/** The custody Deployment (validators, containment-chamber). */
const custodyPod = (r: R, name: string, spec: Record<string, unknown>) =>
    deployment(r, name, "validators", "containment-chamber", spec);

/** A Deployment whose root container mounts hostPath `path` at /host with these mount fields. */
const hostMount = (r: R, name: string, path: string, mount: Record<string, unknown> = {}) =>
    dep(r, name, {
        volumes: [{ name: "host", hostPath: { path } }],
        containers: [rootContainer({ volumeMounts: [{ name: "host", mountPath: "/host", ...mount }] })],
    });

/** The custody pod keeps its state in hostPath /data/cc (read-write). */
const custodyWithData = (r: R) =>
    custodyPod(r, "cc85", {
        volumes: [{ name: "state", hostPath: { path: "/data/cc", type: "DirectoryOrCreate" } }],
        containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
    });

/** A Role in `ns` with these rules bound to User `user`. */
const grant = (r: R, name: string, rules: unknown[], ns = "validators", user = "auditor") => {
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
        subjects: [{ kind: "User", apiGroup: RBAC, name: user }],
    });
};

/** A declared ConfigMap or Secret in validators (immutable or not) the custody pod takes its environment from. */
const custodyWithInput = (r: R, kind: "ConfigMap" | "Secret", name: string, immutable: boolean) => {
    k8s(r, `kubernetes:core/v1:${kind}`, `${name}-obj`, {
        apiVersion: "v1",
        kind,
        metadata: { name, namespace: "validators" },
        ...(kind === "ConfigMap" ? { data: { LOG_LEVEL: "info" } } : { stringData: { API_URL: "https://signer" } }),
        ...(immutable ? { immutable: true } : {}),
    });
    const ref = kind === "ConfigMap" ? { configMapRef: { name } } : { secretRef: { name } };
    custodyPod(r, `${name}-pod`, { containers: [container({ envFrom: [ref] })] });
};

const rule = (resource: string, verbs: string[], resourceNames?: string[]) => ({
    apiGroups: [""],
    resources: [resource],
    verbs,
    ...(resourceNames ? { resourceNames } : {}),
});

/** A pod spec mounting claim `claim` at /state (read-only or not). */
const claimMount = (claim: string, readOnly = false) => ({
    volumes: [{ name: "state", persistentVolumeClaim: { claimName: claim } }],
    containers: [
        container({ volumeMounts: [{ name: "state", mountPath: "/state", ...(readOnly ? { readOnly } : {}) }] }),
    ],
});

/** A PersistentVolumeClaim `ns`/`name` on class `sc` (no volumeName: the binder or a provisioner fills it). */
const claim = (r: R, name: string, ns: string, sc: string, extra: Record<string, unknown> = {}) =>
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-${ns}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name, namespace: ns },
        spec: {
            accessModes: ["ReadWriteOnce"],
            storageClassName: sc,
            resources: { requests: { storage: "1Gi" } },
            ...extra,
        },
    });

/** A PersistentVolume `name` with this spec (capacity, access mode and reclaim policy filled in). */
const volume = (r: R, name: string, spec: Record<string, unknown>, labels?: Record<string, string>) =>
    k8s(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name, ...(labels ? { labels } : {}) },
        spec: {
            capacity: { storage: "1Gi" },
            accessModes: ["ReadWriteOnce"],
            persistentVolumeReclaimPolicy: "Retain",
            ...spec,
        },
    });

/** A StorageClass. */
const storageClass = (r: R, name: string, provisioner: string, parameters: Record<string, string>) =>
    k8s(r, "kubernetes:storage.k8s.io/v1:StorageClass", `${name}-sc`, {
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name },
        provisioner,
        parameters,
        reclaimPolicy: "Retain",
        volumeBindingMode: "WaitForFirstConsumer",
    });

/** The custody pod keeps its state in claim validators/`name` on class `sc`. */
const custodyOnClaim = (r: R, name: string, sc: string) => {
    claim(r, name, "validators", sc);
    custodyPod(r, `${name}-pod`, claimMount(name));
};

/** A StatefulSet `name` in `ns` (ServiceAccount `sa`) whose pods mount a claim of template `state` on class `sc`. */
const statefulSet = (r: R, name: string, ns: string, sa: string, sc: string) =>
    k8s(r, "kubernetes:apps/v1:StatefulSet", `${name}-${ns}-sts`, {
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name, namespace: ns },
        spec: {
            serviceName: name,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
                },
            },
            volumeClaimTemplates: [
                {
                    metadata: { name: "state" },
                    spec: {
                        accessModes: ["ReadWriteOnce"],
                        storageClassName: sc,
                        resources: { requests: { storage: "1Gi" } },
                    },
                },
            ],
        },
    });

/** An EKS access entry for platform-ops with one access policy at these namespaces (or the cluster). */
const accessPolicy = (r: R, id: string, policy: string, namespaces?: string[], groups?: string[]) => {
    aws(r, ENTRY, `ops-${id}`, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        type: "STANDARD",
        ...(groups ? { kubernetesGroups: groups } : {}),
    });
    if (policy !== "")
        aws(r, ASSOC, `ops-${id}-assoc`, {
            clusterName: "prod-validators",
            principalArn: OPS_ROLE,
            policyArn: `${POLICY}/${policy}`,
            accessScope: namespaces ? { type: "namespace", namespaces } : { type: "cluster" },
        });
};

/** A pod spec with a generic ephemeral volume `state` (Kubernetes "Ephemeral Volumes", Generic ephemeral volumes). */
const ephemeralMount = (template: Record<string, unknown>) => ({
    volumes: [
        {
            name: "state",
            ephemeral: {
                volumeClaimTemplate: {
                    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, ...template },
                },
            },
        },
    ],
    containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
});

/** An EFS mount target of fs-0a1b2c3d with a fixed private address. */
const mountTarget = (r: R, ip: string) =>
    aws(r, "aws:efs/mountTarget:MountTarget", "cc-efs-mt85", {
        fileSystemId: "fs-0a1b2c3d",
        subnetId: "subnet-0aa85",
        ipAddress: ip,
    });

/** The custody pod on a static EFS PV (csi handle `handle`) through claim validators/cc-efs85. */
const custodyOnEfs = (r: R, handle: string) => {
    volume(r, "ccefs85", {
        storageClassName: "",
        accessModes: ["ReadWriteMany"],
        claimRef: { namespace: "validators", name: "cc-efs85" },
        csi: { driver: "efs.csi.aws.com", volumeHandle: handle },
    });
    claim(r, "cc-efs85", "validators", "", { volumeName: "ccefs85", accessModes: ["ReadWriteMany"] });
    custodyPod(r, "ccefs85", claimMount("cc-efs85"));
};

/** Round 86: an unknown value as a first preview sees it (the engine's sentinel). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Round 86: a Deployment of team-a mounting inline NFS export `server`:/ writable. */
const nfsPod = (r: R, name: string, server: string) =>
    dep(r, name, {
        volumes: [{ name: "efs", nfs: { server, path: "/" } }],
        containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
    });

/** Round 86: a PV node affinity requiring kubernetes.io/hostname In `hosts` (one term per entry). */
const onNodes = (...terms: string[][]) => ({
    required: {
        nodeSelectorTerms: terms.map(values => ({
            matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values }],
        })),
    },
});
const NODE_A = "ip-10-0-1-10.eu-west-1.compute.internal";
const NODE_B = "ip-10-0-2-20.eu-west-1.compute.internal";
const NODE_C = "ip-10-0-3-30.eu-west-1.compute.internal";

/** Round 86: the custody pod on local PV /mnt/disks/cc pinned to NODE_A; team-a on a PV `source` with `affinity`. */
const localPair = (r: R, source: Record<string, unknown>, affinity?: unknown) => {
    volume(r, "cclocal86", {
        storageClassName: "local86",
        claimRef: { namespace: "validators", name: "cc-local86" },
        local: { path: "/mnt/disks/cc" },
        nodeAffinity: onNodes([NODE_A]),
    });
    claim(r, "cc-local86", "validators", "local86", { volumeName: "cclocal86" });
    custodyPod(r, "cclocal86", claimMount("cc-local86"));
    volume(r, "teamlocal86", {
        storageClassName: "local86",
        claimRef: { namespace: "team-a", name: "team-local86" },
        ...source,
        ...(affinity ? { nodeAffinity: affinity } : {}),
    });
    claim(r, "team-local86", "team-a", "local86", { volumeName: "teamlocal86" });
    dep(r, "teamlocal86", claimMount("team-local86"));
};

/**
 * Round 86: the custody pod on static EBS PV vol-0cc85…; team-a restores VolumeSnapshot grab-snap86 bound to
 * VolumeSnapshotContent grab-content86 of source `source` (not declared when undefined).
 */
const restoreFromContent = (r: R, source?: Record<string, unknown>) => {
    volume(r, "ccebs86", {
        storageClassName: "",
        claimRef: { namespace: "validators", name: "cc-ebs86" },
        csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0cc86cc86cc86cc86", fsType: "ext4" },
    });
    claim(r, "cc-ebs86", "validators", "", { volumeName: "ccebs86" });
    custodyPod(r, "ccebs86", claimMount("cc-ebs86"));
    if (source)
        k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotContent", "grabcontent86", {
            apiVersion: "snapshot.storage.k8s.io/v1",
            kind: "VolumeSnapshotContent",
            metadata: { name: "grab-content86" },
            spec: {
                deletionPolicy: "Retain",
                driver: "ebs.csi.aws.com",
                source,
                volumeSnapshotClassName: "ebs-snap",
                volumeSnapshotRef: { namespace: "team-a", name: "grab-snap86" },
            },
        });
    k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot", "grabsnap86", {
        apiVersion: "snapshot.storage.k8s.io/v1",
        kind: "VolumeSnapshot",
        metadata: { name: "grab-snap86", namespace: "team-a" },
        spec: { source: { volumeSnapshotContentName: "grab-content86" } },
    });
    storageClass(r, "gp3-86", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
    claim(r, "grab-restore86", "team-a", "gp3-86", {
        dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "grab-snap86" },
    });
    dep(r, "grabrestore86", claimMount("grab-restore86", true));
};

const insecure: StackCase[] = [
    // ---- Class X: generic ephemeral volumes. Kubernetes "Ephemeral Volumes", Generic ephemeral volumes: "the
    // ephemeral volume controller then creates the actual PVC object that holds the volume" from
    // volumeClaimTemplate.spec, bound and provisioned like any claim ("the volume is provisioned through the
    // StorageClass"), so a pod's ephemeral volume shares the class's directory or an unreserved PV exactly as a
    // declared claim does (round 83 classes L, U, E, C).
    // local-path with a literal pathPattern: every claim of the class gets /data/lp85/shared85 (rancher
    // local-path-provisioner README "Storage classes"; `mkdir -p` reuses it): team-a writes the custody state.
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X, a pod's generic ephemeral volume is never read as a claim of its
    // class. podStorage.ts podStorageMounts reads only volumes[].persistentVolumeClaim, inline nfs and a StatefulSet's
    // volumeClaimTemplates (stackClaims/boundVolumes/provisionedStorages never see volumes[].ephemeral), and
    // podCopiedStorages only persistentVolumeClaim claimNames; kubernetes.ts claimSpecsOf reads ephemeral templates for
    // pre-bound volumeNames only. Fix: make every claim spec a pod makes (claimSpecsOf: declared claims, claim
    // templates, ephemeral.volumeClaimTemplate named <pod>-<volume>, any name for a controller's pods) one list that
    // stackClaims, boundVolumes, provisionedStorages and copiedStorages all read.
    {
        name: "X1 custody claim on local-path class pattern shared85 + team-a pod ephemeral volume on the same class-rt85k",
        stack: "prod",
        edit: r => {
            storageClass(r, "lp85", "rancher.io/local-path", { nodePath: "/data/lp85", pathPattern: "shared85" });
            custodyOnClaim(r, "cc-state85", "lp85");
            dep(r, "eph85", ephemeralMount({ storageClassName: "lp85" }));
        },
    },
    // An unreserved PV of /data/cc whose labels the ephemeral claim's selector matches ("Persistent Volumes",
    // Selector): the binder may give team-a the custody directory.
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X, a pod's generic ephemeral volume is never read as a claim of its
    // class. podStorage.ts podStorageMounts reads only volumes[].persistentVolumeClaim, inline nfs and a StatefulSet's
    // volumeClaimTemplates (stackClaims/boundVolumes/provisionedStorages never see volumes[].ephemeral), and
    // podCopiedStorages only persistentVolumeClaim claimNames; kubernetes.ts claimSpecsOf reads ephemeral templates for
    // pre-bound volumeNames only. Fix: make every claim spec a pod makes (claimSpecsOf: declared claims, claim
    // templates, ephemeral.volumeClaimTemplate named <pod>-<volume>, any name for a controller's pods) one list that
    // stackClaims, boundVolumes, provisionedStorages and copiedStorages all read.
    {
        name: "X2 pod-identity: custody hostPath /data/cc + unbound local PV /data/cc tier=cc85 + team-a ephemeral volume selecting it-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            volume(r, "cclabel85", { storageClassName: "", local: { path: "/data/cc" } }, { tier: "cc85" });
            dep(r, "ephsel85", ephemeralMount({ storageClassName: "", selector: { matchLabels: { tier: "cc85" } } }));
        },
    },
    // A clone of the custody claim (Kubernetes "CSI Volume Cloning": dataSource a PVC of the same namespace) made
    // by an ephemeral volume of another validators ServiceAccount's pod: it reads the custody state.
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X, a pod's generic ephemeral volume is never read as a claim of its
    // class. podStorage.ts podStorageMounts reads only volumes[].persistentVolumeClaim, inline nfs and a StatefulSet's
    // volumeClaimTemplates (stackClaims/boundVolumes/provisionedStorages never see volumes[].ephemeral), and
    // podCopiedStorages only persistentVolumeClaim claimNames; kubernetes.ts claimSpecsOf reads ephemeral templates for
    // pre-bound volumeNames only. Fix: make every claim spec a pod makes (claimSpecsOf: declared claims, claim
    // templates, ephemeral.volumeClaimTemplate named <pod>-<volume>, any name for a controller's pods) one list that
    // stackClaims, boundVolumes, provisionedStorages and copiedStorages all read.
    {
        name: "X3 custody claim cc-state85 (gp3) + validators pod (SA default) ephemeral volume cloning it-rt85k",
        stack: "prod",
        edit: r => {
            storageClass(r, "gp3-85", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state85", "gp3-85");
            deployment(
                r,
                "ephclone85",
                "validators",
                "default",
                ephemeralMount({
                    storageClassName: "gp3-85",
                    dataSource: { kind: "PersistentVolumeClaim", name: "cc-state85" },
                }),
            );
        },
    },
    // efs-ap class, literal subPathPattern and ensureUniqueDirectory false (aws-efs-csi-driver dynamic provisioning
    // README: "it's possible that 2 pods could end up writing to the same directory").
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X, a pod's generic ephemeral volume is never read as a claim of its
    // class. podStorage.ts podStorageMounts reads only volumes[].persistentVolumeClaim, inline nfs and a StatefulSet's
    // volumeClaimTemplates (stackClaims/boundVolumes/provisionedStorages never see volumes[].ephemeral), and
    // podCopiedStorages only persistentVolumeClaim claimNames; kubernetes.ts claimSpecsOf reads ephemeral templates for
    // pre-bound volumeNames only. Fix: make every claim spec a pod makes (claimSpecsOf: declared claims, claim
    // templates, ephemeral.volumeClaimTemplate named <pod>-<volume>, any name for a controller's pods) one list that
    // stackClaims, boundVolumes, provisionedStorages and copiedStorages all read.
    {
        name: "X4 pod-identity: custody claim on efs-ap class subPathPattern shared85, unique false + team-a ephemeral volume on it-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "efs85", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/dynamic",
                subPathPattern: "shared85",
                ensureUniqueDirectory: "false",
            });
            custodyOnClaim(r, "cc-state85", "efs85");
            dep(r, "ephefs85", ephemeralMount({ storageClassName: "efs85", accessModes: ["ReadWriteMany"] }));
        },
    },
    // An unreserved PV of /data/cc with no class and an ephemeral claim naming no class (U1's neighbour).
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X, a pod's generic ephemeral volume is never read as a claim of its
    // class. podStorage.ts podStorageMounts reads only volumes[].persistentVolumeClaim, inline nfs and a StatefulSet's
    // volumeClaimTemplates (stackClaims/boundVolumes/provisionedStorages never see volumes[].ephemeral), and
    // podCopiedStorages only persistentVolumeClaim claimNames; kubernetes.ts claimSpecsOf reads ephemeral templates for
    // pre-bound volumeNames only. Fix: make every claim spec a pod makes (claimSpecsOf: declared claims, claim
    // templates, ephemeral.volumeClaimTemplate named <pod>-<volume>, any name for a controller's pods) one list that
    // stackClaims, boundVolumes, provisionedStorages and copiedStorages all read.
    {
        name: "X5 custody hostPath /data/cc + unbound PV hostPath /data/cc (no class) + team-a ephemeral volume naming no class-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "noclass85", { hostPath: { path: "/data/cc", type: "Directory" } });
            dep(r, "ephnone85", ephemeralMount({}));
        },
    },
    // A StatefulSet pod template's ephemeral volume on the literal-pattern local-path class.
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X, a pod's generic ephemeral volume is never read as a claim of its
    // class. podStorage.ts podStorageMounts reads only volumes[].persistentVolumeClaim, inline nfs and a StatefulSet's
    // volumeClaimTemplates (stackClaims/boundVolumes/provisionedStorages never see volumes[].ephemeral), and
    // podCopiedStorages only persistentVolumeClaim claimNames; kubernetes.ts claimSpecsOf reads ephemeral templates for
    // pre-bound volumeNames only. Fix: make every claim spec a pod makes (claimSpecsOf: declared claims, claim
    // templates, ephemeral.volumeClaimTemplate named <pod>-<volume>, any name for a controller's pods) one list that
    // stackClaims, boundVolumes, provisionedStorages and copiedStorages all read.
    {
        name: "X6 pod-identity: custody StatefulSet on local-path pattern shared85 + team-a StatefulSet pod ephemeral volume on it-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lp85", "rancher.io/local-path", { nodePath: "/data/lp85", pathPattern: "shared85" });
            statefulSet(r, "ccsts85", "validators", "containment-chamber", "lp85");
            k8s(r, "kubernetes:apps/v1:StatefulSet", "ephsts85-sts", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "ephsts85", namespace: "team-a" },
                spec: {
                    serviceName: "ephsts85",
                    selector: { matchLabels: { app: "ephsts85" } },
                    template: {
                        metadata: { labels: { app: "ephsts85" } },
                        spec: { serviceAccountName: "default", ...ephemeralMount({ storageClassName: "lp85" }) },
                    },
                },
            });
        },
    },
    // ---- Class I: an EFS file system reached by a mount target's IP address. EFS user guide "Mounting on Amazon
    // EC2 with an IP address": `mount -t nfs4 ... mount-target-IP:/ efs`; the aws:efs/mountTarget resource's
    // ipAddress is that address, so nfs server 10.0.85.25 is fs-0a1b2c3d's root, holding the custody access point.
    // Was a MISS (fixed in round 86): insecure accepted (got []): class I, an EFS file system reached by a declared mount target's IP address.
    // podStorage.ts nfsSpace maps only EFS DNS names (EFS_DNS_NAME) to the file system's space; an IP address is
    // `nfs <ip>`, another space. Fix: map an NFS server equal to the ipAddress (or a mount target's DNS/ENI address) of
    // an aws:efs/mountTarget of the stack to its fileSystemId's space; fail closed (any EFS space) for a literal
    // private address the stack cannot attribute when the stack holds custody storage on EFS.
    {
        name: "I1 custody EFS PV fs-0a1b2c3d::fsap-cc + declared mount target 10.0.85.25 + team-a inline nfs 10.0.85.25:/-rt85k",
        stack: "prod",
        edit: r => {
            mountTarget(r, "10.0.85.25");
            custodyOnEfs(r, "fs-0a1b2c3d::fsap-cc");
            dep(r, "nfsip85", {
                volumes: [{ name: "efs", nfs: { server: "10.0.85.25", path: "/" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // Was a MISS (fixed in round 86): insecure accepted (got []): class I, an EFS file system reached by a declared mount target's IP address.
    // podStorage.ts nfsSpace maps only EFS DNS names (EFS_DNS_NAME) to the file system's space; an IP address is
    // `nfs <ip>`, another space. Fix: map an NFS server equal to the ipAddress (or a mount target's DNS/ENI address) of
    // an aws:efs/mountTarget of the stack to its fileSystemId's space; fail closed (any EFS space) for a literal
    // private address the stack cannot attribute when the stack holds custody storage on EFS.
    {
        name: "I2 pod-identity: custody EFS PV fs-0a1b2c3d + declared mount target 10.0.85.25 + team-a PV nfs 10.0.85.25:/ bound to a team-a claim-rt85k",
        stack: "pod-identity",
        edit: r => {
            mountTarget(r, "10.0.85.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            volume(r, "teamnfs85", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "team-a", name: "team-nfs85" },
                nfs: { server: "10.0.85.25", path: "/" },
            });
            claim(r, "team-nfs85", "team-a", "", { volumeName: "teamnfs85", accessModes: ["ReadWriteMany"] });
            dep(r, "teamnfs85", claimMount("team-nfs85"));
        },
    },
    // The file system's DNS name in upper case with a trailing dot (DNS names are case-insensitive, RFC 4343; the
    // root's trailing dot is the same name).
    {
        name: "I3 custody EFS PV fs-0a1b2c3d + team-a inline nfs FS-0A1B2C3D.EFS.EU-WEST-1.AMAZONAWS.COM.:/-rt85k",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            dep(r, "nfsupper85", {
                volumes: [{ name: "efs", nfs: { server: "FS-0A1B2C3D.EFS.EU-WEST-1.AMAZONAWS.COM.", path: "/" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // ---- Class R (round 84 re-creation fixes' neighbours). An input the custody pod reads that the stack does not
    // declare (envFrom optional: "Configure a Pod to use a ConfigMap": optional ones may be absent): a server-side
    // apply creates it by name (patch then create of that name, k8s.io/apiserver patch.go), no delete needed.
    {
        name: "R1 custody envFrom optional undeclared ConfigMap cc-opt85 + auditor may patch/create configmaps [cc-opt85]-rt85k",
        stack: "prod",
        edit: r => {
            custodyPod(r, "ccopt85", {
                containers: [container({ envFrom: [{ configMapRef: { name: "cc-opt85", optional: true } }] })],
            });
            grant(r, "ssaopt85", [rule("configmaps", ["patch", "create"], ["cc-opt85"])]);
        },
    },
    // A declared immutable ConfigMap read through a projected volume, re-created by delete + apply.
    {
        name: "R2 pod-identity: custody projected volume of declared immutable cc-proj85 + auditor delete/patch/create [cc-proj85]-rt85k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ConfigMap", "cc-proj85-obj", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "cc-proj85", namespace: "validators" },
                data: { "signer.url": "https://signer" },
                immutable: true,
            });
            custodyPod(r, "ccproj85", {
                volumes: [{ name: "cfg", projected: { sources: [{ configMap: { name: "cc-proj85" } }] } }],
                containers: [container({ volumeMounts: [{ name: "cfg", mountPath: "/etc/cc", readOnly: true }] })],
            });
            grant(r, "ssaproj85", [rule("configmaps", ["delete", "patch", "create"], ["cc-proj85"])]);
        },
    },
    // A declared immutable Secret read through env secretKeyRef, re-created by a team-a ServiceAccount bound in
    // validators (its pods' token holds it).
    {
        name: "R3 custody env secretKeyRef declared immutable cc-key85 + team-a SA default may delete/patch/create [cc-key85]-rt85k",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "cc-key85-obj", {
                apiVersion: "v1",
                kind: "Secret",
                metadata: { name: "cc-key85", namespace: "validators" },
                stringData: { url: "https://signer" },
                immutable: true,
            });
            custodyPod(r, "cckey85", {
                containers: [
                    container({
                        env: [{ name: "SIGNER_URL", valueFrom: { secretKeyRef: { name: "cc-key85", key: "url" } } }],
                    }),
                ],
            });
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "sakey85-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "sakey85", namespace: "validators" },
                rules: [rule("secrets", ["delete", "patch", "create"], ["cc-key85"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "sakey85-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "sakey85", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "sakey85" },
                subjects: [{ kind: "ServiceAccount", name: "default", namespace: "team-a" }],
            });
        },
    },
    // Access entry kubernetesGroups: platform-ops's group holds delete/patch/create of the immutable input.
    {
        name: "R4 pod-identity: custody envFrom declared immutable cc-env85 + access entry group cc-ops85 may delete/patch/create [cc-env85]-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env85", true);
            accessPolicy(r, "85g", "", undefined, ["cc-ops85"]);
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "grp85-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "grp85", namespace: "validators" },
                rules: [rule("configmaps", ["delete", "patch", "create"], ["cc-env85"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "grp85-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "grp85", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "grp85" },
                subjects: [{ kind: "Group", apiGroup: RBAC, name: "cc-ops85" }],
            });
        },
    },
    // apiGroups ["*"] and resources ["*"] with the name: a rule matching every resource of that name.
    {
        name: "R5 custody envFrom declared immutable cc-env85 + auditor verbs [delete,patch,create] on */* [cc-env85]-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env85", true);
            grant(r, "star85", [
                {
                    apiGroups: ["*"],
                    resources: ["*"],
                    verbs: ["delete", "patch", "create"],
                    resourceNames: ["cc-env85"],
                },
            ]);
        },
    },
    // The custody pod's initContainer reads the immutable ConfigMap through env configMapKeyRef.
    {
        name: "R6 pod-identity: custody initContainer env configMapKeyRef declared immutable cc-init85 + auditor delete/patch/create-rt85k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ConfigMap", "cc-init85-obj", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "cc-init85", namespace: "validators" },
                data: { cmd: "migrate" },
                immutable: true,
            });
            custodyPod(r, "ccinit85", {
                initContainers: [
                    container({
                        name: "init",
                        env: [{ name: "CMD", valueFrom: { configMapKeyRef: { name: "cc-init85", key: "cmd" } } }],
                    }),
                ],
            });
            grant(r, "ssainit85", [rule("configmaps", ["delete", "patch", "create"], ["cc-init85"])]);
        },
    },
    // ---- Class L/U neighbours (round 84 storage fixes).
    // local-path nodePath /data with pattern validators/{{ .PVC.Name }}: a team-a claim named cc-state85 renders
    // /data/validators/cc-state85 (provisioner.go filepath.Join(basePath, folderName)), the custody pod's hostPath.
    {
        name: "L1 custody hostPath /data/validators/cc-state85 + local-path nodePath /data pattern validators/{{ .PVC.Name }} + team-a claim cc-state85-rt85k",
        stack: "prod",
        edit: r => {
            custodyPod(r, "cchp85", {
                volumes: [
                    { name: "state", hostPath: { path: "/data/validators/cc-state85", type: "DirectoryOrCreate" } },
                ],
                containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
            });
            storageClass(r, "lpfixed85", "rancher.io/local-path", {
                nodePath: "/data",
                pathPattern: "validators/{{ .PVC.Name }}",
            });
            claim(r, "cc-state85", "team-a", "lpfixed85");
            dep(r, "twin85", claimMount("cc-state85"));
        },
    },
    // The default class: the custody claim names no class and the stack's local-path class is the default
    // (storageclass.kubernetes.io/is-default-class); a team-a claim naming the class explicitly gets the same
    // literal-pattern directory.
    {
        name: "L2 pod-identity: custody claim without class on default local-path class pattern shared85 + team-a claim naming it-rt85k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:storage.k8s.io/v1:StorageClass", "lpdef85-sc", {
                apiVersion: "storage.k8s.io/v1",
                kind: "StorageClass",
                metadata: { name: "lpdef85", annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
                provisioner: "rancher.io/local-path",
                parameters: { nodePath: "/data/lp85", pathPattern: "shared85" },
                reclaimPolicy: "Retain",
                volumeBindingMode: "WaitForFirstConsumer",
            });
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "cc-state85-validators-pvc", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "cc-state85", namespace: "validators" },
                spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
            });
            custodyPod(r, "ccdef85", claimMount("cc-state85"));
            claim(r, "grab85", "team-a", "lpdef85");
            dep(r, "grab85", claimMount("grab85"));
        },
    },
    // A PersistentVolumeClaim patch (kubernetes:core/v1:PersistentVolumeClaimPatch) turning a team-a claim onto an
    // unreserved PV of /data/cc by selector.
    {
        name: "U1 custody hostPath /data/cc + unbound PV /data/cc (class manual) + team-a StatefulSet template on class manual-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "manual85", { storageClassName: "manual", hostPath: { path: "/data/cc", type: "Directory" } });
            statefulSet(r, "grabsts85", "team-a", "default", "manual");
        },
    },
    // matchExpressions Exists on the PV's label.
    {
        name: "U2 pod-identity: custody hostPath /data/cc + unbound local PV /data/cc tier=cc85 + team-a claim selector tier Exists-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            volume(r, "exists85", { storageClassName: "", local: { path: "/data/cc" } }, { tier: "cc85" });
            claim(r, "grab85", "team-a", "", {
                selector: { matchExpressions: [{ key: "tier", operator: "Exists" }] },
            });
            dep(r, "grabber85", claimMount("grab85"));
        },
    },
    // NotIn a value the PV does not carry still selects it.
    {
        name: "U3 custody hostPath /data/cc + unbound local PV /data/cc tier=cc85 + team-a claim selector tier NotIn [other85]-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "notin85", { storageClassName: "", local: { path: "/data/cc" } }, { tier: "cc85" });
            claim(r, "grab85", "team-a", "", {
                selector: { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["other85"] }] },
            });
            dep(r, "grabber85", claimMount("grab85"));
        },
    },
    // ---- Class C neighbours: a clone through a claim patch of the stack and a clone of the StatefulSet claim.
    {
        name: "C1 pod-identity: custody StatefulSet ccsts85 (gp3) + validators pod (SA default) mounts a clone of state-ccsts85-0-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "gp3-85", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            statefulSet(r, "ccsts85", "validators", "containment-chamber", "gp3-85");
            claim(r, "stscopy85", "validators", "gp3-85", {
                dataSource: { kind: "PersistentVolumeClaim", name: "state-ccsts85-0" },
            });
            deployment(r, "stscopy85", "validators", "default", claimMount("stscopy85", true));
        },
    },
    // dataSourceRef in apiGroup "" form (core) for a claim clone.
    {
        name: "C2 custody claim cc-state85 + validators pod (SA default) mounts a claim with dataSourceRef {apiGroup: '', kind: PersistentVolumeClaim}-rt85k",
        stack: "prod",
        edit: r => {
            storageClass(r, "gp3-85", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state85", "gp3-85");
            claim(r, "refcopy85", "validators", "gp3-85", {
                dataSourceRef: { apiGroup: "", kind: "PersistentVolumeClaim", name: "cc-state85" },
            });
            deployment(r, "refcopy85", "validators", "default", claimMount("refcopy85", true));
        },
    },
    // ---- Class H: hostPath spellings of the custody directory.
    {
        name: "H1 pod-identity: custody hostPath /data/cc + team-a root pod mounts hostPath /data//cc/./ writable-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            hostMount(r, "slashes85", "/data//cc/./");
        },
    },
    {
        name: "H2 custody hostPath /data/cc + team-a pod mounts /data readOnly with recursiveReadOnly Disabled and subPath cc-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            dep(r, "subcc85", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data", subPath: "cc" }] })],
            });
        },
    },
    // ---- Class W: a MutatingWebhookConfiguration of the stack whose service is a team-a pod, matching pods of
    // validators ("Dynamic Admission Control": a mutating webhook may change any field of the object it admits):
    // team-a's code rewrites the custody pod (its image, command), which then runs as containment-chamber.
    {
        name: "W1 pod-identity: MutatingWebhookConfiguration on pods CREATE, service team-a/mutator, all namespaces-rt85k",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "mut85", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "mut85" },
                webhooks: [
                    {
                        name: "mut85.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { namespace: "team-a", name: "mutator", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                ],
            }),
    },
    // ---- Batch 2. Class X: an ephemeral claim template pre-bound by volumeName to a declared PV of /data/cc with no
    // claimRef ("Persistent Volumes", Reserving a PersistentVolume: "the binding happens regardless of some volume
    // matching criteria"); preBoundClaims passes it because the PV is declared, so only the storage judge can see it.
    // Was a MISS (fixed in round 85): insecure accepted (got []): class X (see X1): the ephemeral template's volumeName is read by
    // kubernetes.ts preBoundClaims (which passes a declared PV to be judged by its source) but podStorage.ts
    // boundVolumes takes volumeNames from stackClaims, which never lists ephemeral templates. Fix: as X1, one list of
    // every claim spec a pod makes, read by boundVolumes too.
    {
        name: "X7 pod-identity: custody hostPath /data/cc + declared PV /data/cc (no claimRef) + team-a ephemeral volume volumeName it-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            volume(r, "ccpv85", { storageClassName: "", hostPath: { path: "/data/cc", type: "Directory" } });
            dep(r, "ephpv85", ephemeralMount({ storageClassName: "", volumeName: "ccpv85" }));
        },
    },
    // Round 85 neighbour of X1: a bare Pod's ephemeral claim is named <pod>-<volume> (Kubernetes "Ephemeral Volumes",
    // Generic ephemeral volumes: "the PVC will be named ... a combination of pod name and volume name"); local-path
    // with pattern {{ .PVC.Name }} (no namespace) gives it the custody claim's directory /data/lp85/ephlp85-state.
    {
        name: "X8 custody claim ephlp85-state on local-path {{ .PVC.Name }} + team-a Pod ephlp85 ephemeral volume state on it-fix85",
        stack: "prod",
        edit: r => {
            storageClass(r, "lpname85", "rancher.io/local-path", {
                nodePath: "/data/lp85",
                pathPattern: "{{ .PVC.Name }}",
            });
            custodyOnClaim(r, "ephlp85-state", "lpname85");
            k8s(r, "kubernetes:core/v1:Pod", "ephlp85-pod", {
                apiVersion: "v1",
                kind: "Pod",
                metadata: { name: "ephlp85", namespace: "team-a" },
                spec: { serviceAccountName: "default", ...ephemeralMount({ storageClassName: "lpname85" }) },
            });
        },
    },
    // Class P: a pod created by name through a server-side apply (patch + create [name], k8s.io/apiserver patch.go)
    // in validators with serviceAccountName containment-chamber runs as the custody identity (its Pod Identity role).
    {
        name: "P1 auditor may patch/create pods [cc-debug85] in validators (a server-side apply creates the pod)-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            grant(r, "ssapod85", [rule("pods", ["patch", "create"], ["cc-debug85"])]);
        },
    },
    // Class L: two local-path classes of one nodePath (one spelled with a trailing slash), both pattern {{ .PVC.Name }}:
    // provisioner.go filepath.Join(basePath, folderName) gives /data/lp85/cc-state85 to both claims.
    {
        name: "L3 pod-identity: custody claim on local-path A /data/lp85 + team-a claim of one name on local-path B /data/lp85/ ({{ .PVC.Name }})-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lpa85", "rancher.io/local-path", {
                nodePath: "/data/lp85",
                pathPattern: "{{ .PVC.Name }}",
            });
            storageClass(r, "lpb85", "rancher.io/local-path", {
                nodePath: "/data/lp85/",
                pathPattern: "{{.PVC.Name}}",
            });
            custodyOnClaim(r, "cc-state85", "lpa85");
            claim(r, "cc-state85", "team-a", "lpb85");
            dep(r, "twinb85", claimMount("cc-state85"));
        },
    },
    // Class E: a team-a efs-ap class on the custody file system with basePath / and literal subPathPattern dynamic
    // (ensureUniqueDirectory false): its access point's root is /dynamic, holding every custody access point root
    // (/dynamic/<pv name>) of the custody class (provisioner_ap.go: path.Join("/", basePath, subPath)).
    {
        name: "E1 custody claim on efs-ap basePath /dynamic + team-a claim on efs-ap basePath / subPathPattern dynamic, unique false-rt85k",
        stack: "prod",
        edit: r => {
            storageClass(r, "efscc85", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/dynamic",
            });
            storageClass(r, "efsteam85", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/",
                subPathPattern: "dynamic",
                ensureUniqueDirectory: "false",
            });
            custodyOnClaim(r, "cc-state85", "efscc85");
            claim(r, "teamefs85", "team-a", "efsteam85", { accessModes: ["ReadWriteMany"] });
            dep(r, "teamefs85", claimMount("teamefs85"));
        },
    },
    // Class C: a VolumeSnapshotContent of the stack whose source.volumeHandle is the custody EBS volume
    // (external-snapshotter VolumeSnapshotContentSource: "volumeHandle specifies the CSI volume handle of the volume
    // from which a snapshot should be dynamically taken from"), bound to a team-a VolumeSnapshot that a team-a claim
    // restores ("Volume Snapshots", Provisioning Volume from Snapshots): team-a reads the custody disk.
    // Was a MISS (fixed in round 86): insecure accepted (got []): class C, a snapshot pre-provisioned from a VolumeSnapshotContent.
    // podStorage.ts claimCopySource reads a VolumeSnapshot without spec.source.persistentVolumeClaimName as "a copy of
    // any claim of the snapshot's namespace" (team-a), but a VolumeSnapshotContent is cluster-scoped and its
    // source.volumeHandle (or snapshotHandle) may name any volume of the cluster, here the custody PV's. Fix: follow
    // volumeSnapshotContentName to the stack's VolumeSnapshotContent and read source.volumeHandle as the storage of
    // every PV of the stack with that CSI handle (csiStorage); a snapshotHandle or an undeclared content is a copy of
    // any claim of any namespace (fail closed cluster-wide, not namespace-wide).
    {
        name: "C3 pod-identity: custody static EBS PV vol-0cc85 + VolumeSnapshotContent source volumeHandle vol-0cc85 bound to team-a snapshot, restored-rt85k",
        stack: "pod-identity",
        edit: r => {
            volume(r, "ccebs85", {
                storageClassName: "",
                claimRef: { namespace: "validators", name: "cc-ebs85" },
                csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0cc85cc85cc85cc85", fsType: "ext4" },
            });
            claim(r, "cc-ebs85", "validators", "", { volumeName: "ccebs85" });
            custodyPod(r, "ccebs85", claimMount("cc-ebs85"));
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotContent", "grabcontent85", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshotContent",
                metadata: { name: "grab-content85" },
                spec: {
                    deletionPolicy: "Retain",
                    driver: "ebs.csi.aws.com",
                    source: { volumeHandle: "vol-0cc85cc85cc85cc85" },
                    volumeSnapshotClassName: "ebs-snap",
                    volumeSnapshotRef: { namespace: "team-a", name: "grab-snap85" },
                },
            });
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot", "grabsnap85", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshot",
                metadata: { name: "grab-snap85", namespace: "team-a" },
                spec: { source: { volumeSnapshotContentName: "grab-content85" } },
            });
            storageClass(r, "gp3-85", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            claim(r, "grab-restore85", "team-a", "gp3-85", {
                dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "grab-snap85" },
            });
            dep(r, "grabrestore85", claimMount("grab-restore85", true));
        },
    },
    // Class W: an Argo Workflow of team-a whose pods mount hostPath /data/cc (Argo Workflows "Volumes": spec.volumes
    // are mounted into the workflow's pods by templates' volumeMounts).
    {
        name: "W2 custody hostPath /data/cc + team-a Argo Workflow with spec.volumes hostPath /data/cc mounted writable-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            k8s(r, "kubernetes:argoproj.io/v1alpha1:Workflow", "wf85", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "Workflow",
                metadata: { name: "wf85", namespace: "team-a" },
                spec: {
                    entrypoint: "main",
                    volumes: [{ name: "data", hostPath: { path: "/data/cc", type: "Directory" } }],
                    templates: [
                        {
                            name: "main",
                            container: {
                                image: "registry.example.com/job:1.0",
                                volumeMounts: [{ name: "data", mountPath: "/data" }],
                            },
                        },
                    ],
                },
            });
        },
    },
    // Class P: the same server-side apply of a named pod in team-a. team-a enforces no Pod Security level (EKS
    // default privileged; "Pod Security Admission"), so the applied pod may be privileged or mount hostPath / and own
    // its node with every pod token on it ("Pod Security Standards", Privileged: "allows for known privilege
    // escalations"): the pack refuses it, rightly.
    {
        name: "P2 pod-identity: auditor may patch/create pods [dbg85] in team-a (a namespace enforcing no Pod Security level)-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            grant(r, "ssapod85", [rule("pods", ["patch", "create"], ["dbg85"])], "team-a");
        },
    },
    // Class C: a team-a PV of the custody EBS volume's CSI handle ("Persistent Volumes", CSI: volumeHandle "uniquely
    // identifies the volume"): the same disk.
    {
        name: "C4 custody static EBS PV vol-0cc85 + team-a PV csi ebs.csi.aws.com vol-0cc85 bound to a team-a claim-rt85k",
        stack: "prod",
        edit: r => {
            volume(r, "ccebs85", {
                storageClassName: "",
                claimRef: { namespace: "validators", name: "cc-ebs85" },
                csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0cc85cc85cc85cc85", fsType: "ext4" },
            });
            claim(r, "cc-ebs85", "validators", "", { volumeName: "ccebs85" });
            custodyPod(r, "ccebs85", claimMount("cc-ebs85"));
            volume(r, "teamebs85", {
                storageClassName: "",
                claimRef: { namespace: "team-a", name: "team-ebs85" },
                csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0cc85cc85cc85cc85", fsType: "ext4" },
            });
            claim(r, "team-ebs85", "team-a", "", { volumeName: "teamebs85" });
            dep(r, "teamebs85", claimMount("team-ebs85", true));
        },
    },
    // ---- Round 86 neighbours. Class I: a mount target with no ipAddress gets one AWS picks in its subnet (Pulumi
    // aws.efs.MountTarget ipAddress is optional): an NFS server at a private address may be it (fail closed).
    {
        name: "I4 custody EFS PV fs-0a1b2c3d + mount target with no ipAddress (AWS assigns it) + team-a inline nfs 10.0.85.40:/-fix86",
        stack: "prod",
        edit: r => {
            aws(r, "aws:efs/mountTarget:MountTarget", "cc-efs-mt86", {
                fileSystemId: "fs-0a1b2c3d",
                subnetId: "subnet-0aa86",
            });
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsPod(r, "nfsauto86", "10.0.85.40");
        },
    },
    // Class I: an NFS server unknown during the preview (another resource's output, a mount target's ipAddress) may
    // be any file system's mount target (raw.ts unverifiable: an unknown is never read as harmless).
    {
        name: "I5 pod-identity: custody EFS PV fs-0a1b2c3d + team-a PV nfs server unknown in the preview bound to a team-a claim-fix86",
        stack: "pod-identity",
        preview: true,
        edit: r => {
            mountTarget(r, "10.0.85.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            volume(r, "teamnfs86", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "team-a", name: "team-nfs86" },
                nfs: { server: UNKNOWN, path: "/" },
            });
            claim(r, "team-nfs86", "team-a", "", { volumeName: "teamnfs86", accessModes: ["ReadWriteMany"] });
            dep(r, "teamnfs86", claimMount("team-nfs86"));
        },
    },
    // Class I: the mount target's IPv6 address (EFS "Mounting on Amazon EC2 with an IP address" covers IPv6 mount
    // targets, ipAddressType DUAL_STACK), bracketed as NFS spells an IPv6 server, in another case.
    {
        name: "I6 custody EFS PV fs-0a1b2c3d::fsap-cc + mount target ipv6Address fd00:85::25 + team-a inline nfs [FD00:85::25]:/-fix86",
        stack: "prod",
        edit: r => {
            aws(r, "aws:efs/mountTarget:MountTarget", "cc-efs-mt86", {
                fileSystemId: "fs-0a1b2c3d",
                subnetId: "subnet-0aa86",
                ipAddress: "10.0.85.25",
                ipAddressType: "DUAL_STACK",
                ipv6Address: "fd00:85::25",
            });
            custodyOnEfs(r, "fs-0a1b2c3d::fsap-cc");
            nfsPod(r, "nfsv6-86", "[FD00:85::25]");
        },
    },
    // Class C: a VolumeSnapshotContent importing a pre-existing snapshot (snapshotHandle, "Volume Snapshots",
    // Pre-provisioned Volume Snapshot): which volume it was taken of the stack does not show; the content is
    // cluster-scoped, so it may be the custody volume's (fail closed cluster-wide).
    {
        name: "C5 custody static EBS PV + VolumeSnapshotContent snapshotHandle snap-0aa86 bound to team-a snapshot, restored-fix86",
        stack: "prod",
        edit: r => restoreFromContent(r, { snapshotHandle: "snap-0aa86aa86aa86aa86" }),
    },
    // Class C: the team-a snapshot names a VolumeSnapshotContent the stack does not declare (any volume's snapshot).
    {
        name: "C6 pod-identity: custody static EBS PV + team-a snapshot of undeclared VolumeSnapshotContent grab-content86, restored-fix86",
        stack: "pod-identity",
        edit: r => restoreFromContent(r),
    },
    // Class N: the team PV's node set includes the custody PV's node (terms ORed: "Assigning Pods to Nodes").
    {
        name: "N1 pod-identity: custody local PV /mnt/disks/cc on node A + team-a local PV /mnt/disks/cc on nodes B or A-fix86",
        stack: "pod-identity",
        edit: r => localPair(r, { local: { path: "/mnt/disks/cc" } }, onNodes([NODE_B], [NODE_A])),
    },
    // Class N: a hostPath PV with no nodeAffinity is that directory on whichever node runs the pod ("Persistent
    // Volumes", hostPath): node A's among them.
    {
        name: "N2 custody local PV /mnt/disks/cc on node A + team-a hostPath PV /mnt/disks/cc without nodeAffinity-fix86",
        stack: "prod",
        edit: r => localPair(r, { hostPath: { path: "/mnt/disks/cc", type: "Directory" } }),
    },
];

const secure: StackCase[] = [
    // Class X: an ephemeral volume on an EBS class (ebs.csi.aws.com makes a disk of the claim's own, "Ephemeral
    // Volumes": the claim is the pod's alone and deleted with it).
    {
        name: "S1 custody claim cc-state85 (gp3) + team-a pod ephemeral volume on gp3-rt85k",
        stack: "prod",
        edit: r => {
            storageClass(r, "gp3-85", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state85", "gp3-85");
            dep(r, "ephgp3", ephemeralMount({ storageClassName: "gp3-85" }));
        },
    },
    // An ephemeral volume on local-path with the namespace in the pattern: /data/lp85/team-a/..., never validators.
    {
        name: "S2 pod-identity: custody claim on local-path pattern {{ .PVC.Namespace }}/{{ .PVC.Name }} + team-a ephemeral volume-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lpns85", "rancher.io/local-path", {
                nodePath: "/data/lp85",
                pathPattern: "{{ .PVC.Namespace }}/{{ .PVC.Name }}",
            });
            custodyOnClaim(r, "cc-state85", "lpns85");
            dep(r, "ephns85", ephemeralMount({ storageClassName: "lpns85" }));
        },
    },
    // Another file system's mount target address.
    {
        name: "S3 custody EFS PV fs-0a1b2c3d + team-a inline nfs 10.0.86.25 (no declared mount target of it, another subnet's NAS)-rt85k",
        stack: "prod",
        edit: r => {
            mountTarget(r, "10.0.85.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            dep(r, "nfsother85", {
                volumes: [{ name: "efs", nfs: { server: "10.0.86.25", path: "/" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // Class R: delete + update + create by name and no patch. A PUT to a missing ConfigMap is NotFound (kubernetes pkg/registry/core/configmap/strategy.go:
    // strategy AllowCreateOnUpdate false), and a named create is a POST that carries no name ("Using RBAC
    // Authorization", Referring to resources): the immutable input cannot come back.
    {
        name: "S4 custody envFrom declared immutable cc-env85 + auditor delete/update/create [cc-env85], no patch-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env85", true);
            grant(r, "noPatch85".toLowerCase(), [rule("configmaps", ["delete", "update", "create"], ["cc-env85"])]);
        },
    },
    // Patch + create of an optional undeclared name the custody pod does not read.
    {
        name: "S5 pod-identity: custody envFrom optional cc-opt85 + auditor patch/create [cc-other85]-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyPod(r, "ccopt85", {
                containers: [container({ envFrom: [{ configMapRef: { name: "cc-opt85", optional: true } }] })],
            });
            grant(r, "ssaother85", [rule("configmaps", ["patch", "create"], ["cc-other85"])]);
        },
    },
    // Class U: selector DoesNotExist on the PV's label excludes it; In a value it lacks excludes it.
    {
        name: "S6 custody hostPath /data/cc + unbound local PV /data/cc tier=cc85 + team-a claim selector tier DoesNotExist-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "dne85", { storageClassName: "", local: { path: "/data/cc" } }, { tier: "cc85" });
            claim(r, "grab85", "team-a", "", {
                selector: { matchExpressions: [{ key: "tier", operator: "DoesNotExist" }] },
            });
            dep(r, "grabber85", claimMount("grab85"));
        },
    },
    // Class C: a clone of the team's own StatefulSet claim.
    {
        name: "S7 pod-identity: validators StatefulSet (SA default) + pod (SA default) mounts a clone of its state claim-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "gp3-85", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state85", "gp3-85");
            statefulSet(r, "ownsts85", "validators", "default", "gp3-85");
            claim(r, "owncopy85", "validators", "gp3-85", {
                dataSource: { kind: "PersistentVolumeClaim", name: "state-ownsts85-0" },
            });
            deployment(r, "owncopy85", "validators", "default", claimMount("owncopy85", true));
        },
    },
    // Class H: a sibling of /data/cc spelled with a trailing slash.
    {
        name: "S8 custody hostPath /data/cc + team-a pod mounts hostPath /data/ccx/ writable-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            dep(r, "ccx85", {
                volumes: [{ name: "data", hostPath: { path: "/data/ccx/", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data" }] })],
            });
        },
    },
    // Class L: the literal pattern class's directory is /data/lp85/shared85; a team-a hostPath /data/lp85-old is a
    // sibling (a prefix of the name, not of the path).
    {
        name: "S9 pod-identity: custody claim on local-path pattern shared85 (nodePath /data/lp85) + team-a hostPath /data/lp85-old-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lp85", "rancher.io/local-path", { nodePath: "/data/lp85", pathPattern: "shared85" });
            custodyOnClaim(r, "cc-state85", "lp85");
            dep(r, "old85", {
                volumes: [{ name: "data", hostPath: { path: "/data/lp85-old", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data" }] })],
            });
        },
    },
    // Class W: a validating webhook cannot change the object ("Dynamic Admission Control": validating webhooks
    // only accept or reject), and fails closed here.
    {
        name: "S10 ValidatingWebhookConfiguration on pods CREATE, service team-a/checker, failurePolicy Fail-rt85k",
        stack: "prod",
        edit: r =>
            void k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration", "val85", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingWebhookConfiguration",
                metadata: { name: "val85" },
                webhooks: [
                    {
                        name: "val85.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        clientConfig: { service: { namespace: "team-a", name: "checker", path: "/validate" } },
                        rules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] }],
                    },
                ],
            }),
    },
    // Class I: an inline CSI volume of the EFS driver. Kubernetes CSI docs ("Ephemeral local volumes", CSIDriver):
    // "Kubernetes only allows using a CSI driver for an inline volume if its CSIDriver object explicitly declares that
    // the driver supports that kind of usage in its volumeLifecycleModes field"; the EFS driver's CSIDriver
    // (aws-efs-csi-driver deploy/kubernetes/base/csidriver.yaml) declares none, so only Persistent: the kubelet refuses
    // the volume and the pod never mounts the file system.
    {
        name: "S11 pod-identity: custody EFS PV fs-0a1b2c3d + team-a pod inline csi efs.csi.aws.com volumeHandle fs-0a1b2c3d-rt85k",
        stack: "pod-identity",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            dep(r, "csiinline85", {
                volumes: [
                    {
                        name: "efs",
                        csi: { driver: "efs.csi.aws.com", volumeAttributes: { volumeHandle: "fs-0a1b2c3d" } },
                    },
                ],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // ---- Batch 2 secure. Class X: an ephemeral template pre-bound to a declared PV of another directory.
    {
        name: "S12 custody hostPath /data/cc + declared PV /data/team85 + team-a ephemeral volume volumeName it-rt85k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "teampv85", {
                storageClassName: "",
                hostPath: { path: "/data/team85", type: "DirectoryOrCreate" },
            });
            dep(r, "ephteam85", ephemeralMount({ storageClassName: "", volumeName: "teampv85" }));
        },
    },
    // Round 85 neighbour of X8: a Deployment's pods have generated names (<replicaset>-<random suffix>, "Deployments"),
    // so its ephemeral claim is never the custody claim ephlp85-state: /data/lp85/<its own name>, a sibling.
    {
        name: "S16 custody claim ephlp85-state on local-path {{ .PVC.Name }} + team-a Deployment ephlp85 ephemeral volume state on it-fix85",
        stack: "prod",
        edit: r => {
            storageClass(r, "lpname85", "rancher.io/local-path", {
                nodePath: "/data/lp85",
                pathPattern: "{{ .PVC.Name }}",
            });
            custodyOnClaim(r, "ephlp85-state", "lpname85");
            dep(r, "ephlp85", ephemeralMount({ storageClassName: "lpname85" }));
        },
    },
    // Class L: two local-path classes of different nodePaths with pattern {{ .PVC.Name }}: /data/lp85/cc-state85 and
    // /data/lp86/cc-state85, siblings.
    {
        name: "S13 pod-identity: custody claim on local-path /data/lp85 + team-a claim of one name on local-path /data/lp86-rt85k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lpa85", "rancher.io/local-path", {
                nodePath: "/data/lp85",
                pathPattern: "{{ .PVC.Name }}",
            });
            storageClass(r, "lpc85", "rancher.io/local-path", {
                nodePath: "/data/lp86",
                pathPattern: "{{ .PVC.Name }}",
            });
            custodyOnClaim(r, "cc-state85", "lpa85");
            claim(r, "cc-state85", "team-a", "lpc85");
            dep(r, "twinc85", claimMount("cc-state85"));
        },
    },
    // Class E: the team's efs-ap class on the custody file system with basePath /team85: its roots /team85/<pv>,
    // outside /dynamic.
    {
        name: "S14 custody claim on efs-ap basePath /dynamic + team-a claim on efs-ap basePath /team85 of the same file system-rt85k",
        stack: "prod",
        edit: r => {
            storageClass(r, "efscc85", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/dynamic",
            });
            storageClass(r, "efsteam85", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/team85",
            });
            custodyOnClaim(r, "cc-state85", "efscc85");
            claim(r, "teamefs85", "team-a", "efsteam85", { accessModes: ["ReadWriteMany"] });
            dep(r, "teamefs85", claimMount("teamefs85"));
        },
    },
    // Class N: two local PVs of one path pinned to two nodes. Kubernetes "Volumes", local: "PersistentVolume
    // nodeAffinity is required when using local volumes. The Kubernetes scheduler uses the PersistentVolume
    // nodeAffinity to schedule these Pods to the correct node"; a local volume is "a mounted local storage device such as
    // a disk, partition or directory" of that node, so /mnt/disks/cc on ip-10-0-2-20 is another machine's directory
    // than /mnt/disks/cc on ip-10-0-1-10, and each claim is reserved by claimRef.
    // Was a MISS (fixed in round 86): secure refused (custody-effective-access: "... Deployment team-a/teamlocal85 (ServiceAccount default)
    // mounts claim team-a/team-local85 (PersistentVolume teamlocal85, node directory /mnt/disks/cc) writable, the node
    // directory of Deployment validators/cclocal85 ..."): class N, podStorage.ts volumeSourceStorage gives every
    // hostPath/local source the one space "node", so storagesOverlap joins directories of two different machines. Fix:
    // a local (or hostPath) PV whose nodeAffinity requires kubernetes.io/hostname In a known set is the space of those
    // nodes; two such sources overlap only when their node sets meet; an unpinned source (a pod's hostPath, a PV without
    // nodeAffinity) stays "any node" and overlaps every pinned one.
    {
        name: "S15 pod-identity: custody local PV /mnt/disks/cc on node ip-10-0-1-10 + team-a local PV /mnt/disks/cc on node ip-10-0-2-20-rt85k",
        stack: "pod-identity",
        edit: r => {
            const onNode = (host: string) => ({
                required: {
                    nodeSelectorTerms: [
                        { matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [host] }] },
                    ],
                },
            });
            volume(r, "cclocal85", {
                storageClassName: "local85",
                claimRef: { namespace: "validators", name: "cc-local85" },
                local: { path: "/mnt/disks/cc" },
                nodeAffinity: onNode("ip-10-0-1-10.eu-west-1.compute.internal"),
            });
            claim(r, "cc-local85", "validators", "local85", { volumeName: "cclocal85" });
            custodyPod(r, "cclocal85", claimMount("cc-local85"));
            volume(r, "teamlocal85", {
                storageClassName: "local85",
                claimRef: { namespace: "team-a", name: "team-local85" },
                local: { path: "/mnt/disks/cc" },
                nodeAffinity: onNode("ip-10-0-2-20.eu-west-1.compute.internal"),
            });
            claim(r, "team-local85", "team-a", "local85", { volumeName: "teamlocal85" });
            dep(r, "teamlocal85", claimMount("team-local85"));
        },
    },
    // ---- Round 86 neighbours. Class I: another file system's declared mount target: its address is that file
    // system's root, not the custody one's.
    {
        name: "S17 custody EFS PV fs-0a1b2c3d + mount target of fs-0b0b0b0b at 10.0.85.26 + team-a inline nfs 10.0.85.26:/-fix86",
        stack: "prod",
        edit: r => {
            aws(r, "aws:efs/mountTarget:MountTarget", "team-efs-mt86", {
                fileSystemId: "fs-0b0b0b0b",
                subnetId: "subnet-0aa86",
                ipAddress: "10.0.85.26",
            });
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsPod(r, "nfsteam86", "10.0.85.26");
        },
    },
    // Class C: a VolumeSnapshotContent of the team's own EBS volume (another volumeHandle) restored in team-a.
    {
        name: "S18 pod-identity: custody static EBS PV + VolumeSnapshotContent source volumeHandle vol-0team86 bound to team-a snapshot, restored-fix86",
        stack: "pod-identity",
        edit: r => restoreFromContent(r, { volumeHandle: "vol-0team86team86tea" }),
    },
    // Class N: the team's local PV may be on node B or node C (two terms), never on the custody PV's node A.
    {
        name: "S19 custody local PV /mnt/disks/cc on node A + team-a local PV /mnt/disks/cc on nodes B or C-fix86",
        stack: "prod",
        edit: r => localPair(r, { local: { path: "/mnt/disks/cc" } }, onNodes([NODE_B], [NODE_C])),
    },
];

describeVariants("red team 85 (k8s): ephemeral claims, EFS addresses, re-created inputs", insecure, secure);
