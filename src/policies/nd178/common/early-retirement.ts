import { formatMonth } from '../../../core/calendar.js';
import { deepFreeze } from '../../../core/freeze.js';
import { cite, DOC, type Citation } from '../../../core/citation.js';
import { dec, formatFactor, formatNumber, toAmountString, type Decimal } from '../../../core/money.js';
import { allowanceYearsNumber, monthsToAllowanceYears } from '../../../core/service-time.js';
import { type Text } from '../../../i18n/text.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import { eligibleOutcome, salaryMultipleItem, sumOf, type Factors, type MoneyItem } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome, Refusal } from '../../../model/types.js';
import { isArmedForces } from '../../../schema/enums.js';
import { addWindowFacts, type WindowResult } from '../../../rules/window.js';

/**
 * Decree 178 Art 7 cl. 2 bands (as amended), by months early T to the statutory age:
 * a) 24–60 to Annex I (A); b) 61–120 to Annex I (B); c) 24–60 to Annex II with 15 years of heavy work (C);
 * d/đ) under 24 to Annex I or II (U2). Art 7a and 7b pay the same cl. 2 items.
 */
export type BandCode = 'A' | 'B' | 'C' | 'U2';

export interface Band {
  readonly band: BandCode;
  readonly point: 'a' | 'b' | 'c' | 'd' | 'đ';
  readonly monthsEarly: number;
  readonly pensionStart: number;
  readonly ageTable: string;
}

const n = (f: { value: string }) => Number(f.value);

/** The band of Art 7 cl. 2 for T months early to the Annex I (or ceiling, or input) age, or to the Annex II age. */
function bandOf(ctx: CaseContext, T: number, annexII: boolean): { band: BandCode; point: Band['point'] } | null {
  const f = ctx.params.factors;
  const min = n(f.bandMinMonths), near = n(f.bandNearMaxMonths), far = n(f.bandFarMaxMonths);
  if (T >= 1 && T < min) return annexII ? U2_II : U2_I;
  if (T >= min && T <= near) return annexII ? C : A;
  if (!annexII && T > near && T <= far) return B;
  return null;
}
const [U2_I, U2_II, A, B, C] = [{ band: 'U2', point: 'd' }, { band: 'U2', point: 'đ' }, { band: 'A', point: 'a' }, { band: 'B', point: 'b' }, { band: 'C', point: 'c' }] as const;

export function bandCandidates(ctx: CaseContext): Band[] {
  const out: Band[] = [];
  if (ctx.pension.ok) {
    const { pensionStart, source } = ctx.pension.value;
    const b = bandOf(ctx, pensionStart - ctx.leaveMonth, false);
    if (b) out.push({ band: b.band, point: b.point, monthsEarly: pensionStart - ctx.leaveMonth, pensionStart, ageTable: source });
  }
  if (ctx.annexII?.ok) {
    const { pensionStart } = ctx.annexII.value;
    const b = bandOf(ctx, pensionStart - ctx.leaveMonth, true);
    if (b) out.push({ band: b.band, point: b.point, monthsEarly: pensionStart - ctx.leaveMonth, pensionStart, ageTable: 'annex-II' });
  }
  return out;
}

/** Whether any band applies (the `bands` condition), without building the candidates. */
function anyBand(ctx: CaseContext): boolean {
  return (ctx.pension.ok && bandOf(ctx, ctx.pension.value.pensionStart - ctx.leaveMonth, false) !== null) ||
    (ctx.annexII?.ok === true && bandOf(ctx, ctx.annexII.value.pensionStart - ctx.leaveMonth, true) !== null);
}

/** Art 7 cl. 2 by point, as amended by 67/2025 and as first issued. */
const clause2Citation = (point: Band['point'], note?: string): Citation => cite(DOC.nd178, '7', '2', point, note ? { note } : undefined);
const cl2Amended: Record<Band['point'], Citation> = {
  a: clause2Citation('a', 'as amended by 67/2025/NĐ-CP'), b: clause2Citation('b', 'as amended by 67/2025/NĐ-CP'),
  c: clause2Citation('c', 'as amended by 67/2025/NĐ-CP'), d: clause2Citation('d', 'as amended by 67/2025/NĐ-CP'),
  đ: clause2Citation('đ', 'as amended by 67/2025/NĐ-CP'),
};

/** Labels shared by every case (texts are immutable). */
export const earlyYearsLabel = msg('nd178.early-retirement.early-years-label');
export const insuredTimeLabel = msg('nd178.early-retirement.insured-time-label');
const noReductionLabel = msg('nd178.early-retirement.no-reduction-label');
const honourLabel = msg('nd178.early-retirement.honour-label');

