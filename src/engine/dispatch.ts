import { policyDeclarations } from '../policies/index.js';
import { withTopUp } from '../policies/nd177/common/relation.js';
import type { CaseContext } from '../model/context.js';
import type { PolicyDeclaration } from '../model/declaration.js';
import type { Text } from '../i18n/text.js';
import type { Outcome, Warning } from '../model/types.js';
import { evaluatedOnce, evaluateOnce } from './memo.js';

type Evaluate = (ctx: CaseContext) => Outcome;

/**
 * Every policy the case asks for, in the order of the declarations (src/policies/index.ts): each article's
 * `applies` says whether its route, group and inputs ask for it. Each is evaluated once per context
 * (src/engine/memo.ts). With `alreadyPaid`, every eligible leaving package records the top-up owed
 * (Decree 67/2025; Decree 154/2025 for Decree 29/2023 cases). Then a package the declaration keeps out of `best`
 * for this case (`bestExclusion`: the Decree 178 packages after 1 Sep 2025, D51) says so; it keeps its top-up.
 */
export function policiesFor(ctx: CaseContext, declarations: readonly PolicyDeclaration[] = policyDeclarations): Evaluate[] {
  const out: Evaluate[] = [];
  const topUp = ctx.case.alreadyPaid !== undefined;
  // Indexed loops here and below: they run for every declaration of every case, and a for-of over them was seen
  // allocating an iterator result per step (~0.5 KB a case) once inlined into the engine's entry.
  for (let i = 0; i < declarations.length; i++) {
    const d = declarations[i]!;
    if (!d.applies(ctx)) continue;
    const once = evaluatedOnce(d);
    const evaluate = topUp ? (x: CaseContext) => withTopUp(x, once(x)) : once;
    const exclusion = d.bestExclusion?.(ctx) ?? null;
    out.push(exclusion === null ? evaluate : (x: CaseContext) => excludedOutcome(evaluate(x), exclusion));
  }
  return out;
}

/**
 * `{ ...o, excludedFromBest: reason }`, written out for the two shapes an outcome has (src/model/outcome.ts: eligible,
 * refused): the same keys in the same order, without a generic object spread (the slow part of a case past 1 Sep 2025,
 * whose Decree 178 packages are all excluded).
 */
export function excludedOutcome(o: Outcome, reason: Text): Outcome {
  if (o.excludedFromBest !== undefined) return { ...o, excludedFromBest: reason };
  return o.refusal === undefined
    ? { policy: o.policy, title: o.title, eligible: o.eligible, facts: o.facts, items: o.items, flags: o.flags, total: o.total, excludedFromBest: reason }
    : { policy: o.policy, title: o.title, eligible: o.eligible, refusal: o.refusal, facts: o.facts, items: o.items, flags: o.flags, total: o.total, excludedFromBest: reason };
}

/**
 * The outcomes of `policiesFor(ctx)`, each evaluated once, in the same order, with the same top-up and exclusion:
 * the common path of `assess` (no what-if), written as one loop that makes no function per policy and case.
 */
export function evaluatePolicies(ctx: CaseContext, declarations: readonly PolicyDeclaration[] = policyDeclarations): Outcome[] {
  const out: Outcome[] = [];
  const topUp = ctx.case.alreadyPaid !== undefined;
  for (let i = 0; i < declarations.length; i++) {
    const d = declarations[i]!;
    if (!d.applies(ctx)) continue;
    const exclusion = d.bestExclusion?.(ctx) ?? null;
    const once = evaluateOnce(ctx, d);
    const outcome = topUp ? withTopUp(ctx, once) : once;
    out.push(exclusion === null ? outcome : markedExcluded(outcome, exclusion));
  }
  return out;
}

/**
 * `excludedOutcome(o, reason)` without the copy, for `evaluatePolicies`: the outcome there is this case's own (made
 * by its declaration for this context, kept only in the context's `evaluated` list), so the reason is set on it;
 * the key lands last, or in its place when already there, as in the copy. A frozen outcome is copied.
 */
function markedExcluded(o: Outcome, reason: Text): Outcome {
  if (Object.isFrozen(o)) return excludedOutcome(o, reason);
  (o as { excludedFromBest?: Text }).excludedFromBest = reason;
  return o;
}

const declarationByCode = new Map(policyDeclarations.map((d) => [d.code, d]));

/** `CaseContext.outcomeOf`: a declared policy's outcome for the context, evaluated once. */
export function outcomeOf(code: string, ctx: CaseContext): Outcome {
  const declaration = declarationByCode.get(code);
  if (declaration === undefined) throw new Error(`outcomeOf: no declaration for the policy code ${code}`);
  return evaluateOnce(ctx, declaration);
}

/**
 * The case's warnings followed by those its outcomes add (a declaration's `warnings`, e.g. Decree 154's under-2-years
 * and refund warnings), one per code. The case's own list is returned as it is when no outcome adds one.
 */
export function outcomeWarnings(ctx: CaseContext, outcomes: readonly Outcome[]): readonly Warning[] {
  let added: Warning[] | null = null;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    const warn = declarationByCode.get(o.policy)?.warnings;
    if (warn === undefined) continue;
    for (const w of warn(ctx, o)) {
      if (ctx.warnings.some((x) => x.code === w.code) || added?.some((x) => x.code === w.code)) continue;
      (added ??= []).push(w);
    }
  }
  return added === null ? ctx.warnings : [...ctx.warnings, ...added];
}

/** The declarations and codes, for the façades (the rule book, the list of policy codes): they read the engine, never a policy. */
export { policyDeclarations, policyCodes, registerPolicies } from '../policies/index.js';
