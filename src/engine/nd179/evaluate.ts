/**
 * The Decree 179 run up to the allowances' amounts: the case and the options checked and the context built
 * (`prepare`), each allowance evaluated (the group's criteria, then its own conditions, then the days it is
 * owed: `evaluatePolicy`), the eligibility and the insurance note reported. The engine's, as
 * src/engine/assess.ts and src/engine/conditions.ts are for `assess`; the allowances' declarations and
 * arithmetic are the policies' (src/policies/nd179/).
 */
import { msg } from '../../locales/index.js';
import type { Nd179Context } from '../../model/context.js';
import { InvalidInputError } from '../../model/errors.js';
import type { Facts, Refusal } from '../../model/types.js';
import { nd179Issue, validateNd179Case } from '../../schema/nd179.js';
import type { ValidationIssue } from '../../schema/validate.js';
import { groupTitles, type GroupEligibility } from '../../policies/nd179/common/eligibility.js';
import type { AllowancePolicy, Entitlement } from '../../policies/nd179/common/policy.js';
import type { Eligibility179, InsuranceBaseNote } from '../../policies/nd179/common/types.js';
import { buildNd179Context } from './context.js';
import { resolveNd179Options } from './options.js';

export interface EvaluatedPolicy {
  readonly policy: AllowancePolicy;
  readonly refusals: readonly Refusal[];
  readonly entitlement: Entitlement | null;
  readonly facts: Facts;
}

/** The group's criteria, then the allowance's own conditions, then the days it is owed. */
export function evaluatePolicy(ctx: Nd179Context, group: GroupEligibility, policy: AllowancePolicy): EvaluatedPolicy {
  const refusals = [...group.refusals, ...policy.conditions(ctx)];
  if (refusals.length > 0) return { policy, refusals, entitlement: null, facts: {} };
  const e = policy.entitlement(ctx);
  if (!e.ok) return { policy, refusals: [e.refusal], entitlement: null, facts: {} };
  return { policy, refusals: [], entitlement: e.value, facts: e.value.facts };
}

export function eligibilityOf(ctx: Nd179Context, group: GroupEligibility): Eligibility179 {
  return { group: ctx.case.group, groupTitle: groupTitles[ctx.case.group], eligible: group.refusals.length === 0, refusals: group.refusals, facts: group.facts };
}

export function insuranceNote(policy: AllowancePolicy): InsuranceBaseNote {
  if (policy.insuranceExclusion) {
    return {
      inContributionBase: false,
      schemes: ['social', 'health', 'unemployment'],
      label: msg('nd179.evaluate.additional-allowance-not-part-base'),
      citation: policy.insuranceExclusion,
    };
  }
  return {
    inContributionBase: null,
    schemes: ['social', 'health', 'unemployment'],
    label: policy.code === 'nd179/expert-contract'
      ? msg('nd179.evaluate.decree-179-does-not-say')
      : msg('nd179.evaluate.this-salary-insurance-laws-apply'),
  };
}

function idOf(input: unknown): string | null {
  if (input && typeof input === 'object' && Object.prototype.hasOwnProperty.call(input, 'id')) {
    const id = (input as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** Validates the case and the options; the issues of both, or the context to compute with. */
export function prepare(input: unknown, options: unknown, extra: readonly string[], readExtra: (given: Record<string, unknown>, issues: ValidationIssue[]) => void):
  { ok: true; ctx: Nd179Context; defaulted: string[] } | { ok: false; error: InvalidInputError } {
  const given = options !== null && typeof options === 'object' && !Array.isArray(options) ? (options as Record<string, unknown>) : null;
  if (options !== undefined && !given) {
    return { ok: false, error: new InvalidInputError([nd179Issue('options', 'invalid-option', msg('nd179.evaluate.expected-options-object'))], idOf(input)) };
  }
  const opts = resolveNd179Options(given ?? {}, extra);
  const issues: ValidationIssue[] = opts.ok ? [] : [...opts.issues];
  readExtra(given ?? {}, issues);
  const validated = validateNd179Case(input);
  if (!validated.ok) issues.unshift(...validated.issues);
  if (issues.length > 0 || !validated.ok || !opts.ok) return { ok: false, error: new InvalidInputError(issues, idOf(input)) };
  return { ok: true, ctx: buildNd179Context(validated.value, opts.value), defaulted: opts.defaulted };
}