/** perYear × years early (item ii). */
function perYearFactors(perYear: string, months: number): Factors {
  const years = monthsToAllowanceYears(months);
  return { multiplier: dec(perYear).times(years), text: `${formatFactor(perYear)} × ${formatNumber(years)}` };
}

/** (baseMonths + per × (N − baseYears)), N the allowance years of the insured months, never below baseMonths (item iii). */
function insuredTimeFactors(baseMonths: string, baseYears: string, per: string, insuredMonths: number): Factors {
  const extraYears = nonNegative(monthsToAllowanceYears(insuredMonths).minus(baseYears));
  return {
    multiplier: dec(baseMonths).plus(dec(per).times(extraYears)),
    text: `(${formatFactor(baseMonths)} + ${formatFactor(per)} × ${formatNumber(extraYears)})`,
  };
}

/**
 * The months the years early are counted from: all of them (Decree 178 Art 7 cl. 2; Circular 01/2025 Art 3 cl. 3–4;
 * Circular 19/2025/TT-BQP Art 5 cl. 2 as published), or, for the armed forces in band B with
 * `armedForcesYearsEarlyCap`, at most 60 (docs/decisions.md D29).
 */
export function yearsEarlyMonths(ctx: CaseContext, band: Band): number {
  if (band.band !== 'B' || !ctx.options.armedForcesYearsEarlyCap || !isArmedForces(ctx.case.staffType)) return band.monthsEarly;
  return Math.min(band.monthsEarly, Number(ctx.params.factors.armedForcesYearsEarlyMaxMonths.value));
}

/** Items (ii) per year early and (iii) insured time of Art 7 cl. 2; band U2 has neither. */
export function clause2Items(ctx: CaseContext, band: Band, S: Decimal): MoneyItem[] {
  if (band.band === 'U2') return [];
  // Art 7 cl. 2 as amended by 67/2025 (a dated row: not in force under `ruleset: "original"`).
  const amended = ctx.params.provisions.nd178Art7Clause2Amended.value;
  const citation = amended ? cl2Amended[band.point] : clause2Citation(band.point);
  const perYear = band.band === 'B' ? ctx.params.factors.perYearEarlyFar : ctx.params.factors.perYearEarlyNear;
  const months = yearsEarlyMonths(ctx, band);
  const early = ctx.derive(perYearFactors, perYear.value, months);
  const perYearItem = salaryMultipleItem({
    code: 'early-years-allowance',
    label: earlyYearsLabel,
    salary: S,
    multiplier: early.multiplier,
    factorsText: early.text,
    citation,
  });
  // 15-year regime only under the amended text, and only for pensions starting on or after 1 Jul 2025.
  const fifteen = amended && ctx.regime === '15-year';
  const baseMonths = fifteen ? ctx.params.factors.insured15BaseMonths : ctx.params.factors.insured20BaseMonths;
  const baseYears = fifteen ? ctx.params.factors.insured15BaseYears : ctx.params.factors.insured20BaseYears;
  const per = ctx.params.factors.insuredPerExtraYear;
  const insured = ctx.derive(insuredTimeFactors, baseMonths.value, baseYears.value, per.value, ctx.case.insuredMonths);
  const insuredItem = salaryMultipleItem({
    code: 'insured-time-allowance',
    label: insuredTimeLabel,
    salary: S,
    multiplier: insured.multiplier,
    factorsText: insured.text,
    citation: fifteen ? baseMonths.citation : citation,
  });
  return [perYearItem, insuredItem];
}

function nonNegative(d: Decimal): Decimal {
  return d.isNegative() ? dec(0) : d;
}

/** The rights of Art 7 cl. 2–3 for the band's point: the same for every case, so frozen and shared. */
export const clause2Flags = (band: Band): readonly Flag[] => clause2FlagsByPoint[band.point];

const clause2FlagsOf = (point: Band['point']): readonly Flag[] => deepFreeze([
  {
    code: 'no-pension-reduction',
    label: noReductionLabel,
    citation: cite(DOC.nd178, '7', '2', point),
  },
  {
    code: 'contribution-honour',
    label: honourLabel,
    citation: cite(DOC.nd178, '7', '3'),
  },
]);
const clause2FlagsByPoint: Record<Band['point'], readonly Flag[]> = {
  a: clause2FlagsOf('a'), b: clause2FlagsOf('b'), c: clause2FlagsOf('c'), d: clause2FlagsOf('d'), đ: clause2FlagsOf('đ'),
};

