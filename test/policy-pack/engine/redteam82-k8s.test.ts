// Red-team round 82 on the Kubernetes/EKS API level (fresh eyes), probing the neighbours of round 81's K8s fixes
// (another pod sharing a runtime pod's node directory; writers of the ConfigMaps/Secrets a runtime pod reads; runtime
// sockets on read-only mounts; the named-bind pairing).
// Probed: (A) the custody pod's node directory reached through a PersistentVolume (hostPath or local, pre-bound by
// claimRef or by the claim's volumeName, at, above or below /data/cc); (B) one volume shared through claims: a
// ReadWriteMany claim mounted by the custody pod and a pod of another ServiceAccount, two EFS PVs of one file system
// (or its root above the custody access point), a StatefulSet's generated claim name; (C) a declared pod input
// (ConfigMap/Secret, envFrom or volume, immutable or not) replaced by delete (by name, unnamed, deletecollection) +
// unnamed create, in one Role, two Roles or a ClusterRole; (D) read-only mounts of directories holding a root
// daemon's socket (/run/docker, /var/run/docker, /run/buildkit), snapd's socket, writable home directories, a
// writable cgroup v1 devices controller; (E) break-glass bindings: bind on the referenced ClusterRole + update/patch of
// an existing binding's subjects; (F) one node directory under /run and /var/run; (G) a mutating webhook on pods
// served from team-a; PV create cluster-wide with claims and pods in team-a.
// Secure neighbours: immutable ConfigMap/Secret + update/patch by name, delete alone, delete + create in team-a or by
// name only (create cannot be restricted by name), a PV of another directory, the custody claim alone or shared
// read-only, a team-a mount of /data with subPath other82, /run/xtables.lock, a read-only cgroup v1 controller,
// named create only, update of a break-glass binding without bind, bind + update of a view binding, another EFS file
// system.
// Misses (21 insecure accepted, 3 secure refused):
// - class A (a PersistentVolume of a runtime pod's node directory is not compared with pods' hostPaths;
//   kubernetes.ts sharedHostPathPowers / clusterWidePowers' PersistentVolume branch): K1, K2, K3, K19.
// - class B (volumes shared through claims, RWX/EFS volumeHandle/StatefulSet claim names, are never compared;
//   kubernetes.ts sharedHostPathPowers reads hostPathMounts only): K4, K5, K6, K17, K18, K26.
// - class C (delete + unnamed create of a declared ConfigMap/Secret is no write; kubernetes.ts podInputWriters
//   counts create only for undeclared objects): K7, K8, K9, K10, K11, K24, K25.
// - class D (a read-only mount of a directory holding a daemon's socket; podSpec.ts unknownNodeSocket needs a
//   .sock/.socket name, NODE_SECRETS lacks /run/docker and /run/buildkit): K12, K20, K21.
// - class F (/var/run and /run not folded; podSpec.ts normalizeHostPath, kubernetes.ts nodePathsOverlap): K29.
// - secure refused, class 1 (update/patch of a declared immutable ConfigMap/Secret counted as a write of the pod's
//   inputs; kubernetes.ts podInputWriters): S1, S2.
// - secure refused, class 2 (subPath ignored: a mount of /data with subPath other82 read as /data; podSpec.ts
//   hostPathMounts): S8.
// Held: 9 of 30 insecure refused; 12 of 15 secure clean. K28 (/run vs /var/run, class F) is refused only because a
// writable hostPath outside the data directories is refused on its own, not as a shared directory.
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
    custodyPod(r, "cc82", {
        volumes: [{ name: "state", hostPath: { path: "/data/cc", type: "DirectoryOrCreate" } }],
        containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
    });

/** A Role in `ns` with these rules bound to User auditor. */
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

/** A declared ConfigMap in validators (immutable or not) the custody pod takes its environment from. */
const custodyWithEnv = (r: R, name: string, immutable = false) => {
    k8s(r, "kubernetes:core/v1:ConfigMap", `${name}-cm`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, namespace: "validators" },
        data: { LOG_LEVEL: "info" },
        ...(immutable ? { immutable: true } : {}),
    });
    custodyPod(r, `${name}-pod`, { containers: [container({ envFrom: [{ configMapRef: { name } }] })] });
};

/** A declared Secret in validators the custody pod takes its environment from. */
const custodyWithSecret = (r: R, name: string, immutable = false) => {
    k8s(r, "kubernetes:core/v1:Secret", `${name}-sec`, {
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name, namespace: "validators" },
        stringData: { API_URL: "https://signer.internal" },
        ...(immutable ? { immutable: true } : {}),
    });
    custodyPod(r, `${name}-pod`, { containers: [container({ envFrom: [{ secretRef: { name } }] })] });
};

const cm = (verbs: string[], resourceNames?: string[], resources = ["configmaps"]) => ({
    apiGroups: [""],
    resources,
    verbs,
    ...(resourceNames ? { resourceNames } : {}),
});

/** A PersistentVolume of node directory `path` (hostPath or local) pre-bound to claim `ns`/`claim`, and the claim. */
const nodeDirVolume = (r: R, name: string, path: string, ns: string, claim: string, how: "hostPath" | "local") => {
    k8s(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "1Gi" },
            accessModes: ["ReadWriteOnce"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "manual",
            claimRef: { namespace: ns, name: claim },
            ...(how === "hostPath"
                ? { hostPath: { path, type: "Directory" } }
                : {
                      local: { path },
                      nodeAffinity: {
                          required: {
                              nodeSelectorTerms: [
                                  {
                                      matchExpressions: [
                                          { key: "kubernetes.io/hostname", operator: "In", values: ["ip-10-0-1-10"] },
                                      ],
                                  },
                              ],
                          },
                      },
                  }),
        },
    });
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: claim, namespace: ns },
        spec: {
            accessModes: ["ReadWriteOnce"],
            storageClassName: "manual",
            volumeName: name,
            resources: { requests: { storage: "1Gi" } },
        },
    });
};

/** A PersistentVolumeClaim in validators (EFS, ReadWriteMany). */
const sharedClaim = (r: R, claim: string) =>
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${claim}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: claim, namespace: "validators" },
        spec: {
            accessModes: ["ReadWriteMany"],
            storageClassName: "efs-sc",
            resources: { requests: { storage: "5Gi" } },
        },
    });

const claimMount = (claim: string, readOnly = false) => ({
    volumes: [{ name: "state", persistentVolumeClaim: { claimName: claim } }],
    containers: [
        container({ volumeMounts: [{ name: "state", mountPath: "/state", ...(readOnly ? { readOnly } : {}) }] }),
    ],
});

/** A PersistentVolume on EFS (efs.csi.aws.com) file system `handle`, pre-bound to claim `ns`/`claim`, and the claim. */
const efsVolume = (r: R, name: string, handle: string, ns: string, claim: string) => {
    k8s(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "5Gi" },
            accessModes: ["ReadWriteMany"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "",
            claimRef: { namespace: ns, name: claim },
            csi: { driver: "efs.csi.aws.com", volumeHandle: handle },
        },
    });
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: claim, namespace: ns },
        spec: {
            accessModes: ["ReadWriteMany"],
            storageClassName: "",
            volumeName: name,
            resources: { requests: { storage: "5Gi" } },
        },
    });
};

