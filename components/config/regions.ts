/**
 * The AWS regions a stack may use: @pulumi/aws's own Region enum (the provider refuses anything else, but
 * only when it configures, after resources are registered), limited to the partitions whose ARNs and
 * service endpoints this program builds (aws, aws-cn, aws-us-gov).
 */
import { Region } from "@pulumi/aws/types/enums";

const SUPPORTED_PARTITIONS = ["aws", "aws-cn", "aws-us-gov"] as const;

const ALL_REGIONS: readonly string[] = Object.values(Region);

/** Regions of other partitions (ISO, European Sovereign Cloud): known to AWS, not supported here. */
function inSupportedPartition(region: string): boolean {
    return region.startsWith("cn-") || region.startsWith("us-gov-") || /^[a-z]{2}-[a-z]+-\d$/.test(region);
}

const SUPPORTED_REGIONS: readonly string[] = ALL_REGIONS.filter(inSupportedPartition).sort();

/** Why `region` cannot be used, or undefined when it can. */
export function regionProblem(region: string): string | undefined {
    if (SUPPORTED_REGIONS.includes(region)) {
        return undefined;
    }
    if (ALL_REGIONS.includes(region)) {
        return `"${region}" is in a partition this program does not build ARNs and endpoints for (supported: ${SUPPORTED_PARTITIONS.join(", ")}).`;
    }
    const lower = region.toLowerCase();
    if (SUPPORTED_REGIONS.includes(lower)) {
        return `"${region}" is not a region name: region names are lower case; write ${lower}.`;
    }
    return `"${region}" is not an AWS region known to @pulumi/aws (e.g. eu-west-1, us-east-1); if AWS opened it recently, upgrade @pulumi/aws.`;
}
