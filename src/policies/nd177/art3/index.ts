import { formatMonth } from '../../../core/calendar.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { dec, formatFactor, formatNumber, type Decimal } from '../../../core/money.js';
import { allowanceYearsNumber, monthsToAllowanceYears } from '../../../core/service-time.js';
import { msg } from '../../../locales/index.js';
import { isArmedForces } from '../../../schema/enums.js';
import type { CaseContext } from '../../../model/context.js';
import { eligibleOutcome, salaryMultipleItem, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { pensionYearsRequired } from '../../../rules/insurance.js';
import { insuranceSupport, type InsuranceSupport } from '../common/insurance-support.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { article2Checks } from '../common/conditions.js';

/** Item labels, shared with the rule book's page (src/policies/registry). */
export const art3EarlyYearsLabel = msg('nd177.art3.early-years-label');
export const art3InsuredTimeLabel = msg('nd177.art3.insured-time-label');
export const art3InsuranceSupportLabel = msg('nd177.art3.insurance-support-label');
export const art3PointKLabel = msg('nd177.art3.point-k-label');

export const nd177Art3Title = msg('nd177.art3.title');

const POLICY = 'nd177/art3';
/** Decree 177 Art 3 cl. 1 (conditions) and cl. 2 (what is paid), by point. */
const cond = (point: string): Citation => cite(DOC.nd177, '3', '1', point);
const pt = (point: string): Citation => cite(DOC.nd177, '3', '2', point);

/**
 * Point h: a commune cadre in an especially difficult area, or with army/police service and medals, who is
 * short of insured time for a pension gets the missing months paid by the State, at most 30; the months beyond
 * are paid by the person as voluntary insurance [M]. Null when the point does not apply.
 */
function pointH(ctx: CaseContext): InsuranceSupport | null {
  const basis = ctx.case.decree177?.insuranceSupportBasis;
  if (ctx.pensionEligible || !basis || ctx.case.staffType !== 'commune-cadre') return null;
  const required = Number(pensionYearsRequired(ctx.regime, ctx.params).value) * 12;
  const shortfall = required - ctx.case.insuredMonths;
  if (shortfall <= 0) return null;
  return insuranceSupport({
    shortfallMonths: shortfall,
    cap: ctx.params.nd177Factors.pointHMaxMonths,
    pricing: ctx.case.insurancePricing,
    code: 'state-paid-insurance',
    label: art3InsuranceSupportLabel,
    citation: pt('h'),
  });
}

function notPensionEligible(ctx: CaseContext): Refusal {
  const required = pensionYearsRequired(ctx.regime, ctx.params);
  return {
    code: 'not-pension-eligible',
    message: msg('nd177.art3.refusal.not-pension-eligible', { requiredYears: required.value, insuredMonths: ctx.case.insuredMonths }),
    citation: cond('b'),
  };
}

/** Point b: 5 months of S per year retired early (years rounded as in common.md §4), not capped. */
function perYearEarlyItem(ctx: CaseContext, S: Decimal, years: Decimal): MoneyItem {
  const per = ctx.params.nd177Factors.perYearEarly;
  return salaryMultipleItem({
    code: 'early-years-allowance',
    label: art3EarlyYearsLabel,
    salary: S,
    multiplier: dec(per.value).times(years),
    factorsText: `${formatFactor(per.value)} × ${formatNumber(years)}`,
    citation: per.citation,
  });
}

/**
 * Point c: 5 months for the first 20 insured years + 0.5 per year from the 21st; when the person has 15 years or
 * more and is pension-eligible under the SI Law 2024 (leave from 1 Jul 2025), 5 months for the first 15 years +
 * 0.5 per year from the 16th. Decree 177's own 5, not Decree 178's 4 (common.md §6).
 */
function insuredTimeItem(ctx: CaseContext, S: Decimal, facts: Facts): MoneyItem {
  const f = ctx.params.nd177Factors;
  const fifteen = ctx.regime === '15-year' && ctx.pensionEligible && ctx.case.insuredMonths >= Number(f.insured15BaseYears.value) * 12;
  const baseMonths = fifteen ? f.insured15BaseMonths : f.insured20BaseMonths;
  const baseYears = fifteen ? f.insured15BaseYears : f.insured20BaseYears;
  const extra = ctx.insuredYears.minus(baseYears.value);
  const extraYears = extra.isNegative() ? dec(0) : extra;
  facts.insuredTimeAllowanceRule = fifteen ? '15-year' : '20-year';
  return salaryMultipleItem({
    code: 'insured-time-allowance',
    label: art3InsuredTimeLabel,
    salary: S,
    multiplier: dec(baseMonths.value).plus(dec(f.insuredPerExtraYear.value).times(extraYears)),
    factorsText: `(${formatFactor(baseMonths.value)} + ${formatFactor(f.insuredPerExtraYear.value)} × ${formatNumber(extraYears)})`,
    citation: baseMonths.citation,
  });
}

/** Point k [L]: 0.5 month per insured year, only when the caller turns the option on. */
function pointKItem(ctx: CaseContext, S: Decimal): MoneyItem {
  const k = ctx.params.nd177Factors.pointKPerYear;
  return salaryMultipleItem({
    code: 'point-k-allowance',
    label: art3PointKLabel,
    salary: S,
    multiplier: dec(k.value).times(ctx.insuredYears),
    factorsText: `${formatFactor(k.value)} × ${formatNumber(ctx.insuredYears)}`,
    citation: k.citation,
  });
}

function flags(ctx: CaseContext, monthsEarly: number, h: InsuranceSupport | null): Flag[] {
  const noReductionMax = Number(ctx.params.nd177Factors.noReductionMaxMonths.value);
  const out: Flag[] = [{
    code: 'no-pension-reduction',
    label: msg('nd177.art3.flag.no-pension-reduction', { noReductionMax }),
    citation: pt('a'),
  }];
  if (monthsEarly > noReductionMax) {
    out.push({
      code: 'no-reduction-beyond-five-years',
      label: msg('nd177.art3.flag.no-reduction-beyond-five-years', { monthsBeyond: monthsEarly - noReductionMax, noReductionMax }),
      citation: pt('i'),
    });
  }
  out.push(
    {
      code: 'position-salary-step-2',
      label: msg('nd177.art3.flag.position-salary-step-2'),
      citation: pt('d'),
    },
    {
      code: 'early-step-raise',
      label: msg('nd177.art3.flag.early-step-raise'),
      citation: pt('đ'),
    },
    {
      code: 'contribution-honour',
      label: msg('nd177.art3.flag.contribution-honour'),
      citation: pt('e'),
    },
  );
  if (isArmedForces(ctx.case.staffType)) {
    out.push({
      code: 'rank-promotion',
      label: msg('nd177.art3.flag.rank-promotion'),
      citation: pt('g'),
    });
  }
  if (h && !h.item) {
    out.push({
      code: 'state-paid-insurance-months',
      label: msg('nd177.art3.flag.state-paid-insurance-months', { stateMonths: h.stateMonths }),
      citation: pt('h'),
    });
  }
  if (h && h.beyondCapMonths > 0) {
    out.push({
      code: 'voluntary-insurance-beyond-cap',
      label: msg('nd177.art3.flag.voluntary-insurance-beyond-cap', { beyondCapMonths: h.beyondCapMonths }),
      citation: pt('h'),
    });
  }
  // Point l (one-off social insurance under the SI law) is not listed: a one-off social insurance replaces the
  // pension, so it is no right of this pension package (docs/decisions.md D30).
  return out;
}

/**
 * Decree 177 Art 3. Conditions (cl. 1): covered by Art 2 (cl. 1–3 not old enough, cl. 4 or cl. 5), enough
 * insured time for a pension at the leave date (or point h), and a voluntary application (assumed). Items:
 * b and c always; h when priced; k only with the option `nd177PointK`. Other points are flags.
 */
function salaryKnown(ctx: CaseContext): Refusal | null {
  return ctx.salary.ok ? null : ctx.salary.refusal;
}

/** T, the months from the leave month to the pension month, must be at least 1 (added to the facts). */
function early(ctx: CaseContext, facts: Facts): Refusal | null {
  const pension = ctx.pension.ok ? ctx.pension.value : null;
  const T = pension ? pension.pensionStart - ctx.leaveMonth : 0;
  facts.monthsEarly = T;
  if (pension && T > 0) return null;
  return {
    code: 'not-early',
    message: msg('nd177.art3.refusal.not-early', { leaveMonth: formatMonth(ctx.leaveMonth), pensionMonth: pension ? ` (${formatMonth(pension.pensionStart)})` : '' }),
    citation: cond('a'),
  };
}

/** Enough insured time for a pension at the leave date, or the State pays the missing months (point h). */
function pensionEligible(ctx: CaseContext): Refusal | null {
  return ctx.pensionEligible || pointH(ctx) ? null : notPensionEligible(ctx);
}

function computeNd177Art3(ctx: CaseContext, facts: Facts): Outcome {
  if (!ctx.salary.ok || !ctx.pension.ok) throw new Error('nd177/art3: computed before its conditions held');
  const T = ctx.pension.value.pensionStart - ctx.leaveMonth;
  const h = pointH(ctx);
  const S = ctx.salary.value.amount;
  const years = monthsToAllowanceYears(T);
  facts.yearsEarly = allowanceYearsNumber(T);
  const items: MoneyItem[] = [perYearEarlyItem(ctx, S, years), insuredTimeItem(ctx, S, facts)];
  if (h) {
    Object.assign(facts, h.facts);
    if (h.item) items.push(h.item);
  }
  if (ctx.options.nd177PointK) {
    items.push(pointKItem(ctx, S));
    facts.pointK = 'paid: option nd177PointK is on [L]';
  } else {
    facts.pointK = 'not computed: its trigger is unclear [L]; the option nd177PointK adds it';
  }
  return eligibleOutcome(POLICY, nd177Art3Title, facts, items, flags(ctx, T, h));
}

/**
 * Decree 177 Art 3: cadres who cannot be re-elected or re-appointed for age and leave before their pension age keep
 * an unreduced pension and get a sum per year early and a sum for insured time (cl. 2 points b, c), the State
 * paying missing insured months for commune cadres (point h); the other points are rights without an amount.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd177/art3',
  decree: 'nd177',
  article: '3',
  title: nd177Art3Title,
  checks: [
    ...article2Checks,
    { refusal: 'base-salary-unknown', check: salaryKnown },
    { refusal: 'not-early', check: early },
    { refusal: 'not-pension-eligible', check: pensionEligible },
  ],
  applies: (ctx) => ctx.case.route !== 'resignation' && (ctx.case.group === 'decree-177-cadre' || ctx.case.decree177 !== undefined),
  compute: computeNd177Art3,
};
