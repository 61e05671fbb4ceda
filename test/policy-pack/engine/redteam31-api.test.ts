// Red-team round 31 on the Kubernetes/EKS API level (fresh eyes): cert-manager issuers whose controller mints a
// ServiceAccount token itself (ACME DNS-01 Route53 `auth.kubernetes.serviceAccountRef`, which cert-manager trades
// for the issuer's `role` through AssumeRoleWithWebIdentity; the Vault issuer's `serviceAccountRef` with extra
// `audiences`, sent to the issuer's `server`), as an Issuer, an IssuerPatch, a Challenge, and a mutating webhook on
// Issuers; a DeploymentPatch giving the signer a RuntimeClass whose scheduling tolerations admit an outside pool; and
// what a careful platform team writes (a Route53 DNS-01 issuer on its own solver ServiceAccount with cert-manager's
// documented token RBAC, a Vault issuer on its own ServiceAccount, ambient-credential DNS-01, a gVisor RuntimeClass
// with scheduling tolerations for its own pool).
// The cert-manager token-minting shapes (serviceAccountRef on containment-chamber) were accepted: MISS cases, fixed in
// round 31 (engine/customResources.ts certManagerTokenRequests, certManagerServes).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { UNKNOWN_STRING_SENTINEL } from "../../../policy-pack/model/unknowns";
import { describeStackCases, Resources } from "./support";
import { bind, k8s, k8sRole, restricted, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const signerRole = (stack: "prod" | "dev") => `arn:aws:iam::${PRIMARY}:role/custody-${stack}-signer`;
const DNS_ROLE = `arn:aws:iam::${PRIMARY}:role/dns-challenge`;
const CERT_MANAGER_SA = { kind: "ServiceAccount", name: "cert-manager", namespace: "cert-manager" };
const ISSUER = "kubernetes:cert-manager.io/v1:Issuer";
const CLUSTER_ISSUER = "kubernetes:cert-manager.io/v1:ClusterIssuer";
const CHALLENGE = "kubernetes:acme.cert-manager.io/v1:Challenge";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const UNKNOWN = UNKNOWN_STRING_SENTINEL;
const PLATFORM_DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };

/** An ACME Issuer in `ns` whose only solver is DNS-01 Route53 with `route53` (cert-manager API reference, ACMEIssuerDNS01ProviderRoute53). */
function route53Issuer(r: Resources, ns: string, name: string, route53: Record<string, unknown>, type = ISSUER): void {
    const cluster = type === CLUSTER_ISSUER;
    k8s(r, type, cluster ? name : `${ns}-${name}`, {
        apiVersion: "cert-manager.io/v1",
        kind: cluster ? "ClusterIssuer" : "Issuer",
        metadata: cluster ? { name } : { name, namespace: ns },
        spec: {
            acme: {
                server: "https://acme-v02.api.letsencrypt.org/directory",
                email: "platform@example.com",
                privateKeySecretRef: { name: `${name}-account-key` },
                solvers: [
                    { dns01: { route53: { region: "eu-west-1", hostedZoneID: "Z0123456789ABCDEFGHIJ", ...route53 } } },
                ],
            },
        },
    });
}

/** A Vault Issuer in `ns` authenticating with a token cert-manager requests for ServiceAccount `sa` (cert-manager >= 1.12). */
function vaultIssuer(r: Resources, ns: string, name: string, server: string, sa: Record<string, unknown>): void {
    k8s(r, ISSUER, `${ns}-${name}`, {
        apiVersion: "cert-manager.io/v1",
        kind: "Issuer",
        metadata: { name, namespace: ns },
        spec: {
            vault: {
                server,
                path: "pki_int/sign/example-dot-com",
                auth: { kubernetes: { role: name, mountPath: "/v1/auth/kubernetes", serviceAccountRef: sa } },
            },
        },
    });
}

