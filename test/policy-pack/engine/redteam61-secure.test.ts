// Red-team round 61 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes, each beside insecure neighbours hidden in the same shapes.
// JDKs the documented ways (round 60's JDK release reader) with a port-only JDWP address: the Adoptium yum repo
// (temurin-17-jdk / temurin-8-jdk), corretto.repo (17 / 1.8.0), Corretto 21/8 tarballs into JAVA_HOME, a release in a
// shell variable, `dnf install <corretto latest RPM URL>` (17 / 8), a Temurin 21 GitHub tarball run by full path, the
// Adoptium API download (17 / 8), corretto 8 and 17 side by side run by full path (17: accepted, 8: refused), an
// explicit 127.0.0.1 address on JDK 8 (accepted) and `*:5005` on JDK 17 (refused).
// Node.js apps serving their own assets (round 60's file-server reader): sirv, @fastify/static, koa-static (concat and
// path.join), res.sendFile with `root` and with path.resolve, express.static via ESM __dirname, path.resolve('public')
// and `__dirname + '/public'`, fs.readFile of one file, serve-handler `public`, an npm-installed app on PORT; their
// neighbours sirv('/'), @fastify/static root '/', sendFile(req.params[0], { root: '/' }), serve-handler public '/',
// createReadStream(path.join(__dirname, 'public', req.url)) (traversal), serveStatic(process.cwd()) from / (refused).
// Java: a Spring Boot jar on 8080 (accepted), and with static-locations=file:/ (MISS).
// Archive extraction (round 60's getopt reader): tar -C/--directory=, unzip -d, bsdtar -C, 7z -o on nodes; on the
// caller's instance tar -C, bsdtar --cd, unzip -d, 7z -O (upper-case), unar -o, unrar x -cfg- DIR/, cabextract -d into
// /srv (accepted); bsdtar --cd=/root, 7z -O/root, cabextract -d/root (glued), bsdtar --insecure and pax -r (absolute
// member names) (refused).
// Identities of no workload: auditors (cloudtrail, access-analyzer, credential report, config, securityhub, tag), log
// and metric readers (logs Insights, xray), PutMetricData with StringLike namespace and a Region condition (accepted);
// neighbours adding secretsmanager:GetSecretValue, ssm:GetParameter, `kms:*Key*`, Allow NotAction [iam,kms,sts] (refused).
// Not filed: key-policy statements naming auditors outside the model (refused by design: operations.keyAudit,
// redteam38-secure); Python computed paths (being fixed).
// Misses (1 insecure, 5 secure; all fixed in round 61): `java -jar app.jar --spring.web.resources.static-locations=file:/` (every node file on
// 0.0.0.0:8080) is accepted; a Temurin 17 downloaded through the Adoptium API URL is release-unknown (port-only JDWP
// refused); @fastify/static `root: path.join(__dirname, 'public')` (with node:path and path), res.sendFile with
// `{ root: path.join(__dirname, 'public') }` on every address, and an ESM app's `dirname(fileURLToPath(import.meta.url))`
// __dirname are refused as serving a directory the pack cannot know.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders, JDWP, RUN_JDWP } from "./secureCaseBuilders";

const { node, callerCase } = secureCaseBuilders("rt61");
const file = heredocFile;
const ADOPTIUM_REPO = [
    ...file("/etc/yum.repos.d/adoptium.repo", [
        "[Adoptium]",
        "name=Adoptium",
        "baseurl=https://packages.adoptium.net/artifactory/rpm/amazonlinux/2/$basearch",
        "enabled=1",
        "gpgcheck=1",
        "gpgkey=https://packages.adoptium.net/artifactory/api/gpg/key/public",
    ]),
];
/** node /opt/ops/web.js written from `code`, run from /opt/ops. */
const nodeApp = (tag: string, what: string, code: string[], refused?: RegExp, skip?: string) =>
    node(
        tag,
        what,
        [...file("/opt/ops/web.js", code), "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &"],
        refused,
        skip,
    );
const WEB = /web|3000|node|serv/;

