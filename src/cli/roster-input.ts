import type { InputSource } from './input-source.js';
import type { CaseRecord } from './readers/case-record.js';
import { InputOutputError, isSystemError } from './errors.js';
import { describeSystemError } from './input-source.js';
import { csvGrid } from '../io/grid/csv-grid.js';
import { GridSyntaxError } from '../io/grid/grid.js';
import { xlsxGridFromStream } from '../io/grid/xlsx-grid.js';
import { readRoster, RosterError, type RosterOptions } from '../io/roster/read-roster.js';
import { msg as ioMsg } from '../locales/io.js';
import { enSlashVi } from '../locales/table.js';

/**
 * A roster (CSV or XLSX) through the format-neutral reader (src/io/): its records are the CLI's records
 * (the same shapes), and a file that cannot be read at all is an input error naming the file. Loaded by
 * read-cases.ts only when a CSV or XLSX file is read (its own chunk of the CLI bundle).
 */
export async function* rosterRecords(input: InputSource, options: RosterOptions): AsyncGenerator<CaseRecord> {
  const grid = input.format === 'xlsx' ? xlsxGridFromStream(input.bytes!) : csvGrid(input.chunks);
  try {
    yield* readRoster(grid, options);
  } catch (e) {
    if (e instanceof GridSyntaxError) throw new InputOutputError(`${input.name}: ${enSlashVi(ioMsg('io.error.malformed-csv', { detail: e.message }))}`);
    if (e instanceof RosterError) throw new InputOutputError(`${input.name}: ${e.message}`);
    if (isSystemError(e)) throw new InputOutputError(describeSystemError(input.name, e));
    throw e;
  }
}
