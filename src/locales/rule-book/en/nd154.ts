import type { nd154 as vi } from '../vi/nd154.js';

/** English rule-book text of the nd154 area: the same keys and placeholders as vi/nd154.ts. */
export const nd154: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd154/common/conditions.ts
  'nd154.conditions.condition.took-decree-178': 'Not a person who took the Decree 178/2024 policies (tookDecree178, or alreadyPaid naming a Decree 178 package)',
  'nd154.conditions.condition.salary-components-needed': 'The salary components (salary) are given, or a commune part-time worker\'s allowance: the Art 5 salary is narrower than Decree 178\'s and cannot be told from a single amount (monthlySalary)',
  'nd154.conditions.condition.base-salary-out-of-table': 'The base salary of the month before leaving is tabled (or salary.baseSalary is given)',
  'nd154.conditions.condition.base-salary-unknown': 'The base salary of that month is known: the table is taken as known to the day before the next 1 July after its last row ({baseSalary}), or salary.baseSalary is given',
  'nd154.conditions.condition.retirement-age-out-of-table': 'The retirement age is known (Decree 135/2020 Annex I, the officer service ceiling, or retirementAge)',
  // src/policies/nd154/early-retirement/index.ts
  'nd154.early-retirement.summary': 'People who retire early because of staff streamlining, 2 to 5 years before the Annex I age (or the Annex II age with 15 years of heavy, toxic or dangerous work or in especially difficult areas), with the insurance time for a pension: no reduction of the pension rate; 5 months of salary per year early; an insured-time allowance. No one-off pension for the months early as in Decree 178. Under 2 years: the unreduced pension only, with a warning. From press summaries [M]; the text has not been checked.',
  'nd154.early-retirement.condition.not-pension-eligible': 'The insurance time for a pension: at least 15 years, and at least what the Social Insurance Law in force at the leave date asks (20 years when leaving before 1 Jul 2025); the input\'s pensionEligible stands for the law\'s condition, not for the 15-year floor',
  'nd154.early-retirement.condition.too-early': 'At most 5 years (60 months) before the Annex I age, or the Annex II age when qualified',
  'nd154.early-retirement.condition.at-retirement-age': 'The retirement age is not reached (at least one month before the pension month)',
  'nd154.early-retirement.condition.working-time-under-15': 'Commune part-time workers: a working time (Art 5 cl. 5) of 15 years or more when the allowances are due',
  'nd154.early-retirement.item.early-years-allowance.when': 'From 2 years (24 months) to 5 years before the age; under 2 years: none. Years: {oddMonths}',
  'nd154.early-retirement.item.insured-time-allowance.when': 'From 2 years before the age. N: insured years (commune part-time workers: the working time of Art 5 cl. 5), odd months as above. 20 years or more: 5 months for the first 20 years and 0.5 month per year from the 21st; 15 to under 20 years: 5 months (no 4 months for the first 15 years as in Decree 178)',
  'nd154.early-retirement.example': 'A civil servant retiring 36 months early on 1 Apr 2026, with a public-service allowance (not part of the Decree 154 salary)',
  // src/policies/nd154/resignation/index.ts
  'nd154.resignation.summary': 'People who resign because of staff streamlining: 3 months of salary to find work and 1.5 months of salary per insured year; insured time kept or paid out as one-off social insurance. Under 45 and choosing vocational training first: salary while training for up to 6 months, the training cost up to 6 months of salary, then 3 months of salary to find work. From press summaries [M]; the text has not been checked.',
  'nd154.resignation.condition.at-retirement-age': 'The retirement age is not reached (Annex I, the officer ceiling or retirementAge)',
  'nd154.resignation.condition.eligible-for-early-retirement': 'Not eligible for early retirement under Art 6 (the under-2-years case included)',
  'nd154.resignation.condition.training-over-45': 'When vocational training is chosen (vocationalTraining): under 45 on the leave date',
  'nd154.resignation.item.job-search-allowance.when': 'On both routes: looking for work at once, or after the training',
  'nd154.resignation.item.insured-years-allowance.when': 'Only when no training is chosen (the summaries list none on the training route [L]). N: insured years (commune part-time workers: the working time of Art 5 cl. 5), {oddMonths}',
  'nd154.resignation.item.training-salary.when': 'Only with vocational training, under 45: the months of training, at most 6; the training cost (at most 6 months of salary) is a right with its cap, not an amount paid to the person',
  'nd154.resignation.example': 'A public employee resigning on 1 Aug 2026 (base salary 2,530,000), with a preferential allowance (not part of the Decree 154 salary)',
};
