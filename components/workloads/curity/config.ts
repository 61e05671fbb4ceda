import { ConfigReader } from "../../config/reader";
import { readIdentities, readRoleName, readServiceAccount } from "../../config/fields";
import { ServiceAccountIdentity, ServiceAccountRef } from "../../config/schema";
import { SectionEnv } from "../workload";

export interface CurityConfig {
    account: string;
    serviceAccount: ServiceAccountRef;
    /** How the ServiceAccount's pods become the role: IRSA, EKS Pod Identity, or both while migrating. */
    identities: ServiceAccountIdentity[];
    createNamespace: boolean;
    roleName: string;
    tablePrefix: string;
    /** Seed-faithful `dynamodb:*` variant; reported by the policy pack. */
    allDynamoDbActions: boolean;
}

const CURITY_DEFAULTS = { namespace: "curity", serviceAccount: "dynamo-sa", tablePrefix: "curity-" } as const;

export function readCurity(r: ConfigReader, value: unknown, env: SectionEnv): CurityConfig | undefined {
    const prefix = env.namePrefix;
    const o = r.object("curity", value, [
        "account",
        "namespace",
        "serviceAccount",
        "identities",
        "createNamespace",
        "roleName",
        "tablePrefix",
        "allDynamoDbActions",
    ]);
    if (!o) {
        return undefined;
    }
    const account = env.refAccount("curity.account", o.account);
    const sa = readServiceAccount(r, "curity", o.namespace, o.serviceAccount, CURITY_DEFAULTS);
    const tablePrefix =
        o.tablePrefix == null
            ? CURITY_DEFAULTS.tablePrefix
            : r.string("curity.tablePrefix", o.tablePrefix, {
                  pattern: /^[A-Za-z0-9_.-]{2,200}$/,
                  hint: "is not a usable table-name prefix (at least 2 of A-Z a-z 0-9 _ . -, no wildcard: a bare or empty prefix would grant every table).",
              });
    if (!account || !sa || !tablePrefix) {
        return undefined;
    }
    return {
        account,
        serviceAccount: sa,
        identities: readIdentities(r, "curity.identities", o.identities),
        tablePrefix,
        createNamespace: r.boolean("curity.createNamespace", o.createNamespace, false),
        roleName: readRoleName(r, "curity.roleName", o.roleName, `${prefix}-curity`),
        allDynamoDbActions: r.boolean("curity.allDynamoDbActions", o.allDynamoDbActions, false),
    };
}
