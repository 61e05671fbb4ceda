// Red-team round 80 on the tools (fresh eyes): neighbours of round 78's pack config fixes (exemption wildcards,
// match-all resource patterns, condition keys against the catalogue, issuers, runtimeServicePrincipals cross-check)
// and of the stack config's reserved-namespace fix, plus the audit's flags.
// Probed (pack config, `custody-model --stack S --check`): allowedResourcePatterns naming every resource of a type
// (key/*, table/*, kms:*:*:key/*, key*, k?y/*) beside round 78's match-all refusals; exemption wildcards that cover
// almost a whole service or its escalation actions (iam:*e*, sts:Assume*); lists that replace a critical default but
// drop its irreversible action (destructiveKeyActions, no-dynamodb-batch forbiddenActions); restrictingConditionKeys
// that exist in the catalogue but are request-supplied (aws:UserAgent, aws:RequestedRegion, aws:RequestTag/team,
// kms:EncryptionContext:app); issuers with a scheme, a trailing slash, a wildcard; an audience with a blank;
// runtimeServicePrincipals in upper case, the .cn spelling, on the escalation rule. Valid: a table-name prefix, one
// key id, IAM:PassRole, a CI issuer, aws:SourceOrgID, pods.eks + ec2, dev (IRSA) without pods.eks, a longer list.
// Probed (stack config): the basil bootstrap ServiceAccount in the runtime's namespace (explicit and by default),
// ServiceAccount "default" for the signer and curity, reserved namespaces for bootstrap/trustDomain/curity, a root or
// "*" operator, curity tablePrefix "" and "*", caller account = data account, an OIDC provider of another account or
// issuer, an http issuer, threshold 1. Valid: a kubernetes- namespace, a user operator, a leading-zero account id, a
// tag value with a space, a longer table prefix.
// Probed (audit): --state twice, --stack Dev, --state a directory, an export of version 5 (all held).
// Misses (17 insecure accepted, 0 secure refused):
//   A. exemption resource patterns naming every resource of a type (5): resource-pattern-key-star-rt80t,
//      resource-pattern-table-star-rt80t, resource-pattern-any-account-key-rt80t, resource-pattern-key-noslash-rt80t,
//      resource-pattern-key-question-rt80t.
//   B. exemption action wildcards covering the escalation actions without being the whole service (2):
//      allowed-iam-almost-all-rt80t, allowed-sts-assume-star-rt80t.
//   C. replacing lists dropping the critical default (2): destructive-no-schedule-deletion-rt80t, batch-get-only-rt80t.
//   D. restricting condition keys that the caller supplies (4): condkey-useragent-rt80t,
//      condkey-requested-region-rt80t, condkey-requesttag-rt80t, condkey-encryption-context-rt80t.
//   E. basil bootstrap ServiceAccount in the runtime namespace (2): basil-bootstrap-runtime-ns-rt80t,
//      basil-bootstrap-default-ns-rt80t.
//   F. custody ServiceAccount named "default" (2): signer-sa-default-rt80t, curity-sa-default-rt80t.
// Held: 26 of 43 insecure refused; 13 of 13 secure clean.
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

