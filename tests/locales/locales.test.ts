import { describe, expect, it } from 'vitest';
import { en, msg, placeholders, vi, type MessageKey } from '../../src/locales/index.js';

describe('locales', () => {
  const keys = Object.keys(vi) as MessageKey[];
  // Read as plain tables, so the test type-checks whatever the areas hold.
  const viText = vi as Readonly<Record<string, string>>;
  const enText = en as Readonly<Record<string, string>>;

  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('has the same placeholders in both languages, and no empty message', () => {
    for (const key of keys) {
      expect(viText[key]!.trim(), key).not.toBe('');
      expect(enText[key]!.trim(), key).not.toBe('');
      expect(placeholders(enText[key]!), key).toEqual(placeholders(viText[key]!));
    }
  });

  it('keys are namespaced by area: lowercase words joined by dots and dashes', () => {
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(\.[a-z0-9/-]+)+$/);
  });

  it('fills placeholders and refuses a missing value', () => {
    const withVar = keys.find((k) => placeholders(viText[k]!).length > 0);
    if (!withVar) return;
    const names = placeholders(viText[withVar]!);
    const filled = msg(withVar, Object.fromEntries(names.map((n) => [n, '42'])));
    expect(filled.vi).not.toMatch(/\{\w+\}/);
    expect(() => msg(withVar, {})).toThrow(/placeholder/);
  });
});
