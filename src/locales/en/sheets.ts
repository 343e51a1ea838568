import type { sheets as vi } from '../vi/sheets.js';

/** English messages of the sheets area: the same keys and placeholders as vi/sheets.ts. */
export const sheets: { readonly [K in keyof typeof vi]: string } = {
};
