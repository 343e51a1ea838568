import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { InputFormat } from './formats.js';
import { InputOutputError, isSystemError } from './errors.js';
import { decodeUtf8 } from './input-decoding.js';

export interface InputSource {
  /** "stdin" or the file path, for messages. */
  readonly name: string;
  readonly format: InputFormat;
  readonly chunks: AsyncIterable<string>;
  /** The raw bytes, for a workbook (xlsx); `chunks` is then empty. */
  readonly bytes?: Readable;
}

async function* noText(): AsyncGenerator<string> {}

/** A readable message for a file that cannot be opened or read. */
export function describeSystemError(name: string, e: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EPERM: 'operation not permitted',
  };
  return `${name}: ${reasons[e.code ?? ''] ?? e.message}`;
}

async function openFile(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  try {
    await once(stream, 'ready');
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(path, e)) : e;
  }
  return stream;
}

/** Reads a byte stream as strict UTF-8 text (input-decoding.ts); read errors name the file. */
async function* namedChunks(stream: Readable, name: string): AsyncGenerator<string> {
  try {
    yield* decodeUtf8(stream as AsyncIterable<Uint8Array | string>, name);
  } catch (e) {
    if (e instanceof InputOutputError) throw e;
    throw isSystemError(e) ? new InputOutputError(describeSystemError(name, e)) : e;
  }
}

/**
 * Standard input without `--input-format`: the first character that is not blank tells the kind
 * ("[" JSON, "{" JSON Lines, anything else CSV). The chunks read to find it are put back in front.
 */
async function sniff(chunks: AsyncIterable<string>): Promise<{ format: InputFormat; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let format: InputFormat = 'csv';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const m = /[^\s\uFEFF]/.exec(next.value);
    if (m) {
      format = m[0] === '[' ? 'json' : m[0] === '{' ? 'jsonl' : 'csv';
      break;
    }
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { format, chunks: replay() };
}

export async function openInput(path: string, format: InputFormat | undefined, stdin: Readable): Promise<InputSource> {
  if (format === 'xlsx') {
    const stream = path === '-' ? stdin : await openFile(path);
    return { name: path === '-' ? 'stdin' : path, format, chunks: noText(), bytes: stream };
  }
  if (path === '-') {
    const chunks = namedChunks(stdin, 'stdin');
    if (format !== undefined) return { name: 'stdin', format, chunks };
    return { name: 'stdin', ...(await sniff(chunks)) };
  }
  const stream = await openFile(path);
  return { name: path, format: format ?? 'json', chunks: namedChunks(stream, path) };
}
