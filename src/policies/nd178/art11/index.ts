import { compareDates, formatDate, formatMonth, monthIndex, parseIsoDate } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { formatNumber, roundDong, sum, toAmountString, toExactString } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import { baseRuns, baseSalarySchedule, unverifiedMonths } from '../../../parameters/base-salary-schedule.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Outcome, Refusal } from '../../../model/types.js';
import { salaryCitation } from '../../../rules/salary.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';

/** Item labels, shared with the rule book's page (src/policies/registry). */
export const keptAllowanceLabel = msg('nd178.art11.kept-allowance-label');

export const art11Title = msg('nd178.art11.title');

/** Not a leaving package: paid on top of whatever else applies, never compared for `best`. */
export const notALeavingPackage = msg('nd178.art11.not-a-leaving-package');

const POLICY = 'nd178/art11';
export const art11: Citation = cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' });

/** The months the allowance is kept: from the change (or the next month) to the end of the term, at least the minimum. */
function keptPeriod(ctx: CaseContext) {
  const change = ctx.case.leadershipChange!;
  const minFactor = ctx.params.stayingFactors.art11MinMonths;
  const min = Number(minFactor.value);
  const start = monthIndex(change.date) + (ctx.options.art11StartMonth === 'next-month' ? 1 : 0);
  const remaining = monthIndex(change.termEndDate) - start + 1;
  const months = Math.max(remaining, min);
  return { minFactor, min, start, remaining, months, end: start + months - 1 };
}

/** The checks of Art 11, in the order the declaration lists them (the engine runs them before `computeArt11`). */
function beforeInForce(ctx: CaseContext): Refusal | null {
  const change = ctx.case.leadershipChange!;
  const inForce = keyDates.nd178InForce;
  if (compareDates(change.date, parseIsoDate(inForce.date)!) >= 0) return null;
  return {
    code: 'before-in-force',
    message: msg('nd178.art11.refusal.before-in-force', { date: formatDate(change.date), inForceDate: inForce.date }),
    citation: inForce.citation,
  };
}

function allowanceLower(ctx: CaseContext): Refusal | null {
  const change = ctx.case.leadershipChange!;
  if (change.formerCoefficient.minus(change.newCoefficient).isPositive()) return null;
  return {
    code: 'allowance-not-lower',
    message: msg('nd178.art11.refusal.allowance-not-lower', { newCoefficient: formatNumber(change.newCoefficient), formerCoefficient: formatNumber(change.formerCoefficient) }),
    citation: art11,
  };
}

function baseSalaryTabled(ctx: CaseContext): Refusal | null {
  const { start, end } = keptPeriod(ctx);
  if (baseSalarySchedule(ctx.params.baseSalary, start, end)) return null;
  return { code: 'base-salary-out-of-table', message: msg('nd178.art11.refusal.base-salary-out-of-table', { start: formatMonth(start) }), citation: salaryCitation };
}

/**
 * Art 11: a cadre, civil servant or public employee who, because of the restructuring, stops holding a
 * leadership post or takes one with a lower allowance keeps the former allowance until the end of the term or
 * appointment period, and for 6 months when less than that remains. Month by month, the kept difference is
 * (former − new coefficient) × the base salary in force that month; the total is rounded once.
 * The first month is the month of the change (option `art11StartMonth` [L]); the last is the month of
 * `termEndDate`, both included.
 */
function art11Facts(ctx: CaseContext): Facts {
  const change = ctx.case.leadershipChange!;
  const facts: Facts = copyFacts(ctx);
  const diff = change.formerCoefficient.minus(change.newCoefficient);
  return Object.assign(facts, {
    leadershipChangeDate: formatDate(change.date),
    formerLeadershipCoefficient: toExactString(change.formerCoefficient),
    newLeadershipCoefficient: toExactString(change.newCoefficient),
    coefficientDifference: toExactString(diff),
    termEndDate: formatDate(change.termEndDate),
  });
}

function computeArt11(ctx: CaseContext, facts: Facts): Outcome {
  const change = ctx.case.leadershipChange!;
  const diff = change.formerCoefficient.minus(change.newCoefficient);
  const { minFactor, min, start, remaining, months, end } = keptPeriod(ctx);
  const schedule = baseSalarySchedule(ctx.params.baseSalary, start, end)!;
  const runs = baseRuns(schedule);
  const amount = roundDong(sum(schedule.map((m) => diff.times(m.baseSalary))));
  const item: MoneyItem = {
    amount,
    item: {
      code: 'kept-leadership-allowance',
      label: keptAllowanceLabel,
      amount: toAmountString(amount),
      formula: runs.map((r) => `(${formatNumber(change.formerCoefficient)} − ${formatNumber(change.newCoefficient)}) × ${formatNumber(r.baseSalary)} × ${r.months}`).join(' + '),
      citation: remaining < min ? minFactor.citation : art11,
    },
  };
  Object.assign(facts, {
    art11StartMonth: ctx.options.art11StartMonth,
    keptFrom: formatMonth(start),
    keptTo: formatMonth(end),
    monthsRemainingInTerm: Math.max(remaining, 0),
    monthsKept: months,
    minimumMonthsApplied: remaining < min,
    monthlySchedule: schedule.map((m) => ({
      month: formatMonth(m.month),
      baseSalary: toExactString(m.baseSalary),
      formerAllowance: toExactString(change.formerCoefficient.times(m.baseSalary)),
      newAllowance: toExactString(change.newCoefficient.times(m.baseSalary)),
      keptDifference: toExactString(diff.times(m.baseSalary)),
    })),
  });
  const unverified = unverifiedMonths(schedule, ctx.params.baseSalary);
  if (unverified.length > 0) facts.baseSalaryUnverifiedMonths = unverified;
  const flags = [{
    code: 'counts-in-current-salary',
    label: msg('nd178.art11.flag.counts-in-current-salary'),
    citation: art11,
  }];
  return { ...eligibleOutcome(POLICY, art11Title, facts, [item], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 11 (as amended by Decree 67/2025 Art 1 cl. 11): whoever loses a leadership post, or moves to one
 * with a smaller allowance, because of the restructuring keeps the old allowance until the term or appointment
 * would have ended, and for at least six months.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art11',
  decree: 'nd178',
  article: '11',
  title: art11Title,
  checks: [
    { refusal: 'before-in-force', check: beforeInForce },
    { refusal: 'allowance-not-lower', check: allowanceLower },
    { refusal: 'base-salary-out-of-table', check: baseSalaryTabled },
  ],
  applies: (ctx) => ctx.case.leadershipChange !== undefined,
  startFacts: art11Facts,
  compute: computeArt11,
  excludedFromBest: notALeavingPackage,
};
