// custody-infra: least-privilege AWS + EKS footprint for key-custody workloads.
// The stack config is validated in full before any resource is registered (components/config/); the
// program itself is components/program.ts, shared with the tests and the offline preview. The stack
// outputs are the workloads' outputs this stack configures (README, "Outputs").
import { loadStackConfig } from "./components/stack/load";
import { deployCustody } from "./components/program";

export = deployCustody(loadStackConfig());
