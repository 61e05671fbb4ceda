/** The Basil broker (seed 004) as a workload: section `basil`, README.md beside this file. */
import { serviceAccountOutput } from "../../identity/binding";
import { emptyFootprint, Footprint, Workload } from "../workload";
import { checkBasilPolicySizes } from "./checks";
import { BasilBroker } from "./component";
import { BasilConfig, readBasil } from "./config";

function footprint(basil: BasilConfig): Footprint {
    const f = emptyFootprint();
    const bootstrap = basil.provisioner?.bootstrapServiceAccount;
    if (basil.runtimeIdentity === "irsa")
        f.serviceAccounts.push({
            key: "basil.serviceAccount",
            sa: basil.serviceAccount,
            custody: "Basil's runtime role (the catalog keys)",
        });
    if (bootstrap)
        f.serviceAccounts.push({
            key: "basil.provisioner.bootstrapServiceAccount",
            sa: bootstrap,
            custody: "the Basil provisioner role (kms:CreateKey)",
        });
    if (basil.createNamespace)
        f.namespaces.push({ key: "basil.createNamespace", namespace: basil.serviceAccount.namespace });
    f.roles.push({ key: "basil.runtimeRoleName", name: basil.runtimeRoleName, account: basil.account });
    if (basil.provisioner)
        f.roles.push({ key: "basil.provisioner.roleName", name: basil.provisioner.roleName, account: basil.account });
    if (basil.keys.length > 0) f.keys.push({ account: basil.account, what: "the Basil catalog keys" });
    const boundRoles = [
        ...(basil.runtimeIdentity === "irsa" ? [{ key: "basil.runtimeRoleName", name: basil.runtimeRoleName }] : []),
        ...(bootstrap && basil.provisioner
            ? [{ key: "basil.provisioner.roleName", name: basil.provisioner.roleName }]
            : []),
    ];
    if (boundRoles.length > 0 && basil.identities.includes("irsa")) f.irsa = { account: basil.account };
    if (boundRoles.length > 0 && basil.identities.includes("podIdentity"))
        f.podIdentity = { account: basil.account, roles: boundRoles };
    return f;
}

export const basilWorkload: Workload<"basil", BasilConfig> = {
    key: "basil",
    read: readBasil,
    footprint,
    check: checkBasilPolicySizes,
    deploy(basil, ctx) {
        const b = new BasilBroker("basil", { basil, ctx });
        return {
            basilKeys: b.keys,
            basilRuntimeRoleArn: b.runtimeRoleArn,
            basilRuntimeInstanceProfile: b.runtimeInstanceProfile,
            basilProvisionerRoleArn: b.provisionerRoleArn,
            basilServiceAccount: b.serviceAccount && serviceAccountOutput(b.serviceAccount),
            basilBootstrapServiceAccount: b.bootstrapServiceAccount && serviceAccountOutput(b.bootstrapServiceAccount),
            basilCatalogJson: b.catalogJson,
            basilBundleSetBackendCommand: b.bundleSetBackendCommand,
        };
    },
};
