// Red-team round 77b, aws: WHO CAN BECOME each runtime role (trust policies), after round 77's key-policy work.
// Probed WHO CAN BECOME each runtime role, in the trust policies of every committed stack: other federation beside the
// OIDC pin (SAML, accounts.google.com, sts federated-user sessions), OIDC conditions that look like pins (StringLike,
// ForAnyValue with two values, IfExists on another issuer's key, Null, an aud-only second statement, a second
// cluster's issuer, an attacker issuer with its own provider resource, a suffix glob on trust-domain), Pod Identity
// (pods.eks pinned only by aws:SourceAccount/SourceArn, a second cluster, AssumeRole unpinned beside a pinned
// TagSession, the EKS tags "pinning" an AWS principal, targetRoleArn chains from another SA, a hop role also
// assumable by ops or by a second SA), cross-account (Principal * or the account root with sts:ExternalId, the caller
// role also trusted by Lambda or an ops role), role chaining from basil-provisioner into basil-agent; and the secure
// mirror of each (key case, ForAnyValue/IgnoreCase/duplicate values on :sub, two providers with one issuer's keys,
// Deny beside the pin, TagSession-only pods.eks statement, extra narrowing pins, the documented target-role chain,
// session ARN / no ExternalId / PrincipalArn on cross-account, extra client ids and thumbprints, a harmless second
// association, PassRole of an IRSA-only role).
// Misses (0 insecure, 7 secure):
// - secure, effective access: two Federated providers with one issuer's keys read as admitting any token of the
//   other (1); PassRole of a role no service may assume counted as access to it (1).
// - secure, role-trust-pinned: duplicate :sub values counted twice (1); a TagSession-only pods.eks statement needs
//   pins (1); ForAnyValue:StringEquals / StringEqualsIgnoreCase with one value refused with a false "every
//   ServiceAccount" message (2, form rule: fix the message or DECIDE).
// - secure, by design: a second association to the signer whose tags its trust refuses (1, DECIDED candidate).
// Round 77 (fix77b-aws): duplicate values, TagSession-only statement and PassRole fixed; two providers fixed in
// custody-effective-access, refused by role-trust-pinned's one-provider form rule (DECIDED); ForAnyValue/IgnoreCase
// DECIDED refused with corrected messages; the second association DECIDED refused (README).
// Held: every insecure variant (23 of 23).
import { describeVariants, doc, find, prop, setProp, StackCase, Resources } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const A = ACCOUNT.prod;
const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const provider = (issuer: string, account = A) => `arn:aws:iam::${account}:oidc-provider/${issuer}`;
const SIGNER_SUB = "system:serviceaccount:validators:containment-chamber";
const CLUSTER = `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`;
const POD_TAGS = {
    "aws:RequestTag/eks-cluster-arn": [CLUSTER],
    "aws:RequestTag/kubernetes-namespace": ["validators"],
    "aws:RequestTag/kubernetes-service-account": ["containment-chamber"],
};
const PODS = { Service: "pods.eks.amazonaws.com" };
const ASSUME_TAG = ["sts:AssumeRole", "sts:TagSession"];

/** The committed trust statement of prod's signer (IRSA), with `condition` in place of its own when given. */
const irsa = (condition?: object, issuer = PROD_ISSUER) => ({
    Effect: "Allow",
    Principal: { Federated: provider(issuer) },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: condition ?? { StringEquals: { [`${issuer}:sub`]: SIGNER_SUB, [`${issuer}:aud`]: "sts.amazonaws.com" } },
});
/** The committed Pod Identity statement of pod-identity's signer. */
const podIdentity = (condition: object = { StringEquals: POD_TAGS }) => ({
    Effect: "Allow",
    Principal: PODS,
    Action: ASSUME_TAG,
    Condition: condition,
});

/** Sets the trust of `role` in the stack to `statements`. */
const trust = (r: Resources, role: string, ...statements: object[]) =>
    setProp(find(r, ROLE, role), "assumeRolePolicy", doc(...statements));
/** Adds `statements` to the trust of `role`. */
const addTrust = (r: Resources, role: string, ...statements: object[]) => {
    const res = find(r, ROLE, role);
    const d = JSON.parse(String(prop(res, "assumeRolePolicy"))) as { Statement: object[] };
    d.Statement.push(...statements);
    setProp(res, "assumeRolePolicy", JSON.stringify(d));
};
const edit = (name: string, stack: string, e: (r: Resources) => void, skip?: string): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});

/** A role `name` of pod-identity's account with `trustStatements` and no permissions of its own. */
const hop = (r: Resources, name: string, ...trustStatements: object[]) =>
    void beside(r, "pod-identity", ROLE, name, {
        name,
        arn: `arn:aws:iam::${A}:role/${name}`,
        assumeRolePolicy: doc(...trustStatements),
    });
