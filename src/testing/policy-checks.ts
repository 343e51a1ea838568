import type { Assessment, Item, Outcome } from '../model/types.js';
import { formatCitation } from '../core/citation.js';
import { dec, sum, toAmountString } from '../core/money.js';
import type { Text } from '../i18n/text.js';
import { jsonEqual } from './json-equal.js';
import type { ExpectedItem, ExpectedOutcome, PolicyTestExpect } from './policy-test-format.js';

/** What went wrong in one check of a policy test. */
export type FailureKind =
  | 'no-source' | 'error' | 'expected-invalid' | 'unexpected-invalid' | 'invalid-paths'
  | 'best' | 'missing-outcome' | 'eligible' | 'refusal' | 'total'
  | 'missing-item' | 'item-amount' | 'item-formula' | 'item-citation' | 'fact'
  | 'items-sum' | 'item-unexplained' | 'flags' | 'warnings'
  /** Decree 179: a figure of a schedule or of one of its months (`subject`: "months", "2025-03 days"). */
  | 'schedule';

/** An item as a report shows it: amount, the formula with its numbers, and the citation in words. */
export interface ItemView {
  readonly code: string;
  readonly label: Text;
  readonly amount: string;
  readonly formula: string;
  readonly citation: string;
}

export interface RefusalView {
  readonly code: string;
  readonly message: Text;
  readonly citation: string;
}

/** One failed check, with what an analyst needs to see why: the items, the refusal, or the issues. */
export interface PolicyTestFailure {
  readonly kind: FailureKind;
  readonly policy?: string;
  /** The item code, or the fact name, the check was about. */
  readonly subject?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  /** The item the check was about (formula and citation used), or every item of the outcome for a total. */
  readonly items?: readonly ItemView[];
  readonly refusal?: RefusalView;
  /** Validation issues (invalid input) or the message of an unexpected error. */
  readonly issues?: readonly { readonly path: string; readonly message: string; readonly messages?: Text }[];
  /** The policy or item codes that do exist, when the expected one is missing. */
  readonly available?: readonly string[];
}

export const itemView = (i: Item): ItemView => ({ code: i.code, label: i.label, amount: i.amount, formula: i.formula, citation: formatCitation(i.citation) });

export function refusalView(o: Outcome): RefusalView | undefined {
  return o.refusal ? { code: o.refusal.code, message: o.refusal.message, citation: formatCitation(o.refusal.citation) } : undefined;
}

function withRefusal(o: Outcome): { refusal?: RefusalView } {
  const r = refusalView(o);
  return r ? { refusal: r } : {};
}

function checkItem(o: Outcome, code: string, expected: ExpectedItem): PolicyTestFailure[] {
  const item = o.items.find((i) => i.code === code);
  const policy = o.policy;
  if (!item) {
    return [{ kind: 'missing-item', policy, subject: code, expected: typeof expected === 'string' ? expected : expected.amount, available: o.items.map((i) => i.code), items: o.items.map(itemView), ...withRefusal(o) }];
  }
  const view = [itemView(item)];
  const want = typeof expected === 'string' ? { amount: expected } : expected;
  const out: PolicyTestFailure[] = [];
  if (want.amount !== undefined && item.amount !== want.amount) out.push({ kind: 'item-amount', policy, subject: code, expected: want.amount, actual: item.amount, items: view });
  if (want.formula !== undefined && item.formula !== want.formula) out.push({ kind: 'item-formula', policy, subject: code, expected: want.formula, actual: item.formula, items: view });
  if (want.citation !== undefined) {
    const got = item.citation as unknown as Record<string, unknown>;
    const differs = Object.entries(want.citation).some(([k, v]) => got[k] !== v);
    if (differs) out.push({ kind: 'item-citation', policy, subject: code, expected: want.citation, actual: item.citation, items: view });
  }
  return out;
}

/** The expectations on one outcome; the file format requires `eligible`, a matcher may leave it out. */
export type OutcomeCheck = Partial<ExpectedOutcome>;

export function checkOutcome(o: Outcome, e: OutcomeCheck): PolicyTestFailure[] {
  const policy = o.policy;
  const out: PolicyTestFailure[] = [];
  if (e.eligible !== undefined && o.eligible !== e.eligible) out.push({ kind: 'eligible', policy, expected: e.eligible, actual: o.eligible, items: o.items.map(itemView), ...withRefusal(o) });
  if (e.refusal !== undefined && o.refusal?.code !== e.refusal) out.push({ kind: 'refusal', policy, expected: e.refusal, actual: o.refusal?.code ?? null, ...withRefusal(o) });
  if (e.total !== undefined && o.total !== e.total) out.push({ kind: 'total', policy, expected: e.total, actual: o.total, items: o.items.map(itemView), ...withRefusal(o) });
  for (const [code, item] of Object.entries(e.items ?? {})) out.push(...checkItem(o, code, item));
  for (const [fact, value] of Object.entries(e.facts ?? {})) {
    if (!jsonEqual(o.facts[fact], value)) out.push({ kind: 'fact', policy, subject: fact, expected: value, actual: o.facts[fact] });
  }
  if (e.flags !== undefined) {
    const actual = o.flags.map((f) => f.code);
    if (!sameCodes(actual, e.flags)) out.push({ kind: 'flags', policy, expected: [...e.flags].sort(), actual: [...actual].sort() });
  }
  return out;
}

/** The same codes, each as many times, in any order. */
export function sameCodes(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && [...actual].sort().join('\n') === [...expected].sort().join('\n');
}

/** Compares an assessment with the expectations of a policy test: best, then each expected outcome. */
export function checkAssessment(a: Assessment, e: Omit<PolicyTestExpect, 'outcomes'> & { readonly outcomes?: Readonly<Record<string, OutcomeCheck>> }): PolicyTestFailure[] {
  const out: PolicyTestFailure[] = [];
  if (e.best !== undefined && a.best !== e.best) {
    const best = a.outcomes.find((o) => o.policy === a.best);
    out.push({ kind: 'best', expected: e.best, actual: a.best, ...(best ? { items: best.items.map(itemView) } : {}), available: a.outcomes.filter((o) => o.eligible).map((o) => `${o.policy} ${o.total}`) });
  }
  if (e.warnings !== undefined) {
    const actual = a.warnings.map((w) => w.code);
    if (!sameCodes(actual, e.warnings)) out.push({ kind: 'warnings', expected: [...e.warnings].sort(), actual: [...actual].sort() });
  }
  for (const [policy, expected] of Object.entries(e.outcomes ?? {})) {
    const o = a.outcomes.find((x) => x.policy === policy);
    if (!o) out.push({ kind: 'missing-outcome', policy, available: a.outcomes.map((x) => x.policy) });
    else out.push(...checkOutcome(o, expected));
  }
  return out;
}

/** The contract every outcome keeps: items sum to the total, and each item has a formula and a citation. */
export function checkExplained(a: Assessment): PolicyTestFailure[] {
  const out: PolicyTestFailure[] = [];
  for (const o of a.outcomes) {
    const added = toAmountString(sum(o.items.map((i) => dec(i.amount))));
    if (added !== o.total) out.push({ kind: 'items-sum', policy: o.policy, expected: o.total, actual: added, items: o.items.map(itemView) });
    for (const i of o.items) {
      if (!i.formula || !i.citation?.doc) out.push({ kind: 'item-unexplained', policy: o.policy, subject: i.code, items: [itemView(i)] });
    }
  }
  return out;
}
