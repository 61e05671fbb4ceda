// custody-infra: least-privilege AWS + EKS footprint for key-custody workloads.
// Config is validated in full before any resource is registered (components/config/).
import { loadStackConfig } from "./components/config/load";
import { deployCustody } from "./components/program";

const outputs = deployCustody(loadStackConfig());

export const accounts = outputs.accounts;
export const signerTables = outputs.signerTables;
export const shareKeys = outputs.shareKeys;
export const shareThreshold = outputs.shareThreshold;
export const signerRoleArn = outputs.signerRoleArn;
export const signerInstanceProfile = outputs.signerInstanceProfile;
export const signerServiceAccount = outputs.signerServiceAccount;
export const signerConfigYaml = outputs.signerConfigYaml;
export const operatorInitCommand = outputs.operatorInitCommand;
