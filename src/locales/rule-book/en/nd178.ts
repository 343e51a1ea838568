import type { nd178 as vi } from '../vi/nd178.js';

/** English rule-book text of the nd178 area: the same keys and placeholders as vi/nd178.ts. */
export const nd178: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd178/art10/index.ts
  'nd178.art10.example': 'A public employee leaving on 1 Dec 2025, first 12 months',
  // src/policies/nd178/art11/index.ts
  'nd178.art11.summary': 'A person who stops holding a leadership post, or takes one with a lower allowance, because of the restructuring keeps the former allowance to the end of the term or appointment, at least 6 months. Not a leaving package: paid in addition.',
  'nd178.art11.condition.before-in-force': 'The change of post is on or after the day Decree 178/2024 took effect',
  'nd178.art11.condition.allowance-not-lower': 'The new allowance coefficient is lower than the former one',
  'nd178.art11.condition.base-salary-out-of-table': 'The base salary of the months kept is tabled',
  'nd178.art11.item.kept-leadership-allowance.when': 'From the month of the change (or the next month, by option) to the month the term ends, at least 6 months; rounded once',
  'nd178.art11.example': 'A lower post from 10 Mar 2026 to the end of the term on 31 Oct 2026, across the 1 Jul 2026 base-salary change',
  // src/policies/nd178/art12/index.ts
  'nd178.art12.summary': 'Staff seconded to the grassroots: a one-off 10 months of base salary (to the commune level) or 3 months (from a central body to the provincial level) [M: from press summaries, Gazette text not checked].',
  'nd178.art12.condition.before-in-force': 'The post is taken up on or after the day Decree 178/2024 took effect',
  'nd178.art12.condition.decree-76-2019-applies': 'The post is not in an especially difficult area (Decree 76/2019/NĐ-CP applies there)',
  'nd178.art12.example': 'Seconded to the commune level from 1 Aug 2025',
  // src/policies/nd178/art13/index.ts
  'nd178.art13.summary': 'Outstanding people kept on: priority for early salary steps, planning and appointment; a bonus considered from the bonus fund. No amount; the rights are flags.',
  'nd178.art13.condition.no-refusal': 'Recognised by the body as outstanding (outstandingStaff: true)',
  'nd178.art13.example': 'A civil servant kept on',
  // src/policies/nd178/art14/index.ts
  'nd178.art14.summary': 'Training to the needs of the post after the restructuring. No amount; the right is a flag.',
  'nd178.art14.condition.no-refusal': 'Due for training after the restructuring (postRestructuringTraining: true)',
  'nd178.art14.example': 'A civil servant trained after the restructuring',
  // src/policies/nd178/art7/index.ts
  'nd178.art7.summary': 'Staff directly affected by the restructuring (Art 2 cl. 1 and 3) who retire early: a one-off pension for the months retired early, an allowance per year early and one for insured time; the one-off is halved from the 13th month after the restructuring decision.',
  'nd178.art7.condition.group-not-covered': 'Covered by Art 2 cl. 1 or 3 (group directly-affected or association)',
  'nd178.art7.item.one-off-pension.when': 'Bands A, C, U2: 1.0 month per month early (at most 60); band B: 0.9 × 60. From the 13th month after the restructuring decision: half (U2 of civil servants and employees: not halved; U2 of the armed forces: halved, by option)',
  'nd178.art7.example': 'MoHA Official Letter 1814/BNV-TCBC (O1): band A, first 12 months',
  // src/policies/nd178/art7a/index.ts
  'nd178.art7a.summary': 'People not directly affected who leave for streamlining (Art 2 cl. 2, added by Decree 67/2025): the same items as Art 7, the one-off at 1.0 within 12 months from 15 Mar 2025 and half after.',
  'nd178.art7a.condition.group-not-covered': 'Covered by Art 2 cl. 2 (group not-directly-affected)',
  'nd178.art7a.condition.not-in-ruleset': 'Under the amended Decree 178 (ruleset amended)',
  'nd178.art7a.condition.group-not-covered-2': '60 months (5 years) or less to the retirement age — the whole Art 2 cl. 2 group, civil staff and armed forces alike; otherwise Art 9, 10 or Decree 154/2025 may apply',
  'nd178.art7a.condition.before-in-force': 'The leave date is on or after 15 Mar 2025 (Decree 67/2025 in force)',
  'nd178.art7a.example': 'A civil servant leaving for streamlining on 1 Mar 2026 (first 12 months)',
  // src/policies/nd178/art7b/index.ts
  'nd178.art7b.summary': 'Cadres not old enough to be re-elected or re-appointed under Decree 177 (Art 2 cl. 4, added by Decree 67/2025): the same items as Art 7, the one-off at 1.0 with no window.',
  'nd178.art7b.condition.decree-177-clause-5': 'Not a Decree 177 Art 2 cl. 5 cadre (managed by the Politburo / Secretariat): those come under Decree 177 only',
  'nd178.art7b.condition.group-not-covered': 'Covered by Art 2 cl. 4 (group decree-177-cadre)',
  'nd178.art7b.condition.not-in-ruleset': 'Under the amended Decree 178 (ruleset amended)',
  'nd178.art7b.item.one-off-pension.when': 'No 12-month window',
  'nd178.art7b.example': 'The D3 cadre (examples.md): 30 months early',
  // src/policies/nd178/art9/index.ts
  'nd178.art9.example': 'Example O2 (examples.md): the salary of Official Letter 1814, leaving on 1 Sep 2025',
  // src/policies/nd178/common/conditions.ts
  'nd178.conditions.condition.before-in-force': 'The leave date is on or after the day Decree 178/2024 took effect (1 Jan 2025)',
  'nd178.conditions.condition.excluded-by-guidance': 'Not among the people the guidance keeps out (pregnancy, maternity leave, a child under 36 months — unless volunteering; discipline, prosecution, inspection)',
  'nd178.conditions.condition.base-salary-out-of-table': 'The current monthly salary S is known (the base salary of the month before leaving is tabled, or salary.baseSalary is given)',
  'nd178.conditions.condition.base-salary-unknown': 'The base salary of that month is known: the table is taken as known to the day before the next 1 July after its last row ({baseSalary}), or salary.baseSalary is given',
  'nd178.conditions.condition.retirement-age-out-of-table': 'The retirement age is known (Decree 135/2020 Annex I, the officer service ceiling, or retirementAge)',
  'nd178.conditions.condition.leave-before-restructuring': 'Leaving before the restructuring decision takes effect: by default paid at the first-12-months rate, with a warning; refused with leaveBeforeRestructuring "refuse", or "after-issue-only" when leaving before the decision was signed',
  'nd178.conditions.condition.restructuring-issued-date-missing': 'With "after-issue-only": the day the decision was signed is given (restructuringIssuedDate)',
  'nd178.conditions.condition.restructuring-date-missing': 'Directly affected groups: the date the restructuring decision took effect is given (restructuringDate; it may be missing only in a Decree 154 streamlining case)',
  'nd178.conditions.condition.decree-177-clause-missing': 'The sub-group of Art 2 cl. 4 is given: decree177Clause (cl. 1–3: not old enough for re-election or re-appointment; cl. 4: by congressDate), with congressDate',
  'nd178.conditions.condition.outside-clause-4-range': 'Decree 177 Art 2 cl. 4: 30 to 60 months from the first day of the congress to the retirement age',
  'nd178.conditions.condition.not-early': 'The leave month is before the statutory pension month (T ≥ 1)',
  'nd178.conditions.condition.not-pension-eligible': 'Entitled to a pension: 20 insured years (leaving before 1 Jul 2025) or 15 (from 1 Jul 2025)',
  'nd178.conditions.condition.too-early': 'In a band: A 24–60 months early (Annex I), B 61–120, C 24–60 by Annex II (15 years of heavy or toxic work or in especially difficult areas), U2 under 24; when two bands apply, the one with the higher total',
  'nd178.conditions.item.insured-time-allowance.when': 'Leaving before 1 Jul 2025: 5 months for the first 20 years; from 1 Jul 2025 (Decree 67/2025): 4 months for the first 15; 0.5 month per year beyond. Band U2: none',
  // src/policies/nd178/common/resignation-declaration.ts
  'nd178.resignation-declaration.item.severance.when': 'M = months insured in the covered agencies (publicSectorInsuredMonths, by default insuredMonths), at most 60',
  'nd178.resignation-declaration.condition.group-not-covered': 'Covered by Art 2 cl. 1 or 3 (group directly-affected or association)',
  'nd178.resignation-declaration.condition.at-retirement-age': 'The pension month by age has not come',
  'nd178.resignation-declaration.condition.under-24-months': 'At least 24 months to the retirement age (Annex I; Annex II by option)',
  'nd178.resignation-declaration.condition.eligible-for-early-retirement': 'Not eligible for early retirement under Art 7',
  // added by hand: messages with a sentence of each language inside (src/policies/nd178/common/messages.ts), and the resignation summaries
  'nd178.conditions.item.early-years-allowance.when': 'Bands A and C: 5 months per year; band B: 4; band U2: none. Years: {oddMonths}',
  'nd178.resignation-declaration.item.insured-years-allowance.when': 'N: insured years, {oddMonths}',
  'nd178.art9.summary': 'Cadres and civil servants (and officers, professional soldiers, police and cipher staff) who resign because of the restructuring: severance, an allowance per insured year and a job-search allowance; severance is halved from the 13th month after the restructuring decision.',
  'nd178.art10.summary': 'Public employees and contract workers (and defence workers and officials) who resign because of the restructuring: severance, an allowance per insured year; severance is halved from the 13th month after the restructuring decision.',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
  'nd178.art12.condition.base-salary-out-of-table': 'The base salary of the day the post is taken up is tabled',
  'nd178.art12.condition.base-salary-unknown': 'The base salary of the day the post is taken up is known (the table is taken as known through {knownThrough})',
};
