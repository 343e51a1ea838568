import type { cli as vi } from '../vi/cli.js';

/** English messages of the cli area: the same keys and placeholders as vi/cli.ts. */
export const cli: { readonly [K in keyof typeof vi]: string } = {
  'cli.compare.best': 'best',
  'cli.compare.case': 'Case',
  'cli.compare.header.difference': 'difference',
  'cli.compare.header.policy-item': 'policy / item',
  'cli.compare.header.top-up': 'top-up',
  'cli.compare.no-change': '(no change)',
  'cli.compare.no-outcome': '(none)',
  'cli.compare.no-such-item': '(no such item)',
  'cli.compare.refused': 'refused',
  'cli.reader.csv-header-past-limit': 'the header {reason}',
  'cli.reader.csv-row-skipped': '{reason}; it is skipped',
  'cli.reader.csv-row-too-long': 'row {row} has more than {max} characters',
  'cli.reader.csv-row-too-many-cells': 'row {row} has more than {max} cells',
  'cli.reader.json-element': 'array element {element}',
  'cli.reader.json-element-too-long': 'array element {element} is longer than {max} characters; it is skipped',
  'cli.reader.jsonl-line': 'line {line}',
  'cli.reader.jsonl-line-too-long': 'line {line} is longer than {max} characters; it is skipped',
  'cli.reader.not-json': '(case): {where} is not valid JSON ({detail})',
  'cli.reader.unreadable': '(case): {reason}',
};