/** A PersistentVolume on NFS export `server`:`path`, pre-bound to claim `ns`/`claim`, and the claim. */
const nfsVolume = (r: R, name: string, server: string, path: string, ns: string, claim: string) => {
    k8s(r, "kubernetes:core/v1:PersistentVolume", `${name}-pv`, {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name },
        spec: {
            capacity: { storage: "5Gi" },
            accessModes: ["ReadWriteMany"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "",
            claimRef: { namespace: ns, name: claim },
            nfs: { server, path },
        },
    });
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: claim, namespace: ns },
        spec: {
            accessModes: ["ReadWriteMany"],
            storageClassName: "",
            volumeName: name,
            resources: { requests: { storage: "5Gi" } },
        },
    });
};

/** The custody StatefulSet cc82 keeping its state in volumeClaimTemplates `state` (claims state-cc82-<ordinal>). */
const custodyStatefulSet = (r: R) =>
    k8s(r, "kubernetes:apps/v1:StatefulSet", "cc82-sts", {
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name: "cc82", namespace: "validators" },
        spec: {
            serviceName: "cc82",
            selector: { matchLabels: { app: "cc82" } },
            template: {
                metadata: { labels: { app: "cc82" } },
                spec: {
                    serviceAccountName: "containment-chamber",
                    containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
                },
            },
            volumeClaimTemplates: [
                {
                    metadata: { name: "state" },
                    spec: {
                        accessModes: ["ReadWriteMany"],
                        storageClassName: "efs-sc",
                        resources: { requests: { storage: "5Gi" } },
                    },
                },
            ],
        },
    });

/** A break-glass RoleBinding in validators to ClusterRole `role`, with no subjects until someone is added. */
const breakGlass = (r: R, role = "admin") =>
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "break-glass82-binding", {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name: "break-glass82", namespace: "validators" },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: role },
    });

/** A MutatingWebhookConfiguration on pod creates served by Service `ns`/`svc`, with this namespaceSelector. */
const podWebhook = (r: R, name: string, ns: string, svc: string, namespaceSelector?: Record<string, unknown>) =>
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", `${name}-mwc`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { namespace: ns, name: svc, path: "/mutate" } },
                rules: [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["pods"],
                        scope: "Namespaced",
                    },
                ],
                ...(namespaceSelector ? { namespaceSelector } : {}),
            },
        ],
    });

