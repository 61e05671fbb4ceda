/**
 * Validates the `custody-model` section of the pack config into a CustodyModel, reporting every problem at once,
 * each with its key path and fix; the Configure guard (private/packConfigCheck.ts) refuses a run whose model has
 * any. The section's shape is described once (MODEL_SHAPE): its JSON schema (CUSTODY_MODEL_JSON_SCHEMA, for a
 * policy's configSchema) and the structural checks below are both derived from it.
 * The cross-field checks (references, duplicates, share indices, thresholds, accounts) follow.
 */
import type { PolicyConfigSchema } from "@pulumi/policy";
import {
    ACCESS_SET_NAMES,
    ACCESS_SETS,
    AccessSet,
    AssetKind,
    isAccessSetName,
    isMetadataOnly,
    isOperationsSet,
} from "./accessSets";
import { ACCOUNT_ID_PATTERN, IAM_PATH_AND_NAME, KMS_KEY_ID } from "../model/awsIds";
import { checkShape, describeValue, MapShape, ObjectShape, OneKeyShape, Problem, Shape, toJsonSchema } from "./shape";
import { type CustodyModel, REQUIRED_OPERATORS } from "./types";

export const CUSTODY_MODEL_SECTION = "custody-model";

// ARN pieces: account and region are always exact (a wildcard there is not "one account and region").
const PARTITION = "aws(?:-cn|-us-gov)?";
const REGION = "[a-z]{2}(?:-[a-z]+)+-\\d{1,2}";
const ACCOUNT = ACCOUNT_ID_PATTERN.slice(1, -1); // model/awsIds.ts: exactly 12 digits
const arn = (body: string) => new RegExp(`^arn:${PARTITION}:${body}$`);

const PATTERNS = {
    account: new RegExp(`^${ACCOUNT}$`),
    // IAM table names: 3-255 of letters, digits, _ . - (DynamoDB developer guide, "Naming rules").
    tableArn: arn(`dynamodb:${REGION}:${ACCOUNT}:table/[A-Za-z0-9_.-]{3,255}`),
    // alias/aws/ is reserved for AWS managed keys (AWS KMS developer guide, "Aliases in AWS KMS").
    keyAliasArn: arn(`kms:${REGION}:${ACCOUNT}:alias/(?!aws/)[A-Za-z0-9/_-]{1,250}`),
    keyArn: arn(`kms:${REGION}:${ACCOUNT}:key/${KMS_KEY_ID}`),
    resourcePattern: arn(
        `(?:kms:${REGION}:${ACCOUNT}:(?:key|alias)/[A-Za-z0-9/_*?-]+` +
            `|dynamodb:${REGION}:${ACCOUNT}:table/[A-Za-z0-9_.*?-]+(?:/index/[A-Za-z0-9_.*?-]+)?` +
            `|iam::${ACCOUNT}:role/[\\w+=,.@/*?-]+)`,
    ),
    principalArn: arn(`iam::${ACCOUNT}:(?:role|user)/${IAM_PATH_AND_NAME}`),
    clusterArn: arn(`eks:${REGION}:${ACCOUNT}:cluster/[A-Za-z0-9][A-Za-z0-9_-]{0,99}`),
    issuer: /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9._~-]+)*$/,
    service: new RegExp(`^[a-z0-9-]+\\.${REGION}\\.amazonaws\\.com(?:\\.cn)?$`),
    // A service principal as a trust policy names it (IAM User Guide, "AWS service principals").
    servicePrincipal: /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/,
    dns1123Label: /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/,
    dns1123Subdomain: /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/,
    workloadName: /^[a-z0-9][a-z0-9-]{0,62}$/,
    // A tag condition key carries the tag key as written, and tag keys may hold Unicode letters, digits and spaces
    // (IAM API reference, "Tag": [\p{L}\p{Z}\p{N}_.:/=+\-@]+, e.g. "Cost Center").
    conditionKey:
        /^(?:[a-zA-Z0-9-]+:[A-Za-z0-9_.:/+=@-]+|aws:(?:RequestTag|ResourceTag|PrincipalTag)\/[\p{L}\p{Z}\p{N}_.:/=+@-]{1,128})$/u,
};

