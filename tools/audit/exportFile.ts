/**
 * Reads what `pulumi stack export` writes: `{"version": 3 | 4, "features"?: [...], "deployment": DeploymentV3}`
 * (pulumi/pulumi sdk/go/common/apitype/core.go: `UntypedDeployment`, `DeploymentV3`, `ResourceV3`, `OperationV2`,
 * `SecretV1`; the version and features: DEPLOYMENT_VERSIONS and DEPLOYMENT_FEATURES below).
 *
 * - Property values are read as Pulumi reads them (pkg/resource/stack/deployment.go DeserializePropertyValue) and
 *   become what Pulumi sends a policy pack (analyzer_plugin.go), in one place, readPropertyValue with SIGNATURES:
 *   secrets (`{"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext | plaintext}`,
 *   exactly one) are decoded (`plaintext`, JSON text, from `--show-secrets`) or, as `ciphertext` cannot be decrypted
 *   offline, become REDACTED_SECRET, listed with their path, as `pulumi policy analyze --file` redacts what it cannot
 *   decrypt (pulumi/pulumi#23664); resource references become the referenced resource's id (custom) or URN
 *   (component); assets and archives are kept as Pulumi serializes them; byte strings (`byteString` feature) are
 *   decoded when their bytes are UTF-8 text, else become BYTE_STRING and are listed with their path
 *   (StateExport.byteStrings); floats JSON cannot write become numbers. A malformed one, or any other signature, is
 *   refused as Pulumi refuses it, naming the resource, the path and the signature.
 * - Resources flagged `delete: true` (a replaced resource whose deletion is pending; it shares its URN with its
 *   replacement) and `pendingReplacement: true` (deleted, not yet recreated) are set apart from the live ones.
 * - The resources' references to each other (parent, dependencies, property dependencies, deletedWith, replaceWith,
 *   the provider reference's form) are checked as Pulumi's own state check does: graphProblems.
 * - Every field is read by the Go type Pulumi decodes it into (EXPORT_TYPES, the one table of the export's fields:
 *   their keys' case, fieldCaseProblems, and their JSON types, typeProblems): a value Go's encoding/json refuses
 *   makes a state Pulumi cannot read.
 * Anything that is not such a document is an AuditError naming the problem and its fix (exit 2).
 */
import * as crypto from "crypto";
import { parseUrn } from "../offline/mockEngine";
import { describeDuplicate, DuplicateJsonKeyError, parseJsonStrict } from "../../components/config/json";
import { describeGoFieldProblem, GoFieldProblem, goFieldProblems, GoShape } from "../offline/stackFile";
import { UNKNOWN_SENTINEL } from "../offline/planToAnalyzer";
import { InputFileError, readInputFile } from "../private/paths";

/**
 * The signature key: an object of a property value holding it is no map but the value its signature names
 * (pulumi/pulumi sdk/go/common/resource/sig/sig.go, the SDK's `specialSigKey`). SIGNATURES (below) reads each one.
 */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
/** The same key, by the name the secrets were first read with. */
export const SECRET_SIG_KEY = SIG_KEY;
/** A secret: `{SIG_KEY: SECRET_SIG, ciphertext | plaintext}` (sig.go Secret; apitype SecretV1). */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** A resource reference: `{SIG_KEY: RESOURCE_REFERENCE_SIG, urn, id?, packageVersion}` (sig.go ResourceReference). */
export const RESOURCE_REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
/** An asset: `{SIG_KEY: ASSET_SIG, hash?, text | path | uri}` (sig.go AssetSig, resource/asset). */
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
/** An archive: `{SIG_KEY: ARCHIVE_SIG, hash?, path | uri | assets}` (sig.go ArchiveSig, resource/archive). */
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
/** A string whose bytes are not UTF-8: `{SIG_KEY: BYTE_STRING_SIG, value: <base64>}` (sig.go ByteString). */
export const BYTE_STRING_SIG = "803fd3297a5875dc03ca845dda5d2a98";
/** A number JSON cannot write (NaN, ±Infinity): `{SIG_KEY: FLOAT_SIG, value: <hex bits>}` (deployment.go floatSignature). */
export const FLOAT_SIG = "8ad145fe-0d11-4827-bfd7-1abcbf086f5c";
/**
 * An output value (sig.go OutputValue): the engine's wire form of an Output between processes. DeserializePropertyValue
 * does not read it (a state holds an output's value: SerializePropertyValue), so a state holding one is refused.
 */
const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
/** What a secret that cannot be decrypted becomes (the pack and the report see this string). */
export const REDACTED_SECRET = "[secret]";
/** What a byte string that is not UTF-8 text becomes (the pack and the report see this string). */
export const BYTE_STRING = "[bytes]";

/**
 * The deployment schema versions the audit reads, as pulumi/pulumi pkg/resource/stack/deployment.go (v3.259.0)
 * reads them: SerializeDeployment writes `apitype.DeploymentSchemaVersionCurrent` (3), or
 * `DeploymentSchemaVersionLatest` (4) with the sorted `features` whenever a resource or the snapshot uses one
 * (ApplyFeatures; CLIs since 3.187.0, pulumi/pulumi#20159), and UnmarshalUntypedDeployment decodes both into the
 * one DeploymentV3 (`case 3, 4: // Both version 3 and 4 can be unmarshaled into DeploymentV3`). Versions 1 and 2
 * (which Pulumi migrates on read and no 3.x CLI writes) and anything newer than 4 (ErrDeploymentSchemaVersionTooNew)
 * are refused.
 */
export const DEPLOYMENT_VERSIONS: readonly number[] = [3, 4];

/**
 * Every feature a version 4 deployment may list, and what it changes for the audit: exactly pulumi/pulumi
 * pkg/resource/stack/deployment.go `supportedFeatures` (v3.259.0: refreshBeforeUpdate, views, hooks, taint,
 * replaceWith, snippets-prototype, extensionParameterization, byteString; ApplyFeatures says which field sets
 * each). From version 4 on, Pulumi refuses a deployment listing any other (validateSupportedFeatures,
 * ErrDeploymentUnsupportedFeatures: "this stack's deployment needs support for the following features"), and so
 * does the audit: it cannot know what an unknown feature changes in what a resource grants. A version 3 document's
 * `features` are not read, as Pulumi does not read them (its check runs for `Version >= 4` only).
 */
export const DEPLOYMENT_FEATURES: Readonly<Record<string, string>> = {
    // ResourceV3.refreshBeforeUpdate: the engine refreshes the resource before updating it. The state is what the
    // last refresh read either way: judged as it is.
    refreshBeforeUpdate: "judged as it is (refreshed before each update)",
    // ResourceV3.viewOf: a view, a child resource a custom resource's provider reports during its own CRUD calls
    // (pulumi/pulumi#19240, #19467; pkg/resource/deploy/resource_status.go: custom false, parent = viewOf, no provider).
    // It stands for real infrastructure (a Terraform module's role), so it is judged as any resource, as Pulumi's own
    // AnalyzeSnapshot does (it skips `delete` only); the program declares no resource whose provider reports views,
    // so a view is drift (tools/audit/drift.ts names its owner).
    views: "judged as a resource of the stack; drift (the program declares no resource that reports views)",
    // ResourceV3.resourceHooks: names of program callbacks run around the resource's lifecycle. They change nothing
    // the resource grants: judged as it is.
    hooks: "judged as it is (hook names change nothing the resource grants)",
    // ResourceV3.taint (`pulumi state taint`): the next `pulumi up` replaces the resource. It is live until then, so it
    // is judged as deployed, and its replacement is what the program declares, which the drift compares; the report
    // lists it (Tainted).
    taint: "judged as deployed (live until the next up replaces it with what the program declares); listed",
    // ResourceV3.replaceWith: resources whose replacement replaces this one too. Judged as it is.
    replaceWith: "judged as it is (replaceWith changes nothing the resource grants)",
    // DeploymentV3.snippets and ResourceV3.snippetID: PCL snippets the engine reruns on every update, registering
    // resources the program does not declare. The audit cannot evaluate PCL: each snippet is unjudged (tools/audit
    // audit.ts), and what a snippet registered is judged as state and is drift.
    "snippets-prototype": "each snippet unjudged (PCL outside the program); its resources judged and drift",
    // ResourceV3.extensionRef into DeploymentV3.extensions: the extension its provider is parameterized with before
    // the engine operates on it. Judged as it is.
    extensionParameterization: "judged as it is (the provider's extension changes nothing the state holds)",
    // Property values `{sig: BYTE_STRING_SIG, value: base64}`: strings whose bytes are not UTF-8. Pulumi's own
    // analyzer cannot receive one (pkg/resource/plugin/rpc.go MarshalPropertyValue without KeepByteString: "contains
    // non-UTF8 bytes, which the receiver does not support"), so no policy pack judges it: unjudged (audit.ts).
    byteString: "decoded when UTF-8 text, else unjudged (no Analyzer receives non-UTF-8 strings)",
};

/**
 * Characters that must not reach the terminal from an input file: C0 controls but tab and newline (ESC starts a
 * terminal escape sequence, CR rewrites the line), DEL, C1 controls, zero-width and bidirectional marks (text that
 * reads otherwise than it is), the BOM, and U+FFFD (what bytes that are not UTF-8 decode to: binary input).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/g;

/**
 * `text` with every unprintable character written as its `\uXXXX` escape: an AuditError quotes export files (a
 * path, a URN, JSON.parse's excerpt of the text), and a bad file's raw bytes (a gzip header, a terminal escape in
 * a URN) must reach the terminal as visible escapes, never as control characters.
 */
