// Round 13 fixes (fix13a): a zero-ETL copy of a custody table kept in the table's own account (accepted by design) is
// only as private as the sharing of the Redshift warehouse it lands in (engine/assets.ts warehouseShares, after the
// S3 export buckets' policyReaders/replicatedOut). Neighbours of redteam13-signer's three datashare/snapshot cases:
// other spellings of the same effect (a provisioned cluster, a datashare or snapshot known only through a preview's
// propertyDependencies, another custody account as consumer, a snapshot the stack does not create, a Glue Data
// Catalog registration or a VPC endpoint authorization for another account) must be refused with the path
// table → zero-ETL → warehouse → share → account; what stays in the account, or shares another warehouse, stays clean.
//
// Docs: Redshift API reference AuthorizeDataShare ("an AWS account ID or a keyword, such as ADX"), RegisterNamespace
// ("the ID of the consumer account"), AuthorizeEndpointAccess; Redshift Serverless API reference PutResourcePolicy
// ("share snapshots across AWS accounts"); @pulumi/aws redshift.DataShareAuthorization, NamespaceRegistration
// (consumerIdentifier "DataCatalog/<account-id>"), EndpointAuthorization, SnapshotCopy, redshiftserverless.Snapshot.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { assertClean, assertRefused, find, resourceLike, Resources, runWholePack, stackResources } from "./support";

const PRIMARY = "111111111111";
const SHARE_B = "222222222222";
const FOREIGN = "999999999999";
/** The engine's unknown sentinel (an output unknown during a first preview). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const TABLES = "custody-tables";
const NAMESPACE = "aws:redshiftserverless/namespace:Namespace";
const CLUSTER = "aws:redshift/cluster:Cluster";
const INTEGRATION = "aws:redshift/integration:Integration";
const DATASHARE_AUTH = "aws:redshift/dataShareAuthorization:DataShareAuthorization";
const SNAPSHOT = "aws:redshiftserverless/snapshot:Snapshot";
const SNAPSHOT_POLICY = "aws:redshiftserverless/resourcePolicy:ResourcePolicy";
const NS_ID = "3c9e1a2b-7d4f-4e8a-b1c6-0f2d5e7a9b31";
const OTHER_NS_ID = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
const CLUSTER_NS_ID = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";
const NS_ARN = `arn:aws:redshift-serverless:eu-west-1:${PRIMARY}:namespace/${NS_ID}`;
const CLUSTER_NS_ARN = `arn:aws:redshift:eu-west-1:${PRIMARY}:namespace:${CLUSTER_NS_ID}`;
const datashare = (id: string, name = "custody_share") =>
    `arn:aws:redshift:eu-west-1:${PRIMARY}:datashare:${id}/${name}`;
const tableArn = (t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-${t}`;
const restorePolicy = (principal: string) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AllowRestore",
                Effect: "Allow",
                Principal: { AWS: [principal] },
                Action: ["redshift-serverless:RestoreFromSnapshot"],
            },
        ],
    });

/** A resource through the provider of the signer's role (the primary account, eu-west-1). */
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) => {
    const res = resourceLike(find(r, "aws:iam/role:Role", "signer-role"), type, name, inputs);
    r.push(res);
    return res;
};

/** Like `beside`, with `unknown` properties unknown during the preview, each following the given resources. */
function besideUnknown(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    unknown: Record<string, AnalyzerResourceInput[]>,
): AnalyzerResourceInput {
    const all = { ...inputs };
    for (const k of Object.keys(unknown)) all[k] = UNKNOWN;
    const res = {
        ...resourceLike(find(r, "aws:iam/role:Role", "signer-role"), type, name, all),
        propertyDependencies: Object.fromEntries(
            Object.entries(unknown)
                .filter(([, on]) => on.length > 0)
                .map(([k, on]) => [k, on.map(d => d.urn)]),
        ),
        dependencies: [
            ...new Set(
                Object.values(unknown)
                    .flat()
                    .map(d => d.urn),
            ),
        ],
    } as AnalyzerResourceInput;
    r.push(res);
    return res;
}

/** The account's analytics namespace (known ARN) and a zero-ETL integration of one prod table into it. */
function intoNamespace(r: Resources, t: string): AnalyzerResourceInput {
    const ns = beside(r, NAMESPACE, "analytics", {
        namespaceName: "custody-analytics",
        arn: NS_ARN,
        namespaceId: NS_ID,
    });
    beside(r, INTEGRATION, "etl", { integrationName: `custody-${t}`, sourceArn: tableArn(t), targetArn: NS_ARN });
    return ns;
}

/** The same during a first preview: the namespace's ARN unknown, the integration following the namespace. */
function intoNewNamespace(r: Resources, t: string): AnalyzerResourceInput {
    const ns = beside(r, NAMESPACE, "analytics", {
        namespaceName: "custody-analytics",
        arn: UNKNOWN,
        namespaceId: UNKNOWN,
    });
    besideUnknown(
        r,
        INTEGRATION,
        "etl",
        { integrationName: `custody-${t}`, sourceArn: tableArn(t) },
        { targetArn: [ns] },
    );
    return ns;
}

