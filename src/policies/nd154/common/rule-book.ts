import { cite, DOC } from '../../../core/citation.js';
import { factor, type ConditionDeclaration } from '../../../model/declaration.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { nd154Citations } from '../../../parameters/nd154.js';

/**
 * What the pages of the two Decree 154 policies print alike, in the order their checks run (`commonChecks154`,
 * ./conditions.ts): not a Decree 178 case, the salary S of Art 5 (its components, its base salary), the retirement
 * age. Each policy adds its own conditions after these. Not imported by the runtime (src/policies/rule-books.ts lists
 * the rule books).
 */
export const nd154Factor = (name: Parameters<typeof factor<'nd154Factors'>>[1]) => factor('nd154Factors', name);

export const commonConditions154: readonly ConditionDeclaration[] = [
  {
    text: 'nd154.conditions.condition.took-decree-178',
    citation: nd154Citations.scope,
    refusal: 'took-decree-178',
  },
  {
    text: 'nd154.conditions.condition.salary-components-needed',
    citation: nd154Citations.salary,
    refusal: 'salary-components-needed',
  },
  {
    text: 'nd154.conditions.condition.base-salary-out-of-table',
    citation: nd154Citations.salary,
    refusal: 'base-salary-out-of-table',
  },
  {
    text: { key: 'nd154.conditions.condition.base-salary-unknown', vars: { baseSalary: formatKnownThrough(baseSalary) } },
    citation: baseSalaryHorizonCitation,
    refusal: 'base-salary-unknown',
  },
  {
    text: 'nd154.conditions.condition.retirement-age-out-of-table',
    citation: cite(DOC.nd135, '4', '1', undefined, { note: 'Annex I' }),
    refusal: 'retirement-age-out-of-table',
  },
];
