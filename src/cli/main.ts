/**
 * `vnse`: the command-line façade of vn-staff-entitlements (docs/cli.md).
 * Built by tsup as dist/cli.js with a shebang; `npx vnse` inside the repo.
 */
import { runCli } from './run.js';

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
