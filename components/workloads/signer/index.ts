/** The Containment Chamber signer (seed 000) as a workload: section `signer`, README.md beside this file. */
import { serviceAccountOutput } from "../../identity/binding";
import { ConfigReader } from "../../config/reader";
import { emptyFootprint, Footprint, SectionCheckEnv, SectionEnv, Workload } from "../workload";
import { ContainmentChamberSigner } from "./component";
import { readSigner, SignerConfig } from "./config";

function footprint(signer: SignerConfig, env: SectionEnv): Footprint {
    const f = emptyFootprint();
    const primary = env.primaryAccount?.name;
    f.serviceAccounts.push({
        key: "signer.serviceAccount",
        sa: { namespace: signer.namespace, name: signer.serviceAccount },
        custody: "the signer's runtime role (Decrypt with every share key)",
    });
    if (signer.createNamespace) f.namespaces.push({ key: "signer.createNamespace", namespace: signer.namespace });
    f.roles.push({ key: "signer.roleName", name: signer.roleName, account: primary });
    f.keys.push({ account: primary, what: "the signer tables' key" });
    const shareAccounts = signer.shares?.accounts ?? [];
    for (const account of new Set(shareAccounts)) {
        const n = shareAccounts.filter(a => a === account).length;
        f.keys.push({ account, what: `${n} Shamir share key${n === 1 ? "" : "s"}` });
    }
    for (const table of Object.values(signer.tables)) {
        if (table) f.tables.push({ account: primary, name: table.name, owner: "the signer's" });
    }
    if (signer.identities.includes("irsa")) f.irsa = { account: primary };
    if (signer.identities.includes("podIdentity"))
        f.podIdentity = { account: primary, roles: [{ key: "signer.roleName", name: signer.roleName }] };
    return f;
}

/**
 * With EKS Pod Identity the cluster's account holds the association role that becomes the signer role (EKS user
 * guide, "Access AWS resources using EKS Pod Identity Target IAM Roles"), so its administrators can run the signer:
 * if that account also holds a share key (and is not the signer's own account), one share account's administrators
 * could use every share of the ring, which the accounts' separation exists to prevent.
 */
function checkClusterNotAShareAccount(r: ConfigReader, signer: SignerConfig, env: SectionCheckEnv): void {
    const eks = env.cluster?.eks;
    const shares = signer.shares?.accounts ?? [];
    if (!eks || !signer.identities.includes("podIdentity") || eks.account === env.primaryAccount?.name) return;
    const held = shares.flatMap((a, i) => (a === eks.account ? [i + 1] : []));
    if (held.length > 0) {
        r.problem(
            "cluster.account",
            `"${eks.account}" holds share key${held.length === 1 ? "" : "s"} ${held.join(", ")} of the signer and would hold the Pod Identity association role that becomes the signer's role: its administrators alone could use every share. Run the cluster in the signer's account (${env.primaryAccount?.name}) or in an account that holds no share.`,
        );
    }
}

export const signerWorkload: Workload<"signer", SignerConfig> = {
    key: "signer",
    read: readSigner,
    footprint,
    check: checkClusterNotAShareAccount,
    deploy(signer, ctx) {
        const s = new ContainmentChamberSigner("signer", { signer, ctx });
        return {
            signerTables: Object.fromEntries(
                Object.entries(s.tables).flatMap(([k, t]) => (t ? [[k, { name: t.name, arn: t.arn }]] : [])),
            ),
            shareKeys: s.shareKeys,
            shareThreshold: s.threshold,
            signerRoleArn: s.roleArn,
            signerInstanceProfile: s.instanceProfileName,
            signerServiceAccount: serviceAccountOutput(s.serviceAccount),
            signerConfigYaml: s.signerConfigYaml,
            operatorInitCommand: s.operatorInitCommand,
        };
    },
};
