/**
 * What a policy reads about one case: one context per case, built once by the engine (src/engine/context.ts for
 * Decrees 177, 178 and 154; src/engine/nd179/context.ts for Decree 179), and the helpers policies use on it.
 * Every context is an `EngineContext`: the case, the options in force, the parameter set of the run (the law's,
 * with any what-if values) and the warnings. Kept apart from the builders so that policies import the model,
 * never the engine.
 */
import type { CalendarDate, MonthIndex } from '../core/calendar.js';
import type { Decimal } from '../core/money.js';
import type { Derived, InsuranceRegime, MonthlySalary, PensionStart } from './derived.js';
import type { Nd179Case } from './nd179-case.js';
import type { ResolvedNd179Options, ResolvedOptions } from './options.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import type { StaffCase } from './staff-case.js';
import type { Facts, Outcome, Warning } from './types.js';

/**
 * What every context holds, whichever decree: the validated case, the options in force (checked and defaulted by
 * the engine), the parameter set the case reads and the warnings of the case. The engine's wrapper hooks (`derive`,
 * `caseOnce`, `outcomeOf`, src/engine/memo.ts) are on `CaseContext`, whose policies are declarations the engine
 * runs (src/engine/conditions.ts); a Decree 179 allowance computes month by month and has none.
 */
export interface EngineContext<Case, Options> {
  readonly case: Case;
  readonly options: Options;
  /** The parameter set of the run: the law as it stood for the case, with the what-if values of `options.parameters`. */
  readonly params: ParameterSet;
  readonly warnings: readonly Warning[];
}

/** What every policy of Decrees 177, 178 and 154 reads about one case, derived once (src/engine/context.ts). */
export interface CaseContext extends EngineContext<StaffCase, ResolvedOptions> {
  readonly salary: Derived<MonthlySalary>;
  /** Annex I, the officer's ceiling, or the input age. */
  readonly pension: Derived<PensionStart>;
  /** Annex II, only for people with 15 years of heavy work or in especially difficult areas. */
  readonly annexII: Derived<PensionStart> | null;
  readonly leaveMonth: MonthIndex;
  readonly regime: InsuranceRegime;
  readonly pensionEligible: boolean;
  readonly insuredYears: Decimal;
  readonly severanceMonths: number;
  /** Facts shared by every outcome of the case (outcomes extend a `copyFacts`). */
  readonly facts: Facts;
  /** How many keys `facts` has. */
  readonly factCount: number;
  /**
   * `derive(compute, ...args)` is `compute(...args)` for a pure function of parameter values and counts of
   * months whose answer is immutable (an item's factors): the engine may answer from what it computed for an
   * earlier case (src/engine/memo.ts). Articles pass the values they read; they keep no cache of their own.
   */
  readonly derive: Derive;
  /**
   * The outcomes evaluated so far for this context, each declaration followed by its outcome: the engine's store
   * (src/engine/memo.ts), never read by a policy. A list, like `remembered`: a case evaluates four policies at most,
   * and a record keyed by policy code was a costly keyed store per policy and case.
   */
  readonly evaluated: unknown[];
  /** The outcome of another policy of the same decree for this case, evaluated once (Art 9/10 ask whether Art 7 applies). */
  readonly outcomeOf: (code: string, ctx: CaseContext) => Outcome;
  /**
   * `caseOnce(compute, ctx)` is `compute(ctx)`, computed once for this context: a derivation that several conditions
   * and computes share (Decree 154's salary S is read by three conditions, the start facts and the items of two
   * policies). The answer must not be changed by its readers.
   */
  readonly caseOnce: <T>(compute: (ctx: CaseContext) => T, ctx: CaseContext) => T;
  /**
   * The `caseOnce` answers for this context, each function followed by its answer: the engine's store
   * (src/engine/memo.ts), never read by a policy. A list, not a Map: a case has a handful of them at most, and a
   * Map per case is a costly allocation.
   */
  readonly remembered: unknown[];
}

/**
 * What every Decree 179 allowance reads (src/engine/nd179/context.ts): the case, the options in force and the
 * parameter set of the run, the same one `assess` reads (the law's, with the what-if values of
 * `options.parameters`, and the 179 options `baseSalary` and `normalProbationRate` applied over it).
 */
export interface Nd179Context extends EngineContext<Nd179Case, ResolvedNd179Options> {
  /** Last day the base-salary table is taken as known; null when the caller's own table has no horizon. */
  readonly baseSalaryKnownThrough: CalendarDate | null;
  readonly inForce: CalendarDate;
  /** Warnings collected while computing (each once, `warnOnce`). */
  readonly warnings: Warning[];
}

/** Adds a warning to a Decree 179 context unless one with the same code and message is already there. */
export function warnOnce(ctx: Nd179Context, w: Warning): void {
  if (!ctx.warnings.some((x) => x.code === w.code && x.message.en === w.message.en)) ctx.warnings.push(w);
}

/** See `CaseContext.derive`. */
export type Derive = <A extends readonly (string | number)[], R>(compute: (...args: A) => R, ...args: A) => R;

