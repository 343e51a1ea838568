import type { rules as vi } from '../vi/rules.js';

/** English messages of the rules area: the same keys and placeholders as vi/rules.ts. */
export const rules: { readonly [K in keyof typeof vi]: string } = {
  'rules.retirement-age.before-roadmap': 'A person born in {birthMonth} reached the Annex {annex} age before {firstYear}, outside the Decree 135/2020 tables',
  'rules.retirement-age.no-officer-ceiling': 'No officer service ceiling is tabled for this leave date; give retirementAge',
  'rules.salary.base-salary-not-known-yet': 'The base salary of {month} is not known yet (the table is taken as known through {through}; it may change from 1 July); give salary.baseSalary',
  'rules.salary.base-salary-not-tabled': 'No base salary is tabled for {month}; give salary.baseSalary',
  'rules.salary.base-salary-unverified': 'The base salary {value} from {from} ({citation}) has not been checked against the official text',
};
