import { issue, show, type ValidationIssue } from './issues.js';
import { msg } from '../locales/schema.js';

/** Deeper than any field of the contracts; what lies below is kept as it is and never read by the schemas. */
export const PLAIN_DEPTH = 8;
/** No array of the contracts is this long; longer ones are kept as they are (and rejected by size), not copied. */
const PLAIN_ARRAY_MAX = 10_000;

/**
 * A copy of the enumerable data of plain objects and short arrays; a key named `__proto__` is defined,
 * not assigned, so it stays a plain key. Other objects (Date, Map, typed arrays, class instances) are
 * kept as they are: the schemas reject them by type without walking them. Throws what the input throws
 * (a getter, a proxy trap, a revoked proxy): callers use `readPlain`.
 */
export function plainData(value: unknown, depth: number = PLAIN_DEPTH): unknown {
  if (value === null || typeof value !== 'object' || depth === 0) return value;
  if (Array.isArray(value)) return value.length > PLAIN_ARRAY_MAX ? value : Array.from(value, (v) => plainData(v, depth - 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = plainData((value as Record<string, unknown>)[key], depth - 1);
    // Assignment keeps the copy a fast object; only `__proto__` would hit the prototype setter.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

/**
 * Reads a caller's value (a case, an options object) once into plain data, so that nothing later can be
 * surprised by it: a getter or proxy trap that throws, or a value that changes between two reads. A
 * value that cannot be read is an issue at `path` with the code `unreadable`, never an exception.
 */
export function readPlain(value: unknown, path: string): { ok: true; value: unknown } | { ok: false; issue: ValidationIssue } {
  try {
    return { ok: true, value: plainData(value) };
  } catch (e) {
    return { ok: false, issue: unreadable(e, path) };
  }
}

/** The issue for a value whose reading threw `e`: code `unreadable`, with the reason when it can be told. */
export function unreadable(e: unknown, path = ''): ValidationIssue {
  let reason = 'unknown error';
  try {
    reason = show(e instanceof Error ? e.message : e);
  } catch {
    // an error that cannot even be described keeps the generic reason
  }
  const what = path === '' ? msg('schema.plain-data.case') : path;
  return issue(path, 'unreadable', msg('schema.issue.unreadable', { what, reason }));
}

/**
 * An object the schemas may walk as a record: not an array, and not a typed array, Map, Set, Date… (whose
 * `Object.prototype.toString` tag is not "Object"). A typed array of a million bytes would otherwise be
 * walked key by key (a million unknown fields) before being refused.
 */
export function isRecordLike(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  try {
    return !Array.isArray(v) && Object.prototype.toString.call(v) === '[object Object]';
  } catch {
    return false;
  }
}
