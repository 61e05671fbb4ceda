// Red-team round 82 on over-refusals (area secure, fresh eyes): SECURE variants a demanding platform team writes on the
// committed stacks (CIS-style node hardening on dev, conditions that really restrict on prod, read-only RBAC on prod),
// each beside an insecure twin that changes one detail.
// Probed: (node, dev) modprobe.d `install MOD /bin/false` vs an interpreter of a /var/tmp script and a planted copy;
// core dumps off (core_pattern |/bin/false, a plain file name, limits.d) vs |/bin/sh, |/usr/bin/env, |/usr/bin/nice of a
// /var/tmp script; sshd_config.d hardening vs AuthorizedKeysCommand of a planted script; audit rules, auditd.conf
// space_left_action SYSLOG vs exec of a planted script, audisp plugins (/sbin/audisp-syslog vs /var/tmp); sudoers.d
// logging vs secure_path=/var/tmp; profile.d umask/TMOUT vs BASH_ENV and /etc/environment PYTHONPATH; tmpfiles.d
// d vs L+ / C / w into /etc/cron.d; unit Exec prefixes (-, +@) on a planted script; udev attribute rules vs RUN+= (and
// via env); redis, kubectl proxy (loopback TCP is still every local user's: insecure; a 0700 unix socket: secure),
// socat loopback relays (an app vs the containerd socket), http.server on ::1 vs ::; IMDS guards (FORWARD drop, owner
// match); cron aide vs python/env of /var/tmp; chmod of the kubelet's key. (AWS, prod) Allow conditions: a past
// aws:CurrentTime / aws:EpochTime bound vs an open one, aws:RequestedRegion of another region, kms:CallerAccount of
// another account, aws:PrincipalArn of the signer vs role/*, IfExists / negated operators / ForAllValues on absent
// keys; Denies unless the signer's ARN vs role/*, after a past date; CreateGrant limited to Decrypt. (K8s, prod)
// cluster read-only (nodes, namespaces, events, endpointslices, storageclasses), review APIs, events writes, pods/log,
// a pinned kube-root-ca.crt ConfigMap, serviceaccounts/token of the IRSA-less default SA vs the runtime SA, and
// pods/portforward.
// Misses (7 insecure accepted, 3 secure refused):
//   - INSECURE, an exec wrapper (env, nice) as a kernel helper's program: core-pipe-env-vartmp, core-pipe-nice-vartmp
//     (userData.ts kernelRuns -> judge.ran).
//   - INSECURE, auditd.conf `*_action = exec PATH`: auditd-exec-vartmp (rootReads.ts auditd.conf reads plugin_dir only).
//   - INSECURE, tmpfiles.d C (copy) of a planted file: tmpfiles-copy-cron-vartmp (rootReads.ts tmpfiles reader).
//   - INSECURE, the kubelet's client key made readable to every local user: kubelet-key-world, kubelet-dir-world
//     (no read-widening chmod of NODE_SECRETS).
//   - INSECURE, pods/portforward into the runtime pod: pod-portforward (kubernetes.ts).
//   - secure, a past date bound on aws:CurrentTime: date-expired (conditions.ts; the aws:EpochTime spelling is clean).
//   - secure, an Allow pinned to another region: allow-region-other (round 80's deny-region-other class, still open).
//   - secure, a --kubeconfig operand read as copied to a /var/log redirect: kubectl-healthz-log (rootReads.ts
//     NODE_SECRETS copy rule).
// Held: 29 of 36 insecure refused; 27 of 30 secure clean.
import { describeVariants, Resources, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt82s");
const file = heredocFile;
/** What a refusal of a node's user data names (any node finding). */
const NODE = /./;
const nodeCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, `${what} (${tag}-rt82s)`, lines, refused, skip);

