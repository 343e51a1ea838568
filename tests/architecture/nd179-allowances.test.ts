import { describe, expect, it } from 'vitest';
import { nd179Policies } from '../../src/policies/nd179/common/policies.js';
import { nd179RuleBooks } from '../../src/policies/nd179/common/rule-books.js';
import { nd179Allowances } from '../../src/testing/rule-book/index.js';
import { allowanceGaps, repository } from './declaration-gaps.js';

/**
 * Issue #14 for Decree 179: each allowance (src/policies/nd179/<name>/index.ts, listed by `nd179Policies`) declares
 * what its rule-book page prints, and has the page, golden cases beside it and its rule-book sentences in both
 * languages, as the Decree 177/178/154 articles do (declarations.test.ts).
 */
const allowances = nd179Allowances;

describe('every Decree 179 allowance is complete (issue #14)', () => {
  it('has a rule-book declaration beside its code (rule-book.ts), listed in common/rule-books.ts, and none without an allowance', () => {
    const codes = Object.values(nd179Policies).flat().map((p) => p.code);
    expect(Object.keys(nd179RuleBooks).sort()).toEqual([...codes].sort());
    expect(allowances.map((p) => p.code)).toEqual(codes);
  });

  it('has its module, generated rule-book page, golden cases expecting its code, and its rule-book entries', () => {
    expect(allowances.map((p) => p.code)).toEqual([
      'nd179/talent-allowance', 'nd179/graduate-allowance', 'nd179/probation-full-salary', 'nd179/expert-allowance', 'nd179/expert-contract',
    ]);
    expect(allowanceGaps(allowances)).toEqual([]);
  });

  it('lists its conditions with refusal codes, a formula, and only options and parameters it may read', () => {
    for (const p of allowances) {
      expect(p.ruleConditions.length, p.code).toBeGreaterThan(0);
      expect(p.ruleConditions.every((c) => c.refusals.length > 0), p.code).toBe(true);
      expect(p.formula, p.code).not.toBe('');
      expect(new Set(p.options).size, p.code).toBe(p.options.length);
    }
  });

  it('would flag each kind of gap', () => {
    const p = allowances[0]!;
    const nothing = { exists: () => false, read: () => '', messageKeys: new Set<string>(), ruleBookKeys: new Set<string>() };
    expect(allowanceGaps([p], nothing).slice(0, 4)).toEqual([
      'nd179/talent-allowance: no module src/policies/nd179/talent-allowance/index.ts',
      'nd179/talent-allowance: no rule-book page docs/rule-book/nd179-talent-allowance.md',
      'nd179/talent-allowance: no golden cases src/policies/nd179/talent-allowance/cases.json',
      'nd179/talent-allowance: no rule-book entry nd179.talent-allowance.summary in src/locales/rule-book/{vi,en}/nd179.ts',
    ]);
    const otherCodeOnly = { ...repository, read: () => JSON.stringify({ cases: [{ expect: { outcomes: { 'nd179/expert-allowance': {} } } }] }) };
    expect(allowanceGaps([p], otherCodeOnly)).toEqual([
      'nd179/talent-allowance: no golden case in src/policies/nd179/talent-allowance/cases.json expects an outcome or a schedule of nd179/talent-allowance',
    ]);
  });
});
