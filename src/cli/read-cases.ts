import type { InputSource } from './input-source.js';
import type { CaseRecord } from './readers/case-record.js';
import { readJson } from './readers/json-reader.js';
import { readJsonLines } from './readers/jsonl-reader.js';
import type { RosterOptions } from '../io/roster/read-roster.js';

/** CSV and XLSX rosters: the reader (roster-input.ts, src/io/) is loaded only when one is read. */
async function* readRosterFile(input: InputSource, roster: RosterOptions): AsyncGenerator<CaseRecord> {
  const { rosterRecords } = await import('./roster-input.js');
  yield* rosterRecords(input, roster);
}

/** The records of the input, in order, read by the reader of its kind. */
export function readCases(input: InputSource, roster: RosterOptions = {}): AsyncIterable<CaseRecord> {
  switch (input.format) {
    case 'json':
      return readJson(input.chunks, input.name);
    case 'jsonl':
      return readJsonLines(input.chunks);
    case 'csv':
    case 'xlsx':
      return readRosterFile(input, roster);
  }
}
