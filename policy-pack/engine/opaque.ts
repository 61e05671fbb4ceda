/**
 * Resources that create what the engine does not read: a CloudFormation template, a Cloud Control `desiredState`, a
 * resource of the `aws-native` provider, an Identity Center permission set's policies. Each can give someone the use
 * of a custody key (a RolePolicy with kms:Decrypt, a key policy, an alias pointing a share at another key), copy a
 * custody table (a Backup selection, a Pipe or event source mapping on its stream, a zero-ETL integration, an
 * AppSync data source) or run commands on the nodes (an SSM association), that no path of the engine shows. The
 * first three are judged by an ALLOWLIST (engine/inertTypes.ts): only types that neither grant access, run code on
 * nodes, nor copy or expose data are accepted, everything else is refused with what it creates and where
 * (round 15: the same copies and node runners the pack refuses as aws resources passed through these paths while
 * they were judged by a list of sensitive types). (AWS CloudFormation User Guide, "AWS resource and property types
 * reference"; Cloud Control API User Guide, "Supported resource types"; IAM Identity Center User Guide, "Permission
 * sets": a permission set becomes an IAM role with its policies in every account it is assigned to.) A Helm v3 Release
 * is refused for the same reason: the Kubernetes objects it installs are not resources the pack sees
 * (Pulumi registry, kubernetes.helm.sh/v4.Chart: "This allows you to apply ... Pulumi Policies to the Kubernetes
 * resources"; a v3 Release "embeds Helm as a library to perform the orchestration of the resources").
 */
import { posix } from "path";
import { parseDocument } from "yaml";
import { stackAccountIds } from "../model/accounts";
import { globsIntersect } from "../model/glob";
import {
    allowedAccountIdsOf,
    linkedByDependency,
    providerAccount,
    type StackResource,
    TYPES,
    unresolvedReference,
} from "../model/resources";
import {
    isInertKind,
    KEDA_SCALED_OBJECT,
    REFERENCE_GRANT,
    referenceGrantOutside,
    RENDERED_POD_KINDS,
    renderedPodOutside,
    scaledObjectOutside,
} from "./customResources";
import { NODE_SECRETS } from "./podSpec";
import { InertContext, inertRefusal, nativeTypeName } from "./inertTypes";
import { namespaceUnknown, objectNamespace } from "./k8sNamespace";
import { containsUnknown, isUnknown, str, unverifiable } from "./raw";
import { ZERO_ETL_INTEGRATIONS } from "./zeroEtl";

export interface OpaqueGrant {
    urn: string;
    message: string;
}

/**
 * Templates, Cloud Control resources and aws-native resources are judged against an ALLOWLIST of types
 * (engine/inertTypes.ts): anything else they create (an IAM policy, a Backup selection of a custody table, an SSM
 * association on every node, a Pipe from a table's stream, an AppSync data source...) is outside the engine's sight.
 */
const FIX = "Write it as the aws: resource, which the pack judges, or deploy it from another stack.";
/** aws-native resources the engine reads as it reads their aws twins: the zero-ETL integrations. */
const NATIVE_READ = new Set(ZERO_ETL_INTEGRATIONS.filter(t => t.startsWith("aws-native:")));
/** Template sections (CloudFormation User Guide, "Template format"); Transform and Hooks are refused, see below. */
const TEMPLATE_SECTIONS = new Set([
    "AWSTemplateFormatVersion",
    "Description",
    "Metadata",
    "Parameters",
    "Rules",
    "Mappings",
    "Conditions",
    "Resources",
    "Outputs",
]);
/** A template resource's attributes (CloudFormation User Guide, "Resource attribute reference"). */
const RESOURCE_KEYS = new Set([
    "Type",
    "Properties",
    "DependsOn",
    "Condition",
    "Metadata",
    "DeletionPolicy",
    "UpdateReplacePolicy",
]);
/** YAML short forms of the intrinsic functions (CloudFormation User Guide, "Intrinsic function reference"). */
const CFN_TAGS = [
    "Ref",
    "Condition",
    "GetAtt",
    "Sub",
    "Join",
    "Select",
    "Split",
    "FindInMap",
    "If",
    "Equals",
    "And",
    "Or",
    "Not",
    "Base64",
    "Cidr",
    "GetAZs",
    "ImportValue",
    "Transform",
    "ToJsonString",
    "Length",
].flatMap(f => {
    const key = f === "Ref" || f === "Condition" ? f : `Fn::${f}`;
    const tag = `!${f}`;
    return [
        { tag, resolve: (v: string) => ({ [key]: v }) },
        {
            tag,
            collection: "seq" as const,
            resolve: (v: { toJSON(): unknown }) => ({ [key]: v.toJSON() }),
        },
        {
            tag,
            collection: "map" as const,
            resolve: (v: { toJSON(): unknown }) => ({ [key]: v.toJSON() }),
        },
    ];
});

function hasKey(v: unknown, key: string): boolean {
    if (Array.isArray(v)) return v.some(x => hasKey(x, key));
    if (v === null || typeof v !== "object") return false;
    return Object.entries(v).some(([k, x]) => k === key || hasKey(x, key));
}

/**
 * A template's refusals: each resource whose type is not on the allowlist or whose properties it refuses. The text
 * is read as YAML (JSON is YAML), duplicate keys refused, so the pack reads what CloudFormation reads; a Transform
 * (a macro, AWS::Serverless, AWS::Include: the template is rewritten before it is deployed, CloudFormation User
 * Guide, "Transform") or an Fn::Transform is refused outright, as are Hooks and unknown sections.
 */
function templateRefusals(text: string, own: (account: string) => boolean): string[] {
    let t: unknown;
    try {
        const doc = parseDocument(text, { customTags: CFN_TAGS, uniqueKeys: true });
        const problem = [...doc.errors, ...doc.warnings][0];
        if (problem) return [`is not one the pack can read (${problem.message.split("\n")[0]})`];
        t = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
        return [`is not one the pack can read (${(e as Error).message.split("\n")[0]})`];
    }
    if (t === null || typeof t !== "object" || Array.isArray(t)) return ["is not a template object"];
    const sections = Object.keys(t).filter(k => !TEMPLATE_SECTIONS.has(k));
    if (sections.length > 0)
        return [
            `declares ${sections.join(", ")} (a Transform rewrites the template before it is deployed; the pack reads only plain templates)`,
        ];
    if (hasKey(t, "Fn::Transform"))
        return ["uses Fn::Transform (AWS::Include or a macro inserts what the pack cannot read)"];
    const resources = (t as Record<string, unknown>).Resources;
    if (resources === null || typeof resources !== "object" || Array.isArray(resources))
        return ["has no Resources the pack can read"];
    const entries = Object.entries(resources as Record<string, unknown>);
    const types = new Map<string, string>();
    for (const [id, res] of entries) {
        const type = (res as Record<string, unknown> | null)?.Type;
        if (typeof type === "string") types.set(id, type);
    }
    const ctx: InertContext = { ownAccount: own, templateTypes: types };
    const out: string[] = [];
    for (const [id, res] of entries) {
        const type = types.get(id);
        if (type === undefined || res === null || typeof res !== "object") {
            out.push(`creates a resource ${id} without a Type the pack can read`);
            continue;
        }
        const extra = Object.keys(res).filter(k => !RESOURCE_KEYS.has(k));
        const why =
            extra.length > 0
                ? `it sets ${extra.join(", ")}, which the pack does not read`
                : inertRefusal(type, (res as Record<string, unknown>).Properties, ctx);
        if (why !== undefined) out.push(`creates ${type} (${id}): ${why}`);
    }
    return out;
}

/** Whether an account is the resource's own: its provider's single allowed account, else one the stack deploys to. */
function ownAccountOf(r: StackResource, stackAccounts: ReadonlySet<string>): (account: string) => boolean {
    const ids = r.provider ? allowedAccountIdsOf(r.provider.props) : undefined;
    return ids && ids.length === 1 ? a => a === ids[0] : a => stackAccounts.has(a);
}

const CFN_STACK = "aws:cloudformation/stack:Stack";
const CFN_STACK_SET = "aws:cloudformation/stackSet:StackSet";
/**
 * AWS Config conformance packs deploy a template of Config rules and remediations; a RemediationConfiguration runs an
 * SSM Automation document with its own role (AWS Config developer guide, "Conformance Packs", "Remediating
 * Noncompliant Resources"), so their templates are read like a stack's.
 */
