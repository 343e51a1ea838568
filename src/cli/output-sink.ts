import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { BrokenPipeError, InputOutputError, isSystemError } from './errors.js';
import { describeSystemError } from './input-source.js';

/** Where text output goes: standard output or a file, written with back-pressure so memory stays flat. */
export interface TextSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function sinkOver(stream: Writable, name: string, closeStream: boolean): TextSink {
  let failure: Error | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    failure = e.code === 'EPIPE' ? new BrokenPipeError('output closed') : isSystemError(e) ? new InputOutputError(describeSystemError(name, e)) : e;
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
          stream.on('close', done);
        });
      }
      check();
    },
    async close() {
      check();
      if (closeStream) {
        stream.end();
        await new Promise<void>((resolve) => {
          stream.once('close', resolve);
          stream.once('error', () => resolve());
        });
      }
      check();
    },
  };
}

/** Opens `--out` (created or truncated) or standard output. A file that cannot be created fails here, before any input is read. */
export async function openSink(out: string | undefined, stdout: Writable): Promise<TextSink> {
  if (out === undefined) return sinkOver(stdout, 'stdout', false);
  const stream = createWriteStream(out);
  try {
    await once(stream, 'ready');
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
  return sinkOver(stream, out, true);
}
