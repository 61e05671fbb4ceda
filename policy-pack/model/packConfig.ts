/**
 * The whole pack config of this run, as the engine's Configure call delivered it: `{ <policy or section name>:
 * { enforcementLevel?, ...properties } }`. @pulumi/policy shows each policy only its own section
 * (`args.getConfig()`); pack-wide data that every rule reads (the custody model) is read from here instead.
 * It is set once per Configure, before any Analyze/AnalyzeStack, and by tests that call policies directly.
 */
export type PackConfig = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

let current: PackConfig = Object.freeze({});

export function setPackConfig(config: PackConfig): void {
    current = Object.freeze({ ...config });
}

/** One section of the pack config (a policy's, or the custody model's), or undefined when the file has none. */
export function packConfigSection(name: string): Readonly<Record<string, unknown>> | undefined {
    return Object.prototype.hasOwnProperty.call(current, name) ? current[name] : undefined;
}
