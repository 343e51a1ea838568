import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess, safeAssess } from '../../src/index.js';
import { staffCase } from '../property/arbitraries.js';

/**
 * Time-zone and clock independence over generated cases (common.md §1). Three guards:
 *
 * 1. In-process: Node re-reads `process.env.TZ` when it is assigned, so the same case is assessed under
 *    several zones (UTC+14, UTC−11, half-hour and DST zones) in one process and the full outputs compared.
 * 2. Across processes: `npm test` runs this folder under the machine's TZ, TZ=Pacific/Kiritimati and
 *    TZ=America/Los_Angeles. A fixed-seed sample (dates built from integers, so the same in every zone)
 *    plus day-of-month edge cases is assessed, and the date-bearing projection of each result (policy,
 *    eligibility, refusal code, amounts, pension month, months early, window, regime…; not the wording,
 *    not policies added later) is hashed and compared with property-tz.snapshot.json, written under
 *    TZ=UTC. A mismatch is re-checked under TZ=UTC in-process to tell a time-zone dependence from an
 *    intended change of the Decree 178 results.
 * 3. Clock: the output does not move when the system clock does.
 *
 * To rewrite the snapshot after an intended change of Decree 178 results (or of the generator / fast-check):
 *   TZ=UTC UPDATE_TZ_SNAPSHOT=1 npx vitest run tests/tz/property-tz.test.ts
 */
const SNAPSHOT = join(import.meta.dirname, 'property-tz.snapshot.json');
const SEED = 20250315;
const COUNT = 300;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** Day-of-month edges the month-index arithmetic must survive in every zone: month ends, 29 Feb, anniversaries. */
function dayEdgeCases(): { input: Record<string, unknown>; options?: Record<string, unknown> }[] {
  const base = {
    gender: 'male', birthDate: '1966-01-31', staffType: 'civil-servant',
    salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 }, insuredMonths: 264,
  };
  const out: { input: Record<string, unknown>; options?: Record<string, unknown> }[] = [];
  const pairs: [string, string][] = [
    ['2024-02-29', '2025-02-28'], ['2024-02-29', '2025-03-01'], ['2025-01-31', '2026-01-31'], ['2025-01-31', '2026-01-30'],
    ['2025-03-31', '2026-03-31'], ['2025-12-31', '2026-12-31'], ['2025-06-30', '2025-07-01'], ['2025-06-30', '2025-06-30'],
    ['2025-02-28', '2026-02-28'], ['2025-08-31', '2025-08-31'], ['2025-01-01', '2025-12-31'], ['2025-01-01', '2026-01-01'],
  ];
  for (const [r, l] of pairs) {
    for (const windowAnniversary of ['outside', 'inside']) {
      out.push({ input: { ...base, id: `edge-${r}-${l}`, restructuringDate: r, leaveDate: l }, options: { windowAnniversary } });
    }
  }
  for (const birthDate of ['1966', '1966-12', '1970-02-28', '1972-02-29', '1968-12-31']) {
    out.push({ input: { ...base, gender: 'female', birthDate, id: `birth-${birthDate}`, restructuringDate: '2025-03-01', leaveDate: '2025-10-31' } });
  }
  // Leave dates on every day of a few months, including days 29–31.
  for (const [y, m] of [[2025, 2], [2025, 6], [2025, 12], [2026, 6], [2027, 2]] as const) {
    for (let d = 1; d <= daysIn(y, m); d += 3) {
      out.push({ input: { ...base, id: `day-${y}-${m}-${d}`, restructuringDate: '2025-01-31', leaveDate: `${y}-${pad(m)}-${pad(d)}` } });
    }
  }
  return out;
}

