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
  /** The parts S shares with Decree 154's S, when S is composed from salary components; undefined for a monthly amount. */
  readonly core: SalaryCore | undefined;
}

/**
 * The parts of a salary composed from its components that Decree 178's S and Decree 154's S share (common.md §2,
 * src/rules/salary.ts; src/policies/nd154/common/salary.ts): the base salary of the month before leaving and, on it,
 * G (the coefficient salary), L (the leadership allowance), V (the over-frame seniority, on G + L) and R (the
 * reserved difference). The two differ only in the percents P applies to G + L + V. Composed once per case, frozen.
 */
export interface SalaryCore {
  readonly base: Decimal;
  /** The table's row of the base salary (its facts and warnings, frozen and shared), or undefined when the input gives the base salary. */
  readonly tabled: { readonly facts: Facts; readonly warnings: readonly Warning[] } | undefined;
  readonly G: Decimal;
  readonly L: Decimal;
  readonly V: Decimal;
  readonly R: Decimal;
  /** G + L + V: what the percents of P apply to. */
  readonly GLV: Decimal;
  /** G, L, V and R as exact strings (the facts `salaryParts` of both decrees show them). */
  readonly shown: { readonly G: string; readonly L: string; readonly V: string; readonly R: string };
}