/** A declared ACME Challenge in `ns` for `issuerRef`, whose own solver is DNS-01 Route53 with `route53`. */
function route53Challenge(r: Resources, ns: string, issuerRef: object, route53: Record<string, unknown>): void {
    k8s(r, CHALLENGE, `${ns}-challenge`, {
        apiVersion: "acme.cert-manager.io/v1",
        kind: "Challenge",
        metadata: { name: "signer-tls-1-2-3", namespace: ns },
        spec: {
            url: "https://acme-v02.api.letsencrypt.org/acme/chall-v3/1/abc",
            authorizationURL: "https://acme-v02.api.letsencrypt.org/acme/authz-v3/1",
            dnsName: "signer.example.com",
            type: "DNS-01",
            token: "tok",
            key: "key",
            issuerRef,
            solver: { dns01: { route53: { region: "eu-west-1", ...route53 } } },
        },
    });
}

/** A MutatingWebhookConfiguration `name` on cert-manager's issuers, clusterissuers and challenges, served by `clientConfig`. */
function issuerWebhook(r: Resources, name: string, clientConfig: object): void {
    k8s(r, MUTATING, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                clientConfig,
                rules: [
                    {
                        apiGroups: ["cert-manager.io", "acme.cert-manager.io"],
                        apiVersions: ["v1"],
                        resources: ["issuers", "clusterissuers", "challenges"],
                        operations: ["CREATE", "UPDATE"],
                    },
                ],
            },
        ],
    });
}

/** cert-manager's documented RBAC for serviceAccountRef: create serviceaccounts/token on `sa` in `ns`, bound to cert-manager. */
function certManagerTokenRbac(r: Resources, ns: string, sa: string): void {
    k8sRole(
        r,
        `${sa}-token-for-cert-manager`,
        [{ apiGroups: [""], resources: ["serviceaccounts/token"], resourceNames: [sa], verbs: ["create"] }],
        ns,
    );
    bind(
        r,
        `${sa}-token-for-cert-manager`,
        { kind: "Role", name: `${sa}-token-for-cert-manager` },
        [CERT_MANAGER_SA],
        ns,
    );
}

/** A Karpenter NodePool `batch` on an EC2NodeClass outside the stack, tainted dedicated=batch:NoSchedule. */
function batchPool(r: Resources): void {
    k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "pool-batch", {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name: "batch" },
        spec: {
            template: {
                spec: {
                    nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "batch" },
                    requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["spot"] }],
                    taints: [{ key: "dedicated", value: "batch", effect: "NoSchedule" }],
                },
            },
        },
    });
}

