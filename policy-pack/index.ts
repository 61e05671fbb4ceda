// The custody-guard policy pack: `pulumi preview --policy-pack policy-pack`. Policies live in rules/, one module
// per concern; this file only assembles them.
import { PolicyPack } from "@pulumi/policy";
import { allPolicies } from "./rules";

new PolicyPack("custody-guard", {
    description: "Makes an insecure or broken key-custody deployment impossible to apply.",
    policies: allPolicies,
});
