import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const cliPath = join(repoRoot, 'dist/cli.js');
export const examples = join(repoRoot, 'examples');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`npm test` builds first) as a user would, with optional standard input. */
export function vnse(args: readonly string[], input?: string): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: repoRoot, input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vnse-cli-'));
}

/** O1 of the worked examples (MoHA 1814): band A, first 12 months, 744,778,125. */
export const o1 = {
  id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
};

export const o1Csv = [
  'id,gender,birthDate,staffType,salary.coefficient,salary.leadershipCoefficient,salary.publicServicePercent,insuredMonths,restructuringDate,leaveDate',
  'O1,male,1966-01-15,civil-servant,4.65,0.6,25,264,2025-03-01,2025-05-01',
].join('\n');
