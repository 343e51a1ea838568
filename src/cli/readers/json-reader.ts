import { errorDetail, unreadableEntry, unreadableRecord, type CaseRecord } from './case-record.js';
import { formatCount, MAX_RECORD_CHARS } from './limits.js';
import { JsonCaseSplitter } from './json-splitter.js';
import { msg } from '../../locales/cli.js';

/** JSON: an array of cases (streamed element by element) or one case object. */
export async function* readJson(chunks: AsyncIterable<string>, source: string): AsyncGenerator<CaseRecord> {
  const splitter = new JsonCaseSplitter(source);
  let element = 0;
  const parse = (text: string | null): CaseRecord => {
    element++;
    if (text === null) {
      return unreadableEntry(msg('cli.reader.json-element-too-long', { element, max: formatCount(MAX_RECORD_CHARS) }));
    }
    try {
      return { kind: 'case', value: JSON.parse(text) };
    } catch (e) {
      return unreadableRecord(msg('cli.reader.json-element', { element }), errorDetail(e));
    }
  };
  for await (const chunk of chunks) {
    for (const text of splitter.push(chunk)) yield parse(text);
  }
  splitter.end();
}
