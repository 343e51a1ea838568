import type { CliIo } from '../run.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { schedule179Command } from './schedule179.js';
import { testCommand } from './test.js';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Commands beside `assess`, each parsing its own arguments: for policy analysts (docs/policy-tests.md),
 * `vnse test` and `vnse compare`; Decree 179 schedules (docs/cli.md), `vnse schedule179`; re-verifying a payout list (docs/check.md), `vnse check`.
 */
const commands: Readonly<Record<string, Command>> = {
  test: testCommand,
  compare: compareCommand,
  check: checkCommand,
  schedule179: schedule179Command,
};

/** The analyst command named by the first argument, if it is one. */
export function analystCommand(name: string | undefined): Command | undefined {
  return name !== undefined && Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
}
