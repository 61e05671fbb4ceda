// Red-team round 84 on the tools (fresh eyes): bad stack config reaching `custody-model --stack S --check` (the
// program's validator, components/stack and components/workloads/*/config.ts), in classes rounds 80-82 did not try:
// several workloads in one stack (cross-workload namespaces, tables and prefixes, one account holding custody keys and
// a key manager), names colliding with what the stack file itself names outside the workloads (the deployer roles of
// assumeRoleArn, another custody stack's table space), reserved tag prefixes in workload tag settings, YAML-level
// input (duplicate keys, anchors, fractional and leading-zero numbers, a misspelled option), reserved namespaces for
// every workload, and principal shapes for basil's operators (group, OIDC provider, role session).
// Misses (10 accepted: 4 insecure, 6 bad input caught only mid-deploy or inconsistent; 0 secure refused):
//   A. cross-workload namespace: a key-management or runtime ServiceAccount in another workload's namespace (3,
//      insecure): dev-plus-basil-bootstrap-in-signer-namespace-rt84t, dev-plus-basil-runtime-in-signer-namespace-rt84t,
//      curity-plus-basil-bootstrap-in-curity-namespace-rt84t.
//   B. a table in another custody stack's name space (2): cross-account-table-custody-space-rt84t (insecure: account
//      B reads and writes prod's slashing records), dev-signer-anti-slashing-prod-table-rt84t (bad input).
//   C. a workload role named as the account's deployer role (3, bad input): cross-account-access-role-is-deployer-rt84t,
//      prod-signer-role-is-deployer-rt84t, pod-identity-signer-role-is-deployer-rt84t.
//   D. the reserved custody: tag prefix in keyTags / requestTag (2, bad input): trust-domain-keytag-custody-prefix-rt84t,
//      basil-request-tag-custody-prefix-rt84t.
// Held: 22 of 32 insecure or bad inputs refused; 15 of 15 secure clean.
import { strict as assert } from "assert";
import { committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

type Run = { code: number; stdout: string; stderr: string };

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

/** The committed stack file of `stack` with `section` (YAML lines under config:) added before its tags. */
function withSection(stack: string, section: string): string {
    return committedStackFile(stack, "  custody-infra:tags:", `${section}\n  custody-infra:tags:`);
}

/** A stack file made by several exact replacements of the committed one. */
function edits(stack: string, ...pairs: Array<[string, string]>): string {
    let text = committedStackFile(stack, pairs[0][0], pairs[0][1]);
    for (const [from, to] of pairs.slice(1)) {
        assert.ok(text.includes(from), `holds ${from}`);
        text = text.replace(from, to);
    }
    return text;
}

const BASIL = (bootstrapNs: string, bootstrapName = "basil-provisioner") => `  custody-infra:basil:
    runtimeIdentity: irsa
    namespace: basil
    serviceAccount: basil-agent
    runtimeRoleName: basil-agent
    keys:
      jwt.signing.primary:
        keyType: ecdsa-p256
        description: JWT signing key held in AWS KMS
    provisioner:
      roleName: basil-provisioner
      bootstrapServiceAccount:
        namespace: ${bootstrapNs}
        name: ${bootstrapName}
      requestTag:
        key: basil-managed
        value: "true"`;

const TRUST_DOMAIN = (ns: string) => `  custody-infra:trustDomain:
    namespace: ${ns}
    serviceAccount: spirl-server
    roleName: trust-domain-server`;

const CURITY = (prefix: string, ns = "curity") => `  custody-infra:curity:
    namespace: ${ns}
    serviceAccount: dynamo-sa
    tablePrefix: ${prefix}
    roleName: curity-dynamo-irsa`;

interface StackCase {
    name: string;
    stack: string;
    file: () => string;
    says?: RegExp;
    skip?: boolean;
}

describe("red team 84: the tools' stack config", function () {
    this.timeout(600_000);
    const check = stackFileChecker("rt84-stack-");

    const refused: StackCase[] = [
        // Held: Curity's table grant table/custody-dev-* in dev's account reaches the signer's anti-slashing and
        // state tables (IAM User Guide, reference_policies_elements_resource: "*" matches any characters).
        {
            name: "dev-plus-curity-prefix-custody-dev-rt84t",
            stack: "dev",
            file: () => withSection("dev", CURITY("custody-dev-")),
            says: /curity\.tablePrefix/,
        },
        // Cross-workload namespace: basil's provisioner bootstrap ServiceAccount in the signer's namespace. Whoever
        // may create pods in a namespace may run them as any of its ServiceAccounts (Kubernetes docs, RBAC good
        // practices, "Workload creation"; the program cites it itself in basil/config.ts bootstrapInRuntimeNamespace),
        // so whoever deploys the validators' pods runs one as basil-provisioner and holds the provisioner role
        // (kms:CreateKey, seed 004's split undone), and the signer's deployers are not the provisioning job's.
        // Was a MISS (fixed in round 84) (class A, cross-workload namespace): insecure accepted (exit 1: only the committed custody model
        // differs, no config error). Where: components/workloads/basil/config.ts bootstrapInRuntimeNamespace compares
        // the bootstrap namespace with basil's own broker namespace only, and components/stack/crossChecks.ts
        // checkServiceAccounts compares whole namespace/name pairs (one SA, one role), never namespaces across
        // workloads. General fix: in crossCheck, refuse a namespace holding the ServiceAccounts of two workloads when
        // either is a key-management or custody runtime identity (provisioner bootstrap, trust-domain key manager,
        // signer, basil broker), naming both keys: a namespace is the unit of "may run pods as" (RBAC good practices).
        {
            name: "dev-plus-basil-bootstrap-in-signer-namespace-rt84t",
            stack: "dev",
            file: () => withSection("dev", BASIL("validators")),
            says: /bootstrapServiceAccount/,
        },
        // Inverse: basil's broker namespace is the signer's: the signer's deployers run pods as basil-agent (its
        // runtime role uses basil's catalog keys), and basil's deployers as containment-chamber (the signer's role
        // decrypts every share).
        // Was a MISS (fixed in round 84) (class A): as dev-plus-basil-bootstrap-in-signer-namespace-rt84t, insecure accepted (exit 1).
        {
            name: "dev-plus-basil-runtime-in-signer-namespace-rt84t",
            stack: "dev",
            file: () =>
                withSection("dev", BASIL("basil-bootstrap").replace("namespace: basil\n", "namespace: validators\n")),
            says: /basil\.(namespace|serviceAccount)/,
        },
        // A custody table of ANOTHER custody stack as seed 003's shared table: curity refuses any prefix reaching into
        // custody-* (CUSTODY_TABLE_SPACE, where custody stacks keep key stores and anti-slashing records), but the
        // cross-account table name is compared only with this stack's tables: account B's instance role would read
        // and write prod's slashing records.
        // Was a MISS (fixed in round 84) (class B, another custody stack's table): insecure accepted (exit 1: model differs only). Where:
        // components/workloads/crossAccount/index.ts checkTableNotTheStacks (exact names of THIS stack's tables),
        // while components/workloads/curity/index.ts checkCurityTablePrefix refuses the custody- table space
        // (CUSTODY_TABLE_SPACE). General fix: one shared "custody table space" check for every workload granting a
        // table it does not create (crossAccount.tableName, curity.tablePrefix): refuse names in custody-*.
        {
            name: "cross-account-table-custody-space-rt84t",
            stack: "cross-account",
            file: () =>
                committedStackFile("cross-account", "tableName: my-table", "tableName: custody-prod-anti-slashing"),
            says: /crossAccount\.tableName/,
        },
        // Bad input: the access role's name is account A's deployer role (assumeRoleArn .../role/custody-deployer):
        // creating it fails with EntityAlreadyExists mid-deploy, after other resources exist.
        // Was a MISS (fixed in round 84) (class C, bad input caught mid-deploy): accepted (exit 1). Where: components/stack/crossChecks.ts
        // checkRoleNames compares the workloads' role names with each other, never with the role each account's
        // assumeRoleArn names (components/stack/validate.ts reads it). CreateRole then fails: "IAM user, group, role,
        // and policy names must be unique within the account. Names are not distinguished by case" (IAM API
        // Reference, CreateRole RoleName). General fix: add each account's assumeRoleArn role to checkRoleNames'
        // seen set (the deployer role is a role of that account the stack must never create, replace or grant).
        {
            name: "cross-account-access-role-is-deployer-rt84t",
            stack: "cross-account",
            file: () =>
                committedStackFile(
                    "cross-account",
                    "accessRoleName: accountb-instance-role-dynamodb",
                    "accessRoleName: custody-deployer",
                ),
            says: /crossAccount\.accessRoleName/,
        },
        // As cross-account-access-role-is-deployer-rt84t for the signer's runtime role in prod's signer account.
        // Was a MISS (fixed in round 84) (class C): as cross-account-access-role-is-deployer-rt84t, accepted (exit 0, "agrees").
        {
            name: "prod-signer-role-is-deployer-rt84t",
            stack: "prod",
            file: () =>
                committedStackFile(
                    "prod",
                    "    serviceAccount: containment-chamber\n",
                    "    serviceAccount: containment-chamber\n    roleName: custody-deployer\n",
                ),
            says: /signer\.roleName/,
        },
        // Held: Pod Identity's cluster in a share account: custody-b's administrators own the cluster the signer runs in,
        // so they run a pod as containment-chamber and Decrypt every share through the runtime role: one account
        // alone reaches threshold (seed 000: no single account may reconstruct).
        {
            name: "pod-identity-cluster-in-share-account-rt84t",
            stack: "pod-identity",
            file: () =>
                edits("pod-identity", [
                    "    account: signer\n    region: eu-west-1",
                    "    account: custody-b\n    region: eu-central-1",
                ]),
            says: /cluster\.account/,
        },
        // Held: the signer in kube-system, the namespace of the cluster's add-ons (components/config/patterns.ts
        // RESERVED_NAMESPACES; Kubernetes docs, namespaces, "Initial namespaces").
        {
            name: "dev-signer-kube-system-rt84t",
            stack: "dev",
            file: () => committedStackFile("dev", "namespace: validators", "namespace: kube-system"),
            says: /signer\.namespace/,
        },
        // Bad input: the program's reserved custody: tag prefix in a key tag the Trust Domain Server puts on every key
        // it creates (seed 001: keyTags are applied at key creation). Those keys then carry the tags the pack reads to
        // know share keys and role kinds; no grant of this program conditions on them today (no aws:ResourceTag
        // condition in components/), so this is shown as a reserved-prefix inconsistency, not a proven widening.
        // Was a MISS (fixed in round 84) (class D, reserved tag prefix): accepted (exit 0, "agrees"). The stack's tags refuse custody:
        // ("reserved for the tags this program sets (role kinds, share rings)": components/stack/validate.ts
        // readTags) and the pack reads custody:share-ring/-index/-threshold and custody:role-kind
        // (policy-pack/model/resources.ts); keyTags refuse only defakto- (components/workloads/trustDomain/config.ts
        // readTrustDomain). General fix: one reserved-prefix check (aws:, custody:) in checkTagSet, used by tags,
        // keyTags and requestTag alike.
        {
            name: "trust-domain-keytag-custody-prefix-rt84t",
            stack: "trust-domain",
            file: () => committedStackFile("trust-domain", "      team: identity", "      custody:kind: share"),
            says: /keyTags/,
        },
        // As trust-domain-keytag-custody-prefix-rt84t through basil's request tag (every catalog key carries it).
        // Was a MISS (fixed in round 84) (class D): as trust-domain-keytag-custody-prefix-rt84t (components/workloads/basil/config.ts requestTag), accepted (exit 1).
        {
            name: "basil-request-tag-custody-prefix-rt84t",
            stack: "basil",
            file: () => committedStackFile("basil", "        key: basil-managed", "        key: custody:kind"),
            says: /requestTag/,
        },
        // Held: a duplicate YAML key: go-yaml (the Pulumi CLI's reader) refuses "mapping key already defined"; a reader
        // keeping the last would deploy threshold 1 (any one account reconstructs).
        {
            name: "prod-threshold-duplicate-key-rt84t",
            stack: "prod",
            file: () => committedStackFile("prod", "      threshold: 2", "      threshold: 2\n      threshold: 1"),
            says: /not valid YAML: Map keys must be unique/,
        },
        // Held: a fractional threshold: Shamir's threshold is a count of shares.
        {
            name: "prod-threshold-fraction-rt84t",
            stack: "prod",
            file: () => committedStackFile("prod", "      threshold: 2", "      threshold: 1.5"),
            says: /threshold/,
        },
        // Held: an unquoted account id with a leading zero is a YAML integer (YAML 1.2 core schema: [-+]?[0-9]+), not
        // the 12-digit id: 011111111111 reads as 11111111111.
        {
            name: "dev-account-id-unquoted-leading-zero-rt84t",
            stack: "dev",
            file: () => committedStackFile("dev", 'accountId: "111111111111"', "accountId: 011111111111"),
            says: /accountId/,
        },
        // Held: a misspelled restricting option (requestTags): silently ignored, the provisioner's CreateKey unpinned.
        {
            name: "basil-request-tag-typo-rt84t",
            stack: "basil",
            file: () => committedStackFile("basil", "      requestTag:", "      requestTags:"),
            says: /requestTags/,
        },
        // Held: Curity in the signer's namespace with the signer's ServiceAccount (crossChecks.ts checkServiceAccounts): one SA carries one role annotation.
        {
            name: "dev-plus-curity-signer-sa-rt84t",
            stack: "dev",
            file: () => withSection("dev", CURITY("curity-", "validators").replace("dynamo-sa", "containment-chamber")),
            says: /curity\.serviceAccount/,
        },
        // Held: a share account renamed Custody-B beside custody-b (two shares, one account in all but the case).
        {
            name: "prod-account-name-case-duplicate-rt84t",
            stack: "prod",
            file: () =>
                edits(
                    "prod",
                    ["    custody-c:\n", "    Custody-B:\n"],
                    ["accounts: [signer, custody-b, custody-c]", "accounts: [signer, custody-b, Custody-B]"],
                ),
            says: /accounts|Custody-B/,
        },
        // NEWREFUSED
        // A signer table named in another custody stack's name space (custody-prod-*; dev and prod share account
        // 111111111111, and a table ARN is account/region/name: Service Authorization Reference, Amazon DynamoDB):
        // the generated custody model lists prod's anti-slashing table as dev's, and CreateTable fails mid-deploy
        // (the name is taken); had prod's table been removed, dev's runtime would own the name prod's signer writes
        // its slashing records to. Was a MISS (fixed in round 84) (class B): accepted (exit 1: only the model differs). Where:
        // components/workloads/signer/config.ts readSigner tableName (P.TABLE_NAME only). General fix: a signer table
        // name must start with the stack's own prefix (namePrefix + "-"), never another stack's custody-<stack>-.
        {
            name: "dev-signer-anti-slashing-prod-table-rt84t",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n    tables:\n      antiSlashing:\n        name: custody-prod-anti-slashing\n",
                ),
            says: /signer\.tables\.antiSlashing\.name/,
        },
        // Held: two access paths on one table (anti-slashing records and signer state rows mixed, one grant).
        {
            name: "dev-signer-two-paths-one-table-rt84t",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n    tables:\n      antiSlashing:\n        name: custody-dev-records\n      signerState:\n        name: custody-dev-records\n",
                ),
            says: /signer\.tables/,
        },
        // Held: key/* as the existing key: the access role would Decrypt with every key of account A (IAM User
        // Guide, reference_policies_elements_resource: a wildcard in the resource id).
        {
            name: "cross-account-kms-key-wildcard-rt84t",
            stack: "cross-account",
            file: () =>
                committedStackFile(
                    "cross-account",
                    "    tableHasIndexes: true\n",
                    "    tableHasIndexes: true\n    kmsKeyArn: arn:aws:kms:us-east-1:666666666666:key/*\n",
                ),
            says: /crossAccount\.kmsKeyArn/,
        },
        // Held (neighbours of dev-signer-kube-system-rt84t, each workload and the bootstrap): kube-system, default
        // (every pod created without a namespace lands there) and kube-public (readable by all users, Kubernetes docs
        // "Namespaces": initial namespaces).
        {
            name: "basil-namespace-kube-system-rt84t",
            stack: "basil",
            file: () => committedStackFile("basil", "    namespace: basil\n", "    namespace: kube-system\n"),
            says: /basil\.namespace/,
        },
        {
            name: "basil-bootstrap-namespace-kube-system-rt84t",
            stack: "basil",
            file: () => committedStackFile("basil", "namespace: basil-bootstrap", "namespace: kube-system"),
            says: /bootstrapServiceAccount/,
        },
        {
            name: "curity-namespace-kube-system-rt84t",
            stack: "curity",
            file: () => committedStackFile("curity", "namespace: curity", "namespace: kube-system"),
            says: /curity\.namespace/,
        },
        {
            name: "trust-domain-namespace-kube-system-rt84t",
            stack: "trust-domain",
            file: () => committedStackFile("trust-domain", "namespace: spirl-system", "namespace: kube-system"),
            says: /trustDomain\.namespace/,
        },
        {
            name: "dev-signer-namespace-default-rt84t",
            stack: "dev",
            file: () => committedStackFile("dev", "namespace: validators", "namespace: default"),
            says: /signer\.namespace/,
        },
        {
            name: "dev-signer-namespace-kube-public-rt84t",
            stack: "dev",
            file: () => committedStackFile("dev", "namespace: validators", "namespace: kube-public"),
            says: /signer\.namespace/,
        },
        // Held: the Trust Domain Server beside the signer in dev's one account: its key-manager role holds
        // kms:ScheduleKeyDeletion on "*" (seed 001), i.e. on the three share keys (the key policies delegate to the
        // account: KMS Developer Guide, key-policy-default).
        {
            name: "dev-plus-trust-domain-custody-account-rt84t",
            stack: "dev",
            file: () => withSection("dev", TRUST_DOMAIN("spirl-system")),
            says: /trustDomain\.account.*custody keys/,
        },
        // Held: the signer's key store renamed into Curity's prefix in a stack with both: Curity's table/curity-*
        // grant would reach the signer's encrypted shares' table (checkCurityTablePrefix reads the footprint).
        {
            name: "dev-plus-curity-signer-table-renamed-rt84t",
            stack: "dev",
            file: () =>
                withSection("dev", CURITY("curity-")).replace(
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n    tables:\n      keystore:\n        name: curity-keystore\n",
                ),
            says: /curity\.tablePrefix/,
        },
        // Held: IAM groups are no principals: "You cannot identify a user group as a principal in a policy" (IAM User Guide,
        // reference_policies_elements_principal); the provisioner's trust would fail (MalformedPolicyDocument) mid-deploy.
        {
            name: "basil-operator-group-rt84t",
            stack: "basil",
            file: () =>
                committedStackFile(
                    "basil",
                    "        - arn:aws:iam::111122223333:role/platform-break-glass",
                    "        - arn:aws:iam::111122223333:group/platform-admins",
                ),
            says: /operatorPrincipalArns\[0\]/,
        },
        // Held: an OIDC provider as an AWS principal: a web identity provider is a Federated principal, pinned by aud/sub
        // (IAM User Guide, id_roles_create_for-idp_oidc); an unpinned GitHub Actions provider trusts every workflow.
        {
            name: "basil-operator-oidc-provider-rt84t",
            stack: "basil",
            file: () =>
                committedStackFile(
                    "basil",
                    "        - arn:aws:iam::111122223333:role/platform-break-glass",
                    "        - arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com",
                ),
            says: /operatorPrincipalArns\[0\]/,
        },
        // Held (refused with the fix "name the role itself"): a role session as the operator only LOOKS narrower:
        // the session name is the RoleSessionName the caller of sts:AssumeRole chooses (STS API Reference,
        // AssumeRole), so anyone who may assume platform-break-glass may call its session "alice".
        {
            name: "basil-operator-role-session-rt84t",
            stack: "basil",
            file: () =>
                committedStackFile(
                    "basil",
                    "        - arn:aws:iam::111122223333:role/platform-break-glass",
                    "        - arn:aws:sts::111122223333:assumed-role/platform-break-glass/alice",
                ),
            says: /operatorPrincipalArns\[0\].*role session/,
        },
        // Was a MISS (fixed in round 84) (class A): neighbour: basil's bootstrap ServiceAccount in Curity's namespace in Curity's stack: Curity's
        // deployers gain the provisioner role (as dev-plus-basil-bootstrap-in-signer-namespace-rt84t), accepted.
        {
            name: "curity-plus-basil-bootstrap-in-curity-namespace-rt84t",
            stack: "curity",
            file: () => withSection("curity", BASIL("curity")),
            says: /bootstrapServiceAccount/,
        },
        // Was a MISS (fixed in round 84) (class C): neighbour: the signer's role named as pod-identity's signer-account deployer role.
        {
            name: "pod-identity-signer-role-is-deployer-rt84t",
            stack: "pod-identity",
            file: () =>
                committedStackFile(
                    "pod-identity",
                    "    serviceAccount: containment-chamber\n",
                    "    serviceAccount: containment-chamber\n    roleName: custody-deployer\n",
                ),
            says: /signer\.roleName/,
        },
        // -fix84 neighbours (round 84 fixes), refused:
        // Class A: the Trust Domain Server's key manager (kms:ScheduleKeyDeletion on "*", seed 001) in Curity's
        // namespace: Curity's deployers run a pod as spirl-server (Kubernetes docs, RBAC good practices, "Workload
        // creation"). components/stack/crossChecks.ts checkSharedNamespaces.
        {
            name: "curity-plus-trust-domain-in-curity-namespace-fix84",
            stack: "curity",
            file: () => withSection("curity", TRUST_DOMAIN("curity")),
            says: /curity\.serviceAccount.*namespace curity.*trustDomain\.serviceAccount/,
        },
        // Class B: a signer table under custody-<other>- in the keystore (as dev-signer-anti-slashing-prod-table-rt84t).
        {
            name: "dev-signer-keystore-staging-table-fix84",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n    tables:\n      keystore:\n        name: custody-staging-keystore\n",
                ),
            says: /signer\.tables\.keystore\.name.*custody-dev-/,
        },
        // Class C: the deployer role's name in another case (IAM names are not distinguished by case: IAM API
        // Reference, CreateRole RoleName).
        {
            name: "prod-signer-role-is-deployer-case-fix84",
            stack: "prod",
            file: () =>
                committedStackFile(
                    "prod",
                    "    serviceAccount: containment-chamber\n",
                    "    serviceAccount: containment-chamber\n    roleName: Custody-Deployer\n",
                ),
            says: /signer\.roleName.*assumeRoleArn/,
        },
        // Class D: the reserved prefix in another case in keyTags (checkTagSet: custody: in any case).
        {
            name: "trust-domain-keytag-custody-upper-fix84",
            stack: "trust-domain",
            file: () => committedStackFile("trust-domain", "      team: identity", "      CUSTODY:role-kind: signer"),
            says: /keyTags\.CUSTODY:role-kind.*reserved/,
        },
    ];
    for (const c of refused)
        (c.skip ? it.skip : it)(`bad input: ${c.name}: exit 2 naming it`, async () => {
            refusedNaming(await check(c.stack, c.file()), c.says ?? /./);
        });

    const valid: StackCase[] = [
        // Curity beside the signer in dev's account: curity-* matches no custody-dev-* table.
        { name: "dev-plus-curity-rt84t", stack: "dev", file: () => withSection("dev", CURITY("curity-")) },
        // Basil with its bootstrap in its own namespace beside the signer.
        { name: "dev-plus-basil-rt84t", stack: "dev", file: () => withSection("dev", BASIL("basil-bootstrap")) },
        // A table whose name only contains "custody" (DynamoDB names are exact; custody stacks' tables start custody-).
        {
            name: "cross-account-table-orders-custody-rt84t",
            stack: "cross-account",
            file: () => committedStackFile("cross-account", "tableName: my-table", "tableName: orders-custody"),
        },
        // Another region of the same partition for the server's keys.
        {
            name: "trust-domain-region-eu-west-1-rt84t",
            stack: "trust-domain",
            file: () =>
                committedStackFile(
                    "trust-domain",
                    "    region: us-east-1\n    keyTags",
                    "    region: eu-west-1\n    keyTags",
                ),
        },
        // An own runtime role name.
        {
            name: "dev-signer-role-name-rt84t",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    serviceAccount: containment-chamber\n",
                    "    serviceAccount: containment-chamber\n    roleName: validators-signer\n",
                ),
        },
        // YAML anchors and aliases (go-yaml resolves them): the same external id twice.
        {
            name: "prod-yaml-anchor-external-id-rt84t",
            stack: "prod",
            file: () =>
                edits(
                    "prod",
                    ["externalId: custody-infra-prod", "externalId: &ext custody-infra-prod"],
                    ["externalId: custody-infra-prod", "externalId: *ext"],
                ),
        },
        // Four accounts, threshold 3: no account alone, nor any two, reconstruct.
        {
            name: "prod-four-accounts-threshold-3-rt84t",
            stack: "prod",
            file: () =>
                edits(
                    "prod",
                    [
                        "  custody-infra:cluster:",
                        '    custody-d:\n      accountId: "888888888888"\n      region: eu-north-1\n      assumeRoleArn: arn:aws:iam::888888888888:role/custody-deployer\n      externalId: custody-infra-prod\n  custody-infra:cluster:',
                    ],
                    ["accounts: [signer, custody-b, custody-c]", "accounts: [signer, custody-b, custody-c, custody-d]"],
                    ["threshold: 2", "threshold: 3"],
                ),
        },
        // A stack tag beyond environment/owner.
        {
            name: "dev-extra-tag-rt84t",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    owner: platform-custody",
                    "    owner: platform-custody\n    data-class: restricted",
                ),
        },
        // Basil's request tag with another value.
        {
            name: "basil-request-tag-value-yes-rt84t",
            stack: "basil",
            file: () => committedStackFile("basil", '        value: "true"', "        value: provisioned"),
        },
        // The signer in a namespace of its own name.
        {
            name: "dev-signer-namespace-own-rt84t",
            stack: "dev",
            file: () => committedStackFile("dev", "namespace: validators", "namespace: custody-signer"),
        },
        // NEWVALID
        // A renamed anti-slashing table in dev's own name space (custody-dev-*): the stack's own table.
        {
            name: "dev-signer-anti-slashing-own-name-rt84t",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n    tables:\n      antiSlashing:\n        name: custody-dev-slashing-v2\n",
                ),
        },
        // The bootstrap job in another namespace of its own (not basil's, not a reserved one).
        {
            name: "basil-bootstrap-namespace-jobs-rt84t",
            stack: "basil",
            file: () => committedStackFile("basil", "namespace: basil-bootstrap", "namespace: basil-jobs"),
        },
        // An existing key of account A, in its region, named by key id: one key.
        {
            name: "cross-account-kms-key-exact-rt84t",
            stack: "cross-account",
            file: () =>
                committedStackFile(
                    "cross-account",
                    "    tableHasIndexes: true\n",
                    "    tableHasIndexes: true\n    kmsKeyArn: arn:aws:kms:us-east-1:666666666666:key/1234abcd-12ab-34cd-56ef-1234567890ab\n",
                ),
        },
        // A second account that holds nothing (declared, unused).
        {
            name: "dev-extra-account-rt84t",
            stack: "dev",
            file: () =>
                edits(
                    "dev",
                    ["  custody-infra:accounts:", "  custody-infra:primaryAccount: main\n  custody-infra:accounts:"],
                    [
                        "  custody-infra:cluster:",
                        '    spare:\n      accountId: "121212121212"\n      region: eu-west-1\n  custody-infra:cluster:',
                    ],
                ),
        },
        // "custody:" in a tag VALUE reserves nothing (the reserved prefix is the key's).
        {
            name: "trust-domain-keytag-value-custody-rt84t",
            stack: "trust-domain",
            file: () => committedStackFile("trust-domain", "      team: identity", '      team: "custody:identity"'),
        },
        // -fix84 neighbours (round 84 fixes), accepted:
        // Class A: Curity and the Trust Domain Server each in a namespace of its own, in one stack.
        {
            name: "curity-plus-trust-domain-own-namespace-fix84",
            stack: "curity",
            file: () => withSection("curity", TRUST_DOMAIN("spirl-system")),
        },
        // Class B: a cross-account table whose name has custody- inside, not as its start (DynamoDB names are exact).
        {
            name: "cross-account-table-acme-custody-fix84",
            stack: "cross-account",
            file: () => committedStackFile("cross-account", "tableName: my-table", "tableName: acme-custody-ledger"),
        },
        // Class C: a role whose name only contains the deployer role's name.
        {
            name: "prod-signer-role-deployer-suffix-fix84",
            stack: "prod",
            file: () =>
                committedStackFile(
                    "prod",
                    "    serviceAccount: containment-chamber\n",
                    "    serviceAccount: containment-chamber\n    roleName: custody-deployer-signer\n",
                ),
        },
        // Class D: custody without the colon in a key tag (only the custody: prefix is reserved).
        {
            name: "trust-domain-keytag-custody-team-fix84",
            stack: "trust-domain",
            file: () => committedStackFile("trust-domain", "      team: identity", "      custody-team: identity"),
        },
    ];
    for (const c of valid)
        (c.skip ? it.skip : it)(`valid: ${c.name}: accepted`, async () => {
            accepted(await check(c.stack, c.file()));
        });
});
