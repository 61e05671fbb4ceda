// Red-team round 68 on the Kubernetes/EKS API level (fresh eyes), on round 67's fix (argoCdNamespaces: argocd plus
// every namespace the stack declares argocd-cm/argocd-rbac-cm/argocd-cmd-params-cm/argocd-secret in, the provider's
// namespace when metadata has none, "*" when unknown).
// Probed: Argo CD's configuration declared through a Kubernetes provider whose default namespace is gitops (no
// metadata.namespace); Argo CD recognised by its other documented objects only (argocd-ssh-known-hosts-cm,
// argocd-notifications-cm, an AppProject in gitops); pod creation in Argo CD's declared namespace (its
// application controller's ServiceAccount); RoleBindings whose namespace comes from the Pulumi Kubernetes provider
// (insecure: every Secret of Argo CD's namespace; secure: a team namespace's ConfigMaps/Secrets).
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses (3 insecure, 2 secure): Argo CD's install ServiceAccounts stay literal to argocd (pod creation in the
// declared Argo CD namespace gitops accepted); argoCdNamespaces ignores Argo CD's other documented ConfigMaps
// (argocd-ssh-known-hosts-cm, argocd-notifications-cm declared in gitops: every-Secret reader / every-ConfigMap writer
// there accepted); a RoleBinding whose namespace comes from the Pulumi Kubernetes provider is read as every
// namespace (secure team-a ConfigMap writer / Secret reader refused as aws-auth / Argo CD). Held: argocd-cm through a
// provider namespace, every-Secret RoleBinding by provider namespace in gitops, a provider-namespace token minter for
// the Pod Identity runtime ServiceAccount, the argocd pod-creation control, an
// AppProject (refused as a custom resource).
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { UNKNOWN } from "../support";
import { describeStackCases, resourceLike, StackCase } from "./support";
import { aws, k8s, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ENTRY = "aws:eks/accessEntry:AccessEntry";
const SA = "kubernetes:core/v1:ServiceAccount";

type R = Parameters<StackCase["edit"]>[0];

const entry = (r: R, name: string, principalArn: string, extra: object = {}) =>
    aws(r, ENTRY, name, { clusterName: "prod-validators", principalArn, type: "STANDARD", ...extra });

const GITOPS = [{ kind: "Group", apiGroup: RBAC, name: "ops-gitops" }];
const TEAM = [{ kind: "Group", apiGroup: RBAC, name: "team-a" }];
const SECRET_READ = [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }];
const CM_WRITE = [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] }];
const POD_CREATE = [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }];

/** A Kubernetes object through a second provider on the stack's cluster whose default namespace is `ns`. */
const viaProvider = (r: R, ns: string, type: string, name: string, inputs: Record<string, unknown>) => {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    const res = resourceLike(like, type, name, inputs);
    res.provider = { ...res.provider!, inputs: { ...res.provider!.inputs, namespace: ns } };
    r.push(res as AnalyzerResourceInput);
};

/**
 * A Role and RoleBinding through a provider whose default namespace is `ns`, without metadata.namespace (or with
 * `own`, which takes precedence over the provider's).
 */
const providerRole = (r: R, ns: string, name: string, rules: object[], subjects: object[], own?: string) => {
    const metadata = own === undefined ? { name } : { name, namespace: own };
    viaProvider(r, ns, `kubernetes:${RBAC}/v1:Role`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata,
        rules,
    });
    viaProvider(r, ns, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-binding`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata,
        roleRef: { apiGroup: RBAC, kind: "Role", name },
        subjects,
    });
};

/** Argo CD's own ConfigMaps declared in `ns` (a careful, read-only default: no admin, no policy.csv grants). */
const argoCdConfig = (r: R, ns: string) => {
    namespace(r, ns);
    for (const [name, data] of [
        ["argocd-cm", { "admin.enabled": "false" }],
        ["argocd-rbac-cm", { "policy.default": "role:readonly" }],
    ] as const)
        k8s(r, "kubernetes:core/v1:ConfigMap", `${ns}-${name}`, {
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: { name, namespace: ns, labels: { "app.kubernetes.io/part-of": "argocd" } },
            data,
        });
};

/** One of Argo CD's other documented ConfigMaps (not argocd-cm/argocd-rbac-cm/argocd-cmd-params-cm) in `ns`. */
const argoCdOtherConfig = (r: R, ns: string, name: string, data: Record<string, string>) => {
    namespace(r, ns);
    k8s(r, "kubernetes:core/v1:ConfigMap", `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, namespace: ns, labels: { "app.kubernetes.io/part-of": "argocd" } },
        data,
    });
};

