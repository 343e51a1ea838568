import { describe, expect, it } from 'vitest';
import { assess, safeAssess } from '../../src/index.js';

const person = {
  id: 'E', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant', monthlySalary: 15356250,
  insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
};

describe('the options of issue #12 in the echo (docs/contract-extensions.md "Options")', () => {
  it('are always echoed, with the new default of windowAnniversary (D1, D11, D29)', () => {
    const { options } = assess(person);
    expect(options).toMatchObject({ windowAnniversary: 'inside', leaveBeforeRestructuring: 'first-12-months', armedForcesYearsEarlyCap: false });
    expect(options.defaulted).toEqual(expect.arrayContaining(['windowAnniversary', 'leaveBeforeRestructuring', 'armedForcesYearsEarlyCap']));
  });

  it('a value set by the caller is echoed and leaves the defaulted list', () => {
    const { options } = assess(person, { leaveBeforeRestructuring: 'refuse', armedForcesYearsEarlyCap: true });
    expect(options).toMatchObject({ leaveBeforeRestructuring: 'refuse', armedForcesYearsEarlyCap: true });
    expect(options.defaulted).not.toContain('leaveBeforeRestructuring');
  });

  it('an unknown value is an input error naming the option', () => {
    const r = safeAssess(person, { leaveBeforeRestructuring: 'pay-13th' as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(['options.leaveBeforeRestructuring']);
  });
});

describe('options given with every case are resolved once (src/engine/options.ts, decision E4)', () => {
  it('the same names and values give the same frozen echo, shared between results', () => {
    const a = assess(person, { ruleset: 'original', windowAnniversary: 'outside' });
    const b = assess(person, { ruleset: 'original', windowAnniversary: 'outside' });
    expect(b.options).toBe(a.options);
    expect(Object.isFrozen(a.options)).toBe(true);
    expect(() => {
      (a.options as Record<string, unknown>).ruleset = 'amended';
    }).toThrow(TypeError);
    expect(a.options).toMatchObject({ ruleset: 'original', windowAnniversary: 'outside' });
    expect(a.rulesetVersion).not.toBe(assess(person).rulesetVersion);
  });

  it('reads the caller’s object afresh each time: a value changed between two calls is seen', () => {
    const options: Record<string, unknown> = { leaveBeforeRestructuring: 'refuse' };
    expect(assess(person, options).options.leaveBeforeRestructuring).toBe('refuse');
    options.leaveBeforeRestructuring = 'after-issue-only';
    expect(assess(person, options).options.leaveBeforeRestructuring).toBe('after-issue-only');
  });

  it('a value that spells out another pair of options is not taken for them (kept by their JSON text, strings escaped)', () => {
    expect(safeAssess(person, { ruleset: 'original', windowAnniversary: 'outside' }).ok).toBe(true);
    for (const forged of ['original","windowAnniversary":"outside', 'original;windowAnniversary=outside', 'original;']) {
      const r = safeAssess(person, { ruleset: forged as never });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(['options.ruleset']);
    }
  });

  it('an invalid option is refused every time (refusals are not kept)', () => {
    for (let i = 0; i < 2; i++) expect(safeAssess(person, { ruleset: 'newest' as never }).ok).toBe(false);
  });
});
