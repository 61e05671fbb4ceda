/** The IAM model the rules share. Self-contained: nothing here imports the program (components/). */
export * from "./accounts";
export * from "./arn";
export * from "./attachments";
export * from "./catalog";
export * from "./document";
export * from "./effective";
export * from "./escalation";
export * from "./glob";
export * from "./kms";
export * from "./permissions";
export * from "./resources";
export * from "./roles";
export * from "./stack";
export * from "./tables";
export * from "./transactionHints";
export * from "./unknowns";