const str = (description: string, pattern?: RegExp, hint?: string, maxLength?: number): Shape => ({
    kind: "string",
    description,
    pattern,
    hint,
    maxLength,
});
const obj = (description: string, properties: Record<string, Shape>, optional: string[] = []): ObjectShape => ({
    kind: "object",
    description,
    properties,
    required: Object.keys(properties).filter(k => !optional.includes(k)),
});
const list = (description: string, items: Shape, minItems = 1): Shape => ({
    kind: "array",
    description,
    items,
    minItems,
});

const ACCOUNT_ID = str(
    "a 12-digit AWS account id",
    PATTERNS.account,
    'not an AWS account id: write its 12 digits, quoted, e.g. "111111111111"',
);
const NAMESPACE = str(
    "a Kubernetes namespace",
    PATTERNS.dns1123Label,
    "not a Kubernetes namespace: a DNS-1123 label (lower-case letters, digits, -)",
    63,
);
const SERVICE_ACCOUNT = str(
    "a Kubernetes ServiceAccount name",
    PATTERNS.dns1123Subdomain,
    "not a ServiceAccount name: a DNS-1123 subdomain (lower-case letters, digits, - and .)",
    253,
);

const SUBJECT: OneKeyShape = {
    kind: "oneKey",
    description: "subject",
    options: {
        irsa: obj("IRSA: the cluster's OIDC issuer and one ServiceAccount", {
            issuer: str(
                "the OIDC issuer as host/path, without https://",
                PATTERNS.issuer,
                "not an OIDC issuer: write host/path without https:// or a trailing slash, e.g. oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
            ),
            namespace: NAMESPACE,
            serviceAccount: SERVICE_ACCOUNT,
        }),
        podIdentity: obj("EKS Pod Identity pinned to one cluster, namespace and ServiceAccount", {
            clusterArn: str(
                "an EKS cluster ARN",
                PATTERNS.clusterArn,
                "not an EKS cluster ARN: arn:aws:eks:<region>:<account>:cluster/<name>",
            ),
            namespace: NAMESPACE,
            serviceAccount: SERVICE_ACCOUNT,
        }),
        ec2: obj("EC2 instances of one account through the role's instance profile", { account: ACCOUNT_ID }),
        principal: str(
            "an exact IAM role or user ARN",
            PATTERNS.principalArn,
            "not an exact IAM role or user ARN (arn:aws:iam::<12 digits>:role/<name> or role/<path>/<name>): the name ends the ARN (no trailing /) and has at most 64 of A-Z a-z 0-9 + = , . @ _ -; no wildcards, and a whole account (:root) is not a subject",
        ),
        viaService: obj("an AWS service acting for callers of one account (kms:ViaService)", {
            service: str(
                "the service endpoint, e.g. dynamodb.eu-west-1.amazonaws.com",
                PATTERNS.service,
                "not a regional service endpoint: write <service>.<region>.amazonaws.com, e.g. dynamodb.eu-west-1.amazonaws.com",
            ),
            account: ACCOUNT_ID,
        }),
        service: obj("an AWS service principal assuming roles of one account (e.g. AWS Backup's role)", {
            principal: str(
                "the service principal, e.g. backup.amazonaws.com",
                PATTERNS.servicePrincipal,
                "not a service principal: write it as a trust policy does, e.g. backup.amazonaws.com",
            ),
            account: ACCOUNT_ID,
        }),
    },
};

const TABLE_ARN = str(
    "a DynamoDB table ARN",
    PATTERNS.tableArn,
    "not a DynamoDB table ARN: arn:aws:dynamodb:<region>:<12-digit account>:table/<name>",
);
const KEY_ALIAS_ARN = str(
    "a KMS alias ARN",
    PATTERNS.keyAliasArn,
    "not a KMS alias ARN: arn:aws:kms:<region>:<12-digit account>:alias/<name> (alias/aws/ names AWS managed keys and is refused)",
);

