import type { AssessError } from '../../engine/assess.js';
import type { Refusal } from '../../model/types.js';
import { formatCitation } from '../../core/citation.js';
import { dec, sum, toAmountString } from '../../core/money.js';
import type { AllowanceSchedule, Schedule179, ScheduleRow, ScheduleSegment } from '../../engine/nd179/index.js';
import { groupThousands } from '../format/amount.js';
import { csvLine } from '../format/csv-line.js';
import { padEnd, padStart, textWidth } from '../format/text-width.js';
import type { Language } from '../formats.js';
import { msg, type CliMessageKey } from '../../locales/cli.js';
import type { MessageVars } from '../../locales/table.js';
import type { TextSink } from '../output-sink.js';
import type { EntryWriter } from './entry-writer.js';

/** One entry of `vnse schedule179`: a person's schedule, or the error entry of a case that is not valid. */
export type ScheduleEntry = Schedule179 | AssessError;

export function isScheduleError(entry: ScheduleEntry): entry is AssessError {
  return 'error' in entry;
}

/** Counts and sums of a run, per allowance: the table's closing lines. */
export interface ScheduleSummary {
  cases: number;
  invalid: number;
  readonly policies: Map<string, { eligible: number; refused: number; incomplete: number; total: string }>;
}

export function newScheduleSummary(): ScheduleSummary {
  return { cases: 0, invalid: 0, policies: new Map() };
}

export function addToSummary(summary: ScheduleSummary, entry: ScheduleEntry): void {
  summary.cases++;
  if (isScheduleError(entry)) {
    summary.invalid++;
    return;
  }
  for (const s of entry.schedules) {
    const p = summary.policies.get(s.policy) ?? { eligible: 0, refused: 0, incomplete: 0, total: '0' };
    if (s.eligible) p.eligible++;
    else p.refused++;
    if (s.eligible && !s.complete) p.incomplete++;
    p.total = toAmountString(sum([dec(p.total), dec(s.total)]));
    summary.policies.set(s.policy, p);
  }
}

/** The writers of `vnse schedule179` are entry writers (src/cli/writers/entry-writer.ts) over schedules. */
export type ScheduleWriter = Omit<EntryWriter<ScheduleEntry, ScheduleSummary>, 'abort'>;

// ---------------------------------------------------------------------------------------------------
// Salary cells shared by csv and table: one value per segment of the month (one unless split by days).

const coefficientOf = (s: ScheduleSegment): string =>
  s.source === 'coefficient'
    ? s.allowancesCoefficient !== undefined && s.allowancesCoefficient !== '0' ? `${s.coefficient} + ${s.allowancesCoefficient}` : s.coefficient ?? ''
    : '';
const baseSalaryOf = (s: ScheduleSegment): string => s.baseSalary ?? '';
const segmentCells = (row: ScheduleRow, cell: (s: ScheduleSegment) => string, show: (v: string) => string = (v) => v): string =>
  [...new Set(row.segments.map(cell).filter((v) => v !== ''))].map((v) => show(v)).join(' | ');

// ---------------------------------------------------------------------------------------------------
// csv: one row per month of each allowance; an allowance without a month gives one row with its refusal.

export const scheduleCsvColumns = [
  'case', 'id', 'group', 'policy', 'eligible', 'month', 'from', 'to', 'days', 'daysInMonth',
  'coefficient', 'baseSalary', 'salary', 'rate', 'amount', 'formula', 'fullSalary', 'usualProbationSalary',
  'inInsuranceBase', 'refusalCode', 'refusalMessage', 'citation', 'issuePath', 'issueMessage',
] as const;

type CsvRow = Partial<Record<(typeof scheduleCsvColumns)[number], string>>;

