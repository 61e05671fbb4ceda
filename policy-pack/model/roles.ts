/**
 * Who can assume a role, read from its trust policy: the runtime paths (web identity / IRSA, and compute
 * service principals: EKS Pod Identity, EC2, ECS tasks, Lambda, ...), the exact Kubernetes subjects a
 * web-identity trust pins, and which roles an AWS principal (in a trust or key policy) designates.
 */
import { accountRootOf, parseArn, roleOfPrincipal } from "./arn";
import { resourceMatches } from "./glob";
import { CALLER_KEYS, pinnedValues } from "./conditions";
import { NormalizedDocument, NormalizedStatement, parsePolicyDocument } from "./document";
import { statementMatchesAction } from "./permissions";
import { RoleModel, TAGS, tagsOf } from "./resources";

const WEB_IDENTITY_ACTION = "sts:AssumeRoleWithWebIdentity";
export const POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com";
export const EC2_SERVICE = "ec2.amazonaws.com";

/**
 * Service principals that run customer code with the role's credentials: a role they may assume is a runtime
 * role (seed 004: "the runtime identity is what the long-running broker assumes", whatever runs it), and
 * services that call AWS as the role on their own (Step Functions, EventBridge Scheduler/rules/Pipes, SSM
 * Automation, CodePipeline): a leaked or misused definition runs unattended with the role. EKS node roles trust
 * ec2.amazonaws.com (listed). Config `runtimeServicePrincipals` of the runtime-role rules; the China partition's
 * `.amazonaws.com.cn` form of each is matched too.
 */
export const DEFAULT_RUNTIME_SERVICE_PRINCIPALS: readonly string[] = [
    // Compute that runs the customer's code with the role's credentials.
    POD_IDENTITY_SERVICE,
    EC2_SERVICE,
    "ecs-tasks.amazonaws.com",
    "ecs.amazonaws.com",
    "lambda.amazonaws.com",
    "edgelambda.amazonaws.com",
    "tasks.apprunner.amazonaws.com",
    "build.apprunner.amazonaws.com",
    "codebuild.amazonaws.com",
    "sagemaker.amazonaws.com",
    "glue.amazonaws.com",
    "batch.amazonaws.com",
    "elasticmapreduce.amazonaws.com",
    "emr-containers.amazonaws.com",
    "emr-serverless.amazonaws.com",
    "datapipeline.amazonaws.com",
    "airflow.amazonaws.com",
    "airflow-env.amazonaws.com",
    "kinesisanalytics.amazonaws.com",
    "databrew.amazonaws.com",
    // Unattended orchestration that calls AWS APIs as the role (a workflow, a schedule, a rule target, an automation).
    "states.amazonaws.com",
    "scheduler.amazonaws.com",
    "events.amazonaws.com",
    "pipes.amazonaws.com",
    "ssm.amazonaws.com",
    "codepipeline.amazonaws.com",
];

/** Role kinds (tag custody:role-kind) allowed to manage keys by declaration (seed 004 provisioner, seed 001). */
export const DEFAULT_KEY_MANAGEMENT_KINDS = ["provisioner", "key-manager"];

/** How the runtime-role rules recognise a runtime role (each rule carries these two config properties). */
export interface RuntimeRoleOptions {
    keyManagementRoleKinds: readonly string[];
    runtimeServicePrincipals: readonly string[];
}

const DEFAULT_RUNTIME_ROLE_OPTIONS: RuntimeRoleOptions = {
    keyManagementRoleKinds: DEFAULT_KEY_MANAGEMENT_KINDS,
    runtimeServicePrincipals: DEFAULT_RUNTIME_SERVICE_PRINCIPALS,
};

/** The role's trust policy, normalised; undefined when the role has none. May throw the SDK's unknown error. */
export function trustDocument(role: RoleModel): NormalizedDocument | undefined {
    const raw = role.resource.props.assumeRolePolicy;
    return raw === undefined ? undefined : parsePolicyDocument(raw);
}

export function isWebIdentityStatement(s: NormalizedStatement): boolean {
    return s.effect === "Allow" && statementMatchesAction(s, WEB_IDENTITY_ACTION);
}

function sameService(written: string, service: string): boolean {
    const n = written.toLowerCase();
    return n === service || n === `${service}.cn`;
}

/**
 * The service principals of an Allow statement that may assume the role: the statement must allow sts:AssumeRole
 * (Action/NotAction expanded). sts:TagSession alone opens no session: it is only the permission STS checks beside
 * AssumeRole when the caller passes session tags (IAM User Guide, id_session-tags.html "Permissions required to add
 * session tags"), and EKS Pod Identity calls AssumeRole with tags, so its trust needs both (EKS User Guide,
 * pod-id-role.html: "EKS Pod Identity uses AssumeRole to assume the IAM role ... uses TagSession to include session
 * tags"). A TagSession-only statement is no path in; the AssumeRole statement beside it is judged on its own.
 */
