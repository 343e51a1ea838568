import { validateStaffCase, type ValidationIssue } from '../schema/validate.js';
import { text } from '../i18n/text.js';
import { buildContext } from './context.js';
import { defaultParameters } from '../parameters/parameter-set.js';
import { startWhatIf } from '../parameters/overrides.js';
import { InvalidInputError } from './errors.js';
import { echoOptions, resolveOptions, type AssessOptions } from './options.js';
import { policiesFor } from './dispatch.js';
import type { Assessment, Outcome } from '../model/types.js';
import { RULESET_VERSIONS, SCHEMA_VERSION } from './versions.js';

/**
 * Only one leaving regime is paid: the eligible outcome with the highest total (ties keep the first).
 * Outcomes that are not such alternatives (`excludedFromBest`) are never compared.
 */
function bestOf(outcomes: readonly Outcome[]): string | null {
  let best: Outcome | null = null;
  for (const o of outcomes) {
    if (!o.eligible || o.excludedFromBest) continue;
    if (!best || BigInt(o.total) > BigInt(best.total)) best = o;
  }
  return best ? best.policy : null;
}

/** The id of a refused input, for the error; null when there is none or it cannot be read (a throwing getter or proxy trap). */
function idOf(input: unknown): string | null {
  try {
    if (input && typeof input === 'object' && Object.prototype.hasOwnProperty.call(input, 'id')) {
      const id = (input as { id: unknown }).id;
      if (typeof id === 'string' || typeof id === 'number') return String(id);
    }
  } catch {
    // unreadable: the validator's 'unreadable' issue says why
  }
  return null;
}

function optionIssues(options: AssessOptions | undefined) {
  const resolved = resolveOptions(options);
  if (resolved.ok) return resolved;
  const issues: ValidationIssue[] = resolved.issues.map((i) => ({ path: i.path, code: 'invalid-option', message: i.message, messages: i.messages ?? text(i.message, i.message) }));
  return { ok: false as const, issues };
}

/** Validates, then assesses one case. Throws `InvalidInputError` (with `.issues`) on invalid input. */
export function assess(input: unknown, options?: AssessOptions): Assessment {
  const result = safeAssess(input, options);
  if (!result.ok) throw result.error;
  return result.value;
}

export type SafeAssessResult = { ok: true; value: Assessment } | { ok: false; error: InvalidInputError };

/** Like `assess`, but returns `{ ok: false, error }` instead of throwing, as zod's `safeParse`. */
export function safeAssess(input: unknown, options?: AssessOptions): SafeAssessResult {
  const opts = optionIssues(options);
  if (!opts.ok) return { ok: false, error: new InvalidInputError(opts.issues, idOf(input)) };
  const validated = validateStaffCase(input, { ignoreExcludedAllowances: opts.value.ignoreExcludedAllowances });
  if (!validated.ok) return { ok: false, error: new InvalidInputError(validated.issues, idOf(input)) };
  const whatIf = opts.parameters ? startWhatIf(opts.parameters) : null;
  const ctx = buildContext(validated.value, opts.value, whatIf?.params ?? defaultParameters);
  const outcomes = whatIf ? whatIf.evaluate(ctx, policiesFor(ctx)) : policiesFor(ctx).map((evaluate) => evaluate(ctx));
  const value: Assessment = {
    id: validated.value.id,
    schemaVersion: SCHEMA_VERSION,
    rulesetVersion: RULESET_VERSIONS[opts.value.ruleset],
    options: echoOptions(opts.value, opts.defaulted),
    warnings: ctx.warnings,
    outcomes,
    best: bestOf(outcomes),
  };
  return { ok: true, value: whatIf ? whatIf.annotate(value) : value };
}

/** An entry of `assessMany` for a case that failed validation. */
export interface AssessError {
  readonly id: string | null;
  readonly error: ReturnType<InvalidInputError['toJSON']>;
}

/** Assesses cases lazily, one at a time, so a caller can stream a million rows. */
export function* assessMany(inputs: Iterable<unknown>, options?: AssessOptions): Generator<Assessment | AssessError> {
  for (const input of inputs) {
    const r = safeAssess(input, options);
    yield r.ok ? r.value : { id: r.error.id, error: r.error.toJSON() };
  }
}

export function isAssessError(entry: Assessment | AssessError): entry is AssessError {
  return 'error' in entry;
}
