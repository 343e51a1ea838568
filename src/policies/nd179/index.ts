/**
 * Decree 179/2024/NĐ-CP: attracting and employing talented people (docs/decree-179.md): one declaration per
 * allowance (./<allowance>/index.ts, its golden cases beside it), the code they share in ./common/. The
 * entry points `assess179` and `schedule179` are the engine's (src/engine/nd179/).
 */
export { nd179Policies, ND179_RULESET_VERSION } from './common/policies.js';
export type { Nd179Options } from '../../model/options.js';
export type { AllowanceSchedule, Assessment179, Eligibility179, InsuranceBaseNote, SalaryFigures, Schedule179, ScheduleRow, ScheduleSegment } from './common/types.js';
export type { AllowancePolicy, Entitlement } from './common/policy.js';
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
