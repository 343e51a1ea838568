/**
 * The option types: what a caller may pass and the options in force that a context carries (src/model/context.ts),
 * for `assess` (Decrees 177, 178 and 154: `AssessOptions`, `ResolvedOptions`) and for `assess179` / `schedule179`
 * (Decree 179: `Nd179Options`, `ResolvedNd179Options`). Types only: their defaults, checking and echo are the
 * engine's (src/engine/options.ts, src/engine/nd179/options.ts, which re-export these names).
 */
import type { CalendarDate } from '../core/calendar.js';
import type { ParameterOverrides, WhatIfParameters } from '../parameters/overrides.js';

/**
 * How the anniversary day of the 12-month window start is read (src/rules/window.ts; docs/decisions.md D1).
 * `inside` (default) [M]: the Civil Code 2015 counts a period from the day after its start (Art 147 cl. 2) and
 * ends a period of months at the end of the corresponding day (Art 148 cl. 3), and a person leaving on day D
 * stops work at the end of D − 1; so a leave date on the anniversary is still in the first 12 months.
 * `outside` treats it as the 13th month (`leaveDate < start + 12 months`).
 */
export type WindowAnniversary = 'outside' | 'inside';

export type LeaveBeforeRestructuring = 'first-12-months' | 'after-issue-only' | 'refuse';

/**
 * What the options of every entry share (`AssessOptions` of `assess`, `Nd179Options` of `assess179` and
 * `schedule179`): the what-if values, in one syntax checked by one module (src/parameters/overrides.ts,
 * `parseParameterOverrides`), echoed in the result's `options.parameters` with a `what-if-parameters` warning.
 * The rest of each family names the readings of its decrees, so the names differ; the engine resolves each family
 * (src/engine/options.ts, src/engine/nd179/options.ts). Resolved, `assess` keeps the checked what-if values beside
 * the options (`resolveOptions(...).parameters`), Decree 179 in them (`ResolvedNd179Options.parameters`).
 */
export interface EngineOptions {
  /** What-if values for parameters the law fixes, for this run only (src/parameters/overrides.ts). */
  readonly parameters?: ParameterOverrides;
  /**
   * The last day the base-salary table is taken as known, "YYYY-MM-DD" (default: the table's own horizon, the day
   * before the next 1 July after its last row, docs/decisions.md D24). A row from a later day is not read, and a
   * month after that day is beyond the horizon, as if the row were not yet decreed. For a result that must not move
   * when a new base salary is decreed: a golden case derived from the table as it stood, or an audit re-run as of a
   * date. Not a what-if: no value is invented. Echoed when set.
   */
  readonly baseSalaryKnownThrough?: string;
}

/**
 * Documented defaults a caller may override. Every option is echoed in the output, with the names of
 * those left at their default, so a result can be reproduced and defended.
 */
export interface AssessOptions extends EngineOptions {
  /**
   * `amended` (default): Decree 178 as amended by Decree 67/2025. `original`: the text of 31 Dec 2024, for top-up
   * comparisons. Sugar for a version date (`lawAsOf` below): the tables are dated series and a case reads the rows
   * of the law as it stood on that date (src/parameters/policy-factors.ts).
   */
  readonly ruleset?: 'amended' | 'original';
  /**
   * How a leave date on the anniversary of the window start is read: default `inside` (still in the first
   * 12 months, Civil Code 2015 Art 147 cl. 2 and Art 148 cl. 3) [M]; `outside` reads it as the 13th month.
   */
  readonly windowAnniversary?: WindowAnniversary;
  /** Apply the 12-month window to the under-2-years one-off pension of the armed forces (Circular 19/2025/TT-BQP) [M]; default true. */
  readonly u2WindowForArmedForces?: boolean;
  /** Refuse people the guidance excludes (pregnancy, maternity, child under 36 months unless volunteering; discipline…) [M]; default true. */
  readonly applyEligibilityFilter?: boolean;
  /** Which age the resignation articles' "2 years or more to retirement age" uses [L]: `annex-I` (default) or `lowest-applicable` (Annex II when qualified). */
  readonly resignationAge?: 'annex-I' | 'lowest-applicable';
  /** Drop allowances the law excludes from the salary instead of rejecting the case; default false. */
  readonly ignoreExcludedAllowances?: boolean;
  /** Pay Decree 177 Art 3 cl. 2 point k (0.5 month per insured year) inside nd177/art3: its trigger is unclear [L]; default false. */
  readonly nd177PointK?: boolean;
  /**
   * How the months from the congress to the retirement age are counted (Decree 177 Art 2 cl. 4 and cl. 6 b) [L]:
   * `month-index` (default: the congress month counts whole, common.md §1) or `complete-months` (only whole months
   * from the congress day to the end of the month in which the age is reached).
   */
  readonly congressMonthCount?: 'month-index' | 'complete-months';
  /** First month of the leadership allowance kept under Decree 178 Art 11 [L]: `change-month` (default) or `next-month`. */
  readonly art11StartMonth?: 'change-month' | 'next-month';
  /**
   * A leave date before the restructuring decision takes effect (Decree 178 Art 7, 9, 10; D11) [M]:
   * `first-12-months` (default: paid at the first-12-months rate, with a warning), `after-issue-only` (only
   * from the day the decision was signed, `restructuringIssuedDate`), or `refuse`.
   */
  readonly leaveBeforeRestructuring?: LeaveBeforeRestructuring;
  /**
   * Armed forces, band B (Art 7 cl. 2 b): cap the years early at 5 (60 months early), as the Defence forms'
   * validator does [L]; default false (Circular 19/2025/TT-BQP Art 5 cl. 2 as published has no cap, D29).
   */
  readonly armedForcesYearsEarlyCap?: boolean;
  /**
   * What-if values for parameters the law fixes, for this run only (src/parameters/overrides.ts):
   * `{ "severanceRateFirst12": "1.0", "baseSalary": { "2025-01-01": "2500000" } }`. Echoed in
   * `assessment.options.parameters`; every value and outcome they touch is marked as what-if.
   */
  readonly parameters?: ParameterOverrides;
}