/** A provisioned RA3 cluster of the account and a zero-ETL integration of one prod table into its namespace. */
function intoCluster(r: Resources, t: string): void {
    beside(r, CLUSTER, "warehouse", {
        clusterIdentifier: "custody-warehouse",
        nodeType: "ra3.xlplus",
        encrypted: true,
        clusterNamespaceArn: CLUSTER_NS_ARN,
        arn: `arn:aws:redshift:eu-west-1:${PRIMARY}:cluster:custody-warehouse`,
    });
    beside(r, INTEGRATION, "etl", {
        integrationName: `custody-${t}`,
        sourceArn: tableArn(t),
        targetArn: CLUSTER_NS_ARN,
    });
}

type Case = { name: string; preview?: boolean; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    {
        name: "anti-slashing into a provisioned RA3 cluster of the account, and a datashare of the cluster's namespace authorized for another account",
        edit: r => {
            intoCluster(r, "anti-slashing");
            beside(r, DATASHARE_AUTH, "share-out", {
                consumerIdentifier: FOREIGN,
                dataShareArn: datashare(CLUSTER_NS_ID),
                allowWrites: false,
            });
        },
        refused:
            /custody-prod-anti-slashing: a zero-ETL .*namespace:b2c3d4e5.*DataShareAuthorization share-out authorizes a datashare .*account 999999999999/,
    },
    {
        name: "keystore into a namespace the stack creates (first preview), and a datashare following that namespace authorized for share 2's account",
        preview: true,
        edit: r => {
            const ns = intoNewNamespace(r, "keystore");
            besideUnknown(r, DATASHARE_AUTH, "share-b", { consumerIdentifier: SHARE_B }, { dataShareArn: [ns] });
        },
        refused:
            /custody-prod-keystore: a zero-ETL .*DataShareAuthorization share-b authorizes a datashare .*account 222222222222, outside the table's account 111111111111 \(another custody account/,
    },
    {
        name: "signer-state into the account's namespace, and a datashare authorization whose ARN is unknown and follows no resource (first preview)",
        preview: true,
        edit: r => {
            intoNamespace(r, "signer-state");
            besideUnknown(r, DATASHARE_AUTH, "share-any", { consumerIdentifier: FOREIGN }, { dataShareArn: [] });
        },
        refused:
            /custody-prod-signer-state: a zero-ETL .*DataShareAuthorization share-any: dataShareArn is unknown during the preview, so it may share Namespace analytics out of the table's account 111111111111/,
    },
    {
        name: 'anti-slashing into a namespace the stack creates (first preview), its snapshot shared with everyone (Principal "*") by a policy following the snapshot',
        preview: true,
        edit: r => {
            const ns = intoNewNamespace(r, "anti-slashing");
            const snap = besideUnknown(
                r,
                SNAPSHOT,
                "snap",
                { snapshotName: "custody-analytics-weekly", arn: UNKNOWN },
                { namespaceName: [ns] },
            );
            besideUnknown(r, SNAPSHOT_POLICY, "snap-share", { policy: restorePolicy("*") }, { resourceArn: [snap] });
        },
        refused:
            /custody-prod-anti-slashing: a zero-ETL .*ResourcePolicy snap-share lets "\*" not pinned to 111111111111 restore snapshot Snapshot snap/,
    },
    {
        name: "keystore into the account's namespace, and a resource policy sharing a snapshot ARN of the account the stack does not create with another account",
        edit: r => {
            intoNamespace(r, "keystore");
            beside(r, SNAPSHOT_POLICY, "manual-share", {
                resourceArn: `arn:aws:redshift-serverless:eu-west-1:${PRIMARY}:snapshot/5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716`,
                policy: restorePolicy(`arn:aws:iam::${FOREIGN}:root`),
            });
        },
        refused:
            /custody-prod-keystore: a zero-ETL .*ResourcePolicy manual-share lets arn:aws:iam::999999999999:root restore snapshot .*which the stack does not create/,
    },
    {
        name: "anti-slashing into the account's namespace, registered into another account's Glue Data Catalog (NamespaceRegistration)",
        edit: r => {
            intoNamespace(r, "anti-slashing");
            beside(r, "aws:redshift/namespaceRegistration:NamespaceRegistration", "lakehouse", {
                consumerIdentifier: `DataCatalog/${FOREIGN}`,
                namespaceType: "serverless",
                serverlessNamespaceIdentifier: "custody-analytics",
                serverlessWorkgroupIdentifier: "custody-analytics",
            });
        },
        refused:
            /custody-prod-anti-slashing: a zero-ETL .*NamespaceRegistration lakehouse registers that namespace .*Glue Data Catalog of account 999999999999/,
    },
    {
        name: "signer-state into a namespace the stack creates (first preview), registered into another account's Glue Data Catalog through its workgroup's outputs",
        preview: true,
        edit: r => {
            const ns = intoNewNamespace(r, "signer-state");
            const wg = besideUnknown(
                r,
                "aws:redshiftserverless/workgroup:Workgroup",
                "analytics",
                { workgroupName: "custody-analytics" },
                { namespaceName: [ns] },
            );
            besideUnknown(
                r,
                "aws:redshift/namespaceRegistration:NamespaceRegistration",
                "lakehouse",
                { consumerIdentifier: `DataCatalog/${FOREIGN}`, namespaceType: "serverless" },
                { serverlessNamespaceIdentifier: [wg], serverlessWorkgroupIdentifier: [wg] },
            );
        },
        refused:
            /custody-prod-signer-state: a zero-ETL .*NamespaceRegistration lakehouse registers that namespace .*Glue Data Catalog of account 999999999999/,
    },
    {
        name: "signer-state into a provisioned cluster of the account, and a Redshift-managed VPC endpoint authorization for another account",
        edit: r => {
            intoCluster(r, "signer-state");
            beside(r, "aws:redshift/endpointAuthorization:EndpointAuthorization", "partner-vpc", {
                account: FOREIGN,
                clusterIdentifier: "custody-warehouse",
            });
        },
        refused:
            /custody-prod-signer-state: a zero-ETL .*EndpointAuthorization partner-vpc authorizes Redshift-managed VPC endpoints .*account 999999999999/,
    },
];

