// Red-team round 82 on the tools (fresh eyes): neighbours of round 81's pack config fixes (custody-data actions in
// declaredRoleUnscopedActions, mustCover of ec2 among runtimeServicePrincipals, reviewed AWS managed policies,
// resource patterns against the custody model) and of its stack config fixes, plus the audit's --out and export reader.
// Probed (pack config, `custody-model --stack S --check`): declaredRoleUnscopedActions naming key-control actions
// (CreateGrant, PutKeyPolicy, UpdateAlias, ReplicateKey, kms:Put*); runtimeServicePrincipals without pods.eks on an
// IRSA stack; trusted account lists (kms-key-policy-safe, kms-grants-safe, dynamodb-resource-policy-safe,
// role-trust-pinned allowedTrustAccounts) naming accounts the custody model does not list; a public web identity
// provider (accounts.google.com) as allowed federated principal; escalation exemptions naming self-escalation actions
// exactly; held: a custody alias by "?", ec2's China principal only, upper-case service prefixes, every customer
// managed policy by wildcard, the aws account in upper case, GovCloud's AdministratorAccess. Valid: kms:ListAliases,
// Curity's streams, four runtime principals, condition keys in upper case, aws:SourceVpc/PrincipalOrgPaths, prod's
// own custody-c, the SSM node policy, five services, the destructive list plus alias actions, iam:GetRole, exact
// custody ARNs and one custody table's streams (this rule passes them anyway), a 30-day window.
// Probed (stack config): the "default" ServiceAccount (dev, trust-domain), basil's bootstrap ServiceAccount or
// operator being the broker's own, the account root as operator, a "*" request-tag value, an empty/one-character
// Curity prefix, an OIDC provider of another account or cluster, an http issuer, caller = data account, one account
// id under two names. Valid: two shares threshold 2, a user operator, a longer prefix.
// Probed (audit): --out as a symbolic link, a hard link or a ".." spelling of the export, version 5, version 4 with an
// unknown feature, one URN twice (all held); dev's export accepted.
// Misses (17 insecure accepted, 0 secure refused):
//   A. declaredRoleUnscopedActions naming key-control actions (5): declared-unscoped-creategrant-rt82t,
//      declared-unscoped-putkeypolicy-rt82t, declared-unscoped-updatealias-rt82t, declared-unscoped-replicatekey-rt82t,
//      declared-unscoped-put-wildcard-rt82t.
//   B. runtimeServicePrincipals without pods.eks.amazonaws.com (2): rsp-drop-pods-on-irsa-rt82t,
//      rsp-trust-drop-pods-on-irsa-rt82t.
//   C. trusted accounts outside the custody model (5): trusted-account-foreign-key-policy-rt82t,
//      trusted-account-foreign-grants-rt82t, trusted-account-foreign-table-policy-rt82t,
//      trusted-account-other-stack-dev-rt82t, trust-accounts-foreign-rt82t.
//   D. a public web identity provider as allowed federated principal (1): federated-google-rt82t.
//   E. escalation exemptions naming self-escalation actions exactly (3): escalation-exempt-putrolepolicy-rt82t,
//      escalation-exempt-updatetrust-rt82t, escalation-exempt-createpolicyversion-rt82t.
//   F. stack config: basil's runtime role as the provisioner's operator (1): basil-operator-is-runtime-role-rt82t.
// Held: 25 of 42 insecure refused; 17 of 17 secure clean.
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

const SEED = '"kms:CreateKey", "kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource"';
const ARN = "arn:aws:dynamodb:eu-west-1:111111111111:table";

