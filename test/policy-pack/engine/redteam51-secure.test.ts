// Red-team round 51 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team writes beside the custody workloads, each with an insecure neighbour that must stay refused, where
// round 50 tightened the rules: the viewing rule (a command that is not a pure reader marks every path it names as
// changed) next to Jupyter configurations and EnvironmentFile= files that hardening tools only watch, list or relabel
// (auditctl watches, find -exec chmod, setfacl, getfacl, tar/rsync backups of /etc); clientSetting next to root agents'
// backing-service variables; capsh as a launcher (--user, --uid with --gid); root's known_hosts written by the usual
// spellings (~, $HOME, tee -a); and built-in role aggregation (aggregate-to-view for a CRD, RBAC). Nine misses, all
// false refusals: auditctl/find -exec chmod/setfacl/getfacl treated as content changes (Jupyter config, EnvironmentFile),
// backing-service variables outside FAR_END_WORD (INFLUX, GRAPHITE, SYSLOG, FLUENTD, MQTT, CLICKHOUSE) read as listen
// addresses, and capsh(1)'s own ambient-capability example judged root.
import { describeVariants, Resources, StackCase } from "./support";
import { callerScript } from "./callerInstanceBuilders";
import { k8s, roleFor } from "./variantBuilders";
import { devNodeScript } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };

const script = callerScript;

/** A Jupyter configuration in /etc/jupyter: 127.0.0.1, empty token (local use only), run by root. */
const JUPYTER_OPEN = [
    "pip3 install jupyterlab",
    "mkdir -p /etc/jupyter",
    "cat > /etc/jupyter/jupyter_server_config.py <<'PY'",
    "c.ServerApp.ip = '127.0.0.1'",
    "c.ServerApp.token = ''",
    "PY",
];
const JUPYTER_RUN = "nohup jupyter lab --allow-root >/var/log/jupyter.log 2>&1 &";

/** A root unit (no User=) for an agent reading EnvironmentFile=/etc/app/app.env, which user data writes on loopback. */
const ROOT_ENV_AGENT = [
    "mkdir -p /etc/app",
    "cat > /etc/app/app.env <<'ENVEOF'",
    "HOST=127.0.0.1",
    "PORT=9100",
    "ENVEOF",
    "chmod 0600 /etc/app/app.env",
];
const ROOT_ENV_UNIT = [
    "cat > /etc/systemd/system/agent.service <<'UNITEOF'",
    "[Unit]",
    "Description=host agent",
    "[Service]",
    "EnvironmentFile=/etc/app/app.env",
    "ExecStart=/opt/agent/bin/agent",
    "Restart=always",
    "[Install]",
    "WantedBy=multi-user.target",
    "UNITEOF",
    "systemctl daemon-reload",
    "systemctl enable --now agent",
];

/** A root unit for an agent with these Environment= lines. */
const ROOT_UNIT = (env: string[]) => [
    "cat > /etc/systemd/system/agent.service <<'UNITEOF'",
    "[Unit]",
    "Description=host agent",
    "[Service]",
    ...env.map(e => `Environment=${e}`),
    "ExecStart=/opt/agent/bin/agent",
    "Restart=always",
    "[Install]",
    "WantedBy=multi-user.target",
    "UNITEOF",
    "systemctl daemon-reload",
    "systemctl enable --now agent",
];

/** A ClusterRole with labels (aggregation) and rules. */
const labelledClusterRole = (r: Resources, name: string, labels: Record<string, string>, rules: object[]) =>
    void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });

