// Red-team round 44 on false positives at the AWS and Kubernetes API levels, across the committed stacks (fresh
// eyes). Probed: round 41's Kubernetes rules (a ServiceAccount holding what its groups are bound to, with the
// bindings every EKS cluster or operator keeps for system:authenticated / system:serviceaccounts: discovery, public
// info, the EKS PSP leftover, kubebuilder metrics readers and auth delegation; Argo CD's namespace-scoped install
// declared in the stack; read-only access beside controllers installed outside the stack; CEL optionals with
// hasValue() and variables; Gateway TLS certificates by ReferenceGrant; named Secret writes) and round 43's AWS rule
// (user data of instances whose profile reaches a custody asset: the cross-account caller's instance and launch
// template with ordinary user data). Each secure shape has an insecure neighbour the pack must still refuse. Misses
// are `it.skip` with a MISS comment: a namespace-scoped Argo CD declared in the stack is judged as the default
// cluster-wide install (secure refused); `patch` on a Secret is not counted as reading it (two insecure accepted).
import { assertClean, assertRefused, find, Resources, runPackWith, stackResources } from "./support";
import { k8s, k8sRole, bind } from "./variantBuilders";
import { beside } from "./awsCaseBuilders";

const ROLE = "aws:iam/role:Role";
const RBAC = "rbac.authorization.k8s.io";
const ADM = "kubernetes:admissionregistration.k8s.io/v1";
const GW = "kubernetes:gateway.networking.k8s.io";

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const sa = (namespace: string, name: string) => ({ kind: "ServiceAccount", name, namespace });
const group = (name: string) => ({ kind: "Group", name, apiGroup: RBAC });

/** A ServiceAccount declared by the stack. */
function account(r: Resources, namespace: string, name: string): void {
    k8s(r, "kubernetes:core/v1:ServiceAccount", `${namespace}-${name}`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name, namespace },
    });
}

/** A token Secret of ServiceAccount kube-system/replicaset-controller in the stack (makes Secret readers matter). */
function tokenSecret(r: Resources): void {
    k8s(r, "kubernetes:core/v1:Secret", "rs-token", {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: {
            name: "rs-token",
            namespace: "kube-system",
            annotations: { "kubernetes.io/service-account.name": "replicaset-controller" },
        },
    });
}

/** A cluster-wide ValidatingAdmissionPolicy with its binding (Deny). */
function admissionPolicy(r: Resources, name: string, spec: Record<string, unknown>): void {
    k8s(r, `${ADM}:ValidatingAdmissionPolicy`, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: { failurePolicy: "Fail", ...spec },
    });
    k8s(r, `${ADM}:ValidatingAdmissionPolicyBinding`, `${name}-binding`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: `${name}-binding` },
        spec: { policyName: name, validationActions: ["Deny"] },
    });
}

const SECRETS_CU = {
    resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["secrets"] }],
};

/**
 * The built-in discovery bindings as an EKS cluster has them, declared by the stack (some platforms manage them to
 * pin them): system:discovery and system:basic-user to system:authenticated, system:public-info-viewer to
 * system:authenticated and system:unauthenticated (rules from the bootstrap policy).
 */
function discoveryBindings(r: Resources): void {
    k8sRole(r, "system:discovery", [
        {
            nonResourceURLs: [
                "/api",
                "/api/*",
                "/apis",
                "/apis/*",
                "/healthz",
                "/livez",
                "/openapi",
                "/openapi/*",
                "/readyz",
                "/version",
                "/version/",
            ],
            verbs: ["get"],
        },
    ]);
    k8sRole(r, "system:basic-user", [
        {
            apiGroups: ["authorization.k8s.io"],
            resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
            verbs: ["create"],
        },
        { apiGroups: ["authentication.k8s.io"], resources: ["selfsubjectreviews"], verbs: ["create"] },
    ]);
    k8sRole(r, "system:public-info-viewer", [
        { nonResourceURLs: ["/healthz", "/livez", "/readyz", "/version", "/version/"], verbs: ["get"] },
    ]);
    bind(r, "system:discovery", { kind: "ClusterRole", name: "system:discovery" }, [group("system:authenticated")]);
    bind(r, "system:basic-user", { kind: "ClusterRole", name: "system:basic-user" }, [group("system:authenticated")]);
    bind(r, "system:public-info-viewer", { kind: "ClusterRole", name: "system:public-info-viewer" }, [
        group("system:authenticated"),
        group("system:unauthenticated"),
    ]);
}

