/**
 * Vietnamese messages of the testing area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/testing.ts must have the same keys and placeholders.
 */
export const testing = {
  'testing.matcher.best': 'chi trả theo {policy} (best)',
  'testing.matcher.eligible': 'đủ điều kiện {policy}',
  'testing.matcher.expected': 'mong đợi kết quả {claim}',
  'testing.matcher.item': 'có {policy} khoản {code}{shown}',
  'testing.matcher.refused': 'từ chối {policy}',
  'testing.matcher.refused-with-code': 'từ chối {policy} ({code})',
  'testing.matcher.total': 'có {policy} tổng {total}',
  'testing.matcher.unexpected': 'mong đợi kết quả không {claim}, nhưng thực tế có',
} as const satisfies Record<string, string>;
