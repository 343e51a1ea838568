import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite, DOC } from '../../src/core/citation.js';
import { text } from '../../src/i18n/text.js';
import { buildContext } from '../../src/engine/context.js';
import { evaluatePolicies, policiesFor } from '../../src/engine/dispatch.js';
import { defaultOptions } from '../../src/engine/options.js';
import type { PolicyDeclaration, PolicyRuleBook } from '../../src/model/declaration.js';
import { eligibleOutcome } from '../../src/model/outcome.js';
import { defaultParameters } from '../../src/parameters/parameter-set.js';
import { policyDeclarations, registerPolicies } from '../../src/policies/index.js';
import { policyRuleBooks } from '../../src/policies/rule-books.js';
import { validateStaffCase } from '../../src/schema/validate.js';
import { renderPolicyCodes, renderRuleBook, ruleBookDocuments } from '../../src/testing/rule-book/index.js';
import { declarationGaps, repository } from './declaration-gaps.js';
// @ts-expect-error: a build script of this repository, plain JavaScript without types
import { renderRuleBookList } from '../../scripts/gen-rule-book-list.mjs';

const root = resolve(import.meta.dirname, '../..');
const documents = Object.fromEntries(ruleBookDocuments.map((doc) => [doc, readFileSync(join(root, doc), 'utf8')]));

/**
 * What a new article costs (issue #14): its folder (index.ts exporting `declaration`, rule-book.ts exporting
 * `ruleBook`, cases.json, its sentences in src/locales/, its rule-book text in src/locales/rule-book/) and one
 * registration in src/policies/index.ts (its import, its place in the list). The list of rule books,
 * src/policies/rule-books.ts (what the pages print, kept out of the runtime bundles), is generated from that file by
 * scripts/gen-rule-book-list.mjs when `npm run build` runs. Here a throwaway article, built in memory and registered
 * through the same function the list uses, is picked up by the dispatch, the rule book and the list of policy codes,
 * the generator gives it its rule-book line, and the completeness check flags what its folder still lacks.
 */
const title = text('Điều thử (Điều 99 Nghị định 178)', 'A throwaway article (Decree 178 Art 99)');
const art99: PolicyDeclaration = {
  code: 'nd178/art99',
  decree: 'nd178',
  article: '99',
  title,
  checks: [],
  applies: (ctx) => ctx.case.postRestructuringTraining,
  compute: (_ctx, facts) => eligibleOutcome('nd178/art99', title, facts, [], []),
};
const art99RuleBook: PolicyRuleBook = {
  // Rule-book text is named by key (src/locales/rule-book/); a real article adds its own keys there.
  summary: 'nd178.art14.summary',
  conditions: [{ text: 'nd178.art14.condition.no-refusal', citation: cite(DOC.nd178, '14') }],
  items: [],
  tables: [],
  readings: [],
  options: [],
  examples: [],
};

const input = {
  id: 'new-article', gender: 'female', birthDate: '1980-03-10', staffType: 'civil-servant',
  salary: { coefficient: 4.4, publicServicePercent: 25 }, insuredMonths: 240,
  restructuringDate: '2025-03-01', leaveDate: '2025-09-01', route: 'early-retirement', postRestructuringTraining: true,
};

