import type { nd154 as vi } from '../vi/nd154.js';

/** English messages of the nd154 area: the same keys and placeholders as vi/nd154.ts. */
export const nd154: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd154/early-retirement/index.ts
  'nd154.early-retirement.title': 'Early retirement for staff streamlining (Decree 154/2025 Art 6)',
  'nd154.early-retirement.early-years-label': 'Allowance for the years retired early',
  'nd154.early-retirement.insured-time-label': 'Allowance for insured working time',
  'nd154.early-retirement.pension-not-reduced-label': 'Pension paid with no reduction of its rate for retiring early',
  'nd154.early-retirement.refusal.not-pension-eligible': 'Fewer than {requiredYears} insured years for a pension ({insuredMonths} months); resignation may apply',
  'nd154.early-retirement.refusal.not-pension-eligible.input': 'The input says the person is not entitled to a pension (pensionEligible: false); resignation may apply',
  'nd154.early-retirement.refusal.too-early': '{monthsEarly} months to the retirement age, more than 5 years ({maxMonths} months): not early retirement under Art 6; resignation may apply',
  'nd154.early-retirement.refusal.at-retirement-age': 'The leave month {leave} is not before the pension month {start}: the person has reached the retirement age, so this is not early retirement',
  'nd154.early-retirement.refusal.working-time-under-15': 'The working time of this commune part-time worker is {years} years, under {floor}: the summaries of Decree 154 give the insured-time allowance only from {floor} years, so nothing below is inferred; the text must be checked',
  // src/policies/nd154/resignation/index.ts
  'nd154.resignation.title': 'Resignation for staff streamlining (Decree 154/2025 Art 8)',
  'nd154.resignation.job-search-label': 'Job-search allowance of 3 months of salary',
  'nd154.resignation.insured-years-label': 'Allowance of 1.5 months of salary per insured year',
  'nd154.resignation.training-salary-label': 'Salary during vocational training',
  'nd154.resignation.training-cost-label': 'Vocational training cost paid, up to 6 months of salary (to the training body; see facts.trainingCostCap)',
  'nd154.resignation.refusal.at-retirement-age': 'The leave month {leave} is not before the pension month {start}: the person has reached the retirement age, so resignation does not apply',
  'nd154.resignation.refusal.eligible-for-early-retirement': 'Eligible for early retirement under Decree 154 (Art 6), so the resignation policy does not apply',
  'nd154.resignation.refusal.training-over-45': 'The training route is for people under {limit}; the person is {age} on the leave date (leave out vocationalTraining for the resignation allowances)',
  // src/policies/nd154/common/regime.ts, salary.ts, refund.ts
  'nd154.refusal.took-decree-178': 'The person took the Decree 178/2024/NĐ-CP policies (tookDecree178): Decree 154/2025/NĐ-CP does not apply',
  'nd154.refusal.took-decree-178.paid': 'The person was paid under {policy} (alreadyPaid): Decree 154/2025/NĐ-CP does not apply to people who take the Decree 178/2024/NĐ-CP policies',
  'nd154.refusal.salary-components-needed': 'The Decree 154 current salary leaves out the public-service, preferential, professional-responsibility and Party-work allowances: it cannot be told from a single amount (monthlySalary); give the salary components (salary)',
  'nd154.flag.refund-due': 'Re-elected or re-recruited into a post paid from the State budget within 60 months of leaving: the allowance received must be repaid',
  'nd154.warning.refund-due': 'Re-employed on {reemploymentDate}, within {months} months of leaving on {leaveDate}: the streamlining allowance received must be repaid (Decree 154/2025, text not checked)',
  'nd154.warning.under-2-years-text-not-seen': 'Early retirement under 2 years ({monthsEarly} months, under {minMonths}): only the unreduced pension is shown; any other allowance of Decree 154/2025 Art 6 for this group has not been checked against the text',
  'nd154.best.decree-178-closed': 'The Decree 178/2024 and 67/2025 regime closed on 1 Sep 2025: computed for reference, not compared for the package paid',
  'nd154.best.streamlining-case': 'A Decree 154/2025 streamlining case: the Decree 178/2024 package is computed for reference, not compared for the package paid',
};