/** A Pod Identity association of prod-validators, like the committed one. */
const association = (r: Resources, name: string, inputs: Record<string, unknown>) => {
    const like = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
    beside(
        r,
        "pod-identity",
        "aws:eks/podIdentityAssociation:PodIdentityAssociation",
        name,
        { clusterName: "prod-validators", region: "eu-west-1", disableSessionTags: false, ...inputs },
        like,
    );
};
const HOP = `arn:aws:iam::${A}:role/custody-podid-hop`;
/** The target-role statement EKS documents (pod-id-assign-target-role.html): the association role, tags pinned. */
const fromHop = (tags: object = POD_TAGS) => ({
    Effect: "Allow",
    Principal: { AWS: HOP },
    Action: ASSUME_TAG,
    Condition: { ArnEquals: { "aws:PrincipalArn": [HOP] }, StringEquals: tags },
});
const REPORTER_TAGS = {
    "aws:RequestTag/eks-cluster-arn": [CLUSTER],
    "aws:RequestTag/kubernetes-namespace": ["tools"],
    "aws:RequestTag/kubernetes-service-account": ["reporter"],
};

const XROLE = "cross-account-access";
const INSTANCE_ROLE = "arn:aws:iam::777777777777:role/instance-role";
const CURITY = ACCOUNT.curity;
const OIDC = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
const TD_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";

/** A role `rt77b-passer` of `stack`, assumable by an ops role, allowed `actions` on `resource`. */
const passer = (r: Resources, stack: string, resource: string, actions: string[] = ["iam:PassRole"]) =>
    void beside(r, stack, ROLE, "rt77b-passer", {
        name: "rt77b-passer",
        arn: `arn:aws:iam::${A}:role/rt77b-passer`,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: outsideRole(A) }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: "pass", policy: doc({ Effect: "Allow", Action: actions, Resource: resource }) }],
    });

/** role-trust-pinned disabled: what custody-effective-access alone reads of a trust (its form rules aside). */
const withoutTrustForm: StackCase["config"] = c => ({
    ...c,
    "role-trust-pinned": { ...(c["role-trust-pinned"] ?? {}), enforcementLevel: "disabled" },
});
const twoProviders = (condition: object) => (r: Resources) =>
    trust(r, "signer-role", {
        ...irsa(condition),
        Principal: { Federated: [provider(PROD_ISSUER), provider(DEV_ISSUER)] },
    });

/** The :sub pins of the two form-rule cases (round 77 DECIDED), by case name. */
const CONDITIONS: Record<string, object> = {
    "rt77b-s-oidc-foranyvalue-one": {
        "ForAnyValue:StringEquals": { [`${PROD_ISSUER}:sub`]: [SIGNER_SUB] },
        StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
    },
    "rt77b-s-oidc-ignorecase": {
        StringEqualsIgnoreCase: { [`${PROD_ISSUER}:sub`]: SIGNER_SUB },
        StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
    },
};