function sample() {
  const generated = fc.sample(staffCase, { seed: SEED, numRuns: COUNT }).map((input) => ({ input, options: undefined as Record<string, unknown> | undefined }));
  return [...generated, ...dayEdgeCases()];
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The Decree 178 policies whose results the snapshot pins (others may be added to the engine later). */
const PINNED = new Set(['nd178/art7', 'nd178/art7a', 'nd178/art7b', 'nd178/art9', 'nd178/art10']);
/** Facts that come from date arithmetic: a time-zone slip would move one of these. */
const DATE_FACTS = [
  'leaveMonth', 'leaveDateNotFirstOfMonth', 'birthDateAssumed', 'statutoryPensionStart', 'retirementAge', 'annexIIPensionStart',
  'monthsEarly', 'yearsEarly', 'monthsToRetirementAge', 'band', 'window', 'windowStart', 'windowEnd', 'insuranceRegime',
  'pensionEligible', 'insuredYears', 'severanceMonths', 'baseSalaryMonth', 'baseSalary', 'monthlySalary',
];

/** The date-bearing projection of a result: amounts and date facts, not the wording. */
function projection(input: unknown, options: Record<string, unknown> | undefined): string {
  // The base-salary table as known through 2027-06-30, as when the snapshot was written: a base salary decreed later
  // changes what leaves after it are paid, not how dates are read in a time zone, so it must not move the snapshot.
  const r = safeAssess(input, { ...options, baseSalaryKnownThrough: '2027-06-30' });
  if (!r.ok) return JSON.stringify({ invalid: r.error.issues.map((i) => i.path) });
  return JSON.stringify(
    r.value.outcomes
      .filter((o) => PINNED.has(o.policy))
      .map((o) => ({
        policy: o.policy,
        eligible: o.eligible,
        refusal: o.refusal?.code ?? null,
        total: o.total,
        items: o.items.map((i) => [i.code, i.amount]),
        facts: DATE_FACTS.map((k) => o.facts[k] ?? null),
      })),
  );
}

/** Runs `f` with `process.env.TZ` set to `tz` (Node re-reads it on assignment), then restores it. */
function inZone<T>(tz: string | undefined, f: () => T): T {
  const saved = process.env.TZ;
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
  try {
    return f();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

interface Snapshot {
  readonly note: string;
  readonly seed: number;
  readonly count: number;
  readonly inputsSha256: string;
  readonly outputsSha256: string;
  readonly perCase: readonly string[];
}

describe(`time-zone independence (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('Node honours a TZ assigned at run time (the in-process property relies on it)', () => {
    const offset = (tz: string) => inZone(tz, () => new Date(2025, 0, 1).getTimezoneOffset());
    expect(offset('Pacific/Kiritimati')).toBe(-840);
    expect(offset('America/Los_Angeles')).toBe(480);
  });

  const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Australia/Lord_Howe', 'America/St_Johns'];
  test.prop([staffCase, fc.constantFrom('outside', 'inside' as const)], { numRuns: 60 })('the full output is the same in seven time zones, in one process', (c, windowAnniversary) => {
    const outputs = zones.map((tz) => inZone(tz, () => JSON.stringify(assess(c, { windowAnniversary }))));
    for (let i = 1; i < zones.length; i++) expect(outputs[i], `${zones[i]} vs UTC`).toBe(outputs[0]);
  });

  it('assesses the fixed sample to the same Decree 178 results as the snapshot written under TZ=UTC', () => {
    const cases = sample();
    const inputsSha256 = sha(JSON.stringify(cases));
    const outputs = cases.map(({ input, options }) => projection(input, options));
    const perCase = outputs.map((o) => sha(o).slice(0, 16));
    const current: Snapshot = {
      note: 'Written by tests/tz/property-tz.test.ts under TZ=UTC; see that file to rewrite it.',
      seed: SEED,
      count: cases.length,
      inputsSha256,
      outputsSha256: sha(outputs.join('\n')),
      perCase,
    };
    if (process.env.UPDATE_TZ_SNAPSHOT === '1') {
      expect(process.env.TZ, 'write the snapshot under TZ=UTC').toBe('UTC');
      writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 1)}\n`);
      return;
    }
    expect(existsSync(SNAPSHOT), `missing ${SNAPSHOT}; create it with TZ=UTC UPDATE_TZ_SNAPSHOT=1`).toBe(true);
    const stored = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
    // A different input hash means the generator (or fast-check) changed, not the time zone.
    expect(current.inputsSha256, 'the fixed-seed sample changed: rewrite the snapshot (see the file header)').toBe(stored.inputsSha256);
    const differing = perCase.flatMap((h, i) => (h === stored.perCase[i] ? [] : [i]));
    if (differing.length > 0) {
      // Same results under UTC in this process → the engine changed on purpose or not, but not because of the zone.
      const utcAgrees = differing.filter((i) => sha(inZone('UTC', () => projection(cases[i]!.input, cases[i]!.options))).slice(0, 16) === stored.perCase[i]);
      const report = differing.slice(0, 10).map((i) => `#${i} ${JSON.stringify(cases[i]!.input)}`);
      if (utcAgrees.length > 0) {
        expect.fail(`${utcAgrees.length} case(s) match the UTC snapshot under TZ=UTC but not under TZ=${process.env.TZ}: the result depends on the time zone.\n${report.join('\n')}`);
      }
      expect.fail(`${differing.length} case(s) differ from the snapshot under TZ=UTC too: the Decree 178 results changed (not a time-zone problem). ` +
        `If intended, rewrite the snapshot: TZ=UTC UPDATE_TZ_SNAPSHOT=1 npx vitest run tests/tz/property-tz.test.ts\n${report.join('\n')}`);
    }
    expect(current.outputsSha256).toBe(stored.outputsSha256);
  });
});

describe('clock independence', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The result must not depend on today's date either: move the system clock far both ways. */
  test.prop([staffCase, fc.constantFrom('1999-12-31T23:59:59Z', '2025-07-01T00:00:00Z', '2041-02-28T12:00:00Z')], { numRuns: 40 })(
    'the same output whatever the system clock says',
    (c, now) => {
      const real = JSON.stringify(assess(c));
      vi.useFakeTimers({ now: new Date(now) });
      const faked = JSON.stringify(assess(c));
      vi.useRealTimers();
      expect(faked).toBe(real);
    },
  );
});
