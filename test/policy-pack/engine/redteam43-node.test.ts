// Red-team round 43 on EKS NODE user data (fresh eyes), against round 42's container reader
// (engine/containers.ts: RUN_OPTIONS/CTR_OPTIONS, engineSubcommand's GLOBAL_VALUED, volumeBind, mountBind,
// containerCommand) and its use in engine/rootReads.ts (binds and nodePaths handed to a container, pod-like
// containers returning early, `exec`/`cp` of the engines). Probed, as an attacker reading that code: bind sources the
// engines resolve that the reader does not (relative `-v ./DIR` and `--mount source=.`, docker >= 23; a ctr `--mount`
// whose type runc ignores; podman `type=glob`), a `--network` spelling docker reads as the host network (the CSV form
// `name=host`) and a user-mode network (podman slirp4netns) whose connections leave from the node, a boolean global
// option read as taking a value (nerdctl `--insecure-registry`), a node secret passed to a container through a shell
// variable (`-e VAR="$VAR"`, `-e VAR` taking root's environment), and engine commands beside run/create that give a
// container's process more than a pod has or bring its files back to the node's root (`exec --privileged`,
// `cp CONTAINER:SRC DST` then running DST). Secure neighbours use the same spellings with data directories and
// harmless values. Misses are `skip: true` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, NodeCase, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/node-reporter:1.2.0";
const INSTALL_DOCKER = ["dnf install -y docker", "systemctl enable --now docker"];
const INSTALL_PODMAN = ["dnf install -y podman"];
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 43): docker (since Engine 23) resolves a `-v` source starting with `.` against the CLI's working directory
    // ("As of Docker Engine version 23, you can use relative paths on the host": docker run reference, "-v, --volume";
    // docker/cli#3469, #4966 for `../`; nerdctl#3183 does the same). containers.ts volumeBind() takes a source not
    // starting with `/` as a named volume (volumes.get("./pki") is undefined, so an emptyDir), so after `cd
    // /var/lib/kubelet` the kubelet's client key (the node's identity: the Node authorizer gives it the Secrets of the
    // node's pods) is handed to the image's program unseen, where `-v /var/lib/kubelet/pki:/pki` is refused. Fix:
    // resolve `.`/`..`-led sources against the reader's ctx.cwd (podman too: relative host paths are resolved against
    // its working directory), or refuse a relative source whose cwd is unknown.
    dev(
        "cd /var/lib/kubelet, then docker run -v ./pki:/pki:ro (a relative bind source, docker >= 23)",
        script("dev-docker-relv-nodes", [
            ...INSTALL_DOCKER,
            "cd /var/lib/kubelet",
            `docker run -d --name node-reporter --restart always -v ./pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): docker's --mount makes `source=.` (and `./x`) absolute with filepath.Abs (docker/cli opts/mount.go, case
    // "source", "src": `strings.HasPrefix(val, "./") || val == "."`). mountBind() looks the source up as a named volume
    // and finds none, so the bind of /var/lib/kubelet/pki is an emptyDir to the pack. Fix as above.
    dev(
        "cd /var/lib/kubelet/pki, then docker run --mount type=bind,source=.,target=/pki,readonly",
        script("dev-docker-mountdot-nodes", [
            ...INSTALL_DOCKER,
            "cd /var/lib/kubelet/pki",
            `docker run -d --name node-reporter --mount type=bind,source=.,target=/pki,readonly ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): ctr passes a --mount's type to the OCI spec as written (containerd cmd/ctr/commands/run parseMountFlag), and
    // runc ignores the type of a mount whose options hold bind/rbind ("Any "type" the user specified is meaningless (and
    // ignored) for bind-mounts": runc libcontainer/specconv/spec_linux.go createLibcontainerMount), so `type=none`
    // (the OCI config.json habit) is a bind. mountBind() returns false for a type other than volume/bind before it records
    // the source, so the container is unreadable but the bind is not among run.binds and the kubelet's keys are not
    // refused (an unreadable option that stops the reader hands every later word as a node path; an unreadable --mount
    // hands nothing). Fix: record the source of every --mount (as a bind) whatever its type, or refuse an unknown type
    // whose source holds node secrets.
    dev(
        "ctr run --mount type=none,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro (runc binds whatever the type)",
        script("dev-ctr-mount-none-nodes", [
            `ctr image pull ${IMAGE}`,
            `ctr run -d --mount type=none,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro ${IMAGE} node-reporter`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): podman's `--mount type=glob,src=GLOB,dst=DIR` binds every file matching the glob into DIR (podman-run(1),
    // "--mount": "type=glob ... src=/usr/lib/libfoo*"); mountBind() returns false for the type, dropping the source, so
    // the kubelet's client keys handed to the container are unseen. Fix as above (a glob source counts from its literal
    // part, as RootReads.writable() reads globs).
    dev(
        "podman run --mount type=glob,src=/var/lib/kubelet/pki/kubelet-client-*,dst=/pki,ro",
        script("dev-podman-glob-nodes", [
            ...INSTALL_PODMAN,
            `podman run -d --name node-reporter --mount type=glob,src=/var/lib/kubelet/pki/kubelet-client-*,dst=/pki,ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // nerdctl's global `--insecure-registry` is a boolean (nerdctl docs/command-reference.md, "Global flags") that
    // GLOBAL_VALUED reads as taking a value, so no container is read; the bind of the kubelet's keys is still refused by
    // the generic reading of the command's words (the secure neighbour below is not so lucky).
    dev(
        "nerdctl --insecure-registry run -v /var/lib/kubelet/pki:/pki:ro (a boolean global read as taking a value)",
        script("dev-nerdctl-insecure-reg-nodes", [
            `nerdctl --insecure-registry run -d --name node-reporter -v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): the kubelet's client key read into a shell variable, then handed by `-e NODE_KEY="$NODE_KEY"`: the image's
    // program (and `docker inspect`) gets the node's identity exactly as with round 42's `-e NODE_KEY="$(cat KEY)"`,
    // which is refused; the value-in-a-word check (credentialsIn/held over c.words) does not follow the variable.
    // Fix: a variable assigned from a node secret's content is that secret wherever it is expanded into a container's
    // word (docker run reference, "-e, --env").
    dev(
        'NODE_KEY="$(cat kubelet key)", then docker run -e NODE_KEY="$NODE_KEY"',
        script("dev-docker-env-var-key-nodes", [
            ...INSTALL_DOCKER,
            `NODE_KEY="$(cat ${KEY})"`,
            `docker run -d --name node-reporter --restart always -e NODE_KEY="$NODE_KEY" ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): `-e VAR` with no value passes root's own environment variable into the container ("If you don't provide a
    // value ... the variable's value from the current environment": docker run reference, "-e, --env"; podman-run(1)
    // "--env": "Podman checks the host environment for a value"). An exported variable holding the kubelet's key is
    // handed over with no word of the run naming it. Fix: treat `-e NAME` (and `NAME*` in podman) as the value of
    // NAME in the script's environment.
    dev(
        'export NODE_KEY="$(cat kubelet key)", then docker run -e NODE_KEY (the value taken from root\'s environment)',
        script("dev-docker-env-pass-key-nodes", [
            ...INSTALL_DOCKER,
            `export NODE_KEY="$(cat ${KEY})"`,
            `docker run -d --name node-reporter --restart always -e NODE_KEY ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 43): docker parses `--network` values with `=` as the CSV form (`name=NET,alias=...`; docker run reference,
    // "--network": "name=my-net,alias=web1"), and the container's network mode is the first entry's name (docker/cli
    // opts/network.go NetworkMode()), so `--network name=host` is the host network. containers.ts namespace() tests
    // the value for exactly `host`, so the container is pod-like and returns early, though it runs
    // /data/agent/start.sh (pods write /data) on the host network, where instance metadata answers with the node role
    // whatever the hop limit (podSpec.ts onHostNetwork). Fix: read the `name=` field of a CSV network value (and refuse
    // other CSV fields with host).
    dev(
        "docker run --network name=host -v /data/agent:/state ... sh /state/start.sh (CSV --network)",
        script("dev-docker-net-csv-host-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent --network name=host -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data|host network/,
    ),
    // Was a MISS (fixed in round 43): podman's `--network slirp4netns` (supported for rootful containers too: podman#7783, #7530) gives the
    // container a user-mode network stack whose outbound connections are opened by the slirp4netns process in the
    // node's network namespace (podman-run(1) "--network": "slirp4netns[:OPTIONS,...]: use slirp4netns(1) to create a
    // user network stack"), so instance metadata's answer reaches the node-side socket with hop limit 1 and the
    // container gets the node role, as on the host network. namespace() accepts any value but host/container:/ns:/pod:,
    // so the container running /data/agent/start.sh is pod-like. Fix: only default/bridge/none/named networks are
    // pod-like; slirp4netns and pasta count as the host network (AWS EC2 docs, "Configure the instance metadata options":
    // the hop limit counts network hops of the response).
    dev(
        "podman run --network slirp4netns -v /data/agent:/state ... sh /state/start.sh (user-mode networking)",
        script("dev-podman-slirp-nodes", [
            ...INSTALL_PODMAN,
            "mkdir -p /data/agent",
            `podman run -d --name agent --network slirp4netns -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data|host network|metadata/,
    ),
    // Was a MISS (fixed in round 43): `docker exec --privileged` gives the exec'd process every capability in a running container ("Set
    // --privileged to give all capabilities to the process": docker container exec reference, "Capabilities"; podman
    // exec likewise): the process runs /data/agent/start.sh, which a pod rewrites. The pack refuses the same container
    // started with `--cap-add ALL`/`--privileged` running that script, but rootReads.ts skips every `exec` (handed = [])
    // and judges only run/create. Fix: an `exec` with --privileged (or --cap-add, podman) is judged as a non-pod-like
    // container whose command is the exec'd words, mapped through the container's binds.
    dev(
        "docker run -v /data/agent:/state ... sleep infinity, then docker exec --privileged agent sh /state/start.sh",
        script("dev-docker-exec-priv-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent -v /data/agent:/state ${IMAGE} sleep infinity`,
            "docker exec --privileged agent sh /state/start.sh",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 43): `docker cp CONTAINER:SRC DEST` copies a file out of a container onto the node (docker container cp
    // reference: "from the container to the local filesystem"); the container's /state is the node's /data/agent, so
    // root copies a file a pod wrote into /usr/local/bin and runs it, as `cp /data/agent/start.sh ...` (refused) would.
    // rootReads.ts reads `docker cp` only for node secrets handed in. Fix: a `cp` whose source is CONTAINER:PATH under a
    // bind of a data directory writes that data-directory file to DEST (COPIERS).
    dev(
        "docker cp agent:/state/start.sh /usr/local/bin/node-start (the container's /state is /data/agent), then run it",
        script("dev-docker-cp-out-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent -v /data/agent:/state ${IMAGE}`,
            "docker cp agent:/state/start.sh /usr/local/bin/node-start",
            "/usr/local/bin/node-start",
        ]),
        /\/data/,
    ),
    // Controls (refused).
    dev(
        "docker run -v /var/lib/kubelet/pki:/pki:ro (control for the relative sources)",
        script("dev-docker-abs-pki-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name node-reporter --restart always -v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    dev(
        "ctr run --mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro (control for type=none)",
        script("dev-ctr-mount-bind-nodes", [
            `ctr image pull ${IMAGE}`,
            `ctr run -d --mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro ${IMAGE} node-reporter`,
        ]),
        /kubelet/,
    ),
    dev(
        "docker run --network host -v /data/agent:/state ... sh /state/start.sh (control for name=host)",
        script("dev-docker-net-host-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent --network host -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    dev(
        "docker run --cap-add sys_admin -v /data/agent:/state ... sh /state/start.sh (lower-case capability)",
        script("dev-docker-cap-lower-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent --cap-add sys_admin -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    dev(
        "docker run --privileged -v /data/agent:/state ... sh -c 'cd /state && ./start.sh'",
        script("dev-docker-priv-shc-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent --privileged -v /data/agent:/state ${IMAGE} sh -c 'cd /state && ./start.sh'`,
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 43): (secure refused): nerdctl's global `--insecure-registry` is a boolean ("skips verifying HTTPS certs, and
    // allows falling back to plain HTTP": nerdctl docs/command-reference.md, "Global flags"), but containers.ts
    // GLOBAL_VALUED lists it as taking a value, so engineSubcommand() eats `run` as its value, reads `-d --name` as
    // globals and `node-reporter` as the subcommand: no container is read, and the bind of /srv/reporter (pod-like, as
    // its `--namespace k8s.io` neighbour is accepted) is judged as a root command reading a data directory. Fix: drop
    // --insecure-registry from GLOBAL_VALUED (and fail closed, not open, when a subcommand is not a known word).
    // DECIDED (round 86): moved from the secure list. `--insecure-registry` has nerdctl pull the image without verifying
    // the registry's server (nerdctl "Global flags": "skips verifying HTTPS certs, and allows falling back to plain
    // HTTP"), so whoever answers on the path serves what root runs (round 85's P17, rootReads.ts imagePullTlsOff); the
    // option's parsing this case was written for stays read right (the verdict is that pull, not a data directory).
    dev(
        "nerdctl --insecure-registry run -v /srv/reporter:/state (a data directory)",
        script("dev-nerdctl-insecure-reg-ok-nodes", [
            "mkdir -p /srv/reporter",
            `nerdctl --insecure-registry run -d --name node-reporter -v /srv/reporter:/state ${IMAGE}`,
        ]),
        /without verifying the registry's server/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "cd /srv/reporter, then docker run -v ./state:/state (a relative bind of a data directory)",
        script("dev-docker-relv-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /srv/reporter/state",
            "cd /srv/reporter",
            `docker run -d --name node-reporter --restart always -v ./state:/state ${IMAGE}`,
        ]),
    ),
    // Was a MISS (fixed in round 43): (secure refused): runc binds a `type=none` mount with rbind (see the insecure case); a bind of /srv/reporter
    // into a container with default confinement is what a pod with that hostPath has, but mountBind() cannot read the
    // type, so the container is not pod-like and its data-directory bind is refused. Fix as the insecure case.
    dev(
        "ctr run --mount type=none,src=/srv/reporter,dst=/state,options=rbind:rw (a data directory)",
        script("dev-ctr-mount-none-ok-nodes", [
            "mkdir -p /srv/reporter",
            `ctr image pull ${IMAGE}`,
            `ctr run -d --mount type=none,src=/srv/reporter,dst=/state,options=rbind:rw ${IMAGE} node-reporter`,
        ]),
        undefined,
    ),
    dev(
        "ctr run --mount type=bind,src=/srv/reporter,dst=/state,options=rbind:rw (a data directory)",
        script("dev-ctr-mount-bind-ok-nodes", [
            "mkdir -p /srv/reporter",
            `ctr image pull ${IMAGE}`,
            `ctr run -d --mount type=bind,src=/srv/reporter,dst=/state,options=rbind:rw ${IMAGE} node-reporter`,
        ]),
    ),
    dev(
        "nerdctl --namespace k8s.io run -v /srv/reporter:/state (a global that takes a value)",
        script("dev-nerdctl-namespace-ok-nodes", [
            "mkdir -p /srv/reporter",
            `nerdctl --namespace k8s.io run -d --name node-reporter -v /srv/reporter:/state ${IMAGE}`,
        ]),
    ),
    dev(
        'export NODE_NAME="$(hostname)", then docker run -e NODE_NAME',
        script("dev-docker-env-pass-ok-nodes", [
            ...INSTALL_DOCKER,
            'export NODE_NAME="$(hostname)"',
            `docker run -d --name node-reporter --restart always -e NODE_NAME ${IMAGE}`,
        ]),
    ),
    dev(
        "docker run --network name=reporter-net,alias=reporter (CSV --network, a user network)",
        script("dev-docker-net-csv-ok-nodes", [
            ...INSTALL_DOCKER,
            "docker network create reporter-net",
            `docker run -d --name node-reporter --network name=reporter-net,alias=reporter ${IMAGE}`,
        ]),
    ),
    dev(
        "podman run --network slirp4netns running the image's own program",
        script("dev-podman-slirp-ok-nodes", [
            ...INSTALL_PODMAN,
            `podman run -d --name node-reporter --network slirp4netns ${IMAGE}`,
        ]),
    ),
    dev(
        "docker run -v /data/agent:/state ... sleep infinity, then docker exec agent sh /state/start.sh (no --privileged)",
        script("dev-docker-exec-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /data/agent",
            `docker run -d --name agent -v /data/agent:/state ${IMAGE} sleep infinity`,
            "docker exec agent sh /state/start.sh",
        ]),
    ),
    dev(
        "podman run --mount type=bind,src=/srv/reporter,dst=/state (a data directory)",
        script("dev-podman-mount-ok-nodes", [
            ...INSTALL_PODMAN,
            "mkdir -p /srv/reporter",
            `podman run -d --name node-reporter --mount type=bind,src=/srv/reporter,dst=/state ${IMAGE}`,
        ]),
    ),
];

describeNodeCases("red team round 43: node containers, bind sources, networks and engine commands", insecure, secure);
