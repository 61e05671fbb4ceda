import { oidcProviderArn, partitionOf } from "../iam/arns";
import { CONFIG_NAMESPACE, ConfigValidationError } from "./errors";
import * as P from "./patterns";
import { ConfigReader } from "./reader";
import { regionProblem } from "./regions";
import { crossCheck } from "./crossChecks";
import { MAX_PROGRAM_TAGS, MAX_TAGS_PER_RESOURCE } from "../naming";
import {
    AccountConfig,
    BASIL_KEY_TYPES,
    BasilConfig,
    BasilKeyConfig,
    BasilKeyType,
    ClusterConfig,
    CrossAccountConfig,
    CurityConfig,
    KubernetesConfig,
    ServiceAccountRef,
    SIGNER_ACCESS_PATHS,
    SignerAccessPath,
    SignerConfig,
    StackConfig,
    TrustDomainConfig,
} from "./schema";

/** Every top-level key of the `custody-infra:` namespace. Pulumi.yaml's `config:` block documents each. */
export const TOP_LEVEL_KEYS = [
    "accounts",
    "primaryAccount",
    "namePrefix",
    "tags",
    "cluster",
    "kubernetes",
    "signer",
    "basil",
    "trustDomain",
    "curity",
    "crossAccount",
] as const;

export const SIGNER_DEFAULTS = { namespace: "validators", serviceAccount: "containment-chamber" } as const;
export const BASIL_DEFAULTS = { namespace: "basil", serviceAccount: "basil-agent" } as const;
export const CURITY_DEFAULTS = { namespace: "curity", serviceAccount: "dynamo-sa", tablePrefix: "curity-" } as const;
export const TRUST_DOMAIN_DEFAULTS = { namespace: "spirl-system", serviceAccount: "spirl-server" } as const;

/** Why each Basil key type outside the seed's table is refused (seed 004: "Anything else fails closed"). */
const REFUSED_BASIL_KEY_TYPES: Record<string, string> = {
    "rsa-2048": "the Basil aws-kms backend refuses RSA keys",
    "chacha20-poly1305": "KMS has no ChaCha20-Poly1305 keys; use aes-256-gcm",
    x25519: "KMS has no X25519 key agreement keys for Basil",
    "ml-kem": "post-quantum ML-KEM keys are refused by the Basil aws-kms backend",
    "ml-dsa": "post-quantum ML-DSA keys are refused by the Basil aws-kms backend",
};

export interface ValidationContext {
    project: string;
    stack: string;
    /** Full config keys whose namespace is a near miss of custody-infra (see misspeltNamespaceKeys). */
    misspeltKeys?: readonly string[];
}

/**
 * Turns the raw `custody-infra:*` values (already JSON-parsed where they were objects) into a typed
 * StackConfig, or throws ConfigValidationError naming every bad key and how to fix it. Pure: no Pulumi,
 * no I/O, so it runs before any resource is registered and is unit-tested directly.
 */
