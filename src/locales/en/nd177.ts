import type { nd177 as vi } from '../vi/nd177.js';

/** English messages of the nd177 area: the same keys and placeholders as vi/nd177.ts. */
export const nd177: { readonly [K in keyof typeof vi]: string } = {
};