/** EKS's PodSecurityPolicy leftover of clusters created before 1.25: `use` of eks.privileged by every authenticated subject. */
function eksPspLeftover(r: Resources): void {
    k8sRole(r, "eks:podsecuritypolicy:privileged", [
        {
            apiGroups: ["policy"],
            resources: ["podsecuritypolicies"],
            resourceNames: ["eks.privileged"],
            verbs: ["use"],
        },
    ]);
    bind(r, "eks:podsecuritypolicy:authenticated", { kind: "ClusterRole", name: "eks:podsecuritypolicy:privileged" }, [
        group("system:authenticated"),
    ]);
}

/**
 * A kubebuilder operator's metrics protection in platform: its controller may create TokenReviews and
 * SubjectAccessReviews (metrics-auth-role), every ServiceAccount may GET /metrics (metrics-reader bound to
 * system:serviceaccounts), and the controller manages its own Secrets in platform.
 */
function kubebuilderOperator(r: Resources, secretNamespace = "platform"): void {
    account(r, "platform", "policy-controller");
    k8sRole(r, "policy-metrics-auth", [
        { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
        { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
    ]);
    bind(r, "policy-metrics-auth", { kind: "ClusterRole", name: "policy-metrics-auth" }, [
        sa("platform", "policy-controller"),
    ]);
    k8sRole(r, "policy-metrics-reader", [{ nonResourceURLs: ["/metrics"], verbs: ["get"] }]);
    bind(r, "policy-metrics-reader", { kind: "ClusterRole", name: "policy-metrics-reader" }, [
        group("system:serviceaccounts"),
    ]);
    k8sRole(
        r,
        "policy-controller-secrets",
        [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch", "create", "update", "patch"] }],
        secretNamespace,
    );
    bind(
        r,
        "policy-controller-secrets",
        { kind: "Role", name: "policy-controller-secrets" },
        [sa("platform", "policy-controller")],
        secretNamespace,
    );
}

/**
 * Argo CD's namespace-scoped install (argo-cd manifests/namespace-install.yaml) declared in the stack: its
 * ServiceAccounts and their Roles in argocd, the application controller's `*` on `*` only there unless
 * `clusterWide` binds it to a ClusterRole of every verb on every resource (manifests/install.yaml).
 */
function argoCdInstall(r: Resources, clusterWide = false, coreOnly = false): void {
    for (const n of ["argocd-application-controller", "argocd-server", "argocd-repo-server"]) account(r, "argocd", n);
    const controllerRules = [
        { apiGroups: ["*"], resources: ["*"], verbs: ["*"] },
        { nonResourceURLs: ["*"], verbs: ["*"] },
    ];
    if (clusterWide) {
        k8sRole(r, "argocd-application-controller", controllerRules);
        bind(r, "argocd-application-controller", { kind: "ClusterRole", name: "argocd-application-controller" }, [
            sa("argocd", "argocd-application-controller"),
        ]);
    } else {
        const rules = coreOnly
            ? [{ apiGroups: ["", "apps", "batch", "networking.k8s.io"], resources: ["*"], verbs: ["*"] }]
            : [controllerRules[0]];
        k8sRole(r, "argocd-application-controller", rules, "argocd");
        bind(
            r,
            "argocd-application-controller",
            { kind: "Role", name: "argocd-application-controller" },
            [sa("argocd", "argocd-application-controller")],
            "argocd",
        );
    }
    k8sRole(
        r,
        "argocd-server",
        [
            {
                apiGroups: [""],
                resources: ["secrets", "configmaps"],
                verbs: ["create", "get", "list", "watch", "update", "patch", "delete"],
            },
            {
                apiGroups: ["argoproj.io"],
                resources: ["applications", "applicationsets", "appprojects"],
                verbs: ["create", "get", "list", "watch", "update", "delete", "patch"],
            },
            { apiGroups: [""], resources: ["events"], verbs: ["create", "list"] },
        ],
        "argocd",
    );
    bind(r, "argocd-server", { kind: "Role", name: "argocd-server" }, [sa("argocd", "argocd-server")], "argocd");
}

/** A ReferenceGrant in `ns` with these from/to entries. */
function referenceGrant(r: Resources, ns: string, from: object[], to: object[], version = "v1beta1"): void {
    k8s(r, `${GW}/${version}:ReferenceGrant`, `${ns}-grant`, {
        apiVersion: `gateway.networking.k8s.io/${version}`,
        kind: "ReferenceGrant",
        metadata: { name: "ingress-grant", namespace: ns },
        spec: { from, to },
    });
}

/** An HTTPRoute in ingress sending web.example.com to the Service apps/web (a cross-namespace backend). */
function httpRoute(r: Resources): void {
    k8s(r, `${GW}/v1:HTTPRoute`, "web", {
        apiVersion: "gateway.networking.k8s.io/v1",
        kind: "HTTPRoute",
        metadata: { name: "web", namespace: "ingress" },
        spec: {
            parentRefs: [{ name: "edge", sectionName: "https" }],
            hostnames: ["web.example.com"],
            rules: [{ backendRefs: [{ name: "web", namespace: "apps", port: 8080 }] }],
        },
    });
}

/** The cross-account caller's EC2 instance (account B, instance profile instance-role, IMDSv2 hop limit 1). */
function callerInstance(r: Resources, userData: string): void {
    beside(
        r,
        "cross-account",
        "aws:ec2/instance:Instance",
        "caller-box",
        {
            ami: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            iamInstanceProfile: "instance-role",
            metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
            userData,
        },
        find(r, ROLE, "cross-account-caller"),
    );
}

/** Seed 003's operator box as a platform team writes it: packages, SSM agent, CloudWatch agent, IMDSv2 instance id. */
const ORDINARY_USER_DATA = `#!/bin/bash
set -euo pipefail
dnf install -y jq awscli-2 amazon-cloudwatch-agent
systemctl enable --now amazon-ssm-agent
TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")
INSTANCE_ID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)
hostnamectl set-hostname "caller-$INSTANCE_ID"
/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c ssm:AmazonCloudWatch-caller
`;

const CLOUD_CONFIG_USER_DATA = `#cloud-config
package_update: true
packages:
  - amazon-cloudwatch-agent
  - jq
write_files:
  - path: /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json
    permissions: "0644"
    content: |
      {"logs": {"logs_collected": {"files": {"collect_list": [{"file_path": "/var/log/messages", "log_group_name": "caller"}]}}}}
runcmd:
  - [systemctl, enable, --now, amazon-ssm-agent]
  - [/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl, -a, fetch-config, -m, ec2, -s, -c, "file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json"]
`;

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------- groups (round 41 rule)
    // Kubernetes "Using RBAC Authorization", "Default roles and role bindings": system:basic-user, system:discovery
    // and system:public-info-viewer are bound to system:authenticated (the last also to system:unauthenticated);
    // their rules are discovery URLs and self reviews (create on selfsubjectaccessreviews is no object written).
    {
        stack: "dev",
        name: "S1: the built-in discovery bindings declared by the stack (system:discovery, system:basic-user to system:authenticated; system:public-info-viewer also to system:unauthenticated), next to a ServiceAccount that reads Secrets in tools",
        edit: r => {
            discoveryBindings(r);
            account(r, "tools", "reporter");
            k8sRole(r, "reporter", [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }], "tools");
            bind(r, "reporter", { kind: "Role", name: "reporter" }, [sa("tools", "reporter")], "tools");
        },
    },
    // EKS user guide, "Amazon EKS Pod Security Policy removal FAQ": clusters before 1.25 had the eks.privileged PSP
    // with ClusterRole eks:podsecuritypolicy:privileged bound to system:authenticated; the PSP API is gone since
    // Kubernetes 1.25, so `use` on podsecuritypolicies authorises nothing.
    {
        stack: "prod",
        name: "S2: the EKS PodSecurityPolicy leftover (use of eks.privileged bound to system:authenticated) kept by a migrated stack",
        edit: r => eksPspLeftover(r),
    },
    {
        stack: "prod",
        name: "I2: the leftover's ClusterRole widened by a careless edit to every verb on podsecuritypolicies and secrets (system:authenticated reads every Secret)",
        edit: r => {
            k8sRole(r, "eks:podsecuritypolicy:privileged", [
                { apiGroups: ["policy", ""], resources: ["podsecuritypolicies", "secrets"], verbs: ["*"] },
            ]);
            bind(
                r,
                "eks:podsecuritypolicy:authenticated",
                { kind: "ClusterRole", name: "eks:podsecuritypolicy:privileged" },
                [group("system:authenticated")],
            );
        },
        refused: /./,
    },
    // kubebuilder "Metrics" (config/rbac metrics_auth_role.yaml: create tokenreviews and subjectaccessreviews;
    // metrics_reader_role.yaml: get /metrics): the controller authenticates scrapers, every ServiceAccount may scrape.
    {
        stack: "trust-domain",
        name: "S3: a kubebuilder operator in platform: metrics-auth (create tokenreviews, subjectaccessreviews), metrics-reader bound to Group system:serviceaccounts, its own Secrets (create/get/patch) in platform",
        edit: r => kubebuilderOperator(r),
    },
    {
        stack: "trust-domain",
        name: "I3: the same operator's Secret Role bound in kube-system (create and get Secrets there: a legacy token of kube-controller-manager's ServiceAccounts)",
        edit: r => kubebuilderOperator(r, "kube-system"),
        refused: /policy-controller/,
    },
    // Kubernetes "Managing Service Accounts": every ServiceAccount is in Groups system:serviceaccounts and
    // system:serviceaccounts:<namespace>; a Role bound to the latter is the namespace's CI jobs' shared right.
    {
        stack: "curity",
        name: "S4: Group system:serviceaccounts:ci may create, get, list, update and delete Secrets in ci (CI jobs' registry credentials); the stack's ci/deployer only reads Deployments cluster-wide",
        edit: r => {
            account(r, "ci", "deployer");
            k8sRole(
                r,
                "ci-secrets",
                [
                    {
                        apiGroups: [""],
                        resources: ["secrets"],
                        verbs: ["create", "get", "list", "update", "delete"],
                    },
                ],
                "ci",
            );
            bind(r, "ci-secrets", { kind: "Role", name: "ci-secrets" }, [group("system:serviceaccounts:ci")], "ci");
            k8sRole(r, "deploy-reader", [
                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] },
            ]);
            bind(r, "deploy-reader", { kind: "ClusterRole", name: "deploy-reader" }, [sa("ci", "deployer")]);
        },
    },
    {
        stack: "curity",
        name: "I4: Group system:serviceaccounts:ci may create serviceaccounts/token for dynamo-sa in curity (every CI job requests an sts.amazonaws.com token of Curity's IRSA ServiceAccount)",
        edit: r => {
            k8sRole(
                r,
                "ci-tokens",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        resourceNames: ["dynamo-sa"],
                        verbs: ["create"],
                    },
                ],
                "curity",
            );
            bind(r, "ci-tokens", { kind: "Role", name: "ci-tokens" }, [group("system:serviceaccounts:ci")], "curity");
        },
        refused: /dynamo-sa|curity/,
    },
    // ----------------------------------------------------------------------------------------- Argo CD installed
    // argo-cd manifests/README: namespace-install.yaml is the "Namespace-level ArgoCD installation ... with no
    // cluster-scoped permissions"; its application controller and server hold Roles in argocd only, so Argo CD's
    // admin (who holds argocd-secret's server.secretkey) deploys only into argocd.
    // Was a MISS (fixed in round 44): refused as "act cluster-wide as Argo CD" / "act cluster-wide as their controller": argocd-server writing
    // Applications and ConfigMaps and both components reading argocd-secret are judged by Argo CD's DEFAULT install
    // (controller bound cluster-wide), although the stack itself declares argocd/argocd-application-controller and
    // binds it only to a Role in argocd. Argo CD's admin, or whoever writes an Application, gets the controller's sync
    // power, which here is namespace argocd (core/apps/batch/networking objects only, no custom resources); no
    // custody ServiceAccount runs there. Who gains: nobody; a platform cannot run a namespace-scoped Argo CD beside
    // the custody workloads. Fix: when the stack declares the application controller's ServiceAccount, judge Argo
    // CD's admin and Application writes by that ServiceAccount's own bindings (as README already does for power over
    // the outside controllers' ServiceAccounts), not by the default install. Doc: Argo CD "Installation"
    // (namespace-install.yaml "requires only namespace level privileges (does not need cluster roles)"); README
    // "The custody model" ("unless the stack declares that ServiceAccount itself (then its own bindings are read)").
    // DECIDED (round 45): S5 refused. The controller's Role on every core resource creates pods (round 45 reads `*` as
    // pods, not only serviceaccounts/token), and argocd enforces no Pod Security level (EKS default privileged): Argo
    // CD's admin, or whoever writes an Application, has it sync a privileged or hostPath pod that owns its node, as
    // I5's cluster-wide controller does (Kubernetes "Pod Security Admission"; Argo CD "Application Sync using
    // impersonation"). The secure twin (restricted argocd, the controller naming its kinds) is in redteam45-api.
    {
        stack: "basil",
        name: "S5: Argo CD's namespace-scoped install declared in the stack, its application controller trimmed to every verb on core, apps, batch and networking resources of argocd only; the server reads and writes argocd's Secrets, ConfigMaps and Applications",
        edit: r => argoCdInstall(r, false, true),
        refused: /argocd/,
    },
    {
        stack: "basil",
        name: "I5: Argo CD's cluster-wide install declared in the stack (the application controller's ClusterRole: every verb on every resource)",
        edit: r => argoCdInstall(r, true),
        refused: /argocd/,
    },
    // Neighbours (round 44 fix): whoever writes Applications to the namespace-scoped install becomes its application
    // controller (Roles in argocd only); the ApplicationSet controller the stack's install does not declare is not
    // there (OUTSIDE_CONTROLLER_ACCOUNTS: the stack installs Argo CD itself).
    // DECIDED (round 45): S5b refused. The application controller's Role (every verb on every core resource of argocd)
    // creates pods, and argocd enforces no Pod Security level (EKS default privileged): the Pod an Application's source
    // holds may be privileged or use hostPath and own its node (Kubernetes "Pod Security Admission"; "RBAC Good
    // Practices", "Workload creation"), and the controller syncs it as itself ("application syncs in Argo CD have the
    // same privileges as the Argo CD control plane", Argo CD "Application Sync using impersonation"). Its secure twin,
    // a restricted argocd whose controller names its kinds, is in redteam45-api.
    {
        stack: "basil",
        name: "S5b: next to S5's install, platform-devs may create, update and patch Applications in argocd",
        edit: r => {
            argoCdInstall(r, false, true);
            k8sRole(
                r,
                "app-writer",
                [{ apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create", "update", "patch"] }],
                "argocd",
            );
            bind(r, "app-writer", { kind: "Role", name: "app-writer" }, [group("platform-devs")], "argocd");
        },
        refused: /argocd/,
    },
    // DECIDED (round 45): S5c refused, by S5's install itself (above), whatever the token rule.
    {
        stack: "basil",
        name: "S5c: next to S5's install, platform-devs may create serviceaccounts/token for argocd-applicationset-controller (not in the stack's install)",
        edit: r => {
            argoCdInstall(r, false, true);
            k8sRole(
                r,
                "appset-token",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        resourceNames: ["argocd-applicationset-controller"],
                        verbs: ["create"],
                    },
                ],
                "argocd",
            );
            bind(r, "appset-token", { kind: "Role", name: "appset-token" }, [group("platform-devs")], "argocd");
        },
        refused: /argocd/,
    },
    // Argo CD's configuration by name in another namespace than the install the stack declares: an Argo CD the stack
    // does not show, read as the default install (cluster-wide).
    {
        stack: "basil",
        name: "I5b: next to S5's install, platform-devs may patch the ConfigMap argocd-rbac-cm in namespace gitops",
        edit: r => {
            argoCdInstall(r, false, true);
            k8sRole(
                r,
                "gitops-rbac",
                [{ apiGroups: [""], resources: ["configmaps"], resourceNames: ["argocd-rbac-cm"], verbs: ["patch"] }],
                "gitops",
            );
            bind(r, "gitops-rbac", { kind: "Role", name: "gitops-rbac" }, [group("platform-devs")], "gitops");
        },
        refused: /platform-devs.*argocd-rbac-cm/,
    },
    // ------------------------------------------------------------------------------- controllers outside the stack
    // Velero "Backup Reference" / "Monitoring": a dashboard reading Backups and Schedules writes nothing; a
    // DownloadRequest (`velero backup download`) makes Velero hand back a pre-signed URL to the backup tarball, which
    // holds every backed-up Secret (Velero "Output file format").
    {
        stack: "pod-identity",
        name: "S6: a backup dashboard (monitoring/velero-ui) may get/list/watch Velero Backups, Schedules and Restores and the velero pods' logs",
        edit: r => {
            k8sRole(
                r,
                "velero-readonly",
                [
                    {
                        apiGroups: ["velero.io"],
                        resources: ["backups", "schedules", "restores", "backupstoragelocations"],
                        verbs: ["get", "list", "watch"],
                    },
                    { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] },
                ],
                "velero",
            );
            bind(
                r,
                "velero-readonly",
                { kind: "Role", name: "velero-readonly" },
                [sa("monitoring", "velero-ui")],
                "velero",
            );
        },
    },
    {
        stack: "pod-identity",
        name: "I6: that dashboard may also create Velero DownloadRequests (a pre-signed URL to a backup's tarball: every backed-up Secret)",
        edit: r => {
            k8sRole(
                r,
                "velero-readonly",
                [
                    { apiGroups: ["velero.io"], resources: ["backups", "schedules"], verbs: ["get", "list", "watch"] },
                    { apiGroups: ["velero.io"], resources: ["downloadrequests"], verbs: ["create", "get"] },
                ],
                "velero",
            );
            bind(
                r,
                "velero-readonly",
                { kind: "Role", name: "velero-readonly" },
                [sa("monitoring", "velero-ui")],
                "velero",
            );
        },
        refused: /velero/,
    },
    {
        stack: "dev",
        name: "S7: Prometheus may get/list/watch pods, services and endpoints in flux-system and argocd (scraping the controllers' metrics)",
        edit: r => {
            for (const ns of ["flux-system", "argocd"]) {
                k8sRole(
                    r,
                    `scrape-${ns}`,
                    [
                        {
                            apiGroups: [""],
                            resources: ["pods", "services", "endpoints"],
                            verbs: ["get", "list", "watch"],
                        },
                    ],
                    ns,
                );
                bind(r, `scrape-${ns}`, { kind: "Role", name: `scrape-${ns}` }, [sa("monitoring", "prometheus")], ns);
            }
        },
    },
    {
        stack: "dev",
        name: "I7: Prometheus may also create pods/exec in flux-system (a shell in kustomize-controller's pod reads its token)",
        edit: r => {
            k8sRole(
                r,
                "scrape-flux-system",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                "flux-system",
            );
            bind(
                r,
                "scrape-flux-system",
                { kind: "Role", name: "scrape-flux-system" },
                [sa("monitoring", "prometheus")],
                "flux-system",
            );
        },
        refused: /flux-system|prometheus/,
    },
    // ------------------------------------------------------------------------------------------------ CEL optionals
    // cel-spec "Optional values" / Kubernetes "Common Expression Language in Kubernetes": `x.?f` and `m[?k]` give an
    // optional; hasValue() is a bool; variables are named subexpressions evaluated lazily.
    {
        stack: "trust-domain",
        name: "S8: next to a kube-system token Secret, a VAP on Secrets CREATE/UPDATE whose variable tlsCrt is object.?data[?'tls.crt'], validation variables.tlsCrt.hasValue() for TLS Secrets, static message",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                matchConstraints: SECRETS_CU,
                variables: [{ name: "tlsCrt", expression: "object.?data[?'tls.crt']" }],
                validations: [
                    {
                        expression: "object.type != 'kubernetes.io/tls' || variables.tlsCrt.hasValue()",
                        message: "a kubernetes.io/tls Secret needs data['tls.crt']",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "I8: the same VAP (failurePolicy Ignore) whose messageExpression is 'missing: ' + string(variables.token.orValue(b'')) with variable token object.?data[?'token']",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "tls-secret-shape", {
                failurePolicy: "Ignore",
                matchConstraints: SECRETS_CU,
                variables: [{ name: "token", expression: "object.?data[?'token']" }],
                validations: [
                    {
                        expression: "object.type != 'kubernetes.io/tls'",
                        messageExpression: "'missing: ' + string(variables.token.orValue(b''))",
                    },
                ],
            });
        },
        refused: /token|messageExpression|data/,
    },
    {
        stack: "trust-domain",
        name: "S9: next to that token Secret, a VAP on Secrets whose messageExpression names the Secret and its team label through optionals: object.metadata.name + ' (' + object.?metadata.?labels[?'team'].orValue('none') + ')'",
        edit: r => {
            tokenSecret(r);
            admissionPolicy(r, "secret-team", {
                matchConstraints: SECRETS_CU,
                validations: [
                    {
                        expression: "object.?metadata.?labels[?'team'].hasValue()",
                        messageExpression:
                            "'Secret ' + object.metadata.name + ' needs a team label (has ' + object.?metadata.?labels[?'team'].orValue('none') + ')'",
                    },
                ],
            });
        },
    },
    // ---------------------------------------------------------------------------------- Gateway API TLS certificates
    // Gateway API "ReferenceGrant": a Gateway in ingress may use certs/wildcard-tls as its listener certificate when a
    // ReferenceGrant in certs allows Gateways of ingress to that Secret; the Gateway serves the certificate, no pod
    // reads the key.
    {
        stack: "prod",
        name: "S10: a v1beta1 ReferenceGrant in certs (from Gateways of ingress to the Secret wildcard-tls) and one in apps (from HTTPRoutes of ingress to Services), with the HTTPRoute in ingress",
        edit: r => {
            httpRoute(r);
            referenceGrant(
                r,
                "apps",
                [{ group: "gateway.networking.k8s.io", kind: "HTTPRoute", namespace: "ingress" }],
                [{ group: "", kind: "Service" }],
            );
            referenceGrant(
                r,
                "certs",
                [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "ingress" }],
                [{ group: "", kind: "Secret", name: "wildcard-tls" }],
            );
        },
    },
    {
        stack: "prod",
        name: "I10: the ReferenceGrant placed in validators (from Gateways of ingress to validators' Secret wildcard-tls, the signer's namespace)",
        edit: r => {
            referenceGrant(
                r,
                "validators",
                [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "ingress" }],
                [{ group: "", kind: "Secret", name: "wildcard-tls" }],
            );
        },
        refused: /ReferenceGrant|validators/,
    },
    // -------------------------------------------------------------------------------------- named Secret writes
    // Kubernetes API Concepts, "Patch" and "Update": PATCH and PUT return the resulting object in the response body,
    // Secret data included; RBAC "Referring to resources": create cannot be restricted by name.
    {
        stack: "trust-domain",
        name: "S11: a webhook in platform may create Secrets (any name) and get/patch its own cert Secret platform/webhook-tls (platform holds no ServiceAccount with power)",
        edit: r => {
            account(r, "platform", "webhook");
            k8sRole(
                r,
                "webhook-cert",
                [
                    { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
                    {
                        apiGroups: [""],
                        resources: ["secrets"],
                        resourceNames: ["webhook-tls"],
                        verbs: ["get", "patch"],
                    },
                ],
                "platform",
            );
            bind(r, "webhook-cert", { kind: "Role", name: "webhook-cert" }, [sa("platform", "webhook")], "platform");
        },
    },
    // Was a MISS (fixed in round 44): accepted. secretReadsOfRules counts only get/list/watch as reading a Secret, but a PATCH returns the
    // patched object, data included (Kubernetes API reference, Secret v1, "patch: partially update the specified
    // Secret", Response 200 (Secret); e.g. a merge patch adding one key answers with every existing key). This Role
    // creates kube-system/webhook-tls as a kubernetes.io/service-account-token Secret of a kube-controller-manager
    // controller (create cannot be restricted by name), waits for the token controller to fill it, then patches a
    // label on it and reads data.token from the response: platform/webhook holds e.g. replicaset-controller's power,
    // pods of any ServiceAccount (the signer's) in any namespace. Fix: count `patch` (any patch type; not `update`,
    // whose PUT body replaces data) as a read of the named Secrets in secretReadsOfRules and wherever Secret readers
    // are paired. Doc: Kubernetes API reference "Secret v1" (patch returns the Secret); RBAC "Referring to resources".
    {
        stack: "trust-domain",
        name: "I11: a webhook Role in kube-system: create Secrets (any name) and patch (no get) the Secret webhook-tls (create it as a token Secret of a controller, then any patch returns its token)",
        edit: r => {
            k8sRole(
                r,
                "webhook-cert",
                [
                    { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
                    { apiGroups: [""], resources: ["secrets"], resourceNames: ["webhook-tls"], verbs: ["patch"] },
                ],
                "kube-system",
            );
            bind(r, "webhook-cert", { kind: "Role", name: "webhook-cert" }, [sa("platform", "webhook")], "kube-system");
        },
        refused: /webhook/,
    },
    // Was a MISS (fixed in round 44): accepted, same cause as I11 (patch is not counted as reading a Secret). The PATCH that adds a label to
    // the stack's token Secret rs-token returns it whole, data.token included: platform/reflector holds the non-
    // expiring token of kube-system/replicaset-controller. Fix and doc: as I11.
    {
        stack: "trust-domain",
        name: "I11b: next to the stack's kube-system token Secret rs-token, a reflector Role in kube-system may patch (label) that one Secret, no get (the PATCH response carries its token)",
        edit: r => {
            tokenSecret(r);
            k8sRole(
                r,
                "secret-labeller",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["rs-token"], verbs: ["patch"] }],
                "kube-system",
            );
            bind(
                r,
                "secret-labeller",
                { kind: "Role", name: "secret-labeller" },
                [sa("platform", "reflector")],
                "kube-system",
            );
        },
        refused: /reflector|rs-token/,
    },
    // Neighbours (round 44 fix): a patch of every Secret of kube-system reads rs-token too; an update (PUT) answers
    // with the body it was sent, not counted, so create with update alone mints nothing readable.
    {
        stack: "trust-domain",
        name: "I11c: next to rs-token, a reflector Role in kube-system may patch (label) every Secret, no get",
        edit: r => {
            tokenSecret(r);
            k8sRole(
                r,
                "secret-labeller",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["patch"] }],
                "kube-system",
            );
            bind(
                r,
                "secret-labeller",
                { kind: "Role", name: "secret-labeller" },
                [sa("platform", "reflector")],
                "kube-system",
            );
        },
        refused: /rs-token.*platform\/reflector/,
    },
    {
        stack: "trust-domain",
        name: "S11b: a webhook Role in kube-system: create Secrets (any name) and update (no get, no patch) the Secret webhook-tls",
        edit: r => {
            k8sRole(
                r,
                "webhook-cert",
                [
                    { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
                    { apiGroups: [""], resources: ["secrets"], resourceNames: ["webhook-tls"], verbs: ["update"] },
                ],
                "kube-system",
            );
            bind(r, "webhook-cert", { kind: "Role", name: "webhook-cert" }, [sa("platform", "webhook")], "kube-system");
        },
    },
    // --------------------------------------------------------------------------- AWS: the caller's instance (003)
    // Seed 003: the caller runs on an EC2 instance of account B with instance-role's profile. IMDSv2 calls from the
    // instance itself (token PUT, instance-id) are how the AWS CLI and agents read metadata (EC2 user guide, "Use the
    // Instance Metadata Service to access instance metadata"); the CloudWatch agent and SSM agent read credentials
    // locally and serve nothing.
    {
        stack: "cross-account",
        name: "S12: the caller's instance with ordinary user data: dnf installs, SSM agent, CloudWatch agent from an SSM parameter, IMDSv2 instance id for the hostname",
        edit: r => callerInstance(r, ORDINARY_USER_DATA),
    },
    {
        stack: "cross-account",
        name: "S13: the caller's launch template and Auto Scaling group with a #cloud-config (packages, CloudWatch agent config file, runcmd) in base64",
        edit: r => {
            const like = find(r, ROLE, "cross-account-caller");
            beside(
                r,
                "cross-account",
                "aws:ec2/launchTemplate:LaunchTemplate",
                "caller-lt",
                {
                    name: "caller-lt",
                    id: "lt-0123456789abcdef0",
                    latestVersion: 1,
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    iamInstanceProfile: { name: "instance-role" },
                    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
                    userData: Buffer.from(CLOUD_CONFIG_USER_DATA).toString("base64"),
                },
                like,
            );
            beside(
                r,
                "cross-account",
                "aws:autoscaling/group:Group",
                "caller-asg",
                {
                    name: "caller-asg",
                    minSize: 1,
                    maxSize: 2,
                    launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" },
                    vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                },
                like,
            );
        },
    },
];

describe("allowlist: red-team round 44, secure variants and neighbours", () => {
    for (const c of CASES) {
        const insecure = c.refused !== undefined;
        const run = c.skip ? it.skip : it;
        run(`${insecure ? "refuses" : "accepts"}: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPackWith(c.stack, r);
            if (insecure) assertRefused(ds, c.refused as RegExp, c.policy);
            else assertClean(ds);
        });
    }
});
