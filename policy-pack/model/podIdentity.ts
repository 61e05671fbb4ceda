/**
 * EKS Pod Identity as the pack reads it: a trust statement for `pods.eks.amazonaws.com` (or, for a role in another
 * account than the cluster, the cluster account's root restricted by aws:PrincipalArn to the association role) is
 * pinned only by the session tags EKS sets (EKS user guide, pod-id-abac.html: eks-cluster-arn, eks-cluster-name,
 * kubernetes-namespace, kubernetes-service-account, kubernetes-pod-name, kubernetes-pod-uid). The accepted form is
 * StringEquals with one exact value on the cluster ARN, the namespace and the ServiceAccount (pod-id-role.html,
 * pod-id-assign-target-role.html); a one-element list, as AWS writes it, is one value.
 */
import { hasWildcard } from "./glob";
import { NormalizedDocument, NormalizedStatement, writtenOperator } from "./document";
import { POD_IDENTITY_SERVICE, trustedServices } from "./roles";

/** The three pins, each with how to write it. */
export const POD_IDENTITY_PINS = [
    {
        key: "aws:RequestTag/eks-cluster-arn",
        what: "the cluster",
        example: "arn:aws:eks:<region>:<account>:cluster/<name>",
    },
    { key: "aws:RequestTag/kubernetes-namespace", what: "the namespace", example: "<namespace>" },
    { key: "aws:RequestTag/kubernetes-service-account", what: "the ServiceAccount", example: "<service-account>" },
] as const;

export interface PodIdentitySubject {
    clusterArn: string;
    namespace: string;
    serviceAccount: string;
}

/** An Allow statement EKS Pod Identity can use directly: Service pods.eks.amazonaws.com (or its .cn form). */
export function isPodIdentityStatement(s: NormalizedStatement): boolean {
    return trustedServices(s).some(n => {
        const l = n.toLowerCase();
        return l === POD_IDENTITY_SERVICE || l === `${POD_IDENTITY_SERVICE}.cn`;
    });
}

/** The exact value a statement pins `key` to with StringEquals, or the problem with how to write the pin. */
function exactPin(
    s: NormalizedStatement,
    pin: (typeof POD_IDENTITY_PINS)[number],
): { value?: string; problem?: string } {
    const keyLower = pin.key.toLowerCase();
    const fix = `write "Condition": {"StringEquals": {"${pin.key}": ["${pin.example}"]}} (one exact value)`;
    const clauses = s.conditions.filter(c => c.keyLower === keyLower);
    if (clauses.length === 0) {
        return { problem: `does not pin ${pin.what}: no condition on ${pin.key}; ${fix}` };
    }
    for (const c of clauses) {
        if (c.operator.toLowerCase() !== "stringequals") {
            return {
                problem: `pins ${pin.what} with ${writtenOperator(c)} ${pin.key}, which admits more than one value (a pattern, a set, or the key's absence); ${fix}`,
            };
        }
    }
    const values = [...new Set(clauses.flatMap(c => c.values))];
    if (values.length !== 1) {
        return { problem: `admits ${values.length} values of ${pin.key} (${values.join(", ")}); ${fix}` };
    }
    if (hasWildcard(values[0])) {
        return { problem: `pins ${pin.key} to "${values[0]}", which contains a wildcard; ${fix}` };
    }
    return { value: values[0] };
}

/** The subject a Pod Identity (or target-role) statement pins, or what is missing, each with how to write it. */
export function podIdentityPins(s: NormalizedStatement): { subject?: PodIdentitySubject; problems: string[] } {
    const [cluster, namespace, sa] = POD_IDENTITY_PINS.map(pin => exactPin(s, pin));
    const problems = [cluster, namespace, sa].flatMap(p => (p.problem ? [p.problem] : []));
    if (
        cluster.value !== undefined &&
        !/^arn:aws[a-z-]*:eks:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]+$/.test(cluster.value)
    ) {
        problems.push(
            `pins aws:RequestTag/eks-cluster-arn to "${cluster.value}", which is not an EKS cluster ARN; write arn:aws:eks:<region>:<account>:cluster/<name>`,
        );
    }
    if (problems.length > 0) return { problems };
    return {
        subject: { clusterArn: cluster.value!, namespace: namespace.value!, serviceAccount: sa.value! },
        problems,
    };
}

/** The fully pinned Pod Identity subjects of a trust (statements trusting pods.eks.amazonaws.com). */
export function podIdentitySubjects(trust: NormalizedDocument): PodIdentitySubject[] {
    return trust.statements.filter(isPodIdentityStatement).flatMap(s => {
        const { subject } = podIdentityPins(s);
        return subject ? [subject] : [];
    });
}

/** `ns/sa of cluster <arn>`, as messages name a Pod Identity subject. */
export function podIdentityLabel(s: PodIdentitySubject): string {
    return `${s.namespace}/${s.serviceAccount} of cluster ${s.clusterArn}`;
}

/** The cluster name of an EKS cluster ARN. */
export function clusterNameOf(clusterArn: string): string | undefined {
    return /:cluster\/([^/]+)$/.exec(clusterArn)?.[1];
}
