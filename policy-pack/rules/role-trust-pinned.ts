/**
 * Who may assume a role. Seeds 000, 002 and 004 all pin IRSA trust to one ServiceAccount and the STS audience;
 * seed 003 trusts one named role of the other account. Anything wider lets someone outside the design become
 * the role that decrypts key shares.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    accountRootOf,
    DEFAULT_KEY_MANAGEMENT_KINDS,
    hasWildcard,
    isEksOidcProvider,
    isPodIdentityStatement,
    isWebIdentityStatement,
    NormalizedDocument,
    NormalizedStatement,
    oidcIssuerOf,
    parseArn,
    pinnedSubjects,
    principalWithin,
    POD_IDENTITY_SERVICE,
    podIdentityLabel,
    podIdentityPins,
    PodIdentitySubject,
    podIdentitySubjects,
    roleNameOf,
    roleLabel,
    RoleModel,
    runtimePaths,
    runtimeVerdict,
    stackAccountIds,
    statementLabel,
    tryParsePolicyDocument,
    writtenOperator,
} from "../model";
import { currentCustodyModel, type PrincipalNode, subjectMatches } from "../engine";
import { allowlistContext, AllowlistContext } from "./allowlist-context";
import { SERVICE_PRINCIPALS_PROPERTY, stackContext } from "./common";
import { accountIdsProperty, ConfigOf, defineConfig, organizationIdProperty } from "./config";

const SA_SUBJECT = /^system:serviceaccount:[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;
// IAM matches condition operator names without regard to case (as @cloud-copilot/iam-simulate, which mirrors
// AWS's evaluation, does): `stringequals` is StringEquals.
const isStringEquals = (operator: string) => operator.toLowerCase() === "stringequals";
/** An operator that compares exact values but is not StringEquals: ForAnyValue:StringEquals, ...IgnoreCase. */
const exactLike = (operator: string) =>
    ["foranyvalue:stringequals", "stringequalsignorecase", "foranyvalue:stringequalsignorecase"].includes(
        operator.toLowerCase(),
    );
// DECIDED (round 77): one reviewable pin form. IAM advises against set operators on single-valued keys such as
// <issuer>:sub ("Do not use a condition set operator with a single-valued context key", IAM User Guide,
// reference_policies_condition-single-vs-multi-valued-context-keys.html), and a case-blind pin matches values
// StringEquals would not; the pack reads and reviews exactly one form.
const PIN_FORM =
    "write the pin as StringEquals on :sub with the exact subject(s) (system:serviceaccount:<namespace>:<name>): the one pin form the pack reviews (IAM advises against ForAnyValue/ForAllValues on a single-valued key such as :sub, and a case-blind match admits values StringEquals would not)";

