import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, repoRoot, vnse, vnseInProcess } from './run-cli.js';

const idsOf = (csv: string) => csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]!);

describe('the demo (npm run demo)', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('runs the table of examples/roster.csv', () => {
    expect(pkg.scripts.demo).toMatch(/node dist\/cli\.js assess examples\/roster\.csv --format table/);
  });

  it('succeeds (exit 0) and prints every person of the roster, with a summary', async () => {
    const roster = readFileSync(join(examples, 'roster.csv'), 'utf8');
    const ids = idsOf(roster);
    expect(ids.length).toBeGreaterThanOrEqual(14);
    expect(ids.length).toBeLessThanOrEqual(18);
    const r = await vnse(['assess', 'examples/roster.csv', '--format', 'table']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const id of ids) expect(r.stdout, id).toMatch(new RegExp(`^${id} · `, 'm'));
    // In Vietnamese by default (issue #15): the demo is what an officer sees.
    expect(r.stdout).toMatch(new RegExp(`Số hồ sơ: ${ids.length} · đã xét ${ids.length} · không hợp lệ 0`));
    expect(r.stdout).not.toMatch(/✗ dữ liệu không hợp lệ/);
  });

  it('covers the bands and articles it is meant to show', async () => {
    const r = await vnseInProcess(['assess', join(examples, 'roster.csv'), '--format', 'jsonl']);
    const entries = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as {
      best: string | null; outcomes: { policy: string; eligible: boolean; refusal?: { code: string }; facts: Record<string, unknown> }[];
    });
    const paid = entries.map((e) => e.outcomes.find((o) => o.policy === e.best)).filter((o) => o !== undefined);
    const bands = new Set(paid.map((o) => o.facts.band));
    for (const band of ['A', 'B', 'C', 'U2']) expect(bands, band).toContain(band);
    const policies = new Set(paid.map((o) => o.policy));
    for (const policy of ['nd178/art7', 'nd178/art7a', 'nd178/art7b', 'nd178/art9', 'nd178/art10']) expect(policies, policy).toContain(policy);
    // The from-13th-month window: its people (HN-011, HN-015) leave in 2026, after the Decree 178/67 regime closed
    // on 1 Sep 2025, so their Decree 178 package is computed and shown but not paid (D51); Decree 154 pays them.
    expect(entries.some((e) => e.outcomes.some((o) => o.eligible && o.facts.window === 'from-13th-month'))).toBe(true);
    expect([...policies].some((p) => p.startsWith('nd154/'))).toBe(true);
    expect(paid.some((o) => o.facts.insuranceRegime === '15-year')).toBe(true);
    expect(entries.some((e) => e.best === null)).toBe(true);
  });

  it('then prints the Decree 179 schedules of examples/talent.json (exit 0: the refused person is a refusal, not an error)', async () => {
    expect(pkg.scripts.demo).toMatch(/ && node dist\/cli\.js schedule179 examples\/talent\.json --from 2025-01-01 --to 2026-12-31 --format table$/);
    const people = JSON.parse(readFileSync(join(examples, 'talent.json'), 'utf8')) as { id: string; group: string }[];
    expect(people.length).toBeGreaterThanOrEqual(4);
    expect(people.length).toBeLessThanOrEqual(6);
    expect(new Set(people.map((p) => p.group))).toEqual(new Set(['graduate', 'expert', 'talented-staff']));
    // The English words are pinned here (--lang en); the demo prints the same schedules in Vietnamese.
    const r = await vnse(['schedule179', 'examples/talent.json', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'table', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const { id } of people) expect(r.stdout, id).toMatch(new RegExp(`^${id} · `, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^People: ${people.length} · valid ${people.length} · invalid 0$`, 'm'));
    // G2 with a step raise and the 2026-07-01 base salary; G2 on probation; G3; G1; G1 refused for a missing criterion.
    expect(r.stdout).toMatch(/^G2-01 · .*\n(?:.*\n)*? {6}2026-03 +31\/31 +2\.67 +2,340,000 +9,371,700 .*\n(?:.*\n)*? {6}2026-07 +31\/31 +2\.67 +2,530,000 +10,132,650 /m);
    expect(r.stdout).toMatch(/^G2-02 · (?:.*\n)*? {2}nd179\/probation-full-salary +eligible /m);
    expect(r.stdout).toMatch(/^G3-01 · (?:.*\n)*? {2}nd179\/expert-allowance +eligible /m);
    expect(r.stdout).toMatch(/^G1-01 · (?:.*\n)*? {2}nd179\/talent-allowance +eligible /m);
    expect(r.stdout).toMatch(/^G1-02 · .* · not eligible\n {2}- missing\/criteria\.councilApproved: /m);
    expect(r.stdout).not.toMatch(/✗ invalid input/);
  });

  it('the roster with errors shows the invalid rows and exits 2, the valid ones still assessed', async () => {
    const csv = readFileSync(join(examples, 'roster-with-errors.csv'), 'utf8');
    const r = await vnseInProcess(['assess', join(examples, 'roster-with-errors.csv'), '--format', 'table']);
    expect(r.status).toBe(2);
    for (const id of idsOf(csv)) expect(r.stdout, id).toMatch(new RegExp(`^${id} `, 'm'));
    expect(r.stdout).toMatch(/^HN-017 · dòng 18 {2}✗ dữ liệu không hợp lệ\n {4}birthDate: .*"1970-02-31"/m);
  });
});
