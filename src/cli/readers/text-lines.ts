/**
 * Splits text chunks into lines (LF or CRLF), numbered from 1, holding at most one line in memory.
 * A byte-order mark at the start is dropped.
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let pending = '';
  let line = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      if (chunk.length === 0) continue;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    pending += chunk;
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line: ++line, text: pending.slice(start, end) };
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield { line: ++line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}