/** Problems with one web-identity statement, as sentences. */
function webIdentityProblems(
    s: NormalizedStatement,
    allowedAudiences: readonly string[],
    allowedIssuers: readonly string[] = [],
): string[] {
    const problems: string[] = [];
    const where = statementLabel(s);
    if (s.notPrincipal)
        problems.push(`${where} uses NotPrincipal: name the cluster's OIDC provider as the Federated principal`);
    const p = s.principal;
    if (!p || p.wildcard || p.aws.length > 0 || p.service.length > 0) {
        problems.push(
            `${where} allows sts:AssumeRoleWithWebIdentity to a principal other than an OIDC provider (${p?.wildcard ? '"*"' : "AWS/Service principals"})`,
        );
    }
    const federated = p?.federated ?? [];
    if (federated.length !== 1) {
        // A form rule: one provider per statement, so each statement's pins read against its own issuer's keys.
        problems.push(
            `${where} must name exactly one Federated OIDC provider (has ${federated.length}): write one statement per provider, each pinning that issuer's :sub and :aud with StringEquals`,
        );
        return problems;
    }
    const issuer = oidcIssuerOf(federated[0]);
    if (!issuer || hasWildcard(federated[0])) {
        problems.push(
            `${where}: Federated principal ${federated[0]} is not an IAM OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/<issuer>)`,
        );
        return problems;
    }
    if (!isEksOidcProvider(federated[0]) && !allowedIssuers.includes(issuer)) {
        problems.push(
            `${where}: the OIDC issuer ${issuer} is not an EKS cluster's (oidc.eks.<region>.amazonaws.com/id/<ID>): a ServiceAccount-shaped sub from another issuer proves nothing about the cluster; list it in allowedIssuers if it is intended`,
        );
    }
    const subKey = `${issuer}:sub`.toLowerCase();
    const audKey = `${issuer}:aud`.toLowerCase();
    // The operators of a statement are ANDed (IAM, "Condition element": all must match): beside a StringEquals pin
    // of the same key, another operator (a StringLike on the namespace) only narrows it.
    const pinnedKeys = new Set(s.conditions.filter(c => isStringEquals(c.operator)).map(c => c.keyLower));
    for (const c of s.conditions) {
        if (c.keyLower.endsWith(":sub") || c.keyLower.endsWith(":aud")) {
            if (c.keyLower !== subKey && c.keyLower !== audKey) {
                problems.push(`${where}: condition key ${c.key} is not for the provider's issuer ${issuer}`);
            }
            if (!isStringEquals(c.operator) && !pinnedKeys.has(c.keyLower)) {
                problems.push(
                    c.keyLower === subKey && exactLike(c.operator) && c.values.length > 0 && !c.values.some(hasWildcard)
                        ? `${where}: ${c.key} uses ${writtenOperator(c)}; ${PIN_FORM}`
                        : `${where}: ${c.key} uses ${writtenOperator(c)}; only StringEquals pins one exact value`,
                );
            }
        }
    }
    // A value listed twice is one value (IAM ORs a key's values: ["x", "x"] matches exactly what "x" does), so count
    // distinct values, as model/podIdentity.ts exactPin does; StringEquals is case-sensitive, so "A" and "a" stay two.
    const distinct = (values: string[]) => [...new Set(values)];
    const subs = distinct(
        s.conditions.filter(c => c.keyLower === subKey && isStringEquals(c.operator)).flatMap(c => c.values),
    );
    if (subs.length === 0) {
        // An exact-value operator on :sub that is not StringEquals (ForAnyValue:StringEquals, StringEqualsIgnoreCase)
        // may still name one ServiceAccount: the problem is the form, which that clause's own problem above states,
        // not that every ServiceAccount is admitted.
        const exactOther = s.conditions.some(
            c => c.keyLower === subKey && exactLike(c.operator) && c.values.length > 0 && !c.values.some(hasWildcard),
        );
        if (!exactOther)
            problems.push(
                `${where} does not pin ${issuer}:sub with StringEquals: every ServiceAccount of the cluster could assume the role`,
            );
    } else if (subs.length > 1) {
        problems.push(
            `${where} admits ${subs.length} subjects (${subs.join(", ")}); pin exactly one system:serviceaccount:<namespace>:<name>`,
        );
    } else if (hasWildcard(subs[0]) || (isEksOidcProvider(federated[0]) && !SA_SUBJECT.test(subs[0]))) {
        // An EKS issuer's subjects are ServiceAccounts; an issuer listed in allowedIssuers (a CI provider) has its own
        // subject shapes (GitHub: repo:<org>/<repo>:environment:<env>), pinned as one exact value all the same.
        problems.push(
            `${where}: ${issuer}:sub = "${subs[0]}" is not one exact system:serviceaccount:<namespace>:<name>`,
        );
    }
    const auds = distinct(
        s.conditions.filter(c => c.keyLower === audKey && isStringEquals(c.operator)).flatMap(c => c.values),
    );
    if (auds.length === 0) {
        problems.push(`${where} does not pin ${issuer}:aud (StringEquals ${allowedAudiences.join(" or ")})`);
    } else if (auds.some(a => !allowedAudiences.includes(a)) || auds.length !== 1) {
        problems.push(
            `${where}: ${issuer}:aud = ${auds.join(", ")}; expected exactly ${allowedAudiences.join(" or ")}`,
        );
    }
    return problems;
}

// StringEqualsIgnoreCase pins as exactly: IAM names are unique within the account whatever their case (IAM User
// Guide, "IAM identifiers"), so aws:PrincipalArn compared ignoring case still designates one principal (as
// model/conditions.ts EXACT_OPS reads it for the engine).
const PINNING_OPERATORS = new Set(["stringequals", "stringequalsignorecase", "arnequals", "arnlike", "stringlike"]);

