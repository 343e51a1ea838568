import { formatMonth, fromMonthIndex } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { dec, formatNumber, roundDong, sum, toAmountString, toExactString, type Decimal } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import { baseRuns, baseSalarySchedule, describeRun, unverifiedMonths } from '../../../parameters/base-salary-schedule.js';
import { isArmedForces } from '../../../schema/enums.js';
import type { CaseContext } from '../../../model/context.js';
import { eligibleOutcome, type MoneyItem } from '../../../model/outcome.js';
import type { SalaryComponents } from '../../../model/staff-case.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { insuranceRegime, pensionYearsRequired } from '../../../rules/insurance.js';
import { salaryCitation } from '../../../rules/salary.js';
import { insuranceSupport } from '../common/insurance-support.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { article2Checks } from '../common/conditions.js';

/** Item labels, shared with the rule book's page (src/policies/registry). */
export const art4PayKeptLabel = msg('nd177.art4.pay-kept-label');
export const art4InsuranceSupportLabel = msg('nd177.art4.insurance-support-label');

export const nd177Art4Title = msg('nd177.art4.title');

const POLICY = 'nd177/art4';
export const art4 = (clause: string, point?: string): Citation => cite(DOC.nd177, '4', clause, point);

export const art4NotComparable = msg('nd177.art4.not-comparable');

const HUNDRED = dec(100);

/**
 * Art 4 cl. 2 a: the pay kept while waiting. Kept: the grade/step or position salary (G), the leadership
 * allowance (L), over-frame seniority (V), professional seniority (a percentage of G + L + V), the reserved
 * difference (R) and the committee-member responsibility allowance. Every other allowance stops from the month
 * after the decision. As a multiple of the base salary B: κ = (c + l)(1 + o%)(1 + s%) + r + committee.
 */
function keptCoefficient(s: SalaryComponents, committee: Decimal): { kappa: Decimal; kept: string[]; stopped: string[] } {
  const onePlus = (p: Decimal) => p.div(HUNDRED).plus(1);
  const kappa = s.coefficient.plus(s.leadershipCoefficient)
    .times(onePlus(s.overFrameSeniorityPercent))
    .times(onePlus(s.professionalSeniorityPercent))
    .plus(s.reservedDifferenceCoefficient)
    .plus(committee);
  const present = (entries: [string, Decimal][]) => entries.filter(([, v]) => !v.isZero()).map(([k]) => k);
  const kept = present([
    ['coefficient', s.coefficient], ['leadershipCoefficient', s.leadershipCoefficient],
    ['overFrameSeniorityPercent', s.overFrameSeniorityPercent], ['professionalSeniorityPercent', s.professionalSeniorityPercent],
    ['reservedDifferenceCoefficient', s.reservedDifferenceCoefficient], ['committeeAllowanceCoefficient', committee],
  ]);
  const stopped = present([
    ['publicServicePercent', s.publicServicePercent], ['preferentialPercent', s.preferentialPercent],
    ['professionalResponsibilityPercent', s.professionalResponsibilityPercent], ['partyWorkPercent', s.partyWorkPercent],
    ['armedForcesPercent', s.armedForcesPercent],
  ]);
  return { kappa, kept, stopped };
}

function flags(ctx: CaseContext): Flag[] {
  const out: Flag[] = [
    {
      code: 'insurance-continues',
      label: msg('nd177.art4.flag.insurance-continues'),
      citation: art4('2', 'b'),
    },
    isArmedForces(ctx.case.staffType)
      ? {
        code: 'rank-promotion',
        label: msg('nd177.art4.flag.rank-promotion'),
        citation: art4('3'),
      }
      : {
        code: 'no-step-raise',
        label: msg('nd177.art4.flag.no-step-raise'),
        citation: art4('2', 'c'),
      },
    {
      code: 'other-allowances-stop',
      label: msg('nd177.art4.flag.other-allowances-stop'),
      citation: art4('2', 'c'),
    },
    {
      code: 'outside-staffing-quota',
      label: msg('nd177.art4.flag.outside-staffing-quota'),
      citation: art4('3'),
    },
  ];
  return out;
}