export function printable(text: string): string {
    return text.replace(UNPRINTABLE, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A bad input (exit 2): the message and details, made printable (every one quoting an input goes through here). */
export class AuditError extends Error {
    readonly details: string[];
    constructor(message: string, details: string[] = []) {
        super(printable(message));
        this.name = "AuditError";
        this.details = details.map(printable);
    }
}

/** A ResourceV3 with its secrets decoded or redacted. */
export interface StateResource {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    id?: string;
    parent?: string;
    /** `<provider urn>::<provider id>`. */
    provider?: string;
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
    protect: boolean;
    retainOnDelete: boolean;
    external: boolean;
    delete: boolean;
    pendingReplacement: boolean;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    /** `deletedWith`: the resource whose deletion deletes this one (ResourceV3.deletedWith). */
    deletedWith?: string;
    /** `replaceWith`: resources whose replacement replaces this one too (ResourceV3.replaceWith). */
    replaceWith: string[];
    aliases: string[];
    additionalSecretOutputs: string[];
    importID?: string;
    /** `pulumi state taint`: the next `pulumi up` replaces it (it is live until then). */
    taint: boolean;
    /** A view: the URN of the resource whose provider reports it (ResourceV3.viewOf). */
    viewOf?: string;
    /** The UUID of the state's PCL snippet that registered it (ResourceV3.snippetID). */
    snippetID?: string;
}

export interface RedactedSecret {
    urn: string;
    type: string;
    name: string;
    /** `inputs.policy`, `outputs.inlinePolicies[0].policy`, `pending_operations[0].outputs.policy`. */
    path: string;
}

/** A PCL snippet of the state (DeploymentV3.snippets): the engine reruns it on every update, registering `type name`. */
export interface Snippet {
    uuid: string;
    name: string;
    type: string;
}

export interface PendingOperation {
    type: string;
    urn: string;
    resourceType: string;
}

export interface StateExport {
    file: string;
    version: number;
    /** The deployment features Pulumi reads from the export (version 4), each one of DEPLOYMENT_FEATURES. */
    features: string[];
    manifest: { time?: string; version?: string };
    secretsProvider?: string;
    stack?: string;
    project?: string;
    /** Live resources, in export order. */
    resources: StateResource[];
    /** `delete: true` or `pendingReplacement: true`: not live, reported. */
    pendingDeletion: StateResource[];
    pendingOperations: PendingOperation[];
    redacted: RedactedSecret[];
    /** Strings whose bytes are not UTF-8 (byteString), each replaced by BYTE_STRING. */
    byteStrings: RedactedSecret[];
    /** Whether the export held any plaintext secret (exported with --show-secrets). */
    plaintextSecrets: boolean;
    snippets: Snippet[];
}

/**
 * Why a key written twice in one object of an export is refused (anywhere: a resource's inputs or outputs, its
 * fields, the deployment, a secret's plaintext): `pulumi stack export` writes the deployment with Go's encoding/json
 * Marshal, whose objects are structs (one key per field) and maps (one key per entry), so no export holds one; and
 * a reader keeps one of the two silently (JSON.parse and Go's encoding/json the last, a reviewer the first), so a
 * hand-merged export could show one `policy` and have the other audited. Read with the one strict JSON reader of
 * the repository (components/config/json.ts parseJsonStrict), as pack configs and stack values are.
 */
const NEVER_WRITTEN_TWICE =
    "`pulumi stack export` never writes a key twice in one object (Go's encoding/json writes each struct field and map key once), and JSON readers keep only the last value silently while a reviewer reads the first";

const FIX_EXPORT = 'produce it with `pulumi stack export --file FILE` (see the README, "Auditing a deployed stack")';

function isObject(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

type Owner = Omit<RedactedSecret, "path">;

interface SecretWalk {
    redacted: RedactedSecret[];
    byteStrings: RedactedSecret[];
    plaintext: boolean;
}

/** Standard base64 with padding, as Go's base64.StdEncoding decodes it (what Pulumi writes a byte string's value in). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The 64 bits of a float as strconv.ParseUint(hex, 16, 64) reads them: hex digits, no sign or prefix, at most 64 bits. */
const FLOAT_BITS = /^0*[0-9a-fA-F]{1,16}$/;

/**
 * A field of a signature object as DeserializePropertyValue's `objmap[key].(string)` reads it: the string, or
 * undefined when absent or not a string. The computed placeholder is no string there (the fields are read first,
 * and it reads as an unknown value). A field is read as the plain JSON `pulumi stack export` writes (SecretV1, asset
 * and archive Serialize, the reference map: strings), so a byte string object standing for a field's string is
 * refused, where Pulumi would decode it first: no export writes one, and a reviewer reads no string there.
 */
function str(value: Record<string, unknown>, key: string): string | undefined {
    const v = value[key];
    return typeof v === "string" && v !== UNKNOWN_SENTINEL ? v : undefined;
}

/** How a field that is no string reads in a message: `a number`, `the computed placeholder`, `an object`. */
function kindOf(v: unknown): string {
    if (v === UNKNOWN_SENTINEL) return "the computed placeholder (an unknown value)";
    if (v === null) return "null";
    if (Array.isArray(v)) return "a list";
    if (isObject(v)) return SIG_KEY in v ? "a signature object" : "an object";
    return `a ${typeof v}`;
}

/** An AuditError for a malformed signature object: what is wrong, what Pulumi writes and says, the fix. */
function malformed(owner: Owner, at: string, what: string, problem: string, shape: string, pulumiSays: string) {
    return new AuditError(
        `${owner.urn}: the ${what} at ${at} ${problem}. Pulumi writes ${shape}, and refuses any other when it reads the state ("${pulumiSays}"), so no \`pulumi stack export\` holds this and \`pulumi stack import\` refuses it: this is an edited document, not an export; ${FIX_EXPORT}.`,
    );
}

/**
 * A secret: `{sig, plaintext}` (an export with --show-secrets: the JSON text of the value, decoded and read as any
 * value) or `{sig, ciphertext}` (REDACTED_SECRET, listed with its path: the audit cannot decrypt it).
 * Pulumi reads exactly one of the two, a non-empty string (DeserializePropertyValue `case resource.SecretSig` and
 * deserializeSecret: "malformed secret value: exactly one of `ciphertext` or `plaintext` must be supplied"), and
 * SecretV1 writes both `omitempty`, so an export holds one key, a non-empty string. A secret holding both keys is
 * refused whatever their values (Pulumi decrypts the ciphertext when the plaintext is no string; with both strings it
 * refuses): the plaintext a reviewer reads need not be what the backend decrypts.
 */
function readSecret(value: Record<string, unknown>, at: string, owner: Owner, walk: SecretWalk): unknown {
    const shape = `a secret as {"${SIG_KEY}": "${SECRET_SIG}", "ciphertext": <text>} (or "plaintext": <JSON text> with --show-secrets)`;
    const says = "malformed secret value: exactly one of `ciphertext` or `plaintext` must be supplied";
    const hasPlain = Object.hasOwn(value, "plaintext");
    const hasCipher = Object.hasOwn(value, "ciphertext");
    if (hasPlain && hasCipher)
        throw malformed(
            owner,
            at,
            "secret",
            "has both a `plaintext` and a `ciphertext` (a reviewer reads the plaintext; the backend decrypts the ciphertext, which may hold another value)",
            shape,
            says,
        );
    if (!hasPlain && !hasCipher)
        throw malformed(owner, at, "secret", "has neither a `plaintext` nor a `ciphertext`", shape, says);
    const key = hasPlain ? "plaintext" : "ciphertext";
    const text = str(value, key);
    if (text === undefined || text === "")
        throw malformed(
            owner,
            at,
            "secret",
            `has a \`${key}\` that is ${text === "" ? "empty" : kindOf(value[key])}, not a non-empty string`,
            shape,
            says,
        );
    if (key === "ciphertext") {
        walk.redacted.push({ ...owner, path: at });
        return REDACTED_SECRET;
    }
    walk.plaintext = true;
    let decoded: unknown;
    try {
        decoded = parseJsonStrict(text);
    } catch (e) {
        if (e instanceof DuplicateJsonKeyError)
            throw new AuditError(
                `${owner.urn}: the secret at ${at} has a plaintext with ${e.duplicates.map(describeDuplicate).join("; ")}: ${NEVER_WRITTEN_TWICE}; ${FIX_EXPORT}.`,
            );
        throw new AuditError(
            `${owner.urn}: the secret at ${at} has a plaintext that is not JSON text; export the stack again (pulumi stack export --show-secrets writes JSON-encoded plaintexts).`,
        );
    }
    // secretPropertyValueFromPlaintext json.Unmarshal's the plaintext into `any`: a number out of float64's range in it
    // is refused as anywhere in the export (outOfRangeNumbers).
    const outOfRange = outOfRangeNumbers(decoded, at, rawTokens(text, decoded));
    if (outOfRange.length > 0)
        throw new AuditError(
            `${owner.urn}: the secret at ${at} has a plaintext holding ${outOfRange.map(n => `the number ${n.text} (at ${n.at})`).join(", ")}, out of float64's range: Pulumi decodes the plaintext into Go's any (pkg/resource/stack/deployment.go secretPropertyValueFromPlaintext; encoding/json convertNumber: strconv.ParseFloat refuses it), so it cannot read this state and no \`pulumi stack export\` writes it; ${FIX_EXPORT}.`,
        );
    // secretPropertyValueFromPlaintext: the plaintext's JSON is read as any property value (nested signatures too).
    return readPropertyValue(decoded, at, owner, walk);
}

/**
 * A resource reference, as Pulumi sends it to a policy pack: its id for a custom resource, its URN for a component.
 * The state holds `{sig, urn, id?, packageVersion}` (SerializePropertyValue; DeserializePropertyValue `case
 * resource.ResourceReferenceSig` reads an `id` string, or the `{"V": ...}` map an old bug wrote, and no `id` or a
 * null `V` as a component's reference). The engine's Analyze and AnalyzeStack calls marshal properties with
 * MarshalOptions{KeepUnknowns, KeepSecrets, SkipInternalKeys} and no KeepResources (pulumi/pulumi
 * sdk/go/common/resource/plugin/analyzer_plugin.go, v3.259.0), so rpc.go MarshalPropertyValue sends `ref.ID` when it
 * is not null and the URN string otherwise: a custom reference's id, or the unknown sentinel for one whose id is
 * empty (MakeCustomResourceReference makes an empty id computed; KeepUnknowns sends UnknownStringValue).
 */
function readReference(value: Record<string, unknown>, at: string, owner: Owner): string {
    const shape = `a resource reference as {"${SIG_KEY}": "${RESOURCE_REFERENCE_SIG}", "urn": <urn>, "id": <id, custom resources only>, "packageVersion": <version>}, each a string`;
    const refuse = (problem: string, says: string) => malformed(owner, at, "resource reference", problem, shape, says);
    if (Object.hasOwn(value, "packageVersion") && str(value, "packageVersion") === undefined)
        throw refuse(
            `has a \`packageVersion\` that is ${kindOf(value.packageVersion)}, not a string`,
            "malformed resource reference: packageVersion must be a string",
        );
    const urn = str(value, "urn");
    if (urn === undefined)
        throw refuse(
            Object.hasOwn(value, "urn") ? `has a \`urn\` that is ${kindOf(value.urn)}, not a string` : "has no `urn`",
            "malformed resource reference: missing urn",
        );
    if (!Object.hasOwn(value, "id")) return urn;
    const customId = (id: string) => (id === "" ? UNKNOWN_SENTINEL : id);
    const id = value.id;
    if (str(value, "id") !== undefined) return customId(id as string);
    if (isObject(id) && !(SIG_KEY in id)) {
        const v = id.V;
        if (v === undefined || v === null) return urn;
        if (str(id, "V") !== undefined) return customId(v as string);
        if (isObject(v) && !(SIG_KEY in v)) return UNKNOWN_SENTINEL;
    }
    throw refuse(
        `has an \`id\` that is ${kindOf(id)}, not a string`,
        "malformed resource reference: id must be a string",
    );
}

/**
 * The asset fields Pulumi reads (sdk/go/common/resource/asset: Deserialize refuses a present field that is no
 * string, "unexpected asset text of type %T") and writes back when it sends the asset to a pack (rpc.go MarshalAsset:
 * Serialize, which keeps the non-empty ones).
 */
const ASSET_FIELDS = ["hash", "text", "path", "uri"] as const;

/**
 * An asset, as Pulumi sends it to a policy pack: `{sig, hash?, text | path | uri}`, the empty fields left out.
 * DECIDED (round 37): an asset with no text, path or uri (only a hash, or `text: ""`: an empty StringAsset) is
 * refused (exit 2). Pulumi reads it, but sends it as `{sig, hash}`, and @pulumi/policy's deserializeProperty throws
 * on that ("Invalid asset encountered when unmarshaling resource property"): no policy run can judge the stack,
 * `pulumi preview --policy-pack` included, so the audit says so with the resource and path, not with the pack's trace.
 */
function readAsset(value: Record<string, unknown>, at: string, owner: Owner): Record<string, string> {
    const shape = `an asset as {"${SIG_KEY}": "${ASSET_SIG}", "hash": <sha256>, and "text", "path" or "uri"}, each a string`;
    const out: Record<string, string> = { [SIG_KEY]: ASSET_SIG };
    for (const key of ASSET_FIELDS) {
        if (!Object.hasOwn(value, key)) continue;
        const text = str(value, key);
        if (text === undefined)
            throw malformed(
                owner,
                at,
                "asset",
                `has a \`${key}\` that is ${kindOf(value[key])}, not a string`,
                shape,
                `unexpected asset ${key === "uri" ? "URI" : key} of type ...`,
            );
        if (text !== "") out[key] = text;
    }
    if (out.text === undefined && out.path === undefined && out.uri === undefined)
        throw new AuditError(
            `${owner.urn}: the asset at ${at} has no content (no non-empty "text", "path" or "uri"; an empty StringAsset is written so). Pulumi hands it to a policy pack as {"${SIG_KEY}": "${ASSET_SIG}", "hash": ...}, which @pulumi/policy cannot read ("Invalid asset encountered when unmarshaling resource property"), so no policy run can judge this stack, \`pulumi preview --policy-pack\` included. Give the asset content in the program (or leave the property out), run pulumi up, and export again.`,
        );
    return out;
}

/**
 * An archive, as Pulumi sends it to a policy pack (sdk/go/common/resource/archive Deserialize, then Serialize in
 * rpc.go MarshalArchive): a non-empty `path`, else a non-empty `uri`, else `assets` (a map of assets and archives),
 * else an empty `assets` map; the `hash` kept when present, every field a string when present.
 */
function readArchive(value: Record<string, unknown>, at: string, owner: Owner, walk: SecretWalk): unknown {
    const shape = `an archive as {"${SIG_KEY}": "${ARCHIVE_SIG}", "hash": <sha256>, and "path", "uri" (strings) or "assets" (a map of assets and archives)}`;
    const out: Record<string, unknown> = { [SIG_KEY]: ARCHIVE_SIG };
    for (const key of ["hash", "path", "uri"] as const) {
        if (Object.hasOwn(value, key) && str(value, key) === undefined)
            throw malformed(
                owner,
                at,
                "archive",
                `has a \`${key}\` that is ${kindOf(value[key])}, not a string`,
                shape,
                `unexpected archive ${key === "uri" ? "URI" : key} of type ...`,
            );
    }
    if (value.hash) out.hash = value.hash;
    if (value.path) return { ...out, path: value.path };
    if (value.uri) return { ...out, uri: value.uri };
    if (!Object.hasOwn(value, "assets")) return { ...out, assets: {} };
    const assets = value.assets;
    if (!isObject(assets) || SIG_KEY in assets)
        throw malformed(
            owner,
            at,
            "archive",
            `has \`assets\` that are ${kindOf(assets)}, not a map of assets and archives`,
            shape,
            "unexpected archive contents of type ...",
        );
    const members = Object.entries(assets).map(([name, member]) => {
        const where = `${at}.assets.${name}`;
        const sig = isObject(member) ? member[SIG_KEY] : undefined;
        if (sig === ASSET_SIG || sig === ARCHIVE_SIG) return [name, readPropertyValue(member, where, owner, walk)];
        throw malformed(
            owner,
            at,
            "archive",
            `has a member ${JSON.stringify(name)} that is ${kindOf(member)}, not an asset or archive`,
            shape,
            `archive member '${name}' is not an asset or archive`,
        );
    });
    return { ...out, assets: Object.fromEntries(members) };
}

/**
 * A byte string's text (DeserializePropertyValue `case resource.ByteStringSig`: base64.StdEncoding.DecodeString of
 * `value`, a string, else "malformed byte string"), or BYTE_STRING when its bytes are not UTF-8 text: no JavaScript
 * string holds them, and the pack would judge another value than the deployed one.
 */
function readByteString(value: Record<string, unknown>, at: string, owner: Owner, walk: SecretWalk): string {
    const encoded = str(value, "value");
    if (encoded === undefined || !BASE64.test(encoded))
        throw new AuditError(
            `${owner.urn}: the byte string at ${at} has ${encoded !== undefined ? "a value that is not base64" : "no string value"} (Pulumi writes {"${SIG_KEY}": "${BYTE_STRING_SIG}", "value": <base64 of the bytes>} and refuses any other: "malformed byte string"); ${FIX_EXPORT}.`,
        );
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(encoded, "base64"));
    } catch {
        walk.byteStrings.push({ ...owner, path: at });
        return BYTE_STRING;
    }
}

/**
 * A number JSON cannot write (NaN, ±Infinity): `{sig: FLOAT_SIG, value: <the 64 bits in hex>}` (SerializePropertyValue
 * "Floats need special handling for Inf and NaN"; DeserializePropertyValue `case floatSignature`: strconv.ParseUint
 * of `value`, else "malformed float value"). The pack receives the number itself (the Struct's number_value).
 */
function readFloat(value: Record<string, unknown>, at: string, owner: Owner): number {
    const hex = str(value, "value");
    if (hex === undefined || !FLOAT_BITS.test(hex))
        throw malformed(
            owner,
            at,
            "float",
            `has ${hex === undefined ? `a \`value\` that is ${kindOf(value.value)}` : "a `value` that is not 64 bits in hex"}`,
            `a float JSON cannot hold (NaN, ±Infinity) as {"${SIG_KEY}": "${FLOAT_SIG}", "value": <16 hex digits>}`,
            "malformed float value",
        );
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${hex}`));
    return view.getFloat64(0);
}

