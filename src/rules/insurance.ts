import { compareDates, parseIsoDate, type CalendarDate } from '../core/calendar.js';
import type { Decimal } from '../core/money.js';
import { monthsToAllowanceYears } from '../core/service-time.js';
import { keyDates } from '../parameters/key-dates.js';
import type { Factor } from '../parameters/policy-factors.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import type { InsuranceRegime } from '../model/derived.js';

/** The Social Insurance Law in force at the leave date decides the years a pension needs (common.md §6): a type of the model, which the context carries. */
export type { InsuranceRegime } from '../model/derived.js';

const siLaw2024InForce = parseIsoDate(keyDates.siLaw2024InForce.date)!;

export function insuranceRegime(leaveDate: CalendarDate): InsuranceRegime {
  return compareDates(leaveDate, siLaw2024InForce) < 0 ? '20-year' : '15-year';
}

export function pensionYearsRequired(regime: InsuranceRegime, params: ParameterSet): Factor {
  return regime === '20-year' ? params.factors.pensionYears2014 : params.factors.pensionYears2024;
}

/** Pension eligibility by insured months under the regime, unless the input states it (`pensionEligible`). */
export function isPensionEligible(insuredMonths: number, regime: InsuranceRegime, override: boolean | undefined, params: ParameterSet): boolean {
  if (override !== undefined) return override;
  return insuredMonths >= Number(pensionYearsRequired(regime, params).value) * 12;
}

export function insuredYears(insuredMonths: number): Decimal {
  return monthsToAllowanceYears(insuredMonths);
}

/** Severance months (Decree 178 Art 5 cl. 2): the actual months, or 60 when they reach 5 years. */
export function severanceMonths(publicSectorInsuredMonths: number, params: ParameterSet): number {
  const cap = Number(params.factors.severanceMaxMonths.value);
  return Math.min(publicSectorInsuredMonths, cap);
}

