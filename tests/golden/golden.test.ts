import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPolicyTestResult, parsePolicyTestFile, runPolicyTest } from '../../src/testing/index.js';
import { safeAssess179, safeSchedule179 } from '../../src/index.js';
import { goldenFiles, inRepository } from './golden-files.js';

/**
 * Golden cases are policy-test files (docs/policy-tests.md): input, options, expected outcomes, and the
 * `source` of the expected numbers. They run through the same runner as `vnse test`, so this suite proves
 * the format: every expectation, a `source` on every case, and for every outcome items that sum to the
 * total, each with a formula and a citation.
 */
// Beside their articles (src/policies/<decree>/<article>/cases.json) and in tests/golden/cases/.
const files = goldenFiles();

for (const path of files) {
  const suite = parsePolicyTestFile(readFileSync(inRepository(path), 'utf8'), path);
  describe(`golden: ${path}`, () => {
    suite.cases.forEach((gc, i) => {
      it(gc.name, () => {
        const result = runPolicyTest(gc, i + 1, { file: path, nd179: { safeAssess179, safeSchedule179 } });
        expect(result.passed, `\n${formatPolicyTestResult(result)}\n`).toBe(true);
        expect(result.failures).toHaveLength(0);
      });
    });
  });
}
