// Stack config maps are plain data: a key that JavaScript treats specially (`__proto__`) must never vanish
// silently on its way from Pulumi.<stack>.yaml (or `pulumi config set`) to the deployment. `__proto__` is a
// valid AWS tag key, but the Pulumi SDK would drop it while serialising inputs, so it is refused by name.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readRawConfig } from "../../components/stack/load";
import { readStackFile } from "../../tools/offline/stackFile";
import { problemsOf, rawOf } from "../components/support";

const REFUSED = /the key "__proto__" cannot be used: .*dropped silently; rename it\./;

/** The validator's problems for a stack file holding `yaml` under `config:` (the offline tool's path). */
function problemsOfStackFile(yaml: string): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plain-data-"));
    const file = path.join(dir, "Pulumi.t.yaml");
    fs.writeFileSync(file, `config:\n${yaml}`);
    return problemsOf(readRawConfig(readStackFile(file).config));
}

describe("config maps as plain data (__proto__)", () => {
    it("keeps __proto__ as an ordinary key when parsing engine config", () => {
        const raw = readRawConfig({ "custody-infra:tags": '{"__proto__": "x", "team": "custody"}' });
        assert.deepEqual(Object.keys(raw.tags as object), ["__proto__", "team"]);
        assert.equal(Object.getPrototypeOf(raw.tags), Object.prototype, "the key is data, not the prototype");
        const top = readRawConfig({ "custody-infra:__proto__": '{"signer": {}}' });
        assert.deepEqual(Object.keys(top), ["__proto__"]);
        assert.equal((top as Record<string, unknown>).signer, undefined, "no key is inherited from a __proto__ value");
    });

    it("refuses a __proto__ tag in custody-infra:tags from a stack file, naming the key", () => {
        const problems = problemsOfStackFile(
            [
                "  custody-infra:accounts:",
                "    main: {accountId: '111111111111', region: eu-west-1}",
                "  custody-infra:crossAccount: {dataAccount: main, callerAccount: main, tableName: t, callerRoleName: r}",
                "  custody-infra:tags:",
                "    __proto__: polluted",
                "    team: custody",
            ].join("\n"),
        );
        assert.ok(
            problems.some(p => p.startsWith("tags.__proto__: ") && REFUSED.test(p)),
            problems.join("\n"),
        );
    });

    it("refuses __proto__ in every user-supplied map: tags, trustDomain.keyTags, basil.keys, accounts", () => {
        const raw = rawOf("basil");
        const edited = readRawConfig({
            "custody-infra:accounts": JSON.stringify(raw.accounts).replace(/^\{/, '{"__proto__": {"accountId": "1"},'),
            "custody-infra:tags": '{"__proto__": "x"}',
            "custody-infra:basil": JSON.stringify(raw.basil).replace(
                '"keys":{',
                '"keys":{"__proto__":{"keyType":"ed25519"},',
            ),
            "custody-infra:trustDomain": '{"account": "main", "keyTags": {"__proto__": "x"}}',
            "custody-infra:cluster": JSON.stringify(raw.cluster),
            "custody-infra:kubernetes": JSON.stringify(raw.kubernetes),
        });
        const refused = problemsOf(edited)
            .filter(p => REFUSED.test(p))
            .map(p => p.split(": ")[0])
            .sort();
        assert.deepEqual(refused, [
            "accounts.__proto__",
            "basil.keys.__proto__",
            "tags.__proto__",
            "trustDomain.keyTags.__proto__",
        ]);
    });

    it("refuses a top-level custody-infra:__proto__ instead of letting it become the config's prototype", () => {
        const raw = readRawConfig({
            ...Object.fromEntries(
                Object.entries(rawOf("dev")).map(([k, v]) => [`custody-infra:${k}`, JSON.stringify(v)]),
            ),
            "custody-infra:__proto__": '{"signer": {"roleName": "injected"}}',
        });
        const problems = problemsOf(raw);
        assert.ok(
            problems.some(p => p.startsWith("__proto__: ") && REFUSED.test(p)),
            problems.join("\n"),
        );
    });
});
