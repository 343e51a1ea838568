import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import { o1, tempDir, vnseInProcess } from './run-cli.js';

const dir = tempDir();
const casesFile = join(dir, 'cases.json');
writeFileSync(casesFile, JSON.stringify([o1]));

describe('vnse assess --parameters (what-if)', () => {
  it('applies the overrides to every case, as options.parameters does, and echoes them', async () => {
    const overrides = { oneOffRateNear: '0.8' };
    const file = join(dir, 'what-if.json');
    writeFileSync(file, JSON.stringify(overrides));
    const r = await vnseInProcess(['assess', casesFile, '--parameters', file]);
    expect(r.status).toBe(0);
    const [result] = JSON.parse(r.stdout);
    expect(result).toEqual(JSON.parse(JSON.stringify(assess(o1, { parameters: overrides }))));
    expect(result.options.parameters).toEqual(overrides);
    // 0.8 × 15,356,250 × 30 instead of 1.0 × … : the one-off falls from 460,687,500 to 368,550,000.
    expect(result.outcomes[0].items[0].amount).toBe('368550000');
  });

  it('rejects an unknown parameter before reading any case (exit 1, the path named)', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ severanceRate: '1.0' }));
    const r = await vnseInProcess(['assess', casesFile, '--parameters', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('options.parameters.severanceRate');
    expect(r.stdout).toBe('');
  });
});
