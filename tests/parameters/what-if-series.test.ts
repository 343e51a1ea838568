import { describe, expect, it } from 'vitest';
import { assess, safeAssess } from '../../src/index.js';

/**
 * What-if overrides on series (src/parameters/overrides.ts): a bare factor value replaces the value the case reads
 * at its version date, whatever that date; a dated row `{ "YYYY-MM-DD": value }` adds a row read by leave date
 * (or replaces the row starting that day).
 */
const leaving = (leaveDate: string) => ({
  id: `W-${leaveDate}`, gender: 'male', birthDate: '1980-03-10', staffType: 'civil-servant', salary: { coefficient: 2.34 },
  insuredMonths: 240, restructuringDate: '2025-08-01', leaveDate,
});
const severance = (a: ReturnType<typeof assess>) => a.outcomes.find((o) => o.policy === 'nd178/art9')!.items.find((i) => i.code === 'severance')!;

describe('what-if overrides of a factor series', () => {
  it('a bare value is read at any version date (amended and original): 5,475,600 × 1 × 60 = 328,536,000', () => {
    for (const ruleset of ['amended', 'original'] as const) {
      const item = severance(assess(leaving('2025-09-01'), { ruleset, parameters: { severanceRateFirst12: '1.0' } }));
      expect(item.amount).toBe('328536000');
      expect(item.citation.note).toContain('what-if override: factors.severanceRateFirst12 = 1.0 (law: 0.8)');
    }
  });

  it('a dated row applies from its day by leave date: before it 0.8 (262,828,800), from it 1.0 (328,536,000)', () => {
    const parameters = { severanceRateFirst12: { '2025-10-01': '1.0' } };
    expect(severance(assess(leaving('2025-09-01'), { parameters })).amount).toBe('262828800');
    const after = assess(leaving('2025-11-01'), { parameters });
    expect(severance(after).amount).toBe('328536000');
    expect(severance(after).citation.verified).toBe(false);
    expect(after.options.parameters).toEqual(parameters);
    expect(after.warnings.map((w) => w.message.en).join(' ')).toContain('factors.severanceRateFirst12.2025-10-01 = 1.0 (new row)');
  });

  it('a key that is neither a day nor "value" is refused, naming the path', () => {
    const r = safeAssess(leaving('2025-09-01'), { parameters: { severanceRateFirst12: { '2025-13-01': '1.0' } } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(['options.parameters.severanceRateFirst12.2025-13-01']);
  });
});
