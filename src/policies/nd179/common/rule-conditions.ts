/**
 * The conditions the Decree 179 rule-book pages list (docs/rule-book/nd179-<name>.md), shared by several
 * allowances: the group's criteria (as eligibility.ts and youth-age.ts check them), the inputs a salary-based
 * allowance needs, the period, each month's salary (salary.ts) and the day or range asked for (the engine's
 * assess179/schedule179). Each allowance lists them in its rule-book declaration (`ruleConditions`, ../<allowance>/rule-book.ts), in the order they are checked,
 * with its own conditions between. Data only: the checks stay where they are; tests/nd179/rule-conditions.test.ts
 * fails when a golden case gives a refusal its allowance does not list.
 */
import type { Citation } from '../../../core/citation.js';
import { baseSalaryHorizonCitation } from '../../../parameters/base-salary.js';
import { ARTICLE, cite179, nd179Rates } from '../../../parameters/nd179-rates.js';
import { salaryCitation } from '../../../rules/salary.js';
import type { Nd179Group } from '../../../schema/enums.js';
import type { AllowanceCondition } from './policy.js';
import { criteriaCitation } from './refusals.js';

const judged = (name: string) => [`missing/criteria.${name}`, `not-met/criteria.${name}`];

/** The group's criteria (Art 5, and Art 14 for the recognition of G1), in the order eligibility.ts checks them. */
export const groupRuleConditions: Readonly<Record<Nd179Group, readonly AllowanceCondition[]>> = {
  'talented-staff': [
    { text: 'nd179.rules.talented-staff.political-standards', citation: criteriaCitation('talented-staff', 'a'), refusals: judged('politicalStandards') },
    { text: 'nd179.rules.talented-staff.outstanding-contribution', citation: criteriaCitation('talented-staff', 'b'), refusals: judged('outstandingContribution') },
    { text: 'nd179.rules.talented-staff.sector-criteria', citation: criteriaCitation('talented-staff', 'c'), refusals: judged('sectorCriteria') },
    { text: 'nd179.rules.talented-staff.nominated', citation: cite179(ARTICLE.recognition, '1'), refusals: judged('nominated') },
    { text: 'nd179.rules.talented-staff.council-approved', citation: cite179(ARTICLE.recognition, '2'), refusals: judged('councilApproved') },
    { text: 'nd179.rules.talented-staff.recognition-date', citation: cite179(ARTICLE.talentAllowance), refusals: ['missing/recognitionDate'] },
  ],
  graduate: [
    { text: 'nd179.rules.graduate.criterion-path', citation: criteriaCitation('graduate'), refusals: ['missing/criterionPath'] },
    { text: 'nd179.rules.graduate.qualification', citation: criteriaCitation('graduate'), refusals: judged('qualificationMet') },
    { text: 'nd179.rules.graduate.age-inputs', citation: criteriaCitation('graduate'), refusals: ['missing/birthDate', 'missing/applicationDate'] },
    { text: 'nd179.rules.graduate.youth-age', citation: nd179Rates.youthMaxAge.citation, refusals: ['under-youth-age', 'over-youth-age'] },
    { text: 'nd179.rules.graduate.science-age', citation: criteriaCitation('graduate', 'c'), refusals: ['not-met/criteria.scienceAgeLimitMet', 'over-age-limit'] },
    { text: 'nd179.rules.graduate.recruitment-date', citation: cite179(ARTICLE.attraction), refusals: ['missing/recruitmentDate'] },
  ],
  expert: [
    { text: 'nd179.rules.expert.criterion-path', citation: criteriaCitation('expert'), refusals: ['missing/criterionPath'] },
    { text: 'nd179.rules.expert.qualification', citation: criteriaCitation('expert'), refusals: judged('qualificationMet') },
    { text: 'nd179.rules.expert.nationality', citation: cite179(ARTICLE.subjects, '3'), refusals: ['missing/nationality'] },
    { text: 'nd179.rules.expert.foreigner-conditions', citation: criteriaCitation('expert', 'd'), refusals: judged('foreignerConditionsMet') },
    { text: 'nd179.rules.expert.engagement', citation: cite179(ARTICLE.experts), refusals: ['missing/engagement'] },
  ],
};

/** `salaryHistory` is given (period.ts `needsSalaryHistory`): every allowance computed from the salary. */
export const salaryHistoryCondition = (citation: Citation): AllowanceCondition =>
  ({ text: 'nd179.rules.salary-history', citation, refusals: ['missing/salaryHistory'] });

/** Some day is left once the period is closed (period.ts `closeEntitlement`): 1 Jan 2025, the end, `stopDate`. */
export const periodCondition = (citation: Citation): AllowanceCondition =>
  ({ text: 'nd179.rules.period', citation, refusals: ['period-ended'] });

/** Each month computed from the salary (salary.ts `salaryOn`, `baseSalaryOn`): a refused month pays nothing. */
export const salaryMonthConditions: readonly AllowanceCondition[] = [
  { text: 'nd179.rules.month.salary-in-force', citation: salaryCitation, refusals: ['no-salary-in-force'] },
  { text: 'nd179.rules.month.base-salary-tabled', citation: salaryCitation, refusals: ['base-salary-out-of-table'] },
  { text: 'nd179.rules.month.base-salary-known', citation: baseSalaryHorizonCitation, refusals: ['base-salary-unknown'] },
];

/** The day `assess179` shows (`at`) and the range `schedule179` covers (`from`, `to`) meet the period. */
export const askedDaysConditions = (citation: Citation): readonly AllowanceCondition[] => [
  { text: 'nd179.rules.at-in-period', citation, refusals: ['outside-entitlement'] },
  { text: 'nd179.rules.range-meets-period', citation, refusals: ['no-month-in-range'] },
];
