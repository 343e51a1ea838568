import type { Citation } from '../core/citation.js';
import type { Text } from '../i18n/text.js';
import type { RuleBookText } from '../locales/rule-book/index.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import type { Factor } from '../parameters/policy-factors.js';
import type { CaseContext } from './context.js';
import type { Facts, Outcome, Refusal, Warning } from './types.js';

/**
 * What one article of a decree declares about itself, in two parts beside its code:
 *
 * - `PolicyDeclaration` (src/policies/<decree>/<article>/index.ts): what the engine runs: `applies` (does this case
 *   ask for this policy?), the conditions' checks in order with their refusal codes, `compute`, the title of its
 *   outcomes. It travels in every runtime bundle (the dispatch list, src/policies/index.ts).
 * - `PolicyRuleBook` (<article>/rule-book.ts beside it): what only the rule book prints: the summary, the conditions
 *   in the order the code checks them (their text, citation, refusal code, factors), items with their symbolic
 *   formula, the tables, readings and options the article reads, worked examples. Listed by
 *   src/policies/rule-books.ts (generated from src/policies/index.ts by scripts/gen-rule-book-list.mjs), read by the renderer (src/testing/rule-book/) through src/engine/rule-books.ts, and
 *   imported by no runtime entry, so the library and spreadsheet bundles do not carry it (issue #14), as Decree 179's
 *   `AllowanceRuleBook` (src/policies/nd179/<allowance>/rule-book.ts).
 *
 * The rule book (docs/rule-book/), the list of policy codes (docs/policy-codes.md) and the dispatch are generated
 * from the two lists, so none of them restates a policy by hand; tests/architecture/declarations.test.ts checks that
 * a page lists the conditions that run, in the order they run.
 */

/** The records of `ParameterSet` that hold factors (`factors`, `nd177Factors`, `stayingFactors`). */
export type FactorRecord = { [K in keyof ParameterSet]: ParameterSet[K] extends Readonly<Record<string, Factor>> ? K : never }[keyof ParameterSet];

/** A factor the code reads, by its place in `ParameterSet`: the rule book prints its value and citation from there. */
export interface FactorRef {
  readonly record: FactorRecord;
  readonly name: string;
}

export function factor<R extends FactorRecord>(record: R, name: keyof ParameterSet[R] & string): FactorRef {
  return { record, name };
}

/** A table of `ParameterSet` other than the factor records (dated rows, roadmaps). */
export type TableName = Exclude<keyof ParameterSet, FactorRecord>;

/** An option of `assess` (its resolved name). */
export type OptionName = keyof CaseContext['options'];

/**
 * A check the engine runs before the article's `compute` (src/engine/conditions.ts): null when its condition holds,
 * else the refusal, whose code is `refusal`. A check may add to `facts` what it derived (months early, the months to
 * the retirement age): a refusal then carries them, as the outcome would.
 */
export interface ConditionCheck {
  readonly refusal: string;
  readonly check: (ctx: CaseContext, facts: Facts) => Refusal | null;
}

/**
 * A condition as the rule book prints it, the refusal code the library gives when it fails, and its source. Those with
 * a refusal code are the article's checks (`PolicyDeclaration.checks`), in the same order; one without refuses
 * nothing (a condition another check covers, or one that only explains).
 */
export interface ConditionDeclaration {
  /** Rule-book text (src/locales/rule-book/). */
  readonly text: RuleBookText;
  readonly citation: Citation;
  readonly refusal?: string;
  readonly factors?: readonly FactorRef[];
}

/** An item as the article defines it: symbols S (monthly salary), T (months early), N (insured years)… */
export interface ItemDeclaration {
  readonly code: string;
  readonly label: Text;
  readonly formula: string;
  /** When the item is due, in rule-book text (src/locales/rule-book/). */
  readonly when?: RuleBookText;
  readonly factors: readonly FactorRef[];
  readonly citation: Citation;
}

