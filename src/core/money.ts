import DecimalJs from 'decimal.js';

/**
 * A private decimal.js constructor: the host application's own `Decimal` settings are never touched
 * (no `Decimal.set`). 40 significant digits keep every intermediate product exact for salaries and
 * factors of the sizes the schema accepts.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export type DecimalInput = string | number | Decimal;

export function dec(value: DecimalInput): Decimal {
  // Numbers go through their shortest round-trip string, so 4.65 is read as the decimal 4.65.
  return typeof value === 'number' ? new Decimal(String(value)) : new Decimal(value);
}

/** Rounds once to whole đồng, half up (common.md §7). */
export function roundDong(value: Decimal): Decimal {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

/** Integer VND as a decimal string, as the contract requires ("744778125"). */
export function toAmountString(value: Decimal): string {
  return roundDong(value).toFixed(0);
}

/** Exact decimal string without exponent ("15356250", "1234.5"). */
export function toExactString(value: Decimal): string {
  return value.toFixed();
}

/** Human-readable number for formulas: thousands with commas, decimals kept exactly ("15,356,250", "0.5"). */
export function formatNumber(value: DecimalInput): string {
  const d = dec(value);
  const [intPart = '0', fracPart] = d.abs().toFixed().split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.isNegative() && !d.isZero() ? '-' : ''}${grouped}${fracPart ? `.${fracPart}` : ''}`;
}

/** A factor as printed in a formula: always with one decimal at least ("1.0", "0.45", "5"). */
export function formatFactor(value: DecimalInput, minimumDecimals = 0): string {
  const d = dec(value);
  return minimumDecimals > 0 && d.isInteger() ? d.toFixed(minimumDecimals) : formatNumber(d);
}
