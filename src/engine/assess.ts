import { validateStaffCase, type ValidationIssue } from '../schema/validate.js';
import { readPlain } from '../schema/plain-data.js';
import { issue, show } from '../schema/issues.js';
import { buildContext } from './context.js';
import { defaultParameters } from '../parameters/parameter-set.js';
import { startWhatIf } from './what-if.js';
import { InvalidInputError } from './errors.js';
import { echoOptions, resolveOptions, type AssessOptions } from './options.js';
import { evaluatePolicies, outcomeWarnings, policiesFor } from './dispatch.js';
import type { Assessment, Outcome } from '../model/types.js';
import { RULESET_VERSIONS, SCHEMA_VERSION } from './versions.js';
import { msg } from '../locales/index.js';

/**
 * Only one leaving regime is paid: the eligible outcome with the highest total (ties keep the first).
 * Outcomes that are not such alternatives (`excludedFromBest`: Decree 178 Art 11–14, Decree 177 Art 4, and the
 * Decree 178 leaving packages of a case past the regime's close or under Decree 154, D51) are never compared.
 */
function bestOf(outcomes: readonly Outcome[]): string | null {
  let best: Outcome | null = null;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
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
  const issues: ValidationIssue[] = resolved.issues.map((i) => ({ path: i.path, code: 'invalid-option', message: i.message, messages: i.messages }));
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
  return safeAssessRead(input, readOptions(options));
}

type ReadOptions = { ok: true; value: AssessOptions | undefined } | { ok: false; issue: ValidationIssue };

/** No options (the common call): one answer for every call, as the validator's options below. */
const NO_OPTIONS: ReadOptions = Object.freeze({ ok: true, value: undefined });
const VALIDATE = { keep: Object.freeze({ ignoreExcludedAllowances: false }), ignore: Object.freeze({ ignoreExcludedAllowances: true }) };

/**
 * The caller's options read once into plain data (issue #13): a getter or proxy trap that throws, or a
 * value that changes between reads, cannot reach the engine; an unreadable options object is an issue.
 */
function readOptions(options: AssessOptions | undefined): ReadOptions {
  if (options === undefined) return NO_OPTIONS;
  const r = readPlain(options, 'options');
  return r.ok ? { ok: true, value: r.value as AssessOptions } : { ok: false, issue: { ...r.issue, code: 'invalid-option' } };
}

function unreadableOptions(e: unknown): ValidationIssue {
  let reason = 'unknown error';
  try {
    reason = show(e instanceof Error ? e.message : e);
  } catch {
    // keep the generic reason
  }
  return issue('options', 'invalid-option', msg('engine.issue.invalid-option', { reason }));
}

function safeAssessRead(input: unknown, read: ReadOptions): SafeAssessResult {
  if (!read.ok) return { ok: false, error: new InvalidInputError([read.issue], idOf(input)) };
  let opts: ReturnType<typeof optionIssues>;
  try {
    opts = optionIssues(read.value);
  } catch (e) {
    // Only the caller's data is read here (an object the plain copy keeps as it is, a class instance
    // whose getter throws): a refusal of the options, never an exception.
    return { ok: false, error: new InvalidInputError([unreadableOptions(e)], idOf(input)) };
  }
  if (!opts.ok) return { ok: false, error: new InvalidInputError(opts.issues, idOf(input)) };
  const validated = validateStaffCase(input, opts.value.ignoreExcludedAllowances ? VALIDATE.ignore : VALIDATE.keep);
  if (!validated.ok) return { ok: false, error: new InvalidInputError(validated.issues, idOf(input)) };
  const whatIf = opts.parameters ? startWhatIf(opts.parameters) : null;
  const ctx = buildContext(validated.value, opts.value, whatIf?.params ?? defaultParameters);
  const outcomes = whatIf ? whatIf.evaluate(ctx, policiesFor(ctx)) : evaluatePolicies(ctx);
  const value: Assessment = {
    id: validated.value.id,
    schemaVersion: SCHEMA_VERSION,
    rulesetVersion: RULESET_VERSIONS[opts.value.ruleset],
    options: echoOptions(opts.value, opts.defaulted),
    warnings: outcomeWarnings(ctx, outcomes),
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
  // The options are read once, so every entry is assessed with the same ones (a getter cannot change them).
  const read = readOptions(options);
  for (const input of inputs) {
    const r = safeAssessRead(input, read);
    yield r.ok ? r.value : { id: r.error.id, error: r.error.toJSON() };
  }
}

export function isAssessError(entry: Assessment | AssessError): entry is AssessError {
  return 'error' in entry;
}
