#!/usr/bin/env node
// `npm run audit -- --help`. A thin wrapper: the command is main() in tools/audit/main.ts, which the tests call
// in-process.
import { main } from "./main";

main(process.argv.slice(2)).then(
    code => {
        process.exitCode = code;
    },
    (e: unknown) => {
        process.stderr.write(`audit: internal error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
        process.exitCode = 2;
    },
);
