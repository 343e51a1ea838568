/**
 * What the rule-book page of Decree 154 Art 8 (resignation) prints (docs/rule-book/nd154-resignation.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { nd154Citations } from '../../../parameters/nd154.js';
import { oddMonthsRule } from '../../nd178/common/odd-months.js';
import { commonConditions154, nd154Factor } from '../common/rule-book.js';
import { insuredYearsLabel, jobSearchLabel, trainingSalaryLabel } from './index.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd154.resignation.summary',
  conditions: [
    ...commonConditions154,
    {
      text: 'nd154.resignation.condition.at-retirement-age',
      citation: nd154Citations.resignation,
      refusal: 'at-retirement-age',
    },
    {
      text: 'nd154.resignation.condition.eligible-for-early-retirement',
      citation: nd154Citations.resignation,
      refusal: 'eligible-for-early-retirement',
    },
    {
      text: 'nd154.resignation.condition.training-over-45',
      citation: nd154Citations.resignation,
      refusal: 'training-over-45',
      factors: [nd154Factor('trainingMaxAgeYears')],
    },
  ],
  items: [
    {
      code: 'job-search-allowance',
      label: jobSearchLabel,
      formula: 'S × 3',
      when: 'nd154.resignation.item.job-search-allowance.when',
      factors: [nd154Factor('resignJobSearchMonths')],
      citation: nd154Citations.resignation,
    },
    {
      code: 'insured-years-allowance',
      label: insuredYearsLabel,
      formula: 'S × 1.5 × N',
      when: { key: 'nd154.resignation.item.insured-years-allowance.when', vars: { oddMonths: oddMonthsRule } },
      factors: [nd154Factor('resignPerInsuredYearMonths')],
      citation: nd154Citations.resignation,
    },
    {
      code: 'training-salary',
      label: trainingSalaryLabel,
      formula: 'S × min(months, 6)',
      when: 'nd154.resignation.item.training-salary.when',
      factors: [nd154Factor('trainingSalaryMaxMonths'), nd154Factor('trainingCostMaxMonths'), nd154Factor('trainingMaxAgeYears')],
      citation: nd154Citations.resignation,
    },
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
  readings: ['D8', 'D28', 'D50', 'D51', 'D52', 'D53', 'D55', 'D56', 'D57', 'D58', 'D59', 'D60'],
  options: [],
  examples: [{
    title: 'nd154.resignation.example',
    input: {
      id: 'ND154-RES', gender: 'female', birthDate: '1988-09-20', staffType: 'public-employee',
      salary: { coefficient: 3.33, professionalSeniorityPercent: 10, preferentialPercent: 30 },
      insuredMonths: 151, restructuringDate: '2026-06-01', leaveDate: '2026-08-01', route: 'resignation', decree154Streamlining: true,
    },
    facts: ['monthlySalary', 'baseSalary', 'excludedAllowances154', 'monthsToRetirementAge', 'insuredYears', 'route154'],
  }],
};