function scheduleCsvRows(entry: ScheduleEntry, caseNumber: number, lang: Language): CsvRow[] {
  const n = String(caseNumber);
  if (isScheduleError(entry)) return entry.error.issues.map((i) => ({ case: n, id: entry.id ?? '', issuePath: i.path, issueMessage: i.messages[lang] }));
  const rows: CsvRow[] = [];
  for (const s of entry.schedules) {
    const common: CsvRow = {
      case: n, id: entry.id, group: entry.eligibility.group, policy: s.policy, eligible: String(s.eligible),
      inInsuranceBase: s.insurance.inContributionBase === false ? 'false' : '',
    };
    if (s.rows.length === 0) {
      const reasons = s.refusals.length > 0 ? s.refusals : s.refusal ? [s.refusal] : [];
      rows.push({
        ...common,
        refusalCode: reasons.map((r) => r.code).join('; '),
        refusalMessage: reasons.map((r) => r.message[lang]).join('; '),
        citation: reasons.map((r) => formatCitation(r.citation)).join('; '),
      });
      continue;
    }
    for (const r of s.rows) {
      rows.push({
        ...common,
        month: r.month, from: r.from, to: r.to, days: String(r.days), daysInMonth: String(r.daysInMonth),
        coefficient: segmentCells(r, coefficientOf), baseSalary: segmentCells(r, baseSalaryOf), salary: segmentCells(r, (x) => x.salary),
        rate: r.rate, amount: r.amount ?? '', formula: r.formula, fullSalary: r.fullSalary ?? '', usualProbationSalary: r.usualProbationSalary ?? '',
        refusalCode: r.refusal?.code ?? '', refusalMessage: r.refusal ? r.refusal.message[lang] : '', citation: formatCitation(r.refusal?.citation ?? r.citation),
      });
    }
  }
  return rows;
}

