import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPolicyTestResult, parsePolicyTestFile, runPolicyTest } from '../../src/testing/index.js';
import { safeAssess179, safeSchedule179 } from '../../src/index.js';
import { goldenFiles, inRepository } from '../golden/golden-files.js';

/**
 * Decree 179 golden cases live beside their allowance (src/policies/nd179/<allowance>/cases.json; invalid
 * input in nd179/common/) in the policy-test format (docs/policy-tests.md) with `function: "assess179"` or
 * `"schedule179"`, and run through the same runner as `vnse test` (src/testing/policy-tests.ts). The
 * shared golden suite (tests/golden/golden.test.ts) runs them with every other file; this one names them.
 */
const files = goldenFiles().filter((p) => p.startsWith('src/policies/nd179/'));

describe('nd179 golden files (the shared policy-test runner)', () => {
  it('every Decree 179 case is in a file beside its allowance, none left behind', () => {
    const cases = files.flatMap((p) => parsePolicyTestFile(readFileSync(inRepository(p), 'utf8'), p).cases);
    expect(cases.length).toBe(60);
    expect(cases.every((c) => c.function === 'assess179' || c.function === 'schedule179')).toBe(true);
  });

  it('without the Decree 179 functions a 179 case fails, saying what to pass (the testing entry does not bundle them)', () => {
    const path = files[0]!;
    const gc = parsePolicyTestFile(readFileSync(inRepository(path), 'utf8'), path).cases[0]!;
    const result = runPolicyTest(gc, 1, { file: path });
    expect(result.passed).toBe(false);
    expect(result.failures[0]?.kind).toBe('error');
    expect(result.failures[0]?.issues?.[0]?.message).toContain('options.nd179');
  });

  for (const path of files) {
    it(path, () => {
      const suite = parsePolicyTestFile(readFileSync(inRepository(path), 'utf8'), path);
      suite.cases.forEach((gc, i) => {
        const result = runPolicyTest(gc, i + 1, { file: path, nd179: { safeAssess179, safeSchedule179 } });
        expect(result.passed, `\n${formatPolicyTestResult(result)}\n`).toBe(true);
      });
    });
  }
});
