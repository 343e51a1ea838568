/**
 * vn-staff-entitlements: exact, cited entitlements under Decree 178/2024 (as amended by 67/2025).
 * @packageDocumentation
 */
export { assess, safeAssess, assessMany, isAssessError, type AssessError, type SafeAssessResult } from './assessment/assess.js';
export { InvalidInputError } from './assessment/errors.js';
export { compareRulesets, type RulesetComparison, type TopUp } from './assessment/top-up.js';
export { defaultOptions, type AssessOptions } from './assessment/options.js';
export { SCHEMA_VERSION, RULESET_VERSIONS } from './assessment/versions.js';
export type { Assessment, Outcome, Item, Flag, Refusal, Warning, Facts, FactValue, PolicyCode } from './assessment/types.js';
export type { Citation } from './core/citation.js';
export { formatCitation } from './core/citation.js';
export type { Text } from './i18n/text.js';
export type { ValidationIssue } from './schema/validate.js';
export type { StaffCaseInput } from './schema/staff-case.js';