/**
 * Decree 177 Art 4: cl. 1–3 cadres with fewer than 24 months to the retirement age (exactly 24 is not eligible)
 * keep part of their pay until the age (a month-by-month schedule at the base salary in force each month), and
 * the State pays any insured months still missing for a pension when the wait ends, at most 30.
 */
/** The checks of Art 4 after Art 2's, in the order the declaration lists them. */
function clauseCovered(ctx: CaseContext): Refusal | null {
  const clause = ctx.case.decree177!.clause;
  if (clause <= 3) return null;
  return {
    code: 'clause-not-covered',
    message: msg('nd177.art4.refusal.clause-not-covered', { clause }),
    citation: art4('1', 'a'),
  };
}

/** The months to the retirement age T (added to the facts) must be at least 1. */
function beforeRetirementAge(ctx: CaseContext, facts: Facts): Refusal | null {
  const pension = ctx.pension.ok ? ctx.pension.value : null;
  const T = pension ? pension.pensionStart - ctx.leaveMonth : 0;
  facts.monthsToRetirementAge = T;
  if (pension && T > 0) return null;
  return {
    code: 'not-before-retirement-age',
    message: msg('nd177.art4.refusal.not-before-retirement-age', { leaveMonth: formatMonth(ctx.leaveMonth), pensionMonth: pension ? ` (${formatMonth(pension.pensionStart)})` : '' }),
    citation: ctx.params.nd177Factors.art4MaxMonthsExclusive.citation,
  };
}

function underLimit(ctx: CaseContext): Refusal | null {
  const pensionStart = ctx.pension.ok ? ctx.pension.value.pensionStart : 0;
  const T = pensionStart - ctx.leaveMonth;
  const limit = ctx.params.nd177Factors.art4MaxMonthsExclusive;
  if (T < Number(limit.value)) return null;
  return {
    code: 'not-under-24-months',
    message: msg('nd177.art4.refusal.not-under-24-months', { T, pensionStart: formatMonth(pensionStart), limit: limit.value }),
    citation: limit.citation,
  };
}

function salaryComponentsGiven(ctx: CaseContext): Refusal | null {
  if (ctx.case.salary.kind === 'components') return null;
  return {
    code: 'salary-components-required',
    message: msg('nd177.art4.refusal.salary-components-required'),
    citation: art4('2', 'a'),
  };
}

/** The wait: from the leave month to the month the age is reached (the month before the pension), T months. */
function waitingSchedule(ctx: CaseContext) {
  const source = ctx.case.salary;
  if (source.kind !== 'components' || !ctx.pension.ok) throw new Error('nd177/art4: computed before its conditions held');
  const first = ctx.leaveMonth;
  const last = ctx.pension.value.pensionStart - 1;
  const s = source.components;
  const override = s.baseSalary ? { amount: s.baseSalary, citation: cite('input', undefined, undefined, undefined, { note: 'salary.baseSalary' }) } : undefined;
  return { first, last, s, override, schedule: baseSalarySchedule(ctx.params.baseSalary, first, last, override) };
}

function baseSalaryTabled(ctx: CaseContext): Refusal | null {
  const { first, schedule } = waitingSchedule(ctx);
  if (schedule) return null;
  return {
    code: 'base-salary-out-of-table',
    message: msg('nd177.art4.refusal.base-salary-out-of-table', { first: formatMonth(first) }),
    citation: salaryCitation,
  };
}

