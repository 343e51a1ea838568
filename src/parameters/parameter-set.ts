import { baseSalary } from './base-salary.js';
import type { DatedParameter } from './dated.js';
import { nd177Factors, type Nd177FactorName } from './nd177-factors.js';
import { nd179Rates, type Nd179Rates } from './nd179-rates.js';
import { stayingFactors, type StayingFactorName } from './nd178-staying-factors.js';
import { factors, type Factor, type FactorName } from './policy-factors.js';
import { annexIIQualifyingMonths, officerServiceCeilings, retirementAgeRoadmaps, type Annex, type AgeRoadmap, type Gender, type ServiceCeilings } from './retirement-age.js';

/**
 * Every parameter a computation reads, in one value. Policies receive it through the case context, so a
 * what-if run can replace a row without touching code, and the values used can be echoed.
 */
export interface ParameterSet {
  readonly factors: Readonly<Record<FactorName, Factor>>;
  readonly baseSalary: DatedParameter<string>;
  readonly officerServiceCeilings: DatedParameter<ServiceCeilings>;
  readonly retirementAgeRoadmaps: Readonly<Record<Annex, Readonly<Record<Gender, AgeRoadmap>>>>;
  readonly annexIIQualifyingMonths: { readonly value: number };
  /** Decree 177/2024 (Art 2–4); separate from the Decree 178 factors, whose 15-year allowance differs. */
  readonly nd177Factors: Readonly<Record<Nd177FactorName, Factor>>;
  /** Decree 178 Art 11–12 (leadership allowance kept, grassroots secondment). */
  readonly stayingFactors: Readonly<Record<StayingFactorName, Factor>>;
  /** Decree 179/2024 (talent): the allowance rates and age limits `assess179` and `schedule179` read. */
  readonly nd179Rates: Nd179Rates;
}

export const defaultParameters: ParameterSet = {
  factors,
  baseSalary,
  officerServiceCeilings,
  retirementAgeRoadmaps,
  annexIIQualifyingMonths,
  nd177Factors,
  stayingFactors,
  nd179Rates,
};
