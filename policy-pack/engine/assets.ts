/**
 * Verdicts on the custody assets themselves, from the model: share rings (threshold, indices, the key behind each
 * share alias, its account and kind, who may use it) and tables (declared with the key that encrypts them, a key
 * this stack manages, and replica keys of the stack; PITR window; no TTL or TableItem; imports, exports, streams and
 * backup copies that bring data in from, or copy it out of, the table's own account, including through the S3
 * buckets' policies and replication; services that reach a table for their own callers, API Gateway's DynamoDB
 * integrations among them). Tables the model names by pattern without the stack creating them count too.
 */
import { accountRootOf, normalizeAwsPrincipal, parseArn, tableArnOf } from "../model/arn";
import { CALLER_KEYS, pinnedValues } from "../model/conditions";
import { tryParsePolicyDocument } from "../model/document";
import { keyCustodyProblems, KMS_KEY_TYPES } from "../model/kms";
import { classifyKmsAction } from "../model/kms";
import { statementActions } from "../model/permissions";
import { providerAccount, resourceRegion, StackResource } from "../model/resources";
import type { Asset } from "./build";
import type { Finding, Judge } from "./judge";
import { listActions } from "./judge";
import { ZERO_ETL_INTEGRATIONS } from "./zeroEtl";
import { globsIntersect, globSubsumes, hasGlob, partitionOfRegion } from "./patterns";
import { nodeArn, nodeKey, nodeLabel } from "./principals";
import { isUnknown, str, strList, unverifiable } from "./raw";
import { bucketReplications, S3_BUCKETS } from "./s3";

const TABLE_EXPORT = "aws:dynamodb/tableExport:TableExport";
const KINESIS_DESTINATION = "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination";
/** DynamoDB PITR keeps 35 days unless `recoveryPeriodInDays` shortens it (DynamoDB developer guide, "Point-in-time recovery"). */
const FULL_PITR_DAYS = 35;
/** Legacy (2017) global tables replicate into same-named tables of other regions that this stack does not create. */
const LEGACY_GLOBAL_TABLE = "aws:dynamodb/globalTable:GlobalTable";
const TABLE_REPLICA = "aws:dynamodb/tableReplica:TableReplica";
/** An item the deployer writes with PutItem, and deletes with DeleteItem when the resource leaves the program. */
const TABLE_ITEM = "aws:dynamodb/tableItem:TableItem";
const BACKUP_PLAN = "aws:backup/plan:Plan";
const BACKUP_SELECTION = "aws:backup/selection:Selection";
const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
/** Where an S3 bucket's policy is written: a BucketPolicy, or the bucket's own inline `policy`. */
const S3_POLICIES = {
    [BUCKET_POLICY]: { ref: "bucket", policy: "policy" },
    "aws:s3/bucket:Bucket": { ref: "bucket", policy: "policy" },
    "aws:s3/bucketV2:BucketV2": { ref: "bucket", policy: "policy" },
};
/**
 * API Gateway integrations that call an AWS service with the integration's credentials role: a REST API's (type
 * AWS) and a WebSocket API's (apigatewayv2, type AWS; HTTP APIs have no DynamoDB subtype: API Gateway developer
 * guide, "Integration subtype reference"). Property names: the service URI and the credentials.
 */
const APIGW_INTEGRATIONS: Record<string, { uri: string; credentials: string }> = {
    "aws:apigateway/integration:Integration": { uri: "uri", credentials: "credentials" },
    "aws:apigatewayv2/integration:Integration": { uri: "integrationUri", credentials: "credentialsArn" },
};
const REST_API = "aws:apigateway/restApi:RestApi";
/** `arn:aws:apigateway:<region>:dynamodb:action/<Action>` (or `path/...`): the integration calls DynamoDB. */
const DYNAMODB_INTEGRATION_URI = /^arn:[^:]+:apigateway:[^:]*:dynamodb:((?:action|path)\/.*)$/i;
/** "Use the caller's identity": API Gateway signs with the caller's own credentials, no role of its own. */
const CALLER_CREDENTIALS = /^arn:[^:]+:iam::\*:user\/\*$/;
/**
 * A mapping template that lets the caller choose the table: it forwards the whole request body, takes TableName
 * from a variable, builds a key (BatchWriteItem's RequestItems are keyed by table name) or a PartiQL statement
 * from the request.
 */
