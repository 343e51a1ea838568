import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { removeQuietly, trackTemporary } from '../output-sink.js';
import type { SpoolRecord } from './xlsx-book.js';

/**
 * The workbook's records, one JSON line each, in a temporary file beside the output (removed at the end,
 * on failure and on Ctrl-C like the output's own temporary file). Writing waits for the disk (back-pressure),
 * so memory stays flat however many rows the run has.
 */
export class Spool {
  private readonly stream: WriteStream;
  private failure: Error | undefined;

  constructor(readonly path: string) {
    trackTemporary(path);
    this.stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.stream.on('error', (e) => {
      this.failure = e;
    });
  }

  async add(record: SpoolRecord): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(`${JSON.stringify(record)}\n`)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, 'finish');
  }

  async *records(): AsyncGenerator<SpoolRecord> {
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as SpoolRecord;
  }

  async remove(): Promise<void> {
    this.stream.destroy();
    await removeQuietly(this.path);
  }
}
