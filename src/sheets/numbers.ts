import { fail, type CellFailure } from './errors.js';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The one place money becomes a JS number: at the edge, for the cell. The engine's amounts are integer
 * strings, and `Number()` of an integer string is exact up to 2^53 − 1 (9,007,199,254,740,991 đồng);
 * above that the cell gets `#NUM!` rather than a rounded amount. An exact decimal (a salary S with a
 * fraction of a đồng) is passed only when the number prints back as the same decimal, i.e. the cell shows
 * exactly the engine's value.
 */
export function toCellNumber(exact: string, what: string): number | CellFailure {
  const tooBig = () =>
    fail(
      'num',
      `${what}: ${exact} vượt quá độ chính xác của số trong bảng tính (tối đa 9.007.199.254.740.991)`,
      `${what}: ${exact} is beyond the exact range of spreadsheet numbers (at most 9,007,199,254,740,991)`,
    );
  if (INTEGER.test(exact)) {
    const n = Number(exact);
    return Number.isSafeInteger(n) ? (Object.is(n, -0) ? 0 : n) : tooBig();
  }
  if (DECIMAL.test(exact)) {
    const n = Number(exact);
    return Number.isFinite(n) && String(n) === exact.replace(/^(-?)0+(?=\d)/, '$1') ? n : tooBig();
  }
  return fail('num', `${what}: ${exact} không phải một số`, `${what}: ${exact} is not a number`);
}
