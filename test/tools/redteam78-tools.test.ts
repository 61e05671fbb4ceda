// Red-team round 78 on the tools (fresh eyes): neighbours of round 78's pack config fix (every string list checked item
// by item against the catalogue, condition-key pattern, enums, minItems), stack config values of custody-model, and
// the audit's export reader.
// Probed (pack config, `custody-model --stack dev --check`): wildcards in lists the rules compare EXACTLY
// (forbiddenActions of no-dynamodb-batch and dynamodb-resource-policy-safe, allowedActions,
// declaredRoleUnscopedActions), entries of another service in service-scoped lists (destructiveKeyActions,
// forbiddenActions, indexActions), condition keys that name nothing (misspelt, unknown service, an empty tag key),
// exemption entries that exempt everything (allowedResourcePatterns "*" / "arn:*"), allowedAudiences "*", an
// allowedIssuers entry with a port, a runtimeServicePrincipals list without the stack's own Pod Identity principal;
// held: "*:*", an upper-case organizationId, "all" with a property, "enforcementLevel " and null levels. Valid: a
// lower-case condition key, a policy given as a level string, an empty section, 1e1 and 30.0 as whole numbers.
// Probed (stack config): no pulumi:disable-default-providers, one that leaves aws enabled, the signer in kube-system
// and kube-public; held: 14 bad values (names, counts, tags, partitions, accounts); valid: an unquoted account id,
// a digits-only namespace, threshold 3 of 3, a cluster region other than its account's, an integer tag value.
// Probed (audit): an export of another project, two exports concatenated, --stack naming another stack (held).
// Misses (19 insecure accepted, 0 secure refused):
//   A. wildcard in an exactly-compared list (4): batch-wildcard-rt78t, respolicy-batch-wildcard-rt78t,
//      allowed-iam-star-rt78t, unscoped-kms-star-rt78t.
//   B. another service's action in a service-scoped list (3): destructive-dynamodb-only-rt78t,
//      batch-kms-only-rt78t, index-kms-only-rt78t.
//   C. condition keys that name no key (3): condkey-misspelt-rt78t, condkey-unknown-service-rt78t,
//      condkey-empty-tag-rt78t.
//   D. exemptions that exempt everything / exact lists taking a wildcard or an impossible value (4):
//      resource-pattern-star-rt78t, resource-pattern-arn-star-rt78t, audience-star-rt78t, issuer-port-rt78t.
//   E. runtimeServicePrincipals without the principal the stack's custody model binds (1): rsp-no-pods-eks-rt78t.
//   F. stack file invariants not enforced (4): no-ddp-rt78t, ddp-k8s-only-rt78t, ns-kube-system-rt78t,
//      ns-kube-public-rt78t.
// Held: 22 of 41 insecure refused; 10 of 10 secure clean.
// Fixed in round 78 (fix78-tools): 17 of 19 (catalogue expansion of action lists, exemption wildcards, per-list
// services, condition keys against the catalogue, match-all resource patterns, wildcard audiences, issuer ports,
// runtimeServicePrincipals vs the custody model, reserved namespaces). Still open (round 78): no-ddp-rt78t,
// ddp-k8s-only-rt78t (pulumi:disable-default-providers not required by the stack file reader).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { describeAuditRefusals } from "./auditExportCases";
import { capture, committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

type Run = { code: number; stdout: string; stderr: string };

function project(tmp: string, stack: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
    fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
    fs.copyFileSync(
        path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
        path.join(dir, "policy-pack", "config", `${stack}.json`),
    );
    fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
    return dir;
}

/** Refused: exit 2, the message naming `what`, no stack trace. */
function refusedNaming(run: Run, what: RegExp): void {
    assert.equal(run.code, 2, showRun(run));
    assert.match(run.stderr, what, showRun(run));
    noStackTrace(run.stderr);
}

/** Accepted: exit 0, or 1 when only the committed custody model differs (never 2, a config error). */
function accepted(run: Run): void {
    assert.ok(run.code === 0 || run.code === 1, showRun(run));
    if (run.code === 1) assert.match(run.stderr + run.stdout, /differs from the one generated/, showRun(run));
}

interface PackCase {
    name: string;
    stack?: string;
    /** Policy sections (JSON object members) merged into the committed pack config. */
    section: string;
    says?: RegExp;
    skip?: boolean;
}

describe("red team 78: the tools' pack config lists, stack config and audit input", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt78-tools-"));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** custody-model --check over the committed pack config of `stack` with sections merged in. */
    const checkWithSection = (section: string, stack = "dev") => {
        const dir = project(tmp, stack);
        const file = path.join(dir, "policy-pack", "config", `${stack}.json`);
        const config = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
        for (const [name, props] of Object.entries(JSON.parse(`{${section}}`) as Record<string, unknown>)) {
            const old = config[name];
            config[name] =
                typeof props === "object" && props !== null && typeof old === "object" && old !== null
                    ? { ...old, ...props }
                    : props;
        }
        fs.writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
        return capture(io => custodyModelMain(["--stack", stack, "--check"], { ...io, projectDir: dir }));
    };

    describe("the pack config: bad input refused (exit 2 naming the entry)", () => {
        const cases: PackCase[] = [
            // Was a MISS (fixed in round 78): bad input accepted (fails closed: the exemption never applies). runtime-role-no-privilege-
            // escalation.ts builds `allowed` from the entries and tests `allowed.has(a.name.toLowerCase())`, so
            // "iam:*" exempts no action while the reviewer reads "all IAM actions reviewed". Exit 0. Fix: as above.
            {
                name: "allowed-iam-star-rt78t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:*"] }',
                says: /allowedActions\[0\]/,
            },
            // Was a MISS (fixed in round 78): bad input accepted (inert). runtime-role-scoped-resources.ts `exempt.has(a.name.toLowerCase())`
            // compares exactly: "kms:*" exempts nothing. Fix: as above.
            {
                name: "unscoped-kms-star-rt78t",
                section: '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:*"] }',
                says: /declaredRoleUnscopedActions\[0\]/,
            },
            // Was a MISS (fixed in round 78): insecure accepted (the critical key-destruction rule switched off). The list REPLACES the
            // defaults; a KMS key's policy and grants govern only kms: actions (KMS Developer Guide, key-policies:
            // "a key policy ... controls access to a KMS key"; Service Authorization Reference, AWS KMS actions), so
            // "dynamodb:DeleteTable" can never be a destructive KEY action and kms:ScheduleKeyDeletion (KMS API
            // reference: after the waiting period the key and all data it encrypted are unrecoverable) is no longer
            // judged. Now exit 0. Where: packConfigCheck.ts catalogueProblems checks only that the entry is some
            // catalogue action; stack-keys-not-destructible.ts validateStack. General fix: a schema `service`
            // restriction on service-scoped iam-action lists (kms for destructiveKeyActions, dynamodb for
            // forbiddenActions/indexActions), refused naming the entry and the service the rule judges.
            {
                name: "destructive-dynamodb-only-rt78t",
                section: '"stack-keys-not-destructible": { "destructiveKeyActions": ["dynamodb:DeleteTable"] }',
                says: /destructiveKeyActions\[0\]/,
            },
            // Was a MISS (fixed in round 78): insecure accepted. no-dynamodb-batch forbiddenActions ["kms:Decrypt"] replaces the Batch*
            // defaults: BatchWriteItem is allowed again (and every signer is refused for kms:Decrypt). Exit 0. Fix:
            // the service restriction above.
            {
                name: "batch-kms-only-rt78t",
                section: '"no-dynamodb-batch": { "forbiddenActions": ["kms:Decrypt"] }',
                says: /"no-dynamodb-batch"\.forbiddenActions\[0\]/,
            },
            // Was a MISS (fixed in round 78): bad input accepted (availability rule off). DynamoDB Query/Scan on an index need the index ARN
            // (DynamoDB Developer Guide, "Using IAM policy conditions ... indexes"); kms:Decrypt is never granted on a
            // table, so dynamodb-query-includes-index.ts grantsOnTable finds nothing and the rule judges no index.
            // Fix: the service restriction above.
            {
                name: "index-kms-only-rt78t",
                section: '"dynamodb-query-includes-index": { "indexActions": ["kms:Decrypt"] }',
                says: /indexActions\[0\]/,
            },
            // Was a MISS (fixed in round 78): insecure accepted. A key's context keys are the global aws: keys and the service's own (IAM User
            // Guide, reference_policies_elements_condition: "Global condition context keys have the aws: prefix.
            // Service-specific context keys have the service's prefix"); kms:CallerAcount is neither. The entry
            // makes policy-pack/model/keyPolicy.ts restrictsCaller count a clause on it as a pin (clausePins returns
            // true for keys it has no rule for), while in AWS a key absent from the request context makes a negated
            // operator TRUE (reference_policies_elements_condition_operators: "If the key that you specify ... is
            // not present ... StringNotLike ... the condition is true"), so a Principal "*" statement "pinned" by
            // StringNotEquals kms:CallerAcount admits everyone. Now exit 0. Where: rules/config.ts
            // CONDITION_KEY_ITEM is a pattern only; packConfigCheck.ts valueProblems. General fix: a
            // "condition-key" format checked against the catalogue's condition keys (global keys + the service's
            // keys, tag-key families with a non-empty suffix), refused with the near miss (did you mean
            // kms:CallerAccount).
            {
                name: "condkey-misspelt-rt78t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["kms:CallerAcount"] }',
                says: /restrictingConditionKeys\[0\].*kms:CallerAccount/,
            },
            // Was a MISS (fixed in round 78): as above: "kmss" is no service prefix (Service Authorization Reference). Exit 0.
            {
                name: "condkey-unknown-service-rt78t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["kmss:CallerAccount"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 78): as above: aws:PrincipalTag/tag-key needs its tag key (reference_policies_condition-keys,
            // aws:PrincipalTag/tag-key); "aws:PrincipalTag/" names no key. Exit 0.
            {
                name: "condkey-empty-tag-rt78t",
                section: '"dynamodb-resource-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalTag/"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 78): insecure accepted (a mandatory rule off while it reads "mandatory"). runtime-role-scoped-
            // resources.ts skips a resource when `resourceMatches(p, pattern)`: "*" matches every Resource, so a
            // runtime role allowed kms:Decrypt on "*" (every key of the account: IAM User Guide,
            // reference_policies_elements_resource) passes. The schema's own pattern ^(\*|arn:\S+)$ invites it.
            // Exit 0. General fix: refuse exemption entries that match every ARN of a service (no fixed resource
            // type and name prefix), saying "to turn the policy off, set its enforcementLevel to \"disabled\"" (the
            // wording round 77 uses for empty lists).
            {
                name: "resource-pattern-star-rt78t",
                section: '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 78): as above, spelt "arn:*". Exit 0.
            {
                name: "resource-pattern-arn-star-rt78t",
                section: '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 78): bad input accepted (inert). role-trust-pinned.ts webIdentityProblems counts only StringEquals
            // :aud values and compares them exactly (`allowedAudiences.includes(a)`), so "*" admits only a token
            // whose aud is the literal "*" (EKS User Guide, associate-service-account-role: aud
            // "sts.amazonaws.com"). A reviewer reads "any audience". Exit 0. Fix: the allowedAudiences items pattern
            // refuses * and ? ("audiences are compared exactly: name the client id").
            {
                name: "audience-star-rt78t",
                section: '"role-trust-pinned": { "allowedAudiences": ["*"] }',
                says: /allowedAudiences\[0\]/,
            },
            // Was a MISS (fixed in round 78): bad input accepted (inert). An IAM OIDC provider URL has no port (IAM API reference,
            // CreateOpenIDConnectProvider Url: "The URL should not contain a port number"; the stack config's
            // HTTPS_URL refuses one for that reason), so no trust can name this issuer. Exit 0. Where: rules/
            // role-trust-pinned.ts allowedIssuers items pattern (:[0-9]+)?. Fix: drop the port from the pattern.
            {
                name: "issuer-port-rt78t",
                section:
                    '"role-trust-pinned": { "allowedIssuers": ["oidc.eks.eu-west-1.amazonaws.com:443/id/EXAMPLED539D4633E53DE1B71EXAMPLE"] }',
                says: /allowedIssuers\[0\]/,
            },
            // Was a MISS (fixed in round 78): insecure accepted. pod-identity's custody model binds the signer through EKS Pod Identity, whose
            // roles trust pods.eks.amazonaws.com (EKS User Guide, pod-id-role: "Principal": {"Service":
            // "pods.eks.amazonaws.com"}). The list replaces the defaults, so with only ec2.amazonaws.com the signer
            // role is no runtime role for runtime-role-no-kms-key-management (model/roles.ts runtimePaths): its KMS
            // key-management actions go unjudged. Exit 0. Where: packConfigCheck.ts packConfigProblems judges the
            // list alone. General fix: cross-check runtimeServicePrincipals against the custody-model section of the
            // same file (podIdentity subjects need pods.eks.amazonaws.com), naming the missing principal.
            {
                name: "rsp-no-pods-eks-rt78t",
                stack: "pod-identity",
                section: '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["ec2.amazonaws.com"] }',
                says: /runtimeServicePrincipals.*pods\.eks\.amazonaws\.com/,
            },
            // Round 78 neighbours, refused. Class A: a wildcard in an exemption list standing for a whole service
            // (the rules expand it, so "sts:*" would exempt every sts action, AssumeRole on any role included).
            {
                name: "allowed-sts-star-fix78",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:PassRole", "sts:*"] }',
                says: /allowedActions\[1\].*every sts action.*"disabled"/,
            },
            // Was valid in round 78 (allowed-pass-wildcard-fix78, iam:Pass* expands to iam:PassRole).
            // DECIDED (round 80): refused: an exemption wildcard covering an action the rule judges as escalation is
            // refused (the class of iam:*e* and sts:Assume*, redteam80-tools), and would cover any iam:Pass* action AWS
            // adds later; the reviewed action is written out (iam:PassRole, accepted).
            {
                name: "allowed-pass-wildcard-fix78",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:Pass*"] }',
                says: /allowedActions\[0\].*iam:PassRole/,
            },
            // Class B: dynamodb-resource-policy-safe judges a table's resource policy, which governs dynamodb actions
            // only (DynamoDB Developer Guide, access-control-resource-based); a kms entry would replace the Batch defaults.
            {
                name: "respolicy-kms-only-fix78",
                section: '"dynamodb-resource-policy-safe": { "forbiddenActions": ["kms:Decrypt"] }',
                says: /"dynamodb-resource-policy-safe"\.forbiddenActions\[0\].*only dynamodb actions/,
            },
            // declaredRoleUnscopedActions: the rule judges only dynamodb and kms data-plane actions.
            {
                name: "unscoped-iam-fix78",
                section: '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["iam:PassRole"] }',
                says: /declaredRoleUnscopedActions\[0\].*only dynamodb or kms actions/,
            },
            // Class C: a misspelt global key (IAM User Guide, reference_policies_condition-keys: aws:SourceAccount).
            {
                name: "condkey-global-misspelt-fix78",
                section: '"dynamodb-resource-policy-safe": { "restrictingConditionKeys": ["aws:SourceAcount"] }',
                says: /restrictingConditionKeys\[0\].*aws:SourceAccount/,
            },
            // Class D: a wildcard service matches every service's ARNs; an audience with ? is no exact audience.
            {
                name: "resource-pattern-any-service-fix78",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:*:eu-west-1:111111111111:key/x"] }',
                says: /allowedResourcePatterns\[0\].*"disabled"/,
            },
            {
                name: "audience-question-fix78",
                section: '"role-trust-pinned": { "allowedAudiences": ["sts.amazonaws.co?"] }',
                says: /allowedAudiences\[0\]/,
            },
            // Class E: the same cross-check for every rule carrying the list (role-trust-pinned's too).
            {
                name: "rsp-trust-no-pods-eks-fix78",
                stack: "pod-identity",
                section: '"role-trust-pinned": { "runtimeServicePrincipals": ["ecs-tasks.amazonaws.com"] }',
                says: /"role-trust-pinned"\.runtimeServicePrincipals lacks pods\.eks\.amazonaws\.com/,
            },
            // Held: "*:*" is no service:Action (IAM User Guide, reference_policies_elements_action).
            {
                name: "allowed-star-star-rt78t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["*:*"] }',
                says: /"runtime-role-no-privilege-escalation"\.allowedActions\[0\] is "\*:\*"/,
            },
            // Held: organization ids are o- and 10-32 lower-case letters or digits (Organizations API reference,
            // Organization Id pattern ^o-[a-z0-9]{10,32}$).
            {
                name: "orgid-upper-rt78t",
                section: '"role-trust-pinned": { "organizationId": "o-ABCDEFGHIJ" }',
                says: /organizationId is "o-ABCDEFGHIJ".*aws organizations describe-organization/,
            },
            // Held: "all" carries only a level (pulumi/pulumi pkg/resource/analyzer/config.go).
            {
                name: "all-with-property-rt78t",
                section: '"all": { "enforcementLevel": "mandatory", "x": 1 }',
                says: /"all" has no property "x"/,
            },
            // Held: a level key with a trailing space is no level; the critical policy stays as it was, named.
            {
                name: "level-key-blank-rt78t",
                section: '"custody-effective-access": { "enforcementLevel ": "disabled" }',
                says: /"custody-effective-access" has no property "enforcementLevel "/,
            },
            // Held: null is no enforcement level.
            {
                name: "level-null-rt78t",
                section: '"custody-effective-access": { "enforcementLevel": null }',
                says: /"custody-effective-access".*enforcement level null/,
            },
            // DECIDED (round 81), were valid: the destructive list keeps every default (PutKeyPolicy, CreateGrant hand
            // a key away); aws:PrincipalTag/<key> is set by the principal's own account (IAM User Guide
            // id_session-tags); key/mrk-* is every multi-Region key of the account (key ids are random: KMS API
            // Reference, ReplicateKey "mrk-"), no named prefix.
            {
                name: "destructive-kms-wildcard-fix78",
                section:
                    '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:ScheduleKeyDeletion", "kms:Disable*"] }',
                says: /destructiveKeyActions leaves out kms:PutKeyPolicy/,
            },
            {
                name: "condkey-families-fix78",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalTag/team"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            {
                name: "resource-pattern-prefix-fix78",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:key/mrk-*"] }',
                says: /allowedResourcePatterns\[0\].*key id/,
            },
        ];
        for (const c of cases)
            (c.skip ? it.skip : it)(`bad input: ${c.name}: exit 2 naming it`, async () => {
                refusedNaming(await checkWithSection(c.section, c.stack), c.says ?? /./);
            });
    });

    describe("the pack config: valid input accepted", () => {
        const cases: Array<[string, string]> = [
            // Context key names are not case-sensitive (IAM User Guide, reference_policies_elements_condition:
            // "including the aws:SourceIP context key is equivalent to testing for AWS:SourceIp"); keyPolicy.ts
            // lower-cases both sides.
            [
                '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:sourcearn", "KMS:CallerAccount"] }',
                "condkey-any-case-rt78t",
            ],
            // A policy's entry may be a level string (pulumi/pulumi pkg/resource/analyzer/config.go: a string is the
            // enforcement level; README "The policy pack").
            ['"custody-effective-access": "mandatory"', "level-as-string-rt78t"],
            // An empty section keeps the policy's defaults and level.
            ['"custody-effective-access": {}', "empty-section-rt78t"],
            // JSON numbers: 1e1 is 10 and 30.0 is 30 (RFC 8259 §6: exponent and fraction parts; a whole value).
            ['"kms-key-lifecycle": { "minimumDeletionWindowInDays": 1e1 }', "window-1e1-rt78t"],
            ['"kms-key-lifecycle": { "minimumDeletionWindowInDays": 30.0 }', "window-30.0-rt78t"],
            // Was a MISS (fixed in round 78): insecure accepted (weakens a mandatory rule to nothing). IAM action names
            // take * wildcards in a policy (IAM User Guide, reference_policies_elements_action), and the config check
            // accepts "dynamodb:Batch*" because catalogueProblems expands it, but policy-pack/rules/no-dynamodb-batch.ts
            // validateStack compared each GRANTED action's exact name with the entries: a list of only wildcards forbade
            // nothing. Fixed by expansion (the brief's preferred fix where a wildcard has a clear meaning): every rule
            // reading an iam-action list reads it through ActionCatalog.expandAll, so "dynamodb:Batch*" forbids every
            // Batch action and the entry is valid; test/policy-pack/rules/no-dynamodb-batch.test.ts pins the verdict
            // ("a wildcard entry in forbiddenActions forbids every action it matches").
            ['"no-dynamodb-batch": { "forbiddenActions": ["dynamodb:Batch*"] }', "batch-wildcard-rt78t"],
            // Was a MISS (fixed in round 78): the same exact comparison in dynamodb-resource-policy-safe.ts; now
            // expanded (dynamodb-resource-policy-safe.test.ts pins BatchWriteItem refused under this entry).
            [
                '"dynamodb-resource-policy-safe": { "forbiddenActions": ["dynamodb:Batch*"] }',
                "respolicy-batch-wildcard-rt78t",
            ],
            // DECIDED (round 80): condkey-families-fix78 keeps only aws:PrincipalTag/team: kms:EncryptionContext:app is
            // supplied by the caller in the request (AWS KMS Developer Guide, encrypt_context), so it identifies no caller
            // and is now refused as a restricting key (redteam80-tools condkey-encryption-context-rt80t).
            // Round 78 neighbours, valid: (iam:Pass* moved to the refused cases, DECIDED round 80) a kms wildcard in destructiveKeyActions (every kms:Disable* action), a tag-key
            // family with its name and a service's family key (kms:EncryptionContext:<key>, Service Authorization
            // Reference, AWS KMS condition keys), an exemption pattern naming a key-id prefix of one account.
            // DECIDED (round 81): destructive-kms-wildcard-fix78, condkey-families-fix78 and resource-pattern-prefix-fix78
            // moved to the refused cases (see there).
        ];
        for (const [section, name] of cases)
            it(`valid: ${name}: exit 0`, async () => {
                const run = await checkWithSection(section);
                assert.equal(run.code, 0, showRun(run));
            });
    });

    describe("the stack config", () => {
        const check = stackFileChecker("rt78-stack-");
        const DDP = '  pulumi:disable-default-providers: ["*"]\n';

        // MISS: insecure accepted (defense in depth lost). README "Architecture": "Explicit providers only ... stack
        // files set pulumi:disable-default-providers: [\"*\"]" (test/components/stacks.test.ts pins it for the
        // committed files). Without it a resource registered without its provider uses a default provider built
        // from ambient credentials and kubeconfig (pulumi/pulumi#8829: the deny list replaces such a request with
        // DenyDefaultProvider). Now: exit 0 "agrees". Where: tools/offline/stackFile.ts readStackFile and
        // components/stack/validate.ts judge only custody-infra: keys. General fix: refuse a stack file whose
        // pulumi:disable-default-providers does not list "*" (or every package the program uses), naming the key and
        // the line to add.
        // Still open (round 78): a check in tools/offline/stackFile.ts readStackFile (refuse unless the list holds "*")
        // works, but many tests write minimal stack files without the key (test/config/plainData.test.ts and others)
        // and need the line added first; not done by the deadline. Program side (pulumi.Config("pulumi")) not checked.
        it.skip("bad input: no-ddp-rt78t (dev without pulumi:disable-default-providers): exit 2 naming it", async () => {
            refusedNaming(await check("dev", committedStackFile("dev", DDP, "")), /disable-default-providers/);
        });
        // MISS: as above: ["kubernetes"] leaves the aws default provider enabled. Exit 0.
        // Still open (round 78): as no-ddp-rt78t.
        it.skip('bad input: ddp-k8s-only-rt78t (disable-default-providers ["kubernetes"]): exit 2 naming it', async () => {
            refusedNaming(
                await check(
                    "dev",
                    committedStackFile("dev", DDP, '  pulumi:disable-default-providers: ["kubernetes"]\n'),
                ),
                /disable-default-providers/,
            );
        });
        // Was a MISS (fixed in round 78): insecure accepted. The signer's ServiceAccount in kube-system: whoever may create pods in a namespace
        // may run them as any of its ServiceAccounts (Kubernetes docs, RBAC good practices, "Workload creation":
        // "users who can create pods ... can use any service account in that namespace"), and kube-system holds the
        // cluster's own controllers and add-ons (EKS: aws-node, kube-proxy, coredns) with that reach; the IRSA role
        // (share keys' Decrypt, the anti-slashing table's write) follows the ServiceAccount. Exit 1 (the model
        // differs only). Where: components/config/patterns.ts DNS1123_LABEL is the only check on signer.namespace.
        // General fix: refuse the reserved namespaces (kube-system, kube-public, kube-node-lease, default) for
        // custody ServiceAccounts, naming the key and "use a namespace of its own".
        it("bad input: ns-kube-system-rt78t (signer namespace kube-system): exit 2 naming it", async () => {
            refusedNaming(
                await check("dev", committedStackFile("dev", "namespace: validators", "namespace: kube-system")),
                /signer\.namespace/,
            );
        });
        // Was a MISS (fixed in round 78): as above; kube-public is meant to be readable by every user, unauthenticated ones included
        // (kubeadm implementation details: cluster-info in kube-public). Exit 1.
        it("bad input: ns-kube-public-rt78t (signer namespace kube-public): exit 2 naming it", async () => {
            refusedNaming(
                await check("dev", committedStackFile("dev", "namespace: validators", "namespace: kube-public")),
                /signer\.namespace/,
            );
        });

        // Round 78 neighbours: kube-node-lease and the kube- prefix are the cluster's too (Kubernetes docs, namespaces:
        // "Avoid creating namespaces with the prefix kube-, since it is reserved for Kubernetes system namespaces").
        it("bad input: ns-kube-node-lease-fix78 (signer namespace kube-node-lease): exit 2 naming it", async () => {
            refusedNaming(
                await check("dev", committedStackFile("dev", "namespace: validators", "namespace: kube-node-lease")),
                /signer\.namespace.*namespace of its own/,
            );
        });
        it("bad input: ns-kube-prefix-fix78 (signer namespace kube-validators): exit 2 naming it", async () => {
            refusedNaming(
                await check("dev", committedStackFile("dev", "namespace: validators", "namespace: kube-validators")),
                /signer\.namespace/,
            );
        });
        // Secure neighbour: a name merely containing "kube" is a namespace of its own.
        it("valid: ns-kubeless-fix78 (signer namespace validators-kube): accepted", async () => {
            accepted(
                await check("dev", committedStackFile("dev", "namespace: validators", "namespace: validators-kube")),
            );
        });

        // Held (each exit 2 naming the key).
        const refused: Array<[string, string, string, string, RegExp]> = [
            // ServiceAccount names are DNS-1123 subdomains (Kubernetes docs, names: "DNS Subdomain Names").
            [
                "sa-colon-rt78t",
                "dev",
                "serviceAccount: containment-chamber",
                'serviceAccount: "system:serviceaccount:x"',
                /signer\.serviceAccount.*DNS-1123 subdomain/,
            ],
            [
                "sa-upper-rt78t",
                "dev",
                "serviceAccount: containment-chamber",
                "serviceAccount: Containment-chamber",
                /signer\.serviceAccount/,
            ],
            // Namespaces are DNS-1123 labels, at most 63 characters (Kubernetes docs, names: "DNS Label Names").
            [
                "ns-64-rt78t",
                "dev",
                "namespace: validators",
                `namespace: validators-${"a".repeat(53)}`,
                /signer\.namespace.*63/,
            ],
            // A threshold above the share count can never reconstruct (seed 000, Shamir k of n).
            ["threshold-4-of-3-rt78t", "dev", "threshold: 2", "threshold: 4", /shares\.threshold.*between 2 and 3/],
            [
                "shares-101-rt78t",
                "dev",
                "accounts: [main, main, main]",
                `accounts: [${Array(101).fill("main").join(", ")}]`,
                /shares\.accounts.*at most 16/,
            ],
            [
                "access-path-twice-rt78t",
                "dev",
                "accessPaths: [antiSlashing, keySource, signerState]",
                "accessPaths: [antiSlashing, antiSlashing, signerState]",
                /accessPaths.*listed twice/,
            ],
            // Tag keys: the aws: prefix is reserved in any case (IAM User Guide, id_tags "Tag naming rules").
            [
                "tag-AWS-prefix-rt78t",
                "dev",
                "    owner: platform-custody",
                '    owner: platform-custody\n    "AWS:foo": x',
                /tags\.AWS:foo.*aws:/,
            ],
            [
                "tag-value-angle-rt78t",
                "dev",
                "    owner: platform-custody",
                '    owner: "platform custody <x>"',
                /tags\.owner.*tag value/,
            ],
            ["tag-value-null-rt78t", "dev", "    owner: platform-custody", "    owner: null", /tags\.owner.*null/],
            [
                "k8s-unknown-key-rt78t",
                "dev",
                "  custody-infra:kubernetes:",
                "  custody-infra:kubernetes:\n    unknown: 1",
                /kubernetes\.unknown: unknown setting/,
            ],
            [
                "ns-custody_infra-rt78t",
                "dev",
                "  custody-infra:signer:",
                "  custody_infra:signer:\n    x: 1\n  custody-infra:signer:",
                /misspelt namespace/,
            ],
            // A deploy role lives in the account it deploys into (IAM ARNs name their account).
            [
                "assume-role-other-account-rt78t",
                "pod-identity",
                "assumeRoleArn: arn:aws:iam::222222222222:role/custody-deployer",
                "assumeRoleArn: arn:aws:iam::333333333333:role/custody-deployer",
                /custody-b\.assumeRoleArn.*333333333333/,
            ],
            // STS ExternalId: [\w+=,.@:\/-]* (STS API reference, AssumeRole ExternalId).
            [
                "external-id-space-rt78t",
                "pod-identity",
                "      externalId: custody-infra-pod-identity\n    custody-c",
                '      externalId: "a b"\n    custody-c',
                /custody-b\.externalId/,
            ],
            // The Pod Identity role in a share account: its admins alone could use every share (seed 000).
            [
                "cluster-in-share-account-rt78t",
                "pod-identity",
                "    name: prod-validators\n    account: signer",
                "    name: prod-validators\n    account: custody-b",
                /cluster\.account.*share key/,
            ],
        ];
        for (const [name, stack, from, to, says] of refused)
            it(`bad input: ${name}: exit 2 naming it`, async () => {
                refusedNaming(await check(stack, committedStackFile(stack, from, to)), says);
            });

        const valid: Array<[string, string, string, string]> = [
            // A YAML int of 12 digits is that account id in go-yaml and YAML 1.2 alike (no leading 0).
            ["account-id-unquoted-rt78t", "dev", 'accountId: "111111111111"', "accountId: 111111111111"],
            // A DNS-1123 label may be all digits (Kubernetes docs, names: "start with an alphanumeric character").
            ["namespace-digits-rt78t", "dev", "namespace: validators", 'namespace: "123"'],
            // 3 of 3 shares: stricter custody, still reconstructible.
            ["threshold-3-of-3-rt78t", "dev", "threshold: 2", "threshold: 3"],
            // An EKS cluster may run in another region of its account (the association names the cluster ARN).
            [
                "cluster-region-other-rt78t",
                "pod-identity",
                "    region: eu-west-1\n  custody-infra:kubernetes",
                "    region: eu-central-1\n  custody-infra:kubernetes",
            ],
            // A YAML int tag value is the text "123" (tag values are strings; digits allowed, id_tags).
            ["tag-value-int-rt78t", "dev", "    owner: platform-custody", "    owner: 123"],
        ];
        for (const [name, stack, from, to] of valid)
            it(`valid: ${name}: accepted`, async () => {
                accepted(await check(stack, committedStackFile(stack, from, to)));
            });
    });

    // Held: the audit names the project, the concatenation and the stack mismatch, before anything is written.
    describeAuditRefusals(
        "rt78-audit-",
        io => [
            {
                title: "other-project-rt78t (URNs of project other-project)",
                argv: () => ["--state", io.write(io.exportText().split("::custody-infra::").join("::other-project::"))],
                says: /project "other-project"/,
            },
            {
                title: "two-exports-rt78t (two exports concatenated)",
                argv: () => ["--state", io.write(`${io.exportText()}\n${io.exportText()}`)],
                says: /is not JSON/,
            },
            {
                title: "stack-mismatch-rt78t (--stack prod on dev's export)",
                argv: () => ["--state", io.write(io.exportText()), "--stack", "prod"],
                says: /--stack prod does not match.*stack "dev"/,
            },
        ],
        { appendOut: true },
    );
});
