// Red-team round 86 on the Kubernetes/EKS API level (fresh eyes), probing the neighbours of round 86's storage fixes
// (EFS mount-target addresses, VolumeSnapshotContent sources, local PVs pinned to different nodes) and classes beyond
// storage.
// Probed: (N) local/hostPath PV node affinity: NotIn, Exists, a zone label, matchFields metadata.name, an unpinned
// custody hostPath against a pinned team PV, a parent hostPath PV, a second term with Gt; (I) the AZ mount-target DNS
// name, an IPv4-mapped IPv6 address, a mount target's address as a static PV server; (C) a custody-volume snapshot
// content restored by dataSource and by a generic ephemeral volume; (K) nodes/proxy (get+create, get only), token
// requests by name, ephemeral containers by patch, RBAC escalate (own Role, ClusterRole, split across two Roles),
// impersonation of the custody ServiceAccount and of system:masters, CSR approval with signer approve,
// MutatingAdmissionPolicy writes and a declared policy, a URL-served mutating webhook, replicationcontrollers,
// deployments and cronjobs in validators; (A) AmazonEKSAdminViewPolicy / AmazonEKSSecretReaderPolicy access policies,
// an EC2_LINUX access entry for a non-node role.
// Secure neighbours: two ANDed node expressions on node B, a sibling local directory, another file system's AZ DNS
// name, a custody snapshot restored for the custody ServiceAccount, nodes/metrics+stats, literal nodes/* and
// serviceaccounts/* (only "*" and "*/sub" are patterns), named token requests for other ServiceAccounts, CSR create
// alone or approval without signer approve, podtemplates, escalate without a role write, AdminView in team-a,
// impersonating a team ServiceAccount or user extras only, auth-delegator reviews, hostname AND matchFields on B.
// Misses (0 insecure accepted, 2 secure refused):
// - secure refused, class E (`escalate` on roles/clusterroles read as every power though the holder may write no
//   role; policy-pack/engine/kubernetes.ts escalate/bind branch ~842 and its helper ~971-992): S9, S15.
// Held: 31 of 31 insecure refused; 17 of 19 secure clean.
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

/** A PV node affinity of one term with these match expressions. */
const affinityOf = (...matchExpressions: unknown[]) => ({
    required: { nodeSelectorTerms: [{ matchExpressions }] },
});

