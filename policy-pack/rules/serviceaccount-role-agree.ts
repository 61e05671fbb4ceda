/**
 * The Kubernetes side of a role's binding agrees with the IAM side (seeds 000, 002, 004): an IRSA ServiceAccount's
 * annotation, and an EKS Pod Identity association, each name a role of the stack whose trust pins exactly that
 * ServiceAccount (and, for Pod Identity, that cluster).
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    clusterNameOf,
    isPodIdentityStatement,
    isWebIdentityStatement,
    NormalizedDocument,
    parseArn,
    pinnedSubjects,
    podIdentityLabel,
    podIdentityPins,
    PodIdentitySubject,
    podIdentitySubjects,
    resourceRegion,
    roleLabel,
    RoleModel,
    roleNameOf,
    StackResource,
    trustDocument,
    TYPES,
    writtenOperator,
} from "../model";
import { placedNamespace, plainResources } from "../engine";
import { UNKNOWN_STRING_SENTINEL, UnknownValueError } from "../model/unknowns";
import { StackContext, stackContext } from "./common";
import { defineConfig } from "./config";

/**
 * What a trust pins, for messages: the subjects pinned with StringEquals, or, when none is, what its :sub conditions
 * are written with instead (a ForAnyValue:StringEquals or StringEqualsIgnoreCase pin may name one ServiceAccount; the
 * pack reads only the StringEquals form, role-trust-pinned's DECIDED pin form), never a false "no ServiceAccount".
 */
function pinsText(trust: NormalizedDocument | undefined, subjects: readonly string[]): string {
    if (subjects.length > 0) return subjects.join(", ");
    const ops = new Set<string>();
    for (const s of trust?.statements.filter(isWebIdentityStatement) ?? [])
        for (const c of s.conditions)
            if (c.keyLower.endsWith(":sub") && c.operator.toLowerCase() !== "stringequals") ops.add(writtenOperator(c));
    return ops.size > 0
        ? `no ServiceAccount with StringEquals (its :sub is written with ${[...ops].join(", ")}; write the pin as StringEquals on :sub with the exact subject, the one pin form the pack reads)`
        : "no ServiceAccount";
}

export const ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";

/**
 * Where a ServiceAccount is created: metadata.namespace, else its Kubernetes provider's `namespace` (engine/
 * k8sNamespace.ts placedNamespace: pulumi-kubernetes Provider `namespace`, "If present, the default namespace to
 * use"), else "default". Unknown during the preview (either), it is read as the SDK's unknown (an advisory; the
 * ServiceAccount stays undecided: any namespace).
 */
function saNamespace(sa: StackResource): string {
    const ns = placedNamespace(plainResources([sa])[0]);
    if (ns === "*") throw new UnknownValueError(UNKNOWN_STRING_SENTINEL, ["metadata", "namespace"]);
    return ns;
}

/**
 * A ServiceAccount's (or ServiceAccountPatch's: model.serviceAccounts) namespace, name and IRSA role annotation, and
 * how messages name the object.
 */
function saIdentity(sa: StackResource): { namespace: string; name: string; roleArn?: string; kind: string } {
    const md = sa.props.metadata ?? {};
    const annotations = md.annotations ?? {};
    const roleArn = annotations[ROLE_ARN_ANNOTATION];
    return {
        namespace: saNamespace(sa),
        name: String(md.name ?? sa.name),
        roleArn: roleArn === undefined ? undefined : String(roleArn),
        kind: sa.type === TYPES.serviceAccountPatch ? "ServiceAccountPatch" : "ServiceAccount",
    };
}

/** The role an annotation names: by ARN when the role's ARN is known, else by name (and account) in the ARN. */
function roleForAnnotation(roles: readonly RoleModel[], roleArn: string): RoleModel | undefined {
    const byArn = roles.find(r => r.arn !== undefined && r.arn === roleArn);
    if (byArn) return byArn;
    const parsed = parseArn(roleArn);
    const name = roleNameOf(roleArn);
    if (!parsed || !name) return undefined;
    return roles.find(
        r => r.arn === undefined && r.name === name && (r.account === undefined || r.account === parsed.account),
    );
}

