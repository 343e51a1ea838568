import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { safeAssess, type Assessment, type Outcome } from '../../src/index.js';
import { D, mostInsuredMonths, salaryComponents, staffCase, type CaseInput } from './arbitraries.js';

/**
 * Properties of Decree 154/2025 (issue #16; docs/decisions.md D59). Generated valid cases, made Decree 154 cases:
 * the salary given by components (a single monthlySalary is refused by Decree 154, D52) and either a streamlining case
 * or a leave after 1 Sep 2025 (the generator's leave dates run 2025-01 … 2027-12).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const EARLY_178 = ['nd178/art7', 'nd178/art7a', 'nd178/art7b'];
const INTEGER = /^(0|[1-9]\d*)$/;

function ok(input: unknown): Assessment {
  const r = safeAssess(input);
  if (!r.ok) throw new Error(`generator produced an invalid case: ${JSON.stringify(r.error.issues)}\n${JSON.stringify(input)}`);
  return r.value;
}

const byPolicy = (a: Assessment) => new Map(a.outcomes.map((o) => [o.policy, o] as const));

/** A Decree 154 case by components, with none of the inputs that give Decree 154 its own S or N. */
const decree154Case: fc.Arbitrary<CaseInput> = fc
  .record({ c: staffCase, salary: salaryComponents, streamlining: fc.boolean() })
  .map(({ c, salary, streamlining }) => {
    const out: CaseInput = { ...c, salary };
    delete out.monthlySalary;
    if (streamlining) out.decree154Streamlining = true;
    return out;
  });

