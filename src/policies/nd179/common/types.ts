import type { Citation } from '../../../core/citation.js';
import type { Text } from '../../../i18n/text.js';
import type { Facts, FactValue, Flag, Outcome, Refusal, Warning } from '../../../model/types.js';
import type { Nd179Group } from '../../../schema/nd179.js';

/** Where a salary comes from, with the figures shown beside it (a schedule segment, the salary on a day). */
export interface SalaryFigures {
  readonly source: 'coefficient' | 'amount' | 'contract';
  readonly coefficient?: string;
  readonly allowancesCoefficient?: string;
  readonly baseSalary?: string;
  readonly baseSalaryCitation?: Citation;
  readonly salaryAmount?: string;
  readonly allowancesAmount?: string;
  /** The `from` of the salary change in force, when the salary comes from `salaryHistory`. */
  readonly salaryFrom?: string;
}

/** Part of a month with one salary: one segment per month unless `salaryChangeInMonth: "split-by-days"`. */
export interface ScheduleSegment extends SalaryFigures {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** The monthly salary the rate multiplies, exact ("5475600", "5475600.5"). */
  readonly salary: string;
}

/** One month of an allowance: its amount (integer VND string, rounded once), formula and citation, or a refusal. */
export interface ScheduleRow {
  readonly month: string;
  readonly label: Text;
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly daysInMonth: number;
  /** "1" for a whole month, else "days/daysInMonth" ("20/31"). */
  readonly fraction: string;
  readonly segments: readonly ScheduleSegment[];
  readonly rate: string;
  /** Integer VND as a decimal string; null when the month is refused. */
  readonly amount: string | null;
  readonly formula: string;
  readonly citation: Citation;
  readonly refusal?: Refusal;
  /** Probation only: the full (100%) and the usual probation pay of the month, each rounded once. */
  readonly fullSalary?: string;
  readonly usualProbationSalary?: string;
}

/** Whether an amount belongs to the compulsory social, health and unemployment insurance contribution base. */
export interface InsuranceBaseNote {
  /** false: the decree keeps the allowance out; null: Decree 179 does not say (salary, contract pay). */
  readonly inContributionBase: false | null;
  readonly schemes: readonly ('social' | 'health' | 'unemployment')[];
  readonly label: Text;
  readonly citation?: Citation;
}

export interface AllowanceSchedule {
  readonly policy: string;
  readonly title: Text;
  readonly eligible: boolean;
  /** Why there is no amount: the first refusal (all of them are in `refusals`). */
  readonly refusal?: Refusal;
  readonly refusals: readonly Refusal[];
  /** The days owed (end null when open), as cut by the decree's entry into force and `stopDate`. */
  readonly entitlement: { readonly start: string | null; readonly end: string | null };
  /** The requested range cut to the entitlement; null when they do not meet. */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly rows: readonly ScheduleRow[];
  readonly months: number;
  readonly fullMonths: number;
  /** Sum of the rows' amounts (integer VND string); refused months add nothing, see `complete`. */
  readonly total: string;
  /** Probation only: sum of the full pay of the rows. */
  readonly totalFullSalary?: string;
  /** False when at least one month in the period is refused (e.g. no base salary known for it). */
  readonly complete: boolean;
  readonly insurance: InsuranceBaseNote;
  readonly citation: Citation;
  readonly facts: Facts;
}

export interface Eligibility179 {
  readonly group: Nd179Group;
  readonly groupTitle: Text;
  /** The group's criteria (Art 5) are met; each allowance may add its own conditions. */
  readonly eligible: boolean;
  readonly refusals: readonly Refusal[];
  readonly facts: Facts;
}

export interface Schedule179 {
  readonly id: string;
  readonly schemaVersion: string;
  readonly rulesetVersion: string;
  readonly options: Record<string, FactValue>;
  readonly requested: { readonly from: string; readonly to: string };
  readonly eligibility: Eligibility179;
  readonly warnings: readonly Warning[];
  readonly schedules: readonly AllowanceSchedule[];
  /**
   * The same schedules in the engine's one result type: per allowance, in the same order, an `Outcome` whose items
   * are the months paid, each with its `period` (code `month-YYYY-MM`), and whose total is the schedule's
   * (src/engine/nd179/schedule-outcome.ts). What reads `assess` outcomes reads these.
   */
  readonly outcomes: readonly Outcome[];
  readonly flags: readonly Flag[];
}

export interface Assessment179 {
  readonly id: string;
  readonly schemaVersion: string;
  readonly rulesetVersion: string;
  readonly options: Record<string, FactValue>;
  /** The day whose monthly amounts the outcomes show. */
  readonly at: string;
  readonly eligibility: Eligibility179;
  readonly warnings: readonly Warning[];
  /** One outcome per allowance of the group: the full monthly amount in force on `at`, or a refusal. */
  readonly outcomes: readonly Outcome[];
  /** Non-monetary rights of the group, with citations and no amounts. */
  readonly flags: readonly Flag[];
}
