import { eksClusterArn, oidcProviderArn, partitionOf } from "../iam/arns";
import { MAX_PROGRAM_TAGS, MAX_TAGS_PER_RESOURCE } from "../private/naming";
import { StackConfig, WORKLOADS, WorkloadSections } from "../workloads";
import { emptyFootprint, Footprint, SectionEnv } from "../workloads/workload";
import { crossCheck } from "./crossChecks";
import { CONFIG_NAMESPACE, ConfigProblem, ConfigValidationError } from "../config/errors";
import { checkTagSet, EXTERNAL_ID, readRegion } from "../config/fields";
import * as P from "../config/patterns";
import { ConfigReader, setPathText } from "../config/reader";
import { AccountConfig, ClusterConfig, EksClusterRef, KubernetesConfig } from "../config/schema";

/** The stack-wide keys of the `custody-infra:` namespace; each workload's section key comes from the registry. */
const SHARED_KEYS = ["accounts", "primaryAccount", "namePrefix", "tags", "cluster", "kubernetes"] as const;

/** Every top-level key of the `custody-infra:` namespace. Pulumi.yaml's comment header documents each. */
const TOP_LEVEL_KEYS: readonly string[] = [...SHARED_KEYS, ...WORKLOADS.map(w => w.key)];

export interface ValidationContext {
    project: string;
    stack: string;
    /** Full config keys whose namespace is a near miss of custody-infra (see misspeltNamespaceKeys). */
    misspeltKeys?: readonly string[];
    /** Problems found while reading the raw values (a JSON-text key written twice: readRawConfig), reported first. */
    parseProblems?: readonly ConfigProblem[];
}

/**
 * Turns the raw `custody-infra:*` values (already JSON-parsed where they were objects) into a typed
 * StackConfig, or throws ConfigValidationError naming every bad key and how to fix it. Pure: no Pulumi,
 * no I/O, so it runs before any resource is registered and is unit-tested directly.
 */
