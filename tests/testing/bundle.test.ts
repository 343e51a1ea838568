import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; these tests read the built ./testing entry (a computed path: dist/ may not exist when type-checking).
const dist = resolve(import.meta.dirname, '../../dist');
const whatIf = readFileSync(join(import.meta.dirname, 'cases', 'what-if.json'), 'utf8');

interface TestingModule {
  runPolicyTestFile(json: unknown): { passed: number; failed: number };
  policyMatchers: Record<string, unknown>;
  aCase(): { build(): unknown };
}

describe('the built ./testing entry', () => {
  it('runs a policy-test file from ESM and from CJS', async () => {
    const esm = (await import(pathToFileURL(join(dist, 'testing.js')).href)) as TestingModule;
    const cjs = createRequire(import.meta.url)(join(dist, 'testing.cjs')) as TestingModule;
    for (const lib of [esm, cjs]) {
      expect(lib.runPolicyTestFile(whatIf)).toMatchObject({ passed: 2, failed: 0 });
      expect(Object.keys(lib.policyMatchers).sort()).toEqual(['toBeEligible', 'toBeRefused', 'toHaveBest', 'toHaveItem', 'toHaveTotal']);
      expect(lib.aCase().build()).toMatchObject({ birthDate: '1966-01-15' });
    }
  });

  it('never loads vitest at run time (an optional peer), but types the matchers for it', () => {
    for (const file of ['testing.js', 'testing.cjs']) expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/["']vitest["']/);
    for (const file of ['testing.d.ts', 'testing.d.cts']) {
      const types = readFileSync(join(dist, file), 'utf8');
      expect(types).toContain("declare module 'vitest'");
      expect(types).toMatch(/toHaveTotal\(policy: string, total: string \| number\): R;/);
    }
    const pkg = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(pkg.exports!['./testing']).toBeDefined();
    expect(pkg.peerDependenciesMeta!.vitest).toEqual({ optional: true });
  });

  it('leaves the rule-book renderer to its own unexported bundle, dist/rule-book.js (issue #14: size)', async () => {
    const testing = (await import(pathToFileURL(join(dist, 'testing.js')).href)) as Record<string, unknown>;
    const ruleBook = (await import(pathToFileURL(join(dist, 'rule-book.js')).href)) as Record<string, unknown>;
    for (const name of ['renderRuleBook', 'renderPolicyCodes', 'readingDocuments']) {
      expect(testing[name], name).toBeUndefined();
      expect(ruleBook[name], name).toBeDefined();
    }
    const pkg = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(Object.keys(pkg.exports).filter((k) => k.includes('rule-book'))).toEqual([]);
    expect(pkg.files).toContain('!dist/rule-book.js');
  });
});
