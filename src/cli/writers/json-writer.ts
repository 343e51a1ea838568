import type { TextSink } from '../output-sink.js';
import type { Entry, RunSummary } from '../run-summary.js';
import type { EntryWriter } from './entry-writer.js';

/** A JSON array written element by element, so nothing but the current entry is held in memory (assess and schedule179 entries alike). */
export function jsonWriter<E = Entry, S = RunSummary>(sink: TextSink): Omit<EntryWriter<E, S>, 'abort'> {
  let first = true;
  return {
    async write(entry) {
      const body = JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ');
      await sink.write(`${first ? '[\n' : ',\n'}  ${body}`);
      first = false;
    },
    async end() {
      await sink.write(first ? '[]\n' : '\n]\n');
      await sink.close();
    },
  };
}
