import { assessMany, type AssessOptions } from '../index.js';
import type { CaseRecord } from './readers/case-record.js';
import { countsOf, type Progress } from './progress.js';
import { RunSummary, type Entry } from './run-summary.js';
import type { EntryWriter } from './writers/entry-writer.js';

/**
 * One case → its entry, by `assessMany` itself (an Assessment, or `{ id, error }`), so the CLI's entries
 * are always the library's. The input is read asynchronously, so cases are handed over one at a time.
 */
export function entryOf(record: Exclude<CaseRecord, { kind: 'skipped' }>, options: AssessOptions): Entry {
  if (record.kind === 'unreadable') return record.entry;
  const [entry] = assessMany([record.value], options);
  return entry!;
}

/**
 * Assesses the records one at a time and hands each entry to the writer before reading the next, so the
 * output keeps the input order and memory stays flat however many cases there are.
 */
export async function assessStream(records: AsyncIterable<CaseRecord>, options: AssessOptions, writer: EntryWriter, progress: Progress): Promise<RunSummary> {
  const summary = new RunSummary();
  for await (const record of records) {
    if (record.kind === 'skipped') {
      summary.skip(record.reason);
      progress.tick(countsOf(summary));
      continue;
    }
    const entry = entryOf(record, options);
    summary.add(entry);
    await writer.write(entry, summary.cases, record.source);
    progress.tick(countsOf(summary));
  }
  progress.done();
  await writer.end(summary);
  return summary;
}
