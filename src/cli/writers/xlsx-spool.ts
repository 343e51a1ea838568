import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { removeQuietly, trackTemporary } from '../output-sink.js';

/**
 * Lines of the workbook, one JSON value each, in a temporary file beside the output (removed at the end,
 * on failure and on Ctrl-C like the output's own temporary file). Writing waits for the disk (back-pressure),
 * so memory stays flat however many rows the run has.
 */
export class Spool<T> {
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  /** Lines not yet handed to the file: written in pieces of about 64 KB (a write per line cost more than the line). */
  private pending = '';

  constructor(readonly path: string) {
    trackTemporary(path);
    this.stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.stream.on('error', (e) => {
      this.failure = e;
    });
  }

  async add(line: T): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending += `${JSON.stringify(line)}\n`;
    if (this.pending.length >= 1 << 16) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text !== '' && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  /** The lines in order, each parsed once. Split on '\n' by hand: JSON.stringify never writes a raw newline, and readline's line-ending regex cost more than the parse. */
  async *lines(): AsyncGenerator<T> {
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 })) {
      const text = rest + decoder.write(chunk as Buffer);
      let from = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
        if (nl > from) yield JSON.parse(text.slice(from, nl)) as T;
        from = nl + 1;
      }
      rest = text.slice(from);
    }
    rest += decoder.end();
    if (rest !== '') yield JSON.parse(rest) as T;
  }

  async remove(): Promise<void> {
    this.stream.destroy();
    await removeQuietly(this.path);
  }
}
