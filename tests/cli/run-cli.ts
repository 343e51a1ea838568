import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const cliPath = join(repoRoot, 'dist/cli.js');
export const examples = join(repoRoot, 'examples');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI (`npm test` builds first) as a user would, with optional standard input. Async, so
 * a test can run several at once.
 */
export function vnse(args: readonly string[], input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
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

/** A writable stream that keeps what is written, as a string. */
function memoryStream(): Writable & { text(): string; isTTY: boolean } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join(''), isTTY: false });
}

/**
 * Runs the CLI's code in this process, with memory streams for stdin/stdout/stderr: the same code as the
 * bundle, without the cost of starting Node for each of the many small cases.
 */
export async function vnseInProcess(args: readonly string[], input?: string): Promise<CliResult> {
  const stdin = Readable.from([Buffer.from(input ?? '', 'utf8')], { objectMode: false });
  const stdout = memoryStream();
  const stderr = memoryStream();
  const status = await runCli(args, { stdin, stdout, stderr });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
