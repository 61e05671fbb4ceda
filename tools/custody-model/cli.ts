#!/usr/bin/env node
// `npm run custody-model -- --help`. A thin wrapper: the command is main() in tools/custody-model/main.ts, which the
// tests call in-process.
import { main } from "./main";

main(process.argv.slice(2), {
    stdout: s => process.stdout.write(s),
    stderr: s => process.stderr.write(s),
}).then(
    code => {
        process.exitCode = code;
    },
    (e: unknown) => {
        process.stderr.write(`custody-model: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
    },
);
