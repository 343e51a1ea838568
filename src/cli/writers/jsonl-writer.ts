import type { TextSink } from '../output-sink.js';
import type { Entry, RunSummary } from '../run-summary.js';
import type { EntryWriter } from './entry-writer.js';

/** One entry per line (JSON Lines), for assess and schedule179 entries alike. */
export function jsonlWriter<E = Entry, S = RunSummary>(sink: TextSink): Omit<EntryWriter<E, S>, 'abort'> {
  return {
    async write(entry) {
      await sink.write(`${JSON.stringify(entry)}\n`);
    },
    async end() {
      await sink.close();
    },
  };
}
