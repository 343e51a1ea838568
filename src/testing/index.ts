/**
 * `vn-staff-entitlements/testing`: tools for policy analysts and for the tests of systems that call the
 * library. Policy-test files (docs/policy-tests.md) and their runner, vitest matchers, and case builders.
 * Nothing here imports vitest at run time: `expect.extend(policyMatchers)` in your setup file.
 * @packageDocumentation
 */
export {
  parsePolicyTestFile, PolicyTestFormatError,
  type PolicyTestFile, type PolicyTestCase, type PolicyTestExpect, type ExpectedOutcome, type ExpectedItem, type FormatIssue,
} from './policy-test-format.js';
export {
  runPolicyTest, runPolicyTests, runPolicyTestFile, optionsOf,
  type PolicyTestResult, type PolicyTestRun, type RunPolicyTestOptions,
} from './policy-tests.js';
export { checkAssessment, checkExplained, type PolicyTestFailure, type FailureKind, type ItemView, type RefusalView } from './policy-checks.js';
export { formatPolicyTestResult, formatPolicyTestRun, describeFailure, type ReportOptions, type ReportLanguage } from './report.js';
export { describeOutcome } from './report.js';
export { policyMatchers, type PolicyMatchers, type PolicyMatcherResult } from './matchers.js';
export { aCase, CaseBuilder, defaultCase } from './case-builder.js';
export { aPolicyTest, PolicyTestBuilder } from './policy-test-builder.js';
export {
  compareParameters, compareOriginal, diffAssessments,
  type AssessmentDifference, type PolicyDifference, type ItemDifference, type SideOutcome, type SideItem, type CompareParametersOptions,
} from './compare.js';