const CASES: StackCase[] = [
    // ================= JDKs the documented ways, port-only JDWP (loopback from JDK 9) =================
    node("temurin17-repo", "Adoptium yum repo, dnf install temurin-17-jdk; JDWP address=5005", [
        ...ADOPTIUM_REPO,
        "dnf install -y temurin-17-jdk",
        RUN_JDWP,
    ]),
    node(
        "temurin8-repo",
        "Adoptium yum repo, dnf install temurin-8-jdk; JDWP address=5005 (JDK 8: every address)",
        [...ADOPTIUM_REPO, "dnf install -y temurin-8-jdk", RUN_JDWP],
        JDWP,
    ),
    node(
        "corretto17-repo",
        "rpm --import corretto key, corretto.repo, yum install java-17-amazon-corretto-devel; JDWP 5005",
        [
            "rpm --import https://yum.corretto.aws/corretto.key",
            "curl -L -o /etc/yum.repos.d/corretto.repo https://yum.corretto.aws/corretto.repo",
            "yum install -y java-17-amazon-corretto-devel",
            RUN_JDWP,
        ],
    ),
    node(
        "corretto8-repo",
        "corretto.repo, yum install java-1.8.0-amazon-corretto-devel; JDWP 5005 (JDK 8)",
        [
            "rpm --import https://yum.corretto.aws/corretto.key",
            "curl -L -o /etc/yum.repos.d/corretto.repo https://yum.corretto.aws/corretto.repo",
            "yum install -y java-1.8.0-amazon-corretto-devel",
            RUN_JDWP,
        ],
        JDWP,
    ),
    node("corretto21-tarball", "Corretto 21 tarball into /opt/corretto, JAVA_HOME and PATH; JDWP 5005", [
        "curl -fsSLo /tmp/corretto.tar.gz https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.tar.gz",
        "mkdir -p /opt/corretto && tar -xzf /tmp/corretto.tar.gz -C /opt/corretto --strip-components=1",
        "export JAVA_HOME=/opt/corretto",
        'export PATH="$JAVA_HOME/bin:$PATH"',
        RUN_JDWP,
    ]),
    node(
        "corretto8-tarball",
        "Corretto 8 tarball into /opt/corretto, JAVA_HOME and PATH; JDWP 5005 (JDK 8)",
        [
            "curl -fsSLo /tmp/corretto.tar.gz https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.tar.gz",
            "mkdir -p /opt/corretto && tar -xzf /tmp/corretto.tar.gz -C /opt/corretto --strip-components=1",
            "export JAVA_HOME=/opt/corretto",
            'export PATH="$JAVA_HOME/bin:$PATH"',
            RUN_JDWP,
        ],
        JDWP,
    ),
    node("corretto17-var", "JDK_VERSION=17; dnf install java-${JDK_VERSION}-amazon-corretto-headless; JDWP 5005", [
        "JDK_VERSION=17",
        'dnf install -y "java-${JDK_VERSION}-amazon-corretto-headless"',
        RUN_JDWP,
    ]),
    node(
        "corretto-var-8",
        "JDK=1.8.0; dnf install java-${JDK}-amazon-corretto; JDWP 5005 (JDK 8)",
        ["JDK=1.8.0", 'dnf install -y "java-${JDK}-amazon-corretto"', RUN_JDWP],
        JDWP,
    ),
    node(
        "temurin21-wget-tarball",
        "wget Temurin 21 JDK tarball (-O), tar -C /opt, run /opt/jdk-21.0.4+7/bin/java JDWP 5005",
        [
            "wget -q -O /tmp/temurin21.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.4%2B7/OpenJDK21U-jdk_x64_linux_hotspot_21.0.4_7.tar.gz",
            "tar -xzf /tmp/temurin21.tar.gz -C /opt",
            `nohup /opt/jdk-21.0.4+7/bin/java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &`,
        ],
    ),
    node(
        "jdwp-explicit-lo-jdk8",
        "dnf install java-1.8.0-amazon-corretto; JDWP address=127.0.0.1:5005 (explicit loopback)",
        [
            "dnf install -y java-1.8.0-amazon-corretto",
            `nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &`,
        ],
    ),
    node(
        "jdwp-star-jdk17",
        "dnf install java-17-amazon-corretto; JDWP address=*:5005 (every address)",
        [
            "dnf install -y java-17-amazon-corretto-headless",
            `nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &`,
        ],
        JDWP,
    ),

    node("corretto17-dnf-url", "dnf install -y <corretto 17 latest RPM URL>; JDWP 5005", [
        "dnf install -y https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
        RUN_JDWP,
    ]),
    node(
        "corretto8-dnf-url",
        "dnf install -y <corretto 8 latest RPM URL>; JDWP 5005 (JDK 8)",
        ["dnf install -y https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm", RUN_JDWP],
        JDWP,
    ),

    // Was a MISS (fixed in round 61): secure refused: Adoptium API v3 (api.adoptium.net, /v3/binary/latest/{feature_version}/{release_type}/{os}/
    // {arch}/{image_type}/{jvm_impl}/{heap_size}/{vendor}: "Redirects to the binary that matches your current
    // selection"): the URL names feature version 17, so the only JDK is a Temurin 17 and a port-only JDWP address is
    // loopback (JDK 9+, JDK-8041435, DECIDED round 55). Round 60 takes Temurin tarball releases from the GitHub
    // release URL (temurin17-binaries) only; the documented API download leaves the release unknown and JDWP is refused.
    // Its JDK 8 neighbour (latest/8/) is refused rightly.
    node(
        "temurin17-api",
        "Adoptium API: curl -L -o jdk.tar.gz .../v3/binary/latest/17/ga/linux/x64/jdk/hotspot/normal/eclipse, JAVA_HOME",
        [
            'curl -fsSL -o /tmp/jdk.tar.gz "https://api.adoptium.net/v3/binary/latest/17/ga/linux/x64/jdk/hotspot/normal/eclipse"',
            "mkdir -p /opt/java/openjdk && tar -xzf /tmp/jdk.tar.gz -C /opt/java/openjdk --strip-components=1",
            "export JAVA_HOME=/opt/java/openjdk",
            'export PATH="$JAVA_HOME/bin:$PATH"',
            RUN_JDWP,
        ],
    ),
    // Round 61 fix neighbours: the API's release-name download (17 accepted, 8u refused) and a debug image (no JVM).
    node(
        "temurin17-api-version",
        "Adoptium API: .../v3/binary/version/jdk-17.0.12%2B7/linux/x64/jdk/hotspot/normal/eclipse, JAVA_HOME",
        [
            'curl -fsSL -o /tmp/jdk.tar.gz "https://api.adoptium.net/v3/binary/version/jdk-17.0.12%2B7/linux/x64/jdk/hotspot/normal/eclipse"',
            "mkdir -p /opt/java/openjdk && tar -xzf /tmp/jdk.tar.gz -C /opt/java/openjdk --strip-components=1",
            "export JAVA_HOME=/opt/java/openjdk",
            'export PATH="$JAVA_HOME/bin:$PATH"',
            RUN_JDWP,
        ],
    ),
    node(
        "temurin8-api-version",
        "Adoptium API: .../v3/binary/version/jdk8u422-b05/linux/x64/jdk/hotspot/normal/eclipse; JDWP 5005 (JDK 8)",
        [
            'curl -fsSL -o /tmp/jdk.tar.gz "https://api.adoptium.net/v3/binary/version/jdk8u422-b05/linux/x64/jdk/hotspot/normal/eclipse"',
            "mkdir -p /opt/java/openjdk && tar -xzf /tmp/jdk.tar.gz -C /opt/java/openjdk --strip-components=1",
            "export JAVA_HOME=/opt/java/openjdk",
            'export PATH="$JAVA_HOME/bin:$PATH"',
            RUN_JDWP,
        ],
        JDWP,
    ),
    node(
        "temurin-api-latest-variable",
        "Adoptium API: .../v3/binary/latest/$JAVA_VERSION/... (a release the pack cannot read); JDWP 5005",
        [
            'curl -fsSL -o /tmp/jdk.tar.gz "https://api.adoptium.net/v3/binary/latest/${JAVA_VERSION}/ga/linux/x64/jdk/hotspot/normal/eclipse"',
            "mkdir -p /opt/java/openjdk && tar -xzf /tmp/jdk.tar.gz -C /opt/java/openjdk --strip-components=1",
            "export JAVA_HOME=/opt/java/openjdk",
            'export PATH="$JAVA_HOME/bin:$PATH"',
            RUN_JDWP,
        ],
        JDWP,
    ),
    node(
        "temurin8-api",
        "Adoptium API: .../v3/binary/latest/8/ga/linux/x64/jdk/hotspot/normal/eclipse, JAVA_HOME; JDWP 5005 (JDK 8)",
        [
            'curl -fsSL -o /tmp/jdk.tar.gz "https://api.adoptium.net/v3/binary/latest/8/ga/linux/x64/jdk/hotspot/normal/eclipse"',
            "mkdir -p /opt/java/openjdk && tar -xzf /tmp/jdk.tar.gz -C /opt/java/openjdk --strip-components=1",
            "export JAVA_HOME=/opt/java/openjdk",
            'export PATH="$JAVA_HOME/bin:$PATH"',
            RUN_JDWP,
        ],
        JDWP,
    ),
    node(
        "corretto-8-and-17-explicit",
        "corretto 8 and 17 installed; /usr/lib/jvm/java-17-amazon-corretto/bin/java with JDWP 5005",
        [
            "dnf install -y java-1.8.0-amazon-corretto java-17-amazon-corretto-headless",
            `nohup /usr/lib/jvm/java-17-amazon-corretto/bin/java ${"-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005"} -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &`,
        ],
    ),
    node(
        "corretto-8-and-17-java8",
        "corretto 8 and 17 installed; /usr/lib/jvm/java-1.8.0-amazon-corretto/jre/bin/java with JDWP 5005 (JDK 8)",
        [
            "dnf install -y java-1.8.0-amazon-corretto java-17-amazon-corretto-headless",
            `nohup /usr/lib/jvm/java-1.8.0-amazon-corretto/jre/bin/java ${"-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005"} -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &`,
        ],
        JDWP,
    ),

    // ================= Node.js apps serving their own assets =================
    nodeApp("sirv-own", "sirv('public', { dev: false }) with polka on 0.0.0.0:3000", [
        "const polka = require('polka');",
        "const sirv = require('sirv');",
        "polka().use(sirv('public', { maxAge: 31536000, immutable: true })).listen(3000, '0.0.0.0');",
    ]),
    nodeApp(
        "sirv-root",
        "sirv('/') with polka on 0.0.0.0:3000",
        [
            "const polka = require('polka');",
            "const sirv = require('sirv');",
            "polka().use(sirv('/')).listen(3000, '0.0.0.0');",
        ],
        WEB,
    ),
    // Was a MISS (fixed in round 61): secure refused: @fastify/static README (github.com/fastify/fastify-static, "Usage"): `root` (required) is
    // "The absolute path of the directory that contains the files to serve", and the README's own example is
    // `root: path.join(__dirname, 'public')` (with require('node:path')): /opt/ops/public, the app's own assets. The
    // pack follows path.join(__dirname, 'public') in express.static (redteam60) but not in @fastify/static's `root`
    // option, and refuses it as "a directory the pack cannot know" on 0.0.0.0 (also with require('path'), next case).
    nodeApp(
        "fastify-static-own",
        "@fastify/static root: path.join(__dirname, 'public'), listen({ port: 3000, host: '0.0.0.0' })",
        [
            "const path = require('node:path');",
            "const fastify = require('fastify')({ logger: true });",
            "fastify.register(require('@fastify/static'), { root: path.join(__dirname, 'public'), prefix: '/public/' });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ],
    ),
    // Was a MISS (fixed in round 61): secure refused: the same @fastify/static `root: path.join(__dirname, 'public')` with require('path').
    nodeApp(
        "fastify-static-own-path",
        "@fastify/static root: path.join(__dirname, 'public') with require('path'), on 0.0.0.0",
        [
            "const path = require('path');",
            "const fastify = require('fastify')();",
            "fastify.register(require('@fastify/static'), { root: path.join(__dirname, 'public') });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ],
    ),
    nodeApp(
        "fastify-static-root",
        "@fastify/static root: '/', listen({ port: 3000, host: '0.0.0.0' })",
        [
            "const fastify = require('fastify')();",
            "fastify.register(require('@fastify/static'), { root: '/' });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ],
        WEB,
    ),
    nodeApp("koa-static-own", "koa-static(__dirname + '/public') on 3000", [
        "const Koa = require('koa');",
        "const serve = require('koa-static');",
        "const app = new Koa();",
        "app.use(serve(__dirname + '/public'));",
        "app.listen(3000);",
    ]),
    // Was a MISS (fixed in round 61): secure refused: Express 4.x API, res.sendFile(path [, options] [, fn]): "Unless the root option is set in
    // the options object, path must be an absolute path"; `root`: "Root directory for relative filenames" (send
    // refuses paths escaping it). sendFile('index.html', { root: path.join(__dirname, 'public') }) sends
    // /opt/ops/public/index.html only; the pack does not read the `root` option and refuses it as a directory it cannot
    // know on every address (accepted on 127.0.0.1, next case).
    nodeApp(
        "sendfile-root-opt",
        "express res.sendFile('index.html', { root: path.join(__dirname, 'public') }) on 3000",
        [
            "const path = require('path');",
            "const express = require('express');",
            "const app = express();",
            "app.get('/', (req, res) => res.sendFile('index.html', { root: path.join(__dirname, 'public') }));",
            "app.listen(3000);",
        ],
    ),
    nodeApp(
        "sendfile-root-lo",
        "express res.sendFile('index.html', { root: path.join(__dirname, 'public') }) on 127.0.0.1:3000",
        [
            "const path = require('path');",
            "const express = require('express');",
            "const app = express();",
            "app.get('/', (req, res) => res.sendFile('index.html', { root: path.join(__dirname, 'public') }));",
            "app.listen(3000, '127.0.0.1');",
        ],
    ),
    nodeApp("koa-static-join-any", "koa-static(path.join(__dirname, 'public')) on 0.0.0.0:3000", [
        "const path = require('path');",
        "const Koa = require('koa');",
        "const serve = require('koa-static');",
        "const app = new Koa();",
        "app.use(serve(path.join(__dirname, 'public')));",
        "app.listen(3000, '0.0.0.0');",
    ]),
    nodeApp("express-static-resolve-cwd", "express.static(path.resolve('public')) run from /opt/ops, on 0.0.0.0:3000", [
        "const path = require('path');",
        "const express = require('express');",
        "express().use(express.static(path.resolve('public'), { dotfiles: 'ignore' })).listen(3000, '0.0.0.0');",
    ]),
    nodeApp("express-static-concat", "express.static(__dirname + '/public') on 0.0.0.0:3000", [
        "const express = require('express');",
        "express().use(express.static(__dirname + '/public')).listen(3000, '0.0.0.0');",
    ]),
    nodeApp(
        "readstream-join-url",
        "http server streaming fs.createReadStream(path.join(__dirname, 'public', req.url)) on 0.0.0.0 (req.url '/../../../etc/...' escapes)",
        [
            "const http = require('http');",
            "const fs = require('fs');",
            "const path = require('path');",
            "http.createServer((req, res) => fs.createReadStream(path.join(__dirname, 'public', req.url)).pipe(res)).listen(3000, '0.0.0.0');",
        ],
        WEB,
    ),
    node(
        "serve-static-cwd-root",
        "cd / && node /opt/ops/web.js: serveStatic(process.cwd()) on 0.0.0.0:3000 (the working directory is /)",
        [
            ...file("/opt/ops/web.js", [
                "const http = require('http');",
                "const serveStatic = require('serve-static');",
                "const serve = serveStatic(process.cwd());",
                "http.createServer((req, res) => serve(req, res, () => res.end())).listen(3000, '0.0.0.0');",
            ]),
            "cd / && nohup node /opt/ops/web.js >/var/log/web.log 2>&1 &",
        ],
        WEB,
    ),
    nodeApp("sendfile-resolve", "express res.sendFile(path.resolve(__dirname, 'public', 'index.html')) on 3000", [
        "const path = require('path');",
        "const express = require('express');",
        "const app = express();",
        "app.get('*', (req, res) => res.sendFile(path.resolve(__dirname, 'public', 'index.html')));",
        "app.listen(3000);",
    ]),
    nodeApp(
        "sendfile-param",
        "express res.sendFile(req.params[0], { root: '/' }) on 3000 (any file)",
        [
            "const express = require('express');",
            "const app = express();",
            "app.get('/f/*', (req, res) => res.sendFile(req.params[0], { root: '/' }));",
            "app.listen(3000);",
        ],
        WEB,
    ),
    // Was a MISS (fixed in round 61): secure refused: Node.js docs, "Modules: ECMAScript modules", "No __filename or __dirname": "These CommonJS
    // variables are not available in ES modules ... can be replicated via import.meta.filename / import.meta.dirname"
    // (before 20.11, `dirname(fileURLToPath(import.meta.url))`, the url module's documented conversion). The ESM app's
    // express.static(join(__dirname, 'dist')) serves /opt/ops/dist; the pack treats the script's own __dirname
    // binding as unknown and refuses the CommonJS-equivalent app (accepted in redteam60 express-static).
    nodeApp(
        "express-static-esm",
        "ESM: fileURLToPath(import.meta.url) dirname, express.static(join(__dirname, 'dist'))",
        [
            "import express from 'express';",
            "import { dirname, join } from 'node:path';",
            "import { fileURLToPath } from 'node:url';",
            "const __dirname = dirname(fileURLToPath(import.meta.url));",
            "const app = express();",
            "app.use(express.static(join(__dirname, 'dist')));",
            "app.listen(3000, '0.0.0.0');",
        ],
    ),
    nodeApp("readfile-index", "http server answering fs.readFile(path.join(__dirname, 'index.html')) on 0.0.0.0:8080", [
        "const http = require('http');",
        "const fs = require('fs');",
        "const path = require('path');",
        "http.createServer((req, res) => fs.readFile(path.join(__dirname, 'index.html'), (e, d) => res.end(d))).listen(8080, '0.0.0.0');",
    ]),
    nodeApp("serve-handler-own", "serve-handler { public: 'dist' } on 3000", [
        "const handler = require('serve-handler');",
        "const http = require('http');",
        "http.createServer((req, res) => handler(req, res, { public: 'dist' })).listen(3000);",
    ]),
    nodeApp(
        "serve-handler-root",
        "serve-handler { public: '/' } on 3000",
        [
            "const handler = require('serve-handler');",
            "const http = require('http');",
            "http.createServer((req, res) => handler(req, res, { public: '/' })).listen(3000);",
        ],
        WEB,
    ),
    node("npm-ci-start", "git clone the app, npm ci --omit=dev, node server.js serving express.static('public')", [
        ...file("/opt/ops/server.js", [
            "const express = require('express');",
            "const app = express();",
            "app.use(express.static('public'));",
            "const port = process.env.PORT || 3000;",
            "app.listen(port, () => console.log(`listening on ${port}`));",
        ]),
        "cd /opt/ops && npm ci --omit=dev",
        "cd /opt/ops && PORT=3000 nohup node server.js >/var/log/web.log 2>&1 &",
    ]),

    // ================= Java apps serving their own assets =================
    node(
        "spring-jar",
        "dnf install corretto 21; java -jar app.jar --server.port=8080 (Spring Boot, classpath:/static)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --server.port=8080 >/var/log/app.log 2>&1 &",
        ],
    ),
    // Was a MISS (fixed in round 61): insecure accepted: Spring Boot reference, "Static Content": Spring MVC serves static content from the
    // locations `spring.web.resources.static-locations` names ("You can also customize the static resource locations"),
    // under /** by default, and the embedded server listens on every address unless `server.address` is set. So
    // root's `java -jar app.jar --spring.web.resources.static-locations=file:/` serves every node file (the kubelet's
    // key, projected tokens) on 0.0.0.0:8080. The pack reads the jar's command line for JDWP only; `file:/` as a static
    // location is an explicit root served, unlike a plain unread jar (accepted above).
    node(
        "spring-web-resources-root",
        "java -jar app.jar --spring.web.resources.static-locations=file:/ (every node file)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --spring.web.resources.static-locations=file:/ >/var/log/app.log 2>&1 &",
        ],
        /app\.jar|static|8080|java/,
    ),

    // Round 61 fix neighbours: the property from -D, SPRING_APPLICATION_JSON, an application.properties or a config/
    // application.yml user data writes in the working directory (refused); an app directory, a loopback
    // server.address and classpath/relative locations (accepted).
    node(
        "spring-static-locations-system-property",
        "java -Dspring.web.resources.static-locations=file:/var/lib/kubelet/ -jar app.jar",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -Dspring.web.resources.static-locations=file:/var/lib/kubelet/ -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ],
        /app\.jar|static|8080|java|Spring/,
    ),
    node(
        "spring-application-json-root",
        'SPRING_APPLICATION_JSON=\'{"spring":{"web":{"resources":{"static-locations":["file:/"]}}}}\' java -jar app.jar',
        [
            "dnf install -y java-21-amazon-corretto-headless",
            'export SPRING_APPLICATION_JSON=\'{"spring":{"web":{"resources":{"static-locations":["file:/"]}}}}\'',
            "nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ],
        /app\.jar|static|8080|java|Spring/,
    ),
    node(
        "spring-application-properties-root",
        "/opt/ops/application.properties: spring.web.resources.staticLocations=file:/var/; cd /opt/ops && java -jar app.jar",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/opt/ops/application.properties", [
                "server.port=8080",
                "spring.web.resources.staticLocations=file:/var/",
            ]),
            "cd /opt/ops && nohup java -jar app.jar >/var/log/app.log 2>&1 &",
        ],
        /app\.jar|static|8080|java|Spring/,
    ),
    node(
        "spring-config-yml-root",
        "/opt/ops/config/application.yml: spring.web.resources.static-locations [classpath:/static/, file:/]",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/opt/ops/config/application.yml", [
                "spring:",
                "  web:",
                "    resources:",
                "      static-locations:",
                "        - classpath:/static/",
                "        - file:/",
            ]),
            "cd /opt/ops && nohup java -jar app.jar >/var/log/app.log 2>&1 &",
        ],
        /app\.jar|static|8080|java|Spring/,
    ),
    node(
        "spring-static-locations-app-dir",
        "java -jar app.jar --spring.web.resources.static-locations=file:/opt/ops/public/ (the app's own assets)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --spring.web.resources.static-locations=file:/opt/ops/public/ >/var/log/app.log 2>&1 &",
        ],
    ),
    node(
        "spring-static-locations-loopback",
        "java -jar app.jar --server.address=127.0.0.1 --spring.web.resources.static-locations=file:/ (loopback only)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --server.address=127.0.0.1 --spring.web.resources.static-locations=file:/ >/var/log/app.log 2>&1 &",
        ],
    ),
    node(
        "spring-application-properties-relative",
        "/opt/ops/application.properties: static-locations=classpath:/static/,file:./public/; cd /opt/ops && java -jar app.jar",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/opt/ops/application.properties", [
                "spring.web.resources.static-locations=classpath:/static/,file:./public/",
            ]),
            "cd /opt/ops && nohup java -jar app.jar >/var/log/app.log 2>&1 &",
        ],
    ),

    // ================= archive extraction into app directories =================
    node("tar-C-app", "tar -xzf app.tgz -C /opt/ops (GNU tar)", [
        "mkdir -p /opt/ops",
        "tar -xzf /tmp/app.tgz -C /opt/ops",
    ]),
    node("tar-directory-eq", "tar --extract --file=/tmp/app.tgz --directory=/opt/ops --no-same-owner", [
        "mkdir -p /opt/ops",
        "tar --extract --gzip --file=/tmp/app.tgz --directory=/opt/ops --no-same-owner",
    ]),
    node("unzip-d", "unzip -q -o /tmp/app.zip -d /opt/ops", ["unzip -q -o /tmp/app.zip -d /opt/ops"]),
    node("bsdtar-C", "bsdtar -xf /tmp/app.zip -C /opt/ops", ["bsdtar -xf /tmp/app.zip -C /opt/ops"]),
    node("7z-o", "7z x /tmp/app.7z -o/opt/ops -y", ["dnf install -y p7zip", "7z x /tmp/app.7z -o/opt/ops -y"]),
    callerCase("caller-tar-srv", "tar -xzf /opt/seed/notes.tgz -C /srv/notes", [
        "mkdir -p /srv/notes",
        "tar -xzf /opt/seed/notes.tgz -C /srv/notes",
    ]),
    callerCase("caller-bsdtar-cd", "bsdtar -xf /opt/seed/notes.zip --cd /srv/notes", [
        "mkdir -p /srv/notes",
        "bsdtar -xf /opt/seed/notes.zip --cd /srv/notes",
    ]),
    callerCase(
        "caller-bsdtar-cd-root",
        "cd /srv && bsdtar -xf /opt/seed/notes.zip --cd=/root (over /root/.jupyter)",
        ["cd /srv && bsdtar -xf /opt/seed/notes.zip --cd=/root"],
        true,
    ),
    callerCase(
        "caller-bsdtar-insecure",
        "cd /srv/notes && bsdtar -xf /opt/seed/notes.tar --insecure (absolute and .. member names kept)",
        ["mkdir -p /srv/notes", "cd /srv/notes && bsdtar -xf /opt/seed/notes.tar --insecure"],
        true,
    ),
    callerCase(
        "caller-7z-upper-root",
        "cd /srv && 7z x /opt/seed/notes.7z -O/root -y (over /root/.jupyter)",
        ["cd /srv && 7z x /opt/seed/notes.7z -O/root -y"],
        true,
    ),
    callerCase("caller-unzip-srv", "cd /root && unzip -o /opt/seed/notes.zip -d /srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && unzip -o /opt/seed/notes.zip -d /srv/notes",
    ]),
    callerCase("caller-7z-upper", "cd /root && 7z x /opt/seed/notes.7z -O/srv/notes (switches case-insensitive)", [
        "mkdir -p /srv/notes",
        "cd /root && 7z x /opt/seed/notes.7z -O/srv/notes -y",
    ]),
    callerCase("caller-unar-o", "cd /root && unar -o /srv/notes /opt/seed/notes.rar", [
        "mkdir -p /srv/notes",
        "cd /root && unar -o /srv/notes /opt/seed/notes.rar",
    ]),
    callerCase("caller-unrar-dir", "cd /root && unrar x -cfg- /opt/seed/notes.rar /srv/notes/", [
        "mkdir -p /srv/notes",
        "cd /root && unrar x -cfg- /opt/seed/notes.rar /srv/notes/",
    ]),
    // pax -r keeps the archive's member names, absolute ones included (POSIX pax: no leading-/ stripping), so it may
    // write /root/.jupyter wherever it runs (README round 52/60: pax -r writes anywhere): refused, rightly.
    callerCase(
        "caller-pax-srv",
        "cd /srv/notes && pax -r -f /opt/seed/notes.pax (member names may be absolute)",
        ["mkdir -p /srv/notes", "cd /srv/notes && pax -r -f /opt/seed/notes.pax"],
        true,
    ),
    callerCase("caller-cabextract-d", "cd /root && cabextract -d /srv/notes /opt/seed/notes.cab", [
        "mkdir -p /srv/notes",
        "cd /root && cabextract -d /srv/notes /opt/seed/notes.cab",
    ]),
    callerCase(
        "caller-cabextract-d-root",
        "cd /srv && cabextract -d/root /opt/seed/notes.cab (glued)",
        ["cd /srv && cabextract -d/root /opt/seed/notes.cab"],
        true,
    ),

    // ================= identities of no workload: observability, audit, key auditors =================
    {
        stack: "prod",
        name: "A: a prod auditor: cloudtrail:LookupEvents, access-analyzer:List*/Get*, iam:GenerateCredentialReport/GetCredentialReport",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt61-prod-audit", [
                allow(["cloudtrail:LookupEvents", "access-analyzer:ListFindings", "access-analyzer:GetFinding"], "*"),
                allow(["iam:GenerateCredentialReport", "iam:GetCredentialReport"], "*"),
            ]),
    },
    {
        stack: "pod-identity",
        name: "A: a signer log reader: logs:StartQuery/GetQueryResults/FilterLogEvents on its log groups",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt61-signer-logs", [
                allow(
                    ["logs:StartQuery", "logs:GetQueryResults", "logs:FilterLogEvents", "logs:DescribeLogGroups"],
                    "*",
                ),
            ]),
    },
    {
        stack: "basil",
        name: "A: a basil dashboard: cloudwatch:GetMetricData/ListMetrics and xray:GetTraceSummaries",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt61-basil-dash", [
                allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"], "*"),
                allow(["xray:GetTraceSummaries", "xray:BatchGetTraces"], "*"),
            ]),
    },
    // DECIDED (round 74): refused. config:SelectResourceConfig queries configuration items (AWS Config developer guide,
    // "Components of a Configuration Item": "Information returned through a call to the Describe or List API of the
    // resource"; codebuild-project-envvar-awscred-check finds plaintext credentials in a recorded CodeBuild project's
    // environment variables). judge.ts SECRET_READS. Its secure twin below drops the configuration query.
    {
        stack: "curity",
        name: "AI: a curity tag auditor: tag:GetResources, config:SelectResourceConfig, securityhub:GetFindings",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt61-curity-tags", [
                allow(
                    ["tag:GetResources", "tag:GetTagKeys", "config:SelectResourceConfig", "securityhub:GetFindings"],
                    "*",
                ),
            ]),
        refused: /rt61-curity-tags/,
    },
    {
        stack: "curity",
        // Round 74 (lead): not securityhub:GetFindings, a secret read since redteam74-aws (findings carry container,
        // build and function environments).
        name: "A: a curity tag auditor (round 74 twin): tag:GetResources, config:ListDiscoveredResources, securityhub:GetEnabledStandards",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt74-curity-tags", [
                allow(
                    [
                        "tag:GetResources",
                        "tag:GetTagKeys",
                        "config:ListDiscoveredResources",
                        "securityhub:GetEnabledStandards",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "dev",
        name: "A: a dev role: cloudwatch:PutMetricData with StringLike cloudwatch:namespace Ops/* and aws:RequestedRegion",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt61-dev-metrics", [
                allow("cloudwatch:PutMetricData", "*", {
                    Condition: {
                        StringLike: { "cloudwatch:namespace": "Ops/*" },
                        StringEquals: { "aws:RequestedRegion": "eu-west-1" },
                    },
                }),
            ]),
    },
    {
        stack: "prod",
        name: "AI: a prod auditor whose array also holds secretsmanager:GetSecretValue on *",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt61-prod-secret", [
                allow(["cloudtrail:LookupEvents", "secretsmanager:GetSecretValue"], "*"),
            ]),
        refused: /rt61-prod-secret/,
    },
    {
        stack: "pod-identity",
        name: "AI: a signer log reader also allowed ssm:GetParameter* on *",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt61-signer-ssm", [
                allow(["logs:FilterLogEvents", "ssm:GetParameters", "ssm:GetParameter"], "*"),
            ]),
        refused: /rt61-signer-ssm/,
    },
    {
        stack: "basil",
        name: "AI: a basil dashboard whose Action is the wildcard 'kms:*Key*' (GetPublicKey, but also CreateKey, ScheduleKeyDeletion)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt61-basil-kmsstar", [
                allow(["cloudwatch:GetMetricData", "kms:*Key*"], "*"),
            ]),
        refused: /rt61-basil-kmsstar/,
    },
    {
        stack: "curity",
        name: "AI: a curity role with Allow NotAction [iam:*, kms:*, sts:*] on * (s3, dynamodb, secretsmanager remain)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt61-curity-notaction", [
                { Effect: "Allow", NotAction: ["iam:*", "kms:*", "sts:*"], Resource: "*" },
            ]),
        refused: /rt61-curity-notaction/,
    },
];

describeVariants(
    "red team 61: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
