import { parseIsoDate, type CalendarDate } from '../core/calendar.js';
import { baseSalary } from './base-salary.js';
import type { Series } from './dated.js';
import { nd177FactorSeries, type Nd177FactorName } from './nd177-factors.js';
import { nd154FactorSeries, type Nd154FactorName } from './nd154.js';
import { nd179RateSeries, type Nd179Rates } from './nd179-rates.js';
import { stayingFactorSeries, type StayingFactorName } from './nd178-staying-factors.js';
import { factorSeries, type FactorName } from './policy-factors.js';
import { provisionSeries, type ProvisionName } from './provisions.js';
import { annexIIQualifyingMonths, officerServiceCeilings, retirementAgeRoadmaps, type Annex, type AgeRoadmap, type Gender, type ServiceCeilings } from './retirement-age.js';
import { resolveRecord, type Factor } from './series.js';
import type { Citation } from '../core/citation.js';

export type { Factor } from './series.js';

/** Whether a provision is in force for the case, and the row that says so. */
export interface Provision {
  readonly value: boolean;
  readonly citation: Citation;
}

/**
 * The law's tables: every number a dated, cited series (src/parameters/dated.ts). A new base salary, or an
 * amendment of a rate from a date, is one row here. The engine reads them for each case at its version date
 * and leave date (`resolveParameters`), once per distinct reading (src/engine/context.ts).
 */
export interface ParameterTables {
  readonly factors: Readonly<Record<FactorName, Series<string>>>;
  readonly baseSalary: Series<string>;
  readonly officerServiceCeilings: Series<ServiceCeilings>;
  readonly retirementAgeRoadmaps: Readonly<Record<Annex, Readonly<Record<Gender, AgeRoadmap>>>>;
  readonly annexIIQualifyingMonths: { readonly value: number };
  readonly nd177Factors: Readonly<Record<Nd177FactorName, Series<string>>>;
  readonly stayingFactors: Readonly<Record<StayingFactorName, Series<string>>>;
  readonly provisions: Readonly<Record<ProvisionName, Series<boolean>>>;
  readonly nd154Factors: Readonly<Record<Nd154FactorName, Series<string>>>;
  readonly nd179Rates: typeof nd179RateSeries;
}

/**
 * Every parameter a computation reads, as one case reads it: each factor is the row of its series that applies
 * (`{ value, citation }`); dated tables read by day or month (base salary, officers' ceilings) stay whole. Policies
 * receive it through the case context, so a what-if run can replace a row without touching code. A number Decree
 * 67/2025 added (its series starts on 15 Mar 2025) is absent when the version date is earlier (`ruleset:
 * "original"`); policies read it only under the provision that holds it, itself a dated row (`provisions`).
 */
export interface ParameterSet {
  readonly factors: Readonly<Record<FactorName, Factor>>;
  readonly baseSalary: Series<string>;
  readonly officerServiceCeilings: Series<ServiceCeilings>;
  readonly retirementAgeRoadmaps: Readonly<Record<Annex, Readonly<Record<Gender, AgeRoadmap>>>>;
  readonly annexIIQualifyingMonths: { readonly value: number };
  /** Decree 177/2024 (Art 2–4); separate from the Decree 178 factors, whose 15-year allowance differs. */
  readonly nd177Factors: Readonly<Record<Nd177FactorName, Factor>>;
  /** Decree 178 Art 11–12 (leadership allowance kept, grassroots secondment). */
  readonly stayingFactors: Readonly<Record<StayingFactorName, Factor>>;
  /** Provisions of Decree 178 in force or not (Art 7a, 7b, Art 7 cl. 2 as amended). */
  readonly provisions: Readonly<Record<ProvisionName, Provision>>;
  /** Decree 154/2025 (staff streamlining, Art 6 and 8): absent under a version date before 16 Jun 2025. */
  readonly nd154Factors: Readonly<Record<Nd154FactorName, Factor>>;
  /** Decree 179/2024 (talent): the allowance rates and age limits `assess179` and `schedule179` read. */
  readonly nd179Rates: Nd179Rates;
}

export const lawTables: ParameterTables = {
  factors: factorSeries,
  baseSalary,
  officerServiceCeilings,
  retirementAgeRoadmaps,
  annexIIQualifyingMonths,
  nd177Factors: nd177FactorSeries,
  stayingFactors: stayingFactorSeries,
  provisions: provisionSeries,
  nd154Factors: nd154FactorSeries,
  nd179Rates: nd179RateSeries,
};

/** The records of `ParameterTables` that are series records, resolved row by row. */
export const SERIES_RECORDS = ['factors', 'nd177Factors', 'stayingFactors', 'provisions', 'nd154Factors', 'nd179Rates'] as const;

/**
 * Where a parameter set comes from: the tables it was read from, and for a what-if run the view that records what
 * each policy reads (src/parameters/overrides.ts). The engine reads the tables again for each case's version and
 * leave dates (src/engine/context.ts); the rule book finds the rows of a factor here.
 */
export interface ParameterSource {
  readonly tables: ParameterTables;
  readonly view?: (set: ParameterSet) => ParameterSet;
}

const sources = new WeakMap<ParameterSet, ParameterSource>();

/**
 * The parameter set a case reads: `lawAsOf` the version date (null: the law in force now), `leaveDate` the case's
 * (null: every row read by leave date applies; for the rule book and other case-less readers).
 */
export function resolveParameters(tables: ParameterTables, lawAsOf: CalendarDate | null, leaveDate: CalendarDate | null): ParameterSet {
  const set: ParameterSet = {
    factors: resolveRecord(tables.factors, lawAsOf, leaveDate),
    baseSalary: tables.baseSalary,
    officerServiceCeilings: tables.officerServiceCeilings,
    retirementAgeRoadmaps: tables.retirementAgeRoadmaps,
    annexIIQualifyingMonths: tables.annexIIQualifyingMonths,
    nd177Factors: resolveRecord(tables.nd177Factors, lawAsOf, leaveDate),
    stayingFactors: resolveRecord(tables.stayingFactors, lawAsOf, leaveDate),
    provisions: resolveRecord(tables.provisions, lawAsOf, leaveDate),
    nd154Factors: resolveRecord(tables.nd154Factors, lawAsOf, leaveDate),
    nd179Rates: resolveRecord(tables.nd179Rates, lawAsOf, leaveDate) as Nd179Rates,
  };
  sources.set(set, { tables });
  return set;
}

/** The source of a set (null for a set built otherwise, e.g. by hand in a test: then it is read as it is). */
export function sourceOf(set: ParameterSet): ParameterSource | null {
  return sources.get(set) ?? null;
}

export function registerSource(set: ParameterSet, source: ParameterSource): void {
  sources.set(set, source);
}

/**
 * The leave dates at which a case's reading of the tables changes: the `from` of every row read by leave date.
 * Two cases with the same version date and the same count of these dates on or before their leave dates read
 * the same rows (the engine's memo key).
 */
export function leaveDateBreaks(tables: ParameterTables): CalendarDate[] {
  const out = new Map<string, CalendarDate>();
  for (const key of SERIES_RECORDS) {
    for (const series of Object.values(tables[key]) as Series<unknown>[]) {
      for (const r of series.rows) if (r.readBy === 'leave-date') out.set(r.from, parseIsoDate(r.from)!);
    }
  }
  return [...out.keys()].sort().map((k) => out.get(k)!);
}

/** The law in force now, for readers without a case (rule book, spreadsheet metadata). */
export const defaultParameters: ParameterSet = resolveParameters(lawTables, null, null);
