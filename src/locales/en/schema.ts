import type { schema as vi } from '../vi/schema.js';

/** English messages of the schema area: the same keys and placeholders as vi/schema.ts. */
export const schema: { readonly [K in keyof typeof vi]: string } = {
};