/**
 * Every signature pulumi/pulumi pkg/resource/stack/deployment.go DeserializePropertyValue (v3.259.0) reads, with how
 * the audit reads it: what Pulumi hands a policy pack for it (analyzer_plugin.go's MarshalOptions, readReference).
 * Pulumi refuses any other ("unrecognized signature '%v' in property map"), and so does readPropertyValue. The
 * computed placeholder (`"04da6b54-..."`, an unknown value) is a string, not a signature: it is kept as it is, the
 * unknown sentinel the engine sends for it (planToAnalyzer.ts UNKNOWN_SENTINEL).
 */
const SIGNATURES: Readonly<
    Record<
        string,
        { name: string; read: (value: Record<string, unknown>, at: string, owner: Owner, walk: SecretWalk) => unknown }
    >
> = {
    [SECRET_SIG]: { name: "secret", read: readSecret },
    [RESOURCE_REFERENCE_SIG]: { name: "resource reference", read: (v, at, owner) => readReference(v, at, owner) },
    [ASSET_SIG]: { name: "asset", read: (v, at, owner) => readAsset(v, at, owner) },
    [ARCHIVE_SIG]: { name: "archive", read: readArchive },
    [BYTE_STRING_SIG]: { name: "byte string", read: readByteString },
    [FLOAT_SIG]: { name: "float", read: (v, at, owner) => readFloat(v, at, owner) },
};

/**
 * A property value of the export read as Pulumi reads it (DeserializePropertyValue) and turned into what Pulumi
 * sends a policy pack for it, the one place that knows the signatures (SIGNATURES): secrets decoded (plaintext) or
 * REDACTED_SECRET (ciphertext), resource references as their id or URN, assets and archives as Pulumi serializes
 * them, byte strings decoded or BYTE_STRING, floats as numbers. An object holding the signature key with any other
 * value, nested anywhere (a secret's plaintext included), is an AuditError naming the resource, path and signature.
 */
function readPropertyValue(value: unknown, at: string, owner: Owner, walk: SecretWalk): unknown {
    if (Array.isArray(value)) return value.map((v, i) => readPropertyValue(v, `${at}[${i}]`, owner, walk));
    if (!isObject(value)) return value;
    const entries = Object.entries(value);
    if (!Object.hasOwn(value, SIG_KEY))
        return Object.fromEntries(
            entries.map(([k, v]) => [k, readPropertyValue(v, at ? `${at}.${k}` : k, owner, walk)]),
        );
    // DeserializePropertyValue reads every field of the object (DeserializeProperties) before it looks at the
    // signature: a bad value in any field, one the signature ignores included, is refused too. What the fields read to
    // is the signature reader's business (a scratch walk: nothing of them is listed twice).
    const scratch: SecretWalk = { redacted: [], byteStrings: [], plaintext: false };
    for (const [k, v] of entries) if (k !== SIG_KEY) readPropertyValue(v, `${at}.${k}`, owner, scratch);
    const sig = value[SIG_KEY];
    const signature = typeof sig === "string" && Object.hasOwn(SIGNATURES, sig) ? SIGNATURES[sig] : undefined;
    if (signature) return signature.read(value, at, owner, walk);
    const shown = JSON.stringify(sig) ?? String(sig);
    const known = Object.entries(SIGNATURES)
        .map(([s, { name }]) => `${name} ${s}`)
        .join(", ");
    throw new AuditError(
        `${owner.urn}: the value at ${at} is an object whose signature key "${SIG_KEY}" holds ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}, a signature Pulumi does not read in a state ("unrecognized signature '...' in property map": \`pulumi stack import\` and every command reading this state refuse it)${sig === OUTPUT_VALUE_SIG ? ". It is the output-value signature, which the engine uses only between processes: a state holds an output's value (SerializePropertyValue)" : ""}. ` +
            `The signatures Pulumi reads in a state are: ${known}. If a newer Pulumi CLI wrote it, teach tools/audit/exportFile.ts SIGNATURES the signature (pulumi/pulumi pkg/resource/stack/deployment.go DeserializePropertyValue) and audit again; otherwise ${FIX_EXPORT}.`,
    );
}

/**
 * The component types of the two provider packages this program deploys through, as their Node SDKs register them
 * (`pulumi.ComponentResource`, so `custom: false`): @pulumi/aws 7.48.0's event-subscription mixins (lambdaMixins.js
 * EventSubscription and its subclasses) and @pulumi/kubernetes 4.34.2's yaml, kustomize and helm collections
 * (yaml/yaml.js, yaml/v2, kustomize, kustomize/v2, helm/v3 Chart and its old helm.sh/v2 alias, helm/v4 Chart).
 * Every other type of these packages is a resource the provider plugin manages.
 */
const PROVIDER_PACKAGE_COMPONENTS: ReadonlySet<string> = new Set([
    "aws:cloudwatch:EventRuleEventSubscription",
    "aws:cloudwatch:LogGroupEventSubscription",
    "aws:dynamodb:TableEventSubscription",
    "aws:kinesis:StreamEventSubscription",
    "aws:s3:BucketEventSubscription",
    "aws:sns:TopicEventSubscription",
    "aws:sqs:QueueEventSubscription",
    "kubernetes:yaml:ConfigFile",
    "kubernetes:yaml:ConfigGroup",
    "kubernetes:yaml/v2:ConfigFile",
    "kubernetes:yaml/v2:ConfigGroup",
    "kubernetes:kustomize:Directory",
    "kubernetes:kustomize/v2:Directory",
    "kubernetes:helm.sh/v2:Chart",
    "kubernetes:helm.sh/v3:Chart",
    "kubernetes:helm.sh/v4:Chart",
]);

/**
 * Whether a type is one a provider plugin manages, so that Pulumi's export marks it `custom: true` whatever the file
 * says: pulumi/pulumi sdk/go/common/apitype/core.go ResourceV3, "Custom is true when it is managed by a plugin" (the
 * field has no omitempty: every real export writes it, true or false). A provider resource (`pulumi:providers:<pkg>`,
 * a CustomResource in every SDK) and every aws: / kubernetes: type but their SDKs' components are. Read from the
 * type, not from the entry, so a hand edit dropping `custom` (with `provider`, the look of a default-provider
 * resource run on ambient credentials) cannot take a resource out of the provider checks (explicit-providers-only,
 * the drift): it is judged as the resource it is. (With its id kept, Pulumi refuses such an entry: exit 2,
 * declaredCustomProblem.)
 */
