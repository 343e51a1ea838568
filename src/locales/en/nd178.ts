import type { nd178 as vi } from '../vi/nd178.js';

/** English messages of the nd178 area: the same keys and placeholders as vi/nd178.ts. */
export const nd178: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd178/art11/index.ts
  'nd178.art11.kept-allowance-label': 'Leadership allowance kept (difference between the former and the new post)',
  'nd178.art11.title': 'Leadership allowance kept after leaving a post or moving to a lower one (Decree 178 Art 11)',
  'nd178.art11.not-a-leaving-package': 'Not a leaving package: paid in addition, never compared for the highest',
  'nd178.art11.refusal.before-in-force': 'The change of post on {date} is before Decree 178/2024 took effect ({inForceDate})',
  'nd178.art11.refusal.allowance-not-lower': 'The new allowance coefficient ({newCoefficient}) is not lower than the former one ({formerCoefficient}): nothing is kept',
  'nd178.art11.refusal.base-salary-out-of-table': 'No base salary is tabled for {start}',
  'nd178.art11.flag.counts-in-current-salary': 'The kept allowance counts in the current salary for a later early retirement or resignation (give it as salary.leadershipCoefficient)',
  // src/policies/nd178/art12/index.ts
  'nd178.art12.title': 'Secondment to the grassroots (Decree 178 Art 12)',
  'nd178.art12.refusal.before-in-force': 'The post was taken up on {date}, before Decree 178/2024 took effect ({inForceDate})',
  'nd178.art12.refusal.decree-76-2019-applies': 'The post is in an especially difficult area: the Decree 76/2019/NĐ-CP regime applies instead of the one-off allowance',
  'nd178.art12.refusal.base-salary-out-of-table': 'No base salary is tabled for {date}',
  'nd178.art12.refusal.base-salary-unknown': 'The base salary on {date} is not known yet (the table is taken as known through {through}; it may change from 1 July)',
  'nd178.art12.label.secondment-allowance.a': 'One-off allowance for a secondment to the commune level',
  'nd178.art12.label.secondment-allowance.b': 'One-off allowance for a secondment from a central body to the provincial level',
  'nd178.art12.flag.former-pay-kept': 'The pay and allowances of the former post are kept during the secondment',
  'nd178.art12.flag.return-post-and-step': 'On return: a post no lower than before and one salary step up (unless at the last step), the time on the old step carried over',
  'nd178.art12.item.secondment-allowance': 'One-off allowance for a secondment to the grassroots',
  // src/policies/nd178/art13/index.ts
  'nd178.art13.title': 'Outstanding people kept on (Decree 178 Art 13)',
  'nd178.art13.flag.step-raise-ahead-of-time': 'Priority for a salary step raise ahead of time (a step beyond included) within the allowed quota',
  'nd178.art13.flag.priority-planning-appointment': 'Priority in planning and appointment',
  'nd178.art13.flag.bonus-from-bonus-fund': 'A bonus considered from the bonus fund of the agency or unit',
  // src/policies/nd178/art14/index.ts
  'nd178.art14.title': 'Training after restructuring (Decree 178 Art 14)',
  'nd178.art14.flag.training-for-new-position': 'Training to the needs of the post after restructuring, under the body\'s training plan',
  'nd178.art14.flag.training-plan': 'The head of the body reviews needs and plans training for 2025 and for 2026–2030',
  // src/policies/nd178/art7/index.ts
  'nd178.art7.title': 'Early retirement (Decree 178 Art 7)',
  'nd178.art7.refusal.group-not-covered': 'Art 7 covers Art 2 cl. 1 and 3; group {group} falls under another article',
  // src/policies/nd178/art7a/index.ts
  'nd178.art7a.title': 'Early retirement for streamlining (Decree 178 Art 7a)',
  'nd178.art7a.refusal.not-in-ruleset': 'Art {article} was added by Decree 67/2025 and is not in the original text (ruleset "original")',
  'nd178.art7a.refusal.group-not-covered': 'Art 7a covers only Art 2 cl. 2',
  'nd178.art7a.refusal.before-in-force': 'Art 7a applies from {date}',
  'nd178.art7a.refusal.group-not-covered-2': 'Art 2 cl. 2 covers only people with {limit} months (5 years) or less to their retirement age; {monthsToAge} months remain, so Art 7a does not apply. Decree 178 Art 9 or 10 (for Art 2 cl. 1 or 3) or Decree 154/2025/NĐ-CP may apply',
  // src/policies/nd178/art7b/index.ts
  'nd178.art7b.title': 'Early retirement of cadres not re-elected or re-appointed (Decree 178 Art 7b)',
  'nd178.art7b.refusal.group-not-covered': 'Art 7b covers only Art 2 cl. 4',
  'nd178.art7b.refusal.decree-177-clause-missing': 'Art 7b: the input does not say which sub-group of Decree 178 Art 2 cl. 4 the person belongs to (not old enough for re-election or re-appointment, Decree 177 Art 2 cl. 1–3, or Decree 177 Art 2 cl. 4): give decree177Clause and congressDate; with them, the Decree 177 policies are assessed too',
  'nd178.art7b.refusal.outside-clause-4-range': 'Art 7b for Decree 177 Art 2 cl. 4 needs {min} to {max} months from the first day of the congress ({date}) to the retirement age; there are {months}. Decree 177 under another clause of its Art 2, or Decree 154/2025/NĐ-CP, may apply',
  'nd178.art7b.refusal.decree-177-clause-5': 'Cadres of Decree 177 Art 2 cl. 5 (managed by the Politburo / Secretariat) are not in Decree 178 Art 2 cl. 4; only Decree 177 applies',
  // src/policies/nd178/common/art7b-warning.ts
  'nd178.art7b-warning.warning.decree-177-excluded-art7b': 'Only {months} months from the congress ({congressDate}) to the retirement age ({maxMonths} months or less): Decree 177 does not apply (Art 2 cl. 6 b); Decree 178 Art 7b is still computed; confirm the person is in Decree 178 Art 2 cl. 4',
  // src/policies/nd178/common/early-retirement.ts
  'nd178.early-retirement.early-years-label': 'Allowance per year of early retirement',
  'nd178.early-retirement.insured-time-label': 'Allowance for insured working time',
  'nd178.early-retirement.no-reduction-label': 'Pension paid at once, with no reduction for retiring early',
  'nd178.early-retirement.honour-label': 'The early time counts towards the contribution honour',
  'nd178.early-retirement.refusal.not-pension-eligible': 'Fewer than {requiredYears} insured years for a pension ({insuredMonths} months); resignation may apply',
  'nd178.early-retirement.refusal.not-early': 'The leave month {leave} is not before the statutory pension month {start}: this is not early retirement',
  'nd178.early-retirement.refusal.too-early': '{T} months to the retirement age, more than 10 years (120 months): no early-retirement band applies; resignation may apply',
  // src/policies/nd178/common/eligibility.ts
  'nd178.eligibility.refusal.before-in-force': 'The leave date {leaveDate} is before Decree 178/2024 took effect ({date})',
  'nd178.eligibility.message.excluded-by-guidance.a': 'Not settled while {exclusion} unless the person volunteers (volunteered: true)',
  'nd178.eligibility.message.excluded-by-guidance.b': 'Not settled while under {exclusion}',
  'nd178.eligibility.routes-text': 'Decree 154/2025/NĐ-CP may apply instead, or the case may be assessed again with a leave date on or after the decision',
  'nd178.eligibility.refusal.restructuring-issued-date-missing': 'The leave date {leave} is before the restructuring decision took effect ({effective}); the reading "after-issue-only" needs restructuringIssuedDate (the day the decision was signed)',
  'nd178.eligibility.refusal.restructuring-date-missing': 'The date the restructuring decision took effect (restructuringDate) is missing: the directly affected groups count their 12 months from it',
  'nd178.eligibility.warning.leave-before-restructuring': 'The leave date {leaveDate} is before the restructuring decision took effect ({restructuringDate}): Art 7, 9 and 10 are paid at the first-12-months rate (never the 13th-month rate); the library\'s reading, see leaveBeforeRestructuring',
  // src/policies/nd178/common/odd-months.ts
  'nd178.odd-months.odd-months-rule': 'odd months of 1 to {half} count ½ year, {wholeFrom} to 11 a whole year',
  // src/policies/nd178/common/one-off-pension.ts
  'nd178.one-off-pension.one-off-label': 'One-off pension for the months retired early',
  // src/policies/nd178/common/resignation.ts
  'nd178.art9.title': 'Resignation of cadres and civil servants (Decree 178 Art 9)',
  'nd178.art10.title': 'Resignation of public employees and workers (Decree 178 Art 10)',
  'nd178.resignation.severance-label': 'Severance allowance',
  'nd178.resignation.insured-years-label': 'Allowance of 1.5 months per insured year',
  'nd178.resignation.job-search-label': 'Job-search allowance of 3 months',
  'nd178.resignation.insurance-kept-label': 'Insured time kept, or one-off social insurance',
  'nd178.resignation.unemployment-label': 'Unemployment insurance under the employment law',
  'nd178.resignation.refusal.group-not-covered': 'Resignation under Art {article} covers Art 2 cl. 1 and 3; group {group} is not covered',
  'nd178.resignation.refusal.at-retirement-age': 'The leave month {leave} is at or after the pension month {start}: the person has reached retirement age, so the resignation policy does not apply',
  'nd178.resignation.refusal.under-24-months': 'Only {monthsToAge} months to the pension month {start}; resignation needs 24 months or more',
  'nd178.resignation.refusal.eligible-for-early-retirement': 'Eligible for early retirement under Art 7, so the resignation policy does not apply',
  // added by hand: messages with a sentence of each language inside (src/policies/nd178/common/messages.ts), and the resignation summaries
  'nd178.eligibility.refusal.leave-before-restructuring.before-signed': 'The leave date {leave} is before the restructuring decision was signed ({issued}); {routes}',
  'nd178.eligibility.refusal.leave-before-restructuring': 'The leave date {leave} is before the restructuring decision took effect ({effective}) (leaveBeforeRestructuring: "refuse"); {routes}',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
};