const CASES: StackCase[] = [
    // ---- the viewing rule (round 50): commands that only watch, list or relabel a config directory ----
    // Was a MISS (fixed in round 51): Jupyter's loopback config watched by `auditctl -w /etc/jupyter -p wa` is refused as "a configuration the pack cannot read on every address": userData.ts viewingJudge
    // marks every path named by a command outside CONTENT_KEEPERS as changed (round 50). auditctl -w only inserts a kernel audit watch: no file content changes
    // (auditctl(8): "-w path: Insert a watch for the file system object at path"), so the config written in full stays what it was. Who gains: no one; the cost is refusing a routine
    // hardening step beside a loopback server. Fix: add auditctl (and getfacl, setfacl) to CONTENT_KEEPERS (metadata/watch-only commands),
    // and read find's -exec command instead of the find word itself.
    {
        stack: "cross-account",
        name: "S1: an audit watch on Jupyter's config directory (auditctl -w /etc/jupyter -p wa) after the loopback config is written",
        edit: r =>
            script(r, "caller-jupyter-audit", [
                ...JUPYTER_OPEN,
                "auditctl -w /etc/jupyter -p wa -k jupyter-config",
                JUPYTER_RUN,
            ]),
    },
    // Was a MISS (fixed in round 51): Jupyter's loopback config after `find /etc/jupyter -type f -exec chmod 0644 {} +` is refused as "a configuration the pack cannot read on every address": userData.ts viewingJudge
    // marks every path named by a command outside CONTENT_KEEPERS as changed (round 50). find only lists; its -exec runs chmod, already a keeper: no file content changes
    // (find(1): -exec runs the command on each file; chmod(1) changes mode bits only), so the config written in full stays what it was. Who gains: no one; the cost is refusing a routine
    // hardening step beside a loopback server. Fix: add find when every -exec/-execdir command is a keeper (-delete/-fprint not) to CONTENT_KEEPERS (metadata/watch-only commands),
    // and read find's -exec command instead of the find word itself.
    {
        stack: "cross-account",
        name: "S2: the config directory's files made world-readable with find -exec chmod after they are written",
        edit: r =>
            script(r, "caller-jupyter-find-chmod", [
                ...JUPYTER_OPEN,
                "find /etc/jupyter -type f -name '*.py' -exec chmod 0644 {} +",
                JUPYTER_RUN,
            ]),
    },
    // Was a MISS (fixed in round 51): Jupyter's loopback config after `setfacl -R -m u:jupyter:rX` / `getfacl -R` is refused as "a configuration the pack cannot read on every address": userData.ts viewingJudge
    // marks every path named by a command outside CONTENT_KEEPERS as changed (round 50). setfacl edits ACLs only and getfacl prints them: no file content changes
    // (setfacl(1) "set file access control lists", getfacl(1) "get file access control lists"), so the config written in full stays what it was. Who gains: no one; the cost is refusing a routine
    // hardening step beside a loopback server. Fix: add setfacl and getfacl (like chmod/chown/chcon) to CONTENT_KEEPERS (metadata/watch-only commands),
    // and read find's -exec command instead of the find word itself.
    {
        stack: "cross-account",
        name: "S3: the config directory's ACL given to user jupyter (setfacl -R -m u:jupyter:rX /etc/jupyter), then listed with getfacl",
        edit: r =>
            script(r, "caller-jupyter-acl", [
                ...JUPYTER_OPEN,
                "setfacl -R -m u:jupyter:rX /etc/jupyter",
                "getfacl -R /etc/jupyter > /var/log/jupyter-acl.txt",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "S4: a backup of /etc (tar -czf /var/backups/etc.tgz /etc and rsync -a /etc/ /var/backups/etc/) after Jupyter's config is written",
        edit: r =>
            script(r, "caller-jupyter-backup", [
                ...JUPYTER_OPEN,
                "mkdir -p /var/backups",
                "tar -czf /var/backups/etc.tgz /etc",
                "rsync -a /etc/ /var/backups/etc/",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "I1: the same Jupyter, its config then replaced by a download (curl -o onto the config file)",
        edit: r =>
            script(r, "caller-jupyter-curl", [
                ...JUPYTER_OPEN,
                "curl -fsSL https://artifacts.caller.example.com/jupyter/jupyter_server_config.py -o /etc/jupyter/jupyter_server_config.py",
                JUPYTER_RUN,
            ]),
        refused: /caller-jupyter-curl/,
    },
    {
        stack: "cross-account",
        name: "I2: the same Jupyter, the config directory replaced by a git clone into /etc/jupyter",
        edit: r =>
            script(r, "caller-jupyter-git", [
                ...JUPYTER_OPEN,
                "rm -rf /etc/jupyter",
                "git clone --depth 1 https://git.caller.example.com/ops/jupyter-config.git /etc/jupyter",
                JUPYTER_RUN,
            ]),
        refused: /caller-jupyter-git/,
    },
    // Neighbours of S1-S3 (round 51): find keeps content only when each command its -exec runs keeps it (find(1)), and
    // setfacl --restore applies only ACL entries, owner and group, whatever the dump's source.
    {
        stack: "cross-account",
        name: "S16: the config directory's files listed with two keeper -execs (find -execdir chgrp ... \\; -exec getfacl ... +)",
        edit: r =>
            script(r, "caller-jupyter-find-keepers", [
                ...JUPYTER_OPEN,
                "find /etc/jupyter -type f -execdir chgrp root {} \\; -exec getfacl {} +",
                JUPYTER_RUN,
            ]),
    },
    // DECIDED (round 51): setfacl --restore=FILE with a downloaded dump stays a content keeper: setfacl(1) "--restore=file
    // Restore a permission backup created by `getfacl -R' or similar" sets ACL entries (and owner, group) only, as chmod
    // and chown (already keepers) do; the configuration's content stays the heredoc's.
    {
        stack: "cross-account",
        name: "S17: the config directory's ACLs restored from a downloaded getfacl dump (setfacl --restore=FILE)",
        edit: r =>
            script(r, "caller-jupyter-acl-restore", [
                ...JUPYTER_OPEN,
                "curl -fsSL https://artifacts.caller.example.com/acl/etc-jupyter.acl -o /var/tmp/etc-jupyter.acl",
                "setfacl --restore=/var/tmp/etc-jupyter.acl",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "I15: the same Jupyter, its config edited by find -exec sed -i to every address",
        edit: r =>
            script(r, "caller-jupyter-find-sed", [
                ...JUPYTER_OPEN,
                "find /etc/jupyter -name '*.py' -exec sed -i 's/127.0.0.1/0.0.0.0/' {} +",
                JUPYTER_RUN,
            ]),
        refused: /caller-jupyter-find-sed/,
    },
    {
        stack: "cross-account",
        name: "I16: the same Jupyter, configs the script does not write copied in by find -exec cp",
        edit: r =>
            script(r, "caller-jupyter-find-cp", [
                ...JUPYTER_OPEN,
                "find /opt/seed -name 'jupyter_*.py' -exec cp {} /etc/jupyter/ \\;",
                JUPYTER_RUN,
            ]),
        refused: /caller-jupyter-find-cp/,
    },
    // ---- EnvironmentFile= changed after write (round 50) ----
    // Was a MISS (fixed in round 51): a root agent whose EnvironmentFile= (HOST=127.0.0.1, written in full by a heredoc) is watched by `auditctl -w /etc/app/app.env -p wa` is refused as "its
    // EnvironmentFile ... changes after writing it ... on every address": the round 50 viewing rule marks the file changed
    // because auditctl is not in userData.ts CONTENT_KEEPERS, though it writes no content (auditctl(8) -w inserts a watch). Who gains: no one.
    // Fix: as S1-S3, treat auditctl/setfacl/getfacl as keepers (they change no content).
    {
        stack: "dev",
        name: "S5: a root agent's EnvironmentFile (HOST=127.0.0.1) watched by auditd (auditctl -w /etc/app/app.env -p wa)",
        edit: devNodeScript("node-envfile-audit", [
            ...ROOT_ENV_AGENT,
            "auditctl -w /etc/app/app.env -p wa -k app-env",
            ...ROOT_ENV_UNIT,
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 51): a root agent whose EnvironmentFile= (HOST=127.0.0.1, written in full by a heredoc) gets an ACL for group ops (`setfacl -m g:ops:r`) is refused as "its
    // EnvironmentFile ... changes after writing it ... on every address": the round 50 viewing rule marks the file changed
    // because setfacl is not in userData.ts CONTENT_KEEPERS, though it writes no content (setfacl(1) sets ACL entries only). Who gains: no one.
    // Fix: as S1-S3, treat auditctl/setfacl/getfacl as keepers (they change no content).
    {
        stack: "dev",
        name: "S6: a root agent's EnvironmentFile (HOST=127.0.0.1) given an ACL for the ops group (setfacl -m g:ops:r) and checksummed",
        edit: devNodeScript("node-envfile-acl", [
            ...ROOT_ENV_AGENT,
            "setfacl -m g:ops:r /etc/app/app.env",
            "sha256sum /etc/app/app.env > /var/log/app-env.sha256",
            ...ROOT_ENV_UNIT,
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I5: the same root agent's EnvironmentFile then edited by sed -i to HOST=0.0.0.0",
        edit: devNodeScript("node-envfile-sed", [
            ...ROOT_ENV_AGENT,
            "sed -i 's/^HOST=.*/HOST=0.0.0.0/' /etc/app/app.env",
            ...ROOT_ENV_UNIT,
        ]),
        refused: /node-envfile-sed/,
        config: nodePolicyConfig,
    },
    // ---- clientSetting (round 50): backing services of a root agent ----
    // Was a MISS (fixed in round 51): a root node agent on 127.0.0.1 whose unit names its backing services by IP (INFLUX_HOST=http://10.20.4.11:8086, GRAPHITE_HOST) is refused as "listening
    // beyond loopback ... on http://10.20.4.11:8086, 10.20.4.12": userData.ts clientSetting credits only FAR_END_WORD prefixes, which lack INFLUX/INFLUXDB and GRAPHITE.
    // These name servers the agent sends to (twelve-factor "IV. Backing services"; InfluxData influx CLI: `--host` "HTTP address of Influx", mapped to INFLUX_HOST (influxdata/influxdb#16048)), not where it listens.
    // Who gains: no one. Fix: add INFLUX/INFLUXDB and GRAPHITE to FAR_END_WORD (or treat <PREFIX>_HOST with a non-loopback IP as a client
    // setting when the same unit sets the program's own HOST/PORT to loopback).
    {
        stack: "dev",
        name: "S7: a root metrics agent listening on 127.0.0.1 (HOST) and sending to InfluxDB and Graphite on private IPs (INFLUXDB_HOST, GRAPHITE_HOST)",
        edit: devNodeScript("node-agent-influx", [
            ...ROOT_UNIT([
                "HOST=127.0.0.1",
                "PORT=9100",
                "INFLUX_HOST=http://10.20.4.11:8086",
                "GRAPHITE_HOST=10.20.4.12",
            ]),
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 51): a root node agent on 127.0.0.1 whose unit names its backing services by IP (SYSLOG_HOST, FLUENTD_HOST) is refused as "listening
    // beyond loopback ... on 10.20.4.20, 10.20.4.21": userData.ts clientSetting credits only FAR_END_WORD prefixes, which lack SYSLOG and FLUENTD/FLUENT.
    // These name servers the agent sends to (twelve-factor "IV. Backing services"; a remote syslog / Fluentd forward aggregator is the log sink the agent connects to), not where it listens.
    // Who gains: no one. Fix: add SYSLOG and FLUENTD/FLUENT to FAR_END_WORD (or treat <PREFIX>_HOST with a non-loopback IP as a client
    // setting when the same unit sets the program's own HOST/PORT to loopback).
    {
        stack: "dev",
        name: "S8: a root log shipper on 127.0.0.1 sending to a remote syslog and a Fluentd aggregator (SYSLOG_HOST, FLUENTD_HOST)",
        edit: devNodeScript("node-agent-syslog", [
            ...ROOT_UNIT(["HOST=127.0.0.1", "SYSLOG_HOST=10.20.4.20", "FLUENTD_HOST=10.20.4.21", "FLUENTD_PORT=24224"]),
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 51): a root node agent on 127.0.0.1 whose unit names its backing services by IP (MQTT_HOST, CLICKHOUSE_HOST) is refused as "listening
    // beyond loopback ... on 10.20.4.30, 10.20.4.31": userData.ts clientSetting credits only FAR_END_WORD prefixes, which lack MQTT and CLICKHOUSE.
    // These name servers the agent sends to (twelve-factor "IV. Backing services"; clickhouse-client is already a KNOWN_CLIENT; an MQTT broker is a messaging backing service), not where it listens.
    // Who gains: no one. Fix: add MQTT and CLICKHOUSE to FAR_END_WORD (or treat <PREFIX>_HOST with a non-loopback IP as a client
    // setting when the same unit sets the program's own HOST/PORT to loopback).
    {
        stack: "dev",
        name: "S9: a root agent on 127.0.0.1 publishing to an MQTT broker and a ClickHouse server (MQTT_HOST, CLICKHOUSE_HOST)",
        edit: devNodeScript("node-agent-mqtt", [
            ...ROOT_UNIT(["HOST=127.0.0.1", "MQTT_HOST=10.20.4.30", "CLICKHOUSE_HOST=10.20.4.31"]),
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I7: the same root agent told HOST=0.0.0.0 (every address) besides its InfluxDB client setting",
        edit: devNodeScript("node-agent-open", [...ROOT_UNIT(["HOST=0.0.0.0", "INFLUXDB_HOST=10.20.4.11"])]),
        refused: /node-agent-open/,
        config: nodePolicyConfig,
    },
    // Neighbours (round 51): sinks' URLs and lists stay clients (MQTT_BROKER_URL, CLICKHOUSE_URL, GRAPHITE_SERVERS);
    // a sink's name never hides every address (GRAPHITE_HOST=0.0.0.0 is where it would listen, no server to send to),
    // nor a LISTEN word beside it (MQTT_LISTEN_HOST).
    {
        stack: "dev",
        name: "S9b: the root agent on 127.0.0.1 sending to MQTT_BROKER_URL, CLICKHOUSE_URL and GRAPHITE_SERVERS on private IPs",
        edit: devNodeScript("node-agent-sink-urls", [
            ...ROOT_UNIT([
                "HOST=127.0.0.1",
                "MQTT_BROKER_URL=mqtt://10.20.4.30:1883",
                "CLICKHOUSE_URL=http://10.20.4.31:8123",
                "GRAPHITE_SERVERS=10.20.4.12:2003,10.20.4.13:2003",
            ]),
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I7b: the root agent on 127.0.0.1 told GRAPHITE_HOST=0.0.0.0 (every address is no sink's address)",
        edit: devNodeScript("node-agent-sink-all", [...ROOT_UNIT(["HOST=127.0.0.1", "GRAPHITE_HOST=0.0.0.0"])]),
        refused: /node-agent-sink-all/,
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I7c: the root agent told MQTT_LISTEN_HOST=10.20.4.30 (a LISTEN word: its own address, not its broker's)",
        edit: devNodeScript("node-agent-mqtt-listen", [
            ...ROOT_UNIT(["HOST=127.0.0.1", "MQTT_LISTEN_HOST=10.20.4.30"]),
        ]),
        refused: /node-agent-mqtt-listen/,
        config: nodePolicyConfig,
    },
    // ---- capsh as a launcher (round 50) ----
    {
        stack: "dev",
        name: "S10: capsh --user=app runs an unread server on every address (the app user's uid, gid and groups)",
        edit: devNodeScript("node-capsh-user", [
            "capsh --user=app -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:8080 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "S11: capsh --gid=1001 --groups=1001 --uid=1001 (gid and groups dropped before the uid) runs the same server",
        edit: devNodeScript("node-capsh-uid-gid", [
            "capsh --gid=1001 --groups=1001 --uid=1001 -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:8080 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 51): capsh(1)'s own ambient-capability example (`--caps="cap_net_raw+eip cap_setpcap,cap_setuid,cap_setgid+ep" --keep=1
    // --user=nobody --addamb=cap_net_raw -- -c CMD`), here with cap_net_bind_service, is judged root: shell.ts capsh rootPower
    // counts every capability in --caps, but those are capsh's own, needed to switch user; after --user the exec'd
    // non-root program gets only the ambient set (capabilities(7) execve: P'(permitted) = (P(inh) & F(inh)) |
    // (F(perm) & bset) | P'(ambient), file caps none). Who gains: no one (user app with cap_net_bind_service only).
    // Fix: with --user/--uid+--gid after --caps, judge only --addamb (and --inh when the target file has inheritable
    // caps) against cap_net_bind_service; --caps after the user switch still counts.
    {
        stack: "dev",
        name: "S12: capsh --caps='cap_net_bind_service+eip' --keep=1 --user=app --addamb=cap_net_bind_service runs the server on :443",
        edit: devNodeScript("node-capsh-bind", [
            "capsh --caps='cap_net_bind_service+eip cap_setpcap,cap_setuid,cap_setgid+ep' --keep=1 --user=app --addamb=cap_net_bind_service -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:443 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I10: capsh --uid=1001 alone (gid 0 kept) runs the same server on every address",
        edit: devNodeScript("node-capsh-uid", [
            "capsh --uid=1001 -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:8080 >/var/log/app.log 2>&1 &'",
        ]),
        refused: /node-capsh-uid/,
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "S14: the root agent's EnvironmentFile (HOST=127.0.0.1) backed up with cp to app.env.bak and checked with stat and grep",
        edit: devNodeScript("node-envfile-backup", [
            ...ROOT_ENV_AGENT,
            "cp -p /etc/app/app.env /etc/app/app.env.bak",
            "stat -c '%a %U' /etc/app/app.env",
            "grep -q '^HOST=127.0.0.1$' /etc/app/app.env",
            ...ROOT_ENV_UNIT,
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I14: the root agent's EnvironmentFile overwritten after it is written by cp from a file user data does not write",
        edit: devNodeScript("node-envfile-cp-onto", [
            ...ROOT_ENV_AGENT,
            "cp /opt/agent/defaults.env /etc/app/app.env",
            ...ROOT_ENV_UNIT,
        ]),
        config: nodePolicyConfig,
        refused: /node-envfile-cp-onto/,
    },
    // Neighbours of S5/S6 (round 51): find with keeper -execs keeps the EnvironmentFile; find's own -fprint writes
    // into it (find(1) "-fprint file: ... The file is created if it does not exist, or truncated if it does").
    {
        stack: "dev",
        name: "S18: the root agent's EnvironmentFile (HOST=127.0.0.1) moded and ACL-listed by find -exec chmod/getfacl, watched by auditctl -w",
        edit: devNodeScript("node-envfile-find-keepers", [
            ...ROOT_ENV_AGENT,
            "find /etc/app -name '*.env' -exec chmod 0600 {} + -exec getfacl {} +",
            "auditctl -w /etc/app -p wa -k app-env",
            ...ROOT_ENV_UNIT,
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I17: the root agent's EnvironmentFile overwritten by find -fprint (its list of files) beside a keeper -exec",
        edit: devNodeScript("node-envfile-fprint", [
            ...ROOT_ENV_AGENT,
            "find /opt/agent/env.d -name '*.env' -exec chmod 0600 {} + -fprint /etc/app/app.env",
            ...ROOT_ENV_UNIT,
        ]),
        config: nodePolicyConfig,
        refused: /node-envfile-fprint/,
    },
    {
        stack: "dev",
        name: "I12: capsh's ambient example with cap_dac_read_search: user nobody serves /var/lib/kubelet with http.server on every address",
        edit: devNodeScript("node-capsh-dac", [
            "capsh --caps='cap_dac_read_search+eip cap_setpcap,cap_setuid,cap_setgid+ep' --keep=1 --user=nobody --addamb=cap_dac_read_search -- -c 'nohup python3 -m http.server 8000 --directory /var/lib/kubelet >/dev/null 2>&1 &'",
        ]),
        config: nodePolicyConfig,
        refused: /node-capsh-dac|kubelet|http\.server/,
    },
    // Neighbours of S12 (round 51): capsh(1) acts on its options in order; before the user switch --caps's inheritable
    // flag still reaches the program (capabilities(7) execve: P(inheritable) & F(inheritable), P'(inheritable) =
    // P(inheritable)), a --caps after the switch counts whole, and the last --user/--uid is the user.
    {
        stack: "dev",
        name: "S19: capsh's ambient example switching with --gid/--groups/--uid (not --user) for cap_net_bind_service on :443",
        edit: devNodeScript("node-capsh-bind-uid", [
            "capsh --caps='cap_net_bind_service+eip cap_setpcap,cap_setuid,cap_setgid+ep' --keep=1 --gid=1001 --groups=1001 --uid=1001 --addamb=cap_net_bind_service -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:443 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "I18: capsh's example with cap_sys_admin in the inheritable flag before --user (it reaches a file with inheritable capabilities)",
        edit: devNodeScript("node-capsh-inh-admin", [
            "capsh --caps='cap_net_bind_service,cap_sys_admin+eip cap_setpcap,cap_setuid,cap_setgid+ep' --keep=1 --user=app --addamb=cap_net_bind_service -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:443 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
        refused: /node-capsh-inh-admin/,
    },
    {
        stack: "dev",
        name: "I19: capsh's example with a --caps after --user (cap_dac_read_search+eip for user app)",
        edit: devNodeScript("node-capsh-caps-after", [
            "capsh --caps='cap_dac_read_search,cap_setpcap,cap_setuid,cap_setgid+ep' --keep=1 --user=app --caps='cap_dac_read_search+eip' -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:443 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
        refused: /node-capsh-caps-after/,
    },
    {
        stack: "dev",
        name: "I20: capsh --keep=1 --user=app then --uid=0 (the kept CAP_SETUID returns to root)",
        edit: devNodeScript("node-capsh-back-to-root", [
            "capsh --caps='cap_setpcap,cap_setuid,cap_setgid+ep' --keep=1 --user=app --uid=0 -- -c 'nohup /opt/app/bin/server --listen 0.0.0.0:443 >/var/log/app.log 2>&1 &'",
        ]),
        config: nodePolicyConfig,
        refused: /node-capsh-back-to-root/,
    },
    {
        stack: "cross-account",
        name: "S15: Jupyter's loopback config chowned, relabelled (restorecon -Rv) and listed (ls -l, stat) after it is written",
        edit: r =>
            script(r, "caller-jupyter-keepers", [
                ...JUPYTER_OPEN,
                "chown -R root:root /etc/jupyter",
                "restorecon -Rv /etc/jupyter",
                "ls -l /etc/jupyter",
                "stat /etc/jupyter/jupyter_server_config.py",
                JUPYTER_RUN,
            ]),
    },
    // ---- root's known_hosts (round 50) on a dev node ----
    {
        stack: "dev",
        name: "N1: a dev node pre-trusts the git host for root with the usual spellings: ~/.ssh/known_hosts (tee -a) and $HOME/.ssh/known_hosts",
        edit: devNodeScript("known-hosts-tilde", [
            "mkdir -p ~/.ssh && chmod 0700 ~/.ssh",
            "ssh-keyscan -t ed25519 git.corp.example.com | tee -a ~/.ssh/known_hosts > /dev/null",
            'ssh-keyscan -t rsa git.corp.example.com >> "$HOME/.ssh/known_hosts"',
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N2: a dev node writes the git host's published key line into /root/.ssh/known_hosts2 with a heredoc",
        edit: devNodeScript("known-hosts2", [
            "install -d -m 0700 /root/.ssh",
            "cat > /root/.ssh/known_hosts2 <<'EOF'",
            "git.corp.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
            "EOF",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI1: a dev node appends ssh-keyscan output to ~/.ssh/authorized_keys (tilde spelling: keys that admit root logins)",
        edit: devNodeScript("authorized-tilde", [
            "mkdir -p ~/.ssh",
            "ssh-keyscan git.corp.example.com | tee -a ~/.ssh/authorized_keys",
        ]),
        config: nodePolicyConfig,
        refused: /authorized_keys|\.ssh/,
    },
    // ---- built-in role aggregation (RBAC) ----
    {
        stack: "prod",
        name: "S13: a CRD's read rules aggregated into view (aggregate-to-view: servicemonitors get/list/watch), view bound to platform-devs in apps",
        edit: r => {
            labelledClusterRole(r, "monitoring-view", { "rbac.authorization.k8s.io/aggregate-to-view": "true" }, [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, "devs-view-apps", {
                apiVersion: `${RBAC}/v1`,
                kind: "RoleBinding",
                metadata: { name: "devs-view", namespace: "apps" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                subjects: [DEVS],
            });
        },
    },
    {
        stack: "prod",
        name: "I13: a ClusterRole aggregated into view that adds get/list secrets (every holder of view, incl. the custody namespace's viewers)",
        edit: r => {
            labelledClusterRole(r, "secrets-view", { "rbac.authorization.k8s.io/aggregate-to-view": "true" }, [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] },
            ]);
            roleFor(r, "devs-view-all", [], [DEVS]);
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "devs-view-cluster", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRoleBinding",
                metadata: { name: "devs-view-cluster" },
                roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
                subjects: [DEVS],
            });
        },
        refused: /secret|view/,
    },
];

describeVariants(
    "allowlist: red-team round 51, secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
