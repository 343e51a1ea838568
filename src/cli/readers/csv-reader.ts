import { InputOutputError } from '../errors.js';
import { unreadableEntry, type CaseRecord } from './case-record.js';
import { parseCsvHeader, type CsvColumn } from './csv-header.js';
import { CsvRecordSplitter, CsvSyntaxError, type CsvRecord } from './csv-records.js';
import { csvRecordToCase, isBlankRecord } from './csv-row.js';
import { staffCaseFieldKinds, type FieldKinds } from './field-kinds.js';
import { formatCount, MAX_CSV_CELLS, MAX_RECORD_CHARS } from './limits.js';
import type { Text } from '../../i18n/text.js';
import { enSlashVi, msg } from '../../locales/cli.js';

export { MAX_CSV_CELLS } from './limits.js';

function csvError(source: string, e: unknown): InputOutputError {
  return new InputOutputError(`${source}: ${enSlashVi(msg('cli.input.malformed-csv'))}: ${e instanceof Error ? e.message : String(e)}`);
}

function limitReason(record: CsvRecord & { cells: null }): Text {
  return record.reason === 'too-many-cells'
    ? msg('cli.reader.csv-row-too-many-cells', { row: record.row, max: formatCount(MAX_CSV_CELLS) })
    : msg('cli.reader.csv-row-too-long', { row: record.row, max: formatCount(MAX_RECORD_CHARS) });
}

/**
 * CSV with a header row of contract field names, read record by record (csv-records.ts: byte-order mark
 * stripped, rows ending in CRLF, LF or CR, quoted cells with line breaks). Rows of only empty cells are
 * skipped; rows longer or shorter than the header are allowed (extra cells are reported as unknown fields
 * by the validator). A row past the limits (limits.ts) is an error entry naming the row, and the rows after
 * it are read; a header past them, or a broken quote, ends the run after the rows before it.
 */
export async function* readCsv(chunks: AsyncIterable<string>, source: string, fields: FieldKinds = staffCaseFieldKinds): AsyncGenerator<CaseRecord> {
  const splitter = new CsvRecordSplitter();
  let columns: CsvColumn[] | null = null;
  function* cases(records: readonly CsvRecord[]): Generator<CaseRecord> {
    for (const record of records) {
      if (record.cells === null) {
        const reason = limitReason(record);
        if (columns === null) {
          const header = msg('cli.reader.csv-header-past-limit', { reason });
          throw new InputOutputError(`${source}: ${header.en} / ${header.vi}`);
        }
        yield unreadableEntry(msg('cli.reader.csv-row-skipped', { reason }));
        continue;
      }
      if (isBlankRecord(record.cells)) continue;
      if (columns === null) {
        columns = parseCsvHeader(record.cells, fields, source);
        continue;
      }
      yield { kind: 'case', value: csvRecordToCase(record.cells, columns) };
    }
  }
  try {
    for await (const chunk of chunks) yield* cases(splitter.push(chunk));
    yield* cases(splitter.end());
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw csvError(source, e);
    throw e;
  }
  if (columns === null) throw new InputOutputError(`${source}: empty CSV: expected a header row of field names`);
}
