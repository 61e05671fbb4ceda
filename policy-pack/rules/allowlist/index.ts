/** The allowlist verdicts: the stack's effective access against the custody model (policy-pack/engine). */
export { custodyEffectiveAccess } from "./effectiveAccess";
export { custodyRequiredAccess } from "./requiredAccess";
export { custodyShareRings } from "./shareRings";
export { custodyTables } from "./tables";
export { custodyGrantsWithinModel } from "./grantsWithinModel";