export function validateStackConfig(raw: Record<string, unknown>, ctx: ValidationContext): StackConfig {
    const r = new ConfigReader();
    for (const p of ctx.parseProblems ?? []) r.problem(p.key, p.message);
    r.object("", raw, TOP_LEVEL_KEYS);
    for (const fullKey of ctx.misspeltKeys ?? []) {
        const key = fullKey.slice(fullKey.indexOf(":") + 1);
        r.problem(
            key,
            `is set as ${fullKey}, a misspelt namespace that nothing reads; write ${CONFIG_NAMESPACE}:${key}.`,
        );
    }

    const accounts = readAccounts(r, raw.accounts);
    // Names as declared, even when that account's own settings are bad (reported once, under its key):
    // a reference to it must not be called undeclared as well.
    const accountNames = declaredAccountNames(raw.accounts);
    const primaryAccount = readPrimary(r, raw.primaryAccount, accounts, accountNames);
    const namePrefix = readNamePrefix(r, raw.namePrefix, ctx.stack);
    const tags = readTags(r, "tags", raw.tags);
    const kubernetes = readKubernetes(r, raw.kubernetes);
    const cluster = readCluster(r, raw.cluster, primaryAccount, accounts, accountNames);

    const env: SectionEnv = {
        namePrefix,
        accounts,
        primaryAccount,
        accountNames,
        cluster,
        refAccount: (key, value) => {
            // YAML null (`account:` left empty) is absent, as everywhere in the reader.
            if (value === undefined || value === null) {
                return primaryAccount?.name;
            }
            const name = r.string(key, value);
            if (name !== undefined && !accountNames.includes(name)) {
                return r.problem(
                    key,
                    `"${name}" is not an account declared in accounts (declared: ${accountNames.join(", ") || "none"}).`,
                );
            }
            return name;
        },
    };

    // Each workload reads its own section, in registry order.
    const sections: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const footprints = new Map<string, Footprint>();
    for (const w of WORKLOADS) {
        const before = r.problems.length;
        const section = w.read(r, raw[w.key], env);
        if (section === undefined && raw[w.key] != null && r.problems.length === before) {
            // A section given but dropped without a word would deploy nothing for it: never silently.
            r.problem(w.key, "could not be read: a required setting is missing or empty; see the workload's README.");
        }
        if (section !== undefined) {
            sections[w.key] = section;
            footprints.set(w.key, (w.footprint as (s: unknown, e: SectionEnv) => Footprint)(section, env));
        }
    }

    if (footprints.size === 0 && r.problems.length === 0) {
        const names = WORKLOADS.map(w => w.key);
        r.problem(
            names[0],
            `no workload is configured: set at least one of ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}.`,
        );
    }

    // IRSA workloads need the cluster's OIDC provider, and an IAM OIDC provider lives in one account.
    const irsaWorkloads = [...footprints].flatMap(([key, f]) => (f.irsa ? [{ key, account: f.irsa.account }] : []));
    if (irsaWorkloads.length > 0 && !cluster && raw.cluster == null) {
        r.problem(
            "cluster",
            `is required by ${irsaWorkloads.map(w => w.key).join(", ")} (IRSA): set cluster.oidcIssuerUrl and cluster.oidcProviderArn.`,
        );
    }
    const rawCluster = (raw.cluster ?? {}) as Record<string, unknown>;
    if (irsaWorkloads.length > 0 && cluster && rawCluster.oidcIssuerUrl == null) {
        r.problem(
            "cluster.oidcIssuerUrl",
            `is required by ${irsaWorkloads.map(w => w.key).join(", ")} (IRSA); for example: ${OIDC_ISSUER_EXAMPLE}`,
        );
    }
    const podIdentityWorkloads = [...footprints].flatMap(([key, f]) =>
        f.podIdentity ? [{ key, ...f.podIdentity }] : [],
    );
    checkPodIdentityCluster(r, podIdentityWorkloads, rawCluster, raw.cluster != null);
    // "Pod Identity is not available in China Regions. Use IAM roles for service accounts." (Amazon EKS user guide,
    // China edition, docs.amazonaws.cn/en_us/eks/latest/userguide/pod-identities.html): the association would fail.
    const eksRegion = cluster?.eks?.region;
    if (eksRegion && partitionOf(eksRegion) === "aws-cn") {
        for (const { key } of podIdentityWorkloads) {
            r.problem(
                `${key}.identities`,
                `lists podIdentity, but the cluster is in ${eksRegion} and EKS Pod Identity is not available in the China Regions: use [irsa] (set cluster.oidcIssuerUrl and cluster.oidcProviderArn).`,
            );
        }
    }
    if (cluster && primaryAccount) {
        for (const { key, account } of irsaWorkloads) {
            if (account && account !== primaryAccount.name) {
                r.problem(
                    `${key}.account`,
                    `"${account}" cannot use IRSA: the cluster's OIDC provider is in the primary account ${primaryAccount.name}; deploy ${key} in ${primaryAccount.name}.`,
                );
            }
        }
    }
    const managesServiceAccounts =
        kubernetes.manageServiceAccounts && (irsaWorkloads.length > 0 || podIdentityWorkloads.length > 0);
    if (!kubernetes.manageServiceAccounts) {
        for (const { key } of [...footprints.values()].flatMap(f => f.namespaces)) {
            r.problem(
                key,
                "is true but kubernetes.manageServiceAccounts is false, so no Kubernetes object is created: remove createNamespace or manage ServiceAccounts.",
            );
        }
    }
    if (managesServiceAccounts && !kubernetes.kubeconfig && !kubernetes.context) {
        r.problem(
            "kubernetes",
            "names no cluster: set kubernetes.context (a context of your kubeconfig) or kubernetes.kubeconfig, so ServiceAccounts never go to whatever cluster is current; or set kubernetes.manageServiceAccounts to false.",
        );
    }

    checkArnPartitions(r, raw, accounts, primaryAccount);
    crossCheck(r, withAssociationRoles(footprints, cluster?.eks?.account), accounts);
    for (const w of WORKLOADS) {
        const section = sections[w.key];
        if (section !== undefined && w.check) {
            (w.check as (r: ConfigReader, s: unknown, e: unknown) => void)(r, section, { ...env, footprints });
        }
    }

    if (r.problems.length > 0 || !primaryAccount) {
        throw new ConfigValidationError(
            r.problems.length > 0 ? r.problems : [{ key: "accounts", message: "is required." }],
        );
    }
    return {
        project: ctx.project,
        stack: ctx.stack,
        namePrefix,
        accounts,
        primaryAccount,
        tags,
        cluster,
        kubernetes: { ...kubernetes, manageServiceAccounts: managesServiceAccounts },
        ...(sections as WorkloadSections),
    };
}