const ASSET: OneKeyShape = {
    kind: "oneKey",
    description: "asset selector",
    options: {
        table: TABLE_ARN,
        keyAlias: KEY_ALIAS_ARN,
        key: str(
            "a KMS key ARN",
            PATTERNS.keyArn,
            "not a KMS key ARN: arn:aws:kms:<region>:<12-digit account>:key/<uuid or mrk-id>",
        ),
        pattern: str(
            "a resource pattern in one account (and region)",
            PATTERNS.resourcePattern,
            "not a resource pattern of one account and region: arn:aws:kms:<region>:<account>:key/* or alias/<prefix>*, " +
                "arn:aws:dynamodb:<region>:<account>:table/<prefix>* (optionally /index/*), or arn:aws:iam::<account>:role/<name>; " +
                "wildcards only after the account",
        ),
    },
    companions: {
        withIndexes: { shape: { kind: "boolean", description: "also select <table-arn>/index/*" }, with: "table" },
    },
};

const REQUIRED_CONDITION = obj("one required condition", {
    operator: { kind: "string", description: "the condition operator", enum: [...REQUIRED_OPERATORS] },
    key: str(
        "a condition key",
        PATTERNS.conditionKey,
        "not a condition key: <service>:<key> as IAM writes it, e.g. aws:RequestTag/basil-managed or kms:RequestAlias",
        256,
    ),
    values: list("the values (patterns for *Like) the grant may restrict the key to", str("a value")),
});

const MODEL_SHAPE: ObjectShape = obj("the custody model of one stack", {
    version: { kind: "integer", description: "the model format version, 1", const: 1 },
    accounts: {
        kind: "map",
        description: "the stack's accounts: 12-digit account id to the name the stack config gives it",
        keyPattern: PATTERNS.account,
        keyHint: 'is not an account id: key each account by its 12 digits, e.g. "111111111111": "main"',
        values: str("the account's name in the stack config"),
        minProperties: 1,
    } satisfies MapShape,
    workloads: list(
        "the workloads: who may become each role, and what each may do",
        obj("one workload", {
            name: str(
                "the workload's name in messages",
                PATTERNS.workloadName,
                "not a workload name: lower-case letters, digits and -, at most 63",
            ),
            subjects: list("who may become the workload's role", SUBJECT),
            kind: {
                kind: "string",
                description: "the workload's kind",
                enum: ["runtime", "provisioner", "key-manager", "cross-account", "service", "operations"],
            },
            allow: list(
                "what the workload may do",
                obj(
                    "one allow entry",
                    {
                        accessSet: { kind: "string", description: "a named access set", enum: ACCESS_SET_NAMES },
                        on: list("the assets the set applies to", ASSET),
                        when: list("conditions every grant covered by this entry must carry", REQUIRED_CONDITION),
                    },
                    ["when"],
                ),
            ),
        }),
    ),
    shareRings: list(
        "Shamir share rings",
        obj("one share ring", {
            threshold: { kind: "integer", description: "shares needed to reconstruct", minimum: 1 },
            shares: list(
                "one entry per share",
                obj("one share", {
                    index: { kind: "integer", description: "the share's index, 1..N", minimum: 1 },
                    keyAlias: KEY_ALIAS_ARN,
                    account: ACCOUNT_ID,
                }),
            ),
            workload: str("the workload whose subjects alone may use the shares"),
        }),
        0,
    ),
    externalAssets: list("assets the stack does not create but judges", ASSET, 0),
    tables: list(
        "tables the stack creates, each with its CMK",
        obj("one table", { table: TABLE_ARN, keyAlias: KEY_ALIAS_ARN }),
        0,
    ),
});

/** The section's JSON schema (draft-07 subset @pulumi/policy accepts). */
export const CUSTODY_MODEL_JSON_SCHEMA = toJsonSchema(MODEL_SHAPE);

