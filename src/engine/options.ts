import type { WindowAnniversary } from '../rules/window.js';
import type { Text } from '../i18n/text.js';
import { parseParameterOverrides, type ParameterOverrides, type WhatIfParameters } from '../parameters/overrides.js';
import type { FactValue } from '../model/types.js';
import { deepFreeze } from '../core/freeze.js';
import type { CalendarDate } from '../core/calendar.js';
import { msg } from '../locales/index.js';

/**
 * Documented defaults a caller may override. Every option is echoed in the output, with the names of
 * those left at their default, so a result can be reproduced and defended.
 */
export interface AssessOptions {
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

/**
 * The version date of each ruleset: the day whose law a case reads (rows read by version date, src/parameters/dated.ts).
 * `amended`: null, the law in force now (Decree 67/2025 applies to every case of the regime, from 1 Jan 2025).
 * `original`: 14 Mar 2025, the last day of the text of 31 Dec 2024 before Decree 67/2025 took effect on 15 Mar 2025
 * (the decree itself only took effect on 1 Jan 2025, so 31 Dec 2024 would find none of its rows; any day from
 * 1 Jan to 14 Mar 2025 reads the same rows).
 */
const RULESET_LAW_AS_OF: Readonly<Record<ResolvedOptions['ruleset'], CalendarDate | null>> = {
  amended: null,
  original: { year: 2025, month: 3, day: 14 },
};

/** The version date of the options (null: the law in force now). */
export const lawAsOf = (options: ResolvedOptions): CalendarDate | null => RULESET_LAW_AS_OF[options.ruleset];

export type LeaveBeforeRestructuring = 'first-12-months' | 'after-issue-only' | 'refuse';

export type ResolvedOptions = Required<Omit<AssessOptions, 'parameters'>>;

export const defaultOptions: ResolvedOptions = {
  ruleset: 'amended',
  windowAnniversary: 'inside',
  u2WindowForArmedForces: true,
  applyEligibilityFilter: true,
  resignationAge: 'annex-I',
  ignoreExcludedAllowances: false,
  nd177PointK: false,
  congressMonthCount: 'month-index',
  art11StartMonth: 'change-month',
  leaveBeforeRestructuring: 'first-12-months',
  armedForcesYearsEarlyCap: false,
};

/**
 * Options added after schema 1.0.0 for Decree 177 and Decree 178 Art 11: echoed when the caller sets them, so the
 * output of a case that never uses them is unchanged; the outcomes that use them record the reading in their facts.
 * The options of issue #12 (`leaveBeforeRestructuring`, `armedForcesYearsEarlyCap`) are always echoed: they
 * decide Art 7, 9 and 10 amounts of ordinary cases, and the echo of every case changed anyway with the new
 * default of `windowAnniversary` (docs/decisions.md D1, D11).
 */
const echoedWhenSet: ReadonlySet<string> = new Set(['nd177PointK', 'congressMonthCount', 'art11StartMonth']);

const allowed: { [K in keyof ResolvedOptions]: readonly ResolvedOptions[K][] } = {
  ruleset: ['amended', 'original'],
  windowAnniversary: ['inside', 'outside'],
  u2WindowForArmedForces: [true, false],
  applyEligibilityFilter: [true, false],
  resignationAge: ['annex-I', 'lowest-applicable'],
  ignoreExcludedAllowances: [true, false],
  nd177PointK: [true, false],
  congressMonthCount: ['month-index', 'complete-months'],
  art11StartMonth: ['change-month', 'next-month'],
  leaveBeforeRestructuring: ['first-12-months', 'after-issue-only', 'refuse'],
  armedForcesYearsEarlyCap: [true, false],
};

export interface OptionIssue {
  readonly path: string;
  readonly message: string;
  readonly messages?: Text;
}

type Resolution = { ok: true; value: ResolvedOptions; defaulted: string[]; parameters?: WhatIfParameters } | { ok: false; issues: OptionIssue[] };

/** Checks the options object; unknown names and values are errors, like unknown input fields. */
export function resolveOptions(options: AssessOptions | undefined): Resolution {
  // No options at all (the common call): resolved once. Read only (never mutated by the engine).
  if (options === undefined) return noOptions;
  return resolve(options);
}

function resolve(options: AssessOptions | undefined): Resolution {
  // A plain options object, or nothing: anything else (a string, an array, a typed array) is one issue, not one per element.
  const proto = options !== null && typeof options === 'object' ? Object.getPrototypeOf(options) : undefined;
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options) || (proto !== Object.prototype && proto !== null))) {
    return { ok: false, issues: [{ path: 'options', message: 'options: expected an options object', messages: msg('engine.options.not-an-object') }] };
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const issues: OptionIssue[] = [];
  // What-if parameter overrides are checked by their own module (src/parameters/overrides.ts).
  const parameters = given.parameters === undefined ? undefined : parseParameterOverrides(given.parameters);
  if (parameters && !parameters.ok) issues.push(...parameters.issues);
  for (const [key, value] of Object.entries(given)) {
    if (key === 'parameters') continue;
    if (!Object.prototype.hasOwnProperty.call(allowed, key)) {
      issues.push({ path: `options.${key}`, message: `options.${key}: unknown option` });
    } else if (value !== undefined && !(allowed[key as keyof ResolvedOptions] as readonly unknown[]).includes(value)) {
      const list = (allowed[key as keyof ResolvedOptions] as readonly unknown[]).map((v) => JSON.stringify(v)).join(', ');
      issues.push({ path: `options.${key}`, message: `options.${key}: expected one of ${list}` });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const value = { ...defaultOptions } as Record<string, unknown>;
  const defaulted: string[] = [];
  for (const key of Object.keys(defaultOptions)) {
    if (given[key] === undefined) defaulted.push(key);
    else value[key] = given[key];
  }
  return { ok: true, value: value as unknown as ResolvedOptions, defaulted, ...(parameters?.ok ? { parameters: parameters.value } : {}) };
}

const noOptions = resolve(undefined) as Extract<Resolution, { ok: true }>;
let noOptionsEcho: Record<string, FactValue> | null = null;

export function echoOptions(value: ResolvedOptions, defaulted: readonly string[]): Record<string, FactValue> {
  // The echo of "no options" is the same for every assessment: frozen and shared, like citations and labels.
  if (value === noOptions.value && defaulted === noOptions.defaulted) return (noOptionsEcho ??= deepFreeze(echo(value, defaulted)));
  return echo(value, defaulted);
}

function echo(value: ResolvedOptions, defaulted: readonly string[]): Record<string, FactValue> {
  const quiet = (key: string) => echoedWhenSet.has(key) && defaulted.includes(key);
  const shown: Record<string, FactValue> = {};
  for (const [key, v] of Object.entries(value)) if (!quiet(key)) shown[key] = v;
  return { ...shown, defaulted: defaulted.filter((key) => !quiet(key)) };
}
