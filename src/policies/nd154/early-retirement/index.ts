import { formatMonth } from '../../../core/calendar.js';
import { deepFreeze } from '../../../core/freeze.js';
import { dec, formatFactor, formatNumber, toAmountString, type Decimal } from '../../../core/money.js';
import { allowanceYearsNumber, monthsToAllowanceYears } from '../../../core/service-time.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { eligibleOutcome, salaryMultipleItem, sumOf, type Factors, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal, Warning } from '../../../model/types.js';
import { nd154Citations } from '../../../parameters/nd154.js';
import { pensionYearsRequired } from '../../../rules/insurance.js';
import { commonChecks154, startFacts154 } from '../common/conditions.js';
import { refundFlags, refundWarnings } from '../common/refund.js';
import { decree154Assessed, routeAsks } from '../common/regime.js';
import { salary154 } from '../common/salary.js';
import { isCommunePartTime, workingMonths } from '../common/working-time.js';

/**
 * Decree 154/2025 Art 6 [M] (press summaries; the Gazette text was not seen, so every citation is unverified):
 * people who retire early because of staff streamlining, 2 to 5 years before the Decree 135/2020 Annex I age (or the
 * Annex II age, with 15 years of heavy, toxic or dangerous work or in especially difficult areas), with the insurance
 * time for a pension, get a pension not reduced for the early years, 5 months of salary for each year early, and an
 * insured-time allowance: with 20 insured years or more, 5 months for the first 20 years and ½ month for each year
 * from the 21st; with 15 to under 20 years, 5 months. There is no one-off pension for the months early (unlike
 * Decree 178 Art 7). Under 2 years before the age: the pension is not reduced; the summaries name nothing more, so
 * the outcome carries the flag only, with a warning that the text was not seen (D54).
 */
export const title = msg('nd154.early-retirement.title');
export const earlyYearsLabel = msg('nd154.early-retirement.early-years-label');
export const insuredTimeLabel = msg('nd154.early-retirement.insured-time-label');
const notReduced: Flag = deepFreeze({ code: 'pension-not-reduced', label: msg('nd154.early-retirement.pension-not-reduced-label'), citation: nd154Citations.earlyRetirement });

/** A retirement age the person may retire early from, and the months before it. */
interface AgeCandidate {
  readonly table: string;
  readonly pensionStart: number;
  readonly monthsEarly: number;
}

/** Annex I (or the officer ceiling, or the input age), then Annex II when the person qualifies for it. */
function ages(ctx: CaseContext): AgeCandidate[] {
  const out: AgeCandidate[] = [];
  if (ctx.pension.ok) out.push({ table: ctx.pension.value.source, pensionStart: ctx.pension.value.pensionStart, monthsEarly: ctx.pension.value.pensionStart - ctx.leaveMonth });
  if (ctx.annexII?.ok) out.push({ table: 'annex-II', pensionStart: ctx.annexII.value.pensionStart, monthsEarly: ctx.annexII.value.pensionStart - ctx.leaveMonth });
  return out;
}

const maxMonths = (ctx: CaseContext) => Number(ctx.params.nd154Factors.earlyWindowMaxMonths.value);
const minMonths = (ctx: CaseContext) => Number(ctx.params.nd154Factors.earlyWindowMinMonths.value);

/** The ages within 1 to 60 months of the leave month: the ones Art 6 lets the person retire early from. */
function inWindow(ctx: CaseContext): AgeCandidate[] {
  const max = maxMonths(ctx);
  return ages(ctx).filter((a) => a.monthsEarly >= 1 && a.monthsEarly <= max);
}

/**
 * The insurance time for a pension (D52): at least the 15 years of Art 6, and at least what the Social Insurance
 * Law in force at the leave date asks (20 years before 1 Jul 2025); the input's `pensionEligible` (D7) decides the
 * latter, never the 15-year floor of the decree.
 */
