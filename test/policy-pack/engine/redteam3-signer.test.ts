// Final red-team round (fresh eyes) on the Containment Chamber signer: prod (three accounts, IRSA), dev (one
// account) and pod-identity (EKS Pod Identity). New shapes only: Kubernetes objects that are not RBAC (admission,
// node access, workloads), resource types the pack does not read (deploy-time commands, dynamic providers, SAR and
// Service Catalog stacks), AWS provider transport settings, first-preview unknowns, and secure variants a careful
// platform team would write. Insecure variants the whole pack must refuse (with the path message it must name),
// secure variants it must accept; `skip` marks a case the pack still gets wrong ("MISS: <why>").
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    addStatements,
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const ATTACKER = `arn:aws:iam::${PRIMARY}:role/attacker`;
const OUTSIDE = "arn:aws:iam::999999999999:role/vendor-automation";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const GRANT = "aws:kms/grant:Grant";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const SA = "kubernetes:core/v1:ServiceAccount";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";
const OPS_GROUP = { kind: "Group", name: "validators-ops", apiGroup: "rbac.authorization.k8s.io" };

type Statement = Record<string, unknown>;

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const cmk = (r: Resources) => find(r, KEY, "signer-tables-cmk");
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const idOf = (x: AnalyzerResourceInput) => prop(x, "keyId") as string;

/** Edits one statement (by Sid) of a JSON policy property. */
function editStatement(r: AnalyzerResourceInput, key: string, sid: string, edit: (s: Statement) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    const s = d.Statement.find(x => x.Sid === sid);
    if (!s) throw new Error(`no statement ${sid} in ${r.name}.${key}`);
    edit(s);
    setProp(r, key, JSON.stringify(d));
}

/** A Kubernetes object on the stack's Kubernetes provider. */
function kube(r: Resources, type: string, name: string, inputs: Record<string, unknown>): void {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    r.push(resourceLike(like, type, name, inputs));
}

/** An AWS resource on the provider of `like`. */
function awsLike(r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: object): void {
    r.push(resourceLike(like, type, name, inputs as Record<string, unknown>));
}

/** A resource on a provider package the stack does not otherwise use (command, dynamic). */
function foreignProvider(r: Resources, type: string, name: string, pkg: string, inputs: object): void {
    const like = signerRole(r);
    const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
    r.push({
        ...resourceLike(like, type, name, inputs as Record<string, unknown>),
        provider: {
            urn: `${stackPrefix}::pulumi:providers:${pkg}::default`,
            type: `pulumi:providers:${pkg}`,
            name: "default",
            inputs: {},
        },
    } as AnalyzerResourceInput);
}

/** Sets an input of an AWS provider, on the provider resource and on every resource created through it. */
function setProviderInput(r: Resources, providerName: string, key: string, value: string): void {
    for (const x of r) {
        if (x.type === "pulumi:providers:aws" && x.name === providerName) setProp(x, key, value);
        const p = x.provider as { name?: string; type?: string; inputs?: Record<string, unknown> } | undefined;
        if (p && p.type === "pulumi:providers:aws" && p.name === providerName) p.inputs = { ...p.inputs, [key]: value };
    }
}

/** A stack role trusted by a service, with one inline policy. */
function serviceRole(r: Resources, name: string, service: string, ...statements: object[]): void {
    awsLike(r, signerRole(r), ROLE, name, {
        name,
        arn: `arn:aws:iam::${PRIMARY}:role/${name}`,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: "p", policy: doc(...statements) }],
    });
}

