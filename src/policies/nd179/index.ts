/**
 * Decree 179/2024/NĐ-CP: attracting and employing talented people (docs/decree-179.md).
 *
 * - `assess179(input, options)`: eligibility, the allowances of the group, and each one's monthly amount on a day.
 * - `schedule179(input, { from, to, ...options })`: month-by-month amounts between two calendar dates.
 */
export { assess179, safeAssess179, type Assess179Options, type SafeAssess179Result } from './assess.js';
export { schedule179, safeSchedule179, type Schedule179Options, type SafeSchedule179Result } from './schedule.js';
export { nd179Policies, ND179_RULESET_VERSION } from './evaluate.js';
export type { Nd179Options } from './options.js';
export type { AllowanceSchedule, Assessment179, Eligibility179, InsuranceBaseNote, SalaryFigures, Schedule179, ScheduleRow, ScheduleSegment } from './types.js';
export type { AllowancePolicy, Entitlement } from './policy.js';
export {
  nd179CaseSchema,
  nd179CaseShape,
  nd179SalaryChangeSchema,
  nd179CriteriaSchema,
  nd179CaseJsonSchema,
  nd179FieldExpectations,
  validateNd179Case,
  nd179Groups,
  nd179CriterionPaths,
  nd179CriterionNames,
  nd179Nationalities,
  nd179Engagements,
  nd179StaffKinds,
  type Nd179Case,
  type Nd179CaseInput,
  type Nd179Group,
  type Nd179CriterionName,
  type Nd179CriterionPath,
  type Nd179SalaryChange,
  type Nd179ValidationResult,
} from '../../schema/nd179.js';
export { nd179Rates, nd179Dates, ARTICLE as ND179_ARTICLES } from '../../parameters/nd179-rates.js';