function readAccounts(r: ConfigReader, value: unknown): AccountConfig[] {
    const example = `{"main": {"accountId": "111111111111", "region": "eu-west-1"}}`;
    if (value == null) {
        r.problem("accounts", `is required: a map from account name to its id and region, e.g. ${example}.`);
        return [];
    }
    const map = r.object("accounts", value, Object.keys((value ?? {}) as object));
    if (!map) {
        return [];
    }
    if (Object.keys(map).length === 0) {
        r.problem("accounts", `declares no account; for example: ${example}.`);
    }
    const accounts: AccountConfig[] = [];
    const seenIds = new Map<string, string>();
    for (const [name, entry] of Object.entries(map)) {
        const key = `accounts.${name}`;
        if (!P.DNS1123_LABEL.pattern.test(name)) {
            r.problem(
                key,
                `account name "${name}" must be lower-case letters, digits and '-' (it is used in resource names).`,
            );
            continue;
        }
        const o = r.object(key, entry, ["accountId", "region", "assumeRoleArn", "externalId"]);
        if (!o) {
            if (entry === undefined || entry === null) r.problem(key, "is empty: set accountId and region.");
            continue;
        }
        const accountId = readAccountId(r, `${key}.accountId`, o.accountId);
        const region = readRegion(r, `${key}.region`, o.region, true);
        const assumeRoleArn = r.string(`${key}.assumeRoleArn`, o.assumeRoleArn, P.ROLE_ARN);
        const externalId = r.string(`${key}.externalId`, o.externalId, EXTERNAL_ID);
        if (externalId && !o.assumeRoleArn) {
            r.problem(
                `${key}.externalId`,
                "is only used when assuming a role: set assumeRoleArn too, or remove externalId.",
            );
        }
        if (region && assumeRoleArn && assumeRoleArn.split(":")[1] !== partitionOf(region)) {
            r.problem(
                `${key}.assumeRoleArn`,
                `is in partition ${assumeRoleArn.split(":")[1]}, but region ${region} is in ${partitionOf(region)}: write arn:${partitionOf(region)}:iam::…`,
            );
        }
        if (accountId && assumeRoleArn && assumeRoleArn.split(":")[4] !== accountId) {
            r.problem(
                `${key}.assumeRoleArn`,
                `is in account ${assumeRoleArn.split(":")[4]}, not ${accountId}: the deploy role must live in the account it deploys into.`,
            );
        }
        if (accountId) {
            const other = seenIds.get(accountId);
            if (other) {
                r.problem(
                    `${key}.accountId`,
                    `${accountId} is already declared as account "${other}": declare each AWS account once and reuse its name.`,
                );
            }
            seenIds.set(accountId, name);
        }
        if (accountId && region) {
            accounts.push({ name, accountId, region, assumeRoleArn, externalId });
        }
    }
    // IAM principals, KMS key policies and sts:AssumeRole never cross partitions: a share key in aws-us-gov can
    // never name a role in aws, so every account of one stack lives in one partition.
    const partitions = new Set(accounts.map(a => partitionOf(a.region)));
    if (partitions.size > 1) {
        const first = accounts[0];
        for (const a of accounts.filter(x => partitionOf(x.region) !== partitionOf(first.region))) {
            r.problem(
                `accounts.${a.name}.region`,
                `${a.region} is in partition ${partitionOf(a.region)}, but account ${first.name} (${first.region}) is in ${partitionOf(first.region)}: IAM and KMS permissions cannot cross partitions; keep one stack's accounts in one partition.`,
            );
        }
    }
    return accounts;
}

