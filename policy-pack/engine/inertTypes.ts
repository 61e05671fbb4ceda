/**
 * The resource types the pack accepts where it cannot follow them with its engine: inside a CloudFormation template
 * (a Stack's or StackSet's templateBody), as a Cloud Control resource (typeName + desiredState) or through the
 * aws-native provider (which is Cloud Control: Pulumi registry, aws-native, "manage any AWS resource that's supported
 * by the AWS Cloud Control API"). It is an ALLOWLIST (engine/opaque.ts refuses every other type): each entry is a type
 * that neither grants access, nor runs code on nodes, nor copies or exposes data, with the properties it may carry
 * (CloudFormation User Guide, "AWS resource and property types reference", each type's page) and, where one of them
 * could point somewhere else, a check of that property. A property not listed (one AWS adds later, such as
 * AWS::Logs::LogGroup ResourcePolicyDocument) is refused: it is not one the pack has judged.
 *
 * Left off on purpose: AWS::Logs::SubscriptionFilter and Destination (stream log events out), AWS::Events::Rule
 * targets other than SNS topics and log groups of the account (Lambda, SSM Run Command, ECS tasks, other buses),
 * AWS::Budgets::BudgetsAction (applies IAM policies and SCPs), AWS::Config::RemediationConfiguration (runs SSM
 * Automation), AWS::SNS::TopicPolicy, everything Backup but the vault, and every type that names a role.
 */

type Props = Record<string, unknown>;

/** What a check needs to know: the accounts "same account" means, and the template's other resources. */
export interface InertContext {
    /** Whether an account is the resource's own (its provider's, else one the stack deploys to). */
    ownAccount(account: string): boolean;
    /** The template's resources by logical ID → type (a Ref/GetAtt target), when inside a template. */
    templateTypes?: ReadonlyMap<string, string>;
}

interface InertType {
    /** Properties accepted (CloudFormation names; aws-native spells them camelCase, compared ignoring case). */
    props: string[];
    /** Why the value of a listed property is refused, if it is. */
    check?: (p: Props, ctx: InertContext) => string | undefined;
}

/** A property read ignoring case (CloudFormation `AlarmActions`, aws-native `alarmActions`). */
export function prop(p: unknown, name: string): unknown {
    if (p === null || typeof p !== "object" || Array.isArray(p)) return undefined;
    const want = name.toLowerCase();
    const key = Object.keys(p).find(k => k.toLowerCase() === want);
    return key === undefined ? undefined : (p as Props)[key];
}

const absent = (v: unknown): boolean => v === undefined || v === null;
const asList = (v: unknown): unknown[] => (absent(v) ? [] : Array.isArray(v) ? v : [v]);

/** Template resource types a Ref/GetAtt may name for each kind of target, and the attribute giving the ARN. */
const TARGET_TYPES: Record<"sns" | "logs", { type: string; ref: boolean; attrs: string[] }> = {
    // Ref of AWS::SNS::Topic returns the topic ARN; Ref of AWS::Logs::LogGroup its name (GetAtt Arn is the ARN).
    sns: { type: "AWS::SNS::Topic", ref: true, attrs: ["TopicArn"] },
    logs: { type: "AWS::Logs::LogGroup", ref: false, attrs: ["Arn"] },
};

/**
 * Whether `v` is an SNS topic or a log group (per `kinds`) of the resource's own account: a literal ARN, a Ref/GetAtt
 * of such a resource of the same template, or an Fn::Sub ARN whose account is ${AWS::AccountId}. Anything else
 * (another account, another service, a parameter, an Fn::If, an unknown) is not.
 */
