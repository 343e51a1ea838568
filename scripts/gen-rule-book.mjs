// Writes the rule book (docs/rule-book/*.md) from the built renderer dist/rule-book.js (src/testing/rule-book/, a build tool of this repository, not exported): the declarations beside each article (src/policies/index.ts lists them) and what their pages print (<article>/rule-book.ts, listed by src/policies/rule-books.ts), the parameter
// tables and citations the code reads, the readings in docs/decisions.md and docs/decree-177.md, and a
// worked example per policy computed by the library; for each Decree 179 allowance (src/policies/nd179/), its page
// from its declaration, the readings table of docs/decree-179.md and an input of its cases.json. Run by `npm run rulebook` and by `npm run build`.
// Also writes docs/policy-codes.md, the list of policy codes, and the policy table of README.md (between its markers). `tests/rule-book/` fails when the committed pages
// differ from what this writes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPolicyCodes, renderRuleBook, ruleBookDocuments, withReadmePolicyTable } from '../dist/rule-book.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const documents = Object.fromEntries(ruleBookDocuments.map((doc) => [doc, readFileSync(join(root, doc), 'utf8')]));
const pages = renderRuleBook({ documents });

const dir = join(root, 'docs/rule-book');
mkdirSync(dir, { recursive: true });
const written = new Set(pages.map((p) => join(root, p.path)));
for (const file of readdirSync(dir)) {
  const path = join(dir, file);
  if (file.endsWith('.md') && !written.has(path)) rmSync(path);
}
for (const page of pages) writeFileSync(join(root, page.path), page.content);
writeFileSync(join(root, 'docs/policy-codes.md'), renderPolicyCodes());
// The README's policy table, between its markers (only that part of README.md is rewritten).
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = withReadmePolicyTable(readme);
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(`rule book: ${pages.length} pages in docs/rule-book/; docs/policy-codes.md; the README's policy table`);