/**
 * How a `"*"` trust statement's conditions pin the caller (conditions are ANDed: the narrowest one decides):
 * `"principal"` when aws:PrincipalArn names exact principals of trusted accounts; `"account"` when
 * aws:PrincipalAccount names trusted accounts or aws:PrincipalOrgID equals the configured organizationId
 * (every principal of those accounts: for an account other than the role's own, as wide as its root, see
 * `foreignAccounts`); undefined when nothing pins the caller. aws:SecureTransport, aws:RequestedRegion and the
 * like restrict how, not who. An organization ID other than the configured one proves nothing: anyone can
 * create an organization.
 */
function callerPin(
    s: NormalizedStatement,
    trustedAccounts: ReadonlySet<string>,
    organizationId: string,
): { kind: "principal" | "account"; accounts: string[] } | undefined {
    let best: { kind: "principal" | "account"; accounts: string[] } | undefined;
    for (const c of s.conditions) {
        if (!PINNING_OPERATORS.has(c.operator.toLowerCase()) || c.values.length === 0 || c.values.some(hasWildcard))
            continue;
        if (c.keyLower === "aws:principalarn" && c.values.every(v => trustedAccounts.has(parseArn(v)?.account ?? ""))) {
            return { kind: "principal", accounts: c.values.map(v => parseArn(v)!.account) };
        }
        if (c.keyLower === "aws:principalaccount" && c.values.every(v => trustedAccounts.has(v))) {
            if (!best || best.accounts.length === 0 || c.values.length < best.accounts.length)
                best = { kind: "account", accounts: [...c.values] };
        }
        if (c.keyLower === "aws:principalorgid" && organizationId !== "" && c.values.every(v => v === organizationId)) {
            // Which accounts the organization holds is not known here: an organization is not one account.
            best ??= { kind: "account", accounts: [] };
        }
    }
    return best;
}

/** The stack role an exact role ARN names (by ARN when known, else by name and account). */
function stackRoleByArn(roles: readonly RoleModel[], arn: string): RoleModel | undefined {
    // Role names compare ignoring case (IAM User Guide, "IAM identifiers"): a StringEqualsIgnoreCase pin may spell
    // the role otherwise.
    const name = roleNameOf(arn)?.toLowerCase();
    const account = parseArn(arn)?.account;
    return roles.find(r =>
        r.arn !== undefined
            ? r.arn.toLowerCase() === arn.toLowerCase()
            : r.name?.toLowerCase() === name && r.account === account,
    );
}

/**
 * The role's own account root, or another stack account's root restricted by ArnEquals/StringEquals(IgnoreCase)
 * aws:PrincipalArn to exact roles of that account: the EKS Pod Identity target-role form (pod-id-assign-target-role.html),
 * as narrow as naming those roles. Returns the restricting role ARNs, or undefined when the root is unrestricted.
 */
function rootRestrictedTo(s: NormalizedStatement, root: string, trusted: ReadonlySet<string>): string[] | undefined {
    const pin = callerPin(s, trusted, "");
    if (pin?.kind !== "principal" || pin.accounts.some(a => a !== root)) return undefined;
    return s.conditions
        .filter(c => c.keyLower === "aws:principalarn" && PINNING_OPERATORS.has(c.operator.toLowerCase()))
        .flatMap(c => c.values);
}

/** Problems of a Pod Identity statement (direct, or target-role form when `via` names the association role). */
function podIdentityProblems(s: NormalizedStatement, where: string, via?: string): string[] {
    const what = via ? `chains from the Pod Identity association role ${via}` : `trusts ${POD_IDENTITY_SERVICE}`;
    return podIdentityPins(s).problems.map(p => `${where} ${what} but ${p}`);
}

