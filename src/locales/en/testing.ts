import type { testing as vi } from '../vi/testing.js';

/** English messages of the testing area: the same keys and placeholders as vi/testing.ts. */
export const testing: { readonly [K in keyof typeof vi]: string } = {
};
