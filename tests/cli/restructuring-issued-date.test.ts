import { describe, expect, it } from 'vitest';
import { vnse } from './run-cli.js';

/** The input field added by issue #12 (docs/contract-extensions.md) is read from a CSV column like any other. */
describe('restructuringIssuedDate from CSV', () => {
  const header = 'id,gender,birthDate,staffType,monthlySalary,insuredMonths,restructuringDate,restructuringIssuedDate,leaveDate';
  const row = (issued: string) => `R-1,male,1966-01-15,civil-servant,15356250,264,2025-06-01,${issued},2025-05-01`;

  it('decides the "after-issue-only" reading: signed before the leave → paid, after it → refused', async () => {
    const run = async (issued: string) => {
      const r = await vnse(['assess', '-', '--format', 'json', '--option', 'leaveBeforeRestructuring=after-issue-only'], `${header}\n${row(issued)}\n`);
      expect(r.status, r.stderr).toBe(0);
      const [a] = JSON.parse(r.stdout) as { best: string | null; outcomes: { policy: string; refusal?: { code: string } }[] }[];
      return a!;
    };
    expect((await run('2025-04-15')).best).toBe('nd178/art7');
    const refused = await run('2025-05-15');
    expect(refused.best).toBeNull();
    expect(refused.outcomes.find((o) => o.policy === 'nd178/art7')!.refusal!.code).toBe('leave-before-restructuring');
  });
});
