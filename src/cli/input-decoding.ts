import { InputOutputError } from './errors.js';
import { enSlashVi, msg } from '../locales/cli.js';

/**
 * A UTF-16 file (Excel's "Unicode text"): a UTF-16 byte-order mark, or many NUL bytes in the first bytes.
 */
function looksLikeUtf16(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  const n = Math.min(head.length, 512);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 4;
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b >= 0xe1 && b <= 0xef) [need, min, max] = [2, 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
    else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // cut off at the end of the input
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Decodes a byte stream as UTF-8, strictly: a byte that is not UTF-8 (a file saved as Latin-1, Windows-1252
 * or Windows-1258 — Excel's plain "CSV (Comma delimited)") stops the run with a message naming the file,
 * the byte offset and the line, and saying how to save the file as CSV UTF-8. Nothing is ever read as "�",
 * which would turn different accented ids into one (issue #13). Windows-1258 is not decoded instead: it
 * writes tones as combining marks and could be taken for other single-byte code pages (decision E5).
 * Sequences split between two chunks are decoded whole (`stream: true`).
 */
export async function* decodeUtf8(bytes: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let offset = 0; // bytes before the current chunk
  let lines = 1; // line of the first byte of the current chunk
  let carry: Uint8Array = new Uint8Array(0); // the bytes of an unfinished sequence at the end of the previous chunk
  let first = true;
  for await (const chunk of bytes) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (chunk.length === 0) continue;
    if (first) {
      first = false;
      if (looksLikeUtf16(chunk)) {
        throw new InputOutputError(`${name}: ${enSlashVi(msg('cli.input.utf16'))}`);
      }
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const joined = new Uint8Array(carry.length + chunk.length);
      joined.set(carry);
      joined.set(chunk, carry.length);
      const at = firstInvalidUtf8(joined);
      let line = lines;
      for (let i = 0; i < at; i++) if (joined[i] === 10) line++;
      throw notUtf8(name, offset - carry.length + at, line);
    }
    // Bookkeeping for a later message: the line count and the unfinished sequence at the end.
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    offset += chunk.length;
    carry = unfinishedTail(chunk);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw notUtf8(name, offset - carry.length, lines);
  }
}

/** The last bytes of a chunk that begin a sequence the chunk does not finish (at most 3). */
function unfinishedTail(chunk: Uint8Array): Uint8Array {
  const start = Math.max(0, chunk.length - 3);
  for (let i = chunk.length - 1; i >= start; i--) {
    const b = chunk[i]!;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return chunk.length - i < length ? chunk.subarray(i) : new Uint8Array(0);
    }
    if (b < 0x80) break;
  }
  return new Uint8Array(0);
}

function notUtf8(name: string, byte: number, line: number): InputOutputError {
  const m = msg('cli.input.not-utf8', { name, byte, line });
  return new InputOutputError(`${m.en}\n  ${m.vi}`);
}