const CONFORMANCE_PACKS: Record<string, string> = {
    "aws:cfg/conformancePack:ConformancePack": "Config conformance pack",
    "aws:cfg/organizationConformancePack:OrganizationConformancePack": "Config organization conformance pack",
};
const CFN_STACK_SET_INSTANCE = "aws:cloudformation/stackSetInstance:StackSetInstance";
const CFN_STACK_INSTANCES = "aws:cloudformation/stackInstances:StackInstances";
const CLOUD_CONTROL = "aws:cloudcontrol/resource:Resource";
/** Resources that deploy a template or run code the pack cannot read (AWS's own deployers and Pulumi's dynamic ones). */
const OPAQUE_DEPLOYERS: Record<string, string> = {
    "aws:serverlessrepository/cloudFormationStack:CloudFormationStack":
        "deploys a Serverless Application Repository application (a CloudFormation template)",
    "aws:servicecatalog/provisionedProduct:ProvisionedProduct":
        "launches a Service Catalog product (a CloudFormation template, under the portfolio's launch role)",
    "pulumi-nodejs:dynamic:Resource": "is a dynamic provider: its code runs with the deployer's credentials",
    "pulumi-python:dynamic:Resource": "is a dynamic provider: its code runs with the deployer's credentials",
};
/** Local Commands whose script calls a cloud or cluster CLI (`aws kms create-grant`, `kubectl apply`, `ssh`). */
const COMMAND_TYPES = ["command:local:Command"];
const REMOTE_COMMAND = "command:remote:Command";
const CLOUD_CLI = /\b(aws|kubectl|helm|eksctl|terraform|pulumi|cdk|sam|ssh|scp)\s+[-a-z]/;
const SSM_RUNNERS: Record<string, string> = {
    "aws:ssm/association:Association": "runs a Systems Manager document on instances (State Manager)",
    "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask": "runs a task on instances in a maintenance window",
};
const EKS_ADDON = "aws:eks/addon:Addon";
const DLM_POLICY = "aws:dlm/lifecyclePolicy:LifecyclePolicy";
const SSO_ACCOUNT_ASSIGNMENT = "aws:ssoadmin/accountAssignment:AccountAssignment";
const IDENTITY_STORE_MEMBERSHIP = "aws:identitystore/groupMembership:GroupMembership";
/** Whether a DLM policy's schedules run scripts (createRule.scripts: an SSM document run on the targeted instances). */
function dlmRunsScripts(details: unknown): boolean {
    const seen = (v: unknown): boolean =>
        v !== null &&
        typeof v === "object" &&
        Object.entries(v as Record<string, unknown>).some(
            ([k, x]) =>
                (k === "scripts" && x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0)) || seen(x),
        );
    return isUnknown(details) || seen(details);
}
/** EKS add-ons published by AWS (EKS user guide, "AWS add-ons"); Marketplace add-ons are third parties' operators. */
const AWS_ADDONS = new Set([
    "vpc-cni",
    "coredns",
    "kube-proxy",
    "eks-pod-identity-agent",
    "aws-ebs-csi-driver",
    "aws-efs-csi-driver",
    "aws-mountpoint-s3-csi-driver",
    "snapshot-controller",
    "amazon-cloudwatch-observability",
    "adot",
    "aws-guardduty-agent",
    "eks-node-monitoring-agent",
    "aws-network-flow-monitoring-agent",
    "aws-secrets-store-csi-driver-provider",
    // EKS user guide, "Deploy the FSx for Lustre driver": "The Amazon FSx CSI Driver EKS add-on" (aws-fsx-csi-driver).
    "aws-fsx-csi-driver",
]);
/**
 * EKS community add-ons (EKS user guide, "Community add-ons": owner `community`, open-source software AWS packages and
 * validates for version compatibility) whose upstream RBAC only reads and which mount nothing of the node: the
 * Kubernetes Metrics Server (metrics and pod reads, system:auth-delegator), kube-state-metrics (list/watch of
 * objects; reading Secrets is no path to AWS, see engine/kubernetes.ts) and External DNS (reads Services,
 * Ingresses and nodes; its Route 53 role is an identity of the stack, judged as such). The other community add-ons
 * stay refused: cert-manager creates solver pods in any namespace and its cainjector patches webhook
 * configurations, Prometheus Node Exporter mounts the node's root filesystem, Fluent Bit a writable /var/log as root
 * (each a path the pack refuses in a stack's own objects). configurationValues that reach volumes, host namespaces,
 * RBAC, ServiceAccounts or security contexts leave the upstream manifests, so they are refused too.
 */
/**
 * Where a node keeps credentials: the kubelet's pod volumes (projected ServiceAccount tokens, mounted Secrets), the
 * kubelet's and nodeadm's own credentials, processes' environments, SSH and root's home. A node agent's configuration
 * naming one of them (with or without the /rootfs or /host prefix the agent mounts the node at) reads or ships them.
 */
const NODE_CREDENTIAL_DIRS = [
    ...new Set([
        // Every node path the pod judge guards (podSpec.ts NODE_SECRETS: one source of truth), e.g. /mnt/k8s-disks,
        // where nodeadm's RAID0 setup keeps the kubelet's directory (amazon-eks-ami setup-local-disks), and the hybrid
        // nodes' credentials.
        ...NODE_SECRETS.map(p => p.slice(1)),
        "var/run/secrets",
        "run/secrets",
        "var/lib/eks",
        "etc/eks",
        "proc",
        "root",
        "home/*/.ssh",
        "etc/shadow",
    ]),
];
const NODE_ROOT_PREFIXES = ["", "/rootfs", "/host", "/hostfs", "/host-root"];
const NODE_CREDENTIAL_PATHS = new RegExp(
    `(^|[\\s"'=:,[(])(/(${NODE_ROOT_PREFIXES.filter(Boolean)
        .map(p => p.slice(1))
        .join("|")}))?/(${NODE_CREDENTIAL_DIRS.map(d =>
        d.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace("*", `[^/\\s"']+`),
    ).join("|")})(/|\\b)|kubernetes\\.io~projected|serviceaccount/token`,
);
/** The credential directories and everything under them, as globs (`*` any run of characters, `/` included). */
const NODE_CREDENTIAL_GLOBS = NODE_ROOT_PREFIXES.flatMap(p =>
    NODE_CREDENTIAL_DIRS.flatMap(d => [`${p}/${d}`, `${p}/${d}/*`]),
);

/**
 * The IAM-style globs (model/glob.ts) a path glob stands for: `{a,b}` alternatives expanded (read as `*` past 64
 * expansions), a `[...]` class as `?`, escapes dropped. `*` and `?` then cross `/`, a superset of what the agents
 * match (CloudWatch agent file_path: "Standard Unix glob matching rules are accepted, with the addition of ** as a
 * super asterisk"; Fluent Bit tail Path: glob(3)), the safe side for asking whether a credential file can match.
 */
function pathGlobForms(word: string): string[] {
    let forms = [word.replace(/\\(.)/g, "$1").replace(/\[[^\]]*\]/g, "?")];
    for (let round = 0; round < 8 && forms.some(f => /\{[^{}]*\}/.test(f)); round++) {
        forms = forms.flatMap(f => {
            const m = /\{([^{}]*)\}/.exec(f);
            return m ? m[1].split(",").map(a => f.slice(0, m.index) + a + f.slice(m.index + m[0].length)) : [f];
        });
        if (forms.length > 64) return [word.replace(/\{[^]*\}/g, "*").replace(/\[[^\]]*\]/g, "?")];
    }
    return forms.map(f => f.replace(/[{}]/g, "*"));
}

