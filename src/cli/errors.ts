import { enSlashVi, msg } from '../locales/cli.js';

/** A command line the CLI cannot run (unknown flag, missing file argument…): exit code 1 with a hint. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An input or output the CLI cannot read or write (missing file, malformed JSON/CSV structure): exit code 1. */
export class InputOutputError extends Error {
  override readonly name = 'InputOutputError';
}

/** The reader of our output went away (`vnse … | head`): stop quietly. */
export class BrokenPipeError extends Error {
  override readonly name = 'BrokenPipeError';
}

/** Node's system errors (ENOENT, EACCES…) carry a `code` and a readable message. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * A run that failed after its output file was opened: the output was given up (its temporary file removed)
 * and the file named by `--out` is as it was before the run. The message says so after the cause's.
 */
export class OutputNotWrittenError extends Error {
  override readonly name = 'OutputNotWrittenError';
  constructor(readonly reason: unknown, readonly out: string, readonly existed: boolean) {
    super(reason instanceof Error ? reason.message : String(reason));
  }

  note(): string {
    return this.existed
      ? `${this.out}: ${enSlashVi(msg('cli.output.not-written-kept'))}`
      : `${this.out}: ${enSlashVi(msg('cli.output.not-written-none'))}`;
  }
}
