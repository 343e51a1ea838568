import type { AssessError } from '../../engine/assess.js';
import { msg } from '../../locales/cli.js';

/** A column of the input that is not a case field (name, unit, post, notes), carried beside the result. */
export interface RecordExtra {
  /** The heading as written in the file. */
  readonly heading: string;
  readonly value: string;
}

/** Where a record came from: its row as the officer sees it in the file, and the columns carried with it. */
export interface RecordSource {
  /** 1-based row number as shown by Excel (for CSV, the line's record number counting the heading rows). */
  readonly row: number;
  readonly extras: readonly RecordExtra[];
}

/**
 * One record read from the input, in input order: a raw case for the validator, an error entry for a
 * record that could not even be parsed (a JSONL line that is not JSON) — both count as one case — or a
 * row skipped without being a case (empty, only formatting, a total row), counted apart so that every
 * row read is accounted for.
 */
export type CaseRecord =
  | { readonly kind: 'case'; readonly value: unknown; readonly source?: RecordSource }
  | { readonly kind: 'unreadable'; readonly entry: AssessError; readonly source?: RecordSource }
  | { readonly kind: 'skipped'; readonly row: number; readonly reason: 'blank' | 'total' };

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
