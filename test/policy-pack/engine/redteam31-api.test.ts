// Red-team round 31 on the Kubernetes/EKS API level (fresh eyes): cert-manager issuers whose controller mints a
// ServiceAccount token itself (ACME DNS-01 Route53 `auth.kubernetes.serviceAccountRef`, which cert-manager trades
// for the issuer's `role` through AssumeRoleWithWebIdentity; the Vault issuer's `serviceAccountRef` with extra
// `audiences`, sent to the issuer's `server`), as an Issuer, an IssuerPatch, a Challenge, and a mutating webhook on
// Issuers; a DeploymentPatch giving the signer a RuntimeClass whose scheduling tolerations admit an outside pool; and
// what a careful platform team writes (a Route53 DNS-01 issuer on its own solver ServiceAccount with cert-manager's
// documented token RBAC, a Vault issuer on its own ServiceAccount, ambient-credential DNS-01, a gVisor RuntimeClass
// with scheduling tolerations for its own pool).
// The cert-manager token-minting shapes (serviceAccountRef on containment-chamber) are accepted today: MISS cases.
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, restricted, serviceAccount } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const signerRole = (stack: "prod" | "dev") => `arn:aws:iam::${PRIMARY}:role/custody-${stack}-signer`;
const DNS_ROLE = `arn:aws:iam::${PRIMARY}:role/dns-challenge`;
const CERT_MANAGER_SA = { kind: "ServiceAccount", name: "cert-manager", namespace: "cert-manager" };
const ISSUER = "kubernetes:cert-manager.io/v1:Issuer";

/** An ACME Issuer in `ns` whose only solver is DNS-01 Route53 with `route53` (cert-manager API reference, ACMEIssuerDNS01ProviderRoute53). */
function route53Issuer(r: Resources, ns: string, name: string, route53: Record<string, unknown>, type = ISSUER): void {
    k8s(r, type, `${ns}-${name}`, {
        apiVersion: "cert-manager.io/v1",
        kind: "Issuer",
        metadata: { name, namespace: ns },
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
    // MISS: engine/customResources.ts reads cert-manager.io as inert but for ACME HTTP-01 solver pods (acmeSolverPods); a DNS-01 Route53 solver's auth.kubernetes.serviceAccountRef makes cert-manager mint a token for validators/containment-chamber (aud sts.amazonaws.com) and AssumeRoleWithWebIdentity into the signer role it names: a second holder of the runtime role (cert-manager API reference, Route53KubernetesAuth/ServiceAccountRef). Needs cert-manager's token RBAC on that name, which is outside the stack here (with it in the stack the neighbour below is refused).
    {
        name: "a cert-manager ACME Issuer in validators whose DNS-01 Route53 solver authenticates with serviceAccountRef containment-chamber and assumes the signer's role",
        stack: "prod",
        edit: r =>
            route53Issuer(r, "validators", "dns", {
                role: signerRole("prod"),
                auth: { kubernetes: { serviceAccountRef: { name: "containment-chamber" } } },
            }),
        skip: "MISS: a Route53 DNS-01 serviceAccountRef on a runtime ServiceAccount is read as inert",
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
    // MISS: the Vault issuer's auth.kubernetes.serviceAccountRef (cert-manager API reference v1 ServiceAccountRef: token audiences are the server address, vault://<ns>/<issuer> and the extra `audiences`) sends a signer token carrying sts.amazonaws.com to the issuer's `server`, any URL: whoever runs it can call AssumeRoleWithWebIdentity as the signer (same cert-manager RBAC precondition).
    {
        name: "a cert-manager Vault Issuer in validators whose serviceAccountRef is containment-chamber with extra audience sts.amazonaws.com, server outside the cluster",
        stack: "dev",
        edit: r =>
            vaultIssuer(r, "validators", "pki", "https://vault.partner.example.com:8200", {
                name: "containment-chamber",
                audiences: ["sts.amazonaws.com"],
            }),
        skip: "MISS: a Vault serviceAccountRef on a runtime ServiceAccount is read as inert",
        refused: /containment-chamber|pki|serviceAccountRef/,
    },
    // An IssuerPatch (server-side apply) of an Issuer outside the stack in validators, adding the same solver.
    // MISS: same as the Route53 Issuer, written as an IssuerPatch of an Issuer outside the stack.
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
        skip: "MISS: an IssuerPatch adding a Route53 serviceAccountRef is read as inert",
        refused: /containment-chamber|letsencrypt|serviceAccountRef/,
    },
    // A Challenge carries its own solver (acme.cert-manager.io Challenge spec.solver: "Contains the domain solving
    // configuration that should be used to solve this challenge resource"); cert-manager runs it in the Challenge's
    // namespace with the Issuer named by spec.issuerRef.
    // MISS: a Challenge carries its own solver (acme.cert-manager.io Challenge spec.solver); acme.cert-manager.io is inert as a whole when declared, so its Route53 serviceAccountRef on containment-chamber is not read.
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
        skip: "MISS: a declared Challenge's Route53 serviceAccountRef is read as inert",
        refused: /containment-chamber|Challenge|serviceAccountRef/,
    },
    // A mutating webhook on cert-manager Issuers served by a Service outside cert-manager: with an Issuer of the stack in
    // validators, the webhook can add the Route53 serviceAccountRef solver above at any update.
    // MISS: customResources.ts isInertResource(rbac=false) treats webhooks on cert-manager kinds as cert-manager's own; one served by platform/issuer-defaults can add a Route53 or Vault serviceAccountRef on containment-chamber to the stack's Issuer in validators (Kubernetes "Dynamic Admission Control"; cert-manager ServiceAccountRef).
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
        skip: "MISS: a foreign mutating webhook on cert-manager Issuers is read as inert",
        refused: /issuer-defaults|issuers/,
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

describe("red-team 31: Kubernetes/EKS API level", function () {
    this.timeout(120000);
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy ?? EFFECTIVE);
            });
        }
    });
    describe("secure variants are accepted", () => {
        for (const c of secure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runWholePack(c.stack, r));
            });
        }
    });
});
