/**
 * Round 81: pip install's options by what their value is (pip docs "pip install" Options; "Requirements File Format"),
 * one table for every reader of a pip command line (rootReads.ts loadedOperands, pythonCode.ts scriptPipModules).
 */

/** Options naming a requirements, constraints or editable project file or directory pip reads (-r, -c, -e). */
const PIP_REQUIREMENT_FILE_OPTIONS = ["-r", "--requirement", "-c", "--constraint", "-e", "--editable"];

/**
 * -f/--find-links: "If a URL or path to an html file, then parse for links to archives ... If a local path or file://
 * URL that's a directory, then look for archives in the directory listing."
 */
const PIP_FIND_LINKS_OPTIONS = ["-f", "--find-links"];

/** Options taking a value that is no file pip loads code or requirements from (an index, a target, a setting). */
const PIP_VALUE_OPTIONS = [
    "-i",
    "--index-url",
    "--extra-index-url",
    "-t",
    "--target",
    "--prefix",
    "--root",
    "--platform",
    "--python-version",
    "--implementation",
    "--abi",
    "--upgrade-strategy",
    "--progress-bar",
    "--log",
    "--proxy",
    "--retries",
    "--timeout",
    "--exists-action",
    "--trusted-host",
    "--cert",
    "--client-cert",
    "--cache-dir",
    "--src",
    "--no-binary",
    "--only-binary",
    "--config-settings",
    "-C",
    "--global-option",
    "--report",
];

const exactly = (names: readonly string[]) => new RegExp(`^(?:${names.join("|")})$`);

/** An option of pip install whose value is a local file or directory pip loads (requirements, links, a project). */
export const PIP_LOADED_FILE_OPTION = exactly([...PIP_REQUIREMENT_FILE_OPTIONS, ...PIP_FIND_LINKS_OPTIONS]);

/** A pip install word that is a requirements, constraints or editable option, alone or with `=VALUE`. */
export const PIP_REQUIREMENT_FILE_WORD = new RegExp(`^(?:${PIP_REQUIREMENT_FILE_OPTIONS.join("|")})(?:=|$)`);

/** An option of pip install taking a value that is no file it loads. */
export const PIP_VALUE_OPTION = exactly(PIP_VALUE_OPTIONS);