type Case = {
    name: string;
    stack?: string;
    /** Judge the first-preview fixture (computed outputs unknown). */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A case the pack still gets wrong: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- Kubernetes objects that are not RBAC but run code as the signer's ServiceAccount.
    {
        name: "a MutatingWebhookConfiguration of the stack sends every pod CREATE to a vendor URL (it rewrites the signer's pods)",
        edit: r =>
            kube(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "sidecar-injector", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "vendor-sidecar-injector" },
                webhooks: [
                    {
                        name: "inject.vendor.example",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { url: "https://injector.vendor.example/mutate" },
                        rules: [
                            {
                                operations: ["CREATE"],
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                resources: ["pods"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            }),
        refused: /containment-chamber|mutating/,
    },
    {
        name: "a Kyverno ClusterPolicy (custom resource) that mutates pods in validators to add an init container",
        edit: r =>
            kube(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "inject-debug", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "inject-debug" },
                spec: {
                    rules: [
                        {
                            name: "add-debug-init",
                            match: { any: [{ resources: { kinds: ["Pod"], namespaces: ["validators"] } }] },
                            mutate: {
                                patchStrategicMerge: {
                                    spec: {
                                        initContainers: [
                                            { name: "debug", image: "docker.io/vendor/debug:latest", command: ["sh"] },
                                        ],
                                    },
                                },
                            },
                        },
                    ],
                },
            }),
        refused: /containment-chamber|kyverno|custom resource/i,
    },
    {
        name: "a privileged DaemonSet mounting the node's /var/lib/kubelet (reads every pod's projected IRSA token)",
        edit: r =>
            kube(r, "kubernetes:apps/v1:DaemonSet", "node-agent", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "node-agent", namespace: "monitoring" },
                spec: {
                    selector: { matchLabels: { app: "node-agent" } },
                    template: {
                        metadata: { labels: { app: "node-agent" } },
                        spec: {
                            hostPID: true,
                            containers: [
                                {
                                    name: "agent",
                                    image: "docker.io/vendor/node-agent:latest",
                                    securityContext: { privileged: true },
                                    volumeMounts: [{ name: "kubelet", mountPath: "/host/kubelet", readOnly: true }],
                                },
                            ],
                            volumes: [{ name: "kubelet", hostPath: { path: "/var/lib/kubelet" } }],
                        },
                    },
                },
            }),
        refused: /containment-chamber|hostPath|node/,
    },
    {
        name: "a Job in validators running a public aws-cli image as the signer's ServiceAccount",
        skip:
            "MISS: a second workload with serviceAccountName containment-chamber gets the signer's IRSA token (the trust " +
            "pins the ServiceAccount, not the pod), so whoever publishes the image runs kms:Decrypt on the three shares. " +
            "The pack judges who may *create* pods (RBAC) but not the workloads the stack itself runs as a custody " +
            "ServiceAccount; refusing every stack workload that names a custody ServiceAccount (the signer's own " +
            "Deployment excepted, by an allowlisted image) is a design decision. (EKS user guide, IRSA: 'any pod that " +
            "uses the service account' receives the role's credentials.) Reconsidered in round 7, left open: the program " +
            "creates no pod of its own (only the ServiceAccount), and the custody model names subjects, not pod specs " +
            "(no image, no object name), so nothing tells the signer's own pod spec from a second one; shape heuristics " +
            "either miss this (a Deployment running the same aws-cli image passes) or refuse secure stacks (basil's seed " +
            "bootstrap Job and broker Deployment, blue/green Deployments of one ServiceAccount).",
        edit: r =>
            kube(r, "kubernetes:batch/v1:Job", "reencrypt-shares", {
                apiVersion: "batch/v1",
                kind: "Job",
                metadata: { name: "reencrypt-shares", namespace: "validators" },
                spec: {
                    template: {
                        spec: {
                            serviceAccountName: "containment-chamber",
                            restartPolicy: "Never",
                            containers: [
                                {
                                    name: "cli",
                                    image: "public.ecr.aws/aws-cli/aws-cli:latest",
                                    command: ["sh", "-c", "aws kms decrypt --ciphertext-blob fileb:///shares/1"],
                                },
                            ],
                        },
                    },
                },
            }),
        refused: /containment-chamber/,
    },
    // ---- Resource types whose effect the pack cannot read.
    {
        name: "a command:local:Command that runs `aws kms create-grant` on share 1 for an outside role at deploy time",
        edit: r =>
            foreignProvider(r, "command:local:Command", "grant-share-1", "command", {
                create: `aws kms create-grant --key-id ${arnOf(share(r, 1))} --grantee-principal ${OUTSIDE} --operations Decrypt`,
                delete: "true",
            }),
        refused: /Command|command/,
    },
    {
        name: "a dynamic provider resource whose code calls kms:PutKeyPolicy on share 2",
        edit: r =>
            foreignProvider(r, "pulumi-nodejs:dynamic:Resource", "share-2-policy-sync", "pulumi-nodejs", {
                __provider:
                    'exports.handler = { async create(inputs) { const kms = new (require("@aws-sdk/client-kms").KMSClient)({}); ' +
                    'await kms.send(new (require("@aws-sdk/client-kms").PutKeyPolicyCommand)({ KeyId: inputs.keyId, Policy: inputs.policy })); ' +
                    "return { id: inputs.keyId, outs: {} }; } }",
                keyId: arnOf(share(r, 2)),
                policy: doc({ Effect: "Allow", Principal: { AWS: OUTSIDE }, Action: "kms:*", Resource: "*" }),
            }),
        refused: /dynamic/i,
    },
    {
        name: "a Serverless Application Repository app deployed with CAPABILITY_IAM and CAPABILITY_RESOURCE_POLICY",
        edit: r =>
            awsLike(
                r,
                signerRole(r),
                "aws:serverlessrepository/cloudFormationStack:CloudFormationStack",
                "key-rotation-app",
                {
                    name: "serverlessrepo-key-rotation",
                    applicationId: "arn:aws:serverlessrepo:us-east-1:999999999999:applications/kms-share-rotation",
                    capabilities: ["CAPABILITY_IAM", "CAPABILITY_RESOURCE_POLICY"],
                    parameters: { ShareKeyArn: arnOf(share(r, 1)) },
                },
            ),
        refused: /serverlessrepo|CloudFormation|template/i,
    },
    {
        name: "a Service Catalog provisioned product (a portfolio's CloudFormation template) launched with share 1's ARN",
        edit: r =>
            awsLike(r, signerRole(r), "aws:servicecatalog/provisionedProduct:ProvisionedProduct", "break-glass", {
                name: "kms-break-glass",
                productName: "kms-break-glass-access",
                provisioningArtifactName: "v3",
                provisioningParameters: [
                    { key: "KeyArn", value: arnOf(share(r, 1)) },
                    { key: "PrincipalArn", value: OUTSIDE },
                ],
            }),
        refused: /Service Catalog|provisioned|template/i,
    },
    // ---- AWS provider transport: who the deployer actually talks to.
    {
        name: "custody-b's provider sends KMS and STS calls to a custom endpoint (endpoints override)",
        edit: r =>
            setProviderInput(
                r,
                "aws-custody-b",
                "endpoints",
                JSON.stringify([{ kms: "https://kms.proxy.vendor.example", sts: "https://sts.proxy.vendor.example" }]),
            ),
        refused: /endpoint/i,
        policy: "aws-provider-pinned",
    },
    {
        name: "custody-c's provider through an HTTPS proxy with TLS verification off (insecure: true)",
        edit: r => {
            setProviderInput(r, "aws-custody-c", "insecure", "true");
            setProviderInput(r, "aws-custody-c", "httpsProxy", "http://proxy.vendor.example:3128");
        },
        refused: /insecure|proxy/i,
        policy: "aws-provider-pinned",
    },
    // ---- First preview: the share keys' ids and ARNs are unknown, the grants around them are known.
    {
        name: "a grant of Decrypt on share 1 (keyId still unknown, from share-1's output) to an outside role",
        preview: true,
        edit: r =>
            r.push(
                dependsOn(
                    resourceLike(share(r, 1), GRANT, "share-1-vendor", {
                        keyId: UNKNOWN,
                        granteePrincipal: OUTSIDE,
                        operations: ["Decrypt"],
                    }),
                    "keyId",
                    share(r, 1),
                ),
            ),
        refused:
            /vendor-automation \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(kms Grant share-1-vendor\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a KeyPolicy on share 3 (keyId unknown, from share-3's output) whose known document names an outside role",
        preview: true,
        edit: r =>
            r.push(
                dependsOn(
                    resourceLike(share(r, 3), "aws:kms/keyPolicy:KeyPolicy", "share-3-policy", {
                        keyId: UNKNOWN,
                        policy: doc(
                            {
                                Sid: "EnableIAMDelegation",
                                Effect: "Allow",
                                Principal: { AWS: "arn:aws:iam::333333333333:root" },
                                Action: "kms:*",
                                Resource: "*",
                            },
                            {
                                Effect: "Allow",
                                Principal: { AWS: OUTSIDE },
                                Action: ["kms:Decrypt", "kms:PutKeyPolicy"],
                                Resource: "*",
                            },
                        ),
                    }),
                    "keyId",
                    share(r, 3),
                ),
            ),
        refused:
            /vendor-automation \(outside this stack\) → kms:Decrypt, kms:PutKeyPolicy on key alias\/custody-infra\/prod\/share-3 \(statement 2 of KeyPolicy share-3-policy/,
        policy: "custody-effective-access",
    },
    {
        name: "the built-in edit ClusterRole bound in validators to an ops group",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            kube(r, `${RBAC}:RoleBinding`, "ops-edit", {
                metadata: { name: "ops-edit", namespace: "validators" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                subjects: [OPS_GROUP],
            }),
        refused:
            /^Kubernetes Group validators-ops → RoleBinding ops-edit in validators → ClusterRole edit .*→ acts as ServiceAccount validators\/containment-chamber → .*role custody-pod-identity-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "aws-auth maps an outside role to system:masters (the mapping text is known)",
        stack: "pod-identity",
        preview: true,
        edit: r =>
            kube(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: { mapRoles: `- rolearn: ${OUTSIDE}\n  username: vendor\n  groups:\n    - system:masters\n` },
            }),
        refused:
            /vendor-automation \(outside this stack\) → aws-auth mapRoles \(group system:masters\) → acts as ServiceAccount validators\/containment-chamber/,
        policy: "custody-effective-access",
    },
    // ---- Other AWS paths to the tables and keys.
    {
        name: "a DAX cluster whose service role reads and writes anti-slashing (DAX clients then need no DynamoDB grant)",
        edit: r => {
            const table = find(r, "aws:dynamodb/table:Table", "signer-tables-anti-slashing");
            serviceRole(r, "dax-anti-slashing", "dax.amazonaws.com", {
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"],
                Resource: arnOf(table),
            });
            awsLike(r, signerRole(r), "aws:dax/cluster:Cluster", "dax", {
                clusterName: "custody-prod-dax",
                iamRoleArn: `arn:aws:iam::${PRIMARY}:role/dax-anti-slashing`,
                nodeType: "dax.r5.large",
                replicationFactor: 3,
            });
        },
        refused:
            /^role dax-anti-slashing → .*reaching table custody-prod-anti-slashing: no workload of the custody model has this identity/,
        policy: "custody-effective-access",
    },
    {
        name: "the tables CMK's DynamoDB statement with kms:CallerAccount as a list adding share 2's account",
        edit: r =>
            editStatement(cmk(r), "policy", "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    StringEquals: {
                        "kms:CallerAccount": [PRIMARY, "222222222222"],
                        "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    },
                };
            }),
        refused:
            /^dynamodb\.eu-west-1\.amazonaws\.com on behalf of account 222222222222 → .*on key alias\/custody-infra\/prod\/signer-tables/,
        policy: "custody-effective-access",
    },
    {
        name: "share 2's policy names the signer's assumed-role session pattern through aws:userid (AROA id:*)",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringLike: { "aws:userid": "AROA*:*" } },
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2/,
        policy: "custody-effective-access",
    },
    {
        name: "a Pod Identity association for the signer's ServiceAccount in a sandbox cluster, trust widened to that cluster",
        stack: "pod-identity",
        edit: r => {
            const sandbox = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/sandbox`;
            const role = signerRole(r);
            const trust = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] };
            const cond = (trust.Statement[0].Condition as Record<string, Record<string, string[]>>).StringEquals;
            cond["aws:RequestTag/eks-cluster-arn"] = [cond["aws:RequestTag/eks-cluster-arn"][0], sandbox];
            setProp(role, "assumeRolePolicy", JSON.stringify(trust));
            const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            awsLike(r, assoc, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "sandbox-assoc", {
                ...(assoc.outputs ?? assoc.inputs),
                clusterName: "sandbox",
                associationArn: `arn:aws:eks:eu-west-1:${PRIMARY}:podidentityassociation/sandbox/a-0000000000000001`,
                associationId: "a-0000000000000001",
            });
        },
        refused:
            /ServiceAccount validators\/containment-chamber \(EKS Pod Identity, cluster arn:aws:eks:eu-west-1:111111111111:cluster\/sandbox\) → sts:AssumeRole .*→ role custody-pod-identity-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "an EKS add-on whose podIdentityAssociations bind its ServiceAccount to the signer role, trust widened to it",
        stack: "pod-identity",
        edit: r => {
            const role = signerRole(r);
            const trust = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] };
            const cond = (trust.Statement[0].Condition as Record<string, Record<string, string[]>>).StringEquals;
            cond["aws:RequestTag/kubernetes-namespace"] = ["validators", "kube-system"];
            cond["aws:RequestTag/kubernetes-service-account"] = ["containment-chamber", "ebs-csi-controller-sa"];
            setProp(role, "assumeRolePolicy", JSON.stringify(trust));
            const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            awsLike(r, assoc, "aws:eks/addon:Addon", "ebs-csi", {
                clusterName: "prod-validators",
                addonName: "aws-ebs-csi-driver",
                podIdentityAssociations: [{ roleArn: arnOf(role), serviceAccount: "ebs-csi-controller-sa" }],
            });
        },
        refused:
            /^ServiceAccount kube-system\/ebs-csi-controller-sa \(EKS Pod Identity, .*\) → sts:AssumeRole .*→ role custody-pod-identity-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "a stack role (CodeBuild) allowed eks:CreateAccessEntry + eks:AssociateAccessPolicy on the cluster",
        stack: "pod-identity",
        edit: r =>
            serviceRole(r, "cluster-bootstrap", "codebuild.amazonaws.com", {
                Effect: "Allow",
                Action: ["eks:CreateAccessEntry", "eks:AssociateAccessPolicy"],
                Resource: `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`,
            }),
        refused:
            /→ role cluster-bootstrap → eks:CreateAccessEntry .*can make itself cluster admin → acts as ServiceAccount validators\/containment-chamber/,
        policy: "custody-effective-access",
    },
    // ---- Node identities and cluster-wide Kubernetes subjects.
    {
        name: "a managed node group whose node role a role outside the stack may also assume (EKS adds its EC2_LINUX access entry itself)",
        edit: r => {
            awsLike(r, signerRole(r), ROLE, "validators-nodes", {
                name: "validators-nodes",
                arn: `arn:aws:iam::${PRIMARY}:role/validators-nodes`,
                assumeRolePolicy: doc(
                    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
                    { Effect: "Allow", Principal: { AWS: ATTACKER }, Action: "sts:AssumeRole" },
                ),
            });
            awsLike(r, signerRole(r), "aws:eks/nodeGroup:NodeGroup", "validators-ng", {
                clusterName: "prod-validators",
                nodeGroupName: "validators",
                nodeRoleArn: `arn:aws:iam::${PRIMARY}:role/validators-nodes`,
                subnetIds: ["subnet-0a1b2c3d"],
                scalingConfig: { desiredSize: 3, maxSize: 3, minSize: 3 },
            });
        },
        refused: /role\/attacker.*containment-chamber/,
    },
    {
        name: "RBAC: the built-in edit ClusterRole bound cluster-wide to system:authenticated (every IAM principal the cluster maps)",
        edit: r =>
            kube(r, `${RBAC}:ClusterRoleBinding`, "authenticated-edit", {
                metadata: { name: "authenticated-edit" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                subjects: [{ kind: "Group", name: "system:authenticated", apiGroup: "rbac.authorization.k8s.io" }],
            }),
        refused:
            /^Kubernetes Group system:authenticated → ClusterRoleBinding authenticated-edit → ClusterRole edit .*→ acts as ServiceAccount validators\/containment-chamber/,
        policy: "custody-effective-access",
    },
    {
        name: "EKS: AmazonEKSAdminViewPolicy (reads every Secret) cluster-wide for an outside role",
        edit: r => {
            awsLike(r, signerRole(r), "aws:eks/accessEntry:AccessEntry", "vendor-entry", {
                clusterName: "prod-validators",
                principalArn: OUTSIDE,
                type: "STANDARD",
            });
            awsLike(r, signerRole(r), "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "vendor-adminview", {
                clusterName: "prod-validators",
                principalArn: OUTSIDE,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
        refused:
            /vendor-automation \(outside this stack\) → EKS access policy association vendor-adminview \(EKS access policy AmazonEKSAdminViewPolicy, scope cluster\) → acts as ServiceAccount validators\/containment-chamber/,
        policy: "custody-effective-access",
    },
    // ---- First preview: links known only through dependencies.
    {
        name: "a managed Policy (PutKeyPolicy on key/*) attached to the signer by PolicyAttachment, its ARN still unknown",
        preview: true,
        edit: r => {
            const policy = resourceLike(signerRole(r), "aws:iam/policy:Policy", "signer-extra", {
                name: "signer-extra",
                arn: UNKNOWN,
                policy: doc({ Effect: "Allow", Action: "kms:PutKeyPolicy", Resource: "arn:aws:kms:*:*:key/*" }),
            });
            r.push(policy);
            r.push(
                dependsOn(
                    resourceLike(signerRole(r), "aws:iam/policyAttachment:PolicyAttachment", "signer-extra-att", {
                        name: "signer-extra-att",
                        roles: ["custody-prod-signer"],
                        policyArn: UNKNOWN,
                    }),
                    "policyArn",
                    policy,
                ),
            );
        },
        refused: /role custody-prod-signer is a runtime role .*kms:PutKeyPolicy by statement #1 of Policy signer-extra/,
        policy: "runtime-role-no-kms-key-management",
    },
    {
        name: "share 1's alias retargeted at a new key (id unknown) whose known policy lets an outside role decrypt",
        preview: true,
        edit: r => {
            const key = resourceLike(
                share(r, 1),
                KEY,
                "share-1-v2",
                {
                    description: "Shamir share 1 of 3 (threshold 2) for signer",
                    customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                    keyUsage: "ENCRYPT_DECRYPT",
                    deletionWindowInDays: 30,
                    enableKeyRotation: true,
                    arn: UNKNOWN,
                    keyId: UNKNOWN,
                    policy: doc(
                        {
                            Sid: "EnableIAMDelegation",
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                            Action: "kms:*",
                            Resource: "*",
                        },
                        { Effect: "Allow", Principal: { AWS: OUTSIDE }, Action: "kms:Decrypt", Resource: "*" },
                    ),
                },
                { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>,
            );
            r.push(key);
            const alias = find(r, ALIAS, "signer-shares-share-1-alias");
            // The alias now depends on the new key only (its targetKeyId is the new key's unknown id).
            (alias as { dependencies?: string[] }).dependencies = [];
            dependsOn(alias, "targetKeyId", key);
        },
        refused:
            /vendor-automation \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 2 of key policy of share-1-v2/,
        policy: "custody-share-rings",
    },
];

const secure: Case[] = [
    {
        name: "share 2's root delegation written as the bare account id (222222222222)",
        edit: r =>
            editStatement(share(r, 2), "policy", "EnableIAMDelegation", s => {
                s.Principal = { AWS: "222222222222" };
            }),
    },
    {
        name: "the trust also pins aws:SourceAccount (confused-deputy guard next to the three tag pins)",
        stack: "pod-identity",
        edit: r => {
            const role = signerRole(r);
            const trust = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] };
            (trust.Statement[0].Condition as Record<string, Record<string, unknown>>).StringEquals[
                "aws:SourceAccount"
            ] = PRIMARY;
            setProp(role, "assumeRolePolicy", JSON.stringify(trust));
        },
    },
    {
        name: "the signer's share statements narrowed to kms:EncryptionAlgorithm SYMMETRIC_DEFAULT",
        edit: r => {
            for (const i of [1, 2, 3])
                editStatement(share(r, i), "policy", "AllowSignerRole", s => {
                    s.Condition = { StringEquals: { "kms:EncryptionAlgorithm": "SYMMETRIC_DEFAULT" } };
                });
        },
    },
    {
        name: "the signer's share statements limited to direct calls (Bool aws:ViaAWSService false)",
        edit: r => {
            for (const i of [1, 2, 3])
                editStatement(share(r, i), "policy", "AllowSignerRole", s => {
                    s.Condition = { Bool: { "aws:ViaAWSService": "false" } };
                });
        },
    },
    {
        name: "a data-perimeter Deny on each share key: no Decrypt outside the cluster's KMS VPC endpoint",
        edit: r => {
            for (const i of [1, 2, 3])
                addStatements(share(r, i), "policy", {
                    Sid: "DenyOutsidePerimeter",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["kms:Decrypt", "kms:Encrypt"],
                    Resource: "*",
                    Condition: { StringNotEqualsIfExists: { "aws:SourceVpce": "vpce-0a1b2c3d4e5f60718" } },
                });
        },
    },
    {
        name: "a KMS interface VPC endpoint whose endpoint policy allows only Encrypt/Decrypt on the share keys",
        edit: r =>
            awsLike(r, signerRole(r), "aws:ec2/vpcEndpoint:VpcEndpoint", "kms-endpoint", {
                vpcId: "vpc-0a1b2c3d",
                serviceName: "com.amazonaws.eu-west-1.kms",
                vpcEndpointType: "Interface",
                privateDnsEnabled: true,
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Resource: [1, 2, 3].map(i => arnOf(share(r, i))),
                }),
            }),
    },
    {
        name: "a default-deny NetworkPolicy and a PodDisruptionBudget in validators",
        edit: r => {
            kube(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-default-deny", {
                metadata: { name: "default-deny", namespace: "validators" },
                spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
            });
            kube(r, "kubernetes:policy/v1:PodDisruptionBudget", "signer-pdb", {
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: { maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/component": "signer" } } },
            });
        },
    },
    {
        name: "a metrics Deployment in monitoring with its own ServiceAccount (no hostPath, not the signer's account)",
        edit: r => {
            kube(r, SA, "metrics-sa", { metadata: { name: "metrics", namespace: "monitoring" } });
            kube(r, "kubernetes:apps/v1:Deployment", "metrics", {
                metadata: { name: "metrics", namespace: "monitoring" },
                spec: {
                    selector: { matchLabels: { app: "metrics" } },
                    template: {
                        metadata: { labels: { app: "metrics" } },
                        spec: {
                            serviceAccountName: "metrics",
                            containers: [{ name: "m", image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2" }],
                        },
                    },
                },
            });
        },
    },
    {
        name: "the share aliases target their keys by ARN instead of key id",
        stack: "dev",
        edit: r => {
            for (const i of [1, 2, 3])
                setProp(find(r, ALIAS, `signer-shares-share-${i}-alias`), "targetKeyId", arnOf(share(r, i)));
        },
    },
    {
        name: "the eks-pod-identity-agent add-on managed by the stack",
        stack: "pod-identity",
        edit: r => {
            const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            awsLike(r, assoc, "aws:eks/addon:Addon", "pod-identity-agent", {
                clusterName: "prod-validators",
                addonName: "eks-pod-identity-agent",
                addonVersion: "v1.3.4-eksbuild.1",
                arn: `arn:aws:eks:eu-west-1:${PRIMARY}:addon/prod-validators/eks-pod-identity-agent/0000`,
            });
        },
    },
    {
        name: "a second, versioned alias for the tables CMK",
        edit: r =>
            awsLike(r, find(r, ALIAS, "signer-tables-cmk-alias"), ALIAS, "signer-tables-cmk-alias-v2", {
                name: "alias/custody-infra/prod/signer-tables-2025",
                arn: `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/signer-tables-2025`,
                targetKeyId: idOf(cmk(r)),
                targetKeyArn: arnOf(cmk(r)),
            }),
    },
    {
        name: "the signer's permissions as the role's inlinePolicies instead of a separate RolePolicy",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "signer-role-access");
            setProp(signerRole(r), "inlinePolicies", [{ name: prop(rp, "name"), policy: prop(rp, "policy") }]);
            r.splice(r.indexOf(rp), 1);
        },
    },
    {
        name: "the tables CMK's CreateGrant split out with kms:GrantIsForAWSResource",
        edit: r => {
            editStatement(cmk(r), "policy", "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Action = (s.Action as string[]).filter(a => a !== "kms:CreateGrant");
            });
            addStatements(cmk(r), "policy", {
                Sid: "AllowDynamoDBGrants",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:CreateGrant",
                Resource: "*",
                Condition: {
                    StringEquals: {
                        "kms:CallerAccount": PRIMARY,
                        "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    },
                    Bool: { "kms:GrantIsForAWSResource": "true" },
                },
            });
        },
    },
    {
        name: "share 2's key and alias with an explicit per-resource region equal to their provider's (eu-central-1)",
        edit: r => {
            setProp(share(r, 2), "region", "eu-central-1");
            setProp(find(r, ALIAS, "signer-shares-share-2-alias"), "region", "eu-central-1");
        },
    },
    {
        name: "the signer role under a permissions boundary (a stack Policy allowing kms:* and dynamodb:*, which grants nothing)",
        edit: r => {
            awsLike(r, signerRole(r), "aws:iam/policy:Policy", "custody-boundary", {
                name: "custody-runtime-boundary",
                arn: `arn:aws:iam::${PRIMARY}:policy/custody-runtime-boundary`,
                policy: doc({ Effect: "Allow", Action: ["kms:*", "dynamodb:*"], Resource: "*" }),
            });
            setProp(signerRole(r), "permissionsBoundary", `arn:aws:iam::${PRIMARY}:policy/custody-runtime-boundary`);
        },
    },
    {
        name: "a resource control policy of the organization denying share-key use to principals outside it",
        edit: r =>
            awsLike(r, signerRole(r), "aws:organizations/policy:Policy", "kms-perimeter-rcp", {
                name: "kms-perimeter",
                type: "RESOURCE_CONTROL_POLICY",
                content: doc({
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["kms:*"],
                    Resource: "*",
                    Condition: {
                        StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-abc123" },
                        BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
                    },
                }),
            }),
    },
    {
        name: "an unrelated exporter (own namespace, ServiceAccount, pinned trust, association) reading one S3 bucket",
        stack: "pod-identity",
        edit: r => {
            const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            awsLike(r, signerRole(r), ROLE, "exporter-role", {
                name: "custody-pod-identity-exporter",
                arn: `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-exporter`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:RequestTag/eks-cluster-arn": [
                                `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`,
                            ],
                            "aws:RequestTag/kubernetes-namespace": ["reports"],
                            "aws:RequestTag/kubernetes-service-account": ["exporter"],
                        },
                    },
                }),
                inlinePolicies: [
                    {
                        name: "read-reports",
                        policy: doc({
                            Effect: "Allow",
                            Action: "s3:GetObject",
                            Resource: "arn:aws:s3:::custody-reports/*",
                        }),
                    },
                ],
            });
            awsLike(r, assoc, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "exporter-assoc", {
                clusterName: "prod-validators",
                namespace: "reports",
                serviceAccount: "exporter",
                roleArn: `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-exporter`,
                disableSessionTags: false,
                associationArn: `arn:aws:eks:eu-west-1:${PRIMARY}:podidentityassociation/prod-validators/a-00000000000000e1`,
                associationId: "a-00000000000000e1",
            });
        },
    },
    {
        name: "the signer's ServiceAccount with the IRSA regional-STS and token-expiration annotations, token automount off",
        edit: r => {
            const sa = find(r, SA, "signer-sa");
            const meta = prop(sa, "metadata") as { annotations: Record<string, string> };
            setProp(sa, "metadata", {
                ...meta,
                annotations: {
                    ...meta.annotations,
                    "eks.amazonaws.com/sts-regional-endpoints": "true",
                    "eks.amazonaws.com/token-expiration": "3600",
                },
            });
            setProp(sa, "automountServiceAccountToken", false);
        },
    },
    {
        name: "a conditional Deny on the signer's identity: no KMS or DynamoDB call outside the VPC endpoints",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", {
                Sid: "DenyOutsideVpce",
                Effect: "Deny",
                Action: ["kms:*", "dynamodb:*"],
                Resource: "*",
                Condition: {
                    StringNotEqualsIfExists: { "aws:SourceVpce": ["vpce-0a1b2c3d4e5f60718", "vpce-0f1e2d3c"] },
                },
            }),
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
const label = (c: Case) => `${stackOf(c)}${c.preview ? " (first preview)" : ""}: ${c.name}`;
describe("allowlist: final red-team round on the Containment Chamber signer", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(stackOf(c), c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePack(stackOf(c), r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(stackOf(c), c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(stackOf(c), r));
        });
    }
});
