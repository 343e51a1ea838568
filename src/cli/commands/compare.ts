import { basename } from 'node:path';
import { parseFlags } from '../parse-flags.js';
import { InvalidInputError } from '../../engine/errors.js';
import type { AssessOptions } from '../../engine/options.js';
import { describeOverrides, parseParameterOverrides, type ParameterOverrides } from '../../parameters/overrides.js';
import { compareOriginal, compareParameters, type AssessmentDifference } from '../../testing/compare.js';
import { parseOptionFlags } from '../assess-options.js';
import { UsageError } from '../errors.js';
import { inputFormatFromPath, isOneOf, languages, type Language } from '../formats.js';
import { openInput } from '../input-source.js';
import { readCases } from '../read-cases.js';
import { openSink } from '../output-sink.js';
import type { CliIo } from '../run.js';
import { formatDifference } from './compare-table.js';
import { readJsonFile } from './read-json-file.js';
import { msg } from '../../locales/cli.js';

export const compareHelp = `vnse compare — what changes for each case under other parameters, or under the original Decree 178

Usage:
  vnse compare <cases.json|cases.jsonl|cases.csv|tests.json|-> --parameters a.json [--against b.json]
  vnse compare <cases…> --against b.json          the law's parameters against b.json
  vnse compare <cases…> --original [--parameters a.json]
                                                  the original Decree 178 against the amended one (with the top-up)

A parameters file is the object of options.parameters (docs/policy-tests.md, "What-if"), e.g.
  { "severanceRateFirst12": "1.0", "baseSalary": { "2025-01-01": "2500000" } }
Without --against or --original, the law's parameters are compared with --parameters. A policy-test file
gives the inputs of its cases.

Options:
      --parameters <file>    what-if parameters (the left side with --against, the right side alone)
      --against <file>       what-if parameters of the right side
      --original             compare the original and the amended Decree 178
      --option <name=value>  an assess option for both sides (repeatable)
  -f, --format <table|json|jsonl>
                             readable text (default), a JSON array, or one JSON difference per line
      --lang <en|vi>         language of the table (default en)
  -h, --help                 show this help

Exit codes: 0 every case was valid; 2 a case was invalid (reported, the others compared); 1 usage or I/O error
`;

