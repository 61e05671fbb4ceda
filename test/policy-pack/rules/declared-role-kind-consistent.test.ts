// The declared-role-kind-consistent policy (policy-pack/rules/declared-role-kind-consistent.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    irsaTrust,
    role,
    rolePolicy,
    tableArn,
    TABLES,
    URNS,
} from "../fixtures";
import { allow, assertMandatoryAndAdvisory, assertViolation, messages, runPolicy, UNKNOWN } from "../support";

describe("declared-role-kind-consistent", () => {
    describe("a declared role kind must be plausible, and relaxes rule 3 only", () => {
        const p = rules.declaredRoleKindConsistent;
        const asKeyManager = (stack: ReturnType<typeof goodSignerStack>) =>
            editResource(stack, URNS.role, r => ({
                ...r,
                inputs: { ...r.inputs, tags: { "custody:role-kind": "key-manager" } },
            }));
        const defakto = () =>
            role("trust-domain", irsaTrust("system:serviceaccount:spirl-system:spirl-server"), "key-manager", {
                inputs: {
                    inlinePolicies: [
                        {
                            name: "kms",
                            policy: doc(
                                allow([
                                    "kms:CreateKey",
                                    "kms:GetPublicKey",
                                    "kms:ScheduleKeyDeletion",
                                    "kms:Sign",
                                    "kms:TagResource",
                                ]),
                            ),
                        },
                    ],
                },
            });
        const sa = (ns: string, name: string, roleArn: string) => ({
            urn: `urn:pulumi:prod::custody-infra::kubernetes:core/v1:ServiceAccount::${name}`,
            type: "kubernetes:core/v1:ServiceAccount",
            name,
            inputs: { metadata: { name, namespace: ns, annotations: { "eks.amazonaws.com/role-arn": roleArn } } },
        });
        const workload = (type: string, ns: string, saName: string) => ({
            urn: `urn:pulumi:prod::custody-infra::${type}::w`,
            type,
            name: "w",
            inputs: {
                metadata: { name: "w", namespace: ns },
                spec: type.endsWith("Job")
                    ? { template: { spec: { serviceAccountName: saName } } }
                    : { template: { spec: { serviceAccountName: saName } } },
            },
        });

        it('passes seed 001\'s key manager (IRSA, kms on "*") and the signer stack', async () => {
            assert.deepEqual(
                messages(
                    await runPolicy(p, [
                        ...goodSignerStack(),
                        defakto(),
                        sa("spirl-system", "spirl-server", `arn:aws:iam::${ACCOUNTS.primary}:role/trust-domain`),
                    ]),
                ),
                [],
            );
            assert.deepEqual(messages(await runPolicy(rules.runtimeRoleScopedResources, [defakto()])), []);
        });
        it("refuses the share-ring grantee declared key-manager, and its item access to the stack's tables", async () => {
            const ds = await runPolicy(p, asKeyManager(goodSignerStack()));
            assertViolation(
                ds,
                /role custody-prod-signer is declared key-manager but key policy of signer-share-1 \(share ring signer\) grants it/,
                URNS.role,
            );
            assertViolation(
                ds,
                /declared key-manager but is allowed .*dynamodb:GetItem.* on table custody-prod-keystore/,
                URNS.role,
            );
        });
        it("refuses a declared role annotated on a ServiceAccount a runtime role pins", async () => {
            const prov = role("prov", irsaTrust("system:serviceaccount:validators:bootstrap"), "provisioner");
            const stack = editResource([...goodSignerStack(), prov], URNS.serviceAccount, r => ({
                ...r,
                inputs: {
                    metadata: {
                        name: "containment-chamber",
                        namespace: "validators",
                        annotations: { "eks.amazonaws.com/role-arn": `arn:aws:iam::${ACCOUNTS.primary}:role/prov` },
                    },
                },
            }));
            assertViolation(
                await runPolicy(p, stack),
                /role prov is declared provisioner but annotated on ServiceAccount validators\/containment-chamber, which a runtime role's trust pins/,
                URNS.serviceAccount,
            );
        });
        it("refuses a provisioner ServiceAccount used by a Deployment, accepts a Job", async () => {
            const prov = role("prov", irsaTrust("system:serviceaccount:bootstrap:prov"), "provisioner");
            const base = [
                ...goodSignerStack(),
                prov,
                sa("bootstrap", "prov", `arn:aws:iam::${ACCOUNTS.primary}:role/prov`),
            ];
            assertViolation(
                await runPolicy(p, [...base, workload("kubernetes:apps/v1:Deployment", "bootstrap", "prov")]),
                /declared provisioner but ServiceAccount bootstrap\/prov, annotated with it, is used by a long-running pod/,
            );
            assert.deepEqual(
                messages(await runPolicy(p, [...base, workload("kubernetes:batch/v1:Job", "bootstrap", "prov")])),
                [],
            );
        });
    });
    describe("preview: known documents of a role are evaluated when another is unknown", () => {
        it("declared-role-kind-consistent: a declared provisioner with item access by a known document is refused", async () => {
            const prov = role(
                "prov",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/admin` },
                    Action: "sts:AssumeRole",
                }),
                "provisioner",
            );
            const stack = [
                ...goodSignerStack(),
                prov,
                rolePolicy("p-a", "prov", UNKNOWN, prov.urn),
                rolePolicy("p-b", "prov", doc(allow("dynamodb:GetItem", tableArn(TABLES.keystore))), prov.urn),
            ];
            assertMandatoryAndAdvisory(
                await runPolicy(rules.declaredRoleKindConsistent, stack),
                /role prov is declared provisioner but is allowed dynamodb:GetItem on table custody-prod-keystore/,
            );
        });
    });
});
