/** The allowlist verdicts (mandatory ones), for tests that run them alone. */
import { StackValidationPolicy } from "@pulumi/policy";
import * as all from "../../../policy-pack/rules";

export const rules: StackValidationPolicy[] = [
    all.custodyEffectiveAccess,
    all.custodyRequiredAccess,
    all.custodyShareRings,
    all.custodyTables,
];
