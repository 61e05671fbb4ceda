// Red-team round 73 on over-refusals (fresh eyes): SECURE variants a platform team writes on the committed stacks,
// each class with insecure twins (one changed word); neighbours of round 73's fixes first.
// Probed: (tags) cost/owner tags on the share keys and CMK, data-class tags on the signer tables; (AWS reads,
// judge.ts SECRET_READS / READS_WITHOUT_SECRET / CODE_CONFIG_SERVICES) the list-only neighbours of round 73's listed
// secret reads: firehose:ListDeliveryStreams (vs DescribeDeliveryStream's HEC token), Pinpoint GetChannels (vs
// GetGcmChannel), Direct Connect DescribeConnections (vs DescribeVirtualInterfaces' BGP key), CloudFront cache-policy
// lists (vs ListDistributions), Glue ListJobs (vs GetJobs, GetJobRuns), Amplify ListDomainAssociations (vs
// ListBranches), Lambda GetAccountSettings (vs GetFunctionConfiguration), SageMaker List*Jobs (vs
// DescribeProcessingJob), the cleared WAF change tokens and Athena sessions, an own-log-group logging role; (backups,
// assets.ts backupCopies) an AWS Backup plan of the signer tables into a vault under the tables' CMK, a same-account DR
// copy, twin a copy to another account; (Pod Identity) a pinned CloudWatch agent role, twins with kms:Decrypt and
// sts:AssumeRole; (Kubernetes) extra restricted/baseline namespaces; (nodes) sysctl.d hardening, core_pattern to a file
// and to systemd-coredump, twins core_pattern piping to a file server (sysctl.d and sysctl -w) and a written helper,
// kernel.modprobe naming a written helper; sshd hardening, PermitUserEnvironment, SetEnv/AcceptEnv locale (twin SetEnv
// LD_PRELOAD); pam_env DEFAULT=, /etc/zshenv and /etc/csh.cshrc (twin setenv LD_PRELOAD), crudini on dnf.conf (twin
// DefaultEnvironment LD_PRELOAD), grub2-editenv kernelopts and /etc/kernel/cmdline (twin init=/bin/bash), auditd rules,
// node_exporter on loopback, masking rpcbind, journald size.
// Results: insecure refused 20 of 22, secure clean 31 of 35.
// Misses by class:
//   - INSECURE, AWS secret reads: cloudfront:ListDistributions and ListDistributionsByWebACLId return
//     DistributionSummary, whose Origins carry CustomHeaders (the origin secret round 73 listed GetDistribution/
//     GetDistributionConfig for); judge.ts isHarmlessRead accepts them (cloudfront not secret-bearing, not in
//     SECRET_READS) (2 cases).
//   - secure, AWS reads of fail-closed services: glue:ListJobs (names), amplify:ListDomainAssociations/ListJobs,
//     lambda:GetAccountSettings/ListEventSourceMappings, sagemaker:ListProcessingJobs/ListTrainingJobs (summaries)
//     refused "no workload of the custody model has this identity": not in READS_WITHOUT_SECRET (4 cases).
// Held: every other secure variant accepted clean and every other twin refused. Pinned as accepted by design (README
// DECIDED round 49, unread root programs): core_pattern / kernel.modprobe naming a helper the user data never wrote,
// and the same helper started directly; PermitUserEnvironment yes (own session only). First written as a secure case
// and rightly refused: glue:GetJobRuns (JobRun.Arguments).
import { describeVariants, doc, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { namespace } from "./variantBuilders";

const { node } = secureCaseBuilders("rt73s");
const file = heredocFile;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
/** What a refusal of a node's user data names. */
const NODE =
    /serv|process|unread|kubernetes|listen|writes|cron|program|environment|LD_|loader|preload|PATH|exec|kernel|setenv|boot|console|core|ssh/;

/** An extra tag on the committed resource `name` of `type`. */
const tag = (r: Resources, type: string, name: string, tags: Record<string, string>) => {
    const res = find(r, type, name);
    setProp(res, "tags", { ...((prop(res, "tags") as Record<string, string>) ?? {}), ...tags });
};

/** Another team's Pod Identity role pinned to cluster, namespace and ServiceAccount, and its association. */
const teamPodIdentity = (r: Resources, ns: string, sa: string, name: string, statements: object[]) => {
    const arn = `arn:aws:iam::${ACCOUNT["pod-identity"]}:role/${name}`;
    beside(r, "pod-identity", "aws:iam/role:Role", name, {
        name,
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-arn": "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators",
                    "aws:RequestTag/kubernetes-namespace": ns,
                    "aws:RequestTag/kubernetes-service-account": sa,
                },
            },
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });
    beside(r, "pod-identity", "aws:eks/podIdentityAssociation:PodIdentityAssociation", `${name}-association`, {
        clusterName: "prod-validators",
        namespace: ns,
        serviceAccount: sa,
        roleArn: arn,
    });
};

