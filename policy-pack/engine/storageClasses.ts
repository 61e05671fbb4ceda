/**
 * Which StorageClasses of the stack give their claimants' pods no node directory, judged as an allowlist. A
 * PersistentVolume the stack declares is judged by its hostPath/local path (engine/kubernetes.ts, volumePathReach),
 * but one a provisioner makes from a StorageClass is not in the stack: its source is whatever the provisioner builds
 * from the class's parameters, and every pod that mounts a claim on it (a persistentVolumeClaim volume, or a
 * StatefulSet's volumeClaimTemplates) gets that source past Pod Security admission, which sees only the claim.
 *
 * - Provisioners of network volumes (CLOUD_PROVISIONERS): the volume is an EBS disk, an EFS or FSx file system,
 *   attached or mounted by the driver's node plugin, never a directory of the node; every parameter picks the
 *   volume's type, size, encryption, throughput or tags (aws-ebs-csi-driver docs/parameters.md "CreateVolume
 *   (StorageClass) Parameters"; aws-efs-csi-driver "Dynamic provisioning"; EKS user guide "Create a storage class" for
 *   EKS Auto Mode's ebs.csi.eks.amazonaws.com).
 * - Round 88: csi-driver-nfs (nfs.csi.k8s.io) makes a subdirectory of an NFS export its claimants' volume, mounted
 *   by its node plugin as `server:share/subDir` (docs/driver-parameters.md, "storage class usage": server, share,
 *   subDir, mountPermissions, uid, gid, onDelete, and the provisioner secret that carries DeleteVolume's mount
 *   options; pkg/nfs/nodeserver.go NodePublishVolume): a network file system, never a node directory, judged as
 *   shared storage by where it is (podStorage.ts classStorage). Other parameters (the driver reads its keys
 *   lower-cased) are refused.
 * - kubernetes.io/no-provisioner: no dynamic provisioning at all (Kubernetes "Storage Classes", "Local"): what binds
 *   to it are PersistentVolumes, the stack's judged on their own.
 * - Rancher's local-path-provisioner (rancher.io/local-path) makes hostPath (or local) PersistentVolumes at
 *   filepath.Join(base, pathPattern rendered as a Go template with the PV name and the claim's metadata), `base` the
 *   class's `nodePath` (which must be listed in the provisioner's nodePathMap) or a path of that map, by default
 *   /opt/local-path-provisioner (rancher/local-path-provisioner README, "Storage classes" and "Customize the
 *   ConfigMap"; provisioner.go provisionFor, pathFromPattern). Before v0.0.34, and with `allowUnsafePathPattern`
 *   (parameter or annotation) since, nothing stops a pattern (or a claim label or annotation it reads) from climbing
 *   out of `base`. So the pack judges the class itself, whatever the provisioner's version: `nodePath` set, a data
 *   directory a pod may write (volumePathReach: WRITABLE_DATA, not an ancestor of a node secret), and a pattern whose
 *   every segment is literal or the PV name, the claim's namespace or name (values Kubernetes validates as DNS names,
 *   never `..`), so every volume lies below `nodePath`. `userPattern`, `groupPattern` and `permPattern` reach the
 *   provisioner's setup script (its ConfigMap, outside the pack's sight) from claim metadata, so they are refused.
 * Any other provisioner, or parameter of local-path, is not known to stay off the node: refused, naming it.
 */
import { volumePathReach } from "./podSpec";
import { isUnknown, unverifiable } from "./raw";

/** Provisioners whose volumes are network volumes, with any parameter (see above). */
const CLOUD_PROVISIONERS = new Set([
    "ebs.csi.aws.com",
    "ebs.csi.eks.amazonaws.com",
    // The in-tree EBS plugin, migrated to the EBS CSI driver (Kubernetes "Storage Classes", "AWS EBS").
    "kubernetes.io/aws-ebs",
    "efs.csi.aws.com",
    "fsx.csi.aws.com",
    "fsx.openzfs.csi.aws.com",
]);
const NO_PROVISIONER = "kubernetes.io/no-provisioner";
const NFS_CSI = "nfs.csi.k8s.io";
/** nfs.csi.k8s.io class parameters the pack judges, lower-cased (see the module comment). */
const NFS_CSI_PARAMETERS = new Set([
    "server",
    "share",
    "subdir",
    "mountpermissions",
    "uid",
    "gid",
    "ondelete",
    "csi.storage.k8s.io/provisioner-secret-name",
    "csi.storage.k8s.io/provisioner-secret-namespace",
]);
const LOCAL_PATH = "rancher.io/local-path";

