/**
 * Round 82: what storage a pod of the stack mounts, as one identity for every way two pods reach the same files: a
 * hostPath (the node's directory), a PersistentVolumeClaim (by its name in the pod's namespace, a StatefulSet's
 * generated ones included), the PersistentVolume bound to the claim and that volume's source (a node directory for
 * hostPath and local, a network file system for csi and nfs). engine/kubernetes.ts sharedStoragePowers compares them
 * across the stack's pods. Round 83: a claim's volumes include the unreserved ones its class and selector may bind
 * and the one its StorageClass provisions (a local-path node directory, an EFS access point's directory).
 */
import { isIP } from "net";
import { posix } from "path";
import type { StackResource } from "../model/resources";
import { hostPathMounts, normalizeHostPath, POD_SPEC_OF } from "./podSpec";
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
    /** Round 86: the nodes a `node` storage may be on (pinnedNodes); undefined: any node. */
    nodes?: readonly string[];
    /** Round 90: a PersistentVolume's node pin by a node label, dropped (`labelPins` false): any node. */
    labelPinned?: boolean;
}

const PV_TYPE = "kubernetes:core/v1:PersistentVolume";
const PVC_TYPE = "kubernetes:core/v1:PersistentVolumeClaim";
const STATEFUL_SET_TYPE = "kubernetes:apps/v1:StatefulSet";
const EFS_DRIVER = "efs.csi.aws.com";
const STORAGE_CLASS_TYPE = /^kubernetes:storage\.k8s\.io\/[^:]+:StorageClass$/;
const LOCAL_PATH = "rancher.io/local-path";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const claimSpace = (ns: string, name: string) => `claim ${ns}/${name}`;
const metaOf = (r: StackResource): { name?: unknown; namespace?: unknown } => (r.props?.metadata as any) ?? {};

/** Whether two storages are the same files, or one holds the other. */
export function storagesOverlap(a: StorageMount, b: StorageMount): boolean {
    const sameSpace = a.space === b.space || a.pattern?.test(b.space) === true || b.pattern?.test(a.space) === true;
    if (!sameSpace) return false;
    // Round 86: node directories of two node sets that cannot meet are two machines' directories.
    if (a.nodes && b.nodes && !a.nodes.some(n => b.nodes?.includes(n))) return false;
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
    return { space: efsSpace(fs), path: `${ap === "" ? "" : `/<access point ${ap}>`}${subPath}` || "/" };
}

/** The storage space of EFS file system `fs`, however it is reached (CSI handle, NFS DNS name, a class's id). */
const efsSpace = (fs: string) => `csi ${EFS_DRIVER} ${fs.toLowerCase()}`;

/**
 * Round 83: an EFS file system's DNS names (EFS user guide, "Mounting on Amazon EC2 with a DNS name": the file system
 * DNS name file-system-id.efs.aws-region.amazonaws.com, `.com.cn` in China, and the mount target DNS name
 * availability-zone.file-system-id.efs.aws-region.amazonaws.com) are NFSv4.1 exports of that file system's root: the
 * same space as its CSI volumeHandle (aws-efs-csi-driver README, "Static provisioning": [FileSystemId]:...).
 */
const EFS_DNS_NAME = /^(?:[a-z0-9-]+\.)?(fs-[0-9a-f]+)\.efs\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\.?$/i;

const MOUNT_TARGET_TYPES = ["aws:efs/mountTarget:MountTarget", "aws-native:efs:MountTarget"];
const EFS_ANY = `^csi ${escape(EFS_DRIVER)} `;

/** An NFS server's address as a mount target's ipAddress/ipv6Address spells it (IPv6 without brackets, lower case). */
const bareAddress = (server: string) => server.replace(/^\[(.*)\]$/, "$1").toLowerCase();

/**
 * Round 86: the EFS file systems whose mount target of the stack may answer at IP address `ip`, `*` for one of an
 * unknown file system. A mount target's ipAddress (ipv6Address) is the address at which its file system is mounted (EFS
 * user guide, "Mounting on Amazon EC2 with an IP address": `mount -t nfs4 ... mount-target-IP:/ efs`; Pulumi
 * aws.efs.MountTarget ipAddress: "The address (within the address range of the specified subnet) at which the file
 * system may be mounted via the mount target"). One left unset or unknown during the preview gets an address AWS
 * picks: it may be `ip` (fail closed).
 */
function mountTargetFileSystems(resources: readonly StackResource[], ip: string): string[] {
    return resources
        .filter(r => MOUNT_TARGET_TYPES.includes(r.type))
        .filter(r => {
            const a = (r.props as any)?.[isIP(ip) === 6 ? "ipv6Address" : "ipAddress"];
            return a === undefined || a === null || isUnknown(a) || (typeof a === "string" && bareAddress(a) === ip);
        })
        .map(r => {
            const fs = (r.props as any)?.fileSystemId;
            return typeof fs === "string" && !isUnknown(fs) ? fs : "*";
        });
}

/** A resolved NFS server: its storage space, a pattern when it may be several, and how it was resolved. */
interface NfsSpace {
    space: string;
    pattern?: RegExp;
    via?: string;
}

/** Any EFS file system or NFS server: what a server the pack cannot resolve may be (fail closed). */
const ANY_NFS = new RegExp(`${EFS_ANY}|^nfs `);

/**
 * The storage space of NFS server `server`: an EFS file system's when it is one's DNS name, or (round 86) the address
 * of a mount target of the stack (mountTargetFileSystems; `pattern` when it may be several, or an unknown one's), or
 * (round 88) what a Route53 record of the stack naming it points at (recordTargets). A server unknown during the
 * preview may be any EFS file system or NFS server: fail closed.
 */
function nfsSpace(resources: readonly StackResource[], server: string, depth = 0): NfsSpace {
    if (isUnknown(server))
        return { space: `nfs ${server}`, pattern: ANY_NFS, via: "a server unknown during the preview" };
    const efs = EFS_DNS_NAME.exec(server);
    if (efs) return { space: efsSpace(efs[1]) };
    const ip = bareAddress(server);
    if (isIP(ip) === 0) return recordSpace(resources, server, depth);
    const systems = [...new Set(mountTargetFileSystems(resources, ip))];
    if (systems.length === 0) return { space: `nfs ${server}` };
    const via = `a mount target address of EFS ${systems.map(f => (f === "*" ? "<file system unknown>" : f)).join(", ")}`;
    if (systems.length === 1 && systems[0] !== "*") return { space: efsSpace(systems[0]), via };
    const alternatives = systems.map(f => (f === "*" ? EFS_ANY : `^${escape(efsSpace(f))}$`));
    return { space: `nfs ${server}`, pattern: new RegExp(alternatives.join("|")), via };
}

