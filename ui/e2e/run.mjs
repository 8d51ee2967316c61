// `npm run e2e`: builds the UI with the fake backend (vite --mode e2e) and runs the Playwright
// flows under node:test. Screenshots go to $UI_E2E_OUT (default /tmp/cvimprover-ui-e2e).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
execFileSync("npx", ["vite", "build", "--mode", "e2e", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
execFileSync(process.execPath, ["--test", "--test-concurrency=1", "e2e/flows.test.mjs", "e2e/screens.test.mjs"], { cwd: root, stdio: "inherit" });
