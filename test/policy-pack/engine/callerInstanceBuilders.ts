// The cross-account caller's compute (account B) and a dev-account table role, as rounds 46 and 47 of the AWS red
// team build them: instances, launch templates and Auto Scaling groups carrying the caller's instance profile.
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { doc, find, Resources, StackCase } from "./support";

const ROLE = "aws:iam/role:Role";
const LT = "aws:ec2/launchTemplate:LaunchTemplate";
const ASG = "aws:autoscaling/group:Group";
const DEV = ACCOUNT.dev;
export const IMDS_RELAY = "socat TCP-LISTEN:8080,fork,bind=0.0.0.0 TCP:169.254.169.254:80";
export const CALLER_ROLE = "cross-account-caller";
export const METADATA = { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" };

/** An instance of account B (the caller's provider) with this instance profile and user data. */
export function instanceOfB(r: Resources, name: string, userData: string | undefined, extra: object = {}) {
    return beside(
        r,
        "cross-account",
        "aws:ec2/instance:Instance",
        name,
        {
            ami: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            iamInstanceProfile: "instance-role",
            metadataOptions: METADATA,
            ...(userData !== undefined ? { userData } : {}),
            ...extra,
        },
        find(r, ROLE, CALLER_ROLE),
    );
}

/** A launch template of account B with the caller's profile and (plain text, base64-encoded here) user data. */
export function templateOfB(r: Resources, name: string, id: string, userData: string, extra: object = {}) {
    return beside(
        r,
        "cross-account",
        LT,
        name,
        {
            name,
            id,
            latestVersion: 1,
            defaultVersion: 1,
            imageId: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            keyName: "ops-laptop",
            iamInstanceProfile: { name: "instance-role" },
            metadataOptions: METADATA,
            userData: Buffer.from(userData).toString("base64"),
            ...extra,
        },
        find(r, ROLE, CALLER_ROLE),
    );
}

/** A launch template of account B with two versions, harmless user data, the stack showing only version 2 (its latest). */
export function twoVersionTemplateOfB(r: Resources, name: string, id: string, extra: object = {}) {
    return templateOfB(r, name, id, HARMLESS, { latestVersion: 2, defaultVersion: 2, ...extra });
}

/** An Auto Scaling group of account B launching `launchTemplate`. */
export function groupOfB(r: Resources, name: string, launchTemplate: object) {
    return groupSpecOfB(r, name, { launchTemplate });
}

/** An Auto Scaling group of account B with this launch spec (`launchTemplate` or `mixedInstancesPolicy`). */
export function groupSpecOfB(r: Resources, name: string, spec: object) {
    return beside(
        r,
        "cross-account",
        ASG,
        name,
        { name, minSize: 1, maxSize: 2, vpcZoneIdentifiers: ["subnet-0123456789abcdef0"], ...spec },
        find(r, ROLE, CALLER_ROLE),
    );
}

/** A Lambda role of the dev account allowed `actions` on each resource (table ARN suffixes of account DEV, or "*"). */
export function tableRole(r: Resources, name: string, ...grants: [string[], string][]) {
    return beside(r, "dev", ROLE, name, {
        name,
        arn: `arn:aws:iam::${DEV}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
        inlinePolicies: [
            {
                name: `${name}-access`,
                policy: doc(
                    ...grants.map(([actions, resource]) => ({
                        Effect: "Allow",
                        Action: actions,
                        Resource: resource === "*" ? "*" : `arn:aws:dynamodb:eu-west-1:${DEV}:${resource}`,
                    })),
                ),
            },
        ],
    });
}

export const HARMLESS = "#!/bin/bash\ndnf -y update\ndnf -y install awscli\n";

/** A script user data of the caller's instance. */
export const callerScript = (r: Resources, name: string, lines: string[]) =>
    void instanceOfB(r, name, ["#!/bin/bash", "set -euo pipefail", ...lines, ""].join("\n"));

/**
 * Cloud-config for the caller's instance of account B: root's Jupyter config written with ip localhost and an empty
 * token (safe only while nothing else reaches it), then `files` written, then `runcmd` (one script: a cd carries on),
 * then jupyter lab as root. The AWS red-team rounds 52-56 probe the viewing rule with it.
 */
export const jupyterConfig = (runcmd: string[], files: [string, string][] = []) =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\n${files
        .map(
            ([path, content]) =>
                `  - path: ${path}\n    content: |\n${content
                    .split("\n")
                    .map(l => `      ${l}`)
                    .join("\n")}\n`,
        )
        .join(
            "",
        )}runcmd:\n${[...runcmd, "nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &"].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;

/** The caller's instance of account B running jupyterConfig(runcmd, files), with an SSH key. */
export const loopbackJupyter =
    (name: string, runcmd: string[], files: [string, string][] = []) =>
    (r: Resources) =>
        void instanceOfB(r, name, jupyterConfig(runcmd, files), { keyName: "ops-laptop" });
/** Case-name prefixes: the loopback config written before `runcmd` (insecure cases), and kept (secure ones). */
export const WRITTEN = "the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then";
export const KEPT = "the caller's instance (ip localhost, empty token)";

/** An insecure case of the caller's instance (refused, naming `id`): the loopback config and `files` written, then `runcmd`. */
export const writtenCase = (
    id: string,
    runcmd: string[],
    files: [string, string][] = [],
    skip?: string,
): StackCase => ({
    name: `cross-account: ${WRITTEN} \`${runcmd.join("; ")}\``,
    stack: "cross-account",
    refused: new RegExp(id),
    edit: loopbackJupyter(id, runcmd, files),
    ...(skip === undefined ? {} : { skip }),
});
/** A secure case of the caller's instance: the loopback config kept, then `runcmd`. */
export const keptCase = (id: string, runcmd: string[], skip?: string): StackCase => ({
    name: `cross-account: ${KEPT} \`${runcmd.join("; ")}\``,
    stack: "cross-account",
    edit: loopbackJupyter(id, runcmd),
    ...(skip === undefined ? {} : { skip }),
});
