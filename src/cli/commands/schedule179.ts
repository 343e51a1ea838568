import { parseFlags } from '../parse-flags.js';
import { optionFlagPairs } from '../assess-options.js';
import { compareDates, parseIsoDate } from '../../core/calendar.js';
import { nd179Rates } from '../../parameters/nd179-rates.js';
import { baseSalary, formatKnownThrough } from '../../parameters/base-salary.js';
import { echoNd179Options, ND179_RULESET_VERSION, resolveNd179Options, safeSchedule179, type Nd179Options } from '../../engine/nd179/index.js';
import { InputOutputError, UsageError } from '../errors.js';
import { readJsonFile } from './read-json-file.js';
import { jsonWriter } from '../writers/json-writer.js';
import { jsonlWriter } from '../writers/jsonl-writer.js';
import { inputFormatFromPath, isOneOf, languages, outputFormatFromPath, type Language } from '../formats.js';
import { openInput } from '../input-source.js';
import { guardOutput, openSink, type TextSink } from '../output-sink.js';
import { refuseOutputOverInputs } from '../output-target.js';
import { readCases } from '../read-cases.js';
import type { CliIo } from '../run.js';
import { toolVersion } from '../version.js';
import {
  addToSummary, newScheduleSummary, scheduleCsvWriter, scheduleTableWriter,
  type ScheduleEntry, type ScheduleSummary, type ScheduleWriter,
} from '../writers/schedule179-writers.js';

const formats = ['json', 'jsonl', 'csv', 'table'] as const;
type ScheduleFormat = (typeof formats)[number];

/** The options of the Decree 179 readings with their defaults, as the library echoes them. */
function optionDefaults(): [string, string][] {
  const r = resolveNd179Options({}, []);
  if (!r.ok) return [];
  const { defaulted: _defaulted, ...echo } = echoNd179Options(r.value, [], {});
  const shown: Record<string, string> = {
    normalProbationRate: nd179Rates.normalProbationRate.value,
    baseSalary: 'the built-in table (rows as from:amount,from:amount)',
    baseSalaryKnownThrough: `${formatKnownThrough(baseSalary)} with the built-in table (the day before the next 1 July after its last row)`,
  };
  return Object.keys(echo).map((name) => [name, shown[name] ?? String(echo[name])]);
}

export const schedule179Help = `vnse schedule179 — Decree 179/2024 talent allowances, month by month (docs/decree-179.md)

Usage:
  vnse schedule179 <file.json|file.jsonl|-> --from YYYY-MM-DD --to YYYY-MM-DD [options]

Reads one Decree 179 case per person (Nd179Case: group, dates, criteria, salaryHistory…) and writes, per
person, every allowance of the group for each month between --from and --to (both included): the
coefficient and base salary in force, the amount and its formula, the total; or the refusal with its
reason. JSON or JSON Lines only: salaryHistory is a list of dated rows, which a CSV row cannot hold.

Options:
      --from <date>          first day of the range (required)
      --to <date>            last day of the range, included (required)
  -f, --format <format>      json (default) | jsonl | csv | table
                             (default from the --out extension when it is .json, .jsonl, .csv or .txt)
  -o, --out <file>           write to a file instead of standard output
      --input-format <kind>  json | jsonl; for "-" (standard input) the first character tells otherwise:
                             "[" json, "{" jsonl
      --option <name=value>  override a documented reading (repeatable); the defaults are:
${optionDefaults().map(([name, value]) => `                             ${name}=${value}`).join('\n')}
      --parameters <file>    what-if values for parameters the law fixes (a JSON object, as
                             options.parameters, the same as vnse assess); echoed in every result
      --lang <vi|en>         language of messages in table and csv output (default vi)
  -h, --help                 show this help

Exit codes:
  0  every case was valid (refusals are results)   2  at least one case was invalid (the others are written)
  1  usage or input/output error

Examples:
  vnse schedule179 examples/talent.json --from 2025-01-01 --to 2026-12-31 --format table
  vnse schedule179 talent.jsonl --from 2025-01-01 --to 2025-12-31 -f csv -o phu-cap-2025.csv --option proration=whole-months

Documentation: docs/cli.md ("Decree 179"), docs/decree-179.md
`;

function parse(argv: readonly string[]) {
  return parseFlags(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'input-format': { type: 'string' },
    option: { type: 'string', multiple: true },
    parameters: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, 'schedule179');
}

const NOT_CSV = 'schedule179 reads JSON or JSON Lines only: salaryHistory (a list of dated salary rows) has no flat CSV form';

/** `--option baseSalary=2024-07-01:2340000,2026-07-01:2530000`: the dated rows of `options.baseSalary`. */
function baseSalaryRows(raw: string): unknown {
  return raw.split(',').map((part) => {
    const [from, amount, ...rest] = part.trim().split(':');
    return rest.length === 0 && from !== undefined && amount !== undefined ? { from: from.trim(), amount: amount.trim() } : { from: part.trim() };
  });
}

/** `--option name=value` flags → the library's options, checked before any case is read (a mistake is exit 1). */
export function parseNd179OptionFlags(flags: readonly string[]): Nd179Options {
  const known = optionDefaults().map(([name]) => name);
  const options: Record<string, unknown> = {};
  for (const [name, raw] of optionFlagPairs(flags, known)) options[name] = name === 'baseSalary' ? baseSalaryRows(raw) : raw;
  const resolved = resolveNd179Options(options, []);
  if (!resolved.ok) throw new UsageError(resolved.issues.map((i) => `--option ${i.message.replace(/^options\./, '')}`).join('\n'));
  return options as Nd179Options;
}

