import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { safeAssess, type Assessment, type Outcome } from '../../src/index.js';
import { firstOfMonth, possibleHistory, staffCase, type CaseInput } from './arbitraries.js';

/**
 * Properties of the issue #12 readings over random Decree 178 cases (tests/property/arbitraries.ts, varied
 * here; the shared generator itself is left as it is, so the fixed-seed samples of the other suites do not
 * move): leaves before and after the restructuring decision (D11), the window's anniversary (D1), and the
 * groups of Art 2 cl. 2 (D21) and cl. 4 (D26).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

function ok(input: unknown, options?: Parameters<typeof safeAssess>[1]): Assessment {
  const r = safeAssess(input, options);
  if (!r.ok) throw new Error(`generator produced an invalid case: ${JSON.stringify(r.error.issues)}\n${JSON.stringify(input)}`);
  return r.value;
}

const outcome = (a: Assessment, policy: string): Outcome | undefined => a.outcomes.find((o) => o.policy === policy);
const monthIndexOf = (yyyyMm: string) => { const [y, m] = yyyyMm.split('-').map(Number) as [number, number]; return y * 12 + m - 1; };
const RESIGNATION = ['nd178/art9', 'nd178/art10'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The 13th-month rate is cited as cl. 1 point b (Art 7 one-off pension, Art 9/10 severance). */
function usesThirteenthMonthRate(o: Outcome): boolean {
  return o.items.some((i) => (i.code === 'one-off-pension' || i.code === 'severance') && i.citation.clause === '1' && i.citation.point === 'b');
}

/**
 * A case moved to another leave date keeps a possible insurance history for that date (decision D40: no more
 * insured months than the months since the age of 15), as the generator does for its own dates.
 */
const movedTo = (c: CaseInput, leaveDate: string): CaseInput =>
  ({ ...c, leaveDate, ...possibleHistory(c as unknown as Parameters<typeof possibleHistory>[0], leaveDate) }) as CaseInput;

/** Every leaving policy of the group is listed (the generator's `route` may hide some). */
const allRoutes = (c: CaseInput): CaseInput => ({ ...c, route: 'auto' });

/** A directly affected case (Art 2 cl. 1) whose leave date is 1–24 months before the decision takes effect. */
const leaveBeforeDecision = fc.tuple(staffCase, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 24 })).map(([c, before, leaveOffset]) => {
  const leaveIndex = 2025 * 12 + leaveOffset;
  return allRoutes({ ...movedTo(c, firstOfMonth(leaveIndex)), group: 'directly-affected', restructuringDate: firstOfMonth(leaveIndex + before) });
});

/** A directly affected case leaving exactly on the anniversary of the decision (any day of the month). */
const onAnniversary = fc.tuple(staffCase, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 1 })).map(([c, month, day, later]) => {
  const r = `2025-${pad(month + 1)}-${pad(day)}`;
  // `later`: one month after the anniversary, which is the 13th month under both readings.
  const leaveMonth = 2026 * 12 + month + later;
  const leaveDate = `${Math.floor(leaveMonth / 12)}-${pad((leaveMonth % 12) + 1)}-${pad(day)}`;
  return { ...allRoutes(movedTo(c, leaveDate)), group: 'directly-affected', restructuringDate: r, later: later === 1 };
});

describe('a leave before the restructuring decision takes effect (D11)', () => {
  test.prop([leaveBeforeDecision], { numRuns: RUNS })('default: never the 13th-month rate; paid outcomes say so; the case is warned', (c) => {
    const a = ok(c);
    expect(a.warnings.map((w) => w.code)).toContain('leave-before-restructuring');
    for (const o of a.outcomes.filter((x) => x.eligible && (x.policy === 'nd178/art7' || RESIGNATION.includes(x.policy)))) {
      expect(usesThirteenthMonthRate(o), JSON.stringify(o.items)).toBe(false);
      expect(o.facts).toMatchObject({ window: 'first-12-months', leaveBeforeRestructuring: 'first-12-months', leaveBeforeRestructuringRate: 'first-12-months' });
    }
    for (const o of a.outcomes) expect(o.refusal?.code).not.toBe('leave-before-restructuring');
  });

  test.prop([leaveBeforeDecision], { numRuns: RUNS })('"refuse": Art 7, 9 and 10 are never paid, and no warning says they are', (c) => {
    const a = ok(c, { leaveBeforeRestructuring: 'refuse' });
    expect(a.warnings.map((w) => w.code)).not.toContain('leave-before-restructuring');
    for (const o of a.outcomes.filter((x) => x.policy === 'nd178/art7' || RESIGNATION.includes(x.policy))) expect(o.eligible).toBe(false);
  });

  test.prop([leaveBeforeDecision, fc.boolean()], { numRuns: RUNS })('"after-issue-only": paid only from the signing day, refused before it', (c, signedOnLeaveDay) => {
    // Signed on the leave day itself, or only on the day the decision takes effect (after the leave).
    const issued = signedOnLeaveDay ? c.leaveDate : c.restructuringDate as string;
    const a = ok({ ...c, restructuringIssuedDate: issued }, { leaveBeforeRestructuring: 'after-issue-only' });
    const signedBeforeLeave = signedOnLeaveDay;
    for (const o of a.outcomes.filter((x) => x.policy === 'nd178/art7' || RESIGNATION.includes(x.policy))) {
      if (!signedBeforeLeave) expect(o.eligible).toBe(false);
      if (o.eligible) expect(usesThirteenthMonthRate(o)).toBe(false);
    }
  });

  test.prop([staffCase], { numRuns: RUNS })('a leave on or after the decision never gets the D11 warning or facts', (c) => {
    const a = ok(allRoutes(c));
    expect(a.warnings.map((w) => w.code)).not.toContain('leave-before-restructuring');
    for (const o of a.outcomes) expect(o.facts.leaveBeforeRestructuring).toBeUndefined();
  });
});

