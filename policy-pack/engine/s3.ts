/** S3 facts the engine reads in more than one place: which buckets exist, and where a bucket replicates to. */
import type { StackResource } from "../model/resources";
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
