// EKS Pod Identity (issue 10) through the two rules that judge it: role-trust-pinned (the pinned trust) and
// serviceaccount-role-agree (associations agree with their roles). Every loosening is refused with the missing
// condition and how to write it.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    ASSOCIATION_URN,
    CLUSTER_ARN,
    doc,
    editResource,
    irsaStatement,
    OIDC_ISSUER,
    podIdentityAssociation,
    podIdentitySignerStack,
    podIdentityStatement,
    role,
    ROLE_ARN,
    URNS,
} from "../fixtures";
import { assertViolation, messages, runPolicy, UNKNOWN } from "../support";
import { stackPackConfig } from "../packConfig";
import { setPackConfig } from "../../../policy-pack/model/packConfig";
import type { CustodyModel } from "../../../policy-pack/custody/types";

const pins = (overrides: Record<string, unknown>, drop: string[] = [], extra: Record<string, unknown> = {}) => {
    const equals: Record<string, unknown> = {
        "aws:RequestTag/eks-cluster-arn": [CLUSTER_ARN],
        "aws:RequestTag/kubernetes-namespace": ["validators"],
        "aws:RequestTag/kubernetes-service-account": ["containment-chamber"],
        ...overrides,
    };
    for (const k of drop) delete equals[k];
    return { StringEquals: equals, ...extra };
};

