/**
 * The one command-line parser of the tools (offline preview, audit, custody model): `--flag value`,
 * `--flag=value` and boolean flags; an unknown flag, a missing value, a repeated flag, or a stray argument is a
 * UsageError naming it, with an example of the right form.
 */
export class UsageError extends Error {}

export interface FlagSpec<V extends string, B extends string> {
    /** Flags that take a value → the option they set and an example of a value (for the error). */
    values: Record<string, { option: V; example: string; output?: true }>;
    /** Flags that take no value → the option they set to true. */
    booleans: Record<string, B>;
    /** The flag a stray argument most likely belongs to (`unexpected argument "x" (… e.g. --stack x)`). */
    strayHint: string;
}

export interface ParsedFlags<V extends string, B extends string> {
    values: Partial<Record<V, string>>;
    booleans: Partial<Record<B, true>>;
}

function isOption<V extends string, B extends string>(word: string, spec: FlagSpec<V, B>): boolean {
    return (
        Object.prototype.hasOwnProperty.call(spec.values, word) ||
        Object.prototype.hasOwnProperty.call(spec.booleans, word)
    );
}

export function parseFlags<V extends string, B extends string>(
    argv: readonly string[],
    spec: FlagSpec<V, B>,
): ParsedFlags<V, B> {
    const parsed: ParsedFlags<V, B> = { values: {}, booleans: {} };
    const seen = new Set<string>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        const valueFlag = Object.prototype.hasOwnProperty.call(spec.values, flag) ? spec.values[flag] : undefined;
        const booleanFlag = Object.prototype.hasOwnProperty.call(spec.booleans, flag) ? spec.booleans[flag] : undefined;
        if (valueFlag) {
            let value: string | undefined;
            if (eq > 0) value = arg.slice(eq + 1);
            else if (i + 1 < argv.length && !argv[i + 1].startsWith("-")) value = argv[++i];
            // A lone "-" is the usual spelling of standard input (`pulumi stack export | ... --state -`): it is a
            // value, and the tools read files only, so the error says that rather than "needs a value".
            else if (i + 1 < argv.length && argv[i + 1] === "-") value = argv[++i];
            if (value === "-") {
                throw new UsageError(
                    valueFlag.output
                        ? `${flag} -: the tools write files, not standard output; pass a path (${valueFlag.example}).`
                        : `${flag} -: the tools read files, not standard input; save it to a file first (an export: pulumi stack export --file FILE) and pass its path (${valueFlag.example}).`,
                );
            }
            // A next word starting with "-" that is no option of this tool is a value spelt like a flag (a file named
            // -x.json): say how to pass it rather than "needs a value".
            const next = argv[i + 1];
            if (
                value === undefined &&
                eq < 0 &&
                next !== undefined &&
                /^-./.test(next) &&
                !isOption(next.split("=")[0], spec)
            ) {
                throw new UsageError(
                    `${flag} ${next}: a value starting with "-" is read as an option; write ${flag}=${next} or ./${next.replace(/^\.\//, "")} (${valueFlag.example}).`,
                );
            }
            if (value === undefined || value === "") {
                throw new UsageError(`${flag} needs a value (${valueFlag.example}).`);
            }
            if (seen.has(flag)) throw new UsageError(`${flag} is given twice.`);
            seen.add(flag);
            parsed.values[valueFlag.option] = value;
        } else if (booleanFlag !== undefined) {
            if (eq > 0) throw new UsageError(`${flag} takes no value.`);
            // Each flag at most once, as README and the usages promise: a boolean given twice too.
            if (seen.has(flag)) throw new UsageError(`${flag} is given twice.`);
            seen.add(flag);
            parsed.booleans[booleanFlag] = true;
        } else if (arg.startsWith("-")) {
            throw new UsageError(`unknown option ${arg}.`);
        } else {
            throw new UsageError(`unexpected argument "${arg}" (options are flags, e.g. ${spec.strayHint} ${arg}).`);
        }
    }
    return parsed;
}
