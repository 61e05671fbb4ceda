/**
 * Round 82: what storage a pod of the stack mounts, as one identity for every way two pods reach the same files: a
 * hostPath (the node's directory), a PersistentVolumeClaim (by its name in the pod's namespace, a StatefulSet's
 * generated ones included), the PersistentVolume bound to the claim and that volume's source (a node directory for
 * hostPath and local, a network file system for csi and nfs). engine/kubernetes.ts sharedStoragePowers compares them
 * across the stack's pods.
 */
import { posix } from "path";
import type { StackResource } from "../model/resources";
import { hostPathMounts, normalizeHostPath } from "./podSpec";
import { isUnknown } from "./raw";

/**
 * One storage a pod mounts: a place (`path`, `/` for a whole volume) in a storage space (`node` for the node's
 * directories; a claim, a PersistentVolume, a network file system for the others). `pattern` matches the spaces of
 * the claims a StatefulSet generates, or of any claim when a name or namespace is unknown during the preview.
 */
export interface StorageMount {
    space: string;
    path: string;
    label: string;
    writable: boolean;
    pattern?: RegExp;
}

const PV_TYPE = "kubernetes:core/v1:PersistentVolume";
const PVC_TYPE = "kubernetes:core/v1:PersistentVolumeClaim";
const STATEFUL_SET_TYPE = "kubernetes:apps/v1:StatefulSet";
const EFS_DRIVER = "efs.csi.aws.com";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const claimSpace = (ns: string, name: string) => `claim ${ns}/${name}`;
const metaOf = (r: StackResource): { name?: unknown; namespace?: unknown } => (r.props?.metadata as any) ?? {};

/** Whether two storages are the same files, or one holds the other. */
export function storagesOverlap(a: StorageMount, b: StorageMount): boolean {
    const sameSpace = a.space === b.space || a.pattern?.test(b.space) === true || b.pattern?.test(a.space) === true;
    if (!sameSpace) return false;
    const under = (x: string, y: string) => x === y || y === "/" || x.startsWith(`${y}/`);
    return under(a.path, b.path) || under(b.path, a.path);
}

/**
 * The storage a CSI volume is: its driver's volume (volumeHandle, "Persistent Volumes", CSI: "volumeHandle: A string
 * value that uniquely identifies the volume"). An EFS handle is [FileSystemId]:[Subpath]:[AccessPointId]
 * (aws-efs-csi-driver README, "Static provisioning"): a place in one file system, the root holding every access point
 * and subpath. Two access points of one file system count as two places (an access point's root directory is set in
 * the AccessPoint, which the handle does not show; separate access points are the driver's isolation idiom).
 */
function csiStorage(driver: string, handle: string): { space: string; path: string } {
    if (driver !== EFS_DRIVER) return { space: `csi ${driver} ${handle}`, path: "/" };
    const [fs, sub = "", ap = ""] = handle.split(":");
    const subPath = sub === "" ? "" : posix.normalize(`/${sub}`).replace(/\/$/, "");
    return { space: `csi ${driver} ${fs}`, path: `${ap === "" ? "" : `/<access point ${ap}>`}${subPath}` || "/" };
}

/**
 * The storage a PersistentVolume's source is: a hostPath or local path is the node's directory ("Persistent Volumes",
 * hostPath: "uses a file or directory on the Node"; "Volumes", local: "a mounted local storage device such as a disk,
 * partition or directory"), csi the driver's volume, nfs the server's export; any other source is the volume itself.
 */
function volumeSourceStorage(name: string, spec: any): { space: string; path: string; what: string } {
    const nodePath = spec?.hostPath?.path ?? spec?.local?.path;
    if (typeof nodePath === "string" && !isUnknown(nodePath))
        return {
            space: "node",
            path: normalizeHostPath(nodePath),
            what: `node directory ${normalizeHostPath(nodePath)}`,
        };
    const csi = spec?.csi;
    if (typeof csi?.driver === "string" && typeof csi?.volumeHandle === "string" && !isUnknown(csi.volumeHandle))
        return { ...csiStorage(csi.driver, csi.volumeHandle), what: `${csi.driver} volume ${csi.volumeHandle}` };
    const nfs = spec?.nfs;
    if (typeof nfs?.server === "string" && typeof nfs?.path === "string")
        return {
            space: `nfs ${nfs.server}`,
            path: posix.normalize(`/${nfs.path}`),
            what: `NFS ${nfs.server}:${nfs.path}`,
        };
    return { space: `pv ${name}`, path: "/", what: "its own volume" };
}

/**
 * The PersistentVolumes of the stack bound to a claim of namespace `ns` whose name `named` accepts: pre-bound by the
 * volume's claimRef, or named by the claim's volumeName ("Persistent Volumes", Reserving a PersistentVolume: "the
 * binding happens regardless of some volume matching criteria").
 */
