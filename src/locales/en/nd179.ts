import type { nd179 as vi } from '../vi/nd179.js';

/** English messages of the nd179 area: the same keys and placeholders as vi/nd179.ts. */
export const nd179: { readonly [K in keyof typeof vi]: string } = {
};
