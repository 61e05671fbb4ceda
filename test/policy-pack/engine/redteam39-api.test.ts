// Red-team round 39 on the Kubernetes/EKS API level (fresh eyes): node client certificates the kube-controller-manager
// approves by itself (certificatesigningrequests/nodeclient), legacy token Secrets a namespace's Secret writer makes
// the token controller fill for the runtime ServiceAccount, a declared kubelet client CSR, and what a careful platform
// team writes (the EKS app-serving signer, a CSIDriver object, a VAP on CSRs, Secrets in tools).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bind, bindSa, k8s, k8sRole, rbacRole, serviceAccount } from "./variantBuilders";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const CSR = "kubernetes:certificates.k8s.io/v1:CertificateSigningRequest";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";
// A PEM CERTIFICATE REQUEST, base64 as the API takes it (the content is not what the cases judge).
const PEM_CSR = Buffer.from(
    "-----BEGIN CERTIFICATE REQUEST-----\nMIIBVDCB/AIBADBOMRUwEwYDVQQKEwxzeXN0ZW06bm9kZXMxNTAzBgNVBAMTLHN5\n-----END CERTIFICATE REQUEST-----\n",
).toString("base64");

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** A Role (namespace given) or ClusterRole `name` with `rules`, bound to platform-devs. */
function devsRole(r: Resources, name: string, rules: object[], ns?: string): void {
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: ns ? "Role" : "ClusterRole", name }, [DEVS], ns);
}

/** cert-manager's controller Secret rule as its chart ships it (ClusterRole cert-manager-controller-certificates). */
const CERT_MANAGER_SECRETS = {
    apiGroups: [""],
    resources: ["secrets"],
    verbs: ["get", "list", "watch", "create", "update", "delete", "patch"],
};

/** A CertificateSigningRequest of the stack for `signerName` (`request`: the PEM, or an unknown in a preview). */
function csr(r: Resources, name: string, signerName: string, usages: string[], request: string = PEM_CSR): void {
    k8s(r, CSR, name, {
        apiVersion: "certificates.k8s.io/v1",
        kind: "CertificateSigningRequest",
        metadata: { name },
        spec: { request, signerName, usages, expirationSeconds: 86400 },
    });
}

