/**
 * The Decree 179 allowances by group, in the order they are reported (the declarations: ../<allowance>/index.ts),
 * and the name of the legal text. The engine evaluates them (src/engine/nd179/evaluate.ts).
 */
import type { Nd179Group } from '../../../schema/enums.js';
import { expertAllowance } from '../expert-allowance/index.js';
import { expertContract } from '../expert-contract/index.js';
import { graduateAllowance } from '../graduate-allowance/index.js';
import type { AllowancePolicy } from './policy.js';
import { probationFullSalary } from '../probation-full-salary/index.js';
import { talentAllowance } from '../talent-allowance/index.js';

/** Names the legal text the Decree 179 results were computed under. */
export const ND179_RULESET_VERSION = 'nd179-2024@2025-01-01';

/** The allowances of each group, in the order they are reported. */
export const nd179Policies: Readonly<Record<Nd179Group, readonly AllowancePolicy[]>> = {
  'talented-staff': [talentAllowance],
  graduate: [graduateAllowance, probationFullSalary],
  expert: [expertAllowance, expertContract],
};