export function validateStackConfig(raw: Record<string, unknown>, ctx: ValidationContext): StackConfig {
    const r = new ConfigReader();
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
    const cluster = readCluster(r, raw.cluster, primaryAccount);

    const refAccount = (key: string, value: unknown): string | undefined => {
        if (value === undefined) {
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
    };

    const signer = readSigner(r, raw.signer, namePrefix, accountNames);
    const basil = readBasil(r, raw.basil, namePrefix, refAccount);
    const trustDomain = readTrustDomain(r, raw.trustDomain, namePrefix, refAccount, accounts);
    const curity = readCurity(r, raw.curity, namePrefix, refAccount);
    const crossAccount = readCrossAccount(r, raw.crossAccount, namePrefix, refAccount, accounts);

    if (!signer && !basil && !trustDomain && !curity && !crossAccount && r.problems.length === 0) {
        r.problem(
            "signer",
            "no workload is configured: set at least one of signer, basil, trustDomain, curity or crossAccount.",
        );
    }

    // IRSA workloads need the cluster's OIDC provider, and an IAM OIDC provider lives in one account.
    const irsaWorkloads: Array<[string, string | undefined]> = [];
    if (signer) irsaWorkloads.push(["signer", primaryAccount?.name]);
    if (basil && (basil.runtimeIdentity === "irsa" || basil.provisioner?.bootstrapServiceAccount))
        irsaWorkloads.push(["basil", basil.account]);
    if (trustDomain) irsaWorkloads.push(["trustDomain", trustDomain.account]);
    if (curity) irsaWorkloads.push(["curity", curity.account]);
    if (irsaWorkloads.length > 0 && !cluster && raw.cluster === undefined) {
        r.problem(
            "cluster",
            `is required by ${irsaWorkloads.map(w => w[0]).join(", ")} (IRSA): set cluster.oidcIssuerUrl and cluster.oidcProviderArn.`,
        );
    }
    if (cluster && primaryAccount) {
        for (const [workload, account] of irsaWorkloads) {
            if (account && account !== primaryAccount.name) {
                r.problem(
                    `${workload}.account`,
                    `"${account}" cannot use IRSA: the cluster's OIDC provider is in the primary account ${primaryAccount.name}; deploy ${workload} in ${primaryAccount.name}.`,
                );
            }
        }
    }
    const managesServiceAccounts = kubernetes.manageServiceAccounts && irsaWorkloads.length > 0;
    if (!kubernetes.manageServiceAccounts) {
        for (const [workload, block] of [
            ["signer", signer],
            ["basil", basil],
            ["trustDomain", trustDomain],
            ["curity", curity],
        ] as const) {
            if (block?.createNamespace) {
                r.problem(
                    `${workload}.createNamespace`,
                    "is true but kubernetes.manageServiceAccounts is false, so no Kubernetes object is created: remove createNamespace or manage ServiceAccounts.",
                );
            }
        }
    }
    if (managesServiceAccounts && !kubernetes.kubeconfig && !kubernetes.context) {
        r.problem(
            "kubernetes",
            "names no cluster: set kubernetes.context (a context of your kubeconfig) or kubernetes.kubeconfig, so ServiceAccounts never go to whatever cluster is current; or set kubernetes.manageServiceAccounts to false.",
        );
    }

    crossCheck(r, { namePrefix, accounts, primaryAccount, cluster, signer, basil, trustDomain, curity, crossAccount });

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
        signer,
        basil,
        trustDomain,
        curity,
        crossAccount,
    };
}

