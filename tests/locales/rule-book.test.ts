import { describe, expect, it } from 'vitest';
import { text } from '../../src/i18n/text.js';
import { placeholders, vi } from '../../src/locales/index.js';
import { ruleBookEn, ruleBookText, ruleBookVi, type RuleBookKey, type RuleBookText } from '../../src/locales/rule-book/index.js';
import { declaredPolicies, nd179Allowances } from '../../src/testing/rule-book/index.js';
import { allowanceTexts } from '../architecture/declaration-gaps.js';

/** The rule book's own table (src/locales/rule-book/): what the runtime tables hold for outcomes, it holds for the pages. */
describe('rule-book locale table', () => {
  const keys = Object.keys(ruleBookVi) as RuleBookKey[];
  const viText = ruleBookVi as Readonly<Record<string, string>>;
  const enText = ruleBookEn as Readonly<Record<string, string>>;

  it('has the same keys, the same placeholders in both languages, and no empty sentence', () => {
    expect(Object.keys(ruleBookEn).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(viText[key]!.trim(), key).not.toBe('');
      expect(enText[key]!.trim(), key).not.toBe('');
      expect(placeholders(enText[key]!), key).toEqual(placeholders(viText[key]!));
      expect(key).toMatch(/^[a-z0-9]+(\.[a-z0-9/-]+)+$/);
    }
  });

  it('shares no key with the runtime messages', () => {
    expect(keys.filter((k) => k in vi)).toEqual([]);
  });

  it('holds only sentences some declaration names, and each with the values of its placeholders', () => {
    const named: RuleBookText[] = declaredPolicies().flatMap((d) => [
      d.summary, ...d.conditions.map((c) => c.text), ...d.items.flatMap((i) => (i.when ? [i.when] : [])), ...d.examples.map((e) => e.title),
    ]).concat(nd179Allowances.flatMap(allowanceTexts));
    const namedKeys = new Set(named.map((t) => (typeof t === 'string' ? t : t.key)));
    expect(keys.filter((k) => !namedKeys.has(k))).toEqual([]);
    for (const t of named) {
      const resolved = ruleBookText(t);
      expect(resolved.vi, typeof t === 'string' ? t : t.key).not.toMatch(/\{\w+\}/);
      expect(resolved.en, typeof t === 'string' ? t : t.key).not.toMatch(/\{\w+\}/);
    }
  });

  it('fills a placeholder with a plain value or with each language its own sentence, and refuses a missing one', () => {
    const key = 'nd178.conditions.item.early-years-allowance.when';
    expect(placeholders(viText[key]!)).toEqual(['oddMonths']);
    const filled = ruleBookText({ key, vars: { oddMonths: text('VI-RULE', 'EN-RULE') } });
    expect(filled.vi).toContain('VI-RULE');
    expect(filled.vi).not.toContain('EN-RULE');
    expect(filled.en).toContain('EN-RULE');
    expect(() => ruleBookText(key)).toThrow(/oddMonths/);
  });
});
