import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeAssess179, safeSchedule179, type AllowanceSchedule, type Assessment179, type Schedule179 } from '../../src/engine/nd179/index.js';

/**
 * Decree 179 golden cases are data (tests/nd179/cases/*.json): input, options, the expected numbers, the
 * `source` of those numbers and a `note` with the arithmetic done by hand. The runner also checks, for
 * every schedule, that the total is the sum of the rows and that every amount has a formula and a citation.
 */
interface ExpectedRow {
  amount?: string | null;
  formula?: string;
  days?: number;
  refusal?: string;
  fullSalary?: string;
  usualProbationSalary?: string;
}
interface ExpectedSchedule {
  eligible?: boolean;
  refusal?: string;
  refusals?: string[];
  total?: string;
  totalFullSalary?: string;
  months?: number;
  fullMonths?: number;
  complete?: boolean;
  entitlement?: { start: string | null; end: string | null };
  rows?: Record<string, string | ExpectedRow>;
}
interface ExpectedOutcome {
  eligible: boolean;
  refusal?: string;
  total?: string;
  items?: Record<string, string>;
  formula?: string;
  facts?: Record<string, unknown>;
}
interface GoldenCase {
  name: string;
  source: string;
  note?: string;
  function: 'schedule179' | 'assess179';
  input: unknown;
  options?: Record<string, unknown>;
  expect: {
    invalid?: string[];
    eligible?: boolean;
    refusals?: string[];
    warnings?: string[];
    schedules?: Record<string, ExpectedSchedule>;
    outcomes?: Record<string, ExpectedOutcome>;
  };
}

function checkSchedule(s: AllowanceSchedule, e: ExpectedSchedule) {
  const where = s.policy;
  if (e.eligible !== undefined) expect(s.eligible, `${where} eligible (refusal: ${s.refusal?.message.en ?? 'none'})`).toBe(e.eligible);
  if (e.refusal !== undefined) expect(s.refusal?.code, `${where} refusal`).toBe(e.refusal);
  if (e.refusals !== undefined) expect(s.refusals.map((r) => r.code), `${where} refusals`).toEqual(e.refusals);
  if (e.total !== undefined) expect(s.total, `${where} total`).toBe(e.total);
  if (e.totalFullSalary !== undefined) expect(s.totalFullSalary, `${where} totalFullSalary`).toBe(e.totalFullSalary);
  if (e.months !== undefined) expect(s.months, `${where} months`).toBe(e.months);
  if (e.fullMonths !== undefined) expect(s.fullMonths, `${where} fullMonths`).toBe(e.fullMonths);
  if (e.complete !== undefined) expect(s.complete, `${where} complete`).toBe(e.complete);
  if (e.entitlement !== undefined) expect(s.entitlement, `${where} entitlement`).toEqual(e.entitlement);
  for (const [month, exp] of Object.entries(e.rows ?? {})) {
    const row = s.rows.find((r) => r.month === month);
    expect(row, `${where} row ${month}`).toBeDefined();
    if (!row) continue;
    const x: ExpectedRow = typeof exp === 'string' ? { amount: exp } : exp;
    if (x.amount !== undefined) expect(row.amount, `${where} ${month} amount (${row.formula})`).toBe(x.amount);
    if (x.formula !== undefined) expect(row.formula, `${where} ${month} formula`).toBe(x.formula);
    if (x.days !== undefined) expect(row.days, `${where} ${month} days`).toBe(x.days);
    if (x.refusal !== undefined) expect(row.refusal?.code, `${where} ${month} refusal`).toBe(x.refusal);
    if (x.fullSalary !== undefined) expect(row.fullSalary, `${where} ${month} fullSalary`).toBe(x.fullSalary);
    if (x.usualProbationSalary !== undefined) expect(row.usualProbationSalary, `${where} ${month} usual`).toBe(x.usualProbationSalary);
  }
  // Every schedule explains itself: total = sum of rows; each amount has a formula and a citation.
  const sum = s.rows.reduce((acc, r) => acc + BigInt(r.amount ?? '0'), 0n);
  expect(String(sum), `${where} total = sum of rows`).toBe(s.total);
  for (const r of s.rows) {
    if (r.amount === null) {
      expect(r.refusal, `${where} ${r.month}: no amount without a refusal`).toBeDefined();
      continue;
    }
    expect(r.formula).not.toBe('');
    expect(r.citation.doc).toBe('179/2024/NĐ-CP');
    expect(BigInt(r.amount) >= 0n).toBe(true);
  }
  if (!s.eligible) expect(s.refusal, `${where}: not eligible without a refusal`).toBeDefined();
}

function checkAssessment(a: Assessment179, e: GoldenCase['expect']) {
  for (const [policy, exp] of Object.entries(e.outcomes ?? {})) {
    const o = a.outcomes.find((x) => x.policy === policy);
    expect(o, `outcome ${policy}`).toBeDefined();
    if (!o) continue;
    expect(o.eligible, `${policy} eligible (refusal: ${o.refusal?.message.en ?? 'none'})`).toBe(exp.eligible);
    if (exp.refusal !== undefined) expect(o.refusal?.code, `${policy} refusal`).toBe(exp.refusal);
    if (exp.total !== undefined) expect(o.total, `${policy} total`).toBe(exp.total);
    for (const [code, amount] of Object.entries(exp.items ?? {})) expect(o.items.find((i) => i.code === code)?.amount, `${policy} item ${code}`).toBe(amount);
    if (exp.formula !== undefined) expect(o.items[0]?.formula, `${policy} formula`).toBe(exp.formula);
    for (const [fact, value] of Object.entries(exp.facts ?? {})) expect(o.facts[fact], `${policy} fact ${fact}`).toEqual(value);
    if (!o.eligible) expect(o.refusal?.citation.doc).toBeTruthy();
  }
}

const dir = join(import.meta.dirname, 'cases');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const suite = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { description?: string; cases: GoldenCase[] };
  describe(`nd179 golden: ${file}`, () => {
    for (const gc of suite.cases) {
      it(gc.name, () => {
        expect(gc.source, 'every golden case names its source').toBeTruthy();
        const r = gc.function === 'schedule179'
          ? safeSchedule179(gc.input, gc.options as never)
          : safeAssess179(gc.input, gc.options as never);
        if (gc.expect.invalid) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.issues.map((i) => i.path).sort()).toEqual([...gc.expect.invalid].sort());
          return;
        }
        if (!r.ok) throw new Error(r.error.message);
        const value = r.value as Schedule179 | Assessment179;
        if (gc.expect.eligible !== undefined) expect(value.eligibility.eligible).toBe(gc.expect.eligible);
        if (gc.expect.refusals !== undefined) expect(value.eligibility.refusals.map((x) => x.code)).toEqual(gc.expect.refusals);
        if (gc.expect.warnings !== undefined) expect(value.warnings.map((w) => w.code)).toEqual(gc.expect.warnings);
        if ('schedules' in value) {
          for (const [policy, exp] of Object.entries(gc.expect.schedules ?? {})) {
            const s = value.schedules.find((x) => x.policy === policy);
            expect(s, `schedule ${policy}`).toBeDefined();
            if (s) checkSchedule(s, exp);
          }
          for (const s of value.schedules) checkSchedule(s, {});
        } else checkAssessment(value, gc.expect);
      });
    }
  });
}