function parse(argv: readonly string[]) {
  return parseFlags(argv, {
    parameters: { type: 'string' },
    against: { type: 'string' },
    original: { type: 'boolean' },
    option: { type: 'string', multiple: true },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'input-format': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, 'compare');
}

/** A parameters file, checked before any case is read: a mistake is a usage error naming the file and path. */
async function readParameters(path: string): Promise<{ label: string; overrides: ParameterOverrides; lines: string[] }> {
  const json = await readJsonFile(path);
  const parsed = parseParameterOverrides(json);
  if (!parsed.ok) throw new UsageError(`${path}:\n${parsed.issues.map((i) => `  - ${i.message}`).join('\n')}`);
  return { label: basename(path), overrides: json as ParameterOverrides, lines: describeOverrides(parsed.value) };
}

interface CaseToCompare {
  readonly input: unknown;
  /** The options of a policy-test case (its what-if `parameters` are not used: the command sets them). */
  readonly options: AssessOptions;
}

function testCase(c: unknown): CaseToCompare {
  const { input, options } = c as { input: unknown; options?: Record<string, unknown> };
  const { parameters: _ignored, ...rest } = options ?? {};
  return { input, options: rest as AssessOptions };
}

/** The cases of a record: a case, or every case of a policy-test file. */
function casesOf(value: unknown): CaseToCompare[] {
  const cases = value && typeof value === 'object' ? (value as { cases?: unknown }).cases : undefined;
  if (Array.isArray(cases) && cases.every((c) => c && typeof c === 'object' && 'input' in c)) return cases.map(testCase);
  if (value && typeof value === 'object' && 'input' in value && 'expect' in value) return [testCase(value)];
  return [{ input: value, options: {} }];
}

interface Plan {
  readonly compare: (input: unknown, options: AssessOptions) => AssessmentDifference;
  readonly heading: string[];
}

async function plan(values: ReturnType<typeof parse>['values'], lang: Language): Promise<Plan> {
  const a = values.parameters !== undefined ? await readParameters(values.parameters) : undefined;
  const b = values.against !== undefined ? await readParameters(values.against) : undefined;
  const what = (p: { label: string; lines: string[] }) => [`${p.label}:`, ...p.lines.map((l) => `  ${l}`)];
  if (values.original) {
    if (b) throw new UsageError('compare: --against and --original do not go together');
    return {
      compare: (input, options) => compareOriginal(input, { ...(a ? { parameters: a.overrides } : {}), options }),
      heading: a ? what(a) : [],
    };
  }
  if (!a && !b) throw new UsageError('compare: give --parameters <file>, --against <file>, or --original');
  const left = b ? a : undefined;
  const right = b ?? a!;
  const labels = { left: left?.label ?? msg('cli.compare.law')[lang as Language], right: right.label };
  return {
    compare: (input, options) => compareParameters(input, { ...(left ? { left: left.overrides } : {}), right: right.overrides, labels, options }),
    heading: [...(left ? what(left) : []), ...what(right)],
  };
}

/** `vnse compare`: per case, the totals and changed items under two parameter sets, or original vs amended. */
export async function compareCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(compareHelp);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError('compare: missing cases file (.json, .jsonl, .csv, or "-")');
  if (extra.length > 0) throw new UsageError(`compare: one cases file at a time; unexpected "${extra.join(' ')}"`);
  const lang = values.lang ?? 'en';
  if (!isOneOf(languages, lang)) throw new UsageError(`--lang: expected one of ${languages.join(', ')}; got "${lang}"`);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'jsonl') throw new UsageError(`--format: expected table, json or jsonl; got "${format}"`);
  const inputFormat = values['input-format'] ?? (path === '-' ? undefined : inputFormatFromPath(path) ?? 'json');
  if (inputFormat !== undefined && !isOneOf(['json', 'jsonl', 'csv'] as const, inputFormat)) throw new UsageError(`--input-format: expected json, jsonl or csv; got "${inputFormat}"`);

  const options = parseOptionFlags(values.option ?? []);
  const { compare, heading } = await plan(values, lang as Language);
  const input = await openInput(path, inputFormat, io.stdin);
  const out = await openSink(undefined, io.stdout, format === 'table');
  if (format === 'table' && heading.length > 0) await out.write(`${heading.join('\n')}\n\n`);
  // JSON is written entry by entry (an array), so a long roster is never held in memory.
  let entries = 0;
  const emit = async (entry: unknown, table: () => string) => {
    if (format === 'json') await out.write(`${entries++ === 0 ? '[\n' : ',\n'}${JSON.stringify(entry, null, 2)}`);
    else if (format === 'jsonl') await out.write(`${JSON.stringify(entry)}\n`);
    else await out.write(`${table()}\n\n`);
  };
  let invalid = 0;
  for await (const record of readCases(input)) {
    if (record.kind === 'skipped') continue;
    if (record.kind === 'unreadable') {
      invalid++;
      await emit(record.entry, () => record.entry.error.issues.map((i) => i.messages[lang as Language]).join('\n'));
      continue;
    }
    for (const one of casesOf(record.value)) {
      try {
        const d = compare(one.input, { ...one.options, ...options });
        await emit(d, () => formatDifference(d, lang as Language));
      } catch (e) {
        if (!(e instanceof InvalidInputError)) throw e;
        invalid++;
        const title = msg('cli.compare.invalid-case', { id: e.id ?? '?' })[lang as Language];
        await emit({ id: e.id, error: e.toJSON() }, () => `${title}\n${e.issues.map((i) => `  - ${i.messages[lang as Language]}`).join('\n')}`);
      }
    }
  }
  if (format === 'json') await out.write(entries === 0 ? '[]\n' : '\n]\n');
  await out.close();
  return invalid > 0 ? 2 : 0;
}
