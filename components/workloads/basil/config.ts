import * as P from "../../config/patterns";
import { ConfigReader } from "../../config/reader";
import { checkTagSet, readIdentities, readRoleName, readServiceAccount } from "../../config/fields";
import { ServiceAccountIdentity, ServiceAccountRef } from "../../config/schema";
import { SectionEnv } from "../workload";

export const BASIL_KEY_TYPES = {
    ed25519: { keySpec: "ECC_NIST_EDWARDS25519", keyUsage: "SIGN_VERIFY" },
    "ecdsa-p256": { keySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" },
    "ecdsa-p384": { keySpec: "ECC_NIST_P384", keyUsage: "SIGN_VERIFY" },
    "ecdsa-p521": { keySpec: "ECC_NIST_P521", keyUsage: "SIGN_VERIFY" },
    "aes-256-gcm": { keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT" },
} as const;
export type BasilKeyType = keyof typeof BASIL_KEY_TYPES;

export interface BasilKeyConfig {
    /** Catalog key name, e.g. `jwt.signing.primary`. */
    name: string;
    keyType: BasilKeyType;
    description: string;
    /** `alias/basil/<name with dots as dashes>`. */
    alias: string;
}

export interface BasilConfig {
    account: string;
    runtimeIdentity: "irsa" | "ec2";
    serviceAccount: ServiceAccountRef;
    /**
     * How Basil's ServiceAccounts (the broker's with `runtimeIdentity: irsa`, the provisioner's bootstrap) become
     * their roles: IRSA, EKS Pod Identity, or both while migrating.
     */
    identities: ServiceAccountIdentity[];
    createNamespace: boolean;
    runtimeRoleName: string;
    /** Adds `ForAnyValue:StringLike kms:RequestAlias = alias/basil/*` to the runtime grant. */
    requireBasilAlias: boolean;
    keys: BasilKeyConfig[];
    provisioner?: {
        roleName: string;
        operatorPrincipalArns: string[];
        bootstrapServiceAccount?: ServiceAccountRef;
        /** Narrows kms:CreateKey with `aws:RequestTag/<key> = <value>`. */
        requestTag?: { key: string; value: string };
    };
}

const BASIL_DEFAULTS = { namespace: "basil", serviceAccount: "basil-agent" } as const;

/**
 * Why the provisioner's bootstrap ServiceAccount may not live in the broker's namespace: whoever may create pods in a
 * namespace may run them as any of its ServiceAccounts (Kubernetes docs, RBAC good practices, "Workload creation"),
 * so the broker's deployers (and a broker able to create pods) would gain the provisioner role. `defaulted`: the
 * namespace was not set, and the default is the broker's.
 */
function bootstrapInRuntimeNamespace(bootstrap: ServiceAccountRef, sa: ServiceAccountRef, defaulted: boolean): string {
    if (bootstrap.name === sa.name) {
        return `is the runtime ServiceAccount ${sa.namespace}/${sa.name}: the provisioner must never be assumable by the broker; use a separate one-shot ServiceAccount.`;
    }
    const where = defaulted
        ? `has no namespace, and defaults to the broker's ${sa.namespace}`
        : `is in the broker's namespace ${sa.namespace}`;
    return (
        `${where}: whoever may create pods in a namespace may run them as any of its ServiceAccounts (Kubernetes docs, RBAC good practices, "Workload creation"), ` +
        `so the broker's deployers would gain the provisioner role; set namespace to a namespace only the provisioning job runs in (e.g. basil-bootstrap).`
    );
}

/**
 * Round 82: why an operator ARN may not name a role this section creates in Basil's account (IAM role names are
 * unique case-insensitively: IAM User Guide, reference_iam-quotas "Names of IAM entities"; a role ARN ends in its name
 * after any path). The runtime role: every broker pod holds its credentials (IRSA or the instance profile), so the
 * broker → sts:AssumeRole on the provisioner → kms:CreateKey, seed 004's runtime/provisioner split undone, as
 * bootstrapInRuntimeNamespace says for the ServiceAccount. The provisioner itself: a trust naming its own role admits
 * nobody new and reads as an operator. `account`: Basil's account id; unknown (after an error), any account's role of
 * that name is refused (fail closed).
 */
function operatorIsStackRole(
    arn: string,
    account: string | undefined,
    created: { runtime: string; provisioner: string },
): string | undefined {
    const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (!m || (account !== undefined && m[1] !== account)) return undefined;
    const name = m[2].toLowerCase();
    if (name === created.runtime.toLowerCase())
        return (
            `"${arn}" is Basil's runtime role (runtimeRoleName ${created.runtime}): every broker pod → that role's credentials → ` +
            "sts:AssumeRole on the provisioner → kms:CreateKey, so the provisioner must never be assumable by the broker (seed 004); " +
            "name a separate break-glass operator role or user."
        );
    if (name === created.provisioner.toLowerCase())
        return `"${arn}" is the provisioner role itself (provisioner.roleName ${created.provisioner}): it names no operator; name the break-glass operator role or user.`;
    return undefined;
}

/** Why each Basil key type outside the seed's table is refused (seed 004: "Anything else fails closed"). */
const REFUSED_BASIL_KEY_TYPES: Record<string, string> = {
    "rsa-2048": "the Basil aws-kms backend refuses RSA keys",
    "chacha20-poly1305": "KMS has no ChaCha20-Poly1305 keys; use aes-256-gcm",
    x25519: "KMS has no X25519 key agreement keys for Basil",
    "ml-kem": "post-quantum ML-KEM keys are refused by the Basil aws-kms backend",
    "ml-dsa": "post-quantum ML-DSA keys are refused by the Basil aws-kms backend",
};

export function readBasil(r: ConfigReader, value: unknown, env: SectionEnv): BasilConfig | undefined {
    const prefix = env.namePrefix;
    const o = r.object("basil", value, [
        "account",
        "runtimeIdentity",
        "namespace",
        "serviceAccount",
        "identities",
        "createNamespace",
        "runtimeRoleName",
        "requireBasilAlias",
        "keys",
        "provisioner",
    ]);
    if (!o) {
        return undefined;
    }
    const account = env.refAccount("basil.account", o.account);
    const runtimeIdentity =
        o.runtimeIdentity == null
            ? "irsa"
            : r.string("basil.runtimeIdentity", o.runtimeIdentity, {
                  pattern: /^(irsa|ec2)$/,
                  hint: "is not a runtime identity: use irsa (EKS ServiceAccount) or ec2 (instance profile).",
              });
    const sa = readServiceAccount(r, "basil", o.namespace, o.serviceAccount, BASIL_DEFAULTS);

    const keys: BasilKeyConfig[] = [];
    const keyMap = r.object("basil.keys", o.keys, Object.keys((o.keys ?? {}) as object));
    if (o.keys == null || (keyMap && Object.keys(keyMap).length === 0)) {
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

    const runtimeRoleName = readRoleName(r, "basil.runtimeRoleName", o.runtimeRoleName, `${prefix}-basil-runtime`);
    let provisioner: BasilConfig["provisioner"];
    const p = r.object("basil.provisioner", o.provisioner, [
        "roleName",
        "operatorPrincipalArns",
        "bootstrapServiceAccount",
        "requestTag",
    ]);
    if (p) {
        const roleName = readRoleName(r, "basil.provisioner.roleName", p.roleName, `${prefix}-basil-provisioner`);
        const created = { runtime: runtimeRoleName, provisioner: roleName };
        const operators = r.stringArray("basil.provisioner.operatorPrincipalArns", p.operatorPrincipalArns) ?? [];
        operators.forEach((a, i) => {
            const key = `basil.provisioner.operatorPrincipalArns[${i}]`;
            if (r.string(key, a, P.PRINCIPAL_ARN) === undefined) return;
            const accountId = env.accounts.find(x => x.name === account)?.accountId;
            const own = operatorIsStackRole(a, accountId, created);
            if (own) r.problem(key, own);
            // A session ARN names one session of a role (IAM User Guide, "Role session principals"): the role's
            // other sessions are the same identity, and the custody model designates callers by role or user ARN.
            const session = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(a);
            if (session) {
                r.problem(
                    key,
                    `"${a}" is a role session; name the role itself: arn:${session[1]}:iam::${session[2]}:role/${session[3]}.`,
                );
            }
        });
        let bootstrap: ServiceAccountRef | undefined;
        const b = r.object("basil.provisioner.bootstrapServiceAccount", p.bootstrapServiceAccount, [
            "namespace",
            "name",
        ]);
        if (b) {
            bootstrap = readServiceAccount(r, "basil.provisioner.bootstrapServiceAccount", b.namespace, b.name, {
                namespace: sa?.namespace ?? BASIL_DEFAULTS.namespace,
                serviceAccount: "basil-provisioner",
                nameKey: "name",
            });
            if (bootstrap && sa && runtimeIdentity === "irsa" && bootstrap.namespace === sa.namespace) {
                r.problem(
                    "basil.provisioner.bootstrapServiceAccount",
                    bootstrapInRuntimeNamespace(bootstrap, sa, b.namespace == null),
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
            roleName,
            operatorPrincipalArns: operators,
            bootstrapServiceAccount: bootstrap,
            requestTag,
        };
    }
    const identities = readIdentities(r, "basil.identities", o.identities);
    if (o.identities !== undefined && runtimeIdentity === "ec2" && !provisioner?.bootstrapServiceAccount) {
        r.problem(
            "basil.identities",
            "binds ServiceAccounts, but Basil has none here (runtimeIdentity is ec2 and there is no provisioner.bootstrapServiceAccount): remove identities.",
        );
    }
    if (!account || !runtimeIdentity || !sa) {
        return undefined;
    }
    return {
        account,
        runtimeIdentity: runtimeIdentity as "irsa" | "ec2",
        serviceAccount: sa,
        identities,
        createNamespace: r.boolean("basil.createNamespace", o.createNamespace, false),
        runtimeRoleName,
        requireBasilAlias: r.boolean("basil.requireBasilAlias", o.requireBasilAlias, false),
        keys,
        provisioner,
    };
}
