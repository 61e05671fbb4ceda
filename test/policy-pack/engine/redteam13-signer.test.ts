// Red-team round 13 (final, fresh eyes) on the Containment Chamber signer stacks (dev, prod, pod-identity), AWS side
// only. Shapes the earlier rounds did not try: EKS Capabilities (aws.eks.Capability: AWS-managed Argo CD, kro and ACK
// acting in the cluster and in AWS with a capability role, @pulumi/aws 7.x), and what happens downstream of a
// zero-ETL copy that stays in the table's own account (a Redshift datashare or a shared warehouse snapshot carrying
// it to another account). On the secure side: capabilities a careful platform team adds with least privilege.
//
// Insecure variants the whole pack must refuse (the refusing rule and its path message); secure variants it must
// accept. A case the pack still gets wrong is `skip` with a comment "MISS: <why>, <doc>". REDTEAM_ALL=1 runs the
// skipped cases too; REDTEAM_SHOW=1 prints each refusal.
import { stackRole } from "./variantBuilders";
import {
    assertClean,
    assertRefused,
    find,
    mandatoryOf,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const SHARE_B = "222222222222";
const FOREIGN = "999999999999";
const ROLE = "aws:iam/role:Role";
const CAPABILITY = "aws:eks/capability:Capability";
const ACCESS_POLICY = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";
const PI_SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-signer`;
const CAPABILITY_TRUST = {
    Effect: "Allow",
    Principal: { Service: "capabilities.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
};
const EC2_TRUST = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
const NAMESPACE_ID = "6f1f0b7e-2c4d-4b59-9d0e-3a1f5c2e7b10";
const NAMESPACE_ARN = `arn:aws:redshift-serverless:eu-west-1:${PRIMARY}:namespace/${NAMESPACE_ID}`;
const DATASHARE_ARN = `arn:aws:redshift:eu-west-1:${PRIMARY}:datashare:${NAMESPACE_ID}/custody_share`;
const SNAPSHOT_ARN = `arn:aws:redshift-serverless:eu-west-1:${PRIMARY}:snapshot/2b9d7c4e-0a51-4d7e-9f5b-6c1e8a3d2f40`;

const tableArn = (stack: string, t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-${stack}-${t}`;
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");

/** A resource through the provider of the signer's role (the primary account, its region). */
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(signerRole(r), type, name, inputs));

/** A resource through the provider of a share key's account (share 2: 222222222222, eu-central-1). */
const besideShare = (r: Resources, i: number, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(find(r, "aws:kms/key:Key", `signer-shares-share-${i}`), type, name, inputs));

/** An EKS Capability on the stack's cluster (prod-validators in every signer stack but dev). */
const capability = (r: Resources, name: string, type: string, roleArn: string, cluster = "prod-validators") =>
    beside(r, CAPABILITY, name, {
        clusterName: cluster,
        capabilityName: name,
        type,
        roleArn,
        deletePropagationPolicy: "RETAIN",
        arn: `arn:aws:eks:eu-west-1:${PRIMARY}:capability/${cluster}/${name}`,
    });

/** An EKS access policy association (the capability's access entry is created by EKS itself). */
const accessPolicy = (r: Resources, name: string, principalArn: string, policy: string, scope: object) =>
    beside(r, ACCESS_POLICY, name, {
        clusterName: "prod-validators",
        principalArn,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: scope,
    });

/** A Redshift Serverless namespace of the primary account and a zero-ETL integration of one signer table into it. */
function zeroEtlIntoOwnAccount(r: Resources, stack: string, t: string): void {
    beside(r, "aws:redshiftserverless/namespace:Namespace", "analytics", {
        namespaceName: "custody-analytics",
        arn: NAMESPACE_ARN,
        namespaceId: NAMESPACE_ID,
    });
    beside(r, "aws:redshift/integration:Integration", "etl", {
        integrationName: `custody-${t}`,
        sourceArn: tableArn(stack, t),
        targetArn: NAMESPACE_ARN,
    });
}

