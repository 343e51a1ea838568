import { describe, expect, it } from 'vitest';
import { compareRulesets } from '../../src/index.js';
import { baseCase } from './helpers.js';

describe('top-up from the original to the amended Decree 178 (d178.md transitional rules)', () => {
  it('is zero before 1 Jul 2025, where both texts pay 5 + 0.5 × (N − 20)', () => {
    const c = compareRulesets(baseCase());
    expect(c.topUps).toEqual([expect.objectContaining({ policy: 'nd178/art7', originalTotal: '744778125', amendedTotal: '744778125', topUp: '0' })]);
  });

  it('pays the 15-year insured-time difference for a pension from 1 Jul 2025', () => {
    // 25 insured years (300 months): original 5 + 0.5 × 5 = 7.5 months; amended 4 + 0.5 × 10 = 9 months.
    // Difference 1.5 × S = 1.5 × 15,356,250 = 23,034,375.
    const c = compareRulesets(baseCase({ insuredMonths: 300, leaveDate: '2025-07-01' }));
    const art7 = c.topUps.find((t) => t.policy === 'nd178/art7')!;
    expect(BigInt(art7.amendedTotal) - BigInt(art7.originalTotal)).toBe(23034375n);
    expect(art7.topUp).toBe('23034375');
    expect(c.original.rulesetVersion).not.toBe(c.amended.rulesetVersion);
  });
});
