import type { nd179 as vi } from '../vi/nd179.js';

/** English rule-book text of the nd179 area: the same keys and placeholders as vi/nd179.ts. */
export const nd179: { readonly [K in keyof typeof vi]: string } = {
  // src/policies/nd179/common/rule-conditions.ts: G1 (Art 5 cl. 1, Art 14)
  'nd179.rules.talented-staff.political-standards': 'criteria.politicalStandards: firm political stance, good ethics, a clear record, good health and the wish to contribute (a judgement of the competent body, true or false)',
  'nd179.rules.talented-staff.outstanding-contribution': 'criteria.outstandingContribution: led advice or proposed breakthrough solutions, or works applied with high effect',
  'nd179.rules.talented-staff.sector-criteria': 'criteria.sectorCriteria: the further criteria of the ministry, sector or province',
  'nd179.rules.talented-staff.nominated': 'criteria.nominated: nominated in writing by the Party committee or the leadership of the body',
  'nd179.rules.talented-staff.council-approved': 'criteria.councilApproved: found by the talent selection council to meet the criteria',
  'nd179.rules.talented-staff.recognition-date': 'recognitionDate: the date of the recognition decision, from which the allowance is paid',
  // G2 (Art 5 cl. 2, Art 7)
  'nd179.rules.graduate.criterion-path': 'criterionPath: the point of Art 5 cl. 2 that is met (a: valedictorian or good graduate abroad; b: excellent graduate with a prize; c: doctor, or level II specialist doctor or pharmacist)',
  'nd179.rules.graduate.qualification': 'criteria.qualificationMet: the qualification of that point is met',
  'nd179.rules.graduate.age-inputs': 'birthDate and applicationDate are given, to find the age on the day the application was filed (point c: unless criteria.scienceAgeLimitMet is given)',
  'nd179.rules.graduate.youth-age': 'Points a and b: within the youth age on the day of the application, from 16 full years to 30 years (Law on Youth Art 1); by default the year in which the person is 30 counts, up to the day before the 31st birthday (option youthAge)',
  'nd179.rules.graduate.science-age': 'Point c: within the age limit of the Government\'s rules on science and technology staff, read as under 35 on the day of the application [M, not checked]; criteria.scienceAgeLimitMet decides instead when given',
  'nd179.rules.graduate.recruitment-date': 'recruitmentDate: the date of the decision recruiting the person as a civil servant or public employee',
  // G3 (Art 2 cl. 3, Art 5 cl. 3, Art 10)
  'nd179.rules.expert.criterion-path': 'criterionPath: the point of Art 5 cl. 3 that is met (a: doctorate or post-doctorate abroad; b: teaching, research or technology transfer at reputable bodies abroad; c: work at leading firms or organisations with outstanding results)',
  'nd179.rules.expert.qualification': 'criteria.qualificationMet: the qualification of that point is met',
  'nd179.rules.expert.nationality': 'nationality is given: "vietnamese" or "foreign"',
  'nd179.rules.expert.foreigner-conditions': 'A foreigner only: criteria.foreignerConditionsMet, the other conditions Vietnamese law sets for foreigners (point d)',
  'nd179.rules.expert.engagement': 'engagement is given: "civil-service" (taken into the civil or public service) or "contract" (a labour contract)',
  // shared: inputs, period, months, the day or range asked for
  'nd179.rules.salary-history': 'salaryHistory is given: the dated salary coefficients (or amounts) the allowance multiplies',
  'nd179.rules.period': 'Some day is owed: the entitlement runs from its start, not before 1 Jan 2025 (an earlier start is cut to it, with a warning for G1 and G3), to its end or the day before stopDate',
  'nd179.rules.month.salary-in-force': 'Each month: a salaryHistory row is in force (the first row starts on or before the day read); a refused month pays nothing and the schedule is incomplete',
  'nd179.rules.month.base-salary-tabled': 'Each month read from a coefficient: the base-salary table has a row for it (or options.baseSalary)',
  'nd179.rules.month.base-salary-known': 'Each month read from a coefficient: the base salary is known, up to the day before the first 1 July after the table\'s last row, or options.baseSalaryKnownThrough',
  'nd179.rules.at-in-period': 'assess179: the day shown (at, by default the first day owed) lies in the entitlement',
  'nd179.rules.range-meets-period': 'schedule179: the range from–to covers at least one day of the entitlement',
  // src/policies/nd179/talent-allowance/index.ts
  'nd179.talent-allowance.summary': 'Talented cadres, civil servants and public employees (G1) recognised by the competent body, after nomination and the check of the talent selection council: an additional allowance of 150% of the current salary each month from the recognition decision. The base is read as the salary including the salary allowances, like the expert rule [M] (option talentAllowanceBase); the allowance ends with the recognition [L], which stopDate states. It is outside the compulsory social, health and unemployment insurance base. Article numbers are not yet checked against the official text.',
  'nd179.talent-allowance.example': 'A G1 recognised on 1 Jul 2025, at coefficient 4.4 with allowances of 0.5, on the first day owed',
  // src/policies/nd179/graduate-allowance/index.ts
  'nd179.graduate-allowance.summary': 'Excellent graduates and talented young scientists (G2) recruited as civil servants or public employees: an additional allowance of 150% of the salary by the current coefficient each month, for 5 years from the recruitment decision, except in the case of Art 6 cl. 3, whose content has not been checked (stopDate states it). The salary allowances are not included [M] (option graduateAllowanceBase). A graduate recruited under Decree 140/2017 before 2025 gets it from 1 Jan 2025 to the end of the 5 years [M] (option decree140Transition). It is outside the compulsory social, health and unemployment insurance base. Article numbers are not yet checked against the official text.',
  'nd179.graduate-allowance.condition.decree-140': 'Recruited before 1 Jan 2025 (under Decree 140/2017): paid from 1 Jan 2025 by default; refused under decree140Transition "not-covered"',
  'nd179.graduate-allowance.example': 'A G2 graduate at coefficient 2.34, recruited on 1 Jan 2025, with the base salary held at 2,340,000 (the d179.md consistency check)',
  // src/policies/nd179/probation-full-salary/index.ts
  'nd179.probation-full-salary.summary': 'G2 recruits are paid 100% of the salary of their recruitment step during probation instead of the usual reduced probation pay (85% [M]: Decree 138/2020 for civil servants, Decree 115/2020 for public employees, not checked; option normalProbationRate). The amount of this policy is the top-up, (1.0 − 0.85) × the salary of the coefficient without allowances; each row also shows the full and the usual pay. Probation runs from probationStartDate (default: the recruitment date) to the day before the same day probationMonths later. Whether the 2025 civil-service reform kept probation is an open question.',
  'nd179.probation-full-salary.condition.probation-months': 'probationMonths is given: the months of probation in the recruitment decision (0 when there is none)',
  'nd179.probation-full-salary.condition.probation': 'There is a probation: probationMonths is not 0',
  'nd179.probation-full-salary.condition.decree-140': 'Probation began before 1 Jan 2025: paid from 1 Jan 2025 by default; refused under decree140Transition "not-covered"',
  'nd179.probation-full-salary.example': 'A G2 graduate on 12 months of probation from 1 Mar 2025 at coefficient 2.34',
  // src/policies/nd179/expert-allowance/index.ts
  'nd179.expert-allowance.summary': 'Experts, managers, business administrators and leading scientists (G3) who are Vietnamese, of working age, and taken into the civil or public service at their wish: an additional allowance of 300% of the current salary, salary allowances included, each month from the decision taking them in. The decree sets no end [M]: stopDate ends it. It is outside the compulsory social, health and unemployment insurance base. An expert on a labour contract is paid the negotiated amount instead (nd179/expert-contract). Article numbers are not yet checked against the official text.',
  'nd179.expert-allowance.condition.not-contract': 'Taken into the service, not on a labour contract (engagement "civil-service")',
  'nd179.expert-allowance.condition.vietnamese': 'Vietnamese (nationality "vietnamese")',
  'nd179.expert-allowance.condition.working-age': 'In the service and Vietnamese: criteria.withinWorkingAge, of working age under the labour law (an input, not derived from the birth date)',
  'nd179.expert-allowance.condition.recruitment-date': 'In the service and Vietnamese: recruitmentDate, the date of the decision taking the expert in',
  'nd179.expert-allowance.example': 'A Vietnamese G3 expert at coefficient 6.2 with allowances of 0.8, taken into the service on 10 Feb 2025',
  // src/policies/nd179/expert-contract/index.ts
  'nd179.expert-contract.summary': 'Experts (G3), Vietnamese or foreign, on a labour contract: the remuneration is negotiated and decided by the head of the ministry, sector or province. The library does not compute it: the monthly amount agreed is an input (contractMonthlyAmount), spread over the contract term (contractStartDate to contractEndDate, both included). Decree 179 does not say how it stands with insurance: the contract and the insurance laws decide.',
  'nd179.expert-contract.condition.contract': 'On a labour contract, not taken into the service (engagement "contract")',
  'nd179.expert-contract.condition.amount': 'On a contract: contractMonthlyAmount, the monthly remuneration agreed in the contract',
  'nd179.expert-contract.condition.start': 'On a contract: contractStartDate, the day the contract starts',
  'nd179.expert-contract.example': 'A foreign G3 expert on a contract of 60,000,000 a month from 16 Apr to 30 Jun 2025',
};
