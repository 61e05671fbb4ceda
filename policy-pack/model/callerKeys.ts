/**
 * Condition keys whose value AWS sets from who calls or from where the call comes, never from the request's own
 * content (IAM User Guide, reference_policies_condition-keys: "Properties of the principal", "Properties of the
 * network", and the source keys "for service-to-service requests"), and kms:CallerAccount ("the AWS account ID of
 * the caller", AWS KMS Developer Guide, conditions-kms). Only these can pin a `Principal "*"` statement to callers.
 * Keys the caller supplies are no pin: aws:UserAgent "is provided by the caller in an HTTP header" and "should not
 * be used to prevent unauthorized parties", aws:RequestedRegion, aws:RequestTag/* ("passed in the request") and the
 * KMS encryption context (the caller passes it in the Encrypt/Decrypt request, AWS KMS Developer Guide,
 * encrypt_context): anyone can send the expected value.
 * Round 81: only values AWS assigns that are unique across accounts: account, organization and ARN ids, the unique
 * principal id (aws:userid: "the requester's principal identifier", a role's AROA id), the source's ARN, account,
 * organization, VPC and endpoint ids, and the public source address (aws:SourceIp: public addresses only, unique on
 * the internet). Not a KIND of caller (aws:PrincipalType "AssumedRole" is every role session of every account;
 * aws:PrincipalIsAWSService and aws:PrincipalServiceName name a service acting for any customer: IAM User Guide,
 * confused-deputy, pins services by aws:SourceArn / aws:SourceAccount), nor a name the caller's own account chooses
 * (aws:username, a friendly name unique only in its account; aws:PrincipalTag/<key>, set by iam:TagRole or a session
 * tag at AssumeRole, IAM User Guide id_session-tags), nor a private address (aws:VpcSourceIp: any VPC of any account
 * may use the same 10.x address).
 */
const CALLER_IDENTIFYING_KEYS: ReadonlySet<string> = new Set([
    "kms:calleraccount",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:userid",
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
    "aws:sourcevpc",
    "aws:sourcevpce",
    "aws:sourcevpcarn",
    "aws:sourceip",
]);

/** Whether a condition key (any case) identifies the caller or the call's source (see CALLER_IDENTIFYING_KEYS). */
export function identifiesCaller(key: string): boolean {
    const lower = key.toLowerCase();
    return CALLER_IDENTIFYING_KEYS.has(lower);
}