const RECORD_TYPES = ["aws:route53/record:Record", "aws-native:route53:RecordSet"];

/** A DNS name as compared: lower case, without the trailing dot of an absolute name (RFC 1034 3.1). */
const dnsName = (name: string) => name.toLowerCase().replace(/\.$/, "");

/**
 * Round 88: the values of the stack's Route53 records that may answer DNS name `server`, "unknown" when one's values
 * cannot be read. A record answers its name (Route 53 developer guide, "Working with records"); Pulumi's
 * aws.route53.Record `name` may be written relative to its hosted zone, the provider completing it with the zone's
 * name, so a record named N answers N and N.<its zone> (the zone not read: any zone). Its values are `records` (A and
 * AAAA addresses, CNAME and other names) and an alias's target name (`aliases[].name`, "Choosing between alias and
 * non-alias records"): aws-native RecordSet's ResourceRecords and AliasTarget.DNSName. Only A, AAAA and CNAME
 * records (or a type unknown during the preview) name a host. A name unknown during the preview may be `server`.
 */
function recordTargets(resources: readonly StackResource[], server: string): string[] | "unknown" | undefined {
    const wanted = dnsName(server);
    let targets: string[] | undefined;
    for (const r of resources.filter(x => RECORD_TYPES.includes(x.type))) {
        const props = (r.props ?? {}) as any;
        const name = props.name;
        if (name === undefined || name === null) continue;
        if (!isUnknown(name)) {
            if (typeof name !== "string") continue;
            const own = dnsName(name);
            if (own !== wanted && !wanted.startsWith(`${own}.`)) continue;
        }
        // Only address and alias records name a host: a TXT or MX record's values are no server.
        const type = props.type;
        if (typeof type === "string" && !isUnknown(type) && !["A", "AAAA", "CNAME"].includes(type.toUpperCase()))
            continue;
        const values: unknown[] = [];
        for (const key of ["records", "resourceRecords"]) {
            const v = props[key];
            if (isUnknown(v)) return "unknown";
            if (Array.isArray(v)) values.push(...v);
        }
        for (const key of ["aliases", "aliasTarget"]) {
            const v = props[key];
            if (isUnknown(v)) return "unknown";
            for (const alias of Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
                values.push(alias?.name ?? alias?.dnsName);
        }
        if (values.some(v => typeof v !== "string" || isUnknown(v))) return "unknown";
        targets = [...(targets ?? []), ...(values as string[])];
    }
    return targets;
}

/**
 * Round 88: the storage space of NFS server `server` named by DNS: what the stack's Route53 records of that name point
 * at, each resolved as a server is (nfsSpace: an EFS DNS name, a mount target's address, a further record), the NFS
 * client resolving the name through them; `pattern` when they may be several. Values unknown during the preview, or a
 * chain too long to follow, may be any EFS file system or NFS server (fail closed). A name no record of the stack
 * answers is that server's own.
 */
function recordSpace(resources: readonly StackResource[], server: string, depth: number): NfsSpace {
    const targets = recordTargets(resources, server);
    if (targets === undefined || targets.length === 0) return { space: `nfs ${dnsName(server)}` };
    if (targets === "unknown" || depth >= 4)
        return {
            space: `nfs ${dnsName(server)}`,
            pattern: ANY_NFS,
            via: `a Route53 record of this stack whose ${targets === "unknown" ? "values are unknown during the preview" : "chain of names is too long to follow"}`,
        };
    const resolved = [...new Set(targets.map(dnsName))].map(t => ({ t, s: nfsSpace(resources, t, depth + 1) }));
    const via = `a Route53 record of this stack: ${dnsName(server)} → ${resolved.map(x => (x.s.via ? `${x.t} (${x.s.via})` : x.t)).join(", ")}`;
    if (resolved.length === 1) return { ...resolved[0].s, via };
    const alternatives = resolved.map(x => (x.s.pattern ? x.s.pattern.source : `^${escape(x.s.space)}$`));
    return { space: `nfs ${dnsName(server)}`, pattern: new RegExp(alternatives.join("|")), via };
}

const NFS_CSI = "nfs.csi.k8s.io";

/**
 * Round 88: the storage an NFS CSI volume (csi-driver-nfs, driver nfs.csi.k8s.io) is: its node plugin mounts
 * `server:share[/subDir]`, reading the volume's attributes by lower-cased key (pkg/nfs/nodeserver.go
 * NodePublishVolume; docs/driver-parameters.md: volumeAttributes.server "NFS Server address", volumeAttributes.share
 * "NFS share path"), for a PersistentVolume's csi source or a pod's inline csi volume alike. The server is read as an
 * in-tree `nfs` volume's (nfsSpace). Attributes unknown during the preview may be any export; a subDir with a
 * metadata template (${pvc.metadata.name}, ...) any directory of the share. Without server or share the driver mounts
 * nothing (InvalidArgument): undefined.
 */
function nfsCsiStorage(
    resources: readonly StackResource[],
    attributes: unknown,
): { space: string; path: string; what: string; pattern?: RegExp } | undefined {
    if (isUnknown(attributes))
        return {
            space: "nfs <unknown>",
            path: "/",
            what: `${NFS_CSI} volume (attributes unknown during the preview)`,
            pattern: ANY_NFS,
        };
    const get = (key: string): unknown =>
        Object.entries((attributes ?? {}) as Record<string, unknown>).find(([k]) => k.toLowerCase() === key)?.[1];
    const server = get("server");
    const share = get("share");
    const subDir = get("subdir");
    if (typeof server !== "string" || server === "" || typeof share !== "string" || share === "") return undefined;
    const { space, pattern, via } = nfsSpace(resources, server);
    const dir = isUnknown(share) ? "" : share;
    const sub =
        typeof subDir === "string" && !isUnknown(subDir) && !isUnknown(share) && !subDir.includes("${") ? subDir : "";
    const path = posix.normalize(`/${dir}/${sub}`).replace(/(.)\/$/, "$1");
    return {
        space,
        path,
        what: `${NFS_CSI} volume ${server}:${path}${via ? ` (${via})` : ""}`,
        ...(pattern ? { pattern } : {}),
    };
}

/**
 * Round 86: the nodes a PersistentVolume's nodeAffinity pins it to, undefined when it may be any node. "Persistent
 * Volumes", Node Affinity: it "limit[s] what nodes this volume can be accessed from" (required for local volumes:
 * "Volumes", local); read by termsPinnedNodes. Round 90: the scheduler matches those terms against the Node's labels
 * as a pod's node affinity ("Persistent Volumes", Node Affinity: "A PV can specify node affinity to define
 * constraints that limit what nodes this volume can be accessed from"; a VolumeNodeAffinity is a NodeSelector), so a
 * pin by the kubernetes.io/hostname label holds only while nothing may rewrite Node labels (`labelPins`, as
 * podPinnedNodes): matchFields metadata.name, the Node's immutable name, stays a pin.
 */
const pinnedNodes = (spec: any, labelPins = true): string[] | undefined =>
    termsPinnedNodes(spec?.nodeAffinity?.required?.nodeSelectorTerms, labelPins);

/**
 * The nodes required nodeSelectorTerms admit, undefined when they may admit any node. "Assigning Pods to Nodes", Node
 * affinity: nodeSelectorTerms are ORed, a term's requirements ANDed. A term pins only by kubernetes.io/hostname In
 * known values (Well-Known Labels: the node's hostname) or (round 88) matchFields metadata.name In known values (the
 * node's name: on EKS both are the node's EC2 private DNS name); its other requirements only narrow it further. Any
 * other term, or what the pack cannot read, may be any node. Round 90: `labelPins` false (some holder may rewrite Node
 * labels: podStorageMounts) leaves matchFields metadata.name the only pin.
 */
function termsPinnedNodes(terms: unknown, labelPins = true): string[] | undefined {
    if (!Array.isArray(terms) || terms.length === 0) return undefined;
    const nodes: string[] = [];
    for (const term of terms) {
        const list = (k: string): any[] => (Array.isArray(term?.[k]) ? term[k] : []);
        const pins = [
            ...list("matchExpressions").filter(e => labelPins && e?.key === "kubernetes.io/hostname"),
            ...list("matchFields").filter(e => e?.key === "metadata.name"),
        ].filter((e: any) => e?.operator === "In" && Array.isArray(e?.values));
        const readable = (e: any) => e.values.every((v: unknown) => typeof v === "string" && !isUnknown(v));
        if (pins.length === 0 || !pins.every(readable)) return undefined;
        // ANDed pins: the nodes every one of them names.
        const [first, ...rest] = pins.map((e: any) => e.values as string[]);
        nodes.push(...first.filter(v => rest.every(values => values.includes(v))));
    }
    return [...new Set(nodes)];
}

/**
 * Round 88: the nodes pod spec `spec` may run on, undefined when any. Kubernetes "Assigning Pods to Nodes": nodeName
 * ("the kubelet on the named node tries to place the Pod on that node"), nodeSelector ("Kubernetes only schedules the
 * Pod onto nodes that have each of the labels you specify": kubernetes.io/hostname), required node affinity
 * (termsPinnedNodes). All hold together: the kubelet's admission checks nodeSelector and node affinity even for a pod
 * placed by nodeName, so the pod runs only on the nodes every pin admits. A pin unknown during the preview admits any.
 * Round 90: a pin by a node label (nodeSelector, or required affinity, on kubernetes.io/hostname) holds only while no
 * one may rewrite Node labels (`labelPins`): a Node's labels are its metadata, written by whoever may update or patch
 * it ("Assigning Pods to Nodes", "Node labels": "Like many other Kubernetes objects, nodes have labels. You can attach
 * labels manually", and "the value of kubernetes.io/hostname may be the same as the node name in some environments
 * and a different value in other environments"), so such a holder gives any node the label and the pod runs there. A
 * node's name is immutable: nodeName and matchFields metadata.name stay pins.
 */
function podPinnedNodes(spec: any, labelPins = true): string[] | undefined {
    const pins: string[][] = [];
    const name = spec?.nodeName;
    if (typeof name === "string" && name !== "" && !isUnknown(name)) pins.push([name]);
    const selector = spec?.nodeSelector;
    const hostname = selector !== null && typeof selector === "object" ? selector["kubernetes.io/hostname"] : undefined;
    if (labelPins && typeof hostname === "string" && !isUnknown(hostname)) pins.push([hostname]);
    const affinity = termsPinnedNodes(
        spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms,
        labelPins,
    );
    if (affinity) pins.push(affinity);
    if (pins.length === 0) return undefined;
    const [first, ...rest] = pins;
    return [...new Set(first.filter(n => rest.every(p => p.includes(n))))];
}

/** Round 90: whether pod spec `spec` is held to some nodes by a node label alone (podPinnedNodes `labelPins`). */
export function podPinnedByLabel(spec: any): boolean {
    return JSON.stringify(podPinnedNodes(spec)) !== JSON.stringify(podPinnedNodes(spec, false));
}

/** The nodes both `a` and `b` admit (undefined: any node). */
const meetNodes = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    a === undefined ? b : b === undefined ? a : a.filter(n => b.includes(n));

/**
 * The storage a PersistentVolume's source is: a hostPath or local path is the node's directory ("Persistent Volumes",
 * hostPath: "uses a file or directory on the Node"; "Volumes", local: "a mounted local storage device such as a disk,
 * partition or directory"), csi the driver's volume, nfs the server's export; any other source is the volume itself.
 */
function volumeSourceStorage(
    resources: readonly StackResource[],
    name: string,
    spec: any,
    labelPins = true,
): { space: string; path: string; what: string; pattern?: RegExp; nodes?: string[]; labelPinned?: boolean } {
    const nodePath = spec?.hostPath?.path ?? spec?.local?.path;
    if (typeof nodePath === "string" && !isUnknown(nodePath)) {
        // Round 86: on the nodes its nodeAffinity pins it to (pinnedNodes). Round 90: a pin by a node label only
        // while nothing may rewrite Node labels (`labelPins`).
        const nodes = pinnedNodes(spec, labelPins);
        const labelPinned = !labelPins && JSON.stringify(nodes) !== JSON.stringify(pinnedNodes(spec));
        const on = nodes ? ` on ${nodes.length === 1 ? "node" : "nodes"} ${nodes.join(", ") || "(none)"}` : "";
        const byLabel = labelPinned
            ? " (its nodeAffinity pin by the kubernetes.io/hostname label admits any node)"
            : "";
        return {
            space: "node",
            path: normalizeHostPath(nodePath),
            what: `node directory ${normalizeHostPath(nodePath)}${on}${byLabel}`,
            ...(nodes ? { nodes } : {}),
            ...(labelPinned ? { labelPinned } : {}),
        };
    }
    const csi = spec?.csi;
    // Round 88: an NFS CSI volume is the export its attributes name (nfsCsiStorage).
    const nfsCsi = csi?.driver === NFS_CSI ? nfsCsiStorage(resources, csi.volumeAttributes) : undefined;
    if (nfsCsi) return nfsCsi;
    if (typeof csi?.driver === "string" && typeof csi?.volumeHandle === "string" && !isUnknown(csi.volumeHandle))
        return { ...csiStorage(csi.driver, csi.volumeHandle), what: `${csi.driver} volume ${csi.volumeHandle}` };
    const nfs = spec?.nfs;
    if (typeof nfs?.server === "string" && typeof nfs?.path === "string") {
        const { space, pattern, via } = nfsSpace(resources, nfs.server);
        return {
            space,
            path: posix.normalize(`/${nfs.path}`),
            what: `NFS ${nfs.server}:${nfs.path}${via ? ` (${via})` : ""}`,
            ...(pattern ? { pattern } : {}),
        };
    }
    return { space: `pv ${name}`, path: "/", what: "its own volume" };
}

/**
 * Round 88: the storages PersistentVolume `name` of the stack is, for a write that rebinds it (engine/kubernetes.ts
 * volumeRebindTargets): its source (volumeSourceStorage), which every pod of a claim bound to it mounts
 * (claimStorages). Undefined when the stack declares no PersistentVolume of that name.
 */
export function persistentVolumeStorages(
    resources: readonly StackResource[],
    name: string,
    labelPins = true,
): StorageMount[] | undefined {
    const pvs = resources.filter(r => r.type === PV_TYPE && metaOf(r).name === name);
    if (pvs.length === 0) return undefined;
    return pvs.map(pv => {
        const source = volumeSourceStorage(resources, name, pv.props?.spec, labelPins);
        return {
            space: source.space,
            path: source.path,
            label: `PersistentVolume ${name} (${source.what})`,
            writable: true,
            ...(source.pattern ? { pattern: source.pattern } : {}),
            ...(source.nodes ? { nodes: source.nodes } : {}),
        };
    });
}

/** A claim of the stack: its namespace, name and spec. */
interface StackClaim {
    ns: string;
    name: string;
    spec: any;
}

/**
 * Round 85: the name of the claim a generic ephemeral volume `volume` of workload `r` makes (Kubernetes "Ephemeral
 * Volumes", Generic ephemeral volumes: "the PVC will be named <pod name>-<volume name>"; "the ephemeral volume
 * controller then creates the actual PVC object" from volumeClaimTemplate). A controller's pods have generated names:
 * a name no declared claim has (a pre-existing claim of that name is not used: "the pod does not start").
 */
function ephemeralClaimName(r: StackResource, volume: string): string {
    const name = metaOf(r).name;
    const isPod = r.type === "kubernetes:core/v1:Pod" && typeof name === "string" && !isUnknown(name);
    const kind = r.type.split(":").pop() ?? r.type;
    return isPod ? `${name}-${volume}` : `<pod of ${kind} ${String(name ?? r.name)}>-${volume}`;
}

/**
 * The generic ephemeral volumes of workload `r`'s pod spec (a Patch's are the patched object's), each with its name
 * and volumeClaimTemplate as written (either may be unknown during the preview): the one list of the claims a pod's
 * ephemeral volumes make (Kubernetes "Ephemeral Volumes": the claim is created from volumeClaimTemplate.spec), read
 * here and by engine/kubernetes.ts claimSpecsOf.
 */
export function ephemeralClaimTemplates(r: StackResource): { volume: unknown; template: any }[] {
    if (!POD_SPEC_OF[r.type] || r.type.endsWith("Patch")) return [];
    const volumes: unknown = POD_SPEC_OF[r.type](r.props ?? {})?.volumes;
    return (Array.isArray(volumes) ? volumes : [])
        .filter(v => v?.ephemeral?.volumeClaimTemplate !== undefined && v?.ephemeral?.volumeClaimTemplate !== null)
        .map(v => ({ volume: v.name, template: v.ephemeral.volumeClaimTemplate }));
}

/** Round 85: the named generic ephemeral volumes of workload `r`'s pod spec, each with its claim template's spec. */
function ephemeralVolumes(r: StackResource): { volume: string; spec: any }[] {
    return ephemeralClaimTemplates(r)
        .filter((e): e is { volume: string; template: any } => typeof e.volume === "string" && Boolean(e.template))
        .map(e => ({ volume: e.volume, spec: e.template.spec }));
}

/**
 * The stack's PersistentVolumeClaims of namespace `ns` (`*`: any) whose name `named` accepts, and (round 83) those a
 * StatefulSet's volumeClaimTemplates generate (<template>-<statefulset>-<ordinal>, Kubernetes "StatefulSets", Stable
 * Storage) with the template's spec, and (round 85) those a pod's generic ephemeral volumes make (ephemeralClaimName):
 * bound, provisioned and cloned like any claim.
 */
function stackClaims(resources: readonly StackResource[], ns: string, named: (claim: string) => boolean): StackClaim[] {
    const nsMatches = (x: unknown) => ns === "*" || (x ?? "default") === ns;
    const declared = resources
        .filter(r => r.type === PVC_TYPE && nsMatches(metaOf(r).namespace) && named(String(metaOf(r).name)))
        .map(r => ({
            ns: String(metaOf(r).namespace ?? "default"),
            name: String(metaOf(r).name),
            spec: r.props?.spec as any,
        }));
    const generated = resources
        .filter(r => r.type === STATEFUL_SET_TYPE && nsMatches(metaOf(r).namespace))
        .flatMap(r => {
            const sts = String(metaOf(r).name ?? r.name);
            const templates: unknown = (r.props?.spec as any)?.volumeClaimTemplates;
            return (Array.isArray(templates) ? templates : [])
                .filter(t => typeof t?.metadata?.name === "string" && named(`${t.metadata.name}-${sts}-0`))
                .map(t => ({
                    ns: String(metaOf(r).namespace ?? "default"),
                    name: `${t.metadata.name}-${sts}-<ordinal>`,
                    spec: t.spec,
                }));
        });
    const ephemeral = resources
        .filter(r => nsMatches(metaOf(r).namespace))
        .flatMap(r =>
            ephemeralVolumes(r)
                .map(e => ({
                    ns: String(metaOf(r).namespace ?? "default"),
                    name: ephemeralClaimName(r, e.volume),
                    spec: e.spec,
                }))
                .filter(c => named(c.name)),
        );
    return [...declared, ...generated, ...ephemeral];
}

/**
 * Round 83: whether label selector `selector` may select labels `labels` ("Labels and Selectors", Set-based
 * requirement: In, NotIn, Exists, DoesNotExist; every requirement of matchLabels and matchExpressions ANDed). What the
 * pack cannot read (an unknown selector, labels or operator) may select them.
 */
function selectorMayMatch(selector: any, labels: any): boolean {
    if (selector === undefined || selector === null) return true;
    if (isUnknown(selector) || isUnknown(labels)) return true;
    const has = (k: string) => labels !== null && typeof labels === "object" && k in labels;
    const value = (k: string) => (has(k) ? labels[k] : undefined);
    const mayEqual = (k: string, v: unknown) => isUnknown(value(k)) || isUnknown(v) || value(k) === v;
    const matchLabels = selector.matchLabels;
    if (matchLabels !== null && typeof matchLabels === "object" && !isUnknown(matchLabels))
        for (const [k, v] of Object.entries(matchLabels)) if (!has(k) || !mayEqual(k, v)) return false;
    const expressions: unknown = selector.matchExpressions;
    for (const e of Array.isArray(expressions) ? (expressions as any[]) : []) {
        const key = e?.key;
        if (typeof key !== "string" || isUnknown(key)) continue;
        const values: unknown[] = Array.isArray(e?.values) ? e.values : [];
        if (e?.operator === "Exists" && !has(key)) return false;
        if (e?.operator === "DoesNotExist" && has(key) && !isUnknown(value(key))) return false;
        if (e?.operator === "In" && (!has(key) || !values.some(v => mayEqual(key, v)))) return false;
        if (e?.operator === "NotIn" && has(key) && values.includes(value(key)) && !isUnknown(value(key))) return false;
    }
    return true;
}

/**
 * Round 83: whether claim `claim` (no volumeName) may be bound to PersistentVolume `pv` of the stack by the control
 * plane's binder ("Persistent Volumes", Binding: "A control loop in the control plane watches for new PVCs, finds a
 * matching PV (if possible), and binds them together"; Class: "A PVC with no storageClassName ... can only be bound
 * to PVs with no class" unless a default class is set; Selector: "Only the volumes whose labels match the selector
 * can be bound to the claim"): a volume no claimRef reserves, of the claim's class (any class when the claim names
 * none: the cluster's default class may be any) and labels its selector may match. Capacity and access modes are
 * not compared: a claim may ask for less.
 */
function mayBindByClass(claim: StackClaim, pv: StackResource): boolean {
    const claimSpec = claim.spec;
    const pvSpec = pv.props?.spec as any;
    if (typeof claimSpec?.volumeName === "string" && !isUnknown(claimSpec.volumeName)) return false;
    const ref = pvSpec?.claimRef;
    if (ref !== undefined && ref !== null && !isUnknown(ref) && typeof ref.name === "string" && !isUnknown(ref.name))
        return false;
    const claimClass = claimSpec?.storageClassName;
    const pvClass = pvSpec?.storageClassName ?? "";
    const classMatches =
        claimClass === undefined || isUnknown(claimClass) || isUnknown(pvClass) || pvClass === claimClass;
    return classMatches && selectorMayMatch(claimSpec?.selector, (pv.props?.metadata as any)?.labels);
}

/**
 * The PersistentVolumes of the stack bound to a claim of namespace `ns` whose name `named` accepts: pre-bound by the
 * volume's claimRef, or named by the claim's volumeName ("Persistent Volumes", Reserving a PersistentVolume: "the
 * binding happens regardless of some volume matching criteria"), or (round 83) one no claimRef reserves that the
 * binder may give the claim by its class and selector (mayBindByClass).
 */
function boundVolumes(resources: readonly StackResource[], ns: string, named: (claim: string) => boolean) {
    const nsMatches = (x: unknown) => ns === "*" || (x ?? "default") === ns;
    const claims = stackClaims(resources, ns, named);
    const volumeNames = claims.map(c => c.spec?.volumeName).filter(v => typeof v === "string");
    return resources.filter(r => {
        if (r.type !== PV_TYPE) return false;
        const ref = (r.props?.spec as any)?.claimRef;
        const byRef = typeof ref?.name === "string" && named(ref.name) && nsMatches(ref.namespace);
        return byRef || volumeNames.includes(String(metaOf(r).name)) || claims.some(c => mayBindByClass(c, r));
    });
}

/** A known string parameter of a StorageClass, `unknown` when unknown during the preview, else undefined. */
function parameter(parameters: any, key: string): string | "unknown" | undefined {
    const v = parameters?.[key];
    if (isUnknown(v) || isUnknown(parameters)) return "unknown";
    return typeof v === "string" ? v : undefined;
}

/**
 * Go's strconv.ParseBool, as the EFS driver reads ensureUniqueDirectory and reuseAccessPoint: `undefined` when the
 * value is not one it accepts.
 */
function goBool(v: string): boolean | undefined {
    if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
    if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
    return undefined;
}

/** A placeholder for the PersistentVolume a provisioner names for claim ns/name (pvc-<uid>: unique to the claim). */
const pvPlaceholder = (ns: string, name: string) => `<PersistentVolume of claim ${ns}:${name}>`;

/**
 * Round 83: the node directory rancher.io/local-path gives claim ns/name of a class with these parameters: nodePath
 * joined with pathPattern rendered as a Go template (rancher/local-path-provisioner README, "Storage classes": "By
 * default the volume subdirectory is named using the template {{ .PVName }}_{{ .PVC.Namespace }}_{{ .PVC.Name }}";
 * provisioner.go provisionFor: filepath.Join(basePath, folderName), basePath the class's nodePath when the
 * provisioner's nodePathMap lists it). The setup script's `mkdir -m 0777 -p "$VOL_DIR"` reuses an existing
 * directory, so two claims whose pattern renders one text share it. A pattern with another action, or a nodePath the
 * pack cannot read, may be any directory under nodePath (or any node directory): fail closed to that. A provisioner
 * configured with sharedFileSystemPath instead of nodePathMap (README, "config.json") ignores nodePath
 * (getPathOnNode): its ConfigMap is not read here, as storageClasses.ts does not read it either.
 */
function localPathDirectory(parameters: any, ns: string, name: string): string {
    const nodePath = parameter(parameters, "nodePath");
    if (nodePath === undefined || nodePath === "unknown" || !nodePath.startsWith("/")) return "/";
    const pattern = parameter(parameters, "pathPattern") ?? "{{ .PVName }}_{{ .PVC.Namespace }}_{{ .PVC.Name }}";
    if (pattern === "unknown" || isUnknown(ns) || isUnknown(name)) return normalizeHostPath(nodePath);
    const values: Record<string, string> = { PVName: pvPlaceholder(ns, name), "PVC.Namespace": ns, "PVC.Name": name };
    // text/template "Text and spaces": `{{-` and `-}}` trim the white space beside the action.
    const rendered = pattern.replace(
        /(\s*)\{\{(-?)\s*\.(PVName|PVC\.Namespace|PVC\.Name)\s*(-?)\}\}(\s*)/g,
        (_m, pre: string, l: string, what: string, r: string, post: string) =>
            `${l ? "" : pre}${values[what]}${r ? "" : post}`,
    );
    if (rendered.includes("{{")) return normalizeHostPath(nodePath);
    return normalizeHostPath(posix.join(nodePath, rendered));
}

/**
 * Round 83: the place in its EFS file system an efs-ap class gives claim ns/name (aws-efs-csi-driver
 * examples/kubernetes/dynamic_provisioning README and provisioner_ap.go Provision): an access point whose root
 * directory is path.Join("/", basePath, the PV name), or with subPathPattern that pattern (${.PVC.name},
 * ${.PVC.namespace}, ${.PV.name}) with "-<uuid>" appended unless ensureUniqueDirectory parses as false ("it's possible
 * that 2 pods could end up writing to the same directory"). reuseAccessPoint true reuses the access point whose
 * client token is the hash of the claim's name alone, whatever its namespace. What the pack cannot read is the
 * whole basePath (or file system root): fail closed.
 */
function efsAccessPointPath(parameters: any, ns: string, name: string): string {
    const basePath = parameter(parameters, "basePath") ?? "";
    if (basePath === "unknown") return "/";
    const reuse = parameter(parameters, "reuseAccessPoint");
    if (reuse === "unknown") return "/";
    if (reuse !== undefined && goBool(reuse) === true) return `/<access point reused by claims named ${name}>`;
    // A claim whose namespace or name is unknown during the preview may render any text under basePath.
    if (isUnknown(ns) || isUnknown(name)) return posix.join("/", basePath);
    const pattern = parameter(parameters, "subPathPattern");
    if (pattern === undefined) return posix.join("/", basePath, pvPlaceholder(ns, name));
    if (pattern === "unknown") return posix.join("/", basePath);
    const values: Record<string, string> = {
        "${.PVC.name}": name,
        "${.PVC.namespace}": ns,
        "${.PV.name}": pvPlaceholder(ns, name),
    };
    const rendered = pattern.replace(/\$\{\.(PVC\.name|PVC\.namespace|PV\.name)\}/g, m => values[m]);
    // The driver refuses a pattern with any other `${` or `}` (interpolateRootDirectoryName): no volume.
    if (rendered.includes("${") || rendered.includes("}")) return posix.join("/", basePath);
    const unique = parameter(parameters, "ensureUniqueDirectory");
    const suffix =
        unique !== undefined && unique !== "unknown" && goBool(unique) === false
            ? ""
            : `-<uuid of claim ${ns}:${name}>`;
    return posix.join("/", basePath, `${rendered}${suffix}`);
}

/**
 * Round 88: the volume attributes csi-driver-nfs gives the volume it provisions for claim ns/name from a class's
 * parameters (docs/driver-parameters.md, "storage class usage": the driver "supports dynamic provisioning ... by
 * creating a new sub directory under NFS server"; subDir "sub directory under nfs share", by default the volume's
 * name, pvc-<uid>; subDir's ${pvc.metadata.name}, ${pvc.metadata.namespace} and ${pv.metadata.name} are replaced by
 * the claim's and volume's names). Parameters unknown during the preview stay unknown (nfsCsiStorage: any export).
 */
function nfsCsiClassAttributes(parameters: any, ns: string, name: string): unknown {
    if (isUnknown(parameters)) return parameters;
    const attributes: Record<string, unknown> = { ...(parameters ?? {}) };
    const key = Object.keys(attributes).find(k => k.toLowerCase() === "subdir");
    const subDir = key === undefined ? undefined : attributes[key];
    if (key !== undefined) delete attributes[key];
    if (isUnknown(subDir) || isUnknown(ns) || isUnknown(name)) return { ...attributes, subdir: "${unknown}" };
    const rendered =
        typeof subDir === "string" && subDir !== ""
            ? subDir
                  .split("${pvc.metadata.name}")
                  .join(name)
                  .split("${pvc.metadata.namespace}")
                  .join(ns)
                  .split("${pv.metadata.name}")
                  .join(pvPlaceholder(ns, name))
            : pvPlaceholder(ns, name);
    return { ...attributes, subdir: rendered };
}

/**
 * Round 83: the storage a StorageClass of the stack provisions for claim ns/name, when the pack knows it is shared
 * storage: rancher.io/local-path's node directory (localPathDirectory), an efs-ap class's place in its file system
 * (efsAccessPointPath; another provisioningMode may be any place: the file system's root). Other provisioners make a
 * volume of the claim's own (an EBS disk) or are judged by storageClasses.ts: none.
 */
function classStorage(
    resources: readonly StackResource[],
    sc: StackResource,
    ns: string,
    name: string,
): { space: string; path: string; what: string; pattern?: RegExp } | undefined {
    const props = sc.props as any;
    const className = String(metaOf(sc).name);
    const parameters = props?.parameters;
    if (props?.provisioner === LOCAL_PATH) {
        const path = localPathDirectory(parameters, ns, name);
        return { space: "node", path, what: `StorageClass ${className} (${LOCAL_PATH} node directory ${path})` };
    }
    if (props?.provisioner === NFS_CSI) {
        // Round 88: a directory of the export the class names (nfsCsiClassAttributes), read as a static volume's.
        const storage = nfsCsiStorage(resources, nfsCsiClassAttributes(parameters, ns, name));
        return storage && { ...storage, what: `StorageClass ${className} (${storage.what})` };
    }
    if (props?.provisioner !== EFS_DRIVER) return undefined;
    const fs = parameter(parameters, "fileSystemId");
    const mode = parameter(parameters, "provisioningMode");
    const known = fs !== undefined && fs !== "unknown";
    const space = known ? efsSpace(fs) : `csi ${EFS_DRIVER} <file system unknown>`;
    const path = mode === "efs-ap" ? efsAccessPointPath(parameters, ns, name) : "/";
    const what = `StorageClass ${className} (${EFS_DRIVER} ${known ? fs : "<file system unknown>"}:${path})`;
    return { space, path, what };
}

/**
 * Round 83: the storage provisioned for the stack's claims of namespace `ns` named as `named` accepts that no
 * volumeName pre-binds, by the StorageClass of the stack each names (every class of the stack when its class is
 * unknown; the stack's default class, storageclass.kubernetes.io/is-default-class, when it names none).
 */
function provisionedStorages(resources: readonly StackResource[], ns: string, named: (claim: string) => boolean) {
    const classes = resources.filter(r => STORAGE_CLASS_TYPE.test(r.type));
    const isDefault = (sc: StackResource) =>
        (metaOf(sc) as any).annotations?.["storageclass.kubernetes.io/is-default-class"] === "true";
    return stackClaims(resources, ns, named).flatMap(({ ns: claimNs, name: claimName, spec }) => {
        if (typeof spec?.volumeName === "string" && spec.volumeName !== "") return [];
        const className = spec?.storageClassName;
        const of = classes.filter(sc =>
            isUnknown(className) || isUnknown(metaOf(sc).name)
                ? true
                : className === undefined
                  ? isDefault(sc)
                  : metaOf(sc).name === className,
        );
        return of.flatMap(sc => {
            const storage = classStorage(resources, sc, claimNs, claimName);
            return storage ? [{ ...storage, claim: `${claimNs}/${claimName}` }] : [];
        });
    });
}

/**
 * The storages of one claim a pod mounts: the claim itself (`space`, or the claims `pattern` accepts), the source of
 * each PersistentVolume of the stack bound to it and (round 83) what its StorageClass provisions (provisionedStorages).
 */
function claimStorages(
    resources: readonly StackResource[],
    ns: string,
    claim: string,
    writable: boolean,
    pattern?: RegExp,
    labelPins = true,
): StorageMount[] {
    const space = claimSpace(ns, claim);
    const own: StorageMount = { space, path: "/", label: `claim ${ns}/${claim}`, writable, pattern };
    const named = (name: string) => (pattern ? pattern.test(claimSpace(ns, name)) : name === claim);
    const efsAny = new RegExp(EFS_ANY);
    return [
        own,
        ...boundVolumes(resources, ns, named).map(pv => {
            const name = String(metaOf(pv).name);
            const source = volumeSourceStorage(resources, name, pv.props?.spec, labelPins);
            return {
                space: source.space,
                path: source.path,
                label: `claim ${ns}/${claim} (PersistentVolume ${name}, ${source.what})`,
                writable,
                ...(source.pattern ? { pattern: source.pattern } : {}),
                ...(source.nodes ? { nodes: source.nodes } : {}),
                ...(source.labelPinned ? { labelPinned: true } : {}),
            };
        }),
        ...provisionedStorages(resources, ns, named).map(p => ({
            space: p.space,
            path: p.path,
            label: `claim ${p.claim} (provisioned by ${p.what})`,
            writable,
            // A class whose file system the pack cannot read may be any EFS file system.
            ...(p.space.endsWith("<file system unknown>")
                ? { pattern: efsAny }
                : p.pattern
                  ? { pattern: p.pattern }
                  : {}),
        })),
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
 * claims are named <template>-<statefulset>-<ordinal>, "www-web-0"), inline NFS exports (round 88: and inline NFS CSI
 * volumes, nfsCsiStorage). Round 88: its node directories on the nodes its pins admit (podPinnedNodes). Round 90:
 * `labelPins` false where something may rewrite Node labels (a pin by label admits any node).
 */
export function podStorageMounts(
    resources: readonly StackResource[],
    r: StackResource,
    spec: any,
    ns: string,
    labelPins = true,
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
                        labelPins,
                    ),
                );
            else
                out.push(
                    ...claimStorages(resources, ns, "<unknown>", w, new RegExp(`^claim ${nsPattern}/`), labelPins),
                );
        }
        // Round 85: a generic ephemeral volume is a claim of the pod's own (ephemeralClaimName).
        if (v?.ephemeral?.volumeClaimTemplate && typeof v?.name === "string") {
            const claim = ephemeralClaimName(r, v.name);
            const pattern = ns === "*" ? new RegExp(`^claim ${nsPattern}/${escape(claim)}$`) : undefined;
            out.push(
                ...claimStorages(resources, ns, claim, writable && v.ephemeral.readOnly !== true, pattern, labelPins),
            );
        }
        // Round 88: an inline NFS CSI volume (csi-driver-nfs inline volumes, kubernetes-csi/csi-driver-nfs#266: the
        // stack does not show whether the driver's CSIDriver admits them, so it is read as mounted).
        const nfsCsi = v?.csi?.driver === NFS_CSI ? nfsCsiStorage(resources, v.csi.volumeAttributes) : undefined;
        if (nfsCsi)
            out.push({
                space: nfsCsi.space,
                path: nfsCsi.path,
                label: nfsCsi.what,
                writable: writable && v.csi.readOnly !== true,
                ...(nfsCsi.pattern ? { pattern: nfsCsi.pattern } : {}),
            });
        const nfs = v?.nfs;
        if (typeof nfs?.server === "string" && typeof nfs?.path === "string") {
            const { space, pattern, via } = nfsSpace(resources, nfs.server);
            out.push({
                space,
                path: posix.normalize(`/${nfs.path}`),
                label: `NFS ${nfs.server}:${nfs.path}${via ? ` (${via})` : ""}`,
                writable: writable && nfs.readOnly !== true,
                ...(pattern ? { pattern } : {}),
            });
        }
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
            out.push(...claimStorages(resources, ns, `${name}-${sts}-<ordinal>`, writable, pattern, labelPins));
        }
    }
    // Round 88: a pod runs only on the nodes its own pins admit (podPinnedNodes): its node directories are there.
    const pinned = podPinnedNodes(spec, labelPins);
    if (pinned === undefined) return out;
    return out.map(m => (m.space === "node" ? { ...m, nodes: meetNodes(m.nodes, pinned) } : m));
}

