/**
 * The Decree 177/178/154 articles' rule-book declarations, for the rule-book renderer (src/testing/rule-book/), which
 * as a façade reads the policies through the engine. Not re-exported by the library's entry points (Decree 179's:
 * ./nd179/rule-books.ts).
 */
export { policyRuleBooks } from '../policies/rule-books.js';
export type { ConditionDeclaration, ExampleDeclaration, ItemDeclaration, PolicyRuleBook } from '../model/declaration.js';
