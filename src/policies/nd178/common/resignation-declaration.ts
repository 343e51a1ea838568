import { cite, DOC, type Citation } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import type { ExampleDeclaration, ItemDeclaration, PolicyDeclaration } from '../../../model/declaration.js';
import { decree178BestExclusion } from '../../nd154/common/regime.js';
import { beforeDecisionConditions, commonConditions, nd178Factor } from './conditions.js';
import { oddMonthsRule } from './odd-months.js';
import { computeResignation, insuredYearsLabel, jobSearchLabel, resignationChecks, resignationTitles, severanceLabel, type ResignationArticle } from './resignation.js';

/**
 * What Art 9 and Art 10 declare alike (their code is shared too: src/policies/nd178/common/resignation.ts): the
 * conditions in the order the code checks them, and the items; each article adds an example (its summary is its own locale entry).
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

export function resignationDeclaration(article: ResignationArticle, example: ExampleDeclaration): Omit<PolicyDeclaration, 'applies'> {
  return {
    code: `nd178/art${article}`,
    decree: 'nd178',
    article,
    title: resignationTitles[article],
    summary: `nd178.art${article}.summary`,
    conditions: [
      {
        text: 'nd178.resignation-declaration.condition.group-not-covered',
        citation: cite(DOC.nd178, article),
        refusal: 'group-not-covered',
        check: resignationChecks.groupCovered(article),
      },
      ...commonConditions,
      ...beforeDecisionConditions,
      {
        text: 'nd178.resignation-declaration.condition.at-retirement-age',
        citation: cite(DOC.nd178, article),
        refusal: 'at-retirement-age',
        check: resignationChecks.beforeRetirementAge(article),
      },
      {
        text: 'nd178.resignation-declaration.condition.under-24-months',
        citation: cite(DOC.nd178, article),
        refusal: 'under-24-months',
        factors: [nd178Factor('resignationMinMonths')],
        check: resignationChecks.twoYearsOrMore(article),
      },
      {
        text: 'nd178.resignation-declaration.condition.eligible-for-early-retirement',
        citation: cite(DOC.nd178, article),
        refusal: 'eligible-for-early-retirement',
        check: resignationChecks.notEarlyRetirement(article),
      },
    ],
    items: resignationItems(article),
    tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
    readings: ['D1', 'D3', 'D4', 'D5', 'D8', 'D9', 'D11', 'D12', 'D13', 'D14', 'D17', 'D18', 'D19', 'D24', 'D28', 'D51', 'D61'],
    options: ['windowAnniversary', 'resignationAge', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'leaveBeforeRestructuring'],
    examples: [example],
    compute: (ctx, facts) => computeResignation(ctx, facts, article),
    // D51: after 1 Sep 2025, or in a Decree 154 streamlining case, shown but not compared for `best`.
    bestExclusion: decree178BestExclusion,
  };
}

/** The facts the resignation examples show. */
export const resignationFacts = ['monthlySalary', 'monthsToRetirementAge', 'window', 'severanceMonths', 'insuredYears'];
