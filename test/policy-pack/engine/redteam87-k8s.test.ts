// Red-team round 87 on the Kubernetes/EKS API level (recreated in round 88: the round-87 file and its fixes were lost
// with the machine), probing the neighbours of round 86's storage and RBAC fixes.
// Probed: (F) custody data reached through NFS by the NFS CSI driver (csi-driver-nfs, `nfs.csi.k8s.io`): an inline
// CSI volume, a static PersistentVolume and a StorageClass naming the custody EFS file system (its DNS name or a mount
// target's address) by volumeAttributes / parameters server and share; an NFS server named by a Route53 record of the
// stack (CNAME to the EFS DNS name, A record to a mount target's address, a CNAME chain, a name unknown during the
// preview); (W) RBAC writes that rebind a custody volume, held beside pod creation: patch/update of
// PersistentVolumes (claimRef), create/patch of VolumeSnapshotContents (a snapshot of the custody volume's handle);
// (N) a pod's own node pins (nodeName, nodeSelector, required node affinity) on hostPath pods; (E) RBAC `escalate`
// beside a Role write of another namespace.
// Secure neighbours: an NFS CSI volume / class / record of a team NFS server, the custody file system's sibling
// access point, PV and snapshot-content writes without pod creation (or pod creation by another subject), PV patch of a
// team PV by name, hostPath pods pinned to another node than the custody pod (by nodeName, nodeSelector, node
// affinity, a pinned local PV), escalate in one namespace with the Role write in another.
// Misses at the start of round 88, before the fixes (13 insecure accepted, 11 secure refused; every one fixed in round
// 88 and unskipped, see each case's comment):
// - class F (NFS CSI volumes and Route53 names not read as NFS exports; policy-pack/engine/podStorage.ts
//   volumeSourceStorage/csiStorage, podStorageMounts, nfsSpace, classStorage): insecure F1, F2, F4, F5, F6, F7, F10
//   accepted; F3 and F8 refused only as an unknown provisioner; secure S-F1, S-F2 refused (storageClasses.ts
//   storageClassReach: nfs.csi.k8s.io not a known network provisioner).
// - class W (PersistentVolume update/patch and VolumeSnapshotContent writes never paired with pod creation;
//   policy-pack/engine/kubernetes.ts secretPairs paired volumePatchers only with named PV creates): W1-W6 accepted.
// - secure refused, class N (a pod's own node pins not read for its hostPath; podStorage.ts podStorageMounts): S-N1 to
//   S-N6.
// - secure refused, class E (`escalate` paired with a Role write of another namespace, or with a ClusterRole write
//   through a RoleBinding; kubernetes.ts withoutUnpairedEscalate, roleWritesOfRules): S-E1, S-E2, S-E3.
// Of the recreated round-87 cases (-rt87k): 7 of 8 insecure accepted (F1, F2, F4, F5, W1, W2, W3; F3 held), 6 of 9
// secure refused (S-F1, S-F2, S-N1, S-N2, S-N3, S-E1); the -fix88 cases are the fixes' neighbours.
// Held before the fixes: 11 of 24 insecure refused (F3, F8, N1-N5, E1-E3); 8 of 19 secure clean (S-F3 to S-F6, S-W1 to
// S-W4). After: 24 of 24 insecure refused, 19 of 19 secure clean.
import { describeVariants, StackCase } from "./support";
import { aws, k8s, namespace } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const SNAPSHOT = "snapshot.storage.k8s.io";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const NFS_CSI = "nfs.csi.k8s.io";
const EFS_DNS = "fs-0a1b2c3d.efs.eu-west-1.amazonaws.com";
const RECORD = "aws:route53/record:Record";
const NODE_A = "ip-10-0-1-10.eu-west-1.compute.internal";
const NODE_B = "ip-10-0-2-20.eu-west-1.compute.internal";
const NODE_C = "ip-10-0-3-30.eu-west-1.compute.internal";

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

