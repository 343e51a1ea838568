import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import { baseSalary, baseSalaryKnownThrough } from '../../src/parameters/base-salary.js';
import { formatDate } from '../../src/core/calendar.js';

/**
 * `options.baseSalaryKnownThrough` (decision E31): the base-salary table as known through a day. A row from a later day
 * is not read and a month after the day is beyond the horizon, so a result derived from the table as it stood does not
 * move when a new base salary is decreed. A later row is simulated here by a what-if row (the same dated series).
 */
const civil = {
  id: 'K', gender: 'male', birthDate: '1970-03-10', staffType: 'civil-servant', salary: { coefficient: 2.34 },
  insuredMonths: 240, restructuringDate: '2027-03-01', leaveDate: '2027-08-01',
};
const laterRow = { baseSalary: { '2027-07-01': '2700000' } };
const art9 = (r: ReturnType<typeof safeAssess>) => {
  if (!r.ok) throw r.error;
  return r.value.outcomes.find((o) => o.policy === 'nd178/art9')!;
};

describe('options.baseSalaryKnownThrough', () => {
  it('leaves out a row from a later day: leaving 2027-08-01 needs the base of 2027-07, unknown as of 2027-06-30', () => {
    // Without the pin the later row is read: S = 2.34 × 2,700,000 = 6,318,000.
    expect(art9(safeAssess(civil, { parameters: laterRow })).facts).toMatchObject({ baseSalary: '2700000', baseSalaryMonth: '2027-07' });
    const pinned = art9(safeAssess(civil, { parameters: laterRow, baseSalaryKnownThrough: '2027-06-30' }));
    expect(pinned.refusal?.code).toBe('base-salary-unknown');
    expect(pinned.refusal?.message.en).toContain('2027-06-30');
  });

  it('moves the horizon back: with the table as known through 2026-06-30, the 2026 row is not read', () => {
    const early = { ...civil, restructuringDate: '2026-03-01', leaveDate: '2026-08-01' };
    expect(art9(safeAssess(early)).facts).toMatchObject({ baseSalary: '2530000' });
    expect(art9(safeAssess(early, { baseSalaryKnownThrough: '2026-06-30' })).refusal?.code).toBe('base-salary-unknown');
  });

  it('changes nothing when it is the table\'s own horizon, and is echoed only when set', () => {
    const horizon = formatDate(baseSalaryKnownThrough(baseSalary));
    const plain = safeAssess({ ...civil, leaveDate: '2026-10-01', restructuringDate: '2026-03-01' });
    const pinned = safeAssess({ ...civil, leaveDate: '2026-10-01', restructuringDate: '2026-03-01' }, { baseSalaryKnownThrough: horizon });
    if (!plain.ok || !pinned.ok) throw new Error('invalid test input');
    expect(pinned.value.outcomes).toEqual(plain.value.outcomes);
    expect(plain.value.options).not.toHaveProperty('baseSalaryKnownThrough');
    expect(pinned.value.options.baseSalaryKnownThrough).toBe(horizon);
    expect(pinned.value.options.defaulted).toEqual(plain.value.options.defaulted);
  });

  it('refuses a value that is not a real calendar date, naming the option in both languages', () => {
    for (const bad of ['2027-02-30', '30/06/2027', 20270630, '']) {
      const r = safeAssess(civil, { baseSalaryKnownThrough: bad as never });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.issues.map((i) => i.path)).toEqual(['options.baseSalaryKnownThrough']);
      expect(r.error.issues[0]!.messages.vi).toContain('YYYY-MM-DD');
    }
  });
});
