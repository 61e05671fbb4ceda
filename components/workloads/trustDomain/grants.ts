/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements this workload needs. Action lists come only from iam/accessPaths.ts.
 */
import { actionsOf } from "../../iam/accessPaths";
import { Grant } from "../../iam/documents";

/** Seed 001 verbatim in substance: the server creates and retires its own keys, so resources are "*". */
export function trustDomainGrants(): Grant[] {
    return [
        { sid: "TrustDomainKeyManager", actions: actionsOf("trustDomainKeyManager"), resources: ["*"] },
        { sid: "TrustDomainKeyDiscovery", actions: actionsOf("trustDomainKeyDiscovery"), resources: ["*"] },
        { sid: "TrustDomainIdentity", actions: actionsOf("trustDomainIdentity"), resources: ["*"] },
    ];
}
