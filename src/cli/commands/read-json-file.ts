import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputOutputError, isSystemError } from '../errors.js';
import { describeSystemError } from '../input-source.js';
import { enSlashVi, msg } from '../../locales/cli.js';

/** The text of a file, with a readable error naming it. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(path, e)) : e;
  }
}

/** A JSON file, parsed; a syntax error names the file. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputOutputError(`${path}: ${enSlashVi(msg('cli.input.not-json'))} (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * The files named, with a directory standing for the .json files in it and in its subfolders, sorted by
 * path (golden cases live beside their article: `vnse test src/policies` runs them all).
 */
export async function expandJsonFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (e) {
      throw isSystemError(e) ? new InputOutputError(describeSystemError(path, e)) : e;
    }
    if (!isDirectory) out.push(path);
    else out.push(...(await jsonFilesUnder(path)));
  }
  return out;
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
