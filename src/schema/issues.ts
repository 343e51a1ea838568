import type { Text } from '../i18n/text.js';
import { msg } from '../locales/schema.js';
import type { ValidationIssue } from '../model/errors.js';

// One reason an input was rejected: the type lives in the model, beside the error that carries it.
export type { ValidationIssue } from '../model/errors.js';

/** An issue whose message starts with the field path (every input contract words its issues alike). */
export function issue(path: string, code: string, messages: Text): ValidationIssue {
  const where = path || msg('schema.issue.whole-case');
  const en = `${typeof where === 'string' ? where : where.en}: ${messages.en}`;
  return { path, code, message: en, messages: { vi: `${typeof where === 'string' ? where : where.vi}: ${messages.vi}`, en } };
}

/** A short, safe rendering of the value received, for "got …". */
export function show(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' || typeof value === 'boolean' || value === null ? String(value) : Array.isArray(value) ? 'an array' : typeof value;
  } catch {
    s = typeof value;
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The value at a zod issue path, reading own properties only. */
export function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** "required: expected …" for a missing value, "expected …; got …" otherwise. */
export function expectedIssue(path: string, expected: Text | undefined, value: unknown): ValidationIssue {
  const e = expected ?? msg('schema.expects.valid-value');
  if (value === undefined) return issue(path, 'required', msg('schema.issue.required', { expected: e }));
  const got = show(value);
  return issue(path, 'invalid', msg('schema.issue.invalid', { expected: e, got }));
}
