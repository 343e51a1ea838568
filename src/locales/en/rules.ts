import type { rules as vi } from '../vi/rules.js';

/** English messages of the rules area: the same keys and placeholders as vi/rules.ts. */
export const rules: { readonly [K in keyof typeof vi]: string } = {
};
