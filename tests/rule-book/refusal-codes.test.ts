import { fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import { optionsOf, parsePolicyTestFile } from '../../src/testing/index.js';
import { declaredPolicies } from '../../src/testing/rule-book/index.js';
import { goldenFiles } from '../golden/golden-files.js';
import { staffCase } from '../property/arbitraries.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * The rule book lists each article's conditions with the refusal code each gives (issue #14): the code keeps its
 * own refusal functions, so this checks that every refusal an article returns is one of its declared
 * conditions' codes (its rule book, <article>/rule-book.ts), over the golden inputs and the property tests' generator
 * under several option sets.
 */
const declared = new Map(declaredPolicies().map((d) => [d.code, new Set(d.conditions.flatMap((c) => (c.refusal ? [c.refusal] : [])))]));

const optionSets: readonly (Record<string, unknown> | undefined)[] = [
  undefined,
  { windowAnniversary: 'inside', resignationAge: 'lowest-applicable' },
  { ruleset: 'original', u2WindowForArmedForces: false },
  { applyEligibilityFilter: false, ignoreExcludedAllowances: true, nd177PointK: true, congressMonthCount: 'complete-months', art11StartMonth: 'next-month' },
  { leaveBeforeRestructuring: 'refuse' },
  { leaveBeforeRestructuring: 'after-issue-only' },
];

/** Adds the undeclared refusals of one case to `out`; returns how many refusals it saw. */
function undeclared(input: unknown, options: unknown, where: string, out: Set<string>): number {
  const r = safeAssess(input, options as Parameters<typeof safeAssess>[1]);
  if (!r.ok) return 0;
  let refusals = 0;
  for (const o of r.value.outcomes) {
    if (!o.refusal) continue;
    refusals++;
    if (!declared.get(o.policy)?.has(o.refusal.code)) out.add(`${o.policy}: ${o.refusal.code} (${where})`);
  }
  return refusals;
}

describe('every refusal an article returns is one of its declared conditions', () => {
  it('over the golden cases', () => {
    const out = new Set<string>();
    let refusals = 0;
    for (const file of goldenFiles()) {
      for (const c of parsePolicyTestFile(readFileSync(join(root, file), 'utf8')).cases) refusals += undeclared(c.input, optionsOf(c), `${file}: ${c.name}`, out);
    }
    expect(refusals).toBeGreaterThan(50);
    expect([...out]).toEqual([]);
  });

  it('over the property generator, under several option sets', () => {
    const out = new Set<string>();
    const sample = fc.sample(staffCase, { seed: 14, numRuns: 4000 });
    for (const [k, options] of optionSets.entries()) {
      let refusals = 0;
      for (const c of sample) refusals += undeclared(c, options, `option set ${k}`, out);
      expect(refusals, `option set ${k} is valid and refuses some cases`).toBeGreaterThan(100);
    }
    expect([...new Set([...out].map((x) => x.replace(/ \(.*\)$/, '')))]).toEqual([]);
  });
});
