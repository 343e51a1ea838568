import type { AssessError } from '../../engine/assess.js';
import { msg } from '../../locales/cli.js';

/**
 * One record read from the input, in input order: a raw case for the validator, or an error entry for a
 * record that could not even be parsed (a JSONL line that is not JSON). Both count as one case.
 */
export type CaseRecord = { readonly kind: 'case'; readonly value: unknown } | { readonly kind: 'unreadable'; readonly entry: AssessError };

/** The error entry of a record that is not JSON, shaped like the validator's (`path` "", both languages). */
export function unreadableRecord(where: { vi: string; en: string }, detail: string): CaseRecord {
  const { vi, en } = msg('cli.reader.not-json', { where, detail });
  return { kind: 'unreadable', entry: { id: null, error: { code: 'invalid-input', issues: [{ path: '', message: en, messages: { vi, en } }] } } };
}

/** The error entry of a record that could not be read for another reason (too long, too many cells). */
export function unreadableEntry(reason: { vi: string; en: string }): CaseRecord {
  const { vi, en } = msg('cli.reader.unreadable', { reason });
  return { kind: 'unreadable', entry: { id: null, error: { code: 'invalid-input', issues: [{ path: '', message: en, messages: { vi, en } }] } } };
}

export function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
