import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staffCaseJsonSchema, staffCaseShape } from '../../src/schema/index.js';

describe('generated JSON Schema', () => {
  const schema = staffCaseJsonSchema() as { properties: Record<string, { description?: string }>; additionalProperties?: unknown };

  it('lists every contract field, describes each, and rejects unknown fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(staffCaseShape).sort());
    for (const [name, prop] of Object.entries(schema.properties)) expect(prop.description, name).toBeTruthy();
    expect(schema.additionalProperties).toBe(false);
  });

  it('is committed up to date in docs/schema (run `npm run build` to refresh it)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schema', 'staff-case.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
