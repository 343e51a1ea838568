import type { testing as vi } from '../vi/testing.js';

/** English messages of the testing area: the same keys and placeholders as vi/testing.ts. */
export const testing: { readonly [K in keyof typeof vi]: string } = {
  'testing.matcher.best': 'to pay {policy} (best)',
  'testing.matcher.eligible': 'to find {policy} eligible',
  'testing.matcher.expected': 'expected the assessment {claim}',
  'testing.matcher.item': 'to have {policy} item {code}{shown}',
  'testing.matcher.refused': 'to refuse {policy}',
  'testing.matcher.refused-with-code': 'to refuse {policy} ({code})',
  'testing.matcher.total': 'to have {policy} total {total}',
  'testing.matcher.unexpected': 'expected the assessment not {claim}, but it does',
};