function ownTarget(v: unknown, kinds: ("sns" | "logs")[], ctx: InertContext): boolean {
    if (typeof v === "string") {
        const m = /^arn:aws[a-z-]*:(sns|logs):[a-z0-9-]+:(\d{12}):/.exec(v);
        return m !== null && (kinds as string[]).includes(m[1]) && ctx.ownAccount(m[2]);
    }
    if (v === null || typeof v !== "object" || Array.isArray(v) || Object.keys(v).length !== 1) return false;
    const types = ctx.templateTypes;
    const ref = (v as Props).Ref;
    if (typeof ref === "string")
        return types !== undefined && kinds.some(k => TARGET_TYPES[k].ref && types.get(ref) === TARGET_TYPES[k].type);
    const getAtt = (v as Props)["Fn::GetAtt"];
    if (getAtt !== undefined) {
        const [id, attr] = typeof getAtt === "string" ? getAtt.split(".") : Array.isArray(getAtt) ? getAtt : [];
        return (
            types !== undefined &&
            typeof id === "string" &&
            kinds.some(k => types.get(id) === TARGET_TYPES[k].type && TARGET_TYPES[k].attrs.includes(String(attr)))
        );
    }
    const sub = (v as Props)["Fn::Sub"];
    if (typeof sub === "string") {
        const m =
            /^arn:(?:aws[a-z-]*|\$\{AWS::Partition\}):(sns|logs):(?:[a-z0-9-]+|\$\{AWS::Region\}):\$\{AWS::AccountId\}:/.exec(
                sub,
            );
        return m !== null && (kinds as string[]).includes(m[1]);
    }
    return false;
}

const NOT_OWN_TOPIC = "is not an SNS topic of this account";

/** Alarm actions: SNS topics of the account only (CloudWatch User Guide, "Alarm actions": an alarm can also invoke a Lambda function, stop or terminate instances, scale groups, open OpsItems). */
function alarmActions(p: Props, ctx: InertContext): string | undefined {
    for (const field of ["AlarmActions", "OKActions", "InsufficientDataActions"])
        for (const a of asList(prop(p, field)))
            if (!ownTarget(a, ["sns"], ctx)) return `its ${field} ${JSON.stringify(a)} ${NOT_OWN_TOPIC}`;
    return undefined;
}

/** SNS protocols that reach a person, not a system that could act on or forward what it receives. */
const PERSON_PROTOCOLS = new Set(["email", "email-json", "sms"]);
function personProtocol(v: unknown): string | undefined {
    return typeof v === "string" && PERSON_PROTOCOLS.has(v)
        ? undefined
        : `its Protocol ${JSON.stringify(v)} is not email or sms`;
}

/** Dashboard widgets that display (CloudWatch API Reference, "Dashboard Body Structure and Syntax"); not "custom". */
const DISPLAY_WIDGETS = new Set(["metric", "text", "log", "alarm", "explorer"]);

