import { describe, expect, it } from 'vitest';
import { msg, type MessageKey } from '../../src/locales/index.js';
import { policyFolder, policyName, type ConditionCheck, type PolicyDeclaration } from '../../src/model/declaration.js';
import type { Facts, Outcome } from '../../src/model/types.js';
import { evaluateDeclaration } from '../../src/engine/conditions.js';
import type { CaseContext } from '../../src/model/context.js';
import { policyCodes, policyDeclarations } from '../../src/policies/index.js';
import { policyRuleBooks } from '../../src/policies/rule-books.js';
import { declarationGaps, repository } from './declaration-gaps.js';
// @ts-expect-error: a build script of this repository, plain JavaScript without types
import { LISTS } from '../../scripts/gen-rule-book-list.mjs';

describe('every declared article is complete (issue #14)', () => {
  it('has its module, rule-book declaration (listed), rule-book page, golden cases expecting its code, and its locale title', () => {
    expect(declarationGaps(policyDeclarations)).toEqual([]);
  });

  it('lists in src/policies/rule-books.ts only the rule books of declared policies', () => {
    expect(Object.keys(policyRuleBooks).filter((code) => !policyCodes.includes(code))).toEqual([]);
  });

  it('has the lists of rule books as generated from the registries (npm run build writes them)', () => {
    type List = { target: string; registry: string; render: (source: string, exists: (path: string) => boolean) => string };
    const lists = LISTS as List[];
    expect(lists.map((l) => l.target)).toEqual(['src/policies/rule-books.ts', 'src/policies/nd179/common/rule-books.ts']);
    for (const { target, registry, render } of lists) expect(repository.read(target), target).toBe(render(repository.read(registry), repository.exists));
  });

  it('reads its title from the locales: the declaration and the message are the same text', () => {
    for (const d of policyDeclarations) expect(d.title, d.code).toEqual(msg(`${d.decree}.${policyName(d)}.title` as MessageKey));
  });

  it('lists the codes in dispatch order, each once, each its decree and name (art<article> unless named)', () => {
    // The codes of the published contract keep their order (the order of the outcomes, docs/contract-extensions.md);
    // a new article adds its code where its registration puts it, without editing this list.
    const contract = [
      'nd178/art7', 'nd178/art7a', 'nd178/art7b', 'nd177/art3', 'nd177/art4',
      'nd178/art9', 'nd178/art10', 'nd154/early-retirement', 'nd154/resignation',
      'nd178/art11', 'nd178/art12', 'nd178/art13', 'nd178/art14',
    ];
    expect(policyCodes.filter((code) => contract.includes(code))).toEqual(contract);
    expect(new Set(policyCodes).size).toBe(policyCodes.length);
  });

  it('would flag each kind of gap', () => {
    const d = policyDeclarations[0]!;
    const nothing = { exists: () => false, read: () => '', messageKeys: new Set<string>() };
    expect(declarationGaps([d], nothing, {})).toEqual([
      'nd178/art7: no module src/policies/nd178/art7/index.ts',
      'nd178/art7: no rule-book declaration src/policies/nd178/art7/rule-book.ts',
      "nd178/art7: no line 'nd178/art7' in src/policies/rule-books.ts (generated from src/policies/index.ts: run npm run build)",
      'nd178/art7: no rule-book page docs/rule-book/nd178-art7.md',
      'nd178/art7: no golden cases src/policies/nd178/art7/cases.json',
      'nd178/art7: no locale entry nd178.art7.title in src/locales/{vi,en}/nd178.ts',
    ]);
    const otherCodeOnly = { ...repository, read: () => JSON.stringify({ cases: [{ expect: { best: 'nd178/art9', outcomes: { 'nd178/art9': {} } } }] }) };
    expect(declarationGaps([d], otherCodeOnly)).toEqual(['nd178/art7: no golden case in src/policies/nd178/art7/cases.json expects an outcome of nd178/art7']);
  });

  it('is what its rule book lists: the refusal codes of its conditions are its checks\' codes, in the order they run', () => {
    for (const d of policyDeclarations) {
      const listed = policyRuleBooks[d.code]!.conditions.flatMap((c) => (c.refusal ? [c.refusal] : []));
      expect(listed, `${d.code}: the conditions of ${policyFolder(d)}/rule-book.ts against the checks of its index.ts`).toEqual(d.checks.map((c) => c.refusal));
    }
  });

  it('is run by the engine: the checks in the declared order, the first refusal with the facts the checks added, else compute', () => {
    const refuse = (code: string) => ({ code, message: msg('nd178.art12.title'), citation: { doc: 'test' } });
    const ran: string[] = [];
    const condition = (code: string, check: (ctx: CaseContext, facts: Facts) => ReturnType<typeof refuse> | null): ConditionCheck => ({ refusal: code, check });
    const declaration = (checks: ConditionCheck[]): PolicyDeclaration => ({
      ...policyDeclarations.find((d) => d.code === 'nd178/art14')!,
      code: 'test/art1',
      checks,
      startFacts: () => ({ start: true }),
      compute: (_ctx, facts) => ({ policy: 'test/art1', computed: true, facts }) as unknown as Outcome,
    });
    const conditions = [
      condition('a', (_ctx, facts) => { ran.push('a'); facts.a = 1; return null; }),
      condition('c', () => { ran.push('c'); return refuse('c'); }),
      condition('d', () => { ran.push('d'); return refuse('d'); }),
    ];
    const ctx = {} as CaseContext;
    const refused = evaluateDeclaration(declaration(conditions), ctx);
    expect(refused.refusal?.code).toBe('c');
    expect(refused.facts).toEqual({ start: true, a: 1 });
    expect(refused.excludedFromBest).toEqual(policyDeclarations.find((d) => d.code === 'nd178/art14')!.excludedFromBest);
    expect(ran).toEqual(['a', 'c']);
    expect(evaluateDeclaration(declaration(conditions.slice(0, 1)), ctx)).toMatchObject({ computed: true, facts: { start: true, a: 1 } });
  });
});
