import type { nd177 as vi } from '../vi/nd177.js';

/** English rule-book text of the nd177 area: the same keys and placeholders as vi/nd177.ts. */
export const nd177: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd177/art3/index.ts
  'nd177.art3.summary': 'Cadres not old enough to be re-elected or re-appointed who retire early: a pension with no reduction, 5 months of salary per year early, and an allowance for insured time (5 months for the first 20 years, or the first 15 from 1 Jul 2025). Compared with Decree 178 Art 7b; only the higher is paid.',
  'nd177.art3.condition.base-salary-unknown': 'The base salary of the month before leaving is known (the table is taken as known through {baseSalary}), or salary.baseSalary is given',
  'nd177.art3.condition.not-early': 'The leave month is before the statutory pension month',
  'nd177.art3.condition.not-pension-eligible': 'Enough insured time for a pension at the leave date, or covered by point h (commune cadres whose missing months are paid)',
  'nd177.art3.item.early-years-allowance.when': 'Not capped',
  'nd177.art3.item.insured-time-allowance.when': 'The 15-year rule when leaving from 1 Jul 2025 with 15 or more insured years and a pension; Decree 177\'s own 5, not Decree 178\'s 4',
  'nd177.art3.item.state-paid-insurance.when': 'Point h: commune cadres short of insured time; priced only when insuranceSalary and insuranceContributionPercent are given',
  'nd177.art3.item.point-k-allowance.when': 'Only with the option nd177PointK [L]',
  'nd177.art3.example': 'The D3 cadre (examples.md): 30 months early, compared with Decree 178 Art 7b',
  // src/policies/nd177/art4/index.ts
  'nd177.art4.summary': 'Cl. 1–3 cadres with fewer than 24 months to the retirement age may leave work and wait: they keep the grade salary, leadership allowance, seniority, reserved difference and committee allowance; insurance continues; the State pays the missing insured months in one go (at most 30). A different choice, never compared for the highest.',
  'nd177.art4.condition.clause-not-covered': 'Covered by Art 2 cl. 1, 2 or 3',
  'nd177.art4.condition.not-before-retirement-age': 'The leave month is before the statutory pension month',
  'nd177.art4.condition.not-under-24-months': 'Fewer than 24 months to the retirement age (exactly 24 is not covered)',
  'nd177.art4.condition.salary-components-required': 'The salary components (salary) are given, to tell which pay is kept',
  'nd177.art4.item.waiting-pay.when': 'From the leave month to the month the age is reached; rounded once',
  'nd177.art4.item.state-paid-insurance.when': 'Priced only when insuranceSalary and insuranceContributionPercent are given',
  'nd177.art4.example': 'The D3 cadre waiting from 1 Dec 2025: 23 months, across the 1 Jul 2026 base-salary change',
  // src/policies/nd177/common/conditions.ts
  'nd177.conditions.condition.before-in-force': 'The leave date is on or after the day Decree 177/2024 took effect (1 Jan 2025)',
  'nd177.conditions.condition.decree-177-clause-missing': 'A clause of Art 2 is given (decree177Clause)',
  'nd177.conditions.condition.retirement-age-out-of-table': 'The retirement age is known (Decree 135/2020 Annex I, the officer service ceiling, or retirementAge): the months to it decide the clause 6 and clause 4 limits',
  'nd177.conditions.condition.excluded-streamlining': 'Not under the staff-streamlining law',
  'nd177.conditions.condition.excluded-retirement-notice': 'No retirement notice or decision issued yet',
  'nd177.conditions.condition.excluded-continues-working': 'Not continuing to work in the Party, State, Front or socio-political bodies',
  'nd177.conditions.condition.excluded-six-months-or-less': 'More than 6 months from the first day of the congress to the retirement age',
  'nd177.conditions.condition.outside-clause-4-range': 'Clause 4: 30 to 60 months (both included) from the first day of the congress to the retirement age',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
  'nd177.art4.condition.base-salary-out-of-table': 'The base salary of the first month of the wait is tabled, or salary.baseSalary is given',
};