const insecure: StackCase[] = [
    // ======== Other federation forms beside the OIDC pin. IAM User Guide, "Create a role for SAML 2.0 federation"
    // (id_roles_create_for-idp_saml.html): every user the IdP asserts for this role (SAML:aud the sign-in URL) gets it.
    edit(
        "rt77b-saml: the signer also trusts a SAML provider (sts:AssumeRoleWithSAML, only SAML:aud pinned)",
        "prod",
        r =>
            addTrust(r, "signer-role", {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${A}:saml-provider/corp-idp` },
                Action: "sts:AssumeRoleWithSAML",
                Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
            }),
    ),
    // IAM User Guide, "OIDC federation" (id_roles_providers_oidc.html): accounts.google.com is a built-in provider;
    // :aud is the app's client id, so any Google account signing in to that app becomes the signer.
    edit("rt77b-google: the signer also trusts accounts.google.com with only its :aud pinned", "prod", r =>
        addTrust(r, "signer-role", {
            Effect: "Allow",
            Principal: { Federated: "accounts.google.com" },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: { StringEquals: { "accounts.google.com:aud": "1234.apps.googleusercontent.com" } },
        }),
    ),
    // IAM User Guide, "AWS JSON policy elements: Principal" (reference_policies_elements_principal.html, "AWS STS
    // federated user principals"): a federated-user session ARN may be named in a trust policy.
    edit("rt77b-federated-user: the signer trusts a GetFederationToken session (sts federated-user/bob)", "prod", r =>
        addTrust(r, "signer-role", {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:sts::${A}:federated-user/bob` },
            Action: "sts:AssumeRole",
        }),
    ),
    // ======== OIDC conditions that look like pins. EKS User Guide, "Assign IAM roles to Kubernetes service accounts"
    // (associate-service-account-role.html): the :sub pin names one ServiceAccount of the cluster whose issuer the
    // provider is.
    edit(
        "rt77b-oidc-second-cluster: a second statement trusts the dev cluster's issuer for the same ns/SA name",
        "prod",
        r => addTrust(r, "signer-role", irsa(undefined, DEV_ISSUER)),
    ),
    edit(
        "rt77b-oidc-stringlike-ns: sub StringLike system:serviceaccount:validators:* (any SA of the namespace)",
        "prod",
        r =>
            trust(
                r,
                "signer-role",
                irsa({
                    StringLike: { [`${PROD_ISSUER}:sub`]: "system:serviceaccount:validators:*" },
                    StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
                }),
            ),
    ),
    edit("rt77b-oidc-foranyvalue-two: ForAnyValue:StringEquals sub lists the signer SA and a second SA", "prod", r =>
        trust(
            r,
            "signer-role",
            irsa({
                "ForAnyValue:StringEquals": {
                    [`${PROD_ISSUER}:sub`]: [SIGNER_SUB, "system:serviceaccount:default:default"],
                },
                StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
            }),
        ),
    ),
    // IAM User Guide, condition operators (reference_policies_elements_condition_operators.html, "...IfExists"): a
    // key absent from the request context makes the test true. A token of the prod issuer carries no dev-issuer
    // keys, so this statement admits every ServiceAccount of the prod cluster.
    edit(
        "rt77b-oidc-ifexists-other-issuer-key: sub pinned with StringEqualsIfExists on the DEV issuer's key",
        "prod",
        r =>
            trust(
                r,
                "signer-role",
                irsa({
                    StringEqualsIfExists: { [`${DEV_ISSUER}:sub`]: SIGNER_SUB },
                    StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
                }),
            ),
    ),
    // IAM User Guide, "Null condition operator": "false" only requires the key to be present.
    edit("rt77b-oidc-null-sub: sub only required present (Null false), aud pinned", "prod", r =>
        trust(
            r,
            "signer-role",
            irsa({
                Null: { [`${PROD_ISSUER}:sub`]: "false" },
                StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
            }),
        ),
    ),
    // Statements are OR'ed (IAM User Guide, policy evaluation logic): the second, aud-only, admits every SA.
    edit("rt77b-oidc-second-statement-aud-only: a second web-identity statement pins only :aud", "prod", r =>
        addTrust(r, "signer-role", irsa({ StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" } })),
    ),
    edit(
        "rt77b-td-sub-suffix-glob: trust-domain sub StringLike spirl-server* (spirl-server-x SAs)",
        "trust-domain",
        r =>
            trust(r, "trust-domain-role", {
                Effect: "Allow",
                Principal: { Federated: provider(TD_ISSUER, ACCOUNT["trust-domain"]) },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringLike: { [`${TD_ISSUER}:sub`]: "system:serviceaccount:spirl-system:spirl-server*" },
                    StringEquals: { [`${TD_ISSUER}:aud`]: "sts.amazonaws.com" },
                },
            }),
    ),
    // An issuer the attacker runs: IAM trusts any token its keys sign (id_roles_providers_create_oidc.html).
    edit(
        "rt77b-curity-attacker-issuer: curity's role trusts a second OIDC provider (attacker issuer), same sub",
        "curity",
        r => {
            beside(r, "curity", OIDC, "attacker-oidc", {
                url: "https://idp.attacker.example",
                clientIdLists: ["sts.amazonaws.com"],
                arn: `arn:aws:iam::${CURITY}:oidc-provider/idp.attacker.example`,
            });
            addTrust(r, "curity-role", {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${CURITY}:oidc-provider/idp.attacker.example` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "idp.attacker.example:sub": "system:serviceaccount:curity:dynamo-sa",
                        "idp.attacker.example:aud": "sts.amazonaws.com",
                    },
                },
            });
        },
    ),
    // ======== Pod Identity. EKS User Guide pod-id-role.html / pod-id-abac.html: the session tags EKS sets are the
    // only pins; aws:SourceAccount/SourceArn name the cluster, not the ServiceAccount.
    edit(
        "rt77b-podid-source-only: pods.eks pinned by aws:SourceAccount and aws:SourceArn (the cluster) only",
        "pod-identity",
        r =>
            trust(
                r,
                "signer-role",
                podIdentity({ StringEquals: { "aws:SourceAccount": A }, ArnEquals: { "aws:SourceArn": CLUSTER } }),
            ),
    ),
    edit(
        "rt77b-podid-second-cluster: a second pods.eks statement pins the same ns/SA on cluster dev-validators",
        "pod-identity",
        r =>
            addTrust(
                r,
                "signer-role",
                podIdentity({
                    StringEquals: {
                        ...POD_TAGS,
                        "aws:RequestTag/eks-cluster-arn": [`arn:aws:eks:eu-west-1:${A}:cluster/dev-validators`],
                    },
                }),
            ),
    ),
    // pod-id-abac.html: with disableSessionTags EKS sends no tags, so sts:TagSession is not evaluated; statement A
    // then lets ANY association of the account (one made outside the stack) assume the signer.
    edit(
        "rt77b-podid-assume-unpinned: pods.eks sts:AssumeRole unpinned, the pins only on a sts:TagSession statement",
        "pod-identity",
        r =>
            trust(
                r,
                "signer-role",
                { Effect: "Allow", Principal: PODS, Action: "sts:AssumeRole" },
                { Effect: "Allow", Principal: PODS, Action: "sts:TagSession", Condition: { StringEquals: POD_TAGS } },
            ),
    ),
    // aws:RequestTag is what the CALLER passes (IAM User Guide, id_session-tags.html): an AWS principal chooses
    // its own session tags, so the Pod Identity pins restrict only pods.eks.amazonaws.com.
    edit(
        "rt77b-podid-tags-on-aws-principal: the signer trusts an ops role for AssumeRole+TagSession 'pinned' by the EKS tags",
        "pod-identity",
        r =>
            addTrust(r, "signer-role", {
                Effect: "Allow",
                Principal: { AWS: outsideRole(A) },
                Action: ASSUME_TAG,
                Condition: { StringEquals: POD_TAGS },
            }),
    ),
    // pod-id-assign-target-role.html: the pod gets the TARGET role's credentials.
    edit(
        "rt77b-podid-target-other-sa: tools/reporter's association chains (targetRoleArn) into the signer",
        "pod-identity",
        r => {
            hop(r, "custody-podid-hop", podIdentity({ StringEquals: REPORTER_TAGS }));
            association(r, "reporter-chain", {
                namespace: "tools",
                serviceAccount: "reporter",
                roleArn: HOP,
                targetRoleArn: `arn:aws:iam::${A}:role/custody-pod-identity-signer`,
            });
            addTrust(r, "signer-role", fromHop(REPORTER_TAGS));
        },
    ),
    // The hop role is also assumable by an ops role, which sets the tags the signer's hop statement wants itself.
    edit(
        "rt77b-podid-hop-also-ops: the signer trusts a hop role (tags pinned) that an ops role may also assume",
        "pod-identity",
        r => {
            hop(r, "custody-podid-hop", podIdentity(), {
                Effect: "Allow",
                Principal: { AWS: outsideRole(A) },
                Action: ASSUME_TAG,
            });
            addTrust(r, "signer-role", fromHop());
        },
    ),
    // ======== cross-account: sts:ExternalId is a shared string, not a principal (IAM User Guide, "Access to AWS
    // accounts owned by third parties", id_roles_common-scenarios_third-party.html).
    edit(
        "rt77b-xacct-star-externalid: the access role trusts Principal * with only sts:ExternalId",
        "cross-account",
        r =>
            trust(r, XROLE, {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
            }),
    ),
    edit(
        "rt77b-xacct-root-externalid: the access role trusts account 777's root with the ExternalId",
        "cross-account",
        r =>
            trust(r, XROLE, {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::777777777777:root" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
            }),
    ),
    // ======== Role chaining (id_roles_terms-and-concepts.html#iam-term-role-chaining): the provisioner (break-glass
    // and the bootstrap SA) becomes the runtime role.
    edit("rt77b-basil-provisioner-chain: basil-agent also trusts basil-provisioner", "basil", r =>
        addTrust(r, "basil-runtime", {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${ACCOUNT.basil}:role/basil-provisioner` },
            Action: "sts:AssumeRole",
        }),
    ),
    // id_session-tags.html ("Chaining roles with session tags"): only transitive tags carry over; a tools/reporter
    // pod holding the hop role's credentials calls sts:AssumeRole on the signer with tags of its own choosing.
    edit(
        "rt77b-podid-hop-two-subjects: the hop role the signer trusts is also tools/reporter's association role",
        "pod-identity",
        r => {
            hop(r, "custody-podid-hop", podIdentity(), podIdentity({ StringEquals: REPORTER_TAGS }));
            association(r, "reporter-hop", { namespace: "tools", serviceAccount: "reporter", roleArn: HOP });
            addTrust(r, "signer-role", fromHop());
        },
    ),
    // ======== cross-account chains into the caller: role chaining (id_roles_terms-and-concepts.html) and
    // another compute service passing the instance role (id_roles_use_passrole.html).
    edit("rt77b-xacct-caller-lambda: instance-role also trusts lambda.amazonaws.com", "cross-account", r =>
        addTrust(r, "cross-account-caller", {
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
    ),
    edit(
        "rt77b-xacct-caller-ops: instance-role also trusts an ops role of 777 (chains into the access role)",
        "cross-account",
        r =>
            addTrust(r, "cross-account-caller", {
                Effect: "Allow",
                Principal: { AWS: outsideRole("777777777777") },
                Action: "sts:AssumeRole",
            }),
    ),
    // Neighbour of rt77b-s-oidc-dup-values (round 77): deduplication keeps distinct values, so a second
    // ServiceAccount beside a duplicate is still a second subject.
    edit("rt77b-oidc-dup-plus-other: sub pinned to [SA, SA, default:default] (two distinct values)", "prod", r =>
        trust(
            r,
            "signer-role",
            irsa({
                StringEquals: {
                    [`${PROD_ISSUER}:sub`]: [SIGNER_SUB, SIGNER_SUB, "system:serviceaccount:default:default"],
                    [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com",
                },
            }),
        ),
    ),
    // Neighbours of rt77b-s-podid-split-tagsession (round 77): a statement whose NotAction leaves sts:AssumeRole in
    // allows it (IAM User Guide, reference_policies_elements_notaction.html), and one whose Action is sts:* too.
    edit(
        "rt77b-podid-notaction-tagsession: an unpinned pods.eks statement with NotAction sts:TagSession (allows AssumeRole)",
        "pod-identity",
        r => addTrust(r, "signer-role", { Effect: "Allow", Principal: PODS, NotAction: "sts:TagSession" }),
    ),
    edit("rt77b-podid-star-action: an unpinned pods.eks statement with Action sts:*", "pod-identity", r =>
        addTrust(r, "signer-role", { Effect: "Allow", Principal: PODS, Action: "sts:*" }),
    ),
    // Neighbours of rt77b-s-passrole-web-identity-only (round 77): PassRole is harmless only on a role of the stack
    // whose trust admits no service (id_roles_use_passrole.html); the Pod Identity signer trusts pods.eks, so passing
    // it with eks:CreatePodIdentityAssociation binds any ServiceAccount to it; a pattern or a role outside the stack
    // may name a role a service assumes.
    {
        ...edit(
            "rt77b-passrole-podid-signer: an ops role may iam:PassRole the Pod Identity signer (trusts pods.eks)",
            "pod-identity",
            r =>
                passer(r, "pod-identity", `arn:aws:iam::${A}:role/custody-pod-identity-signer`, [
                    "iam:PassRole",
                    "eks:CreatePodIdentityAssociation",
                ]),
        ),
        refused: /iam:PassRole/,
    },
    {
        ...edit("rt77b-passrole-pattern: an ops role may iam:PassRole arn:...:role/custody-prod-*", "prod", r =>
            passer(r, "prod", `arn:aws:iam::${A}:role/custody-prod-*`),
        ),
        refused: /iam:PassRole/,
    },
    {
        ...edit(
            "rt77b-passrole-outside-stack: an ops role may iam:PassRole a role the stack does not define",
            "prod",
            r => passer(r, "prod", `arn:aws:iam::${A}:role/custody-legacy-worker`),
        ),
        refused: /iam:PassRole/,
    },
    // Both keys of the StringEquals block must be present (condition keys are AND'ed): a dev token has no prod :sub.
    // Was a MISS (effective access fixed in round 77): secure refused (effective access wrong). Federated may list
    // several providers (hashicorp aws_iam_policy_document
    // writes it; terraform-aws-modules/terraform-aws-iam#110), but the StringEquals block's keys are AND'ed and a key
    // absent
    // from the request fails StringEquals (IAM User Guide, reference_policies_elements_condition_operators.html): a dev
    // token has no <prod-issuer>:sub, so only the prod SA assumes. custody-effective-access reports "any token of OIDC
    // issuer
    // <dev> (no StringEquals on <dev>:sub)" — an attacker gains nothing. (role-trust-pinned's "exactly one Federated
    // provider" is a separate form rule.) Fix: in the trust reader (engine/principals / model/roles web-identity
    // subjects),
    // a statement whose non-IfExists condition names a key of issuer X admits no token of any other issuer.
    // DECIDED (round 77): refused by role-trust-pinned's form rule only ("exactly one Federated OIDC provider": one
    // statement per provider keeps each pin reviewable against its own issuer); custody-effective-access now reads it
    // as the one prod subject (engine/build.ts statementPrincipals: a required key of another listed issuer admits no
    // token of this one), pinned by rt77b-s-oidc-two-providers-effective below.
    {
        ...edit(
            "rt77b-s-oidc-two-providers-one-pin: Federated lists prod and dev providers, keys only of prod",
            "prod",
            r =>
                trust(r, "signer-role", {
                    ...irsa(),
                    Principal: { Federated: [provider(PROD_ISSUER), provider(DEV_ISSUER)] },
                }),
        ),
        refused: /must name exactly one Federated OIDC provider \(has 2\): write one statement per provider/,
        policy: "role-trust-pinned",
    },
    // Neighbour of rt77b-s-oidc-two-providers-one-pin (round 77): StringEqualsIfExists on the prod :sub is true for a
    // dev token (the key is absent), and the dev :aud is all the dev token must match: any dev ServiceAccount.
    {
        ...edit(
            "rt77b-oidc-two-providers-ifexists: Federated prod+dev, prod :sub only IfExists, dev :aud pinned",
            "prod",
            twoProviders({
                StringEqualsIfExists: { [`${PROD_ISSUER}:sub`]: SIGNER_SUB },
                StringEquals: { [`${DEV_ISSUER}:aud`]: "sts.amazonaws.com" },
            }),
        ),
        config: withoutTrustForm,
        refused: /any token of OIDC issuer/,
        policy: "custody-effective-access",
    },
    // StringNotEquals on the prod :sub is true when the key is absent (condition operators doc): dev tokens pass.
    {
        ...edit(
            "rt77b-oidc-two-providers-not-equals: Federated prod+dev, StringNotEquals prod :sub, dev :aud pinned",
            "prod",
            twoProviders({
                StringNotEquals: { [`${PROD_ISSUER}:sub`]: "system:serviceaccount:default:default" },
                StringEquals: { [`${DEV_ISSUER}:aud`]: "sts.amazonaws.com" },
            }),
        ),
        config: withoutTrustForm,
        refused: /any token of OIDC issuer/,
        policy: "custody-effective-access",
    },
    // reference_policies_condition-single-vs-multi-valued-context-keys.html: ForAnyValue on a single-valued key treats
    // it as a set of one; an absent key is false. One value: the same as StringEquals.
    // Was a MISS (round 77, message fixed and DECIDED): secure refused (form rule, wrong message). The doc above:
    // ForAnyValue on a single-valued key is a set of
    // one; absent key false. EKS tokens always carry sub, so one value pins one ServiceAccount, exactly as
    // StringEquals.
    // role-trust-pinned (rules/role-trust-pinned.ts trustProblems) says "every ServiceAccount of the cluster could
    // assume
    // the role" and serviceaccount-role-agree says the trust "pins no ServiceAccount": both false
    // (custody-effective-access
    // agrees it is one subject). Fix: read ForAnyValue:StringEquals with one value on <issuer>:sub as the exact pin, or
    // DECIDE the canonical form and make the message say "write StringEquals" instead of claiming every SA is admitted.
    // DECIDED (round 77): one reviewable pin form. role-trust-pinned and serviceaccount-role-agree require StringEquals
    // on
    // :sub (IAM User Guide, reference_policies_condition-single-vs-multi-valued-context-keys.html: "Do not use a
    // condition set operator with a single-valued context key"); their messages now say to write the StringEquals pin
    // instead of claiming every ServiceAccount is admitted.
    {
        ...edit("rt77b-s-oidc-foranyvalue-one: ForAnyValue:StringEquals sub with the one signer SA", "prod", r =>
            trust(
                r,
                "signer-role",
                irsa({
                    "ForAnyValue:StringEquals": { [`${PROD_ISSUER}:sub`]: [SIGNER_SUB] },
                    StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
                }),
            ),
        ),
        refused: /:sub uses ForAnyValue:StringEquals; write the pin as StringEquals on :sub with the exact subject/,
        policy: "role-trust-pinned",
    },
    // Neighbour (round 77): serviceaccount-role-agree's message for the same trust names the operator, not "no
    // ServiceAccount".
    {
        ...edit(
            "rt77b-s-oidc-foranyvalue-one-sa-message: ForAnyValue:StringEquals sub with the one signer SA (serviceaccount-role-agree's message)",
            "prod",
            r => trust(r, "signer-role", irsa(CONDITIONS["rt77b-s-oidc-foranyvalue-one"])),
        ),
        refused: /whose trust pins no ServiceAccount with StringEquals \(its :sub is written with/,
        policy: "serviceaccount-role-agree",
    },
    // Kubernetes names are lower-case RFC 1123 names (kubernetes.io "Object Names and IDs"): ignoring case admits no
    // other ServiceAccount.
    // Was a MISS (round 77, message fixed and DECIDED): secure refused (form rule, wrong message). Kubernetes object
    // names (namespace, ServiceAccount) are RFC 1123
    // lower-case names (kubernetes.io/docs/concepts/overview/working-with-objects/names), so ignoring case admits no
    // other
    // subject; the same false "every ServiceAccount of the cluster" / "pins no ServiceAccount" messages as above
    // (rules/
    // role-trust-pinned.ts, rules/serviceaccount-role-agree.ts). Fix: treat StringEqualsIgnoreCase on :sub with one
    // lower-case value as the pin (or DECIDE the form and correct the message).
    // DECIDED (round 77): one reviewable pin form (see rt77b-s-oidc-foranyvalue-one): StringEquals on :sub; a
    // case-blind
    // pin matches values StringEquals would not, so the pack asks for the exact form instead of reading it.
    {
        ...edit("rt77b-s-oidc-ignorecase: sub pinned with StringEqualsIgnoreCase", "prod", r =>
            trust(
                r,
                "signer-role",
                irsa({
                    StringEqualsIgnoreCase: { [`${PROD_ISSUER}:sub`]: SIGNER_SUB },
                    StringEquals: { [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
                }),
            ),
        ),
        refused: /:sub uses StringEqualsIgnoreCase; write the pin as StringEquals on :sub with the exact subject/,
        policy: "role-trust-pinned",
    },
    // Neighbour (round 77): serviceaccount-role-agree's message for the same trust names the operator, not "no
    // ServiceAccount".
    {
        ...edit(
            "rt77b-s-oidc-ignorecase-sa-message: sub pinned with StringEqualsIgnoreCase (serviceaccount-role-agree's message)",
            "prod",
            r => trust(r, "signer-role", irsa(CONDITIONS["rt77b-s-oidc-ignorecase"])),
        ),
        refused: /whose trust pins no ServiceAccount with StringEquals \(its :sub is written with/,
        policy: "serviceaccount-role-agree",
    },
    // pod-id-role.html: EKS assumes the role with the association's namespace/SA as session tags; the trust pins
    // validators/containment-chamber, so this association's AssumeRole is denied (it reaches nothing).
    // Was a MISS (by design, DECIDED in round 77): secure refused. The association's session tags are tools/reporter,
    // the signer's
    // trust pins validators/containment-chamber, so EKS's AssumeRole is denied (pod-id-role.html) and the reporter pod
    // gets
    // no credentials. serviceaccount-role-agree refuses it ("a second association of role ..."), as README "EKS Pod
    // Identity" documents. Harmless; keep refusing as a misconfiguration or mark DECIDED.
    // DECIDED (round 77): refused, as README "EKS Pod Identity" documents ("serviceaccount-role-agree refuses ... a
    // second association to one role"): a role belongs to exactly one ServiceAccount, even when the trust denies the
    // second association's AssumeRole.
    {
        ...edit(
            "rt77b-s-podid-extra-association-denied: an association tools/reporter → signer the trust refuses",
            "pod-identity",
            r =>
                association(r, "reporter-signer", {
                    namespace: "tools",
                    serviceAccount: "reporter",
                    roleArn: `arn:aws:iam::${A}:role/custody-pod-identity-signer`,
                }),
        ),
        refused: /a second association of role custody-pod-identity-signer/,
        policy: "serviceaccount-role-agree",
    },
];

const secure: StackCase[] = [
    // Neighbour (round 77): the DECIDED case above as custody-effective-access alone reads it: the prod subject only.
    {
        ...edit(
            "rt77b-s-oidc-two-providers-effective: Federated prod+dev, keys only of prod (role-trust-pinned off)",
            "prod",
            twoProviders({
                StringEquals: { [`${PROD_ISSUER}:sub`]: SIGNER_SUB, [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com" },
            }),
        ),
        config: withoutTrustForm,
    },
    // IAM User Guide, "IAM JSON policy elements: Condition" (reference_policies_elements_condition.html): "Condition
    // key names are not case-sensitive".
    edit("rt77b-s-oidc-key-case: the :sub/:aud keys written :SUB/:AUD", "prod", r =>
        trust(
            r,
            "signer-role",
            irsa({ StringEquals: { [`${PROD_ISSUER}:SUB`]: SIGNER_SUB, [`${PROD_ISSUER}:AUD`]: "sts.amazonaws.com" } }),
        ),
    ),
    edit("rt77b-s-oidc-deny-others: a Deny of every other sub of the issuer beside the pin", "prod", r =>
        addTrust(r, "signer-role", {
            Effect: "Deny",
            Principal: { Federated: provider(PROD_ISSUER) },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: { StringNotEquals: { [`${PROD_ISSUER}:sub`]: SIGNER_SUB } },
        }),
    ),
    // Was a MISS (fixed in round 77): secure refused. ["x","x"] is one value; role-trust-pinned
    // (rules/role-trust-pinned.ts, "admits N subjects")
    // counts duplicates, unlike model/podIdentity.ts exactPin which dedupes with new Set. Fix: dedupe :sub values
    // first.
    edit("rt77b-s-oidc-dup-values: sub pinned to [SA, SA] (one distinct value)", "prod", r =>
        trust(
            r,
            "signer-role",
            irsa({
                StringEquals: {
                    [`${PROD_ISSUER}:sub`]: [SIGNER_SUB, SIGNER_SUB],
                    [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com",
                },
            }),
        ),
    ),
    // Neighbour (round 77): the audience listed twice is one audience too.
    edit("rt77b-s-oidc-dup-aud: aud pinned to [sts, sts] (one distinct value)", "prod", r =>
        trust(
            r,
            "signer-role",
            irsa({
                StringEquals: {
                    [`${PROD_ISSUER}:sub`]: SIGNER_SUB,
                    [`${PROD_ISSUER}:aud`]: ["sts.amazonaws.com", "sts.amazonaws.com"],
                },
            }),
        ),
    ),
    // pod-id-role.html: AssumeRole is allowed only by the pinned statement; TagSession alone grants no session.
    // Was a MISS (fixed in round 77): secure refused. pod-id-role.html: EKS calls sts:AssumeRole with tags; AssumeRole
    // is allowed only by the pinned
    // statement, and a TagSession-only statement grants no session (the pack accepts the AWS-principal form,
    // rt73-s-trust-tagsession-only). model/roles.ts trustedServices counts sts:TagSession alone, so podIdentity.ts
    // isPodIdentityStatement and role-trust-pinned demand pins on it. Fix: a pods.eks statement that does not allow
    // sts:AssumeRole opens no Pod Identity path (no pins needed).
    edit(
        "rt77b-s-podid-split-tagsession: an extra unpinned pods.eks sts:TagSession-only statement",
        "pod-identity",
        r => addTrust(r, "signer-role", { Effect: "Allow", Principal: PODS, Action: "sts:TagSession" }),
    ),
    // Neighbours (round 77): the split written the other way round (AssumeRole pinned, TagSession apart unpinned),
    // and a NotAction statement whose expansion leaves out sts:AssumeRole, open no second path either.
    edit(
        "rt77b-s-podid-split-pinned-assume: AssumeRole pinned alone, TagSession in an unpinned statement",
        "pod-identity",
        r =>
            trust(
                r,
                "signer-role",
                { Effect: "Allow", Principal: PODS, Action: "sts:AssumeRole", Condition: { StringEquals: POD_TAGS } },
                { Effect: "Allow", Principal: PODS, Action: "sts:TagSession" },
            ),
    ),
    edit(
        "rt77b-s-podid-notaction-no-assume: an unpinned pods.eks statement with NotAction sts:AssumeRole* / sts:Get*",
        "pod-identity",
        r =>
            addTrust(r, "signer-role", {
                Effect: "Allow",
                Principal: PODS,
                NotAction: ["sts:AssumeRole*", "sts:Get*", "sts:Decode*", "sts:SetSourceIdentity", "sts:SetContext"],
            }),
    ),
    // pod-id-abac.html lists kubernetes-pod-name; a further pin only narrows.
    edit("rt77b-s-podid-pod-name: the pins plus StringLike kubernetes-pod-name signer-*", "pod-identity", r =>
        trust(
            r,
            "signer-role",
            podIdentity({ StringEquals: POD_TAGS, StringLike: { "aws:RequestTag/kubernetes-pod-name": "signer-*" } }),
        ),
    ),
    // IAM User Guide, "The confused deputy problem": aws:SourceAccount only narrows.
    edit("rt77b-s-podid-source-account: the pins plus StringEquals aws:SourceAccount", "pod-identity", r =>
        trust(r, "signer-role", podIdentity({ StringEquals: { ...POD_TAGS, "aws:SourceAccount": A } })),
    ),
    // pod-id-assign-target-role.html: the documented chain, both roles pinned to validators/containment-chamber.
    edit(
        "rt77b-s-podid-target-chain: the signer's association goes through a hop role (targetRoleArn)",
        "pod-identity",
        r => {
            hop(r, "custody-podid-hop", podIdentity());
            const a = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            setProp(a, "roleArn", HOP);
            setProp(a, "targetRoleArn", `arn:aws:iam::${A}:role/custody-pod-identity-signer`);
            trust(r, "signer-role", fromHop());
        },
    ),
    // reference_policies_elements_principal.html, "Role session principals": a session ARN is narrower than its role.
    edit("rt77b-s-xacct-session: the access role trusts one session of instance-role", "cross-account", r =>
        trust(r, XROLE, {
            Effect: "Allow",
            Principal: { AWS: "arn:aws:sts::777777777777:assumed-role/instance-role/i-0123456789abcdef0" },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
        }),
    ),
    edit(
        "rt77b-s-xacct-no-externalid: the access role trusts instance-role without sts:ExternalId",
        "cross-account",
        r => trust(r, XROLE, { Effect: "Allow", Principal: { AWS: INSTANCE_ROLE }, Action: "sts:AssumeRole" }),
    ),
    edit("rt77b-s-xacct-principalarn: the trust adds ArnEquals aws:PrincipalArn instance-role", "cross-account", r =>
        trust(r, XROLE, {
            Effect: "Allow",
            Principal: { AWS: INSTANCE_ROLE },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                ArnEquals: { "aws:PrincipalArn": INSTANCE_ROLE },
            },
        }),
    ),
    // IAM API CreateOpenIDConnectProvider: ClientIDList is the audiences STS accepts; the trust still pins :aud.
    edit("rt77b-s-curity-second-client-id: the provider also accepts audience vault", "curity", r =>
        setProp(find(r, OIDC, "cluster-oidc"), "clientIdLists", ["sts.amazonaws.com", "vault"]),
    ),
    // id_roles_providers_create_oidc_verify-thumbprint.html: thumbprints are not used for EKS issuers AWS trusts.
    edit("rt77b-s-curity-thumbprint: the provider lists a thumbprint", "curity", r =>
        setProp(find(r, OIDC, "cluster-oidc"), "thumbprintLists", ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]),
    ),
    // id_roles_use_passrole.html: PassRole only hands the role to a service the role's trust names; the prod
    // signer trusts only its OIDC provider, so no service can take it.
    // Was a MISS (fixed in round 77): secure refused. iam:PassRole only lets a service take the role when the role's
    // trust names that service
    // (IAM User Guide, id_roles_use_passrole.html); the prod signer trusts only its OIDC provider, so nothing can use
    // the
    // passed role, and README's own model counts "iam:PassRole to a role a service assumes" only.
    // custody-effective-access
    // refuses "allows iam:PassRole on .../custody-prod-signer: no workload of the custody model has this identity"
    // (engine/judge.ts, the verdict near line 2136). Fix: drop iam:PassRole on a role whose trust names no service
    // principal
    // (engine/build.ts:828 already computes the services a pass reaches) from the access judged on that role.
    edit("rt77b-s-passrole-web-identity-only: an ops role may iam:PassRole the IRSA-only signer", "prod", r =>
        beside(r, "prod", ROLE, "rt77b-passer", {
            name: "rt77b-passer",
            arn: `arn:aws:iam::${A}:role/rt77b-passer`,
            assumeRolePolicy: doc({
                Effect: "Allow",
                Principal: { AWS: outsideRole(A) },
                Action: "sts:AssumeRole",
            }),
            inlinePolicies: [
                {
                    name: "pass",
                    policy: doc({
                        Effect: "Allow",
                        Action: "iam:PassRole",
                        Resource: `arn:aws:iam::${A}:role/custody-prod-signer`,
                    }),
                },
            ],
        }),
    ),
];

describeVariants("red team 77b aws: who can become each runtime role", insecure, secure);