/** A worked example, computed by the library when the rule-book page is generated. */
export interface ExampleDeclaration {
  /** Rule-book text (src/locales/rule-book/). */
  readonly title: RuleBookText;
  /** A staff-case input (the article checks it against the input schema's type where it is declared). */
  readonly input: Readonly<Record<string, unknown>>;
  /** Options of `assess` other than `parameters`. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The facts shown beside the items. */
  readonly facts: readonly string[];
}

/** One article as the engine runs it: how it is asked for, its checks in order, and how it is evaluated. */
export interface PolicyDeclaration {
  /** `<decree>/<name>`: "nd178/art7", "nd154/early-retirement" (checked by `registerPolicies`). */
  readonly code: string;
  /** "nd178", "nd177", "nd154". */
  readonly decree: string;
  /** "7", "7a", "11": the article the policy encodes. */
  readonly article: string;
  /**
   * The policy's name within its decree, its folder and the middle of its locale keys: by default `art<article>`
   * ("art7"); a decree whose policies are named by what they pay says so ("early-retirement" for Decree 154 Art 6).
   */
  readonly name?: string;
  readonly title: Text;
  /**
   * The checks of its conditions, in the order the engine runs them before `compute` (src/engine/conditions.ts):
   * the first that refuses is the outcome's refusal. Its rule book lists the same refusal codes in the same order.
   */
  readonly checks: readonly ConditionCheck[];
  /** Dispatch: does this case (its route, group, inputs) ask for this policy? */
  readonly applies: (ctx: CaseContext) => boolean;
  /** The facts every outcome of the article starts from; by default the case's (`copyFacts`). */
  readonly startFacts?: (ctx: CaseContext) => Facts;
  /** The items, once every condition held: `facts` are the start facts with what the checks added. */
  readonly compute: (ctx: CaseContext, facts: Facts) => Outcome;
  /** Set for a policy that is not a leaving package (Art 11–14): its refusals say so too (`excludedFromBest`). */
  readonly excludedFromBest?: Text;
  /**
   * A leaving package that, for some cases, is still computed and shown but not compared for `best` (the Decree 178
   * packages after the regime closed on 1 Sep 2025, or in a Decree 154 streamlining case, D51): the reason, or null
   * when it competes. The engine applies it to every outcome of the policy (src/engine/dispatch.ts), after the top-up.
   */
  readonly bestExclusion?: (ctx: CaseContext) => Text | null;
  /** Warnings an outcome of this policy adds to the case's (the engine keeps one per code, after the case's own). */
  readonly warnings?: (ctx: CaseContext, outcome: Outcome) => readonly Warning[];
}

/**
 * What the rule-book page of one article prints (docs/rule-book/<decree>-<name>.md), declared beside its code in
 * <article>/rule-book.ts and kept off the runtime declaration: the clause in brief, the conditions in the order the
 * code checks them, the items with their symbolic formula, the tables, readings and options it reads, and worked
 * examples the renderer computes with `assess`.
 */
export interface PolicyRuleBook {
  /** Rule-book text (src/locales/rule-book/). */
  readonly summary: RuleBookText;
  readonly conditions: readonly ConditionDeclaration[];
  readonly items: readonly ItemDeclaration[];
  readonly tables: readonly TableName[];
  /** Ids of the readings chosen: D… in docs/decisions.md, N… in docs/decree-177.md. */
  readonly readings: readonly string[];
  readonly options: readonly OptionName[];
  readonly examples: readonly ExampleDeclaration[];
}

/** The name of a policy within its decree: `name`, or `art<article>`. */
export function policyName(d: Pick<PolicyDeclaration, 'article' | 'name'>): string {
  return d.name ?? `art${d.article}`;
}

/** The folder of a policy: src/policies/nd178/art7, src/policies/nd154/early-retirement. */
export function policyFolder(d: Pick<PolicyDeclaration, 'decree' | 'article' | 'name'>): string {
  return `src/policies/${d.decree}/${policyName(d)}`;
}

/** The rule-book page of a policy code: "nd178/art7" → "nd178-art7". */
export function rulePageName(code: string): string {
  return code.replaceAll('/', '-');
}