const TYPES: Record<string, InertType> = {
    // CloudWatch User Guide, "Using Amazon CloudWatch alarms": an alarm watches a metric; its actions are judged.
    "AWS::CloudWatch::Alarm": {
        props: [
            "ActionsEnabled",
            "AlarmActions",
            "AlarmDescription",
            "AlarmName",
            "ComparisonOperator",
            "DatapointsToAlarm",
            "Dimensions",
            "EvaluateLowSampleCountPercentile",
            "EvaluationPeriods",
            "ExtendedStatistic",
            "InsufficientDataActions",
            "MetricName",
            "Metrics",
            "Namespace",
            "OKActions",
            "Period",
            "Statistic",
            "Tags",
            "Threshold",
            "ThresholdMetricId",
            "TreatMissingData",
            "Unit",
            "Arn",
        ],
        check: alarmActions,
    },
    "AWS::CloudWatch::CompositeAlarm": {
        props: [
            "ActionsEnabled",
            "ActionsSuppressor",
            "ActionsSuppressorExtensionPeriod",
            "ActionsSuppressorWaitPeriod",
            "AlarmActions",
            "AlarmDescription",
            "AlarmName",
            "AlarmRule",
            "InsufficientDataActions",
            "OKActions",
            "Tags",
            "Arn",
        ],
        check: alarmActions,
    },
    // A dashboard shows metrics and logs to whoever may already read them; a "custom" widget instead invokes a Lambda
    // function (CloudWatch User Guide, "Use custom widgets on CloudWatch dashboards"), so a body with one is refused.
    "AWS::CloudWatch::Dashboard": {
        props: ["DashboardBody", "DashboardName"],
        check: p => {
            const raw = prop(p, "DashboardBody");
            let body: unknown = raw;
            if (typeof raw === "string") {
                try {
                    body = JSON.parse(raw);
                } catch {
                    return "its DashboardBody is not JSON the pack can read";
                }
            }
            if (absent(body)) return undefined;
            const widgets = prop(body, "widgets");
            if (!Array.isArray(widgets)) return "its DashboardBody has no widget list the pack can read";
            return widgets.some(w => !DISPLAY_WIDGETS.has(String(prop(w, "type")).toLowerCase()))
                ? "its DashboardBody has a widget that is not a metric, log, alarm, explorer or text widget (a custom widget invokes a Lambda function)"
                : undefined;
        },
    },
    // CloudWatch Logs User Guide, "Creating metrics from log events using filters": a metric filter makes numbers.
    "AWS::Logs::MetricFilter": {
        props: ["FilterName", "FilterPattern", "LogGroupName", "MetricTransformations", "ApplyOnTransformedLogs"],
    },
    // A log group, without KmsKeyId (a key the pack would not see used), ResourcePolicyDocument (grants access) or
    // DataProtectionPolicy (audit findings delivered to S3, Firehose or another log group).
    "AWS::Logs::LogGroup": {
        props: ["LogGroupName", "LogGroupClass", "RetentionInDays", "DeletionProtectionEnabled", "Tags", "Arn"],
    },
    // An SNS topic carries what is published to it; encrypted only with AWS's own key, subscribed (inline) by people.
    "AWS::SNS::Topic": {
        props: [
            "TopicName",
            "DisplayName",
            "FifoTopic",
            "ContentBasedDeduplication",
            "FifoThroughputScope",
            "SignatureVersion",
            "TracingConfig",
            "KmsMasterKeyId",
            "Subscription",
            "Tags",
            "TopicArn",
        ],
        check: p => {
            const key = prop(p, "KmsMasterKeyId");
            if (!absent(key) && key !== "alias/aws/sns")
                return `its KmsMasterKeyId ${JSON.stringify(key)} is not the AWS managed key alias/aws/sns`;
            for (const s of asList(prop(p, "Subscription"))) {
                const why = personProtocol(prop(s, "Protocol"));
                if (why !== undefined) return `a Subscription: ${why}`;
            }
            return undefined;
        },
    },
    "AWS::SNS::Subscription": {
        props: ["TopicArn", "Protocol", "Endpoint", "FilterPolicy", "FilterPolicyScope", "Region", "Arn"],
        check: p => personProtocol(prop(p, "Protocol")),
    },
    // EventBridge User Guide, "Event bus targets": a rule whose every target is an SNS topic or a log group of the
    // account, without a role or a dead-letter queue (other targets run code, commands on instances or forward events).
    "AWS::Events::Rule": {
        props: ["Name", "Description", "EventBusName", "EventPattern", "ScheduleExpression", "State", "Targets", "Arn"],
        check: (p, ctx) => {
            for (const t of asList(prop(p, "Targets"))) {
                const extra = Object.keys(t ?? {}).filter(
                    k =>
                        !["id", "arn", "input", "inputpath", "inputtransformer", "retrypolicy"].includes(
                            k.toLowerCase(),
                        ),
                );
                if (extra.length > 0) return `a target sets ${extra.join(", ")}`;
                if (!ownTarget(prop(t, "Arn"), ["sns", "logs"], ctx))
                    return `its target ${JSON.stringify(prop(t, "Arn"))} is not an SNS topic or log group of this account`;
            }
            return undefined;
        },
    },
    // AWS Config Developer Guide, "AWS Config Rules": AWS managed and Guard (CUSTOM_POLICY) rules evaluate; a
    // CUSTOM_LAMBDA rule invokes a function with configuration items.
    "AWS::Config::ConfigRule": {
        props: [
            "ConfigRuleName",
            "Description",
            "InputParameters",
            "MaximumExecutionFrequency",
            "Scope",
            "Source",
            "EvaluationModes",
            "Arn",
            "ConfigRuleId",
            "Compliance",
            "ComplianceType",
        ],
        check: p => {
            const owner = prop(prop(p, "Source"), "Owner");
            return owner === "AWS" || owner === "CUSTOM_POLICY"
                ? undefined
                : `its Source.Owner ${JSON.stringify(owner)} is not AWS or CUSTOM_POLICY`;
        },
    },
    // AWS Billing User Guide, "Managing your costs with AWS Budgets": a budget notifies; its actions are another type.
    "AWS::Budgets::Budget": {
        props: ["Budget", "NotificationsWithSubscribers", "ResourceTags", "Id", "AwsId"],
        check: (p, ctx) => {
            for (const n of asList(prop(p, "NotificationsWithSubscribers")))
                for (const s of asList(prop(n, "Subscribers"))) {
                    const kind = prop(s, "SubscriptionType");
                    if (kind === "EMAIL") continue;
                    if (kind === "SNS" && ownTarget(prop(s, "Address"), ["sns"], ctx)) continue;
                    return `a subscriber ${JSON.stringify(prop(s, "Address"))} is not an email or an SNS topic of this account`;
                }
            return undefined;
        },
    },
    // AWS Backup Developer Guide, "Backup vaults": a vault holds what plans put in it (plans and selections are judged
    // as aws:backup resources); without an AccessPolicy (who may use it) or EncryptionKeyArn (a key the pack would
    // not see used), notifying an SNS topic of the account.
    "AWS::Backup::BackupVault": {
        props: ["BackupVaultName", "BackupVaultTags", "LockConfiguration", "Notifications", "BackupVaultArn"],
        check: (p, ctx) => {
            const n = prop(p, "Notifications");
            return absent(n) || ownTarget(prop(n, "SNSTopicArn"), ["sns"], ctx)
                ? undefined
                : `its Notifications.SNSTopicArn ${NOT_OWN_TOPIC}`;
        },
    },
};

