import { parseFlags } from './parse-flags.js';
import type { AssessOptions } from '../engine/options.js';
import { parseOptionFlags } from './assess-options.js';
import { UsageError } from './errors.js';
import {
  dateOrders, extensionOf, inputFormatFromPath, inputFormats, legacyWorkbookExtensions, isOneOf, languages, outputFormatFromPath, outputFormats,
  type InputFormat, type Language, type OutputFormat,
} from './formats.js';
import type { DateOrder } from '../io/roster/values.js';
import { msg as ioMsg } from '../locales/io.js';
import { enSlashVi } from '../locales/table.js';

export type CliCommand =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'assess'; readonly args: AssessArgs };

export interface AssessArgs {
  /** A file path, or "-" for standard input. */
  readonly input: string;
  /** Known from the flag or the extension; undefined for standard input without `--input-format` (sniffed). */
  readonly inputFormat: InputFormat | undefined;
  readonly format: OutputFormat;
  readonly out: string | undefined;
  readonly options: AssessOptions;
  readonly lang: Language;
  /** A JSON file of what-if parameter overrides (`options.parameters`, docs/policy-tests.md). */
  readonly parametersFile: string | undefined;
  /** How CSV and XLSX rosters are read (`--date-order`, `--allow-duplicates`; docs/spreadsheets.md). */
  readonly roster: { readonly dateOrder: DateOrder; readonly allowDuplicates: boolean };
}

function parseRaw(argv: readonly string[]) {
  return parseFlags(argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'input-format': { type: 'string' },
    option: { type: 'string', multiple: true },
    lang: { type: 'string' },
    parameters: { type: 'string' },
    'date-order': { type: 'string' },
    'allow-duplicates': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
  });
}

function choice<T extends string>(flag: string, list: readonly T[], value: string): T {
  if (isOneOf(list, value)) return value;
  throw new UsageError(`--${flag}: expected one of ${list.join(', ')}; got "${value}"`);
}

/** Parses the command line; throws `UsageError` for anything it cannot run. */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  const { values, positionals } = parseRaw(argv);
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, input, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: use "vnse assess <file>"');
  if (command !== 'assess') throw new UsageError(`unknown command "${command}": the commands are assess, schedule179, test, compare`);
  if (input === undefined) throw new UsageError('assess: missing input file (a .json, .jsonl, .csv or .xlsx file, or "-" for standard input)');
  if (extra.length > 0) throw new UsageError(`assess: one input file at a time; unexpected "${extra.join(' ')}"`);

  const out = values.out;
  if (out === '') throw new UsageError('--out: expected a file name');
  const format = values.format !== undefined
    ? choice('format', outputFormats, values.format)
    : (out !== undefined ? outputFormatFromPath(out) : undefined) ?? 'json';
  if (format === 'xlsx' && (out === undefined || out === '-')) throw new UsageError('--format xlsx writes a workbook file: give --out <file.xlsx>');

  if ((legacyWorkbookExtensions as readonly string[]).includes(extensionOf(input))) throw new UsageError(`${input}: ${enSlashVi(ioMsg('io.error.xls'))}`);
  let inputFormat: InputFormat | undefined;
  if (values['input-format'] !== undefined) inputFormat = choice('input-format', inputFormats, values['input-format']);
  else if (input !== '-') {
    inputFormat = inputFormatFromPath(input);
    if (inputFormat === undefined) throw new UsageError(`${input}: unknown input kind; name the file .json, .jsonl, .csv or .xlsx, or give --input-format`);
  }

  return {
    command: 'assess',
    args: {
      input,
      inputFormat,
      format,
      out: out === '-' ? undefined : out,
      options: parseOptionFlags(values.option ?? []),
      lang: values.lang !== undefined ? choice('lang', languages, values.lang) : 'en',
      parametersFile: values.parameters,
      roster: {
        dateOrder: values['date-order'] !== undefined ? choice('date-order', dateOrders, values['date-order']) : 'dmy',
        allowDuplicates: values['allow-duplicates'] === true,
      },
    },
  };
}
