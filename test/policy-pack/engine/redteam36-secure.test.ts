// Red-team round 36 (fresh eyes) on false positives at the AWS and Kubernetes API levels: spellings AWS treats the
// same (action and context-key case, single string vs list, Statement as one object, a key policy's own ARN as
// Resource, bare account ids), the signer's access moved to a managed policy or split per table, Pod Identity trust
// hardened with aws:SourceAccount/aws:SourceArn, table TTL and contributor insights, an extra alias, observers'
// read-only RBAC, PDB/HPA/NetworkPolicy around the signer, a first preview's unknowns; and insecure neighbours of
// each that the pack must still refuse.
import { runPack } from "./packRunner";
import {
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    setProp,
    stackResources,
} from "./support";
import { aws, bind, editDoc, k8s, k8sRole, namespace, Statement } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const OBSERVERS = { kind: "Group", name: "platform:observers", apiGroup: "rbac.authorization.k8s.io" };
const READ = ["get", "list", "watch"];

const lower = (x: unknown): unknown => (typeof x === "string" ? x.toLowerCase() : Array.isArray(x) ? x.map(lower) : x);

/** The signer's access policy statements. */
const signerStatements = (r: Resources): Statement[] =>
    (JSON.parse(prop(find(r, POLICY, "signer-role-access"), "policy") as string) as { Statement: Statement[] })
        .Statement;

