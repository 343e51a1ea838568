/**
 * vn-staff-entitlements: exact, cited entitlements under Decree 178/2024 (as amended by 67/2025).
 * @packageDocumentation
 */
export { assess, safeAssess, assessMany, isAssessError, type AssessError, type SafeAssessResult } from './engine/assess.js';
export { InvalidInputError } from './engine/errors.js';
export { compareRulesets, type RulesetComparison, type TopUp } from './engine/top-up.js';
export { defaultOptions, type AssessOptions } from './engine/options.js';
export { SCHEMA_VERSION, RULESET_VERSIONS } from './engine/versions.js';
export type { Assessment, Outcome, Item, Flag, Refusal, Warning, Facts, FactValue, PolicyCode } from './model/types.js';
export type { Citation } from './core/citation.js';
export { formatCitation } from './core/citation.js';
export type { Text } from './i18n/text.js';
export type { ValidationIssue } from './schema/validate.js';
export type { StaffCaseInput } from './schema/staff-case.js';

// Decree 179/2024 (talent): eligibility, allowances and month-by-month schedules (docs/decree-179.md).
export {
  assess179, safeAssess179, schedule179, safeSchedule179, ND179_RULESET_VERSION,
  type Assess179Options, type SafeAssess179Result, type Schedule179Options, type SafeSchedule179Result, type Nd179Options,
  type Assessment179, type Schedule179, type AllowanceSchedule, type ScheduleRow, type Nd179CaseInput,
} from './engine/nd179/index.js';

// Re-verifying a unit's payout list (issue #17, docs/check.md): declared amounts against the engine's.
export {
  checkPayoutList,
  type CheckOptions, type CheckReport, type CheckResult, type CheckTally, type CheckCell, type CheckRow, type CheckMapping, type LayoutName,
  type CheckedRow, type Comparison, type Cause,
} from './check/index.js';
