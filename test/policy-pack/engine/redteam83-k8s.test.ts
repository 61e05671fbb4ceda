// Red-team round 83 on the Kubernetes/EKS API level (fresh eyes), probing the neighbours of round 82's K8s fixes
// (storage shared through PVs/claims/CSI volumeHandles/NFS, declared ConfigMap/Secret inputs re-created by delete +
// create, immutable inputs, read-only /run directories as sockets, subPath).
// Probed: (R) a declared immutable ConfigMap/Secret re-created by delete + a server-side apply (patch + create under
// resourceNames, verbs `*` by name); (U) a PersistentVolume of the custody node directory bound by storageClassName or
// label selector (no claimRef, no volumeName); (L) rancher.io/local-path volumes (pattern without the namespace, a
// hostPath of nodePath or above, a team-a claim rendered onto /data/cc); (E) one EFS file system as a CSI handle and as
// its NFS DNS name, dynamic efs-ap claims under a root PV, subPathPattern with ensureUniqueDirectory false; (C) clones
// and snapshot restores of the custody claim for another ServiceAccount's pod; (N) CSI plugin sockets under
// /var/lib/kubelet/plugins, containerd's layers; (P) pod patch (image) and ephemeralcontainers; (A) EKS access policy
// namespace wildcards, access entry kubernetesGroups; (G) aggregated ClusterRoles (own and aggregate-to-view);
// (S) subPathExpr from a ConfigMap key.
// Secure neighbours: delete + patch by name without create, local-path pattern with the namespace, an unbound PV of
// another directory, a PV reserved by claimRef for the custody claim, EFS subPathPattern with the namespace and unique
// directories, another file system's DNS name, a sibling subPath cc2, a clone of the pod's own claim, view policy on
// valid*, pods/log, a local-path hostPath sibling, subPathExpr of metadata.namespace.
// Misses (18 insecure accepted, 1 secure refused):
// - class R (immutable input re-created by a named server-side apply; kubernetes.ts podInputWriters /
//   podInputsRecreated pairing in readKubernetes take unnamed creates only): K1, K2, K3, K23.
// - class U (PV bound by class or selector; podStorage.ts boundVolumes): K4, K5.
// - class L (local-path volumes never placed on the node; podStorage.ts claimStorages, storageClasses.ts): K6, K7, K8,
//   K24.
// - class E (EFS DNS name vs CSI handle, dynamic efs-ap claims; podStorage.ts csiStorage/volumeSourceStorage,
//   claimStorages): K9, K10, K11, K12, K13, K25.
// - class C (clones and snapshot restores; kubernetes.ts preBoundClaims DECIDED, podStorage.ts podStorageMounts): K14,
//   K15.
// - secure refused, class S (subPathExpr of a known downward API field read as the volume root; podSpec.ts
//   mountNodePath): S9.
// Held: 9 of 27 insecure refused (K16-K22, K26, K27); 11 of 12 secure clean.
import { describeVariants, StackCase } from "./support";
import { aws, k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOC = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const POLICY = "arn:aws:eks::aws:cluster-access-policy";
const EFS_DNS = "fs-0a1b2c3d.efs.eu-west-1.amazonaws.com";

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
    custodyPod(r, "cc83", {
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

const insecure: StackCase[] = [
    // ---- Class R: a declared immutable pod input re-created by a server-side apply (delete, then patch + create
    // by name). Kubernetes "Server-Side Apply": an apply to an object that does not exist creates it; the API server
    // authorises that PATCH as `patch` and then as `create` of the same name (k8s.io/apiserver
    // endpoints/handlers/patch.go createAuthorizerAttributes carries the request's Name), so `create` under
    // resourceNames matches there ("Using RBAC Authorization", "Referring to resources" only rules out POSTs, which
    // carry no name). "Immutable ConfigMaps": the only way to change one is to delete and re-create it. The new
    // object is the auditor's: the custody pod's environment at its next start (NODE_OPTIONS, its signer URL), so
    // the auditor acts as containment-chamber, whose role signs and decrypts with the custody keys.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class R, a declared immutable pod input re-created by a server-side apply. kubernetes.ts
    // podInputWriters reads update/patch of an immutable ConfigMap/Secret as harmless (updatedPodInput) and counts
    // only unnamed creates; the round-82 pairing (readKubernetes, inputCreators → podInputsRecreated) also takes only
    // rules without resourceNames. Fix: treat a named create beside a patch of the same name by the same holder
    // (verbs `*` included) as a create of that name, as secretPairs/volumeCreators already do, and pair it with delete.
    {
        name: "K1 custody envFrom declared immutable cc-env83 + auditor may delete/patch/create configmaps [cc-env83]-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", true);
            grant(r, "ssa83", [rule("configmaps", ["get", "delete", "patch", "create"], ["cc-env83"])]);
        },
    },
    // Was a MISS (fixed in round 83): insecure accepted (got []): class R, a declared immutable pod input re-created by a server-side apply. kubernetes.ts
    // podInputWriters reads update/patch of an immutable ConfigMap/Secret as harmless (updatedPodInput) and counts
    // only unnamed creates; the round-82 pairing (readKubernetes, inputCreators → podInputsRecreated) also takes only
    // rules without resourceNames. Fix: treat a named create beside a patch of the same name by the same holder
    // (verbs `*` included) as a create of that name, as secretPairs/volumeCreators already do, and pair it with delete.
    {
        name: "K2 pod-identity: custody envFrom declared immutable Secret cc-sec83 + auditor may delete/patch/create secrets [cc-sec83]-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithInput(r, "Secret", "cc-sec83", true);
            grant(r, "ssas83", [rule("secrets", ["delete", "patch", "create"], ["cc-sec83"])]);
        },
    },
    // Was a MISS (fixed in round 83): insecure accepted (got []): class R, a declared immutable pod input re-created by a server-side apply. kubernetes.ts
    // podInputWriters reads update/patch of an immutable ConfigMap/Secret as harmless (updatedPodInput) and counts
    // only unnamed creates; the round-82 pairing (readKubernetes, inputCreators → podInputsRecreated) also takes only
    // rules without resourceNames. Fix: treat a named create beside a patch of the same name by the same holder
    // (verbs `*` included) as a create of that name, as secretPairs/volumeCreators already do, and pair it with delete.
    {
        name: "K3 custody envFrom declared immutable cc-env83 + delete [cc-env83] in one Role, patch+create [cc-env83] in another-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", true);
            grant(r, "del83", [rule("configmaps", ["delete"], ["cc-env83"])]);
            grant(r, "apply83", [rule("configmaps", ["patch", "create"], ["cc-env83"])]);
        },
    },
    // ---- Class U: a PersistentVolume of the custody pod's node directory that no claimRef or volumeName pairs with
    // a claim. "Persistent Volumes", Binding: "A control loop in the control plane watches for new PVCs, finds a
    // matching PV (if possible), and binds them together"; a claim of the same storageClassName (and selector) with
    // a request the volume's capacity covers is bound to it. A team-a claim on class manual therefore gets /data/cc:
    // the team-a pod writes the custody pod's state (its key material) and acts as containment-chamber.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class U, a PersistentVolume bound by class/selector, not by claimRef or volumeName.
    // podStorage.ts boundVolumes pairs a PV with a claim only through claimRef or the claim's volumeName, so the team-a
    // claim's storage stays `claim team-a/grab83`. Fix: a claim without volumeName may bind any PV of the stack with no
    // claimRef whose storageClassName matches (and selector, if any, could match): count all of them as its storage,
    // or refuse an unreserved PV of a node directory.
    {
        name: "K4 custody hostPath /data/cc + unbound PV hostPath /data/cc (class manual) + team-a claim on class manual-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "freecc83", { storageClassName: "manual", hostPath: { path: "/data/cc", type: "Directory" } });
            claim(r, "grab83", "team-a", "manual");
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // "Persistent Volumes", Selector: "Claims can specify a label selector to further filter the set of volumes.
    // Only the volumes whose labels match the selector can be bound to the claim."
    // Was a MISS (fixed in round 83): insecure accepted (got []): class U, a PersistentVolume bound by class/selector, not by claimRef or volumeName.
    // podStorage.ts boundVolumes pairs a PV with a claim only through claimRef or the claim's volumeName, so the team-a
    // claim's storage stays `claim team-a/grab83`. Fix: a claim without volumeName may bind any PV of the stack with no
    // claimRef whose storageClassName matches (and selector, if any, could match): count all of them as its storage,
    // or refuse an unreserved PV of a node directory.
    {
        name: "K5 pod-identity: custody hostPath /data/cc + unbound local PV /data/cc labelled tier=cc83 + team-a claim selecting it-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            volume(
                r,
                "localcc83",
                {
                    storageClassName: "",
                    local: { path: "/data/cc" },
                    nodeAffinity: {
                        required: {
                            nodeSelectorTerms: [
                                { matchExpressions: [{ key: "kubernetes.io/hostname", operator: "Exists" }] },
                            ],
                        },
                    },
                },
                { tier: "cc83" },
            );
            claim(r, "grab83", "team-a", "", { selector: { matchLabels: { tier: "cc83" } } });
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // ---- Class L: rancher.io/local-path volumes are node directories the provisioner computes
    // (rancher/local-path-provisioner README, "Storage classes": nodePath, pathPattern "{{ .PVC.Namespace }}/{{
    // .PVC.Name }}"; provisioner.go pathFromPattern; the setup script runs `mkdir -m 0777 -p "$VOL_DIR"`, so an
    // existing directory is reused). A pattern of the claim's name alone puts validators/cc-state83 and
    // team-a/cc-state83 in ONE node directory: the team-a pod writes the custody pod's state.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class L, a dynamically provisioned local-path volume is a node directory the pack
    // never places. podStorage.ts claimStorages knows only the stack's PVs (boundVolumes); storageClasses.ts
    // localPathReach judges the class alone (nodePath a data directory, pattern below it), never against other pods'
    // storage. Fix: give a claim on a local-path class the node space nodePath/<pattern rendered with the claim's
    // namespace and name> (a pattern lacking .PVC.Namespace collides across namespaces; .PVName is unique) and
    // compare it with every pod's hostPaths and claims.
    {
        name: "K6 local-path class (nodePath /data/lp83, pathPattern {{ .PVC.Name }}): custody and team-a claims both named cc-state83-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", {
                nodePath: "/data/lp83",
                pathPattern: "{{ .PVC.Name }}",
            });
            custodyOnClaim(r, "cc-state83", "lp83");
            claim(r, "cc-state83", "team-a", "lp83");
            dep(r, "twin83", claimMount("cc-state83"));
        },
    },
    // The custody claim's volume is a directory below nodePath /data/lp83 (README: "the volume will be created in
    // nodePath"); a team-a pod mounting /data/lp83 (or /data) reads every volume there, the custody state included.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class L, a dynamically provisioned local-path volume is a node directory the pack
    // never places. podStorage.ts claimStorages knows only the stack's PVs (boundVolumes); storageClasses.ts
    // localPathReach judges the class alone (nodePath a data directory, pattern below it), never against other pods'
    // storage. Fix: give a claim on a local-path class the node space nodePath/<pattern rendered with the claim's
    // namespace and name> (a pattern lacking .PVC.Namespace collides across namespaces; .PVName is unique) and
    // compare it with every pod's hostPaths and claims.
    {
        name: "K7 pod-identity: custody claim on local-path class nodePath /data/lp83 + team-a root pod mounts hostPath /data/lp83 readOnly-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", { nodePath: "/data/lp83" });
            custodyOnClaim(r, "cc-state83", "lp83");
            hostMount(r, "lpreader83", "/data/lp83", { readOnly: true });
        },
    },
    // Was a MISS (fixed in round 83): insecure accepted (got []): class L, a dynamically provisioned local-path volume is a node directory the pack
    // never places. podStorage.ts claimStorages knows only the stack's PVs (boundVolumes); storageClasses.ts
    // localPathReach judges the class alone (nodePath a data directory, pattern below it), never against other pods'
    // storage. Fix: give a claim on a local-path class the node space nodePath/<pattern rendered with the claim's
    // namespace and name> (a pattern lacking .PVC.Namespace collides across namespaces; .PVName is unique) and
    // compare it with every pod's hostPaths and claims.
    {
        name: "K8 custody claim on local-path class nodePath /data/lp83 + team-a pod mounts hostPath /data writable-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", { nodePath: "/data/lp83" });
            custodyOnClaim(r, "cc-state83", "lp83");
            dep(r, "datawriter83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data" }] })],
            });
        },
    },
    // ---- Class E: one EFS file system under two spellings, or reached through dynamic provisioning. EFS user guide,
    // "Mounting EFS file systems using the NFS client": the file system's DNS name is
    // file-system-id.efs.aws-region.amazonaws.com, an NFSv4.1 export of its root; the EFS CSI volumeHandle names the
    // same file system by id (aws-efs-csi-driver README, "Static provisioning"). A team-a NFS mount of the DNS name's
    // root writes the custody pod's state.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class E, one EFS file system under two names or through dynamic provisioning.
    // podStorage.ts csiStorage gives EFS volumes the space `csi efs.csi.aws.com fs-…` and NFS ones `nfs <server>`, so
    // the file system's DNS name fs-….efs.<region>.amazonaws.com is another space; a claim on an efs-ap class has no PV
    // in the stack and stays `claim ns/name`. Fix: fold fs-ID.efs.REGION.amazonaws.com NFS servers into the EFS space
    // of that id; give a claim on an efs-ap class the space of its fileSystemId at basePath, a shared directory when
    // ensureUniqueDirectory is false (or subPathPattern omits the namespace and name), else its own place under basePath.
    {
        name: "K9 custody EFS PV csi fs-0a1b2c3d + team-a pod inline nfs fs-0a1b2c3d.efs.eu-west-1.amazonaws.com:/ writable-rt83k",
        stack: "prod",
        edit: r => {
            volume(r, "ccefs83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "validators", name: "cc-efs83" },
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0a1b2c3d" },
            });
            claim(r, "cc-efs83", "validators", "", { volumeName: "ccefs83", accessModes: ["ReadWriteMany"] });
            custodyPod(r, "ccefs83", claimMount("cc-efs83"));
            dep(r, "nfsdns83", {
                volumes: [{ name: "efs", nfs: { server: EFS_DNS, path: "/" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // Was a MISS (fixed in round 83): insecure accepted (got []): class E, one EFS file system under two names or through dynamic provisioning.
    // podStorage.ts csiStorage gives EFS volumes the space `csi efs.csi.aws.com fs-…` and NFS ones `nfs <server>`, so
    // the file system's DNS name fs-….efs.<region>.amazonaws.com is another space; a claim on an efs-ap class has no PV
    // in the stack and stays `claim ns/name`. Fix: fold fs-ID.efs.REGION.amazonaws.com NFS servers into the EFS space
    // of that id; give a claim on an efs-ap class the space of its fileSystemId at basePath, a shared directory when
    // ensureUniqueDirectory is false (or subPathPattern omits the namespace and name), else its own place under basePath.
    {
        name: "K10 pod-identity: custody EFS PV fs-0a1b2c3d::fsap-cc + team-a PV nfs fs-0a1b2c3d.efs...:/ bound to a team-a claim-rt83k",
        stack: "pod-identity",
        edit: r => {
            volume(r, "ccefs83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "validators", name: "cc-efs83" },
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0a1b2c3d::fsap-cc" },
            });
            claim(r, "cc-efs83", "validators", "", { volumeName: "ccefs83", accessModes: ["ReadWriteMany"] });
            custodyPod(r, "ccefs83", claimMount("cc-efs83"));
            volume(r, "teamnfs83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "team-a", name: "team-nfs83" },
                nfs: { server: EFS_DNS, path: "/" },
            });
            claim(r, "team-nfs83", "team-a", "", { volumeName: "teamnfs83", accessModes: ["ReadWriteMany"] });
            dep(r, "teamnfs83", claimMount("team-nfs83"));
        },
    },
    // aws-efs-csi-driver "Dynamic provisioning": "Dynamic Provisioning creates an access point for each PV" under
    // the class's fileSystemId (and basePath): the custody claim's volume is a directory of fs-0a1b2c3d, which a
    // team-a PV of that file system's root (volumeHandle fs-0a1b2c3d) holds.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class E, one EFS file system under two names or through dynamic provisioning.
    // podStorage.ts csiStorage gives EFS volumes the space `csi efs.csi.aws.com fs-…` and NFS ones `nfs <server>`, so
    // the file system's DNS name fs-….efs.<region>.amazonaws.com is another space; a claim on an efs-ap class has no PV
    // in the stack and stays `claim ns/name`. Fix: fold fs-ID.efs.REGION.amazonaws.com NFS servers into the EFS space
    // of that id; give a claim on an efs-ap class the space of its fileSystemId at basePath, a shared directory when
    // ensureUniqueDirectory is false (or subPathPattern omits the namespace and name), else its own place under basePath.
    {
        name: "K11 custody claim on EFS class (fileSystemId fs-0a1b2c3d, efs-ap) + team-a PV csi fs-0a1b2c3d (the root)-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "efs-cc83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/dynamic",
            });
            custodyOnClaim(r, "cc-state83", "efs-cc83");
            volume(r, "teamroot83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "team-a", name: "team-root83" },
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0a1b2c3d" },
            });
            claim(r, "team-root83", "team-a", "", { volumeName: "teamroot83", accessModes: ["ReadWriteMany"] });
            dep(r, "teamroot83", claimMount("team-root83"));
        },
    },
    // aws-efs-csi-driver dynamic_provisioning README: subPathPattern "describes the subPath under which an access
    // point should be created"; ensureUniqueDirectory "false" drops the UUID suffix, so every claim of a class whose
    // pattern renders the same text gets an access point on ONE directory: the team-a claim's pod writes the
    // custody pod's state.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class E, one EFS file system under two names or through dynamic provisioning.
    // podStorage.ts csiStorage gives EFS volumes the space `csi efs.csi.aws.com fs-…` and NFS ones `nfs <server>`, so
    // the file system's DNS name fs-….efs.<region>.amazonaws.com is another space; a claim on an efs-ap class has no PV
    // in the stack and stays `claim ns/name`. Fix: fold fs-ID.efs.REGION.amazonaws.com NFS servers into the EFS space
    // of that id; give a claim on an efs-ap class the space of its fileSystemId at basePath, a shared directory when
    // ensureUniqueDirectory is false (or subPathPattern omits the namespace and name), else its own place under basePath.
    {
        name: "K12 pod-identity: EFS class subPathPattern shared, ensureUniqueDirectory false: custody claim + team-a claim on it-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "efs-shared83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "777",
                basePath: "/dynamic",
                subPathPattern: "shared",
                ensureUniqueDirectory: "false",
            });
            custodyOnClaim(r, "cc-state83", "efs-shared83");
            claim(r, "team-state83", "team-a", "efs-shared83");
            dep(r, "teamshared83", claimMount("team-state83"));
        },
    },
    // A pattern of the claim's name only (no namespace): validators/cc-state83 and team-a/cc-state83 render one path.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class E, one EFS file system under two names or through dynamic provisioning.
    // podStorage.ts csiStorage gives EFS volumes the space `csi efs.csi.aws.com fs-…` and NFS ones `nfs <server>`, so
    // the file system's DNS name fs-….efs.<region>.amazonaws.com is another space; a claim on an efs-ap class has no PV
    // in the stack and stays `claim ns/name`. Fix: fold fs-ID.efs.REGION.amazonaws.com NFS servers into the EFS space
    // of that id; give a claim on an efs-ap class the space of its fileSystemId at basePath, a shared directory when
    // ensureUniqueDirectory is false (or subPathPattern omits the namespace and name), else its own place under basePath.
    {
        name: "K13 EFS class subPathPattern ${.PVC.name}, ensureUniqueDirectory false: custody and team-a claims both cc-state83-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "efs-byname83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                subPathPattern: "${.PVC.name}",
                ensureUniqueDirectory: "false",
            });
            custodyOnClaim(r, "cc-state83", "efs-byname83");
            claim(r, "cc-state83", "team-a", "efs-byname83");
            dep(r, "teambyname83", claimMount("cc-state83"));
        },
    },
    // ---- Class C: a copy of the custody pod's volume for a pod of another ServiceAccount. Kubernetes "CSI Volume
    // Cloning": a claim whose dataSource is an existing claim of the namespace is "a duplicate of an existing
    // Kubernetes Volume"; "Volume Snapshots": a claim whose dataSourceRef is a VolumeSnapshot is restored from it.
    // The validators pod of ServiceAccount default reads the custody state (its key material) from the copy.
    // EBS clones: aws-ebs-csi-driver v1.51.0 (PR #2716, "instant, point-in-time copies of EBS volumes"); the
    // Kubernetes page asks the source to be not in use, which a rollout or scale-down of the custody pod gives.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class C, a copy of the custody pod's volume (clone or snapshot restore) mounted by
    // another ServiceAccount's pod. kubernetes.ts preBoundClaims "DECIDED" leaves dataSource/dataSourceRef unjudged and
    // podStorage.ts podStorageMounts never follows them. Fix: a claim whose dataSource is a claim (or whose
    // dataSourceRef is a VolumeSnapshot of a claim) reads the source claim's storage: add the source's space as a
    // read-only mount of the pods that mount the copy (VolumeSnapshot source resolved in the stack; unknown: fail closed).
    {
        name: "K14 custody claim cc-state83 (gp3) + validators pod (SA default) mounts a clone (dataSource the custody claim)-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            claim(r, "cc-copy83", "validators", "gp3-83", {
                dataSource: { kind: "PersistentVolumeClaim", name: "cc-state83" },
            });
            deployment(r, "copier83", "validators", "default", claimMount("cc-copy83", true));
        },
    },
    // Was a MISS (fixed in round 83): insecure accepted (got []): class C, a copy of the custody pod's volume (clone or snapshot restore) mounted by
    // another ServiceAccount's pod. kubernetes.ts preBoundClaims "DECIDED" leaves dataSource/dataSourceRef unjudged and
    // podStorage.ts podStorageMounts never follows them. Fix: a claim whose dataSource is a claim (or whose
    // dataSourceRef is a VolumeSnapshot of a claim) reads the source claim's storage: add the source's space as a
    // read-only mount of the pods that mount the copy (VolumeSnapshot source resolved in the stack; unknown: fail closed).
    {
        name: "K15 pod-identity: VolumeSnapshot of custody claim + validators pod (SA default) mounts a claim restored from it-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot", "ccsnap83", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshot",
                metadata: { name: "cc-snap83", namespace: "validators" },
                spec: { volumeSnapshotClassName: "ebs-snap", source: { persistentVolumeClaimName: "cc-state83" } },
            });
            claim(r, "cc-restore83", "validators", "gp3-83", {
                dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "cc-snap83" },
            });
            deployment(r, "restorer83", "validators", "default", claimMount("cc-restore83", true));
        },
    },
    // ---- Class N: node sockets and state outside /run. Kubernetes "Container Storage Interface", kubelet plugin
    // registration: a CSI node plugin serves /var/lib/kubelet/plugins/<driver>/csi.sock; its NodeStageVolume /
    // NodePublishVolume run as root and mount at the target path the caller gives. A root agent connecting to it
    // mounts volumes over node paths.
    {
        name: "K16 root agent mounts /var/lib/kubelet/plugins readOnly (CSI node plugins' csi.sock)-rt83k",
        stack: "prod",
        edit: r => hostMount(r, "csisock83", "/var/lib/kubelet/plugins", { readOnly: true }),
    },
    // containerd's overlayfs snapshotter keeps every container's writable layer under
    // /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/<id>/fs: the custody container's files.
    {
        name: "K17 pod-identity: root agent mounts /var/lib/containerd readOnly (every container's layers)-rt83k",
        stack: "pod-identity",
        edit: r => hostMount(r, "ctrdstate83", "/var/lib/containerd", { readOnly: true }),
    },
    // ---- Class P: writes of the custody pod itself. Kubernetes "Pods", Pod update and replacement: "most of the
    // metadata about a Pod is immutable ... spec.containers[*].image" may be updated: a patch of the running pod's
    // image runs the auditor's code as containment-chamber. "Ephemeral Containers": added through the
    // ephemeralcontainers subresource, they run in the pod with its ServiceAccount token volume mountable.
    {
        name: "K18 auditor may get/patch pods in validators (a running custody pod's image)-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            grant(r, "podpatch83", [rule("pods", ["get", "list", "patch"])]);
        },
    },
    {
        name: "K19 pod-identity: auditor may update pods/ephemeralcontainers in validators-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            grant(r, "ephem83", [rule("pods/ephemeralcontainers", ["get", "update", "patch"])]);
        },
    },
    // ---- Class A: EKS access entries. EKS user guide, "Associate access policies with access entries": a
    // namespace scope may end in `*`; AmazonEKSEditPolicy there edits validators (pods exec, Secrets).
    {
        name: "K20 access entry platform-ops + AmazonEKSEditPolicy scoped to namespaces [valid*]-rt83k",
        stack: "prod",
        edit: r => accessPolicy(r, "83e", "AmazonEKSEditPolicy", ["valid*"]),
    },
    // An access entry's kubernetesGroups put the principal in RBAC groups (EKS "Create access entries"): a
    // RoleBinding of group cc-ops83 to edit in validators is platform-ops's.
    {
        name: "K21 pod-identity: access entry platform-ops kubernetesGroups [cc-ops83] + RoleBinding group cc-ops83 → edit in validators-rt83k",
        stack: "pod-identity",
        edit: r => {
            accessPolicy(r, "83g", "", undefined, ["cc-ops83"]);
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "ccops83-binding", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "cc-ops83", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "edit" },
                subjects: [{ kind: "Group", apiGroup: RBAC, name: "cc-ops83" }],
            });
        },
    },
    // ---- Class S: subPathExpr from a team-a ConfigMap (Kubernetes "Volumes", subPathExpr: expanded from the
    // container's environment): its value may be "cc", the custody pod's directory.
    {
        name: "K22 custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(DIR), DIR from a ConfigMap key-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            dep(r, "subexpr83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [
                    container({
                        env: [{ name: "DIR", valueFrom: { configMapKeyRef: { name: "team-dirs", key: "dir" } } }],
                        volumeMounts: [{ name: "data", mountPath: "/data", subPathExpr: "$(DIR)" }],
                    }),
                ],
            });
        },
    },
    // ---- More of class R: verbs `*` under resourceNames hold delete, patch and create of that name: the
    // server-side apply re-creates the immutable Secret mounted as a volume.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class R, a declared immutable pod input re-created by a server-side apply. kubernetes.ts
    // podInputWriters reads update/patch of an immutable ConfigMap/Secret as harmless (updatedPodInput) and counts
    // only unnamed creates; the round-82 pairing (readKubernetes, inputCreators → podInputsRecreated) also takes only
    // rules without resourceNames. Fix: treat a named create beside a patch of the same name by the same holder
    // (verbs `*` included) as a create of that name, as secretPairs/volumeCreators already do, and pair it with delete.
    {
        name: "K23 pod-identity: custody mounts declared immutable Secret cc-key83 + ClusterRole verbs * secrets [cc-key83] bound in validators-rt83k",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Secret", "cckey83-sec", {
                apiVersion: "v1",
                kind: "Secret",
                metadata: { name: "cc-key83", namespace: "validators" },
                stringData: { "config.json": "{}" },
                immutable: true,
            });
            custodyPod(r, "cckey83", {
                volumes: [{ name: "cfg", secret: { secretName: "cc-key83" } }],
                containers: [container({ volumeMounts: [{ name: "cfg", mountPath: "/etc/cc", readOnly: true }] })],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "starkey83-cr", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "star-key83" },
                rules: [rule("secrets", ["*"], ["cc-key83"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "starkey83-rb", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "star-key83", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "star-key83" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
    // ---- More of class L, reversed: a team-a claim on a local-path class whose nodePath is /data and whose
    // pattern is the claim's name: claim "cc" is node directory /data/cc, the custody pod's hostPath.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class L, a dynamically provisioned local-path volume is a node directory the pack
    // never places. podStorage.ts claimStorages knows only the stack's PVs (boundVolumes); storageClasses.ts
    // localPathReach judges the class alone (nodePath a data directory, pattern below it), never against other pods'
    // storage. Fix: give a claim on a local-path class the node space nodePath/<pattern rendered with the claim's
    // namespace and name> (a pattern lacking .PVC.Namespace collides across namespaces; .PVName is unique) and
    // compare it with every pod's hostPaths and claims.
    {
        name: "K24 custody hostPath /data/cc + local-path class nodePath /data pathPattern {{ .PVC.Name }} + team-a claim named cc-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            storageClass(r, "lpdata83", "rancher.io/local-path", { nodePath: "/data", pathPattern: "{{ .PVC.Name }}" });
            claim(r, "cc", "team-a", "lpdata83");
            dep(r, "lpcc83", claimMount("cc"));
        },
    },
    // ---- More of class E, reversed: the custody volume is an NFS export of the EFS DNS name; a team-a EFS CSI PV of
    // the same file system's root holds it.
    // Was a MISS (fixed in round 83): insecure accepted (got []): class E, one EFS file system under two names or through dynamic provisioning.
    // podStorage.ts csiStorage gives EFS volumes the space `csi efs.csi.aws.com fs-…` and NFS ones `nfs <server>`, so
    // the file system's DNS name fs-….efs.<region>.amazonaws.com is another space; a claim on an efs-ap class has no PV
    // in the stack and stays `claim ns/name`. Fix: fold fs-ID.efs.REGION.amazonaws.com NFS servers into the EFS space
    // of that id; give a claim on an efs-ap class the space of its fileSystemId at basePath, a shared directory when
    // ensureUniqueDirectory is false (or subPathPattern omits the namespace and name), else its own place under basePath.
    {
        name: "K25 pod-identity: custody PV nfs fs-0a1b2c3d.efs...:/cc + team-a PV csi efs fs-0a1b2c3d (root)-rt83k",
        stack: "pod-identity",
        edit: r => {
            volume(r, "ccnfs83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "validators", name: "cc-nfs83" },
                nfs: { server: EFS_DNS, path: "/cc" },
            });
            claim(r, "cc-nfs83", "validators", "", { volumeName: "ccnfs83", accessModes: ["ReadWriteMany"] });
            custodyPod(r, "ccnfs83", claimMount("cc-nfs83"));
            volume(r, "teamroot83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "team-a", name: "team-root83" },
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0a1b2c3d" },
            });
            claim(r, "team-root83", "team-a", "", { volumeName: "teamroot83", accessModes: ["ReadWriteMany"] });
            dep(r, "teamroot83", claimMount("team-root83"));
        },
    },
    // ---- Class G: ClusterRole aggregation ("Using RBAC Authorization", Aggregated ClusterRoles: "The control plane
    // overwrites any values that you manually specify in the rules field of an aggregate ClusterRole" with the
    // rules of every ClusterRole its aggregationRule selects). The auditor's binding to agg83 holds update of the
    // custody pod's ConfigMap (its environment), so acts as containment-chamber.
    {
        name: "K26 custody envFrom declared cc-env83 + auditor bound to aggregated ClusterRole agg83 that selects a configmaps-update ClusterRole-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", false);
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "agg83-cr", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "agg83" },
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "example.com/aggregate-to-agg83": "true" } }],
                },
                rules: [],
            });
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "aggpart83-cr", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "agg83-cm", labels: { "example.com/aggregate-to-agg83": "true" } },
                rules: [rule("configmaps", ["get", "update", "patch"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "agg83-rb", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "agg83", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "agg83" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
    // The built-in view ClusterRole aggregates every ClusterRole labelled rbac.authorization.k8s.io/aggregate-to-view
    // ("User-facing roles"): a stack ClusterRole with that label widens every view binding.
    {
        name: "K27 pod-identity: auditor view in validators + ClusterRole labelled aggregate-to-view with update configmaps, custody envFrom cc-env83-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", false);
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "toview83-cr", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "cm-to-view83", labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
                rules: [rule("configmaps", ["update", "patch"])],
            });
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "view83-rb", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "auditor-view83", namespace: "validators" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                subjects: [{ kind: "User", apiGroup: RBAC, name: "auditor" }],
            });
        },
    },
    // ---- Round 83 fix neighbours (class U): "Persistent Volumes", Class: a claim that names no class gets the
    // cluster's default class (DefaultStorageClass admission), which the stack may not declare, or binds volumes of no
    // class; an unreserved PV of /data/cc with no class is the team-a claim's to take.
    {
        name: "U1 custody hostPath /data/cc + unbound PV /data/cc (no class) + team-a claim naming no class-fix83",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "noclass83", { hostPath: { path: "/data/cc", type: "Directory" } });
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "noclass83-pvc", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "grab83", namespace: "team-a" },
                spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
            });
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // "Labels and Selectors", Set-based requirement: `tier In (cc83, other)` selects the volume labelled tier=cc83.
    {
        name: "U2 pod-identity: custody hostPath /data/cc + unbound local PV /data/cc tier=cc83 + team-a claim selecting tier In [cc83, other83]-fix83",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            volume(r, "inexpr83", { storageClassName: "", local: { path: "/data/cc" } }, { tier: "cc83" });
            claim(r, "grab83", "team-a", "", {
                selector: { matchExpressions: [{ key: "tier", operator: "In", values: ["cc83", "other83"] }] },
            });
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // ---- Class L neighbours: a pathPattern of literal text alone ("shared") renders one directory for every claim
    // of the class (provisioner.go pathFromPattern; the setup script's `mkdir -p` reuses it), whatever their names.
    {
        name: "L1 local-path class pathPattern shared (literal): custody claim cc-state83 + team-a claim team-state83-fix83",
        stack: "prod",
        edit: r => {
            storageClass(r, "lpshared83", "rancher.io/local-path", { nodePath: "/data/lp83", pathPattern: "shared" });
            custodyOnClaim(r, "cc-state83", "lpshared83");
            claim(r, "team-state83", "team-a", "lpshared83");
            dep(r, "teamlp83", claimMount("team-state83"));
        },
    },
    // The custody pod's own node directory /data/lp83 holds every volume local-path makes there (README: "the
    // volume will be created in nodePath"): a team-a claim's volume is a directory the custody pod writes around.
    {
        name: "L2 pod-identity: custody hostPath /data/lp83 + team-a claim on local-path class nodePath /data/lp83-fix83",
        stack: "pod-identity",
        edit: r => {
            custodyPod(r, "cclp83", {
                volumes: [{ name: "state", hostPath: { path: "/data/lp83", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "state", mountPath: "/state" }] })],
            });
            storageClass(r, "lp83", "rancher.io/local-path", { nodePath: "/data/lp83" });
            claim(r, "team-state83", "team-a", "lp83");
            dep(r, "teamlp83", claimMount("team-state83"));
        },
    },
    // A StatefulSet's volumeClaimTemplates are claims too ("StatefulSets", Stable Storage: state-<sts>-<n>), which
    // local-path provisions under nodePath like any other: the custody StatefulSet's state is below /data/lp83.
    {
        name: "L5 custody StatefulSet volumeClaimTemplates on local-path nodePath /data/lp83 + team-a root pod mounts /data/lp83 readOnly-fix83",
        stack: "prod",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", { nodePath: "/data/lp83" });
            statefulSet(r, "ccsts83", "validators", "containment-chamber", "lp83");
            hostMount(r, "lpreader83", "/data/lp83", { readOnly: true });
        },
    },
    // ---- Class E neighbours: EFS user guide, "Mounting on Amazon EC2 with a DNS name": the mount target DNS name
    // availability-zone.file-system-id.efs.aws-region.amazonaws.com is the same file system's root.
    {
        name: "E1 custody EFS PV csi fs-0a1b2c3d::fsap-cc + team-a inline nfs eu-west-1a.fs-0a1b2c3d.efs.eu-west-1.amazonaws.com:/-fix83",
        stack: "prod",
        edit: r => {
            volume(r, "ccefs83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "validators", name: "cc-efs83" },
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0a1b2c3d::fsap-cc" },
            });
            claim(r, "cc-efs83", "validators", "", { volumeName: "ccefs83", accessModes: ["ReadWriteMany"] });
            custodyPod(r, "ccefs83", claimMount("cc-efs83"));
            dep(r, "nfsaz83", {
                volumes: [{ name: "efs", nfs: { server: `eu-west-1a.${EFS_DNS}`, path: "/" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // aws-efs-csi-driver pkg/driver/provisioner_ap.go: with reuseAccessPoint "true" the access point's client token
    // is the hash of the claim's name alone, and an access point of that token is reused: validators/cc-state83 and
    // team-a/cc-state83 get one access point, unique directories notwithstanding.
    {
        name: "E2 pod-identity: EFS class reuseAccessPoint true, pattern with namespace: custody and team-a claims both cc-state83-fix83",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "efs-reuse83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                subPathPattern: "${.PVC.namespace}/${.PVC.name}",
                ensureUniqueDirectory: "true",
                reuseAccessPoint: "true",
            });
            custodyOnClaim(r, "cc-state83", "efs-reuse83");
            claim(r, "cc-state83", "team-a", "efs-reuse83");
            dep(r, "teamreuse83", claimMount("cc-state83"));
        },
    },
    // ---- Round 83 fix neighbours, class R: a named create counts with a patch of that name by the same request
    // identity (one server-side apply: Kubernetes "Server-Side Apply" creates an absent object; patch.go authorises it
    // as patch, then create of that name), wherever the grants sit.
    {
        name: "R1-fix83 custody envFrom declared immutable Secret cc-sec83 + delete/create [cc-sec83] in one Role, patch [cc-sec83] in another-rt83k",
        stack: "prod",
        refused: /may delete Secret cc-sec83 .*create it by a server-side apply/,
        edit: r => {
            custodyWithInput(r, "Secret", "cc-sec83", true);
            grant(r, "delcreate83", [rule("secrets", ["delete", "create"], ["cc-sec83"])]);
            grant(r, "patch83", [rule("secrets", ["patch"], ["cc-sec83"])]);
        },
    },
    // deletecollection removes every ConfigMap of the namespace (deletesOfRules); the named apply brings cc-env83 back.
    {
        name: "R2-fix83 pod-identity: custody envFrom declared immutable cc-env83 + deletecollection configmaps + patch/create [cc-env83]-rt83k",
        stack: "pod-identity",
        refused: /may delete ConfigMap cc-env83 .*create it by a server-side apply/,
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", true);
            grant(r, "delall83", [rule("configmaps", ["deletecollection"])]);
            grant(r, "applyenv83", [rule("configmaps", ["patch", "create"], ["cc-env83"])]);
        },
    },
    // ---- Class C neighbours: a StatefulSet's volumeClaimTemplates with the custody claim as dataSource (each generated
    // claim is a clone, "CSI Volume Cloning"); a restore from a VolumeSnapshot the stack does not declare (its source
    // claim cannot be read: any claim of validators, fail closed); a clone of a clone.
    {
        name: "C1-fix83 custody claim cc-state83 + validators StatefulSet (SA default) whose volumeClaimTemplates clone it-rt83k",
        stack: "prod",
        refused:
            /StatefulSet validators\/copysts83 \(ServiceAccount default\) mounts claim .*a clone of claim validators\/cc-state83/,
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            k8s(r, "kubernetes:apps/v1:StatefulSet", "copysts83-sts", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "copysts83", namespace: "validators" },
                spec: {
                    serviceName: "copysts83",
                    selector: { matchLabels: { app: "copysts83" } },
                    template: {
                        metadata: { labels: { app: "copysts83" } },
                        spec: {
                            serviceAccountName: "default",
                            containers: [
                                container({ volumeMounts: [{ name: "copy", mountPath: "/copy", readOnly: true }] }),
                            ],
                        },
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "copy" },
                            spec: {
                                accessModes: ["ReadWriteOnce"],
                                storageClassName: "gp3-83",
                                resources: { requests: { storage: "1Gi" } },
                                dataSource: { kind: "PersistentVolumeClaim", name: "cc-state83" },
                            },
                        },
                    ],
                },
            });
        },
    },
    {
        name: "C2-fix83 pod-identity: custody claim cc-state83 + validators pod (SA default) mounts a claim restored from an undeclared VolumeSnapshot-rt83k",
        stack: "pod-identity",
        refused: /restored from VolumeSnapshot validators\/nightly83, whose source claim this stack does not show/,
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            claim(r, "restored83", "validators", "gp3-83", {
                dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "nightly83" },
            });
            deployment(r, "restorer83", "validators", "default", claimMount("restored83", true));
        },
    },
    {
        name: "C3-fix83 custody claim cc-state83 + a clone of a clone of it mounted by a validators pod (SA default)-rt83k",
        stack: "prod",
        refused: /a clone of claim validators\/cc-copy83 .*a clone of claim validators\/cc-state83/,
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            claim(r, "cc-copy83", "validators", "gp3-83", {
                dataSource: { kind: "PersistentVolumeClaim", name: "cc-state83" },
            });
            claim(r, "cc-copy2-83", "validators", "gp3-83", {
                dataSource: { kind: "PersistentVolumeClaim", name: "cc-copy83" },
            });
            deployment(r, "copier2-83", "validators", "default", claimMount("cc-copy2-83", true));
        },
    },
    // ---- Class S neighbours: a subPathExpr of a literal env value is that directory (Kubernetes "Volumes", Using
    // subPath with expanded environment variables); one of a downward API field the manifest does not fix
    // (metadata.name, generated for a Deployment's pods) is unknown: the volume's root, /data, holding /data/cc.
    {
        name: "S-a-fix83 custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(DIR), env DIR value cc-rt83k",
        stack: "prod",
        refused: /mounts hostPath \/data\/cc writable/,
        edit: r => {
            custodyWithData(r);
            dep(r, "subval83", {
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
    {
        name: "S-b-fix83 pod-identity: custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(POD) from metadata.name-rt83k",
        stack: "pod-identity",
        refused: /mounts hostPath \/data writable/,
        edit: r => {
            custodyWithData(r);
            dep(r, "subpod83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [
                    container({
                        env: [{ name: "POD", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
                        volumeMounts: [{ name: "data", mountPath: "/data", subPathExpr: "$(POD)" }],
                    }),
                ],
            });
        },
    },
];

const secure: StackCase[] = [
    // Class R: delete + patch by name, no create: a server-side apply of a missing object is authorised as create
    // too (patch.go createAuthorizerAttributes), which the auditor lacks; patch of the immutable data is refused
    // ("Immutable ConfigMaps"). The auditor can only remove the input (the pod then fails to start).
    {
        name: "S1 custody envFrom declared immutable cc-env83 + auditor may delete/patch configmaps [cc-env83], no create-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", true);
            grant(r, "delpatch83", [rule("configmaps", ["get", "delete", "patch"], ["cc-env83"])]);
        },
    },
    // Class L: pathPattern "{{ .PVC.Namespace }}/{{ .PVC.Name }}" keeps each namespace's claims apart (namespaces are
    // DNS labels: no `/` or `..`), so team-a/cc-state83 is /data/lp83/team-a/cc-state83.
    {
        name: "S2 pod-identity: local-path class pathPattern {{ .PVC.Namespace }}/{{ .PVC.Name }}: custody and team-a claims both cc-state83-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", {
                nodePath: "/data/lp83",
                pathPattern: "{{ .PVC.Namespace }}/{{ .PVC.Name }}",
            });
            custodyOnClaim(r, "cc-state83", "lp83");
            claim(r, "cc-state83", "team-a", "lp83");
            dep(r, "twin83", claimMount("cc-state83"));
        },
    },
    // Class U: an unbound PV of another directory, which the team-a claim may bind.
    {
        name: "S3 custody hostPath /data/cc + unbound PV hostPath /data/other83 (class manual) + team-a claim on manual-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "free83", { storageClassName: "manual", hostPath: { path: "/data/other83", type: "Directory" } });
            claim(r, "grab83", "team-a", "manual");
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // Class E: the driver's default (ensureUniqueDirectory true, pattern with the namespace) gives each claim its own
    // access point and directory (dynamic_provisioning README).
    {
        name: "S4 pod-identity: EFS class subPathPattern ${.PVC.namespace}/${.PVC.name}: custody and team-a claims-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "efs-ns83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                subPathPattern: "${.PVC.namespace}/${.PVC.name}",
                ensureUniqueDirectory: "true",
            });
            custodyOnClaim(r, "cc-state83", "efs-ns83");
            claim(r, "cc-state83", "team-a", "efs-ns83");
            dep(r, "teamns83", claimMount("cc-state83"));
        },
    },
    // Class S: subPath cc2 is a sibling of cc (Kubernetes "Volumes", subPath), not the custody directory.
    {
        name: "S5 custody hostPath /data/cc + team-a pod mounts /data with subPath cc2 writable-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            dep(r, "sibling83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data", subPath: "cc2" }] })],
            });
        },
    },
    // Class C: a clone of a claim the validators/default pod owns (not the custody pod's).
    {
        name: "S6 pod-identity: validators pod (SA default) mounts a clone of its own claim; custody claim untouched-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            claim(r, "own83", "validators", "gp3-83");
            claim(r, "own-copy83", "validators", "gp3-83", {
                dataSource: { kind: "PersistentVolumeClaim", name: "own83" },
            });
            deployment(r, "owncopy83", "validators", "default", claimMount("own-copy83", true));
        },
    },
    // Class A: AmazonEKSViewPolicy (EKS "Access policy permissions": the view ClusterRole's rules, no Secrets) on
    // valid*.
    {
        name: "S7 access entry platform-ops + AmazonEKSViewPolicy scoped to namespaces [valid*]-rt83k",
        stack: "prod",
        edit: r => accessPolicy(r, "83v", "AmazonEKSViewPolicy", ["valid*"]),
    },
    // Class P: pods/status and pods/log are neither the pod's spec nor a channel into it ("Using RBAC Authorization",
    // Referring to resources: subresources are authorised apart).
    {
        name: "S8 pod-identity: auditor may get pods/log and get pods in validators-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            grant(r, "logs83", [rule("pods", ["get", "list", "watch"]), rule("pods/log", ["get"])]);
        },
    },
    // Class S: subPathExpr of the pod's own namespace (downward API metadata.namespace, "team-a"): /data/team-a.
    // Was a MISS (fixed in round 83): secure refused (custody-effective-access: "... Deployment team-a/subns83 (ServiceAccount default) mounts
    // hostPath /data writable, the node directory of Deployment validators/cc83 ..."): podSpec.ts mountNodePath reads
    // any subPathExpr as the volume's root. Fix: expand $(VAR) when VAR is a literal env value or a downward API field
    // known from the manifest (metadata.namespace of a namespaced workload), failing closed for anything else.
    {
        name: "S9 custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(NS) from metadata.namespace-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            dep(r, "subns83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [
                    container({
                        env: [{ name: "NS", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } }],
                        volumeMounts: [{ name: "data", mountPath: "/data", subPathExpr: "$(NS)" }],
                    }),
                ],
            });
        },
    },
    // Class L: the custody claim's volume is below /data/lp83; /data/other83 is a sibling directory.
    {
        name: "S10 custody claim on local-path class nodePath /data/lp83 + team-a pod mounts hostPath /data/other83-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", { nodePath: "/data/lp83" });
            custodyOnClaim(r, "cc-state83", "lp83");
            dep(r, "other83", {
                volumes: [{ name: "data", hostPath: { path: "/data/other83", type: "DirectoryOrCreate" } }],
                containers: [container({ volumeMounts: [{ name: "data", mountPath: "/data" }] })],
            });
        },
    },
    // Class E: another file system's DNS name (EFS user guide: the name carries the file system id).
    {
        name: "S11 pod-identity: custody EFS PV csi fs-0a1b2c3d + team-a inline nfs fs-0f0e0d0c.efs.eu-west-1.amazonaws.com:/-rt83k",
        stack: "pod-identity",
        edit: r => {
            volume(r, "ccefs83", {
                storageClassName: "",
                accessModes: ["ReadWriteMany"],
                claimRef: { namespace: "validators", name: "cc-efs83" },
                csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0a1b2c3d" },
            });
            claim(r, "cc-efs83", "validators", "", { volumeName: "ccefs83", accessModes: ["ReadWriteMany"] });
            custodyPod(r, "ccefs83", claimMount("cc-efs83"));
            dep(r, "nfsother83", {
                volumes: [{ name: "efs", nfs: { server: "fs-0f0e0d0c.efs.eu-west-1.amazonaws.com", path: "/" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // Class U: "Persistent Volumes", Reserving a PersistentVolume: a PV whose claimRef names the custody claim binds
    // only to it, so the team-a claim of the same class waits for another volume.
    {
        name: "S12 custody claim pre-bound by claimRef to PV /data/cc (class manual) + team-a claim on manual-rt83k",
        stack: "prod",
        edit: r => {
            volume(r, "ccpv83", {
                storageClassName: "manual",
                claimRef: { namespace: "validators", name: "cc-state83" },
                hostPath: { path: "/data/cc", type: "Directory" },
            });
            claim(r, "cc-state83", "validators", "manual", { volumeName: "ccpv83" });
            custodyPod(r, "ccpv83", claimMount("cc-state83"));
            claim(r, "grab83", "team-a", "manual");
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // ---- Round 83 fix neighbours (class U): a selector the unreserved volume's labels do not match ("Persistent
    // Volumes", Selector: "Only the volumes whose labels match the selector can be bound to the claim").
    {
        name: "U3 custody hostPath /data/cc + unbound local PV /data/cc tier=cc83 + team-a claim selecting tier=other83-fix83",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            volume(r, "otherlabel83", { storageClassName: "", local: { path: "/data/cc" } }, { tier: "cc83" });
            claim(r, "grab83", "team-a", "", { selector: { matchLabels: { tier: "other83" } } });
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // An unreserved volume of class manual is no candidate for a claim of class gp3 ("Persistent Volumes", Class).
    {
        name: "U4 pod-identity: custody hostPath /data/cc + unbound PV /data/cc (class manual) + team-a claim on class gp3-fix83",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            volume(r, "manual83", { storageClassName: "manual", hostPath: { path: "/data/cc", type: "Directory" } });
            claim(r, "grab83", "team-a", "gp3-83");
            dep(r, "grabber83", claimMount("grab83"));
        },
    },
    // ---- Class L neighbours: the provisioner's default pattern {{ .PVName }}_{{ .PVC.Namespace }}_{{ .PVC.Name }}
    // (README, "Storage classes": "which make the directory specific to the PV instance") keeps claims of one name
    // apart; so does {{ .PVName }} alone.
    {
        name: "L3 pod-identity: local-path class with the default pattern: custody and team-a claims both cc-state83-fix83",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lp83", "rancher.io/local-path", { nodePath: "/data/lp83" });
            custodyOnClaim(r, "cc-state83", "lp83");
            claim(r, "cc-state83", "team-a", "lp83");
            dep(r, "twin83", claimMount("cc-state83"));
        },
    },
    {
        name: "L4 local-path class pathPattern {{ .PVName }}: custody and team-a claims both cc-state83-fix83",
        stack: "prod",
        edit: r => {
            storageClass(r, "lppv83", "rancher.io/local-path", {
                nodePath: "/data/lp83",
                pathPattern: "{{ .PVName }}",
            });
            custodyOnClaim(r, "cc-state83", "lppv83");
            claim(r, "cc-state83", "team-a", "lppv83");
            dep(r, "twin83", claimMount("cc-state83"));
        },
    },
    // Two StatefulSets of one name in validators and team-a under pattern {{ .PVC.Namespace }}/{{ .PVC.Name }}:
    // /data/lp83/validators/state-ccsts83-N and /data/lp83/team-a/state-ccsts83-N.
    {
        name: "L6 pod-identity: custody and team-a StatefulSets ccsts83 on local-path pattern {{ .PVC.Namespace }}/{{ .PVC.Name }}-fix83",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "lpns83", "rancher.io/local-path", {
                nodePath: "/data/lp83",
                pathPattern: "{{ .PVC.Namespace }}/{{ .PVC.Name }}",
            });
            statefulSet(r, "ccsts83", "validators", "containment-chamber", "lpns83");
            statefulSet(r, "ccsts83", "team-a", "default", "lpns83");
        },
    },
    // ---- Class E neighbours: without subPathPattern each access point's root is basePath/<PV name>
    // (provisioner_ap.go: rootDirName := volName), unique to the claim.
    {
        name: "E3 pod-identity: EFS efs-ap class without subPathPattern: custody and team-a claims both cc-state83-fix83",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "efs-pv83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/dynamic",
            });
            custodyOnClaim(r, "cc-state83", "efs-pv83");
            claim(r, "cc-state83", "team-a", "efs-pv83");
            dep(r, "teampv83", claimMount("cc-state83"));
        },
    },
    // A team-a NFS mount of another directory (/team83) of the same file system, outside basePath /dynamic where
    // the custody claim's access point lies.
    {
        name: "E4 custody claim on EFS efs-ap class basePath /dynamic + team-a inline nfs fs-0a1b2c3d.efs...:/team83-fix83",
        stack: "prod",
        edit: r => {
            storageClass(r, "efs-cc83", "efs.csi.aws.com", {
                provisioningMode: "efs-ap",
                fileSystemId: "fs-0a1b2c3d",
                directoryPerms: "700",
                basePath: "/dynamic",
            });
            custodyOnClaim(r, "cc-state83", "efs-cc83");
            dep(r, "nfsteam83", {
                volumes: [{ name: "efs", nfs: { server: EFS_DNS, path: "/team83" } }],
                containers: [container({ volumeMounts: [{ name: "efs", mountPath: "/efs" }] })],
            });
        },
    },
    // ---- Round 83 fix neighbours, class R: a named create and patch of another name cannot bring cc-env83 back; a
    // named create without a patch is a POST, which carries no name ("Using RBAC Authorization", "Referring to
    // resources": create cannot be restricted by resourceName), so it creates nothing.
    {
        name: "R3-fix83 custody envFrom declared immutable cc-env83 + delete [cc-env83] + patch/create [cc-other83] only-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithInput(r, "ConfigMap", "cc-env83", true);
            grant(r, "delother83", [
                rule("configmaps", ["delete"], ["cc-env83"]),
                rule("configmaps", ["patch", "create"], ["cc-other83"]),
            ]);
        },
    },
    {
        name: "R4-fix83 pod-identity: custody envFrom declared immutable Secret cc-sec83 + delete/create [cc-sec83], no patch-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithInput(r, "Secret", "cc-sec83", true);
            grant(r, "delcreate83", [rule("secrets", ["delete", "create"], ["cc-sec83"])]);
        },
    },
    // Class C: a clone of the custody claim mounted by the custody ServiceAccount's own second pod (a migration job of
    // the same runtime identity: nothing new); a restore from a declared VolumeSnapshot of the team's own claim.
    {
        name: "C4-fix83 custody claim cc-state83 + a second containment-chamber pod mounts a clone of it-rt83k",
        stack: "prod",
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            claim(r, "cc-copy83", "validators", "gp3-83", {
                dataSource: { kind: "PersistentVolumeClaim", name: "cc-state83" },
            });
            custodyPod(r, "ccmigrate83", claimMount("cc-copy83", true));
        },
    },
    {
        name: "C5-fix83 pod-identity: validators pod (SA default) mounts a claim restored from a VolumeSnapshot of its own claim-rt83k",
        stack: "pod-identity",
        edit: r => {
            storageClass(r, "gp3-83", "ebs.csi.aws.com", { type: "gp3", encrypted: "true" });
            custodyOnClaim(r, "cc-state83", "gp3-83");
            claim(r, "own83", "validators", "gp3-83");
            k8s(r, "kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot", "ownsnap83", {
                apiVersion: "snapshot.storage.k8s.io/v1",
                kind: "VolumeSnapshot",
                metadata: { name: "own-snap83", namespace: "validators" },
                spec: { volumeSnapshotClassName: "ebs-snap", source: { persistentVolumeClaimName: "own83" } },
            });
            claim(r, "own-restore83", "validators", "gp3-83", {
                dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "own-snap83" },
            });
            deployment(r, "ownrestore83", "validators", "default", claimMount("own-restore83", true));
        },
    },
    // Class S: subPathExpr of spec.serviceAccountName (default) and of a literal value cc2: /data/default and /data/cc2,
    // siblings of /data/cc.
    {
        name: "S-c-fix83 custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(SA) from spec.serviceAccountName-rt83k",
        stack: "prod",
        edit: r => {
            custodyWithData(r);
            dep(r, "subsa83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [
                    container({
                        env: [{ name: "SA", valueFrom: { fieldRef: { fieldPath: "spec.serviceAccountName" } } }],
                        volumeMounts: [{ name: "data", mountPath: "/data", subPathExpr: "$(SA)" }],
                    }),
                ],
            });
        },
    },
    {
        name: "S-d-fix83 pod-identity: custody hostPath /data/cc + team-a pod mounts /data with subPathExpr $(DIR), env DIR value cc2-rt83k",
        stack: "pod-identity",
        edit: r => {
            custodyWithData(r);
            dep(r, "subval2-83", {
                volumes: [{ name: "data", hostPath: { path: "/data", type: "Directory" } }],
                containers: [
                    container({
                        env: [{ name: "DIR", value: "cc2" }],
                        volumeMounts: [{ name: "data", mountPath: "/data", subPathExpr: "$(DIR)" }],
                    }),
                ],
            });
        },
    },
];

describeVariants(
    "red team 83 (k8s): storage bound by class, provisioners, copies and re-applied inputs",
    insecure,
    secure,
);
