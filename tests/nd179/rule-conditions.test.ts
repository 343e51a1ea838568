import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeAssess179, safeSchedule179 } from '../../src/index.js';
import { nd179Allowances } from '../../src/testing/rule-book/index.js';
import { parsePolicyTestFile } from '../../src/testing/index.js';
import { goldenFiles, inRepository } from '../golden/golden-files.js';

/**
 * The rule-book page of each Decree 179 allowance lists its conditions with the refusal codes each gives
 * (`ruleConditions`, src/policies/nd179/common/rule-conditions.ts): the checks keep their own refusal functions, so
 * this checks that every refusal an allowance reports (the outcome's, every one of `refusals`, each refused month)
 * is one it lists, over the golden inputs under the readings the identity check runs (scripts/identity179.mjs).
 */
const declared = new Map(nd179Allowances.map((p) => [p.code, new Set(p.ruleConditions.flatMap((c) => c.refusals))]));

const variants: readonly Record<string, unknown>[] = [
  {},
  { proration: 'whole-months', salaryChangeInMonth: 'split-by-days', fiveYearCount: 'civil-code', youthAge: 'until-30th-birthday',
    talentAllowanceBase: 'coefficient-only', graduateAllowanceBase: 'including-allowances', decree140Transition: 'not-covered', baseSalaryKnownThrough: '2026-06-30' },
  { baseSalary: [{ from: '2026-01-01', amount: '2500000' }] },
  { at: '2040-01-01' },
];

describe('every refusal a Decree 179 allowance reports is one of its listed conditions', () => {
  it('over the golden cases and several readings', () => {
    const out = new Set<string>();
    const seen = new Set<string>();
    const note = (policy: string, code: string, where: string) => {
      seen.add(code);
      if (!declared.get(policy)?.has(code)) out.add(`${policy}: ${code} (${where})`);
    };
    for (const file of goldenFiles().filter((p) => p.startsWith('src/policies/nd179/'))) {
      for (const c of parsePolicyTestFile(readFileSync(inRepository(file), 'utf8'), file).cases) {
        const own = (c.options ?? {}) as Record<string, unknown>;
        const { from = '2024-01-01', to = '2031-12-31', ...rest } = own;
        for (const v of variants) {
          const { at, ...schedOptions } = { ...rest, ...v } as Record<string, unknown>;
          const a = safeAssess179(c.input, { ...rest, ...v });
          if (a.ok) {
            for (const o of a.value.outcomes) {
              if (o.refusal) note(o.policy, o.refusal.code, c.name);
              for (const code of (o.facts.refusals as string[] | undefined) ?? []) note(o.policy, code, c.name);
            }
          }
          void at;
          const s = safeSchedule179(c.input, { ...schedOptions, from, to } as Parameters<typeof safeSchedule179>[1]);
          if (s.ok) {
            for (const sch of s.value.schedules) {
              for (const r of sch.refusals) note(sch.policy, r.code, c.name);
              for (const row of sch.rows) if (row.refusal) note(sch.policy, row.refusal.code, c.name);
            }
          }
        }
      }
    }
    expect([...out]).toEqual([]);
    // The golden cases reach most of the codes listed (a guard against a loop that sees nothing).
    expect(seen.size).toBeGreaterThan(20);
  });
});
