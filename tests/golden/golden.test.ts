import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPolicyTestResult, parsePolicyTestFile, runPolicyTest } from '../../src/testing/index.js';

/**
 * Golden cases are policy-test files (docs/policy-tests.md): input, options, expected outcomes, and the
 * `source` of the expected numbers. They run through the same runner as `vnse test`, so this suite proves
 * the format: every expectation, a `source` on every case, and for every outcome items that sum to the
 * total, each with a formula and a citation.
 */
const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

for (const file of files) {
  const path = `tests/golden/cases/${file}`;
  const suite = parsePolicyTestFile(readFileSync(join(dir, file), 'utf8'), path);
  describe(`golden: ${file}`, () => {
    suite.cases.forEach((gc, i) => {
      it(gc.name, () => {
        const result = runPolicyTest(gc, i + 1, { file: path });
        expect(result.passed, `\n${formatPolicyTestResult(result)}\n`).toBe(true);
        expect(result.failures).toHaveLength(0);
      });
    });
  });
}