/** A Gateway API ReferenceGrant without metadata.namespace, through a provider whose namespace is `ns`: Gateways of ingress may reference the TLS Secret edge-tls. */
const providerTlsGrant = (r: R, ns: string, name: string) =>
    viaProvider(r, ns, "kubernetes:gateway.networking.k8s.io/v1beta1:ReferenceGrant", name, {
        apiVersion: "gateway.networking.k8s.io/v1beta1",
        kind: "ReferenceGrant",
        metadata: { name: "edge-tls" },
        spec: {
            from: [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "ingress" }],
            to: [{ group: "", kind: "Secret", name: "edge-tls" }],
        },
    });

/** A Prometheus without metadata.namespace, through a provider whose namespace is `ns`, running as `sa`. */
const providerPrometheus = (r: R, ns: string, name: string, sa: string) =>
    viaProvider(r, ns, "kubernetes:monitoring.coreos.com/v1:Prometheus", name, {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "Prometheus",
        metadata: { name: "platform" },
        spec: {
            replicas: 2,
            serviceAccountName: sa,
            serviceMonitorSelector: { matchLabels: { team: "custody" } },
            retention: "15d",
            securityContext: {
                runAsNonRoot: true,
                runAsUser: 1000,
                runAsGroup: 2000,
                fsGroup: 2000,
                seccompProfile: { type: "RuntimeDefault" },
            },
        },
    });

const KNOWN_HOSTS = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

