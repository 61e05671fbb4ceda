import { readRawConfig } from "../../components/stack/load";
import { Doc, parseDoc, problemsOf } from "../components/support";
import { PlanResource } from "../../tools/offline/mockEngine";
import { StackRun } from "../harness";

export { asList, Doc, parseDoc, simulate } from "../components/support";

export function roleNamed(run: StackRun, roleName: string): PlanResource {
    const role = run.byType("aws:iam/role:Role").find(r => r.inputs.name === roleName);
    if (!role)
        throw new Error(
            `no role ${roleName}; roles: ${run
                .byType("aws:iam/role:Role")
                .map(r => r.inputs.name)
                .join(", ")}`,
        );
    return role;
}

/** Every identity statement attached to a role (inline RolePolicy resources naming it). */
export function roleStatements(run: StackRun, roleName: string): Doc["Statement"] {
    return run
        .byType("aws:iam/rolePolicy:RolePolicy")
        .filter(p => p.inputs.role === roleName)
        .flatMap(p => parseDoc(p.inputs.policy).Statement);
}

export function trustOf(run: StackRun, roleName: string): Doc {
    return parseDoc(roleNamed(run, roleName).inputs.assumeRolePolicy);
}

/** The validator's problems (`key: message`) for engine-style config of a stack; [] when valid. */
export function configProblems(config: Record<string, string>, stack: string): string[] {
    return problemsOf(readRawConfig(config), stack);
}