/**
 * The ServiceAccounts an AWS add-on's `serviceAccountRoleArn` is bound to, and its default namespace: EKS annotates
 * the add-on's own ServiceAccounts with the role (EKS API CreateAddon, serviceAccountRoleArn: "an existing IAM role
 * to bind to the add-on's service account"). Names from each add-on's page of the EKS user guide ("Required IAM
 * permissions": the eksctl create iamserviceaccount command): vpc-cni, aws-ebs-csi-driver, aws-efs-csi-driver (its
 * trust covers efs-csi-*: the controller and the node ServiceAccounts), aws-mountpoint-s3-csi-driver
 * ("Mountpoint for Amazon S3 CSI Driver"), amazon-cloudwatch-observability. `namespaceConfig.namespace` replaces the
 * namespace ("Custom namespace for add-ons").
 */
const ADDON_SERVICE_ACCOUNTS: Record<string, { namespace: string; names: string[] }> = {
    "vpc-cni": { namespace: "kube-system", names: ["aws-node"] },
    "aws-ebs-csi-driver": { namespace: "kube-system", names: ["ebs-csi-controller-sa"] },
    "aws-efs-csi-driver": { namespace: "kube-system", names: ["efs-csi-controller-sa", "efs-csi-node-sa"] },
    "aws-mountpoint-s3-csi-driver": { namespace: "kube-system", names: ["s3-csi-driver-sa"] },
    "amazon-cloudwatch-observability": { namespace: "amazon-cloudwatch", names: ["cloudwatch-agent"] },
};

/** The namespace an add-on runs in: its namespaceConfig, else the add-on's default (when the pack knows it). */
function addonNamespace(p: Record<string, any>, addonName: string): string | undefined {
    const custom = p.namespaceConfig?.namespace;
    return custom !== undefined && custom !== null && custom !== ""
        ? String(custom)
        : ADDON_SERVICE_ACCOUNTS[addonName]?.namespace;
}

const serviceAccountRoleAgreeConfig = defineConfig({
    requireServiceAccountForEveryWebIdentityRole: { type: "boolean", default: true },
    requireAssociationForEveryPodIdentityRole: {
        type: "boolean",
        default: true,
        description:
            "When the stack creates Pod Identity associations, every role whose trust pins a Pod Identity subject has one.",
    },
});

/** What an association binds, as read from its inputs. */
interface Association {
    resource: StackResource;
    /** How messages name it. */
    label: string;
    clusterName: string;
    /**
     * The cluster's Region: the resource's own `region` (@pulumi/aws 7), else its provider's (model/resources.ts
     * resourceRegion); undefined when unknown. A cluster is regional, its ARN `arn:aws:eks:<region>:<account>:
     * cluster/<name>` (EKS User Guide, "EKS Pod Identity session tags", eks-cluster-arn), so a same-named cluster of
     * another Region is another cluster.
     */
    region?: string;
    namespace: string;
    serviceAccount: string;
    roleArn: string;
    targetRoleArn?: string;
    disableSessionTags: boolean;
    policy?: unknown;
}

function readAssociation(r: StackResource): Association {
    const p = r.props;
    const clusterName = String(p.clusterName);
    const namespace = String(p.namespace);
    const serviceAccount = String(p.serviceAccount);
    return {
        resource: r,
        label: `PodIdentityAssociation ${namespace}/${serviceAccount} (cluster ${clusterName}${regionText(r)})`,
        clusterName,
        region: resourceRegion(r),
        namespace,
        serviceAccount,
        roleArn: String(p.roleArn),
        targetRoleArn: p.targetRoleArn === undefined || p.targetRoleArn === null ? undefined : String(p.targetRoleArn),
        disableSessionTags: p.disableSessionTags === true || p.disableSessionTags === "true",
        policy: p.policy === undefined || p.policy === null || p.policy === "" ? undefined : p.policy,
    };
}

/** ", <region>" for a resource whose own `region` is set (@pulumi/aws 7), for messages. */
function regionText(r: StackResource): string {
    const own = r.props.region;
    return typeof own === "string" && own !== "" ? `, ${own}` : "";
}