/** Problems of a role's whole trust policy, as sentences. */
function trustProblems(
    role: RoleModel,
    raw: unknown,
    stackAccounts: ReadonlySet<string>,
    cfg: ConfigOf<typeof roleTrustPinnedConfig.properties>,
    roles: readonly RoleModel[],
    outsideReach: () => string | undefined = () => undefined,
): string[] {
    const parsed = tryParsePolicyDocument(raw);
    if (!parsed.ok) return [`assumeRolePolicy is not a valid policy document: ${parsed.error}`];
    const trust = parsed.doc;
    const problems: string[] = [];
    const trusted = new Set([...stackAccounts, ...cfg.allowedTrustAccounts, ...(role.account ? [role.account] : [])]);
    const workload = runtimePaths(trust, cfg.runtimeServicePrincipals).length > 0;
    const hasIrsa = trust.statements.some(isWebIdentityStatement);
    // An account neither the role's nor the stack's: trusted only through allowedTrustAccounts (a vendor's).
    const outside = (account: string) => account !== role.account && !stackAccounts.has(account);
    const outsideProblem = (where: string, who: string, account: string): string[] => {
        const why = outsideReach();
        return why === undefined
            ? []
            : [
                  `${where} trusts ${who} of account ${account}, outside this stack (allowedTrustAccounts), but ${why}: an outside account may be trusted only on a role that reaches no custody asset and is no runtime or key-management role`,
              ];
    };
    for (const s of trust.statements) {
        if (s.effect !== "Allow") continue;
        const where = statementLabel(s);
        if (s.notPrincipal) {
            problems.push(`${where} uses Allow with NotPrincipal: it lets every principal not listed assume the role`);
            continue;
        }
        if (isWebIdentityStatement(s)) {
            problems.push(...webIdentityProblems(s, cfg.allowedAudiences, cfg.allowedIssuers));
            continue;
        }
        if (isPodIdentityStatement(s)) problems.push(...podIdentityProblems(s, where));
        const p = s.principal;
        if (!p) continue;
        if (p.wildcard) {
            const pin = callerPin(s, trusted, cfg.organizationId);
            if (!pin) {
                problems.push(
                    `${where} lets any principal ("*") assume the role without a condition pinning the caller (aws:PrincipalArn of this stack's accounts, aws:PrincipalAccount of this stack's accounts, aws:PrincipalOrgID = the configured organizationId${cfg.organizationId ? ` ${cfg.organizationId}` : ", which is unset"})`,
                );
            } else if (pin.kind === "account") {
                // "*" pinned only to an account is every principal of that account: as wide as its root.
                for (const account of pin.accounts) {
                    if (outside(account)) {
                        // Round 82: a vendor's documented trust names its principal (its account root or role, with
                        // sts:ExternalId: IAM User Guide, id_roles_common-scenarios_third-party), never "*".
                        problems.push(
                            `${where} trusts "*" pinned only by aws:PrincipalAccount ${account}, an account outside this stack: every principal of that account could assume the role; name its principal (arn:aws:iam::${account}:root or its role, with sts:ExternalId) on a role that reaches no custody asset`,
                        );
                    } else if (
                        account !== role.account &&
                        !cfg.allowCrossAccountRoot &&
                        !cfg.allowedTrustAccounts.includes(account)
                    ) {
                        problems.push(
                            `${where} trusts "*" pinned only by aws:PrincipalAccount ${account}: every principal of that account could assume the role, as with its root; pin aws:PrincipalArn to the role that needs it (seed 003), or set allowCrossAccountRoot / allowedTrustAccounts`,
                        );
                    }
                }
            } else {
                for (const account of pin.accounts.filter(outside))
                    problems.push(...outsideProblem(where, '"*" pinned by aws:PrincipalArn', account));
            }
        }
        for (const principal of p.aws.filter(x => x !== "*")) {
            const root = accountRootOf(principal);
            if (root !== undefined) {
                const restrictedTo = trusted.has(root) ? rootRestrictedTo(s, root, trusted) : undefined;
                // A chain from a Pod Identity association role carries the pods' session tags: they must be pinned.
                const association = restrictedTo
                    ?.map(arn => stackRoleByArn(roles, arn))
                    .find(r => {
                        const t = r && tryParsePolicyDocument(r.resource.props.assumeRolePolicy);
                        return t?.ok && t.doc.statements.some(isPodIdentityStatement);
                    });
                if (association) problems.push(...podIdentityProblems(s, where, association.name));
                if (outside(root) && cfg.allowedTrustAccounts.includes(root)) {
                    problems.push(...outsideProblem(where, principal, root));
                    continue;
                }
                if (restrictedTo) continue;
                if (outside(root)) {
                    // Round 82: allowCrossAccountRoot admits the root of the stack's other accounts; an outside
                    // account is admitted only by name (allowedTrustAccounts), and then only on roles without custody.
                    problems.push(
                        `${where} trusts the whole account ${root} (${principal}), which is not an account of this stack (${[...stackAccounts].join(", ") || "none pinned"}); list it in allowedTrustAccounts if intended (only on a role that reaches no custody asset)`,
                    );
                    continue;
                }
                if (root !== role.account && !cfg.allowCrossAccountRoot && !cfg.allowedTrustAccounts.includes(root)) {
                    problems.push(
                        `${where} trusts the whole account ${root} (${principal}): every principal its administrators allow could assume the role; name the role that needs it (seed 003)`,
                    );
                }
                continue;
            }
            const account = parseArn(principal)?.account;
            if (account === undefined || principalInModel(principal)) continue;
            if (!trusted.has(account)) {
                problems.push(
                    `${where} trusts ${principal} of account ${account}, which is not an account of this stack (${[...stackAccounts].join(", ") || "none pinned"}); list it in allowedTrustAccounts if intended`,
                );
            } else if (outside(account)) problems.push(...outsideProblem(where, principal, account));
        }
        for (const federated of p.federated) {
            if (workload && !isEksOidcProvider(federated) && !cfg.allowedFederatedPrincipals.includes(federated)) {
                problems.push(
                    `${where} lets Federated principal ${federated} assume a runtime role: only the cluster's EKS OIDC provider may (seeds 000, 004); list it in allowedFederatedPrincipals if intended`,
                );
            }
        }
        if (hasIrsa && !cfg.allowPodIdentity && isPodIdentityStatement(s) && !migrationInModel(trust)) {
            problems.push(
                `${where} trusts ${POD_IDENTITY_SERVICE} next to an IRSA statement: two ways in are allowed only while migrating from IRSA to EKS Pod Identity, for a workload whose custody model lists both subjects of the one ServiceAccount (stack config \`identities: [irsa, podIdentity]\`, then \`npm run custody-model -- --stack <name> --write\`), or with allowPodIdentity: true in role-trust-pinned's config; remove the IRSA statement when the migration is done`,
            );
        }
    }
    const subjects = new Set(pinnedSubjects(trust).map(x => x.subject));
    if (subjects.size > 1) {
        problems.push(
            `the trust pins ${subjects.size} different ServiceAccounts across its web-identity statements (${[...subjects].join(", ")}); a role belongs to exactly one`,
        );
    }
    problems.push(...podIdentityAgreement(trust, [...subjects]));
    return problems;
}

