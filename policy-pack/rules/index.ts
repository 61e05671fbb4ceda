/**
 * The pack's rule registry, in the order the README lists them. A rule is one module (`./<policy-name>`); adding
 * one means its import and its entry below.
 */
import { Policies } from "@pulumi/policy";
import { attachedPoliciesReadable } from "./attached-policies-readable";
import { custodyEffectiveAccess } from "./custody-effective-access";
import { custodyGrantsWithinModel } from "./custody-grants-within-model";
import { custodyRequiredAccess } from "./custody-required-access";
import { custodyShareRings } from "./custody-share-rings";
import { custodyTables } from "./custody-tables";
import { awsProviderPinned } from "./aws-provider-pinned";
import { declaredRoleKindConsistent } from "./declared-role-kind-consistent";
import { dynamoDbQueryIncludesIndex } from "./dynamodb-query-includes-index";
import { dynamoDbResourcePolicySafe } from "./dynamodb-resource-policy-safe";
import { dynamoDbTableSafe } from "./dynamodb-table-safe";
import { dynamoDbWildcardsExcludeStackTables } from "./dynamodb-wildcards-exclude-stack-tables";
import { iamActionsExist } from "./iam-actions-exist";
import { kmsGrantsSafe } from "./kms-grants-safe";
import { kmsKeyLifecycle } from "./kms-key-lifecycle";
import { kmsKeyPolicySafe } from "./kms-key-policy-safe";
import { noDynamoDbBatch } from "./no-dynamodb-batch";
import { noServiceWideGrants } from "./no-service-wide-grants";
import { provisionerNotRuntimeAssumable } from "./provisioner-not-runtime-assumable";
import { roleTrustPinned } from "./role-trust-pinned";
import { runtimeRoleNoKeyManagement } from "./runtime-role-no-kms-key-management";
import { runtimeRoleNoPrivilegeEscalation } from "./runtime-role-no-privilege-escalation";
import { runtimeRoleNoTableManagement } from "./runtime-role-no-table-management";
import { runtimeRoleScopedResources } from "./runtime-role-scoped-resources";
import { serviceAccountRoleAgree } from "./serviceaccount-role-agree";
import { shareAliasesConsistent } from "./share-aliases-consistent";
import { shareCustody } from "./share-custody";
import { stackKeysNotDestructible } from "./stack-keys-not-destructible";
import { statefulResourcesProtected } from "./stateful-resources-protected";

export {
    attachedPoliciesReadable,
    custodyEffectiveAccess,
    custodyGrantsWithinModel,
    custodyRequiredAccess,
    custodyShareRings,
    custodyTables,
    awsProviderPinned,
    declaredRoleKindConsistent,
    dynamoDbQueryIncludesIndex,
    dynamoDbResourcePolicySafe,
    dynamoDbTableSafe,
    dynamoDbWildcardsExcludeStackTables,
    iamActionsExist,
    kmsGrantsSafe,
    kmsKeyLifecycle,
    kmsKeyPolicySafe,
    noDynamoDbBatch,
    noServiceWideGrants,
    provisionerNotRuntimeAssumable,
    roleTrustPinned,
    runtimeRoleNoKeyManagement,
    runtimeRoleNoPrivilegeEscalation,
    runtimeRoleNoTableManagement,
    runtimeRoleScopedResources,
    serviceAccountRoleAgree,
    shareAliasesConsistent,
    shareCustody,
    stackKeysNotDestructible,
    statefulResourcesProtected,
};

export const allPolicies: Policies = [
    noDynamoDbBatch,
    dynamoDbQueryIncludesIndex,
    runtimeRoleNoKeyManagement,
    runtimeRoleScopedResources,
    roleTrustPinned,
    kmsKeyPolicySafe,
    kmsKeyLifecycle,
    dynamoDbTableSafe,
    statefulResourcesProtected,
    serviceAccountRoleAgree,
    iamActionsExist,
    shareCustody,
    noServiceWideGrants,
    provisionerNotRuntimeAssumable,
    runtimeRoleNoPrivilegeEscalation,
    runtimeRoleNoTableManagement,
    declaredRoleKindConsistent,
    attachedPoliciesReadable,
    awsProviderPinned,
    kmsGrantsSafe,
    dynamoDbResourcePolicySafe,
    shareAliasesConsistent,
    dynamoDbWildcardsExcludeStackTables,
    stackKeysNotDestructible,
    custodyEffectiveAccess,
    custodyRequiredAccess,
    custodyShareRings,
    custodyTables,
    custodyGrantsWithinModel,
];
