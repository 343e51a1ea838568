import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import { validateStaffCase, validateStaffCaseWithZod } from '../../src/schema/validate.js';
import { maxMonthsSinceAge15 } from '../../src/schema/working-age.js';
import { parseIsoDate, parsePartialDate } from '../../src/core/calendar.js';

/**
 * Decision D40 (docs/decisions.md): insured months cannot exceed the months from the month of the 15th
 * birthday (Labour Code 2019 Art 3 cl. 1: the minimum working age is 15) to the leave date. Counting rule:
 * every calendar month from the month of the 15th birthday, up to the month before the leave month when
 * the leave date is the 1st, or up to the leave month itself when the person still works part of it.
 * A partial birth date ("YYYY", "YYYY-MM") takes the earliest day it can mean, so a possible history is
 * never refused.
 */
const base = {
  id: 'W', gender: 'male', staffType: 'civil-servant', monthlySalary: 15_356_250,
  restructuringDate: '2025-03-01',
};
const both = (input: Record<string, unknown>) => {
  const fast = validateStaffCase(input);
  const zod = validateStaffCaseWithZod(input);
  expect(fast).toEqual(zod);
  return fast;
};
const max = (birth: string, leave: string) => maxMonthsSinceAge15(parsePartialDate(birth)!.date, parseIsoDate(leave)!);

describe('the months since the age of 15 (hand arithmetic)', () => {
  it('born 1990-06-10, leaving 2025-05-01: 15th birthday 2005-06-10; June 2005 to April 2025 = 239 months', () => {
    // (2025 × 12 + 4) − (2005 × 12 + 6) + 1 = 24,304 − 24,066 + 1 = 239
    expect(max('1990-06-10', '2025-05-01')).toBe(239);
  });
  it('leaving on 2025-05-20 instead: May 2025 counts too (worked in part) = 240', () => {
    expect(max('1990-06-10', '2025-05-20')).toBe(240);
  });
  it('born "1990" is read as 1990-01-01 for this check: January 2005 to April 2025 = 244', () => {
    // (2025 × 12 + 4) − (2005 × 12 + 1) + 1 = 24,304 − 24,061 + 1 = 244
    expect(max('1990', '2025-05-01')).toBe(244);
    expect(max('1990-06', '2025-05-01')).toBe(239);
  });
  it('a leave before the 15th birthday month ends leaves no month at all', () => {
    expect(max('2010-06-10', '2025-06-01')).toBe(0);
    expect(max('2010-06-10', '2025-06-20')).toBe(1);
    expect(max('2011-01-01', '2025-05-01')).toBe(0);
  });
});

describe('impossible insurance histories are refused, naming the field (both validator paths)', () => {
  const person = { ...base, birthDate: '1990-06-10', leaveDate: '2025-05-01' };

  it('239 insured months is possible and accepted; 240 is refused', () => {
    expect(both({ ...person, insuredMonths: 239 }).ok).toBe(true);
    const r = both({ ...person, insuredMonths: 240 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([['insuredMonths', 'exceeds-working-life']]);
    expect(r.issues[0]!.messages.en).toMatch(/^insuredMonths: 240 months exceed 239, .*Labour Code 2019.*Art 3 cl\. 1/);
    expect(r.issues[0]!.messages.vi).toMatch(/^insuredMonths: 240 tháng vượt quá 239 tháng.*Bộ luật Lao động 2019/);
  });

  it('the issue\'s own examples: 264 months for someone born the day before leaving; 720 months at 35', () => {
    const newborn = both({ ...base, birthDate: '2025-04-30', leaveDate: '2025-05-01', insuredMonths: 264 });
    expect(newborn.ok).toBe(false);
    if (!newborn.ok) expect(newborn.issues.map((i) => i.path)).toContain('insuredMonths');
    const thirtyFive = both({ ...base, birthDate: '1990-05-01', leaveDate: '2025-05-01', insuredMonths: 720 });
    expect(thirtyFive.ok).toBe(false);
    if (!thirtyFive.ok) expect(thirtyFive.issues.map((i) => i.path)).toEqual(['insuredMonths']);
    const r = safeAssess({ ...base, birthDate: '1990-05-01', leaveDate: '2025-05-01', insuredMonths: 720 });
    expect(r.ok).toBe(false);
  });

  it('a partial birth date never refuses a possible history: "1990" allows 244 months, not 245', () => {
    expect(both({ ...person, birthDate: '1990', insuredMonths: 244 }).ok).toBe(true);
    expect(both({ ...person, birthDate: '1990', insuredMonths: 245 }).ok).toBe(false);
    expect(both({ ...person, birthDate: '1990-06', insuredMonths: 239 }).ok).toBe(true);
    expect(both({ ...person, birthDate: '1990-06', insuredMonths: 240 }).ok).toBe(false);
  });

  it('a leave date after the 1st lets the leave month count', () => {
    expect(both({ ...person, leaveDate: '2025-05-20', insuredMonths: 240 }).ok).toBe(true);
    expect(both({ ...person, leaveDate: '2025-05-20', insuredMonths: 241 }).ok).toBe(false);
  });

  it('hazardous and hardship-area months: at most the months since 15', () => {
    for (const field of ['hazardousMonths', 'hardshipAreaMonths']) {
      expect(both({ ...person, insuredMonths: 200, [field]: 239 }).ok, field).toBe(true);
      const r = both({ ...person, insuredMonths: 200, [field]: 240 });
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([[field, 'exceeds-working-life']]);
    }
  });

  it('months insured in the covered agencies: at most the insured months (and so the months since 15)', () => {
    expect(both({ ...person, insuredMonths: 200, publicSectorInsuredMonths: 200 }).ok).toBe(true);
    const r = both({ ...person, insuredMonths: 200, publicSectorInsuredMonths: 201 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([['publicSectorInsuredMonths', 'exceeds-insured-months']]);
  });

  it('a leave before the birth is named once, as an order issue (not also as months)', () => {
    const r = both({ ...base, birthDate: '1990-06-10', leaveDate: '1980-01-01', insuredMonths: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['leaveDate']);
  });
});
