/**
 * Zero-ETL integrations: a DynamoDB table replicated, every change continuously, into an Amazon Redshift data
 * warehouse (DynamoDB developer guide, "DynamoDB zero-ETL integration with Amazon Redshift"; pulumi aws.redshift.
 * Integration: sourceArn a table ARN, targetArn a namespace ARN, which may be another account's), or through AWS Glue
 * into a SageMaker Lakehouse catalog (AWS Glue developer guide, "Configuring a target for a zero-ETL integration";
 * @pulumi/aws 7 has no Glue resource for it, aws-native and Cloud Control do). The RDS resource takes the same
 * shape and is read the same way. Each is a copy of the table, judged like an export: it stays in the table's account.
 */
export const ZERO_ETL_INTEGRATIONS = [
    "aws:redshift/integration:Integration",
    "aws:rds/integration:Integration",
    "aws-native:redshift:Integration",
    "aws-native:glue:Integration",
    "aws-native:rds:Integration",
];
