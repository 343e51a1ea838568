/**
 * Vietnamese messages of the schema area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/schema.ts must have the same keys and placeholders.
 */
export const schema = {
} as const satisfies Record<string, string>;
