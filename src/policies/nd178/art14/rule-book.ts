/**
 * What the rule-book page of Decree 178 Art 14 prints (docs/rule-book/nd178-art14.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { cite, DOC } from '../../../core/citation.js';
import { stayingPerson } from '../common/rule-book.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd178.art14.summary',
  conditions: [{
    text: 'nd178.art14.condition.no-refusal',
    citation: cite(DOC.nd178, '14'),
  }],
  items: [],
  tables: [],
  readings: [],
  options: [],
  examples: [{
    title: 'nd178.art14.example',
    input: { id: 'a14', ...stayingPerson, postRestructuringTraining: true },
    facts: [],
  }],
};
