import { safeAssess, type SafeAssessResult } from '../engine/assess.js';
import type { Assessment179, SafeAssess179Result, SafeSchedule179Result, Schedule179, Schedule179Options } from '../engine/nd179/index.js';
import type { InvalidInputError } from '../model/errors.js';
import type { AssessOptions } from '../engine/options.js';
import type { Assessment } from '../model/types.js';
import { check179 } from './nd179-checks.js';
import { checkAssessment, checkExplained, type PolicyTestFailure } from './policy-checks.js';
import { parsePolicyTestFile, type PolicyTestCase } from './policy-test-format.js';

/** The outcome of one policy test: passed, or the list of failed checks (see `formatPolicyTestResult`). */
export interface PolicyTestResult {
  readonly name: string;
  readonly source: string;
  readonly note?: string;
  /** The file the case came from, and its 1-based position there. */
  readonly file?: string;
  readonly index: number;
  /** The input's `id`, when it has one. */
  readonly id: string | null;
  readonly passed: boolean;
  readonly failures: readonly PolicyTestFailure[];
  /** The assessment the checks ran on (absent when the input was invalid or assessing threw). */
  readonly assessment?: Assessment;
}

export interface PolicyTestRun {
  readonly file?: string;
  readonly description?: string;
  readonly results: readonly PolicyTestResult[];
  readonly passed: number;
  readonly failed: number;
}

export interface RunPolicyTestOptions {
  /** Shown in reports ("tests/golden/cases/examples-md.json"). */
  readonly file?: string;
  /** The function under test; `safeAssess` of this library by default. */
  readonly assess?: (input: unknown, options?: AssessOptions) => SafeAssessResult;
  /**
   * The Decree 179 functions, for cases with `function: "assess179"` or `"schedule179"`: pass
   * `{ safeAssess179, safeSchedule179 }` of this library (`vnse test` does). They are not imported here so
   * that the testing entry stays small for the Decree 177/178 tests (the bundle-size budget); a 179 case
   * run without them fails with an error that says so.
   */
  readonly nd179?: {
    readonly safeAssess179: (input: unknown, options?: never) => SafeAssess179Result;
    readonly safeSchedule179: (input: unknown, options: Schedule179Options) => SafeSchedule179Result;
  };
}

function idOf(input: unknown): string | null {
  const id = input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/** The `assess` options of a case: its `options`, with its `parameters` merged into `options.parameters`. */
export function optionsOf(c: PolicyTestCase): AssessOptions | undefined {
  if (!c.parameters) return c.options as AssessOptions | undefined;
  const given = (c.options?.parameters ?? {}) as Record<string, unknown>;
  return { ...c.options, parameters: { ...given, ...c.parameters } } as AssessOptions;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

type Result179 = { ok: true; value: Assessment179 | Schedule179 } | { ok: false; error: InvalidInputError };

/** Runs the function of a case (`assess` unless it names `assess179` or `schedule179`). */
function runCase(c: PolicyTestCase, assess: NonNullable<RunPolicyTestOptions['assess']>, nd179: RunPolicyTestOptions['nd179']): SafeAssessResult | Result179 {
  if (c.function === 'assess179' || c.function === 'schedule179') {
    if (!nd179) throw new Error(`function ${c.function}: run with the Decree 179 functions (options.nd179 = { safeAssess179, safeSchedule179 }, as vnse test does)`);
    return c.function === 'assess179'
      ? nd179.safeAssess179(c.input, optionsOf(c) as never)
      : nd179.safeSchedule179(c.input, optionsOf(c) as unknown as Schedule179Options);
  }
  return assess(c.input, optionsOf(c));
}

function failuresOf(c: PolicyTestCase, run: SafeAssessResult | Result179 | { thrown: unknown }): { failures: PolicyTestFailure[]; assessment?: Assessment } {
  const out: PolicyTestFailure[] = [];
  if (!c.source.trim()) out.push({ kind: 'no-source' });
  if ('thrown' in run) {
    const message = run.thrown instanceof Error ? run.thrown.message : String(run.thrown);
    return { failures: [...out, { kind: 'error', issues: [{ path: '', message }] }] };
  }
  if (c.expect.invalid) {
    if (run.ok) return { failures: [...out, { kind: 'expected-invalid', expected: c.expect.invalid }], ...assessmentOf(run.value) };
    const paths = run.error.issues.map((i) => i.path);
    if (!sameSet(paths, c.expect.invalid)) out.push({ kind: 'invalid-paths', expected: [...c.expect.invalid].sort(), actual: [...paths].sort(), issues: run.error.issues });
    return { failures: out };
  }
  if (!run.ok) return { failures: [...out, { kind: 'unexpected-invalid', issues: run.error.issues }] };
  if ('eligibility' in run.value) return { failures: [...out, ...check179(run.value, c.expect)] };
  return { failures: [...out, ...checkAssessment(run.value, c.expect), ...checkExplained(run.value)], assessment: run.value };
}

/** The assessment a result carries (a Decree 179 result is not an `Assessment`, so it is not attached). */
const assessmentOf = (v: Assessment | Assessment179 | Schedule179): { assessment?: Assessment } => ('eligibility' in v ? {} : { assessment: v });

/** Runs one policy test case: assesses its input and checks every expectation and the output contract. */
export function runPolicyTest(c: PolicyTestCase, index = 1, options: RunPolicyTestOptions = {}): PolicyTestResult {
  const assess = options.assess ?? safeAssess;
  let run: SafeAssessResult | Result179 | { thrown: unknown };
  try {
    run = runCase(c, assess, options.nd179);
  } catch (thrown) {
    run = { thrown };
  }
  const { failures, assessment } = failuresOf(c, run);
  return {
    name: c.name,
    source: c.source,
    ...(c.note !== undefined ? { note: c.note } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
    index,
    id: idOf(c.input),
    passed: failures.length === 0,
    failures,
    ...(assessment ? { assessment } : {}),
  };
}

/** Runs policy test cases in order. */
export function runPolicyTests(cases: readonly PolicyTestCase[], options: RunPolicyTestOptions = {}): PolicyTestRun {
  const results = cases.map((c, i) => runPolicyTest(c, i + 1, options));
  const failed = results.filter((r) => !r.passed).length;
  return { ...(options.file !== undefined ? { file: options.file } : {}), results, passed: results.length - failed, failed };
}

/**
 * Runs a policy-test file (docs/policy-tests.md), given parsed or as JSON text. Throws
 * `PolicyTestFormatError` when the file does not follow the format; failed tests are results, not errors.
 */
export function runPolicyTestFile(json: unknown, options: RunPolicyTestOptions = {}): PolicyTestRun {
  const parsed = parsePolicyTestFile(json, options.file);
  const run = runPolicyTests(parsed.cases, options);
  return parsed.description !== undefined ? { ...run, description: parsed.description } : run;
}