describe("red team 80: the tools' pack config, stack config and audit flags", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt80-tools-"));
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
            // Class A: exemption resource patterns that name every resource of a TYPE (empty name prefix).
            // A KMS key ARN is arn:aws:kms:<region>:<account>:key/<key-id> (Service Authorization Reference, AWS KMS
            // resource types); IAM matches * in Resource against any characters (IAM User Guide,
            // reference_policies_elements_resource). "key/*" is every key of the account and region, the custody
            // share keys included, so a runtime role allowed kms:Decrypt on it passes runtime-role-scoped-resources.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0, "agrees"). Where: policy-pack/private/packConfigCheck.ts
            // arnExemptionProblems refuses only a resource part STARTING with a wildcard; "key/*" has the fixed type
            // "key/" and no name prefix, and runtime-role-scoped-resources.ts validateStack skips any granted Resource
            // that resourceMatches the pattern (a grant on ...:key/* is exempt). General fix: after the resource type
            // (the text up to the first / or :), require a non-empty fixed name prefix before any wildcard, and refuse
            // a wildcard in the type; name the entry and 'name the resources ... or set enforcementLevel "disabled"'.
            {
                name: "resource-pattern-key-star-rt80t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:key/*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as resource-pattern-key-star-rt80t.
            // Every table of the account and region (DynamoDB table ARN arn:aws:dynamodb:<region>:<account>:table/<name>):
            // the anti-slashing and signer-state tables' writes exempted.
            {
                name: "resource-pattern-table-star-rt80t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-west-1:111111111111:table/*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as resource-pattern-key-star-rt80t (wildcard region and account too).
            // Every key of every account and region: wildcard region and account, resource type with no name.
            {
                name: "resource-pattern-any-account-key-rt80t",
                section: '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:*:*:key/*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as resource-pattern-key-star-rt80t.
            // "key*" without the slash: every key (and nothing else of kms but "key..." resources).
            {
                name: "resource-pattern-key-noslash-rt80t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:key*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as resource-pattern-key-star-rt80t (a wildcard inside the type).
            // "k?y/*": a ? in the type, still every key.
            {
                name: "resource-pattern-key-question-rt80t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:k?y/*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Held neighbour: a resource part starting with ? is match-all (round 78's rule).
            {
                name: "resource-pattern-question-first-rt80t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:?*"] }',
                says: /allowedResourcePatterns\[0\].*"disabled"/,
            },
            // Neighbours (round 80): every table's indexes (DynamoDB index ARN table/<name>/index/<index>: the wildcard
            // stands where the table name begins), every alias (kms alias/<name>), a region-less S3 pattern with a
            // wildcard account (S3 access point ARNs hold the account: every account's access points).
            {
                name: "resource-pattern-every-table-index-fix80",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-west-1:111111111111:table/*/index/*"] }',
                says: /allowedResourcePatterns\[0\].*every dynamodb/,
            },
            {
                name: "resource-pattern-every-alias-fix80",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:alias/*"] }',
                says: /allowedResourcePatterns\[0\].*every kms alias/,
            },
            {
                name: "resource-pattern-any-account-accesspoint-fix80",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:s3:eu-west-1:*:accesspoint/logs-*"] }',
                says: /allowedResourcePatterns\[0\].*account/,
            },
            // Class B: an exemption wildcard that matches almost every action of its service. "iam:*e*" expands to 184
            // of the catalogue's 190 IAM actions (PutRolePolicy, AttachRolePolicy, CreateAccessKey,
            // UpdateAssumeRolePolicy: the privilege-escalation actions the rule exists to refuse; IAM User Guide,
            // reference_policies_elements_action: "*" matches any run of characters), so a runtime role holding them
            // passes runtime-role-no-privilege-escalation while the entry reads as a narrow exception.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0). Where: packConfigCheck.ts actionEntryProblems refuses an exemption
            // wildcard only when it expands to EVERY action of its service (expand(value).length >=
            // actionsOf(service).length); 184 of 190 passes. General fix: an exemption wildcard may not match any action
            // the rule itself judges as escalation (its own list, e.g. iam:Put*Policy, iam:Attach*, iam:CreateAccessKey,
            // iam:UpdateAssumeRolePolicy), or may not expand beyond a small bound; name the matched dangerous actions.
            {
                name: "allowed-iam-almost-all-rt80t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:*e*"] }',
                says: /allowedActions\[0\]/,
            },
            // sts:Assume* (4 of the catalogue's 16 sts actions) exempts sts:AssumeRole, AssumeRoleWithWebIdentity,
            // AssumeRoleWithSAML and AssumeRoot: a runtime role allowed to assume roles reaches whatever they hold
            // (IAM User Guide, id_roles_use: role chaining), the escalation the rule judges (runtime-role-no-privilege-
            // escalation.ts refuses sts:Assume* on a wildcard unless the action is in `allowed`).
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as allowed-iam-almost-all-rt80t (4 of 16 is no whole service).
            {
                name: "allowed-sts-assume-star-rt80t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["sts:Assume*"] }',
                says: /allowedActions\[0\]/,
            },
            // Neighbours (round 80): iam:Put* (PutRolePolicy, PutUserPolicy...: Permissions management, IAM Service
            // Authorization Reference) and sts:AssumeRoleWith* (web identity and SAML: another role's credentials, IAM
            // User Guide id_roles_use) are escalation actions under a wildcard.
            {
                name: "allowed-iam-put-star-fix80",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:Put*"] }',
                says: /allowedActions\[0\].*privilege escalation.*iam:PutRolePolicy/,
            },
            {
                name: "allowed-sts-assume-with-fix80",
                section:
                    '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:PassRole", "sts:AssumeRoleWith*"] }',
                says: /allowedActions\[1\].*sts:AssumeRoleWith/,
            },
            // Held neighbour: "IAM:*" (the prefix is case-insensitive, IAM User Guide) is every IAM action.
            {
                name: "allowed-iam-upper-star-rt80t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["IAM:*"] }',
                says: /allowedActions\[0\].*every iam action/,
            },
            // Held neighbour: "kms:?*" is every kms action (each name has at least one character).
            {
                name: "unscoped-kms-question-star-rt80t",
                section: '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:?*"] }',
                says: /declaredRoleUnscopedActions\[0\].*every kms action/,
            },
            // Class C: lists that REPLACE a critical default but omit its irreversible action. kms:ScheduleKeyDeletion
            // destroys the key after the waiting period, and every ciphertext under it becomes unrecoverable (AWS KMS
            // API Reference, ScheduleKeyDeletion). A list of only kms:Disable* keeps every entry valid (round 78's
            // service restriction) yet stack-keys-not-destructible no longer judges ScheduleKeyDeletion.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0). Where: packConfigCheck.ts valueProblems judges entries one by one; the
            // list replaces the defaults (rules/config.ts defineConfig read). General fix: for lists whose defaults are
            // the critical core (destructiveKeyActions, forbiddenActions), require the core entries (or their
            // wildcard cover) to stay, naming the missing one ("keep kms:ScheduleKeyDeletion; the list replaces the
            // defaults"), or make such lists additions to the defaults.
            {
                name: "destructive-no-schedule-deletion-rt80t",
                section: '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:Disable*"] }',
                says: /destructiveKeyActions.*ScheduleKeyDeletion/,
            },
            // As above for no-dynamodb-batch: BatchWriteItem takes no ConditionExpression (DynamoDB API Reference,
            // BatchWriteItem: "You can't specify conditions on individual put and delete requests"), so it overwrites
            // the anti-slashing record without the condition that guards it; a list of only BatchGetItem allows it.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as destructive-no-schedule-deletion-rt80t.
            {
                name: "batch-get-only-rt80t",
                section: '"no-dynamodb-batch": { "forbiddenActions": ["dynamodb:BatchGetItem"] }',
                says: /forbiddenActions.*BatchWriteItem/,
            },
            // Neighbours (round 80): the table resource policy's list (dynamodb-resource-policy-safe, same defaults and
            // the same unconditional BatchWriteItem), and a destructive list of exact names without the deletion.
            {
                name: "respolicy-batch-get-only-fix80",
                section: '"dynamodb-resource-policy-safe": { "forbiddenActions": ["dynamodb:BatchGetItem"] }',
                says: /forbiddenActions.*BatchWriteItem/,
            },
            {
                name: "destructive-named-no-deletion-fix80",
                section:
                    '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:DisableKey", "kms:PutKeyPolicy"] }',
                says: /destructiveKeyActions.*kms:ScheduleKeyDeletion/,
            },
            // Class D: restricting condition keys that exist but restrict no caller. aws:UserAgent "is provided by
            // the caller in an HTTP header ... should not be used to prevent unauthorized parties from making direct
            // AWS requests" (IAM User Guide, reference_policies_condition-keys aws:UserAgent). Listed as restricting,
            // a Principal "*" key-policy statement with StringEquals aws:UserAgent counts as pinned
            // (model/keyPolicy.ts restrictsCaller), while anyone sets that header.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0). Where: packConfigCheck.ts conditionKeyProblems checks only that the key
            // exists in the catalogue; model/keyPolicy.ts clausePins returns true for any key it has no rule for.
            // General fix: restrictingConditionKeys may hold only keys that identify the caller or source
            // (principal/source account, ARN, org, org path, VPC/VPCE of the account...): a fixed allowlist of
            // caller-identifying keys, refusing request-supplied keys (aws:UserAgent, aws:RequestTag/*,
            // aws:RequestedRegion, kms:EncryptionContext:*) with the reason; and clausePins fail closed on unknown keys.
            {
                name: "condkey-useragent-rt80t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:UserAgent"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // aws:RequestedRegion is "the AWS Region that was called in the request" (reference_policies_condition-keys):
            // any principal of any account calls the key's region, so StringEquals aws:RequestedRegion "eu-west-1" on a
            // Principal "*" statement admits everyone while clausePins counts it as a pin.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as condkey-useragent-rt80t.
            {
                name: "condkey-requested-region-rt80t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:RequestedRegion"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // aws:RequestTag/tag-key is "the tag key-value pair that is passed in the request" (reference_policies_
            // condition-keys): chosen by the caller, no pin of who calls.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as condkey-useragent-rt80t (dynamodb-resource-policy-safe).
            {
                name: "condkey-requesttag-rt80t",
                section: '"dynamodb-resource-policy-safe": { "restrictingConditionKeys": ["aws:RequestTag/team"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // The encryption context is supplied by the caller of Encrypt/Decrypt (AWS KMS Developer Guide,
            // encrypt_context: a caller passes it in the request; kms:EncryptionContext:context-key "controls access ...
            // based on the encryption context in the request"): a Principal "*" Decrypt "pinned" by StringEquals
            // kms:EncryptionContext:app = "signer" admits anyone who sends that pair. Round 78 pinned this family
            // as VALID (condkey-families-fix78): a valid key, but no restricting one.
            // Was a MISS (fixed in round 80): insecure accepted (exit 0), as condkey-useragent-rt80t.
            {
                name: "condkey-encryption-context-rt80t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["kms:EncryptionContext:app"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Neighbours (round 80): aws:ResourceTag/<key> is the resource's tag, not the caller's (reference_policies_
            // condition-keys), and kms:ViaService names the service a request came through, not who sent it.
            {
                name: "condkey-resourcetag-fix80",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:ResourceTag/team"] }',
                says: /restrictingConditionKeys\[0\].*identifies the caller/,
            },
            {
                name: "condkey-via-service-fix80",
                section:
                    '"dynamodb-resource-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalArn", "kms:ViaService"] }',
                says: /restrictingConditionKeys\[1\]/,
            },
            // Class E (held): issuers as IAM names them: no scheme, no trailing slash, no wildcard
            // (IAM User Guide, id_roles_providers_create_oidc).
            {
                name: "issuer-https-rt80t",
                section: '"role-trust-pinned": { "allowedIssuers": ["https://token.actions.githubusercontent.com"] }',
                says: /allowedIssuers\[0\]/,
            },
            {
                name: "issuer-trailing-slash-rt80t",
                section: '"role-trust-pinned": { "allowedIssuers": ["token.actions.githubusercontent.com/"] }',
                says: /allowedIssuers\[0\]/,
            },
            {
                name: "issuer-wildcard-region-rt80t",
                section: '"role-trust-pinned": { "allowedIssuers": ["oidc.eks.*.amazonaws.com/id/X"] }',
                says: /allowedIssuers\[0\]/,
            },
            // Held: an audience with a leading blank is compared exactly and matches no token.
            {
                name: "audience-blank-rt80t",
                section: '"role-trust-pinned": { "allowedAudiences": [" sts.amazonaws.com"] }',
                says: /allowedAudiences\[0\]/,
            },
            // Class F (held): runtimeServicePrincipals of pod-identity without the exact Pod Identity principal.
            // Service principals are lower case (IAM User Guide, reference_policies_elements_principal, "AWS service
            // principals"): the upper-case spelling names no principal.
            {
                name: "rsp-pods-upper-rt80t",
                stack: "pod-identity",
                section:
                    '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["PODS.EKS.AMAZONAWS.COM"] }',
                says: /runtimeServicePrincipals/,
            },
            // The China-partition spelling is another principal: the commercial-partition role trusts pods.eks.amazonaws.com.
            {
                name: "rsp-pods-cn-rt80t",
                stack: "pod-identity",
                section:
                    '"runtime-role-scoped-resources": { "runtimeServicePrincipals": ["pods.eks.amazonaws.com.cn"] }',
                says: /runtimeServicePrincipals lacks pods\.eks\.amazonaws\.com/,
            },
            // Was valid (dev binds through IRSA only). DECIDED (round 82): refused, pods.eks.amazonaws.com always stays
            // (an EKS Pod Identity association of any ServiceAccount with a role trusting it: EKS User Guide, pod-id-role).
            {
                name: "rsp-dev-irsa-ec2-rt80t",
                section: '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["ec2.amazonaws.com"] }',
                says: /runtimeServicePrincipals leaves out pods\.eks\.amazonaws\.com/,
            },
            // Every rule carrying the list is cross-checked, the escalation rule too.
            {
                name: "rsp-escalation-no-pods-rt80t",
                stack: "pod-identity",
                section:
                    '"runtime-role-no-privilege-escalation": { "runtimeServicePrincipals": ["ec2.amazonaws.com"] }',
                says: /"runtime-role-no-privilege-escalation"\.runtimeServicePrincipals lacks pods\.eks\.amazonaws\.com/,
            },
            // DECIDED (round 81), was valid: the calling principal's tag is set by the principal's own account
            // (iam:TagRole, or a session tag at AssumeRole, IAM User Guide id_session-tags): under Principal "*" any
            // account tags a role of its own team=..., so the key pins nothing, beside aws:SourceVpce or not.
            {
                name: "condkey-principal-tag-vpce-fix80",
                section:
                    '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalTag/team", "aws:SourceVpce"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // DECIDED (round 81), was valid: the destructive list keeps every default (a wildcard covering one counts).
            {
                name: "destructive-wildcard-cover-fix80",
                section:
                    '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:Schedule*", "kms:DisableKey"] }',
                says: /destructiveKeyActions leaves out kms:PutKeyPolicy/,
            },
            {
                name: "destructive-stricter-rt80t",
                section:
                    '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy"] }',
                says: /destructiveKeyActions leaves out kms:CreateGrant/,
            },
            // DECIDED (round 81), was valid: alias/custody-* matches the custody model's key aliases.
            {
                name: "resource-pattern-alias-prefix-fix80",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:alias/custody-*"] }',
                says: /allowedResourcePatterns\[0\].*custody-model/,
            },
        ];
        for (const c of cases)
            (c.skip ? it.skip : it)(`bad input: ${c.name}: exit 2 naming it`, async () => {
                refusedNaming(await checkWithSection(c.section, c.stack), c.says ?? /./);
            });
    });

    describe("the pack config: valid input accepted", () => {
        const cases: Array<[string, string, string?]> = [
            // One table-name prefix of one account (DynamoDB table ARN): the seed-002 curity-* tables, a documented prefix.
            [
                '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-west-1:111111111111:table/curity-*"] }',
                "resource-pattern-table-prefix-rt80t",
            ],
            // DECIDED (round 81): resource-pattern-alias-prefix-fix80 (alias/custody-*) moved to the refused cases: it
            // matches the custody model's own key aliases (redteam81-tools resource-pattern-custody-tables-rt81t).
            // Neighbours (round 80): a bucket-name prefix (the S3 bucket ARN arn:aws:s3:::<bucket> has
            // no type text: the fixed "logs-" narrows it), the objects of one bucket.
            [
                '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:s3:::logs-*", "arn:aws:s3:::logs/*"] }',
                "resource-pattern-bucket-prefix-fix80",
            ],
            // One key by its id: no wildcard at all.
            [
                '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"] }',
                "resource-pattern-one-key-rt80t",
            ],
            // The action prefix is case-insensitive (IAM User Guide, reference_policies_elements_action).
            [
                '"runtime-role-no-privilege-escalation": { "allowedActions": ["IAM:PassRole"] }',
                "allowed-upper-prefix-rt80t",
            ],
            // Neighbours (round 80): a wildcard covering only IAM reads (access level List: no escalation the rule
            // judges) exempts nothing and is accepted; the reviewed action named exactly.
            [
                '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:List*"] }',
                "allowed-iam-list-star-fix80",
            ],
            [
                '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:PassRole", "sts:AssumeRole"] }',
                "allowed-named-escalation-fix80",
            ],
            // A CI issuer as IAM names it (host without https://).
            [
                '"role-trust-pinned": { "allowedIssuers": ["token.actions.githubusercontent.com"] }',
                "issuer-github-rt80t",
            ],
            // aws:SourceOrgID is a global key (reference_policies_condition-keys) restricting the source's organization.
            ['"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:SourceOrgID"] }', "condkey-sourceorgid-rt80t"],
            // DECIDED (round 81): condkey-principal-tag-vpce-fix80 (aws:PrincipalTag/team beside aws:SourceVpce) moved
            // to the refused cases: the tag is set by the principal's own account (iam:TagRole, session tags).
            // The Pod Identity principal kept, with another runtime principal beside it.
            [
                '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["pods.eks.amazonaws.com", "ec2.amazonaws.com"] }',
                "rsp-pods-and-ec2-rt80t",
                "pod-identity",
            ],
            // DECIDED (round 82): rsp-dev-irsa-ec2-rt80t (dev, ec2 only) moved to the refused cases: any ServiceAccount
            // may be associated with a role trusting pods.eks.amazonaws.com, whatever dev binds today
            // (redteam82-tools rsp-drop-pods-on-irsa-rt82t).
            // DECIDED (round 81): destructive-wildcard-cover-fix80 and destructive-stricter-rt80t moved to the refused
            // cases: each list drops defaults (PutKeyPolicy or CreateGrant hand a key to another principal), and the
            // list must keep every default (redteam81-tools destructive-drops-putkeypolicy-rt81t).
            ['"no-dynamodb-batch": { "forbiddenActions": ["dynamodb:BatchWrite*"] }', "batch-write-wildcard-fix80"],
            // A longer destructive list (the defaults and more) is stricter.
        ];
        for (const [section, name, stack] of cases)
            it(`valid: ${name}: exit 0`, async () => {
                accepted(await checkWithSection(section, stack));
            });
    });

    describe("the stack config", () => {
        const check = stackFileChecker("rt80-stack-");

        const refused: Array<[string, string, string, string, RegExp, boolean?]> = [
            // The basil provisioner (creates and tags catalog keys, seed 004) bootstrapped through a ServiceAccount in
            // the broker's own namespace: whoever may create pods in a namespace may run them as any of its
            // ServiceAccounts (Kubernetes docs, RBAC good practices, "Workload creation"), so the broker's deployers
            // (and a broker able to create pods) gain the provisioner role.
            // Was a MISS (fixed in round 80): insecure accepted (exit 1: only the committed model differs, no config error). Where:
            // components/workloads/basil/config.ts readBasil refuses the bootstrap ServiceAccount only when it IS the
            // runtime one (same namespace AND name). General fix: refuse a bootstrap (provisioner) ServiceAccount in
            // the runtime ServiceAccount's namespace, and default it to a namespace of its own, naming the key and
            // "use a namespace only the provisioning job runs in".
            [
                "basil-bootstrap-runtime-ns-rt80t",
                "basil",
                "        namespace: basil-bootstrap",
                "        namespace: basil",
                /bootstrapServiceAccount/,
            ],
            // Was a MISS (fixed in round 80): as above, through the default: without a namespace the bootstrap ServiceAccount defaults to the
            // runtime's namespace (basil/config.ts BASIL_DEFAULTS via sa.namespace). Exit 1.
            [
                "basil-bootstrap-default-ns-rt80t",
                "basil",
                "        namespace: basil-bootstrap\n",
                "",
                /bootstrapServiceAccount/,
            ],
            // The namespace's "default" ServiceAccount as the custody identity: a pod created without
            // serviceAccountName "is automatically assigned the default service account in the same namespace"
            // (Kubernetes docs, configure-service-account / service-accounts), so every pod of validators that names
            // no ServiceAccount (any chart, a debug pod) runs with the signer role (share keys' Decrypt, the
            // anti-slashing table's write).
            // Was a MISS (fixed in round 80): insecure accepted (exit 1: only the committed model differs). Where: components/config/fields.ts
            // readServiceAccount checks the name as a DNS-1123 subdomain only (round 78 reserved the namespaces, not the
            // name). General fix: refuse the ServiceAccount name "default" for every custody ServiceAccount (signer,
            // basil, curity, trustDomain, the basil bootstrap), naming the key and "create a ServiceAccount of its own".
            [
                "signer-sa-default-rt80t",
                "dev",
                "serviceAccount: containment-chamber",
                "serviceAccount: default",
                /signer\.serviceAccount/,
            ],
            // Was a MISS (fixed in round 80): as signer-sa-default-rt80t (curity's table role). Exit 1.
            [
                "curity-sa-default-rt80t",
                "curity",
                "serviceAccount: dynamo-sa",
                "serviceAccount: default",
                /curity\.serviceAccount/,
            ],
            // Neighbours (round 80): "default" for the basil bootstrap and trustDomain ServiceAccounts (the same rule,
            // Kubernetes docs "Configure Service Accounts for Pods": every pod naming none runs as it).
            [
                "basil-bootstrap-sa-default-fix80",
                "basil",
                "        name: basil-provisioner",
                "        name: default",
                /bootstrapServiceAccount\.name.*default/,
            ],
            [
                "trust-domain-sa-default-fix80",
                "trust-domain",
                "serviceAccount: spirl-server",
                "serviceAccount: default",
                /trustDomain\.serviceAccount/,
            ],
            // Neighbour (round 80): the bootstrap ServiceAccount in the broker's namespace under another name (RBAC
            // good practices, "Workload creation": pod creators there run as any of its ServiceAccounts).
            [
                "basil-bootstrap-runtime-ns-other-name-fix80",
                "basil",
                "        namespace: basil-bootstrap\n        name: basil-provisioner",
                "        namespace: basil\n        name: provisioner-job",
                /bootstrapServiceAccount.*broker's namespace basil/,
            ],
            // Held: the reserved namespaces for every ServiceAccount read through readServiceAccount.
            [
                "basil-bootstrap-kube-system-rt80t",
                "basil",
                "        namespace: basil-bootstrap",
                "        namespace: kube-system",
                /bootstrapServiceAccount\.namespace/,
            ],
            [
                "trust-domain-ns-default-rt80t",
                "trust-domain",
                "namespace: spirl-system",
                "namespace: default",
                /trustDomain\.namespace/,
            ],
            [
                "curity-ns-kube-flannel-rt80t",
                "curity",
                "namespace: curity",
                "namespace: kube-flannel",
                /curity\.namespace/,
            ],
            // The operator trusted as the account root: every principal of the account that its IAM policies allow
            // may assume the provisioner (IAM User Guide, reference_policies_elements_principal, "AWS account
            // principals": the account delegates to its administrators).
            [
                "basil-operator-root-rt80t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                "        - arn:aws:iam::111122223333:root",
                /operatorPrincipalArns\[0\]/,
            ],
            // Held: a wildcard operator.
            [
                "basil-operator-star-rt80t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                '        - "*"',
                /operatorPrincipalArns\[0\]/,
            ],
            // curity tables: an empty prefix makes the role reach every table of the account (seed 002 scopes by
            // the curity- prefix; DynamoDB table ARN table/<prefix>*).
            ["curity-prefix-empty-rt80t", "curity", "tablePrefix: curity-", 'tablePrefix: ""', /curity\.tablePrefix/],
            // A wildcard in the prefix widens it the same way.
            ["curity-prefix-star-rt80t", "curity", "tablePrefix: curity-", 'tablePrefix: "*"', /curity\.tablePrefix/],
            // Cross-account with the caller in the data account: the seed-003 boundary is gone.
            [
                "cross-account-same-account-rt80t",
                "cross-account",
                "callerAccount: account-b",
                "callerAccount: account-a",
                /crossAccount\.callerAccount/,
            ],
            // The OIDC provider in another account than the cluster's issuer serves: IAM trusts name the provider of
            // the role's own account (IAM User Guide, id_roles_providers_create_oidc).
            [
                "oidc-provider-other-account-rt80t",
                "dev",
                "oidcProviderArn: arn:aws:iam::111111111111:",
                "oidcProviderArn: arn:aws:iam::999999999999:",
                /oidcProviderArn/,
            ],
            // The provider ARN names another issuer than oidcIssuerUrl: the trust would pin the wrong cluster.
            [
                "oidc-provider-other-issuer-rt80t",
                "dev",
                "oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
                "oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/0THERD539D4633E53DE1B71EXAMPLE0",
                /oidcProviderArn|oidcIssuerUrl/,
            ],
            // Held: an http issuer (IAM requires https, CreateOpenIDConnectProvider Url).
            ["oidc-issuer-http-rt80t", "dev", "oidcIssuerUrl: https://", "oidcIssuerUrl: http://", /oidcIssuerUrl/],
            // A threshold of 1: any single share reconstructs.
            ["threshold-1-rt80t", "prod", "threshold: 2", "threshold: 1", /shares\.threshold/],
        ];
        for (const [name, stack, from, to, says, skip] of refused)
            (skip ? it.skip : it)(`bad input: ${name}: exit 2 naming it`, async () => {
                refusedNaming(await check(stack, committedStackFile(stack, from, to)), says);
            });

        const valid: Array<[string, string, string, string]> = [
            // "kubernetes-" is not the reserved "kube-" prefix (Kubernetes docs, namespaces).
            ["ns-kubernetes-prefix-rt80t", "dev", "namespace: validators", "namespace: kubernetes-validators"],
            // A break-glass operator that is a user ARN (IAM User Guide, reference_policies_elements_principal).
            [
                "basil-operator-user-rt80t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                "        - arn:aws:iam::111122223333:user/break-glass",
            ],
            // A 12-digit account id with a leading zero, quoted (a YAML int would drop it).
            ["account-leading-zero-rt80t", "curity", 'accountId: "555555555555"', 'accountId: "055555555555"'],
            // A tag value with spaces (id_tags: letters, digits, spaces and _ . : / = + - @).
            ["tag-value-space-rt80t", "dev", "    owner: platform-custody", '    owner: "platform custody"'],
            // A longer table prefix: narrower.
            ["curity-prefix-longer-rt80t", "curity", "tablePrefix: curity-", "tablePrefix: curity-prod-"],
            // Neighbours (round 80): a ServiceAccount name that merely contains "default" is one of its own; a
            // bootstrap namespace of its own under another name.
            [
                "signer-sa-default-like-fix80",
                "dev",
                "serviceAccount: containment-chamber",
                "serviceAccount: default-signer",
            ],
            [
                "basil-bootstrap-own-ns-fix80",
                "basil",
                "        namespace: basil-bootstrap",
                "        namespace: basil-provisioning",
            ],
        ];
        for (const [name, stack, from, to] of valid)
            it(`valid: ${name}: accepted`, async () => {
                accepted(await check(stack, committedStackFile(stack, from, to)));
            });
    });

    // The audit's flags and export reader (held cases marked as they turn out).
    describeAuditRefusals(
        "rt80-audit-",
        io => [
            {
                title: "state-twice-rt80t (--state given twice)",
                argv: () => ["--state", io.write(io.exportText()), "--state", io.write(io.exportText())],
                says: /--state/,
            },
            {
                title: "stack-upper-rt80t (--stack Dev on dev's export)",
                argv: () => ["--state", io.write(io.exportText()), "--stack", "Dev"],
                says: /--stack/,
            },
            {
                title: "state-directory-rt80t (--state a directory)",
                argv: () => ["--state", io.tmp()],
                says: /--state|directory/,
            },
            {
                title: "version-5-rt80t (an export of version 5)",
                argv: () => ["--state", io.write(io.exportText().replace('"version":3', '"version":5'))],
                says: /version/,
            },
        ],
        { appendOut: true },
    );
});