/**
 * The same properties as a PolicyConfigSchema, for a policy that carries the model's schema (the Pulumi CLI then
 * checks the section's top-level types). No `required`: the CLI would refuse a pack config without a model
 * before the pack can say why. `enforcementLevel` is the SDK's and never listed.
 */
export const CUSTODY_MODEL_CONFIG_SCHEMA: PolicyConfigSchema = {
    properties: CUSTODY_MODEL_JSON_SCHEMA.properties as PolicyConfigSchema["properties"],
};

export class CustodyModelError extends Error {
    constructor(readonly problems: Problem[]) {
        super(formatProblems(problems));
        this.name = "CustodyModelError";
    }
}

export function formatProblems(problems: readonly Problem[]): string {
    return [
        `the ${CUSTODY_MODEL_SECTION} section of the pack config has ${problems.length} problem${problems.length === 1 ? "" : "s"}` +
            " (regenerate it with `npm run custody-model -- --stack <name> --write`, or fix these keys):",
        ...problems.map(p => `  - ${p.path}: ${p.message}`),
    ].join("\n");
}

const ENFORCEMENT_LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

/** Every problem of the section, structural and cross-field; empty when it is a valid CustodyModel. */
export function custodyModelProblems(raw: unknown, root = CUSTODY_MODEL_SECTION): Problem[] {
    const problems: Problem[] = [];
    let section = raw;
    // The section is also a policy's config: the SDK's enforcementLevel may sit beside the model's keys.
    if (isObject(raw) && "enforcementLevel" in raw) {
        const { enforcementLevel, ...rest } = raw;
        if (typeof enforcementLevel !== "string" || !ENFORCEMENT_LEVELS.includes(enforcementLevel)) {
            problems.push({
                path: `${root}.enforcementLevel`,
                message: `is ${describeValue(enforcementLevel)}; use one of ${ENFORCEMENT_LEVELS.join(", ")}.`,
            });
        }
        section = rest;
    }
    checkShape(MODEL_SHAPE, section, root, problems);
    if (isObject(section)) crossCheck(section, root, problems);
    return problems;
}

