import type { CliIo } from '../run.js';
import { compareCommand } from './compare.js';
import { testCommand } from './test.js';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Commands for policy analysts (docs/policy-tests.md): `vnse test`, `vnse compare`. */
const commands: Readonly<Record<string, Command>> = {
  test: testCommand,
  compare: compareCommand,
};

/** The analyst command named by the first argument, if it is one. */
export function analystCommand(name: string | undefined): Command | undefined {
  return name !== undefined && Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
}
