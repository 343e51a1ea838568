import { errorDetail, unreadableEntry, unreadableRecord, type CaseRecord } from './case-record.js';
import { formatCount, MAX_RECORD_CHARS } from './limits.js';
import { textLines } from './text-lines.js';
import { msg } from '../../locales/cli.js';

/**
 * JSON Lines: one case per line (LF, CRLF or CR); blank lines are skipped; a line that is not JSON, or
 * longer than the limit, becomes an error entry naming the line, and the next lines are still read.
 */
export async function* readJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<CaseRecord> {
  for await (const { line, text } of textLines(chunks)) {
    if (text === null) {
      yield unreadableEntry(msg('cli.reader.jsonl-line-too-long', { line, max: formatCount(MAX_RECORD_CHARS) }));
      continue;
    }
    if (text.trim() === '') continue;
    let record: CaseRecord;
    try {
      record = { kind: 'case', value: JSON.parse(text) };
    } catch (e) {
      record = unreadableRecord(msg('cli.reader.jsonl-line', { line }), errorDetail(e));
    }
    yield record;
  }
}