type Case = {
    stack: string;
    name: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // ---- EKS Capabilities: the capability role acts in the cluster through the access entry EKS creates for it,
    // and in AWS for whoever can write the objects the capability reconciles (EKS user guide, capability-role.html,
    // capabilities-security.html, create-ack-capability.html: "Anyone with permission to create Kubernetes resources
    // in your cluster can effectively create AWS resources through ACK, subject to the IAM Capability Role").
    {
        stack: "pod-identity",
        name: "an Argo CD capability whose role is given AmazonEKSClusterAdminPolicy on the cluster (Argo CD deploys a pod as validators/containment-chamber for whoever controls its apps)",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "argocd-capability", CAPABILITY_TRUST, [
                { Effect: "Allow", Action: "codeconnections:UseConnection", Resource: "*" },
            ]);
            capability(r, "argocd", "ARGOCD", arn);
            accessPolicy(r, "argocd-admin", arn, "AmazonEKSClusterAdminPolicy", { type: "cluster" });
        },
        refused: /argocd-capability/,
    },
    // Round 72 (lead): CodeConnections UseConnection acts with the Git provider's token (judge.ts SECRET_READS); the EKS
    // user guide documents it for the Argo CD capability's role, which only capabilities.eks.amazonaws.com becomes
    // (DOCUMENTED_AGENT_GRANTS heldBy). The same grant on a role a build service or the account's principals become
    // hands the token to code or people the pack does not read.
    {
        stack: "pod-identity",
        name: "round 72: the least-privilege CodeConnections grant on a role CodeBuild becomes (builds run their buildspec with the role's credentials)",
        edit: r => {
            stackRole(
                r,
                PRIMARY,
                "build-connection",
                { ...CAPABILITY_TRUST, Principal: { Service: "codebuild.amazonaws.com" } },
                [
                    {
                        Effect: "Allow",
                        Action: ["codeconnections:UseConnection", "codeconnections:GetConnection"],
                        Resource: `arn:aws:codeconnections:eu-west-1:${PRIMARY}:connection/4f3c2b1a-9e8d-4c7b-a6f5-0e1d2c3b4a59`,
                    },
                ],
            );
        },
        refused: /build-connection/,
    },
    {
        stack: "pod-identity",
        name: "round 72: the Argo CD capability's CodeConnections grant on a role the account's principals may also become",
        edit: r => {
            const arn = stackRole(
                r,
                PRIMARY,
                "argocd-capability",
                {
                    ...CAPABILITY_TRUST,
                    Principal: { Service: "capabilities.eks.amazonaws.com", AWS: `arn:aws:iam::${PRIMARY}:root` },
                },
                [
                    {
                        Effect: "Allow",
                        Action: ["codeconnections:UseConnection", "codeconnections:GetConnection"],
                        Resource: `arn:aws:codeconnections:eu-west-1:${PRIMARY}:connection/4f3c2b1a-9e8d-4c7b-a6f5-0e1d2c3b4a59`,
                    },
                ],
            );
            capability(r, "argocd", "ARGOCD", arn);
        },
        refused: /argocd-capability/,
    },
    {
        stack: "pod-identity",
        name: "a kro capability whose role may edit the validators namespace (a ResourceGraphDefinition instance renders a pod with the signer's ServiceAccount)",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "kro-capability", CAPABILITY_TRUST, [
                { Effect: "Allow", Action: "logs:PutLogEvents", Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:*` },
            ]);
            capability(r, "kro", "KRO", arn);
            accessPolicy(r, "kro-edit", arn, "AmazonEKSEditPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            });
        },
        refused: /kro-capability/,
    },
    {
        stack: "pod-identity",
        name: "an ACK capability whose role may pass the signer role and create Pod Identity associations (an ACK PodIdentityAssociation object binds any ServiceAccount to the signer)",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "ack-capability", CAPABILITY_TRUST, [
                { Effect: "Allow", Action: "iam:PassRole", Resource: PI_SIGNER },
                {
                    Effect: "Allow",
                    Action: ["eks:CreatePodIdentityAssociation", "eks:DescribePodIdentityAssociation"],
                    Resource: "*",
                },
            ]);
            capability(r, "ack", "ACK", arn);
        },
        refused: /ack-capability/,
    },
    {
        stack: "prod",
        name: "an ACK capability whose role may UpdateTable on custody-prod-* (an ACK Table object adds a replica region or turns the stream on)",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "ack-dynamodb", CAPABILITY_TRUST, [
                {
                    Effect: "Allow",
                    Action: ["dynamodb:DescribeTable", "dynamodb:UpdateTable", "dynamodb:CreateTableReplica"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-*`,
                },
            ]);
            capability(r, "ack", "ACK", arn);
        },
        refused: /ack-dynamodb.*custody-prod-/,
    },
    {
        stack: "prod",
        name: "an ACK capability role allowed kms:PutKeyPolicy on key/* of share 2's account (an ACK Key object rewrites share 2's policy)",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "ack-kms", CAPABILITY_TRUST, [
                {
                    Effect: "Allow",
                    Action: ["kms:DescribeKey", "kms:PutKeyPolicy"],
                    Resource: `arn:aws:kms:eu-central-1:${SHARE_B}:key/*`,
                },
            ]);
            capability(r, "ack", "ACK", arn);
            // The capability role of the cluster's account is named in share 2's key policy, as ACK's cross-account
            // use needs (the account root delegation alone would not admit another account's role).
            const share2 = find(r, "aws:kms/key:Key", "signer-shares-share-2");
            const policy = JSON.parse(share2.outputs!.policy as string) as { Statement: object[] };
            policy.Statement.push({
                Sid: "AckKeyAdmin",
                Effect: "Allow",
                Principal: { AWS: arn },
                Action: ["kms:DescribeKey", "kms:PutKeyPolicy"],
                Resource: "*",
            });
            setProp(share2, "policy", JSON.stringify(policy));
        },
        refused: /ack-kms/,
    },
    {
        stack: "dev",
        name: "the signer role itself used as an Argo CD capability role (its trust gains capabilities.eks.amazonaws.com)",
        edit: r => {
            const role = signerRole(r);
            const trust = JSON.parse(role.outputs!.assumeRolePolicy as string) as { Statement: object[] };
            trust.Statement.push(CAPABILITY_TRUST);
            setProp(role, "assumeRolePolicy", JSON.stringify(trust));
            capability(r, "argocd", "ARGOCD", `arn:aws:iam::${PRIMARY}:role/custody-dev-signer`, "dev-validators");
        },
        refused: /capabilities\.eks\.amazonaws\.com/,
    },

    // ---- Downstream of a zero-ETL copy kept in the table's own account (accepted by design), the copy leaves it.
    {
        stack: "prod",
        name: "anti-slashing replicated by zero-ETL into the account's own Redshift Serverless namespace, and a datashare of that namespace authorized for another account",
        // Fixed (fix13a): engine/assets.ts warehouseShares follows the zero-ETL target. The stack itself authorizes
        // account 999999999999 to consume a datashare produced by the namespace that holds every item of
        // anti-slashing (Redshift database developer guide, "Sharing data across AWS accounts": the producer
        // administrator authorizes the consumer account with AuthorizeDataShare, after which the consumer's
        // administrators grant its users access; zero-ETL destination databases can be shared, Redshift management
        // guide "Zero-ETL integrations": "data sharing"). The copy leaves the table's account.
        edit: r => {
            zeroEtlIntoOwnAccount(r, "prod", "anti-slashing");
            beside(r, "aws:redshift/dataShareAuthorization:DataShareAuthorization", "share-out", {
                consumerIdentifier: FOREIGN,
                dataShareArn: DATASHARE_ARN,
            });
        },
        refused:
            /custody-prod-anti-slashing: a zero-ETL .*DataShareAuthorization share-out authorizes a datashare .*account 999999999999/,
        policy: "custody-tables",
    },
    {
        stack: "prod",
        name: "the keystore replicated by zero-ETL into the account's own namespace, and a datashare of it published to AWS Data Exchange (consumerIdentifier ADX)",
        // Fixed (fix13a), as above, with the consumer "ADX" (AWS Data Exchange): any subscriber, in any account,
        // gets the datashare (Redshift database developer guide, "Working with AWS Data Exchange datashares";
        // @pulumi/aws redshift.DataShareAuthorization: consumerIdentifier "an AWS account ID or a keyword, such as
        // ADX").
        edit: r => {
            zeroEtlIntoOwnAccount(r, "prod", "keystore");
            beside(r, "aws:redshift/dataShareAuthorization:DataShareAuthorization", "share-adx", {
                consumerIdentifier: "ADX",
                dataShareArn: DATASHARE_ARN,
            });
        },
        refused: /custody-prod-keystore: a zero-ETL .*DataShareAuthorization share-adx .*AWS Data Exchange \(ADX\)/,
        policy: "custody-tables",
    },
    {
        stack: "prod",
        name: "signer-state replicated by zero-ETL into the account's own namespace, and a snapshot of that namespace shared with another account (Redshift Serverless resource policy: RestoreFromSnapshot)",
        // Fixed (fix13a): redshiftserverless.Snapshot + redshiftserverless.ResourcePolicy on it are now read; the policy
        // lets account 999999999999 restore the snapshot of the namespace that holds the zero-ETL copy of
        // signer-state into a namespace of its own (Redshift Serverless API reference, PutResourcePolicy: "Currently,
        // you can use policies to share snapshots across AWS accounts", example Action
        // redshift-serverless:RestoreFromSnapshot for a consumer account; @pulumi/aws redshiftserverless.ResourcePolicy
        // on a Snapshot's ARN). Whether the integration database is in the restored copy is Redshift's to say; the pack
        // cannot tell, so a snapshot share out of the account of a namespace fed by a custody table should be refused.
        edit: r => {
            zeroEtlIntoOwnAccount(r, "prod", "signer-state");
            beside(r, "aws:redshiftserverless/snapshot:Snapshot", "snap", {
                namespaceName: "custody-analytics",
                snapshotName: "custody-analytics-weekly",
                arn: SNAPSHOT_ARN,
            });
            beside(r, "aws:redshiftserverless/resourcePolicy:ResourcePolicy", "snap-share", {
                resourceArn: SNAPSHOT_ARN,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Sid: "AllowUserRestoreFromSnapshot",
                            Effect: "Allow",
                            Principal: { AWS: [FOREIGN] },
                            Action: ["redshift-serverless:RestoreFromSnapshot", "redshift-serverless:DescribeSnapshot"],
                        },
                    ],
                }),
            });
        },
        refused:
            /custody-prod-signer-state: a zero-ETL .*ResourcePolicy snap-share lets arn:aws:iam::999999999999:root restore snapshot/,
        policy: "custody-tables",
    },
    {
        stack: "prod",
        name: "anti-slashing replicated by zero-ETL into a Redshift Serverless namespace of share 2's account (a custody account, but not the table's)",
        edit: r => {
            besideShare(r, 2, "aws:redshiftserverless/namespace:Namespace", "analytics-b", {
                namespaceName: "custody-analytics",
                arn: `arn:aws:redshift-serverless:eu-central-1:${SHARE_B}:namespace/${NAMESPACE_ID}`,
                namespaceId: NAMESPACE_ID,
            });
            beside(r, "aws:redshift/integration:Integration", "etl-b", {
                integrationName: "custody-anti-slashing",
                sourceArn: tableArn("prod", "anti-slashing"),
                targetArn: `arn:aws:redshift-serverless:eu-central-1:${SHARE_B}:namespace/${NAMESPACE_ID}`,
            });
        },
        refused: /zero-ETL.*222222222222/,
    },
    {
        stack: "prod",
        name: "a stack analytics role (an EC2 reporting host) allowed redshift-serverless:GetCredentials and redshift-data:ExecuteStatement on the namespace holding the zero-ETL copy of anti-slashing",
        edit: r => {
            zeroEtlIntoOwnAccount(r, "prod", "anti-slashing");
            stackRole(r, PRIMARY, "analytics-reader", EC2_TRUST, [
                {
                    Effect: "Allow",
                    Action: [
                        "redshift-serverless:GetCredentials",
                        "redshift-data:ExecuteStatement",
                        "redshift-data:GetStatementResult",
                    ],
                    Resource: "*",
                },
            ]);
        },
        refused: /analytics-reader/,
    },
];

