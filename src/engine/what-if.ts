/**
 * A what-if run (`options.parameters`): the parameter set the run reads is a trace (src/parameters/overrides.ts,
 * `ParameterTrace`) that records which overridden values each policy reads; here the engine evaluates the
 * policies under it and marks every outcome that read one (its citations and `facts.whatIfParameters`), and
 * adds the echo and the `what-if-parameters` warning. Checking and applying the overrides is the parameters'
 * job (`parseParameterOverrides`); marking contexts and outcomes is the engine's.
 */
import type { Citation } from '../core/citation.js';
import { msg } from '../locales/index.js';
import type { CaseContext } from '../model/context.js';
import type { Assessment, Outcome, Warning } from '../model/types.js';
import { changesText, describeChanges, ParameterTrace, whatIfCitation, type AppliedOverride, type WhatIfParameters } from '../parameters/overrides.js';
import type { ParameterSet } from '../parameters/parameter-set.js';

/**
 * The what-if values one outcome read (or one Decree 179 schedule, src/engine/nd179/): their paths, for
 * `facts.whatIfParameters`, and the marking of a citation that rests on them. Null when it read none.
 */
export interface WhatIfUse {
  readonly paths: string[];
  readonly mark: (c: Citation) => Citation;
}

export function whatIfUse(used: readonly AppliedOverride[]): WhatIfUse | null {
  if (used.length === 0) return null;
  const change = describeChanges(used);
  return { paths: used.map((u) => u.path), mark: (c) => whatIfCitation(c, change) };
}

/** An outcome marked with the what-if values it read (`assess`, `assess179`): its facts, items' and refusal's citations. */
export function markOutcome(o: Outcome, use: WhatIfUse | null): Outcome {
  if (use === null) return o;
  return {
    ...o,
    facts: { ...o.facts, whatIfParameters: use.paths },
    items: o.items.map((i) => ({ ...i, citation: use.mark(i.citation) })),
    ...(o.refusal ? { refusal: { ...o.refusal, citation: use.mark(o.refusal.citation) } } : {}),
  };
}

/** A what-if run in progress: the traced parameters, then the policies evaluated and marked. */
export interface WhatIfRun {
  readonly params: ParameterSet;
  /** Evaluates each policy on its own (a copy of the context with nothing evaluated yet) so that what each outcome read is known, and marks it. */
  evaluate(ctx: CaseContext, policies: readonly ((ctx: CaseContext) => Outcome)[]): Outcome[];
  /** Adds `options.parameters` and the `what-if-parameters` warning. */
  annotate(a: Assessment): Assessment;
}

/** The `what-if-parameters` warning of a run with overrides (`assess`, `assess179`, `schedule179`). */
export function whatIfWarning(whatIf: WhatIfParameters): Warning {
  return {
    code: 'what-if-parameters',
    message: msg('parameters.warning.what-if-parameters', { changes: changesText(whatIf.applied) }),
  };
}

export function startWhatIf(whatIf: WhatIfParameters): WhatIfRun {
  const trace = new ParameterTrace(whatIf);
  const warning = whatIfWarning(whatIf);
  return {
    params: trace.params,
    evaluate(ctx, policies) {
      const shared = trace.takeShared();
      return policies.map((evaluate) => {
        const { value, reads } = trace.during(() => evaluate({ ...ctx, evaluated: [], remembered: [] }), shared);
        return markOutcome(value, whatIfUse(whatIf.applied.filter((a) => reads.has(a.traceKey))));
      });
    },
    annotate(a) {
      const warnings = whatIf.applied.length > 0 ? [...a.warnings, warning] : a.warnings;
      return { ...a, options: { ...a.options, parameters: whatIf.given }, warnings };
    },
  };
}
