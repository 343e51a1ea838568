/**
 * The options of `assess179` and `schedule179`: their checking and defaults (`resolveNd179Options`), their echo
 * (`echoNd179Options`) and the guarded entry that reads case and options once (`guardedNd179Call`). The engine's
 * job, as src/engine/options.ts is for `assess`; the option types are the model's (src/model/options.ts).
 */
import { msg } from '../../locales/index.js';
import { compareDates, formatDate as fmt, parseIsoDate, type CalendarDate } from '../../core/calendar.js';
import type { Text } from '../../i18n/text.js';
import type { FactValue } from '../../model/types.js';
import { nd179Issue } from '../../schema/nd179.js';
import type { ValidationIssue } from '../../schema/validate.js';
import { InvalidInputError } from '../../model/errors.js';
import { issue, show } from '../../schema/issues.js';
import { readPlain } from '../../schema/plain-data.js';
import { parseParameterOverrides, type WhatIfParameters } from '../../parameters/overrides.js';
import type { ResolvedNd179Options } from '../../model/options.js';

export type { Nd179Options, ResolvedNd179Options } from '../../model/options.js';

const choices = {
  proration: ['calendar-days', 'whole-months'],
  salaryChangeInMonth: ['whole-month', 'split-by-days'],
  fiveYearCount: ['from-decision-day', 'civil-code'],
  youthAge: ['until-31st-birthday', 'until-30th-birthday'],
  talentAllowanceBase: ['including-allowances', 'coefficient-only'],
  graduateAllowanceBase: ['coefficient-only', 'including-allowances'],
  decree140Transition: ['from-2025', 'not-covered'],
} as const;

type ChoiceName = keyof typeof choices;
const otherNames = ['normalProbationRate', 'baseSalary', 'baseSalaryKnownThrough', 'parameters'] as const;

/** More rows than any base-salary table will ever have (one a year for a thousand years). */
const MAX_BASE_SALARY_ROWS = 1000;
const RATE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;
const AMOUNT = /^\d{1,12}$/;

export type OptionsResult<T> = { ok: true; value: T; defaulted: string[] } | { ok: false; issues: ValidationIssue[] };

/** Checks the shared options; `extra` names the options of the calling function (checked by it). */
export function resolveNd179Options(given: Record<string, unknown>, extra: readonly string[]): OptionsResult<ResolvedNd179Options> {
  const issues: ValidationIssue[] = [];
  const bad = (key: string, message: Text) => issues.push(nd179Issue(`options.${key}`, 'invalid-option', message));
  const defaulted: string[] = [];
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!(key in choices) && !(otherNames as readonly string[]).includes(key) && !extra.includes(key)) {
      issues.push(nd179Issue(`options.${key}`, 'unknown-option', msg('nd179.options.unknown-option')));
    }
  }
  for (const [key, values] of Object.entries(choices) as [ChoiceName, readonly string[]][]) {
    const v = given[key];
    if (v === undefined) {
      defaulted.push(key);
      picked[key] = values[0];
    } else if (typeof v !== 'string' || !values.includes(v)) {
      const l = values.map((x) => `"${x}"`).join(', ');
      bad(key, msg('nd179.options.expected-one-of', { choices: l }));
    } else picked[key] = v;
  }
  let normalProbationRate: string | null = null;
  const rate = given.normalProbationRate;
  if (rate === undefined) defaulted.push('normalProbationRate');
  else if ((typeof rate === 'string' || typeof rate === 'number') && RATE.test(String(rate))) normalProbationRate = String(rate);
  else bad('normalProbationRate', msg('nd179.options.expected-rate-0-1'));

  let baseSalary: { from: CalendarDate; amount: string }[] | null = null;
  const rows = given.baseSalary;
  if (rows === undefined) defaulted.push('baseSalary');
  else if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_BASE_SALARY_ROWS) bad('baseSalary', msg('nd179.options.expected-base-salary-rows', { max: MAX_BASE_SALARY_ROWS }));
  else {
    baseSalary = [];
    rows.forEach((row: unknown, i) => {
      const r = row as Record<string, unknown> | null;
      const from = r && typeof r.from === 'string' ? parseIsoDate(r.from) : null;
      const amount = r && (typeof r.amount === 'string' || typeof r.amount === 'number') && AMOUNT.test(String(r.amount)) && Number(r.amount) > 0 ? String(r.amount) : null;
      const keysOk = r !== null && typeof r === 'object' && Object.keys(r).every((k) => k === 'from' || k === 'amount');
      if (!from || !amount || !keysOk) bad(`baseSalary.${i}`, msg('nd179.options.expected-base-salary-row'));
      else baseSalary!.push({ from, amount });
    });
    baseSalary.sort((a, b) => compareDates(a.from, b.from));
    for (let i = 1; i < baseSalary.length; i++) {
      if (compareDates(baseSalary[i - 1]!.from, baseSalary[i]!.from) === 0) bad('baseSalary', msg('nd179.options.two-rows-same-day'));
    }
  }
  let knownThrough: CalendarDate | null | 'default' = 'default';
  const kt = given.baseSalaryKnownThrough;
  if (kt === undefined) {
    defaulted.push('baseSalaryKnownThrough');
    if (baseSalary) knownThrough = null;
  } else if (typeof kt === 'string' && parseIsoDate(kt)) knownThrough = parseIsoDate(kt);
  else bad('baseSalaryKnownThrough', msg('nd179.options.expected-date'));

  // What-if values: checked by the module `assess` uses; a value given both ways is ambiguous, so refused.
  let parameters: WhatIfParameters | null = null;
  if (given.parameters !== undefined) {
    const parsed = parseParameterOverrides(given.parameters);
    if (!parsed.ok) issues.push(...parsed.issues.map((i) => ({ path: i.path, code: 'invalid-option', message: i.message, messages: i.messages })));
    else {
      parameters = parsed.value;
      const touched = new Set(parsed.value.applied.flatMap((a) => [a.path.split('.')[0]!, a.path.split('.').slice(0, 2).join('.')]));
      const twice = (option: string, paths: readonly string[]) => {
        if (given[option] !== undefined && paths.some((p) => touched.has(p))) {
          bad(option, msg('nd179.options.given-twice'));
        }
      };
      twice('baseSalary', ['baseSalary']);
      twice('normalProbationRate', ['nd179Rates.normalProbationRate', 'nd179Rates.normalProbationRatePublicEmployee']);
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    defaulted,
    value: { ...(picked as Pick<ResolvedNd179Options, ChoiceName>), normalProbationRate, baseSalary, baseSalaryKnownThrough: knownThrough, parameters },
  };
}

