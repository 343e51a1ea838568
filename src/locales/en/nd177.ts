import type { nd177 as vi } from '../vi/nd177.js';

/** English messages of the nd177 area: the same keys and placeholders as vi/nd177.ts. */
export const nd177: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd177/art3/index.ts
  'nd177.art3.early-years-label': 'Allowance of 5 months per year of early retirement',
  'nd177.art3.insured-time-label': 'Allowance for insured working time',
  'nd177.art3.insurance-support-label': 'One-off State payment of the insured months missing for a pension',
  'nd177.art3.point-k-label': 'Allowance of 0.5 month per insured year (point k, by option)',
  'nd177.art3.title': 'Early retirement of cadres not re-elected or re-appointed (Decree 177 Art 3)',
  'nd177.art3.refusal.not-pension-eligible': 'Fewer than {requiredYears} insured years for a pension at the leave date ({insuredMonths} months); a commune cadre covered by Art 3 cl. 2 h needs insuranceSupportBasis',
  'nd177.art3.flag.no-pension-reduction': 'Pension with no rate reduction for retiring early, for up to {noReductionMax} months',
  'nd177.art3.flag.no-reduction-beyond-five-years': 'No reduction for the {monthsBeyond} months beyond {noReductionMax} either, if voluntary insurance is paid in one go for them',
  'nd177.art3.flag.position-salary-step-2': 'If on step 1 of a position salary for 48 months or more: moved to step 2 for retirement (give the raised coefficient in salary)',
  'nd177.art3.flag.early-step-raise': 'If on a professional grade with a leadership allowance and 1–12 months short of a regular step raise: raised early (give the raised coefficient in salary)',
  'nd177.art3.flag.contribution-honour': 'The early time counts towards the contribution honour',
  'nd177.art3.flag.rank-promotion': 'Rank and step promotion considered as the law provides',
  'nd177.art3.flag.state-paid-insurance-months': 'The State pays {stateMonths} missing insured months in one go (give insuranceSalary and insuranceContributionPercent to price them)',
  'nd177.art3.flag.voluntary-insurance-beyond-cap': '{beyondCapMonths} missing months beyond the State\'s share: voluntary insurance paid in one go, at the person\'s cost',
  'nd177.art3.refusal.not-early': 'The leave month {leaveMonth} is not before the statutory pension month{pensionMonth}: this is not early retirement',
  // src/policies/nd177/art4/index.ts
  'nd177.art4.pay-kept-label': 'Pay kept while waiting for the retirement age',
  'nd177.art4.insurance-support-label': 'One-off State payment of the insured months still missing when the wait ends',
  'nd177.art4.title': 'Leave from work while waiting for the retirement age (Decree 177 Art 4)',
  'nd177.art4.not-comparable': 'Leave while waiting is a different choice (pay kept until the retirement age instead of retiring now), not compared with the early-retirement packages',
  'nd177.art4.flag.insurance-continues': 'Social and health insurance contributions continue',
  'nd177.art4.flag.rank-promotion': 'Armed forces (Art 2 cl. 2) are still considered for rank and step promotion',
  'nd177.art4.flag.no-step-raise': 'No grade or step raise during the wait',
  'nd177.art4.flag.other-allowances-stop': 'Other allowances and perks stop from the month after the decision',
  'nd177.art4.flag.outside-staffing-quota': 'Not counted in the staffing quota while waiting; the pension is claimed when the age is reached',
  'nd177.art4.refusal.clause-not-covered': 'Leave while waiting covers Art 2 cl. 1, 2 and 3 only; the cadre is under cl. {clause}',
  'nd177.art4.refusal.not-before-retirement-age': 'The leave month {leaveMonth} is not before the statutory pension month{pensionMonth}',
  'nd177.art4.refusal.not-under-24-months': '{T} months to the retirement age (pension from {pensionStart}); leave while waiting needs fewer than {limit}',
  'nd177.art4.refusal.salary-components-required': 'The salary components (salary) are needed to tell which pay is kept while waiting; monthlySalary is not enough',
  'nd177.art4.refusal.base-salary-out-of-table': 'No base salary is tabled for {first}; give salary.baseSalary',
  'nd177.art4.flag.state-paid-insurance-months': 'The State pays {stateMonths} missing insured months in one go, on the insurance salary of the month the age is reached (give insuranceSalary and insuranceContributionPercent to price them)',
  'nd177.art4.flag.insurance-short-beyond-cap': '{beyondCapMonths} months are still missing beyond the State\'s share; no pension unless they are paid otherwise',
  // src/policies/nd177/common/eligibility.ts
  'nd177.eligibility.refusal.before-in-force': 'The leave date {leaveDate} is before Decree 177/2024 took effect ({date})',
  'nd177.eligibility.refusal.decree-177-clause-missing': 'No Decree 177 Art 2 clause (decree177Clause) and congress date (congressDate) were given: Decree 177 cannot be assessed',
  'nd177.eligibility.refusal.excluded-streamlining': 'The person falls under the staff-streamlining law: Decree 177 does not apply',
  'nd177.eligibility.refusal.excluded-retirement-notice': 'A retirement notice or decision has already been issued: Decree 177 does not apply',
  'nd177.eligibility.refusal.excluded-continues-working': 'The person keeps working in the Party, State, Front or socio-political bodies: Decree 177 does not apply',
  'nd177.eligibility.refusal.excluded-six-months-or-less': 'Only {months} months from the congress ({congressDate}) to the retirement age (pension from {pensionStart}), {maxExcluded} months or less: Decree 177 does not apply',
  'nd177.eligibility.refusal.outside-clause-4-range': 'Clause 4 needs {min} to {max} months from the first day of the congress to the retirement age; there are {months}',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
};
