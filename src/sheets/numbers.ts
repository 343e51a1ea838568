import { fail, type CellFailure } from './errors.js';
import { msg } from '../locales/sheets.js';

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
      'num', msg('sheets.failure.beyond-exact-range', { what, exact }),
    );
  if (INTEGER.test(exact)) {
    const n = Number(exact);
    return Number.isSafeInteger(n) ? (Object.is(n, -0) ? 0 : n) : tooBig();
  }
  if (DECIMAL.test(exact)) {
    const n = Number(exact);
    return Number.isFinite(n) && String(n) === exact.replace(/^(-?)0+(?=\d)/, '$1') ? n : tooBig();
  }
  return fail('num', msg('sheets.failure.not-a-number', { what, exact }));
}