function pensionEligibleCheck(ctx: CaseContext): Refusal | null {
  const c = ctx.case;
  const floor = ctx.params.nd154Factors.pensionMinInsuredYears;
  const law = pensionYearsRequired(ctx.regime, ctx.params);
  const floorMonths = Number(floor.value) * 12;
  const eligible = c.pensionEligible === undefined
    ? c.insuredMonths >= Math.max(floorMonths, Number(law.value) * 12)
    : c.pensionEligible && c.insuredMonths >= floorMonths;
  if (eligible) return null;
  if (c.pensionEligible === false) return { code: 'not-pension-eligible', message: msg('nd154.early-retirement.refusal.not-pension-eligible.input'), citation: nd154Citations.earlyRetirement };
  const required = c.pensionEligible === undefined && Number(law.value) > Number(floor.value) ? law : floor;
  return {
    code: 'not-pension-eligible',
    message: msg('nd154.early-retirement.refusal.not-pension-eligible', { requiredYears: required.value, insuredMonths: c.insuredMonths }),
    citation: required.citation,
  };
}

/** Every applicable age is more than 5 years away (adds the months to the Annex I age to the facts). */
function tooEarlyCheck(ctx: CaseContext, facts: Facts): Refusal | null {
  const all = ages(ctx);
  if (all.length > 0) facts.monthsEarly = all[0]!.monthsEarly;
  const max = maxMonths(ctx);
  if (all.length === 0 || !all.every((a) => a.monthsEarly > max)) return null;
  return {
    code: 'too-early',
    message: msg('nd154.early-retirement.refusal.too-early', { monthsEarly: all[0]!.monthsEarly, maxMonths: max }),
    citation: ctx.params.nd154Factors.earlyWindowMaxMonths.citation,
  };
}

/** No age within the window, and one already reached: the person can retire at that age. */
function notAtAgeCheck(ctx: CaseContext): Refusal | null {
  if (inWindow(ctx).length > 0) return null;
  const reached = ages(ctx).find((a) => a.monthsEarly <= 0)!;
  return {
    code: 'at-retirement-age',
    message: msg('nd154.early-retirement.refusal.at-retirement-age', { leave: formatMonth(ctx.leaveMonth), start: formatMonth(reached.pensionStart) }),
    citation: nd154Citations.earlyRetirement,
  };
}

/**
 * A commune part-time worker whose working time N (Art 5 cl. 5) is under 15 years while the money items are due: the
 * insured-time allowance the summaries give starts at 15 years, and nothing is known below it, so it is refused
 * rather than guessed (only a part-time worker can be here: otherwise N is the insured time, at least 15 years).
 */
function workingTimeCheck(ctx: CaseContext): Refusal | null {
  const c = ctx.case;
  if (!isCommunePartTime(c)) return null;
  const years = allowanceYearsNumber(workingMonths(c));
  const floor = Number(ctx.params.nd154Factors.pensionMinInsuredYears.value);
  if (years >= floor || !inWindow(ctx).some((a) => a.monthsEarly >= minMonths(ctx))) return null;
  return {
    code: 'working-time-under-15',
    message: msg('nd154.early-retirement.refusal.working-time-under-15', { years, floor }),
    citation: nd154Citations.partTimeMonths,
  };
}

/** perYear × Y, Y the years early by the odd-months rule. */
function earlyYearsFactors(perYear: string, months: number): Factors {
  const years = monthsToAllowanceYears(months);
  return { multiplier: dec(perYear).times(years), text: `${formatFactor(perYear)} × ${formatNumber(years)}` };
}

/** N ≥ 20: first + extra × (N − 20); 15 ≤ N < 20: fewer (N the years of the working time, odd-months rule). */
function insuredTimeFactors(firstYears: string, firstMonths: string, extra: string, fewer: string, months: number): Factors {
  const years = monthsToAllowanceYears(months);
  if (years.lessThan(dec(firstYears))) return { multiplier: dec(fewer), text: formatFactor(fewer) };
  const beyond = years.minus(dec(firstYears));
  return { multiplier: dec(firstMonths).plus(dec(extra).times(beyond)), text: `(${formatFactor(firstMonths)} + ${formatFactor(extra)} × ${formatNumber(beyond)})` };
}

