import { msg } from '../../locales/index.js';
import { compareDates, formatDate, fromMonthIndex, monthIndex, type CalendarDate } from '../../core/calendar.js';
import { roundDong, sum, toAmountString, type Decimal } from '../../core/money.js';
import type { InvalidInputError } from '../../model/errors.js';
import type { Facts, Refusal } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/versions.js';
import { nd179Issue } from '../../schema/nd179.js';
import type { Nd179Context } from '../../model/context.js';
import { isLastDayOfMonth, lastDayOfMonth, maxDate, minDate } from '../../policies/nd179/common/dates.js';
import { groupEligibility } from '../../policies/nd179/common/eligibility.js';
import { eligibilityOf, evaluatePolicy, insuranceNote, prepare, type EvaluatedPolicy } from './evaluate.js';
import { nd179Policies, ND179_RULESET_VERSION } from '../../policies/nd179/common/policies.js';
import { runWarnings, startNd179Run } from './what-if.js';
import type { WhatIfUse } from '../what-if.js';
import { rightsFlags } from '../../policies/nd179/common/flags.js';
import { computeMonth, scheduleRow } from '../../policies/nd179/common/month.js';
import { dateOption, echoNd179Options, guardedNd179Call, type Nd179Options } from './options.js';
import type { Entitlement } from '../../policies/nd179/common/policy.js';
import type { AllowanceSchedule, Schedule179 } from '../../policies/nd179/common/types.js';
import { scheduleOutcome } from './schedule-outcome.js';

/** The months to compute: per calendar day by default, whole months with `proration: "whole-months"` [L]. */
function coveredMonths(ctx: Nd179Context, e: Entitlement, from: CalendarDate, to: CalendarDate): { cover: [CalendarDate, CalendarDate][]; period: { from: string; to: string } | null } {
  const cover: [CalendarDate, CalendarDate][] = [];
  if (ctx.options.proration === 'whole-months') {
    // The start month counts in full; the end month only when the entitlement runs to its last day.
    const lo = Math.max(monthIndex(e.start), monthIndex(from));
    const endMonth = e.end ? (isLastDayOfMonth(e.end) ? monthIndex(e.end) : monthIndex(e.end) - 1) : Number.POSITIVE_INFINITY;
    const hi = Math.min(endMonth, monthIndex(to));
    for (let m = lo; m <= hi; m++) {
      const { year, month } = fromMonthIndex(m);
      cover.push([{ year, month, day: 1 }, lastDayOfMonth(year, month)]);
    }
  } else {
    const first = maxDate(e.start, from);
    const last = e.end ? minDate(e.end, to) : to;
    for (let m = monthIndex(first); m <= monthIndex(last); m++) {
      const { year, month } = fromMonthIndex(m);
      cover.push([m === monthIndex(first) ? first : { year, month, day: 1 }, m === monthIndex(last) ? last : lastDayOfMonth(year, month)]);
    }
  }
  if (cover.length === 0) return { cover, period: null };
  return { cover, period: { from: formatDate(cover[0]![0]), to: formatDate(cover[cover.length - 1]![1]) } };
}

/** One allowance's schedule; with what-if values it read, its months cite them as what-if (as `assess` marks its items). */
function marked(s: AllowanceSchedule, use: WhatIfUse | null): AllowanceSchedule {
  if (!use) return s;
  return { ...s, rows: s.rows.map((r) => ({ ...r, citation: use.mark(r.citation) })), facts: { ...s.facts, whatIfParameters: use.paths } };
}