const insecure: Case[] = [
    // Kubernetes "Certificates and Certificate Signing Requests", kubernetes.io/kube-apiserver-client-kubelet: "May be
    // auto-approved by the csrapproving controller in kube-controller-manager"; "TLS bootstrapping", "Approval": the
    // controller approves a CSR for CN system:node:<name>, O system:nodes, client auth, when its requester may `create`
    // certificatesigningrequests/nodeclient (a SubjectAccessReview, kubernetes pkg/controller/certificates/approver
    // sarapprove.go). So create on certificatesigningrequests + .../nodeclient is the approve-on-the-kubelet-client-
    // signer power the pack already counts (round 23, "approve client certificates ... a node's identity") with no
    // human approval at all: the holder gets a client certificate for system:node:<any name>, registers that Node
    // (NodeRestriction lets a node create its own Node object), and the Node authorizer then lets it request the tokens
    // of every pod bound there (a runtime replica rescheduled onto it: no taint or affinity keeps it off a Ready node
    // the scheduler sees), with audience sts.amazonaws.com / pods.eks.amazonaws.com. Round 38 accepted CSR creation
    // alone ("no approval, no signing"); this is the subresource that is the approval.
    // Was a MISS (fixed in round 39): saPowerOfRule counted `approve` on the client signers but not `create` on
    // certificatesigningrequests/nodeclient; it now reads that SubjectAccessReview's permission (and selfnodeclient's) as
    // the same "approve client certificates" power, cluster-wide, and knows the built-in Certificates ClusterRoles by
    // their rules (BUILT_IN_CLUSTER_ROLE_RULES). Original note: nodeclient is
    // the SubjectAccessReview the csrapproving controller makes before approving a kubelet client CSR itself
    // (Kubernetes "Certificates and Certificate Signing Requests": kube-apiserver-client-kubelet "May be auto-approved
    // by the csrapproving controller in kube-controller-manager"; "TLS bootstrapping", "Approval":
    // system:certificates.k8s.io:certificatesigningrequests:nodeclient). The holder gets a system:node identity with
    // no approver involved. Whether EKS's csrsigning issues this signer is not documented (EKS user guide, "Secure
    // workloads with Kubernetes certificates", says only that its custom signer does not sign client certificates),
    // the same uncertainty under which the pack already refuses `approve` on it.
    {
        name: "platform-devs may create certificatesigningrequests and certificatesigningrequests/nodeclient (kubelet client CSRs the csrapproving controller approves itself)",
        stack: "prod",
        edit: r =>
            devsRole(r, "node-csr-requester", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests", "certificatesigningrequests/nodeclient"],
                    verbs: ["create", "get", "list", "watch"],
                },
            ]),
        refused: /node-csr-requester[\s\S]*approve client certificates \(create certificatesigningrequests\/nodeclient/,
    },
    // The same through the built-in ClusterRole system:certificates.k8s.io:certificatesigningrequests:nodeclient
    // ("create certificatesigningrequests/nodeclient": Kubernetes "TLS bootstrapping", "Approval", which binds it to
    // system:bootstrappers), bound by name to an outside group: the pack says built-in ClusterRoles carry their real
    // rules (round 23). Was refused only because this built-in's rules were unknown to the pack ("its rules cannot be
    // read"); since round 39 it is judged by its one rule, as a node identity.
    {
        name: "the built-in ClusterRole system:certificates.k8s.io:certificatesigningrequests:nodeclient bound to platform-devs, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            bind(
                r,
                "devs-nodeclient",
                { kind: "ClusterRole", name: "system:certificates.k8s.io:certificatesigningrequests:nodeclient" },
                [DEVS],
            ),
        refused: /devs-nodeclient[\s\S]*approve client certificates \(create certificatesigningrequests\/nodeclient/,
    },
    // A wildcard over the group's resources covers certificatesigningrequests/nodeclient (RBAC "*" matches
    // subresources: Kubernetes "Using RBAC Authorization", "Referring to resources"), without the `approve` verb.
    // Refused today because resources "*" under any group is read as creating pods, not as nodeclient.
    {
        name: "a ClusterRole with create on every certificates.k8s.io resource (nodeclient included) bound to platform-devs",
        stack: "prod",
        edit: r =>
            devsRole(r, "certs-writer", [
                { apiGroups: ["certificates.k8s.io"], resources: ["*"], verbs: ["create", "get", "list"] },
            ]),
        refused: /nodeclient|certs-writer|client certificate/,
    },
    // Kubernetes "Configure Service Accounts for Pods", "Manually create an API token for a ServiceAccount" / "Service
    // Accounts", "Legacy ServiceAccount token Secrets": a Secret of type kubernetes.io/service-account-token annotated
    // kubernetes.io/service-account.name is filled by the token controller with a non-expiring token of that
    // ServiceAccount, in the Secret's namespace, whoever created it. The pack counts readers of such a Secret declared
    // in the stack for kube-system/replicaset-controller as that controller (round 24; round 38's VAP cases): it
    // creates pods in every namespace, so as any ServiceAccount. A holder of create + get on secrets in kube-system
    // makes one for replicaset-controller and reads it: the same power, with the Secret made after `up`.
    // Was a MISS (fixed in round 39): the pack read only the token Secrets the stack declares (kubernetes.ts
    // tokenSecretOf). A subject that may create and read Secrets in a namespace now becomes every ServiceAccount of it
    // the pack knows, and in kube-system acts as kube-controller-manager's ServiceAccounts (controllerAccountsPower,
    // valued as round 24's bootstrap bindings are). Original note: a Secret writer of
    // kube-system makes one for replicaset-controller after `up` and reads it (Kubernetes "Configure Service Accounts
    // for Pods", "Manually create a long-lived API token for a ServiceAccount": the control plane fills a
    // kubernetes.io/service-account-token Secret with a token of the ServiceAccount its annotation names). Declared,
    // the same Secret with the same reader is refused (round 24, redteam38-api).
    {
        name: "a Role in kube-system letting platform-devs create and get secrets (a legacy token Secret for replicaset-controller, filled by the token controller)",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "kube-system-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"] }],
                "kube-system",
            ),
        refused:
            /may create Secret kube-system\/[\s\S]*kube-system-secrets[\s\S]*kube-controller-manager's ServiceAccounts/,
    },
    // The same with `list` instead of `get` (list returns every Secret's data: RBAC Good Practices, "Secrets"), in
    // the Pod Identity stack, through a ClusterRole bound by a RoleBinding in kube-system.
    // Was a MISS (fixed in round 39): as above, with list (which returns the data) through a ClusterRole bound in
    // kube-system.
    {
        name: "a ClusterRole create/list secrets bound by a RoleBinding in kube-system to platform-devs, Pod Identity stack",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "secret-maker", [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "list"] }]);
            bind(r, "secret-maker-kube-system", { kind: "ClusterRole", name: "secret-maker" }, [DEVS], "kube-system");
        },
        refused:
            /may create Secret kube-system\/[\s\S]*secret-maker-kube-system[\s\S]*kube-controller-manager's ServiceAccounts/,
    },
    // A kubelet client CSR declared in the stack: the deployer (cluster-admin through its access entry) holds
    // certificatesigningrequests/nodeclient, so the csrapproving controller approves it and csrsigning issues a
    // system:node certificate (Kubernetes "Certificates and Certificate Signing Requests"), whose key lives with
    // whoever generated the request (a tls.PrivateKey in the stack's state).
    {
        name: "a CertificateSigningRequest of the stack for kubernetes.io/kube-apiserver-client-kubelet (CN system:node:..., O system:nodes)",
        stack: "prod",
        edit: r => csr(r, "node-impostor", "kubernetes.io/kube-apiserver-client-kubelet", ["client auth"]),
        refused:
            /CertificateSigningRequest node-impostor asks kubernetes\.io\/kube-apiserver-client-kubelet for a client certificate/,
    },
    // ---- Neighbours (round 39 fixes).
    // The renewal twin, system:certificates.k8s.io:certificatesigningrequests:selfnodeclient (create
    // certificatesigningrequests/selfnodeclient): the csrapproving controller approves a kubelet client CSR whose CN is
    // the requester's own username (sarapprove.go isSelfNodeClientCert), adding group system:nodes (O). A holder whose
    // username is system:node:<name> (an access entry or aws-auth may give one without that group) becomes that node:
    // counted as the nodeclient power.
    {
        name: "neighbour: the built-in ClusterRole system:certificates.k8s.io:certificatesigningrequests:selfnodeclient bound to platform-devs",
        stack: "prod",
        edit: r =>
            bind(
                r,
                "devs-selfnodeclient",
                { kind: "ClusterRole", name: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient" },
                [DEVS],
            ),
        refused:
            /devs-selfnodeclient[\s\S]*approve client certificates \(create certificatesigningrequests\/selfnodeclient/,
    },
    // The subresource by the `*/nodeclient` spelling (RBAC matches `*/subresource`: plugin/pkg/auth/authorizer/rbac
    // ResourceMatches), create only, through a RoleBinding in tools (CSRs are cluster-scoped: the pack reads
    // certificate approvals cluster-wide whatever the binding).
    {
        name: "neighbour: a Role in tools with create on */nodeclient of certificates.k8s.io, bound to platform-devs, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            devsRole(
                r,
                "any-nodeclient",
                [{ apiGroups: ["certificates.k8s.io"], resources: ["*/nodeclient"], verbs: ["create"] }],
                "tools",
            ),
        refused: /any-nodeclient[\s\S]*approve client certificates \(create certificatesigningrequests\/nodeclient/,
    },
    // Secrets created and watched cluster-wide (a ClusterRoleBinding: kube-system included; watch returns the data).
    {
        name: "neighbour: a ClusterRole create/watch secrets bound cluster-wide to platform-devs, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            devsRole(r, "secret-watcher", [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "watch"] }]),
        refused: /may create Secret kube-system\/[\s\S]*secret-watcher[\s\S]*kube-controller-manager's ServiceAccounts/,
    },
    // Reading through a ServiceMonitor instead of get: the Prometheus Operator sends the Secret its bearerTokenSecret
    // names to the targets the writer selects (round 34, MONITOR_SECRETS_WHY), and the writer creates that Secret
    // as a token Secret of a controller.
    {
        name: "neighbour: a Role in kube-system letting platform-devs create secrets and write ServiceMonitors",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "kube-system-monitors",
                [
                    { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["servicemonitors"],
                        verbs: ["create", "patch"],
                    },
                ],
                "kube-system",
            ),
        refused:
            /may create Secret kube-system\/[\s\S]*kube-system-monitors[\s\S]*kube-controller-manager's ServiceAccounts/,
    },
    // The client signer for any user or group (CN admin, O system:masters in the request): approved by whoever holds
    // approve on it, then a cluster-admin identity for the key holder.
    {
        name: "neighbour: a CertificateSigningRequest of the stack for kubernetes.io/kube-apiserver-client",
        stack: "curity",
        edit: r => csr(r, "break-glass-admin", "kubernetes.io/kube-apiserver-client", ["client auth"]),
        refused:
            /CertificateSigningRequest break-glass-admin asks kubernetes\.io\/kube-apiserver-client for a client certificate/,
    },
    // The EKS serving signer asked for client auth too: the usages are the request's, judged with the signer.
    {
        name: "neighbour: a CertificateSigningRequest for beta.eks.amazonaws.com/app-serving asking for client auth as well",
        stack: "prod",
        edit: r =>
            csr(r, "dual-use", "beta.eks.amazonaws.com/app-serving", [
                "digital signature",
                "key encipherment",
                "server auth",
                "client auth",
            ]),
        refused:
            /CertificateSigningRequest dual-use asks beta\.eks\.amazonaws\.com\/app-serving for usages client auth/,
    },
    // DECIDED (round 39): cert-manager's controller as its chart binds it, cluster-wide, creates and reads every Secret,
    // kube-system's included, so it may make a token Secret for replicaset-controller and read it, like platform-devs
    // above: refused. This reverses redteam5-secure.test.ts "cert-manager as plain objects" (accepted before the
    // minting path was read; that file is left to the lead). Bind the Secret rule by RoleBindings in the namespaces
    // holding Certificates instead (the secure neighbour below).
    {
        name: "DECIDED: cert-manager's controller ClusterRole (secrets get/list/watch/create/update/delete/patch) bound cluster-wide to cert-manager/cert-manager",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "cert-manager", "cert-manager");
            rbacRole(r, "cert-manager-controller-certificates", [CERT_MANAGER_SECRETS]);
            bindSa(r, "cert-manager-controller-certificates", "ClusterRole", "cert-manager", "cert-manager");
        },
        refused:
            /ServiceAccount cert-manager\/cert-manager → may create Secret kube-system\/[\s\S]*kube-controller-manager's ServiceAccounts/,
    },
    // A signer unknown during the first preview (from another resource's output): it may be a client signer.
    {
        name: "neighbour: first preview: a CertificateSigningRequest whose signerName is unknown",
        stack: "prod",
        preview: true,
        edit: r => csr(r, "late-signer", UNKNOWN, ["server auth"]),
        refused: /CertificateSigningRequest late-signer signerName is unknown during the preview/,
    },
];