/** A RuntimeClass of the stack with these scheduling tolerations (node.k8s.io/v1 RuntimeClass.scheduling). */
function runtimeClass(r: Resources, name: string, handler: string, tolerations: object[], nodeSelector?: object): void {
    k8s(r, "kubernetes:node.k8s.io/v1:RuntimeClass", `rc-${name}`, {
        apiVersion: "node.k8s.io/v1",
        kind: "RuntimeClass",
        metadata: { name },
        handler,
        scheduling: { tolerations, ...(nodeSelector ? { nodeSelector } : {}) },
    });
}

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // cert-manager API reference, ACMEIssuerDNS01ProviderRoute53 / Route53KubernetesAuth: "Kubernetes authenticates
    // with Route53 using AssumeRoleWithWebIdentity by passing a bound ServiceAccount token"; ServiceAccountRef: "A
    // reference to a service account that will be used to request a bound token (also known as 'projected token')",
    // audiences "If unset the audience defaults to sts.amazonaws.com"; for an Issuer the ServiceAccount is in the
    // Issuer's own namespace. So cert-manager's controller requests a token for validators/containment-chamber with
    // audience sts.amazonaws.com, which the signer role's IRSA trust (sub system:serviceaccount:validators:
    // containment-chamber, aud sts.amazonaws.com) accepts, and assumes the `role` the Issuer names: the signer's role,
    // held by cert-manager, a second workload outside the stack (the decided "second workload using a runtime
    // ServiceAccount" class). Its precondition, cert-manager's `create serviceaccounts/token` on that name (cert-manager
    // docs, "Secretless Authentication with a Service Account": "you must configure an RBAC rule to let cert-manager
    // request a token"), lives outside the stack here.
    // Was a MISS (fixed in round 31): engine/customResources.ts reads cert-manager.io as inert but for ACME HTTP-01 solver pods (acmeSolverPods); a DNS-01 Route53 solver's auth.kubernetes.serviceAccountRef makes cert-manager mint a token for validators/containment-chamber (aud sts.amazonaws.com) and AssumeRoleWithWebIdentity into the signer role it names: a second holder of the runtime role (cert-manager API reference, Route53KubernetesAuth/ServiceAccountRef). Needs cert-manager's token RBAC on that name, which is outside the stack here (with it in the stack the neighbour below is refused).
    {
        name: "a cert-manager ACME Issuer in validators whose DNS-01 Route53 solver authenticates with serviceAccountRef containment-chamber and assumes the signer's role",
        stack: "prod",
        edit: r =>
            route53Issuer(r, "validators", "dns", {
                role: signerRole("prod"),
                auth: { kubernetes: { serviceAccountRef: { name: "containment-chamber" } } },
            }),
        refused: /containment-chamber|dns|serviceAccountRef/,
    },
    // The same with cert-manager's documented RBAC in the stack (Role create serviceaccounts/token resourceNames
    // [containment-chamber] bound to cert-manager/cert-manager).
    {
        name: "neighbour: the Route53 serviceAccountRef Issuer plus cert-manager's documented token RBAC on containment-chamber in the stack",
        stack: "prod",
        edit: r => {
            route53Issuer(r, "validators", "dns", {
                role: signerRole("prod"),
                auth: { kubernetes: { serviceAccountRef: { name: "containment-chamber" } } },
            });
            certManagerTokenRbac(r, "validators", "containment-chamber");
        },
        refused: /containment-chamber/,
    },
    // cert-manager API reference (v1 ServiceAccountRef for Vault): "By default two audiences are included: the address
    // of the Vault server as specified on the issuer, and a generated audience ... TokenAudiences is an optional list
    // of extra audiences to include in the token passed to Vault". The token, for the signer's ServiceAccount with
    // sts.amazonaws.com among its audiences, is POSTed to `server` (any URL): whoever runs it holds a signer token.
    // Was a MISS (fixed in round 31): the Vault issuer's auth.kubernetes.serviceAccountRef (cert-manager API reference v1 ServiceAccountRef: token audiences are the server address, vault://<ns>/<issuer> and the extra `audiences`) sends a signer token carrying sts.amazonaws.com to the issuer's `server`, any URL: whoever runs it can call AssumeRoleWithWebIdentity as the signer (same cert-manager RBAC precondition).
    {
        name: "a cert-manager Vault Issuer in validators whose serviceAccountRef is containment-chamber with extra audience sts.amazonaws.com, server outside the cluster",
        stack: "dev",
        edit: r =>
            vaultIssuer(r, "validators", "pki", "https://vault.partner.example.com:8200", {
                name: "containment-chamber",
                audiences: ["sts.amazonaws.com"],
            }),
        refused: /containment-chamber|pki|serviceAccountRef/,
    },
    // An IssuerPatch (server-side apply) of an Issuer outside the stack in validators, adding the same solver.
    // Was a MISS (fixed in round 31): same as the Route53 Issuer, written as an IssuerPatch of an Issuer outside the stack.
    {
        name: "an IssuerPatch of validators/letsencrypt (outside the stack) adding a DNS-01 Route53 solver on serviceAccountRef containment-chamber",
        stack: "dev",
        edit: r =>
            route53Issuer(
                r,
                "validators",
                "letsencrypt",
                {
                    role: signerRole("dev"),
                    auth: { kubernetes: { serviceAccountRef: { name: "containment-chamber" } } },
                },
                "kubernetes:cert-manager.io/v1:IssuerPatch",
            ),
        refused: /containment-chamber|letsencrypt|serviceAccountRef/,
    },
    // A Challenge carries its own solver (acme.cert-manager.io Challenge spec.solver: "Contains the domain solving
    // configuration that should be used to solve this challenge resource"); cert-manager runs it in the Challenge's
    // namespace with the Issuer named by spec.issuerRef.
    // Was a MISS (fixed in round 31): a Challenge carries its own solver (acme.cert-manager.io Challenge spec.solver); acme.cert-manager.io is inert as a whole when declared, so its Route53 serviceAccountRef on containment-chamber is not read.
    {
        name: "a declared acme.cert-manager.io Challenge in validators whose dns01 Route53 solver uses serviceAccountRef containment-chamber",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:acme.cert-manager.io/v1:Challenge", "validators-challenge", {
                apiVersion: "acme.cert-manager.io/v1",
                kind: "Challenge",
                metadata: { name: "signer-tls-1-2-3", namespace: "validators" },
                spec: {
                    url: "https://acme-v02.api.letsencrypt.org/acme/chall-v3/1/abc",
                    authorizationURL: "https://acme-v02.api.letsencrypt.org/acme/authz-v3/1",
                    dnsName: "signer.example.com",
                    type: "DNS-01",
                    token: "tok",
                    key: "key",
                    issuerRef: { name: "dns", kind: "Issuer", group: "cert-manager.io" },
                    solver: {
                        dns01: {
                            route53: {
                                region: "eu-west-1",
                                role: signerRole("prod"),
                                auth: { kubernetes: { serviceAccountRef: { name: "containment-chamber" } } },
                            },
                        },
                    },
                },
            }),
        refused: /containment-chamber|Challenge|serviceAccountRef/,
    },
    // A mutating webhook on cert-manager Issuers served by a Service outside cert-manager: with an Issuer of the stack in
    // validators, the webhook can add the Route53 serviceAccountRef solver above at any update.
    // Was a MISS (fixed in round 31): customResources.ts isInertResource(rbac=false) treats webhooks on cert-manager kinds as cert-manager's own; one served by platform/issuer-defaults can add a Route53 or Vault serviceAccountRef on containment-chamber to the stack's Issuer in validators (Kubernetes "Dynamic Admission Control"; cert-manager ServiceAccountRef).
    {
        name: "a MutatingWebhookConfiguration on cert-manager.io issuers served in platform, next to a declared ACME HTTP-01 Issuer in validators",
        stack: "prod",
        edit: r => {
            k8s(r, ISSUER, "validators-http", {
                apiVersion: "cert-manager.io/v1",
                kind: "Issuer",
                metadata: { name: "http", namespace: "validators" },
                spec: {
                    acme: {
                        server: "https://acme-v02.api.letsencrypt.org/directory",
                        privateKeySecretRef: { name: "http-account-key" },
                        solvers: [{ http01: { ingress: { ingressClassName: "alb" } } }],
                    },
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "issuer-defaults", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "issuer-defaults" },
                webhooks: [
                    {
                        name: "issuers.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { name: "issuer-defaults", namespace: "platform", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: ["cert-manager.io"],
                                apiVersions: ["v1"],
                                resources: ["issuers"],
                                operations: ["CREATE", "UPDATE"],
                            },
                        ],
                    },
                ],
            });
        },
        refused: /issuer-defaults|issuers/,
    },
    // The same rules served by a URL (no Service of cert-manager's namespace): someone else's webhook.
    {
        name: "neighbour: a MutatingWebhookConfiguration on issuers, clusterissuers and challenges served by a URL",
        stack: "dev",
        edit: r => issuerWebhook(r, "issuer-url", { url: "https://issuers.platform.example.com/mutate" }),
        refused:
            /MutatingWebhookConfiguration issuer-url rewrites every pod admitted to the cluster \(through cert-manager\.io\/issuers, cert-manager\.io\/clusterissuers, acme\.cert-manager\.io\/challenges/,
    },
    // Neighbours (round 31 fix). A ClusterIssuer's serviceAccountRef is resolved in cert-manager's Cluster Resource
    // Namespace (cert-manager docs, "Issuer Configuration", "Cluster Resource Namespace": "By default, this namespace
    // is cert-manager however it can be changed via a flag on the cert-manager-controller component"; cert-manager
    // pkg/issuer/acme/dns/dns.go, createToken(ctx, resourceNamespace, ...)). That flag is outside the stack, so the
    // name alone decides: DECIDED, a ClusterIssuer naming the signer's ServiceAccount name is refused.
    {
        name: "neighbour: a ClusterIssuer whose DNS-01 Route53 solver uses serviceAccountRef containment-chamber (cert-manager's cluster resource namespace, a flag outside the stack)",
        stack: "prod",
        edit: r =>
            route53Issuer(
                r,
                "",
                "cluster-dns",
                {
                    role: signerRole("prod"),
                    auth: { kubernetes: { serviceAccountRef: { name: "containment-chamber" } } },
                },
                CLUSTER_ISSUER,
            ),
        refused:
            /ClusterIssuer cluster-dns's spec\.acme\.solvers\[0\]\.dns01\.route53\.auth\.kubernetes\.serviceAccountRef makes cert-manager request tokens for ServiceAccount <cert-manager's cluster resource namespace.*>\/containment-chamber/,
    },
    // The Vault issuer's AWS auth (cert-manager API reference, VaultAWSAuth.serviceAccountRef: "a web identity token
    // for IRSA"), another spelling of the same path: the token is traded for its iamRoleArn.
    {
        name: "neighbour: a Vault Issuer in validators whose auth.aws.serviceAccountRef is containment-chamber, iamRoleArn the signer's role",
        stack: "dev",
        edit: r =>
            k8s(r, ISSUER, "validators-vault-aws", {
                apiVersion: "cert-manager.io/v1",
                kind: "Issuer",
                metadata: { name: "vault-aws", namespace: "validators" },
                spec: {
                    vault: {
                        server: "https://vault.partner.example.com:8200",
                        path: "pki_int/sign/example-dot-com",
                        auth: {
                            aws: {
                                role: "cert-manager",
                                iamRoleArn: signerRole("dev"),
                                serviceAccountRef: { name: "containment-chamber" },
                            },
                        },
                    },
                },
            }),
        refused:
            /Issuer validators\/vault-aws's spec\.vault\.auth\.aws\.serviceAccountRef makes cert-manager request tokens for ServiceAccount validators\/containment-chamber/,
    },
    // A preview where the Route53 serviceAccountRef's name is another resource's output (unknown): it may be any
    // ServiceAccount of validators.
    {
        name: "neighbour, preview: a Route53 Issuer in validators whose serviceAccountRef.name is unknown",
        stack: "prod",
        preview: true,
        edit: r =>
            route53Issuer(r, "validators", "dns", {
                role: DNS_ROLE,
                auth: { kubernetes: { serviceAccountRef: { name: UNKNOWN } } },
            }),
        refused:
            /Issuer validators\/dns: spec\.acme\.solvers\[0\]\.dns01\.route53\.auth\.kubernetes\.serviceAccountRef\.name is unknown during the preview/,
    },
    // A declared Challenge's HTTP-01 solver pods run as its podTemplate's serviceAccountName, as an Issuer's do.
    {
        name: "neighbour: a declared Challenge in validators whose http01 solver podTemplate runs as containment-chamber",
        stack: "pod-identity",
        edit: r =>
            k8s(r, CHALLENGE, "validators-http-challenge", {
                apiVersion: "acme.cert-manager.io/v1",
                kind: "Challenge",
                metadata: { name: "signer-tls-http", namespace: "validators" },
                spec: {
                    url: "https://acme-v02.api.letsencrypt.org/acme/chall-v3/2/abc",
                    authorizationURL: "https://acme-v02.api.letsencrypt.org/acme/authz-v3/2",
                    dnsName: "signer.example.com",
                    type: "HTTP-01",
                    token: "tok",
                    key: "key",
                    issuerRef: { name: "http", kind: "Issuer", group: "cert-manager.io" },
                    solver: {
                        http01: {
                            ingress: {
                                ingressClassName: "alb",
                                podTemplate: { spec: { serviceAccountName: "containment-chamber" } },
                            },
                        },
                    },
                },
            }),
        refused:
            /Challenge validators\/signer-tls-http's ACME HTTP-01 solver pods .* run as ServiceAccount validators\/containment-chamber/,
    },
    // RBAC patch on the Issuer CRD only (resourceNames): its writer may set a conversion webhook of its own, which
    // rewrites every stored and served Issuer (Kubernetes "Versions in CustomResourceDefinitions", "Webhook
    // conversion"), like the foreign mutating webhook above.
    {
        name: "neighbour: platform-devs may patch only the issuers.cert-manager.io CRD (resourceNames)",
        stack: "prod",
        edit: r => {
            k8sRole(r, "issuer-crd-patcher", [
                {
                    apiGroups: ["apiextensions.k8s.io"],
                    resources: ["customresourcedefinitions"],
                    resourceNames: ["issuers.cert-manager.io"],
                    verbs: ["get", "patch"],
                },
            ]);
            bind(r, "issuer-crd-patcher", { kind: "ClusterRole", name: "issuer-crd-patcher" }, [PLATFORM_DEVS]);
        },
        refused: /convert custom resources: get\/patch customresourcedefinitions/,
    },
    // Kubernetes "Runtime Class", "Scheduling": "tolerations ... are merged with the pod's tolerations" by the
    // RuntimeClass admission controller. A DeploymentPatch of the signer naming a RuntimeClass whose tolerations admit
    // the outside pool's taint puts the signer there as surely as the tolerations themselves (round 30).
    {
        name: "a DeploymentPatch of the signer setting only runtimeClassName, a declared RuntimeClass tolerating dedicated=batch, next to the tainted outside NodePool",
        stack: "prod",
        edit: r => {
            batchPool(r);
            runtimeClass(r, "batch-runc", "runc", [
                { key: "dedicated", operator: "Equal", value: "batch", effect: "NoSchedule" },
            ]);
            k8s(r, "kubernetes:apps/v1:DeploymentPatch", "signer-runtime", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: { template: { spec: { runtimeClassName: "batch-runc" } } },
            });
        },
        refused: /runtimeClassName|containment-chamber|batch/,
    },
];

