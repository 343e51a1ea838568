/**
 * The what-if marking of a Decree 179 run (`options.parameters`, the syntax and module of `assess`): the
 * `what-if-parameters` warning, and the marking of the amounts and refusals of an allowance that reads an
 * overridden value. As for `assess` (src/engine/what-if.ts), the parameter set the run reads is a trace
 * (`ParameterTrace`, src/parameters/overrides.ts): what an allowance read is recorded while it is evaluated, so
 * the marking follows the reads, not a list kept beside the code. The reads of the group's criteria, which every
 * allowance of the group depends on, count for each of them (as the context's reads do for `assess`).
 */
import type { Warning } from '../../model/types.js';
import { ParameterTrace } from '../../parameters/overrides.js';
import type { Nd179Context } from '../../model/context.js';
import { whatIfUse, whatIfWarning, type WhatIfUse } from '../what-if.js';

/** The warnings of a run: those the computation raised, then the what-if warning of `options.parameters` (as `assess`). */
export function runWarnings(ctx: Nd179Context): Warning[] {
  const whatIf = ctx.options.parameters;
  return whatIf && whatIf.applied.length > 0 ? [...ctx.warnings, whatIfWarning(whatIf)] : ctx.warnings;
}

/** A Decree 179 run: its context (parameters traced when the run has what-if values) and how to run an allowance. */
export interface Nd179Run {
  readonly ctx: Nd179Context;
  /** Called once what every allowance shares is computed (the group's criteria): those reads count for each. */
  share(): void;
  /** Runs one allowance's evaluation: its value, and the what-if values it read (null when none). */
  allowance<T>(evaluate: () => T): { value: T; use: WhatIfUse | null };
}

const plain = (ctx: Nd179Context): Nd179Run => ({ ctx, share() {}, allowance: (evaluate) => ({ value: evaluate(), use: null }) });

export function startNd179Run(ctx: Nd179Context): Nd179Run {
  const whatIf = ctx.options.parameters;
  if (!whatIf || whatIf.applied.length === 0) return plain(ctx);
  const trace = new ParameterTrace(whatIf);
  // The context keeps its warnings list (shared): only the parameter set is seen through the trace.
  const traced: Nd179Context = { ...ctx, params: trace.view(ctx.params) };
  let shared: ReadonlySet<string> = new Set();
  return {
    ctx: traced,
    share() {
      shared = trace.takeShared();
    },
    allowance(evaluate) {
      const { value, reads } = trace.during(evaluate, shared);
      return { value, use: whatIfUse(whatIf.applied.filter((a) => reads.has(a.traceKey))) };
    },
  };
}