/** Reads a required or optional calendar-date option. */
export function dateOption(given: Record<string, unknown>, key: string, required: boolean, issues: ValidationIssue[]): CalendarDate | undefined {
  const v = given[key];
  if (v === undefined) {
    if (required) issues.push(nd179Issue(`options.${key}`, 'required', msg('nd179.options.required-expected-date-yyyy-mm')));
    return undefined;
  }
  const d = typeof v === 'string' ? parseIsoDate(v) : null;
  if (!d) issues.push(nd179Issue(`options.${key}`, 'invalid-option', msg('nd179.options.expected-real-calendar-date-yyyy')));
  return d ?? undefined;
}

export function echoNd179Options(o: ResolvedNd179Options, defaulted: readonly string[], extra: Record<string, FactValue>): Record<string, FactValue> {
  return {
    proration: o.proration,
    salaryChangeInMonth: o.salaryChangeInMonth,
    fiveYearCount: o.fiveYearCount,
    youthAge: o.youthAge,
    talentAllowanceBase: o.talentAllowanceBase,
    graduateAllowanceBase: o.graduateAllowanceBase,
    decree140Transition: o.decree140Transition,
    normalProbationRate: o.normalProbationRate,
    baseSalary: o.baseSalary ? o.baseSalary.map((r) => ({ from: fmt(r.from), amount: r.amount })) : 'table',
    baseSalaryKnownThrough: o.baseSalaryKnownThrough === 'default' ? 'default' : o.baseSalaryKnownThrough ? fmt(o.baseSalaryKnownThrough) : null,
    ...(o.parameters ? { parameters: o.parameters.given } : {}),
    ...extra,
    defaulted: [...defaulted],
  };
}

/**
 * The entry of `safeAssess179` and `safeSchedule179` (issue #13, never throws): the case and the options
 * are read once into plain data, then `run` computes. What cannot be read is an `InvalidInputError`
 * value; so is any exception of the call itself (a value kept as it is by the plain copy, such as a class
 * instance whose getter throws), worded as "could not be read": the promise is an error value, never a throw.
 */
export function guardedNd179Call<T>(input: unknown, options: unknown, run: (input: unknown, options: unknown) => { ok: true; value: T } | { ok: false; error: InvalidInputError }):
  { ok: true; value: T } | { ok: false; error: InvalidInputError } {
  const readCase = readPlain(input, '');
  const readOptions = options === undefined ? ({ ok: true, value: undefined } as const) : readPlain(options, 'options');
  const issues = [...(readCase.ok ? [] : [readCase.issue]), ...(readOptions.ok ? [] : [{ ...readOptions.issue, code: 'invalid-option' }])];
  if (!readCase.ok || !readOptions.ok) return { ok: false, error: new InvalidInputError(issues, idOf(readCase.ok ? readCase.value : null)) };
  try {
    return run(readCase.value, readOptions.value);
  } catch (e) {
    let reason = 'unknown error';
    try {
      reason = show(e instanceof Error ? e.message : e);
    } catch {
      // keep the generic reason
    }
    return { ok: false, error: new InvalidInputError([issue('', 'unreadable', msg('nd179.options.case-options-could-not-read', { reason }))], idOf(readCase.value)) };
  }
}

function idOf(input: unknown): string | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  try {
    const id = (input as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}
