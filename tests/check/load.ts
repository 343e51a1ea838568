import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckRow } from '../../src/check/index.js';
import { csvGrid } from '../../src/io/grid/index.js';

const dir = resolve(import.meta.dirname, '../fixtures/check');

/** A fixture list read by the grid reader of #15, as the CLI and the web page read it. */
export async function fixtureRows(name: string): Promise<CheckRow[]> {
  const text = readFileSync(resolve(dir, name), 'utf8');
  const rows: CheckRow[] = [];
  for await (const row of csvGrid((async function* () { yield text; })())) rows.push(row);
  return rows;
}

export const fixtureJson = (name: string): unknown => JSON.parse(readFileSync(resolve(dir, name), 'utf8'));
