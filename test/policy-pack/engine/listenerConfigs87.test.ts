// Round 87 (fix87-lsn): unit tests of configFileSettings' new forms (listeners.ts): TOML inline tables and dotted
// keys (TOML v1.0.0 "Inline Table", "Keys"), XML attributes, and an empty value kept as "" (an empty host).
import { strict as assert } from "assert";
import { configFileSettings } from "../../../policy-pack/engine/userDataReaders/listeners";

const has = (text: string, key: string, value: string) =>
    configFileSettings(text).some(s => s.key === key && s.value === value);

describe("round 87: configuration file settings (TOML tables, XML attributes, empty values)", () => {
    it("flattens TOML inline tables and dotted keys", () => {
        assert.ok(has('server = { bind = "0.0.0.0", port = 9000 }', "server.bind", "0.0.0.0"));
        assert.ok(has('server.bind = "[::1]:9000"', "server.bind", "[::1]:9000"));
    });

    it("reads XML attributes as element.attribute", () => {
        assert.ok(
            has('<server>\n  <listener address="0.0.0.0" port="2022"/>\n</server>', "listener.address", "0.0.0.0"),
        );
    });

    it("keeps an empty value as an empty setting", () => {
        assert.ok(has('bind: ""', "bind", ""));
        assert.ok(has('bind = ""', "bind", ""));
        assert.ok(!configFileSettings("bind: 127.0.0.1").some(s => s.value === ""));
    });
});
