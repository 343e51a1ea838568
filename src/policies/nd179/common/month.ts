import { daysInMonth, formatDate, formatMonth, monthIndex, type CalendarDate } from '../../../core/calendar.js';
import { roundDong, sum, toAmountString, toExactString, type Decimal } from '../../../core/money.js';
import type { Nd179Context } from '../../../model/context.js';
import { addDays } from './dates.js';
import type { AllowancePolicy, Rate } from './policy.js';
import { changeDays, salaryOn, type SalaryOnDay } from './salary.js';
import type { Item, Refusal } from '../../../model/types.js';
import type { ScheduleRow, ScheduleSegment } from './types.js';

/** What a month shows beside its item: the days, the salary segments, the rate, the probation figures. */
export interface MonthDetail {
  readonly month: string;
  readonly days: number;
  readonly daysInMonth: number;
  readonly segments: readonly ScheduleSegment[];
  readonly rate: string;
  readonly refusal?: Refusal;
  readonly fullSalary?: string;
  readonly usualProbationSalary?: string;
}

/**
 * One month of an allowance, as the engine's vocabulary has it: an item with its period (the covered days
 * of the month), amount, formula and citation (amount "" when the month is refused), and the detail a
 * schedule row shows beside it.
 */
export interface MonthComputation {
  readonly item: Item & { readonly period: { readonly from: string; readonly to: string } };
  readonly detail: MonthDetail;
  /** The rounded amount, or null when the month is refused. */
  readonly amount: Decimal | null;
  readonly extras: Record<string, Decimal>;
}

/** The row of `schedule179` (ScheduleRow, a stable contract) made from a month's item and detail. */
export function scheduleRow(m: Pick<MonthComputation, 'item' | 'detail' | 'amount'>): ScheduleRow {
  const { item, detail: d } = m;
  const { refusal, fullSalary, usualProbationSalary } = d;
  return {
    month: d.month, label: item.label, from: item.period.from, to: item.period.to, days: d.days, daysInMonth: d.daysInMonth,
    fraction: d.days === d.daysInMonth ? '1' : `${d.days}/${d.daysInMonth}`, segments: d.segments, rate: d.rate, citation: item.citation,
    amount: m.amount === null ? null : item.amount, formula: item.formula,
    ...(refusal ? { refusal } : {}), ...(fullSalary ? { fullSalary } : {}), ...(usualProbationSalary ? { usualProbationSalary } : {}),
  };
}

function segmentOf(from: CalendarDate, to: CalendarDate, s: SalaryOnDay): ScheduleSegment {
  const { amount, text: _formulaText, ...shown } = s;
  return { from: formatDate(from), to: formatDate(to), days: to.day - from.day + 1, salary: toExactString(amount), ...shown };
}

/**
 * One month's amount: rate × Σ(salary × days of its segment) / days in the month, exact, then rounded once
 * to whole đồng, half up (common.md §7). `coverFrom`–`coverTo` lie in one month. With the default
 * `salaryChangeInMonth: "whole-month"` the salary in force on `salaryDay` (default: `coverTo`) applies to
 * the whole covered part: a change that takes effect during the month counts from that month [M].
 */
export function computeMonth(ctx: Nd179Context, policy: AllowancePolicy, coverFrom: CalendarDate, coverTo: CalendarDate, salaryDay?: CalendarDate): MonthComputation {
  const n = daysInMonth(coverFrom.year, coverFrom.month);
  const month = formatMonth(monthIndex(coverFrom));
  const days = coverTo.day - coverFrom.day + 1;
  const rate: Rate = policy.rate(ctx);
  const base = policy.base(ctx);
  const segments: ScheduleSegment[] = [];
  const period = { from: formatDate(coverFrom), to: formatDate(coverTo) };
  const month1 = (amount: Decimal | null, formula: string, more: Partial<MonthDetail> = {}, extras: Record<string, Decimal> = {}): MonthComputation => ({
    item: { code: `month-${month}`, label: policy.rowLabel(month), amount: amount === null ? '' : toAmountString(amount), formula, citation: policy.citation, period },
    detail: { month, days, daysInMonth: n, segments, rate: rate.text || '1', ...more },
    amount,
    extras,
  });
  const starts = [coverFrom];
  if (ctx.options.salaryChangeInMonth === 'split-by-days' && salaryDay === undefined) starts.push(...changeDays(ctx, coverFrom, coverTo));
  const parts: { salary: SalaryOnDay; days: number }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : coverTo;
    const s = salaryOn(ctx, salaryDay ?? (starts.length > 1 ? from : coverTo), base);
    if (!s.ok) return month1(null, '', { refusal: s.refusal });
    const seg = segmentOf(from, to, s.value);
    segments.push(seg);
    parts.push({ salary: s.value, days: seg.days });
  }
  const weighted = sum(parts.map((p) => p.salary.amount.times(p.days))).div(n);
  const amount = roundDong(rate.value.times(weighted));
  const terms = parts.map((p) => (p.days === n ? p.salary.text : `${p.salary.text} × ${p.days}/${n}`));
  const inner = terms.length > 1 ? `(${terms.join(' + ')})` : terms[0]!;
  const extras = policy.extras ? policy.extras(ctx, weighted) : {};
  const shown: Partial<MonthDetail> = {};
  if (extras.fullSalary) Object.assign(shown, { fullSalary: toAmountString(extras.fullSalary) });
  if (extras.usualProbationSalary) Object.assign(shown, { usualProbationSalary: toAmountString(extras.usualProbationSalary) });
  return month1(amount, rate.text ? `${rate.text} × ${inner}` : inner, shown, extras);
}