/**
 * Whether two clusters, each named and in a Region (undefined: unknown), may be one cluster: same name, and Regions
 * that may be equal (an unknown one may be any: fail closed).
 */
function mayBeSameCluster(a: { clusterName: string; region?: string }, b: { clusterName: string; region?: string }) {
    return (
        a.clusterName === b.clusterName && (a.region === undefined || b.region === undefined || a.region === b.region)
    );
}

const TAG_FIX = (a: Association) =>
    `write "StringEquals": {"aws:RequestTag/eks-cluster-arn": ["arn:aws:eks:<region>:<account>:cluster/${a.clusterName}"], "aws:RequestTag/kubernetes-namespace": ["${a.namespace}"], "aws:RequestTag/kubernetes-service-account": ["${a.serviceAccount}"]}`;

function uniqueSubjects(subjects: PodIdentitySubject[]): PodIdentitySubject[] {
    const seen = new Map<string, PodIdentitySubject>();
    for (const s of subjects) seen.set(JSON.stringify([s.clusterArn, s.namespace, s.serviceAccount]), s);
    return [...seen.values()];
}

/**
 * Whether the role's pinned Pod Identity subject is exactly the association's: cluster by name and Region (its ARN is
 * not an input; the pinned ARN's Region must be the association's when that is known: EKS tags the session with the
 * cluster's own ARN, "EKS Pod Identity session tags").
 */
function bindsExactly(subjects: PodIdentitySubject[], a: Association): boolean {
    const pinned = subjects.length === 1 ? subjects[0] : undefined;
    if (pinned === undefined || pinned.namespace !== a.namespace || pinned.serviceAccount !== a.serviceAccount)
        return false;
    const clusterName = clusterNameOf(pinned.clusterArn);
    const region = parseArn(pinned.clusterArn)?.region;
    return clusterName === a.clusterName && (a.region === undefined || region === a.region);
}

/**
 * Every PodIdentityAssociation names a role of the stack whose trust pins exactly its cluster, namespace and
 * ServiceAccount; across accounts, the target role trusts exactly the association role with the same pins. Session
 * tags stay on (they are the only pins), so no association policy; one subject per role.
 */
