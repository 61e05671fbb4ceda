// The stack-file harness of the tools' red-team files (rounds 54 on): the variants of a committed Pulumi.<stack>.yaml
// the cases write, and the runner that checks each with `custody-model --stack STACK --check` -- a bad file refused
// (exit 2 by default, no stack trace), a secure one accepted (exit 0).
import { strict as assert } from "assert";
import { committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

/** One stack-file case: the text `file()` written as Pulumi.<stack>.yaml and checked for `stack`. */
export interface StackCase {
    title: string;
    stack: string;
    file: () => string;
    /** Why the case is skipped: it is registered as pending, with the reason in its name. */
    skip?: string;
    /** The exit code of the refusal: 2 (the file refused), 1 (--check: the custody model differs). Default 2. */
    code?: number;
}

/** The last keyTags line of the committed Pulumi.trust-domain.yaml, after which withKeyTags adds its lines. */
const TRUST_DOMAIN_COST_CENTER_TAG = '      cost-center: "4711"\n';

/** The owner line of dev's tags in the committed Pulumi.dev.yaml (withDevTags adds after it, devOwner replaces it). */
export const DEV_TAGS = "    owner: platform-custody\n";

/** Pulumi.trust-domain.yaml with `lines` added to its keyTags, and `head` (e.g. `x-anchors: ...`) before the file. */
export const withKeyTags = (lines: string, head = "") =>
    head + committedStackFile("trust-domain", TRUST_DOMAIN_COST_CENTER_TAG, `${TRUST_DOMAIN_COST_CENTER_TAG}${lines}`);

/** Pulumi.dev.yaml with `lines` added to its tags, and `head` (e.g. `x-anchors: ...`) before the file. */
export const withDevTags = (lines: string, head = "") =>
    head + committedStackFile("dev", DEV_TAGS, `${DEV_TAGS}${lines}`);

/** Pulumi.dev.yaml with its tags' owner line replaced by `line` (DEV_TAGS gives the file unchanged). */
export const devOwner = (line: string) => committedStackFile("dev", DEV_TAGS, line);

/** What describeStackFileCases checks beyond the exit code. */
export interface StackFileCaseOptions {
    /** What the stderr of an accepted file must not match (e.g. no go-yaml or timestamp warning). */
    acceptedStderrMustNotMatch?: RegExp;
}

/**
 * Registers, in the calling describe, the temporary-directory hooks of the checker and two describes: every `insecure`
 * case refused (exit `code`, default 2, and no stack trace), every `secure` case accepted (exit 0). A case with `skip`
 * is registered as pending, its reason in brackets after its name.
 */
export function describeStackFileCases(
    tmpPrefix: string,
    insecure: readonly StackCase[],
    secure: readonly StackCase[],
    options: StackFileCaseOptions = {},
): void {
    const check = stackFileChecker(tmpPrefix);

    describe("bad input: a file Pulumi reads otherwise than the tools (or refuses) is refused (exit 2)", () => {
        for (const c of insecure) {
            const t = `bad input: ${c.title}`;
            if (c.skip) {
                it.skip(`${t} [${c.skip}]`);
                continue;
            }
            it(t, async () => {
                const run = await check(c.stack, c.file());
                assert.equal(run.code, c.code ?? 2, showRun(run));
                noStackTrace(run.stderr);
            });
        }
    });

    describe("secure: a file Pulumi and the tools read alike is accepted (exit 0)", () => {
        for (const c of secure) {
            const t = `secure: ${c.title}`;
            if (c.skip) {
                it.skip(`${t} [${c.skip}]`);
                continue;
            }
            it(t, async () => {
                const run = await check(c.stack, c.file());
                assert.equal(run.code, c.code ?? 0, showRun(run));
                if (options.acceptedStderrMustNotMatch) {
                    assert.doesNotMatch(run.stderr, options.acceptedStderrMustNotMatch, showRun(run));
                }
            });
        }
    });
}