/** A dev AWS Backup plan (vault `vault`, optional copy to `copyTo`) selecting the signer tables. */
const tableBackups = (r: Resources, copyTo?: string) => {
    const vaultArn = `arn:aws:backup:us-east-1:${ACCOUNT.dev}:backup-vault:rt73s-vault`;
    beside(r, "dev", "aws:backup/vault:Vault", "rt73s-vault", {
        name: "rt73s-vault",
        arn: vaultArn,
        kmsKeyArn: prop(find(r, KEY, "signer-tables-cmk"), "arn"),
    });
    const planId = "rt73s-plan-id";
    beside(r, "dev", "aws:backup/plan:Plan", "rt73s-plan", {
        name: "rt73s-plan",
        id: planId,
        arn: `arn:aws:backup:us-east-1:${ACCOUNT.dev}:backup-plan:${planId}`,
        rules: [
            {
                ruleName: "daily",
                targetVaultName: "rt73s-vault",
                schedule: "cron(0 5 * * ? *)",
                lifecycle: { deleteAfter: 35 },
                ...(copyTo ? { copyActions: [{ destinationVaultArn: copyTo, lifecycle: { deleteAfter: 35 } }] } : {}),
            },
        ],
    });
    beside(r, "dev", "aws:backup/selection:Selection", "rt73s-selection", {
        name: "rt73s-selection",
        planId,
        iamRoleArn: `arn:aws:iam::${ACCOUNT.dev}:role/service-role/AWSBackupDefaultServiceRole`,
        resources: devTables(r),
    });
};
const devTables = (r: Resources) =>
    ["anti-slashing", "signer-state", "keystore"].map(t => prop(find(r, TABLE, `signer-tables-${t}`), "arn") as string);

