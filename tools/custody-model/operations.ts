/**
 * `custody:operations` in `Pulumi.<stack>.yaml`: the operations helpers the custody model names beside the program's
 * workloads, such as an auditor reading key and table metadata or AWS Backup's service role. The program deploys
 * none of them and never reads the `custody:` namespace; the generator turns each entry into a model workload of
 * kind `operations`, holding only the operations access sets (policy-pack/custody/accessSets.ts), on assets the
 * generated model already names. Every problem is reported at once, under its key, with its fix.
 *
 * ```yaml
 * custody:operations:
 *   - name: custody-audit
 *     subject: { principal: arn:aws:iam::111111111111:role/custody-audit }
 *     allow:
 *       - { accessSet: operations.keyAudit, on: [signer.shares] }
 *       - { accessSet: operations.tableAudit, on: [signer.tables] }
 *   - name: table-backup
 *     subject: { service: { principal: backup.amazonaws.com } }   # account: the primary account unless given
 *     allow:
 *       - { accessSet: operations.tableBackup, on: [signer.tables] }
 * ```
 */
import {
    ACCESS_SET_NAMES,
    ACCESS_SETS,
    AccessSet,
    isAccessSetName,
    isOperationsSet,
} from "../../policy-pack/custody/accessSets";
import type { AssetSelector, CustodyModel, Subject, Workload } from "../../policy-pack/custody/types";
import type { StackConfig } from "../../components/workloads";
import { distance } from "../../components/stack/load";
import { DuplicateJsonKeyError, duplicateMessage, duplicatePath, parseJsonStrict } from "../../components/config/json";
import { arnPartitionProblem, programRoles, stackPartition } from "../../components/stack/validate";
import { WORKLOAD_NAMES } from "./generate";
import { iamArnProblem, IAM_PATH_AND_NAME } from "../../components/config/patterns";

export const OPERATIONS_NAMESPACE = "custody";
export const OPERATIONS_KEY = `${OPERATIONS_NAMESPACE}:operations`;
/** The keys of the `custody:` namespace. */
const KEYS = [OPERATIONS_KEY];

