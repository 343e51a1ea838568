import { isAssessError } from '../../engine/assess.js';
import type { Outcome } from '../../model/types.js';
import { formatFact } from '../format/amount.js';
import { csvLine } from '../format/csv-line.js';
import type { Language } from '../formats.js';
import type { TextSink } from '../output-sink.js';
import type { Entry } from '../run-summary.js';
import type { EntryWriter } from './entry-writer.js';

/**
 * Item codes with a column of their own, in this order. The writer streams, so the columns are fixed
 * before the first case: an item whose code is not listed here is still written, as "code=amount" in
 * `otherItems`.
 */
export const itemColumns = [
  'one-off-pension', 'early-years-allowance', 'insured-time-allowance',
  'severance', 'insured-years-allowance', 'job-search-allowance',
] as const;

const factColumns = ['band', 'monthsEarly', 'window', 'insuranceRegime', 'monthlySalary'] as const;

export const csvColumns = [
  'case', 'id', 'policy', 'eligible', 'best', 'total', 'refusalCode', 'refusalMessage',
  ...factColumns, ...itemColumns, 'otherItems', 'issuePath', 'issueMessage',
] as const;

type Row = Partial<Record<(typeof csvColumns)[number], string>>;

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
 */
export function csvWriter(sink: TextSink, lang: Language): Omit<EntryWriter, 'abort'> {
  let headerWritten = false;
  return {
    async write(entry, caseNumber) {
      let text = headerWritten ? '' : csvLine(csvColumns);
      headerWritten = true;
      for (const row of rowsOf(entry, caseNumber, lang)) text += csvLine(csvColumns.map((c) => row[c] ?? ''));
      await sink.write(text);
    },
    async end() {
      if (!headerWritten) await sink.write(csvLine(csvColumns));
      await sink.close();
    },
  };
}
