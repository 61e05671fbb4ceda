// Round 86 (fix86-nsec): unit tests of the configuration readers the round added: any-format configuration settings
// (listeners.ts configFileSettings), libvirt's remote TCP listener and the NVMe-oF target (daemonConfigs.ts).
import { strict as assert } from "assert";
import {
    libvirtDaemonListeners,
    libvirtUnitListeners,
    nvmetSavedListeners,
    targetConfigfsListeners,
} from "../../../policy-pack/engine/userDataReaders/daemonConfigs";
import { configFileSettings } from "../../../policy-pack/engine/userDataReaders/listeners";

const files =
    (texts: Record<string, string | null>) =>
    (path: string): string | null | undefined =>
        path in texts ? texts[path] : undefined;

describe("round 86: configuration files of unread programs, libvirt, nvmet", () => {
    it("reads TOML sections, JSON, YAML and XML elements into key/value settings", () => {
        const toml = configFileSettings('[grpc]\n  address = [ "unix:///run/b.sock", "tcp://[::]:1234" ]');
        assert.ok(toml.some(s => s.key === "grpc.address" && s.value === "tcp://[::]:1234"));
        assert.ok(
            configFileSettings('{ "address": "0.0.0.0" }').some(s => s.key === "address" && s.value === "0.0.0.0"),
        );
        assert.ok(configFileSettings("host: 0.0.0.0\nport: 8080").some(s => s.key === "host"));
        assert.ok(
            configFileSettings("<gui>\n  <address>0.0.0.0:8384</address>\n</gui>").some(
                s => s.key === "address" && s.value === "0.0.0.0:8384",
            ),
        );
    });

    it("libvirtd --listen opens TCP only with listen_tcp = 1 and auth_tcp none; SASL by default", () => {
        const conf = "/etc/libvirt/libvirtd.conf";
        const open = files({ [conf]: 'listen_tcp = 1\nauth_tcp = "none"' });
        assert.equal(libvirtDaemonListeners(["--listen"], "libvirtd", open).length, 1);
        assert.equal(libvirtDaemonListeners([], "libvirtd", open).length, 0);
        assert.equal(libvirtDaemonListeners(["--listen"], "libvirtd", files({ [conf]: "listen_tcp = 1" })).length, 0);
        assert.equal(libvirtDaemonListeners(["--listen"], "libvirtd", files({})).length, 0);
        // A configuration the pack cannot read may say anything.
        assert.equal(libvirtDaemonListeners(["-l"], "libvirtd", files({ [conf]: null })).length, 1);
    });

    it("libvirt's packaged TCP socket units ignore listen_tcp; libvirtd.service reads LIBVIRTD_ARGS", () => {
        const none = 'auth_tcp = "none"';
        assert.equal(
            libvirtUnitListeners("virtproxyd-tcp.socket", files({ "/etc/libvirt/virtproxyd.conf": none })).length,
            1,
        );
        assert.equal(libvirtUnitListeners("libvirtd-tcp.socket", files({})).length, 0);
        const conf = { "/etc/libvirt/libvirtd.conf": `listen_tcp = 1\n${none}` };
        assert.equal(
            libvirtUnitListeners("libvirtd", files({ ...conf, "/etc/sysconfig/libvirtd": 'LIBVIRTD_ARGS="--listen"' }))
                .length,
            1,
        );
        assert.equal(libvirtUnitListeners("libvirtd", files(conf)).length, 0);
    });

    it("nvmet: a non-loop port serving an any-host subsystem listens; the loop transport does not", () => {
        const saved = (trtype: string, anyHost: string) =>
            JSON.stringify({
                ports: [{ addr: { trtype, traddr: "0.0.0.0" }, portid: 1, subsystems: ["ops"] }],
                subsystems: [
                    {
                        nqn: "ops",
                        allowed_hosts: [],
                        attr: { allow_any_host: anyHost },
                        namespaces: [{ device: { path: "/dev/nvme0n1" } }],
                    },
                ],
            });
        const tcp = nvmetSavedListeners(saved("tcp", "1"));
        assert.equal(tcp.length, 1);
        assert.deepEqual(tcp[0].serves, { files: "/" });
        assert.equal(nvmetSavedListeners(saved("loop", "1")).length, 0);
        assert.equal(nvmetSavedListeners(saved("tcp", "0")).length, 0);
        assert.equal(nvmetSavedListeners("not json").length, 1);
    });

    it("nvmet configfs: attributes read, objects' directories and links not taken as unread", () => {
        const root = "/sys/kernel/config/nvmet";
        const texts: Record<string, string | undefined> = {
            [`${root}/subsystems/ops/attr_allow_any_host`]: "1",
            [`${root}/subsystems/ops/namespaces/1/device_path`]: "/var/lib/ops.img",
            [`${root}/ports/1/addr_trtype`]: "loop",
            [`${root}/subsystems/ops`]: undefined,
            [`${root}/ports/1/subsystems/ops`]: undefined,
        };
        const read = (p: string) => texts[p];
        assert.equal(targetConfigfsListeners(Object.keys(texts), read).length, 0);
        texts[`${root}/ports/1/addr_trtype`] = "tcp";
        assert.equal(targetConfigfsListeners(Object.keys(texts), read).length, 1);
        texts[`${root}/ports/1/addr_trtype`] = undefined;
        assert.match(targetConfigfsListeners(Object.keys(texts), read)[0].server, /configfs|addr_trtype/);
    });
});
