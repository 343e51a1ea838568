import type { RecordSource } from '../readers/case-record.js';
import type { Entry, RunSummary } from '../run-summary.js';

/**
 * Writes entries as they are produced, in input order; `caseNumber` counts cases from 1. The entries of
 * `vnse assess` by default; `vnse schedule179` writes its schedules through the same interface.
 */
export interface EntryWriter<E = Entry, S = RunSummary> {
  /** `source` is the record's row and carried columns, when the input has them (CSV, XLSX). */
  write(entry: E, caseNumber: number, source?: RecordSource): Promise<void>;
  /** Called once after the last entry, with the counts and sums of the run. */
  end(summary: S): Promise<void>;
  /** Gives the output up after a failure, leaving any previous output file as it was. */
  abort(): Promise<void>;
}
