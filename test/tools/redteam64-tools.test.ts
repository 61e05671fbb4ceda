// Red-team round 64 on the tools (fresh eyes): the audit's export reader on state shapes (tools/audit/exportFile.ts),
// run through `npm run audit -- --state FILE` in-process. Probed (outside this file, exit codes noted): a second live
// entry of a URN (2), a second provider entry of one URN (2), a dependency on the resource itself (2), a secret with
// both plaintext and ciphertext (2), a secret whose signature value is not the secret one (2), a type other than the
// URN's (2); and, judged (exit 1): an admin RolePolicy `delete: true` beside the clean one, `pendingReplacement`,
// `external`, admin in outputs only, a ciphertext-only secret policy, an admin plaintext secret, a `creating` pending
// operation, a provider reference whose id is unknown or another id, a protected key unprotected; exit 0: admin in
// inputs only with clean outputs after a refresh (outputs are what is deployed), an alias naming another resource,
// `retainOnDelete` on a key, stack outputs, an empty id (not filed: time box).
//
// Misses: none filed (0 insecure, 0 secure) in the 12-minute time box.
import { describeAuditRefusals } from "./auditExportCases";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
type Doc = { deployment: { resources: Array<Record<string, unknown>> } };
const ADMIN = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

/** The index of the first resource of `type` in the export. */
const at = (d: Doc, type: string) => d.deployment.resources.findIndex(r => r.type === type);

describe("red team 64: the audit's export reader on state shapes", function () {
    this.timeout(300_000);

    describeAuditRefusals(
        "rt64-audit-",
        io => {
            const edit = (f: (d: Doc) => void) => () => {
                const d = JSON.parse(io.exportText()) as Doc;
                f(d);
                return ["--state", io.write(JSON.stringify(d))];
            };
            const policy = (d: Doc) => d.deployment.resources[at(d, "aws:iam/rolePolicy:RolePolicy")];
            return [
                {
                    title: "a second live entry of the RolePolicy's URN with an admin policy (neither `delete: true`)",
                    argv: edit(d => {
                        const c = JSON.parse(JSON.stringify(policy(d))) as Record<string, Record<string, unknown>>;
                        c.inputs.policy = ADMIN;
                        c.outputs.policy = ADMIN;
                        d.deployment.resources.push(c);
                    }),
                    says: /more than once/,
                },
                {
                    title: "a second entry of the aws provider's URN with another id",
                    argv: edit(d => {
                        const i = at(d, "pulumi:providers:aws");
                        const c = { ...d.deployment.resources[i], id: "second" };
                        d.deployment.resources.splice(i + 1, 0, c);
                    }),
                    says: /more than once/,
                },
                {
                    title: "the RolePolicy depending on itself",
                    argv: edit(d => {
                        const r = policy(d);
                        r.dependencies = [...((r.dependencies as string[]) ?? []), r.urn as string];
                    }),
                    says: /dependency/,
                },
                {
                    title: "a secret policy with both `plaintext` and `ciphertext`",
                    argv: edit(d => {
                        const o = policy(d).outputs as Record<string, unknown>;
                        o.policy = { [SIG]: SECRET, ciphertext: "abc", plaintext: JSON.stringify(o.policy) };
                    }),
                    says: /both a `plaintext` and a `ciphertext`/,
                },
                {
                    title: "a secret policy whose signature value is not the secret one",
                    argv: edit(d => {
                        const o = policy(d).outputs as Record<string, unknown>;
                        o.policy = { [SIG]: "1b47061264138c4ac30d75fd1eb44271", plaintext: JSON.stringify(o.policy) };
                    }),
                    says: /signature key/,
                },
                {
                    title: "the RolePolicy's type changed to a RolePolicyAttachment (not the type its URN names)",
                    argv: edit(d => {
                        policy(d).type = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
                    }),
                    says: /is not the type its urn names/,
                },
            ];
        },
        { appendOut: true },
    );
});