function readAccounts(r: ConfigReader, value: unknown): AccountConfig[] {
    const example = `{"main": {"accountId": "111111111111", "region": "eu-west-1"}}`;
    if (value === undefined) {
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
        const accountId =
            typeof o.accountId === "number"
                ? // YAML reads an unquoted id as a number and drops leading zeros: never guess the missing digits.
                  r.problem(
                      `${key}.accountId`,
                      `is the number ${o.accountId}; write the account id as a quoted string of 12 digits, e.g. "012345678901".`,
                  )
                : r.requiredString(`${key}.accountId`, o.accountId, P.ACCOUNT_ID, '"111111111111"');
        const region = readRegion(r, `${key}.region`, o.region, true);
        const assumeRoleArn = r.string(`${key}.assumeRoleArn`, o.assumeRoleArn, P.ROLE_ARN);
        const externalId = r.string(`${key}.externalId`, o.externalId, {
            pattern: /^[\w+=,.@:/-]{2,1224}$/,
            hint: "is not a valid sts ExternalId (2-1224 of A-Z a-z 0-9 + = , . @ : / - _).",
        });
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

/** A region name AWS and @pulumi/aws know, in a partition this program supports. */
function readRegion(r: ConfigReader, key: string, value: unknown, required: boolean): string | undefined {
    const region = required ? r.requiredString(key, value, undefined, "eu-west-1") : r.string(key, value);
    if (region === undefined) {
        return undefined;
    }
    const problem = regionProblem(region);
    return problem ? r.problem(key, problem) : region;
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
    if (value === undefined) {
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
    if (value !== undefined) {
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
    for (const k of Object.keys(tags)) {
        if (/^custody:/i.test(k)) {
            r.problem(
                `${key}.${k}`,
                "the custody: tag prefix is reserved for the tags this program sets (role kinds, share rings).",
            );
        }
    }
    return tags;
}

/**
 * AWS's tag rules shared by IAM, KMS and DynamoDB: keys 1-128 and values 0-256 characters of letters, digits,
 * spaces and `_ . : / = + - @`; `aws:` reserved in any case; at most `limit` tags; and, since IAM tag keys are
 * case-insensitive, no two keys that differ only in case.
 */
function checkTagSet(r: ConfigReader, key: string, tags: Record<string, string>, limit: number, why: string): void {
    const seen = new Map<string, string>();
    for (const [k, v] of Object.entries(tags)) {
        if (/^aws:/i.test(k)) {
            r.problem(`${key}.${k}`, "tag keys cannot start with aws: in any case (reserved by AWS); rename the tag.");
        } else if (!P.TAG_KEY.pattern.test(k)) {
            r.problem(`${key}.${k}`, `tag key ${P.TAG_KEY.hint}`);
        }
        if (v.length > 256) {
            r.problem(`${key}.${k}`, `the value has ${v.length} characters; tag values are at most 256.`);
        } else if (!P.TAG_VALUE.pattern.test(v)) {
            r.problem(`${key}.${k}`, `the value "${v}" ${P.TAG_VALUE.hint}`);
        }
        const other = seen.get(k.toLowerCase());
        if (other !== undefined) {
            r.problem(
                `${key}.${k}`,
                `differs from the tag key "${other}" only in case; IAM tag keys are case-insensitive, so the role could not be created: keep one.`,
            );
        }
        seen.set(k.toLowerCase(), k);
    }
    const count = Object.keys(tags).length;
    if (count > limit) {
        r.problem(key, `has ${count} tags; at most ${limit} are possible (${why}): remove ${count - limit}.`);
    }
}

function readKubernetes(r: ConfigReader, value: unknown): KubernetesConfig {
    const o = r.object("kubernetes", value, ["manageServiceAccounts", "kubeconfig", "context"]) ?? {};
    return {
        manageServiceAccounts: r.boolean("kubernetes.manageServiceAccounts", o.manageServiceAccounts, true),
        kubeconfig: r.string("kubernetes.kubeconfig", o.kubeconfig),
        context: r.string("kubernetes.context", o.context),
    };
}

function readCluster(r: ConfigReader, value: unknown, primary: AccountConfig | undefined): ClusterConfig | undefined {
    const o = r.object("cluster", value, ["oidcIssuerUrl", "oidcProviderArn", "createOidcProvider", "thumbprints"]);
    if (!o) {
        return undefined;
    }
    const url = r.requiredString(
        "cluster.oidcIssuerUrl",
        o.oidcIssuerUrl,
        P.HTTPS_URL,
        "https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE (aws eks describe-cluster --query cluster.identity.oidc.issuer)",
    );
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
    if (!url || !primary) {
        return undefined;
    }
    const host = url.replace(/^https:\/\//, "");
    const partition = partitionOf(primary.region);
    const expectedArn = oidcProviderArn(partition, primary.accountId, host);
    let arn = r.string("cluster.oidcProviderArn", o.oidcProviderArn);
    if (arn === undefined && o.oidcProviderArn === undefined) {
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
    return { oidcIssuerUrl: url, oidcIssuerHost: host, oidcProviderArn: arn, createOidcProvider, thumbprints };
}

function readServiceAccount(
    r: ConfigReader,
    key: string,
    nsValue: unknown,
    nameValue: unknown,
    defaults: { namespace: string; serviceAccount: string },
): ServiceAccountRef | undefined {
    const namespace =
        nsValue === undefined ? defaults.namespace : r.string(`${key}.namespace`, nsValue, P.DNS1123_LABEL);
    const name =
        nameValue === undefined
            ? defaults.serviceAccount
            : r.string(`${key}.serviceAccount`, nameValue, P.DNS1123_SUBDOMAIN);
    return namespace && name ? { namespace, name } : undefined;
}

function readRoleName(r: ConfigReader, key: string, value: unknown, fallback: string): string {
    if (value === undefined) {
        if (!P.ROLE_NAME.pattern.test(fallback)) {
            r.problem(
                key,
                `the default role name "${fallback}" is too long for IAM: set ${key} or a shorter namePrefix.`,
            );
        }
        return fallback;
    }
    return r.string(key, value, P.ROLE_NAME) ?? fallback;
}

function readSigner(r: ConfigReader, value: unknown, prefix: string, accountNames: string[]): SignerConfig | undefined {
    const o = r.object("signer", value, [
        "namespace",
        "serviceAccount",
        "createNamespace",
        "accessPaths",
        "shares",
        "tables",
        "roleName",
        "instanceProfile",
    ]);
    if (!o) {
        return undefined;
    }
    const sa = readServiceAccount(r, "signer", o.namespace, o.serviceAccount, SIGNER_DEFAULTS);

    let accessPaths: SignerAccessPath[] = [...SIGNER_ACCESS_PATHS];
    if (o.accessPaths !== undefined) {
        const list = r.stringArray("signer.accessPaths", o.accessPaths) ?? [];
        accessPaths = [];
        for (const p of list) {
            if (!(SIGNER_ACCESS_PATHS as readonly string[]).includes(p)) {
                r.problem(
                    "signer.accessPaths",
                    `"${p}" is not a signer access path; use any of ${SIGNER_ACCESS_PATHS.join(", ")}.`,
                );
            } else if (accessPaths.includes(p as SignerAccessPath)) {
                r.problem("signer.accessPaths", `"${p}" is listed twice.`);
            } else {
                accessPaths.push(p as SignerAccessPath);
            }
        }
        if (list.length === 0) {
            r.problem(
                "signer.accessPaths",
                `is empty: a signer with no DynamoDB path needs no AWS access; remove the signer block or list some of ${SIGNER_ACCESS_PATHS.join(", ")}.`,
            );
        }
    }

    const tables = r.object("signer.tables", o.tables, ["keystore", "antiSlashing", "signerState"]) ?? {};
    for (const [name, path] of [
        ["keystore", "keySource"],
        ["antiSlashing", "antiSlashing"],
        ["signerState", "signerState"],
    ] as const) {
        if (tables[name] !== undefined && !accessPaths.includes(path)) {
            r.problem(
                `signer.tables.${name}`,
                `is configured but signer.accessPaths does not include ${path}: add it or remove the table settings.`,
            );
        }
    }
    const tableName = (key: string, v: unknown, fallback: string) =>
        v === undefined ? fallback : (r.string(key, v, P.TABLE_NAME) ?? fallback);
    const attr = (key: string, v: unknown, fallback: string) =>
        v === undefined ? fallback : (r.string(key, v, P.ATTRIBUTE_NAME) ?? fallback);

    const signer: SignerConfig = {
        namespace: sa?.namespace ?? SIGNER_DEFAULTS.namespace,
        serviceAccount: sa?.name ?? SIGNER_DEFAULTS.serviceAccount,
        createNamespace: r.boolean("signer.createNamespace", o.createNamespace, false),
        accessPaths,
        roleName: readRoleName(r, "signer.roleName", o.roleName, `${prefix}-signer`),
        instanceProfile: r.boolean("signer.instanceProfile", o.instanceProfile, false),
        tables: {},
    };
    if (accessPaths.includes("keySource")) {
        const t =
            r.object("signer.tables.keystore", tables.keystore, [
                "name",
                "pubkeyAttribute",
                "statusShardAttribute",
                "statusIndexName",
            ]) ?? {};
        signer.tables.keystore = {
            name: tableName("signer.tables.keystore.name", t.name, `${prefix}-keystore`),
            pubkeyAttribute: attr("signer.tables.keystore.pubkeyAttribute", t.pubkeyAttribute, "pubkey"),
            statusShardAttribute: attr(
                "signer.tables.keystore.statusShardAttribute",
                t.statusShardAttribute,
                "status_shard",
            ),
            statusIndexName:
                t.statusIndexName === undefined
                    ? "status-shard-index"
                    : (r.string("signer.tables.keystore.statusIndexName", t.statusIndexName, P.INDEX_NAME) ??
                      "status-shard-index"),
        };
        if (signer.tables.keystore.pubkeyAttribute === signer.tables.keystore.statusShardAttribute) {
            r.problem(
                "signer.tables.keystore.statusShardAttribute",
                "must differ from pubkeyAttribute: the index is keyed by status shard, the table by public key.",
            );
        }
    }
    if (accessPaths.includes("antiSlashing")) {
        const t =
            r.object("signer.tables.antiSlashing", tables.antiSlashing, [
                "name",
                "pubkeyAttribute",
                "recordAttribute",
            ]) ?? {};
        signer.tables.antiSlashing = {
            name: tableName("signer.tables.antiSlashing.name", t.name, `${prefix}-anti-slashing`),
            pubkeyAttribute: attr("signer.tables.antiSlashing.pubkeyAttribute", t.pubkeyAttribute, "pubkey"),
            recordAttribute: attr("signer.tables.antiSlashing.recordAttribute", t.recordAttribute, "record"),
        };
        if (signer.tables.antiSlashing.pubkeyAttribute === signer.tables.antiSlashing.recordAttribute) {
            r.problem(
                "signer.tables.antiSlashing.recordAttribute",
                "must differ from pubkeyAttribute (hash and range key are distinct attributes).",
            );
        }
    }
    if (accessPaths.includes("signerState")) {
        const t =
            r.object("signer.tables.signerState", tables.signerState, [
                "name",
                "partitionAttribute",
                "sortAttribute",
            ]) ?? {};
        signer.tables.signerState = {
            name: tableName("signer.tables.signerState.name", t.name, `${prefix}-signer-state`),
            partitionAttribute: attr("signer.tables.signerState.partitionAttribute", t.partitionAttribute, "pk"),
            sortAttribute: attr("signer.tables.signerState.sortAttribute", t.sortAttribute, "sk"),
        };
        if (signer.tables.signerState.partitionAttribute === signer.tables.signerState.sortAttribute) {
            r.problem(
                "signer.tables.signerState.sortAttribute",
                "must differ from partitionAttribute (hash and range key are distinct attributes).",
            );
        }
    }
    const names = Object.values(signer.tables).map(t => t!.name);
    if (new Set(names).size !== names.length) {
        r.problem(
            "signer.tables",
            `two tables share the name ${names.find((n, i) => names.indexOf(n) !== i)}: the signer state table must be separate from validator keys and anti-slashing.`,
        );
    }

    signer.shares = readShares(r, o.shares, accessPaths.includes("keySource"), accountNames);
    return signer;
}

function readShares(r: ConfigReader, value: unknown, keySource: boolean, accountNames: string[]) {
    if (!keySource) {
        if (value !== undefined) {
            r.problem(
                "signer.shares",
                "is set but signer.accessPaths lacks keySource: Shamir share keys only wrap the key-source master key; add keySource or remove shares.",
            );
        }
        return undefined;
    }
    const example = `{"accounts": ["a", "b", "c"], "threshold": 2}`;
    const o = r.object("signer.shares", value, ["accounts", "threshold"]);
    if (!o) {
        if (value === undefined)
            r.problem(
                "signer.shares",
                `is required by the keySource path: one account per Shamir share key and the threshold, e.g. ${example}.`,
            );
        return undefined;
    }
    const accounts = r.stringArray("signer.shares.accounts", o.accounts);
    if (o.accounts === undefined) {
        r.problem("signer.shares.accounts", `is required: the account of each share key, e.g. ["a", "b", "c"].`);
    }
    const threshold = r.integer("signer.shares.threshold", o.threshold);
    if (o.threshold === undefined) {
        r.problem("signer.shares.threshold", "is required: how many shares reconstruct the master key (2 for 2-of-3).");
    }
    if (!accounts) {
        return undefined;
    }
    accounts.forEach((a, i) => {
        if (!accountNames.includes(a)) {
            r.problem(
                `signer.shares.accounts[${i}]`,
                `"${a}" is not an account declared in accounts (declared: ${accountNames.join(", ") || "none"}).`,
            );
        }
    });
    if (accounts.length === 0) {
        r.problem(
            "signer.shares.accounts",
            "is empty: list at least one account (one share key is created per entry).",
        );
        return undefined;
    }
    if (accounts.length > 16) {
        r.problem("signer.shares.accounts", `lists ${accounts.length} shares; at most 16 share keys are supported.`);
    }
    if (threshold === undefined) {
        return undefined;
    }
    const n = accounts.length;
    if (n === 1 && threshold !== 1) {
        r.problem(
            "signer.shares.threshold",
            `is ${threshold} but there is a single share: set it to 1, or add share accounts.`,
        );
    } else if (n > 1 && threshold < 2) {
        r.problem(
            "signer.shares.threshold",
            `is ${threshold}: with ${n} shares a threshold below 2 lets any single share (one account, one admin) reconstruct the master key; set it between 2 and ${n}.`,
        );
    } else if (threshold > n) {
        r.problem(
            "signer.shares.threshold",
            `is ${threshold}, above the ${n} shares in signer.shares.accounts: the master key could never be reconstructed; set it between ${Math.min(2, n)} and ${n}.`,
        );
    }
    return { accounts, threshold };
}

function readBasil(
    r: ConfigReader,
    value: unknown,
    prefix: string,
    refAccount: (k: string, v: unknown) => string | undefined,
): BasilConfig | undefined {
    const o = r.object("basil", value, [
        "account",
        "runtimeIdentity",
        "namespace",
        "serviceAccount",
        "createNamespace",
        "runtimeRoleName",
        "requireBasilAlias",
        "keys",
        "provisioner",
    ]);
    if (!o) {
        return undefined;
    }
    const account = refAccount("basil.account", o.account);
    const runtimeIdentity =
        o.runtimeIdentity === undefined
            ? "irsa"
            : r.string("basil.runtimeIdentity", o.runtimeIdentity, {
                  pattern: /^(irsa|ec2)$/,
                  hint: "is not a runtime identity: use irsa (EKS ServiceAccount) or ec2 (instance profile).",
              });
    const sa = readServiceAccount(r, "basil", o.namespace, o.serviceAccount, BASIL_DEFAULTS);

    const keys: BasilKeyConfig[] = [];
    const keyMap = r.object("basil.keys", o.keys, Object.keys((o.keys ?? {}) as object));
    if (o.keys === undefined || (keyMap && Object.keys(keyMap).length === 0)) {
        r.problem(
            "basil.keys",
            `is required: the catalog's pre-provisioned keys, e.g. {"jwt.signing.primary": {"keyType": "ecdsa-p256"}}.`,
        );
    }
    const aliases = new Map<string, string>();
    for (const [name, entry] of Object.entries(keyMap ?? {})) {
        const key = `basil.keys.${name}`;
        if (!P.BASIL_KEY_NAME.pattern.test(name)) {
            r.problem(key, `"${name}" ${P.BASIL_KEY_NAME.hint}`);
            continue;
        }
        const k = r.object(key, entry, ["keyType", "description"]);
        if (!k) continue;
        const keyType = r.requiredString(
            `${key}.keyType`,
            k.keyType,
            undefined,
            Object.keys(BASIL_KEY_TYPES).join(", "),
        );
        if (keyType === undefined) continue;
        if (!(keyType in BASIL_KEY_TYPES)) {
            const refused = Object.entries(REFUSED_BASIL_KEY_TYPES).find(([t]) => keyType.toLowerCase().startsWith(t));
            r.problem(
                `${key}.keyType`,
                `"${keyType}" is not supported by Basil's aws-kms backend${refused ? ` (${refused[1]})` : ""}; use one of ${Object.keys(BASIL_KEY_TYPES).join(", ")}.`,
            );
            continue;
        }
        const alias = `alias/basil/${name.replace(/\./g, "-")}`;
        const clash = aliases.get(alias);
        if (clash) {
            r.problem(key, `maps to ${alias}, the same alias as "${clash}": rename one of them.`);
        }
        aliases.set(alias, name);
        const description = r.string(`${key}.description`, k.description, {
            pattern: /^[\s\S]{0,8192}$/,
            hint: "is longer than the 8192 characters KMS allows in a key description.",
        });
        keys.push({
            name,
            keyType: keyType as BasilKeyType,
            alias,
            description: description ?? `Basil catalog key ${name}`,
        });
    }

    let provisioner: BasilConfig["provisioner"];
    const p = r.object("basil.provisioner", o.provisioner, [
        "roleName",
        "operatorPrincipalArns",
        "bootstrapServiceAccount",
        "requestTag",
    ]);
    if (p) {
        const operators = r.stringArray("basil.provisioner.operatorPrincipalArns", p.operatorPrincipalArns) ?? [];
        operators.forEach((a, i) => r.string(`basil.provisioner.operatorPrincipalArns[${i}]`, a, P.PRINCIPAL_ARN));
        let bootstrap: ServiceAccountRef | undefined;
        const b = r.object("basil.provisioner.bootstrapServiceAccount", p.bootstrapServiceAccount, [
            "namespace",
            "name",
        ]);
        if (b) {
            bootstrap = readServiceAccount(r, "basil.provisioner.bootstrapServiceAccount", b.namespace, b.name, {
                namespace: sa?.namespace ?? BASIL_DEFAULTS.namespace,
                serviceAccount: "basil-provisioner",
            });
            if (
                bootstrap &&
                sa &&
                runtimeIdentity === "irsa" &&
                bootstrap.namespace === sa.namespace &&
                bootstrap.name === sa.name
            ) {
                r.problem(
                    "basil.provisioner.bootstrapServiceAccount",
                    `is the runtime ServiceAccount ${sa.namespace}/${sa.name}: the provisioner must never be assumable by the broker; use a separate one-shot ServiceAccount.`,
                );
            }
        }
        if (operators.length === 0 && !bootstrap) {
            r.problem(
                "basil.provisioner",
                "has nobody who may assume it: set operatorPrincipalArns (a break-glass operator role) and/or bootstrapServiceAccount.",
            );
        }
        let requestTag: { key: string; value: string } | undefined;
        const t = r.object("basil.provisioner.requestTag", p.requestTag, ["key", "value"]);
        if (t) {
            const tk = r.requiredString("basil.provisioner.requestTag.key", t.key, P.TAG_KEY);
            const tv = r.requiredString("basil.provisioner.requestTag.value", t.value);
            if (tk && tv) {
                const before = r.problems.length;
                checkTagSet(r, "basil.provisioner.requestTag", { [tk]: tv }, 1, "one request tag");
                if (r.problems.length === before) requestTag = { key: tk, value: tv };
            }
        }
        provisioner = {
            roleName: readRoleName(r, "basil.provisioner.roleName", p.roleName, `${prefix}-basil-provisioner`),
            operatorPrincipalArns: operators,
            bootstrapServiceAccount: bootstrap,
            requestTag,
        };
    }
    if (!account || !runtimeIdentity || !sa) {
        return undefined;
    }
    return {
        account,
        runtimeIdentity: runtimeIdentity as "irsa" | "ec2",
        serviceAccount: sa,
        createNamespace: r.boolean("basil.createNamespace", o.createNamespace, false),
        runtimeRoleName: readRoleName(r, "basil.runtimeRoleName", o.runtimeRoleName, `${prefix}-basil-runtime`),
        requireBasilAlias: r.boolean("basil.requireBasilAlias", o.requireBasilAlias, false),
        keys,
        provisioner,
    };
}

function readTrustDomain(
    r: ConfigReader,
    value: unknown,
    prefix: string,
    refAccount: (k: string, v: unknown) => string | undefined,
    accounts: AccountConfig[],
): TrustDomainConfig | undefined {
    const o = r.object("trustDomain", value, [
        "account",
        "namespace",
        "serviceAccount",
        "createNamespace",
        "roleName",
        "region",
        "keyTags",
        "exportKeyPolicy",
    ]);
    if (!o) {
        return undefined;
    }
    const account = refAccount("trustDomain.account", o.account);
    const sa = readServiceAccount(r, "trustDomain", o.namespace, o.serviceAccount, TRUST_DOMAIN_DEFAULTS);
    const keyTags = r.stringMap("trustDomain.keyTags", o.keyTags) ?? {};
    for (const k of Object.keys(keyTags)) {
        // Seed 001: "Tag keys cannot use the aws: or defakto- prefixes."
        if (/^defakto-/i.test(k)) {
            r.problem(
                `trustDomain.keyTags.${k}`,
                "tag keys cannot start with defakto- (reserved for the Trust Domain Server's own key discovery tags); rename the tag.",
            );
        }
    }
    checkTagSet(
        r,
        "trustDomain.keyTags",
        keyTags,
        MAX_TAGS_PER_RESOURCE,
        `AWS KMS allows ${MAX_TAGS_PER_RESOURCE} tags per key, and the server adds its own discovery tags`,
    );
    const region =
        o.region === undefined
            ? accounts.find(a => a.name === account)?.region
            : readRegion(r, "trustDomain.region", o.region, false);
    if (!account || !sa || !region) {
        return undefined;
    }
    return {
        account,
        serviceAccount: sa,
        region,
        keyTags,
        createNamespace: r.boolean("trustDomain.createNamespace", o.createNamespace, false),
        roleName: readRoleName(r, "trustDomain.roleName", o.roleName, `${prefix}-trust-domain`),
        exportKeyPolicy: r.boolean("trustDomain.exportKeyPolicy", o.exportKeyPolicy, true),
    };
}

function readCurity(
    r: ConfigReader,
    value: unknown,
    prefix: string,
    refAccount: (k: string, v: unknown) => string | undefined,
): CurityConfig | undefined {
    const o = r.object("curity", value, [
        "account",
        "namespace",
        "serviceAccount",
        "createNamespace",
        "roleName",
        "tablePrefix",
        "allDynamoDbActions",
    ]);
    if (!o) {
        return undefined;
    }
    const account = refAccount("curity.account", o.account);
    const sa = readServiceAccount(r, "curity", o.namespace, o.serviceAccount, CURITY_DEFAULTS);
    const tablePrefix =
        o.tablePrefix === undefined
            ? CURITY_DEFAULTS.tablePrefix
            : r.string("curity.tablePrefix", o.tablePrefix, {
                  pattern: /^[A-Za-z0-9_.-]{2,200}$/,
                  hint: "is not a usable table-name prefix (at least 2 of A-Z a-z 0-9 _ . -, no wildcard: a bare or empty prefix would grant every table).",
              });
    if (!account || !sa || !tablePrefix) {
        return undefined;
    }
    return {
        account,
        serviceAccount: sa,
        tablePrefix,
        createNamespace: r.boolean("curity.createNamespace", o.createNamespace, false),
        roleName: readRoleName(r, "curity.roleName", o.roleName, `${prefix}-curity`),
        allDynamoDbActions: r.boolean("curity.allDynamoDbActions", o.allDynamoDbActions, false),
    };
}

function readCrossAccount(
    r: ConfigReader,
    value: unknown,
    prefix: string,
    refAccount: (k: string, v: unknown) => string | undefined,
    accounts: AccountConfig[],
): CrossAccountConfig | undefined {
    const o = r.object("crossAccount", value, [
        "dataAccount",
        "callerAccount",
        "tableName",
        "tableHasIndexes",
        "kmsKeyArn",
        "accessRoleName",
        "externalId",
        "callerRoleName",
        "createCallerRole",
    ]);
    if (!o) {
        return undefined;
    }
    const dataAccount = refAccount("crossAccount.dataAccount", o.dataAccount);
    if (o.callerAccount === undefined) {
        r.problem(
            "crossAccount.callerAccount",
            "is required: the account (B) whose instance role assumes the access role.",
        );
    }
    const callerAccount =
        o.callerAccount === undefined ? undefined : refAccount("crossAccount.callerAccount", o.callerAccount);
    if (dataAccount && callerAccount && dataAccount === callerAccount) {
        r.problem(
            "crossAccount.callerAccount",
            `is the same account as dataAccount (${dataAccount}); cross-account access needs two accounts.`,
        );
    }
    const tableName = r.requiredString("crossAccount.tableName", o.tableName, P.TABLE_NAME, "my-table");
    const kmsKeyArn = r.string("crossAccount.kmsKeyArn", o.kmsKeyArn, P.KMS_KEY_ARN);
    const externalId = r.string("crossAccount.externalId", o.externalId, {
        pattern: /^[\w+=,.@:/-]{2,1224}$/,
        hint: "is not a valid sts ExternalId (2-1224 of A-Z a-z 0-9 + = , . @ : / - _).",
    });
    const callerRoleName = r.requiredString(
        "crossAccount.callerRoleName",
        o.callerRoleName,
        P.ROLE_NAME,
        "instance-role",
    );
    const dataAccountId = accounts.find(a => a.name === dataAccount)?.accountId;
    const dataRegion = accounts.find(a => a.name === dataAccount)?.region;
    if (kmsKeyArn && dataRegion && kmsKeyArn.split(":")[3] !== dataRegion) {
        r.problem(
            "crossAccount.kmsKeyArn",
            `is in region ${kmsKeyArn.split(":")[3]}, not the data account's region ${dataRegion}: a DynamoDB table's KMS key must be in the table's region; use a key of ${dataRegion}, or omit kmsKeyArn to create one.`,
        );
    }
    if (kmsKeyArn && dataAccountId && kmsKeyArn.split(":")[4] !== dataAccountId) {
        r.problem(
            "crossAccount.kmsKeyArn",
            `is in account ${kmsKeyArn.split(":")[4]}, not the data account ${dataAccount} (${dataAccountId}): the access role decrypts with a key of its own account; omit kmsKeyArn to create one.`,
        );
    }
    if (!dataAccount || !callerAccount || !tableName || !callerRoleName) {
        return undefined;
    }
    return {
        dataAccount,
        callerAccount,
        tableName,
        kmsKeyArn,
        externalId,
        callerRoleName,
        tableHasIndexes: r.boolean("crossAccount.tableHasIndexes", o.tableHasIndexes, false),
        accessRoleName: readRoleName(
            r,
            "crossAccount.accessRoleName",
            o.accessRoleName,
            `${prefix}-cross-account-access`,
        ),
        createCallerRole: r.boolean("crossAccount.createCallerRole", o.createCallerRole, false),
    };
}
