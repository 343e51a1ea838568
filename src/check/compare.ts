import { formatCitation } from '../core/citation.js';
import { dec, sum, type Decimal } from '../core/money.js';
import { safeAssess } from '../engine/assess.js';
import type { AssessOptions } from '../engine/options.js';
import type { Text } from '../i18n/text.js';
import { msg } from '../locales/check.js';
import { amountText } from './amount-text.js';
import type { Assessment, Outcome } from '../model/types.js';
import { baseSalary } from '../parameters/base-salary.js';
import type { ReadRow, RowProblem } from './rebuild.js';
import type { DeclaredFact } from './targets.js';

/** One declared figure beside the recomputed one. Amounts in whole đồng as decimal strings. */
export interface Comparison {
  readonly kind: 'item' | 'total' | 'figure';
  /** The item code, `total`, or the fact's name (monthsEarly, yearsEarly, insuredYears, severanceMonths, monthlySalary). */
  readonly code: string;
  readonly label: Text;
  readonly declared: string | null;
  /** null when the engine pays nothing for it (not eligible, or no such item): never shown as a zero. */
  readonly recomputed: string | null;
  /** declared − recomputed (a missing recomputed amount counts as nothing paid). */
  readonly difference: string;
  readonly agrees: boolean;
  readonly formula?: string;
  readonly citation?: string;
}

export interface Cause {
  readonly code: 'not-eligible' | 'odd-months-rounded-up' | 'declared-insured-years-used' | 'declared-salary-used' | 'excluded-allowance-in-salary' | 'wrong-base-salary' | 'wrong-window' | 'figure-mismatch' | 'unknown';
  readonly message: Text;
}

export interface CheckedRow {
  readonly row: number;
  readonly unit?: string;
  readonly name?: string;
  readonly policy: string | null;
  readonly status: 'agrees' | 'differs' | 'cannot-rebuild';
  /** Why the row cannot be rebuilt: each names the field (and column), never a zero. */
  readonly problems: readonly Text[];
  readonly comparisons: readonly Comparison[];
  readonly causes: readonly Cause[];
  /** Declared and recomputed totals and their difference (absent when the row cannot be rebuilt). */
  readonly declaredTotal?: string;
  readonly recomputedTotal?: string | null;
  readonly difference?: string;
}

export interface CompareOptions {
  /** Đồng a declared amount may differ by and still agree (lists rounded by hand); 0 by default. */
  readonly tolerance: Decimal;
  readonly assessOptions: AssessOptions;
}

/**
 * Inputs every policy reads, named (with their column) before the engine runs. Dates only some policies need
 * (the restructuring decision, the congress) are left to the engine: it refuses the policy and says why.
 */
const REQUIRED = ['gender', 'birthDate', 'staffType', 'insuredMonths', 'leaveDate'] as const;
const RESIGNATION = ['nd178/art9', 'nd178/art10'];

function problemText(row: number, p: RowProblem): Text {
  return msg('check.problem', {
    row, field: p.field,
    column: p.column ? msg('check.problem.column', { column: p.column }) : '',
    reason: msg(`check.cell.${p.problem}`),
    text: p.text ? msg('check.problem.text', { text: p.text }) : '',
  });
}

function missing(read: ReadRow, field: string): RowProblem {
  const column = read.columnOf(field);
  return { field, problem: 'missing', ...(column !== undefined ? { column } : {}) };
}

/** The outcome the row's policy names (`resignation`: the resignation article that applies). */
function outcomeFor(a: Assessment, policy: string): Outcome | undefined {
  if (policy === 'resignation') {
    const all = a.outcomes.filter((o) => RESIGNATION.includes(o.policy));
    return all.find((o) => o.eligible) ?? all[0];
  }
  return a.outcomes.find((o) => o.policy === policy);
}

interface Recomputed {
  readonly items: ReadonlyMap<string, Decimal>;
  readonly total: Decimal;
}

const recomputedOf = (o: Outcome | undefined): Recomputed => ({
  items: new Map(o?.eligible ? o.items.filter((i) => !i.period).map((i) => [i.code, dec(i.amount)]) : []),
  total: o?.eligible ? dec(o.total) : dec(0),
});

/** Every declared amount equals the alternative's within the tolerance. */
function matches(read: ReadRow, r: Recomputed, tolerance: Decimal): boolean {
  const near = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(tolerance);
  for (const [code, amount] of read.items) if (!near(amount, r.items.get(code) ?? dec(0))) return false;
  return read.total === undefined || near(read.total, r.total);
}

const FACT_OF: Readonly<Record<DeclaredFact, string>> = {
  monthsEarly: 'monthsEarly', yearsEarly: 'yearsEarly', insuredYears: 'insuredYears', severanceMonths: 'severanceMonths', monthlySalary: 'monthlySalary',
};

