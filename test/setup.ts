// Shared mocha setup, loaded once via .mocharc.json before any test file. Installs Pulumi's mock engine
// before anything imports the program; each test run then resets it with a fresh recording monitor
// (test/harness.ts), because the last setMocks loaded wins.
import * as pulumi from "@pulumi/pulumi";
import { CustodyMocks } from "../tools/offline/mockEngine";

pulumi.runtime.setMocks(new CustodyMocks(false, "test"), "custody-infra", "test", false);