function itemsFor(ctx: CaseContext, age: AgeCandidate, S: Decimal): MoneyItem[] {
  if (age.monthsEarly < minMonths(ctx)) return [];
  const f = ctx.params.nd154Factors;
  const early = ctx.derive(earlyYearsFactors, f.perEarlyYearMonths.value, age.monthsEarly);
  const insured = ctx.derive(insuredTimeFactors, f.insuredFirstYears.value, f.insuredFirstYearsMonths.value, f.insuredExtraYearMonths.value, f.insuredFewerYearsMonths.value, workingMonths(ctx.case));
  return [
    salaryMultipleItem({ code: 'early-years-allowance', label: earlyYearsLabel, salary: S, multiplier: early.multiplier, factorsText: early.text, citation: f.perEarlyYearMonths.citation }),
    salaryMultipleItem({ code: 'insured-time-allowance', label: insuredTimeLabel, salary: S, multiplier: insured.multiplier, factorsText: insured.text, citation: f.insuredFirstYearsMonths.citation }),
  ];
}

/** The age that pays the most (ties: Annex I), its items, the flags and facts. */
function compute(ctx: CaseContext, facts: Facts): Outcome {
  const s = salary154(ctx);
  const S = s.ok ? s.value.amount : dec(0);
  const evaluated = inWindow(ctx).map((age) => {
    const items = itemsFor(ctx, age, S);
    return { age, items, total: sumOf(items) };
  });
  const chosen = evaluated.reduce((best, e) => (e.total.greaterThan(best.total) ? e : best));
  facts.ageTable = chosen.age.table;
  facts.ageTablePensionStart = formatMonth(chosen.age.pensionStart);
  facts.monthsEarly = chosen.age.monthsEarly;
  facts.yearsEarly = allowanceYearsNumber(chosen.age.monthsEarly);
  if (evaluated.length > 1) facts.alternativeAges = evaluated.map((e) => ({ table: e.age.table, monthsEarly: e.age.monthsEarly, total: toAmountString(e.total) }));
  if (chosen.age.monthsEarly < minMonths(ctx)) facts.underTwoYears = true;
  const flags = [notReduced, ...refundFlags(ctx, facts)];
  return eligibleOutcome('nd154/early-retirement', title, facts, chosen.items, flags, chosen.total);
}

/** The under-2-years warning (D54) and the refund warning (D57), for an eligible outcome. */
function warnings(ctx: CaseContext, o: Outcome): readonly Warning[] {
  if (!o.eligible) return [];
  const out: Warning[] = [];
  if (o.facts.underTwoYears === true) {
    out.push({
      code: 'nd154-under-2-years-text-not-seen',
      message: msg('nd154.warning.under-2-years-text-not-seen', { monthsEarly: o.facts.monthsEarly as number, minMonths: minMonths(ctx) }),
      citation: nd154Citations.earlyRetirement,
    });
  }
  return [...out, ...refundWarnings(ctx, o)];
}

export const declaration: PolicyDeclaration = {
  code: 'nd154/early-retirement',
  decree: 'nd154',
  article: '6',
  name: 'early-retirement',
  title,
  checks: [
    ...commonChecks154,
    { refusal: 'not-pension-eligible', check: pensionEligibleCheck },
    { refusal: 'too-early', check: tooEarlyCheck },
    { refusal: 'at-retirement-age', check: notAtAgeCheck },
    { refusal: 'working-time-under-15', check: workingTimeCheck },
  ],
  applies: (ctx) => decree154Assessed(ctx) && routeAsks(ctx, 'early-retirement'),
  startFacts: startFacts154,
  compute,
  warnings,
};