/** Rebuilds, assesses and compares one row (the engine computes; nothing of the law is re-implemented here). */
export function compareRow(read: ReadRow, unit: string | undefined, options: CompareOptions): CheckedRow {
  const base = { row: read.row, ...(unit !== undefined ? { unit } : {}), ...(read.name !== undefined ? { name: read.name } : {}) };
  const problems = [...read.problems];
  for (const field of REQUIRED) if (read.input[field] === undefined && !problems.some((p) => p.field === field)) problems.push(missing(read, field));
  if (read.input.monthlySalary === undefined && read.input.salary === undefined) problems.push(missing(read, 'monthlySalary'));
  if (read.policy === undefined) problems.push(missing(read, 'policy'));
  if (problems.length > 0) return { ...base, policy: read.policy ?? null, status: 'cannot-rebuild', problems: problems.map((p) => problemText(read.row, p)), comparisons: [], causes: [] };
  const policy = read.policy!;
  const input = { id: read.name ?? `row-${read.row}`, ...read.input };
  const assessed = safeAssess(input, options.assessOptions);
  if (!assessed.ok) {
    const texts = assessed.error.issues.map((i) => msg('check.problem.invalid', { row: read.row, field: i.path, reason: i.messages }));
    return { ...base, policy, status: 'cannot-rebuild', problems: texts, comparisons: [], causes: [] };
  }
  const outcome = outcomeFor(assessed.value, policy);
  if (outcome === undefined) {
    return { ...base, policy, status: 'cannot-rebuild', problems: [msg('check.problem.unknown-policy', { policy })], comparisons: [], causes: [] };
  }
  const comparisons = compareAll(read, outcome, options.tolerance);
  const declaredTotal = read.total ?? sum([...read.items.values()]);
  const recomputed = recomputedOf(outcome);
  const difference = declaredTotal.minus(recomputed.total);
  const differs = comparisons.some((c) => !c.agrees);
  const causes = differs ? explain(read, input, outcome, comparisons, options) : [];
  return {
    ...base, policy: outcome.policy, status: differs ? 'differs' : 'agrees', problems: [], comparisons, causes,
    declaredTotal: declaredTotal.toFixed(0), recomputedTotal: outcome.eligible ? outcome.total : null, difference: difference.toFixed(0),
  };
}

function compareAll(read: ReadRow, outcome: Outcome, tolerance: Decimal): Comparison[] {
  const out: Comparison[] = [];
  const money = (kind: Comparison['kind'], code: string, label: Text, declared: Decimal, recomputed: Decimal | undefined, extra: Partial<Comparison>) => {
    const diff = declared.minus(recomputed ?? 0);
    out.push({ kind, code, label, declared: declared.toFixed(0), recomputed: recomputed?.toFixed(0) ?? null, difference: diff.toFixed(0), agrees: diff.abs().lte(tolerance), ...extra });
  };
  const items = outcome.eligible ? outcome.items.filter((i) => !i.period) : [];
  for (const item of items) {
    const declared = read.items.get(item.code);
    if (declared === undefined) continue;
    money('item', item.code, item.label, declared, dec(item.amount), { formula: item.formula, citation: formatCitation(item.citation) });
  }
  for (const [code, declared] of read.items) {
    if (items.some((i) => i.code === code)) continue;
    if (declared.isZero()) continue;
    money('item', code, { vi: code, en: code }, declared, undefined, {});
  }
  const declaredTotal = read.total ?? sum([...read.items.values()]);
  money('total', 'total', msg('check.total'), declaredTotal, outcome.eligible ? dec(outcome.total) : undefined, { citation: formatCitation(outcome.refusal?.citation ?? items[0]?.citation ?? { doc: outcome.policy }) });
  for (const [fact, declared] of Object.entries(read.declared) as [DeclaredFact, Decimal][]) {
    const value = outcome.facts[FACT_OF[fact]];
    const recomputed = typeof value === 'number' || typeof value === 'string' ? dec(value) : undefined;
    const agrees = recomputed !== undefined && declared.eq(recomputed);
    out.push({ kind: 'figure', code: fact, label: msg(`check.figure.${fact}`), declared: declared.toString(), recomputed: recomputed?.toString() ?? null, difference: declared.minus(recomputed ?? 0).toString(), agrees });
  }
  return out;
}

interface Alternative {
  readonly code: Cause['code'];
  readonly input: Record<string, unknown>;
  readonly options?: AssessOptions;
  readonly message: Text;
}

