// Writes the JSON Schema generated from the zod schemas, for HR systems that do not run TypeScript:
// dist/schema/staff-case.schema.json (shipped in the package) and docs/schema/staff-case.schema.json (browsable).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staffCaseJsonSchema } from '../dist/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = `${JSON.stringify(staffCaseJsonSchema(), null, 2)}\n`;
for (const dir of ['dist/schema', 'docs/schema']) {
  mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, dir, 'staff-case.schema.json'), text);
}
console.log('wrote dist/schema and docs/schema staff-case.schema.json');
