// The named export: decimal.js types are CJS-style, and a default import of them is the module, not the
// class, for consumers compiling our .d.ts under moduleResolution node16/nodenext (TS2344 on InstanceType).
import { Decimal as DecimalJs } from 'decimal.js';
import { boundedMemo } from './bounded-memo.js';

/**
 * A private decimal.js constructor: the host application's own `Decimal` settings are never touched
 * (no `Decimal.set`). 40 significant digits keep every intermediate product exact for salaries and
 * factors of the sizes the schema accepts.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export type DecimalInput = string | number | Decimal;

/**
 * Decimals are immutable, so the few values read over and over (the factors "0.5", "1.0", "60", salary
 * coefficients 4.65, percents 25) are parsed once. Only short texts and small numbers are kept: amounts of
 * money are rarely repeated, and caching them would only push the factors out. Bounded: emptied when full.
 */
const CACHED_TEXT_MAX = 6;
const CACHED_NUMBER_MAX = 1_000_000;
const decOfText = boundedMemo((text: string) => new Decimal(text), 1024);
// Numbers are read through their shortest round-trip string, so 4.65 is the decimal 4.65.
const decOfNumber = boundedMemo((n: number) => new Decimal(String(n)), 1024);

export function dec(value: DecimalInput): Decimal {
  if (typeof value === 'number') {
    return value > -CACHED_NUMBER_MAX && value < CACHED_NUMBER_MAX ? decOfNumber(value) : new Decimal(String(value));
  }
  if (typeof value === 'string') return value.length > CACHED_TEXT_MAX ? new Decimal(value) : decOfText(value);
  return new Decimal(value);
}

/** A Decimal of this library as it is, anything else through `dec`. */
const asDecimal = (value: DecimalInput): Decimal => (value instanceof Decimal ? value : dec(value));

/** Rounds once to whole đồng, half up (common.md §7). A whole amount is returned as it is. */
export function roundDong(value: Decimal): Decimal {
  return value.isInteger() ? value : value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** The digits of a whole amount: `toFixed()` prints an integer exactly as `toFixed(0)` does, without rounding it again. */
export function wholeAmountString(value: Decimal): string {
  if (!value.isInteger()) throw new RangeError(`not a whole amount: ${value.toFixed()}`);
  return printWhole(value);
}

/**
 * The digits of a whole Decimal, as `toFixed()` prints them. Printing is a good part of an assessment's time
 * (several amounts and facts a case), and decimal.js's `toFixed()` goes through its general path (exponent, rounding,
 * zeros added one by one). A positive whole value is printed here from the instance's documented fields: `d`, its
 * digits as base-10^7 words aligned on the decimal point (the first without leading zeros, trailing zero words
 * dropped), and `e`, its base-10 exponent. Only the words are turned into text; the amount itself is never a
 * JavaScript number. A negative value is printed by decimal.js. Called only for whole (hence finite) values;
 * tests/property/money.property.test.ts compares the two on random and edge values.
 */
function printWhole(value: Decimal): string {
  const words = value.d;
  // Whole words of zeros after the last word kept (the first word's weight is 10^(7·floor(e/7))).
  const zeroWords = Math.floor(value.e / 7) - words.length + 1;
  if (value.s !== 1 || zeroWords < 0) return value.toFixed();
  let text = String(words[0]);
  for (let i = 1; i < words.length; i++) {
    // Each later word has 7 digits: 7 − length zeros before it.
    const word = String(words[i]);
    text += '000000'.slice(word.length - 1) + word;
  }
  return zeroWords === 0 ? text : text + '0'.repeat(7 * zeroWords);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

/** Integer VND as a decimal string, as the contract requires ("744778125"). */
export function toAmountString(value: Decimal): string {
  return wholeAmountString(roundDong(value));
}

/** Exact decimal string without exponent ("15356250", "1234.5"); zero (a part most salaries lack) without decimal.js. */
export function toExactString(value: Decimal): string {
  return value.isZero() ? '0' : value.isInteger() ? printWhole(value) : value.toFixed();
}

/** Digits grouped by thousands with commas ("15356250" → "15,356,250"). */
function groupThousands(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  let i = n % 3 || 3;
  let out = digits.slice(0, i);
  for (; i < n; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** The last Decimal formatted and its text: a case prints its salary S in every formula. Decimals are immutable. */
let lastFormattedValue: Decimal | null = null;
let lastFormattedText = '';

/** Human-readable number for formulas: thousands with commas, decimals kept exactly ("15,356,250", "0.5"). */
export function formatNumber(value: DecimalInput): string {
  const d = asDecimal(value);
  if (lastFormattedValue === d) return lastFormattedText;
  const fixed = toExactString(d.isNegative() ? d.abs() : d);
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  const fracPart = dot < 0 ? '' : fixed.slice(dot + 1);
  const text = `${d.isNegative() && !d.isZero() ? '-' : ''}${groupThousands(intPart)}${fracPart ? `.${fracPart}` : ''}`;
  lastFormattedValue = d;
  lastFormattedText = text;
  return text;
}

/** Factor texts as printed ("1.0", "0.5"…): a few distinct ones, read over and over. */
const factorTexts = boundedMemo((key: string) => {
  const bar = key.indexOf('|');
  return formatFactorOf(dec(key.slice(bar + 1)), Number(key.slice(0, bar)));
}, 1024);

/** A factor as printed in a formula: always with one decimal at least ("1.0", "0.45", "5"). */
export function formatFactor(value: DecimalInput, minimumDecimals = 0): string {
  if (typeof value === 'string') return factorTexts(`${minimumDecimals}|${value}`);
  return formatFactorOf(asDecimal(value), minimumDecimals);
}

function formatFactorOf(d: Decimal, minimumDecimals: number): string {
  return minimumDecimals > 0 && d.isInteger() ? d.toFixed(minimumDecimals) : formatNumber(d);
}
