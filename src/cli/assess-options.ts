import { defaultOptions, type AssessOptions } from '../engine/options.js';
import { resolveOptions } from '../engine/options.js';
import { UsageError } from './errors.js';

// The options with a default, then `baseSalaryKnownThrough` (a date, echoed when set: no default to list).
const optionNames = [...Object.keys(defaultOptions), 'baseSalaryKnownThrough'];

/**
 * Splits `--option name=value` flags into pairs, checking for a missing "=", an unknown name and a name
 * given twice (usage errors, exit 1). Shared by `assess` and `schedule179`.
 */
export function optionFlagPairs(flags: readonly string[], known: readonly string[]): [string, string][] {
  const seen = new Set<string>();
  return flags.map((flag) => {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(`--option expects name=value; got "${flag}"`);
    const name = flag.slice(0, eq).trim();
    if (!known.includes(name)) throw new UsageError(`--option ${name}: unknown option; known options: ${known.join(', ')}`);
    if (seen.has(name)) throw new UsageError(`--option ${name} is given twice`);
    seen.add(name);
    return [name, flag.slice(eq + 1).trim()];
  });
}

function parseValue(name: string, raw: string): unknown {
  const fallback = (defaultOptions as Record<string, unknown>)[name];
  if (typeof fallback === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (typeof fallback !== 'boolean') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new UsageError(`--option ${name}: expected true or false; got "${raw}"`);
}

/**
 * `--option name=value` flags → `AssessOptions`. Names and values are checked here, before any case is
 * read, so a typo is a usage error (exit 1) rather than an error entry on every case.
 */
export function parseOptionFlags(flags: readonly string[]): AssessOptions {
  const options: Record<string, unknown> = {};
  for (const [name, raw] of optionFlagPairs(flags, optionNames)) options[name] = parseValue(name, raw);
  const resolved = resolveOptions(options as AssessOptions);
  if (!resolved.ok) throw new UsageError(resolved.issues.map((i) => `--option ${i.message.replace(/^options\./, '')}`).join('\n'));
  return options as AssessOptions;
}