const CASES: StackCase[] = [
    // ================= Tags (AWS KMS developer guide, "Tagging keys": tags are metadata, grant nothing unless a
    // policy's aws:ResourceTag condition reads them; the committed policies have none) =================
    {
        stack: "dev",
        name: "T: cost-centre and owner tags on every share key and the tables' CMK",
        edit: r => {
            for (const k of [
                "signer-shares-share-1",
                "signer-shares-share-2",
                "signer-shares-share-3",
                "signer-tables-cmk",
            ])
                tag(r, KEY, k, { CostCentre: "custody", Owner: "platform" });
        },
    },
    {
        stack: "prod",
        name: "T: backup and data-class tags on the signer tables",
        edit: r => {
            for (const t of ["anti-slashing", "signer-state", "keystore"])
                tag(r, TABLE, `signer-tables-${t}`, { DataClass: "restricted", Backup: "daily" });
        },
    },

    // ================= AWS: harmless reads, neighbours of round 73's listed secret reads =================
    // Firehose API Reference, ListDeliveryStreams: "Lists your Firehose streams" (names only; the HEC token is in
    // DescribeDeliveryStream's SplunkDestinationDescription); PutRecordBatch writes a log stream.
    {
        stack: "curity",
        name: "A: a log-shipping role: firehose:ListDeliveryStreams, PutRecord, PutRecordBatch",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt73s-ship", [
                allow(["firehose:ListDeliveryStreams", "firehose:PutRecord", "firehose:PutRecordBatch"], "*"),
            ]),
    },
    {
        stack: "curity",
        name: "AI: the log-shipping role may also firehose:DescribeDeliveryStream (Splunk HEC token)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt73s-ship", [
                allow(["firehose:ListDeliveryStreams", "firehose:DescribeDeliveryStream"], "*"),
            ]),
        refused: /firehose:DescribeDeliveryStream/i,
    },
    // Pinpoint API Reference, GetChannels: ChannelResponse (enabled, version, dates; no Credential);
    // GetGcmChannel: GCMChannelResponse.Credential, "The Web API Key, also referred to as an API_KEY or server key".
    {
        stack: "trust-domain",
        name: "A: a messaging audit role: mobiletargeting:GetApps, GetChannels (no credentials)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt73s-pinpoint", [
                allow(["mobiletargeting:GetApps", "mobiletargeting:GetChannels"], "*"),
            ]),
    },
    {
        stack: "trust-domain",
        name: "AI: the messaging audit role may also mobiletargeting:GetGcmChannel (the server key)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt73s-pinpoint", [
                allow(["mobiletargeting:GetApps", "mobiletargeting:GetGcmChannel"], "*"),
            ]),
        refused: /mobiletargeting:GetGcmChannel/i,
    },
    // Direct Connect API Reference, DescribeConnections / DescribeLocations: no BGP authKey (only
    // DescribeVirtualInterfaces' BGPPeer.authKey).
    {
        stack: "cross-account",
        name: "A: a network on-call role: directconnect:DescribeConnections, DescribeLocations",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt73s-dx", [
                allow(["directconnect:DescribeConnections", "directconnect:DescribeLocations"], "*"),
            ]),
    },
    {
        stack: "cross-account",
        name: "AI: the network on-call role may also directconnect:DescribeVirtualInterfaces (BGP authKey)",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt73s-dx", [
                allow(["directconnect:DescribeConnections", "directconnect:DescribeVirtualInterfaces"], "*"),
            ]),
        refused: /directconnect:DescribeVirtualInterfaces/i,
    },
    // CloudFront API Reference, ListDistributions: DistributionSummary carries Origins (Origin.CustomHeaders: the
    // origin custom headers, the same secret GetDistributionConfig returns). ListCachePolicies: cache policies only.
    {
        stack: "basil",
        name: "A: a CDN audit role: cloudfront:ListCachePolicies, ListOriginRequestPolicies",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt73s-cdn", [
                allow(["cloudfront:ListCachePolicies", "cloudfront:ListOriginRequestPolicies"], "*"),
            ]),
    },
    // Was a MISS (fixed in round 74): (insecure accepted) CloudFront API Reference, ListDistributions returns DistributionList.Items of
    // DistributionSummary, whose Origins carry each Origin's CustomHeaders (OriginCustomHeader HeaderName/HeaderValue:
    // the shared secret an origin checks, the very value round 73 listed cloudfront:GetDistributionConfig and
    // GetDistribution for). The attacker reads the origin secret and reaches the origin directly, bypassing WAF and
    // signed URLs. The pack: judge.ts SECRET_READS lists GetDistribution/GetDistributionConfig only and cloudfront is
    // not a SECRET_BEARING_SERVICE, so isHarmlessRead accepts ListDistributions. Fix: add to SECRET_READS
    // every cloudfront:ListDistributions* whose response is a DistributionList of DistributionSummary (ListDistributions,
    // ByWebACLId, ByRealtimeLogConfig, ByVpcOriginId, ByAnycastIpListId, ByConnectionMode...; check each in the API
    // Reference: ByCachePolicyId/ByKeyGroup/ByOriginRequestPolicyId/ByResponseHeadersPolicyId return ids only).
    {
        stack: "basil",
        name: "AI: the CDN audit role may also cloudfront:ListDistributions (Origins' CustomHeaders in each summary)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt73s-cdn", [
                allow(["cloudfront:ListCachePolicies", "cloudfront:ListDistributions"], "*"),
            ]),
        refused: /cloudfront:ListDistributions/i,
    },
    // Was a MISS (fixed in round 74): (insecure accepted) the same DistributionList, by CloudFront API Reference ListDistributionsByWebACLId
    // ("List the distributions that are associated with a specified WAF web ACL"; response DistributionList of
    // DistributionSummary, Origins' CustomHeaders included). Same fix as ListDistributions.
    {
        stack: "basil",
        name: "AI: the CDN audit role may also cloudfront:ListDistributionsByWebACLId (DistributionSummary again)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt73s-cdn", [
                allow(["cloudfront:ListCachePolicies", "cloudfront:ListDistributionsByWebACLId"], "*"),
            ]),
        refused: /cloudfront:ListDistributionsByWebACLId/i,
    },
    // Glue API Reference, GetJobs/BatchGetJobs: Job objects with DefaultArguments (the same field GetJob returns,
    // listed); ListJobs: names only.
    // Glue API Reference, ListJobs: "Retrieves the names of all job resources in this Amazon Web Services account"
    // (JobNames only).
    // Was a MISS (fixed in round 74): (secure refused) glue is in CODE_CONFIG_SERVICES (judge.ts), whose reads fail closed unless
    // READS_WITHOUT_SECRET names them, and glue:ListJobs is not named: custody-effective-access refuses the role "no
    // workload of the custody model has this identity". Harmless: names only. Fix: add glue:listjobs (and
    // glue:listcrawlers, glue:listtriggers: names) to READS_WITHOUT_SECRET.
    {
        stack: "prod",
        name: "A: a data-platform audit role: glue:ListJobs (job names only)",
        edit: r => opsRole(r, "prod", ACCOUNT.prod, "rt73s-glue", [allow(["glue:ListJobs"], "*")]),
    },
    // Glue API Reference, GetJobRuns: JobRuns[].Arguments, "The job arguments associated with this run" (the run's
    // --key value arguments, where teams pass credentials): first written as a secure case, rightly refused.
    {
        stack: "prod",
        name: "AI: the data-platform audit role with glue:GetJobRuns (each run's Arguments) and GetDatabases",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt73s-glue", [
                allow(["glue:ListJobs", "glue:GetJobRuns", "glue:GetDatabases"], "*"),
            ]),
        refused: /glue:GetJobRuns|rt73s-glue/,
    },
    // Glue API Reference, GetJobs: Jobs[] with DefaultArguments (the same field as GetJob, in SECRET_READS).
    {
        stack: "prod",
        name: "AI: the data-platform audit role may also glue:GetJobs (every job's DefaultArguments)",
        edit: r => opsRole(r, "prod", ACCOUNT.prod, "rt73s-glue", [allow(["glue:ListJobs", "glue:GetJobs"], "*")]),
        refused: /glue:GetJobs/i,
    },
    // Amplify API Reference, ListBranches: Branch objects with environmentVariables and basicAuthCredentials (the same
    // fields GetBranch returns, listed); ListDomainAssociations: domains only.
    // Was a MISS (fixed in round 74): (secure refused) amplify is in CODE_CONFIG_SERVICES (judge.ts) and READS_WITHOUT_SECRET names none of
    // its reads. Amplify API Reference, ListDomainAssociations: DomainAssociation (domain, certificate verification
    // DNS record, subdomains); ListJobs: JobSummary (commit id, status, times): no environment variables, no basic-auth.
    // Fix: add amplify:listdomainassociations, amplify:listjobs to READS_WITHOUT_SECRET (never listbranches/getbranch).
    {
        stack: "pod-identity",
        name: "A: a web-hosting audit role: amplify:ListDomainAssociations, ListJobs",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt73s-amplify", [
                allow(["amplify:ListDomainAssociations", "amplify:ListJobs"], "*"),
            ]),
    },
    {
        stack: "pod-identity",
        name: "AI: the web-hosting audit role may also amplify:ListBranches (environment variables, basic-auth)",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt73s-amplify", [
                allow(["amplify:ListDomainAssociations", "amplify:ListBranches"], "*"),
            ]),
        refused: /amplify:ListBranches/i,
    },
    // Lambda API Reference, GetAccountSettings / ListEventSourceMappings: limits and mappings; GetFunctionConfiguration:
    // FunctionConfiguration.Environment.Variables (and GetFunction: Code.Location, a presigned URL of the code).
    // Was a MISS (fixed in round 74): (secure refused) lambda is in SECRET_BEARING_SERVICES (judge.ts) and READS_WITHOUT_SECRET names none
    // of its reads. Lambda API Reference, GetAccountSettings: AccountLimit / AccountUsage (quotas, code size used);
    // ListEventSourceMappings: EventSourceMappingConfiguration (source ARN, batch settings, secret ARNs in
    // SourceAccessConfigurations, never their values). Fix: add lambda:getaccountsettings,
    // lambda:listeventsourcemappings to READS_WITHOUT_SECRET (never listfunctions/listversionsbyfunction/
    // getfunction*: FunctionConfiguration.Environment).
    {
        stack: "dev",
        name: "A: a serverless audit role: lambda:GetAccountSettings, ListEventSourceMappings",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt73s-lambda", [
                allow(["lambda:GetAccountSettings", "lambda:ListEventSourceMappings"], "*"),
            ]),
    },
    {
        stack: "dev",
        name: "AI: the serverless audit role may also lambda:GetFunctionConfiguration (environment variables)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt73s-lambda", [
                allow(["lambda:GetAccountSettings", "lambda:GetFunctionConfiguration"], "*"),
            ]),
        refused: /lambda:GetFunctionConfiguration/i,
    },
    // SageMaker API Reference, DescribeProcessingJob: Environment map (like DescribeTrainingJob, listed);
    // ListProcessingJobs: summaries.
    // Was a MISS (fixed in round 74): (secure refused) sagemaker is in CODE_CONFIG_SERVICES (judge.ts). SageMaker API Reference,
    // ListProcessingJobs: ProcessingJobSummary (name, ARN, status, times, exit message); ListTrainingJobs:
    // TrainingJobSummary: no Environment (only the Describe* calls return it). Fix: add sagemaker:listprocessingjobs,
    // sagemaker:listtrainingjobs to READS_WITHOUT_SECRET.
    {
        stack: "basil",
        name: "A: an ML audit role: sagemaker:ListProcessingJobs, ListTrainingJobs",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt73s-ml", [
                allow(["sagemaker:ListProcessingJobs", "sagemaker:ListTrainingJobs"], "*"),
            ]),
    },
    {
        stack: "basil",
        name: "AI: the ML audit role may also sagemaker:DescribeProcessingJob (its Environment)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt73s-ml", [
                allow(["sagemaker:ListProcessingJobs", "sagemaker:DescribeProcessingJob"], "*"),
            ]),
        refused: /sagemaker:DescribeProcessingJob/i,
    },
    // WAF Classic API Reference, GetChangeToken (cleared in round 73) beside wafv2 reads: rules, no secret.
    // DECIDED (round 75): wafv2:GetWebACL returns the rules' match statements with their values
    // (ByteMatchStatement.SearchString), and AWS Security Blog, "How to enhance Amazon CloudFront origin security with
    // AWS WAF and AWS Secrets Manager", keeps CloudFront's secret origin header there (redteam75-aws): a secret read,
    // so this case moved to the refused side; its secure twin (below) keeps ListWebACLs.
    {
        stack: "curity",
        name: "AI: a WAF audit role: waf:GetChangeToken, wafv2:ListWebACLs, GetWebACL (its rules' match values)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt73s-waf", [
                allow(["waf:GetChangeToken", "wafv2:ListWebACLs", "wafv2:GetWebACL"], "*"),
            ]),
        refused: /wafv2:GetWebACL/,
    },
    {
        stack: "curity",
        name: "A: a WAF audit role: waf:GetChangeToken, wafv2:ListWebACLs",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt73s-waf", [
                allow(["waf:GetChangeToken", "wafv2:ListWebACLs"], "*"),
            ]),
    },
    // Athena API Reference, ListSessions/GetSessionStatus (cleared); ListWorkGroups: names.
    {
        stack: "trust-domain",
        name: "A: an analytics audit role: athena:ListSessions, GetSessionStatus, ListWorkGroups",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt73s-athena", [
                allow(["athena:ListSessions", "athena:GetSessionStatus", "athena:ListWorkGroups"], "*"),
            ]),
    },
    // CloudWatch Logs: a logging role writing its own log group.
    {
        stack: "prod",
        name: "A: a logging role: logs:CreateLogStream, PutLogEvents on its own group",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt73s-logging", [
                allow(
                    ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                    `arn:aws:logs:us-east-1:${ACCOUNT.prod}:log-group:/ops/rt73s:*`,
                ),
            ]),
    },

    // ================= Backups of the custody tables (AWS Backup developer guide, "Creating backup copies across
    // AWS accounts": a copy in another account's vault can be restored there) =================
    {
        stack: "dev",
        name: "B: an AWS Backup plan of the signer tables into an own-account vault encrypted with the tables' CMK",
        edit: r => tableBackups(r),
    },
    {
        stack: "dev",
        name: "B: the same plan copying to a second vault of the same account (another region)",
        edit: r => tableBackups(r, `arn:aws:backup:us-west-2:${ACCOUNT.dev}:backup-vault:rt73s-dr`),
    },
    {
        stack: "dev",
        name: "BI: the same plan copying to a vault of account 999999999999",
        edit: r => tableBackups(r, "arn:aws:backup:us-west-2:999999999999:backup-vault:rt73s-dr"),
        refused: /999999999999|copies/,
    },

    // ================= Pod Identity in its pinned form (EKS user guide, "Assign an IAM role to a Kubernetes
    // service account": trust pods.eks.amazonaws.com with sts:AssumeRole and sts:TagSession; the session tags
    // eks-cluster-arn, kubernetes-namespace, kubernetes-service-account pin it) =================
    {
        stack: "pod-identity",
        name: "P: the CloudWatch agent's pinned Pod Identity role (amazon-cloudwatch/cloudwatch-agent): metrics, own logs",
        edit: r =>
            teamPodIdentity(r, "amazon-cloudwatch", "cloudwatch-agent", "rt73s-cwagent", [
                allow(["cloudwatch:PutMetricData", "ec2:DescribeTags", "ec2:DescribeVolumes"], "*"),
                allow(
                    ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                    `arn:aws:logs:eu-west-1:${ACCOUNT["pod-identity"]}:log-group:/aws/containerinsights/prod-validators/*`,
                ),
            ]),
    },
    {
        stack: "pod-identity",
        name: "PI: the CloudWatch agent's pinned Pod Identity role with kms:Decrypt instead of ec2:DescribeVolumes",
        edit: r =>
            teamPodIdentity(r, "amazon-cloudwatch", "cloudwatch-agent", "rt73s-cwagent", [
                allow(["cloudwatch:PutMetricData", "ec2:DescribeTags", "kms:Decrypt"], "*"),
            ]),
        refused: /rt73s-cwagent|kms:Decrypt/,
    },
    {
        stack: "pod-identity",
        name: "PI: the CloudWatch agent's pinned Pod Identity role with sts:AssumeRole instead of ec2:DescribeVolumes",
        edit: r =>
            teamPodIdentity(r, "amazon-cloudwatch", "cloudwatch-agent", "rt73s-cwagent", [
                allow(["cloudwatch:PutMetricData", "ec2:DescribeTags", "sts:AssumeRole"], "*"),
            ]),
        refused: /rt73s-cwagent|AssumeRole/,
    },

    // ================= Kubernetes: an extra namespace =================
    {
        stack: "dev",
        name: "K: an extra monitoring namespace enforcing Pod Security restricted, no workloads",
        edit: r => namespace(r, "monitoring"),
    },
    {
        stack: "prod",
        name: "K: an extra logging namespace enforcing Pod Security baseline",
        edit: r => namespace(r, "logging", "baseline"),
    },

    // ================= Nodes: hardening via user data, neighbours of round 73's node fixes =================
    // sysctl.d(5), core(5): a core_pattern naming a file only names where cores go; one beginning with `|` is "a
    // program ... executed" "as the user and group root" on every crash.
    node("sysctl-hardening", "/etc/sysctl.d/90-hardening.conf: kptr_restrict, dmesg_restrict, core_pattern file", [
        ...file("/etc/sysctl.d/90-hardening.conf", [
            "kernel.kptr_restrict = 2",
            "kernel.dmesg_restrict = 1",
            "fs.suid_dumpable = 0",
            "kernel.core_pattern = /var/crash/core.%e.%p",
            "net.ipv4.conf.all.rp_filter = 1",
        ]),
        "sysctl --system",
    ]),
    // systemd-coredump(8): AL2023's own core_pattern, "|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h".
    node("sysctl-coredump", "/etc/sysctl.d/50-coredump.conf restating systemd-coredump as the core_pattern", [
        ...file("/etc/sysctl.d/50-coredump.conf", [
            "kernel.core_pattern=|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h",
        ]),
        "sysctl --system",
    ]),
    // core(5), "Piping core dumps to a program": when core_pattern begins with `|` "the remainder of the line is
    // interpreted as the command-line for a user-space program (or script) that is to be executed"; it "runs as the
    // user and group root", in the initial namespaces. Any pod that crashes itself (kill -SEGV $$) makes the kernel
    // start the program. Held: the pack reads core_pattern as a root command line (a file server of /etc/kubernetes).
    node(
        "sysctl-core-pipe",
        "/etc/sysctl.d/90-hardening.conf: core_pattern = |/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes",
        [
            ...file("/etc/sysctl.d/90-hardening.conf", [
                "kernel.kptr_restrict = 2",
                "kernel.core_pattern = |/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes",
            ]),
            "sysctl --system",
        ],
        NODE,
    ),
    // The same by `sysctl -w` (sysctl(8)): held.
    node(
        "sysctl-w-core-pipe",
        "sysctl -w 'kernel.core_pattern=|/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes'",
        ["sysctl -w 'kernel.core_pattern=|/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes'"],
        NODE,
    ),
    // core(5) again, with a helper the user data never wrote, beside the same helper started directly: both accepted
    // alike, by design (README, DECIDED round 49: no blanket refusal of root programs the pack does not read; nearly
    // every user data runs some): pinned, counted secure.
    node(
        "sysctl-core-pipe-unread",
        "/etc/sysctl.d/90-hardening.conf: kernel.core_pattern = |/opt/ops/dump.sh %p (a helper the pack never read)",
        [
            ...file("/etc/sysctl.d/90-hardening.conf", [
                "kernel.kptr_restrict = 2",
                "kernel.core_pattern = |/opt/ops/dump.sh %p",
            ]),
            "sysctl --system",
        ],
    ),
    node("run-unread", "nohup /opt/ops/dump.sh & (the same unread helper started directly)", [
        "nohup /opt/ops/dump.sh >/var/log/dump.log 2>&1 &",
    ]),
    // The helper written by the user data itself, serving /etc/kubernetes: core_pattern names it.
    node(
        "core-pipe-written",
        "core_pattern = |/opt/ops/dump.sh, dump.sh written to cd /etc/kubernetes && python3 -m http.server 8001",
        [
            ...file("/opt/ops/dump.sh", ["#!/bin/sh", "cd /etc/kubernetes && exec python3 -m http.server 8001"]),
            "chmod 0755 /opt/ops/dump.sh",
            ...file("/etc/sysctl.d/90-hardening.conf", ["kernel.core_pattern = |/opt/ops/dump.sh %p"]),
            "sysctl --system",
        ],
        NODE,
    ),
    // The same written helper named by kernel.modprobe (admin-guide sysctl/kernel.rst "modprobe": the usermode helper
    // the kernel runs as root to autoload a module; a pod triggers it with socket(2) of an unloaded family).
    node(
        "modprobe-written",
        "kernel.modprobe = /opt/ops/mp, mp written to cd /etc/kubernetes && python3 -m http.server 8001",
        [
            ...file("/opt/ops/mp", ["#!/bin/sh", "cd /etc/kubernetes && exec python3 -m http.server 8001"]),
            "chmod 0755 /opt/ops/mp",
            ...file("/etc/sysctl.d/90-hardening.conf", ["kernel.modprobe = /opt/ops/mp"]),
            "sysctl --system",
        ],
        NODE,
    ),
    // kernel.modprobe naming a helper the user data never wrote: accepted like any unread root program (README,
    // DECIDED round 49); pinned, counted secure.
    node("sysctl-d-modprobe", "/etc/sysctl.d/90-hardening.conf: kernel.modprobe = /opt/ops/mp", [
        ...file("/etc/sysctl.d/90-hardening.conf", ["kernel.dmesg_restrict = 1", "kernel.modprobe = /opt/ops/mp"]),
        "sysctl --system",
    ]),
    node("sysctl-modprobe", "sysctl -w kernel.modprobe=/opt/ops/mp (the kernel runs it as root to load modules)", [
        "sysctl -w kernel.modprobe=/opt/ops/mp",
    ]),
    // sshd_config(5): PermitRootLogin, PasswordAuthentication, ClientAliveInterval; PermitUserEnvironment yes lets
    // ~/.ssh/environment set LD_PRELOAD for the session.
    node("sshd-hardening", "/etc/ssh/sshd_config.d/90-hardening.conf: no root login, no passwords", [
        ...file("/etc/ssh/sshd_config.d/90-hardening.conf", [
            "PermitRootLogin no",
            "PasswordAuthentication no",
            "ClientAliveInterval 300",
            "MaxAuthTries 3",
        ]),
        "systemctl reload sshd",
    ]),
    // sshd_config(5), PermitUserEnvironment: the user's own ~/.ssh/environment for the user's own session ("may
    // enable users to bypass access restrictions ... using mechanisms such as LD_PRELOAD"): written as a twin, but the
    // user only changes their own processes (setuid programs ignore LD_PRELOAD, ld.so(8) secure-execution mode), and
    // a node SSH user already runs code as itself: no custody gain; accepted, rightly.
    node("sshd-user-env", "/etc/ssh/sshd_config.d/90-hardening.conf: PermitUserEnvironment yes (own session only)", [
        ...file("/etc/ssh/sshd_config.d/90-hardening.conf", ["PermitRootLogin no", "PermitUserEnvironment yes"]),
        "systemctl reload sshd",
    ]),
    // sshd_config(5), SetEnv: "Specifies one or more environment variables to set in child sessions started by
    // sshd(8)" (every login, root's included); AcceptEnv: which variables a client may send (LANG LC_* is the
    // distribution default). Neighbours of round 73's SetEnv/AcceptEnv fix.
    node("sshd-setenv-locale", "/etc/ssh/sshd_config.d/90-env.conf: SetEnv TZ=UTC LANG=C.UTF-8; AcceptEnv LANG LC_*", [
        ...file("/etc/ssh/sshd_config.d/90-env.conf", ["SetEnv TZ=UTC LANG=C.UTF-8", "AcceptEnv LANG LC_*"]),
        "systemctl reload sshd",
    ]),
    node(
        "sshd-setenv-preload",
        "/etc/ssh/sshd_config.d/90-env.conf: SetEnv TZ=UTC LD_PRELOAD=/opt/ops/hook.so (every session, root's too)",
        [
            ...file("/etc/ssh/sshd_config.d/90-env.conf", [
                "SetEnv TZ=UTC LD_PRELOAD=/opt/ops/hook.so",
                "AcceptEnv LANG LC_*",
            ]),
            "systemctl reload sshd",
        ],
        NODE,
    ),
    // pam_env.conf(5): VARIABLE DEFAULT=value OVERRIDE=value.
    node("pam-env-tz", "/etc/security/pam_env.conf: TZ DEFAULT=UTC, LANG DEFAULT=C.UTF-8", [
        "echo 'TZ DEFAULT=UTC' >> /etc/security/pam_env.conf",
        "echo 'LANG DEFAULT=C.UTF-8' >> /etc/security/pam_env.conf",
    ]),
    node(
        "pam-env-preload",
        "/etc/security/pam_env.conf: LD_PRELOAD DEFAULT=/opt/ops/hook.so",
        ["echo 'LD_PRELOAD DEFAULT=/opt/ops/hook.so' >> /etc/security/pam_env.conf"],
        NODE,
    ),
    // zsh(1) STARTUP/SHUTDOWN FILES: /etc/zshenv is read by every zsh; csh(1): /etc/csh.cshrc.
    node("zshenv-tz", "/etc/zshenv: export TZ=UTC; /etc/csh.cshrc: setenv TZ UTC", [
        "echo 'export TZ=UTC' >> /etc/zshenv",
        "echo 'setenv TZ UTC' >> /etc/csh.cshrc",
    ]),
    node(
        "cshrc-preload",
        "/etc/csh.cshrc: setenv LD_PRELOAD /opt/ops/hook.so",
        ["echo 'setenv TZ UTC' >> /etc/csh.cshrc", "echo 'setenv LD_PRELOAD /opt/ops/hook.so' >> /etc/csh.cshrc"],
        NODE,
    ),
    // crudini(1) --set FILE SECTION PARAM VALUE; dnf.conf(5) [main]; systemd-system.conf(5) DefaultEnvironment=.
    node("crudini-dnf", "crudini --set /etc/dnf/dnf.conf main max_parallel_downloads 10", [
        "crudini --set /etc/dnf/dnf.conf main max_parallel_downloads 10",
    ]),
    node(
        "crudini-default-env",
        "crudini --set /etc/systemd/system.conf Manager DefaultEnvironment LD_PRELOAD=/opt/ops/hook.so",
        ["crudini --set /etc/systemd/system.conf Manager DefaultEnvironment LD_PRELOAD=/opt/ops/hook.so"],
        NODE,
    ),
    // grub2-editenv(1): `set kernelopts=...` (BLS entries' $kernelopts); audit=1 is an ordinary argument,
    // init=/bin/bash replaces init with a root shell (kernel-parameters).
    node("grub2-editenv-audit", "grub2-editenv - set kernelopts='root=/dev/nvme0n1p1 ro console=ttyS0 audit=1'", [
        'grub2-editenv - set "kernelopts=root=/dev/nvme0n1p1 ro console=ttyS0 audit=1"',
    ]),
    node(
        "grub2-editenv-init",
        "grub2-editenv - set kernelopts='root=/dev/nvme0n1p1 ro init=/bin/bash'",
        ['grub2-editenv - set "kernelopts=root=/dev/nvme0n1p1 ro init=/bin/bash"'],
        NODE,
    ),
    // /etc/kernel/cmdline (kernel-install(8)): the same two.
    node("kernel-cmdline-audit", "/etc/kernel/cmdline: root=... ro console=ttyS0 audit=1", [
        "echo 'root=/dev/nvme0n1p1 ro console=ttyS0 audit=1' > /etc/kernel/cmdline",
    ]),
    // auditd: audit rules watching /etc/kubernetes (auditctl(8), audit.rules(7)).
    node("auditd-rules", "/etc/audit/rules.d/custody.rules watching /etc/kubernetes; augenrules --load", [
        ...file("/etc/audit/rules.d/custody.rules", [
            "-w /etc/kubernetes/ -p wa -k kube-config",
            "-w /etc/eks/ -p wa -k eks-config",
        ]),
        "augenrules --load",
    ]),
    // A monitoring agent: node_exporter on loopback as nobody.
    node("node-exporter-loopback", "node_exporter unit: User=nobody, --web.listen-address=127.0.0.1:9100", [
        ...file("/etc/systemd/system/node-exporter.service", [
            "[Unit]",
            "Description=node exporter",
            "[Service]",
            "User=nobody",
            "ExecStart=/usr/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "systemctl daemon-reload",
        "systemctl enable --now node-exporter.service",
    ]),
    // Disabling services (systemctl(1) mask) and a journald size cap (journald.conf(5)).
    node("mask-and-journald", "systemctl mask rpcbind; journald.conf.d SystemMaxUse=500M", [
        "systemctl mask --now rpcbind.service rpcbind.socket",
        "mkdir -p /etc/systemd/journald.conf.d",
        ...file("/etc/systemd/journald.conf.d/size.conf", ["[Journal]", "SystemMaxUse=500M"]),
        "systemctl restart systemd-journald",
    ]),
];

describeVariants(
    "red team 73: secure variants of the committed stacks and their insecure twins",
    CASES.filter(c => c.refused),
    CASES.filter(c => !c.refused),
);