/** Path globs in a string: words holding `/` and a glob character, beginning as a path or a wildcard. */
function pathGlobs(text: string): string[] {
    const words: string[] = [];
    let [word, depth] = ["", 0];
    for (const ch of `${text} `) {
        if (ch === "{") depth++;
        if (ch === "}") depth = Math.max(0, depth - 1);
        if (/[\s"'=;:()]/.test(ch) || (ch === "," && depth === 0)) {
            if (word) words.push(word);
            [word, depth] = ["", 0];
        } else word += ch;
    }
    return words.filter(w => /[*?[{]/.test(w) && w.includes("/") && /^[/*?[{]/.test(w));
}

/**
 * configurationValues is JSON or YAML that EKS parses before the add-on reads it, so a string may spell a path with
 * escapes ("\/" is "/": RFC 8259 section 7) or with `//`, `.` and `..` segments the node resolves. Every key and
 * string value is judged decoded, with its path-like words normalized, as well as the raw text.
 */
function addonCredentialPath(config: unknown): string | undefined {
    if (isUnknown(config)) return unverifiable("configurationValues", "the paths its agents read cannot be judged");
    if (typeof config !== "string") return undefined;
    let parsed: unknown;
    try {
        parsed = JSON.parse(config);
    } catch {
        const doc = parseDocument(config);
        parsed = doc.errors.length === 0 ? doc.toJS() : undefined;
    }
    const strings: string[] = [];
    const walk = (v: unknown): void => {
        if (typeof v === "string") strings.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object")
            for (const [k, x] of Object.entries(v)) {
                strings.push(k);
                walk(x);
            }
    };
    walk(parsed);
    for (const text of [config, ...strings]) {
        const normalized = text.replace(/[^\s"'=:,[\]()]+/g, word =>
            word.includes("/") ? posix.normalize(word) : word,
        );
        const m = NODE_CREDENTIAL_PATHS.exec(text) ?? NODE_CREDENTIAL_PATHS.exec(normalized);
        if (m) return `name a node path holding credentials (${m[0].trim().replace(/^["'=:,[(]/, "")})`;
        // A glob is judged by what it can match, not by how it is spelled: /rootfs/var/lib/*/pods/*/volumes/*/*/token
        // names no credential directory, yet matches the kubelet's projected tokens.
        for (const glob of pathGlobs(text))
            for (const form of [...pathGlobForms(glob), ...pathGlobForms(posix.normalize(glob))])
                if (NODE_CREDENTIAL_GLOBS.some(c => globsIntersect(form, c)))
                    return `hold a path glob that matches node paths holding credentials (${glob})`;
    }
    return undefined;
}

const COMMUNITY_ADDONS = new Set(["metrics-server", "kube-state-metrics", "external-dns"]);
const COMMUNITY_CONFIG_BEYOND_UPSTREAM =
    /volume|host|rbac|role|serviceaccount|securitycontext|privileged|capabilit|initcontainer|sidecar|extracontainer/i;
function communityAddonAsPublished(r: StackResource, name: string): boolean {
    if (!COMMUNITY_ADDONS.has(name)) return false;
    const config = r.props.configurationValues;
    if (config === undefined || config === null) return true;
    return typeof config === "string" && !isUnknown(config) && !COMMUNITY_CONFIG_BEYOND_UPSTREAM.test(config);
}
/**
 * Kubernetes API groups whose objects the pack reads or that create nothing that runs (built-in groups), and
 * policy engines' validate-only kinds. Any other group is a custom resource whose controller is outside the
 * pack's sight. Components whose children are resources (helm.sh Charts v3 and v4, yaml ConfigGroups and ConfigFiles,
 * kustomize Directories) are not objects (a preview that shows one without its children is refused:
 * RENDERED_COMPONENTS).
 */
const KNOWN_GROUPS = new Set([
    "core",
    "apps",
    "batch",
    "rbac.authorization.k8s.io",
    "networking.k8s.io",
    "policy",
    "autoscaling",
    "admissionregistration.k8s.io",
    "scheduling.k8s.io",
    "storage.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
    "node.k8s.io",
    "events.k8s.io",
    "flowcontrol.apiserver.k8s.io",
    "apiextensions.k8s.io",
    // APIService is built in (the kube-aggregator serves it, Kubernetes "Configure the Aggregation Layer"): judged by
    // the group/version it routes in engine/kubernetes.ts (apiServiceReroutes), not as a controller's resource.
    "apiregistration.k8s.io",
    "helm.sh",
    "yaml",
    "kustomize",
    "kyverno.io",
    "templates.gatekeeper.sh",
    "constraints.gatekeeper.sh",
]);
/**
 * Dynamic Resource Allocation (resource.k8s.io, built in: GA as resource.k8s.io/v1 in Kubernetes 1.34, Kubernetes
 * "Dynamic Resource Allocation"): DeviceClasses, ResourceClaims, ResourceClaimTemplates, ResourceSlices and
 * DeviceTaintRules are served by the API server and its scheduler and controllers, which start no pod of the object's
 * and name no identity: a claim is used only by the pods that name it (judged as pods), a class selects devices by
 * CEL. DECIDED (redteam34-api.test.ts): such objects are inert, except where they carry `opaque` configuration
 * (DeviceClass spec.config[].opaque, a claim's spec.devices.config[].opaque: "parameters ... in a format defined by
 * the driver", DeviceConfiguration.opaque in the resource.k8s.io API reference), which the named DRA driver, a
 * privileged node plugin, applies when it prepares the device for a pod (its CDI edits: device nodes, mounts,
 * environment, hooks): what a driver does with them is outside the pack's sight, so refused.
 */
const DRA_TYPE = /^kubernetes:resource\.k8s\.io\/[^:]+:[A-Za-z]+$/;
/** The path of the first `opaque` driver configuration of a DRA object (or an unknown part), or undefined. */
function draDriverParameters(props: Record<string, unknown>): string | undefined {
    const walk = (v: unknown, at: string, depth: number): string | undefined => {
        if (depth > 12) return undefined;
        if (isUnknown(v)) return `${at} (unknown during the preview)`;
        if (Array.isArray(v)) {
            for (const [i, x] of v.entries()) {
                const hit = walk(x, `${at}[${i}]`, depth + 1);
                if (hit) return hit;
            }
            return undefined;
        }
        if (v === null || typeof v !== "object") return undefined;
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
            if (k === "opaque" && x !== undefined && x !== null) return `${at}.${k}`;
            const hit = walk(x, `${at}.${k}`, depth + 1);
            if (hit) return hit;
        }
        return undefined;
    };
    return walk(props.spec, "spec", 0);
}
/**
 * CertificateSigningRequests (certificates.k8s.io, built in: Kubernetes "Certificate Signing Requests"), their
 * patches and lists: judged by signerName in engine/kubernetes.ts (csrIdentity: serving signers accepted, client and
 * unknown signers refused as identities). Only this kind: the group's others (ClusterTrustBundles, which pods
 * project as trust anchors; PodCertificateRequests, which a signer's controller serves) are not read, and stay
 * refused below.
 */
const CSR_TYPE = /^kubernetes:certificates\.k8s\.io\/[^:]+:CertificateSigningRequest(Patch|List)?$/;
function customResourceGroup(type: string): string | undefined {
    const [, module] = type.split(":");
    const group = module?.split("/")[0];
    if (group === undefined || group === "" || KNOWN_GROUPS.has(group) || CSR_TYPE.test(type)) return undefined;
    // Inert kinds (engine/customResources.ts), and patches of them.
    const kind = type.split(":")[2] ?? "";
    if (isInertKind(group, kind) || (kind.endsWith("Patch") && isInertKind(group, kind.slice(0, -"Patch".length))))
        return undefined;
    // Kyverno's newer policies.kyverno.io group: its validating kinds only.
    if (group === "policies.kyverno.io" && /:(Validating|ImageValidating)Policy/.test(type)) return undefined;
    return group;
}
/**
 * @pulumi/kubernetes components whose children are resources the pack judges, each registered as a child resource,
 * but only once the inputs that decide them are known. A first preview with one unknown shows the component alone,
 * and `up` creates its RBAC, webhooks and pods before any policy sees them. Per component, the path of the first
 * such unknown input (or undefined):
 * - provider-side (Construct): a helm.sh/v4 Chart and a kustomize/v2 Directory return the bare component when any input
 *   is unknown ("Input properties have unknown values. Preview is incomplete.": pulumi-kubernetes
 *   provider/pkg/provider/helm/v4/chart.go and kustomize/v2/directory.go, Construct, `if !result.Known { ... return
 *   NewConstructResult(comp) }`), and a yaml/v2 ConfigGroup or ConfigFile renders inside an apply over its inputs that
 *   does not run while one is unknown (yaml/v2 configgroup.go, configfile.go; `resources`, its output, then stays
 *   unknown): every input.
 * - client-side (the SDK's own ComponentResources, @pulumi/kubernetes nodejs): the helm.sh/v3 Chart builds every object
 *   inside `pulumi.output(config).apply(cfg => this.parseChart(...))`, which does not run while any input is unknown
 *   (helm/v3/helm.js, Chart constructor: "[Can't preview] all chart values must be known ahead of time to generate an
 *   accurate preview."): every input. The v1 kustomize Directory and yaml ConfigGroup/ConfigFile render through an
 *   invoke (kubernetes:kustomize:directory, kubernetes:yaml:decode), which answers nothing when an argument is unknown
 *   (@pulumi/pulumi runtime/invoke.js: "if any of the input properties are unknown, make sure the entire response is
 *   marked as unknown"), and register each object inside an apply over its name and namespace (yaml/yaml.js
 *   parseYamlObject, `id.apply(id => ... new X(id, obj, opts))`): their `directory`, `yaml`, `files`, `file`,
 *   `resourcePrefix`, and a ConfigGroup's `objs` (as a list, an object, or an object's kind, apiVersion, name or
 *   namespace). An unknown value elsewhere in an `objs` object is registered with the object and judged there.
 */
const everyInput = (props: Record<string, unknown>): string | undefined => {
    const { resources, ...inputs } = props;
    return firstUnknownPath(inputs, "") ?? (isUnknown(resources) ? "resources" : undefined);
};
const clientSideInputs =
    (...keys: string[]) =>
    (props: Record<string, unknown>): string | undefined => {
        for (const k of keys) {
            const path = firstUnknownPath(props[k], k);
            if (path !== undefined) return path;
        }
        const objs = props.objs;
        if (objs === undefined) return undefined;
        if (isUnknown(objs)) return "objs";
        for (const [i, o] of (Array.isArray(objs) ? objs : [objs]).entries()) {
            if (isUnknown(o)) return `objs[${i}]`;
            const m = (o as { metadata?: Record<string, unknown> } | null)?.metadata;
            const parts: [string, unknown][] = [
                ["apiVersion", (o as Record<string, unknown> | null)?.apiVersion],
                ["kind", (o as Record<string, unknown> | null)?.kind],
                ["metadata", m],
                ["metadata.name", m?.name],
                ["metadata.namespace", m?.namespace],
                ["items", (o as Record<string, unknown> | null)?.items],
            ];
            const unknown = parts.find(([, v]) => isUnknown(v));
            if (unknown) return `objs[${i}].${unknown[0]}`;
        }
        return undefined;
    };
const RENDERED_COMPONENTS: Record<
    string,
    { label: string; unknownInput: (p: Record<string, unknown>) => string | undefined }
> = {
    "kubernetes:helm.sh/v4:Chart": { label: "helm.sh/v4 Chart", unknownInput: everyInput },
    "kubernetes:yaml/v2:ConfigGroup": { label: "yaml/v2 ConfigGroup", unknownInput: everyInput },
    "kubernetes:yaml/v2:ConfigFile": { label: "yaml/v2 ConfigFile", unknownInput: everyInput },
    "kubernetes:kustomize/v2:Directory": { label: "kustomize/v2 Directory", unknownInput: everyInput },
    "kubernetes:helm.sh/v3:Chart": { label: "helm.sh/v3 Chart", unknownInput: everyInput },
    "kubernetes:kustomize:Directory": {
        label: "kustomize Directory (v1)",
        unknownInput: clientSideInputs("directory", "resourcePrefix"),
    },
    "kubernetes:yaml:ConfigGroup": {
        label: "yaml ConfigGroup (v1)",
        unknownInput: clientSideInputs("yaml", "files", "resourcePrefix"),
    },
    "kubernetes:yaml:ConfigFile": {
        label: "yaml ConfigFile (v1)",
        unknownInput: clientSideInputs("file", "resourcePrefix"),
    },
};
/** The path of the first unknown value in `v` (`values.serviceAccount.annotations`), or undefined. */
function firstUnknownPath(v: unknown, path: string): string | undefined {
    if (isUnknown(v)) return path;
    if (v === null || typeof v !== "object") return undefined;
    for (const [k, x] of Object.entries(v)) {
        const p = firstUnknownPath(x, Array.isArray(v) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
        if (p !== undefined) return p;
    }
    return undefined;
}
/**
 * Why a rendered component's objects are missing from this preview, or undefined: an input that decides them unknown
 * (RENDERED_COMPONENTS), or a provider-side component's `resources` output itself unknown.
 */
function unrenderedComponent(r: StackResource): string | undefined {
    const component = RENDERED_COMPONENTS[r.type];
    const path = component.unknownInput(r.props);
    if (path === undefined) return undefined;
    return `${component.label} ${r.name}: ${unverifiable(path, "none of its objects is rendered or registered in this preview (the provider's Construct, or the SDK component's apply, waits for it), and the RBAC, webhooks and pods it creates at `up` cannot be judged")}; or render its manifests into the program (each object a kubernetes resource of the stack), so the pack judges what it creates`;
}
/** A Helm v3 Release runs Helm itself: its objects never reach the pack (v4 Chart registers each as a resource). */
const HELM_V3_RELEASE = "kubernetes:helm.sh/v3:Release";
/** IAM Identity Center: the resources that put policies into a permission set. */
const SSO_POLICY_TYPES: Record<string, string> = {
    "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy": "an inline policy",
    "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment": "an AWS managed policy",
    "aws:ssoadmin/customerManagedPolicyAttachment:CustomerManagedPolicyAttachment": "a customer managed policy",
};

/**
 * Lake Formation: its permissions are a grant system of their own, not IAM. With a location registered, Lake
 * Formation vends temporary S3 credentials for it to the principals its grants admit (a table, a data location, an
 * LF-tag expression; another account or an organization through AWS RAM), past the bucket policies and IAM grants
 * the pack judges (AWS CLI reference, lakeformation get-temporary-glue-table-credentials; Lake Formation developer
 * guide, "Cross-account data sharing", "Lake Formation tag-based access control"). The pack does not read them, so
 * each resource that grants or widens them is refused; a registration (aws:lakeformation/resource) is judged as a
 * door into the bucket it registers (engine/assets.ts accessPointDoors), and a tag's or filter's definition alone
 * grants nothing. Any other aws:lakeformation type, including ones the provider adds later, is refused.
 */
const LAKE_FORMATION = "aws:lakeformation/";
const LAKE_FORMATION_READ = new Set([
    "aws:lakeformation/resource:Resource",
    "aws:lakeformation/lfTag:LfTag",
    "aws:lakeformation/lfTagExpression:LfTagExpression",
    "aws:lakeformation/dataCellsFilter:DataCellsFilter",
]);
/** What each Lake Formation resource does, for the refusal. */
function lakeFormationGrant(r: StackResource): string {
    const type = r.type.split(":").pop() ?? r.type;
    const principal = str(r.props, "principal");
    switch (type) {
        case "Permissions":
            return `grants Lake Formation permissions ${JSON.stringify(r.props.permissions ?? "(unknown)")} to ${principal ?? "a principal unknown during this preview"}`;
        case "DataLakeSettings":
            return "sets the Data Catalog's Lake Formation administrators, default permissions and trusted owners (an administrator grants any table or location)";
        case "ResourceLfTag":
        case "ResourceLfTags":
            return "attaches LF-tags to a catalog resource, extending every LF-tag grant on those tags to it";
        case "OptIn":
            return "opts principals into Lake Formation permissions on a resource";
        case "IdentityCenterConfiguration":
            return "shares the Data Catalog with IAM Identity Center users and groups (and other accounts)";
        default:
            return "is a Lake Formation resource the pack does not read";
    }
}

const REMEDY =
    "Create IAM roles, policies, KMS keys, aliases and grants as aws.iam/aws.kms resources of this stack, where the pack judges them, or remove it.";

function template(r: StackResource): { text?: string; unknown: boolean; unreadable: boolean } {
    const body = r.props.templateBody;
    if (typeof body === "string" && !isUnknown(body)) return { text: body, unknown: false, unreadable: false };
    const url = r.props.templateUrl ?? r.props.templateS3Uri;
    return { unknown: isUnknown(body), unreadable: body === undefined && url !== undefined && url !== null };
}

/** A role ARN a stack resource hands to a service, which then acts with that role (iam:PassRole's effect). */
export interface PassedRole {
    urn: string;
    resource: string;
    property: string;
    /** The role's ARN (built from its account and name when given by name), or the instance profile's name or ARN. */
    roleArn: string;
    kind: "role" | "instance profile";
    /**
     * Set when the reference is unknown during the preview and no role (or profile) of the stack is where it comes
     * from: the whole refusal, naming where the value comes from and how to make it followable.
     */
    unverifiable?: string;
}

/**
 * Where a role ARN in a resource is not handed to a service to act with, or where the pack judges what the service does
 * with it:
 * - IAM, KMS, EKS access entries and Pod Identity associations, and resource policies are the paths the engine reads
 *   (a role named there is a principal, judged as one);
 * - Backup selections, budget actions and Pipes are judged by their effect (their copies, policies, source and target);
 * - the rest use the role for one narrow job of their own, which a caller cannot redirect: delivering their own logs,
 *   metrics or notifications (CloudTrail's CloudWatch Logs role, VPC flow logs, AWS Config's recorder, SNS delivery
 *   status, log subscriptions and destinations, API Gateway's account logging, metric streams, RDS enhanced
 *   monitoring), or running the cluster and nodes themselves (an EKS cluster's, node group's or Fargate profile's role).
 * Any other service given a role acts with it as its callers direct (CodeBuild builds, SageMaker notebooks, Airflow
 * DAGs, Batch jobs, App Runner services, Flink applications, pipelines' deploy actions, schedules, state machines,
 * functions...), so a role outside the stack there is refused unless the model names it.
 */
const ROLE_USE_JUDGED_OR_NARROW = [
    /^aws:iam\//,
    /^aws:kms\//,
    /^aws:eks\/(accessEntry|accessPolicyAssociation|podIdentityAssociation|cluster|nodeGroup|fargateProfile):/,
    // Organizations policies (SCPs, RCPs) hold role ARNs as conditions of a perimeter, handed to no service.
    /^aws:organizations\//,
    /^aws:lambda\/permission:/,
    /^aws:backup\/selection:/,
    /^aws:budgets\/budgetAction:/,
    /^aws:pipes\/pipe:/,
    /^aws:cloudtrail\/trail:/,
    /^aws:ec2\/flowLog:/,
    /^aws:cfg\/recorder:/,
    /^aws:sns\/topic:/,
    /^aws:cloudwatch\/(logSubscriptionFilter|logDestination|metricStream):/,
    /^aws:apigateway\/account:/,
    // Data Lifecycle Manager snapshots with its role; a policy running scripts is refused on its own (SSM_RUNNERS).
    /^aws:dlm\/lifecyclePolicy:/,
    // S3 replication reads the source bucket and writes the destination with its role: copies judged by effect.
    /^aws:s3\/(bucketReplicationConfig|bucketV2|bucket):/,
    // Spot Fleet launches, tags and terminates the fleet's instances with its role; their profiles are judged as nodes.
    /^aws:ec2\/spotFleetRequest:/,
    // Data: a role ARN stored as configuration is not handed to a service.
    /^aws:(ssm\/parameter|secretsmanager\/secretVersion|dynamodb\/tableItem|s3\/(bucketObject|bucketObjectv2)|appconfig\/\w+):/,
];
/**
 * Properties whose values only match events or findings: a role ARN there is a value compared against what the
 * service sees, never a role it acts with. An EventBridge rule's eventPattern (EventBridge user guide, "Amazon
 * EventBridge event patterns"; the rule's own roleArn, used to invoke targets, stays judged), an Access Analyzer
 * archive rule's filters (Access Analyzer API reference, "Criterion"), a CloudTrail Lake event data store's advanced
 * event selectors (CloudTrail API reference, "AdvancedFieldSelector": userIdentity.arn is a field to match).
 */
const MATCH_VALUE_KEYS: Record<string, ReadonlySet<string>> = {
    "aws:cloudwatch/eventRule:EventRule": new Set(["eventPattern"]),
    "aws:accessanalyzer/archiveRule:ArchiveRule": new Set(["filters"]),
    "aws:cloudtrail/eventDataStore:EventDataStore": new Set(["advancedEventSelectors"]),
    // A Config rule's parameters are values its check compares with (AWS Config developer guide, managed rules such
    // as ec2-instance-profile-attached: "IAM profile ARNs that can be attached").
    "aws:cfg/rule:Rule": new Set(["inputParameters"]),
    // Who may connect to an endpoint service (EC2 API, ModifyVpcEndpointServicePermissions: "service consumers (AWS
    // accounts, users, and IAM roles) to connect"): the service never acts with it.
    "aws:ec2/vpcEndpointServiceAllowedPrinciple:VpcEndpointServiceAllowedPrinciple": new Set(["principalArn"]),
    "aws:ec2/vpcEndpointService:VpcEndpointService": new Set(["allowedPrincipals"]),
    // An assessment's roles are its owners' personas (Audit Manager API, Role: "The type of customer persona");
    // evidence is collected by Audit Manager's service-linked role.
    "aws:auditmanager/assessment:Assessment": new Set(["roles"]),
    // RDS enhanced monitoring publishes metrics with its role (narrow); RDS Custom's instance profile is not.
    "aws:rds/instance:Instance": new Set(["monitoringRoleArn"]),
    "aws:rds/clusterInstance:ClusterInstance": new Set(["monitoringRoleArn"]),
    "aws:rds/cluster:Cluster": new Set(["monitoringRoleArn"]),
};
/** Tags and descriptions are labels: an ARN there is handed to nothing. */
const LABEL_KEY = /^(tags|tagsAll|description)$/;
/** Policy documents name roles as principals or resources: the engine judges them as such. */
const POLICY_KEY = /polic/i;
const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(.+)$/;

/**
 * Keys that take a role or an instance profile by its name (or ARN): EMR's serviceRole/autoscalingRole and
 * ec2Attributes.instanceProfile, a Glue crawler's role, an ECS service's iamRole, an EC2 instance's or launch
 * template's iamInstanceProfile, Batch's instanceRole (an instance profile: "the short name or full ARN"), Image
 * Builder's instanceProfileName (each service's API reference).
 */
const ROLE_NAME_KEY = /(^r|R)ole(Arn|ARN|Name)?$/;
const PROFILE_NAME_KEY = /(^i|I)nstanceProfile(Arn|ARN|Name)?$|^instanceRole$/;
// QuickSight's userRole is a persona (READER, AUTHOR, ADMIN), not an IAM role.
const isRoleNameKey = (key: string) => ROLE_NAME_KEY.test(key) && !PROFILE_NAME_KEY.test(key) && key !== "userRole";
const PROFILE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):instance-profile\/(.+)$/;
/** A role or profile name, with its path (`service-role/glue-admin`: Glue's "friendly name (including path)"). */
const IAM_NAME = /^[\w+=,.@/-]{1,512}$/;
const INSTANCE_PROFILE = "aws:iam/instanceProfile:InstanceProfile";

/**
 * Roles and instance profiles outside the stack that a resource of the stack makes a service act with: the service
 * does whatever the role allows, which the pack cannot read ("The custody model": a role outside the stack has unknown
 * power and is refused unless the model names it by ARN). Every `aws:` resource is read, in every property and in
 * JSON held in a string (a Batch job definition's containerProperties), except the types of
 * ROLE_USE_JUDGED_OR_NARROW and match values (MATCH_VALUE_KEYS): role and instance-profile ARNs anywhere, and names
 * under the keys that take one (ROLE_NAME_KEY, PROFILE_NAME_KEY, Elastic Beanstalk's IamInstanceProfile and *Role settings),
 * and the role an instance profile of the stack wraps.
 * Service-linked roles (ARNs under `role/aws-service-role/`) are AWS's own.
 */
export function passedOutsideRoles(resources: readonly StackResource[]): PassedRole[] {
    const named = (type: string) =>
        resources
            .filter(r => r.type === type)
            .flatMap(r => {
                const account = providerAccount(r);
                const name = str(r.props, "name");
                // Its AWS name, and its logical name (what a preview without the name output shows).
                return [
                    ...(name ? [{ arn: str(r.props, "arn"), name, account, logical: false }] : []),
                    { arn: undefined, name: r.name, account, logical: name !== undefined },
                ];
            });
    const stackRoles = named("aws:iam/role:Role");
    const stackProfiles = named(INSTANCE_PROFILE);
    const inStack = (list: typeof stackRoles, arn: string | undefined, account: string | undefined, path: string) =>
        list.some(x => {
            // A logical name stands for a name given by name only: an ARN names the AWS name.
            if (x.logical && arn !== undefined) return false;
            if (arn !== undefined && x.arn !== undefined) return x.arn.toLowerCase() === arn.toLowerCase();
            return (
                (x.account === undefined || account === undefined || x.account === account) &&
                path.split("/").pop()?.toLowerCase() === x.name.toLowerCase()
            );
        });
    const out: PassedRole[] = [];
    const push = (r: StackResource, property: string, roleArn: string, kind: PassedRole["kind"]) =>
        out.push({ urn: r.urn, resource: `${r.type.split(":").pop()} ${r.name}`, property, roleArn, kind });
    /**
     * A role (or instance profile) reference unknown during a first preview: the output of a resource created in the
     * same update (Pulumi docs, "Inputs and outputs"), never a name to look up. The EKS user guide installs an add-on
     * with its own role that way ("Amazon EBS CSI driver", "Amazon EFS CSI driver": create the role, then the add-on
     * naming it), so a reference that the engine's recorded dependencies trace to a role (profile) of the stack is
     * that resource, whose power is judged (model/resources.ts linkedByDependency, as attachments are linked).
     * Anything else cannot be told from a role outside the stack: refused as unverifiable, not as an outside role.
     */
    const judgeUnknown = (r: StackResource, key: string, path: string): boolean => {
        const kind = PROFILE_NAME_KEY.test(key) ? "instance profile" : isRoleNameKey(key) ? "role" : undefined;
        if (kind === undefined) return false;
        // propertyDependencies are recorded per top-level property (`podIdentityAssociations`, not its elements).
        const property = path.split(".")[0];
        const type = kind === "role" ? TYPES.role : INSTANCE_PROFILE;
        if (linkedByDependency(r, property, type).length > 0) return true;
        const target = kind === "role" ? "an aws.iam.Role" : "an aws.iam.InstanceProfile";
        const { message } = unresolvedReference(
            r,
            property,
            target,
            `Reference the ${kind} resource of this stack itself (\`${key}: my${kind === "role" ? "Role" : "Profile"}.${/Name$/.test(key) ? "name" : "arn"}\`) so the engine follows the dependency to it, or give its ARN as a known string.`,
            `the ${kind} it hands the service at ${path}`,
        );
        out.push({
            urn: r.urn,
            resource: `${r.type.split(":").pop()} ${r.name}`,
            property: path,
            roleArn: "",
            kind,
            unverifiable: message,
        });
        return true;
    };
    const judgeString = (r: StackResource, key: string, raw: string, path: string): boolean => {
        if (isUnknown(raw)) return judgeUnknown(r, key, path);
        const v = raw.trim();
        const role = ROLE_ARN.exec(v);
        if (role) {
            if (!role[2].startsWith("aws-service-role/") && !inStack(stackRoles, v, role[1], role[2]))
                push(r, path, v, "role");
            return true;
        }
        const profile = PROFILE_ARN.exec(v);
        if (profile) {
            if (!inStack(stackProfiles, v, profile[1], profile[2])) push(r, path, v, "instance profile");
            return true;
        }
        // A plain name is resolved at the path "/" (a service-linked role lives under /aws-service-role/, IAM User
        // Guide, "Service-linked roles"), so an `AWSServiceRoleFor*` name is judged as any other role's name.
        if (!IAM_NAME.test(v)) return false;
        const account = providerAccount(r);
        if (isRoleNameKey(key)) {
            if (!inStack(stackRoles, undefined, account, v))
                push(r, path, account ? `arn:aws:iam::${account}:role/${v}` : v, "role");
            return true;
        }
        if (PROFILE_NAME_KEY.test(key)) {
            if (!inStack(stackProfiles, undefined, account, v)) push(r, path, v, "instance profile");
            return true;
        }
        return false;
    };
    const walk = (r: StackResource, key: string, v: unknown, path: string, depth: number) => {
        if (depth > 12) return;
        if (typeof v === "string") {
            if (!judgeString(r, key, v, path) && /^\s*[[{]/.test(v)) {
                try {
                    walk(r, key, JSON.parse(v), path, depth + 1);
                } catch {
                    // Not JSON: a plain string naming no role.
                }
            }
            return;
        }
        if (v === null || typeof v !== "object") return;
        const o = v as Record<string, unknown>;
        // A launch template's iamInstanceProfile is { name } or { arn }: the name takes its parent's key.
        if (PROFILE_NAME_KEY.test(key) && typeof o.name === "string") judgeString(r, key, o.name, `${path}.name`);
        // Elastic Beanstalk settings: { namespace, name: "IamInstanceProfile", value } (the environment's instances).
        // Elastic Beanstalk settings: { namespace, name, value }: the instances' profile, the service role.
        if (o.name === "IamInstanceProfile" && typeof o.value === "string")
            judgeString(r, "iamInstanceProfile", o.value, `${path}.value`);
        if (typeof o.name === "string" && /Role$/.test(o.name) && typeof o.value === "string")
            judgeString(r, "role", o.value, `${path}.value`);
        for (const [k, x] of Object.entries(o))
            if (!POLICY_KEY.test(k) && !LABEL_KEY.test(k)) walk(r, k, x, path ? `${path}.${k}` : k, depth + 1);
    };
    // An instance profile of the stack wrapping a role outside it: whatever runs on its instances acts with that role
    // (IAM User Guide, "Use instance profiles"). IAM types are otherwise read by the engine itself.
    for (const r of resources)
        if (r.type === INSTANCE_PROFILE && typeof r.props.role === "string")
            judgeString(r, "role", r.props.role, "role");
    for (const r of resources)
        if (r.type.startsWith("aws:") && !ROLE_USE_JUDGED_OR_NARROW.some(t => t.test(r.type)))
            for (const [k, x] of Object.entries(r.props))
                if (k !== "arn" && !POLICY_KEY.test(k) && !LABEL_KEY.test(k) && !MATCH_VALUE_KEYS[r.type]?.has(k))
                    walk(r, k, x, k, 0);
    return out;
}

/** IAM resources that mint a user's credentials, and the property naming the user. */
const USER_CREDENTIALS: Record<string, string> = {
    "aws:iam/accessKey:AccessKey": "user",
    "aws:iam/userLoginProfile:UserLoginProfile": "user",
    "aws:iam/sshKey:SshKey": "username",
    "aws:iam/serviceSpecificCredential:ServiceSpecificCredential": "userName",
    "aws:iam/signingCertificate:SigningCertificate": "userName",
};

/**
 * Identities outside the stack that the stack hands power to: credentials minted for a user outside it (access keys,
 * console passwords, SSH keys, service credentials: whoever holds them acts as that user, whose power the pack cannot
 * read), and group memberships into a group outside it (its members get the group's unknown policies). A user or
 * group of the stack is judged through its own policies.
 */
export function outsideIdentityGrants(resources: readonly StackResource[]): OpaqueGrant[] {
    const names = (type: string) =>
        resources
            .filter(r => r.type === type)
            .map(r => ({ name: (str(r.props, "name") ?? r.name).toLowerCase(), account: providerAccount(r) }));
    const users = names("aws:iam/user:User");
    const groups = names("aws:iam/group:Group");
    const known = (list: typeof users, name: string, r: StackResource) =>
        list.some(x => x.name === name.toLowerCase() && (x.account === undefined || x.account === providerAccount(r)));
    const out: OpaqueGrant[] = [];
    /**
     * A user or group unknown during a first preview (the output of a resource created in the same update): the User
     * or Group of the stack the engine's recorded dependencies trace it to (model/resources.ts linkedByDependency),
     * judged through its own policies; else refused as unverifiable, never read as a name outside the stack.
     */
    const unknownOutside = (r: StackResource, property: string, kind: "user" | "group"): boolean => {
        const type = kind === "user" ? "aws:iam/user:User" : "aws:iam/group:Group";
        if (linkedByDependency(r, property, type).length > 0) return false;
        out.push(
            unresolvedReference(
                r,
                property,
                `an aws.iam.${kind === "user" ? "User" : "Group"}`,
                `Reference the ${kind} resource of this stack itself (\`${property}: my${kind === "user" ? "User" : "Group"}.name\`) so the engine follows the dependency to it, or name the ${kind} as a known string.`,
            ),
        );
        return true;
    };
    for (const r of resources) {
        const userKey = USER_CREDENTIALS[r.type];
        if (userKey !== undefined) {
            const user = str(r.props, userKey);
            if (isUnknown(r.props[userKey])) unknownOutside(r, userKey, "user");
            else if (user !== undefined && !known(users, user, r))
                out.push({
                    urn: r.urn,
                    message: `${r.type.split(":").pop()} ${r.name} mints credentials for IAM user ${user}, which is not a user of this stack: whoever holds them acts with that user's policies, which the pack cannot read. Create the user in this stack (its power is then judged), or mint its credentials elsewhere.`,
                });
        }
        const groupProperty =
            r.type === "aws:iam/groupMembership:GroupMembership"
                ? "group"
                : r.type === "aws:iam/userGroupMembership:UserGroupMembership"
                  ? "groups"
                  : undefined;
        if (groupProperty === undefined) continue;
        const raw: unknown = r.props[groupProperty];
        const groupNames: unknown[] = Array.isArray(raw) ? raw : [raw];
        // One refusal per resource for its unknown groups (their dependencies are recorded for the whole list).
        if (groupNames.some(isUnknown)) unknownOutside(r, groupProperty, "group");
        for (const g of groupNames)
            if (typeof g === "string" && !isUnknown(g) && !known(groups, g, r))
                out.push({
                    urn: r.urn,
                    message: `${r.type.split(":").pop()} ${r.name} adds users to IAM group ${g}, which is not a group of this stack: its members get its policies, which the pack cannot read. Create the group in this stack (its policies are then judged).`,
                });
    }
    return out;
}

/**
 * The namespaces where the stack's runtime ServiceAccounts run, whose Secrets no ReferenceGrant may open
 * (referenceGrantOutside `closed`): those of its ServiceAccount objects, its EKS Pod Identity associations and the IRSA
 * subjects its roles' trust policies name (`system:serviceaccount:<namespace>:<name>`); `*` when one is unknown during
 * the preview or a wildcard.
 */
function runtimeNamespaces(resources: readonly StackResource[]): Set<string> | "*" {
    const out = new Set<string>();
    for (const r of resources) {
        if (r.type === TYPES.serviceAccount || r.type === TYPES.serviceAccountPatch) {
            // metadata.namespace, else the provider's (unknown in the preview: any), else the kubeconfig context's.
            if (namespaceUnknown(r)) return "*";
            out.add(objectNamespace(r) ?? "default");
        } else if (r.type === TYPES.podIdentityAssociation) {
            const ns = str(r.props, "namespace");
            if (ns === undefined) return "*";
            out.add(ns);
        } else if (r.type === TYPES.role) {
            const trust: unknown = r.props.assumeRolePolicy;
            if (containsUnknown(trust)) return "*";
            const text = typeof trust === "string" ? trust : JSON.stringify(trust ?? "");
            for (const m of text.matchAll(/system:serviceaccount:([^:"\s]*)/g)) {
                if (m[1] === "" || /[*?$]/.test(m[1])) return "*";
                out.add(m[1]);
            }
        }
    }
    return out;
}

export function opaqueGrants(resources: readonly StackResource[]): OpaqueGrant[] {
    const out: OpaqueGrant[] = [];
    const stackSetNames = new Set(
        resources.filter(r => r.type === CFN_STACK_SET).map(r => str(r.props, "name") ?? r.name),
    );
    const stackAccounts = stackAccountIds(resources);
    let runtime: Set<string> | "*" | undefined;
    for (const r of resources) {
        const [pkg] = r.type.split(":");
        if (r.type === CFN_STACK || r.type === CFN_STACK_SET || CONFORMANCE_PACKS[r.type] !== undefined) {
            const t = template(r);
            const kind =
                CONFORMANCE_PACKS[r.type] ??
                (r.type === CFN_STACK ? "CloudFormation stack" : "CloudFormation StackSet");
            const refusals = t.text !== undefined ? templateRefusals(t.text, ownAccountOf(r, stackAccounts)) : [];
            if (refusals.length > 0) {
                out.push({
                    urn: r.urn,
                    message: `${kind} ${r.name}'s template ${refusals.slice(0, 3).join("; ")}${refusals.length > 3 ? `; and ${refusals.length - 3} more` : ""}. Inside a template the pack sees none of what a resource grants, runs or copies (IAM, KMS, Identity Center and EKS resources, custom resources acting with their own role, backup selections, pipes, associations...), so only types on its list of inert ones are accepted. ${FIX}`,
                });
            } else if (t.unknown) {
                out.push({
                    urn: r.urn,
                    message: `${kind} ${r.name}: ${unverifiable("templateBody", "the resources it creates cannot be judged")}. ${FIX}`,
                });
            } else if (t.unreadable) {
                out.push({
                    urn: r.urn,
                    message: `${kind} ${r.name} deploys a template from a URL (templateUrl, templateS3Uri) that the pack cannot read: it may create IAM policies, key policies or grants on the custody keys. ${REMEDY}`,
                });
            }
        } else if (r.type === CFN_STACK_SET_INSTANCE || r.type === CFN_STACK_INSTANCES) {
            const name = str(r.props, "stackSetName");
            if (name !== undefined && !stackSetNames.has(name)) {
                out.push({
                    urn: r.urn,
                    message: `${r.type.split(":").pop()} ${r.name} deploys StackSet ${name}, which this stack does not define: its template is outside the pack's sight. ${REMEDY}`,
                });
            }
        } else if (r.type === CLOUD_CONTROL) {
            const typeName = str(r.props, "typeName");
            const state = r.props.desiredState;
            let why: string | undefined;
            if (typeName === undefined) why = unverifiable("typeName", "what it creates cannot be judged");
            else if (isUnknown(state)) why = unverifiable("desiredState", "its properties cannot be judged");
            else {
                // Read as the template is (duplicate keys refused), so the pack reads what Cloud Control reads.
                let parsed: unknown = state;
                try {
                    const doc = typeof state === "string" ? parseDocument(state, { uniqueKeys: true }) : undefined;
                    if (doc !== undefined)
                        parsed = doc.errors.length > 0 ? "unreadable" : doc.toJS({ maxAliasCount: 100 });
                } catch {
                    // An alias bomb or a malformed document: unreadable, so refused below.
                    parsed = "unreadable";
                }
                why = inertRefusal(typeName, parsed, { ownAccount: ownAccountOf(r, stackAccounts) });
            }
            if (why !== undefined)
                out.push({
                    urn: r.urn,
                    message: `Cloud Control resource ${r.name} (${typeName ?? "type unknown"}) creates what the pack does not read (its desiredState): ${why}. An IAM, KMS or EKS resource there can give someone the use of a custody key, a Backup selection, pipe or association copy a table or run commands on its nodes. ${FIX}`,
                });
        } else if (pkg === "aws-native" && !NATIVE_READ.has(r.type)) {
            const typeName = nativeTypeName(r.type) ?? r.type;
            const why = inertRefusal(typeName, r.props, { ownAccount: ownAccountOf(r, stackAccounts) });
            if (why !== undefined)
                out.push({
                    urn: r.urn,
                    message: `${r.type} ${r.name} is an aws-native resource the pack does not read (${typeName}): ${why}. IAM, KMS, Identity Center and EKS resources, Backup selections, pipes, associations and data sources must be aws provider resources so what they grant, run or copy is judged. ${FIX}`,
                });
        } else if (OPAQUE_DEPLOYERS[r.type] !== undefined) {
            out.push({
                urn: r.urn,
                message: `${r.type.split(":").pop()} ${r.name} ${OPAQUE_DEPLOYERS[r.type]}: what it creates is outside the pack's sight and may give someone the use of a custody key. ${REMEDY}`,
            });
        } else if (r.type === REMOTE_COMMAND) {
            out.push({
                urn: r.urn,
                message: `Command ${r.name} runs a script on a host (remote Command): on a node it reads every pod's ServiceAccount token, with that host's credentials. ${REMEDY}`,
            });
        } else if (r.type === DLM_POLICY && dlmRunsScripts(r.props.policyDetails)) {
            out.push({
                urn: r.urn,
                message: `LifecyclePolicy ${r.name} runs pre/post snapshot scripts (an SSM document) as root on the instances it targets (Data Lifecycle Manager, Script.ExecutionHandler): the script acts with the instances' roles (a custody caller's or a node's), outside the pack's sight. Snapshot without scripts, or run them from another stack.`,
            });
        } else if (
            r.type === "aws:backup/restoreTestingSelection:RestoreTestingSelection" &&
            (isUnknown(r.props.protectedResourceType) || /dynamodb/i.test(String(r.props.protectedResourceType)))
        ) {
            // Restore testing restores each selected recovery point into a new table of the account, by default
            // without deletion protection and under an AWS owned key, kept up to the plan's retention (AWS Backup
            // developer guide, "Restore testing inferred metadata"; RestoreTestingSelectionForCreate): an undeclared
            // copy of the tables, as a point-in-time restore is.
            out.push({
                urn: r.urn,
                message: `RestoreTestingSelection ${r.name} restores DynamoDB recovery points (${JSON.stringify(r.props.protectedResourceArns ?? "selected by conditions")}) into new tables of the account (awsbackup-restore-test-*, default encryption unless overridden): copies of custody tables outside the custody model, with keys and policies the pack does not see. Test restores from another account's vault copy, outside the custody stack.`,
            });
        } else if (r.type === SSO_ACCOUNT_ASSIGNMENT || r.type === IDENTITY_STORE_MEMBERSHIP) {
            out.push({
                urn: r.urn,
                message: `${r.type.split(":").pop()} ${r.name} ${r.type === SSO_ACCOUNT_ASSIGNMENT ? `gives its principal a role in account ${str(r.props, "targetId") ?? "(unknown)"} made from permission set ${str(r.props, "permissionSetArn") ?? "(unknown)"}` : `adds a user to Identity Center group ${str(r.props, "groupId") ?? "(unknown)"}, with every account assignment of that group`}: permission sets are IAM policies the pack cannot judge here (IAM Identity Center, CreateAccountAssignment provisions them as a role in the account). Manage Identity Center from outside the custody stack, with custody accounts out of its assignments.`,
            });
        } else if (SSM_RUNNERS[r.type] !== undefined) {
            out.push({
                urn: r.urn,
                message: `${r.type.split(":").pop()} ${r.name} ${SSM_RUNNERS[r.type]}: the script runs as root with the instances' roles (a custody caller's or a node's), outside the pack's sight. ${REMEDY}`,
            });
        } else if (r.type === EKS_ADDON && !isUnknown(r.props.addonName)) {
            const name = str(r.props, "addonName");
            const credentialPath = addonCredentialPath(r.props.configurationValues);
            if (name === undefined || !(AWS_ADDONS.has(name) || communityAddonAsPublished(r, name)))
                out.push({
                    urn: r.urn,
                    message: `EKS add-on ${r.name} (${name ?? "unnamed"}) is not one of AWS's own add-ons: a third party's operator runs with the cluster-wide RBAC its package grants, which the pack cannot read. Install it from another stack, or as a helm.sh/v4 Chart the pack judges.`,
                });
            else if (credentialPath)
                out.push({
                    urn: r.urn,
                    message: `EKS add-on ${r.name} (${name}): configurationValues ${credentialPath}. Its node agents mount the node's filesystem, and a path set in their configuration is read or collected there (e.g. the CloudWatch agent's logs collect_list under /rootfs): the tokens of every pod on the node leave with it. Remove the path from configurationValues.`,
                });
        } else if (RENDERED_COMPONENTS[r.type] !== undefined) {
            const why = unrenderedComponent(r);
            if (why) out.push({ urn: r.urn, message: why });
        } else if (RENDERED_POD_KINDS.has(r.type)) {
            // Judged as the pod its operator renders (engine/podSpec.ts, engine/kubernetes.ts) when every field
            // it sets is one the pack renders.
            const field = renderedPodOutside(r.type, r.props);
            if (field)
                out.push({
                    urn: r.urn,
                    message: `${r.type.split(":").slice(1).join(":")} ${r.name} sets ${field}: the pack judges a Prometheus as the StatefulSet pod prometheus-operator renders from it (its ServiceAccount, securityContext, scheduling, selectors, retention, image), and this field adds containers, volumes, files, credentials or discovery it does not render. Remove the field, or run that Prometheus from another stack.`,
                });
        } else if (r.type === KEDA_SCALED_OBJECT) {
            // Inert when it only scales its target through an HPA (engine/customResources.ts scaledObjectOutside).
            const field = scaledObjectOutside(r.props);
            if (field)
                out.push({
                    urn: r.urn,
                    message: `keda.sh/v1alpha1:ScaledObject ${r.name} sets ${field}: the pack accepts a ScaledObject that only scales its target through an HPA with cron, cpu or memory triggers; a trigger with authenticationRef, another scaler or parameters read from the target's environment makes the KEDA operator read Secrets or act with an identity (TriggerAuthentication podIdentity) the pack cannot judge. Use a cron, cpu or memory trigger without authenticationRef, or run that autoscaling from another stack.`,
                });
        } else if (REFERENCE_GRANT.test(r.type)) {
            // No controller: inert when its `to` list names only core Services, or named TLS Secrets for Gateways
            // outside the runtime namespaces (engine/customResources.ts referenceGrantOutside). Without a namespace
            // the grant goes to its provider's default namespace (the Kubernetes provider's `namespace`, else
            // default).
            const ns = namespaceUnknown(r) ? undefined : (objectNamespace(r) ?? "default");
            runtime ??= runtimeNamespaces(resources);
            const field = referenceGrantOutside(r.props, ns, runtime);
            if (field)
                out.push({
                    urn: r.urn,
                    message: `${r.type.split(":").slice(1).join(":")} ${r.name} sets ${field}: a ReferenceGrant lets the objects of its \`from\` list reference those kinds in ${ns ? `namespace ${ns}` : "the grant's namespace"}, and the Gateway implementation then acts on them as itself (a Secret named by a Gateway's certificateRefs is read and served for that Gateway; another kind is what its implementation makes of it, outside the pack's sight). The pack accepts a ReferenceGrant whose \`to\` names only core Services (group "", kind Service), route backends, or Secrets by name for Gateways alone (their TLS certificates), in a namespace other than kube-system and those where the stack's runtime ServiceAccounts run. Grant Services only, name the Secret and grant it to Gateways, or move the Secret (or other object) into the namespace that references it.`,
                });
        } else if (DRA_TYPE.test(r.type)) {
            // Built in, inert but for opaque driver parameters (draDriverParameters).
            const field = draDriverParameters(r.props);
            if (field)
                out.push({
                    urn: r.urn,
                    message: `${r.type.split(":").slice(1).join(":")} ${r.name} sets ${field}: opaque parameters a DRA driver interprets when it prepares devices on the node (what it injects into the containers: devices, mounts, environment, hooks), which the pack cannot read. Select devices with CEL selectors only, or configure the driver from another stack.`,
                });
        } else if (r.type.startsWith("kubernetes:") && customResourceGroup(r.type) !== undefined) {
            out.push({
                urn: r.urn,
                message: `${r.type.split(":").slice(1).join(":")} ${r.name} is a custom resource: its controller acts with its own ServiceAccount (it may create pods, RoleBindings or sync manifests from elsewhere), which the pack cannot judge. Keep controllers' resources out of the custody stack, or use the Kubernetes objects they would create.`,
            });
        } else if (COMMAND_TYPES.includes(r.type)) {
            const text = ["create", "update", "delete"].map(k => str(r.props, k) ?? "").join("\n");
            if (CLOUD_CLI.test(text) || ["create", "update", "delete"].some(k => isUnknown(r.props[k])))
                out.push({
                    urn: r.urn,
                    message: `Command ${r.name} runs ${CLOUD_CLI.exec(text)?.[0] ?? "a command the pack cannot read yet"} with the deployer's credentials: a grant, key policy or RBAC it makes is outside the pack's sight. ${REMEDY}`,
                });
        } else if (r.type === HELM_V3_RELEASE) {
            out.push({
                urn: r.urn,
                message: `Helm v3 Release ${r.name} (chart ${str(r.props, "chart") ?? "unknown"}) installs Kubernetes objects that are not resources of this stack, so the pack cannot judge the RBAC, webhooks or pods it creates: any of them can act as a runtime ServiceAccount. Use kubernetes.helm.v4.Chart (its objects are resources the pack judges), or install the chart from another stack.`,
            });
        } else if (r.type.startsWith(LAKE_FORMATION) && !LAKE_FORMATION_READ.has(r.type)) {
            out.push({
                urn: r.urn,
                message: `${r.type.split(":").pop()} ${r.name} ${lakeFormationGrant(r)}: Lake Formation vends temporary S3 credentials for its registered locations to the principals its grants admit (table, data-location and LF-tag grants; other accounts and organizations through AWS RAM), past the bucket policies and IAM grants the pack judges, and the pack does not read Lake Formation permissions. Manage Lake Formation from another stack, with no location holding a custody copy registered, or grant access through IAM and bucket policies of this stack.`,
            });
        } else if (SSO_POLICY_TYPES[r.type] !== undefined) {
            out.push({
                urn: r.urn,
                message: `${r.type.split(":").pop()} ${r.name} puts ${SSO_POLICY_TYPES[r.type]} into an IAM Identity Center permission set: it becomes an IAM role in every account the set is assigned to, which the pack cannot follow (a kms:Decrypt there reaches a custody key through its account's root delegation). ${REMEDY}`,
            });
        }
    }
    out.push(...outsideIdentityGrants(resources));
    return out;
}
