import { compareDates, formatDate, formatMonth, monthIndex, parseIsoDate, type CalendarDate, type MonthIndex } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { msg } from '../../../locales/index.js';
import { nd177Dates } from '../../../parameters/nd177-factors.js';
import type { CaseContext } from '../../../model/context.js';
import type { Facts, Refusal } from '../../../model/types.js';

/** Decree 177/2024 Art 2 (who is covered), clause and point. */
export const art2 = (clause?: string, point?: string): Citation => cite(DOC.nd177, '2', clause, point);

/**
 * Months from the congress to the retirement age (Art 2 cl. 4 and cl. 6 b). The retirement age is reached in
 * the month before the first statutory pension month (common.md §3), and service ends with that month.
 * - `month-index` (default [L]): pension month index − congress month index; the congress month counts whole,
 *   as every month count of the library does (common.md §1).
 * - `complete-months`: only whole months from the congress day to the end of the month the age is reached,
 *   i.e. one fewer when the congress does not start on the 1st.
 */
export function monthsFromCongress(congress: CalendarDate, pensionStart: MonthIndex, reading: 'month-index' | 'complete-months'): number {
  const byIndex = pensionStart - monthIndex(congress);
  return reading === 'complete-months' && congress.day > 1 ? byIndex - 1 : byIndex;
}

/*
 * Decree 177 Art 2, in the order `article2Checks` (conditions.ts) runs it: the engine runs these before Art 3 or
 * Art 4's own checks. The clause and the congress facts are added as they are read, so a refusal carries them.
 */
export const article2Checks = {
  inForce(ctx: CaseContext): Refusal | null {
    const inForce = nd177Dates.inForce;
    if (compareDates(ctx.case.leaveDate, parseIsoDate(inForce.date)!) >= 0) return null;
    return {
      code: 'before-in-force',
      message: msg('nd177.eligibility.refusal.before-in-force', { leaveDate: formatDate(ctx.case.leaveDate), date: inForce.date }),
      citation: inForce.citation,
    };
  },
  clauseGiven(ctx: CaseContext, facts: Facts): Refusal | null {
    const d = ctx.case.decree177;
    if (!d) {
      return {
        code: 'decree-177-clause-missing',
        message: msg('nd177.eligibility.refusal.decree-177-clause-missing'),
        citation: art2(),
      };
    }
    facts.decree177Clause = d.clause;
    return null;
  },
  retirementAgeTabled(ctx: CaseContext): Refusal | null {
    return ctx.pension.ok ? null : ctx.pension.refusal;
  },
  notStreamlining(ctx: CaseContext): Refusal | null {
    if (!ctx.case.decree177!.underStreamlining) return null;
    return {
      code: 'excluded-streamlining',
      message: msg('nd177.eligibility.refusal.excluded-streamlining'),
      citation: art2('6', 'a'),
    };
  },
  noRetirementNotice(ctx: CaseContext): Refusal | null {
    if (!ctx.case.decree177!.retirementNoticeIssued) return null;
    return {
      code: 'excluded-retirement-notice',
      message: msg('nd177.eligibility.refusal.excluded-retirement-notice'),
      citation: art2('6', 'b'),
    };
  },
  notContinuingWork(ctx: CaseContext): Refusal | null {
    if (!ctx.case.decree177!.continuesWorking) return null;
    return {
      code: 'excluded-continues-working',
      message: msg('nd177.eligibility.refusal.excluded-continues-working'),
      citation: art2('6', 'c'),
    };
  },
  /** With a congress date: more than 6 months from the congress to the retirement age (the months are added to the facts). */
  moreThanSixMonths(ctx: CaseContext, facts: Facts): Refusal | null {
    const d = ctx.case.decree177!;
    if (!d.congressDate || !ctx.pension.ok) return null;
    const pensionStart = ctx.pension.value.pensionStart;
    const reading = ctx.options.congressMonthCount;
    const months = monthsFromCongress(d.congressDate, pensionStart, reading);
    facts.congressDate = formatDate(d.congressDate);
    facts.monthsFromCongressToRetirementAge = months;
    facts.congressMonthCount = reading;
    const f = ctx.params.nd177Factors;
    const maxExcluded = Number(f.clause6bMaxMonths.value);
    if (months > maxExcluded) return null;
    return {
      code: 'excluded-six-months-or-less',
      message: msg('nd177.eligibility.refusal.excluded-six-months-or-less', { congressDate: formatDate(d.congressDate), pensionStart: formatMonth(pensionStart), months, maxExcluded }),
      citation: f.clause6bMaxMonths.citation,
    };
  },
  /** Clause 4 with a congress date: 30 to 60 months from the congress to the retirement age (D26). */
  withinClause4Range(ctx: CaseContext, facts: Facts): Refusal | null {
    const d = ctx.case.decree177!;
    if (!d.congressDate || d.clause !== 4 || !ctx.pension.ok) return null;
    const months = facts.monthsFromCongressToRetirementAge as number;
    const f = ctx.params.nd177Factors;
    const min = Number(f.clause4MinMonths.value);
    const max = Number(f.clause4MaxMonths.value);
    facts.clause4Range = `${min}–${max} months, both ends included [M]`;
    if (months >= min && months <= max) return null;
    return {
      code: 'outside-clause-4-range',
      message: msg('nd177.eligibility.refusal.outside-clause-4-range', { min, max, months }),
      citation: f.clause4MinMonths.citation,
    };
  },
};