const insecure: StackCase[] = [
    {
        name: "argocd-cm/argocd-rbac-cm declared without metadata.namespace through a provider whose namespace is gitops, a Role in gitops reading every Secret",
        stack: "prod",
        edit: r => {
            namespace(r, "gitops");
            for (const name of ["argocd-cm", "argocd-rbac-cm"])
                viaProvider(r, "gitops", "kubernetes:core/v1:ConfigMap", `provider-${name}`, {
                    apiVersion: "v1",
                    kind: "ConfigMap",
                    metadata: { name, labels: { "app.kubernetes.io/part-of": "argocd" } },
                    data: name === "argocd-cm" ? { "admin.enabled": "false" } : { "policy.default": "role:readonly" },
                });
            roleFor(r, "gitops-prov-secrets", SECRET_READ, GITOPS, "gitops");
            entry(r, "ops-gitops-prov", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-prov-secrets/,
    },
    {
        name: "Argo CD's configuration in gitops, a Role and RoleBinding in gitops by the provider's namespace (no metadata.namespace) reading every Secret",
        stack: "pod-identity",
        edit: r => {
            argoCdConfig(r, "gitops");
            providerRole(r, "gitops", "gitops-provns-secrets", SECRET_READ, GITOPS);
            entry(r, "ops-gitops-provns", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-provns-secrets/,
    },
    // Was a MISS (fixed in round 69): creating pods in Argo CD's namespace runs them as Argo CD's ServiceAccounts there (Kubernetes "RBAC Good
    // Practices", "Workload creation": "Users who can create or edit pods ... can run them as any ServiceAccount in the
    // namespace"), argocd-application-controller among them (cluster-wide by its install: ARGOCD_USERS_WHY). The stack
    // declares argocd-cm/argocd-rbac-cm in gitops, so argoCdNamespaces reads Argo CD as installed in gitops (Argo CD
    // "Declarative Setup": "All resources ... have to be installed in the Argo CD namespace (by default argocd)"), yet
    // the install's ServiceAccounts stay literal: customResources.ts CLUSTER_APPLYING_RESOURCES "argoproj.io"
    // controllers ["argocd/argocd-application-controller"] and ARGOCD_ADMIN_ACCOUNTS (argocd/...), so pod creation in
    // gitops is accepted while the same Role in argocd is refused (the control below). Fix: Argo CD's install
    // ServiceAccounts exist in every argoCdNamespaces namespace ("*" = any) wherever pod creation/token minting/
    // impersonation is read.
    {
        name: "Argo CD's configuration in gitops, a Role in gitops creating pods (as Argo CD's application controller ServiceAccount there)",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            roleFor(r, "gitops-pods", POD_CREATE, GITOPS, "gitops");
            entry(r, "ops-gitops-pods", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-pods/,
    },
    {
        name: "control: Argo CD's configuration in argocd, a Role in argocd creating pods",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "argocd");
            roleFor(r, "argocd-pods", POD_CREATE, GITOPS, "argocd");
            entry(r, "ops-argocd-pods", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /argocd-pods/,
    },
    // Round 69 neighbours of the pod-creation fix: Argo CD's ServiceAccounts are in every namespace Argo CD is
    // installed in, however that namespace is known (metadata.namespace or the provider's), and whatever gets there
    // (pods, a RoleBinding placed by the provider's namespace, a token of one of them by name).
    {
        name: "round 69: argocd-cm/argocd-rbac-cm through a provider whose namespace is gitops, a Role in gitops creating pods",
        stack: "prod",
        edit: r => {
            namespace(r, "gitops");
            for (const name of ["argocd-cm", "argocd-rbac-cm"])
                viaProvider(r, "gitops", "kubernetes:core/v1:ConfigMap", `provns-${name}`, {
                    apiVersion: "v1",
                    kind: "ConfigMap",
                    metadata: { name, labels: { "app.kubernetes.io/part-of": "argocd" } },
                    data: name === "argocd-cm" ? { "admin.enabled": "false" } : { "policy.default": "role:readonly" },
                });
            roleFor(r, "gitops-provcm-pods", POD_CREATE, GITOPS, "gitops");
            entry(r, "ops-gitops-provcm-pods", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-provcm-pods/,
    },
    {
        name: "round 69: Argo CD's configuration in gitops, a Role and RoleBinding in gitops by the provider's namespace creating pods",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            providerRole(r, "gitops", "gitops-provns-pods", POD_CREATE, GITOPS);
            entry(r, "ops-gitops-provns-pods", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-provns-pods/,
    },
    {
        name: "round 69: Argo CD's configuration in gitops, a Role in gitops minting argocd-application-controller's token by name",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            roleFor(
                r,
                "gitops-appctl-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["argocd-application-controller"],
                    },
                ],
                GITOPS,
                "gitops",
            );
            entry(r, "ops-gitops-appctl-token", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-appctl-token/,
    },
    // Was a MISS (fixed in round 69): argoCdNamespaces recognises Argo CD's namespace only by argocd-cm/argocd-rbac-cm/argocd-cmd-params-cm/
    // argocd-secret (customResources.ts ARGOCD_CONFIG_MAPS/ARGOCD_SECRETS), but Argo CD's "Declarative Setup" atomic
    // configuration also lists argocd-tls-certs-cm and argocd-ssh-known-hosts-cm (each "a single supported resource
    // name", all "installed in the Argo CD namespace (by default argocd)"), and argocd-notifications-cm/-secret
    // (Notifications) and argocd-gpg-keys-cm live there too. A stack declaring only one of those in gitops has Argo CD
    // in gitops, where argocd-secret (read: server.secretkey signs an admin session, ARGOCD_SECRET_WHY) and
    // argocd-rbac-cm (written: `g, me, role:admin`, ARGOCD_USERS_WHY) exist from the install on; every-Secret readers
    // and every-ConfigMap writers there are accepted. Fix: recognise every documented Argo CD ConfigMap/Secret name
    // (argocd-tls-certs-cm, argocd-ssh-known-hosts-cm, argocd-gpg-keys-cm, argocd-notifications-cm,
    // argocd-notifications-secret) in argoCdNamespaces (only for locating the install, not as admin power).
    {
        name: "argocd-ssh-known-hosts-cm declared in gitops (Argo CD installed there), a Role in gitops reading every Secret",
        stack: "prod",
        edit: r => {
            argoCdOtherConfig(r, "gitops", "argocd-ssh-known-hosts-cm", { ssh_known_hosts: KNOWN_HOSTS });
            roleFor(r, "gitops-kh-secrets", SECRET_READ, GITOPS, "gitops");
            entry(r, "ops-gitops-kh", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-kh-secrets/,
    },
    // Was a MISS (fixed in round 69): argoCdNamespaces recognises Argo CD's namespace only by argocd-cm/argocd-rbac-cm/argocd-cmd-params-cm/
    // argocd-secret (customResources.ts ARGOCD_CONFIG_MAPS/ARGOCD_SECRETS), but Argo CD's "Declarative Setup" atomic
    // configuration also lists argocd-tls-certs-cm and argocd-ssh-known-hosts-cm (each "a single supported resource
    // name", all "installed in the Argo CD namespace (by default argocd)"), and argocd-notifications-cm/-secret
    // (Notifications) and argocd-gpg-keys-cm live there too. A stack declaring only one of those in gitops has Argo CD
    // in gitops, where argocd-secret (read: server.secretkey signs an admin session, ARGOCD_SECRET_WHY) and
    // argocd-rbac-cm (written: `g, me, role:admin`, ARGOCD_USERS_WHY) exist from the install on; every-Secret readers
    // and every-ConfigMap writers there are accepted. Fix: recognise every documented Argo CD ConfigMap/Secret name
    // (argocd-tls-certs-cm, argocd-ssh-known-hosts-cm, argocd-gpg-keys-cm, argocd-notifications-cm,
    // argocd-notifications-secret) in argoCdNamespaces (only for locating the install, not as admin power).
    {
        name: "argocd-notifications-cm declared in gitops (Argo CD installed there), a Role in gitops writing every ConfigMap",
        stack: "pod-identity",
        edit: r => {
            argoCdOtherConfig(r, "gitops", "argocd-notifications-cm", {
                context: "argocdUrl: https://argocd.example.com",
            });
            roleFor(r, "gitops-notif-cm", CM_WRITE, GITOPS, "gitops");
            entry(r, "ops-gitops-notif", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-notif-cm/,
    },
    // An AppProject is refused as an unjudged custom resource (whatever the Role), so no miss here.
    {
        name: "an AppProject declared in gitops (AppProjects live only in Argo CD's namespace), a Role in gitops reading every Secret",
        stack: "prod",
        edit: r => {
            namespace(r, "gitops");
            k8s(r, "kubernetes:argoproj.io/v1alpha1:AppProject", "gitops-team-project", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "AppProject",
                metadata: { name: "team-a", namespace: "gitops" },
                spec: {
                    sourceRepos: ["https://github.com/example/team-a.git"],
                    destinations: [{ server: "https://kubernetes.default.svc", namespace: "team-a" }],
                    clusterResourceWhitelist: [],
                    namespaceResourceWhitelist: [{ group: "apps", kind: "Deployment" }],
                },
            });
            roleFor(r, "gitops-proj-secrets", SECRET_READ, GITOPS, "gitops");
            entry(r, "ops-gitops-proj", OPS_ROLE, { kubernetesGroups: ["ops-gitops"] });
        },
        refused: /gitops-team-project|gitops-proj-secrets/,
    },
    // The pod-identity stack's runtime ServiceAccount validators/containment-chamber (EKS Pod Identity association):
    // minting its token through a RoleBinding placed in validators by the provider's namespace.
    {
        name: "a Role and RoleBinding in validators by the provider's namespace minting containment-chamber's token (Pod Identity runtime ServiceAccount)",
        stack: "pod-identity",
        edit: r => {
            providerRole(
                r,
                "validators",
                "chamber-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        verbs: ["create"],
                        resourceNames: ["containment-chamber"],
                    },
                ],
                TEAM,
            );
            entry(r, "ops-team-a", OPS_ROLE, { kubernetesGroups: ["team-a"] });
        },
        refused: /chamber-token/,
    },
    // Round 69 neighbours of the provider-namespace fix: the provider's namespace places a Role/RoleBinding in
    // kube-system (aws-auth) as metadata.namespace would; metadata.namespace wins over the provider's; a provider
    // namespace unknown during the preview may be any (fail closed).
    {
        name: "round 69: a Role and RoleBinding in kube-system by the provider's namespace writing every ConfigMap (aws-auth)",
        stack: "prod",
        edit: r => providerRole(r, "kube-system", "ks-provns-config", CM_WRITE, TEAM),
        refused: /ks-provns-config/,
    },
    {
        name: "round 69: a Role and RoleBinding with metadata.namespace kube-system through a provider whose namespace is team-a, writing every ConfigMap",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            providerRole(r, "team-a", "ks-own-config", CM_WRITE, TEAM, "kube-system");
        },
        refused: /ks-own-config/,
    },
    {
        name: "round 69: a Role and RoleBinding by a provider namespace unknown during the preview, writing every ConfigMap",
        stack: "prod",
        edit: r => providerRole(r, UNKNOWN, "unknown-provns-config", CM_WRITE, TEAM),
        refused: /unknown-provns-config/,
    },
    // The same reading outside RBAC (opaque.ts runtimeNamespaces/ReferenceGrants): a TLS Secret grant placed by the
    // provider's namespace in the runtime namespace validators, or in a namespace unknown during the preview.
    {
        name: "round 69: a ReferenceGrant by the provider's namespace validators letting Gateways reference the Secret edge-tls",
        stack: "pod-identity",
        edit: r => providerTlsGrant(r, "validators", "validators-provns-grant"),
        refused: /validators-provns-grant.*runtime ServiceAccounts/,
    },
    {
        name: "round 69: a ReferenceGrant by a provider namespace unknown during the preview letting Gateways reference the Secret edge-tls",
        stack: "pod-identity",
        edit: r => providerTlsGrant(r, UNKNOWN, "unknown-provns-grant"),
        refused: /unknown-provns-grant/,
    },
    // ... and for the pods prometheus-operator renders (RENDERED_POD_KINDS): a Prometheus placed by the provider's
    // namespace validators runs as the runtime ServiceAccount there; by one unknown during the preview, maybe too.
    {
        name: "round 69: a Prometheus by the provider's namespace validators running as containment-chamber",
        stack: "prod",
        edit: r => providerPrometheus(r, "validators", "validators-provns-prometheus", "containment-chamber"),
        refused: /Prometheus validators\/platform runs as ServiceAccount validators\/containment-chamber/,
    },
    {
        name: "round 69: a Prometheus by a provider namespace unknown during the preview running as containment-chamber",
        stack: "prod",
        edit: r => providerPrometheus(r, UNKNOWN, "unknown-provns-prometheus", "containment-chamber"),
        refused:
            /Prometheus <a namespace unknown during the preview>\/platform runs as ServiceAccount <a namespace unknown during the preview>\/containment-chamber/,
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 69): the Pulumi Kubernetes provider's `namespace` places a namespaced object that has no metadata.namespace
    // (pulumi-kubernetes Provider input `namespace`: "If present, the default namespace to use. This flag is ignored for
    // cluster-scoped resources"; precedence metadata.namespace, then the provider's namespace, then the kubeconfig
    // context's). argoCdNamespaces already reads it (str(r.provider?.props, "namespace")), and so does the aws-auth
    // check, but the RBAC bindings loop in kubernetes.ts takes a RoleBinding's namespace from meta(r).namespace only: with
    // none, `reached` keeps every onlyIn power and scopeOf reads the binding as every namespace ("*"), so a Role/RoleBinding
    // pair a platform team writes through a team-a provider is read as writing aws-auth in kube-system and argocd-rbac-cm
    // / reading argocd-secret in argocd. The same Role with metadata.namespace team-a is accepted (the control below).
    // Fix: in the bindings loop (and Role lookup by namespace), use m.namespace ?? the provider's namespace before
    // falling back to "unknown".
    {
        name: "a Role and RoleBinding in team-a by the provider's namespace (no metadata.namespace) writing every ConfigMap",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            providerRole(r, "team-a", "team-a-config", CM_WRITE, TEAM);
        },
    },
    // Was a MISS (fixed in round 69): the Pulumi Kubernetes provider's `namespace` places a namespaced object that has no metadata.namespace
    // (pulumi-kubernetes Provider input `namespace`: "If present, the default namespace to use. This flag is ignored for
    // cluster-scoped resources"; precedence metadata.namespace, then the provider's namespace, then the kubeconfig
    // context's). argoCdNamespaces already reads it (str(r.provider?.props, "namespace")), and so does the aws-auth
    // check, but the RBAC bindings loop in kubernetes.ts takes a RoleBinding's namespace from meta(r).namespace only: with
    // none, `reached` keeps every onlyIn power and scopeOf reads the binding as every namespace ("*"), so a Role/RoleBinding
    // pair a platform team writes through a team-a provider is read as writing aws-auth in kube-system and argocd-rbac-cm
    // / reading argocd-secret in argocd. The same Role with metadata.namespace team-a is accepted (the control below).
    // Fix: in the bindings loop (and Role lookup by namespace), use m.namespace ?? the provider's namespace before
    // falling back to "unknown".
    {
        name: "Argo CD's configuration in gitops, a Role and RoleBinding in team-a by the provider's namespace reading every Secret",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            namespace(r, "team-a");
            providerRole(r, "team-a", "team-a-secrets", SECRET_READ, TEAM);
        },
    },
    {
        name: "control: a Role in team-a (metadata.namespace) writing every ConfigMap and reading every Secret, Argo CD's configuration in gitops",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            namespace(r, "team-a");
            roleFor(r, "team-a-plain", [...CM_WRITE, ...SECRET_READ], TEAM, "team-a");
        },
    },
    // Round 69 neighbours (secure side): pod creation outside Argo CD's namespaces stays the namespace's own;
    // metadata.namespace wins over a provider's kube-system.
    {
        name: "round 69: Argo CD's configuration in gitops, a Role in team-a (restricted) creating pods",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            namespace(r, "team-a");
            roleFor(r, "team-a-pods", POD_CREATE, TEAM, "team-a");
        },
    },
    {
        name: "round 69: Argo CD's configuration in gitops, a Role and RoleBinding in team-a (restricted) by the provider's namespace creating pods",
        stack: "prod",
        edit: r => {
            argoCdConfig(r, "gitops");
            namespace(r, "team-a");
            providerRole(r, "team-a", "team-a-provns-pods", POD_CREATE, TEAM);
        },
    },
    {
        name: "round 69: a Role and RoleBinding with metadata.namespace team-a through a provider whose namespace is kube-system, writing every ConfigMap",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            providerRole(r, "kube-system", "team-a-own-config", CM_WRITE, TEAM, "team-a");
        },
    },
    {
        name: "round 69: a ReferenceGrant by the provider's namespace certs letting Gateways reference the TLS Secret edge-tls",
        stack: "pod-identity",
        edit: r => providerTlsGrant(r, "certs", "certs-provns-grant"),
    },
];

describeStackCases("red team 68: Kubernetes/EKS API level", insecure, secure);