describe("red team 82: the tools' pack config", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt82-tools-"));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

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
            // Class A: declaredRoleUnscopedActions naming key-CONTROL actions (neighbours of round 81's custody-data
            // fix, which refuses only actions returning or taking custody data). A declared key manager holds these
            // on Resource "*", i.e. on every key of its account whose key policy delegates to the account (KMS
            // Developer Guide, key-policy-default: the root statement "allows IAM policies to allow access").
            // kms:CreateGrant: "A grant is a policy instrument that allows AWS principals to use KMS keys" (KMS API
            // Reference, CreateGrant): the key manager grants itself or any principal Decrypt on a share key.
            // Was a MISS (fixed in round 82): insecure accepted (exit 0, "agrees"). Where: policy-pack/private/packConfigCheck.ts
            // custodyDataProblems/custodyDataAction (KMS_CUSTODY_DATA_PATTERNS lists only data actions). General fix:
            // refuse in this list every action that changes who may use a key or what an alias names (CreateGrant,
            // PutKeyPolicy, ReplicateKey, UpdateAlias/CreateAlias/DeleteAlias, ...), i.e. allow only seed 001's set
            // and actions that read metadata.
            {
                name: "declared-unscoped-creategrant-rt82t",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:CreateGrant"] }`,
                says: /declaredRoleUnscopedActions\[5\]/,
            },
            // Was a MISS (fixed in round 82): as declared-unscoped-creategrant-rt82t. kms:PutKeyPolicy replaces a share key's policy (KMS API
            // Reference, PutKeyPolicy): any principal may then Decrypt.
            {
                name: "declared-unscoped-putkeypolicy-rt82t",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:PutKeyPolicy"] }`,
                says: /declaredRoleUnscopedActions\[5\]/,
            },
            // Was a MISS (fixed in round 82): as declared-unscoped-creategrant-rt82t. kms:UpdateAlias "Associates an existing KMS alias with a
            // different KMS key" and "can allow or deny permission to the KMS key" (KMS API Reference, UpdateAlias):
            // alias/custody-infra/<stack>/share-N repointed to a key the attacker controls, new shares wrap under it.
            {
                name: "declared-unscoped-updatealias-rt82t",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:UpdateAlias"] }`,
                says: /declaredRoleUnscopedActions\[5\]/,
            },
            // Was a MISS (fixed in round 82): as declared-unscoped-creategrant-rt82t. kms:ReplicateKey makes a replica with the same key material
            // and a key policy the caller passes (KMS API Reference, ReplicateKey: Policy parameter), i.e. a copy of a
            // multi-Region share key under the attacker's policy.
            {
                name: "declared-unscoped-replicatekey-rt82t",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:ReplicateKey"] }`,
                says: /declaredRoleUnscopedActions\[5\]/,
            },
            // Was a MISS (fixed in round 82): as declared-unscoped-putkeypolicy-rt82t through a wildcard (kms:Put* is PutKeyPolicy).
            {
                name: "declared-unscoped-put-wildcard-rt82t",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:Put*"] }`,
                says: /declaredRoleUnscopedActions\[5\]/,
            },
            // Round 82 neighbours, refused: kms:CreateAlias points a new alias at any key of the account (KMS Developer
            // Guide, alias-access: "Changing a tag or alias can allow or deny permission"), and a wildcard standing for
            // CreateGrant/RetireGrant/RevokeGrant/ListGrants (the grants that say who may use a key: KMS API Reference,
            // CreateGrant) is refused for its key-control members, as a name would be.
            {
                name: "declared-unscoped-createalias-fix82",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:CreateAlias"] }`,
                says: /declaredRoleUnscopedActions\[5\].*key-control.*kms:CreateAlias/,
            },
            {
                name: "declared-unscoped-grant-wildcard-fix82",
                stack: "trust-domain",
                section: `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:*Grant*"] }`,
                says: /declaredRoleUnscopedActions\[5\].*kms:CreateGrant/,
            },
            // Held (round 81 neighbour): a custody alias by a one-character wildcard.
            {
                name: "resource-pattern-custody-alias-question-rt82t",
                section:
                    '"runtime-role-scoped-resources": { "allowedResourcePatterns": ["arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/dev/share-?"] }',
                says: /allowedResourcePatterns\[0\]/,
            },
            // Class B: runtimeServicePrincipals dropping pods.eks.amazonaws.com on an IRSA stack (round 81 keeps ec2
            // always and the principals the model binds, and dev binds through IRSA only). A Pod Identity role trusts
            // pods.eks.amazonaws.com (EKS User Guide, pod-id-role); an association of any ServiceAccount with a role
            // holding kms:CreateKey is then no runtime role for runtime-role-no-kms-key-management.
            // Was a MISS (fixed in round 82): insecure accepted (exit 0). Where: policy-pack/rules/common.ts SERVICE_PRINCIPALS_PROPERTY
            // (mustCover [EC2_SERVICE] only) and packConfigCheck.ts runtimePrincipalProblems (model-bound principals
            // only). General fix: mustCover every default principal through which a pod or a node reaches a role
            // (ec2 and pods.eks), whatever the model binds today.
            {
                name: "rsp-drop-pods-on-irsa-rt82t",
                section: '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["ec2.amazonaws.com"] }',
                says: /runtimeServicePrincipals/,
            },
            // Was a MISS (fixed in round 82): as rsp-drop-pods-on-irsa-rt82t in role-trust-pinned (an unpinned Pod Identity trust unjudged).
            {
                name: "rsp-trust-drop-pods-on-irsa-rt82t",
                section: '"role-trust-pinned": { "runtimeServicePrincipals": ["ec2.amazonaws.com"] }',
                says: /runtimeServicePrincipals/,
            },
            // Round 82 neighbours: another runtime principal beside ec2 does not stand for pods.eks (prod binds through
            // IRSA only); every rule carrying the list is held to it.
            {
                name: "rsp-ecs-no-pods-fix82",
                stack: "prod",
                section:
                    '"runtime-role-scoped-resources": { "runtimeServicePrincipals": ["ec2.amazonaws.com", "ecs-tasks.amazonaws.com"] }',
                says: /runtimeServicePrincipals leaves out pods\.eks\.amazonaws\.com/,
            },
            // Held: the China partition's ec2 principal is another string; the global one stays (mustCover).
            {
                name: "rsp-ec2-china-only-rt82t",
                section:
                    '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["ec2.amazonaws.com.cn", "pods.eks.amazonaws.com"] }',
                says: /runtimeServicePrincipals/,
            },
            // Held: service prefixes are lower case (Service Authorization Reference).
            {
                name: "services-upper-case-rt82t",
                section: '"no-service-wide-grants": { "services": ["KMS", "DynamoDB"] }',
                says: /services/,
            },
            // Class C: trusted account lists naming an account the custody model of the same file does not list.
            // dev's model has one account (111111111111); a share key policy granting 999999999999's root delegates
            // the key to every principal that account's administrators allow (KMS Developer Guide,
            // key-policy-modifying-external-accounts: the external account's IAM policies decide), so that account
            // Decrypts all three dev shares.
            // Was a MISS (fixed in round 82): insecure accepted (exit 0). Where: policy-pack/rules/config.ts accountIdsProperty (a 12-digit
            // pattern only); packConfigCheck.ts never compares it with the custody-model section (as it does for
            // resource patterns, custodyAssetPatternProblems). General fix: refuse a trusted account the custody-model
            // does not name (accounts / externalAssets), in every rule's trustedAccountIds / allowedTrustAccounts.
            {
                name: "trusted-account-foreign-key-policy-rt82t",
                section: '"kms-key-policy-safe": { "trustedAccountIds": ["999999999999"] }',
                says: /trustedAccountIds\[0\]/,
            },
            // Was a MISS (fixed in round 82): as trusted-account-foreign-key-policy-rt82t: a grant on a share key to that account's principal
            // (KMS API Reference, CreateGrant GranteePrincipal) passes kms-grants-safe.
            {
                name: "trusted-account-foreign-grants-rt82t",
                section: '"kms-grants-safe": { "trustedAccountIds": ["999999999999"] }',
                says: /trustedAccountIds\[0\]/,
            },
            // Was a MISS (fixed in round 82): as trusted-account-foreign-key-policy-rt82t: a table resource policy granting that account
            // PutItem on the anti-slashing table passes dynamodb-resource-policy-safe.
            {
                name: "trusted-account-foreign-table-policy-rt82t",
                section: '"dynamodb-resource-policy-safe": { "trustedAccountIds": ["999999999999"] }',
                says: /trustedAccountIds\[0\]/,
            },
            // Was a MISS (fixed in round 82): as trusted-account-foreign-key-policy-rt82t with prod's custody-b account in dev's file: another
            // stack's account, not dev's.
            {
                name: "trusted-account-other-stack-dev-rt82t",
                section: '"kms-key-policy-safe": { "trustedAccountIds": ["222222222222"] }',
                says: /trustedAccountIds\[0\]/,
            },
            // Round 82 neighbours, refused: the second entry foreign beside a model account (named by its index), and dev's
            // own account in trust-domain's file (444444444444 only): an account of another stack.
            {
                name: "trusted-account-second-foreign-fix82",
                stack: "prod",
                section: '"dynamodb-resource-policy-safe": { "trustedAccountIds": ["222222222222", "444444444444"] }',
                says: /trustedAccountIds\[1\].*does not name/,
            },
            {
                name: "trusted-account-dev-in-trust-domain-fix82",
                stack: "trust-domain",
                section: '"kms-grants-safe": { "trustedAccountIds": ["111111111111"] }',
                says: /trustedAccountIds\[0\].*444444444444/,
            },
            // MISS: as trusted-account-foreign-key-policy-rt82t for role trusts: "*" pinned by aws:PrincipalAccount
            // 999999999999 (every principal of that account assumes the runtime role).
            // DECIDED (round 82): allowedTrustAccounts exists for accounts OUTSIDE the stack (its description; the
            // rule's own remediation "list it in allowedTrustAccounts if intended"; redteam70-secure's Datadog integration
            // role trusting Datadog's account with sts:ExternalId), so the config check keeps accepting the list
            // (valid case trust-accounts-foreign-config-fix82 below) and the insecure stack is refused at preview by
            // role-trust-pinned itself (trustProblems / outsideTrustBarrier): a listed outside account only on a role
            // that reaches no custody asset (Judge.custodyReachOf), never on a runtime or key-management role, never as
            // "*" pinned by aws:PrincipalAccount. Caught in test/policy-pack/rules/role-trust-pinned.test.ts ("round 82:
            // an outside account ...", "refuses a foreign account root ...", "G-acct"); this harness builds no stack.
            {
                name: "trust-accounts-foreign-rt82t",
                section: '"role-trust-pinned": { "allowedTrustAccounts": ["999999999999"] }',
                says: /allowedTrustAccounts\[0\]/,
                skip: true,
            },
            // Class D: allowedFederatedPrincipals naming a public identity provider. Google is built into AWS ("If
            // you are using an OIDC identity provider from either Google, Facebook, or Amazon Cognito, do not create
            // a separate IAM identity provider": IAM User Guide, id_roles_providers_create_oidc), and any Google
            // account or GCP service account obtains an ID token, so a runtime role trusting Federated
            // accounts.google.com is reachable from outside the stack unless aud/sub are pinned; the stack's own
            // cluster provider is an ARN of its account.
            // Was a MISS (fixed in round 82): insecure accepted (exit 0). Where: policy-pack/rules/role-trust-pinned.ts allowedFederatedPrincipals
            // (pattern admits any dotted host name). General fix: only IAM provider ARNs (oidc-provider/,
            // saml-provider/) of the stack's accounts; refuse the built-in public providers by name.
            {
                name: "federated-google-rt82t",
                section: '"role-trust-pinned": { "allowedFederatedPrincipals": ["accounts.google.com"] }',
                says: /allowedFederatedPrincipals\[0\]/,
            },
            // Class E: runtime-role-no-privilege-escalation exemptions naming, exactly, an action that is
            // self-escalation by definition (round 80 refuses only WILDCARDS covering judged actions). A runtime role
            // with iam:PutRolePolicy writes itself an inline policy granting kms:* (IAM API Reference, PutRolePolicy),
            // undoing seed 004's split for any holder of the runtime credential.
            // Was a MISS (fixed in round 82): insecure accepted (exit 0). Where: packConfigCheck.ts actionEntryProblems (judgedActions runs only
            // for wildcard entries). General fix: refuse by name the judged actions that write IAM policies, trusts or
            // credentials (Put/Attach/CreatePolicyVersion/SetDefaultPolicyVersion/UpdateAssumeRolePolicy/
            // CreateAccessKey/...), leaving only the documented design exemptions (iam:PassRole, sts:AssumeRole).
            {
                name: "escalation-exempt-putrolepolicy-rt82t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:PutRolePolicy"] }',
                says: /allowedActions\[0\]/,
            },
            // Was a MISS (fixed in round 82): as escalation-exempt-putrolepolicy-rt82t: iam:UpdateAssumeRolePolicy rewrites a role's trust
            // (the provisioner's trust opened to the runtime role).
            {
                name: "escalation-exempt-updatetrust-rt82t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:UpdateAssumeRolePolicy"] }',
                says: /allowedActions\[0\]/,
            },
            // Was a MISS (fixed in round 82): as escalation-exempt-putrolepolicy-rt82t: iam:CreatePolicyVersion with SetAsDefault rewrites a
            // managed policy attached to the role (IAM API Reference, CreatePolicyVersion).
            {
                name: "escalation-exempt-createpolicyversion-rt82t",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:CreatePolicyVersion"] }',
                says: /allowedActions\[0\]/,
            },
            // Round 82 neighbours (class D), refused: Cognito's built-in web identity provider (any identity pool's user:
            // IAM User Guide, reference_policies_elements_principal), and an OIDC provider ARN of an account dev's custody
            // model does not name.
            {
                name: "federated-cognito-fix82",
                section: '"role-trust-pinned": { "allowedFederatedPrincipals": ["cognito-identity.amazonaws.com"] }',
                says: /allowedFederatedPrincipals\[0\]/,
            },
            {
                name: "federated-foreign-account-fix82",
                section:
                    '"role-trust-pinned": { "allowedFederatedPrincipals": ["arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com"] }',
                says: /allowedFederatedPrincipals\[0\].*999999999999.*does not name/,
            },
            // Round 82 neighbours (class E), refused by name: iam:AttachRolePolicy attaches AdministratorAccess to the
            // role itself, iam:CreateAccessKey mints a user's long-term key (IAM API Reference), in any case.
            {
                name: "escalation-exempt-attachrolepolicy-fix82",
                section:
                    '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:PassRole", "iam:AttachRolePolicy"] }',
                says: /allowedActions\[1\].*privilege escalation/,
            },
            {
                name: "escalation-exempt-createaccesskey-lower-fix82",
                section: '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:createaccesskey"] }',
                says: /allowedActions\[0\].*privilege escalation/,
            },
            // Held (round 81 neighbours): every customer managed policy of the account by wildcard, the aws account in
            // upper case, and AdministratorAccess of another partition.
            {
                name: "attached-customer-any-rt82t",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::111111111111:policy/*"] }',
                says: /allowedPolicyArns\[0\]/,
            },
            {
                name: "attached-aws-upper-account-rt82t",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::AWS:policy/AdministratorAccess"] }',
                says: /allowedPolicyArns\[0\]/,
            },
            {
                name: "attached-govcloud-admin-rt82t",
                section:
                    '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws-us-gov:iam::aws:policy/AdministratorAccess"] }',
                says: /allowedPolicyArns\[0\]/,
            },
        ];
        for (const c of cases)
            (c.skip ? it.skip : it)(`bad input: ${c.name}: exit 2 naming it`, async () => {
                refusedNaming(await checkWithSection(c.section, c.stack), c.says ?? /./);
            });
    });

    describe("the pack config: valid input accepted", () => {
        const cases: Array<[string, string, string?]> = [
            // kms:ListAliases lists names only and takes no key resource (Service Authorization Reference: "*" only).
            [
                `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:ListAliases"] }`,
                "declared-unscoped-listaliases-rt82t",
                "trust-domain",
            ],
            // The streams of Curity's tables: a name prefix that names no custody asset.
            [
                `"runtime-role-scoped-resources": { "allowedResourcePatterns": ["${ARN}/curity-*/stream/*"] }`,
                "resource-pattern-curity-stream-rt82t",
            ],
            // More runtime principals: more roles judged as runtime roles (stricter).
            [
                '"runtime-role-no-kms-key-management": { "runtimeServicePrincipals": ["ec2.amazonaws.com", "pods.eks.amazonaws.com", "ecs-tasks.amazonaws.com", "lambda.amazonaws.com"] }',
                "rsp-four-principals-rt82t",
            ],
            // Condition key names are case-insensitive (IAM User Guide, reference_policies_elements_condition); AWS-
            // assigned VPC ids and organization paths identify the source (reference_policies_condition-keys).
            [
                '"kms-key-policy-safe": { "restrictingConditionKeys": ["KMS:CallerAccount"] }',
                "condkey-upper-case-rt82t",
            ],
            [
                '"kms-key-policy-safe": { "restrictingConditionKeys": ["aws:SourceVpc", "aws:PrincipalOrgPaths"] }',
                "condkey-vpc-orgpaths-rt82t",
            ],
            // prod's own custody-c account, which its custody model lists.
            [
                '"kms-key-policy-safe": { "trustedAccountIds": ["333333333333"] }',
                "trusted-account-custody-c-rt82t",
                "prod",
            ],
            // A reviewed node policy (SSM agent: ssm/ssmmessages/ec2messages, no kms or dynamodb data actions).
            [
                '"attached-policies-readable": { "allowedPolicyArns": ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"] }',
                "attached-ssm-core-rt82t",
            ],
            // Defaults kept, services added: stricter; likewise the destructive list plus the alias actions.
            [
                '"no-service-wide-grants": { "services": ["kms", "dynamodb", "iam", "sts", "s3"] }',
                "services-five-rt82t",
            ],
            [
                '"stack-keys-not-destructible": { "destructiveKeyActions": ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:CreateGrant", "kms:ReplicateKey", "kms:DeleteImportedKeyMaterial", "kms:DisableKeyRotation", "kms:UpdatePrimaryRegion", "kms:UpdateAlias", "kms:DeleteAlias"] }',
                "destructive-plus-alias-rt82t",
            ],
            // iam:GetRole reads a role; it is no escalation (exempting it changes nothing).
            [
                '"runtime-role-no-privilege-escalation": { "allowedActions": ["iam:GetRole"] }',
                "escalation-exempt-getrole-rt82t",
            ],
            // An exemption without a wildcard naming one custody table or alias exactly: the rule passes a grant
            // naming them anyway (it reports only over-broad resources), custody-grants-within-model and
            // custody-effective-access judge who holds it; the exemption adds nothing.
            [
                `"runtime-role-scoped-resources": { "allowedResourcePatterns": ["${ARN}/custody-dev-anti-slashing", "arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/dev/share-1"] }`,
                "resource-pattern-exact-custody-assets-rt82t",
            ],
            // One custody table's own streams (DynamoDB stream ARN table/<name>/stream/<label>): one table, no
            // other; GetRecords on it is a data-plane grant custody-effective-access judges.
            [
                `"runtime-role-scoped-resources": { "allowedResourcePatterns": ["${ARN}/custody-dev-keystore/stream/*"] }`,
                "resource-pattern-one-table-stream-rt82t",
            ],
            // AWS's own maximum window (KMS API Reference, ScheduleKeyDeletion PendingWindowInDays 7..30).
            // Round 82 neighbours, valid. Class A: metadata reads beside seed 001's set (Describe/List access levels, no
            // key-control action: Service Authorization Reference, AWS KMS).
            [
                `"runtime-role-scoped-resources": { "declaredRoleUnscopedActions": [${SEED}, "kms:DescribeKey", "kms:List*"] }`,
                "declared-unscoped-describe-list-fix82",
                "trust-domain",
            ],
            // Class B: both default principals kept on an IRSA stack.
            [
                '"role-trust-pinned": { "runtimeServicePrincipals": ["ec2.amazonaws.com", "pods.eks.amazonaws.com"] }',
                "rsp-dev-both-fix82",
            ],
            // Class C: cross-account's data account, which its custody model names.
            [
                '"kms-grants-safe": { "trustedAccountIds": ["777777777777"] }',
                "trusted-account-cross-account-data-fix82",
                "cross-account",
            ],
            // Class D: dev's own SAML provider (an IAM identity provider ARN of dev's account).
            [
                '"role-trust-pinned": { "allowedFederatedPrincipals": ["arn:aws:iam::111111111111:saml-provider/corp"] }',
                "federated-own-saml-fix82",
            ],
            // Class E: the named-role design exemptions by name (seed 003: AssumeRole of exactly the access role).
            [
                '"runtime-role-no-privilege-escalation": { "allowedActions": ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"] }',
                "escalation-exempt-assume-named-fix82",
            ],
            // DECIDED (round 82), see trust-accounts-foreign-rt82t: the list names outside accounts by design; the rule
            // judges each trust on the stack.
            [
                '"role-trust-pinned": { "allowedTrustAccounts": ["999999999999"] }',
                "trust-accounts-foreign-config-fix82",
            ],
            ['"kms-key-lifecycle": { "minimumDeletionWindowInDays": 30 }', "lifecycle-window-30-rt82t"],
        ];
        for (const [section, name, stack] of cases)
            it(`valid: ${name}: exit 0`, async () => {
                accepted(await checkWithSection(section, stack));
            });
    });
});

describe("red team 82: the tools' stack config", function () {
    this.timeout(600_000);
    const check = stackFileChecker("rt82-stack-");
    const refused: Array<[string, string, string, string, RegExp, boolean?]> = [
        // Held: the namespace's "default" ServiceAccount, which every pod naming none gets (Kubernetes docs,
        // "Configure Service Accounts for Pods"): any pod of the namespace would hold the signer's role.
        [
            "dev-sa-default-rt82t",
            "dev",
            "serviceAccount: containment-chamber",
            "serviceAccount: default",
            /serviceAccount/,
        ],
        [
            "trust-domain-sa-default-rt82t",
            "trust-domain",
            "serviceAccount: spirl-server",
            "serviceAccount: default",
            /serviceAccount/,
        ],
        // Held: the provisioner's bootstrap ServiceAccount is the broker's own (seed 004: the runtime never
        // creates keys).
        [
            "basil-bootstrap-is-runtime-sa-rt82t",
            "basil",
            "        namespace: basil-bootstrap\n        name: basil-provisioner",
            "        namespace: basil\n        name: basil-agent",
            /bootstrapServiceAccount/,
        ],
        // The neighbour of basil-bootstrap-is-runtime-sa-rt82t through the operator list: the broker's own IRSA role
        // basil-agent named as the provisioner's break-glass operator, so every basil-agent pod (IRSA credentials,
        // EKS User Guide, iam-roles-for-service-accounts) calls sts:AssumeRole on the provisioner and creates keys
        // (kms:CreateKey, seed 004's split undone).
        // Was a MISS (fixed in round 82): insecure accepted (exit 1: only the committed model differs, never a config error). Where:
        // components/workloads/basil/config.ts, the operatorPrincipalArns loop (ARN shape and :root only; never
        // compared with runtimeRoleName). General fix: refuse an operator ARN naming the runtime role (or any role
        // the stack creates for a workload), as bootstrapInRuntimeNamespace does for the ServiceAccount.
        [
            "basil-operator-is-runtime-role-rt82t",
            "basil",
            "        - arn:aws:iam::111122223333:role/platform-break-glass",
            "        - arn:aws:iam::111122223333:role/basil-agent",
            /operatorPrincipalArns\[0\]/,
        ],
        // Round 82 neighbours: the runtime role under a path or in upper case (IAM role names are unique
        // case-insensitively; the ARN ends in the name after its path), and the provisioner role as its own operator.
        [
            "basil-operator-runtime-path-upper-fix82",
            "basil",
            "        - arn:aws:iam::111122223333:role/platform-break-glass",
            "        - arn:aws:iam::111122223333:role/ops/BASIL-AGENT",
            /operatorPrincipalArns\[0\].*runtime role/,
        ],
        [
            "basil-operator-is-provisioner-fix82",
            "basil",
            "        - arn:aws:iam::111122223333:role/platform-break-glass",
            "        - arn:aws:iam::111122223333:role/basil-provisioner",
            /operatorPrincipalArns\[0\].*provisioner role itself/,
        ],
        // Held: the whole account as operator (IAM User Guide, reference_policies_elements_principal: the account
        // principal delegates to every principal the account's policies allow).
        [
            "basil-operator-account-root-rt82t",
            "basil",
            "        - arn:aws:iam::111122223333:role/platform-break-glass",
            "        - arn:aws:iam::111122223333:root",
            /operatorPrincipalArns\[0\]/,
        ],
        // Held: a request-tag value "*" (a StringLike pin would match any value).
        ["basil-request-tag-value-star-rt82t", "basil", '        value: "true"', '        value: "*"', /requestTag/],
        // Held: an empty or one-character table prefix (table/* or table/c*: nearly every table of the account).
        ["curity-prefix-empty-rt82t", "curity", "tablePrefix: curity-", 'tablePrefix: ""', /tablePrefix/],
        ["curity-prefix-one-char-rt82t", "curity", "tablePrefix: curity-", "tablePrefix: c", /tablePrefix/],
        // Held: an OIDC provider of another account, or of another cluster than the issuer (the trust would name a
        // provider the role's account does not hold, or pin subjects of another cluster).
        [
            "dev-provider-other-account-rt82t",
            "dev",
            "oidcProviderArn: arn:aws:iam::111111111111:oidc-provider/",
            "oidcProviderArn: arn:aws:iam::999999999999:oidc-provider/",
            /oidcProviderArn/,
        ],
        [
            "dev-provider-other-issuer-rt82t",
            "dev",
            "oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
            "oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF",
            /oidcProviderArn/,
        ],
        // Held: an issuer that is not https (IAM CreateOpenIDConnectProvider Url "must begin with https://").
        ["dev-issuer-http-rt82t", "dev", "oidcIssuerUrl: https://oidc", "oidcIssuerUrl: http://oidc", /oidcIssuerUrl/],
        // Held: caller and data in one account; held: one account id under two names in a three-account ring
        // (two of pod-identity's shares in 222222222222 with threshold 2).
        [
            "cross-account-caller-is-data-rt82t",
            "cross-account",
            "callerAccount: account-b",
            "callerAccount: account-a",
            /callerAccount/,
        ],
        [
            "pod-identity-two-names-one-id-rt82t",
            "pod-identity",
            'accountId: "333333333333"',
            'accountId: "222222222222"',
            /shares\.accounts|accountId/,
        ],
    ];
    for (const [name, stack, from, to, says, skip] of refused)
        (skip ? it.skip : it)(`bad input: ${name}: exit 2 naming it`, async () => {
            refusedNaming(await check(stack, committedStackFile(stack, from, to)), says);
        });

    const valid: Array<[string, string, string, string]> = [
        // Two shares in two accounts, threshold 2: no account alone reconstructs (seed 000), only no spare share.
        [
            "pod-identity-two-shares-threshold-2-rt82t",
            "pod-identity",
            "accounts: [signer, custody-b, custody-c]",
            "accounts: [signer, custody-b]",
        ],
        // A named IAM user as break-glass operator (a user ARN is one principal).
        [
            "basil-operator-user-rt82t",
            "basil",
            "        - arn:aws:iam::111122223333:role/platform-break-glass",
            "        - arn:aws:iam::111122223333:user/alice",
        ],
        // Round 82 neighbour: a role of the runtime role's name in another account is another role (an ARN names its
        // account).
        [
            "basil-operator-same-name-other-account-fix82",
            "basil",
            "        - arn:aws:iam::111122223333:role/platform-break-glass",
            "        - arn:aws:iam::444455556666:role/basil-agent",
        ],
        // A longer prefix is narrower than the committed one.
        ["curity-prefix-longer-rt82t", "curity", "tablePrefix: curity-", "tablePrefix: curity-prod-"],
    ];
    for (const [name, stack, from, to] of valid)
        it(`valid: ${name}: accepted`, async () => {
            accepted(await check(stack, committedStackFile(stack, from, to)));
        });
});

describe("red team 82: the audit's flags and export reader", function () {
    this.timeout(600_000);
    describeAuditRefusals(
        "rt82-audit-",
        io => [
            {
                title: "out-symlink-to-state-rt82t (--out a symbolic link to the export)",
                argv: () => {
                    const state = io.write(io.exportText());
                    const link = path.join(io.tmp(), `link-${path.basename(state)}`);
                    fs.symlinkSync(state, link);
                    return ["--state", state, "--out", link];
                },
                says: /--out/,
            },
            {
                title: "out-hardlink-to-state-rt82t (--out a hard link to the export)",
                argv: () => {
                    const state = io.write(io.exportText());
                    const link = path.join(io.tmp(), `hard-${path.basename(state)}`);
                    fs.linkSync(state, link);
                    return ["--state", state, "--out", link];
                },
                says: /--out/,
            },
            {
                title: "out-dotdot-state-rt82t (--out the export spelled through ..)",
                argv: () => {
                    const state = io.write(io.exportText());
                    fs.mkdirSync(path.join(io.tmp(), "sub"), { recursive: true });
                    return ["--state", state, "--out", path.join(io.tmp(), "sub", "..", path.basename(state))];
                },
                says: /--out/,
            },
            // Pulumi reads versions 3 and 4 into one DeploymentV3 (pkg/resource/stack/deployment.go, "case 3, 4");
            // version 5 is none it writes, so its meaning is unknown.
            {
                title: "version-5-rt82t (an export version Pulumi does not write)",
                argv: () => ["--state", io.write(io.exportText().replace('"version":3', '"version":5'))],
                says: /version/,
            },
            // From version 4 Pulumi refuses a deployment listing a feature it does not know
            // (validateSupportedFeatures): the audit cannot know what it changes in a grant.
            {
                title: "version-4-unknown-feature-rt82t (features lists one Pulumi does not define)",
                argv: () => {
                    const doc = JSON.parse(io.exportText()) as Record<string, unknown>;
                    doc.version = 4;
                    doc.features = ["grantEverything"];
                    return ["--state", io.write(JSON.stringify(doc))];
                },
                says: /feature/,
            },
            {
                title: "duplicate-urn-rt82t (one resource URN twice, the second a changed copy)",
                argv: () => {
                    const doc = JSON.parse(io.exportText()) as {
                        deployment: { resources: Array<Record<string, unknown>> };
                    };
                    const rs = doc.deployment.resources;
                    const role = rs.find(r => r.type === "aws:iam/role:Role");
                    assert.ok(role);
                    rs.push({ ...role, outputs: {} });
                    return ["--state", io.write(JSON.stringify(doc))];
                },
                says: /urn|twice|duplicate|more than once/i,
            },
        ],
        { acceptsTheExport: true },
    );
});
