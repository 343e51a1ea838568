import { cite, DOC } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { factor, type ConditionDeclaration, type ItemDeclaration } from '../../../model/declaration.js';
import { bandCheck, earlyCheck, earlyYearsLabel, insuredTimeLabel, pensionEligibleCheck } from './early-retirement.js';
import { baseSalaryKnown, baseSalaryTabled, inForce, issuedDateGiven, notBeforeRestructuring, restructuringDateGiven, notExcludedByGuidance, restructuringCitation, retirementAgeTabled } from './eligibility.js';
import { oddMonthsRule } from './odd-months.js';

/**
 * The conditions and items several Decree 178 articles declare alike (Art 7, 7a, 7b, 9, 10), in the order their
 * code checks them: each article's declaration (src/policies/nd178/<article>/index.ts) lists them in its own order.
 */

export const nd178Factor = (name: Parameters<typeof factor<'factors'>>[1]) => factor('factors', name);

/** Conditions every Decree 178 leaving policy checks first (their checks: src/policies/nd178/common/eligibility.ts). */
export const commonConditions: readonly ConditionDeclaration[] = [
  {
    text: 'nd178.conditions.condition.before-in-force',
    citation: keyDates.nd178InForce.citation,
    refusal: 'before-in-force',
    check: inForce,
  },
  {
    text: 'nd178.conditions.condition.excluded-by-guidance',
    citation: cite(DOC.nd178, '2', undefined, undefined, { note: 'people the implementing guidance keeps out', verified: false }),
    refusal: 'excluded-by-guidance',
    check: notExcludedByGuidance,
  },
  {
    text: 'nd178.conditions.condition.base-salary-out-of-table',
    citation: cite(DOC.tt01, '3', '2'),
    refusal: 'base-salary-out-of-table',
    check: baseSalaryTabled,
  },
  {
    text: { key: 'nd178.conditions.condition.base-salary-unknown', vars: { baseSalary: formatKnownThrough(baseSalary) } },
    citation: baseSalaryHorizonCitation,
    refusal: 'base-salary-unknown',
    check: baseSalaryKnown,
  },
  {
    text: 'nd178.conditions.condition.retirement-age-out-of-table',
    citation: cite(DOC.nd135, '4', '1', undefined, { note: 'Annex I' }),
    refusal: 'retirement-age-out-of-table',
    check: retirementAgeTabled,
  },
];

/**
 * A leave before the restructuring decision takes effect (D11): paid at the first-12-months rate by default;
 * refused only under the options `refuse` and `after-issue-only`. Shared with Art 9 and 10.
 */
export const beforeDecisionConditions: readonly ConditionDeclaration[] = [
  {
    text: 'nd178.conditions.condition.restructuring-date-missing',
    citation: restructuringCitation,
    refusal: 'restructuring-date-missing',
    check: restructuringDateGiven,
  },
  {
    text: 'nd178.conditions.condition.leave-before-restructuring',
    citation: restructuringCitation,
    refusal: 'leave-before-restructuring',
    check: notBeforeRestructuring,
  },
  {
    text: 'nd178.conditions.condition.restructuring-issued-date-missing',
    citation: restructuringCitation,
    refusal: 'restructuring-issued-date-missing',
    check: issuedDateGiven,
  },
];

/** Decree 178 Art 2 cl. 4 (as amended): the sub-group and its own limit (D26). */
export const art7bSubGroups: readonly ConditionDeclaration[] = [
  {
    text: 'nd178.conditions.condition.decree-177-clause-missing',
    citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
    refusal: 'decree-177-clause-missing',
  },
  {
    text: 'nd178.conditions.condition.outside-clause-4-range',
    citation: cite(DOC.nd177, '2', '4'),
    refusal: 'outside-clause-4-range',
    factors: [factor('nd177Factors', 'clause4MinMonths'), factor('nd177Factors', 'clause4MaxMonths')],
  },
];

export const notEarly: ConditionDeclaration = {
  text: 'nd178.conditions.condition.not-early',
  citation: cite(DOC.tt01, '3', '3'),
  refusal: 'not-early',
  check: earlyCheck,
};

export const pensionEligible: ConditionDeclaration = {
  text: 'nd178.conditions.condition.not-pension-eligible',
  citation: cite(DOC.siLaw2024, '64', '1'),
  refusal: 'not-pension-eligible',
  factors: [nd178Factor('pensionYears2014'), nd178Factor('pensionYears2024')],
  check: pensionEligibleCheck,
};

export const bands: ConditionDeclaration = {
  text: 'nd178.conditions.condition.too-early',
  citation: cite(DOC.nd178, '7', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
  refusal: 'too-early',
  factors: [nd178Factor('bandMinMonths'), nd178Factor('bandNearMaxMonths'), nd178Factor('bandFarMaxMonths')],
  check: bandCheck,
};

/** Art 7 cl. 2 (as amended): shared by Art 7, 7a and 7b. */
export const clause2Items: readonly ItemDeclaration[] = [
  {
    code: 'early-years-allowance',
    label: earlyYearsLabel,
    formula: 'S × perYear × yearsEarly',
    when: { key: 'nd178.conditions.item.early-years-allowance.when', vars: { oddMonths: oddMonthsRule } },
    factors: [nd178Factor('perYearEarlyNear'), nd178Factor('perYearEarlyFar')],
    citation: cite(DOC.nd178, '7', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
  },
  {
    code: 'insured-time-allowance',
    label: insuredTimeLabel,
    formula: 'S × (5 + 0.5 × (N − 20))  or, from 1 Jul 2025,  S × (4 + 0.5 × (N − 15))',
    when: 'nd178.conditions.item.insured-time-allowance.when',
    factors: [nd178Factor('insured20BaseMonths'), nd178Factor('insured20BaseYears'), nd178Factor('insured15BaseMonths'), nd178Factor('insured15BaseYears'), nd178Factor('insuredPerExtraYear')],
    citation: cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' }),
  },
];

/** The facts the early-retirement examples show. */
export const earlyRetirementFacts = ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'band', 'window', 'insuranceRegime', 'insuredYears'];
