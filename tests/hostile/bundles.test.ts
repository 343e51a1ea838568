import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built bundles (npm test builds first) never evaluate code from strings: no `eval(`, no
 * `new Function`, no `Function(...)` call. Spreadsheet hosts (Apps Script, Excel's runtime) and strict CSPs
 * forbid it, and a library that assesses untrusted HR files has no reason to. zod's JIT uses
 * `new Function`; the library keeps zod external and the spreadsheet bundles are built without it.
 */
const dist = resolve(import.meta.dirname, '../../dist');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(c?js|mjs|gs)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Code from strings, however it is spelled in minified output. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['indirect eval', /\(\s*0\s*,\s*eval\s*\)|\b(?:globalThis|window|self|global)\s*(?:\.\s*eval\b|\[\s*["'`]eval["'`]\s*\])/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function(…) call', /(?<![\w$.])Function\s*\(/],
  ['constructor of a function', /\.constructor\s*\(\s*["'`]/],
];

describe('no code evaluated from strings in the built bundles', () => {
  it('the patterns catch what they are meant to catch, and not look-alikes', () => {
    const hits = (code: string) => FORBIDDEN.filter(([, re]) => re.test(code)).map(([name]) => name);
    expect(hits('x=eval("1")')).toEqual(['eval(']);
    expect(hits('var f = new Function("a", "return a")')).toEqual(['new Function', 'Function(…) call']);
    expect(hits('const f=Function("return this")()')).toEqual(['Function(…) call']);
    expect(hits('(0,eval)("x")')).toEqual(['indirect eval']);
    expect(hits('globalThis["eval"]("x")')).toEqual(['indirect eval']);
    expect(hits('(()=>{}).constructor("return 1")')).toEqual(['constructor of a function']);
    expect(hits('evaluateArt7(ctx); retrieval(x); obj.eval(y); isFunction(z); myFunction(1)')).toEqual([]);
  });

  it('dist/ is built (npm test builds before running the suites)', () => {
    expect(existsSync(join(dist, 'index.js')), 'run npm run build').toBe(true);
  });

  const all = existsSync(dist) ? files(dist) : [];
  it.each(all.map((f) => [relative(dist, f), f] as const))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const found = FORBIDDEN.flatMap(([name, re]) => {
      const m = new RegExp(re.source, `${re.flags}g`).exec(code);
      return m ? [`${name} at ${m.index}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`] : [];
    });
    expect(found).toEqual([]);
  });

  it('covers the library, the CLI and, when built, the spreadsheet bundles', () => {
    const names = all.map((f) => relative(dist, f).split('\\').join('/'));
    for (const required of ['index.js', 'index.cjs', 'schema.js', 'cli.js']) expect(names).toContain(required);
    if (existsSync(join(dist, 'sheets'))) expect(names.some((n) => n.startsWith('sheets/'))).toBe(true);
  });
});