const insecure: StackCase[] = [
    // ---- Class A: the custody pod's node directory reached through a PersistentVolume.
    // Kubernetes "Volumes", local: "A local volume represents a mounted local storage device such as a disk,
    // partition or directory"; a PersistentVolume's hostPath is the node's directory as a pod's hostPath is
    // ("Persistent Volumes", hostPath: "uses a file or directory on the Node"). A team-a pod mounting a claim pre-bound
    // to a PV of /data/cc writes the custody pod's state (its key material, its config): it acts as
    // containment-chamber, whose IRSA / Pod Identity role decrypts and signs with the custody keys.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class A, a PersistentVolume of the custody pod's node directory. kubernetes.ts
    // sharedHostPathPowers compares only pods' own hostPath volumes (podSpec.ts hostPathMounts); the PersistentVolume
    // branch of clusterWidePowers judges a PV's hostPath/local path alone (volumePathReach), never against the node
    // directories runtime pods use. Fix: resolve each pod's persistentVolumeClaim volumes to their PV (PV claimRef,
    // claim volumeName) and feed the PV's hostPath/local path into the same overlap test as the pod's hostPaths.
    {
        name: "K1 custody hostPath /data/cc + PV hostPath /data/cc pre-bound to a team-a claim the team-a pod mounts-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "ccpv82", "/data/cc", "team-a", "cc-claim82", "hostPath");
            dep(r, "pvuser82", claimMount("cc-claim82"));
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class A, a PersistentVolume of the custody pod's node directory. kubernetes.ts
    // sharedHostPathPowers compares only pods' own hostPath volumes (podSpec.ts hostPathMounts); the PersistentVolume
    // branch of clusterWidePowers judges a PV's hostPath/local path alone (volumePathReach), never against the node
    // directories runtime pods use. Fix: resolve each pod's persistentVolumeClaim volumes to their PV (PV claimRef,
    // claim volumeName) and feed the PV's hostPath/local path into the same overlap test as the pod's hostPaths.
    {
        name: "K2 pod-identity: custody hostPath /data/cc + local PV /data (above it) bound to a team-a claim-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "datapv82", "/data", "team-a", "data-claim82", "local");
            dep(r, "pvuser82b", claimMount("data-claim82"));
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class A, a PersistentVolume of the custody pod's node directory. kubernetes.ts
    // sharedHostPathPowers compares only pods' own hostPath volumes (podSpec.ts hostPathMounts); the PersistentVolume
    // branch of clusterWidePowers judges a PV's hostPath/local path alone (volumePathReach), never against the node
    // directories runtime pods use. Fix: resolve each pod's persistentVolumeClaim volumes to their PV (PV claimRef,
    // claim volumeName) and feed the PV's hostPath/local path into the same overlap test as the pod's hostPaths.
    {
        name: "K3 custody hostPath /data/cc + team-a pod reads a PV local /data/cc/keys read-only-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "keyspv82", "/data/cc/keys", "team-a", "keys-claim82", "local");
            dep(r, "pvreader82", claimMount("keys-claim82", true));
        },
    },
    // ---- Class B: one ReadWriteMany claim shared by the custody pod and another ServiceAccount's pod.
    // Kubernetes "Persistent Volumes", Access Modes: "ReadWriteMany: the volume can be mounted as read-write by many
    // nodes"; EFS (efs.csi.aws.com) serves the same file system to every pod of the claim. A backup Job under
    // ServiceAccount default in validators that writes the claim rewrites the custody pod's state or config; one that
    // reads it reads the state (its keys): either acts as containment-chamber (same reasoning as round 81's shared
    // hostPath, K24/K25).
    // Was a MISS (fixed in round 82): insecure accepted (got []): class B, one volume shared through claims. Nothing in kubernetes.ts compares
    // persistentVolumeClaim volumes across pods (sharedHostPathPowers reads hostPathMounts only). Fix: identify each
    // pod's storage (claim name in its namespace, StatefulSet volumeClaimTemplates as <template>-<sts>-<n>, the bound
    // PV, and a PV's network source: csi driver + volumeHandle file system, nfs server + path) and charge any pod of
    // another ServiceAccount that reaches the same or an enclosing storage, with one of the two mounts writable, as
    // sharedHostPathPowers does for hostPaths.
    {
        name: "K4 custody pod writes RWX claim cc-state82 + validators backup pod (SA default) writes it-rt82k",
        stack: "prod",
        edit: r => {
            sharedClaim(r, "cc-state82");
            custodyPod(r, "ccpvc82", claimMount("cc-state82"));
            deployment(r, "backup82", "validators", "default", claimMount("cc-state82"));
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class B, one volume shared through claims. Nothing in kubernetes.ts compares
    // persistentVolumeClaim volumes across pods (sharedHostPathPowers reads hostPathMounts only). Fix: identify each
    // pod's storage (claim name in its namespace, StatefulSet volumeClaimTemplates as <template>-<sts>-<n>, the bound
    // PV, and a PV's network source: csi driver + volumeHandle file system, nfs server + path) and charge any pod of
    // another ServiceAccount that reaches the same or an enclosing storage, with one of the two mounts writable, as
    // sharedHostPathPowers does for hostPaths.
    {
        name: "K5 pod-identity: custody pod writes RWX claim cc-state82 + validators metrics pod (SA default) reads it-rt82k",
        stack: "pod-identity",
        edit: r => {
            sharedClaim(r, "cc-state82");
            custodyPod(r, "ccpvc82", claimMount("cc-state82"));
            deployment(r, "metrics82", "validators", "default", claimMount("cc-state82", true));
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class B, one volume shared through claims. Nothing in kubernetes.ts compares
    // persistentVolumeClaim volumes across pods (sharedHostPathPowers reads hostPathMounts only). Fix: identify each
    // pod's storage (claim name in its namespace, StatefulSet volumeClaimTemplates as <template>-<sts>-<n>, the bound
    // PV, and a PV's network source: csi driver + volumeHandle file system, nfs server + path) and charge any pod of
    // another ServiceAccount that reaches the same or an enclosing storage, with one of the two mounts writable, as
    // sharedHostPathPowers does for hostPaths.
    {
        name: "K6 custody CronJob reads RWX claim cc-cfg82 read-only + team-tools pod (SA tools) in validators writes it-rt82k",
        stack: "prod",
        edit: r => {
            sharedClaim(r, "cc-cfg82");
            k8s(r, "kubernetes:batch/v1:CronJob", "cccron82-cj", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "cccron82", namespace: "validators" },
                spec: {
                    schedule: "*/5 * * * *",
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: {
                                    serviceAccountName: "containment-chamber",
                                    restartPolicy: "Never",
                                    ...claimMount("cc-cfg82", true),
                                },
                            },
                        },
                    },
                },
            });
            k8s(r, "kubernetes:core/v1:ServiceAccount", "tools82-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "tools", namespace: "validators" },
            });
            deployment(r, "tools82", "validators", "tools", claimMount("cc-cfg82"));
        },
    },
    // ---- Class C: a declared input replaced by delete + create.
    // Kubernetes RBAC "Request verbs": delete and create are separate verbs; a create without resourceNames makes any
    // name ("Referring to resources": create cannot be restricted by resourceName). Whoever may delete the custody
    // pod's declared ConfigMap and create configmaps re-creates it with NODE_OPTIONS=--require=/proc/self/environ-style
    // content: the next custody pod start runs its code as containment-chamber. ConfigMap "Immutable ConfigMaps"
    // says the only way to change an immutable one is to delete and recreate it.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K7 custody envFrom declared cc-env82 + auditor may delete configmaps [cc-env82] and create configmaps-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "recreate82", [cm(["delete"], ["cc-env82"]), cm(["create"])]);
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K8 pod-identity: custody envFrom declared Secret cc-sec82 + auditor may delete and create secrets-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithSecret(r, "cc-sec82");
            grant(r, "recreates82", [cm(["delete", "create"], undefined, ["secrets"])]);
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K9 custody envFrom declared cc-env82 + auditor may deletecollection and create configmaps-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "recreatec82", [cm(["deletecollection", "create"])]);
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K10 pod-identity: custody envFrom declared immutable cc-env82 + auditor may delete and create configmaps-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r, "cc-env82", true);
            grant(r, "recreatei82", [cm(["delete", "create"])]);
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K11 custody envFrom declared cc-env82 + delete [cc-env82] in one Role, create configmaps in another, both auditor's-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "del82", [cm(["delete"], ["cc-env82"])]);
            grant(r, "cre82", [cm(["create"])]);
        },
    },
    // ---- Class D: node sockets and credentials the node-path lists miss.
    // dockerd starts its own containerd at /var/run/docker/containerd/containerd.sock when none is configured (moby
    // libcontainerd/supervisor: defaultContainerdSocket under the exec-root /var/run/docker); a read-only mount of its
    // directory still lets a root container connect() and start a privileged container: the node.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class D, a directory holding a root daemon's socket. podSpec.ts
    // unknownNodeSocket fires only on paths ending .sock/.socket and NODE_SECRETS lists no /run/docker or
    // /run/buildkit, so a read-only mount of the directory counts as harmless. Fix: treat a read-only hostPath at or
    // above any directory under /run (/var/run) as holding unknown sockets unless it is allowlisted (the
    // SPIFFE/journald/pod-resources ones), rather than naming daemons one by one.
    {
        name: "K12 root agent mounts /var/run/docker readOnly (dockerd's managed containerd socket directory)-rt82k",
        stack: "prod",
        edit: r => hostMount(r, "dockerrun82", "/var/run/docker", { readOnly: true }),
    },
    // ec2-user has passwordless sudo on Amazon Linux ("Manage system users on your Amazon EC2 Linux instance": "By
    // default ... sudo is enabled"): a root container writing /home/ec2-user/.ssh/authorized_keys logs in as ec2-user
    // where the node group has SSH remote access, and .bashrc runs when an operator logs in: root on the node.
    {
        name: "K13 pod-identity: root agent mounts /home/ec2-user writable-rt82k",
        stack: "pod-identity",
        edit: r => hostMount(r, "home82", "/home/ec2-user"),
    },
    {
        name: "K14 root agent mounts /root writable (root's ~/.ssh and shell profile)-rt82k",
        stack: "prod",
        edit: r => hostMount(r, "roothome82", "/root"),
    },
    // cgroup v1 devices controller (kernel Documentation/admin-guide/cgroup-v1/devices.rst): a root process that writes
    // its PID into the hierarchy root's tasks leaves its container's device allowlist (root's is `a *:* rwm`), then
    // mknod (a default capability) opens the node's disk.
    {
        name: "K15 root agent mounts /sys/fs/cgroup/devices writable (cgroup v1 devices controller)-rt82k",
        stack: "prod",
        edit: r => hostMount(r, "devcg82", "/sys/fs/cgroup/devices"),
    },
    // snapd's API socket: a connection from uid 0 (SO_PEERCRED) is authorised as root and installs snaps (Ubuntu EKS
    // node images ship snapd); a socket on a read-only mount still accepts connect().
    {
        name: "K16 pod-identity: root agent mounts /run/snapd.socket readOnly (Ubuntu EKS nodes)-rt82k",
        stack: "pod-identity",
        edit: r => hostMount(r, "snapd82", "/run/snapd.socket", { readOnly: true }),
    },
    // ---- Class B (cont.): two PersistentVolumes of one EFS file system. The EFS CSI driver mounts the file system
    // (or access point) named by volumeHandle (aws-efs-csi-driver README, "Static provisioning": volumeHandle
    // [FileSystemId]:[Subpath]:[AccessPointId]); a team-a PV with the custody PV's handle is the same files.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class B, one volume shared through claims. Nothing in kubernetes.ts compares
    // persistentVolumeClaim volumes across pods (sharedHostPathPowers reads hostPathMounts only). Fix: identify each
    // pod's storage (claim name in its namespace, StatefulSet volumeClaimTemplates as <template>-<sts>-<n>, the bound
    // PV, and a PV's network source: csi driver + volumeHandle file system, nfs server + path) and charge any pod of
    // another ServiceAccount that reaches the same or an enclosing storage, with one of the two mounts writable, as
    // sharedHostPathPowers does for hostPaths.
    {
        name: "K17 custody pod mounts EFS PV fs-0a1b2c3d + team-a PV of the same volumeHandle mounted writable-rt82k",
        stack: "prod",
        edit: r => {
            efsVolume(r, "ccefs82", "fs-0a1b2c3d", "validators", "cc-efs82");
            custodyPod(r, "ccefs82", claimMount("cc-efs82"));
            efsVolume(r, "teamefs82", "fs-0a1b2c3d", "team-a", "team-efs82");
            dep(r, "teamefs82", claimMount("team-efs82"));
        },
    },
    // Was a MISS (fixed in round 82): insecure accepted (got []): class B, one volume shared through claims. Nothing in kubernetes.ts compares
    // persistentVolumeClaim volumes across pods (sharedHostPathPowers reads hostPathMounts only). Fix: identify each
    // pod's storage (claim name in its namespace, StatefulSet volumeClaimTemplates as <template>-<sts>-<n>, the bound
    // PV, and a PV's network source: csi driver + volumeHandle file system, nfs server + path) and charge any pod of
    // another ServiceAccount that reaches the same or an enclosing storage, with one of the two mounts writable, as
    // sharedHostPathPowers does for hostPaths.
    {
        name: "K18 pod-identity: custody EFS PV fs-0a1b2c3d::fsap-cc + team-a PV fs-0a1b2c3d (the file system root above the access point)-rt82k",
        stack: "pod-identity",
        edit: r => {
            efsVolume(r, "ccefs82", "fs-0a1b2c3d::fsap-0cc0cc0cc0cc0cc0c", "validators", "cc-efs82");
            custodyPod(r, "ccefs82", claimMount("cc-efs82"));
            efsVolume(r, "teamefs82", "fs-0a1b2c3d", "team-a", "team-efs82");
            dep(r, "teamefs82", claimMount("team-efs82", true));
        },
    },
    // Class A (cont.): a PV without claimRef is bound to whichever claim names it in volumeName ("Persistent
    // Volumes", Reserving a PersistentVolume: "the binding happens regardless of some volume matching criteria").
    // Was a MISS (fixed in round 82): insecure accepted (got []): class A, a PersistentVolume of the custody pod's node directory. kubernetes.ts
    // sharedHostPathPowers compares only pods' own hostPath volumes (podSpec.ts hostPathMounts); the PersistentVolume
    // branch of clusterWidePowers judges a PV's hostPath/local path alone (volumePathReach), never against the node
    // directories runtime pods use. Fix: resolve each pod's persistentVolumeClaim volumes to their PV (PV claimRef,
    // claim volumeName) and feed the PV's hostPath/local path into the same overlap test as the pod's hostPaths.
    {
        name: "K19 custody hostPath /data/cc + PV hostPath /data/cc (no claimRef) + team-a claim naming it in volumeName-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            k8s(r, "kubernetes:core/v1:PersistentVolume", "freepv82-pv", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: "freepv82" },
                spec: {
                    capacity: { storage: "1Gi" },
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "manual",
                    hostPath: { path: "/data/cc" },
                },
            });
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "freeclaim82-pvc", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "free-claim82", namespace: "team-a" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "manual",
                    volumeName: "freepv82",
                    resources: { requests: { storage: "1Gi" } },
                },
            });
            dep(r, "freeuser82", claimMount("free-claim82"));
        },
    },
    // ---- Class D (cont.): directories holding a root daemon's socket. BuildKit's rootful daemon listens on
    // /run/buildkit/buildkitd.sock (moby/buildkit README, "Quick start": `buildkitd` ... `--addr
    // unix:///run/buildkit/buildkitd.sock` default) and runs privileged builds (security.insecure entitlement) or
    // RUN --mount=type=bind of the host's files for any client: a read-only mount of the directory still connects.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class D, a directory holding a root daemon's socket. podSpec.ts
    // unknownNodeSocket fires only on paths ending .sock/.socket and NODE_SECRETS lists no /run/docker or
    // /run/buildkit, so a read-only mount of the directory counts as harmless. Fix: treat a read-only hostPath at or
    // above any directory under /run (/var/run) as holding unknown sockets unless it is allowlisted (the
    // SPIFFE/journald/pod-resources ones), rather than naming daemons one by one.
    {
        name: "K20 pod-identity: CI agent mounts /run/buildkit readOnly (buildkitd's root socket directory)-rt82k",
        stack: "pod-identity",
        edit: r => hostMount(r, "buildkit82", "/run/buildkit", { readOnly: true }),
    },
    // moby/moby#43946: a dockerd-managed containerd serves "GRPC Socket address (/var/run/docker/containerd/
    // containerd.sock)"; /run is /var/run's target on systemd nodes.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class D, a directory holding a root daemon's socket. podSpec.ts
    // unknownNodeSocket fires only on paths ending .sock/.socket and NODE_SECRETS lists no /run/docker or
    // /run/buildkit, so a read-only mount of the directory counts as harmless. Fix: treat a read-only hostPath at or
    // above any directory under /run (/var/run) as holding unknown sockets unless it is allowlisted (the
    // SPIFFE/journald/pod-resources ones), rather than naming daemons one by one.
    {
        name: "K21 root agent mounts /run/docker readOnly-rt82k",
        stack: "prod",
        edit: r => hostMount(r, "rundocker82", "/run/docker", { readOnly: true }),
    },
    // ---- Class E: a binding whose roleRef is powerful and whose subjects someone may edit.
    // Kubernetes RBAC "Restrictions on role binding creation or update": "You can only create/update a role binding if
    // you already have all the permissions contained in the referenced role ... or you have been authorized to
    // perform the bind verb on the referenced role". roleRef is immutable, subjects are not: whoever may update or
    // patch the break-glass binding (admin in validators, no subjects yet) and holds bind on ClusterRole admin adds
    // himself, then creates pods as containment-chamber.
    {
        name: "K22 break-glass RoleBinding (admin, no subjects) + auditor may bind clusterroles [admin] and update rolebindings [break-glass82]-rt82k",
        stack: "prod",
        edit: r => {
            breakGlass(r);
            grant(r, "bg82", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
                { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["update"], resourceNames: ["break-glass82"] },
            ]);
        },
    },
    {
        name: "K23 pod-identity: break-glass RoleBinding (edit) + auditor may bind clusterroles [edit] and patch rolebindings [break-glass82]-rt82k",
        stack: "pod-identity",
        edit: r => {
            breakGlass(r, "edit");
            grant(r, "bg82", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["edit"] },
                { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["patch"], resourceNames: ["break-glass82"] },
            ]);
        },
    },
    // ---- Class C (cont.): a ConfigMap the custody pod mounts as files, replaced by delete + create.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K24 custody mounts declared ConfigMap cc-files82 as a volume + auditor may delete and create configmaps-rt82k",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ConfigMap", "ccfiles82-cm", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "cc-files82", namespace: "validators" },
                data: { "config.yaml": "signer: {}" },
            });
            custodyPod(r, "ccfiles82", {
                volumes: [{ name: "cfg", configMap: { name: "cc-files82" } }],
                containers: [container({ volumeMounts: [{ name: "cfg", mountPath: "/etc/cc", readOnly: true }] })],
            });
            grant(r, "recreatef82", [cm(["delete", "create"])]);
        },
    },
    // A `*` verb on configmaps with resourceNames [cc-env82] includes delete; create without names is another rule.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class C, a declared pod input replaced by delete + create. kubernetes.ts
    // podInputWriters counts a create (without resourceNames) only when the stack does not declare the object
    // (`created && !declared(ref.name)`), and never looks at delete/deletecollection. Fix: a create without
    // resourceNames counts for a declared ConfigMap/Secret when the same identity (across all its bindings) may delete
    // it (delete by name or unnamed, deletecollection, `*`); immutable does not stop a delete.
    {
        name: "K25 pod-identity: custody envFrom declared cc-env82 + auditor may get/list/delete [cc-env82] and create configmaps via ClusterRole+RoleBinding-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "cmrecreate82-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "cm-recreate82" },
                rules: [cm(["get", "list", "delete"], ["cc-env82"]), cm(["create"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "cmrecreate82-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "cm-recreate82", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "cm-recreate82" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
    // Class B (cont.): a StatefulSet's claims are named <template>-<statefulset>-<ordinal> (Kubernetes
    // "StatefulSets", Stable Storage: "the StatefulSet controller creates ... PersistentVolumeClaims" from
    // volumeClaimTemplates, "www-web-0"); another validators pod mounting claim state-cc82-0 shares the custody pod's
    // volume (ReadWriteMany EFS, or ReadWriteOnce on the same node).
    // Was a MISS (fixed in round 82): insecure accepted (got []): class B, one volume shared through claims. Nothing in kubernetes.ts compares
    // persistentVolumeClaim volumes across pods (sharedHostPathPowers reads hostPathMounts only). Fix: identify each
    // pod's storage (claim name in its namespace, StatefulSet volumeClaimTemplates as <template>-<sts>-<n>, the bound
    // PV, and a PV's network source: csi driver + volumeHandle file system, nfs server + path) and charge any pod of
    // another ServiceAccount that reaches the same or an enclosing storage, with one of the two mounts writable, as
    // sharedHostPathPowers does for hostPaths.
    {
        name: "K26 custody StatefulSet cc82 (volumeClaimTemplates state) + validators pod (SA default) mounts claim state-cc82-0-rt82k",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:apps/v1:StatefulSet", "cc82-sts", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "cc82", namespace: "validators" },
                spec: {
                    serviceName: "cc82",
                    selector: { matchLabels: { app: "cc82" } },
                    template: {
                        metadata: { labels: { app: "cc82" } },
                        spec: {
                            serviceAccountName: "containment-chamber",
                            containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
                        },
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "state" },
                            spec: {
                                accessModes: ["ReadWriteMany"],
                                storageClassName: "efs-sc",
                                resources: { requests: { storage: "5Gi" } },
                            },
                        },
                    ],
                },
            });
            deployment(r, "stsreader82", "validators", "default", claimMount("state-cc82-0"));
        },
    },
    // A PersistentVolume's hostPath is any node directory (/var/lib/kubelet included) and Pod Security Admission sees
    // only the claim ("Pod Security Standards", Baseline, HostPath Volumes restricts the pod's spec.volumes[*].hostPath):
    // whoever creates PVs and claims and pods in team-a mounts the node's pod tokens.
    {
        name: "K27 pod-identity: auditor may create persistentvolumes (ClusterRoleBinding) + claims and pods in team-a-rt82k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "pvmaker82-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "pv-maker82" },
                rules: [{ apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create", "get", "list"] }],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "pvmaker82-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "pv-maker82" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "pv-maker82" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
            grant(r, "teampods82", [cm(["create"], undefined, ["persistentvolumeclaims", "pods"])], "team-a");
        },
    },
    // ---- Class F: one node directory under two spellings. On systemd nodes /var/run is a symlink to /run (FHS 3.0
    // "/var/run": "programs ... may use /var/run as a compatibility link to /run"; AL2/AL2023 ship it so), and the
    // kubelet mounts a hostPath after resolving symlinks: /run/cc-sock82 and /var/run/cc-sock82 are one directory. The
    // custody pod serves its signing socket there; a team-a pod writing the directory connects to it (or replaces it)
    // and signs with the custody keys.
    {
        name: "K28 custody pod writes hostPath /run/cc-sock82 + team-a pod mounts /var/run/cc-sock82 writable-rt82k",
        stack: "prod",
        edit: r => {
            custodyPod(r, "ccsock82", {
                volumes: [{ name: "sock", hostPath: { path: "/run/cc-sock82", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "sock", mountPath: "/sock" }] })],
            });
            dep(r, "sockclient82", {
                volumes: [{ name: "sock", hostPath: { path: "/var/run/cc-sock82" } }],
                containers: [container({ volumeMounts: [{ name: "sock", mountPath: "/sock" }] })],
            });
        },
    },
    // Same class, under a data directory the pack allows (WRITABLE_DATA /run/spire): the custody pod serves its
    // signing socket in /run/spire/cc82; a team-a pod mounting /var/run/spire/cc82 (the same directory through the
    // /var/run -> /run link) read-only still connect()s to the socket (a read-only bind does not stop connect(2),
    // unix(7): "connecting to a stream socket object requires write permission on that socket", a permission of the
    // socket inode; a read-only mount refuses writes to files, not connect(), as the pack's own hostPathReach says)
    // and signs.
    // Was a MISS (fixed in round 82): insecure accepted (got []): class F, one directory under two spellings. podSpec.ts normalizeHostPath folds
    // `.`, `//` and /proc/<pid>/root but not /var/run -> /run (unknownNodeSocket alone resolves it), so kubernetes.ts
    // nodePathsOverlap sees /run/spire/cc82 and /var/run/spire/cc82 as different. Fix: fold the node's standard links
    // (/var/run -> /run, /var/lock -> /run/lock, usrmerge /bin,/sbin,/lib -> /usr/...) in normalizeHostPath so every
    // consumer (overlap, lists, data directories) sees one spelling.
    {
        name: "K29 pod-identity: custody pod writes hostPath /run/spire/cc82 + team-a pod mounts /var/run/spire/cc82 readOnly-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyPod(r, "ccspire82", {
                volumes: [{ name: "sock", hostPath: { path: "/run/spire/cc82", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "sock", mountPath: "/sock" }] })],
            });
            dep(r, "spireclient82", {
                volumes: [{ name: "sock", hostPath: { path: "/var/run/spire/cc82" } }],
                containers: [container({ volumeMounts: [{ name: "sock", mountPath: "/sock", readOnly: true }] })],
            });
        },
    },
    // ---- Class G: a mutating webhook served from team-a. Dynamic Admission Control, "Mutating admission
    // webhooks": the webhook's response patches the object; whoever runs the Service's pods rewrites every custody
    // pod created in validators (adds a container, NODE_OPTIONS): team-a's ServiceAccount acts as containment-chamber.
    {
        name: "K30 MutatingWebhookConfiguration on pods in all namespaces served by Service team-a/injector82-rt82k",
        stack: "prod",
        edit: r => podWebhook(r, "injector82", "team-a", "injector82"),
    },
    // ---- Round 82 fixes, neighbours (insecure).
    // Class A: a local PV below the custody pod's node directory, bound to a validators claim a pod of another
    // ServiceAccount mounts writable ("Persistent Volumes", local; the PV's path is the node's directory).
    {
        name: "A1 custody hostPath /data/cc + local PV /data/cc/state bound to a validators claim (SA default) written-fix82",
        stack: "prod",
        refused:
            /PersistentVolume statepv82, node directory \/data\/cc\/state.*the node directory of Deployment validators\/cc82/,
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "statepv82", "/data/cc/state", "validators", "state-claim82", "local");
            deployment(r, "stateuser82", "validators", "default", claimMount("state-claim82"));
        },
    },
    // Class B: one NFS export ("Volumes", nfs: "an existing NFS (Network File System) share"): a team-a PV of the
    // export above the custody pod's holds its files.
    {
        name: "B1 pod-identity: custody claim on NFS 10.0.0.5:/exports/cc + team-a PV of 10.0.0.5:/exports read-only-fix82",
        stack: "pod-identity",
        refused: /NFS 10\.0\.0\.5:\/exports\) read-only, the storage of Deployment validators\/ccnfs82/,
        edit: r => {
            nfsVolume(r, "ccnfs82", "10.0.0.5", "/exports/cc", "validators", "cc-nfs82");
            custodyPod(r, "ccnfs82", claimMount("cc-nfs82"));
            nfsVolume(r, "teamnfs82", "10.0.0.5", "/exports", "team-a", "team-nfs82");
            dep(r, "teamnfs82", claimMount("team-nfs82", true));
        },
    },
    // Class B: the claim's own readOnly (PersistentVolumeClaimVolumeSource.readOnly) makes the other pod a reader,
    // which still reads the state the custody pod writes there.
    {
        name: "B2 custody pod writes RWX claim cc-state82 + validators job pod (SA default) mounts it with claim readOnly-fix82",
        stack: "prod",
        refused: /mounts claim validators\/cc-state82 read-only, the storage of Deployment validators\/ccpvc82/,
        edit: r => {
            sharedClaim(r, "cc-state82");
            custodyPod(r, "ccpvc82", claimMount("cc-state82"));
            deployment(r, "reader82", "validators", "default", {
                volumes: [{ name: "state", persistentVolumeClaim: { claimName: "cc-state82", readOnly: true } }],
                containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
            });
        },
    },
    // Class F: /var/run/spire above the custody pod's /run/spire/cc82 (one directory through the /var/run -> /run
    // link, FHS 3.0 "/var/run"), read-only: it reaches the custody pod's socket.
    {
        name: "F1 custody pod writes hostPath /run/spire/cc82 + team-a pod mounts /var/run/spire readOnly (above it)-fix82",
        stack: "prod",
        refused: /mounts hostPath \/run\/spire read-only, the node directory of Deployment validators\/ccspire82/,
        edit: r => {
            custodyPod(r, "ccspire82", {
                volumes: [{ name: "sock", hostPath: { path: "/run/spire/cc82", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "sock", mountPath: "/sock" }] })],
            });
            hostMount(r, "spireall82", "/var/run/spire", { readOnly: true });
        },
    },
    // Class D: k3s keeps its containerd under /run/k3s (k3s docs, "Advanced Options": containerd socket
    // /run/k3s/containerd/containerd.sock); a read-only mount of /run/k3s still connects to it.
    {
        name: "D1 root agent mounts /run/k3s readOnly (k3s's containerd socket directory)-fix82",
        stack: "prod",
        refused: /hostPath \/run\/k3s is a node socket the pack does not know/,
        edit: r => hostMount(r, "k3srun82", "/run/k3s", { readOnly: true }),
    },
    // Class D: the whole /var/run (= /run) read-only holds every daemon's socket.
    {
        name: "D2 pod-identity: root agent mounts /var/run readOnly-fix82",
        stack: "pod-identity",
        edit: r => hostMount(r, "varrun82", "/var/run", { readOnly: true }),
    },
    // S8's neighbours: subPath cc of /data is /data/cc; a subPathExpr is expanded from the container's environment at
    // its start ("Volumes", Using subPath with expanded environment variables), which the pack does not evaluate, so
    // the volume's path /data stands (here it expands to cc).
    {
        name: "P1 custody hostPath /data/cc + team-a pod mounts /data with subPath cc writable-fix82",
        stack: "prod",
        refused: /mounts hostPath \/data\/cc writable, the node directory of Deployment validators\/cc82/,
        edit: r => {
            custodyWithData(r);
            dep(r, "subpathcc82", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data", subPath: "cc" }] })],
            });
        },
    },
    {
        name: "P2 pod-identity: custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(DIR) with DIR=cc-fix82",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            dep(r, "subexpr82", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [
                    container({
                        env: [{ name: "DIR", value: "cc" }],
                        volumeMounts: [{ name: "data", mountPath: "/data", subPathExpr: "$(DIR)" }],
                    }),
                ],
            });
        },
    },
    // ---- Round 82 fix neighbours, class C: a declared input deleted and created anew by one holder.
    // Kubernetes "Secrets", "Immutable Secrets": an immutable Secret can only be deleted and recreated; a `*` verb under
    // resourceNames includes delete, and an unnamed create in a ClusterRole bound by RoleBinding makes any name there.
    {
        name: "K31 custody env secretKeyRef of declared immutable Secret cc-key82 + auditor verbs * [cc-key82] and create secrets-fix82",
        refused: /may delete Secret cc-key82 .* and create Secrets there/,
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "cckey82-sec", {
                apiVersion: "v1",
                kind: "Secret",
                metadata: { name: "cc-key82", namespace: "validators" },
                stringData: { API_URL: "https://signer.internal" },
                immutable: true,
            });
            custodyPod(r, "cckey82", {
                containers: [
                    container({
                        env: [{ name: "API_URL", valueFrom: { secretKeyRef: { name: "cc-key82", key: "API_URL" } } }],
                    }),
                ],
            });
            grant(r, "starkey82", [cm(["*"], ["cc-key82"], ["secrets"]), cm(["create"], undefined, ["secrets"])]);
        },
    },
    // A projected volume's ConfigMap (Kubernetes "Projected Volumes") with deletecollection + create granted
    // cluster-wide (ClusterRoleBinding): every namespace, validators included.
    {
        name: "K32 pod-identity: custody projected ConfigMap cc-proj82 + ClusterRoleBinding auditor deletecollection/create configmaps-fix82",
        refused: /may delete ConfigMap cc-proj82 .* and create ConfigMaps there/,
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ConfigMap", "ccproj82-cm", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "cc-proj82", namespace: "validators" },
                data: { "config.yaml": "signer: {}" },
            });
            custodyPod(r, "ccproj82", {
                volumes: [{ name: "cfg", projected: { sources: [{ configMap: { name: "cc-proj82" } }] } }],
                containers: [container({ volumeMounts: [{ name: "cfg", mountPath: "/etc/cc", readOnly: true }] })],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "cmproj82-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "cm-proj82" },
                rules: [cm(["deletecollection", "create"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "cmproj82-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "cm-proj82" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "cm-proj82" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
];

const secure: StackCase[] = [
    // Kubernetes API ConfigMap.immutable: "Immutable, if set to true, ensures that data stored in the ConfigMap cannot
    // be updated (only object metadata can be modified)"; a pod's environment comes from data only, and immutable
    // cannot be unset. update/patch of it changes labels, not what the custody pod reads.
    // Was a MISS (fixed in round 82): secure refused (custody-effective-access: "... Role updi82 writes ConfigMap cc-env82 (update/patch), which
    // Deployment validators/... reads through container app's envFrom ... acts as ServiceAccount containment-
    // chamber"): kubernetes.ts podInputWriters ignores `immutable: true` on the declared ConfigMap/Secret, whose data
    // no update or patch can change. Fix: for a declared immutable object, update/patch write nothing the pod reads;
    // count only delete + create (class C).
    {
        name: "S1 custody envFrom declared immutable cc-env82 + auditor may update/patch configmaps [cc-env82]-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82", true);
            grant(r, "updi82", [cm(["update", "patch"], ["cc-env82"])]);
        },
    },
    // Secret.immutable: same contract as ConfigMap's ("Immutable, if set to true, ensures that data stored in the
    // Secret cannot be updated (only object metadata can be modified)").
    // Was a MISS (fixed in round 82): secure refused (custody-effective-access: "... Role patchs82 writes Secret cc-sec82 (update/patch), which
    // Deployment validators/... reads through container app's envFrom ... acts as ServiceAccount containment-
    // chamber"): kubernetes.ts podInputWriters ignores `immutable: true` on the declared ConfigMap/Secret, whose data
    // no update or patch can change. Fix: for a declared immutable object, update/patch write nothing the pod reads;
    // count only delete + create (class C).
    {
        name: "S2 pod-identity: custody envFrom declared immutable Secret cc-sec82 + auditor may patch secrets [cc-sec82]-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithSecret(r, "cc-sec82", true);
            grant(r, "patchs82", [cm(["patch"], ["cc-sec82"], ["secrets"])]);
        },
    },
    // delete alone: the pod does not start without its (non-optional) ConfigMap; nobody can put content in its place.
    {
        name: "S3 custody envFrom declared cc-env82 + auditor may delete configmaps [cc-env82] only-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "delonly82", [cm(["delete"], ["cc-env82"])]);
        },
    },
    // delete + create in team-a: a ConfigMap reference is to the pod's own namespace ("ConfigMaps": "The Pod and the
    // ConfigMap must be in the same namespace").
    {
        name: "S4 pod-identity: custody envFrom declared cc-env82 + auditor may delete and create configmaps in team-a-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "recreateta82", [cm(["delete", "create"])], "team-a");
        },
    },
    // A PV of another node directory: no overlap with /data/cc.
    {
        name: "S5 custody hostPath /data/cc + PV hostPath /data/other82 bound to a team-a claim-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "otherpv82", "/data/other82", "team-a", "other-claim82", "hostPath");
            dep(r, "pvother82", claimMount("other-claim82"));
        },
    },
    // The custody pod alone on its claim.
    {
        name: "S6 pod-identity: custody pod writes RWX claim cc-state82, no other pod mounts it-rt82k",
        stack: "pod-identity",
        edit: r => {
            sharedClaim(r, "cc-state82");
            custodyPod(r, "ccpvc82", claimMount("cc-state82"));
        },
    },
    // Both read-only: neither writes what the other reads, and the custody pod writes nothing there.
    {
        name: "S7 custody pod and validators pod (SA default) both read RWX claim ref82 read-only-rt82k",
        stack: "prod",
        edit: r => {
            sharedClaim(r, "ref82");
            custodyPod(r, "ccref82", claimMount("ref82", true));
            deployment(r, "ref82b", "validators", "default", claimMount("ref82", true));
        },
    },
    // Kubernetes "Volumes", Using subPath: "The volumeMounts[*].subPath property specifies a sub-path inside the
    // referenced volume instead of its root": a container mounting /data with subPath other82 sees /data/other82 only
    // (subpath symlinks are resolved inside the volume since CVE-2017-1002101's fix).
    // Was a MISS (fixed in round 82): secure refused (custody-effective-access: "Deployment team-a/subpath82 (ServiceAccount default) mounts
    // hostPath /data writable, the node directory of Deployment validators/cc82 ..."): podSpec.ts hostPathMounts
    // ignores volumeMounts[].subPath, so a mount of /data/other82 reads as /data. Fix: a mount's node path is hostPath
    // + subPath (subPathExpr unknown: keep the volume's path); a volume's path counts only through the mounts that use
    // it.
    {
        name: "S8 pod-identity: custody hostPath /data/cc + team-a pod mounts /data with subPath other82 writable-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            dep(r, "subpath82", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data", subPath: "other82" }] })],
            });
        },
    },
    // aws-node and kube-proxy mount /run/xtables.lock (a flock file iptables takes, iptables(8) -w/--wait): a lock,
    // no code, no credential.
    {
        name: "S9 root agent mounts /run/xtables.lock FileOrCreate (the iptables lock) like aws-node-rt82k",
        stack: "prod",
        edit: r =>
            dep(r, "xtables82", {
                volumes: [{ name: "lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } }],
                containers: [rootContainer({ volumeMounts: [{ name: "lock", mountPath: "/run/xtables.lock" }] })],
            }),
    },
    // One cgroup v1 controller's own mount read-only: nothing is mounted below it, so a bind is read-only throughout.
    {
        name: "S10 pod-identity: root agent mounts /sys/fs/cgroup/devices readOnly-rt82k",
        stack: "pod-identity",
        edit: r => hostMount(r, "devcgro82", "/sys/fs/cgroup/devices", { readOnly: true }),
    },
    // create under resourceNames alone cannot be used (kubernetes/kubernetes#80295) and the ConfigMap is declared.
    {
        name: "S11 custody envFrom declared cc-env82 + auditor may create configmaps [cc-env82] only-rt82k",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "crename82", [cm(["create"], ["cc-env82"])]);
        },
    },
    // Without bind: updating the subjects of a binding to admin needs admin's permissions or bind on it (RBAC
    // "Restrictions on role binding creation or update"), so update alone adds nobody.
    {
        name: "S12 break-glass RoleBinding (admin, no subjects) + auditor may update rolebindings [break-glass82] only-rt82k",
        stack: "prod",
        edit: r => {
            breakGlass(r);
            grant(r, "bgnobind82", [
                {
                    apiGroups: [RBAC],
                    resources: ["rolebindings"],
                    verbs: ["update", "patch"],
                    resourceNames: ["break-glass82"],
                },
            ]);
        },
    },
    // Another EFS file system: different files.
    {
        name: "S13 pod-identity: custody EFS PV fs-0a1b2c3d + team-a PV of file system fs-0f0e0d0c-rt82k",
        stack: "pod-identity",
        edit: r => {
            efsVolume(r, "ccefs82", "fs-0a1b2c3d", "validators", "cc-efs82");
            custodyPod(r, "ccefs82", claimMount("cc-efs82"));
            efsVolume(r, "teamefs82", "fs-0f0e0d0c", "team-a", "team-efs82");
            dep(r, "teamefs82", claimMount("team-efs82"));
        },
    },
    // bind on admin + update of a binding to view: roleRef is immutable ("Restrictions on role binding creation or
    // update": "After you create a binding, you cannot change the Role or ClusterRole that it refers to"), so the
    // holder only adds himself to view (no Secrets, no pods create).
    {
        name: "S14 view RoleBinding + auditor may bind clusterroles [view] and update rolebindings [view-binding82]-rt82k",
        stack: "prod",
        edit: r => {
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "viewb82-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "view-binding82", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
            });
            grant(r, "vb82", [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["view"] },
                {
                    apiGroups: [RBAC],
                    resources: ["rolebindings"],
                    verbs: ["update"],
                    resourceNames: ["view-binding82"],
                },
            ]);
        },
    },
    // RBAC "Referring to resources": "You cannot restrict create or deletecollection requests by their resource name
    // ... the name of the new object may not be known at authorization time": create under resourceNames matches no
    // create request, so delete [cc-env82] + create [cc-env82] removes the ConfigMap and puts nothing back.
    {
        name: "S15 pod-identity: custody envFrom declared cc-env82 + auditor may delete and create configmaps [cc-env82] (by name)-rt82k",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "delcrename82", [cm(["delete", "create"], ["cc-env82"])]);
        },
    },
    // ---- Round 82 fixes, neighbours (secure).
    // Class A: the custody ServiceAccount's own second pod on a PV of its node directory gives it nothing new.
    {
        name: "SA1 custody hostPath /data/cc + PV hostPath /data/cc bound to a validators claim another containment-chamber pod mounts-fix82",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "ownpv82", "/data/cc", "validators", "own-claim82", "hostPath");
            custodyPod(r, "ccown82", claimMount("own-claim82"));
        },
    },
    // Class A: /data/cc2 is a sibling of /data/cc, not inside it.
    {
        name: "SA2 pod-identity: custody hostPath /data/cc + local PV /data/cc2 bound to a team-a claim-fix82",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            nodeDirVolume(r, "siblingpv82", "/data/cc2", "team-a", "sibling-claim82", "local");
            dep(r, "sibling82", claimMount("sibling-claim82"));
        },
    },
    // Class B: two access points of one EFS file system (aws-efs-csi-driver, "Static provisioning": volumeHandle
    // [FileSystemId]::[AccessPointId]); an access point confines its clients to its root directory (EFS user guide,
    // "Working with Amazon EFS access points"), the driver's per-tenant idiom.
    {
        name: "SB1 custody EFS PV fs-0a1b2c3d::fsap-cc + team-a PV fs-0a1b2c3d::fsap-team (another access point)-fix82",
        stack: "prod",
        edit: r => {
            efsVolume(r, "ccefs82", "fs-0a1b2c3d::fsap-0cc0cc0cc0cc0cc0c", "validators", "cc-efs82");
            custodyPod(r, "ccefs82", claimMount("cc-efs82"));
            efsVolume(r, "teamefs82", "fs-0a1b2c3d::fsap-0aa0aa0aa0aa0aa0a", "team-a", "team-efs82");
            dep(r, "teamefs82", claimMount("team-efs82"));
        },
    },
    // Class B: a sibling export of one NFS server is other files.
    {
        name: "SB2 pod-identity: custody claim on NFS 10.0.0.5:/exports/cc + team-a PV of 10.0.0.5:/exports/team-fix82",
        stack: "pod-identity",
        edit: r => {
            nfsVolume(r, "ccnfs82", "10.0.0.5", "/exports/cc", "validators", "cc-nfs82");
            custodyPod(r, "ccnfs82", claimMount("cc-nfs82"));
            nfsVolume(r, "teamnfs82", "10.0.0.5", "/exports/team", "team-a", "team-nfs82");
            dep(r, "teamnfs82", claimMount("team-nfs82"));
        },
    },
    // Class B: StatefulSet cc82's claims are state-cc82-<ordinal>; state-cc82x-0 belongs to another one.
    {
        name: "SB3 custody StatefulSet cc82 (template state) + validators pod (SA default) mounts claim state-cc82x-0-fix82",
        stack: "prod",
        edit: r => {
            custodyStatefulSet(r);
            sharedClaim(r, "state-cc82x-0");
            deployment(r, "otherreader82", "validators", "default", claimMount("state-cc82x-0"));
        },
    },
    // Class D: journald's volatile journal files (systemd-journald.service(8), /run/log/journal), which log shippers
    // read; no socket there.
    {
        name: "SD1 pod-identity: log shipper mounts /run/log/journal readOnly-fix82",
        stack: "pod-identity",
        edit: r => hostMount(r, "journal82", "/run/log/journal", { readOnly: true }),
    },
    // Class D/F: the SPIRE agent's socket directory through /var/run (WRITABLE_DATA /run/spire), read-only.
    {
        name: "SD2 workload mounts /var/run/spire/agent-sockets readOnly (SPIFFE Workload API)-fix82",
        stack: "prod",
        edit: r =>
            dep(r, "spiffe82", {
                volumes: [{ name: "spire", hostPath: { path: "/var/run/spire/agent-sockets", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "spire", mountPath: "/spire", readOnly: true }] })],
            }),
    },
    // ---- Round 82 fix neighbours, class C / secure class 1.
    // Immutable ("data stored in the ConfigMap cannot be updated (only object metadata can be modified)") with update
    // and patch of every ConfigMap of validators: labels only; no delete, so nothing is re-created.
    {
        name: "S16 custody envFrom declared immutable cc-env82 + auditor may get/update/patch every configmap-fix82",
        stack: "prod",
        edit: r => {
            custodyWithEnv(r, "cc-env82", true);
            grant(r, "updall82", [cm(["get", "list", "update", "patch"])]);
        },
    },
    // delete and create held by two users: neither alone replaces the ConfigMap ("Using RBAC Authorization": each
    // request is authorised for its own user).
    {
        name: "S17 pod-identity: custody envFrom declared cc-env82 + auditor may delete [cc-env82], ops82 may create configmaps-fix82",
        stack: "pod-identity",
        edit: r => {
            custodyWithEnv(r, "cc-env82");
            grant(r, "deltwo82", [cm(["delete"], ["cc-env82"])]);
            k8s(r, `kubernetes:${RBAC}/v1:Role`, "cretwo82-role", {
                apiVersion: `${RBAC}/v1`,
                kind: "Role",
                metadata: { name: "cretwo82", namespace: "validators" },
                rules: [cm(["create"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "cretwo82-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "cretwo82", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "Role", name: "cretwo82" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "ops82" }],
            });
        },
    },
];

describeVariants("red team 82 (k8s): pod inputs through volumes and re-created objects", insecure, secure);
