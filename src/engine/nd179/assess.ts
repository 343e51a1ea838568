import { msg } from '../../locales/index.js';
import { compareDates, daysInMonth, formatDate, type CalendarDate } from '../../core/calendar.js';
import { eligibleOutcome, refusedOutcome } from '../../model/outcome.js';
import type { Facts, Flag, Outcome } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/versions.js';
import type { InvalidInputError } from '../../model/errors.js';
import type { Nd179Context } from '../../model/context.js';
import { groupEligibility } from '../../policies/nd179/common/eligibility.js';
import { rightsFlags } from '../../policies/nd179/common/flags.js';
import { dateOption, echoNd179Options, guardedNd179Call, type Nd179Options } from './options.js';
import { eligibilityOf, evaluatePolicy, insuranceNote, prepare, type EvaluatedPolicy } from './evaluate.js';
import { nd179Policies, ND179_RULESET_VERSION } from '../../policies/nd179/common/policies.js';
import { runWarnings, startNd179Run } from './what-if.js';
import { markOutcome } from '../what-if.js';
import { computeMonth } from '../../policies/nd179/common/month.js';
import type { Assessment179 } from '../../policies/nd179/common/types.js';

export interface Assess179Options extends Nd179Options {
  /** The day whose monthly amounts are shown, "YYYY-MM-DD"; default: each allowance's first day. */
  readonly at?: string;
}

export type SafeAssess179Result = { ok: true; value: Assessment179 } | { ok: false; error: InvalidInputError };

function lawOutcomeOf(ctx: Nd179Context, ev: EvaluatedPolicy, at: CalendarDate | undefined): Outcome {
  const policy = ev.policy;
  const facts: Facts = { ...ev.facts };
  if (!ev.entitlement) {
    if (ev.refusals.length > 1) facts.refusals = ev.refusals.map((r) => r.code);
    return refusedOutcome(policy.code, policy.title, facts, ev.refusals[0]!);
  }
  const e = ev.entitlement;
  const day = at ?? e.start;
  facts.at = formatDate(day);
  if (compareDates(day, e.start) < 0 || (e.end && compareDates(day, e.end) > 0)) {
    return refusedOutcome(policy.code, policy.title, facts, {
      code: 'outside-entitlement',
      message: e.end
        ? msg('nd179.assess.outside-entitlement', { day: formatDate(day), start: formatDate(e.start), end: formatDate(e.end) })
        : msg('nd179.assess.outside-open-entitlement', { day: formatDate(day), start: formatDate(e.start) }),
      citation: policy.citation,
    });
  }
  // The full monthly amount in force on that day: the whole month, with the salary of that day.
  const first = { year: day.year, month: day.month, day: 1 };
  const last = { year: day.year, month: day.month, day: daysInMonth(day.year, day.month) };
  const m = computeMonth(ctx, policy, first, last, day);
  if (m.amount === null) return refusedOutcome(policy.code, policy.title, facts, m.detail.refusal!);
  Object.assign(facts, { salaryBase: policy.base(ctx), rate: m.detail.rate, segment: m.detail.segments[0]! as unknown as Facts });
  if (m.detail.fullSalary) Object.assign(facts, { fullSalary: m.detail.fullSalary, usualProbationSalary: m.detail.usualProbationSalary! });
  const note = insuranceNote(policy);
  const flags: Flag[] = note.citation ? [{ code: 'outside-insurance-base', label: note.label, citation: note.citation }] : [];
  return eligibleOutcome(policy.code, policy.title, facts, [{
    amount: m.amount,
    item: {
      code: 'monthly-amount',
      label: msg('nd179.assess.monthly-amount-force', { day: formatDate(day) }),
      amount: m.item.amount,
      formula: m.item.formula,
      citation: policy.citation,
    },
  }], flags);
}

/** Like `assess179`, but returns `{ ok: false, error }` instead of throwing. */
export function safeAssess179(input: unknown, options: Assess179Options = {}): SafeAssess179Result {
  return guardedNd179Call(input, options, (plainInput, plainOptions) => assessPlain(plainInput, plainOptions as Assess179Options));
}

function assessPlain(input: unknown, options: Assess179Options): SafeAssess179Result {
  let at: CalendarDate | undefined;
  const p = prepare(input, options, ['at'], (given, issues) => {
    at = dateOption(given, 'at', false, issues);
  });
  if (!p.ok) return p;
  const run = startNd179Run(p.ctx);
  const ctx = run.ctx;
  const group = groupEligibility(ctx);
  run.share();
  const outcomes = nd179Policies[ctx.case.group].map((policy) => {
    const { value, use } = run.allowance(() => lawOutcomeOf(ctx, evaluatePolicy(ctx, group, policy), at));
    return markOutcome(value, use);
  });
  return {
    ok: true,
    value: {
      id: ctx.case.id,
      schemaVersion: SCHEMA_VERSION,
      rulesetVersion: ND179_RULESET_VERSION,
      options: echoNd179Options(ctx.options, p.defaulted, { at: at ? formatDate(at) : 'entitlement-start' }),
      at: at ? formatDate(at) : 'entitlement-start',
      eligibility: eligibilityOf(ctx, group),
      warnings: runWarnings(ctx),
      outcomes,
      flags: rightsFlags(ctx.case),
    },
  };
}

/**
 * Eligibility under Decree 179 (the group's criteria, with a refusal for each missing or unmet one), the
 * allowances of the group, and for each the full monthly amount in force on `options.at` (default: its
 * first day). Throws `InvalidInputError` on invalid input or options.
 */
export function assess179(input: unknown, options: Assess179Options = {}): Assessment179 {
  const r = safeAssess179(input, options);
  if (!r.ok) throw r.error;
  return r.value;
}
