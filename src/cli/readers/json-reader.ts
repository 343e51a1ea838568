import { errorDetail, unreadableEntry, unreadableRecord, type CaseRecord } from './case-record.js';
import { formatCount, MAX_RECORD_CHARS } from './limits.js';
import { JsonCaseSplitter } from './json-splitter.js';

/** JSON: an array of cases (streamed element by element) or one case object. */
export async function* readJson(chunks: AsyncIterable<string>, source: string): AsyncGenerator<CaseRecord> {
  const splitter = new JsonCaseSplitter(source);
  let element = 0;
  const parse = (text: string | null): CaseRecord => {
    element++;
    if (text === null) {
      return unreadableEntry({
        vi: `phần tử ${element} của mảng dài hơn ${formatCount(MAX_RECORD_CHARS)} ký tự; bỏ qua phần tử này`,
        en: `array element ${element} is longer than ${formatCount(MAX_RECORD_CHARS)} characters; it is skipped`,
      });
    }
    try {
      return { kind: 'case', value: JSON.parse(text) };
    } catch (e) {
      return unreadableRecord({ vi: `phần tử ${element} của mảng`, en: `array element ${element}` }, errorDetail(e));
    }
  };
  for await (const chunk of chunks) {
    for (const text of splitter.push(chunk)) yield parse(text);
  }
  splitter.end();
}
