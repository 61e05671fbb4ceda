import { partitionOf } from "../../iam/arns";
import { ConfigReader } from "../../config/reader";
import { checkTagSet, readIdentities, readRegion, readRoleName, readServiceAccount } from "../../config/fields";
import { ServiceAccountIdentity, ServiceAccountRef } from "../../config/schema";
import { MAX_TAGS_PER_RESOURCE } from "../../private/naming";
import { SectionEnv } from "../workload";

export interface TrustDomainConfig {
    account: string;
    serviceAccount: ServiceAccountRef;
    /** How the ServiceAccount's pods become the role: IRSA, EKS Pod Identity, or both while migrating. */
    identities: ServiceAccountIdentity[];
    createNamespace: boolean;
    roleName: string;
    /** Region the server creates keys in (KeyManager `awsKMS.region`). */
    region: string;
    keyTags: Record<string, string>;
    /** Also export a key-policy JSON for the server's `keyPolicyFile`. */
    exportKeyPolicy: boolean;
}

/**
 * Tags per KMS key kept free for the Trust Domain Server's own tags. Seed 001 (Defakto, AWS KMS Key Manager): the
 * server "discovers its signing keys in KMS using reserved tags applied at key creation time", and keyTags "cannot use
 * the aws: or defakto- prefixes"; the docs do not say how many reserved tags it applies, so this is a conservative
 * reserve (as components/stack/validate.ts readTags leaves MAX_PROGRAM_TAGS free for the program's own tags).
 */
export const TRUST_DOMAIN_RESERVED_KEY_TAGS = 10;

const TRUST_DOMAIN_DEFAULTS = { namespace: "spirl-system", serviceAccount: "spirl-server" } as const;

export function readTrustDomain(r: ConfigReader, value: unknown, env: SectionEnv): TrustDomainConfig | undefined {
    const prefix = env.namePrefix;
    const o = r.object("trustDomain", value, [
        "account",
        "namespace",
        "serviceAccount",
        "identities",
        "createNamespace",
        "roleName",
        "region",
        "keyTags",
        "exportKeyPolicy",
    ]);
    if (!o) {
        return undefined;
    }
    const account = env.refAccount("trustDomain.account", o.account);
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
        MAX_TAGS_PER_RESOURCE - TRUST_DOMAIN_RESERVED_KEY_TAGS,
        `AWS KMS allows ${MAX_TAGS_PER_RESOURCE} tags per key ("Tags per KMS key: 50", KMS quotas) and the Trust Domain Server adds its own reserved defakto- discovery tags to every key it creates (up to ${TRUST_DOMAIN_RESERVED_KEY_TAGS} are kept free for them), so its key rotation's CreateKey would fail`,
    );
    const region =
        o.region == null
            ? env.accounts.find(a => a.name === account)?.region
            : readRegion(r, "trustDomain.region", o.region, false);
    // The server's role lives in its account's partition and cannot reach KMS in another one (as cluster.region).
    const home = env.accounts.find(a => a.name === account);
    if (o.region != null && region && home && partitionOf(region) !== partitionOf(home.region)) {
        r.problem(
            "trustDomain.region",
            `${region} is in partition ${partitionOf(region)}, but account ${home.name} (${home.region}) is in ${partitionOf(home.region)}: the server's role could never use keys there; use a region of ${partitionOf(home.region)}.`,
        );
        return undefined;
    }
    if (!account || !sa || !region) {
        return undefined;
    }
    return {
        account,
        serviceAccount: sa,
        identities: readIdentities(r, "trustDomain.identities", o.identities),
        region,
        keyTags,
        createNamespace: r.boolean("trustDomain.createNamespace", o.createNamespace, false),
        roleName: readRoleName(r, "trustDomain.roleName", o.roleName, `${prefix}-trust-domain`),
        exportKeyPolicy: r.boolean("trustDomain.exportKeyPolicy", o.exportKeyPolicy, true),
    };
}
