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
