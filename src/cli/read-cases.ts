import type { InputSource } from './input-source.js';
import type { CaseRecord } from './readers/case-record.js';
import { readCsv } from './readers/csv-reader.js';
import { readJson } from './readers/json-reader.js';
import { readJsonLines } from './readers/jsonl-reader.js';

/** The records of the input, in order, read by the reader of its kind. */
export function readCases(input: InputSource): AsyncIterable<CaseRecord> {
  switch (input.format) {
    case 'json':
      return readJson(input.chunks, input.name);
    case 'jsonl':
      return readJsonLines(input.chunks);
    case 'csv':
      return readCsv(input.chunks, input.name);
  }
}
