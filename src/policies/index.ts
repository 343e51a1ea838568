import { policyName, type PolicyDeclaration } from '../model/declaration.js';
import { declaration as nd177Art3 } from './nd177/art3/index.js';
import { declaration as nd177Art4 } from './nd177/art4/index.js';
import { declaration as art7 } from './nd178/art7/index.js';
import { declaration as art7a } from './nd178/art7a/index.js';
import { declaration as art7b } from './nd178/art7b/index.js';
import { declaration as art9 } from './nd178/art9/index.js';
import { declaration as art10 } from './nd178/art10/index.js';
import { declaration as art11 } from './nd178/art11/index.js';
import { declaration as art12 } from './nd178/art12/index.js';
import { declaration as art13 } from './nd178/art13/index.js';
import { declaration as art14 } from './nd178/art14/index.js';
import { declaration as nd154EarlyRetirement } from './nd154/early-retirement/index.js';
import { declaration as nd154Resignation } from './nd154/resignation/index.js';

/**
 * Every Decree 177/178/154 policy the engine evaluates, in the order of the outcomes (docs/contract-extensions.md):
 * the Decree 178 early-retirement article of the group, Decree 177 Art 3 and Art 4, resignation, the Decree 154/2025
 * early retirement and resignation (docs/decree-154.md), then the Decree 178 Art 11–14 policies that are not leaving
 * packages. A new article is its folder (index.ts exporting `declaration`, rule-book.ts exporting `ruleBook`,
 * cases.json beside them, its sentences in src/locales/, its rule-book text in src/locales/rule-book/) and its
 * registration here: the import (`import { declaration as X } from './<decree>/<name>/index.js';`, the form
 * scripts/gen-rule-book-list.mjs reads to write ./rule-books.ts, the list of what the pages print, kept out of the
 * runtime bundles) and its place in the list. The dispatch, the rule book (docs/rule-book/) and the list of policy
 * codes (docs/policy-codes.md) follow, and tests/architecture/declarations.test.ts names what an article lacks.
 */
export const policyDeclarations: readonly PolicyDeclaration[] = registerPolicies([
  art7, art7a, art7b,
  nd177Art3, nd177Art4,
  art9, art10,
  nd154EarlyRetirement, nd154Resignation,
  art11, art12, art13, art14,
]);

/** Every policy code `assess` can return for Decrees 177/178/154, in dispatch order. */
export const policyCodes: readonly string[] = policyDeclarations.map((d) => d.code);

/**
 * Checks a list of declarations and freezes it: codes unique, each code `<decree>/<name>` as its declaration says
 * (the name is `art<article>` unless the declaration names itself, as Decree 154's `early-retirement` does; it is also
 * the policy's folder). The list above goes through it, and so does any list a test builds (tests/architecture).
 */
export function registerPolicies(list: readonly PolicyDeclaration[]): readonly PolicyDeclaration[] {
  const seen = new Set<string>();
  for (const d of list) {
    const name = policyName(d);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`policy declaration ${d.code}: name ${name} is not lowercase words joined by dashes`);
    if (d.code !== `${d.decree}/${name}`) throw new Error(`policy declaration ${d.code}: decree ${d.decree} and ${d.name === undefined ? `article ${d.article}` : `name ${d.name}`} do not make its code`);
    if (seen.has(d.code)) throw new Error(`policy declaration ${d.code} is listed twice`);
    seen.add(d.code);
  }
  return Object.freeze([...list]);
}