/** Adds the what-if values of `--parameters file.json` (as `vnse assess`), checked before any case is read. */
async function withParameters<T extends Nd179Options>(options: T, file: string): Promise<T> {
  const merged = { ...options, parameters: (await readJsonFile(file)) as Nd179Options['parameters'] };
  const resolved = resolveNd179Options(merged as unknown as Record<string, unknown>, ['from', 'to']);
  if (!resolved.ok) throw new UsageError(`--parameters ${file}:\n${resolved.issues.map((i) => `  ${i.message}`).join('\n')}`);
  return merged;
}

function dateFlag(name: 'from' | 'to', value: string | undefined): string {
  if (value === undefined) throw new UsageError(`schedule179: --${name} YYYY-MM-DD is required`);
  if (!parseIsoDate(value)) throw new UsageError(`--${name}: expected a real calendar date as YYYY-MM-DD; got "${value}"`);
  return value;
}

async function createScheduleWriter(format: ScheduleFormat, out: string | undefined, io: CliIo, lang: Language, range: { from: string; to: string }): Promise<ScheduleWriter & { abort(): Promise<void> }> {
  const sink = await openSink(out, io.stdout, format === 'table');
  return { ...scheduleWriter(format, sink, lang, range), abort: () => sink.abort() };
}

function scheduleWriter(format: ScheduleFormat, sink: TextSink, lang: Language, range: { from: string; to: string }): ScheduleWriter {
  switch (format) {
    case 'json':
      return jsonWriter<ScheduleEntry, ScheduleSummary>(sink);
    case 'jsonl':
      return jsonlWriter<ScheduleEntry, ScheduleSummary>(sink);
    case 'csv':
      return scheduleCsvWriter(sink, lang);
    case 'table':
      return scheduleTableWriter(sink, lang, { tool: `vnse ${toolVersion}`, rules: ND179_RULESET_VERSION, ...range });
  }
}

/**
 * `vnse schedule179`: each Decree 179 case read (JSON or JSON Lines, in input order) through the library's
 * `safeSchedule179`; an invalid case is an error entry and the others are still written. Exit codes as for
 * `vnse assess`: 0, or 2 when any case was invalid; usage and I/O errors are thrown (exit 1).
 */
export async function schedule179Command(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(schedule179Help);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError('schedule179: missing input file (a .json or .jsonl file, or "-" for standard input)');
  if (extra.length > 0) throw new UsageError(`schedule179: one input file at a time; unexpected "${extra.join(' ')}"`);
  const from = dateFlag('from', values.from);
  const to = dateFlag('to', values.to);
  if (compareDates(parseIsoDate(to)!, parseIsoDate(from)!) < 0) throw new UsageError(`--to ${to} is before --from ${from}`);
  // Vietnamese by default, as vnse assess (decision E10).
  const lang = values.lang ?? 'vi';
  if (!isOneOf(languages, lang)) throw new UsageError(`--lang: expected one of ${languages.join(', ')}; got "${lang}"`);
  const out = values.out === '-' ? undefined : values.out;
  if (out === '') throw new UsageError('--out: expected a file name');
  let format: ScheduleFormat = 'json';
  if (values.format !== undefined) {
    if (!isOneOf(formats, values.format)) throw new UsageError(`--format: expected one of ${formats.join(', ')}; got "${values.format}"`);
    format = values.format;
  } else if (out !== undefined) {
    const byExtension = outputFormatFromPath(out);
    if (byExtension === 'xlsx') throw new UsageError('schedule179 writes json, jsonl, csv or table, not xlsx');
    format = byExtension ?? 'json';
  }
  let inputFormat: 'json' | 'jsonl' | undefined;
  const declared = values['input-format'] ?? (path === '-' ? undefined : inputFormatFromPath(path));
  if (declared === 'csv') throw new UsageError(NOT_CSV);
  if (declared !== undefined) {
    if (declared !== 'json' && declared !== 'jsonl') throw new UsageError(`--input-format: expected json or jsonl; got "${declared}"`);
    inputFormat = declared;
  } else if (path !== '-') throw new UsageError(`${path}: unknown input kind; name the file .json or .jsonl, or give --input-format`);
  let options: Nd179Options & { from: string; to: string } = { ...parseNd179OptionFlags(values.option ?? []), from, to };
  if (values.parameters !== undefined) options = await withParameters(options, values.parameters);

  await refuseOutputOverInputs(out, [path, values.parameters]);
  const input = await openInput(path, inputFormat, io.stdin);
  if (input.format === 'csv') throw new InputOutputError(`${input.name}: ${NOT_CSV}`);
  const writer = await createScheduleWriter(format, out, io, lang as Language, { from, to });
  const summary = newScheduleSummary();
  await guardOutput(out, () => writer.abort(), async () => {
    let n = 0;
    for await (const record of readCases(input)) {
      if (record.kind === 'skipped') continue;
      let entry: ScheduleEntry;
      if (record.kind === 'unreadable') entry = record.entry;
      else {
        const r = safeSchedule179(record.value, options);
        entry = r.ok ? r.value : { id: r.error.id, error: r.error.toJSON() };
      }
      addToSummary(summary, entry);
      await writer.write(entry, ++n);
    }
    await writer.end(summary);
  });
  return summary.invalid > 0 ? 2 : 0;
}