export function providerManaged(type: string): boolean {
    if (type.startsWith("pulumi:providers:")) return true;
    const pkg = type.split(":")[0];
    return (pkg === "aws" || pkg === "kubernetes") && !PROVIDER_PACKAGE_COMPONENTS.has(type);
}

function stringList(v: unknown): string[] {
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** A resource's references to other resources: ResourceV3's parent, provider, dependencies and their kin. */
interface GraphFields {
    parent?: string;
    provider?: string;
    deletedWith?: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    replaceWith: string[];
}

/**
 * The fields of a ResourceV3 naming other resources (pulumi/pulumi sdk/go/common/apitype/core.go: `parent`,
 * `provider` and `deletedWith` strings, `dependencies` and `replaceWith` lists of URNs, `propertyDependencies` a map
 * of lists), read as Go's encoding/json reads them into that struct: null is the empty value and an empty URN names
 * nothing (pkg/resource/state.go GetAllDependencies skips ""), so both are left out; any other JSON type is one Go
 * cannot decode, so Pulumi cannot read the state (`pulumi stack import` fails) and the resource is refused, rather
 * than read as having no parent or dependency.
 */
function graphFields(raw: Record<string, unknown>, where: string, urn: string): GraphFields {
    const problems: string[] = [];
    const one = (key: "parent" | "provider" | "deletedWith"): string | undefined => {
        const v = raw[key];
        if (typeof v === "string") return v === "" ? undefined : v;
        if (v !== undefined && v !== null) problems.push(`\`${key}\` is ${kindOf(v)}, not a URN string`);
        return undefined;
    };
    const urns = (v: unknown, at: string): string[] => {
        if (v === undefined || v === null) return [];
        if (!Array.isArray(v)) {
            problems.push(`\`${at}\` is ${kindOf(v)}, not a list of URN strings`);
            return [];
        }
        const bad = v.findIndex(x => typeof x !== "string" && x !== null);
        if (bad >= 0) problems.push(`\`${at}[${bad}]\` is ${kindOf(v[bad])}, not a URN string`);
        return v.filter((x): x is string => typeof x === "string" && x !== "");
    };
    const propertyDependencies: Record<string, string[]> = {};
    const pd = raw.propertyDependencies;
    if (isObject(pd) && !(SIG_KEY in pd))
        for (const [k, v] of Object.entries(pd)) propertyDependencies[k] = urns(v, `propertyDependencies.${k}`);
    else if (pd !== undefined && pd !== null)
        problems.push(`\`propertyDependencies\` is ${kindOf(pd)}, not a map of property names to lists of URNs`);
    const fields: GraphFields = {
        parent: one("parent"),
        provider: one("provider"),
        deletedWith: one("deletedWith"),
        dependencies: urns(raw.dependencies, "dependencies"),
        propertyDependencies,
        replaceWith: urns(raw.replaceWith, "replaceWith"),
    };
    if (problems.length > 0)
        throw new AuditError(
            `${where} (${urn}): ${problems.join("; ")}. Pulumi reads these fields into its ResourceV3 struct (Go's encoding/json refuses any other type), so it cannot read this state and no \`pulumi stack export\` holds it; ${FIX_EXPORT}.`,
        );
    return fields;
}

/**
 * Every reference a resource makes to another resource of the state, with Pulumi's word for it: exactly what
 * pulumi/pulumi pkg/resource/state.go GetAllDependencies returns (v3.259.0), in its order: the parent, the
 * dependencies, the property dependencies, deletedWith, replaceWith. The provider is a reference of its own
 * (`<urn>::<id>`, VerifyIntegrity's provider check: providerReferenceProblem here, the rest in audit.ts).
 */
function referencesOf(r: StateResource): { urn: string; missing: string; after: string }[] {
    const out: { urn: string; missing: string; after: string }[] = [];
    if (r.parent)
        out.push({
            urn: r.parent,
            missing: `child resource ${r.urn} refers to missing parent ${r.parent}`,
            after: `child resource ${r.urn}'s parent ${r.parent} comes after it`,
        });
    for (const d of r.dependencies)
        out.push({
            urn: d,
            missing: `resource ${r.urn}'s dependency ${d} refers to missing resource`,
            after: `resource ${r.urn}'s dependency ${d} comes after it`,
        });
    for (const [key, deps] of Object.entries(r.propertyDependencies))
        for (const d of deps)
            out.push({
                urn: d,
                missing: `resource ${r.urn}'s property dependency ${d} (from property ${key}) refers to missing resource`,
                after: `resource ${r.urn}'s property dependency ${d} (from property ${key}) comes after it`,
            });
    if (r.deletedWith)
        out.push({
            urn: r.deletedWith,
            missing: `resource ${r.urn} is specified as being deleted with ${r.deletedWith}, which is missing`,
            after: `resource ${r.urn} is specified as being deleted with ${r.deletedWith}, which comes after it`,
        });
    for (const d of r.replaceWith)
        out.push({
            urn: d,
            missing: `resource ${r.urn} is specified as being replaced with ${d}, which is missing`,
            after: `resource ${r.urn} is specified as being replaced with ${d}, which comes after it`,
        });
    return out;
}

/**
 * Why a provider reference is not one Pulumi can parse, or undefined: `<provider urn>::<provider id>`, split at the
 * last `::`, whose URN is a valid URN of a `pulumi:providers:<package>` type (pulumi/pulumi
 * sdk/go/common/providers/reference.go ParseReference and validateURN; VerifyIntegrity refuses "failed to parse
 * provider reference for resource %s"). Whether it names a provider of the export, by URN and id and listed before
 * the resource, is tools/audit/audit.ts providerProblem's question (an unjudged resource, exit 1).
 */
function providerReferenceProblem(ref: string): string | undefined {
    const sep = ref.lastIndexOf("::");
    if (sep < 0) return `expected '::' in provider reference '${ref}'`;
    let type: string;
    try {
        type = parseUrn(ref.slice(0, sep)).type;
    } catch {
        return `${ref.slice(0, sep)} is not a valid URN`;
    }
    if (!/^pulumi:providers:./.test(type))
        return `invalid module in type: expected 'pulumi:providers', got the type ${type} (a provider reference names a provider resource)`;
    return undefined;
}

/**
 * Pulumi's magic cookie: pulumi/pulumi pkg/resource/deploy/snapshot.go Manifest.NewMagic, `if m.Version == "" {
 * return "" }; return fmt.Sprintf("%x", sha256.Sum256([]byte(m.Version)))`, the lowercase hex SHA-256 of
 * manifest.version. VerifyIntegrity's first check (`snap.Manifest.Magic != snap.Manifest.NewMagic()`, "magic cookie
 * mismatch; possible tampering/corruption detected") refuses any other on every read and on `pulumi stack import`, so
 * every real export carries it: a mismatch is an edited manifest.version (which the report prints as
 * pulumiVersion) or an edited cookie.
 */
export function pulumiMagic(version: string): string {
    return version === "" ? "" : crypto.createHash("sha256").update(version, "utf8").digest("hex");
}

function magicProblem(manifest: Record<string, unknown>, file: string): string | undefined {
    // A missing field reads as "" in Go (ManifestV1's json fields), as does JSON null.
    const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? "" : undefined);
    const version = text(manifest.version);
    const magic = text(manifest.magic);
    for (const [key, v] of [
        ["version", version],
        ["magic", magic],
    ] as const)
        if (v === undefined)
            return `${file}: deployment.manifest.${key} is not a string (Pulumi's ManifestV1 reads it as one); ${FIX_EXPORT}.`;
    if (magic === pulumiMagic(version as string)) return undefined;
    return `${file}: deployment.manifest.magic (${JSON.stringify(magic)}) is not the cookie Pulumi derives from deployment.manifest.version (${JSON.stringify(version)}): ${version === "" ? "an empty version has an empty magic" : "the hex SHA-256 of the version"}. Pulumi's own state check refuses this ("magic cookie mismatch; possible tampering/corruption detected", pkg/resource/deploy/snapshot.go VerifyIntegrity), so no \`pulumi stack export\` writes it and \`pulumi stack import\` refuses it: the manifest was edited. ${FIX_EXPORT}.`;
}

/**
 * Every reference of the export's resources that Pulumi's own state check refuses, with its words: pulumi/pulumi
 * pkg/resource/deploy/snapshot.go VerifyIntegrity (v3.259.0) walks `deployment.resources` in order and requires each
 * resource's parent, dependencies, property dependencies, deletedWith and replaceWith (GetAllDependencies) to name a
 * resource listed BEFORE it ("Parents must precede children", "Dependents must precede their dependencies"), and its
 * provider reference to parse. Every earlier entry counts, those pending deletion (`delete: true`) and pending
 * replacement included: it keys them all by URN, and exempts no resource from the dependency checks (only the
 * provider check spares a `pendingReplacement` one). Pulumi runs it on every read of a stack (pkg/backend/diy and
 * httpstate state.go: "snapshot integrity failure; refusing to use it") and on import (pkg/cmd/pulumi/stack/io.go
 * SaveSnapshot: "state file contains errors"), so no `pulumi stack export` writes such a document and `pulumi stack
 * import` refuses it: an edited, filtered or merged one, whose graph (a parent gives component ownership; the pack
 * resolves unknown references through recorded dependencies) is no stack's. Pending operations are not checked, as
 * Pulumi does not check them. Its check of one entry alone (a resource not custom with an id) is readResource's
 * (declaredCustomProblem), as DeserializeResource makes it for pending operations too.
 */
function graphProblems(all: readonly StateResource[]): string[] {
    const last = new Map<string, number>();
    all.forEach((r, i) => last.set(r.urn, i));
    const earlier = new Set<string>();
    const problems: string[] = [];
    all.forEach((r, i) => {
        const bad = r.provider !== undefined ? providerReferenceProblem(r.provider) : undefined;
        if (bad) problems.push(`failed to parse provider reference for resource ${r.urn}: ${bad}`);
        for (const ref of referencesOf(r))
            if (!earlier.has(ref.urn)) problems.push((last.get(ref.urn) ?? -1) > i ? ref.after : ref.missing);
        earlier.add(r.urn);
    });
    return problems;
}

/**
 * Why the entry's own `custom` field is one Pulumi refuses, or undefined. ResourceV3.Custom is a Go bool with no
 * omitempty (pulumi/pulumi sdk/go/common/apitype/core.go `json:"custom"`), so every export writes it, and Go reads a
 * missing or null one as false and refuses any other JSON type. DeserializeResource (pkg/resource/stack/deployment.go,
 * for live resources and pending operations alike) and VerifyIntegrity (pkg/resource/deploy/snapshot.go) refuse
 * `!res.Custom && res.ID != ""` whatever the type: only a custom resource has an id. So the file's flag is checked
 * here, while StateResource.custom, what the resource is judged as, comes from the type (providerManaged).
 */
function declaredCustomProblem(custom: unknown, id: string | undefined, urn: string, type: string): string | undefined {
    if (custom !== undefined && custom !== null && typeof custom !== "boolean")
        return `resource '${urn}' has \`custom\` ${kindOf(custom)}, not true or false: Pulumi reads it into a Go bool (ResourceV3.Custom), which encoding/json cannot decode from it, so no \`pulumi stack export\` writes it and Pulumi cannot read this state`;
    if (custom === true || id === undefined) return undefined;
    const written = custom === false ? "written `custom: false`" : "without `custom` (Go reads a missing one as false)";
    const hint = providerManaged(type) ? ` (a provider manages ${type}: every export writes it \`custom: true\`)` : "";
    return `resource '${urn}' has 'custom' false but non-empty ID: it is ${written} and has the id ${JSON.stringify(id)}${hint}. Pulumi refuses this on every read and on \`pulumi stack import\` (pkg/resource/stack/deployment.go DeserializeResource, pkg/resource/deploy/snapshot.go VerifyIntegrity: only a custom resource has an id), so no \`pulumi stack export\` writes it: this is an edited document, not an export`;
}