describe("EKS Pod Identity (role-trust-pinned, serviceaccount-role-agree)", () => {
    const trustRule = rules.roleTrustPinned;
    const agreeRule = rules.serviceAccountRoleAgree;
    const both = async (stack: ReturnType<typeof podIdentitySignerStack>, config?: Record<string, unknown>) => [
        ...(await runPolicy(trustRule, stack, config)),
        ...(await runPolicy(agreeRule, stack)),
    ];

    it("accepts the documented trust pinned to one cluster ARN, namespace and ServiceAccount, with its association", async () => {
        assert.deepEqual(messages(await both(podIdentitySignerStack())), []);
        // Plain strings are the same single values as AWS's one-element lists; aws:SourceAccount may sit alongside.
        const strings = pins(
            {
                "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
                "aws:RequestTag/kubernetes-namespace": "validators",
                "aws:RequestTag/kubernetes-service-account": "containment-chamber",
            },
            [],
        );
        (strings.StringEquals as Record<string, unknown>)["aws:SourceAccount"] = ACCOUNTS.primary;
        assert.deepEqual(messages(await both(podIdentitySignerStack([podIdentityStatement(strings)]))), []);
    });

    describe("role-trust-pinned refuses every loosened Pod Identity trust, naming the condition and how to write it", () => {
        const cases: Array<[string, object, RegExp]> = [
            [
                "no condition at all (the measured hole: any pod of any cluster of the account)",
                podIdentityStatement({}),
                /does not pin the cluster: no condition on aws:RequestTag\/eks-cluster-arn; write "Condition": \{"StringEquals": \{"aws:RequestTag\/eks-cluster-arn": \["arn:aws:eks:<region>:<account>:cluster\/<name>"\]\}\}/,
            ],
            [
                "only aws:SourceAccount",
                podIdentityStatement({ StringEquals: { "aws:SourceAccount": ACCOUNTS.primary } }),
                /does not pin the namespace: no condition on aws:RequestTag\/kubernetes-namespace; write/,
            ],
            [
                "namespace and ServiceAccount but no cluster (the pod-id-role.html sample)",
                podIdentityStatement(pins({}, ["aws:RequestTag/eks-cluster-arn"])),
                /does not pin the cluster/,
            ],
            [
                "no ServiceAccount",
                podIdentityStatement(pins({}, ["aws:RequestTag/kubernetes-service-account"])),
                /does not pin the ServiceAccount: no condition on aws:RequestTag\/kubernetes-service-account/,
            ],
            [
                "StringLike with a wildcard ServiceAccount",
                podIdentityStatement(
                    pins({}, ["aws:RequestTag/kubernetes-service-account"], {
                        StringLike: { "aws:RequestTag/kubernetes-service-account": "*" },
                    }),
                ),
                /pins the ServiceAccount with StringLike aws:RequestTag\/kubernetes-service-account, which admits more than one value/,
            ],
            [
                "ForAnyValue:StringEquals on the namespace",
                podIdentityStatement(
                    pins({}, ["aws:RequestTag/kubernetes-namespace"], {
                        "ForAnyValue:StringEquals": { "aws:RequestTag/kubernetes-namespace": ["validators"] },
                    }),
                ),
                /pins the namespace with ForAnyValue:StringEquals/,
            ],
            [
                "StringEqualsIfExists (absent tag passes)",
                podIdentityStatement(
                    pins({}, ["aws:RequestTag/eks-cluster-arn"], {
                        StringEqualsIfExists: { "aws:RequestTag/eks-cluster-arn": [CLUSTER_ARN] },
                    }),
                ),
                /pins the cluster with StringEqualsIfExists/,
            ],
            [
                "two namespaces",
                podIdentityStatement(pins({ "aws:RequestTag/kubernetes-namespace": ["validators", "default"] })),
                /admits 2 values of aws:RequestTag\/kubernetes-namespace \(validators, default\)/,
            ],
            [
                "a wildcard inside StringEquals",
                podIdentityStatement(pins({ "aws:RequestTag/kubernetes-service-account": ["containment-*"] })),
                /contains a wildcard/,
            ],
            [
                "a cluster name where the ARN belongs",
                podIdentityStatement(pins({ "aws:RequestTag/eks-cluster-arn": ["prod-validators"] })),
                /is not an EKS cluster ARN/,
            ],
        ];
        for (const [name, statement, pattern] of cases) {
            it(name, async () => {
                assertViolation(await runPolicy(trustRule, podIdentitySignerStack([statement])), pattern, URNS.role);
            });
        }
        it("two Pod Identity statements for two subjects on one role", async () => {
            const other = podIdentityStatement(pins({ "aws:RequestTag/kubernetes-service-account": ["other"] }));
            assertViolation(
                await runPolicy(trustRule, podIdentitySignerStack([podIdentityStatement(), other])),
                /pins 2 different Pod Identity subjects/,
                URNS.role,
            );
        });
    });

    describe("IRSA and Pod Identity on one role (migration)", () => {
        it("is refused without the migration setting, with how to set it", async () => {
            assertViolation(
                await runPolicy(trustRule, podIdentitySignerStack([irsaStatement(), podIdentityStatement()])),
                /next to an IRSA statement: two ways in are allowed only while migrating .*custody model lists both subjects .*or with allowPodIdentity: true/,
                URNS.role,
            );
        });
        /** The pod-identity stack's custody model, its signer also listing `irsa` (or another ServiceAccount's). */
        const modelWithIrsa = (serviceAccount: string) => {
            const config = stackPackConfig("pod-identity");
            const model = JSON.parse(JSON.stringify(config["custody-model"])) as CustodyModel;
            model.workloads[0].subjects.push({
                irsa: { issuer: OIDC_ISSUER, namespace: "validators", serviceAccount },
            });
            return { ...config, "custody-model": model as unknown as Record<string, unknown> };
        };
        it("is accepted per role when the custody model lists both subjects of the ServiceAccount", async () => {
            const stack = podIdentitySignerStack([irsaStatement(), podIdentityStatement()]);
            setPackConfig(modelWithIrsa("containment-chamber"));
            try {
                assert.deepEqual(messages(await runPolicy(trustRule, stack)), []);
            } finally {
                setPackConfig({});
            }
        });
        it("is refused when the model's IRSA subject is another ServiceAccount's", async () => {
            const stack = podIdentitySignerStack([irsaStatement(), podIdentityStatement()]);
            setPackConfig(modelWithIrsa("other"));
            try {
                assertViolation(
                    await runPolicy(trustRule, stack),
                    /two ways in are allowed only while migrating/,
                    URNS.role,
                );
            } finally {
                setPackConfig({});
            }
        });
        it("is accepted with the migration setting when both pin the same ServiceAccount", async () => {
            const stack = podIdentitySignerStack([irsaStatement(), podIdentityStatement()]);
            assert.deepEqual(messages(await runPolicy(trustRule, stack, { allowPodIdentity: true })), []);
        });
        it("is refused with the migration setting when the subjects differ", async () => {
            const stack = podIdentitySignerStack([
                irsaStatement(),
                podIdentityStatement(pins({ "aws:RequestTag/kubernetes-service-account": ["other"] })),
            ]);
            assertViolation(
                await runPolicy(trustRule, stack, { allowPodIdentity: true }),
                /the IRSA statement pins system:serviceaccount:validators:containment-chamber but the Pod Identity statement pins validators\/other/,
                URNS.role,
            );
        });
    });

    describe("serviceaccount-role-agree: associations", () => {
        const withAssociation = (inputs: Record<string, unknown>) =>
            editResource(podIdentitySignerStack(), ASSOCIATION_URN, () => podIdentityAssociation(inputs));
        it("refuses an association binding the runtime role to another ServiceAccount", async () => {
            assertViolation(
                await runPolicy(agreeRule, withAssociation({ serviceAccount: "attacker" })),
                /PodIdentityAssociation validators\/attacker \(cluster prod-validators\) binds role custody-prod-signer, whose trust pins validators\/containment-chamber of cluster .* instead of exactly validators\/attacker .*"aws:RequestTag\/kubernetes-service-account": \["attacker"\]/,
                ASSOCIATION_URN,
            );
        });
        it("refuses an association in another cluster or namespace", async () => {
            assertViolation(
                await runPolicy(agreeRule, withAssociation({ clusterName: "other-cluster" })),
                /instead of exactly validators\/containment-chamber of cluster other-cluster/,
                ASSOCIATION_URN,
            );
            assertViolation(
                await runPolicy(agreeRule, withAssociation({ namespace: "default" })),
                /instead of exactly default\/containment-chamber/,
                ASSOCIATION_URN,
            );
        });
        it("refuses a second association to the same role for another subject", async () => {
            const second = {
                ...podIdentityAssociation({ serviceAccount: "second" }),
                urn: ASSOCIATION_URN.replace("signer-sa-pod-identity", "second"),
            };
            assertViolation(
                await runPolicy(agreeRule, [...podIdentitySignerStack(), second]),
                /is a second association of role custody-prod-signer \(already bound to validators\/containment-chamber/,
            );
        });
        it("refuses disableSessionTags: true, saying the tags are the only pins", async () => {
            assertViolation(
                await runPolicy(agreeRule, withAssociation({ disableSessionTags: true })),
                /sets disableSessionTags: true: .*only pins a custody role's trust can have; remove disableSessionTags/,
                ASSOCIATION_URN,
            );
        });
        it("refuses an association policy, saying it can only narrow but needs disableSessionTags", async () => {
            const policy = doc({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: "*" });
            assertViolation(
                await runPolicy(agreeRule, withAssociation({ policy })),
                /sets an association policy: a policy can only narrow the role's access, but EKS accepts it only with disableSessionTags: true/,
                ASSOCIATION_URN,
            );
        });
        it("refuses an association naming a role outside the stack", async () => {
            assertViolation(
                await runPolicy(agreeRule, withAssociation({ roleArn: `arn:aws:iam::${ACCOUNTS.primary}:role/other` })),
                /names arn:aws:iam::111111111111:role\/other, which is not a role of this stack/,
                ASSOCIATION_URN,
            );
        });
        it("refuses a Pod Identity role no association binds, and leaves an unknown association to the preview advisory", async () => {
            const extra = role(
                "lonely",
                doc(podIdentityStatement(pins({ "aws:RequestTag/kubernetes-service-account": ["lonely"] }))),
                "runtime",
            );
            assertViolation(
                await runPolicy(agreeRule, [...podIdentitySignerStack(), extra]),
                /role lonely trusts EKS Pod Identity for validators\/lonely of cluster .* but this stack has no PodIdentityAssociation/,
                extra.urn,
            );
            const unknown = editResource([...podIdentitySignerStack(), extra], ASSOCIATION_URN, () =>
                podIdentityAssociation({ roleArn: UNKNOWN }),
            );
            const ds = await runPolicy(agreeRule, unknown);
            assert.deepEqual(
                ds.filter(d => d.enforcementLevel === "mandatory").map(d => d.message),
                [],
            );
        });
    });

    describe("cross-account target role (the cluster in another account than the workload role)", () => {
        const CLUSTER_ACCOUNT = ACCOUNTS.b;
        const associationRoleArn = `arn:aws:iam::${CLUSTER_ACCOUNT}:role/custody-prod-signer`;
        const clusterArn = `arn:aws:eks:eu-west-1:${CLUSTER_ACCOUNT}:cluster/prod-validators`;
        const clusterPins = pins({ "aws:RequestTag/eks-cluster-arn": [clusterArn] });
        const target = (condition: Record<string, unknown>) => ({
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${CLUSTER_ACCOUNT}:root` },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: condition,
        });
        const stack = (targetStatement: object) => {
            const base = podIdentitySignerStack([targetStatement]);
            const associationRole = {
                ...role("custody-prod-signer-association", doc(podIdentityStatement(clusterPins)), "runtime"),
                urn: URNS.role.replace("signer-role", "signer-sa-pod-identity-role"),
                inputs: {
                    name: "custody-prod-signer",
                    assumeRolePolicy: doc(podIdentityStatement(clusterPins)),
                    tags: { "custody:role-kind": "runtime" },
                },
                outputs: { arn: associationRoleArn, id: "custody-prod-signer" },
                provider: { ...base.find(r => r.urn === URNS.role)!.provider!, urn: "urn:b::b" },
            };
            return [
                ...editResource(base, ASSOCIATION_URN, () =>
                    podIdentityAssociation({ roleArn: associationRoleArn, targetRoleArn: ROLE_ARN }),
                ),
                associationRole,
            ];
        };
        const pinned = { ArnEquals: { "aws:PrincipalArn": [associationRoleArn] }, ...clusterPins };
        it("accepts the documented chain: root of the cluster account restricted to the association role, tags pinned", async () => {
            assert.deepEqual(messages(await both(stack(target(pinned)))), []);
        });
        it("refuses the root without aws:PrincipalArn", async () => {
            assertViolation(
                await runPolicy(trustRule, stack(target(clusterPins))),
                /trusts the whole account 222222222222/,
                URNS.role,
            );
        });
        it("refuses the chain without the tag pins, naming each", async () => {
            const ds = await runPolicy(
                trustRule,
                stack(target({ ArnEquals: { "aws:PrincipalArn": [associationRoleArn] } })),
            );
            assertViolation(
                ds,
                /chains from the Pod Identity association role custody-prod-signer but does not pin the cluster/,
                URNS.role,
            );
            assertViolation(ds, /does not pin the ServiceAccount/, URNS.role);
        });
        it("refuses a target trust pinning another subject than the association", async () => {
            const other = {
                ArnEquals: { "aws:PrincipalArn": [associationRoleArn] },
                ...pins({
                    "aws:RequestTag/eks-cluster-arn": [clusterArn],
                    "aws:RequestTag/kubernetes-service-account": ["other"],
                }),
            };
            assertViolation(
                await runPolicy(agreeRule, stack(target(other))),
                /targets role custody-prod-signer, whose trust of the association role does not pin exactly validators\/containment-chamber/,
                ASSOCIATION_URN,
            );
        });
    });
});
