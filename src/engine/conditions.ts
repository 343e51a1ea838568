import { copyFacts, type CaseContext } from '../model/context.js';
import type { PolicyDeclaration } from '../model/declaration.js';
import { refusedOutcome } from '../model/outcome.js';
import type { Outcome } from '../model/types.js';

/**
 * One article for one case, the one way every declaration runs (issue #14): its start facts, then each declared
 * check in the declared order (the first that fails is the refusal, carrying the facts the checks added so far),
 * then its `compute`. The rule book lists the same refusal codes in the same order (its conditions, declared in
 * <article>/rule-book.ts; tests/architecture/declarations.test.ts), so what it says is what runs.
 */
export function evaluateDeclaration(d: PolicyDeclaration, ctx: CaseContext): Outcome {
  const facts = d.startFacts === undefined ? copyFacts(ctx) : d.startFacts(ctx);
  const checks = d.checks;
  for (let i = 0; i < checks.length; i++) {
    const refusal = checks[i]!.check(ctx, facts);
    if (refusal) {
      const outcome = refusedOutcome(d.code, d.title, facts, refusal);
      return d.excludedFromBest === undefined ? outcome : { ...outcome, excludedFromBest: d.excludedFromBest };
    }
  }
  return d.compute(ctx, facts);
}
