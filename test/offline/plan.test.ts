// The offline preview's pure parts, without the policy pack: argument parsing, the mock engine's ARNs, plan
// normalisation (unknowns as the engine sends them), the plan checks, manifests and the report model.
import { strict as assert } from "assert";
import { parse } from "yaml";
import { runStack } from "../harness";
import {
    buildManifests,
    ManifestError,
    toManifestObject,
    UNKNOWN_IN_MANIFEST,
    validateManifest,
} from "../../tools/offline/manifests";
import { main, parseArgs, UsageError } from "../../tools/offline/main";
import type { Plan, PlanResource } from "../../tools/offline/mockEngine";
import {
    markComputedUnknown,
    normalizePlan,
    toAnalyzerResources,
    UNKNOWN_SENTINEL,
} from "../../tools/offline/planToAnalyzer";
import { planViolations, Violation } from "../../tools/offline/preview";
import { engineViewOf } from "../../tools/offline/engineView";
import { buildReport, renderReport, statementsOf } from "../../tools/offline/report";

function clone<T>(v: T): T {
    return JSON.parse(JSON.stringify(v)) as T;
}

function byType(plan: Plan, type: string): PlanResource[] {
    return plan.resources.filter(r => r.type === type);
}

/** A result as runOfflinePreview returns it, for the report (the pack's verdict supplied by the test). */
function resultOf(plan: Plan, violations: Violation[] = []) {
    return {
        project: "custody-infra",
        stack: plan.stack,
        preview: plan.preview,
        configFile: `Pulumi.${plan.stack}.yaml`,
        secureValues: [],
        secretPlaceholder: "x",
        pack: { name: "custody-guard", version: "0.1.0", policies: 16, levels: {} },
        plan,
        defaultProviderUses: [],
        manifests: buildManifests(plan),
        violations,
    };
}

describe("offline preview: arguments", () => {
    it("defaults to the dev stack and reads every flag, in both --flag value and --flag=value forms", () => {
        assert.deepEqual(parseArgs([]), { stack: "dev", json: false, preview: false, help: false });
        assert.deepEqual(parseArgs(["--stack", "prod", "--config=x.yaml", "--out", "o", "--json", "--preview"]), {
            stack: "prod",
            configFile: "x.yaml",
            outDir: "o",
            json: true,
            preview: true,
            help: false,
        });
        assert.equal(parseArgs(["-h"]).help, true);
    });

    it("refuses unknown flags, stray words, repeated flags and flags missing their value", () => {
        for (const [argv, re] of [
            [["--stak", "prod"], /unknown option --stak/],
            [["prod"], /unexpected argument "prod"/],
            [["--stack"], /--stack needs a value/],
            [["--stack", "--json"], /--stack needs a value/],
            [["--out="], /--out needs a value/],
            [["--config"], /--config needs a value/],
            [["--stack", "a", "--stack", "b"], /--stack is given twice/],
            [["--json=yes"], /--json takes no value/],
        ] as const) {
            assert.throws(
                () => parseArgs(argv),
                (e: unknown) => e instanceof UsageError && re.test((e as Error).message),
                argv.join(" "),
            );
        }
    });

    it("exits 2 on a usage error with one line on stderr and nothing on stdout; --help exits 0", async () => {
        let out = "";
        let err = "";
        const env = {
            stdout: (s: string) => {
                out += s;
            },
            stderr: (s: string) => {
                err += s;
            },
        };
        assert.equal(await main(["--bogus"], env), 2);
        assert.equal(out, "");
        assert.match(err, /^offline preview: unknown option --bogus\. Run with --help for the options\.\n$/);
        err = "";
        assert.equal(await main(["--out"], env), 2);
        assert.match(err, /--out needs a value/);
        assert.equal(await main(["--help"], env), 0);
        assert.match(
            out,
            /^Usage: npm run preview:offline -- \[--stack NAME\] \[--config FILE\] \[--out DIR\] \[--json\] \[--preview\]/,
        );
        assert.match(out, /stacks here: .*\bdev\b.*\bprod\b/);
    });
});

