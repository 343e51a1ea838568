import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { enSlashVi, msg } from '../locales/cli.js';

/** Where a path leads: its real path (links and ".." resolved) and, for a file that exists, its device and inode. */
interface FileIdentity {
  readonly real: string;
  readonly inode: string | undefined;
}

async function identify(path: string): Promise<FileIdentity | undefined> {
  try {
    const real = await realpath(path);
    const s = await stat(real);
    return { real, inode: `${s.dev}:${s.ino}` };
  } catch {
    // A file not there yet: the real path of its directory, and its own name.
    try {
      return { real: join(await realpath(dirname(resolve(path))), basename(path)), inode: undefined };
    } catch {
      return undefined;
    }
  }
}

/**
 * Refuses an output that is one of the inputs — the same path, a symbolic or hard link to it, a ".." path —
 * before anything is read or written (issue #13: `--out roster.csv` once emptied the roster it was reading).
 */
export async function refuseOutputOverInputs(out: string | undefined, inputs: readonly (string | undefined)[]): Promise<void> {
  if (out === undefined) return;
  const target = await identify(out);
  if (!target) return;
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    const source = await identify(input);
    if (!source) continue;
    if (source.real === target.real || (source.inode !== undefined && source.inode === target.inode)) {
      throw new UsageError(enSlashVi(msg('cli.usage.out-is-input', { out, input })));
    }
  }
}