/**
 * Why an account outside the stack may not be trusted on this role, or undefined when it may: the role is a runtime
 * role (its trust admits a workload), a key-management role (custody:role-kind), or it reaches custody as the engine
 * computes reach (Judge.custodyReachOf: a share key, a custody table, a runtime or key-management identity it can
 * become). Fail closed: without a valid custody model, or a node for the role, reach cannot be told.
 */
function outsideTrustBarrier(
    role: RoleModel,
    runtimeServicePrincipals: readonly string[],
    allowlist: AllowlistContext | undefined,
): string | undefined {
    const verdict = runtimeVerdict(role, { runtimeServicePrincipals });
    if (verdict.workload) return `it is a runtime role (assumed through ${verdict.paths.join(", ")})`;
    if (verdict.kind !== undefined && DEFAULT_KEY_MANAGEMENT_KINDS.includes(verdict.kind))
        return `it is a key-management role (custody:role-kind ${verdict.kind})`;
    if (!allowlist) return "the pack config has no valid custody model, so what the role reaches cannot be told";
    const node = [...allowlist.ea.nodes.values()].find(n => n.kind === "role" && n.urn === role.urn);
    if (!node) return "the engine has no node for the role, so what it reaches cannot be told";
    const path = allowlist.judge.custodyReachOf(node);
    return path === undefined ? undefined : `it reaches custody: ${path}`;
}

/**
 * An exact role or user ARN the custody model lists as a workload's subject (e.g. Basil's break-glass operator in a
 * security account): the reviewed allowlist names it, and custody-effective-access holds each role to exactly its
 * workload's subjects.
 */
