/**
 * Speed as one wrapper (issue #14): everything the engine remembers between cases, and within one case, is
 * here, so the article files stay plain declarations and computations with no cache keys.
 *
 * - `derive`: an item's factors (a multiplier and its printed text) are a pure function of the parameter
 *   values the item read and the case's months; the engine remembers each answer by the function (one per
 *   policy item), those values and those months. A what-if value is a different argument, so it gets its own
 *   answer; the values are read by the article before the call, so the what-if trace still sees every read.
 * - `caseOnce`: a derivation several checks of one case share (Decree 154's S), remembered by the context.
 * - `evaluateOnce`: a policy's outcome for one case, remembered by the context object and the policy code, so
 *   a policy that asks about another (Art 9/10 ask whether Art 7 applies) does not compute it twice. A what-if
 *   run evaluates each policy on a copy of the context, so it starts with nothing remembered.
 * - `annexAnswer`, `describedPensionStart`: the Decree 135 Annex answer per (roadmap, birth month, annex),
 *   and its printed texts, shared by every case born in the same month.
 * The parameter tables read per version date and leave date are remembered in `parametersFor` (context.ts).
 *
 * Every remembered answer is immutable (strings, Decimals, frozen objects), and every store is bounded.
 */
import { memoPerObject } from '../core/bounded-memo.js';
import { deepFreeze } from '../core/freeze.js';
import type { CaseContext, Derive } from '../model/context.js';
import type { PolicyDeclaration } from '../model/declaration.js';
import type { Derived } from '../model/derived.js';
import type { Outcome } from '../model/types.js';
import type { Annex, Gender } from '../parameters/retirement-age.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { evaluateDeclaration } from './conditions.js';
import { annexPensionStartOf, describePensionStart, type PensionStart, type PensionStartTexts } from '../rules/retirement-age.js';

type Arg = string | number;

const MAX_ANSWERS = 4096;

/**
 * One function's answers: per count of arguments, a tree of maps with one level per argument (the last level
 * holds the answers), so a lookup builds no key string and allocates nothing. `size` counts the answers, to
 * bound the trees.
 */
interface Answers {
  size: number;
  readonly byCount: Map<Arg, unknown>[];
}
const byCompute = new Map<Compute, Answers>();

type Compute = (...args: readonly Arg[]) => unknown;

/**
 * `compute(...args)`, computed once per function and arguments (the functions are the articles' module-level
 * item computations, so the map of functions stays small; each function's answers are bounded). This runs
 * several times per case, so the arguments are read from `arguments`, without a rest array or a joined key.
 */
function deriveAnswer(compute: Compute): unknown {
  const count = arguments.length - 1;
  let answers = byCompute.get(compute);
  if (answers === undefined) byCompute.set(compute, (answers = { size: 0, byCount: [] }));
  if (answers.size >= MAX_ANSWERS) {
    answers.byCount.length = 0;
    answers.size = 0;
  }
  let level = answers.byCount[count];
  if (level === undefined) answers.byCount[count] = level = new Map();
  for (let i = 1; i < count; i++) {
    let next = level.get(arguments[i] as Arg) as Map<Arg, unknown> | undefined;
    if (next === undefined) level.set(arguments[i] as Arg, (next = new Map()));
    level = next;
  }
  // An answer is never undefined (factors, texts); a function of no argument keeps its answer under "".
  const key = (count === 0 ? '' : arguments[count]) as Arg;
  let answer = level.get(key);
  if (answer === undefined) {
    // A miss is rare (a few hundred per process): the arguments are copied only then.
    answer = compute(...(Array.prototype.slice.call(arguments, 1) as Arg[]));
    level.set(key, answer);
    answers.size++;
  }
  return answer;
}

export const derive = deriveAnswer as Derive;

/**
 * The declaration's outcome for this context, evaluated once: kept in the context's `evaluated` list, which
 * belongs to the engine (a new list per context; a what-if run gives each policy a copy with a new one).
 */
export function evaluateOnce(ctx: CaseContext, declaration: PolicyDeclaration): Outcome {
  const store = ctx.evaluated;
  for (let i = 0; i < store.length; i += 2) if (store[i] === declaration) return store[i + 1] as Outcome;
  const outcome = evaluateDeclaration(declaration, ctx);
  store.push(declaration, outcome);
  return outcome;
}

/** `CaseContext.caseOnce`: kept in the context's `remembered` list (a what-if copy of the context gets a new one). */
export function caseOnce<T>(compute: (ctx: CaseContext) => T, ctx: CaseContext): T {
  const store = ctx.remembered;
  for (let i = 0; i < store.length; i += 2) if (store[i] === compute) return store[i + 1] as T;
  const answer = compute(ctx);
  store.push(compute, answer);
  return answer;
}

const onceByDeclaration = new WeakMap<PolicyDeclaration, (ctx: CaseContext) => Outcome>();

/** `evaluateOnce` bound to the declaration (made once per declaration, not per case). */
export function evaluatedOnce(declaration: PolicyDeclaration): (ctx: CaseContext) => Outcome {
  let evaluate = onceByDeclaration.get(declaration);
  if (evaluate === undefined) onceByDeclaration.set(declaration, (evaluate = (ctx) => evaluateOnce(ctx, declaration)));
  return evaluate;
}

type Roadmap = ParameterSet['retirementAgeRoadmaps'][Annex][Gender];

const annexByRoadmap = memoPerObject((roadmap: Roadmap, key: number) =>
  deepFreeze(annexPensionStartOf(roadmap, Math.floor(key / 2), key % 2 === 0 ? 'I' : 'II')));

/** The Annex I/II answer for a birth month, shared (frozen) by every case born in that month under the same roadmap. */
export function annexAnswer(roadmap: Roadmap, birthIndex: number, annex: Annex): Derived<PensionStart> {
  return annexByRoadmap(roadmap, birthIndex * 2 + (annex === 'I' ? 0 : 1));
}

const describedTexts = new WeakMap<PensionStart, PensionStartTexts>();

/** The pension start as printed in the facts, remembered for the shared Annex answers. */
export function describedPensionStart(p: PensionStart): PensionStartTexts {
  let known = describedTexts.get(p);
  if (known === undefined) describedTexts.set(p, (known = describePensionStart(p)));
  return known;
}