describe('the anniversary of the decision (D1)', () => {
  test.prop([onAnniversary], { numRuns: RUNS })('inside by default, outside with the option; a month later is the 13th month either way', ({ later, ...c }) => {
    for (const reading of ['inside', 'outside'] as const) {
      const a = ok(c, reading === 'inside' ? undefined : { windowAnniversary: 'outside' });
      for (const o of a.outcomes.filter((x) => x.eligible && (x.policy === 'nd178/art7' || RESIGNATION.includes(x.policy)))) {
        const expected = later || reading === 'outside' ? 'from-13th-month' : 'first-12-months';
        expect(o.facts.window, `${reading} ${c.restructuringDate} → ${c.leaveDate}`).toBe(expected);
      }
    }
  });
});

describe('Art 2 cl. 2: the 5-year limit covers the whole group (D21)', () => {
  test.prop([staffCase], { numRuns: RUNS * 2 })('Art 7a never pays anyone with more than 60 months to the retirement age, civil staff included', (c) => {
    const a = ok(allRoutes({ ...c, group: 'not-directly-affected' }));
    const o = outcome(a, 'nd178/art7a')!;
    const start = o.facts.statutoryPensionStart;
    if (typeof start !== 'string') return;
    const toAge = monthIndexOf(start) - monthIndexOf(c.leaveDate.slice(0, 7));
    if (o.eligible) expect(toAge, `${c.staffType}`).toBeLessThanOrEqual(60);
    // Beyond the limit the refusal is the group's, unless a check shared by every policy refused first.
    const sharedFirst = ['base-salary-unknown', 'base-salary-out-of-table', 'excluded-by-guidance'];
    if (toAge > 60 && !sharedFirst.includes(o.refusal!.code)) expect(o.refusal!.code, `${c.staffType} ${toAge} months`).toBe('group-not-covered');
  });
});

describe('Art 2 cl. 4: Art 7b checks the sub-group (D26)', () => {
  test.prop([staffCase], { numRuns: RUNS })('never paid without decree177Clause', (c) => {
    const a = ok(allRoutes({ ...c, group: 'decree-177-cadre' }));
    const o = outcome(a, 'nd178/art7b')!;
    expect(o.eligible).toBe(false);
  });

  test.prop([staffCase, fc.integer({ min: -24, max: 96 })], { numRuns: RUNS * 2 })('a Decree 177 cl. 4 cadre is paid only with 30–60 months from the congress; ≤ 6 months warns', (c, offset) => {
    const leave = monthIndexOf(c.leaveDate.slice(0, 7));
    const congress = firstOfMonth(leave + offset);
    const staffType = c.staffType === 'officer' || c.staffType === 'professional-soldier' || c.staffType === 'police' || c.staffType === 'cipher' || c.staffType === 'defence-worker' || c.staffType === 'defence-official' ? c.staffType : 'cadre';
    const a = ok(allRoutes({ ...c, staffType, group: 'decree-177-cadre', decree177Clause: 4, congressDate: congress }));
    const o = outcome(a, 'nd178/art7b')!;
    const start = a.outcomes[0]!.facts.statutoryPensionStart;
    if (typeof start !== 'string') return;
    const fromCongress = monthIndexOf(start) - (leave + offset);
    if (fromCongress < 30 || fromCongress > 60) expect(o.eligible, `${fromCongress} months`).toBe(false);
    if (o.eligible) expect(fromCongress).toBeGreaterThanOrEqual(30);
    expect(a.warnings.some((w) => w.code === 'decree-177-excluded-art7b')).toBe(fromCongress <= 6);
  });
});