const BY_LOWER = new Map(Object.entries(TYPES).map(([k, v]) => [k.toLowerCase(), { name: k, ...v }]));

/** aws-native modules whose name is not the CloudFormation service's (aws-native `configuration` is AWS::Config). */
const NATIVE_MODULE_SERVICE: Record<string, string> = { configuration: "Config" };

/** The CloudFormation type of an aws-native token (`aws-native:cloudwatch:Alarm` → AWS::cloudwatch::Alarm). */
export function nativeTypeName(token: string): string | undefined {
    const [, module, name] = token.split(":");
    if (!module || !name) return undefined;
    return `AWS::${NATIVE_MODULE_SERVICE[module] ?? module}::${name}`;
}

/** Whether a type is on the list at all. */
export function isListedInert(type: string): boolean {
    return BY_LOWER.has(type.toLowerCase());
}

/**
 * Why a resource of `type` with properties `p` is not accepted, or undefined when it is. Outputs of an aws-native
 * resource carry its read-only attributes too (listed with the properties).
 */
export function inertRefusal(type: string, p: unknown, ctx: InertContext): string | undefined {
    const entry = BY_LOWER.get(type.toLowerCase());
    if (entry === undefined)
        return "it is not on the pack's list of types that neither grant access, run code on nodes, nor copy or expose data";
    if (p === undefined || p === null) return undefined;
    if (typeof p !== "object" || Array.isArray(p)) return "its properties are not an object the pack can read";
    const allowed = new Set(entry.props.map(k => k.toLowerCase()));
    // An absent property may come back as null in a provider's outputs: only set ones count.
    const extra = Object.keys(p).filter(k => !absent((p as Props)[k]) && !allowed.has(k.toLowerCase()));
    if (extra.length > 0) return `it sets ${extra.join(", ")}, which the pack does not accept on ${entry.name}`;
    return entry.check?.(p as Props, ctx);
}
