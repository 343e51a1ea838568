import { msg } from '../locales/cli.js';
import { groupThousands } from './format/amount.js';
import type { Language } from './formats.js';
import type { RunSummary } from './run-summary.js';

/** The bits of a stream the progress line needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** What the progress line counts: rows read (cases and skipped rows), cases assessed, cases in error. */
export interface ProgressCounts {
  readonly read: number;
  readonly assessed: number;
  readonly errors: number;
}

export interface Progress {
  tick(counts: ProgressCounts): void;
  done(): void;
}

const silent: Progress = { tick() {}, done() {} };

export const countsOf = (s: RunSummary): ProgressCounts => ({ read: s.cases + s.skippedBlank + s.skippedTotal, assessed: s.assessed, errors: s.invalid });

/**
 * A progress line on standard error every `every` rows read, only when it is a terminal (never in pipes
 * or CI logs), in the officer's language: "vnse: đã đọc 12.000 dòng · đã xét 11.990 · lỗi 10…".
 */
export function createProgress(stream: ProgressStream, lang: Language = 'vi', every = 1000): Progress {
  if (stream.isTTY !== true) return silent;
  let shown = false;
  const sep = lang === 'vi' ? '.' : ',';
  return {
    tick(c) {
      if (c.read % every !== 0) return;
      const n = (x: number) => groupThousands(String(x), sep);
      stream.write(`\r${msg('cli.progress.line', { read: n(c.read), assessed: n(c.assessed), errors: n(c.errors) })[lang]}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/**
 * The closing line on standard error: what was read, assessed and refused, how many are paid and the total,
 * the rows skipped, and where the output went — in Vietnamese by default, English with `--lang en`.
 */
export function summaryLine(summary: RunSummary, lang: Language, out: string | undefined): string {
  const sep = lang === 'vi' ? '.' : ',';
  const n = (x: number | string) => groupThousands(String(x), sep);
  const skipped = summary.skippedBlank + summary.skippedTotal > 0 ? msg('cli.summary.skipped', { blank: n(summary.skippedBlank), total: n(summary.skippedTotal) })[lang] : '';
  return `${msg('cli.summary.line', {
    cases: n(summary.cases),
    assessed: n(summary.assessed),
    invalid: n(summary.invalid),
    withBest: n(summary.withBest),
    total: n(summary.bestTotal.toFixed(0)),
    skipped,
    out: out === undefined ? '' : msg('cli.summary.out', { out })[lang],
  })[lang]}\n`;
}
