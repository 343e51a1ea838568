/**
 * `vnse`: the command-line façade of vn-staff-entitlements (docs/cli.md).
 * Built by tsup as dist/cli.js with a shebang; `npx vnse` inside the repo.
 */
import { constants } from 'node:os';
import { removePendingTemporaries } from './output-sink.js';
import { runCli } from './run.js';
import { enSlashVi, msg } from '../locales/cli.js';

// Interrupted: the output file named by --out is left as it was; only our temporary file goes.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removePendingTemporaries();
    process.stderr.write(`\nvnse: ${enSlashVi(msg('cli.interrupted'))}\n`);
    process.exit(128 + constants.signals[signal]);
  });
}

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
