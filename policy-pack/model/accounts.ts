/** The AWS accounts a stack deploys into: the basis for "foreign" in trust and key policies. */
import { allowedAccountIdsOf, StackResource, TYPES } from "./resources";

/**
 * Every account pinned by an AWS provider of the stack (`allowedAccountIds` of each `pulumi:providers:aws`,
 * whether listed as a resource or only seen as a resource's provider). Seed 003's two accounts are both stack
 * accounts; an account no provider of the stack pins is foreign.
 */
export function stackAccountIds(resources: readonly StackResource[]): Set<string> {
    const ids = new Set<string>();
    const add = (props: Record<string, any> | undefined) => {
        if (!props) return;
        for (const id of allowedAccountIdsOf(props) ?? []) ids.add(id);
    };
    for (const r of resources) {
        if (r.type === TYPES.awsProvider) add(r.props);
        if (r.provider?.type === TYPES.awsProvider) add(r.provider.props);
    }
    return ids;
}
