import { formatMonth } from '../../../core/calendar.js';
import { deepFreeze } from '../../../core/freeze.js';
import { dec, formatFactor, formatNumber, toAmountString } from '../../../core/money.js';
import { monthsToAllowanceYears } from '../../../core/service-time.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { eligibleOutcome, salaryMultipleItem, type Factors, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { nd154Citations } from '../../../parameters/nd154.js';
import { commonChecks154, startFacts154 } from '../common/conditions.js';
import { refundFlags, refundWarnings } from '../common/refund.js';
import { decree154Assessed, routeAsks } from '../common/regime.js';
import { salary154 } from '../common/salary.js';
import { workingMonths } from '../common/working-time.js';

/**
 * Decree 154/2025 Art 8 [M] (press summaries; the Gazette text was not seen, so every citation is unverified): people
 * who resign because of staff streamlining get 3 months of salary to find work and 1.5 months of salary for each
 * insured year; their insurance time is kept or paid out under the social insurance law. A person under 45 who
 * chooses vocational training first gets up to 6 months of salary while training, the training cost up to 6 months of
 * salary (paid to the training body: a flag with its cap), then 3 months of salary to find work. The summaries list
 * no 1.5-month item on that route, and none is paid here (D55) [L].
 */
export const title = msg('nd154.resignation.title');
export const jobSearchLabel = msg('nd154.resignation.job-search-label');
export const insuredYearsLabel = msg('nd154.resignation.insured-years-label');
export const trainingSalaryLabel = msg('nd154.resignation.training-salary-label');
const trainingCost: Flag = deepFreeze({ code: 'training-cost-covered', label: msg('nd154.resignation.training-cost-label'), citation: nd154Citations.resignation });

/** The months from the leave month to the retirement age (Annex I, the officer ceiling or the input age), into the facts. */
function beforeRetirementAge(ctx: CaseContext, facts: Facts): Refusal | null {
  if (!ctx.pension.ok) return null;
  const start = ctx.pension.value.pensionStart;
  facts.monthsToRetirementAge = start - ctx.leaveMonth;
  if (start > ctx.leaveMonth) return null;
  return {
    code: 'at-retirement-age',
    message: msg('nd154.resignation.refusal.at-retirement-age', { leave: formatMonth(ctx.leaveMonth), start: formatMonth(start) }),
    citation: nd154Citations.resignation,
  };
}

/**
 * The age on the leave date, in whole years: the birthday of the year reached counts (a partial birth date is its
 * earliest day, D8).
 */
function ageOn(ctx: CaseContext): number {
  const b = ctx.case.birthDate, l = ctx.case.leaveDate;
  const years = l.year - b.year;
  return l.month > b.month || (l.month === b.month && l.day >= b.day) ? years : years - 1;
}

/**
 * Resignation is for people who cannot retire early under Art 6 (D60): the press summary of the resignation
 * policy speaks of those "not eligible for early retirement", as Decree 29/2023 Art 10 and Decree 178 Art 9/10
 * did. An eligible Art 6 outcome — the under-2-years one with only the pension right included — closes Art 8.
 */
function notEarlyRetirement(ctx: CaseContext): Refusal | null {
  if (!ctx.outcomeOf('nd154/early-retirement', ctx).eligible) return null;
  return {
    code: 'eligible-for-early-retirement',
    message: msg('nd154.resignation.refusal.eligible-for-early-retirement'),
    citation: nd154Citations.resignation,
  };
}

/** The training route only under 45 at the leave date (the input asks for it with `vocationalTraining`). */
function under45(ctx: CaseContext, facts: Facts): Refusal | null {
  if (ctx.case.decree154?.vocationalTrainingMonths === undefined) return null;
  const age = ageOn(ctx);
  facts.ageAtLeaveDate = age;
  const limit = Number(ctx.params.nd154Factors.trainingMaxAgeYears.value);
  if (age < limit) return null;
  return {
    code: 'training-over-45',
    message: msg('nd154.resignation.refusal.training-over-45', { age, limit }),
    citation: ctx.params.nd154Factors.trainingMaxAgeYears.citation,
  };
}

/** perYear × N, N the years of the working time by the odd-months rule. */
function insuredYearsFactors(perYear: string, months: number): Factors {
  const years = monthsToAllowanceYears(months);
  return { multiplier: dec(perYear).times(years), text: `${formatFactor(perYear)} × ${formatNumber(years)}` };
}

/** The months of training paid: those asked, at most the cap. */
function trainingFactors(cap: string, months: number): Factors {
  const paid = Math.min(months, Number(cap));
  return { multiplier: dec(paid), text: formatFactor(String(paid)) };
}

function compute(ctx: CaseContext, facts: Facts): Outcome {
  const s = salary154(ctx);
  const S = s.ok ? s.value.amount : dec(0);
  const f = ctx.params.nd154Factors;
  const training = ctx.case.decree154?.vocationalTrainingMonths;
  const jobSearch = salaryMultipleItem({
    code: 'job-search-allowance', label: jobSearchLabel, salary: S, multiplier: dec(f.resignJobSearchMonths.value),
    factorsText: formatFactor(f.resignJobSearchMonths.value), citation: f.resignJobSearchMonths.citation,
  });
  const items: MoneyItem[] = [];
  const flags: Flag[] = [];
  if (training === undefined) {
    facts.route154 = 'job-search';
    const insured = ctx.derive(insuredYearsFactors, f.resignPerInsuredYearMonths.value, workingMonths(ctx.case));
    items.push(jobSearch, salaryMultipleItem({
      code: 'insured-years-allowance', label: insuredYearsLabel, salary: S, multiplier: insured.multiplier,
      factorsText: insured.text, citation: f.resignPerInsuredYearMonths.citation,
    }));
  } else {
    facts.route154 = 'vocational-training';
    facts.trainingMonths = training;
    const paid = ctx.derive(trainingFactors, f.trainingSalaryMaxMonths.value, training);
    items.push(salaryMultipleItem({
      code: 'training-salary', label: trainingSalaryLabel, salary: S, multiplier: paid.multiplier,
      factorsText: paid.text, citation: f.trainingSalaryMaxMonths.citation,
    }), jobSearch);
    // The training cost is paid to the training body, up to 6 months of salary: a right with its cap, not an item.
    facts.trainingCostCap = toAmountString(S.times(dec(f.trainingCostMaxMonths.value)));
    flags.push(trainingCost);
  }
  flags.push(...refundFlags(ctx, facts));
  return eligibleOutcome('nd154/resignation', title, facts, items, flags);
}

export const declaration: PolicyDeclaration = {
  code: 'nd154/resignation',
  decree: 'nd154',
  article: '8',
  name: 'resignation',
  title,
  checks: [
    ...commonChecks154,
    { refusal: 'at-retirement-age', check: beforeRetirementAge },
    { refusal: 'eligible-for-early-retirement', check: notEarlyRetirement },
    { refusal: 'training-over-45', check: under45 },
  ],
  applies: (ctx) => decree154Assessed(ctx) && routeAsks(ctx, 'resignation'),
  startFacts: startFacts154,
  compute,
  warnings: (ctx, o) => refundWarnings(ctx, o),
};
