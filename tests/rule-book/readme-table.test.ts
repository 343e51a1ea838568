import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyDeclarations } from '../../src/policies/index.js';
import { README_TABLE_END, README_TABLE_START, renderReadmePolicyTable, withReadmePolicyTable } from '../../src/testing/rule-book/index.js';

/** The README's policy table is written from the declarations by `npm run build` (scripts/gen-rule-book.mjs), never by hand. */
const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe("the README's policy table", () => {
  it('is what the declarations say now (run `npm run build` when this fails)', () => {
    expect(readme).toBe(withReadmePolicyTable(readme));
  });

  it('has a row for every policy code, Decree 179 included, and links each 177/178 code to its rule-book page', () => {
    const text = renderReadmePolicyTable();
    for (const d of policyDeclarations) expect(text).toContain(`| \`${d.code}\` | ${d.title.en} | ${d.title.vi} | [rule book](docs/rule-book/${d.code.replace('/', '-')}.md) |`);
    for (const c of ['nd179/talent-allowance', 'nd179/graduate-allowance', 'nd179/probation-full-salary', 'nd179/expert-allowance', 'nd179/expert-contract']) expect(text).toContain(`| \`${c}\` |`);
  });

  it('replaces only the text between the markers, and refuses a README without them', () => {
    const doc = `intro\n${README_TABLE_START}\nold table\n${README_TABLE_END}\noutro\n`;
    expect(withReadmePolicyTable(doc, 'NEW')).toBe(`intro\n${README_TABLE_START}\nNEW\n${README_TABLE_END}\noutro\n`);
    expect(() => withReadmePolicyTable('no markers here', 'NEW')).toThrow(/markers are missing/);
  });
});
