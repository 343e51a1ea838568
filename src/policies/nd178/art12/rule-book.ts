/**
 * What the rule-book page of Decree 178 Art 12 prints (docs/rule-book/nd178-art12.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { msg } from '../../../locales/index.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { salaryCitation } from '../../../rules/salary.js';
import { stayingFactor, stayingPerson } from '../common/rule-book.js';
import { art12Citation } from '../common/staying.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd178.art12.summary',
  conditions: [
    {
      text: 'nd178.art12.condition.before-in-force',
      citation: keyDates.nd178InForce.citation,
      refusal: 'before-in-force',
    },
    {
      text: 'nd178.art12.condition.decree-76-2019-applies',
      citation: art12Citation(),
      refusal: 'decree-76-2019-applies',
    },
    {
      text: 'nd178.art12.condition.base-salary-out-of-table',
      citation: salaryCitation,
      refusal: 'base-salary-out-of-table',
    },
    {
      text: { key: 'nd178.art12.condition.base-salary-unknown', vars: { knownThrough: formatKnownThrough(baseSalary) } },
      citation: baseSalaryHorizonCitation,
      refusal: 'base-salary-unknown',
    },
  ],
  items: [{
    code: 'secondment-allowance',
    label: msg('nd178.art12.item.secondment-allowance'),
    formula: 'B on the secondment date × 10 (commune)  or  × 3 (central to provincial)',
    factors: [stayingFactor('art12CommuneMonths'), stayingFactor('art12ProvincialMonths')],
    citation: art12Citation('1'),
  }],
  tables: ['baseSalary'],
  readings: [],
  options: [],
  examples: [{
    title: 'nd178.art12.example',
    input: { id: 'a12-commune', ...stayingPerson, grassrootsSecondment: 'commune', secondmentDate: '2025-08-01' },
    facts: ['secondmentMonths', 'secondmentBaseSalary', 'secondmentAmountVerified'],
  }],
};