/**
 * Mount options the node applies to these volumes that change nothing beyond them: access-time updates, the nosuid,
 * nodev and noexec restrictions, read-only, and the NFS options EFS documents (aws-efs-csi-driver "Mount options";
 * EFS user guide, "Mounting EFS file systems": nfsvers, rsize, wsize, hard, timeo, retrans, noresvport; tls and iam
 * for efs-utils). Anything else is passed unvalidated to the node's mount (Kubernetes "Storage Classes", "Mount
 * options": "Mount options are not validated on either the class or PV"): refused.
 */
const INERT_MOUNT_OPTIONS =
    /^(noatime|nodiratime|relatime|nosuid|nodev|noexec|ro|tls|iam|noresvport|hard|(nfsvers|vers)=4(\.[01])?|(rsize|wsize|timeo|retrans)=\d+)$/;

/** local-path parameters the pack judges (the rest are refused): see the module comment. */
const LOCAL_PATH_PARAMETERS = new Set(["nodePath", "pathPattern", "allowUnsafePathPattern", "nodeAffinityKey"]);
/** StorageClass annotations local-path reads (provisioner.go): the volume type, the unsafe flag, the setup patterns. */
const LOCAL_PATH_ANNOTATIONS = new Set([
    "defaultVolumeType",
    "allowUnsafePathPattern",
    "userPattern",
    "groupPattern",
    "permPattern",
]);
/**
 * Template actions whose values are DNS names (never `.`, `..` or a `/`): the PV's name, the claim's namespace and
 * name, with or without Go's trim markers (text/template, "Text and spaces").
 */
const SAFE_ACTION = /^\{\{-?\s*\.(PVName|PVC\.Namespace|PVC\.Name)\s*-?\}\}$/;

/** Why a local-path pattern may put a volume outside its base directory, or undefined when it cannot. */
function patternEscapes(pattern: string): string | undefined {
    const actions = pattern.match(/\{\{[\s\S]*?\}\}/g) ?? [];
    const unsafe = actions.find(a => !SAFE_ACTION.test(a));
    if (unsafe !== undefined)
        return `its action ${unsafe} is not {{ .PVName }}, {{ .PVC.Namespace }} or {{ .PVC.Name }} (a claim's labels and annotations, or template functions, may render "../")`;
    // Each safe action renders a DNS name: a segment's text of its own, never `.` or `..`.
    const literal = pattern.replace(/\{\{[\s\S]*?\}\}/g, "x");
    if (literal.includes("{{")) return "it opens an action it does not close";
    const climb = literal.split("/").find(x => x === "." || x === "..");
    return climb === undefined
        ? undefined
        : `its segment "${climb}" leaves the base directory (filepath.Join resolves it)`;
}

/** Why local-path volumes of a class with these parameters and annotations may reach the node, or undefined. */
function localPathReach(parameters: Record<string, unknown>, annotations: Record<string, unknown>): string | undefined {
    const other = Object.keys(parameters).find(k => !LOCAL_PATH_PARAMETERS.has(k));
    if (other !== undefined)
        return `parameter ${other} is not one the pack judges for ${LOCAL_PATH} (${[...LOCAL_PATH_PARAMETERS].join(", ")})`;
    const setup = ["userPattern", "groupPattern", "permPattern"].find(k => k in annotations);
    if (setup !== undefined)
        return `annotation ${setup} is rendered from claim metadata into the provisioner's setup script, which runs as root on the node and is outside the pack's sight`;
    const pattern = parameters.pathPattern;
    if (isUnknown(pattern)) return unverifiable("parameter pathPattern", "its volumes may be any node directory");
    if (typeof pattern === "string") {
        const why = patternEscapes(pattern);
        if (why) return `parameter pathPattern ${JSON.stringify(pattern)}: ${why}, e.g. to /var/lib/kubelet/pods`;
    }
    const nodePath = parameters.nodePath;
    if (isUnknown(nodePath)) return unverifiable("parameter nodePath", "its volumes may be any node directory");
    if (typeof nodePath !== "string" || nodePath === "")
        return "parameter nodePath is not set: the volumes go under a path of the provisioner's nodePathMap (by default /opt/local-path-provisioner, where the node runs what it holds), which the pack does not see; set nodePath to a data directory (under /data, /srv or /mnt) listed in nodePathMap";
    if (!nodePath.startsWith("/")) return `parameter nodePath ${nodePath} is not an absolute path`;
    const reach = volumePathReach(nodePath);
    if (reach) return `parameter nodePath ${nodePath}: ${reach}`;
    return undefined;
}