/** The validated model, or CustodyModelError naming every problem. */
export function parseCustodyModel(raw: unknown): CustodyModel {
    const problems = custodyModelProblems(raw);
    if (problems.length > 0) throw new CustodyModelError(problems);
    const { enforcementLevel: _level, ...model } = raw as Record<string, unknown>;
    return model as unknown as CustodyModel;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [number, Record<string, unknown>][] {
    return Array.isArray(value)
        ? value.flatMap((v, i): [number, Record<string, unknown>][] => (isObject(v) ? [[i, v]] : []))
        : [];
}

function text(value: unknown): string | undefined {
    return typeof value === "string" ? value : undefined;
}

interface ParsedArn {
    service: string;
    region: string;
    account: string;
    resource: string;
}

function parseArn(value: string | undefined): ParsedArn | undefined {
    const parts = value?.split(":");
    if (!parts || parts.length < 6 || parts[0] !== "arn") return undefined;
    return { service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(":") };
}

/** The selector's one ARN and the kind of asset it selects (undefined when malformed: reported already). */
function selectorTarget(selector: Record<string, unknown>): { arn: string; kind: AssetKind } | undefined {
    const s = selector;
    if (typeof s.table === "string") return { arn: s.table, kind: "table" };
    if (typeof s.keyAlias === "string") return { arn: s.keyAlias, kind: "key" };
    if (typeof s.key === "string") return { arn: s.key, kind: "key" };
    if (typeof s.pattern === "string") {
        const service = parseArn(s.pattern)?.service;
        const kind = ({ dynamodb: "table", kms: "key", iam: "role" } as const)[service as "dynamodb" | "kms" | "iam"];
        return kind ? { arn: s.pattern, kind } : undefined;
    }
    return undefined;
}

/**
 * A Kubernetes identity (IRSA or Pod Identity subject) for duplicate checks: one ServiceAccount in two workloads
 * lets a runtime pod become a provisioner. Principal ARNs may rightly appear twice (seed 003's caller role is the
 * identity of its own workload and the subject of the access role); EC2 and service subjects are per role.
 */
function kubernetesIdentity(subject: Record<string, unknown>): string | undefined {
    for (const kind of ["irsa", "podIdentity"]) {
        const s = subject[kind];
        if (isObject(s)) {
            const where = kind === "irsa" ? s.issuer : s.clusterArn;
            return `${kind} ${String(where)} ${String(s.namespace)}:${String(s.serviceAccount)}`;
        }
    }
    return undefined;
}

function crossCheck(model: Record<string, unknown>, root: string, problems: Problem[]): void {
    const problem = (path: string, message: string) => problems.push({ path: `${root}${path}`, message });
    const accounts = isObject(model.accounts) ? model.accounts : {};
    const accountIds = new Set(Object.keys(accounts));
    const declaredAccounts = [...accountIds].join(", ") || "none";
    const requireAccount = (path: string, account: string | undefined, what: string) => {
        if (account && PATTERNS.account.test(account) && !accountIds.has(account)) {
            problem(
                path,
                `${what} is in account ${account}, which accounts does not declare (declared: ${declaredAccounts}); ` +
                    "add the account to accounts, or select an asset of a declared account.",
            );
        }
    };

    const byName = new Map<string, number>();
    for (const [id, name] of Object.entries(accounts)) {
        if (typeof name !== "string") continue;
        if (byName.has(name)) {
            problem(
                `.accounts["${id}"]`,
                `repeats the name "${name}"; each account has its own name in the stack config.`,
            );
        }
        byName.set(name, 0);
    }

    // Workloads: unique names, subjects of declared accounts, each identity in one workload, entries fitting sets.
    const workloadIndex = new Map<string, number>();
    const identityOwner = new Map<string, string>();
    const allowedOnKeyAlias = new Map<string, { workload: string; accessSet: string }[]>();
    for (const [i, workload] of entries(model.workloads)) {
        const at = `.workloads[${i}]`;
        const name = text(workload.name);
        if (name !== undefined) {
            if (workloadIndex.has(name)) {
                problem(
                    `${at}.name`,
                    `repeats the workload name "${name}" (workloads[${workloadIndex.get(name)}]); give each workload its own name.`,
                );
            } else {
                workloadIndex.set(name, i);
            }
        }
        for (const [j, subject] of entries(workload.subjects)) {
            const sat = `${at}.subjects[${j}]`;
            if (isObject(subject.ec2))
                requireAccount(`${sat}.ec2.account`, text(subject.ec2.account), "the EC2 subject");
            if (isObject(subject.viaService)) {
                requireAccount(`${sat}.viaService.account`, text(subject.viaService.account), "the service's caller");
            }
            if (isObject(subject.podIdentity)) {
                const cluster = text(subject.podIdentity.clusterArn);
                requireAccount(`${sat}.podIdentity.clusterArn`, parseArn(cluster)?.account, "the cluster");
            }
            if (isObject(subject.service)) {
                requireAccount(`${sat}.service.account`, text(subject.service.account), "the service's roles");
                // EC2 instances and EKS pods are their own subjects: the engine reads those trusts as such.
                const principal = text(subject.service.principal)?.replace(/\.cn$/, "");
                const instead =
                    principal === "ec2.amazonaws.com"
                        ? "ec2 {account}"
                        : principal === "pods.eks.amazonaws.com"
                          ? "podIdentity {clusterArn, namespace, serviceAccount}"
                          : undefined;
                if (instead) {
                    problem(
                        `${sat}.service.principal`,
                        `names ${principal}, whose trusts the pack reads as ${instead} subjects; write the subject as ${instead}.`,
                    );
                }
            }
            const identity = kubernetesIdentity(subject);
            if (identity && name !== undefined) {
                const owner = identityOwner.get(identity);
                if (owner !== undefined && owner !== name) {
                    problem(
                        sat,
                        `is also a subject of workload "${owner}": one identity would hold both workloads' access ` +
                            "(a runtime identity could become a provisioner); give each workload its own subject.",
                    );
                } else if (owner === name) {
                    problem(sat, `repeats a subject of this workload; list each subject once.`);
                }
                identityOwner.set(identity, name);
            }
        }
        for (const [j, entry] of entries(workload.allow)) {
            const eat = `${at}.allow[${j}]`;
            const setName = text(entry.accessSet);
            const set: AccessSet | undefined = setName && isAccessSetName(setName) ? ACCESS_SETS[setName] : undefined;
            if (set && workload.kind === "operations" && !isOperationsSet(setName!)) {
                problem(
                    `${eat}.accessSet`,
                    `is ${setName}, but workload "${name ?? i}" is an operations workload, which holds only operations sets ` +
                        `(${ACCESS_SET_NAMES.filter(isOperationsSet).join(", ")}); name one of those, or change the workload's kind.`,
                );
            }
            const seen = new Set<string>();
            for (const [k, selector] of entries(entry.on)) {
                const target = selectorTarget(selector);
                if (!target) continue;
                const sel = `${eat}.on[${k}]`;
                if (seen.has(target.arn)) problem(sel, `repeats ${target.arn} in this entry; list each asset once.`);
                seen.add(target.arn);
                if (set && !set.assets.includes(target.kind)) {
                    problem(
                        sel,
                        `selects a ${target.kind}, but ${setName} applies to ${set.assets.join(" and ")}s only; ` +
                            "select the asset the set is about, or name the set meant for this asset.",
                    );
                }
                requireAccount(sel, parseArn(target.arn)?.account, "the asset");
                if (typeof selector.keyAlias === "string" && name !== undefined && setName) {
                    const list = allowedOnKeyAlias.get(selector.keyAlias) ?? [];
                    list.push({ workload: name, accessSet: setName });
                    allowedOnKeyAlias.set(selector.keyAlias, list);
                }
            }
        }
    }

    // Share rings: indices 1..N once, threshold in range, aliases in their share's account, one owning workload.
    const shareAliases = new Map<string, string>();
    for (const [i, ring] of entries(model.shareRings)) {
        const at = `.shareRings[${i}]`;
        const shares = entries(ring.shares);
        const count = Array.isArray(ring.shares) ? ring.shares.length : 0;
        const threshold = ring.threshold;
        if (typeof threshold === "number" && Number.isInteger(threshold) && count > 0) {
            if (threshold > count) {
                problem(`${at}.threshold`, `is ${threshold} but the ring has ${count} share(s); use 1..${count}.`);
            } else if (count > 1 && threshold < 2) {
                problem(
                    `${at}.threshold`,
                    `is ${threshold} with ${count} shares: any one share would reconstruct the secret; use 2..${count}.`,
                );
            }
        }
        const indices = new Map<number, number>();
        for (const [j, share] of shares) {
            const sat = `${at}.shares[${j}]`;
            const index = share.index;
            if (typeof index === "number" && Number.isInteger(index)) {
                if (index > count)
                    problem(`${sat}.index`, `is ${index}; a ring of ${count} shares has indices 1..${count}.`);
                if (indices.has(index)) {
                    problem(
                        `${sat}.index`,
                        `repeats index ${index} (shares[${indices.get(index)}]); number the shares 1..${count} once each.`,
                    );
                }
                indices.set(index, j);
            }
            const account = text(share.account);
            requireAccount(`${sat}.account`, account, "the share");
            const alias = text(share.keyAlias);
            if (alias !== undefined && PATTERNS.keyAliasArn.test(alias)) {
                const aliasAccount = parseArn(alias)?.account;
                if (account && aliasAccount !== account) {
                    problem(
                        `${sat}.keyAlias`,
                        `is in account ${aliasAccount}, but the share is held by account ${account}; the alias ARN names the account holding the share's key.`,
                    );
                }
                if (shareAliases.has(alias)) {
                    problem(`${sat}.keyAlias`, `is also ${shareAliases.get(alias)}; each share has its own key.`);
                }
                shareAliases.set(alias, `${root}${sat}.keyAlias`);
            }
        }
        const workload = text(ring.workload);
        if (workload !== undefined && !workloadIndex.has(workload)) {
            problem(
                `${at}.workload`,
                `names "${workload}", which is not a workload of this model (${[...workloadIndex.keys()].join(", ") || "none"}); name the workload that wraps the shares.`,
            );
        }
        for (const [j, share] of shares) {
            const alias = text(share.keyAlias);
            if (alias === undefined || workload === undefined || !workloadIndex.has(workload)) continue;
            const grants = allowedOnKeyAlias.get(alias) ?? [];
            if (!grants.some(g => g.workload === workload && g.accessSet === "signer.shareWrap")) {
                problem(
                    `${at}.shares[${j}].keyAlias`,
                    `is not in an allow entry of workload "${workload}" with accessSet signer.shareWrap; add it there, or the ring's workload cannot wrap this share.`,
                );
            }
            // Reading a share's metadata (an auditor's operations.keyAudit) uses no key material: allowed by name.
            for (const other of grants.filter(g => g.workload !== workload && !isMetadataOnly(g.accessSet))) {
                problem(
                    `${at}.shares[${j}].keyAlias`,
                    `is also allowed to workload "${other.workload}" (${other.accessSet}); only the ring's workload "${workload}" may use a share key ` +
                        `(another workload may hold only a metadata set on it: ${ACCESS_SET_NAMES.filter(isMetadataOnly).join(", ")}).`,
                );
            }
        }
    }

    // Tables: unique, each encrypted by a key alias of its own account and region (DynamoDB SSE requires a key in
    // the table's region), never a share key; the stack creates them, so they are not external assets too.
    const tables = new Map<string, number>();
    for (const [i, table] of entries(model.tables)) {
        const at = `.tables[${i}]`;
        const tableArn = text(table.table);
        const alias = text(table.keyAlias);
        if (tableArn === undefined || !PATTERNS.tableArn.test(tableArn)) continue;
        if (tables.has(tableArn))
            problem(`${at}.table`, `repeats tables[${tables.get(tableArn)}]; list each table once.`);
        tables.set(tableArn, i);
        const t = parseArn(tableArn)!;
        requireAccount(`${at}.table`, t.account, "the table");
        if (alias !== undefined && PATTERNS.keyAliasArn.test(alias)) {
            const k = parseArn(alias)!;
            if (k.account !== t.account || k.region !== t.region) {
                problem(
                    `${at}.keyAlias`,
                    `is in ${k.region}/${k.account} but the table is in ${t.region}/${t.account}; a table's CMK is a key of the table's own account and region.`,
                );
            }
            if (shareAliases.has(alias))
                problem(
                    `${at}.keyAlias`,
                    `is a share key (${shareAliases.get(alias)}); a share key never encrypts a table.`,
                );
        }
    }

    const external = new Set<string>();
    for (const [i, selector] of entries(model.externalAssets)) {
        const at = `.externalAssets[${i}]`;
        if (typeof selector.pattern === "string") {
            problem(
                `${at}.pattern`,
                "selects no single asset; an external asset is one table (table) or one key (key or keyAlias).",
            );
            continue;
        }
        const target = selectorTarget(selector);
        if (!target) continue;
        if (external.has(target.arn)) problem(at, `repeats ${target.arn}; list each external asset once.`);
        external.add(target.arn);
        if (tables.has(target.arn)) {
            problem(
                at,
                `is also in tables (tables[${tables.get(target.arn)}]); a table the stack creates is not external: remove one.`,
            );
        }
        requireAccount(at, parseArn(target.arn)?.account, "the external asset");
    }
}

/** For messages and docs: the access sets a model may name. */
export function knownAccessSets(): string {
    return ACCESS_SET_NAMES.join(", ");
}