/** Adds the chosen band to the outcome's facts. */
export function addBandFacts(facts: Facts, band: Band, ctx: CaseContext): void {
  facts.band = band.band;
  facts.bandPoint = band.point;
  facts.ageTable = band.ageTable;
  facts.bandPensionStart = formatMonth(band.pensionStart);
  facts.monthsEarly = band.monthsEarly;
  const counted = yearsEarlyMonths(ctx, band);
  facts.yearsEarly = allowanceYearsNumber(counted);
  if (counted !== band.monthsEarly) facts.yearsEarlyCappedAtMonths = counted;
}

/** What Art 7, 7a and 7b compute differently once their conditions held (their checks are declared, in order). */
export interface EarlyRetirementSpec {
  readonly policy: string;
  readonly title: Text;
  /** The one-off pension for the months early (cl. 1, Art 7a, Art 7b), with the window and any other facts it used. */
  readonly oneOff: (ctx: CaseContext, band: Band, S: Decimal) => OneOff;
}

export interface OneOff {
  readonly item: MoneyItem;
  /** The 12-month window the one-off counted from, if any (its facts: window, windowStart, windowEnd). */
  readonly window: WindowResult | null;
  /** Facts after the window's. */
  readonly facts?: Facts;
}

/** A pension must be allowed by the insured years under the SI law at the leave date (common.md §6). */
function pensionRefusal(ctx: CaseContext): Refusal {
  const required = ctx.regime === '20-year' ? ctx.params.factors.pensionYears2014 : ctx.params.factors.pensionYears2024;
  return {
    code: 'not-pension-eligible',
    message: msg('nd178.early-retirement.refusal.not-pension-eligible', { requiredYears: required.value, insuredMonths: ctx.case.insuredMonths }),
    citation: required.citation,
  };
}

/*
 * The checks Art 7, 7a and 7b declare after their own (conditions.ts: `earlyRetirementChecks`). The
 * common ones ran first, so the statutory pension month is known here.
 */

/** T, the months from the leave month to the statutory pension month, must be at least 1 (added to the facts). */
export function earlyCheck(ctx: CaseContext, facts: Facts): Refusal | null {
  const pension = ctx.pension.ok ? ctx.pension.value : null;
  const T = pension ? pension.pensionStart - ctx.leaveMonth : 0;
  facts.monthsEarly = T;
  if (T > 0) return null;
  const [leave, start] = [formatMonth(ctx.leaveMonth), formatMonth(pension!.pensionStart)];
  return {
    code: 'not-early',
    message: msg('nd178.early-retirement.refusal.not-early', { leave, start }),
    citation: cite(DOC.tt01, '3', '3'),
  };
}

export function pensionEligibleCheck(ctx: CaseContext): Refusal | null {
  return ctx.pensionEligible ? null : pensionRefusal(ctx);
}

export function bandCheck(ctx: CaseContext): Refusal | null {
  if (anyBand(ctx)) return null;
  const T = ctx.pension.ok ? ctx.pension.value.pensionStart - ctx.leaveMonth : 0;
  return {
    code: 'too-early',
    message: msg('nd178.early-retirement.refusal.too-early', { T }),
    citation: ctx.params.factors.bandFarMaxMonths.citation,
  };
}

/** The items of the band that pays the most (Decree 178 Art 3), once every declared condition held. */
export function computeEarlyRetirement(ctx: CaseContext, facts: Facts, spec: EarlyRetirementSpec): Outcome {
  const candidates = bandCandidates(ctx);
  const S = ctx.salary.ok ? ctx.salary.value.amount : dec(0);
  const evaluated = candidates.map((band) => {
    const oneOff = spec.oneOff(ctx, band, S);
    const items = [oneOff.item, ...clause2Items(ctx, band, S)];
    return { band, items, total: sumOf(items), oneOff };
  });
  evaluated.sort((x, y) => y.total.comparedTo(x.total));
  const chosen = evaluated[0]!;
  addBandFacts(facts, chosen.band, ctx);
  if (chosen.oneOff.window) addWindowFacts(facts, chosen.oneOff.window);
  if (chosen.oneOff.facts) Object.assign(facts, chosen.oneOff.facts);
  if (evaluated.length > 1) {
    facts.alternativeBands = evaluated.map((e) => ({ band: e.band.band, monthsEarly: e.band.monthsEarly, total: toAmountString(e.total) }));
    facts.bandChoice = 'highest total (Decree 178 Art 3: only the highest regime is paid)';
  }
  return eligibleOutcome(spec.policy, spec.title, facts, chosen.items, clause2Flags(chosen.band), chosen.total);
}
