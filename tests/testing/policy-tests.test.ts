import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aCase, formatPolicyTestResult, formatPolicyTestRun, parsePolicyTestFile, PolicyTestFormatError, runPolicyTest,
  runPolicyTestFile, type PolicyTestCase,
} from '../../src/testing/index.js';
import type { SafeAssessResult } from '../../src/index.js';

const o1: PolicyTestCase = {
  name: 'O1 MoHA 1814',
  source: 'MoHA Official Letter 1814/BNV-TCBC',
  input: aCase().id('O1').build(),
  expect: {
    best: 'nd178/art7',
    outcomes: {
      'nd178/art7': { eligible: true, total: '744778125', items: { 'one-off-pension': '460687500' }, facts: { monthsEarly: 30 } },
      'nd178/art9': { eligible: false, refusal: 'eligible-for-early-retirement' },
    },
  },
};

const mutate = (patch: Partial<PolicyTestCase>): PolicyTestCase => ({ ...o1, ...patch });

describe('policy-test runner', () => {
  it('passes a correct case and keeps the assessment', () => {
    const r = runPolicyTest(o1);
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.id).toBe('O1');
    expect(r.assessment?.best).toBe('nd178/art7');
    expect(formatPolicyTestResult(r)).toMatch(/^PASS {2}O1 MoHA 1814/);
  });

  it('reports a wrong item amount with the formula and citation used, and the difference', () => {
    const r = runPolicyTest(mutate({ expect: { outcomes: { 'nd178/art7': { eligible: true, total: '744788125', items: { 'one-off-pension': '460687000' } } } } }), 3, { file: 'o1.json' });
    expect(r.passed).toBe(false);
    expect(r.failures.map((f) => f.kind)).toEqual(['total', 'item-amount']);
    const report = formatPolicyTestResult(r);
    expect(report).toContain('FAIL  O1 MoHA 1814  (o1.json #3, id O1)');
    expect(report).toContain('source: MoHA Official Letter 1814/BNV-TCBC');
    expect(report).toContain('nd178/art7 total: expected 744,788,125, got 744,778,125 (−10,000)');
    expect(report).toContain('nd178/art7 › one-off-pension: expected 460,687,000, got 460,687,500 (+500)');
    expect(report).toContain('formula: 15,356,250 × 1.0 × 30');
    expect(report).toContain('citation: 178/2024/NĐ-CP Art 7 cl. 1 pt. a');
  });

  it('reports eligibility, refusal, best, facts and missing items with the refusal and the choices that exist', () => {
    const r = runPolicyTest(mutate({
      expect: {
        best: 'nd178/art9',
        outcomes: {
          'nd178/art9': { eligible: true, refusal: 'too-early' },
          'nd178/art7': { eligible: true, items: { 'job-search-allowance': '1' }, facts: { monthsEarly: 31, band: 'B' } },
          'nd178/art10': { eligible: true },
        },
      },
    }));
    expect(r.failures.map((f) => `${f.kind}:${f.policy ?? ''}:${f.subject ?? ''}`)).toEqual([
      'best::', 'eligible:nd178/art9:', 'refusal:nd178/art9:', 'missing-item:nd178/art7:job-search-allowance',
      'fact:nd178/art7:monthsEarly', 'fact:nd178/art7:band', 'missing-outcome:nd178/art10:',
    ]);
    const report = formatPolicyTestResult(r);
    expect(report).toContain('best (the policy paid): expected "nd178/art9", got "nd178/art7"');
    expect(report).toContain('refusal: eligible-for-early-retirement — Eligible for early retirement under Art 7');
    expect(report).toContain('nd178/art7 › job-search-allowance: no such item (expected 1); the items are:');
    expect(report).toContain('nd178/art7 › monthsEarly: expected 31, got 30');
    expect(report).toContain('nd178/art10: no such outcome; the outcomes are nd178/art7, nd178/art9');
    const vi = formatPolicyTestResult(r, { lang: 'vi' });
    expect(vi).toContain('KHÔNG ĐẠT');
    expect(vi).toContain('từ chối: eligible-for-early-retirement — Đủ điều kiện nghỉ hưu trước tuổi');
  });

  it('checks the formula and part of the citation when the analyst gives them', () => {
    const r = runPolicyTest(mutate({
      expect: { outcomes: { 'nd178/art7': { eligible: true, items: { 'one-off-pension': { formula: '15,356,250 × 1.0 × 30', citation: { article: '7', point: 'b' } } } } } },
    }));
    expect(r.failures.map((f) => f.kind)).toEqual(['item-citation']);
    expect(formatPolicyTestResult(r)).toContain('one-off-pension citation: expected {"article":"7","point":"b"}');
  });

  it('expects invalid input by field paths, and reports rejected input by its issues', () => {
    const bad = aCase().without('insuredMonths').build();
    expect(runPolicyTest(mutate({ input: bad, expect: { invalid: ['insuredMonths'] } })).passed).toBe(true);
    const wrongPaths = runPolicyTest(mutate({ input: bad, expect: { invalid: ['leaveDate'] } }));
    expect(wrongPaths.failures.map((f) => f.kind)).toEqual(['invalid-paths']);
    const rejected = runPolicyTest(mutate({ input: bad }));
    expect(rejected.failures.map((f) => f.kind)).toEqual(['unexpected-invalid']);
    expect(formatPolicyTestResult(rejected)).toContain('the input was rejected:\n      - insuredMonths: required');
    expect(runPolicyTest(mutate({ expect: { invalid: ['x'] } })).failures.map((f) => f.kind)).toEqual(['expected-invalid']);
  });

  it('requires a source, and checks the output contract of every outcome', () => {
    expect(runPolicyTest(mutate({ source: ' ' })).failures.map((f) => f.kind)).toEqual(['no-source']);
    const broken = (): SafeAssessResult => {
      const r = runPolicyTest(o1).assessment!;
      const art7 = r.outcomes[0]!;
      const items = [{ ...art7.items[0]!, formula: '' }, ...art7.items.slice(1)];
      return { ok: true, value: { ...r, outcomes: [{ ...art7, items, total: '1' }, ...r.outcomes.slice(1)] } };
    };
    const r = runPolicyTest({ ...o1, expect: {} }, 1, { assess: broken });
    expect(r.failures.map((f) => f.kind)).toEqual(['items-sum', 'item-unexplained']);
    expect(formatPolicyTestResult(r)).toContain('nd178/art7: the items add up to 744,778,125 but the total is 1');
  });

  it('turns an exception of the function under test into a failure', () => {
    const r = runPolicyTest(o1, 1, { assess: () => { throw new Error('boom'); } });
    expect(r.failures).toEqual([{ kind: 'error', issues: [{ path: '', message: 'boom' }] }]);
  });

  it('merges `parameters` into options.parameters (what-if)', () => {
    const file = readFileSync(join(import.meta.dirname, 'cases', 'what-if.json'), 'utf8');
    const run = runPolicyTestFile(file, { file: 'tests/testing/cases/what-if.json' });
    expect(run.failed, formatPolicyTestRun(run)).toBe(0);
    expect(run.results[0]!.assessment!.options.parameters).toEqual({ severanceRateFirst12: '1.0' });
  });

  it('reads a file, a bare array of cases, one case, or JSON text', () => {
    expect(runPolicyTestFile({ description: 'd', cases: [o1] })).toMatchObject({ description: 'd', passed: 1, failed: 0 });
    expect(runPolicyTestFile([o1, o1]).passed).toBe(2);
    expect(runPolicyTestFile(o1).passed).toBe(1);
    expect(runPolicyTestFile(JSON.stringify({ cases: [o1] })).passed).toBe(1);
    const run = runPolicyTestFile([o1, mutate({ name: 'wrong', expect: { best: null } })], { file: 'f.json' });
    expect(formatPolicyTestRun(run)).toMatch(/FAIL {2}wrong[\s\S]*f\.json: 1 passed, 1 failed$/);
    expect(formatPolicyTestRun(run, { lang: 'vi', showPassed: true })).toMatch(/^ĐẠT {2}O1[\s\S]*f\.json: 1 đạt, 1 không đạt$/);
  });

  it('rejects a malformed file with the place of each mistake', () => {
    const bad = { cases: [{ ...o1, expect: { outcomes: { 'nd178/art7': { eligible: true, totl: '1', total: 744778125.5 } } } }] };
    try {
      parsePolicyTestFile(bad, 'bad.json');
      throw new Error('not rejected');
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyTestFormatError);
      const issues = (e as PolicyTestFormatError).issues.map((i) => i.path);
      expect(issues).toEqual(expect.arrayContaining(['cases.0.expect.outcomes.nd178/art7', 'cases.0.expect.outcomes.nd178/art7.total']));
      expect((e as Error).message).toContain('bad.json: not a policy-test file');
      expect((e as Error).message).toContain('"totl"');
    }
    expect(() => parsePolicyTestFile('{ nope')).toThrow(/not JSON/);
    expect(() => parsePolicyTestFile({ cases: [{ name: 'x', input: {}, expect: {} }] })).toThrow(/cases\.0\.source/);
    // Whole-number amounts are accepted and kept exact.
    expect(parsePolicyTestFile({ cases: [{ ...o1, expect: { outcomes: { a: { eligible: true, total: 744778125 } } } }] }).cases[0]!.expect.outcomes!.a!.total).toBe('744778125');
  });
});
