import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';

/**
 * `npm test` runs this folder again under TZ=Pacific/Kiritimati (UTC+14) and TZ=America/Los_Angeles
 * (UTC−8/−7), together with the golden suite: results must not depend on the machine's time zone
 * (common.md §1).
 */
describe(`time-zone independence (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('computes O1 to the đồng whatever the time zone', () => {
    const a = assess({
      id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    });
    expect(a.outcomes[0]!.total).toBe('744778125');
    expect(a.outcomes[0]!.facts.statutoryPensionStart).toBe('2027-11');
  });
});
