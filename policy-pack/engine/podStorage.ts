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
    const out: StorageMount[] = hostPathMounts(spec, ns).map(m => ({
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

const SNAPSHOT_TYPE = /^kubernetes:snapshot\.storage\.k8s\.io\/[^:]+:VolumeSnapshot$/;

/**
 * Round 83: the claim a claim's volume is a copy of, from its spec's dataSourceRef (or dataSource, which the API
 * server keeps equal to it): a PersistentVolumeClaim of the namespace is a clone (Kubernetes "CSI Volume Cloning": "a
 * duplicate of an existing Kubernetes Volume", the source "in the same namespace"), a VolumeSnapshot is restored from
 * the claim the stack's VolumeSnapshot names (Kubernetes "Volume Snapshots": spec.source.persistentVolumeClaimName; a
 * claim of the snapshot's namespace). A source unknown during the preview, or a VolumeSnapshot whose claim the stack
 * does not show (not declared, or pre-provisioned from a VolumeSnapshotContent), may be a copy of any claim of the
 * namespace (`pattern`): fail closed. Another kind is a volume populator's object (engine/kubernetes.ts
 * preBoundClaims, DECIDED): no copy of a claim.
 */
function claimCopySource(
    resources: readonly StackResource[],
    ns: string,
    spec: any,
): { ns: string; claim: string; what: string; pattern?: RegExp } | undefined {
    const ref = spec?.dataSourceRef ?? spec?.dataSource;
    if (ref === undefined || ref === null) return undefined;
    const anyClaimOf = (n: string, what: string) => ({
        ns: n,
        claim: "<unknown>",
        what,
        pattern: new RegExp(`^claim ${n === "*" ? "[^/]+" : escape(n)}/`),
    });
    if (isUnknown(ref) || isUnknown(ref.kind) || isUnknown(ref.name) || isUnknown(ref.namespace))
        return anyClaimOf(ns, "a copy of a data source unknown during the preview (any claim of the namespace)");
    const srcNs = typeof ref.namespace === "string" ? ref.namespace : ns;
    const group = ref.apiGroup ?? "";
    // A namespace unknown during the preview: the claim of that name in any namespace.
    const named = (claim: string) => (srcNs === "*" ? { pattern: new RegExp(`^claim [^/]+/${escape(claim)}$`) } : {});
    if (ref.kind === "PersistentVolumeClaim" && group === "" && typeof ref.name === "string")
        return {
            ns: srcNs,
            claim: ref.name,
            what: `a clone of claim ${srcNs}/${ref.name} (its dataSource)`,
            ...named(ref.name),
        };
    if (ref.kind !== "VolumeSnapshot" || group !== "snapshot.storage.k8s.io" || typeof ref.name !== "string")
        return undefined;
    const snapshot = resources.find(
        x =>
            SNAPSHOT_TYPE.test(x.type) &&
            metaOf(x).name === ref.name &&
            (srcNs === "*" || (metaOf(x).namespace ?? "default") === srcNs),
    );
    const source = (snapshot?.props?.spec as any)?.source?.persistentVolumeClaimName;
    if (typeof source !== "string" || isUnknown(source))
        return anyClaimOf(
            srcNs,
            `restored from VolumeSnapshot ${srcNs}/${ref.name}, whose source claim this stack does not show (any claim of the namespace)`,
        );
    return {
        ns: srcNs,
        claim: source,
        what: `restored from VolumeSnapshot ${srcNs}/${ref.name} of claim ${srcNs}/${source}`,
        ...named(source),
    };
}

/**
 * Round 83: the storages a claim of the stack (namespace `ns`, `*` when unknown) is a copy of (claimCopySource), its
 * source's own sources included, each read-only: the copy holds the source's files as they were (its key material),
 * and writing the copy changes only the copy.
 */
function copiedStorages(
    resources: readonly StackResource[],
    ns: string,
    claim: string,
    spec: any,
    depth = 0,
): StorageMount[] {
    const source = depth < 4 ? claimCopySource(resources, ns, spec) : undefined;
    if (!source) return [];
    const label = (s: StorageMount) => ({
        ...s,
        writable: false,
        label: `claim ${ns}/${claim} (${source.what}: ${s.label})`,
    });
    const upstream = resources
        .filter(
            x =>
                x.type === PVC_TYPE &&
                source.claim !== "<unknown>" &&
                metaOf(x).name === source.claim &&
                (source.ns === "*" || (metaOf(x).namespace ?? "default") === source.ns),
        )
        .flatMap(x => copiedStorages(resources, source.ns, source.claim, x.props?.spec, depth + 1));
    return [...claimStorages(resources, source.ns, source.claim, false, source.pattern), ...upstream].map(label);
}

/**
 * Round 83: what pod spec `spec` of resource `r` (namespace `ns`, `*` when unknown) mounts through copies: for each
 * claim it mounts that the stack declares (or a StatefulSet's volumeClaimTemplates), the claims it was cloned or
 * restored from (copiedStorages), read-only. A clone of the custody pod's claim mounted by another ServiceAccount's pod
 * reads the custody state (engine/kubernetes.ts sharedHostPathPowers).
 */
export function podCopiedStorages(
    resources: readonly StackResource[],
    r: StackResource,
    spec: any,
    ns: string,
): StorageMount[] {
    const out: StorageMount[] = [];
    const volumes: any[] = Array.isArray(spec?.volumes) ? spec.volumes : [];
    for (const v of volumes) {
        const name = v?.persistentVolumeClaim?.claimName;
        if (typeof name !== "string" || isUnknown(name) || !mountsOf(spec, v?.name).used) continue;
        for (const c of resources)
            if (
                c.type === PVC_TYPE &&
                metaOf(c).name === name &&
                (ns === "*" || (metaOf(c).namespace ?? "default") === ns)
            )
                out.push(...copiedStorages(resources, ns, name, c.props?.spec));
    }
    if (r.type === STATEFUL_SET_TYPE) {
        const templates: unknown = (r.props?.spec as any)?.volumeClaimTemplates;
        for (const t of Array.isArray(templates) ? templates : [])
            if (typeof t?.metadata?.name === "string" && mountsOf(spec, t.metadata.name).used)
                out.push(...copiedStorages(resources, ns, `${t.metadata.name}-<ordinal>`, t?.spec));
    }
    return out;
}