function checkAssociations(
    ctx: StackContext,
    requireAssociation: boolean,
    report: (message: string, urn: string) => void,
): void {
    const { model, unknowns } = ctx;
    const seen: { role: RoleModel; a: Association }[] = [];
    // Associations whose inputs are known: while one is unknown (first preview), no role is called unbound.
    let decided = 0;
    let associations = 0;
    // An add-on's podIdentityAssociations are associations EKS creates in the add-on's namespace (EKS API
    // AddonPodIdentityAssociations: "A type of EKS Pod Identity association owned by an Amazon EKS add-on"), judged
    // like the stack's own.
    const resources = model.resources.filter(r => r.type === TYPES.podIdentityAssociation || r.type === TYPES.eksAddon);
    const read = (resource: StackResource): Association[] => {
        if (resource.type === TYPES.podIdentityAssociation) return [readAssociation(resource)];
        const p = resource.props;
        const addonName = String(p.addonName);
        const clusterName = String(p.clusterName);
        const namespace = addonNamespace(p, addonName);
        const entries: unknown[] = Array.isArray(p.podIdentityAssociations) ? p.podIdentityAssociations : [];
        return entries.flatMap(raw => {
            const e = { roleArn: String((raw as any).roleArn), serviceAccount: String((raw as any).serviceAccount) };
            const where = `EKS add-on ${resource.name} (${addonName})`;
            if (namespace === undefined) {
                report(
                    `${where} associates ${e.roleArn} with ServiceAccount ${e.serviceAccount} in its own namespace, which the pack does not know for this add-on: set namespaceConfig.namespace so the namespace the role's trust must pin is explicit`,
                    resource.urn,
                );
                return [];
            }
            return [
                {
                    resource,
                    label: `${where}'s Pod Identity association ${namespace}/${e.serviceAccount} (cluster ${clusterName})`,
                    clusterName,
                    region: resourceRegion(resource),
                    namespace,
                    serviceAccount: e.serviceAccount,
                    roleArn: e.roleArn,
                    disableSessionTags: false,
                },
            ];
        });
    };
    for (const resource of resources) {
        unknowns.run(() => {
            const list = read(resource);
            decided++;
            associations += list.length;
            for (const a of list) checkAssociation(a);
        });
    }
    function checkAssociation(a: Association): void {
        const resource = a.resource;
        const label = a.label;
        if (a.disableSessionTags) {
            report(
                `${label} sets disableSessionTags: true: EKS then sends no kubernetes-namespace, kubernetes-service-account or eks-cluster-arn tag, which are the only pins a custody role's trust can have; remove disableSessionTags (or set it false)`,
                resource.urn,
            );
        }
        if (a.policy !== undefined) {
            report(
                `${label} sets an association policy: a policy can only narrow the role's access, but EKS accepts it only with disableSessionTags: true, which removes the session tags that pin the custody role's trust; remove the policy and narrow the role's own permissions instead`,
                resource.urn,
            );
        }
        const role = roleForAnnotation(model.roles, a.roleArn);
        if (!role) {
            report(
                `${label} names ${a.roleArn}, which is not a role of this stack: nothing here proves who else that role trusts or what it may do; associate a role of this stack whose trust pins this ServiceAccount`,
                resource.urn,
            );
            return;
        }
        const trust = trustDocument(role);
        // One subject pinned by several statements (sts:AssumeRole and sts:TagSession written apart, IAM OR-ing
        // them) is still one subject.
        const pinned = trust ? uniqueSubjects(podIdentitySubjects(trust)) : [];
        if (!bindsExactly(pinned, a)) {
            const has = pinned.length ? pinned.map(podIdentityLabel).join(", ") : "no Pod Identity subject";
            report(
                `${label} binds ${roleLabel(role)}, whose trust pins ${has} instead of exactly ${a.namespace}/${a.serviceAccount} of cluster ${a.clusterName}: in its pods.eks.amazonaws.com statement ${TAG_FIX(a)}`,
                resource.urn,
            );
        }
        for (const other of seen.filter(x => x.role === role)) {
            const same =
                other.a.namespace === a.namespace &&
                other.a.serviceAccount === a.serviceAccount &&
                mayBeSameCluster(other.a, a);
            report(
                same
                    ? `${label} repeats an association of ${roleLabel(role)}: EKS allows one association per ServiceAccount per cluster; remove one`
                    : `${label} is a second association of ${roleLabel(role)} (already bound to ${other.a.namespace}/${other.a.serviceAccount} of cluster ${other.a.clusterName}): a role belongs to exactly one ServiceAccount; give each ServiceAccount its own role`,
                resource.urn,
            );
        }
        seen.push({ role, a });
        if (a.targetRoleArn !== undefined) checkTarget(model.roles, a, role, label, report);
    }
    if (!requireAssociation || associations === 0 || decided < resources.length) return;
    for (const role of model.roles) {
        unknowns.run(() => {
            const trust = trustDocument(role);
            if (!trust || !trust.statements.some(isPodIdentityStatement)) return;
            if (seen.some(x => x.role === role || roleForAnnotation([role], x.a.targetRoleArn ?? "") === role)) return;
            for (const subject of podIdentitySubjects(trust)) {
                report(
                    `${roleLabel(role)} trusts EKS Pod Identity for ${podIdentityLabel(subject)}, but this stack has no PodIdentityAssociation binding that ServiceAccount to the role`,
                    role.urn,
                );
            }
        });
    }
}