const secure: Case[] = [
    {
        name: "anti-slashing into the account's namespace, and a datashare of another namespace of the stack (no custody table flows into it) authorized for another account",
        edit: r => {
            intoNamespace(r, "anti-slashing");
            beside(r, NAMESPACE, "fleet", {
                namespaceName: "fleet-analytics",
                arn: `arn:aws:redshift-serverless:eu-west-1:${PRIMARY}:namespace/${OTHER_NS_ID}`,
                namespaceId: OTHER_NS_ID,
            });
            beside(r, DATASHARE_AUTH, "fleet-share", {
                consumerIdentifier: FOREIGN,
                dataShareArn: datashare(OTHER_NS_ID, "fleet_share"),
            });
        },
    },
    {
        name: "keystore into a namespace the stack creates (first preview), and a datashare following another namespace of the stack authorized for another account",
        preview: true,
        edit: r => {
            intoNewNamespace(r, "keystore");
            const fleet = beside(r, NAMESPACE, "fleet", { namespaceName: "fleet-analytics", arn: UNKNOWN });
            besideUnknown(r, DATASHARE_AUTH, "fleet-share", { consumerIdentifier: FOREIGN }, { dataShareArn: [fleet] });
        },
    },
    {
        name: "signer-state into the account's namespace, a weekly snapshot of it whose policy admits only a restore role of the account",
        edit: r => {
            intoNamespace(r, "signer-state");
            const arn = `arn:aws:redshift-serverless:eu-west-1:${PRIMARY}:snapshot/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`;
            beside(r, SNAPSHOT, "snap", { namespaceName: "custody-analytics", snapshotName: "weekly", arn });
            beside(r, SNAPSHOT_POLICY, "snap-policy", {
                resourceArn: arn,
                policy: restorePolicy(`arn:aws:iam::${PRIMARY}:role/analytics-restore`),
            });
        },
    },
    {
        name: "anti-slashing into the account's namespace, registered into the account's own Glue Data Catalog",
        edit: r => {
            intoNamespace(r, "anti-slashing");
            beside(r, "aws:redshift/namespaceRegistration:NamespaceRegistration", "lakehouse", {
                consumerIdentifier: `DataCatalog/${PRIMARY}`,
                namespaceType: "serverless",
                serverlessNamespaceIdentifier: "custody-analytics",
                serverlessWorkgroupIdentifier: "custody-analytics",
            });
        },
    },
    {
        name: "keystore into a provisioned cluster of the account whose snapshots are copied to another Region of the same account (SnapshotCopy with a SnapshotCopyGrant)",
        edit: r => {
            intoCluster(r, "keystore");
            beside(r, "aws:redshift/snapshotCopyGrant:SnapshotCopyGrant", "dr-grant", {
                snapshotCopyGrantName: "custody-warehouse-dr",
            });
            beside(r, "aws:redshift/snapshotCopy:SnapshotCopy", "dr-copy", {
                clusterIdentifier: "custody-warehouse",
                destinationRegion: "eu-central-1",
                snapshotCopyGrantName: "custody-warehouse-dr",
            });
        },
    },
];

describe("allowlist: a zero-ETL copy's warehouse shared out of the table's account (round 13 fixes)", () => {
    for (const c of insecure) {
        it(`refuses: prod${c.preview ? " (first preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources("prod", c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePack("prod", r), c.refused!, TABLES);
        });
    }
    for (const c of secure) {
        it(`accepts: prod${c.preview ? " (first preview)" : ""}: ${c.name}`, async () => {
            const r = await stackResources("prod", c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack("prod", r));
        });
    }
});
