/**
 * The principals of the access graph: who can act on a custody asset or become a role. Identities the stack
 * defines (roles, users, groups), principals outside it named by ARN, whole accounts, and the workload subjects
 * that identify a caller to AWS (an IRSA ServiceAccount, a Pod Identity association, EC2 instances, a service).
 * Each node has a stable key (for sets and maps) and a label for messages.
 */
import { accountRootArn } from "../model/arn";

export type PrincipalNode =
    /** A role this stack creates. */
    | {
          kind: "role";
          urn: string;
          name?: string;
          arn?: string;
          account?: string;
          /** Its `permissionsBoundary` is known to be set (model/boundary.ts hasKnownBoundary). */
          bounded?: boolean;
      }
    /** An IAM user or group this stack grants something to. */
    | { kind: "user" | "group"; urn: string; name?: string; arn?: string; account?: string }
    /** A principal outside the stack named by ARN (role, user, assumed-role session). */
    | { kind: "external"; arn: string; account?: string }
    /** `arn:...:root` or a bare account id: every identity of the account that its own IAM policies allow. */
    | { kind: "account-root"; account: string }
    /** `"*"` pinned to an account: every identity of the account, whatever its IAM policies say. */
    | { kind: "account-any"; account: string; why: string }
    /** `"*"` pinned to an organisation: every identity of every account in it. */
    | { kind: "org"; orgId: string }
    /** Anyone (`"*"` not pinned by a condition that really restricts, or Allow + NotPrincipal). */
    | { kind: "anyone"; why: string }
    /** IRSA: one ServiceAccount of one OIDC issuer (host/path). */
    | { kind: "irsa"; issuer: string; namespace: string; serviceAccount: string }
    /** An OIDC issuer's tokens whose subject the trust does not pin to one ServiceAccount. */
    | { kind: "oidc-any"; issuer: string; why: string }
    /**
     * EKS Pod Identity pinned to one cluster, namespace and ServiceAccount. `anyCasing`: the cluster ARN was pinned
     * only without case (StringEqualsIgnoreCase), so the node is the ServiceAccount of every cluster whose ARN is
     * `clusterArn` in some casing: EKS cluster names are case-sensitive, each casing another cluster.
     */
    | { kind: "pod-identity"; clusterArn: string; namespace: string; serviceAccount: string; anyCasing?: boolean }
    /** Any pod of any cluster of the account (an unpinned `pods.eks.amazonaws.com`), or every pod on a node. */
    | { kind: "pod-any"; account?: string; why: string }
    /** EC2 instances of an account (an instance profile of the role). */
    | { kind: "ec2"; account: string }
    /** Another AWS service principal assuming the role or named by a resource policy. */
    | { kind: "service"; service: string; account?: string }
    /** An AWS service acting for callers of one account (a key policy's `kms:ViaService` + caller account). */
    | { kind: "via-service"; service: string; account: string }
    /** A SAML provider, a non-EKS web identity, Cognito, a canonical user: callers the stack cannot name. */
    | { kind: "federated"; provider: string }
    /** A Kubernetes subject of an RBAC binding, an access entry or aws-auth (user, group or ServiceAccount). */
    | { kind: "k8s"; subjectKind: "User" | "Group" | "ServiceAccount"; name: string; namespace?: string };

/** An OIDC issuer as IAM names it: host/path, no scheme, no trailing slash, compared case-insensitively. */
export function normalizeIssuer(issuer: string): string {
    return issuer
        .replace(/^https:\/\//, "")
        .replace(/\/$/, "")
        .toLowerCase();
}

export function nodeKey(n: PrincipalNode): string {
    switch (n.kind) {
        case "role":
        case "user":
        case "group":
            return `${n.kind}:${n.urn}`;
        case "external":
            return `external:${n.arn}`;
        case "account-root":
            return `account-root:${n.account}`;
        case "account-any":
            return `account-any:${n.account}:${n.why}`;
        case "org":
            return `org:${n.orgId}`;
        case "anyone":
            return `anyone:${n.why}`;
        case "irsa":
            return `irsa:${n.issuer.toLowerCase()}:${n.namespace}:${n.serviceAccount}`;
        case "oidc-any":
            return `oidc-any:${n.issuer.toLowerCase()}:${n.why}`;
        case "pod-identity":
            return `pod-identity:${n.clusterArn}${n.anyCasing ? " (any casing)" : ""}:${n.namespace}:${n.serviceAccount}`;
        case "pod-any":
            return `pod-any:${n.account ?? "*"}:${n.why}`;
        case "ec2":
            return `ec2:${n.account}`;
        case "service":
            return `service:${n.service.toLowerCase()}:${n.account ?? "*"}`;
        case "via-service":
            return `via-service:${n.service.toLowerCase()}:${n.account}`;
        case "federated":
            return `federated:${n.provider}`;
        case "k8s":
            return `k8s:${n.subjectKind}:${n.namespace ?? ""}:${n.name}`;
    }
}

export function nodeLabel(n: PrincipalNode): string {
    switch (n.kind) {
        case "role":
            return `role ${n.name ?? n.urn.split("::").pop()}`;
        case "user":
        case "group":
            return `${n.kind} ${n.name ?? "(name unknown during preview)"}`;
        case "external":
            return `${n.arn} (outside this stack)`;
        case "account-root":
            return `account ${n.account} (any identity its IAM policies allow)`;
        case "account-any":
            return `every identity of account ${n.account} (${n.why})`;
        case "org":
            return `every account of organization ${n.orgId}`;
        case "anyone":
            return `anyone (${n.why})`;
        case "irsa":
            return `ServiceAccount ${n.namespace}/${n.serviceAccount} (IRSA, issuer ${n.issuer})`;
        case "oidc-any":
            return `any token of OIDC issuer ${n.issuer} (${n.why})`;
        case "pod-identity":
            return `ServiceAccount ${n.namespace}/${n.serviceAccount} (EKS Pod Identity, cluster ${n.clusterArn}${
                n.anyCasing
                    ? " in any casing: the trust compares aws:RequestTag/eks-cluster-arn without case, and EKS cluster names are case-sensitive, so every other casing is another cluster"
                    : ""
            })`;
        case "pod-any":
            return `any pod (${n.why})`;
        case "ec2":
            return `EC2 instances of account ${n.account}`;
        case "service":
            return `service ${n.service}${n.account ? ` for account ${n.account}` : ""}`;
        case "via-service":
            return `${n.service} on behalf of account ${n.account}`;
        case "federated":
            return `federated principal ${n.provider}`;
        case "k8s":
            return `Kubernetes ${n.subjectKind} ${n.namespace ? `${n.namespace}/` : ""}${n.name}`;
    }
}

/** The principal ARN of an identity node, when it has one (for model `principal` subjects). */
export function nodeArn(n: PrincipalNode): string | undefined {
    switch (n.kind) {
        case "role":
        case "user":
        case "group":
            return n.arn;
        case "external":
            return n.arn;
        case "account-root":
            return accountRootArn(n.account);
        default:
            return undefined;
    }
}

/** Nodes that stand for one identity the stack defines: who becomes them is itself judged. */
export function isStackIdentity(n: PrincipalNode): n is Extract<PrincipalNode, { kind: "role" | "user" | "group" }> {
    return n.kind === "role" || n.kind === "user" || n.kind === "group";
}