const SNAPSHOT_TYPE = /^kubernetes:snapshot\.storage\.k8s\.io\/[^:]+:VolumeSnapshot$/;
const SNAPSHOT_CONTENT_TYPE = /^kubernetes:snapshot\.storage\.k8s\.io\/[^:]+:VolumeSnapshotContent$/;

/** What a claim's volume is a copy of: a claim (or the claims `pattern` accepts), or (round 86) a CSI volume. */
interface CopySource {
    ns: string;
    claim: string;
    what: string;
    pattern?: RegExp;
    storage?: { space: string; path: string };
}

/**
 * Round 86: what a VolumeSnapshot pre-provisioned from VolumeSnapshotContent `name` (spec.source
 * volumeSnapshotContentName) is a snapshot of. The content is cluster-scoped and names its source by CSI handle, not
 * by claim (external-snapshotter VolumeSnapshotContentSource: "volumeHandle specifies the CSI volume handle of the
 * volume from which a snapshot should be dynamically taken from"; "snapshotHandle specifies the CSI snapshot_id of a
 * pre-existing snapshot"): a volumeHandle is that CSI volume (csiStorage, whatever claim or namespace it is bound to);
 * a snapshotHandle, or a content the stack does not declare or cannot read, may be a snapshot of any volume of the
 * cluster: any claim of any namespace (fail closed cluster-wide, not the snapshot's namespace).
 */
