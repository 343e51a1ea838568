import { formatCitation } from '../core/citation.js';
import type { AllowanceSchedule, Assessment179, Schedule179, ScheduleRow } from '../engine/nd179/index.js';
import { jsonEqual } from './json-equal.js';
import { checkOutcome, itemView, sameCodes, type ItemView, type PolicyTestFailure } from './policy-checks.js';
import type { ExpectedRow, ExpectedSchedule, PolicyTestExpect } from './policy-test-format.js';

/**
 * The checks of a Decree 179 policy test (`function: "assess179"` or `"schedule179"`), in the failure
 * vocabulary of `assess`: a month is checked like an item (its code is the month), a schedule like an
 * outcome, and every schedule explains itself (rows add up to the total, each amount has a formula and a
 * Decree 179 citation, each refused month its refusal). A schedule's outcomes (`Schedule179.outcomes`) are checked
 * by `expect.outcomes` exactly as `assess` outcomes are.
 */
const rowView = (r: ScheduleRow): ItemView => ({ code: r.month, label: r.label, amount: r.amount ?? '—', formula: r.formula, citation: formatCitation(r.citation) });

function checkRow(s: AllowanceSchedule, month: string, expected: ExpectedRow): PolicyTestFailure[] {
  const policy = s.policy;
  const row = s.rows.find((r) => r.month === month);
  const want = typeof expected === 'string' ? { amount: expected } : expected;
  if (!row) return [{ kind: 'missing-item', policy, subject: month, expected: want.amount, available: s.rows.map((r) => r.month), items: s.rows.map(rowView) }];
  const items = [rowView(row)];
  const out: PolicyTestFailure[] = [];
  if (want.amount !== undefined && row.amount !== want.amount) out.push({ kind: 'item-amount', policy, subject: month, expected: want.amount, actual: row.amount, items });
  if (want.formula !== undefined && row.formula !== want.formula) out.push({ kind: 'item-formula', policy, subject: month, expected: want.formula, actual: row.formula, items });
  const figures: [string, unknown, unknown][] = [
    ['days', want.days, row.days],
    ['refusal', want.refusal, row.refusal?.code],
    ['fullSalary', want.fullSalary, row.fullSalary],
    ['usualProbationSalary', want.usualProbationSalary, row.usualProbationSalary],
  ];
  for (const [name, e, a] of figures) if (e !== undefined && !jsonEqual(a, e)) out.push({ kind: 'schedule', policy, subject: `${month} ${name}`, expected: e, actual: a ?? null, items });
  return out;
}

function checkSchedule(s: AllowanceSchedule, e: ExpectedSchedule): PolicyTestFailure[] {
  const policy = s.policy;
  const out: PolicyTestFailure[] = [];
  const refusal = s.refusal ? { code: s.refusal.code, message: s.refusal.message, citation: formatCitation(s.refusal.citation) } : undefined;
  if (e.eligible !== undefined && s.eligible !== e.eligible) out.push({ kind: 'eligible', policy, expected: e.eligible, actual: s.eligible, ...(refusal ? { refusal } : {}) });
  if (e.refusal !== undefined && s.refusal?.code !== e.refusal) out.push({ kind: 'refusal', policy, expected: e.refusal, actual: s.refusal?.code ?? null, ...(refusal ? { refusal } : {}) });
  if (e.total !== undefined && s.total !== e.total) out.push({ kind: 'total', policy, expected: e.total, actual: s.total, items: s.rows.map(rowView) });
  const figures: [string, unknown, unknown][] = [
    ['refusals', e.refusals, s.refusals.map((r) => r.code)],
    ['totalFullSalary', e.totalFullSalary, s.totalFullSalary],
    ['months', e.months, s.months],
    ['fullMonths', e.fullMonths, s.fullMonths],
    ['complete', e.complete, s.complete],
    ['entitlement', e.entitlement, s.entitlement],
  ];
  for (const [name, want, got] of figures) if (want !== undefined && !jsonEqual(got, want)) out.push({ kind: 'schedule', policy, subject: name, expected: want, actual: got ?? null });
  for (const [month, row] of Object.entries(e.rows ?? {})) out.push(...checkRow(s, month, row));
  return out;
}

/** The contract of every schedule: total = sum of the rows; each amount with a formula and a Decree 179 citation. */
function checkScheduleExplained(s: AllowanceSchedule): PolicyTestFailure[] {
  const out: PolicyTestFailure[] = [];
  const added = String(s.rows.reduce((acc, r) => acc + BigInt(r.amount ?? '0'), 0n));
  if (added !== s.total) out.push({ kind: 'items-sum', policy: s.policy, expected: s.total, actual: added, items: s.rows.map(rowView) });
  for (const r of s.rows) {
    const explained = r.amount === null ? r.refusal !== undefined : r.formula !== '' && r.citation.doc === '179/2024/NĐ-CP' && BigInt(r.amount) >= 0n;
    if (!explained) out.push({ kind: 'item-unexplained', policy: s.policy, subject: r.month, items: [rowView(r)] });
  }
  if (!s.eligible && !s.refusal) out.push({ kind: 'item-unexplained', policy: s.policy, subject: 'refusal' });
  return out;
}

/** Compares an `assess179` or `schedule179` result with the expectations of a policy test. */
export function check179(value: Assessment179 | Schedule179, e: PolicyTestExpect): PolicyTestFailure[] {
  const out: PolicyTestFailure[] = [];
  if (e.eligible !== undefined && value.eligibility.eligible !== e.eligible) {
    const first = value.eligibility.refusals[0];
    out.push({ kind: 'eligible', policy: 'eligibility', expected: e.eligible, actual: value.eligibility.eligible, ...(first ? { refusal: { code: first.code, message: first.message, citation: formatCitation(first.citation) } } : {}) });
  }
  if (e.refusals !== undefined) {
    const actual = value.eligibility.refusals.map((r) => r.code);
    if (!jsonEqual(actual, e.refusals)) out.push({ kind: 'schedule', policy: 'eligibility', subject: 'refusals', expected: e.refusals, actual });
  }
  if (e.warnings !== undefined) {
    const actual = value.warnings.map((w) => w.code);
    if (!sameCodes(actual, e.warnings)) out.push({ kind: 'warnings', expected: [...e.warnings].sort(), actual: [...actual].sort() });
  }
  if ('schedules' in value) {
    for (const [policy, expected] of Object.entries(e.schedules ?? {})) {
      const s = value.schedules.find((x) => x.policy === policy);
      if (!s) out.push({ kind: 'missing-outcome', policy, available: value.schedules.map((x) => x.policy) });
      else out.push(...checkSchedule(s, expected));
    }
    for (const s of value.schedules) out.push(...checkScheduleExplained(s));
  }
  // `assess179` outcomes, and a schedule's outcomes (one per allowance, its months as items with their period):
  // `expect.outcomes` reads both as it reads those of `assess` (item codes `month-YYYY-MM` for a schedule).
  for (const [policy, expected] of Object.entries(e.outcomes ?? {})) {
    const o = value.outcomes.find((x) => x.policy === policy);
    if (!o) out.push({ kind: 'missing-outcome', policy, available: value.outcomes.map((x) => x.policy) });
    else out.push(...checkOutcome(o, expected));
  }
  for (const o of value.outcomes) {
    for (const i of o.items) if (!i.formula || !i.citation?.doc) out.push({ kind: 'item-unexplained', policy: o.policy, subject: i.code, items: [itemView(i)] });
    if (!o.eligible && !o.refusal?.citation.doc) out.push({ kind: 'item-unexplained', policy: o.policy, subject: 'refusal' });
  }
  return out;
}