export function trustedServices(s: NormalizedStatement): string[] {
    if (s.effect !== "Allow") return [];
    if (!statementMatchesAction(s, "sts:AssumeRole")) return [];
    return s.principal?.service ?? [];
}

function trustsService(s: NormalizedStatement, service: string): boolean {
    return trustedServices(s).some(n => sameService(n, service));
}

function servicePathLabel(service: string): string {
    if (service === POD_IDENTITY_SERVICE) return `EKS Pod Identity (${service})`;
    if (service === EC2_SERVICE) return `EC2 (${service})`;
    return `service ${service}`;
}

/** The runtime paths a trust policy opens, e.g. `["web identity", "EKS Pod Identity"]`; empty for none. */
export function runtimePaths(
    trust: NormalizedDocument,
    runtimeServicePrincipals: readonly string[] = DEFAULT_RUNTIME_SERVICE_PRINCIPALS,
): string[] {
    const paths = new Set<string>();
    for (const s of trust.statements) {
        if (isWebIdentityStatement(s)) paths.add("web identity (sts:AssumeRoleWithWebIdentity)");
        for (const service of runtimeServicePrincipals) {
            if (trustsService(s, service.toLowerCase())) paths.add(servicePathLabel(service.toLowerCase()));
        }
    }
    return [...paths];
}

export function roleKind(role: RoleModel): string | undefined {
    return tagsOf(role.resource)[TAGS.roleKind];
}

export interface RuntimeVerdict {
    /** A workload assumes the role (a runtime path) and no custody:role-kind tag declares it a key-management kind. */
    runtime: boolean;
    /** A workload assumes the role, whatever its tag says. */
    workload: boolean;
    /** The runtime paths; empty when no workload assumes the role. */
    paths: string[];
    kind?: string;
    /** The tag declares a key-management kind (provisioner, key-manager). */
    declared: boolean;
}

/**
 * A runtime role is one a workload assumes (web identity, or a compute service principal such as Pod Identity,
 * EC2, ECS tasks or Lambda). The custody:role-kind tag is self-declared: a declared key-management kind
 * (`declared`) relaxes only rule 3 (runtime-role-no-kms-key-management) and the role-chaining rule, which read
 * `runtime`. Every other runtime rule reads `workload`, which no tag changes; rule 4 keeps a narrow exemption
 * for the unscopable actions a declared key manager needs (seed 001), and declared-role-kind-consistent checks
 * that the declaration is plausible (not a share grantee, not a runtime pod's role, no table data access).
 */
export function runtimeVerdict(role: RoleModel, options: Partial<RuntimeRoleOptions> = {}): RuntimeVerdict {
    const { keyManagementRoleKinds, runtimeServicePrincipals } = { ...DEFAULT_RUNTIME_ROLE_OPTIONS, ...options };
    const trust = trustDocument(role);
    const paths = trust ? runtimePaths(trust, runtimeServicePrincipals) : [];
    const kind = roleKind(role);
    const declared = kind !== undefined && keyManagementRoleKinds.includes(kind);
    return { runtime: paths.length > 0 && !declared, workload: paths.length > 0, paths, kind, declared };
}

/** `oidc.eks.<region>.amazonaws.com(.cn)/id/<ID>`: the issuer of an EKS cluster's IRSA OIDC provider. */
const EKS_OIDC_ISSUER = /^oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/id\/[A-Za-z0-9]+$/;

/**
 * The Region of the EKS cluster whose IRSA issuer this is (`oidc.eks.<region>.amazonaws.com/id/<ID>`: EKS user guide,
 * "Create an IAM OIDC provider for your cluster"), else undefined (another issuer, or a pattern).
 */
