import { policyDeclarations } from '../policies/index.js';
import { withTopUp } from '../policies/nd177/common/relation.js';
import type { CaseContext } from '../model/context.js';
import type { PolicyDeclaration } from '../model/declaration.js';
import type { Outcome } from '../model/types.js';
import { evaluatedOnce, evaluateOnce } from './memo.js';

type Evaluate = (ctx: CaseContext) => Outcome;

/**
 * Every policy the case asks for, in the order of the declarations (src/policies/index.ts): each article's
 * `applies` says whether its route, group and inputs ask for it. Each is evaluated once per context
 * (src/engine/memo.ts). With `alreadyPaid`, every eligible leaving package records the top-up owed
 * (Decree 67/2025).
 */
export function policiesFor(ctx: CaseContext, declarations: readonly PolicyDeclaration[] = policyDeclarations): Evaluate[] {
  const out: Evaluate[] = [];
  for (const d of declarations) if (d.applies(ctx)) out.push(evaluatedOnce(d));
  return ctx.case.alreadyPaid ? out.map((evaluate) => (x: CaseContext) => withTopUp(x, evaluate(x))) : out;
}

const declarationByCode = new Map(policyDeclarations.map((d) => [d.code, d]));

/** `CaseContext.outcomeOf`: a declared policy's outcome for the context, evaluated once. */
export function outcomeOf(code: string, ctx: CaseContext): Outcome {
  const declaration = declarationByCode.get(code);
  if (declaration === undefined) throw new Error(`outcomeOf: no declaration for the policy code ${code}`);
  return evaluateOnce(ctx, declaration);
}

/** The declarations and codes, for the façades (the rule book, the list of policy codes): they read the engine, never a policy. */
export { policyDeclarations, policyCodes, registerPolicies } from '../policies/index.js';
