/**
 * `vn-staff-entitlements/schema`: the zod (mini) schemas of the input contract, the validator, and the
 * JSON Schemas generated from them for HR systems that do not run TypeScript.
 */
import * as z from 'zod/mini';
import { staffCaseSchema } from './staff-case.js';
import { fieldExpectations } from './field-expectations.js';

/** Adds each field's expectation (en / vi) as its JSON Schema description. */
function describeProperties(node: Record<string, unknown>, prefix: string): void {
  const props = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (!props) return;
  for (const [key, child] of Object.entries(props)) {
    const path = prefix + key;
    const text = fieldExpectations[path];
    if (text) child.description = `${text.en} / ${text.vi}`;
    describeProperties(child, `${path}.`);
  }
}

export { staffCaseSchema, staffCaseShape, salaryComponentsSchema, retirementAgeSchema, MAX_MONTHLY_VND, type StaffCaseInput, type SalaryComponentsInput } from './staff-case.js';
export { validateStaffCase, type ValidationIssue, type ValidationResult, type ValidationOptions } from './validate.js';
export { genders, staffTypes, ranks, routes, groups, exclusions, armedForcesStaffTypes } from './enums.js';
export { excludedAllowances } from './excluded-allowances.js';
export { fieldExpectations } from './field-expectations.js';
export { nd179CaseSchema, nd179CaseShape, nd179CaseJsonSchema, validateNd179Case, type Nd179CaseInput } from './nd179.js';

/**
 * JSON Schema (draft 2020-12) of one `StaffCase`. Cross-field rules (exactly one of `monthlySalary` /
 * `salary`, `restructuringDate` for the directly affected groups, `retirementAge` for armed forces without
 * a table) are checked by `validateStaffCase` and described in the schema's `description`.
 */
export function staffCaseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(staffCaseSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
  describeProperties(schema, '');
  return {
    $id: 'https://github.com/vn-staff-entitlements/schema/staff-case.json',
    title: 'StaffCase',
    description:
      'One person and leaving event (vn-staff-entitlements contract). Also required: exactly one of monthlySalary or salary; ' +
      'restructuringDate when group is directly-affected (default) or association; retirementAge for armed-forces staff ' +
      'other than officers with a rank; restructuringIssuedDate (the day the decision was signed), when given, not after restructuringDate. ' +
      'Dates are calendar dates (YYYY-MM-DD; birthDate also YYYY-MM or YYYY).',
    ...schema,
  };
}