export type ResolvedOptions = Required<Omit<AssessOptions, 'parameters' | 'baseSalaryKnownThrough'>> & {
  /** Checked ("YYYY-MM-DD", a real calendar date); absent when not given (the table's own horizon). */
  readonly baseSalaryKnownThrough?: string;
};

/**
 * The readings of Decree 179 that the rule book marks [M] or [L], as documented defaults a caller may
 * override (docs/decree-179.md, "Readings"). Every option in force is echoed in the output, with the names
 * of those left at their default.
 */
export interface Nd179Options extends EngineOptions {
  /** A month in which the entitlement starts or ends: `calendar-days` (default [L]) prorates by calendar days; `whole-months` pays the start month in full and the end month only when the period runs to its last day. */
  readonly proration?: 'calendar-days' | 'whole-months';
  /** A salary change during a month: `whole-month` (default [M]) applies it to the whole month in which it takes effect; `split-by-days` splits the month at the change. */
  readonly salaryChangeInMonth?: 'whole-month' | 'split-by-days';
  /** The 5 years of the graduate allowance: `from-decision-day` (default [L]) runs from the decision day to the day before its 5th anniversary; `civil-code` starts the next day and ends on the anniversary (Civil Code Art 147–148). */
  readonly fiveYearCount?: 'from-decision-day' | 'civil-code';
  /** "Within youth age 16–30" (Law on Youth Art 1): `until-31st-birthday` (default [L]) keeps a person aged 30 in completed years; `until-30th-birthday` ends on the 30th birthday. */
  readonly youthAge?: 'until-31st-birthday' | 'until-30th-birthday';
  /** Base of the G1 talent allowance: `including-allowances` (default [M]) or `coefficient-only`. */
  readonly talentAllowanceBase?: 'including-allowances' | 'coefficient-only';
  /** Base of the G2 graduate allowance: `coefficient-only` (default [M]: "salary by the current coefficient") or `including-allowances`. */
  readonly graduateAllowanceBase?: 'coefficient-only' | 'including-allowances';
  /** Graduates recruited before 2025 (under Decree 140/2017): `from-2025` (default [M]) pays Decree 179's 150% from 1 Jan 2025 to the end of their 5 years; `not-covered` refuses. */
  readonly decree140Transition?: 'from-2025' | 'not-covered';
  /** The usual probation pay rate that the 100% replaces (default "0.85" [M]). */
  readonly normalProbationRate?: string | number;
  /** Replaces the base-salary table: rows `{ from: "YYYY-MM-DD", amount }`, each in force until the next. */
  readonly baseSalary?: readonly { readonly from: string; readonly amount: string | number }[];
  /** Last day the base-salary table is taken as known (default: the day before the next 1 July after the built-in table's last row, "2027-06-30" [L]; none with `baseSalary`). */
  readonly baseSalaryKnownThrough?: string;
  /**
   * What-if values for parameters the law fixes, for this run only: the same syntax and module as
   * `assess` (src/parameters/overrides.ts), e.g. `{ "talentAllowanceRate": "2.0" }` or
   * `{ "baseSalary": { "2026-07-01": "2600000" } }`. Echoed in `options.parameters`, with a
   * `what-if-parameters` warning; the overridden values carry a what-if citation. `baseSalary` and
   * `normalProbationRate` above are the older way to give two of them (one of the two ways per value).
   */
  readonly parameters?: ParameterOverrides;
}

export interface ResolvedNd179Options {
  readonly proration: 'calendar-days' | 'whole-months';
  readonly salaryChangeInMonth: 'whole-month' | 'split-by-days';
  readonly fiveYearCount: 'from-decision-day' | 'civil-code';
  readonly youthAge: 'until-31st-birthday' | 'until-30th-birthday';
  readonly talentAllowanceBase: 'including-allowances' | 'coefficient-only';
  readonly graduateAllowanceBase: 'coefficient-only' | 'including-allowances';
  readonly decree140Transition: 'from-2025' | 'not-covered';
  readonly normalProbationRate: string | null;
  readonly baseSalary: readonly { readonly from: CalendarDate; readonly amount: string }[] | null;
  readonly baseSalaryKnownThrough: CalendarDate | null | 'default';
  /** The checked what-if values of `options.parameters`; null when none were given. */
  readonly parameters: WhatIfParameters | null;
}
