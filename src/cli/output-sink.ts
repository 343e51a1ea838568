import { createWriteStream, existsSync, unlinkSync } from 'node:fs';
import { access, chmod, constants, realpath, rename, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { BrokenPipeError, InputOutputError, isSystemError, OutputNotWrittenError } from './errors.js';
import { describeSystemError } from './input-source.js';
import { escapeControls } from './format/terminal-text.js';

/** Where text output goes: standard output or a file, written with back-pressure so memory stays flat. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Finishes the output: for a file, flushes the temporary file and renames it over the target. */
  close(): Promise<void>;
  /** Gives the output up after a failure: a temporary file is removed, the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * A temporary file beside the target (same directory, so the rename is atomic on one file system), with a
 * name no other run takes: `.name.<pid>.<random>.tmp`.
 */
export function temporaryPathFor(out: string): string {
  return join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The file a run replaces: `out`, or the file a symbolic link `out` leads to (the link stays a link), and
 * the permissions the new file keeps from the old one.
 */
export async function outputTarget(out: string): Promise<{ path: string; mode: number | undefined }> {
  let path: string;
  let mode: number;
  try {
    path = await realpath(out);
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR', syscall: 'open' });
    mode = s.mode & 0o7777;
    // A file the user may not write is not replaced behind its back (the rename alone would allow it).
    await access(path, constants.W_OK);
  } catch (e) {
    if (isSystemError(e) && e.code === 'ENOENT') return { path: out, mode: undefined };
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
  return { path, mode };
}

/**
 * Temporary files not yet renamed or removed, so that an interrupted run (Ctrl-C) removes them too
 * (main.ts); a leftover would never look like a result, but it would be litter beside the user's files.
 */
const pendingTemporaries = new Set<string>();

export function removePendingTemporaries(): void {
  for (const path of pendingTemporaries) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  pendingTemporaries.clear();
}

export function trackTemporary(path: string): void {
  pendingTemporaries.add(path);
}

/** Replaces the target with the finished temporary file; on failure the temporary file is removed. */
export async function commitTemporary(temp: string, target: { path: string; mode: number | undefined }, out: string): Promise<void> {
  try {
    if (target.mode !== undefined) await chmod(temp, target.mode);
    await rename(temp, target.path);
    pendingTemporaries.delete(temp);
  } catch (e) {
    await removeQuietly(temp);
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
}

export async function removeQuietly(path: string): Promise<void> {
  pendingTemporaries.delete(path);
  try {
    await unlink(path);
  } catch {
    // Already gone, or never created.
  }
}

interface OutputFile {
  readonly out: string;
  readonly temp: string;
  readonly target: { path: string; mode: number | undefined };
}

function sinkOver(stream: Writable, name: string, file: OutputFile | undefined, filter: (text: string) => string): TextSink {
  let failure: Error | null = null;
  let finished = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    failure = e.code === 'EPIPE' ? new BrokenPipeError('output closed') : isSystemError(e) ? new InputOutputError(describeSystemError(name, e)) : e;
  });
  const check = () => {
    if (failure) throw failure;
  };
  const ended = () => new Promise<void>((resolve) => {
    if (stream.closed) return resolve(); // the file descriptor is closed: the temporary file can be renamed or removed
    stream.once('close', resolve);
    stream.once('error', () => resolve());
  });
  return {
    async write(text) {
      check();
      if (!stream.write(filter(text))) {
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
      if (!file) return;
      stream.end();
      await ended();
      if (failure) {
        await removeQuietly(file.temp);
        throw failure;
      }
      await commitTemporary(file.temp, file.target, file.out);
      finished = true;
    },
    async abort() {
      if (!file || finished) return;
      stream.destroy();
      await ended();
      await removeQuietly(file.temp);
    },
  };
}

/**
 * Opens `--out` or standard output. A file is written to a temporary file beside it and renamed over it by
 * `close()` only after everything was written, so a run that fails keeps the previous file and never leaves
 * a partial one that looks complete. A directory that cannot be written fails here, before any input is read.
 * `terminal` text (table and text reports) has its control characters escaped (format/terminal-text.ts).
 */
export async function openSink(out: string | undefined, stdout: Writable, terminal = false): Promise<TextSink> {
  const filter = terminal ? escapeControls : (text: string) => text;
  if (out === undefined) return sinkOver(stdout, 'stdout', undefined, filter);
  const target = await outputTarget(out);
  const temp = temporaryPathFor(target.path);
  trackTemporary(temp);
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await once(stream, 'ready');
  } catch (e) {
    pendingTemporaries.delete(temp);
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
  return sinkOver(stream, out, { temp, out, target }, filter);
}

/**
 * Runs the work of a command that writes `out`: when it fails, the output is given up (`abort`) and the
 * error says that `out` was not written and what became of it.
 */
export async function guardOutput<T>(out: string | undefined, abort: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    await abort();
    if (out === undefined || e instanceof BrokenPipeError) throw e;
    throw new OutputNotWrittenError(e, out, existsSync(out));
  }
}