/**
 * An AWS account id: a string of 12 digits, or an integer of exactly 12 digits, the form `pulumi config set --path
 * custody-infra:accounts.<name>.accountId 222222222222` stores it in (setPathText: a number Pulumi wrote lost no
 * digit, and one of 12 digits is the id). Any other number is refused, never padded: an unquoted `011111111111`
 * written by hand reads as the YAML number 11111111111, and the missing digits are not guessed. The one reader of
 * account ids in the stack config.
 */
function readAccountId(r: ConfigReader, key: string, value: unknown): string | undefined {
    if (typeof value !== "number") return r.requiredString(key, value, P.ACCOUNT_ID, '"111111111111"');
    const text = setPathText(value);
    if (typeof text === "string" && P.ACCOUNT_ID.pattern.test(text)) return text;
    return r.problem(
        key,
        `is the number ${value}; write the account id as a quoted string of 12 digits, e.g. "012345678901" (YAML reads an unquoted id as a number and drops its leading zeros, so only a 12-digit number is read as an account id).`,
    );
}

function declaredAccountNames(value: unknown): string[] {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        return [];
    }
    return Object.keys(value).filter(name => P.DNS1123_LABEL.pattern.test(name));
}

function readPrimary(
    r: ConfigReader,
    value: unknown,
    accounts: AccountConfig[],
    declared: string[],
): AccountConfig | undefined {
    if (value == null) {
        if (declared.length > 1) {
            r.problem(
                "primaryAccount",
                `is required with several accounts: name the one that holds the tables and workload roles (one of ${declared.join(", ")}).`,
            );
            return undefined;
        }
        return accounts[0];
    }
    const name = r.string("primaryAccount", value);
    if (name !== undefined && !declared.includes(name) && declared.length > 0) {
        r.problem(
            "primaryAccount",
            `"${name}" is not an account declared in accounts (declared: ${declared.join(", ")}).`,
        );
    }
    return accounts.find(a => a.name === name);
}

function readNamePrefix(r: ConfigReader, value: unknown, stack: string): string {
    if (value != null) {
        return r.string("namePrefix", value, P.NAME_PREFIX) ?? "invalid";
    }
    const derived = `custody-${stack.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`.replace(/-+$/, "");
    if (!P.NAME_PREFIX.pattern.test(derived)) {
        r.problem(
            "namePrefix",
            `the default prefix "${derived}" derived from the stack name is not usable (2-32 lower-case letters, digits and '-'): set namePrefix explicitly.`,
        );
    }
    return derived;
}

function readTags(r: ConfigReader, key: string, value: unknown): Record<string, string> {
    const tags = r.stringMap(key, value) ?? {};
    checkTagSet(
        r,
        key,
        tags,
        MAX_TAGS_PER_RESOURCE - MAX_PROGRAM_TAGS,
        `AWS allows ${MAX_TAGS_PER_RESOURCE} tags per resource and this program adds up to ${MAX_PROGRAM_TAGS} custody: tags of its own`,
    );
    // The reserved custody: prefix is refused by checkTagSet, as in every tag setting.
    return tags;
}

function readKubernetes(r: ConfigReader, value: unknown): KubernetesConfig {
    const o = r.object("kubernetes", value, ["manageServiceAccounts", "kubeconfig", "context"]) ?? {};
    return {
        manageServiceAccounts: r.boolean("kubernetes.manageServiceAccounts", o.manageServiceAccounts, true),
        kubeconfig: r.string("kubernetes.kubeconfig", o.kubeconfig),
        context: r.string("kubernetes.context", o.context),
    };
}

const OIDC_ISSUER_EXAMPLE =
    "https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE (aws eks describe-cluster --query cluster.identity.oidc.issuer)";

const CLUSTER_KEYS = [
    "oidcIssuerUrl",
    "oidcProviderArn",
    "createOidcProvider",
    "thumbprints",
    "name",
    "account",
    "region",
    "podIdentityAgentAddon",
];

