import type { nd178 as vi } from '../vi/nd178.js';

/** English messages of the nd178 area: the same keys and placeholders as vi/nd178.ts. */
export const nd178: { readonly [K in keyof typeof vi]: string } = {
};