/** One problem, under its full config key (`custody:operations[0].allow[1].accessSet`). */
export interface OperationsProblem {
    key: string;
    message: string;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
// An exact role or user ARN: path and name as IAM allows them (components/config/patterns.ts IAM_PATH_AND_NAME).
const PRINCIPAL_ARN = new RegExp(`^arn:aws(?:-cn|-us-gov)?:iam::\\d{12}:(?:role|user)\\/${IAM_PATH_AND_NAME}$`);
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;
/**
 * The services an operations helper may be: a `service` subject covers every role of its account the service may
 * assume, so only services that run no code of the account's users may hold operations sets. AWS Backup
 * (AWSBackupServiceRolePolicyForBackup) and AWS Config's recorder (AWS_ConfigRole: read-only describe calls) call
 * fixed APIs; Lambda, ECS tasks, CodeBuild, Batch, Step Functions, Glue, SageMaker, EC2 or EKS pods run whatever
 * code the account deploys, so any of it would hold the set: such a helper is named by its role's ARN.
 */
const OPERATIONS_SERVICES = ["backup.amazonaws.com", "config.amazonaws.com"];
const ROLE_OF_ARN = /^arn:[^:]+:iam::(\d{12}):role\/(?:[^/]*\/)*([^/]+)$/;
const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

type Kind = "table" | "key";

/**
 * The assets an entry may name, derived from the generated model (so a renamed table or alias follows): each a
 * symbolic name of what the program creates or the model already names.
 */
export function assetRefs(model: CustodyModel): Map<string, { kind: Kind; on: AssetSelector[] }> {
    const refs = new Map<string, { kind: Kind; on: AssetSelector[] }>();
    const entry = (workload: string, accessSet: string) =>
        model.workloads.find(w => w.name === workload)?.allow.find(e => e.accessSet === accessSet);
    // Metadata and backups are about a table, never its indexes.
    const tableOnly = (on: readonly AssetSelector[]): AssetSelector[] =>
        on.flatMap((s): AssetSelector[] =>
            "table" in s ? [{ table: s.table }] : "pattern" in s && !s.pattern.includes("/index/") ? [s] : [],
        );
    if (model.tables.length > 0) {
        refs.set("signer.tables", { kind: "table", on: model.tables.map(t => ({ table: t.table })) });
        const keys = [...new Set(model.tables.map(t => t.keyAlias))];
        refs.set("signer.tablesKey", { kind: "key", on: keys.map(keyAlias => ({ keyAlias })) });
    }
    for (const [ref, set] of [
        ["signer.tables.antiSlashing", "signer.antiSlashing"],
        ["signer.tables.keystore", "signer.keySource"],
        ["signer.tables.signerState", "signer.signerState"],
    ] as const) {
        const e = entry(WORKLOAD_NAMES.signer, set);
        if (e) refs.set(ref, { kind: "table", on: tableOnly(e.on) });
    }
    const ring = model.shareRings.find(r => r.workload === WORKLOAD_NAMES.signer);
    if (ring) {
        refs.set("signer.shares", { kind: "key", on: ring.shares.map(s => ({ keyAlias: s.keyAlias })) });
        for (const s of ring.shares)
            refs.set(`signer.shares.${s.index}`, { kind: "key", on: [{ keyAlias: s.keyAlias }] });
    }
    const basil = entry(WORKLOAD_NAMES.basilRuntime, "basil.runtime");
    if (basil) refs.set("basil.keys", { kind: "key", on: [...basil.on] });
    const td = entry(WORKLOAD_NAMES.trustDomain, "trustDomain.keyManager");
    if (td) refs.set("trustDomain.keys", { kind: "key", on: [...td.on] });
    const curity = model.workloads.find(w => w.name === WORKLOAD_NAMES.curity)?.allow[0];
    if (curity) refs.set("curity.tables", { kind: "table", on: tableOnly(curity.on) });
    const access = entry(WORKLOAD_NAMES.crossAccountAccess, "crossAccount.access");
    if (access) {
        const table = tableOnly(access.on);
        const key = access.on.filter(s => "key" in s || "keyAlias" in s);
        if (table.length > 0) refs.set("crossAccount.table", { kind: "table", on: table });
        if (key.length > 0) refs.set("crossAccount.key", { kind: "key", on: key });
    }
    return refs;
}

function isObject(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
    if (v === undefined) return "nothing";
    if (Array.isArray(v)) return "a list";
    if (v === null) return "null";
    return typeof v === "string" ? `"${v}"` : typeof v === "object" ? "a map" : `${typeof v} ${String(v)}`;
}

/**
 * The operations workloads of a stack file's config (full keys to values as the engine stores them: objects as
 * JSON text), against the model generated from its validated config (`base`; undefined when that config has
 * problems of its own: the entries are then checked without their assets and subjects' cluster). Problems go to
 * `problems`; the workloads returned are valid only when none was added.
 */
export function readOperations(
    config: Readonly<Record<string, string>>,
    cfg: StackConfig | undefined,
    base: CustodyModel | undefined,
    problems: OperationsProblem[],
): Workload[] {
    const problem = (key: string, message: string) => problems.push({ key, message });
    for (const key of Object.keys(config)) {
        const ns = key.split(":")[0];
        if (ns === OPERATIONS_NAMESPACE) {
            if (!KEYS.includes(key))
                problem(key, `unknown setting; the settings under ${OPERATIONS_NAMESPACE}: are: ${KEYS.join(", ")}.`);
        } else if (ns !== "custody-infra" && distance(ns.toLowerCase(), OPERATIONS_NAMESPACE) <= 2) {
            // custody-infra's near misses are the program's to report; this is one of custody's.
            if (distance(ns.toLowerCase(), "custody-infra") > 3)
                problem(
                    key,
                    `is in namespace "${ns}", a misspelling that nothing reads; write ${OPERATIONS_NAMESPACE}:${key.slice(ns.length + 1)}.`,
                );
        }
    }
    const text = config[OPERATIONS_KEY];
    if (text === undefined) return [];
    let raw: unknown;
    try {
        raw = parseJsonStrict(text);
    } catch (e) {
        if (e instanceof DuplicateJsonKeyError) {
            // Refused like the program's own JSON-text values (components/stack/load.ts readRawConfig); the rest
            // is still checked as JSON.parse reads it, so every problem comes in one run.
            for (const d of e.duplicates)
                problem(duplicatePath(OPERATIONS_KEY, d), duplicateMessage(d, OPERATIONS_KEY));
            raw = JSON.parse(text);
        } else raw = text;
    }
    if (!Array.isArray(raw)) {
        problem(OPERATIONS_KEY, `is ${describe(raw)}; write a list of {name, subject, allow} entries.`);
        return [];
    }
    const refs = base ? assetRefs(base) : undefined;
    const operationsSets = ACCESS_SET_NAMES.filter(isOperationsSet);
    const taken = new Map<string, string>((base?.workloads ?? []).map(w => [w.name, "a workload of the program"]));
    const kubernetesOwners = new Map<string, string>();
    for (const w of base?.workloads ?? [])
        for (const s of w.subjects) {
            const id = kubernetesIdentity(s);
            if (id) kubernetesOwners.set(id, w.name);
        }
    // The roles of the program's own workloads, and the principals its workloads name: an operations helper is
    // neither (README "Naming an operations helper": "An auditor or AWS Backup's role is no workload of the program").
    const ownRoles = cfg ? programRoles(cfg) : [];
    const principalOwners = new Map<string, string>();
    for (const w of base?.workloads ?? [])
        for (const s of w.subjects) if ("principal" in s) principalOwners.set(s.principal.toLowerCase(), w.name);
    const out: Workload[] = [];
    raw.forEach((item, i) => {
        const at = `${OPERATIONS_KEY}[${i}]`;
        if (!isObject(item)) {
            problem(at, `is ${describe(item)}; write {name, subject, allow}.`);
            return;
        }
        for (const k of Object.keys(item))
            if (!["name", "subject", "allow"].includes(k))
                problem(`${at}.${k}`, "unknown setting; an operations entry has name, subject and allow.");
        const before = problems.length;
        const name = typeof item.name === "string" ? item.name : undefined;
        if (name === undefined)
            problem(`${at}.name`, `is ${describe(item.name)}; give the workload a name, e.g. custody-audit.`);
        else if (!NAME.test(name))
            problem(`${at}.name`, `"${name}" is not a workload name: lower-case letters, digits and -, at most 63.`);
        else if (taken.has(name))
            problem(`${at}.name`, `"${name}" is already ${taken.get(name)}; give each workload its own name.`);
        else taken.set(name, `${at}.name`);
        const subject = readSubject(item.subject, `${at}.subject`, cfg, problem);
        const id = subject ? kubernetesIdentity(subject) : undefined;
        if (id && kubernetesOwners.has(id))
            problem(
                `${at}.subject`,
                `is also a subject of workload "${kubernetesOwners.get(id)}": one ServiceAccount would hold both workloads' access; give the helper its own ServiceAccount.`,
            );
        else if (id) kubernetesOwners.set(id, name ?? at);
        if (subject && "principal" in subject) {
            const role = ROLE_OF_ARN.exec(subject.principal);
            const own = role
                ? ownRoles.find(x => x.accountId === role[1] && x.name.toLowerCase() === role[2].toLowerCase())
                : undefined;
            const owner = principalOwners.get(subject.principal.toLowerCase());
            if (own)
                problem(
                    `${at}.subject.principal`,
                    `is the role ${own.name} the program creates for ${own.key}: a helper given a workload's role would add its access to that workload's; give the helper a role of its own.`,
                );
            else if (owner)
                problem(
                    `${at}.subject.principal`,
                    `is also a subject of workload "${owner}": one role would hold both workloads' access; give the helper a role of its own.`,
                );
        }
        const allow: Workload["allow"] = [];
        if (!Array.isArray(item.allow) || item.allow.length === 0) {
            problem(`${at}.allow`, `is ${describe(item.allow)}; list at least one {accessSet, on}.`);
        } else {
            item.allow.forEach((e, j) => {
                const eat = `${at}.allow[${j}]`;
                if (!isObject(e)) {
                    problem(eat, `is ${describe(e)}; write {accessSet, on}.`);
                    return;
                }
                for (const k of Object.keys(e))
                    if (!["accessSet", "on"].includes(k))
                        problem(`${eat}.${k}`, "unknown setting; an allow entry has accessSet and on.");
                const setName = typeof e.accessSet === "string" ? e.accessSet : undefined;
                let set: AccessSet | undefined;
                if (setName === undefined || !isAccessSetName(setName) || !isOperationsSet(setName)) {
                    problem(
                        `${eat}.accessSet`,
                        `is ${describe(e.accessSet)}${setName && isAccessSetName(setName) ? ", a set of the program's workloads" : ""}; ` +
                            `an operations workload holds one of ${operationsSets.join(", ")}.`,
                    );
                } else set = ACCESS_SETS[setName];
                const on: AssetSelector[] = [];
                if (!Array.isArray(e.on) || e.on.length === 0) {
                    problem(`${eat}.on`, `is ${describe(e.on)}; list the assets, e.g. [signer.tables].`);
                } else {
                    e.on.forEach((ref, k) => {
                        const rat = `${eat}.on[${k}]`;
                        if (typeof ref !== "string") {
                            problem(rat, `is ${describe(ref)}; name an asset of this stack, e.g. signer.tables.`);
                            return;
                        }
                        if (!refs) return;
                        const target = refs.get(ref);
                        if (!target) {
                            problem(
                                rat,
                                `"${ref}" is no asset of this stack; the assets are: ${[...refs.keys()].join(", ") || "none"}.`,
                            );
                            return;
                        }
                        if (set && !set.assets.includes(target.kind)) {
                            problem(
                                rat,
                                `"${ref}" names ${target.kind}s, but ${setName} applies to ${set.assets.join(" and ")}s; name the set meant for ${target.kind}s.`,
                            );
                            return;
                        }
                        for (const sel of target.on)
                            if (!on.some(x => JSON.stringify(x) === JSON.stringify(sel))) on.push(sel);
                    });
                }
                if (setName && set) allow.push({ accessSet: setName, on });
            });
        }
        if (problems.length === before && name && subject)
            out.push({ name, subjects: [subject], kind: "operations", allow });
    });
    return out;
}

/** The subject of an entry, with the cluster and accounts of the stack config filled in. */
function readSubject(
    raw: unknown,
    at: string,
    cfg: StackConfig | undefined,
    problem: (key: string, message: string) => void,
): Subject | undefined {
    const forms = ["principal", "irsa", "podIdentity", "service"];
    if (!isObject(raw) || Object.keys(raw).length !== 1 || !forms.includes(Object.keys(raw)[0])) {
        problem(
            at,
            `is ${describe(raw)}; write exactly one of {principal: <role ARN>}, {irsa: {namespace, serviceAccount}}, ` +
                "{podIdentity: {namespace, serviceAccount}}, {service: {principal: backup.amazonaws.com, account?}}.",
        );
        return undefined;
    }
    const [form, value] = Object.entries(raw)[0];
    if (form === "principal") {
        if (typeof value === "string" && PRINCIPAL_ARN.test(value)) {
            // The stack's partition, as for every ARN of custody-infra: (components/stack/validate.ts).
            const partition = cfg ? stackPartition(cfg.accounts, cfg.primaryAccount) : undefined;
            const wrong = partition ? arnPartitionProblem(value, partition) : undefined;
            if (!wrong) return { principal: value };
            problem(`${at}.principal`, wrong.replace(/^"[^"]*" /, ""));
            return undefined;
        }
        problem(
            `${at}.principal`,
            `is ${describe(value)}; write an exact IAM role or user ARN (arn:aws:iam::<12 digits>:role/<name>), no wildcard.${
                typeof value === "string" && iamArnProblem(value, true, "")
                    ? ` It ${iamArnProblem(value, true, "")}`
                    : ""
            }`,
        );
        return undefined;
    }
    if (!isObject(value)) {
        problem(`${at}.${form}`, `is ${describe(value)}; write a map.`);
        return undefined;
    }
    if (form === "service") {
        for (const k of Object.keys(value))
            if (!["principal", "account"].includes(k))
                problem(`${at}.service.${k}`, "unknown setting; a service subject has principal and account.");
        const principal = value.principal;
        let ok = true;
        if (typeof principal !== "string" || !SERVICE_PRINCIPAL.test(principal)) {
            problem(
                `${at}.service.principal`,
                `is ${describe(principal)}; write the service principal as a trust policy does, e.g. backup.amazonaws.com.`,
            );
            ok = false;
        } else if (/^(ec2|pods\.eks)\.amazonaws\.com/.test(principal)) {
            problem(
                `${at}.service.principal`,
                `is ${principal}: EC2 instances and EKS pods are not operations services; name the role by its principal ARN.`,
            );
            ok = false;
        } else if (!OPERATIONS_SERVICES.includes(principal.replace(/\.cn$/, ""))) {
            problem(
                `${at}.service.principal`,
                `is ${principal}, not an operations service: a service subject covers every role of its account the service may assume, ` +
                    `so only services that run none of the account's code may be one (${OPERATIONS_SERVICES.join(", ")}); ` +
                    "name any other helper (a Lambda function, an ECS task, an instance) by its role's principal ARN.",
            );
            ok = false;
        }
        const accountName = value.account ?? cfg?.primaryAccount.name;
        const account = cfg?.accounts.find(a => a.name === accountName);
        if (value.account !== undefined && (typeof value.account !== "string" || (cfg && !account))) {
            problem(
                `${at}.service.account`,
                `is ${describe(value.account)}; name an account of custody-infra:accounts (${cfg?.accounts.map(a => a.name).join(", ") ?? "see accounts"}).`,
            );
            ok = false;
        }
        return ok && account ? { service: { principal: principal as string, account: account.accountId } } : undefined;
    }
    for (const k of Object.keys(value))
        if (!["namespace", "serviceAccount"].includes(k))
            problem(`${at}.${form}.${k}`, `unknown setting; a ${form} subject has namespace and serviceAccount.`);
    const ns = value.namespace;
    const sa = value.serviceAccount;
    let ok = true;
    if (typeof ns !== "string" || !DNS1123_LABEL.test(ns) || ns.length > 63) {
        problem(`${at}.${form}.namespace`, `is ${describe(ns)}; write a Kubernetes namespace (a DNS-1123 label).`);
        ok = false;
    }
    if (typeof sa !== "string" || !DNS1123_SUBDOMAIN.test(sa) || sa.length > 253) {
        problem(
            `${at}.${form}.serviceAccount`,
            `is ${describe(sa)}; write a ServiceAccount name (a DNS-1123 subdomain).`,
        );
        ok = false;
    }
    if (!ok || !cfg) return undefined;
    if (form === "irsa") {
        const issuer = cfg.cluster?.oidcIssuerHost;
        if (!issuer) {
            problem(
                `${at}.irsa`,
                "needs the cluster's OIDC issuer: set custody-infra:cluster.oidcIssuerUrl, or use podIdentity.",
            );
            return undefined;
        }
        return { irsa: { issuer, namespace: ns as string, serviceAccount: sa as string } };
    }
    const clusterArn = cfg.cluster?.eks?.arn;
    if (!clusterArn) {
        problem(
            `${at}.podIdentity`,
            "needs the cluster: set custody-infra:cluster.name and cluster.account, or use irsa.",
        );
        return undefined;
    }
    return { podIdentity: { clusterArn, namespace: ns as string, serviceAccount: sa as string } };
}

function kubernetesIdentity(s: Subject): string | undefined {
    if ("irsa" in s) return `${s.irsa.namespace}:${s.irsa.serviceAccount}`;
    if ("podIdentity" in s) return `${s.podIdentity.namespace}:${s.podIdentity.serviceAccount}`;
    return undefined;
}
