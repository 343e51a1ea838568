import { errorDetail, unreadableRecord, type CaseRecord } from './case-record.js';
import { textLines } from './text-lines.js';

/** JSON Lines: one case per line; blank lines are skipped; a line that is not JSON becomes an error entry. */
export async function* readJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<CaseRecord> {
  for await (const { line, text } of textLines(chunks)) {
    if (text.trim() === '') continue;
    let record: CaseRecord;
    try {
      record = { kind: 'case', value: JSON.parse(text) };
    } catch (e) {
      record = unreadableRecord({ vi: `dòng ${line}`, en: `line ${line}` }, errorDetail(e));
    }
    yield record;
  }
}
