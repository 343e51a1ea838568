import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/**
 * Node's `parseArgs`, strict and with positionals, for every `vnse` command; a flag it cannot read is a
 * `UsageError` (exit 1) whose message starts with the command's name when one is given.
 */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, command?: string) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(command ? `${command}: ${reason}` : reason);
  }
}
