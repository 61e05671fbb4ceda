/** S3 facts the engine reads in more than one place: which buckets exist, and where a bucket replicates to. */
import { resourceRegion, type StackResource } from "../model/resources";
import { partitionOfRegion } from "./patterns";
import { str } from "./raw";

export const S3_BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const BUCKET_REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";

/**
 * The enabled replication rules' destinations of S3 bucket `bucket` (by name): a BucketReplicationConfig on it,
 * and the inline replication configuration of a Bucket (`replicationConfiguration`) or BucketV2
 * (`replicationConfigurations`) of that name. S3 copies every new object into each destination bucket, of any
 * account (S3 user guide, "Replicating objects within and across Regions"); a rule whose status is known and not
 * Enabled is ignored by S3 (Pulumi registry, aws.s3.BucketReplicationConfig: rules[].status).
 */
export function bucketReplications(
    resources: readonly StackResource[],
    bucket: string,
): { via: StackResource; destination: Record<string, unknown> }[] {
    const out: { via: StackResource; destination: Record<string, unknown> }[] = [];
    const list = (v: unknown): Record<string, any>[] =>
        (Array.isArray(v) ? v : v !== undefined && v !== null && typeof v === "object" ? [v] : []).filter(
            x => x !== null && typeof x === "object",
        );
    for (const r of resources) {
        if (str(r.props, "bucket") !== bucket) continue;
        const configs =
            r.type === BUCKET_REPLICATION
                ? [r.props]
                : S3_BUCKETS.includes(r.type)
                  ? [...list(r.props.replicationConfiguration), ...list(r.props.replicationConfigurations)]
                  : [];
        for (const c of configs)
            for (const rule of list(c.rules)) {
                const status = str(rule, "status");
                if (status !== undefined && status !== "Enabled") continue;
                for (const d of [...list(rule.destination), ...list(rule.destinations)])
                    out.push({ via: r, destination: d });
            }
    }
    return out;
}

/**
 * The ARN patterns of the access points of `accounts` ("*" for an account the pack cannot tell) through which a
 * bucket of those accounts may be read: an access point or an Object Lambda access point in a Region of the stack's
 * resources, or a Multi-Region Access Point of a known account (its ARN has no Region). A request through one reaches the bucket's
 * objects when the bucket delegates to the account's access points or admits the caller (S3 user guide,
 * "Configuring IAM policies for using access points", "Delegating access control to access points"). Regions are
 * spelled out, never `*`: a `*` there would let the glob reach any bucket's objects (`arn:aws:s3:*:<account>:...`
 * intersects `arn:aws:s3:::<bucket>/*`).
 */
export function accessPointPatterns(resources: readonly StackResource[], accounts: Iterable<string>): string[] {
    const regions = new Set<string>();
    for (const r of resources) {
        const region = resourceRegion(r);
        if (region !== undefined && /^[a-z0-9-]+$/.test(region)) regions.add(region);
    }
    const out: string[] = [];
    for (const acct of accounts) {
        for (const region of regions) {
            const p = partitionOfRegion(region);
            out.push(
                `arn:${p}:s3:${region}:${acct}:accesspoint/*`,
                `arn:${p}:s3-object-lambda:${region}:${acct}:accesspoint/*`,
            );
        }
        // With no Region, only a literal account keeps the glob off bucket ARNs (`arn:aws:s3:::b/*`).
        if (/^\d{12}$/.test(acct))
            for (const p of ["aws", "aws-cn", "aws-us-gov"]) out.push(`arn:${p}:s3::${acct}:accesspoint/*`);
    }
    return out;
}