describe("offline preview: the plan", () => {
    it("gives every resource ARNs of its provider's account and region (prod: share keys in three accounts and regions)", async () => {
        const { plan } = await runStack({ stack: "prod" });
        const providers = new Map(byType(plan, "pulumi:providers:aws").map(p => [p.urn, p]));
        const keys = byType(plan, "aws:kms/key:Key");
        const placements = new Set<string>();
        for (const key of keys) {
            const provider = providers.get(key.providerUrn!)!;
            const accountId = JSON.parse(String(provider.inputs.allowedAccountIds))[0];
            const region = provider.inputs.region;
            assert.match(
                String(key.outputs.arn),
                new RegExp(`^arn:aws:kms:${region}:${accountId}:key/[0-9a-f-]{36}$`),
                key.name,
            );
            assert.deepEqual(key.account, { accountId, region });
            placements.add(`${accountId}/${region}`);
        }
        assert.deepEqual([...placements].sort(), [
            "111111111111/eu-west-1",
            "222222222222/eu-central-1",
            "333333333333/us-east-1",
        ]);
        for (const table of byType(plan, "aws:dynamodb/table:Table")) {
            assert.match(String(table.outputs.arn), /^arn:aws:dynamodb:eu-west-1:111111111111:table\//);
        }
        assert.match(
            String(byType(plan, "aws:iam/role:Role")[0].outputs.arn),
            /^arn:aws:iam::111111111111:role\/custody-prod-signer$/,
        );
    });

    it("sends unknown values as the engine's sentinel, and computed outputs of a preview as unknown (not missing)", async () => {
        const preview = (await runStack({ stack: "dev", preview: true })).plan;
        const full = (await runStack({ stack: "dev" })).plan;
        const raw = preview.resources.find(r => r.type === "aws:iam/rolePolicy:RolePolicy")!;
        assert.deepEqual(
            raw.inputs.policy,
            { __pulumiUnknown: true },
            "the mock engine records the SDK's Unknown marker",
        );
        const plan = normalizePlan(preview, full);
        const one = (type: string) => plan.resources.find(r => r.type === type)!;
        assert.equal(one("aws:iam/rolePolicy:RolePolicy").inputs.policy, UNKNOWN_SENTINEL);
        assert.equal(one("aws:kms/key:Key").outputs.arn, UNKNOWN_SENTINEL);
        assert.equal(one("aws:kms/key:Key").outputs.keyId, UNKNOWN_SENTINEL);
        assert.equal(one("aws:iam/role:Role").outputs.arn, UNKNOWN_SENTINEL);
        assert.equal(one("aws:dynamodb/table:Table").outputs.arn, UNKNOWN_SENTINEL);
        const sa = one("kubernetes:core/v1:ServiceAccount");
        assert.equal((sa.inputs.metadata as any).annotations["eks.amazonaws.com/role-arn"], UNKNOWN_SENTINEL);
        assert.equal((sa.outputs.metadata as any).uid, UNKNOWN_SENTINEL, "nested computed outputs too");
        assert.equal((sa.outputs.metadata as any).name, "containment-chamber", "known values stay");
        assert.ok(!JSON.stringify(plan).includes("__pulumiUnknown"));
        // A full run has no unknown at all.
        assert.ok(!JSON.stringify(normalizePlan(full)).includes(UNKNOWN_SENTINEL));
        assert.deepEqual(markComputedUnknown({ a: 1, o: { x: 1 } }, { a: 2, b: 3, o: { x: 1, y: 2 }, l: [1] }), {
            a: 1,
            b: UNKNOWN_SENTINEL,
            o: { x: 1, y: UNKNOWN_SENTINEL },
            l: UNKNOWN_SENTINEL,
        });
    });

    it("hands the analyzer inputs, outputs, options, parent, the provider with its inputs and dependencies", async () => {
        const plan = normalizePlan((await runStack({ stack: "prod" })).plan);
        const resources = toAnalyzerResources(plan);
        assert.equal(resources.length, plan.resources.length);
        const key = resources.find(r => r.type === "aws:kms/key:Key" && r.name === "signer-shares-share-2")!;
        assert.equal(key.provider?.type, "pulumi:providers:aws");
        assert.equal(key.provider?.inputs.region, "eu-central-1");
        assert.equal(key.provider?.inputs.allowedAccountIds, '["222222222222"]');
        assert.deepEqual([key.options?.protect, key.options?.retainOnDelete], [true, true]);
        assert.match(key.parent!, /ShareKeyRing::signer-shares$/);
        assert.ok(key.dependencies!.some(d => d.endsWith("aws:iam/role:Role::signer-role")));
        assert.ok(key.propertyDependencies!.policy.some(d => d.endsWith("aws:iam/role:Role::signer-role")));
        assert.match(String(key.outputs!.arn), /^arn:aws:kms:eu-central-1:222222222222:key\//);
    });

    it("reports stateful resources without protect or retainOnDelete, and default-provider uses, as mandatory", async () => {
        const plan = clone((await runStack({ stack: "dev" })).plan);
        assert.deepEqual(planViolations(plan, []), [], "the program retains every table and key");
        const key = plan.resources.find(r => r.name === "signer-shares-share-2")!;
        key.options.retainOnDelete = false;
        const table = plan.resources.find(r => r.type === "aws:dynamodb/table:Table")!;
        table.options.protect = false;
        table.options.retainOnDelete = false;
        const found = planViolations(plan, ["aws:iam/role:Role signer-role"]);
        assert.deepEqual(found.map(v => [v.policyName, v.enforcementLevel, v.source, v.resourceName]).sort(), [
            ["explicit-providers-only", "mandatory", "offline-plan", "signer-role"],
            ["stateful-resources-retained", "mandatory", "offline-plan", "signer-shares-share-2"],
            ["stateful-resources-retained", "mandatory", "offline-plan", table.name],
        ]);
        assert.match(found.find(v => v.resourceName === table.name)!.message, /lacks protect and retainOnDelete/);
        assert.match(found.find(v => v.resourceName === "signer-shares-share-2")!.message, /lacks retainOnDelete\b/);
        assert.match(
            found.find(v => v.policyName === "explicit-providers-only")!.urn!,
            /aws:iam\/role:Role::signer-role$/,
        );
    });
});

describe("offline preview: Kubernetes manifests", () => {
    it("writes each object as a plain manifest (no Pulumi internals) that kubernetes-models validates", async () => {
        const plan = normalizePlan((await runStack({ stack: "basil" })).plan);
        const manifests = buildManifests(plan);
        assert.equal(manifests.length, plan.resources.filter(r => r.type.startsWith("kubernetes:") && r.custom).length);
        for (const m of manifests) {
            const doc = parse(
                m.yaml
                    .split("\n")
                    .filter(l => !l.startsWith("#"))
                    .join("\n"),
            );
            assert.deepEqual(Object.keys(doc).slice(0, 3), ["apiVersion", "kind", "metadata"]);
            assert.equal(doc.apiVersion, "v1");
            assert.equal(doc.kind, "ServiceAccount");
            assert.match(doc.metadata.annotations["eks.amazonaws.com/role-arn"], /^arn:aws:iam::111122223333:role\//);
            assert.ok(!/__|pulumi\.com\/|uid:/.test(m.yaml), m.yaml);
            assert.deepEqual(validateManifest(doc, m.file), []);
        }
        assert.deepEqual(manifests.map(m => m.file).sort(), [
            "serviceaccount-basil-basil-agent.yaml",
            "serviceaccount-basil-bootstrap-basil-provisioner.yaml",
        ]);
    });

    it("refuses invalid objects: non-DNS-1123 names and namespaces, bad labels, schema type errors", async () => {
        const plan = clone((await runStack({ stack: "dev" })).plan);
        const sa = plan.resources.find(r => r.type === "kubernetes:core/v1:ServiceAccount")!;
        const md = sa.inputs.metadata as Record<string, any>;
        md.name = "Containment_Chamber";
        md.namespace = "validators.prod";
        md.labels["app.kubernetes.io/component"] = "-signer";
        md.annotations["pulumi.com/autonamed"] = "true";
        sa.inputs.automountServiceAccountToken = "yes";
        assert.throws(
            () => buildManifests(plan),
            (e: unknown) => {
                assert.ok(e instanceof ManifestError);
                const text = e.problems.join("\n");
                assert.match(text, /metadata\.name "Containment_Chamber" is not a DNS-1123 subdomain/);
                assert.match(text, /metadata\.namespace "validators\.prod" is not a DNS-1123 label/);
                assert.match(text, /label app\.kubernetes\.io\/component value "-signer"/);
                assert.match(text, /\/automountServiceAccountToken must be boolean/);
                assert.equal(e.problems.length, 4, text);
                return true;
            },
        );
        assert.ok(!("pulumi.com/autonamed" in (toManifestObject(sa).metadata as any).annotations));
        const ns = { apiVersion: "v1", kind: "Namespace", metadata: { name: "a".repeat(64), namespace: "x" } };
        assert.deepEqual(validateManifest(ns, "ns").length, 2);
    });

    it("writes values unknown during --preview as a marked placeholder", async () => {
        const plan = normalizePlan((await runStack({ stack: "dev", preview: true })).plan);
        const [m] = buildManifests(plan);
        assert.equal((m.object.metadata as any).annotations["eks.amazonaws.com/role-arn"], UNKNOWN_IN_MANIFEST);
        assert.deepEqual(m.unknowns, ["metadata.annotations.eks.amazonaws.com/role-arn"]);
        assert.match(
            m.yaml,
            /^# unknown until apply \(preview\): metadata\.annotations\.eks\.amazonaws\.com\/role-arn$/m,
        );
    });
});

describe("offline preview: the report", () => {
    it("who can use each key comes from the engine: a NotAction grant reaching a share key shows its role, with its path", async () => {
        const plan = normalizePlan((await runStack({ stack: "prod" })).plan);
        const signer = byType(plan, "aws:iam/role:Role")[0];
        const ops: PlanResource = {
            ...clone(signer),
            urn: signer.urn.replace("::signer-role", "::ops"),
            name: "ops",
            inputs: {
                name: "ops",
                assumeRolePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { Service: "codebuild.amazonaws.com" },
                            Action: "sts:AssumeRole",
                        },
                    ],
                }),
            },
            outputs: { arn: "arn:aws:iam::111111111111:role/ops", name: "ops" },
        };
        const opsPolicy: PlanResource = {
            ...clone(byType(plan, "aws:iam/rolePolicy:RolePolicy")[0]),
            urn: signer.urn.replace("aws:iam/role:Role::signer-role", "aws:iam/rolePolicy:RolePolicy::ops-access"),
            name: "ops-access",
            inputs: {
                name: "ops-access",
                role: "ops",
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", NotAction: "kms:ScheduleKeyDeletion", Resource: "*" }],
                }),
            },
            outputs: {},
            dependencies: [],
            propertyDependencies: {},
        };
        plan.resources.push(ops, opsPolicy);
        const report = buildReport(resultOf(plan), "/tmp/out", await engineViewOf(plan));
        const share1 = report.keys.find(k => k.aliases.includes("alias/custody-infra/prod/share-1"))!;
        const opsUse = share1.whoCanUse.find(a => a.principal === "role ops")!;
        assert.ok(opsUse, JSON.stringify(share1.whoCanUse, null, 1));
        assert.ok(opsUse.actions.includes("kms:Decrypt"));
        assert.match(
            opsUse.via,
            /^statement #1 of RolePolicy ops-access through the root delegation \(statement "EnableIAMDelegation" of key policy of signer-shares-share-1/,
        );
        assert.deepEqual(opsUse.reachedBy, [
            "service codebuild.amazonaws.com → sts:AssumeRole (trust statement 1 of ops: Service codebuild.amazonaws.com) → role ops",
        ]);
        // The share in another account: ops's grant matches its ARN, but that key's policy admits neither ops nor
        // its account, so ops is no one who can use it; the signer is, by the key policy.
        const share2 = report.keys.find(k => k.aliases.includes("alias/custody-infra/prod/share-2"))!;
        assert.deepEqual(
            share2.whoCanUse.map(a => a.principal),
            ["role custody-prod-signer"],
        );
        assert.ok(
            share2.iamGrants.some(g => g.role === "ops"),
            "the IAM side is still listed as written",
        );
        const signerRole = report.roles.find(r => r.name === "custody-prod-signer")!;
        assert.deepEqual(signerRole.whoCanBecome, [
            "ServiceAccount validators/containment-chamber (IRSA, issuer oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90) → sts:AssumeRoleWithWebIdentity (trust statement 1 of custody-prod-signer: web identity of oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90, sub system:serviceaccount:validators:containment-chamber) → role custody-prod-signer",
            // NotAction on "*" includes iam:UpdateAssumeRolePolicy: ops can rewrite the signer's trust.
            "service codebuild.amazonaws.com → sts:AssumeRole (trust statement 1 of ops: Service codebuild.amazonaws.com) → role ops → iam:UpdateAssumeRolePolicy (statement #1 of RolePolicy ops-access): rewrites who may assume custody-prod-signer → role custody-prod-signer",
        ]);
        const text = renderReport(report, "markdown");
        assert.match(
            text,
            /who can use it: role ops: .*kms:Decrypt.* \(identity: statement #1 of RolePolicy ops-access through the root delegation/,
        );
        assert.match(text, /who can become it: ServiceAccount validators\/containment-chamber/);
    });

    it("lists, per share key, who may use it, and per role its trust and actions per resource (prod)", async () => {
        const plan = normalizePlan((await runStack({ stack: "prod" })).plan);
        const report = buildReport(resultOf(plan), "/tmp/out", await engineViewOf(plan));
        const roleArn = "arn:aws:iam::111111111111:role/custody-prod-signer";
        const shares = report.keys.filter(k => k.aliases.some(a => /share-\d$/.test(a)));
        assert.deepEqual(
            shares.map(k => k.account),
            [
                "signer 111111111111 eu-west-1",
                "custody-b 222222222222 eu-central-1",
                "custody-c 333333333333 us-east-1",
            ],
        );
        for (const k of shares) {
            const signer = k.keyPolicy!.find(s => s.sid === "AllowSignerRole")!;
            assert.deepEqual(signer.principals, [`AWS ${roleArn} (role custody-prod-signer)`]);
            assert.deepEqual(signer.actions, ["kms:Encrypt", "kms:Decrypt"]);
            assert.deepEqual(
                k.iamGrants.map(g => [g.role, g.actions]),
                [["custody-prod-signer", ["kms:Encrypt", "kms:Decrypt"]]],
            );
        }
        const [role] = report.roles;
        assert.equal(role.arn, roleArn);
        assert.deepEqual(role.trust![0].serviceAccounts, ["validators/containment-chamber"]);
        assert.deepEqual(role.trust![0].actions, ["sts:AssumeRoleWithWebIdentity"]);
        const keystore = role.permissions.find(p => p.resource.endsWith("table/custody-prod-keystore"))!;
        assert.deepEqual(keystore.actions, [
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:Query",
        ]);
        assert.ok(role.permissions.some(p => p.resource.endsWith("table/custody-prod-keystore/index/*")));
        assert.deepEqual(role.serviceAccounts, ["validators/containment-chamber"]);
        assert.equal(report.verdict, "pass");

        // Mermaid: three accounts each holding its share key, each key granting the role, the role used by the SA.
        const m = report.mermaid;
        assert.match(m, /^flowchart LR\n/);
        assert.equal((m.match(/^ {4}acct\d+\[/gm) ?? []).length, 3);
        assert.equal((m.match(/^ {4}key\d+ -->\|"kms:Encrypt, kms:Decrypt"\| role1$/gm) ?? []).length, 3);
        assert.match(m, /^ {4}role1 -->\|IRSA\| sa1$/m);
        for (const id of ["acct1", "acct2", "acct3"])
            assert.match(m, new RegExp(`^ {4}${id} -->\\|holds\\| key\\d+$`, "m"));

        const text = renderReport(report, "text");
        const markdown = renderReport(report, "markdown");
        for (const out of [text, markdown]) {
            assert.match(out, /Verdict: PASS — 0 mandatory, 0 advisory violations \(exit 0\)/);
            assert.match(out, /custody-b 222222222222 eu-central-1/);
            assert.match(
                out,
                /allowed on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-signer-state: .*dynamodb:DeleteItem/,
            );
        }
        assert.match(markdown, /```mermaid\nflowchart LR\n/);
    });

    it("orders violations mandatory first and fails the verdict on one", async () => {
        const plan = normalizePlan((await runStack({ stack: "dev" })).plan);
        const violations = [
            {
                policyName: "a",
                enforcementLevel: "advisory" as const,
                message: "adv",
                source: "p",
                phase: "analyzeStack" as const,
            },
            {
                policyName: "b",
                enforcementLevel: "mandatory" as const,
                message: "man",
                source: "p",
                phase: "analyze" as const,
            },
        ];
        const report = buildReport(resultOf(plan, violations), "/tmp/out", await engineViewOf(plan));
        assert.deepEqual(
            report.violations.map(v => v.policyName),
            ["b", "a"],
        );
        assert.equal(report.verdict, "fail");
        assert.equal(report.exitCode, 1);
    });

    it("reads every statement form: Principal *, NotPrincipal, NotAction, NotResource, conditions", () => {
        const [s1, s2] = statementsOf({
            Statement: [
                {
                    Effect: "Allow",
                    Principal: "*",
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringEquals: { "kms:CallerAccount": ["1", "2"] } },
                },
                {
                    Sid: "X",
                    Effect: "Deny",
                    NotPrincipal: { AWS: "arn:aws:iam::1:root" },
                    NotAction: ["kms:Describe*"],
                    NotResource: "arn:k",
                },
            ],
        });
        assert.deepEqual(s1, {
            effect: "Allow",
            principals: ["* (anyone)"],
            actions: ["kms:Decrypt"],
            resources: ["*"],
            conditions: ["StringEquals kms:CallerAccount = 1 | 2"],
        });
        assert.deepEqual(s2, {
            sid: "X",
            effect: "Deny",
            principals: ["everyone except AWS arn:aws:iam::1:root"],
            actions: [],
            notActions: ["kms:Describe*"],
            resources: [],
            notResources: ["arn:k"],
            conditions: [],
        });
    });
});