const secure: Case[] = [
    {
        stack: "pod-identity",
        name: "an Argo CD capability with least privilege: its role may only use one CodeConnections connection, and no access policy is associated (Argo CD gets no Kubernetes RBAC by default)",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "argocd-capability", CAPABILITY_TRUST, [
                {
                    Effect: "Allow",
                    Action: ["codeconnections:UseConnection", "codeconnections:GetConnection"],
                    Resource: `arn:aws:codeconnections:eu-west-1:${PRIMARY}:connection/4f3c2b1a-9e8d-4c7b-a6f5-0e1d2c3b4a59`,
                },
            ]);
            capability(r, "argocd", "ARGOCD", arn);
        },
    },
    {
        stack: "prod",
        name: "a kro capability whose role holds only the trust EKS documents (kro makes no AWS calls) and no extra access policy",
        edit: r => {
            const arn = `arn:aws:iam::${PRIMARY}:role/kro-capability`;
            beside(r, ROLE, "kro-capability", {
                name: "kro-capability",
                arn,
                assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [CAPABILITY_TRUST] }),
            });
            capability(r, "kro", "KRO", arn);
        },
    },
    {
        stack: "prod",
        name: "an ACK capability whose role manages one SQS queue of the account (the validator event queue) and nothing else",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "ack-sqs", CAPABILITY_TRUST, [
                {
                    Effect: "Allow",
                    Action: [
                        "sqs:CreateQueue",
                        "sqs:GetQueueAttributes",
                        "sqs:SetQueueAttributes",
                        "sqs:TagQueue",
                        "sqs:ListQueueTags",
                    ],
                    Resource: `arn:aws:sqs:eu-west-1:${PRIMARY}:validator-events`,
                },
            ]);
            capability(r, "ack", "ACK", arn);
        },
    },
    {
        stack: "dev",
        name: "the ACK capability's controller logs delivered into a log group of the account (CloudWatch vended logs: LogDeliverySource, Destination, Delivery)",
        edit: r => {
            const arn = `arn:aws:iam::${PRIMARY}:role/ack-capability`;
            beside(r, ROLE, "ack-capability", {
                name: "ack-capability",
                arn,
                assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [CAPABILITY_TRUST] }),
            });
            capability(r, "ack", "ACK", arn, "dev-validators");
            const groupArn = `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/eks/dev-validators/capabilities/ack`;
            beside(r, "aws:cloudwatch/logGroup:LogGroup", "ack-logs", {
                name: "/aws/eks/dev-validators/capabilities/ack",
                arn: groupArn,
                retentionInDays: 90,
            });
            beside(r, "aws:cloudwatch/logDeliverySource:LogDeliverySource", "ack-src", {
                name: "eks-capability-ack-logs",
                logType: "EKS_CAPABILITY_ACK_LOGS",
                resourceArn: `arn:aws:eks:eu-west-1:${PRIMARY}:capability/dev-validators/ack`,
            });
            beside(r, "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination", "ack-dst", {
                name: "eks-capability-ack-logs",
                arn: `arn:aws:logs:eu-west-1:${PRIMARY}:delivery-destination:eks-capability-ack-logs`,
                deliveryDestinationConfiguration: { destinationResourceArn: groupArn },
            });
            beside(r, "aws:cloudwatch/logDelivery:LogDelivery", "ack-delivery", {
                deliverySourceName: "eks-capability-ack-logs",
                deliveryDestinationArn: `arn:aws:logs:eu-west-1:${PRIMARY}:delivery-destination:eks-capability-ack-logs`,
            });
        },
    },
    {
        stack: "prod",
        name: "a datashare of an unrelated analytics namespace (no custody table flows into it) authorized for the data team's account",
        edit: r => {
            beside(r, "aws:redshiftserverless/namespace:Namespace", "analytics", {
                namespaceName: "fleet-analytics",
                arn: NAMESPACE_ARN,
                namespaceId: NAMESPACE_ID,
            });
            beside(r, "aws:redshift/dataShareAuthorization:DataShareAuthorization", "share-out", {
                consumerIdentifier: FOREIGN,
                dataShareArn: DATASHARE_ARN,
            });
        },
    },
    {
        stack: "prod",
        name: "an extra global secondary index on the keystore as a separate aws.dynamodb.GlobalSecondaryIndex resource (the signer's keySource set already covers index/*)",
        edit: r => {
            beside(r, "aws:dynamodb/globalSecondaryIndex:GlobalSecondaryIndex", "keystore-by-status", {
                tableName: "custody-prod-keystore",
                indexName: "status-pubkey-index",
                keySchemas: [
                    { attributeName: "status_shard", attributeType: "S", keyType: "HASH" },
                    { attributeName: "pubkey", attributeType: "S", keyType: "RANGE" },
                ],
                projection: { projectionType: "KEYS_ONLY" },
                arn: `${tableArn("prod", "keystore")}/index/status-pubkey-index`,
            });
        },
    },
    {
        stack: "pod-identity",
        name: "the on-call SRE role (outside the stack) given AmazonEKSViewPolicy on validators beside an Argo CD capability without RBAC",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "argocd-capability", CAPABILITY_TRUST, []);
            capability(r, "argocd", "ARGOCD", arn);
            accessPolicy(r, "sre-view", `arn:aws:iam::${PRIMARY}:role/oncall-sre`, "AmazonEKSViewPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            });
        },
    },
    {
        stack: "prod",
        name: "the signer's tables left as they are, and the signer role tagged for the ACK capability's adoption (tags only, no policy change)",
        edit: r => {
            const role = signerRole(r);
            setProp(role, "tags", {
                ...((role.outputs?.tags as Record<string, string>) ?? {}),
                "services.k8s.aws/controller-version": "iam-1.3.0",
                "services.k8s.aws/namespace": "ack-system",
            });
            const arn = `arn:aws:iam::${PRIMARY}:role/ack-capability`;
            beside(r, ROLE, "ack-capability", {
                name: "ack-capability",
                arn,
                assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [CAPABILITY_TRUST] }),
            });
            capability(r, "ack", "ACK", arn);
        },
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;

describe("allowlist: red-team round 13 on the signer stacks (AWS side: EKS Capabilities, zero-ETL copies downstream)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /^$/, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertClean(ds);
        });
    }
});