const secure: Case[] = [
    // The documented secretless Route53 setup on a ServiceAccount of its own in tools (no role annotation), a DNS role
    // of the network team, and cert-manager's documented RBAC on that one name.
    {
        name: "a DNS-01 Route53 Issuer in tools on its own ServiceAccount tools/route53-solver (dns-challenge role) with cert-manager's documented token RBAC on that name",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "route53-solver");
            route53Issuer(r, "tools", "dns", {
                role: DNS_ROLE,
                auth: { kubernetes: { serviceAccountRef: { name: "route53-solver" } } },
            });
            certManagerTokenRbac(r, "tools", "route53-solver");
        },
    },
    // cert-manager docs, "Secretless Authentication with a Service Account": the Vault issuer on its own ServiceAccount.
    {
        name: "a Vault Issuer in tools on its own ServiceAccount tools/vault-issuer with cert-manager's documented token RBAC",
        stack: "dev",
        edit: r => {
            serviceAccount(r, "tools", "vault-issuer");
            vaultIssuer(r, "tools", "vault-issuer", "https://vault.platform.svc:8200", { name: "vault-issuer" });
            certManagerTokenRbac(r, "tools", "vault-issuer");
        },
    },
    // Route53 with cert-manager's ambient credentials (its own Pod Identity association, outside the stack) and a DNS role.
    {
        name: "a DNS-01 Route53 Issuer in tools with ambient credentials assuming the dns-challenge role",
        stack: "pod-identity",
        edit: r => route53Issuer(r, "tools", "dns", { role: DNS_ROLE }),
    },
    // A gVisor RuntimeClass pinned to its own tainted pool (nodeSelector + toleration), used by a restricted Job in tools.
    {
        name: "a gVisor RuntimeClass with scheduling nodeSelector and toleration for its sandbox pool, and a restricted Job in tools under it",
        stack: "prod",
        edit: r => {
            runtimeClass(
                r,
                "gvisor",
                "runsc",
                [{ key: "sandbox.gke.io/runtime", operator: "Equal", value: "gvisor", effect: "NoSchedule" }],
                { "sandbox.example.com/runtime": "gvisor" },
            );
            k8s(r, "kubernetes:batch/v1:Job", "tools-report", {
                apiVersion: "batch/v1",
                kind: "Job",
                metadata: { name: "report", namespace: "tools" },
                spec: {
                    backoffLimit: 1,
                    template: {
                        spec: {
                            runtimeClassName: "gvisor",
                            restartPolicy: "Never",
                            serviceAccountName: "default",
                            automountServiceAccountToken: false,
                            containers: [
                                {
                                    name: "report",
                                    image: "registry.example.com/platform/report:1.2.0",
                                    securityContext: restricted,
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
    // Neighbours (round 31 fix): a ClusterIssuer on a ServiceAccount name no custody role trusts, in cert-manager's
    // cluster resource namespace.
    {
        name: "neighbour: a ClusterIssuer whose DNS-01 Route53 solver uses serviceAccountRef route53-solver (dns-challenge role)",
        stack: "prod",
        edit: r =>
            route53Issuer(
                r,
                "",
                "cluster-dns",
                { role: DNS_ROLE, auth: { kubernetes: { serviceAccountRef: { name: "route53-solver" } } } },
                CLUSTER_ISSUER,
            ),
    },
    // A declared Challenge in tools for the tools Issuer, its Route53 solver on tools/route53-solver.
    {
        name: "neighbour: a declared Challenge in tools whose Route53 solver uses serviceAccountRef route53-solver, issuerRef the tools Issuer",
        stack: "dev",
        edit: r => {
            serviceAccount(r, "tools", "route53-solver");
            route53Challenge(
                r,
                "tools",
                { name: "dns", kind: "Issuer", group: "cert-manager.io" },
                { role: DNS_ROLE, auth: { kubernetes: { serviceAccountRef: { name: "route53-solver" } } } },
            );
        },
    },
    // cert-manager's own MutatingWebhookConfiguration (Service cert-manager/cert-manager-webhook) on its issuers, next to
    // a Route53 Issuer in validators on its own ServiceAccount: a Service in cert-manager's namespace is served by
    // pods or endpoints of that namespace, whose writers already act as cert-manager's controller ServiceAccount
    // (customResources.ts certManagerServes).
    {
        name: "neighbour: cert-manager's own webhook (Service cert-manager/cert-manager-webhook) on issuers, clusterissuers and challenges, and a Route53 Issuer in validators on validators/dns-solver",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "validators", "dns-solver");
            route53Issuer(r, "validators", "dns", {
                role: DNS_ROLE,
                auth: { kubernetes: { serviceAccountRef: { name: "dns-solver" } } },
            });
            issuerWebhook(r, "cert-manager-webhook", {
                service: { name: "cert-manager-webhook", namespace: "cert-manager", path: "/mutate" },
            });
        },
    },
    // A cert-manager Certificate in validators for the signer's Service from a ClusterIssuer (inert; neighbour of the
    // issuers above).
    {
        name: "neighbour: a Certificate in validators for the signer's Service from ClusterIssuer platform-ca, with a secretTemplate label",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:cert-manager.io/v1:Certificate", "validators-signer-tls", {
                apiVersion: "cert-manager.io/v1",
                kind: "Certificate",
                metadata: { name: "signer-tls", namespace: "validators" },
                spec: {
                    secretName: "signer-tls",
                    secretTemplate: { labels: { "app.kubernetes.io/component": "signer" } },
                    dnsNames: ["containment-chamber.validators.svc"],
                    duration: "2160h",
                    renewBefore: "360h",
                    privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
                    issuerRef: { name: "platform-ca", kind: "ClusterIssuer", group: "cert-manager.io" },
                },
            }),
    },
];

describeStackCases("red-team 31: Kubernetes/EKS API level", insecure, secure);
