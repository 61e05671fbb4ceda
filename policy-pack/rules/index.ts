/** Every policy of the pack, in the order the README lists them. */
import { Policies } from "@pulumi/policy";
import { attachedPoliciesReadable, iamActionsExist } from "./actions";
import {
    custodyEffectiveAccess,
    custodyGrantsWithinModel,
    custodyRequiredAccess,
    custodyShareRings,
    custodyTables,
} from "./allowlist";
import { shareAliasesConsistent, shareCustody } from "./custody";
import {
    dynamoDbQueryIncludesIndex,
    dynamoDbWildcardsExcludeStackTables,
    noDynamoDbBatch,
    noServiceWideGrants,
} from "./dynamodbAccess";
import { kmsGrantsSafe } from "./grants";
import { stackKeysNotDestructible } from "./keyAbuse";
import { kmsKeyLifecycle, kmsKeyPolicySafe } from "./keyPolicies";
import { statefulResourcesProtected } from "./protection";
import { awsProviderPinned } from "./providers";
import {
    declaredRoleKindConsistent,
    provisionerNotRuntimeAssumable,
    runtimeRoleNoKeyManagement,
    runtimeRoleNoPrivilegeEscalation,
    runtimeRoleNoTableManagement,
    runtimeRoleScopedResources,
} from "./runtimeRoles";
import { serviceAccountRoleAgree } from "./serviceAccounts";
import { dynamoDbResourcePolicySafe, dynamoDbTableSafe } from "./tables";
import { roleTrustPinned } from "./trust";

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
    noDynamoDbBatch, // 1
    dynamoDbQueryIncludesIndex, // 2
    runtimeRoleNoKeyManagement, // 3
    runtimeRoleScopedResources, // 4
    roleTrustPinned, // 5
    kmsKeyPolicySafe, // 6
    kmsKeyLifecycle, // 6
    dynamoDbTableSafe, // 7
    statefulResourcesProtected, // 8
    serviceAccountRoleAgree, // 9
    iamActionsExist, // 10
    shareCustody, // 11
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