function computeNd177Art4(ctx: CaseContext, facts: Facts): Outcome {
  const { first, last, s, override, schedule: tabled } = waitingSchedule(ctx);
  const schedule = tabled!;
  const T = last + 1 - first;
  const { kappa, kept, stopped } = keptCoefficient(s, ctx.case.committeeAllowanceCoefficient);
  const runs = baseRuns(schedule);
  const exact = sum(schedule.map((m) => kappa.times(m.baseSalary)));
  const amount = roundDong(exact);
  const pay: MoneyItem = {
    amount,
    item: {
      code: 'waiting-pay',
      label: art4PayKeptLabel,
      amount: toAmountString(amount),
      formula: runs.map((r) => `${formatNumber(kappa)} × ${formatNumber(r.baseSalary)} × ${r.months}`).join(' + '),
      citation: art4('2', 'a'),
    },
  };
  Object.assign(facts, {
    waitingMonths: T,
    waitFrom: formatMonth(first),
    waitTo: formatMonth(last),
    keptCoefficient: toExactString(kappa),
    keptComponents: kept,
    stoppedComponents: stopped,
    waitingMonthlyPay: toExactString(kappa.times(schedule[0]!.baseSalary)),
    waitingPaySchedule: runs.map((r) => ({ ...describeRun(r), monthlyPay: toExactString(kappa.times(r.baseSalary)) })),
  });
  const unverified = unverifiedMonths(schedule, override ? null : ctx.params.baseSalary);
  if (unverified.length > 0) facts.baseSalaryUnverifiedMonths = unverified;

  // Cl. 2 đ: insured time at the end of the wait (contributions continue), against the SI law then in force.
  const pensionDate = { ...fromMonthIndex(last + 1), day: 1 };
  const regimeAtPension = insuranceRegime(pensionDate);
  const required = Number(pensionYearsRequired(regimeAtPension, ctx.params).value) * 12;
  const insuredAtEnd = ctx.case.insuredMonths + T;
  const shortfall = ctx.case.pensionEligible === true ? 0 : Math.max(0, required - insuredAtEnd);
  facts.insuredMonthsAtPensionStart = insuredAtEnd;
  facts.insuranceRegimeAtPensionStart = regimeAtPension;
  const items: MoneyItem[] = [pay];
  const outFlags = flags(ctx);
  if (shortfall > 0) {
    const support = insuranceSupport({
      shortfallMonths: shortfall,
      cap: ctx.params.nd177Factors.art4TopUpMaxMonths,
      pricing: ctx.case.insurancePricing,
      code: 'state-paid-insurance',
      label: art4InsuranceSupportLabel,
      citation: art4('2', 'đ'),
    });
    Object.assign(facts, support.facts);
    if (support.item) items.push(support.item);
    else {
      outFlags.push({
        code: 'state-paid-insurance-months',
        label: msg('nd177.art4.flag.state-paid-insurance-months', { stateMonths: support.stateMonths }),
        citation: art4('2', 'đ'),
      });
    }
    if (support.beyondCapMonths > 0) {
      outFlags.push({
        code: 'insurance-short-beyond-cap',
        label: msg('nd177.art4.flag.insurance-short-beyond-cap', { beyondCapMonths: support.beyondCapMonths }),
        citation: art4('2', 'đ'),
      });
    }
  } else {
    facts.insuranceShortfallMonths = 0;
  }
  return { ...eligibleOutcome(POLICY, nd177Art4Title, facts, items, outFlags), excludedFromBest: art4NotComparable };
}

/**
 * Decree 177 Art 4: cadres of Art 2 cl. 1–3 with less than two years to their pension age may stop working and wait:
 * part of their pay is kept until the age, insurance continues, and the State pays up to 30 missing insured
 * months when the wait ends.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd177/art4',
  decree: 'nd177',
  article: '4',
  title: nd177Art4Title,
  checks: [
    ...article2Checks,
    { refusal: 'clause-not-covered', check: clauseCovered },
    { refusal: 'not-before-retirement-age', check: beforeRetirementAge },
    { refusal: 'not-under-24-months', check: underLimit },
    { refusal: 'salary-components-required', check: salaryComponentsGiven },
    { refusal: 'base-salary-out-of-table', check: baseSalaryTabled },
  ],
  applies: (ctx) => ctx.case.route === 'auto' && ctx.case.decree177 !== undefined && ctx.case.decree177.clause <= 3,
  compute: computeNd177Art4,
  excludedFromBest: art4NotComparable,
};
