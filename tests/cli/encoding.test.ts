import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, vnseInProcess } from './run-cli.js';

describe('vnse assess: file encodings', () => {
  const dir = tempDir();
  const csv = 'id,gender\nA,male\n';

  it.each([
    ['UTF-16 LE with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])],
    ['UTF-16 BE with its byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()])],
    ['UTF-16 LE without a byte-order mark', Buffer.from(csv, 'utf16le')],
  ])('%s: one message asking for CSV UTF-8 (exit 1), not an error on every row', async (_name, bytes) => {
    const file = join(dir, `${_name.replace(/\W+/g, '-')}.csv`);
    writeFileSync(file, bytes);
    const r = await vnseInProcess(['assess', file, '--format', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('UTF-16');
    expect(r.stdout).toBe('');
  });

  it('UTF-8 with a byte-order mark is read as usual', async () => {
    const file = join(dir, 'bom.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]));
    const r = await vnseInProcess(['assess', file, '--format', 'jsonl']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout.trim()).id).toBe('A');
  });
});
