/**
 * The what-if marking of a Decree 179 run (`options.parameters`, the syntax and module of `assess`): the
 * `what-if-parameters` warning, and the marking of the amounts and refusals of an allowance that reads an
 * overridden value. Decree 179 knows what each allowance reads from its declaration (`AllowancePolicy.parameters`);
 * `assess` traces the reads (src/engine/what-if.ts).
 */
import type { Citation } from '../../core/citation.js';
import type { Warning } from '../../model/types.js';
import { describeOverrides, whatIfCitation } from '../../parameters/overrides.js';
import type { Nd179Context } from '../../model/context.js';
import type { AllowancePolicy } from '../../policies/nd179/common/policy.js';
import { whatIfWarning } from '../what-if.js';

/** The warnings of a run: those the computation raised, then the what-if warning of `options.parameters` (as `assess`). */
export function runWarnings(ctx: Nd179Context): Warning[] {
  const whatIf = ctx.options.parameters;
  return whatIf && whatIf.applied.length > 0 ? [...ctx.warnings, whatIfWarning(whatIf)] : ctx.warnings;
}

/**
 * The what-if values a policy reads (its declared `parameters` among the overrides of `options.parameters`):
 * null when none; else the paths (for `facts.whatIfParameters`) and the marking of a citation, as `assess`
 * marks the outcomes that read an overridden value.
 */
export function whatIfUse(ctx: Nd179Context, policy: AllowancePolicy): { paths: string[]; mark: (c: Citation) => Citation } | null {
  const whatIf = ctx.options.parameters;
  const used = whatIf ? whatIf.applied.filter((a) => policy.parameters.includes(a.traceKey)) : [];
  if (!whatIf || used.length === 0) return null;
  const change = describeOverrides({ ...whatIf, applied: used }).join('; ');
  return { paths: used.map((u) => u.path), mark: (c) => whatIfCitation(c, change) };
}