export function eksIssuerRegion(issuer: string): string | undefined {
    return EKS_OIDC_ISSUER.exec(issuer.replace(/^https:\/\//i, "").replace(/\/+$/, ""))?.[1]?.toLowerCase();
}

/** The issuer of an IAM OIDC provider ARN (`arn:<p>:iam::<acct>:oidc-provider/<issuer>`), else undefined. */
export function oidcIssuerOf(federated: string): string | undefined {
    const arn = parseArn(federated);
    return arn && arn.service === "iam" && arn.resource.startsWith("oidc-provider/")
        ? arn.resource.slice("oidc-provider/".length)
        : undefined;
}

/** Whether a Federated principal is an EKS cluster's OIDC provider (what IRSA trusts). */
export function isEksOidcProvider(federated: string): boolean {
    const issuer = oidcIssuerOf(federated);
    return issuer !== undefined && EKS_OIDC_ISSUER.test(issuer);
}

/**
 * The role name an AWS principal designates: `role/<path/>name` or an `assumed-role/<name>/<session>` session
 * (model/arn.ts roleOfPrincipal, the one place a session is read as its role). An assumed-role ARN IAM refuses (a
 * wildcard session name: arn.ts principalArnProblem, refused by iam-actions-exist) still reaches its role here, so
 * the rules asking who reaches a role err towards refusing.
 */
function principalRoleName(principal: string): { account: string; name: string } | undefined {
    const role = roleOfPrincipal(principal);
    if (role) return { account: role.account, name: role.roleName };
    const m = /^arn:[^:]+:sts::([^:]*):assumed-role\/([^/]+)/.exec(principal);
    return m ? { account: m[1], name: m[2] } : undefined;
}

/**
 * How an AWS principal reaches a role: `named` (the role's ARN, a session of it, or its name and account while
 * the ARN is unknown; names compared ignoring case, as IAM does), `account` (the root of the role's account:
 * whoever that account's policies allow) or `anyone` ("*"). Undefined when it does not reach the role.
 */
export function principalReachesRole(principal: string, role: RoleModel): "named" | "account" | "anyone" | undefined {
    if (principal === "*") return "anyone";
    if (role.arn !== undefined && principal === role.arn) return "named";
    const root = accountRootOf(principal);
    if (root !== undefined) return role.account !== undefined && root === role.account ? "account" : undefined;
    const ref = principalRoleName(principal);
    if (!ref || role.name === undefined || ref.name.toLowerCase() !== role.name.toLowerCase()) return undefined;
    return role.account === undefined || ref.account === role.account ? "named" : undefined;
}

const SA_SUBJECT = /^system:serviceaccount:([^:]+):([^:]+)$/;

export interface PinnedSubject {
    issuer: string;
    subject: string;
    namespace: string;
    serviceAccount: string;
}

/** The exact `system:serviceaccount:<ns>:<sa>` subjects pinned with StringEquals in web-identity statements. */
export function pinnedSubjects(trust: NormalizedDocument): PinnedSubject[] {
    const out: PinnedSubject[] = [];
    for (const s of trust.statements.filter(isWebIdentityStatement)) {
        for (const c of s.conditions) {
            if (c.operator.toLowerCase() !== "stringequals" || !c.keyLower.endsWith(":sub")) continue;
            for (const v of c.values) {
                const m = SA_SUBJECT.exec(v);
                if (m) out.push({ issuer: c.key.slice(0, -4), subject: v, namespace: m[1], serviceAccount: m[2] });
            }
        }
    }
    return out;
}

/** Every subject a web-identity trust admits by any operator (StringEquals or StringLike), as written. */
export function admittedSubjectPatterns(trust: NormalizedDocument): string[] {
    const out: string[] = [];
    for (const s of trust.statements.filter(isWebIdentityStatement)) {
        for (const c of s.conditions) if (c.keyLower.endsWith(":sub")) out.push(...c.values);
    }
    return out;
}

/** `role <name>`, as messages name a role of the stack. */
export function roleLabel(role: RoleModel): string {
    return `role ${role.name ?? role.resource.name}`;
}

/**
 * How a statement's principals reach a role, as written: the role by name/ARN, a `"*"` whose aws:PrincipalArn
 * condition names it, and (with `broad`) its account root or an unconditioned `"*"`. Undefined if none does.
 */
export function statementReachesRole(s: NormalizedStatement, role: RoleModel, broad: boolean): string | undefined {
    const reaches: string[] = [];
    for (const principal of s.principal?.aws ?? []) {
        const reach = principalReachesRole(principal, role);
        if (reach === "named") reaches.push(principal);
        else if (reach === "account") {
            // A root restricted by an exact aws:PrincipalArn reaches only those roles (the EKS Pod Identity
            // target-role trust; IAM User Guide, "aws:PrincipalArn"): the role itself, or nobody else.
            const pinned = pinnedValues(s, CALLER_KEYS.principalArn);
            const hit = pinned?.find(v => principalReachesRole(v, role) === "named");
            if (hit) reaches.push(`${principal} restricted by aws:PrincipalArn ${hit}`);
            else if (!pinned && broad) reaches.push(`${principal} (the account root)`);
        } else if (reach === "anyone") {
            const arns = s.conditions.filter(c => c.keyLower === "aws:principalarn").flatMap(c => c.values);
            const hit = arns.find(
                v =>
                    principalReachesRole(v, role) === "named" ||
                    (role.arn !== undefined && resourceMatches(v, role.arn)),
            );
            if (hit) reaches.push(`"*" with aws:PrincipalArn ${hit}`);
            else if (arns.length === 0 && broad) reaches.push('"*"');
        }
    }
    return reaches.length > 0 ? reaches.join(", ") : undefined;
}
