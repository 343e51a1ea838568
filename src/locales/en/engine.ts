import type { engine as vi } from '../vi/engine.js';

/** English messages of the engine area: the same keys and placeholders as vi/engine.ts. */
export const engine: { readonly [K in keyof typeof vi]: string } = {
};
