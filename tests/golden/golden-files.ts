import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Every golden file (docs/policy-tests.md), by repository path: the cases beside their article,
 * src/policies/<decree>/<article>/cases.json, then those that cover several articles, tests/golden/cases/*.json.
 */
export function goldenFiles(): string[] {
  const beside = (readdirSync(join(root, 'src/policies'), { recursive: true }) as string[])
    .map((p) => p.split('\\').join('/'))
    .filter((p) => p === 'cases.json' || p.endsWith('/cases.json'))
    .map((p) => `src/policies/${p}`)
    .sort();
  const dir = join(root, 'tests/golden/cases');
  const shared = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => `tests/golden/cases/${f}`) : [];
  return [...beside, ...shared];
}

/** The absolute path of a repository path. */
export const inRepository = (path: string): string => join(root, path);
