/**
 * What the rule-book page of Decree 178 Art 9 prints (docs/rule-book/nd178-art9.md, written by src/testing/rule-book/ from this,
 * never by hand): what Art 9 and 10 print alike (`resignationRuleBook`, ../common/rule-book.ts: its conditions in the
 * order ./index.ts checks them, its items, tables, readings and options), with its own summary and worked example.
 * Beside the article's code, but not in the runtime bundles: only the renderer and the tests import it, through
 * src/policies/rule-books.ts and src/engine/rule-books.ts. The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { resignationFacts, resignationRuleBook } from '../common/rule-book.js';

export const ruleBook: PolicyRuleBook = resignationRuleBook('9', {
  title: 'nd178.art9.example',
  input: {
    id: 'O2', gender: 'male', birthDate: '1975-06-10', staffType: 'civil-servant',
    salary: { coefficient: 5.42, leadershipCoefficient: 0.4, publicServicePercent: 25 },
    insuredMonths: 270, restructuringDate: '2025-03-01', leaveDate: '2025-09-01',
  },
  facts: resignationFacts,
});