function snapshotContentSource(resources: readonly StackResource[], snapshot: string, name: unknown): CopySource {
    const content = resources.find(x => SNAPSHOT_CONTENT_TYPE.test(x.type) && metaOf(x).name === name);
    const spec = content?.props?.spec as any;
    const handle = spec?.source?.volumeHandle;
    if (typeof spec?.driver === "string" && !isUnknown(spec.driver) && typeof handle === "string" && !isUnknown(handle))
        return {
            ns: "*",
            claim: "<unknown>",
            what: `restored from VolumeSnapshot ${snapshot} of VolumeSnapshotContent ${String(name)}, a snapshot of ${spec.driver} volume ${handle}`,
            storage: csiStorage(spec.driver, handle),
        };
    const why = isUnknown(name)
        ? "whose name is unknown during the preview"
        : !content
          ? "which this stack does not declare"
          : spec?.source?.snapshotHandle !== undefined
            ? "a pre-existing snapshot (snapshotHandle) whose volume this stack does not show"
            : "whose source this stack cannot read";
    return {
        ns: "*",
        claim: "<unknown>",
        what: `restored from VolumeSnapshot ${snapshot} of VolumeSnapshotContent ${String(name)}, ${why} (any claim of any namespace)`,
        pattern: /^claim [^/]+\//,
    };
}