function principalInModel(principal: string): boolean {
    const state = currentCustodyModel();
    if (state.state !== "ok") return false;
    // The subject itself or one session of the role it names (model/arn.ts principalWithin).
    return state.model.workloads.some(w =>
        w.subjects.some(x => "principal" in x && principalWithin(principal, x.principal)),
    );
}

/**
 * The migration is the custody model's, per role: one workload lists both the IRSA subject and the Pod Identity
 * subject of every ServiceAccount this trust pins (the generator writes both for `identities: [irsa, podIdentity]`).
 */
function migrationInModel(trust: NormalizedDocument): boolean {
    const state = currentCustodyModel();
    if (state.state !== "ok") return false;
    const irsa: PrincipalNode[] = pinnedSubjects(trust).map(i => ({ kind: "irsa", ...i }));
    const pods: PrincipalNode[] = podIdentitySubjects(trust).map(p => ({ kind: "pod-identity", ...p }));
    if (irsa.length === 0 || pods.length === 0) return false;
    return state.model.workloads.some(w =>
        [...irsa, ...pods].every(n => w.subjects.some(sub => subjectMatches(sub, n))),
    );
}

/** Pod Identity statements pin one subject, and during a migration the same ServiceAccount as the IRSA statement. */
function podIdentityAgreement(trust: NormalizedDocument, irsaSubjects: string[]): string[] {
    const pods: PodIdentitySubject[] = podIdentitySubjects(trust);
    const labels = [...new Set(pods.map(podIdentityLabel))];
    if (labels.length > 1) {
        return [
            `the trust pins ${labels.length} different Pod Identity subjects (${labels.join("; ")}); a role belongs to exactly one ServiceAccount of one cluster`,
        ];
    }
    if (pods.length === 0 || irsaSubjects.length === 0) return [];
    const pod = pods[0];
    const podSubject = `system:serviceaccount:${pod.namespace}:${pod.serviceAccount}`;
    return irsaSubjects
        .filter(sub => sub !== podSubject)
        .map(
            sub =>
                `the IRSA statement pins ${sub} but the Pod Identity statement pins ${podIdentityLabel(pod)}: during a migration both trusts pin the same ServiceAccount; write aws:RequestTag/kubernetes-namespace and aws:RequestTag/kubernetes-service-account to match ${sub}`,
        );
}

const roleTrustPinnedConfig = defineConfig({
    // Compared exactly with the trust's <issuer>:aud values (EKS User Guide, associate-service-account-role).
    allowedAudiences: {
        type: "array",
        items: {
            type: "string",
            // No * or ?: the rule compares audiences exactly, so "*" would admit only a token whose aud is "*".
            pattern: "^[^\\s*?]([^*?]*[^\\s*?])?$",
            description:
                "an OIDC audience without blanks around it nor * or ? (audiences are compared exactly: name the client id, e.g. sts.amazonaws.com)",
        },
        default: ["sts.amazonaws.com"],
    },
    allowedIssuers: {
        type: "array",
        // The issuer as IAM names it: the OIDC provider's URL without https:// (IAM User Guide, id_roles_providers_create_oidc),
        // and without a port (IAM API reference, CreateOpenIDConnectProvider Url: "The URL should not contain a port
        // number"), so no trust can name an issuer with one.
        items: {
            type: "string",
            pattern: "^[A-Za-z0-9.-]+(/[A-Za-z0-9._~%-]+)*$",
            description:
                "an OIDC issuer without https:// nor a port (host[/path], e.g. token.actions.githubusercontent.com)",
        },
        default: [],
        description: "OIDC issuers other than an EKS cluster's accepted for web identity.",
    },
    // For accounts outside the stack (a vendor's integration role, redteam70-secure's Datadog), so not limited to
    // the custody model's accounts ("any").
    allowedTrustAccounts: accountIdsProperty(
        "Accounts outside the stack whose principals (or root, with allowCrossAccountRoot) may be trusted.",
        "any",
    ),
    allowCrossAccountRoot: {
        type: "boolean",
        default: false,
        description: "Accept the root of another account as a trusted principal.",
    },
    allowPodIdentity: {
        type: "boolean",
        default: false,
        description:
            "The IRSA → EKS Pod Identity migration for every role: accept a pinned pods.eks.amazonaws.com statement next to an IRSA statement pinning the same ServiceAccount. Without it, only roles whose custody-model workload lists both subjects may.",
    },
    allowedFederatedPrincipals: {
        type: "array",
        // An IAM identity provider ARN (saml-provider/, oidc-provider/) of an account the custody model names. Round 82:
        // no web identity provider's name (accounts.google.com, cognito-identity.amazonaws.com, graph.facebook.com,
        // www.amazon.com; IAM User Guide, reference_policies_elements_principal): those are built into AWS ("do not
        // create a separate IAM identity provider", id_roles_providers_create_oidc) and any of their users obtains a
        // token, so a runtime role trusting one is reachable from outside the stack.
        items: {
            type: "string",
            pattern: "^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(saml-provider|oidc-provider)/[^\\s*?]+$",
            format: "custody-identity-provider",
            description:
                "an IAM identity provider ARN of an account of the custody model (arn:aws:iam::<account>:saml-provider/<name> or oidc-provider/<host/path>); a built-in web identity provider (accounts.google.com, cognito-identity.amazonaws.com) admits any of its users",
        },
        default: [],
        description:
            "Federated principals other than an EKS OIDC provider (e.g. a SAML provider) accepted on runtime roles.",
    },
    runtimeServicePrincipals: SERVICE_PRINCIPALS_PROPERTY,
    organizationId: organizationIdProperty(
        'The organization aws:PrincipalOrgID must equal to pin a "*"; unset refuses it.',
    ),
});