const A = ACCOUNT.prod;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const ops = (id: string, what: string, statements: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt82s: ${what}`,
    edit: (r: Resources) => opsRole(r, "prod", A, `${id}-rt82s`, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
/** Allow kms:Decrypt on every prod key under `condition`. */
const decryptIf = (condition: object) => [allow("kms:Decrypt", KEYS, { Condition: condition })];

const RBAC = "rbac.authorization.k8s.io";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const k8sCase = (id: string, what: string, rules: object[], refused?: RegExp, skip?: string, ns = "validators") =>
    ({
        stack: "prod",
        name: `${refused ? "KI" : "K"}: ${id}-rt82s: ${what}`,
        edit: (r: Resources) => roleFor(r, `${id}-rt82s`, rules, AUDITOR, ns || undefined),
        ...(refused ? { refused } : {}),
        ...(skip ? { skip } : {}),
    }) as StackCase;

const NODE_CASES: StackCase[] = [
    // ================= modprobe.d hardening (CIS "disable unused filesystems") ====================================
    // modprobe.d(5): "install modulename command...: This command instructs modprobe to run your command instead of
    // inserting the module in the kernel as normal" (as root, on any request to load the module, e.g. a mount). The CIS
    // benchmark's `install cramfs /bin/false` runs a system binary: secure. Twin: the command is an interpreter given a
    // /var/tmp script (world-writable: a local user's text runs as root on the next mount of a cramfs image).
    nodeCase("modprobe-cis-false", "printf 'install cramfs /bin/false' + blacklist > /etc/modprobe.d/cis.conf", [
        "printf '%s\\n' 'install cramfs /bin/false' 'blacklist cramfs' 'install usb-storage /bin/true' > /etc/modprobe.d/cis.conf",
    ]),
    nodeCase(
        "modprobe-install-sh-vartmp",
        "/etc/modprobe.d/cis.conf: install cramfs /bin/sh /var/tmp/cramfs.sh",
        ["printf '%s\\n' 'install cramfs /bin/sh /var/tmp/cramfs.sh' > /etc/modprobe.d/cis.conf"],
        NODE,
    ),
    nodeCase(
        "modprobe-options-vartmp",
        "/etc/modprobe.d/fw.conf copied from /var/tmp (planted install lines)",
        ["cp /var/tmp/fw.conf /etc/modprobe.d/fw.conf"],
        NODE,
    ),
    // ================= core dumps off (CIS "restrict core dumps") ================================================
    // core(5): "if the first character of this file is a pipe symbol (|), then the remainder of the line is interpreted
    // as the command-line for a user-space program (or script) that is to be executed" as root. `|/bin/false` discards
    // every dump: secure. Twin: the program is /bin/sh and its argument a /var/tmp script (a local user's text).
    nodeCase("core-pipe-false", "sysctl.d: kernel.core_pattern=|/bin/false, fs.suid_dumpable=0; limits core 0", [
        ...file("/etc/sysctl.d/50-coredump.conf", ["kernel.core_pattern = |/bin/false", "fs.suid_dumpable = 0"]),
        ...file("/etc/security/limits.d/50-cis.conf", ["* hard core 0"]),
        "sysctl --system",
    ]),
    nodeCase(
        "core-pipe-sh-vartmp",
        "sysctl.d: kernel.core_pattern=|/bin/sh /var/tmp/core.sh %p",
        [
            ...file("/etc/sysctl.d/50-coredump.conf", ["kernel.core_pattern = |/bin/sh /var/tmp/core.sh %p"]),
            "sysctl --system",
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []). core(5): the kernel runs the pipe's program as root with the rest of the line as
    // its arguments; env(1) and nice(1) exec their operand, so /var/tmp/core.sh (a local user's text: /var/tmp is
    // world-writable) runs as root on the next crash. The |/bin/sh spelling (core-pipe-sh-vartmp) and a cron line's
    // /usr/bin/env (cron-env-vartmp) are refused. Where: policy-pack/engine/userData.ts kernelRuns (words from
    // userDataReaders/kernelSettings.ts kernelHelperCommand) -> judge.ran: the helper's exec wrapper named by absolute
    // path is not unwrapped to the program it runs. Fix (general): every program the pack judges as run by root (kernel
    // helpers, modprobe install, udev RUN, cron, unit Exec*) is first unwrapped through one exec-wrapper table (env,
    // nice, ionice, nohup, timeout, setsid, stdbuf, chroot ...) by base name whatever its directory.
    nodeCase(
        "core-pipe-env-vartmp",
        "sysctl -w kernel.core_pattern='|/usr/bin/env /var/tmp/core.sh'",
        ["sysctl -w kernel.core_pattern='|/usr/bin/env /var/tmp/core.sh %p'"],
        NODE,
    ),
    // ================= sshd hardening drop-ins ==================================================================
    // sshd_config(5): AuthorizedKeysCommand "Specifies a program to be used to look up the user's public keys", run as
    // AuthorizedKeysCommandUser. A literal hardening drop-in (PermitRootLogin no ...) is secure; twin: the command is an
    // interpreter of a /var/tmp script run as root (its output also decides who logs in as root).
    nodeCase("sshd-cis-dropin", "literal /etc/ssh/sshd_config.d/50-cis.conf (no root login, no passwords)", [
        ...file("/etc/ssh/sshd_config.d/50-cis.conf", [
            "PermitRootLogin no",
            "PasswordAuthentication no",
            "X11Forwarding no",
            "MaxAuthTries 4",
            "ClientAliveInterval 300",
        ]),
        "systemctl reload sshd",
    ]),
    nodeCase(
        "sshd-akc-vartmp",
        "sshd_config.d: AuthorizedKeysCommand /bin/sh /var/tmp/keys.sh, AuthorizedKeysCommandUser root",
        [
            ...file("/etc/ssh/sshd_config.d/50-keys.conf", [
                "AuthorizedKeysCommand /bin/sh /var/tmp/keys.sh %u",
                "AuthorizedKeysCommandUser root",
            ]),
            "systemctl reload sshd",
        ],
        NODE,
    ),
    // ================= auditd ===================================================================================
    // auditd.conf(5) space_left_action: "exec /path-to-script will execute the script. You cannot pass parameters to the
    // script" (auditd runs as root). Secure: literal audit rules and space_left_action = SYSLOG. Twin: exec of a
    // /var/tmp script.
    nodeCase("auditd-rules-syslog", "literal audit rules (watch kubelet config) + space_left_action = SYSLOG", [
        ...file("/etc/audit/rules.d/50-custody.rules", [
            "-w /etc/kubernetes/ -p wa -k kube-config",
            "-w /var/lib/kubelet/ -p wa -k kubelet",
            "-a always,exit -F arch=b64 -S init_module,finit_module -k modules",
        ]),
        "sed -i 's/^space_left_action = .*/space_left_action = SYSLOG/' /etc/audit/auditd.conf",
        "augenrules --load",
    ]),
    // Was a MISS (fixed in round 82): insecure accepted (got []). auditd.conf(5) (CIS "Ensure system warns when audit logs are low on space"):
    // space_left_action "exec /path-to-script will execute the script" (auditd runs as root); a local user's
    // /var/tmp/alert.sh runs as root when the audit partition runs low (which audit-record volume can force). Where:
    // policy-pack/engine/rootReads.ts, the /etc/audit/auditd.conf branch (auditdPluginDirectory): only plugin_dir is
    // read. Fix (general): auditd.conf's *_action keys (space_left_action, admin_space_left_action, disk_full_action,
    // disk_error_action) with `exec PATH` are programs root runs, judged as judge.ran does; an auditd.conf edit of
    // unknown text leaves them unknown.
    // Fixed (round 82): RootReads.auditdExecActions reads the *_action keys of what is written (a whole file, an
    // append, a sed -i replacement: inPlaceAdds) and judges `exec PATH` with planted; a path it cannot place is refused.
    nodeCase(
        "auditd-exec-vartmp",
        "sed -i sets space_left_action = exec /var/tmp/alert.sh in auditd.conf",
        [
            "sed -i 's|^space_left_action = .*|space_left_action = exec /var/tmp/alert.sh|' /etc/audit/auditd.conf",
            "service auditd restart",
        ],
        NODE,
    ),
    // Neighbours (round 82): auditd.conf(5) disk_error_action and admin_space_left_action take `exec` too; a whole
    // auditd.conf naming a /dev/shm script, and an edit whose exec path is a variable (unknown: may be any file), are
    // refused; exec of a root-owned script the user data wrote itself under /usr/local/sbin is clean.
    nodeCase(
        "auditd-disk-error-exec-devshm-fix82",
        "echo 'disk_error_action = exec /dev/shm/e.sh' >> auditd.conf",
        ["echo 'disk_error_action = exec /dev/shm/e.sh' >> /etc/audit/auditd.conf", "service auditd restart"],
        NODE,
    ),
    nodeCase(
        "auditd-admin-exec-variable-fix82",
        'sed -i "s|^admin_space_left_action.*|admin_space_left_action = exec $HOOK|" auditd.conf',
        [
            "HOOK=$(cat /var/tmp/hook)",
            'sed -i "s|^admin_space_left_action.*|admin_space_left_action = exec $HOOK|" /etc/audit/auditd.conf',
        ],
        NODE,
    ),
    nodeCase("auditd-exec-own-script-fix82", "write /usr/local/sbin/audit-alert literally; space_left_action exec", [
        ...file("/usr/local/sbin/audit-alert", ["#!/bin/sh", "logger -p auth.alert 'audit disk low'"]),
        "chmod 0755 /usr/local/sbin/audit-alert",
        "sed -i 's|^space_left_action.*|space_left_action = exec /usr/local/sbin/audit-alert|' /etc/audit/auditd.conf",
        "service auditd restart",
    ]),
    // ================= sudo defaults ============================================================================
    // sudoers(5) secure_path: "Path used for every command run from sudo"; a world-writable first entry (/var/tmp)
    // lets a local user plant `ls` that root runs. Secure: use_pty and a log file.
    nodeCase("sudoers-logging", "literal /etc/sudoers.d/50-cis (use_pty, logfile), visudo -c", [
        ...file("/etc/sudoers.d/50-cis", ["Defaults use_pty", 'Defaults logfile="/var/log/sudo.log"']),
        "chmod 0440 /etc/sudoers.d/50-cis",
        "visudo -c",
    ]),
    nodeCase(
        "sudoers-securepath-vartmp",
        "/etc/sudoers.d/50-path: Defaults secure_path=/var/tmp:/usr/sbin:/usr/bin",
        [
            ...file("/etc/sudoers.d/50-path", ["Defaults secure_path=/var/tmp:/usr/sbin:/usr/bin"]),
            "chmod 0440 /etc/sudoers.d/50-path",
        ],
        NODE,
    ),
    // ================= shell startup variables =================================================================
    // bash(1) INVOCATION: a non-interactive shell "looks for the variable BASH_ENV in the environment, expands its
    // value, and uses the expanded value as the name of a file to read and execute"; profile.d is sourced by every login
    // shell (root's too). Secure: umask and TMOUT. Twin: BASH_ENV=/var/tmp/ops.env (a local user's file runs in every
    // script root's login starts). pam_env(8): /etc/environment is read for every session; python(1) PYTHONPATH
    // "Augment the default search path for module files": a /var/tmp entry lets a local user shadow a module root imports.
    nodeCase("profile-umask-tmout", "literal /etc/profile.d/cis.sh: umask 027; readonly TMOUT=900", [
        ...file("/etc/profile.d/cis.sh", ["umask 027", "readonly TMOUT=900", "export TMOUT"]),
    ]),
    nodeCase(
        "profile-bashenv-vartmp",
        "/etc/profile.d/ops.sh: export BASH_ENV=/var/tmp/ops.env",
        [...file("/etc/profile.d/ops.sh", ["export BASH_ENV=/var/tmp/ops.env"])],
        NODE,
    ),
    nodeCase(
        "environment-pythonpath-vartmp",
        "echo PYTHONPATH=/var/tmp >> /etc/environment",
        ["echo 'PYTHONPATH=/var/tmp' >> /etc/environment"],
        NODE,
    ),
    // ================= tmpfiles.d =============================================================================
    // tmpfiles.d(5): "L" creates a symlink, "C" copies "the file or directory specified by the argument", "w" writes the
    // argument to a file. Secure: a 0750 runtime directory. Twins: a link / copy of a /var/tmp crontab into /etc/cron.d
    // (crontab(5): run as root), neighbours of round 81's symlink fix.
    nodeCase("tmpfiles-rundir", "literal tmpfiles.d: d /run/ops 0750 root root", [
        ...file("/etc/tmpfiles.d/ops.conf", ["d /run/ops 0750 root root -"]),
        "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
    ]),
    nodeCase(
        "tmpfiles-link-cron-vartmp",
        "tmpfiles.d: L+ /etc/cron.d/ops - - - - /var/tmp/ops.cron",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/cron.d/ops - - - - /var/tmp/ops.cron"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []); the L+ twin is refused. tmpfiles.d(5) "C: Recursively copy a file or directory,
    // if the destination files or directories don't exist yet": /etc/cron.d/ops takes /var/tmp/ops.cron's text (a local
    // user's), run by root's cron. Where: policy-pack/engine/rootReads.ts, the tmpfiles.d line reader (`letter === "C"`):
    // a C line is followed only for name-resolution targets and pod-writable roots holding node secrets. Fix (general):
    // read C as `cp -r ARGUMENT TARGET` (no argument: /usr/share/factory/TARGET) with the source's provenance, for
    // every target, as L is read as `ln -sfn`.
    nodeCase(
        "tmpfiles-copy-cron-vartmp",
        "tmpfiles.d: C /etc/cron.d/ops - - - - /var/tmp/ops.cron",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["C /etc/cron.d/ops - - - - /var/tmp/ops.cron"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ],
        NODE,
    ),
    // ================= systemd Exec prefixes ===================================================================
    // systemd.service(5) "Command lines": a path may be prefixed by "-" (failure ignored), "@", "+" (full privileges),
    // "!" / "!!", ":"; the program is still the path after the prefixes. Secure: a literal sshd drop-in
    // ExecStartPre=-/usr/sbin/sshd -t. Twins: the program after the prefix is a /var/tmp script.
    nodeCase("unit-prefix-sshd-t", "sshd.service.d drop-in: ExecStartPre=-/usr/sbin/sshd -t", [
        ...file("/etc/systemd/system/sshd.service.d/50-check.conf", ["[Service]", "ExecStartPre=-/usr/sbin/sshd -t"]),
        "systemctl daemon-reload",
    ]),
    nodeCase(
        "unit-prefix-minus-vartmp",
        "sshd.service.d drop-in: ExecStartPre=-/var/tmp/pre.sh",
        [
            ...file("/etc/systemd/system/sshd.service.d/50-check.conf", ["[Service]", "ExecStartPre=-/var/tmp/pre.sh"]),
            "systemctl daemon-reload",
        ],
        NODE,
    ),
    nodeCase(
        "unit-prefix-plusat-vartmp",
        "sshd.service.d drop-in: ExecStartPost=+@/var/tmp/post.sh post",
        [
            ...file("/etc/systemd/system/sshd.service.d/50-check.conf", [
                "[Service]",
                "ExecStartPost=+@/var/tmp/post.sh post",
            ]),
            "systemctl daemon-reload",
        ],
        NODE,
    ),
    // ================= udev ===================================================================================
    // udev(7) RUN{program}: "Add a program to the list of programs to be executed after processing all the rules" (as
    // root). Secure: a rule that only sets an attribute (deauthorize USB). Twin: RUN+= a /var/tmp script.
    nodeCase("udev-usb-deauth", "literal udev rule: ATTR{authorized}=0 for new USB devices", [
        ...file("/etc/udev/rules.d/50-usb.rules", ['ACTION=="add", SUBSYSTEM=="usb", ATTR{authorized}="0"']),
        "udevadm control --reload",
    ]),
    nodeCase(
        "udev-run-vartmp",
        "udev rule: RUN+=/bin/sh /var/tmp/usb.sh",
        [
            ...file("/etc/udev/rules.d/50-usb.rules", [
                'ACTION=="add", SUBSYSTEM=="usb", RUN+="/bin/sh /var/tmp/usb.sh"',
            ]),
            "udevadm control --reload",
        ],
        NODE,
    ),
    // ================= loopback services and IMDS guards =======================================================
    // redis.conf docs: "bind 127.0.0.1 ... only able to accept client connections from the same host"; with protected
    // mode off and bind 0.0.0.0, any pod reaching the node IP may CONFIG SET dir/dbfilename and SAVE a file as root
    // (e.g. into /etc/cron.d). Secure: loopback + protected mode.
    nodeCase("redis-loopback", "redis-server --bind 127.0.0.1 --protected-mode yes (cache on the node)", [
        "dnf install -y redis6",
        "redis6-server --bind 127.0.0.1 --protected-mode yes --port 6379 --daemonize yes",
    ]),
    nodeCase(
        "redis-all-noprotect",
        "redis-server --bind 0.0.0.0 --protected-mode no as root",
        ["dnf install -y redis6", "redis6-server --bind 0.0.0.0 --protected-mode no --port 6379 --daemonize yes"],
        NODE,
    ),
    // kubectl proxy: "--address='127.0.0.1': The IP address on which to serve on" (default loopback). On loopback with
    // the kubelet's kubeconfig only node processes reach it; twin --address=0.0.0.0 --accept-hosts='.*' hands the
    // node's API identity to every pod that can reach the node.
    nodeCase(
        "kubectl-proxy-lo",
        "kubectl proxy --port=8011 with the kubelet kubeconfig (loopback default)",
        ["nohup kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --port=8011 >/var/log/kproxy.log 2>&1 &"],
        NODE,
    ),
    nodeCase("kubectl-proxy-unix", "kubectl proxy --unix-socket in a 0700 root directory (kubelet kubeconfig)", [
        "install -d -m 0700 /run/kproxy",
        "nohup kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --unix-socket=/run/kproxy/api.sock >/dev/null 2>&1 &",
    ]),
    // Was a MISS (fixed in round 82): secure refused ("user data copies /var/lib/kubelet/kubeconfig, the node's credentials ... into
    // /var/log/node-check.log"). kubectl(1) --kubeconfig is a file kubectl READS to authenticate; `get --raw /healthz`
    // prints "ok": nothing of the kubeconfig reaches stdout. Where: policy-pack/engine/rootReads.ts, the NODE_SECRETS copy
    // refusal ("copies ${secret}, the node's credentials or every pod's token ... into ${into}"): a NODE_SECRETS operand
    // of any command is taken as copied into its redirected output. Fix (general): a command emits an operand only when
    // the program is known to (cat, tee, dd, base64, cp to stdout, tar -O ...); a configuration operand it loads
    // (loadedOperands: --kubeconfig, --config ...) is read, not emitted.
    nodeCase("kubectl-healthz-log", "kubectl --kubeconfig (kubelet) get --raw /healthz >> /var/log/node-check.log", [
        "kubectl --kubeconfig /var/lib/kubelet/kubeconfig get --raw /healthz >> /var/log/node-check.log 2>&1",
    ]),
    nodeCase(
        "kubectl-proxy-all",
        "kubectl proxy --address=0.0.0.0 --accept-hosts='.*' with the kubelet kubeconfig",
        [
            "nohup kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --port=8011 --address=0.0.0.0 --accept-hosts='.*' >/var/log/kproxy.log 2>&1 &",
        ],
        NODE,
    ),
    // A loopback relay of the containerd socket: loopback is reachable by every local user and hostNetwork pod, and
    // containerd's API runs containers as root (Kubernetes "Pod Security Standards": the container runtime socket is
    // host root). Insecure even on 127.0.0.1. Secure twin: a loopback relay to a local unprivileged HTTP app.
    nodeCase(
        "socat-lo-containerd",
        "socat TCP-LISTEN:9000,bind=127.0.0.1 UNIX-CONNECT:/run/containerd/containerd.sock",
        [
            "nohup socat TCP-LISTEN:9000,bind=127.0.0.1,fork,reuseaddr UNIX-CONNECT:/run/containerd/containerd.sock >/dev/null 2>&1 &",
        ],
        NODE,
    ),
    nodeCase("socat-lo-app", "socat TCP-LISTEN:9000,bind=127.0.0.1 TCP:127.0.0.1:8080 (a local status page)", [
        "nohup socat TCP-LISTEN:9000,bind=127.0.0.1,fork,reuseaddr TCP:127.0.0.1:8080 >/dev/null 2>&1 &",
    ]),
    // Pods reaching IMDS through the node: dropping forwarded traffic to 169.254.169.254 is the EKS best-practice guard
    // ("Restrict access to the instance profile assigned to the worker node"). Secure.
    nodeCase("imds-forward-drop", "iptables -I FORWARD -d 169.254.169.254/32 -j DROP; chmod 600 kubelet files", [
        "iptables -I FORWARD 1 -d 169.254.169.254/32 -j DROP",
        "chmod 600 /etc/kubernetes/kubelet/config.json",
        "chmod 700 /var/lib/kubelet",
    ]),
    // A node's kubelet client key readable by every local user (kubelet uses it as system:node:NAME).
    // Was a MISS (fixed in round 82): insecure accepted (got []). The kubelet client key is the node's identity (podSpec.ts NODE_SECRETS; Kubernetes
    // "TLS bootstrapping": kubelet-client-current.pem authenticates as system:node:NAME); chmod(1) 644 / -R o+rX lets
    // every local uid on the node read it (a daemon's user, a container escaped to an unprivileged uid) and act as the
    // node. The pack refuses copies of NODE_SECRETS into pod-readable directories but not a mode that opens them in
    // place. Where: policy-pack/engine/rootReads.ts mode tracking reads chmod for world-WRITABLE directories (planting)
    // only. Fix (general): a chmod/chown/chgrp/setfacl/install -m that lets others (or a non-root group) read a
    // NODE_SECRETS path or a directory above it (recursively) is a copy of the node's credentials to every local user.
    nodeCase(
        "kubelet-key-world",
        "chmod 644 /var/lib/kubelet/pki/kubelet-client-current.pem",
        ["chmod 644 /var/lib/kubelet/pki/kubelet-client-current.pem"],
        NODE,
    ),
    // crontab(5): /etc/cron.d lines run as the named user. Secure: aide --check as root. Twin: the job is an
    // interpreter given a /var/tmp script.
    nodeCase("cron-aide", "literal /etc/cron.d/aide: 0 5 * * * root /usr/sbin/aide --check", [
        "dnf install -y aide",
        "aide --init && mv /var/lib/aide/aide.db.new.gz /var/lib/aide/aide.db.gz",
        ...file("/etc/cron.d/aide", ["0 5 * * * root /usr/sbin/aide --check"]),
    ]),
    nodeCase(
        "cron-python-vartmp",
        "/etc/cron.d/aide: 0 5 * * * root /usr/bin/python3 /var/tmp/check.py",
        [...file("/etc/cron.d/aide", ["0 5 * * * root /usr/bin/python3 /var/tmp/check.py"])],
        NODE,
    ),
    // ================= round 82 batch 2 =====================================================================
    // Was a MISS (fixed in round 82): insecure accepted (got []): see core-pipe-env-vartmp (nice(1) wraps the planted script).
    nodeCase(
        "core-pipe-nice-vartmp",
        "sysctl.d: kernel.core_pattern=|/usr/bin/nice /var/tmp/core.sh %p",
        [
            ...file("/etc/sysctl.d/50-coredump.conf", ["kernel.core_pattern = |/usr/bin/nice /var/tmp/core.sh %p"]),
            "sysctl --system",
        ],
        NODE,
    ),
    nodeCase(
        "udev-run-env-vartmp",
        "udev rule: RUN+=/usr/bin/env /var/tmp/usb.sh",
        [
            ...file("/etc/udev/rules.d/50-usb.rules", [
                'ACTION=="add", SUBSYSTEM=="usb", RUN+="/usr/bin/env /var/tmp/usb.sh"',
            ]),
            "udevadm control --reload",
        ],
        NODE,
    ),
    nodeCase(
        "cron-env-vartmp",
        "/etc/cron.d/aide: 0 5 * * * root /usr/bin/env /var/tmp/check.sh",
        [...file("/etc/cron.d/aide", ["0 5 * * * root /usr/bin/env /var/tmp/check.sh"])],
        NODE,
    ),
    nodeCase(
        "tmpfiles-write-cron",
        "tmpfiles.d: w /etc/cron.d/ops - - - - (a cron line running /var/tmp/x.sh as root)",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["w /etc/cron.d/ops - - - - * * * * * root /bin/sh /var/tmp/x.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ],
        NODE,
    ),
    nodeCase(
        "audisp-plugin-vartmp",
        "/etc/audit/plugins.d/ops.conf: active = yes, path = /var/tmp/audit-plugin",
        [
            ...file("/etc/audit/plugins.d/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /var/tmp/audit-plugin",
                "type = always",
                "format = string",
            ]),
            "service auditd restart",
        ],
        NODE,
    ),
    nodeCase("audisp-syslog", "/etc/audit/plugins.d/syslog.conf: active = yes, path = /sbin/audisp-syslog", [
        ...file("/etc/audit/plugins.d/syslog.conf", [
            "active = yes",
            "direction = out",
            "path = /sbin/audisp-syslog",
            "type = always",
            "args = LOG_INFO",
            "format = string",
        ]),
        "service auditd restart",
    ]),
    // Was a MISS (fixed in round 82): insecure accepted (got []): see kubelet-key-world (chmod -R o+rX above the key).
    nodeCase(
        "kubelet-dir-world",
        "chmod -R o+rX /var/lib/kubelet (kubelet client key readable by local users)",
        ["chmod -R o+rX /var/lib/kubelet"],
        NODE,
    ),

    // ================= batch 3: literal kernel hardening, loopback file servers ==============================
    // sysctl.d(5) / kernel docs (Documentation/admin-guide/sysctl/kernel.rst): kptr_restrict, dmesg_restrict,
    // yama.ptrace_scope and rp_filter only restrict; core_pattern without a pipe names a file ("core" in the crashing
    // process's cwd), no program: secure.
    nodeCase(
        "sysctl-cis-literal",
        "literal sysctl.d hardening (kptr_restrict, dmesg_restrict, ptrace_scope, core file)",
        [
            ...file("/etc/sysctl.d/60-cis.conf", [
                "kernel.kptr_restrict = 2",
                "kernel.dmesg_restrict = 1",
                "kernel.yama.ptrace_scope = 1",
                "net.ipv4.conf.all.rp_filter = 1",
                "kernel.core_pattern = core",
            ]),
            "sysctl --system",
        ],
    ),
    // iptables-extensions(8) owner match "--uid-owner": only root's own sockets reach IMDS from the node: secure.
    nodeCase("imds-root-only", "iptables OUTPUT: drop IMDS for every uid but root (owner match)", [
        "iptables -A OUTPUT -d 169.254.169.254/32 -m owner ! --uid-owner 0 -j DROP",
    ]),
    // Python http.server: "-b/--bind: the address to bind to" ; ::1 is IPv6 loopback: a docs directory served to the
    // node only is secure. Twin: "::" (every address, dual-stack) serving /var/lib/kubelet (the kubelet's key).
    nodeCase("httpserver-v6-lo", "python3 -m http.server --bind ::1 --directory /opt/docs", [
        "mkdir -p /opt/docs",
        "nohup python3 -m http.server --bind ::1 --directory /opt/docs 8000 >/dev/null 2>&1 &",
    ]),
    nodeCase(
        "httpserver-v6-all-kubelet",
        "python3 -m http.server --bind :: --directory /var/lib/kubelet",
        ["nohup python3 -m http.server --bind :: --directory /var/lib/kubelet 8000 >/dev/null 2>&1 &"],
        NODE,
    ),
    // ---- round 82 fixes: neighbours (fix82) ----
    // chown(1) of the kubelet's client key to a non-root user: that user reads the 0600 key and acts as the node.
    nodeCase(
        "kubelet-key-chown-fix82",
        "chown ops /var/lib/kubelet/pki/kubelet-client-current.pem",
        ["chown ops /var/lib/kubelet/pki/kubelet-client-current.pem"],
        NODE,
    ),
    // setfacl(1) an `other` read entry (acl(5)) on the kubelet's serving key.
    nodeCase(
        "kubelet-key-acl-fix82",
        "setfacl -m o:r /var/lib/kubelet/pki/kubelet-server-current.pem",
        ["setfacl -m o:r /var/lib/kubelet/pki/kubelet-server-current.pem"],
        NODE,
    ),
    // CIS Amazon EKS Benchmark 3.1.1/3.1.3: the kubeconfig and the kubelet configuration "644 or more restrictive", and
    // the key 0600: they authenticate no one (the key stays root's).
    nodeCase("kubelet-cis-modes-fix82", "chmod 644 kubeconfig and kubelet config.json, chmod 600 the client key", [
        "chmod 644 /var/lib/kubelet/kubeconfig",
        "chmod 644 /etc/kubernetes/kubelet/config.json",
        "chmod 600 /var/lib/kubelet/pki/kubelet-client-current.pem",
    ]),
    // kubectl-config-view(1) --raw prints the kubeconfig ("sensitive data"): into /var/log it is a copy.
    nodeCase(
        "kubectl-config-view-log-fix82",
        "kubectl --kubeconfig (kubelet) config view --raw > /var/log/kc.log",
        ["kubectl --kubeconfig /var/lib/kubelet/kubeconfig config view --raw > /var/log/kc.log"],
        NODE,
    ),
];
const AWS_CASES: StackCase[] = [
    // ================= conditions that really restrict an Allow =================================================
    // IAM User Guide "Condition": a statement applies only when its conditions hold. aws:CurrentTime is the request's
    // date: DateLessThan 2020-01-01 never holds again (secure: the Allow reaches nothing); DateGreaterThan holds.
    // Was a MISS (fixed in round 82): secure refused (share-custody / custody-effective-access / custody-share-rings: "allows kms:Decrypt on
    // ...key/*"). IAM User Guide "AWS: Allows access based on date and time": DateLessThan aws:CurrentTime holds only
    // for requests before 2020-01-01, so the Allow reaches nothing now. The aws:EpochTime spelling (epoch-expired) is
    // clean. Where: policy-pack/model/conditions.ts allowNeverHoldsFor (only caller-identifying HOLDER_KEYS). Fix
    // (general): a Date*/Numeric* upper bound on aws:CurrentTime / aws:EpochTime in the past makes an Allow hold for no
    // request (and a Deny with a past lower bound hold for all), one reader for both keys.
    ops(
        "date-expired",
        "Allow Decrypt keys/* only before 2020-01-01 (DateLessThan aws:CurrentTime)",
        decryptIf({ DateLessThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } }),
    ),
    // Round-82 neighbours (model/requestConditions.ts timeClauseNeverHoldsAgain / timeClauseAlwaysHolds). IAM User
    // Guide, "AWS global condition context keys": aws:EpochTime is the request's time in epoch seconds, read by the
    // Numeric operators too: NumericLessThan 1577836800 (2020-01-01) never holds again: secure.
    ops(
        "epoch-expired-fix82",
        "Allow Decrypt keys/* only while aws:EpochTime < 1577836800 (NumericLessThan)",
        decryptIf({ NumericLessThan: { "aws:EpochTime": "1577836800" } }),
    ),
    // An upper bound in the future still holds today: the Allow reaches every key (insecure).
    ops(
        "date-future-fix82",
        "Allow Decrypt keys/* until 2999-01-01 (DateLessThan aws:CurrentTime)",
        decryptIf({ DateLessThan: { "aws:CurrentTime": "2999-01-01T00:00:00Z" } }),
        /./,
    ),
    // The Deny mirror: "Deny after 2020-01-01" holds for every request now, so the Allow is dead (secure); "Deny
    // before 2020-01-01" holds for none, so the Allow stands (insecure).
    ops("deny-after-past-fix82", "Allow Decrypt keys/*, Deny kms:* when DateGreaterThan aws:CurrentTime 2020-01-01", [
        allow("kms:Decrypt", KEYS),
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: "*",
            Condition: { DateGreaterThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } },
        },
    ]),
    ops(
        "deny-before-past-fix82",
        "Allow Decrypt keys/*, Deny kms:* when DateLessThan aws:CurrentTime 2020-01-01",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { DateLessThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } },
            },
        ],
        /./,
    ),
    ops(
        "date-open",
        "Allow Decrypt keys/* after 2020-01-01 (DateGreaterThan aws:CurrentTime)",
        decryptIf({ DateGreaterThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } }),
        /./,
    ),
    // aws:RequestedRegion is the region the request is sent to: a KMS key is used in its own region, so eu-west-1 keys
    // are never reached by a request whose region is us-east-1. Secure; twin eu-west-1.
    // Was a MISS (fixed in round 82): secure refused (share-custody / custody-effective-access / custody-share-rings). KMS keys are regional: a
    // request that reaches an eu-west-1 key is sent to eu-west-1 (aws:RequestedRegion: "the AWS Region that was called
    // in the request"), so an Allow pinned to us-east-1 reaches none of them. Same class as round 80's
    // deny-region-other (still open), the Allow side: policy-pack/model/conditions.ts reads no region pin against a
    // regional ARN. Fix (general): a positive aws:RequestedRegion pin intersects a regional Resource by its region.
    ops(
        "allow-region-other",
        "Allow Decrypt keys/* when aws:RequestedRegion = us-east-1 (keys are eu-west-1)",
        decryptIf({ StringEquals: { "aws:RequestedRegion": "us-east-1" } }),
    ),
    // Round-82 neighbours (model/requestConditions.ts narrowedByRequestedRegion): a region segment `eu-west-?`
    // matches no us-east-1 key (secure); a `*` region segment pinned to the keys' own Region reaches them, as does a
    // pin listing their Region among others (insecure).
    ops(
        "allow-region-other-glob-fix82",
        "Allow Decrypt arn:aws:kms:eu-west-?:...:key/* when aws:RequestedRegion = us-east-1",
        [
            allow("kms:Decrypt", `arn:aws:kms:eu-west-?:${A}:key/*`, {
                Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
            }),
        ],
    ),
    ops(
        "allow-region-any-fix82",
        "Allow Decrypt arn:aws:kms:*:...:key/* when aws:RequestedRegion = eu-west-1",
        [
            allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`, {
                Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
            }),
        ],
        /./,
    ),
    ops(
        "allow-region-either-fix82",
        "Allow Decrypt keys/* when aws:RequestedRegion in us-east-1, eu-west-1",
        decryptIf({ StringEquals: { "aws:RequestedRegion": ["us-east-1", "eu-west-1"] } }),
        /./,
    ),
    ops(
        "allow-region-same",
        "Allow Decrypt keys/* when aws:RequestedRegion = eu-west-1",
        decryptIf({ StringEquals: { "aws:RequestedRegion": "eu-west-1" } }),
        /./,
    ),
    // kms:CallerAccount: "the AWS account ID of the caller": the ops role is in the prod account, never 999999999999.
    ops(
        "caller-account-other",
        "Allow Decrypt keys/* when kms:CallerAccount = 999999999999",
        decryptIf({ StringEquals: { "kms:CallerAccount": "999999999999" } }),
    ),
    ops(
        "caller-account-own",
        "Allow Decrypt keys/* when kms:CallerAccount = the prod account",
        decryptIf({ StringEquals: { "kms:CallerAccount": A } }),
        /./,
    ),
    // aws:PrincipalArn of a role's session is the role's ARN: an Allow in the ops role's own policy conditioned on the
    // signer's ARN never holds (secure); ArnLike on role/* holds.
    ops(
        "principal-arn-signer",
        "ops role: Allow Decrypt keys/* when aws:PrincipalArn = the signer role",
        decryptIf({ ArnEquals: { "aws:PrincipalArn": SIGNER } }),
    ),
    ops(
        "principal-arn-any-role",
        "ops role: Allow Decrypt keys/* when aws:PrincipalArn like role/*",
        decryptIf({ ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*` } }),
        /./,
    ),
    // "...IfExists": "If the policy key is present ... evaluate as specified. If the key is not present, evaluate the
    // condition element as true". aws:SourceVpce is absent from requests not made through an endpoint: the Allow holds.
    ops(
        "vpce-ifexists",
        "Allow Decrypt keys/* StringEqualsIfExists aws:SourceVpce vpce-0a1b2c3d",
        decryptIf({ StringEqualsIfExists: { "aws:SourceVpce": "vpce-0a1b2c3d" } }),
        /./,
    ),
    // A Deny in the ops role's own policy unless aws:PrincipalArn is the signer: the ops role's ARN is never the
    // signer's: Decrypt denied (secure). Twin: StringNotLike role/* exempts every role, including this one.
    ops("deny-unless-signer", "Allow Decrypt keys/*, Deny kms:* unless aws:PrincipalArn = the signer (ArnNotEquals)", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", Resource: "*", Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } } },
    ]),
    ops(
        "deny-unless-any-role",
        "Allow Decrypt keys/*, Deny kms:* unless aws:PrincipalArn like role/* (exempts itself)",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/*` } },
            },
        ],
        /./,
    ),
    // KMS "Grants": a grant lets its grantee principal (one the holder chooses) use the key; kms:GrantOperations
    // [Decrypt] still lets the holder grant itself Decrypt on every prod key. Insecure. (Read-only key metadata on the
    // custody keys is by design only for a named operations helper: round 78, not repeated.)
    ops(
        "kms-grant-decrypt",
        "Allow kms:CreateGrant on keys/* limited to kms:GrantOperations Decrypt",
        [
            allow("kms:CreateGrant", KEYS, {
                Condition: { "ForAllValues:StringEquals": { "kms:GrantOperations": ["Decrypt"] } },
            }),
        ],
        /./,
    ),
];
const K8S_CASES: StackCase[] = [
    // "Using RBAC Authorization" / "Kubelet authentication/authorization": read-only get/list/watch on nodes, events,
    // namespaces, endpointslices and storage classes reveal no secret and write nothing. Secure (cluster-wide).
    k8sCase(
        "cluster-readonly",
        "ClusterRole: get/list/watch nodes, namespaces, events, endpointslices, storageclasses",
        [
            { apiGroups: [""], resources: ["nodes", "namespaces", "events"], verbs: ["get", "list", "watch"] },
            { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
            { apiGroups: ["storage.k8s.io"], resources: ["storageclasses"], verbs: ["get", "list", "watch"] },
        ],
        undefined,
        undefined,
        "",
    ),
    // pods/log get reads container logs; pods/portforward create ("kubectl port-forward") opens a connection to any
    // port of a validators pod, including the signer's loopback-only API.
    k8sCase("pod-logs", "Role validators: pods get/list + pods/log get", [
        { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
    ]),
    // Was a MISS (fixed in round 82): insecure accepted (got []). Kubernetes "Use Port Forwarding to Access Applications in a Cluster": a
    // pods/portforward stream reaches any port in the pod's network namespace, loopback-only listeners included, so the
    // auditor reaches the signer pod's (validators/containment-chamber, which holds custody-prod-signer) private
    // endpoints. The pack's own built-in role table (kubernetes.ts, admin/edit rules) lists pods/portforward beside
    // pods/exec and pods/attach, and pods/exec create is refused in this namespace. Where: policy-pack/engine/kubernetes.ts,
    // the subresources that make a subject reach a runtime pod (exec, attach, ephemeral containers). Fix (general): any
    // subresource opening a channel into a runtime pod (exec, attach, portforward, pods/proxy, services/proxy to its
    // Service) holds what that pod serves; refuse it on runtime pods unless the model names it.
    k8sCase(
        "pod-portforward",
        "Role validators: pods get + pods/portforward create",
        [
            { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
            { apiGroups: [""], resources: ["pods/portforward"], verbs: ["get", "create"] },
        ],
        /pods\/portforward \(reaches what the pods serve\)/,
    ),
    // Round 82 fix neighbours. "Access Services Running on Clusters", "Manually constructing apiserver proxy URLs": a
    // GET of .../pods/NAME:PORT/proxy/PATH is asked as get on pods/proxy and answered by the pod; services/proxy by a
    // pod the Service selects (any Service of validators, the signer's included). Twin: the same port-forward in
    // team-a, whose pods run as no runtime ServiceAccount.
    k8sCase(
        "pod-proxy-get-fix82",
        "Role validators: pods/proxy get",
        [{ apiGroups: [""], resources: ["pods/proxy"], verbs: ["get"] }],
        /pods\/proxy \(reaches what the pods serve\)/,
    ),
    k8sCase(
        "svc-proxy-create-fix82",
        "Role validators: services get + services/proxy create",
        [
            { apiGroups: [""], resources: ["services"], verbs: ["get", "list"] },
            { apiGroups: [""], resources: ["services/proxy"], verbs: ["create"] },
        ],
        /services\/proxy \(reaches what the pods serve\)/,
    ),
    k8sCase(
        "pod-portforward-team-a-fix82",
        "Role team-a: pods get + pods/portforward create",
        [
            { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
            { apiGroups: [""], resources: ["pods/portforward"], verbs: ["get", "create"] },
        ],
        undefined,
        undefined,
        "team-a",
    ),
    // SelfSubjectAccessReview / TokenReview create ("Authorization": review APIs answer questions; they grant nothing).
    k8sCase(
        "reviews",
        "ClusterRole: selfsubjectaccessreviews + tokenreviews + subjectaccessreviews create",
        [
            {
                apiGroups: ["authorization.k8s.io"],
                resources: ["selfsubjectaccessreviews", "subjectaccessreviews"],
                verbs: ["create"],
            },
            { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
        ],
        undefined,
        undefined,
        "",
    ),
    // events create/patch: the controller-runtime recorder's permission; events are not read by the runtime pods.
    k8sCase("events-write", "Role validators: events create/patch (events.k8s.io and core)", [
        { apiGroups: ["", "events.k8s.io"], resources: ["events"], verbs: ["create", "patch", "update"] },
    ]),
    // configmaps get of kube-root-ca.crt only (the public cluster CA bundle every pod mounts): secure.
    k8sCase("cm-root-ca", "Role validators: configmaps get [kube-root-ca.crt]", [
        { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "watch"], resourceNames: ["kube-root-ca.crt"] },
    ]),

    // "Manual Secret management for ServiceAccounts" / TokenRequest: serviceaccounts/token create mints a token of the
    // named ServiceAccount. validators/default carries no IRSA role (no eks.amazonaws.com/role-arn): its token holds
    // nothing of custody: secure. Twin: the runtime ServiceAccount containment-chamber (IRSA: custody-prod-signer).
    k8sCase("token-default-sa", "Role validators: serviceaccounts/token create [default]", [
        { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"], resourceNames: ["default"] },
    ]),
    k8sCase(
        "token-runtime-sa",
        "Role validators: serviceaccounts/token create [containment-chamber]",
        [
            {
                apiGroups: [""],
                resources: ["serviceaccounts/token"],
                verbs: ["create"],
                resourceNames: ["containment-chamber"],
            },
        ],
        /./,
    ),
];
/** The cases whose MISS comment says why they are skipped. */
const MISSES = new Set<string>([]);
const missed = (c: StackCase) => [...MISSES].some(m => c.name.includes(`${m}-rt82s`));
const ALL = [...NODE_CASES, ...AWS_CASES, ...K8S_CASES].map(c => (missed(c) ? { ...c, skip: true } : c));
describeVariants(
    "red team 82: secure variants of the committed stacks and their insecure twins",
    ALL.filter(c => c.refused),
    ALL.filter(c => !c.refused),
);
