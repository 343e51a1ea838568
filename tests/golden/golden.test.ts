import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeAssess, type Assessment } from '../../src/index.js';

/**
 * Golden cases are data (docs/policy-tests.md): input, options, expected outcomes, and the `source` of the
 * expected numbers. Every case must say where its numbers come from.
 */
interface ExpectedOutcome {
  eligible: boolean;
  total?: string;
  refusal?: string;
  items?: Record<string, string>;
  facts?: Record<string, unknown>;
}
interface GoldenCase {
  name: string;
  source: string;
  note?: string;
  input: unknown;
  options?: Record<string, unknown>;
  expect: { best?: string | null; outcomes?: Record<string, ExpectedOutcome>; invalid?: string[] };
}

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function check(a: Assessment, e: GoldenCase['expect']) {
  if (e.best !== undefined) expect(a.best).toBe(e.best);
  for (const [policy, exp] of Object.entries(e.outcomes ?? {})) {
    const o = a.outcomes.find((x) => x.policy === policy);
    expect(o, `outcome ${policy} present`).toBeDefined();
    if (!o) continue;
    expect(o.eligible, `${policy} eligible (refusal: ${o.refusal?.message.en ?? 'none'})`).toBe(exp.eligible);
    if (exp.refusal !== undefined) expect(o.refusal?.code).toBe(exp.refusal);
    if (exp.total !== undefined) expect(o.total, `${policy} total`).toBe(exp.total);
    for (const [code, amount] of Object.entries(exp.items ?? {})) {
      const item = o.items.find((i) => i.code === code);
      expect(item, `${policy} item ${code}`).toBeDefined();
      expect(item?.amount, `${policy} item ${code} (${item?.formula})`).toBe(amount);
    }
    for (const [fact, value] of Object.entries(exp.facts ?? {})) expect(o.facts[fact], `${policy} fact ${fact}`).toEqual(value);
    // Every outcome explains itself: items carry formula and citation, and sum to the total.
    const sum = o.items.reduce((acc, i) => acc + BigInt(i.amount), 0n);
    expect(String(sum)).toBe(o.total);
    for (const i of o.items) {
      expect(i.formula).not.toBe('');
      expect(i.citation.doc).not.toBe('');
    }
  }
}

for (const file of files) {
  const suite = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { description?: string; cases: GoldenCase[] };
  describe(`golden: ${file}`, () => {
    for (const gc of suite.cases) {
      it(gc.name, () => {
        expect(gc.source, 'every golden case names its source').toBeTruthy();
        const r = safeAssess(gc.input, gc.options);
        if (gc.expect.invalid) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.issues.map((i) => i.path).sort()).toEqual([...gc.expect.invalid].sort());
          return;
        }
        if (!r.ok) throw new Error(r.error.message);
        check(r.value, gc.expect);
      });
    }
  });
}