/**
 * Rule 5. Seeds 000/004's trust policy: Federated = the cluster's OIDC provider, StringEquals on
 * `<issuer>:sub` = one `system:serviceaccount:<ns>:<sa>` and `<issuer>:aud` = sts.amazonaws.com. StringLike, a
 * wildcard or a second subject (in the same statement or another one) lets other pods assume a role that can
 * decrypt key shares (seed 002 explains why IRSA exists: "only the pods that use the particular service account
 * can access the resources"); an issuer that is not an EKS cluster's makes the ServiceAccount pin meaningless.
 * Any other trust is as narrow as seed 003's: a named role in an account of the stack, never a foreign account's
 * root, "*" only with a condition pinning the caller, never Allow + NotPrincipal; a runtime role admits no SAML or
 * other federation, and no Pod Identity next to IRSA.
 */
export const roleTrustPinned: StackValidationPolicy = {
    name: "role-trust-pinned",
    description:
        'Role trust: web identity pins one exact ServiceAccount (StringEquals <issuer>:sub, aud = sts.amazonaws.com) of an EKS OIDC provider; EKS Pod Identity pins one cluster ARN, namespace and ServiceAccount (StringEquals aws:RequestTag/eks-cluster-arn, kubernetes-namespace, kubernetes-service-account), next to IRSA only while migrating; no foreign account root unless restricted to exact roles by aws:PrincipalArn, no unpinned "*", no NotPrincipal, no other federation (seeds 000, 003, 004; EKS user guide).',
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        'Pin the trust: StringEquals on `<issuer>:sub` (one system:serviceaccount:<ns>:<sa>) and `<issuer>:aud`, an EKS OIDC provider, named principals of stack accounts, `"*"` only with a caller-pinning condition; or list the exception in this policy\'s config.',
    configSchema: roleTrustPinnedConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = roleTrustPinnedConfig.read(args);
        const ctx = await stackContext(args);
        const accounts = stackAccountIds(ctx.model.resources);
        // The engine runs only when an outside account is listed: only its trusts ask what a role reaches.
        const allowlist = cfg.allowedTrustAccounts.some(a => !accounts.has(a))
            ? await allowlistContext(args)
            : undefined;
        for (const role of ctx.model.roles) {
            ctx.unknowns.run(() => {
                const raw = role.resource.props.assumeRolePolicy;
                if (raw === undefined) return;
                let barrier: { why: string | undefined } | undefined;
                const reach = () =>
                    (barrier ??= { why: outsideTrustBarrier(role, cfg.runtimeServicePrincipals, allowlist) }).why;
                for (const problem of trustProblems(role, raw, accounts, cfg, ctx.model.roles, reach))
                    reportViolation(`${roleLabel(role)}: ${problem}`, role.urn);
            });
        }
        ctx.unknowns.finish();
    },
};
