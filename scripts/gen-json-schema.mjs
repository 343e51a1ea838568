// Writes the JSON Schema generated from the zod schemas, for HR systems that do not run TypeScript:
// dist/schema/*.schema.json (shipped in the package) and docs/schema/*.schema.json (browsable).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nd179CaseJsonSchema, staffCaseJsonSchema } from '../dist/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemas = { 'staff-case.schema.json': staffCaseJsonSchema(), 'nd179-case.schema.json': nd179CaseJsonSchema() };
for (const dir of ['dist/schema', 'docs/schema']) {
  mkdirSync(join(root, dir), { recursive: true });
  for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(root, dir, file), `${JSON.stringify(schema, null, 2)}\n`);
}