const insecure: StackCase[] = [
    // ---- Class N (neighbours of round 86's local-PV node pinning). Kubernetes "Assigning Pods to Nodes", Node
    // affinity: operators In, NotIn, Exists, DoesNotExist, Gt, Lt; "NotIn and DoesNotExist ... node anti-affinity".
    // A PV's nodeAffinity ("Persistent Volumes", Node Affinity) is the set of nodes the volume is reachable from.
    // NotIn [NODE_B] admits NODE_A: team-a writes the custody directory on node A.
    {
        name: "N3 custody local PV /mnt/disks/cc on node A + team-a local PV /mnt/disks/cc nodeAffinity hostname NotIn [B]-rt86k",
        stack: "prod",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                affinityOf({ key: "kubernetes.io/hostname", operator: "NotIn", values: [NODE_B] }),
            ),
    },
    // Exists on the hostname label: every node.
    {
        name: "N4 pod-identity: custody local PV on node A + team-a local PV same path nodeAffinity hostname Exists-rt86k",
        stack: "pod-identity",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                affinityOf({ key: "kubernetes.io/hostname", operator: "Exists" }),
            ),
    },
    // A zone label: which nodes are in eu-west-1a the stack does not show (node A may be): fail closed.
    {
        name: "N5 custody local PV on node A + team-a local PV same path pinned by topology.kubernetes.io/zone In [eu-west-1a]-rt86k",
        stack: "prod",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                affinityOf({ key: "topology.kubernetes.io/zone", operator: "In", values: ["eu-west-1a"] }),
            ),
    },
    // matchFields metadata.name In [A] ("Assigning Pods to Nodes": matchFields selects by node fields; metadata.name
    // is the node's name, as the hostname label usually is): the same node A.
    {
        name: "N6 custody local PV on node A + team-a local PV same path pinned by matchFields metadata.name In [A]-rt86k",
        stack: "prod",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                {
                    required: {
                        nodeSelectorTerms: [
                            { matchFields: [{ key: "metadata.name", operator: "In", values: [NODE_A] }] },
                        ],
                    },
                },
            ),
    },
    // The custody pod's inline hostPath /data/cc runs on whatever node it is scheduled to (no pin): a team-a local PV
    // of /data/cc pinned to node B shares node B's directory whenever the custody pod lands there.
    {
        name: "N7 custody inline hostPath /data/cc (no node pin) + team-a local PV /data/cc pinned to node B-rt86k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "teamdata86", {
                storageClassName: "local86",
                claimRef: { namespace: "team-a", name: "team-data86" },
                local: { path: "/data/cc" },
                nodeAffinity: onNodes([NODE_B]),
            });
            claim(r, "team-data86", "team-a", "local86", { volumeName: "teamdata86" });
            dep(r, "teamdata86", claimMount("team-data86"));
        },
    },
    // A team-a pod with nodeName NODE_A (bypasses the scheduler: "Assigning Pods to Nodes", nodeName) and a local PV
    // without nodeAffinity? A local PV requires nodeAffinity; here a hostPath PV of the custody path without affinity
    // mounted by a pod pinned to node A by nodeSelector.
    {
        name: "N8 custody local PV on node A + team-a hostPath PV /mnt/disks/cc/.. parent /mnt/disks without affinity-rt86k",
        stack: "pod-identity",
        edit: r => localPair(r, { hostPath: { path: "/mnt/disks", type: "Directory" } }),
    },
    // Terms of one PV: a second term with Gt on a numeric label (any node whose label is greater) admits node A.
    {
        name: "N9 custody local PV on node A + team-a local PV same path, second term node-index Gt 0-rt86k",
        stack: "prod",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                {
                    required: {
                        nodeSelectorTerms: [
                            { matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [NODE_B] }] },
                            { matchExpressions: [{ key: "example.com/node-index", operator: "Gt", values: ["0"] }] },
                        ],
                    },
                },
            ),
    },
    // ---- Class I (neighbours of round 86's EFS mount-target addresses). EFS "Mounting on Amazon EC2 with a DNS name":
    // the mount target DNS name availability-zone.file-system-id.efs.aws-region.amazonaws.com names one AZ's mount
    // target of the file system.
    {
        name: "I7 custody EFS PV fs-0a1b2c3d + team-a inline nfs eu-west-1a.fs-0a1b2c3d.efs.eu-west-1.amazonaws.com:/-rt86k",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsPod(r, "nfsaz86", "eu-west-1a.fs-0a1b2c3d.efs.eu-west-1.amazonaws.com");
        },
    },
    // The mount target's IPv4 address written as an IPv4-mapped IPv6 address (RFC 4291 2.5.5.2): the same host.
    {
        name: "I8 custody EFS PV fs-0a1b2c3d + mount target 10.0.85.25 + team-a inline nfs [::ffff:10.0.85.25]:/-rt86k",
        stack: "prod",
        edit: r => {
            mountTarget(r, "10.0.85.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsPod(r, "nfsmapped86", "[::ffff:10.0.85.25]");
        },
    },
    // The mount target's address as a static PV's NFS server, bound to a team-a claim (not inline).
    {
        name: "I9 pod-identity: custody EFS PV + mount target 10.0.85.25 + team-a PV nfs 10.0.85.25 path /cc bound to a team claim-rt86k",
        stack: "pod-identity",
        edit: r => {
            mountTarget(r, "10.0.85.25");
            custodyOnEfs(r, "fs-0a1b2c3d");
            volume(r, "teamnfs86", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "team-a", name: "team-nfs86" },
                nfs: { server: "10.0.85.25", path: "/" },
            });
            claim(r, "team-nfs86", "team-a", "", { volumeName: "teamnfs86", accessModes: ["ReadWriteMany"] });
            dep(r, "teamnfs86", claimMount("team-nfs86"));
        },
    },
    // ---- Class C (neighbours of round 86's VolumeSnapshotContent sources). "Volume Snapshots": a restore may name the
    // snapshot by dataSource (the older field) as well as dataSourceRef.
    {
        name: "C7 custody static EBS PV + VolumeSnapshotContent of its volumeHandle bound to team-a, restored by dataSource-rt86k",
        stack: "prod",
        edit: r => {
            restoreFromContent(r, { volumeHandle: "vol-0cc86cc86cc86cc86" });
            claim(r, "grab-restore86b", "team-a", "gp3-86", {
                dataSource: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "grab-snap86" },
            });
            dep(r, "grabrestore86b", claimMount("grab-restore86b", true));
        },
    },
    // The snapshot of the custody volume restored by a team-a generic ephemeral volume (round 85 class X + 86 class C).
    {
        name: "C8 pod-identity: VolumeSnapshotContent of the custody volume bound to team-a, restored by an ephemeral volume-rt86k",
        stack: "pod-identity",
        edit: r => {
            restoreFromContent(r, { volumeHandle: "vol-0cc86cc86cc86cc86" });
            dep(
                r,
                "ephrestore86",
                ephemeralMount({
                    storageClassName: "gp3-86",
                    dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "grab-snap86" },
                }),
            );
        },
    },
    // ---- RBAC and API classes beyond storage.
    // nodes/proxy: CIS Kubernetes 5.1.14 / Kubernetes RBAC good practices: "nodes/proxy ... grants access to all
    // Kubelet API endpoints ..., including ... arbitrary command execution in containers on the node" (kubelet
    // /exec, /run): exec into the custody pod on its node.
    {
        name: "K1 ClusterRole get,create nodes/proxy bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "nodeproxy86", [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get", "create"] }]),
    },
    // Token requests: "Managing Service Accounts", TokenRequest API: create serviceaccounts/token on the custody SA
    // mints its token (IRSA: exchanged for the custody runtime role).
    {
        name: "K3 Role create serviceaccounts/token resourceNames [containment-chamber] in validators-rt86k",
        stack: "prod",
        edit: r => grant(r, "tok86", [rule("serviceaccounts/token", ["create"], ["containment-chamber"])]),
    },
    // Ephemeral containers by patch (round 81 tried update): "Ephemeral Containers" are added through the
    // ephemeralcontainers subresource; kubectl debug uses patch. A container in the custody pod shares its token.
    {
        name: "K5 Role patch pods/ephemeralcontainers in validators-rt86k",
        stack: "prod",
        edit: r => grant(r, "ephc86", [rule("pods/ephemeralcontainers", ["get", "patch"])]),
    },
    // RBAC escalate: "Using RBAC Authorization", Restrictions on role creation or update: with escalate, a user may
    // update a Role with permissions it does not hold. auditor updates its own bound Role to read Secrets/exec.
    {
        name: "K6 Role update,escalate on roles resourceNames [esc86] bound to auditor itself in validators-rt86k",
        stack: "prod",
        edit: r =>
            grant(r, "esc86", [
                {
                    apiGroups: [RBAC],
                    resources: ["roles"],
                    verbs: ["get", "update", "escalate"],
                    resourceNames: ["esc86"],
                },
            ]),
    },
    // Same by patch on a ClusterRole bound cluster-wide.
    {
        name: "K7 pod-identity: ClusterRole patch,escalate clusterroles [cesc86] bound to auditor cluster-wide-rt86k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "cesc86", [
                {
                    apiGroups: [RBAC],
                    resources: ["clusterroles"],
                    verbs: ["patch", "escalate"],
                    resourceNames: ["cesc86"],
                },
            ]),
    },
    // Impersonation of the custody ServiceAccount: "User impersonation": impersonate on serviceaccounts by name.
    {
        name: "K8 Role impersonate serviceaccounts [containment-chamber] in validators-rt86k",
        stack: "prod",
        edit: r => grant(r, "imp86", [rule("serviceaccounts", ["impersonate"], ["containment-chamber"])]),
    },
    // Impersonating the group system:masters (cluster-admin, "Using RBAC Authorization" default bindings).
    {
        name: "K9 ClusterRole impersonate groups [system:masters] + users bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "impgrp86", [
                { apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: ["system:masters"] },
                { apiGroups: [""], resources: ["users"], verbs: ["impersonate"] },
            ]),
    },
    // CSR signing: "Certificates and Certificate Signing Requests": approve on signers kubernetes.io/kube-apiserver-
    // client plus update certificatesigningrequests/approval lets a user approve its own CSR for any user/group.
    {
        name: "K10 ClusterRole create CSRs + update approval + approve signer kube-apiserver-client bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "csr86", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["create", "get"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests/approval"],
                    verbs: ["update"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["signers"],
                    verbs: ["approve"],
                    resourceNames: ["kubernetes.io/kube-apiserver-client"],
                },
            ]),
    },
    // MutatingAdmissionPolicy (Kubernetes "Mutating Admission Policy", beta 1.34, GA 1.36): a CEL mutation of pods
    // created in validators (e.g. an image or a sidecar in the custody pod) written through RBAC.
    {
        name: "K11 ClusterRole create mutatingadmissionpolicies + bindings bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "map86", [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
    },
    // A declared MutatingAdmissionPolicy + binding that injects a container into validators pods.
    {
        name: "K12 pod-identity: declared MutatingAdmissionPolicy adding a sidecar to pods + binding on all namespaces-rt86k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "sidecar86", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "sidecar86" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "IfNeeded",
                    mutations: [
                        {
                            patchType: "JSONPatch",
                            jsonPatch: {
                                expression:
                                    '[JSONPatch{op: "add", path: "/spec/containers/-", value: Object.spec.containers{name: "x", image: "registry.example.net/x:1"}}]',
                            },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "sidecar86b", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "sidecar86" },
                spec: { policyName: "sidecar86" },
            });
        },
    },
    // A declared mutating webhook whose clientConfig is an external URL (no Service): whoever serves it rewrites
    // the custody pod ("Dynamic Admission Control", clientConfig url).
    {
        name: "K13 MutatingWebhookConfiguration on pods served by url https://hooks.example.net/mutate-rt86k",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "exthook86", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "exthook86" },
                webhooks: [
                    {
                        name: "pods.hooks.example.net",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://hooks.example.net/mutate" },
                        rules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] }],
                    },
                ],
            }),
    },
    // Pod controllers: create replicationcontrollers in validators makes pods of any ServiceAccount there.
    {
        name: "K14 Role create replicationcontrollers in validators-rt86k",
        stack: "prod",
        edit: r => grant(r, "rc86", [rule("replicationcontrollers", ["create"])]),
    },
    // Deployments in validators may name any ServiceAccount of the namespace ("Configure Service Accounts for Pods":
    // spec.serviceAccountName), the custody one among them: its token and IAM role.
    {
        name: "K15 pod-identity: Role create deployments in validators (any ServiceAccount)-rt86k",
        stack: "pod-identity",
        edit: r => grant(r, "depl86", [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] }]),
    },
    // ---- Access entries and Pod Identity. EKS "Review access policy permissions": AmazonEKSAdminViewPolicy lists and
    // views all resources, including Secrets (unlike AmazonEKSViewPolicy).
    {
        name: "A1 access policy AmazonEKSAdminViewPolicy scoped to validators for platform-ops-rt86k",
        stack: "prod",
        edit: r => accessPolicy(r, "adminview86", "AmazonEKSAdminViewPolicy", ["validators"]),
    },
    // AmazonEKSSecretReaderPolicy reads Secrets.
    {
        name: "A2 pod-identity: access policy AmazonEKSSecretReaderPolicy at cluster scope for platform-ops-rt86k",
        stack: "pod-identity",
        edit: r => accessPolicy(r, "secretread86", "AmazonEKSSecretReaderPolicy"),
    },
    // An access entry of type EC2_LINUX for a team role: EKS gives it the system:nodes group (node identity,
    // "Create access entries": type EC2_LINUX ... for nodes), so it reads pods' secrets on nodes as a kubelet.
    {
        name: "A3 access entry type EC2_LINUX for platform-ops (not a node role)-rt86k",
        stack: "prod",
        edit: r =>
            aws(r, ENTRY, "ops-node86", { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "EC2_LINUX" }),
    },
    // Depth on the escalate class (a neighbour the S9 fix must keep refused): escalate in one Role, update of roles
    // in another Role, both bound to auditor in validators: the same user may update its own Role with any rule
    // ("Using RBAC Authorization", Restrictions on role creation or update: the checks are per request identity).
    {
        name: "K16 pod-identity: Role A escalate roles + Role B update roles [esc86b], both bound to auditor in validators-rt86k",
        stack: "pod-identity",
        edit: r => {
            grant(r, "escA86", [{ apiGroups: [RBAC], resources: ["roles"], verbs: ["escalate"] }]);
            grant(r, "esc86b", [
                { apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "update"], resourceNames: ["esc86b"] },
            ]);
        },
    },
    // CronJobs in validators run pods of any ServiceAccount there (the custody one): "CronJob" jobTemplate.
    {
        name: "K17 Role create cronjobs in validators-rt86k",
        stack: "prod",
        edit: r => grant(r, "cron86", [{ apiGroups: ["batch"], resources: ["cronjobs"], verbs: ["create"] }]),
    },
    // get alone on nodes/proxy: the kubelet authorizes a request by its HTTP method, and exec/attach over WebSocket
    // start with a GET (round 81's pods/exec class); CIS Kubernetes 5.1.14: nodes/proxy reaches the kubelet's command
    // execution endpoints.
    {
        name: "K18 pod-identity: ClusterRole get nodes/proxy only bound to auditor-rt86k",
        stack: "pod-identity",
        edit: r => clusterGrant(r, "nodeproxyget86", [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }]),
    },
    // Round 86 fix neighbours (class E, escalate counts beside a role write by the same request identity, on a role
    // name both allow): "Using RBAC Authorization", Restrictions on role creation or update.
    // escalate on one named Role, an unnamed patch of roles in another Role, both bound to auditor: auditor patches
    // the named Role (bound to itself) with any rule.
    {
        name: "K-E1 Role escalate roles [escn86] + Role patch roles (any name), both bound to auditor in validators-fix86",
        stack: "prod",
        edit: r => {
            grant(r, "escn86", [
                { apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "escalate"], resourceNames: ["escn86"] },
            ]);
            grant(r, "escnp86", [{ apiGroups: [RBAC], resources: ["roles"], verbs: ["patch"] }]);
        },
    },
    // escalate on clusterroles cluster-wide and create of clusterroles in another ClusterRole: a usable create writes
    // a ClusterRole of any name (one a binding already names, fail closed), with any rule.
    {
        name: "K-E2 pod-identity: ClusterRole escalate clusterroles + ClusterRole create clusterroles, both bound to auditor-fix86",
        stack: "pod-identity",
        edit: r => {
            clusterGrant(r, "cescc86", [{ apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["escalate"] }]);
            clusterGrant(r, "cescw86", [{ apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["create", "get"] }]);
        },
    },
];