/** The target role (another account than the cluster) trusts exactly the association role, with the same tag pins. */
function checkTarget(
    roles: readonly RoleModel[],
    a: Association,
    associationRole: RoleModel,
    label: string,
    report: (message: string, urn: string) => void,
): void {
    const target = roleForAnnotation(roles, a.targetRoleArn!);
    if (!target) {
        report(
            `${label} chains to ${a.targetRoleArn}, which is not a role of this stack; target a role of this stack whose trust names the association role`,
            a.resource.urn,
        );
        return;
    }
    const trust = trustDocument(target);
    const associationArn = associationRole.arn ?? a.roleArn;
    const chains = (trust?.statements ?? []).filter(
        s =>
            s.effect === "Allow" &&
            s.conditions.some(
                c =>
                    c.keyLower === "aws:principalarn" &&
                    ["arnequals", "stringequals"].includes(c.operator.toLowerCase()) &&
                    c.values.length === 1 &&
                    c.values[0] === associationArn,
            ),
    );
    const pinned = chains.flatMap(s => {
        const { subject } = podIdentityPins(s);
        return subject ? [subject] : [];
    });
    if (chains.length === 0) {
        report(
            `${label} targets ${roleLabel(target)}, whose trust does not restrict the caller to the association role: write "ArnEquals": {"aws:PrincipalArn": ["${associationArn}"]} with sts:AssumeRole and sts:TagSession (EKS user guide, pod-id-assign-target-role.html)`,
            a.resource.urn,
        );
    } else if (!bindsExactly(pinned, a)) {
        report(
            `${label} targets ${roleLabel(target)}, whose trust of the association role does not pin exactly ${a.namespace}/${a.serviceAccount} of cluster ${a.clusterName}: ${TAG_FIX(a)}`,
            a.resource.urn,
        );
    }
}

/**
 * Rule 9. Seed 000: the ServiceAccount `validators/containment-chamber` is annotated with the role ARN and the
 * role's trust pins `system:serviceaccount:validators:containment-chamber`. If the two disagree the pod gets
 * no credentials (or, worse, another pod's); if the annotation names a role outside the stack, nothing here
 * proves what that role may do.
 */