export function scheduleCsvWriter(sink: TextSink, lang: Language): ScheduleWriter {
  let headerWritten = false;
  return {
    async write(entry, caseNumber) {
      let text = headerWritten ? '' : csvLine(scheduleCsvColumns);
      headerWritten = true;
      for (const row of scheduleCsvRows(entry, caseNumber, lang)) text += csvLine(scheduleCsvColumns.map((c) => row[c] ?? ''));
      await sink.write(text);
    },
    async end() {
      if (!headerWritten) await sink.write(csvLine(scheduleCsvColumns));
      await sink.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// table: a report to read.

/** The table's words in one language, read from src/locales/{vi,en}/output.ts (`cli.schedule179.*`), once per language. */
const wordsByLanguage = new Map<Language, ReturnType<typeof readWords>>();
function wordsOf(lang: Language): ReturnType<typeof readWords> {
  let words = wordsByLanguage.get(lang);
  if (words === undefined) wordsByLanguage.set(lang, (words = readWords(lang)));
  return words;
}

function readWords(lang: Language) {
  const w = (key: string, vars?: MessageVars): string => msg(`cli.schedule179.${key}` as CliMessageKey, vars)[lang];
  return {
    heading: (tool: string, rules: string, from: string, to: string) => w('heading', { tool, rules, from, to }),
    eligible: w('eligible'),
    notEligible: w('not-eligible'),
    refused: w('refused'),
    invalid: w('invalid'),
    entitlement: w('entitlement'),
    open: w('open'),
    inRange: w('in-range'),
    none: w('none'),
    months: (n: number, full: number) => w('months', { n, full }),
    columns: ['month', 'days', 'coefficient', 'base-salary', 'amount', 'formula'].map((c) => w(`column.${c}`)),
    total: w('total'),
    incomplete: w('incomplete'),
    fullPay: w('full-pay'),
    usualPay: w('usual-pay'),
    totalFullPay: w('total-full-pay'),
    groupRefused: w('group-refused'),
    warning: w('warning'),
    summary: (cases: number, invalid: number) => w('summary', { cases, valid: cases - invalid, invalid }),
    policyLine: (eligible: number, refused: number, incomplete: number, total: string) =>
      w('policy-line', { eligible, refused, incomplete: incomplete > 0 ? w('policy-line.incomplete', { n: incomplete }) : '', total }),
    grandTotal: (total: string) => w('grand-total', { total }),
    insuranceNote: w('insurance-note'),
    nothing: w('nothing'),
  };
}

const RULE = '─'.repeat(78);
const STATUS = 10;

function refusalLine(r: Refusal, lang: Language, indent: string): string {
  return `${indent}- ${r.code}: ${r.message[lang]}  [${formatCitation(r.citation)}]`;
}

/** Columns padded to the widest cell; amounts right-aligned. */
function monthTable(s: AllowanceSchedule, lang: Language): string[] {
  const w = wordsOf(lang);
  const cells: string[][] = [[...w.columns]];
  for (const r of s.rows) {
    let formula = r.refusal ? `${r.refusal.code}: ${r.refusal.message[lang]}` : r.formula;
    if (r.fullSalary !== undefined && r.usualProbationSalary !== undefined) {
      formula += `  (${w.fullPay} ${groupThousands(r.fullSalary)}, ${w.usualPay} ${groupThousands(r.usualProbationSalary)})`;
    }
    cells.push([
      r.month,
      `${r.days}/${r.daysInMonth}`,
      segmentCells(r, coefficientOf) || segmentCells(r, (x) => x.salaryAmount ?? '', groupThousands),
      segmentCells(r, baseSalaryOf, groupThousands),
      r.amount === null ? '—' : groupThousands(r.amount),
      formula,
    ]);
  }
  cells.push([w.total, '', '', '', groupThousands(s.total), s.complete ? '' : w.incomplete]);
  const last = cells[0]!.length - 1;
  const widths = cells[0]!.map((_, c) => (c === last ? 0 : Math.max(...cells.map((r) => textWidth(r[c]!)))));
  return cells.map((r) => `      ${r.map((cell, c) => (c === last ? cell : c === 4 ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!))).join('  ').trimEnd()}`);
}

function scheduleLines(s: AllowanceSchedule, groupEligible: boolean, groupRefusals: readonly Refusal[], lang: Language): string[] {
  const w = wordsOf(lang);
  const head = `  ${padEnd(s.policy, 29)}`;
  if (!s.eligible) {
    const own = s.refusals.filter((r) => !groupRefusals.some((g) => g.code === r.code));
    const lines = [`${head}${padEnd(w.refused, STATUS)}${s.title[lang]}`];
    if (!groupEligible) lines.push(`      - ${w.groupRefused}`);
    lines.push(...own.map((r) => refusalLine(r, lang, '    ')));
    return lines;
  }
  const lines = [`${head}${padEnd(w.eligible, STATUS)}${s.title[lang]}`];
  const ent = `${w.entitlement} ${s.entitlement.start} – ${s.entitlement.end ?? w.open}`;
  const period = s.period ? `${w.inRange} ${s.period.from} – ${s.period.to} · ${w.months(s.months, s.fullMonths)}` : `${w.inRange}: ${w.none}`;
  lines.push(`    ${ent} · ${period}`);
  if (s.rows.length === 0) {
    if (s.refusal) lines.push(refusalLine(s.refusal, lang, '    '));
    return lines;
  }
  lines.push(...monthTable(s, lang));
  if (s.totalFullSalary !== undefined) lines.push(`      ${w.totalFullPay}: ${groupThousands(s.totalFullSalary)}`);
  lines.push(`    ${s.insurance.label[lang]}${s.insurance.citation ? `  [${formatCitation(s.insurance.citation)}]` : ''}`);
  return lines;
}

function personLines(entry: ScheduleEntry, lang: Language): string[] {
  const w = wordsOf(lang);
  if (isScheduleError(entry)) return [`${entry.id ?? '(no id)'}  ${w.invalid}`, ...entry.error.issues.map((i) => `    ${i.messages[lang]}`)];
  const e = entry.eligibility;
  const lines = [`${entry.id} · ${e.groupTitle[lang]} · ${e.eligible ? w.eligible : w.notEligible}`];
  lines.push(...e.refusals.map((r) => refusalLine(r, lang, '  ')));
  for (const s of entry.schedules) lines.push(...scheduleLines(s, e.eligible, e.refusals, lang));
  for (const warning of entry.warnings) lines.push(`  ! ${w.warning}: ${warning.message[lang]}`);
  return lines;
}

function summaryLines(summary: ScheduleSummary, lang: Language): string[] {
  const w = wordsOf(lang);
  if (summary.cases === 0) return [w.nothing];
  const lines = [RULE, w.summary(summary.cases, summary.invalid)];
  for (const [policy, p] of summary.policies) lines.push(`  ${padEnd(policy, 29)}${w.policyLine(p.eligible, p.refused, p.incomplete, groupThousands(p.total))}`);
  lines.push(w.grandTotal(groupThousands(toAmountString(sum([...summary.policies.values()].map((p) => dec(p.total)))))));
  lines.push(w.insuranceNote);
  return lines;
}

/**
 * Per person: the group and its criteria, then each allowance with its entitlement, one line per month
 * (days, coefficient, base salary, amount, formula), the total and the insurance note; refusals with
 * their reasons and citations; warnings. It ends with the counts and totals per allowance.
 */
export function scheduleTableWriter(sink: TextSink, lang: Language, heading: { tool: string; rules: string; from: string; to: string }): ScheduleWriter {
  let started = false;
  const prefix = () => {
    const p = started ? '\n' : `${wordsOf(lang).heading(heading.tool, heading.rules, heading.from, heading.to)}\n\n`;
    started = true;
    return p;
  };
  return {
    async write(entry) {
      await sink.write(`${prefix()}${personLines(entry, lang).join('\n')}\n`);
    },
    async end(summary) {
      await sink.write(`${prefix()}${summaryLines(summary, lang).join('\n')}\n`);
      await sink.close();
    },
  };
}