/**
 * `at` prefixes the paths of its redacted secrets: "" for a live resource, `pending_operations[i].` for the
 * resource of a pending operation (RedactedSecret.path), so a secret of the interrupted operation is never
 * reported as the live resource's (which shares its URN).
 */
function readResource(raw: unknown, where: string, walk: SecretWalk, at = ""): StateResource {
    if (!isObject(raw)) throw new AuditError(`${where} is not an object; ${FIX_EXPORT}.`);
    const { urn, type } = raw;
    if (typeof urn !== "string" || urn === "")
        throw new AuditError(`${where} has no urn; every resource of an export has one: ${FIX_EXPORT}.`);
    if (typeof type !== "string" || type === "")
        throw new AuditError(`${where} (${urn}) has no type; every resource of an export has one: ${FIX_EXPORT}.`);
    let parsed;
    try {
        parsed = parseUrn(urn);
    } catch {
        throw new AuditError(
            `${where} has the urn "${urn}", which is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>); ${FIX_EXPORT}.`,
        );
    }
    if (parsed.type !== type)
        throw new AuditError(
            `${where}: its type ${type} is not the type its urn names (${parsed.type}); ${FIX_EXPORT}.`,
        );
    const owner = { urn, type, name: parsed.name };
    const section = (key: "inputs" | "outputs") => {
        const v = raw[key];
        if (v === undefined || v === null) return {};
        if (!isObject(v)) throw new AuditError(`${where} (${urn}): ${key} is not an object; ${FIX_EXPORT}.`);
        return readPropertyValue(v, `${at}${key}`, owner, walk) as Record<string, unknown>;
    };
    const graph = graphFields(raw, where, urn);
    const id = typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
    const customProblem = declaredCustomProblem(raw.custom, id, urn, type);
    if (customProblem) throw new AuditError(`${where}: ${customProblem}; ${FIX_EXPORT}.`);
    const out: StateResource = {
        urn,
        type,
        name: parsed.name,
        custom: raw.custom === true || providerManaged(type),
        inputs: section("inputs"),
        outputs: section("outputs"),
        protect: raw.protect === true,
        retainOnDelete: raw.retainOnDelete === true,
        external: raw.external === true,
        delete: raw.delete === true,
        pendingReplacement: raw.pendingReplacement === true,
        dependencies: graph.dependencies,
        propertyDependencies: graph.propertyDependencies,
        replaceWith: graph.replaceWith,
        aliases: stringList(raw.aliases),
        additionalSecretOutputs: stringList(raw.additionalSecretOutputs),
        taint: raw.taint === true,
    };
    if (id !== undefined) out.id = id;
    if (graph.parent) out.parent = graph.parent;
    if (graph.provider) out.provider = graph.provider;
    if (graph.deletedWith) out.deletedWith = graph.deletedWith;
    if (typeof raw.importID === "string" && raw.importID !== "") out.importID = raw.importID;
    if (typeof raw.viewOf === "string" && raw.viewOf !== "") out.viewOf = raw.viewOf;
    if (typeof raw.snippetID === "string" && raw.snippetID !== "") out.snippetID = raw.snippetID;
    return out;
}

/**
 * The source text of the JSON tokens JSON.parse reads past, for the leaves whose text Go judges and not only their
 * value: per object or array of the parsed value, its member's key (an array's index as text) -> the token, kept for
 * every number (Go stores a number into an `int` with strconv.ParseInt of its text: `3.0` and `3e0` are refused
 * though JSON.parse reads 3) and for every string holding an escape (time.Time reads a string's raw bytes: isTimeText).
 */
type RawTokens = WeakMap<object, ReadonlyMap<string, string>>;

/**
 * rawTokens of `text`, valid JSON without a key written twice (parseJsonStrict checked both), whose JSON.parse value
 * is `root`: a linear scan with an explicit stack beside the parsed value (as components/config/json.ts
 * duplicateJsonKeys scans), so each token is filed under the object or array that holds its value.
 */
function rawTokens(text: string, root: unknown): RawTokens {
    const raw = new WeakMap<object, Map<string, string>>();
    const stack: { holder: object; array: boolean; key: string; index: number; expectKey: boolean }[] = [];
    const memberKey = (top: (typeof stack)[number]) => (top.array ? String(top.index) : top.key);
    const keep = (token: string) => {
        const top = stack[stack.length - 1];
        if (!top) return;
        const members = raw.get(top.holder) ?? new Map<string, string>();
        raw.set(top.holder, members.set(memberKey(top), token));
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const top = stack[stack.length - 1];
        if (c === "{" || c === "[") {
            const value: unknown = top ? (top.holder as Record<string, unknown>)[memberKey(top)] : root;
            const holder = typeof value === "object" && value !== null ? value : {};
            stack.push({ holder, array: c === "[", key: "", index: 0, expectKey: c === "{" });
        } else if (c === "}" || c === "]") {
            stack.pop();
        } else if (c === ",") {
            if (top?.array) top.index++;
            else if (top) top.expectKey = true;
        } else if (c === '"') {
            let end = i + 1;
            while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
            const token = text.slice(i, end + 1);
            if (top && !top.array && top.expectKey) {
                top.key = JSON.parse(token) as string;
                top.expectKey = false;
            } else if (token.includes("\\")) keep(token);
            i = end;
        } else if (c === "-" || (c >= "0" && c <= "9")) {
            let end = i + 1;
            while (end < text.length && /[\d.eE+-]/.test(text[end])) end++;
            keep(text.slice(i, end));
            i = end - 1;
        }
    }
    return raw;
}

/**
 * Every number in `value` (at `at`) out of float64's range, with its path and source text: the JSON text held a finite
 * number JSON.parse read as ±Infinity (`1e400`). Go's encoding/json refuses it wherever it lands (golang/go
 * src/encoding/json/decode.go: a float64 field through literalStore's strconv.ParseFloat, an int field through
 * ParseInt, an `any` value through convertNumber's ParseFloat(s, 64): "cannot unmarshal number 1e400 into Go value of
 * type float64"), and Pulumi writes an infinite float as {sig: FLOAT_SIG, value: <hex>} (readFloat), so no export
 * holds one.
 */
function outOfRangeNumbers(value: unknown, at: string, raw: RawTokens, token?: string): { at: string; text: string }[] {
    if (typeof value === "number") return Number.isFinite(value) ? [] : [{ at, text: token ?? String(value) }];
    if (!isObject(value) && !Array.isArray(value)) return [];
    const list = Array.isArray(value);
    return Object.entries(value).flatMap(([k, v]) =>
        outOfRangeNumbers(v, list ? `${at}[${k}]` : at ? `${at}.${k}` : k, raw, raw.get(value)?.get(k)),
    );
}

/**
 * The JSON a Go type of Pulumi's export structs decodes from, as encoding/json (and the type's own UnmarshalJSON)
 * reads it: a leaf by what it accepts, a struct by its json tags (named by its Go type for the messages), a list's
 * elements, a map's values (map keys are data). JSON null decodes into every one of them (Go leaves the zero value).
 */
type GoJson =
    | "string" // string and Pulumi's string types: resource.URN, resource.ID, tokens.Type, PluginKind, OperationType
    | "bool"
    | "int" // int: a whole number, by its text (isGoInt)
    | "float" // float64: a number in its range
    | "time" // time.Time: an RFC 3339 string (isGoTime), by its raw text (isTimeText)
    | "bytes" // []byte: base64 (encoding/json decodes it with base64.StdEncoding)
    | "semver" // blang/semver Version: UnmarshalJSON parses a string with semver.Parse (SEMVER)
    | "any" // any, map[string]any values, json.RawMessage: every JSON value whose numbers are in float64's range
    | { go: string; struct: Record<string, GoJson> }
    | { list: GoJson }
    | { map: GoJson };

/** []string, []resource.URN, []resource.PropertyKey. */
const STRINGS: GoJson = { list: "string" };

/**
 * ResourceV3 (pulumi/pulumi sdk/go/common/apitype/core.go at 1b5949891b3c), every field by its json tag and Go type;
 * taint, replaceWith, refreshBeforeUpdate, viewOf, resourceHooks, extensionRef and snippetID came with the version 4
 * schema (DEPLOYMENT_FEATURES says which feature sets which).
 */
const RESOURCE_TYPES: GoJson = {
    go: "ResourceV3",
    struct: {
        urn: "string",
        custom: "bool",
        delete: "bool",
        id: "string",
        type: "string",
        inputs: { map: "any" },
        outputs: { map: "any" },
        parent: "string",
        protect: "bool",
        taint: "bool",
        external: "bool",
        dependencies: STRINGS,
        initErrors: STRINGS,
        provider: "string",
        propertyDependencies: { map: STRINGS },
        pendingReplacement: "bool",
        additionalSecretOutputs: STRINGS,
        aliases: STRINGS,
        customTimeouts: {
            go: "resource.CustomTimeouts",
            struct: { create: "float", update: "float", delete: "float", read: "float" },
        },
        importID: "string",
        retainOnDelete: "bool",
        deletedWith: "string",
        replaceWith: STRINGS,
        created: "time",
        modified: "time",
        sourcePosition: "string",
        stackTrace: { list: { go: "StackFrameV1", struct: { sourcePosition: "string" } } },
        ignoreChanges: STRINGS,
        // []resource.PropertyPath, a PropertyPath being []any.
        hideDiff: { list: { list: "any" } },
        replaceOnChanges: STRINGS,
        replacementTrigger: "any",
        refreshBeforeUpdate: "bool",
        viewOf: "string",
        resourceHooks: { map: STRINGS },
        extensionRef: "string",
        snippetID: "string",
    },
};

/** A snippet's package (PackageDescriptorV1, its version a *semver.Version). */
const PACKAGE_DESCRIPTOR_TYPES: GoJson = {
    go: "PackageDescriptorV1",
    struct: {
        name: "string",
        version: "semver",
        downloadURL: "string",
        parameterization: {
            go: "ParameterizationDescriptorV1",
            struct: { name: "string", version: "semver", value: "bytes" },
        },
    },
};

/**
 * What `pulumi stack export` writes, as the Go types that read it back (pulumi/pulumi sdk/go/common/apitype/core.go
 * at 1b5949891b3c: UntypedDeployment `{version, features, deployment}`, DeploymentV3, ManifestV1 and PluginInfoV1,
 * SecretsProvidersV1, SnapshotMetadataV1, OperationV2, ResourceV3, SnippetV1, Extension): the one statement of the
 * export's fields, read both for their keys' case (EXPORT_FIELDS, fieldCaseProblems) and for their JSON types
 * (typeProblems). A secret (`{"4dabf...": ..., ciphertext | plaintext}`) is a value of an inputs/outputs map: data.
 */
