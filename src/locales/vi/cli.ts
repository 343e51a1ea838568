/**
 * Vietnamese messages of the cli area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/cli.ts must have the same keys and placeholders.
 */
export const cli = {
  'cli.compare.best': 'được hưởng (best)',
  'cli.compare.case': 'Hồ sơ',
  'cli.compare.header.difference': 'chênh lệch',
  'cli.compare.header.policy-item': 'chính sách / khoản',
  'cli.compare.header.top-up': 'cấp bù',
  'cli.compare.no-change': '(không thay đổi)',
  'cli.compare.no-outcome': '(không có)',
  'cli.compare.no-such-item': '(không có khoản này)',
  'cli.compare.refused': 'từ chối',
  'cli.reader.csv-header-past-limit': 'dòng tiêu đề: {reason}',
  'cli.reader.csv-row-skipped': '{reason}; bỏ qua hàng này',
  'cli.reader.csv-row-too-long': 'hàng {row} dài hơn {max} ký tự',
  'cli.reader.csv-row-too-many-cells': 'hàng {row} có hơn {max} ô',
  'cli.reader.json-element': 'phần tử {element} của mảng',
  'cli.reader.json-element-too-long': 'phần tử {element} của mảng dài hơn {max} ký tự; bỏ qua phần tử này',
  'cli.reader.jsonl-line': 'dòng {line}',
  'cli.reader.jsonl-line-too-long': 'dòng {line} dài hơn {max} ký tự; bỏ qua dòng này',
  'cli.reader.not-json': '(hồ sơ): {where} không phải JSON hợp lệ ({detail})',
  'cli.reader.unreadable': '(hồ sơ): {reason}',
} as const satisfies Record<string, string>;
