import { describe, expect, it } from 'vitest';
import { msg, type MessageKey } from '../../src/locales/index.js';
import { firstRefusal, type ConditionDeclaration } from '../../src/model/declaration.js';
import type { CaseContext } from '../../src/model/context.js';
import { policyCodes, policyDeclarations } from '../../src/policies/index.js';
import { declarationGaps, repository } from './declaration-gaps.js';

describe('every declared article is complete (issue #14)', () => {
  it('has its module, rule-book page, golden cases expecting its code, and its locale title', () => {
    expect(declarationGaps(policyDeclarations)).toEqual([]);
  });

  it('reads its title from the locales: the declaration and the message are the same text', () => {
    for (const d of policyDeclarations) expect(d.title, d.code).toEqual(msg(`${d.decree}.art${d.article}.title` as MessageKey));
  });

  it('lists the codes in dispatch order, each once, each its decree and article', () => {
    expect(policyCodes).toEqual([
      'nd178/art7', 'nd178/art7a', 'nd178/art7b', 'nd177/art3', 'nd177/art4',
      'nd178/art9', 'nd178/art10', 'nd178/art11', 'nd178/art12', 'nd178/art13', 'nd178/art14',
    ]);
  });

  it('would flag each kind of gap', () => {
    const d = policyDeclarations[0]!;
    const nothing = { exists: () => false, read: () => '', messageKeys: new Set<string>() };
    expect(declarationGaps([d], nothing)).toEqual([
      'nd178/art7: no module src/policies/nd178/art7/index.ts',
      'nd178/art7: no rule-book page docs/rule-book/nd178-art7.md',
      'nd178/art7: no golden cases src/policies/nd178/art7/cases.json',
      'nd178/art7: no locale entry nd178.art7.title in src/locales/{vi,en}/nd178.ts',
    ]);
    const otherCodeOnly = { ...repository, read: () => JSON.stringify({ cases: [{ expect: { best: 'nd178/art9', outcomes: { 'nd178/art9': {} } } }] }) };
    expect(declarationGaps([d], otherCodeOnly)).toEqual(['nd178/art7: no golden case in src/policies/nd178/art7/cases.json expects an outcome of nd178/art7']);
  });

  it('runs the declared checks in order where an article carries them (Art 11, Art 12): every refusal condition has one', () => {
    for (const code of ['nd178/art11', 'nd178/art12']) {
      const d = policyDeclarations.find((x) => x.code === code)!;
      expect(d.conditions.filter((c) => c.refusal && !c.check).map((c) => c.refusal), code).toEqual([]);
    }
    const refuse = (code: string) => ({ code, message: msg('nd178.art12.title'), citation: { doc: 'test' } });
    const conditions = [
      { text: msg('nd178.art12.title'), citation: { doc: 'test' }, refusal: 'a', check: () => null },
      { text: msg('nd178.art12.title'), citation: { doc: 'test' }, refusal: 'b' },
      { text: msg('nd178.art12.title'), citation: { doc: 'test' }, refusal: 'c', check: () => refuse('c') },
      { text: msg('nd178.art12.title'), citation: { doc: 'test' }, refusal: 'd', check: () => refuse('d') },
    ] as unknown as ConditionDeclaration[];
    const ctx = {} as CaseContext;
    expect(firstRefusal(conditions, ctx)?.code).toBe('c');
    expect(firstRefusal(conditions.slice(0, 2), ctx)).toBeNull();
  });
});
