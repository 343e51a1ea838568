import { isAssessError } from '../../engine/assess.js';
import type { Outcome } from '../../model/types.js';
import { msg, type CliMessageKey } from '../../locales/cli.js';
import { formatFact } from '../format/amount.js';
import { csvLine } from '../format/csv-line.js';
import type { Language } from '../formats.js';
import type { TextSink } from '../output-sink.js';
import type { RecordSource } from '../readers/case-record.js';
import type { Entry } from '../run-summary.js';
import type { EntryWriter } from './entry-writer.js';

/**
 * Item codes with a column of their own, in this order. The writer streams, so the columns are fixed
 * before the first case: an item whose code is not listed here is still written, as "code=amount" in
 * `otherItems`. New codes are appended, so the earlier columns keep their order (`training-salary`: Decree 154
 * Art 8, the salary paid during vocational training).
 */
export const itemColumns = [
  'one-off-pension', 'early-years-allowance', 'insured-time-allowance',
  'severance', 'insured-years-allowance', 'job-search-allowance', 'training-salary',
] as const;

const factColumns = ['band', 'monthsEarly', 'window', 'insuranceRegime', 'monthlySalary'] as const;

/** The contract's column names (docs/cli.md), the headings of `--lang en`. */
export const csvColumns = [
  'case', 'id', 'policy', 'eligible', 'best', 'total', 'refusalCode', 'refusalMessage',
  ...factColumns, ...itemColumns, 'otherItems', 'issuePath', 'issueMessage',
] as const;

type Column = (typeof csvColumns)[number];
type Row = Partial<Record<Column, string>>;

/**
 * A column's heading: the contract name with `--lang en`, its Vietnamese heading by default (decision E10).
 * The names stay the machine-readable contract; the Vietnamese headings are for the officer opening the file.
 */
export function csvHeading(column: Column | 'row', lang: Language): string {
  return msg(`cli.csv.column.${column}` as CliMessageKey)[lang];
}

function outcomeRow(caseNumber: number, id: string, best: string | null, o: Outcome, lang: Language): Row {
  const row: Row = {
    case: String(caseNumber),
    id,
    policy: o.policy,
    eligible: String(o.eligible),
    best: String(best === o.policy),
    total: o.total,
    refusalCode: o.refusal?.code ?? '',
    refusalMessage: o.refusal ? o.refusal.message[lang] : '',
  };
  for (const f of factColumns) row[f] = formatFact(o.facts[f]);
  const others: string[] = [];
  for (const item of o.items) {
    if ((itemColumns as readonly string[]).includes(item.code)) row[item.code as (typeof itemColumns)[number]] = item.amount;
    else others.push(`${item.code}=${item.amount}`);
  }
  row.otherItems = others.join('; ');
  return row;
}

function rowsOf(entry: Entry, caseNumber: number, lang: Language): Row[] {
  if (isAssessError(entry)) {
    return entry.error.issues.map((i) => ({
      case: String(caseNumber), id: entry.id ?? '', issuePath: i.path, issueMessage: i.messages[lang],
    }));
  }
  if (entry.outcomes.length === 0) return [{ case: String(caseNumber), id: entry.id }];
  return entry.outcomes.map((o) => outcomeRow(caseNumber, entry.id, entry.best, o, lang));
}

/**
 * One row per outcome (policy) of each case, amounts as integer VND; an invalid case gives one row per
 * issue, with `issuePath` and `issueMessage`. The `case` column numbers the cases in input order.
 *
 * When the input carries its rows (a CSV or XLSX roster), each row also gives the row number in the file
 * (`row`) and the columns carried beside the case fields (name, unit, post, notes), headed as in the file,
 * right after `id`. The columns are fixed by the first case, as the output streams (a reader gives every row
 * of a file the same carried headings); a heading met only later is kept as "heading=value" in the last
 * carried column rather than dropped.
 */
export function csvWriter(sink: TextSink, lang: Language): Omit<EntryWriter, 'abort'> {
  let headings: string[] | undefined;
  let withRow = false;
  const carried = (source: RecordSource | undefined): string[] => {
    const values = headings!.map(() => '');
    for (const e of source?.extras ?? []) {
      const i = headings!.indexOf(e.heading);
      if (i >= 0) values[i] = e.value;
      else values[values.length - 1] = `${values.at(-1) ?? ''}${values.at(-1) ? '; ' : ''}${e.heading}=${e.value}`;
    }
    return values;
  };
  const header = () => {
    const names = csvColumns.map((c) => csvHeading(c, lang));
    return csvLine([names[0]!, ...(withRow ? [csvHeading('row', lang)] : []), names[1]!, ...headings!, ...names.slice(2)]);
  };
  return {
    async write(entry, caseNumber, source) {
      let text = '';
      if (headings === undefined) {
        headings = (source?.extras ?? []).map((e) => e.heading);
        withRow = source !== undefined;
        text = header();
      }
      const who = withRow ? [source ? String(source.row) : ''] : [];
      const extras = headings.length > 0 ? carried(source) : [];
      for (const row of rowsOf(entry, caseNumber, lang)) {
        const values = csvColumns.map((c) => row[c] ?? '');
        text += csvLine([values[0]!, ...who, values[1]!, ...extras, ...values.slice(2)]);
      }
      await sink.write(text);
    },
    async end() {
      if (headings === undefined) {
        headings = [];
        await sink.write(header());
      }
      await sink.close();
    },
  };
}
