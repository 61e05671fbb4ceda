/**
 * IAM policy-document types and the one place that serialises them. Pure: no Pulumi inside, so the
 * builders are unit-tested (and simulated) as plain values.
 */
export type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface Statement {
    Sid?: string;
    Effect: "Allow" | "Deny";
    Principal?: "*" | Record<string, string | string[]>;
    Action: string | string[];
    Resource?: string | string[];
    Condition?: ConditionBlock;
}

export interface PolicyDocument {
    Version: "2012-10-17";
    Statement: Statement[];
}

/** A grant that names its purpose: becomes exactly one Allow statement. */
export interface Grant {
    sid: string;
    actions: readonly string[];
    resources: readonly string[];
    condition?: ConditionBlock;
}

export function policyDocument(statements: Statement[]): PolicyDocument {
    return { Version: "2012-10-17", Statement: statements };
}

export function grantStatement(grant: Grant): Statement {
    if (grant.actions.length === 0) {
        throw new Error(`grant ${grant.sid} has no actions`);
    }
    if (grant.resources.length === 0) {
        throw new Error(`grant ${grant.sid} has no resources: an IAM statement must name what it applies to`);
    }
    const statement: Statement = {
        Sid: grant.sid,
        Effect: "Allow",
        Action: [...grant.actions],
        Resource: grant.resources.length === 1 ? grant.resources[0] : [...grant.resources],
    };
    if (grant.condition) {
        statement.Condition = grant.condition;
    }
    return statement;
}

export function grantsDocument(grants: readonly Grant[]): PolicyDocument {
    const sids = new Set<string>();
    for (const g of grants) {
        if (sids.has(g.sid)) {
            throw new Error(`duplicate statement id ${g.sid}`);
        }
        sids.add(g.sid);
    }
    return policyDocument(grants.map(grantStatement));
}

/** Stable, compact JSON: what IAM stores and what the policy pack parses. */
export function toJson(doc: PolicyDocument): string {
    return JSON.stringify(doc);
}
