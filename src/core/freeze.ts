import { Decimal } from './money.js';

/**
 * Freezes a value and everything it holds, for answers shared between results (Decimals are immutable
 * already and left as they are).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Decimal)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
