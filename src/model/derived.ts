import type { MonthIndex } from '../core/calendar.js';
import type { Citation } from '../core/citation.js';
import type { Decimal } from '../core/money.js';
import type { Facts, Refusal, Warning } from './types.js';

/** A derived quantity, or the refusal that explains why it cannot be derived. */
export type Derived<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

export const derived = <T>(value: T): Derived<T> => ({ ok: true, value });
export const refused = (refusal: Refusal): Derived<never> => ({ ok: false, refusal });

// The values the case context carries (src/model/context.ts), derived by src/rules/ and re-exported there.

/** The Social Insurance Law in force at the leave date decides the years a pension needs (common.md §6; src/rules/insurance.ts). */
export type InsuranceRegime = '20-year' | '15-year';

/** The statutory age and the first month of pension: the month after the month in which the age is reached (src/rules/retirement-age.ts). */
export interface PensionStart {
  readonly ageMonths: number;
  readonly pensionStart: MonthIndex;
  readonly source: 'annex-I' | 'annex-II' | 'officer-ceiling' | 'input';
  readonly citation: Citation;
}

/** The salary S of the month before leaving, with its facts and warnings (src/rules/salary.ts). */
export interface MonthlySalary {
  /** S, exact (never rounded: amounts are rounded once, per item). */
  readonly amount: Decimal;
  readonly facts: Facts;
  readonly warnings: readonly Warning[];
}
