import { msg } from '../../../locales/index.js';
import { compareDates, formatDate, parseIsoDate, type CalendarDate } from '../../../core/calendar.js';
import { formatCitation } from '../../../core/citation.js';
import { dec, formatNumber, toExactString, type Decimal } from '../../../core/money.js';
import { valueAt, type DatedRow } from '../../../parameters/dated.js';
import { baseSalaryHorizonCitation } from '../../../parameters/base-salary.js';
import { salaryCitation } from '../../../rules/salary.js';
import type { Nd179SalaryChange } from '../../../schema/nd179.js';
import { derived, refused, type Derived } from '../../../model/derived.js';
import { type Nd179Context, warnOnce } from '../../../model/context.js';
import type { SalaryFigures } from './types.js';

/** Which salary an allowance multiplies. */
export type SalaryBase = 'coefficient-only' | 'including-allowances' | 'contract';

/** The monthly salary an allowance multiplies on one day, exact, with the numbers shown in the formula. */
export interface SalaryOnDay extends SalaryFigures {
  readonly amount: Decimal;
  /** The salary as printed in a formula: "2.34 × 2,340,000", "(2.34 + 0.5) × 2,340,000", "5,000,000". */
  readonly text: string;
}

/** The base salary (mức lương cơ sở) in force on a day, or the refusal that explains why none is known. */
export function baseSalaryOn(ctx: Nd179Context, day: CalendarDate): Derived<DatedRow<string>> {
  const row = valueAt(ctx.params.baseSalary, day);
  if (!row) {
    return refused({
      code: 'base-salary-out-of-table',
      message: msg('nd179.salary.no-base-salary-tabled-give', { day: formatDate(day) }),
      citation: salaryCitation,
    });
  }
  const horizon = ctx.baseSalaryKnownThrough;
  if (horizon && compareDates(day, horizon) > 0) {
    return refused({
      code: 'base-salary-unknown',
      message: msg('nd179.salary.base-salary-after-not-known', { horizon: formatDate(horizon) }),
      citation: baseSalaryHorizonCitation,
    });
  }
  if (row.citation.verified === false) {
    warnOnce(ctx, {
      code: 'base-salary-unverified',
      message: msg('nd179.salary.base-salary-unverified', { value: formatNumber(row.value), from: row.from, citation: formatCitation(row.citation) }),
      citation: row.citation,
    });
  }
  return derived(row);
}

/** The salary change in force on a day (the latest one that started on or before it). */
export function salaryChangeOn(history: readonly Nd179SalaryChange[], day: CalendarDate): Nd179SalaryChange | null {
  let found: Nd179SalaryChange | null = null;
  for (const change of history) {
    if (compareDates(change.from, day) <= 0) found = change;
    else break;
  }
  return found;
}

/** The days inside [from, to] on which the salary or the base salary changes (segment boundaries). */
export function changeDays(ctx: Nd179Context, from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  const inside = (d: CalendarDate) => compareDates(d, from) > 0 && compareDates(d, to) <= 0;
  for (const change of ctx.case.salaryHistory ?? []) if (inside(change.from)) days.push(change.from);
  for (const row of ctx.params.baseSalary.rows) {
    const d = parseIsoDate(row.from);
    if (d && inside(d)) days.push(d);
  }
  days.sort(compareDates);
  return days.filter((d, i) => i === 0 || compareDates(days[i - 1]!, d) !== 0);
}

/**
 * The monthly salary an allowance multiplies on `day`: the negotiated amount (contract), or the salary
 * change in force with the base salary in force (coefficient rows), with or without the salary
 * allowances.
 */
export function salaryOn(ctx: Nd179Context, day: CalendarDate, base: SalaryBase): Derived<SalaryOnDay> {
  const c = ctx.case;
  if (base === 'contract') {
    const amount = c.contractMonthlyAmount!;
    return derived({ amount, text: formatNumber(amount), source: 'contract', salaryAmount: toExactString(amount) });
  }
  const change = salaryChangeOn(c.salaryHistory ?? [], day);
  if (!change) {
    return refused({
      code: 'no-salary-in-force',
      message: msg('nd179.salary.salaryhistory-has-no-salary-force', { day: formatDate(day) }),
      citation: salaryCitation,
    });
  }
  const withAllowances = base === 'including-allowances';
  if (change.kind === 'amount') {
    const extra = withAllowances && !change.allowancesAmount.isZero();
    const amount = extra ? change.amount.plus(change.allowancesAmount) : change.amount;
    return derived({
      amount,
      text: extra ? `(${formatNumber(change.amount)} + ${formatNumber(change.allowancesAmount)})` : formatNumber(change.amount),
      source: 'amount',
      salaryAmount: toExactString(change.amount),
      ...(withAllowances ? { allowancesAmount: toExactString(change.allowancesAmount) } : {}),
      salaryFrom: formatDate(change.from),
    });
  }
  const row = baseSalaryOn(ctx, day);
  if (!row.ok) return row;
  const B = dec(row.value.value);
  const extra = withAllowances && !change.allowancesCoefficient.isZero();
  const coefficient = extra ? change.coefficient.plus(change.allowancesCoefficient) : change.coefficient;
  return derived({
    amount: coefficient.times(B),
    text: `${extra ? `(${formatNumber(change.coefficient)} + ${formatNumber(change.allowancesCoefficient)})` : formatNumber(change.coefficient)} × ${formatNumber(B)}`,
    source: 'coefficient',
    coefficient: toExactString(change.coefficient),
    ...(withAllowances ? { allowancesCoefficient: toExactString(change.allowancesCoefficient) } : {}),
    baseSalary: row.value.value,
    baseSalaryCitation: row.value.citation,
    salaryFrom: formatDate(change.from),
  });
}
