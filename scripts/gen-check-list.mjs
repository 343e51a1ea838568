#!/usr/bin/env node
// Writes a large Defence I.1 payout list for the `vnse check` benchmark (docs/benchmarks.md): the person rows
// of tests/fixtures/check/defence-i1.csv (correct, planted errors, unbuildable) repeated under Roman-numeral
// unit sub-headings of 500 rows each, with the form's title, heading and numbering rows.
//   node scripts/gen-check-list.mjs 20000 /tmp/check-20000.csv
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [count = '20000', out = '/tmp/check-20000.csv'] = process.argv.slice(2);
const n = Number(count);
const lines = readFileSync(resolve(import.meta.dirname, '../tests/fixtures/check/defence-i1.csv'), 'utf8').trimEnd().split('\n');
const head = lines.slice(0, 5);
const people = lines.slice(5).filter((l) => /^\d+,[^\d,]/.test(l));
const roman = (k) => {
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (k >= v) { s += r; k -= v; }
  return s;
};
const width = head[4].split(',').length;
const blank = (first, second) => [first, second, ...Array(width - 2).fill('')].join(',');
const body = [];
for (let i = 0; i < n; i++) {
  if (i % 500 === 0) body.push(blank(roman(i / 500 + 1), `Đơn vị ${i / 500 + 1}`));
  const p = people[i % people.length].split(',');
  p[0] = String(i + 1);
  body.push(p.join(','));
}
body.push(blank('', 'Tổng cộng'));
writeFileSync(out, [...head, ...body].join('\n') + '\n');
console.log(`${out}: ${n} people, ${Math.ceil(n / 500)} units`);
