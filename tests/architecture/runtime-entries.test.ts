import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from './import-graph.js';

/**
 * What only the rule book prints stays out of the runtime bundles (issue #14): no entry that tsup builds for the
 * library, the CLI, the spreadsheets or the web page reaches, through imports that survive compilation (type-only
 * imports are erased), a rule-book declaration (src/policies/<decree>/<article>/rule-book.ts and their common
 * parts, Decree 179's too), a list of them (src/policies/rule-books.ts, src/engine/rule-books.ts…), the renderer
 * (src/testing/rule-book/) or the rule-book prose (src/locales/rule-book/). Only dist/rule-book.js, the renderer's
 * own bundle (a build tool, not published), carries them.
 */
const root = resolve(import.meta.dirname, '../..');
const RENDERER = 'testing/rule-book/index.ts';

/** Every src/ entry of tsup.config.ts and tsup.web.config.ts, by its path under src/. */
function tsupEntries(): string[] {
  const text = ['tsup.config.ts', 'tsup.web.config.ts'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  return [...new Set([...text.matchAll(/'src\/([\w./-]+\.ts)'/g)].map((m) => m[1]!))].sort();
}

const pageOnly = (path: string): boolean =>
  /(^|\/)rule-books?\.ts$/.test(path) || path.startsWith('testing/rule-book/') || path.startsWith('locales/rule-book/');

const edges = importGraph().filter((e) => !e.typeOnly);

/** The files an entry reaches by value imports, each with the chain that first reached it. */
function reached(entry: string): Map<string, string[]> {
  const out = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const e of edges) {
      if (e.from !== from || out.has(e.to)) continue;
      out.set(e.to, [...out.get(from)!, e.to]);
      queue.push(e.to);
    }
  }
  return out;
}

describe('no runtime entry reaches what only the rule book prints', () => {
  const entries = tsupEntries();

  it('reads the entries tsup builds', () => {
    expect(entries).toEqual([
      'cli/main.ts', 'index.ts', 'schema/index.ts', 'sheets/excel.ts', 'sheets/google.ts', 'sheets/index.ts',
      'testing/index.ts', RENDERER, 'web/list-worker.ts', 'web/main.ts', 'web/xlsx-worker.ts',
    ]);
  });

  it.each(entries.filter((e) => e !== RENDERER))('src/%s', (entry) => {
    const chains = [...reached(entry)].filter(([path]) => pageOnly(path)).map(([, chain]) => chain.join(' -> '));
    expect(chains).toEqual([]);
  });

  it('would see one: the renderer reaches every rule-book declaration', () => {
    const fromRenderer = [...reached(RENDERER).keys()];
    expect(fromRenderer).toContain('policies/rule-books.ts');
    expect(fromRenderer).toContain('policies/nd178/art7/rule-book.ts');
    expect(fromRenderer).toContain('policies/nd178/common/rule-book.ts');
    expect(fromRenderer).toContain('policies/nd179/common/rule-books.ts');
  });
});
