import { readFile } from 'node:fs/promises';
import { checkPayoutList, type CheckMapping, type CheckRow } from '../../check/index.js';
import { csvGrid, GridSyntaxError, xlsxGridFromBytes } from '../../io/grid/index.js';
import { InputOutputError, isSystemError, UsageError } from '../errors.js';
import { inputFormatFromPath, isOneOf, languages, type Language } from '../formats.js';
import { readCases } from '../read-cases.js';
import { describeSystemError, openInput } from '../input-source.js';
import { openSink } from '../output-sink.js';
import { refuseOutputOverInputs } from '../output-target.js';
import { parseFlags } from '../parse-flags.js';
import type { CliIo } from '../run.js';
import { checkTable } from './check-table.js';
import { writeReviewWorkbook } from './check-xlsx.js';
import { readJsonFile } from './read-json-file.js';

export const checkHelp = `vnse check — re-verify a unit's payout list: every declared amount against the library's own result

Usage:
  vnse check <list.xlsx|list.csv> [--mapping m.json] [--tolerance N] [--format table|json|xlsx] [--out FILE] [--lang en]
  vnse check <assess-output.csv> --cases <cases.csv|json|jsonl>

Recognised without a mapping: the Defence forms I.1, I.2, I.3 (by their column-numbering row), and a list
headed by the data contract's fields, one column per item (code or Vietnamese label), policy and total.
Any other sheet: a mapping file (docs/check.md). The library's own output (vnse assess --format csv) is
checked against the cases it came from (--cases).

Options:
      --mapping <file>       which column holds what (docs/check.md)
      --cases <file>         the cases behind a list in the library's own output, by id
      --tolerance <N>        đồng an amount may differ by and still agree (default 0: exact)
  -f, --format <table|json|xlsx>
                             terminal table (default), JSON, or a review workbook (needs --out)
      --out <file>           write to a file (kept intact until the new one is complete)
      --lang <vi|en>         language of the table and workbook (default vi)
  -h, --help                 show this help

Exit codes: 0 every row agrees; 3 some rows differ; 2 some rows cannot be rebuilt (missing or unreadable
input, named in the report); 1 usage or I/O error
`;

const EXIT = { agree: 0, differ: 3, unbuilt: 2 } as const;

async function readRows(path: string): Promise<CheckRow[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(path, e)) : e;
  }
  const rows: CheckRow[] = [];
  try {
    if (/\.xlsx$/i.test(path)) {
      for await (const row of xlsxGridFromBytes(bytes)) rows.push(row);
    } else {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new InputOutputError(`${path}: not UTF-8 text; save it as "CSV UTF-8" or give the .xlsx file`);
      }
      for await (const row of csvGrid((async function* () { yield text; })())) rows.push(row);
    }
  } catch (e) {
    if (e instanceof GridSyntaxError) throw new InputOutputError(`${path}: ${e.message}`);
    throw e;
  }
  return rows;
}

/** The cases behind a list in the library's own output, by id (JSON, JSON Lines or CSV, as `vnse assess` reads them). */
async function readCaseFile(path: string, io: CliIo): Promise<Map<string, Record<string, unknown>>> {
  const cases = new Map<string, Record<string, unknown>>();
  for await (const record of readCases(await openInput(path, inputFormatFromPath(path), io.stdin))) {
    if (record.kind !== 'case' || record.value === null || typeof record.value !== 'object') continue;
    const value = record.value as Record<string, unknown>;
    if (typeof value.id === 'string') cases.set(value.id, value);
  }
  return cases;
}

/** `vnse check`: reads a payout list, checks every row with the engine, reports by row and by unit. */
export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    mapping: { type: 'string' },
    cases: { type: 'string' },
    tolerance: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, 'check');
  if (values.help) {
    io.stdout.write(checkHelp);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError('check: missing payout list (.xlsx or .csv)');
  if (extra.length > 0) throw new UsageError(`check: one list at a time; unexpected "${extra.join(' ')}"`);
  const format = values.format ?? 'table';
  if (!isOneOf(['table', 'json', 'xlsx'] as const, format)) throw new UsageError(`check: --format must be table, json or xlsx, not "${format}"`);
  if (format === 'xlsx' && values.out === undefined) throw new UsageError('check: --format xlsx needs --out <file.xlsx>');
  const langGiven = values.lang ?? 'vi';
  if (!isOneOf(languages, langGiven)) throw new UsageError(`check: --lang must be vi or en, not "${langGiven}"`);
  const lang: Language = langGiven;
  if (values.tolerance !== undefined && !/^\d+$/.test(values.tolerance)) throw new UsageError(`check: --tolerance is whole đồng (e.g. 1000), not "${values.tolerance}"`);
  await refuseOutputOverInputs(values.out, [path, values.mapping, values.cases]);
  const mapping = values.mapping !== undefined ? ((await readJsonFile(values.mapping)) as CheckMapping) : {};
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) throw new UsageError(`check: ${values.mapping} is not a mapping object (docs/check.md)`);
  const cases = values.cases !== undefined ? await readCaseFile(values.cases, io) : undefined;
  const rows = await readRows(path);
  const result = checkPayoutList(rows, mapping, { ...(values.tolerance !== undefined ? { tolerance: values.tolerance } : {}), ...(cases ? { cases } : {}) });
  if (!result.ok) throw new UsageError(`check: ${path}: ${result.error[lang]}`);
  const report = result.report;
  if (format === 'xlsx') await writeReviewWorkbook(values.out!, rows, report, lang);
  else {
    const sink = await openSink(values.out, io.stdout, format === 'table');
    try {
      await sink.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : checkTable(report, lang));
      await sink.close();
    } catch (e) {
      await sink.abort();
      throw e;
    }
  }
  return EXIT[report.outcome];
}