const secure: StackCase[] = [
    // Class N: the team PV is pinned to node B by two ANDed expressions (hostname In [B] and a zone): never node A.
    {
        name: "S1 custody local PV on node A + team-a local PV same path, hostname In [B] AND zone In [eu-west-1b]-rt86k",
        stack: "prod",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                affinityOf(
                    { key: "kubernetes.io/hostname", operator: "In", values: [NODE_B] },
                    { key: "topology.kubernetes.io/zone", operator: "In", values: ["eu-west-1b"] },
                ),
            ),
    },
    // Class N: a sibling directory on node A (/mnt/disks/cc2) is another directory.
    {
        name: "S2 pod-identity: custody local PV /mnt/disks/cc on node A + team-a local PV /mnt/disks/cc2 on node A-rt86k",
        stack: "pod-identity",
        edit: r => localPair(r, { local: { path: "/mnt/disks/cc2" } }, onNodes([NODE_A])),
    },
    // Class I: another file system's AZ mount target DNS name.
    {
        name: "S3 custody EFS PV fs-0a1b2c3d + team-a inline nfs eu-west-1a.fs-0b0b0b0b.efs.eu-west-1.amazonaws.com:/-rt86k",
        stack: "prod",
        edit: r => {
            custodyOnEfs(r, "fs-0a1b2c3d");
            nfsPod(r, "nfsaz86", "eu-west-1a.fs-0b0b0b0b.efs.eu-west-1.amazonaws.com");
        },
    },
    // Class C: the custody volume's snapshot content bound to a validators snapshot restored for the custody pod
    // itself (same ServiceAccount containment-chamber): nothing leaves the custody identity.
    {
        name: "S4 VolumeSnapshotContent of the custody volume bound to a validators snapshot restored by the custody SA-rt86k",
        stack: "prod",
        edit: r => {
            volume(r, "ccebs86", {
                storageClassName: "",
                claimRef: { namespace: "validators", name: "cc-ebs86" },
                csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0cc86cc86cc86cc86", fsType: "ext4" },
            });
            claim(r, "cc-ebs86", "validators", "", { volumeName: "ccebs86" });
            custodyPod(r, "ccebs86", claimMount("cc-ebs86"));
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotContent", "cccontent86", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshotContent",
                metadata: { name: "cc-content86" },
                spec: {
                    deletionPolicy: "Retain",
                    driver: "ebs.csi.aws.com",
                    source: { volumeHandle: "vol-0cc86cc86cc86cc86" },
                    volumeSnapshotClassName: "ebs-snap",
                    volumeSnapshotRef: { namespace: "validators", name: "cc-snap86" },
                },
            });
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot", "ccsnap86", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshot",
                metadata: { name: "cc-snap86", namespace: "validators" },
                spec: { source: { volumeSnapshotContentName: "cc-content86" } },
            });
            storageClass(r, "gp3-86", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            claim(r, "cc-restore86", "validators", "gp3-86", {
                dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "cc-snap86" },
            });
            custodyPod(r, "ccrestore86", claimMount("cc-restore86", true));
        },
    },
    // nodes/metrics and nodes/stats: fine-grained kubelet subresources (no exec endpoints; CIS 5.1.14).
    {
        name: "S5 ClusterRole get nodes/metrics, nodes/stats bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "nodemetrics86", [
                { apiGroups: [""], resources: ["nodes/metrics", "nodes/stats"], verbs: ["get"] },
            ]),
    },
    // A token for another ServiceAccount: the name of serviceaccounts/token is in the URL, so resourceNames limits it
    // ("Using RBAC Authorization", Referring to resources: resourceNames for subresources of named objects).
    {
        name: "S6 pod-identity: Role create serviceaccounts/token resourceNames [team-bot] in team-a-rt86k",
        stack: "pod-identity",
        edit: r => grant(r, "toktb86", [rule("serviceaccounts/token", ["create"], ["team-bot"])], "team-a"),
    },
    // CSR create and get alone: no approval, no signer approve.
    {
        name: "S7 ClusterRole create,get certificatesigningrequests only bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "csrc86", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["create", "get"],
                },
            ]),
    },
    // PodTemplates are data: no core controller makes pods from a PodTemplate object.
    {
        name: "S8 Role create podtemplates in validators-rt86k",
        stack: "prod",
        edit: r => grant(r, "ptpl86", [rule("podtemplates", ["create", "get"])]),
    },
    // Escalate without update/patch/create writes nothing: "Using RBAC Authorization", Restrictions on role creation
    // or update: escalate lets a user who may create or update a role put permissions in it that the user does not
    // hold; it is no write verb of its own (the create/update/patch request still needs its verb).
    // Was a MISS (fixed in round 86): secure refused (custody-effective-access: "Kubernetes User auditor → RoleBinding escnw86 in validators →
    // Role escnw86 (escalate/bind roles) → acts as ServiceAccount validators/containment-chamber → ... role
    // custody-pod-identity-signer → kms:Decrypt ..."). Where: policy-pack/engine/kubernetes.ts, the escalate/bind
    // branch of the rule reader (line ~842) and its helper (~971-992: `if (has("escalate") || !bindable) return
    // "every"`) read `escalate` alone as every power. Fix (class): `escalate` on roles/clusterroles counts only beside
    // a write of those roles (create/update/patch, `*`) by the same request identity, limited to the names both
    // allow, as round 81 paired a named `bind` with a binding write; escalate + a role write then gives what a
    // binding of that role already reaches (or every power with create/bind of bindings too).
    {
        name: "S9 pod-identity: Role get,escalate roles in validators bound to auditor (no update/patch/create)-rt86k",
        stack: "pod-identity",
        edit: r => grant(r, "escnw86", [{ apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "escalate"] }]),
    },
    // AmazonEKSAdminViewPolicy scoped to team-a: Secrets of team-a only (EKS access policy namespace scope).
    {
        name: "S10 access policy AmazonEKSAdminViewPolicy scoped to team-a for platform-ops-rt86k",
        stack: "prod",
        edit: r => accessPolicy(r, "adminviewteam86", "AmazonEKSAdminViewPolicy", ["team-a"]),
    },
    // Impersonating a team ServiceAccount without custody power ("User impersonation", resourceNames).
    {
        name: "S11 Role impersonate serviceaccounts [team-bot] in team-a-rt86k",
        stack: "prod",
        edit: r => grant(r, "impteam86", [rule("serviceaccounts", ["impersonate"], ["team-bot"])], "team-a"),
    },
    // RBAC resource matching: "nodes/*" is a literal, not a wildcard. Only "*" and "*/<subresource>" are patterns
    // (PolicyRule.resources API reference: '"*" means all ... "*/foo" represents the subresource foo for all
    // resources'; rbac ResourceMatches compares other entries literally; round 81's S "pods/*" agrees).
    {
        name: "S13 pod-identity: ClusterRole get nodes/* (literal, no wildcard) bound to auditor-rt86k",
        stack: "pod-identity",
        edit: r => clusterGrant(r, "nodestar86", [{ apiGroups: [""], resources: ["nodes/*"], verbs: ["get"] }]),
    },
    // Same: "serviceaccounts/*" matches no token request (serviceaccounts/token).
    {
        name: "S14 pod-identity: Role create serviceaccounts/* (literal) in validators-rt86k",
        stack: "pod-identity",
        edit: r => grant(r, "tokstar86", [rule("serviceaccounts/*", ["create"])]),
    },
    // Class of S9, cluster-wide: escalate on clusterroles with no create/update/patch of any ClusterRole or Role.
    // Was a MISS (fixed in round 86): secure refused (custody-effective-access, "(escalate/bind clusterroles)" read as every power).
    // Where: policy-pack/engine/kubernetes.ts, escalate/bind branch (~842, ~992). Fix: as S9.
    {
        name: "S15 ClusterRole get,list,escalate clusterroles bound to auditor cluster-wide (no role write)-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "cescnw86", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["get", "list", "escalate"] },
            ]),
    },
    // Class N: one term ANDing hostname In [B] and matchFields metadata.name In [B] ("Assigning Pods to Nodes": the
    // expressions of a term are ANDed): node B only.
    {
        name: "S16 custody local PV on node A + team-a local PV same path, term hostname In [B] AND matchFields name In [B]-rt86k",
        stack: "prod",
        edit: r =>
            localPair(
                r,
                { local: { path: "/mnt/disks/cc" } },
                {
                    required: {
                        nodeSelectorTerms: [
                            {
                                matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [NODE_B] }],
                                matchFields: [{ key: "metadata.name", operator: "In", values: [NODE_B] }],
                            },
                        ],
                    },
                },
            ),
    },
    // A token request names its ServiceAccount in the URL (POST .../serviceaccounts/<name>/token), so resourceNames
    // limits it ("Using RBAC Authorization", Referring to resources: subresources of a named object): a token of
    // another validators ServiceAccount, not containment-chamber.
    {
        name: "S17 pod-identity: Role create serviceaccounts/token resourceNames [metrics-bot] in validators-rt86k",
        stack: "pod-identity",
        edit: r => grant(r, "tokmb86", [rule("serviceaccounts/token", ["create"], ["metrics-bot"])]),
    },
    // Impersonating only user extras ("User impersonation": Impersonate-Extra-* headers need impersonation of a user
    // too; extras alone change no identity).
    {
        name: "S18 ClusterRole impersonate userextras/scopes only bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "impextra86", [
                { apiGroups: ["authentication.k8s.io"], resources: ["userextras/scopes"], verbs: ["impersonate"] },
            ]),
    },
    // The auth-delegator rules (tokenreviews, subjectaccessreviews create): they only ask the API server questions.
    {
        name: "S19 pod-identity: ClusterRole create tokenreviews + subjectaccessreviews bound to auditor-rt86k",
        stack: "pod-identity",
        edit: r =>
            clusterGrant(r, "authdel86", [
                { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
            ]),
    },
    // CSR approval without `approve` on any signer ("Certificates and Certificate Signing Requests", Authorization:
    // approving needs update of certificatesigningrequests/approval AND approve on the signer).
    {
        name: "S20 ClusterRole create CSRs + update approval, no signers approve, bound to auditor-rt86k",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "csrnoappr86", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["create", "get"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests/approval"],
                    verbs: ["update"],
                },
            ]),
    },
    // Round 86 fix neighbours (class E): escalate on one Role name and update of another name: the update may only
    // write rules auditor holds, and the escalated role cannot be written ("Using RBAC Authorization", Restrictions
    // on role creation or update: escalate is checked on the role being created or updated).
    {
        name: "S-E1 Role escalate roles [escs86] + Role update roles [escu86], both bound to auditor in validators-fix86",
        stack: "prod",
        edit: r => {
            grant(r, "escs86", [
                { apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "escalate"], resourceNames: ["escs86"] },
            ]);
            grant(r, "escu86", [
                { apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "update"], resourceNames: ["escu86"] },
            ]);
        },
    },
    // escalate on clusterroles beside update of Roles: a Role's update is checked for escalate on roles, which
    // auditor does not hold, so it may only write rules it holds.
    {
        name: "S-E2 pod-identity: ClusterRole escalate clusterroles + Role update roles in validators, both bound to auditor-fix86",
        stack: "pod-identity",
        edit: r => {
            clusterGrant(r, "cescr86", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["get", "escalate"] },
            ]);
            grant(r, "escru86", [{ apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "update"] }]);
        },
    },
];

describeVariants("red team 86 (k8s): node pins, EFS names, snapshot contents, RBAC subresources", insecure, secure);
