/**
 * Builders shared by the secure red-team rounds 58 on (redteam58-secure, redteam59-secure): dev node groups running a
 * script or a cloud-config part, Python apps serving files (Flask, Tornado), the caller's instance with Jupyter kept on
 * localhost, and the JVM and app command lines their cases run.
 */
import { instanceOfB, jupyterConfig, KEPT } from "./callerInstanceBuilders";
import { al2023Nodes, cloudConfig, devNodeScript, heredocFile, mime, nodeConfig, shellScript } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import { Resources, StackCase } from "./support";

/** The ledger's jar run in the background, its output logged. */
export const JAR = "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &";
/** A JDWP agent given a port only (`address=5005`: every address before JDK 9, loopback from JDK 9). */
export const JDWP5005 = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005";
/** `java` (whichever is found first on PATH) running the ledger with the port-only JDWP agent. */
export const RUN_JDWP = `nohup java ${JDWP5005} ${JAR}`;
/** What a refusal of the JDWP agent names. */
export const JDWP = /jdwp|5005/;
/** /opt/ops/app.py run in the background. */
export const RUN_OPS = "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &";
/** /opt/ops/files.py run in the background. */
export const RUN_FILES = "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &";
/** What a refusal of a Python app serving files names. */
export const SERVED = /serv|files\.py|app\.py|8888|5000/;

/**
 * The case builders of one round: every resource they add is named `${round}-${tag}...` (e.g. round "rt59": the dev
 * node group `rt59-${tag}-nodes`, the caller's instance `rt59-${tag}`), so a refusal names the case that made it.
 */
export function secureCaseBuilders(round: string) {
    /** A dev node group whose user data runs `lines`, judged by the node policies. */
    const node = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string): StackCase => ({
        stack: "dev",
        name: `${refused ? "NI" : "N"}: ${what}`,
        edit: devNodeScript(`${round}-${tag}-nodes`, lines),
        config: nodePolicyConfig,
        ...(refused ? { refused } : {}),
        ...(skip ? { skip } : {}),
    });

    /** A dev node group whose user data is the NodeConfig, a cloud-config part `cc`, then a bash part running `lines`. */
    const nodeCC = (tag: string, what: string, cc: string[], lines: string[], skip?: string): StackCase => ({
        stack: "dev",
        name: `N: ${what}`,
        edit: r =>
            void al2023Nodes(
                r,
                `${round}-${tag}-nodes`,
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    cloudConfig(cc),
                    shellScript(lines, 'text/x-shellscript; charset="us-ascii"'),
                ]),
            ),
        config: nodePolicyConfig,
        ...(skip ? { skip } : {}),
    });

    /** /opt/ops/files.py: a Tornado app, `pre` lines, then a StaticFileHandler whose path is `expr`, on every address. */
    const tornadoHandler = (tag: string, what: string, pre: string[], expr: string, refused?: RegExp, skip?: string) =>
        node(
            tag,
            what,
            [
                ...heredocFile("/opt/ops/files.py", [
                    "import asyncio, os",
                    "from pathlib import Path",
                    "import tornado.web",
                    ...pre,
                    `app = tornado.web.Application([(r"/static/(.*)", tornado.web.StaticFileHandler, {"path": ${expr}})])`,
                    "app.listen(8888)",
                    "asyncio.get_event_loop().run_forever()",
                ]),
                RUN_FILES,
            ],
            refused,
            skip,
        );

    /** /opt/ops/app.py: `pre` lines, then Flask(`args`) run on 0.0.0.0 with the debugger off. */
    const flask = (tag: string, what: string, pre: string[], args: string, refused?: RegExp, skip?: string) =>
        node(
            tag,
            what,
            [
                ...heredocFile("/opt/ops/app.py", [
                    "import os",
                    "from pathlib import Path",
                    "from flask import Flask",
                    ...pre,
                    `app = Flask(${args})`,
                    'app.run(host="0.0.0.0", port=5000, debug=False)',
                ]),
                RUN_OPS,
            ],
            refused,
            skip,
        );

    /**
     * The caller's instance of account B (seed 003) with Jupyter kept on localhost (jupyterConfig), running `runcmd`
     * first; `refused`: the case is refused, naming the instance.
     */
    const callerCase = (tag: string, what: string, runcmd: string[], refused = false, skip?: string): StackCase => ({
        stack: "cross-account",
        name: `${refused ? "CI" : "C"}: ${KEPT} \`${what}\``,
        edit: (r: Resources) =>
            void instanceOfB(r, `${round}-${tag}`, jupyterConfig(runcmd), { keyName: "ops-laptop" }),
        ...(refused ? { refused: new RegExp(`${round}-${tag}`) } : {}),
        ...(skip ? { skip } : {}),
    });

    return { node, nodeCC, tornadoHandler, flask, callerCase };
}
