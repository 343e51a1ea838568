import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Decimal, dec, formatNumber, roundDong, toAmountString, wholeAmountString } from '../../src/core/money.js';
import { composeSalary } from '../../src/rules/salary.js';
import type { SalaryComponents } from '../../src/model/staff-case.js';

const components = (c: Partial<Record<keyof SalaryComponents, number>>): SalaryComponents => {
  const zero = dec(0);
  return {
    coefficient: dec(c.coefficient ?? 0), leadershipCoefficient: dec(c.leadershipCoefficient ?? 0),
    reservedDifferenceCoefficient: dec(c.reservedDifferenceCoefficient ?? 0), overFrameSeniorityPercent: dec(c.overFrameSeniorityPercent ?? 0),
    professionalSeniorityPercent: zero, preferentialPercent: zero, professionalResponsibilityPercent: zero,
    publicServicePercent: dec(c.publicServicePercent ?? 0), partyWorkPercent: zero, armedForcesPercent: zero,
  };
};

describe('money', () => {
  it('uses a private decimal.js clone and leaves the global constructor alone', () => {
    expect(Decimal).not.toBe(DecimalJs);
    expect(DecimalJs.precision).toBe(20);
    expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_HALF_UP);
  });

  it('rounds once to whole đồng, half up', () => {
    expect(toAmountString(dec('1234.5'))).toBe('1235');
    expect(toAmountString(dec('1234.49999'))).toBe('1234');
    expect(roundDong(dec('0.5')).toString()).toBe('1');
  });

  it('reads numbers through their decimal text: 4.65 stays 4.65', () => {
    expect(dec(4.65).times(2340000).toString()).toBe('10881000');
    expect(dec(0.1).plus(0.2).toString()).toBe('0.3');
  });

  it('formats numbers for formulas', () => {
    expect(formatNumber('15356250')).toBe('15,356,250');
    expect(formatNumber('1234567.5')).toBe('1,234,567.5');
    expect(formatNumber('0.45')).toBe('0.45');
  });
});

describe('salary composition (common.md §2)', () => {
  it('MoHA 1814: (4.65 + 0.6) × 2,340,000 × 1.25 = 15,356,250', () => {
    expect(composeSalary(components({ coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 }), dec(2340000)).amount.toString()).toBe('15356250');
  });
  it('MoHA 1814 O2: (5.42 + 0.4) × 2,340,000 × 1.25 = 17,023,500', () => {
    expect(composeSalary(components({ coefficient: 5.42, leadershipCoefficient: 0.4, publicServicePercent: 25 }), dec(2340000)).amount.toString()).toBe('17023500');
  });
  it('D1: over-frame seniority 7% on G + L, then 25% on G + L + V → 16,525,080', () => {
    const r = composeSalary(components({ coefficient: 4.98, leadershipCoefficient: 0.3, overFrameSeniorityPercent: 7, publicServicePercent: 25 }), dec(2340000));
    expect(Object.fromEntries(Object.entries(r.parts).map(([k, v]) => [k, v.toString()]))).toEqual({ G: '11653200', L: '702000', V: '864864', R: '0', P: '3305016' });
    expect(r.amount.toString()).toBe('16525080');
  });
  it('the reserved difference is not a base for percentage allowances', () => {
    const r = composeSalary(components({ coefficient: 3, reservedDifferenceCoefficient: 0.5, publicServicePercent: 25 }), dec(2340000));
    expect(r.amount.toString()).toBe(String(3 * 2340000 * 1.25 + 0.5 * 2340000));
  });
});

describe('whole amounts', () => {
  test.prop([fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 })])(
    'a whole amount prints as toFixed(0) would, and rounding leaves it as it is',
    (n, shift) => {
      const d = new Decimal(n.toString()).times(new Decimal(10).pow(shift));
      expect(wholeAmountString(d)).toBe(d.toFixed(0));
      expect(roundDong(d)).toBe(d);
    },
  );

  test.prop([fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 1, max: 9 })])(
    'any amount rounds half up to whole đồng as toDecimalPlaces(0, ROUND_HALF_UP) does',
    (n, scale) => {
      const d = new Decimal(n.toString()).div(new Decimal(10).pow(scale));
      expect(toAmountString(d)).toBe(d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
    },
  );

  it('refuses to print a fraction as a whole amount', () => {
    expect(() => wholeAmountString(dec('1.5'))).toThrow(RangeError);
  });
});
