import type { parameters as vi } from '../vi/parameters.js';

/** English messages of the parameters area: the same keys and placeholders as vi/parameters.ts. */
export const parameters: { readonly [K in keyof typeof vi]: string } = {
};
