import { compactLength, IAM_QUOTAS, keyArnOfLength } from "../../iam/quotas";
import { ConfigReader } from "../../config/reader";
import { grantsDocument } from "../../iam/documents";
import { trustPolicy, TrustedPrincipal } from "../../iam/trust";
import { podIdentityTrust } from "../../identity/podIdentity";
import { SectionCheckEnv } from "../workload";
import { BasilConfig } from "./config";
import { basilProvisionerGrants, basilRuntimeGrants } from "./grants";

/** The Basil catalog grows the runtime policy by one key ARN per key, and the operator list the trust policy. */
export function checkBasilPolicySizes(r: ConfigReader, basil: BasilConfig, c: SectionCheckEnv): void {
    const account = c.accounts.find(a => a.name === basil.account);
    if (!account || basil.keys.length === 0) return;
    const runtime = grantsDocument(
        basilRuntimeGrants({
            keyArns: basil.keys.map(() => keyArnOfLength(account)),
            requireBasilAlias: basil.requireBasilAlias,
        }),
    );
    const runtimeChars = compactLength(runtime);
    if (runtimeChars > IAM_QUOTAS.roleInlinePoliciesChars) {
        r.problem(
            "basil.keys",
            `${basil.keys.length} keys make the runtime role's policy ${runtimeChars} characters, over IAM's ${IAM_QUOTAS.roleInlinePoliciesChars} for a role's inline policies: split the catalog across stacks (one broker per catalog).`,
        );
    }
    const p = basil.provisioner;
    if (p) {
        const principals: TrustedPrincipal[] = [];
        if (p.operatorPrincipalArns.length > 0)
            principals.push({ kind: "aws", principalArns: p.operatorPrincipalArns });
        const bootstrap = p.bootstrapServiceAccount;
        if (bootstrap && c.cluster?.oidcProviderArn && c.cluster.oidcIssuerHost && basil.identities.includes("irsa")) {
            principals.push({
                kind: "irsa",
                oidcProviderArn: c.cluster.oidcProviderArn,
                issuerHost: c.cluster.oidcIssuerHost,
                serviceAccount: bootstrap,
            });
        }
        const eks = c.cluster?.eks;
        if (bootstrap && eks && basil.identities.includes("podIdentity")) {
            // The statement the seam builds: the target-role form (longer) when the role is outside the cluster's account.
            const crossAccount = eks.account !== basil.account ? { roleName: p.roleName } : undefined;
            principals.push(podIdentityTrust(eks, bootstrap, crossAccount));
        }
        if (principals.length > 0) {
            const trustChars = compactLength(trustPolicy(principals));
            if (trustChars > IAM_QUOTAS.trustPolicyChars) {
                r.problem(
                    "basil.provisioner.operatorPrincipalArns",
                    `make the provisioner's trust policy ${trustChars} characters, over IAM's default ${IAM_QUOTAS.trustPolicyChars} for a trust policy: name fewer operator principals (one break-glass role), or raise the account's quota (up to 4096) first.`,
                );
            }
        }
        const provisioner = grantsDocument(
            basilProvisionerGrants({ region: account.region, accountId: account.accountId, requestTag: p.requestTag }),
        );
        const provisionerChars = compactLength(provisioner);
        if (provisionerChars > IAM_QUOTAS.roleInlinePoliciesChars) {
            r.problem(
                "basil.provisioner",
                `makes the provisioner's policy ${provisionerChars} characters, over IAM's ${IAM_QUOTAS.roleInlinePoliciesChars}; shorten the request tag.`,
            );
        }
    }
}
