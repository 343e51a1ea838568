import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { InputOutputError } from '../errors.js';
import type { CaseRecord } from './case-record.js';
import { parseCsvHeader, type CsvColumn } from './csv-header.js';
import { csvRecordToCase, isBlankRecord } from './csv-row.js';
import { staffCaseFieldKinds, type FieldKinds } from './field-kinds.js';

function csvError(source: string, e: unknown): InputOutputError {
  return new InputOutputError(`${source}: malformed CSV: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * CSV with a header row of contract field names, parsed record by record by csv-parse (byte-order mark
 * stripped, lines ending in CRLF, LF or CR, rows of only empty cells skipped, rows longer or shorter than the header allowed: extra cells
 * are reported as unknown fields by the validator).
 */
export async function* readCsv(chunks: AsyncIterable<string>, source: string, fields: FieldKinds = staffCaseFieldKinds): AsyncGenerator<CaseRecord> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] });
  const feeding = pipeline(Readable.from(chunks), parser).catch((e: unknown) => {
    parser.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  let columns: CsvColumn[] | null = null;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (columns === null) {
        columns = parseCsvHeader(record, fields, source);
        continue;
      }
      if (isBlankRecord(record)) continue;
      yield { kind: 'case', value: csvRecordToCase(record, columns) };
    }
  } catch (e) {
    if (e instanceof InputOutputError || (e instanceof Error && 'syscall' in e)) throw e;
    throw csvError(source, e);
  } finally {
    parser.destroy();
    await feeding;
  }
  if (columns === null) throw new InputOutputError(`${source}: empty CSV: expected a header row of field names`);
}
