import type { cli as vi } from '../vi/cli.js';

/** English messages of the cli area: the same keys and placeholders as vi/cli.ts. */
export const cli: { readonly [K in keyof typeof vi]: string } = {
};
