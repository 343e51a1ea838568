import { formatMonth, fromMonthIndex, type MonthIndex } from '../core/calendar.js';
import { formatCitation, type Citation } from '../core/citation.js';
import { dec, toExactString, type Decimal } from '../core/money.js';
import { valueAt, type DatedParameter } from './dated.js';
import { beyondKnownBaseSalary } from './base-salary.js';

/** The base salary in force in one calendar month (the row in force on its first day). */
export interface MonthBase {
  readonly month: MonthIndex;
  readonly baseSalary: Decimal;
  readonly citation: Citation;
}

/** A run of consecutive months with the same base salary, for formulas and facts. */
export interface BaseRun {
  readonly from: MonthIndex;
  readonly to: MonthIndex;
  readonly months: number;
  readonly baseSalary: Decimal;
  readonly citation: Citation;
}

/**
 * The base salary in force in each month from `first` to `last` (both included), read from the dated table.
 * Returns null when a month lies before the first row. An `override` (salary.baseSalary) is used for every month.
 */
export function baseSalarySchedule(
  table: DatedParameter<string>,
  first: MonthIndex,
  last: MonthIndex,
  override?: { amount: Decimal; citation: Citation },
): MonthBase[] | null {
  const out: MonthBase[] = [];
  for (let m = first; m <= last; m++) {
    if (override) {
      out.push({ month: m, baseSalary: override.amount, citation: override.citation });
      continue;
    }
    const row = valueAt(table, { ...fromMonthIndex(m), day: 1 });
    if (!row) return null;
    out.push({ month: m, baseSalary: dec(row.value), citation: row.citation });
  }
  return out;
}

export function baseRuns(schedule: readonly MonthBase[]): BaseRun[] {
  const runs: BaseRun[] = [];
  for (const m of schedule) {
    const last = runs[runs.length - 1];
    if (last && last.baseSalary.equals(m.baseSalary) && last.to === m.month - 1) {
      runs[runs.length - 1] = { ...last, to: m.month, months: last.months + 1 };
    } else {
      runs.push({ from: m.month, to: m.month, months: 1, baseSalary: m.baseSalary, citation: m.citation });
    }
  }
  return runs;
}

/**
 * Months of the schedule whose base salary is not confirmed ("YYYY-MM"): read from a row not checked against the
 * official text, or, when read from `table`, after the table's horizon (parameters/base-salary.ts: the base
 * salary may change from the next 1 July; the same horizon every reader uses, docs/decisions.md D24).
 * Months priced by the caller's own base salary (`override` of `baseSalarySchedule`) pass `table` as null.
 */
export function unverifiedMonths(schedule: readonly MonthBase[], table: DatedParameter<string> | null): string[] {
  return schedule
    .filter((m) => m.citation.verified === false || (table !== null && beyondKnownBaseSalary(table, { ...fromMonthIndex(m.month), day: 1 })))
    .map((m) => formatMonth(m.month));
}

export function describeRun(run: BaseRun): { from: string; to: string; months: number; baseSalary: string; source: string } {
  return { from: formatMonth(run.from), to: formatMonth(run.to), months: run.months, baseSalary: toExactString(run.baseSalary), source: formatCitation(run.citation) };
}
