/**
 * Where the Pulumi Kubernetes provider puts a namespaced object: read the same way by every rule (engine/kubernetes.ts
 * RBAC, opaque.ts ReferenceGrants and runtime namespaces, rules/declared-role-kind-consistent.ts).
 */
import type { StackResource } from "../model/resources";
import { containsUnknown, isUnknown, str } from "./raw";

/**
 * Kinds Kubernetes serves cluster-scoped (no namespace: Kubernetes "Namespaces", "Not all objects are in a
 * namespace"; `kubectl api-resources --namespaced=false`), which the Pulumi provider's `namespace` does not place.
 */
export const CLUSTER_SCOPED_KINDS = new Set([
    "Namespace",
    "Node",
    "PersistentVolume",
    "ClusterRole",
    "ClusterRoleBinding",
    "CustomResourceDefinition",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding",
    "StorageClass",
    "CSIDriver",
    "CSINode",
    "VolumeAttachment",
    "PriorityClass",
    "RuntimeClass",
    "IngressClass",
    "APIService",
    "CertificateSigningRequest",
    "FlowSchema",
    "PriorityLevelConfiguration",
]);

/**
 * Round 90: the resources of CLUSTER_SCOPED_KINDS as RBAC rules name them (lower-case plurals: nodes, storageclasses,
 * certificatesigningrequests), and `signers`, the resource CSR approval is authorised on with no namespace (Kubernetes
 * "Certificate Signing Requests", "Authorization": approve on signers). A request for one carries no namespace
 * (Kubernetes "Using RBAC Authorization", "ClusterRole": cluster-scoped resources "like nodes"), but the Namespace's
 * own (asked in itself).
 */
export const CLUSTER_SCOPED_RESOURCES = new Set([
    ...[...CLUSTER_SCOPED_KINDS].map(kind => {
        const lower = kind.toLowerCase();
        return lower.endsWith("s") ? `${lower}es` : `${lower}s`;
    }),
    "signers",
]);

/**
 * The namespace a namespaced object is created in, as the Pulumi Kubernetes provider places it: its
 * metadata.namespace, else the `namespace` input of its explicit provider (pulumi-kubernetes Provider `namespace`:
 * "If present, the default namespace to use. This flag is ignored for cluster-scoped resources"; precedence
 * `.metadata.namespace`, then the provider's `namespace`, then the kubeconfig context's namespace, pulumi-kubernetes
 * #1896). Undefined when the pack cannot know it: either unknown during the preview, or neither is set (the
 * kubeconfig context's, outside the stack: each caller keeps its own reading of that, "default" for an object's own
 * place, every namespace where a grant's reach depends on it).
 */
export function objectNamespace(r: StackResource): string | undefined {
    const m = r.props.metadata;
    const own = m !== null && typeof m === "object" ? (m as Record<string, unknown>).namespace : undefined;
    if (own !== undefined && own !== null && own !== "") return str(m, "namespace");
    if (isUnknown(m)) return undefined;
    const kind = r.type
        .split(":")
        .pop()
        ?.replace(/Patch$/, "");
    if (kind !== undefined && CLUSTER_SCOPED_KINDS.has(kind)) return undefined;
    const providerNamespace = r.provider?.props?.namespace;
    if (providerNamespace === undefined || providerNamespace === null || providerNamespace === "") return undefined;
    return str(r.provider?.props, "namespace");
}

/** Whether a namespaced object's namespace is unknown during the preview (its own, or its provider's it falls to). */
export function namespaceUnknown(r: StackResource): boolean {
    const m = r.props.metadata;
    if (isUnknown(m)) return true;
    const own = m !== null && typeof m === "object" ? (m as Record<string, unknown>).namespace : undefined;
    if (own !== undefined && own !== null && own !== "") return containsUnknown(own);
    const kind = r.type
        .split(":")
        .pop()
        ?.replace(/Patch$/, "");
    return !(kind !== undefined && CLUSTER_SCOPED_KINDS.has(kind)) && isUnknown(r.provider?.props?.namespace);
}

/**
 * Where a namespaced object is created, for readers that key it by namespace: "*" when unknown during the preview
 * (it may be any namespace: fail closed), else objectNamespace, else "default" (the kubeconfig context's namespace
 * outside the stack, read as Kubernetes' own default: "default" for an object's own place).
 */
export function placedNamespace(r: StackResource): string {
    return namespaceUnknown(r) ? "*" : (objectNamespace(r) ?? "default");
}
