/**
 * The rule-book declarations of the Decree 177/178/154 articles (<decree>/<article>/rule-book.ts), by policy code:
 * what each page prints (docs/rule-book/). The runtime list is src/policies/index.ts; this one is read by the renderer
 * (src/testing/rule-book/) through src/engine/rule-books.ts and imported by no runtime entry, so the library and
 * spreadsheet bundles do not carry it (tests/architecture/runtime-entries.test.ts). A policy of `policyDeclarations`
 * without its line here has no page: tests/architecture/declarations.test.ts names the missing line, and the rule book
 * refuses to render.
 */
import type { PolicyRuleBook } from '../model/declaration.js';
import { ruleBook as nd177Art3 } from './nd177/art3/rule-book.js';
import { ruleBook as nd177Art4 } from './nd177/art4/rule-book.js';
import { ruleBook as art7 } from './nd178/art7/rule-book.js';
import { ruleBook as art7a } from './nd178/art7a/rule-book.js';
import { ruleBook as art7b } from './nd178/art7b/rule-book.js';
import { ruleBook as art9 } from './nd178/art9/rule-book.js';
import { ruleBook as art10 } from './nd178/art10/rule-book.js';
import { ruleBook as art11 } from './nd178/art11/rule-book.js';
import { ruleBook as art12 } from './nd178/art12/rule-book.js';
import { ruleBook as art13 } from './nd178/art13/rule-book.js';
import { ruleBook as art14 } from './nd178/art14/rule-book.js';
import { ruleBook as nd154EarlyRetirement } from './nd154/early-retirement/rule-book.js';
import { ruleBook as nd154Resignation } from './nd154/resignation/rule-book.js';

export const policyRuleBooks: Readonly<Record<string, PolicyRuleBook>> = {
  'nd178/art7': art7,
  'nd178/art7a': art7a,
  'nd178/art7b': art7b,
  'nd177/art3': nd177Art3,
  'nd177/art4': nd177Art4,
  'nd178/art9': art9,
  'nd178/art10': art10,
  'nd154/early-retirement': nd154EarlyRetirement,
  'nd154/resignation': nd154Resignation,
  'nd178/art11': art11,
  'nd178/art12': art12,
  'nd178/art13': art13,
  'nd178/art14': art14,
};
