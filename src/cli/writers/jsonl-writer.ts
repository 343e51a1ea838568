import type { TextSink } from '../output-sink.js';
import type { EntryWriter } from './entry-writer.js';

/** One entry per line (JSON Lines). */
export function jsonlWriter(sink: TextSink): Omit<EntryWriter, 'abort'> {
  return {
    async write(entry) {
      await sink.write(`${JSON.stringify(entry)}\n`);
    },
    async end() {
      await sink.close();
    },
  };
}
