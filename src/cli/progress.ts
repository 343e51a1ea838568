import { groupThousands } from './format/amount.js';

/** The bits of a stream the progress line needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  tick(cases: number): void;
  done(): void;
}

const silent: Progress = { tick() {}, done() {} };

/** A progress line on standard error every `every` cases, only when it is a terminal (never in pipes or CI logs). */
export function createProgress(stream: ProgressStream, every = 1000): Progress {
  if (stream.isTTY !== true) return silent;
  let shown = false;
  return {
    tick(cases) {
      if (cases % every !== 0) return;
      stream.write(`\rvnse: ${groupThousands(String(cases))} cases assessed…`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
