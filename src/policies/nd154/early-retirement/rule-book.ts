/**
 * What the rule-book page of Decree 154 Art 6 (early retirement) prints (docs/rule-book/nd154-early-retirement.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { nd154Citations } from '../../../parameters/nd154.js';
import { oddMonthsRule } from '../../nd178/common/odd-months.js';
import { commonConditions154, nd154Factor } from '../common/rule-book.js';
import { earlyYearsLabel, insuredTimeLabel } from './index.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd154.early-retirement.summary',
  conditions: [
    ...commonConditions154,
    {
      text: 'nd154.early-retirement.condition.not-pension-eligible',
      citation: nd154Citations.earlyRetirement,
      refusal: 'not-pension-eligible',
      factors: [nd154Factor('pensionMinInsuredYears')],
    },
    {
      text: 'nd154.early-retirement.condition.too-early',
      citation: nd154Citations.earlyRetirement,
      refusal: 'too-early',
      factors: [nd154Factor('earlyWindowMaxMonths')],
    },
    {
      text: 'nd154.early-retirement.condition.at-retirement-age',
      citation: nd154Citations.earlyRetirement,
      refusal: 'at-retirement-age',
    },
    {
      text: 'nd154.early-retirement.condition.working-time-under-15',
      citation: nd154Citations.partTimeMonths,
      refusal: 'working-time-under-15',
    },
  ],
  items: [
    {
      code: 'early-years-allowance',
      label: earlyYearsLabel,
      formula: 'S × 5 × Y',
      when: { key: 'nd154.early-retirement.item.early-years-allowance.when', vars: { oddMonths: oddMonthsRule } },
      factors: [nd154Factor('perEarlyYearMonths'), nd154Factor('earlyWindowMinMonths'), nd154Factor('earlyWindowMaxMonths')],
      citation: nd154Citations.earlyRetirement,
    },
    {
      code: 'insured-time-allowance',
      label: insuredTimeLabel,
      formula: 'S × (5 + 0.5 × (N − 20))  when N ≥ 20;  S × 5  when 15 ≤ N < 20',
      when: 'nd154.early-retirement.item.insured-time-allowance.when',
      factors: [nd154Factor('insuredFirstYears'), nd154Factor('insuredFirstYearsMonths'), nd154Factor('insuredExtraYearMonths'), nd154Factor('insuredFewerYearsMonths')],
      citation: nd154Citations.earlyRetirement,
    },
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
  readings: ['D7', 'D8', 'D28', 'D50', 'D51', 'D52', 'D53', 'D54', 'D56', 'D57', 'D58', 'D59'],
  options: [],
  examples: [{
    title: 'nd154.early-retirement.example',
    input: {
      id: 'ND154-ER', gender: 'male', birthDate: '1967-03-10', staffType: 'civil-servant',
      salary: { coefficient: 4.98, leadershipCoefficient: 0.5, overFrameSeniorityPercent: 5, publicServicePercent: 25 },
      insuredMonths: 300, restructuringDate: '2026-01-01', leaveDate: '2026-04-01', decree154Streamlining: true,
    },
    facts: ['monthlySalary', 'baseSalary', 'excludedAllowances154', 'retirementAge', 'ageTable', 'monthsEarly', 'yearsEarly', 'insuredYears'],
  }],
};