/** A ClusterRole with these rules bound cluster-wide to User `user`. */
const clusterGrant = (r: R, name: string, rules: unknown[], user = "auditor") => {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-crole`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        rules,
    });
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, `${name}-crb`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRoleBinding",
        metadata: { name },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
        subjects: [{ kind: "User", apiGroup: RBAC, name: user }],
    });
};

const rule = (resource: string, verbs: string[], resourceNames?: string[], group = "") => ({
    apiGroups: [group],
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

/** A PersistentVolumeClaim `ns`/`name` on class `sc`. */
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
const volume = (r: R, name: string, spec: Record<string, unknown>) =>
    k8s(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "1Gi" },
            accessModes: ["ReadWriteOnce"],
            persistentVolumeReclaimPolicy: "Retain",
            ...spec,
        },
    });

/** A StorageClass (NFS classes usually pin nfsvers=4.1: csi-driver-nfs deploy/example/storageclass-nfs.yaml). */
const storageClass = (r: R, name: string, provisioner: string, parameters: Record<string, string>) =>
    k8s(r, "kubernetes:storage.k8s.io/v1:StorageClass", `${name}-sc`, {
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name },
        provisioner,
        parameters,
        reclaimPolicy: "Retain",
        volumeBindingMode: "Immediate",
        mountOptions: ["nfsvers=4.1"],
    });

/** An EFS mount target of fs-0a1b2c3d with a fixed private address. */
const mountTarget = (r: R, ip: string) =>
    aws(r, "aws:efs/mountTarget:MountTarget", "cc-efs-mt87", {
        fileSystemId: "fs-0a1b2c3d",
        subnetId: "subnet-0aa87",
        ipAddress: ip,
    });

/** The custody pod on a static EFS PV (csi handle `handle`) through claim validators/cc-efs87. */
const custodyOnEfs = (r: R, handle: string) => {
    volume(r, "ccefs87", {
        storageClassName: "",
        accessModes: ["ReadWriteMany"],
        claimRef: { namespace: "validators", name: "cc-efs87" },
        csi: { driver: "efs.csi.aws.com", volumeHandle: handle },
    });
    claim(r, "cc-efs87", "validators", "", { volumeName: "ccefs87", accessModes: ["ReadWriteMany"] });
    custodyPod(r, "ccefs87", claimMount("cc-efs87"));
};

/** The custody pod on static EBS PV ccebs87 (volume vol-0cc87…) through claim validators/cc-ebs87. */
const custodyOnEbs = (r: R) => {
    volume(r, "ccebs87", {
        storageClassName: "",
        claimRef: { namespace: "validators", name: "cc-ebs87" },
        csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0cc87cc87cc87cc87", fsType: "ext4" },
    });
    claim(r, "cc-ebs87", "validators", "", { volumeName: "ccebs87" });
    custodyPod(r, "ccebs87", claimMount("cc-ebs87"));
};

/** A team-a Deployment mounting an inline NFS CSI volume (csi-driver-nfs inline volume: volumeAttributes). */
const nfsCsiPod = (r: R, name: string, attributes: Record<string, string>) =>
    dep(r, name, {
        volumes: [{ name: "share", csi: { driver: NFS_CSI, volumeAttributes: attributes } }],
        containers: [container({ volumeMounts: [{ name: "share", mountPath: "/share" }] })],
    });

/** A team-a Deployment mounting the in-tree NFS export `server`:`path` writable. */
const nfsPod = (r: R, name: string, server: string, path = "/") =>
    dep(r, name, {
        volumes: [{ name: "share", nfs: { server, path } }],
        containers: [container({ volumeMounts: [{ name: "share", mountPath: "/share" }] })],
    });

/** A team-a static NFS CSI PersistentVolume with these volumeAttributes, claimed and mounted by a team-a pod. */
const teamNfsCsiVolume = (r: R, handle: string, attributes: Record<string, string>) => {
    volume(r, "teamnfscsi87", {
        storageClassName: "",
        accessModes: ["ReadWriteMany"],
        claimRef: { namespace: "team-a", name: "team-nfscsi87" },
        mountOptions: ["nfsvers=4.1"],
        csi: { driver: NFS_CSI, volumeHandle: handle, volumeAttributes: attributes },
    });
    claim(r, "team-nfscsi87", "team-a", "", { volumeName: "teamnfscsi87", accessModes: ["ReadWriteMany"] });
    dep(r, "teamnfscsi87", claimMount("team-nfscsi87"));
};

/** A team-a claim on StorageClass `sc`, mounted by a team-a pod. */
const teamClaimOn = (r: R, sc: string) => {
    claim(r, "team-share87", "team-a", sc, { accessModes: ["ReadWriteMany"] });
    dep(r, "teamshare87", claimMount("team-share87"));
};

/** A Route53 record of the stack (Pulumi aws.route53.Record: zoneId, name, type, ttl, records). */
const record = (r: R, id: string, name: string, type: string, records: string[]) =>
    aws(r, RECORD, id, { zoneId: "Z0PRIVATE87", name, type, ttl: 300, records });

/** A Deployment of `ns`/`sa` mounting hostPath /data/cc writable, with these node pins. */
const hostPathPod = (r: R, name: string, ns: string, sa: string, pins: Record<string, unknown>) =>
    deployment(r, name, ns, sa, {
        volumes: [{ name: "state", hostPath: { path: "/data/cc", type: "DirectoryOrCreate" } }],
        containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
        ...pins,
    });
/** The custody pod on hostPath /data/cc with these node pins. */
const custodyHost = (r: R, pins: Record<string, unknown>) =>
    hostPathPod(r, "cchost87", "validators", "containment-chamber", pins);
/** A team-a pod on hostPath /data/cc with these node pins. */
const teamHost = (r: R, pins: Record<string, unknown>) => hostPathPod(r, "teamhost87", "team-a", "default", pins);

/** A pod's required node affinity (Kubernetes "Assigning Pods to Nodes", Node affinity): one term per list. */
const podAffinity = (...terms: unknown[][]) => ({
    affinity: {
        nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: terms.map(matchExpressions => ({ matchExpressions })),
            },
        },
    },
});
const hostnameIn = (...values: string[]) => ({ key: "kubernetes.io/hostname", operator: "In", values });
const byHostname = (node: string) => ({ nodeSelector: { "kubernetes.io/hostname": node } });

/** A team-a namespace enforcing restricted Pod Security, with a Role creating pods (and claims) there for auditor. */
const teamPodCreator = (r: R, resources = ["pods", "persistentvolumeclaims"], group = "") => {
    namespace(r, "team-a");
    grant(
        r,
        "teampods87",
        [{ apiGroups: [group], resources, verbs: ["create", "get", "list"] }, rule("pods", ["get", "list"])],
        "team-a",
    );
};

const insecure: StackCase[] = [
    // ---- Class F: the NFS CSI driver. csi-driver-nfs docs/driver-parameters.md: a static PV's (or inline volume's)
    // volumeAttributes.server "NFS Server address" and volumeAttributes.share "NFS share path"; the node plugin mounts
    // `server:share[/subDir]` (pkg/nfs/nodeserver.go NodePublishVolume). An EFS file system's DNS name is an NFSv4.1
    // export of its root (EFS user guide, "Mounting on Amazon EC2 with a DNS name"). csi-driver-nfs supports inline
    // volumes (kubernetes-csi/csi-driver-nfs#266, helm feature.enableInlineVolume adds Ephemeral to its CSIDriver's
    // volumeLifecycleModes); the stack does not show the driver's install, so an inline one is read as mounted.
    // Was a MISS (fixed in round 88): insecure accepted (got []). Where: policy-pack/engine/podStorage.ts
    // podStorageMounts read only the in-tree `nfs:` volume through nfsSpace; a `csi:` volume was no storage. Fix
    // (general): a CSI volume of nfs.csi.k8s.io (inline, or a PV's csi source) is the NFS export its volumeAttributes
    // name (server, share, subDir: nfsCsiStorage), read through nfsSpace like `nfs:`.
    {
        name: "F1 custody EFS PV fs-0a1b2c3d + team-a inline csi nfs.csi.k8s.io server fs-0a1b2c3d DNS name share /-rt87k",
        stack: "prod",
        refused: /mounts nfs\.csi\.k8s\.io volume fs-0a1b2c3d\.efs\.eu-west-1\.amazonaws\.com:\/ writable/,
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsCsiPod(r, "nfscsi87", { server: EFS_DNS, share: "/" });
        },
    },
    // A static NFS CSI PV whose server is a mount target's address of the custody file system (round 86: EFS user
    // guide, "Mounting on Amazon EC2 with an IP address").
    // Was a MISS (fixed in round 88): insecure accepted (got []). Where: podStorage.ts volumeSourceStorage/csiStorage
    // (a non-EFS CSI volume is its own `csi <driver> <handle>` space). Fix: as F1 (nfsCsiStorage).
    {
        name: "F2 pod-identity: custody EFS PV + mount target 10.0.87.25 + team-a static PV csi nfs.csi.k8s.io server 10.0.87.25-rt87k",
        stack: "pod-identity",
        refused: /nfs\.csi\.k8s\.io volume 10\.0\.87\.25:\/team \(a mount target address of EFS fs-0a1b2c3d\)/,
        edit: r => {
            mountTarget(r, "10.0.87.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            teamNfsCsiVolume(r, "10.0.87.25#/#team#", { server: "10.0.87.25", share: "/", subDir: "team" });
        },
    },
    // A StorageClass of nfs.csi.k8s.io whose parameters name the custody file system: its volumes are new
    // subdirectories of the share (driver-parameters.md: "dynamic provisioning ... by creating a new sub directory
    // under NFS server"), inside the custody volume (the file system's root).
    // Held at the start of round 88 (refused as an unknown provisioner by storageClasses.ts storageClassReach); now
    // refused as shared storage (podStorage.ts classStorage reads the class through nfsSpace).
    {
        name: "F3 custody EFS PV fs-0a1b2c3d + StorageClass nfs.csi.k8s.io server fs-0a1b2c3d DNS name + team-a claim-rt87k",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            storageClass(r, "nfs87", NFS_CSI, { server: EFS_DNS, share: "/" });
            teamClaimOn(r, "nfs87");
        },
        refused: /mounts claim team-a\/team-share87 \(provisioned by StorageClass nfs87/,
    },
    // A Route53 record of the stack naming the custody file system: Route 53 developer guide, "Choosing between alias
    // and non-alias records": a CNAME record "maps DNS queries for the name of the current record" to another domain
    // name; the NFS client resolves the server's name through it.
    // Was a MISS (fixed in round 88): insecure accepted (got []). Where: podStorage.ts nfsSpace read a host name only
    // as an EFS DNS name. Fix (general): a server named by a Route53 record of the stack is what the record's values
    // (A/AAAA addresses, CNAME names, alias targets) are, resolved as the server itself is (recordTargets).
    {
        name: "F4 custody EFS PV + Route53 CNAME custody-share.internal.example.com → EFS DNS name + team-a nfs server it-rt87k",
        stack: "prod",
        refused: /a Route53 record of this stack: custody-share\.internal\.example\.com → fs-0a1b2c3d/,
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "share87", "custody-share.internal.example.com", "CNAME", [EFS_DNS]);
            nfsPod(r, "nfsdns87", "custody-share.internal.example.com");
        },
    },
    // An A record pointing at a mount target's address, used by an NFS CSI inline volume.
    // Was a MISS (fixed in round 88): insecure accepted (got []). Fix: as F1 and F4.
    {
        name: "F5 pod-identity: custody EFS PV + mount target 10.0.87.25 + Route53 A nfs.internal.example.com + team-a csi nfs server it-rt87k",
        stack: "pod-identity",
        refused: /nfs\.internal\.example\.com → 10\.0\.87\.25 \(a mount target address of EFS fs-0a1b2c3d\)/,
        edit: r => {
            mountTarget(r, "10.0.87.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "nfsa87", "nfs.internal.example.com", "A", ["10.0.87.25"]);
            nfsCsiPod(r, "nfscsia87", { server: "nfs.internal.example.com", share: "/" });
        },
    },
    // Round 88 fix neighbours (class F). A CNAME chain of two records of the stack, the server written with a trailing
    // dot (an absolute DNS name, RFC 1034 3.1).
    {
        name: "F6 custody EFS PV + CNAME share.internal → CNAME efs.internal → EFS DNS name + team-a nfs share.internal.-fix88",
        stack: "prod",
        refused: /share\.internal\.example\.com → efs\.internal\.example\.com/,
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "efs88", "efs.internal.example.com", "CNAME", [EFS_DNS]);
            record(r, "share88", "share.internal.example.com", "CNAME", ["efs.internal.example.com"]);
            nfsPod(r, "nfschain88", "share.internal.example.com.");
        },
    },
    // A record whose values are unknown during the preview (the mount target's address as an output) may point at
    // any EFS file system: fail closed.
    // Was a MISS (fixed in round 88): insecure accepted (got []). Fix: as F4 (unknown values: any EFS or NFS server).
    {
        name: "F7 pod-identity: custody EFS PV + Route53 A nfs.internal records unknown in preview + team-a nfs server it-fix88",
        stack: "pod-identity",
        preview: true,
        refused: /a Route53 record of this stack whose values are unknown during the preview/,
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "nfsu88", "nfs.internal.example.com", "A", [UNKNOWN]);
            nfsPod(r, "nfsunknown88", "nfs.internal.example.com");
        },
    },
    // An NFS CSI class whose subDir is fixed (every claim shares it) naming the custody access point's directory by
    // a record of the stack: the class reads through the same resolution.
    {
        name: "F8 custody EFS PV + CNAME custody-share → EFS + StorageClass nfs.csi.k8s.io server custody-share subDir cc-fix88",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "share88b", "custody-share.internal.example.com", "CNAME", [EFS_DNS]);
            storageClass(r, "nfs88", NFS_CSI, {
                server: "custody-share.internal.example.com",
                share: "/",
                subDir: "cc",
            });
            teamClaimOn(r, "nfs88");
        },
        refused: /mounts claim team-a\/team-share87 \(provisioned by StorageClass nfs88/,
    },
    // A class parameter the pack does not judge (a templated provisioner secret's namespace): refused by name.
    {
        name: "F9 pod-identity: StorageClass nfs.csi.k8s.io with an unjudged parameter (csi.storage.k8s.io/node-publish-secret-name)-fix88",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "nfs88x", NFS_CSI, {
                server: "team-nfs.internal.example.com",
                share: "/exports/team",
                "csi.storage.k8s.io/node-publish-secret-name": "${pvc.name}",
            });
            teamClaimOn(r, "nfs88x");
        },
        refused: /csi\.storage\.k8s\.io\/node-publish-secret-name/,
    },
    // An inline NFS CSI volume whose subDir leads to the custody access point's directory of the same file system
    // (server:share/subDir, nodeserver.go): /cc is the custody PV's place.
    {
        name: "F10 custody EFS PV fs-0a1b2c3d::/cc + team-a inline csi nfs server EFS DNS name share / subDir cc-fix88",
        stack: "prod",
        refused: /nfs\.csi\.k8s\.io volume fs-0a1b2c3d\.efs\.eu-west-1\.amazonaws\.com:\/cc writable/,
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d:/cc");
            nfsCsiPod(r, "nfscsisub88", { server: EFS_DNS, share: "/", subDir: "cc" });
        },
    },
    // ---- Class W: writes that rebind a custody volume, beside pod creation. A PersistentVolume's claimRef may be set
    // to another claim ("Persistent Volumes", Reserving a PersistentVolume: the volume binds "regardless of some volume
    // matching criteria"); its source is immutable (core/v1 validation: spec.persistentvolumesource "is immutable
    // after creation"), so the write gives the custody volume to a claim of the writer's, mounted by a pod it creates
    // (a generic ephemeral volume's claim is made by the ephemeral volume controller from the pod: "Ephemeral
    // Volumes").
    // Was a MISS (fixed in round 88): insecure accepted (got []). Where: policy-pack/engine/kubernetes.ts secretPairs:
    // volumePatchers were paired only with named PV creates (volumeCreators). Fix (general): a PersistentVolume
    // update/patch (or a VolumeSnapshotContent write) and pod creation held by one holder: it acts as the
    // ServiceAccount of every stack pod whose storage that write may reach (volumeRebinds).
    {
        name: "W1 custody EBS PV + ClusterRole get,patch persistentvolumes + Role create pods,pvcs in team-a, both auditor-rt87k",
        stack: "prod",
        refused: /may update or patch persistentvolumes <any name> \(ClusterRoleBinding pvpatch87/,
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "pvpatch87", [rule("persistentvolumes", ["get", "list", "patch"])]);
            teamPodCreator(r);
        },
    },
    // Same with update, pod creation through Deployments (apps).
    {
        name: "W2 pod-identity: custody EBS PV + ClusterRole update persistentvolumes + Role create deployments in team-a-rt87k",
        stack: "pod-identity",
        refused: /may update or patch persistentvolumes <any name> \(ClusterRoleBinding pvupdate87/,
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "pvupdate87", [rule("persistentvolumes", ["get", "update"])]);
            teamPodCreator(r, ["deployments"], "apps");
        },
    },
    // A VolumeSnapshotContent create: a pre-provisioned content whose source.volumeHandle is the custody volume is
    // snapshotted by the driver for the writer's VolumeSnapshot (external-snapshotter VolumeSnapshotContentSource
    // "volumeHandle specifies the CSI volume handle of the volume from which a snapshot should be dynamically taken"),
    // restored into a claim of the writer's namespace ("Volume Snapshots", Provisioning Volumes from Snapshots).
    // Was a MISS (fixed in round 88): insecure accepted (got []). Fix: as W1.
    {
        name: "W3 custody EBS PV + ClusterRole create volumesnapshotcontents + Role create pods,volumesnapshots,pvcs in team-a-rt87k",
        stack: "prod",
        refused: /may write volumesnapshotcontents \(ClusterRoleBinding vsccreate87/,
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "vsccreate87", [rule("volumesnapshotcontents", ["create", "get"], undefined, SNAPSHOT)]);
            teamPodCreator(r);
            grant(r, "teamsnap87", [rule("volumesnapshots", ["create", "get"], undefined, SNAPSHOT)], "team-a");
        },
    },
    // Round 88 fix neighbours (class W). A VolumeSnapshotContent patch (its volumeSnapshotRef rebinds it) beside pod
    // creation.
    {
        name: "W4 pod-identity: custody EBS PV + ClusterRole patch volumesnapshotcontents + Role create pods in team-a-fix88",
        stack: "pod-identity",
        refused: /may write volumesnapshotcontents \(ClusterRoleBinding vscpatch88/,
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "vscpatch88", [rule("volumesnapshotcontents", ["get", "patch"], undefined, SNAPSHOT)]);
            teamPodCreator(r);
        },
    },
    // A PV patch limited by resourceNames to the custody PV itself.
    {
        name: "W5 custody EBS PV + ClusterRole patch persistentvolumes [ccebs87] + Role create pods in team-a-fix88",
        stack: "prod",
        refused: /may update or patch persistentvolumes ccebs87/,
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "pvnamed88", [rule("persistentvolumes", ["get", "patch"], ["ccebs87"])]);
            teamPodCreator(r);
        },
    },
    // A PV patch by name of a volume the stack does not declare: the custody claim's volume may be provisioned
    // (pvc-<uid>), so a name the stack does not show may be it (fail closed).
    {
        name: "W6 pod-identity: custody on gp3 claim (provisioned PV) + ClusterRole patch persistentvolumes [pvc-0a1b] + pods in team-a-fix88",
        stack: "pod-identity",
        refused: /may update or patch persistentvolumes pvc-0a1b/,
        edit: r => {
            storageClass(r, "gp3-88", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            claim(r, "cc-gp3-88", "validators", "gp3-88");
            custodyPod(r, "ccgp388", claimMount("cc-gp3-88"));
            clusterGrant(r, "pvundeclared88", [rule("persistentvolumes", ["get", "patch"], ["pvc-0a1b"])]);
            teamPodCreator(r);
        },
    },
    // ---- Class N neighbours (round 88): pod node pins that may meet the custody pod's node.
    // A zone nodeSelector: which nodes are in the zone the stack does not show (node A may be).
    {
        name: "N1 custody hostPath /data/cc nodeName A + team-a hostPath /data/cc nodeSelector zone eu-west-1a-fix88",
        stack: "prod",
        refused: /mounts hostPath \/data\/cc writable, the node directory of Deployment validators\/cchost87/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            teamHost(r, { nodeSelector: { "topology.kubernetes.io/zone": "eu-west-1a" } });
        },
    },
    // Required affinity hostname In [A, B] admits node A.
    {
        name: "N2 pod-identity: custody hostPath nodeSelector hostname A + team-a hostPath affinity hostname In [A, B]-fix88",
        stack: "pod-identity",
        refused: /mounts hostPath \/data\/cc writable, the node directory of Deployment validators\/cchost87/,
        edit: r => {
            custodyHost(r, byHostname(NODE_A));
            teamHost(r, podAffinity([hostnameIn(NODE_A, NODE_B)]));
        },
    },
    // Both pinned to node A, by nodeName and by hostname label.
    {
        name: "N3 custody hostPath /data/cc nodeName A + team-a hostPath /data/cc nodeSelector hostname A-fix88",
        stack: "prod",
        refused: /mounts hostPath \/data\/cc writable, the node directory of Deployment validators\/cchost87/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            teamHost(r, byHostname(NODE_A));
        },
    },
    // The team pod's nodeName unknown during the preview: any node.
    {
        name: "N4 pod-identity: custody hostPath nodeName A + team-a hostPath nodeName unknown in preview-fix88",
        stack: "pod-identity",
        preview: true,
        refused: /mounts hostPath \/data\/cc writable, the node directory of Deployment validators\/cchost87/,
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            teamHost(r, { nodeName: UNKNOWN });
        },
    },
    // The custody pod unpinned, the team pod pinned to node B: the custody pod may be scheduled on B.
    {
        name: "N5 custody hostPath /data/cc (no pin) + team-a hostPath /data/cc nodeName B-fix88",
        stack: "prod",
        refused: /mounts hostPath \/data\/cc writable, the node directory of Deployment validators\/cchost87/,
        edit: r => {
            custodyHost(r, {});
            teamHost(r, { nodeName: NODE_B });
        },
    },
    // ---- Class E neighbours (round 88): escalate and the Role write in the same namespace: the holder writes any rule
    // into a Role bound to it there ("Using RBAC Authorization", Restrictions on role creation or update).
    {
        name: "E1 Role escalate roles in validators + Role update roles in validators, both auditor-fix88",
        stack: "prod",
        refused: /Role escv88 \(escalate/,
        edit: r => {
            grant(r, "escv88", [rule("roles", ["get", "escalate"], undefined, RBAC)]);
            grant(r, "escvu88", [rule("roles", ["get", "update"], undefined, RBAC)]);
        },
    },
    // escalate cluster-wide (a ClusterRoleBinding reaches every namespace's Roles) and a Role write in validators.
    {
        name: "E2 pod-identity: ClusterRole escalate roles cluster-wide + Role create,patch roles in validators-fix88",
        stack: "pod-identity",
        refused: /ClusterRole escall88 \(escalate/,
        edit: r => {
            clusterGrant(r, "escall88", [rule("roles", ["get", "escalate"], undefined, RBAC)]);
            grant(r, "escvw88", [rule("roles", ["get", "create", "patch"], undefined, RBAC)]);
        },
    },
    // escalate in team-a and a cluster-wide Role write (a ClusterRoleBinding writes team-a's Roles too): team-a's
    // Role bound to auditor gets any rule, team-a's Namespace labels included ("RBAC Good Practices", Namespace
    // modification), so a privileged pod there owns its node.
    {
        name: "E3 Role escalate roles in team-a + ClusterRole update roles cluster-wide, both auditor-fix88",
        stack: "prod",
        refused: /Role escta88 \(escalate/,
        edit: r => {
            grant(r, "escta88", [rule("roles", ["get", "escalate"], undefined, RBAC)], "team-a");
            clusterGrant(r, "escallw88", [rule("roles", ["get", "update"], undefined, RBAC)]);
        },
    },
];

const secure: StackCase[] = [
    // Class F: an NFS CSI class of the team's own NFS server (not the custody file system, no record of the stack
    // pointing there). csi-driver-nfs docs/driver-parameters.md: server, share, subDir, mountPermissions, onDelete.
    // Was a MISS (fixed in round 88): secure refused (custody-effective-access: "StorageClass teamnfs87 provisioner
    // nfs.csi.k8s.io is not one the pack knows to make network volumes"). Where: storageClasses.ts storageClassReach.
    // Fix (general): nfs.csi.k8s.io is a network provisioner (its volumes are NFS exports, mounted by the driver's
    // node plugin, never a node directory), with the parameters its docs list; podStorage.ts classStorage reads
    // where its volumes are (nfsSpace).
    {
        name: "S-F1 StorageClass nfs.csi.k8s.io server team-nfs.internal.example.com share /exports + team-a claim-rt87k",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            storageClass(r, "teamnfs87", NFS_CSI, {
                server: "team-nfs.internal.example.com",
                share: "/exports",
                subDir: "${pvc.metadata.namespace}/${pvc.metadata.name}",
                onDelete: "retain",
                mountPermissions: "0",
            });
            teamClaimOn(r, "teamnfs87");
        },
    },
    // A Route53 record of the stack naming the team's NFS server (another file system's DNS name), used by a team
    // NFS CSI class.
    // Was a MISS (fixed in round 88): secure refused (as S-F1). Fix: as S-F1.
    {
        name: "S-F2 pod-identity: CNAME team-nfs → fs-0b0b0b0b DNS name + StorageClass nfs.csi.k8s.io server team-nfs-rt87k",
        stack: "pod-identity",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "teamnfs87", "team-nfs.internal.example.com", "CNAME", [
                "fs-0b0b0b0b.efs.eu-west-1.amazonaws.com",
            ]);
            storageClass(r, "teamnfs87b", NFS_CSI, { server: "team-nfs.internal.example.com", share: "/" });
            teamClaimOn(r, "teamnfs87b");
        },
    },
    // An inline NFS CSI volume of another file system's DNS name.
    {
        name: "S-F3 custody EFS PV fs-0a1b2c3d + team-a inline csi nfs server fs-0b0b0b0b DNS name-rt87k",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsCsiPod(r, "nfscsiother87", { server: "fs-0b0b0b0b.efs.eu-west-1.amazonaws.com", share: "/" });
        },
    },
    // Round 88 fix neighbours (class F). A record of the stack of another name than the server's: the server is not
    // resolved through it.
    {
        name: "S-F4 custody EFS PV + CNAME custody-share → EFS DNS name + team-a nfs server team-share.internal-fix88",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "share88c", "custody-share.internal.example.com", "CNAME", [EFS_DNS]);
            nfsPod(r, "nfsteam88", "team-share.internal.example.com");
        },
    },
    // A sibling access point directory of the custody one: the custody PV is /cc of the file system, the team's
    // inline NFS CSI volume /team (subDir) of the same file system: two directories.
    {
        name: "S-F5 pod-identity: custody EFS PV fs-0a1b2c3d::/cc + team-a inline csi nfs EFS DNS share / subDir team-fix88",
        stack: "pod-identity",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d:/cc");
            nfsCsiPod(r, "nfscsisib88", { server: EFS_DNS, share: "/", subDir: "team" });
        },
    },
    // A team A record pointing at an address no mount target of the stack has.
    {
        name: "S-F6 custody EFS PV + mount target 10.0.87.25 + Route53 A team-nfs → 10.0.99.9 + team-a csi nfs server team-nfs-fix88",
        stack: "prod",
        edit: r => {
            mountTarget(r, "10.0.87.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            record(r, "teamnfsa88", "team-nfs.internal.example.com", "A", ["10.0.99.9"]);
            nfsCsiPod(r, "nfscsiteam88", { server: "team-nfs.internal.example.com", share: "/" });
        },
    },
    // ---- Class W: the writes alone, or with pod creation held by someone else. A PV patch alone changes no pod.
    {
        name: "S-W1 custody EBS PV + ClusterRole get,list,patch persistentvolumes bound to auditor (no pod creation)-rt87k",
        stack: "prod",
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "pvpatchonly87", [rule("persistentvolumes", ["get", "list", "patch"])]);
        },
    },
    // Pod creation in team-a by auditor, the VolumeSnapshotContent write by another user (a backup operator).
    {
        name: "S-W2 pod-identity: custody EBS PV + ClusterRole create volumesnapshotcontents to backup + pods in team-a to auditor-rt87k",
        stack: "pod-identity",
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(
                r,
                "vscbackup87",
                [rule("volumesnapshotcontents", ["create", "get"], undefined, SNAPSHOT)],
                "backup",
            );
            teamPodCreator(r);
        },
    },
    // Round 88 fix neighbours (class W). A PV patch limited to a team PV bound to a team claim, beside pod creation in
    // team-a: the custody PV is not among the names.
    {
        name: "S-W3 custody EBS PV + team PV teamebs88 + ClusterRole patch persistentvolumes [teamebs88] + pods in team-a-fix88",
        stack: "prod",
        edit: r => {
            custodyOnEbs(r);
            volume(r, "teamebs88", {
                storageClassName: "",
                claimRef: { namespace: "team-a", name: "team-ebs88" },
                csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0team88team88team", fsType: "ext4" },
            });
            claim(r, "team-ebs88", "team-a", "", { volumeName: "teamebs88" });
            dep(r, "teamebs88", claimMount("team-ebs88"));
            clusterGrant(r, "pvteam88", [rule("persistentvolumes", ["get", "patch"], ["teamebs88"])]);
            teamPodCreator(r);
        },
    },
    // Reading VolumeSnapshotContents (get, list, watch) beside pod creation writes nothing.
    {
        name: "S-W4 pod-identity: custody EBS PV + ClusterRole get,list,watch volumesnapshotcontents + pods in team-a-fix88",
        stack: "pod-identity",
        edit: r => {
            custodyOnEbs(r);
            clusterGrant(r, "vscread88", [
                rule("volumesnapshotcontents", ["get", "list", "watch"], undefined, SNAPSHOT),
            ]);
            teamPodCreator(r);
        },
    },
    // ---- Class N: a pod's own node pins narrow where its hostPath is. Kubernetes "Assigning Pods to Nodes": nodeName
    // ("the kubelet on the named node tries to place the Pod on that node"), nodeSelector ("Kubernetes only schedules
    // the Pod onto nodes that have each of the labels you specify"), required node affinity (nodeSelectorTerms ORed,
    // matchExpressions ANDed); the kubelet's admission checks nodeSelector and affinity even for a pod placed by
    // nodeName. On EKS a node's name is its EC2 private DNS name, which kubernetes.io/hostname carries too.
    // Was a MISS (fixed in round 88): secure refused (custody-effective-access: "Deployment team-a/teamhost87
    // (ServiceAccount default) mounts hostPath /data/cc writable, the node directory of Deployment
    // validators/cchost87"). Where: podStorage.ts podStorageMounts gave a pod's hostPath no `nodes` (round 86 read
    // them only for a PV's nodeAffinity, pinnedNodes). Fix (general): a pod's node pins (podPinnedNodes: nodeName,
    // nodeSelector hostname, required affinity, read as pinnedNodes reads a PV's terms, intersected) are the nodes of
    // its node storages.
    {
        name: "S-N1 custody hostPath /data/cc nodeName A + team-a hostPath /data/cc nodeName B-rt87k",
        stack: "prod",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A });
            teamHost(r, { nodeName: NODE_B });
        },
    },
    // Was a MISS (fixed in round 88): secure refused (as S-N1). Fix: as S-N1.
    {
        name: "S-N2 pod-identity: custody hostPath nodeSelector hostname A + team-a hostPath nodeSelector hostname B-rt87k",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, byHostname(NODE_A));
            teamHost(r, byHostname(NODE_B));
        },
    },
    // Was a MISS (fixed in round 88): secure refused (as S-N1). Fix: as S-N1.
    {
        name: "S-N3 custody hostPath required affinity hostname In [A] + team-a hostPath nodeName B-rt87k",
        stack: "prod",
        edit: r => {
            custodyHost(r, podAffinity([hostnameIn(NODE_A)]));
            teamHost(r, { nodeName: NODE_B });
        },
    },
    // Round 88 fix neighbours (class N). Two terms, both of other nodes (B or C), and a nodeSelector of zone beside
    // the custody pod's hostname pin.
    {
        name: "S-N4 pod-identity: custody hostPath nodeName A + zone nodeSelector + team-a affinity terms [B] or [C]-fix88",
        stack: "pod-identity",
        edit: r => {
            custodyHost(r, { nodeName: NODE_A, nodeSelector: { "topology.kubernetes.io/zone": "eu-west-1a" } });
            teamHost(r, podAffinity([hostnameIn(NODE_B)], [hostnameIn(NODE_C)]));
        },
    },
    // nodeName B and an affinity admitting A and B: the pod runs only where both hold (node B).
    {
        name: "S-N5 custody hostPath nodeSelector hostname A + team-a hostPath nodeName B + affinity In [A, B]-fix88",
        stack: "prod",
        edit: r => {
            custodyHost(r, byHostname(NODE_A));
            teamHost(r, { nodeName: NODE_B, ...podAffinity([hostnameIn(NODE_A, NODE_B)]) });
        },
    },
    // The custody pod on a local PV pinned to node A; a team-a hostPath pod of the same directory pinned to node B.
    {
        name: "S-N6 pod-identity: custody local PV /mnt/disks/cc on node A + team-a hostPath /mnt/disks/cc nodeName B-fix88",
        stack: "pod-identity",
        edit: r => {
            volume(r, "cclocal88", {
                storageClassName: "local88",
                claimRef: { namespace: "validators", name: "cc-local88" },
                local: { path: "/mnt/disks/cc" },
                nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [hostnameIn(NODE_A)] }] } },
            });
            claim(r, "cc-local88", "validators", "local88", { volumeName: "cclocal88" });
            custodyPod(r, "cclocal88", claimMount("cc-local88"));
            dep(r, "teamdisk88", {
                nodeName: NODE_B,
                volumes: [{ name: "disk", hostPath: { path: "/mnt/disks/cc", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "disk", mountPath: "/disk" }] })],
            });
        },
    },
    // ---- Class E: escalate on Roles of team-a, a Role write in team-b only. "Using RBAC Authorization",
    // Restrictions on role creation or update: a role may be created/updated with permissions one lacks only with
    // "explicit permission to perform the escalate verb on the roles or clusterroles resource", checked "at the same
    // scope as the object being modified (cluster-wide for a ClusterRole, within the same namespace or cluster-wide
    // for a Role)": the team-b write is checked for escalate in team-b, which auditor lacks; in team-a it writes none.
    // Was a MISS (fixed in round 88): secure refused (custody-effective-access: "RoleBinding escta87 in team-a → Role
    // escta87 (escalate/bind roles) → acts as ServiceAccount validators/containment-chamber"). Where:
    // policy-pack/engine/kubernetes.ts withoutUnpairedEscalate/roleWritesOfRules: the role writes escalate needs were
    // read without their namespace (roleWriters keys `Role:<name>`). Fix (general): a Role write is keyed by the
    // namespaces its binding reaches (`Role:<ns>:<name>`, `*` cluster-wide; a ClusterRole write only through a
    // ClusterRoleBinding), and escalate counts only where its own binding and such a write meet.
    {
        name: "S-E1 pod-identity: Role escalate roles in team-a + Role create,update roles in team-b, both auditor-rt87k",
        stack: "pod-identity",
        edit: r => {
            grant(r, "escta87", [rule("roles", ["get", "escalate"], undefined, RBAC)], "team-a");
            grant(r, "esctb87", [rule("roles", ["get", "create", "update"], undefined, RBAC)], "team-b");
        },
    },
    // Round 88 fix neighbours (class E). escalate on clusterroles through a RoleBinding (a ClusterRole is
    // cluster-scoped: a RoleBinding never authorises a request on it) beside a cluster-wide ClusterRole update.
    {
        name: "S-E2 ClusterRole escalate clusterroles bound by RoleBinding in team-a + ClusterRole update clusterroles cluster-wide-fix88",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "escrb88-crole", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "escrb88" },
                rules: [rule("clusterroles", ["get", "escalate"], undefined, RBAC)],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "escrb88-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "escrb88", namespace: "team-a" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "escrb88" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
            clusterGrant(r, "escrbw88", [rule("clusterroles", ["get", "update"], undefined, RBAC)]);
        },
    },
    // escalate in team-a, Role writes in team-b and team-c: none in team-a.
    {
        name: "S-E3 pod-identity: Role escalate roles [esctx88] in team-a + Role patch roles in team-b and team-c-fix88",
        stack: "pod-identity",
        edit: r => {
            grant(r, "esctx88", [rule("roles", ["get", "escalate"], ["esctx88"], RBAC)], "team-a");
            grant(r, "esctb88", [rule("roles", ["get", "patch"], undefined, RBAC)], "team-b");
            grant(r, "esctc88", [rule("roles", ["get", "patch"], undefined, RBAC)], "team-c");
        },
    },
];

describeVariants(
    "red team 87 (k8s, recreated in round 88): NFS CSI, Route53 names, volume rebinds, pod pins, escalate",
    insecure,
    secure,
);
