import { MAX_RECORD_CHARS } from './limits.js';

/** One line of text, numbered from 1; `text` is null for a line longer than the limit (its text dropped). */
export interface TextLine {
  readonly line: number;
  readonly text: string | null;
}

/**
 * Splits text chunks into lines ending in LF, CRLF or CR (a CRLF split between two chunks is one line end),
 * numbered from 1. Linear in the input: each chunk is searched once and a long line is kept as a list of
 * parts, never re-joined and re-searched. A line longer than `limit` characters is reported with its number
 * and `text: null` and its text is not kept; the lines after it are read as usual. A byte-order mark at the
 * start is dropped.
 */
export async function* textLines(chunks: AsyncIterable<string>, limit = MAX_RECORD_CHARS): AsyncGenerator<TextLine> {
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;
  let first = true;
  let afterCr = false; // the previous chunk ended in CR: an LF at the start of this one belongs to it
  const finish = (): TextLine => {
    const result = { line: ++line, text: tooLong ? null : parts.length === 1 ? parts[0]! : parts.join('') };
    parts = [];
    length = 0;
    tooLong = false;
    return result;
  };
  const add = (piece: string) => {
    if (piece.length === 0 || tooLong) return;
    length += piece.length;
    if (length > limit) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (let chunk of chunks) {
    if (chunk.length === 0) continue;
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    let start = 0;
    if (afterCr && chunk.charCodeAt(0) === 10) start = 1;
    afterCr = false;
    for (let i = start; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      add(chunk.slice(start, i));
      yield finish();
      if (c === 13) {
        if (i + 1 < chunk.length) {
          if (chunk.charCodeAt(i + 1) === 10) i++;
        } else afterCr = true;
      }
      start = i + 1;
    }
    add(chunk.slice(start));
  }
  if (length > 0 || tooLong) yield finish();
}
