import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { enSlashVi, msg } from '../locales/cli.js';

/**
 * Node's `parseArgs`, strict and with positionals, for every `vnse` command; a flag it cannot read is a
 * `UsageError` (exit 1) whose message starts with the command's name when one is given.
 */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, command?: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options, tokens: true });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(command ? `${command}: ${reason}` : reason);
  }
  refuseRepeats(parsed.tokens, options);
  const { tokens: _tokens, ...result } = parsed;
  return result;
}

/**
 * A value flag given twice (`-f csv -f json`, `--out a --out b`) would silently keep the last: refused,
 * as `--option name=…` twice is. Flags declared `multiple` (`--option`) may repeat.
 */
function refuseRepeats(tokens: readonly { kind: string; name?: string }[], options: NonNullable<ParseArgsConfig['options']>): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const spec = options[token.name];
    if (!spec || spec.type !== 'string' || spec.multiple) continue;
    if (seen.has(token.name)) throw new UsageError(enSlashVi(msg('cli.usage.repeated-flag', { flag: token.name })));
    seen.add(token.name);
  }
}