function lawScheduleOf(ctx: Nd179Context, ev: EvaluatedPolicy, from: CalendarDate, to: CalendarDate): AllowanceSchedule {
  const policy = ev.policy;
  const common = { policy: policy.code, title: policy.title, insurance: insuranceNote(policy), citation: policy.citation };
  const none = (refusals: readonly Refusal[], eligible: boolean, facts: Facts, entitlement: AllowanceSchedule['entitlement']): AllowanceSchedule => ({
    ...common, eligible, refusal: refusals[0]!, refusals, entitlement, period: null, rows: [], months: 0, fullMonths: 0, total: '0', complete: eligible, facts,
  });
  if (!ev.entitlement) return none(ev.refusals, false, ev.facts, { start: null, end: null });
  const e = ev.entitlement;
  const entitlement = { start: formatDate(e.start), end: e.end ? formatDate(e.end) : null };
  const facts: Facts = { ...ev.facts, proration: ctx.options.proration, salaryChangeInMonth: ctx.options.salaryChangeInMonth, salaryBase: policy.base(ctx), rate: policy.rate(ctx).text || '1' };
  const { cover, period } = coveredMonths(ctx, e, from, to);
  if (!period) {
    return none([{
      code: 'no-month-in-range',
      message: msg('nd179.schedule.no-month-in-range', {
        from: formatDate(from),
        to: formatDate(to),
        start: entitlement.start,
        end: entitlement.end ?? msg('nd179.schedule.open-end'),
        rounding: ctx.options.proration === 'whole-months' ? msg('nd179.schedule.whole-months-note') : '',
      }),
      citation: policy.citation,
    }], true, facts, entitlement);
  }
  const computed = cover.map(([a, b]) => computeMonth(ctx, policy, a, b));
  const rows = computed.map(scheduleRow);
  const paid = computed.filter((c) => c.amount !== null);
  const refusedRows = rows.filter((r) => r.refusal);
  const total = sum(paid.map((c) => c.amount!));
  const fullSalaries = paid.map((c) => c.extras.fullSalary).filter((x): x is Decimal => x !== undefined).map(roundDong);
  return {
    ...common,
    eligible: true,
    ...(refusedRows.length > 0 ? { refusal: refusedRows[0]!.refusal! } : {}),
    refusals: refusedRows.map((r) => r.refusal!).filter((r, i, all) => all.findIndex((x) => x.code === r.code) === i),
    entitlement,
    period,
    rows,
    months: rows.length,
    fullMonths: rows.filter((r) => r.days === r.daysInMonth).length,
    total: toAmountString(total),
    ...(policy.extras ? { totalFullSalary: toAmountString(sum(fullSalaries)) } : {}),
    complete: refusedRows.length === 0,
    facts: { ...facts, refusedMonths: refusedRows.map((r) => r.month) },
  };
}

export interface Schedule179Options extends Nd179Options {
  /** First day of the range, "YYYY-MM-DD" (required). */
  readonly from: string;
  /** Last day of the range, included, "YYYY-MM-DD" (required). */
  readonly to: string;
}

export type SafeSchedule179Result = { ok: true; value: Schedule179 } | { ok: false; error: InvalidInputError };

/** Like `schedule179`, but returns `{ ok: false, error }` instead of throwing. */
export function safeSchedule179(input: unknown, options: Schedule179Options): SafeSchedule179Result {
  return guardedNd179Call(input, options, (plainInput, plainOptions) => schedulePlain(plainInput, plainOptions as Schedule179Options));
}

function schedulePlain(input: unknown, options: Schedule179Options): SafeSchedule179Result {
  let from: CalendarDate | undefined;
  let to: CalendarDate | undefined;
  const p = prepare(input, options, ['from', 'to'], (given, issues) => {
    from = dateOption(given, 'from', true, issues);
    to = dateOption(given, 'to', true, issues);
    if (from && to && compareDates(to, from) < 0) issues.push(nd179Issue('options.to', 'order', msg('nd179.schedule.last-day-cannot-precede-first')));
  });
  if (!p.ok) return p;
  const run = startNd179Run(p.ctx);
  const ctx = run.ctx;
  const group = groupEligibility(ctx);
  run.share();
  const schedules = nd179Policies[ctx.case.group].map((policy) => {
    const { value, use } = run.allowance(() => lawScheduleOf(ctx, evaluatePolicy(ctx, group, policy), from!, to!));
    return marked(value, use);
  });
  return {
    ok: true,
    value: {
      id: ctx.case.id,
      schemaVersion: SCHEMA_VERSION,
      rulesetVersion: ND179_RULESET_VERSION,
      options: echoNd179Options(ctx.options, p.defaulted, {}),
      requested: { from: formatDate(from!), to: formatDate(to!) },
      eligibility: eligibilityOf(ctx, group),
      warnings: runWarnings(ctx),
      schedules,
      outcomes: schedules.map(scheduleOutcome),
      flags: rightsFlags(ctx.case),
    },
  };
}

/**
 * Month-by-month schedule of every Decree 179 allowance of the person's group between `options.from` and
 * `options.to` (calendar dates, both included): one row per month with the salary and base salary in force,
 * the amount rounded once to whole đồng, its formula and citation; the total is the sum of the rows.
 * Throws `InvalidInputError` (with `.issues`) on invalid input or options.
 *
 * @example
 * schedule179(
 *   { id: 'G2-1', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2025-01-10',
 *     recruitmentDate: '2025-03-01', criteria: { qualificationMet: true },
 *     salaryHistory: [{ from: '2025-03-01', coefficient: 2.34 }] },
 *   { from: '2025-03-01', to: '2025-12-31' },
 * ).schedules[0].rows[0].amount // "8213400" = 1.5 × 2.34 × 2,340,000
 */
export function schedule179(input: unknown, options: Schedule179Options): Schedule179 {
  const r = safeSchedule179(input, options);
  if (!r.ok) throw r.error;
  return r.value;
}

