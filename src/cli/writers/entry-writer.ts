import type { Entry, RunSummary } from '../run-summary.js';

/** Writes entries as they are produced, in input order; `caseNumber` counts cases from 1. */
export interface EntryWriter {
  write(entry: Entry, caseNumber: number): Promise<void>;
  /** Called once after the last entry, with the counts and sums of the run. */
  end(summary: RunSummary): Promise<void>;
  /** Gives the output up after a failure, leaving any previous output file as it was. */
  abort(): Promise<void>;
}
