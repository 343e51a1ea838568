import { assess } from '../engine/assess.js';
import type { AssessOptions } from '../engine/options.js';
import { compareRulesets } from '../engine/top-up.js';
import type { Assessment, Item, Outcome } from '../model/types.js';
import { formatCitation } from '../core/citation.js';
import { dec } from '../core/money.js';
import type { ParameterOverrides } from '../parameters/overrides.js';

/** One side of a comparison, as a report shows it. */
export interface SideOutcome {
  readonly eligible: boolean;
  readonly total: string;
  readonly refusal?: string;
}

export interface SideItem {
  readonly amount: string;
  readonly formula: string;
  readonly citation: string;
}

/** An item whose amount or formula differs between the two sides (absent on one side: `null`). */
export interface ItemDifference {
  readonly code: string;
  readonly left: SideItem | null;
  readonly right: SideItem | null;
  /** right − left, signed integer VND ("204282000", "-500"). */
  readonly difference: string;
}

export interface PolicyDifference {
  readonly policy: string;
  readonly left: SideOutcome | null;
  readonly right: SideOutcome | null;
  /** right total − left total, signed. */
  readonly difference: string;
  readonly items: readonly ItemDifference[];
  /** The top-up owed under Decree 67/2025 (original → amended comparisons only). */
  readonly topUp?: string;
}

export interface AssessmentDifference {
  readonly id: string;
  readonly left: { readonly label: string; readonly best: string | null };
  readonly right: { readonly label: string; readonly best: string | null };
  readonly policies: readonly PolicyDifference[];
  /** True when a best, an eligibility, a total or an item differs. */
  readonly changed: boolean;
}

const side = (o: Outcome | undefined): SideOutcome | null =>
  o ? { eligible: o.eligible, total: o.total, ...(o.refusal ? { refusal: o.refusal.code } : {}) } : null;
const sideItem = (i: Item | undefined): SideItem | null => (i ? { amount: i.amount, formula: i.formula, citation: formatCitation(i.citation) } : null);
const minus = (right: string | undefined, left: string | undefined) => dec(right ?? '0').minus(left ?? '0').toFixed(0);

function itemDifferences(left: Outcome | undefined, right: Outcome | undefined): ItemDifference[] {
  const codes = [...new Set([...(left?.items ?? []), ...(right?.items ?? [])].map((i) => i.code))];
  const out: ItemDifference[] = [];
  for (const code of codes) {
    const l = left?.items.find((i) => i.code === code);
    const r = right?.items.find((i) => i.code === code);
    if (l && r && l.amount === r.amount && l.formula === r.formula) continue;
    out.push({ code, left: sideItem(l), right: sideItem(r), difference: minus(r?.amount, l?.amount) });
  }
  return out;
}

/** The differences between two assessments of the same case, policy by policy and item by item. */
export function diffAssessments(left: Assessment, right: Assessment, labels: { left: string; right: string }): AssessmentDifference {
  const policies = [...new Set([...left.outcomes, ...right.outcomes].map((o) => o.policy))];
  const rows = policies.map((policy): PolicyDifference => {
    const l = left.outcomes.find((o) => o.policy === policy);
    const r = right.outcomes.find((o) => o.policy === policy);
    return { policy, left: side(l), right: side(r), difference: minus(r?.total, l?.total), items: itemDifferences(l, r) };
  });
  const changed = left.best !== right.best || rows.some((p) => p.difference !== '0' || p.items.length > 0 || p.left?.eligible !== p.right?.eligible);
  return { id: right.id, left: { label: labels.left, best: left.best }, right: { label: labels.right, best: right.best }, policies: rows, changed };
}

export interface CompareParametersOptions {
  /** The what-if parameters of the left side; the law's values when absent. */
  readonly left?: ParameterOverrides;
  readonly right?: ParameterOverrides;
  readonly labels?: { left: string; right: string };
  /** Other `assess` options, the same for both sides. */
  readonly options?: Omit<AssessOptions, 'parameters'>;
}

const withParameters = (options: Omit<AssessOptions, 'parameters'> | undefined, p: ParameterOverrides | undefined): AssessOptions =>
  p ? { ...options, parameters: p } : { ...options };

/** Assesses one case under two parameter sets (the law's by default) and shows what changes. Throws like `assess`. */
export function compareParameters(input: unknown, c: CompareParametersOptions): AssessmentDifference {
  const left = assess(input, withParameters(c.options, c.left));
  const right = assess(input, withParameters(c.options, c.right));
  return diffAssessments(left, right, c.labels ?? { left: c.left ? 'left' : 'law', right: c.right ? 'what-if' : 'law' });
}

/** The original Decree 178 against the amended one (with the same what-if parameters, if any), with the top-up. */
export function compareOriginal(input: unknown, c: { parameters?: ParameterOverrides; options?: Omit<AssessOptions, 'parameters' | 'ruleset'> } = {}): AssessmentDifference {
  const r = compareRulesets(input, withParameters(c.options, c.parameters));
  const diff = diffAssessments(r.original, r.amended, { left: 'original', right: 'amended' });
  const topUps = new Map(r.topUps.map((t) => [t.policy, t.topUp]));
  return { ...diff, policies: diff.policies.map((p) => (topUps.has(p.policy) ? { ...p, topUp: topUps.get(p.policy)! } : p)) };
}