const CALLER_CHOSEN_TABLE = [
    /\$input\.(?:body|json\(\s*['"]\$['"]\s*\)|path\(\s*['"]\$['"]\s*\))/,
    /"TableName"\s*:\s*(?:[^\s"]|"[^"]*\$)/,
    /"[^"]*\$[^"]*"\s*:/,
    /"Statement"\s*:\s*"[^"]*\$/,
];
const KINESIS_RESOURCE_POLICY = "aws:kinesis/resourcePolicy:ResourcePolicy";
/** S3 access points, their policies, Object Lambda and Multi-Region Access Points: doors into a bucket. */
const ACCESS_POINT = "aws:s3/accessPoint:AccessPoint";
const ACCESS_POINT_POLICY = "aws:s3control/accessPointPolicy:AccessPointPolicy";
const OLAP = "aws:s3control/objectLambdaAccessPoint:ObjectLambdaAccessPoint";
const OLAP_POLICY = "aws:s3control/objectLambdaAccessPointPolicy:ObjectLambdaAccessPointPolicy";
const MRAP = "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint";
const MRAP_POLICY = "aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy";
/**
 * A Lake Formation registration of an S3 location: Lake Formation then vends temporary credentials for it, assuming
 * the registration role, to whomever its own permissions admit on the location or on a Glue table over it (AWS CLI
 * reference, lakeformation get-temporary-glue-table-credentials: "Lake Formation assumes the role associated with a
 * registered location, for example an Amazon S3 bucket, with a scope down policy"; GetTemporaryDataLocationCredentials
 * for DATA_LOCATION_ACCESS; Lake Formation developer guide, "Cross-account data sharing": other accounts and
 * organizations through AWS RAM, LF-tag expressions). The bucket policy and IAM the pack judges are not consulted.
 */
const LF_RESOURCE = "aws:lakeformation/resource:Resource";
/** Why a principal of the copy's own account that a resource policy names is refused (policyPrincipals). */
const INSIDE_WHY =
    "within one account a resource policy's Allow alone grants the request, with no IAM grant (IAM User Guide, \"Policy evaluation for requests within a single account\"), and no workload of the custody model reads a copy of a custody table; admit only the account (its root), whose identities' own grants are judged";
/**
 * A Redshift warehouse a zero-ETL copy lands in, and what shares it out of its account: a datashare authorized for
 * another account or AWS Data Exchange (Redshift database developer guide, "Sharing data across AWS accounts",
 * "Working with AWS Data Exchange datashares"; AuthorizeDataShare: ConsumerIdentifier "an AWS account ID or a
 * keyword, such as ADX"), a Redshift Serverless resource policy on one of its snapshots (PutResourcePolicy:
 * "Currently, you can use policies to share snapshots across AWS accounts"), a Redshift-managed VPC endpoint
 * authorized for another account's VPCs (AuthorizeEndpointAccess), a registration into another account's Glue Data
 * Catalog (RegisterNamespace: "the ID of the consumer account"). Provisioned snapshot sharing (AuthorizeSnapshotAccess)
 * has no @pulumi/aws resource; SnapshotCopy/SnapshotCopyGrant copy into another Region of the same account;
 * aws.redshift.ResourcePolicy authorizes inbound integrations (data into the warehouse); DataShareConsumerAssociation
 * is the consumer's side. Property: where each names the warehouse; the account or consumer it shares with.
 */
const RS_NAMESPACE = "aws:redshiftserverless/namespace:Namespace";
const RS_CLUSTER = "aws:redshift/cluster:Cluster";
const RS_SNAPSHOT = "aws:redshiftserverless/snapshot:Snapshot";
const RS_SNAPSHOT_POLICY = "aws:redshiftserverless/resourcePolicy:ResourcePolicy";
/** Resources whose outputs name a warehouse or its snapshot: an unknown reference following one is judged by it. */
const RS_WORKGROUP = "aws:redshiftserverless/workgroup:Workgroup";
const REDSHIFT_FOLLOWED = [RS_NAMESPACE, RS_CLUSTER, RS_SNAPSHOT, RS_WORKGROUP];
const RS_SHARES: Record<string, { refs: string[]; to: string; what: string }> = {
    "aws:redshift/dataShareAuthorization:DataShareAuthorization": {
        refs: ["dataShareArn"],
        to: "consumerIdentifier",
        what: "authorizes a datashare of that namespace (whose contents are chosen in SQL, which the pack cannot see) for",
    },
    "aws:redshift/endpointAuthorization:EndpointAuthorization": {
        refs: ["clusterIdentifier"],
        to: "account",
        what: "authorizes Redshift-managed VPC endpoints into that cluster (its database users sign in from there) for",
    },
    "aws:redshift/namespaceRegistration:NamespaceRegistration": {
        refs: ["serverlessNamespaceIdentifier", "provisionedClusterIdentifier"],
        to: "consumerIdentifier",
        what: "registers that namespace (its databases, through the Iceberg REST API) into the Glue Data Catalog of",
    },
};
/** The namespace id a Redshift ARN names: `namespace/<id>`, `namespace:<id>` or `datashare:<id>/<name>`. */
const NAMESPACE_ID_IN = /:(?:namespace[:/]|datashare:)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
/**
 * Services that act on a table for their own callers, through a role: an AppSync DynamoDB data source (the API's
 * callers), an EventBridge Pipe or a Lambda event source mapping on the table's stream (every change, forwarded to
 * a target or code the pack cannot judge). Property: where the table (its name) or its stream (ARN) is named.
 */
const OPENSEARCH_INGESTION = ["aws:osis/pipeline:Pipeline", "aws:opensearchingest/pipeline:Pipeline"];
const TABLE_CONSUMERS: Record<string, { prop: string; what: string }> = {
    "aws:appsync/dataSource:DataSource": {
        prop: "dynamodbConfig.tableName",
        what: "resolves the GraphQL API's requests against it with the data source's role: the API's callers reach its items",
    },
    "aws:pipes/pipe:Pipe": {
        prop: "source",
        what: "reads every change from its stream and forwards it to the pipe's target and enrichment",
    },
    "aws:lambda/eventSourceMapping:EventSourceMapping": {
        prop: "eventSourceArn",
        what: "feeds every change from its stream to a function whose code and destinations the pack cannot judge",
    },
    "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": {
        prop: "kinesisSourceConfiguration.kinesisStreamArn",
        what: "delivers every change it streams to Kinesis to the delivery stream's destination",
    },
};

/** A principal of a copy's home account that a resource policy admits by name, and the actions it admits it to. */
type InsideReader = { who: string; arn?: string; actions: string[] };
/** What a resource policy on a copy of custody data admits (policyPrincipals). */
type PolicyPrincipals = { outside: string[]; inside: InsideReader[]; delegates: boolean };

/** S3's condition key naming the account of the access point a request came through (lower case). */
const DATA_ACCESS_POINT_ACCOUNT = "s3:dataaccesspointaccount";

/**
 * The principals a resource policy (an S3 bucket's, an access point's, a Kinesis stream's) admits to any `service`
 * action. `outside`: not certainly of the `home` accounts: another account, "*" not pinned to them, a service, a
 * federated user, NotPrincipal. A copy of custody data is only as private as the policy of where it lands.
 * `inside`: principals of a home account the policy names itself (a role, a user, a session, "*" pinned to such
 * ARNs or to the whole account by aws:PrincipalAccount): within one account a resource-policy Allow alone grants the
 * request, no identity-policy grant needed (IAM User Guide, "Policy evaluation for requests within a single
 * account": "If either the identity-based policy or the resource-based policy within the same account allows the
 * request and the other doesn't, the request is still allowed"), so each is a reader of the copy. The account's
 * root (or a bare account id) is not: it delegates to the account's identities, whose own IAM grants on the copy
 * are judged like any grant (judge.ts findCustodyCopies). `delegates`: with `bucketAccount` (an S3 bucket's own
 * account), the statement S3 recommends to delegate access control to access points (S3 user guide, "Delegating
 * access control to access points": Principal "*", Condition StringEquals s3:DataAccessPointAccount = the bucket
 * owner's account) admits only requests made through an access point of that account, so it is accepted here and
 * the access points become the copy's doors (judgeTables accessPointDoors). Accepted only when every pinned value is
 * the bucket's own account: any other account's access points are outside readers.
 */
function policyPrincipals(
    raw: unknown,
    service: string,
    home: ReadonlySet<string>,
    catalog: Judge["catalog"],
    bucketAccount?: string,
): PolicyPrincipals {
    const out: PolicyPrincipals = { outside: [], inside: [], delegates: false };
    if (raw === undefined || raw === null || isUnknown(raw)) return out;
    const parsed = tryParsePolicyDocument(raw);
    if (!parsed.ok) {
        out.outside.push(`a policy that is not a valid document (${parsed.error})`);
        return out;
    }
    const inHome = (acct: string | undefined) => acct !== undefined && home.has(acct);
    for (const s of parsed.doc.statements) {
        if (s.effect !== "Allow") continue;
        const actions = [...statementActions(s, catalog).values()].filter(a => a.service === service).map(a => a.name);
        if (actions.length === 0) continue;
        if (s.notPrincipal) {
            out.outside.push("everyone not listed (Allow with NotPrincipal)");
            continue;
        }
        const p = s.principal;
        if (!p) continue;
        /** A principal named by ARN: outside, the account's root (accepted), or a reader inside. */
        const named = (arn: string, who = arn) => {
            // A bare account id is its account's root (model/arn.ts normalizeAwsPrincipal).
            const root = accountRootOf(arn);
            const acct = root ?? parseArn(normalizeAwsPrincipal(arn))?.account;
            if (!inHome(acct)) out.outside.push(who);
            else if (root === undefined) out.inside.push({ who, arn, actions });
        };
        for (const aws of p.aws) {
            if (aws !== "*") {
                named(aws);
                continue;
            }
            const viaAccessPoints = service === "s3" ? pinnedValues(s, DATA_ACCESS_POINT_ACCOUNT) : undefined;
            if (
                bucketAccount !== undefined &&
                viaAccessPoints !== undefined &&
                viaAccessPoints.length > 0 &&
                viaAccessPoints.every(a => a === bucketAccount)
            ) {
                out.delegates = true;
                continue;
            }
            const arns = pinnedValues(s, CALLER_KEYS.principalArn);
            const accounts = pinnedValues(s, CALLER_KEYS.principalAccount);
            const pinned = arns ? arns.map(a => parseArn(a)?.account) : accounts;
            if (!pinned || !pinned.every(inHome)) out.outside.push(`"*" not pinned to ${[...home].join(", ")}`);
            else if (arns) for (const a of arns) named(a, `"*" pinned by aws:PrincipalArn to ${a}`);
            else if (accounts)
                for (const a of accounts)
                    out.inside.push({
                        who: `"*" pinned by aws:PrincipalAccount to account ${a} (every identity of the account)`,
                        actions,
                    });
        }
        for (const other of [...p.service, ...p.federated, ...p.canonicalUser]) out.outside.push(other);
    }
    return out;
}

/** The principals outside `home` a resource policy admits to `service` (policyPrincipals). */
function outsideReaders(raw: unknown, service: string, home: ReadonlySet<string>, catalog: Judge["catalog"]): string[] {
    return policyPrincipals(raw, service, home, catalog).outside;
}

export function judgeShareRings(j: Judge): Finding[] {
    const out: Finding[] = [];
    const { ea, model, catalog } = j;
    for (const ring of model.shareRings) {
        const where = `share ring of workload ${ring.workload}`;
        const n = ring.shares.length;
        const indices = ring.shares.map(s => s.index).sort((a, b) => a - b);
        if (indices.some((x, i) => x !== i + 1))
            out.push({
                kind: "ring",
                message: `${where}: share indices must be 1..${n} once each, got ${indices.join(", ")}.`,
            });
        const minimum = n > 1 ? 2 : 1;
        if (ring.threshold < minimum || ring.threshold > n)
            out.push({
                kind: "ring",
                message: `${where}: threshold ${ring.threshold} must be between ${minimum} and ${n}.`,
            });
        const workload = model.workloads.find(w => w.name === ring.workload);
        const keys = new Map<Asset, number>();
        for (const share of ring.shares) {
            const label = `${where}, share ${share.index} (${share.keyAlias})`;
            const alias = ea.aliases.find(a => a.arn === share.keyAlias);
            if (!alias) {
                out.push({
                    kind: "ring",
                    message: `${label}: this stack creates no alias with that ARN; the share's key must be found by the alias the model names.`,
                });
                continue;
            }
            const key = alias.target;
            if (!key) {
                if (alias.targetRef !== undefined)
                    out.push({
                        kind: "ring",
                        urn: alias.resource.urn,
                        message: `${label}: the alias targets ${alias.targetRef}, a key this stack does not create: the share would be wrapped under a key outside the custody model.`,
                    });
                continue;
            }
            const previous = keys.get(key);
            if (previous !== undefined)
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: the same ${key.label} already holds share ${previous}: two shares under one key are one share.`,
                });
            keys.set(key, share.index);
            if (key.account !== undefined && key.account !== share.account)
                out.push({
                    kind: "ring",
                    urn: key.urn,
                    message: `${label}: the key is in account ${key.account}, the model puts this share in ${share.account}.`,
                });
            for (const message of keyCustodyMessages(key, true))
                out.push({ kind: "ring", urn: key.urn, message: `${label}: ${message}.` });
            for (const other of ea.resources) {
                if (
                    (other.type === KMS_KEY_TYPES.replicaKey || other.type === KMS_KEY_TYPES.replicaExternalKey) &&
                    (str(other.props, "primaryKeyArn") === key.arn.pattern ||
                        (other.propertyDependencies?.primaryKeyArn ?? []).some(d => d.urn === key.urn))
                ) {
                    out.push({
                        kind: "ring",
                        urn: other.urn,
                        message: `${label}: ${other.type.split(":").pop()} ${other.name} replicates the share key.`,
                    });
                }
            }
            // Only the ring workload's subjects may use the key material; read-only actions are harmless.
            for (const a of ea.access) {
                if (a.asset !== key) continue;
                const w = j.workloadOf(a.principal);
                if (w && w === workload) continue;
                const crypto = a.actions.filter(x => {
                    const c = catalog.lookup(x);
                    return c !== undefined && classifyKmsAction(c) === "data-plane";
                });
                if (crypto.length === 0) continue;
                out.push({
                    kind: "ring",
                    urn: a.urn,
                    message: `${nodeLabel(a.principal)} → ${listActions(crypto)} on ${key.label} (${a.via}): only workload ${ring.workload}'s subjects may use a share key.`,
                });
            }
        }
    }
    return out;
}

export function judgeTables(j: Judge): Finding[] {
    const out: Finding[] = [];
    const { ea, model } = j;
    const custodyAccounts = new Set(Object.keys(model.accounts));
    /**
     * Where copies of a table's data may land: the table's own account. Another account, even one holding a share,
     * is administered apart (README, "The trust boundary"): a copy there gives its principals a table the model
     * reserves to its workloads. A table of unknown account falls back to the custody accounts.
     */
    const allCustody = `the custody accounts (${[...custodyAccounts].join(", ")})`;
    const homeOf = (t: Asset | undefined): { accounts: ReadonlySet<string>; text: string } =>
        t?.account !== undefined
            ? { accounts: new Set([t.account]), text: `the table's account ${t.account}` }
            : { accounts: custodyAccounts, text: allCustody };
    /** How far outside its home an account is: outside every custody account, or another custody account. */
    const outsideOf = (acct: string | undefined, home: { text: string }) =>
        acct !== undefined && !custodyAccounts.has(acct)
            ? `outside ${allCustody}`
            : `outside ${home.text} (another custody account is administered apart)`;
    /**
     * Whether the custody model lets the identity a copy's resource policy names do what it admits it to: a stack
     * identity whose workload has an entry with every such action on every ARN of the copy. (No access set names an
     * S3 or Kinesis action today, so a named reader of a copy is refused, like an identity grant on it.)
     */
    const modelAllows = (r: InsideReader, copy: readonly string[]) => {
        const id = r.arn === undefined ? undefined : ea.identities.find(i => nodeArn(i.node) === r.arn);
        const w = id && j.workloadOf(id.node);
        return (
            w !== undefined &&
            j.entries.some(
                e =>
                    e.workload === w &&
                    r.actions.every(a => e.actions.has(a.toLowerCase())) &&
                    copy.every(c => e.patterns.some(p => globSubsumes(p.pattern, c))),
            )
        );
    };
    /**
     * What the policies of the stack's resources at `where` admit to `service` on a copy (ARN patterns `copy`):
     * principals outside `home`, readers inside it the model does not allow (policyPrincipals), and whether an S3
     * bucket of account `bucketAccount` delegates to its account's access points.
     */
    const policyReaders = (
        types: Record<string, { ref: string; policy: string }>,
        service: string,
        where: (ref: string) => boolean,
        home: ReadonlySet<string>,
        copy: readonly string[] = [],
        bucketAccount?: string,
    ) => {
        const out = { outside: [] as string[], inside: [] as string[], delegated: false };
        for (const x of ea.resources) {
            const t = types[x.type];
            const ref = t ? str(x.props, t.ref) : undefined;
            if (!t || ref === undefined || !where(ref)) continue;
            const via = `(${x.type.split(":").pop()} ${x.name})`;
            const found = policyPrincipals(x.props[t.policy], service, home, j.catalog, bucketAccount);
            out.outside.push(...found.outside.map(who => `${who} ${via}`));
            out.inside.push(...found.inside.filter(r => !modelAllows(r, copy)).map(r => `${r.who} ${via}`));
            out.delegated ||= found.delegates;
        }
        return out;
    };
    /** The ARN patterns of S3 bucket `bucket` and its objects, in every partition. */
    const bucketCopy = (bucket: string) =>
        ["aws", "aws-cn", "aws-us-gov"].flatMap(p => [`arn:${p}:s3:::${bucket}`, `arn:${p}:s3:::${bucket}/*`]);
    /**
     * The doors of S3 bucket `bucket` (of account `bucketAccount`, holding a copy) that its access points open, each
     * as the reason it is refused: an access point of another account (or of an account the pack cannot tell), one
     * whose policy is unknown during the preview, or whose policy admits principals outside `home` or readers inside
     * it (policyPrincipals). Access points (aws.s3.AccessPoint and its aws.s3control.AccessPointPolicy), Object Lambda
     * access points on one of them, and Multi-Region Access Points routing to the bucket: a request through one is
     * authorized by its policy and the bucket's, which may delegate to the account's access points (S3 user guide,
     * "Configuring IAM policies for using access points", "Delegating access control to access points"; Multi-Region
     * Access Points, "Permissions"; "Configuring IAM policies for Object Lambda Access Points"). An access point the
     * stack does not create cannot be seen: identity grants on any access point of the account count as grants on
     * the copy (judge.ts findCustodyCopies), so only principals outside the stack (the account's administrators)
     * could open one, as they could rewrite the bucket policy itself.
     */
    const accessPointDoors = (bucket: string, home: { accounts: ReadonlySet<string>; text: string }): string[] => {
        const out: string[] = [];
        const name = (x: StackResource) => `${x.type.split(":").pop()} ${x.name}`;
        const judgeDoor = (
            door: StackResource,
            arn: string | undefined,
            account: string | undefined,
            policies: { via: StackResource; raw: unknown }[],
        ) => {
            const through = `through ${name(door)}${arn ? ` (${arn})` : ""}`;
            if (account === undefined || !home.accounts.has(account)) {
                out.push(
                    `${through} of ${account === undefined ? "an account the pack cannot tell" : `account ${account}`}, ${account === undefined ? `not certainly ${home.text}` : outsideOf(account, home)}`,
                );
                return;
            }
            const copy = arn === undefined ? [] : [arn, `${arn}/object/*`];
            for (const { via, raw } of policies) {
                if (isUnknown(raw)) {
                    out.push(
                        `${through}, whose ${unverifiable(`policy (${name(via)})`, "the pack cannot tell whom it admits")}`,
                    );
                    continue;
                }
                // An Object Lambda access point's policy grants s3-object-lambda actions (and may grant s3 ones).
                const found = (door.type === OLAP ? ["s3-object-lambda", "s3"] : ["s3"]).map(svc =>
                    policyPrincipals(raw, svc, home.accounts, j.catalog),
                );
                const outside = [...new Set(found.flatMap(f => f.outside))];
                const inside = [
                    ...new Set(
                        found
                            .flatMap(f => f.inside)
                            .filter(r => !modelAllows(r, copy))
                            .map(r => r.who),
                    ),
                ];
                if (outside.length > 0)
                    out.push(
                        `${through}, whose policy (${name(via)}) admits ${outside.join(", ")}: outside ${home.text}`,
                    );
                if (inside.length > 0)
                    out.push(`${through}, whose policy (${name(via)}) admits ${inside.join(", ")}: ${INSIDE_WHY}`);
            }
        };
        const accountOf = (x: StackResource, arn: string | undefined) =>
            (arn !== undefined ? parseArn(arn)?.account : undefined) ?? str(x.props, "accountId") ?? providerAccount(x);
        const bucketArn = (ref: string | undefined) => ref?.replace(/^arn:[^:]*:s3:::/, "");
        for (const ap of ea.resources) {
            if (ap.type !== ACCESS_POINT || bucketArn(str(ap.props, "bucket")) !== bucket) continue;
            const region = resourceRegion(ap);
            const apName = str(ap.props, "name");
            const account = accountOf(ap, str(ap.props, "arn"));
            const arn =
                str(ap.props, "arn") ??
                (apName !== undefined && account !== undefined && region !== undefined
                    ? `arn:${partitionOfRegion(region)}:s3:${region}:${account}:accesspoint/${apName}`
                    : undefined);
            const onIt = (x: StackResource, prop: string) =>
                (arn !== undefined && str(x.props, prop) === arn) ||
                (x.propertyDependencies?.[prop] ?? []).some(d => d.urn === ap.urn) ||
                (isUnknown(x.props[prop]) && !(x.propertyDependencies?.[prop] ?? []).length);
            judgeDoor(ap, arn, account, [
                ...(ap.props.policy !== undefined && ap.props.policy !== null && ap.props.policy !== ""
                    ? [{ via: ap, raw: ap.props.policy }]
                    : []),
                ...ea.resources
                    .filter(x => x.type === ACCESS_POINT_POLICY && onIt(x, "accessPointArn"))
                    .map(x => ({ via: x, raw: x.props.policy })),
            ]);
            // An Object Lambda access point serves the objects of its supporting access point to its own callers.
            for (const ol of ea.resources) {
                if (ol.type !== OLAP) continue;
                const supporting = ol.props.configuration?.supportingAccessPoint;
                const deps = ol.propertyDependencies?.configuration ?? [];
                if (!(
                    (arn !== undefined && supporting === arn) ||
                    deps.some(d => d.urn === ap.urn) ||
                    ((supporting === undefined || isUnknown(supporting)) && deps.length === 0)
                ))
                    continue;
                const olName = str(ol.props, "name");
                const olAccount = accountOf(ol, str(ol.props, "arn"));
                judgeDoor(
                    ol,
                    str(ol.props, "arn"),
                    olAccount,
                    ea.resources
                        .filter(
                            x =>
                                x.type === OLAP_POLICY &&
                                (str(x.props, "name") === olName || isUnknown(x.props.name)) &&
                                (str(x.props, "accountId") ?? providerAccount(x)) === olAccount,
                        )
                        .map(x => ({ via: x, raw: x.props.policy })),
                );
            }
        }
        // A Multi-Region Access Point routes requests to each bucket of its regions.
        for (const mrap of ea.resources) {
            if (mrap.type !== MRAP) continue;
            const details = mrap.props.details;
            const regions: unknown[] = Array.isArray(details?.regions) ? details.regions : [];
            if (!regions.some(x => bucketArn(str(x, "bucket")) === bucket)) continue;
            const mrapName = str(details, "name");
            const account = accountOf(mrap, str(mrap.props, "arn"));
            judgeDoor(
                mrap,
                str(mrap.props, "arn"),
                account,
                ea.resources
                    .filter(
                        x =>
                            x.type === MRAP_POLICY &&
                            (str(x.props.details, "name") === mrapName || isUnknown(x.props.details?.name)) &&
                            (str(x.props, "accountId") ?? providerAccount(x)) === account,
                    )
                    .map(x => ({ via: x, raw: x.props.details?.policy })),
            );
        }
        // A Lake Formation registration of the bucket or of a path in it: a reader of the copy the pack cannot judge
        // (Lake Formation permissions are not read; LF_RESOURCE). Its arn is the location's ARN (@pulumi/aws
        // lakeformation.Resource: "Amazon Resource Name (ARN) of the resource", an S3 bucket or path).
        for (const lf of ea.resources) {
            if (lf.type !== LF_RESOURCE) continue;
            const ref = str(lf.props, "arn");
            const deps = lf.propertyDependencies?.arn ?? [];
            const path = bucketArn(ref);
            const onBucket =
                path !== undefined
                    ? path === bucket || path.startsWith(`${bucket}/`)
                    : deps.length > 0
                      ? deps.some(d => S3_BUCKETS.includes(d.type) && str(d.props, "bucket") === bucket)
                      : isUnknown(lf.props.arn);
            if (!onBucket) continue;
            const role = str(lf.props, "roleArn");
            out.push(
                `through Lake Formation ${name(lf)}, which registers ${ref ?? "a location unknown during this preview (it may be this bucket)"} with Lake Formation: Lake Formation vends temporary S3 credentials for the location, acting with ${lf.props.useServiceLinkedRole === true || role === undefined ? "its service-linked role" : `role ${role}`}, to every principal its own permissions admit on the location or on a Glue table over it (other accounts and organizations through AWS RAM, LF-tag expressions), past the bucket policy and IAM; the pack does not read Lake Formation permissions, so it cannot judge who reads the copy. Deregister the location (remove ${name(lf)}), or keep the copy in a bucket Lake Formation does not manage`,
            );
        }
        return out;
    };
    /**
     * What opens S3 bucket `bucket` (of account `account`, holding a copy): the principals outside `home` its policy
     * admits, and, each as a clause, the readers inside `home` it names and its access points' doors.
     */
    const bucketDoors = (
        bucket: string,
        account: string | undefined,
        home: { accounts: ReadonlySet<string>; text: string },
    ): { outside: string[]; inside: string[] } => {
        const readers = policyReaders(
            S3_POLICIES,
            "s3",
            ref => ref === bucket,
            home.accounts,
            bucketCopy(bucket),
            account,
        );
        return {
            outside: readers.outside,
            inside: [
                ...(readers.inside.length > 0
                    ? [`whose policy admits ${readers.inside.join(", ")}: ${INSIDE_WHY}`]
                    : []),
                ...accessPointDoors(bucket, home),
            ],
        };
    };
    /**
     * Where the objects of S3 bucket `bucket` are copied by replication, outside `home`: a destination bucket of
     * another account, or whose owner cannot be told (a bucket ARN names no account, and S3 checks a rule's
     * `account` only with accessControlTranslation: S3 API reference, Destination: "Amazon S3 verifies this value
     * only if Access Control Translation is enabled"). A destination the stack creates in a home account is
     * followed: its own policies and replication count too; what admits readers inside `home` there (bucketDoors)
     * is added to `inside`.
     */
    const replicatedOut = (
        bucket: string,
        where: { accounts: ReadonlySet<string>; text: string },
        inside: string[] = [],
        seen = new Set<string>([bucket]),
    ): string[] => {
        const home = where.accounts;
        const out: string[] = [];
        for (const { via, destination } of bucketReplications(ea.resources, bucket)) {
            const arn = str(destination, "bucket");
            if (arn === undefined) continue;
            const name = arn.replace(/^arn:[^:]*:s3:::/, "");
            const into = `${via.type.split(":").pop()} ${via.name} replicates every object into ${arn}`;
            const owners = ea.resources.filter(b => S3_BUCKETS.includes(b.type) && str(b.props, "bucket") === name);
            const ownerAccounts = owners.map(b => providerAccount(b));
            if (owners.length > 0 && ownerAccounts.every(a => a !== undefined && home.has(a))) {
                if (seen.has(name)) continue;
                seen.add(name);
                const doors = bucketDoors(name, ownerAccounts[0], where);
                if (doors.outside.length > 0) out.push(`${into}, whose policy admits ${doors.outside.join(", ")}`);
                inside.push(...doors.inside.map(d => `${into}, ${d}`));
                out.push(...replicatedOut(name, where, inside, seen));
                continue;
            }
            const translation = [destination.accessControlTranslation, destination.accessControlTranslations]
                .flat()
                .find(x => x !== undefined && x !== null);
            const account =
                ownerAccounts.find(a => a !== undefined && !home.has(a)) ??
                str(destination, "account") ??
                str(destination, "accountId");
            if (
                owners.length === 0 &&
                account !== undefined &&
                home.has(account) &&
                str(translation, "owner") === "Destination"
            )
                continue;
            out.push(
                `${into} (${account !== undefined && !home.has(account) ? `of account ${account}` : "whose owner cannot be told: a bucket ARN names no account; name it with account and accessControlTranslation owner Destination, which S3 verifies"})`,
            );
        }
        return out;
    };
    /**
     * Tables the model names by pattern that the stack does not create (Curity's `table/curity-*`): custody tables
     * all the same, which a backup selection, a TableItem or a consumer may reach by ARN or by name.
     */
    const tablePatterns = [...new Set(j.entries.flatMap(e => e.patterns.map(p => p.pattern)))].filter(
        p =>
            /^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/[^/]+$/.test(p) &&
            !ea.assets.some(a => a.kind === "table" && a.arn.pattern === p),
    );
    /** The model's table a reference of `r` designates (a table or stream ARN, or a name in r's account and region). */
    const modelTableOf = (
        r: StackResource,
        ref: string | undefined,
        region = resourceRegion(r),
    ): string | undefined => {
        if (ref === undefined) return undefined;
        const arn =
            tableArnOf(ref) ??
            (/^[\w.-]+$/.test(ref)
                ? `arn:${partitionOfRegion(region)}:dynamodb:${region ?? "*"}:${providerAccount(r) ?? "*"}:table/${ref}`
                : undefined);
        if (arn === undefined) return undefined;
        const p = tablePatterns.find(x => (hasGlob(arn) ? globsIntersect(x, arn) : globSubsumes(x, arn)));
        return p === undefined ? undefined : `${arn} (the model's ${p})`;
    };
    /** The key of the stack a `kmsKeyArn` designates (key ARN, key id, alias ARN or alias name), if any. */
    const stackKey = (ref: string) =>
        ea.assets.find(k => k.kind === "key" && !k.external && (k.arn.pattern === ref || k.keyId === ref)) ??
        ea.aliases.find(a => a.arn === ref || a.name === ref)?.target;
    for (const t of ea.assets) {
        if (t.kind !== "table" || t.external || t.replicaRegion || !t.resource) continue;
        // A replica (a `replicas` entry or a TableReplica) holds the same data under its own region's key: that
        // key must be one this stack manages too, as the table's own (DynamoDB developer guide, "Global tables:
        // encryption": each replica is encrypted with a key of its region).
        const replicaKeys: { where: string; ref: unknown }[] =
            t.resource.type === TABLE_REPLICA
                ? [{ where: `TableReplica ${t.resource.name}`, ref: t.resource.props.kmsKeyArn }]
                : Array.isArray(t.resource.props.replicas)
                  ? (t.resource.props.replicas as Record<string, unknown>[]).map((x, i) => ({
                        where: `replicas[${i}] (${typeof x?.regionName === "string" ? x.regionName : "region unknown"})`,
                        ref: x?.kmsKeyArn,
                    }))
                  : [];
        for (const { where, ref } of replicaKeys) {
            if (typeof ref === "string" && !isUnknown(ref) && ref !== "" && !stackKey(ref))
                out.push({
                    kind: "table",
                    urn: t.urn,
                    message: `${t.label}: the replica ${where} is encrypted with ${ref}, a key this stack does not manage: a replica holds the same data, so its key is one of the stack's too.`,
                });
        }
        if (t.resource.type !== "aws:dynamodb/table:Table") continue;
        const r = t.resource;
        const declared = model.tables.find(x => x.table === t.arn.pattern);
        if (!declared) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label} (${t.arn.pattern}) is not in the custody model's tables: every table the stack creates is declared with the key that encrypts it. Regenerate the model (npm run custody-model) or remove the table.`,
            });
        }
        const sse = r.props.serverSideEncryption;
        const enabled = sse?.enabled;
        const ref = sse?.kmsKeyArn;
        if (enabled !== true && !isUnknown(enabled)) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label} is not encrypted with a customer managed key (serverSideEncryption.enabled is not true): set it with the table key this stack manages.`,
            });
        } else if (typeof ref === "string" && !isUnknown(ref)) {
            const key = stackKey(ref);
            const expected = declared ? j.keyOfAlias(declared.keyAlias) : undefined;
            if (!key)
                out.push({
                    kind: "table",
                    urn: t.urn,
                    message: `${t.label} is encrypted with ${ref}, a key this stack does not manage: use the table key the custody model names${declared ? ` (${declared.keyAlias})` : ""}.`,
                });
            else if (expected && expected !== key)
                out.push({
                    kind: "table",
                    urn: t.urn,
                    message: `${t.label} is encrypted with ${key.label}, the custody model says ${declared!.keyAlias}.`,
                });
        } else if (ref === undefined && enabled === true) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label} uses the AWS managed key (no serverSideEncryption.kmsKeyArn): use the table key this stack manages.`,
            });
        }
        const pitr = r.props.pointInTimeRecovery;
        const days = pitr?.recoveryPeriodInDays;
        // Any spelling the provider coerces to a number ("1" as well as 1) is the window; fail closed on the rest.
        if (days !== undefined && days !== null && !isUnknown(days) && !(Number(days) >= FULL_PITR_DAYS)) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label}: pointInTimeRecovery.recoveryPeriodInDays is ${JSON.stringify(days)}; keep the full ${FULL_PITR_DAYS} days (unset) so slashing records can be restored.`,
            });
        }
        // TTL deletes items without any IAM principal (DynamoDB developer guide, "Time to Live"): pointed at a
        // numeric attribute such as an epoch or slot, it erases the records within days.
        // Any spelling the provider coerces to true ("true" as well as true) enables it: fail closed on all but
        // an absent or false value (the default is off).
        const ttl = r.props.ttl;
        const ttlOn = ttl?.enabled;
        if (
            (ttlOn !== undefined && ttlOn !== null && ttlOn !== false && ttlOn !== "false" && !isUnknown(ttlOn)) ||
            (ttl !== undefined && isUnknown(ttlOn) && ttl?.attributeName !== undefined)
        ) {
            out.push({
                kind: "table",
                urn: t.urn,
                message: `${t.label}: ttl is enabled (attribute ${JSON.stringify(ttl.attributeName)}): Time to Live deletes custody records without any principal; remove the ttl block.`,
            });
        }
        // importTable creates the table from S3 objects: custody records (keys, watermarks) would come from
        // whoever can write that bucket, so the bucket must be the table's own account's (DynamoDB developer
        // guide, "DynamoDB data import from Amazon S3": S3BucketOwner names the bucket's account).
        const source = r.props.importTable?.s3BucketSource;
        if (source !== undefined && source !== null && !isUnknown(source)) {
            const owner = str(source, "bucketOwner");
            const home = homeOf(t);
            const bucket = str(source, "bucket");
            if (!(owner !== undefined && home.accounts.has(owner)) && !isUnknown(source.bucketOwner))
                out.push({
                    kind: "table",
                    urn: t.urn,
                    message: `${t.label}: importTable seeds it from S3 bucket ${bucket ?? "(unknown)"} ${owner ? `of account ${owner}, ${outsideOf(owner, home)}` : `without bucketOwner (name ${home.text})`}: custody records would come from whoever writes that bucket.`,
                });
            else if (owner !== undefined && bucket !== undefined) {
                // A bucket of the table's account is only as closed as its policy: one admitting another account
                // (or "*") lets it write the objects the table is created from, or read them (S3 user guide,
                // "Bucket policies"); replication copies them out. Identity grants on it are judged with the
                // custody copies (judge.ts findCustodyCopies).
                const doors = bucketDoors(bucket, owner, home);
                const inside = [...doors.inside];
                const exposure = [
                    ...(doors.outside.length > 0 ? [`whose policy admits ${doors.outside.join(", ")}`] : []),
                    ...replicatedOut(bucket, home, inside),
                ];
                if (exposure.length > 0)
                    out.push({
                        kind: "table",
                        urn: t.urn,
                        message: `${t.label}: importTable seeds it from S3 bucket ${bucket} of account ${owner}, ${exposure.join("; ")}: outside ${home.text}, so custody records would come from whoever writes that bucket.`,
                    });
                // Principals of the account itself that a resource policy names, or an access point lets in.
                for (const why of inside)
                    out.push({
                        kind: "table",
                        urn: t.urn,
                        message: `${t.label}: importTable seeds it from S3 bucket ${bucket} of account ${owner}, ${why}: custody records would come from whoever writes that bucket.`,
                    });
            }
        }
    }
    const tableOf = (r: (typeof ea.resources)[number], prop: string) => {
        const ref = str(r.props, prop);
        return ea.assets.find(
            t =>
                t.kind === "table" &&
                ((ref !== undefined && t.arn.pattern === ref) ||
                    (ref === undefined &&
                        (r.propertyDependencies?.[prop] ?? r.dependencies ?? []).some(d => d.urn === t.urn))),
        );
    };
    /** The table a `tableName` designates: same name, in the resource's account and region when known. */
    const tableByName = (r: (typeof ea.resources)[number], prop: string) => {
        const name = str(r.props, prop);
        const region = resourceRegion(r);
        const account = providerAccount(r);
        return ea.assets.find(
            t =>
                t.kind === "table" &&
                (name !== undefined
                    ? // DynamoDB's data-plane and streaming APIs take the table's ARN as TableName too.
                      t.arn.pattern === name ||
                      (t.arn.pattern.endsWith(`:table/${name}`) &&
                          (region === undefined || t.region === undefined || t.region === region) &&
                          (account === undefined || t.account === undefined || t.account === account))
                    : (r.propertyDependencies?.[prop] ?? r.dependencies ?? []).some(d => d.urn === t.urn)),
        );
    };
    /**
     * Resources (backup vaults) shared through AWS RAM, with the principals they are shared with: a logically
     * air-gapped vault shared with another account lets that account restore its recovery points (AWS Backup
     * developer guide, "Logically air-gapped vault": sharing through AWS Resource Access Manager). Principals are
     * account ids, IAM ARNs, or organization/OU ARNs (which reach beyond any one account).
     */
    const ramShared = new Map<string, string[]>();
    {
        const shareKey = (r: (typeof ea.resources)[number]) =>
            str(r.props, "resourceShareArn") ??
            (r.propertyDependencies?.resourceShareArn ?? r.dependencies ?? []).find(
                d => d.type === "aws:ram/resourceShare:ResourceShare",
            )?.urn;
        const principals = new Map<string, string[]>();
        const shared = new Map<string, string[]>();
        const add = (m: Map<string, string[]>, k: string | undefined, v: string[]) => {
            if (k !== undefined) m.set(k, [...(m.get(k) ?? []), ...v]);
        };
        for (const r of ea.resources) {
            const known = (key: string) => strList(r.props, key).values;
            if (r.type === "aws:ram/principalAssociation:PrincipalAssociation")
                add(principals, shareKey(r), known("principal"));
            else if (r.type === "aws:ram/resourceAssociation:ResourceAssociation")
                add(shared, shareKey(r), known("resourceArn"));
            else if (r.type === "aws:ram/resourceShareAssociationsExclusive:ResourceShareAssociationsExclusive") {
                add(principals, shareKey(r), known("principals"));
                add(shared, shareKey(r), known("resourceArns"));
            }
        }
        for (const [k, arns] of shared) {
            const to = principals.get(k) ?? [];
            if (to.length > 0) for (const arn of arns) ramShared.set(arn, [...(ramShared.get(arn) ?? []), ...to]);
        }
    }
    const principalAccount = (p: string) => {
        const a = parseArn(normalizeAwsPrincipal(p));
        return a?.service === "iam" ? a.account : undefined;
    };
    /**
     * AWS Backup copies a selected table's recovery points into each copy action's vault, where that vault's
     * account can restore them into a table it reads (AWS Backup developer guide, "Creating backup copies across
     * AWS accounts"). A plan copying out of the selected tables' account (or into a vault shared out of it) is
     * refused when one of its selections may select a custody table: by resource ARN (wildcards included), or by
     * tags and conditions (which may match).
     */
    const backupCopies = (plan: (typeof ea.resources)[number]): Finding[] => {
        const planArn = str(plan.props, "arn");
        const planId = str(plan.props, "id");
        const linked = (sel: (typeof ea.resources)[number]) => {
            const ref = str(sel.props, "planId");
            if ((sel.propertyDependencies?.planId ?? []).some(d => d.urn === plan.urn)) return true;
            if (ref === undefined) return true;
            const known = ea.resources.some(
                p =>
                    p.type === BACKUP_PLAN &&
                    (str(p.props, "id") === ref || str(p.props, "arn")?.endsWith(`:backup-plan:${ref}`)),
            );
            return known ? ref === planId || (planArn?.endsWith(`:backup-plan:${ref}`) ?? false) : true;
        };
        const selected = new Set<Asset>();
        const byPattern = new Set<string>();
        for (const sel of ea.resources) {
            if (sel.type !== BACKUP_SELECTION || !linked(sel)) continue;
            const byTag =
                (Array.isArray(sel.props.selectionTags) && sel.props.selectionTags.length > 0) ||
                (sel.props.conditions !== undefined && sel.props.conditions !== null);
            const patterns: unknown[] = Array.isArray(sel.props.resources) ? sel.props.resources : [];
            const excluded: unknown[] = Array.isArray(sel.props.notResources) ? sel.props.notResources : [];
            // A selection picks resources of its own account and region (the plan's).
            const account = providerAccount(sel);
            const region = resourceRegion(sel);
            for (const t of ea.assets) {
                if (t.kind !== "table") continue;
                if (account !== undefined && t.account !== undefined && t.account !== account) continue;
                if (region !== undefined && t.region !== undefined && t.region !== region) continue;
                // NotResources takes resources out of the selection (AWS Backup API reference, BackupSelection).
                if (excluded.some(p => typeof p === "string" && !isUnknown(p) && globSubsumes(p, t.arn.pattern)))
                    continue;
                if (
                    byTag ||
                    patterns.some(p => typeof p !== "string" || isUnknown(p) || globsIntersect(p, t.arn.pattern))
                )
                    selected.add(t);
            }
            // The tables the model names by pattern without the stack creating them (Curity's table/curity-*)
            // are selected alike: by an intersecting resource pattern, or by tags and conditions (which may match).
            for (const p of tablePatterns) {
                const a = parseArn(p);
                if (account !== undefined && a && /^\d{12}$/.test(a.account) && a.account !== account) continue;
                if (region !== undefined && a && !hasGlob(a.region) && a.region !== region) continue;
                if (excluded.some(x => typeof x === "string" && !isUnknown(x) && globSubsumes(x, p))) continue;
                if (byTag || patterns.some(x => typeof x !== "string" || isUnknown(x) || globsIntersect(x, p)))
                    byPattern.add(p);
            }
        }
        if (selected.size === 0 && byPattern.size === 0) return [];
        const patternHome = (p: string) => {
            const acct = parseArn(p)?.account;
            return acct !== undefined && /^\d{12}$/.test(acct)
                ? { accounts: new Set([acct]), text: `the table's account ${acct}` }
                : homeOf(undefined);
        };
        const homes = [...[...selected].map(homeOf), ...[...byPattern].map(patternHome)];
        const labels = [...[...selected].map(t => t.label), ...[...byPattern].map(p => `${p} (the model's tables)`)];
        const inEveryHome = (acct: string | undefined) => acct !== undefined && homes.every(h => h.accounts.has(acct));
        const planAccount = providerAccount(plan);
        const outside = new Set<string>();
        const judgeVault = (vault: string | undefined) => {
            if (vault === undefined) return;
            if (!inEveryHome(parseArn(vault)?.account)) outside.add(vault);
            const to = (ramShared.get(vault) ?? []).filter(p => !inEveryHome(principalAccount(p)));
            if (to.length > 0) outside.add(`${vault} (shared through AWS RAM with ${to.join(", ")})`);
        };
        const rules: unknown[] = Array.isArray(plan.props.rules) ? plan.props.rules : [];
        for (const rule of rules as Record<string, unknown>[]) {
            const copies: unknown[] = Array.isArray(rule?.copyActions) ? (rule.copyActions as unknown[]) : [];
            for (const c of copies) judgeVault(str(c, "destinationVaultArn"));
            judgeVault(str(rule, "targetLogicallyAirGappedBackupVaultArn"));
            const target = str(rule, "targetVaultName");
            if (target !== undefined)
                for (const arn of ramShared.keys())
                    if (
                        arn.endsWith(`:backup-vault:${target}`) &&
                        (planAccount === undefined || parseArn(arn)?.account === planAccount)
                    )
                        judgeVault(arn);
        }
        if (outside.size === 0) return [];
        return [
            {
                kind: "table",
                urn: plan.urn,
                message: `Backup plan ${plan.name} → ${labels.join(", ")}: copies their backups into ${[...outside].join(", ")}, outside ${[...new Set(homes.map(h => h.text))].join(" / ")}; that account can restore them into a table it reads.`,
            },
        ];
    };
    /** The custody table a Kinesis stream (or one of its consumers) receives changes from, if any. */
    const cdcStreamTable = (ref: string) => {
        for (const k of ea.resources) {
            if (k.type !== KINESIS_DESTINATION) continue;
            const stream = str(k.props, "streamArn");
            if (stream !== undefined && (ref === stream || ref.startsWith(`${stream}/consumer/`)))
                return tableByName(k, "tableName");
        }
        return undefined;
    };
    /**
     * An API Gateway integration calling DynamoDB acts with its credentials role for every caller of the API's
     * methods (API Gateway developer guide, "Tutorial: Create a REST API as an Amazon DynamoDB proxy"; the
     * integration's `credentials`: "To specify an IAM Role for API Gateway to assume, use the role's ARN"). The table
     * is named only in the mapping templates: one naming a custody table hands its items to the API's callers, like
     * an AppSync data source. Where the caller chooses the table (no template, or passthrough of an unmapped
     * Content-Type: "Method request behavior for payloads without mapping templates"; or a template taking the
     * table from the request), the API reaches whatever the role reaches: refused when that is a custody table or
     * cannot be known (a role outside the stack). Read from an Integration resource, or from the OpenAPI `body` of a
     * RestApi (x-amazon-apigateway-integration: uri, credentials, requestTemplates, passthroughBehavior), whose
     * integrations are judged together.
     */
    const dynamoDbIntegration = (
        r: StackResource,
    ): { action: string; roles: string[]; texts: string[]; passthrough?: string } | undefined => {
        const spec = APIGW_INTEGRATIONS[r.type];
        if (spec) {
            const uri = str(r.props, spec.uri);
            const action = uri === undefined ? undefined : DYNAMODB_INTEGRATION_URI.exec(uri)?.[1];
            const role = str(r.props, spec.credentials);
            if (action === undefined || role === undefined) return undefined;
            const raw = r.props.requestTemplates;
            const templates =
                raw !== null && typeof raw === "object" ? Object.values(raw as Record<string, unknown>) : [];
            const texts = templates.filter((v): v is string => typeof v === "string" && !isUnknown(v));
            const behaviour = (str(r.props, "passthroughBehavior") ?? "WHEN_NO_MATCH").toUpperCase();
            const passthrough =
                texts.length === 0 && templates.length === 0 && !isUnknown(raw) && behaviour !== "NEVER"
                    ? "no mapping template: the caller's request body, naming any table, goes to DynamoDB as it is"
                    : texts.length > 0 && behaviour === "WHEN_NO_MATCH"
                      ? "passthroughBehavior WHEN_NO_MATCH: a request of another Content-Type goes to DynamoDB as the caller wrote it"
                      : undefined;
            return { action, roles: [role], texts, passthrough };
        }
        const body = r.type === REST_API ? str(r.props, "body")?.replace(/\\"/g, '"') : undefined;
        if (body === undefined) return undefined;
        const actions = [...body.matchAll(/arn:[\w-]+:apigateway:[^:"'\s]*:dynamodb:((?:action|path)\/[^"'\s,}]*)/gi)];
        if (actions.length === 0) return undefined;
        const roles = [...body.matchAll(/credentials["']?\s*:\s*["']?(arn:[^"'\s,}]+)/gi)].map(m => m[1]);
        const behaviours = [...body.matchAll(/passthroughBehavior["']?\s*:\s*["']?(\w+)/gi)].map(m => m[1]);
        return {
            action: [...new Set(actions.map(m => m[1]))].join(", "),
            roles,
            texts: [body],
            passthrough:
                behaviours.length < actions.length || behaviours.some(b => b.toLowerCase() !== "never")
                    ? "an integration of the OpenAPI body passes unmapped request bodies through (passthroughBehavior not never)"
                    : undefined,
        };
    };
    const apiGatewayDynamoDb = (r: StackResource): Finding[] => {
        const found = dynamoDbIntegration(r);
        // "arn:aws:iam::*:user/*" signs with the caller's own identity: no role of the integration's own.
        const roles = found?.roles.filter(x => !CALLER_CREDENTIALS.test(x)) ?? [];
        if (!found || roles.length === 0) return [];
        const { action, texts } = found;
        const named = new Set<string>();
        for (const text of texts) {
            for (const t of ea.assets) {
                if (t.kind !== "table" || !j.custodyAssets.has(t)) continue;
                const name = t.arn.pattern.split(":table/")[1];
                if (
                    text.includes(t.arn.pattern) ||
                    (name !== undefined &&
                        !hasGlob(name) &&
                        new RegExp(`(^|[^\\w.-])${name.replace(/[.]/g, "\\.")}($|[^\\w.-])`).test(text))
                )
                    named.add(t.label);
            }
            for (const m of text.matchAll(/["']([^"'$\s]+)["']/g)) {
                const label = modelTableOf(r, m[1]);
                if (label) named.add(label);
            }
        }
        const what = `calls DynamoDB (${action}) as ${roles.join(", ")} for every caller of the API`;
        const remedy = "Custody tables are reached only by the model's workloads, through their own roles; remove it.";
        if (named.size > 0)
            return [
                {
                    kind: "table",
                    urn: r.urn,
                    message: `${r.type.split(":").pop()} ${r.name} → ${[...named].join(", ")}: ${what}, on the table its mapping template names. ${remedy}`,
                },
            ];
        const chosen = [
            ...(found.passthrough ? [found.passthrough] : []),
            ...(texts.some(text => CALLER_CHOSEN_TABLE.some(re => re.test(text)))
                ? ["a mapping template takes the table from the caller's request"]
                : []),
        ];
        if (chosen.length === 0) return [];
        const reachOf = (role: string): string | undefined => {
            const identity = ea.identities.find(id => nodeArn(id.node) === role);
            if (!identity) return `${role} is a role outside this stack, whose grants the pack cannot see`;
            const reached = new Set([
                ...ea.access
                    .filter(
                        a =>
                            nodeKey(a.principal) === nodeKey(identity.node) &&
                            a.asset.kind === "table" &&
                            j.custodyAssets.has(a.asset),
                    )
                    .map(a => a.asset.label),
                ...identity.allows
                    .filter(g => [...g.actions.values()].some(a => a.service === "dynamodb"))
                    .flatMap(g => g.statement.resources ?? ["*"])
                    .flatMap(p => tablePatterns.filter(x => globsIntersect(p, x)))
                    .map(x => `${x} (the model's tables)`),
            ]);
            if (reached.size > 0) return `${role} reaches ${[...reached].join(", ")}`;
            if (identity.unreadable.length > 0) return `${role} holds managed policies the pack cannot read`;
            return undefined;
        };
        const reach = roles.map(reachOf).filter(x => x !== undefined);
        if (reach.length === 0) return [];
        return [
            {
                kind: "table",
                urn: r.urn,
                message: `${r.type.split(":").pop()} ${r.name} ${what}, and the caller chooses the table (${chosen.join("; ")}): ${reach.join("; ")}. Name the table in a mapping template with passthroughBehavior NEVER, through a role of this stack allowed only that table. ${remedy}`,
            },
        ];
    };
    /**
     * What shares the Redshift warehouse a zero-ETL integration writes into (its `targetArn`, or the namespace or
     * cluster resource it follows during a preview) out of `home`: RS_SHARES and snapshot resource policies, matched
     * by namespace id, by name in the warehouse's account, or by propertyDependencies. A reference the pack cannot
     * tie to a warehouse (unknown, or a name or snapshot of a namespace the stack does not create) is unverifiable.
     */
    const warehouseShares = (
        target: string | undefined,
        dep: StackResource | undefined,
        home: { accounts: ReadonlySet<string>; text: string },
    ): string[] => {
        const ids = new Set<string>();
        const idOf = (v: string | undefined) =>
            v === undefined ? undefined : NAMESPACE_ID_IN.exec(v)?.[1]?.toLowerCase();
        const targetId = idOf(target);
        if (targetId) ids.add(targetId);
        const mine = ea.resources.filter(
            x =>
                (x.type === RS_NAMESPACE || x.type === RS_CLUSTER) &&
                (x.urn === dep?.urn ||
                    (target !== undefined &&
                        (str(x.props, "arn") === target ||
                            str(x.props, "clusterNamespaceArn") === target ||
                            (targetId !== undefined && str(x.props, "namespaceId")?.toLowerCase() === targetId)))),
        );
        for (const x of mine)
            for (const v of [str(x.props, "arn"), str(x.props, "clusterNamespaceArn"), str(x.props, "namespaceId")]) {
                const id = v !== undefined && /^[0-9a-f-]{36}$/i.test(v) ? v.toLowerCase() : idOf(v);
                if (id) ids.add(id);
            }
        const names = new Set(
            mine
                .flatMap(x => [str(x.props, "namespaceName"), str(x.props, "clusterIdentifier")])
                .filter(v => v !== undefined),
        );
        const urns = new Set(mine.map(x => x.urn));
        // A Serverless workgroup of the warehouse's namespace: its outputs (namespaceName) name the warehouse too.
        for (const x of ea.resources)
            if (
                x.type === RS_WORKGROUP &&
                (names.has(str(x.props, "namespaceName") ?? "") ||
                    (x.propertyDependencies?.namespaceName ?? []).some(d => urns.has(d.urn)))
            )
                urns.add(x.urn);
        const account = (target !== undefined ? parseArn(target)?.account : undefined) ?? (dep && providerAccount(dep));
        const where =
            mine.length > 0
                ? mine.map(x => `${x.type.split(":").pop()} ${x.name}`).join(", ")
                : (target ?? "the target");
        const otherNames = new Set(
            ea.resources
                .filter(x => (x.type === RS_NAMESPACE || x.type === RS_CLUSTER) && !urns.has(x.urn))
                .flatMap(x => [str(x.props, "namespaceName"), str(x.props, "clusterIdentifier")]),
        );
        /**
         * Whether `x.props[prop]` names the warehouse: true, false, or why the pack cannot tell (unknown during the
         * preview and following no Redshift resource of the stack, or a name of no namespace or cluster of the stack
         * beside a warehouse the stack does not create).
         */
        const namesWarehouse = (x: StackResource, prop: string): boolean | string => {
            if (providerAccount(x) !== undefined && account !== undefined && providerAccount(x) !== account)
                return false;
            const v = str(x.props, prop);
            if (v !== undefined) {
                const id = idOf(v) ?? (/^[0-9a-f-]{36}$/i.test(v) ? v.toLowerCase() : undefined);
                if (id !== undefined) return ids.has(id);
                if (names.has(v)) return true;
                return mine.length === 0 && !otherNames.has(v)
                    ? `${prop} ${v} names no namespace or cluster of this stack, so the pack cannot tell it is not ${where}; name the warehouse's resource`
                    : false;
            }
            const deps = x.propertyDependencies?.[prop] ?? [];
            if (deps.some(d => urns.has(d.urn))) return true;
            return isUnknown(x.props[prop]) && !deps.some(d => REDSHIFT_FOLLOWED.includes(d.type))
                ? unverifiable(prop, `it may share ${where} out of ${home.text}`)
                : false;
        };
        const label = (x: StackResource) => `${x.type.split(":").pop()} ${x.name}`;
        const out: string[] = [];
        const unverifiableShare = (x: StackResource, why: string) => `where ${label(x)}: ${why}`;
        for (const x of ea.resources) {
            const spec = RS_SHARES[x.type];
            if (!spec) continue;
            const hits = spec.refs.map(p => namesWarehouse(x, p));
            const why = hits.find(h => typeof h === "string");
            if (!hits.includes(true)) {
                if (typeof why === "string") out.push(unverifiableShare(x, why));
                continue;
            }
            const raw = str(x.props, spec.to);
            if (raw === undefined) {
                if (isUnknown(x.props[spec.to]))
                    out.push(unverifiableShare(x, unverifiable(spec.to, `it may share ${where} out of ${home.text}`)));
                continue;
            }
            const acct = /(?:^|\/)(\d{12})$/.exec(raw)?.[1];
            if (acct !== undefined && home.accounts.has(acct)) continue;
            const who =
                raw.toUpperCase() === "ADX"
                    ? `AWS Data Exchange (ADX): every subscriber of the product, in any account, outside ${home.text}`
                    : acct !== undefined
                      ? `account ${acct}, ${outsideOf(acct, home)}`
                      : `${raw}, not an account of ${home.text}`;
            out.push(`and ${label(x)} ${spec.what} ${who}`);
        }
        // Serverless snapshots of the warehouse, and the resource policies that share them (or the namespace).
        const snapshots = ea.resources.filter(
            x =>
                x.type === RS_SNAPSHOT &&
                (namesWarehouse(x, "namespaceName") !== false || ids.has(idOf(str(x.props, "namespaceArn")) ?? "")),
        );
        for (const x of ea.resources) {
            if (x.type !== RS_SNAPSHOT_POLICY) continue;
            if (providerAccount(x) !== undefined && account !== undefined && providerAccount(x) !== account) continue;
            const ref = str(x.props, "resourceArn");
            const deps = x.propertyDependencies?.resourceArn ?? [];
            const snap = snapshots.find(
                s => (ref !== undefined && str(s.props, "arn") === ref) || deps.some(d => d.urn === s.urn),
            );
            const onWarehouse =
                snap !== undefined ||
                (ref !== undefined && ids.has(idOf(ref) ?? "")) ||
                deps.some(d => urns.has(d.urn));
            // A snapshot the stack does not create, in the warehouse's account: the pack cannot tell its namespace.
            const foreignSnapshot =
                ref !== undefined &&
                /:snapshot\//.test(ref) &&
                parseArn(ref)?.account === account &&
                !ea.resources.some(s => s.type === RS_SNAPSHOT && str(s.props, "arn") === ref);
            if (!onWarehouse && !foreignSnapshot) {
                if (isUnknown(x.props.resourceArn) && !deps.some(d => REDSHIFT_FOLLOWED.includes(d.type)))
                    out.push(
                        unverifiableShare(x, unverifiable("resourceArn", `it may share ${where} out of ${home.text}`)),
                    );
                continue;
            }
            if (isUnknown(x.props.policy)) {
                out.push(unverifiableShare(x, unverifiable("policy", `it may share ${where} out of ${home.text}`)));
                continue;
            }
            const readers = outsideReaders(x.props.policy, "redshift-serverless", home.accounts, j.catalog);
            if (readers.length === 0) continue;
            const on = snap
                ? `snapshot ${label(snap)} ${namesWarehouse(snap, "namespaceName") === true || ids.has(idOf(str(snap.props, "namespaceArn")) ?? "") ? "of" : "which may be of"} that namespace`
                : onWarehouse
                  ? `that namespace`
                  : `snapshot ${ref}, which the stack does not create (the pack cannot tell it is not of that namespace)`;
            out.push(
                `and ${label(x)} lets ${readers.join(", ")} restore ${on} (a snapshot policy shares it across accounts), outside ${home.text}`,
            );
        }
        return out;
    };
    /**
     * A zero-ETL integration whose source is a custody table (of the stack, or one the model names by pattern or as an
     * external asset) or a table the pack cannot tell during a preview: its target must be in the table's account.
     */
    const zeroEtl = (r: StackResource): Finding[] => {
        const ref = str(r.props, "sourceArn");
        const t = tableOf(r, "sourceArn");
        const custody = t !== undefined && j.custodyAssets.has(t);
        const modelLabel = t === undefined ? modelTableOf(r, ref) : undefined;
        const unresolved = t === undefined && ref === undefined && isUnknown(r.props.sourceArn);
        if (!custody && modelLabel === undefined && !unresolved) return [];
        const label = t?.label ?? modelLabel ?? "a table unknown during this preview";
        // The model's pattern table: the account its ARN names.
        const refAccount = ref !== undefined ? parseArn(ref)?.account : undefined;
        const home =
            t === undefined && refAccount !== undefined && /^\d{12}$/.test(refAccount)
                ? { accounts: new Set([refAccount]), text: `the table's account ${refAccount}` }
                : homeOf(t);
        const target = str(r.props, "targetArn");
        // A target the stack creates in this update (its ARN unknown during the preview): the account of its provider.
        const targetDep = (r.propertyDependencies?.targetArn ?? []).find(d => providerAccount(d) !== undefined);
        const account = target !== undefined ? parseArn(target)?.account : targetDep && providerAccount(targetDep);
        const what = `${r.type.split(":").pop()} ${r.name} → ${label}: a zero-ETL integration replicates every item and change into ${target ?? (targetDep ? `${targetDep.type} ${targetDep.name}` : "a target unknown during this preview")}`;
        if (account === undefined || !/^\d{12}$/.test(account))
            return [
                {
                    kind: "table",
                    urn: r.urn,
                    message: `${what}, whose account cannot be told: name the target by its ARN or by a namespace resource of this stack, in ${home.text}.`,
                },
            ];
        if (!home.accounts.has(account))
            return [
                { kind: "table", urn: r.urn, message: `${what} of account ${account}, ${outsideOf(account, home)}.` },
            ];
        // A warehouse of the table's account is only as private as its sharing (like an export bucket's policy).
        return warehouseShares(target, targetDep, home).map(share => ({
            kind: "table",
            urn: r.urn,
            message: `${what}, ${share}.`,
        }));
    };
    for (const r of ea.resources) {
        if (r.type === TABLE_EXPORT) {
            const t = tableOf(r, "tableArn");
            const home = homeOf(t);
            const owner = str(r.props, "s3BucketOwner");
            const bucket = str(r.props, "s3Bucket");
            const label = t ? t.label : `table ${str(r.props, "tableArn") ?? "(unknown)"}`;
            // The bucket name alone does not say whose bucket it is (S3 names are global): without s3BucketOwner
            // the export may land in any account whose bucket policy admits it, so the owner must be named.
            if (owner === undefined && !isUnknown(r.props.s3BucketOwner)) {
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `TableExport ${r.name} → ${label} exports to S3 bucket ${bucket ?? "(unknown)"} without s3BucketOwner: name the owning account, ${home.text}.`,
                });
            } else if (owner !== undefined && !home.accounts.has(owner)) {
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `TableExport ${r.name} → ${label} exported to S3 bucket ${bucket ?? "(unknown)"} of account ${owner}, ${outsideOf(owner, home)}.`,
                });
            } else if (owner !== undefined && bucket !== undefined) {
                // The table's account's bucket is only as private as its bucket policy: one that admits another
                // account hands the export over just the same (S3 user guide, "Bucket policies").
                const doors = bucketDoors(bucket, owner, home);
                if (doors.outside.length > 0)
                    out.push({
                        kind: "table",
                        urn: r.urn,
                        message: `TableExport ${r.name} → ${label} exports to S3 bucket ${bucket} of account ${owner}, whose policy admits ${doors.outside.join(", ")}: outside ${home.text}.`,
                    });
                // Replication copies every exported object on (S3 user guide, "Replicating objects").
                const inside = [...doors.inside];
                const replicated = replicatedOut(bucket, home, inside);
                if (replicated.length > 0)
                    out.push({
                        kind: "table",
                        urn: r.urn,
                        message: `TableExport ${r.name} → ${label} exports to S3 bucket ${bucket} of account ${owner}, where ${replicated.join("; ")}: outside ${home.text}.`,
                    });
                // Principals of the account itself that a resource policy names, or an access point lets in.
                for (const why of inside)
                    out.push({
                        kind: "table",
                        urn: r.urn,
                        message: `TableExport ${r.name} → ${label} exports to S3 bucket ${bucket} of account ${owner}, ${why}.`,
                    });
            }
        } else if (r.type === LEGACY_GLOBAL_TABLE) {
            const name = str(r.props, "name");
            const t = ea.assets.find(
                a => a.kind === "table" && name !== undefined && a.arn.pattern.endsWith(`:table/${name}`),
            );
            out.push({
                kind: "table",
                urn: r.urn,
                message: `GlobalTable ${r.name} (legacy global table${t ? ` of ${t.label}` : ""}) replicates into same-named tables this stack does not create, with keys, PITR and policies the pack cannot judge: use the table's replicas with the stack's keys instead.`,
            });
        } else if (r.type === KINESIS_DESTINATION) {
            const t = tableByName(r, "tableName");
            const home = homeOf(t);
            const stream = str(r.props, "streamArn");
            const account = stream ? parseArn(stream)?.account : undefined;
            if (account !== undefined && !home.accounts.has(account)) {
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `KinesisStreamingDestination ${r.name} → ${t?.label ?? "a table"} streams to ${stream}, ${outsideOf(account, home)}.`,
                });
            } else if (stream !== undefined) {
                // The stream is only as private as its resource policy (on the stream or one of its consumers:
                // Kinesis developer guide, "Sharing access with cross-account AWS Lambda functions").
                const readers = policyReaders(
                    { [KINESIS_RESOURCE_POLICY]: { ref: "resourceArn", policy: "policy" } },
                    "kinesis",
                    ref => ref === stream || ref.startsWith(`${stream}/consumer/`),
                    home.accounts,
                    [stream, `${stream}/consumer/*`],
                );
                if (readers.outside.length > 0)
                    out.push({
                        kind: "table",
                        urn: r.urn,
                        message: `KinesisStreamingDestination ${r.name} → ${t?.label ?? "a table"} streams to ${stream}, whose policy admits ${readers.outside.join(", ")}: outside ${home.text}.`,
                    });
                if (readers.inside.length > 0)
                    out.push({
                        kind: "table",
                        urn: r.urn,
                        message: `KinesisStreamingDestination ${r.name} → ${t?.label ?? "a table"} streams to ${stream}, whose policy admits ${readers.inside.join(", ")}: ${INSIDE_WHY}.`,
                    });
            }
        } else if (ZERO_ETL_INTEGRATIONS.includes(r.type)) {
            out.push(...zeroEtl(r));
        } else if (r.type === TABLE_ITEM) {
            // On a table the model names by pattern too (Curity's accounts: an administrator written in).
            const label = tableByName(r, "tableName")?.label ?? modelTableOf(r, str(r.props, "tableName"));
            if (label)
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `TableItem ${r.name} → ${label}: the deployer writes this item (PutItem), overwriting what the workload stored, and deletes it (DeleteItem) when the resource leaves the program; custody records are written by the workload only. Remove the TableItem.`,
                });
        } else if (r.type === BACKUP_PLAN) {
            out.push(...backupCopies(r));
        } else if (OPENSEARCH_INGESTION.includes(r.type)) {
            // An OpenSearch Ingestion pipeline with a DynamoDB source exports the table and reads its stream with the
            // pipeline's role, indexing every item elsewhere (OpenSearch Service developer guide, "Using an OpenSearch
            // Ingestion pipeline with Amazon DynamoDB"); the table is named inside the pipeline's YAML body.
            const body = str(r.props, "pipelineConfigurationBody");
            const t = ea.assets.find(
                a =>
                    a.kind === "table" &&
                    j.custodyAssets.has(a) &&
                    (body === undefined || body.includes(a.arn.pattern)),
            );
            if (t && (body !== undefined || isUnknown(r.props.pipelineConfigurationBody)))
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `OpenSearch Ingestion pipeline ${r.name} → ${t.label}: exports it and reads its stream with the pipeline's role, indexing every item into a search domain. Custody tables are reached only by the model's workloads, through their own roles; remove it.`,
                });
        } else if (APIGW_INTEGRATIONS[r.type] || r.type === REST_API) {
            out.push(...apiGatewayDynamoDb(r));
        } else if (TABLE_CONSUMERS[r.type]) {
            // A Kinesis data stream a custody table streams into carries the same changes: its consumers count.
            const { prop, what } = TABLE_CONSUMERS[r.type];
            const [head, leaf] = prop.split(".");
            const holder = leaf ? r.props[head] : r.props;
            const ref = str(holder, leaf ?? head);
            const region = str(holder, "region") ?? resourceRegion(r);
            const account = providerAccount(r);
            const viaKinesis = ref === undefined ? undefined : cdcStreamTable(ref);
            const t =
                ref === undefined
                    ? undefined
                    : (viaKinesis ??
                      ea.assets.find(
                          a =>
                              a.kind === "table" &&
                              (a.arn.pattern === ref ||
                                  ref.startsWith(`${a.arn.pattern}/stream/`) ||
                                  (a.arn.pattern.endsWith(`:table/${ref}`) &&
                                      (region === undefined || a.region === undefined || a.region === region) &&
                                      (account === undefined || a.account === undefined || a.account === account))),
                      ));
            // A table the stack does not create but the model names by pattern (Curity's `table/curity-*`), by ARN
            // or by name (an AppSync data source's dynamodbConfig.tableName, in its region and account).
            const label = t?.label ?? modelTableOf(r, ref, region);
            if (label)
                out.push({
                    kind: "table",
                    urn: r.urn,
                    message: `${r.type.split(":").pop()} ${r.name} → ${label}: ${what}. Custody tables are reached only by the model's workloads, through their own roles; remove it.`,
                });
        }
    }
    return out;
}

