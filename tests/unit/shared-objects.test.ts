import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import { baseCase } from './helpers.js';

describe('objects shared between results are frozen', () => {
  it('a caller cannot change the citation, label or warning another result shows', () => {
    const a = assess(baseCase({ leaveDate: '2026-08-01', restructuringDate: '2026-01-01', birthDate: '1970-01-15' }));
    const b = assess(baseCase({ leaveDate: '2026-08-01', restructuringDate: '2026-01-01', birthDate: '1970-01-15' }));
    const item = a.outcomes[0]!.items[0]!;
    expect(() => {
      (item.citation as { article?: string }).article = '99';
    }).toThrow(TypeError);
    expect(() => {
      (item.label as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    const warning = a.warnings.find((w) => w.code === 'base-salary-unverified')!;
    expect(() => {
      (warning.message as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    expect(b.outcomes[0]!.items[0]!.citation.article).toBe('7');
    expect(JSON.stringify(b)).toBe(JSON.stringify(assess(baseCase({ leaveDate: '2026-08-01', restructuringDate: '2026-01-01', birthDate: '1970-01-15' }))));
  });
});

describe('a refusal’s empty items and flags', () => {
  it('are one frozen list shared by every refusal: a caller cannot add to another result’s', () => {
    const tooEarly = baseCase({ birthDate: '1985-01-15' });
    const a = assess(tooEarly).outcomes.find((o) => !o.eligible)!;
    const b = assess(tooEarly).outcomes.find((o) => !o.eligible)!;
    expect(a.items).toEqual([]);
    expect(a.flags).toEqual([]);
    expect(b.items).toBe(a.items);
    expect(() => (a.items as unknown[]).push({})).toThrow(TypeError);
    expect(JSON.stringify(a)).toContain('"items":[],"flags":[]');
  });
});

describe('each outcome’s facts', () => {
  it('are a plain object of its own (made by the engine’s copy): a caller changing one changes no other', () => {
    const r = assess(baseCase({ leaveDate: '2026-08-01', restructuringDate: '2026-01-01', birthDate: '1970-01-15' }));
    const [a, b] = r.outcomes;
    expect(a!.facts).not.toBe(b!.facts);
    for (const o of r.outcomes) {
      expect(Object.getPrototypeOf(o.facts)).toBe(Object.prototype);
      expect(o.facts.constructor).toBe(Object);
      expect(Object.isFrozen(o.facts)).toBe(false);
    }
    (a!.facts as Record<string, unknown>).leaveDate = 'changed';
    expect(b!.facts.leaveDate).toBe('2026-08-01');
  });
});