const EXPORT_TYPES: GoJson = {
    go: "UntypedDeployment",
    struct: {
        version: "int",
        features: STRINGS,
        deployment: {
            go: "DeploymentV3",
            struct: {
                manifest: {
                    go: "ManifestV1",
                    struct: {
                        time: "time",
                        magic: "string",
                        version: "string",
                        plugins: {
                            list: {
                                go: "PluginInfoV1",
                                struct: { name: "string", path: "string", type: "string", version: "string" },
                            },
                        },
                    },
                },
                secrets_providers: { go: "SecretsProvidersV1", struct: { type: "string", state: "any" } },
                resources: { list: RESOURCE_TYPES },
                pending_operations: {
                    list: { go: "OperationV2", struct: { resource: RESOURCE_TYPES, type: "string" } },
                },
                metadata: {
                    go: "SnapshotMetadataV1",
                    struct: {
                        integrity_error: {
                            go: "SnapshotIntegrityErrorMetadataV1",
                            struct: {
                                version: "string",
                                command: "string",
                                error: "string",
                                env_vars: { map: "string" },
                            },
                        },
                    },
                },
                snippets: {
                    list: {
                        go: "SnippetV1",
                        struct: {
                            uuid: "string",
                            name: "string",
                            type: "string",
                            code: "string",
                            descriptor: PACKAGE_DESCRIPTOR_TYPES,
                            references: { map: "string" },
                        },
                    },
                },
                extensions: { map: { go: "Extension", struct: { name: "string", version: "string", value: "bytes" } } },
            },
        },
    },
};

/** The keys of a GoJson as goFieldProblems matches them: its structs, and the lists and maps holding structs. */
function goShapeOf(type: GoJson): GoShape | undefined {
    if (typeof type === "string") return undefined;
    if ("struct" in type)
        return { struct: Object.fromEntries(Object.entries(type.struct).map(([k, t]) => [k, goShapeOf(t)])) };
    const inner = goShapeOf("list" in type ? type.list : type.map);
    if (!inner) return undefined;
    return "list" in type ? { list: inner } : { map: inner };
}

/** The export's struct fields by their json tags, for their keys' case (fieldCaseProblems). */
const EXPORT_FIELDS = goShapeOf(EXPORT_TYPES) as GoShape;

/**
 * Whether Go's time.Time reads `text`: its UnmarshalJSON parses the string as RFC 3339 (go/src/time
 * format_rfc3339.go parseStrictRFC3339, falling back to time.Parse(time.RFC3339, ...) with the strict checks off,
 * go.dev/issue/54580): a 4-digit year, a month and a day of that month, `T`, an hour of one or two digits, minutes
 * and seconds (no leap second), an optional fraction after `.` or `,`, then `Z` or an offset ±hh:mm (Go's range test
 * allows up to 24:60). `pulumi stack export` writes RFC3339Nano (`2024-06-04T10:00:00.123456789Z`).
 */
function isGoTime(text: string): boolean {
    const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d?):(\d\d):(\d\d)(?:[.,]\d+)?(?:Z|[+-](\d\d):(\d\d))$/.exec(text);
    if (!m) return false;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    const offsetOk = m[7] === undefined || (Number(m[7]) <= 24 && Number(m[8]) <= 60);
    return days !== undefined && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59 && offsetOk;
}

/** A version blang/semver's Parse reads (Pulumi's semver.Version): semver 2.0.0's grammar, no `v` prefix. */
const SEMVER =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

/**
 * The text of a number Go's encoding/json stores into an `int` (the export's one: pulumi/pulumi sdk/go/common/apitype/
 * core.go UntypedDeployment `Version int json:"version"`): literalStore reads it with strconv.ParseInt(s, 10, 64)
 * (golang/go src/encoding/json/decode.go), which takes an optional minus and decimal digits only (no fraction, no
 * exponent: "cannot unmarshal number 3.0 into Go struct field UntypedDeployment.version of type int") within int64
 * (`int` on the 64-bit platforms Pulumi ships for; OverflowInt). JSON.parse reads `3.0`, `3e0` and `3` alike, so the
 * rule is on the token's text (rawTokens).
 */