const record = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * For a StorageClass (or its Patch): why the volumes it provisions may be node directories, naming the provisioner,
 * parameter or option, or undefined when they stay off the node. A Patch may set only annotations on a class outside
 * the stack (a class's provisioner and parameters cannot be updated: Kubernetes "Storage Classes"), so one that sets
 * local-path's annotations is refused: the class they change is not in view.
 */
export function storageClassReach(type: string, props: Record<string, unknown>): string | undefined {
    const annotationsRaw = record(props.metadata).annotations;
    if (isUnknown(annotationsRaw))
        return unverifiable("metadata.annotations", "they may turn off a provisioner's checks");
    const annotations = record(annotationsRaw);
    const provisioner = props.provisioner;
    if (isUnknown(provisioner)) return unverifiable("provisioner", "its volumes may be node directories");
    if (provisioner === undefined && type.endsWith("Patch")) {
        const key = Object.keys(annotations).find(k => LOCAL_PATH_ANNOTATIONS.has(k));
        return key === undefined
            ? undefined
            : `sets annotation ${key} on a StorageClass outside this stack, whose provisioner and pathPattern are not in view (rancher.io/local-path reads it)`;
    }
    if (typeof provisioner !== "string")
        return "has no provisioner: set one the pack knows (ebs.csi.aws.com, efs.csi.aws.com, fsx.csi.aws.com, rancher.io/local-path with nodePath)";
    const parametersRaw = props.parameters;
    if (isUnknown(parametersRaw)) return unverifiable("parameters", "its volumes may be node directories");
    const parameters = record(parametersRaw);
    const mountOptions = props.mountOptions;
    if (isUnknown(mountOptions)) return unverifiable("mountOptions", "the node may mount its volumes with any option");
    const option = (Array.isArray(mountOptions) ? mountOptions : []).find(
        o => typeof o !== "string" || !INERT_MOUNT_OPTIONS.test(o),
    );
    if (option !== undefined)
        return `mount option ${JSON.stringify(option)} is passed unvalidated to the node's mount and is not one the pack knows to change nothing beyond the volume`;
    if (CLOUD_PROVISIONERS.has(provisioner)) return undefined;
    if (provisioner === NFS_CSI) {
        const other = Object.keys(parameters).find(k => !NFS_CSI_PARAMETERS.has(k.toLowerCase()));
        return other === undefined
            ? undefined
            : `provisioner ${NFS_CSI}: parameter ${other} is not one the pack judges (${[...NFS_CSI_PARAMETERS].join(", ")})`;
    }
    if (provisioner === NO_PROVISIONER)
        return Object.keys(parameters).length === 0
            ? undefined
            : `provisioner ${NO_PROVISIONER} takes no parameters (${Object.keys(parameters).join(", ")})`;
    if (provisioner === LOCAL_PATH) {
        const why = localPathReach(parameters, annotations);
        return why && `provisioner ${LOCAL_PATH}: ${why}`;
    }
    return `provisioner ${provisioner} is not one the pack knows to make network volumes (${[...CLOUD_PROVISIONERS, NFS_CSI].join(", ")}; ${LOCAL_PATH} judged by nodePath and pathPattern): it may make node directories (a hostPath or local PersistentVolume) from parameters ${Object.keys(parameters).join(", ") || "(none)"}`;
}
