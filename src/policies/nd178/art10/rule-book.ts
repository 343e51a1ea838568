/**
 * What the rule-book page of Decree 178 Art 10 prints (docs/rule-book/nd178-art10.md, written by src/testing/rule-book/ from this,
 * never by hand): what Art 9 and 10 print alike (`resignationRuleBook`, ../common/rule-book.ts: its conditions in the
 * order ./index.ts checks them, its items, tables, readings and options), with its own summary and worked example.
 * Beside the article's code, but not in the runtime bundles: only the renderer and the tests import it, through
 * src/policies/rule-books.ts and src/engine/rule-books.ts. The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { resignationFacts, resignationRuleBook } from '../common/rule-book.js';

export const ruleBook: PolicyRuleBook = resignationRuleBook('10', {
  title: 'nd178.art10.example',
  input: {
    id: 'art10-employee', gender: 'female', birthDate: '1985-07-19', staffType: 'public-employee',
    salary: { coefficient: 3, preferentialPercent: 35 }, insuredMonths: 150, restructuringDate: '2025-07-01', leaveDate: '2025-12-01',
  },
  facts: resignationFacts,
});