function readCluster(
    r: ConfigReader,
    value: unknown,
    primary: AccountConfig | undefined,
    accounts: readonly AccountConfig[],
    accountNames: readonly string[],
): ClusterConfig | undefined {
    const o = r.object("cluster", value, CLUSTER_KEYS);
    if (!o) {
        return undefined;
    }
    const eks = readEksCluster(r, o, accounts, accountNames);
    const createOidcProvider = r.boolean("cluster.createOidcProvider", o.createOidcProvider, false);
    const thumbprints = r.stringArray("cluster.thumbprints", o.thumbprints) ?? [];
    thumbprints.forEach((t, i) => r.string(`cluster.thumbprints[${i}]`, t, P.THUMBPRINT));
    if (thumbprints.length > 5) {
        r.problem("cluster.thumbprints", "IAM accepts at most 5 thumbprints.");
    }
    if (thumbprints.length > 0 && !createOidcProvider) {
        r.problem(
            "cluster.thumbprints",
            "only applies when createOidcProvider is true: remove it, or set cluster.createOidcProvider true.",
        );
    }
    const withoutIrsa: ClusterConfig = { createOidcProvider: false, thumbprints: [], eks };
    if (o.oidcIssuerUrl == null) {
        // The OIDC settings only serve IRSA: an IRSA workload without the issuer is reported once the sections are read.
        for (const key of ["oidcProviderArn", "createOidcProvider", "thumbprints"]) {
            if (o[key] != null) {
                r.problem(
                    `cluster.${key}`,
                    `is an IRSA setting, but cluster.oidcIssuerUrl is not set; for example: ${OIDC_ISSUER_EXAMPLE}`,
                );
            }
        }
        return withoutIrsa;
    }
    const irsa = readOidc(r, o, primary, createOidcProvider);
    return irsa ? { ...irsa, createOidcProvider, thumbprints, eks } : undefined;
}

/**
 * The stack's partition: the primary account's (every account shares it, readAccounts), else the first account's.
 * IAM principals, KMS key policies and sts:AssumeRole never cross partitions (IAM user guide, "IAM identifiers").
 */
export function stackPartition(accounts: readonly AccountConfig[], primary?: AccountConfig): string | undefined {
    const account = primary ?? accounts[0];
    return account ? partitionOf(account.region) : undefined;
}

/** Why `arn` cannot be used in a stack of `partition`, or undefined when it can (or is no ARN at all). */
export function arnPartitionProblem(
    arn: string,
    partition: string,
    what = "this stack's accounts",
): string | undefined {
    const m = /^arn:([^:]*):/.exec(arn);
    if (!m || m[1] === partition) return undefined;
    return `"${arn}" is in partition ${m[1]}, but ${what} are in ${partition}: IAM and KMS never cross partitions, so AWS would refuse it (or it could never match); write arn:${partition}:…`;
}

/**
 * Every ARN-valued key of the stack (by the config's naming convention: a key named `…Arn` or `…Arns`, at any depth)
 * in the stack's partition, in one place, so a key added later is checked too. Free-form maps (tags) hold user data,
 * not references, and are skipped; a key already reported (its own partition check, a malformed ARN) is not
 * reported twice.
 */
function checkArnPartitions(
    r: ConfigReader,
    raw: Record<string, unknown>,
    accounts: readonly AccountConfig[],
    primary: AccountConfig | undefined,
): void {
    const partition = stackPartition(accounts, primary);
    if (!partition) return;
    const reported = new Set(r.problems.map(p => p.key));
    const check = (key: string, value: unknown) => {
        if (typeof value !== "string" || reported.has(key)) return;
        const problem = arnPartitionProblem(value, partition);
        if (problem) r.problem(key, problem);
    };
    const walk = (key: string, value: unknown): void => {
        if (!value || typeof value !== "object" || FREE_FORM_MAPS.test(key)) return;
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            const child = Array.isArray(value) ? `${key}[${k}]` : key ? `${key}.${k}` : k;
            if (!Array.isArray(value) && /Arns?$/.test(k)) {
                if (Array.isArray(v)) v.forEach((item, i) => check(`${child}[${i}]`, item));
                else check(child, v);
            } else {
                walk(child, v);
            }
        }
    };
    walk("", raw);
}

/** Maps whose keys and values are the user's own data (tags), never config references. */
const FREE_FORM_MAPS = /(^|\.)(tags|keyTags|requestTag)$/;

