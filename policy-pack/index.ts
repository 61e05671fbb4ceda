// The custody-guard policy pack: `pulumi preview --policy-pack policy-pack`. Policies live in rules/, one module
// per rule; this file only assembles them.
import { PolicyPack } from "@pulumi/policy";
import { guardConfigure } from "./private/configureGuard";
import { allPolicies } from "./rules";

const PACK_NAME = "custody-guard";

guardConfigure(PACK_NAME, allPolicies);

new PolicyPack(PACK_NAME, {
    description: "Makes an insecure or broken key-custody deployment impossible to apply.",
    policies: allPolicies,
});
