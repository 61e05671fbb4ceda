/** The Defakto trust-domain server's key manager (seed 001) as a workload: section `trustDomain`, README.md here. */
import { ConfigReader } from "../../config/reader";
import { serviceAccountOutput } from "../../identity/binding";
import { emptyFootprint, Footprint, SectionCheckEnv, Workload } from "../workload";
import { TrustDomainKeyManager } from "./component";
import { readTrustDomain, TrustDomainConfig } from "./config";

function footprint(td: TrustDomainConfig): Footprint {
    const f = emptyFootprint();
    f.serviceAccounts.push({
        key: "trustDomain.serviceAccount",
        sa: td.serviceAccount,
        custody: "the trust-domain key manager role (kms:ScheduleKeyDeletion)",
    });
    if (td.createNamespace)
        f.namespaces.push({ key: "trustDomain.createNamespace", namespace: td.serviceAccount.namespace });
    f.roles.push({ key: "trustDomain.roleName", name: td.roleName, account: td.account });
    if (td.identities.includes("irsa")) f.irsa = { account: td.account };
    if (td.identities.includes("podIdentity"))
        f.podIdentity = { account: td.account, roles: [{ key: "trustDomain.roleName", name: td.roleName }] };
    return f;
}

/**
 * Seed 001 grants the Trust Domain Server kms:ScheduleKeyDeletion (and CreateKey, TagResource, Sign) on "*": in
 * an account that holds this stack's keys, that reaches the Shamir share keys, the tables' key and the Basil
 * catalog, any of which it could schedule for deletion. Keep the key manager in an account of its own.
 */
function checkKeyManagerAccount(r: ConfigReader, td: TrustDomainConfig, env: SectionCheckEnv): void {
    const account = td.account;
    const holders = [...env.footprints.values()].flatMap(f =>
        f.keys.filter(k => k.account === account).map(k => k.what),
    );
    if (holders.length > 0) {
        r.problem(
            "trustDomain.account",
            `"${account}" also holds ${holders.join(", ")} of this stack, and the trust-domain role is granted kms:ScheduleKeyDeletion on "*" (seed 001), which would reach them: deploy the trust-domain server in an account that holds no custody keys.`,
        );
    }
}

export const trustDomainWorkload: Workload<"trustDomain", TrustDomainConfig> = {
    key: "trustDomain",
    read: readTrustDomain,
    footprint,
    check: checkKeyManagerAccount,
    deploy(trustDomain, ctx) {
        const td = new TrustDomainKeyManager("trust-domain", { trustDomain, ctx });
        return {
            trustDomainRoleArn: td.roleArn,
            trustDomainServiceAccount: serviceAccountOutput(td.serviceAccount),
            trustDomainKeyManagerYaml: td.keyManagerConfigYaml,
            trustDomainKeyPolicyJson: td.keyPolicyJson,
        };
    },
};