/**
 * A copy of the case's facts for one outcome to extend, with the same keys in the same order as
 * `{ ...ctx.facts }`, many times faster in V8: the nine keys every case has, then every other key
 * `buildContext` may add, by name (named stores are the fast ones), in the order it adds them (the salary's
 * keys in the order of rules/salary.ts), made by `FactsCopy` below. tests/property/assess.property.test.ts checks the order.
 * When the count of keys seen is not the count of the facts (a key not listed here), the copy is made key by
 * key instead. `salary` false leaves out Decree 178's salary (`SALARY_FACT_KEYS`): the start of a policy with
 * a salary of its own (Decree 154).
 */
export function copyFacts(ctx: CaseContext, salary = true): Facts {
  const out = new FactsCopy(ctx.facts, salary);
  if (copiedKeys === ctx.factCount) return out;
  const f = ctx.facts;
  if (salary) return Object.assign({}, f);
  const slow: Facts = {};
  for (const key in f) if (!(SALARY_FACT_KEYS as readonly string[]).includes(key)) slow[key] = f[key]!;
  return slow;
}

/** How many keys of the case's facts the last `FactsCopy` saw (copied, or counted for the salary left out). */
let copiedKeys = 0;

/**
 * The copy itself, made by a constructor rather than an object literal: V8 sizes the objects a constructor makes by
 * the keys its instances come to hold (its `this.` stores, then what its first instances were given), so the copy and
 * the keys the policy adds after it are stored in the object itself. A literal of nine keys grew a separate store of
 * keys, reallocated every few keys (the largest allocation of a case). Its prototype is `Object.prototype`: what it
 * makes is a plain object like `{}` (same prototype, `constructor`, keys and order; tests/unit/shared-objects.test.ts, tests/property/assess.property.test.ts).
 */
const FactsCopy = function FactsCopy(this: Facts, f: Facts, salary: boolean) {
  this.leaveDate = f.leaveDate!;
  this.leaveMonth = f.leaveMonth!;
  this.insuranceRegime = f.insuranceRegime!;
  this.pensionEligible = f.pensionEligible!;
  this.pensionEligibleSource = f.pensionEligibleSource!;
  this.insuredMonths = f.insuredMonths!;
  this.insuredYears = f.insuredYears!;
  this.publicSectorInsuredMonths = f.publicSectorInsuredMonths!;
  this.severanceMonths = f.severanceMonths!;
  let seen = 9;
  if (f.birthDateAssumed !== undefined) { this.birthDateAssumed = f.birthDateAssumed; seen++; }
  if (f.leaveDateNotFirstOfMonth !== undefined) { this.leaveDateNotFirstOfMonth = f.leaveDateNotFirstOfMonth; seen++; }
  if (f.defaultedFields !== undefined) { this.defaultedFields = f.defaultedFields; seen++; }
  if (f.ignoredAllowances !== undefined) { this.ignoredAllowances = f.ignoredAllowances; seen++; }
  // Decree 178's salary: copied, or only counted.
  if (f.monthlySalary !== undefined) { if (salary) this.monthlySalary = f.monthlySalary; seen++; }
  if (f.monthlySalarySource !== undefined) { if (salary) this.monthlySalarySource = f.monthlySalarySource; seen++; }
  if (f.baseSalary !== undefined) { if (salary) this.baseSalary = f.baseSalary; seen++; }
  if (f.baseSalaryMonth !== undefined) { if (salary) this.baseSalaryMonth = f.baseSalaryMonth; seen++; }
  if (f.baseSalarySource !== undefined) { if (salary) this.baseSalarySource = f.baseSalarySource; seen++; }
  if (f.baseSalaryVerified !== undefined) { if (salary) this.baseSalaryVerified = f.baseSalaryVerified; seen++; }
  if (f.salaryParts !== undefined) { if (salary) this.salaryParts = f.salaryParts; seen++; }
  if (f.salaryCitation !== undefined) { if (salary) this.salaryCitation = f.salaryCitation; seen++; }
  if (f.statutoryPensionStart !== undefined) { this.statutoryPensionStart = f.statutoryPensionStart; seen++; }
  if (f.retirementAge !== undefined) { this.retirementAge = f.retirementAge; seen++; }
  if (f.retirementAgeSource !== undefined) { this.retirementAgeSource = f.retirementAgeSource; seen++; }
  if (f.retirementAgeCitation !== undefined) { this.retirementAgeCitation = f.retirementAgeCitation; seen++; }
  if (f.annexIIPensionStart !== undefined) { this.annexIIPensionStart = f.annexIIPensionStart; seen++; }
  if (f.annexIIRetirementAge !== undefined) { this.annexIIRetirementAge = f.annexIIRetirementAge; seen++; }
  copiedKeys = seen;
} as unknown as new (f: Facts, salary: boolean) => Facts;
FactsCopy.prototype = Object.prototype;

/** The keys of Decree 178's salary S in the case's facts (src/rules/salary.ts), in their order. */
export const SALARY_FACT_KEYS = ['monthlySalary', 'monthlySalarySource', 'baseSalary', 'baseSalaryMonth', 'baseSalarySource', 'baseSalaryVerified', 'salaryParts', 'salaryCitation'] as const;