/** The same with the Decree 154 inputs that change S, N or the flags (Resolution 167, part-time work, training, re-employment). */
const withExtras: fc.Arbitrary<CaseInput> = fc
  .record({
    c: decree154Case,
    prior: fc.option(fc.integer({ min: 1_000_000, max: 60_000_000 }), { nil: undefined }),
    partTime: fc.option(fc.record({ allowance: fc.integer({ min: 1_000_000, max: 8_000_000 }), months: fc.integer({ min: 0, max: 240 }), other: fc.integer({ min: 0, max: 120 }) }), { nil: undefined }),
    training: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    reemployedAfterMonths: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
  })
  .map(({ c, prior, partTime, training, reemployedAfterMonths }) => {
    const out: CaseInput = { ...c };
    if (prior !== undefined) out.priorPostMonthlySalary = prior;
    if (partTime !== undefined) {
      // Clamped to the working life, as the generator clamps insuredMonths (a longer count is an input error, D40).
      const most = mostInsuredMonths(c);
      Object.assign(out, { communePartTimeAllowance: partTime.allowance, communePartTimeMonths: Math.min(partTime.months, most), otherUncompensatedInsuredMonths: Math.min(partTime.other, most) });
    }
    if (training !== undefined) out.vocationalTraining = { months: training };
    if (reemployedAfterMonths !== undefined) {
      const [y, m] = c.leaveDate.split('-').map(Number) as [number, number];
      const idx = y * 12 + (m - 1) + reemployedAfterMonths;
      out.reemploymentDate = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-15`;
    }
    return out;
  });

const nd154Outcomes = (a: Assessment): Outcome[] => a.outcomes.filter((o) => o.policy.startsWith('nd154/'));

describe('Decree 154 is never above Decree 178 for the same person and dates where both apply (D59)', () => {
  /**
   * Early retirement: S154 ≤ S178 (a subset of the components); Art 6's per-year item equals Art 7 cl. 2's on the same
   * years; its insured-time allowance exceeds Decree 178's by at most one month of S (5 against 4 + 0.5 × (N − 15) for
   * 15–16.5 years), while the one-off pension of Art 7/7a/7b pays at least 12 months of S in bands A and C, and Decree
   * 154 pays nothing under 24 months (band U2). So every eligible Decree 178 early-retirement outcome pays at least
   * the Decree 154 one.
   */
  // About 3 % of the generated cases have both eligible (a sample of 3,000 had 99): hence more runs.
  test.prop([decree154Case], { numRuns: RUNS * 6 })('nd154/early-retirement ≤ each eligible nd178 Art 7, 7a, 7b', (c) => {
    const a = byPolicy(ok(c));
    const ours = a.get('nd154/early-retirement');
    if (!ours?.eligible) return;
    for (const code of EARLY_178) {
      const theirs = a.get(code);
      if (theirs?.eligible) expect(BigInt(ours.total) <= BigInt(theirs.total), `${code} ${theirs.total} < ${ours.total}`).toBe(true);
    }
  });

  /** Resignation, default route: 3 + 1.5 × N months of S154 against Art 9's severance + 1.5 × N + 3 months of S178. */
  // About 8 % have both eligible (240 of 3,000).
  test.prop([decree154Case], { numRuns: RUNS * 3 })('nd154/resignation (no training) ≤ nd178/art9', (c) => {
    const a = byPolicy(ok(c));
    const ours = a.get('nd154/resignation');
    const theirs = a.get('nd178/art9');
    if (!ours?.eligible || !theirs?.eligible) return;
    expect(BigInt(ours.total) <= BigInt(theirs.total), `${theirs.total} < ${ours.total}`).toBe(true);
  });

  test.prop([decree154Case], { numRuns: RUNS })('the Decree 154 S is at most the Decree 178 S', (c) => {
    const a = ok(c);
    const s178 = a.outcomes.find((o) => o.policy.startsWith('nd178/') && o.facts.monthlySalary !== undefined)?.facts.monthlySalary;
    for (const o of nd154Outcomes(a)) {
      if (o.facts.monthlySalary === undefined || s178 === undefined) continue;
      expect(new D(o.facts.monthlySalary as string).lte(new D(s178 as string)), `${String(o.facts.monthlySalary)} > ${String(s178)}`).toBe(true);
    }
  });
});

describe('every Decree 154 outcome', () => {
  test.prop([withExtras], { numRuns: RUNS * 2 })('has integer, non-negative amounts that sum to its total; "0" and no items when refused', (c) => {
    for (const o of nd154Outcomes(ok(c))) {
      expect(o.total).toMatch(INTEGER);
      let sum = 0n;
      for (const i of o.items) {
        expect(i.amount, `${o.policy} ${i.code}`).toMatch(INTEGER);
        sum += BigInt(i.amount);
      }
      expect(BigInt(o.total)).toBe(sum);
      if (!o.eligible) expect([o.total, o.items.length]).toEqual(['0', 0]);
    }
  });

  test.prop([withExtras], { numRuns: RUNS * 2 })('cites Decree 154 with verified: false on every item and every flag', (c) => {
    for (const o of nd154Outcomes(ok(c))) {
      for (const x of [...o.items, ...o.flags]) {
        expect(x.citation.doc, `${o.policy} ${x.code}`).toBe('154/2025/NĐ-CP');
        expect(x.citation.verified, `${o.policy} ${x.code}`).toBe(false);
      }
    }
  });

  test.prop([withExtras], { numRuns: RUNS })('pays the training salary for at most 6 months, and the 1.5 × N item only without training', (c) => {
    const o = byPolicy(ok(c)).get('nd154/resignation');
    if (!o?.eligible) return;
    const training = o.items.find((i) => i.code === 'training-salary');
    // S is exact (it may have decimals); each item is S × months rounded once, half up.
    const sixMonths = new D(o.facts.monthlySalary as string).times(6).toDecimalPlaces(0, D.ROUND_HALF_UP);
    if (c.vocationalTraining) {
      expect(training).toBeDefined();
      expect(o.items.some((i) => i.code === 'insured-years-allowance')).toBe(false);
      expect(new D(training!.amount).lte(sixMonths)).toBe(true);
    } else expect(training).toBeUndefined();
  });

  test.prop([withExtras], { numRuns: RUNS })('carries the refund flag exactly when re-employed within 60 months, with one warning', (c) => {
    const a = ok(c);
    const within = c.reemploymentDate !== undefined && (() => {
      const [ly, lm] = c.leaveDate.split('-').map(Number) as [number, number];
      const [ry, rm] = String(c.reemploymentDate).split('-').map(Number) as [number, number];
      // Leave dates are 1sts and re-employment the 15th: within 60 months when fewer than 60 months apart by month.
      return ry * 12 + rm - (ly * 12 + lm) < 60;
    })();
    const eligible = nd154Outcomes(a).filter((o) => o.eligible);
    for (const o of eligible) expect(o.flags.some((f) => f.code === 'refund-due'), o.policy).toBe(within);
    expect(a.warnings.filter((w) => w.code === 'nd154-refund-due').length).toBe(within && eligible.length > 0 ? 1 : 0);
  });

  test.prop([withExtras], { numRuns: RUNS })('makes the Decree 178 packages of a Decree 154 case non-competing, and best the highest of the rest', (c) => {
    const a = ok(c);
    if (nd154Outcomes(a).length === 0) return;
    for (const o of a.outcomes) if (/^nd178\/art(7|7a|7b|9|10)$/.test(o.policy)) expect(o.excludedFromBest, o.policy).toBeDefined();
    const competing = a.outcomes.filter((o) => o.eligible && !o.excludedFromBest);
    if (competing.length === 0) return void expect(a.best).toBeNull();
    const top = competing.reduce((m, o) => (BigInt(o.total) > BigInt(m.total) ? o : m));
    expect(a.best).toBe(top.policy);
  });
});
