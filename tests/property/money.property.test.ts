import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Decimal, dec, roundDong, toAmountString, toExactString, wholeAmountString } from '../../src/core/money.js';

/**
 * src/core/money.ts prints a positive whole Decimal from its base-10^7 words instead of through decimal.js's
 * `toFixed()`. The two must agree on every value, whatever its size, digits, trailing zeros or sign, and however it
 * was made (parsed, a product, a sum, a rounding).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

/** Whole numbers of every length from 1 to 25 digits (either side of each word boundary and of 2^53), many with trailing zeros. */
const wholeDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 16 }), fc.integer({ min: 0, max: 8 }))
  .map(([first, rest, zeros]) => `${first}${rest.join('')}${'0'.repeat(zeros)}`);

describe('printing whole amounts', () => {
  test.prop([wholeDigits, fc.boolean()], { numRuns: RUNS })('wholeAmountString and toExactString print what toFixed prints', (digits, negative) => {
    const value = new Decimal(negative ? `-${digits}` : digits);
    expect(wholeAmountString(value)).toBe(value.toFixed());
    expect(toExactString(value)).toBe(value.toFixed());
    expect(wholeAmountString(value)).toBe(negative ? `-${digits}` : digits);
  });

  test.prop([fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 4 })], { numRuns: RUNS })(
    'a salary times a factor, rounded to whole đồng, prints as toFixed prints it',
    (salary, factor, decimals) => {
      const product = dec(salary).times(new Decimal(factor).dividedBy(10 ** decimals));
      const whole = roundDong(product);
      expect(toAmountString(product)).toBe(whole.toFixed(0));
      expect(toExactString(product)).toBe(product.toFixed());
      expect(toExactString(whole.plus(whole))).toBe(whole.plus(whole).toFixed());
    },
  );

  test.prop([fc.constantFrom('0', '-0', '1', '10', '9999999', '10000000', '10000001', '99999999999999', '100000000000000', '999999999999999', '1000000000000000', '9007199254740993')])(
    'edge values: zero, word boundaries, 10^15 and above 2^53',
    (text) => {
      const value = new Decimal(text);
      expect(wholeAmountString(value)).toBe(value.toFixed());
      expect(toExactString(value)).toBe(value.isZero() ? '0' : value.toFixed());
    },
  );
});
