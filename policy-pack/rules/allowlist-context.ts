/**
 * What the allowlist verdicts (rules/custody-*.ts) share: the custody model of this run, the engine's result (computed once per
 * AnalyzeStack), and the SDK's preview advisory for what was still unknown.
 */
import { StackValidationArgs } from "@pulumi/policy";
import { currentCustodyModel, effectiveAccess, EffectiveAccess, Judge, judgeFor } from "../engine";
import { loadCatalog } from "../model/catalog";
import { UNKNOWN_STRING_SENTINEL, UnknownValueError } from "../model/unknowns";

export interface AllowlistContext {
    ea: EffectiveAccess;
    judge: Judge;
}

/** The engine and judge for this stack, or undefined without a valid model (`custody-model` reports why). */
export async function allowlistContext(
    args: Pick<StackValidationArgs, "resources">,
): Promise<AllowlistContext | undefined> {
    const state = currentCustodyModel();
    if (state.state !== "ok") return undefined;
    const catalog = await loadCatalog();
    const ea = effectiveAccess(args.resources, catalog, state.model);
    return { ea, judge: judgeFor(ea, state.model, catalog) };
}

/**
 * After the verdicts drawn from what is known: the SDK's "can't be known during preview" advisory for the first
 * value that was not (a document, an ARN), so a first preview says what it could not check.
 */
export function finishPreview(ea: EffectiveAccess): void {
    if (ea.unknown.length > 0) throw new UnknownValueError(UNKNOWN_STRING_SENTINEL, [ea.unknown[0]]);
}
