import { cite, DOC, type Citation } from '../../../core/citation.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { factor, type ConditionDeclaration, type ExampleDeclaration, type ItemDeclaration, type PolicyRuleBook } from '../../../model/declaration.js';
import { earlyYearsLabel, insuredTimeLabel } from './early-retirement.js';
import { restructuringCitation } from './eligibility.js';
import { oddMonthsRule } from './odd-months.js';
import { insuredYearsLabel, jobSearchLabel, severanceLabel, type ResignationArticle } from './resignation.js';

/**
 * What the rule-book pages of several Decree 178 articles print alike (Art 7, 7a, 7b, 9, 10; Art 11–14 share
 * `stayingFactor` and `stayingPerson`): conditions in the order their code checks them (their checks: ./conditions.ts),
 * items, the facts the examples show. Each article's rule book (src/policies/nd178/<article>/rule-book.ts) lists them in
 * its own order. Not imported by the runtime (src/policies/rule-books.ts lists the rule books).
 */

export const nd178Factor = (name: Parameters<typeof factor<'factors'>>[1]) => factor('factors', name);

/** Conditions every Decree 178 leaving policy checks first (their checks: `commonChecks`, ./conditions.ts). */
export const commonConditions: readonly ConditionDeclaration[] = [
  {
    text: 'nd178.conditions.condition.before-in-force',
    citation: keyDates.nd178InForce.citation,
    refusal: 'before-in-force',
  },
  {
    text: 'nd178.conditions.condition.excluded-by-guidance',
    citation: cite(DOC.nd178, '2', undefined, undefined, { note: 'people the implementing guidance keeps out', verified: false }),
    refusal: 'excluded-by-guidance',
  },
  {
    text: 'nd178.conditions.condition.base-salary-out-of-table',
    citation: cite(DOC.tt01, '3', '2'),
    refusal: 'base-salary-out-of-table',
  },
  {
    text: { key: 'nd178.conditions.condition.base-salary-unknown', vars: { baseSalary: formatKnownThrough(baseSalary) } },
    citation: baseSalaryHorizonCitation,
    refusal: 'base-salary-unknown',
  },
  {
    text: 'nd178.conditions.condition.retirement-age-out-of-table',
    citation: cite(DOC.nd135, '4', '1', undefined, { note: 'Annex I' }),
    refusal: 'retirement-age-out-of-table',
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
  },
  {
    text: 'nd178.conditions.condition.leave-before-restructuring',
    citation: restructuringCitation,
    refusal: 'leave-before-restructuring',
  },
  {
    text: 'nd178.conditions.condition.restructuring-issued-date-missing',
    citation: restructuringCitation,
    refusal: 'restructuring-issued-date-missing',
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
};

export const pensionEligible: ConditionDeclaration = {
  text: 'nd178.conditions.condition.not-pension-eligible',
  citation: cite(DOC.siLaw2024, '64', '1'),
  refusal: 'not-pension-eligible',
  factors: [nd178Factor('pensionYears2014'), nd178Factor('pensionYears2024')],
};

export const bands: ConditionDeclaration = {
  text: 'nd178.conditions.condition.too-early',
  citation: cite(DOC.nd178, '7', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
  refusal: 'too-early',
  factors: [nd178Factor('bandMinMonths'), nd178Factor('bandNearMaxMonths'), nd178Factor('bandFarMaxMonths')],
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

/**
 * What the pages of Art 9 and Art 10 print alike (their checks: `resignationDeclaration`, ./resignation-declaration.ts):
 * the conditions in the order the code checks them, and the items; each article adds an example (its summary is its
 * own rule-book entry).
 */
export function resignationItems(article: ResignationArticle): ItemDeclaration[] {
  const a = (clause: string, point?: string): Citation => cite(DOC.nd178, article, clause, point);
  const out: ItemDeclaration[] = [
    {
      code: 'severance',
      label: severanceLabel,
      formula: 'S × 0.8 × M (first 12 months)  or  S × 0.4 × M (from the 13th month)',
      when: 'nd178.resignation-declaration.item.severance.when',
      factors: [nd178Factor('severanceRateFirst12'), nd178Factor('severanceRateFrom13'), nd178Factor('severanceMaxMonths')],
      citation: a('1', 'a'),
    },
    {
      code: 'insured-years-allowance',
      label: insuredYearsLabel,
      formula: 'S × 1.5 × N',
      when: { key: 'nd178.resignation-declaration.item.insured-years-allowance.when', vars: { oddMonths: oddMonthsRule } },
      factors: [nd178Factor('perInsuredYearResign')],
      citation: a('2'),
    },
  ];
  if (article === '9') {
    out.push({
      code: 'job-search-allowance',
      label: jobSearchLabel,
      formula: 'S × 3',
      factors: [nd178Factor('jobSearchMonths')],
      citation: cite(DOC.nd178, '9', '4'),
    });
  }
  return out;
}

export function resignationRuleBook(article: ResignationArticle, example: ExampleDeclaration): PolicyRuleBook {
  return {
    summary: `nd178.art${article}.summary`,
    conditions: [
      {
        text: 'nd178.resignation-declaration.condition.group-not-covered',
        citation: cite(DOC.nd178, article),
        refusal: 'group-not-covered',
      },
      ...commonConditions,
      ...beforeDecisionConditions,
      {
        text: 'nd178.resignation-declaration.condition.at-retirement-age',
        citation: cite(DOC.nd178, article),
        refusal: 'at-retirement-age',
      },
      {
        text: 'nd178.resignation-declaration.condition.under-24-months',
        citation: cite(DOC.nd178, article),
        refusal: 'under-24-months',
        factors: [nd178Factor('resignationMinMonths')],
      },
      {
        text: 'nd178.resignation-declaration.condition.eligible-for-early-retirement',
        citation: cite(DOC.nd178, article),
        refusal: 'eligible-for-early-retirement',
      },
    ],
    items: resignationItems(article),
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D1', 'D3', 'D4', 'D5', 'D8', 'D9', 'D11', 'D12', 'D13', 'D14', 'D17', 'D18', 'D19', 'D24', 'D28', 'D51', 'D61'],
    options: ['windowAnniversary', 'resignationAge', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'leaveBeforeRestructuring'],
    examples: [example],
  };
}

/** The facts the resignation examples show. */
export const resignationFacts = ['monthlySalary', 'monthsToRetirementAge', 'window', 'severanceMonths', 'insuredYears'];

/** What the Art 11–14 pages share: their factor reader and the person of their examples (who stays). */
export const stayingFactor = (name: Parameters<typeof factor<'stayingFactors'>>[1]) => factor('stayingFactors', name);

/** A person who stays: Art 11–14 are paid in addition and never compete for `best`. */
export const stayingPerson = {
  gender: 'female', birthDate: '1980-03-10', staffType: 'civil-servant',
  salary: { coefficient: 4.4, leadershipCoefficient: 0.7, publicServicePercent: 25 },
  insuredMonths: 240, restructuringDate: '2025-03-01', leaveDate: '2025-09-01', route: 'early-retirement',
} as const;
