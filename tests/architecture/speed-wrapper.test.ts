import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/engine/memo.js';

/**
 * Speed is one wrapper in the engine (issue #14, src/engine/memo.ts): the article files, the shared rules and the
 * model keep no cache of their own: no memo helper, no Map/WeakMap of answers, no string cache keys.
 */
const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

const CACHE_SIGNS = [/bounded-memo/, /\bboundedCache\b/, /\bmemoPerObject\b/, /\bcachedFactors\b/, /new WeakMap\b/, /new Map<[^>]*,\s*(Outcome|Factors|Citation|Derived)/];

describe('speed lives in the engine wrapper', () => {
  const dirs = ['src/policies', 'src/model', 'src/rules/retirement-age.ts'];
  const files = dirs.flatMap((d) => (d.endsWith('.ts') ? [join(root, d)] : filesUnder(join(root, d))));

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s keeps no cache', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    for (const sign of CACHE_SIGNS) expect(text, `${sign}`).not.toMatch(sign);
  });
});

describe('derive', () => {
  const calls: string[] = [];
  const product = (rate: string, months: number) => {
    calls.push(`${rate}×${months}`);
    return Object.freeze({ value: Number(rate) * months });
  };

  it('computes once per function and arguments, and a different value (a what-if rate) gets its own answer', () => {
    const first = derive(product, '0.8', 30);
    expect(derive(product, '0.8', 30)).toBe(first);
    expect(derive(product, '1.0', 30)).toEqual({ value: 30 });
    expect(derive(product, '0.8', 31)).toEqual({ value: 24.8 });
    expect(first).toEqual({ value: 24 });
    expect(calls).toEqual(['0.8×30', '1.0×30', '0.8×31']);
  });

  it('takes more than four arguments', () => {
    const joined = (...parts: (string | number)[]) => parts.join('+');
    expect(derive(joined, 'a', 'b', 'c', 'd', 'e')).toBe('a+b+c+d+e');
    expect(derive(joined, 'a', 'b')).toBe('a+b');
  });
});