/**
 * Round 83: the claim a claim's volume is a copy of, from its spec's dataSourceRef (or dataSource, which the API
 * server keeps equal to it): a PersistentVolumeClaim of the namespace is a clone (Kubernetes "CSI Volume Cloning": "a
 * duplicate of an existing Kubernetes Volume", the source "in the same namespace"), a VolumeSnapshot is restored from
 * the claim the stack's VolumeSnapshot names (Kubernetes "Volume Snapshots": spec.source.persistentVolumeClaimName; a
 * claim of the snapshot's namespace). A source unknown during the preview, or a VolumeSnapshot whose claim the stack
 * does not show (not declared), may be a copy of any claim of the namespace (`pattern`): fail closed. Round 86: one
 * pre-provisioned from a VolumeSnapshotContent is a copy of the content's source (snapshotContentSource). Another kind is a volume populator's object (engine/kubernetes.ts
 * preBoundClaims, DECIDED): no copy of a claim.
 */
function claimCopySource(resources: readonly StackResource[], ns: string, spec: any): CopySource | undefined {
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
    const content = (snapshot?.props?.spec as any)?.source?.volumeSnapshotContentName;
    if (content !== undefined && content !== null && (typeof source !== "string" || isUnknown(source)))
        return snapshotContentSource(resources, `${srcNs}/${ref.name}`, content);
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
    labelPins = true,
): StorageMount[] {
    const source = depth < 4 ? claimCopySource(resources, ns, spec) : undefined;
    if (!source) return [];
    const label = (s: StorageMount) => ({
        ...s,
        writable: false,
        label: `claim ${ns}/${claim} (${source.what}: ${s.label})`,
    });
    // Round 86: a snapshot of a CSI volume is a copy of that volume (snapshotContentSource).
    if (source.storage) return [{ ...source.storage, label: `claim ${ns}/${claim} (${source.what})`, writable: false }];
    const upstream = resources
        .filter(
            x =>
                x.type === PVC_TYPE &&
                source.claim !== "<unknown>" &&
                metaOf(x).name === source.claim &&
                (source.ns === "*" || (metaOf(x).namespace ?? "default") === source.ns),
        )
        .flatMap(x => copiedStorages(resources, source.ns, source.claim, x.props?.spec, depth + 1, labelPins));
    return [...claimStorages(resources, source.ns, source.claim, false, source.pattern, labelPins), ...upstream].map(
        label,
    );
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
    labelPins = true,
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
                out.push(...copiedStorages(resources, ns, name, c.props?.spec, 0, labelPins));
    }
    if (r.type === STATEFUL_SET_TYPE) {
        const templates: unknown = (r.props?.spec as any)?.volumeClaimTemplates;
        for (const t of Array.isArray(templates) ? templates : [])
            if (typeof t?.metadata?.name === "string" && mountsOf(spec, t.metadata.name).used)
                out.push(...copiedStorages(resources, ns, `${t.metadata.name}-<ordinal>`, t?.spec, 0, labelPins));
    }
    // Round 85: a generic ephemeral volume's claim copies its template's dataSource like any claim.
    for (const e of ephemeralVolumes(r))
        if (mountsOf(spec, e.volume).used)
            out.push(...copiedStorages(resources, ns, ephemeralClaimName(r, e.volume), e.spec, 0, labelPins));
    return out;
}