/**
 * The verdicts of keyCustodyProblems (model/kms.ts, the one reader of a key's custody properties) on `key`, as
 * messages: a known value names what the key is; a value unknown during a preview is unverifiable (raw.ts), named by
 * its property and resource. `role`: what the key is to the model, when it is not a share key.
 */
function keyCustodyMessages(key: Asset, share: boolean, role?: string): string[] {
    const r = key.resource;
    if (!r) return [];
    const who = role === undefined ? key.label : `${key.label} (${role})`;
    return keyCustodyProblems(r, share).map(p =>
        p.unknown
            ? unverifiable(`${p.property} of ${r.type.split(":").pop()} ${r.name}`, `${who} may ${p.what}`)
            : `${who} ${p.what}`,
    );
}

/**
 * Where the key material of every other custody key lives: the keys the model names by alias or ARN (a workload's
 * key, a table's key; share keys are judged with their ring). Seed 004: "the private key is created inside KMS and
 * never leaves it". Imported material (ExternalKey, ReplicaExternalKey) also exists wherever it was generated, and
 * a custom key store's material is held by whoever runs the CloudHSM cluster or the external key store proxy: each
 * uses the key outside every key policy, grant and IAM policy (AWS KMS developer guide, "Importing key material"
 * and "Custom key stores").
 */
export function judgeKeyOrigins(j: Judge): Finding[] {
    const out: Finding[] = [];
    const { ea, model } = j;
    const shareKeys = new Set(
        model.shareRings.flatMap(ring => ring.shares.map(s => j.keyOfAlias(s.keyAlias))).filter(k => k !== undefined),
    );
    const named = new Map<Asset, string>();
    for (const w of model.workloads)
        for (const e of w.allow)
            for (const sel of e.on) {
                const key =
                    "keyAlias" in sel
                        ? j.keyOfAlias(sel.keyAlias)
                        : "key" in sel
                          ? ea.assets.find(a => a.kind === "key" && a.arn.pattern === sel.key)
                          : undefined;
                if (key) named.set(key, `workload ${w.name}'s key`);
            }
    for (const t of model.tables) {
        const key = j.keyOfAlias(t.keyAlias);
        if (key && !named.has(key)) named.set(key, `the key of ${t.table.split(":").pop()}`);
    }
    for (const [key, role] of named) {
        if (!key.resource || shareKeys.has(key)) continue;
        for (const message of keyCustodyMessages(key, false, role))
            out.push({ kind: "access", urn: key.urn, message: `${message}.` });
    }
    return out;
}
