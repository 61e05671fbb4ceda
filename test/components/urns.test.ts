// The identity of every committed stack's resources. A URN (type token, name, parent chain) is what a
// deployed stack knows its tables, keys and roles by: a changed URN plans a replacement, which `protect`
// then blocks halfway through an update, and a replaced role loses its place in every share key's policy.
// So each stack's sorted URN list is held exactly, and so is its whole plan apart from ordering.
//
// The fixtures are written from the program, once, on purpose: after a deliberate change (a new stack, a new
// resource) rerun with UPDATE_STACK_FIXTURES=1 and review the diff of test/components/fixtures/.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { discoverStacks } from "../../tools/offline/stackFile";
import { PROJECT_DIR, runStack } from "../harness";
import { canonicalPlan } from "./planSnapshot";

const FIXTURES = path.join(__dirname, "fixtures");
const UPDATE = process.env.UPDATE_STACK_FIXTURES === "1";

function fixture(kind: "urns" | "plans", stack: string): string {
    return path.join(FIXTURES, kind, `${stack}.json`);
}

function holds(kind: "urns" | "plans", stack: string, actual: unknown): void {
    const file = fixture(kind, stack);
    if (UPDATE) {
        fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        return;
    }
    assert.ok(
        fs.existsSync(file),
        `no ${kind} fixture for stack ${stack}: run UPDATE_STACK_FIXTURES=1 npx mocha ${path.relative(PROJECT_DIR, __filename)} and commit ${path.relative(PROJECT_DIR, file)}`,
    );
    assert.deepEqual(actual, JSON.parse(fs.readFileSync(file, "utf8")), `${stack}: ${kind} differ from ${file}`);
}

describe("URNs and plans of every committed stack", () => {
    const stacks = discoverStacks(PROJECT_DIR);

    it("has a fixture for each committed stack and none for a stack that is gone", () => {
        assert.ok(stacks.length > 0);
        for (const kind of ["urns", "plans"] as const) {
            const held = fs
                .readdirSync(path.join(FIXTURES, kind))
                .map(f => f.replace(/\.json$/, ""))
                .sort();
            if (!UPDATE) assert.deepEqual(held, stacks, `test/components/fixtures/${kind}/`);
        }
    });

    for (const stack of stacks) {
        it(`${stack}: the sorted URN list is exactly the committed one`, async () => {
            const run = await runStack({ stack });
            holds("urns", stack, run.plan.resources.map(r => r.urn).sort());
        });

        it(`${stack}: the plan (inputs, outputs, options, parents, providers, dependencies) is the committed one`, async () => {
            const run = await runStack({ stack });
            holds("plans", stack, canonicalPlan(run.plan));
        });
    }
});
