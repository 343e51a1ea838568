import type { Text } from '../i18n/text.js';
import { parseParameterOverrides, type WhatIfParameters } from '../parameters/overrides.js';
import type { AssessOptions, ResolvedOptions } from '../model/options.js';
import type { FactValue } from '../model/types.js';
import { deepFreeze } from '../core/freeze.js';
import { parseIsoDate, type CalendarDate } from '../core/calendar.js';
import { msg } from '../locales/index.js';

// The option types are the model's (src/model/options.ts: the context carries the resolved options, and a policy
// reads them); their resolution, defaults and echo are the engine's, here.
export type { AssessOptions, LeaveBeforeRestructuring, ResolvedOptions, WindowAnniversary } from '../model/options.js';

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
  readonly messages: Text;
}

type Resolution = { ok: true; value: ResolvedOptions; defaulted: string[]; parameters?: WhatIfParameters } | { ok: false; issues: OptionIssue[] };

/** Checks the options object; unknown names and values are errors, like unknown input fields. */
export function resolveOptions(options: AssessOptions | undefined): Resolution {
  // No options at all (the common call): resolved once. Read only (never mutated by the engine).
  if (options === undefined) return noOptions;
  const key = contentKey(options);
  let known = key === null ? undefined : resolvedByContent.get(key);
  if (known === undefined) {
    const r = resolve(options);
    if (key === null || !r.ok) return r;
    if (resolvedByContent.size >= 256) resolvedByContent.clear();
    resolvedByContent.set(key, (known = deepFreeze(r)));
  }
  return known;
}

/**
 * Options given as the same names and values (a CLI run, an HR system passing `{ ruleset: "original" }` with every
 * case) resolve to the same answer: the engine keeps it, frozen and shared like the no-options one, with its echo,
 * so neither is made again for each case (they took about a quarter of a case's time, measured, docs/benchmarks.md).
 * Only plain objects of strings and booleans are kept, by their JSON text (names and values, in the order given; strings
 * escaped, so no value can spell out other options); a what-if (`parameters`) is resolved afresh each time.
 */
const resolvedByContent = new Map<string, Extract<Resolution, { ok: true }>>();

function contentKey(options: AssessOptions): string | null {
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return null;
  // Strings and booleans only (every option's values are; anything else is refused by `resolve`, never kept).
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined && (name === 'parameters' || (typeof value !== 'string' && typeof value !== 'boolean'))) return null;
  }
  return JSON.stringify(options);
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
    if (key === 'baseSalaryKnownThrough') {
      if (value !== undefined && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || parseIsoDate(value) === null)) {
        const m = msg('engine.options.expected-date');
        issues.push({ path: `options.${key}`, message: m.en, messages: m });
      }
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(allowed, key)) {
      const m = msg('engine.options.unknown-option', { path: `options.${key}` });
      issues.push({ path: `options.${key}`, message: m.en, messages: m });
    } else if (value !== undefined && !(allowed[key as keyof ResolvedOptions] as readonly unknown[]).includes(value)) {
      const list = (allowed[key as keyof ResolvedOptions] as readonly unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const m = msg('engine.options.expected-one-of', { path: `options.${key}`, list });
      issues.push({ path: `options.${key}`, message: m.en, messages: m });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const value = { ...defaultOptions } as Record<string, unknown>;
  const defaulted: string[] = [];
  for (const key of Object.keys(defaultOptions)) {
    if (given[key] === undefined) defaulted.push(key);
    else value[key] = given[key];
  }
  // Echoed when set (after the others), never listed as defaulted: the output of a case that does not pin the
  // base-salary table is unchanged.
  if (given.baseSalaryKnownThrough !== undefined) value.baseSalaryKnownThrough = given.baseSalaryKnownThrough;
  return { ok: true, value: value as unknown as ResolvedOptions, defaulted, ...(parameters?.ok ? { parameters: parameters.value } : {}) };
}

const noOptions = resolve(undefined) as Extract<Resolution, { ok: true }>;
let noOptionsEcho: Record<string, FactValue> | null = null;

export function echoOptions(value: ResolvedOptions, defaulted: readonly string[]): Record<string, FactValue> {
  // The echo of "no options", and of options the engine kept (`resolveOptions`), is the same for every assessment:
  // frozen and shared, like citations and labels (a kept resolution is frozen, so never changed after its echo).
  if (value === noOptions.value && defaulted === noOptions.defaulted) return (noOptionsEcho ??= deepFreeze(echo(value, defaulted)));
  if (!Object.isFrozen(defaulted)) return echo(value, defaulted);
  let known = echoByDefaulted.get(defaulted);
  if (known === undefined) echoByDefaulted.set(defaulted, (known = deepFreeze(echo(value, defaulted))));
  return known;
}

/** By the kept resolution's `defaulted` list: one per resolution, frozen with its values. */
const echoByDefaulted = new WeakMap<readonly string[], Record<string, FactValue>>();

function echo(value: ResolvedOptions, defaulted: readonly string[]): Record<string, FactValue> {
  const quiet = (key: string) => echoedWhenSet.has(key) && defaulted.includes(key);
  const shown: Record<string, FactValue> = {};
  for (const [key, v] of Object.entries(value)) if (!quiet(key)) shown[key] = v;
  return { ...shown, defaulted: defaulted.filter((key) => !quiet(key)) };
}
