import type { InputSource } from './input-source.js';
import type { CaseRecord } from './readers/case-record.js';
import { readJson } from './readers/json-reader.js';
import { readJsonLines } from './readers/jsonl-reader.js';
import { InputOutputError, isSystemError } from './errors.js';
import { describeSystemError } from './input-source.js';
import { csvGrid } from '../io/grid/csv-grid.js';
import { GridSyntaxError, type GridRow } from '../io/grid/grid.js';
import { xlsxGridFromStream } from '../io/grid/xlsx-grid.js';
import { readRoster, RosterError, type RosterOptions } from '../io/roster/read-roster.js';
import { msg as ioMsg } from '../locales/io.js';
import { enSlashVi } from '../locales/table.js';

/**
 * A roster (CSV or XLSX) through the format-neutral reader (src/io/): its records are the CLI's records
 * (the same shapes), and a file that cannot be read at all is an input error naming the file.
 */
async function* readRosterFile(grid: AsyncIterable<GridRow>, name: string, options: RosterOptions): AsyncGenerator<CaseRecord> {
  try {
    yield* readRoster(grid, options);
  } catch (e) {
    if (e instanceof GridSyntaxError) throw new InputOutputError(`${name}: ${enSlashVi(ioMsg('io.error.malformed-csv', { detail: e.message }))}`);
    if (e instanceof RosterError) throw new InputOutputError(`${name}: ${e.message}`);
    if (isSystemError(e)) throw new InputOutputError(describeSystemError(name, e));
    throw e;
  }
}

/** The records of the input, in order, read by the reader of its kind. */
export function readCases(input: InputSource, roster: RosterOptions = {}): AsyncIterable<CaseRecord> {
  switch (input.format) {
    case 'json':
      return readJson(input.chunks, input.name);
    case 'jsonl':
      return readJsonLines(input.chunks);
    case 'csv':
      return readRosterFile(csvGrid(input.chunks), input.name, roster);
    case 'xlsx':
      if (!input.bytes) throw new InputOutputError(`${input.name}: no workbook bytes`);
      return readRosterFile(xlsxGridFromStream(input.bytes), input.name, roster);
  }
}