describe('a new article is its folder and one registration in src/policies/index.ts', () => {
  const list = registerPolicies([...policyDeclarations, art99]);

  it('is dispatched when the case asks for it, after the others', () => {
    const v = validateStaffCase(input);
    if (!v.ok) throw new Error('invalid test input');
    const ctx = buildContext(v.value, defaultOptions, defaultParameters);
    const policies = (ps: typeof list) => policiesFor(ctx, ps).map((evaluate) => evaluate(ctx).policy);
    expect(policies(policyDeclarations)).toEqual(['nd178/art7', 'nd178/art14']);
    expect(policies(list)).toEqual(['nd178/art7', 'nd178/art14', 'nd178/art99']);
    // The path `assess` takes without a what-if: the same outcomes, in the same order.
    const fresh = () => buildContext(v.value, defaultOptions, defaultParameters);
    expect(evaluatePolicies(fresh(), list)).toEqual(policiesFor(ctx, list).map((evaluate) => evaluate(ctx)));
    expect(evaluatePolicies(fresh(), list).map((o) => o.policy)).toEqual(['nd178/art7', 'nd178/art14', 'nd178/art99']);
  });

  it('gets its rule-book page and its line in the index and in the list of policy codes', () => {
    const pages = renderRuleBook({ documents, declarations: list, ruleBooks: { ...policyRuleBooks, 'nd178/art99': art99RuleBook } });
    const page = pages.find((p) => p.path === 'docs/rule-book/nd178-art99.md');
    expect(page?.content).toContain('# `nd178/art99`: A throwaway article (Decree 178 Art 99)');
    expect(page?.content).toContain('| 1 | Due for training after the restructuring (postRestructuringTraining: true) | Thuộc diện được đào tạo sau sắp xếp (postRestructuringTraining: true) | 178/2024/NĐ-CP Art 14 | — |');
    expect(pages.find((p) => p.path === 'docs/rule-book/README.md')?.content).toContain('[nd178/art99](nd178-art99.md)');
    expect(renderPolicyCodes(list)).toContain('| `nd178/art99` | A throwaway article (Decree 178 Art 99) |');
  });

  it('gets its line in the generated list of rule books from its registration alone', () => {
    const registry = readFileSync(join(root, 'src/policies/index.ts'), 'utf8');
    const registered = registry.replace(
      "import { declaration as art14 } from './nd178/art14/index.js';",
      "import { declaration as art14 } from './nd178/art14/index.js';\nimport { declaration as art99 } from './nd178/art99/index.js';",
    );
    expect(registered).not.toBe(registry);
    const exists = (path: string) => path === 'src/policies/nd178/art99/rule-book.ts' || repository.exists(path);
    const before = renderRuleBookList(registry, exists) as string;
    const after = renderRuleBookList(registered, exists) as string;
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual([
      "import { ruleBook as art99 } from './nd178/art99/rule-book.js';",
      "  'nd178/art99': art99,",
    ]);
    // Without its rule-book.ts the article gets no line (the completeness check names the file instead).
    expect(renderRuleBookList(registered, repository.exists)).toBe(before);
  });

  it('has no page until its rule book is listed: the renderer names the file and the line', () => {
    expect(() => renderRuleBook({ documents, declarations: list })).toThrow(
      'rule book: nd178/art99 has no rule-book declaration (src/policies/nd178/art99/rule-book.ts, with its line in src/policies/rule-books.ts, which npm run build writes from src/policies/index.ts)',
    );
  });

  it('is flagged until its folder has its module, rule-book declaration (listed), golden cases, locale title and generated page', () => {
    expect(declarationGaps([art99], repository)).toEqual([
      'nd178/art99: no module src/policies/nd178/art99/index.ts',
      'nd178/art99: no rule-book declaration src/policies/nd178/art99/rule-book.ts',
      "nd178/art99: no line 'nd178/art99' in src/policies/rule-books.ts (generated from src/policies/index.ts: run npm run build)",
      'nd178/art99: no rule-book page docs/rule-book/nd178-art99.md',
      'nd178/art99: no golden cases src/policies/nd178/art99/cases.json',
      'nd178/art99: no locale entry nd178.art99.title in src/locales/{vi,en}/nd178.ts',
    ]);
  });

  it('cannot be registered twice or under a code its decree and article do not make', () => {
    expect(() => registerPolicies([...list, art99])).toThrow(/listed twice/);
    expect(() => registerPolicies([{ ...art99, article: '98' }])).toThrow(/do not make its code/);
    expect(() => registerPolicies([{ ...art99, name: 'early-retirement' }])).toThrow(/name early-retirement do not make its code/);
    expect(registerPolicies([{ ...art99, code: 'nd178/early-retirement', name: 'early-retirement' }]).map((d) => d.code)).toEqual(['nd178/early-retirement']);
    expect(() => registerPolicies([{ ...art99, code: 'nd178/Early_Retirement', name: 'Early_Retirement' }])).toThrow(/lowercase words/);
  });
});