function boundVolumes(resources: readonly StackResource[], ns: string, named: (claim: string) => boolean) {
    const nsMatches = (x: unknown) => ns === "*" || (x ?? "default") === ns;
    const volumeNames = resources
        .filter(r => r.type === PVC_TYPE && nsMatches(metaOf(r).namespace) && named(String(metaOf(r).name)))
        .map(r => (r.props?.spec as any)?.volumeName)
        .filter(v => typeof v === "string");
    return resources.filter(r => {
        if (r.type !== PV_TYPE) return false;
        const ref = (r.props?.spec as any)?.claimRef;
        const byRef = typeof ref?.name === "string" && named(ref.name) && nsMatches(ref.namespace);
        return byRef || volumeNames.includes(String(metaOf(r).name));
    });
}

/**
 * The storages of one claim a pod mounts: the claim itself (`space`, or the claims `pattern` accepts) and the source of
 * each PersistentVolume of the stack bound to it.
 */
function claimStorages(
    resources: readonly StackResource[],
    ns: string,
    claim: string,
    writable: boolean,
    pattern?: RegExp,
): StorageMount[] {
    const space = claimSpace(ns, claim);
    const own: StorageMount = { space, path: "/", label: `claim ${ns}/${claim}`, writable, pattern };
    const named = (name: string) => (pattern ? pattern.test(claimSpace(ns, name)) : name === claim);
    return [
        own,
        ...boundVolumes(resources, ns, named).map(pv => {
            const name = String(metaOf(pv).name);
            const source = volumeSourceStorage(name, pv.props?.spec);
            return {
                space: source.space,
                path: source.path,
                label: `claim ${ns}/${claim} (PersistentVolume ${name}, ${source.what})`,
                writable,
            };
        }),
    ];
}

/** Whether some container mounts volume `name` writable (`readOnly` on the volume's source makes every mount so). */
function mountsOf(spec: any, name: string): { used: boolean; writable: boolean } {
    const mounts = ["containers", "initContainers", "ephemeralContainers"]
        .flatMap(k => (Array.isArray(spec?.[k]) ? spec[k] : []))
        .flatMap((c: any) => (Array.isArray(c?.volumeMounts) ? c.volumeMounts : []))
        .filter((m: any) => m?.name === name);
    return { used: mounts.length > 0, writable: mounts.some((m: any) => m?.readOnly !== true) };
}

/**
 * Every storage pod spec `spec` of resource `r` (namespace `ns`, `*` when unknown) mounts, with whether a container
 * writes it: its hostPaths (hostPathMounts), its claims (a claim name unknown during the preview may be any claim of
 * the namespace: fail closed), a StatefulSet's volumeClaimTemplates (Kubernetes "StatefulSets", Stable Storage: the
 * claims are named <template>-<statefulset>-<ordinal>, "www-web-0"), inline NFS exports.
 */
export function podStorageMounts(
    resources: readonly StackResource[],
    r: StackResource,
    spec: any,
    ns: string,
): StorageMount[] {
    const out: StorageMount[] = hostPathMounts(spec).map(m => ({
        space: "node",
        path: m.path,
        label: `hostPath ${m.path}`,
        writable: m.writable,
    }));
    const nsPattern = ns === "*" ? "[^/]+" : escape(ns);
    const volumes: any[] = Array.isArray(spec?.volumes) ? spec.volumes : [];
    for (const v of volumes) {
        const { used, writable } = mountsOf(spec, v?.name);
        if (!used) continue;
        const pvc = v?.persistentVolumeClaim;
        if (pvc) {
            const w = writable && pvc.readOnly !== true;
            if (typeof pvc.claimName === "string" && !isUnknown(pvc.claimName))
                out.push(
                    ...claimStorages(
                        resources,
                        ns,
                        pvc.claimName,
                        w,
                        ns === "*" ? new RegExp(`^claim ${nsPattern}/${escape(pvc.claimName)}$`) : undefined,
                    ),
                );
            else out.push(...claimStorages(resources, ns, "<unknown>", w, new RegExp(`^claim ${nsPattern}/`)));
        }
        const nfs = v?.nfs;
        if (typeof nfs?.server === "string" && typeof nfs?.path === "string")
            out.push({
                space: `nfs ${nfs.server}`,
                path: posix.normalize(`/${nfs.path}`),
                label: `NFS ${nfs.server}:${nfs.path}`,
                writable: writable && nfs.readOnly !== true,
            });
    }
    if (r.type === STATEFUL_SET_TYPE) {
        const sts = String(metaOf(r).name ?? r.name);
        const templates: unknown = (r.props?.spec as any)?.volumeClaimTemplates;
        for (const t of Array.isArray(templates) ? templates : []) {
            const name = t?.metadata?.name;
            if (typeof name !== "string" || volumes.some(v => v?.name === name)) continue;
            const { used, writable } = mountsOf(spec, name);
            if (!used) continue;
            const pattern = new RegExp(`^claim ${nsPattern}/${escape(`${name}-${sts}-`)}\\d+$`);
            out.push(...claimStorages(resources, ns, `${name}-${sts}-<ordinal>`, writable, pattern));
        }
    }
    return out;
}