/** The signer's access moved from the inline RolePolicy to a customer managed policy attached to its role. */
function managedSignerPolicy(r: Resources, statements: Statement[]): void {
    const role = find(r, ROLE, "signer-role");
    const account = (prop(role, "arn") as string).split(":")[4];
    const name = `${prop(role, "name") as string}-managed`;
    const arn = `arn:aws:iam::${account}:policy/${name}`;
    const i = r.findIndex(x => x.type === POLICY && x.name === "signer-role-access");
    r.splice(i, 1);
    aws(r, "aws:iam/policy:Policy", name, { name, arn, policy: doc(...statements) });
    aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-attach`, {
        role: prop(role, "name"),
        policyArn: arn,
    });
}

/**
 * Share 2's key policy moved to a separate aws.kms.KeyPolicy (the key's own `policy` removed: the KeyPolicy's is the one
 * in force), naming the key by `keyId` (its key id or its ARN), each statement edited with the key's ARN.
 */
function shareKeyPolicyResource(
    r: Resources,
    keyIdBy: "keyId" | "arn",
    edit: (s: Statement, keyArn: string) => void,
): void {
    const key = find(r, KEY, "signer-shares-share-2");
    const keyArn = prop(key, "arn") as string;
    const d = JSON.parse(prop(key, "policy") as string) as { Version: string; Statement: Statement[] };
    for (const s of d.Statement) edit(s, keyArn);
    delete key.inputs.policy;
    if (key.outputs) delete key.outputs.policy;
    r.push(
        resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", "share-2-policy", {
            keyId: prop(key, keyIdBy),
            policy: JSON.stringify(d),
        }),
    );
}

/** The signer's trust with `edit` applied to its (only) statement, and the Statement written as one object. */
function trustAsObject(r: Resources, edit: (s: Statement) => void): void {
    const role = find(r, ROLE, "signer-role");
    const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Version: string; Statement: Statement[] };
    const s = d.Statement[0];
    edit(s);
    setProp(role, "assumeRolePolicy", JSON.stringify({ Version: d.Version, Statement: s }));
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const CASES: Case[] = [
    // ------------------------------------------------------------------------------------- spellings AWS treats the same
    // IAM: "The prefix and the action name are case insensitive" (IAM JSON policy elements: Action).
    {
        stack: "prod",
        name: "S1: the signer's actions written in lower case (dynamodb:getitem, kms:decrypt ...)",
        edit: r =>
            editDoc(find(r, POLICY, "signer-role-access"), "policy", d => {
                for (const s of d.Statement) s.Action = lower(s.Action);
            }),
    },
    {
        stack: "prod",
        name: "I1: lower-case actions with dynamodb:scan added on the anti-slashing table (not in its access set)",
        edit: r =>
            editDoc(find(r, POLICY, "signer-role-access"), "policy", d => {
                for (const s of d.Statement) s.Action = lower(s.Action);
                (d.Statement[0].Action as string[]).push("dynamodb:scan");
            }),
        refused: /allows dynamodb:Scan on [^ ]*custody-prod-anti-slashing/,
        policy: "custody-effective-access",
    },
    // IAM: "Context key names are not case-sensitive" (IAM JSON policy elements: Condition); a single value or a list
    // of one; Statement may be one object (IAM JSON policy grammar: "statement" = <statement> | [<statement>, ...]).
    {
        stack: "prod",
        name: "S2: the IRSA trust as one Statement object, Action a list of one, condition values single-element lists",
        edit: r =>
            trustAsObject(r, s => {
                s.Action = [s.Action];
                const c = (s.Condition as Record<string, Record<string, string>>).StringEquals;
                for (const k of Object.keys(c)) (c as Record<string, unknown>)[k] = [c[k]];
            }),
    },
    {
        stack: "prod",
        name: "I2: the same one-object trust with the sub widened by StringLike to validators:*",
        edit: r =>
            trustAsObject(r, s => {
                const c = (s.Condition as Record<string, Record<string, string>>).StringEquals;
                const sub = Object.keys(c).find(k => k.endsWith(":sub")) as string;
                delete c[sub];
                (s.Condition as Record<string, unknown>).StringLike = { [sub]: "system:serviceaccount:validators:*" };
            }),
        refused: /:sub uses StringLike/,
    },
    {
        stack: "pod-identity",
        name: "S3: Pod Identity trust with single-string tag conditions, plus aws:SourceAccount and ArnEquals aws:SourceArn on the cluster (confused-deputy hardening)",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                const s = d.Statement[0];
                const eq = (s.Condition as Record<string, Record<string, string[]>>).StringEquals;
                const out: Record<string, string> = {};
                for (const [k, v] of Object.entries(eq)) out[k] = v[0];
                s.Condition = {
                    StringEquals: { ...out, "aws:SourceAccount": "111111111111" },
                    ArnEquals: { "aws:SourceArn": "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators" },
                };
            }),
    },
    {
        stack: "pod-identity",
        name: "I3: single-string tag conditions with the ServiceAccount condition dropped (every SA of validators)",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                const s = d.Statement[0];
                const eq = (s.Condition as Record<string, Record<string, string[]>>).StringEquals;
                const out: Record<string, string> = {};
                for (const [k, v] of Object.entries(eq)) if (!k.endsWith("service-account")) out[k] = v[0];
                s.Condition = { StringEquals: { ...out, "aws:SourceAccount": "111111111111" } };
            }),
        refused: /does not pin the ServiceAccount/,
    },
    // IAM JSON policy elements: Principal, "AWS account principals": "\"Principal\": { \"AWS\": \"123456789012\" }" and the
    // account ARN "behave the same way. Both delegate permissions to the account."
    {
        stack: "prod",
        name: 'S4: share 2\'s root delegation written with the bare account id (Principal.AWS "222222222222")',
        // Was a MISS (fixed in round 36): kms-key-policy-safe ("no root delegation statement") and share-custody ("also
        // lets arn:aws:iam::222222222222:root decrypt its share"). The bare id itself was already read as the account
        // root (the message names the root ARN); the two refusals came from the spelling the MISS noted beside it, the
        // key's own ARN as the statements' Resource (S4c). Now model/arn.ts normalizeAwsPrincipal is the one place a
        // bare 12-digit id becomes arn:aws:iam::<id>:root, for every reader (documents, grants, engine nodes), and
        // model/document.ts reads a key policy's Resource naming its own key as "*" ("this KMS key").
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                d.Statement[0].Principal = { AWS: "222222222222" };
            }),
    },
    {
        stack: "prod",
        name: 'S4b: share 2\'s statements with Principal.AWS and Resource as lists of one, Action kms:* as ["kms:*"]',
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                for (const s of d.Statement) {
                    s.Principal = { AWS: [(s.Principal as { AWS: string }).AWS] };
                    s.Resource = ["*"];
                    if (typeof s.Action === "string") s.Action = [s.Action];
                }
            }),
    },
    // AWS KMS developer guide, "Elements in a key policy": in a key policy "*" means "this KMS key"; a Resource that
    // names the key (its ARN, or a pattern covering it) names the same, one that misses it applies to no key.
    {
        stack: "prod",
        name: "S4c: share 2's policy as a separate aws.kms.KeyPolicy (keyId: the key id), every Resource the key's own ARN, the root delegation by bare account id",
        edit: r =>
            shareKeyPolicyResource(r, "keyId", (s, keyArn) => {
                s.Resource = keyArn;
                if (s.Sid === "EnableIAMDelegation") s.Principal = { AWS: "222222222222" };
            }),
    },
    {
        stack: "prod",
        name: "S4d: the separate KeyPolicy naming the key by its ARN, every Resource arn:aws:kms:eu-central-1:222222222222:key/* (covers the key)",
        edit: r =>
            shareKeyPolicyResource(r, "arn", (s, keyArn) => {
                s.Resource = keyArn.replace(/key\/.*$/, "key/*");
            }),
    },
    {
        stack: "prod",
        name: "I4b: the separate KeyPolicy whose root delegation names another key's ARN (it applies to no key: share 2 has none)",
        edit: r =>
            shareKeyPolicyResource(r, "keyId", (s, keyArn) => {
                if (s.Sid === "EnableIAMDelegation")
                    s.Resource = keyArn.replace(/key\/.*$/, "key/00000000-0000-0000-0000-000000000000");
            }),
        refused:
            /no root delegation statement[\s\S]*statement "EnableIAMDelegation" is one on Resource arn:aws:kms:eu-central-1:222222222222:key\/00000000-0000-0000-0000-000000000000, which is not this key \(arn:aws:kms:eu-central-1:222222222222:key\/d21e825f/,
        policy: "kms-key-policy-safe",
    },
    {
        stack: "prod",
        name: "D1: share 2's own `policy` (on the Key) with every Resource the key's own ARN",
        // DECIDED: refused by kms-key-policy-safe, with the fix. A resource policy sees the Key's inputs, where its ARN
        // is not (an output: CreateKey cannot name the key it creates, so only a later update could write it), so a
        // Resource naming a key ARN cannot be told from another key's there; "*" means this key in every key policy.
        // A separate KeyPolicy names its key by keyId and is read against it (S4c, S4d).
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                const keyArn = prop(find(r, KEY, "signer-shares-share-2"), "arn") as string;
                for (const s of d.Statement) s.Resource = keyArn;
            }),
        refused:
            /no root delegation statement[\s\S]*statement "EnableIAMDelegation" is one on Resource arn:aws:kms:eu-central-1:222222222222:key\/d21e825f[^,]*, which the pack cannot match to this key[\s\S]*write "\*"/,
        policy: "kms-key-policy-safe",
    },
    // Neighbours: the bare account id is refused wherever the root ARN is (IAM Principal reference, above).
    {
        stack: "prod",
        name: 'I8: share 2\'s signer statement given to a foreign account by bare id (Principal.AWS "333333333333")',
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                d.Statement[1].Principal = { AWS: "333333333333" };
            }),
        refused: /grants the whole account 333333333333 \(arn:aws:iam::333333333333:root\)/,
        policy: "kms-key-policy-safe",
    },
    {
        stack: "cross-account",
        name: 'I9: the access role\'s trust naming the partner account by bare id (Principal.AWS "777777777777": every principal it allows may assume)',
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: "777777777777" };
            }),
        refused: /trusts the whole account 777777777777 \(arn:aws:iam::777777777777:root\)/,
        policy: "role-trust-pinned",
    },
    {
        stack: "prod",
        name: 'I10: a DynamoDB ResourcePolicy on the keystore allowing GetItem/Query to a foreign account by bare id ("999999999999")',
        edit: r => {
            const arn = prop(find(r, TABLE, "signer-tables-keystore"), "arn") as string;
            aws(r, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-reads", {
                resourceArn: arn,
                policy: doc({
                    Sid: "Reads",
                    Effect: "Allow",
                    Principal: { AWS: "999999999999" },
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: arn,
                }),
            });
        },
        refused: /statement "Reads" grants arn:aws:iam::999999999999:root, outside the table's account 111111111111/,
        policy: "dynamodb-resource-policy-safe",
    },
    {
        stack: "prod",
        name: "I4: share 2's signer statement given to the bare signer account id (every principal the account allows)",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d => {
                d.Statement[1].Principal = { AWS: "111111111111" };
            }),
        refused: /account 111111111111 \(any identity its IAM policies allow\)[\s\S]*share-2/,
        policy: "custody-effective-access",
    },
    // ------------------------------------------------------------------------------------- policy shape
    {
        stack: "prod",
        name: "S5: the signer's access as a customer managed policy attached to its role (inline policy removed)",
        edit: r => managedSignerPolicy(r, signerStatements(r)),
    },
    {
        stack: "prod",
        name: "S6: the signer's access split into one inline RolePolicy per table and one for the share keys",
        edit: r => {
            const statements = signerStatements(r);
            const like = find(r, POLICY, "signer-role-access");
            const role = prop(like, "role") as string;
            r.splice(r.indexOf(like), 1);
            for (const s of statements)
                aws(r, POLICY, `signer-role-${String(s.Sid).toLowerCase()}`, {
                    name: `${role}-${String(s.Sid)}`,
                    role,
                    policy: doc(s),
                });
        },
    },
    {
        stack: "prod",
        name: "S7: the keystore statement naming its one index (index/status-shard-index) instead of index/*",
        edit: r =>
            editDoc(find(r, POLICY, "signer-role-access"), "policy", d => {
                const s = d.Statement.find(x => x.Sid === "DynamoDBKeySource") as Statement;
                s.Resource = (s.Resource as string[]).map(x => x.replace(/index\/\*$/, "index/status-shard-index"));
            }),
    },
    {
        stack: "prod",
        name: "I5: the managed-policy form with the keystore statement on table/custody-prod-* (every table of the stack prefix)",
        edit: r =>
            managedSignerPolicy(
                r,
                signerStatements(r).map(s =>
                    s.Sid === "DynamoDBKeySource"
                        ? { ...s, Resource: "arn:aws:dynamodb:eu-west-1:111111111111:table/custody-prod-*" }
                        : s,
                ),
            ),
        refused: /DynamoDBKeySource" of Policy custody-prod-signer-managed/,
        policy: "custody-effective-access",
    },
    // ------------------------------------------------------------------------------------- table and key operations
    {
        stack: "prod",
        name: "S8: contributor insights on the three tables and a second alias on share 1",
        edit: r => {
            for (const t of ["anti-slashing", "signer-state", "keystore"]) {
                const table = find(r, TABLE, `signer-tables-${t}`);
                aws(r, "aws:dynamodb/contributorInsights:ContributorInsights", `ci-${t}`, {
                    tableName: prop(table, "name"),
                    region: "eu-west-1",
                });
            }
            const key = find(r, KEY, "signer-shares-share-1");
            r.push({
                ...JSON.parse(JSON.stringify(find(r, "aws:kms/alias:Alias", "signer-shares-share-1-alias"))),
                urn: `${key.urn.split("::").slice(0, 2).join("::")}::aws:kms/alias:Alias::share-1-by-purpose`,
                name: "share-1-by-purpose",
                inputs: { name: "alias/custody/signer/wrap-1", targetKeyId: prop(key, "keyId") },
                outputs: {
                    name: "alias/custody/signer/wrap-1",
                    targetKeyId: prop(key, "keyId"),
                    arn: `arn:aws:kms:eu-west-1:111111111111:alias/custody/signer/wrap-1`,
                },
            });
        },
    },
    {
        stack: "prod",
        name: "I7: TTL on signer-state (expires_at): DynamoDB deletes custody records with no principal",
        edit: r =>
            setProp(find(r, TABLE, "signer-tables-signer-state"), "ttl", {
                attributeName: "expires_at",
                enabled: true,
            }),
        refused: /ttl is enabled/,
        policy: "custody-tables",
    },
    {
        stack: "prod",
        preview: true,
        name: "S9: first preview: contributor insights whose tableName is the keystore's unknown name, and a CloudWatch alarm on it",
        edit: r => {
            const table = find(r, TABLE, "signer-tables-keystore");
            const ci = aws(r, "aws:dynamodb/contributorInsights:ContributorInsights", "ci-keystore", {
                region: "eu-west-1",
            });
            dependsOn(ci, "tableName", table);
            const alarm = aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "keystore-throttles", {
                name: "custody-prod-keystore-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ThrottledRequests",
                statistic: "Sum",
                period: 60,
                evaluationPeriods: 5,
                threshold: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
            });
            dependsOn(alarm, "dimensions", table);
        },
    },
    // ------------------------------------------------------------------------------------- Kubernetes around the signer
    {
        stack: "prod",
        name: "S10: validators hardened: default-deny NetworkPolicy (egress DNS + 443), a PDB and an HPA on the signer's Deployment, observers read-only (no Secrets)",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-default-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny", namespace: "validators" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Ingress", "Egress"],
                    egress: [
                        {
                            ports: [
                                { port: 53, protocol: "UDP" },
                                { port: 53, protocol: "TCP" },
                            ],
                        },
                        { ports: [{ port: 443, protocol: "TCP" }] },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "signer-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: { maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/component": "signer" } } },
            });
            k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "signer-hpa", {
                apiVersion: "autoscaling/v2",
                kind: "HorizontalPodAutoscaler",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "containment-chamber" },
                    minReplicas: 2,
                    maxReplicas: 4,
                    metrics: [
                        {
                            type: "Resource",
                            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                        },
                    ],
                },
            });
            k8sRole(
                r,
                "validators-observer",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods", "pods/log", "services", "endpoints", "events"],
                        verbs: READ,
                    },
                    { apiGroups: ["apps"], resources: ["deployments", "replicasets"], verbs: READ },
                    { apiGroups: ["policy", "autoscaling"], resources: ["*"], verbs: READ },
                ],
                "validators",
            );
            bind(r, "validators-observer", { kind: "Role", name: "validators-observer" }, [OBSERVERS], "validators");
        },
    },
    {
        stack: "prod",
        name: "I6: the observers' Role in validators also allowed pods/exec (create): a shell in the signer's pod",
        edit: r => {
            k8sRole(
                r,
                "validators-observer",
                [
                    { apiGroups: [""], resources: ["pods", "pods/log"], verbs: READ },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                "validators",
            );
            bind(r, "validators-observer", { kind: "Role", name: "validators-observer" }, [OBSERVERS], "validators");
        },
        refused: /platform:observers[\s\S]*pods\/exec[\s\S]*containment-chamber/,
        policy: "custody-effective-access",
    },
    {
        stack: "pod-identity",
        name: "S11: a second harmless workload in its own namespace by Pod Identity: a reports role reading CloudWatch metrics only",
        edit: r => {
            namespace(r, "reports");
            k8s(r, "kubernetes:core/v1:ServiceAccount", "reports-sa", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "reporter", namespace: "reports" },
            });
            const arn = "arn:aws:iam::111111111111:role/custody-pod-identity-reporter";
            aws(r, ROLE, "reporter-role", {
                name: "custody-pod-identity-reporter",
                arn,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:RequestTag/eks-cluster-arn":
                                "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators",
                            "aws:RequestTag/kubernetes-namespace": "reports",
                            "aws:RequestTag/kubernetes-service-account": "reporter",
                        },
                    },
                }),
                inlinePolicies: [
                    {
                        name: "metrics",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"],
                            Resource: "*",
                        }),
                    },
                ],
            });
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "reporter-pod-identity", {
                clusterName: "prod-validators",
                namespace: "reports",
                serviceAccount: "reporter",
                roleArn: arn,
                region: "eu-west-1",
            });
        },
    },
    {
        stack: "curity",
        name: "S12: Curity's IRSA trust with context keys in another case (OIDC :SUB/:AUD, per 'Context key names are not case-sensitive')",
        edit: r =>
            editDoc(find(r, ROLE, "curity-role"), "assumeRolePolicy", d => {
                const c = (d.Statement[0].Condition as Record<string, Record<string, string>>).StringEquals;
                const out: Record<string, string> = {};
                for (const [k, v] of Object.entries(c)) out[k.replace(/:sub$/, ":SUB").replace(/:aud$/, ":Aud")] = v;
                (d.Statement[0].Condition as Record<string, unknown>).StringEquals = out;
            }),
    },
    {
        stack: "cross-account",
        name: "S13: the access role's trust with Principal.AWS a list of one and sts:ExternalId a list of one, plus aws:PrincipalAccount",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                const s = d.Statement[0];
                s.Principal = { AWS: [(s.Principal as { AWS: string }).AWS] };
                s.Condition = {
                    StringEquals: {
                        "sts:ExternalId": ["custody-cross-account-example"],
                        "aws:PrincipalAccount": "777777777777",
                    },
                };
            }),
    },
];

describe("red team 36: secure variants at the AWS/Kubernetes API levels (spellings, shapes, operations), and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPack(c.stack, r);
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
