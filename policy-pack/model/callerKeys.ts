/**
 * Condition keys whose value AWS sets from who calls or from where the call comes, never from the request's own
 * content (IAM User Guide, reference_policies_condition-keys: "Properties of the principal", "Properties of the
 * network", and the source keys "for service-to-service requests"), and kms:CallerAccount ("the AWS account ID of
 * the caller", AWS KMS Developer Guide, conditions-kms). Only these can pin a `Principal "*"` statement to callers.
 * Keys the caller supplies are no pin: aws:UserAgent "is provided by the caller in an HTTP header" and "should not
 * be used to prevent unauthorized parties", aws:RequestedRegion, aws:RequestTag/* ("passed in the request") and the
 * KMS encryption context (the caller passes it in the Encrypt/Decrypt request, AWS KMS Developer Guide,
 * encrypt_context): anyone can send the expected value.
 */
const CALLER_IDENTIFYING_KEYS: ReadonlySet<string> = new Set([
    "kms:calleraccount",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:principaltype",
    "aws:principalisawsservice",
    "aws:principalservicename",
    "aws:userid",
    "aws:username",
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
    "aws:sourcevpc",
    "aws:sourcevpce",
    "aws:sourcevpcarn",
    "aws:vpcsourceip",
    "aws:sourceip",
]);
/** Families of such keys: the tags attached to the calling principal (aws:PrincipalTag/<tag-key>). */
const CALLER_IDENTIFYING_FAMILIES: readonly string[] = ["aws:principaltag/"];

/** Whether a condition key (any case) identifies the caller or the call's source (see CALLER_IDENTIFYING_KEYS). */
export function identifiesCaller(key: string): boolean {
    const lower = key.toLowerCase();
    return (
        CALLER_IDENTIFYING_KEYS.has(lower) ||
        CALLER_IDENTIFYING_FAMILIES.some(f => lower.startsWith(f) && lower.length > f.length)
    );
}