function readOidc(
    r: ConfigReader,
    o: Record<string, unknown>,
    primary: AccountConfig | undefined,
    createOidcProvider: boolean,
): { oidcIssuerUrl: string; oidcIssuerHost: string; oidcProviderArn: string } | undefined {
    // A port would make the provider ARN and the trust's condition keys name `host:443/id/…`, a provider IAM cannot
    // create ("The URL should not contain a port number", IAM API reference, CreateOpenIDConnectProvider).
    const port = typeof o.oidcIssuerUrl === "string" ? /^(https:\/\/[^/:]+):(\d*)(\/.*)?$/.exec(o.oidcIssuerUrl) : null;
    if (port) {
        r.problem(
            "cluster.oidcIssuerUrl",
            `"${o.oidcIssuerUrl}" has the port :${port[2]}; IAM OIDC provider URLs carry no port: write ${port[1]}${port[3] ?? ""} (aws eks describe-cluster --query cluster.identity.oidc.issuer).`,
        );
        return undefined;
    }
    const url = r.requiredString("cluster.oidcIssuerUrl", o.oidcIssuerUrl, P.HTTPS_URL, OIDC_ISSUER_EXAMPLE);
    if (!url || !primary) {
        return undefined;
    }
    const host = url.replace(/^https:\/\//, "");
    const partition = partitionOf(primary.region);
    const expectedArn = oidcProviderArn(partition, primary.accountId, host);
    let arn = r.string("cluster.oidcProviderArn", o.oidcProviderArn);
    if (arn === undefined && o.oidcProviderArn == null) {
        if (!createOidcProvider) {
            r.problem(
                "cluster.oidcProviderArn",
                `is required unless createOidcProvider is true; for this issuer it is ${expectedArn} (aws iam list-open-id-connect-providers).`,
            );
            return undefined;
        }
        arn = expectedArn;
    }
    if (arn === undefined) {
        return undefined;
    }
    const m = P.OIDC_PROVIDER_ARN.exec(arn);
    if (!m) {
        r.problem("cluster.oidcProviderArn", `"${arn}" is not an IAM OIDC provider ARN; expected ${expectedArn}.`);
        return undefined;
    }
    if (m[1] !== partition) {
        r.problem(
            "cluster.oidcProviderArn",
            `is in partition ${m[1]}, but the primary account's region ${primary.region} is in ${partition}; expected ${expectedArn}.`,
        );
        return undefined;
    }
    if (m[3] !== host) {
        r.problem(
            "cluster.oidcProviderArn",
            `names issuer "${m[3]}" but cluster.oidcIssuerUrl is "${url}": they must be the same cluster; expected ${expectedArn}.`,
        );
        return undefined;
    }
    if (m[2] !== primary.accountId) {
        r.problem(
            "cluster.oidcProviderArn",
            `is in account ${m[2]}, but the workload roles live in the primary account ${primary.name} (${primary.accountId}); IAM OIDC providers are per account: use ${expectedArn}.`,
        );
        return undefined;
    }
    return { oidcIssuerUrl: url, oidcIssuerHost: host, oidcProviderArn: arn };
}

/**
 * What EKS Pod Identity needs of the cluster: its name, account (may differ from the primary account: a role
 * elsewhere is then the association's target role) and region, hence the ARN its trusts pin. Undefined when the
 * cluster is not named; Pod Identity workloads then report what is missing (checkPodIdentityCluster).
 */
function readEksCluster(
    r: ConfigReader,
    o: Record<string, unknown>,
    accounts: readonly AccountConfig[],
    accountNames: readonly string[],
): EksClusterRef | undefined {
    const name = r.string("cluster.name", o.name, P.EKS_CLUSTER_NAME);
    const accountName = r.string("cluster.account", o.account);
    if (accountName !== undefined && !accountNames.includes(accountName)) {
        r.problem(
            "cluster.account",
            `"${accountName}" is not an account declared in accounts (declared: ${accountNames.join(", ") || "none"}); name the account that runs the cluster.`,
        );
    }
    const manageAgentAddon = r.boolean("cluster.podIdentityAgentAddon", o.podIdentityAgentAddon, false);
    const account = accounts.find(a => a.name === accountName);
    let region = account?.region;
    if (o.region != null) {
        region = readRegion(r, "cluster.region", o.region, false);
        if (region && account && partitionOf(region) !== partitionOf(account.region)) {
            r.problem(
                "cluster.region",
                `${region} is in partition ${partitionOf(region)}, but account ${account.name} is in ${partitionOf(account.region)}: a cluster lives in its account's partition.`,
            );
            return undefined;
        }
    }
    for (const [key, value] of [
        ["region", o.region],
        ["podIdentityAgentAddon", o.podIdentityAgentAddon],
    ] as const) {
        if (value != null && (o.name == null || o.account == null)) {
            r.problem(
                `cluster.${key}`,
                "describes the EKS cluster, which needs cluster.name and cluster.account too (aws eks list-clusters, in the cluster's account).",
            );
        }
    }
    if (!name || !account || !region) {
        return undefined;
    }
    return {
        name,
        account: account.name,
        accountId: account.accountId,
        region,
        arn: eksClusterArn(region, account.accountId, name),
        manageAgentAddon,
    };
}

/** Pod Identity workloads need the cluster named: its name and account (its region defaults to the account's). */
function checkPodIdentityCluster(
    r: ConfigReader,
    workloads: ReadonlyArray<{ key: string }>,
    rawCluster: Record<string, unknown>,
    clusterSet: boolean,
): void {
    if (workloads.length === 0) return;
    const users = `${workloads.map(w => w.key).join(", ")} (podIdentity)`;
    if (!clusterSet) {
        r.problem(
            "cluster",
            `is required by ${users}: set cluster.name and cluster.account (the account that runs the cluster); the trust pins the cluster's ARN.`,
        );
        return;
    }
    if (rawCluster.name == null) {
        r.problem("cluster.name", `is required by ${users}: the EKS cluster's name (aws eks list-clusters).`);
    }
    if (rawCluster.account == null) {
        r.problem(
            "cluster.account",
            `is required by ${users}: the name of the account (in accounts) that runs the cluster; associations are created there.`,
        );
    }
}

/**
 * The IAM roles the program creates or names for its workloads in a validated config, with their config keys and
 * account ids (Pod Identity association roles included): what a helper of the custody model must not be.
 */
export function programRoles(cfg: StackConfig): Array<{ key: string; name: string; accountId: string }> {
    const env: SectionEnv = {
        namePrefix: cfg.namePrefix,
        accounts: cfg.accounts,
        primaryAccount: cfg.primaryAccount,
        accountNames: cfg.accounts.map(a => a.name),
        cluster: cfg.cluster,
        refAccount: () => undefined,
    };
    const footprints = new Map<string, Footprint>();
    const sections = cfg as unknown as Record<string, unknown>;
    for (const w of WORKLOADS) {
        const section = sections[w.key];
        if (section !== undefined)
            footprints.set(w.key, (w.footprint as (s: unknown, e: SectionEnv) => Footprint)(section, env));
    }
    return [...withAssociationRoles(footprints, cfg.cluster?.eks?.account).values()].flatMap(f =>
        f.roles.flatMap(role => {
            const account = cfg.accounts.find(a => a.name === role.account);
            return account ? [{ key: role.key, name: role.name, accountId: account.accountId }] : [];
        }),
    );
}

/**
 * A Pod Identity role outside the cluster's account gets an association role of the same name in the cluster's
 * account (identity/podIdentity.ts): its name must be free there too.
 */
function withAssociationRoles(
    footprints: ReadonlyMap<string, Footprint>,
    clusterAccount: string | undefined,
): ReadonlyMap<string, Footprint> {
    if (!clusterAccount) return footprints;
    const out = new Map(footprints);
    for (const [key, f] of footprints) {
        if (!f.podIdentity || f.podIdentity.account === clusterAccount) continue;
        out.set(`${key} (Pod Identity association roles)`, {
            ...emptyFootprint(),
            roles: f.podIdentity.roles.map(role => ({ ...role, account: clusterAccount })),
        });
    }
    return out;
}