function isGoInt(text: string): boolean {
    if (!/^-?\d+$/.test(text)) return false;
    const n = BigInt(text);
    return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/**
 * Whether a time's JSON token is one time.Time reads: its UnmarshalJSON does not unescape the string, it strips the two
 * quotes and parses the raw bytes (golang/go src/time/time.go Time.UnmarshalJSON: "TODO(https://go.dev/issue/47353):
 * Properly unescape a JSON string"), so a time written with an escape (`...00\u005a`, JSON.parse's "...00Z") is no
 * RFC 3339 text to Go and `pulumi stack import` refuses it. Go's MarshalJSON appends the RFC3339Nano bytes, so no
 * export writes an escape in a time. rawTokens keeps a string's token only when it holds an escape.
 */
function isTimeText(token: string | undefined): boolean {
    return token === undefined || !token.includes("\\");
}

/**
 * What a GoJson leaf accepts besides null, and how a message names it: by the value JSON.parse made, and for `int` and
 * `time` by the token's source text too (rawTokens: a number's always, a string's when it holds an escape).
 */
const GO_LEAVES: Readonly<
    Record<Exclude<GoJson, object>, { accepts: (v: unknown, token: string | undefined) => boolean; what: string }>
> = {
    string: { accepts: v => typeof v === "string", what: "a string" },
    bool: { accepts: v => typeof v === "boolean", what: "true or false" },
    int: {
        accepts: (v, token) => typeof v === "number" && isGoInt(token ?? String(v)),
        what: "a whole number of int64's range, written in decimal digits (no fraction or exponent: strconv.ParseInt)",
    },
    float: {
        accepts: v => typeof v === "number" && Number.isFinite(v),
        what: "a number within float64's range (strconv.ParseFloat)",
    },
    time: {
        accepts: (v, token) => typeof v === "string" && isGoTime(v) && isTimeText(token),
        what: "an RFC 3339 time, Go's time.Time, written without JSON escapes (time.Time.UnmarshalJSON reads the raw bytes; e.g. 2024-06-04T10:00:00.123456789Z or 2024-06-04T12:00:00+02:00)",
    },
    bytes: { accepts: v => typeof v === "string" && BASE64.test(v), what: "a base64 string (Go's []byte)" },
    semver: { accepts: v => typeof v === "string" && SEMVER.test(v), what: "a semantic version string (e.g. 7.48.0)" },
    // Every JSON value but a number out of float64's range (convertNumber), which goTypeProblems names at its own path.
    any: { accepts: () => true, what: "any JSON value, its numbers within float64's range (strconv.ParseFloat)" },
};

/** A value Go's encoding/json cannot decode into its field: where it is, what it is, and what the field takes. */
interface GoTypeProblem {
    at: string;
    shown: string;
    /** The field as Pulumi's Go types name it: `ResourceV3.id`, `ResourceV3.dependencies[]`, `Extension.value`. */
    field: string;
    takes: string;
}

/** How a refused value reads in a message: a string or number by its text in the file, else its kind. */
function shownValue(value: unknown, token: string | undefined): string {
    const shown =
        typeof value === "string"
            ? (token ?? JSON.stringify(value))
            : typeof value === "number" && token !== undefined
              ? `the number ${token}`
              : kindOf(value);
    return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

/** Where goTypeProblems reads: the paths their own reader refused (`skip`), the tokens' text, the problems found. */
interface GoTypeWalk {
    skip: ReadonlySet<string>;
    raw: RawTokens;
    out: GoTypeProblem[];
}

/**
 * Every value of `value` (of the Go type `type`, at `at`, the field `field`, written as `token` in the file when
 * rawTokens kept it) that encoding/json cannot decode into its field. Paths in `walk.skip` were refused by their own
 * reader already (a resource without urn): not walked, so nothing is named twice.
 */
function goTypeProblems(
    value: unknown,
    type: GoJson,
    at: string,
    field: string,
    walk: GoTypeWalk,
    token?: string,
): void {
    if (value === null || value === undefined || walk.skip.has(at)) return;
    const refuse = (takes: string) => {
        walk.out.push({ at, shown: shownValue(value, token), field, takes });
    };
    const member = (holder: object, key: string) => walk.raw.get(holder)?.get(key);
    if (typeof type === "string") {
        if (!GO_LEAVES[type].accepts(value, token)) refuse(GO_LEAVES[type].what);
        else if (type === "any")
            for (const n of outOfRangeNumbers(value, at, walk.raw, token))
                walk.out.push({ at: n.at, shown: `the number ${n.text}`, field, takes: GO_LEAVES.any.what });
        return;
    }
    if ("list" in type) {
        if (!Array.isArray(value)) return refuse("a list");
        value.forEach((v, i) =>
            goTypeProblems(v, type.list, `${at}[${i}]`, `${field}[]`, walk, member(value, String(i))),
        );
        return;
    }
    if (!isObject(value)) return refuse("map" in type ? "an object (a map)" : `an object (${type.go})`);
    if ("map" in type) {
        for (const [k, v] of Object.entries(value))
            goTypeProblems(v, type.map, `${at}.${k}`, `${field}[key]`, walk, member(value, k));
        return;
    }
    // Exact json tags only: another case of a key is fieldCaseProblems' refusal, and Go ignores unknown keys.
    for (const [k, t] of Object.entries(type.struct))
        if (Object.hasOwn(value, k))
            goTypeProblems(value[k], t, at ? `${at}.${k}` : k, `${type.go}.${k}`, walk, member(value, k));
}

/**
 * Every field of the export whose JSON type (or, for a time, a version or a number, whose text or range) Go's
 * encoding/json cannot decode into Pulumi's struct (EXPORT_TYPES), named with its path and resource: `pulumi stack import` and every Go
 * reader of the state fail on it ("json: cannot unmarshal number into Go struct field ResourceV3.id of type
 * resource.ID"), so no `pulumi stack export` writes it, and the audit does not read past it (a numeric id read as no
 * id, a manifest time it would print as "Exported ..."). `skip`: entries their own reader refused already.
 */
function typeProblems(doc: unknown, file: string, skip: ReadonlySet<string>, raw: RawTokens): string[] {
    const found: GoTypeProblem[] = [];
    goTypeProblems(doc, EXPORT_TYPES, "", "UntypedDeployment", { skip, raw, out: found });
    const deployment = isObject(doc) ? doc.deployment : undefined;
    return found.map(({ at, shown, field, takes }) => {
        const urn = urnAt(deployment, at);
        return `${file}: ${at}${urn ? ` (in ${urn})` : ""} is ${shown}, where Pulumi reads ${field} as ${takes}: encoding/json refuses it, so Pulumi cannot read this state and no \`pulumi stack export\` writes it; ${FIX_EXPORT}.`;
    });
}

/**
 * Why an export whose keys Go's encoding/json reads as other fields than the audit does is refused: `pulumi stack
 * import` and every Go reader of the file decode it into the apitype structs (EXPORT_FIELDS), matching a key to a
 * field "preferring an exact match but also accepting a case-insensitive match" (Go encoding/json Unmarshal) and
 * keeping the last of two keys of one field, while the audit reads each field by its exact json tag: `inputs` then
 * `Inputs` in one resource is two policies, one audited and one imported. Two keys folding to one field, or a field
 * written in another case alone, are refused naming the path, the keys and the fix, with the one fold-matcher the
 * project and stack files are read with (tools/offline/stackFile.ts goFieldProblems). Map keys (inputs, outputs,
 * tags) are data, matched exactly by Go as by the audit: `{"Name", "name"}` tags are two tags.
 */
function fieldCaseProblems(doc: unknown, file: string): void {
    const found: GoFieldProblem[] = [];
    goFieldProblems(doc, EXPORT_FIELDS, "", found);
    if (found.length === 0) return;
    const deployment = isObject(doc) ? doc.deployment : undefined;
    const lines = found.map(p => describeGoFieldProblem({ ...p, at: `${p.at}${ownerOf(deployment, p.at)}` }));
    const why =
        "Go's encoding/json (pulumi stack import, every Go reader of an export) matches a key to a field case-insensitively and keeps the last of two, while the audit reads the field as `pulumi stack export` writes it (its json tag, once), so the two would read different values: this is an edited document, not an export";
    throw new AuditError(
        lines.length === 1
            ? `${file}: ${lines[0]}. ${why}; ${FIX_EXPORT}.`
            : `${file} has ${lines.length} fields written otherwise than their json tag (all listed). ${why}; ${FIX_EXPORT}.`,
        lines.length === 1 ? [] : lines,
    );
}

/** The URN of the resource a path inside `deployment.resources[i]` or `deployment.pending_operations[i]` is in. */
function urnAt(deployment: unknown, at: string): string | undefined {
    const m = /^deployment\.(resources|pending_operations)\[(\d+)\]/.exec(at);
    const list = m && isObject(deployment) ? deployment[m[1]] : undefined;
    if (!m || !Array.isArray(list)) return undefined;
    const entry: unknown = list[Number(m[2])];
    const r = m[1] === "resources" ? entry : isObject(entry) ? entry.resource : undefined;
    return isObject(r) && typeof r.urn === "string" ? r.urn : undefined;
}

/** `, in <urn>` for a path inside a resource of the export (urnAt); else "". */
function ownerOf(deployment: unknown, at: string): string {
    const urn = urnAt(deployment, at);
    return urn ? `, in ${urn}` : "";
}

/**
 * Why an export whose `deployment.metadata.integrity_error` is set is refused (exit 2), with the fix; undefined when
 * the field is absent or null. Pulumi writes it (apitype SnapshotMetadataV1 `integrity_error`:
 * SnapshotIntegrityErrorMetadataV1 {version, command, error, env_vars}; pulumi/pulumi#17291) when the snapshot it
 * is about to save fails its integrity check (pkg/backend/snapshot.go and journal.go saveSnapshot:
 * snapshot.VerifyIntegrity, "missing or out-of-order dependencies, or unparseable data"): it saves the invalid
 * snapshot with the record anyway, then fails the command unless --disable-integrity-checking. Every later write of
 * a valid snapshot clears it ("Metadata will be cleared out by a successful operation"), as does a successful
 * `pulumi state repair` (or the engine's own auto-repair). So an export holding it is a state whose last write
 * Pulumi found invalid and that nothing has repaired since.
 * DECIDED (round 34): refused whatever the resources look like. Pulumi itself consults the record only to report a
 * failing read (pkg/backend/diy/state.go and httpstate/state.go getSnapshot re-run VerifyIntegrity and refuse "snapshot
 * integrity failure; refusing to use it"), so a state that passes a newer CLI's check reads without complaint; but
 * the audit cannot run Pulumi's check (it changes with the CLI), and a verdict on a state Pulumi recorded as invalid
 * is one on a state no deployment produced. `pulumi state repair` (pkg/cmd/pulumi/state/state_repair.go, the fix
 * the CLI's own integrity banner recommends) rewrites it valid; when it answers "The snapshot is already valid;
 * skipping repair" it writes nothing, and any successful operation (`pulumi refresh`) rewrites the state without
 * the record.
 */
function integrityProblem(metadata: unknown, file: string): string | undefined {
    if (metadata === undefined || metadata === null) return undefined;
    if (!isObject(metadata))
        return `${file}: deployment.metadata is ${JSON.stringify(metadata)}, not an object (Pulumi's snapshot metadata); ${FIX_EXPORT}.`;
    const record = metadata.integrity_error;
    if (record === undefined || record === null) return undefined;
    if (!isObject(record))
        return `${file}: deployment.metadata.integrity_error is ${JSON.stringify(record)}, not Pulumi's integrity error record ({version, command, error}); ${FIX_EXPORT}.`;
    const said = (["error", "command", "version"] as const)
        .filter(k => typeof record[k] === "string" && record[k] !== "")
        .map(k => `${k}: ${JSON.stringify(record[k])}`);
    return (
        `${file} records a snapshot integrity error (deployment.metadata.integrity_error${said.length > 0 ? `, ${said.join(", ")}` : ""}): ` +
        "the Pulumi CLI that last wrote this state found it invalid (a resource whose dependency, parent or provider is missing or out of order) and saved it anyway, and no successful operation has rewritten it since. " +
        "The audit does not judge a state Pulumi itself recorded as invalid: its verdict would be on a state no deployment produced. " +
        "Fix: run `pulumi state repair` on the stack (it repairs the state and writes it back without the record; if it says the snapshot is already valid, run `pulumi refresh`, whose successful write clears the record), then export it again: pulumi stack export --file FILE."
    );
}

const SCHEMAS_READ =
    '`pulumi stack export` writes {"version": 3, "deployment": {...}}, or {"version": 4, "features": [...], "deployment": {...}} when the stack uses a deployment feature (Pulumi CLIs since 3.187.0)';

/**
 * The export's schema version and the features Pulumi reads from it (DEPLOYMENT_VERSIONS, DEPLOYMENT_FEATURES), or
 * an AuditError naming what is wrong and the fix. As UnmarshalUntypedDeployment: `features` must be a list of names
 * in every version (Go decodes UntypedDeployment.Features, a []string, whatever the version), and its names are
 * checked from version 4 on, each against supportedFeatures exactly (a map lookup: "Taint" is no feature).
 */
function readSchema(
    doc: Record<string, unknown>,
    file: string,
    raw: RawTokens,
): { version: number; features: string[] } {
    const { version, features } = doc;
    // UntypedDeployment.Version is a Go int: read as GO_LEAVES reads one, by its text.
    const token = raw.get(doc)?.get("version");
    if (typeof version !== "number" || !GO_LEAVES.int.accepts(version, token))
        throw new AuditError(
            `${file} has ${version === undefined ? "no deployment version" : `deployment version ${token ?? JSON.stringify(version)}, which is not a schema version: Pulumi reads "version" as ${GO_LEAVES.int.what}`}: ${SCHEMAS_READ}; ${FIX_EXPORT}.`,
        );
    if (version < DEPLOYMENT_VERSIONS[0])
        throw new AuditError(
            `${file} has deployment version ${version}, an older schema than Pulumi CLIs 3.x write; the audit reads versions ${DEPLOYMENT_VERSIONS.join(" and ")}: ${SCHEMAS_READ}. Export the stack again with a current Pulumi CLI (it migrates the state on read): pulumi stack export --file FILE.`,
        );
    if (version > DEPLOYMENT_VERSIONS[DEPLOYMENT_VERSIONS.length - 1])
        throw new AuditError(
            `${file} has deployment version ${version}, newer than any the audit reads (${DEPLOYMENT_VERSIONS.join(" and ")}, what Pulumi CLIs up to 3.259.0 write; Pulumi refuses a version it does not know: "this stack's deployment version is too new"). The audit cannot know what that schema changes; if a newer Pulumi CLI wrote it, teach tools/audit/exportFile.ts that schema (pulumi/pulumi pkg/resource/stack/deployment.go) before auditing it; otherwise ${FIX_EXPORT}.`,
        );
    if (
        features !== undefined &&
        features !== null &&
        !(Array.isArray(features) && features.every(f => typeof f === "string"))
    )
        throw new AuditError(
            `${file}: "features" is ${JSON.stringify(features)}, not a list of feature names (e.g. ["refreshBeforeUpdate", "taint"]); ${FIX_EXPORT}.`,
        );
    if (version < 4) return { version, features: [] };
    const listed = (features ?? []) as string[];
    const unknown = [...new Set(listed.filter(f => !Object.hasOwn(DEPLOYMENT_FEATURES, f)))];
    if (unknown.length > 0)
        throw new AuditError(
            `${file} has deployment version 4 listing ${unknown.length === 1 ? "a feature" : "features"} the audit does not know: ${unknown.map(f => JSON.stringify(f)).join(", ")}. ` +
                `It knows ${Object.keys(DEPLOYMENT_FEATURES).join(", ")} (Pulumi's supportedFeatures as of 3.259.0; names are case-sensitive). ` +
                `Pulumi refuses a deployment needing a feature it does not support ("this stack's deployment needs support for the following features"), and the audit cannot judge what an unknown feature changes in what a resource grants. ` +
                `If a newer Pulumi CLI wrote it, teach the audit the feature (tools/audit/exportFile.ts DEPLOYMENT_FEATURES: what it changes for the verdict, from pulumi/pulumi pkg/resource/stack/deployment.go ApplyFeatures) and audit again; otherwise ${FIX_EXPORT}.`,
        );
    return { version, features: [...new Set(listed)] };
}

/** Parses an export held in memory (tests, the benchmark); `file` names it in messages. */
export function parseExport(text: string, file: string): StateExport {
    let doc: unknown;
    try {
        doc = parseJsonStrict(text);
    } catch (e) {
        if (e instanceof DuplicateJsonKeyError) {
            // The text is JSON (parseJsonStrict parsed it before it looked for duplicates): read it to name owners.
            const deployment = (JSON.parse(text) as { deployment?: unknown }).deployment;
            const found = e.duplicates.map(d => `${describeDuplicate(d)}${ownerOf(deployment, d.path)}`);
            throw new AuditError(
                `${file} has ${found.length === 1 ? found[0] : `${found.length} keys written more than once in one object (all listed)`}: ${NEVER_WRITTEN_TWICE}, so this is a merged or edited document, not an export; ${FIX_EXPORT}.`,
                found.length === 1 ? [] : found,
            );
        }
        throw new AuditError(`${file} is not JSON (${(e as Error).message}); ${FIX_EXPORT}.`);
    }
    fieldCaseProblems(doc, file);
    const raw = rawTokens(text, doc);
    if (!isObject(doc) || !("deployment" in doc)) {
        const hint =
            isObject(doc) && "checkpoint" in doc
                ? " It looks like a backend checkpoint file (.pulumi/stacks/...): export the stack instead,"
                : "";
        throw new AuditError(
            `${file} is not a stack export: it has no top-level "deployment" (an export is {"version": 3 or 4, "deployment": {...}}).${hint} ${FIX_EXPORT}.`,
        );
    }
    const { version, features } = readSchema(doc, file, raw);
    const deployment = doc.deployment;
    if (!isObject(deployment)) throw new AuditError(`${file}: "deployment" is not an object; ${FIX_EXPORT}.`);
    const manifest = isObject(deployment.manifest) ? deployment.manifest : undefined;
    if (!manifest)
        throw new AuditError(`${file}: the deployment has no manifest, so it is not a stack export; ${FIX_EXPORT}.`);
    const magic = magicProblem(manifest, file);
    if (magic) throw new AuditError(magic);
    const integrity = integrityProblem(deployment.metadata, file);
    if (integrity) throw new AuditError(integrity);
    const rawResources = deployment.resources ?? [];
    if (!Array.isArray(rawResources))
        throw new AuditError(`${file}: deployment.resources is not a list; ${FIX_EXPORT}.`);
    const walk: SecretWalk = { redacted: [], byteStrings: [], plaintext: false };
    // Every malformed resource (and pending operation) of the export at once, not the first one only; `refused`
    // holds the paths their own reader named, which typeProblems then leaves alone (one problem, one line).
    const problems: string[] = [];
    const refused = new Set<string>();
    const each = <T>(list: unknown[], at: string, read: (raw: unknown, i: number) => T): T[] =>
        list.flatMap((raw, i) => {
            try {
                return [read(raw, i)];
            } catch (e) {
                if (!(e instanceof AuditError)) throw e;
                problems.push(e.message);
                refused.add(`${at}[${i}]`);
                return [];
            }
        });
    const all = each(rawResources, "deployment.resources", (r, i) =>
        readResource(r, `${file}: deployment.resources[${i}]`, walk),
    );

    const notList = (at: string) => {
        problems.push(`${file}: ${at} is not a list; ${FIX_EXPORT}.`);
        refused.add(at);
    };
    const rawOps = deployment.pending_operations ?? [];
    if (!Array.isArray(rawOps)) notList("deployment.pending_operations");
    const pendingOperations: PendingOperation[] = each(
        Array.isArray(rawOps) ? rawOps : [],
        "deployment.pending_operations",
        (op, i) => {
            const where = `${file}: deployment.pending_operations[${i}]`;
            if (!isObject(op)) throw new AuditError(`${where} is not an object; ${FIX_EXPORT}.`);
            const r = readResource(op.resource, `${where}.resource`, walk, `pending_operations[${i}].`);
            return { type: typeof op.type === "string" ? op.type : "(unknown)", urn: r.urn, resourceType: r.type };
        },
    );
    // DeploymentV3.snippets (SnippetV1 {uuid, name, type, code, descriptor, references}): read in every version, as
    // Pulumi decodes and reruns them whatever the version says (the feature only makes older CLIs refuse the file).
    const rawSnippets = deployment.snippets ?? [];
    if (!Array.isArray(rawSnippets)) notList("deployment.snippets");
    // A resource names its snippet by uuid (ResourceV3.snippetID), so VerifyIntegrity (pkg/resource/deploy/snapshot.go)
    // refuses a uuid used twice: which code reruns for such a resource is not defined by the file.
    const snippetIndexes = new Map<string, number>();
    const snippets: Snippet[] = each(Array.isArray(rawSnippets) ? rawSnippets : [], "deployment.snippets", (raw, i) => {
        const where = `${file}: deployment.snippets[${i}]`;
        const ok = (v: unknown): v is string => typeof v === "string" && v !== "";
        if (!isObject(raw) || !ok(raw.uuid) || !ok(raw.name) || !ok(raw.type))
            throw new AuditError(
                `${where} is not a snippet ({"uuid", "name", "type", "code", "descriptor"}, each a string but the descriptor); ${FIX_EXPORT}.`,
            );
        const other = snippetIndexes.get(raw.uuid);
        if (other !== undefined)
            throw new AuditError(
                `${where}: duplicate snippet uuid ${JSON.stringify(raw.uuid)} at indexes ${other} and ${i}, which Pulumi's own state check refuses (pkg/resource/deploy/snapshot.go VerifyIntegrity: every snippet has a unique uuid, the key its resources' snippetID names it by), so no \`pulumi stack export\` writes it and \`pulumi stack import\` refuses it; ${FIX_EXPORT}.`,
            );
        snippetIndexes.set(raw.uuid, i);
        return { uuid: raw.uuid, name: raw.name, type: raw.type };
    });
    // Every other field Go decodes, by its type (a numeric id, a manifest time that is no RFC 3339, plugins not a list).
    problems.push(...typeProblems(doc, file, refused, raw));
    if (problems.length === 1) throw new AuditError(problems[0]);
    if (problems.length > 1) {
        // Each line without the shared fix, said once in the head line.
        const tail = ` ${FIX_EXPORT}.`;
        throw new AuditError(
            `${file} has ${problems.length} malformed entries (all listed); ${FIX_EXPORT}:`,
            problems.map(m => (m.endsWith(tail) ? `${m.slice(0, -tail.length - 1)}.` : m)),
        );
    }

    // A pending operation's resource belongs to the exported stack as much as a live one: one of another stack
    // or project makes the export a mixed one too (exit 2), never this stack's interrupted update.
    const urns = [...all.map(r => r.urn), ...pendingOperations.map(o => o.urn)];
    const stacks = new Set(urns.map(u => parseUrn(u).stack));
    const projects = new Set(urns.map(u => parseUrn(u).project));
    if (stacks.size > 1 || projects.size > 1) {
        throw new AuditError(
            `${file} mixes resources of several stacks (${[...stacks].join(", ")}) or projects (${[...projects].join(", ")}): a stack export names one; export each stack separately.`,
        );
    }
    // Per URN, every entry but at most one is `delete: true`: pkg/resource/deploy/snapshot.go VerifyIntegrity (and
    // pkg/resource/stack/snapshot/integrity.go, at 1b5949891b3c) counts the `Delete` entries of a URN and refuses
    // `deletes != len(states)-1 && deletes != len(states)` ("duplicate resource %s (not marked for deletion)"), so a
    // `pendingReplacement` entry counts as much as a live one: a pendingReplacement copy beside its live resource is
    // refused on every read and by `pulumi stack import`, and no `pulumi stack export` writes it (a delete-before-
    // replace marks the deleted entry `pendingReplacement`, pkg/resource/deploy/step.go DeleteStep, and the create of
    // its replacement flushes it in the same write, pkg/backend/snapshot.go). A hand-merged or concatenated export
    // would have the pack judge one resource twice (and the drift match either copy).
    const seen = new Map<string, number>();
    for (const r of all) if (!r.delete) seen.set(r.urn, (seen.get(r.urn) ?? 0) + 1);
    const duplicated = [...seen].filter(([, n]) => n > 1);
    if (duplicated.length > 0) {
        throw new AuditError(
            `${file} holds ${duplicated.length === 1 ? "a URN" : `${duplicated.length} URNs`} more than once not marked \`delete: true\` (live or \`pendingReplacement\`), which Pulumi's own state check refuses ("duplicate resource ... not marked for deletion": every entry of a URN but one must be \`delete: true\`): a stack has one resource per URN, so this is a merged or edited document, not an export; ${FIX_EXPORT}.`,
            duplicated.map(([urn, n]) => `${urn} (${n} times)`),
        );
    }
    const graph = graphProblems(all);
    if (graph.length > 0) {
        const rule =
            "(pkg/resource/deploy/snapshot.go VerifyIntegrity: a resource's parent, dependencies, property dependencies, deletedWith and replaceWith must name resources listed before it in deployment.resources, and its provider reference must be `<provider urn>::<id>`)";
        const fix =
            'Pulumi checks the state on every read ("snapshot integrity failure; refusing to use it"), so no `pulumi stack export` writes this, and `pulumi stack import` refuses it ("state file contains errors"): this is an edited, filtered or merged document, not an export. Export the whole stack again (pulumi stack export --file FILE), unedited; if Pulumi reports the stack\'s own state invalid, run `pulumi state repair` first (it reorders resources and removes references to missing ones)';
        throw new AuditError(
            graph.length === 1
                ? `${file}: ${graph[0]}, which Pulumi's own state check refuses ${rule}. ${fix}.`
                : `${file} has ${graph.length} references between resources that Pulumi's own state check refuses ${rule}, all listed. ${fix}.`,
            graph.length === 1 ? [] : graph,
        );
    }
    const secretsProviders = isObject(deployment.secrets_providers) ? deployment.secrets_providers : undefined;
    return {
        file,
        version,
        features,
        manifest: {
            time: typeof manifest.time === "string" ? manifest.time : undefined,
            version: typeof manifest.version === "string" ? manifest.version : undefined,
        },
        secretsProvider: typeof secretsProviders?.type === "string" ? secretsProviders.type : undefined,
        stack: [...stacks][0],
        project: [...projects][0],
        resources: all.filter(r => !r.delete && !r.pendingReplacement),
        pendingDeletion: all.filter(r => r.delete || r.pendingReplacement),
        pendingOperations,
        redacted: walk.redacted,
        byteStrings: walk.byteStrings,
        plaintextSecrets: walk.plaintext,
        snippets,
    };
}

/**
 * Files that are no JSON text by their first bytes, with what they are and the fix. `pulumi stack export --file`
 * writes plain UTF-8 JSON; a self-managed (DIY) backend keeps its checkpoints gzip-compressed as
 * .pulumi/stacks/<project>/<stack>.json.gz when PULUMI_DIY_BACKEND_GZIP (formerly PULUMI_SELF_MANAGED_STATE_GZIP)
 * is set (pulumi/pulumi sdk/go/common/env: DIYBackendGzip, "Enables gzip compression when writing state files";
 * sdk/go/common/encoding/marshal.go: GZIPExt ".gz", IsCompressed tests gzip's magic bytes 1f 8b 08), and such a
 * checkpoint is no export even decompressed; a `pulumi stack export | gzip` or a zip of it needs decompressing;
 * Windows PowerShell's `>` writes UTF-16. DECIDED (round 31): named and refused, not read transparently: the audit
 * reads the one format `pulumi stack export --file` writes, and never inflates an archive of unknown size.
 */
const NOT_JSON_TEXT: ReadonlyArray<{ magic: number[]; what: string; fix: string }> = [
    {
        magic: [0x1f, 0x8b],
        what: "gzip-compressed",
        fix: "decompress it (gunzip -k FILE, or gzip -dc FILE > prod-state.json) and pass the .json; a self-managed backend's .pulumi/stacks/<project>/<stack>.json.gz is the backend's checkpoint, not an export: run pulumi stack export --file FILE instead",
    },
    { magic: [0x50, 0x4b, 0x03, 0x04], what: "a zip archive", fix: "unzip it and pass the export inside" },
    { magic: [0x42, 0x5a, 0x68], what: "bzip2-compressed", fix: "decompress it (bunzip2 -k FILE) and pass the .json" },
    {
        magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
        what: "xz-compressed",
        fix: "decompress it (unxz -k FILE) and pass the .json",
    },
    { magic: [0x28, 0xb5, 0x2f, 0xfd], what: "zstd-compressed", fix: "decompress it (unzstd FILE) and pass the .json" },
    {
        magic: [0xff, 0xfe],
        what: "UTF-16 text (as Windows PowerShell's > and Out-File write it), not UTF-8",
        fix: "write the export with pulumi stack export --file FILE (UTF-8), not a shell redirection",
    },
    {
        magic: [0xfe, 0xff],
        what: "UTF-16 text, not UTF-8",
        fix: "write the export with pulumi stack export --file FILE (UTF-8), not a shell redirection",
    },
];

/** Reads FILE; every problem is an AuditError (exit 2). */
export function readExport(file: string): StateExport {
    let bytes: Buffer;
    try {
        // The one check of the tools' input files (tools/private/paths.ts): a pipe is read to EOF (process
        // substitution), a file over the limit is refused by its size before a byte is read.
        bytes = readInputFile(file, "a stack export");
    } catch (e) {
        if (!(e instanceof InputFileError)) throw e;
        throw new AuditError(
            e.missing
                ? `${file} does not exist; pass --state with the file \`pulumi stack export --file FILE\` wrote.`
                : `${e.message}; pass --state with the file \`pulumi stack export --file FILE\` wrote (check the path and its permissions).`,
        );
    }
    const format = NOT_JSON_TEXT.find(f => f.magic.every((b, i) => bytes[i] === b));
    if (format)
        throw new AuditError(
            `${file} is ${format.what}, not the JSON text \`pulumi stack export --file FILE\` writes: ${format.fix}.`,
        );
    const text = bytes.toString("utf8");
    if (text.trim() === "") throw new AuditError(`${file} is empty; ${FIX_EXPORT}.`);
    return parseExport(text, file);
}
