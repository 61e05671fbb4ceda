// `npm run docs`: rewrites the rule table of README.md from the pack's policies.
import * as fs from "fs";
import * as path from "path";
import { allPolicies } from "../rules";
import { withRuleTable } from "./ruleTable";

const readmePath = path.resolve(__dirname, "..", "..", "README.md");
const before = fs.readFileSync(readmePath, "utf8");
const after = withRuleTable(before, allPolicies);
if (after !== before) fs.writeFileSync(readmePath, after);
console.log(after === before ? "README.md rule table is up to date" : "README.md rule table rewritten");