const secure: Case[] = [
    // EKS user guide, "Secure workloads with Kubernetes certificates": "If you want to use Amazon EKS CA to generate
    // serving certificates for your workloads, you must use the custom signer beta.eks.amazonaws.com/app-serving",
    // usages digital signature, key encipherment, server auth ("Client certificate signing is not supported"). A CSR
    // issues nothing until approved (round 38), and this signer issues serving certificates only.
    // Was a MISS (fixed in round 39): CSRs are judged by signerName in kubernetes.ts (csrIdentity: serving signers with
    // serving usages accepted, client and unknown signers refused as identities); opaque.ts lets this one kind of
    // certificates.k8s.io through (not the whole group). Original note: certificates.k8s.io is not in opaque.ts
    // KNOWN_GROUPS, so a built-in CSR is refused as "a
    // custom resource: its controller acts with its own ServiceAccount". A CSR issues nothing until approved (round 38
    // accepted CSR creation through RBAC), and the EKS signer beta.eks.amazonaws.com/app-serving signs serving
    // certificates only (EKS user guide, "Secure workloads with Kubernetes certificates"; Kubernetes API
    // CertificateSigningRequest v1). The insecure kubelet-client CSR above is refused only by the same catch-all.
    {
        name: "a CertificateSigningRequest of the stack for beta.eks.amazonaws.com/app-serving (server auth)",
        stack: "prod",
        edit: r =>
            csr(r, "curity-serving", "beta.eks.amazonaws.com/app-serving", [
                "digital signature",
                "key encipherment",
                "server auth",
            ]),
    },
    // An approver of the EKS app-serving signer only (Kubernetes "Certificates and Certificate Signing Requests",
    // "Authorization": update certificatesigningrequests/approval and approve on signers/<name>).
    {
        name: "a ClusterRole approving only beta.eks.amazonaws.com/app-serving CSRs, bound to tools/cert-approver",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "cert-approver");
            rbacRole(r, "app-serving-approver", [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests/approval"],
                    verbs: ["update"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["signers"],
                    resourceNames: ["beta.eks.amazonaws.com/app-serving"],
                    verbs: ["approve"],
                },
            ]);
            bindSa(r, "app-serving-approver", "ClusterRole", "tools", "cert-approver");
        },
    },
    // The SPIFFE CSI driver's CSIDriver object as its project ships it (attachRequired false, podInfoOnMount true,
    // fsGroupPolicy None, Ephemeral volumes only, no tokenRequests): Kubernetes API CSIDriver (storage.k8s.io/v1).
    {
        name: "the SPIFFE CSI driver's CSIDriver object (csi.spiffe.io: ephemeral, no attach, no tokenRequests)",
        stack: "trust-domain",
        edit: r =>
            k8s(r, "kubernetes:storage.k8s.io/v1:CSIDriver", "csi-spiffe-io", {
                apiVersion: "storage.k8s.io/v1",
                kind: "CSIDriver",
                metadata: { name: "csi.spiffe.io" },
                spec: {
                    attachRequired: false,
                    podInfoOnMount: true,
                    fsGroupPolicy: "None",
                    volumeLifecycleModes: ["Ephemeral"],
                },
            }),
    },
    // ---- Neighbours (round 39 fixes).
    // The request itself unknown during the first preview (a tls.CertRequest's output), signer and usages literal.
    {
        name: "neighbour: first preview: a CertificateSigningRequest for beta.eks.amazonaws.com/app-serving whose request is unknown",
        stack: "prod",
        preview: true,
        edit: r =>
            csr(
                r,
                "curity-serving",
                "beta.eks.amazonaws.com/app-serving",
                ["digital signature", "server auth"],
                UNKNOWN,
            ),
    },
    // The built-in approver of kubelet serving certificates only (approve on signers kubernetes.io/kubelet-serving:
    // bootstrappolicy testdata/cluster-roles.yaml), known by its rule since round 39: no client certificate.
    {
        name: "neighbour: the built-in ClusterRole system:certificates.k8s.io:kubelet-serving-approver bound to tools/cert-approver",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "tools", "cert-approver");
            bindSa(r, "system:certificates.k8s.io:kubelet-serving-approver", "ClusterRole", "tools", "cert-approver");
        },
    },
    // DECIDED (round 39, as round 34's I1): create and get secrets in validators, whose only ServiceAccount is the
    // signer's runtime one: the holder may mint its legacy token, a Kubernetes API identity only (IRSA and Pod Identity
    // take no legacy token: engine/kubernetes.ts saPowerOfRule, end), and that ServiceAccount holds no RBAC here.
    {
        name: "neighbour (DECIDED): a Role in validators letting platform-devs create and get secrets (the runtime ServiceAccount's legacy token: no AWS identity)",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "validators-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"] }],
                "validators",
            ),
    },
    // The same cert-manager Secret rule bound only in basil (where its Certificates live), whose ServiceAccount is the
    // runtime one (a legacy token of it: Kubernetes API identity only, no RBAC here).
    {
        name: "neighbour: cert-manager's Secret rule bound by a RoleBinding in basil only",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "cert-manager", "cert-manager");
            rbacRole(r, "cert-manager-controller-certificates", [CERT_MANAGER_SECRETS]);
            bindSa(r, "cert-manager-controller-certificates", "ClusterRole", "cert-manager", "cert-manager", "basil");
        },
    },
    // `create` under resourceNames without `patch`: a POST carries no name, so RBAC never allows it ("Using RBAC
    // Authorization", "Referring to resources": create cannot be restricted by resourceName), and the named Secret read
    // is no token Secret the stack declares.
    {
        name: "neighbour: a Role in kube-system with create and get on the secret app-config only (resourceNames, no patch)",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "app-config-writer",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get"], resourceNames: ["app-config"] }],
                "kube-system",
            ),
    },
    // Secrets of tools, where no runtime ServiceAccount lives (a token Secret made there is tools' own).
    {
        name: "a Role in tools letting platform-devs create, get and update secrets",
        stack: "prod",
        edit: r =>
            devsRole(
                r,
                "tools-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "get", "list", "update"] }],
                "tools",
            ),
    },
    // A ValidatingAdmissionPolicy refusing kubelet client CSRs from anyone but nodes (a comparison on spec fields
    // only: round 38 accepts comparisons), failurePolicy Fail.
    {
        name: "a ValidatingAdmissionPolicy (Fail, Deny) refusing kube-apiserver-client-kubelet CSRs from non-nodes",
        stack: "prod",
        edit: r => {
            k8s(r, VAP, "no-node-csr", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "no-node-csr" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: ["certificates.k8s.io"],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["certificatesigningrequests"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "object.spec.signerName != 'kubernetes.io/kube-apiserver-client-kubelet' || 'system:nodes' in request.userInfo.groups",
                            message: "kubelet client certificates are for nodes only",
                        },
                    ],
                },
            });
            k8s(r, VAP_BINDING, "no-node-csr-binding", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "no-node-csr-binding" },
                spec: { policyName: "no-node-csr", validationActions: ["Deny"] },
            });
        },
    },
];

describeStackCases("red-team 39: Kubernetes/EKS API level", insecure, secure);
