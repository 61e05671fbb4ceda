// ConfigMap writes without resourceNames reach aws-auth only where the binding reaches kube-system (round 17):
// refused in kube-system and cluster-wide, accepted in another namespace, and a stronger power of the same role
// still counts there.
import { assertClean, assertRefused, runWholePack, stackResources } from "./support";
import { bindSa, namespace, rbacRole, serviceAccount } from "./variantBuilders";

const configMapWrites = { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] };

describe("ConfigMap writes and aws-auth (engine/kubernetes.ts, onlyIn)", () => {
    it("refuses: prod: a ServiceAccount of tools allowed to patch every ConfigMap of kube-system", async () => {
        const r = await stackResources("prod");
        serviceAccount(r, "tools", "config-sync");
        rbacRole(r, "config-sync", [configMapWrites], "kube-system");
        bindSa(r, "config-sync", "Role", "tools", "config-sync", "kube-system");
        assertRefused(
            await runWholePack("prod", r),
            /ServiceAccount tools\/config-sync → RoleBinding config-sync in kube-system → Role config-sync .*the aws-auth ConfigMap/,
            "custody-effective-access",
        );
    });
    it("accepts: prod: the same role in tools (restricted), where no aws-auth lives", async () => {
        const r = await stackResources("prod");
        namespace(r, "tools");
        serviceAccount(r, "tools", "config-sync");
        rbacRole(r, "config-sync", [configMapWrites], "tools");
        bindSa(r, "config-sync", "Role", "tools", "config-sync", "tools");
        assertClean(await runWholePack("prod", r));
    });
    it("refuses: prod: in tools (unlabelled), a role that also creates pods keeps that power", async () => {
        const r = await stackResources("prod");
        serviceAccount(r, "tools", "config-sync");
        rbacRole(
            r,
            "config-sync",
            [configMapWrites, { apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            "tools",
        );
        bindSa(r, "config-sync", "Role", "tools", "config-sync", "tools");
        assertRefused(await runWholePack("prod", r), /RoleBinding config-sync in tools .*create pods/);
    });
});