/** The readings a list may have used instead of the law's, each recomputed by the engine (issue #17). */
function alternatives(read: ReadRow, input: Record<string, unknown>, o: Outcome): Alternative[] {
  const alts: Alternative[] = [];
  const months = typeof input.insuredMonths === 'number' ? input.insuredMonths : undefined;
  const S = typeof o.facts.monthlySalary === 'string' ? dec(o.facts.monthlySalary) : undefined;
  if (months !== undefined && months % 12 === 6) {
    alts.push({ code: 'odd-months-rounded-up', input: { ...input, insuredMonths: months + 6 }, message: msg('check.cause.odd-months-rounded-up', { months, years: Math.floor(months / 12), odd: 6 }) });
  }
  const declaredYears = read.declared.insuredYears;
  if (months !== undefined && declaredYears !== undefined && declaredYears.isInteger() && !declaredYears.eq(Number(o.facts.insuredYears ?? -1))) {
    alts.push({
      code: 'declared-insured-years-used', input: { ...input, insuredMonths: declaredYears.toNumber() * 12 },
      message: msg('check.cause.declared-insured-years-used', { declared: declaredYears.toString(), months, recomputed: String(o.facts.insuredYears) }),
    });
  }
  const withSalary = (value: Decimal) => {
    const { salary: _s, ...rest } = input;
    return { ...rest, monthlySalary: value.toFixed(0) };
  };
  if (S !== undefined && read.excluded.size > 0) {
    const amount = sum([...read.excluded.values()]);
    alts.push({
      code: 'excluded-allowance-in-salary', input: withSalary(S.plus(amount)),
      message: msg('check.cause.excluded-allowance-in-salary', { names: [...read.excluded.keys()].join(', '), amount: amountText(amount), recomputed: amountText(S) }),
    });
  }
  const salary = input.salary as Record<string, unknown> | undefined;
  const usedBase = o.facts.baseSalary;
  if (salary !== undefined && salary.baseSalary === undefined && typeof usedBase === 'string') {
    for (const row of baseSalary.rows) {
      if (row.value === usedBase) continue;
      alts.push({
        code: 'wrong-base-salary', input: { ...input, salary: { ...salary, baseSalary: row.value } },
        message: msg('check.cause.wrong-base-salary', { used: amountText(row.value), right: amountText(usedBase) }),
      });
    }
  }
  const declaredS = read.declared.monthlySalary;
  if (S !== undefined && declaredS !== undefined && !declaredS.eq(S) && !(read.excluded.size > 0 && declaredS.eq(S.plus(sum([...read.excluded.values()]))))) {
    alts.push({ code: 'declared-salary-used', input: withSalary(declaredS), message: msg('check.cause.declared-salary-used', { declared: amountText(declaredS), recomputed: amountText(S) }) });
  }
  const window = o.facts.window;
  if (window === 'first-12-months' || window === 'from-13th-month') {
    const other = window === 'first-12-months' ? 'from-13th-month' : 'first-12-months';
    // The other period's rates as what-if parameters (Decree 178 Art 7 cl. 1 b; Art 9/10 cl. 1).
    const parameters = window === 'first-12-months'
      ? { oneOffRateNear: '0.5', oneOffRateFar: '0.45', severanceRateFirst12: '0.4' }
      : { fromThirteenthMonthShare: '1', severanceRateFrom13: '0.8' };
    alts.push({ code: 'wrong-window', input, options: { parameters }, message: msg('check.cause.wrong-window', { right: msg(`check.window.${window}`), used: msg(`check.window.${other}`) }) });
  }
  return alts;
}

function explain(read: ReadRow, input: Record<string, unknown>, outcome: Outcome, comparisons: readonly Comparison[], options: CompareOptions): Cause[] {
  const causes: Cause[] = [];
  if (!outcome.eligible && outcome.refusal) {
    causes.push({ code: 'not-eligible', message: msg('check.cause.not-eligible', { policy: outcome.title, refusal: outcome.refusal.message }) });
  }
  for (const c of comparisons) {
    if (c.kind !== 'figure' || c.agrees) continue;
    causes.push({ code: 'figure-mismatch', message: msg('check.cause.figure-mismatch', { figure: c.label, declared: c.declared ?? '', recomputed: c.recomputed ?? '—' }) });
  }
  const moneyDiffers = comparisons.some((c) => c.kind !== 'figure' && !c.agrees);
  if (moneyDiffers && outcome.eligible) {
    const found = alternatives(read, input, outcome).find((alt) => {
      const r = safeAssess(alt.input, { ...options.assessOptions, ...(alt.options ?? {}) });
      return r.ok && matches(read, recomputedOf(outcomeFor(r.value, read.policy!)), options.tolerance);
    });
    causes.push(found ? { code: found.code, message: found.message } : { code: 'unknown', message: msg('check.cause.unknown') });
  }
  return causes;
}