export const serviceAccountRoleAgree: StackValidationPolicy = {
    name: "serviceaccount-role-agree",
    description:
        "A ServiceAccount's eks.amazonaws.com/role-arn, an EKS PodIdentityAssociation, and an AWS add-on's serviceAccountRoleArn or podIdentityAssociations name a role of this stack whose trust pins exactly that ServiceAccount (and cluster); associations keep session tags, carry no policy, one subject per role; each web-identity role's ServiceAccount exists when the stack manages ServiceAccounts (seed 000).",
    enforcementLevel: "mandatory",
    severity: "medium",
    remediationSteps:
        "Annotate each ServiceAccount (or associate it, for EKS Pod Identity) with the stack role whose trust pins exactly that ServiceAccount and cluster, keep the association's session tags, and create the ServiceAccount of every pinned subject.",
    configSchema: serviceAccountRoleAgreeConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = serviceAccountRoleAgreeConfig.read(args);
        const ctx = await stackContext(args);
        const { model, unknowns } = ctx;
        const annotated: { sa: ReturnType<typeof saIdentity>; role: RoleModel }[] = [];
        // ServiceAccounts whose identity or annotation is unknown during preview. A role pinned to one of them
        // cannot be judged yet: it is left to the unknown advisory, never reported as missing its ServiceAccount.
        const undecided: { namespace?: string; name?: string }[] = [];
        for (const saResource of model.serviceAccounts) {
            unknowns.run(() => {
                const pending: { namespace?: string; name?: string } = {};
                undecided.push(pending);
                const md = saResource.props.metadata ?? {};
                pending.namespace = saNamespace(saResource);
                pending.name = String(md.name ?? saResource.name);
                const sa = saIdentity(saResource);
                undecided.pop();
                if (sa.roleArn === undefined) return;
                const subject = `system:serviceaccount:${sa.namespace}:${sa.name}`;
                const role = roleForAnnotation(model.roles, sa.roleArn);
                if (!role) {
                    reportViolation(
                        `${sa.kind} ${sa.namespace}/${sa.name} is annotated with ${sa.roleArn}, which is not a role of this stack`,
                        saResource.urn,
                    );
                    return;
                }
                annotated.push({ sa, role });
                const trust = trustDocument(role);
                // One subject per ServiceAccount: the same namespace/name pinned on two clusters' issuers (a blue/green
                // migration, IAM trust statements being OR'ed) is still exactly this ServiceAccount; which issuers
                // may use it is custody-effective-access's question (the custody model lists each one).
                const subjects = trust ? [...new Set(pinnedSubjects(trust).map(p => p.subject))] : [];
                if (subjects.length !== 1 || subjects[0] !== subject) {
                    reportViolation(
                        `${sa.kind} ${sa.namespace}/${sa.name} uses ${roleLabel(role)}, whose trust pins ${pinsText(trust, subjects)} instead of exactly ${subject}`,
                        saResource.urn,
                    );
                }
            });
        }
        // An add-on's serviceAccountRoleArn is the annotation EKS writes on the add-on's own ServiceAccounts: judged
        // like a ServiceAccount of the stack annotated with that role.
        for (const addonResource of model.resources.filter(r => r.type === TYPES.eksAddon)) {
            // Until its name, namespace and role are known, the add-on may bind any ServiceAccount (first preview).
            const pending: { namespace?: string; name?: string }[] = [{}];
            undecided.push(...pending);
            unknowns.run(() => {
                const p = addonResource.props;
                const addonName = String(p.addonName);
                const known = ADDON_SERVICE_ACCOUNTS[addonName];
                const namespace = addonNamespace(p, addonName);
                const raw = p.serviceAccountRoleArn;
                for (const u of pending) undecided.splice(undecided.indexOf(u), 1);
                if (raw === undefined || raw === null || raw === "") return;
                const roleArn = String(raw);
                const where = `EKS add-on ${addonResource.name} (${addonName})`;
                if (!known || namespace === undefined) {
                    reportViolation(
                        `${where} binds ${roleArn} (serviceAccountRoleArn) to its own ServiceAccount, which the pack does not know for this add-on (it knows those of ${Object.keys(ADDON_SERVICE_ACCOUNTS).join(", ")}): so no trust can be checked against it; bind the role with podIdentityAssociations and namespaceConfig.namespace, which name the ServiceAccount`,
                        addonResource.urn,
                    );
                    return;
                }
                const sas = known.names.map(name => ({ namespace, name, roleArn, kind: "ServiceAccount" }));
                const names = sas.map(sa => `${sa.namespace}/${sa.name}`).join(" and ");
                const role = roleForAnnotation(model.roles, roleArn);
                if (!role) {
                    reportViolation(
                        `${where} binds ${roleArn} (serviceAccountRoleArn) to ServiceAccount ${names}, which is not a role of this stack`,
                        addonResource.urn,
                    );
                    return;
                }
                for (const sa of sas) annotated.push({ sa, role });
                const trust = trustDocument(role);
                const subjects = trust ? pinnedSubjects(trust).map(x => x.subject) : [];
                const own = sas.map(sa => `system:serviceaccount:${sa.namespace}:${sa.name}`);
                if (subjects.length === 0 || subjects.some(x => !own.includes(x))) {
                    reportViolation(
                        `${where} binds ${roleLabel(role)} (serviceAccountRoleArn) to its ServiceAccount ${names}, whose trust pins ${pinsText(trust, subjects)} instead of only ${own.join(" or ")}`,
                        addonResource.urn,
                    );
                }
            });
        }
        if (cfg.requireServiceAccountForEveryWebIdentityRole && model.serviceAccounts.length > 0) {
            for (const role of model.roles) {
                unknowns.run(() => {
                    const trust = trustDocument(role);
                    if (!trust) return;
                    for (const pinned of pinnedSubjects(trust)) {
                        const sa = annotated.find(
                            a =>
                                a.role === role &&
                                a.sa.namespace === pinned.namespace &&
                                a.sa.name === pinned.serviceAccount,
                        );
                        const maybe = undecided.some(
                            u =>
                                (u.namespace === undefined || u.namespace === pinned.namespace) &&
                                (u.name === undefined || u.name === pinned.serviceAccount),
                        );
                        if (!sa && !maybe) {
                            reportViolation(
                                `${roleLabel(role)} trusts ${pinned.subject}, but this stack has no ServiceAccount ${pinned.namespace}/${pinned.serviceAccount} (or ServiceAccountPatch of it) annotated with the role`,
                                role.urn,
                            );
                        }
                    }
                });
            }
        }
        checkAssociations(ctx, cfg.requireAssociationForEveryPodIdentityRole, reportViolation);
        unknowns.finish();
    },
};
